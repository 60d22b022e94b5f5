"""Quote scoring: PolNeAR (attribution relations) and the demo gold (resolved names, addressees).

The protocol, shared by both:

- Gold and predicted quotes are matched one to one, greedily by overlap =
  |gold ∩ pred| / |gold| in characters of content, highest first. P, R and F1
  are reported at overlap thresholds 0.3 and 0.8.
- On pairs matched at 0.3: speaker-span accuracy (the spans overlap, or both
  are empty) and cue accuracy (lower-cased strings equal).
- Strict spans per role (content, cue, source): exact offsets, and offsets
  with punctuation and spaces trimmed from both ends of each fragment.
- Direct (quote marks in the gold content) and indirect quotes are scored
  separately, each side restricted to its type.
- Attributed F1 by name (demo): a true positive needs a match at 0.3 and a
  resolved speaker name equal to the gold name (see :func:`same_name`).

PolNeAR's attributions are relations with one cue and possibly several content
fragments; dateline's quotes that share a cue (the halves of a split quote) are
joined into one before matching.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import msgspec

from dateline.eval.matching import greedy, prf
from dateline.nlp.names import fold
from dateline.quotes.lexicon import SPEECH
from dateline.quotes.stage import ALL_KINDS
from dateline.records import Article, Quote, Source
from dateline.settings import Settings

if TYPE_CHECKING:
    from dateline.nlp.model import Parser

__all__ = [
    "Relation",
    "attributed_f1",
    "match",
    "polnear_files",
    "relations",
    "same_name",
    "score_polnear",
    "score_quotes",
]

Spans = tuple[tuple[int, int], ...]
_PUNCT: Final = " \t\n\r\u00a0.,;:!?\"'“”‘’«»()[]—–-`"
_HONORIFICS: Final = frozenset(
    "mr mrs ms miss dr sir president minister senator sen rep gov governor gen general prime secretary "
    "foreign mayor king queen prince sheikh ayatollah chancellor ambassador judge professor prof".split()
)


@dataclass(frozen=True)
class Relation:
    """One attribution, gold or predicted: spans are ``(start, end)`` character offsets in ``doc``."""

    doc: str
    content: Spans
    cue: Spans = ()
    source: Spans = ()
    cue_text: str = ""
    direct: bool = False
    speech: bool = True
    speaker_name: str | None = None
    addressee_name: str | None = None
    pronoun: bool = False  # the gold speaker is written as a pronoun


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(a: Spans) -> int:
    return sum(e - s for s, e in a)


def match(gold: list[Relation], pred: list[Relation], threshold: float) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matches ``(gold index, pred index, overlap)`` with overlap ≥ ``threshold``."""
    by_doc: dict[str, list[int]] = {}
    for j, p in enumerate(pred):
        by_doc.setdefault(p.doc, []).append(j)
    pairs = []
    for i, g in enumerate(gold):
        size = _length(g.content)
        if size == 0:
            continue
        for j in by_doc.get(g.doc, ()):
            ov = _overlap(g.content, pred[j].content) / size
            if ov >= threshold and ov > 0:
                pairs.append((ov, i, j))
    return greedy(pairs)


def _norm_spans(spans: Spans, texts: dict[str, str], doc: str) -> Spans:
    text = texts[doc]
    out = []
    for s, e in spans:
        while s < e and text[s] in _PUNCT:
            s += 1
        while e > s and text[e - 1] in _PUNCT:
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def _strict(gold: list[Relation], pred: list[Relation], role: str, texts: dict[str, str] | None) -> float:
    def keys(items: Iterable[Relation | Relation]) -> list[tuple[str, Spans]]:
        out = []
        for q in items:
            spans: Spans = getattr(q, role)
            if texts is not None:
                spans = _norm_spans(spans, texts, q.doc)
            if spans:
                out.append((q.doc, spans))
        return out

    g, p = keys(gold), keys(pred)
    pool: dict[tuple[str, Spans], int] = {}
    for k in g:
        pool[k] = pool.get(k, 0) + 1
    tp = 0
    for k in p:
        if pool.get(k, 0) > 0:
            pool[k] -= 1
            tp += 1
    return prf(tp, len(p), len(g))[2]


