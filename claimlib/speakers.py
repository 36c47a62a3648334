"""The speaker resolver: one speaker per real entity, across the article.

Surnames join their full name ("Mohib" -> "Hamdullah Mohib") but two people who share a name part stay
apart ("Mohib-ul Rahman"); "the committee" joins the committee named before; pronouns go to the
nearest fitting speaker; indefinite descriptions ("a source") stay separate speakers.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Mapping, Optional, Tuple

import attrs
from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .cues import lookup_lemma
from .errors import Errors
from .found import doc_text
from .lexicon import LexiconComponent
from .mentions import capitalised, earlier_surname, from_head, named_beside_role
from .quotes import ATTRIBUTIONS_ATTR
from .sentences import MAX_DATELINE, dateline_end

SPEAKERS_ATTR = "claimlib_speaker_data"
_DETS = ("the ", "a ", "an ", "this ", "that ")
_INDEFINITE = {"a", "an", "another", "one", "some", "two", "three", "several", "many", "other"}
_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
FUZZY_MIN = 92  # rapidfuzz ratio for two spellings of one name ("Badakhshan"/"Badakhhsan")


@attrs.define
class _Speaker:
    id: int
    name: str
    kind: str
    roles: List[str] = attrs.Factory(list)
    mentions: List[Tuple[int, int]] = attrs.Factory(list)
    head: str = ""  # lemma of the head noun, for "the officials" / "the committee"
    who: bool = False  # a description with a "who" clause on it ("one driver, who asked …"): a person


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_JOINING = frozenset({"and", "&"})  # "Jeb Bush and Chris Christie": several people, not one


def _surname(name: str) -> str:
    """The last word of a name, lower-cased and without a possessive ("Donald Trump’s": "trump")."""
    words = _words(name)
    return _POSSESSIVE_END.sub("", words[-1]) if words else ""


_ROLE_PREPOSITIONS = {"of", "at", "for", "in", "from", "with", "to", "on"}


def _role_head(role: str) -> str:
    """The noun a role is ("regional secretary of the nurses' union": "secretary"), so that "the
    union" is not the person whose role names it."""
    words = _words(role)
    cut = next((k for k, w in enumerate(words) if w in _ROLE_PREPOSITIONS), len(words))
    return words[cut - 1] if cut else ""


def _strip_det(text: str) -> str:
    low = text.lower()
    for d in _DETS:
        if low.startswith(d):
            return text[len(d):]
    return text


def _org_key(text: str) -> str:
    """"Tajikistan's State Committee" and "the State Committee" share the key "state committee"."""
    t = _strip_det(text).lower().replace("\u2019", "'")
    if "'s " in t:
        t = t.split("'s ", 1)[1]
    return " ".join(t.split())


def _words(text: str) -> List[str]:
    return [w.strip(".,").lower() for w in text.split() if w.strip(".,")]


