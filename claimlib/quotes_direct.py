"""The quote-mark pass: quotations no other pass explained, tied to a cue or speaker by position.

Works with or without a parse: "'...,' said X", "'...,' X said", "X said: '...'", a colon at the end
of the previous paragraph, a dash after the quote ("'...' -Jane Roe"), a quote sentence with no cue
continuing the previous speaker, and scare quotes left without a speaker.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

import attrs
import numpy
from spacy.tokens import Doc, Span, Token

from . import mentions
from .cues import cue_spans, lemma_keys, lemma_of, tokens_of
from .found import Chars, DocView, Found, sourced, token_chars, trim
from .marks import DASH_CHARS, LINE_SPACES, LONG_DASHES, QUOTE_CHARS, TWIN, QuoteRegion
from .quotes_indirect import CIRCUMSTANCE_DEPS, inverted_subject, subject_of
from .quotes_nominal import owner_of

_SENT_END = {".", "!", "?"}
WINDOW = 8  # tokens between a quote and its cue
LONG_SUBJECT = 16  # … when they are all the cue's subject
CONTINUE_CHARS = 800  # how far back a cue-less quote looks for the speaker it continues
DESCRIPTION = 14  # tokens of a lower-case description after a dash: "— sign held by a protester outside the hall"


@lru_cache(maxsize=4)
def _quoting_table(entries: FrozenSet[str]) -> Tuple[Dict[str, FrozenSet[str]], numpy.ndarray]:
    """lemma -> the particles it is listed with ("" for none), and the hashes of the lemmas' forms
    (``cues.lemma_keys``), made once per word list."""
    wanted: Dict[str, Set[str]] = {}
    for entry in entries:
        lemma, _, particle = entry.partition(" ")
        wanted.setdefault(lemma, set()).add(particle)
    return {lemma: frozenset(ps) for lemma, ps in wanted.items()}, lemma_keys(wanted)


def _quoting_verbs(doc: Doc, entries: FrozenSet[str]) -> Dict[int, int]:
    """The verbs that are cues only beside a quotation ("she continued", "shot back"), each with
    where it ends (after its particle, where the entry names one); whether a quotation is beside
    them is for the patterns that read them to say."""
    wanted, keys = _quoting_table(entries)
    if not wanted:
        return {}
    found = {}
    for i in tokens_of(doc, keys):
        tok = doc[i]
        particles = wanted.get(lemma_of(tok)) if tok.pos_ in ("VERB", "AUX") else None
        if particles is None:
            continue
        after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if after and after in particles:
            found[tok.i] = tok.i + 2
        elif "" in particles:
            found[tok.i] = tok.i + 1
    return found


def overlaps(a: Chars, b: Chars) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _is_break(tok) -> bool:
    return tok.is_space and "\n" in tok.text


class _Context:
    def __init__(self, view: DocView, lexicon):
        doc = self.doc = view.doc
        self.text = view.text
        self.parsed = view.parsed
        self.cues: Set[int] = {c.root.i for c in cue_spans(doc, "speech")}
        self.report_nouns = lexicon["report_nouns"]
        # verb -> the token after it and its particle, for the verbs that are cues only beside a quotation
        quoting = _quoting_verbs(doc, lexicon.get("quoting_verbs", frozenset()))
        self.quoting: Dict[int, int] = {i: end for i, end in quoting.items() if i not in self.cues}
        self.cues |= set(self.quoting)
        self.cue_nouns = lexicon.get("cue_nouns", frozenset())

    def noun_speaker(self, lo: int, hi: int, explicit: bool) -> Optional[Tuple[int, mentions.Mention]]:
        """(cue noun, its owner's mention) in tokens lo..hi: "made the following comment:", "this
        statement by the governor:"; ``explicit`` asks for an owner the noun names itself (a
        possessive or a "by" phrase), not the subject of the verb it is the object of."""
        if not self.parsed or not self.cue_nouns:
            return None
        for tok in reversed(self.doc[lo:hi]):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.cue_nouns or self._topic_of_cue(tok):
                continue
            owner = owner_of(tok, self.report_nouns)
            if owner is None or not lo <= owner.i < hi or tok.is_ancestor(owner) != explicit:
                continue
            return tok.i, mentions.from_head(owner, self.report_nouns)
        return None

    def _earlier_in_sentence(self, subj: Token, verb_i: int) -> bool:
        """A parsed subject before the words searched, in the cue's sentence with no quote mark
        between ("A report from the Harbour Institute had this to say about the plan:")."""
        doc = self.doc
        return subj.i < verb_i and subj.sent.start == doc[verb_i].sent.start and not any(
            t.is_quote for t in doc[subj.i:verb_i])

    def _topic_of_cue(self, noun: Token) -> bool:
        """The noun is what a cue verb's speaker talks about ("had this to say about her plan:"),
        not the statement quoted."""
        return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i in self.cues

    def speaker_of(self, verb_i: int, lo: int, hi: int, quote: Optional[Span] = None) -> Optional[mentions.Mention]:
        """The mention for a cue verb, within tokens lo..hi: its parsed subject, else the words beside it."""
        doc = self.doc
        if self.parsed:
            subj = subject_of(doc[verb_i])
            if subj is None and quote is not None and quote.end <= verb_i:
                subj = inverted_subject(doc[verb_i])  # "'...,' said engineer Paul Otto"
            if subj is not None and quote is not None and subj.left_edge.i <= quote.start < subj.right_edge.i + 1:
                return None  # the quotation is inside the subject: "the 'alarming' rise worried ..."
            if subj is not None and (lo <= subj.i < hi or self._earlier_in_sentence(subj, verb_i)):
                return mentions.from_head(subj, self.report_nouns)
        first_word = next((t.i for t in doc[lo:hi] if not t.is_punct and not t.is_space), verb_i)
        if first_word == verb_i:
            m = mentions.run_after(doc, verb_i + 1)
            return m if m is not None and m.end <= hi else None
        m = mentions.run_before(doc, verb_i)
        if m is not None and m.start >= lo:
            return m
        return None


def _after(ctx: _Context, span: Span) -> Optional[Found]:
    """"'...,' said X" / "'...,' X said"."""
    doc = ctx.doc
    reach = _reach(doc, span, LONG_SUBJECT)
    stop = min(reach, span.end + WINDOW)
    for k in range(span.end, stop):
        if k in ctx.cues:
            if _introduces_next(doc, k):
                return None  # '"…." Mr. Zahed said: "…"': the cue gives the quotation after it
            if k in ctx.quoting and not _right_after(doc, span, k):
                continue  # 'who wrote “Peter Pan,” has been with the show since it began
            mention = ctx.speaker_of(k, span.end, stop, span)
            if mention is not None:
                return _quoted(ctx, span, cue=token_chars(doc, k, k + 1), mention=mention)
            if not ctx.parsed:
                return None  # '"reckless" and said the plan had failed': no later cue is this quote's
    return _after_long_subject(ctx, span, stop, reach) if ctx.parsed and reach > stop else None


_SPEAKER_WORDS = 4  # words between a quotation and a verb that is a cue only beside it ("…,” Mr. Bruner concluded)


def _right_after(doc: Doc, span: Span, k: int) -> bool:
    """A verb that is a cue only beside a quotation follows it closely: the quotation closes on a
    comma, question or exclamation mark inside its mark, and only a few words of no verb (the
    speaker) stand between."""
    between = [t for t in doc[span.end:k] if not t.is_punct]
    return (_last_inside(span) in (",", "?", "!") and len(between) <= _SPEAKER_WORDS
            and not any(t.pos_ in ("VERB", "AUX") for t in between))


def _last_inside(span: Span) -> str:
    """The last character inside a quotation's closing mark ("," of '…hold,"')."""
    return span.text.rstrip().rstrip("\"'\u201d\u2019")[-1:]


