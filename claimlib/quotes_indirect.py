"""The syntactic pass: a cue verb, its clausal complement as content and its subject as source.

Finds reported speech ("X said that ..."), beliefs and intentions ("X wants to ...") and quotes the
parser ties to the cue ("'...,' said X"; "..., he said, ..."). Needs a dependency parse.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, FrozenSet, Iterator, List, Optional, Tuple

from spacy.tokens import Doc, Token

from . import frame_scores, mentions, resources
from .cues import cue_spans, lemma_of
from .found import DocView, Found, sourced, token_chars, trim
from .marks import ASIDE_DASHES

INHERIT_SUBJECT_DEPS = ("conj", "xcomp", "advcl", "pcomp", "dep", "npadvmod")


def subject_of(verb: Token, depth: int = 0, report_nouns: FrozenSet[str] = frozenset()) -> Optional[Token]:
    """The speaker's head for a cue verb: its subject, a passive's agent, the noun a participle
    modifies (or, for a document like "a statement saying", whoever issued it), or the subject of
    the verb it is coordinated with or subordinate to."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # a relative "who" stays the mention (the speaker resolver follows it back); of two
        # subjects the parser gave one verb ("footage of the mayor asking"), the nearer one
        before = [c for c in subjects if c.i < verb.i]
        subj = before[-1] if before else subjects[0]
        if len(before) > 1 and _cut_at_quote_mark(before[-2], subj):
            subj = before[-2]
        if subj.dep_ == "csubj" and subj.tag_ == "VBG":
            return _name_after_participle(verb) or subj
        return subj
    if _after_asked_aside(verb):
        return subject_of(verb.head, depth + 1, report_nouns)  # "Mendes, asked whether …, said"
    agent = mentions.agent_of(verb)
    if agent is not None:
        return agent
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            if _perfect_read_as_passive(verb, child):
                return child  # "who's called for 20,000 homes": who has called
            return None  # "it was reported that ...": the source is not in the clause
    for child in verb.lefts:
        if child.dep_ in ("nummod", "npadvmod", "dep", "compound") and child.pos_ in ("NUM", "NOUN", "PROPN"):
            # "About 4 in 10 say ...", "…, state records show.": the parser took the subject for a
            # modifier of the verb; a day is when it was said ("Friday, the state asked …", "last
            # week said"), or the name set beside it is the subject ("Friday, Texas, … asked")
            if not mentions.is_time(child):
                return child
            named = next((c for c in child.children if c.dep_ == "appos" and c.ent_type_ in NAMED_LABELS), None)
            if named is not None:
                return named
    if verb.head.i == verb.i or depth >= 3:
        return _name_in_opening_phrase(verb) if verb.head.i == verb.i else None
    # "voters saying they want …"; "Ruiz, later alleging …, said": a participle the parser hung on a
    # noun, or on the subject as a clause of its own
    if verb.head.pos_ in ("NOUN", "PROPN", "PRON") and (
            verb.dep_ == "acl" or verb.dep_ == "advcl" and verb.head.dep_ in ("nsubj", "nsubjpass")):
        noun = verb.head
        issuing = _issuing_verb(noun, report_nouns)
        if issuing is not None:
            issuer = subject_of(issuing, depth + 1)
            if issuer is not None:
                return issuer
        return noun  # "voters saying they want ..."
    misread = _subject_read_as_object(verb) or _subject_of_reduced_relative(verb)
    if misread is not None:
        return misread
    if verb.dep_ in INHERIT_SUBJECT_DEPS:
        head = verb.head
        if head.pos_ == "ADP" and head.head.i != head.i:  # "after seeking to convince ..."
            head = head.head
        if _misplaced_conjunct(verb):
            head = head.head  # "He said the ferry could carry 2,400 and warned …": he warned
        return subject_of(head, depth + 1, report_nouns)
    return None


def _cut_at_quote_mark(first: Token, second: Token) -> bool:
    """'a retiree wearing "Vote Yes" badges said': the parser cut one subject in two at the closing
    mark of a quotation opened inside the first part (not one the first part is inside of)."""
    doc = first.doc
    if first.right_edge.i != second.i - 1 or not doc[second.i - 1].is_quote:
        return False
    return any(t.is_quote for t in doc[first.i + 1:second.i - 1])


PERFECT_SUBJECTS = ("he", "she", "who")  # the pronouns whose "'s" can be "has" before a cue's participle
SUBORDINATORS = ("after", "before", "since", "until", "because", "while", "once")


def _perfect_read_as_passive(verb: Token, subj: Token) -> bool:
    """"he's said", "who's called for …": the parser read the contracted "has" as a passive's "is";
    a person's pronoun before it and a complement, an object or a phrase after the verb tell the
    perfect ("it's called", "what's written", "who's seen as …" stay passives)."""
    return (verb.tag_ in ("VBN", "VBD") and subj.pos_ == "PRON" and subj.lower_ in PERFECT_SUBJECTS
            and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in verb.lefts)
            and any(c.dep_ in ("ccomp", "xcomp", "dobj", "prep") for c in verb.rights)
            and not any(c.dep_ in ("prep", "agent") and c.lower_ in ("as", "by") for c in verb.rights))


