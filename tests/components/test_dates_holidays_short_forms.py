"""Issue 11: holidays and short forms of news dates, on the real pipeline.

Article of Thursday 2025-11-06. A holiday takes the year written after its apposition
("à Pâques, le dimanche, en 2018"); "le Black Friday" is always the commercial day,
"vendredi noir" only with a word of retail after it; "Noel" without its diaeresis is
Noël, but not as a given name ("Noel Gallagher"); dotted weekday abbreviations before a
date ("mer. 12 novembre", "sam. 15/11"); minutes after "midi" / "minuit" ("minuit
trois"), not a count ("midi trois fois"); story offsets with "qui suit" / "qui a suivi".
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2025, 11, 6)
Expected = list[tuple[str, str | None, str]]


def _dates(extractor: Extractor, text: str) -> Expected:
    article = extractor.extract(text, reference_date=REF)
    return [(d.text, d.value, d.kind) for d in article.dates]


# fmt: off
HOLIDAY_YEARS: list[tuple[str, Expected]] = [
    ("Le couple s'est marié à Pâques, le dimanche, en 2018.",
     [("Pâques, le dimanche, en 2018", "2018-04-01", "date")]),
    ("Le village a été inondé à Noël, le soir du réveillon, en 2015.",
     [("Noël, le soir du réveillon, en 2015", "2015-12-25", "date")]),
    ("Il est rentré au pays pour Noël en 2019.",
     [("Noël en 2019", "2019-12-25", "date")]),
    ("L'usine a fermé à la Toussaint de 2012.",
     [("la Toussaint de 2012", "2012-11-01", "date")]),
    # the year of another noun in apposition, a verb between: the holiday keeps its tense
    ("À Noël, la hausse des prix en 2019 a surpris les ménages.",
     [("Noël", "2024-12-25", "date"), ("2019", "2019", "date")]),
    ("À Pâques, le dimanche, il est parti en 2018.",
     [("Pâques", "2025-04-20", "date"), ("2018", "2018", "date")]),
]

BLACK_FRIDAY: list[tuple[str, Expected]] = [
    ("Le Black Friday a attiré les foules.",
     [("Le Black Friday", "2024-11-29", "date")]),
    ("Les enseignes préparent le vendredi noir des soldes.",
     [("le vendredi noir des soldes", "2025-11-28", "date")]),
    ("Les sites marchands misent sur le Cyber Monday.",
     [("le Cyber Monday", "2025-12-01", "date")]),
    # a bad Friday of the markets is no commercial holiday
    ("Le vendredi noir de la Bourse a ruiné des milliers d'épargnants.", []),
]

SHORT_FORMS: list[tuple[str, Expected]] = [
    ("La famille se retrouvera à Noel.",
     [("Noel", "2025-12-25", "date")]),
    ("Noel Gallagher a sorti un album.", []),
    ("L'animateur a parlé à Noel Gallagher hier.",
     [("hier", "2025-11-05", "date")]),
    ("Le ministre a voté pour Noël Mamère en 2002.",
     [("2002", "2002", "date")]),
    ("La salle ouvre mer. 12 novembre.",
     [("mer. 12 novembre", "2025-11-12", "date")]),
    ("Le tirage aura lieu jeu. 6 nov. 2025.",
     [("jeu. 6 nov. 2025", "2025-11-06", "date")]),
    ("Rendez-vous sam. 15/11 devant la mairie.",
     [("sam. 15/11", "2025-11-15", "date")]),
    ("La vente se tient dim., 16/11/2025 au gymnase.",
     [("dim., 16/11/2025", "2025-11-16", "date")]),
    # "mer." / "mar." alone, or the sea: no weekday
    ("Il a vu la mer. 5 bateaux sont partis.", []),
    ("Entrée libre mar. et jeu.", []),
]

CLOCK_MINUTES: list[tuple[str, Expected]] = [
    ("Le train est parti à minuit trois.",
     [("minuit trois", "2025-11-06T00:03", "time")]),
    ("La séance reprend à midi dix.",
     [("midi dix", "2025-11-06T12:10", "time")]),
    ("Le dernier bus passe à minuit vingt-deux.",
     [("minuit vingt-deux", "2025-11-06T00:22", "time")]),
    ("Mardi à minuit cinq, le courant a été coupé.",
     [("Mardi à minuit cinq", "2025-11-04T00:05", "time")]),
    # a count of something after "midi": noon alone
    ("Il a sonné à midi trois fois de suite.",
     [("midi", "2025-11-06T12:00", "time")]),
    ("Mardi à midi trois fois de suite, la sirène a sonné.",
     [("Mardi à midi", "2025-11-04T12:00", "time")]),
    ("À midi deux hommes sont entrés dans la banque.",
     [("midi", "2025-11-06T12:00", "time")]),
]

STORY_OFFSETS: list[tuple[str, Expected]] = [
    ("Le traité a été signé le 4 mars 2019. Le jour qui suit, la Bourse a bondi.",
     [("le 4 mars 2019", "2019-03-04", "date"), ("Le jour qui suit", "2019-03-05", "date")]),
    ("Le traité a été signé le 4 mars 2019. La semaine qui suit, la Bourse a bondi.",
     [("le 4 mars 2019", "2019-03-04", "date"), ("La semaine qui suit", "2019-W11", "date")]),
    ("Le traité a été signé le 4 mars 2019. Le mois qui suit, la Bourse a bondi.",
     [("le 4 mars 2019", "2019-03-04", "date"), ("Le mois qui suit", "2019-04", "date")]),
    ("Le traité a été signé le lundi 4 mars 2019. Le mercredi d'après, la Bourse a bondi.",
     [("le lundi 4 mars 2019", "2019-03-04", "date"),
      ("Le mercredi d'après", "2019-03-06", "date")]),
    ("Le traité a été signé le lundi 4 mars 2019. Le vendredi qui a suivi, la Bourse a bondi.",
     [("le lundi 4 mars 2019", "2019-03-04", "date"),
      ("Le vendredi qui a suivi", "2019-03-08", "date")]),
    # the week after another event, named after the verb: not counted from the story's date
    ("Le traité a été signé le 4 mars 2019. La semaine qui a suivi l'attentat, la Bourse a chuté.",
     [("le 4 mars 2019", "2019-03-04", "date")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HOLIDAY_YEARS, ids=[t for t, _ in HOLIDAY_YEARS])
def test_holiday_takes_the_year_after_its_apposition(
    extractor: Extractor, text: str, expected: Expected
) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), BLACK_FRIDAY, ids=[t for t, _ in BLACK_FRIDAY])
def test_black_friday_and_vendredi_noir(
    extractor: Extractor, text: str, expected: Expected
) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), SHORT_FORMS, ids=[t for t, _ in SHORT_FORMS])
def test_accentless_and_abbreviated_forms(
    extractor: Extractor, text: str, expected: Expected
) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), CLOCK_MINUTES, ids=[t for t, _ in CLOCK_MINUTES])
def test_minutes_after_noon_and_midnight(
    extractor: Extractor, text: str, expected: Expected
) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), STORY_OFFSETS, ids=[t for t, _ in STORY_OFFSETS])
def test_story_offsets_with_qui_suit(extractor: Extractor, text: str, expected: Expected) -> None:
    assert _dates(extractor, text) == expected


def test_noel_as_a_given_name_stays_a_person(extractor: Extractor) -> None:
    article = extractor.extract("L'animateur a parlé à Noel Gallagher hier.", reference_date=REF)
    assert [p.name for p in article.people] == ["Noel Gallagher"]


# fmt: off
RENTREE: list[tuple[str, Expected]] = [
    # "la rentrée" is September (`month_event`), placed as a month by the clause's tense
    ("Les travaux débuteront à la rentrée.", [("la rentrée", "2026-09", "date")]),
    ("La rentrée s'est mal passée dans ce lycée.", [("La rentrée", "2025-09", "date")]),
    ("À la rentrée 2019, les élèves portaient un uniforme.",
     [("la rentrée 2019", "2019-09", "date")]),
    ("La réforme entrera en vigueur à la rentrée prochaine.",
     [("la rentrée prochaine", "2026-09", "date")]),
    ("La rentrée des classes aura lieu dans dix mois.",
     [("La rentrée", "2026-09", "date"), ("dans dix mois", "2026-09-06", "date")]),
    # a return of someone or something, or a month that says the time itself
    ("La rentrée de Zidane a été saluée par la presse.", []),
    ("C'est une rentrée d'argent bienvenue.", []),
    ("Le ministre préparera la rentrée de septembre.", [("septembre", "2026-09", "date")]),
    # a term quoted inline keeps its clause: the call still looks ahead
    ('Un collectif a appelé à une "prise de conscience" urgente avant la rentrée.',
     [("la rentrée", "2026-09", "date")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), RENTREE)
def test_la_rentree_is_september(extractor: Extractor, text: str, expected: Expected) -> None:
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday completing a noun of a thing or a place names the thing: no date
        ("Il a visité l'île de Pâques.", []),
        ("Les œufs de Pâques sont en chocolat.", []),
        # after a noun of time it is the holiday's time; a holiday's own name stays whole
        ("Les vacances de Pâques ont commencé.", [("Pâques", "2025-04-20", "date")]),
        ("Le pont de Pâques a été chargé.", [("Pâques", "2025-04-20", "date")]),
        (
            "Le week-end de Pâques a été meurtrier.",
            [("Le week-end de Pâques", "2025-W16-WE", "date")],
        ),
    ],
)
def test_holiday_of_a_thing_is_no_date(extractor: Extractor, text: str, expected: Expected) -> None:
    """Only a noun of time makes "de" + a holiday a date ("holiday_time_noun" and units)."""
    assert _dates(extractor, text) == expected
