"""Every ``@Language.factory`` of claimlib, in one place (also exposed as ``spacy_factories`` entry points).

Thresholds are config; word lists are rule data, read from ``models/`` when a component is made and
saved with ``nlp.to_disk()`` (so a saved pipeline carries its own lists).
"""
from __future__ import annotations

from spacy.language import Language

from . import extensions, resources
from .claims import ClaimFinder
from .cues import CueFinder
from .lexicon import cue_frames, cue_verbs, frame_weight_rows, learned_lemmas
from .quotes import QuoteFinder
from .sentences import SentenceStarts
from .speakers import SpeakerResolver

extensions.register()


@Language.factory("claimlib_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceStarts:
    return SentenceStarts(nlp, name, lists={"split_abbreviations": resources.read_list("sentences/split_abbreviations.txt")})


@Language.factory(
    "claimlib_cues",
    default_config={"min_cue_ratio": 0.1, "min_speech_ratio": 0.3, "min_cue_count": 2},
    assigns=["doc.spans"],
)
def make_cues(nlp: Language, name: str, min_cue_ratio: float, min_speech_ratio: float, min_cue_count: int) -> CueFinder:
    lists = {
        "according": resources.read_list("cues/according.txt"),
        "idioms": resources.read_list("cues/idioms.txt"),
        "other_senses": resources.read_list("cues/other_senses.txt"),
        "figure_senses": resources.read_list("cues/figure_senses.txt"),
        "tail_verbs": resources.read_list("cues/tail_verbs.txt"),
        "cue_verbs": cue_verbs(min_cue_ratio, min_cue_count),
        "speech_verbs": cue_verbs(min_speech_ratio, min_cue_count),
    }
    return CueFinder(nlp, name, lists=lists)


@Language.factory(
    "claimlib_quotes",
    default_config={"max_quote_chars": 5000, "min_frame_precision": 0.35, "min_frame_count": 2, "min_frame_score": 0.35,
                    "min_figure_frame_score": 0.4, "min_nominal_score": 0.35},
    assigns=["doc.spans", "doc._.claimlib_attributions"],
    requires=["doc.spans"],
)
def make_quotes(nlp: Language, name: str, max_quote_chars: int, min_frame_precision: float, min_frame_count: int,
                min_frame_score: float, min_figure_frame_score: float, min_nominal_score: float) -> QuoteFinder:
    lists = {
        **cue_frames(min_frame_precision, min_frame_count),
        "report_nouns": resources.read_list("speakers/report_nouns.txt"),
        "colon_labels": [w.lower() for w in resources.read_list("cues/colon_labels.txt")],
        "colon_sources": [w.lower() for w in resources.read_list("cues/colon_sources.txt")],
        "embed_signatures": resources.read_patterns("cues/embed_signatures.txt"),
        "survey_nouns": resources.read_list("cues/survey_nouns.txt"),
        "survey_verbs": resources.read_list("cues/survey_verbs.txt"),
        "survey_properties": resources.read_list("cues/survey_properties.txt"),
        "raising_verbs": resources.read_list("cues/raising_verbs.txt"),
        "quoting_verbs": resources.read_list("cues/quoting_verbs.txt"),
        "as_verbs": resources.read_list("cues/as_verbs.txt"),
        "tallies": resources.read_list("cues/tallies.txt"),
        "estimate_verbs": resources.read_list("cues/estimate_verbs.txt"),
        "forecast_nouns": resources.read_list("cues/forecast_nouns.txt"),
        "revision_verbs": resources.read_list("cues/revision_verbs.txt"),
        "hearsay_adverbs": resources.read_list("cues/hearsay_adverbs.txt"),
        "frame_weights": frame_weight_rows(),
        "cue_nouns": learned_lemmas("cues/cue_nouns.tsv"),
        "noun_prepositions": resources.read_list("cues/noun_prepositions.txt"),
        "cue_prepositions": resources.read_list("cues/cue_prepositions.txt"),
    }
    return QuoteFinder(nlp, name, lists=lists, max_quote_chars=max_quote_chars, min_frame_score=min_frame_score,
                       min_figure_frame_score=min_figure_frame_score, min_nominal_score=min_nominal_score)


@Language.factory(
    "claimlib_speakers",
    default_config={"max_pronoun_distance": 1500},
    assigns=["doc._.claimlib_speaker_data"],
    requires=["doc._.claimlib_attributions"],
)
def make_speakers(nlp: Language, name: str, max_pronoun_distance: int) -> SpeakerResolver:
    pronouns = resources.read_json("speakers/pronouns.json")
    lists = {f"pronouns_{k}": v for k, v in pronouns.items()}
    lists["org_words"] = resources.read_list("speakers/org_words.txt")
    lists["titles"] = resources.read_list("speakers/titles.txt")
    lists["person_roles"] = resources.read_list("speakers/person_roles.txt")
    lists["honorifics"] = resources.read_list("speakers/honorifics.txt")
    lists["postnominals"] = resources.read_list("speakers/postnominals.txt")
    gendered = resources.read_table("speakers/gendered_words.tsv")
    lists["female_words"] = [w for w, g, *_ in gendered if g == "f"]
    lists["male_words"] = [w for w, g, *_ in gendered if g == "m"]
    return SpeakerResolver(nlp, name, lists=lists, max_pronoun_distance=max_pronoun_distance)


@Language.factory(
    "claimlib_claims",
    default_config={"max_ellipsis_chars": 200},
    assigns=["doc._.claimlib_claims"],
    requires=["doc._.claimlib_attributions"],
)
def make_claims(nlp: Language, name: str, max_ellipsis_chars: int) -> ClaimFinder:
    return ClaimFinder(nlp, name, max_ellipsis_chars=max_ellipsis_chars)
