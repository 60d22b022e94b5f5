"""One label per name across an article.

The small English model labels the same name differently from sentence to
sentence, and misses some repeats. After NER:

- each name gets the label most of its mentions have; a single word that is
  the surname of a PERSON named in full is a PERSON ("Bashar Assad" → "Assad");
- later, unlabelled repeats of a labelled name are labelled too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Final

from dateline.nlp.names import GIVEN_NAMES, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["NAME_LABELS", "harmonize_labels", "name_key"]

#: The entity labels dateline treats as names (numbers and dates are the time stage's).
NAME_LABELS: Final = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
_MAX_NAME: Final = 6
#: Words that mark a name as an organisation, a place or a phrase, never a person.
_ORG_WORDS: Final = frozenset(
    "ministry federation party union alliance association council commission company bank front movement "
    "army police foundation university institute group agency committee court government republic state "
    "city province region river sea lake mountain airport of and for the news press service corporation "
    "network center centre club league forces navy guard authority board office department embassy".split()
)


def name_key(span: Span) -> tuple[str, ...]:
    """Lower-cased tokens of a name without a leading 'the' or a trailing possessive."""
    toks = [t for t in span if not t.is_space]
    while toks and toks[0].lower_ == "the":
        toks = toks[1:]
    while toks and toks[-1].lower_ in {"'s", "’s", "'", "’"}:
        toks = toks[:-1]
    return tuple(t.lower_ for t in toks)


def harmonize_labels(doc: Doc) -> Doc:
    """Relabel and complete ``doc.ents`` so each name has one label."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    ents = [e for e in doc.ents]
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for e in ents:
        if e.label_ in NAME_LABELS and (key := name_key(e)):
            votes[key][e.label_] += len(key)  # longer mentions are more reliable
    label = {key: c.most_common(1)[0][0] for key, c in votes.items()}
    for key, lab in list(label.items()):
        if lab == "PERSON" and len(key) >= 2:
            surname = key[-1:]
            if surname in label and label[surname] != "PERSON" and votes[surname].get("PERSON", 0) == 0:
                label[surname] = "PERSON"
            label.setdefault(surname, "PERSON")
    for key, lab in list(label.items()):
        # "Natalia Rusu" labelled GPE while "Rusu" is a PERSON, or a known given name leads it
        if lab != "PERSON" and 2 <= len(key) <= 4 and all(w[:1].isalpha() for w in key) and not _ORG_WORDS & set(key):
            surnames = [w for w in key[1:] if label.get((w,)) == "PERSON" and votes[(w,)].get("PERSON", 0) > 0]
            if surnames or fold(key[0]) in GIVEN_NAMES:
                label[key] = "PERSON"
    out: list[Span] = []
    for e in ents:
        key = name_key(e)
        lab = label.get(key, e.label_) if e.label_ in NAME_LABELS else e.label_
        out.append(e if lab == e.label_ else Span(doc, e.start, e.end, label=lab))
    out.extend(_missed(doc, label, ents))
    doc.ents = filter_spans([_with_given_name(doc, e) for e in out])
    return doc


def _with_given_name(doc: Doc, ent: Span) -> Span:
    """A PERSON the model found without its first name ("Hatem [Jaziri]"): a lone capitalised proper
    noun just before it, when it is not a title ("President"), joins the name."""
    from spacy.tokens import Span

    from dateline.nlp.entities import TITLES

    if ent.label_ != "PERSON" or ent.start == 0:
        return ent
    prev = doc[ent.start - 1]
    before = doc[ent.start - 2] if ent.start >= 2 else None
    # a lone capitalised word: "High Commissioner Naveed Akhtar" and "Foreign Affairs Kenji Morikawa" are titles
    alone = before is None or not (before.is_title or before.is_upper)
    if prev.pos_ == "PROPN" and prev.is_title and alone and not prev.ent_type_ and prev.lower_ not in TITLES:
        return Span(doc, ent.start - 1, ent.end, label="PERSON")
    return ent


def _missed(doc: Doc, label: dict[tuple[str, ...], str], ents: list[Span]) -> list[Span]:
    """Capitalised repeats of known names that NER left unlabelled."""
    from spacy.tokens import Span

    covered = {i for e in ents for i in range(e.start, e.end)}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in label:
        if len(key) <= _MAX_NAME:
            by_first[key[0]].append(key)
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in covered or (not tok.is_title and not tok.is_upper) or tok.lower_ not in by_first:
            i += 1
            continue
        for key in sorted(by_first[tok.lower_], key=len, reverse=True):
            end = i + len(key)
            if end <= len(doc) and tuple(t.lower_ for t in doc[i:end]) == key and not covered & set(range(i, end)):
                found.append(Span(doc, i, end, label=label[key]))
                i = end - 1
                break
        i += 1
    return found
