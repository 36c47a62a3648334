"""The nominal pass: cue nouns ("claim that", "criticism of") with their owner as source."""
import pytest

import claimlib
from claimlib import resources
from claimlib.quotes_nominal import frame_of as _frame_of
from claimlib.quotes_nominal import owner_of

ABOUT = frozenset(resources.read_list("cues/noun_prepositions.txt"))


def frame_of(noun):
    return _frame_of(noun, ABOUT)


def noun(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, frame, content, owner", [
    # a clause, and a possessive owner
    ("Critics laughed at the governor's claim that the roads were safe.", "claim", ("clause", "that"),
     "that the roads were safe", "governor"),
    # a prepositional object, and the subject of a light verb as owner
    ("Ms. Hale voiced strong opposition to the bridge plan.", "opposition", ("prep", "to"),
     "the bridge plan", "Hale"),
    # a "for … to" clause the parser made an adverbial clause of the noun
    ("The union's calls for Ruiz to resign have grown.", "calls", ("prep", "for"), "Ruiz to resign", "union"),
])
def test_frame_and_owner_of_a_cue_noun(nlp, text, word, frame, content, owner):
    doc = nlp(text)
    got, rng, introducer = frame_of(noun(doc, word))
    assert (got, introducer) == frame
    assert doc[rng[0]:rng[1]].text == content
    assert owner_of(noun(doc, word)).text == owner


def test_noun_without_a_complement_offers_nothing(nlp):
    doc = nlp("The claim spread quickly.")
    assert frame_of(noun(doc, "claim")) is None


def test_claim_noun_gives_an_attribution_to_its_owner(nlp):
    (quote,) = claimlib.extract("Despite the governor's claim that the roads were safe, two bridges closed.", nlp=nlp).quotes
    assert quote.content.text == "that the roads were safe"
    assert quote.source.text == "the governor"
    assert quote.cue.text == "claim"


def test_no_weights_no_nominal_pass(nlp):
    from claimlib.quotes import QuoteFinder

    quotes = nlp.get_pipe("claimlib_quotes")
    lists = {k: v for k, v in quotes.lexicon.items() if k != "frame_weights"}
    table_only = QuoteFinder(nlp, "claimlib_quotes", lists=lists)
    doc = nlp("Despite the governor's claim that the roads were safe, two bridges closed.")
    assert [f for f, _ in table_only.find(doc) if f.origin.startswith("nominal")] == []
