"""The result types: frozen attrs objects that serialise to plain dicts and back.

Offsets are character offsets into the caller's original string; ``text[start:end] == span.text``.
"""
from __future__ import annotations

import math
from typing import Any, Dict, List, Optional, Tuple

import attrs

QUOTE_KINDS = ("direct", "mixed", "indirect", "according_to")
SPEAKER_KINDS = ("person", "organization", "group", "unnamed")


def _non_negative(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _check_keys(cls: type, data: Dict[str, Any]) -> None:
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__}.from_dict() takes a dict, got {type(data).__name__}")
    known = {a.name for a in attrs.fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"{cls.__name__}.from_dict(): unknown keys {sorted(unknown)}; expected {sorted(known)}")


@attrs.frozen
class Span:
    """A piece of the original text: ``start``/``end`` character offsets and the text between them."""

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"Span text has {len(self.text)} characters but covers {self.end - self.start}")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span of ``text`` between two offsets."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> Dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Span":
        _check_keys(cls, data)
        return cls(**data)


def _span_or_none(data: Optional[Dict[str, Any]]) -> Optional[Span]:
    return None if data is None else Span.from_dict(data)


@attrs.frozen
class Quote:
    """One attribution: what was said (content), the cue word(s), the source mention and the speaker id."""

    id: int = attrs.field(validator=attrs.validators.instance_of(int))
    kind: str = attrs.field(validator=attrs.validators.in_(QUOTE_KINDS))
    content: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    cue: Optional[Span] = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span)))
    source: Optional[Span] = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span)))
    speaker: Optional[int] = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int)))
    # the pieces of content that were said when the reporter's words (the cue, the speaker) stand
    # between two quotations; empty when the content is one piece
    parts: Tuple[Span, ...] = attrs.field(default=(), converter=tuple, validator=attrs.validators.deep_iterable(
        attrs.validators.instance_of(Span)))

    def said(self) -> Tuple[Span, ...]:
        """What was said, piece by piece: ``parts``, or the whole content."""
        return self.parts or (self.content,)

    def to_dict(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": self.content.to_dict(),
            "cue": self.cue and self.cue.to_dict(),
            "source": self.source and self.source.to_dict(),
            "speaker": self.speaker,
            "parts": [p.to_dict() for p in self.parts],
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Quote":
        _check_keys(cls, data)
        return cls(
            id=data["id"],
            kind=data["kind"],
            content=Span.from_dict(data["content"]),
            cue=_span_or_none(data.get("cue")),
            source=_span_or_none(data.get("source")),
            speaker=data.get("speaker"),
            parts=[Span.from_dict(p) for p in data.get("parts") or ()],
        )


@attrs.frozen
class Speaker:
    """One real entity that speaks in the article, with its canonical (fullest) name and every mention."""

    id: int = attrs.field(validator=attrs.validators.instance_of(int))
    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    kind: str = attrs.field(validator=attrs.validators.in_(SPEAKER_KINDS))
    roles: Tuple[str, ...] = attrs.field(default=(), converter=tuple)
    mentions: Tuple[Span, ...] = attrs.field(default=(), converter=tuple)

    def to_dict(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "roles": list(self.roles),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Speaker":
        _check_keys(cls, data)
        return cls(
            id=data["id"],
            name=data["name"],
            kind=data["kind"],
            roles=data.get("roles", ()),
            mentions=[Span.from_dict(m) for m in data.get("mentions", ())],
        )


QUALIFIERS = ("approx", "more_than", "at_least", "less_than", "at_most", "range")
_opt_float = attrs.validators.optional(attrs.validators.instance_of((int, float)))
_opt_span = attrs.validators.optional(attrs.validators.instance_of(Span))


def _to_float(value: Any) -> Optional[float]:
    """A float; one of 1 or more is rounded to 15 significant digits, which drops the binary error of
    a decimal times a scale ("4.1 billion" is 4100000000, not 4099999999.9999995)."""
    if value is None:
        return None
    value = float(value)
    return float(f"{value:.15g}") if abs(value) >= 1 and math.isfinite(value) else value


@attrs.frozen
class Quantity:
    """A figure: its text, its value or bounds ("more than 300" → low 300, exclusive), how it is
    hedged ("nearly", "about") and its unit ("percent", "dollar")."""

    text: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    value: Optional[float] = attrs.field(default=None, converter=_to_float)
    low: Optional[float] = attrs.field(default=None, converter=_to_float)
    high: Optional[float] = attrs.field(default=None, converter=_to_float)
    low_inclusive: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    high_inclusive: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    qualifier: Optional[str] = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.in_(QUALIFIERS)))
    hedge: Optional[Span] = attrs.field(default=None, validator=_opt_span)
    unit: Optional[str] = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str)))

    def __attrs_post_init__(self) -> None:
        if self.value is None and self.low is None and self.high is None:
            raise ValueError(f"Quantity {self.text.text!r} has neither a value nor a bound")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"Quantity {self.text.text!r}: low {self.low} is above high {self.high}")

    def to_dict(self) -> Dict[str, Any]:
        return {
            "text": self.text.to_dict(),
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "low_inclusive": self.low_inclusive,
            "high_inclusive": self.high_inclusive,
            "qualifier": self.qualifier,
            "hedge": self.hedge and self.hedge.to_dict(),
            "unit": self.unit,
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Quantity":
        _check_keys(cls, data)
        return cls(**{**data, "text": Span.from_dict(data["text"]), "hedge": _span_or_none(data.get("hedge"))})


_QUANTITY_KEYS = ("value", "low", "high", "low_inclusive", "high_inclusive", "qualifier", "hedge", "unit")


@attrs.frozen
class NumericClaim:
    """A figure stated as a fact: the quantity, what it counts, the whole it is part of, what is said
    of it, when, and who says so (``speaker``/``quote`` are None in the reporter's own voice)."""

    id: int = attrs.field(validator=attrs.validators.instance_of(int))
    quantity: Quantity = attrs.field(validator=attrs.validators.instance_of(Quantity))
    counted: Optional[Span] = attrs.field(default=None, validator=_opt_span)
    total: Optional[float] = attrs.field(default=None, converter=_to_float)
    predicate: Optional[Span] = attrs.field(default=None, validator=_opt_span)
    time: Tuple[Span, ...] = attrs.field(default=(), converter=tuple)
    source: Optional[Span] = attrs.field(default=None, validator=_opt_span)
    speaker: Optional[int] = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int)))
    quote: Optional[int] = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int)))

    @property
    def text(self) -> Span:
        return self.quantity.text

    @property
    def value(self) -> Optional[float]:
        return self.quantity.value

    def to_dict(self) -> Dict[str, Any]:
        q = self.quantity.to_dict()
        return {
            "id": self.id,
            "text": q["text"],
            **{k: q[k] for k in _QUANTITY_KEYS},
            "counted": self.counted and self.counted.to_dict(),
            "total": self.total,
            "predicate": self.predicate and self.predicate.to_dict(),
            "time": [t.to_dict() for t in self.time],
            "source": self.source and self.source.to_dict(),
            "speaker": self.speaker,
            "quote": self.quote,
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "NumericClaim":
        if not isinstance(data, dict):
            raise TypeError(f"NumericClaim.from_dict() takes a dict, got {type(data).__name__}")
        known = {"id", "text", "counted", "total", "predicate", "time", "source", "speaker", "quote", *_QUANTITY_KEYS}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"NumericClaim.from_dict(): unknown keys {sorted(unknown)}; expected {sorted(known)}")
        quantity = Quantity.from_dict({"text": data["text"], **{k: data.get(k) for k in _QUANTITY_KEYS if k in data}})
        return cls(
            id=data["id"],
            quantity=quantity,
            counted=_span_or_none(data.get("counted")),
            total=data.get("total"),
            predicate=_span_or_none(data.get("predicate")),
            time=[Span.from_dict(t) for t in data.get("time", ())],
            source=_span_or_none(data.get("source")),
            speaker=data.get("speaker"),
            quote=data.get("quote"),
        )


