"""More people families (issue 13): older-press forms and constructions around a name.

Each sentence is written for c5facts; the names are invented or common surnames. The
families live in `c5facts.components.person_constructions` (and its lexicon kinds).
"""

from __future__ import annotations

from datetime import date

import pytest
from people_reading import read_as

from c5facts.extract import Extractor
from c5facts.normalise.people import shortest_forms_out

REF = date(2025, 11, 6)

# (id, text, people expected, exactly)
# fmt: off
PEOPLE: list[tuple[str, str, set[str]]] = [
    # a title, lower-case adjectives, then the name
    ("title-adjective-swiss", "Le conseiller fédéral Brunschwig a ouvert la session.",
     {"Brunschwig"}),
    ("title-adjective-party", "Le député radical Vercoutre a interpellé le cabinet.",
     {"Vercoutre"}),
    ("title-adjective-then-demonym", "Le ministre socialiste belge Van Hoorde a démissionné.",
     {"Van Hoorde"}),
    ("title-adjective-no-name", "Le ministre socialiste de l'Intérieur a démissionné.", set()),
    # older-press titles (data)
    ("syndic", "Le syndic Perrochet a ouvert la séance du conseil.", {"Perrochet"}),
    ("landammann", "Le landammann Zgraggen a salué les délégués des cantons.", {"Zgraggen"}),
    # a strong given name after a title, whatever the model reads
    ("title-given-name", "Le tsar Nicolas a reçu l'ambassadeur à Peterhof.", {"Nicolas"}),
    # epithets of the older press and of court reports
    ("epithet-jeune", "Le jeune Lambercier, âgé de 14 ans, s'est noyé dans le lac.",
     {"Lambercier"}),
    ("epithet-malheureux", "Le malheureux Tardivel n'a pu être sauvé.", {"Tardivel"}),
    ("epithet-petite", "La petite Emilie a disparu dimanche soir.", {"Emilie"}),
    ("epithet-vieux", "Le vieux Lebrun est mort dans sa ferme.", {"Lebrun"}),
    ("epithet-vieille", "La vieille Moreau tient l'auberge du village.", {"Moreau"}),
    ("epithet-old-town", "Il a flâné dans le vieux Lyon.", set()),
    ("epithet-court-noun", "L'inculpé Rossignol a été remis en liberté.", {"Rossignol"}),
    ("epithet-demonym", "La jeune Lyonnaise de 19 ans a été retrouvée.", set()),
    ("epithet-before-title", "Le jeune Premier ministre Anselme Vidrac a pris la parole.",
     {"Anselme Vidrac"}),
    ("epithet-surname", "Le compositeur Claude Le Jeune a publié ses psaumes.",
     {"Claude Le Jeune"}),
    ("feu", "Feu Montgolfier avait légué ses carnets à la ville.", {"Montgolfier"}),
    # constructions that give a lone name its evidence
    ("emphatic", "Bismarck lui-même reconnaissait la difficulté de la tâche.", {"Bismarck"}),
    ("emphatic-comma", "Lefèvre, lui-même ancien ministre, a critiqué le projet.", {"Lefèvre"}),
    ("d-apres", "D'après Clemenceau, la guerre est presque finie.", {"Clemenceau"}),
    ("bare-government", "Le gouvernement Barnier a été renversé par une motion.", {"Barnier"}),
    ("bare-family", "La famille Bonnard a quitté le village l'année dernière.", {"Bonnard"}),
    ("passe-simple-speech", "« Nous ne céderons pas », s'écria Gambetta.", {"Gambetta"}),
    ("and-his-wife", "Vandermeer et sa femme ont quitté la ville en 1871.", {"Vandermeer"}),
    ("and-his-ministers", "Castex et ses ministres ont présenté le plan.", {"Castex"}),
    ("and-its-partners", "Renault et ses partenaires ont signé l'accord.", set()),
    # a noun of a meeting before "avec" takes a person, as the verb of meeting does
    ("meeting-noun", "L'entrevue avec Mussolini a duré deux heures.", {"Mussolini"}),
    ("meeting-noun-city", "Un entretien avec Lyon est prévu.", set()),
    ("caption", "Kerbrat (photo) ouvrira le festival.", {"Kerbrat"}),
    ("acclaim", "La foule criait : « Vive Boulanger ! »", {"Boulanger"}),
    ("acclaim-country", "La foule criait : « Vive la France ! »", set()),
    ("passive-agent", "Le cabinet présidé par Waldeck-Rousseau a obtenu la confiance.",
     {"Waldeck-Rousseau"}),
    ("passive-agent-org", "Le rapport publié par Greenpeace a été contesté.", set()),
    ("agent-short-org-name", "Charlie Hebdo a republié les dessins. Les dessins reproduits "
     "par Charlie ont été saisis.", set()),
    ("possessive-adjective", "La politique coloniale de Ferry est vivement critiquée.", {"Ferry"}),
    ("work-of", "Un opéra de Gounod sera donné samedi.", {"Gounod"}),
    ("letter-of", "Une lettre de Mazzini a été lue à la tribune.", {"Mazzini"}),
    ("epithet-celebre", "Le célèbre Garibaldi est arrivé hier soir.", {"Garibaldi"}),
    # abbreviated forms of address of the older press are no names
    ("abbrev-majesty", "S. M. le roi Umberto a reçu les ministres.", {"Umberto"}),
    ("abbrev-reverend", "Le R. P. Ancelin a prêché à la cathédrale.", {"Ancelin"}),
    ("abbrev-note", "N. D. L. R. Cette lettre nous est parvenue hier.", set()),
    # written out after a possessive: a rank, never a name, announcing the name after it
    ("address-no-name", "Sa Majesté l'Empereur a quitté Saint-Cloud.", set()),
    ("address-name", "Sa Sainteté Pie X a béni la foule.", {"Pie X"}),
    ("address-royal", "Son Altesse Royale le prince Albert est arrivé.", {"Albert"}),
    ("address-plural", "Leurs Majestés ont quitté Paris hier soir.", set()),
    ("honorific-monseigneur", "Monseigneur Vermeil a été nommé cardinal.", {"Vermeil"}),
    ("honorific-maitre", "Maître Lachaud a plaidé pour l'accusée.", {"Lachaud"}),
    # a plural honorific's list, each name with its origin (older press)
    ("list-origins", "Ont été élus : MM. Dufour, de Genève, Favre, de Lausanne, et Vuille, de "
     "Neuchâtel.", {"Dufour", "Favre", "Vuille"}),
    ("list-plain", "Sont nommés à la commission MM. Gavard, Rochat et Favon.",
     {"Gavard", "Rochat", "Favon"}),
    ("nickname", "Le nommé Louis Ravel, dit Bébert, a été arrêté hier.", {"Louis Ravel"}),
    # two people: "dit" is Durand's speech, no nickname of the candidate voted for
    ("said-after-a-name", "Il faut voter pour Dupont, dit Durand.", {"Dupont", "Durand"}),
    ("said-by-speaker", "« Nous partirons demain », dit Bergeron.", {"Bergeron"}),
    ("span-over-adverb", "On a vu J. B. hier soir près du port.", {"J. B."}),
    # a line wrapped inside a sentence (older press and its OCR)
    ("wrapped-honorific", "La Chambre a entendu hier M.\nDelacoste, qui a défendu le projet.",
     {"Delacoste"}),
    ("wrapped-title", "Le conseiller fédéral\nRuchonnet a répondu hier.", {"Ruchonnet"}),
    ("no-wrap-into-sentence", "Des rencontres avec le maire\nDepuis hier, la ville attend.",
     set()),
    ("no-wrap-over-blank-line", "Rencontre avec le président\n\nUn texte sans nom.", set()),
    # a plural kinship word announces every name of its list, tagged or not
    ("kinship-plural-list", "Il laisse ses jeunes enfants Inord et Missia.", {"Inord", "Missia"}),
    ("kinship-plural-three", "Elle laisse ses filles Léa, Zoé et Anouk.",
     {"Léa", "Zoé", "Anouk"}),
    ("kinship-compound", "Sa belle-mère Thérèse Vauquelin a témoigné.", {"Thérèse Vauquelin"}),
    ("kinship-plural-no-name", "Ses enfants, qui vivent à Lyon, sont arrivés.", set()),
    # a form of address of court reports announces any name, whatever the model reads
    ("address-coordinated", "Le sieur Lebrun et la demoiselle Dubois ont été condamnés.",
     {"Lebrun", "Dubois"}),
    # a kinship word governs the relative after "de"
    ("kinship-of", "Il a rencontré les parents de Jérôme au tribunal.", {"Jérôme"}),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in PEOPLE], ids=[c[0] for c in PEOPLE])
