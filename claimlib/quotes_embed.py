"""The embed pass: a social-media post that scraped text keeps with its signature ("— Rosa Lind
(@RosaLindCllr) March 3, 2026", "A post shared by …"), on the line after the post or at its end, is
that account's, word for word.

The signature formats are data (``models/cues/embed_signatures.txt``); a picture link closing the
post ("pic.twitter.com/…", "https://t.co/…") is no part of what was said.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, List, Optional, Pattern

from .found import Chars, DocView, Found
from .marks import FAMILIES, LINE_SPACES

MAX_POST_CHARS = 2200  # an Instagram caption's limit; a longer paragraph is no embedded post
_SPACES = "[" + LINE_SPACES + "\n]*"
_LINKS = re.compile(r"(?:" + _SPACES + r"(?:pic\.twitter\.com/\S+|https?://\S+))+" + _SPACES + "$")
_OPENERS = FAMILIES["double"][0] + FAMILIES["double"][2]
_CLOSERS = FAMILIES["double"][1] + FAMILIES["double"][2]


def compile_signatures(patterns: Iterable[str]) -> List[Pattern[str]]:
    return [re.compile(p, re.MULTILINE) for p in sorted(patterns)]


def find(view: DocView, signatures: List[Pattern[str]]) -> Iterator[Found]:
    """One direct attribution per post that a signature closes."""
    text = view.text
    lines = sorted((m for sig in signatures for m in sig.finditer(text)), key=lambda m: m.start())
    for m in lines:
        content = _post_before(text, m.start())
        if content is not None and not any(s.start() < content[1] and content[0] < s.end() for s in lines):
            yield Found(kind="direct", content=content, source=m.span("name"), origin="embed")


def _post_before(text: str, sig: int) -> Optional[Chars]:
    """The post the signature at ``sig`` closes: the words before it on its line (back to a markup
    tag: '<tweet …>'), else the paragraph before its line."""
    line = max(text.rfind("\n", 0, sig), text.rfind(">", 0, sig)) + 1
    if text[line:sig].strip():
        return _post(text, line, sig)
    end = line
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    # the block since the last blank line; where no blank line parts the paragraphs, the last line
    blanks = "\n\n" in text or "\n \n" in text
    cut = max(text.rfind("\n\n", 0, end), text.rfind("\n \n", 0, end)) if blanks else text.rfind("\n", 0, end)
    return _post(text, cut + 1 if cut >= 0 else 0, end)


def _post(text: str, start: int, end: int) -> Optional[Chars]:
    """Characters ``start``..``end`` without the spaces and picture links at their ends and without
    the quote marks around them when they are one quotation; None when no word is left, or too many."""
    while start < end and text[start].isspace():
        start += 1
    link = _LINKS.search(text, start, end)
    if link is not None:
        end = link.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > MAX_POST_CHARS or not any(c.isalpha() for c in text[start:end]):
        return None
    if end - start > 2 and text[start] in _OPENERS and text[end - 1] in _CLOSERS:
        start, end = start + 1, end - 1
    return start, end