def _subject_of_reduced_relative(verb: Token) -> Optional[Token]:
    """"…, while a group started by a former aide has reported spending …": the parser gave the
    subordinator and the subject to the participle after the subject, as a clause of its own, and
    left the cue without one; that clause ends right before the cue (or its auxiliaries)."""
    if verb.dep_ not in ("conj", "ccomp"):
        return None
    for clause in verb.lefts:
        if clause.dep_ != "advcl" or clause.tag_ != "VBN" or not any(c.dep_ == "mark" for c in clause.lefts):
            continue
        if any(t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in verb.doc[clause.right_edge.i + 1:verb.i]):
            continue
        subj = next((c for c in clause.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is not None:
            return subj
    return None


def _subject_read_as_object(verb: Token) -> Optional[Token]:
    """"… grew sharper after leaked minutes from the meeting show the chairman approved …": the
    parser read the clause's subject as the object of "after" (or of a participle after "after")
    and hung the verb on the main clause; the noun of a subordinator's phrase ending right before
    the cue is its subject."""
    if verb.dep_ != "advcl" or verb.left_edge.i != verb.i:
        return None
    doc = verb.doc
    for clause in verb.head.children:
        # "… after leaked pages from the accounts show the port took …": the parser read "after
        # leaked" as a clause of its own, with the subject as its object
        if (clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.right_edge.i + 1 == verb.i
                and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in clause.children)):
            noun = next((c for c in clause.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None:
                return noun
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in SUBORDINATORS and prep.right_edge.i + 1 == verb.i:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is None or noun.pos_ not in ("NOUN", "PROPN") or doc[noun.i + 1].text == ",":
                continue
            if noun.ent_type_ in ("DATE", "TIME") and (noun.pos_ == "PROPN" or any(
                    c.dep_ == "nummod" for c in noun.children)):
                continue  # "since June 1 attacking …": a date
            return noun
    return None


def _name_in_opening_phrase(verb: Token) -> Optional[Token]:
    """"As part of his plea, Tom Reyes, 44, said …": the parser hung the name on the opening
    phrase's noun as an apposition; a proper name set off by a comma there, ending just before the
    cue (past its own asides), is the speaker. So is one in a phrase on a day the parser made the
    verb's modifier ("Wednesday at a conference in Leeds, the candidate, Nadia Osei, called …")."""
    doc = verb.doc
    for prep in verb.lefts:
        if prep.dep_ != "prep" and not (prep.dep_ == "npadvmod" and mentions.is_time(prep)):
            continue
        for name in prep.subtree:
            if (name.dep_ == "appos" and name.pos_ == "PROPN" and name.left_edge.i > 0
                    and doc[name.left_edge.i - 1].text == ","
                    and all(x.is_punct or x.dep_ == "appos" or x.head.dep_ == "appos" for x in doc[name.i + 1:verb.i])):
                return name
    return None


def _misplaced_conjunct(verb: Token) -> bool:
    """A past-tense verb the parser coordinated with a modal's verb inside a reported clause ("said
    the ferry could carry 2,400 passengers and warned that …"): the tenses say it goes with the
    reporting verb, whose subject it shares."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "ccomp" and _modal(head)


def _issuing_verb(noun: Token, report_nouns: FrozenSet[str]) -> Optional[Token]:
    """The verb whose subject said what a participle on ``noun`` reports: "the campaign released
    a statement saying …", "… said in a statement saying …" (a document with no author of its
    own), "the campaign sent a text to supporters saying …" (the addressees are no source)."""
    head = noun.head
    if noun.lemma_.lower() in report_nouns and mentions.author_of(noun) is None:
        if noun.dep_ == "dobj":
            return head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            return head.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB":
        return head.head
    return None


OBJECT_DEPS = {"dobj", "prep", "attr", "acomp", "oprd", "pcomp"}
FRAMES = ("ccomp", "xcomp", "parataxis", "dobj", "prep")


OWN_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")


def _name_after_participle(verb: Token) -> Optional[Token]:
    """"Opening the trial at Westford Crown Court, Ms Nadia Quinn KC said …": the parser took the
    participle clause for the subject and hung the name on it; the proper name between its comma
    and the cue is the speaker."""
    doc = verb.doc
    name = doc[verb.i - 1] if verb.i > 0 else None
    if name is None or name.pos_ != "PROPN":
        return None
    start = name.left_edge.i
    return name if start > 0 and doc[start - 1].text == "," and name.right_edge.i < verb.i else None


def has_subject(verb: Token, deps: Tuple[str, ...] = OWN_SUBJECT_DEPS) -> bool:
    """The verb has a subject of its own before it (not one it shares with the verb it joins)."""
    return any(c.dep_ in deps for c in verb.lefts)


def _resumed(verb: Token, end: int, cue_heads: FrozenSet[int]) -> int:
    """Where a content before its cue ends when the sentence goes on after the cue with a clause of
    its own ("Costs rose 9 percent, the office said in a report, and wages 2 percent"): the end of
    that clause, joined by "and"/"but" and with its own subject (or a "to" infinitive going on with
    the content's), unless it is another cue."""
    for conj in verb.rights:
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "but") and verb.i < c.i < conj.i for c in verb.children)
        if not joined or conj.pos_ not in ("VERB", "AUX"):
            continue
        if conj.dep_ == "conj" and has_subject(conj) and conj.i not in cue_heads or (
                conj.dep_ == "xcomp" and _to_infinitive(conj)):
            # "…, it said, and to hire 1,500 crew": the plan goes on after the cue
            end = max(end, conj.right_edge.i + 1)
    for prep in verb.rights:
        # "They are tied, the poll indicates, with each receiving 40 percent": a clause after "with"
        # with a subject of its own goes on with what was reported
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.doc[prep.i - 1].text == "," and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" and has_subject(c) for c in prep.children):
            end = max(end, prep.right_edge.i + 1)
    return end


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts)


def _after_semicolon(verb: Token) -> bool:
    """A clause after a semicolon is a sentence of its own, not an aside interrupting the first."""
    k = verb.left_edge.i - 1
    doc = verb.doc
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k >= 0 and doc[k].text == ";"


_BREAKS_BEFORE = (";", ":") + ASIDE_DASHES + ("(",)


def _break_between(clause: Token, verb: Token) -> bool:
    """The parser hung a clause on a verb across a semicolon ("Roads reopen; officials said …"), or
    a clause before the verb across a colon, dash or bracket ("Her lead is slipping — a poll
    showed …", "… 30 depots (the mayor has proposed …)"): that clause is the reporter's sentence,
    not what the verb reports."""
    doc = verb.doc
    if clause.i < verb.i:
        return any(t.text in _BREAKS_BEFORE for t in doc[clause.right_edge.i:verb.i])
    between = [t.text for t in doc[verb.i + 1:clause.left_edge.i]]
    # a bracket closing what the verb stands in ("(he said) that" is an aside, not a break)
    return ";" in between or ")" in between and "(" not in between[:between.index(")")]


_CLOSING_PUNCT = frozenset({",", ".", "?", "!"})


def _closed_before(clause: Token, verb: Token) -> bool:
    """A quotation closes, after a comma or full stop, between the clause and its cue ('"…," Lutz
    said')."""
    doc = verb.doc
    return any(t.is_quote and doc[t.i - 1].text in _CLOSING_PUNCT
               for t in doc[clause.right_edge.i - 1:verb.i] if t.i > 0)


def _quotation_end(doc: Doc, start: int, end: int) -> int:
    """A content that opens a quotation before its cue ends where the quotation closes after a comma
    or full stop: in '"We had better years," local vendor Bill Ames, in a straw hat, said' the
    parser took the speaker into the quoted clause."""
    if not (doc[start].is_quote or start > 0 and doc[start - 1].is_quote):
        return end
    for t in doc[start + 1:end - 1]:
        if t.is_quote and doc[t.i - 1].text in _CLOSING_PUNCT:
            return t.i
    return end


def _opening_after(verb: Token, end: int) -> Optional[int]:
    """The first token inside a quotation that opens right after the cue (past a comma or colon),
    before ``end``: the cue introduces it."""
    doc = verb.doc
    k = verb.right_edge.i + 1
    while k < end and doc[k].text in (",", ":"):
        k += 1
    if k + 1 < end and doc[k].is_quote and doc[k].is_left_punct:
        return k + 1
    return None


