"""People: error families found on unseen articles (issue 13), on sentences written here.

Each case is one family of the people component's rules: a name never runs over a line
break; words are counted as written (hyphens glue one word); a coordinated surname goes
only from given name to given name; a country's name opens no given-name run; a sentence's
first common word is no name's; the article's full names are never places after "à"; a
work's title governs its author; a title after a comma that opens the next clause or
announces its own holder is no apposition; streets named after titles, capitalised noun
phrases and titles used as names are no people.
"""

from __future__ import annotations

import pytest
from people_reading import read_as, read_doc

from c5facts import spans
from c5facts.extract import Extractor
from c5facts.matches import PersonMatch


def found(extractor: Extractor, text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """(span text, roles, full name given by the rules) of every person span of `text`."""
    doc = extractor.nlp(text)
    out = []
    for span in doc.spans[spans.PEOPLE]:
        match: PersonMatch = span._.get(spans.PEOPLE)
        out.append((span.text, match.roles, match.name))
    return out


def names(extractor: Extractor, text: str) -> list[str]:
    """Span texts of the people of `text`."""
    return [text for text, _, _ in found(extractor, text)]


# (id, text, expected span texts)
# fmt: off
SPANS = [
    # a hyphenated given name makes a full name: its surname alone is known
    ("hyphenated-given-name-known",
     "Retraites : Moreau sous pression\n\nJean-Luc Moreau a présenté son plan mardi.",
     ["Moreau", "Jean-Luc Moreau"]),
    # one hyphenated word is no full name: it needs evidence like any lone word
    ("hyphenated-pair-no-person", "Le duel Lambert-Garnier a tenu le pays en haleine.", []),
    # a sentence's first common word is no part of the name after it
    ("opening-particle-stays", "Il était là. De Gaulle a parlé longuement.", ["De Gaulle"]),
    ("opening-word-headline",
     "Et Verdier dans tout ça ?\n\nJean Verdier a été entendu lundi.",
     ["Verdier", "Jean Verdier"]),
    # a lone name of the article's full names is no place after "à"
    ("known-name-after-a",
     "Le chanteur Marc Lavoine est mort. C'est un manque de respect à Lavoine, dit-il.",
     ["Marc Lavoine", "Lavoine"]),
    # an adverb between the auxiliary and the participle
    ("adverb-in-verb-group",
     "Il a glissé sur la glace.\nLucien a ensuite pu compter sur l'aide des passants.",
     ["Lucien"]),
    ("adverb-in-speech-verb", "Le débat a eu lieu. Girardot a ensuite répondu aux questions.",
     ["Girardot"]),
    # a street named after a title and a name
    ("street-title", "Le snack est situé cours Général Moreau, près du port.", []),
    ("street-title-of", "La rue du Président Wilson sera fermée lundi.", []),
    # a capitalised noun phrase after a title, and a title used as a name
    ("title-then-noun-phrase", "Une militante Gilet jaune a interpellé le maire hier.", []),
    ("title-as-name", "La nomination du nouveau Garde des Sceaux fait polémique.", []),
    # one letter after a name is no surname to spread ("le point G")
    ("one-letter-surname",
     '"Madame Lina G... C\'est le point G de la ville", a lancé le sénateur.',
     ["Madame Lina G"]),
    # a lower-case honorific announces the name
    ("lower-case-honorific",
     "Je ne comprends pas la polémique sur monsieur Dupond-Garnier, a dit le ministre.",
     ["monsieur Dupond-Garnier"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPANS], ids=[c[0] for c in SPANS])
def test_spans(extractor: Extractor, text: str, expected: list[str]) -> None:
    """Exact person spans of each family."""
    assert names(extractor, text) == expected


def test_coordination_needs_given_names(extractor: Extractor) -> None:
    """'les frères Kessler et Marc Fontaine': a surname before "et" takes no surname."""
    got = found(extractor, "Les frères Kessler et Marc Fontaine sont arrivés lundi à Lyon.")
    assert ("Kessler", (), None) in got
    assert ("Marc Fontaine", (), None) in got


def test_coordination_of_given_names(extractor: Extractor) -> None:
    """'les frères Craig et Marc X': the first given name gets the second's surname."""
    got = found(extractor, "Les frères Craig et Marc Kielburger ont fondé l'association.")
    assert ("Craig", (), "Craig Kielburger") in got


def test_author_of_a_quoted_work(extractor: Extractor) -> None:
    """'"Le Silence" de Varenne': a work's title in quotes governs its author."""
    text = 'Révélé par "Les Quatre Cents Coups" de Truffaut, il a tourné partout.'
    assert names(extractor, text) == ["Truffaut"]


@pytest.mark.parametrize(
    ("text", "person", "roles"),
    [
        # the title opens the next clause: no apposition
        (
            "Sans un mot pour Paul Durand, le président républicain a insisté sur la sécurité.",
            "Paul Durand",
            (),
        ),
        # the title announces its own holder: the next item of a list
        (
            "Ils ont signé, dont l'infectiologue Anne Morel, le président du syndicat de "
            "médecins UFMLS Jean Marty et d'autres.",
            "Anne Morel",
            (),
        ),
        # the person after a nested title is that title's holder, not the apposition's
        (
            "Le GSPR et Paul Girard, le chef de cabinet du ministre de l'Intérieur Gérard "
            "Collomb, ont été entendus.",
            "Paul Girard",
            ("chef de cabinet",),
        ),
        # the person after "de" is the title's complement (the client)
        (
            "Il a vu Me Jean Branco, l'avocat de Maxime Nicolle, mardi.",
            "Me Jean Branco",
            ("avocat",),
        ),
        (
            "Selon Paul Durand, président de la région, le texte passe.",
            "Paul Durand",
            ("président de la région",),
        ),
    ],
    ids=["title-subject", "title-holder", "nested-title-holder", "title-complement", "apposed"],
)
def test_apposition(extractor: Extractor, text: str, person: str, roles: tuple[str, ...]) -> None:
    """A title after a comma is the name's only when it is an apposition."""
    got = {span: r for span, r, _ in found(extractor, text)}
    assert got[person] == roles


def test_title_as_name_gives_role(extractor: Extractor) -> None:
    """'le garde des Sceaux X': the title is a role."""
    got = found(extractor, "Le garde des Sceaux Éric Martin a présenté le texte.")
    assert got == [("Éric Martin", ("garde des Sceaux",), None)]


def test_line_break_ends_a_name(extractor: Extractor) -> None:
    """A headline's last name never runs into the byline under it, whatever the model reads."""
    text = "Le budget sera voté, promet Paul Lemaire\n\nOrange avec AFP, publié le lundi."
    got = read_as(extractor, text, [("Paul Lemaire\n\nOrange", "PER"), ("AFP", "ORG")])
    assert got == ["Paul Lemaire"]


def test_country_opens_no_given_name_run(extractor: Extractor) -> None:
    """'France Culture', 'France Bleu Armorique': a country's name opens no given-name run."""
    text = "Il l'a expliqué mardi au micro de France Bleu Armorique, puis sur France Culture."
    assert read_as(extractor, text, []) == []


def test_capital_a_opening_a_sentence(extractor: Extractor) -> None:
    """'A Vernon, ...': a capital "A" opening a sentence is "à", the name a place."""
    text = "Les ventes baissent partout.\nA Vernon, les commandes chutent de moitié."
    assert read_as(extractor, text, [("A Vernon", "PER")]) == []


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "\"Elles ont été produites\", explique à l'AFP Jeanne Karamel de l'Université.",
            [("AFP Jeanne Karamel", "MISC"), ("Université", "ORG")],
            ["Jeanne Karamel"],
        ),
        (
            "\"C'est un espoir\", confie à l'AFP Denise Laurent-Martel, une habitante.",
            [("AFP Denise Laurent-Martel", "ORG")],
            ["Denise Laurent-Martel"],
        ),
        ("Il a déclaré à l'AFP Lundi Matin que tout va bien.", [("AFP", "ORG")], []),
    ],
    ids=["glued-misc", "glued-org", "no-entity-no-given-name"],
)
def test_speaker_after_a_source(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], expected: list[str]
) -> None:
    """'explique à l'AFP X Y': the speaker the model glued to the source's acronym."""
    assert read_as(extractor, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a compound adjective the tokenizer splits still links an organisation noun to
        # the name after it
        (
            "Il a rejoint le petit parti national-conservateur grec Nea Elpida lundi.",
            [("Nea Elpida", "PER")],
            [],
        ),
        # a name beside "&" is a company's, even a known surname
        (
            "Le ministre Boris Johnson a parlé. Le laboratoire Johnson & Johnson a fini.",
            [("Boris Johnson", "PER")],
            ["Boris Johnson"],
        ),
    ],
    ids=["org-head-compound-adjective", "ampersand-company"],
)
def test_organisation_names(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], expected: list[str]
) -> None:
    """Names the model reads as people inside an organisation's name."""
    assert read_as(extractor, text, ents) == expected


