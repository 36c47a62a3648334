"""Flat exports: one row per quote (and per numeric claim), with the speaker spelt out, for CSV and
for data frames (missing values are None: empty in CSV, null in Parquet). A quote's "said" is what
was said without the reporter's words between its parts, joined by " … "."""
from __future__ import annotations

from typing import Dict, Iterator, List

from .types import Article

CSV_FIELDS = [
    "file", "type", "id", "kind", "text", "said", "start", "end", "cue", "cue_start", "cue_end",
    "source", "source_start", "source_end", "speaker_id", "speaker_name", "speaker_kind", "speaker_roles",
    "value", "low", "high", "unit", "counted", "total", "predicate", "time", "quote_id",
]


def csv_rows(name: str, article: Article) -> Iterator[Dict[str, object]]:
    """The rows of one article: its quotes, then its claims."""
    for q in article.quotes:
        sp = article.speaker(q.speaker)
        yield {
            "file": name, "type": "quote", "id": q.id, "kind": q.kind,
            "text": q.content.text, "said": " … ".join(p.text for p in q.said()),
            "start": q.content.start, "end": q.content.end,
            "cue": q.cue.text if q.cue else None, "cue_start": q.cue.start if q.cue else None, "cue_end": q.cue.end if q.cue else None,
            "source": q.source.text if q.source else None, "source_start": q.source.start if q.source else None,
            "source_end": q.source.end if q.source else None,
            "speaker_id": None if sp is None else sp.id, "speaker_name": None if sp is None else sp.name,
            "speaker_kind": None if sp is None else sp.kind, "speaker_roles": None if sp is None else "; ".join(sp.roles),
        }
    for c in article.claims:
        sp = article.speaker(c.speaker)
        q = c.quantity
        row = dict.fromkeys(CSV_FIELDS)
        row.update({
            "file": name, "type": "claim", "id": c.id, "kind": q.qualifier,
            "text": q.text.text, "start": q.text.start, "end": q.text.end,
            "source": c.source.text if c.source else None, "source_start": c.source.start if c.source else None,
            "source_end": c.source.end if c.source else None,
            "value": q.value, "low": q.low, "high": q.high, "unit": q.unit,
            "counted": c.counted.text if c.counted else None, "total": c.total,
            "predicate": c.predicate.text if c.predicate else None,
            "time": "; ".join(t.text for t in c.time) or None, "quote_id": c.quote,
            "speaker_id": None if sp is None else sp.id, "speaker_name": None if sp is None else sp.name,
            "speaker_kind": None if sp is None else sp.kind, "speaker_roles": None if sp is None else "; ".join(sp.roles),
        })
        yield row


INT_FIELDS = {"id", "start", "end", "cue_start", "cue_end", "source_start", "source_end", "speaker_id", "quote_id"}
FLOAT_FIELDS = {"value", "low", "high", "total"}


def header() -> List[str]:
    return list(CSV_FIELDS)


def dtypes() -> Dict[str, str]:
    """pandas dtypes of the rows: nullable integers and strings, the same in every partition."""
    return {f: ("Int64" if f in INT_FIELDS else "Float64" if f in FLOAT_FIELDS else "string") for f in CSV_FIELDS}
