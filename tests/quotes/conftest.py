"""Fixtures for the quote tests: run the quotes stage on a text with the real parser."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from dateline.nlp.entities import canonical_entities
from dateline.quotes.stage import ALL_KINDS, quotes_for
from dateline.records import Article, Quote, Rejection, Source

Run = Callable[..., tuple[tuple[Quote, ...], tuple[Rejection, ...]]]


@pytest.fixture(scope="session")
def run(parser) -> Run:  # type: ignore[no-untyped-def]
    """``run(text, kinds=ALL_KINDS)``: the quotes and rejections of ``text`` as one article."""

    def _run(text: str, kinds: Iterable[str] = ALL_KINDS) -> tuple[tuple[Quote, ...], tuple[Rejection, ...]]:
        doc = parser(text)
        art = Article(id="t", source=Source(None, None, "text"), text=text, entities=canonical_entities(doc, text))
        return quotes_for(art, doc, frozenset(kinds))

    return _run
