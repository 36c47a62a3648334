"""The tail pass: "The firm gave $5,000 to the PAC in June, campaign finance records show." After a
run of nouns the tagger often reads "show" as one more noun, and the parse has no clause for it; the
cue finder marks such a word as a ``tail`` cue. With a comma before its run of nouns, the clause
before that comma is the content and the run of nouns the source. Needs a tagger.

And its mirror, the lead pass: "The Ruiz campaign projects that the levy would raise $75 million."
The tagger read "projects" as a noun and the parse made it the sentence's root; the cue finder marks
it as a ``lead`` cue. The names before it are the source, the clause after it ("that …", "he …") the
content. So is a verb of ``tail_verbs`` the tagger read as a noun before the clause it reports
("… after leaked pages from the accounts show he took …"): the run of nouns before it speaks.
"""
from __future__ import annotations

from typing import Callable, Iterator

from .cues import TAIL_REACH, cue_spans
from .found import DocView, Found, token_chars, trim
from .marks import ASIDE_MARKS
from .quotes_indirect import end_before_punct

# what a source's run of words may hold: "campaign finance records", "the state's own filings",
# "official figures released on Thursday", "tallies by the Ledger and other trackers" (and a
# possessive pronoun: "his tax return")
_RUN_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PART", "NUM", "ADP", "VERB", "CCONJ"})


def find(view: DocView, inside_quote: Callable[[int], bool]) -> Iterator[Found]:
    """One attribution per ``tail`` cue outside quote marks whose run of nouns follows a comma or a
    dash after a clause with a verb."""
    doc = view.doc
    for cue in cue_spans(doc, "tail"):
        tok = cue.root
        if inside_quote(tok.idx):
            continue
        comma = _run_start(doc, tok.i) - 1
        if comma < 0 or doc[comma].text not in ASIDE_MARKS:
            continue
        first = doc[comma].sent.start if view.sentenced else 0
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[first:comma]):
            continue
        content = trim(view.text, token_chars(doc, first, comma))
        if content[1] <= content[0]:
            continue
        yield Found(kind="indirect", content=content, cue=token_chars(doc, tok.i, tok.i + 1),
                    source=token_chars(doc, comma + 1, tok.i), origin="tail")


def find_leads(view: DocView, inside_quote: Callable[[int], bool]) -> Iterator[Found]:
    """One attribution per ``lead`` cue outside quote marks: the run of names and nouns before it
    speaks ("The Ruiz campaign", "pages from his 2009 tax return"), and what follows up to the end of
    its sentence is said."""
    doc = view.doc
    for cue in cue_spans(doc, "lead"):
        tok = cue.root
        start = _run_start(doc, tok.i)
        if inside_quote(tok.idx) or start >= tok.i:
            continue
        content = trim(view.text, token_chars(doc, tok.i + 1, end_before_punct(doc, tok.i + 1, tok.sent.end)))
        if content[1] <= content[0]:
            continue
        yield Found(kind="indirect", content=content, cue=token_chars(doc, tok.i, tok.i + 1),
                    source=token_chars(doc, start, tok.i), origin="lead")


def _run_start(doc, i: int) -> int:
    """The first token of the run of nominal words that ends before token i."""
    start = i
    while (start > 0 and i - start < TAIL_REACH and (doc[start - 1].pos_ in _RUN_POS or doc[start - 1].tag_ == "PRP$")
           and doc[start - 1].text not in "'\"" and (doc[start - 1].pos_ != "VERB" or doc[start - 1].tag_ == "VBN")):
        start -= 1
    while start < i and doc[start].pos_ in ("ADP", "VERB", "CCONJ"):
        start += 1  # a run opens on its nouns
    return start
