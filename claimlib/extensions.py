"""Every ``Doc`` extension claimlib registers, in one place.

Raw values (``claimlib_attributions``, ``claimlib_speaker_data``, ``claimlib_claims``) are plain lists of dicts, so
``DocBin(store_user_data=True)`` keeps them; ``quotes``, ``speakers``, ``claims`` and ``article`` build the frozen
result objects from them on access.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .claims import CLAIMS_ATTR
from .quotes import ATTRIBUTIONS_ATTR
from .speakers import SPEAKERS_ATTR


def register() -> None:
    """Register the extensions (idempotent)."""
    from . import convert

    if not Doc.has_extension(ATTRIBUTIONS_ATTR):
        Doc.set_extension(ATTRIBUTIONS_ATTR, default=None)
    if not Doc.has_extension(SPEAKERS_ATTR):
        Doc.set_extension(SPEAKERS_ATTR, default=None)
    if not Doc.has_extension(CLAIMS_ATTR):
        Doc.set_extension(CLAIMS_ATTR, default=None)
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", getter=lambda doc: convert.doc_to_article(doc).claims)
    if not Doc.has_extension("article"):
        Doc.set_extension("article", getter=convert.doc_to_article)
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=lambda doc: convert.doc_to_article(doc).quotes)
    if not Doc.has_extension("speakers"):
        Doc.set_extension("speakers", getter=lambda doc: convert.doc_to_article(doc).speakers)
