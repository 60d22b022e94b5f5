"""Find who said what to whom in one parsed article.

Two passes over the Doc:

1. **Quoted spans** (:mod:`dateline.quotes.marks`) that read as speech (a
   sentence, a clause with a verb, six words or more) are attributed to a cue
   verb outside the marks: the verb the quote hangs from in the parse, else the
   nearest cue in the quote's sentence or the short sentence after it
   (“…,” he said.). A quote with no cue of its own continues the previous one:
   the second half of a split quote ("…,” he said. “…”) keeps its cue, and a
   paragraph that opens with a quote and names nobody (a floating quote, or the
   next paragraph of a long one) keeps the speaker with no cue. Short quoted
   words with no verb ("free and fair elections", a film title) are terms, not
   quotes; a quote inside a reported clause (accused Washington of trying “to
   achieve …”) is part of that clause.
2. **Reported speech**: every cue verb left over with a subject (or "according
   to X") and a complement gives an indirect quote; its content is the
   complement ("said [that] the talks would resume").

Speakers and addressees are mention tokens here; :class:`~dateline.quotes.resolve.Resolver`
turns them into entities in the stage.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from dateline.quotes.lexicon import (
    ADDRESSEE_OBJECT,
    AUDIENCE,
    CLAUSE_CUES,
    CLAUSE_ONLY,
    CUE_KIND,
    MEDIUM_NOUNS,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
)
from dateline.quotes.marks import QuotedSpan, find_quoted

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Attribution", "find_attributions"]

_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Children of a cue verb that hold what was said.
_CONTENT_DEPS: Final = frozenset({"ccomp", "xcomp", "dobj", "obj", "attr", "oprd", "prep", "acomp"})
#: Prepositions that do not open content: time, place, manner, medium and agents.
_NOT_CONTENT_PREPS: Final = frozenset(
    {"in", "at", "during", "after", "before", "since", "from", "by", "through", "until", "via", "outside", "inside"}
)
#: Links a participle or a coordinated verb climbs to find the subject it shares.
_CLIMB: Final = frozenset({"advcl", "conj", "xcomp", "ccomp", "acl", "pcomp", "prep", "dobj", "pobj"})
#: Children after the content that still belong to it: "… at Liberty University", "… in March".
_TRAILING_DEPS: Final = frozenset({"prep", "npadvmod", "advmod", "dobj", "xcomp", "oprd", "acomp", "attr"})
#: Verbs whose subject is part of the content: "the plan seems to work".
_RAISING: Final = frozenset({"seem", "appear"})
_COLON_LINE: Final = re.compile(r"(?m)^(?P<src>[A-Z][\w.’'\- ]{0,40}?):[ \t]+(?P<content>[^\n]+)$")
_RELATIVE: Final = frozenset({"who", "which", "that", "whom"})
_SENTENCE_END: Final = (".", "?", "!", "…")
_SPEECHLIKE_WORDS: Final = 6


@dataclass
class Attribution:
    """One quote as offsets and mention tokens, before resolution."""

    start: int
    end: int
    direct: bool
    kind: str  # "speech", "act", "thought", "evidence" or "stance"
    cue: tuple[int, int] | None
    speaker: list[Token] = field(default_factory=list)
    addressee: list[Token] = field(default_factory=list)
    inherit: Attribution | None = None  # the attribution whose speaker this one keeps


def _speechlike(q: QuotedSpan, text: str, doc: Doc, tok_at: list[int]) -> bool:
    words = q.words(text)
    body = text[q.start : q.end]
    if words >= _SPEECHLIKE_WORDS or body.rstrip().endswith(_SENTENCE_END) or (q.opens_paragraph and words >= 3):
        return True
    if words < 3:
        return False
    toks = _tokens_in(doc, tok_at, q.start, q.end)
    return any(t.pos_ in {"VERB", "AUX"} for t in toks)


def _tokens_in(doc: Doc, tok_at: list[int], start: int, end: int) -> list[Token]:
    i = max(bisect_right(tok_at, start) - 1, 0)
    out = []
    while i < len(doc) and doc[i].idx < end:
        if doc[i].idx + len(doc[i]) > start and not doc[i].is_space:
            out.append(doc[i])
        i += 1
    return out


def _is_cue(tok: Token) -> bool:
    return tok.lemma_.lower() in CUE_KIND and tok.pos_ == "VERB"


def _according(tok: Token) -> bool:
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in _SUBJECTS:
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    # "…, adding that …", "and warned …", "issued a statement saying …", "responded by saying …":
    # the subject of the verb it hangs from
    tok = verb
    for _ in range(4):
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i or (tok.dep_ == "ccomp" and tok.tag_ != "VBG"):
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            for c in tok.children:
                if c.dep_ in _SUBJECTS:
                    return c
    return None


def _mention(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without appositives, relative clauses and what follows a comma."""
    if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
        head = head.head.head  # "Volkov, who said": the noun the clause hangs from
    cut: set[int] = set()
    # "Its spokeswoman, Eleni Stavrou" keeps the name in apposition; "Volkov, a former envoy" does not
    keep_appos = head.pos_ != "PROPN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)
    for c in head.children:
        if keep_appos and (c.dep_ == "appos" or (c.dep_ == "punct" and c.i < _appos_end(head))):
            continue
        if c.i > head.i and c.dep_ in {"appos", "relcl", "acl", "punct", "advcl", "cc", "conj", "parataxis"}:
            cut.update(t.i for t in c.subtree)
            if c.dep_ in {"punct"}:
                cut.update(range(c.i, head.right_edge.i + 1))
    toks = [t for t in head.subtree if t.i not in cut and not t.is_space]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in {"'s", "’s"}):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def _appos_end(head: Token) -> int:
    return max((c.right_edge.i for c in head.children if c.dep_ == "appos"), default=head.i)


