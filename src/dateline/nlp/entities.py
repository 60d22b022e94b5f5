"""Canonical entities: mentions of one person or body merged, named by their fullest form.

"Vladimir Putin", "Putin" and "Russia's President Vladimir Putin" become one
PERSON entity named "Vladimir Putin" with three mentions (the title is not part
of the name); "the United Nations" and "U.N." become one ORG.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from dateline.nlp.labels import NAME_LABELS
from dateline.records import Entity, Span, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = ["TITLES", "canonical_entities"]

# Titles and honorifics that open a person's mention but are not part of the name.
# Written for news English; issue #6 adds the full role lexicon.
TITLES: Final = frozenset(
    "president vice prime minister ministers foreign defence defense interior finance mr mr. mrs mrs. ms ms. "
    "dr dr. gen gen. general sen sen. senator rep rep. representative gov gov. governor king queen prince "
    "princess sheikh ayatollah pope chancellor secretary colonel col col. lt lt. lieutenant capt capt. "
    "captain adm adm. admiral judge justice rev rev. reverend sir lord lady dame professor prof prof. "
    "mayor commander chief premier emir sultan speaker ambassador envoy cardinal bishop rabbi imam "
    "supreme leader spokesman spokeswoman spokesperson former late sergeant sgt sgt. maj maj. major "
    "field marshal grand deputy acting state crown attorney".split()
)
_DROP_LEAD: Final = frozenset({"the", "a", "an"})
_POSSESSIVE: Final = frozenset({"'s", "’s", "'", "’"})


@dataclass
class _Mention:
    start: int  # character offsets into the article text
    end: int
    words: tuple[str, ...]  # as written
    label: str


@dataclass
class _Cluster:
    kind: str  # "person" or "other"
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def best(self) -> _Mention:
        # the longest form; among equals, one not in capitals (datelines shout), then the first
        return max(
            self.mentions,
            key=lambda m: (len(m.words), m.end - m.start, not all(w.isupper() for w in m.words), -m.start),
        )

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def _trim(ent: SpacySpan) -> _Mention | None:
    toks = [t for t in ent if not t.is_space]
    while toks and toks[0].lower_ in _DROP_LEAD:
        toks = toks[1:]
    while toks and toks[-1].lower_ in _POSSESSIVE:
        toks = toks[:-1]
    if ent.label_ == "PERSON":
        while len(toks) > 1 and toks[0].lower_ in TITLES:
            toks = toks[1:]
    if "(" in (words := [t.text for t in toks]) and ")" not in words[words.index("(") :]:
        toks = toks[: words.index("(")]  # "Southern Popular Front (FPS" lost its closing bracket
    while toks and toks[-1].is_punct and toks[-1].text not in {".", ")"}:
        toks = toks[:-1]
    while toks and toks[0].is_punct:
        toks = toks[1:]
    if not toks or not any(c.isalpha() for t in toks for c in t.text):
        return None
    return _Mention(toks[0].idx, toks[-1].idx + len(toks[-1].text), tuple(t.text for t in toks), ent.label_)


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one person: same surname, and first names equal or one an initial."""
    if a[-1].lower() != b[-1].lower():
        return False
    fa, fb = a[0].lower().rstrip("."), b[0].lower().rstrip(".")
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def _acronym(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _cluster_people(people: list[_Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    for m in (m for m in people if len(m.words) >= 2):
        home = next((c for c in clusters if _compatible(c.best.words, m.words)), None)
        if home is None:
            clusters.append(home := _Cluster("person"))
        home.mentions.append(m)
    for m in (m for m in people if len(m.words) == 1):
        word = m.words[0].lower()
        last = [c for c in clusters if len(c.best.words) >= 2 and c.best.words[-1].lower() == word]
        cands = last or [c for c in clusters if word in (w.lower() for w in c.best.words)]
        if cands:
            # several people share the name: the one mentioned most recently before it
            before = [c for c in cands if c.first < m.start]
            pick = max(
                before or cands, key=lambda c: max((x.start for x in c.mentions if x.start < m.start), default=-1)
            )
            pick.mentions.append(m)
        else:
            clusters.append(_Cluster("person", [m]))
    return clusters


def _cluster_others(others: list[_Mention]) -> list[_Cluster]:
    by_key: dict[tuple[str, ...], _Cluster] = {}
    for m in others:
        key = tuple(w.lower() for w in m.words)
        by_key.setdefault(key, _Cluster("other")).mentions.append(m)
    # "U.N." / "UN" join "United Nations" when one longer name has those initials
    for key, cluster in list(by_key.items()):
        letters = "".join(key).replace(".", "")
        if len(key) != 1 or not cluster.best.words[0].replace(".", "").isupper() or len(letters) < 2:
            continue
        longs = [k for k, c in by_key.items() if len(k) >= 2 and _acronym(c.best.words).lower() == letters]
        if len(longs) == 1:
            by_key[longs[0]].mentions.extend(cluster.mentions)
            del by_key[key]
    return list(by_key.values())


def canonical_entities(doc: Doc, text: str) -> tuple[Entity, ...]:
    """The article's entities, in order of first mention, ids ``e1``, ``e2``, …"""
    mentions = [m for e in doc.ents if e.label_ in NAME_LABELS and (m := _trim(e)) is not None]
    clusters = _cluster_people([m for m in mentions if m.label == "PERSON"])
    clusters += _cluster_others([m for m in mentions if m.label != "PERSON"])
    clusters.sort(key=lambda c: c.first)
    out = []
    for n, c in enumerate(clusters, 1):
        best = c.best
        label = "PERSON" if c.kind == "person" else Counter(m.label for m in c.mentions).most_common(1)[0][0]
        spans: tuple[Span, ...] = tuple(
            make_span(text, m.start, m.end) for m in sorted(c.mentions, key=lambda m: m.start)
        )
        out.append(Entity(id=f"e{n}", name=text[best.start : best.end], type=label, mentions=spans))
    return tuple(out)