def test_mononym_in_a_list_of_people(extractor: Extractor) -> None:
    """'comme Zazou, Kelvo, Anne Roussel ou Paul Mazet': a closed list holding people."""
    text = "Des artistes comme Zazou, Kelvo, Anne Roussel, Marc Tellier ou Paul Mazet ont chanté."
    ents = [
        ("Zazou", "PER"),
        ("Anne Roussel", "PER"),
        ("Marc Tellier", "PER"),
        ("Paul Mazet", "PER"),
    ]
    assert read_as(extractor, text, ents) == ["Zazou", "Anne Roussel", "Marc Tellier", "Paul Mazet"]


def test_mononym_between_two_people(extractor: Extractor) -> None:
    """'Outre Paul Mazet, Zazou, Anne Roussel, le collectif X ...': an item between people."""
    text = (
        "Outre Paul Mazet, Zazou, Anne Roussel, le collectif Kraft ou encore Marc Tellier ont joué."
    )
    assert names(extractor, text) == ["Paul Mazet", "Zazou", "Anne Roussel", "Marc Tellier"]


def test_places_in_a_list_stay_places(extractor: Extractor) -> None:
    """A list of places holds no person."""
    assert names(extractor, "Il a visité Lyon, Marseille, Nantes et Paris en mai.") == []


