"""Make any `str` safe for spaCy without moving a character: every offset stays exact.

Two kinds of text break or stall the pipeline, and both are rewritten character for
character (the cleaned text has the length of the original, so the offsets of the
facts found in it index the caller's string):

- lone surrogates (`"\\ud800"`, from `surrogateescape` decoding or broken JSON) cannot be
  encoded as UTF-8: spaCy raises on them. Each becomes U+FFFD, the replacement character;
- long runs of punctuation or symbols (`"€" * 10000`, a line of 20 000 `=`, emoji) make spaCy's
  tokenizer quadratic: it strips one prefix or suffix character at a time from the
  whole run. A run longer than `SYMBOL_RUN` characters becomes spaces of the same
  length. No fact is written with so many symbols in a row; rules of 80 `-` or `=`
  stay as they are.

Each rewrite adds a warning to the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Longest run of punctuation or symbol characters handed to the tokenizer as it is.
# 200 '%' cost ~10 ms; 5 000 cost 5 s (measured on fr_core_news_md).
SYMBOL_RUN = 200

_SURROGATE = re.compile("[\ud800-\udfff]")


# Anything but letters, digits and blanks: punctuation, symbols (emoji too), marks,
# controls, and the underscore (as slow as `=`). A class, not a list of Unicode
# categories: scanning a megabyte with it takes ~0.1 s.
_SYMBOL_RUN = re.compile(rf"(?:[^\w\s]|_){{{SYMBOL_RUN + 1},}}")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The text spaCy sees (same length as the original) and what was rewritten.

    `blanked` holds the (start, end) of each run read as blanks: a fact found across
    one is an artefact of the blanks (`factguard.outside` drops it).
    """

    text: str
    warnings: tuple[str, ...] = ()
    blanked: tuple[tuple[int, int], ...] = ()


def clean_text(text: str) -> Cleaned:
    """`text` with lone surrogates and long symbol runs neutralised, offsets unchanged.

    >>> clean_text("5 \\ud800€").text
    '5 \\ufffd€'
    >>> len(clean_text("=" * 500).text.strip())
    0
    """
    warnings: list[str] = []
    surrogates = len(_SURROGATE.findall(text))
    if surrogates:
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append(f"{surrogates} lone surrogate(s) replaced by U+FFFD")
    runs: list[tuple[int, int]] = []

    def blank(match: re.Match[str]) -> str:
        runs.append(match.span())
        return " " * len(match.group())

    if len(text) > SYMBOL_RUN:
        text = _SYMBOL_RUN.sub(blank, text)
    if runs:
        warnings.append(
            f"{len(runs)} run(s) of more than {SYMBOL_RUN} punctuation or symbol characters "
            "read as blanks"
        )
    return Cleaned(text, tuple(warnings), tuple(runs))
