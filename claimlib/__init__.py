"""claimlib: who said what in English news — quotes, cues, speakers and numeric claims as spaCy components."""
from .api import extract, extract_many
from .pipeline import load
from .quantities import quantities
from .tokenizer import split_glued_punctuation
from .types import Article, NumericClaim, Quantity, Quote, Span, Speaker

__all__ = ["extract", "extract_many", "load", "quantities", "split_glued_punctuation", "Article", "NumericClaim", "Quantity", "Quote", "Span",
           "Speaker"]
__version__ = "0.1.0"
