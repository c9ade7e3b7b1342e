"""Date normalisation tables: phrase + reference + tense -> TIMEX3 value.

The phrases go through the real dates grammar (`date_text.resolve_text`); the last tests
build `DateMatch` objects by hand (no spaCy).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from date_text import match_of, resolve_text

from c5facts.matches import DateMatch, DateTense, DateWord
from c5facts.normalise.dates import ResolvedDate, find_reference_date, resolve
from c5facts.normalise.dates.fields import read_fields

# Thursday 6 November 2025, ISO week 45.
REF = date(2025, 11, 6)

# fmt: off
ABSOLUTE: list[tuple[str, str, str]] = [
    # text, value, grain
    ("12 mars 2021", "2021-03-12", "day"),
    ("le 1er avril 2019", "2019-04-01", "day"),
    ("samedi 4 octobre 2025", "2025-10-04", "day"),
    ("3 févr. 2017", "2017-02-03", "day"),
    ("25 sept. 2015", "2015-09-25", "day"),
    ("9 déc. 2001", "2001-12-09", "day"),
    ("14 janv. 2010", "2010-01-14", "day"),
    ("05/04/2012", "2012-04-05", "day"),
    ("2023-08-15", "2023-08-15", "day"),
    ("mercredi 10 juillet 2019 à 7h05", "2019-07-10T07:05", "day"),
    ("jeudi 3 avril 2014 à 18h", "2014-04-03T18:00", "day"),
    ("en 2018", "2018", "year"),
    ("depuis 1998", "1998", "year"),
    ("pour l'année 2027", "2027", "year"),
    ("avril 2013", "2013-04", "month"),
    ("début 2022", "2022", "year"),
    ("fin octobre 2019", "2019-10", "month"),
    ("mi-juillet 2016", "2016-07", "month"),
    ("à l'automne 2008", "2008-FA", "season"),
    ("l'hiver 2011", "2011-WI", "season"),
    ("dans les années 1980", "198", "decade"),
    ("les années 2000", "200", "decade"),
    ("au troisième trimestre 2022", "2022-Q3", "quarter"),
    ("au second semestre 2019", "2019-H2", "half"),
    ("à la fin de l'année 2014", "2014", "year"),
    ("Noël 2019", "2019-12-25", "day"),
]

RELATIVE: list[tuple[str, str | None, str, str]] = [
    # text, tense, value, grain (reference: Thursday 2025-11-06)
    ("aujourd'hui", None, "2025-11-06", "day"),
    ("hier soir", "past", "2025-11-05TEV", "day"),
    ("avant-hier", "past", "2025-11-04", "day"),
    ("demain", "future", "2025-11-07", "day"),
    ("après-demain", None, "2025-11-08", "day"),
    ("la veille", "past", "2025-11-05", "day"),
    ("le lendemain", "future", "2025-11-07", "day"),
    ("mardi", "past", "2025-11-04", "day"),
    ("mardi", "future", "2025-11-11", "day"),
    ("mardi", "present", "2025-11-11", "day"),
    ("jeudi", "past", "2025-11-06", "day"),
    ("jeudi", "future", "2025-11-06", "day"),
    ("vendredi", None, "2025-11-07", "day"),
    ("depuis lundi", "present", "2025-11-03", "day"),
    ("lundi", None, "2025-11-03", "day"),
    ("mercredi dernier", None, "2025-11-05", "day"),
    ("jeudi prochain", None, "2025-11-13", "day"),
    ("ce vendredi", "past", "2025-10-31", "day"),
    ("cette semaine", None, "2025-W45", "week"),
    ("la semaine passée", None, "2025-W44", "week"),
    ("la semaine prochaine", None, "2025-W46", "week"),
    ("ce mois-ci", None, "2025-11", "month"),
    ("le mois dernier", None, "2025-10", "month"),
    ("le mois prochain", None, "2025-12", "month"),
    ("cette année", None, "2025", "year"),
    ("l'année dernière", None, "2024", "year"),
    ("l'an prochain", None, "2026", "year"),
    ("il y a trois ans", None, "2022", "year"),
    ("il y a dix jours", None, "2025-10-27", "day"),
    ("dans deux semaines", None, "2025-11-20", "day"),
    ("au premier trimestre", None, "2025-Q1", "quarter"),
    ("au premier semestre", None, "2025-H1", "half"),
    ("en mars", "past", "2025-03", "month"),
    ("en mars", "future", "2026-03", "month"),
    ("en décembre", None, "2025-12", "month"),
    ("en novembre", "past", "2025-11", "month"),
    ("depuis juillet", "present", "2025-07", "month"),
    ("juin dernier", None, "2025-06", "month"),
    ("novembre dernier", None, "2024-11", "month"),
    ("février prochain", None, "2026-02", "month"),
    ("le 14 juillet", "past", "2025-07-14", "day"),
    ("le 14 juillet", "future", "2026-07-14", "day"),
    ("le 1er janvier", "future", "2026-01-01", "day"),
    ("le 2 mars dernier", None, "2025-03-02", "day"),
    ("le 2 mars prochain", None, "2026-03-02", "day"),
    ("et avril", "past", "2025-04", "month"),
    ("l'année en cours", None, "2025", "year"),
    ("début septembre", "past", "2025-09", "month"),
    ("fin janvier", "future", "2026-01", "month"),
    ("au début du mois", None, "2025-11", "month"),
    ("en début d'année", None, "2025", "year"),
    ("cet été", None, "2025-SU", "season"),
    ("lundi 3 novembre", None, "2025-11-03", "day"),
    ("le lendemain du 2 octobre", None, "2025-10-03", "day"),
    ("premier lundi du mois prochain", None, "2025-12-01", "day"),
]

DURATIONS: list[tuple[str, str]] = [
    ("pendant six mois", "P6M"),
    ("depuis vingt ans", "P20Y"),
    ("sur trois jours", "P3D"),
    ("durant 12 semaines", "P12W"),
    ("au cours des deux dernières années", "P2Y"),
    ("les cinq prochaines années", "P5Y"),
    ("quatre trimestres précédents", "P12M"),
    ("au cours de la dernière décennie", "P10Y"),
    ("depuis plus d'un an", "P1Y"),
    ("pendant près de deux siècles", "P200Y"),
    ("une demi-décennie", "P5Y"),
    ("durant un an et demi", "P18M"),
]

RANGES: list[tuple[str, str | None, str]] = [
    ("du 3 mars 2020 au 5 avril 2021", None, "2020-03-03/2021-04-05"),
    ("du 10 au 20 mai 2024", None, "2024-05-10/2024-05-20"),
    ("entre 2010 et 2014", None, "2010/2014"),
    ("2017-2018", None, "2017/2018"),
    ("de 1995 à 2001", None, "1995/2001"),
    ("de mai à septembre", "past", "2025-05/2025-09"),
    ("de novembre à février", "future", "2025-11/2026-02"),
    ("d'octobre 2012 à janvier 2013", None, "2012-10/2013-01"),
    ("entre mardi et vendredi", "future", "2025-11-11/2025-11-14"),
]

# Vague phrases ("ces dernières semaines", "dans le futur") are TimeML vague values now:
# tests/components/test_dates_news_families.py.
NOT_DATES: list[str] = [
    "des années",
    "les jours",
    # "deux ans plus tard" alone is a length (P2Y), a date only after one it counts from:
    # tests/components/test_dates_narrative_offsets.py
    "30,3",
    "86,6",
    "Je",
    "sa",
    "4000",
]

NO_REFERENCE: list[tuple[str, str | None, str | None]] = [
    # text, value, offset: without a reference date, never today's date
    ("hier", None, "-P1D"),
    ("demain", None, "P1D"),
    ("aujourd'hui", None, "P0D"),
    ("l'an dernier", None, "-P1Y"),
    ("la semaine prochaine", None, "P1W"),
    ("il y a deux ans", None, "-P2Y"),
    ("dans trois semaines", None, "P3W"),
    ("lundi", None, None),
    ("en septembre", None, None),
    ("3 mai 2012", "2012-05-03", None),
]

REFERENCE_DATES: list[tuple[str, str | None, tuple[date, str] | None]] = [
    ("Titre\n\nReuters, publié le lundi 09 mars 2015 à 08h10\nTexte.", None,
     (date(2015, 3, 9), "metadata")),
    ("Titre\n\nPublié le 1er février 2021\nTexte.", None, (date(2021, 2, 1), "metadata")),
    ("Titre\nPublié le 07/03/2019 à 10h12\nTexte.", None, (date(2019, 3, 7), "metadata")),
    ("2024-05-17\nTitre\nTexte.", None, (date(2024, 5, 17), "iso-line")),
    ("Titre\n\n12 mars 2013. - Le gouvernement a annoncé.", None,
     (date(2013, 3, 12), "metadata")),
    ("Titre\nTexte sans date.", "articles/2025-11-06_c5.txt", (date(2025, 11, 6), "filename")),
    ("Titre\nTexte sans date.", "/tmp/20251106-c5.txt", (date(2025, 11, 6), "filename")),
    ("Titre\nTexte sans date.", "articles/note.txt", None),
    ("Titre\nTexte sans date.", None, None),
    ("Titre\nLe 3 mai 2012, au milieu du texte.", None, None),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "grain"), ABSOLUTE, ids=[c[0] for c in ABSOLUTE])
def test_absolute(text: str, value: str, grain: str) -> None:
    got = resolve_text(text, reference=REF, tense=None)
    assert got is not None
    assert (got.value, got.grain) == (value, grain)


@pytest.mark.parametrize(
    ("text", "tense", "value", "grain"), RELATIVE, ids=[f"{c[0]}-{c[1]}" for c in RELATIVE]
)
def test_relative(text: str, tense: str | None, value: str, grain: str) -> None:
    got = resolve_text(text, reference=REF, tense=tense)
    assert got is not None
    assert (got.value, got.grain, got.kind) == (value, grain, "time" if "T" in value else "date")


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        # in January the winter under way began the year before; the last one, two before
        ("l'hiver dernier", "past", "2024-WI"),
        ("cet hiver", "past", "2025-WI"),
        ("l'hiver prochain", "future", "2026-WI"),
        ("l'été dernier", "past", "2025-SU"),
    ],
)
def test_seasons_read_in_january(text: str, tense: str | None, value: str) -> None:
    got = resolve_text(text, reference=date(2026, 1, 15), tense=tense)
    assert got is not None
    assert (got.value, got.grain) == (value, "season")


@pytest.mark.parametrize(
    ("tense", "value"), [("past", "2024-02-29"), ("future", "2028-02-29"), (None, "2024-02-29")]
)
def test_29_february_between_leap_years(tense: str | None, value: str) -> None:
    got = resolve_text("le 29 février", reference=date(2026, 1, 15), tense=tense)
    assert got is not None
    assert got.value == value


@pytest.mark.parametrize(("text", "value"), DURATIONS, ids=[c[0] for c in DURATIONS])
def test_duration(text: str, value: str) -> None:
    got = resolve_text(text, reference=REF, tense=None)
    assert got is not None
    assert (got.value, got.grain, got.kind) == (value, "duration", "duration")


@pytest.mark.parametrize(("text", "tense", "value"), RANGES, ids=[c[0] for c in RANGES])
def test_range(text: str, tense: str | None, value: str) -> None:
    got = resolve_text(text, reference=REF, tense=tense)
    assert got is not None
    assert (got.value, got.kind) == (value, "range")


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert resolve_text(text, reference=REF, tense="past") is None


@pytest.mark.parametrize(
    ("text", "value", "offset"), NO_REFERENCE, ids=[c[0] for c in NO_REFERENCE]
)
def test_without_reference(text: str, value: str | None, offset: str | None) -> None:
    got = resolve_text(text, reference=None, tense="past")
    assert got is not None
    assert (got.value, got.offset) == (value, offset)


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    REFERENCE_DATES,
    ids=["byline", "byline-1er", "byline-numeric", "iso-line", "dateline", "file-iso",
         "file-compact", "file-none", "nothing", "not-in-first-lines"],
)  # fmt: skip
def test_find_reference_date(
    text: str, source: str | None, expected: tuple[date, str] | None
) -> None:
    assert find_reference_date(text, source) == expected


# ---------------------------------------------------------------- matches, no spaCy


def _match(rule: str, *words: tuple[str, str], tense: DateTense | None = None) -> DateMatch:
    """A DateMatch built by hand, as the component builds it: words with roles, fields once."""
    ws = tuple(DateWord(role, form, form + " ") for role, form in words)
    first, end = read_fields(ws)
    return DateMatch(rule=rule, tense=tense, words=ws, fields=first, end=end)


def test_resolvers_read_fields_not_text() -> None:
    """The words' text plays no part: only roles and the fields read from them."""
    jeudi = _match("weekday", ("weekday", "jeudi"), tense="future")
    assert resolve(jeudi, REF) == ResolvedDate(value="2025-11-06", grain="day")
    renamed = dataclasses.replace(jeudi, words=(DateWord("weekday", "jeudi", "THURSDAY"),))
    assert resolve(renamed, REF) == resolve(jeudi, REF)
    days = _match("range_days", ("prep", "du"), ("day", "1er"), ("to", "au"), ("day", "15"),
                  ("month", "août"), ("year", "2024"))  # fmt: skip
    assert resolve(days, None) == ResolvedDate(value="2024-08-01/2024-08-15", grain="day",
                                               kind="range")  # fmt: skip