def _full_stop_inside(span: Span) -> bool:
    """The quotation closes its sentence inside its mark ('…rebuild."'): a cue after it is in the next."""
    return _last_inside(span) == "."


def _token_before(doc: Doc, i: int) -> int:
    """The last token before token ``i`` that is not white space (-1 for none)."""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k


def _opens_on_cue(ctx: _Context, span: Span) -> bool:
    """A cue verb, then a comma or a colon, right before the quotation ('Reyes said, "…'; 'said: "…')."""
    k = _token_before(ctx.doc, span.start)
    return k >= 1 and ctx.doc[k].text in (",", ":") and k - 1 in ctx.cues


def _introduces_next(doc: Doc, k: int) -> bool:
    """The cue is followed by a colon and a quote mark: it introduces the next quotation."""
    return k + 2 < len(doc) and doc[k + 1].text == ":" and doc[k + 2].is_quote


def _reach(doc, span: Span, limit: int) -> int:
    """Where the words after a quotation that may hold its cue end: at most ``limit`` tokens on, and
    before a line break, a full stop or the next quote mark."""
    end = min(len(doc), span.end + limit)
    for k in range(span.end, end):
        tok = doc[k]
        if _is_break(tok) or tok.text in _SENT_END or (tok.is_quote and k > span.end):
            return k
    return end


