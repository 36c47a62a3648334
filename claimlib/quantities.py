"""The quantity layer: the figures of a text about the world, with bounds, hedges and units.

Builds on the number parser (``numbers``), the bounds and ranges (``ranges``) and the time
expressions (``timex``), and leaves out what is a number but not a figure: dates, years, clock
times, durations, phone numbers, IP addresses, long ids, model names ("F-16", "a Boeing 727": the naming
words are data, ``models/numbers/name_words.txt``) and ordinals.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Pattern, Tuple

import attrs

from . import resources
from .cues import lookup_lemma
from .number_tokens import glued_unit
from .numbers import Number, height_pattern, lexicon, numbers, units_table
from .numbers import anchors as number_anchors
from .ranges import Interval, intervals, signed_start
from .timex import TimeExpression, time_expressions
from .timex import anchors as time_anchors
from .windows import Anchors, union, windows
from .types import Quantity, Span

_AGE_AFTER = re.compile(r"^\s*-?\s*years?\s*-?\s*old(?![A-Za-z])", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:\baged\s+|[A-Z][a-z]+,\s*)$")
# "aged 24, 31 and 45": every number of the list after "aged" is an age
_LIST_JOIN = r"\s*(?:,\s*and|,|and|or)\s*"
_AGED_LIST = re.compile(rf"\baged?\s+\d{{1,3}}(?:{_LIST_JOIN}\d{{1,3}})*{_LIST_JOIN}$", re.IGNORECASE)
_MODEL_NAME = re.compile(r"(?:[A-Z][A-Za-z]*-|#|No\.\s?)$")
_CODE_CHAIN = re.compile(r"[+\d][\d]*(?:[-/.:][\d]+){2,}")
IDENTIFIER_DIGITS = 12  # an unseparated run this long is an id; amounts this size carry commas or a scale word


@attrs.frozen
class _Lists:
    hedges: Pattern[str]
    hedge_kind: Dict[str, str]
    units_before: Dict[str, str]
    units_after: Pattern[str]
    unit_after_names: Dict[str, str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    hedges = {p.lower(): q for p, q in resources.read_table("numbers/hedges.tsv")}
    before, after = {}, {}
    for surface, unit, place in units_table():
        if place == "glued":
            continue  # read by glued_unit, against the digits only
        (before if place == "before" else after)[surface if place == "before" else surface.lower()] = unit
    alt = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(hedges, key=len, reverse=True))
    after_alt = "|".join(re.escape(w) for w in sorted(after, key=len, reverse=True))
    return _Lists(
        hedges=re.compile(r"(?<![A-Za-z])(" + alt + r")\s+$", re.IGNORECASE),
        hedge_kind=hedges,
        units_before=before,
        units_after=re.compile(r"^\s*(" + after_alt + r")(?![A-Za-z])", re.IGNORECASE),
        unit_after_names=after,
    )


def _is_year(text: str, n: Number) -> bool:
    s = text[n.start:n.end]
    return (n.kind == "number" and s.isdigit() and len(s) == 4 and 1900 <= int(s) <= 2100
            and _unit_before(text, n) is None)  # "$2000" is an amount


def _in_code(text: str, n: Number) -> bool:
    """Part of a phone number, an IP address or a date written with separators."""
    left = n.start
    while left > 0 and (text[left - 1].isdigit() or text[left - 1] in "-/.:+"):
        left -= 1
    right = n.end
    while right < len(text) and (text[right].isdigit() or text[right] in "-/.:"):
        right += 1
    return bool(_CODE_CHAIN.search(text[left:right].rstrip("-/.:")))


_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})")


def _month_and_day(text: str, n: Number) -> bool:
    """"the 9/11 attacks": a figure with a slash whose denominator no fraction is written with (the
    list is ``slash_denominators`` in ``models/numbers/grammar.json``) is a date."""
    m = _SLASH.fullmatch(text, n.start, n.end)
    return (m is not None and 1 <= int(m.group(1)) <= 12
            and int(m.group(2)) not in lexicon().grammar.get("slash_denominators", ()))


def _is_identifier(text: str, n: Number) -> bool:
    """A long run of bare digits with no separators is an id (a post's, an account's), not an amount."""
    s = text[n.start:n.end]
    return s.isdigit() and len(s) >= IDENTIFIER_DIGITS and _unit_before(text, n) is None


@lru_cache(maxsize=1)
def _name_words() -> Tuple[Pattern[str], frozenset]:
    labels = frozenset(resources.read_list("numbers/label_words.txt"))
    words = [*resources.read_list("numbers/name_words.txt"), *labels]
    return re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, words)) + r") $", re.IGNORECASE), labels


def _in_name(text: str, n: Number) -> bool:
    """A model name ("F-16", "#3", "No. 2"), bare digits after a naming word written with a capital
    ("a Boeing 727", "Article 5") or after a label word in any case ("type 2 diabetes")."""
    if _MODEL_NAME.search(text, max(0, n.start - 6), n.start):
        return True
    if not text[n.start:n.end].isdigit():
        return False
    pattern, labels = _name_words()
    m = pattern.search(text[max(0, n.start - 12):n.start])
    return m is not None and (not m.group(1).islower() or m.group(1) in labels)


_PART_BEFORE = re.compile(r"(?<![A-Za-z])(?:first|second|third|fourth|final|last)-$", re.IGNORECASE)
_PART_AFTER = re.compile(r"-([A-Za-z]+)")


def _part_of_period(text: str, n: Number) -> bool:
    """"first-half profit", "the half-year results", "a half-time lead": "half" or "quarter" joined
    by a hyphen to a word that is no number names a part of a year or a match, not a figure
    ("a half-million", "a half-dozen" are numbers)."""
    if text[n.start:n.end].lower().split()[-1] not in ("half", "quarter"):
        return False
    if _PART_BEFORE.search(text, max(0, n.start - 8), n.start):
        return True
    m = _PART_AFTER.match(text, n.end)
    word = m.group(1).lower() if m is not None else None
    return word is not None and word not in lexicon().words and word not in lexicon().grammar["article"]


# "one of the", "one of its", "one of the city's", "one of Europe's", then the word that decides
_ONE_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|my|your|this|these)\s+(?:[a-z]+['\u2019]s\s+)?"
                     r"|[A-Z][\w.]*['\u2019]s\s+)([a-z]+)(?![A-Za-z])")


def _one_of_the_most(text: str, n: Number) -> bool:
    """"one of the largest finds", "one of its first acts": "one" picks a member out, it counts
    nothing (``one_of_superlatives`` in ``models/numbers/grammar.json``, and superlatives: words in
    "est" that the lemma table reads back to an adjective, not "interest" or "test")."""
    if text[n.start:n.end].lower() != "one":
        return False
    m = _ONE_OF.match(text, n.end)
    if m is None:
        return False
    word = m.group(1)
    if word in lexicon().grammar.get("one_of_superlatives", ()):
        return True
    return word.endswith("est") and lookup_lemma(word) != word


def figures(text: str, nums: List[Number], times: List[TimeExpression]) -> List[Number]:
    """The numbers that are figures: not in a date, time, code, id or name, not ordinals."""
    out = []
    for n in nums:
        if n.value is None or n.kind == "ordinal":
            continue
        if any(t.start <= n.start and n.end <= t.end for t in times):
            continue
        if (_is_year(text, n) or _in_code(text, n) or _is_identifier(text, n) or _month_and_day(text, n)
                or _in_name(text, n) or _part_of_period(text, n) or _one_of_the_most(text, n)):
            continue
        out.append(n)
    return out


def _is_age(text: str, n: Number) -> bool:
    """"a 35-year-old", "aged 35" (or "aged 24, 31 and 45"), "Ana Kovac, 59, of Dushanbe", "the
    victim, 82, lived alone" (the words for people are data: ``models/numbers/age_nouns.txt``)."""
    if _AGE_AFTER.match(text[n.end:n.end + 16]):
        return True
    before = text[max(0, n.start - 30):n.start]
    if n.value is None or n.value != int(n.value) or not 0 < n.value < 120:
        return False
    if before.lower().endswith(("aged ", "age ")) or _AGED_LIST.search(before):
        return True
    if not (before.rstrip().endswith(",") and text[n.end:n.end + 1] == ","):
        return False
    if _AGE_BEFORE.search(before):
        return True
    words = before.rstrip(", ").split()
    return bool(words) and words[-1].lower() in _age_nouns()


