"""Speaker mentions: from a head token (or, without a parse, a run of tokens) to the name part and roles.

"Mohib-ul Rahman, a provincial council member" -> mention "Mohib-ul Rahman", role "provincial council
member"; "National-security adviser Hamdullah Mohib, who was in Moscow" -> "Hamdullah Mohib", role
"national-security adviser"; "a recent analysis by the X Network" -> "the X Network".
"""
from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, List, Optional, Sequence, Tuple

import attrs
from spacy.tokens import Doc, Span, Token

from . import resources, timex
from .marks import LONG_DASHES

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# Left out of a mention; "case" is the "'s" of a possessor ("the governor's claim" -> "the governor").
_DROP_DEPS = {"appos", "relcl", "acl", "punct", "advcl", "parataxis", "cc", "dep", "case"}
_DETS = {"a", "an", "the", "this", "that", "these", "those"}
_RELATIVES = {"who", "whom", "whose", "which"}
_AFFILIATIONS = {"of", "at", "from", "with"}
# "Even Rendell, a loyal supporter, said": the reporter's stress, no part of who spoke (PolNeAR train
# leaves it out of the source 29 times and keeps it 8); "only 25 percent" keeps its "only"
_STRESS = {"even"}
_CONJUNCTIONS = {"and", "but", "or", "nor", "yet", "so", "then"}
_STOP_PUNCT = set(",.;:!?()[]{}\"\u201c\u201d\u2018\u2019'\u00ab\u00bb" + LONG_DASHES)


@attrs.frozen
class Mention:
    """A speaker mention: token range of the name part, and the roles found around it."""

    start: int
    end: int
    roles: Tuple[str, ...] = ()


