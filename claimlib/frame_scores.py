"""Learned weights that decide whether a cue verb's frame holds what somebody said.

The frames table (``models/cues/frames.tsv``) judges a candidate by its lemma, frame and subject
class alone. The weights in ``models/cues/frame_weights.tsv`` (a logistic regression learned by
``scripts/learn_frames.py`` from PolNeAR train) add what tells "Clinton supported the bill" from
"Clinton supported herself": the verb's form and role, negation and modals, the content's first
word and length, what kind of object and subject it has, and whether the sentence quotes anyone.
"""
from __future__ import annotations

import math
from typing import Dict, Iterable, List, Optional, Tuple

from spacy.tokens import Doc, Token

BIAS = "__bias__"
_QUOTE_CHARS = frozenset("\"\u201c\u201d")
_DETS = frozenset({"-", "a", "an", "the", "this", "that", "these", "those", "no", "any", "some"})
_CONTENT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "CARDINAL", "PERCENT", "MONEY", "DATE"})


def _word(tok: Token) -> str:
    """The lower-cased word, "_" for whitespace (features are one line each in the weights file)."""
    return "_" if tok.is_space or not tok.text.strip() else tok.lower_.replace("\t", " ")


def _length(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"


def _kind(tok: Optional[Token]) -> str:
    if tok is None:
        return "none"
    return tok.ent_type_ or tok.pos_


def features(doc: Doc, verb: Token, lemma: str, frame: str, rng: Tuple[int, int], subj: Optional[Token], subject: str) -> List[str]:
    """The candidate's features as strings ("lemma|frame", "tag=VBD", …)."""
    first = _word(doc[rng[0]])
    dep, tag = verb.dep_, verb.tag_
    if dep == "acl" and frame == "ccomp" and rng[1] <= verb.i:
        # a cue closing its content that the parser hung on its speaker ("…, the health secretary
        # announced", quotes_indirect._closing_acl): scored as the main verb it is
        dep, tag = "ROOT", "VBD"
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "attr", "oprd")), None)
    out = [
        f"l={lemma}", f"f={frame}", f"s={subject}", f"lf={lemma}|{frame}", f"lfs={lemma}|{frame}|{subject}",
        f"fs={frame}|{subject}", f"tag={tag}", f"dep={dep}", f"ltag={lemma}|{tag}",
        f"ldep={lemma}|{dep}", f"w0={first}", f"fw0={frame}|{first}",
        f"len={_length(rng[1] - rng[0])}", f"flen={frame}|{_length(rng[1] - rng[0])}",
        "side=after" if rng[0] > verb.i else "side=before", f"subj={_kind(subj)}", f"obj={_kind(obj)}",
        f"lobj={lemma}|{_kind(obj)}", f"lsubj={lemma}|{_kind(subj)}",
    ]
    if subj is not None:
        out.append(f"sw={subj.lower_}" if subj.pos_ == "PRON" else f"sl={subj.lemma_.lower()}")
    if obj is not None:
        out.append(f"ol={obj.lemma_.lower()}")
    prep = next((c for c in verb.rights if c.dep_ == "prep"), None)
    if prep is not None:
        out.append(f"lp={lemma}|{prep.lower_}")
    for label in {t.ent_type_ for t in doc[rng[0]:rng[1]] if t.ent_type_ in _CONTENT_ENTS}:
        out.append(f"ce={label}")
    for child in verb.children:
        if child.dep_ == "neg":
            out.append("neg")
        elif child.dep_ == "aux" and child.tag_ == "MD":
            out.append("modal")
    if dep in ("xcomp", "ccomp", "advcl", "conj", "relcl", "acl") and verb.head.i != verb.i:
        out.append(f"hl={verb.head.lemma_.lower()}")
    sent_text = verb.sent.text
    if "''" in sent_text or any(ch in sent_text for ch in _QUOTE_CHARS):
        out.append("sentq")
    content = doc[rng[0]:rng[1]]
    out += [f"lw0={lemma}|{first}", f"lside={lemma}|{'after' if rng[0] > verb.i else 'before'}",
            f"prev={_word(doc[verb.i - 1]) if verb.i else '^'}",
            f"commas={min(3, sum(1 for t in content if t.text == ','))}"]
    if any(t.is_quote for t in content):
        out.append("cq")
    if verb.sent.start == 0:
        out.append("first_sentence")
    return out


def nominal_features(doc: Doc, noun: Token, lemma: str, frame: str, word: str, rng: Tuple[int, int],
                     owner: Optional[Token]) -> List[str]:
    """A cue noun's features, in their own namespace ("N…"): the noun, its frame and introducing
    word, its role, whose it is, its determiner, the content's first word and length."""
    det = next((c.lower_ for c in noun.lefts if c.dep_ in ("det", "poss")), "-")
    first = _word(doc[rng[0]])
    out = [
        "N", f"Nl={lemma}", f"Nf={frame}", f"Nw={word}", f"Nlw={lemma}|{word}", f"Nlf={lemma}|{frame}",
        f"Ndep={noun.dep_}", f"Nldep={lemma}|{noun.dep_}", f"Nhead={noun.head.lemma_.lower()}",
        f"Nowner={_kind(owner)}", f"Nlowner={lemma}|{_kind(owner)}", f"Ndet={det if det in _DETS else 'poss'}",
        f"Nnum={noun.tag_}", f"Nw0={first}", f"Nlen={_length(rng[1] - rng[0])}",
    ]
    if owner is not None and owner.pos_ == "PRON":
        out.append(f"Nsw={owner.lower_}")
    for label in {t.ent_type_ for t in doc[rng[0]:rng[1]] if t.ent_type_ in _CONTENT_ENTS}:
        out.append(f"Nce={label}")
    return out


class FrameScorer:
    """The probability that a candidate's content is an attribution's, from learned weights."""

    def __init__(self, weights: Dict[str, float]):
        self.weights = weights
        self.bias = weights.get(BIAS, 0.0)

    @classmethod
    def from_rows(cls, rows: Iterable[str]) -> "FrameScorer":
        """From "feature<TAB>weight" strings (the lexicon form of the weights file)."""
        weights = {}
        for row in rows:
            feat, _, w = row.rpartition("\t")
            weights[feat] = float(w)
        return cls(weights)

    def probability(self, feats: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
