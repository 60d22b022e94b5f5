"""When things happened: the date the text gives for a quote (and, with #6, an event).

"Putin visited Tehran on Monday" happened on Monday, not on the day the story was published, which
is what GDELT would say. A quote or event takes the first time expression that modifies its verb in
the parse ("said on Wednesday", "visited Tehran on Monday"), else one elsewhere in its own clause
outside what was said; failing both, the publication date, marked ``date_from: "published"``.
Vague references (PRESENT_REF), durations and sets never date anything.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Final

import msgspec

from dateline.records import Article, DateFrom, Quote, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.settings import Settings

__all__ = ["date_of", "make_dates_stage"]

_MAX_HOPS: Final = 8


def _datable(t: TimeExpr) -> bool:
    return t.type in {"DATE", "TIME"} and t.value is not None and t.value[:1].isdigit()


def _token_at(doc: Doc, starts: list[int], offset: int) -> Token:
    return doc[max(bisect_right(starts, offset) - 1, 0)]


def _governs(verb: Token, tok: Token) -> bool:
    for _ in range(_MAX_HOPS):
        if tok.i == verb.i:
            return True
        if tok.head.i == tok.i or (tok.pos_ in {"VERB", "AUX"} and tok.i != verb.i):
            return False
        tok = tok.head
    return False


def date_of(
    anchor: int,
    skip: tuple[int, int] | None,
    doc: Doc,
    starts: list[int],
    times: tuple[TimeExpr, ...],
    published: str | None,
) -> tuple[str | None, DateFrom | None]:
    """The date for the verb at character ``anchor``: a time expression it governs, else one in its
    sentence outside ``skip`` (the words said), else the publication date."""
    verb = _token_at(doc, starts, anchor)
    sent = verb.sent
    in_sentence = [
        t
        for t in times
        if _datable(t)
        and sent.start_char <= t.start < sent.end_char
        and not (skip is not None and skip[0] <= t.start < skip[1])
    ]
    governed = [t for t in in_sentence if _governs(verb, _token_at(doc, starts, t.start))]
    chosen = next(iter(governed or in_sentence), None)
    if chosen is not None:
        return chosen.value, "text"
    if published:
        return published[:10], "published"
    return None, None


def make_dates_stage(settings: Settings) -> object:
    """Build the stage; it has no state of its own."""

    def dates(article: Article, doc: Doc) -> Article:
        starts = doc.to_array("IDX").tolist()
        quotes: list[Quote] = []
        for q in article.quotes:
            at = q.cue.start if q.cue is not None else q.content.start
            skip = (q.content.start, q.content.end)
            value, source = date_of(at, skip, doc, starts, article.times, article.published)
            quotes.append(msgspec.structs.replace(q, date=value, date_from=source))
        return msgspec.structs.replace(article, quotes=tuple(quotes))

    return dates
