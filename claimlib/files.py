"""Reading inputs for the command line: files, folders (recursively) and standard input.

HTML files are read as their visible text (scripts and styles dropped, block elements on their own
lines); offsets then refer to that text, which the outputs carry.
"""
from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator, List, Tuple, Union

SUFFIXES = (".txt", ".md", ".html", ".htm")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article", "header", "footer"}


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: List[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """The visible text of an HTML page, paragraphs separated by blank lines."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    out, blank = [], False
    for line in lines:
        if line:
            out.append(line)
            blank = False
        elif not blank and out:
            out.append("")
            blank = True
    return "\n".join(out).strip() + "\n"


def expand(paths: List[str]) -> List[str]:
    """Files named, files under folders named (sorted), and '-' for standard input."""
    out: List[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            out.extend(str(f) for f in sorted(path.rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            out.append(p)
    return out


def read(name: str) -> str:
    """The text of one input; raises OSError or UnicodeDecodeError for what cannot be read."""
    if name == "-":
        return sys.stdin.read()
    raw = Path(name).read_bytes()
    if b"\x00" in raw[:4096]:
        raise UnicodeDecodeError("utf-8", raw[:1], 0, 1, "binary file (NUL bytes)")
    text = raw.decode("utf-8")
    if Path(name).suffix.lower() in (".html", ".htm"):
        text = html_text(text)
    return text


def read_all(names: List[str], failures: List[str]) -> Iterator[Tuple[str, str]]:
    """(name, text) for every readable input; what fails is added to ``failures`` by name and skipped."""
    for name in names:
        try:
            yield name, read(name)
        except (OSError, UnicodeDecodeError) as e:
            reason = f"not UTF-8 text ({e.reason})" if isinstance(e, UnicodeDecodeError) else str(e)
            failures.append(f"{name}: {reason}")
            print(f"claimlib: skipped {name}: {reason}", file=sys.stderr)


def output_name(name: Union[str, Path], suffix: str) -> str:
    """A file name for one input's output: its stem plus ``suffix`` ("stdin" for '-')."""
    return ("stdin" if str(name) == "-" else Path(name).stem) + suffix
