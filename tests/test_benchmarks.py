"""The benchmark scripts answer --help and refuse input they cannot measure, without a traceback."""
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("script", sorted(p.name for p in BENCHMARKS.glob("*.py")))
def test_every_benchmark_answers_help(script):
    done = run(str(BENCHMARKS / script), "--help")
    assert done.returncode == 0 and done.stdout.startswith("usage:"), done.stderr


def test_speed_says_when_a_folder_has_no_texts(tmp_path):
    done = run(str(BENCHMARKS / "speed.py"), str(tmp_path))
    assert done.returncode != 0 and "no *.txt files" in done.stderr and "Traceback" not in done.stderr
