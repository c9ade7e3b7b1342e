"""Is this page French? A light identifier by function-word frequency (no model, no download).

Function words ("le", "de", "et", "the", "der"...) are the most frequent words of any
text and differ between languages, so their counts tell languages apart on a few dozen
words. The word lists are data (`models/language/function_words.tsv`, see its SOURCE.md);
a text is French when French function words make at least `MIN_SHARE` of its words and
outnumber those of every other listed language. Texts too short to count fall back on
the page's declared language (`<html lang="fr">`).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from functools import cache

from c5facts.resources import read_tsv

# Share of a text's words that must be French function words (French prose: ~35-45 %).
MIN_SHARE = 0.12
# Fewer words than this: too short to count, the declared language decides.
MIN_WORDS = 30
# Words read per page, and characters of HTML looked at: the start of a page is enough.
MAX_WORDS = 3000
MAX_HTML = 400_000

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_HIDDEN = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z-]+)", re.I)


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Language code -> its function words (loaded once from `models/language/`)."""
    table: dict[str, set[str]] = {}
    for row in read_tsv("language", "function_words.tsv"):
        table.setdefault(row["language"], set()).add(row["word"])
    return {lang: frozenset(words) for lang, words in table.items()}


def visible_text(page: str) -> str:
    """The words a reader sees in an HTML page: scripts, styles and tags removed.

    >>> visible_text("<p>Le <b>prix</b></p><script>var x;</script>")
    'Le prix'
    """
    return " ".join(html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", page))).split())


def _words(text: str) -> list[str]:
    out: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group().lower().replace("’", "'")
        # Elided articles and pronouns ("l'accord", "d'euros") count as their function word.
        head, apostrophe, _ = word.partition("'")
        out.append(head + "e" if apostrophe and len(head) == 1 else word)
        if len(out) >= MAX_WORDS:
            break
    return out


def french_share(text: str) -> tuple[float, bool, int]:
    """(share of French function words, French ahead of every other language, words counted).

    >>> share, ahead, n = french_share("Le gouvernement a annoncé que les prix de l'énergie")
    >>> round(share, 2), ahead, n
    (0.67, True, 9)
    """
    words = _words(text)
    if not words:
        return 0.0, False, 0
    counts: Counter[str] = Counter()
    for lang, vocab in function_words().items():
        counts[lang] = sum(1 for w in words if w in vocab)
    french = counts.pop("fr", 0)
    ahead = all(french > other for other in counts.values())
    return french / len(words), ahead, len(words)


def is_french(text: str, declared: str | None = None) -> bool:
    """True when `text` reads as French (`declared`: the page's own language tag, if any).

    >>> is_french("Le président a annoncé mardi une aide de trois milliards d'euros pour "
    ...           "les agriculteurs, qui attendaient ce plan depuis le début de la crise "
    ...           "et qui demandent encore des mesures pour leurs exploitations en France.")
    True
    >>> is_french("The president announced on Tuesday a three billion euro aid package for "
    ...           "the farmers, who have been waiting for this plan since the start of the "
    ...           "crisis and who are still asking for more measures for their farms.")
    False
    """
    share, ahead, n = french_share(text)
    if n < MIN_WORDS:
        return bool(declared) and str(declared).lower().startswith("fr")
    return ahead and share >= MIN_SHARE


def is_french_html(page: str) -> bool:
    """True when an HTML page's visible text reads as French (its `lang` for short pages)."""
    found = _LANG.search(page[:5000])
    # The start of a page is enough to tell its language, and bounds the time on huge pages.
    return is_french(visible_text(page[:MAX_HTML]), found.group(1) if found else None)
