"""Accuracy on PolNeAR dev (or any folder in its layout): prints the figures of the core issue's targets.

    python benchmarks/accuracy.py [GOLD_DIR]      # default ../shared/data/polnear/dev
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from claimlib.evaluate import evaluate, format_table
from claimlib.pipeline import load

TARGETS = {"content": 0.70, "end_to_end": 0.60}


def main(gold: str = "../shared/data/polnear/dev") -> None:
    started = time.perf_counter()
    figures, _ = evaluate(Path(gold), nlp=load(), progress=sys.stderr.isatty())
    print(format_table(figures))
    for key, target in TARGETS.items():
        f1 = figures[key]["f1"]
        print(f"{key} F1 {f1:.4f} (target {target:.2f}: {'met' if f1 >= target else 'not met'})")
    print(f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default="../shared/data/polnear/dev", help="a folder in PolNeAR's layout")
    main(ap.parse_args().gold)
