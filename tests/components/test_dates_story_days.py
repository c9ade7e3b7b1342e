"""Days of the month without their month, and years of two digits after a preposition.

- "le 5 au matin", "le 3 à 18 heures": a day completed by a time is in the month of the
  story's last date (a later day in that month, an earlier one there or in the next
  month, whichever is nearer), else in the paper's month by the tense.
- A bare "le 15" is a day of the story only where its clause ends or a conjunction or a
  preposition follows ("Le 24, premier jour du sommet", "le 15, avant le Conseil"), in
  the month the story named last, or nearest its last day; without such a date, or after
  a call ("appelez le 15 ou le 18"), or before a noun ("le 15 de France"), it is none,
  unless a word sets or bounds it ("prévue le 12", "jusqu'au 15"): the reader's month.
- "en 97", "depuis 05": a year of two digits, unless a plural noun makes it a count.
- "pour juillet et août": the coordinated month reads with the first's preposition.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import date_values

from c5facts.extract import Extractor

REF = date(2011, 3, 17)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elle est arrivée le 3 février à Lyon. Elle est repartie le 5 au matin.",
            [("le 3 février", "2011-02-03"), ("le 5 au matin", "2011-02-05TMO")],
        ),
        (
            "Le chantier a commencé le 27 janvier. Il a été interrompu le 2 à 16 heures.",
            [("le 27 janvier", "2011-01-27"), ("le 2 à 16 heures", "2011-02-02T16:00")],
        ),
        (
            "La grève a été votée le 8 mars. Le piquet avait été levé le 6 au soir.",
            [("le 8 mars", "2011-03-08"), ("le 6 au soir", "2011-03-06TEV")],
        ),
        # a later day in the story month, whatever the tense says of the paper's time
        (
            "Le procès s'est ouvert le 3 mars ; le verdict est attendu le 20 dans la soirée.",
            [("le 3 mars", "2011-03-03"), ("le 20 dans la soirée", "2011-03-20TEV")],
        ),
        # no date told: the paper's month, placed by the tense
        ("La réunion aura lieu le 21 à 10 heures.", [("le 21 à 10 heures", "2011-03-21T10:00")]),
    ],
)
def test_day_with_a_time_takes_the_story_month(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_values(extractor, text, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En juin, la ministre visitera le port le 9, avant le conseil du 14 et le "
            "sommet de Rome.",
            [("juin", "2011-06"), ("le 9", "2011-06-09"), ("du 14", "2011-06-14")],
        ),
        (
            "Les routiers bloqueront les dépôts le 4 avril, puis les autoroutes le 11, "
            "pour obtenir une prime.",
            [("le 4 avril", "2011-04-04"), ("le 11", "2011-04-11")],
        ),
        (
            "Le festival se tient du 12 au 14 mai.\nLe 15, jour de clôture, un concert est "
            "prévu. Et le lendemain, les stands seront démontés.",
            [
                ("du 12 au 14 mai", "2011-05-12/2011-05-14"),
                ("Le 15", "2011-05-15"),
                ("le lendemain", "2011-05-16"),
            ],
        ),
        (
            "Le bateau a quitté le port le 29 décembre 2010. Il est arrivé le 2.",
            [("le 29 décembre 2010", "2010-12-29"), ("le 2", "2011-01-02")],
        ),
        # a later day stays in the story's month, even where the month before is nearer;
        # the place it happens in may follow it
        (
            "La course partira de Nice le 4 juillet pour s'achever le 26 à Paris.",
            [("le 4 juillet", "2011-07-04"), ("le 26", "2011-07-26")],
        ),
        # an earlier day is the story month's when nearer than the next month's
        (
            "Il est mort le 15 février. Il avait été hospitalisé le 2, à Lyon.",
            [("le 15 février", "2011-02-15"), ("le 2", "2011-02-02")],
        ),
        ("Le 4 juillet, le taux est passé du 12 à 15 %.", [("Le 4 juillet", "2010-07-04")]),
    ],
)
def test_bare_day_takes_the_story_month(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_values(extractor, text, REF) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a été réélu le 15.",  # no month told
        "Mardi, le préfet a parlé. En cas de malaise, appelez le 15 ou le 18.",
        "Mardi, le préfet a parlé. Composez immédiatement le 17.",
        "Mardi, le préfet a parlé. Le 15 de France a gagné à Cardiff.",
        "Mardi, le préfet a parlé. Le siège est au 36 quai des Orfèvres.",
        "Mardi, le préfet a parlé. Le 15 (Samu) a été saturé.",
    ],
)
def test_bare_number_that_is_no_day(extractor: Extractor, text: str) -> None:
    values = date_values(extractor, text, REF)
    assert [t for t, _ in values if t.lower() not in ("mardi",)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # set or bounded, no month told: the reader's month, or the one beside it the
        # tense (a postponement: ahead) places it in
        (
            "La réunion, initialement prévue le 12, a été repoussée au 19.",
            [("le 12", "2011-03-12"), ("au 19", "2011-03-19")],
        ),
        ("Le vote aura lieu le 24.", [("le 24", "2011-03-24")]),
        ("Le sommet a été reporté au 3.", [("au 3", "2011-04-03")]),
        ("Les écoles resteront fermées jusqu'au 28.", [("au 28", "2011-03-28")]),
        ("Dès le 21, les magasins rouvriront.", [("le 21", "2011-03-21")]),
        # a month told: the story's
        (
            "Le 4 juillet, il est parti. Le départ était prévu le 2.",
            [("Le 4 juillet", "2010-07-04"), ("le 2", "2010-07-02")],
        ),
        # no day: a count, a rate
        ("Il a obtenu 17 voix, contre 12 prévues.", []),
        ("La hausse prévue le 12 % a été annulée.", []),
    ],
)
def test_bare_day_set_or_bounded(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_values(extractor, text, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a été élu député en 97.", [("97", "1997")]),
        ("Elle dirige le club depuis 05, après une longue carrière.", [("05", "2005")]),
        ("En 98, la France a gagné la Coupe du monde.", [("98", "1998")]),
        ("La production a progressé en 05 millions de tonnes.", []),
        ("En 68 étudiants et ouvriers ont défilé.", []),
    ],
)
def test_two_digit_year_after_a_preposition(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_values(extractor, text, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the preposition of the first month places the second too
        (
            "Le préfet a autorisé le 2 mars les locations pour juillet et août.",
            [("le 2 mars", "2011-03-02"), ("juillet", "2011-07"), ("août", "2011-08")],
        ),
        ("Il a voyagé en janvier et février.", [("janvier", "2011-01"), ("février", "2011-02")]),
        (
            "Il est venu en mai 2009 et juin.",
            [("mai 2009", "2009-05"), ("juin", "2009-06")],
        ),
    ],
)
def test_coordinated_month_reads_like_the_first(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert date_values(extractor, text, REF) == expected