def _that_clause(verb: Token) -> bool:
    """The clause opens with the complementiser "that" ("… but that he would not cut jobs")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.lefts)


def _modal(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.lefts)


def _modal_continuation(verb: Token, end: int) -> int:
    """Where a content after its cue ends when the parser hung the content's second verb on the cue
    ("says it would cut revenue at first, but would add $84 billion"): a conjunct with no subject and
    a modal the cue verb lacks goes on with what was said, not with the speaker's doing."""
    if _modal(verb):
        return end
    for conj in verb.rights:
        if conj.dep_ == "conj" and conj.i >= end - 1 and _modal(conj) and not has_subject(conj):
            end = max(end, conj.right_edge.i + 1)
    return end


@lru_cache(maxsize=1)
def _complement_nouns() -> FrozenSet[str]:
    return frozenset(resources.read_list("cues/complement_nouns.txt"))


@lru_cache(maxsize=1)
def _telling_verbs() -> FrozenSet[str]:
    return frozenset(resources.read_list("cues/telling_verbs.txt"))


@lru_cache(maxsize=4)
def _that_verbs(frames: FrozenSet[str]) -> FrozenSet[str]:
    """The lemmas the kept frames ("lemma:frame:subject") take a "that" clause with."""
    return frozenset(k.split(":")[0] for k in frames if k.endswith(":ccomp:*"))


def _complementiser(that: Token, clause: Token) -> bool:
    """ "that" opens the clause, not a relative one: marked so, or read as the object of a verb
    that has an object already ("a call that the group had absorbed £45m")."""
    return that.dep_ == "mark" or that.dep_ == "dobj" and any(
        c.dep_ in ("dobj", "attr", "acomp") and c.i != that.i for c in clause.children)


def _hung_that_clause(verb: Token) -> Optional[Tuple[int, int]]:
    """The "that" clause of a cue that takes one, which the parser hung on the noun of a phrase
    between them ("told analysts on a call that the group had absorbed …", "said in a statement
    that …", "told a meeting of the council that …"): from "that" on; not when the noun takes the
    clause ("responded to reports that …")."""
    nouns = []
    for child in verb.rights:
        if child.dep_ == "prep":
            nouns += [n for n in child.children if n.dep_ == "pobj"]
        elif child.dep_ in ("dobj", "dative") and lemma_of(verb) in _telling_verbs():
            # "told a meeting of the island council that …": whom it was told to (not "expressed
            # confidence that …", nor a relative clause on a thing)
            members = [n for p in child.rights if p.dep_ == "prep" and p.lower_ == "of"
                       for n in p.children if n.dep_ == "pobj" and _addressee(n)]
            if _addressee(child) or members:
                nouns += [child] + members
    for noun in nouns:
        if noun.lower_ not in _complement_nouns():
            for clause in noun.rights:
                if clause.dep_ not in ("relcl", "acl"):
                    continue
                that = next((c for c in clause.lefts if c.lower_ == "that" and _complementiser(c, clause)), None)
                if that is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.lefts):
                    return that.i, clause.right_edge.i + 1
    return None


def _spaced_dash(tok: Token) -> bool:
    """A dash that sets off an aside: a long one, or a hyphen with a space before it ("alleging - again")."""
    return tok.text in ASIDE_DASHES or tok.text == "-" and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _that_after_dashed_aside(verb: Token) -> Optional[Tuple[int, int]]:
    """"alleging - again falsely - that the mayor wanted …": a "that" clause right after an aside
    between dashes on the cue, which the parser hung elsewhere once the aside closed."""
    doc = verb.doc
    k = verb.right_edge.i + 1
    if k + 1 >= len(doc) or not _spaced_dash(doc[k]) or doc[k + 1].lower_ != "that":
        return None
    if not any(_spaced_dash(t) for t in doc[verb.i + 1:k]):
        return None
    that, clause = doc[k + 1], doc[k + 1].head
    if clause.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.lefts):
        return None
    return that.i, clause.right_edge.i + 1