def _after_long_subject(ctx: _Context, span: Span, start: int, end: int) -> Optional[Found]:
    """"'…,' Ofwat's chief executive, David Black, told the BBC": past the window (tokens ``start``
    to ``end``), a cue whose subject is what opens right after a quotation that opens its sentence
    (its speaker's long description; a title inside a sentence, "On 'Fox News Sunday,' Gov. Mike
    Pence said", is none)."""
    doc = ctx.doc
    if not _starts_sentence(ctx.text, span.start_char):
        return None
    first = next((t.i for t in doc[span.end:start] if not (t.is_punct or t.is_space)), None)
    k = next((k for k in range(start, end) if k in ctx.cues and k not in ctx.quoting), None)
    if k is None:
        return None
    subj = subject_of(doc[k])
    if subj is not None and subj.left_edge.i == first:
        mention = mentions.from_head(subj, ctx.report_nouns)
    else:
        mention = _name_before_aside(doc, first) if first is not None else None
    if mention is None:
        return None
    return _quoted(ctx, span, cue=token_chars(doc, k, k + 1), mention=mention)


def _name_before_aside(doc: Doc, first: int) -> Optional[mentions.Mention]:
    """'"…," local vendor Bill Ames, wearing a straw hat, said': the parser gave the cue no subject
    of its own and took the name into the quoted clause; a name opening right after the quotation
    and closed by the comma of an aside is the speaker, the words before it its role."""
    run = mentions.run_to_comma(doc, first)
    if run is None:
        return None
    names = [t.i for t in doc[run.start:run.end] if t.pos_ == "PROPN"]
    if not names or names[-1] != run.end - 1:
        return None
    start = names[-1]
    while start > run.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    role = mentions.role_text(list(doc[run.start:start]))
    return mentions.Mention(start, run.end, (role,) if role else ())


def _before(ctx: _Context, span: Span) -> Optional[Found]:
    """"X said: '...'" / "X said, '...'" / "X said '...'" / "..., X said — '...'", also with the
    colon closing the previous paragraph."""
    doc = ctx.doc
    k = _token_before(doc, span.start)
    if k >= 0 and k in ctx.cues and k not in ctx.quoting:  # no punctuation between the cue and the quote
        intro_end = k + 1
    elif k >= 0 and doc[k].text == ".":
        return _after_bare_cue(ctx, span, k)
    elif k < 0 or doc[k].text not in (":", ",") and doc[k].text not in LONG_DASHES:
        return None
    else:
        intro_end = k
    lo = k
    while lo > 0 and intro_end - lo < WINDOW + 4:
        prev = doc[lo - 1]
        if _is_break(prev) or prev.text in _SENT_END or prev.is_quote:
            break
        lo -= 1
    colon = doc[intro_end].text == ":"
    owned = ctx.noun_speaker(lo, intro_end, explicit=True) if colon else None
    if owned is None:
        for v in range(intro_end - 1, lo - 1, -1):
            if v in ctx.quoting and ctx.quoting[v] != intro_end:
                continue  # 'began with a Web ad, "Playing Trump,"': not right before the quotation
            if v in ctx.cues:
                mention = ctx.speaker_of(v, lo, intro_end)
                return _quoted(ctx, span, cue=token_chars(doc, v, v + 1), mention=mention)
        owned = ctx.noun_speaker(lo, intro_end, explicit=False) if colon else None
    if owned is not None:
        return _quoted(ctx, span, cue=token_chars(doc, owned[0], owned[0] + 1), mention=owned[1])
    if colon:
        # "And from the chairwoman:" with no cue verb: the words after "from".
        frm = next((t.i for t in doc[lo:intro_end] if t.lower_ == "from"), None)
        if frm is not None and frm + 1 < intro_end:
            end = intro_end
            obj = next((c for c in doc[frm].children if c.dep_ == "pobj"), None) if ctx.parsed else None
            if obj is not None and obj.right_edge.i < intro_end:
                end = obj.right_edge.i + 1  # "From the governor's office came a statement:"
            return _quoted(ctx, span, cue=None, mention=mentions.Mention(frm + 1, end))
        person = _person_before_colon(ctx, lo, intro_end)
        if person is not None:
            return _quoted(ctx, span, cue=None, mention=mentions.from_head(person, ctx.report_nouns))
    return None


