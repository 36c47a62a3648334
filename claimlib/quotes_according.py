"""The "according to X" pass: the source follows the cue; the content is the rest of the sentence."""
from __future__ import annotations

from typing import Callable, FrozenSet, Iterator, Optional, Tuple

from spacy.tokens import Span, Token

from . import mentions
from .cues import cue_spans
from .found import Chars, DocView, Found, sourced, token_chars, trim
from .hashes import positions
from .marks import ASIDE_MARKS
from .quotes_indirect import FINITE_TAGS, has_subject, paragraph_after


# what may stand before an opening "according to" ("But according to …", "Now, according to …")
_OPENERS = frozenset({"ADV", "CCONJ", "SCONJ", "INTJ", "PUNCT", "SPACE"})


def _object_of(cue: Span) -> Optional[Token]:
    """The object of the phrase's last word: "according to [X]"."""
    for child in cue[-1].children:
        if child.dep_ == "pobj":
            return child
    return None


def _phrase_end(doc, cue: Span, obj: Token) -> int:
    """Where the phrase ends: after its object and what hangs on it, or on "according" ("according
    to a report Monday"), but not past a comma after the object, where the parser may have hung the
    clause's own subject on "according" ("According to Reuters, 61 of the 90 delegates — a group of
    elders — backed her") or on the object as an aside."""
    end = max(cue.end - 1, obj.right_edge.i) + 1
    while end - 1 > obj.i and doc[end - 1].text in ASIDE_MARKS:
        end -= 1  # the comma after the object may hang on it
    if cue[0].right_edge.i + 1 > end and doc[end].text not in ASIDE_MARKS:
        end = cue[0].right_edge.i + 1
    return _before_stolen_subject(doc, cue, obj, end)


def _before_stolen_subject(doc, cue: Span, obj: Token, end: int) -> int:
    """Where an opening phrase ends when the parser hung the clause's subject on its object as an
    aside ("According to Reuters, 571 of the 714 delegates — a group of leaders — backed her": the
    verb "backed" has no subject of its own, or "According" is the root): before the comma that
    opens the "aside"; also where the clause's verb itself hangs in the "aside", as a finite verb
    on its noun ("… — a group of leaders — backed her, with 90 still undecided": the parser made
    "undecided" the root)."""
    verb = cue[0].head
    root = verb.i == cue[0].i  # "According" parsed as the sentence's root, with the clause under it
    if not root and (verb.i < end or verb.pos_ not in ("VERB", "AUX")
                     or has_subject(verb, ("nsubj", "nsubjpass", "expl", "csubj"))) and not _verb_in_aside(obj):
        return end
    for child in obj.rights:
        if child.dep_ == "appos" and doc[child.left_edge.i - 1].text == ",":
            return child.left_edge.i - 1
    return end


def _subject_taken_for_source(doc, cue: Span) -> Optional[mentions.Mention]:
    """"According to the data firm Kestrel Analytics, the queue of vessels … reached 19": the parser
    left "to" with no object and made the source the clause's subject. The words after "to" up to a
    comma are the source, when the phrase opens its sentence."""
    if not all(t.pos_ in _OPENERS for t in doc[cue.sent.start:cue.start]):
        return None
    return mentions.run_to_comma(doc, cue.end)


def _verb_in_aside(obj: Token) -> bool:
    """An apposition on the object holds a finite verb the parser hung on a noun ("a group of
    leaders — backed"): an aside on a source has none of its own."""
    return any(t.dep_ == "acl" and t.tag_ in FINITE_TAGS
               for child in obj.rights if child.dep_ == "appos" for t in child.subtree)


def _past_appositive(doc, start: int, end: int) -> int:
    """Past an aside on the source that the parser left outside the phrase ("According to the
    Institute, a think tank in Boston, fares rose": "tank" parsed as a second subject of "rose"):
    a run with no verb between commas holding a subject of a verb that has another after the comma;
    or a participle phrase on what the source did ("According to Lind, writing for the Gazette, …")."""
    i = start
    while i < end and doc[i].text == ",":
        i += 1
    if i == start or i == end:
        return start  # no comma, or nothing after it ("according to a,")
    aside = _participle_aside_end(doc, i, end)
    if aside is not None:
        # "According to Mara Lind, writing for the Gazette, the port lost …": what the source did
        nxt = aside + 1
        if nxt < end and doc[nxt].pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") and any(
                t.tag_ in FINITE_TAGS for t in doc[nxt:end]):
            return nxt  # the parser may take the participle for the subject
        return start
    comma = next((k for k in range(i, min(end, i + 12)) if doc[k].text == ","), None)
    if comma is None or comma == i or any(t.pos_ in ("VERB", "AUX") for t in doc[i:comma]):
        return start
    for t in doc[i:comma]:
        verb = t.head
        if t.dep_ == "nsubj" and verb.i > comma and any(
                c.dep_ == "nsubj" and c.i > comma for c in verb.lefts) or _subject_as_appos(t, comma):
            return comma + 1
    return start


