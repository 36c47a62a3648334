"""Windows of a text around anchor words: the number and time layers read only the stretches that
can hold a match (a digit, a number word, a month…) instead of the whole article.

A window reaches a set number of characters before and after its anchors and then on to the next
whitespace, so a pattern's look-behind and look-ahead see the same characters as in the whole
text; overlapping windows merge.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Dict, Iterable, Iterator, List, Optional, Pattern, Tuple

import attrs

# Digits, "%" and the characters that are numbers ("½", "¾"): one scan serves the number and time layers.
NUMBER_CHARS = "[\\d%" + re.escape("".join(
    chr(c) for c in range(0x80, 0x3400)
    if unicodedata.category(chr(c)) == "No" and unicodedata.numeric(chr(c), None) is not None)) + "]+"


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` sharing prefixes (a space in a phrase matches any run of
    whitespace): the regex engine tries one branch per letter instead of every word in turn, and
    still tries the longest word first."""
    tree: Dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in " ".join(w.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: Dict[str, dict]) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    return walk(tree)


def _word_pattern(words: Iterable[str]) -> Pattern[str]:
    """Whole runs of letters, as the number and time patterns see words (a dot or a digit may touch
    them: "Jan.5", "U.S.Sept"); a little more than they need is harmless, less would lose matches."""
    return re.compile(r"(?<![A-Za-z])(" + trie(words) + r")(?![A-Za-z])", re.IGNORECASE)


@attrs.frozen
class Anchors:
    """Classes of anchors, each with the words (lower case; a phrase anchors on its last word) and
    characters that open its windows, and how far a match reaches before and after an anchor."""

    words: Dict[str, Tuple[str, ...]]
    chars: Tuple[Tuple[str, Pattern[str], Optional[Pattern[str]]], ...]  # class, scan, test at each hit
    reach: Dict[str, Tuple[int, int]]
    pattern: Pattern[str] = attrs.field(init=False)

    @pattern.default
    def _pattern(self) -> Pattern[str]:
        return _word_pattern(self.words)

    @classmethod
    def of(cls, words: Dict[str, Iterable[str]], chars: Dict[str, str],
           reach: Dict[str, Tuple[int, int]], tests: Optional[Dict[str, str]] = None) -> "Anchors":
        """``chars``: per class, a pattern for its anchor characters; ``tests``: per class, a pattern
        each such anchor must match where it starts (a scan shared by classes stays cheap)."""
        tests = tests or {}
        by_word: Dict[str, List[str]] = {}
        for name, phrases in words.items():
            for phrase in phrases:
                if phrase.strip():
                    by_word.setdefault(phrase.lower().split()[-1], []).append(name)
        return cls({w: tuple(names) for w, names in by_word.items()},
                   tuple((name, re.compile(p), re.compile(tests[name]) if name in tests else None)
                         for name, p in chars.items()), dict(reach))


def union(*sets: Anchors) -> Anchors:
    """One set of anchors with the classes of all (class names must differ): one scan finds all."""
    words: Dict[str, Tuple[str, ...]] = {}
    for a in sets:
        for w, names in a.words.items():
            words[w] = words.get(w, ()) + names
    return Anchors(words, tuple(c for a in sets for c in a.chars), {k: v for a in sets for k, v in a.reach.items()})


def word_spots(text: str, anchors: Anchors) -> Iterator[Tuple[int, str]]:
    """(start, lower-case anchor word) of every anchor word in ``text``."""
    for m in anchors.pattern.finditer(text):
        yield m.start(), m.group(1).lower()


def windows(text: str, anchors: Anchors,
            words: Optional[Iterable[Tuple[int, str]]] = None) -> Dict[str, List[Tuple[int, int]]]:
    """Per class, the merged (start, end) stretches of ``text`` around its anchors (``words``: the
    anchor words' (start, lower-case word), when the caller has found them, e.g. on a Doc's
    tokens)."""
    spots: Dict[str, List[int]] = {name: [] for name in anchors.reach}
    scans: Dict[Pattern[str], List[int]] = {}
    for name, pattern, test in anchors.chars:
        if pattern not in scans:
            scans[pattern] = [m.start() for m in pattern.finditer(text)]
        found = scans[pattern]
        spots[name].extend(found if test is None else (s for s in found if test.match(text, s)))
    by_word = anchors.words
    for start, word in (word_spots(text, anchors) if words is None else words):
        for name in by_word[word]:
            spots[name].append(start)
    return {name: _merged(text, sorted(found), *anchors.reach[name]) for name, found in spots.items()}


def _merged(text: str, spots: List[int], before: int, after: int) -> List[Tuple[int, int]]:
    n = len(text)
    out: List[Tuple[int, int]] = []
    for s in spots:
        if out and s + after <= out[-1][1]:
            continue
        a, b = _widen(text, s - before, s + after, n)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _widen(text: str, a: int, b: int, n: int) -> Tuple[int, int]:
    """Move a back to just after whitespace (or 0) and b on to whitespace (or the end)."""
    if a <= 0:
        a = 0
    else:
        while a > 0 and not text[a - 1].isspace():
            a -= 1
    if b >= n:
        b = n
    else:
        while b < n and not text[b].isspace():
            b += 1
    return a, b
