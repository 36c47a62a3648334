"""The quantity layer: figures about the world, with bounds, hedges and units; not dates or codes."""
import pytest

import claimlib


def only(text):
    got = claimlib.quantities(text)
    assert len(got) == 1, got
    return got[0]


def test_plain_figure_has_a_value_and_no_bounds():
    q = only("The convoy brought 1,040 tents.")
    assert (q.text.text, q.value, q.low, q.high, q.qualifier, q.hedge) == ("1,040", 1040, None, None, None, None)


def test_more_than_is_an_open_lower_bound():
    q = only("More than 300 soldiers crossed.")
    assert (q.value, q.low, q.low_inclusive, q.high, q.qualifier, q.hedge.text) == (300, 300, False, None, "more_than", "More than")


@pytest.mark.parametrize("hedge", ["nearly", "about", "roughly", "around", "some", "almost", "an estimated"])
def test_hedges_make_an_approximation(hedge):
    q = only(f"They counted {hedge} 1,600 tents.")
    assert (q.value, q.qualifier, q.hedge.text) == (1600, "approx", hedge)


def test_percent_unit():
    q = only("Turnout was 30 per cent.")
    assert (q.value, q.unit) == (30, "percent")


@pytest.mark.parametrize("text, value", [("Support rose 3 percentage points.", 3),
                                         ("It was a 21 percentage-point swing.", 21)])
def test_percentage_points_are_no_percentage(text, value):
    q = only(text)
    assert (q.value, q.unit) == (value, "percentage point")


def test_currency_unit():
    assert only("The bridge cost $2 million.").unit == "dollar"


@pytest.mark.parametrize("text, value, unit", [
    ("The strike costs the firm $2m a day.", 2e6, "dollar"),
    ("A \u00a33.5m grant was approved.", 3.5e6, "pound"),
    ("They raised $40mn in May.", 4e7, "dollar"),
])
def test_m_after_a_currency_sign_is_a_million(text, value, unit):
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


def test_m_without_a_currency_sign_is_a_unit():
    assert claimlib.quantities("They built a 2m wall.") == []


@pytest.mark.parametrize("text", [
    "The vote is on July 4.",
    "Elections were held in 2019.",
    "Call 555-201-7788 before noon.",
    "The server at 10.0.0.7 went down.",
    "The meeting starts at 10:30.",
    "An F-16 flew over.",
    "They talked for three days.",
    "He came second.",
    "Her post 784512903377461248 was shared widely.",
])
def test_not_figures(text):
    assert claimlib.quantities(text) == []


def test_long_amount_with_a_currency_sign_is_a_figure():
    (q,) = claimlib.quantities("The debt reached $3000000000000 last year.")
    assert q.value == 3e12


def test_ages_are_marked():
    assert only("Ana Kovac, 59, of Khorog, agreed.").unit == "age"


def test_to_dict_has_the_documented_keys():
    data = only("nearly 1,600 tents").to_dict()
    assert sorted(data) == sorted(["text", "value", "low", "high", "low_inclusive", "high_inclusive",
                                   "qualifier", "hedge", "unit"])
    assert claimlib.Quantity.from_dict(data) == only("nearly 1,600 tents")


def test_bad_input():
    with pytest.raises(TypeError, match="decode"):
        claimlib.quantities(b"12 boats")
    assert claimlib.quantities("") == []


def test_over_a_span_of_time_is_no_fraction():
    (q,) = claimlib.quantities("The plan would add $84 billion over 10 years.")
    assert (q.text.text, q.value) == ("84 billion", 84e9)
    (r,) = claimlib.quantities("one over three")
    assert abs(r.value - 1 / 3) < 1e-9


