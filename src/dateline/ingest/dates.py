"""Publication dates as written on pages and wires, to ISO 8601 as precise as known.

Numeric dates such as ``05/06/2015`` are ambiguous. :class:`DateOrder` settles
the order from evidence (the string itself, other dates on the page, the site's
other articles, the locale) and otherwise reports both readings; it never guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

__all__ = ["DateOrder", "ParsedDate", "parse_date", "proven_orders"]

Order = Literal["DMY", "MDY"]

MONTHS: Final = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
# Offsets of the zone abbreviations news sites print after a time. IST is read as
# India Standard Time, the commonest use on English-language news sites.
ZONES: Final = {
    "utc": "+00:00", "gmt": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    "eet": "+02:00", "eest": "+03:00", "msk": "+03:00", "ist": "+05:30", "pkt": "+05:00", "wib": "+07:00",
    "jst": "+09:00", "kst": "+09:00", "aest": "+10:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00",
    "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
}  # fmt: skip

_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = (
    r"(?:(?:,|\s+at|\s*[T\s|@-])\s*(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.(?P<frac>\d+))?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?P<tz>Z\b|[+-]\d{2}:?\d{2}\b|\(?(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|"
    + "|".join(sorted((k for k in ZONES if k != "z"), key=len, reverse=True))
    + r"\b)?)?"
)
_PATTERNS: Final = (
    ("iso", re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME, re.I)),
    ("ymd", re.compile(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})" + _TIME, re.I)),
    ("wire", re.compile(r"(?P<d>\d{1,2})-" + _MONTH + r"-(?P<y>\d{4}|\d{2})(?!\d)" + _TIME, re.I)),
    (
        "num",
        re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\d)" + _TIME, re.I),
    ),
    ("mdy", re.compile(_WEEKDAY + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME, re.I)),
    (
        "dmy",
        re.compile(
            _WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4})" + _TIME, re.I
        ),
    ),
)
_NUMERIC: Final = re.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")


@dataclass(frozen=True)
class ParsedDate:
    """A parsed date. ``value`` is ISO 8601 (``2015-11-27T13:12``, or only ``2015``
    when the day/month order is unknown); ``readings`` then holds both full values."""

    value: str
    start: int
    end: int
    readings: tuple[str, str] | None = None
    order: Order | None = None  # an order this string proves (27/11 proves DMY)

    @property
    def ambiguous(self) -> bool:
        return self.readings is not None


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y < 70 else 1900 + y
    return y


def _zone(tz: str | None) -> str:
    if not tz:
        return ""
    t = tz.strip("() ").lower().replace(" ", "")
    if t == "z":
        return "Z"  # kept as written: UTC
    if t in ZONES:
        return ZONES[t]
    m = re.fullmatch(r"(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?", t)
    if not m:
        return ""
    return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"


def _iso(y: int, mo: int, d: int, m: re.Match[str]) -> str | None:
    try:
        date(y, mo, d)
    except ValueError:
        return None
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if m.group("h") is None:
        return out
    h, mi = int(m.group("h")), int(m.group("mi"))
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return out
    out += f"T{h:02d}:{mi:02d}"
    if m.group("s") is not None:
        out += f":{int(m.group('s')):02d}"
        if m.group("frac"):
            out += "." + m.group("frac")
    return out + _zone(m.group("tz"))


def parse_date(text: str, order: Order | None = None) -> ParsedDate | None:
    """The first date in ``text``, or ``None``. ``order`` reads ambiguous numeric dates."""
    best: tuple[int, str, re.Match[str]] | None = None
    for kind, rx in _PATTERNS:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind, m)
    if best is None:
        return None
    _, kind, m = best
    if kind != "num":
        mo = MONTHS[m.group("mon").lower().rstrip(".")] if "mon" in m.groupdict() else int(m.group("m"))
        value = _iso(_year(m.group("y")), mo, int(m.group("d")), m)
        return ParsedDate(value, m.start(), m.end()) if value else None
    a, b, y = int(m.group("a")), int(m.group("b")), _year(m.group("y"))
    dmy, mdy = _iso(y, b, a, m), _iso(y, a, b, m)
    proven: Order | None = "DMY" if a > 12 else "MDY" if b > 12 else None
    if dmy and (not mdy or proven == "DMY" or (order == "DMY" and not proven)):
        return ParsedDate(dmy, m.start(), m.end(), order=proven)
    if mdy and (not dmy or proven == "MDY" or (order == "MDY" and not proven)):
        return ParsedDate(mdy, m.start(), m.end(), order=proven)
    if dmy and mdy:
        if dmy == mdy:
            return ParsedDate(dmy, m.start(), m.end())
        return ParsedDate(f"{y:04d}", m.start(), m.end(), readings=(dmy, mdy))
    return None


def proven_orders(text: str) -> set[Order]:
    """The day/month orders that numeric dates in ``text`` prove (13/05/2015 proves DMY)."""
    found: set[Order] = set()
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if 12 < a <= 31 and 1 <= b <= 12:
            found.add("DMY")
        elif 12 < b <= 31 and 1 <= a <= 12:
            found.add("MDY")
    return found


# Country-code domains whose sites write day before month. US sites write month first;
# generic domains (.com, .org) say nothing.
_DMY_TLDS: Final = frozenset(
    "uk ie au nz in za ng ke gh pk bd lk my sg ph fr de es it pt nl be ch at dk se no fi pl ru ua "
    "tr gr ro hu cz sk br ar cl co mx pe ve ir iq eg sa ae il jo lb ma dz tn id vn".split()
)


@dataclass
class DateOrder:
    """Settles day/month order for one run, remembering what each site has proved.

    ``fixed`` is the ``ingest.date_order`` setting: ``"auto"`` uses evidence only.
    """

    fixed: Literal["auto", "DMY", "MDY"] = "auto"
    sites: dict[str, Order] = field(default_factory=dict)

    def read(self, raw: str, *, site: str | None = None, page: str = "", url: str | None = None) -> ParsedDate | None:
        parsed = parse_date(raw)
        if parsed is None:
            return None
        if parsed.order and site:
            self.sites[site] = parsed.order
        if not parsed.ambiguous:
            return parsed
        order = self._evidence(site=site, page=page, url=url)
        return parse_date(raw, order) if order else parsed

    def _evidence(self, *, site: str | None, page: str, url: str | None) -> Order | None:
        if self.fixed != "auto":
            return self.fixed
        on_page = proven_orders(page)
        if len(on_page) == 1:
            return next(iter(on_page))
        if site and site in self.sites:
            return self.sites[site]
        tld = _tld(url)
        if tld in _DMY_TLDS:
            return "DMY"
        if tld in {"us", "gov", "mil"}:
            return "MDY"
        return None


def _tld(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"[a-z]+://([^/:?#]+)", url.lower())
    return m.group(1).rsplit(".", 1)[-1] if m else None
