"""Days of a month named from the reference: "du 4 au 22 de ce mois", "le 15 du mois prochain"."""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2016, 11, 7)  # a Monday


def _dates(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract(text, reference_date=REF)
    return [(d.text, d.value) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of days of the reference's month, the next one, the previous one
        (
            "Le festival se tiendra du 4 au 22 de ce mois à Lyon.",
            [("du 4 au 22 de ce mois", "2016-11-04/2016-11-22")],
        ),
        (
            "Les travaux dureront du 4 au 23 du mois prochain.",
            [("du 4 au 23 du mois prochain", "2016-12-04/2016-12-23")],
        ),
        (
            "Du 1er au 15 du mois dernier, la rivière est restée en crue.",
            [("Du 1er au 15 du mois dernier", "2016-10-01/2016-10-15")],
        ),
        (
            "La piscine restera fermée du 2 jusqu'au 9 du mois prochain.",
            [("du 2 jusqu'au 9 du mois prochain", "2016-12-02/2016-12-09")],
        ),
        # "entre le X et le Y" with the same relative months
        (
            "Entre le 4 et le 22 de ce mois, la route sera coupée.",
            [("Entre le 4 et le 22 de ce mois", "2016-11-04/2016-11-22")],
        ),
        (
            "Le scrutin se déroulera entre le 10 et le 12 du mois prochain.",
            [("entre le 10 et le 12 du mois prochain", "2016-12-10/2016-12-12")],
        ),
        (
            "Il a neigé entre le 3 et le 5 du mois dernier.",
            [("entre le 3 et le 5 du mois dernier", "2016-10-03/2016-10-05")],
        ),
        # "ce mois-ci" closes the range or the day too
        (
            "Du 4 au 22 de ce mois-ci, la ligne sera interrompue.",
            [("Du 4 au 22 de ce mois-ci", "2016-11-04/2016-11-22")],
        ),
        (
            "Entre le 8 et le 11 de ce mois-ci, le musée ouvrira tard.",
            [("Entre le 8 et le 11 de ce mois-ci", "2016-11-08/2016-11-11")],
        ),
        # single days
        ("Le vote aura lieu le 15 de ce mois.", [("le 15 de ce mois", "2016-11-15")]),
        ("Le vote aura lieu le 15 de ce mois-ci.", [("le 15 de ce mois-ci", "2016-11-15")]),
        (
            "La réunion est fixée au 3 du mois prochain.",
            [("3 du mois prochain", "2016-12-03")],
        ),
        (
            "L'exposition reste ouverte jusqu'au 30 de ce mois.",
            [("30 de ce mois", "2016-11-30")],
        ),
    ],
)
def test_days_of_a_relative_month(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "de ce mois" after a noun is the month, no day
        ("Le salaire de ce mois a baissé.", [("ce mois", "2016-11")]),
        # plain numbers stay no date (issue 11)
        ("Du 4 au 22, la ligne sera interrompue.", []),
        ("Entre le 4 et le 22, la route sera coupée.", []),
        # a right end before the left one is no range
        ("Entre le 22 et le 4 de ce mois, la route sera coupée.", []),
        # a day that the month does not have
        ("Le vote aura lieu le 31 de ce mois.", []),
    ],
)
def test_no_days(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(extractor, text) == expected
