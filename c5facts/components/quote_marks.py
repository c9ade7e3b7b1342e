"""Quotation marks: where each quotation of a text opens and closes.

A quotation is the text between « », “ ” or straight double quotes, of at least
`MIN_WORDS` words and not a title-cased name ("Just Do It"): shorter fragments, names and
slogans are left out. A « » quotation may run over several paragraphs; quotation marks
inside one are part of it (nested quotes). Pure Python: no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MIN_WORDS = 4
MAX_CHARS = 4000  # a quotation longer than this is an unbalanced mark
PAIRS = {"«": "»", "“": "”"}
STRAIGHT = '"'  # opens and closes
MARKS = frozenset(PAIRS) | frozenset(PAIRS.values()) | {STRAIGHT}


@dataclass(slots=True)
class Quotation:
    """One quotation: content offsets (marks excluded, trimmed) and its marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark
    marks: str


_MARK = re.compile("[" + re.escape("".join(PAIRS)) + STRAIGHT + "]")


def find_quotations(text: str) -> Iterator[Quotation]:
    """Every outermost quotation of `text` (content offsets trimmed of spaces).

    >>> [(text[q.start:q.end], q.marks) for text in ['Il a dit « oui merci ».']
    ...  for q in find_quotations(text)]
    [('oui merci', '«»')]
    """
    i, n = 0, len(text)
    while i < n:
        mark = _MARK.search(text, i)  # the next mark, not one step per character
        if mark is None:
            return
        i = mark.start()
        c = text[i]
        if c in PAIRS or (c == '"' and _opens(text, i)):
            close = _close(text, i)
            if close is not None:
                start, end = i + 1, close
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    yield Quotation(start, end, i, close, c + (PAIRS.get(c) or '"'))
                i = close + 1
                continue
        i += 1


def _opens(text: str, i: int) -> bool:
    """A straight quote opens when nothing but space or punctuation is before it."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([-—–:'’"


def _close(text: str, i: int) -> int | None:
    """The offset of the mark closing the one at `i` (None when unbalanced)."""
    c = text[i]
    if c == '"':
        j = text.find('"', i + 1)
        if j < 0 or "\n" in text[i:j]:
            return None  # straight quotes do not run over a paragraph
        return j
    close, depth = PAIRS[c], 0
    for j in range(i + 1, min(len(text), i + MAX_CHARS)):
        if (
            text[j] == c
            and not text[text.rfind("\n", 0, j) + 1 : j].isspace()
            and (text.rfind("\n", 0, j) + 1 != j)
        ):
            depth += 1  # a nested quotation; one opening a paragraph continues this one
        elif text[j] == close:
            if depth == 0:
                return j
            depth -= 1
    return None


def is_quote(content: str) -> bool:
    """Long enough, and not a title-cased name or slogan.

    >>> is_quote("Nous n'avons pas fini"), is_quote("Just Coup It Now"), is_quote("l'échec")
    (True, False, False)
    """
    words = re.findall(r"[^\W_][\w'’-]*", content)
    if len(words) < MIN_WORDS:
        return False
    return not all(w[:1].isupper() or not w[:1].isalpha() for w in words)
