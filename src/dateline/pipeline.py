"""Stages, their registry, and the pipeline that runs them over Articles.

A stage is a callable ``(Article, Doc) -> Article`` built by a factory from the
settings. Each is registered under a versioned name and declares the Article
fields it reads and writes; :func:`build_pipeline` checks that every field a
stage reads is written by ingest, the parser or an earlier stage.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import msgspec

from dateline.errors import ConfigError
from dateline.records import Article, Rejection

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dateline.nlp.model import Parser
    from dateline.settings import Settings

__all__ = ["INGEST_FIELDS", "STAGES", "Pipeline", "StageSpec", "build_pipeline"]

Stage = Callable[[Article, "Doc"], Article]

#: What ingest fills before any stage runs; the parser adds "doc".
INGEST_FIELDS: Final = frozenset(
    {"id", "source", "text", "title", "published", "byline", "dateline", "agency", "language"}
)


@dataclass(frozen=True)
class StageSpec:
    """A registered stage: its versioned name, factory path, and the fields it reads and writes."""

    name: str
    factory: str  # "module:function", imported when the pipeline is built
    requires: frozenset[str]
    assigns: frozenset[str]
    summary: str

    def build(self, settings: Settings) -> Stage:
        module, _, func = self.factory.partition(":")
        stage: Stage = getattr(importlib.import_module(module), func)(settings)
        return stage


#: Every stage dateline has. Later issues add geo and events here.
STAGES: Final[Mapping[str, StageSpec]] = MappingProxyType(
    {
        s.name: s
        for s in (
            StageSpec("nlp.entities.v1", "dateline.nlp.stage:make_entities_stage", frozenset({"doc", "text"}),
                      frozenset({"entities"}), "Canonical entities: one per person or body, named by its fullest form."),
            StageSpec("quotes.v1", "dateline.quotes.stage:make_quotes_stage", frozenset({"doc", "text", "entities"}),
                      frozenset({"quotes"}), "Quotes and reported speech: cue, speaker and addressee resolved to entities."),
            StageSpec("time.v1", "dateline.time.stage:make_time_stage", frozenset({"doc", "text", "published"}),
                      frozenset({"times"}), "Time expressions (TIMEX3) normalised against the publication date and tense."),
            StageSpec("dates.v1", "dateline.time.dates:make_dates_stage", frozenset({"doc", "quotes", "times", "published"}),
                      frozenset({"quotes"}), "The date each quote was said: from the text, else the publication date."),
        )
    }
)  # fmt: skip


class Pipeline:
    """Parse articles in batches and run the stages over each. Built by :func:`build_pipeline`."""

    def __init__(self, settings: Settings, parser: Parser, stages: list[tuple[StageSpec, Stage]]) -> None:
        self.settings = settings
        self.parser = parser
        self.stages = stages

    @property
    def names(self) -> list[str]:
        return [spec.name for spec, _ in self.stages]

    def process(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Each article with every stage's output; skipped work is recorded as rejections."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.settings.nlp.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Article]) -> Iterator[Article]:
        parse: list[int] = []
        notes: dict[int, Rejection] = {}
        for i, a in enumerate(batch):
            if not a.text:
                continue
            if a.language not in (None, "en"):
                notes[i] = Rejection("nlp", "D502", f"language {a.language!r}: English-only stages skipped")
            elif len(a.text) > self.settings.nlp.max_chars:
                notes[i] = Rejection(
                    "nlp", "D501", f"{len(a.text):,} characters > nlp.max_chars ({self.settings.nlp.max_chars:,})"
                )
            else:
                parse.append(i)
        docs = dict(zip(parse, self.parser.pipe(_parser_input(batch[i]) for i in parse), strict=True))
        for i, a in enumerate(batch):
            if i in notes:
                yield msgspec.structs.replace(a, rejections=(*a.rejections, notes[i]))
            elif i in docs:
                for _spec, stage in self.stages:
                    a = stage(a, docs[i])
                yield a
            else:
                yield a


def _parser_input(a: Article) -> tuple[str, list[int]]:
    breaks = [a.dateline.span.end] if a.dateline is not None and a.dateline.span is not None else []
    return a.text, breaks


def build_pipeline(settings: Settings, parser: Parser | None = None) -> Pipeline:
    """Check the configured stages against the registry and build them (D003/D004)."""
    from dateline.nlp.model import Parser

    available = set(INGEST_FIELDS) | {"doc"}
    built: list[tuple[StageSpec, Stage]] = []
    for name in settings.pipeline.stages:
        spec = STAGES.get(name)
        if spec is None:
            raise ConfigError("D003", f"No stage named {name!r}. Known stages: {', '.join(sorted(STAGES))}.")
        missing = spec.requires - available
        if missing:
            raise ConfigError("D004", f"Stage {name!r} reads {', '.join(sorted(missing))}, which no earlier stage "
                                      "writes. Put the stage that writes it first in pipeline.stages.")  # fmt: skip
        available |= spec.assigns
        built.append((spec, spec.build(settings)))
    return Pipeline(settings, parser or Parser(settings.nlp.model, settings.nlp.batch_size), built)
