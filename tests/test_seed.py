"""Acceptance: the seed article (read from ../shared, never copied), credited as a careful reader would."""
import pytest

import claimlib


@pytest.fixture(scope="module")
def seed(nlp, shared_dir):
    path = next((shared_dir / "seeds").glob("*.txt"))
    return claimlib.extract(path.read_text(encoding="utf8"), nlp=nlp)


def credited(article, fragment):
    hits = [q for q in article.quotes if fragment in q.content.text]
    assert hits, f"no quote holds {fragment!r}"
    sp = article.speaker(hits[0].speaker)
    return sp and sp.name


@pytest.mark.parametrize("fragment, name", [
    ("majority of the districts were left to Taliban", "Mohib-ul Rahman"),
    ("absolutely, definitely", "Hamdullah Mohib"),
    ("planning a counteroffensive", "adviser to Afghan President Ashraf Ghani"),
    ("16 of the northeastern province", "Afghan officials"),
    ("1,037 Afghan troops", "Tajik border guards"),
    ("nearly 1,600 Afghan soldiers", "Tajik border guards"),
    ("the Taliban will not enter the city", "Local officials"),
    ("humanism and good neighborliness", "Tajikistan's State Committee for National Security"),
    ("Taking into account", "Tajikistan's State Committee for National Security"),
    ("looks like a preemptive strike", "Afghanistan Analysts Network"),
])
def test_seed_credits(seed, fragment, name):
    assert credited(seed, fragment) == name


def test_two_mohibs_are_two_speakers(seed):
    people = {s.name for s in seed.speakers if s.kind == "person"}
    assert {"Mohib-ul Rahman", "Hamdullah Mohib"} <= people


def test_scare_quote_in_headline_has_no_speaker(seed):
    (q,) = [q for q in seed.quotes if q.content.text == "Alarming"]
    assert q.speaker is None
