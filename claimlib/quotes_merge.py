"""Merging the passes: contents grow to whole quotations, kinds follow the quote marks, duplicates go."""
from __future__ import annotations

import bisect
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

import attrs

from .found import Chars, Found, trim
from .marks import QuoteRegion, reporter_gap


def _grow(text: str, content: Chars, regions: Sequence[QuoteRegion]) -> Tuple[Chars, List[QuoteRegion]]:
    """Extend a content over every quotation it touches (a quote spanning sentences stays whole),
    also one whose opening mark the content ends on, or that follows it after a space, inside its
    sentence: the parser hung the mark on the content's last word, or on the main verb ('urged both
    sides to return to the table "before the damage …"'). Not a quotation opening the next sentence
    or set after a colon ('… on their side. "It's early days"', 'as he put it: "…"'), which is an
    attribution of its own; the content then ends before that mark."""
    s, e = content
    touched = []
    for r in regions:
        if r.inner_end <= s:
            continue
        holds = r.inner_start < e  # the content holds some of the quotation
        on_mark = not holds and r.start < e
        next_to = e <= r.start <= e + _NEXT_TO and not text[e:r.start].strip(" ")
        if not (holds or on_mark or next_to):
            continue
        if not holds and _after_sentence_end(text, s, r.start):
            if on_mark:
                e = r.start
                while e > s and text[e - 1].isspace():
                    e -= 1
            continue
        touched.append(r)
        s, e = min(s, r.inner_start), max(e, r.inner_end)
    return (s, e), touched


_NEXT_TO = 3  # spaces between a content and a quotation that goes on with it
_CLOSERS = " \n\"'\u201d\u2019"


def _after_sentence_end(text: str, start: int, i: int) -> bool:
    """The text before position i (back to ``start``, past spaces and closing marks) ends a sentence
    or opens a colon's quotation."""
    while i > start and text[i - 1] in _CLOSERS:
        i -= 1
    return i > start and text[i - 1] in ".!?:"


def _quoted_share(text: str, content: Chars, regions: Sequence[QuoteRegion], skip: Sequence[Chars] = ()) -> float:
    """Share of the content's letters and digits that stand inside quote marks (the cue and source
    between two quotations of one attribution do not count)."""
    pieces = [content]
    for a, b in skip:  # content minus the skipped ranges
        pieces = [p for s, e in pieces for p in ((s, min(e, a)), (max(s, b), e)) if p[1] > p[0]]

    def letters(s: int, e: int) -> int:
        return sum(map(str.isalnum, text[s:e])) if e > s else 0

    total = sum(letters(s, e) for s, e in pieces)
    inside = sum(letters(max(s, r.inner_start), min(e, r.inner_end)) for s, e in pieces for r in regions)
    return inside / total if total else 0.0


def kind_of(text: str, found: Found, regions: Sequence[QuoteRegion]) -> str:
    """"according to" stays; otherwise the share of quoted words decides (a scare quote found on its
    own keeps the kind its pass gave it, and so does an embedded post: word for word, without marks)."""
    if found.kind == "according_to" or found.origin in ("unattributed", "embed"):
        return found.kind
    # the reporter's words between two quotations ("…," the engineer said on Sunday. "…") do not count
    gap = reporter_gap(text, found.content, found.cue) if found.cue else None
    share = _quoted_share(text, found.content, regions, [gap] if gap else [c for c in (found.cue, found.source) if c])
    if share >= 0.9:
        return "direct"
    if share > 0:
        return "mixed"
    return "indirect"


# Two contents sharing at least half their characters report one statement, whichever cue each pass
# found it by ("X said she believes the plan works": "said" and "believes" give nearly the same
# content); one attribution is kept: the wider, or the one with a source. Measured on PolNeAR
# train: such second readings were almost never a second annotated attribution.
SAME_CONTENT = 0.5


def _end_at_closing_comma(text: str, content: Chars, touched: Sequence[QuoteRegion]) -> Chars:
    """A partial quote closed with a comma inside its mark ("called the plan “a fair deal,” in an
    interview on Sunday") ends what was said there: what follows is the reporter's (a dash after the mark
    does not: measured on PolNeAR train)."""
    last = max(touched, key=lambda r: r.end)
    if last.end < content[1] and text[last.inner_end - 1: last.inner_end] == "," and any(
            ch.isalnum() for ch in text[last.end: content[1]]):
        return content[0], last.end
    return content


def _jaccard(a: Chars, b: Chars) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _side(f: Found) -> str:
    """Where a content stands to its cue: reported words wholly before it, a quotation wholly after
    it, or anything else."""
    if f.kind != "direct" and f.content[1] <= f.cue[0]:
        return "reported before"
    if f.kind == "direct" and f.content[0] >= f.cue[1]:
        return "quoted after"
    return "other"


def _adds_source(f: Found, than: Found) -> bool:
    """The one knows who spoke where the other does not."""
    return than.source is None and f.source is not None


def _wider(f: Found, than: Found) -> bool:
    """Wider content, or as wide and with a source where the other has none."""
    a, b = f.content[1] - f.content[0], than.content[1] - than.content[0]
    return a > b or a == b and _adds_source(f, than)


