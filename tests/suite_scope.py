"""Which peer-suite cases write their date or time with plain numbers only.

Issue 11 keeps a property: no date from plain numbers ("30,3 milliards", "73 20", "4000
personnes"). The peers' suites hold cases whose only temporal words are such numbers:
"le 16", "17 02", "du 13 au 18", "à 19", "sept trente", "pour huit quarante" (Duckling
and Recognizers read them as days or clock times from the sentence's intent, an
assistant's "je reviendrai à 7"). c5facts gives them no date by design, so the judge
counts them apart (column ``num``), as it counts convention differences apart.

A case is *numbers only* when its text has at least one number (digits, or a number
word of the date vocabulary: "sept", "dix-neuf") and nothing else that could name a time:
no word of the vocabulary's time classes (a month, a weekday, a unit, a part of the day,
a holiday, "midi"...; a capitalised "Sept" is the month), no token that the date
matchers anchor on (a year, "12/08", "18h", "mi-juin"; not a word that only anchors an
adverbial phrase, "peu" of "sous peu"), no clock mark ("7h", "20:00",
"8pm", "2'"), and no digits glued to a unit ("3jours", "21m"); an ordinal suffix ("13e")
keeps a number plain.
"""

from __future__ import annotations

import re
from functools import cache

from c5facts.components.date_filters import DIGIT_ANCHOR
from c5facts.normalise.dates.accents import date_vocabulary

TIME_CLASSES = (
    "month",
    "month_short",
    "month_abbr",
    "month_rare",
    "weekday",
    "weekday_abbr",
    "weekday_plural",
    "unit",
    "unit_time",
    "season",
    "holiday",
    "holiday_word",
    "relative_day",
    "anchor",
    "part",
    "clock",
    "ref_word",
    "set_word",
)
_CLOCK = re.compile(r"\d\s*(?:h\b|h\d|:\d|['′])|\d\s*[ap]\.?\s?m\b|\b[ap]\.?\s?m\b\.?|ampm")
_TOKEN = re.compile(r"[\w'’.:/-]+")
_PIECE = re.compile(r"\d+|[^\W\d_]+")
_GLUED = re.compile(r"^\d+([^\W\d_]+)$")
_ORDINAL = frozenset(["e", "er", "re", "ème", "eme", "è"])


@cache
def _vocabulary() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(one-word time words, several-word time words, number words) of the vocabulary."""
    vocab = date_vocabulary()
    numbers = frozenset(f for cls in ("number", "ordinal") for f in vocab.get(cls, {}))
    words = {f.rstrip(".") for cls in TIME_CLASSES for f in vocab.get(cls, {})}
    # the anchors of adverbial phrases ("peu" of "sous peu", "temps" of "ces derniers
    # temps") name no time alone; the phrases' one-word adverbs are ref_words anyway
    words -= {f for f, group in vocab.get("anchor", {}).items() if group == "ref"}
    words |= set(vocab.get("ref_word", {}))
    single = frozenset(w for w in words if " " not in w)
    return single, tuple(w for w in words if " " in w), numbers


def numbers_only(text: str) -> bool:
    """Whether the only words of `text` that could be a date or a time are plain numbers.

    >>> numbers_only("Je retournerai à 19"), numbers_only("le 16"), numbers_only("à 19h")
    (True, True, False)
    >>> numbers_only("3 jusqu'à 12 de Sept"), numbers_only("pour 3jours")
    (False, False)
    """
    written = text.replace("’", "'")
    if _CLOCK.search(written.lower()):
        return False
    single, multi, numbers = _vocabulary()
    counted = False
    for token in _TOKEN.findall(written):
        bare = token.strip(".,:;/-")
        low = bare.lower()
        glued = _GLUED.match(low)
        if DIGIT_ANCHOR.match(low) or (glued and glued[1] not in _ORDINAL):
            return False
        for piece in _PIECE.findall(bare):
            word = piece.lower()
            if word in single and (word not in numbers or piece[0].isupper()):
                return False
            counted = counted or piece.isdigit() or word in numbers
    low_text = written.lower()
    return counted and not any(re.search(rf"\b{re.escape(m)}\b", low_text) for m in multi)