def test_people_families_more(extractor: Extractor, text: str, want: set[str]) -> None:
    """The people of one sentence, by canonical name, exactly."""
    article = extractor.extract(text, reference_date=REF)
    assert {p.name for p in article.people} == want


def test_epithet_evidence(extractor: Extractor) -> None:
    """The person an epithet announces says why it is one."""
    article = extractor.extract("Le prévenu Durtal comparaissait hier.", reference_date=REF)
    assert [p.name for p in article.people] == ["Durtal"]
    assert "epithet" in str(article.people[0].evidence)


@pytest.mark.parametrize(
    ("text", "name", "form"),
    [
        # a spelled-out honorific in small letters tells the sex: the man of two Vautrins
        (
            "Alexia Vautrin a été tuée. Jonathann Vautrin a avoué. Soit c'est monsieur "
            "Vautrin qui a menti, soit un autre.",
            "Jonathann Vautrin",
            "monsieur Vautrin",
        ),
        (
            "Marc Lenoir a parlé. Anne Lenoir a répondu. Il a salué madame Lenoir.",
            "Anne Lenoir",
            "madame Lenoir",
        ),
    ],
)
def test_small_letter_honorific(extractor: Extractor, text: str, name: str, form: str) -> None:
    """ "monsieur X" / "madame X" join the person of that sex."""
    article = extractor.extract(text, reference_date=REF)
    person = next(p for p in article.people if p.name == name)
    assert form in person.aliases
    assert all(form not in p.aliases for p in article.people if p.name != name)


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # a comma after "selon le X" ends the source: the name after it is no X
        ("Selon l'avocat, M. Perrin a menti.", "Perrin", []),
        ("D'après le nouveau maire, Jean Valère est innocent.", "Jean Valère", []),
        # unless the name is closed by a comma: an apposition
        (
            "Selon le porte-parole du gouvernement, Paul Durand, la réforme passera.",
            "Paul Durand",
            ["porte-parole du gouvernement"],
        ),
    ],
)
def test_source_comma(extractor: Extractor, text: str, name: str, roles: list[str]) -> None:
    """The title of a fronted "selon" / "d'après" phrase is not the next name's."""
    article = extractor.extract(text, reference_date=REF)
    person = next(p for p in article.people if p.name == name)
    assert list(person.roles) == roles


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # a participle between a title and its holder is an adjective of the term
        ("Le président sortant Vercoutre a perdu l'élection.", "Vercoutre", ["président"]),
        ("Le président élu Vercoutre prêtera serment.", "Vercoutre", ["président"]),
        ("Il a lu l'écrivain controversé Paul Varenne.", "Paul Varenne", ["écrivain"]),
        # a party after the title's "de" ends its complement: the holder follows
        ("Le patron de LFI Vercoutre a parlé.", "Vercoutre", ["patron"]),
        ("Le secrétaire général du PCF Vercoutre a parlé.", "Vercoutre", ["secrétaire général"]),
        # ... and so does an organisation's acronym before a name that is no French word
        ("L'attaquant du PSG Vercoutre a marqué deux buts.", "Vercoutre", ["attaquant"]),
        ("L'entraîneur de l'OM Vercoutre a été limogé.", "Vercoutre", ["entraîneur"]),
        ("Le président de la FFF Vercoutre a démissionné.", "Vercoutre", ["président"]),
        ("Le PDG de SNCF Réseau Jean Vercoutre a parlé.", "Jean Vercoutre", ["PDG"]),
        # occupations of sport, media and the arts announce their holder
        ("Le skipper Vercoutre a franchi la ligne en tête.", "Vercoutre", ["skipper"]),
        ("L'influenceuse Lina Vautrin a été condamnée.", "Lina Vautrin", ["influenceuse"]),
        (
            "Le milieu de terrain Paul Vercoutre s'est blessé.",
            "Paul Vercoutre",
            ["milieu de terrain"],
        ),
        ("Le numéro un mondial Dalbert a été battu en finale.", "Dalbert", ["numéro un mondial"]),
        # a team the model reads as an organisation before the name is no part of it
        ("Le pilote Ferrari Charles Leclerc a gagné.", "Charles Leclerc", ["pilote"]),
        ("Le pilote Red Bull Max Verstappen a gagné.", "Max Verstappen", ["pilote"]),
    ],
)
def test_participle_after_a_title(
    extractor: Extractor, text: str, name: str, roles: list[str]
) -> None:
    """'le président sortant X', 'le patron de LFI X', 'le skipper X': the title announces X."""
    article = extractor.extract(text, reference_date=REF)
    assert [(p.name, list(p.roles)) for p in article.people] == [(name, roles)]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # lower-case nouns after "de"/"du"/"des" complete the role; the name after is
        # the holder's
        ("Le juge d'instruction Renaud Vallier a été saisi.", "Renaud Vallier",
         ["juge d'instruction"]),
        ("Le directeur de cabinet Paul Durand a parlé.", "Paul Durand",
         ["directeur de cabinet"]),
        ("Le chef d'état-major des armées Thierry Bourdel a parlé.", "Thierry Bourdel",
         ["chef d'état-major des armées"]),
        ("La porte-parole du gouvernement Sibylle Ndao a parlé.", "Sibylle Ndao",
         ["porte-parole du gouvernement"]),
        ("Le directeur de campagne Manuel Bompart a parlé.", "Manuel Bompart",
         ["directeur de campagne"]),
        # a place's or a firm's name after the complement stays out of the role
        ("La présidente de la région Ile-de-France, Valérie Pécresse, a parlé.",
         "Valérie Pécresse", ["présidente"]),
        # a title in the complement has its own holder; the apposed name holds the first
        ("Le chef de cabinet du ministre de l'Intérieur Gérard Colin, Jean-Marie Girard, "
         "a parlé.", "Jean-Marie Girard", ["chef de cabinet"]),
        ("Le chef de cabinet du ministre de l'Intérieur Gérard Colin, Jean-Marie Girard, "
         "a parlé.", "Gérard Colin", ["ministre de l'Intérieur"]),
        ("Les sénateurs ont entendu Jean-Marie Girard, le chef de cabinet du ministre de "
         "l'Intérieur Gérard Colin.", "Jean-Marie Girard", ["chef de cabinet"]),
        # a name completing "la campagne", "du gouvernement" then a comma: the holder after
        ("Tout est prêt, a assuré le chef de la communication de la campagne Trump, Tim "
         "Murray.", "Tim Murray", ["chef de la communication de la campagne Trump"]),
    ],
)  # fmt: skip
def test_role_complements(extractor: Extractor, text: str, name: str, roles: list[str]) -> None:
    """The role a title and its complements give, and who holds it."""
    article = extractor.extract(text, reference_date=REF)
    person = next(p for p in article.people if p.name == name)
    assert list(person.roles) == roles


