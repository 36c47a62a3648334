"""The colon-line pass: a paragraph "Name: what they said" (headline roundups, transcripts, link
lists: "Okafor: Council 'not ready' for the bridge vote") credits the text after the colon to
the name before it; so do a newsletter line "HEADLINE - Name: “quoted words”" and a quotation
after a role and a name ("The group's chair, Femi Adeyemi: “…”").

A label ("CORRECTION:", "The Latest:", "Photo:") is no speaker: the words that head such lines are
data (``models/cues/colon_labels.txt``). With entities, the name must be named as a person, an
organisation, a group or a place somewhere in the article, be a transcript speaker in capitals, or
be one common noun that speaks as a headline does ("Poll: …", "Insiders: …";
``models/cues/colon_sources.txt``); a figure alone ("Okafor: 46.") or a list of names is no statement.
"""
from __future__ import annotations

import re
from typing import FrozenSet, Iterator, Optional

from .found import DocView, Found
from .marks import FAMILIES, LINE_SPACES

_SP = "[" + LINE_SPACES + "]"  # a space in a line, no-break ones too ("McDonald:\u00a0“…”")
# the gap after the colon: spaces, or none before a quotation ('Rep. Ana Lind (D-Ore.):"We …"')
_GAP = r"(?:" + _SP + r"+|(?=[\"\u201c]))"
_NAME_WORD = r"(?:[A-Z][\w.'\u2019\-]*|of|the|and|for|de|van|von)"
_NAME = r"(" + _NAME_WORD + r"(?:" + _SP + r"+" + _NAME_WORD + r"){0,5})"
# a party and state after a lawmaker's name: "Rep. Ana Lind (D-Ore.):"
_LINE = re.compile(r"^" + _SP + r"*" + _NAME + r"(?:" + _SP + r"+\([^()\n]{1,24}\))?"
                   + _SP + r"*(:)" + _GAP + r"(\S[^\n]*?)" + _SP + r"*$", re.MULTILINE)
# "HEADLINE - Name: “what they said”" (newsletter roundups): the name after a spaced dash, the words
# after the colon opening with a quote mark.
_DASHED = re.compile(r"^[^\n]*?\S" + _SP + r"+[-\u2013\u2014]" + _SP + r"+" + _NAME
                     + _SP + r"*(:)" + _GAP + r"([\"\u201c][^\n]*?)" + _SP + r"*$", re.MULTILINE)
# "The group's chair, Femi Adeyemi: “…”": a role, a comma and the name; only before a quotation
_ROLED = re.compile(r"^" + _SP + r"*[^\n:,\"\u201c\u201d]{2,60}," + _SP + r"+" + _NAME
                    + _SP + r"*(:)" + _GAP + r"([\"\u201c][^\n]*?)" + _SP + r"*$", re.MULTILINE)
_DOUBLE_CLOSERS = FAMILIES["double"][1] + FAMILIES["double"][2]  # "\u201d" and the straight mark
_DOUBLE_OPENERS = FAMILIES["double"][0] + FAMILIES["double"][2]
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")
SPEAKER_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
MIN_WORDS = 3


def find(view: DocView, labels: FrozenSet[str], sources: FrozenSet[str] = frozenset()) -> Iterator[Found]:
    """One attribution per "Name: text" paragraph whose name is no label."""
    doc, text = view.doc, view.text
    entity_words: Optional[FrozenSet[str]] = None  # None: no entities in the Doc
    looked = False  # the entities are read at the first line that needs them
    for m in sorted([*_LINE.finditer(text), *_DASHED.finditer(text), *_ROLED.finditer(text)], key=lambda m: m.start()):
        name, said = m.group(1), m.group(3)
        words = name.lower().split()
        if words[0] in labels or name.lower() in labels or " ".join(words[:2]) in labels:
            continue
        if len(_WORD.findall(said)) < MIN_WORDS or _is_name_list(said):
            continue
        quoted = _quotation(said)
        if m.re is _ROLED and not quoted:
            continue
        if not name.isupper() and name.lower() not in sources and not quoted:
            if not looked:
                entity_words = _entity_words(doc) if doc.has_annotation("ENT_IOB") else None
                looked = True
            if entity_words is not None and not any(w in entity_words for w in name.split() if w[:1].isupper()):
                continue
        end = m.end(3)
        if m.re is _DASHED:
            # the quotation, not the link or source tag after it ("“…” [Ledger]")
            close = max(said.rfind(c) for c in _DOUBLE_CLOSERS)
            if close > 0:
                end = m.start(3) + close + 1
        if quoted and m.re is not _DASHED:
            # 'Ana Lind: "We spent 40 percent …"': the quotation is hers, word for word
            yield Found(kind="direct", content=(m.start(3) + 1, m.end(3) - 1), cue=(m.start(2), m.end(2)),
                        source=(m.start(1), m.end(1)), origin="colon-line")
            continue
        yield Found(
            kind="indirect",
            content=(m.start(3), end),
            cue=(m.start(2), m.end(2)),
            source=(m.start(1), m.end(1)),
            origin="colon-line",
        )


def _entity_words(doc) -> FrozenSet[str]:
    """The capitalised words of the Doc's person, organisation, group and place entities: a name
    before a colon is a speaker when the article names it so somewhere ("Okafor:" and, in the
    text, "Grace Okafor")."""
    return frozenset(t.text for ent in doc.ents if ent.label_ in SPEAKER_LABELS for t in ent if t.text[:1].isupper())


def _quotation(said: str) -> bool:
    """The words after the colon are one quotation in double marks, and so a statement whoever the
    name before them is ('Ana Lind: "We spent 40 percent of it on roads."')."""
    return (len(said) > 2 and said[0] in _DOUBLE_OPENERS and said[-1] in _DOUBLE_CLOSERS
            and not any(c in said[1:-1] for c in _DOUBLE_CLOSERS if c != '"') and said.count('"') in (0, 2))


def _is_name_list(said: str) -> bool:
    """"Ana Ruiz, Ben Okoro, Cy Lund, …": a roll of names, not a statement."""
    parts = [p.strip() for p in said.rstrip(".").split(",")]
    return len(parts) >= 3 and all(p and p[0].isupper() and len(p.split()) <= 4 for p in parts)
