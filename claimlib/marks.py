"""Pairing quote marks in raw text: straight, curly, single and guillemets, over paragraphs.

Works on characters, never on sentences (spaCy's splitter cuts at quote marks). An unbalanced mark
costs at most its own quote. A paragraph that opens a quote without closing it, followed by one that
reopens it, is one multi-paragraph quote.
"""
from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Tuple

import attrs

from .numbers import height_pattern

# family -> (openers, closers, ambiguous)
FAMILIES: Dict[str, Tuple[str, str, str]] = {
    "double": ("\u201c\u201e\u201f", "\u201d", '"'),
    "single": ("\u2018\u201a\u201b", "", "'\u2019"),
    "guillemet": ("\u00ab", "\u00bb", ""),
    "single_guillemet": ("\u2039", "\u203a", ""),
    "twin": ("", "", '"'),  # the twin apostrophe mark, read as an ambiguous double mark
}
_CHAR_FAMILY = {c: fam for fam, groups in FAMILIES.items() if fam != "twin" for g in groups for c in g}
QUOTE_CHARS = frozenset(_CHAR_FAMILY)
# Two straight apostrophes stand for a double quote mark in some archives (''like this''): a
# family of their own, one mark two characters wide.
TWIN = "''"
_QUOTE_MARK = re.compile("(?<!')''(?!')|[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")
_GOING_ON = re.compile(r",\s+[a-z]+ing\b")
_OPEN_BEFORE = set("([{\u2014\u2013-/:")
# Dashes, the horizontal bar among them ("\u2015 Tom Bell"); the hyphen apart, as names hold it.
LONG_DASHES = "\u2014\u2013\u2015"
DASH_CHARS = "-" + LONG_DASHES
# Dash tokens that set off an aside inside a sentence ("As the Gazette — no friend of his — observed").
ASIDE_DASHES = ("\u2014", "\u2013", "--")
LINE_SPACES = " \t\u00a0"  # the spaces within a line: scraped text keeps no-break spaces
ASIDE_MARKS = frozenset("," + DASH_CHARS)  # what opens an aside or a closing attribution: ", the office said"


@attrs.frozen
class QuoteRegion:
    """A paired quotation: ``start``/``end`` include the marks; ``inner_*`` exclude them."""

    start: int
    end: int
    family: str
    pieces: int = 1  # paragraphs it runs over
    open_width: int = 1  # characters of the opening mark ('' is two)
    close_width: int = 1

    @property
    def inner_start(self) -> int:
        return self.start + self.open_width

    @property
    def inner_end(self) -> int:
        return self.end - self.close_width


def _closes_height(text: str, i: int, width: int) -> bool:
    """The mark at ``i`` is the inch mark of a height the number layer reads ("6’2”")."""
    return any(m.end() == i + width for m in height_pattern().finditer(text, max(0, i - 5), min(len(text), i + width + 1)))


def _role(text: str, i: int, family: str, width: int = 1) -> Optional[str]:
    """'open', 'close', 'either' or None (an apostrophe) for the mark at ``i``."""
    ch = text[i] if width == 1 else '"'
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    openers, closers, ambiguous = FAMILIES[family]
    if family == "double" and prev.isdigit() and _closes_height(text, i, width):
        return None  # a height: "he's like 6’2”" (feet, then inches)
    if family == "single":
        if prev.isalnum() and nxt.isalnum():
            return None  # don't, Afghanistan's
        if ch in openers:
            return "open"
        if prev.isspace() or prev in _OPEN_BEFORE or i == 0:
            if nxt.isalnum() or nxt in QUOTE_CHARS:
                return "open"
            return None
        if nxt.isspace() or not nxt.isalnum():
            return "close" if not prev.isspace() else None
        return None
    if ch in openers:
        # A left mark set where only a right one fits ('…51 percent.“' before a space or the end)
        # closes: typed the wrong way round, not a new quotation.
        return "close" if not prev.isspace() and prev not in _OPEN_BEFORE and nxt.isspace() else "open"
    if ch in closers:
        # …and a right mark opening a paragraph before a word opens ('”We stay,” she said').
        return "open" if _starts_paragraph(text, i) and nxt.isalnum() else "close"
    can_open = (prev.isspace() or prev in _OPEN_BEFORE or prev in QUOTE_CHARS or i == 0) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt.isspace() or not nxt.isalnum() or i + width == len(text))
    if can_open and can_close:
        return "either"
    if can_open:
        return "open"
    if can_close:
        return "close"
    return "either"