@lru_cache(maxsize=1)
def _age_nouns() -> frozenset:
    return frozenset(resources.read_list("numbers/age_nouns.txt"))


def _unit(text: str, n: Number, end: int) -> Optional[str]:
    if n.kind == "percent":
        return "percent"
    if _is_age(text, n):
        return "age"
    before = _unit_before(text, n)
    if before is not None:
        return before
    glued = glued_unit(text, n.end)
    if glued is not None:
        return glued
    lists = _lists()
    m = lists.units_after.match(text[end:end + 20])
    if m:
        return lists.unit_after_names[m.group(1).lower()]
    return None


def _unit_before(text: str, n: Number) -> Optional[str]:
    """The unit a sign or word before the number names ("$", "US$", "\u20ac"), from the units table."""
    for surface, unit in _lists().units_before.items():
        if text[max(0, n.start - len(surface) - 1):n.start].rstrip().endswith(surface):
            return unit
    return None


def _hedge(text: str, start: int) -> Optional[Tuple[int, int, str]]:
    lists = _lists()
    m = lists.hedges.search(text, max(0, start - 30), start)
    if m:
        phrase = " ".join(m.group(1).lower().split())
        return m.start(1), m.end(1), lists.hedge_kind[phrase]
    return None


@lru_cache(maxsize=1)
def anchors() -> Anchors:
    """The words and characters that open the windows of both the number and the time layer."""
    return union(number_anchors(), time_anchors())


