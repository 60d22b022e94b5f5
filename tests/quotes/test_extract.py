"""Who said what to whom: each attribution construct through the real parser and the quotes stage."""

from __future__ import annotations

import pytest

from dateline.quotes import extract, stage
from dateline.quotes.stage import ALL_KINDS
from dateline.records import Quote
from tests.quotes.conftest import Run


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def _addressee(q: Quote) -> str | None:
    return q.addressee.name if q.addressee is not None else None


def _only(quotes: tuple[Quote, ...]) -> Quote:
    assert len(quotes) == 1, [q.content.text for q in quotes]
    return quotes[0]


# -- direct quotes ------------------------------------------------------------------------------


def test_direct_quote_with_trailing_attribution_and_addressee(run: Run) -> None:
    text = "“We will not accept any new sanctions against our country,” Foreign Minister Arkady Volkov told Dariush Farahani in Tehran."
    q = _only(run(text)[0])
    assert q.content.text == "We will not accept any new sanctions against our country"
    assert q.direct
    assert q.kind == "speech"
    assert q.cue is not None and q.cue.text == "told"
    assert _speaker(q) == "Arkady Volkov"
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "Foreign Minister Arkady Volkov"
    assert _addressee(q) == "Dariush Farahani"
    assert q.addressee is not None and q.addressee.mention is not None
    assert q.addressee.mention.text == "Dariush Farahani"


def test_colon_attribution(run: Run) -> None:
    text = "Arkady Volkov arrived in Tehran on Monday. Volkov said: “Our countries will stand together against the pressure.”"
    q = _only(run(text)[0])
    assert q.content.text == "Our countries will stand together against the pressure."
    assert q.direct
    assert q.cue is not None and q.cue.text == "said"
    assert _speaker(q) == "Arkady Volkov"
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == "Volkov"
    assert q.addressee is None


@pytest.mark.parametrize(
    "text",
    [
        "“We came here to talk,” Arkady Volkov said. “We will leave when the work is done.”",
        '"We came here to talk," Arkady Volkov said. "We will leave when the work is done."',
    ],
    ids=["curly", "straight"],
)
def test_split_quote_is_two_quotes_with_one_cue(run: Run, text: str) -> None:
    first, second = run(text)[0]
    assert first.content.text == "We came here to talk"
    assert second.content.text == "We will leave when the work is done."
    assert first.direct and second.direct
    assert first.cue is not None and first.cue == second.cue
    assert first.cue.text == "said"
    assert _speaker(first) == _speaker(second) == "Arkady Volkov"


def test_split_quote_with_a_pronoun_speaker(run: Run) -> None:
    text = "Arkady Volkov arrived in Tehran on Monday.\n“We came here to talk,” he said. “We will leave when the work is done.”"
    first, second = run(text)[0]
    assert first.cue == second.cue
    assert _speaker(first) == _speaker(second) == "Arkady Volkov"
    assert first.speaker is not None and first.speaker.mention is not None and first.speaker.mention.text == "he"


def test_multi_paragraph_quote_attributed_in_its_first_paragraph(run: Run) -> None:
    text = (
        "Arkady Volkov said: “The pressure on our economy has been enormous and it will not stop soon.\n"
        "“But we have friends, and we will find new markets for our oil.”"
    )
    first, second = run(text)[0]
    assert first.content.text == "The pressure on our economy has been enormous and it will not stop soon."
    assert second.content.text == "But we have friends, and we will find new markets for our oil."
    assert first.direct and second.direct
    assert _speaker(first) == _speaker(second) == "Arkady Volkov"


def test_multi_paragraph_quote_attributed_in_its_last_paragraph(run: Run) -> None:
    text = (
        "Arkady Volkov met Dariush Farahani in Tehran on Monday.\n"
        "“The pressure on our economy has been enormous and it will not stop soon.\n"
        "“But we have friends, and we will find new markets for our oil,” Volkov said."
    )
    first, second = run(text)[0]
    assert first.content.text == "The pressure on our economy has been enormous and it will not stop soon."
    assert second.content.text == "But we have friends, and we will find new markets for our oil"
    assert _speaker(second) == "Arkady Volkov"
    assert _speaker(first) == "Arkady Volkov"