@attrs.frozen
class Article:
    """Everything claimlib found in one text: quotes, speakers and numeric claims."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    quotes: Tuple[Quote, ...] = attrs.field(default=(), converter=tuple)
    speakers: Tuple[Speaker, ...] = attrs.field(default=(), converter=tuple)
    claims: Tuple[NumericClaim, ...] = attrs.field(default=(), converter=tuple)

    def speaker(self, speaker_id: Optional[int]) -> Optional[Speaker]:
        """The speaker with this id, or None (also for ``None``, the id of an unattributed quote)."""
        if speaker_id is None:
            return None
        for s in self.speakers:
            if s.id == speaker_id:
                return s
        raise KeyError(f"no speaker with id {speaker_id} in this article")

    def quotes_by(self, speaker_id: int) -> List[Quote]:
        """Every quote credited to one speaker, in text order."""
        return [q for q in self.quotes if q.speaker == speaker_id]

    def to_dict(self) -> Dict[str, Any]:
        return {
            "text": self.text,
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
            "claims": [c.to_dict() for c in self.claims],
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Article":
        _check_keys(cls, data)
        return cls(
            text=data["text"],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", ())],
            speakers=[Speaker.from_dict(s) for s in data.get("speakers", ())],
            claims=[NumericClaim.from_dict(c) for c in data.get("claims", ())],
        )

    def claims_by(self, speaker_id: Optional[int]) -> List[NumericClaim]:
        """Every claim credited to one speaker, in text order; None: the reporter's own (in no
        attribution; a figure in an attribution with no speaker, "is expected to", is nobody's)."""
        return [c for c in self.claims if c.speaker == speaker_id and (speaker_id is not None or c.quote is None)]
