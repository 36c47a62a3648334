import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimlib.cli import main
from claimlib.files import html_text

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "example_article.txt"


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text('"The dam held," said engineer Paul Otto.', encoding="utf8")
    (root / "sub" / "b.md").write_text("Mayor Tom Reyes said that the budget would be balanced.", encoding="utf8")
    (root / "sub" / "c.html").write_text("<html><script>var x=1;</script><p>Sources said the talks had failed.</p></html>", encoding="utf8")
    (root / "skip.png").write_bytes(b"\x89PNG")
    return root


def test_extract_text(nlp, capsys):
    assert main(["extract", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Mohib-ul Rahman (person" in out and "Hamdullah Mohib" in out


def test_text_view_leaves_out_the_reporter_s_words_between_two_quotations(nlp, tmp_path, capsys):
    path = tmp_path / "split.txt"
    path.write_text('"The levee will hold," the engineer said on Sunday. "We checked it twice."', encoding="utf8")
    assert main(["extract", str(path)]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("direct")]
    assert line.endswith('[said]: The levee will hold," [\u2026] "We checked it twice.')


def test_text_view_names_what_a_claim_counts_once(nlp, tmp_path, capsys):
    path = tmp_path / "ratio.txt"
    path.write_text("The clinic lost one nurse in five last year and 40 beds.", encoding="utf8")
    assert main(["extract", str(path)]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if x.startswith("claim")]
    assert lines[0].startswith("claim        (reporter): one nurse in five (")
    assert any(x.startswith("claim        (reporter): 40 beds") for x in lines)


def test_extract_folder_jsonl(nlp, corpus, capsys):
    assert main(["extract", str(corpus), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(r["file"]).name for r in rows] == ["a.txt", "b.md", "c.html"]
    assert all(r["quotes"] for r in rows)
    assert "var x" not in rows[2]["text"]


def test_extract_json_array_to_file(nlp, corpus, tmp_path):
    out = tmp_path / "out.json"
    assert main(["extract", str(corpus), "--format", "json", "--out", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf8"))) == 3


def test_extract_csv_rows(nlp, corpus, tmp_path):
    out = tmp_path / "q.csv"
    assert main(["extract", str(corpus), "--format", "csv", "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf8"))))
    otto = next(r for r in rows if "dam held" in r["text"])
    assert (otto["type"], otto["kind"], otto["speaker_name"], otto["cue"]) == ("quote", "direct", "Paul Otto", "said")
    text = (corpus / "a.txt").read_text(encoding="utf8")
    assert text[int(otto["start"]): int(otto["end"])] == otto["text"]


def test_csv_said_leaves_out_the_reporters_words_between_the_parts(nlp, tmp_path):
    article = tmp_path / "split.txt"
    article.write_text('"The levee is holding," the engineer Mara Diaz said, "but the river is still rising."',
                       encoding="utf8")
    out = tmp_path / "q.csv"
    assert main(["extract", str(article), "--format", "csv", "--out", str(out)]) == 0
    row = next(r for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf8"))) if r["type"] == "quote")
    assert "Mara Diaz" in row["text"]
    assert row["said"] == "The levee is holding, … but the river is still rising."


def test_extract_html_pages(nlp, corpus, tmp_path):
    out = tmp_path / "pages"
    assert main(["extract", str(corpus), "--format", "html", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.html", "b.html", "c.html"]


def test_bad_file_is_skipped_and_reported(nlp, corpus, tmp_path, capsys):
    bad = corpus / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(corpus), "--format", "jsonl", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "bad.txt" in err and "skipped" in err
    assert len(out.read_text(encoding="utf8").splitlines()) == 3  # nothing else lost


def test_stdin_and_render(nlp, tmp_path):
    run = subprocess.run([sys.executable, "-m", "claimlib", "extract", "-", "--format", "jsonl"],
                         input='"Fine," said Ana Lopes.', capture_output=True, text=True, check=True)
    assert json.loads(run.stdout)["quotes"][0]["source"]["text"] == "Ana Lopes"
    page = tmp_path / "p.html"
    assert main(["render", str(EXAMPLE), "--out", str(page)]) == 0
    assert 'class="speaker"' in page.read_text(encoding="utf8")


@pytest.mark.parametrize("command", ["extract", "render", "evaluate"])
def test_every_command_has_help_with_an_example(command):
    out = subprocess.run([sys.executable, "-m", "claimlib", command, "--help"], capture_output=True, text=True, check=True).stdout
    assert "example" in out


def test_html_text_keeps_paragraphs():
    assert html_text("<p>One &amp; two.</p><p>Three</p><style>x{}</style>") == "One & two.\n\nThree\n"
