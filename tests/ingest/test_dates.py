from __future__ import annotations

import pytest

from dateline.ingest.dates import DateOrder, parse_date, proven_orders


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("27/11/2015 13:12 by admin", "2015-11-27T13:12"),
        ("Nov 27, 2015 by Staff", "2015-11-27"),
        ("Nov. 27, 2015 1:12 PM EST", "2015-11-27T13:12-05:00"),
        ("Friday, 27 November 2015", "2015-11-27"),
        ("27th of November 2015", "2015-11-27"),
        ("2015-11-27 09:30 | Mira Kestrel", "2015-11-27T09:30"),
        ("2019-03-14T08:05:00+01:00", "2019-03-14T08:05:00+01:00"),
        ("2019-03-14T08:05:00Z", "2019-03-14T08:05:00Z"),
        ("14 March 2019 08:05 GMT", "2019-03-14T08:05+00:00"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01.79"),
        ("March 3, 2016 at 4:05 p.m.", "2016-03-03T16:05"),
        ("12/12/2012", "2012-12-12"),
        ("11/27/2015", "2015-11-27"),
        ("27.11.15", "2015-11-27"),
        ("Posted 2015/11/27", "2015-11-27"),
    ],
)
def test_parse_date(raw: str, value: str) -> None:
    parsed = parse_date(raw)
    assert parsed is not None and parsed.value == value and not parsed.ambiguous


@pytest.mark.parametrize("raw", ["", "no date here", "9-MAR-198", "31/02/2015", "32/13/2015"])
def test_unreadable_dates_give_none(raw: str) -> None:
    assert parse_date(raw) is None


def test_ambiguous_numeric_date_keeps_year_and_both_readings() -> None:
    parsed = parse_date("05/06/2016 by admin")
    assert parsed is not None and parsed.value == "2016" and parsed.readings == ("2016-06-05", "2016-05-06")


@pytest.mark.parametrize(
    ("page", "url", "fixed", "value"),
    [
        ("Elections were held on 28/05/2016.", None, "auto", "2016-06-05"),  # another date on the page proves DMY
        ("The vote is on 05/28/2016.", None, "auto", "2016-05-06"),  # ... or MDY
        ("", "https://news.example.co.uk/a", "auto", "2016-06-05"),  # a day-first locale
        ("", "https://example.us/a", "auto", "2016-05-06"),
        ("", None, "DMY", "2016-06-05"),  # the setting
        ("", None, "auto", "2016"),  # no evidence: not guessed
    ],
)
def test_date_order_evidence(page: str, url: str | None, fixed: str, value: str) -> None:
    parsed = DateOrder(fixed).read("05/06/2016", page=page, url=url)  # type: ignore[arg-type]
    assert parsed is not None and parsed.value == value


def test_site_memory_settles_later_articles() -> None:
    order = DateOrder()
    order.read("27/11/2015", site="example-site")
    parsed = order.read("05/06/2016", site="example-site")
    assert parsed is not None and parsed.value == "2016-06-05"
    other = order.read("05/06/2016", site="another-site")
    assert other is not None and other.ambiguous


def test_proven_orders() -> None:
    assert proven_orders("on 13/05/2015 and 01/02/2015") == {"DMY"}
    assert proven_orders("05/13/2015") == {"MDY"}
    assert proven_orders("01/02/2015") == set()
