"""The quote scorer on hand-built relations: overlap matching, thresholds, strict spans, names, relations()."""

from __future__ import annotations

import pytest

from dateline.eval.quotes import Relation, attributed_f1, match, relations, same_name, score_quotes
from dateline.records import Party, Quote, Span, make_span


def _rel(*content: tuple[int, int], doc: str = "d", **kw) -> Relation:  # type: ignore[no-untyped-def]
    return Relation(doc=doc, content=tuple(content), **kw)


# -- matching -----------------------------------------------------------------------------------


def test_overlap_is_measured_against_the_gold_length() -> None:
    gold, short = [_rel((10, 20))], [_rel((10, 20))]
    long = [_rel((0, 100))]
    assert match(gold, long, 0.8) == [(0, 0, 1.0)]  # a long prediction covering the gold fully
    assert match(long, short, 0.3) == []  # a short prediction covers a tenth of a long gold
    assert match(gold, short, 0.8) == [(0, 0, 1.0)]


def test_fragments_add_up() -> None:
    gold = [_rel((0, 10), (20, 30))]
    assert match(gold, [_rel((0, 10))], 0.3) == [(0, 0, 0.5)]
    assert match(gold, [_rel((0, 30))], 0.8) == [(0, 0, 1.0)]


def test_one_prediction_matches_one_gold() -> None:
    gold = [_rel((0, 10)), _rel((10, 20))]
    pred = [_rel((0, 20))]
    assert match(gold, pred, 0.3) == [(0, 0, 1.0)]


def test_greedy_matching_takes_the_best_overlap_first() -> None:
    gold = [_rel((0, 10)), _rel((0, 20))]
    # the prediction fits gold 0 fully and gold 1 by half: it goes to gold 0, and gold 1 is left
    assert match(gold, [_rel((0, 10))], 0.3) == [(0, 0, 1.0)]
    # with a second prediction that fits gold 1 fully, each gold gets its own
    assert sorted(match(gold, [_rel((0, 10)), _rel((0, 20))], 0.3)) == [(0, 0, 1.0), (1, 1, 1.0)]


def test_documents_never_match_each_other() -> None:
    assert match([_rel((0, 10), doc="a")], [_rel((0, 10), doc="b")], 0.3) == []


def test_empty_gold_content_is_never_matched() -> None:
    assert match([_rel()], [_rel((0, 10))], 0.3) == []


@pytest.mark.parametrize(
    ("pred_end", "at_03", "at_08"),
    [(2, False, False), (3, True, False), (7, True, False), (8, True, True), (10, True, True)],
)
def test_threshold_boundaries_are_inclusive(pred_end: int, at_03: bool, at_08: bool) -> None:
    gold, pred = [_rel((0, 10))], [_rel((0, pred_end))]
    assert bool(match(gold, pred, 0.3)) is at_03
    assert bool(match(gold, pred, 0.8)) is at_08


# -- score_quotes -------------------------------------------------------------------------------

_TEXT = "“We will win,” he said. Farahani said the talks would resume."
_TEXTS = {"d": _TEXT}


def test_precision_recall_and_f1_at_both_thresholds() -> None:
    gold = [_rel((0, 10)), _rel((20, 30))]
    pred = [_rel((0, 5)), _rel((20, 30)), _rel((40, 50))]
    s = score_quotes(gold, pred, {"d": "x" * 60})
    assert (s["p_03"], s["r_03"]) == pytest.approx((2 / 3, 1.0))
    assert s["f1_03"] == pytest.approx(0.8)
    assert (s["p_08"], s["r_08"]) == pytest.approx((1 / 3, 0.5))
    assert s["f1_08"] == pytest.approx(0.4)
    assert (s["n_gold"], s["n_pred"]) == (2.0, 3.0)


