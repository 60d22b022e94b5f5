"""The ``time.v1`` stage: TIMEX3 expressions normalised against the article's publication date.

Relative expressions ("on Monday", "last week") need a day to count from. When the article's
publication date is unknown or only a year, they are still found, with value ``None``, and the
article records rejection D611; absolute ones ("Sept. 30, 2015", "the 1990s") keep their values.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Final

import msgspec

from dateline.records import Article, Rejection, TimeExpr
from dateline.time.grammar import ABSOLUTE, find_times
from dateline.time.tense import tense_finder

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dateline.settings import Settings

__all__ = ["anchor_of", "clock_of", "make_time_stage", "times_for"]

#: Stands in for an unknown anchor; values that depend on it are dropped.
_NO_ANCHOR: Final = date(2000, 1, 1)


def anchor_of(article: Article) -> date | None:
    """The day relative expressions count from: the publication date, when known to the day."""
    published = article.published or ""
    try:
        return date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        return None


def clock_of(article: Article) -> datetime | None:
    """The publication time, when the article gives one ("2015-11-27T14:00-05:00"), as local time."""
    published = article.published or ""
    if len(published) < 16:
        return None
    try:
        return datetime.fromisoformat(published).replace(tzinfo=None)
    except ValueError:
        return None


def times_for(article: Article, doc: Doc) -> tuple[tuple[TimeExpr, ...], tuple[Rejection, ...]]:
    """The article's time expressions, numbered ``t1``, ``t2``, …"""
    anchor = anchor_of(article)
    found = find_times(article.text, anchor or _NO_ANCHOR, tense_finder(doc), clock_of(article))
    out = []
    unanchored = 0
    for n, f in enumerate(found, 1):
        value: str | None = f.value
        if anchor is None and f.rule not in ABSOLUTE:
            value, unanchored = None, unanchored + 1
        out.append(TimeExpr(f"t{n}", f.start, f.end, article.text[f.start : f.end], f.type, value))  # type: ignore[arg-type]
    rejections: tuple[Rejection, ...] = ()
    if unanchored:
        rejections = (
            Rejection(
                "time",
                "D611",
                f"{unanchored} relative time expression(s) left without a value: the publication date "
                f"is {article.published or 'unknown'}",
            ),
        )
    return tuple(out), rejections


def make_time_stage(settings: Settings) -> object:
    """Build the stage; it has no state of its own."""

    def times(article: Article, doc: Doc) -> Article:
        found, rejected = times_for(article, doc)
        return msgspec.structs.replace(article, times=found, rejections=(*article.rejections, *rejected))

    return times
