"""One typed settings object, read from the commented ``default.toml`` plus user overrides."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import msgspec

from dateline.errors import ConfigError
from dateline.records import QuoteKind

__all__ = [
    "IngestSettings",
    "NlpSettings",
    "PipelineSettings",
    "QuotesSettings",
    "Settings",
    "StoreSettings",
    "default_toml",
    "load_settings",
]


class PipelineSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    stages: tuple[str, ...]


class NlpSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    model: str
    batch_size: int
    max_chars: int


class IngestSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    max_article_bytes: int
    date_order: Literal["auto", "DMY", "MDY"]


class QuotesSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    kinds: tuple[QuoteKind, ...]


class StoreSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    commit_every: int


class Settings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Every setting dateline has; see ``default.toml`` for what each does."""

    pipeline: PipelineSettings
    nlp: NlpSettings
    ingest: IngestSettings
    quotes: QuotesSettings
    store: StoreSettings


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def default_toml() -> str:
    """The text of the packaged ``default.toml``."""
    return resources.files("dateline").joinpath("default.toml").read_text(encoding="utf-8")


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """The defaults, overlaid by the TOML file at ``path`` and then by ``overrides``
    (``section={key: value}``). Raises ``ConfigError`` D001/D002 on bad input."""
    data = tomllib.loads(default_toml())
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("D002", f"No config file at {path}. Check the --config path.") from None
        except tomllib.TOMLDecodeError as err:
            raise ConfigError("D002", f"{path} is not valid TOML: {err}. Fix the file.") from None
        data = _merge(data, user)
    data = _merge(data, overrides)
    try:
        settings = msgspec.convert(data, Settings)
    except msgspec.ValidationError as err:
        raise ConfigError("D001", f"Bad setting: {err}. See default.toml for each setting's type.") from None
    if settings.nlp.batch_size < 1 or settings.store.commit_every < 1 or settings.ingest.max_article_bytes < 1:
        raise ConfigError("D001", "batch_size, commit_every and max_article_bytes must be at least 1.")
    return settings
