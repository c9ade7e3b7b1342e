"""The countries component in the real pipeline: spans, how they name a country, why."""

from __future__ import annotations

import pytest

from c5facts import spans
from c5facts.components.countries import read_context
from c5facts.extract import Extractor
from c5facts.matches import CountryMatch


def matches(extractor: Extractor, text: str) -> list[tuple[str, CountryMatch]]:
    """(span text, match) of every country span of `text`."""
    doc = extractor.nlp(text)
    return [(span.text, span._.get(spans.COUNTRIES)) for span in doc.spans[spans.COUNTRIES]]


def found(extractor: Extractor, text: str) -> list[tuple[str, str, str, str]]:
    """(span text, code, via, rule) of every country named in `text`."""
    return [
        (text, code, match.via, match.rule)
        for text, match in matches(extractor, text)
        for code in match.codes
    ]


# (id, text, [(span text, code, via, rule)])
# fmt: off
CASES = [
    ("name-elided", "Il a quitté l'Ouzbékistan pour rejoindre l'armée d'Israël.",
     [("Ouzbékistan", "UZ", "name", "gazetteer:name"), ("Israël", "IL", "name", "gazetteer:name")]),
    ("demonym-title", "La secrétaire d'État américaine a parlé de l'État.",
     [("américaine", "US", "demonym", "gazetteer:demonym")]),
    ("capital-actor", "Pyongyang a tiré un missile, et Washington a réagi aussitôt.",
     [("Pyongyang", "KP", "capital", "gazetteer:capital-actor"),
      ("Washington", "US", "capital", "gazetteer:capital-actor")]),
    ("capital-inverted-subject", "Les deux voisins se sont accusés, affirme Séoul.",
     [("Séoul", "KR", "capital", "gazetteer:capital-actor")]),
    ("capital-object", "Les alliés de Ryad ont voté contre Téhéran.",
     [("Ryad", "SA", "capital", "gazetteer:capital-actor"),
      ("Téhéran", "IR", "capital", "gazetteer:capital-actor")]),
    ("capital-in-hyphenated-name", "Le Paris Saint-Germain a recruté un attaquant.", []),
    ("capital-place", "Pendant sa visite à Washington, il a dîné à Pékin puis à Tokyo.", []),
    ("capital-place-article", "Il a été reçu à la Maison Blanche.", []),
    ("us-state", "Le siège est à Seattle, dans l'État de Washington, près de la Californie.", []),
    ("dateline", "PARIS | La banque a publié ses comptes.", []),
    ("dateline-comma-date", "Dakar, 24 mars 2024 - Les électeurs votent.", []),
    ("dateline-weekday", "Rome, lundi 3 mars - La pluie tombe.", []),
    ("inside-other-names", "Health Canada a rappelé le produit cité dans les Panama Papers.", []),
    ("named-war", "Le film raconte la guerre du Vietnam.", []),
    # a number of one or two digits completes a channel's name; a count does not
    ("numbered-name", "Il l'a dit sur France 2, puis à France 24.", []),
    ("numbered-name-region", "Il a parlé à France 3 Normandie.", []),
    ("count-after-name", "En France 3 millions de personnes votent.",
     [("France", "FR", "name", "gazetteer:name")]),
    ("organisations-regions", "Les Nations unies et l'UE ont condamné l'attaque en Europe.", []),
    ("meeting-not-island", "Les USA ont voté contre ; la réunion a duré deux heures.",
     [("USA", "US", "name", "gazetteer:name")]),
    ("lowercase-acronym", "On a trouvé des usa dans le texte.", []),
    ("language-not-country", "Il parle en français avec les Turcs.",
     [("Turcs", "TR", "demonym", "gazetteer:demonym")]),
    ("all-caps-headline", "LE ROYAUME-UNI ONT VOTÉ AVEC LES AMÉRICAINS.",
     [("ROYAUME-UNI", "GB", "name", "gazetteer:name"),
      ("AMÉRICAINS", "US", "demonym", "gazetteer:demonym")]),
    ("press-idioms", "Dans l'Hexagone comme outre-Rhin, un hexagone a six côtés.",
     [("Hexagone", "FR", "name", "gazetteer:name"),
      ("outre-Rhin", "DE", "name", "gazetteer:name")]),
    ("language-after-article", "Il traduit du russe et parle le chinois couramment.", []),
    ("language-noun", "La langue officielle arabe et la traduction anglaise sont prêtes.", []),
    ("account-not-language", "La version chinoise des faits diffère.",
     [("chinoise", "CN", "demonym", "gazetteer:demonym")]),
    ("company-nationality", "L'italienne UniCredit a racheté le français Bolloré.",
     [("italienne", "IT", "demonym", "gazetteer:demonym"),
      ("français", "FR", "demonym", "gazetteer:demonym")]),
    ("unknown-compound", "Le groupe euro-américain prépare un sommet Otan-Ukraine.", []),
    ("compound-three-tokens", "La guerre russo-ukrainienne inquiète.",
     [("russo-ukrainienne", "RU", "demonym", "compound"),
      ("russo-ukrainienne", "UA", "demonym", "compound")]),
    ("hyphenated-demonym", "Les Sud-Coréens et les Nord-Coréens ont discuté.",
     [("Sud-Coréens", "KR", "demonym", "gazetteer:demonym"),
      ("Nord-Coréens", "KP", "demonym", "gazetteer:demonym")]),
    # after a title and "du", a country followed by a capitalised word is the title's: the
    # word opens its holder's name (the model may glue them into one entity)
    ("holder-after-country", "Le président du Kazakhstan Kassym-Jomart Tokaïev a parlé.",
     [("Kazakhstan", "KZ", "name", "gazetteer:name")]),
    ("holder-after-country-la", "Le ministre de la Russie Sergueï Lavrov a parlé.",
     [("Russie", "RU", "name", "gazetteer:name")]),
    # the press joins a two-part name either way, and shortens some
    ("other-joiner", "La Côte-d'Ivoire, la Guinée Bissau et le Burkina ont signé.",
     [("Côte-d'Ivoire", "CI", "name", "gazetteer:name"),
      ("Guinée Bissau", "GW", "name", "gazetteer:name"),
      ("Burkina", "BF", "name", "gazetteer:name")]),
    # one organisation's name stays whole
    ("company-after-title", "Le président de Qatar Airways a parlé.", []),
    # a demonym two countries share: the one whose capital, name or city the article gives
    ("shared-capital", "Le président congolais est rentré hier à Kinshasa.",
     [("congolais", "CD", "demonym", "gazetteer:demonym:shared")]),
    ("shared-city", "Les combats reprennent dans l'est congolais, près de Goma.",
     [("congolais", "CD", "demonym", "gazetteer:demonym:shared")]),
    ("shared-name", "Le ministre congolais a salué le rôle du Congo-Brazzaville.",
     [("congolais", "CG", "demonym", "gazetteer:demonym:shared"),
      ("Congo-Brazzaville", "CG", "name", "gazetteer:name")]),
    ("shared-both", "Le ministre congolais est arrivé à Kinshasa puis à Brazzaville.",
     []),  # both capitals, as cities: no country named, and the demonym is undecided
    ("shared-none", "Les Congolais votent dimanche.", []),
    ("shared-language", "Il parle coréen depuis l'enfance, à Séoul.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_countries_component(
    extractor: Extractor, text: str, want: list[tuple[str, str, str, str]]
) -> None:
    assert found(extractor, text) == want


def test_compound_single_token_is_one_span_naming_each_country(extractor: Extractor) -> None:
    [(text, match)] = matches(extractor, "Le Franco-libano-brésilien de 60 ans a été arrêté.")
    assert text == "Franco-libano-brésilien"
    assert match == CountryMatch(codes=("FR", "LB", "BR"), via="demonym", rule="compound")
    assert match.code == "BR"  # the country a title before it qualifies: the last part


def test_every_span_has_its_own_match(extractor: Extractor) -> None:
    found = matches(extractor, "La France et le Japon ont signé.")
    assert [(text, m.codes) for text, m in found] == [("France", ("FR",)), ("Japon", ("JP",))]


def test_dateline_weekdays_come_from_the_date_vocabulary(extractor: Extractor) -> None:
    assert "weekday" not in read_context()  # written once, in models/dates/vocabulary.tsv
    assert found(extractor, "Rome, vendredi 7 mars - La pluie tombe.") == []
    assert found(extractor, "Rome, le 7 mars - La pluie tombe.") == []
