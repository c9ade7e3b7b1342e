"""Ranks, territorial titles, elided particles and article surnames (issue 13).

Sentences written for c5facts. Each family is a construction of French news and of the
older press: a rank only a person holds, a title of nobility before its territory, a
name with "d'", a surname opening on "Le"/"La", "le nommé X" of court reports, and a
title before "de" + a country, which names the country and no person; a city that speaks
(a team, a council) is no person; a name the model read as its given name alone takes
the name words after it that the model reads as nothing else.
"""

from __future__ import annotations

from datetime import date

import pytest
from people_reading import read_as

from c5facts.extract import Extractor
from c5facts.records import Article

REF = date(2025, 11, 6)


def extract(extractor: Extractor, text: str) -> Article:
    """The article record of `text`."""
    return extractor.extract(text, reference_date=REF)


# (id, text, {name: roles})
# fmt: off
PEOPLE: list[tuple[str, str, dict[str, tuple[str, ...]]]] = [
    # a territorial title names its holder, the title kept in the name
    ("duc-elided", "Le duc d'Aumale est rentré d'exil hier.", {"duc d'Aumale": ("duc",)}),
    ("duchesse", "La duchesse de Berry a quitté la ville.", {"duchesse de Berry": ("duchesse",)}),
    ("grand-duc", "Le grand-duc de Bade a reçu les délégués.",
     {"grand-duc de Bade": ("grand-duc",)}),
    # his title, in apposition: one person
    ("apposed", "Le prince Harry, duc de Sussex, a quitté Londres.",
     {"Harry": ("prince", "duc")}),
    # the title's written name joins the full name the article gives
    ("joins-full-name", "Pierre de Lanvaux a fondé le club. Le baron de Lanvaux voulait plus.",
     {"Pierre de Lanvaux": ("baron",)}),
    # a rank's holder is a person whatever the model reads
    ("honorific-elided", "M. d'Arvieux a répondu aux députés.", {"d'Arvieux": ()}),
    ("court-report", "Le tribunal a condamné le nommé Vautrin à trois mois de prison.",
     {"Vautrin": ()}),
    # a possessive "d'" before a given name is no particle
    ("possessive-de", "La mère d'Emilie a répondu aux enquêteurs.", {"Emilie": ()}),
    # a rank glued to its qualifier by a hyphen is one role
    ("hyphen-rank", "Le colonel-divisionnaire Wetzel a inspecté les troupes.",
     {"Wetzel": ("colonel-divisionnaire",)}),
    ("hyphen-rank-2", "Le sergent-chef Lambert a été blessé.", {"Lambert": ("sergent-chef",)}),
    # a compound title's last word is no second role
    ("suffix-role", "Le président-directeur général Dupuis a démissionné.",
     {"Dupuis": ("président-directeur général",)}),
    # a relative's lone name is another person than the full name apposed to it
    ("relative-apart",
     "Il a payé le fils de l'ancien ministre Belkacem, Karim Belkacem, pendant dix ans.",
     {"Belkacem": ("ministre",), "Karim Belkacem": ()}),
    ("relative-apart-du", "La fille du président Ferrand, Léa Ferrand, a témoigné.",
     {"Ferrand": ("président",), "Léa Ferrand": ()}),
    # after "le fils du président", the name holds the inner title; after a comma, the outer
    ("inner-title", "Le conseiller du président Ferrand a démissionné.",
     {"Ferrand": ("président",)}),
    ("outer-title-comma", "Le porte-parole du président, Paul Ferrand, a démenti.",
     {"Paul Ferrand": ("porte-parole",)}),
    # nouns that take a person after "de": a thinker's ideas, an anniversary, a tomb
    ("ideas-of", "Les idées de Proudhon ont inspiré les mutuellistes.", {"Proudhon": ()}),
    ("anniversary-of", "L'anniversaire de Pestalozzi a été fêté à Yverdon.", {"Pestalozzi": ()}),
    # enlisted ranks of war news; "Vve" (veuve) of the older press's notices
    ("enlisted", "Le caporal Matthey et le soldat Jeanneret ont été décorés.",
     {"Matthey": ("caporal",), "Jeanneret": ("soldat",)}),
    ("widow-abbrev", "Mme Vve Perret est décédée hier à Neuchâtel.", {"Perret": ()}),
    # OCR drops the honorific's dot
    ("ocr-honorific", "M Schaller a présenté le budget.", {"Schaller": ()}),
    ("ocr-plural-honorific", "MM Favre et Perrin ont voté contre.", {"Favre": (), "Perrin": ()}),
    ("ocr-honorific-not-unit", "Le joueur vaut 225 M EUR selon le club.", {}),
    # forms of address of other languages, and the plural of "Mlle"
    ("foreign-honorific", "Herr Stresemann a répondu à Signor Crispi.",
     {"Stresemann": (), "Crispi": ()}),
    ("plural-mlle", "Mlles Dupuis et Martin ont chanté.", {"Dupuis": (), "Martin": ()}),
    ("plural-maitres", "Maîtres Vergès et Collard ont plaidé.", {"Vergès": (), "Collard": ()}),
    # a surname the model tags as nothing: a speech verb a person utters, an act
    ("untagged-speech", "Vuilleumier a déclaré qu'il ne céderait pas.", {"Vuilleumier": ()}),
    ("floor", "Cuche a pris la parole au nom des paysans.", {"Cuche": ()}),
    # an occupation of the arts, sciences, sport or the press before a name is its role
    ("occupation-arts", "Le peintre Hodler a exposé à Zurich.", {"Hodler": ("peintre",)}),
    ("occupation-sport", "Le cycliste Girardengo a gagné l'étape.",
     {"Girardengo": ("cycliste",)}),
    ("occupation-exploit", "L'aviateur Nungesser a disparu au-dessus de l'Atlantique.",
     {"Nungesser": ("aviateur",)}),
    ("occupation-position", "Le défenseur Varane est blessé.", {"Varane": ("défenseur",)}),
    ("occupation-position-apposed", "Mbappé, attaquant du Real, a marqué.",
     {"Mbappé": ("attaquant",)}),
    ("occupation-referee", "L'arbitre Turpin a sifflé un penalty.", {"Turpin": ("arbitre",)}),
    ("pilot-project-no-title", "Un projet pilote Total démarre à Lyon.", {}),
    # a form of address written after the name
    ("postposed-pacha", "Enver pacha a quitté Constantinople hier.", {"Enver": ("pacha",)}),
    ("postposed-two-words", "Selon Mustapha Kemal pacha, la guerre est finie.",
     {"Mustapha Kemal": ("pacha",)}),
    ("postposed-alone", "Le pacha a fui la ville.", {}),
    # a chancellor's name may open on its particle, the model reading the name alone
    ("chancellor-particle", "Le chancelier de Bülow a prononcé un discours.",
     {"de Bülow": ("chancelier",)}),
    ("chancellor-country", "Le chancelier d'Autriche a parlé.", {}),
    # the model's span holds the honorific, the article and the title: the title names him
    ("honorific-article-title", "Les obsèques de M. le colonel Feyler ont eu lieu hier.",
     {"Feyler": ("colonel",)}),
    # ... but a capitalised one opening a work's title between quotation marks is the work's
    ("occupation-work-title", "Le théâtre joue « La Cantatrice Chauve » depuis 1957.", {}),
    # monarchs, clergy and offices of other countries and times, old spellings included
    ("old-spelling-monarch", "Le czar Nicolas II est arrivé à Cherbourg.",
     {"Nicolas II": ("czar",)}),
    ("monarch-of-japan", "Le mikado Mutsuhito a reçu le ministre.", {"Mutsuhito": ("mikado",)}),
    ("cleric", "L'ayatollah Sistani a appelé au calme.", {"Sistani": ("ayatollah",)}),
    ("cleric-compound", "Le grand rabbin Kahn a béni les fidèles.", {"Kahn": ("grand rabbin",)}),
    ("office-hyphen", "Le grand-vizir Kiamil pacha a démissionné.",
     {"Kiamil": ("grand-vizir", "pacha")}),
    ("office-swiss", "L'avoyer Stämpfli présidait la séance.", {"Stämpfli": ("avoyer",)}),
    ("territorial-margrave", "Le landgrave de Hesse a reçu le roi.",
     {"landgrave de Hesse": ("landgrave",)}),
    ("cleric-no-name", "Le patriarche de la famille est mort hier.", {}),
    # a title opening an organisation's name after its head noun names no one
    ("org-named-after-title", "La Fondation Abbé Pierre a publié son rapport.", {}),
    ("org-named-after-title-lower", "La fondation Abbé Pierre a publié son rapport.", {}),
    ("title-not-after-org", "L'abbé Pierre a fondé Emmaüs.", {"Pierre": ("abbé",)}),
    # a written-out form of address after a verb of a work is the work's title
    ("work-title-read", "Il a lu Madame Bovary cet été.", {}),
    ("work-title-staged", "Mlle Réjane jouera demain Madame Sans-Gêne.", {"Réjane": ()}),
    ("work-verb-person", "Il a reçu Madame Dupont hier.", {"Dupont": ()}),
    # the press's own titles, whole: never "chef" alone
    ("press-title", "Le rédacteur en chef, Ch. Maurras, a répondu.",
     {"Ch. Maurras": ("rédacteur en chef",)}),
    ("press-title-long", "La directrice de la publication, Marie Vernet, a démenti.",
     {"Marie Vernet": ("directrice de la publication",)}),
    ("press-no-name", "Le rédacteur de l'article a été renvoyé.", {}),
    # any title "en chef" is one title, its head's
    ("title-en-chef", "L'économiste en chef, Paul Vernet, a revu ses prévisions.",
     {"Paul Vernet": ("économiste en chef",)}),
    ("title-en-chef-before", "L'ingénieur en chef Paul Vernet a signé.",
     {"Paul Vernet": ("ingénieur en chef",)}),
    # a word closed between commas after its title and complement is the holder, read MISC
    # by the model; never an organisation's reading (model readings)
    ("title-apposed-misc", "Le patron de LVMH, Arnault, a investi 200 millions.",
     {"Arnault": ("patron",)}),
    ("title-apposed-misc-team", "L'entraîneur des Bleus, Deschamps, a dévoilé sa liste.",
     {"Deschamps": ("entraîneur",)}),
    ("title-apposed-org", "Le leader du marché, Airbus, a annoncé des commandes.", {}),
    # a follower's word between a title and its holder, the lexicon lacking it
    ("title-follower-word", "Le chef jihadiste Abou Bakr al-Baghdadi a été tué.",
     {"Abou Bakr al-Baghdadi": ("chef",)}),
    ("given-name-no-title", "L'actrice Rani Mukerji a tourné un film.",
     {"Rani Mukerji": ("actrice",)}),  # Rani, a given name as often as a queen's title
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=i) for i, t, w in PEOPLE])
def test_title_and_particle_families(
    extractor: Extractor, text: str, want: dict[str, tuple[str, ...]]
) -> None:
    assert {p.name: p.roles for p in extract(extractor, text).people} == want


