"""Who is credited with each figure: claimlib's claims against PolNeAR's attributions.

    python benchmarks/claims.py [GOLD_DIR]      # default ../shared/data/polnear/dev

A figure is a run of digits ("1,037", "4.8", "2016"). Gold: a figure inside an annotated content
belongs to that attribution's source (the narrowest content, when they nest); any other figure is the
reporter's. A claim is credited correctly when its quote's source (or a mention of its speaker)
overlaps the gold source, when both say "reporter", or, for a gold attribution without a source, when
the claim is in some attribution. Prints:
- credit share over claims matched to figures (the target, ≥ 0.90), and over every figure, a figure
  that is no claim counting as the reporter's;
- the share of figures inside contents found as claims (target ≥ 0.95), leaving out what the issue
  says is no claim (years, "Nov. 8" days, clock times, durations, ages, ordinals, digits in names);
  and the same share with them;
- the score of crediting every figure to the reporter, for scale.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Optional, Tuple

from claimlib.api import extract_many
from claimlib.brat import GoldDoc, read_corpus
from claimlib.pipeline import load
from claimlib.types import Article, NumericClaim

FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$")
Pieces = Tuple[Tuple[int, int], ...]


# a month and a day with a slash ("the 9/11 attacks"); the figure is either side of it
MONTH_DAY = re.compile(r"(?<![\d/])(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?![\d/])")
DURATION = re.compile(r"^\s*-?\s*(?:second|minute|hour|day|night|week|month|year|decade)s?(?![a-z])", re.IGNORECASE)


def is_date_like(text: str, a: int, b: int) -> bool:
    """What the claims issue says is no claim: years, days after a month name, clock times ("2:30",
    "6 o'clock"), durations and ages ("for 14 years", "a 26-year-old"), ordinals ("12th"), digits in
    names ("HB2") and a month and day written with a slash ("9/11")."""
    s = text[a:b]
    if any(m.start() <= a and b <= m.end() for m in MONTH_DAY.finditer(text, max(0, a - 3), b + 3)):
        return True
    return bool(re.fullmatch(r"(?:1[5-9]|20)\d\d", s) or MONTH.search(text[max(0, a - 12):a])
                or text[b:b + 1] == ":" or text[a - 1:a] == ":" or DURATION.match(text[b:b + 12])
                or re.match(r"\s*o['\u2019]clock", text[b:b + 9], re.IGNORECASE)
                or re.match(r"\s*[ap]\.?m\b", text[b:b + 6], re.IGNORECASE)
                or re.search(r"(?:[A-Z]+-|\bage[d]? )$", text[max(0, a - 6):a])
                or text[b:b + 1].isalpha() or text[a - 1:a].isalpha()
                or re.match(r",\s*$", text[max(0, a - 2):a]) and text[b:b + 1] == "," and len(s) <= 2)


def gold_owner(doc: GoldDoc, a: int, b: int) -> Tuple[bool, Optional[Pieces]]:
    """(inside a content, the source pieces of the narrowest content holding the figure)."""
    best = None
    for r in doc.relations:
        for x, y in r.content:
            if x <= a and b <= y and (best is None or y - x < best[0]):
                best = (y - x, r)
    if best is None:
        return False, None
    return True, best[1].source


def _overlaps(span, pieces: Pieces) -> bool:
    return span is not None and any(span.start < y and x < span.end for x, y in pieces)


def credited(article: Article, claim: Optional[NumericClaim], inside: bool, source: Optional[Pieces]) -> bool:
    said_by_someone = claim is not None and claim.quote is not None
    if not inside:
        return not said_by_someone
    if not said_by_someone:
        return False
    if source is None:
        return True
    if _overlaps(claim.source, source):
        return True
    speaker = article.speaker(claim.speaker) if claim.speaker is not None else None
    return speaker is not None and any(_overlaps(m, source) for m in speaker.mentions)


def main(gold: str = "../shared/data/polnear/dev") -> None:
    started = time.perf_counter()
    docs = list(read_corpus(Path(gold)))
    articles = list(extract_many([d.text for d in docs], nlp=load(), progress=sys.stderr.isatty()))
    matched = right = every = every_right = 0
    inside_total = inside_found = inside_all = inside_all_found = 0
    reporter_right = 0
    for doc, article in zip(docs, articles):
        for m in FIGURE.finditer(doc.text):
            a, b = m.span()
            inside, source = gold_owner(doc, a, b)
            claim = next((c for c in article.claims if c.text.start < b and a < c.text.end), None)
            ok = credited(article, claim, inside, source)
            every += 1
            every_right += ok
            reporter_right += not inside
            if claim is not None:
                matched += 1
                right += ok
            if inside:
                inside_all += 1
                inside_all_found += claim is not None
                if not is_date_like(doc.text, a, b):
                    inside_total += 1
                    inside_found += claim is not None
    print(f"PolNeAR {gold}: {len(docs)} articles, {every} figures, {matched} of them found as claims")
    print(f"credit share, claims matched to figures   {right / max(matched, 1):.3f}  (target 0.90)")
    print(f"credit share, every figure                {every_right / max(every, 1):.3f}")
    print(f"everything to the reporter, for scale     {reporter_right / max(every, 1):.3f}")
    print(f"figures in contents found as claims       {inside_found / max(inside_total, 1):.3f}  "
          f"({inside_found}/{inside_total}; target 0.95; dates, times, durations, ages, ordinals, names left out)")
    print(f"  the same, with all of those            {inside_all_found / max(inside_all, 1):.3f}  "
          f"({inside_all_found}/{inside_all})")
    print(f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default="../shared/data/polnear/dev", help="a folder in PolNeAR's layout")
    main(ap.parse_args().gold)
