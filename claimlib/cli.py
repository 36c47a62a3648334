"""The command line: ``claimlib extract``, ``render`` and ``evaluate`` (also ``python -m claimlib``)."""
from __future__ import annotations

import argparse
import contextlib
import csv
import json
import sys
from pathlib import Path
from typing import IO, Iterator, List, Optional

from .marks import reporter_gap

EXTRACT_EXAMPLES = """examples:
  claimlib extract docs/example_article.txt
  claimlib extract articles/ --format csv --out quotes.csv
  claimlib extract articles/ --format html --out pages/
  cat article.txt | claimlib extract - --format jsonl"""
RENDER_EXAMPLE = "example: claimlib render docs/example_article.txt --out example.html"
EVALUATE_EXAMPLE = "example: claimlib evaluate ../shared/data/polnear/dev --misses misses.jsonl --misses-html misses.html"


def _said(text: str, quote) -> str:
    """The content's words without the reporter's between two quotations of one attribution
    ('"…likely," the committee said. "Our units …"' shows as '"…likely," […] "Our units …"')."""
    c = quote.content
    gap = reporter_gap(text, (c.start, c.end), (quote.cue.start, quote.cue.end)) if quote.parts else None
    if gap is None:
        return c.text
    return f"{text[c.start:gap[0]].rstrip()} [\u2026] {text[gap[1]:c.end].lstrip()}"


def _print_article(name: str, article, out: IO[str]) -> None:
    out.write(f"# {name}: {len(article.quotes)} quotes, {len(article.speakers)} speakers, {len(article.claims)} claims\n")
    for q in article.quotes:
        sp = article.speaker(q.speaker)
        who = f"{sp.name} ({sp.kind}{', ' + '; '.join(sp.roles) if sp.roles else ''})" if sp else "(no speaker)"
        cue = f" [{q.cue.text}]" if q.cue else ""
        out.write(f"{q.kind:12} {who}{cue}: {' '.join(_said(article.text, q).split())}\n")
    for c in article.claims:
        sp = article.speaker(c.speaker)
        q = c.quantity
        what = f" {c.counted.text}" if c.counted and not c.text.start <= c.counted.start < c.text.end else ""
        extra = [q.qualifier] if q.qualifier else []
        extra += [f"of {c.total:g}"] if c.total is not None else []
        extra += [t.text for t in c.time]
        who = sp.name if sp else "(unnamed source)" if c.quote is not None else "(reporter)"
        out.write(f"{'claim':12} {who}: {q.text.text}{what}"
                  f"{' (' + ', '.join(extra) + ')' if extra else ''}\n")


@contextlib.contextmanager
def _opened(out: Optional[str]) -> Iterator[IO[str]]:
    if out is None or out == "-":
        yield sys.stdout
    else:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf8", newline="") as f:
            yield f


def _progress(iterable, total: int, desc: str):
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit="article", disable=total <= 1 or not sys.stderr.isatty())


