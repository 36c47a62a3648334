"""The user-facing entry points: ``extract`` one text, ``extract_many`` a stream of texts."""
from __future__ import annotations

import re
from typing import Iterable, Iterator, List, Optional, Tuple

import attrs
from spacy.language import Language

from .convert import doc_to_article
from .errors import Errors, Warnings, warn
from .pipeline import load
from .spaces import plain_spaces
from .types import Article, NumericClaim, Quote, Span, Speaker

_DEFAULT: Optional[Language] = None
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


def default_nlp() -> Language:
    """The pipeline ``extract`` uses when none is given (loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load()
    return _DEFAULT


def check_text(text: object, func: str = "extract") -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        hint = "decode it first, e.g. text.decode('utf-8')"
    elif text is None:
        hint = "pass the article's text as a str"
    else:
        hint = "pass the article's text as a str"
    raise TypeError(Errors.E001.format(func=func, got=type(text).__name__, hint=hint))


def pieces(text: str, max_length: int) -> List[Tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``max_length`` characters at paragraph breaks (at line
    breaks, then spaces, when a paragraph alone is too long)."""
    out: List[Tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > max_length:
        limit = start + max_length
        cut = -1
        for pattern in ("\n\n", "\n", " "):
            cut = text.rfind(pattern, start + 1, limit)
            if cut > start:
                cut += len(pattern)
                break
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def extract(text: str, nlp: Optional[Language] = None) -> Article:
    """Every attribution in ``text`` with its cue and speaker, as a frozen ``Article``."""
    text = check_text(text, "extract")
    return next(extract_many([text], nlp=nlp))


def extract_many(texts: Iterable[str], nlp: Optional[Language] = None, batch_size: int = 32, n_process: int = 1,
                 progress: bool = False) -> Iterator[Article]:
    """``extract`` over a stream of texts; Articles come in input order. ``progress`` shows a tqdm
    bar (rate and, for sized inputs, ETA) on standard error."""
    nlp = nlp or default_nlp()
    if progress:
        from tqdm import tqdm

        total = len(texts) if hasattr(texts, "__len__") else None  # type: ignore[arg-type]
        texts = tqdm(texts, total=total, desc="claimlib", unit="article")
    stored: List[str] = []

    def piece_texts() -> Iterator[Tuple[str, Tuple[int, int, int]]]:
        for i, text in enumerate(texts):
            text = check_text(text, "extract_many")
            stored.append(text)
            spans = pieces(text, nlp.max_length - 1) if len(text) >= nlp.max_length else [(0, len(text))]
            if len(spans) > 1:
                warn(Warnings.W002.format(n=len(text), max=nlp.max_length, k=len(spans)))
            for s, e in spans:
                # parsed with plain spaces, reported on the original characters (same offsets)
                yield plain_spaces(text[s:e]), (i, s, len(spans), text[s:e])

    current: List[Article] = []
    current_index = -1
    for doc, (i, offset, count, piece) in nlp.pipe(piece_texts(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        article = doc_to_article(doc, piece)
        if i != current_index:
            current, current_index = [], i
        current.append(_shift(article, offset))
        if len(current) == count:
            yield _join(stored[i], current)
            stored[i] = ""


def _shift(article: Article, offset: int) -> Article:
    """Offsets of a piece made relative to the whole text."""
    if offset == 0:
        return article

    def mv(span: Optional[Span]) -> Optional[Span]:
        return None if span is None else Span(span.start + offset, span.end + offset, span.text)

    quotes = [Quote(q.id, q.kind, mv(q.content), mv(q.cue), mv(q.source), q.speaker, [mv(p) for p in q.parts])
              for q in article.quotes]
    speakers = [Speaker(s.id, s.name, s.kind, s.roles, [mv(m) for m in s.mentions]) for s in article.speakers]
    claims = [attrs.evolve(
        c, quantity=attrs.evolve(c.quantity, text=mv(c.quantity.text), hedge=mv(c.quantity.hedge)),
        counted=mv(c.counted), predicate=mv(c.predicate), time=[mv(t) for t in c.time], source=mv(c.source),
    ) for c in article.claims]
    return Article(article.text, quotes, speakers, claims)


def _join(text: str, parts: List[Article]) -> Article:
    """One Article from the Articles of its pieces, speakers of the same name and kind merged."""
    if len(parts) == 1:
        return Article(text, parts[0].quotes, parts[0].speakers, parts[0].claims)
    quotes: List[Quote] = []
    claims: List[NumericClaim] = []
    speakers: List[Speaker] = []
    by_key = {}
    for part in parts:
        remap = {}
        for s in part.speakers:
            key = (s.name, s.kind)
            if key in by_key and s.kind != "unnamed":
                j = by_key[key]
                old = speakers[j]
                speakers[j] = Speaker(old.id, old.name, old.kind, tuple(dict.fromkeys(old.roles + s.roles)), old.mentions + s.mentions)
            else:
                j = len(speakers)
                by_key[key] = j
                speakers.append(Speaker(j, s.name, s.kind, s.roles, s.mentions))
            remap[s.id] = j
        first_quote = len(quotes)
        for q in part.quotes:
            quotes.append(Quote(len(quotes), q.kind, q.content, q.cue, q.source,
                                remap.get(q.speaker) if q.speaker is not None else None, q.parts))
        for c in part.claims:
            claims.append(attrs.evolve(
                c, id=len(claims), speaker=remap.get(c.speaker) if c.speaker is not None else None,
                quote=None if c.quote is None else first_quote + c.quote,
            ))
    return Article(text, quotes, speakers, claims)
