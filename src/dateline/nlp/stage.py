"""The ``nlp.entities.v1`` stage: canonical entities from the parsed Doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from dateline.nlp.entities import canonical_entities
from dateline.records import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dateline.settings import Settings

__all__ = ["make_entities_stage"]


def make_entities_stage(settings: Settings) -> object:
    """Build the stage; it has no state of its own."""

    def entities(article: Article, doc: Doc) -> Article:
        return msgspec.structs.replace(article, entities=canonical_entities(doc, article.text))

    return entities
