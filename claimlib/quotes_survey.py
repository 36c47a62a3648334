"""The survey pass: a sentence that opens "In a <poll>, …" (or "From a <poll>") or closes "… in a
<poll>." reports that poll's finding, and the poll is the source: "In a September poll, 75 percent of
voters said trust had fallen", "Lin held a 12-point lead in a Daily Ledger poll" (a closing "from a
<poll>" is the baseline of a change, "up five points from a poll in May"). So does a poll that is
the subject of "have" or "give": "a Ledger poll has Lin at 46 percent", "the agency's count gives
her 1,280".

The nouns and verbs are data (``models/cues/survey_nouns.txt``, ``survey_verbs.txt``; what a poll
has of its own, "a margin of error of 3 points", is in ``survey_properties.txt``). At the sentence's
end the poll must be a named or described one ("a Ledger poll", "recent surveys"): "leading in the
polls" is left alone, a reading that was wrong more often than right in PolNeAR train. Needs a
dependency parse.
"""
from __future__ import annotations

from typing import AbstractSet, FrozenSet, Iterator, Optional

import numpy
from spacy.tokens import Token

from . import mentions
from .found import DocView, Found, token_chars, trim
from .hashes import member
from .quotes_indirect import end_before_punct, has_subject, without_trailing_asides

OPENING_PREPOSITIONS = ("in", "from")


def find(view: DocView, nouns: FrozenSet[str], keys: numpy.ndarray, verbs: FrozenSet[str] = frozenset(),
         properties: FrozenSet[str] = frozenset(), cued: AbstractSet[int] = frozenset()) -> Iterator[Found]:
    """One attribution per sentence that opens or closes with a prepositional phrase around a survey
    noun, and per survey noun that is the subject of one of ``verbs`` (``keys``: the nouns' string
    hashes, sorted by ``hashes.key_array``) that no earlier pass read as a cue (``cued``: the
    character offsets where those cues start)."""
    if not view.parsed or not nouns:
        return
    doc, text = view.doc, view.text
    arr = view.words
    for i in numpy.nonzero(member(arr[:, 0], keys) | member(arr[:, 1], keys))[0].tolist():
        t = doc[i]
        # "a CNN/ORC International Poll": a poll named in capitals is tagged as a proper noun
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in nouns:
            continue
        if t.dep_ == "nsubj":
            found = _subject(view, t, verbs, properties, cued)
            if found is not None:
                yield found
            continue
        if t.dep_ != "pobj":
            continue
        prep = t.head
        if prep.dep_ != "prep" or prep.lower_ not in OPENING_PREPOSITIONS:
            continue
        verb = prep.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "a 12-point lead in a poll": the phrase hangs on a noun of the clause
        if _participle_clause(verb, prep):
            verb = verb.head  # "In a poll by X, conducted May 3-9, 41 percent said …": on "said"
        elif prep.i > verb.i and verb.dep_ in ("advcl", "pcomp", "xcomp"):
            verb = _main_verb_before(verb)  # "Lin rose to 42 percent before slipping to 39 percent in a Ledger poll."
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "ccomp", "conj"):
            # "In a poll, 71 percent of members approved": en_core_web_sm may make "percent" the root
            # and the verb its modifier; an opening phrase still reports the whole sentence
            if verb.dep_ != "ROOT" or verb.i < prep.i:
                continue
        start, end = verb.left_edge.i, verb.right_edge.i + 1
        if not _opens_sentence(doc, start):
            continue
        if _only_openers(doc[start:prep.left_edge.i]):
            if verb.idx in cued and _named_subject(verb):
                continue  # "In a study of voters, Working America found …": the group reports it
            if _reduced_relative(doc, prep, verb):
                continue  # "In a study they wrote with Ruiz, the authors estimated …": who wrote it
            end = _past_semicolon(doc, end)
            first = prep.right_edge.i + 1
            while first < end and (doc[first].is_punct or doc[first].is_space):
                first += 1
            first = _past_participle_aside(doc, first, end)
            last = end
        elif prep.i > verb.i and prep.lower_ == "in" and _described(t) and _closes(doc, prep, end):
            # a closing "from a poll" is the baseline of a change ("up five points from a poll in May")
            first, last = start, prep.left_edge.i
        else:
            continue
        if first >= last or not any(x.is_alpha for x in doc[first:last]):
            continue
        content = trim(text, token_chars(doc, first, last))
        mention = mentions.from_head(t)
        yield Found(
            kind="indirect",
            content=content,
            cue=token_chars(doc, prep.i, prep.i + 1),
            source=token_chars(doc, mention.start, mention.end),
            origin="survey",
        )


