"""The countries component in the real pipeline: spans, how they name a country, why."""

from __future__ import annotations

import pytest

from c5facts import spans
from c5facts.extract import Extractor


def found(extractor: Extractor, text: str) -> list[tuple[str, str, str, str]]:
    """(span text, code, via, rule) of every country span of `text`."""
    doc = extractor.nlp(text)
    out = []
    for span in doc.spans[spans.COUNTRIES]:
        ev = span._.get(spans.COUNTRIES)
        out.append((span.text, span.kb_id_, ev["via"], ev["rule"]))
    return out


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
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_countries_component(
    extractor: Extractor, text: str, want: list[tuple[str, str, str, str]]
) -> None:
    assert found(extractor, text) == want


def test_compound_single_token_shares_evidence(extractor: Extractor) -> None:
    doc = extractor.nlp("Le Franco-libano-brésilien de 60 ans a été arrêté.")
    group = doc.spans[spans.COUNTRIES]
    assert [s.kb_id_ for s in group] == ["FR", "LB", "BR"]
    assert group[0]._.get(spans.COUNTRIES)["codes"] == ["FR", "LB", "BR"]


def test_evidence_is_a_fresh_dict_per_span(extractor: Extractor) -> None:
    doc = extractor.nlp("La France et le Japon ont signé.")
    a, b = doc.spans[spans.COUNTRIES]
    assert a._.get(spans.COUNTRIES) is not b._.get(spans.COUNTRIES)
