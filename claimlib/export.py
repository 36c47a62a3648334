"""Flat exports: one CSV row per quote (and per numeric claim), with the speaker spelt out."""
from __future__ import annotations

from typing import Dict, Iterator, List

from .types import Article

CSV_FIELDS = [
    "file", "type", "id", "kind", "text", "start", "end", "cue", "cue_start", "cue_end",
    "source", "source_start", "source_end", "speaker_id", "speaker_name", "speaker_kind", "speaker_roles",
]


def csv_rows(name: str, article: Article) -> Iterator[Dict[str, object]]:
    """The rows of one article: its quotes, then its claims."""
    for q in article.quotes:
        sp = article.speaker(q.speaker)
        yield {
            "file": name, "type": "quote", "id": q.id, "kind": q.kind,
            "text": q.content.text, "start": q.content.start, "end": q.content.end,
            "cue": q.cue.text if q.cue else "", "cue_start": q.cue.start if q.cue else "", "cue_end": q.cue.end if q.cue else "",
            "source": q.source.text if q.source else "", "source_start": q.source.start if q.source else "",
            "source_end": q.source.end if q.source else "",
            "speaker_id": "" if sp is None else sp.id, "speaker_name": "" if sp is None else sp.name,
            "speaker_kind": "" if sp is None else sp.kind, "speaker_roles": "" if sp is None else "; ".join(sp.roles),
        }
    for c in article.claims:
        sp = article.speaker(c.get("speaker"))
        span = c.get("text") or {}
        yield {
            "file": name, "type": "claim", "id": c.get("id", ""), "kind": c.get("qualifier") or "",
            "text": span.get("text", ""), "start": span.get("start", ""), "end": span.get("end", ""),
            "speaker_id": "" if sp is None else sp.id, "speaker_name": "" if sp is None else sp.name,
            "speaker_kind": "" if sp is None else sp.kind, "speaker_roles": "" if sp is None else "; ".join(sp.roles),
        }


def header() -> List[str]:
    return list(CSV_FIELDS)
