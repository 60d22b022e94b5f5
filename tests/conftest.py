"""Shared fixtures: the gold data folder, settings, and one parser per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.ingest import IngestContext
from dateline.settings import Settings, load_settings

REPO = Path(__file__).resolve().parents[1]


def shared_data() -> Path:
    path = Path(os.environ.get("DATELINE_DATA", REPO.parent / "shared" / "data"))
    if not path.is_dir():
        pytest.fail(f"The gold data folder {path} is missing: tests read ../shared/data (or $DATELINE_DATA).")
    return path


@pytest.fixture(scope="session")
def data() -> Path:
    return shared_data()


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture
def ctx(settings: Settings) -> IngestContext:
    return IngestContext(settings.ingest)


@pytest.fixture(scope="session")
def parser(settings: Settings):  # type: ignore[no-untyped-def]
    from dateline.nlp.model import Parser

    return Parser(settings.nlp.model, settings.nlp.batch_size)


@pytest.fixture(scope="session")
def pipeline(settings: Settings, parser):  # type: ignore[no-untyped-def]
    from dateline.pipeline import build_pipeline

    return build_pipeline(settings, parser)
