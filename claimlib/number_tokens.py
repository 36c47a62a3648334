"""Cutting text into the pieces numbers are made of: figures in digits, words and signs, with offsets.

A figure in digits is read whole here ("1,037", "4.8", ".08", "1 234 567", "10k", "1.3e6", "3/4");
a run of digits joined in an odd way ("192.168.1.2", "5/17/2018") is cut into its parts, and a figure
glued to letters ("180ml", "4th") is not a number at all (an ordinal when the letters say so).
"""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import Dict, List, NamedTuple, Optional, Tuple


from . import resources


class Tok(NamedTuple):
    """One piece: ``kind`` is num, ord (a figure with st/nd/rd/th), word, hy (a dash) or punct
    (a named tuple: thousands are made per article, and a tuple is the cheapest to make)."""

    kind: str
    start: int
    end: int
    text: str
    value: Optional[float] = None
    is_int: bool = False
    is_fraction: bool = False


@lru_cache(maxsize=1)
def suffixes() -> Tuple[Dict[str, float], Dict[str, float], Dict[str, float]]:
    """Scale suffixes for digits: (those matched as written, those matched in any case, those matched
    as written only after a currency sign: "$2m")."""
    tables: Dict[str, Dict[str, float]] = {"exact": {}, "any": {}, "money": {}}
    for suffix, mult, case in resources.read_table("numbers/suffixes.tsv"):
        tables[case][suffix.lower() if case == "any" else suffix] = float(mult)
    return tables["exact"], tables["any"], tables["money"]


@lru_cache(maxsize=1)
def units_table() -> Tuple[Tuple[str, str, str], ...]:
    """The rows of ``models/numbers/units.tsv`` (surface, unit, place), read once for the number
    parser, the ranges and the quantities."""
    return tuple((surface, unit, place) for surface, unit, place in resources.read_table("numbers/units.tsv"))


@lru_cache(maxsize=1)
def glued_units() -> Dict[str, str]:
    """Units written against the digits, as written ("412p": pence), from the units table."""
    return {surface: unit for surface, unit, place in units_table() if place == "glued"}


_GLUED_UNIT = re.compile(r"[A-Za-z]+(?![\w])")


def glued_unit(text: str, end: int) -> Optional[str]:
    """The unit written against the figure that ends at ``end``, if the units table has it."""
    m = _GLUED_UNIT.match(text, end)
    return glued_units().get(m.group()) if m else None


_PLURAL_AFTER = re.compile(r" (?:[a-z]+[^s\W]s|people|children|men|women|staff)\b")


def _before_plural(text: str, end: int) -> bool:
    """A plural word follows the suffix: "1.2m pupils", "3m people" count millions ("a 2m wall" is
    metres)."""
    return bool(_PLURAL_AFTER.match(text, end))


def _after_currency(text: str, start: int) -> bool:
    """A currency sign stands right before the figure, or one space before it ("$2m", "£ 3.5m")."""
    before = text[max(0, start - 2):start].rstrip(" ")
    return bool(before) and unicodedata.category(before[-1]) == "Sc"


_CHAIN = re.compile(r"(?<![\d.])(?:\d+(?:[.,/]\d+)*|\.\d+)")
_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL = re.compile(r"\d*\.\d+|\d+")
_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}")
_SLASH = re.compile(r"\d+/\d+")
_EXP = re.compile(r"[eE][+-]?\d+(?![\w])")
_POWER = re.compile(r"\^([+-]*)(\d+(?:\.\d+)?)")
_TIMES_TEN = re.compile(r"x10\^([+-]?\d+)")
_SUFFIX = re.compile(r" {0,2}([A-Za-z]{1,3})(?![A-Za-z0-9])")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z])")
_WORD = re.compile(r"[A-Za-z]+")
_SPACE_GROUP = (" ", "\u00a0", "\u202f")


def _chain_parts(chain: str) -> List[Tuple[int, int, float, bool, bool]]:
    """(start, end, value, is_int, is_fraction) for each number in a run of digits and separators."""
    if _EUROPEAN.fullmatch(chain):
        return [(0, len(chain), float(chain.replace(".", "").replace(",", ".")), False, False)]
    for pattern in (_INDIAN, _GROUPED):
        if pattern.fullmatch(chain):
            body = chain.replace(",", "")
            return [(0, len(chain), float(body), "." not in body, False)]
    if _DECIMAL.fullmatch(chain):
        return [(0, len(chain), float(chain), "." not in chain, False)]
    if _COMMA_DECIMAL.fullmatch(chain):
        return [(0, len(chain), float(chain.replace(",", ".")), False, False)]
    if _SLASH.fullmatch(chain):
        num, den = chain.split("/")
        if float(den) != 0:
            return [(0, len(chain), float(num) / float(den), False, True)]
    return [(m.start(), m.end(), float(m.group()), True, False) for m in re.finditer(r"\d+", chain)]


