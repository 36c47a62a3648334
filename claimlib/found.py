"""What the quote passes hand to the merger: one found attribution, in character offsets."""
from __future__ import annotations

import re
from functools import cached_property
from typing import Optional, Tuple

import attrs
import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from .marks import DASH_CHARS, QUOTE_CHARS
from .mentions import Mention

Chars = Tuple[int, int]
_EDGE = set(" \t\r\n\u00a0,;:" + DASH_CHARS)
_APOSTROPHES = "'\u2019"
# a conjunction left hanging at a content's end, where the parse cut a coordination ("… her
# qualifications and"): no annotated content on PolNeAR train ends on one
_HANGING = re.compile(r"[\s,;]+(?:and|or|but|nor)$")
# what ends the conjunct after a hanging conjunction: taken on only to a sentence's end, not over a
# clause mark, a quote mark or a bracket, where a new clause or an aside may begin; a full stop after
# a short capitalised word ("Sen.", "U.S.") ends no sentence
_CONJUNCT_END = re.compile(r"[,;:()\u2014\u2013\n\"\u201c\u201d]|--|(?P<end>[.!?])(?=\s|$)")
_SHORT_CAPITAL = re.compile(r"(?:^|[\s.])[A-Z][\w&]{0,3}$")
_CONJUNCT_LIMIT = 200


@attrs.frozen
class Found:
    """One attribution as a pass found it. ``follows`` is the index of the attribution whose speaker a
    cue-less continuation inherits."""

    kind: str
    content: Chars
    cue: Optional[Chars] = None
    source: Optional[Chars] = None
    roles: Tuple[str, ...] = ()
    follows: Optional[int] = None
    origin: str = ""
    score: Optional[float] = None  # the learned weights' probability, for the passes they judge


@attrs.frozen
class DocView:
    """What every pass needs of a Doc, worked out once: spaCy rebuilds ``doc.text`` and re-scans the
    tokens for ``has_annotation`` on every call."""

    doc: Doc
    text: str
    parsed: bool
    sentenced: bool

    @classmethod
    def of(cls, doc: Doc) -> "DocView":
        return cls(doc, doc_text(doc), doc.has_annotation("DEP"), doc.has_annotation("SENT_START"))

    @cached_property
    def words(self) -> numpy.ndarray:
        """Every token's lemma and lower-case hashes (columns 0 and 1), made once for all the passes
        that look words up."""
        return self.doc.to_array([LEMMA, LOWER]).reshape(len(self.doc), 2)


_TEXT_KEY = ("claimlib", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` for the next component: the text of a Doc never
    changes (retokenizing keeps it), and a copy that does not fit this Doc's tokens is not used."""
    if not len(doc):
        return doc.text
    last = doc[-1]
    text = doc.user_data.get(_TEXT_KEY)
    if not (isinstance(text, str) and len(text) == last.idx + len(last.text_with_ws)
            and text.startswith(doc[0].text) and text.endswith(last.text_with_ws)):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def token_chars(doc: Doc, start: int, end: int) -> Chars:
    """Character offsets of tokens ``start``..``end`` (exclusive)."""
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def mention_chars(doc: Doc, mention: Optional[Mention]) -> Optional[Chars]:
    return None if mention is None else token_chars(doc, mention.start, mention.end)


def sourced(doc: Doc, mention: Optional[Mention]) -> dict:
    """The ``source`` and ``roles`` fields of a Found for a speaker mention (or none)."""
    return {"source": mention_chars(doc, mention), "roles": mention.roles if mention else ()}


def trim(text: str, chars: Chars, hanging: str = "keep") -> Chars:
    """Drop spaces, commas, colons, dashes and an unopened closing bracket at the edges (never quote
    marks or full stops); never cut a word the tokenizer split ("£100m" is "100" and "m", which the
    parser may leave outside). A conjunction left hanging at the end outside a quotation ("… her
    qualifications and") is kept, "cut", or with "over" the content goes on over the conjunct when it
    runs to the sentence's end: the parser often hangs the second half of a coordination elsewhere
    ("talked about the border and how many people cross it.")."""
    s, e = chars
    while 0 < s < e and text[s - 1].isalnum() and text[s].isalnum():
        s -= 1
    while s < e < len(text) and text[e - 1].isalnum():
        if text[e].isalnum():
            e += 1
        elif text[e] in _APOSTROPHES and text[e + 1:e + 2].isalnum():
            e += 2  # nor a contraction or a possessive: "they don’t", "Clinton’s"
        else:
            break
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    while e > s and text[e - 1] == ")" and "(" not in text[s:e]:
        e -= 1  # the bracket closing an aside the content stands in: "(which she said would save 3 percent)"
        while e > s and text[e - 1] in _EDGE:
            e -= 1
    if hanging == "keep":
        return s, e
    cut = _HANGING.search(text, max(s, e - 12), e)
    if cut is None or cut.start() <= s or text[e:e + 1] in QUOTE_CHARS:
        return s, e
    if hanging == "over":
        end = _CONJUNCT_END.search(text, e, min(len(text), e + _CONJUNCT_LIMIT))
        if (end is not None and end.group("end") and end.start() > e + 1
                and not _SHORT_CAPITAL.search(text, max(e, end.start() - 6), end.start())):
            return trim(text, (s, end.start()))
    e = cut.start()
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def of_object(token: Token) -> Optional[Token]:
    """The noun of an "of" phrase on the token: '16 of the 27 districts' -> districts, '41 percent
    of the vote' -> vote."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [o for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
            if objs:
                return objs[0]
    return None
