import json
import subprocess
import sys
from pathlib import Path

from claimlib.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "example_article.txt"


def test_extract_text(nlp, capsys):
    assert main(["extract", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Mohib-ul Rahman (person" in out and "Hamdullah Mohib" in out


def test_extract_jsonl_and_skips_bad_file(nlp, tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    assert main(["extract", str(EXAMPLE), str(bad), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    (line,) = captured.out.strip().splitlines()
    data = json.loads(line)
    assert data["file"] == str(EXAMPLE) and data["quotes"] and data["claims"] == []
    assert "bad.txt" in captured.err


def test_module_entry_point_help():
    out = subprocess.run([sys.executable, "-m", "claimlib", "extract", "--help"], capture_output=True, text=True, check=True).stdout
    assert "example:" in out