def test_title_of_a_country_names_the_country_and_no_person(extractor: Extractor) -> None:
    # the model reads "roi d'Espagne" as a person: the country is still named
    for text, code in [
        ("Le roi d'Espagne est arrivé hier.", "ES"),
        ("Le prince de Monaco a inauguré le musée.", "MC"),
    ]:
        article = extract(extractor, text)
        assert article.people == ()
        assert [c.code for c in article.countries] == [code]


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        pytest.param(
            "Le capitaine Vautrin a été dégradé.",
            [("capitaine Vautrin", "MISC")],
            ["Vautrin"],
            id="rank-misc",
        ),
        pytest.param(
            "Le colonel Marchetti a été mis aux arrêts.",
            [("Marchetti", "ORG")],
            ["Marchetti"],
            id="rank-org",
        ),
        pytest.param(
            "Le hospodar Vautrin a abdiqué hier.",
            [("hospodar Vautrin", "ORG")],
            ["Vautrin"],  # an office of other times is a rank as well
            id="rank-old-office-org",
        ),
        pytest.param(
            "Le leader Mistral a annoncé des résultats.",
            [("Mistral", "ORG")],
            [],
            id="title-not-rank",
        ),
        pytest.param(
            "Hier soir, Vautrin a répliqué sèchement.",
            [],
            ["Vautrin"],
            id="untagged-speech",
        ),
        pytest.param(
            "Hier soir, Jean Vautrin a répliqué sèchement.",
            [],
            ["Jean Vautrin"],  # a given name opens the full name, never "Vautrin" alone
            id="untagged-two-words",
        ),
        pytest.param(
            "Lyon a répondu en marquant deux buts.",
            [("Lyon", "LOC")],
            [],  # a city of the generated table: a team, no person
            id="city-speaks",
        ),
        pytest.param(
            "Hier soir, Nantes a répliqué dès la reprise.",
            [],
            [],
            id="untagged-city",
        ),
        pytest.param(
            "En seconde période, Vautrin a marqué deux buts.",
            [("Vautrin", "LOC")],
            ["Vautrin"],  # a player's act: no club of that name
            id="player-act",
        ),
        pytest.param(
            "En seconde période, Lyon a marqué deux buts.",
            [("Lyon", "PER")],
            [],  # a city's club
            id="club-act",
        ),
        pytest.param(
            "En seconde période, Barcelone a répondu par deux buts.",
            [("Barcelone", "LOC")],
            [],  # a city's French name (GeoNames' other names)
            id="club-reply",
        ),
        pytest.param(
            "J'étais copain avec Le Goarnic depuis l'armée.",
            [("Le Goarnic", "PER")],
            ["Le Goarnic"],
            id="article-surname",
        ),
        pytest.param(
            "Ils déjeunent à La Verrière. La Verrière a rouvert lundi.",
            [("La Verrière", "LOC"), ("La Verrière", "PER")],
            [],
            id="article-venue",
        ),
        pytest.param(
            "Selon Le Marie, rien ne change.",
            [("Le Marie", "PER")],
            [],  # an article and a given name: never "Le Marie"
            id="article-given-name",
        ),
        pytest.param(
            "Edson Arantes do Nascimento est mort jeudi.",
            [("Edson", "PER")],
            ["Edson Arantes do Nascimento"],  # the model read the given name alone
            id="given-name-read-alone",
        ),
        pytest.param(
            "Hier, Joaquim Ferreira da Costa a démissionné.",
            [("Joaquim", "PER")],
            ["Joaquim Ferreira da Costa"],
            id="given-name-read-alone-particle",
        ),
        # a lone surname on its French particle, when the model's span opens on it
        pytest.param(
            "Imagine-t-on de Lanvaux au marché ?",
            [("de Lanvaux", "PER")],
            ["de Lanvaux"],
            id="particle-surname-alone",
        ),
        pytest.param(
            "La politique de de Lanvaux était claire.",
            [("de Lanvaux", "PER")],
            ["de Lanvaux"],
            id="particle-surname-after-de",
        ),
        pytest.param(
            "Il est revenu de Vierzon hier.",
            [("de Vierzon", "PER")],
            [],  # a city after the particle: the preposition before a place
            id="particle-city",
        ),
        pytest.param(
            "Le chiffre d'affaires de Vinci a progressé.",
            [("de Vinci", "PER")],
            [],  # after a noun, "de" opens its complement: a company here
            id="particle-after-noun",
        ),
        pytest.param(
            "Hier, Joaquim Ferreira da Costa a démissionné.",
            [("Joaquim", "PER"), ("Ferreira da Costa", "ORG")],
            [],  # the words after it are a company to the model: no longer name
            id="given-name-then-company",
        ),
    ],
)
def test_model_readings(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    assert read_as(extractor, text, ents) == want
