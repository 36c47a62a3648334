"""Sentence starts set before the parser: a line break starts a sentence, and so does the word after
a dateline's dash; a name after an abbreviated title that the tokenizer splits from its period
("Capt." is "Capt" + ".") does not."""
import pytest

TITLES = "Mayor Lin thanked Capt. Tom Ortiz and Sgt. Ana Ruiz for their work."


@pytest.mark.parametrize("pipeline_fixture", ["nlp", "blank_nlp"])
def test_a_name_after_a_split_title_starts_no_sentence(request, pipeline_fixture):
    nlp = request.getfixturevalue(pipeline_fixture)
    assert [s.text for s in nlp(TITLES).sents] == [TITLES]


@pytest.mark.parametrize("pipeline_fixture", ["nlp", "blank_nlp"])
def test_a_line_break_still_starts_a_sentence(request, pipeline_fixture):
    nlp = request.getfixturevalue(pipeline_fixture)
    doc = nlp("Thanks to Capt.\nTom Ortiz spoke next. Sens. Ruiz and Lin agreed")
    assert [s.text.strip() for s in doc.sents if not s.text.isspace()] == ["Thanks to Capt.", "Tom Ortiz spoke next.", "Sens. Ruiz and Lin agreed"]


def test_british_titles_are_held_to_the_name_after_them(blank_nlp):
    text = "The motion from Cllr. Rosa Lind and Insp. Tom Ashby passed."
    assert [s.text for s in blank_nlp(text).sents] == [text]


def test_an_abbreviation_in_capitals_ends_its_sentence(blank_nlp):
    # "sec" is a split title ("Sec. Ana Ruiz"), but "SEC" is the regulator
    assert len(list(blank_nlp("The company filed with the SEC. The filing came late.").sents)) == 2


def test_a_lower_case_word_after_the_period_is_left_to_the_parser(blank_nlp):
    # only a capitalised word (a name or a title) is held to the abbreviation before it
    assert len(list(blank_nlp("The order came from the col. and was obeyed").sents)) == 2


@pytest.mark.parametrize("pipeline_fixture", ["nlp", "blank_nlp"])
@pytest.mark.parametrize("dateline", ["PORT ELLIS \u2014", "TRENTON, N.J. (AP) \u2014", "MACAU (Reuters) \u2013",
                                      "DES MOINES, Iowa --", "LIMA -", "PORT ELLIS, Jan. 14 \u2014",
                                      "LOS ANGELES, Sept. 28 (UPI) \u2014"])
def test_a_dateline_is_a_sentence_of_its_own(request, pipeline_fixture, dateline):
    nlp = request.getfixturevalue(pipeline_fixture)
    doc = nlp(f"Harbor news\n{dateline} The town expects 120,000 visitors, the mayor said.")
    assert [s.text.strip() for s in doc.sents][-1] == "The town expects 120,000 visitors, the mayor said."


@pytest.mark.parametrize("text", [
    "Hillary Camp Declining To Debate - The news broke late.",  # a headline, not a place in capitals
    "NATO officials say the talks - held in May - failed.",     # lower-case words before the dash
])
def test_a_line_that_only_looks_like_a_dateline_is_left_whole(blank_nlp, text):
    assert len(list(blank_nlp(text).sents)) == 1
