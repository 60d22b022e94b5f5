"""The record model: frozen, typed records and the dateline/1 JSON they serialise to.

Every span is ``{start, end, text}`` with end-exclusive character offsets into
``Article.text``; :func:`iter_spans` yields all of them so tests can check
``article.text[start:end] == span.text`` for everything the pipeline emits.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final, Literal

import msgspec

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "Dateline",
    "Entity",
    "Event",
    "EventActor",
    "Party",
    "Place",
    "Quote",
    "QuoteKind",
    "Rejection",
    "Source",
    "Span",
    "TimeExpr",
    "article_from_json",
    "article_to_json",
    "iter_spans",
    "make_span",
]

SCHEMA: Final = "dateline/1"

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["speech", "act", "thought", "evidence", "stance"]
DateFrom = Literal["text", "published"]


class Span(msgspec.Struct, frozen=True):
    """A piece of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


class Source(msgspec.Struct, frozen=True):
    """Where an article came from. ``format`` is the adapter that read it."""

    path: str | None
    url: str | None
    format: str
    locator: str | None = None  # where in the file: "line 12", "record 3"


class Dateline(msgspec.Struct, frozen=True):
    """The dateline as written ("TEHRAN, Iran (AP) —") and its place name."""

    text: str
    place: str | None
    span: Span | None = None


class Actor(msgspec.Struct, frozen=True):
    """A CAMEO-style actor code: ``code`` = country (alpha-3) + role."""

    code: str
    country: str | None
    role: str | None


class Entity(msgspec.Struct, frozen=True):
    """A canonical entity: ``name`` is the fullest form in the article."""

    id: str
    name: str
    type: str
    mentions: tuple[Span, ...]
    actor: Actor | None = None
    place: str | None = None


class Party(msgspec.Struct, frozen=True):
    """A speaker or addressee: the entity it resolves to and the mention as written."""

    entity: str | None
    name: str | None
    mention: Span | None


class Quote(msgspec.Struct, frozen=True):
    """A quotation or a piece of reported speech."""

    id: str
    content: Span
    direct: bool
    cue: Span | None = None
    speaker: Party | None = None
    addressee: Party | None = None
    kind: QuoteKind = "speech"
    date: str | None = None  # when it was said: a TimeML value from the text, else the publication date
    date_from: DateFrom | None = None


class TimeExpr(msgspec.Struct, frozen=True):
    """A TIMEX3 expression with its normalised ``value``."""

    id: str
    start: int
    end: int
    text: str
    type: TimeType
    value: str | None


class Place(msgspec.Struct, frozen=True):
    """A place resolved to GeoNames."""

    id: str
    name: str
    mentions: tuple[Span, ...]
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None


class EventActor(msgspec.Struct, frozen=True):
    """The source or target of an event."""

    entity: str | None
    code: str | None
    country: str | None
    role: str | None


class Event(msgspec.Struct, frozen=True):
    """Who did what to whom, coded in CAMEO and PLOVER, with its evidence."""

    id: str
    source: EventActor
    target: EventActor | None
    cameo: str
    plover: str | None
    date: str | None
    date_from: DateFrom
    place: str | None
    trigger: Span
    sentence: Span
    quote: str | None = None


class Rejection(msgspec.Struct, frozen=True):
    """An input, or part of one, that a stage could not use, and why (see errors.REJECTIONS)."""

    stage: str
    code: str
    detail: str


class Article(msgspec.Struct, frozen=True, kw_only=True):
    """One news article and everything found in it: the dateline/1 record."""

    schema: str = SCHEMA
    id: str
    source: Source
    text: str
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    agency: str | None = None
    language: str | None = None
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    rejections: tuple[Rejection, ...] = ()


def make_span(text: str, start: int, end: int) -> Span:
    """The span ``text[start:end]``; raises ``ValueError`` on offsets outside ``text``."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}:{end} is outside a text of {len(text)} characters")
    return Span(start, end, text[start:end])


def iter_spans(article: Article) -> Iterator[tuple[str, Span]]:
    """Every span in the article, each with a label saying where it sits."""
    if article.dateline is not None and article.dateline.span is not None:
        yield "dateline", article.dateline.span
    for ent in article.entities:
        for m in ent.mentions:
            yield f"entity {ent.id}", m
    for q in article.quotes:
        yield f"quote {q.id} content", q.content
        for label, sp in (("cue", q.cue),):
            if sp is not None:
                yield f"quote {q.id} {label}", sp
        for label, party in (("speaker", q.speaker), ("addressee", q.addressee)):
            if party is not None and party.mention is not None:
                yield f"quote {q.id} {label}", party.mention
    for t in article.times:
        yield f"time {t.id}", Span(t.start, t.end, t.text)
    for p in article.places:
        for m in p.mentions:
            yield f"place {p.id}", m
    for e in article.events:
        yield f"event {e.id} trigger", e.trigger
        yield f"event {e.id} sentence", e.sentence


_ENCODER: Final = msgspec.json.Encoder()
_DECODER: Final = msgspec.json.Decoder(Article)


def article_to_json(article: Article) -> bytes:
    """Serialise to dateline/1 JSON (one line, UTF-8), fields in contract order."""
    return _ENCODER.encode(article)


def article_from_json(data: bytes | str) -> Article:
    """Parse dateline/1 JSON back into an :class:`Article`."""
    return _DECODER.decode(data)