def _addressee(verb: Token) -> list[Token]:
    lemma = verb.lemma_.lower()
    cands: list[Token] = []
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "obj"} and lemma in ADDRESSEE_OBJECT:
            cands.append(c)
        elif c.dep_ in {"prep", "dative"} and c.lower_ == "to" and lemma in CUE_KIND and CUE_KIND[lemma] == "speech":
            cands.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ == "in":
            for noun in (g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in SPEECH_NOUNS):
                for p in noun.children:
                    if p.dep_ == "prep" and p.lower_ == "to":
                        cands.extend(g for g in p.children if g.dep_ == "pobj")
    for c in cands:
        if c.pos_ in {"PRON"} and c.lower_ not in {"him", "her", "them", "it", "us"}:
            continue
        head = c.lemma_.lower()
        if head in AUDIENCE or head in MEDIUM_NOUNS:
            return []
        if c.dep_ in {"dobj", "obj"} and any(g.dep_ in {"ccomp", "xcomp"} for g in c.children):
            continue  # "told the ministry to …" parsed oddly; leave it
        return _mention(c)
    return []


#: The prepositions that open what a verb of saying is about: "spoke about", "warned of", "commented on".
_SPEECH_PREPS: Final = frozenset({"about", "of", "on", "for", "against", "over"})


def _content_tokens(verb: Token, skip: set[int]) -> list[Token]:
    """The children of ``verb`` that hold what it reports (their subtrees are the content)."""
    parts: list[Token] = []
    lemma = verb.lemma_.lower()
    kind = CUE_KIND.get(lemma)
    for c in verb.children:
        if c.i in skip or c.dep_ not in _CONTENT_DEPS:
            continue
        if c.i < verb.i and c.dep_ != "ccomp":
            continue  # only a clause comes before its cue: "The talks will resume, he said"
        if c.dep_ == "prep":
            low = c.lower_
            if low == "in":  # "said in a statement that …": the clause hangs from the noun
                parts.extend(_clause_of_medium(c))
            if any(g.ent_type_ in {"DATE", "TIME"} for g in c.children if g.dep_ == "pobj"):
                continue  # "said on Wednesday that …"
            if low in _NOT_CONTENT_PREPS or (kind == "speech" and low not in _SPEECH_PREPS):
                continue
            if low == "with" and lemma not in {"agree", "disagree", "concur"}:
                continue
        if c.dep_ in {"dobj", "obj"} and (lemma in ADDRESSEE_OBJECT or c.ent_type_ in {"DATE", "TIME"}):
            continue  # "told Farahani", "said Wednesday"
        parts.append(c)
    if any(p.i > verb.i for p in parts):
        parts = [p for p in parts if p.i > verb.i]  # "…: He said he had raised $100,000"
    return parts