def _scaled(text: str, start: int, end: int, value: float) -> Tuple[int, float, bool]:
    """Exponents and scale suffixes after the figure at ``start``..``end``: (new end, value, rejected)."""
    m = _EXP.match(text, end) or _TIMES_TEN.match(text, end)
    if m:
        exponent = m.group()[1:] if m.re is _EXP else m.group(1)
        try:
            scaled = value * 10.0 ** int(exponent)
        except OverflowError:
            scaled = float("inf")
        if not math.isfinite(scaled):
            return end, value, True  # beyond what a float holds: not a figure
        return m.end(), scaled, False
    m = _POWER.match(text, end)
    if m:
        sign = -1 if m.group(1).count("-") % 2 else 1
        try:
            powered = abs(value) ** (sign * float(m.group(2)))
        except (ZeroDivisionError, OverflowError, ValueError):
            return end, value, True  # "0^-1" and the like: not a number
        if not math.isfinite(powered):
            return end, value, True
        return m.end(), powered * (1 if value >= 0 else -1), False
    exact, any_case, after_money = suffixes()
    m = _SUFFIX.match(text, end)
    if m:
        s = m.group(1)
        mult = exact.get(s) or any_case.get(s.lower())
        if not mult and s in after_money and (_before_plural(text, m.end()) or _after_currency(text, start)):
            mult = after_money[s]  # "$2m", "1.2m pupils": only here, where the context is asked about
        if mult:
            return m.end(), value * mult, False
    glued = end < len(text) and (text[end].isalpha() or text[end] == "_") and glued_unit(text, end) is None
    return end, value, glued


_AND_A = re.compile(r"(?i)[a-z]+-and-an?-[a-z]+")


def _joins_and_a(text: str, i: int) -> bool:
    """The hyphen at i is one of "one-and-a-half", "two-and-a-quarter"."""
    return any(m.start() < i < m.end() for m in _AND_A.finditer(text, max(0, i - 12), min(len(text), i + 16)))


def tokenize(text: str) -> List[Tok]:
    """Every figure, word, dash and punctuation mark of ``text``, in order."""
    toks: List[Tok] = []
    pos = 0
    n = len(text)

    def add_others(a: int, b: int) -> None:
        i = a
        while i < b:
            ch = text[i]
            if ch.isspace():
                i += 1
                continue
            m = _WORD.match(text, i, b)
            if m:
                toks.append(Tok("word", i, m.end(), m.group()))
                i = m.end()
                continue
            if ch == "-" and _joins_and_a(text, i):
                pass  # "one-and-a-half": the hyphens of a spelled-out mixed number join like spaces
            elif ch in "-\u2013\u2212":
                toks.append(Tok("hy", i, i + 1, ch))
            elif unicodedata.category(ch) == "No" and unicodedata.numeric(ch, None) is not None:
                toks.append(Tok("num", i, i + 1, ch, unicodedata.numeric(ch), False, True))
            else:
                toks.append(Tok("punct", i, i + 1, ch))
            i += 1

    for m in _CHAIN.finditer(text):
        if m.start() < pos:
            continue
        if m.start() > 0 and (text[m.start() - 1].isalpha() or text[m.start() - 1] == "_"):
            continue  # part of a name like "A4" or "abc123"
        add_others(pos, m.start())
        chain = m.group()
        parts = _chain_parts(chain)
        if len(parts) == 1 and parts[0][4] and re.search(r"\d-$", text[max(0, m.start() - 2):m.start()]):
            parts = [(a.start(), a.end(), float(a.group()), True, False) for a in re.finditer(r"\d+", chain)]
        end = m.end()
        for k, (a, b, value, is_int, is_frac) in enumerate(parts):
            start, stop = m.start() + a, m.start() + b
            if k == len(parts) - 1:
                ord_m = _ORDINAL_SUFFIX.match(text, stop)
                if ord_m and is_int:
                    toks.append(Tok("ord", start, ord_m.end(), text[start:ord_m.end()], value, True))
                    end = ord_m.end()
                    break
                stop, value, glued = _scaled(text, m.start(), stop, value)
                end = stop
                if glued:
                    break
                is_int = is_int and value == int(value)
            toks.append(Tok("num", start, stop, text[start:stop], value, is_int, is_frac))
        pos = end
    add_others(pos, n)
    _merge_space_groups(text, toks)
    return toks


def _merge_space_groups(text: str, toks: List[Tok]) -> None:
    """Join '1 234 567' (groups of three digits after single spaces) into one figure, in place."""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "num" and t.is_int and t.text.isdigit() and len(t.text) <= 3:
            j = i + 1
            while (j < len(toks) and toks[j].kind == "num" and text[toks[j - 1].end:toks[j].start] in _SPACE_GROUP
                   and re.fullmatch(r"\d{3}(?:\.\d+)?", toks[j].text) and toks[j - 1].text[-1:].isdigit()
                   and "." not in toks[j - 1].text):
                j += 1
            if j > i + 1:
                span = text[t.start:toks[j - 1].end]
                digits = "".join(ch for ch in span if ch.isdigit() or ch == ".")
                toks[i:j] = [Tok("num", t.start, toks[j - 1].end, span, float(digits), "." not in digits)]
        i += 1