def frames_of(verb: Token, cue_heads: FrozenSet[int] = frozenset(),
              that_verbs: FrozenSet[str] = frozenset()) -> Iterator[Tuple[str, Tuple[int, int]]]:
    """Every (frame, token range) a cue verb offers as content, most specific first:
    a clausal complement (with the clause that resumes it after the cue), an infinitive, the clause
    it interrupts ("..., he said, ..."), a "for … to" clause, its direct object (with what
    follows), only prepositional phrases, or, for a passive with a "by" agent and nothing after
    it, what was done to."""
    comps = [c for c in verb.children if c.dep_ == "ccomp" and not _break_between(c, verb)]
    if any(c.i > verb.i for c in comps):
        # "In a poll, conducted May 3-9, 41 percent said prices were fair": a clause with no subject
        # before the cue that the parser made a second complement is none
        comps = [c for c in comps if c.i > verb.i or has_subject(c)]
    doc = verb.doc
    if any(c.i > verb.i and _that_clause(c) and not any(t.text == "," for t in doc[verb.i + 1:c.left_edge.i])
           for c in comps):
        # "In a study they wrote with Ruiz, they estimated that …": a clause before the cue that the
        # parser made a second complement is none when a that-clause follows the cue with no comma
        # ("It is no surprise, Garin said, that …" is one content) and no quotation closes before the cue
        comps = [c for c in comps if c.i > verb.i or any(t.is_quote for t in doc[max(0, c.right_edge.i - 1):verb.i])]
    if any(c.i < verb.i and _closed_before(c, verb) for c in comps):
        # '"We will tax you," Lutz said in May of Harlan Corp., whose parent moved 1,400 jobs': after
        # a quotation closed before the cue, a clause the parser hung on the cue is none
        comps = [c for c in comps if c.i < verb.i or _that_clause(c)
                 or any(t.is_quote for t in doc[verb.i + 1:c.left_edge.i + 1])]
    if comps:
        # "said the port grew, but that he would not cut jobs": a conjunct opened by "that" is a
        # second complement of the cue, however the parser hung it
        comps += [c for c in verb.rights if c.dep_ == "conj" and c.i > comps[0].i and _that_clause(c)]
    if len(comps) > 1:
        # "said the port grew, and the union said jobs were lost": a later clause that is an
        # attribution of its own is not part of the first
        first = comps[0]
        comps = [first] + [c for c in comps[1:] if _that_clause(c) or not _own_attribution(c, cue_heads)]
    if comps and all(c.i > verb.i and not has_subject(c) for c in comps):
        # "Those 40 drivers, Okafor explained, had never been paid": the parser made the clause's
        # verb the cue's complement and its subject a modifier of the cue
        aside = _medial_aside(verb)
        if aside is not None:
            yield "parataxis", aside
            return
    if comps:
        start, end = min(c.left_edge.i for c in comps), max(c.right_edge.i for c in comps) + 1
        if start < verb.i < comps[0].i:
            start = verb.i + 1  # "a decision that campaigners say will leave …": the relative word is no part of it
        while end - 1 > start and (verb.doc[end - 1].text in (",", ";") or verb.doc[end - 1].dep_ == "cc"):
            end -= 1  # a clause left out after it leaves its "and" behind
        if end <= verb.i:
            if not any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children):
                end = _quotation_end(doc, start, end)
            end = _resumed(verb, end, cue_heads)
        else:
            end = _modal_continuation(verb, end)
        yield "ccomp", (start, end)
        return
    takes_that = bool(that_verbs) and lemma_of(verb) in that_verbs
    hung = (_hung_that_clause(verb) or _that_after_dashed_aside(verb)) if takes_that else None
    if hung is not None:
        yield "ccomp", hung
        return
    xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
    if xcomps:
        yield "xcomp", _with_object_and_condition(verb, min(c.left_edge.i for c in xcomps),
                                                  max(c.right_edge.i for c in xcomps) + 1)
        return
    if verb.dep_ == "parataxis" and verb.head.i != verb.i and not _after_semicolon(verb):
        head = verb.head
        while head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
            head = head.head  # "These drivers, Okafor said, were well paid": hung on the auxiliary
        start, end = head.left_edge.i, head.right_edge.i + 1
        opening = _opening_after(verb, end)
        if opening is not None and any(t.is_quote or t.dep_ in OWN_SUBJECT_DEPS and t.head == head
                                       for t in verb.doc[start:verb.left_edge.i]):
            # '"The drivers," Okafor said, "were paid"', 'A downturn, he said, "could be a good time"':
            # the quotation's subject or a quotation of its own before the cue is what was said too
            opening = None
        if verb.left_edge.i <= start or opening is not None:
            # 'On the show, he said, "I never said that"': the parser hung the cue on the quotation's
            # verb, and the words before the cue with it; what was said opens with the quotation
            start = opening if opening is not None else verb.right_edge.i + 1
        elif verb.right_edge.i + 1 >= end:
            end = verb.left_edge.i
        if end > start:
            yield "parataxis", (start, end)
        return
    aside = _medial_aside(verb)
    if aside is not None:
        yield "parataxis", aside
        return
    closing = _closing_advcl(verb)
    if closing is not None:
        yield "parataxis", closing
        return
    closing = (_closing_acl(verb) or _closing_root(verb)) if takes_that else None
    if closing is not None:
        yield "ccomp", closing  # the clause the cue closes, as a parse with the cue as main verb gives it
        return
    wish = for_to_clause(verb)
    if wish is not None:
        yield "prep", (wish.left_edge.i, wish.right_edge.i + 1)
        return
    objs = [c for c in verb.children if c.i > verb.i and c.dep_ in OBJECT_DEPS]
    if objs:
        frame = "dobj" if any(c.dep_ == "dobj" for c in objs) else "prep"
        yield frame, (objs[0].left_edge.i, max(c.right_edge.i for c in objs) + 1)
        return
    done = _done_by_agent(verb)
    if done is not None:
        yield "passive", done


CONDITION_MARKS = ("unless", "if")  # a condition the parser hung on the cue belongs to what was said


def _with_object_and_condition(verb: Token, start: int, end: int) -> Tuple[int, int]:
    """An infinitive's content with whom it asks ("urged the industry to do more", "ordered nearly
    300 of them to Cameroon") and the condition the parser hung on the cue after it ("vowed to
    impose a tariff unless the company cancels a $2.5 billion investment"): on PolNeAR train the
    annotated content holds the object 47 times where the infinitive alone misses it, and 4 the
    other way round."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and verb.i < c.i < start), None)
    if obj is not None:
        start = obj.left_edge.i
    cond = next((c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i >= end - 1
                 and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.lefts)), None)
    if cond is not None:
        end = cond.right_edge.i + 1
    return start, end


def _done_by_agent(verb: Token) -> Optional[Tuple[int, int]]:
    """"The move was first reported by MSNBC", "The bill, opposed by House Republicans, …": a
    passive cue with a "by" agent and nothing after it; what it was done to (the passive's subject,
    or the noun the participle modifies) is the content, the agent the speaker."""
    if mentions.agent_of(verb) is None:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return subj.left_edge.i, subj.right_edge.i + 1
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        start = verb.head.left_edge.i
        end = end_before_punct(verb.doc, start, verb.left_edge.i)
        return (start, end) if end > start else None
    return None


def for_to_clause(head: Token) -> Optional[Token]:
    """"called for the depot to be closed", "calls for Ruiz to resign": the parser makes a "for …
    to" clause an adverbial clause of the verb or noun, marked by "for"; it is what is asked for."""
    for c in head.rights:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" and g.i == c.left_edge.i for g in c.lefts) \
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.lefts):
            return c
    return None


