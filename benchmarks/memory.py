"""Memory over a long stream: N articles of our own through claimlib.extract_many, printing the
process's peak RSS after the first hundred and at the end. Prints figures; asserts nothing.

    python benchmarks/memory.py [N] [--blank]      # default 10000 articles, trained pipeline
"""
from __future__ import annotations

import argparse
import resource
import time

import claimlib
from claimlib import pipeline

PEOPLE = ["Lena Park", "Omar Haddad", "Ruth Ames", "Paul Otto", "Ana Lopes", "Ivo Rask", "Dana Kim", "Tom Reyes"]
PLACES = ["harbour", "dam", "bridge", "school", "market", "station", "clinic", "depot"]


def article(i: int) -> str:
    """A different short article each time (new numbers and name pairs keep the vocabulary growing a little)."""
    who, other = PEOPLE[i % 8], PEOPLE[(i // 8) % 8]
    place = PLACES[(i // 3) % 8]
    return (f"The {place} reopened on day {i} after {i % 97} weeks of repairs.\n\n"
            f"\u201cWe expect {i * 7 % 1000} visitors a week,\u201d said {who}, a council member.\n\n"
            f"{other} said that the repairs had cost {i % 50 + 3} million, according to the city's budget office. "
            f"{who.split()[1]} added that more work was planned for {1990 + i % 35}.")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(total: int = 10000, blank: bool = False) -> None:
    if total < 1:
        raise SystemExit("N must be at least 1")
    nlp = pipeline.add_components(pipeline.blank()) if blank else claimlib.load()
    started = time.perf_counter()
    after_100 = None
    quotes = 0
    for k, art in enumerate(claimlib.extract_many((article(i) for i in range(total)), nlp=nlp, batch_size=64), 1):
        quotes += len(art.quotes)
        if k == min(100, total):
            after_100 = peak_mb()
    end = peak_mb()
    print(f"{total} articles, {quotes} quotes, {time.perf_counter() - started:.0f} s")
    print(f"peak RSS after {min(100, total)}: {after_100:.1f} MB; at the end: {end:.1f} MB; growth {end - after_100:.1f} MB (target < 50)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=10000, help="how many articles (default 10000)")
    ap.add_argument("--blank", action="store_true", help="the blank pipeline instead of the trained one")
    args = ap.parse_args()
    main(args.n, args.blank)
