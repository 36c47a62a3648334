"""Words per second of the base pipeline alone and with claimlib's components, alternating in one
process over the same texts, and of the blank-pipeline fast path. Prints figures; asserts nothing.

    python benchmarks/speed.py [TEXT_DIR] [ROUNDS]   # default ../shared/data/polnear/dev/text, 3
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy

from claimlib import pipeline


def words_per_second(nlp, texts, n_words: int) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return n_words / (time.perf_counter() - started)


def main(folder: str = "../shared/data/polnear/dev/text", rounds: str = "3") -> None:
    texts = [p.read_text(encoding="utf8") for p in sorted(Path(folder).glob("*.txt"))]
    n_words = sum(len(t.split()) for t in texts)
    name = pipeline.best_installed()
    base = spacy.load(name)
    full = pipeline.add_components(spacy.load(name))
    blank = pipeline.add_components(pipeline.blank())
    print(f"{len(texts)} texts, {n_words} words, base pipeline {name}")
    ratios = []
    for r in range(int(rounds)):
        b = words_per_second(base, texts, n_words)
        f = words_per_second(full, texts, n_words)
        ratios.append(f / b)
        print(f"round {r + 1}: base {b:,.0f} w/s, with claimlib {f:,.0f} w/s, ratio {f / b:.3f}")
    print(f"median ratio {sorted(ratios)[len(ratios) // 2]:.3f} (claimlib's share of the time: {1 - sorted(ratios)[len(ratios) // 2]:.1%})")
    print(f"blank pipeline with claimlib: {words_per_second(blank, texts, n_words):,.0f} w/s")


if __name__ == "__main__":
    main(*sys.argv[1:])
