"""The number parser: every number in a text, in digits or words, with its value and offsets.

Reads figures ("1,037", "10k"), number words ("one hundred and sixty-one", "twenty-one trillion"),
fractions and mixed numbers ("two thirds", "2 1/4", "one and a half", "one over three"), decimals in
words ("two hundred point zero three"), negatives ("minus five") and ordinals ("fifteenth", "4th").
What the words mean is data (``models/numbers/words.tsv``, ``grammar.json``); this module holds the
grammar that joins them. It does not judge context: "2018" in a date is a number here; the quantity
layer (``claimlib.quantities``) decides what is a figure about the world.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, NamedTuple, Optional, Pattern, Tuple

import attrs

from . import resources
from .number_tokens import Tok, tokenize, units_table
from .windows import NUMBER_CHARS, Anchors, windows

# Token classes: U unit, T teen, X tens, H hundred, S scale, D dozen, O ordinal, F half/quarter,
# N figure in digits, A article, AND, PT point, NEG minus, HY dash, plus a plural flag on O/F/H.


@attrs.frozen
class Number:
    """One number in the text: ``kind`` is number, ordinal or percent (``value`` None for a bare
    "percent"); ``fraction`` tells a fraction or ratio ("two thirds", "1 in 5")."""

    start: int
    end: int
    value: Optional[float]
    kind: str = "number"
    fraction: bool = False
    words: bool = False


POINTS_UNIT = "percentage point"  # the unit (models/numbers/units.tsv) of a difference of percentages


@attrs.frozen
class Lexicon:
    words: Dict[str, Tuple[str, float]]
    grammar: Dict[str, List[str]]
    percent_after: Pattern[str]  # "30 percent", "12%"
    percent_before: Pattern[str]  # "per cent of 22"
    percentage_points: Pattern[str]  # "3 percentage points": a difference of percentages, no percentage
    time_units: FrozenSet[str] = frozenset()  # "over 3 years" is a span of time, not a denominator
    ratio_words: Tuple[Tuple[str, ...], ...] = ()  # "in every", "out of", "in": the longest first


def _longest_first(phrases: List[str]) -> List[str]:
    return sorted(phrases, key=len, reverse=True)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    classes = {"unit": "U", "teen": "T", "tens": "X", "hundred": "H", "scale": "S", "dozen": "D",
               "ordinal": "O", "fraction": "F", "fractions": "Fs"}
    words: Dict[str, Tuple[str, float]] = {}
    for word, cls, value in resources.read_table("numbers/words.tsv"):
        words[word.lower()] = (classes[cls], float(value))
        if cls == "ordinal":
            words[word.lower() + "s"] = ("Os", float(value))
    grammar = resources.read_json("numbers/grammar.json")
    after = "|".join(re.escape(p) + (r"(?![A-Za-z])" if p[-1].isalpha() else "")
                     for p in _longest_first(grammar["percent"]))
    before = "|".join(re.escape(p) for p in _longest_first(grammar["percent_of"]))
    # "3 percentage points" is no percentage: the words are the units table's for that unit
    points = "|".join(re.escape(p) for p in _longest_first(
        [surface for surface, unit, _ in units_table() if unit == POINTS_UNIT]))
    return Lexicon(words, grammar,
                   percentage_points=re.compile(r"[ \t-]?(?:" + points + r")(?![A-Za-z])", re.IGNORECASE),
                   percent_after=re.compile(r"[ \t]?(?:" + after + ")", re.IGNORECASE),
                   percent_before=re.compile(r"(?<![A-Za-z])(?:" + before + r")\s+$", re.IGNORECASE),
                   time_units=frozenset(resources.read_json("time/words.json")["units"]),
                   ratio_words=tuple(tuple(p.split()) for p in _longest_first(grammar.get("ratio", []))))


class Item(NamedTuple):
    """One token's grammar class and value."""

    cls: str
    value: float
    tok: int
    plural: bool = False


