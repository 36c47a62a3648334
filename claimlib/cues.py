"""The cue finder: verbs of saying and believing ("said", "argued") and "according to" phrases."""
from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Iterable, List, Mapping, Optional

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .found import of_object
from .hashes import key_array, member
from .lexicon import LexiconComponent, learned_lemmas
from .marks import LONG_DASHES

CUES_KEY = "claimlib_cues"
VERB_POS = {"VERB", "AUX", ""}


class CueFinder(LexiconComponent):
    """Marks cue words in ``doc.spans["claimlib_cues"]``: ``speech`` for verbs that are cues most of
    the time ("said", "added"), ``verb`` for those that are cues in some frames ("support"),
    ``according`` for "according to" phrases, ``tail`` for a verb of ``tail_verbs`` the tagger read
    as a noun after a run of nouns closing its clause ("…, campaign finance records show."), ``lead``
    for a cue verb the tagger read as a plural noun after the names opening its sentence and before
    "that" or a subject pronoun ("The Ruiz campaign projects that …"), or a verb of ``tail_verbs``
    read as a noun before the clause it reports ("… tax return show he took …"); not in set phrases
    that attribute nothing ("That said,")."""

    def __init__(self, nlp: Language, name: str = "claimlib_cues", *, lists: Mapping[str, Iterable[str]]):
        self.nlp = nlp
        self.name = name
        self.set_lexicon(lists)

    def on_lexicon(self) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher.add("according", [self.nlp.make_doc(p) for p in sorted(self.lexicon["according"])])
        self.idioms = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.idioms.add("idiom", [self.nlp.make_doc(p) for p in sorted(self.lexicon.get("idioms", ()))])
        self._verbs = self.lexicon["cue_verbs"]
        self._speech = self.lexicon["speech_verbs"]
        self._tail = self.lexicon.get("tail_verbs", frozenset())
        self._other_senses = frozenset(tuple(line.split()) for line in self.lexicon.get("other_senses", ()))
        # verb -> whether a number of things counts as its figure, or only an amount ("count"/"amount")
        self._figure_senses = {verb: kind == "count" for verb, kind in
                               (line.split() for line in self.lexicon.get("figure_senses", ()))}
        self._sense_verbs = frozenset(verb for verb, _ in self._other_senses) | frozenset(self._figure_senses)
        lemmas = set(self._verbs) | set(self._speech) | set(self._tail)
        lemmas |= {w for w in _british_cues() if w[:-3] + "ize" in lemmas}  # "emphasise", see lemma_of
        self._candidate_hashes = lemma_keys(lemmas)

    def find(self, doc: Doc) -> List[Span]:
        spans = [Span(doc, s, e, label="according") for _, s, e in self.matcher(doc)]
        covered = {t for sp in spans for t in range(sp.start, sp.end)}
        # "That said, …" opening a clause; "bottles that said, 'Welcome'" is a relative clause
        covered.update(t for _, s, e in self.idioms(doc) if s == 0 or doc[s - 1].is_punct or doc[s - 1].is_space
                       for t in range(s, e))
        parsed: Optional[bool] = None  # asked once, and only of a Doc with a verb that has other senses
        for i in tokens_of(doc, self._candidate_hashes):
            tok = doc[i]
            if i in covered:
                continue
            lemma = lemma_of(tok)
            if tok.pos_ not in VERB_POS:
                if lemma in self._tail and _closing_tail(doc, tok, lemma):
                    spans.append(Span(doc, i, i + 1, label="tail"))
                elif ((lemma in self._speech or lemma in self._verbs) and opening_lead(doc, tok, lemma)
                      or (lemma in self._tail and clause_after_tail(doc, tok, lemma))):
                    spans.append(Span(doc, i, i + 1, label="lead"))
                continue
            if lemma in self._sense_verbs:
                if parsed is None:
                    parsed = doc.has_annotation("DEP")  # spaCy's tree walks are unsafe without a parse
                if parsed and ((lemma, _object_lemma(tok)) in self._other_senses
                               or lemma in self._figure_senses and _acts_on_figure(tok, self._figure_senses[lemma])):
                    continue  # "The quake claimed 267 lives", "fees declined to $281 million"
            if lemma in self._speech:
                spans.append(Span(doc, i, i + 1, label="speech"))
            elif lemma in self._verbs:
                spans.append(Span(doc, i, i + 1, label="verb"))
        return sorted(filter_spans(spans), key=lambda s: s.start)

    def set_annotations(self, doc: Doc, spans: List[Span]) -> None:
        doc.spans[CUES_KEY] = spans


