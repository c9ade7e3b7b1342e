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
heading). A word cut by a hyphen at the end of a line ("Clemen-" / "ceau") is left
as it is: joining it would move characters.
"""

from __future__ import annotations

import re
from statistics import median

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
    breaks: list[tuple[int, int, bool, bool]] = []  # start, end, mid-sentence, lower next
    for m in _BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()]
        after = text[m.end() : m.end() + 2].lstrip()
        if _ITEM.match(text[m.end() : m.end() + 8]):
            continue
        mid = not _ENDS_SENTENCE.search(line)
        lower = bool(after) and after[0].islower()
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
