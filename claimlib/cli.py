"""The command line: ``claimlib extract`` and ``claimlib evaluate`` (also ``python -m claimlib``)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import List, Optional

EXTRACT_EXAMPLE = "example: claimlib extract docs/example_article.txt --format json"
EVALUATE_EXAMPLE = "example: claimlib evaluate ../shared/data/polnear/dev --misses misses.jsonl"


def _print_article(name: str, article, out) -> None:
    out.write(f"# {name}: {len(article.quotes)} quotes, {len(article.speakers)} speakers\n")
    for q in article.quotes:
        sp = article.speaker(q.speaker)
        who = f"{sp.name} ({sp.kind}{', ' + '; '.join(sp.roles) if sp.roles else ''})" if sp else "(no speaker)"
        content = " ".join(q.content.text.split())
        cue = f" [{q.cue.text}]" if q.cue else ""
        out.write(f"{q.kind:12} {who}{cue}: {content}\n")


def cmd_extract(args: argparse.Namespace) -> int:
    from . import extract_many, load

    nlp = load(args.model)
    names: List[str] = []
    texts: List[str] = []
    failed = []
    for p in args.paths:
        try:
            texts.append(sys.stdin.read() if p == "-" else Path(p).read_text(encoding="utf8"))
            names.append(p)
        except (OSError, UnicodeDecodeError) as e:
            failed.append(f"{p}: {e}")
            print(f"claimlib: skipped {p}: {e}", file=sys.stderr)
    out = sys.stdout
    for name, article in zip(names, extract_many(texts, nlp=nlp, batch_size=args.batch_size)):
        if args.format == "text":
            _print_article(name, article, out)
        else:
            data = article.to_dict()
            data["file"] = name
            out.write(json.dumps(data, ensure_ascii=False, indent=2 if args.format == "json" else None) + "\n")
        out.flush()
    if failed:
        print(f"claimlib: {len(failed)} input(s) skipped:\n  " + "\n  ".join(failed), file=sys.stderr)
        return 1
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_table, write_misses
    from .pipeline import load

    figures, misses = evaluate(Path(args.gold_dir), nlp=load(args.model), limit=args.limit, progress=sys.stderr.isatty())
    print(json.dumps(figures, indent=2) if args.format == "json" else format_table(figures))
    if args.misses:
        write_misses(misses, Path(args.misses))
        print(f"misses written to {args.misses}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimlib", description="Who said what in English news text.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the attributions of text files", epilog=EXTRACT_EXAMPLE)
    ex.add_argument("paths", nargs="+", help="text files, or - for standard input")
    ex.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    ex.add_argument("--model", default=None, help="spaCy pipeline name or path (default: best installed)")
    ex.add_argument("--batch-size", type=int, default=16)
    ex.set_defaults(func=cmd_extract)
    ev = sub.add_parser("evaluate", help="score against brat standoff annotations (PolNeAR layout)", epilog=EVALUATE_EXAMPLE)
    ev.add_argument("gold_dir", help="folder holding text/ and attributions/")
    ev.add_argument("--model", default=None)
    ev.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ev.add_argument("--format", choices=("table", "json"), default="table")
    ev.add_argument("--misses", default=None, help="write unmatched gold and predicted attributions here (JSONL)")
    ev.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
