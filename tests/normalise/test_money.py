"""Money normalisation: numbers, whole expressions, rates and article-level currency evidence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from c5facts.matches import MoneyMatch
from c5facts.normalise.money.currency import eur_rates, rate, resolve_currencies, table_year
from c5facts.normalise.money.grammar import find_money, parse_money
from c5facts.normalise.money.numbers import parse_number
from c5facts.records import Equivalent, Money

NBSP, NNBSP = "\u00a0", "\u202f"

# fmt: off
NUMBERS = [
    # digits, French formats
    ("30,3", "30.3"),
    ("410 000", "410000"),
    (f"410{NBSP}000", "410000"),
    (f"1{NNBSP}298,00", "1298.00"),
    ("7.612,52", "7612.52"),
    ("3.350", "3350"),
    ("1.500", "1500"),
    ("2012", "2012"),
    ("10.5", "10.5"),
    ("0,99", "0.99"),
    # words
    ("trois", "3"),
    ("un", "1"),
    ("une", "1"),
    ("mille cent", "1100"),
    ("quatre-vingt-dix-neuf", "99"),
    ("vingt et un", "21"),
    ("deux cent mille", "200000"),
    ("Soixante-Dix", "70"),
]
NOT_NUMBERS = ["tonnes", "", "un deux", "1,2,3", "douzaine"]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=[t for t, _ in NUMBERS])
def test_parse_number(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def french(value: Decimal, thousands: str) -> str:
    """Format a non-negative Decimal the French way: grouped thousands, comma decimals."""
    whole, _, frac = format(value.copy_abs(), "f").partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = thousands.join(groups)
    return f"{text},{frac}" if frac else text


@given(
    value=st.decimals(min_value=0, max_value=10**15, allow_nan=False, allow_infinity=False),
    thousands=st.sampled_from([" ", NBSP, NNBSP, "."]),
)
def test_french_format_round_trip(value: Decimal, thousands: str) -> None:
    assert parse_number(french(value, thousands)) == value


@given(
    value=st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False),
    thousands=st.sampled_from([" ", NBSP, NNBSP, "."]),
    unit=st.sampled_from([("euros", "EUR"), ("€", "EUR"), ("dollars canadiens", "CAD")]),
)
def test_french_amount_round_trip(value: Decimal, thousands: str, unit: tuple[str, str]) -> None:
    parsed = parse_money(f"{french(value, thousands)} {unit[0]}")
    assert parsed is not None
    assert (parsed.amount, parsed.currency) == (value, unit[1])


# (text, amount, currency, qualifier, amount_max, equivalent (amount, currency, qualifier))
# fmt: off
EXPRESSIONS = [
    # numbers and multipliers
    ("40 000 euros", "40000", "EUR", None, None, None),
    (f"1{NBSP}298,00 €", "1298", "EUR", None, None, None),
    (f"1{NNBSP}875 $", "1875", "USD", None, None, None),
    ("7.612,52 euros", "7612.52", "EUR", None, None, None),
    ("20 k€", "20000", "EUR", None, None, None),
    ("20 M€", "20000000", "EUR", None, None, None),
    ("35 Md$", "35000000000", "USD", None, None, None),
    ("12,5 Mds €", "12500000000", "EUR", None, None, None),
    ("3 Mrd EUR", "3000000000", "EUR", None, None, None),
    ("2 G€", "2000000000", "EUR", None, None, None),
    ("50 MUSD", "50000000", "USD", None, None, None),
    ("un billion de dollars", "1000000000000", "USD", None, None, None),
    ("1,5 million d'euros", "1500000", "EUR", None, None, None),
    ("3 mille euros", "3000", "EUR", None, None, None),
    ("trois milliards de dollars", "3000000000", "USD", None, None, None),
    ("un milliard d’euros", "1000000000", "EUR", None, None, None),
    ("mille cent euros", "1100", "EUR", None, None, None),
    ("quatre-vingt-dix-neuf millions d'euros", "99000000", "EUR", None, None, None),
    ("mille milliards d'euros", "1000000000000", "EUR", None, None, None),
    ("un milliard et demi d'euros", "1500000000", "EUR", None, None, None),
    ("trois millions et demi de dollars", "3500000", "USD", None, None, None),
    # currencies
    ("USD 34,6 millions", "34600000", "USD", None, None, None),
    ("EUR29,99", "29.99", "EUR", None, None, None),
    ("12 US$", "12", "USD", None, None, None),
    ("12 $US", "12", "USD", None, None, None),
    ("4 millions de dollars américains", "4000000", "USD", None, None, None),
    ("900 millions de dollars canadiens", "900000000", "CAD", None, None, None),
    ("8 milliards de dollars australiens", "8000000000", "AUD", None, None, None),
    ("5 millions de dollars de Hong Kong", "5000000", "HKD", None, None, None),
    ("2,5 milliards de francs suisses", "2500000000", "CHF", None, None, None),
    ("2 millions de livres sterling", "2000000", "GBP", None, None, None),
    ("1,1 milliard de yens", "1100000000", "JPY", None, None, None),
    ("40 milliards de yuans", "40000000000", "CNY", None, None, None),
    ("3 milliards de renminbis", "3000000000", "CNY", None, None, None),
    ("600 millions de roubles", "600000000", "RUB", None, None, None),
    ("90 milliards de roupies", "90000000000", "INR", None, None, None),
    ("500 milliards de tenges", "500000000000", "KZT", None, None, None),
    ("12 000 soums", "12000", "UZS", None, None, None),
    ("30 millions de dinars tunisiens", "30000000", "TND", None, None, None),
    ("40 dirhams", "40", "MAD", None, None, None),
    ("100 couronnes suédoises", "100", "SEK", None, None, None),
    ("100 couronnes norvégiennes", "100", "NOK", None, None, None),
    ("100 couronnes danoises", "100", "DKK", None, None, None),
    ("15 KZT", "15", "KZT", None, None, None),
    ("CHF 250", "250", "CHF", None, None, None),
    # qualifiers
    ("près de 35 milliards de dollars", "35000000000", "USD", "approx", None, None),
    ("près d’un milliard de dollars", "1000000000", "USD", "approx", None, None),
    ("environ 2 milliards d'euros", "2000000000", "EUR", "approx", None, None),
    ("quelque 500 millions d'euros", "500000000", "EUR", "approx", None, None),
    ("autour de 40 euros", "40", "EUR", "approx", None, None),
    ("quasiment 1,1 milliard de yens", "1100000000", "JPY", "approx", None, None),
    ("plus de 100 milliards de dollars", "100000000000", "USD", "more_than", None, None),
    ("au moins 10 euros", "10", "EUR", "more_than", None, None),
    ("dépasse les 3 000 milliards d'euros", "3000000000000", "EUR", "more_than", None, None),
    ("à partir de 349 $", "349", "USD", "more_than", None, None),
    ("moins de 70 millions $", "70000000", "USD", "less_than", None, None),
    ("jusqu'à 900 millions de dollars", "900000000", "USD", "less_than", None, None),
    ("jusqu’à 900 millions de dollars", "900000000", "USD", "less_than", None, None),
    ("au plus 15 euros", "15", "EUR", "less_than", None, None),
    ("au maximum 15 euros", "15", "EUR", "less_than", None, None),
    ("à hauteur de 900 millions de dollars", "900000000", "USD", None, None, None),
    # ranges
    ("entre 12 et 15 euros", "12", "EUR", None, "15", None),
    ("entre 12 euros et 15 euros", "12", "EUR", None, "15", None),
    ("de 10 à 12 millions d'euros", "10000000", "EUR", None, "12000000", None),
    ("entre 8,8 et 9,6 milliards de dollars", "8800000000", "USD", None, "9600000000", None),
    ("15-20 millions de dollars", "15000000", "USD", None, "20000000", None),
    ("10 euros - 20 euros", "10", "EUR", None, "20", None),
    ("entre 500 000 et 1 million d'euros", "500000", "EUR", None, "1000000", None),
    # conversions
    ("près de 35 milliards de dollars (30,3 milliards d'euros)",
     "35000000000", "USD", "approx", None, ("30300000000", "EUR", None)),
    ("1,35 milliard de dollars (environ 1,21 milliard d'euros)",
     "1350000000", "USD", None, None, ("1210000000", "EUR", "approx")),
    ("4,4 milliards $, soit 3,9 milliards d’euros",
     "4400000000", "USD", None, None, ("3900000000", "EUR", None)),
    ("3,7 milliards d'euros (environ 4,2 milliards de dollars)",
     "3700000000", "EUR", None, None, ("4200000000", "USD", "approx")),
    ("4,4 milliards de dollars canadiens, soit 2,9 milliards d'euros",
     "4400000000", "CAD", None, None, ("2900000000", "EUR", None)),
    ("247,8 milliards de dollars de Taïwan (7,6 milliards de dollars)",
     "247800000000", "TWD", None, None, ("7600000000", "USD", None)),
    ("1,1 milliard de yens (8,8 millions d'euros au cours de l'époque)",
     "1100000000", "JPY", None, None, ("8800000", "EUR", None)),
    ("20 millions d'euros, ou 23 millions de dollars",
     "20000000", "EUR", None, None, ("23000000", "USD", None)),
    ("160 millions de livres (environ 179 millions d'euros)",
     "160000000", "GBP", None, None, ("179000000", "EUR", "approx")),
    ("10 millions de dollars (entre 8 et 9 millions d'euros)",
     "10000000", "USD", None, None, ("8000000", "EUR", None)),
    ("3 Mds de dollars (2,6 Mds d'euros)",
     "3000000000", "USD", None, None, ("2600000000", "EUR", None)),
    # Duckling-style
    ("1 USD et 23 centimes", "1.23", "USD", None, None, None),
    ("$10.000", "10000", "USD", None, None, None),
    ("10K$", "10000", "USD", None, None, None),
    ("neuf pounds", "9", "GBP", None, None, None),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "amount", "currency", "qualifier", "amount_max", "equivalent"),
    EXPRESSIONS,
    ids=[e[0] for e in EXPRESSIONS],
)
def test_parse_money(
    text: str,
    amount: str,
    currency: str,
    qualifier: str | None,
    amount_max: str | None,
    equivalent: tuple[str, str, str | None] | None,
) -> None:
    parsed = parse_money(text)
    assert parsed is not None
    assert parsed.amount == Decimal(amount)
    assert parsed.currency == currency
    assert parsed.qualifier == qualifier
    assert parsed.amount_max == (Decimal(amount_max) if amount_max else None)
    if equivalent is None:
        assert parsed.equivalent is None
    else:
        assert parsed.equivalent is not None
        eq = parsed.equivalent
        assert (eq.amount, eq.currency, eq.qualifier) == (
            Decimal(equivalent[0]),
            equivalent[1],
            equivalent[2],
        )


# fmt: off
NOT_MONEY = [
    "410 000 tonnes",
    "70 %",
    "8 pour cent",
    "37 avions",
    "en 2024",
    "le score de 3-1",
    "au 01 23 45 67 89",
    "des millions de dollars",
    "un livre",
    "M. Dupont",
    "10 km",
    "2 000 salariés",
    "20 euro-obligations",
    "3 européens",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert parse_money(text) is None
    assert find_money(text) == []


# (sentence, [expected span texts])
# fmt: off
SPANS = [
    ("Ils ont promis 300 millions de dollars et l'Allemagne 125 millions d'euros.",
     ["300 millions de dollars", "125 millions d'euros"]),
    ("Apple versera 310 millions de dollars et jusqu'à 500 millions de dollars.",
     ["310 millions de dollars", "jusqu'à 500 millions de dollars"]),
    ("Les 2 paires sont vendues à partir de 349 $.", ["à partir de 349 $"]),
    (f"Le coût atteint 1{NNBSP}875{NBSP}$ et 20{NBSP}k€.", [f"1{NNBSP}875{NBSP}$", f"20{NBSP}k€"]),
    ("Il a touché 1,1 milliard de yens (8,8 millions d’euros au cours de l’époque).",
     ["1,1 milliard de yens (8,8 millions d’euros au cours de l’époque)"]),
    ("La marge est de 31 euros par tonne de brent.", ["31 euros"]),
    ("Ces 7,2 milliards d'euros, puis les 7,2 milliards d'euros manquants.",
     ["7,2 milliards d'euros", "7,2 milliards d'euros"]),
    ("Une hausse de 12 euros en 2024 (WE Charity).", ["12 euros"]),
    ("Un prêt de 40 000 euros, soit environ 46 000 dollars.",
     ["40 000 euros, soit environ 46 000 dollars"]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), SPANS, ids=[s for s, _ in SPANS])
def test_find_money_spans(sentence: str, expected: list[str]) -> None:
    found = find_money(sentence)
    assert [sentence[start:end] for start, end, _ in found] == expected


# --- yearly rates -------------------------------------------------------------------

REQUIRED = ["USD", "CAD", "GBP", "JPY", "CHF", "CNY", "AUD", "HKD", "SEK", "NOK", "DKK", "INR"]


@pytest.mark.parametrize("code", REQUIRED)
def test_rate_table_covers_2010_2025(code: str) -> None:
    table = eur_rates()
    assert all((year, code) in table for year in range(2010, 2026))


def test_rate_table_rouble_stops_in_2022() -> None:
    table = eur_rates()
    assert all((year, "RUB") in table for year in range(2010, 2023))
    assert (2023, "RUB") not in table


@pytest.mark.parametrize(
    ("code", "per", "year", "low", "high"),
    [
        ("USD", "EUR", 2020, "1.13", "1.15"),
        ("CAD", "EUR", 2020, "1.52", "1.54"),
        ("JPY", "EUR", 2018, "129", "132"),
        ("GBP", "EUR", 2016, "0.81", "0.83"),
        ("JPY", "USD", 2020, "105", "108"),
    ],
)
def test_rate_values(code: str, per: str, year: int, low: str, high: str) -> None:
    value = rate(code, per, year)
    assert value is not None
    assert Decimal(low) <= value <= Decimal(high)


def test_rate_unknown_currency_is_none() -> None:
    assert rate("TWD", "EUR", 2020) is None
    assert rate("KZT", "EUR", 2020) is None


@pytest.mark.parametrize(
    ("ref", "year"), [(date(2020, 7, 31), 2020), (date(1990, 1, 1), 2005), (None, 2026)]
)
def test_table_year(ref: date | None, year: int) -> None:
    assert table_year(ref) == year


# --- article-level evidence ---------------------------------------------------------


Found = tuple[MoneyMatch, Money]


def money(text: str) -> Found:
    """The match of `text` and the Money record extract.py builds from it."""
    parsed = parse_money(text)
    assert parsed is not None
    eq = parsed.equivalent
    record = Money(
        text=text,
        start=0,
        end=len(text),
        amount=parsed.amount,
        currency=parsed.currency,
        qualifier=parsed.qualifier,
        amount_max=parsed.amount_max,
        equivalent=Equivalent(
            amount=eq.amount, currency=eq.currency, qualifier=eq.qualifier, text=eq.text
        )
        if eq is not None
        else None,
    )
    return parsed, record


def records(items: list[Found]) -> list[Money]:
    """The records of `items`, as given to `resolve_currencies`."""
    return [record for _, record in items]


def test_conversions_show_canadian_dollars() -> None:
    items = [
        money("près de 300.000 dollars (189.000 euros)"),
        money("1.500 dollars (environ 1.000 euros)"),
        money("plus de 40 millions de dollars"),
        money("125 millions d'euros"),
    ]
    out, warnings = resolve_currencies(items, reference_date=date(2020, 7, 31))
    assert [m.currency for m in out] == ["CAD", "CAD", "CAD", "EUR"]
    assert [m.currency_assumed for m in out] == [True, True, True, False]
    assert len(warnings) == 1
    assert "CAD" in warnings[0]
    assert "USD" in warnings[0]


def test_us_dollar_conversions_keep_usd() -> None:
    items = [
        money("35 milliards de dollars (30,3 milliards d'euros)"),
        money("20 milliards de dollars"),
    ]
    out, warnings = resolve_currencies(items, reference_date=date(2025, 11, 6))
    assert [m.currency for m in out] == ["USD", "USD"]
    assert not any(m.currency_assumed for m in out)
    assert warnings == []


def test_qualified_dollars_are_never_changed() -> None:
    items = [
        money("300.000 dollars (189.000 euros)"),
        money("5 millions de dollars américains"),
    ]
    out, _ = resolve_currencies(items, reference_date=date(2020, 7, 31))
    assert [m.currency for m in out] == ["CAD", "USD"]


def test_equivalent_in_bare_dollars_follows_the_evidence() -> None:
    items = [money("189.000 euros (300.000 dollars)")]
    out, _ = resolve_currencies(items, reference_date=date(2020, 7, 31))
    assert out[0].equivalent is not None
    assert out[0].equivalent.currency == "CAD"
    assert out[0].currency_assumed


def test_dollar_override() -> None:
    items = [money("212.000 dollars"), money("35 €")]
    out, warnings = resolve_currencies(items, reference_date=date(2020, 7, 31), dollar="cad")
    assert [m.currency for m in out] == ["CAD", "EUR"]
    assert out[0].currency_assumed
    assert "--dollar CAD" in warnings[0]


def test_override_to_usd_changes_nothing() -> None:
    items = [money("212.000 dollars")]
    out, warnings = resolve_currencies(items, reference_date=date(2020, 7, 31), dollar="USD")
    assert out == records(items)
    assert warnings == []


def test_majority_wins_and_outlier_is_flagged() -> None:
    items = [
        money("21,8 millions $ (14,1 millions d’euros)"),
        money("505 millions $ (325 millions d’euros)"),
        money("4,4 milliards $, soit 3,9 milliards d’euros"),
    ]
    out, warnings = resolve_currencies(items, reference_date=date(2018, 12, 20))
    assert [m.currency for m in out] == ["CAD", "CAD", "CAD"]
    assert out[2].equivalent is not None
    assert out[2].equivalent.amount == Decimal("3.9e9")  # kept as written
    assert any("kept as written" in w and "4,4" in w for w in warnings)


def test_far_off_conversion_is_kept_and_flagged() -> None:
    items = [money("100 millions d'euros (300 millions de dollars américains)")]
    out, warnings = resolve_currencies(items, reference_date=date(2020, 6, 2))
    assert out == records(items)
    assert len(warnings) == 1
    assert "kept as written" in warnings[0]


def test_equal_rates_keep_the_default() -> None:
    # In 2012 the US and Canadian dollars were at par against the euro: no evidence.
    items = [money("1.000 dollars (778 euros)")]
    out, warnings = resolve_currencies(items, reference_date=date(2012, 7, 4))
    assert out[0].currency == "USD"
    assert warnings == []


def test_bare_couronnes_follow_the_evidence() -> None:
    items = [money("1 000 couronnes (134 euros)"), money("50 couronnes")]
    out, _ = resolve_currencies(items, reference_date=date(2020, 1, 15))
    assert [m.currency for m in out] == ["DKK", "DKK"]


def test_no_items() -> None:
    assert resolve_currencies([], reference_date=None) == ([], [])
