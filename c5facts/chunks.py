"""Long texts through spaCy in bounded memory: one chunk at a time, glued back into one `Doc`.

spaCy's memory grows with the length of the text it is given (a 5 MB text in one call
peaks at many GB), so a text longer than the chunk size goes through the pipeline as a
stream of chunks, each processed and reduced before the next one is read:

- a chunk ends after a blank line where possible (no fact spans two paragraphs), else
  after a line end, else after a space;
- when it does not end on a blank line, its tail is given again to the next chunk: the
  chunk keeps its tokens up to the last sentence start at least `overlap` characters
  before its end, and the next chunk starts there. A fact in a sentence cut by the
  chunk's end is thus found once, whole, in the next chunk;
- the kept part of each chunk drops its tensors; the kept parts concatenate to the
  original text, so `Doc.from_docs` gives one `Doc` whose offsets (and the match
  objects of its span groups) index the whole text.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts.components.doc_text import KEYS

# Characters per chunk: ~100 000 keeps spaCy's working memory near 300 MB, and every
# ordinary article (a few thousand characters) goes through whole, as one chunk.
CHUNK_CHARS = 100_000
# The tail of a chunk given again to the next one (a long sentence, and then some).
OVERLAP = 2_000
_PARAGRAPH = "\n\n"


def chunk_end(text: str, start: int, size: int) -> int:
    """Where the chunk of at most `size` characters from `start` ends.

    After a blank line where possible, else after a line end, else after a space (a
    hard cut only inside one `size`-long word).

    >>> chunk_end("Un.\\n\\nDeux trois.", 0, 10)
    5
    """
    if len(text) - start <= size:
        return len(text)
    window = text[start : start + size]
    for sep in (_PARAGRAPH, "\n", " "):
        cut = window.rfind(sep)
        if cut > 0:
            return start + cut + len(sep)
    return start + size


def split_text(text: str, limit: int) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters that join back into `text`.

    Cuts fall where `chunk_end` puts them.

    >>> split_text("Un.\\n\\nDeux trois.\\nQuatre.", 12)
    ['Un.\\n\\n', 'Deux trois.\\n', 'Quatre.']
    """
    pieces: list[str] = []
    start = 0
    while True:
        end = chunk_end(text, start, limit)
        pieces.append(text[start:end])
        if end >= len(text):
            return pieces
        start = end


def stream_doc(
    nlp: Language,
    text: str,
    size: int,
    *,
    overlap: int = OVERLAP,
    check: Callable[[], None] | None = None,
) -> Doc:
    """`text` through `nlp` in chunks of at most `size` characters, glued into one `Doc`.

    Args:
        nlp: The pipeline.
        text: The whole text (any length).
        size: Characters per chunk; a text no longer goes through whole.
        overlap: At least this much of a chunk's tail is given again to the next chunk
            when the chunk does not end on a blank line (capped at half a chunk).
        check: Called before each chunk (raises to stop, e.g. on a time limit).

    Returns:
        One `Doc` of the whole text; its offsets index `text`.
    """
    overlap = min(overlap, size // 2)
    kept: list[Doc] = []
    start = 0
    while start < len(text) or not kept:
        if check is not None:
            check()
        end = chunk_end(text, start, size)
        doc = nlp(text[start:end])
        if end < len(text) and not text.startswith(_PARAGRAPH, end - len(_PARAGRAPH)):
            doc = _head(doc, len(doc.text) - overlap)
        if len(kept) or start + len(doc.text) < len(text):
            doc.tensor = numpy.zeros((0, 0), dtype="float32")  # not read after the pipeline
        kept.append(doc)
        start += len(doc.text)
    if len(kept) == 1:
        return kept[0]
    for doc in kept:
        # A chunk's text and words are not the whole's (and `from_docs` warns on them).
        for key in KEYS:
            doc.user_data.pop(key, None)
    return Doc.from_docs(kept, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]


def _head(doc: Doc, limit: int) -> Doc:
    """`doc` up to its last sentence start at or before character `limit` (or whole).

    The head keeps its span groups and the extension data of their spans (the match
    objects), as `Doc.from_docs` needs them.
    """
    if not doc.has_annotation("SENT_START"):
        return doc
    cut = next((t.i for t in reversed(doc) if t.i > 0 and t.idx <= limit and t.is_sent_start), None)
    if cut is None:
        return doc
    head = doc[:cut].as_doc()
    end = doc[cut].idx
    for key, group in doc.spans.items():
        head.spans[key] = [
            Span(head, s.start, s.end, label=s.label, kb_id=s.kb_id, span_id=s.id)
            for s in group
            if s.end <= cut
        ]
    for key, value in doc.user_data.items():
        if key in KEYS:
            continue  # the whole chunk's text and words, not the head's
        # Extension data of spans and tokens is keyed ("._.", name, start, end).
        if isinstance(key, tuple) and len(key) == 4:
            position = key[3] if key[3] is not None else key[2]
            if position is not None and position > end:
                continue
        head.user_data[key] = value
    return head
