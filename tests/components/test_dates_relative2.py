"""Times and relative days: ranges of hours, "le lendemain à 8 heures", "en soirée"."""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2025, 11, 6)  # a Thursday


def _dates(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    article = extractor.extract(text, reference_date=REF)
    return [(d.text, d.value, d.mod) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both ends of a range of hours are times of day, not lengths
        (
            "Le couvre-feu s'applique de 21 heures à 6 heures.",
            [("21 heures", "2025-11-06T21:00", None), ("6 heures", "2025-11-06T06:00", None)],
        ),
        (
            "Les bureaux ouvrent entre 14 heures et 16 heures.",
            [("14 heures", "2025-11-06T14:00", None), ("16 heures", "2025-11-06T16:00", None)],
        ),
        # "de N heures" alone is a length
        ("Une garde à vue de 12 heures.", [("12 heures", "PT12H", None)]),
        # a capital "A" opening a sentence is "À"
        (
            "A 18 heures, heure de Paris, le résultat tombera.",
            [("18 heures", "2025-11-06T18:00", None)],
        ),
        ("Il a 18 heures pour répondre.", [("18 heures", "PT18H", None)]),
        # "en soirée", "en matinée": the reference day's part, or the day's beside it
        ("Il est intervenu en soirée.", [("soirée", "2025-11-06TEV", None)]),
        ("Il a atterri mardi en matinée.", [("mardi en matinée", "2025-11-04TMO", None)]),
        # "tard" / "tôt" between a day and its part keep them one time
        (
            "Il a été arrêté mardi tard dans la soirée.",
            [("mardi tard dans la soirée", "2025-11-04TEV", "END")],
        ),
    ],
)
def test_times(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est arrivé le lendemain à 8 heures.", "2025-11-07T08:00"),
        ("Il est arrivé la veille vers 22 heures.", "2025-11-05T22:00"),
        ("Il est parti le lendemain.", "2025-11-07"),
    ],
)
def test_next_day_with_its_time(extractor: Extractor, text: str, expected: str) -> None:
    assert [v for _, v, _ in _dates(extractor, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "après-midi" written without its hyphen: the afternoon, never noon
        ("Il est arrivé dans l'après midi.", "2025-11-06TAF"),
        ("Il est arrivé en milieu d'après midi.", "2025-11-06TAF"),
        ("Le vote aura lieu mardi après midi.", "2025-11-11TAF"),
        ("Il viendra demain après midi.", "2025-11-07TAF"),
    ],
)
def test_unhyphenated_afternoon(extractor: Extractor, text: str, expected: str) -> None:
    assert [v for _, v, _ in _dates(extractor, text)] == [expected]


def test_after_noon_stays_noon(extractor: Extractor) -> None:
    assert _dates(extractor, "Il est arrivé après midi.")[0][1] == "2025-11-06T12:00"
