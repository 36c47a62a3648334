"""Reading claimlib's rule data (word lists under ``models/``) through one helper.

In a wheel the folder is ``claimlib/models`` (hatchling force-include); in a source checkout it is
the repository's ``models/`` beside the package.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Dict, List, Tuple

from .errors import Errors


@lru_cache(maxsize=1)
def models_dir() -> Path:
    """The folder holding claimlib's rule data."""
    packaged = Path(str(resources.files("claimlib"))) / "models"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "models"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(Errors.E002.format(name="models/", where=f"{packaged} and {checkout}"))


def path(name: str) -> Path:
    p = models_dir() / name
    if not p.is_file():
        raise FileNotFoundError(Errors.E002.format(name=name, where=models_dir()))
    return p


def _content_lines(name: str) -> List[Tuple[int, str]]:
    out = []
    for n, line in enumerate(path(name).read_text(encoding="utf8").splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((n, line))
    return out


def read_list(name: str) -> List[str]:
    """A word list: one entry a line, '#' comments and blank lines skipped, lower-cased."""
    return [line.lower() for _, line in _content_lines(name)]


def read_code_points(name: str) -> List[int]:
    """Characters written as code points, one a line ("U+00A0"), '#' comments and blank lines
    skipped; a line that is no code point fails here, with its file and line."""
    out = []
    for n, line in _content_lines(name):
        if not re.fullmatch(r"U\+[0-9A-Fa-f]{4,6}", line):
            raise ValueError(Errors.E004.format(name=name, line=n, reason="not a code point like U+00A0"))
        out.append(int(line[2:], 16))
    return out


def read_patterns(name: str) -> List[str]:
    """Regular expressions, one a line as written (case kept), '#' comments and blank lines skipped;
    a line that does not compile fails here, with its file and line."""
    out = []
    for n, line in _content_lines(name):
        try:
            re.compile(line)
        except re.error as e:
            raise ValueError(Errors.E004.format(name=name, line=n, reason=f"not a regular expression: {e}")) from e
        out.append(line)
    return out


def read_table(name: str) -> List[List[str]]:
    """A tab-separated table, '#' comments skipped."""
    rows = []
    for n, line in _content_lines(name):
        cols = line.split("\t")
        if len(cols) < 2:
            raise ValueError(Errors.E004.format(name=name, line=n, reason="expected tab-separated columns"))
        rows.append(cols)
    return rows


def read_json(name: str) -> Dict[str, Any]:
    """A JSON object; keys starting with '_' (provenance notes) are dropped."""
    data = json.loads(path(name).read_text(encoding="utf8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}
