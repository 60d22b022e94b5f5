"""The project's TIMEX3 grammar: find time expressions and normalise them as TimeML does.

Each rule is a regular expression over the text and a function that turns the match into a type and
a value, given the anchor (the publication date) and the tense of the clause the expression is in.
Each rule runs near the words its expressions must contain (a month name, a unit word, a digit…);
overlapping matches are settled by length (the longest extent wins, then the earliest rule). Values follow TimeML 1.2.1 and the TimeBank annotation practice:

- dates as ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-Qn``, ``YYYY-SU``, decades ``199``;
- times ``YYYY-MM-DDTHH:MM`` and parts of day ``YYYY-MM-DDTMO`` (MO, AF, EV, NI);
- durations ``P3Y``, ``P18M``, ``PT1H30M``, ``PXY`` for an unknown number;
- sets ``XXXX-WXX-2`` (every Tuesday), ``P1D`` (daily);
- vague references ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``.

A weekday, a month or a day-month with no year takes its direction from the tense: "visited Tehran
on Monday" is the Monday before the anchor, "will meet on Monday" the one after.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from dateline.time.anchor import Tense, iso_week, month_value, shift_months, weekday_near, year_for_month_day

__all__ = ["ABSOLUTE", "Found", "TenseAt", "find_times"]


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str
    rule: str  # the handler that normalised it


TenseAt = Callable[[int, int], Tense]

MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
    "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBERS: Final[dict[str, float | str]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "twenty-four": 24, "twenty four": 24, "forty-eight": 48, "seventy-two": 72, "thirty-six": 36,
    "half a": 0.5, "a half": 0.5, "half": 0.5, "a couple of": 2, "couple of": 2, "a few": "X", "few": "X",
    "several": "X", "some": "X", "many": "X", "the": 1, "a dozen": 12, "dozen": 12, "dozens of": "X",
}  # fmt: skip
ORDINALS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
UNITS: Final = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"), "week": ("", "W"),
    "weekend": ("", "WE"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "DE"), "century": ("", "CE"),
    "quarter": ("", "Q"), "fortnight": ("", "W"),
}  # fmt: skip
SEASONS: Final = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY: Final = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
ZONES: Final = {
    "gmt": "+00:00", "utc": "+00:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "bst": "+01:00", "cet": "+01:00",
    "cest": "+02:00", "msk": "+03:00", "ist": "+05:30", "jst": "+09:00",
}  # fmt: skip

HOLIDAYS: Final = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31),
    "independence day": (7, 4), "bastille day": (7, 14), "may day": (5, 1),
}  # fmt: skip

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM_WORDS = "|".join(sorted((re.escape(k) for k in NUMBERS if k != "the"), key=len, reverse=True))
_NUM_RE = rf"(?:(?:a|one|two|three|four|five|several)\s+(?:hundred|thousand)|\d+(?:\.\d+)?|{_NUM_WORDS}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine))"
_UNIT_RE = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|quarters?|fortnights?)"
)
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:1[89]\d\d|20\d\d)"


def _num(word: str) -> float | str:
    w = word.lower().strip()
    known: float | str | None = NUMBERS.get(w)
    if known is not None:
        return known
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](\w+)", w)
    if m:
        tens, ones = NUMBERS.get(m.group(1)), NUMBERS.get(m.group(2))
        if isinstance(tens, int) and isinstance(ones, int):
            return tens + ones
    big = re.fullmatch(r"(a|one|two|three|four|five|several)\s+(hundred|thousand)", w)
    if big:
        head = NUMBERS.get(big.group(1), "X")
        return "X" if isinstance(head, str) else head * (100 if big.group(2) == "hundred" else 1000)
    try:
        return float(w)
    except ValueError:
        return "X"


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def _duration(n: float | str, unit: str) -> str:
    t, code = UNITS[unit]
    if isinstance(n, str):  # "several years", "decades": an unknown number
        return f"P{t}X{code}"
    if code in {"DE", "CE", "Q"}:  # decades, centuries and quarters in the units TimeBank writes them in
        unit_code, factor = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3)}[code]
        return f"P{_fmt(n * factor)}{unit_code}"
    if n == 0.5:  # half a day / an hour and a half handled by the caller
        return {"Y": "P6M", "D": "PT12H", "H": "PT30M", "M": "P2W", "W": "P3D"}.get(code, f"P{t}{n}{code}")
    return f"P{t}{_fmt(n)}{code}"


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


# -- rule handlers: (match, anchor, tense) -> (type, value) | None ----------------------------------

Handler = Callable[[re.Match[str], date, Tense, "_Ctx"], tuple[str, str] | None]


@dataclass
class _Ctx:
    """The anchor's clock time (when the publication time is known), and what earlier expressions
    set: the last quarter referred to, for "a year earlier"."""

    clock: datetime | None = None
    last_quarter: str | None = None
    last_day: str | None = None  # the latest full date the text gave: "in the afternoon" is that day's
    last_year: str | None = None  # the year of the latest date the text gave: "later that year"


def _h_full_date(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    mon = MONTHS[m.group("mon").lower().rstrip(".")]
    day = int(re.sub(r"\D", "", m.group("day")))
    y = int(m.group("year"))
    return ("DATE", f"{y:04d}-{mon:02d}-{day:02d}") if 1 <= day <= 31 else None


def _h_month_day(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    mon = MONTHS[m.group("mon").lower().rstrip(".")]
    day = int(re.sub(r"\D", "", m.group("day")))
    if not 1 <= day <= 31:
        return None
    return "DATE", f"{year_for_month_day(a, mon, day, t):04d}-{mon:02d}-{day:02d}"


def _h_month_year(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    return "DATE", month_value(int(m.group("year")), MONTHS[m.group("mon").lower().rstrip(".")])


def _h_month(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    word = (m.group("mon") or m.groupdict().get("mon2") or m.groupdict().get("mon3") or "").lower().rstrip(".")
    mon = MONTHS[word]
    rel = (m.group("rel") or "").lower().strip(" -")
    yrel = (m.groupdict().get("yrel") or "").lower()
    if yrel:  # "June last year"
        return "DATE", month_value(a.year + {"this": 0, "last": -1, "next": 1}[yrel], mon)
    y = a.year
    if rel == "last":
        y = a.year if mon < a.month else a.year - 1
    elif rel == "next":
        y = a.year if mon > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:  # "in March", "late November": the tense says which
        y = year_for_month_day(a, mon, None, t)
    return "DATE", month_value(y, mon)


def _h_year(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    return "DATE", m.group("year")


def _h_decade(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    g = m.group("dec")
    if g.startswith("'") or g.startswith("’") or len(g) == 3:  # '80s, 80s
        digits = re.sub(r"\D", "", g)
        century = "19" if int(digits) >= 30 else "20"
        return "DATE", century + digits[0]
    return "DATE", g[:3]


def _h_century(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    n = (
        int(re.sub(r"\D", "", m.group("ord")))
        if m.group("ord")[0].isdigit()
        else ORDINALS.get(m.group("ord").lower(), 0)
    )
    return ("DATE", f"{n - 1:02d}") if n else None


def _h_numeric(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if year < 100:
        year += 1900 if year >= 30 else 2000
    mon, day = (first, second) if first <= 12 else (second, first)
    if not (1 <= mon <= 12 and 1 <= day <= 31):
        return None
    return "DATE", f"{year:04d}-{mon:02d}-{day:02d}"


def _h_iso(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    return "DATE", m.group(0)


def _h_weekday(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    wd = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower().replace("the ", "")
    if rel in {"last", "previous"}:
        d = weekday_near(a - timedelta(days=1), wd, "past")
    elif rel == "next":  # never the anchor itself
        d = weekday_near(a + timedelta(days=1), wd, "future")
    elif rel in {"following", "coming", "this coming"}:
        d = weekday_near(a, wd, "future")
    elif rel == "this":  # the day of the anchor's own week
        d = a + timedelta(days=wd - a.weekday())
    else:
        d = weekday_near(a, wd, t)
    part = m.group("part")
    if part:  # "Friday night": a date with its part of day, as AQUAINT writes it
        return "DATE", f"{d.isoformat()}T{PARTS_OF_DAY[part.lower()]}"
    return "DATE", d.isoformat()


def _h_deictic(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    w = " ".join(m.group(0).lower().split())
    w = re.sub(r"^(?:late|early|earlier|later|mid-?afternoon|mid-?morning)\s+(?=yesterday|today|tomorrow)", "", w)
    table: dict[str, tuple[str, str]] = {
        "today": ("DATE", a.isoformat()),
        "tonight": ("TIME", f"{a.isoformat()}TNI"),
        "yesterday": ("DATE", (a - timedelta(days=1)).isoformat()),
        "tomorrow": ("DATE", (a + timedelta(days=1)).isoformat()),
        "the day before yesterday": ("DATE", (a - timedelta(days=2)).isoformat()),
        "the day after tomorrow": ("DATE", (a + timedelta(days=2)).isoformat()),
        "last night": ("TIME", f"{(a - timedelta(days=1)).isoformat()}TNI"),
        "this morning": ("TIME", f"{a.isoformat()}TMO"),
        "this afternoon": ("TIME", f"{a.isoformat()}TAF"),
        "this evening": ("TIME", f"{a.isoformat()}TEV"),
        "yesterday morning": ("TIME", f"{(a - timedelta(days=1)).isoformat()}TMO"),
        "yesterday afternoon": ("TIME", f"{(a - timedelta(days=1)).isoformat()}TAF"),
        "yesterday evening": ("TIME", f"{(a - timedelta(days=1)).isoformat()}TEV"),
        "tomorrow morning": ("TIME", f"{(a + timedelta(days=1)).isoformat()}TMO"),
        "now": ("DATE", "PRESENT_REF"),
        "right now": ("DATE", "PRESENT_REF"),
        "currently": ("DATE", "PRESENT_REF"),
        "nowadays": ("DATE", "PRESENT_REF"),
        "these days": ("DATE", "PRESENT_REF"),
        "at present": ("DATE", "PRESENT_REF"),
        "recently": ("DATE", "PAST_REF"),
        "lately": ("DATE", "PAST_REF"),
        "the past": ("DATE", "PAST_REF"),
        "soon": ("DATE", "FUTURE_REF"),
        "the future": ("DATE", "FUTURE_REF"),
        "the near future": ("DATE", "FUTURE_REF"),
        "the distant future": ("DATE", "FUTURE_REF"),
        "shortly": ("DATE", "FUTURE_REF"),
        "the coming years": ("DATE", "FUTURE_REF"),
        "recent years": ("DATE", "PAST_REF"),
        "recent weeks": ("DATE", "PAST_REF"),
        "recent months": ("DATE", "PAST_REF"),
        "recent days": ("DATE", "PAST_REF"),
        "noon": ("TIME", f"{a.isoformat()}T12:00"),
        "midday": ("TIME", f"{a.isoformat()}T12:00"),
        "midnight": ("TIME", f"{a.isoformat()}T24:00"),
    }
    return table.get(w)


def _relative_unit(rel: str, unit: str, a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
            "the": 0, "same": 0, "latest": 0, "following": 1}.get(rel)  # fmt: skip
    if step is None:
        return None
    if unit == "week":
        return "DATE", iso_week(a + timedelta(weeks=step))
    if unit == "weekend":
        return "DATE", iso_week(a + timedelta(weeks=step)) + "-WE"
    if unit == "month":
        y, mo = shift_months(a.year, a.month, step)
        return "DATE", month_value(y, mo)
    if unit == "year":
        return "DATE", f"{a.year + step:04d}"
    if unit == "quarter":
        q = (a.month - 1) // 3 + 1
        if rel in {"the", "latest", "same"}:  # "the quarter" in a results story: the one just reported
            q -= 1
        q += step
        y = a.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        return "DATE", f"{y:04d}-Q{q}"
    if unit == "decade":
        return "DATE", f"{(a.year // 10 + step):03d}"
    if unit == "century":
        return "DATE", f"{(a.year // 100 + step):02d}"
    return None


def _h_rel_unit(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    rel = m.group("rel").lower()
    unit = _unit(m.group("unit"))
    if unit == "period":  # "the latest period" in a results story: the quarter just reported
        unit = "quarter"
    return _relative_unit(rel, unit, a, t, c)  # "earlier this year" is the year, as TimeBank has it


#: The month each season ends in; a winter is named by the year it starts in (Dec 2015 - Feb 2016: 2015-WI).
_SEASON_END: Final = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}
_SEASON_START: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _h_rel_season(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    season = SEASONS[m.group("season").lower()]
    if m.groupdict().get("year"):
        return "DATE", f"{int(m.group('year')):04d}-{season}"
    if m.groupdict().get("yrel"):  # "the autumn of next year"
        return "DATE", f"{a.year + {'this': 0, 'next': 1, 'last': -1}[m.group('yrel').lower()]:04d}-{season}"
    rel = (m.group("rel") or "").lower()
    # the season under way (or just begun) at the anchor, named by its starting year
    current = a.year - 1 if season == "WI" and a.month <= _SEASON_END["WI"] else a.year
    started = a.month >= _SEASON_START[season] or (season == "WI" and a.month <= _SEASON_END["WI"])
    ended = started and not (season == "WI" and a.month in {12, 1, 2}) and a.month > _SEASON_END[season]
    if rel == "last":
        y = current if ended else current - 1
    elif rel == "next":
        y = current + 1 if started else current
    elif rel == "this" or not rel:
        y = current if started or t == "future" or rel == "this" else current - 1
    else:  # early/late
        y = current
    return "DATE", f"{y:04d}-{season}"


def _h_quarter(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    q = ORDINALS[m.group("ord").lower()]
    year = m.group("year")
    rel = (m.group("rel") or m.group("yrel") or "").lower()
    if year:
        y = int(year)
    elif rel == "next":
        y = a.year + 1
    elif rel == "last":
        y = a.year - 1
    else:
        y = a.year if q <= (a.month - 1) // 3 + 1 or t == "future" else a.year - 1
    value = f"{y:04d}-Q{q}"
    c.last_quarter = value
    return "DATE", value


def _h_half(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    h = 1 if m.group("ord").lower() in {"first", "1st"} else 2
    year = m.group("year")
    y = int(year) if year else (a.year if h == 1 or a.month > 6 or t == "future" else a.year - 1)
    return "DATE", f"{y:04d}-H{h}"


def _h_ago(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    n = _num(m.group("n"))
    unit = _unit(m.group("unit"))
    direction = -1 if m.group("dir").lower() in {"ago", "earlier", "before", "previously"} else 1
    if isinstance(n, str) or not float(n).is_integer():
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
    k = int(n) * direction
    if unit in {"hour", "minute"}:
        if c.clock is None:
            return None
        when = c.clock + (timedelta(hours=k) if unit == "hour" else timedelta(minutes=k))
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if unit == "year":
        if c.last_quarter and m.group("dir").lower() in {"earlier", "ago"}:
            year, quarter = c.last_quarter.split("-Q")
            return "DATE", f"{int(year) + k:04d}-Q{quarter}"
        return "DATE", f"{a.year + k:04d}"
    if unit == "month":
        y, mo = shift_months(a.year, a.month, k)
        return "DATE", month_value(y, mo)
    if unit == "week":
        return "DATE", iso_week(a + timedelta(weeks=k))
    if unit == "day":
        return "DATE", (a + timedelta(days=k)).isoformat()
    if unit == "decade":
        return "DATE", f"{(a.year + 10 * k) // 10:03d}"
    if unit == "quarter":
        q = (a.month - 1) // 3 + 1 + k
        y = a.year + (q - 1) // 4
        return "DATE", f"{y:04d}-Q{(q - 1) % 4 + 1}"
    return None


def _h_year_earlier(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    if m.groupdict().get("ord"):  # "the year-ago third quarter"
        base = int(c.last_quarter.split("-Q")[0]) if c.last_quarter else a.year
        return "DATE", f"{base - 1:04d}-Q{ORDINALS[m.group('ord').lower()]}"
    if c.last_quarter:
        y, q = c.last_quarter.split("-Q")
        return "DATE", f"{int(y) - 1:04d}-Q{q}"
    return "DATE", f"{a.year - 1:04d}"


def _h_duration(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    n = _num(m.group("n"))
    unit = _unit(m.group("unit"))
    if unit not in UNITS or (not isinstance(n, str) and n >= 1000):
        return None  # "the 1988 second quarter" is a date
    if unit == "quarter" and m.string.startswith(" of", m.end()):
        return None  # "three quarters of its food"
    if unit == "second" and n == 1 and re.match(r"\s+[a-z]", m.string[m.end() :]):
        return None  # "a second betrayal": an ordinal
    if m.groupdict().get("frac") and not isinstance(n, str):
        n = n + 0.5  # "2 1/2 years"
        if unit == "year":
            return "DURATION", f"P{_fmt(n - 0.5)}Y6M"
    value = _duration(n, unit)
    if m.groupdict().get("half"):
        if unit == "hour" and not isinstance(n, str):
            value = f"PT{_fmt(n)}H30M"
        elif unit == "minute" and not isinstance(n, str):
            value = f"PT{_fmt(n)}M30S"
        elif unit == "year" and not isinstance(n, str):
            value = f"P{_fmt(n)}Y6M"
    return "DURATION", value


def _h_set(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    w = " ".join(m.group(0).lower().split())
    fixed = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
             "quarterly": "P3M", "nightly": "P1D", "hourly": "PT1H"}  # fmt: skip
    if w in fixed:
        return "SET", fixed[w]
    wd = m.groupdict().get("wd")
    if wd:
        return "SET", f"XXXX-WXX-{WEEKDAYS[wd.lower()] + 1}"
    unit = m.groupdict().get("unit")
    if unit:
        u = _unit(unit)
        return "SET", _duration(1, u) if u in UNITS else "XXXX"
    return None


def _h_clock(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "3:30 p.m. GMT", "14:00 GMT": that time on the anchor's day."""
    zone = ZONES.get((m.group("tz") or "").lower(), "")
    return "TIME", f"{a.isoformat()}T{_hhmm(m)}{zone}"


