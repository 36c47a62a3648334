"""Invariants on any string: no crash, offsets valid, same result alone or in a batch."""
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import claimlib

PIECES = list("ab \n.,:-'\"\u201c\u201d\u2018\u2019\u00ab\u00bbSJ") + ["said ", "Jane Roe ", "according to ", "he "]
QUOTEY = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
ANY = st.one_of(st.text(max_size=60), QUOTEY)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check_offsets(text, article):
    assert article.text == text
    for q in article.quotes:
        for span in (q.content, q.cue, q.source):
            if span is not None:
                assert text[span.start: span.end] == span.text
    for s in article.speakers:
        for m in s.mentions:
            assert text[m.start: m.end] == m.text
    for c in article.claims:
        for span in (c.text, c.quantity.hedge, c.counted, c.predicate, c.source, *c.time):
            if span is not None:
                assert text[span.start: span.end] == span.text


@SETTINGS
@given(ANY)
def test_blank_pipeline_never_crashes(blank_nlp, text):
    check_offsets(text, claimlib.extract(text, nlp=blank_nlp))


@SETTINGS
@given(ANY)
def test_trained_pipeline_never_crashes(nlp, text):
    check_offsets(text, claimlib.extract(text, nlp=nlp))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(QUOTEY, min_size=1, max_size=5))
def test_batch_equals_single(nlp, texts):
    assert list(claimlib.extract_many(texts, nlp=nlp, batch_size=2)) == [claimlib.extract(t, nlp=nlp) for t in texts]


NUMBERY = st.lists(st.sampled_from(list("0123456789 ,./-%$") + ["one ", "hundred ", "and ", "a ", "half ", "more than ",
                                                               "million ", "third", "s ", "k", "between ", "to ", "e999", "^-9", "x10^"]),
                   max_size=30).map("".join)


@SETTINGS
@given(st.one_of(st.text(max_size=60), NUMBERY))
def test_quantities_on_any_string(text):
    for q in claimlib.quantities(text):
        assert text[q.text.start:q.text.end] == q.text.text
        assert q.value is not None or q.low is not None or q.high is not None
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


WINDOWY = st.lists(st.sampled_from(
    ["one ", "twenty", "-", "three ", "hundred ", "and ", "a ", "half ", "third ", "minus ", "negative ", "point ",
     "over ", "out of ", "in ", "per cent ", "percent ", "of ", "the ", "July ", "4 ", "2018 ", "years ", "ago ",
     "Monday ", "p.m. ", "10:30 ", "'90s ", "\u00bd ", "one/two ", "U.S. ", "\n", "since ", "last ", "week ",
     "overnight ", "1,037 ", "12/31/2019 ", "more than ", "between ", "to ", "extraordinarily ", "xxxxxxxxxxxxxxx "]),
    max_size=40).map("".join)


@SETTINGS
@given(WINDOWY)
@example("For the past twenty-five years, since the beginning of 2018 and over the last three weeks, "
         "through the Wednesday, September 12th, 2018, minus one hundred and twenty-one point five per cent")
def test_windows_find_what_the_whole_text_gives(text):
    """The number and time layers read windows around anchor words; the whole text gives the same."""
    from claimlib import numbers, timex

    assert numbers.numbers(text) == numbers.Parser(text).numbers()
    whole = {name: [(0, len(text))] for name in timex.anchors().reach}
    assert timex.time_expressions(text) == timex.time_expressions(text, whole)


@SETTINGS
@given(st.one_of(WINDOWY, NUMBERY))
def test_claims_on_tokens_equal_quantities_on_text(blank_nlp, text):
    """The claims component finds anchor words on the Doc's tokens; the text path finds the same."""
    article = claimlib.extract(text, nlp=blank_nlp)
    assert [c.quantity for c in article.claims] == [q for q in claimlib.quantities(text) if q.unit != "age"]