def _after_bare_cue(ctx: _Context, span: Span, stop: int) -> Optional[Found]:
    """"Sam Lau, the party's spokesman, said in a statement. “More than 171,000 voters took part.”":
    a sentence opening on the subject of its main verb, a cue with nothing said (only when, where or
    how after it), right before a quotation in the same paragraph, introduces it."""
    if not ctx.parsed:
        return None
    doc = ctx.doc
    sent = doc[stop].sent
    verb = sent.root
    k = _token_before(doc, sent.start)
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if (verb.i not in ctx.cues or verb.i in ctx.quoting or subj is None or subj.left_edge.i != sent.start
            or any(t.is_quote for t in sent)
            or k >= 0 and doc[k].is_quote):
        return None  # '"…," he said. "…"' and "…, he says." report what comes before them
    if any(c.dep_ not in CIRCUMSTANCE_DEPS for c in verb.rights):
        return None
    return _quoted(ctx, span, cue=token_chars(doc, verb.i, verb.i + 1), mention=mentions.from_head(subj, ctx.report_nouns))


def _person_before_colon(ctx: _Context, lo: int, hi: int) -> Optional[Token]:
    """The person or organisation that is the subject of the clause a colon ends, with no cue in it
    ("Its director, Colin Marsh, put it more bluntly:", "She went further:", "The port's chief
    executive was more guarded:", "The nurses' association was blunter:"): the quotation after it
    is theirs."""
    if not ctx.parsed:
        return None
    doc = ctx.doc
    for verb in doc[lo:hi]:
        if verb.pos_ in ("VERB", "AUX") and (not lo <= verb.head.i < hi or verb.head.i == verb.i):
            subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
            if subj is not None and lo <= subj.i and (subj.ent_type_ in ("PERSON", "ORG") or mentions.earlier_surname(subj)
                                                      or subj.lower_ in ("he", "she")
                                                      or subj.lemma_.lower() in mentions.role_nouns()
                                                      or subj.lemma_.lower() in mentions.org_words() or any(
                    c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children)):
                return subj
            return None
    return None


def _dash(ctx: _Context, span: Span, region: QuoteRegion) -> Optional[Found]:
    """"'...' -Commissioner Starks", by characters: the tokenizer may glue the dash to the closing
    mark or to the name ("”― Tom Bell", "”—Ann Lee"). A description in lower case ("— sign held by
    a protester outside the hall") speaks too when the quotation opens its line and the description
    ends it, in a few words; such a quotation is never an earlier speaker's continued. A quotation
    that fills its paragraph may have its name on the next line, as fact-checks print it ('- Sen.
    Ana Ruiz (D-Ore.), in a debate')."""
    doc, text = ctx.doc, ctx.text
    j = region.end
    while j < len(text) and text[j] in LINE_SPACES:
        j += 1
    byline = _byline_dash(text, region, j)
    if byline is not None:
        j = byline
    if j >= len(text) or text[j] not in DASH_CHARS:
        return None
    while j < len(text) and text[j] in DASH_CHARS:
        j += 1
    while j < len(text) and text[j] in LINE_SPACES:
        j += 1
    if j >= len(text) or not text[j].isalpha():
        return None
    lower = text[j].islower()
    if byline is not None and lower:
        return None
    if lower and text[text.rfind("\n", 0, region.start) + 1:region.start].strip():
        return None  # "the 'Hail, Caesar!' — a film out in February": a title inside a sentence
    first = doc.char_span(j, j + 1, alignment_mode="expand")
    mention = mentions.run_after(doc, first.start, limit=DESCRIPTION if lower else 10, titles=True) if first is not None else None
    if lower:
        line_end = text.find("\n", j)
        line_end = len(text) if line_end == -1 else line_end
        if mention is None or text[doc[mention.end - 1].idx + len(doc[mention.end - 1].text):line_end].strip(" .") != "":
            mention = None  # a longer description, or one that does not end the line: no speaker
        return _quoted(ctx, span, cue=None, mention=mention)
    if mention is None:
        return None
    if byline is not None and not _name_line(doc, mention):
        return None  # "- The city will open 12 shelters.": a list item, not a name
    found = _quoted(ctx, span, cue=None, mention=mention)
    if found.source is not None and found.source[0] < j:
        found = attrs.evolve(found, source=(j, found.source[1]))
    return found


