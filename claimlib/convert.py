"""The one conversion from an annotated ``Doc`` to the frozen result objects."""
from __future__ import annotations

from typing import List, Optional

from spacy.tokens import Doc

from .errors import Errors
from .quotes import ATTRIBUTIONS_ATTR
from .speakers import SPEAKERS_ATTR
from .types import Article, Quote, Span, Speaker


def doc_to_article(doc: Doc, text: Optional[str] = None) -> Article:
    """Build the ``Article`` for a Doc that went through claimlib's components (``text``, when the
    caller has it, saves rebuilding ``doc.text`` from the tokens)."""
    records = doc._.get(ATTRIBUTIONS_ATTR)
    speakers = doc._.get(SPEAKERS_ATTR)
    if records is None:
        raise ValueError(Errors.E005.format(name="claimlib_quotes"))
    text = doc.text if text is None else text
    quotes: List[Quote] = []
    for i, rec in enumerate(records):
        quotes.append(Quote(
            id=i,
            kind=rec["kind"],
            content=Span.of(text, *rec["content"]),
            cue=Span.of(text, *rec["cue"]) if rec.get("cue") else None,
            source=Span.of(text, *rec["source"]) if rec.get("source") else None,
            speaker=rec.get("speaker"),
        ))
    people = [
        Speaker(id=s["id"], name=s["name"], kind=s["kind"], roles=s["roles"],
                mentions=[Span.of(text, a, b) for a, b in s["mentions"]])
        for s in (speakers or [])
    ]
    return Article(text=text, quotes=quotes, speakers=people)
