"""The number parser and the bounds/ranges over it, on our own phrases."""
import math

import pytest

from claimlib.numbers import numbers
from claimlib.ranges import intervals


def values(text, kind="number"):
    return [(text[n.start:n.end], n.value) for n in numbers(text) if n.kind == kind]


@pytest.mark.parametrize("text, found, value", [
    ("The ferry carried 1,037 people.", "1,037", 1037),
    ("Inflation reached 4.8 this spring.", "4.8", 4.8),
    ("A rise of .08 points.", ".08", 0.08),
    ("It fell to -9.2 overnight.", "-9.2", -9.2),
    ("one hundred and sixty-one boats", "one hundred and sixty-one", 161),
    ("a debt of twenty-one trillion", "twenty-one trillion", 21e12),
    ("about 2 million visitors", "2 million", 2e6),
    ("a 1.2b budget", "1.2b", 1.2e9),
    ("10k runners", "10k", 1e4),
    ("half a dozen eggs", "half a dozen", 6),
    ("one-third of the vote", "one-third", 1 / 3),
    ("two thirds of members", "two thirds", 2 / 3),
    ("3/4 of the seats", "3/4", 0.75),
    ("2 1/4 miles", "2 1/4", 2.25),
    ("one and a half hours", "one and a half", 1.5),
    ("odds of one over three", "one over three", 1 / 3),
    ("1 in 5 adults", "1 in 5", 0.2),
    ("a population of 1 234 567", "1 234 567", 1234567),
    ("minus five degrees", "minus five", -5),
    ("five and a half million tonnes", "five and a half million", 5.5e6),
    ("two hundred point zero three", "two hundred point zero three", 200.03),
])
def test_one_number(text, found, value):
    got = values(text)
    assert len(got) == 1 and got[0][0] == found and math.isclose(got[0][1], value, rel_tol=1e-9)


@pytest.mark.parametrize("text", [
    "We bought 180ml of milk.",
    "The 29km road.",
    "Which one do you want?",
    "He booked a first class seat.",
])
def test_no_number(text):
    assert values(text) == []


def test_three_hundred_and_two_hundred_are_two_numbers():
    assert values("3 hundred and 2 hundred") == [("3 hundred", 300), ("2 hundred", 200)]


def test_odd_digit_runs_are_cut_into_parts():
    assert [v for _, v in values("at 10.0.0.7 today")] == [10, 0, 0, 7]


def test_a_dash_between_two_shares_is_no_minus_sign():
    # a poll's score "32%-25%": the dash joins the two shares; a dash after a space still negates
    assert values("led 32%-25% in the poll", "percent") == [("32%", 32), ("25%", 25)]
    assert values("a change of -5%", "percent") == [("-5%", -5)]


def test_ordinals_are_ordinals():
    assert values("the fifteenth and the 4th", "ordinal") == [("fifteenth", 15), ("4th", 4)]


@pytest.mark.parametrize("text, value", [("30 per cent", 30), ("12%", 12), ("a hundred percent", 100),
                                          ("percent of 10", 10)])
def test_percentages(text, value):
    got = values(text, "percent")
    assert got == [(text, value)]


@pytest.mark.parametrize("text, span, low, high, low_inc, high_inc, qualifier", [
    ("more than 300 soldiers", "more than 300", 300, None, False, False, "more_than"),
    ("at least 30 boats", "at least 30", 30, None, True, False, "at_least"),
    ("no less than thirty boats", "no less than thirty", 30, None, True, False, "at_least"),
    ("fewer than 5 cases", "fewer than 5", None, 5, False, False, "less_than"),
    ("up to 40 people", "up to 40", None, 40, False, True, "at_most"),
    ("between 5 and 10 trucks", "between 5 and 10", 5, 10, True, False, "range"),
    ("from 1000 - 5000 units", "1000 - 5000", 1000, 5000, True, False, "range"),
    ("greater than 100 and smaller than 300", "greater than 100 and smaller than 300", 100, 300, False, False, "range"),
    ("500 or more", "500 or more", 500, None, True, False, "at_least"),
])
def test_intervals(text, span, low, high, low_inc, high_inc, qualifier):
    (iv,) = intervals(text)
    assert (text[iv.start:iv.end], iv.low, iv.high, iv.qualifier) == (span, low, high, qualifier)
    if low is not None:
        assert iv.low_inclusive is low_inc
    if high is not None:
        assert iv.high_inclusive is high_inc


@pytest.mark.parametrize("text, kind, figures", [
    ("Sales rose from 3,000 to 5,000 last year.", "number", [3000, 5000]),
    ("The council is raising the tax from 12% to 14%.", "percent", [12, 14]),
])
def test_from_to_after_a_word_of_change_is_a_before_and_an_after(text, kind, figures):
    assert intervals(text) == []  # no range: two plain numbers
    assert [v for _, v in values(text, kind)] == figures


def test_from_to_without_a_change_is_a_range():
    (i,) = intervals("From 20 to 30 people attended.")
    assert (i.low, i.high, i.qualifier) == (20, 30, "range")


def test_inverted_bounds_stay_two_bounds():
    assert [iv.qualifier for iv in intervals("more than 40 and less than 10")] == ["more_than", "less_than"]


def test_a_date_with_dashes_is_no_range():
    assert intervals("filed on 1995-01") == []


def test_non_str_is_a_type_error():
    with pytest.raises(TypeError):
        numbers(b"12")


def test_one_opening_a_text_is_judged_by_nothing_before_it():
    """Only the word before "one" makes it a pronoun ("the one"); at the start there is none (not
    the text's last word)."""
    assert values("One came last") == [("One", 1.0)]