def test_given_name_after_a_glued_employer(extractor: Extractor) -> None:
    """'du PSG Kylian Durand': any known given name opens a run after a glued acronym."""
    text = "Le club compte sur les stars du PSG Kylian Durand et Neymar cette saison."
    got = read_as(extractor, text, [("PSG Kylian Durand", "ORG"), ("Neymar", "PER")])
    assert got == ["Kylian Durand", "Neymar"]


def test_lone_names_in_a_quoted_title(extractor: Extractor) -> None:
    """'"Julien, Marcel, Louis... et les autres"': no list of people, a work's title."""
    text = 'Il a tourné dans "Julien, Marcel, Louis... et les autres" en 1974.'
    ents = [("Julien", "PER"), ("Marcel", "PER"), ("Louis", "PER")]
    assert read_as(extractor, text, ents) == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            '"La situation empire", insiste le Syrien Karim, bloqué au camp depuis mai.',
            "Karim",
            ["Karim"],
        ),
        # without a speech verb, the demonym after its article says nationality: a person
        ("Le match oppose le Brésilien Mendes à une équipe locale.", "Mendes", ["Mendes"]),
        # ... never for an organisation the model reads
        ("L'Américain Boeing a annoncé des pertes.", "Boeing", []),
    ],
    ids=["speech-verb-demonym", "nationality", "nationality-company"],
)
def test_speech_verb_before_a_demonym(
    extractor: Extractor, text: str, name: str, expected: list[str]
) -> None:
    """'insiste le Syrien Karim': a speech verb, an article and a demonym before a lone name."""
    label = "ORG" if name == "Boeing" else "PER"
    assert read_as(extractor, text, [(name, label)]) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the model's span takes the demonym in: left out, its country kept
        ("L'Argentin Messi a marqué deux buts.", [("Argentin Messi", "PER")], ("Messi", "AR")),
        ("Le Brésilien Neymar s'est blessé.", [("Neymar", "PER")], ("Neymar", "BR")),
        # a name the model reads as nothing or as a place
        ("La Française Garcia a gagné le tournoi.", [], ("Garcia", "FR")),
        ("La Française Garcia a gagné le tournoi.", [("Garcia", "LOC")], ("Garcia", "FR")),
        # the model's place or work taking the demonym in
        ("L'Espagnol Nadal a gagné le tournoi.", [("Espagnol Nadal", "MISC")], ("Nadal", "ES")),
        ("Le Marocain Hakimi a marqué.", [("Marocain Hakimi", "LOC")], ("Hakimi", "MA")),
        # a demonym written as its country's name, after the masculine article
        ("Le Suisse Vercoutre a gagné.", [("Suisse Vercoutre", "LOC")], ("Vercoutre", "CH")),
        (
            "Le Suisse Roger Vercoutre a gagné.",
            [("Roger Vercoutre", "PER")],
            ("Roger Vercoutre", "CH"),
        ),
    ],
)
def test_nationality_before_a_name(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], expected: tuple[str, str]
) -> None:
    """'l'Argentin Messi': the nationality the press gives before a name, as a title."""
    doc = read_doc(extractor, text, ents)
    found = [(s.text, s._.get(spans.PEOPLE).country) for s in doc.spans[spans.PEOPLE]]
    assert found == [expected]


