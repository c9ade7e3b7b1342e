"""Durations: compound counts in words, sums of units, ages with a compound count."""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2025, 11, 6)


def _dates(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in extractor.extract(text, reference_date=REF).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound count in words, with or without its hyphen
        ("La grève a duré vingt quatre heures.", [("vingt quatre heures", "PT24H")]),
        ("Il a passé trente deux jours en mer.", [("trente deux jours", "P32D")]),
        ("Le délai est de vingt et un jours.", [("de vingt et un jours", "P21D")]),
        ("Il a tenu vingt et une heures.", [("vingt et une heures", "PT21H")]),
        # two units add up, also after "à" when the sentence follows ("de prison")
        (
            "Il a été condamné à deux ans et trois mois de prison.",
            [("deux ans et trois mois", "P27M")],
        ),
        ("La réunion a duré 2 heures et 30 minutes.", [("2 heures et 30 minutes", "PT2H30M")]),
        # seconds as written; "une seconde" is the ordinal or a moment
        ("Il a attendu 30 secondes.", [("30 secondes", "PT30S")]),
        ("Il a couru 2 minutes 30 secondes.", [("2 minutes 30 secondes", "PT2M30S")]),
        ("Une seconde fois, il a échoué.", []),
        # hours written as a clock: a length from 24 hours on, or after "pendant", "en"
        ("Une trêve de 72h a été annoncée.", [("72h", "PT72H")]),
        ("Il a été entendu pendant 48h.", [("48h", "PT48H")]),
        ("Le trajet se fait en 2h30.", [("2h30", "PT2H30M")]),
        ("Le vote a lieu à 14h.", [("14h", "2025-11-06T14:00")]),
        # two counts of the same unit are two lengths, never one sum
        (
            "Une attente de 3 heures et 2 heures de trajet.",
            [("3 heures", "PT3H"), ("2 heures", "PT2H")],
        ),
    ],
)
def test_duration_counts(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Un homme de quarante-huit ans a été arrêté.",
        "Une femme de trente deux ans témoigne.",
        "Il a vingt et un ans.",
        "Il est mort à 87 ans.",
        # age groups: a range of ages after "les" / "chez les"
        "Les 18-25 ans votent de moins en moins.",
        "Chez les 15-24 ans, le chômage a reculé.",
        "La crèche accueille les 2-3 ans avec leurs parents.",
        "Le taux a baissé chez les moins de 25 ans.",
    ],
)
def test_ages_with_compound_counts_are_no_dates(extractor: Extractor, text: str) -> None:
    assert _dates(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il y a une dizaine de jours, il est parti.", "2025-10-27"),
        ("Il reviendra dans une quinzaine de jours.", "2025-11-21"),
        ("Il y a une vingtaine d'années, il vivait ici.", "2005"),
        ("Il y a une huitaine de jours, il est parti.", "2025-10-29"),  # about eight
    ],
)
def test_offsets_with_a_round_count(extractor: Extractor, text: str, expected: str) -> None:
    assert [v for _, v in _dates(extractor, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il y a un an jour pour jour, le pont s'effondrait.", "2024-11-06"),
        ("Dans un mois jour pour jour, le pont rouvrira.", "2025-12-06"),
        ("Il y a un an, le pont s'effondrait.", "2024"),
    ],
)
def test_offsets_to_the_day(extractor: Extractor, text: str, expected: str) -> None:
    assert [v for _, v in _dates(extractor, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a passé une huitaine de jours à Rome.", [("une huitaine de jours", "P8D")]),
        ("Le chantier durera une huitaine de mois.", [("une huitaine de mois", "P8M")]),
        ("Une huitaine de personnes ont été arrêtées.", []),  # a count of people
    ],
)
def test_round_counts_of_a_unit(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates(extractor, text) == expected
