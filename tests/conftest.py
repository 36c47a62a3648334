from pathlib import Path

import pytest

import claimlib
from claimlib import pipeline

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    name = pipeline.best_installed()
    if name is None:
        pytest.skip("no trained English spaCy pipeline installed (pip install -e '.[test]')")
    return claimlib.load(name)


@pytest.fixture(scope="session")
def blank_nlp():
    return pipeline.add_components(pipeline.blank())


@pytest.fixture(scope="session")
def shared_dir():
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not there")
    return SHARED
