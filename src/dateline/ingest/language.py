"""A small, offline language guess from function words and scripts.

It tells English from the other languages news arrives in, which is what the
English-only stages need; issue #7 brings a fuller detector.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["detect_language"]

# The commonest function words of each language (from general frequency lists),
# chosen so that few are shared between languages.
_WORDS: Final = {
    "en": "the and of to in is that was for with on are by this have from at which it be has were said not".split(),
    "de": "der die und den das nicht ist von sich mit dem ein auch auf eine für im sie werden bei noch aus".split(),
    "fr": "le la les des et est une dans pour pas que qui sur au aux ce du sont avec plus par mais été".split(),
    "es": "el la los las de que y en del se por un una con para es al como su más pero sus fue".split(),
    "it": "il di che la per non una sono della del gli le con si da nel anche alla ha dei più".split(),
    "pt": "de que não em um uma para com os da do no na as dos se mais foi ao pelo também".split(),
    "nl": "de het een van en in is dat op te zijn voor met niet die aan er ook als bij".split(),
    "pl": "w i na nie z się do że jest to o jak po od przez za tak dla są ale".split(),
    "sv": "och att det som en på är av för med till den har inte om ett var men".split(),
    "tr": "ve bir bu da de için ile olarak daha çok gibi ama en olan kadar sonra".split(),
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena".split(),
}
_SCRIPTS: Final = (
    ("ru", re.compile(r"[\u0400-\u04FF]")),
    ("ar", re.compile(r"[\u0600-\u06FF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("el", re.compile(r"[\u0370-\u03FF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("ja", re.compile(r"[\u3040-\u30FF]")),
    ("ko", re.compile(r"[\uAC00-\uD7AF]")),
    ("hi", re.compile(r"[\u0900-\u097F]")),
    ("th", re.compile(r"[\u0E00-\u0E7F]")),
)
_TOKEN: Final = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code, or ``None`` when the text is too short to tell."""
    sample = text[:5000]
    letters = sum(c.isalpha() for c in sample)
    if letters < 20:
        return None
    for code, rx in _SCRIPTS:
        if len(rx.findall(sample)) > letters * 0.3:
            return code
    words = [w.lower() for w in _TOKEN.findall(sample)]
    if len(words) < 5:
        return None
    scores = {code: sum(w in vocab for w in words) for code, vocab in _SETS.items()}
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] >= max(2, len(words) * 0.05) else None


_SETS: Final = {code: frozenset(words) for code, words in _WORDS.items()}