def _clause_of_medium(prep: Token) -> list[Token]:
    out = []
    for noun in prep.children:
        if noun.dep_ == "pobj" and noun.lemma_.lower() in SPEECH_NOUNS:
            for g in noun.children:
                if g.dep_ == "ccomp" or (
                    g.dep_ in {"acl", "relcl"} and any(m.lower_ == "that" and m.dep_ == "mark" for m in g.children)
                ):
                    out.append(g)
    return out


def _content_span(verb: Token, skip: set[int]) -> tuple[int, int] | None:
    """Token range [first, last] of what ``verb`` reports, or None. The content runs on to the
    end of the verb's own phrase ("announced his candidacy in March at Liberty University"), short
    of a coordinated verb or a clause of its own."""
    parts = _content_tokens(verb, skip)
    if not parts:
        return None
    first = min(p.left_edge.i for p in parts)
    last = max(p.right_edge.i for p in parts)
    if first > verb.i:
        for c in verb.children:
            if c.i > last and c.dep_ in _TRAILING_DEPS:
                last = max(last, c.right_edge.i)
    if verb.dep_ == "relcl" and verb.head.i < verb.i and not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        first = min(first, verb.head.left_edge.i)  # "an office he has wanted to hold"
    return _trim_range(verb.doc, first, last)