def cue_preposition(verb: Token, start: int, preps: FrozenSet[str]) -> Optional[Token]:
    """The preposition a cue verb takes ("called for", "warned about", "railed against") when its
    content starts with it, right after the verb (an adverb or particle between: "called again
    for"): it belongs to the cue, as PolNeAR marks it; what follows is the content. Not before a
    day or time ("spoke on Monday about …"). The prepositions are ``models/cues/cue_prepositions.txt``."""
    doc = verb.doc
    lead = doc[start]
    if start <= verb.i or lead.lower_ not in preps or start + 1 >= len(doc):
        return None
    if lead.dep_ == "prep" and lead.head.i == verb.i:
        obj = next((c for c in lead.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None or mentions.is_time(obj):
            return None
    else:
        wish = for_to_clause(verb)  # "called for the depot to be closed": the clause's "for"
        if wish is None or wish.left_edge.i != start:
            return None
    if any(t.dep_ not in ("prt", "advmod") for t in doc[verb.i + 1:start]):
        return None
    return lead


def _closing_advcl(verb: Token) -> Optional[Tuple[int, int]]:
    """"Northvale will cut 4,000 jobs, or 8 per cent of its staff, over two years, the company
    announced": a cue with a subject of its own that closes the sentence after a comma, which the
    parser hung on the main verb as an adverbial clause or a conjunct with no "and" (with no "as" or
    "because" of its own, and no object but whom it was told to: "…, the company announced a strike"
    reports the strike).
    What comes before its subject is the content, as for a parenthetical cue."""
    head = verb.head
    # "…, up 12% from 2023, chief executive Lena Moritz told analysts on a call.": a cue joined to
    # the main verb with no "and" is the same closing cue
    asyndetic = (verb.dep_ == "conj" and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
                 and _only_circumstances(verb))
    if ((verb.dep_ != "advcl" and not asyndetic) or head.i >= verb.i or any(c.dep_ == "mark" for c in verb.children)
            or any(c.dep_ in ("dobj", "dative") and not _addressee(c) for c in verb.rights)):
        return None
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    doc = verb.doc
    if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return None
    if _goes_on(verb, head.right_edge.i + 1):
        return None
    start = head.left_edge.i
    return (start, subj.left_edge.i - 1) if subj.left_edge.i - 1 > start else None


def _medial_aside(verb: Token) -> Optional[Tuple[int, int]]:
    """"These drivers, Okafor explained later in the hearing, were well paid": a cue with its
    subject set off by commas inside a sentence, whatever the parser hung it on (a complement, the
    root with the rest as a conjunct). The sentence around the aside is the content (the cue and
    speaker inside it are the reporter's) when it reads as one clause: a noun phrase before the
    aside with its finite verb right after it, or an opening phrase ("In May, …") and a clause of its
    own after it; with only whom it was told to, when and where after the cue."""
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    doc, sent = verb.doc, verb.sent
    if subj is None or subj.right_edge.i + 1 != verb.i or subj.tag_ in ("WDT", "WP", "WP$"):
        return None
    first = subj.left_edge.i - 1
    second = next((t.i for t in doc[verb.i + 1:sent.end] if t.text == ","), sent.end)
    if first <= sent.start or doc[first].text != "," or second + 1 >= sent.end:
        return None
    for c in verb.rights:  # the parser may hang what follows the aside on the cue
        told = c.dep_ in ("dobj", "dative") and _addressee(c)  # "…, he told parliament, …"
        if c.i < second and (c.dep_ not in CIRCUMSTANCE_DEPS and not told or c.right_edge.i >= second) or (
                c.i > second and c.dep_ not in ("conj", "cc", "advcl", "parataxis", "punct")
                and not (c.dep_ == "ccomp" and not has_subject(c))):
            return None
    opening, rest = doc[sent.start:first], doc[second + 1:sent.end]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or t.is_quote for t in opening) or any(
            t.is_quote for t in doc[verb.i:second]):
        return None
    k = 0
    while k < len(rest) and rest[k].dep_ == "advmod" and rest[k].pos_ == "ADV":
        k += 1
    finite = next((t for t in rest[k:] if t.pos_ in ("VERB", "AUX")), None)
    if finite is None or finite.tag_ not in FINITE_TAGS:
        return None
    before = doc[rest[k].i:finite.i]
    if opening.root.pos_ in ("NOUN", "PROPN", "PRON") and opening[0].pos_ not in ("ADP", "ADV", "SCONJ"):
        if len(before):
            return None  # "These drivers, …, were paid": the verb follows at once
    elif not any(c.dep_ in OWN_SUBJECT_DEPS and c.i >= rest[k].i for c in finite.lefts) or any(
            t.is_punct or t.pos_ in ("CCONJ", "ADP", "SCONJ") for t in before) or rest[k].pos_ == "CCONJ":
        return None  # "In May, …, prices fell": a clause with its own subject
    return sent.start, end_before_punct(doc, sent.start, sent.end)


CIRCUMSTANCE_DEPS = ("advmod", "prep", "npadvmod", "punct")  # what says when, where or how, and nothing said


def _only_circumstances(verb: Token) -> bool:
    """After the verb only whom it was told to, when and where ("told analysts on a call on
    Monday"): no clause, infinitive or participle of its own, and a speaker-like subject."""
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or not _addressee(subj):
        return False
    for c in verb.rights:
        if c.is_punct or c.dep_ in ("npadvmod", "advmod") or c.dep_ in ("dobj", "dative") and _addressee(c):
            continue
        if c.dep_ == "prep" and all(g.dep_ == "pobj" for g in c.children):
            continue
        return False
    return True


def _addressee(obj: Token) -> bool:
    """A person or body, not a thing said: a pronoun, a named person or body, or a role word
    ("told analysts", "told him")."""
    return obj.pos_ == "PRON" or obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lemma_.lower() in _speaker_nouns()


def _goes_on(verb: Token, end: int) -> bool:
    """Words stand between the cue's clause and ``end`` (punctuation and spaces aside): the sentence
    goes on after the cue, which then closes nothing."""
    doc = verb.doc
    while end > verb.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return verb.right_edge.i + 1 < end


@lru_cache(maxsize=1)
def _speaker_nouns() -> FrozenSet[str]:
    """Role and organisation words (``models/speakers``): nouns that can say something."""
    return mentions.role_nouns() | frozenset(resources.read_list("speakers/org_words.txt"))


def _closing_acl(verb: Token) -> Optional[Tuple[int, int]]:
    """"The state will spend £4 billion on roads, the health secretary announced on Monday.": a
    closing cue the parser read as a participle on a speaker-like noun it hung on the main clause:
    as for a closing adverbial clause, what comes before the comma is the content."""
    noun = verb.head
    if (verb.dep_ != "acl" or noun.i >= verb.i or any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children)
            or not (noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.lower_ in _speaker_nouns())):
        return None
    doc = verb.doc
    comma = noun.left_edge.i - 1
    sent = verb.sent
    if comma <= sent.start or doc[comma].text != ",":
        return None
    if _goes_on(verb, sent.end):
        return None
    return sent.start, comma


def _closing_root(verb: Token) -> Optional[Tuple[int, int]]:
    """"Since the deaths it had recruited 45 midwives, he said.": a cue closing its sentence after a
    comma, its subject right after the comma, with no clause of its own (the parser hung the one
    before it elsewhere): what comes before the comma is the content. With when and where after the
    cue ("…, the recovery office said in a report released Wednesday."), only where the parser hung
    the clause it reports on an opening subordinate clause."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative") for c in verb.children):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    doc, sent = verb.doc, verb.sent
    if subj is None or subj.left_edge.i - 1 <= sent.start or doc[subj.left_edge.i - 1].text != ",":
        return None
    after = [t for t in doc[verb.i + 1:sent.end] if not t.is_space]
    if not after or after[-1].text not in (".", "!") or any(t.is_punct for t in after[:-1]):
        return None  # "In a speech, he said:": the sentence goes on
    comma = subj.left_edge.i - 1
    if not any(t.tag_ in FINITE_TAGS for t in doc[sent.start:comma]):
        return None  # "Then, last week, Eric Trump called.": no clause before it
    if len(after) > 1 and not (verb.tag_ in FINITE_TAGS and _only_circumstances(verb)
                               and _main_clause_hung_on_opening(doc[sent.start:comma])):
        return None  # "As he has done before, he pivoted to talk about jobs.": no clause of its own before it
    return sent.start, comma


def _main_clause_hung_on_opening(span) -> bool:
    """A clause with its own subject after a comma, which the parser made a conjunct (with no "and")
    of the sentence's opening subordinate clause: "Two years after the river burst its banks, fewer
    than half of the homes have been repaired"."""
    for tok in span:
        head = tok.head
        if (tok.dep_ == "conj" and head.dep_ == "advcl" and head.i < tok.i and has_subject(tok)
                and not any(c.dep_ == "mark" for c in tok.children)
                and not any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children)):
            return True
    return False


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")  # the tags of a verb that has its own tense: a clause, not a participle