def role_text(tokens: List[Token]) -> Optional[str]:
    """A role as written, without a leading determiner; common words lower-cased, names kept. An age
    set beside a name ("Adeyemi, 52, said") is no role."""
    while tokens and (tokens[0].lower_ in _DETS or tokens[0].lower_ == "one" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or all(t.like_num for t in tokens):
        return None
    out = ""
    for t in tokens:
        out += (t.text if t.ent_type_ else t.lower_) + t.whitespace_
    return out.strip() or None


def _entity_of(tok: Token) -> Optional[Span]:
    if tok.ent_type_ not in NAME_LABELS:
        return None
    # Walk the IOB tags around the token: doc.ents would rebuild every entity of the Doc.
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


@lru_cache(maxsize=1)
def _honorifics() -> FrozenSet[str]:
    return frozenset(resources.read_list("speakers/honorifics.txt"))


def names_document(tok: Token, report_nouns: FrozenSet[str]) -> bool:
    """``tok`` is a listed report noun, as written or by its lemma ("data", which spaCy's lemma
    table reads as "datum")."""
    return tok.lemma_.lower() in report_nouns or tok.lower_ in report_nouns


def capitalised(tok: Token) -> bool:
    """Written with a capital first letter, as a name is: "Ruiz" and "ACHEBE", and "McAuliffe",
    "DeSantis" or "O'Malley", which ``Token.is_title`` does not count."""
    return tok.text[:1].isupper()


def earlier_surname(tok: Token, ents: Optional[Sequence[Span]] = None) -> bool:
    """The last word of a person named earlier in full, which the tagger did not tag this time
    ("Tobias Wend" then "Wend was blunter:"; "Daniel Price, 38, …" then "Price, of Castle Road,
    denies …"), or which a transcript writes in capitals ("ACHEBE: Not on current trends.").
    ``ents``: the Doc's entities where the caller keeps them (``Doc.ents`` is rebuilt on each read)."""
    return capitalised(tok) and any(
        e.label_ == "PERSON" and len(e) > 1 and e.end <= tok.i and e[-1].lower_ == tok.lower_
        for e in (tok.doc.ents if ents is None else ents))


def _addressed(tok: Token) -> bool:
    """A capitalised name after a title of address ("the Rev Martin Hale", "Dr Lena Ross"), a person
    whatever label the tagger gave it."""
    before = [t for t in tok.lefts if t.dep_ == "compound"]
    return capitalised(tok) and len(before) >= 2 and before[0].lower_ in _honorifics() and capitalised(before[-1])


@lru_cache(maxsize=1)
def role_nouns() -> FrozenSet[str]:
    """Titles and roles (``models/speakers/titles.txt``): nouns a person is described by."""
    return frozenset(resources.read_list("speakers/titles.txt"))


@lru_cache(maxsize=1)
def org_words() -> FrozenSet[str]:
    return frozenset(resources.read_list("speakers/org_words.txt"))


def _named_role(head: Token, appos: Token, ent: Optional[Span]) -> bool:
    """"One nurse at the clinic, Ana Ruiz of Westside Health, said": a capitalised name set beside
    a role noun names the person in it, when the tagger saw no entity there, or took the name alone
    for an organisation or a place ("The company's chief executive, Ines Varga, said", with no
    organisation's word in it: "its parent, Harbour Holdings," stays a company)."""
    role = head.lemma_.lower() in role_nouns()
    if ent is not None and (ent.label_ not in ("ORG", "GPE") or ent.start != appos.left_edge.i or ent.end != appos.i + 1
                            or any(t.lower_ in org_words() for t in ent) or not role):
        return False  # "One group, Occupy the Square, said": an organisation after all
    one = any(c.dep_ == "nummod" and c.lower_ == "one" for c in head.children)  # "One farmer backing the bill, …"
    return (appos.pos_ == "PROPN" and capitalised(appos) and (role or one)
            and any(c.dep_ == "compound" and capitalised(c) for c in appos.lefts))


def _named_right_after(head: Token, appos: Token, ent: Optional[Span]) -> bool:
    """An organisation's name right after a listed organisation word, or set off after it by a comma
    ("the consultancy Halden Partners", "the analytics firm SeaTrack", "The airline, SkyLink,";
    not "his nephew Omar Said")."""
    at = head.i + 2 if head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "," else head.i + 1
    return (head.pos_ == "NOUN" and head.lemma_.lower() in org_words() and ent is not None
            and ent.label_ in ("ORG", "PRODUCT", "WORK_OF_ART") and ent.start == at and appos.left_edge.i == at
            and _entity_of(head) is None)


def named_beside_role(tok: Token) -> bool:
    """``tok`` is a name set beside a role noun, and so a person whatever the tagger saw ("The
    company's chief executive, Ines Varga, said"): the mention's name and the speaker's kind agree."""
    return tok.dep_ == "appos" and _named_role(tok.head, tok, _entity_of(tok))


def _person_hung_on_place(head: Token) -> List[Token]:
    """A person's name the parser set beside the place in the role rather than beside the role ("One
    shop owner on Mill Street, Greta Vance, said": "Vance" hung on "Street")."""
    return [g for c in head.children if c.dep_ == "prep" and c.i > head.i
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "FAC", "LOC")
            for g in p.children if g.dep_ == "appos" and g.ent_type_ == "PERSON"]