def _names_its_report(outer: Found, inner: Found, documents: FrozenSet[str]) -> bool:
    """"is seizing on a Herald report that the council lost $6 million": a verb whose content is
    only a prepositional phrase holding a document noun (``documents``) with an author of its own
    talks about the document; what was said is the document's. (Not any cue noun: in "balked at the
    owner's proposal to build …" PolNeAR train annotates the verb.)"""
    return (inner.origin.startswith("nominal:") and inner.origin.split(":")[1] in documents
            and inner.source is not None and ":prep:" in outer.origin
            and outer.content[0] <= inner.cue[0] < outer.content[1])


def _hanging_cut(text: str, content: Chars, f: Found, cue_starts: Sequence[int]) -> Chars:
    """A content the parse cut after "and"/"or" goes on over the conjunct when it follows its cue
    ("talked about the border and how many cross it"), unless the conjunct holds another cue
    ("cast him as a flip-flopper and called attention to …" is two attributions); else the
    conjunction goes."""
    trimmed = trim(text, content)
    if f.cue is None or trimmed[0] < f.cue[1]:
        return trim(text, trimmed, "cut")
    over = trim(text, trimmed, "over")
    i = bisect.bisect_left(cue_starts, trimmed[1])
    if over[1] > trimmed[1] and not (i < len(cue_starts) and cue_starts[i] < over[1]):
        return over
    return trim(text, trimmed, "cut")


def _either_side(text: str, grown: Sequence[Found]) -> List[Found]:
    """A quotation either side of one cue in a paragraph is one attribution ("'…,' she continued,
    '…'"): the two joined, when no pass read them as one already."""
    by_cue: Dict[Chars, List[Found]] = {}
    for f in grown:
        if f.kind == "direct" and f.cue is not None:
            by_cue.setdefault(f.cue, []).append(f)
    joined = []
    for cue, fs in by_cue.items():
        before = [f for f in fs if f.content[1] <= cue[0]]
        after = [f for f in fs if f.content[0] >= cue[1]]
        if before and after:
            first = max(before, key=lambda f: f.content[1])
            second = min(after, key=lambda f: f.content[0])
            # a quotation among the speaker's own words ('a retiree wearing "Vote Yes" badges said,
            # "…"') is no first part of what they said
            among = first.source is not None and first.source[1] <= first.content[0]
            if "\n" not in text[first.content[1]:second.content[0]] and not among:
                joined.append(attrs.evolve(first, content=(first.content[0], second.content[1])))
    return joined


def merge(text: str, found: Sequence[Found], regions: Sequence[QuoteRegion],
          documents: FrozenSet[str] = frozenset()) -> List[Tuple[Found, Optional[int]]]:
    """The final attributions in text order, each with the index of the one it continues (or None);
    ``documents``: the nouns naming a report or statement (``models/speakers/report_nouns.txt``)."""
    grown: List[Found] = []
    renamed: Dict[Chars, Chars] = {}
    cue_starts = sorted(f.cue[0] for f in found if f.cue is not None)
    for f in found:
        content, touched = _grow(text, f.content, regions)
        kind = kind_of(text, attrs.evolve(f, content=content), touched)
        if kind == "direct" and touched and f.origin != "embed":  # a post is whole, marks inside it or not
            content = (min(r.inner_start for r in touched), max(r.inner_end for r in touched))
        elif touched and f.cue is not None and f.cue[1] <= content[0]:
            content = _end_at_closing_comma(text, content, touched)
        content = _hanging_cut(text, content, f, cue_starts)
        if content[1] <= content[0]:
            continue
        renamed[f.content] = content
        grown.append(attrs.evolve(f, content=content, kind=kind))
    grown.extend(_either_side(text, grown))
    grown.sort(key=lambda f: (f.content[0], -f.content[1]))
    # One cue, one attribution: of several contents for the same cue keep the widest. Reported
    # words before the cue and a quotation opening after it ("The plants were worth £2 million, a
    # spokeswoman said — “one of the largest finds”") are two parts of what was said: both stay.
    # An "as" aside's own reading of its cue ("As the Gazette — no friend of the mayor — observed,
    # …") beats a wider one the parser gave the same verb; of two as wide, one with a source wins.
    widest: Dict[Tuple[Chars, str], Found] = {}
    for f in grown:
        if f.cue is not None:
            for key in ((f.cue, "any"), (f.cue, _side(f))):
                w = widest.get(key)
                if w is None or (w.origin != "as" and (f.origin == "as" or _wider(f, w))):
                    widest[key] = f

    def kept_for_cue(f: Found) -> bool:
        before, after = widest.get((f.cue, "reported before")), widest.get((f.cue, "quoted after"))
        if before is not None and after is not None:
            return f is before or f is after
        return widest[(f.cue, "any")] is f

    grown = [f for f in grown if f.cue is None or kept_for_cue(f)]
    kept: List[Found] = []
    for f in grown:
        dup = next((k for k in kept if _jaccard(k.content, f.content) >= SAME_CONTENT), None)
        if dup is None:
            kept.append(f)
        elif _adds_source(f, dup) or _names_its_report(dup, f, documents):
            kept[kept.index(dup)] = f
    index = {f.content: i for i, f in enumerate(kept)}
    out = []
    for f in kept:
        follows = None
        if f.follows is not None:
            follows = index.get(renamed.get(f.follows, f.follows))
        out.append((f, follows))
    return out
