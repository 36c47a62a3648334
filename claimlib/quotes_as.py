"""The "as X said" pass: an aside naming who reported the sentence it sits in ("As the Gazette
reported, the port refused …", "Turnout, as officials noted, fell", "…, as the minister put it")."""
from __future__ import annotations

from typing import Callable, FrozenSet, Iterator, Optional

from spacy.tokens import Doc, Token

from . import mentions
from .cues import lemma_of
from .found import DocView, Found, sourced, token_chars
from .hashes import positions
from .marks import ASIDE_DASHES
from .quotes_according import around
from .quotes_indirect import subject_of

REACH = 10  # tokens from "as" to its verb, and from the verb to the end of the aside
_BEFORE = {",", ";", "(", "\u2014", "\u2013", "--", "-", "just", "and", "but"}
_SUBJECT_START = {"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"}
_INSIDE = _SUBJECT_START | {"ADP", "AUX", "ADV", "PART", "CCONJ", "PUNCT"}
_NAME_PARTS = {"DET", "PROPN"}
_FINITE = {"VBD", "VBZ", "VBP", "VBN"}
_ENDS = {",", ".", "!", "?", ";", ")", "\u2014", "\u2013", "--"}


def _opens_aside(doc: Doc, tok: Token, sentenced: bool) -> bool:
    """"as" opening its sentence, or after a comma, dash or "just"."""
    k = tok.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k < 0 or (sentenced and tok.is_sent_start) or doc[k].text in ".!?\n" or doc[k].lower_ in _BEFORE


def _verb_after(doc: Doc, tok: Token, verbs: FrozenSet[str], parsed: bool) -> Optional[int]:
    """The attributing verb closing "as <subject> [has] …": nothing but a noun phrase, auxiliaries
    and adverbs between, and an aside between dashes."""
    first = tok.i + 1
    if first >= len(doc) or (parsed and doc[first].pos_ not in _SUBJECT_START):
        return None
    k, end = first + 1, min(len(doc), first + REACH)
    while k < end:
        t = doc[k]
        if lemma_of(t) in verbs and (not t.tag_ or t.tag_ in _FINITE):
            return k
        if t.text in ASIDE_DASHES:  # "As the Gazette — no friend of the mayor — observed, …": past the aside
            closing = next((j for j in range(k + 1, min(len(doc), k + REACH)) if doc[j].text == t.text), None)
            if closing is not None and not any(x.text in _ENDS or x.is_space for x in doc[k + 1:closing]):
                k, end = closing + 1, min(len(doc), closing + 1 + REACH)
                continue
        if t.is_space or t.text in _ENDS or t.lower_ in ("as", "that", "if") or (parsed and t.pos_ not in _INSIDE):
            return None
        k += 1
    return None


def _aside_end(doc: Doc, verb: int, sent_end: int, parsed: bool) -> Optional[int]:
    """Where the aside stops after its verb ("reported in March,"): the comma or the sentence end,
    with no other verb on the way."""
    for k in range(verb + 1, min(sent_end, verb + REACH)):
        t = doc[k]
        if t.text in _ENDS:
            return k
        if t.lower_ == "that" or (parsed and t.pos_ in ("VERB", "AUX")):
            return None
    return sent_end if sent_end - verb <= REACH else None


def find(view: DocView, verbs: FrozenSet[str], report_nouns: FrozenSet[str],
         inside_quote: Callable[[int], bool]) -> Iterator[Found]:
    """One attribution per "as X <verb>" aside outside quote marks, its subject as source."""
    doc, parsed = view.doc, view.parsed
    if not verbs:
        return
    for i in positions(view, "as"):
        tok = doc[i]
        if inside_quote(tok.idx) or not _opens_aside(doc, tok, view.sentenced):
            continue
        verb = _verb_after(doc, tok, verbs, parsed)
        if verb is None:
            continue
        sent = doc[verb].sent if view.sentenced else doc[:]
        end = _aside_end(doc, verb, sent.end, parsed)
        if end is None:
            continue
        subj = subject_of(doc[verb]) if parsed else None
        dash = next((t.i for t in doc[tok.i + 1:verb] if t.text in ASIDE_DASHES), None)
        if dash is not None:  # the subject stands before the aside: "As the Gazette — no friend of his — observed"
            mention = mentions.Mention(tok.i + 1, dash)
        elif subj is not None and tok.i < subj.i < verb:
            mention = mentions.from_head(subj, report_nouns)
            if mention.start > tok.i + 1 and all(t.pos_ in _NAME_PARTS for t in doc[tok.i + 1: mention.start]):
                # the parser took "As the Harbour" for a phrase of its own: the name starts after "as"
                mention = mentions.Mention(tok.i + 1, mention.end, mention.roles)
        else:
            mention = mentions.run_after(doc, tok.i + 1)
            if mention is not None and mention.end > verb:
                mention = mentions.Mention(tok.i + 1, verb)
        content = around(view, sent, (tok.i, end))
        if content is None:
            continue
        yield Found(kind="indirect", content=content, cue=token_chars(doc, verb, verb + 1),
                    **sourced(doc, mention), origin="as")
