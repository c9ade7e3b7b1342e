"""The text of a document and its words as strings, read once per document.

`Doc.text` is not stored: each access joins a new `Token` object per token (about 5 ms for
an article of 800 words), and so does every `[t.text for t in doc]`. Several steps of
c5facts read the text or scan every word for a trigger, so the first pipe
(`c5facts_wordclass`) reads both from the document's arrays, without a Token object, and
keeps them in `doc.user_data`; every later reader takes them from there. A document's
text never changes after tokenisation, and no c5facts pipe retokenises, so the copies
cannot go stale; a reader outside the pipeline rebuilds them if they are missing.
"""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "c5facts_text"
WORDS_KEY = "c5facts_words"
LOWERS_KEY = "c5facts_lowers"
POS_KEY = "c5facts_pos"
VERBS_KEY = "c5facts_verbs"
PUNCT_KEY = "c5facts_punct"
KEYS = (
    TEXT_KEY,
    WORDS_KEY,
    LOWERS_KEY,
    POS_KEY,
    VERBS_KEY,
    PUNCT_KEY,
)  # what a chunk must drop before it is joined to others


def read(doc: Doc) -> tuple[str, list[str]]:
    """The text of `doc` and its tokens' texts, from its arrays, kept for later readers."""
    strings = doc.vocab.strings
    columns = doc.to_array(["ORTH", "SPACY"]).tolist()
    words = [strings[orth] for orth, _ in columns]
    text = "".join([w + " " if space else w for w, (_, space) in zip(words, columns, strict=True)])
    doc.user_data[TEXT_KEY] = text
    doc.user_data[WORDS_KEY] = words
    return text, words


def text_of(doc: Doc) -> str:
    """The text of `doc`: the kept copy, else read now (and kept)."""
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) else read(doc)[0]


def words_of(doc: Doc) -> list[str]:
    """The text of each token of `doc`, in order: the kept copy, else read now (and kept)."""
    words = doc.user_data.get(WORDS_KEY)
    return words if isinstance(words, list) else read(doc)[1]


def lowers_of(doc: Doc) -> list[str]:
    """The lower-case form of each token of `doc` (`Token.lower_`), read once and kept."""
    lowers = doc.user_data.get(LOWERS_KEY)
    if not isinstance(lowers, list):
        strings = doc.vocab.strings
        lowers = doc.user_data[LOWERS_KEY] = [strings[k] for k in doc.to_array("LOWER").tolist()]
    return lowers


def pos_of(doc: Doc) -> list[str]:
    """The word class of each token of `doc` (`Token.pos_`): the kept copy, else read now.

    `c5facts_wordclass` keeps the classes it writes; nothing changes them afterwards.
    """
    pos = doc.user_data.get(POS_KEY)
    if not isinstance(pos, list):
        strings = doc.vocab.strings
        pos = doc.user_data[POS_KEY] = [strings[k] for k in doc.to_array("POS").tolist()]
    return pos


def puncts_of(doc: Doc) -> list[bool]:
    """Whether each token of `doc` is punctuation (`Token.is_punct`), read once and kept."""
    punct = doc.user_data.get(PUNCT_KEY)
    if not isinstance(punct, list):
        punct = doc.user_data[PUNCT_KEY] = [bool(k) for k in doc.to_array("IS_PUNCT").tolist()]
    return punct


def per_token(doc: Doc, key: str) -> list[bool | None]:
    """A list of one unknown (None) per token of `doc`, kept under `key` for later readers.

    For a reading of a token that depends on nothing but the document and is asked for
    many times (whether a word is a verb: every date looks for its clause's verb).
    """
    found = doc.user_data.get(key)
    if not isinstance(found, list):
        found = doc.user_data[key] = [None] * len(doc)
    return found
