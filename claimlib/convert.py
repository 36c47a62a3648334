"""The one conversion from an annotated ``Doc`` to the frozen result objects."""
from __future__ import annotations

from typing import List, Optional

from spacy.tokens import Doc

from .errors import Errors
from .found import doc_text
from .claims import CLAIMS_ATTR
from .quotes import ATTRIBUTIONS_ATTR
from .speakers import SPEAKERS_ATTR
from .types import Article, NumericClaim, Quantity, Quote, Span, Speaker


def doc_to_article(doc: Doc, text: Optional[str] = None) -> Article:
    """Build the ``Article`` for a Doc that went through claimlib's components (``text``, when the
    caller has it, saves reading ``doc.text`` again)."""
    records = doc._.get(ATTRIBUTIONS_ATTR)
    speakers = doc._.get(SPEAKERS_ATTR)
    if records is None:
        raise ValueError(Errors.E005.format(name="claimlib_quotes"))
    text = doc_text(doc) if text is None else text
    quotes: List[Quote] = []
    for i, rec in enumerate(records):
        quotes.append(Quote(
            id=i,
            kind=rec["kind"],
            content=Span.of(text, *rec["content"]),
            cue=Span.of(text, *rec["cue"]) if rec.get("cue") else None,
            source=Span.of(text, *rec["source"]) if rec.get("source") else None,
            speaker=rec.get("speaker"),
            parts=[Span.of(text, a, b) for a, b in rec.get("parts") or ()],
        ))
    people = [
        Speaker(id=s["id"], name=s["name"], kind=s["kind"], roles=s["roles"],
                mentions=[Span.of(text, a, b) for a, b in s["mentions"]])
        for s in (speakers or [])
    ]
    claims = [_claim(text, c) for c in (doc._.get(CLAIMS_ATTR) or [])]
    return Article(text=text, quotes=quotes, speakers=people, claims=claims)


def _claim(text: str, c: dict) -> NumericClaim:
    def span(r: Optional[List[int]]) -> Optional[Span]:
        return None if r is None else Span.of(text, r[0], r[1])

    q = c["quantity"]
    quantity = Quantity(
        text=Span.of(text, q["text"]["start"], q["text"]["end"]),
        value=q["value"], low=q["low"], high=q["high"], low_inclusive=q["low_inclusive"],
        high_inclusive=q["high_inclusive"], qualifier=q["qualifier"],
        hedge=span([q["hedge"]["start"], q["hedge"]["end"]]) if q["hedge"] else None, unit=q["unit"],
    )
    return NumericClaim(
        id=c["id"], quantity=quantity, counted=span(c["counted"]), total=c["total"],
        predicate=span(c["predicate"]), time=[span(t) for t in c["time"]], source=span(c["source"]),
        speaker=c["speaker"], quote=c["quote"],
    )
