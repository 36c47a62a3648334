import json

import attrs
import pytest

from claimlib.types import Article, Quote, Span, Speaker

TEXT = "Lena Park said the bridge is safe."


def article():
    src = Span.of(TEXT, 0, 9)
    return Article(
        text=TEXT,
        quotes=[Quote(0, "indirect", Span.of(TEXT, 15, 33), Span.of(TEXT, 10, 14), src, 0)],
        speakers=[Speaker(0, "Lena Park", "person", ["engineer"], [src])],
    )


def test_round_trip_through_json():
    a = article()
    data = json.loads(json.dumps(a.to_dict()))
    assert Article.from_dict(data) == a
    assert data["quotes"][0]["content"] == {"start": 15, "end": 33, "text": "the bridge is safe"}
    assert data["claims"] == []


def test_frozen():
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article().text = "x"


def test_a_quotes_parts_round_trip_and_may_be_left_out():
    text = '"We won," she said. "Easily."'
    parts = [Span.of(text, 1, 8), Span.of(text, 21, 28)]
    quote = Quote(0, "direct", Span.of(text, 1, 28), Span.of(text, 14, 18), Span.of(text, 10, 13), None, parts)
    data = json.loads(json.dumps(quote.to_dict()))
    assert [p["text"] for p in data["parts"]] == ["We won,", "Easily."]
    assert Quote.from_dict(data) == quote
    del data["parts"]  # a dict written before parts existed
    assert Quote.from_dict(data).said() == (quote.content,)


@pytest.mark.parametrize("bad", [
    lambda: Span(5, 2, ""),
    lambda: Span(0, 3, "ab"),
    lambda: Span(-1, 1, "ab"),
    lambda: Quote(0, "rumour", Span(0, 1, "a")),
    lambda: Speaker(0, "X", "robot"),
    lambda: Quote(0, "direct", Span(0, 1, "a"), parts=["a"]),
    lambda: Span.from_dict({"start": 0, "end": 1, "text": "a", "extra": 1}),
])
def test_invalid_objects_are_refused(bad):
    with pytest.raises((ValueError, TypeError)):
        bad()


def test_speaker_lookup():
    a = article()
    assert a.speaker(None) is None
    assert a.speaker(0).name == "Lena Park"
    assert a.quotes_by(0) == [a.quotes[0]]
    with pytest.raises(KeyError):
        a.speaker(7)
