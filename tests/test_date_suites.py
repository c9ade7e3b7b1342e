"""The peers' French date suites (../shared/cases), run through the real pipeline.

Prints the accuracy of each suite (run ``pytest -s`` or ``python tests/date_suites.py``
for the misses). The floors below are the figures reached when this module was written,
so that a regression fails; the issue's target (90 % of in-scope cases) is not reached
on every suite yet (see the README's date conventions and the report of issue 11).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from date_suites import SUITES, run_suite, table

from c5facts.extract import Extractor

# suite -> floor of accuracy over its in-scope cases (convention cases apart).
FLOORS = {
    "duckling/time": 0.40,
    "duckling/duration": 0.80,
    "recognizers/date-parser": 0.55,
    "recognizers/duration-parser": 0.45,
    "recognizers/time-parser": 0.30,
    "dateparser/relative": 0.20,
    "dateparser/parse": 0.75,
}


def test_peer_suites(shared_dir: Path, extractor: Extractor) -> None:
    scores = [run_suite(extractor, shared_dir, src, name) for src, name in SUITES]
    print("\n" + table(scores))
    low = [
        f"{s.name}: {s.accuracy:.3f} < {FLOORS[s.name]}"
        for s in scores
        if s.name in FLOORS and s.accuracy < FLOORS[s.name]
    ]
    assert not low, low


@pytest.mark.parametrize(
    "text",
    [
        "La dette atteint 30,3 milliards d'euros.",
        "Le score était de 10,00 2 points.",
        "Les codes 73 20 et 4000 personnes.",
        "Il a versé 45 millions de dollars en 2 fois.",
        "La prime s'élève à 2 019 euros.",
    ],
)
def test_plain_numbers_and_money_are_never_dates(extractor: Extractor, text: str) -> None:
    article = extractor.extract(text)
    assert [d.text for d in article.dates] == []