def test_fields_of_a_range_and_of_one_token_edges() -> None:
    first, end = read_fields(
        [DateWord("month", "mi-juin", "mi-juin "), DateWord("to", "à", "à "),
         DateWord("years", "2024/2025", "2024/2025")]
    )  # fmt: skip
    assert (first.edge, first.month) == ("mi", 6)
    assert end is not None
    assert (end.year, end.year_end) == (2024, 2025)


def test_real_matches_cover_the_table_phrases() -> None:
    """Most table phrases go through a real match (the rest through the text grammar)."""
    phrases = [c[0] for c in ABSOLUTE + RELATIVE + DURATIONS + RANGES]
    covered = [p for p in phrases if match_of(p) is not None]
    assert len(covered) >= len(phrases) - 8


@pytest.mark.parametrize(
    ("code", "year", "expected"),
    [
        ("12-25", 2025, date(2025, 12, 25)),  # fixed
        ("E+1", 2025, date(2025, 4, 21)),  # Easter Monday
        ("11-W4-4", 2025, date(2025, 11, 27)),  # Thanksgiving: 4th Thursday of November
        ("11-W4-4+1", 2025, date(2025, 11, 28)),  # Black Friday
        ("06-W3-7", 2025, date(2025, 6, 15)),  # fête des pères: 3rd Sunday of June
        ("05-WL-7~P", 2025, date(2025, 5, 25)),  # fête des mères: last Sunday of May
        ("05-WL-7~P", 2024, date(2024, 5, 26)),
        # 2020: the last Sunday of May is Pentecost, so Mother's Day moves to 7 June
        ("05-WL-7~P", 2020, date(2020, 6, 7)),
        ("02-W5-1", 2025, None),  # no fifth Monday in February 2025
    ],
)
def test_holiday_day(code: str, year: int, expected: date | None) -> None:
    from c5facts.normalise.dates.holidays import holiday_day

    assert holiday_day(code, year) == expected
