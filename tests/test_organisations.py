"""Organisations (issue 17): the component in the real pipeline and the normaliser."""

from __future__ import annotations

import pytest

from c5facts import spans
from c5facts.extract import Extractor
from c5facts.matches import OrganisationMatch
from c5facts.normalise.organisations import (
    OrganisationMention,
    cluster_organisations,
    initials,
    is_acronym,
)


def orgs(extractor: Extractor, text: str) -> list[tuple[str, list[str], str | None]]:
    """(name, aliases, country) of every organisation record of `text`."""
    article = extractor.extract(text)
    return [(o.name, list(o.aliases), o.country) for o in article.organisations]


# (id, text, [(name, aliases, country)]): sentences written for these tests.
# fmt: off
CASES = [
    ("head-demonym", "Le groupe américain Kestrel Dynamics a racheté une usine.",
     [("Kestrel Dynamics", [], "US")]),
    ("legal-suffix", "Le contrat a été signé par Varnor Holdings avec la société Orbelia SA.",
     [("Varnor Holdings", [], None), ("Orbelia SA", [], None)]),
    ("acronym-in-parentheses",
     "L'Autorité européenne des marchés financiers (AEMF) a publié un avis. L'AEMF insiste.",
     [("Autorité européenne des marchés financiers", ["AEMF"], None)]),
    ("role-of", "Le patron de Quillane Rhône a démissionné mardi.",
     [("Quillane Rhône", [], None)]),
    ("capitalised-demonym-before", "La Britannique Barclays et la lettonne ABLV sont visées.",
     [("Barclays", [], "GB"), ("ABLV", [], "LV")]),
    ("named-ministry", "À Pékin, le ministère du Commerce a protesté vivement.",
     [("ministère du Commerce", [], None)]),
    ("apposition-after-noun", "Il dirige aussi un important fabricant de vaccins, Sinovax Pharma.",
     [("Sinovax Pharma", [], None)]),
    ("hyphenated-club", "Le club saoudien Al-Nadir aurait proposé un contrat.",
     [("Al-Nadir", [], "SA")]),
    ("spaced-dash-then-lower-case-ends-the-name",
     "Les actionnaires du Cirque Solaris - les fonds TPG Capital - ont accepté.",
     [("Cirque Solaris", [], None), ("TPG Capital", [], None)]),
    ("spaced-dash-inside-a-party-name",
     "Les militants d'Europe Écologie - Les Verts ont voté.",
     [("Europe Écologie - Les Verts", [], None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_organisation_families(
    extractor: Extractor, text: str, expected: list[tuple[str, list[str], str | None]]
) -> None:
    assert orgs(extractor, text) == expected


# fmt: off
NOT_ORGS = [
    ("person-title", "La Première ministre lituanienne Ingrida Šimonytė a parlé."),
    ("weekday", "Mercredi, la ministre de la Jeunesse a défendu son choix devant les députés."),
    ("tax-abbreviation", "La baisse de la TVA sur les livres rapportera peu."),
    ("rubric", "Diplomatie : les ministres se retrouvent à Genève jeudi."),
    ("country", "La France et l'Allemagne ont signé un accord."),
    ("dateline-place", "Impôts en baisse\n\nLYON | Les géants du commerce paieront moins."),
]
# fmt: on


@pytest.mark.parametrize("text", [c[1] for c in NOT_ORGS], ids=[c[0] for c in NOT_ORGS])
def test_not_organisations(extractor: Extractor, text: str) -> None:
    assert orgs(extractor, text) == []


def test_mentions_are_counted_and_never_a_person(extractor: Extractor) -> None:
    text = (
        "Le président de Tarvel Mining Simon Okafor a démissionné. Tarvel Mining a confirmé. "
        "Les actionnaires de Tarvel Mining se réunissent lundi."
    )
    article = extractor.extract(text)
    assert [(o.name, o.mentions) for o in article.organisations] == [("Tarvel Mining", 3)]
    doc = extractor.nlp(text)
    people = {(s.start, s.end) for s in doc.spans[spans.PEOPLE]}
    for span in doc.spans[spans.ORGANISATIONS]:
        assert isinstance(span._.get(spans.ORGANISATIONS), OrganisationMatch)
        assert not any(s < span.end and span.start < e for s, e in people)


def test_cluster_acronym_by_initials_and_prefix() -> None:
    ms = [
        OrganisationMention(text="BCE", start=0, end=3),
        OrganisationMention(text="Banque centrale européenne", start=10, end=36),
        OrganisationMention(text="Parlement", start=40, end=49),
        OrganisationMention(text="Parlement australien", start=60, end=80, country="AU"),
    ]
    out = cluster_organisations(ms)
    assert [(o.name, o.aliases, o.mentions, o.country) for o in out] == [
        ("Banque centrale européenne", ("BCE",), 2, None),
        ("Parlement australien", ("Parlement",), 2, "AU"),
    ]


def test_acronym_helpers() -> None:
    assert initials("Securities and Exchange Commission") == "sec"
    assert is_acronym("Ufip") is False
    assert is_acronym("SEC") is True