class SpeakerResolver(LexiconComponent):
    """Groups source mentions into speakers; writes ``doc._.claimlib_speaker_data`` and a speaker id on
    each attribution."""

    def __init__(self, nlp: Language, name: str = "claimlib_speakers", *, lists: Mapping[str, Iterable[str]], max_pronoun_distance: int = 1500):
        self.nlp = nlp
        self.name = name
        self.max_pronoun_distance = max_pronoun_distance
        self.set_lexicon(lists)

    def on_lexicon(self) -> None:
        self._pronoun_kind = {}
        for kind in ("person", "group", "organization"):
            for p in self.lexicon.get(f"pronouns_{kind}", ()):
                self._pronoun_kind[p] = kind

    # --- step one ---------------------------------------------------------------------------------
    def find(self, doc: Doc) -> Tuple[List[_Speaker], List[Optional[int]]]:
        if not doc.has_extension(ATTRIBUTIONS_ATTR) or doc._.get(ATTRIBUTIONS_ATTR) is None:
            raise ValueError(Errors.E005.format(name="claimlib_quotes"))
        records = doc._.get(ATTRIBUTIONS_ATTR)
        # Once per Doc: has_annotation walks every token.
        self._parsed, self._has_ner = doc.has_annotation("DEP"), doc.has_annotation("ENT_IOB")
        self._text = doc_text(doc)
        # token -> the entity holding it: Span.ents walks every entity of the Doc on each read
        self._ent_at = {i: e for e in doc.ents for i in range(e.start, e.end)}
        # doc.ents is rebuilt from the tokens on every access; a dateline's place ("OSLO, Norway —",
        # often tagged ORG) is nobody "it" can stand for
        self._ents = [e for e in doc.ents if not _in_dateline(doc, e)]
        # a name in a relative clause on a person is no antecedent (found once per Doc)
        self._described = {e.start for e in self._ents if _in_persons_relative(e)}
        # surname -> the people named in full with it, for the gender a lone surname cannot tell
        self._full_names: Dict[str, List[str]] = {}
        for e in self._ents:
            if e.label_ == "PERSON" and len(e) > 1:
                self._full_names.setdefault(e[-1].lower_, []).append(e.text)
        speakers: List[_Speaker] = []
        assigned: List[Optional[int]] = []
        self._said: Tuple[int, int] = (0, 0)
        self._last: Optional[Tuple[Tuple[int, int], _Speaker]] = None  # the previous attribution's content and speaker
        for rec in records:
            if rec.get("follows") is not None and rec["follows"] < len(assigned):
                assigned.append(assigned[rec["follows"]])
                continue
            if rec.get("source") is None:
                assigned.append(None)
                continue
            span = doc.char_span(*rec["source"], alignment_mode="expand")
            if span is None or not span.text.strip():
                assigned.append(None)
                continue
            self._said = tuple(rec["content"])  # what the speaker said names nobody "he" can be
            sp = self._reporter_of(span, records, assigned, speakers)
            if sp is None:
                sp = self._resolve(doc, span, speakers)
            for role in rec.get("roles") or ():
                self._add_role(sp, role)
            if tuple(rec["source"]) not in sp.mentions:
                sp.mentions.append(tuple(rec["source"]))
            assigned.append(sp.id)
            self._last = (tuple(rec["content"]), sp)
        self._add_entity_mentions(doc, speakers)
        joined = self._join_surnames(speakers, assigned)
        self._text = None  # no Doc kept alive between calls
        self._ent_at = {}
        return speakers, joined

    def _reporter_of(self, span: Span, records, assigned: List[Optional[int]],
                     speakers: List[_Speaker]) -> Optional[_Speaker]:
        """"The union representing Skyline's pilots said (that) it welcomed the order": a pronoun
        opening what an earlier attribution reports is that attribution's speaker when the kinds fit
        (not a name inside the speaker's own description)."""
        kind = self._pronoun_kind.get(span.text.lower()) if len(span) == 1 else None
        if kind is None:
            return None
        text = doc_text(span.doc)  # kept on the Doc: doc.text rebuilds the whole text on every call
        holders = []
        for k, rec in enumerate(records[:len(assigned)]):
            start, end = rec["content"]
            if (assigned[k] is not None and rec.get("cue") and rec["cue"][1] <= span.start_char
                    and start <= span.start_char < end and text[start:span.start_char].strip().lower() in ("", "that")):
                holders.append((end - start, k))
        for _, k in sorted(holders):
            sp = speakers[assigned[k]]
            if self._fits(sp, kind):
                return sp
        return None

    def _fits(self, sp: _Speaker, kind: str) -> bool:
        """A pronoun of ``kind`` can stand for the speaker: the same kind, "they" for an organisation,
        or a person described by a role ("a nurse at the hospital") or by a "who" clause ("one crane
        driver, who asked not to be named") for "she"."""
        described = kind == "person" and sp.kind == "unnamed" and (sp.head in self.lexicon["titles"] or sp.who)
        return sp.kind == kind or described or (kind == "group" and sp.kind == "organization")

    def _resolve(self, doc: Doc, span: Span, speakers: List[_Speaker]) -> _Speaker:
        antecedent = _antecedent_of_relative(span)
        if antecedent is not None:  # "Dana Kim, who led the inquiry, said ...": "who" is Dana Kim
            span = antecedent
            sp = self._resolve(doc, span, speakers)
            if (span.start_char, span.end_char) not in sp.mentions:
                sp.mentions.append((span.start_char, span.end_char))
            return sp
        # a mention already resolved (the antecedent of an earlier "who") is the same speaker
        known = next((sp for sp in speakers if (span.start_char, span.end_char) in sp.mentions), None)
        if known is not None:
            return known
        low = span.text.lower()
        if len(span) == 1 and low in self._pronoun_kind:
            return self._antecedent(doc, span, self._pronoun_kind[low], speakers)
        kind = self._kind_of(span)
        head = _head(span, self._parsed)
        role, span = self._role_before_name(span, head, kind)
        sp = self._resolve_mention(span, head, kind, speakers)
        if role is not None:
            self._add_role(sp, role)
        return sp

    def _role_before_name(self, span: Span, head: Token, kind: str) -> Tuple[Optional[str], Span]:
        """A role of several words before a person's name ("Minister for Housing Declan Moran"):
        the role, and the name as the span to resolve; titles alone ("Nurse Ana Kovac") are left to
        the name, which strips them. The name is the person entity ending the mention or, where the
        tagger saw none, what follows the title's own phrase in the parse. A role that only ends
        in a title ("County executive Dana Whitfield") needs the entity."""
        title = span[0]
        if kind != "person":
            return None, span
        ent = next((e for e in span.ents if e.label_ == "PERSON" and e.end == span.end), None)
        if title.lower_ not in self.lexicon["titles"] and not (
                ent is not None and ent.start > span.start and span.doc[ent.start - 1].lower_ in self.lexicon["titles"]):
            return None, span
        if ent is not None:
            start = ent.start
        elif self._parsed and title.head.i == head.i and any(c.dep_ == "prep" for c in title.children):
            start = title.right_edge.i + 1
            if not all(t.pos_ == "PROPN" for t in span.doc[start:span.end]):
                return None, span
        else:
            return None, span
        before = span.doc[span.start:start]
        if start <= span.start or start >= span.end or any(t.is_punct for t in before) \
                or all(t.lower_ in self.lexicon["titles"] for t in before):
            return None, span
        return before.text.lower(), span.doc[start:span.end]

    def _resolve_mention(self, span: Span, head: Token, kind: str, speakers: List[_Speaker]) -> _Speaker:
        named = any(capitalised(t) for t in span if t.lower_ not in _INDEFINITE and t.lower_ != "the")
        if named and kind != "person" and (head.pos_ in ("PROPN", "") or capitalised(head)):
            # A bare surname the tagger did not take for a person: "Mohib added", or "Ekwueme said"
            # tagged as a common noun and an organisation.
            match = self._match_name(span.text, "person", speakers)
            if match is not None:
                return match
        if kind in ("person", "organization") and named:
            match = self._match_name(span.text, kind, speakers)
            if match is not None:
                self._prefer_fuller(match, span.text)
                return match
        elif span[0].lower_ not in _INDEFINITE:
            match = self._match_description(span, head, speakers)
            if match is not None:
                return match
            ent = _earlier_entity(span, head, self._ents)
            if ent is not None:
                sp = _Speaker(len(speakers), " ".join(_strip_det(ent.text).split()), "organization", head=head.lower_)
                sp.mentions.append((ent.start_char, ent.end_char))
                speakers.append(sp)
                return sp
        sp = _Speaker(len(speakers), "", kind, head=head.lemma_.lower() or head.lower_,
                      who=self._parsed and _who_clause(head))
        self._prefer_fuller(sp, span.text)
        speakers.append(sp)
        return sp

    def _kind_of(self, span: Span) -> str:
        head = _head(span, self._parsed)
        # spaCy's tree walks read memory no parser wrote on a Doc without a parse: guarded
        if self._parsed and any(c.dep_ == "conj" for c in head.children) and any(t.lower_ in _JOINING for t in span):
            return "group"  # "Jeb Bush and Chris Christie": several people, for "they", not "he"
        ent = self._entity(span, head)
        described = self._described_as(head) if ent is not None else None
        if described is not None:
            return described
        opening_plural = _opening_plural(head)
        if ent is not None and (ent.label_ == "PERSON" or self._titled_name(span)) \
                and not (len(ent) == 1 and opening_plural):
            return "person"
        head_is_org = ent is not None and ent.label_ in _ORG_LABELS and ent.start <= head.i < ent.end
        org_words = self.lexicon["org_words"]
        if len(span) == 1 and earlier_surname(head, self._ents):
            return "person"  # "Mendes" after "Carla Mendes", whatever plural the tagger read in it
        if (_plural(head) or opening_plural) and head.lower_ not in org_words and not (head_is_org and ent.label_ == "ORG"):
            return "group"  # "many clubs", "other insurers": several; "police", "media" are listed as written
        if {head.lower_, head.lemma_.lower()} & org_words:
            return "organization"
        if head_is_org:
            return "organization"
        if head.pos_ == "PROPN" and head.lower_ not in self.lexicon["titles"] and any(
                c.dep_ == "compound" and c.i == head.i - 1 and c.lemma_.lower() in org_words for c in head.lefts):
            return "organization"  # "the industry association GDV": what the name stands beside says it
        if capitalised(head) and (head.pos_ == "PROPN" or not self._has_ner) or earlier_surname(head, self._ents):
            return "person"
        return "unnamed"

    def _entity(self, span: Span, head: Token) -> Optional[Span]:
        """The named entity inside the mention that holds its head, if any."""
        ent = self._ent_at.get(head.i)
        return ent if ent is not None and span.start <= ent.start and ent.end <= span.end else None

    def _described_as(self, head: Token) -> Optional[str]:
        """What an aside on a name says it is, whatever entity the tagger saw: a person ("Eva
        Nygaard, a lawyer", "…, who chairs the board": a listed role or "who") or an organisation
        ("Harbour Logistics, a firm that runs the docks": a listed organisation word); a name set
        beside a role is that person ("The company's chief executive, Ines Varga, said"). A role
        is a listed title or a noun that only describes a person ("Maryam Violet, an Iranian
        journalist": the tagger may call the name an organisation, and "she" would then skip it)."""
        if named_beside_role(head):
            return "person"
        if head.dep_ == "appos" and head.head.i < head.i and head.head.lemma_.lower() in self.lexicon["org_words"]:
            return "organization"  # "The operator, Harwick Terminals, said", whatever the tagger saw
        for child in head.children:
            if child.dep_ == "appos":
                lemma = child.lemma_.lower()
                if lemma in self.lexicon["org_words"]:
                    return "organization"
                if lemma in self.lexicon["titles"] or lemma in self.lexicon.get("person_roles", ()) or _who_clause(child):
                    return "person"
        return "person" if _who_clause(head) else None

    def _titled_name(self, span: Span) -> bool:
        """A title and then a name in capitals, whatever entity the tagger saw ("Mayor Ines Varga"
        tagged as an organisation): a person."""
        name, title = self._person_name(" ".join(t.text for t in span if t.lower_ != "the"))
        words = name.split()  # a title leaves at least one word: the name, or the last title
        return (title is not None and len(words) <= 3 and words[0].lower() not in self.lexicon["titles"]
                and all(w.istitle() and w.isalpha() and w.lower() not in self.lexicon["org_words"] for w in words))

    def _match_name(self, text: str, kind: str, speakers: List[_Speaker]) -> Optional[_Speaker]:
        """The latest speaker of this kind with this name. A surname alone shared by two people named
        in full ("Carla Mendes" and "Paul Mendes") is the one quoted most so far, or neither when
        they are quoted alike; a full name prefers a speaker named in full to a lone surname."""
        if kind == "person":
            text = self._person_name(text)[0]  # "Mrs Whitcombe" is "Sarah Whitcombe"
            words = _words(text)
            matches = [sp for sp in reversed(speakers) if sp.kind == "person" and _same_person(text, sp.name)]
            full = [sp for sp in matches if len(_words(sp.name)) > 1]
            if len(words) > 1:
                return (full or matches or [None])[0]
            named = [sp for sp in full if self._given_name(sp.name) is not None]
            if len({self._given_name(sp.name) for sp in named}) > 1:
                # the one quoted most so far, if one is ("Trump" beside "Melania Trump"); else neither
                ranked = sorted(named, key=lambda sp: -len(sp.mentions))
                if len(ranked[0].mentions) > len(ranked[1].mentions):
                    return ranked[0]
                return next((sp for sp in matches if _words(sp.name) == words), None)
            return matches[0] if matches else None
        for sp in reversed(speakers):
            if sp.kind == kind == "organization" and _same_org(text, sp.name):
                return sp
        return None

    def _given_name(self, name: str) -> Optional[str]:
        """The word before the surname when it is a given name, not a title or an initial."""
        word = _words(name)[-2]
        return None if len(word) < 2 or {word, word + "."} & self.lexicon["titles"] else word

    def _match_description(self, span: Span, head: Token, speakers: List[_Speaker]) -> Optional[_Speaker]:
        """"the committee", "the adviser", "the officials": the latest speaker named or described so;
        a description with an owner is the role of that owner's ("Grayson's spokeswoman" is not
        "Murphy's spokeswoman Galia Slayen")."""
        lemma = head.lemma_.lower() or head.lower_
        one = not _plural(head)  # "companies" is no description of one company or its chief
        owner = next((_surname(c.text) for c in head.children if c.dep_ == "poss" and capitalised(c)), None) \
            if self._parsed else None
        for sp in reversed(speakers):
            if sp.head == lemma and sp.kind in ("group", "unnamed") and _strip_det(span.text).lower() in sp.name.lower():
                return sp
            if one and lemma in _words(sp.name) and sp.kind == "organization":
                return sp
            if one and any(_role_head(r) == lemma and (owner is None or owner in map(_surname, r.split()))
                           for r in sp.roles):
                return sp
        return None

    def _antecedent(self, doc: Doc, span: Span, kind: str, speakers: List[_Speaker]) -> _Speaker:
        """The nearest fitting speaker mention, or PERSON/ORG entity, before a pronoun."""
        candidates: List[Tuple[int, Optional[_Speaker], Optional[Span]]] = []
        for sp in speakers:
            if self._fits(sp, kind):
                candidates += [(m[1], sp, None) for m in sp.mentions if m[1] <= span.start_char]
        labels = {"person": {"PERSON"}, "organization": {"ORG"}, "group": {"ORG"}}[kind]
        said = self._said
        # "Fairbanks said Moyle had lost everything. He added …": he is who spoke, not whom they spoke of
        last = self._last[0] if self._last is not None and self._fits(self._last[1], kind) else (0, 0)
        candidates += [(e.end_char, None, e) for e in self._ents if e.end_char <= span.start_char
                       and (e.label_ in labels or kind == "person" and self._person_whatever_tagged(e))
                       and not said[0] <= e.start_char < said[1] and not last[0] <= e.start_char < last[1]
                       and e.start not in self._described]
        candidates = [c for c in candidates if span.start_char - c[0] <= self.max_pronoun_distance]
        wanted = _PRONOUN_GENDER.get(span.text.lower())
        # the nearest first; "he" is no woman named before, "she" no man: a listed given name or title
        # of address says (asked of the nearest only, one after another: it costs a name match)
        best = next((c for c in sorted(candidates, key=lambda c: (c[0], c[1] is not None), reverse=True)
                     if wanted is None or self._gender_of(c[1], c[2], speakers) in (None, wanted)), None)
        if best is not None:
            _, sp, ent = best
            if sp is not None:
                return sp
            ent_kind = "person" if ent.label_ == "PERSON" or kind == "person" else "organization"
            match = self._match_name(ent.text, ent_kind, speakers)
            if match is not None:
                return match
            sp = _Speaker(len(speakers), "", ent_kind, head=ent.root.lower_)
            self._prefer_fuller(sp, self._with_titles(ent).text)
            sp.mentions.append((ent.start_char, ent.end_char))
            speakers.append(sp)
            return sp
        sp = _Speaker(len(speakers), span.text, "unnamed" if kind == "person" else kind, head=span.text.lower())
        speakers.append(sp)
        return sp

    def _gender_of(self, sp: Optional[_Speaker], ent: Optional[Span], speakers: List[_Speaker]) -> Optional[str]:
        """"f", "m" or None (not known, or the names disagree): from the first word of a speaker's
        name and of each of its mentions ("Mrs. Clinton"), or of an entity and the speaker it names
        ("Stumpf" after "John Stumpf")."""
        texts = []
        if ent is not None:
            texts.append(ent.text)
            sp = self._match_name(ent.text, "person", speakers) if ent.label_ == "PERSON" else None
        if sp is not None:
            texts += [sp.name] + [self._text[a:b] for a, b in sp.mentions]
            if _words(sp.name):
                # the people named in full with the speaker's surname ("Stumpf" before "John Stumpf" joins)
                texts += self._full_names.get(_words(sp.name)[-1], [])
        found = set()
        for text in texts:
            first = text.split()[0].lower() if text.split() else ""
            if first in self.lexicon["female_words"]:
                found.add("f")
            elif first in self.lexicon["male_words"]:
                found.add("m")
        return found.pop() if len(found) == 1 else None

    def _person_whatever_tagged(self, ent: Span) -> bool:
        """A name the tagger called an organisation that its aside says is a person, or that is set
        beside a noun describing only a person ("Solberg's deputy, Marek Hale, was blunter": "he"
        after it is Hale)."""
        if ent.label_ != "ORG" or not self._parsed:
            return False
        root = ent.root
        beside = (root.dep_ == "appos" and root.head.lemma_.lower() in self.lexicon.get("person_roles", ())
                  and ent.start == root.left_edge.i and not any(t.lower_ in self.lexicon["org_words"] for t in ent))
        return beside or self._described_as(root) == "person"

    def _person_name(self, text: str) -> Tuple[str, Optional[str]]:
        """A person's name without the titles before it ("Nurse Ana Kovac" -> "Ana Kovac", "nurse") or
        the letters after it ("Harriet Lowe KC"), or the possessive a source can carry ("Ana Kovac's
        estimate")."""
        words = text.split()
        titles = self.lexicon["titles"]
        k = 1 if len(words) > 2 and words[0].lower() == "the" and words[1].lower() in titles else 0  # "the Rev …"
        while k < len(words) - 1 and words[k].lower() in titles:
            k += 1
        end = len(words)
        after = self.lexicon.get("postnominals", ())
        while end - 1 > k and words[end - 1].strip(".,").replace(".", "").lower() in after:
            end -= 1
        name = _POSSESSIVE_END.sub("", " ".join(words[k:end]))  # "Hillary Clinton's" claim
        return name, (" ".join(w for w in words[:k] if w.lower() != "the").lower() or None)

    def _with_titles(self, ent: Span) -> Span:
        """The entity with the titles written just before it ("Senator" + "Maria Lind")."""
        start = ent.start
        while start > 0 and ent.doc[start - 1].lower_ in self.lexicon["titles"]:
            start -= 1
        return ent.doc[start: ent.end]

    def _add_role(self, sp: _Speaker, role: str) -> None:
        """A role once, and never a title of address ("Mr." is no role)."""
        if role not in sp.roles and role not in self.lexicon.get("honorifics", ()):
            sp.roles.append(role)

    def _prefer_fuller(self, sp: _Speaker, text: str) -> None:
        if sp.kind == "person":
            name, title = self._person_name(text)
            if title:
                self._add_role(sp, title)
        else:
            name = " ".join(_strip_det(text).split())
        if len(name) > len(sp.name):
            sp.name = name

    def _add_entity_mentions(self, doc: Doc, speakers: List[_Speaker]) -> None:
        """Every later PERSON/ORG mention of a speaker ("Mohib" alone) joins its mentions."""
        for ent in self._ents:
            kind = "person" if ent.label_ == "PERSON" else "organization" if ent.label_ == "ORG" else None
            if kind is None:
                continue
            sp = self._match_name(ent.text, kind, speakers)
            if sp is not None:
                self._prefer_fuller(sp, ent.text)
                m = (ent.start_char, ent.end_char)
                if not any(a < m[1] and m[0] < b for a, b in sp.mentions):
                    sp.mentions.append(m)
        for sp in speakers:
            sp.mentions.sort()

    def _join_surnames(self, speakers: List[_Speaker], assigned: List[Optional[int]]) -> List[Optional[int]]:
        """A speaker of another kind named as exactly one person named in full, or by that person's
        surname alone, is that person: "Sanders" tagged as a plural noun, "Trump" or "Darrell Scott"
        as an organisation, met as a source before the person was, as a surname met after the full
        name already is (acronyms and listed organisation words stay apart)."""
        # (person, its words, its surname) of each person named in full; "Ryan and Trump" is two people
        persons = [(sp, _words(sp.name), _surname(sp.name)) for sp in speakers if sp.kind == "person"]
        persons = [p for p in persons if len(p[1]) >= 2 and not _JOINING & set(p[1])]
        moved = {}
        for sp in speakers:
            words = _words(sp.name)
            if (sp.kind == "person" or not words or not sp.name[:1].isupper() or sp.name.isupper()
                    or any(w in self.lexicon["org_words"] for w in words)):
                continue
            same = [p for p, pw, surname in persons if pw == words or len(words) == 1 and surname == words[0]]
            if len(same) == 1:
                same[0].mentions = sorted(set(same[0].mentions) | set(sp.mentions))
                moved[sp.id] = same[0].id
        return [moved.get(sid, sid) for sid in assigned]

    # --- step two ---------------------------------------------------------------------------------
    def set_annotations(self, doc: Doc, found: Tuple[List[_Speaker], List[Optional[int]]]) -> None:
        speakers, assigned = found
        used = sorted({i for i in assigned if i is not None})
        renumber = {old: new for new, old in enumerate(used)}
        for rec, sid in zip(doc._.get(ATTRIBUTIONS_ATTR), assigned):
            rec["speaker"] = renumber.get(sid) if sid is not None else None
        doc._.set(SPEAKERS_ATTR, [
            {"id": renumber[sp.id], "name": sp.name, "kind": sp.kind, "roles": list(sp.roles),
             "mentions": [list(m) for m in sp.mentions]}
            for sp in speakers if sp.id in renumber
        ])


RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def _antecedent_of_relative(span: Span) -> Optional[Span]:
    """The noun phrase a relative pronoun subject stands for, as a mention span."""
    if len(span) != 1 or span[0].lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = span[0].head
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    noun = clause.head
    if span[0].lower_ in ("who", "whom", "whose") and noun.dep_ == "pobj" and noun.ent_type_ != "PERSON" \
            and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "a nurse at the hospital, who asked …": "who" is the nurse, not the hospital
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        noun = noun.head  # "Eva Nygaard, a lawyer who has asked …": the role stands for the name
    m = from_head(noun)
    return span.doc[m.start: m.end]


def _in_persons_relative(ent: Span) -> bool:
    """The entity lies in a relative clause on a person ("Lena Marsh, who represents Riverton in the
    legislature. She …"): a pronoun after it stands for the person, not for a name in their description."""
    for tok in ent.root.ancestors:
        if tok.dep_ == "relcl":
            return tok.head.ent_type_ == "PERSON"
    return False


def _in_dateline(doc: Doc, ent: Span) -> bool:
    """The entity is part of a dateline opening its line ("OSLO, Norway —")."""
    j = ent.start
    while j > 0 and ent.start - j <= MAX_DATELINE and "\n" not in doc[j - 1].text_with_ws:
        j -= 1
    if j and "\n" not in doc[j - 1].text_with_ws:
        return False
    end = dateline_end(doc, j)
    return end != -1 and ent.end < end


