"""Where the gold data and the project's eval folder are."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from dateline.errors import EvalError

__all__ = ["data_dir", "eval_dir", "sha256"]


def _ancestors(start: Path) -> list[Path]:
    start = start.resolve()
    return [start, *start.parents]


def eval_dir() -> Path:
    """The checkout's ``eval/`` folder (baseline.json, the project's own gold)."""
    here = Path(__file__).resolve()
    for base in _ancestors(Path.cwd()) + _ancestors(here.parent):
        if (base / "eval" / "baseline.json").is_file() and (base / "pyproject.toml").is_file():
            return base / "eval"
    raise EvalError("D301", "No eval/baseline.json found. Run 'dateline eval' from a dateline checkout.")


def data_dir(given: Path | None = None) -> Path:
    """The shared gold data: ``given``, else $DATELINE_DATA, else ``../shared/data`` beside the checkout."""
    candidates = [given] if given else []
    if os.environ.get("DATELINE_DATA"):
        candidates.append(Path(os.environ["DATELINE_DATA"]))
    if not given:
        candidates += [eval_dir().parent.parent / "shared" / "data"]
    for c in candidates:
        if c is not None and c.is_dir():
            return c.resolve()
    raise EvalError("D303", f"No gold data folder at {candidates[0] if candidates else '../shared/data'}. "
                            "Pass --data or set DATELINE_DATA.")  # fmt: skip


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
