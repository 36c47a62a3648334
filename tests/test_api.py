"""Bad and odd input: clear errors for the wrong type, a valid result for everything else."""
import warnings

import pytest

import claimlib
from claimlib.api import pieces


@pytest.mark.parametrize("bad, hint", [(None, "str"), (b"bytes", "decode"), (42, "str"), (["a"], "str")])
def test_wrong_type_says_what_to_pass(blank_nlp, bad, hint):
    with pytest.raises(TypeError, match=hint):
        claimlib.extract(bad, nlp=blank_nlp)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_empty_article(blank_nlp, text):
    article = claimlib.extract(text, nlp=blank_nlp)
    assert article.text == text and article.quotes == () and article.speakers == ()


@pytest.mark.parametrize("text", ['"', '""', "\u201c\u201d\u201c", "'''", "\x00\x07\x1b", "\U0001F600 said \u201c\U0001F44D\u201d", "\u00ab\u00ab\u00bb",
                                  "according to a,"])
def test_odd_text_gives_valid_result(nlp, text):
    article = claimlib.extract(text, nlp=nlp)
    for q in article.quotes:
        assert text[q.content.start: q.content.end] == q.content.text


def test_text_longer_than_max_length_is_cut_at_paragraphs(nlp):
    para = "\u201cThe dam held,\u201d said engineer Paul Otto.\n\nMayor Tom Reyes said that the budget would be balanced.\n\n"
    text = para * 40
    whole = claimlib.extract(para, nlp=nlp)
    old = nlp.max_length
    nlp.max_length = 1000
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            article = claimlib.extract(text, nlp=nlp)
    finally:
        nlp.max_length = old
    assert any("W002" in str(w.message) for w in caught)
    assert len(article.quotes) == 40 * len(whole.quotes)
    for q in article.quotes:
        assert text[q.content.start: q.content.end] == q.content.text
        if q.source:
            assert text[q.source.start: q.source.end] == q.source.text
    names = {s.name for s in article.speakers}
    assert len(article.speakers) == len(names)  # one speaker per entity across pieces


def test_pieces_cover_text_exactly():
    text = ("word " * 50 + "\n\n") * 10 + "x" * 700
    cuts = pieces(text, 300)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    assert all(e - s <= 300 for s, e in cuts)


def test_extract_many_keeps_order(blank_nlp, capsys):
    texts = [f'"Item {i}," said Ana Lopes.' for i in range(7)]
    out = list(claimlib.extract_many(texts, nlp=blank_nlp, batch_size=3, progress=True))
    assert [a.text for a in out] == texts
    assert "7/7" in capsys.readouterr().err  # the progress bar counted every article



@pytest.mark.parametrize("plain, odd", [
    ("Councillor Rosa Lind said the depot would close. About 240 drivers would lose their jobs, she said.",
     [("Rosa Lind", "Rosa\u00a0Lind"), ("240 drivers", "240\u2009drivers")]),
    # spaCy makes each no-break space a token, and the parser reads these two otherwise
    ("Ruiz wrote an op-ed urging the council to fund 300 new buses.", [("op-ed urging", "op-ed\u00a0urging")]),
    ("Hale adds that the town has two choices: \u201cWe either build or we shrink.\u201d",
     [(": \u201c", ":\u00a0\u201c")]),
])
def test_other_spaces_are_parsed_as_plain_ones_and_reported_as_written(nlp, plain, odd):
    text = plain
    for a, b in odd:
        text = text.replace(a, b)
    got, want = claimlib.extract(text, nlp=nlp), claimlib.extract(plain, nlp=nlp)
    assert got.text == text
    assert [(q.kind, q.content.start, q.content.end, q.speaker) for q in got.quotes] == [
        (q.kind, q.content.start, q.content.end, q.speaker) for q in want.quotes]
    assert [s.name for s in got.speakers] == [s.name for s in want.speakers]
    assert all(q.content.text == text[q.content.start:q.content.end] for q in got.quotes)
