"""Calendar date forms through the real pipeline: day ranges with ordinal or word days,
mixed ranges, numeric months with spaces or year first, weekday abbreviations, month-first
dates after a weekday, holidays named by more words; and the forms that stay no date.

Sentences written for these tests (article of Thursday 2025-11-06); each asserts the exact
extent, TIMEX3 value and kind. The windowed matcher must find every new form that one
Matcher over the whole text finds.
"""

from __future__ import annotations

from datetime import date

import pytest
from date_windows import dates_only_nlp, windowed_and_whole

from c5facts.extract import Extractor

REF = date(2025, 11, 6)  # a Thursday

# (text, [(extent, value, kind)])
# fmt: off
CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # day ranges whose days are ordinals or words
    ("Le festival se tiendra du 13e au 15 juillet.",
     [("du 13e au 15 juillet", "2026-07-13/2026-07-15", "range")]),
    ("Les soldes se dérouleront du treize au 25 janvier.",
     [("du treize au 25 janvier", "2026-01-13/2026-01-25", "range")]),
    ("Le musée sera fermé du 1er au dix décembre.",
     [("du 1er au dix décembre", "2025-12-01/2025-12-10", "range")]),
    ("Le sommet se tiendra entre le 13 et le quinze mars.",
     [("entre le 13 et le quinze mars", "2026-03-13/2026-03-15", "range")]),
    ("Le défilé aura lieu le quatorze juillet.",
     [("le quatorze juillet", "2026-07-14", "date")]),
    # weekdays on both ends: the year where the right end falls on its weekday
    ("Le salon a eu lieu du vendredi 17 au dimanche 19 octobre.",
     [("du vendredi 17 au dimanche 19 octobre", "2025-10-17/2025-10-19", "range")]),
    ("Les négociations auront lieu entre le mardi 2 et le jeudi 4 décembre.",
     [("entre le mardi 2 et le jeudi 4 décembre", "2025-12-02/2025-12-04", "range")]),
    ("Le festival aura lieu samedi 1er et dimanche 2 novembre.",
     [("samedi 1er", "2025-11-01", "date"), ("dimanche 2 novembre", "2025-11-02", "date")]),
    ("La décision sera rendue le 3 ou le 4 décembre.",
     [("le 3", "2025-12-03", "date"), ("le 4 décembre", "2025-12-04", "date")]),
    ("La décision sera rendue les 3 ou 4 décembre.",
     [("les 3", "2025-12-03", "date"), ("4 décembre", "2025-12-04", "date")]),
    ("Le festival se déroulera le 3, le 4 et le 5 juillet.",
     [("le 3", "2026-07-03", "date"), ("4", "2026-07-04", "date"),
      ("le 5 juillet", "2026-07-05", "date")]),
    ("Le vote aura lieu le 2 ou 3 mars.",
     [("le 2", "2026-03-02", "date"), ("3 mars", "2026-03-03", "date")]),
    # a weekday before a numeric date, a numeric right end after weekdays
    ("Publié mercredi 5/11, le rapport accable le ministre.",
     [("mercredi 5/11", "2025-11-05", "date")]),
    ("Le rapport a été publié mardi 04/11/2025.", [("mardi 04/11/2025", "2025-11-04", "date")]),
    ("Le colloque se tient du lundi 3 au vendredi 7/11.",
     [("du lundi 3 au vendredi 7/11", "2025-11-03/2025-11-07", "range")]),
    # ends of different grains; the left end borrows the right end's year
    ("Il sera absent du 1er février au mois de mars 2026.",
     [("du 1er février au mois de mars 2026", "2026-02-01/2026-03", "range")]),
    ("Il sera absent du 1er février au mars 2026.",
     [("du 1er février au mars 2026", "2026-02-01/2026-03", "range")]),
    ("Il a vécu à Lyon du 2015 au 5 mai 2017.",
     [("du 2015 au 5 mai 2017", "2015/2017-05-05", "range")]),
    ("Les prix ont grimpé entre 2015-05 et 2018.",
     [("entre 2015-05 et 2018", "2015-05/2018", "range")]),
    ("Les prix ont grimpé entre 2015-05 et 2018-03.",
     [("entre 2015-05 et 2018-03", "2015-05/2018-03", "range")]),
    ("Il est en poste depuis le 1er août 2019 jusqu'à aujourd'hui.",
     [("depuis le 1er août 2019 jusqu'à aujourd'hui", "2019-08-01/2025-11-06", "range")]),
    ("Il est en poste du 01/08/2019 à aujourd'hui.",
     [("du 01/08/2019 à aujourd'hui", "2019-08-01/2025-11-06", "range")]),
    # numeric right ends, months joined by a hyphen
    ("Le festival aura lieu du 12 au 15/03.",
     [("du 12 au 15/03", "2026-03-12/2026-03-15", "range")]),
    ("Le festival aura lieu entre le 12/03 et le 15/03.",
     [("entre le 12/03 et le 15/03", "2026-03-12/2026-03-15", "range")]),
    ("Les ventes de mars-avril 2024 ont baissé.",
     [("mars-avril 2024", "2024-03/2024-04", "range")]),
    # numeric months: spaces around the slash, year first after a word naming no act
    ("Les ventes ont chuté en 11 / 2016.", [("11 / 2016", "2016-11", "date")]),
    ("Le rapport daté 2016/11 a été publié.", [("2016/11", "2016-11", "date")]),
    ("Le rapport daté 2015-3 a été publié.", [("2015-3", "2015-03", "date")]),
    ("Les ventes ont chuté en nov., 2016.", [("nov., 2016", "2016-11", "date")]),
    ("Les ventes ont chuté en novembre de l'année 2016.",
     [("novembre de l'année 2016", "2016-11", "date")]),
    # "de" before a year named with its noun stays out of the extent
    ("Les résultats de l'année 2024 sont bons.", [("l'année 2024", "2024", "date")]),
    ("Le bogue de l'an 2000 a inquiété.", [("l'an 2000", "2000", "date")]),
    # a day after the 12th and a one-digit month
    ("Il est arrivé 17/2.", [("17/2", "2025-02-17", "date")]),
    # weekday abbreviations (the dot split off by the tokenizer), month-first dates
    ("Réunion publique Jeu. 13 novembre à la mairie.",
     [("Jeu. 13 novembre", "2025-11-13", "date")]),
    ("Concert sam. 8 novembre.", [("sam. 8 novembre", "2025-11-08", "date")]),
    # "mer." and "jeu." in lower case end sentences: the date after them is alone
    ("Ils ont péri en mer. 3 mai 2024 : un autre drame.", [("3 mai 2024", "2024-05-03", "date")]),
    ("Ouverture Lun 10 novembre.", [("Lun 10 novembre", "2025-11-10", "date")]),
    ("Départ Ven 14:30.", [("Ven 14:30", "2025-11-07T14:30", "time")]),
    ("Il a été signé le vendredi, décembre 5 2014.",
     [("le vendredi, décembre 5 2014", "2014-12-05", "date")]),
    ("Le traité fut signé dimanche janvier 21 2018.",
     [("dimanche janvier 21 2018", "2018-01-21", "date")]),
    # holidays: le jour des Morts (2 November), the Canadian Action de grâce
    ("Les familles se sont rendues au cimetière le jour des morts.",
     [("le jour des morts", "2025-11-02", "date")]),
    ("Le magasin fermera pour l'Action de grâce.",
     [("l'Action de grâce", "2026-10-12", "date")]),
    # a holiday takes the year written right after it: one fact
    ("Il reviendra pour la Saint-Patrick en 2027.",
     [("la Saint-Patrick en 2027", "2027-03-17", "date")]),
    ("Le Black Friday de 2010 a battu des records.",
     [("Le Black Friday de 2010", "2010-11-26", "date")]),
    # "le 3 courant": a day of the reference month (administrative and older press)
    ("Le conseil s'est réuni le 3 courant à la mairie.",
     [("le 3 courant", "2025-11-03", "date")]),
    ("Il est au courant de tout depuis le début.", []),
    # a winter over two years is the winter that opens in the first (TIMEX3 "2019-WI")
    ("L'hiver 2019-2020 a été doux.", [("L'hiver 2019-2020", "2019-WI", "date")]),
    ("La saison 2019-2020 a été interrompue.", [("2019-2020", "2019/2020", "range")]),
    # a later year by its last two digits, never one that may be a month ("2008-09")
    ("La guerre de 1870-71 a laissé des traces.", [("1870-71", "1870/1871", "range")]),
    ("La saison 2020-21 a été interrompue.", [("2020-21", "2020/2021", "range")]),
    ("Il a marqué douze buts en 2022-23.", [("2022-23", "2022/2023", "range")]),
    ("La saison 1999-00 fut la meilleure.", [("1999-00", "1999/2000", "range")]),
    ("Il a vécu à Lyon en 2020-13.", []),
    ("Le conseil s'est réuni le 3 du courant.", [("le 3 du courant", "2025-11-03", "date")]),
    ("La séance du 4 du mois courant a été levée.",
     [("4 du mois courant", "2025-11-04", "date")]),
    # ordinals written with superscript letters
    ("Il est arrivé le 1ᵉʳ mai 2023.", [("le 1ᵉʳ mai 2023", "2023-05-01", "date")]),
    ("Il sera là du 13ᵉ au 15 mai.", [("du 13ᵉ au 15 mai", "2026-05-13/2026-05-15", "range")]),
    ("Il a vécu au XIXᵉ siècle.", [("XIXᵉ siècle", "18", "date")]),
    ("Les ventes du 3ᵉ trimestre 2024 ont chuté.", [("3ᵉ trimestre 2024", "2024-Q3", "date")]),
    # days of history named by day and month, hyphenated and capitalised
    ("Les attentats du 11-Septembre ont marqué le monde.",
     [("11-Septembre", "2001-09-11", "date")]),
    ("Depuis le 7-Octobre, la région est en guerre.", [("le 7-Octobre", "2023-10-07", "date")]),
    ("La réunion du 13-novembre est reportée.", []),
    # no date: acts, seasons, round-the-clock, marks and fractions, counts
    ("La directive 2016/11 a été adoptée.", []),
    ("Le règlement (UE) 2019/5 s'applique.", []),
    ("La saison 2008-09 a été bonne.", []),
    ("Le service est ouvert 24/7.", []),
    ("Il a obtenu 17/20 et 3/4 des voix.", []),
    ("Le jeu 3 est sorti.", []),
    ("Le taux est passé du 13 au 15 %.", []),
    ("Il en reste trois au 1er janvier.", [("1er janvier", "2026-01-01", "date")]),
    ("Il a marqué 13 buts au 15 mars.", [("15 mars", "2025-03-15", "date")]),
    # a weekday with its direction word, then its day and month: one date, the day's
    ("La foire aura lieu lundi prochain 17 novembre.",
     [("lundi prochain 17 novembre", "2025-11-17", "date")]),
    ("Il est arrivé samedi dernier, 1er novembre, à Lyon.",
     [("samedi dernier, 1er novembre", "2025-11-01", "date")]),
    ("Lundi dernier, 12 personnes sont mortes.", [("Lundi dernier", "2025-11-03", "date")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_calendar_forms(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(d.text, d.value, d.kind) for d in article.dates] == expected
    for d in article.dates:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "grain"),
    [
        ("Le festival se tiendra du 13e au 15 juillet.", "day"),
        ("Les ventes ont chuté en 11 / 2016.", "month"),
        ("Il a vécu à Lyon du 2015 au 5 mai 2017.", "year"),
    ],
)
def test_grains(extractor: Extractor, text: str, grain: str) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [d.grain for d in article.dates] == [grain]


def test_windows_find_the_new_forms() -> None:
    """Matching only around anchor words loses none of the new forms."""
    nlp = dates_only_nlp()
    windowed, whole = windowed_and_whole(nlp, " ".join(text for text, _ in CASES))
    assert {w for w in whole if w[0] != "day_alone"} <= windowed
