"""Errors and rejection codes: one tree, stable codes, and a fix for each.

Every problem dateline reports has a code ``D###`` that never changes meaning.
Exceptions stop a command; rejections are data recorded on an article (or in
place of one) while the run goes on.

Exception tree::

    DatelineError                 base of everything raised on purpose
    ├── ConfigError               D0xx  bad settings, unknown stage, broken pipeline
    ├── InputError                D1xx  a path or stream that cannot be read at all
    ├── StoreError                D2xx  the SQLite store is missing, locked or foreign
    └── EvalError                 D3xx  gold data missing, changed, or a floor broken

Rejection codes (``Rejection.code``) live in :data:`REJECTIONS`, numbered
D4xx (ingest), D5xx (nlp) and D6xx (later stages).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "REJECTIONS",
    "ConfigError",
    "DatelineError",
    "EvalError",
    "InputError",
    "StoreError",
    "rejection_message",
]


class DatelineError(Exception):
    """Base class. ``code`` is stable; ``str(err)`` reads ``[D012] message``."""

    code: str = "D000"

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class ConfigError(DatelineError):
    """Settings, stage registry or pipeline construction (D0xx)."""


class InputError(DatelineError):
    """An input path or stream cannot be opened at all (D1xx)."""


class StoreError(DatelineError):
    """The SQLite store is missing, busy, or not a dateline store (D2xx)."""


class EvalError(DatelineError):
    """Gold data, baselines and floors (D3xx)."""


#: Rejection codes: ``code -> what it means and what to do``.
REJECTIONS: Final = {
    # ingest
    "D401": "The input is empty.",
    "D402": "The input looks binary, not text or HTML.",
    "D403": "The input is larger than the max_article_bytes setting.",
    "D404": "The input could not be decoded as text in any known encoding.",
    "D405": "A JSON Lines row is not valid JSON or not an object.",
    "D406": "A JSON Lines row has neither 'text' nor 'html'.",
    "D407": "No article body could be extracted from the page.",
    "D408": "The publication date is ambiguous (day/month order); kept only as precise as known.",
    "D409": "The publication date could not be parsed.",
    "D410": "A WARC record is not an HTML or text response.",
    "D411": "The WARC file is truncated or corrupt after this point.",
    "D412": "A Reuters-21578 story has no BODY.",
    "D413": "The file format is not recognised.",
    "D414": "A field in a JSON Lines row has the wrong type.",
    # nlp
    "D501": "The text is too long for the parser; it was not analysed.",
    "D502": "The article is not in English; English-only stages were skipped.",
    # quotes
    "D601": "Part of the article could not be read for quotes; the rest kept its quotes.",
    # time
    "D611": "The publication date is not known to the day: relative time expressions have no value.",
}


def rejection_message(code: str) -> str:
    """The fixed description of a rejection code (``KeyError`` if unknown)."""
    return REJECTIONS[code]