def classify(toks: List[Tok]) -> List[Item]:
    """The grammar class of every token."""
    lex = lexicon()
    g = lex.grammar
    items = []
    for i, t in enumerate(toks):
        if t.kind == "num":
            items.append(Item("Nf" if t.is_fraction else "N", t.value, i))
            continue
        if t.kind == "ord":
            items.append(Item("ORD", t.value, i))
            continue
        if t.kind == "hy":
            items.append(Item("HY", 0, i))
            continue
        if t.kind != "word":
            items.append(Item("P", 0, i))
            continue
        w = t.text.lower()
        if w in lex.words:
            cls, value = lex.words[w]
            plural = cls in ("Os", "Fs") or (cls in ("H", "S", "D") and w.endswith("s"))
            items.append(Item(cls.rstrip("s") if cls in ("Os", "Fs") else cls, value, i, plural))
        elif w in g["and"]:
            items.append(Item("AND", 0, i))
        elif w in g["point"]:
            items.append(Item("PT", 0, i))
        elif w in g["negative"]:
            items.append(Item("NEG", 0, i))
        elif w in g["article"]:
            items.append(Item("A", 1, i))
        elif w in g["over"]:
            items.append(Item("OVER", 0, i))
        else:
            items.append(Item("W", 0, i))
    return items


def _ordinal_as_cardinal(item: Item) -> Item:
    v = item.value
    cls = "U" if v < 10 else "T" if v < 20 else "X" if v < 100 else "H" if v == 100 else "S"
    return Item(cls, v, item.tok)


def integer(items: List[Item], i: int, stop: Optional[int] = None) -> Tuple[int, Optional[float], bool]:
    """Read the longest whole number starting at ``items[i]``: (end index, value, ends with a scale word)."""
    stop = len(items) if stop is None else stop
    total, cur, low, has_h, last = 0.0, 0.0, False, False, "start"
    last_atom, last_scale, scale_end = 0.0, float("inf"), False
    k = i
    and_at: Optional[int] = None
    and_state: Optional[Tuple[float, float, bool, bool, str]] = None
    if k < stop and items[k].cls == "A":
        if k + 1 < stop and items[k + 1].cls in ("H", "S", "D"):
            cur, last, k = 1.0, "U", k + 1
            last_atom = 1.0
        else:
            return i, None, False
    while k < stop:
        it = items[k]
        c = it.cls
        if c in ("U", "T", "X") and not low and not (last == "N"):
            if it.value == 0:
                if last != "start":
                    break
                return k + 1, 0.0, False
            cur += it.value
            last_atom = it.value
            low = True
            last = c
            k += 1
            if c == "X" and k + 1 < stop and items[k].cls == "HY" and items[k + 1].cls == "U" and items[k + 1].value:
                cur += items[k + 1].value
                last_atom = it.value + items[k + 1].value
                k += 2
            elif c == "X" and k < stop and items[k].cls == "U" and items[k].value:
                cur += items[k].value
                last_atom = it.value + items[k].value
                k += 1
            continue
        if c == "N" and not low and last in ("start", "S", "H", "AND"):
            limit = 100 if has_h else last_scale
            if last != "start" and (it.value >= limit or it.value != int(it.value) or it.value == 0):
                break
            cur += it.value
            last_atom = it.value
            low, last = True, "N"
            k += 1
            continue
        if c == "H" and not has_h and last in ("start", "U", "T", "X", "N") and not (last == "start" and it.plural):
            cur = (cur or 1.0) * 100
            has_h, low, last = True, False, "H"
            last_atom = cur
            k += 1
            continue
        if c == "S" and last in ("start", "U", "T", "X", "N", "H", "S", "D") and not (last == "start" and it.plural):
            if last == "S" and cur == 0 and it.value > last_scale:
                total *= it.value
            elif it.value < last_scale:
                total += (cur or 1.0) * it.value
            else:
                break
            last_scale = it.value
            cur, low, has_h, last = 0.0, False, False, "S"
            scale_end = True
            k += 1
            continue
        if c == "D" and last in ("U", "T", "X", "N"):
            cur = cur - last_atom + last_atom * 12
            last = "D"
            low = True
            k += 1
            continue
        if c == "AND" and last in ("H", "S") and k + 1 < stop and items[k + 1].cls in ("U", "T", "X", "N"):
            and_at = k
            and_state = (total, cur, low, has_h, last)
            last = "AND"
            k += 1
            continue
        break
    if last == "start":
        return i, None, False
    if last == "AND" or (k < stop and items[k].cls in ("H", "S", "D") and and_at is not None and k > and_at):
        # "3 hundred and 2 hundred" is two numbers: give back what followed the "and".
        total, cur, _, _, last = and_state  # type: ignore[misc]
        k = and_at
    value = total + cur
    return k, value, last == "S" or (scale_end and cur == 0)


