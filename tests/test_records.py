from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import given

from dateline.records import (
    Article,
    Dateline,
    Entity,
    Event,
    EventActor,
    Party,
    Place,
    Quote,
    Rejection,
    Source,
    TimeExpr,
    article_from_json,
    article_to_json,
    iter_spans,
    make_span,
)


@given(st.text(max_size=200), st.data())
def test_make_span_round_trips(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = make_span(text, start, end)
    assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (0, 99)])
def test_make_span_refuses_offsets_outside(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        make_span("short", start, end)


def _full_article() -> Article:
    text = "TEHRAN, Iran (AP) — Putin visited Tehran on Monday. “This must be prevented,” Khamenei told Putin."
    sp = lambda s: make_span(text, text.index(s), text.index(s) + len(s))  # noqa: E731
    return Article(
        id="a1", source=Source("x.txt", None, "text"), text=text, title="T", published="2015-11-27T13:12",
        dateline=Dateline("TEHRAN, Iran (AP) —", "Tehran", sp("TEHRAN, Iran (AP) —")), agency="AP", language="en",
        entities=(Entity("e1", "Vladimir Putin", "PERSON", (sp("Putin"),)),),
        quotes=(Quote("q1", sp("This must be prevented,"), True, sp("told"),
                      Party("e2", "Ali Khamenei", sp("Khamenei")), Party("e1", "Vladimir Putin", None)),),
        times=(TimeExpr("t1", text.index("Monday"), text.index("Monday") + 6, "Monday", "DATE", "2015-11-23"),),
        places=(Place("p1", "Tehran", (sp("Tehran"),), 112931, 35.69, 51.42, "IR", "P.PPLC"),),
        events=(Event("v1", EventActor("e1", "RUSGOV", "RUS", "GOV"), EventActor(None, "IRN", "IRN", None), "042",
                      "CONSULT", "2015-11-23", "text", "p1", sp("visited"), sp("Putin visited Tehran on Monday."), None),),
        rejections=(Rejection("ingest", "D408", "detail"),),
    )  # fmt: skip


def test_json_round_trip_keeps_every_field() -> None:
    a = _full_article()
    data = article_to_json(a)
    assert data.startswith(b'{"schema":"dateline/1","id":"a1"')
    assert article_from_json(data) == a


def test_iter_spans_covers_every_kind_and_each_round_trips() -> None:
    a = _full_article()
    labels = {label.split()[0] for label, _ in iter_spans(a)}
    assert labels == {"dateline", "entity", "quote", "time", "place", "event"}
    for label, span in iter_spans(a):
        assert a.text[span.start : span.end] == span.text, label


def test_records_are_frozen() -> None:
    a = _full_article()
    with pytest.raises(AttributeError):
        a.title = "changed"  # type: ignore[misc]
