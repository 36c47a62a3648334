"""Every rule data file loads, has no duplicates and is normalised."""
import re

import pytest

from claimlib import resources
from claimlib.lexicon import cue_frames, cue_verbs

LISTS = ["cues/according.txt", "cues/tail_verbs.txt", "speakers/titles.txt", "speakers/person_roles.txt", "speakers/report_nouns.txt",
         "speakers/org_words.txt", "speakers/honorifics.txt", "speakers/postnominals.txt", "numbers/name_words.txt",
         "numbers/label_words.txt", "numbers/age_nouns.txt", "cues/complement_nouns.txt", "cues/survey_verbs.txt",
         "cues/forecast_nouns.txt", "cues/revision_verbs.txt", "cues/other_senses.txt", "cues/figure_senses.txt", "cues/idioms.txt",
         "numbers/measure_nouns.txt", "cues/telling_verbs.txt"]


@pytest.mark.parametrize("name", LISTS)
def test_word_lists(name):
    raw = [l for l in resources.path(name).read_text(encoding="utf8").splitlines() if l.strip() and not l.startswith("#")]
    assert raw, f"{name} is empty"
    assert len(raw) == len(set(raw)), f"{name} has duplicates"
    assert all(l == l.strip().lower() for l in raw), f"{name} is not stripped and lower-cased"
    assert resources.path(name).read_text(encoding="utf8").startswith("#"), f"{name} does not say where it came from"


@pytest.mark.parametrize("name, columns", [("cues/verbs.tsv", 4), ("cues/frames.tsv", 6)])
def test_learned_tables(name, columns):
    rows = resources.read_table(name)
    assert rows and all(len(r) == columns for r in rows)
    keys = [tuple(r[: columns - 3]) for r in rows]
    assert len(keys) == len(set(keys))
    assert all(0.0 <= float(r[-1]) <= 1.0 for r in rows)


def test_other_senses_pair_a_cue_verb_with_an_object():
    verbs = cue_verbs(0.1, 2)
    pairs = [line.split() for line in resources.read_list("cues/other_senses.txt")]
    assert pairs and all(len(p) == 2 for p in pairs)
    assert {v for v, _ in pairs} <= verbs, "a verb that is no cue needs no other sense"


def test_pronouns():
    data = resources.read_json("speakers/pronouns.json")
    assert set(data) == {"person", "group", "organization"}
    words = [w for ws in data.values() for w in ws]
    assert len(words) == len(set(words))


def test_thresholds_select():
    assert "say" in cue_verbs(0.3, 2)
    frames = cue_frames(0.35, 2)
    assert "say:ccomp:named" in frames["cue_frames"]
    assert cue_frames(0.99, 2)["cue_frames"] < frames["cue_frames"]


@pytest.mark.parametrize("name, group", [("cues/embed_signatures.txt", "name"), ("tokenizer/glued_punctuation.txt", None)])
def test_pattern_files_compile(name, group):
    patterns = resources.read_patterns(name)
    assert patterns and len(patterns) == len(set(patterns))
    assert group is None or all(group in re.compile(p).groupindex for p in patterns)


def test_a_pattern_that_does_not_compile_names_its_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "bad.txt").write_text("# a comment\n(unclosed\n", encoding="utf8")
    monkeypatch.setattr(resources, "models_dir", lambda: tmp_path)
    with pytest.raises(ValueError, match="bad.txt' line 2"):
        resources.read_patterns("bad.txt")


def test_plain_spaces_are_spaces_and_a_line_that_is_no_code_point_names_its_file_and_line(tmp_path, monkeypatch):
    points = resources.read_code_points("tokenizer/plain_spaces.txt")
    assert 0xA0 in points and all(chr(p).isspace() for p in points) and len(points) == len(set(points))
    (tmp_path / "bad.txt").write_text("# a comment\nU+00A0\nnbsp\n", encoding="utf8")
    monkeypatch.setattr(resources, "models_dir", lambda: tmp_path)
    with pytest.raises(ValueError, match="bad.txt' line 3"):
        resources.read_code_points("bad.txt")


def test_missing_resource_names_it():
    with pytest.raises(FileNotFoundError, match="nope.txt"):
        resources.path("nope.txt")


@pytest.mark.parametrize("name, columns", [
    ("numbers/words.tsv", 3), ("numbers/suffixes.tsv", 3), ("numbers/comparatives.tsv", 4),
    ("numbers/hedges.tsv", 2), ("numbers/units.tsv", 3),
])
def test_number_tables(name, columns):
    rows = resources.read_table(name)
    assert rows and all(len(r) == columns for r in rows), name
    keys = [r[0] for r in rows]
    assert len(keys) == len(set(keys)), f"{name} has duplicates"
    assert resources.path(name).read_text(encoding="utf8").startswith("#"), f"{name} does not say where it came from"


@pytest.mark.parametrize("name", ["numbers/grammar.json", "numbers/ranges.json", "time/words.json"])
def test_number_json(name):
    data = resources.read_json(name)
    assert data
    raw = resources.path(name).read_text(encoding="utf8")
    assert '"_source"' in raw, f"{name} does not say where it came from"
    for key, words in data.items():
        if isinstance(words, list):
            assert len(words) == len(set(words)), f"{name}:{key} has duplicates"


def test_figure_senses_are_cue_verbs():
    verbs = cue_verbs(0.1, 2)
    rows = [line.split() for line in resources.read_list("cues/figure_senses.txt")]
    assert rows and all(len(r) == 2 and r[1] in ("amount", "count") for r in rows)
    assert {r[0] for r in rows} <= verbs, "a verb that is no cue needs no other sense"