def _trim_range(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    while first <= last and (
        doc[first].is_punct or doc[first].is_space or (doc[first].lower_ == "that" and doc[first].dep_ == "mark")
    ):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return (first, last) if last >= first else None


@dataclass
class _State:
    doc: Doc
    text: str
    tok_at: list[int]
    quotes: list[QuotedSpan]
    speechlike: list[bool]
    quote_of_token: dict[int, int]  # token index → index of the speech-like quote it is inside


def _quote_anchor(q_index: int, st: _State) -> Token | None:
    """The cue a quote hangs from in the parse: the first token outside it on its head chain."""
    q = st.quotes[q_index]
    toks = _tokens_in(st.doc, st.tok_at, q.start, q.end)
    for t in toks:
        h = t
        hops = 0
        while st.quote_of_token.get(h.i) == q_index and h.head.i != h.i and hops < 50:
            h = h.head
            hops += 1
        if st.quote_of_token.get(h.i) != q_index and h.i != t.i and _is_cue(h) and h.i not in st.quote_of_token:
            return h
    return None


def _nearby_cue(q_index: int, st: _State) -> Token | None:
    """The nearest cue outside quotes in the quote's sentence, or in a short one right after it."""
    q = st.quotes[q_index]
    doc = st.doc
    toks = _tokens_in(doc, st.tok_at, q.start, q.end)
    if not toks:
        return None
    sents = {toks[0].sent.start: toks[0].sent, toks[-1].sent.start: toks[-1].sent}
    after = toks[-1].sent.end
    # the closing mark and an attribution may have been split into their own sentence
    while after < len(doc) and (doc[after].is_punct and doc[after].text in {"”", '"', "''", "’", ","}):
        after += 1
    if after < len(doc) and "\n" not in doc[after - 1].text and len(doc[after].sent) <= 14:
        sents[doc[after].sent.start] = doc[after].sent
    best: tuple[int, Token] | None = None
    for sent in sents.values():
        for t in sent:
            if t.i in st.quote_of_token or t.is_space or not _is_cue(t):
                continue
            if "\n" in doc.text[min(t.idx, q.end) : max(t.idx, q.start)]:
                continue
            if _subject(t) is None and not any(c.dep_ in {"ccomp", "dobj"} for c in t.children):
                continue
            dist = min(abs(t.idx - q.end), abs(t.idx - q.start))
            if best is None or dist < best[0]:
                best = (dist, t)
    return best[1] if best else None


def _cue_span(verb: Token) -> tuple[int, int]:
    start, end = verb.idx, verb.idx + len(verb)
    for c in verb.children:  # "called for", "pointed to", "pointed out"
        if c.dep_ == "prt" and c.i == verb.i + 1:
            end = c.idx + len(c)
    return start, end


def find_attributions(doc: Doc, text: str, failures: list[tuple[int, Exception]] | None = None) -> list[Attribution]:
    """Every quote and attribution in the article, in text order. A quote or cue that fails is
    skipped and added to ``failures`` as ``(offset, error)``; the rest are still found."""
    if failures is None:
        failures = []
    tok_at = doc.to_array("IDX").tolist()  # token offsets, without a Token object each
    quotes = find_quoted(text)
    speechlike = [_speechlike(q, text, doc, tok_at) for q in quotes]
    quote_of_token: dict[int, int] = {}
    for n, q in enumerate(quotes):
        if speechlike[n]:
            for t in _tokens_in(doc, tok_at, q.start, q.end):
                quote_of_token[t.i] = n
    st = _State(doc, text, tok_at, quotes, speechlike, quote_of_token)
    out: list[Attribution] = []
    used_cues: set[int] = set()
    last_direct: dict[int, int] = {}  # paragraph start → index in out of its last attributed quote
    prev_attr: int | None = None
    spans_of: dict[int, QuotedSpan] = {}  # index in out → its quoted span
    for n, q in enumerate(quotes):
        if not speechlike[n]:
            continue
        try:
            cue = _quote_anchor(n, st)
            if cue is None:
                cue = _nearby_cue(n, st)
            if cue is not None and _partial(n, cue, st):
                continue  # part of a reported clause, which the indirect pass reads
            para = text.rfind("\n", 0, q.start) + 1
            if cue is not None:
                subj = _subject(cue)
                out.append(Attribution(q.start, q.end, True, CUE_KIND[cue.lemma_.lower()], _cue_span(cue),
                                       _mention(subj) if subj is not None else [], _addressee(cue)))  # fmt: skip
                used_cues.add(cue.i)
            elif para in last_direct:  # the second half of a split quote
                src = out[last_direct[para]]
                out.append(Attribution(q.start, q.end, True, src.kind, src.cue, src.speaker, src.addressee,
                                       inherit=src))  # fmt: skip
            elif (
                q.opens_paragraph
                and prev_attr is not None
                and _paragraphs_between(text, out[prev_attr].end, q.start) <= 2
            ):
                src = out[prev_attr]  # a floating quote: the speaker of the previous one
                out.append(Attribution(q.start, q.end, True, src.kind, None, [], [], inherit=src))
            elif q.words(text) >= _SPEECHLIKE_WORDS and text[q.start : q.end].rstrip().endswith(_SENTENCE_END):
                out.append(Attribution(q.start, q.end, True, "speech", None))
            else:
                continue
            last_direct[para] = len(out) - 1
            prev_attr = len(out) - 1
            spans_of[len(out) - 1] = q
        except Exception as err:  # noqa: BLE001 - one bad quote never costs the article its others
            failures.append((q.start, err))
    _attribute_backwards(out, spans_of, text)
    out.extend(_indirect(st, used_cues, failures))
    out.extend(_colon_lines(st, failures))
    out.sort(key=lambda a: a.start)
    for a in out:  # words inside a quotation are not its audience ("a banner reading “No to war in Tehran”")
        if any(t.i in quote_of_token for t in a.addressee):
            a.addressee = []
    return _outermost(out)


def _attribute_backwards(out: list[Attribution], spans_of: dict[int, QuotedSpan], text: str) -> None:
    """A quote that runs on into the next paragraph takes the cue that paragraph gives
    (“… [no closing mark] ¶ “…,” Volkov said.), in place of none or a floating guess."""
    for n in sorted(spans_of, reverse=True):
        q = spans_of[n]
        nxt = spans_of.get(n + 1)
        if q.closed or nxt is None or not nxt.opens_paragraph or _paragraphs_between(text, q.end, nxt.start) > 2:
            continue
        src = out[n + 1]
        if src.cue is None or out[n].cue is not None:
            continue
        out[n] = Attribution(q.start, q.end, True, src.kind, src.cue, src.speaker, src.addressee)


def _outermost(found: list[Attribution]) -> list[Attribution]:
    """Drop attributions nested in another's content ("she said he wants …" is one quote, whose
    content holds what he wants), so that every word has at most one role."""
    kept: list[Attribution] = []
    for a in sorted(found, key=lambda a: a.start - a.end):  # widest first: of two that hold each other, one stays
        if a.cue is None or not any(b.start <= a.cue[0] and a.cue[1] <= b.end for b in kept):
            kept.append(a)
    return sorted(kept, key=lambda a: a.start)


def _partial(n: int, cue: Token, st: _State) -> bool:
    """The quote is a fragment inside the clause ``cue`` reports (accused Kyiv of trying “to …”),
    not the whole of what was said: a word of that clause touches the quote mark on either side."""
    q = st.quotes[n]
    toks = _tokens_in(st.doc, st.tok_at, q.start, q.end)
    if not toks:
        return False
    content = {t.i for c in _content_tokens(cue, set()) for t in c.subtree}
    doc = st.doc

    def word(i: int, step: int) -> bool:
        while 0 <= i < len(doc) and (doc[i].is_punct or doc[i].is_space):
            if doc[i].text in {":", ";"} or "\n" in doc[i].text:
                return False
            i += step
        if not 0 <= i < len(doc) or i not in content:
            return False
        return not (doc[i].lower_ == "that" and doc[i].dep_ == "mark")

    return word(toks[0].i - 1, -1) or word(toks[-1].i + 1, 1)


def _indirect(st: _State, used: set[int], failures: list[tuple[int, Exception]]) -> list[Attribution]:
    doc = st.doc
    out: list[Attribution] = []
    for t in doc:
        try:
            if t.i in used or t.i in st.quote_of_token:
                continue
            if _according(t):
                a = _according_to(t, st)
                if a is not None:
                    out.append(a)
                continue
            if t.lower_ == "in" and (a := _in_source(t, st)) is not None:
                out.append(a)
                continue
            if not _is_cue(t):
                continue
            kind = CUE_KIND[t.lemma_.lower()]
            subj = _subject(t)
            passive = subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == t.i
            if passive and not any(c.dep_ == "xcomp" for c in t.children):
                # "Lewandowski was dismissed", "the plan was criticised by X": the subject is what the
                # attribution is about, the agent (if any) its source
                assert subj is not None
                agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                span = _trim_range(
                    doc, subj.left_edge.i, max([t.i, *(c.right_edge.i for c in _content_tokens(t, set()))])
                )
                if span is not None and kind != "speech":
                    out.append(Attribution(doc[span[0]].idx, doc[span[1]].idx + len(doc[span[1]]), False, kind,
                                           _cue_span(t), _mention(agent) if agent is not None else []))  # fmt: skip
                continue
            if subj is not None and t.lemma_.lower() in _RAISING:
                # "no one seems to have followed up": the subject belongs to what seems so; no source
                span = _trim_range(doc, subj.left_edge.i, t.right_edge.i)
                if span is not None:
                    out.append(Attribution(doc[span[0]].idx, doc[span[1]].idx + len(doc[span[1]]), False, kind,
                                           _cue_span(t), []))  # fmt: skip
                continue
            if subj is None:
                continue
            if t.lemma_.lower() in CLAUSE_ONLY and not any(c.dep_ == "ccomp" for c in _content_tokens(t, {subj.i})):
                continue
            parts = _content_tokens(t, {subj.i})
            span = _content_span(t, {subj.i})
            if span is None and t.dep_ == "relcl" and t.head.i < t.i:
                span = _trim_range(doc, t.head.left_edge.i, t.right_edge.i)  # "the fees he reported receiving"
            if (
                span is None
                and t.dep_ in {"parataxis", "ccomp", "advcl"}
                and t.lemma_.lower() in CLAUSE_CUES
                and not _is_cue(t.head)
            ):
                # "The talks will resume, he said" and "The talks, he said, will resume": the clause
                # the cue interrupts is its head
                span = _around_clause(t)
            elif kind == "speech" and not any(c.dep_ in {"ccomp", "acl", "relcl"} for c in parts):
                kind = "act"  # "accused Kyiv of …", "pledged $25 million", "agreed to meet": no reported clause
            if span is None:
                continue
            first, last = span
            if all(st.quote_of_token.get(i) is not None for i in range(first, last + 1) if not doc[i].is_punct):
                continue  # only quoted words, and those were attributed (or not) already
            if first == last and doc[first].pos_ == "PRON":
                continue  # "welcomed her": a pronoun says nothing of what was meant
            out.append(Attribution(doc[first].idx, doc[last].idx + len(doc[last]), False, kind, _cue_span(t),
                                   _mention(subj), _addressee(t)))  # fmt: skip
        except Exception as err:  # noqa: BLE001
            failures.append((t.idx, err))
    return out


def _colon_lines(st: _State, failures: list[tuple[int, Exception]]) -> list[Attribution]:
    """Headlines and transcripts: "Clinton: Trump's view of the world is dangerously wrong",
    "Matthews: Well, speculation is bad." A short name before a colon that opens a line is the source.
    Datelines ("TASHKENT:", "Hanoi, Vietnam:") are places, not speakers."""
    out = []
    for m in _COLON_LINE.finditer(st.text):
        try:
            found = _colon_line(m, st)
        except Exception as err:  # noqa: BLE001
            failures.append((m.start(), err))
            continue
        if found is not None:
            out.append(found)
    return out


def _colon_line(m: re.Match[str], st: _State) -> Attribution | None:
    doc, text = st.doc, st.text
    src = _tokens_in(doc, st.tok_at, m.start("src"), m.end("src"))
    if not src or m.group("src").isupper() or any(t.pos_ in {"VERB", "AUX"} for t in src):
        return None
    if not any(t.pos_ == "PROPN" for t in src) or all(t.ent_type_ in {"GPE", "LOC", "FAC", ""} for t in src):
        return None
    if not any(t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in src) and len(src) > 2:
        return None
    start, end = m.start("content"), m.end("content")
    while end > start and text[end - 1] in " .;":
        end -= 1
    if len(text[start:end].split()) < 3 or any(st.quote_of_token.get(t.i) is not None for t in src):
        return None
    colon = m.end("src")
    return Attribution(start, end, False, "speech", (colon, colon + 1), src, [])


def _around_clause(verb: Token) -> tuple[int, int] | None:
    head = verb.head
    if head.i == verb.i:
        return None
    first, last = head.left_edge.i, head.right_edge.i
    if verb.i > head.i and head.right_edge.i <= verb.right_edge.i:
        last = verb.left_edge.i - 1  # the cue closes the sentence
    return _trim_range(verb.doc, first, last)


def _according_to(tok: Token, st: _State) -> Attribution | None:
    """ "according to X, …": X is the source, the rest of the sentence the content."""
    to = st.doc[tok.i + 1]
    src = next((g for g in to.children if g.dep_ == "pobj"), None)
    if src is None:
        return None
    phrase = {t.i for t in tok.subtree} | {t.i for t in to.subtree} | {tok.i, to.i}
    return _sentence_rest(tok, phrase, "speech", (tok.idx, to.idx + len(to)), _mention(src))


def _in_source(tok: Token, st: _State) -> Attribution | None:
    """ "In a Fox News poll released Thursday, Trump led …", "In an interview, she …": the poll or
    interview is the source of the clause it opens. Not when it modifies a cue ("said in a statement")."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or _is_cue(tok.head) or tok.head.i in st.quote_of_token:
        return None
    noun = next((g for g in tok.children if g.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in SOURCE_NOUNS or tok.i > tok.head.i:
        return None
    kind = "speech" if noun.lemma_.lower() in SPEECH_NOUNS else "evidence"
    phrase = {t.i for t in tok.subtree}
    return _sentence_rest(tok, phrase, kind, (tok.idx, tok.idx + len(tok)), _mention(noun))


def _sentence_rest(
    tok: Token, phrase: set[int], kind: str, cue: tuple[int, int], speaker: list[Token]
) -> Attribution | None:
    """An attribution whose content is its sentence without the source ``phrase``; none when the
    sentence has a speaker of its own ("“…,” Khamenei told Putin, according to state media")."""
    rest = [t for t in tok.sent if t.i not in phrase and not t.is_space]
    if any(_is_cue(t) and CUE_KIND[t.lemma_.lower()] == "speech" and _subject(t) is not None for t in rest):
        return None
    before = [t for t in rest if t.i < tok.i]
    after = [t for t in rest if t.i > max(phrase)]
    side = after if len(after) >= len(before) else before
    while side and side[-1].is_punct:
        side.pop()
    while side and side[0].is_punct:
        side.pop(0)
    if not side:
        return None
    return Attribution(side[0].idx, side[-1].idx + len(side[-1]), False, kind, cue, speaker, [])


def _paragraphs_between(text: str, a: int, b: int) -> int:
    return text.count("\n", min(a, b), max(a, b))
