"""Punctuation glued to its words ('said:"We', 'shelters,"said', 'rose 8%,the') is split by the
tokenizer, so quotations, cues, sources and figures are read as they are with spaces."""
import pytest
import spacy

import claimlib
from claimlib.errors import ClaimlibWarning
from claimlib.tokenizer import split_glued_punctuation


@pytest.fixture(scope="module")
def tokenizer_nlp():
    return split_glued_punctuation(spacy.blank("en"))


@pytest.mark.parametrize("text, tokens", [
    ('She said:"We', ["She", "said", ":", '"', "We"]),
    ('open,"said Ruiz', ["open", ",", '"', "said", "Ruiz"]),
    ('(R-Ohio):\u201cNobody', ["(", "R", "-", "Ohio", "):", "\u201c", "Nobody"]),
    ('over."Then', ["over", ".", '"', "Then"]),
    ('said:"$40 a head', ["said", ":", '"', "$40", "a", "head"]),
    ('shelters"\u2014Mayor', ["shelters", '"', "\u2014", "Mayor"]),
    ('said--"We', ["said", "--", '"', "We"]),
    ("was 4,500,up from", ["was", "4,500", ",", "up", "from"]),
    ("rose 8%,the operator", ["rose", "8", "%", ",", "the", "operator"]),
    ("fell to 3.5%.The bank", ["fell", "to", "3.5", "%", ".", "The", "bank"]),
    ("Lind (Lab.),told", ["Lind", "(", "Lab.", ")", ",", "told"]),
    ("led 32%-25% in", ["led", "32", "%", "-", "25", "%", "in"]),
    ("a 62%\u201332% split", ["a", "62", "%", "\u2013", "32", "%", "split"]),
])
def test_glued_double_marks_split(tokenizer_nlp, text, tokens):
    assert [t.text for t in tokenizer_nlp(text)] == tokens


@pytest.mark.parametrize("text", ["don't", "the Lins' house", "rock'n'roll", "U.S. aid", "at 10:30 today",
                                  "it,'she", "4,500 people", "3.5% rise", "3.5.1 release", "(Lab.) told"])
def test_words_and_single_marks_untouched(tokenizer_nlp, text):
    assert [t.text for t in tokenizer_nlp(text)] == [t.text for t in spacy.blank("en")(text)]


def test_twice_is_once():
    nlp = split_glued_punctuation(spacy.blank("en"))
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    assert split_glued_punctuation(nlp).tokenizer.infix_finditer.__self__.pattern == pattern


def test_a_tokenizer_of_its_own_is_left_alone_with_a_warning():
    nlp = spacy.blank("en")
    nlp.tokenizer.infix_finditer = lambda text: iter(())
    with pytest.warns(ClaimlibWarning, match="W003"):
        split_glued_punctuation(nlp)
    assert [t.text for t in nlp('said:"We')] == ['said:"We']


def test_saved_pipeline_keeps_the_infixes(blank_nlp, tmp_path):
    blank_nlp.to_disk(tmp_path)
    again = spacy.load(tmp_path)
    assert [t.text for t in again('said:"We')] == ["said", ":", '"', "We"]


@pytest.mark.parametrize("text, source", [
    ('"We will open 12 shelters,"said Mayor Ana Ruiz on Monday.', "Mayor Ana Ruiz"),
    ('"We will open 12 shelters,"she said.', "she"),
    ('The mayor said:"We will open 12 shelters this winter."', "The mayor"),
    ('The mayor said\u2014"We will open 12 shelters this winter."', "The mayor"),
    ('The council met late.\n\n"We will open 12 shelters this winter."--Mayor Ana Ruiz', "Mayor Ana Ruiz"),
    ('Lawmakers pressed the agency.\n\nRep. Dana Whitlow (R-Ohio):"Nobody has shown me where 80 percent'
     ' came from."', "Rep. Dana Whitlow"),
])
def test_glued_quotation_is_attributed(nlp, text, source):
    article = claimlib.extract(text, nlp=nlp)
    [claim] = [c for c in article.claims if c.value in (12, 80)]
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize("text, value, source", [
    ("Fares rose 8%,the operator said.", 8, "the operator"),
    ("The council's transport lead, Rosa Lind (Lab.),told a meeting that about 4,500 people use the ferry.",
     4500, "Rosa Lind"),
])
def test_glued_figure_or_bracket_keeps_its_attribution(nlp, text, value, source):
    article = claimlib.extract(text, nlp=nlp)
    [claim] = [c for c in article.claims if c.value == value]
    assert claim.source is not None and claim.source.text == source