def test_speaker_span_and_cue_accuracy_on_matched_pairs() -> None:
    gold = [
        _rel((0, 10), source=((30, 38),), cue_text="said"),
        _rel((40, 50), cue_text="told"),
        _rel((60, 70), source=((80, 85),), cue_text="according to"),
    ]
    pred = [
        _rel((0, 10), source=((34, 40),), cue_text=" Said "),  # overlapping source, same cue
        _rel((40, 50), cue_text="said"),  # both sources empty, wrong cue
        _rel((60, 70), source=((90, 95),), cue_text="according  to"),  # wrong source, same cue
        _rel((100, 110), source=((100, 101),), cue_text="said"),  # unmatched: counted in neither
    ]
    s = score_quotes(gold, pred, {"d": "x" * 120})
    assert s["speaker_span_acc"] == pytest.approx(2 / 3)
    assert s["cue_acc"] == pytest.approx(2 / 3)


def test_no_pairs_means_no_speaker_or_cue_accuracy() -> None:
    s = score_quotes([_rel((0, 10))], [_rel((20, 30))], {"d": "x" * 40})
    assert "speaker_span_acc" not in s
    assert "cue_acc" not in s
    assert s["f1_03"] == 0.0


def test_strict_spans_exact_and_with_punctuation_trimmed() -> None:
    marks = (0, _TEXT.index(" he"))  # “We will win,”
    bare = (1, _TEXT.index(",”"))  # We will win
    cue = _TEXT.index("said")
    gold = [_rel(marks, cue=((cue, cue + 4),), source=((cue - 3, cue - 1),))]
    pred = [_rel(bare, cue=((cue, cue + 5),), source=((cue - 3, cue - 1),))]  # "said." for the cue
    s = score_quotes(gold, pred, _TEXTS)
    assert _TEXT[bare[0] : bare[1]] == "We will win"
    assert s["exact_content_f1"] == 0.0
    assert s["norm_content_f1"] == 1.0
    assert s["exact_cue_f1"] == 0.0
    assert s["norm_cue_f1"] == 1.0
    assert s["exact_source_f1"] == s["norm_source_f1"] == 1.0


def test_direct_and_indirect_are_scored_apart() -> None:
    gold = [_rel((0, 10), direct=True), _rel((20, 30), direct=False), _rel((40, 50), direct=False, speech=False)]
    pred = [_rel((0, 10), direct=True), _rel((20, 30), direct=True), _rel((40, 50), direct=False, speech=True)]
    s = score_quotes(gold, pred, {"d": "x" * 60})
    # direct: gold 1, pred 2, one match; indirect: gold 2, pred 1, one match
    assert s["direct_f1_03"] == pytest.approx(2 / 3)
    assert s["indirect_f1_03"] == pytest.approx(2 / 3)
    # speech: gold 2, pred 3, two matches
    assert s["speech_f1_03"] == pytest.approx(0.8)
    assert s["f1_03"] == 1.0


# -- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("José Martí", "Jose Marti", True),
        ("Efraín Gutiérrez", "EFRAIN GUTIERREZ", True),
        ("President Vladimir Putin", "Vladimir Putin", True),
        ("Vladimir Putin", "Mr. Putin", True),
        ("Vladimir Putin", "Putin", True),
        ("Ana Quispe", "Maria Quispe", True),  # equal surnames count
        ("Ana Quispe", "Ana Mamani", False),
        ("Vladimir Putin", "Volodymyr Zelensky", False),
        ("Okonkwo-Bello", "Chidi Okonkwo-Bello", True),
        (None, "Vladimir Putin", False),
        ("Vladimir Putin", None, False),
        (None, None, False),
        ("President", "President", False),  # only an honorific is no name
    ],
)
def test_same_name(gold: str | None, pred: str | None, same: bool) -> None:
    assert same_name(gold, pred) is same


def test_a_surname_that_is_also_a_title_is_kept() -> None:
    assert same_name("Coretta Scott King", "Mrs. King")
    assert not same_name("Stephen King", "Stephen Prince")


