"""The grammar's machinery: every rule is reachable, and windows never change what is found."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time import grammar
from tests.time.cases import CASES


def test_every_rule_has_an_anchor_class() -> None:
    classes = set(grammar._CLASS_WORDS) | {"digit"}
    for _pattern, handler in grammar._RULES:
        assert handler in grammar._ANCHORS, handler.__name__
        assert set(grammar._ANCHORS[handler].split("+")) <= classes


def test_windows_find_what_a_full_scan_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(c.sentence for c in CASES)
    windowed = grammar.find_times(text, date(2015, 11, 27))
    everywhere = {name: [(0, len(text))] for name in set(grammar._ANCHORS.values())}
    monkeypatch.setattr(grammar, "_windows", lambda _text: everywhere)
    assert grammar.find_times(text, date(2015, 11, 27)) == windowed