def find_quotes(text: str, max_chars: int = 5000) -> List[QuoteRegion]:
    """Every paired quotation in ``text``, outermost and nested alike, sorted by start."""
    found: List[QuoteRegion] = []
    # family -> (open offset, start of the whole multi-paragraph quote, pieces)
    open_at: Dict[str, Tuple[int, int, int]] = {}

    for m in _QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        width = len(ch)
        family = _family(ch)
        role = _role(text, i, family, width)
        if role is None:
            continue
        pending = open_at.get(family)
        if pending is not None and (i - pending[0] > max_chars):
            del open_at[family]
            pending = None
        if pending is not None and _has_break(text, pending[0], i):
            # A quote left open over a paragraph break: it continues only if this mark reopens it
            # at the start of the new paragraph.
            if role in ("open", "either") and _starts_paragraph(text, i):
                open_at[family] = (i, pending[1], pending[2] + 1)
                continue
            found.extend(_unclosed(text, pending, family))
            del open_at[family]
            pending = None
        if pending is None:
            if role in ("open", "either"):
                open_at[family] = (i, i, 1)
            continue
        if role in ("close", "either"):
            if any(c.isalnum() for c in text[pending[1] + width: i]) and text[pending[1] - 1: pending[1]] != "=":
                # (a mark after "=" opens a markup attribute's value: id="78451", not a quotation)
                found.append(QuoteRegion(pending[1], i + width, family, pending[2], width, width))
            del open_at[family]
        else:  # an opener while one is open in the same paragraph: the first one was stray
            open_at[family] = (i, i, 1)
    for family, pending in open_at.items():
        found.extend(_unclosed(text, pending, family))
    found.sort(key=lambda q: (q.start, -q.end))
    return _drop_crossing(found)


_SENTENCE_END = ".!?"


def _unclosed(text: str, pending: Tuple[int, int, int], family: str) -> List[QuoteRegion]:
    """A quotation whose closing mark was never typed: one that opens a sentence and runs to the end
    of its paragraph in whole sentences ('"Rents have gone up by a quarter. Workers are falling
    behind.' and a new paragraph) ends there; any other lone mark is stray and costs only itself."""
    at, start, pieces = pending
    width = 2 if family == "twin" else 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    inner = text[at + width:end].rstrip()
    j = _before_spaces(text, start)
    opens_sentence = j < 0 or text[j] == "\n" or text[j] in _SENTENCE_END and j < start - 1
    if pieces > 1 or not opens_sentence or not inner or inner[-1] not in _SENTENCE_END or not inner[0].isupper():
        return []
    return [QuoteRegion(start, at + width + len(inner), family, 1, width, 0)]


def _family(ch: str) -> str:
    """The family of a quote mark as ``_QUOTE_MARK`` matched it (two apostrophes: "twin")."""
    return "twin" if ch == TWIN else _CHAR_FAMILY[ch]


def _has_break(text: str, start: int, end: int) -> bool:
    return "\n" in text[start:end]


def _before_spaces(text: str, i: int) -> int:
    """The index of the last character before ``i`` that is no space or tab (-1 at the start)."""
    j = i - 1
    while j >= 0 and text[j] in LINE_SPACES:
        j -= 1
    return j