def _name_aside(doc, end: int) -> Optional[Tuple[int, int]]:
    """The tokens of a person's name set off by commas right after the phrase (token ``end``), with
    any title before the name the tagger saw ("Dr. Ana Lind")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    first = end + 1
    while first < len(doc) and doc[first].pos_ == "PROPN" and not doc[first].ent_type_:
        first += 1
    if first >= len(doc) or doc[first].ent_iob_ != "B" or doc[first].ent_type_ != "PERSON":
        return None
    last = first + 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return (end + 1, last) if last < len(doc) and doc[last].text == "," else None


def _in_role(doc, name: Tuple[int, int], source: mentions.Mention) -> mentions.Mention:
    """The name as the speaker, the source's words as its role ("the study's lead author")."""
    role = mentions.role_text(list(doc[source.start:source.end]))
    return mentions.Mention(name[0], name[1], ((role,) if role else ()) + source.roles)


def _subject_as_appos(t: Token, comma: int) -> bool:
    """"According to the lead author, Dr. Ana Lind, the city loses …": the parser made the name the
    subject and the clause's own subject ("the city") its apposition, running up to the verb."""
    verb = t.head
    return t.dep_ == "nsubj" and verb.i > comma and any(
        c.dep_ == "appos" and c.i > comma and c.right_edge.i + 1 == verb.i for c in t.children)


def _participle_aside_end(doc, i: int, end: int) -> Optional[int]:
    """The comma closing a participle phrase that starts at token i ("writing for the Gazette,"), if
    one does within a few words."""
    if doc[i].tag_ not in ("VBG", "VBN") or doc[i].dep_ in ("amod", "compound"):
        return None
    comma = next((k for k in range(i + 1, min(end, i + 12)) if doc[k].text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:comma]):
        return None
    return comma


def _and_clause_follows(doc, verb: Token, after: int) -> bool:
    """"…, according to the clerk, and there were only 40 polling places": an "and" right after the
    phrase (and any aside on what its source did) that opens a clause of its own (conjoined to the
    verb, with its own subject) goes on with the same report; "but …", or a verb that shares the
    subject, is the writer's again."""
    i = after
    while i < len(doc) and doc[i].is_punct:
        i += 1
    heads = [verb]
    aside = _participle_aside_end(doc, i, len(doc)) if i < len(doc) else None
    if aside is not None:  # "…, according to the authority, writing in its report, and …"
        heads.append(doc[i])  # the parser may hang the clause on the participle
        i = aside + 1
    if i >= len(doc) or doc[i].lower_ != "and":
        return False
    # the parser may make the clause a complement of the verb ("…, and nearly half say …")
    return any(c.dep_ in ("conj", "ccomp") and c.i > i and has_subject(c) for h in heads for c in h.children)


def _closes_its_verb(doc, sent: Span, phrase: Tuple[int, int]) -> bool:
    """The phrase hangs on a verb before it in the sentence, and no "and" clause carries on after it."""
    verb = doc[phrase[0]].head
    return (sent.start <= verb.i < phrase[0] and verb.pos_ in ("VERB", "AUX")
            and not _and_clause_follows(doc, verb, phrase[1]))


def _own_clause(doc, sent: Span, phrase: Tuple[int, int]) -> Span:
    """The relative or adverbial clause the phrase hangs on, when it stands inside it before the
    clause's verb ("…created 3 million jobs — a number that, by the department's count, is closer to
    2.4 million": the count is the department's, the 3 million the speaker's); else the sentence (a
    phrase closing the sentence speaks for all of it, whatever clause the parser hung it on)."""
    verb = doc[phrase[0]].head
    if verb.dep_ not in ("relcl", "advcl") or verb.pos_ not in ("VERB", "AUX") or verb.i < phrase[1]:
        return sent
    start, end = verb.left_edge.i, verb.right_edge.i + 1
    if not (sent.start <= start <= phrase[0] and phrase[1] <= end <= sent.end):
        return sent
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if end > start else sent


