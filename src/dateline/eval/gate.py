"""The eval gate: score each task, check the gold files' SHA-256, and hold every floor.

``eval/baseline.json``::

    {"tasks": {"reuters": {"gold": {"data:corpora/...sgm.gz": "<sha256>", ...},
                           "floors": {"published_exact": 0.99, ...}}}}

Gold paths start with ``data:`` (the shared gold folder) or ``eval:`` (the
project's own eval folder). A score below its floor fails the gate. Floors are
raised with ``--update-floors``; lowering one also needs ``--allow-lower``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Final

from rich.console import Console
from rich.table import Table

from dateline.errors import EvalError
from dateline.eval.data import data_dir, eval_dir, sha256
from dateline.settings import Settings

__all__ = ["TASKS", "TaskSpec", "run_gate"]


@dataclass(frozen=True)
class TaskSpec:
    name: str
    summary: str
    needs_data: bool  # reads ../shared/data (else only the project's eval folder)
    gold: Callable[[Path], list[Path]]
    score: Callable[[Path, Settings], dict[str, float]]
    default: bool = True  # run by a bare ``dateline eval``


def _reuters() -> TaskSpec:
    from dateline.eval import reuters

    return TaskSpec("reuters", "Reuters-21578 metadata: publication day, dateline place (19,043 bodies).",
                    True, reuters.gold_files, reuters.score)  # fmt: skip


def _demo() -> TaskSpec:
    from dateline.eval import demo

    return TaskSpec("demo", "The project's demo gold: metadata, entities, quotes with resolved speakers and addressees, times.",
                    False, demo.gold_files, demo.score)  # fmt: skip


def _quotes(split: str, default: bool) -> TaskSpec:
    from dateline.eval import quotes

    return TaskSpec(
        "quotes" if split == "dev" else f"quotes-{split}",
        f"PolNeAR {split} split (84 articles): quote F1 at overlap 0.3 and 0.8, spans, cues, speakers.",
        True,
        lambda data: quotes.polnear_files(data, split),
        lambda data, settings: quotes.score_polnear(data, settings, split),
        default,
    )


def _time(part: str, name: str, default: bool) -> TaskSpec:
    from dateline.eval import time

    return TaskSpec(
        name,
        {
            "dev": "TBAQ-cleaned development part (TimeBank and 37 AQUAINT documents)",
            "report": "TBAQ-cleaned report part (36 AQUAINT documents)",
        }.get(part, f"TBAQ-cleaned {part}")
        + " with TempEval-3's measures: strict and relaxed F1, value F1, type accuracy.",
        True,
        lambda data: time.tbaq_files(data, part),
        lambda data, settings: time.score_part(data, settings, part),
        default,
    )


def _time_peers() -> TaskSpec:
    from dateline.eval import time

    return TaskSpec(
        "time-peers",
        "dateline and HeidelTime side by side on the TBAQ report part, same scorer, same run (needs 'make peers').",
        True,
        lambda data: time.tbaq_files(data, "report"),
        lambda data, settings: time.score_peers(data, settings, "report"),
        False,
    )


#: Every task; ``dateline eval`` runs those with ``default`` set, ``dateline eval NAME`` any one.
#: PolNeAR's test split and TBAQ's report part are scored only to report (``dateline eval quotes-test``,
#: ``dateline eval time-report``), never tuned on.
TASKS: Final[Mapping[str, TaskSpec]] = MappingProxyType(
    {
        t.name: t
        for t in (
            _reuters(),
            _demo(),
            _quotes("dev", True),
            _quotes("test", False),
            _time("dev", "time", True),
            _time("report", "time-report", False),
            _time_peers(),
        )
    }
)
_EPS: Final = 1e-9


def _label(path: Path, data: Path | None, evald: Path) -> str:
    if data is not None and path.is_relative_to(data):
        return "data:" + path.relative_to(data).as_posix()
    return "eval:" + path.relative_to(evald).as_posix()


def run_gate(console: Console, *, task: str | None, data: Path | None, settings: Settings,
             update: bool = False, allow_lower: bool = False) -> bool:  # fmt: skip
    """Run the tasks, print one table, and return False if any floor is broken."""
    if task is not None and task not in TASKS:
        raise EvalError("D304", f"No eval task {task!r}. Tasks: {', '.join(TASKS)}.")
    evald = eval_dir()
    baseline_path = evald / "baseline.json"
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    table = Table(title="dateline eval", title_justify="left")
    for col in ("task", "metric", "score", "floor", ""):
        table.add_column(col, justify="right" if col in {"score", "floor"} else "left")
    ok = True
    for spec in [TASKS[task]] if task else [t for t in TASKS.values() if t.default]:
        shared = data_dir(data) if spec.needs_data else None
        root = shared if shared is not None else evald
        entry = baseline.setdefault("tasks", {}).setdefault(spec.name, {"gold": {}, "floors": {}})
        files = spec.gold(root)
        if not files or not all(f.is_file() for f in files):
            raise EvalError("D303", f"Gold data for {spec.name!r} is missing under {root}.")
        hashes = {_label(f, shared, evald): sha256(f) for f in files}
        if entry["gold"] and hashes != entry["gold"] and not update:
            changed = sorted(k for k in hashes.keys() | entry["gold"].keys() if hashes.get(k) != entry["gold"].get(k))
            raise EvalError("D302", f"Gold files of {spec.name!r} differ from eval/baseline.json: {', '.join(changed[:3])}. "
                                    "If the change is intended, rerun with --update-floors and commit the baseline.")  # fmt: skip
        scores = spec.score(root, settings)
        for metric, value in scores.items():
            floor = entry["floors"].get(metric)
            status = ""
            if metric.startswith("n_"):
                table.add_row(spec.name, metric, f"{value:,.0f}", "", "")
                continue
            if floor is not None and value + _EPS < floor:
                status, ok = "[red]BELOW FLOOR[/]", False
            elif floor is not None:
                status = "[green]ok[/]"
            table.add_row(spec.name, metric, f"{value:.4f}", "" if floor is None else f"{floor:.4f}", status)
            if update:
                new = math.floor(value * 1000) / 1000  # a floor a little under the score: stable across runs
                if floor is None or new > floor or allow_lower:
                    entry["floors"][metric] = new
        if update:
            entry["gold"] = hashes
    console.print(table)
    if update:
        baseline_path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        console.print(f"Floors written to {baseline_path}.")
        return True
    return ok
