"""Lone names kept on evidence: clitics, given names, human nouns, links (issue 13).

Each sentence is written for c5facts, in the style of today's news or of the older press;
the names are common French names or invented. The families live in
`c5facts.components.person_context` (clitic pronouns or an incise between a subject and
its verb), `person_lone` (a strong given name alone, a human noun in apposition),
`person_places` (the same apposition for a name the model reads as a place) and
`person_coordination` ("puis", "ainsi que"), the object of a verb followed by its
infinitive (`person_context.control_object`), the object of a participle only a person
is the object of ("a appelé X", read as a place: `person_places`); vocabulary in
`models/people/lexicon.tsv` (kinds ``human_noun``, ``coordination_link``, ``incise``,
``person_object``).
"""

from __future__ import annotations

from datetime import date

import pytest
from people_reading import read_as

from c5facts.extract import Extractor

REF = date(2025, 11, 6)

# (id, text, people expected, exactly)
# fmt: off
PEOPLE: list[tuple[str, str, set[str]]] = [
    # 1. clitic pronouns between the subject and its verb, "ne" before them or not
    ("clitic-lui-speech", "Clemenceau lui a répondu sèchement.", {"Clemenceau"}),
    ("clitic-ne-se", "Thiers ne se représentera pas aux élections.", {"Thiers"}),
    ("clitic-leur-dit", "Jaurès leur a dit la vérité.", {"Jaurès"}),
    ("clitic-y-simple-past", "Gambetta y prononça un discours.", {"Gambetta"}),
    ("clitic-nous-confie", "Briand nous a confié ses doutes.", {"Briand"}),
    ("clitic-simple-past-speech", "Hier soir, Jaurès lui répondit avec vigueur.", {"Jaurès"}),
    ("clitic-ne-lui-simple-past", "Le débat fut vif et Clemenceau ne lui pardonna pas.",
     {"Clemenceau"}),
    ("clitic-negated-speech", "Clemenceau ne lui a pas répondu.", {"Clemenceau"}),
    ("clitic-s-en", "Jaurès s'en est expliqué devant la Chambre.", {"Jaurès"}),
    ("clitic-modern", "Ahmed nous a raconté son voyage.", {"Ahmed"}),
    ("clitic-les", "Obama les a reçus à la Maison Blanche.", {"Obama"}),
    # an incise between commas before the verb
    ("incise-de-son-cote", "Clemenceau, de son côté, a répondu que la loi était votée.",
     {"Clemenceau"}),
    ("incise-pour-sa-part", "Jaurès, pour sa part, ne lui répondit pas.", {"Jaurès"}),
    ("incise-pronoun", "Briand, lui, a souri.", {"Briand"}),
    ("incise-present", "Obama, de son côté, estime que la crise est finie.", {"Obama"}),
    ("incise-thing-verb", "Tesla, de son côté, a vendu deux usines.", set()),
    # a thing's verb or a city stays none
    ("clitic-thing-verb", "Tesla en a vendu des millions.", set()),
    ("clitic-city", "Lyon lui a répondu par un but.", set()),
    ("city-idiom", "Lyon a répondu présent.", set()),
    # 2. a strong given name alone, written mid-sentence
    ("given-possessive", "Un autre voyage d'Eric commence demain.", {"Eric"}),
    ("given-de", "La voiture de Paul était garée devant la maison.", {"Paul"}),
    ("given-holiday", "Noël approche à grands pas.", set()),
    ("given-holiday-de", "Les fêtes de Noël ont été gâchées.", set()),
    ("given-brand", "La marque Eric Bompard ouvre une boutique.", set()),
    ("given-venue", "Le bar Marilyn rouvre ses portes.", set()),
    ("given-work-title", "Il a revu le film « Vincent, François, Paul et les autres ».", set()),
    ("given-place-use", "Un Ehpad près de Nancy a enregistré des cas.", set()),
    # 3. a human noun in apposition (no title: no role)
    ("human-habituee", "Josiane, une habituée, s'installe au comptoir.", {"Josiane"}),
    ("human-retraite-age", "Ahmed, un retraité de 70 ans, attend le bus.", {"Ahmed"}),
    ("human-etudiant", "Karim, étudiant en droit, cherche un logement.", {"Karim"}),
    ("human-adjective", "Lise, une vieille habituée du quartier, proteste.", {"Lise"}),
    ("human-older-press", "Marthe, une couturière du faubourg, fut entendue comme témoin.",
     {"Marthe"}),
    ("human-object", "On a vu Lucien, un ouvrier de l'usine, quitter les lieux.", {"Lucien"}),
    ("human-place-tag", "Durand, cultivateur à Saint-Jean, a été arrêté hier.", {"Durand"}),
    ("human-fronted-day", "Lundi, un retraité de 70 ans a été agressé.", set()),
    ("human-not-human", "Paris, une ville de deux millions d'habitants, attend les touristes.",
     set()),
    ("human-kinship", "Sur place, Nadège, sa grande soeur, a appelé les parents.", {"Nadège"}),
    ("human-proche", "Moreau, un proche du président, a été nommé.", {"Moreau"}),
    # a headline's speaker: the name opening its line, a colon, the quotation
    ("headline-quote", "Bayrou : « Nous ne céderons pas »", {"Bayrou"}),
    # 4. the older press's links: "puis", "ainsi que"
    ("link-puis", "Jules Ferry, puis Gambetta prirent la parole.", {"Jules Ferry", "Gambetta"}),
    ("link-ainsi-que", "Gambetta ainsi que Jules Ferry assistaient au banquet.",
     {"Gambetta", "Jules Ferry"}),
    ("link-puis-clause", "Le ministre parla, puis Gambetta prit la parole.", {"Gambetta"}),
    ("link-company", "Emmanuel Macron, puis Renault ont annoncé un plan.", {"Emmanuel Macron"}),
    # 5. the object of a verb whose infinitive it is to carry out (any verb)
    ("control-de", "Le roi a chargé Giolitti de former le cabinet.", {"Giolitti"}),
    ("control-a", "Le ministre a invité Motta à venir à Paris.", {"Motta"}),
    ("control-clitic", "Le juge a autorisé Landru à s'expliquer.", {"Landru"}),
    ("control-company", "Le plan a aidé Renault à se redresser.", set()),
    ("control-city", "Elle a poussé Moscou à négocier.", set()),
    # 6. the author of a written piece ("possessive", `person_noun` in the lexicon)
    ("writing-article", "L'article de Maurras a soulevé de vives protestations.", {"Maurras"}),
    ("writing-tribune", "La tribune de Zola a fait scandale.", {"Zola"}),
    ("writing-newspaper", "Selon un article de Libération, le projet est abandonné.", set()),
    ("writing-law", "L'article de loi a été voté.", set()),
    # one of a person's circle, heirs or foes (`person_noun`): "un proche de X"
    ("circle-close", "Un proche de Sarkozy a confirmé l'information.", {"Sarkozy"}),
    ("circle-pupil", "Un élève de Rodin expose ses bronzes.", {"Rodin"}),
    ("circle-rival", "Un rival de Poutine a été arrêté hier.", {"Poutine"}),
    ("circle-heir", "L'héritier de Agnelli prend la tête du groupe.", {"Agnelli"}),
    ("circle-near-place", "Un village proche de Lyon a été inondé.", set()),
    ("circle-ally-capital", "C'est un allié de Washington.", set()),
    # a follower of a party, a movement or a cause before the name (`human_noun`, an epithet)
    ("follower-party", "Le socialiste Jaurès a pris la parole.", {"Jaurès"}),
    ("follower-us", "Le républicain Romney a voté contre le texte.", {"Romney"}),
    ("follower-cause", "L'anarchiste Vaillant a lancé une bombe.", {"Vaillant"}),
    ("follower-party-name", "Le parti socialiste Renaissance a gagné.", set()),
    ("follower-age-no-name", "Un anarchiste de 30 ans a été arrêté.", set()),
    # a state only the living are in, apposed and closed (`human_state`)
    ("state-apposed", "Neymar, blessé, était absent samedi.", {"Neymar"}),
    ("state-apposed-complement", "Neymar, blessé au genou, a renoncé.", {"Neymar"}),
    ("state-apposed-adverb", "Obama, visiblement ému, a remercié la foule.", {"Obama"}),
    ("state-company", "Renault, blessé, a chuté en Bourse.", set()),
    # a past participle's phrase between commas stands between the name and its verb
    ("participle-incise", "Xavi, expulsé en seconde période, a critiqué l'arbitrage.",
     {"Xavi"}),
    ("participle-incise-company", "Renault, touché par la crise, a annoncé un plan.", set()),
    # 7. the object of a verb of justice or of harm (`object_verb` in the lexicon)
    ("justice-object", "Le tribunal a condamné Dubois à deux ans de prison.", {"Dubois"}),
    ("justice-acquit", "La cour a acquitté Landru.", {"Landru"}),
    ("harm-object", "Un inconnu a poignardé Perrin dans la rue.", {"Perrin"}),
    ("harm-company", "La crise a tué Renault.", set()),
    # hearings and appointments renewed (`object_verb`)
    ("hearing-object", "La commission a auditionné Castaner mardi.", {"Castaner"}),
    ("judge-heard", "Le juge a entendu Sarkozy comme témoin.", {"Sarkozy"}),
    # 8. a word that tells members of one family apart ("generation", person_constructions)
    ("generation-fils", "Dumas fils a fait jouer une nouvelle pièce.", {"Dumas"}),
    ("generation-pere", "Il a vu Guitry père au théâtre.", {"Guitry"}),
    ("generation-in-model-span", "Coquelin aîné donnera la réplique.", {"Coquelin"}),
    # 9. a party in parentheses after the name (`party` in the lexicon), whatever the model
    # reads; a ticker or a city's majority is no person
    ("party", "Le texte a été défendu par Vercoutre (LR) et Lambert (PS).",
     {"Vercoutre", "Lambert"}),
    ("party-and-seat", "Hier, Vercoutre (LR, Yvelines) a voté contre.", {"Vercoutre"}),
    ("party-no-ticker", "Les recettes de Vinci (DG) ont progressé.", set()),
    ("party-city", "La mairie de Nice (LR) a voté le budget.", set()),
    # the one voted for or against, the one paid homage
    ("vote-for", "En 1995, il a voté pour Vercoutre au second tour.", {"Vercoutre"}),
    ("vote-against", "Il a appelé à voter contre Vercoutre.", {"Vercoutre"}),
    ("vote-party", "En 1995, il a voté pour LR au second tour.", set()),
    ("vote-city", "Le jury a voté pour Marseille.", set()),
    ("homage", "Le maire a rendu hommage à Vercoutre.", {"Vercoutre"}),
    ("homage-city", "Les élus ont rendu hommage à Marseille.", set()),
    # a manner or a time between the verb and whom it takes (`person_context.verb_before`)
    ("object-after-adverb-a", "Il a répondu sèchement à Jaurès.", {"Jaurès"}),
    ("object-after-date", "Le président a reçu mardi soir Briand.", {"Briand"}),
    ("object-after-day", "Il a rencontré hier Obama à Paris.", {"Obama"}),
    ("object-after-date-city", "Il a répondu hier à Lyon.", set()),
    # what is done to a holder of a post, a person's eyes, pen and mouth (`person_noun`)
    ("done-to-holder", "Le limogeage de Bruel a surpris.", {"Bruel"}),
    ("eyes-of", "Aux yeux de Macron, la réforme est indispensable.", {"Macron"}),
    ("pen-of", "Sous la plume de Hugo, Paris devient un personnage.", {"Hugo"}),
    ("eyes-of-country", "Aux yeux de la France, rien ne change.", set()),
    ("eviction-of-club", "L'éviction de Lyon en Coupe a surpris.", set()),
    # a bare title or occupation said of the name (`person_context.predicate_noun`)
    ("predicate-title", "Ciotti sera candidat aux législatives.", {"Ciotti"}),
    ("predicate-become", "Rouvier est devenu ministre en 1893.", {"Rouvier"}),
    ("predicate-relative-between", "Ciotti, qui a rallié le RN, sera candidat.", {"Ciotti"}),
    ("predicate-city", "Lyon est candidate aux Jeux.", set()),
    ("predicate-company", "Renault est leader du marché.", set()),
    ("predicate-adjective", "Rouvier est grand.", set()),
    # the older press: a letter addressed to someone, a toast, a reign's acts
    ("addressed-to", "Une pétition adressée à Ador demande la révision.", {"Ador"}),
    ("addressed-to-city", "Une lettre adressée à Paris a été perdue.", set()),
    ("toast-of", "Le toast de Carnot a été vivement applaudi.", {"Carnot"}),
    ("toast-of-city", "Le toast de Paris a été applaudi.", set()),
    # dead, apposed or in an absolute construction (`human_state`, `absolute_state`)
    ("dead-apposed", "Napoléon, mort à Sainte-Hélène, repose aux Invalides.", {"Napoléon"}),
    ("absolute-dead", "Gambetta mort, le parti républicain se cherche un chef.",
     {"Gambetta"}),
    ("absolute-ill", "Ruchonnet malade, la séance fut ajournée.", {"Ruchonnet"}),
    ("absolute-city", "Paris malade, la France souffre.", set()),
    ("dead-thing", "Le projet est mort.", set()),
    # the focus of a cleft after "à" (`cleft_object`); a place is asked the same
    ("cleft-to", "C'est à Thiers que revient l'honneur de la libération.", {"Thiers"}),
    ("cleft-to-city", "C'est à Lyon qu'il est né.", set()),
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in PEOPLE], ids=[c[0] for c in PEOPLE])
def test_lone_evidence(extractor: Extractor, text: str, want: set[str]) -> None:
    """The people of one sentence, by canonical name, exactly."""
    article = extractor.extract(text, reference_date=REF)
    assert {p.name for p in article.people} == want


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Clemenceau lui a répondu sèchement.", ["ner", "speech"]),
        ("Thiers ne se représentera pas aux élections.", ["ner", "subject"]),
        ("Un autre voyage d'Eric commence demain.", ["ner", "given-name"]),
        ("Karim, étudiant en droit, cherche un logement.", ["ner", "apposition"]),
        ("Le président exhorta Kerensky à résister.", ["ner", "object"]),
        ("Selon Vercoutre (LR), le texte est mauvais.", ["model-place", "party"]),
    ],
)
def test_evidence(extractor: Extractor, text: str, evidence: list[str]) -> None:
    """Each family says why the word is a person."""
    article = extractor.extract(text, reference_date=REF)
    assert [list(p.evidence) for p in article.people] == [evidence]


