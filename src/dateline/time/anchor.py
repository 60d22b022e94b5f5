"""Calendar arithmetic for TimeML values: weeks, quarters, seasons, and the direction tense gives."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final, Literal

__all__ = ["Tense", "iso_week", "month_value", "shift_months", "weekday_near", "year_for_month_day"]

Tense = Literal["past", "present", "future"]

#: In a present-tense clause a date without a year is the nearest one: within this many months.
_NEAR_MONTHS: Final = 5


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def shift_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def weekday_near(anchor: date, weekday: int, tense: Tense) -> date:
    """The day named ``weekday`` (Monday = 0) nearest the anchor in the direction of ``tense``:
    the latest one on or before the anchor in past or present clauses, the first one on or
    after it in future clauses ("will meet on Monday")."""
    delta = (anchor.weekday() - weekday) % 7
    if tense == "future":  # the anchor's own weekday is the anchor itself ("on Friday" in a Friday story)
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - timedelta(days=delta)


def year_for_month_day(anchor: date, month: int, day: int | None, tense: Tense) -> int:
    """The year of a date written without one ("Sept. 30", "in March"): the anchor's year, unless
    the tense points the other way ("will meet in March" written in November is next March;
    "met in December" written in February was last December)."""
    y = anchor.year
    try:
        candidate = date(y, month, day or 15)
    except ValueError:
        candidate = date(y, month, 28)
    months_off = (candidate.year - anchor.year) * 12 + candidate.month - anchor.month
    if tense == "future" and months_off < -1:
        return y + 1
    if tense == "past" and months_off > 1:
        return y - 1
    if tense == "present" and abs(months_off) > _NEAR_MONTHS:  # "faces a Jan. 1 deadline" in November
        return y + 1 if months_off < 0 else y - 1
    return y