def test_role_completed_by_another() -> None:
    """A role another one completes is left out ("président" of "président de la région")."""
    assert shortest_forms_out(["président", "président de la région"]) == ["président de la région"]


def test_a_title_of_a_party_alone_names_nobody(extractor: Extractor) -> None:
    """'le président du PS a parlé': the party ends the title, and no name follows."""
    article = extractor.extract("Le président du PS a parlé hier.", reference_date=REF)
    assert list(article.people) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le PDG de SNCF Réseau a parlé.",  # a word of the language: the organisation's name
        "Le patron de SFR Business a parlé.",
        "Le directeur de l'ARS Occitanie a parlé.",  # a place the model reads
        "Le patron de la CCI Lyon Métropole a parlé.",  # a city
        "Le porte-parole de l'ONG Amnesty a parlé.",  # a kind of organisation, then its name
    ],
)
def test_no_holder_after_an_acronym(extractor: Extractor, text: str) -> None:
    """An acronym before a word of the language, a place or a name of its kind holds no one."""
    assert extractor.extract(text, reference_date=REF).people == ()


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # an occupation only a person holds: one word after it is a person, whatever the
        # model reads (it reads a channel's or a brand's name)
        ("Le youtubeur Vercoutre a publié une vidéo.", [("Vercoutre", "ORG")], ["Vercoutre"]),
        ("La tenante du titre Vautrin s'est qualifiée.", [("Vautrin", "MISC")], ["Vautrin"]),
        # ... a title that also heads companies does not say so
        ("Le leader Vercoutre a publié ses comptes.", [("Vercoutre", "ORG")], []),
    ],
)
def test_person_only_occupations(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    assert read_as(extractor, text, ents) == want


def test_a_title_word_after_a_noun_is_its_adjective(extractor: Extractor) -> None:
    """'un projet pilote Total': 'pilote' qualifies 'projet' and announces no one."""
    assert (
        extractor.extract("Un projet pilote Total démarre à Lyon.", reference_date=REF).people == ()
    )
    article = extractor.extract("Sa femme avocate Marie Dupont a parlé.", reference_date=REF)
    assert [(p.name, p.roles) for p in article.people] == [("Marie Dupont", ("avocate",))]


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # a party's acronym between a title and a lone surname: the name starts after it,
        # whatever the model reads
        ("Le député LR Vercoutre a parlé.", [("LR Vercoutre", "ORG")], ["Vercoutre"]),
        ("La sénatrice EELV Vautrin a voté contre.", [("EELV Vautrin", "PER")], ["Vautrin"]),
        # "des" and a capitalised plural after a title is its complement, never a name
        ("Le capitaine des Bleus Vercoutre a marqué.", [("Bleus Vercoutre", "ORG")], []),
        ("Le capitaine des Bleus, Vercoutre, a marqué.", [("Vercoutre", "PER")], ["Vercoutre"]),
    ],
)
def test_party_and_team_complements(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    assert read_as(extractor, text, ents) == want
