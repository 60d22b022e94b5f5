"""The mention resolver on its own: names, pronouns by salience and gender, roles, appositives, possessors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.nlp.entities import canonical_entities
from dateline.quotes.resolve import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _resolver(parser, text: str) -> tuple[Doc, Resolver]:  # type: ignore[no-untyped-def]
    doc = parser(text)
    return doc, Resolver(doc, canonical_entities(doc, text))


def _word(doc: Doc, word: str, nth: int = 0) -> list[Token]:
    return [[t for t in doc if t.text == word][nth]]


def _phrase(doc: Doc, phrase: str) -> list[Token]:
    start = doc.text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None, phrase
    return list(span)


def _who(resolver: Resolver, tokens: list[Token]) -> str | None:
    return resolver.name(resolver.resolve(tokens))


def test_a_surname_is_the_full_name(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(parser, "Arkady Volkov arrived in Tehran on Monday. Later Volkov met officials.")
    assert _who(r, _word(doc, "Volkov", 1)) == "Arkady Volkov"


def test_nothing_resolves_to_nothing(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(parser, "Arkady Volkov arrived in Tehran on Monday. The weather was cold.")
    assert r.resolve([]) is None
    assert r.name(None) is None
    assert _who(r, _word(doc, "weather")) is None


def test_pronoun_takes_the_person_across_a_paragraph_break(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(parser, "Arkady Volkov arrived in Tehran on Monday.\nHe said the talks went well.")
    assert _who(r, _word(doc, "He")) == "Arkady Volkov"


def test_pronoun_takes_the_most_recent_compatible_subject(parser) -> None:  # type: ignore[no-untyped-def]
    text = "Arkady Volkov met Dariush Farahani in Tehran. Farahani said the talks went well. He added that trade would grow."
    doc, r = _resolver(parser, text)
    assert _who(r, _word(doc, "He")) == "Dariush Farahani"


def test_pronoun_gender_from_titles(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(parser, "Mr. Volkov met Ms. Farahani in Tehran on Monday. She said the talks had gone well.")
    assert _who(r, _word(doc, "She")) == "Farahani"
    doc, r = _resolver(parser, "Ms. Farahani met Mr. Volkov in Tehran on Monday. She said the talks had gone well.")
    assert _who(r, _word(doc, "She")) == "Farahani"


def test_pronoun_gender_from_first_names(parser) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Lopez met John Carter in Madrid on Monday. He said the talks had gone well. She agreed."
    doc, r = _resolver(parser, text)
    assert _who(r, _word(doc, "He")) == "John Carter"
    assert _who(r, _word(doc, "She")) == "Maria Lopez"


def test_pronoun_gender_from_an_appositive_role(parser) -> None:  # type: ignore[no-untyped-def]
    text = "Eleni Stavrou, a spokeswoman, met Dariush Farahani. She said the talks went well."
    doc, r = _resolver(parser, text)
    assert _who(r, _word(doc, "She")) == "Eleni Stavrou"


def test_a_pronoun_of_the_wrong_gender_resolves_to_no_one(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(parser, "Mr. Volkov arrived in Tehran on Monday. She said the talks went well.")
    assert r.resolve(_word(doc, "She")) is None


def test_they_is_an_organisation_not_a_person(parser) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Iranian Foreign Ministry criticised the decision on Monday. Dariush Farahani, a lawyer, read the "
        "statement aloud. They said the decision was unlawful."
    )
    doc, r = _resolver(parser, text)
    assert _who(r, _word(doc, "They")) == "Iranian Foreign Ministry"


def test_role_noun_takes_the_person_introduced_with_that_title(parser) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Foreign Minister Ana Quispe arrived in Lima on Tuesday. Mayor Maria Lopez met her at the airport. "
        "The minister said the border would stay open. The mayor said nothing."
    )
    doc, r = _resolver(parser, text)
    assert _who(r, _phrase(doc, "The minister")) == "Ana Quispe"
    assert _who(r, _phrase(doc, "The mayor")) == "Maria Lopez"


def test_role_noun_takes_an_organisation_named_by_it(parser) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Arkady Volkov met officials of the Iranian Foreign Ministry in Tehran. The ministry said the talks went well."
    )
    doc, r = _resolver(parser, text)
    assert _who(r, _phrase(doc, "The ministry")) == "Iranian Foreign Ministry"


def test_appositive_name_wins_over_the_role(parser) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Spokeswoman Maria Lopez said on Monday that the ministry would respond. "
        "Its spokeswoman, Eleni Stavrou, said the talks would continue. The spokeswoman declined to comment."
    )
    doc, r = _resolver(parser, text)
    assert _who(r, _phrase(doc, "Its spokeswoman, Eleni Stavrou")) == "Eleni Stavrou"
    # the bare role goes to the latest spokeswoman before it
    assert _who(r, _phrase(doc, "The spokeswoman")) == "Eleni Stavrou"


def test_possessor_is_not_the_mention(parser) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Aminata Kanouté was arrested in Bamako last week. Kanouté's lawyer, Ibrahim Sow, said the charges "
        "were baseless. Kanouté's brother said she was innocent."
    )
    doc, r = _resolver(parser, text)
    assert _who(r, _phrase(doc, "Kanouté's lawyer, Ibrahim Sow")) == "Ibrahim Sow"
    assert r.resolve(_phrase(doc, "Kanouté's brother")) is None


def test_note_makes_a_resolved_role_reachable_by_a_later_pronoun(parser) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Foreign Minister Ana Quispe arrived in Lima on Tuesday. Maria Lopez, the mayor, welcomed the delegation "
        "at the airport. The minister said the border would stay open. She added that trade would resume."
    )
    doc, r = _resolver(parser, text)
    she = _word(doc, "She")
    assert _who(r, she) == "Maria Lopez"  # without the role mention, the nearest woman
    minister = _phrase(doc, "The minister")
    eid = r.resolve(minister)
    assert r.name(eid) == "Ana Quispe"
    r.note(minister, eid)
    assert _who(r, she) == "Ana Quispe"


def test_note_ignores_unresolved_mentions(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(parser, "Arkady Volkov arrived in Tehran on Monday. The weather was cold.")
    before = list(r.timeline)
    r.note(_word(doc, "weather"), None)
    r.note([], "e1")
    assert r.timeline == before


def test_a_title_implies_the_broader_noun(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(
        parser,
        "Iran's Supreme Leader Ayatollah Ali Khamenei met Vladimir Putin in Tehran. The top cleric said the talks went well.",
    )
    assert _who(r, _phrase(doc, "The top cleric")) == "Ali Khamenei"


def test_a_modifier_picks_among_people_with_the_same_role(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(
        parser,
        "Turkmenistan's President Gurbanguli Berdimukhamedov met Russia's President Vladimir Putin later. "
        "The Turkmen leader said gas exports would grow.",
    )
    assert _who(r, _phrase(doc, "The Turkmen leader")) == "Gurbanguli Berdimukhamedov"


def test_an_indefinite_or_plural_role_brings_in_someone_new(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(
        parser,
        "Rebel commander Didier Kalombo spoke on Monday. A rebel commander said the army had fired first. "
        "Commanders said nothing.",
    )
    assert _who(r, _phrase(doc, "A rebel commander")) is None
    assert _who(r, _phrase(doc, "Commanders")) is None


def test_the_body_named_by_its_own_noun(parser) -> None:  # type: ignore[no-untyped-def]
    doc, r = _resolver(
        parser, "The Ministry of Mining and Heavy Industry fined the company. The ministry said the errors were large."
    )
    assert _who(r, _phrase(doc, "The ministry")) == "Ministry of Mining and Heavy Industry"
