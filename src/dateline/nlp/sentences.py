"""Sentence starts that spaCy's parser gets wrong on news, set before it runs.

- Every paragraph break starts a sentence (a dateline or a headline-like line
  never runs into the next paragraph).
- A closing quote after . ? ! ends the sentence *after* the quote mark: the
  mark stays with its quote, and the next word starts a new sentence.
The parser keeps preset starts and fills in the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["preset_sentence_starts"]

_CLOSERS: Final = frozenset({"”", "’", "»"})
_STRAIGHT: Final = frozenset({'"', "''"})
_FINAL: Final = frozenset({".", "?", "!", "...", "…"})


def preset_sentence_starts(doc: Doc, breaks: Iterable[int] = ()) -> Doc:
    """Set ``is_sent_start`` at paragraph breaks, after closing quotes, and at the
    first token at or after each character offset in ``breaks``."""
    open_straight = False
    n = len(doc)
    for offset in breaks:
        starts = [t for t in doc if t.idx >= offset and not t.is_space]
        if starts and starts[0].i > 0:
            starts[0].is_sent_start = True
    for i, tok in enumerate(doc):
        if tok.is_space and "\n" in tok.text:
            j = i + 1
            if j < n:
                doc[j].is_sent_start = True
            open_straight = False
            continue
        if i > 0 and "\n" in doc[i - 1].whitespace_:
            tok.is_sent_start = True
            open_straight = False
        closing = tok.text in _CLOSERS or (tok.text in _STRAIGHT and open_straight)
        if tok.text in _STRAIGHT:
            open_straight = not open_straight
        if closing and i > 0 and doc[i - 1].text in _FINAL:
            tok.is_sent_start = False
            nxt = i + 1
            while nxt < n and doc[nxt].is_space:
                nxt += 1
            if nxt < n and (doc[nxt].is_title or doc[nxt].is_upper or doc[nxt].text in {"“", '"', "‘"}):
                doc[nxt].is_sent_start = True
    return doc
