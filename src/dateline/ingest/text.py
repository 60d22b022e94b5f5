"""Scraped text and markdown: header lines, markdown, paragraphs, dateline and trailer.

The layout this reads, as news sites and scrapers leave it::

    Headline line
    27/11/2015 13:12 by admin

    **Tehran, Iran:** First paragraph ...

    - AP4794
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from dateline.ingest.dates import parse_date
from dateline.ingest.wire import find_dateline, strip_trailer

__all__ = ["NOT_PEOPLE", "Body", "Header", "clean_body", "is_meta_line", "split_header", "strip_markdown"]

# Bylines that name no person (scraper and CMS defaults).
NOT_PEOPLE: Final = frozenset(
    {
        "admin",
        "administrator",
        "staff",
        "editor",
        "editors",
        "webmaster",
        "newsroom",
        "desk",
        "news desk",
        "web desk",
        "staff writer",
        "staff reporter",
        "our correspondent",
        "agencies",
        "wires",
        "online team",
    }
)

_BYLINE: Final = re.compile(r"(?:^|\s|\|)by[:\s]+(?P<name>.+)$", re.I)
_MD_IMAGE: Final = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK: Final = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPH: Final = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC: Final = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_MD_HEADING: Final = re.compile(r"^#{1,6}\s+")
_MD_QUOTE: Final = re.compile(r"^>\s?")
_MD_RULE: Final = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_LEAD_BOLD: Final = re.compile(r"^\s*(\*\*|__)(?P<inner>[^*_\n]{2,90}?)\1")


@dataclass(frozen=True)
class Header:
    title: str | None
    date_raw: str | None
    byline: str | None
    body: str


@dataclass(frozen=True)
class Body:
    text: str
    dateline: tuple[int, int] | None
    dateline_place: str | None
    agency: str | None


def strip_markdown(line: str) -> str:
    """One line of markdown as plain text."""
    line = _MD_HEADING.sub("", _MD_QUOTE.sub("", line))
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_EMPH.sub(r"\2", line)
    return _MD_ITALIC.sub(r"\2", line)


def is_meta_line(line: str) -> bool:
    """A date and/or byline line under a headline."""
    if len(line) > 140:
        return False
    if re.match(r"^\s*(?:by|posted by|written by)\b", line, re.I):
        return True
    date = parse_date(line)
    # The date must carry the line: "27/11/2015 13:12 by admin", not a sentence that mentions one.
    return date is not None and len(line) - (date.end - date.start) < 70 and not line.rstrip().endswith(".")


def _byline(line: str, date: tuple[int, int] | None) -> str | None:
    rest = line if date is None else line[: date[0]] + " " + line[date[1] :]
    m = _BYLINE.search(rest)
    name = m.group("name") if m else (rest.split("|")[-1] if "|" in rest else "")
    name = re.sub(r"^(?:posted|written|published|updated)\s*", "", name.strip(" |-–—,:"), flags=re.I).strip(" |-–—,:")
    if not name or name.lower() in NOT_PEOPLE or not re.search(r"[A-Za-z]", name):
        return None
    return name


def split_header(raw: str) -> Header:
    """Title line and date/byline lines off the top of scraped text."""
    lines = raw.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    title = None
    if i < len(lines):
        first = strip_markdown(lines[i].strip())
        nxt = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
        blank_after = i + 1 < len(lines) and not lines[i + 1].strip()
        if not is_meta_line(first) and len(first) <= 300 and (blank_after or is_meta_line(nxt)):
            title = first.strip()
            i += 1
    date_raw = byline = None
    for _ in range(3):
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i >= len(lines) or not is_meta_line(lines[i].strip()):
            break
        line = strip_markdown(lines[i].strip())
        date = parse_date(line)
        if date is not None and date_raw is None:
            date_raw = line[date.start : date.end].strip()
        byline = byline or _byline(line, (date.start, date.end) if date else None)
        i += 1
    return Header(title, date_raw, byline, "\n".join(lines[i:]))


def _paragraphs(raw: str) -> list[str]:
    """Blocks split at blank lines; a hard-wrapped block is joined into one line."""
    blocks = [b for b in re.split(r"\n[ \t]*\n", raw) if b.strip()]
    out: list[str] = []
    for block in blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip() and not _MD_RULE.match(ln)]
        if not lines:
            continue
        if _hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    body = lines[:-1]
    return all(
        40 <= len(ln) <= 100 and not ln.endswith((".", '"', "”", ":", "?", "!"))
        for ln in body[: max(1, len(body) // 2)]
    )


def clean_body(raw: str, *, markdown: bool = True) -> Body:
    """Plain paragraphs joined by blank lines, the dateline found, the trailer removed."""
    raw, agency = strip_trailer(raw.strip("\n"))
    bold = None
    if markdown:
        lead = _LEAD_BOLD.match(raw)
        if lead:
            bold = len(lead.group("inner"))
    paras = [re.sub(r"[ \t\u00a0]+", " ", strip_markdown(p) if markdown else p).strip() for p in _paragraphs(raw)]
    text = "\n\n".join(p for p in paras if p)
    dl = find_dateline(text, bold=bold)
    if dl is None:
        return Body(text, None, None, agency)
    return Body(text, (dl.start, dl.end), dl.place, dl.agency or agency)
