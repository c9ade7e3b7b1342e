"""Lone surnames from a state, a passive or a noun only a person has (issue 13).

Sentences written for c5facts. The base model's reading is set in each case (`read_as`),
so that the rule, not the model's mood, is tested:

- "X est malade", "que X est gravement malade": after "est"/"était"/"serait"/"fut", a
  state only a living being is in (`human_state` in the lexicon), the lone name opening
  its clause is a person (and after "avoir", what only a living being has: "X avait
  raison", "X a peur": `human_have`); a place or a country "malade de ..." is none;
- more passives only a person undergoes ("a été gracié", "fut guillotiné", "a été
  condamné", "fut blessé", "a été relaxé", "a été poignardé", "a été libéré", "a été
  étranglé", "fut exécuté": `passive_act`; never a city: "Paris a été libéré");
- a noun only a person governs ("les obsèques de X", "l'assassinat de X":
  `person_only_noun`; "la démission de X", "le décès de X") makes a person of a lone
  word the model reads as a place, unless the word is a city of the gazetteer;
- a span the model opens on a lower-case noun of a person's term or circle
  ("gouvernement Blum", `person_noun_bare`) names the person after it.
"""

from __future__ import annotations

import pytest
from people_reading import read_as, read_doc

from c5facts import spans
from c5facts.extract import Extractor


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        pytest.param("Wilson est malade.", [("Wilson", "PER")], ["Wilson"], id="state"),
        pytest.param(
            "On annonce de Berlin que Stresemann est gravement malade.",
            [("Berlin", "LOC"), ("Stresemann", "PER")],
            ["Stresemann"],
            id="state-adverb-que",
        ),
        pytest.param(
            "Selon ses proches, Dupuis serait souffrant.",
            [("Dupuis", "PER")],
            ["Dupuis"],
            id="state-conditional",
        ),
        pytest.param("Wilson est arrivé.", [("Wilson", "PER")], ["Wilson"], id="participle"),
        # no state: a copula and a noun, a place's figure of speech
        pytest.param("Wilson est une marque.", [("Wilson", "PER")], [], id="copula-noun"),
        pytest.param("Paris est malade de ses embouteillages.", [("Paris", "LOC")], [], id="place"),
        # "avoir" + what only a living being has (`human_have`)
        pytest.param(
            "Lamartine avait raison.", [("Lamartine", "PER")], ["Lamartine"], id="have-right"
        ),
        pytest.param(
            "Hier, Lamartine avait bien peur.",
            [("Lamartine", "PER")],
            ["Lamartine"],
            id="have-fear",
        ),
        pytest.param("Lamartine a lieu en mai.", [("Lamartine", "PER")], [], id="have-place"),
        pytest.param("Lamartine a besoin de fonds.", [("Lamartine", "PER")], [], id="have-need"),
        pytest.param(
            "Dreyfus a été gracié par le président.",
            [("Dreyfus", "MISC")],
            ["Dreyfus"],
            id="passive-pardoned",
        ),
        pytest.param(
            "Ravachol fut guillotiné à Montbrison.",
            [("Ravachol", "LOC"), ("Montbrison", "LOC")],
            ["Ravachol"],
            id="passive-simple-past",
        ),
        pytest.param(
            "Les obsèques de Combes auront lieu mardi.",
            [("Combes", "LOC")],
            ["Combes"],
            id="funeral",
        ),
        pytest.param(
            "L'assassinat de Rathenau a bouleversé le pays.",
            [("Rathenau", "LOC")],
            ["Rathenau"],
            id="murder",
        ),
        pytest.param(
            "La biographie de Lyon est parue.", [("Lyon", "LOC")], [], id="city-stays-place"
        ),
        pytest.param(
            "La démission de Grévy est attendue.",
            [("Grévy", "LOC")],
            ["Grévy"],
            id="resignation",
        ),
        pytest.param(
            "Le décès de Coquelin a été annoncé hier.",
            [("Coquelin", "LOC")],
            ["Coquelin"],
            id="death",
        ),
        pytest.param(
            "Le décès de Lyon a été annoncé.", [("Lyon", "LOC")], [], id="death-city-stays-place"
        ),
        pytest.param(
            "Dreyfus a été condamné à la déportation.",
            [("Dreyfus", "MISC")],
            ["Dreyfus"],
            id="passive-sentenced",
        ),
        pytest.param(
            "Coquelin fut blessé pendant la représentation.",
            [("Coquelin", "LOC")],
            ["Coquelin"],
            id="passive-wounded",
        ),
        pytest.param(
            "Vercoutre a été relaxé par le tribunal.",
            [("Vercoutre", "LOC")],
            ["Vercoutre"],
            id="passive-acquitted",
        ),
        pytest.param("Hier, Vercoutre a été poignardé.", [], ["Vercoutre"], id="passive-stabbed"),
        pytest.param(
            "Paris a été libéré en 1944.", [("Paris", "LOC")], [], id="passive-freed-city"
        ),
        pytest.param("Lyon a été battu hier soir.", [("Lyon", "LOC")], [], id="passive-city"),
        # the passives of killing and torture: only a person undergoes them
        pytest.param(
            "Vercoutre a été étranglé.",
            [("Vercoutre", "LOC")],
            ["Vercoutre"],
            id="passive-strangled",
        ),
        pytest.param(
            "Vercoutre a été empoisonnée à Vesoul.",
            [("Vercoutre", "LOC"), ("Vesoul", "LOC")],
            ["Vercoutre"],
            id="passive-poisoned",
        ),
        pytest.param("Vesoul fut exécuté.", [("Vesoul", "LOC")], [], id="passive-executed-city"),
        # publishing what only a person writes (`person_act`: "publié roman")
        pytest.param(
            "Vercoutre a publié un roman.", [("Vercoutre", "LOC")], ["Vercoutre"], id="act-novel"
        ),
        pytest.param(
            "Hier, Vercoutre publia ses mémoires.", [], ["Vercoutre"], id="act-memoirs-no-entity"
        ),
        pytest.param(
            "Vallourec a publié un livre blanc.", [("Vallourec", "ORG")], [], id="act-company"
        ),
        # the model glues the noun of a person's term or circle to the name
        pytest.param(
            "Le gouvernement Blum a démissionné.",
            [("gouvernement Blum", "PER")],
            ["Blum"],
            id="government-glued",
        ),
        pytest.param(
            "L'administration Biden a répondu.",
            [("administration Biden", "PER")],
            ["Biden"],
            id="administration-glued",
        ),
        pytest.param(
            "Le ministère Combes est tombé.",
            [("ministère Combes", "PER")],
            ["Combes"],
            id="ministry-glued",
        ),
        pytest.param(
            "Le journal a republié les caricatures de Mahomet.",
            [("Mahomet", "PER")],
            ["Mahomet"],
            id="depiction",
        ),
    ],
)
def test_lone_names_from_states_and_nouns(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    """The people found when the model reads `ents`."""
    assert read_as(extractor, text, ents) == want


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        (
            "Les ministres Vidal, Garnier et Perrin ont démissionné.",
            [("Vidal", "LOC"), ("Garnier", "LOC"), ("Perrin", "PER")],
            [("Vidal", ("ministre",)), ("Garnier", ("ministre",)), ("Perrin", ("ministre",))],
        ),
        (
            "Elle fut la conseillère des présidents Pompidou et Chirac.",
            [("Pompidou", "PER"), ("Chirac", "PER")],
            [("Pompidou", ("président",)), ("Chirac", ("président",))],
        ),
        (
            "Les généraux Joffre et Foch ont été reçus.",
            [("Joffre", "PER"), ("Foch", "PER")],
            [("Joffre", ("général",)), ("Foch", ("général",))],
        ),
        # a party after the plural title, or no name the model reads as a person
        ("Les députés Renaissance ont voté contre.", [("Renaissance", "ORG")], []),
        ("Les ministres Vidal et Garnier ont signé.", [("Vidal", "LOC"), ("Garnier", "LOC")], []),
    ],
)
def test_plural_title_lists(
    extractor: Extractor,
    text: str,
    ents: list[tuple[str, str]],
    want: list[tuple[str, tuple[str, ...]]],
) -> None:
    """A plural title announces every name of its list, each with the singular role."""
    doc = read_doc(extractor, text, ents)
    found = [(s.text, s._.get(spans.PEOPLE).roles) for s in doc.spans[spans.PEOPLE]]
    assert found == want
