"""Which tokens of a Doc carry one of a set of string hashes, tested for all tokens at once.

``numpy.isin`` sorts both arrays on every call; the key set is fixed at load time, so it is sorted
once and each Doc costs one binary search per token.
"""
from __future__ import annotations

from typing import Iterable, List

import numpy


def key_array(hashes: Iterable[int]) -> numpy.ndarray:
    """The keys, sorted and unique, ready for ``member``."""
    return numpy.array(sorted(set(hashes)), dtype="uint64")


def member(values: numpy.ndarray, keys: numpy.ndarray) -> numpy.ndarray:
    """A boolean array: which ``values`` are among the sorted ``keys``."""
    if not len(keys):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(keys, values)
    at[at == len(keys)] = 0
    return keys[at] == values


def positions(view, word: str) -> List[int]:
    """Indices of the tokens whose lower-cased form is ``word`` (a ``found.DocView``'s word array,
    column 1), found with one array comparison."""
    return numpy.nonzero(view.words[:, 1] == view.doc.vocab.strings.add(word))[0].tolist()
