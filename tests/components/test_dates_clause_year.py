"""Issue 11: a day or month without its year takes the year its list or sentence names.

The real pipeline, article of Thursday 2025-11-06 (`normalise.dates.clause_year`): "en
2018, en mai et en août" details 2018; "En 2019, ..." opening the sentence tells it in
2019 until another kind of date ("hier") brings it back; a limit ("depuis 2016"), a
background phrase ("Créée en 2016, ...") or another clause ("en 2018 et l'a rejoint en
mars") carries no year.
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2025, 11, 6)

# fmt: off
CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("La ministre s'y est rendue à deux reprises en 2018, en mai et en août.",
     [("2018", "2018"), ("mai", "2018-05"), ("août", "2018-08")]),
    ("En 2019, l'usine a fermé ses portes en mars.", [("2019", "2019"), ("mars", "2019-03")]),
    ("En 2012, au mois de mai, le fondateur est parti.",
     [("2012", "2012"), ("mois de mai", "2012-05")]),
    ("En 2027, la ligne ouvrira le 3 juin.", [("2027", "2027"), ("le 3 juin", "2027-06-03")]),
    ("En 2018, le groupe a ouvert une usine en mars, puis hier il a fermé en juin.",
     [("2018", "2018"), ("mars", "2018-03"), ("hier", "2025-11-05"), ("juin", "2025-06")]),
    # no year for the clause
    ("Créée en 2016, la jeune pousse a levé trois millions en mars.",
     [("2016", "2016"), ("mars", "2025-03")]),
    ("Depuis 2016, le chômage a baissé, surtout en mars.", [("2016", "2016"), ("mars", "2025-03")]),
    ("Il a quitté le groupe en 2018 et l'a rejoint en mars.",
     [("2018", "2018"), ("mars", "2025-03")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), CASES)
def test_clause_year(extractor: Extractor, text: str, want: list[tuple[str, str | None]]) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(d.text, d.value) for d in article.dates] == want