def find_with_times(text: str, words: Optional[Iterable[Tuple[int, str]]] = None,
                    ) -> Tuple[List[Quantity], List[TimeExpression]]:
    """Every figure of ``text`` as a ``Quantity``, in text order, and its time expressions (one
    scan for the words both need; ``words``: the anchor words of ``anchors()`` as (start, lower
    case), when the caller has them)."""
    spans = windows(text, anchors(), words)
    times = time_expressions(text, spans)
    return find(text, times, spans), times


def find(text: str, times: Optional[List[TimeExpression]] = None,
         spans: Optional[Dict[str, List[Tuple[int, int]]]] = None) -> List[Quantity]:
    """Every figure of ``text`` as a ``Quantity``, in text order (``times``, ``spans``: its time
    expressions and anchor windows, when the caller has them)."""
    spans = spans or windows(text, anchors())
    nums = numbers(text, spans=spans)
    times = time_expressions(text, spans) if times is None else times
    figs = figures(text, nums, times)
    keep = {(n.start, n.end) for n in figs}
    by_number: Dict[Tuple[int, int], Interval] = {}
    for iv in intervals(text, [n for n in nums if n.kind != "ordinal"]):
        if all((n.start, n.end) in keep for n in iv.numbers):
            for n in iv.numbers:
                by_number[(n.start, n.end)] = iv
    out: List[Quantity] = []
    done = set()
    for n in figs:
        iv = by_number.get((n.start, n.end))
        if iv is not None:
            if id(iv) in done:
                continue
            done.add(id(iv))
            out.append(_from_interval(text, iv))
            continue
        hedge = _hedge(text, signed_start(text, n))
        out.append(Quantity(
            text=Span.of(text, n.start, n.end),
            value=n.value,
            qualifier=hedge[2] if hedge else None,
            hedge=Span.of(text, hedge[0], hedge[1]) if hedge else None,
            unit=_unit(text, n, n.end),
        ))
    heights = _heights(text)
    if heights:  # "5'9\"": one height, not a 5 and a 9
        out = sorted([o for o in out if not any(h.text.start <= o.text.start and o.text.end <= h.text.end
                                                for h in heights)] + heights, key=lambda q: q.text.start)
    vague = [q for q in _vague(text) if not any(q.text.start < t.end and t.start < q.text.end for t in times)]
    if not vague:
        return out
    # "several hundred": the loose count replaces the bare "hundred" the parser read in it
    out = [o for o in out if not any(v.text.start <= o.text.start and o.text.end <= v.text.end for v in vague)]
    vague = [v for v in vague if not any(v.text.start < o.text.end and o.text.start < v.text.end for o in out)]
    return sorted(out + vague, key=lambda q: q.text.start)


def _heights(text: str) -> List[Quantity]:
    """"5'9\"", "6\u20192\u201d": a person's height, one figure in inches."""
    return [Quantity(text=Span.of(text, m.start(), m.end()), value=float(int(m.group(1)) * 12 + int(m.group(2))),
                     unit="inch") for m in height_pattern().finditer(text)]


