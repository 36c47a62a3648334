"""Learn the cue-frame weights (models/cues/frame_weights.tsv) from PolNeAR *train* (never dev).

Every candidate the syntactic pass offers on train (a cue verb, its frame and content) is labelled
by whether its content matches an annotated content (character Jaccard >= 0.5, the measure of
``claimlib evaluate``); a logistic regression over ``frame_scores.features`` learns the weights.

    pip install scikit-learn   # for this script only
    python scripts/learn_frames.py ../shared/data/polnear/train [--skip 480:640] [--out PATH]

``--skip A:B`` leaves articles A..B out, to measure the weights on articles they never saw.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from collections import Counter
from typing import List, Optional, Tuple

from claimlib import quotes_indirect, quotes_nominal
from claimlib.brat import read_corpus
from claimlib.evaluate import char_set, jaccard
from claimlib.found import DocView
from claimlib.frame_scores import BIAS
from claimlib.hashes import key_array
from claimlib.pipeline import load
from claimlib.spaces import plain_spaces

HEADER = (
    "# Cue-frame weights, learned by scripts/learn_frames.py from PolNeAR v1.0 train ({n} articles; Newell,\n"
    "# Margolin and Ruths, LREC 2018; networkdynamics/PolNeAR): a logistic regression (C={c}) over\n"
    "# claimlib.frame_scores.features. Columns: feature, weight.\n"
)


def cue_nouns(golds, docs, min_hits: int = 3, min_ratio: float = 0.05) -> List[Tuple[str, int, int]]:
    """(lemma, times inside an annotated Cue, times seen) of nouns that are cues often enough."""
    hits: Counter = Counter()
    seen: Counter = Counter()
    for gold, doc in zip(golds, docs):
        cue_chars = {i for rel in gold.relations for s, e in rel.cue or () for i in range(s, e)}
        for tok in doc:
            if tok.pos_ == "NOUN":
                seen[tok.lemma_.lower()] += 1
                hits[tok.lemma_.lower()] += tok.idx in cue_chars
    rows = [(lem, h, seen[lem]) for lem, h in hits.items() if h >= min_hits and h / seen[lem] >= min_ratio]
    return sorted(rows, key=lambda r: (-r[1] / r[2], r[0]))


def candidates(train_dir: str, skip: Tuple[int, int] = (0, 0), nouns_out: Optional[Path] = None):
    """Features and labels of every syntactic and nominal candidate in the train articles (minus
    ``skip``), and the number of articles; the cue nouns are learned first (and written to
    ``nouns_out``)."""
    golds = [g for i, g in enumerate(read_corpus(Path(train_dir))) if not skip[0] <= i < skip[1]]
    nlp = load()
    quotes = nlp.get_pipe("claimlib_quotes")
    run = [name for name in nlp.pipe_names if not name.startswith("claimlib_") or name in ("claimlib_sentences", "claimlib_cues")]
    with nlp.select_pipes(enable=run):
        docs = list(nlp.pipe((plain_spaces(g.text) for g in golds), batch_size=16))
    nouns = cue_nouns(golds, docs)
    if nouns_out is not None:
        with nouns_out.open("w", encoding="utf8") as f:
            f.write(NOUNS_HEADER.format(n=len(golds)))
            for lem, h, n in nouns:
                f.write(f"{lem}\t{h}\t{n}\t{h / n:.3f}\n")
    lexicon = dict(quotes.lexicon, cue_nouns=frozenset(r[0] for r in nouns))
    keys = key_array(nlp.vocab.strings.add(r[0]) for r in nouns)
    feats: List[List[str]] = []
    labels: List[int] = []
    for gold, doc in zip(golds, docs):
        gsets = [char_set(gold.text, r.content) for r in gold.relations]
        seen: List[List[str]] = []

        def record(f: List[str]) -> float:
            seen.append(f)
            return 1.0

        view = DocView.of(doc)
        found_all = list(quotes_indirect.find(view, lexicon, lambda i: False, score=record))
        found_all = [f for f in found_all if f.origin != "syntax:raising"]  # shaped by its own rule
        found_all += list(quotes_nominal.find(view, lexicon, lambda i: False, score=record, floor=0.0, keys=keys))
        for f, found in zip(seen, found_all):
            p = char_set(gold.text, [found.content])
            feats.append(f)
            labels.append(int(any(jaccard(g, p) >= 0.5 for g in gsets)))
    return feats, labels, len(golds)


NOUNS_HEADER = (
    "# Cue nouns, learned by scripts/learn_frames.py from PolNeAR v1.0 train ({n} articles): nouns inside an\n"
    "# annotated Cue at least 3 times and 5% of the times seen. Columns: lemma, times in a Cue, times seen, ratio.\n"
)


def fit(feats: List[List[str]], labels: List[int], c: float) -> dict:
    """Feature -> weight (and the bias) of an L2 logistic regression."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in fs} for fs in feats])
    model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs").fit(x, labels)
    weights = {f: float(w) for f, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-3}
    weights[BIAS] = float(model.intercept_[0])
    return weights


def write(weights: dict, out: Path, n: int, c: float) -> None:
    with out.open("w", encoding="utf8") as f:
        f.write(HEADER.format(n=n, c=c))
        for feat, w in sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
            f.write(f"{feat}\t{w:.4f}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train_dir")
    ap.add_argument("--skip", default="0:0", help="articles A:B to leave out")
    ap.add_argument("--out", default="models/cues/frame_weights.tsv")
    ap.add_argument("--nouns-out", default="models/cues/cue_nouns.tsv")
    ap.add_argument("--c", type=float, default=0.1, help="inverse regularisation strength")
    args = ap.parse_args()
    a, b = (int(x) for x in args.skip.split(":"))
    feats, labels, n = candidates(args.train_dir, (a, b), Path(args.nouns_out))
    weights = fit(feats, labels, args.c)
    write(weights, Path(args.out), n, args.c)
    print(f"{args.out}: {len(weights)} weights from {len(labels)} candidates ({sum(labels)} matched) in {n} articles")


if __name__ == "__main__":
    main()
