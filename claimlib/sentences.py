"""Paragraph-aware sentence starts: a line break always starts a new sentence.

Runs before the parser (which keeps boundaries set before it), so headlines, captions and
boilerplate lines never run into the article's first sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphSentences:
    """Sets ``is_sent_start`` on the first token after every line break."""

    def __init__(self, nlp: Language, name: str = "claimlib_sentences"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for tok in doc:
            if tok.is_space:
                after_break = after_break or "\n" in tok.text
                continue
            if after_break and tok.i > 0:
                tok.is_sent_start = True
            after_break = False
        return doc
