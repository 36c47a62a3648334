"""Sentence starts the parser keeps: a line break always starts a new sentence, so does the word
after a dateline's dash ("PORT ELLIS, Maine (AP) — The town …"), and a name after an abbreviated
title the tokenizer split from its period ("Sens." is "Sens" + ".") never does.

Runs before the parser (which keeps boundaries set before it), so headlines, captions and
boilerplate lines never run into the article's first sentence, and "… followed by Sens. Lin and
Ortiz, 11 and 8 percent" stays one sentence.
"""
from __future__ import annotations

from typing import Iterable, List, Mapping, Tuple

import numpy
from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from .hashes import key_array, member
from .lexicon import LexiconComponent


DASHES = ("\u2014", "\u2013", "--", "-")  # not the horizontal bar of marks.LONG_DASHES: see docs/limits.md
DATELINE_PUNCT = (",", "(", ")")
MAX_DATELINE = 10  # tokens before the dash: "LOS ANGELES , Sept. 28 ( UPI )" is eight


def dateline_end(doc: Doc, j: int) -> int:
    """The index of the first word after a dateline opening a line at token j ("WASHINGTON (AP) —",
    "DES MOINES, Iowa —", "PORT ELLIS, Jan. 14 —": a place in capitals, then capitalised words, a
    day's number, commas or an agency in brackets, then a dash), or -1 when the line opens
    otherwise."""
    first = doc[j]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return -1
    for k in range(j + 1, min(len(doc) - 1, j + MAX_DATELINE + 1)):
        tok = doc[k]
        if tok.text in DASHES:
            nxt = doc[k + 1]
            return k + 1 if nxt.text[:1].isupper() or not nxt.is_alpha else -1
        if tok.text not in DATELINE_PUNCT and not tok.text[:1].isupper() and not tok.is_digit:
            return -1
    return -1


class SentenceStarts(LexiconComponent):
    """Sets ``is_sent_start`` on the first token after every line break and after a dateline's
    dash, and clears it on a capitalised word after one of the ``split_abbreviations`` and its
    period."""

    def __init__(self, nlp: Language, name: str = "claimlib_sentences", *, lists: Mapping[str, Iterable[str]]):
        self.nlp = nlp
        self.name = name
        self.set_lexicon(lists)

    def on_lexicon(self) -> None:
        strings = self.nlp.vocab.strings
        self._abbreviations = key_array(strings.add(w) for w in self.lexicon.get("split_abbreviations", ()))
        self._period = strings.add(".")

    def find(self, doc: Doc) -> Tuple[List[int], List[int]]:
        """(tokens that start a sentence, tokens that do not)."""
        arr = doc.to_array([LOWER, IS_SPACE])
        n = len(doc)
        starts = []
        lines = [0] if n else []
        for i in numpy.nonzero(arr[:, 1])[0].tolist():  # only whitespace tokens are visited
            if "\n" in doc[i].text:
                j = i + 1
                while j < n and doc[j].is_space:
                    j += 1
                if j < n:
                    starts.append(j)
                    lines.append(j)
        starts += [k for k in (dateline_end(doc, j) for j in lines) if k > 0]
        # "Sens" "." "Lin": an abbreviation, its period right after it, then a capitalised word (not
        # one in capitals: "filed with the SEC. The" ends a sentence)
        after = numpy.nonzero(member(arr[:-2, 0], self._abbreviations) & (arr[1:-1, 0] == self._period))[0] + 2
        inside = [j for j in after.tolist()
                  if not doc[j - 2].whitespace_ and doc[j].text[:1].isupper() and not doc[j - 2].is_upper]
        return starts, inside

    def set_annotations(self, doc: Doc, found: Tuple[List[int], List[int]]) -> None:
        starts, inside = found
        for j in starts:
            doc[j].is_sent_start = True
        for j in inside:
            doc[j].is_sent_start = False
