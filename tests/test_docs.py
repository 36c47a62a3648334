"""Every python code block in README.md and docs/*.md runs: a doc that lies fails the suite."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_code_blocks_run(page, nlp):
    blocks = BLOCK.findall(page.read_text(encoding="utf8"))
    namespace = {"__name__": f"doc_{page.stem}"}
    for i, code in enumerate(blocks):
        try:
            exec(compile(code, f"{page.name}[block {i}]", "exec"), namespace)
        except Exception as e:  # pragma: no cover - the message names the block
            pytest.fail(f"{page.name} block {i} failed: {type(e).__name__}: {e}")


def test_every_page_has_a_block_or_is_reference():
    assert any(BLOCK.search(p.read_text(encoding="utf8")) for p in PAGES)


SHELL = re.compile(r"```bash\n(.*?)```", re.S)


def shell_commands(page):
    """The claimlib commands of a page's bash blocks, as a reader would type them (comments dropped;
    installs and the test command itself are what CI already runs)."""
    for block in SHELL.findall(page.read_text(encoding="utf8")):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if "&&" in line:
                line = line.split("&&", 1)[1].strip()
            if line and not line.startswith("pip ") and "pytest" not in line:
                yield line


@pytest.fixture
def workdir(tmp_path):
    """A folder laid out as the docs assume: the example article, a folder of articles, article.txt,
    and a small annotated corpus of our own at ../shared/data/polnear/dev."""
    import shutil

    work = tmp_path / "work"
    (work / "docs").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "example_article.txt", work / "docs")
    (work / "articles").mkdir()
    (work / "articles" / "one.txt").write_text('"The dam held," said engineer Paul Otto.', encoding="utf8")
    (work / "articles" / "two.md").write_text("Mayor Tom Reyes said that taxes would fall.", encoding="utf8")
    (work / "article.txt").write_text("Sources said the talks had failed.", encoding="utf8")
    gold = tmp_path / "shared" / "data" / "polnear" / "dev"
    (gold / "text").mkdir(parents=True)
    (gold / "attributions").mkdir()
    text = "Mayor Tom Reyes said that taxes would fall.\n"
    (gold / "text" / "a.txt").write_text(text, encoding="utf8")
    (gold / "attributions" / "a_x.ann").write_text(
        "T1\tSource 6 15\tTom Reyes\nT2\tCue 16 20\tsaid\nT3\tContent 21 42\tthat taxes would fall\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n", encoding="utf8")
    return work


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_shell_blocks_run(page, workdir, nlp):
    import subprocess
    import sys

    for command in shell_commands(page):
        assert command.startswith(("claimlib ", "cat ")), f"{page.name}: unexpected command {command!r}"
        command = command.replace("claimlib ", f"{sys.executable} -m claimlib ")
        run = subprocess.run(command, shell=True, cwd=workdir, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, f"{page.name}: {command!r} failed:\n{run.stderr[-2000:]}"
