"""Tokenizer infixes that split punctuation glued to its words, as scraped text has it ('said:"We
will', 'shelters,"said Ruiz', 'rose 8%,the operator said'): spaCy's English tokenizer keeps each such
run one token, which hides a quotation, its cue and source, or a figure. ``claimlib.load()`` adds
them; own pipelines can call ``split_glued_punctuation(nlp)`` before adding claimlib's components.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Tuple

from spacy.language import Language

from .errors import Warnings, warn
from .resources import read_patterns


@lru_cache(maxsize=1)
def glued_punctuation_infixes() -> Tuple[str, ...]:
    """The infix patterns of ``models/tokenizer/glued_punctuation.txt`` (``re`` reads their ``\\u``
    escapes itself)."""
    return tuple(read_patterns("tokenizer/glued_punctuation.txt"))


def split_glued_punctuation(nlp: Language) -> Language:
    """Add the glued-punctuation infixes to ``nlp``'s tokenizer (once: a second call changes nothing)."""
    tokenizer = nlp.tokenizer
    current = getattr(tokenizer, "infix_finditer", False)
    old = "" if current is None else getattr(getattr(current, "__self__", None), "pattern", None)
    if not isinstance(old, str):
        warn(Warnings.W003)  # a tokenizer of its own, or infixes that are a function of their own
        return nlp
    new = [p for p in glued_punctuation_infixes() if p not in old]
    if new:
        tokenizer.infix_finditer = re.compile("|".join(([old] if old else []) + new)).finditer
    return nlp
