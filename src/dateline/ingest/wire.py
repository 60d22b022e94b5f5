"""Datelines, wire agencies and credit lines at the edges of an article body.

Finds "TEHRAN, Iran (AP) —", "MOSCOW (Reuters) -", "SALVADOR, Feb 26 -" and a bold
"**Tehran, Iran:**" at the start of a body, and trailing agency codes such as
"- AP4794" or "(Reporting by …; Editing by …)" at its end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["DatelineMatch", "find_dateline", "normalize_agency", "place_case", "strip_trailer"]

# Agency names as they appear in datelines and credits, to one short form each.
AGENCIES: Final = {
    "ap": "AP", "associated press": "AP", "the associated press": "AP", "reuters": "Reuters", "reuter": "Reuters",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "dpa": "DPA",
    "xinhua": "Xinhua", "ani": "ANI", "pti": "PTI", "efe": "EFE", "ansa": "ANSA", "upi": "UPI", "ians": "IANS",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "tass": "TASS", "itar-tass": "TASS", "anadolu": "Anadolu", "aa": "Anadolu",
    "bernama": "Bernama", "apa": "APA", "irna": "IRNA", "wam": "WAM", "sana": "SANA", "mena": "MENA",
}  # fmt: skip

_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zA-Z]*\.?"
# Wire copy misspells months and days ("Narch 2", "March 2O", "April l"): any capitalised
# word before a day-like number is read as the day, as the dateline's position allows.
_DAY = rf"(?:(?:{_MONTH}|[A-Z][a-z]{{2,8}}\.?)\s+[\dOl]{{1,3}}\b|\d{{1,2}}\s+{_MONTH})"
_CAPS_WORD = r"[A-Z][A-Z.'’/\-]*[A-Z.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|[A-Z]))*"
_MIXED_WORD = r"[A-ZÀ-Þ][\w.'’/\-]*"
_MIXED_PLACE = rf"{_MIXED_WORD}(?:\s+[\w.'’/\-]+){{0,3}}?"
_REGION = r"(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|the|and|de|du|del|la)){0,5}"
_TAIL = (
    rf"(?P<region>(?:\s*,\s*{_REGION}[.,]*?){{0,3}}?)"
    rf"(?:\s*,?\s*-?\s*(?P<day>{_DAY}))?\s*,?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/'\-]{0,30})\)|(?P<agency2>Reuters?\b))?"
    r"\s*(?P<sep>-{1,2}|[–—]|:)(?=\s|$)"
)
_LEAD_JUNK = r"(?:\*+\s*|RPT\s*-+\s*)?"
_CAPS: Final = re.compile(rf"{_LEAD_JUNK}(?P<place>{_CAPS_PLACE}){_TAIL}")
_MIXED: Final = re.compile(rf"{_LEAD_JUNK}(?P<place>{_MIXED_PLACE}){_TAIL}")
_MAX_DATELINE: Final = 90

_TRAILER_CODE: Final = re.compile(r"^[-–—]{1,2}\s*(?P<agency>[A-Z]{2,8})\s*[-/]?\s*\d{0,8}\s*$")
_TRAILER_CREDIT: Final = re.compile(
    r"^\(?\s*(?:\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by\b[^()]*\)?\s*;?\s*)+\)?\s*$",
    re.I,
)
_TRAILER_SIGN: Final = re.compile(r"^(?P<agency>Reuters?|AP|AFP|Xinhua|DPA)\s*$")


@dataclass(frozen=True)
class DatelineMatch:
    """A dateline at the start of a body; ``end`` is just past its separator."""

    text: str
    start: int
    end: int
    place: str
    region: str | None
    agency: str | None
    day: str | None


def normalize_agency(name: str) -> str:
    """'Associated Press' -> 'AP', 'REUTERS' -> 'Reuters'; unknown names as written."""
    key = " ".join(name.lower().split()).strip(" .")
    return AGENCIES.get(key, name.strip())


_LOWER_PARTICLES: Final = frozenset(["de", "del", "da", "do", "dos", "es", "of", "el", "al", "la", "le", "upon", "on"])


def place_case(name: str) -> str:
    """'NEW YORK' -> 'New York', 'ST. JOHN'S' -> "St. John's"; mixed case is kept."""
    if not name.isupper():
        return name
    words = []
    for i, word in enumerate(name.lower().split()):
        if i and word in _LOWER_PARTICLES:
            words.append(word)
            continue
        parts = re.split(r"([-/'’])", word)
        out = []
        for j, part in enumerate(parts):
            # capitalise after a hyphen, and after an apostrophe that follows one letter (N'Djamena, O'Hare)
            if j == 0 or (parts[j - 1] in "-/") or (parts[j - 1] in "'’" and len(parts[j - 2]) == 1):
                part = part[:1].upper() + part[1:]
            out.append(part)
        words.append("".join(out))
    return " ".join(words)


