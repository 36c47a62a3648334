"""claimlib: who said what in English news — quotes, cues and speakers as spaCy components."""
from .api import extract, extract_many
from .pipeline import load
from .types import Article, Quote, Span, Speaker

__all__ = ["extract", "extract_many", "load", "Article", "Quote", "Span", "Speaker"]
__version__ = "0.1.0"