def cmd_extract(args: argparse.Namespace) -> int:
    from . import extract_many, files, load
    from .export import csv_rows, header
    from .render import render

    names = files.expand(args.paths)
    if not names:
        print("claimlib: no input files found", file=sys.stderr)
        return 2
    html_dir = args.format == "html" and (len(names) > 1 or (args.out and Path(args.out).is_dir()))
    if html_dir and not args.out:
        print("claimlib: --format html over several inputs needs --out DIR", file=sys.stderr)
        return 2
    failures: List[str] = []
    read_names: List[str] = []

    def texts() -> Iterator[str]:
        for name, text in files.read_all(names, failures):
            read_names.append(name)
            yield text

    nlp = load(args.model)
    articles = extract_many(texts(), nlp=nlp, batch_size=args.batch_size, n_process=args.n_process)
    done = 0
    if html_dir:
        out_dir = Path(args.out)
        out_dir.mkdir(parents=True, exist_ok=True)
        for k, article in enumerate(_progress(articles, len(names), "extract")):
            (out_dir / files.output_name(read_names[k], ".html")).write_text(render(article, read_names[k]), encoding="utf8")
            done += 1
    else:
        with _opened(args.out) as out:
            writer = csv.DictWriter(out, fieldnames=header()) if args.format == "csv" else None
            if writer:
                writer.writeheader()
            if args.format == "json":
                out.write("[\n")
            for k, article in enumerate(_progress(articles, len(names), "extract")):
                name = read_names[k]
                if args.format == "text":
                    _print_article(name, article, out)
                elif args.format == "html":
                    out.write(render(article, name))
                elif writer:
                    writer.writerows(csv_rows(name, article))
                else:
                    data = article.to_dict()
                    data["file"] = name
                    sep = ",\n" if args.format == "json" and done else ""
                    out.write(sep + json.dumps(data, ensure_ascii=False) + ("" if args.format == "json" else "\n"))
                done += 1
                out.flush()
            if args.format == "json":
                out.write("\n]\n")
    if failures:
        print(f"claimlib: {done} article(s) written, {len(failures)} input(s) skipped:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from . import extract, files, load
    from .render import render

    try:
        text = files.read(args.path)
    except (OSError, UnicodeDecodeError) as e:
        print(f"claimlib: cannot read {args.path}: {e}", file=sys.stderr)
        return 1
    page = render(extract(text, nlp=load(args.model)), args.path)
    with _opened(args.out) as out:
        out.write(page)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_table, write_misses, write_misses_html
    from .pipeline import load

    figures, misses = evaluate(Path(args.gold_dir), nlp=load(args.model), limit=args.limit, progress=sys.stderr.isatty())
    print(json.dumps(figures, indent=2) if args.format == "json" else format_table(figures))
    if args.misses:
        write_misses(misses, Path(args.misses))
        print(f"misses written to {args.misses}", file=sys.stderr)
    if args.misses_html:
        write_misses_html(misses, Path(args.misses_html))
        print(f"misses written to {args.misses_html}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimlib", description="Who said what in English news text.",
                                     epilog="Run 'claimlib COMMAND --help' for a command's options and examples.")
    sub = parser.add_subparsers(dest="command", required=True)
    raw = argparse.RawDescriptionHelpFormatter

    ex = sub.add_parser("extract", help="attributions of files, folders or standard input", epilog=EXTRACT_EXAMPLES, formatter_class=raw)
    ex.add_argument("paths", nargs="+", help="files, folders (searched for *.txt, *.md, *.html), or - for standard input")
    ex.add_argument("--format", choices=("text", "jsonl", "json", "csv", "html"), default="text",
                    help="text (default, for reading), jsonl (one article a line), json, csv (one row a quote or claim), html")
    ex.add_argument("--out", default=None, help="output file (a folder for html over several inputs); default standard output")
    ex.add_argument("--model", default=None, help="spaCy pipeline name or path (default: best installed)")
    ex.add_argument("--batch-size", type=int, default=16)
    ex.add_argument("--n-process", type=int, default=1)
    ex.set_defaults(func=cmd_extract)

    rd = sub.add_parser("render", help="the HTML view of one article", epilog=RENDER_EXAMPLE)
    rd.add_argument("path", help="a text, Markdown or HTML file, or - for standard input")
    rd.add_argument("--out", default=None, help="the page to write; default standard output")
    rd.add_argument("--model", default=None)
    rd.set_defaults(func=cmd_render)

    ev = sub.add_parser("evaluate", help="score against brat standoff annotations (PolNeAR layout)", epilog=EVALUATE_EXAMPLE)
    ev.add_argument("gold_dir", help="folder holding text/ and attributions/")
    ev.add_argument("--model", default=None)
    ev.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ev.add_argument("--format", choices=("table", "json"), default="table")
    ev.add_argument("--misses", default=None, help="write unmatched gold and predicted attributions here (JSONL)")
    ev.add_argument("--misses-html", default=None, help="the same misses as an HTML table")
    ev.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