def _words(name: str | None) -> list[str]:
    s = re.sub(r"[^\w\s]", " ", fold(name or ""))
    words = s.split()
    if len(words) == 1 and words[0] in _HONORIFICS:
        return []  # "President" alone names nobody
    while len(words) > 1 and words[0] in _HONORIFICS:  # titles before the name; "Mrs. King" keeps King
        words = words[1:]
    return words


def same_name(gold: str | None, pred: str | None) -> bool:
    """Names equal after NFKD, lower case, no punctuation or honorifics; or equal surnames."""
    g, p = _words(gold), _words(pred)
    if not g or not p:
        return False
    return g == p or g[-1] == p[-1]


def attributed_f1(gold: list[Relation], pred: list[Relation]) -> float:
    pairs = match(gold, pred, 0.3)
    tp = sum(1 for i, j, _ in pairs if same_name(gold[i].speaker_name, pred[j].speaker_name))
    return prf(tp, len(pred), len(gold))[2]


def _is_direct(q: Relation) -> bool:
    return q.direct


def _is_indirect(q: Relation) -> bool:
    return not q.direct


def _is_speech(q: Relation) -> bool:
    return q.speech


def score_quotes(gold: list[Relation], pred: list[Relation], texts: dict[str, str]) -> dict[str, float]:
    """The protocol's figures for one gold set."""
    out: dict[str, float] = {}
    for t in (0.3, 0.8):
        pairs = match(gold, pred, t)
        p, r, f = prf(len(pairs), len(pred), len(gold))
        tag = f"{int(t * 10):02d}"
        out[f"p_{tag}"], out[f"r_{tag}"], out[f"f1_{tag}"] = p, r, f
    pairs = match(gold, pred, 0.3)
    if pairs:
        out["speaker_span_acc"] = sum(
            1
            for i, j, _ in pairs
            if (not gold[i].source and not pred[j].source) or _overlap(gold[i].source, pred[j].source) > 0
        ) / len(pairs)
        out["cue_acc"] = sum(
            1
            for i, j, _ in pairs
            if " ".join(gold[i].cue_text.lower().split()) == " ".join(pred[j].cue_text.lower().split())
        ) / len(pairs)
    for role in ("content", "cue", "source"):
        out[f"exact_{role}_f1"] = _strict(gold, pred, role, None)
        out[f"norm_{role}_f1"] = _strict(gold, pred, role, texts)
    subsets: dict[str, Callable[[Relation], bool]] = {
        "direct": _is_direct,
        "indirect": _is_indirect,
        "speech": _is_speech,
    }
    for name, keep in subsets.items():
        gs, ps = [q for q in gold if keep(q)], [q for q in pred if keep(q)]
        for t in (0.3, 0.8):
            out[f"{name}_f1_{int(t * 10):02d}"] = prf(len(match(gs, ps, t)), len(ps), len(gs))[2]
    out["n_gold"] = float(len(gold))
    out["n_pred"] = float(len(pred))
    return out


# -- PolNeAR ------------------------------------------------------------------------------------

_QUOTE_MARKS: Final = re.compile(r"[\"“”«»]|''|``")


def polnear_files(data: Path, split: str) -> list[Path]:
    return [data / "quotes" / "polnear" / f"polnear_{split}.jsonl"]


