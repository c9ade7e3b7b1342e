"""Read hard-wrapped lines as running text, without moving a character.

Newspaper archives (OCR), wire copy and e-mail keep the line breaks of their columns:
"M. Georges" ends one line and "Clemenceau, a reçu" opens the next. The pipeline reads a
line break as the end of a sentence (a headline is not glued to the byline under it), so
a name, a date or an amount cut by a wrap would be lost or cut short. A line break that
only wraps a sentence is read as a space here; the text keeps its length, so every fact's
offsets still index the caller's string.

A single line break (never a blank line, which ends a paragraph) is a wrap when:

- the line after it opens on a small letter and the line before it does not end a
  sentence ("le ministre des" / "affaires", "du 12" / "mars"), in any text; or
- the text is hard-wrapped: at least `MIN_BREAKS` single line breaks, most of them
  (`WRAPPED_SHARE`) after a line that does not end a sentence, many of those
  (`LOWER_SHARE`) before a small letter or a digit, its lines no longer than `MAX_WIDTH` characters
  in the median; then a break after a line that does not end a sentence is a wrap when
  the next line opens on a small letter or the line is not much shorter than the column
  (`SHORT_LINE`: "M. Georges" / "Clemenceau"; a short line before a capital is a heading
  or a paragraph's end), and so is a break after a line that ends a sentence but fills
  the column (`FULL_LINE`: a paragraph's last line is shorter).

A line that opens on a dash, a bullet or a number with "." or ")" (a list item, a line
of dialogue) always stays a line of its own, and so does a line ending on a dash (a
heading).

A word cut by a hyphen at the end of a wrapped line ("Clemen-" / "ceau", the older press
and its OCR), or at a line's end that OCR or a copy already joined with a space ("M. Poin-
caré": `_inline_cut`), is read whole (`unwrap_words`): its second part moves up against
the first, and the characters it leaves (the hyphen, the line break) come back as spaces
at the next place where they part nothing: after the sentence's end, before a line break
that stays, or at the text's end (a run of spaces is a token: between a title and its
holder it would part them). The text keeps its length and only the stretch in between
moves. A `Join` records each moved stretch, and `input_offset` (`input_offsets` for a
whole record) gives back the caller's offsets. The hyphen stays when both parts are words
of the lexicon and their join is none ("porte-" / "avions", "vingt-" / "cinq"); it goes
when the join is a word ("gouverne-" / "ment") or a part is no word ("Clemen-" / "ceau").
Before a capital the cut is a compound name's ("Waldeck-" / "Rousseau", "Saint-" /
"Denis"), in any text: the line break goes and the hyphen stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from statistics import median
from typing import TypeVar

from c5facts.normalise.wordclass import lexicon
from c5facts.records import (
    Article,
    Country,
    DateFact,
    Deal,
    Money,
    Organisation,
    Person,
    Quote,
)

MIN_BREAKS = 3
WRAPPED_SHARE = 0.5
# Most words of running French are in small letters: a wrap opens the next line on one
# far more often than a list, a live feed or a column of headings does.
LOWER_SHARE = 0.4
FULL_LINE = 0.85  # of the column's width (the 90th percentile of the line widths)
SHORT_LINE = 0.6  # a shorter line before a capital is a heading or a paragraph's end
MAX_WIDTH = 100
# What ends a sentence at the end of a line (closing quotes and brackets after it too).
# A line ending on a dash is a heading of its own ("Nouveaux bilans -").
_ENDS_SENTENCE = re.compile(r"(?:[.!?…:;](?:\s*['\"»”’)\]])*|\s[-–—])\s*$")
# A list item or a line of dialogue: a dash, a bullet, or a number with "." or ")".
_ITEM = re.compile(r"^\s*(?:[-–—•*·]|\d{1,3}[.)]\s)")
# A single line break ("\r\n" too) between two lines that hold something.
_BREAK = re.compile(r"(?<=\S)([ \t]*)(\r?\n)(?=[ \t]*\S)")


def soft_breaks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line break of `text` that only wraps a sentence.

    >>> soft_breaks("le ministre des\\naffaires")
    [(15, 16)]
    >>> soft_breaks("Titre\\nPar Jean Dupont")
    []
    """
    # start, end, mid-sentence, next line in a small letter (or a word cut before it)
    breaks: list[tuple[int, int, bool, bool]] = []
    for m in _BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()]
        after = text[m.end() : m.end() + 2].lstrip()
        if _ITEM.match(text[m.end() : m.end() + 8]):
            continue
        mid = not _ENDS_SENTENCE.search(line)
        # "Waldeck-" / "Rousseau": a hyphen glued to a word cuts a compound at the wrap
        cut = bool(after) and after[0].isupper() and _LEFT_CUT.search(line) is not None
        lower = (bool(after) and after[0].islower()) or cut
        breaks.append((m.start(2), m.end(2), mid, lower))
    if not breaks:
        return []
    mids = [b for b in breaks if b[2]]
    widths = [len(line) for line in text.splitlines() if line.strip()]
    wrapped = (
        len(breaks) >= MIN_BREAKS
        and len(mids) / len(breaks) >= WRAPPED_SHARE
        and sum(1 for b in mids if b[3] or text[b[1] :].lstrip()[:1].isdigit()) / len(mids)
        >= LOWER_SHARE
        and median(widths) <= MAX_WIDTH
    )
    if not wrapped:
        return [(s, e) for s, e, mid, lower in breaks if mid and lower]
    # A sentence may end at the end of a full line inside a paragraph: the paragraph goes
    # on when the line is as wide as the column (its last line is shorter).
    column = sorted(widths)[int(len(widths) * 0.9)]
    out = []
    for s, e, mid, lower in breaks:
        start = text.rfind("\n", 0, s) + 1
        width = len(text[start:s].rstrip())
        if (mid and (lower or width >= SHORT_LINE * column)) or width >= FULL_LINE * column:
            out.append((s, e))
    return out


