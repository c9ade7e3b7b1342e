"""The c5facts_wordclass component: word classes and verb morphology from the lexicons."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from c5facts.components import wordclass as _wordclass  # noqa: F401
from c5facts.components.tense import ClauseTense
from c5facts.normalise.wordclass import lexicon, tag, verb_morph


@pytest.fixture(scope="module")
def nlp() -> Language:
    # the French tokenizer of the base pipeline, then the lexicon tagger alone
    nlp = spacy.blank("fr")
    nlp.add_pipe("c5facts_wordclass")
    return nlp


def token(doc: Doc, text: str) -> tuple[str, dict[str, str]]:
    tok = next(t for t in doc if t.text == text)
    return tok.pos_, {k: v for k, v in tok.morph.to_dict().items() if k != "Gender"}


def _finite(
    person: str, *, tense: str = "Pres", mood: str = "Ind", number: str = "Sing"
) -> dict[str, str]:
    """The morphology of a finite verb form, as the word class component writes it."""
    return {"Mood": mood, "Number": number, "Person": person, "Tense": tense, "VerbForm": "Fin"}


@pytest.mark.parametrize(
    ("sentence", "word", "pos", "morph"),
    [
        # a past participle after the auxiliary "a"
        (
            "La société a racheté son concurrent.",
            "racheté",
            "VERB",
            {"Number": "Sing", "Tense": "Past", "VerbForm": "Part"},
        ),
        (
            "La société a racheté son concurrent.",
            "a",
            "AUX",
            _finite("3"),
        ),
        # over a negation and an adverb: "n'a pas encore voté"
        (
            "Le Sénat n'a pas encore voté le texte.",
            "voté",
            "VERB",
            {"Number": "Sing", "Tense": "Past", "VerbForm": "Part"},
        ),
        (
            "La ministre signera l'accord à Genève.",
            "signera",
            "VERB",
            _finite("3", tense="Fut"),
        ),
        (
            "Le porte-parole déclarait alors que rien ne changerait.",
            "déclarait",
            "VERB",
            _finite("3", tense="Imp"),
        ),
        (
            "Le porte-parole déclarait alors que rien ne changerait.",
            "changerait",
            "VERB",
            _finite("3", mood="Cnd"),
        ),
        (
            "La banque pourrait relever ses taux.",
            "pourrait",
            "VERB",
            _finite("3", mood="Cnd"),
        ),
        ("La banque pourrait relever ses taux.", "relever", "VERB", {"VerbForm": "Inf"}),
        # a noun after a determiner, although "marche" is also a verb form
        ("Les syndicats ont lancé la marche vers Paris.", "marche", "NOUN", {"Number": "Sing"}),
        # ...and a verb after a subject
        (
            "Le projet marche bien depuis mars.",
            "marche",
            "VERB",
            _finite("3"),
        ),
        ("Nous verrons les chiffres.", "chiffres", "NOUN", {"Number": "Plur"}),
        # a capitalised word inside a sentence is a name; a known word opening one is not
        ("Hier, la société Varnelio a publié ses comptes.", "Varnelio", "PROPN", {}),
        ("Hier, la société Varnelio a publié ses comptes.", "Hier", "ADV", {}),
        ("L'ONU a voté 12 résolutions.", "ONU", "PROPN", {}),
        ("L'ONU a voté 12 résolutions.", "12", "NUM", {}),
        ("L'ONU a voté 12 résolutions.", "L'", "DET", {}),
        # a prenominal adjective before an ambiguous noun
        ("Un important fabricant de pneus ferme.", "important", "ADJ", {}),
        ("Le nouveau président est arrivé.", "nouveau", "ADJ", {}),
        # a present participle and a future after a reflexive pronoun
        (
            "Les ministres se réuniront en visant un accord.",
            "réuniront",
            "VERB",
            _finite("3", tense="Fut", number="Plur"),
        ),
        (
            "Les ministres se réuniront en visant un accord.",
            "visant",
            "VERB",
            {"Tense": "Pres", "VerbForm": "Part"},
        ),
        # a participle right after a determiner heads the noun phrase; the word after is
        # its adjective, while an adjective before a noun stays one
        ("Il a reçu son allié libéral hier.", "allié", "NOUN", {"Number": "Sing"}),
        ("Il a reçu son allié libéral hier.", "libéral", "ADJ", {}),
        ("Les blessés graves ont été soignés.", "blessés", "NOUN", {"Number": "Plur"}),
        ("Le célèbre acteur est venu.", "célèbre", "ADJ", {}),
        # a headline opening on a compound of common words is no name; given names are
        ("Semi-conducteurs : les ventes montent.", "Semi-conducteurs", "NOUN", {"Number": "Plur"}),
        ("Jean-Pierre Dumas a parlé.", "Jean-Pierre", "PROPN", {}),
        # a first or second person singular after its subject, over "ne" and clitics
        (
            "Je ne peux pas confirmer.",
            "peux",
            "VERB",
            _finite("1"),
        ),
        (
            "Tu dois partir.",
            "dois",
            "VERB",
            _finite("2"),
        ),
        (
            "Je vous le dis.",
            "dis",
            "VERB",
            _finite("1"),
        ),
        # without "je"/"tu", a "tu" form is the noun it also is
        ("Les forces armées défilent.", "forces", "NOUN", {"Number": "Plur"}),
        # a number before a form known only as a finite verb ends the subject
        ("La Coupe 2026 débutera en juin.", "débutera", "VERB", _finite("3", tense="Fut")),
        ("Les deux parties ont signé.", "parties", "NOUN", {"Number": "Plur"}),
        # a follower's word the lexicon lacks: an adjective after a noun, a noun after "les"
        ("Le chef jihadiste Abou Bakr a été tué.", "jihadiste", "ADJ", {}),
        ("Les jihadistes ont attaqué.", "jihadistes", "NOUN", {"Number": "Plur"}),
    ],
)
def test_word_class_and_morphology(
    nlp: Language, sentence: str, word: str, pos: str, morph: dict[str, str]
) -> None:
    assert token(nlp(sentence), word) == (pos, morph)


@pytest.mark.parametrize(
    ("sentence", "date_words", "want"),
    [
        ("Le traité a été ratifié lundi par le Parlement.", "lundi", "past"),
        ("Le traité sera ratifié lundi par le Parlement.", "lundi", "future"),
        ("Le ministre signera mardi le décret.", "mardi", "future"),
        ("Le ministre déclarait mardi que tout allait bien.", "mardi", "past"),
        ("Le ministre pourrait revenir jeudi.", "jeudi", "future"),
        ("L'entreprise a prévu de fermer l'usine vendredi.", "vendredi", "future"),
        ("Les négociateurs se retrouvent mercredi à Bruxelles.", "mercredi", "present"),
        # the quotation's own verb, not the reporting one outside the marks
        ("« Je signe l'accord mardi », a-t-elle dit.", "mardi", "present"),
        ('"Nous tournerons cet hiver", a annoncé le présentateur.', "hiver", "future"),
        # an unaccented capital "A" opening the clause is "À", no verb of its own
        ("A la mi-mars, il a neigé sur Lyon.", "mi-mars", "past"),
        # a year closing the subject: "2026" does not make the verb a noun
        ("La Coupe 2026 débutera le 11 juin.", "juin", "future"),
    ],
)
def test_clause_tense_reads_the_lexicon_morphology(
    nlp: Language, sentence: str, date_words: str, want: str
) -> None:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == date_words)
    assert ClauseTense.from_vocabulary().tense(doc[tok.i : tok.i + 1]) == want


def test_spaces_and_punctuation(nlp: Language) -> None:
    doc = nlp("Le prix monte de 15 % :\n\n« Enfin » .")
    assert [t.pos_ for t in doc] == [
        "DET",
        "NOUN",
        "VERB",
        "ADP",
        "NUM",
        "NOUN",
        "PUNCT",
        "SPACE",
        "PUNCT",
        "ADV",
        "PUNCT",
        "PUNCT",
    ]


def test_pure_tagger_and_codes() -> None:
    assert tag([]) == []
    assert verb_morph("N") == "VerbForm=Inf"
    assert verb_morph("I3p") == "Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin"
    # an auxiliary's form reads as the auxiliary, not as a rarer verb with the same form
    entry = lexicon().get("étaient")
    assert entry is not None
    assert entry.verb[0] == "I3p"
    # first/second person singular readings are left out: "forces" is not "tu forces"
    assert tag(["les", "forces"])[1] == ("NOUN", "Number=Plur")


@pytest.mark.parametrize(
    ("sentence", "index", "preposition"),
    [
        ("A la mi-mars, il a neigé.", 0, True),
        ("A 18 heures, tout était fini.", 0, True),
        ("Et A partir de lundi, tout change.", 1, True),
        ("A Paris, la séance a repris.", 0, True),
        # the verb after its subject or before an inverted one; a letter after a word
        ("IL A DIT NON.", 1, False),
        ("A-t-il parlé ?", 0, False),
        ("Le plan A prévoit une hausse.", 2, False),
    ],
)
def test_unaccented_capital_a(nlp: Language, sentence: str, index: int, preposition: bool) -> None:
    """A capital "A" opening a clause before what "à" takes is the preposition, norm "à"."""
    tok = nlp(sentence)[index]
    assert (tok.pos_ == "ADP", tok.norm_) == (preposition, "à" if preposition else "a")
