"""Reading attribution annotations in brat standoff, in the PolNeAR folder layout.

``SPLIT/text/NAME.txt`` and ``SPLIT/attributions/NAME_ANNOTATOR.ann``; the first annotator in sorted
order is used when several read the same text.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, List, Optional, Tuple

import attrs

from .errors import Errors

Pieces = Tuple[Tuple[int, int], ...]


@attrs.frozen
class GoldRelation:
    """One annotated attribution: content, cue and source as (possibly discontinuous) character pieces."""

    content: Pieces
    cue: Optional[Pieces]
    source: Optional[Pieces]


@attrs.frozen
class GoldDoc:
    name: str
    text: str
    relations: Tuple[GoldRelation, ...]


def _pieces(offsets: str) -> Pieces:
    out = []
    for part in offsets.split(";"):
        s, e = part.split()
        out.append((int(s), int(e)))
    return tuple(out)


def parse_ann(ann: str) -> List[GoldRelation]:
    """The relations of one .ann file; a relation without a Content is skipped."""
    spans = {}
    events = []
    for line in ann.splitlines():
        if not line.strip():
            continue
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = (label, _pieces(offsets))
        elif line.startswith("E") and len(cols) >= 2:
            events.append(cols[1].split())
    rels = []
    for args in events:
        roles = {}
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            if ref in spans:
                roles[role.rstrip("0123456789")] = spans[ref][1]
        if "Content" in roles:
            rels.append(GoldRelation(roles["Content"], roles.get("Cue"), roles.get("Source")))
    return rels


def read_corpus(folder: Path) -> Iterator[GoldDoc]:
    """Every annotated text in ``folder`` (which holds ``text/`` and ``attributions/``), sorted by name."""
    folder = Path(folder)
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(Errors.E006.format(path=folder))
    anns = sorted(ann_dir.glob("*.ann"))
    for txt in sorted(text_dir.glob("*.txt")):
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == txt.stem]
        if not mine:
            continue
        text = txt.read_text(encoding="utf8")
        yield GoldDoc(txt.stem, text, tuple(parse_ann(mine[0].read_text(encoding="utf8"))))