def _subject(view: DocView, noun, verbs: FrozenSet[str], properties: FrozenSet[str],
             cued: AbstractSet[int]) -> Optional[Found]:
    """"A Ledger poll has Lin at 46 percent": what follows the verb, when it holds a figure and is
    no property of the poll's own ("The poll has a margin of error of 3 points")."""
    doc, verb = view.doc, noun.head
    if verb.i < noun.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs or verb.idx in cued:
        return None
    rights = [c for c in verb.rights if not (c.is_punct or c.is_space)]
    if not rights or any(c.dep_ == "dobj" and c.lemma_.lower() in properties for c in rights):
        return None
    first, last = without_trailing_asides(doc, (rights[0].left_edge.i, verb.right_edge.i + 1))
    last = end_before_punct(doc, first, last)
    if first >= last or not any(x.like_num for x in doc[first:last]):
        return None
    mention = mentions.from_head(noun)
    return Found(kind="indirect", content=trim(view.text, token_chars(doc, first, last)),
                 cue=token_chars(doc, verb.i, verb.i + 1), source=token_chars(doc, mention.start, mention.end),
                 origin="survey")


def _main_verb_before(verb: Token) -> Token:
    """The sentence's main verb, when it comes before the subordinate clause ``verb`` heads (a
    closing "in a poll" on the clause reports the whole sentence); else ``verb``."""
    root = verb.sent.root
    return root if root.pos_ in ("VERB", "AUX") and root.i < verb.i and root.is_ancestor(verb) else verb


def _reduced_relative(doc, prep, verb) -> bool:
    """The clause runs on from the poll with no comma and is the complement of a later verb: the
    parser's reading of a relative clause on the poll ("In a study they wrote …, they estimated")."""
    after = prep.right_edge.i + 1
    return (verb.dep_ == "ccomp" and verb.head.i > verb.i and after < len(doc)
            and not doc[after].is_punct and after < verb.i)


def _named_subject(verb) -> bool:
    """The verb's subject is a name ("Working America found …"), not a share of those asked."""
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON", "NORP"))
               for c in verb.lefts)


def _closes(doc, prep, end: int) -> bool:
    """Nothing but punctuation follows the phrase to the clause's end, past the poll's dates, or an
    aside after a comma with no clause of its own ("… in a Ledger poll, up eight points from March.")."""
    rest = doc[prep.right_edge.i + 1:end]
    while len(rest) and rest[0].ent_type_ in ("DATE", "TIME"):
        rest = rest[1:]  # when the poll was taken: "… in a Ledger poll Jan. 17-23."
    if all(x.is_punct or x.is_space for x in rest):
        return True
    return rest[0].text == "," and not any(x.pos_ in ("VERB", "AUX") and has_subject(x) for x in rest)


def _described(noun) -> bool:
    """A poll named or described ("a Ledger poll", "a poll", "recent surveys", "polls taken in March"),
    not "the polls"."""
    return any(c.dep_ in ("compound", "amod", "nmod", "poss", "acl") or c.lower_ in ("a", "an") for c in noun.children)


def _participle_clause(verb, prep) -> bool:
    """The opening phrase hangs on a participle about the poll that the parser made a clause of the
    sentence's verb ("In a poll by the Ledger, conducted May 3-9, 41 percent said …")."""
    return (verb.tag_ in ("VBN", "VBD") and not has_subject(verb) and verb.head.i > verb.i
            and verb.dep_ in ("ccomp", "advcl") and verb.head.pos_ in ("VERB", "AUX")
            and verb.left_edge.i == prep.i)


def _past_participle_aside(doc, first: int, end: int) -> int:
    """Past an aside on the poll that the parser left outside its phrase ("In the latest survey,
    conducted May 3-6, 41 percent …"): a short one, closed by a comma; the content starts after it."""
    word = doc[first]
    if not (word.tag_ == "VBN" or word.tag_ == "VBD" and not has_subject(word)):
        return first
    comma = next((i for i in range(first + 1, end) if doc[i].text == ","), None)
    if comma is None or comma - first > 8 or not any(doc[i].is_alpha for i in range(comma + 1, end)):
        return first
    return comma + 1


def _past_semicolon(doc, end: int) -> int:
    """The sentence's end, when the clause ends at a semicolon the sentence goes on past: a second
    finding of the same poll ("In a Ledger poll, 8 percent said …; 2 percent said …")."""
    if end < len(doc) and doc[end].text == ";" and doc[end].sent == doc[end - 1].sent:
        sent_end = doc[end].sent.end
        while sent_end > end and (doc[sent_end - 1].is_punct or doc[sent_end - 1].is_space):
            sent_end -= 1
        return max(end, sent_end)
    return end


def _only_openers(tokens) -> bool:
    """Nothing but a conjunction, an adverb or punctuation ("But in a poll", "Still, in a survey")."""
    return all(x.is_punct or x.pos_ in ("CCONJ", "ADV") for x in tokens)


def _opens_sentence(doc, i: int) -> bool:
    """Token i starts its sentence, or follows only openers."""
    return _only_openers(doc[doc[i].sent.start:i])