@pytest.mark.parametrize("text, figures", [
    ("She outraised him by nearly 2-to-1 in the third quarter.", [("2-to-1", 2.0, "approx")]),
    ("Lind's supporters outnumbered his four to one.", [("four to one", 4.0, None)]),
    # a tally, a change and a range stay two figures or an interval
    ("The court ruled by a 5-to-4 vote.", [("5", 5.0, None), ("4", 4.0, None)]),
    ("The backlog fell from 4 to 1 in May.", [("4", 4.0, None), ("1", 1.0, None)]),
    ("Children aged 5 to 10 may enter.", [("5 to 10", None, "range")]),
])
def test_so_many_to_one_is_a_ratio(text, figures):
    assert [(q.text.text, q.value, q.qualifier) for q in claimlib.quantities(text)] == figures


def test_a_year_shaped_amount_with_a_currency_sign_is_a_figure():
    (q,) = claimlib.quantities("The permit cost $2000 last spring.")
    assert (q.value, q.unit) == (2000, "dollar")


@pytest.mark.parametrize("text, figures", [
    ("The old bridge carried 900 trucks and the newest one carried 300.", ["900", "300"]),
    ("One soldier died.", ["One"]),
])
def test_one_after_a_superlative_is_a_pronoun(text, figures):
    assert [q.text.text for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text, left", [
    ("The airline sold its last Boeing 727 for $2 million.", ["2 million"]),
    ("Traffic on Interstate 95 fell 12 percent.", ["12 percent"]),
    ("Under Article 5, 31 members must respond.", ["31"]),
    ("Read chapter 11 twice: it runs to 40 pages.", ["11", "40"]),  # a common noun in lower case names nothing
])
def test_a_number_in_a_name_is_no_figure(text, left):
    assert [q.text.text for q in claimlib.quantities(text)] == left


@pytest.mark.parametrize("text, low, high, unit", [
    ("Insurers put the damage at between $80 million and $120 million.", 80e6, 120e6, "dollar"),
    ("Tickets will cost from \u00a35 to \u00a312.", 5, 12, "pound"),
    ("The repairs will take $80-$120 million.", 80e6, 120e6, "dollar"),
    # the scale word of the high end goes to the low end when that end is the smaller number of the two
    ("The port handles between 80 and 120 million tonnes a year.", 80e6, 120e6, None),
    ("The port handles between 500 and 2 million tonnes a year.", 500, 2e6, None),
])
def test_a_range_of_amounts_is_one_interval(text, low, high, unit):
    (q,) = claimlib.quantities(text)
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, "range", unit)


def test_every_single_one_is_no_figure():
    assert [x.text.text for x in claimlib.quantities("Every single one of the 40 homes is sold.")] == ["40"]


@pytest.mark.parametrize("text, left", [
    ("A fourth man was released on bail.", []),
    ("Turnout rose for a third straight year.", []),
    ("About a third said they would move, and a fifth of voters were undecided.", [1 / 3, 1 / 5]),
    ("Costs fell by a third this year.", [1 / 3]),
])
def test_a_third_before_a_noun_is_an_ordinal(text, left):
    assert [q.value for q in claimlib.quantities(text)] == pytest.approx(left)


@pytest.mark.parametrize("text, figures", [
    ("The men, aged 24, 31 and 45, will appear in court with 3 others.", ["3"]),
    ("A fourth man, 19, was released; 12 shops were searched.", ["12"]),
    ("Among those tested, 45, or 12 percent, were positive.", ["45", "12 percent"]),  # no word for people
])
def test_ages_in_lists_and_after_words_for_people_are_no_claims(nlp, text, figures):
    assert [c.text.text for c in claimlib.extract(text, nlp=nlp).claims] == figures


@pytest.mark.parametrize("text, low, high", [
    ("Tens of thousands of farms face cuts.", 10_000, 100_000),
    ("Hundreds of wells have run dry.", 100, 1_000),
    ("Thousands fled the city overnight.", 1_000, 10_000),
])
def test_plural_scale_words_are_an_order_of_magnitude(text, low, high):
    (q,) = claimlib.quantities(text)
    assert (q.value, q.low, q.high, q.low_inclusive, q.high_inclusive, q.qualifier) == (
        None, low, high, True, False, "range")