def from_head(head: Token, report_nouns: FrozenSet[str] = frozenset()) -> Mention:
    """The mention whose syntactic head is ``head``: name part plus roles (parsed Docs)."""
    doc = head.doc
    if report_nouns and names_document(head, report_nouns):
        author = author_of(head)
        if author is not None:
            head = author
    if head.pos_ == "PRON":
        return Mention(head.i, head.i + 1)
    roles: List[str] = []
    named = False
    # An apposition naming a person gives the name: "the spokesman, John Kirby, said".
    titles = set()
    for child in list(head.children) + _person_hung_on_place(head):
        if child.dep_ == "appos" and child.lower_ in role_nouns() and not any(child.children):
            titles.add(child.i)  # "the council's transport lead, Cllr. Rosa Lind": a split title, then the name
            continue
        if child.dep_ == "appos":
            ent = _entity_of(child)
            if _named_right_after(head, child, ent):
                # "the analytics firm SeaTrack": the name, with what it is as its role
                roles.append(role_text([t for t in head.subtree if t.i <= head.i and t.dep_ != "punct"]))
                head = child
                break
            if (ent is not None and ent.label_ == "PERSON" or _addressed(child) or _named_role(head, child, ent)) \
                    and _entity_of(head) is None:
                role = role_text([t for t in head.subtree if t.i < child.left_edge.i and t.dep_ != "punct" and t.i not in titles])
                named = ent is None
                head = child
                if role:
                    roles.append(role)
                break
    ent = _entity_of(head)
    kept = [c for c in head.children if c.dep_ not in _DROP_DEPS
            and not (c.dep_ == "advmod" and c.i < head.i and c.lower_ in _STRESS)]
    # "Elena Ruiz of Harbour Securities": where a person works is a role, not part of the name; so is
    # a place set off by a comma, whatever the tagger saw ("Price, of Castle Road, denies …")
    person = ent is not None and ent.label_ == "PERSON" or named
    if person or head.is_title:
        for c in [c for c in kept if c.dep_ == "prep" and c.i > head.i and c.lower_ in _AFFILIATIONS
                  and (person or doc[c.i - 1].text == ",")]:
            place = next((g for g in c.children
                          if g.dep_ == "pobj" and (g.ent_type_ in ("ORG", "GPE", "FAC") or g.pos_ == "PROPN")), None)
            if place is not None:
                kept.remove(c)
                # a name, as written, without a clause on it ("of the Riverside Trust, which estimates …")
                roles.append("".join(t.text_with_ws for t in _without_clauses(place)).strip(" ,"))
    left = min([head.i] + [c.left_edge.i for c in kept if c.i < head.i])
    right = max([head.i] + [c.right_edge.i for c in kept if c.i > head.i])
    if ent is not None and ent.label_ == "PERSON":
        # Titles before the name are roles, not part of it.
        before = [t for t in doc[left: ent.start] if t.lower_ not in _DETS]
        if before and not any(t.dep_ == "poss" or t.tag_ == "POS" for t in before):
            role = role_text(before)
            if role:
                roles.append(role)
            left = ent.start
        right = max(right, ent.end - 1)
    for child in head.children:
        if child.dep_ == "appos":
            ent_c = _entity_of(child)
            if ent_c is None or ent_c.label_ != "PERSON":
                # "One, a retired teacher who gave only her first name, said": the role, not the clause
                role = role_text(_without_clauses(child))
                if role:
                    roles.append(role)
    right = _before_nested_aside(doc, head.i, right)
    if (head.pos_ == "NUM" and right == head.i and head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "in"
            and doc[head.i + 2].like_num):
        right = head.i + 2  # "about 3 in 10 said": the parser hung "in 10" on the verb
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right].is_punct and doc[right].text != "%" or doc[right].is_space):
        right -= 1  # "8% said …": the per cent sign is part of who said it
    if right + 1 < len(doc) and doc[right + 1].text == ")" and _unclosed(doc[left:right + 1]):
        right += 1  # "the National Teachers' Union (NTU)": the bracket the trim cut closes the name
    return Mention(left, right + 1, tuple(roles))


def _unclosed(tokens) -> bool:
    """An opening bracket with no closing one after it."""
    depth = 0
    for t in tokens:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _before_nested_aside(doc: Doc, head: int, right: int) -> int:
    """The last token before a comma that opens a relative clause or an apposition hung on a word
    of the mention deeper than its head ("A nurse at the hospital, who asked not to be named": the
    clause hangs on "hospital")."""
    for k in range(head + 1, right):
        # ", and who asked not to be named": a second relative clause after a comma is an aside too
        nxt = k + 2 if doc[k + 1].lower_ in ("and", "but") and k + 2 <= right else k + 1
        if doc[k].text == "," and (doc[nxt].lower_ in _RELATIVES or doc[k + 1].dep_ in ("relcl", "appos")
                                   or doc[k + 1].head.dep_ == "relcl" and doc[k + 1].head.i > k):
            return k - 1
    return right


@lru_cache(maxsize=1)
def _time_words() -> Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[str]]:
    """(names of days: months, weekdays and fixed words like "yesterday"; units of time; the words
    that make a unit a time: "last", "past", …), from the time expressions' words."""
    words = timex.time_words()
    names = frozenset(w.lower() for key in ("months", "weekdays", "fixed") for w in words[key] if " " not in w)
    return names, frozenset(w.lower() for w in words["units"]), frozenset(w.lower() for w in words["relatives"])


def is_time(tok: Token) -> bool:
    """The word names a day or a time ("Thursday", "last week", "two years", "2011"), never a
    speaker (not the "46-year-old" or the "43" the tagger also calls dates, nor "leaked minutes")."""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return False
    names, units, relatives = _time_words()
    if tok.lower_ in units:
        return any(c.like_num or c.lower_ in relatives for c in tok.children)
    return tok.lower_ in names or tok.is_digit and len(tok.text) == 4


