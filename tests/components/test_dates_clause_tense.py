"""The tense a date takes from its clause's verb group.

- A comma before "alors que", "mais", "tandis que", "car" ends the date's clause: the
  verb after it does not give the date its tense; so does a reporting incise (", a
  indiqué jeudi l'Élysée", ", précise-t-il").
- An adverb may stand between an auxiliary and its participle ("a formellement accepté",
  "a aussi signé", the participle read as an adjective too): the group is a compound past;
  so may quotation marks around a participle quoted alone ('a "regretté"').
- A weekday that fits a day and month only a year or more away is a slip: the day is
  placed as without it ("ce vendredi 9 juillet" on Thursday 9 July 2020 is that day).
- An edge of the week that the tense excludes is the next or the last week's: "sera
  annoncé en début de semaine" on a Friday is next week's start; "la fin de cette
  semaine" stays this week's.
- A weekday after "à partir de" in a past clause takes the nearest occurrence, like
  "jusqu'au" ("ont annoncé la fermeture des bars à partir de samedi"); "dès" and a day and
  month keep the past.
- The subjunctive's "soit"/"soient" before a participle is a passive present, like "est";
  "est paru" is a past ("paraître" makes it with "être"), and so is a modal's conditional
  past ("aurait dû se rendre lundi"), and so is the date of "remonter à" and "dater de"
  in any tense ("les faits remontent au 3 mars").
- A scheduling participle points forward, in the conditional past too ("aurait été
  planifiée au 15 juin", "envisagée pour le 3 juillet").
- A lone past participle of state before "de" + a noun ("des pluies doublées de forts
  orages", "un homme vêtu de noir") is an adjective: the clause's verb gives the tense.
- A day after "du" completing a noun ("la présidentielle du 3 novembre") takes no tense
  from the clause: the nearest occurrence; unless a preposition of time governs the noun
  ("lors de la séance du 3 mars, le conseil a voté": the clause's time, its tense).
- A comma before "comme" ends the clause too (", comme l'a révélé la presse").
- A call keeps its aim ahead with a date of its own between verb and "à" ("a appelé
  jeudi à une grève le 18 mars").
- After "de"/"du"/"des" a word the tagger calls a finite verb is none ("les
  conducteurs de bus": "bus" is no past of "boire").
- "à partir du" + a date completing a noun ("son plan de déconfinement à partir du 11
  mai") is the nearest occurrence, like a day after "du" completing a noun.
- A weekday right after a reporting verb in the present ("rapportent mercredi X",
  "affirme mardi une étude") is the day of the report, at the latest the article's; the
  present of an action ("se rend mardi") looks ahead.
- A cleft ("Samedi, c'est X qui est mort", "C'est mardi que le texte sera voté") takes the
  tense of its relative clause's verb.
- Coordinated days: "des"/"aux" stay outside the first day's extent ("14"), and a
  placing preposition before them ("pour les 26 et 27 mars") places every day.
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
            "Il est estimé à 225 millions dans l'étude publiée en février, alors que son "
            "coéquipier vaudrait davantage.",
            [("février", "2003-02")],
        ),
        (
            "Le sommet a eu lieu en février, mais le suivant se tiendra en juin.",
            [("février", "2003-02"), ("juin", "2003-06")],
        ),
        (
            "Le texte sera voté en juin, tandis que le décret a été publié en janvier.",
            [("juin", "2003-06"), ("janvier", "2003-01")],
        ),
    ],
)
def test_another_clause_does_not_give_the_tense(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jeudi soir, il a formellement accepté la proposition.", "2003-03-13TEV"),
        ("Jeudi, il a aussi signé la proposition.", "2003-03-13"),
        ("Jeudi, il a finalement renoncé.", "2003-03-13"),
        ("Jeudi, il l'a rejoint.", "2003-03-13"),
        # a participle quoted alone stays in its group
        ('Jeudi, la juge a "regretté" ces propos.', "2003-03-13"),
        ("Jeudi, il a « déploré » la décision.", "2003-03-13"),
        ("Il signera finalement jeudi.", "2003-03-20"),
        ("Le film sera également diffusé le 9 juin à 21h45.", "2003-06-09T21:45"),
    ],
)
def test_an_adverb_inside_the_verb_group(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text)] == [value]


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Il a accepté d'être candidat à la présidentielle du 3 novembre.", date(2020, 8, 28),
         "2020-11-03"),
        ("Le conseil a rappelé les mesures sanitaires du 1er septembre.", date(2020, 8, 22),
         "2020-09-01"),
        ("Les victimes de l'attentat du 14 juillet ont été honorées.", date(2016, 9, 1),
         "2016-07-14"),
        # a locution's noun names no event: the clause's tense
        ("Il a quitté Paris aux environs du 5 mars.", date(2025, 11, 6), "2025-03-05"),
        # no noun before "du": the clause's tense
        ("Les résultats seront publiés à partir du 2 mars.", date(2020, 8, 28), "2021-03-02"),
        # the noun after a preposition of time is the clause's time: its tense
        ("Lors de la séance du 3 mars, le conseil a voté.", date(2025, 11, 6), "2025-03-03"),
        ("Pendant la manifestation du 1er mars, des vitrines ont été brisées.",
         date(2025, 11, 6), "2025-03-01"),
        ("Au cours du conseil du 12 décembre, le maire signera.", date(2025, 1, 6),
         "2025-12-12"),
        # "le" + a day closing the subject before its verb: the noun's day, the nearest
        ("La rumeur d'une réouverture des bars le 15 juin a pris de l'ampleur.",
         date(2020, 4, 22), "2020-06-15"),
        # ... but a day opening the clause, or set off by commas, is the clause's
        ("Le 15 juin a été une journée chaude.", date(2020, 4, 22), "2019-06-15"),
        ("La rumeur, le 15 juin, a pris de l'ampleur.", date(2020, 4, 22), "2019-06-15"),
    ],
)  # fmt: skip
def test_a_day_completing_a_noun_is_the_nearest(
    extractor: Extractor, text: str, reference: date, value: str
) -> None:
    assert [v for _, v in _values(extractor, text, reference)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il accueillera le sommet à Biarritz du 24 au 26 août, a indiqué jeudi l'Élysée.",
            [("du 24 au 26 août", "2003-08-24/2003-08-26"), ("jeudi", "2003-03-13")],
        ),
        ("Le vote aura lieu en juin, précise-t-il.", [("juin", "2003-06")]),
        ("Le vote a eu lieu en juin, a-t-il rappelé.", [("juin", "2002-06")]),
        (
            "Le service sera assuré à 90 % mardi, a indiqué un porte-parole.",
            [("mardi", "2003-03-18")],
        ),
    ],
)
def test_a_reporting_incise_is_another_clause(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Des manifestations sont prévues ce vendredi 9 juillet.", date(2020, 7, 9),
         "2020-07-09"),
        ("Il est venu samedi 4 octobre.", date(2020, 7, 9), "2019-10-04"),
        # the weekday fits within half a year: it picks the year
        ("Il est venu samedi 4 octobre.", date(2026, 1, 10), "2025-10-04"),
        ("Le match aura lieu samedi 4 octobre.", date(2025, 9, 1), "2025-10-04"),
    ],
)  # fmt: skip
def test_a_weekday_slip_is_left_aside(
    extractor: Extractor, text: str, reference: date, value: str
) -> None:
    assert [v for _, v in _values(extractor, text, reference)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La réouverture aurait été planifiée au 15 juin.", "2020-06-15"),
        ("La visite aurait été envisagée pour le 3 juillet.", "2020-07-03"),
        ("Le rendez-vous a été fixé au 3 mai.", "2020-05-03"),
        ("Il aurait reçu la lettre le 3 juin.", "2019-06-03"),
    ],
)
def test_a_scheduled_day_points_forward(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text, date(2020, 4, 22))] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On peut s'attendre à ce que 40 % des lits soient utilisés au 10 octobre.", "2020-10-10"),
        ("Il faut que le texte soit adopté en décembre.", "2020-12"),
        ("Le texte a été adopté en décembre.", "2019-12"),
    ],
)
def test_a_subjunctive_passive_is_present(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text, date(2020, 9, 24))] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "paraître" makes its past with "être" in news use: a past, no passive present
        ("Le décret est paru au Journal officiel de dimanche.", "2020-09-20"),
        ("Son livre est paru mardi.", "2020-09-22"),
        ("Le musée est fermé dimanche.", "2020-09-27"),  # a passive present looks ahead
        # a modal's conditional past is a past ("aurait dû", "aurait voulu")
        ("Le ministre aurait dû se rendre lundi à Berlin.", "2020-09-21"),
        # "remonter à", "dater de": the date lies back in time, whatever the tense
        ("Les faits remontent au 3 mars.", "2020-03-03"),
        ("Une affaire datant de juin a refait surface.", "2020-06"),
    ],
)
def test_pasts_read_as_presents_or_futures(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text, date(2020, 9, 24))] == [value]


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Le remaniement sera annoncé en début de semaine.", date(2018, 10, 5), "2018-W41"),
        ("Le remaniement a été annoncé en début de semaine.", date(2018, 10, 5), "2018-W40"),
        ("Le texte a été voté en fin de semaine.", date(2018, 10, 1), "2018-W39"),
        ("Le texte sera voté en fin de semaine.", date(2018, 10, 1), "2018-W40"),
        ("La réunion s'est tenue cette fin de semaine.", date(2018, 10, 1), "2018-W39"),
        # "de cette semaine" names the week: the tense does not move it
        ("Le vote a eu lieu au début de cette semaine.", date(2018, 10, 5), "2018-W40"),
        ("Le vote aura lieu à la fin de cette semaine.", date(2018, 10, 1), "2018-W40"),
    ],
)
def test_a_week_edge_follows_the_tense(
    extractor: Extractor, text: str, reference: date, value: str
) -> None:
    assert [v for _, v in _values(extractor, text, reference)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Les autorités ont annoncé la fermeture des bars à partir de samedi.", "2020-09-26"),
        ("Il est arrivé dès lundi.", "2020-09-21"),
        ("Les bars ont fermé à partir du 3 mars.", "2020-03-03"),
    ],
)
def test_a_start_in_a_past_clause(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text, date(2020, 9, 23))] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of ", comme l'a révélé X" is not the date's
        (
            "La SNCF prend les devants en annulant des TGV pour le week-end des 15 et 16 "
            "mars, comme l'a révélé la presse.",
            [("15", "2003-03-15"), ("16 mars", "2003-03-16")],
        ),
        (
            "Le vote aura lieu le 20 mars, comme l'avait annoncé le ministre.",
            [("le 20 mars", "2003-03-20")],
        ),
        # a date inside the incise takes the incise's verb
        (
            "Le texte, comme l'a rappelé mardi le ministre, sera voté en avril.",
            [("mardi", "2003-03-11"), ("avril", "2003-04")],
        ),
    ],
)
def test_a_comparison_incise_ends_the_clause(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call dated on its own ("a appelé jeudi à") still points its aim forward
        (
            "Les syndicats ont appelé jeudi à une grève le 18 mars.",
            [("jeudi", "2003-03-13"), ("le 18 mars", "2003-03-18")],
        ),
        (
            "Les syndicats ont appelé à une grève le 18 mars.",
            [("le 18 mars", "2003-03-18")],
        ),
    ],
)
def test_a_call_with_its_own_date(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TimeML extent: "des" / "aux" (a preposition and an article) stay outside
        (
            "Les grèves des 18 et 19 mars seront suivies.",
            [("18", "2003-03-18"), ("19 mars", "2003-03-19")],
        ),
        (
            "Il se rendra à Berlin les 18 et 19 mars.",
            [("les 18", "2003-03-18"), ("19 mars", "2003-03-19")],
        ),
        # "pour" before the days places each of them ahead, as it places one day
        (
            "La SNCF a annulé des TGV pour les 26 et 27 mars.",
            [("les 26", "2003-03-26"), ("27 mars", "2003-03-27")],
        ),
        (
            "Les grèves des 14 et 15 décembre ont coûté cher.",
            [("14", "2002-12-14"), ("15 décembre", "2002-12-15")],
        ),
    ],
)
def test_coordinated_days_leave_their_preposition_out(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # after "de" only an infinitive is a verb: "bus" is no past of "boire" here
        ("La CGT appelle les conducteurs de bus à faire grève mardi.", "2003-03-18"),
        ("Le syndicat appelle les chauffeurs de bus à cesser le travail le 20 mars.", "2003-03-20"),
    ],
)
def test_a_noun_after_de_is_no_verb(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "à partir du" completing a noun: the start of what it names, the nearest
        (
            "Au lendemain de la présentation de son plan de déconfinement à partir du 11 mai, "
            "votée par les députés, le ministre était à l'Assemblée.",
            "2020-05-11",
        ),
        ("Le gouvernement a présenté le couvre-feu à partir du 2 juin.", "2020-06-02"),
        # after a verb the clause's tense holds
        ("Il a décidé de fermer les bars à partir du 3 mars.", "2020-03-03"),
    ],
)
def test_a_start_completing_a_noun(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text, date(2020, 4, 30))] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a weekday right after a reporting verb in the present dates the report
        ("Un enfant a été puni, rapportent mercredi deux quotidiens.", "2003-03-12"),
        ("Les prix baissent, affirme mardi une étude.", "2003-03-11"),
        # the present of an action looks ahead
        ("Le ministre se rend mardi à Lyon.", "2003-03-18"),
        ("Le syndicat annonce une grève mardi.", "2003-03-18"),
    ],
)
def test_the_day_of_a_report(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "c'est X qui/que" only focuses: the relative clause's verb gives the tense
        ("Samedi, c'est Paul, 19 ans, qui est mort de ses blessures.", "2003-03-08"),
        ("C'est mardi que le texte sera voté.", "2003-03-18"),
        ("C'est lundi que le ministre a démissionné.", "2003-03-10"),
    ],
)
def test_a_cleft_takes_its_relative_verb(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a relative clause between commas is not the date's clause: the main verb is
        ("Jeudi, les deux suspects, qui nient les faits, ont été mis en examen.", "2003-03-13"),
        ("Le maire, qui sera candidat lundi, a présenté son programme.", "2003-03-17"),
    ],
)
def test_a_relative_incise_is_another_clause(extractor: Extractor, text: str, value: str) -> None:
    assert [v for _, v in _values(extractor, text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a lone participle of state before "de" + a noun gives the clause no tense
        (
            "Samedi et jusqu'en cours de nuit, des pluies doublées de forts orages sont possibles.",
            "2020-09-19TNI",
        ),
        ("Un homme vêtu de noir sera jugé lundi.", "2020-09-21"),
        # an infinitive after "de", an adverbial phrase, a schedule: verbs still
        ("Accusé d'avoir menti mardi, il a démissionné.", "2020-09-15"),
        ("Les trains prévus d'ici dimanche circuleront.", "2020-09-20"),
    ],
)
def test_a_participle_of_state_gives_no_tense(extractor: Extractor, text: str, value: str) -> None:
    """The clause's verb, not the adjective of a noun, dates the day or the night."""
    assert [v for _, v in _values(extractor, text, date(2020, 9, 19))][-1] == value
