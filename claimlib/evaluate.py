"""Evaluation against brat standoff attribution annotations (the PolNeAR layout).

The measure (``shared/data/README.md``): a predicted content matches a gold content when their
character Jaccard overlap, after trimming quote marks, punctuation and spaces at the edges, is at
least 0.5, matched one to one, best overlap first. Source accuracy is the share of matched relations
with a gold source whose predicted source overlaps it; end-to-end F1 counts a match only when the
source is also right (or the gold has none).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

import attrs
from spacy.language import Language

from .api import extract_many
from .brat import GoldDoc, GoldRelation, read_corpus
from .marks import QUOTE_CHARS, find_quotes, outermost
from .types import Article

_EDGE_STRIP = set(" \t\r\n\u00a0.,;:!?-\u2014\u2013()[]") | set(QUOTE_CHARS)
MIN_JACCARD = 0.5


def char_set(text: str, pieces: Iterable[Tuple[int, int]]) -> FrozenSet[int]:
    """The characters of a (possibly discontinuous) span, trimmed of marks, punctuation and spaces at the edges."""
    chars = sorted(i for s, e in pieces for i in range(s, e))
    while chars and text[chars[0]] in _EDGE_STRIP:
        chars.pop(0)
    while chars and text[chars[-1]] in _EDGE_STRIP:
        chars.pop()
    return frozenset(chars)


def jaccard(a: FrozenSet[int], b: FrozenSet[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def match(gold: Sequence[FrozenSet[int]], pred: Sequence[FrozenSet[int]], threshold: float = MIN_JACCARD) -> Dict[int, int]:
    """One-to-one matches gold index -> predicted index, best overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g and p and min(g) < max(p) and min(p) < max(g):
                j = jaccard(g, p)
                if j >= threshold:
                    pairs.append((j, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, out = set(), set(), {}
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


def _overlaps(a: Optional[Sequence[Tuple[int, int]]], b: Optional[Tuple[int, int]]) -> bool:
    if not a or b is None:
        return False
    return any(s < b[1] and b[0] < e for s, e in a)


def gold_kind(text: str, rel: GoldRelation, regions) -> str:
    """The kind a gold relation would have in claimlib's terms (for the breakdown)."""
    cue = " ".join(text[s:e] for s, e in rel.cue or ()).lower()
    if "according" in cue:
        return "according_to"
    chars = [i for s, e in rel.content for i in range(s, e) if text[i].isalnum()]
    if not chars:
        return "indirect"
    inside = sum(1 for i in chars if any(r.inner_start <= i < r.inner_end for r in regions))
    share = inside / len(chars)
    return "direct" if share >= 0.9 else "mixed" if share > 0 else "indirect"


@attrs.frozen
class Score:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> Dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "predicted": self.n_pred, "gold": self.n_gold}


def _span_score(gold: List[List[Tuple[int, int]]], pred: List[Tuple[int, int]]) -> Tuple[int, int, int]:
    """Cue or source spans: one-to-one matches by any overlap."""
    used, tp = set(), 0
    for g in gold:
        for pi, p in enumerate(pred):
            if pi not in used and _overlaps(g, p):
                used.add(pi)
                tp += 1
                break
    return tp, len(pred), len(gold)


def evaluate_docs(golds: Sequence[GoldDoc], articles: Sequence[Article]) -> Tuple[Dict, List[Dict]]:
    """Figures over a corpus, and the misses (unmatched gold and predicted, wrong sources)."""
    content_tp = e2e_tp = n_pred = n_gold = 0
    src_right = src_total = 0
    cue_counts = [0, 0, 0]
    source_counts = [0, 0, 0]
    by_gold_kind: Counter = Counter()
    by_gold_kind_hit: Counter = Counter()
    by_pred_kind: Counter = Counter()
    by_pred_kind_hit: Counter = Counter()
    misses: List[Dict] = []
    unattributed = 0
    for gold, art in zip(golds, articles):
        text = gold.text
        unattributed += sum(1 for q in art.quotes if q.cue is None and q.source is None)
        art = attributions_only(art)
        regions = outermost(find_quotes(text))
        gsets = [char_set(text, r.content) for r in gold.relations]
        psets = [char_set(text, [(p.start, p.end) for p in q.said()]) for q in art.quotes]
        m = match(gsets, psets)
        n_gold += len(gsets)
        n_pred += len(psets)
        content_tp += len(m)
        matched_p = set(m.values())
        for gi, rel in enumerate(gold.relations):
            kind = gold_kind(text, rel, regions)
            by_gold_kind[kind] += 1
            if gi not in m:
                misses.append({"file": gold.name, "miss": "gold", "kind": kind, "content": _text(text, rel.content),
                               "source": _text(text, rel.source), "cue": _text(text, rel.cue)})
                continue
            by_gold_kind_hit[kind] += 1
            q = art.quotes[m[gi]]
            src = (q.source.start, q.source.end) if q.source else None
            if rel.source:
                src_total += 1
                ok = _overlaps(rel.source, src)
                src_right += ok
                if not ok:
                    misses.append({"file": gold.name, "miss": "source", "kind": kind, "content": q.content.text,
                                   "source": _text(text, rel.source), "predicted_source": q.source and q.source.text})
            else:
                ok = True
            e2e_tp += ok
        for pi, q in enumerate(art.quotes):
            by_pred_kind[q.kind] += 1
            if pi in matched_p:
                by_pred_kind_hit[q.kind] += 1
            else:
                misses.append({"file": gold.name, "miss": "predicted", "kind": q.kind, "content": q.content.text,
                               "source": q.source and q.source.text})
        for counts, gold_spans, pred_spans in (
            (cue_counts, [r.cue for r in gold.relations if r.cue], [(q.cue.start, q.cue.end) for q in art.quotes if q.cue]),
            (source_counts, [r.source for r in gold.relations if r.source], [(q.source.start, q.source.end) for q in art.quotes if q.source]),
        ):
            for k, v in enumerate(_span_score(gold_spans, pred_spans)):
                counts[k] += v
    figures = {
        "documents": len(golds),
        "unattributed_quotes_left_out": unattributed,
        "content": Score(content_tp, n_pred, n_gold).to_dict(),
        "cue": Score(*cue_counts).to_dict(),
        "source": Score(*source_counts).to_dict(),
        "source_accuracy": round(src_right / src_total, 4) if src_total else 0.0,
        "end_to_end": Score(e2e_tp, n_pred, n_gold).to_dict(),
        "recall_by_gold_kind": {k: {"gold": by_gold_kind[k], "recall": round(by_gold_kind_hit[k] / by_gold_kind[k], 4)} for k in sorted(by_gold_kind)},
        "precision_by_kind": {k: {"predicted": by_pred_kind[k], "precision": round(by_pred_kind_hit[k] / by_pred_kind[k], 4)} for k in sorted(by_pred_kind)},
    }
    return figures, misses


def attributions_only(article: Article) -> Article:
    """Quotations with neither cue nor source (scare quotes, titles) are not attribution relations in
    PolNeAR's sense: the measure leaves them out and counts them apart."""
    return attrs.evolve(article, quotes=[q for q in article.quotes if q.cue is not None or q.source is not None])


def _text(text: str, pieces) -> Optional[str]:
    if not pieces:
        return None
    return " … ".join(text[s:e] for s, e in pieces)


def evaluate(gold_dir: Path, nlp: Optional[Language] = None, limit: Optional[int] = None, progress: bool = False) -> Tuple[Dict, List[Dict]]:
    """Run claimlib over every annotated text in ``gold_dir`` and score it."""
    golds = list(read_corpus(Path(gold_dir)))
    if limit:
        golds = golds[:limit]
    texts: Iterable[str] = (g.text for g in golds)
    if progress:
        from tqdm import tqdm

        texts = tqdm(texts, total=len(golds), desc="evaluate", unit="doc")
    articles = list(extract_many(texts, nlp=nlp))
    return evaluate_docs(golds, articles)


def format_table(figures: Dict) -> str:
    lines = [f"documents: {figures['documents']}; quotations with no cue and no source, left out: {figures['unattributed_quotes_left_out']}",
             f"{'':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'pred':>6} {'gold':>6}"]
    for key in ("content", "cue", "source", "end_to_end"):
        s = figures[key]
        lines.append(f"{key:12} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['tp']:6d} {s['predicted']:6d} {s['gold']:6d}")
    lines.append(f"source accuracy (matched relations with a gold source): {figures['source_accuracy']:.3f}")
    lines.append("recall by gold kind: " + ", ".join(f"{k} {v['recall']:.3f} (n={v['gold']})" for k, v in figures["recall_by_gold_kind"].items()))
    lines.append("precision by kind:   " + ", ".join(f"{k} {v['precision']:.3f} (n={v['predicted']})" for k, v in figures["precision_by_kind"].items()))
    return "\n".join(lines)


def write_misses(misses: List[Dict], path: Path) -> None:
    with Path(path).open("w", encoding="utf8") as f:
        for m in misses:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


def write_misses_html(misses: List[Dict], path: Path) -> None:
    """The misses as one self-contained HTML table, grouped by file."""
    import html

    cols = ["file", "miss", "kind", "content", "source", "predicted_source", "cue"]
    rows = "".join(
        "<tr class=\"{}\">{}</tr>".format(html.escape(m["miss"]), "".join(f"<td>{html.escape(str(m.get(c) or ''))}</td>" for c in cols))
        for m in sorted(misses, key=lambda m: (m["file"], m["miss"]))
    )
    page = (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>claimlib misses</title><style>"
        "body{font-family:sans-serif}td{border-bottom:1px solid #ddd;padding:.2em .4em;vertical-align:top}"
        "tr.gold td{background:#fee}tr.predicted td{background:#eef}tr.source td{background:#ffe}</style></head><body>"
        f"<h1>claimlib misses ({len(misses)})</h1><p>gold: annotated, not found; predicted: found, not annotated; "
        "source: content found, source wrong.</p><table><tr>"
        + "".join(f"<th>{c}</th>" for c in cols) + "</tr>" + rows + "</table></body></html>\n"
    )
    Path(path).write_text(page, encoding="utf8")
