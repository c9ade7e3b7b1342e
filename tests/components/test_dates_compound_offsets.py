"""Offsets counted in several units, one fact each (issue 11).

"il y a deux ans, trois mois et dix jours" is one DATE counted with every unit, at the
precision of its smallest one; a list that goes on in hours or minutes ("il y a 2 jours et
3 heures", "dans 1 an, ..., 1 heure et 1 minute") is one length, a TIME from the
reference time when there is one, else the DURATION (as "il y a deux heures"). "il ya"
and "voici" are read as "il y a". Without "il y a" / "dans" a list stays a length.
Sentences written for these tests; article of Thursday 2025-11-06 (14:30 when timed).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from date_facts import Fact, date_facts
from date_windows import dates_only_nlp, windowed_and_whole

from c5facts.extract import Extractor

REF = date(2025, 11, 6)
NOW = datetime(2025, 11, 6, 14, 30)


def _timed(extractor: Extractor, text: str) -> list[tuple[str, str | None, str, str]]:
    article = extractor.extract(text, reference_date=NOW)
    return [(d.text, d.value, d.kind, d.grain) for d in article.dates]


# fmt: off
DAY_LISTS: list[tuple[str, list[Fact]]] = [
    ("Le barrage a cédé il y a deux ans, trois mois et dix jours.",
     [("il y a deux ans, trois mois et dix jours", "2023-07-27", "date", None)]),
    ("Il ya 1 an, 2 mois et 5 jours, la mine a fermé.",
     [("Il ya 1 an, 2 mois et 5 jours", "2024-09-01", "date", None)]),
    ("Voici trois ans, un mois et une semaine, le club a été racheté.",
     [("Voici trois ans, un mois et une semaine", "2022-09-29", "date", None)]),
    ("La ligne ouvrira dans un an, deux mois, une semaine et trois jours.",
     [("dans un an, deux mois, une semaine et trois jours", "2027-01-16", "date", None)]),
    # a bound on the length, as with one count ("il y a plus de trois ans")
    ("Le traité a été signé il y a plus de 4 ans, 6 mois et 2 semaines.",
     [("il y a plus de 4 ans, 6 mois et 2 semaines", "2021-04-22", "date", "BEFORE")]),
    # two counts with "il ya" as with "il y a"
    ("Il ya 3 ans et 2 mois, l'usine a rouvert.",
     [("Il ya 3 ans et 2 mois", "2022-09", "date", None)]),
    ("Il ya deux ans et demi, le maire a démissionné.",
     [("Il ya deux ans et demi", "2023-05", "date", None)]),
    ("Il y a un an jour pour jour, la digue a été inaugurée.",
     [("Il y a un an jour pour jour", "2024-11-06", "date", None)]),
    ("Il ya 3 jours, le pont a été fermé.",
     [("Il ya 3 jours", "2025-11-03", "date", None)]),
]

TIMED: list[tuple[str, list[tuple[str, str | None, str, str]]]] = [
    ("Le colis est parti il y a 2 heures et 30 minutes.",
     [("il y a 2 heures et 30 minutes", "2025-11-06T12:00", "time", "minute")]),
    ("Le serveur a planté il y a 1 an, 1 mois, 1 semaine, 1 jour, 1 heure et 1 minute.",
     [("il y a 1 an, 1 mois, 1 semaine, 1 jour, 1 heure et 1 minute",
       "2024-09-28T13:29", "time", "minute")]),
    ("Il ya 2 ans, 3 jours et 4 heures, le volcan s'est réveillé.",
     [("Il ya 2 ans, 3 jours et 4 heures", "2023-11-03T10", "time", "hour")]),
    ("La sonde arrivera dans 1 année, 1 mois, 1 semaine, 1 jour, 1 heure et 1 minute.",
     [("dans 1 année, 1 mois, 1 semaine, 1 jour, 1 heure et 1 minute",
       "2026-12-14T15:31", "time", "minute")]),
    ("Le vol a décollé il y a deux jours et trois heures.",
     [("il y a deux jours et trois heures", "2025-11-04T11", "time", "hour")]),
    # "un jour" opening the list is a count, not a vague "someday"
    ("Le ferry a accosté il y a un jour et 4 heures.",
     [("il y a un jour et 4 heures", "2025-11-05T10", "time", "hour")]),
    ("Le tribunal rendra sa décision dans 1 jour et 4 heures.",
     [("dans 1 jour et 4 heures", "2025-11-07T18", "time", "hour")]),
]

UNTIMED_LENGTHS: list[tuple[str, list[Fact]]] = [
    # no reference time: no clock is invented, the list is one length
    ("Le colis est parti il y a 2 heures et 30 minutes.",
     [("2 heures et 30 minutes", "PT2H30M", "duration", None)]),
    ("Le serveur a planté il y a 1 an, 1 mois, 1 semaine, 1 jour, 1 heure et 1 minute.",
     [("1 an, 1 mois, 1 semaine, 1 jour, 1 heure et 1 minute", "P13M8DT1H1M", "duration",
       None)]),
    ("Le vol a décollé il y a deux jours et trois heures.",
     [("deux jours et trois heures", "P2DT3H", "duration", None)]),
    ("Le ferry a accosté il y a un jour et 4 heures.",
     [("un jour et 4 heures", "P1DT4H", "duration", None)]),
]

NOT_OFFSETS: list[tuple[str, list[Fact]]] = [
    ("Il a travaillé pendant un an et six mois sur ce chantier.",
     [("un an et six mois", "P18M", "duration", None)]),
    ("Les secours cherchent depuis 2 heures et 30 minutes.",
     [("2 heures et 30 minutes", "PT2H30M", "duration", None)]),
    ("Il a purgé un an, un mois, une semaine et deux jours de détention.",
     [("un an, un mois, une semaine et deux jours", "P13M9D", "duration", None)]),
    ("La mission a duré 2 ans, 4 mois, 3 jours et 6 heures.",
     [("2 ans, 4 mois, 3 jours et 6 heures", "P28M3DT6H", "duration", None)]),
    # two counts joined by a comma only: two lengths, as before
    ("Un an, deux mois : le chantier a pris du retard.",
     [("Un an", "P1Y", "duration", None), ("deux mois", "P2M", "duration", None)]),
    # a comma and another clause: the offset ends at the comma
    ("Il y a un an, deux mois plus tôt que prévu, la digue a cédé.",
     [("Il y a un an", "2024", "date", None), ("deux mois", "P2M", "duration", None)]),
    ("Il y a trois jours, 40 minutes après le départ, le train a déraillé.",
     [("Il y a trois jours", "2025-11-03", "date", None),
      ("40 minutes", "PT40M", "duration", None)]),
    # a list closed by "et": what follows the comma is another length
    ("Il y a deux ans et trois jours, et 4 heures plus tard, tout a basculé.",
     [("Il y a deux ans et trois jours", "2023-11-03", "date", None),
      ("4 heures", "PT4H", "duration", None)]),
    # an age, not an offset
    ("Il a 45 ans et dirige la société.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DAY_LISTS, ids=[t for t, _ in DAY_LISTS])
def test_offset_lists_are_one_date(extractor: Extractor, text: str, expected: list[Fact]) -> None:
    assert date_facts(extractor, text, REF) == expected


@pytest.mark.parametrize(("text", "expected"), TIMED, ids=[t for t, _ in TIMED])
def test_offset_lists_with_hours_are_one_time(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None, str, str]]
) -> None:
    assert _timed(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), UNTIMED_LENGTHS, ids=[t for t, _ in UNTIMED_LENGTHS])
def test_offset_lists_with_hours_without_reference_time_stay_lengths(
    extractor: Extractor, text: str, expected: list[Fact]
) -> None:
    assert date_facts(extractor, text, REF) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_OFFSETS, ids=[t for t, _ in NOT_OFFSETS])
def test_lists_without_offset_words_stay_lengths(
    extractor: Extractor, text: str, expected: list[Fact]
) -> None:
    assert date_facts(extractor, text, REF) == expected


def test_offset_list_without_reference_keeps_an_iso_offset(extractor: Extractor) -> None:
    article = extractor.extract("Il y a deux ans, trois mois et dix jours, le barrage a cédé.")
    [fact] = article.dates
    assert (fact.value, fact.offset, fact.grain) == (None, "-P27M10D", "day")


def test_unit_named_twice_is_no_single_offset(extractor: Extractor) -> None:
    facts = date_facts(extractor, "Il y a deux ans, trois mois et un an, tout a changé.", REF)
    assert ("il y a deux ans, trois mois et un an", None, "date", None) not in facts
    assert all(value is not None for _, value, _, _ in facts)


def test_long_lists_are_found_in_the_anchor_windows() -> None:
    """The long list patterns are matched around their anchor as by a whole-doc Matcher."""
    text = " ".join(t for t, _ in DAY_LISTS + TIMED + NOT_OFFSETS)
    windowed, whole = windowed_and_whole(dates_only_nlp(), text)
    assert whole <= windowed
    assert any(e - s >= 17 for _, s, e in windowed)  # the six-count list is matched whole


# fmt: off
FAR_PAST: list[tuple[str, list[Fact]]] = [
    # thousands of years, in one token or two: TIMEX3 years, "BC" before Christ (no year 0)
    ("Des outils datant d'il y a 28 000 ans ont été retrouvés.",
     [("il y a 28 000 ans", "BC25976", "date", None)]),
    ("Il y a 2000 ans, des légions campaient ici.", [("Il y a 2000 ans", "0025", "date", None)]),
    ("Il y a près de 5000 ans, le site était habité.",
     [("Il y a près de 5000 ans", "BC2976", "date", "APPROX")]),
    # a count of people is no offset
    ("Il y a 2 000 habitants dans le village.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FAR_PAST, ids=[t for t, _ in FAR_PAST])
def test_offsets_of_thousands_of_years(
    extractor: Extractor, text: str, expected: list[Fact]
) -> None:
    assert date_facts(extractor, text, REF) == expected
