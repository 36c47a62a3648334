"""Word lists a component loads from ``models/`` and saves beside the pipeline with ``to_disk``."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Mapping, Union

import srsly
from spacy.pipeline import Pipe

from . import resources


def cue_verbs(min_ratio: float, min_count: int) -> FrozenSet[str]:
    """Cue lemmas from the learned table whose cue ratio and count reach the thresholds."""
    out = set()
    for lemma, hits, _seen, ratio in resources.read_table("cues/verbs.tsv"):
        if float(ratio) >= min_ratio and int(hits) >= min_count:
            out.add(lemma)
    return frozenset(out)


def cue_frames(min_precision: float, min_count: int) -> Dict[str, FrozenSet[str]]:
    """From the learned table: "lemma:frame:subject" keys to keep (``cue_frames``; "*" rows are the
    back-off for subjects seen too rarely) and the specific keys seen often enough to trust
    (``cue_frames_known``)."""
    keep, known = set(), set()
    for lemma, frame, subject, matched, seen, precision in resources.read_table("cues/frames.tsv"):
        key = f"{lemma}:{frame}:{subject}"
        if int(seen) >= min_count:
            if subject != "*":
                known.add(key)
            if float(precision) >= min_precision:
                keep.add(key)
    return {"cue_frames": frozenset(keep), "cue_frames_known": frozenset(known)}


def _optional_table(path: str) -> List[List[str]]:
    """A learned table's rows, none when the file is absent (the component then falls back)."""
    try:
        return resources.read_table(path)
    except FileNotFoundError:
        return []


def frame_weight_rows(path: str = "cues/frame_weights.tsv") -> FrozenSet[str]:
    """The learned frame weights as "feature<TAB>weight" rows (empty when the file is absent)."""
    return frozenset("\t".join(row) for row in _optional_table(path))


def learned_lemmas(path: str) -> FrozenSet[str]:
    """The first column of a learned table (empty when the file is absent)."""
    return frozenset(row[0] for row in _optional_table(path))


class LexiconComponent(Pipe):
    """Base for components holding named word lists: ``self.lexicon[name]`` is a frozenset.

    Subclasses define ``find(doc)`` and ``set_annotations(doc, found)``; ``Pipe`` brings ``pipe()`` and the error handler, so a user decides whether one bad Doc stops
    ``nlp.pipe``.
    """

    lexicon: Dict[str, FrozenSet[str]]

    def set_lexicon(self, lists: Mapping[str, Iterable[str]]) -> None:
        self.lexicon = {k: frozenset(v) for k, v in lists.items()}
        self.on_lexicon()

    def __call__(self, doc):
        error_handler = self.get_error_handler()
        try:
            self.set_annotations(doc, self.find(doc))
        except Exception as e:  # noqa: BLE001 - handed to spaCy's per-pipe error handler
            error_handler(self.name, self, [doc], e)
        return doc

    def on_lexicon(self) -> None:
        """Hook: build matchers or other lookups that depend only on the word lists (once, not per Doc)."""

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "lexicon.json", {k: sorted(v) for k, v in self.lexicon.items()})

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "LexiconComponent":
        data = srsly.read_json(Path(path) / "lexicon.json")
        self.set_lexicon(data)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({k: sorted(v) for k, v in self.lexicon.items()})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "LexiconComponent":
        self.set_lexicon(srsly.msgpack_loads(data))
        return self
