"""What the quote passes hand to the merger: one found attribution, in character offsets."""
from __future__ import annotations

from typing import Optional, Tuple

import attrs
from spacy.tokens import Doc

from .mentions import Mention

Chars = Tuple[int, int]
_EDGE = set(" \t\r\n\u00a0,;:-\u2014\u2013")


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
        return cls(doc, doc.text, doc.has_annotation("DEP"), doc.has_annotation("SENT_START"))


def token_chars(doc: Doc, start: int, end: int) -> Chars:
    """Character offsets of tokens ``start``..``end`` (exclusive)."""
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def mention_chars(doc: Doc, mention: Optional[Mention]) -> Optional[Chars]:
    return None if mention is None else token_chars(doc, mention.start, mention.end)


def sourced(doc: Doc, mention: Optional[Mention]) -> dict:
    """The ``source`` and ``roles`` fields of a Found for a speaker mention (or none)."""
    return {"source": mention_chars(doc, mention), "roles": mention.roles if mention else ()}


def trim(text: str, chars: Chars) -> Chars:
    """Drop spaces, commas, colons and dashes at both edges (never quote marks or full stops)."""
    s, e = chars
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e
