"""Money normalisation: numbers, whole expressions, rates and article-level currency evidence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from c5facts.matches import MoneyMatch
from c5facts.normalise.money.currency import resolve_currencies
from c5facts.normalise.money.grammar import find_money, parse_money
from c5facts.normalise.money.numbers import parse_number
from c5facts.normalise.money.rates import per_eur, rate
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


@settings(deadline=None)  # the first example builds the grammar once (cached)
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
    # a smaller count completes the millions or billions
    ("un million 200 000 euros", "1200000", "EUR", None, None, None),
    ("3 milliards 200 millions d'euros", "3200000000", "EUR", None, None, None),
    ("deux millions cinq cent mille euros", "2500000", "EUR", None, None, None),
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
    # a change and the level it reaches, each with its currency: two amounts, no range
    ("Le titre a pris 2,3 euros à 45,6 euros.", ["2,3 euros", "45,6 euros"]),
    ("Les places coûtent 10 à 15 euros.", ["10 à 15 euros"]),
    # after a verb of change, "de A à B" gives the level before and the level after
    ("Le ticket est passé de 1,90 euro à 2,10 euros.", ["1,90 euro", "2,10 euros"]),
    ("Le loyer a baissé de 800 euros à 750 euros.", ["800 euros", "750 euros"]),
    ("Les places coûtent de 10 euros à 15 euros.", ["de 10 euros à 15 euros"]),
    ("Une hausse de 10 euros à 15 euros.", ["de 10 euros à 15 euros"]),
    ("Le budget a été porté de 10 à 12 millions d'euros.", ["de 10 à 12 millions d'euros"]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), SPANS, ids=[s for s, _ in SPANS])
def test_find_money_spans(sentence: str, expected: list[str]) -> None:
    found = find_money(sentence)
    assert [sentence[start:end] for start, end, _ in found] == expected


# --- weekly reference rates ---------------------------------------------------------

REQUIRED = ["USD", "CAD", "GBP", "JPY", "CHF", "CNY", "AUD", "HKD", "SEK", "NOK", "DKK", "INR"]


@pytest.mark.parametrize("code", REQUIRED)
def test_rate_table_covers_2010_2025(code: str) -> None:
    assert all(per_eur(code, date(year, 6, 15)) is not None for year in range(2010, 2026))


def test_rate_table_rouble_stops_in_2022() -> None:
    assert per_eur("RUB", date(2021, 6, 15)) is not None
    assert per_eur("RUB", date(2023, 6, 15)) is None


@pytest.mark.parametrize(
    ("code", "per", "day", "low", "high"),
    [
        # the week's rate, not the year's: the euro fell from 1.15 to 1.08 $ in 2016
        ("USD", "EUR", date(2016, 5, 4), "1.145", "1.152"),
        ("USD", "EUR", date(2016, 12, 21), "1.03", "1.05"),
        ("CAD", "EUR", date(2020, 7, 31), "1.56", "1.59"),
        ("JPY", "EUR", date(2018, 3, 1), "129", "132"),
        ("JPY", "USD", date(2020, 3, 2), "105", "109"),
        ("FRF", "EUR", date(1995, 1, 1), "6.55957", "6.55957"),  # the fixed euro rate
    ],
)
def test_rate_values(code: str, per: str, day: date, low: str, high: str) -> None:
    value = rate(code, per, day)
    assert value is not None
    assert Decimal(low) <= value <= Decimal(high)


def test_rate_unknown_currency_is_none() -> None:
    assert rate("TWD", "EUR", date(2020, 1, 1)) is None
    assert rate("KZT", "EUR", None) is None


def test_rate_before_and_after_the_table_is_clamped() -> None:
    assert per_eur("USD", date(1990, 1, 1)) == per_eur("USD", date(1999, 1, 4))
    assert per_eur("USD", date(2099, 1, 1)) == per_eur("USD", None)


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
    assert [m.currency_evidence for m in out] == ["default", "default"]
    assert all(m.currency_assumed for m in out)  # a bare unit is always an assumption
    assert warnings == []
    eq = out[0].equivalent
    assert eq is not None
    assert eq.implied_rate == Decimal("0.865714")
    assert eq.reference_rate is not None
    assert Decimal("0.85") < eq.reference_rate < Decimal("0.88")


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
    assert [(m.currency, m.currency_evidence) for m in out] == [("USD", "forced")]
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
    assert [(m.amount, m.currency) for m in out] == [(m.amount, m.currency) for m in records(items)]
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


# --- written forms of issue 12 (own sentences) ------------------------------------

# (text, amount, currency, extra checks on the match)
# fmt: off
FORMS = [
    ("Le club a dépensé 14 millions de $ cet été.", "14000000", "USD"),
    ("La ville a reçu 2 millions de € de l'État.", "2000000", "EUR"),
    ("Le fonds vise 10 milliards de $ usd d'ici 2030.", "10000000000", "USD"),
    ("Le contrat vaut 16,4 millions de $ c selon Ottawa.", "16400000", "CAD"),
    ("La mine a coûté 300 millions de $ CAD.", "300000000", "CAD"),
    ("Le port a levé 10,05 milliards de $ hk.", "10050000000", "HKD"),
    ("Le ticket coûte CA$ 15 à Toronto.", "15", "CAD"),
    ("La note atteint mxn$ 15 au marché.", "15", "MXN"),
    ("La papeterie fut vendue 420 millions de marks finlandais.", "420000000", "FIM"),
    ("Le rachat a coûté 250 millions de florins hollandais.", "250000000", "NLG"),
    ("Le chantier a coûté 90 millions de francs français.", "90000000", "FRF"),
    ("Le pain coûtait treize euros et quarante-cinq cents.", "13.45", "EUR"),
    ("Il a payé 15 dollars et 15.", "15.15", "USD"),
    ("Le menu vaut 15 dollars 50.", "15.50", "USD"),
    ("La start-up a levé 2,7M€ auprès de ses clients.", "2700000", "EUR"),
    ("Le vélo est vendu 1.250 dollars en boutique.", "1250", "USD"),
    ('Les "108 millions" d\'euros promis ne sont jamais arrivés.', "108000000", "EUR"),
    ("Le plan atteint 103,5 milliars d'euros.", "103500000000", "EUR"),
    ("Le budget prévoit 80 milliard de dinars.", "80000000000", "DZD"),
]
# fmt: on


@pytest.mark.parametrize(("text", "amount", "currency"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_written_forms(text: str, amount: str, currency: str) -> None:
    (m,) = [parse_money(text)]
    assert m is not None
    assert (m.amount, m.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "repair"),
    [
        ("103,5 milliars d'euros", "'milliars' read as 'milliards'"),
        ("80 milliard de dinars", "'milliard' after a plural number read as 'milliards'"),
    ],
)
def test_typos_are_read_with_a_note(text: str, repair: str) -> None:
    m = parse_money(text)
    assert m is not None
    assert m.repairs == (repair,)


def test_one_milliard_is_no_typo() -> None:
    m = parse_money("1,5 milliard d'euros")
    assert m is not None
    assert m.repairs == ()


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Le groupe versera 1,34 $ par action.", "action"),
        ("Chaque foyer recevra 105 euros par mois.", "mois"),
        ("L'aide atteint 500 dollars par personne à charge.", "personne à charge"),
        ("Le loyer est de 900 euros par an pour les étudiants.", "an"),
    ],
)
def test_per_unit_amounts(text: str, per: str) -> None:
    m = parse_money(text)
    assert m is not None
    assert m.per == per


# (text, amount, currency, equivalent amount, currency, equivalent amount_max)
# fmt: off
PAIRS = [
    ("Londres a promis 3,2 milliards de livres supplémentaires (3,6 mds d'euros).",
     "3200000000", "GBP", "3600000000", "EUR", None),
    ("Le plan prévoit 800 millions de livres d'économies (886 millions d'euros) en 2025.",
     "800000000", "GBP", "886000000", "EUR", None),
    ("Jusqu'à 2.000 livres par mois (105 euros) seront versées.",
     "2000", "GBP", "105", "EUR", None),
    ("Le coût est estimé entre 8 milliards de dollars et 9 milliards de dollars "
     "(7,1 et 8 mds EUR, ndlr).", "8000000000", "USD", "7100000000", "EUR", "8000000000"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "amount", "currency", "eq_amount", "eq_currency", "eq_max"), PAIRS
)
def test_pairs_across_words_and_ranges(
    text: str, amount: str, currency: str, eq_amount: str, eq_currency: str, eq_max: str | None
) -> None:
    (start, end, _), *_ = find_money(text)
    m = parse_money(text[start:end])
    assert m is not None
    assert m.equivalent is not None
    assert (m.amount, m.currency) == (Decimal(amount), currency)
    assert (m.equivalent.amount, m.equivalent.currency) == (Decimal(eq_amount), eq_currency)
    assert m.equivalent.amount_max == (Decimal(eq_max) if eq_max else None)


def test_same_currency_soit_is_a_total_not_a_pair() -> None:
    text = "Il a versé 2 milliards de livres sterling, soit 3,6 milliards de livres au total."
    found = find_money(text)
    assert len(found) == 2
    assert all(parse_money(text[s:e]).equivalent is None for s, e, _ in found)  # type: ignore[union-attr]


def test_words_far_from_a_parenthesis_do_not_pair() -> None:
    text = "Il a payé 20 euros pour un repas servi très tard dans la soirée (30 dollars)."
    (start, end, _), *_ = find_money(text)
    assert text[start:end] == "20 euros"


# fmt: off
NEGATIVES = [
    "Le gisement livrera 410 000 tonnes de cuivre en 2024.",
    "Le chômage a reculé de 0,3 % au troisième trimestre.",
    "Appelez le 01 45 67 89 10 avant midi.",
    "La ville compte 2 000 habitants depuis 1995.",
    "Il a 20 ans et 15 amis.",
    "Le score final est de 15 à 12.",
    "La mine emploie 3 millions de personnes.",
    "Il a lu trois livres cet été.",
    "La salle compte 1.250 places et 45 loges.",
]
# fmt: on


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_money_sentences(text: str) -> None:
    assert find_money(text) == []


# --- regions: the lexer runs only around a currency --------------------------------------


def test_regions_skip_sentences_without_currency() -> None:
    from c5facts.normalise.money.grammar import grammar

    text = "Il a plu 20 jours.\nLe contrat vaut 35 milliards de dollars.\nFin de 2024.\n"
    regions = grammar().lexicon.regions(text)
    assert [text[a:b] for a, b in regions] == ["Le contrat vaut 35 milliards de dollars.\n"]


def test_regions_keep_an_expression_across_a_soft_line_break() -> None:
    from c5facts.normalise.money.grammar import grammar

    # A hard-wrapped line breaks inside the expression: no cut there.
    text = "Le groupe a levé 35\nmilliards de\ndollars (30,3 milliards d'euros) hier.\nFin."
    found = grammar().scan(text)
    assert [text[f.start : f.end] for f in found] == [
        "35\nmilliards de\ndollars (30,3 milliards d'euros)"
    ]
    assert found[0].match.amount == Decimal("35000000000")


def test_scan_over_regions_equals_scan_over_the_whole_text() -> None:
    from c5facts.normalise.money.grammar import _Parser, grammar

    g = grammar()
    lx = g.lexicon
    text = (
        "Titre : 3 000 emplois.\n\nLe fonds, doté de 1,2 Md€, prête entre 10 et 20 M$.\n"
        "Les 4000 personnes.\nSoit 12 euros par action.\n"
    )
    whole = _Parser(lx.tokens(text), text, lx.typos, lx.not_per).run()
    assert g.scan(text) == whole
    assert [f.match.currency for f in whole] == ["EUR", "USD", "EUR"]
