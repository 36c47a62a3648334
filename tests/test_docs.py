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
