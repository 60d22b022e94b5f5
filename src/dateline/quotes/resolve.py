"""Who a speaker or addressee mention is: a rule-based resolver over one article.

No coreference model for spaCy 3.8 is on PyPI, so this one is written from
the ground up for news attribution. It resolves a mention (the tokens of "he",
"the Turkmen leader", "a spokesman for the ministry", "Volkov") to one of the
article's canonical entities (``nlp.entities.v1``):

1. **Names.** A mention that contains a name's tokens is that name's entity;
   its head token wins over a name inside a modifier ("a spokesman for the
   Russian Foreign Ministry" is the ministry; "Russia's President Vladimir
   Putin" is Putin).
2. **Pronouns** (he, she, they, it) take the most salient earlier entity that
   agrees in gender and number. Salience: how recently it was mentioned, a
   bonus for being the subject or the last speaker, and a penalty for every
   paragraph in between. Gender comes from the article's own evidence: titles
   (Mr, Mrs), gendered role nouns (spokeswoman), a short list of first names,
   and the pronouns that follow the person's mentions.
3. **Roles and titles** ("the minister", "the Turkmen leader", "the ministry")
   take the latest entity introduced with that role noun ("Foreign Minister
   Arkady Volkov", "Volkov, the foreign minister"), else with a title that
   implies it (an ayatollah is "the top cleric"), or an organisation whose name
   holds it ("the Russian Foreign Ministry"). Modifiers choose among several
   ("the Turkmen leader" is the one named with Turkmenistan). "A commander" and
   "officials" bring in someone new and resolve to no one.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from dateline.nlp.names import FEMALE_NAMES, MALE_NAMES, fold
from dateline.quotes.lexicon import ROLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from dateline.records import Entity

__all__ = ["Resolver"]

MALE_PRONOUNS: Final = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS: Final = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS: Final = frozenset({"they", "them", "their", "themselves", "we", "us", "our"})
NEUTER_PRONOUNS: Final = frozenset({"it", "its", "itself"})
PRONOUNS: Final = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS

_MALE_WORDS: Final = frozenset(
    "mr mr. sir lord king prince sheikh emir sultan father brother son husband spokesman chairman "
    "congressman councilman businessman ayatollah imam bishop cardinal pope rabbi uncle grandfather "
    "boy man widower".split()
)
_FEMALE_WORDS: Final = frozenset(
    "mrs mrs. ms ms. miss lady dame queen princess mother sister daughter wife spokeswoman chairwoman "
    "congresswoman councilwoman businesswoman aunt grandmother girl woman widow".split()
)
#: Group nouns that "they" can refer to besides organisations and countries.
_GROUP_LABELS: Final = frozenset({"ORG", "GPE", "NORP"})
_PERSON_ROLE_POS: Final = frozenset({"NOUN", "PROPN"})


@dataclass
class _Known:
    entity: Entity
    gender: str | None = None  # "m", "f" or None
    roles: set[str] = field(default_factory=set)  # lemmas of role nouns: minister, leader, cleric
    mentions: list[int] = field(default_factory=list)  # token indices of mention heads
    broad: set[str] = field(default_factory=set)  # nouns its roles imply: an ayatollah is a cleric
    context: set[str] = field(default_factory=set)  # words of the phrases it is named in


class Resolver:
    """Resolve mentions in one parsed article to its canonical entities."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...]) -> None:
        self.doc = doc
        self.known: dict[str, _Known] = {e.id: _Known(e) for e in entities}
        # token index → entity id, for every token inside an entity mention
        self.by_token: dict[int, str] = {}
        for e in entities:
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    self.by_token.setdefault(t.i, e.id)
                self.known[e.id].mentions.append(span.root.i)
                self._learn_roles(self.known[e.id], span)
        for k in self.known.values():
            k.mentions.sort()
            if k.entity.type == "PERSON":
                k.broad = {broad for role in k.roles for broad in ROLE_NOUNS.get(role, ())}
        self._learn_gender()
        # (token index, entity id) of every mention head in order, for salience
        self.timeline = sorted((i, eid) for eid, k in self.known.items() for i in k.mentions)
        self._timeline_pos = [i for i, _ in self.timeline]
        self.last_speaker: str | None = None

    # -- learning from the article ---------------------------------------------------------

    def _learn_roles(self, known: _Known, span: SpacySpan) -> None:
        """Role nouns around a mention: "Foreign Minister Volkov", "Volkov, the minister"."""
        doc = self.doc
        root = span.root
        # words before the name in its noun phrase: titles and compounds
        j = span.start - 1
        while j >= 0 and j >= span.start - 5 and doc[j].head.i in range(span.start, span.end + 1):
            if doc[j].pos_ in _PERSON_ROLE_POS or doc[j].pos_ == "ADJ":
                known.roles.add(doc[j].lemma_.lower())
            j -= 1
        for t in span:
            if t.pos_ in _PERSON_ROLE_POS and t.ent_type_ == "" and t.i != root.i:
                known.roles.add(t.lemma_.lower())
        # "Volkov, the foreign minister" / "the foreign minister, Volkov" (appositives): the role
        # noun and its modifiers, not the rest ("chairman of the alliance" is a chairman)
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        for noun in nouns:
            for t in (noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})):
                if t.pos_ in _PERSON_ROLE_POS | {"ADJ"} and (t.i < span.start or t.i >= span.end):
                    known.roles.add(t.lemma_.lower())
        # the words of the name's own phrase: "Turkmenistan's President Gurbanguli Berdimukhamedov"
        for t in root.subtree:
            known.context.add(t.lower_)
        for noun in nouns:
            known.context.update(t.lower_ for t in noun.subtree)
        # "the foreign minister" in a predicate: "Volkov, who is the foreign minister" is left alone
        if known.entity.type != "PERSON":  # "the ministry" for the Ministry of Mining and Heavy Industry
            known.roles.update(t.lemma_.lower() for t in span if t.pos_ in _PERSON_ROLE_POS)
            known.roles.add(known.entity.name.split()[-1].lower())

    def _learn_gender(self) -> None:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for eid, k in self.known.items():
            if k.entity.type != "PERSON":
                continue
            first = fold(k.entity.name.split()[0])
            if first in MALE_NAMES:
                votes[eid]["m"] += 2
            if first in FEMALE_NAMES:
                votes[eid]["f"] += 2
            for role in k.roles:
                if role in _MALE_WORDS:
                    votes[eid]["m"] += 3
                if role in _FEMALE_WORDS:
                    votes[eid]["f"] += 3
            for i in k.mentions:
                if i > 0 and self.doc[i - 1].lower_ in _MALE_WORDS:
                    votes[eid]["m"] += 3
        # a gendered pronoun votes for its likely antecedent: the latest person that was a
        # subject in the 40 tokens before it, else the latest person
        people = sorted((i, eid) for eid, k in self.known.items() if k.entity.type == "PERSON" for i in k.mentions)
        pos = [i for i, _ in people]
        for t in self.doc:
            low = t.lower_
            g = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None
            if g is None:
                continue
            j = bisect_right(pos, t.i - 1)
            near = [(i, eid) for i, eid in people[max(0, j - 4) : j] if t.i - i <= 40]
            if not near:
                continue
            subjects = [(i, eid) for i, eid in near if _is_subject(self.doc[i])]
            votes[(subjects or near)[-1][1]][g] += 1
        for eid, v in votes.items():
            if v:
                (g, n), *rest = v.most_common()
                if not rest or n > rest[0][1]:
                    self.known[eid].gender = g

    # -- resolution -------------------------------------------------------------------------

    def resolve(self, tokens: list[Token]) -> str | None:
        """The entity id for a mention, or None."""
        if not tokens:
            return None
        head = _head(tokens)
        eid = self.by_token.get(head.i)
        if eid is not None:
            return eid
        if head.lower_ in PRONOUNS:
            return self._pronoun(head)
        for c in head.children:  # "Its spokeswoman, Eleni Stavrou"
            if c.dep_ == "appos" and c.i in self.by_token:
                return self.by_token[c.i]
        # names inside the mention, leaving out possessors ("Kanoute's lawyer" is not Kanoute)
        owned = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        names = list(dict.fromkeys(self.by_token[t.i] for t in tokens if t.i in self.by_token and t.i not in owned))
        people = [n for n in names if self.known[n].entity.type == "PERSON"]
        if people:
            return people[0]
        # "a separatist commander" brings someone new in; "party officials" are several people
        new = any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "some"} for c in head.children)
        if not new and head.tag_ not in {"NNS", "NNPS"}:
            mods = [c.lower_ for c in head.children if c.dep_ in {"amod", "compound"} and c.i < head.i]
            found = self._role(head.lemma_.lower(), head.i, mods)
            if found is not None:
                return found
        # "a spokesman for the Russian Foreign Ministry": the body named inside the mention
        return names[0] if names else None

    def _role(self, role: str, before: int, mods: list[str]) -> str | None:
        """The latest entity introduced with ``role`` (else with a role that implies it: an
        ayatollah for "the cleric"); modifiers ("the Lao minister") pick among several."""
        for broad in (False, True):
            cands: list[tuple[int, int, str]] = []
            for eid, k in self.known.items():
                if role not in (k.broad if broad else k.roles):
                    continue
                prior = [i for i in k.mentions if i < before]
                if not prior:
                    continue
                fit = sum(1 for m in mods if len(m) >= 3 and any(w.startswith(m[:4]) for w in k.context))
                cands.append((fit, prior[-1], eid))
            if cands:
                return max(cands)[2]
        return None

    def _pronoun(self, tok: Token) -> str | None:
        low = tok.lower_
        want_person = low in MALE_PRONOUNS | FEMALE_PRONOUNS
        gender = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None
        plural = low in PLURAL_PRONOUNS
        best: tuple[float, str] | None = None
        j = bisect_right(self._timeline_pos, tok.i - 1)
        para_breaks = 0
        seen: set[str] = set()
        last_i = tok.i
        for i, eid in reversed(self.timeline[:j]):
            if tok.i - i > 400:
                break
            para_breaks += _paragraphs_between(self.doc, i, last_i)
            last_i = i
            if eid in seen:
                continue
            seen.add(eid)
            k = self.known[eid]
            etype = k.entity.type
            if want_person:
                if etype != "PERSON" or (k.gender is not None and k.gender != gender):
                    continue
            elif plural:
                if etype not in _GROUP_LABELS:
                    continue
            elif etype not in _GROUP_LABELS:
                continue
            score = -(tok.i - i) / 20 - 2.0 * para_breaks
            if _is_subject(self.doc[i]):
                score += 1.5
            if eid == self.last_speaker:
                score += 2.0
            if k.gender == gender and gender is not None:
                score += 1.0
            if best is None or score > best[0]:
                best = (score, eid)
        return best[1] if best else None

    def note(self, tokens: list[Token], eid: str | None) -> None:
        """Record a resolved mention ("the minister", "he") so later pronouns can reach it."""
        if eid is None or not tokens:
            return
        i = _head(tokens).i
        if (i, eid) not in self.timeline:
            insort(self.timeline, (i, eid))
            self._timeline_pos = [x for x, _ in self.timeline]

    def name(self, eid: str | None) -> str | None:
        return self.known[eid].entity.name if eid is not None else None


def _is_subject(tok: Token) -> bool:
    return tok.dep_ in {"nsubj", "nsubjpass"} or (
        tok.dep_ in {"compound", "appos"} and tok.head.dep_ in {"nsubj", "nsubjpass"}
    )


def _head(tokens: list[Token]) -> Token:
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[0]


def _paragraphs_between(doc: Doc, a: int, b: int) -> int:
    """Paragraph breaks between tokens ``a`` and ``b`` (spaCy keeps newlines as space tokens)."""
    return sum(1 for t in doc[a:b] if t.is_space and "\n" in t.text)
