"""A day whose month the word after it places: "le 3 courant", "du 3 écoulé", "le 15 prochain"."""

from __future__ import annotations

from datetime import date

import pytest

from c5facts import Extractor

REF = date(1925, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La séance aura lieu le 18 courant.", [("le 18 courant", "1925-03-18")]),
        ("Le 2 courant, le conseil a siégé.", [("Le 2 courant", "1925-03-02")]),
        ("Votre lettre du 3 écoulé nous est parvenue.", [("3 écoulé", "1925-02-03")]),
        ("La vente est fixée au 15 prochain.", [("15 prochain", "1925-03-15")]),
        ("La vente est fixée au 5 prochain.", [("5 prochain", "1925-04-05")]),
        ("Sa lettre du 12 dernier est restée sans réponse.", [("12 dernier", "1925-02-12")]),
        ("Sa lettre du 8 dernier est restée sans réponse.", [("8 dernier", "1925-03-08")]),
    ],
)
def test_day_of_an_elided_month(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(d.text, d.value) for d in article.dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les 12 derniers mois ont été difficiles.", [("Les 12 derniers mois", "P12M")]),
        ("Il a terminé dans les 3 derniers.", []),
        ("Le prochain conseil se réunira.", []),
    ],
)
def test_no_elided_month(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(d.text, d.value) for d in article.dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'exposition restera ouverte jusqu'à fin courant.", [("fin courant", "1925-03", "END")]),
        ("Le loyer est payable début prochain.", [("début prochain", "1925-04", "START")]),
        ("Les comptes arrêtés fin écoulé montrent une perte.", [("fin écoulé", "1925-02", "END")]),
        # "courant" as an adjective of a noun is no month
        ("La fin courante de ces affaires est connue.", []),
    ],
)
def test_edge_of_an_elided_month(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """An edge word and the month's word: business French's "fin courant"."""
    article = extractor.extract(text, reference_date=REF)
    assert [(d.text, d.value, d.mod) for d in article.dates] == expected