def unwrap(text: str) -> str:
    """`text` with its wrapping line breaks read as spaces (same length).

    >>> unwrap("Hier, M. Georges\\nClemenceau a reçu\\nle ministre des\\naffaires étrangères.")
    'Hier, M. Georges Clemenceau a reçu le ministre des affaires étrangères.'
    """
    spans = soft_breaks(text)
    if not spans:
        return text
    out: list[str] = []
    at = 0
    for start, end in spans:
        out.append(text[at:start])
        out.append(" " * (end - start))
        at = end
    out.append(text[at:])
    return "".join(out)


_Fact = TypeVar("_Fact", Money, DateFact, Quote, Deal)
_Named = TypeVar("_Named", Person, Country, Organisation)


@dataclass(frozen=True, slots=True)
class Join:
    """A word cut at a line's end, read whole: where its second part now starts.

    `at` is the offset of the moved part in the read text, `size` its length, `gap` how
    far it moved left (the characters it left, now spaces after the word).
    """

    at: int
    size: int
    gap: int


# a word's first part before a hyphen at a line's end, and its second part in small letters
_LEFT_CUT = re.compile(r"([^\W\d_]+)-$")
_RIGHT_PART = re.compile(r"[ \t]*([^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*)")
# ... or in a capital: the second name of a compound ("Waldeck-" / "Rousseau")
_RIGHT_NAME = re.compile(r"[ \t]*([A-ZÀ-ÖØ-Þ][^\W\d_]*)")


def _compound(left: str, right: str) -> bool:
    """Whether "left-right" keeps its hyphen: two words whose join is no word."""
    words = lexicon()
    if words.get((left + right).lower()) is not None:
        return False
    return words.get(left.lower()) is not None and words.get(right.lower()) is not None


_CLOSERS = frozenset("'\"»”’)]")
# A sentence's end (closing marks after it) before a space, or a line break that stays.
_SAFE = re.compile(r"[.!?…;:]['\"»”’)\]]*(?=[ \t\r\n]|$)|(?=\r?\n)")


def _safe_point(text: str, start: int, end: int) -> int | None:
    """The first place in `text[start:end]` where a run of spaces parts nothing.

    A run of spaces is a token of its own: right after a word cut at a wrap it would stand
    between words that belong together ("le prési-" / "dent Motta", "le con-" / "seiller
    fédéral"). After a full stop, a semicolon or a colon, or before a line break that
    stays, it parts nothing. A full stop counts after three small letters, a digit or a
    closing mark, never after an abbreviation ("M.", "Dr.").
    """
    for m in _SAFE.finditer(text, start, end):
        k = m.start()
        if m.end() == k or text[k] != ".":
            return m.end()
        prev = text[max(0, k - 3) : k]
        if (prev.isalpha() and prev.islower()) or prev[-1:].isdigit() or prev[-1:] in _CLOSERS:
            return m.end()
    return None


# A hyphen and one space inside a line before a small letter: a wrap's cut that OCR or
# a copy joined with a space ("M. Poin- caré").
_FUNCTION_CLASSES = frozenset(["DET", "ADP", "PRON", "CCONJ", "SCONJ", "NUM"])
_INLINE_CUT = re.compile(r"(?<=[^\W\d_]-) (?=[^\W\d_A-ZÀ-ÖØ-Þ])")


def _inline_cut(left: re.Match[str], right: re.Match[str]) -> bool:
    """Whether "left- right" on one line is a word cut ("Poin- caré", "gouverne- ment").

    The join is a word or the first part is none, and the second part is no function
    word ("pré- et post-opératoire", "Cotti- le plus francophile": the space stays).
    """
    words = lexicon()
    first, second = left.group(1).lower(), right.group(1).lower()
    entry = words.get(second)
    if entry is not None and set(entry.classes) & _FUNCTION_CLASSES:
        return False  # "Cotti- le plus francophile": a dash before the next words
    return words.get(first + second) is not None or words.get(first) is None


