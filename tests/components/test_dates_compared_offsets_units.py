"""Offsets with a compared count, and a past or coming unit after "du" or "écoulé".

- "il y a plus de dix ans" is the date counted with TIMEX3 mod BEFORE ("moins de":
  AFTER; "dans plus de" AFTER, "dans moins de" BEFORE; "près de", "quelque": APPROX);
  "un peu" may stand before the comparison; a round approximate count ("une dizaine
  de") is APPROX; after "remonter à" a count of years is a length, no age.
- "du mois dernier", "du mois prochain" (de + le) and "le mois écoulé", "la semaine
  écoulée" are the previous or next month or week.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_facts

from c5facts.extract import Extractor

REF = date(2003, 3, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il y a plus de dix ans, la ville était en ruines.",
         ("Il y a plus de dix ans", "1993", "BEFORE")),
        ("Il y a moins d'un mois, il a été élu.",
         ("Il y a moins d'un mois", "2003-02-14", "AFTER")),
        ("Il y a près de deux ans, il a quitté le parti.",
         ("Il y a près de deux ans", "2001", "APPROX")),
        ("Il y a un peu plus d'un an, le groupe vacillait.",
         ("Il y a un peu plus d'un an", "2002", "BEFORE")),
        ("Il y a quelque vingt ans, le pays a changé.",
         ("Il y a quelque vingt ans", "1983", "APPROX")),
        ("Dans moins de deux semaines, le pays votera.",
         ("Dans moins de deux semaines", "2003-03-28", "BEFORE")),
        ("Dans un peu plus de trois mois, le pays votera.",
         ("Dans un peu plus de trois mois", "2003-06-14", "AFTER")),
        ("Dans un an, le pays votera.", ("Dans un an", "2004", None)),
        # a round approximate count is about as much
        ("Il y a une dizaine de jours, il a démissionné.",
         ("Il y a une dizaine de jours", "2003-03-04", "APPROX")),
        ("Il y a une vingtaine d'années, le pays a changé.",
         ("Il y a une vingtaine d'années", "1983", "APPROX")),
        # "remonter à" + a length: how long ago, never an age
        ("Les faits remontent à vingt ans.", ("vingt ans", "P20Y", None)),
    ],
)  # fmt: skip
def test_a_compared_count_gives_the_mod(
    extractor: Extractor, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert [(t, v, m) for t, v, _, m in date_facts(extractor, text, REF)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'attentat du mois dernier a choqué le pays.", ("mois dernier", "2003-02")),
        ("Les chiffres du mois prochain seront meilleurs.", ("mois prochain", "2003-04")),
        ("Le taux est resté stable au cours du mois écoulé.", ("mois écoulé", "2003-02")),
        ("Le mois écoulé a été calme.", ("Le mois écoulé", "2003-02")),
        ("La semaine écoulée a été calme.", ("La semaine écoulée", "2003-W10")),
        # a bound after a year is no counted noun
        ("Le plan court jusqu'en 2005 inclus.", ("2005", "2005")),
        ("Le musée restera fermé jusqu'en 2005 compris.", ("2005", "2005")),
    ],
)
def test_a_past_or_coming_unit_after_du(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert [(t, v) for t, v, _, _ in date_facts(extractor, text, REF)] == [expected]
