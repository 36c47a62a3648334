"""The hearsay pass: "The club is reportedly spending $1.5 million": an adverb that makes its clause
a report nobody is named for. The clause is the content, with no source. Needs a dependency parse;
the adverbs are data (``models/cues/hearsay_adverbs.txt``).
"""
from __future__ import annotations

from typing import Callable, FrozenSet, Iterator

from .cues import cue_spans
from .found import DocView, Found, token_chars, trim
from .hashes import positions
from .quotes_indirect import end_before_punct

# a clause inside another ("who reportedly has…", "…, reportedly winning over…") is no report of its own
_EMBEDDED = ("relcl", "acl", "advcl")


def find(view: DocView, adverbs: FrozenSet[str], inside_quote: Callable[[int], bool]) -> Iterator[Found]:
    """One attribution per hearsay adverb on a main or complement clause's verb, outside quote
    marks; not on a cue verb ("reportedly said": the verb's own attribution has the speaker)."""
    if not view.parsed:
        return
    doc, text = view.doc, view.text
    hits = [i for word in adverbs for i in positions(view, word)]
    if not hits:
        return
    cue_heads = {c.root.i for c in cue_spans(doc, "speech", "verb")}
    for i in hits:
        adverb = doc[i]
        verb = adverb.head
        while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
            verb = verb.head  # "who reportedly has been itching": the clause is the main verb's
        if (adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or verb.i in cue_heads
                or verb.dep_ in _EMBEDDED or inside_quote(adverb.idx)):
            continue
        start = verb.left_edge.i
        while start <= i and (start == i or doc[start].is_punct):
            start += 1  # "Reportedly, he made…"
        end = end_before_punct(doc, start, verb.right_edge.i + 1)
        if end <= start:
            continue
        yield Found(kind="indirect", content=trim(text, token_chars(doc, start, end)),
                    cue=token_chars(doc, i, i + 1), origin="hearsay")
