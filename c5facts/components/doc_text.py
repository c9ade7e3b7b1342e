"""The text of a document, joined once per document.

`Doc.text` is not stored: each access joins a new `Token` object per token (about 5 ms for
an article of 800 words), and six steps of c5facts read it. The first pipe
(`c5facts_wordclass`) already walks every token, so it joins the text once and keeps it in
`doc.user_data`; every later reader takes it from there. A document's text never changes
after tokenisation (retokenising merges or splits tokens, never characters), so the copy
cannot go stale.
"""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "c5facts_text"


def remember(doc: Doc, text: str) -> None:
    """Keep `text`, the text of `doc`, for the later readers."""
    doc.user_data[TEXT_KEY] = text


def text_of(doc: Doc) -> str:
    """The text of `doc`: the kept copy, else joined now (and kept)."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        remember(doc, text)
    return text