def read_polnear(path: Path) -> Iterator[dict[str, object]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _cue_is_speech(cue_text: str, lemmas: list[str]) -> bool:
    low = " ".join(cue_text.lower().split())
    return low.startswith("according to") or low.rstrip().endswith(":") or any(w in SPEECH for w in lemmas)


def polnear_gold(doc: dict[str, object], lemma_of: dict[int, str]) -> list[Relation]:
    """The gold attributions of one PolNeAR article; ``lemma_of`` maps a character offset to a lemma."""
    out = []
    text = str(doc["text"])
    for q in doc["quotes"]:  # type: ignore[attr-defined]
        content = tuple(sorted((c["start"], c["end"]) for c in q["content"]))
        cue = tuple(sorted((c["start"], c["end"]) for c in q["cue"]))
        cue_text = " ".join(c["text"] for c in sorted(q["cue"], key=lambda c: c["start"]))
        lemmas = [lemma_of[i] for s, e in cue for i in range(s, e) if i in lemma_of]
        out.append(
            Relation(
                doc=str(doc["doc_id"]),
                content=content,
                cue=cue,
                source=tuple(sorted((c["start"], c["end"]) for c in q["speaker"])),
                cue_text=cue_text,
                direct=any(_QUOTE_MARKS.search(text[s:e]) for s, e in content),
                speech=_cue_is_speech(cue_text, lemmas),
            )
        )
    return out


def relations(doc_id: str, quotes: Iterable[Quote]) -> list[Relation]:
    """dateline's quotes as PolNeAR relations: quotes that share a cue are one relation, and a
    quote with no cue (a floating one) joins the relation of the same speaker before it."""
    groups: list[list[Quote]] = []
    by_cue: dict[tuple[int, int], list[Quote]] = {}
    last_of: dict[str, list[Quote]] = {}
    for q in sorted(quotes, key=lambda q: q.content.start):
        name = q.speaker.name if q.speaker is not None else None
        if q.cue is not None:
            key = (q.cue.start, q.cue.end)
            if key not in by_cue:
                by_cue[key] = []
                groups.append(by_cue[key])
            group = by_cue[key]
        elif name is not None and name in last_of:
            group = last_of[name]
        else:
            group = []
            groups.append(group)
        group.append(q)
        if name is not None:
            last_of[name] = group
    out = []
    for g in groups:
        head = next((q for q in g if q.cue is not None), g[0])
        sp = head.speaker
        out.append(
            Relation(
                doc=doc_id,
                content=tuple((q.content.start, q.content.end) for q in g),
                cue=((head.cue.start, head.cue.end),) if head.cue is not None else (),
                source=((sp.mention.start, sp.mention.end),) if sp is not None and sp.mention is not None else (),
                cue_text=head.cue.text if head.cue is not None else "",
                # the gold's rule: quote marks in the content (dateline's direct content has none)
                direct=any(q.direct or _QUOTE_MARKS.search(q.content.text) for q in g),
                speech=head.kind in {"speech", "act"},
                speaker_name=sp.name if sp is not None else None,
                addressee_name=head.addressee.name if head.addressee is not None else None,
            )
        )
    return out


def score_polnear(data: Path, settings: Settings, split: str) -> dict[str, float]:
    """Run the pipeline over one PolNeAR split and score it: all attributions (every kind of
    cue kept), and speech cues only (gold cues in :data:`~dateline.quotes.lexicon.SPEECH`)."""
    from dateline.nlp.model import Parser
    from dateline.pipeline import build_pipeline

    docs = list(read_polnear(polnear_files(data, split)[0]))
    every = msgspec.structs.replace(settings, quotes=msgspec.structs.replace(settings.quotes, kinds=tuple(ALL_KINDS)))
    parser = Parser(settings.nlp.model, settings.nlp.batch_size)
    pipeline = build_pipeline(every, parser)
    articles = (Article(id=str(d["doc_id"]), source=Source(None, None, "text"), text=str(d["text"])) for d in docs)
    gold: list[Relation] = []
    pred: list[Relation] = []
    texts: dict[str, str] = {}
    lemmas = _Lemmas(parser)
    for d, a in zip(docs, pipeline.process(articles), strict=True):
        texts[a.id] = a.text
        gold += polnear_gold(d, lemmas(a.text, d))
        pred += relations(a.id, a.quotes)
    return score_quotes(gold, pred, texts)


class _Lemmas:
    """Lemmas of the gold cue words, from the same model (a cue word is "said" → "say")."""

    def __init__(self, parser: Parser) -> None:
        self.nlp = parser.nlp

    def __call__(self, text: str, doc: dict[str, Any]) -> dict[int, str]:
        out: dict[int, str] = {}
        for q in doc["quotes"]:
            for c in q["cue"]:
                for t in self.nlp(c["text"]):
                    out[c["start"] + t.idx] = t.lemma_.lower()
        return out
