"""Lone names the base model reads as places or organisations, and lone-name cases (issue 13).

Each sentence is written for c5facts; the names are common French surnames or invented.
The families live in `c5facts.components.person_places` (lexicon kinds ``person_speech``,
``person_act``, ``seat``).
"""

from __future__ import annotations

from datetime import date

import pytest

from c5facts.extract import Extractor

REF = date(2025, 11, 6)

# (id, text, people expected, exactly)
# fmt: off
PEOPLE: list[tuple[str, str, set[str]]] = [
    # a lone surname the model tags LOC, subject of a verb only a person does
    ("act-speech-given", "Au banquet de Belleville, Gambetta a prononcé un discours très applaudi.",
     {"Gambetta"}),
    ("reflexive-speech", "Le tumulte grandit et Rochefort s'est écrié que le ministère mentait.",
     {"Rochefort"}),
    ("reflexive-speech-adverb",
     "Il a vu Gambetta. Clémenceau s'est aussitôt écrié que c'était faux.", {"Clémenceau"}),
    ("reflexive-speech-per", "Clémenceau s'est écrié : « Jamais ! »", {"Clémenceau"}),
    ("inverted-speech", "« C'est faux », a répliqué Rochefort devant la Chambre.",
     {"Rochefort"}),
    ("apposition-title", "Rochefort, ancien député, est mort hier.", {"Rochefort"}),
    ("coordination-person", "Jules Ferry et Rochefort ont quitté la salle.",
     {"Jules Ferry", "Rochefort"}),
    ("relative-place-tag", "Rochefort, qui a répliqué aussitôt, a quitté la salle.",
     {"Rochefort"}),
    ("coordination-capital", "Emmanuel Macron et Moscou ont échangé des messages.",
     {"Emmanuel Macron"}),
    # the same word used as a place in the article stays a place
    ("place-complement", "Le maire de Rochefort a déclaré la fête ouverte.", set()),
    ("place-elsewhere",
     "Il habite à Rochefort depuis dix ans. Rochefort a déclaré la fête ouverte.", set()),
    # governments and institutions named by their seat or capital speak too
    ("seat-speaks", "Bercy a répliqué que le déficit serait tenu.", set()),
    ("seat-article", "Le Kremlin a répondu par un communiqué.", set()),
    ("capital-speaks", "Moscou a répliqué par des sanctions.", set()),
    ("capital-declares", "Washington a déclaré que les sanctions seraient maintenues.", set()),
    ("idiom-present", "Lyon a répondu présent face à Marseille.", set()),
    ("idiom-forfait", "Toulon a déclaré forfait pour la finale.", set()),
    ("idiom-war", "Toulon a déclaré la guerre au club voisin.", set()),
    # companies speak: an organisation's word elsewhere, or any speech verb for an ORG tag
    ("company-head-elsewhere",
     "Le groupe Vallourec a déclaré des pertes. Vallourec a répondu aux analystes.", set()),
    ("company-announces", "Renault a annoncé la fermeture du site de Flins.", set()),
    ("company-relative", "Renault, qui a annoncé un plan, ferme le site.", set()),
    # a case named after its person
    ("case-affaire-proces",
     "L'affaire Stavisky éclabousse le gouvernement, et le procès Landru passionne les foules.",
     {"Stavisky", "Landru"}),
    ("case-cas", "Le cas Benalla embarrasse le gouvernement.", {"Benalla"}),
    # "chez X": a person's home, not a company's
    ("chez-person", "Nous irons dîner chez Mirabeau la semaine prochaine.", {"Mirabeau"}),
    ("chez-company", "Elle a déposé ses cheveux chez Capillo, une filiale du groupe.", set()),
    # a relative clause whose verb only a person does
    ("relative-speech", "Jaurès, qui a répondu aux interpellations, a quitté la tribune.",
     {"Jaurès"}),
    # a listed given name, rarer than a strong one, before ", qui" when the model reads a
    # person there
    ("relative-rare-given-name", "Lila, qui avait refusé de venir, lance un appel.", {"Lila"}),
    # an age in apposition, closed by punctuation: no place has an age
    ("age-apposed", "Le 4 mai, Kewi, 15 ans, a été blessé aux Lilas.", {"Kewi"}),
    ("age-not-closed", "À Lyon, 20 ans après, rien n'a changé.", set()),
    # a home town in apposition, closed: no place is so named, nor a city itself
    ("origin-apposed", "Dufour, de Genève, a été nommé professeur.", {"Dufour"}),
    ("origin-list", "Ont été élus : Favre, de Lausanne, et Perrin, de Vevey.",
     {"Favre", "Perrin"}),
    ("origin-city", "Carouge, de Genève, a été inondée.", set()),
    ("origin-company", "Nestlé, de Vevey, a publié ses comptes.", set()),
    ("origin-model-person", "Ruchonnet, de Lausanne, a été élu hier.", {"Ruchonnet"}),
    # a person's denunciation or questioning; a city's council says the same
    ("speech-denounce", "Villeroy a fustigé la hausse des taux.", {"Villeroy"}),
    ("speech-denounce-city", "Marseille a dénoncé la décision.", set()),
    # a player's act on the score; a city's club does it too
    ("player-score", "Dembélé a ouvert le score à la 40e minute.", {"Dembélé"}),
    ("player-score-city", "Liverpool a ouvert le score à la 40e minute.", set()),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in PEOPLE], ids=[c[0] for c in PEOPLE])
def test_people_places(extractor: Extractor, text: str, want: set[str]) -> None:
    """The people of one sentence, by canonical name, exactly."""
    article = extractor.extract(text, reference_date=REF)
    assert {p.name for p in article.people} == want


def test_apposition_role(extractor: Extractor) -> None:
    """A name the model read as a place keeps the role of its apposition."""
    article = extractor.extract("Rochefort, ancien député, est mort hier.", reference_date=REF)
    assert [(p.name, p.roles) for p in article.people] == [("Rochefort", ("député",))]


def test_mislabelled_evidence(extractor: Extractor) -> None:
    """A name the model read as a place says why it is a person."""
    text = "Au banquet de Belleville, Gambetta a prononcé un discours très applaudi."
    article = extractor.extract(text, reference_date=REF)
    assert [p.name for p in article.people] == ["Gambetta"]
    assert list(article.people[0].evidence) == ["model-place", "act"]


def test_capital_stays_country(extractor: Extractor) -> None:
    """'Paris a dénoncé': the government, a country, no person."""
    article = extractor.extract("Paris a dénoncé une provocation.", reference_date=REF)
    assert [p.name for p in article.people] == []
    assert [c.code for c in article.countries] == ["FR"]


def test_same_name_mentions(extractor: Extractor) -> None:
    """Once its sentence made a misread name a person, its other mentions are his."""
    text = "Rochefort, ancien député, est mort hier. Les amis de Rochefort le pleurent."
    article = extractor.extract(text, reference_date=REF)
    assert [(p.name, p.mentions) for p in article.people] == [("Rochefort", 2)]


def test_apposed_age_gives_the_person_and_the_age(extractor: Extractor) -> None:
    article = extractor.extract("Samedi, Djadje, 19 ans, est mort.", reference_date=REF)
    assert [(p.name, p.age, p.evidence) for p in article.people] == [
        ("Djadje", 19, ("model-place", "age"))
    ]
