"""The HTML view: highlights, the speaker list and the click behaviour, checked in a real browser."""
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from spacy import displacy

import claimlib
from claimlib.render import colour, render

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "example_article.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Elements(HTMLParser):
    """Every element's tag and attributes, in order."""

    def __init__(self):
        super().__init__()
        self.items = []

    def handle_starttag(self, tag, attrs):
        self.items.append((tag, dict(attrs)))


def elements(page):
    p = Elements()
    p.feed(page)
    return p.items


@pytest.fixture(scope="module")
def article(nlp):
    return claimlib.extract(EXAMPLE.read_text(encoding="utf8"), nlp=nlp)


def test_page_has_highlights_cues_and_speakers(article):
    page = render(article, "example")
    items = elements(page)
    quotes = [a for t, a in items if t == "span" and "q" in a.get("class", "").split()]
    speakers = [a for t, a in items if t == "li" and "speaker" in a.get("class", "").split()]
    assert len(speakers) == len(article.speakers)
    assert {a["data-speaker"] for a in speakers} == {str(s.id) for s in article.speakers}
    assert len({a["data-quotes"] for a in quotes}) >= len(article.quotes) - 1
    mohib = next(s for s in article.speakers if s.name == "Hamdullah Mohib")
    assert any(colour(mohib.id) in a["style"] and str(mohib.id) in a["data-speakers"].split() for a in quotes)
    assert page.count('<mark class="cue">') >= sum(1 for q in article.quotes if q.cue)
    assert "<script>" in page and "http" not in page.replace("http-equiv", "")  # self-contained


def test_text_is_escaped(blank_nlp):
    text = '<script>alert(1)</script> "Fine," said Ana Lopes & co.'
    page = render(claimlib.extract(text, nlp=blank_nlp))
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page and "&amp; co." in page


def test_claims_are_underlined_with_details(blank_nlp):
    article = claimlib.extract('"We counted 1,037 troops," said Ana Lopes.', nlp=blank_nlp)
    assert [c.text.text for c in article.claims] == ["1,037"]
    page = render(article)
    assert re.search(r'<span class="claim" title="[^"]*1037\.0[^"]*">1,037</span>', page)


def test_displacy_renders_the_quote_spans(nlp):
    doc = nlp(EXAMPLE.read_text(encoding="utf8"))
    markup = displacy.render(doc, style="span", options={"spans_key": "claimlib_quotes"})
    assert "direct" in markup and "indirect" in markup


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_in_a_real_browser(article, tmp_path):
    page = tmp_path / "example.html"
    page.write_text(render(article, "example"), encoding="utf8")
    mohib = next(s for s in article.speakers if s.name == "Hamdullah Mohib")
    url = f"file://{page}#speaker-{mohib.id}"  # the page clicks this speaker's list item on load
    run = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(run + ["--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
    items = elements(dom)
    body = next(a for t, a in items if t == "body")
    assert body["data-selected"] == str(mohib.id)
    active = [a for t, a in items if t == "li" and "active" in a.get("class", "").split()]
    assert [a["data-speaker"] for a in active] == [str(mohib.id)]
    quotes = [a for t, a in items if t == "span" and "q" in a.get("class", "").split()]
    lit = [a for a in quotes if "hl" in a["class"].split()]
    assert lit and all(str(mohib.id) in a["data-speakers"].split() for a in lit)
    assert all("dim" in a["class"].split() for a in quotes if str(mohib.id) not in a["data-speakers"].split())
    shot = tmp_path / "shot.png"
    subprocess.run(run + [f"--screenshot={shot}", "--window-size=1280,1000", url], capture_output=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 10_000