def _denominator(items: List[Item], i: int, stop: int) -> Optional[Tuple[int, float, bool]]:
    """A denominator word at items[i] (after an optional dash): (end, value, plural), or None."""
    if i < stop and items[i].cls == "HY":
        i += 1
    if i >= stop:
        return None
    it = items[i]
    if it.cls == "F" or (it.cls == "O" and it.value >= 3):
        return i + 1, it.value, it.plural
    return None


def _compound_denominator(items: List[Item], i: int, stop: int) -> Optional[Tuple[int, float, bool]]:
    """A number-word denominator starting at items[i] ("twenty-fifth", "one hundred fifths")."""
    if i >= stop or items[i].cls not in ("U", "T", "X"):
        return None
    k = i
    while k < stop and items[k].cls in ("U", "T", "X", "H", "S", "AND", "HY"):
        k += 1
    if k >= stop or items[k].cls != "O":
        return None
    seq = [x for x in items[i:k] if x.cls != "HY"] + [_ordinal_as_cardinal(items[k])]
    end, value, _ = integer(seq, 0)
    if end != len(seq) or value is None:
        return None
    return k + 1, value, items[k].plural


def _agrees(numerator: float, plural: bool) -> bool:
    return plural != (numerator == 1)


def _word_fraction(items: List[Item], i: int, j: int, num: float, stop: int) -> Optional[Tuple[int, float, float, float]]:
    """A fraction whose numerator words are items[i:j] (value ``num``) and whose denominator follows:
    (end, whole part, fraction, the scale that ends the whole part or 0)."""
    den = _denominator(items, j, stop)
    if den is not None:
        end, den_value, plural = den
        ands = [k for k in range(i, j) if items[k].cls == "AND"]
        if ands:
            a = ands[-1]
            r_end, right, _ = integer(items, a + 1, j)
            l_end, left, left_scale = integer(items, i, a)
            if r_end == j and l_end == a and right is not None and left is not None and right < den_value \
                    and _agrees(right, plural):
                scales = [x.value for x in items[i:a] if x.cls == "S"]
                return end, left, right / den_value, scales[-1] if left_scale and scales else 0.0
        for k in range(i + 1, j):
            seq = [x for x in items[k:j] if x.cls != "HY"] + [_ordinal_as_cardinal(items[end - 1])] \
                if items[end - 1].cls == "O" else None
            if seq is None or items[k].cls not in ("U", "T", "X"):
                continue
            d_end, d_value, _ = integer(seq, 0)
            n_end, n_value, _ = integer(items, i, k)
            if d_end == len(seq) and n_end == k and n_value is not None and d_value and _agrees(n_value, plural):
                return end, 0.0, n_value / d_value, 0.0
        if _agrees(num, plural):
            return end, 0.0, num / den_value, 0.0
        return None
    comp = _compound_denominator(items, j, stop)
    if comp is not None and _agrees(num, comp[2]):
        return comp[0], 0.0, num / comp[1], 0.0
    return None


_NUMBER_STARTS = frozenset(("U", "T", "X", "H", "S", "N", "Nf", "A", "F"))


