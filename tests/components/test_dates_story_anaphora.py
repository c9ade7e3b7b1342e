"""Times of the story taken up again, clock times of the story's day, nights told in the present.

- "ce jour-là", "cette année-là", "la même année", "le jour même", "ce soir-là": the unit
  of the last calendar date placed before (in an earlier paragraph too), none without
  one; "ce vendredi-là": the Friday nearest the story's day; "le même jour que ...",
  "le jour même de son arrivée" are another event's time.
- A bare clock time takes the day the story named last in its paragraph ("samedi 3
  février ... à 22h30"), the morning after a night for a morning hour.
- "la nuit de mardi à mercredi" in a present clause is the nearest such night.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_values

from c5facts.extract import Extractor

REF = date(2003, 3, 14)  # a Friday


def _values(extractor: Extractor, text: str, reference: date = REF) -> list[tuple[str, str | None]]:
    """(text, value) of each date fact of `text` (reference REF unless given)."""
    return date_values(extractor, text, reference)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le 12 mars 2002, la grève a commencé. Ce jour-là, il pleuvait.",
            [("Le 12 mars 2002", "2002-03-12"), ("Ce jour-là", "2002-03-12")],
        ),
        (
            "En 1998, les négociations ont commencé. Cette année-là, le chômage a reculé.",
            [("1998", "1998"), ("Cette année-là", "1998")],
        ),
        (  # a weekday taken up again: that day when it is one, else the nearest one
            "Le 15 mars 2002, la grève a commencé. Ce vendredi-là, il pleuvait.",
            [("Le 15 mars 2002", "2002-03-15"), ("Ce vendredi-là", "2002-03-15")],
        ),
        (
            "Le dimanche 17 mars 2002, la foule a défilé. Ce vendredi-là, rien n'avait bougé.",
            [("Le dimanche 17 mars 2002", "2002-03-17"), ("Ce vendredi-là", "2002-03-15")],
        ),
        (
            "Le 12 mars 2002, la grève a commencé. Le même jour, le ministre a démissionné.",
            [("Le 12 mars 2002", "2002-03-12"), ("Le même jour", "2002-03-12")],
        ),
        (
            "Le 2 mai 2001, les troupes sont entrées. Le soir même, un accord était signé.",
            [("Le 2 mai 2001", "2001-05-02"), ("Le soir même", "2001-05-02TEV")],
        ),
        (
            "Le 2 mai 2001, les troupes sont entrées. Ce soir-là, la foule a fêté la paix.",
            [("Le 2 mai 2001", "2001-05-02"), ("Ce soir-là", "2001-05-02TEV")],
        ),
        (
            "Il a quitté le parti le 4 juin 1999 et fondé le sien le jour même.",
            [("le 4 juin 1999", "1999-06-04"), ("le jour même", "1999-06-04")],
        ),
        (
            "En mars 2002, la grève a commencé. Ce mois-là, les prix ont flambé. "
            "La même année, il est parti.",
            [("mars 2002", "2002-03"), ("Ce mois-là", "2002-03"), ("La même année", "2002")],
        ),
        (
            "Lundi, il a annoncé sa démission. Cette semaine-là, tout a basculé.",
            [("Lundi", "2003-03-10"), ("Cette semaine-là", "2003-W11")],
        ),
        # an earlier paragraph's date, when the paragraph has none
        (
            "L'usine a fermé en 2015.\nCette année-là, la ville a perdu mille emplois.",
            [("2015", "2015"), ("Cette année-là", "2015")],
        ),
        # the month needs a month or a day: a year cannot say which
        ("En 2015, la crise a éclaté. Ce mois-là, rien n'a bougé.", [("2015", "2015")]),
        # a coarser date told after the day does not hide it
        (
            "Le 12 mars 2002, il a parlé. Un accord avait été signé en 1998. Le même jour, "
            "le ministre a réagi.",
            [("Le 12 mars 2002", "2002-03-12"), ("1998", "1998"), ("Le même jour", "2002-03-12")],
        ),
    ],
)
def test_a_time_taken_up_again_is_the_story_time(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ce jour-là, il pleuvait.",  # nothing named before
        "Ce vendredi-là, il pleuvait.",
        "Le 12 mars 2002, il a démissionné. Il est arrivé le même jour que son frère.",
        "Il est né en 1950. Il est mort le jour même de son anniversaire.",
    ],
)
def test_no_story_time_without_its_date(extractor: Extractor, text: str) -> None:
    assert not [v for t, v in _values(extractor, text) if "même" in t or "là" in t]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Admise aux urgences samedi 1er mars, la patiente est rentrée chez elle à 22h30.",
            [("samedi 1er mars", "2003-03-01"), ("22h30", "2003-03-01T22:30")],
        ),
        (
            "Le concert sera diffusé le 20 mars à 21h15 sur une chaîne et à 22h45 sur une autre.",
            [("le 20 mars à 21h15", "2003-03-20T21:15"), ("22h45", "2003-03-20T22:45")],
        ),
        (
            "La tempête, arrivée dans la nuit de mardi à mercredi, a fait des dégâts. "
            "Vers 10h30, les avions ne décollaient plus. À 23 heures, le vent soufflait.",
            [
                ("la nuit de mardi à mercredi", "2003-03-11TNI"),
                ("10h30", "2003-03-12T10:30"),
                ("23 heures", "2003-03-12T23:00"),
            ],
        ),
        # no day named in the paragraph: the paper's
        ("Le conseil se réunira à 18 heures.", [("18 heures", "2003-03-14T18:00")]),
        ("L'attente a pris fin aux environs de 22 heures.", [("22 heures", "2003-03-14T22:00")]),
        # a range does not say which of its days: the paper's
        (
            "Le salon s'est tenu du 3 au 5 mars. À 9 heures, la foule attendait.",
            [("du 3 au 5 mars", "2003-03-03/2003-03-05"), ("9 heures", "2003-03-14T09:00")],
        ),
    ],
)
def test_a_clock_time_takes_the_story_day(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La tempête, arrivée dans la nuit de jeudi à vendredi, occasionne des dégâts.",
         "2003-03-13TNI"),
        ("Les grévistes se réunissent dans la nuit de samedi à dimanche.", "2003-03-15TNI"),
        ("La tempête arrivera dans la nuit de jeudi à vendredi.", "2003-03-20TNI"),
        ("La tempête est arrivée dans la nuit de jeudi à vendredi.", "2003-03-13TNI"),
    ],
)  # fmt: skip
def test_a_night_in_the_present_is_the_nearest(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text)] == [value]
