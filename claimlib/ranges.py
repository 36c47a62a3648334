"""Bounds and ranges: "more than 300" → (300, ∞), "at least 30" → [30, ∞), "between 5 and 10" → [5, 10).

Comparative words are data (``models/numbers/comparatives.tsv``, ``ranges.json``). A two-ended range
("between 5 and 10", "1000 - 5000", "20 to 30") is closed at its low end and open at its high end,
the convention of Microsoft Recognizers-Text, whose specs measure this module.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Pattern, Tuple

import attrs

from . import resources
from .numbers import Number, numbers, units_table

QUALIFIERS = ("more_than", "at_least", "less_than", "at_most", "range")


@attrs.frozen
class Interval:
    """Where a bound or range sits in the text, its ends and the numbers it was made of."""

    start: int
    end: int
    low: Optional[float]
    high: Optional[float]
    low_inclusive: bool
    high_inclusive: bool
    qualifier: Optional[str]
    numbers: Tuple[Number, ...] = ()


@attrs.frozen
class Words:
    before: Pattern[str]
    before_ends: Tuple[str, ...]  # the last word of every "before" phrase: a cheap test first
    after: Pattern[str]
    meaning: Dict[str, Tuple[str, bool]]
    after_meaning: Dict[str, Tuple[str, bool]]
    open_before: Pattern[str]
    joins: Dict[str, List[str]]
    bare_joins: Pattern[str]
    pair_joins: Pattern[str]
    changes: FrozenSet[str]  # words of change: "rose from 3,000 to 5,000" is no range


def _alternation(phrases: List[str]) -> str:
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        esc = r"\s+".join(re.escape(w) for w in p.split())
        if p[0].isalpha():
            esc = r"(?<![A-Za-z])" + esc
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def words() -> Words:
    before: Dict[str, Tuple[str, bool]] = {}
    after: Dict[str, Tuple[str, bool]] = {}
    for phrase, place, bound, inclusive in resources.read_table("numbers/comparatives.tsv"):
        (before if place == "before" else after)[phrase.lower()] = (bound, inclusive == "1")
    r = resources.read_json("numbers/ranges.json")
    return Words(
        before=re.compile(r"(?<![<>=])(" + _alternation(list(before)) + r")\s*(?:the\s+)?$", re.IGNORECASE),
        before_ends=tuple(sorted({p.split()[-1] for p in before})),
        after=re.compile(r"^\s*(" + _alternation(list(after)) + r")(?![A-Za-z])", re.IGNORECASE),
        meaning=before,
        after_meaning=after,
        open_before=re.compile(r"(?<![A-Za-z])(" + "|".join(r["open_before"]) + r")\s+(?:the\s+)?$", re.IGNORECASE),
        joins=r["joins"],
        bare_joins=re.compile(r"^\s*(" + _alternation(r["bare_joins"]) + r")\s*(?:the\s+)?$", re.IGNORECASE),
        pair_joins=re.compile(r"^\s*(" + _alternation(r["pair_joins"]) + r")\s*$", re.IGNORECASE),
        changes=frozenset(r["changes"]),
    )


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@attrs.define
class _Bound:
    start: int
    end: int
    kind: str  # lower, upper, equal
    inclusive: bool
    num: Number


def _bounds(text: str, nums: List[Number]) -> List[Optional[_Bound]]:
    """The one-sided bound each number makes with the words around it (None when it makes none)."""
    w = words()
    out: List[Optional[_Bound]] = []
    for k, n in enumerate(nums):
        left = nums[k - 1].end if k else 0
        right = nums[k + 1].start if k + 1 < len(nums) else len(text)
        lead = signed_start(text, n)  # "more than $200m": the words stand before the sign
        left = max(left, lead - 60)
        m = w.before.search(text, left, lead) if _may_end_with(text[left:lead], w.before_ends) else None
        bound = None
        if m and m.end(1) < lead and "the" in text[m.end(1):lead].lower() and n.kind != "ordinal":
            m = None  # "above the 50% threshold" compares something else with a known figure
        if m:
            kind, inclusive = w.meaning[_norm(m.group(1))]
            bound = _Bound(m.start(1), n.end, kind, inclusive, n)
        a = w.after.match(text[n.end:min(right, n.end + 60)])
        if a:
            tail = text[n.end + a.end():right]
            phrase = _norm(a.group(1))
            kind, inclusive = w.after_meaning[phrase]
            followed = k + 1 < len(nums) and not tail.strip()
            if followed and phrase.endswith(("than", "to")):
                pass  # "200 or greater than 190": the words belong to the next number
            elif kind == "modifier":
                if bound is not None and bound.kind != "equal":
                    bound.inclusive, bound.end = True, n.end + a.end()
            elif bound is None or bound.kind == "equal":
                bound = _Bound(bound.start if bound else n.start, n.end + a.end(), kind, inclusive, n)
        out.append(bound)
    return out


def _may_end_with(before: str, ends: Tuple[str, ...]) -> bool:
    """Whether the words before a number can end a comparative ("the" may come between)."""
    words = before.lower().split()
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and words[-1].endswith(ends)


def _as_interval(b: _Bound) -> Interval:
    v = b.num.value
    if b.kind == "lower":
        return Interval(b.start, b.end, v, None, b.inclusive, False, "at_least" if b.inclusive else "more_than", (b.num,))
    if b.kind == "upper":
        return Interval(b.start, b.end, None, v, False, b.inclusive, "at_most" if b.inclusive else "less_than", (b.num,))
    return Interval(b.start, b.end, v, v, True, True, None, (b.num,))


def intervals(text: str, nums: Optional[List[Number]] = None) -> List[Interval]:
    """Every bound and range in ``text``, left to right."""
    w = words()
    if nums is None:
        nums = numbers(text)
    nums = [n for n in nums if n.value is not None]
    bounds = _bounds(text, nums)
    out: List[Interval] = []
    k = 0
    while k < len(nums):
        n, b = nums[k], bounds[k]
        nxt = nums[k + 1] if k + 1 < len(nums) else None
        # a currency sign stands between the words and each number: "between $80 million and $120 million"
        between = text[n.end:signed_start(text, nxt)] if nxt is not None else ""
        low = _shared_scale(text, n, nxt) if nxt is not None else None
        # "between 5 and 10", "from 200 to 300", "20 to 30", "1000 - 5000"
        # a share and then an amount are no range: "jumped 41% to 3.2 billion crowns", "raised it by a
        # tenth to 11p"
        mixed = nxt is not None and (n.kind == "percent" and nxt.kind != "percent" or n.fraction and not nxt.fraction)
        if nxt is not None and b is None and bounds[k + 1] is None and low < nxt.value and not mixed:
            lead = signed_start(text, n)
            opener = w.open_before.search(text, max(nums[k - 1].end if k else 0, lead - 40), lead)
            join = _norm(between).replace(" the", "")
            start = None
            if opener and join in w.joins.get(opener.group(1).lower(), []):
                if not (opener.group(1).lower() == "from" and _after_change(text, opener.start(1), w.changes)):
                    start = opener.start(1)
            elif w.bare_joins.match(between) and (n.kind != "ordinal") and _plain_join(text, n, nxt):
                start = n.start
            if start is not None:
                out.append(Interval(start, nxt.end, low, nxt.value, True, False, "range", (n, nxt)))
                k += 2
                continue
        if b is None:
            k += 1
            continue
        # "more than 10 and less than 40", "at most 100 and at least 20"
        nb = bounds[k + 1] if k + 1 < len(nums) else None
        if nb is not None and w.pair_joins.match(text[b.end:nb.start]) and {b.kind, nb.kind} == {"lower", "upper"}:
            low, high = (b, nb) if b.kind == "lower" else (nb, b)
            if low.num.value < high.num.value:
                out.append(Interval(b.start, nb.end, low.num.value, high.num.value, low.inclusive, high.inclusive,
                                    "range", (b.num, nb.num)))
                k += 2
                continue
        out.append(_as_interval(b))
        k += 1
    return out


def signed_start(text: str, n: Number) -> int:
    """Where a number starts with the currency sign written right before it ("$80" → at "$")."""
    for sign in _currency_signs():
        if text.endswith(sign, 0, n.start):
            return n.start - len(sign)
    return n.start


@lru_cache(maxsize=1)
def _currency_signs() -> Tuple[str, ...]:
    """The signs written before an amount (``models/numbers/units.tsv``), longest first."""
    signs = [surface for surface, _, place in units_table() if place == "before"]
    return tuple(sorted((s for s in signs if not s[-1].isalpha()), key=len, reverse=True))


_SCALED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s*[A-Za-z]+$")


def _shared_scale(text: str, n: Number, nxt: Number) -> float:
    """The low end's value, with the scale word of the high end when only that end has one and the
    low end is smaller than its digits: "between 80 and 120 million" is 80 million to 120 million;
    "between 500 and 2 million" starts at 500."""
    low_text, high = text[n.start:n.end], _SCALED.match(text[nxt.start:nxt.end])
    if high is None or not low_text.replace(",", "").replace(".", "", 1).isdigit() or nxt.value is None:
        return n.value
    digits = float(high.group(1).replace(",", ""))
    if not 0 < digits or nxt.value <= digits or n.value >= digits:
        return n.value
    return n.value * (nxt.value / digits)


def _after_change(text: str, at: int, changes: FrozenSet[str]) -> bool:
    """A word of change stands in the clause before "from" ("rose from 3,000 to 5,000", "raising the
    tax from 12% to 14%"): the two figures are a before and an after, not a range."""
    clause = re.split(r"[.,;:!?()\n]", text[max(0, at - 60):at])[-1]
    return any(w in changes for w in clause.lower().split()[-6:])


def _plain_join(text: str, a: Number, b: Number) -> bool:
    """A dash range is not a date or a code: "1995-01" and "1-222-2222" are not ranges."""
    between = text[a.end:b.start]
    if between.strip() in ("-", "\u2013", "\u2014"):
        after = text[b.end:b.end + 1]
        before = text[a.start - 1:a.start] if a.start else ""
        if after in ("-", "/", "\u2013") or before in ("-", "+"):
            return False
    return True
