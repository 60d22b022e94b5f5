"""The spaCy backbone's fixes: sentence starts, one label per name, canonical entities."""

from __future__ import annotations

import pytest

from dateline.nlp.entities import canonical_entities


def _sents(parser, text: str, breaks: list[int] | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    doc = next(parser.pipe([(text, breaks or [])]))
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks ended\n\nOfficials left the capital on Monday.",
            ["The talks ended", "Officials left the capital on Monday."],
        ),
        (
            '"We will not yield." The minister then left the room.',
            ['"We will not yield."', "The minister then left the room."],
        ),
        (
            "“We will not yield.” The minister then left the room.",
            ["“We will not yield.”", "The minister then left the room."],
        ),
        (
            'He said: "It is over. We go home." Then he left.',
            ['He said: "It is over.', 'We go home."', "Then he left."],
        ),
    ],
)
def test_sentence_starts(parser, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _sents(parser, text) == expected


def test_dateline_is_its_own_sentence(parser) -> None:  # type: ignore[no-untyped-def]
    text = "TEHRAN, Iran (AP) — Russia's President Vladimir Putin visited Tehran on Monday."
    assert _sents(parser, text, [len("TEHRAN, Iran (AP) —")])[0] == "TEHRAN, Iran (AP) —"


def _entities(parser, text: str):  # type: ignore[no-untyped-def]
    return {e.name: e for e in canonical_entities(parser(text), text)}


def test_putin_mentions_merge_under_the_full_name(parser) -> None:  # type: ignore[no-untyped-def]
    text = ("Russia's President Vladimir Putin visited Tehran on Monday. \"This must be prevented,\" "
            "Khamenei told Putin. Later President Putin flew home.")  # fmt: skip
    ents = _entities(parser, text)
    putin = ents["Vladimir Putin"]
    assert putin.type == "PERSON"
    assert [m.text for m in putin.mentions] == ["Vladimir Putin", "Putin", "Putin"]
    assert not any(name in ents for name in ("Putin", "President Putin"))


def test_surname_of_a_person_is_a_person(parser) -> None:  # type: ignore[no-untyped-def]
    text = "Syrian President Bashar Assad met the envoy in Damascus. Assad said the war would go on. Critics of Assad left."
    assert [m.text for m in _entities(parser, text)["Bashar Assad"].mentions] == ["Bashar Assad", "Assad", "Assad"]


def test_a_first_name_the_model_left_out_joins_the_person(parser) -> None:  # type: ignore[no-untyped-def]
    text = "Hatem Jaziri, the federation's deputy leader, said the union had offered a compromise."
    assert "Hatem Jaziri" in _entities(parser, text)


def test_a_title_before_a_name_stays_out_of_it(parser) -> None:  # type: ignore[no-untyped-def]
    text = "India's High Commissioner Anil Kumar Menon met the minister. Menon said the talks were useful."
    ents = _entities(parser, text)
    assert "Anil Kumar Menon" in ents
    assert not any(name.startswith(("Commissioner", "High")) for name in ents)


def test_acronym_joins_its_full_name(parser) -> None:  # type: ignore[no-untyped-def]
    text = "The United Nations called for calm. A U.N. spokesman said aid would arrive. The U.N. has 193 members."
    ents = _entities(parser, text)
    assert "United Nations" in ents
    assert {m.text for m in ents["United Nations"].mentions} >= {"United Nations", "U.N."}


def test_entity_spans_round_trip(parser) -> None:  # type: ignore[no-untyped-def]
    text = "“Iran will not bow,” said Ayatollah Ali Khamenei. The U.S. State Department said Khamenei was wrong."
    for e in canonical_entities(parser(text), text):
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