def test_floating_quote_keeps_the_previous_speaker_without_a_cue(run: Run) -> None:
    text = (
        "“We will not accept any new sanctions against our country,” Arkady Volkov said in Tehran on Monday.\n"
        "“Our partners know where we stand and what we are ready to do.”"
    )
    first, floating = run(text)[0]
    assert floating.content.text == "Our partners know where we stand and what we are ready to do."
    assert floating.direct
    assert floating.cue is None
    assert _speaker(first) == _speaker(floating) == "Arkady Volkov"
    assert floating.speaker is not None and floating.speaker.mention is None


def test_partial_quote_inside_reported_speech_is_not_a_direct_quote(run: Run) -> None:
    text = "Iran's foreign ministry accused Washington of trying “to achieve its aims by military means” in the region."
    quotes = run(text)[0]
    assert not any(q.direct for q in quotes)
    assert not any(q.content.text == "to achieve its aims by military means" for q in quotes)
    q = _only(quotes)
    assert "to achieve its aims by military means" in q.content.text
    assert q.cue is not None and q.cue.text == "accused"
    assert q.kind == "act"


# -- reported speech ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Arkady Volkov said the talks would resume next week.",
        "Arkady Volkov said that the talks would resume next week.",
    ],
    ids=["no-that", "that"],
)
def test_indirect_speech(run: Run, text: str) -> None:
    q = _only(run(text)[0])
    assert q.content.text == "the talks would resume next week"
    assert not q.direct
    assert q.kind == "speech"
    assert q.cue is not None and q.cue.text == "said"
    assert _speaker(q) == "Arkady Volkov"


def test_according_to(run: Run) -> None:
    q = _only(run("The talks will resume next week, according to Arkady Volkov.")[0])
    assert q.content.text == "The talks will resume next week"
    assert not q.direct
    assert q.cue is not None and q.cue.text == "according to"
    assert _speaker(q) == "Arkady Volkov"


def test_said_on_a_weekday_that(run: Run) -> None:
    q = _only(run("Arkady Volkov said on Wednesday that the talks would resume next week.")[0])
    assert q.content.text == "the talks would resume next week"
    assert _speaker(q) == "Arkady Volkov"


def test_a_date_is_not_what_was_said(run: Run) -> None:
    quotes = run("Arkady Volkov spoke to Dariush Farahani in Tehran on Monday.")[0]
    assert [q.content.text for q in quotes if q.content.text == "on Monday"] == []


# -- speakers -----------------------------------------------------------------------------------


def test_pronoun_speaker_across_a_paragraph_break(run: Run) -> None:
    text = (
        "Arkady Volkov arrived in Tehran on Monday for talks with Iranian officials.\n\n"
        "“The two countries will sign a new trade deal within a month,” he said."
    )
    q = _only(run(text)[0])
    assert _speaker(q) == "Arkady Volkov"
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == "he"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Maria Lopez met John Carter in Madrid on Monday.\n“The talks went better than anyone expected,” she said.",
            "Maria Lopez",
        ),
        (
            "Maria Lopez met John Carter in Madrid on Monday.\n“The talks went better than anyone expected,” he said.",
            "John Carter",
        ),
        ("Mr. Volkov met Ms. Farahani in Tehran on Monday. She said the talks had gone well.", "Farahani"),
        ("Ms. Farahani met Mr. Volkov in Tehran on Monday. He said the talks had gone well.", "Volkov"),
    ],
    ids=["she-first-name", "he-first-name", "she-title", "he-title"],
)
def test_pronoun_gender_picks_the_speaker(run: Run, text: str, speaker: str) -> None:
    q = _only(run(text)[0])
    assert _speaker(q) == speaker


def test_role_speaker_takes_the_person_with_that_title(run: Run) -> None:
    text = (
        "Foreign Minister Ana Quispe arrived in Lima on Tuesday. Mayor Maria Lopez met her at the airport. "
        "The minister said the border would stay open."
    )
    q = _only(run(text)[0])
    assert q.content.text == "the border would stay open"
    assert _speaker(q) == "Ana Quispe"
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == "The minister"


def test_appositive_name_is_the_speaker(run: Run) -> None:
    text = "The ministry issued a statement on Tuesday. Its spokeswoman, Eleni Stavrou, said the talks would continue."
    quotes = run(text, {"speech"})[0]
    q = next(q for q in quotes if q.content.text == "the talks would continue")
    assert _speaker(q) == "Eleni Stavrou"