QUANTITY_HEADS = ("percent", "%", "share", "number", "majority", "half", "third", "quarter")


def _object_lemma(verb) -> Optional[str]:
    """The lemma of what the verb acts on: its direct object ("denied entry to …" is on "entry") or a
    passive's subject; of a share or count, the noun it counts ("41 percent of the vote" is on
    "vote"). Only on a parsed Doc."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    inner = of_object(obj) if obj.lower_ in QUANTITY_HEADS else None
    return (inner or obj).lemma_.lower()


FIGURE_ENTS = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
CHANGE_PREPOSITIONS = ("to", "from", "by")  # "declined to $281 million", "from 300", "by 3 percent"


def _is_figure(tok, counts: bool) -> bool:
    """A number, an amount or a share ("$3.7 million", "3.3 percent"); with ``counts``, also a number
    of things ("2,000 jobs")."""
    return (tok.like_num or tok.ent_type_ in FIGURE_ENTS and any(t.like_num for t in tok.subtree)
            or counts and any(c.dep_ == "nummod" and c.like_num for c in tok.children))


def _acts_on_figure(verb, counts: bool) -> bool:
    """The verb's object is a figure ("declined 3.3 percent", "charged the campaign $3.7 million"),
    or a figure follows one of ``CHANGE_PREPOSITIONS`` right after it ("declined to $281 million")."""
    for c in verb.rights:
        if c.dep_ in ("dobj", "dative", "npadvmod", "attr") and _is_figure(c, counts):
            return True
        if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in CHANGE_PREPOSITIONS:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and _is_figure(pobj, False):
                return True
    return False


def _closing_tail(doc: Doc, tok, lemma: str) -> bool:
    """A base-form verb tagged as a noun, right after a plural noun (or a plural noun and the
    participle that dates it or says who issued it: "figures released on Thursday show", "figures
    released by the health board on Thursday show"; or a plural noun and a name that issued it:
    "figures from the Public Health Agency show"), before a full stop, a comma, a semicolon or a
    dash: "records show." ("the news show." follows a singular noun)."""
    i = tok.i
    if not (tok.pos_ == "NOUN" and tok.lower_ == lemma and i > 0 and i + 1 < len(doc)
            and (doc[i + 1].text in (".", ",", ";") or doc[i + 1].text in LONG_DASHES)):
        return False
    if doc[i - 1].tag_ == "NNS":
        return True
    for k in range(i - 1, max(0, i - TAIL_REACH), -1):
        t = doc[k]
        if t.is_punct:
            return False
        if t.tag_ == "VBN":
            return k > 0 and doc[k - 1].tag_ == "NNS"
        if (t.lower_ in ("from", "by") and k > 0 and doc[k - 1].tag_ == "NNS" and k < i - 1
                and all(x.pos_ in ("PROPN", "DET") for x in doc[k + 1:i])):
            return True  # the plural noun, then who issued it: names only
    return False


def opening_lead(doc: Doc, tok, lemma: str) -> bool:
    """A cue verb's "-s" form tagged as a plural noun right before "that" or a subject pronoun, after
    a run of names and nouns that opens the sentence and holds its root, so that the parse has no
    verb for the sentence ("The Ruiz campaign projects that …", "But Ruiz claims he …"). Needs a
    parse."""
    i = tok.i
    if not (tok.tag_ in ("NNS", "NNPS") and tok.lower_ != lemma and i > 0 and i + 1 < len(doc)
            and doc[i + 1].lower_ in CLAUSE_OPENERS and doc[i - 1].pos_ in ("NOUN", "PROPN")):
        return False
    sent = tok.sent
    start = sent.start
    while start < i and doc[start].pos_ in ("CCONJ", "ADV"):
        start += 1  # "But", "And", "Now"
    return start <= sent.root.i <= i and all(t.pos_ in _LEAD_POS for t in doc[start:i])


def clause_after_tail(doc: Doc, tok, lemma: str) -> bool:
    """A base-form verb of ``tail_verbs`` tagged as a noun, right after a noun and before the clause
    it reports ("leaked pages from his 2009 tax return show he took …", "County records show that
    …"; not "a slide show that predicted …", where "that" opens a relative clause)."""
    i = tok.i
    if not (tok.pos_ == "NOUN" and tok.lower_ == lemma and 0 < i and i + 2 < len(doc)
            and doc[i - 1].pos_ in ("NOUN", "PROPN") and doc[i + 1].lower_ in CLAUSE_OPENERS):
        return False
    if doc[i + 1].lower_ == "that" and doc[i + 1].dep_ != "mark":
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in doc[i + 2:tok.sent.end])


