"""The eval gate holds floors and refuses changed gold files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from dateline.errors import EvalError
from dateline.eval import gate
from dateline.eval.gate import TaskSpec, run_gate


@pytest.fixture
def fake_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text("")
    ev = tmp_path / "eval"
    (ev / "gold").mkdir(parents=True)
    (ev / "gold" / "g.jsonl").write_text('{"x": 1}\n')
    (ev / "baseline.json").write_text('{"tasks": {}}')
    monkeypatch.chdir(tmp_path)
    score = {"value": 0.8}
    spec = TaskSpec(
        "toy", "a toy task", False, lambda d: [d / "gold" / "g.jsonl"], lambda d, s: {"acc": score["value"]}
    )
    monkeypatch.setattr(gate, "TASKS", {"toy": spec})
    monkeypatch.setattr(gate, "_toy_score", score, raising=False)
    return tmp_path


def _run(settings, **kw) -> bool:  # type: ignore[no-untyped-def]
    return run_gate(Console(file=io.StringIO()), task=None, data=None, settings=settings, **kw)


def test_floors_rise_and_hold(fake_repo: Path, settings) -> None:  # type: ignore[no-untyped-def]
    assert _run(settings, update=True)
    base = json.loads((fake_repo / "eval" / "baseline.json").read_text())
    assert base["tasks"]["toy"]["floors"] == {"acc": 0.8}
    assert _run(settings)
    gate._toy_score["value"] = 0.7  # type: ignore[attr-defined]
    assert not _run(settings)  # below the floor fails
    assert _run(settings, update=True)  # ... and updating does not lower it quietly
    assert json.loads((fake_repo / "eval" / "baseline.json").read_text())["tasks"]["toy"]["floors"] == {"acc": 0.8}
    assert _run(settings, update=True, allow_lower=True)
    assert json.loads((fake_repo / "eval" / "baseline.json").read_text())["tasks"]["toy"]["floors"] == {"acc": 0.7}


def test_changed_gold_is_refused(fake_repo: Path, settings) -> None:  # type: ignore[no-untyped-def]
    assert _run(settings, update=True)
    (fake_repo / "eval" / "gold" / "g.jsonl").write_text('{"x": 2}\n')
    with pytest.raises(EvalError, match=r"\[D302\]"):
        _run(settings)


def test_the_real_baseline_pins_every_task() -> None:
    base = json.loads((Path(__file__).resolve().parents[2] / "eval" / "baseline.json").read_text())
    assert set(base["tasks"]) == set(gate.TASKS)
    for name, entry in base["tasks"].items():
        assert entry["gold"] and entry["floors"], name
    assert base["tasks"]["reuters"]["floors"]["published_exact"] >= 0.99
    assert base["tasks"]["reuters"]["floors"]["dateline_place_exact"] >= 0.98