def test_attributed_f1_needs_a_match_and_the_right_name() -> None:
    gold = [
        _rel((0, 10), speaker_name="Arkady Volkov"),
        _rel((20, 30), speaker_name="Dariush Farahani"),
        _rel((40, 50), speaker_name="Ana Quispe"),
    ]
    pred = [
        _rel((0, 10), speaker_name="Volkov"),  # right
        _rel((20, 30), speaker_name="Arkady Volkov"),  # matched, wrong speaker
        _rel((80, 90), speaker_name="Ana Quispe"),  # right name, no match
        _rel((40, 50)),  # matched, unresolved
    ]
    assert attributed_f1(gold, pred) == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    assert attributed_f1(gold, []) == 0.0


# -- relations() --------------------------------------------------------------------------------

_ARTICLE = (
    "“We came here to talk,” Volkov told Farahani. “We will leave when it is done.”\n"
    "Farahani believes the talks will resume.\n"
    "“Our partners know where we stand.”\n"
    "“Nobody knows anything.”"
)


def _span(phrase: str, length: int | None = None) -> Span:
    start = _ARTICLE.index(phrase)
    return make_span(_ARTICLE, start, start + (len(phrase) if length is None else length))


def _quotes() -> list[Quote]:
    volkov = Party("e1", "Arkady Volkov", _span("Volkov"))
    farahani = Party("e2", "Dariush Farahani", _span("Farahani"))
    told = _span("told")
    return [
        Quote("q1", _span("We came here to talk"), True, told, volkov, farahani),
        Quote("q2", _span("We will leave when it is done."), True, told, volkov, farahani),
        Quote(
            "q3",
            _span("the talks will resume"),
            False,
            _span("believes"),
            Party("e2", "Dariush Farahani", _span("Farahani believes", 8)),
            kind="thought",
        ),
        Quote("q4", _span("Our partners know where we stand."), True, None, Party("e1", "Arkady Volkov", None)),
        Quote("q5", _span("Nobody knows anything."), True),
    ]


def test_relations_join_quotes_that_share_a_cue_and_floating_quotes_of_the_speaker() -> None:
    rels = relations("d", reversed(_quotes()))  # the order given does not matter
    assert [tuple(_ARTICLE[s:e] for s, e in r.content) for r in rels] == [
        ("We came here to talk", "We will leave when it is done.", "Our partners know where we stand."),
        ("the talks will resume",),
        ("Nobody knows anything.",),
    ]
    volkov = rels[0]
    assert volkov.cue_text == "told"
    assert volkov.cue == ((_ARTICLE.index("told"), _ARTICLE.index("told") + 4),)
    assert volkov.source == ((_ARTICLE.index("Volkov"), _ARTICLE.index("Volkov") + 6),)
    assert (volkov.speaker_name, volkov.addressee_name) == ("Arkady Volkov", "Dariush Farahani")
    assert volkov.direct and volkov.speech
    assert all(r.doc == "d" for r in rels)


def test_relations_keep_kind_and_directness() -> None:
    _, farahani, nobody = relations("d", _quotes())
    assert (farahani.direct, farahani.speech, farahani.cue_text) == (False, False, "believes")
    assert farahani.speaker_name == "Dariush Farahani"
    assert (nobody.cue, nobody.cue_text, nobody.source, nobody.speaker_name) == ((), "", (), None)
    assert nobody.direct


def test_relations_then_scoring_rewards_the_joined_split_quote() -> None:
    gold = [
        Relation(
            "d",
            ((1, _ARTICLE.index(",”")), (_ARTICLE.index("We will"), _ARTICLE.index("done.") + 5)),
            speaker_name="Arkady Volkov",
            direct=True,
        )
    ]
    pred = relations("d", _quotes()[:2])
    assert match(gold, pred, 0.8) == [(0, 0, 1.0)]
    assert attributed_f1(gold, pred) == 1.0