def test_human_noun_no_role(extractor: Extractor) -> None:
    """A human noun is no title: the person has no role."""
    article = extractor.extract("Ahmed, un retraité de 70 ans, attend le bus.", reference_date=REF)
    assert [(p.name, p.roles) for p in article.people] == [("Ahmed", ())]


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # a name the lexicon also knows as a noun, at the sentence's opening: a title in
        # apposition closed before the verb says person, not a fronted word
        ("Dupont, le ministre de l'Intérieur, a parlé.", [("Dupont", "PER")], ["Dupont"]),
        ("Dupont, le ministre de l'Intérieur a parlé.", [("Dupont", "PER")], []),
        ("Vendredi, le ministre de l'Intérieur, a parlé.", [], []),
        # "l'un des" and a title in the plural
        ("Vidal, l'un des fondateurs du parti, a parlé.", [("Vidal", "PER")], ["Vidal"]),
        ("Vidal, l'une des dirigeantes du parti, a parlé.", [("Vidal", "PER")], ["Vidal"]),
        ("Renault, l'un des constructeurs européens, a annoncé.", [("Renault", "ORG")], []),
    ],
)
def test_closed_appositions(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    """An apposition closed by a comma before the verb, as the model reads `ents`."""
    assert read_as(extractor, text, ents) == want


def test_generational_suffix(extractor: Extractor) -> None:
    """'Eric et Don Jr': "Jr" is no surname Eric shares."""
    article = extractor.extract("Eric et Don Jr se sont rendus à Dubaï.", reference_date=REF)
    assert sorted(p.name for p in article.people) == ["Don Jr", "Eric"]


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # a sentence's first word, a participle, before a human noun that opens the clause
        ("Blessée, la jeune femme s'en tire avec cinq jours d'arrêt.", [("Blessée", "PER")], []),
        ("Interrogé, un habitant ne répond pas.", [("Interrogé", "PER")], []),
        # the noun phrase is the subject of the next verb: no apposition
        ("Près de Mareuil, un retraité de 70 ans a été agressé.", [("Mareuil", "PER")], []),
        ("Jeanne, une retraitée de Mareuil, a porté plainte.", [("Jeanne", "PER")], ["Jeanne"]),
        # negation words between the auxiliary and the participle
        ("Hier, Varenne n'a rien cédé.", [("Varenne", "PER")], ["Varenne"]),
        ("Hier, Varenne n'a rien dit.", [("Varenne", "PER")], ["Varenne"]),
        ("Hier, Varenne n'a pas encore répondu.", [("Varenne", "PER")], ["Varenne"]),
        # "Pour X," opening a sentence gives X's view; "face à X" whom one faces
        ("Pour Varenne, la droite doit se rassembler.", [("Varenne", "PER")], ["Varenne"]),
        ("Il a opté pour Varenne, puis il est parti.", [("Varenne", "PER")], []),
        # ... and the one voted for is a candidate
        ("Il a voté pour Varenne, puis il est parti.", [("Varenne", "PER")], ["Varenne"]),
        ("Face à Varenne, le ministre n'a rien cédé.", [("Varenne", "PER")], ["Varenne"]),
        ("Face à Vesoul, Dijon a gagné.", [("Vesoul", "LOC"), ("Dijon", "LOC")], []),
        # the head of a closed list of names, read as a place, before a person
        (
            "Déroulède, Habert et Marcel Guérin ont comparu.",
            [("Déroulède", "LOC"), ("Habert", "PER"), ("Marcel Guérin", "PER")],
            ["Déroulède", "Habert", "Marcel Guérin"],
        ),
        (
            "Lyon, Dufour et Martin ont signé.",
            [("Lyon", "LOC"), ("Dufour", "PER"), ("Martin", "PER")],
            ["Dufour", "Martin"],
        ),
        (
            "Varenne, Vesoul et Dijon ont voté.",
            [("Varenne", "LOC"), ("Vesoul", "LOC"), ("Dijon", "LOC")],
            [],
        ),
        # "le camp X" (a person's side, `person_noun_bare`), "les soutiens de X"
        ("Le camp Varenne dénonce une fraude.", [("Varenne", "PER")], ["Varenne"]),
        ("Les soutiens de Varenne manifestent.", [("Varenne", "PER")], ["Varenne"]),
        ("Les réfugiés du camp Moria ont été évacués.", [("Moria", "LOC")], []),
        # the object of a participle only a person is the object of, read as a place
        (
            "Varenne a appelé Dumoulin dans la soirée.",
            [("Varenne", "PER"), ("Dumoulin", "LOC")],
            ["Varenne", "Dumoulin"],
        ),
        ("Le président a aussitôt limogé Dumoulin.", [("Dumoulin", "LOC")], ["Dumoulin"]),
        ("Elle avait épousé Dumoulin en 1939.", [("Dumoulin", "LOC")], ["Dumoulin"]),
        ("Le roi a gracié Dumoulin.", [], ["Dumoulin"]),
        # a city is a club or a council; a company is an organisation; "est appelé" names
        ("Le président a appelé Lyon à la raison.", [("Lyon", "LOC")], []),
        ("Il a appelé Orange pour résilier son abonnement.", [("Orange", "ORG")], []),
        ("Ce quartier est appelé Montmartre.", [("Montmartre", "LOC")], []),
        # the participle must follow "avoir": a noun before the word is no verb
        ("Un appelé Dumoulin est arrivé.", [("Dumoulin", "LOC")], []),
    ],
    ids=[
        "participle-opening",
        "participle-negation",
        "subject-noun-phrase",
        "apposition",
        "negation-rien",
        "negation-rien-speech",
        "negation-pas-encore",
        "pour-opinion",
        "pour-not-opening",
        "pour-vote",
        "face-a",
        "face-a-places",
        "list-head",
        "list-head-city",
        "list-of-places",
        "camp",
        "soutiens",
        "camp-place",
        "object-phoned",
        "object-sacked-adverb",
        "object-married",
        "object-pardoned-no-entity",
        "object-city",
        "object-company",
        "object-naming-passive",
        "object-noun",
    ],
)
def test_model_readings(
    extractor: Extractor, text: str, ents: list[tuple[str, str]], want: list[str]
) -> None:
    """The families on a reading of the base model set by the test."""
    assert read_as(extractor, text, ents) == want
