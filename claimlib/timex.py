"""Time expressions: dates ("on July 4", "since June 22", "in 2016"), spans ("in three days",
"the past 24 hours"), clock times and fixed words ("overnight", "yesterday").

The words are data (``models/time/words.json``). Claims carry the expressions near them; numbers
inside an expression (the 4 of "July 4", the three of "three days") are not figures of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Optional, Pattern, Tuple

import attrs

from . import resources
from .windows import NUMBER_CHARS, Anchors, trie, windows


@attrs.frozen
class TimeExpression:
    """``kind`` is date (a point or a named period) or duration (a length of time)."""

    start: int
    end: int
    kind: str


def _alt(words: List[str]) -> str:
    return "(?:" + trie(w.lower() for w in words) + ")"


def _between(x: str) -> str:
    """A span from one ``x`` to another: "between Monday and Wednesday", "from 2019 to 2022"."""
    return rf"(?:between\s+{x}\s+and|from\s+{x}\s+(?:to|until|through))\s+{x}"


@lru_cache(maxsize=1)
def time_words() -> Dict[str, Any]:
    """``models/time/words.json``, read once (also what tells the speaker rules a day: ``mentions.is_time``)."""
    return resources.read_json("time/words.json")


@lru_cache(maxsize=1)
def patterns() -> List[Tuple[str, str, Pattern[str]]]:
    """(kind, anchor class, pattern) of every time expression, built once."""
    w = time_words()
    num_words = [word for word, cls, _ in resources.read_table("numbers/words.tsv") if cls in ("unit", "teen", "tens")]
    # a number in words ends at a word boundary ("twenty years", not "twentyyears")
    num = r"(?:\d[\d,.]*|" + _alt(num_words) + r"(?:[-\s]" + _alt(num_words) + r")?(?![A-Za-z]))"
    month, weekday = _alt(w["months"]), _alt(w["weekdays"])
    prep = r"(?:" + _alt(w["prepositions"]) + r"\s+(?:the\s+)?)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    day = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
    unit = _alt(w["units"])
    amount = r"(?:(?:" + _alt(w["amount_words"]) + r")\s+)"
    b = r"(?<![\w$])"
    e = r"(?![\w])"
    dates = [
        # "May 3-6": a span of days is one date, not a figure 6
        # "March 4, 5 and 11" (not "on July 4 and 5 people died": a word after the last is what it counts)
        ("month", rf"{prep}(?:{weekday},?\s+)?{month}\.?\s+{day}(?:\s*[-\u2013]\s*{day}"
                  rf"|(?:,\s+{day})*,?\s+(?:and|or)\s+{day}"
                  rf"(?!\s+(?!(?:{_alt(w['prepositions'])}|and|or|when|as|the)\b)[a-z]))?(?:,?\s+{year})?"),
        # "4, 5 and 11 March": a list of days of one month is one date
        ("month", rf"{prep}(?:{weekday},?\s+)?(?:{day},\s+)*(?:{day},?\s+(?:and|or)\s+)?{day}\s+(?:of\s+)?{month}"
                  rf"(?:,?\s+{year})?"),
        ("month", rf"{prep}{month}\.?,?\s+{year}"),
        ("month", rf"{prep}(?:mid-)?{month}"),
        ("weekday", rf"{prep}{weekday}(?:\s+(?:morning|afternoon|evening|night))?"),
        # "between Monday and Wednesday", "between Tuesday night and Wednesday morning"
        ("weekday", _between(rf"{weekday}(?:\s+(?:morning|afternoon|evening|night))?")),
        ("digit", rf"{prep}(?:the\s+)?(?:{year}s|'\d0s)"),
        ("digit", rf"(?:{_alt(w['prepositions'])}\s+)(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?{year}"
                  rf"(?:\s*[-\u2013/]\s*\d\d(?:\d\d)?)?"),
        # "in '16", "the class of ’98": a year written with its last two digits after an apostrophe,
        # after a preposition or a word of ``short_year_openers`` (not "''16 percent''": two
        # apostrophes open a quotation)
        ("digit", rf"(?:{_alt(w['prepositions'] + w['short_year_openers'])})\s+(?<!['\u2019])['\u2019]\d\d(?:\s*(?:[-\u2013]|to)\s*['\u2019]\d\d)?(?![\d%\w])"),
        ("digit", rf"{year}\s*[-\u2013]\s*{year}"),
        # "between 2017 and 2023", "from 2019 to 2022": one span of years
        ("digit", _between(year)),
        ("digit", r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"),
        ("relative", rf"(?:{_alt(w['relatives'])}|earlier\s+this|later\s+this)\s+(?:{unit}|{weekday}|{month})"),
        ("fixed", rf"{prep}{_alt(w['fixed'])}"),
        # a day counted from the one just named: "the day before", "the night after"
        ("unit", rf"the\s+{unit}\s+{_alt(w['relative_to'])}"),
    ]
    durations = [
        # "seven to eight hours", "between five and ten years": a range of lengths is one duration
        # "a 40-minute period": a length used as an adjective of a span noun takes the noun
        ("unit", rf"{prep}{amount}?(?:between\s+{num}\s+and\s+|{num}\s*(?:[-\u2013]|to|or)\s*)?{num}\s*(?:-\s*)?{unit}"
                 rf"(?:-\s*long)?(?:\s+{_alt(w['span_nouns'])}|\s+{_alt(w['ago'])})?(?!\s*-?\s*old)"),
        ("unit", rf"{prep}{amount}{unit}(?:\s+{_alt(w['ago'])})?"),
        # "in half a century", "a half-century", "a quarter century": a span, not a fraction of anything
        ("unit", rf"{prep}(?:{amount})?(?:half\s+an?\s+|an?\s+(?:half|quarter)[\s-]+){unit}(?:\s+{_alt(w['ago'])})?"),
    ]
    clock = [("digit", rf"\d{{1,2}}(?::\d\d)?\s*{_alt(w['clock'])}"), ("digit", r"\d{1,2}:\d\d")]
    # clock times in words: "ten past two", "a quarter to four", "two o'clock", "eleven at night",
    # "by half two" (British: half past two; only after a preposition, before a clause ends or the next
    # begins: "by half two the water was in", not "cut by half two years ago")
    hour = rf"(?:{_alt(w['hours'])}|1[0-2]|0?[1-9])(?![\w-])(?!\s+{unit})"  # not "after eight hours"
    part = rf"(?:\s+o['\u2019]clock)?(?:\s+in\s+the\s+{_alt(w['day_parts'])}|\s+at\s+night)"
    dates += [
        ("clock", rf"{prep}(?:{_alt(w['clock_minutes'])}\s+(?:past|to|after)|half\s+past)\s+{hour}(?:{part})?"),
        ("clock", rf"{prep}{hour}(?:\s+o['\u2019]clock|{part})"),
        ("clock", rf"(?:{_alt(w['prepositions'])})\s+half\s+{hour}"
                  rf"(?=\s*(?:[.,;:!?)\"\u201d\u2019]|$|in\s+the\s|o['\u2019]clock|{_alt(w['clause_openers'])}\s))"),
    ]
    out = [("date", anchor, re.compile(b + p + e, re.IGNORECASE)) for anchor, p in dates]
    out += [("duration", anchor, re.compile(b + p + e, re.IGNORECASE)) for anchor, p in durations]
    out += [("date", anchor, re.compile(b + p + r"(?![\w])", re.IGNORECASE)) for anchor, p in clock]
    return out


@lru_cache(maxsize=1)
def anchors() -> Anchors:
    """Every expression holds an anchor of its pattern's class: a digit, a month, a weekday, a unit
    of time or a fixed word; a preposition, an amount and a number in words can come before it."""
    w = time_words()
    reach = (60, 30)
    return Anchors.of(
        {"month": w["months"], "weekday": w["weekdays"], "unit": w["units"], "fixed": w["fixed"],
         "relative": w["units"] + w["weekdays"] + w["months"], "clock": w["clock_anchors"]},
        # the digits of a year, a decade, a numeric date or a clock time (other figures in time
        # expressions sit next to a month or a unit, their anchors)
        {"digit": NUMBER_CHARS},
        {name: reach for name in ("month", "weekday", "digit", "unit", "fixed", "relative", "clock")},
        {"digit": r"(?:1[89]|20)\d\d(?!\d)|(?<=['\u2019])\d\d(?!\d)|\d0s|\d+[/.-]\d|\d{1,2}:\d\d|\d+\s*(?i:[ap]\.?m|gmt|utc|local\s+time)"})


def time_expressions(text: str, spans: Optional[Dict[str, List[Tuple[int, int]]]] = None) -> List[TimeExpression]:
    """Every time expression in ``text``, longest first where two overlap, in text order
    (``spans``: the windows of ``anchors()`` when the caller has them)."""
    found = []
    spans = spans or windows(text, anchors())
    for kind, anchor, pattern in patterns():
        for a, b in spans[anchor]:
            for m in pattern.finditer(text, a, b):
                if m.end() > m.start() and not (kind == "date" and _bare_may(text, m)) and not _share_of(text, m) \
                        and not (kind == "duration" and _length_of_a_thing(text, m)):
                    found.append(TimeExpression(_possessor_start(text, m), m.end(), kind))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: List[TimeExpression] = []
    for t in found:
        if out and t.start < out[-1].end:
            if t.end > out[-1].end and t.start == out[-1].start:
                out[-1] = t
            continue
        out.append(t)
    return out


_POSSESSIVE = re.compile(r"['\u2019]s?(?![\w])")
_LEADING_WORD = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?")


def _possessor_start(text: str, m: "re.Match[str]") -> int:
    """Where the expression starts: a day with a possessive ("in Monday's poll", "since last
    week's vote") is whose the noun is, so the preposition before it is the noun's, not the day's."""
    if not _POSSESSIVE.match(text, m.end()):
        return m.start()
    lead = _LEADING_WORD.match(text, m.start(), m.end())
    if lead is None or lead.group(1).lower() not in time_words()["prepositions"] or lead.end() >= m.end():
        return m.start()
    return lead.end()


_OF = re.compile(r"\s+of\s")
_CHANGE_BEFORE = re.compile(r"(?<![A-Za-z])(?:up|down)\s+$", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"(?<![A-Za-z])(?:by|almost|nearly|about|roughly|around|some|than|just|barely)\s+$",
                           re.IGNORECASE)


def _share_of(text: str, m: "re.Match[str]") -> bool:
    """"three quarters of the budget", "a quarter of voters", "fell by (almost) a quarter", "40%, up
    from a quarter in 2021": a fraction, not a span of time."""
    words = m.group().lower().split()
    if not words[-1].endswith(("quarter", "quarters")):
        return False
    if _OF.match(text, m.end()):
        return True
    if words[1:] == ["a", "quarter"] and (
            words[0] == "by" or words[0] == "from" and _CHANGE_BEFORE.search(text, max(0, m.start() - 6), m.start())):
        return True
    return words == ["a", "quarter"] and bool(_SHARE_BEFORE.search(text, max(0, m.start() - 12), m.start()))


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_HYPHENATED_UNIT = re.compile(r"-\s*[a-z]+$")


def _length_of_a_thing(text: str, m: "re.Match[str]") -> bool:
    """"two day centres", "three year olds": a number above one and a singular unit before a noun
    that is no span of time are a count of compound nouns, not a length of time ("a 24-hour
    strike", with its hyphen, still says how long; so does an abbreviation: "6 min read")."""
    units, closed, abbreviations = _length_words()
    low = m.group().lower()
    words = re.split(r"[\s-]+", low)
    unit = words[-1]
    if unit not in units or unit.endswith("s") or len(words) < 2 or unit in abbreviations:
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    if unit == "second" and words[-2] in ("a", "an"):
        # "in a second paper", "for a second term": the ordinal before a noun, not a moment
        return nxt is not None and nxt.group(1) not in closed
    if _HYPHENATED_UNIT.search(low) or words[-2] in ("a", "an", "one", "1"):
        return False  # "a 24-hour strike" still says how long
    return nxt is not None and nxt.group(1) not in closed


@lru_cache(maxsize=1)
def _length_words() -> Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[str]]:
    """The units of time, the words after a length that leave it a time ("two days ago"), and the
    units' abbreviations."""
    w = time_words()
    closed = set(w["prepositions"]) | set(w["ago"]) | set(w["clause_openers"]) | {"or", "when", "as", "that"}
    return frozenset(w["units"]), frozenset(closed), frozenset(w["unit_abbreviations"])


_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_VERB_MONTHS = ("may", "march")


def _bare_may(text: str, m: "re.Match[str]") -> bool:
    """'may' and 'march' are verbs far more often than months: lower-case (also after a day: "children
    5 to 10 may enter"), alone, or with no preposition and no day, they are not dates; nor is a month
    name alone before a capitalised word ("Jan Holm", "June Okafor": a first name)."""
    words = [w.rstrip(".,") for w in m.group().split()]
    if any(w in _VERB_MONTHS for w in words):
        return True
    if any(ch.isdigit() for ch in m.group()):
        return False
    if len(words) == 1 and _CAPITALISED_NEXT.match(text, m.end()):
        return True
    return len(words) == 1 and words[0].lower() in _VERB_MONTHS
