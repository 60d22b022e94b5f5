"""Quote marks paired into quoted spans, one paragraph at a time.

Handles curly (“ ” ‘ ’), straight (" and the typewriter pair ``''``), and
guillemet (« ») marks. Single curly marks count only when an opening ‘ starts
a word, so apostrophes ("nations’ summit", "don’t") never open or close a
quote. A paragraph that ends inside a quote gives a span to the paragraph's
end marked ``closed=False``: in news this is a quote that runs on into the next
paragraph, which opens with a quote mark again. Marks never pair across
paragraphs, so one stray mark cannot swallow the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["QuotedSpan", "find_quoted"]

_OPEN_DOUBLE: Final = {"“": "”", "«": "»", "„": "“"}
_CLOSE_DOUBLE: Final = frozenset({"”", "»"})
_TRAILING: Final = " \t,;:—–-"


@dataclass(frozen=True)
class QuotedSpan:
    """The text between a pair of quote marks (marks excluded)."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended before the closing mark
    opens_paragraph: bool  # the opening mark is the paragraph's first character

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _paragraph_quotes(text: str, p_start: int, p_end: int) -> list[QuotedSpan]:
    out: list[QuotedSpan] = []
    i = p_start
    opener: str | None = None  # the closing mark we wait for; "S" for straight, "'" for single curly
    q_start = 0
    first_mark = p_start
    while i < p_end:
        ch = text[i]
        two = text[i : i + 2]
        is_straight = two in {"''", "``"} or ch == '"'
        width = 2 if two in {"''", "``"} else 1
        if opener is None:
            if ch in _OPEN_DOUBLE or (is_straight and _opens(text, i, width)):
                opener = "S" if is_straight else _OPEN_DOUBLE[ch]
                first_mark, q_start = i, i + width
                i += width
                continue
            if ch == "‘" and i + 1 < p_end and text[i + 1].isalnum() and (i == p_start or not text[i - 1].isalnum()):
                opener, first_mark, q_start = "’", i, i + 1
        else:
            closes = (
                (opener == "S" and is_straight)
                or (opener not in {"S", "’"} and (ch == opener or ch in _CLOSE_DOUBLE))
                or (opener == "’" and ch == "’" and (i + 1 >= p_end or not text[i + 1].isalnum()))
            )
            reopens = opener not in {"S", "’"} and ch in _OPEN_DOUBLE and ch != opener
            if closes or reopens:
                s, e = _trim(text, q_start, i)
                if e > s:
                    out.append(QuotedSpan(s, e, closes, first_mark == p_start))
                if reopens:  # a stray opening mark: the earlier quote never closed
                    first_mark, q_start = i, i + 1
                    opener = _OPEN_DOUBLE[ch]
                else:
                    opener = None
                i += width if is_straight else 1
                continue
        i += width if is_straight else 1
    if opener is not None:
        s, e = _trim(text, q_start, p_end)
        if e > s:
            out.append(QuotedSpan(s, e, False, first_mark == p_start))
    return out


def _opens(text: str, i: int, width: int) -> bool:
    """A straight mark opens when it starts a word: the next character is not a space
    (a stray closing mark, '…were over." Then he left', opens nothing)."""
    return i + width < len(text) and not text[i + width].isspace()


def find_quoted(text: str) -> list[QuotedSpan]:
    """Every quoted span in ``text``, in order, paired within paragraphs."""
    out: list[QuotedSpan] = []
    start = 0
    for m in re.finditer(r"\n", text + "\n"):
        end = m.start()
        if end > start:
            out.extend(_paragraph_quotes(text, start, end))
        start = m.end()
    return out
