"""The claim builder component: every figure stated as a fact, with what it counts, the whole it is
part of, its predicate, its time expressions and who says so.

Figures come from the quantity layer (``claimlib.quantities``); the parse gives the counted noun
("1,037 Afghan troops"), the total ("16 of the province's 27 districts") and the predicate ("had
fled across its border"); the attributions give the source: a figure inside a quote's content is
that quote's speaker's claim, any other the reporter's own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

import attrs
import numpy
from spacy.attrs import IDX, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Token

from . import resources
from .found import DocView, of_object
from .marks import reporter_gap
from .hashes import key_array, member
from .numbers import numbers
from .quantities import anchors as quantity_anchors
from .quantities import find_with_times
from .windows import word_spots
from .quotes import ATTRIBUTIONS_ATTR
from .types import Quantity

CLAIMS_ATTR = "claimlib_claims"
NOUN_LEFT = ("amod", "compound", "nmod", "npadvmod")
Range = Tuple[int, int]


@attrs.frozen
class _Context:
    """What every claim of one Doc is built from, worked out once per Doc."""

    view: DocView
    quotes: List[Dict[str, Any]]
    time_ranges: List[Range]
    gaps: List[Optional[Range]]  # per attribution, the reporter's words around its cue (marks.reporter_gap)
    credits: List[bool]  # per attribution, whether a figure in its content is somebody else's (_credits)
    values: Dict[Range, Optional[float]]


class ClaimFinder(Pipe):
    """Writes ``doc._.claimlib_claims``: plain dicts (character offsets), one per claim."""

    def __init__(self, nlp: Language, name: str = "claimlib_claims", *, max_ellipsis_chars: int = 200):
        self.nlp = nlp
        self.name = name
        self.max_ellipsis_chars = max_ellipsis_chars
        # The anchor words inside each distinct token text, worked out the first time it is seen.
        self._inside: Dict[int, Tuple[Tuple[int, str], ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            doc._.set(CLAIMS_ATTR, self.find(doc))
        except Exception as e:  # noqa: BLE001 - handed to spaCy's per-pipe error handler
            error_handler(self.name, self, [doc], e)
        return doc

    def find(self, doc: Doc) -> List[Dict[str, Any]]:
        view = DocView.of(doc)
        text = view.text
        found, times = find_with_times(text, self._word_spots(doc))
        quotes = doc._.get(ATTRIBUTIONS_ATTR) or []
        sources = [r["source"] for r in quotes if r.get("source")]
        quantities = [q for q in found if q.unit != "age" and not _one_who_speaks(view, q, sources)
                      and not _one_for_a_thing(view, q)]
        context = _Context(view, quotes=quotes,
                           time_ranges=[(t.start, t.end) for t in times],
                           gaps=[reporter_gap(text, tuple(r["content"]), tuple(r["cue"])) if r.get("cue") else None
                                 for r in quotes],
                           credits=[_credits(doc, r, view.parsed) for r in quotes],
                           values={(q.text.start, q.text.end): q.value for q in quantities})
        claims = [self._claim(doc, context, q) for q in quantities]
        self._ellipses(doc, text, claims)
        self._times(doc, context, claims, times)
        for i, c in enumerate(claims):
            c["id"] = i
            c.pop("_tokens", None)
            c.pop("_verb", None)
            c.pop("_total", None)
        return claims

    def _word_spots(self, doc: Doc) -> List[Tuple[int, str]]:
        """(start, word) of the anchor words in the Doc's tokens, found once per distinct token
        text ("one", "one/two", "Jan.") and then by a vectorised look-up of the token hashes."""
        if not len(doc):
            return []
        arr = doc.to_array([ORTH, IDX])
        cache, strings, anchors = self._inside, doc.vocab.strings, quantity_anchors()
        if len(cache) > 50_000:
            cache.clear()
        hits = []
        for orth in numpy.unique(arr[:, 0]).tolist():
            inside = cache.get(orth)
            if inside is None:
                inside = cache[orth] = tuple(word_spots(strings[orth], anchors))
            if inside:
                hits.append(orth)
        if not hits:
            return []
        spots = []
        for i in numpy.nonzero(member(arr[:, 0], key_array(hits)))[0]:
            start = int(arr[i, 1])
            spots.extend((start + k, w) for k, w in cache[int(arr[i, 0])])
        return spots

    # --- one claim ----------------------------------------------------------------------------
    def _claim(self, doc: Doc, context: "_Context", q: Quantity) -> Dict[str, Any]:
        claim: Dict[str, Any] = {"quantity": q.to_dict(), "counted": None, "total": None, "predicate": None,
                                 "time": [], "source": None, "speaker": None, "quote": None}
        span = doc.char_span(q.text.start, q.text.end, alignment_mode="expand")
        tokens = list(span) if span is not None else []
        claim["_tokens"] = [t.i for t in tokens]
        claim["_verb"] = None
        claim["_total"] = None
        if tokens:
            if context.view.parsed:
                self._from_parse(doc, context, tokens, claim)
            else:
                self._from_words(doc, tokens, claim)
        owner = _owner(q.text.start, q.text.end, context)
        if owner is not None:
            k, rec = owner
            claim["quote"] = k
            claim["speaker"] = rec.get("speaker")
            claim["source"] = list(rec["source"]) if rec.get("source") else None
        return claim

    def _from_parse(self, doc: Doc, context: "_Context", tokens: List[Token], claim: Dict[str, Any]) -> None:
        inside = {t.i for t in tokens}
        between = [t for t in tokens[1:-1] if t.is_alpha and not t.like_num and t.lower_ != "in"]
        if len(between) == 1 and any(t.lower_ == "in" for t in tokens) and claim["quantity"]["value"] is not None \
                and claim["quantity"]["value"] < 1:
            # "one nurse in five": what is counted stands between the two numbers
            noun = between[0]
            claim["counted"] = [noun.idx, noun.idx + len(noun.text)]
            verb = _governing_verb(max(tokens, key=lambda t: t.head.i not in inside))
            if verb is not None:
                claim["_verb"] = verb.i
                claim["predicate"] = _predicate(doc, verb, inside, context.time_ranges)
            return
        number = _number_token(tokens)
        head = number
        # climb from the number through its own words ("more than 300", "1,037", "one-third")
        while head.head.i in inside and head.head.i != head.i:
            head = head.head
        noun: Optional[Token] = None
        # "one-third of … districts": the parser may hang the "of" on the fraction word, not the head
        of_noun = next((o for o in map(of_object, [head] + tokens) if o is not None and o.i not in inside), None)
        if of_noun is not None:
            noun = of_noun
            total = [c for c in of_noun.children if c.dep_ in ("nummod", "quantmod") and c.like_num and c.i not in inside]
            if total:
                claim["total"] = _value_of(total[0], context.values)
                claim["_total"] = total[0].i
        elif head.dep_ in ("nummod", "quantmod", "amod", "compound") and head.head.pos_ in ("NOUN", "PROPN") \
                and head.head.i not in inside:
            noun = head.head
            # "two day centres": the parser hung the number on the first noun ("a six-point lead" and
            # "a 90kg bag", written as one word, count points and kilograms)
            while (noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN"
                   and doc[noun.i - 1].whitespace_ and doc[noun.i - 1].text not in ("-", "\u2013")):
                noun = noun.head
            if noun.lower_ in ("percent", "%"):
                # "41 percent of the vote" counts votes; a per cent sign the tokenizer split from its
                # figure ("32%-25%") is the unit, not what is counted
                noun = of_object(noun)
        elif head.pos_ in ("NOUN", "PROPN") and head.i not in inside:
            noun = head
        elif (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN"
              and head.head.head.i < head.i and head.head.head.i not in inside
              and head.head.head.lemma_.lower() not in _measure_nouns()):
            noun = head.head.head  # "a crowd of 31,412": the noun the figure sizes ("a total of" measures)
        if noun is not None and any(s <= noun.idx < e for s, e in context.time_ranges):
            noun = None  # "up from 870,000 five years ago": the years date the figure, they are not counted
        if noun is not None and noun.pos_ == "PROPN" and noun.i < head.i:
            noun = None  # "beat Rovers 2-1": a name before a figure is not what it counts
        if noun is not None:
            skip = inside | {t.i for t in noun.children if t.dep_ in ("poss", "det", "nummod", "quantmod", "case")
                             for t in t.subtree}
            left = [c for c in noun.lefts if c.dep_ in NOUN_LEFT and c.i not in skip]
            start = min([c.left_edge.i for c in left] + [noun.i])
            if noun.i > max(inside):
                start = max(start, max(inside) + 1)  # not the figure's own sign: "£1.2m warehouse raid"
            marks = [t.i for t in doc[start:noun.i] if t.is_quote]
            if marks:
                start = marks[-1] + 1  # "thousands of $12-an-hour” workers": not across a quote mark
            while start < noun.i and (start in skip or doc[start].is_punct):
                start += 1
            claim["counted"] = [doc[start].idx, noun.idx + len(noun.text)]
        verb = _governing_verb(noun if noun is not None else head)
        if verb is not None:
            claim["_verb"] = verb.i
            claim["predicate"] = _predicate(doc, verb, inside, context.time_ranges)

    def _from_words(self, doc: Doc, tokens: List[Token], claim: Dict[str, Any]) -> None:
        """Without a parse: the content words right after the figure are what it counts."""
        k = tokens[-1].i + 1
        words = []
        while k < len(doc) and len(words) < 3 and doc[k].is_alpha and doc[k].lower_ not in STOP_WORDS:
            words.append(doc[k])
            k += 1
        if words:
            claim["counted"] = [words[0].idx, words[-1].idx + len(words[-1].text)]

    # --- across claims ------------------------------------------------------------------------
    def _ellipses(self, doc: Doc, text: str, claims: List[Dict[str, Any]]) -> None:
        """"… 1,037 troops fled, and another 94 on July 4": the second figure counts troops too, as
        does one after the same verb in a parallel clause ("leads among men by 11 points; Ortega
        leads among women by 16"). So does "Another 480" opening the next sentence of the paragraph
        (``more_of_the_same.txt``), with a verb of its own, when the figure before counts its
        clause's subject or object (not "delegates, three from each of nine districts. Another 27")."""
        for prev, c in zip(claims, claims[1:]):
            if c["counted"] is not None or prev["counted"] is None or c["quantity"]["unit"] != prev["quantity"]["unit"]:
                continue
            start = c["quantity"]["text"]["start"]
            gap = start - prev["quantity"]["text"]["end"]
            between = text[prev["quantity"]["text"]["end"]:start]
            if not 0 <= gap <= self.max_ellipsis_chars or "\n" in between:
                continue
            # (not "pay has fallen by a fifth": a verb of its own)
            same_clause = c["_verb"] in (None, prev["_verb"]) and not any(ch in between for ch in ".;")
            # "Lind leads among men by 11 points; Ortega leads among women by 16": the same verb again
            parallel = (c["_verb"] is not None and prev["_verb"] is not None and "." not in between
                        and doc[c["_verb"]].lemma_ == doc[prev["_verb"]].lemma_ != "")
            if not (same_clause or parallel) and not (_more_of_the_same(text[max(0, start - 16):start])
                                                      and not _in_modifier(doc, prev["counted"])):
                continue
            c["counted"] = prev["counted"]
            if same_clause and c["predicate"] is None:
                c["predicate"] = prev["predicate"]
                c["_verb"] = prev["_verb"]

    def _times(self, doc: Doc, context: _Context, claims: List[Dict[str, Any]], times) -> None:
        """Each time expression goes to the claim it modifies: by the parse where there is one (the
        claim's number, noun or verb; the cue of the quote holding the claims), else the nearest
        claim of the sentence."""
        if not claims:
            return
        quotes = context.quotes
        anchors: Dict[int, List[int]] = {}
        for k, c in enumerate(claims):
            for i in c["_tokens"]:
                anchors.setdefault(i, []).append(k)
            if c["counted"]:
                span = doc.char_span(*c["counted"], alignment_mode="expand")
                if span is not None:
                    anchors.setdefault(span.root.i, []).append(k)
        # "16 of the 27 districts have fallen in three days": the verb tells of the part, not the total
        totals = {c["_total"] for c in claims if c["_total"] is not None}
        verbs: Dict[int, List[int]] = {}
        for k, c in enumerate(claims):
            if c["_verb"] is not None and not totals.intersection(c["_tokens"]):
                verbs.setdefault(c["_verb"], []).append(k)
        cues: Dict[int, List[int]] = {}
        for k, c in enumerate(claims):
            if c["quote"] is not None and quotes[c["quote"]].get("cue"):
                cue = doc.char_span(*quotes[c["quote"]]["cue"], alignment_mode="expand")
                if cue is not None:
                    for t in cue:
                        cues.setdefault(t.i, []).append(k)
        # the cue of an attribution with no figure in it: a time there dates only the saying ("Since
        # Lee announced in May that …, rebels have taken 40 towns": May is not the towns')
        sayings = set()
        if context.view.parsed:
            holding = {c["quote"] for c in claims}
            for k, q in enumerate(quotes):
                if q.get("cue") and k not in holding:
                    cue = doc.char_span(*q["cue"], alignment_mode="expand")
                    sayings.update(x.i for x in cue or ())
        for t in times:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None:
                continue
            chosen: List[int] = []
            decided = False  # the parse said it dates no claim (the speaker's own past, below)
            # a time inside a quotation dates only that quotation's figures ('"…back by Wednesday,"
            # he said, adding that 140 workers had come': Wednesday is not the workers')
            holder = next((q["content"] for q in quotes if q["content"][0] <= t.start and t.end <= q["content"][1]),
                          None)
            if context.view.parsed:
                node = span.root
                seen = set()
                aside = False  # climbed out of a relative clause ("said Duffy, who has run it since 1979")
                while node.i not in seen:
                    seen.add(node.i)
                    if node.i in anchors and node.i not in {x.i for x in span}:
                        chosen = anchors[node.i][:1]
                        break
                    if node.i in verbs:
                        chosen = [_nearest_before(claims, verbs[node.i], t.start)]
                        break
                    if node.i in cues:
                        # in a relative clause it dates the speaker; inside the words, what they tell
                        # of ('"…in late August, not in May," said …'), not the saying
                        chosen = [] if aside or holder is not None else cues[node.i]
                        decided = aside and holder is None
                        break
                    if node.i in sayings and node.dep_ == "advcl":
                        decided = True
                        break
                    if node.dep_ == "amod" and node.head.i not in anchors:
                        # it describes a noun with no figure ("the recently captured territory")
                        decided = True
                        break
                    aside = aside or node.dep_ == "relcl"
                    node = node.head
            if not chosen and not decided:
                # a pipeline of the user's own may set no sentence boundaries: the whole text then
                sent = span[0].sent if context.view.sentenced else doc[:]
                same = [k for k, c in enumerate(claims)
                        if sent.start_char <= c["quantity"]["text"]["start"] < sent.end_char
                        and (holder is None or holder[0] <= c["quantity"]["text"]["start"] < holder[1])]
                if same:
                    chosen = [min(same, key=lambda k: _distance(claims[k], t.start, t.end))]
            for k in chosen:
                claims[k]["time"].append([t.start, t.end])


def _credits(doc: Doc, rec: Dict[str, Any], parsed: bool) -> bool:
    """An attribution gives credit for the figures in it when somebody is named for it, or when its
    cue is a passive verb ("Growth is expected to reach 2.9 percent": an unnamed forecast), an
    adverb ("is reportedly spending $1.5 million": an unnamed report) or a verb of seeming
    ("Output appears to have fallen 3 percent": an unnamed judgement); only a parsed Doc tells, and
    spaCy's tree walks are unsafe without a parse. Other attributions nobody is named for give none:
    on PolNeAR train their figures were the reporter's more often than not, these the other way round."""
    if rec.get("source") or rec.get("speaker") is not None:
        return True
    if not parsed or not rec.get("cue"):
        return False
    cue = doc.char_span(*rec["cue"], alignment_mode="expand")
    if cue is None:
        return False
    root = cue.root
    return (root.pos_ == "ADV" or any(c.dep_ == "auxpass" for c in root.children)
            or root.lemma_ in _raising_verbs())


def _owner(start: int, end: int, context: "_Context") -> Optional[Tuple[int, Dict[str, Any]]]:
    """The attribution that gives credit (``_credits``) whose content holds the figure. When they
    nest, the widest: whoever is on record saying it ("Ruiz said the council believes 400 homes
    flooded" is Ruiz's claim); but with an "according to" among them, the narrowest, for the phrase
    names who said just that, or only frames a sentence that reports somebody else. One with somebody
    named wins over one without ("Prices seemed to ease, with a survey finding 40 percent …"). A
    figure in the reporter's words between two quotes around the cue ("…,' Hale said at a rally of
    1,000 people. '…"), or in the source's own name, is not the speaker's."""
    holding = []
    for k, rec in enumerate(context.quotes):
        a, b = rec["content"]
        if a <= start and end <= b and context.credits[k]:
            gap = context.gaps[k]
            if gap is not None and gap[0] <= start and end <= gap[1]:
                continue
            source = rec.get("source")
            if source and source[0] <= start and end <= source[1]:
                continue  # "according to the recent 50-state poll"
            holding.append((b - a, k, rec))
    if not holding:
        return None
    named = [h for h in holding if h[2].get("source") or h[2].get("speaker") is not None]
    holding = named or holding
    pick = min if any(rec["kind"] == "according_to" for _, _, rec in holding) else max
    _, k, rec = pick(holding, key=lambda h: h[0])
    return k, rec


def _in_modifier(doc: Doc, chars: List[int]) -> bool:
    """The counted noun is the object of a preposition ("each of nine districts")."""
    span = doc.char_span(*chars, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj"


@lru_cache(maxsize=1)
def _raising_verbs() -> FrozenSet[str]:
    """Verbs of seeming, whose attributions name nobody ("seems", "appears")."""
    return frozenset(resources.read_list("cues/raising_verbs.txt"))


@lru_cache(maxsize=1)
def _more_of_the_words() -> Tuple[str, ...]:
    return tuple(resources.read_list("numbers/more_of_the_same.txt"))


def _more_of_the_same(before: str) -> bool:
    """The words before a figure end with "another", "a further" … (``models/numbers/more_of_the_same.txt``)."""
    words = " ".join(before.lower().split())
    return any(words == w or words.endswith(" " + w) for w in _more_of_the_words())


@lru_cache(maxsize=1)
def _measure_nouns() -> FrozenSet[str]:
    """Nouns that measure a figure after "of", not what it counts (``models/numbers/measure_nouns.txt``)."""
    return frozenset(resources.read_list("numbers/measure_nouns.txt"))


def _number_token(tokens: List[Token]) -> Token:
    nums = [t for t in tokens if t.like_num or t.pos_ == "NUM"]
    return nums[-1] if nums else tokens[-1]


_ROLE_BEFORE_NAME = re.compile(r"\s+[^,.;:\"\u201c\u201d]{1,40},\s*")


def _one_who_speaks(view: DocView, q: Quantity, sources: List[List[int]]) -> bool:
    """"One, a retired teacher, said …", "one analyst said", "One councillor, Tomas Brek, said":
    the word "one" in a speaker's mention, or in the role (no verb in it) set before the speaker's
    name, picks somebody out; it counts nothing."""
    text = view.text
    if text[q.text.start:q.text.end].lower() != "one":
        return False
    for a, b in sources:
        if a <= q.text.start and q.text.end <= b:
            return True
        if view.parsed and q.text.end <= a and _ROLE_BEFORE_NAME.fullmatch(text, q.text.end, a):
            role = view.doc.char_span(q.text.end, a, alignment_mode="expand")
            # a participle on the role is still the role ("One pastor backing the bill, Ana Ruiz, …")
            if role is not None and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "acl" for t in role):
                return True
    return False


_ONE_ON_ONE = re.compile(r"one[-\u2010\u2011\u2013 ]on[-\u2010\u2011\u2013 ]one", re.IGNORECASE)


def _one_for_a_thing(view: DocView, q: Quantity) -> bool:
    """"41 percent opposed one", "we all bought one", "for one, the drug …", "one-on-one": the
    word "one" alone as an object, with nothing on it, stands for something named before or makes an
    idiom; it counts nothing (on PolNeAR train such a "one" was a pronoun or an idiom most times)."""
    text = view.text
    if text[q.text.start:q.text.end].lower() != "one":
        return False
    if _ONE_ON_ONE.match(text, q.text.start) or _ONE_ON_ONE.match(text, max(0, q.text.start - 7), q.text.end):
        return True
    if not view.parsed:
        return False
    span = view.doc.char_span(q.text.start, q.text.end)
    return span is not None and span[0].dep_ in ("dobj", "pobj") and not any(span[0].children)


def _value_of(token: Token, values: Dict[Range, Optional[float]]) -> Optional[float]:
    """The value of a number token: the quantity already read there, else the token read alone."""
    known = values.get((token.idx, token.idx + len(token.text)))
    if known is not None:
        return known
    found = [n for n in numbers(token.text) if n.value is not None and n.kind == "number"]
    return found[0].value if found else None


def _governing_verb(token: Token) -> Optional[Token]:
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _predicate(doc: Doc, verb: Token, inside: set, times: List[Range]) -> List[int]:
    """The verb with its auxiliaries, negation, particle and first non-time prepositional phrase."""
    parts = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt") and c.i < verb.i + 3]
    end = verb
    for c in verb.rights:
        if c.dep_ == "prt":
            end = c
        elif c.dep_ in ("prep", "dobj", "attr", "acomp", "dative", "agent") and not any(t.i in inside for t in c.subtree) \
                and not _temporal(c, times):
            end = c.right_edge
            break
    start = min(p.i for p in parts)
    return [doc[start].idx, end.idx + len(end.text)]


def _temporal(token: Token, times: List[Range]) -> bool:
    """A phrase that is (or holds) a time expression: "on July 4", "overnight"."""
    a, b = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    return any(s < b and a < e for s, e in times)


def _nearest_before(claims: List[Dict[str, Any]], ks: List[int], pos: int) -> int:
    before = [k for k in ks if claims[k]["quantity"]["text"]["start"] < pos]
    return before[-1] if before else ks[0]


def _distance(claim: Dict[str, Any], start: int, end: int) -> int:
    a, b = claim["quantity"]["text"]["start"], claim["quantity"]["text"]["end"]
    return max(0, start - b, a - end)