def _name_line(doc: Doc, mention: mentions.Mention) -> bool:
    """The words a byline dash opens are a name, then punctuation or the line's end: capitalised,
    with no longer word in lower case between ("Ana de la Cruz", not "The city will open …")."""
    words = doc[mention.start:mention.end]
    after = doc[mention.end] if mention.end < len(doc) else None
    return (words[-1].text[:1].isupper() and all(t.text[:1].isupper() or not t.is_alpha or len(t) <= 3 for t in words)
            and (after is None or after.is_space or after.text in ".,("))


def _byline_dash(text: str, region: QuoteRegion, j: int) -> Optional[int]:
    """Where the dash is when a quotation fills its paragraph and the next line opens with one, as
    fact-checks print who said it ('"…"' then '- Sen. Ana Ruiz (D-Ore.), in a debate'); else None."""
    if j < len(text) and text[j] not in "\r\n" or text[text.rfind("\n", 0, region.start) + 1:region.start].strip():
        return None
    k, breaks = j, 0
    while k < len(text) and text[k] in LINE_SPACES + "\r\n":
        breaks += text[k] == "\n"
        if breaks > 2:
            break
        k += 1
    return k if k < len(text) and text[k] in DASH_CHARS and "\n" in text[j:k] else None


def _quoted(ctx: _Context, span: Span, cue: Optional[Chars], mention: Optional[mentions.Mention]) -> Found:
    doc = span.doc
    return Found(
        kind="direct",
        content=trim(ctx.text, (span.start_char + 1, span.end_char - 1)),
        cue=cue,
        **sourced(doc, mention),
        origin="marks",
    )


def _starts_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in LINE_SPACES:
        j -= 1
    return j < 0 or text[j] in ".!?\n" or (text[j] in "\"\u201d'\u2019" and j > 0 and text[j - 1] in ".!?,")


def _ends_sentence(text: str, i: int) -> bool:
    """Nothing but punctuation between the closing mark and the end of the sentence or line."""
    j = i
    while j < len(text) and text[j] in LINE_SPACES + ".,;!?)":
        j += 1
    mark = 2 if text[i - 2:i] == TWIN else 1  # the closing mark: one character, or two apostrophes
    return (j >= len(text) or text[j] in "\n\"\u201c'\u2018" or text[j - 1] in ".!?"
            or text[i - mark - 1:i - mark] in (".", "!", "?"))


