"""The normalisation table: every case in tests/time/cases.py through the real parser and time.v1."""

from __future__ import annotations

import pytest

from dateline.records import Article, Source
from dateline.time.stage import times_for
from tests.time.cases import CASES, Case, check_cases


def test_the_table_is_well_formed() -> None:
    assert check_cases() == []
    assert len(CASES) >= 70


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.expression}@{c.anchor}")
def test_case(case: Case, parser) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="t", source=Source(None, None, "text"), text=case.sentence, published=case.anchor)
    times, rejections = times_for(article, parser(case.sentence))
    start = case.sentence.index(case.expression)
    found = {(t.start, t.end): t for t in times}
    assert (start, start + len(case.expression)) in found, [(t.text, t.value) for t in times]
    t = found[(start, start + len(case.expression))]
    assert (t.type, t.value) == (case.type, case.value)
    assert not rejections
