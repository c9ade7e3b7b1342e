"""Clauses of reported speech: where a reported statement starts and ends, who the source is.

Helpers of `quote_indirect`: the span of a reported clause (to a semicolon, a line break,
or the main clause resuming: ", mais a ..."), whether it lies outside any quotation, the
"selon" / "d'après" words and the source they name, and the subject positions of a clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from c5facts.components.doc_text import lowers_of
from c5facts.components.quote_context import MARKS
from c5facts.components.quote_marks import MIN_WORDS
from c5facts.matches import MentionRef

MARK_CHARS = frozenset('«»“”"')
RESUME = frozenset(["mais", "et", "puis"])  # "P, mais a ...": back to the main clause
PREPOSITIONS = frozenset(
    [
        "de",
        "d'",
        "d’",
        "du",
        "des",
        "à",
        "au",
        "aux",
        "par",
        "pour",
        "dans",
        "devant",
        "avec",
        "en",
        "chez",
        "selon",
        "contre",
        "sur",
        "auprès",
        "vers",
        "entre",
        "sans",
        "sous",
        "lors",
    ]
)


def outside_quotation(text: str, start: int, end: int) -> bool:
    """Whether `start`..`end` lies outside any quotation of its paragraph.

    A quotation the direct finder could not close ("« A. B », a-t-il dit" over two
    sentences, a mark left open) is someone's words: no reported speech is read in it.
    """
    if any(c in MARK_CHARS for c in text[start:end]):
        return False  # a mixed quote: the marked words are left to the direct patterns
    before = text[text.rfind("\n", 0, start) + 1 : start]
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        return False
    if before.count('"') % 2:
        return False
    after = text[end : end + 3].lstrip()
    return not after[:1] or after[0] not in MARK_CHARS


def source_word(doc: Doc, i: int, end: int) -> int | None:
    """How many tokens "selon" / "d'après" takes at `i` (None when neither)."""
    if i >= end:
        return None
    lows = lowers_of(doc)
    word = lows[i]
    if word in {"selon", "d'après", "d’après"}:
        return 1
    if word in {"d'", "d’"} and i + 1 < end and lows[i + 1] == "après":
        return 2
    return None


def named_source(mentions: list[MentionRef], lo: int, hi: int) -> MentionRef | None:
    """The speaker named in a "selon" phrase: its last person, else its first organisation."""
    named = [m for m in mentions if lo <= m.start and m.end <= hi]
    people = [m for m in named if m.kind == "person"]
    return people[-1] if people else (named[0] if named else None)


def mention_ending(mentions: list[MentionRef], doc: Doc, j: int, lo: int) -> MentionRef | None:
    """The mention (from offset `lo` on) whose last token is token `j`."""
    if j < 0:
        return None
    end = doc[j].idx + len(doc[j])
    return next((m for m in mentions if m.end == end and m.start >= lo), None)


def first_token(doc: Doc, ref: MentionRef) -> int:
    """The index of the mention's first token."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span.start if span is not None else 0


def after_comma(doc: Doc, ref: MentionRef, sent: Span) -> bool:
    """Whether the mention is an apposition: a comma right before it."""
    k = first_token(doc, ref)
    return k > sent.start and doc[k - 1].text == ","


def opens_clause(doc: Doc, ref: MentionRef, sent: Span) -> bool:
    """Whether the mention opens its clause: no preposition before it (over its title)."""
    k = first_token(doc, ref) - 1
    while k >= sent.start and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ", "DET"}:
        if doc[k].pos_ == "DET":
            k -= 1
            break
        k -= 1
    return k < sent.start or doc[k].text == "," or doc[k].lower_ not in PREPOSITIONS


def reported_span(doc: Doc, start: int, end: int) -> Span | None:
    """Tokens `start`..`end` without the final punctuation; None if short or mixed.

    The span starts after the last full stop or line break before `end` (the sentence
    splitter may glue two paragraphs together).
    """
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for k in range(end - 1, start - 1, -1):
        if "\n" in doc[k].text or doc[k].text in {".", "!", "?"}:
            start = k + 1
            break
    if end - start < MIN_WORDS or any(t.text in MARKS for t in doc[start:end]):
        return None
    if source_word(doc, start, end) is not None:
        return None  # "Selon Y, P, ajoute X": whose words P are is not clear
    return doc[start:end]


def clause_span(doc: Doc, start: int, end: int) -> Span | None:
    """Tokens `start`..`end` up to a semicolon or line break, without final punctuation."""
    stop = next((t.i for t in doc[start:end] if t.text == ";" or "\n" in t.text), end)
    for k in range(start + MIN_WORDS, stop - 2):
        # ", mais a réitéré ...": the main clause resumes, the reported one has ended
        if doc[k].text == "," and doc[k + 1].lower_ in RESUME and doc[k + 2].pos_ == "AUX":
            stop = k
            break
    return reported_span(doc, start, stop)
