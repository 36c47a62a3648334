"""The quote finder component: runs the passes (syntactic, "according to", quote marks) and merges them."""
from __future__ import annotations

import bisect
from typing import Iterable, List, Mapping, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from . import (quotes_according, quotes_as, quotes_colon, quotes_direct, quotes_embed, quotes_estimate,
               quotes_hearsay, quotes_indirect, quotes_nominal, quotes_survey, quotes_tail)
from .found import DocView, Found, doc_text
from .frame_scores import FrameScorer
from .hashes import key_array
from .lexicon import LexiconComponent
from .marks import find_quotes, is_nickname, outermost, said_parts
from .quotes_merge import merge

QUOTES_KEY = "claimlib_quotes"
ATTRIBUTIONS_ATTR = "claimlib_attributions"


class QuoteFinder(LexiconComponent):
    """Finds direct, mixed, indirect and "according to" attributions.

    Writes ``doc._.claimlib_attributions`` (plain dicts in character offsets, read by the speaker
    component) and the contents to ``doc.spans["claimlib_quotes"]`` labelled by kind.
    """

    def __init__(self, nlp: Language, name: str = "claimlib_quotes", *, lists: Mapping[str, Iterable[str]],
                 max_quote_chars: int = 5000, min_frame_score: float = 0.35, min_figure_frame_score: float = 0.4,
                 min_nominal_score: float = 0.35):
        self.nlp = nlp
        self.name = name
        self.max_quote_chars = max_quote_chars
        self.min_frame_score = min_frame_score
        self.min_figure_frame_score = min_figure_frame_score
        self.min_nominal_score = min_nominal_score
        self.set_lexicon(lists)

    def on_lexicon(self) -> None:
        # The survey nouns, cue nouns, estimate verbs and forecast nouns as string hashes, for one
        # vectorised test per Doc.
        self._survey_keys, self._cue_noun_keys, self._estimate_keys, self._forecast_keys = (
            key_array(self.nlp.vocab.strings.add(n) for n in self.lexicon.get(name, frozenset()))
            for name in ("survey_nouns", "cue_nouns", "estimate_verbs", "forecast_nouns"))
        self._embed_signatures = quotes_embed.compile_signatures(self.lexicon.get("embed_signatures", ()))
        # Learned frame weights, when the lists carry them; else the frames table decides.
        rows = self.lexicon.get("frame_weights")
        self._frame_scorer = FrameScorer.from_rows(rows) if rows else None

    def find(self, doc: Doc) -> List[Tuple[Found, Optional[int]]]:
        if "claimlib_cues" not in doc.spans:
            self.own_cues()(doc)  # added alone: find the cues with the default cue finder
        view = DocView.of(doc)
        text = view.text
        regions = [r for r in outermost(find_quotes(text, self.max_quote_chars)) if not is_nickname(text, r)]
        starts = [r.inner_start for r in regions]

        def inside_quote(i: int) -> bool:
            k = bisect.bisect_right(starts, i) - 1
            return k >= 0 and i < regions[k].inner_end

        found: List[Found] = []
        if view.parsed:
            score = self._frame_scorer.probability if self._frame_scorer is not None else None
            found.extend(quotes_indirect.find(view, self.lexicon, inside_quote, score=score, floor=self.min_frame_score,
                                              figure_floor=self.min_figure_frame_score))
            found.extend(quotes_indirect.introduced_paragraphs(view, self.lexicon, inside_quote))
            found.extend(quotes_nominal.find(view, self.lexicon, inside_quote, score=score, floor=self.min_nominal_score,
                                             keys=self._cue_noun_keys))
            found.extend(quotes_according.find_tallies(view, self.lexicon.get("tallies", frozenset()),
                                                       self.lexicon["report_nouns"], inside_quote))
            found.extend(quotes_estimate.find(view, self.lexicon.get("estimate_verbs", frozenset()), self._estimate_keys,
                                              self.lexicon["report_nouns"], inside_quote))
            found.extend(quotes_estimate.find_revisions(
                view, self.lexicon.get("forecast_nouns", frozenset()), self._forecast_keys,
                self.lexicon.get("revision_verbs", frozenset()), self.lexicon["report_nouns"], inside_quote))
            found.extend(quotes_survey.find(view, self.lexicon.get("survey_nouns", frozenset()), self._survey_keys,
                                            self.lexicon.get("survey_verbs", frozenset()),
                                            self.lexicon.get("survey_properties", frozenset()),
                                            cued={f.cue[0] for f in found if f.cue}))
            found.extend(quotes_hearsay.find(view, self.lexicon.get("hearsay_adverbs", frozenset()), inside_quote))
            found.extend(quotes_tail.find(view, inside_quote))
            found.extend(quotes_tail.find_leads(view, inside_quote))
        found.extend(quotes_according.find(view, self.lexicon, inside_quote))
        found.extend(quotes_as.find(view, self.lexicon.get("as_verbs", frozenset()), self.lexicon["report_nouns"],
                                    inside_quote))
        found.extend(quotes_colon.find(view, self.lexicon.get("colon_labels", frozenset()),
                                      self.lexicon.get("colon_sources", frozenset())))
        found.extend(quotes_embed.find(view, self._embed_signatures))
        found.extend(quotes_direct.find(view, regions, found, self.lexicon))
        return merge(text, found, regions, self.lexicon["report_nouns"])

    def own_cues(self):
        """A default cue finder, made on first use, for pipelines without ``claimlib_cues``."""
        if getattr(self, "_own_cues", None) is None:
            from .factories import make_cues

            defaults = Language.get_factory_meta("claimlib_cues").default_config
            self._own_cues = make_cues(self.nlp, "claimlib_cues", **defaults)
        return self._own_cues

    def set_annotations(self, doc: Doc, merged: List[Tuple[Found, Optional[int]]]) -> None:
        text = doc_text(doc)
        records = []
        spans = []
        for f, follows in merged:
            records.append({
                "kind": f.kind,
                "content": list(f.content),
                "cue": list(f.cue) if f.cue else None,
                "source": list(f.source) if f.source else None,
                "roles": list(f.roles),
                "parts": [list(p) for p in said_parts(text, f.content, f.cue)],
                "follows": follows,
                "score": f.score,
            })
            span = doc.char_span(*f.content, label=f.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc._.set(ATTRIBUTIONS_ATTR, records)
        doc.spans[QUOTES_KEY] = spans
