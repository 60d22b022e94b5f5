"""One-to-one matching shared by the scorers: highest score first, each side used once."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["greedy", "prf"]


def greedy(pairs: Iterable[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    """``(score, gold index, pred index)`` candidates to matches ``(gold, pred, score)``, taken greedily
    by score (ties by gold, then pred index, so the result is deterministic)."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for score, i, j in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j, score))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