def _who_clause(tok: Token) -> bool:
    """A relative clause on ``tok`` opened by "who"."""
    return any(c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in tok.children)


def _head(span: Span, parsed: bool) -> Token:
    """The mention's head word: its syntactic root, or its last word where there is no parse."""
    if parsed:
        return span.root
    words = [t for t in span if not t.is_punct]
    return words[-1] if words else span[-1]


def _plural(tok: Token) -> bool:
    if tok.tag_:
        return tok.tag_ in ("NNS", "NNPS")
    return tok.lower_.endswith("s") and not tok.lower_.endswith("ss") and not tok.is_title


def _opening_plural(tok: Token) -> bool:
    """"Neighbours told the paper …": a capital that only opens the sentence, on a word the lemma
    table reads as a plural ("neighbour"), whatever tag or entity the tagger gave it; not a name the
    article writes with a capital elsewhere ("Bernie Sanders" … "Sanders said")."""
    if not ((tok.i == 0 or tok.is_sent_start) and tok.is_title and tok.lower_.endswith("s")
            and lookup_lemma(tok.lower_) != tok.lower_):
        return False
    return not any(t.text == tok.text and t.i != tok.i and not (t.i == 0 or t.is_sent_start) for t in tok.doc)


def _earlier_entity(span: Span, head: Token, ents: List[Span]) -> Optional[Span]:
    """An organisation named before a definite description of it: "the Water Board ... the board"."""
    if head.ent_type_ or not span[0].lower_ == "the":
        return None
    word = head.lower_
    for ent in reversed([e for e in ents if e.end_char <= span.start_char and e.label_ == "ORG"]):
        if word in _words(ent.text):
            return ent
    return None


def _same_person(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    if _JOINING & set(wa + wb):
        return False  # "Clinton and O'Malley" is two people, neither of them "O'Malley" alone
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(short) == 1 and short[0] == long_[-1]:
        return True  # a surname alone
    if len(short) >= 2 and long_[-len(short):] == short:
        return True
    return len(wa) == len(wb) and fuzz.ratio(" ".join(wa), " ".join(wb)) >= FUZZY_MIN


_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)\s*$")


def _same_org(a: str, b: str) -> bool:
    ka, kb = _org_key(a), _org_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    for full, other in ((a, kb), (b, ka)):
        abbreviation = _ABBREVIATION.search(full)  # "the National Teachers' Union (NTU)" and "the NTU"
        if abbreviation is not None and abbreviation.group(1).lower() == other:
            return True
    short, long_ = sorted((ka, kb), key=len)
    if len(short.split()) >= 2 and long_.endswith(" " + short):
        return True
    return fuzz.ratio(ka, kb) >= FUZZY_MIN