def _hhmm(m: re.Match[str]) -> str:
    """ "5:30 p.m." → "17:30" from the match's ``h``, ``m`` and ``ampm`` groups."""
    h, mi = int(m.group("h")), int(m.group("m") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    h = h + 12 if ampm == "pm" and h < 12 else (0 if ampm == "am" and h == 12 else h)
    return f"{h:02d}:{mi:02d}"


def _h_clock_day(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "10 p.m. Wednesday", "noon Thursday": the clock time on the weekday's date."""
    d = weekday_near(a, WEEKDAYS[m.group("wd").lower()], t)
    noon = (m.group("noon") or "").lower()
    clock = {"noon": "12:00", "midnight": "24:00"}.get(noon) or _hhmm(m)
    zone = ZONES.get((m.groupdict().get("tz") or "").lower(), "")
    return "TIME", f"{d.isoformat()}T{clock}{zone}"


def _h_set_part(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "Tuesday nights", "each July": a weekday's part of day, or a month, every week or year."""
    if m.groupdict().get("mon"):
        return "SET", f"XXXX-{MONTHS[m.group('mon').lower().rstrip('.')]:02d}"
    return "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}T{PARTS_OF_DAY[m.group('part').lower().rstrip('s')]}"


def _h_spelled_year(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "nineteen ninety-four", "the year two thousand"."""
    if m.group("mil"):
        return "DATE", "2000"
    hi = NUMBERS.get(m.group("hi").lower())
    lo = _num(m.group("lo"))
    if not isinstance(hi, int) or isinstance(lo, str):
        return None
    return "DATE", f"{hi * 100 + int(lo):04d}"


def _h_weekend(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "the weekend": the one before the anchor in a past clause, the next in a future one."""
    d = weekday_near(a, 5, t)
    return "DATE", iso_week(d) + "-WE"


def _h_year_end(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    return "DATE", f"{a.year:04d}"


def _h_year_quarter(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "the 1988 second quarter", "the 1988 period": that year's quarter (the one in play)."""
    y = int(m.group("year"))
    if m.group("ord"):
        q = ORDINALS[m.group("ord").lower()]
    elif c.last_quarter:
        q = int(c.last_quarter.split("-Q")[1])
    else:
        q = (a.month - 1) // 3 or 4
    return "DATE", f"{y:04d}-Q{q}"


def _h_clock_date(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "5 p.m. EST, Nov. 9": the clock time on that date."""
    mon = MONTHS[m.group("mon").lower().rstrip(".")]
    day = int(re.sub(r"\D", "", m.group("day")))
    y = year_for_month_day(a, mon, day, t)
    zone = ZONES.get((m.group("tz") or "").lower(), "")
    return "TIME", f"{y:04d}-{mon:02d}-{day:02d}T{_hhmm(m)}{zone}"


def _h_set_n(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "every two years"."""
    return "SET", _duration(_num(m.group("n")), _unit(m.group("units")))


def _h_set_part2(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "every winter", "every morning"."""
    if m.group("season"):
        return "SET", f"XXXX-{SEASONS[m.group('season').lower()]}"
    return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m.group('part').lower()]}"


def _h_holiday(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """Fixed-date holidays: "Christmas Day", "New Year's Eve"."""
    month, day = HOLIDAYS[" ".join(m.group("name").lower().replace("’", "'").split())]
    return "DATE", f"{year_for_month_day(a, month, day, t):04d}-{month:02d}-{day:02d}"


def _h_part_of_anchor(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "in the afternoon": that part of the day the text is on (the last date it gave, else the anchor)."""
    return "TIME", f"{c.last_day or a.isoformat()}T{PARTS_OF_DAY[m.group('part').lower()]}"


def _h_day_in_play(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "the next day", "the same day", "[later in] the day": counted from the last date the text gave."""
    base = date.fromisoformat(c.last_day) if c.last_day else a
    step = (m.group("step") or "").lower()
    shift = {"previous": -1, "next": 1, "following": 1}.get(step, 0)
    return "DATE", (base + timedelta(days=shift)).isoformat()


def _h_year_in_play(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "later that year": the year of the last date the text gave."""
    return "DATE", (c.last_year or f"{a.year:04d}")


def _h_the_year(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "for the year" in a results story is the year reported; "in/throughout the year", a year's span."""
    if m.string[max(0, m.start() - 4) : m.start()].lower() == "for ":
        return "DATE", f"{a.year:04d}"
    return "DURATION", "P1Y"


def _h_some_units(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """ "for years", "over several months": an unknown number of them."""
    return "DURATION", _duration("X", _unit(m.group("units")))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday = 0) of a month; ``n = -1`` for the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    return date(year, month, (h + ell - 7 * m + 114) % 31 + 1)


def _feast(name: str, year: int) -> date:
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name.startswith("election"):  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name.startswith("labor"):
        return _nth_weekday(year, 9, 0, 1)
    if name.startswith("memorial"):
        return _nth_weekday(year, 5, 0, -1)
    easter = _easter(year)
    return easter - timedelta(days=2) if name.startswith("good") else easter


def _h_movable_feast(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    """Holidays whose date moves: Thanksgiving, Election Day, Easter. The year is the one the tense
    points to ("was found on Thanksgiving Day" written in January is last November's), else the
    nearest."""
    name = " ".join(m.group("name").lower().split())
    around = [_feast(name, a.year + k) for k in (-1, 0, 1)]
    if t == "past":
        return "DATE", max(d for d in around if d <= a).isoformat()
    if t == "future":
        return "DATE", min(d for d in around if d >= a).isoformat()
    return "DATE", min(around, key=lambda d: abs((d - a).days)).isoformat()  # the nearest one


def _h_future_ref(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    return "DATE", "FUTURE_REF"


def _h_duration_one(m: re.Match[str], a: date, t: Tense, c: _Ctx) -> tuple[str, str] | None:
    return "DURATION", _duration(1, _unit(m.group("unit")))


# -- the rules ------------------------------------------------------------------------------------

_I = re.IGNORECASE
_RULES: Final[list[tuple[re.Pattern[str], Handler]]] = [
    (re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+(?P<day>{_DAY_RE}),?\s+(?P<year>{_YEAR_RE})\b"), _h_full_date),
    (re.compile(rf"\b(?P<day>{_DAY_RE})\s+(?P<mon>{_MONTH_RE}),?\s+(?P<year>{_YEAR_RE})\b"), _h_full_date),
    (re.compile(rf"(?:\b(?:around|about|approximately)\s+)?(?:\b{_WEEKDAY_RE},?\s+)?\b(?P<mon>{_MONTH_RE})\s+(?P<day>{_DAY_RE})\b(?!\s*(?:,\s*)?(?:{_YEAR_RE}|\d))"), _h_month_day),
    (re.compile(rf"\b(?P<day>{_DAY_RE})\s+(?P<mon>{_MONTH_RE})\b(?!\s*,?\s*{_YEAR_RE})"), _h_month_day),
    (re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+(?:of\s+)?(?P<year>{_YEAR_RE})\b"), _h_month_year),
    (re.compile(r"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)[- ]|(?:the\s+)?(?:end|middle|beginning|start)\s+of\s+)?(?P<mon>January|February|March|April|June|July|August|September|October|November|December|Sept\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)(?:\s+(?P<yrel>this|last|next)\s+year)?(?!\s*\d)"), _h_month),
    (re.compile(r"\b(?P<rel>last|next|this)\s+(?P<mon>May)\b|\b(?P<mon2>May)\s+(?P<yrel>this|last|next)\s+year\b|(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bearly\s)|(?<=\blate\s))(?P<mon3>May)\b(?!\s+(?:be|have|not|also|well|never|soon|still|seem|face|want|need)\b)"), _h_month),
    (re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2}|\d{4})\b"), _h_numeric),
    (re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"), _h_iso),
    (re.compile(rf"\b(?:(?:fiscal|calendar|the\s+year|model\s+year|early|late|mid-|the\s+(?:end|beginning|middle|start)\s+of)\s*)?(?P<year>{_YEAR_RE})\b(?![-–]\d|\s*(?:%|percent|shares|dollars|people|acres|tons|troops|miles))", _I), _h_year),
    (re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?P<dec>(?:1[89]|20)\d0s|['’]\d0s|\d0s)\b", _I), _h_decade),
    (re.compile(r"\b(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth)\s+century\b", _I), _h_century),
    (re.compile(rf"\b(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|coming|past|previous|[Tt]his\s+coming|the\s+previous|the\s+following)\s+)?(?P<wd>{_WEEKDAY_RE})(?:\s+(?P<part>morning|afternoon|evening|night))?\b"), _h_weekday),
    (re.compile(r"\b(?:(?:late|early|earlier|later|mid-?afternoon|mid-?morning)\s+(?:yesterday|today|tomorrow)\b|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening)|last\s+night|this\s+(?:morning|afternoon|evening)|today|tonight|yesterday|tomorrow|right\s+now|now|currently|nowadays|these\s+days|at\s+present|recently|recent\s+(?:years|weeks|months|days)|lately|the\s+(?:near\s+|distant\s+)?future|the\s+past(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|hours?))|(?<!as\s)soon(?!\s+(?:as|after|before))|the\s+coming\s+years|noon|midday|midnight)\b", _I), _h_deictic),
    (re.compile(r"\b(?:(?P<mod>earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|mid-)\s*)?(?:the\s+)?(?P<rel>last|next|this|past|previous|coming|current|following|same|latest)\s+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|quarter|decade|century|period)\b(?!s|-)", _I), _h_rel_unit),
    (re.compile(r"\b(?P<rel>the)\s+(?P<unit>quarter)\b(?!s)", _I), _h_rel_unit),
    (re.compile(rf"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+of\s+(?:(?P<year>{_YEAR_RE})|(?P<yrel>this|next|last)\s+year)\b", _I), _h_rel_season),
    (re.compile(r"\b(?:(?P<rel>last|next|this|early|late)\s+|(?<=\bthe\s)|(?<=\bin\s))(?P<season>spring|summer|fall|autumn|winter)\b(?!\s+(?:of\s+)?\d)", _I), _h_rel_season),
    (re.compile(rf"\b(?:the\s+)?(?:(?P<rel>last|next|this)\s+year'?s\s+)?(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b(?:\s+of\s+(?:(?P<year>{_YEAR_RE})|(?:fiscal\s+)?(?P<yrel>this|last|next)\s+year))?", _I), _h_quarter),
    (re.compile(rf"\b(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\b(?:\s+of\s+(?P<year>{_YEAR_RE}))?", _I), _h_half),
    (re.compile(rf"\b(?:(?:almost|nearly|about|some|more\s+than|less\s+than|only|just|roughly)\s+)?(?P<n>{_NUM_RE})\s+(?P<unit>{_UNIT_RE})\s+(?P<dir>ago|earlier|before|previously|from\s+now)\b", _I), _h_ago),
    (re.compile(r"\b(?:a\s+year\s+earlier|a\s+year\s+ago|year-earlier|year-ago|the\s+(?:comparable\s+)?year-(?:ago|earlier)\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?:quarter|period))\b", _I), _h_year_earlier),
    (re.compile(rf"\b(?:(?:more\s+than|less\s+than|no\s+more\s+than|nearly|almost|about|around|at\s+least|up\s+to|some|roughly|only|just)\s+)?(?:the\s+(?:(?:past|last|next|first|final|previous|coming|latest)\s+)?)?(?P<n>{_NUM_RE})(?P<frac>\s+1/2)?[- ](?:(?:more|additional|straight|consecutive|full)\s+)?(?P<unit>{_UNIT_RE})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\b(?!\s+(?:ago|earlier|from\s+now|old)|-old)", _I), _h_duration),
    (re.compile(r"\b(?:the\s+)?(?:past|last|next|coming)\s+(?P<unit>year|month|week|decade|century)\b(?=\s+(?:or|and)\b)", _I), _h_duration_one),
    (re.compile(r"\b(?:(?:once|twice|(?:\w+)\s+times)\s+(?:a|an|per|each)\s+(?P<unit>day|week|month|year|quarter|hour))\b", _I), _h_set),
    (re.compile(rf"\b(?:every|each)\s+(?P<n>{_NUM_RE})\s+(?P<units>days|weeks|months|years|hours)\b", _I), _h_set_n),
    (re.compile(r"\b(?:every|each)\s+(?:(?P<season>spring|summer|fall|autumn|winter)|(?P<part>morning|afternoon|evening|night))\b", _I), _h_set_part2),
    (re.compile(rf"\b(?:every|each)\s+(?:(?P<wd>{_WEEKDAY_RE})|(?P<unit>day|week|month|year|quarter|hour|minute))\b|\b(?:daily|weekly|monthly|annually|yearly|quarterly|nightly|hourly)\b(?!\s+(?!and\b|or\b|until\b)[a-z])", _I), _h_set),
    (re.compile(rf"\b(?:(?P<noon>noon|midnight)|(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b))(?:\s+(?P<tz>GMT|UTC|EST|EDT|CST|CDT|PST|PDT))?\s+(?:on\s+)?(?P<wd>{_WEEKDAY_RE})\b", _I), _h_clock_day),
    (re.compile(rf"\b(?P<wd>{_WEEKDAY_RE})\s+(?P<part>mornings|afternoons|evenings|nights)\b|\b(?:every|each)\s+(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"), _h_set_part),
    (re.compile(r"\b(?:the\s+year\s+)?(?:(?P<mil>two\s+thousand)|(?P<hi>nineteen|twenty)\s+(?P<lo>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b", _I), _h_spelled_year),
    (re.compile(r"\bthe\s+weekend\b", _I), _h_weekend),
    (re.compile(r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bthroughout\s)|(?<=\bduring\s))the\s+(?:full\s+|fiscal\s+|calendar\s+)?year\b(?![-'’]|\s+(?:ago|earlier|before|after|later|\d))", _I), _h_the_year),
    (re.compile(r"(?:(?<=\bearlier\sin\s)|(?<=\blater\sin\s))the\s+day\b|\b(?:(?:earlier|later)\s+that\s+day|the\s+same\s+day|the\s+(?P<step>previous|next|following)\s+day)\b", _I), _h_day_in_play),
    (re.compile(r"\b(?:earlier|later)\s+that\s+year\b", _I), _h_year_in_play),
    (re.compile(r"(?:(?<=\bfor\s)|(?<=\bover\s))(?:(?:many|several|some)\s+)?(?P<units>years|months|weeks|days|decades|centuries|hours|minutes)\b(?!\s+(?:ago|earlier|later|of))", _I), _h_some_units),
    (re.compile(r"\bthe\s+(?:start|end|beginning|middle|rest|remainder|close)\s+of\s+(?P<rel>the|this|next|last)\s+(?P<unit>week|month|year|quarter|decade)\b", _I), _h_rel_unit),
    (re.compile(r"\b(?:(?:early|late)\s+)?(?:in\s+)?the\s+(?P<part>morning|afternoon|evening)\b", _I), _h_part_of_anchor),
    (re.compile(r"\b(?P<name>Thanksgiving(?:\s+Day)?|Election\s+Day|Easter(?:\s+Sunday)?(?!\s+week)|Labor\s+Day|Memorial\s+Day|Good\s+Friday)\b"), _h_movable_feast),
    (re.compile(r"\b(?P<name>Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|Halloween|Independence\s+Day|Bastille\s+Day|May\s+Day)\b"), _h_holiday),
    (re.compile(r"\b(?:the\s+)?(?:coming|next\s+few|next\s+several)\s+(?:days|weeks|months|years)\b", _I), _h_future_ref),
    (re.compile(rf"\bthe\s+(?P<year>{_YEAR_RE})\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?:quarter|period)\b", _I), _h_year_quarter),
    (re.compile(rf"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.)(?:\s+(?P<tz>GMT|UTC|EST|EDT|CST|CDT|PST|PDT))?,?\s+(?P<mon>{_MONTH_RE})\s+(?P<day>{_DAY_RE})\b"), _h_clock_date),
    (re.compile(r"\b(?:year-end|the\s+end\s+of\s+the\s+year|the\s+end\s+of\s+this\s+year)\b", _I), _h_year_end),
    (re.compile(r"\b(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)\s+(?P<tz>GMT|UTC)\b(?P<ampm>)"), _h_clock),
    (re.compile(r"(?:\b(?:around|about|approximately)\s+)?\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?P<tz>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|MSK|IST|JST)\b)?", _I), _h_clock),
]  # fmt: skip


_RATE: Final = re.compile(r"(?:\d|million|billion|percent|%|cents?|dollars?|times)\S*\s+(?:[a-z]+\s+){0,2}$", re.I)


_AHEAD_NOUN: Final = re.compile(r"\s+(?:deadline|target|goal|due\s+date|expiry|expiration)\b", re.I)
_ADJECTIVAL: Final = re.compile(r"[Tt]he\s\S+-(?:second|minute|hour|day|week|month|year|decade|quarter)\b(?!s)")
_UNTIL: Final = re.compile(
    r"\b(?:until|till|by|before|as\s+(?:early|soon)\s+as|no\s+later\s+than)\s+(?:the\s+)?$", re.I
)
_FULL_DATE: Final = re.compile(r"\d{4}-\d\d-\d\d")
_PER_UNIT: Final = re.compile(r"(?:a|an|per)\s+(?:year|month|week|day|quarter|hour)", re.I)


#: Rules whose values do not depend on the anchor ("Sept. 30, 2015", "the 1990s", "two years").
ABSOLUTE: Final = frozenset(
    {"_h_full_date", "_h_month_year", "_h_year", "_h_decade", "_h_century", "_h_numeric", "_h_iso",
     "_h_spelled_year", "_h_year_quarter", "_h_duration", "_h_duration_one", "_h_set", "_h_set_n",
     "_h_set_part", "_h_set_part2"}
)  # fmt: skip


# -- where each rule can match: near a word of its class ------------------------------------------------
# Trying forty rules at every position of an article costs more than the rest of the stage; each rule
# only runs in windows around the words its expressions must contain (a month name, a unit, a digit…).

_CLASS_WORDS: Final = {
    "month": "january february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec",
    "weekday": "monday tuesday wednesday thursday friday saturday sunday",
    "unit": "second seconds minute minutes hour hours day days week weeks weekend weekends fortnight fortnights "
    "month months year years decade decades quarter quarters period",
    "deictic": "today tonight yesterday tomorrow now currently nowadays days present recently recent lately past "
    "future soon shortly noon midday midnight morning afternoon evening night once previously formerly",
    "season": "spring summer fall autumn winter",
    "part": "morning afternoon evening night mornings afternoons evenings nights",
    "set": "daily weekly monthly annually yearly quarterly nightly hourly every each",
    "century": "century centuries",
    "half": "half",
    "spelled": "nineteen twenty thousand",
    "holiday": "christmas boxing new valentine halloween independence bastille may thanksgiving election easter "
    "labor memorial good",
    "end": "end",
}
_CLASS_OF: Final[dict[str, frozenset[str]]] = {}
for _cls, _words in _CLASS_WORDS.items():
    for _w in _words.split():
        _CLASS_OF[_w] = _CLASS_OF.get(_w, frozenset()) | {_cls}
_ANCHORS: Final[dict[Handler, str]] = {
    _h_full_date: "month", _h_month_day: "month", _h_month_year: "month", _h_month: "month", _h_numeric: "digit",
    _h_iso: "digit", _h_year: "digit", _h_decade: "digit", _h_century: "century", _h_weekday: "weekday",
    _h_deictic: "deictic", _h_rel_unit: "unit", _h_rel_season: "season", _h_quarter: "unit", _h_half: "half",
    _h_ago: "unit", _h_year_earlier: "unit", _h_duration: "unit", _h_duration_one: "unit", _h_set: "set+unit",
    _h_set_n: "set", _h_set_part2: "set", _h_clock_day: "weekday", _h_set_part: "part+set", _h_spelled_year: "spelled",
    _h_weekend: "unit", _h_holiday: "holiday", _h_future_ref: "unit", _h_part_of_anchor: "part", _h_day_in_play: "unit",
    _h_some_units: "unit", _h_year_quarter: "digit", _h_clock_date: "digit", _h_clock: "digit+deictic",
    _h_year_end: "unit+end", _h_movable_feast: "holiday", _h_year_in_play: "unit", _h_the_year: "unit",
}  # fmt: skip
_TOKEN: Final = re.compile(r"[A-Za-z]+|\d+")
_BEFORE: Final = 70  # characters an expression reaches before the word that anchors it ("more than two …")
_AFTER: Final = 45  # … and after it ("… of next year")


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each anchor name ("unit", "set+unit"…), the merged stretches of ``text`` around its words."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _TOKEN.finditer(text):
        w = m.group()
        classes = frozenset({"digit"}) if w[0].isdigit() else _CLASS_OF.get(w.lower())
        if classes:
            for cls in classes:
                spans.setdefault(cls, []).append((m.start(), m.end()))
    out: dict[str, list[tuple[int, int]]] = {}
    for anchor in set(_ANCHORS.values()):
        merged: list[tuple[int, int]] = []
        for start, end in sorted(x for cls in anchor.split("+") for x in spans.get(cls, ())):
            lo, hi = max(0, start - _BEFORE), min(len(text), end + _AFTER)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        out[anchor] = merged
    return out


def find_times(text: str, anchor: date, tense_at: TenseAt | None = None, clock: datetime | None = None) -> list[Found]:
    """Every time expression in ``text``, normalised against ``anchor``; ``tense_at(start, end)`` gives
    the tense of the clause an expression is in (past when not given: news reports the past);
    ``clock``, the publication time, anchors "two hours ago"."""
    tense = tense_at or (lambda _s, _e: "past")
    cands: list[tuple[int, int, int, Handler, re.Match[str]]] = []
    windows = _windows(text)
    for rank, (pattern, handler) in enumerate(_RULES):
        for lo, hi in windows.get(_ANCHORS[handler], ()):
            for m in pattern.finditer(text, lo, hi):
                if m.end() > m.start():
                    cands.append((m.start(), m.end(), rank, handler, m))
    # longest extent first, then the earlier rule; keep those that overlap nothing kept
    cands.sort(key=lambda x: (-(x[1] - x[0]), x[2], x[0]))
    starts: list[int] = []  # the kept extents, which never overlap, sorted by start
    ends: list[int] = []
    taken: list[tuple[int, int, Handler, re.Match[str]]] = []
    for s, e, _rank, h, m in cands:
        k = bisect_left(starts, s)
        if (k < len(starts) and starts[k] < e) or (k > 0 and ends[k - 1] > s):
            continue
        starts.insert(k, s)
        ends.insert(k, e)
        taken.append((s, e, h, m))
    taken.sort(key=lambda x: x[0])
    ctx = _Ctx(clock=clock)
    out = []
    for s, e, h, m in taken:
        s2, e2 = _trim(text, s, e)
        when = tense(s2, e2)
        if _AHEAD_NOUN.match(text, e2) or (when != "past" and _UNTIL.search(text, max(0, s2 - 24), s2)):
            when = "future"  # "a Jan. 1 deadline", "until Thursday", "before the summer"
        if _RATE.search(text, max(0, s2 - 40), s2) and _PER_UNIT.fullmatch(text[s2:e2]):
            continue  # "$500 million a year", "700 seats a week": a rate, not a time
        got = h(m, anchor, when, ctx)
        if got is not None:
            out.append(Found(s2, e2, got[0], got[1], h.__name__))
            if _FULL_DATE.fullmatch(got[1]):
                ctx.last_day = got[1]
            if got[0] == "DATE" and got[1][:4].isdigit() and h is not _h_deictic:
                ctx.last_year = got[1][:4]
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    if _ADJECTIVAL.match(text, s, e):  # "the eight-year [term]", "the third-quarter [loss]": "the" is the noun's
        s += 4
    while e > s and text[e - 1] in " ,":
        e -= 1
    return s, e