def test_a_club_after_a_nationality_is_no_person(extractor: Extractor) -> None:
    """'l'Italien Milan': a city's name after the demonym is its club."""
    assert read_as(extractor, "L'Italien Milan a gagné.", [("Italien Milan", "LOC")]) == []


def test_a_demonym_written_as_its_country_is_counted(extractor: Extractor) -> None:
    """'le Suisse Vercoutre': Switzerland is named (the person's nationality); 'la Suisse
    Romande' stays a region's name."""
    article = extractor.extract("Le Suisse Vercoutre a gagné le tournoi.")
    assert [(c.code, c.mentions) for c in article.countries] == [("CH", 1)]
    assert extractor.extract("La Suisse Romande a voté.").countries == ()


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a given name and an Arabic particle: a person's name, whatever the model reads
        ("Bachar al-Assad a parlé.", [("Bachar al-Assad", "LOC")], ["Bachar al-Assad"]),
        (
            "Le régime de Bachar al-Assad est tombé.",
            [("Bachar al-Assad", "LOC")],
            ["Bachar al-Assad"],
        ),
        ("Hier, Karim ben Zayed a parlé.", [("Karim ben Zayed", "LOC")], ["Karim ben Zayed"]),
        # a kunya before the given name opens the name
        (
            "Abou Bakr al-Baghdadi a été tué.",
            [("Abou Bakr al-Baghdadi", "LOC")],
            ["Abou Bakr al-Baghdadi"],
        ),
        # places built so open on a place's word, no given name
        ("La ville de Tell al-Abyad a été bombardée.", [("Tell al-Abyad", "LOC")], []),
        ("Il est arrivé à Ras al-Khaïma.", [("Ras al-Khaïma", "LOC")], []),
        # an organisation the model reads stays one
        ("Le groupe Omar ben Salem a fusionné.", [("Omar ben Salem", "ORG")], []),
    ],
)
def test_arabic_particle_names(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], expected: list[str]
) -> None:
    """'Bachar al-Assad': the model reads many such names as places."""
    assert read_as(extractor, text, ents) == expected
