"""The ``quotes.v1`` stage: quotes with cues, resolved speakers and addressees.

A failure on one quote or attribution is caught: the rest of the article keeps
its quotes and the failure is recorded as rejection D601, with the offset of
the paragraph it happened in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, get_args

import msgspec

from dateline.ingest.wire import AGENCIES
from dateline.quotes.extract import Attribution, find_attributions
from dateline.quotes.lexicon import MEDIA_WORDS
from dateline.quotes.resolve import PRONOUNS, Resolver
from dateline.records import Article, Party, Quote, QuoteKind, Rejection, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.settings import Settings

__all__ = ["ALL_KINDS", "make_quotes_stage", "quotes_for"]

#: Every kind of attribution the extractor knows.
ALL_KINDS: Final = frozenset(get_args(QuoteKind))
_DETERMINERS: Final = frozenset({"the", "a", "an"})


def _party(tokens: list[Token], eid: str | None, resolver: Resolver, text: str) -> Party | None:
    if not tokens:
        return Party(eid, resolver.name(eid), None) if eid is not None else None
    mention = make_span(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    name = resolver.name(eid)
    if name is None and not (len(tokens) == 1 and tokens[0].lower_ in PRONOUNS):
        words = [t for t in tokens if not t.is_punct]
        while words and words[0].lower_ in _DETERMINERS:
            words = words[1:]
        name = text[words[0].idx : words[-1].idx + len(words[-1])] if words else None
    return Party(eid, name, mention)


def _is_outlet(name: str) -> bool:
    """A news agency or outlet ("AFP", "The New York Times"): a medium, not an addressee."""
    low = name.lower()
    return low in AGENCIES or any(w in MEDIA_WORDS for w in low.replace(".", " ").split())


def _rejection(text: str, offset: int, err: Exception) -> Rejection:
    para = text.rfind("\n", 0, offset) + 1
    return Rejection("quotes", "D601", f"paragraph at offset {para}: {type(err).__name__}: {err}")


def quotes_for(
    article: Article, doc: Doc, kinds: frozenset[str] = ALL_KINDS
) -> tuple[tuple[Quote, ...], tuple[Rejection, ...]]:
    """The article's quotes of the given ``kinds``, and a rejection for each part that could not be read.

    Attributions of every kind are found and resolved (a pronoun's antecedent may be the
    speaker of a belief); only the kinds asked for are returned, numbered ``q1``, ``q2``, …"""
    text = article.text
    rejections: list[Rejection] = []
    failures: list[tuple[int, Exception]] = []
    try:
        found = find_attributions(doc, text, failures)
        resolver = Resolver(doc, article.entities)
    except Exception as err:  # noqa: BLE001 - one bad article never stops a run
        return (), (Rejection("quotes", "D601", f"no quotes read: {type(err).__name__}: {err}"),)
    rejections.extend(_rejection(text, offset, failure) for offset, failure in failures)
    speaker_of: dict[int, str | None] = {}
    quotes: list[Quote] = []
    for a in found:
        try:
            quotes.append(_quote(a, len(quotes) + 1, resolver, speaker_of, text))
        except Exception as err:  # noqa: BLE001
            rejections.append(_rejection(text, a.start, err))
    kept = [q for q in quotes if q.kind in kinds]
    if len(kept) < len(quotes):
        kept = [msgspec.structs.replace(q, id=f"q{n}") for n, q in enumerate(kept, 1)]
    return tuple(kept), tuple(rejections)


def _quote(a: Attribution, n: int, resolver: Resolver, speaker_of: dict[int, str | None], text: str) -> Quote:
    if a.inherit is not None and id(a.inherit) in speaker_of and not a.speaker:
        eid = speaker_of[id(a.inherit)]
        speaker = Party(eid, resolver.name(eid), None) if eid is not None else None
    else:
        if a.inherit is not None:
            eid = speaker_of.get(id(a.inherit))
        else:
            eid = resolver.resolve(a.speaker)
            resolver.note(a.speaker, eid)
        speaker = _party(a.speaker, eid, resolver, text)
    speaker_of[id(a)] = eid
    if eid is not None:
        resolver.last_speaker = eid
    addressee = None
    if a.addressee:
        # only someone: a name, or a pronoun or role that resolves to one ("told marchers" is an audience)
        to = resolver.resolve(a.addressee)
        if to is not None and not _is_outlet(resolver.name(to) or ""):
            addressee = _party(a.addressee, to, resolver, text)
    return Quote(
        id=f"q{n}",
        content=make_span(text, a.start, a.end),
        direct=a.direct,
        cue=make_span(text, *a.cue) if a.cue is not None else None,
        speaker=speaker,
        addressee=addressee,
        kind=a.kind,  # type: ignore[arg-type]
    )


def make_quotes_stage(settings: Settings) -> object:
    """Build the stage, keeping the kinds of attribution that ``quotes.kinds`` names."""

    kinds = frozenset(settings.quotes.kinds)

    def quotes(article: Article, doc: Doc) -> Article:
        found, rejected = quotes_for(article, doc, kinds)
        return msgspec.structs.replace(article, quotes=found, rejections=(*article.rejections, *rejected))

    return quotes
