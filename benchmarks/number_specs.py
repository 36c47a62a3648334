"""Score claimlib's number layer on Microsoft Recognizers-Text's English number specs.

Reads ``../shared/data/recognizers-number-en`` (NumberModel, PercentModel, NumberRangeModel); a case
passes when claimlib finds exactly the expected mentions, in order, with the same text (ignoring
case) and value. Prints the share of cases passed per model, and the failures with ``--failures``.
quantulum3, when installed (``pip install -e ".[bench]"``), is scored on the same cases.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from claimlib.ranges import intervals
from claimlib.numbers import numbers

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "recognizers-number-en"
Found = List[Tuple[str, Optional[str]]]


def _close(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _num(s: str) -> Optional[float]:
    return None if s in ("", "null", None) else float(s)


def _interval(s: str) -> Tuple[Optional[float], Optional[float], str, str]:
    low, high = s[1:-1].split(",")
    return _num(low), _num(high), s[0], s[-1]


def expected(case: dict, model: str) -> List[Tuple[str, object]]:
    out = []
    for r in case["Results"]:
        v = r["Resolution"].get("value")
        if model == "PercentModel":
            v = None if v in (None, "null") else float(v.rstrip("%"))
        elif model == "NumberRangeModel":
            v = _interval(v)
        else:
            v = float(v)
        out.append((r["Text"].lower(), v))
    return out


def claimlib_found(text: str, model: str) -> List[Tuple[str, object]]:
    if model == "NumberModel":
        return [(text[n.start:n.end].lower(), n.value) for n in numbers(text, percents=False) if n.kind == "number"]
    if model == "PercentModel":
        return [(text[n.start:n.end].lower(), n.value) for n in numbers(text) if n.kind == "percent"]
    out = []
    for r in intervals(text):
        out.append((text[r.start:r.end].lower(), (r.low, r.high, "[" if r.low_inclusive else "(",
                                                   "]" if r.high_inclusive else ")")))
    return out


def quantulum_found(text: str, model: str) -> List[Tuple[str, object]]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        if model == "PercentModel" and q.unit.name != "percentage":
            continue
        out.append((q.surface.lower(), q.value))
    return out if model != "NumberRangeModel" else []


def same(got: List[Tuple[str, object]], want: List[Tuple[str, object]], model: str) -> bool:
    if len(got) != len(want):
        return False
    for (gt, gv), (wt, wv) in zip(got, want):
        if gt.strip() != wt.strip():
            return False
        if model == "NumberRangeModel":
            if not isinstance(gv, tuple):
                return False
            if not (_close(gv[0], wv[0]) and _close(gv[1], wv[1])):
                return False
            # an open end has no bracket to compare
            if wv[0] is not None and gv[2] != wv[2]:
                return False
            if wv[1] is not None and gv[3] != wv[3]:
                return False
        elif not _close(gv, wv):
            return False
    return True


def score(folder: Path, finder: Callable[[str, str], list], failures: bool = False) -> Dict[str, Tuple[int, int]]:
    out = {}
    for model in ("NumberModel", "PercentModel", "NumberRangeModel"):
        cases = json.loads((folder / f"{model}.json").read_text(encoding="utf-8-sig"))
        passed = 0
        for case in cases:
            want = expected(case, model)
            try:
                got = finder(case["Input"], model)
            except Exception as exc:  # a peer library that raises fails the case
                got = [("<error>", repr(exc))]
            if same(got, want, model):
                passed += 1
            elif failures:
                print(f"FAIL {model}: {case['Input']!r}\n   want {want}\n   got  {got}")
        out[model] = (passed, len(cases))
    return out


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--failures", action="store_true", help="print every failed case")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"no specs at {args.folder}", file=sys.stderr)
        return 2
    finders = {"claimlib": claimlib_found}
    try:
        import quantulum3  # noqa: F401

        finders["quantulum3"] = quantulum_found
    except ImportError:
        pass
    targets = {"NumberModel": 0.95, "PercentModel": 0.90, "NumberRangeModel": 0.90}
    for name, finder in finders.items():
        result = score(args.folder, finder, failures=args.failures and name == "claimlib")
        for model, (passed, total) in result.items():
            line = f"{name:11s} {model:17s} {passed:4d}/{total:<4d} {passed / total:6.1%}"
            if name == "claimlib":
                line += f"   (target {targets[model]:.0%})"
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
