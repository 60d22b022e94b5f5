"""dateline: news to event data — who said what to whom, who did what to whom, when and where.

Importing dateline does no work: models, gazetteers and stores load when used.
"""

from dateline.errors import ConfigError, DatelineError, EvalError, InputError, StoreError
from dateline.records import (
    SCHEMA,
    Actor,
    Article,
    Dateline,
    Entity,
    Event,
    EventActor,
    Party,
    Place,
    Quote,
    Rejection,
    Source,
    Span,
    TimeExpr,
    article_from_json,
    article_to_json,
)
from dateline.settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "ConfigError",
    "Dateline",
    "DatelineError",
    "Entity",
    "EvalError",
    "Event",
    "EventActor",
    "InputError",
    "Party",
    "Place",
    "Quote",
    "Rejection",
    "Settings",
    "Source",
    "Span",
    "StoreError",
    "TimeExpr",
    "__version__",
    "article_from_json",
    "article_to_json",
    "extract",
    "load_settings",
]


def extract(paths: list[str], settings: Settings | None = None) -> list[Article]:
    """Read ``paths`` (files, folders) and return every article with what was found in it.

    Inputs that could not be used come back too, with no text and a rejection.
    """
    from dateline.engines.inline import InlineEngine
    from dateline.ingest import IngestContext, read_inputs
    from dateline.pipeline import build_pipeline
    from dateline.sinks import ListSink

    settings = settings or load_settings()
    sink = ListSink()
    InlineEngine().run(build_pipeline(settings), read_inputs(paths, IngestContext(settings.ingest)), sink)
    return sink.articles