@pytest.mark.parametrize("text", ["The worst drought in half a century hit 40 farms.",
                                  "After a quarter century in power, he won 40 seats."])
def test_half_a_century_is_a_span_of_time_not_a_fraction(text):
    assert [q.text.text for q in claimlib.quantities(text)] == ["40"]


@pytest.mark.parametrize("text, value", [("The region is short of 1,100 nurses, one in every nine posts.", 1 / 9),
                                         ("One in every five drivers speeds.", 0.2)])
def test_one_in_every_n_is_a_ratio(text, value):
    assert [q.value for q in claimlib.quantities(text) if q.value < 1] == [pytest.approx(value)]


@pytest.mark.parametrize("text, found", [
    ("The clinic has lost one nurse in five since 2022.", [("one nurse in five", 0.2)]),
    ("Two drivers in three said they would stay.", [("Two drivers in three", 2 / 3)]),
    # a unit of time, a year or a noun that does not agree with the number is no ratio
    ("He scored one goal in five minutes.", [("one", 1.0)]),
    ("They sold one car in 2019.", [("one", 1.0)]),
    ("One nurses in five.", [("One", 1.0), ("five", 5.0)]),
])
def test_so_many_of_a_noun_in_a_number_is_a_ratio(text, found):
    assert [(q.text.text, pytest.approx(q.value)) for q in claimlib.quantities(text)] == found


@pytest.mark.parametrize("text, figures", [
    ("Fuel now made up almost 40% of its costs, up from a quarter in 2021.", ["40%", "a quarter"]),
    ("Sales fell to 30%, down from a quarter earlier.", ["30%"]),  # three months before
])
def test_a_quarter_after_up_from_is_the_share_before(text, figures):
    assert [q.text.text for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text", ["From our environment desk | 6 min read\n\nThe river rose 40 cm.",
                                  "The shooting began 20 mins later; 40 people fled.",
                                  "The crossing takes 2 hrs and costs 40 euros."])
def test_abbreviated_units_of_time_are_spans_not_claims(nlp, text):
    assert [c.text.text for c in claimlib.extract(text, nlp=nlp).claims] == ["40"]


@pytest.mark.parametrize("text, figure", [
    ("The poll has a margin of error of plus or minus 3.4 percentage points.", "3.4"),
    ("The margin of error is +/- 3 points.", "3"),
])
def test_plus_or_minus_is_a_margin_not_a_negative_number(text, figure):
    (q,) = claimlib.quantities(text)
    assert (q.text.text, q.value) == (figure, float(figure))


def test_a_share_then_an_amount_is_no_range():
    text = "Quarterly profit jumped 41% to 3.2 billion crowns, and costs rose 20% to 30%."
    assert [(q.text.text, q.qualifier) for q in claimlib.quantities(text)] == [
        ("41%", None), ("3.2 billion", None), ("20% to 30%", "range")]


@pytest.mark.parametrize("text, value", [
    ("Three-quarters of the budget goes on salaries.", 0.75),  # "quarters" is also a span of time
    ("A quarter of voters stayed home.", 0.25),
    ("Fares rose one-and-a-half times.", 1.5),
])
def test_quarters_and_hyphenated_mixed_numbers_are_fractions(text, value):
    (q,) = claimlib.quantities(text)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text, value, low, high", [
    ("A couple of hundred protesters gathered.", 200, None, None),
    ("Several hundred people were evacuated.", None, 200, 1_000),
    ("A few hundred thousand fans watched.", None, 200_000, 1_000_000),
])
def test_loose_counts_of_a_scale_word(text, value, low, high):
    (q,) = claimlib.quantities(text)
    assert (q.value, q.low, q.high) == (value, low, high)


def test_a_month_and_day_with_a_slash_is_no_fraction():
    assert [q.text.text for q in claimlib.quantities("Since the 9/11 attacks, 3/4 of the budget has gone on it.")] == [
        "3/4"]