def agent_of(verb: Token) -> Optional[Token]:
    """Whom a passive's "by" phrase names ("was first reported by MSNBC": MSNBC)."""
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


@lru_cache(maxsize=1)
def _holding_verbs() -> FrozenSet[str]:
    """Verbs whose agent holds a document, not its author (``models/speakers/holding_verbs.txt``)."""
    return frozenset(resources.read_list("speakers/holding_verbs.txt"))


def author_of(noun: Token) -> Optional[Token]:
    """The author of a report noun: "an analysis by X", "X's statement", "a statement from X", "a
    report of the Senate committee", "an email sent out by X" (set off by a comma, "The poll,
    released by X," is an aside on the document, which stays the source); "a survey of 500
    residents" names whom it asked, not its author."""
    for child in noun.children:
        if child.dep_ == "poss" and not is_time(child):  # "Thursday's memo" is the memo's
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and not is_time(pobj) and (child.lower_ != "of" or pobj.ent_type_ in ("ORG", "PERSON")):
                    return pobj  # not "a study from 2011"
    for child in noun.rights:  # "an email sent out by the campaign", not "The poll, released by …,"
        if child.dep_ == "acl" and child.tag_ == "VBN" and noun.doc[child.left_edge.i - 1].text != "," \
                and child.lemma_.lower() not in _holding_verbs():  # "a memo seen by this newspaper"
            agent = agent_of(child)
            if agent is not None:
                return agent
    return None


def _without_clauses(tok: Token) -> List[Token]:
    """The words of ``tok``'s phrase without the relative clauses on it."""
    clauses = {t.i for c in tok.children if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in tok.subtree if t.i not in clauses]


@lru_cache(maxsize=1)
def _split_titles() -> FrozenSet[str]:
    return frozenset(resources.read_list("sentences/split_abbreviations.txt"))


def _title_period(doc: Doc, i: int) -> bool:
    """The period of a title the tokenizer split from it, before a name: "Cllr" "." "Rosa"."""
    return doc[i].text == "." and 0 < i < len(doc) - 1 and doc[i - 1].lower_ in _split_titles() and capitalised(doc[i + 1])


def run_after(doc: Doc, i: int, limit: int = 10, titles: bool = False) -> Optional[Mention]:
    """Without a parse: the words from token ``i`` up to the next punctuation ("said Jane Roe, a nurse";
    with ``titles``, the period of a split title is no stop: "— Cllr. Rosa Lind")."""
    end = i
    while end < len(doc) and end - i < limit:
        t = doc[end]
        if t.is_space or (t.text in _STOP_PUNCT and not _inner_hyphen(doc, end) and not (titles and _title_period(doc, end))):
            break
        end += 1
    if end == i or end - i >= limit:
        return None
    return Mention(i, end)


def run_to_comma(doc: Doc, i: int) -> Optional[Mention]:
    """``run_after`` when a comma closes it: a name set off before an aside or the clause it opens
    ("According to the data firm Kestrel Analytics, the queue …"; '"…," local vendor Bill Ames,
    wearing a straw hat, said')."""
    run = run_after(doc, i)
    if run is None or run.end >= len(doc) or doc[run.end].text != ",":
        return None
    return run


def run_before(doc: Doc, i: int, limit: int = 10) -> Optional[Mention]:
    """Without a parse: the words ending at token ``i`` (exclusive) back to punctuation ("Jane Roe said"),
    without a conjunction opening them ("…," and she said)."""
    start = i
    while start > 0 and i - start < limit:
        t = doc[start - 1]
        if t.is_space or (t.text in _STOP_PUNCT and not _inner_hyphen(doc, start - 1)):
            break
        start -= 1
    if i - start >= limit:
        return None
    while start < i and doc[start].lower_ in _CONJUNCTIONS:
        start += 1  # '"…" and said': no speaker in the words before the verb
    return Mention(start, i) if start < i else None


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen joining two words ("Mohib-ul") is part of a name."""
    t = doc[i]
    return t.text == "-" and 0 < i < len(doc) - 1 and not t.whitespace_ and not doc[i - 1].whitespace_
