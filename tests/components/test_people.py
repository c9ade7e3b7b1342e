"""The people component in the real pipeline: spans, roles, country, rule."""

from __future__ import annotations

import pytest

from c5facts import spans
from c5facts.extract import Extractor
from c5facts.matches import PersonMatch


def found(extractor: Extractor, text: str) -> list[tuple[str, list[str], str | None]]:
    """(span text, roles, country) of every person span of `text`."""
    doc = extractor.nlp(text)
    out = []
    for span in doc.spans[spans.PEOPLE]:
        match: PersonMatch = span._.get(spans.PEOPLE)
        out.append((span.text, list(match.roles), match.country))
    return out


# (id, text, [(span text, roles, country)])
# fmt: off
CASES = [
    ("non-latin-capital", "La Première ministre lituanienne Ingrida Šimonytė a parlé.",
     [("Ingrida Šimonytė", ["première ministre"], "LT")]),
    ("grouped-initials", "Son PDG, C.C. Wei, table sur une hausse; J.-P. Morel approuve.",
     [("C.C. Wei", ["PDG"], None), ("J.-P. Morel", [], None)]),
    ("irish-o-apostrophe", "Le chef de l'opposition, Erin O'Toole, a réclamé une enquête.",
     [("Erin O'Toole", ["chef de l'opposition"], None)]),
    ("title-demonym", "Le président kirghiz Sadyr Japarov a signé le texte.",
     [("Sadyr Japarov", ["président"], "KG")]),
    ("title-of-country-comma", "Le président du Tadjikistan, Emomali Rahmon, a signé.",
     [("Emomali Rahmon", ["président"], "TJ")]),
    ("ministry-and-demonym",
     "Le ministre turc des Affaires étrangères, Hakan Fidan, a rencontré le Premier ministre "
     "indien Narendra Modi.",
     [("Hakan Fidan", ["ministre des Affaires étrangères"], "TR"),
      ("Narendra Modi", ["premier ministre"], "IN")]),
    ("ministry-then-name",
     "Selon le ministre turc des Affaires étrangères Kemal Aydin, tout va bien.",
     [("Kemal Aydin", ["ministre des Affaires étrangères"], "TR")]),
    ("apposition-chain", "Selon Léa Martin, porte-parole du ministre de l'Économie du Sénégal, "
     "l'accord sera signé.",
     [("Léa Martin", ["porte-parole"], "SN")]),
    ("apposition-org",
     "Le contrat a été signé par Aliya Nurlanova, directrice de Kaz Mining Group, "
     "et Tom Becker, PDG de Blue River Capital.",
     [("Aliya Nurlanova", ["directrice"], None), ("Tom Becker", ["PDG"], None)]),
    ("title-then-complement", "Le fondateur de Zenith Holdings, Piotr Nowak, est arrivé.",
     [("Piotr Nowak", ["fondateur"], None)]),
    ("relation-gives-country", "Il a reçu son homologue brésilien Lula Ferreira.",
     [("Lula Ferreira", [], "BR")]),
    ("headline-capitals", "LA CRISE N'EST PAS FINIE, prévient Christine Lagarde.",
     [("Christine Lagarde", [], None)]),
    ("honorific-kept", "Olaf Scholz a pris la parole. M. Scholz a ensuite quitté la salle.",
     [("Olaf Scholz", [], None), ("M. Scholz", [], None)]),
    ("particle-surname", "Marine Le Pen débat. Le Pen a critiqué le budget.",
     [("Marine Le Pen", [], None), ("Le Pen", [], None)]),
    ("quoted-name-is-no-person", 'Il dirige le centre "Roi Fahd" à Genève.', []),
    ("profession-title",
     "Le prince héritier saoudien Karim ben Nasser a reçu le footballeur Léo Dumas.",
     [("Karim ben Nasser", ["prince héritier"], "SA"), ("Léo Dumas", ["footballeur"], None)]),
    ("hyphen-lowercase-part", "Le dirigeant nord-coréen Kim Jong-un a salué ses troupes.",
     [("Kim Jong-un", ["dirigeant"], "KP")]),
    ("particle-after-military-title",
     "Le directeur de Renault a parlé, puis le général de Villiers.",
     [("de Villiers", ["général"], None)]),
    ("honorific-particle", "Selon Mme von der Leyen, le plan est prêt.",
     [("Mme von der Leyen", [], None)]),
    ("country-name-as-first-name", "Israël Katz, ministre israélien de la Défense, a parlé.",
     [("Israël Katz", ["ministre de la Défense"], "IL")]),
    ("capital-inside-is-an-organisation", "Beijing Wantai a publié ses comptes.", []),
    ("group-is-no-person", "Les combats opposent l'armée aux Houthis.", []),
    # title + "de" + employer + holder, no comma: the run is split where a person starts
    ("employer-then-holder-reread",
     "Le président de Norvale Mining Hugo Lambert a déploré un manque de respect.",
     [("Hugo Lambert", ["président"], None)]),
    ("employer-then-holder-bank",
     "La directrice générale de Banque Ostral Claire Vasseur a annoncé un plan social.",
     [("Claire Vasseur", ["directrice générale"], None)]),
    ("employer-then-holder-club", "L'entraîneur du Racing Club Lucas Moreau a expliqué son choix.",
     [("Lucas Moreau", ["entraîneur"], None)]),
    ("employer-then-holder-town", "La maire de Saint-Malo Léa Perrin a inauguré le port.",
     [("Léa Perrin", ["maire"], None)]),
    ("employer-then-holder-particle",
     "Le directeur général de Danone Paul de Saint-Amand a annoncé un plan.",
     [("Paul de Saint-Amand", ["directeur général"], None)]),
    ("employer-then-holder-kunya", "Le chef de l'EI Abou Bakr al-Baghdadi a été tué.",
     [("Abou Bakr al-Baghdadi", ["chef"], None)]),  # a kunya opens the holder's name
    ("employer-whole-two-words", "Le président de Renault Trucks a déclaré que tout va bien.", []),
    ("employer-whole-english",
     "Le patron de Goldman Sachs Asset Management a estimé que les taux baisseraient.", []),
    ("employer-whole-suffixes", "Le fondateur de Kelvane Capital Partners a vendu ses parts.", []),
    ("employer-of-a-nested-title", "L'adjoint au maire de Lyon Pierre Garnier a démissionné.",
     [("Pierre Garnier", [], None)]),
    ("hyphenated-surname-after-particle", "Selon Paul de Saint-Amand, le projet avance.",
     [("Paul de Saint-Amand", [], None)]),
    ("employer-glued-by-de", "Selon Sophie Morel de Goldman Sachs Group, la baisse continuera.",
     [("Sophie Morel", [], None)]),
    ("employer-acronym-du", "Jean Lefèvre du CNRS a présenté l'étude.",
     [("Jean Lefèvre", [], None)]),
    ("employer-read-as-person", "« Non », estime Paul Martin de Morgan Stanley.",
     [("Paul Martin", [], None)]),
    ("title-name-employer", "Le patron Marc Leroy de Renault Group a démissionné.",
     [("Marc Leroy", ["patron"], None)]),
    ("particle-of-surname-kept",
     "Dominique de Villepin et Valéry Giscard d'Estaing ont répondu.",
     [("Dominique de Villepin", [], None), ("Valéry Giscard d'Estaing", [], None)]),
    ("particle-la-kept", "Pierre Durand de La Rochefoucauld est venu.",
     [("Pierre Durand de La Rochefoucauld", [], None)]),
    ("plural-ally-is-group", "Ennahdha et ses alliés islamistes Karama Watani ont voté contre.",
     []),
    ("lone-subject-of-human-verb", "Le ministre est parti. Lefebvre a démissionné hier soir.",
     [("Lefebvre", [], None)]),
    ("lone-subject-ambiguous-verb", "Tesla a marqué les esprits cette année.", []),
    ("plural-allies-coordinated", "Il a reçu ses alliés Jean Dupont et Marc Leroy.",
     [("Jean Dupont", [], None), ("Marc Leroy", [], None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_people_component(
    extractor: Extractor, text: str, want: list[tuple[str, list[str], str | None]]
) -> None:
    assert found(extractor, text) == want


def test_coordination_gives_the_surname(extractor: Extractor) -> None:
    doc = extractor.nlp("Les sœurs Anne et Claire Dubois ont fondé la société.")
    group = doc.spans[spans.PEOPLE]
    assert [s.text for s in group] == ["Anne", "Claire Dubois"]
    assert group[0]._.get(spans.PEOPLE).name == "Anne Dubois"


def test_name_after_title_even_if_tagged_place(extractor: Extractor) -> None:
    text = (
        "Le président du Tadjikistan, Emomali Rahmon, a signé. « Emomali Rahmon a salué l'accord »."
    )
    doc = extractor.nlp(text)
    assert [s.text for s in doc.spans[spans.PEOPLE]] == ["Emomali Rahmon", "Emomali Rahmon"]