def around(view: DocView, sent: Span, phrase: Tuple[int, int]) -> Optional[Chars]:
    """The content an attributing phrase (tokens ``phrase``) gives its sentence: what follows it when
    it opens the sentence (after a colon, or after an opening "But" or "Now,"); what precedes it when
    it closes it, or when it comes after the verb it hangs on ("59 percent oppose it, according to a
    Ledger poll - about the same as last year": the aside after it is the writer's) unless an "and"
    clause goes on with the report; else the whole sentence ("Among the rulings at risk, according
    to Lin, are 16 …")."""
    doc = view.doc
    if view.parsed:
        sent = _own_clause(doc, sent, phrase)
    colon = next((t.i for t in reversed(doc[sent.start: phrase[0]]) if t.text == ":"), None)
    if colon is not None:  # "It has not gone unnoticed: according to polls, …": the colon opens the content
        sent = doc[colon + 1: sent.end]
    lead = doc[sent.start: phrase[0]]
    tail = doc[phrase[1]: sent.end]
    if not any(t.is_alpha for t in lead) or view.parsed and all(t.pos_ in _OPENERS for t in lead):
        rng = (_past_appositive(doc, phrase[1], sent.end) if view.parsed else phrase[1], sent.end)
    elif not any(t.is_alpha for t in tail) or view.parsed and _closes_its_verb(doc, sent, phrase):
        rng = (sent.start, phrase[0])
    else:
        rng = (sent.start, sent.end)
    if rng[1] <= rng[0] or not any(t.is_alpha for t in doc[rng[0]: rng[1]]):
        return None
    content = trim(view.text, token_chars(doc, *rng))
    return content if content[1] > content[0] else None


def _introduced(doc, phrase: Tuple[int, int]) -> Optional[Tuple[int, int]]:
    """"According to Jan Holm, writing for the Harbour Gazette:" closing a paragraph: the phrase
    (with an aside on its source, no verb of its own) introduces the next paragraph."""
    colon = phrase[1]
    while colon < len(doc) and doc[colon].text != ":" and "\n" not in doc[colon].text:
        colon += 1
    if colon >= len(doc) or doc[colon].text != ":" or any(t.tag_ in FINITE_TAGS for t in doc[phrase[1]:colon]):
        return None
    if any(t.is_alpha for t in doc[doc[phrase[0]].sent.start:phrase[0]]):
        return None  # "Turnout fell, according to Lin:" has said it already
    return paragraph_after(doc, colon)


def find(view: DocView, lexicon, inside_quote: Callable[[int], bool] = lambda i: False) -> Iterator[Found]:
    """One attribution per "according to" cue that has an object, outside quote marks (inside them
    the quoted speaker is the one saying it, as for cue verbs)."""
    doc, text, parsed = view.doc, view.text, view.parsed
    for cue in cue_spans(doc, "according"):
        if inside_quote(cue[0].idx):
            continue
        if parsed:
            obj = _object_of(cue)
            if obj is None:
                mention = _subject_taken_for_source(doc, cue)
                if mention is None:
                    continue
                phrase = (cue.start, mention.end)
            else:
                mention = mentions.from_head(obj, lexicon["report_nouns"])
                phrase = (min(cue.start, cue[0].left_edge.i), _phrase_end(doc, cue, obj))
        else:
            mention = mentions.run_after(doc, cue.end)
            if mention is None:
                continue
            phrase = (cue.start, mention.end)
        content = around(view, cue.sent if view.sentenced else doc[:], phrase)
        name = _name_aside(doc, phrase[1]) if parsed else None
        if name is not None and content is not None and content[0] >= doc[name[1]].idx:
            mention = _in_role(doc, name, mention)  # "According to the lead author, Dr. Ana Lind, the city …"
        paragraph = _introduced(doc, phrase) if parsed else None
        if paragraph is not None:
            content = trim(text, token_chars(doc, *paragraph))
        if content is None:
            continue
        yield Found(
            kind="according_to",
            content=content,
            cue=token_chars(doc, cue.start, cue.end),
            **sourced(doc, mention),
            origin="according",
        )


def find_tallies(view: DocView, tallies: FrozenSet[str], report_nouns: FrozenSet[str],
                 inside_quote: Callable[[int], bool]) -> Iterator[Found]:
    """"By the agency's count, 739 …", "…, by one estimate": "by" with a tally noun attributes its
    sentence to the tally's owner, else to the tally itself. Needs a parse."""
    doc = view.doc
    if not view.parsed or not tallies:
        return
    for i in positions(view, "by"):
        by = doc[i]
        if by.dep_ != "prep" or inside_quote(by.idx):
            continue
        obj = next((c for c in by.children if c.dep_ == "pobj" and c.lemma_.lower() in tallies), None)
        if obj is None:
            continue
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        mention = mentions.from_head(owner if owner is not None else obj, report_nouns)
        content = around(view, by.sent if view.sentenced else doc[:], (by.i, obj.right_edge.i + 1))
        if content is None:
            continue
        yield Found(kind="according_to", content=content, cue=token_chars(doc, by.i, by.i + 1),
                    **sourced(doc, mention), origin="tally")