def _continuation(ctx: _Context, region: QuoteRegion, span: Span, known: Sequence[Found]) -> Optional[Found]:
    """A quote that opens a sentence with no cue of its own continues the previous speaker."""
    text = ctx.text
    if not _starts_sentence(text, region.start):
        return None
    end = region.inner_end
    if not _ends_sentence(text, region.end):
        end = _closing_words(ctx, region, span)
        if end is None:
            return None
    before = [f for f in known if f.content[1] <= region.start and f.source is not None]
    if not before:
        return None
    prev = max(before, key=lambda f: f.content[1])
    if not _quotation_content(text, prev):
        # '"…," she said, describing how she builds mixers. "…"': the quotation goes on with the
        # speaker's quotation, not with the clause the speaker's participle reports
        quoted = [f for f in before if f.source == prev.source and _quotation_content(text, f)]
        if quoted:
            prev = max(quoted, key=lambda f: f.content[1])
    gap = text[prev.content[1]: region.start]
    if len(gap) > CONTINUE_CHARS:
        return None
    if "\n" not in gap and prev.cue is not None:
        # '"...," X said. "..."': the second quotation is part of the same attribution.
        return attrs.evolve(prev, content=(prev.content[0], trim(text, (region.inner_start, end))[1]), origin="continuation")
    return Found(
        kind="direct",
        content=trim(text, (region.inner_start, end)),
        source=prev.source,
        roles=(),
        follows=prev.content,
        origin="continuation",
    )


def _quotation_content(text: str, f: Found) -> bool:
    """The content opens inside a quotation."""
    return f.content[0] > 0 and (text[f.content[0] - 1] in QUOTE_CHARS or text[f.content[0] - 2:f.content[0]] == TWIN)


CLOSING_WORDS = 4  # lower-case words after a quotation that still end its sentence ("…” workers.")
CLOSING_PHRASE = 12  # … or the words of a phrase a preposition opens ("…” with the findings of the panel.")


def _closing_words(ctx: _Context, region: QuoteRegion, span: Span) -> Optional[int]:
    """Where the sentence ends when a quotation that opens it is closed by a few lower-case words
    with no verb or pronoun of their own ("“You blamed thousands of $12-an-hour” workers."), or by a
    phrase a preposition opens ("“… 97 percent of scientists are in agreement” with the findings of
    the panel."): the quoted words go on to the full stop; None when anything else follows."""
    doc = ctx.doc
    if ctx.text[region.inner_start:region.inner_end].rstrip()[-1:] == ",":
        return None  # '"…," the email read.': a cue follows
    words: List[Token] = []
    phrase = False
    for tok in doc[span.end:]:
        if tok.text in _SENT_END or _is_break(tok):
            break
        phrase = phrase or not words and tok.pos_ == "ADP" and tok.is_lower
        if phrase:
            if tok.pos_ in ("VERB", "AUX", "PRON") or tok.i in ctx.cues or tok.is_punct or len(words) >= CLOSING_PHRASE:
                return None
        elif (not tok.is_lower or tok.pos_ in ("VERB", "AUX", "PRON", "DET") or tok.i in ctx.cues
              or len(words) >= CLOSING_WORDS):
            return None
        words.append(tok)
    if not words or (tok.text not in _SENT_END):
        return None
    return words[-1].idx + len(words[-1].text)


def _unattributed(ctx: _Context, region: QuoteRegion) -> Found:
    """Scare quotes and quotes with no speaker in reach: kept, with no speaker."""
    text = ctx.text
    whole = _starts_sentence(text, region.start) and text[region.inner_start: region.inner_end].rstrip()[-1:] in (".", "!", "?")
    return Found(
        kind="direct" if whole else "mixed",
        content=trim(text, (region.inner_start, region.inner_end)),
        origin="unattributed",
    )


def find(view: DocView, regions: Sequence[QuoteRegion], earlier: Sequence[Found], lexicon) -> Iterator[Found]:
    """An attribution for every quotation region that no earlier pass's content touches."""
    doc = view.doc
    ctx = _Context(view, lexicon)
    known: List[Found] = list(earlier)
    for region in regions:
        inner = (region.inner_start, region.inner_end)
        if inner[1] <= inner[0] or any(overlaps(inner, f.content) for f in earlier):
            continue
        span = doc.char_span(region.start, region.end, alignment_mode="expand")
        if span is None:
            continue
        found = _after(ctx, span)
        if found is not None and _full_stop_inside(span) and _opens_on_cue(ctx, span):
            # '"…," Reyes said, "and we will rebuild." She went on to thank …': the cue before it
            found = _before(ctx, span) or found
        found = found or _before(ctx, span) or _dash(ctx, span, region) or _continuation(ctx, region, span, known)
        if found is None:
            found = _unattributed(ctx, region)
        if found.content[1] > found.content[0]:
            known.append(found)
            yield found
