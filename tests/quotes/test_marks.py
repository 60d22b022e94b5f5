"""Quote marks paired into spans per paragraph: curly, straight, typewriter, single; apostrophes ignored."""

from __future__ import annotations

import pytest

from dateline.quotes.marks import QuotedSpan, find_quoted


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    "text",
    [
        "He said “yes, we will” and left.",
        'He said "yes, we will" and left.',
        "He said ''yes, we will'' and left.",
        "He said ``yes, we will'' and left.",
        "He said «yes, we will» and left.",
    ],
    ids=["curly", "straight", "typewriter", "backticks", "guillemets"],
)
def test_a_pair_of_marks_gives_the_text_between_them(text: str) -> None:
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "yes, we will"
    assert q.closed
    assert not q.opens_paragraph


def test_the_comma_before_the_closing_mark_is_not_content() -> None:
    text = "“We will win,” he said."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "We will win"
    assert q == QuotedSpan(1, 12, closed=True, opens_paragraph=True)


def test_two_quotes_in_one_paragraph_stay_apart() -> None:
    assert _texts("“We came here to talk,” he said. “We will leave when it is done.”") == [
        "We came here to talk",
        "We will leave when it is done.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We don’t know, said the chair of the nations’ summit.",
        "The farmers' union and the teachers' union marched on Monday.",
        "The farmers’ union, which didn’t join, said it’s the 1990s’ law.",
        "Rock ’n’ roll isn’t dead, the singer’s fans say.",
    ],
)
def test_apostrophes_never_open_or_close_a_quote(text: str) -> None:
    assert find_quoted(text) == []


def test_apostrophes_beside_a_real_quote_leave_it_whole() -> None:
    assert _texts("The farmers’ union said “we won’t go” on the nations’ day.") == ["we won’t go"]


def test_single_curly_quotes_pair() -> None:
    assert _texts("She called it ‘a disgrace’ on Monday.") == ["a disgrace"]


def test_an_apostrophe_inside_single_curly_quotes_does_not_close_them() -> None:
    assert _texts("The union said ‘we won’t go’ today.") == ["we won’t go"]


def test_single_quotes_inside_double_quotes_stay_in_the_outer_quote() -> None:
    assert _texts("“He told me ‘never again’ and left,” she said.") == ["He told me ‘never again’ and left"]


def test_an_unclosed_quote_stops_at_the_end_of_its_paragraph() -> None:
    text = "Officials met on Monday.\n“We will fight on and on\nThe talks resume next week."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "We will fight on and on"
    assert q.end == text.index("\nThe talks")
    assert not q.closed
    assert q.opens_paragraph


def test_an_unclosed_quote_does_not_swallow_the_next_paragraphs_quote() -> None:
    text = "Protesters carried a banner reading “No to war\nHe said “we will stay” and left."
    spans = find_quoted(text)
    assert _texts(text) == ["No to war", "we will stay"]
    assert [q.closed for q in spans] == [False, True]


def test_a_quote_running_on_into_the_next_paragraph() -> None:
    text = "“We will fight on.\n“And we will win,” he said."
    first, second = find_quoted(text)
    assert text[first.start : first.end] == "We will fight on."
    assert (first.closed, first.opens_paragraph) == (False, True)
    assert text[second.start : second.end] == "And we will win"
    assert (second.closed, second.opens_paragraph) == (True, True)


def test_opens_paragraph_only_when_the_mark_is_the_first_character() -> None:
    text = "He said “we will stay.”\n“We will stay,” he said."
    assert [q.opens_paragraph for q in find_quoted(text)] == [False, True]


def test_marks_never_pair_across_paragraphs() -> None:
    text = 'He said "we will\nnot go" today.'
    first = find_quoted(text)[0]
    assert text[first.start : first.end] == "we will"
    assert not first.closed
    assert all("\n" not in text[q.start : q.end] for q in find_quoted(text))


def test_a_stray_straight_closing_mark_opens_nothing() -> None:
    assert find_quoted('He said the talks were over." Then he left Tehran for Moscow.') == []


def test_a_stray_opening_mark_mid_paragraph_does_not_hide_a_later_quote() -> None:
    text = "Protesters gathered on Monday “ near the embassy. “We will not go,” he said."
    assert "We will not go" in _texts(text)


def test_words_counts_the_words_of_the_span() -> None:
    text = "He said “we will not go back” today."
    (q,) = find_quoted(text)
    assert q.words(text) == 5