@pytest.mark.parametrize("text, value", [
    ("School meals now reach 1.2m pupils.", 1.2e6),
    ("The scheme covers 3m people.", 3e6),
    ("They built a 2m wall.", None),  # metres, as before
])
def test_m_before_a_plural_is_a_million(text, value):
    assert [q.value for q in claimlib.quantities(text)] == ([value] if value else [])


@pytest.mark.parametrize("text", [
    "The ferry left at ten past two in the morning.",
    "By half two the water was at the door.",
    "The bell rang at eleven at night and again at two o'clock.",
    "We were told to be there at a quarter to four.",
    "The doors opened at half past nine.",
])
def test_clock_times_in_words_are_no_figures(text):
    assert claimlib.quantities(text) == []


@pytest.mark.parametrize("text, figures", [
    ("First-half profit fell by almost a quarter.", [("a quarter", 0.25, "approx")]),
    ("The half-year report lists 12 stores.", [("12", 12.0, None)]),
    ("Prices fell by a quarter in the third quarter.", [("a quarter", 0.25, None)]),
    ("Prices were cut by half two years ago.", [("half", 0.5, None)]),
    ("Staff are paid time and a half after eight hours.", [("a half", 0.5, None)]),
])
def test_a_part_of_a_year_is_no_figure_and_a_quarter_after_by_is_a_share(text, figures):
    assert [(q.text.text, q.value, q.qualifier) for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text, figure, value", [
    ("A half-million people marched.", "A half-million", 500_000),
    ("Half-a-dozen boats sank.", "Half-a-dozen", 6),
    ("They hired a half-dozen guards.", "a half-dozen", 6),
])
def test_a_hyphenated_fraction_scales_what_follows(text, figure, value):
    (q,) = claimlib.quantities(text)
    assert (q.text.text, q.value) == (figure, value)


@pytest.mark.parametrize("text, value", [
    ("Revenue reached 4.1 billion kronor.", 4_100_000_000),
    ("The aid package is worth 2.3 trillion yen.", 2_300_000_000_000),
])
def test_a_decimal_times_a_scale_has_no_binary_error(text, value):
    (q,) = claimlib.quantities(text)
    assert q.value == value  # exactly: what JSON readers and fact-checkers compare


@pytest.mark.parametrize("text, figures", [
    ("Night workers are 40 per cent more likely to develop type 2 diabetes.", ["40 per cent"]),
    ("A stage 4 diagnosis came for 1,200 patients.", ["1,200"]),
    ("A category 5 hurricane destroyed 300 homes.", ["300"]),
])
def test_a_number_after_a_label_word_is_no_figure(text, figures):
    assert [q.text.text for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text, figures", [
    ("It was one of the largest seizures in the county.", []),
    ("One of the city's oldest bridges carries 9,000 cars a day.", ["9,000"]),
    ("One of the 12 clinics closed.", ["One", "12"]),
    ("One of the interest payments was missed.", ["One"]),
])
def test_one_of_the_most_counts_nothing(text, figures):
    assert [q.text.text for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text, qualifier, hedge, low, high", [
    ("The fund holds more than \u00a3200m.", "more_than", "more than", 200e6, None),
    ("It will buy back up to $100m of shares.", "at_most", "up to", None, 100e6),
    ("Debts reached at least US$5 billion.", "at_least", "at least", 5e9, None),
    ("The bill came to nearly \u20ac3bn.", "approx", "nearly", None, None),
])
def test_a_bound_or_hedge_before_a_currency_sign_qualifies_the_amount(text, qualifier, hedge, low, high):
    q = only(text)
    assert (q.qualifier, q.hedge.text, q.low, q.high) == (qualifier, hedge, low, high)