def _starts_paragraph(text: str, i: int) -> bool:
    j = _before_spaces(text, i)
    return j < 0 or text[j] == "\n"


def _drop_crossing(regions: List[QuoteRegion]) -> List[QuoteRegion]:
    """Keep properly nested regions; of two that cross, drop the single-mark one (apostrophes
    mislead single marks), else the later one."""
    def crosses(a: QuoteRegion, b: QuoteRegion) -> bool:
        return a.start < b.start < a.end < b.end or b.start < a.start < b.end < a.end

    ranked = sorted(regions, key=lambda r: (r.family == "single", r.start))  # twin marks rank as double
    kept: List[QuoteRegion] = []
    for r in ranked:
        if not any(crosses(k, r) for k in kept):
            kept.append(r)
    kept.sort(key=lambda q: (q.start, -q.end))
    return kept


def outermost(regions: List[QuoteRegion]) -> List[QuoteRegion]:
    """Regions not inside another region."""
    out: List[QuoteRegion] = []
    for r in regions:
        if out and out[-1].start <= r.start and r.end <= out[-1].end:
            continue
        out.append(r)
    return out


def is_nickname(text: str, region: QuoteRegion) -> bool:
    """A short quotation between two capitalised words is a nickname: Dwayne "The Rock" Johnson."""
    inner = text[region.inner_start: region.inner_end]
    if not inner.strip() or len(inner.split()) > 3 or "\n" in inner:
        return False
    before = text[max(0, region.start - 40): region.start].rstrip()
    after = text[region.end: region.end + 40].lstrip()
    prev_word = before.split()[-1] if before.split() else ""
    next_word = after.split()[0] if after.split() else ""
    return (
        prev_word[:1].isupper() and prev_word[-1:].isalpha() and next_word[:1].isupper() and next_word.rstrip(",.;:").isalpha()
        and len(before.split()) > 1 and before.split()[-2][-1:] not in ".!?"
    )


def _marks(text: str, start: int, end: int) -> Iterator["re.Match[str]"]:
    """The quote marks between ``start`` and ``end`` that can open or close (not the apostrophe of
    "study's")."""
    for m in _QUOTE_MARK.finditer(text, start, end):
        ch = m.group()
        if _role(text, m.start(), _family(ch), len(ch)) is not None:
            yield m


def reporter_gap(text: str, content: Tuple[int, int], cue: Tuple[int, int]) -> Optional[Tuple[int, int]]:
    """The reporter's words inside a content that wraps its own cue ("'We will win,' Hale said at a
    rally of 1,000 people. 'We will.'"): from the quote mark closing before the cue to the one
    opening after it, or to a participle that goes on reporting ("…,' he said, noting that …"). None
    when the cue is outside the content or a side has no quote mark (a parenthetical "..., the paper
    said, ..." keeps the words around it)."""
    a, b = content
    if not (a <= cue[0] and cue[1] <= b):
        return None
    before = [m.end() for m in _marks(text, a, cue[0])]
    after = next(_marks(text, cue[1], b), None)
    if not before or after is None:
        return None
    going_on = _GOING_ON.search(text, cue[1], after.start())
    return before[-1], going_on.start() if going_on else after.start()


def said_parts(text: str, content: Tuple[int, int], cue: Optional[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The pieces of a content that were said, when the reporter's words stand between two
    quotations around the cue (``reporter_gap``), without the quote marks and spaces at their
    edges; none when the content is one piece."""
    gap = reporter_gap(text, content, cue) if cue else None
    if gap is None:
        return []
    edges = QUOTE_CHARS | set(LINE_SPACES) | {"\n"}
    first, second = [content[0], gap[0]], [gap[1], content[1]]
    while first[1] > first[0] and text[first[1] - 1] in edges:
        first[1] -= 1
    while second[0] < second[1] and text[second[0]] in edges:
        second[0] += 1
    return [(a, b) for a, b in (first, second) if b > a]
