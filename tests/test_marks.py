import pytest

from claimlib.marks import find_quotes, is_nickname, outermost


def inner(text):
    return [text[q.inner_start: q.inner_end] for q in outermost(find_quotes(text))]


@pytest.mark.parametrize("text, expected", [
    ('He said "we will win" today.', ["we will win"]),
    ("He said \u201cwe will win\u201d today.", ["we will win"]),
    ("She called it \u2018a disgrace\u2019 and left.", ["a disgrace"]),
    ("She called it 'a disgrace' and left.", ["a disgrace"]),
    ("Il a dit \u00abnon\u00bb hier.", ["non"]),
    ("It's the soldiers' rifles, don't touch.", []),
    ("In the '90s it rained.", []),
    ('"Outer \'inner\' part," she said.', ["Outer 'inner' part,"]),
    # one unbalanced mark costs only its own quote
    ('He said "yes. Then "no" came.\n\nLater "maybe" too.', ['no', 'maybe']),
    ('A stray \u201c here.\n\nShe said \u201cfine\u201d.', ["fine"]),
    ("\u201cFirst paragraph.\n\n\u201cSecond paragraph,\u201d he said.", ["First paragraph.\n\n\u201cSecond paragraph,"]),
    # curly marks typed the wrong way round: a left mark closing, a right mark opening a paragraph
    ("Her words: \u201cthe rate is 40 percent.\u201c\n\nLater \u201cno\u201d came.", ["the rate is 40 percent.", "no"]),
    ("\u201dWe stay,\u201d she said.", ["We stay,"]),
    # markup left in scraped text: attribute values are no quotations
    ('<post id="78451" author="@cityhall">We said \u201cno\u201d.</post>', ["no"]),
    ('', []),
    ('""""', []),
    # two apostrophes as one double mark, as some archives write them
    ("''We cannot wait,'' she said. ''Not again.''", ["We cannot wait,", "Not again."]),
    ("He said ''yes'' and it's 'fine'.", ["yes", "fine"]),
    ("''First paragraph.\n\n''Second one,'' he said.", ["First paragraph.\n\n''Second one,"]),
    # a height's inch mark is no quote mark
    ("\u201cHe is 6\u20192\u201d and I am 5\u201910\u201d,\u201d she said.", ["He is 6\u20192\u201d and I am 5\u201910\u201d,"]),
    ('"He is 6\'2" tall," she said.', ["He is 6'2\" tall,"]),
])
def test_pairs_quote_marks(text, expected):
    assert inner(text) == expected


def test_multi_paragraph_quote_counts_pieces():
    text = "\u201cOne.\n\n\u201cTwo.\n\n\u201cThree,\u201d she said."
    (q,) = find_quotes(text)
    assert q.pieces == 3 and text[q.start:q.end].startswith("\u201cOne") and text[q.end - 1] == "\u201d"


@pytest.mark.parametrize("text, nickname", [
    ('The boxer Joe "The Hammer" Smith won.', True),
    ('He called it "a total disaster" on Monday.', False),
])
def test_nicknames(text, nickname):
    (q,) = find_quotes(text)
    assert is_nickname(text, q) is nickname


def test_reporter_gap_between_the_quotes_around_a_cue():
    from claimlib.marks import reporter_gap

    text = "\u201cWe will win,\u201d Hale said at a rally. \u201cWe will.\u201d"
    cue = (text.index("said"), text.index("said") + 4)
    gap = reporter_gap(text, (1, len(text) - 1), cue)
    assert text[gap[0]:gap[1]] == " Hale said at a rally. "
    assert reporter_gap(text, (cue[1], len(text)), cue) is None  # cue outside the content
    plain = "The board, the paper said, met twice."
    pcue = (plain.index("said"), plain.index("said") + 4)
    assert reporter_gap(plain, (0, len(plain)), pcue) is None  # no quote marks: all the speaker's


@pytest.mark.parametrize("text, expected", [
    # a quotation that opens a sentence and ends its paragraph in whole sentences, never closed
    ('He spoke. "We lost. We go on.\n\nThen "no" came.', ["We lost. We go on.", "no"]),
    ('He spoke. "We lost. We go on.', ["We lost. We go on."]),
    # not a sentence opening, or no sentence end: stray
    ('A stray \u201c mark opens here.\n\nShe said \u201cfine\u201d.', ["fine"]),
    ('He spoke. "We lost and\n\nThen "no" came.', ["no"]),
])
def test_an_unclosed_quotation_ends_with_its_paragraph(text, expected):
    assert inner(text) == expected
