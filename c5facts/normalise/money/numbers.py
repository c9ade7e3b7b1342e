"""French numbers, in digits or in words: the number formats of the money grammar.

`DIGITS_RE` and `NUMBER_WORDS_RE` are the number tokens of the lexer
(`c5facts.normalise.money.lexicon`); `parse_number` gives their value.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

# Thousands separators: space, no-break space (U+00A0), narrow no-break space (U+202F).
_WS = "\u0020\u00a0\u202f"
# French number formats: dot or (no-break) space thousands, comma decimals.
_DOT_THOUSANDS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
_SPACE_THOUSANDS = rf"\d{{1,3}}(?:[{_WS}]\d{{3}})+(?:,\d+)?"
_PLAIN = r"\d+(?:[.,]\d+)?"
DIGITS_RE = re.compile(
    rf"""(?<!\d)(?:
        {_DOT_THOUSANDS}(?!\d)        # 7.612,52   3.350
      | {_SPACE_THOUSANDS}(?!\d)      # 1 298,00   410 000
      | {_PLAIN}                      # 30,3   2012   10.5
    )""",
    re.VERBOSE,
)

# French number words; "et" only in "vingt et un", "soixante et onze".
# fmt: off
_NUMBER_WORDS = (
    "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
    "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante",
    "nonante", "cent", "cents", "mille",
)
# fmt: on
_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
NUMBER_WORDS_RE = (
    rf"(?i:(?<!\w){_WORD}(?:(?:[\s-]+et[\s-]+(?:un|une|onze)|[\s-]+{_WORD})(?!\w))*(?!\w))"
)


def parse_number(text: str) -> Decimal | None:
    r"""Parse a French-formatted number, in digits or in words; None when it is not one.

    >>> parse_number("7.612,52"), parse_number("1\u202f298,00"), parse_number("30,3")
    (Decimal('7612.52'), Decimal('1298.00'), Decimal('30.3'))
    >>> parse_number("quatre-vingt-dix-neuf"), parse_number("mille cent")
    (Decimal('99'), Decimal('1100'))
    >>> parse_number("tonnes") is None
    True
    """
    s = text.strip()
    if re.fullmatch(_DOT_THOUSANDS, s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(_SPACE_THOUSANDS, s):
        s = re.sub(f"[{_WS}]", "", s).replace(",", ".")
    elif re.fullmatch(_PLAIN, s):
        s = s.replace(",", ".")
    else:
        words = " ".join(s.lower().split())
        if not words or not re.fullmatch(NUMBER_WORDS_RE, words):
            return None
        if words in ("un", "une"):
            return Decimal(1)
        try:
            return Decimal(text2num(words, "fr"))
        except (ValueError, TypeError):
            return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None