def test_possessor_is_not_the_speaker(run: Run) -> None:
    text = "Aminata Kanouté was arrested in Bamako last week. Kanouté's lawyer, Ibrahim Sow, said the charges were baseless."
    q = _only(run(text)[0])
    assert q.content.text == "the charges were baseless"
    assert _speaker(q) == "Ibrahim Sow"


# -- addressees ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Arkady Volkov told Dariush Farahani that the sanctions would be lifted soon.", "Dariush Farahani"),
        (
            "Dariush Farahani met Arkady Volkov in Moscow last month.\n"
            "“The sanctions will be lifted before the end of the year,” Volkov said in a letter to Farahani.",
            "Dariush Farahani",
        ),
        ("Arkady Volkov wrote to Dariush Farahani that the sanctions would be lifted soon.", "Dariush Farahani"),
        ("Arkady Volkov told reporters that the sanctions would be lifted soon.", None),
        ("“The sanctions will be lifted soon,” Arkady Volkov told reporters in Tehran.", None),
        ("Arkady Volkov told state television that the sanctions would be lifted soon.", None),
        ("“The sanctions will be lifted soon,” Arkady Volkov told state television.", None),
    ],
    ids=["told-x", "letter-to-x", "wrote-to-x", "told-reporters", "direct-told-reporters", "told-tv", "direct-told-tv"],
)
def test_addressee(run: Run, text: str, addressee: str | None) -> None:
    q = _only(run(text)[0])
    assert _speaker(q) == "Arkady Volkov"
    assert _addressee(q) == addressee
    assert "sanctions" in q.content.text


def test_a_named_news_agency_is_not_an_addressee(run: Run) -> None:
    q = _only(run("“We will not accept any new sanctions against our country,” Arkady Volkov told AFP.")[0])
    assert _speaker(q) == "Arkady Volkov"
    assert q.addressee is None


# -- what is not a quote ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The election, billed as “free and fair elections,” drew few voters in Tehran.",
        "The director's new film “Lights Out” opened in Tehran on Friday.",
        "The festival opened with “The Day the Earth Stood Still” in Tehran on Friday.",
    ],
    ids=["scare-quotes", "film-title", "long-title"],
)
def test_scare_quotes_and_titles_are_not_quotes(run: Run, text: str) -> None:
    assert run(text) == ((), ())


def test_scare_quotes_after_a_cue_are_not_a_direct_quote(run: Run) -> None:
    quotes = run("The opposition demanded “free and fair elections” before the end of the year.")[0]
    assert not any(q.direct for q in quotes)


def test_a_stray_opening_mark_does_not_stop_later_quotes(run: Run) -> None:
    text = (
        "Protesters gathered outside the embassy on Monday “ as police watched.\n"
        "Arkady Volkov arrived in Tehran on Monday.\n"
        "“We will not accept any new sanctions against our country,” Volkov said."
    )
    quotes, rejections = run(text)
    assert rejections == ()
    q = next(q for q in quotes if q.direct)
    assert q.content.text == "We will not accept any new sanctions against our country"
    assert _speaker(q) == "Arkady Volkov"


def test_a_stray_straight_closing_mark_makes_no_quote(run: Run) -> None:
    quotes = run('Arkady Volkov said the talks were over." Then he left Tehran for Moscow on a late flight.')[0]
    assert not any(q.direct for q in quotes)


# -- kinds and robustness -----------------------------------------------------------------------

_KINDS_TEXT = (
    "Arkady Volkov accused Washington of stoking tensions in the region. "
    "He wants the talks to resume next week. He said the sanctions would be lifted soon."
)


def test_all_kinds_keeps_acts_and_thoughts(run: Run) -> None:
    quotes = run(_KINDS_TEXT, ALL_KINDS)[0]
    assert [(q.id, q.kind, q.cue.text if q.cue else None) for q in quotes] == [
        ("q1", "act", "accused"),
        ("q2", "thought", "wants"),
        ("q3", "speech", "said"),
    ]
    assert quotes[1].content.text == "the talks to resume next week"
    assert all(_speaker(q) == "Arkady Volkov" for q in quotes)


def test_speech_only_drops_acts_and_thoughts_and_renumbers(run: Run) -> None:
    q = _only(run(_KINDS_TEXT, {"speech"})[0])
    assert q.id == "q1"
    assert q.kind == "speech"
    assert q.content.text == "the sanctions would be lifted soon"
    assert _speaker(q) == "Arkady Volkov"  # "He" still reaches Volkov through the dropped quotes


