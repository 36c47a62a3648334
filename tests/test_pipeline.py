"""The components in anyone's pipeline, saved and loaded, in batches and processes."""
import warnings

import pytest
import spacy
from spacy.tokens import DocBin

import claimlib
from claimlib import pipeline
from claimlib.convert import doc_to_article
from claimlib.errors import ClaimlibWarning

TEXTS = [
    "\u201cThe bridge will reopen on Friday,\u201d said Lena Park, a city engineer.",
    "Mayor Tom Reyes said that the budget would be balanced by June. He added that taxes would not rise.",
    "Nothing to see here.",
    "The river rose by two metres, according to the weather service.",
]


def test_add_pipe_by_name_in_own_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in ("claimlib_cues", "claimlib_quotes", "claimlib_speakers"):
        nlp.add_pipe(name)
    doc = nlp('"We are ready," said Ana Lopes.')
    assert [q.source.text for q in doc._.quotes] == ["Ana Lopes"]
    assert doc.spans["claimlib_quotes"][0].label_ == "direct"


def test_claims_in_an_own_pipeline_with_no_sentence_boundaries():
    # no sentencizer and one paragraph: the time expressions still find their figures
    nlp = pipeline.add_components(spacy.blank("en"))
    doc = nlp("Sales rose 4% last year. Costs fell 2% in May.")
    got = [(c.text.text, [t.text for t in c.time]) for c in doc._.claims]
    assert got == [("4%", ["last year"]), ("2%", ["in May"])]


def test_quotes_component_alone(nlp):
    own = spacy.load(pipeline.best_installed())
    own.add_pipe("claimlib_quotes")
    doc = own("Mayor Tom Reyes said that the budget would be balanced.")
    (q,) = doc._.quotes
    assert (q.kind, q.source.text, q.speaker) == ("indirect", "Tom Reyes", None)  # speakers need claimlib_speakers
    own.add_pipe("claimlib_speakers")
    doc = own("Mayor Tom Reyes said that the budget would be balanced.")
    assert [s.name for s in doc._.speakers] == ["Tom Reyes"]


def test_missing_quote_component_is_explained():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimlib_speakers")
    with pytest.raises(ValueError, match="claimlib_quotes"):
        nlp("text")


def test_to_disk_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "claimlib_cues" / "lexicon.json").is_file()
    loaded = spacy.load(tmp_path / "pipe")
    for text in TEXTS:
        assert claimlib.extract(text, nlp=loaded) == claimlib.extract(text, nlp=nlp)


def test_saved_lists_win_over_package_data(blank_nlp, tmp_path):
    blank_nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    loaded.get_pipe("claimlib_cues").set_lexicon({**loaded.get_pipe("claimlib_cues").lexicon, "speech_verbs": [], "cue_verbs": []})
    loaded.to_disk(tmp_path / "pipe2")
    again = spacy.load(tmp_path / "pipe2")
    assert not again.get_pipe("claimlib_cues").lexicon["speech_verbs"]


def test_docbin_keeps_results(nlp):
    docs = list(nlp.pipe(TEXTS))
    db = DocBin(store_user_data=True, docs=docs)
    restored = list(DocBin(store_user_data=True).from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    assert [doc_to_article(d) for d in restored] == [doc_to_article(d) for d in docs]


def test_pipe_equals_single_calls(nlp):
    assert list(claimlib.extract_many(TEXTS, nlp=nlp, batch_size=2)) == [claimlib.extract(t, nlp=nlp) for t in TEXTS]


def test_two_processes_equal_one(nlp):
    one = list(claimlib.extract_many(TEXTS, nlp=nlp, n_process=1))
    two = list(claimlib.extract_many(TEXTS, nlp=nlp, n_process=2, batch_size=1))
    assert one == two


def test_blank_fallback_warns(monkeypatch):
    monkeypatch.setattr(pipeline, "best_installed", lambda: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = claimlib.load()
    assert any(issubclass(w.category, ClaimlibWarning) and "W001" in str(w.message) for w in caught)
    assert "parser" not in nlp.pipe_names
    (q,) = claimlib.extract('"It works," said Ana Lopes.', nlp=nlp).quotes
    assert q.source.text == "Ana Lopes"


def test_unknown_model_is_explained():
    with pytest.raises(OSError, match="E003"):
        claimlib.load("no_such_pipeline_xyz")


def test_the_blank_pipeline_runs_over_real_news(blank_nlp, shared_dir):
    """Acceptance on PolNeAR dev's texts (read from ../shared): without a parse every component keeps
    off spaCy's tree walks, which read memory no parser wrote (a speaker's "and" check crashed the
    interpreter on some of these texts)."""
    texts = [p.read_text(encoding="utf8") for p in sorted((shared_dir / "data" / "polnear" / "dev" / "text").glob("*.txt"))]
    if not texts:
        pytest.skip("PolNeAR dev is not in ../shared/data")
    docs = list(blank_nlp.pipe(texts, batch_size=16))
    assert len(docs) == len(texts)
    assert sum(len(d._.quotes) for d in docs) > len(docs)