class _Reader:
    """Builds the read text: kept stretches, dropped characters, their spaces paid back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[str] = []
        self.size = 0  # length of the read text so far
        self.owed = 0  # characters dropped and not yet paid back as spaces
        self.joins: list[Join] = []

    def _put(self, piece: str) -> None:
        if self.owed and piece:
            self.joins.append(Join(at=self.size, size=len(piece), gap=self.owed))
        self.out.append(piece)
        self.size += len(piece)

    def keep(self, start: int, end: int) -> None:
        """Keep `text[start:end]`, paying back the owed spaces at its first safe point."""
        if self.owed:
            at = _safe_point(self.text, start, end)
            if at is not None:
                self._put(self.text[start:at])
                self.out.append(" " * self.owed)
                self.size += self.owed
                self.owed = 0
                start = at
        self._put(self.text[start:end])

    def spaces(self, n: int) -> None:
        """A wrapping line break read as spaces, one for one."""
        self._put(" " * n)

    def drop(self, n: int) -> None:
        self.owed += n

    def done(self) -> tuple[str, tuple[Join, ...]]:
        self.out.append(" " * self.owed)  # no safe point left: at the end of the text
        return "".join(self.out), tuple(self.joins)


def unwrap_words(text: str) -> tuple[str, tuple[Join, ...]]:
    """`text` unwrapped (see `unwrap`), its words cut by a hyphen at a wrap read whole.

    The characters a cut word leaves (the hyphen, the line break) come back as spaces at
    the next safe point (`_safe_point`): the text keeps its length.

    >>> unwrap_words("M. Clemen-\\nceau a répondu. Puis")
    ('M. Clemenceau a répondu.   Puis', (Join(at=9, size=15, gap=2),))
    >>> unwrap_words("le porte-\\navions Foch")[0]
    'le porte-avions Foch '
    """
    breaks = soft_breaks(text)
    inline = [(m.start(), m.end()) for m in _INLINE_CUT.finditer(text)]
    if not breaks and not inline:
        return text, ()
    reader = _Reader(text)
    at = 0
    for start, end in sorted(breaks + inline):
        before = text[at:start].rstrip(" \t")
        left = _LEFT_CUT.search(before)
        right = _RIGHT_PART.match(text, end)
        wrap = text[start] != " "
        if not wrap and (left is None or right is None or not _inline_cut(left, right)):
            continue  # "pré- et post-opératoire": the space stays
        name = _RIGHT_NAME.match(text, end) if wrap and right is None else None
        if left is not None and name is not None:
            # "Waldeck-" / "Rousseau", "Saint-" / "Denis": one name, its hyphen kept
            reader.keep(at, at + len(before))
            reader.drop(name.start(1) - at - len(before))
            at = name.start(1)
            continue
        if left is None or right is None:
            reader.keep(at, start)
            reader.spaces(end - start)
            at = end
            continue
        keep = _compound(left.group(1), right.group(1))
        head = len(before) if keep else len(before) - 1  # the hyphen stays, or goes
        reader.keep(at, at + head)
        reader.drop(right.start(1) - at - head)
        at = right.start(1)
    reader.keep(at, len(text))
    return reader.done()


def input_offset(offset: int, joins: tuple[Join, ...]) -> int:
    """The caller's offset of `offset` in the text `unwrap_words` read.

    >>> input_offset(13, (Join(at=9, size=4, gap=2),))  # the end of "Clemenceau"
    15
    """
    for j in joins:
        if j.at < offset <= j.at + j.size:
            return offset + j.gap
    return offset


def input_offsets(article: Article, joins: tuple[Join, ...]) -> Article:
    """`article` with every fact's offsets given back in the caller's text."""
    if not joins:
        return article

    def span(pair: tuple[int, int]) -> tuple[int, int]:
        return input_offset(pair[0], joins), input_offset(pair[1], joins)

    def fact(rec: _Fact) -> _Fact:
        start, end = span((rec.start, rec.end))
        return replace(rec, start=start, end=end)

    def spans(rec: _Named) -> _Named:
        return replace(rec, spans=tuple(span(s) for s in rec.spans))

    return replace(
        article,
        money=tuple(fact(m) for m in article.money),
        dates=tuple(fact(d) for d in article.dates),
        quotes=tuple(fact(q) for q in article.quotes),
        deals=tuple(fact(d) for d in article.deals),
        people=tuple(spans(p) for p in article.people),
        countries=tuple(spans(c) for c in article.countries),
        organisations=tuple(spans(o) for o in article.organisations),
    )
