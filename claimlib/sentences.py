"""Paragraph-aware sentence starts: a line break always starts a new sentence.

Runs before the parser (which keeps boundaries set before it), so headlines, captions and
boilerplate lines never run into the article's first sentence.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


class ParagraphSentences:
    """Sets ``is_sent_start`` on the first token after every line break."""

    def __init__(self, nlp: Language, name: str = "claimlib_sentences"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spaces = numpy.nonzero(doc.to_array(IS_SPACE))[0].tolist()  # only whitespace tokens are visited
        n = len(doc)
        for i in spaces:
            if "\n" in doc[i].text:
                j = i + 1
                while j < n and doc[j].is_space:
                    j += 1
                if j < n:
                    doc[j].is_sent_start = True
        return doc
