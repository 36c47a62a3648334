"""Time expressions: dates ("on July 4", "since June 22", "in 2016"), spans ("in three days",
"the past 24 hours"), clock times and fixed words ("overnight", "yesterday").

The words are data (``models/time/words.json``). Claims carry the expressions near them; numbers
inside an expression (the 4 of "July 4", the three of "three days") are not figures of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Pattern, Tuple

import attrs

from . import resources


@attrs.frozen
class TimeExpression:
    """``kind`` is date (a point or a named period) or duration (a length of time)."""

    start: int
    end: int
    kind: str


def _alt(words: List[str]) -> str:
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def patterns() -> List[Tuple[str, Pattern[str]]]:
    w = resources.read_json("time/words.json")
    num_words = [word for word, cls, _ in resources.read_table("numbers/words.tsv") if cls in ("unit", "teen", "tens")]
    num = r"(?:\d[\d,.]*|" + _alt(num_words) + r"(?:[-\s]" + _alt(num_words) + r")?)"
    month, weekday = _alt(w["months"]), _alt(w["weekdays"])
    prep = r"(?:" + _alt(w["prepositions"]) + r"\s+(?:the\s+)?)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    day = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
    unit = _alt(w["units"])
    amount = r"(?:(?:" + _alt(w["amount_words"]) + r")\s+)"
    b = r"(?<![\w$])"
    e = r"(?![\w])"
    dates = [
        rf"{prep}(?:{weekday},?\s+)?{month}\.?\s+{day}(?:,?\s+{year})?",
        rf"{prep}(?:{weekday},?\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?",
        rf"{prep}{month}\.?,?\s+{year}",
        rf"{prep}(?:mid-)?{month}",
        rf"{prep}{weekday}(?:\s+(?:morning|afternoon|evening|night))?",
        rf"{prep}(?:the\s+)?(?:{year}s|'\d0s)",
        rf"(?:{_alt(w['prepositions'])}\s+)(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?{year}(?:\s*[-\u2013/]\s*\d\d(?:\d\d)?)?",
        rf"{year}\s*[-\u2013]\s*{year}",
        r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}",
        rf"(?:{_alt(w['relatives'])}|earlier\s+this|later\s+this)\s+(?:{unit}|{weekday}|{month})",
        rf"{prep}{_alt(w['fixed'])}",
    ]
    durations = [
        rf"{prep}{amount}?{num}\s*(?:-\s*)?{unit}(?:\s+{_alt(w['ago'])})?(?!\s*-?\s*old)",
        rf"{prep}{amount}{unit}(?:\s+{_alt(w['ago'])})?",
    ]
    clock = [rf"\d{{1,2}}(?::\d\d)?\s*{_alt(w['clock'])}", r"\d{1,2}:\d\d"]
    out = [("date", re.compile(b + p + e, re.IGNORECASE)) for p in dates]
    out += [("duration", re.compile(b + p + e, re.IGNORECASE)) for p in durations]
    out += [("date", re.compile(b + p + r"(?![\w])", re.IGNORECASE)) for p in clock]
    return out


def time_expressions(text: str) -> List[TimeExpression]:
    """Every time expression in ``text``, longest first where two overlap, in text order."""
    found = []
    for kind, pattern in patterns():
        for m in pattern.finditer(text):
            if m.end() > m.start() and not (kind == "date" and _bare_may(text, m)):
                found.append(TimeExpression(m.start(), m.end(), kind))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: List[TimeExpression] = []
    for t in found:
        if out and t.start < out[-1].end:
            if t.end > out[-1].end and t.start == out[-1].start:
                out[-1] = t
            continue
        out.append(t)
    return out


def _bare_may(text: str, m: "re.Match[str]") -> bool:
    """'may' and 'march' are verbs far more often than months: alone, lower-case or with no
    preposition and no day, they are not dates."""
    words = m.group().split()
    if words[-1].lower() not in ("may", "march") or any(ch.isdigit() for ch in m.group()):
        return False
    return len(words) < 2 or not words[-1][0].isupper()