class Parser:
    """Reads numbers over the classified tokens of one text."""

    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self.breaks = [i > 0 and "\n" in text[self.toks[i - 1].end:t.start] for i, t in enumerate(self.toks)]
        self.items = classify(self.toks)
        self.n = len(self.items)
        self.grammar = lexicon().grammar
        self.time_units = lexicon().time_units

    def word(self, k: int) -> str:
        return self.toks[k].text.lower() if 0 <= k < self.n and self.toks[k].kind == "word" else ""

    def _pronoun_before(self, i: int) -> bool:
        """The word before "one" makes it a pronoun: a determiner or adjective from the list, or a
        superlative ("the newest one"), or a comparative after an article ("a smaller one"), or an
        adjective after an article with no word after "one" ("a local one")."""
        before = self.word(i - 1)
        comparative = self.grammar["pronoun_one_after_comparative"]
        return before in self.grammar["pronoun_one_after"] or (
            len(before) > 4 and before.endswith(tuple(self.grammar.get("pronoun_one_after_suffix", ())))) or (
            len(before) > 3 and before.endswith(comparative["suffix"]) and self.word(i - 2) in comparative["articles"]) or (
            self._closing_adjective(i, before, comparative["articles"]))

    def _closing_adjective(self, i: int, before: str, articles) -> bool:
        """"not a local one,", "an old one.": an article, a word that is no number, then "one"
        closing the phrase (no word after it: "a mere one percent" counts)."""
        return (self.word(i - 2) in articles and before.isalpha() and before not in lexicon().words
                and before not in self.grammar.get("pronoun_one_not_after", ()) and not self.word(i + 1))

    def broken(self, k: int) -> bool:
        """A paragraph break before token k: numbers never run across it."""
        return k < self.n and self.breaks[k]

    def stop_at(self, i: int) -> int:
        k = i + 1
        while k < self.n and not self.broken(k):
            k += 1
        return k

    def value_at(self, i: int, ratios: bool = True) -> Optional[Tuple[int, float, bool, float]]:
        """(end, value, is fraction, trailing scale) of the number starting at item i, if any."""
        items, stop = self.items, self.stop_at(i)
        it = items[i]
        if it.cls == "Nf":
            return i + 1, it.value, True, 0.0
        half = it.cls == "F" and not it.plural and it.value == 2
        if half and self.word(i - 1) in self.grammar.get("half_periods", ()):
            return None  # "in the first half": a part of a match, not a fraction
        if half and self.word(i + 1) in self.grammar.get("half_adjectives", ()):
            return None  # "she is half right": a degree, not a fraction
        if half or (it.cls == "F" and i + 1 < stop and items[i + 1].cls == "S"):
            value = 1 / it.value
            end = i + 1
            if end + 1 < stop and items[end].cls == "A" and items[end + 1].cls == "D":
                return end + 2, value * 12, False, 0.0
            return self._scaled(end, value, True, stop)
        if it.cls == "A":
            den = _denominator(items, i + 1, stop) or _compound_denominator(items, i + 1, stop)
            if den is not None and not den[2] and not self._ordinal_use(i + 1, den[0]):
                return self._scaled(den[0], 1 / den[1], True, stop)
        j, num, ends_scale = integer(items, i, stop)
        if num is None:
            return None
        if all(items[k].cls != "N" for k in range(i, j)):  # a fraction in words: "two thirds"
            frac = _word_fraction(items, i, j, num, stop)
            if frac is not None:
                end, whole, part, whole_scale = frac
                if not whole:
                    return self._scaled(end, part, True, stop)
                s_end, s_part, _, scale = self._scaled(end, part, True, stop)
                if scale:
                    value = whole + s_part if whole >= scale else (whole + part) * scale
                    return s_end, value, True, scale
                return end, whole + part * (whole_scale or 1.0), True, 0.0
        # a decimal in words: "two hundred point zero three"
        if j < stop and items[j].cls == "PT" and j + 1 < stop and items[j + 1].cls in ("U", "T", "X"):
            digits, k = "", j + 1
            while k < stop and items[k].cls in ("U", "T", "X"):
                v = items[k].value
                if items[k].cls == "X" and k + 2 < stop and items[k + 1].cls == "HY" and items[k + 2].cls == "U":
                    v += items[k + 2].value
                    k += 2
                digits += str(int(v))
                k += 1
            return k, num + float("0." + digits), False, 0.0
        # a mixed number: "2 1/4", "one and a half", "one million and three quarters"
        if j < stop and items[j].cls == "Nf" and items[j - 1].cls == "N" and items[j].value < 1:
            return j + 1, num + items[j].value, True, 0.0
        if j < stop and items[j].cls == "AND" and j + 1 < stop:
            right = self.value_at(j + 1, ratios=False)
            if right is not None and right[2]:
                r_end, r_value, _, r_scale = right
                if r_scale and num < r_scale:
                    return r_end, num * r_scale + r_value, True, r_scale
                if r_scale:
                    return r_end, num + r_value, True, r_scale
                if ends_scale and r_value < 1:
                    scale = self._last_scale(i, j)
                    return r_end, num + r_value * scale, True, 0.0
                if r_value < 1 or items[j + 1].cls != "N":
                    return r_end, num + r_value, True, 0.0
        if ratios:
            ratio = self._ratio(i, j, num, stop)
            if ratio is not None:
                return ratio[0], ratio[1], True, 0.0
        return j, num, False, 0.0

    def _last_scale(self, i: int, j: int) -> float:
        scales = [self.items[k].value for k in range(i, j) if self.items[k].cls == "S"]
        return scales[-1] if scales else 1.0

    def _scaled(self, end: int, value: float, is_frac: bool, stop: int) -> Tuple[int, float, bool, float]:
        """A fraction may scale a following "million" or "dozen" ("half a million", "two thirds of a
        million", "a half-million", "half-a-dozen")."""
        items = self.items

        def hyphen(k: int) -> int:
            return k + 1 if k + 1 < stop and items[k].cls == "HY" else k

        k = hyphen(end)
        if k + 1 < stop and self.word(k) == "of" and items[k + 1].cls == "A":
            k += 2
        elif k < stop and items[k].cls == "A":
            k = hyphen(k + 1)
        if k < stop and items[k].cls == "S":
            return k + 1, value * items[k].value, is_frac, items[k].value
        if k < stop and items[k].cls == "D" and k > end:
            return k + 1, value * items[k].value, False, 0.0
        return end, value, is_frac, 0.0

    def _ordinal_use(self, k: int, end: int) -> bool:
        """"a fourth man", "a third straight year": an ordinal word after "a" before a word of
        ``ordinal_before`` in grammar.json counts nothing ("a third of", "a third said" are fractions;
        "a quarter" and "a half" always are)."""
        if end != k + 1 or self.items[k].cls != "O" or end >= self.n or self.broken(end):
            return False
        return self.word(end) in self.grammar.get("ordinal_before", ())

    def _ratio(self, i: int, j: int, num: float, stop: int) -> Optional[Tuple[int, float]]:
        """'one over three', '1 in 5', 'two out of five hundred', 'a 2-to-1 margin', 'four to one'."""
        items = self.items
        if j >= stop:
            return None
        k = None
        always = False
        to = self.grammar.get("ratio_to", ())
        if items[j].cls == "OVER":
            k, always = j + 1, True
        elif self.word(j) in to or items[j].cls == "HY" and self.word(j + 1) in to and j + 2 < stop and items[j + 2].cls == "HY":
            # "a 2-to-1 margin", "outnumbered four to one": so many to one is a ratio; other pairs are
            # a range ("ages 5 to 10", "the 36-to-40-percent level"), a tally ("a 5-to-4 vote") or a
            # change ("fell from 4 to 1")
            k = j + 1 if self.word(j) in to else j + 3
            if not (k < stop and items[k].cls in ("U", "N") and items[k].value == 1 < num
                    and (k + 1 >= stop or items[k + 1].cls not in ("U", "T", "X", "H", "S", "N", "PT", "HY", "AND"))
                    and self.word(i - 1) not in self.grammar.get("change_from", ())):
                return None
            always = True
        else:
            # "1 in 5", "one in every nine", "two out of five hundred": the grammar's ratio words,
            # the longest first
            for words in lexicon().ratio_words:
                if all(self.word(j + n) == w for n, w in enumerate(words)):
                    k = j + len(words)
                    break
            if k is None and self._counted_between(j, num, stop):
                k = j + 2  # "one nurse in five": what is counted, between the two numbers
        if k is None or k >= stop or items[k].cls not in ("U", "T", "X", "N", "A"):
            return None
        end, den, _ = integer(items, k, stop)
        if den is None or den == 0:
            return None
        if items[k].cls == "N" and 1000 <= den <= 2100 and den == int(den) and not always:
            return None  # "3 in 2019" is a date, not a ratio
        if self.word(end) in self.time_units:
            return None  # "$84 billion over 10 years", "1 in 5 days": a span of time
        if not always and num >= den:
            return None
        if end < stop and items[end].cls == "H":
            den *= 100
            end += 1
        return end, num / den

    def _counted_between(self, j: int, num: float, stop: int) -> bool:
        """"one nurse in five", "two adults in three": a lower-case noun that agrees with the first
        number (one nurse, two nurses; not a unit of time: "one goal in five minutes"), then "in"."""
        if j + 2 >= stop or self.items[j].cls != "W" or self.word(j + 1) != "in":
            return False
        tok = self.toks[self.items[j].tok].text
        if not (tok.isalpha() and tok.islower()) or tok in self.time_units:
            return False
        return tok.endswith("s") == (num != 1)

    def numbers(self, percents: bool = True) -> List[Number]:
        """Every number, ordinal and (with ``percents``) percentage in the text, left to right."""
        out: List[Number] = []
        items, i = self.items, 0
        while i < self.n:
            it = items[i]
            if it.cls == "ORD":
                out.append(Number(self.toks[i].start, self.toks[i].end, it.value, "ordinal"))
                i += 1
                continue
            start_i, sign = i, 1.0
            signed = it.cls == "NEG" and i + 1 < self.n and not self.broken(i + 1)
            signed = signed or (it.cls == "HY" and i + 1 < self.n and items[i + 1].cls in ("N", "Nf")
                                and self._sign_position(i))
            if signed:
                if self._plus_or_minus(i):
                    start_i = i = i + 1  # a margin: the figure is what follows the sign
                else:
                    sign, i = -1.0, i + 1
            starts = items[i].cls in _NUMBER_STARTS and not (sign < 0 and items[i].cls == "A")
            got = self.value_at(i) if starts else None
            if got is not None and got[0] == i + 1 and start_i == i and self.word(i) == "one" \
                    and self._pronoun_before(i):
                i += 1  # "which one", "the one", "the newest one": a pronoun
                continue
            ordinal = self._ordinal(i)
            if ordinal is not None and (got is None or ordinal[0] > got[0]):
                out.append(ordinal[1])
                i = ordinal[0]
                continue
            if got is None:
                i = start_i + 1
                continue
            end, value, is_frac, _ = got
            words = any(items[k].cls != "N" and items[k].cls != "Nf" for k in range(i, end))
            out.append(Number(self.toks[start_i].start, self.toks[end - 1].end, sign * value, "number", is_frac, words))
            i = end
        return self._percents(out) if percents else out

    def _plus_or_minus(self, i: int) -> bool:
        """"plus or minus 3.4", "+/- 3": a margin, not a negative number."""
        if self.toks[i].kind == "word":
            return self.word(i - 1) == "or" and self.word(i - 2) == "plus"
        return i >= 2 and self.toks[i - 1].text == "/" and self.toks[i - 2].text == "+"

    def _sign_position(self, i: int) -> bool:
        """A dash is a minus sign when no figure, word or percent sign stands right before it
        ("32%-25%" is a score)."""
        if i == 0:
            return True
        prev, dash = self.toks[i - 1], self.toks[i]
        if prev.kind in ("num", "ord") or prev.text in (")", "]", "%"):
            return False
        if prev.kind == "word":  # "fell to -9.2" but not "SCP-173"
            return prev.end < dash.start and i + 1 < self.n and self.toks[i + 1].start == dash.end
        return True

    def _ordinal(self, i: int) -> Optional[Tuple[int, Number]]:
        """A spelled-out ordinal at item i ("fifteenth", "twenty-first", "one hundredth")."""
        items = self.items
        k = i
        while k < self.n and items[k].cls in ("U", "T", "X", "H", "S", "AND", "HY") and not self.broken(k):
            k += 1
        if k >= self.n or items[k].cls != "O" or items[k].plural:
            return None
        for s in range(i, k + 1):
            seq = [x for x in items[s:k] if x.cls != "HY"] + [_ordinal_as_cardinal(items[k])]
            end, value, _ = integer(seq, 0)
            if end == len(seq) and value is not None and (s == k or items[s].cls in ("U", "T", "X")):
                if s > i:
                    return None
                return k + 1, Number(self.toks[s].start, self.toks[k].end, value, "ordinal", words=True)
        return None

    def _percents(self, numbers: List[Number]) -> List[Number]:
        """Turn "30 percent", "12%" and "per cent of 22" into percentages; keep a bare "percent" too."""
        text = self.text
        lex = lexicon()
        out: List[Number] = []
        points: List[Tuple[int, int]] = []
        for num in numbers:
            if num.kind != "number":
                out.append(num)
                continue
            p = lex.percentage_points.match(text, num.end, num.end + 24)
            if p:  # its unit comes from the units table
                out.append(num)
                points.append(p.span())
                continue
            m = lex.percent_after.match(text, num.end, num.end + 20)
            if m:
                out.append(attrs.evolve(num, end=m.end(), kind="percent"))
                continue
            b = lex.percent_before.search(text, max(0, num.start - 25), num.start)
            if b:
                out.append(attrs.evolve(num, start=b.start(), kind="percent"))
                continue
            out.append(num)
        covered = [(n.start, n.end) for n in out] + points
        alone = self.grammar["percent_alone"]
        for t in self.toks:
            if t.text.lower() in alone and not any(a <= t.start < b for a, b in covered) \
                    and not _in_url(text, t.start):
                out.append(Number(t.start, t.end, None, "percent"))
        out.sort(key=lambda n: n.start)
        return [n for n in out if not _in_url(text, n.start)]


