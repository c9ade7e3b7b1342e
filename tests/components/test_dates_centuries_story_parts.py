"""Two-digit years, relative decades and centuries, parts of a day without their day.

- A year written with two digits takes the century of the reference date: the one at
  most ten years after it ("juin 40" of 2025 is 1940, of 1920 "97" is 1897); a month
  with such a year is a date ("Mai 68"), a plural counted noun after it is no year.
- "ce siècle", "cette décennie" (and their edges: "la fin de la décennie", "à la fin du
  siècle"): the reference date's, unless a century or a decade (or, for a century's
  edge, a year) was just named or a complement follows ("du siècle suivant"); an edge of
  the last or the next century takes its mod ("au début du siècle dernier" START); "la
  dernière décennie" without a preposition is the last ten years.
- A part of a day without its day ("en soirée", "dans la nuit") is the day the story
  named last in its paragraph, else the paper's; "ce soir" is always the paper's. With
  its bare article ("le soir", "la nuit") it is that in a past or future clause and a
  set in the present; "toute la nuit" is the part.
- "à 17 h." ends the sentence: the dot is not the time's.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_facts import Fact, date_facts, date_values

from c5facts.extract import Extractor

REF = date(2025, 11, 6)  # a Thursday


def _values(extractor: Extractor, text: str, reference: date = REF) -> list[tuple[str, str | None]]:
    """(text, value) of each date fact of `text` (reference REF unless given)."""
    return date_values(extractor, text, reference)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("L'appel du 18 juin 40 a été lancé depuis Londres.", REF, ("18 juin 40", "1940-06-18")),
        ("Le match du 5 juin 26 se jouera à Lyon.", REF, ("5 juin 26", "2026-06-05")),
        ("Il est né le 1er avril 78.", REF, ("le 1er avril 78", "1978-04-01")),
        ("Le bail signé le 13/05/15 court toujours.", REF, ("le 13/05/15", "2015-05-13")),
        ("Le bail signé le 13/05/47 court toujours.", REF, ("le 13/05/47", "1947-05-13")),
        ("En mai 68, les étudiants ont manifesté.", REF, ("mai 68", "1968-05")),
        ("Mai 68 reste un symbole.", REF, ("Mai 68", "1968-05")),
        ("L'exode de juin 40 a jeté des familles sur les routes.", REF, ("juin 40", "1940-06")),
        # an article of 1920: the last century's years
        ("Fin juin 97, la Bourse a chuté.", date(1920, 3, 1), ("Fin juin 97", "1897-06")),
        ("Le 3 mai 15, il pleuvait.", date(1920, 3, 1), ("Le 3 mai 15", "1915-05-03")),
    ],
)
def test_two_digit_years_take_the_reference_century(
    extractor: Extractor, text: str, reference: date, expected: tuple[str, str]
) -> None:
    """The century that puts the year at most ten years after the reference date."""
    assert _values(extractor, text, reference) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En mai 68 personnes ont été arrêtées.", ("mai", "2025-05")),
        ("Depuis janvier 30 salariés ont été licenciés.", ("janvier", "2025-01")),
    ],
)
def test_a_count_after_a_month_is_no_year(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    """A plural noun after the two digits counts: the month alone, this year's."""
    assert _values(extractor, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cette décennie sera décisive pour le climat.", [("Cette décennie", "202", "date", None)]),
        ("Ce siècle sera celui de l'Asie.", [("Ce siècle", "20", "date", None)]),
        (
            "La dernière décennie a été marquée par la crise.",
            [("La dernière décennie", "P10Y", "duration", None)],
        ),
        (
            "La décennie écoulée a vu les prix doubler.",
            [("La décennie écoulée", "P10Y", "duration", None)],
        ),
        # a half of a century or of a decade: the period with its edge as mod
        (
            "Dans la première moitié du XXe siècle, la ville a doublé.",
            [("la première moitié du XXe siècle", "19", "date", "START")],
        ),
        (
            "La seconde moitié des années 80 a été faste.",
            [("La seconde moitié des années 80", "198", "date", "END")],
        ),
        # the preposition stays out of the extent (TimeML)
        (
            "Les prix ont doublé durant la dernière décennie.",
            [("la dernière décennie", "P10Y", "duration", None)],
        ),
        (
            "Les prix ont doublé au cours du dernier siècle.",
            [("dernier siècle", "P100Y", "duration", None)],
        ),
        # a decade of the century named after it, not the last ten years
        (
            "La dernière décennie du XXe siècle a été prospère.",
            [("XXe siècle", "19", "date", None)],
        ),
        # the century just named, again
        (
            "Il a vécu au XIXe siècle et ce siècle l'a marqué.",
            [("XIXe siècle", "18", "date", None)],
        ),
        ("Ce siècle-là fut celui des révolutions.", []),
        # an edge of the century with no word that moves it: the reference date's
        (
            "D'ici la fin du siècle, la température aura augmenté de trois degrés.",
            [("la fin du siècle", "20", "date", "END")],
        ),
        (
            "Au début du siècle, la ville comptait dix mille habitants.",
            [("début du siècle", "20", "date", "START")],
        ),
        # ... unless a century or a year was just named, or words after it say which
        (
            "Il a vécu au XIXe siècle et, à la fin du siècle, il est mort.",
            [("XIXe siècle", "18", "date", None)],
        ),
        ("Né en 1850, il meurt à la fin du siècle.", [("1850", "1850", "date", None)]),
        ("Au début du siècle suivant, la ville a grandi.", []),
        ("À la fin du siècle d'Auguste, Rome dominait.", []),
        ("Cette décennie-là, il vivait à Rome.", []),
    ],
)
def test_this_century_and_decade(extractor: Extractor, text: str, expected: list[Fact]) -> None:
    """A demonstrative names the reference date's unit; "dernière" the last ten years."""
    assert date_facts(extractor, text, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mardi, des heurts ont éclaté. En soirée, la police est intervenue.",
            ("soirée", "2025-11-04TEV", "time", None),
        ),
        (
            "Le 3 mars 2019, il a été élu. Dans la soirée, il a parlé.",
            ("la soirée", "2019-03-03TEV", "time", None),
        ),
        # a year is no day: the paper's
        (
            "En 2019, il a été élu. Dans la soirée, il a parlé.",
            ("la soirée", "2025-11-06TEV", "time", None),
        ),
        (
            "Mardi, il a été arrêté. Dans la nuit, il a été libéré.",
            ("la nuit", "2025-11-04TNI", "time", None),
        ),
        # a demonstrative is the paper's day
        (
            "Mardi, il avait parlé. Ce soir, il parlera encore.",
            ("Ce soir", "2025-11-06TEV", "time", None),
        ),
    ],
)
def test_a_part_of_a_day_takes_the_story_day(
    extractor: Extractor, text: str, expected: Fact
) -> None:
    """The day named last in the paragraph, else the paper's."""
    assert date_facts(extractor, text, REF)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part with its bare article: one day's in a past or future clause
        (
            "Le ministre a parlé le soir devant les députés.",
            [("le soir", "2025-11-06TEV", "time", None)],
        ),
        ("Le ciel se dégagera l'après-midi.", [("l'après-midi", "2025-11-06TAF", "time", None)]),
        # a night told in the past is the one just over, named by its first day (the eve)
        ("La nuit a été calme en ville.", [("La nuit", "2025-11-05TNI", "time", None)]),
        ("Un incendie s'est déclaré dans la nuit.", [("la nuit", "2025-11-05TNI", "time", None)]),
        ("Le cambrioleur a agi en pleine nuit.", [("pleine nuit", "2025-11-05TNI", "time", None)]),
        (
            "Un incendie s'est déclaré en fin de nuit.",
            [("fin de nuit", "2025-11-05TNI", "time", "END")],
        ),
        # ... a night to come is the paper's day's, and a night after the story's day is its
        ("Il pleuvra dans la nuit.", [("la nuit", "2025-11-06TNI", "time", None)]),
        (
            "Mardi soir, un véhicule a été vu. Les recherches ont repris dans la nuit.",
            [
                ("Mardi soir", "2025-11-04TEV", "time", None),
                ("la nuit", "2025-11-04TNI", "time", None),
            ],
        ),
        (
            "Mardi, des heurts ont éclaté. Le soir, la police est intervenue.",
            [("Mardi", "2025-11-04", "date", None), ("Le soir", "2025-11-04TEV", "time", None)],
        ),
        # a habit in the present: the set of every such part
        ("Le marché se tient le matin.", [("le matin", "XXXX-XX-XXTMO", "set", None)]),
        ("Il fait très froid la nuit.", [("la nuit", "XXXX-XX-XXTNI", "set", None)]),
        # two parts joined say "every day", whatever the tense
        (
            "Les pompiers ont lutté le jour et la nuit.",
            [("la nuit", "XXXX-XX-XXTNI", "set", None)],
        ),
        (
            "Il faudra ouvrir les fenêtres le soir et la nuit.",
            [("le soir", "XXXX-XX-XXTEV", "set", None), ("la nuit", "XXXX-XX-XXTNI", "set", None)],
        ),
        # the whole part
        (
            "Les négociations ont duré toute la nuit.",
            [("toute la nuit", "2025-11-05TNI", "time", None)],
        ),
        ("Il a plu tout l'après-midi.", [("tout l'après-midi", "2025-11-06TAF", "time", None)]),
        # with its day, one time
        (
            "Ils ont été arrêtés le soir du 1er mai, alors qu'ils manifestaient.",
            [("le soir du 1er mai", "2025-05-01TEV", "time", None)],
        ),
        # no part of a day: a newspaper, another event's time, a noun phrase, a past habit
        ("Selon le quotidien belge Le Soir, le roi a parlé.", []),
        ("La vérité sur le soir des faits reste inconnue.", []),
        ("Il a été arrêté le matin même de son départ.", []),
        # ("à la nuit tombée" is the moment of dusk)
        (
            "Ils ont fêté la victoire à la nuit tombée.",
            [("la nuit tombée", "2025-11-06TEV", "time", None)],
        ),
        ("Le jour, la nuit, les camions passaient.", []),
        # a headline's present tells one event: no habit, no day
        ("Un kiné oublie sa patiente la nuit dans son cabinet\n\nLe texte suit.", []),
        (
            "La grève a commencé à 5 h de l'après-midi.",
            [("5 h de l'après-midi", "2025-11-06T17:00", "time", None)],
        ),
    ],
)
def test_a_bare_part_of_the_day(extractor: Extractor, text: str, expected: list[Fact]) -> None:
    """A bare "le soir", "la nuit": a day's part by the tense, a set in the present."""
    assert date_facts(extractor, text, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a night is named by its first day: the night just over is the day before's
        ("Cette nuit, un incendie a détruit la ferme.", ("Cette nuit", "2025-11-05TNI")),
        ("Cette nuit, il gèlera.", ("Cette nuit", "2025-11-06TNI")),
        # an hour after midnight is the reference day's, one before it the day before's
        (
            "Cette nuit vers 3 heures, un incendie a éclaté.",
            ("Cette nuit vers 3 heures", "2025-11-06T03:00"),
        ),
        (
            "Cette nuit vers 23 heures, un incendie a éclaté.",
            ("Cette nuit vers 23 heures", "2025-11-05T23:00"),
        ),
        ("Ce matin, le ministre a parlé.", ("Ce matin", "2025-11-06TMO")),
    ],
)
def test_this_night_over(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    """'cette nuit' in a past clause is last night, named by its first day."""
    assert _values(extractor, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the morning and the afternoon after a night are its second day's
        (
            "Cette nuit, un incendie a détruit la ferme. Les secours sont arrivés au petit matin.",
            [("Cette nuit", "2025-11-05TNI"), ("petit matin", "2025-11-06TMO")],
        ),
        (
            "Dans la nuit de mardi à mercredi, un incendie a éclaté. Dans la matinée, le maire"
            " est venu.",
            [("la nuit de mardi à mercredi", "2025-11-04TNI"), ("la matinée", "2025-11-05TMO")],
        ),
        # the evening stays on the night's first day
        (
            "Dans la nuit de mardi à mercredi, un incendie a éclaté. Dans la soirée, les"
            " pompiers étaient partis.",
            [("la nuit de mardi à mercredi", "2025-11-04TNI"), ("la soirée", "2025-11-04TEV")],
        ),
    ],
)
def test_a_part_after_a_night(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """A morning told after a night is the night's second day."""
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le rendez-vous est fixé à 17 h. Il viendra.", "17 h"),
        ("La séance a commencé à 14 h.", "14 h"),
    ],
)
def test_the_full_stop_is_not_the_hour_s(extractor: Extractor, text: str, expected: str) -> None:
    """The hour's symbol takes no dot: the extent stops before the sentence's full stop."""
    assert [f[0] for f in date_facts(extractor, text, REF)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb before the count of an offset
        ("Il a été élu il y a tout juste un an.", ("il y a tout juste un an", "2024", None)),
        ("Il a été élu il y a à peine un an.", ("il y a à peine un an", "2024", None)),
        (
            "Il a été élu il y a seulement deux jours.",
            ("il y a seulement deux jours", "2025-11-04", None),
        ),
        ("Il a été élu il y a presque deux ans.", ("il y a presque deux ans", "2023", "APPROX")),
        (
            "Il reviendra dans environ trois mois.",
            ("dans environ trois mois", "2026-02-06", "APPROX"),
        ),
        # "voilà" as "voici"; followed by "que", the length of what goes on
        ("Le projet a été lancé voilà deux ans.", ("voilà deux ans", "2023", None)),
        ("Voilà quarante ans que le produit est vendu.", ("quarante ans", "P40Y", None)),
        (
            "Il pourrait annoncer dans 30 jours que tout change.",
            ("dans 30 jours", "2025-12-06", None),
        ),
        # "le mois de mai dernier": the direction of "mai dernier"
        (
            "Le mois de novembre dernier a été doux.",
            ("Le mois de novembre dernier", "2024-11", None),
        ),
        ("Le mois de mai prochain sera chargé.", ("Le mois de mai prochain", "2026-05", None)),
    ],
)
def test_offsets_and_months_with_their_words(
    extractor: Extractor, text: str, expected: tuple[str, str, str | None]
) -> None:
    """Adverbs inside an offset, "voilà", "le mois de X dernier"."""
    assert [(t, v, m) for t, v, _, m in date_facts(extractor, text, REF)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dans la nuit du 5 au 6, un incendie a éclaté.", [("la nuit du 5 au 6", "2025-11-05TNI")]),
        ("Dans la nuit du 30 au 1er, il a neigé.", [("la nuit du 30 au 1er", "2025-10-30TNI")]),
        ("Dans la nuit du 5 au 9, rien.", []),  # no night: a range of days
    ],
)
def test_a_night_of_days_without_their_month(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """Two days that follow each other: the reference month's or one beside it, by tense."""
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Journal du Dimanche publie une carte.", []),
        ("Selon l'Écho du Samedi, il partira.", []),
        ("Le journal paraîtra dimanche.", [("dimanche", "2025-11-09")]),
    ],
)
def test_a_weekday_ending_a_name_is_no_date(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """A capitalised weekday after "du" and a capitalised word names a title."""
    assert _values(extractor, text) == expected


def test_a_quoted_date_takes_the_quotation_s_tense(extractor: Extractor) -> None:
    """'"On va tourner cet hiver", a annoncé X': the future of the quote, not "a annoncé"."""
    text = '"On va tourner la saison cet hiver", a annoncé le présentateur.'
    assert date_facts(extractor, text, date(2018, 8, 26)) == [
        ("cet hiver", "2018-WI", "date", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un bébé de six mois a été hospitalisé.", []),
        ("Des enfants âgés de 3 mois à 3 ans ont été accueillis.", []),
        ("Elle fête ses 100 ans.", []),
        ("La police recherche un individu âgé de 23 à 25 ans de type européen.", []),
        ("Des enfants de 6 à 10 ans ont été vaccinés.", []),
        ("Il se promenait avec une amie de 15 ans.", []),
        ("La peine va de 5 à 10 ans de prison.", [("5 à 10 ans", "P10Y")]),  # one length
        # a capitalised unit inside a sentence names a newspaper
        ("Il lit les éditions des Echos et de 20 Minutes.", []),
        ("Le quotidien 24 Heures a publié l'enquête.", []),
        ("Il a attendu 20 minutes.", [("20 minutes", "PT20M")]),
        # a length of something after the possessive, a contract: durations
        ("Il a consacré ses 30 ans de carrière à la ville.", [("30 ans", "P30Y")]),
        ("Un contrat de six mois a été signé.", [("six mois", "P6M")]),
    ],
)
def test_ages_in_months_and_birthdays_are_no_dates(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """A person noun + "de" + months, or a possessive + years alone, is an age."""
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Février a été froid.", [("Février", "2025-02")]),
        ("Octobre s'annonce chargé.", [("Octobre", "2025-10")]),
        ("Juin dernier a été chaud.", [("Juin dernier", "2025-06")]),
        ("Mars est la quatrième planète.", []),
        ("Avril, le mois des poissons.", []),
    ],
)
def test_a_month_opening_its_sentence(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """The subject of the verb after it, or with "dernier"; never "Mars", never verbless."""
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Ils ont attaqué le journal "France Dimanche" en justice.', []),
        ("Ils ont attaqué « France Dimanche » en justice.", []),
        ('Il viendra "Dimanche" selon lui.', [("Dimanche", "2025-11-09")]),
    ],
)
def test_a_weekday_ending_a_quoted_name_is_no_date(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    """A capitalised weekday right after a capitalised word inside quotation marks."""
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline without a finite verb: the nearest Wednesday (the paper's is a Tuesday)
        ("Coronavirus : la vente de paracétamol restreinte dès mercredi", "2020-03-18"),
        ("Paracétamol : vente limitée à partir de jeudi", "2020-03-19"),
        # a finite past verb keeps the past
        ("La boutique, fermée dès mercredi, a perdu ses clients.", "2020-03-11"),
        ("Il est arrivé dès mercredi.", "2020-03-11"),
    ],
)
def test_a_start_in_a_verbless_headline(extractor: Extractor, text: str, expected: str) -> None:
    """ "dès", "à partir de" in a clause without a finite verb: no tense, the nearest day."""
    assert [v for _, v, _, _ in date_facts(extractor, text, date(2020, 3, 17))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an edge of the last or the next century takes its mod
        (
            "Au début du siècle dernier, la ville était petite.",
            [("début du siècle dernier", "19", "date", "START")],
        ),
        (
            "À la fin du siècle dernier, la ville était grande.",
            [("la fin du siècle dernier", "19", "date", "END")],
        ),
        (
            "Au milieu du siècle prochain, la mer montera.",
            [("milieu du siècle prochain", "21", "date", "MID")],
        ),
        # and so does an edge of the reference's decade, unless one was just named
        (
            "La centrale fermera d'ici à la fin de la décennie.",
            [("la fin de la décennie", "202", "date", "END")],
        ),
        (
            "Les années 1990 ont été dures. Au début de la décennie, le chômage a explosé.",
            [("Les années 1990", "199", "date", None)],
        ),
    ],
)
def test_edges_of_a_relative_century(extractor: Extractor, text: str, expected: list[Fact]) -> None:
    assert date_facts(extractor, text, REF) == expected
