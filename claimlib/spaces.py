"""Spaces other than the plain one (the no-break space scraped HTML keeps, thin and fixed-width
spaces) read as plain spaces before parsing: spaCy makes each a token of its own, which splits names
and clauses for the tagger and parser. One character stands for one (``models/tokenizer/
plain_spaces.txt``), so offsets into the text stay the same and an Article's spans keep the
original characters; ``extract`` and ``extract_many`` parse the plain text and report on the original.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict

from . import resources


@lru_cache(maxsize=1)
def _table() -> Dict[int, str]:
    return {point: " " for point in resources.read_code_points("tokenizer/plain_spaces.txt")}


def plain_spaces(text: str) -> str:
    """``text`` with every listed space a plain one, as long as ``text``."""
    return text.translate(_table())
