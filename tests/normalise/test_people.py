"""People normalisation: name keys, joining rules and clustering (no spaCy)."""

from __future__ import annotations

import pytest

from c5facts.normalise.people import PersonMention, cluster_people, joins, name_of
from c5facts.normalise.text import name_words


def m(text: str, start: int, **kw: object) -> PersonMention:
    """A mention at `start` (end = start + len(text))."""
    return PersonMention(text=text, start=start, end=start + len(text), **kw)  # type: ignore[arg-type]


# fmt: off
KEYS = [
    ("accents-hyphens", "Kassym-Jomart Tokaïev", ("kassym", "jomart", "tokaiev")),
    ("case", "BRUNO LE MAIRE", ("bruno", "le", "maire")),
    ("apostrophe", "Jean d’Ormesson", ("jean", "d'ormesson")),
]
JOINS = [
    ("surname", "Lagarde", "Christine Lagarde", True),
    ("particle-surname", "Le Pen", "Marine Le Pen", True),
    ("initial", "A. Merkel", "Angela Merkel", True),
    ("wrong-initial", "C. Merkel", "Angela Merkel", False),
    ("first-name-alone", "Angela", "Angela Merkel", True),
    ("hyphenated-first-name", "Kassym-Jomart", "Kassym-Jomart Tokaïev", True),
    ("middle-names-left-out", "Recep Erdogan", "Recep Tayyip Erdogan", True),
    ("compound-first-name-apart", "Jean Martin", "Jean-Pierre Martin", False),
    ("other-surname", "Scholz", "Angela Merkel", False),
    ("accents-differ", "Tokaiev", "Kassym-Jomart Tokaïev", True),
    ("same-length", "Olaf Scholz", "Olaf Scholz", False),
    # initials in any script (one INITIAL pattern, shared with the people component)
    ("initial-other-script", "В. Путин", "Владимир Путин", True),
    ("initial-caron", "Ž. Šimonytė", "Žydrūnas Šimonytė", True),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in KEYS], ids=[c[0] for c in KEYS])
def test_name_key(text: str, want: tuple[str, ...]) -> None:
    assert name_words(text) == want


@pytest.mark.parametrize(
    ("short", "full", "want"), [c[1:] for c in JOINS], ids=[c[0] for c in JOINS]
)
def test_joins(short: str, full: str, want: bool) -> None:
    assert joins(short, full) is want


@pytest.mark.parametrize(
    ("mention", "want"),
    [
        (m("M. Scholz", 0), "Scholz"),
        (m("Mme Le Pen", 0), "Le Pen"),
        (m("Craig", 0, name="Craig Kielburger"), "Craig Kielburger"),
        (m("Dr", 0), "Dr"),
    ],
    ids=["honorific", "honorific-particle", "given-name", "honorific-alone"],
)
def test_name_of(mention: PersonMention, want: str) -> None:
    assert name_of(mention) == want


# (id, mentions, [(name, mentions, aliases)])
# fmt: off
CLUSTERS = [
    ("surname-joins-full-name",
     [m("Angela Merkel", 0), m("Merkel", 30), m("Mme Merkel", 60)],
     [("Angela Merkel", 3, ("Angela Merkel", "Merkel", "Mme Merkel"))]),
    ("surname-before-full-name",
     [m("Scholz", 0), m("Olaf Scholz", 40)],
     [("Olaf Scholz", 2, ("Scholz", "Olaf Scholz"))]),
    ("initial-joins",
     [m("B. Obama", 0), m("Barack Obama", 20)],
     [("Barack Obama", 2, ("B. Obama", "Barack Obama"))]),
    # an alias that fits two people stays unresolved: it makes no third person
    ("shared-surname-stays-unresolved",
     [m("Marc Dupont", 0), m("Julie Dupont", 20), m("Dupont", 50)],
     [("Marc Dupont", 1, ("Marc Dupont",)), ("Julie Dupont", 1, ("Julie Dupont",))]),
    ("two-people",
     [m("Hakan Fidan", 0), m("Narendra Modi", 20), m("Modi", 50), m("Fidan", 60)],
     [("Hakan Fidan", 2, ("Hakan Fidan", "Fidan")),
      ("Narendra Modi", 2, ("Narendra Modi", "Modi"))]),
    ("same-name-twice",
     [m("Léa Martin", 0), m("Léa Martin", 30)],
     [("Léa Martin", 2, ("Léa Martin",))]),
    ("coordination-name",
     [m("Anne", 0, name="Anne Dubois"), m("Claire Dubois", 8)],
     [("Anne Dubois", 1, ("Anne Dubois",)), ("Claire Dubois", 1, ("Claire Dubois",))]),
    ("first-name-joins-when-unique",
     [m("Donald Trump", 0), m("Donald", 30)],
     [("Donald Trump", 2, ("Donald Trump", "Donald"))]),
    ("first-name-shared-stays-unresolved",
     [m("Anne Dubois", 0), m("Anne Martin", 20), m("Anne", 40)],
     [("Anne Dubois", 1, ("Anne Dubois",)), ("Anne Martin", 1, ("Anne Martin",))]),
    ("lone-name-alone-is-a-person",
     [m("Dupont", 0), m("Dupont", 30)],
     [("Dupont", 2, ("Dupont",))]),
    ("nothing", [], []),
]
# fmt: on


@pytest.mark.parametrize(
    ("mentions", "want"), [c[1:] for c in CLUSTERS], ids=[c[0] for c in CLUSTERS]
)
def test_cluster_people(
    mentions: list[PersonMention], want: list[tuple[str, int, tuple[str, ...]]]
) -> None:
    people = cluster_people(mentions)
    assert [(p.name, p.mentions, p.aliases) for p in people] == want


def test_cluster_keeps_roles_country_and_spans() -> None:
    people = cluster_people(
        [
            m("Hakan Fidan", 0, roles=("ministre des Affaires étrangères",), country="TR"),
            m("M. Fidan", 40, roles=("Ministre des Affaires étrangères", "porte-parole")),
            m("Fidan", 70),
        ]
    )
    assert len(people) == 1
    person = people[0]
    assert person.roles == ("ministre des Affaires étrangères", "porte-parole")
    assert person.country == "TR"
    assert person.spans == ((0, 11), (40, 48), (70, 75))


def test_cluster_country_majority() -> None:
    people = cluster_people(
        [
            m("Léa Martin", 0, country="SN"),
            m("Martin", 20, country="FR"),
            m("Martin", 40, country="FR"),
        ]
    )
    assert people[0].country == "FR"
