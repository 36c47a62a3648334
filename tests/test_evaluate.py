"""The PolNeAR measure on a tiny corpus of our own, in brat standoff."""
import json

import pytest

from claimlib.brat import parse_ann, read_corpus
from claimlib.cli import main
from claimlib.evaluate import char_set, evaluate, jaccard, match

TEXT = "Mayor Tom Reyes said that the budget would be balanced. \u201cWe stay,\u201d said Ana Lopes.\n"


def write_doc(root, text, ann):
    """One article and its brat standoff in PolNeAR's layout under ``root``."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "doc1.txt").write_text(text, encoding="utf8")
    (root / "attributions" / "doc1_zz01.ann").write_text("\n".join(ann) + "\n", encoding="utf8")
    return root


def write_corpus(root):
    s = TEXT.index
    ann = [
        f"T1\tSource {s('Tom')} {s('Tom') + 9}\tTom Reyes",
        f"T2\tCue {s('said')} {s('said') + 4}\tsaid",
        f"T3\tContent {s('that')} {s('balanced') + 8}\tthat the budget would be balanced",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        f"T4\tContent {s('We')} {s('We') + 7}\tWe stay",
        f"T5\tSource {s('Ana')} {s('Ana') + 9}\tAna Lopes",
        "E2\tAttribution:T2 Content:T4 Source:T5",
    ]
    return write_doc(root, TEXT, ann)


def test_parse_ann_discontinuous():
    rels = parse_ann("T1\tContent 0 4;10 14\tx\nT2\tCue 5 9\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n")
    assert rels[0].content == ((0, 4), (10, 14)) and rels[0].source is None


def test_char_set_trims_marks_and_punctuation():
    text = "\u201cHello, world.\u201d"
    assert "".join(text[i] for i in sorted(char_set(text, [(0, len(text))]))) == "Hello, world"


def test_matching_is_one_to_one_best_first():
    g = [frozenset(range(0, 10)), frozenset(range(20, 30))]
    p = [frozenset(range(0, 9)), frozenset(range(0, 10)), frozenset(range(40, 50))]
    assert match(g, p) == {0: 1}
    assert jaccard(frozenset(), frozenset({1})) == 0.0


def test_perfect_on_our_corpus(nlp, tmp_path):
    root = write_corpus(tmp_path / "gold")
    assert len(list(read_corpus(root))) == 1
    figures, misses = evaluate(root, nlp=nlp)
    assert figures["content"]["f1"] == 1.0 and figures["end_to_end"]["f1"] == 1.0
    assert figures["source_accuracy"] == 1.0
    assert not [m for m in misses if m["miss"] != "predicted"]


def test_cli_evaluate(nlp, tmp_path, capsys):
    root = write_corpus(tmp_path / "gold")
    assert main(["evaluate", str(root), "--format", "json", "--misses", str(tmp_path / "m.jsonl"),
                 "--misses-html", str(tmp_path / "m.html")]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["documents"] == 1 and (tmp_path / "m.jsonl").exists()
    assert (tmp_path / "m.html").read_text(encoding="utf8").startswith("<!doctype html>")


def test_bad_gold_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="E006"):
        list(read_corpus(tmp_path))


SPLIT = ("\u201cThe levee will hold,\u201d the county engineer, who has worked on the river walls for "
         "twenty-two years, said on Sunday at a meeting of residents. \u201cWe checked it twice.\u201d\n")


def test_a_quotation_split_by_a_long_attribution_is_scored_on_what_was_said(nlp, tmp_path):
    s = SPLIT.index
    ann = [
        f"T1\tContent {s('The levee')} {s('hold,') + 5};{s('We checked')} {s('twice.') + 6}\tThe levee will hold, We checked it twice.",
        f"T2\tCue {s('said')} {s('said') + 4}\tsaid",
        f"T3\tSource {s('the county')} {s('engineer') + 8}\tthe county engineer",
        "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3",
    ]
    figures, _ = evaluate(write_doc(tmp_path / "gold", SPLIT, ann), nlp=nlp)
    assert figures["content"]["f1"] == 1.0 and figures["end_to_end"]["f1"] == 1.0