def test_a_failing_attribution_is_rejected_and_the_others_survive(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Arkady Volkov said the talks would resume next week.\n"
        "Dariush Farahani said the sanctions must end before any deal."
    )
    real = stage._quote
    bad = text.index("the sanctions")

    def flaky(a, *args, **kwargs):  # type: ignore[no-untyped-def]
        if a.start == bad:
            raise RuntimeError("boom")
        return real(a, *args, **kwargs)

    monkeypatch.setattr(stage, "_quote", flaky)
    quotes, rejections = run(text)
    q = _only(quotes)
    assert q.content.text == "the talks would resume next week"
    assert _speaker(q) == "Arkady Volkov"
    (rej,) = rejections
    assert (rej.stage, rej.code) == ("quotes", "D601")
    assert "boom" in rej.detail
    assert f"paragraph at offset {text.index('Dariush')}" in rej.detail


def test_a_quote_that_breaks_the_extractor_costs_only_its_paragraph(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "“We are ready to talk,” Arkady Volkov said.\n"
        "“Sanctions have never solved anything,” Dariush Farahani said.\n"
        "Farahani said the talks would resume next week."
    )
    real = extract._quote_anchor
    bad = text.index("Sanctions")

    def flaky(n, st):  # type: ignore[no-untyped-def]
        if st.quotes[n].start == bad:
            raise ValueError("broken parse")
        return real(n, st)

    monkeypatch.setattr(extract, "_quote_anchor", flaky)
    quotes, rejections = run(text)
    assert [q.content.text for q in quotes] == ["We are ready to talk", "the talks would resume next week"]
    (rej,) = rejections
    assert rej.code == "D601" and "broken parse" in rej.detail
    assert f"paragraph at offset {text.index('“Sanctions')}" in rej.detail


def test_every_span_is_a_piece_of_the_text(run: Run) -> None:
    text = (
        "Foreign Minister Arkady Volkov arrived in Tehran on Monday.\n"
        "“We came here to talk,” he told Dariush Farahani. “We will leave when the work is done.”\n"
        "“Our partners know where we stand.”\n"
        "Farahani said that the talks would resume, according to state media."
    )
    quotes, rejections = run(text)
    assert rejections == ()
    assert [q.id for q in quotes] == [f"q{n}" for n in range(1, len(quotes) + 1)]
    assert [q.content.start for q in quotes] == sorted(q.content.start for q in quotes)
    for q in quotes:
        for span in (q.content, q.cue, *(p.mention for p in (q.speaker, q.addressee) if p is not None)):
            if span is not None:
                assert text[span.start : span.end] == span.text


# -- sources that are not verbs, and sentences with two candidates --------------------------------


def test_according_to_yields_to_the_sentence_s_own_speaker(run: Run) -> None:
    text = "“This must be prevented,” Ali Khamenei told Vladimir Putin, according to the state news agency."
    q = _only(run(text)[0])
    assert (q.content.text, _speaker(q), _addressee(q)) == ("This must be prevented", "Ali Khamenei", "Vladimir Putin")


def test_a_poll_opening_its_sentence_is_the_source(run: Run) -> None:
    text = "In a new Fox News poll released Thursday, Donald Trump leads the field with 45 percent."
    q = _only(run(text)[0])
    assert q.cue is not None and q.cue.text == "In"
    assert q.kind == "evidence"
    assert q.content.text == "Donald Trump leads the field with 45 percent"


def test_said_in_a_statement_that(run: Run) -> None:
    text = "The Agriculture Ministry said in a statement that the first payments would be made on Friday."
    q = _only(run(text, {"speech"})[0])
    assert q.content.text == "the first payments would be made on Friday"
    assert _speaker(q) == "Agriculture Ministry"


def test_a_headline_colon_names_its_speaker_but_a_dateline_does_not(run: Run) -> None:
    text = "Clinton: Trump's view of the world is dangerously wrong\n\nTASHKENT: Uzbekistan and Kyrgyzstan opened a border post."
    q = _only(run(text, {"speech"})[0])
    assert q.content.text == "Trump's view of the world is dangerously wrong"
    assert q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text == "Clinton"


def test_a_participle_with_a_prepositional_object_keeps_to_itself(run: Run) -> None:
    text = "Marco Rubio ducked the question, pointing to his record in the Florida Legislature."
    quotes = run(text)[0]
    assert all(not q.content.text.startswith("Marco Rubio") for q in quotes)
