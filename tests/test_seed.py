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


def seed_claim(article, text):
    hits = [c for c in article.claims if c.text.text == text]
    assert hits, f"no claim {text!r} in {[c.text.text for c in article.claims]}"
    return hits[0]


@pytest.mark.parametrize("figure, name", [
    ("1,037", "Tajik border guards"),
    ("1,600", "Tajik border guards"),
    ("more than 300", "Tajik border guards"),
    ("16", "Afghan officials"),
])
def test_seed_figures_credited(seed, figure, name):
    c = next((c for c in seed.claims if c.text.text.lower() == figure), None)
    assert c is not None, [c.text.text for c in seed.claims]
    assert seed.speaker(c.speaker).name == name


def test_seed_figures_qualified(seed):
    more = next(c for c in seed.claims if c.text.text.lower() == "more than 300")
    assert (more.quantity.low, more.quantity.low_inclusive, more.quantity.qualifier) == (300, False, "more_than")
    nearly = seed_claim(seed, "1,600")
    assert (nearly.quantity.value, nearly.quantity.qualifier, nearly.quantity.hedge.text) == (1600, "approx", "nearly")
    part = seed_claim(seed, "16")
    assert part.total == 27 and "in three days" in [t.text for t in part.time]
    assert "in three days" not in [t.text for t in seed_claim(seed, "27").time]
    third = seed_claim(seed, "one-third")
    assert third.speaker is None and third.total == 400 and third.quantity.qualifier == "approx"
    troops = seed_claim(seed, "1,037")
    assert troops.counted.text == "Afghan troops" and "overnight" in [t.text for t in troops.time]
    follow = [c for c in seed.claims if c.text.text == "94" and c.quote == troops.quote]
    assert follow and follow[0].counted.text == "Afghan troops"
