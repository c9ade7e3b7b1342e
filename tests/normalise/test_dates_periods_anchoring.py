"""Narrative relative dates ("l'année précédente", "le lendemain") counted from the story.

The matches come from the real pipeline; `resolve_in_order` resolves them in text order.
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts import spans
from c5facts.extract import Extractor
from c5facts.matches import DateFields, DateMatch, DateWord
from c5facts.normalise.dates.anchoring import anchor_of, narrative, resolve_in_order

REF = date(2025, 11, 6)


def _values(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    doc = extractor.nlp(text)
    found = [(s.text, s._.get(spans.DATES)) for s in doc.spans[spans.DATES]]
    resolved = resolve_in_order([m for _, m in found], REF)
    return [(t, r.value if r else None) for (t, _), r in zip(found, resolved, strict=True)]


# fmt: off
CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("La Chine a ratifié l'accord en septembre 2016, conclu l'année précédente à Paris.",
     [("septembre 2016", "2016-09"), ("l'année précédente", "2015")]),
    ("Il a été arrêté le 3 mars 2019. Le lendemain, il a été libéré.",
     [("le 3 mars 2019", "2019-03-03"), ("Le lendemain", "2019-03-04")]),
    ("Le sommet s'est tenu du 3 au 5 juin 2024 ; la veille, les ministres s'étaient vus.",
     [("du 3 au 5 juin 2024", "2024-06-03/2024-06-05"), ("la veille", "2024-06-04")]),
    ("En 2012, il a fondé la société. Il l'a vendue le mois suivant.",
     [("2012", "2012"), ("le mois suivant", "2025-12")]),  # a year names no month
    ("Il a été élu en 2012 et réélu l'année d'après.",
     [("2012", "2012"), ("l'année d'après", "2013")]),
    ("L'an dernier, les ventes ont chuté.", [("L'an dernier", "2024")]),
    ("Le 2 mai 2020, il a signé. L'année dernière a été dure.",
     [("Le 2 mai 2020", "2020-05-02"), ("L'année dernière", "2024")]),  # "dernière": the paper's
    ("Il reviendra le lendemain.", [("le lendemain", "2025-11-07")]),  # nothing named before
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_dates_count_from_the_story(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text) == expected


def test_only_narrative_words_count_from_the_story() -> None:
    def match(rule: str, role: str, form: str) -> DateMatch:
        return DateMatch(
            rule=rule, tense=None, words=(DateWord(role, form, form),), fields=DateFields()
        )

    assert narrative(match("year_rel", "mod", "précédente"))
    assert narrative(match("veille", "rel", "lendemain"))
    assert not narrative(match("year_rel", "mod", "dernière"))
    assert not narrative(match("relative_day", "rel", "hier"))


def test_anchor_needs_a_fine_enough_value() -> None:
    assert anchor_of("2016-09-12", "day") == date(2016, 9, 12)
    assert anchor_of("2016-09", "day") is None
    assert anchor_of("2016-W45", "year") is None
    assert anchor_of("P3Y", "year") is None
    assert anchor_of(None, "year") is None


def test_anchors_stay_in_their_paragraph(extractor: Extractor) -> None:
    # The whole pipeline (convert.date_records): a date of an earlier paragraph is no
    # anchor, a date of the same paragraph is.
    same = extractor.extract(
        "Le traité a été signé le 3 mars 2019. Le lendemain, il a été publié.", reference_date=REF
    )
    assert [(d.text, d.value) for d in same.dates] == [
        ("le 3 mars 2019", "2019-03-03"),
        ("Le lendemain", "2019-03-04"),
    ]
    other = extractor.extract(
        "Le traité a été signé le 3 mars 2019.\nLe lendemain, il a été publié.",
        reference_date=REF,
    )
    assert [(d.text, d.value) for d in other.dates] == [
        ("le 3 mars 2019", "2019-03-03"),
        ("Le lendemain", "2025-11-07"),
    ]