@lru_cache(maxsize=1)
def _vague_pattern() -> Tuple[Pattern[str], Pattern[str], Dict[str, float], Dict[str, str]]:
    grammar = lexicon().grammar
    scales = {w: float(v) for w, v in grammar["vague_scales"].items()}
    counts = {" ".join(k.split()): v for k, v in grammar.get("vague_counts", {}).items()}
    word = "(?:" + "|".join(sorted(scales, key=len, reverse=True)) + ")"
    plural = re.compile(rf"(?<![\w-]){word}(?:\s+of\s+{word})*(?![\w-])", re.IGNORECASE)
    count = "(" + "|".join(r"\s+".join(map(re.escape, c.split())) for c in sorted(counts, key=len, reverse=True)) + ")"
    singular = "(" + "|".join(w[:-1] for w in scales if w != "tens") + ")"
    loose = re.compile(rf"(?<![\w-]){count}\s+({singular}(?:\s+{singular})*)(?![\w-])", re.IGNORECASE)
    return plural, loose, scales, counts


def _vague(text: str) -> List[Quantity]:
    """"Hundreds of wells", "tens of thousands of farms": an order of magnitude, from its scale
    words (``vague_scales`` in ``models/numbers/grammar.json``) up to ten times that, not included;
    "several hundred", "a few thousand" from twice the scale (``vague_counts``); "a couple of
    hundred" about twice it."""
    plural, loose, scales, counts = _vague_pattern()
    out = []
    if "s" in text:  # every plural scale word has one
        for m in plural.finditer(text):
            low = 1.0
            for w in re.findall(r"[A-Za-z]+", m.group()):
                if w.lower() != "of":
                    low *= scales[w.lower()]
            out.append(Quantity(text=Span.of(text, m.start(), m.end()), value=None, low=low, high=low * 10,
                                low_inclusive=True, high_inclusive=False, qualifier="range"))
    for m in loose.finditer(text):
        scale = 1.0
        for w in m.group(2).lower().split():  # "a few hundred thousand"
            scale *= scales[w + "s"]
        if counts[" ".join(m.group(1).lower().split())] == "couple":
            out.append(Quantity(text=Span.of(text, m.start(), m.end()), value=2 * scale, qualifier="approx",
                                hedge=Span.of(text, m.start(1), m.end(1))))
        else:
            out.append(Quantity(text=Span.of(text, m.start(), m.end()), value=None, low=2 * scale, high=10 * scale,
                                low_inclusive=True, high_inclusive=False, qualifier="range"))
    return sorted(out, key=lambda q: q.text.start)


def _from_interval(text: str, iv: Interval) -> Quantity:
    first, last = iv.numbers[0], iv.numbers[-1]
    two_ended = iv.low is not None and iv.high is not None and iv.low != iv.high
    hedge = None
    if iv.start < first.start:
        words = text[iv.start:signed_start(text, first)].rstrip()
        hedge = Span.of(text, iv.start, iv.start + len(words))
    elif iv.end > last.end:
        words = text[last.end:iv.end]
        lead = len(words) - len(words.lstrip())
        hedge = Span.of(text, last.end + lead, iv.end)
    approx = _hedge(text, iv.start)
    if approx and iv.qualifier is None:
        hedge = Span.of(text, approx[0], approx[1])
    unit = _unit(text, last, iv.end) or (_unit(text, first, first.end) if first.kind == "percent" else None)
    return Quantity(
        text=Span.of(text, iv.start, iv.end),
        value=None if two_ended else first.value,
        low=iv.low,
        high=iv.high,
        low_inclusive=iv.low_inclusive if iv.low is not None else False,
        high_inclusive=iv.high_inclusive if iv.high is not None else False,
        qualifier=iv.qualifier or (approx[2] if approx else None),
        hedge=hedge,
        unit=unit,
    )


def quantities(text: str) -> List[Quantity]:
    """Every figure in ``text`` (a str) as a frozen ``Quantity``, in text order."""
    if not isinstance(text, str):
        raise TypeError(f"quantities() takes str, got {type(text).__name__}" +
                        (" — decode it first" if isinstance(text, (bytes, bytearray)) else ""))
    return find(text)