# Measured on PolNeAR train: cutting relative clauses helps; appositions, participles and adverbial
# clauses after a comma are as often inside an annotated content as outside it.
TRAILING_DEPS = ("relcl",)
_BREAKS = (",", "\u2014", "\u2013", "--", "-", ";")
_RELATIVES = ("who", "whom", "whose", "which")  # not "where", "when": those often carry the claim


def without_trailing_asides(doc, rng: Tuple[int, int]) -> Tuple[int, int]:
    """Cut a content before a relative clause that closes it after a comma or dash ("…would help
    farmers, who have waited for years"): annotators leave that aside out of what was said. Only
    for contents after the cue ("…, where 16 districts fell, officials said" keeps its clause)."""
    start, end = rng
    for t in doc[start + 1:end]:
        if t.dep_ not in TRAILING_DEPS or not start <= t.head.i < end or t.right_edge.i + 1 < end:
            continue
        cut = t.left_edge.i
        if doc[cut].text not in _BREAKS:
            cut -= 1
        if cut > start and doc[cut].text in _BREAKS and cut > t.head.i and doc[cut + 1].lower_ in _RELATIVES:
            return start, cut
    return start, end


_JOINERS = ("and", "but", "while", "whereas")


def _own_attribution(verb: Token, cue_heads: FrozenSet[int]) -> bool:
    """A cue verb with a subject of its own: an attribution found by itself ("…, and the union said …")."""
    return verb.i in cue_heads and has_subject(verb, ("nsubj", "nsubjpass"))


def without_trailing_attribution(doc, rng: Tuple[int, int], cue_heads: FrozenSet[int]) -> Tuple[int, int]:
    """Cut a content before a clause closing it that is an attribution of its own, with its own
    subject ("74 percent said they would stay, while 22 percent said they might move") or the
    speaker's next act the parser hung inside it ("said the ferry could carry 2,400 and warned …"):
    that one is found by itself."""
    start, end = rng
    for verb in doc[start + 1:end]:
        if verb.i in cue_heads and _after_asked_aside(verb):
            return start, end_before_punct(doc, start, verb.i)
        if verb.i not in cue_heads or verb.dep_ not in ("advcl", "conj") or verb.right_edge.i + 1 < end:
            continue
        misplaced = _misplaced_conjunct(verb)  # "… could carry 2,400 and warned that …"
        if not (_own_attribution(verb, cue_heads) or misplaced) or _that_clause(verb) or _parallel(verb, verb.head):
            continue  # "…, and that residents should worry": still what the first speaker said
        cut = verb.left_edge.i
        while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].is_space or doc[cut - 1].lower_ in _JOINERS):
            cut -= 1
        if cut > start and (doc[cut].text in _BREAKS or misplaced):
            return start, cut
    return start, end


