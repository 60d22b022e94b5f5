"""dates.v1: a quote is dated by the time expression on its verb, not by what it says, else by publication."""

from __future__ import annotations

from dateline.records import Article, Source
from dateline.settings import load_settings


def _quotes(pipeline, text: str, published: str | None = "2015-11-27"):  # type: ignore[no-untyped-def]
    article = Article(id="t", source=Source(None, None, "text"), text=text, published=published)
    (out,) = list(pipeline.process([article]))
    return out.quotes


def test_said_on_a_weekday_is_dated_by_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(pipeline, "A spokesman for the ministry said on Wednesday that the date would be fixed soon.")
    assert (q.date, q.date_from) == ("2015-11-25", "text")


def test_a_date_inside_what_was_said_is_not_when_it_was_said(pipeline) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(pipeline, "Arkady Volkov told reporters the talks would resume next week.")
    assert (q.date, q.date_from) == ("2015-11-27", "published")


def test_no_publication_date_no_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(pipeline, "Arkady Volkov told reporters the talks would resume.", published=None)
    assert (q.date, q.date_from) == (None, None)


def test_the_default_pipeline_dates_after_finding_times() -> None:
    stages = load_settings().pipeline.stages
    assert stages.index("time.v1") < stages.index("dates.v1") and stages.index("quotes.v1") < stages.index("dates.v1")
