"""The tense of the clause a time expression sits in, from the parse: it decides the direction
of "on Monday", "in March" and "Sept. 30" (past in "visited", future in "will meet")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from dateline.time.anchor import Tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["tense_finder"]

_FUTURE_AUX: Final = frozenset({"will", "'ll", "’ll", "shall", "wo", "would", "'d", "could", "might", "may"})
#: Verbs and adjectives that point ahead even in the present tense: "is scheduled to meet Monday".
_AHEAD: Final = frozenset({"schedule", "expect", "plan", "due", "set", "slate", "intend", "prepare", "hope", "aim"})
_MAX_HOPS: Final = 6


def _verb_of(tok: Token) -> Token | None:
    for _ in range(_MAX_HOPS):
        if tok.pos_ in {"VERB", "AUX"} or tok.lemma_.lower() in _AHEAD:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _tense(verb: Token) -> Tense:
    chain = [verb]
    if verb.dep_ in {"xcomp", "ccomp"} and verb.tag_ in {"VB", "VBG"}:
        chain.append(verb.head)  # "plans to meet Monday": the planning verb's tense
    for v in chain:
        aux = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
        if any(a.lower_ in _FUTURE_AUX for a in aux):
            return "future"
        if any(a.lower_ == "going" for a in aux) or (
            v.lower_ == "going" and any(c.dep_ == "xcomp" for c in v.children)
        ):
            return "future"
        if v.lemma_.lower() in _AHEAD and v.dep_ != "acl":
            return "future"  # "plans to strike on Saturday", "planned a rally on Saturday", "is scheduled for Monday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in verb.children if a.dep_ in {"aux", "auxpass"}):
        return "past"
    if verb.tag_ == "VBN" and any(a.lower_ == "had" for a in verb.children if a.dep_ == "aux"):
        return "past"  # "had met on Monday"; "has given them until Tuesday" is present
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in {"VBZ", "VBP"} for a in verb.children):
        return "future"  # "is meeting on Monday"
    return "present"


def tense_finder(doc: Doc) -> Callable[[int, int], Tense]:
    """A function ``(start, end) -> tense`` for character offsets into ``doc``'s text."""
    starts = doc.to_array("IDX").tolist()  # token offsets, without a Token object each

    def tense_at(start: int, end: int) -> Tense:
        i = max(bisect_right(starts, start) - 1, 0)
        verb = _verb_of(doc[i])
        return _tense(verb) if verb is not None else "present"

    return tense_at