def find_dateline(body: str, *, bold: int | None = None) -> DatelineMatch | None:
    """The dateline that opens ``body``, if any.

    ``bold`` is the length of a bold run the source marked at the start (markdown
    ``**Tehran, Iran:**``); a bold run is a dateline even in mixed case.
    """
    lead = len(body) - len(body.lstrip())
    head = body[lead : lead + _MAX_DATELINE + 10]
    if bold:
        return _bold_dateline(body, lead, bold)
    m = _CAPS.match(head)
    if m is None or not _caps_ok(m):
        m = _MIXED.match(head)
        # Mixed case is a dateline only with a day, an agency, or "Place, Region:".
        if m is None or not (m.group("day") or _agency(m) or (m.group("region") and m.group("sep") == ":")):
            return None
    if m.end() > _MAX_DATELINE or len(m.group("place")) < 2:
        return None
    return _match(body, lead, m)


def _caps_ok(m: re.Match[str]) -> bool:
    place = m.group("place")
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and place.isupper()


def _agency(m: re.Match[str]) -> str | None:
    return m.group("agency") or m.group("agency2")


def _match(body: str, lead: int, m: re.Match[str]) -> DatelineMatch:
    agency = _agency(m)
    regions = [r.strip(" .,") for r in m.group("region").split(",") if r.strip(" .,")]
    return DatelineMatch(
        text=body[lead + m.start() : lead + m.end()],
        start=lead + m.start(),
        end=lead + m.end(),
        place=place_case(m.group("place").strip()),
        region=regions[0] if regions else None,
        agency=normalize_agency(agency) if agency else None,
        day=m.group("day"),
    )


def _bold_dateline(body: str, lead: int, bold: int) -> DatelineMatch | None:
    text = body[lead : lead + bold]
    end = lead + bold
    rest = body[end:]
    sep = re.match(r"\s*(?:[:–—]|-{1,2})(?=\s)", rest)
    if sep and not text.rstrip().endswith((":", "—", "–", "-")):
        end += sep.end()
    text = body[lead:end].strip()
    m = re.match(rf"(?P<place>[^,(:–—]+?)\s*(?:,\s*(?P<region>[^,(:–—]+?))?(?:,?\s*(?P<day>{_DAY}))?"
                 r"\s*(?:\((?P<agency>[^)]{1,30})\))?\s*[:–—-]*\s*$", text)  # fmt: skip
    if m is None or len(text) > _MAX_DATELINE:
        return None
    agency = m.group("agency")
    return DatelineMatch(text, lead, lead + len(text), place_case(m.group("place").strip()),
                         m.group("region"), normalize_agency(agency) if agency else None, m.group("day"))  # fmt: skip


def strip_trailer(body: str) -> tuple[str, str | None]:
    """``body`` without its trailing agency code and credit lines, and the agency named there."""
    agency = None
    lines = body.rstrip().split("\n")
    while lines:
        last = lines[-1].strip()
        if not last:
            lines.pop()
            continue
        code = _TRAILER_CODE.match(last) or _TRAILER_SIGN.match(last)
        if code:
            agency = agency or _agency_from_code(code.group("agency"))
            lines.pop()
        elif _TRAILER_CREDIT.match(last) and len(last) < 300:
            lines.pop()
        else:
            break
    return "\n".join(lines).rstrip(), agency


def _agency_from_code(code: str) -> str:
    """'AP4794' style codes carry the agency letters; 'APW' is AP's wire, 'RTR' Reuters'."""
    aliases = {"APW": "AP", "APF": "AP", "RTR": "Reuters", "RTRS": "Reuters", "XIN": "Xinhua", "AFX": "AFP"}
    return aliases.get(code, normalize_agency(code))
