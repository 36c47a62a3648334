"""The nominal pass: a cue noun and what it is about ("his criticism of the plan", "her claim that
turnout fell", "calls to close the border"), its owner as source.

Candidates come from nouns learned as cues on PolNeAR train (``models/cues/cue_nouns.tsv``); the
learned frame weights decide which to keep (no weights, no nominal pass: as a table these nouns were
wrong more often than right). Needs a dependency parse.
"""
from __future__ import annotations

from typing import Callable, FrozenSet, Iterator, List, Optional, Tuple

import numpy
from spacy.tokens import Token

from . import frame_scores, mentions
from .found import DocView, Found, sourced, token_chars, trim
from .hashes import member
from .quotes_indirect import for_to_clause, subject_of


def frame_of(noun: Token, about: FrozenSet[str]) -> Optional[Tuple[str, Tuple[int, int], str]]:
    """(frame, token range, introducing word) of a cue noun's content: a clause ("claim that …",
    "calls to …") or the object of a preposition in ``about`` ("criticism of …")."""
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX"):
            marker = next((g.lower_ for g in child.lefts if g.dep_ in ("mark", "aux")), "")
            if marker in ("that", "to") or child.dep_ == "ccomp":
                return "clause", (child.left_edge.i, child.right_edge.i + 1), marker or "-"
    wish = for_to_clause(noun) if "for" in about else None
    if wish is not None:  # "calls for Ruiz to resign"
        return "prep", (wish.left_edge.i + 1, wish.right_edge.i + 1), "for"
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in about:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return "prep", (objs[0].left_edge.i, max(g.right_edge.i for g in objs) + 1), child.lower_
    return None


def owner_of(noun: Token, report_nouns: FrozenSet[str] = frozenset()) -> Optional[Token]:
    """Whose the noun is: a possessive ("Trump's attack"), a name before a document noun ("a Herald
    report"; not "a Fox interview", "a Christie supporter"), a "by" phrase, or the subject of the
    verb it is the object of ("Trump launched an attack on …")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if mentions.names_document(noun, report_nouns):
        for child in noun.lefts:
            if child.dep_ == "compound" and child.pos_ == "PROPN" and child.ent_type_ in ("ORG", "PERSON"):
                return child
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head)
    return None


def find(view: DocView, lexicon, inside_quote: Callable[[int], bool],
         score: Optional[Callable[[List[str]], float]], floor: float, keys: numpy.ndarray) -> Iterator[Found]:
    """Every cue noun outside quote marks whose candidate ``score`` puts at ``floor`` or above
    (``keys``: the cue nouns' string hashes from ``hashes.key_array``, made once at load time)."""
    nouns: FrozenSet[str] = lexicon.get("cue_nouns", frozenset())
    if score is None or not nouns:
        return
    report_nouns = lexicon["report_nouns"]
    about = lexicon.get("noun_prepositions", frozenset())
    doc, text = view.doc, view.text
    arr = view.words
    for i in numpy.nonzero(member(arr[:, 0], keys) | member(arr[:, 1], keys))[0].tolist():
        noun = doc[i]
        if noun.pos_ != "NOUN" or inside_quote(noun.idx):
            continue
        lemma = noun.lemma_.lower()
        if lemma not in nouns:
            continue
        shaped = frame_of(noun, about)
        if shaped is None:
            continue
        frame, rng, word = shaped
        if not any(t.is_alpha for t in doc[rng[0]:rng[1]]):
            continue
        content = trim(text, token_chars(doc, *rng))
        if content[1] <= content[0]:
            continue
        owner = owner_of(noun, report_nouns)
        p = score(frame_scores.nominal_features(doc, noun, lemma, frame, word, rng, owner))
        if p < floor:
            continue
        mention = mentions.from_head(owner, report_nouns) if owner is not None else None
        yield Found(kind="indirect", content=content, cue=token_chars(doc, noun.i, noun.i + 1),
                    **sourced(doc, mention), origin=f"nominal:{lemma}:{frame}", score=p)
