"""NLP backbone: spaCy parsing with news fixes, and canonical entities."""

from dateline.nlp.entities import canonical_entities
from dateline.nlp.model import Parser, load_model

__all__ = ["Parser", "canonical_entities", "load_model"]
