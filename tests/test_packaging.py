"""The wheel carries the rule data and the spaCy entry points."""
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_has_models_and_entry_points(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("claimlib-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    data = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "models").rglob("*") if p.is_file())
    assert all(f"claimlib/{d}" in names for d in data)
    entry = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    for name in ("claimlib_sentences", "claimlib_cues", "claimlib_quotes", "claimlib_speakers"):
        assert f"{name} = claimlib.factories:" in entry
