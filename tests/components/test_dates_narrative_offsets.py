"""Offsets of the story: "deux ans plus tard", "trois jours auparavant", "le mercredi suivant".

TimeML anchors them on the date the story is at (the date placed last before them in
the paragraph, fine enough for their unit); without one they stay the lengths they were.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import Fact, date_facts
from date_text import resolve_text

from c5facts.extract import Extractor

REF = date(2016, 11, 7)  # a Monday, far from the story's dates


def _dates(extractor: Extractor, text: str) -> list[Fact]:
    return date_facts(extractor, text, REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forward, the grain of the unit written
        (
            "Elle a fondé la société en 2004. Trois ans plus tard, elle l'a revendue.",
            ("Trois ans plus tard", "2007", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. Deux ans plus tard, il était reconstruit.",
            ("Deux ans plus tard", "2012", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. Cinq jours plus tard, la route a rouvert.",
            ("Cinq jours plus tard", "2010-04-17", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. Cinq jours après, la route a rouvert.",
            ("Cinq jours après", "2010-04-17", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. Un jour après, la route a rouvert.",
            ("Un jour après", "2010-04-13", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. Une semaine plus tard, la route a rouvert.",
            ("Une semaine plus tard", "2010-W16", "date", None),
        ),
        (
            "En avril 2010, le pont a cédé. Quatre mois après, il était reconstruit.",
            ("Quatre mois après", "2010-08", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. Quinze jours plus tard, la route a rouvert.",
            ("Quinze jours plus tard", "2010-04-26", "date", None),
        ),
        # a season of a year anchors a count of years
        (
            "Elle est arrivée au printemps 2004. Elle a été nommée directrice deux ans plus tard.",
            ("deux ans plus tard", "2006", "date", None),
        ),
        # at the end of its clause
        (
            "Le club a été promu en 2011 et relégué deux ans après.",
            ("deux ans après", "2013", "date", None),
        ),
        (
            "Le 2 juin 2015, la grève a commencé. Elle a cessé neuf jours plus tard.",
            ("neuf jours plus tard", "2015-06-11", "date", None),
        ),
        # backwards
        (
            "Le 12 avril 2010, le pont a cédé. Trois jours plus tôt, une fissure était apparue.",
            ("Trois jours plus tôt", "2010-04-09", "date", None),
        ),
        (
            "En 2010, le pont a cédé. Vingt ans auparavant, il avait été rénové.",
            ("Vingt ans auparavant", "1990", "date", None),
        ),
        (
            "En 2010, le pont a cédé. Six ans avant, il avait été rénové.",
            ("Six ans avant", "2004", "date", None),
        ),
        # a range: forward from its end, back from its start
        (
            "Du 4 au 6 mai 2018, le festival a eu lieu. Deux jours après, la scène était démontée.",
            ("Deux jours après", "2018-05-08", "date", None),
        ),
        (
            "Du 4 au 6 mai 2018, le festival a eu lieu. Deux jours plus tôt, il pleuvait.",
            ("Deux jours plus tôt", "2018-05-02", "date", None),
        ),
        # compared with a date back from the story's: "par rapport à", "comparé à"
        (
            "En novembre 2019, les ventes ont progressé par rapport à un an plus tôt.",
            ("un an plus tôt", "2018", "date", None),
        ),
        (
            "En octobre 2019, le chômage a reculé de 2 % comparé à un an auparavant.",
            ("un an auparavant", "2018", "date", None),
        ),
        # a bound on the count is a bound on the instant
        (
            "Le pont a cédé en 2010. Plus de trois ans plus tard, il n'était pas réparé.",
            ("Plus de trois ans plus tard", "2013", "date", "AFTER"),
        ),
    ],
)
def test_offset_from_the_story(extractor: Extractor, text: str, expected: Fact) -> None:
    """A count and a way-pointing word after a date: that date moved, in the unit written."""
    assert _dates(extractor, text)[-1] == expected


def test_the_story_moves_on(extractor: Extractor) -> None:
    """An anchored offset is in turn the date the next one counts from."""
    text = (
        "Le 12 avril 2010, le pont a cédé. Six mois plus tard, il était reconstruit. "
        "L'année suivante, il a été inauguré."
    )
    assert [f[1] for f in _dates(extractor, text)] == ["2010-04-12", "2010-10", "2011"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le 12 avril 2010, le pont a cédé. Le vendredi suivant, la route a rouvert.",
            ("Le vendredi suivant", "2010-04-16", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. Le lundi d'après, la route a rouvert.",
            ("Le lundi d'après", "2010-04-19", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. Le samedi précédent, une fissure était apparue.",
            ("Le samedi précédent", "2010-04-10", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. Jeudi de la semaine suivante, il a rouvert.",
            ("Jeudi de la semaine suivante", "2010-04-22", "date", None),
        ),
        (
            "Le 12 avril 2010, le pont a cédé. La semaine qui a suivi, la route a rouvert.",
            ("La semaine qui a suivi", "2010-W16", "date", None),
        ),
        (
            "En avril 2010, le pont a cédé. Le mois qui a suivi, la route a rouvert.",
            ("Le mois qui a suivi", "2010-05", "date", None),
        ),
        (
            "En 2010, le pont a cédé. L'année qui a précédé, il avait été rénové.",
            ("L'année qui a précédé", "2009", "date", None),
        ),
    ],
)
def test_periods_and_weekdays_of_the_story(extractor: Extractor, text: str, expected: Fact) -> None:
    """A weekday, a week, a month or a year named from the story's date."""
    assert _dates(extractor, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no date before it: the length, as written before (never a date from the paper's)
        ("Le pont a cédé. Deux ans plus tard, il était reconstruit.", [("Deux ans", "P2Y")]),
        # a date of another paragraph is no anchor
        (
            "Le pont a cédé en 2010.\n\nDeux ans plus tard, il était reconstruit.",
            [("2010", "2010"), ("Deux ans", "P2Y")],
        ),
        # a date too coarse for the unit: a year before "trois jours"
        (
            "Le pont a cédé en 2010. Trois jours plus tard, la route a rouvert.",
            [("2010", "2010"), ("Trois jours", "P3D")],
        ),
        # counted from an event, not from a date
        (
            "Le pont a cédé en 2010. Deux ans après sa chute, il était reconstruit.",
            [("2010", "2010"), ("Deux ans", "P2Y")],
        ),
        (
            "Le pont a cédé en 2010. Deux ans avant d'être rénové, il était fermé.",
            [("2010", "2010"), ("Deux ans", "P2Y")],
        ),
        # a comparison
        (
            "Le pont a rouvert en 2012, deux ans plus tard que prévu.",
            [("2012", "2012"), ("deux ans", "P2Y")],
        ),
        # "à" before an offset forward is no comparison with an earlier date
        (
            "Le pont a cédé en 2010. Le chantier a été reporté à deux ans plus tard.",
            [("2010", "2010")],
        ),
        # a length governed by its preposition
        (
            "Le pont a cédé en 2010. Il est resté fermé pendant deux ans après.",
            [("2010", "2010"), ("deux ans", "P2Y")],
        ),
        # an age
        ("En 2010, le maire est mort à 61 ans.", [("2010", "2010")]),
        # a weekday of the story with no date before it is not placed
        ("Le pont a cédé. Le vendredi suivant, la route a rouvert.", []),
    ],
)
def test_not_counted_from_the_story(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """Without an anchor, or governed by the words around it: no date from the story."""
    assert [(f[0], f[1]) for f in _dates(extractor, text)] == expected


def test_alone_it_is_never_counted_from_the_paper() -> None:
    """The phrase alone, with a reference date: the length, never the reference moved."""
    found = resolve_text("deux ans plus tard", reference=date(2025, 11, 6), tense="past")
    assert found is not None
    assert (found.value, found.kind) == ("P2Y", "duration")
