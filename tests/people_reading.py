"""Shared by the people tests: the people of a text when the base model reads given spans."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from c5facts import Extractor, spans


def read_as(extractor: Extractor, text: str, ents: list[tuple[str, str]]) -> list[str]:
    """People of `text` when the base model reads exactly `ents` ((words, label), in order).

    The rules are meant for the model's readings seen on real articles; this sets one.
    """
    doc = read_doc(extractor, text, ents)  # kept alive while its span group is read
    return [span.text for span in doc.spans[spans.PEOPLE]]


def read_doc(extractor: Extractor, text: str, ents: list[tuple[str, str]]) -> Doc:
    """The processed `Doc` of `text` when the base model reads exactly `ents` (see `read_as`)."""
    doc = extractor.nlp.make_doc(text)
    for name, proc in extractor.nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            read: list[Span] = []
            at = 0
            for words, label in ents:
                start = text.index(words, at)
                at = start + len(words)
                span = doc.char_span(start, at, label=label)
                assert span is not None
                read.append(span)
            doc.ents = read
    return doc
