"""French display forms of the report's values: numbers, amounts, rates, money, dates, flags.

Pure functions from values to text. Month names come from the date vocabulary
(`models/dates/vocabulary.tsv`), where they are written once for the whole package.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from c5facts.errors import ResourceError
from c5facts.resources import date_vocabulary

NBSP = "\u00a0"
QUALIFIERS = {"approx": "environ", "more_than": "plus de", "less_than": "moins de"}
# Units of French large numbers: (threshold, singular, plural).
SCALES = (
    (Decimal(10) ** 12, "billion", "billions"),
    (Decimal(10) ** 9, "milliard", "milliards"),
    (Decimal(10) ** 6, "million", "millions"),
)


def format_number_fr(value: Decimal, max_decimals: int = 2) -> str:
    r"""Group thousands with no-break spaces and use a decimal comma, trailing zeros dropped.

    Args:
        value: the number to write.
        max_decimals: decimals kept at most (rounded half up).

    Returns:
        The French form of the number.

    >>> format_number_fr(Decimal("35000000000")) == "35\u00a0000\u00a0000\u00a0000"
    True
    >>> format_number_fr(Decimal("20.4249")), format_number_fr(Decimal("-0.5"))
    ('20,42', '-0,5')
    """
    quantum = Decimal(1).scaleb(-max_decimals)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    frac = frac.rstrip("0")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = NBSP.join(groups)
    return f"{sign}{text},{frac}" if frac else f"{sign}{text}"


def format_amount_fr(value: Decimal) -> str:
    r"""Short French form of an amount: "30,3 milliards", "1,5 milliard", "40 000".

    >>> format_amount_fr(Decimal("30300000000")), format_amount_fr(Decimal("1500000000"))
    ('30,3 milliards', '1,5 milliard')
    >>> format_amount_fr(Decimal("952000000")), format_amount_fr(Decimal("40000.5"))
    ('952 millions', '40\xa0000,5')
    """
    for threshold, singular, plural in SCALES:
        if abs(value) >= threshold:
            scaled = value / threshold
            # French: "1,5 milliard" but "2 milliards" (plural from two on).
            word = plural if abs(scaled) >= 2 else singular
            return f"{format_number_fr(scaled)} {word}"
    return format_number_fr(value)


def format_rate_fr(rate: Decimal) -> str:
    """An exchange rate with three decimals (more for tiny rates): "0,866".

    >>> format_rate_fr(Decimal("30.3") / Decimal("35")), format_rate_fr(Decimal("149.52"))
    ('0,866', '149,5')
    >>> format_rate_fr(Decimal("0.0066812"))
    '0,00668'
    """
    if rate >= 100:
        return format_number_fr(rate, 1)
    if rate >= Decimal("0.01") or rate == 0:
        return format_number_fr(rate, 3)
    # Three significant digits for rates such as EUR per JPY.
    decimals = 2 - math.floor(math.log10(float(rate)))
    return format_number_fr(rate, decimals)


def format_money_fr(
    amount: Decimal | None,
    currency: str,
    qualifier: str | None = None,
    amount_max: Decimal | None = None,
) -> str:
    """Panel form of a money fact: "environ 35 milliards USD", "de 1 à 2 millions EUR".

    Args:
        amount: the amount, or its low end for a range; None when unknown.
        currency: ISO 4217 code ("" when unknown).
        qualifier: "approx", "more_than", "less_than" or None.
        amount_max: high end of a range, else None.

    Returns:
        The short French form, qualifier first and currency code last.

    >>> format_money_fr(Decimal(35e9), "USD", "approx")
    'environ 35 milliards USD'
    >>> format_money_fr(Decimal(1e6), "EUR", None, Decimal(2e6))
    'de 1 million à 2 millions EUR'
    """
    if amount is None:
        return f"? {currency}".strip()
    if amount_max is not None:
        core = f"de {format_amount_fr(amount)} à {format_amount_fr(amount_max)}"
    else:
        core = format_amount_fr(amount)
    prefix = QUALIFIERS.get(qualifier or "", qualifier or "")
    return " ".join(part for part in (prefix, core, currency) if part)


def exact_money(amount: Decimal | None, currency: str, amount_max: Decimal | None = None) -> str:
    """Exact amount with all its digits, for hover text: "35 000 000 000 USD".

    >>> exact_money(Decimal(1e6), "EUR", Decimal(2e6)).replace(NBSP, " ")
    '1 000 000 à 2 000 000 EUR'
    """
    if amount is None:
        return f"? {currency}".strip()
    text = format_number_fr(amount, 6)
    if amount_max is not None:
        text = f"{text} à {format_number_fr(amount_max, 6)}"
    return f"{text} {currency}".strip()


def machine_money(amount: Decimal | None, currency: str, amount_max: Decimal | None = None) -> str:
    """Normalised money value for `data-value`: "35000000000 USD", "1000000/2000000 EUR".

    >>> machine_money(Decimal("35E9"), "USD"), machine_money(None, "EUR")
    ('35000000000 USD', 'EUR')
    """
    if amount is None:
        return currency
    text = f"{amount.normalize():f}"
    if amount_max is not None:
        text = f"{text}/{amount_max.normalize():f}"
    return f"{text} {currency}".strip()


def flag_emoji(code: str | None) -> str:
    r"""Flag emoji of an ISO 3166-1 alpha-2 code (regional indicator pair); "" when invalid.

    >>> flag_emoji("FR") == "\U0001f1eb\U0001f1f7", flag_emoji("x1")
    (True, '')
    """
    if not code or len(code) != 2 or not code.isascii() or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


@cache
def month_names() -> tuple[str, ...]:
    """French names of the twelve months, January first, read from the date vocabulary.

    The `month` class of `vocabulary.tsv` holds full names only (abbreviations have their
    own classes), each month's canonical spelling first ("février" before "fevrier"): the
    name of month n is the first form of value n.

    Raises:
        ResourceError: the vocabulary has no name for some month.

    >>> month_names()[0], month_names()[7], month_names()[11]
    ('janvier', 'août', 'décembre')
    """
    names: dict[str, str] = {}
    for form, value in date_vocabulary().get("month", {}).items():
        names.setdefault(value, form)
    missing = [n for n in range(1, 13) if str(n) not in names]
    if missing:
        raise ResourceError(f"date vocabulary: no name for month(s) {missing}")
    return tuple(names[str(n)] for n in range(1, 13))


def format_date_fr(value: str | None) -> str:
    """Readable French form of a TIMEX3 value: "6 novembre 2025", "mars 2024", else as is.

    >>> format_date_fr("2025-11-06"), format_date_fr("2024-03"), format_date_fr("2024-Q2")
    ('6 novembre 2025', 'mars 2024', '2024-Q2')
    >>> format_date_fr("2025-11-06T21:55"), format_date_fr(None)
    ('6 novembre 2025 à 21:55', 'non résolue')
    """
    if not value:
        return "non résolue"
    months = month_names()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T[\d:]+)?", value):
        month = int(m[2])
        if 1 <= month <= 12:
            text = f"{int(m[3])} {months[month - 1]} {m[1]}"
            return f"{text} à {m[4][1:]}" if m[4] else text
    if (m := re.fullmatch(r"(\d{4})-(\d{2})", value)) and 1 <= int(m[2]) <= 12:
        return f"{months[int(m[2]) - 1]} {m[1]}"
    if "/" in value:
        first, _, last = value.partition("/")
        return f"du {format_date_fr(first)} au {format_date_fr(last)}"
    return value