_URL = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)


def _in_url(text: str, pos: int) -> bool:
    left = text.rfind(" ", 0, pos) + 1
    return bool(_URL.match(text, left, pos + 1))


@lru_cache(maxsize=1)
def height_pattern() -> Pattern[str]:
    """A height in feet and inches: feet, a feet mark, inches (0-11) and an inch mark or none
    (``height_*_marks`` in ``models/numbers/grammar.json``), with no digit, letter or mark around it
    ("the '90s" is none). The quantity layer reads it as one figure; the quote-mark finder knows its
    inch mark for no quotation mark."""
    grammar = lexicon().grammar
    feet = "|".join(map(re.escape, grammar["height_feet_marks"]))
    inch = "|".join(map(re.escape, sorted(grammar["height_inch_marks"], key=len, reverse=True)))
    return re.compile(rf"(?<![\w.,'\u2019\u2032])([1-8])(?:{feet})(1[01]|\d)(?![\d.,])(?:\s?(?:{inch}))?(?![\w%])")


@lru_cache(maxsize=1)
def anchors() -> Anchors:
    """A number holds a digit, a number word, a percent word or a character like "½"; the
    article, "and", "point" and "minus" only join such words."""
    lex = lexicon()
    words = list(lex.words) + lex.grammar["percent"] + lex.grammar["percent_alone"]
    return Anchors.of({"number": words}, {"number": NUMBER_CHARS}, {"number": (12, 12)})


def numbers(text: str, percents: bool = True, spans: Optional[Dict[str, List[Tuple[int, int]]]] = None) -> List[Number]:
    """Every number, ordinal and percentage in ``text`` (the parser alone, no judgement of context),
    read in windows around the words and characters a number can hold (``spans``: the windows of
    ``anchors()`` when the caller has them)."""
    if not isinstance(text, str):
        raise TypeError(f"numbers() takes str, got {type(text).__name__}")
    out: List[Number] = []
    for a, b in (spans or windows(text, anchors()))["number"]:
        found = Parser(text[a:b]).numbers(percents)
        out.extend(Number(n.start + a, n.end + a, n.value, n.kind, n.fraction, n.words) if a else n for n in found)
    return out
