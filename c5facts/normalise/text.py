"""Text folding: the one place that decides when two spellings are "the same word".

Pure functions, no spaCy. Every comparison that ignores case, accents, typographic
apostrophes or hyphens (country forms, person names, gold names in `c5facts eval`, the
gazetteer generator) goes through here, so they all agree.
"""

from __future__ import annotations

import re
import unicodedata

_HYPHENS = re.compile(r"[-‐‑–]")  # ASCII hyphen, Unicode hyphen, non-breaking hyphen, en dash
# The apostrophe and the characters papers print for it (typographic, modifier letter,
# full-width, grave and acute accents, left quote, turned comma, Armenian apostrophe,
# saltillo, prime, reversed prime, modifier prime): all read as "'".
APOSTROPHES = "'’ʼ＇`´‘ʻ՚ꞌ′‵ʹ"
_STRAIGHT = str.maketrans(dict.fromkeys(APOSTROPHES[1:], "'"))


def straight_apostrophes(text: str) -> str:
    """`text` with every apostrophe look-alike made the straight one.

    >>> straight_apostrophes("pour l’instant")
    "pour l'instant"
    """
    return text.translate(_STRAIGHT)


def strip_accents(text: str) -> str:
    """Drop diacritics, keep case and everything else.

    >>> strip_accents("États-Unis"), strip_accents("ouzbèke")
    ('Etats-Unis', 'ouzbeke')
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def fold(text: str) -> str:
    """Case- and accent-insensitive key, typographic apostrophes made plain.

    >>> fold("États-Unis"), fold("Côte d’Ivoire")
    ('etats-unis', "cote d'ivoire")
    """
    return strip_accents(text.replace("’", "'")).casefold()


def name_words(name: str) -> tuple[str, ...]:
    """Words of a name for comparison: `fold` plus hyphens read as spaces.

    >>> name_words("Kassym-Jomart Tokaïev")
    ('kassym', 'jomart', 'tokaiev')
    """
    return tuple(_HYPHENS.sub(" ", fold(name)).split())
