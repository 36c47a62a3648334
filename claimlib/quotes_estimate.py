"""The estimate pass: "<source> puts <thing> at <figure>" ("Forbes put his net worth at $45
billion", "analysts peg the cost at about $2 billion"): the thing and the figure are what the
subject says; and "<source> cut its forecast to <figure>" ("the IMF edged up its forecast for
those countries by 0.1 points to 4.2 percent"): the forecast is the subject's. Needs a dependency
parse; the words are data (``models/cues/estimate_verbs.txt``, ``forecast_nouns.txt``,
``revision_verbs.txt``).
"""
from __future__ import annotations

from typing import Callable, FrozenSet, Iterator, List, Optional

import numpy
from spacy.tokens import Token

from . import mentions
from .cues import lemma_of
from .found import DocView, Found, sourced, token_chars, trim
from .hashes import member
from .quotes_indirect import end_before_punct, subject_of, without_trailing_asides

PREPOSITIONS = ("at", "near", "around", "to")  # "closer to 54,000"


def _holds_figure(prep: Token) -> bool:
    """A prepositional phrase of ``PREPOSITIONS`` holding a figure that is no time of day or date
    ("at $45 billion", "closer to 54,000"; not "at 5 p.m.")."""
    nums = [t for t in prep.subtree if t.like_num]
    return prep.lower_ in PREPOSITIONS and bool(nums) and not any(t.ent_type_ in ("TIME", "DATE") for t in nums)


def _figure_phrase(verb: Token) -> Optional[Token]:
    """The verb's first prepositional phrase holding a figure."""
    for child in verb.rights:
        # on the verb, on an adverb ("closer to …") or on the object ("the figure at …")
        if child.dep_ == "prep":
            preps = [child]
        elif child.dep_ in ("advmod", "dobj"):
            preps = [g for g in child.rights if g.dep_ == "prep"]
            if child.dep_ == "dobj":
                preps += _closing_at(child)
        else:
            continue
        for prep in preps:
            if _holds_figure(prep):
                return prep
    return None


def _closing_at(obj: Token) -> List[Token]:
    """"put the number of pages that were turned over last year at about 55,000": an "at" phrase
    closing a long object, which the parser hung on a clause inside the object."""
    return [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "at" and t.head.i != obj.i
            and t.right_edge.i == obj.right_edge.i]


def _last_figure_phrase(verb: Token, phrase: Token) -> Token:
    """"puts Ortega at 47 percent and Whitcomb at 44 percent": the figure phrases after the first
    one that the parser hung on the verb, with only names, commas and "and" between, are part of
    the same estimate."""
    last = phrase
    for prep in (c for c in verb.rights if c.i > phrase.i and c.dep_ == "prep"):
        between = verb.doc[last.right_edge.i + 1:prep.i]
        if not _holds_figure(prep) or any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text != "," for t in between):
            break
        last = prep
    return last


def find(view: DocView, verbs: FrozenSet[str], keys: numpy.ndarray, report_nouns: FrozenSet[str],
         inside_quote: Callable[[int], bool]) -> Iterator[Found]:
    """One attribution per estimate verb with an object and a figure after it, outside quote marks
    (``keys``: the verbs' string hashes from ``hashes.key_array``)."""
    if not view.parsed or not verbs:
        return
    doc, text = view.doc, view.text
    for i in numpy.nonzero(member(view.words[:, 0], keys))[0].tolist():
        verb = doc[i]
        if verb.pos_ != "VERB" or inside_quote(verb.idx):
            continue
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        phrase = _figure_phrase(verb) if obj is not None else None
        if phrase is None or phrase.i < obj.i:
            continue
        phrase = _last_figure_phrase(verb, phrase)
        rng = without_trailing_asides(doc, (obj.left_edge.i, max(phrase.right_edge.i, obj.right_edge.i) + 1))
        content = trim(text, token_chars(doc, *rng))
        subj = subject_of(verb, report_nouns=report_nouns)
        mention = mentions.from_head(subj, report_nouns) if subj is not None else None
        yield Found(kind="indirect", content=content, cue=token_chars(doc, verb.i, verb.i + 1),
                    **sourced(doc, mention), origin="estimate")


def find_revisions(view: DocView, nouns: FrozenSet[str], keys: numpy.ndarray, verbs: FrozenSet[str],
                   report_nouns: FrozenSet[str], inside_quote: Callable[[int], bool]) -> Iterator[Found]:
    """One attribution per forecast noun that is the object of a revising verb with a figure after
    it, outside quote marks: the verb's clause is the content, the forecast noun the cue and the
    verb's subject (else the forecast's owner) the source (``keys``: the nouns' string hashes)."""
    if not view.parsed or not nouns or not verbs:
        return
    doc, text = view.doc, view.text
    for i in numpy.nonzero(member(view.words[:, 0], keys))[0].tolist():
        noun = doc[i]
        verb = noun.head
        if noun.dep_ != "dobj" or verb.i > noun.i or lemma_of(verb) not in verbs or inside_quote(noun.idx):
            continue
        if not any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in doc[noun.i + 1:verb.right_edge.i + 1]):
            continue  # "raised its forecast" with no figure: the reporter's account of a decision
        head = subject_of(verb, report_nouns=report_nouns) or next(
            (c for c in noun.children if c.dep_ == "poss"), None)
        mention = mentions.from_head(head, report_nouns) if head is not None else None
        start, end = without_trailing_asides(doc, (verb.i, verb.right_edge.i + 1))
        rng = (start, end_before_punct(doc, start + 1, end))
        yield Found(kind="indirect", content=trim(text, token_chars(doc, *rng)),
                    cue=token_chars(doc, noun.i, noun.i + 1), **sourced(doc, mention), origin="forecast")
