"""Memory over a long stream: N articles of our own through claimlib.extract_many, printing the
process's peak RSS after the first hundred and at the end. Prints figures; asserts nothing.

    python benchmarks/memory.py [N] [--blank]      # default 10000 articles, trained pipeline
"""
from __future__ import annotations

import resource
import sys
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


def main(n: str = "10000", *flags: str) -> None:
    nlp = pipeline.add_components(pipeline.blank()) if "--blank" in flags else claimlib.load()
    total = int(n)
    started = time.perf_counter()
    after_100 = None
    quotes = 0
    for k, art in enumerate(claimlib.extract_many((article(i) for i in range(total)), nlp=nlp, batch_size=64), 1):
        quotes += len(art.quotes)
        if k == 100:
            after_100 = peak_mb()
    end = peak_mb()
    print(f"{total} articles, {quotes} quotes, {time.perf_counter() - started:.0f} s")
    print(f"peak RSS after 100: {after_100:.1f} MB; at the end: {end:.1f} MB; growth {end - after_100:.1f} MB (target < 50)")


if __name__ == "__main__":
    main(*sys.argv[1:])