def _after_asked_aside(verb: Token) -> bool:
    """"Mendes, asked whether the union would agree, said only: …": the parser read the aside as the
    main verb and the saying as its clause. The saying, with no subject of its own, right after a
    comma, on a verb set off from its subject by a comma, is the speaker's own statement."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "conj") or head.i >= verb.i or has_subject(verb) or head.tag_ not in ("VBD", "VBN"):
        return False
    doc = verb.doc
    subj = next((c for c in head.lefts if c.dep_ == "nsubj"), None)
    return (subj is not None and doc[verb.i - 1].text == "," and doc[head.i - 1].text == ","
            and subj.right_edge.i in (head.i - 2, head.i - 1))


AFTER_VERB_DEPS = ("dobj", "xcomp", "attr", "npadvmod", "oprd", "dep", "appos")


def inverted_subject(verb: Token) -> Optional[Token]:
    """The speaker after the verb when the parser missed the inversion: "'...,' said engineer Paul Otto"."""
    nominal = ("PROPN", "NOUN", "PRON")
    for child in verb.children:
        if child.i > verb.i and child.dep_ in AFTER_VERB_DEPS:
            # "engineer" parsed as the head with "Paul Otto" as its object: the name is the speaker
            names = [g for g in child.children if g.pos_ == "PROPN" and g.dep_ in ("dobj", "appos")]
            if child.pos_ in nominal and not (child.pos_ == "NOUN" and names):
                return child
            inner = names or [g for g in child.children if g.pos_ in nominal]
            if inner:
                return inner[0]
    return None


RAISED_DEPS = ("xcomp", "acomp", "attr", "oprd")


def raised_clause(verb: Token, cue_heads: FrozenSet[int]) -> Optional[Tuple[int, int]]:
    """The token range "subject … complement" around a raising verb ("Turnout seems low", "the plan
    appears to have stalled"): what looks so, with no speaker. None when the complement is itself a
    cue ("she seemed to concede that …": that cue has its own content and speaker) or the subject is
    an expletive "it"."""
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    comps = [c for c in verb.rights if c.dep_ in RAISED_DEPS]
    if subj is None or not comps or subj.lower_ == "it":
        return None
    if any(c.i in cue_heads for c in comps):
        return None
    return subj.left_edge.i, max(c.right_edge.i for c in comps) + 1


NAMED_LABELS = {"PERSON", "ORG", "NORP", "GPE"}


def _named_before(verb: Token) -> bool:
    """A person, group or place is named in the verb's sentence before it ("Saturday at the
    convention Sen. Ana Ruiz said …": the day is not the only candidate for the speaker)."""
    return any(t.ent_type_ in NAMED_LABELS for t in verb.doc[verb.sent.start:verb.i])


def subject_class(subj: Optional[Token]) -> str:
    """"named" (a name or a pronoun), "noun" (a description) or "none": sources are mostly named."""
    if subj is None:
        return "none"
    if subj.pos_ == "PRON" or subj.ent_type_ in NAMED_LABELS:
        return "named"
    return "noun"


def _digits(tokens) -> bool:
    """A number written in digits among the tokens ("1,037", "30" of "30%")."""
    return any(t.like_num and any(ch.isdigit() for ch in t.text) for t in tokens)


def with_figure_run(doc, verb: Token, rng: Tuple[int, int], cue_heads: FrozenSet[int]) -> Tuple[int, int]:
    """"showed Lin at 31 percent, followed by Ortiz at 17 percent": a subjectless clause on the cue,
    right after a content with a figure, that goes on listing figures continues the content. Not a
    gerund ("…, meaning 5 incidents per 1,000"): that is the writer drawing a conclusion."""
    start, end = rng
    if not _digits(doc[start:end]):
        return rng
    for c in verb.rights:
        if c.dep_ not in ("advcl", "conj", "npadvmod") or c.i < end or c.i in cue_heads:
            continue
        gap = doc[end:c.left_edge.i]
        if len(gap) > 1 or not all(t.is_punct for t in gap):
            continue
        if _digits(c.subtree) and not has_subject(c) and c.tag_ != "VBG":
            end = end_before_punct(doc, start, c.right_edge.i + 1)
    return start, end


PARALLEL_MARKS = ("while", "whereas")


def _parallel(clause: Token, head: Token) -> bool:
    """"…, while nurses favored Ortiz, 82 percent to 6 percent" after "teachers favored Lin": a
    "while" clause with its own subject and the same verb as ``head``, reporting no speech of its own
    ("while 22 percent said they might move" does), is the second half of the same statement."""
    return (clause.dep_ == "advcl" and clause.lemma_ == head.lemma_ and has_subject(clause)
            and any(c.dep_ == "mark" and c.lower_ in PARALLEL_MARKS for c in clause.children)
            and not any(c.dep_ in ("ccomp", "xcomp") for c in clause.children))


def with_parallel_clause(doc, verb: Token, rng: Tuple[int, int]) -> Tuple[int, int]:
    """A parallel "while" clause (``_parallel``) the parser hung on the cue rather than on the
    content's verb: the content runs to its end (a different verb, "while Ortiz promised cuts", is
    the writer's)."""
    start, end = rng
    heads = [t for t in doc[start:end] if t.head.i == verb.i and t.pos_ in ("VERB", "AUX")]
    if not heads:
        return rng
    for clause in verb.rights:
        if clause.i >= end and _parallel(clause, heads[0]):
            return start, end_before_punct(doc, end, clause.right_edge.i + 1)
    return rng


def with_semicolon_series(doc, verb: Token, rng: Tuple[int, int], cue_heads: FrozenSet[int]) -> Tuple[int, int]:
    """"reported that the port holds $41 million; the water board holds $12 million; …": a clause
    after a semicolon with its own subject and the same verb as the content's goes on with the same
    list, to the last such clause (a different verb, or another cue, is the writer's next point)."""
    start, end = rng
    heads = [t for t in doc[start:end] if t.pos_ in ("VERB", "AUX") and not start <= t.head.i < end]
    if not heads or heads[0].pos_ != "VERB":
        return rng  # "were", "had": too common to mark a list
    lemma = heads[0].lemma_
    sent_end = verb.sent.end
    while end < sent_end and doc[end].text == ";":
        stop = next((t.i for t in doc[end + 1:sent_end] if t.text == ";"), sent_end)
        same = [t for t in doc[end + 1:stop] if t.lemma_ == lemma and t.pos_ == "VERB" and any(
            c.dep_ in OWN_SUBJECT_DEPS and c.i > end for c in t.lefts)]
        if not same or any(t.i in cue_heads or t.is_quote for t in doc[end + 1:stop]):
            break
        end = stop
    if end == rng[1]:
        return rng
    return start, end_before_punct(doc, start, end)


def with_colon_detail(doc, verb: Token, rng: Tuple[int, int], cue_heads: FrozenSet[int] = frozenset()) -> Tuple[int, int]:
    """"noted that newcomers are more hopeful: 70 percent expect …": a colon right after the content
    of the sentence's main verb (or one the parser hung on the clause after the colon) that opens on
    a lower-case word or a figure spells out what was said, to the end of the sentence (a capital or
    a quote mark after it as often starts the writer's own words; after a verb deeper in the
    sentence it details the outer clause). An attribution of its own after it reports somebody
    else ("…: a survey by the chamber found …"), unless its speaker is a share of those asked
    ("…: 70 percent believe …" details a report's finding)."""
    start, end = rng
    main = verb.dep_ == "ROOT" or verb.head.i >= end
    if not main or end + 1 >= len(doc) or doc[end].text != ":":
        return rng
    after = doc[end + 1]
    if not (after.is_lower or after.like_num):
        return rng
    stop = end_before_punct(doc, end, doc[end].sent.end)
    for t in doc[end + 1:stop]:
        inner = end < t.head.i < stop and t.head.i != t.i  # the detail's own verb, not one inside it
        if not inner and _own_attribution(t, cue_heads) and not _share_speaking(t):
            return rng
    return start, stop


def _share_speaking(verb: Token) -> bool:
    """The verb's subject holds a figure: a share of those asked ("41 percent opposed it", "six in
    10 said"), whose answers are a poll's or a report's finding."""
    return any(x.like_num for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree)


def end_before_punct(doc, start: int, end: int) -> int:
    """``end`` moved back over punctuation and whitespace tokens, never before ``start`` (a percent
    sign, which spaCy counts as punctuation, belongs to its figure: "… at 18%.")."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text != "%":
        end -= 1
    return end


def with_poll_tail(doc, verb: Token, rng: Tuple[int, int], inside_quote: Callable[[int], bool],
                   cue_heads: FrozenSet[int] = frozenset()) -> Tuple[int, int]:
    """"A poll showed Lin leading Ortiz, 45 percent to 18 percent, among older voters": what a poll
    shows runs to the end of its clause, the figures after a comma included (a person's content
    stops earlier: after a comma a writer often adds figures of their own). Only when the rest holds
    a figure in digits, no quoted words (as the quote-mark finder pairs them: the apostrophe of
    "Ortiz' 39 percent" is no quote mark) and no other cue. A poll's clause that closes its
    sentence's main clause ("… as a poll showed Lin ahead, 32%-25%, while Ortiz was at 18%") runs
    on to the main clause's end: the parser hangs the figures on the main verb."""
    start, end = rng
    limit = verb.right_edge.i + 1
    if verb.dep_ == "advcl" and verb.head.i < verb.i and end >= limit:
        limit = verb.head.right_edge.i + 1
    tail = end_before_punct(doc, end, limit)
    rest = doc[end:tail]
    if tail <= end or not _digits(rest) or any(
            inside_quote(t.idx) or t.i in cue_heads and not _share_speaking(t) for t in rest):
        return rng  # "…, 41 percent opposed it": those asked answer the poll
    return start, tail


def _has_figure(doc, rng: Tuple[int, int]) -> bool:
    """A number written in digits ("1,037", "30" of "30%"), the figures claims credit, with no quote
    mark in or around the content (a quotation is somebody's words whatever it holds)."""
    if any(t.is_quote for t in doc[max(0, rng[0] - 1):rng[1] + 1]):
        return False
    return _digits(doc[rng[0]:rng[1]])


def find(view: DocView, lexicon, inside_quote: Callable[[int], bool],
         score: Optional[Callable[[List[str]], float]] = None, floor: float = 0.0,
         figure_floor: float = 0.0) -> Iterator[Found]:
    """Every cue verb outside quote marks whose frame is kept: with ``score`` (a probability from
    the candidate's features, see ``frame_scores``) where it reaches ``floor`` (``figure_floor`` for
    a content holding a figure in digits, which the weights are too ready to believe: on PolNeAR
    train slices and held-out ones a higher bar for those credits more figures rightly), else where
    the learned table keeps "lemma:frame:subject" (seen often enough) or "lemma:frame:*"."""
    frames = lexicon["cue_frames"]
    known = lexicon["cue_frames_known"]
    that_verbs = _that_verbs(frames)
    report_nouns = lexicon["report_nouns"]
    raising = lexicon.get("raising_verbs", frozenset())
    polls = lexicon.get("survey_nouns", frozenset())
    preps = lexicon.get("cue_prepositions", frozenset())
    doc, text = view.doc, view.text
    cues = cue_spans(doc, "speech", "verb")
    cue_heads = frozenset(c.root.i for c in cues)
    for cue in cues:
        verb = cue.root
        if inside_quote(verb.idx):
            continue
        lemma = lemma_of(verb)
        raised = raised_clause(verb, cue_heads) if lemma in raising else None
        if raised is not None:
            yield Found(kind="indirect", content=trim(text, token_chars(doc, *raised)),
                        cue=token_chars(doc, verb.i, verb.i + 1), **sourced(doc, None), origin="syntax:raising")
            continue
        frame, rng = next(frames_of(verb, cue_heads, that_verbs), (None, None))
        if frame is None:
            continue
        subj = subject_of(verb, report_nouns=report_nouns)
        if subj is None and rng[1] <= verb.i:
            subj = inverted_subject(verb)
        if subj is not None and mentions.is_time(subj) and not _named_before(verb):
            continue  # "April 24 marked 101 years since …": a day says nothing
        subject = subject_class(subj)
        key = f"{lemma}:{frame}:{subject}"
        if score is None and key not in frames and (key in known or f"{lemma}:{frame}:*" not in frames):
            continue
        if rng[0] > verb.i:
            poll = subj is not None and subj.lemma_.lower() in polls
            rng = without_trailing_asides(doc, rng)
            if not poll:
                # a poll's "…, while 23 percent favored Lin" is still the poll's finding
                rng = without_trailing_attribution(doc, rng, cue_heads)
            rng = with_figure_run(doc, verb, rng, cue_heads)
            rng = with_colon_detail(doc, verb, rng, cue_heads)
            rng = with_semicolon_series(doc, verb, rng, cue_heads)
            rng = with_parallel_clause(doc, verb, rng)
            if poll:
                rng = with_poll_tail(doc, verb, rng, inside_quote, cue_heads)
        if not any(t.is_alpha for t in doc[rng[0]: rng[1]]):
            continue
        cue_chars = _cue_chars(doc, verb)
        lead = cue_preposition(verb, rng[0], preps) if frame == "prep" else None
        if lead is not None:
            cue_chars = token_chars(doc, verb.i, lead.i + 1)
        content = trim(text, token_chars(doc, lead.i + 1 if lead is not None else rng[0], rng[1]))
        if content[1] <= content[0]:
            continue
        p = score(frame_scores.features(doc, verb, lemma, frame, rng, subj, subject)) if score is not None else None
        if p is not None and (p < floor or p < figure_floor and _has_figure(doc, rng)):
            continue
        speaker = _shown_speaking(verb) or subj  # not a feature: the weights see the parser's subject
        mention = mentions.from_head(speaker, report_nouns) if speaker is not None else None
        yield Found(
            kind="indirect",
            content=content,
            cue=cue_chars,
            **sourced(doc, mention),
            origin=f"syntax:{key}",
            score=p,
        )


def _shown_speaking(verb: Token) -> Optional[Token]:
    """"The ad uses footage of Mayor Lind asking, “…”": a participle right after a name the parser
    hung on "of" (footage of, a video of) has that name as its speaker, not the clause's subject."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i == 0 or verb.dep_ not in ("xcomp", "advcl"):
        return None
    name = doc[verb.i - 1]
    if name.pos_ == "PROPN" and name.dep_ == "pobj" and name.head.lower_ == "of" and name.ent_type_ == "PERSON":
        return name
    return None


def introduced_paragraphs(view: DocView, lexicon, inside_quote: Callable[[int], bool]) -> Iterator[Found]:
    """"Soerens argued that:" closing a paragraph, the argument in the next one: a cue verb that is
    its sentence's main verb, with a subject, and whose clause ends with a colon at a line break
    attributes the next paragraph to that subject. Not when the cue has a clause of its own ("Lin
    pointed out that turnout fell:"), nor "Here is how you should read it:" (the cue is no main
    verb), nor a paragraph of markup ("<tweet …>"); one that opens with a quote mark is the direct
    pass's."""
    doc, text = view.doc, view.text
    report_nouns = lexicon["report_nouns"]
    n = len(doc)
    for cue in cue_spans(doc, "speech", "verb"):
        verb = cue.root
        if verb.dep_ != "ROOT" or inside_quote(verb.idx) or any(c.dep_ == "ccomp" for c in verb.children):
            continue  # "Lin pointed out that turnout fell:" already says what she said
        colon = verb.right_edge.i
        while colon > verb.i and doc[colon].is_space:
            colon -= 1
        if colon + 1 < n and doc[colon + 1].text == ":":
            colon += 1
        paragraph = paragraph_after(doc, colon)
        if paragraph is None:
            continue
        subj = subject_of(verb, report_nouns=report_nouns)
        if subj is None:
            continue
        content = trim(text, token_chars(doc, *paragraph))
        if content[1] <= content[0]:
            continue
        yield Found(kind="indirect", content=content, cue=_cue_chars(doc, verb),
                    **sourced(doc, mentions.from_head(subj, report_nouns)), origin="syntax:colon-paragraph")


def paragraph_after(doc, colon: int) -> Optional[Tuple[int, int]]:
    """The tokens of the paragraph a colon at the end of a line introduces, or None: not one that
    opens with a quote mark (the quote-mark pass's) or markup ("<tweet …>"), nor one with no words."""
    n = len(doc)
    if doc[colon].text != ":" or colon + 1 >= n or "\n" not in doc[colon + 1].text:
        return None  # a token's own whitespace is one space at most: a line break is a token of its own
    start = colon + 1
    while start < n and doc[start].is_space:
        start += 1
    if start >= n or doc[start].is_quote or doc[start].text.startswith("<"):
        return None
    end = start
    while end < n and "\n" not in doc[end].text:
        end += 1
    end = min(end + 1, n)
    return (start, end) if any(t.is_alpha for t in doc[start:end]) else None


def _cue_chars(doc, verb: Token):
    """The cue verb with its particle ("spoke out", "pointed out")."""
    return token_chars(doc, verb.i, max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"]) + 1)