@pytest.mark.parametrize("text, figures", [
    ("Shares closed at 412p.", [(412, "penny")]),
    ("Stamps rose by 5p to 95p.", [(5, "penny"), (95, "penny")]),
    ("The clip is in 1080px only.", []),
])
def test_pence_written_against_the_digits_are_figures(text, figures):
    assert [(q.value, q.unit) for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text, figures", [
    ("The risk was higher, though a smaller one, at about 15%.", ["15%"]),
    ("They ordered a further one million doses.", ["one million"]),
    ("He lost a bigger one last year.", []),
    ("It is a national problem, not a local one.", []),  # an article, a word, and "one" closing the phrase
    ("The motion passed by a mere one.", ["one"]),
    ("They needed an extra one.", ["one"]),
])
def test_one_after_an_article_and_a_comparative_is_a_pronoun(text, figures):
    assert [q.text.text for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text", [
    "Most adults sleep seven to eight hours a night.",
    "He faces between five and ten years in prison.",
    "The storm will last two or three days.",
])
def test_a_range_of_lengths_of_time_is_no_figure(text):
    assert claimlib.quantities(text) == []


def test_a_fraction_and_then_an_amount_are_no_range():
    got = claimlib.quantities("The dividend rose by a tenth to 11p.")
    assert [(q.text.text, q.value, q.qualifier) for q in got] == [("a tenth", 0.1, None), ("11", 11, None)]


def test_a_comparison_with_a_known_figure_is_no_bound_on_it():
    got = claimlib.quantities("Turnout was 62%, above the 50% threshold the law requires.")
    assert [(q.text.text, q.qualifier) for q in got] == [("62%", None), ("50%", None)]
    assert only("Turnout was above 50%.").qualifier == "more_than"


@pytest.mark.parametrize("text, figures", [
    ("Osei scored twice in the first half.", []),
    ("Sales rose in the second half of the year.", []),
    ("Lin won half the seats.", [0.5]),
])
def test_the_first_or_second_half_is_a_period_not_a_fraction(text, figures):
    assert [q.value for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text, figures", [
    ("The mayor is half right about the rents.", []),
    ("The fact-checkers rated the claim Half True.", []),
    ("He was only half joking when he said half the staff would go.", [0.5]),
    ("The hall was half empty.", [0.5]),
])
def test_half_before_a_word_of_degree_is_no_fraction(text, figures):
    assert [q.value for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text, figures", [
    ("The suspect, who is 5'9\", fled on foot.", [("5'9\"", 69.0, "inch")]),
    ("Varga, who is 6\u20192\u201d, scored 31 points.", [("6\u20192\u201d", 74.0, "inch"), ("31", 31.0, None)]),
    ("She stands 5\u203211\u2033 in her socks.", [("5\u203211\u2033", 71.0, "inch")]),
    ("He is listed at 6'2 and 210.", [("6'2", 74.0, "inch"), ("210", 210.0, None)]),
    # no height: a decade, a figure after a single mark, inches past eleven
    ("In the '90s, 5 of 9 rose.", [("5", 5.0, None), ("9", 9.0, None)]),
    ("the '5'9' tour", [("5", 5.0, None), ("9", 9.0, None)]),
    ("a 5'14 board", [("5", 5.0, None), ("14", 14.0, None)]),
])
def test_a_height_in_feet_and_inches_is_one_figure_in_inches(text, figures):
    assert [(q.text.text, q.value, q.unit) for q in claimlib.quantities(text)] == figures


@pytest.mark.parametrize("text, figures", [
    ("Harbour Tolls to Rise Again in '27 as Dredging Costs Grow.", []),
    ("She joined the class of \u201904 with 31 others.", [31.0]),
    ("Fares rose from '19 to '21 by 12 percent.", [12.0]),
    # two marks open a quotation: the figure stays
    ("The clerk said ''14 percent of the boats'' failed.", [14.0]),
    ("The crew sold 27 nets.", [27.0]),
])
def test_a_year_written_with_two_digits_after_an_apostrophe_is_no_figure(text, figures):
    assert [q.value for q in claimlib.quantities(text)] == figures