CLAUSE_OPENERS = ("that", "he", "she", "they", "we", "i")  # what opens a reported clause right after its cue
_LEAD_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART"})  # "The Ruiz campaign", "Ortiz's office"


TAIL_REACH = 12  # tokens back from a tail verb to its plural noun: "figures released by the regional health board on Thursday show."


@lru_cache(maxsize=1)
def _lookup_table() -> Optional[Mapping[str, str]]:
    """spacy-lookups-data's English lemma table, for pipelines without a lemmatizer (loaded once)."""
    try:
        from spacy.lookups import load_lookups

        return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    except Exception:  # noqa: BLE001 - no lookups data: fall back to the word itself
        return None


def lookup_lemma(word: str) -> str:
    """The lemma table's lemma of a lower-case word (the word itself when the table is missing)."""
    table = _lookup_table()
    return table.get(word, word).lower() if table is not None else word


def lemma_keys(lemmas: Iterable[str]) -> numpy.ndarray:
    """Every word form whose lemma is one of ``lemmas``, as string hashes: the lemmas themselves and,
    for Docs without a lemmatizer, their forms in the lookup table ("said"). Made once, at load time."""
    lemmas = set(lemmas)
    hashes = {get_string_id(w) for w in lemmas}  # a symbol ("mark") has its own id, not a hash
    table = _lookup_table()
    if table is not None:
        hashes |= {key for key, lemma in table.items() if lemma in lemmas}
    return key_array(hashes)


def tokens_of(doc: Doc, keys: numpy.ndarray) -> List[int]:
    """The indices of the tokens whose lemma or lower-case form is among ``keys`` (``lemma_keys``):
    one vectorised test per Doc, so that only they are read one by one."""
    if not len(doc):
        return []
    arr = doc.to_array([LEMMA, LOWER])
    return numpy.nonzero(member(arr[:, 0], keys) | member(arr[:, 1], keys))[0].tolist()


def lemma_of(tok) -> str:
    """The lower-cased lemma; where no lemmatizer ran, the lookup lemma of the lower-cased word. A
    British "-ise" spelling the learned table does not know, of a cue it spells "-ize", reads as
    that cue ("emphasised", "apologise": PolNeAR is American)."""
    lemma = tok.lemma_.lower() if tok.lemma_ else lookup_lemma(tok.lower_)
    if lemma.endswith("ise") and lemma in _british_cues():
        return lemma[:-3] + "ize"
    return lemma


@lru_cache(maxsize=1)
def _british_cues() -> FrozenSet[str]:
    known = learned_lemmas("cues/verbs.tsv")
    return frozenset(lemma[:-3] + "ise" for lemma in known if lemma.endswith("ize")) - known


def cue_spans(doc: Doc, *labels: str) -> List[Span]:
    """The cues the cue finder marked (all, or those with the given labels)."""
    spans = doc.spans[CUES_KEY] if CUES_KEY in doc.spans else []
    return [s for s in spans if not labels or s.label_ in labels]
