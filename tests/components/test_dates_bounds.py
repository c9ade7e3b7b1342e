"""Bounds written beside a date give its TIMEX3 mod (`c5facts.components.date_bounds`).

"au plus tard" / "au plus tôt" before or after a point: ON_OR_BEFORE / ON_OR_AFTER;
"au moins" / "au plus" beside a length: EQUAL_OR_MORE / EQUAL_OR_LESS ("au moins trois
ans" is at least three years, never "moins de"'s LESS_THAN). The words stay outside the
extent; a mod the date's own words give wins ("fin juin" is END).
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_facts

from c5facts.extract import Extractor

REF = date(2021, 3, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le dossier devra être déposé au plus tard le 30 juin.",
            [("le 30 juin", "2021-06-30", "date", "ON_OR_BEFORE")],
        ),
        (
            "Le dossier devra être déposé le 30 juin, au plus tard.",
            [("le 30 juin", "2021-06-30", "date", "ON_OR_BEFORE")],
        ),
        (
            "Les journaux arrivent au plus tard à 10h30.",
            [("10h30", "2021-03-17T10:30", "time", "ON_OR_BEFORE")],
        ),
        ("Le chantier reprendra au plus tôt en 2023.", [("2023", "2023", "date", "ON_OR_AFTER")]),
        (
            "Les bars fermeront pour au moins deux semaines.",
            [("deux semaines", "P2W", "duration", "EQUAL_OR_MORE")],
        ),
        ("Il restera trois ans au plus.", [("trois ans", "P3Y", "duration", "EQUAL_OR_LESS")]),
        # "moins de" is still less than; the date's own edge wins
        (
            "Il restera moins de trois ans.",
            [("moins de trois ans", "P3Y", "duration", "LESS_THAN")],
        ),
        ("Au plus tard fin juin, il partira.", [("fin juin", "2021-06", "date", "END")]),
        # a deadline without a verb looks ahead, as "jusqu'au" does
        (
            "Inscriptions : le 15 mars au plus tard.",
            [("le 15 mars", "2022-03-15", "date", "ON_OR_BEFORE")],
        ),
        ("Réponse attendue au plus tard lundi.", [("lundi", "2021-03-22", "date", "ON_OR_BEFORE")]),
    ],
)
def test_bound_beside_a_date(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert date_facts(extractor, text, REF) == expected
