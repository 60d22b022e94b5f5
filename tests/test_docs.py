"""The README, the settings file and the help match the code."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import msgspec

from dateline.cli.main import app
from dateline.errors import REJECTIONS
from dateline.pipeline import STAGES
from dateline.settings import Settings, default_toml

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    names = {c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands}
    assert names == {"extract", "ingest", "show", "stats", "search", "stages", "eval", "demo"}
    for name in names:
        assert f"`dateline {name}" in README, name


def test_every_stage_is_documented() -> None:
    for name, spec in STAGES.items():
        assert f"`{name}`" in README and spec.summary in README, name


def test_every_setting_has_a_comment() -> None:
    text = default_toml()
    settings = msgspec.convert(tomllib.loads(text), Settings)
    for section in Settings.__struct_fields__:
        for key in type(getattr(settings, section)).__struct_fields__:
            m = re.search(rf"((?:^#.*\n)+)(?:^\S.*\n)*?^{key} =", text.split(f"[{section}]")[1], re.M)
            assert m, f"{section}.{key} has no comment above it in default.toml"


def test_rejection_codes_are_in_the_errors_docstring_tree() -> None:
    import dateline.errors as errors

    assert errors.__doc__ and "D4xx" in errors.__doc__
    assert all(code.startswith(("D4", "D5", "D6")) for code in REJECTIONS)
