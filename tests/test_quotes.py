"""Quotes (issue 17): quotations, their speakers, and how they were found."""

from __future__ import annotations

import pytest

from c5facts.components.quotes import find_quotations, is_quote
from c5facts.extract import Extractor


def quotes(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker, speaker_via) of every quote record of `text`."""
    article = extractor.extract(text)
    return [(q.text, q.speaker, q.speaker_via) for q in article.quotes]


# (id, text, [(quote, speaker, via)]): sentences written for these tests.
# fmt: off
CASES = [
    ("after-named", "« Nous tiendrons nos engagements », a déclaré Paul Verlaine-Moreau.",
     [("Nous tiendrons nos engagements", "Paul Verlaine-Moreau", "name")]),
    ("after-title-apposition",
     "« La hausse est derrière nous », a prévenu sa présidente, Claire Damiens, jeudi.",
     [("La hausse est derrière nous", "Claire Damiens", "name")]),
    ("inverted-pronoun",
     "Le ministre Karim Belhadj a défendu la réforme. « Elle sera votée en mai », a-t-il ajouté.",
     [("Elle sera votée en mai", "Karim Belhadj", "pronoun")]),
    ("before-colon",
     "La ministre des Finances, Agnès Torrel, a pour sa part ajouté : « Nous ne reculerons pas ».",
     [("Nous ne reculerons pas", "Agnès Torrel", "name")]),
    ("selon-before", "Selon le directeur, Marc Ollier, « les ventes ont doublé cette année ».",
     [("les ventes ont doublé cette année", "Marc Ollier", "selon")]),
    ("organisation-noun",
     "Le groupe Norvalis a perdu son procès. "
     "« Nous ferons appel de ce jugement », a réagi le groupe.",
     [("Nous ferons appel de ce jugement", "Norvalis", "noun")]),
    ("unnamed-speaker",
     '"Les parties ont trouvé un accord", a indiqué vendredi une cour de Lyon.',
     [("Les parties ont trouvé un accord", None, None)]),
    ("continued-incise",
     "« Le bilan est lourd », estime Hélène Varga. « Il faudra des années pour reconstruire ».",
     [("Le bilan est lourd", "Hélène Varga", "name"),
      ("Il faudra des années pour reconstruire", "Hélène Varga", "name")]),
    ("curly-quotes", "“Le marché reste très tendu”, explique Jonas Ferrand.",
     [("Le marché reste très tendu", "Jonas Ferrand", "name")]),
    ("pronoun-after-employer-and-holder",
     "Le président de Norvale Mining Hugo Lambert a déploré l'accident. "
     "« Nous allons tout revoir », a-t-il dit.",
     [("Nous allons tout revoir", "Hugo Lambert", "pronoun")]),
    ("name-inside-another-quote-is-not-the-speaker",
     "Le député a écrit : « Je pense à mon ami Lucien Pradel. Quel gâchis ! », "
     "a-t-il déclaré, concluant : « encore une erreur de plus ».",
     [("Je pense à mon ami Lucien Pradel. Quel gâchis !", None, None),
      ("encore une erreur de plus", None, None)]),
    ("pronoun-skips-names-quoted",
     "Pourtant, Inès Carvalho reste fidèle au parti. « J'admirais Paul Verdier en 2007. »\n"
     "« On dira que je change de camp », anticipe-t-elle.",
     [("J'admirais Paul Verdier en 2007.", None, None),
      ("On dira que je change de camp", "Inès Carvalho", "pronoun")]),
    # the pronoun stands for the subject of the latest sentence naming a person
    ("pronoun-subject-not-object",
     "À la tribune, Marc Olivier a visé le ministre Pierre Garnier. « Tout a échoué depuis "
     "le début », a-t-il lancé.",
     [("Tout a échoué depuis le début", "Marc Olivier", "pronoun")]),
    ("pronoun-subject-after-fronted-phrase",
     "Interrogée sur son rival, Hélène Vidal a salué le travail du professeur Luc Sarrat. "
     "« C'est un travail remarquable », a-t-elle dit.",
     [("C'est un travail remarquable", "Hélène Vidal", "pronoun")]),
    ("pronoun-apposed-subject",
     "Le conseiller de Paul Lenoir, Jean Morvan, a reçu les syndicats. « Nous répondrons à "
     "chaque lettre », a-t-il ajouté.",
     [("Nous répondrons à chaque lettre", "Jean Morvan", "pronoun")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quote_families(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes(extractor, text) == expected


def test_fragments_names_and_slogans_are_not_quotes(extractor: Extractor) -> None:
    text = (
        'Il a jugé la hausse « nécessaire ». La marque, dite "Sky Blue Runner Line", '
        'reprend le slogan "Just Run It".'
    )
    assert quotes(extractor, text) == []


def test_quote_over_two_paragraphs_and_nested_marks() -> None:
    text = '« Premier paragraphe du discours,\n« il a dit "non" et c\'est fini », conclut-il.'
    found = [(text[q.start : q.end], q.marks) for q in find_quotations(text)]
    assert found == [
        ('Premier paragraphe du discours,\n« il a dit "non" et c\'est fini', "«»"),
    ]


def test_quote_offsets_point_at_the_words(extractor: Extractor) -> None:
    text = "Hier, « nous avons signé le contrat », a précisé Lina Moreau."
    quote = extractor.extract(text).quotes[0]
    assert text[quote.start : quote.end] == "nous avons signé le contrat"
    assert quote.verb == "a précisé"
    assert quote.kind == "direct"


def test_is_quote() -> None:
    assert is_quote("nous avons signé le contrat")
    assert not is_quote("triste rappel")
    assert not is_quote("Maison Blanche Grand Prix Edition")


def indirect(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(reported words, speaker, verb, kind) of every indirect quote record of `text`."""
    article = extractor.extract(text)
    return [(q.text, q.speaker, q.verb, q.kind) for q in article.quotes if q.kind == "indirect"]


# (id, text, expected): reported speech without quotation marks, sentences written for this.
# fmt: off
INDIRECT = [
    ("que-named", "Le ministre Karim Belhadj a assuré que la réforme serait votée avant l'été.",
     [("la réforme serait votée avant l'été", "Karim Belhadj", "a assuré", "indirect")]),
    ("que-present", "Claire Damiens estime que la croissance restera faible cette année.",
     [("la croissance restera faible cette année", "Claire Damiens", "estime", "indirect")]),
    ("que-pronoun",
     "Karim Belhadj est arrivé lundi. Il a estimé qu'il faudrait encore deux ans de travaux.",
     [("il faudrait encore deux ans de travaux", "Karim Belhadj", "a estimé", "indirect")]),
    ("selon-organisation",
     "Selon la banque Norvalis, les taux devraient baisser dès le mois de mars.",
     [("les taux devraient baisser dès le mois de mars", "Norvalis", "Selon", "indirect")]),
    ("que-after-day", "Le ministre Karim Belhadj a affirmé mardi que les travaux reprendraient "
     "en septembre.",
     [("les travaux reprendraient en septembre", "Karim Belhadj", "a affirmé", "indirect")]),
    ("que-apposition",
     "La ministre de la Santé, Agnès Torrel, a rappelé que les hôpitaux manquaient de personnel.",
     [("les hôpitaux manquaient de personnel", "Agnès Torrel", "a rappelé", "indirect")]),
    ("que-gerund",
     "Karim Belhadj a défendu son budget en affirmant que les dépenses baisseraient l'an prochain.",
     [("les dépenses baisseraient l'an prochain", "Karim Belhadj", "en affirmant", "indirect")]),
    ("que-organisation-noun",
     "Le groupe Norvalis a publié ses comptes. L'entreprise a toutefois assuré qu'elle "
     "maintiendrait tous ses emplois.",
     [("elle maintiendrait tous ses emplois", "Norvalis", "a toutefois assuré", "indirect")]),
    ("que-main-clause-resumes",
     "Karim Belhadj a affirmé que la croissance serait faible cette année, mais a promis une "
     "baisse des impôts.",
     [("la croissance serait faible cette année", "Karim Belhadj", "a affirmé", "indirect")]),
    ("selon-after-connector", "Or, selon la banque Norvalis, les taux devraient baisser dès mars.",
     [("les taux devraient baisser dès mars", "Norvalis", "selon", "indirect")]),
    ("selon-apposition",
     "Selon Karim Belhadj, secrétaire de presse du ministre, les taux devraient baisser.",
     [("les taux devraient baisser", "Karim Belhadj", "Selon", "indirect")]),
    ("selon-subject-with-incise",
     "Selon Karim Belhadj, les accords, signés hier, resteront valides.",
     [("les accords, signés hier, resteront valides", "Karim Belhadj", "Selon", "indirect")]),
    ("selon-closing", "Les ventes ont reculé de dix pour cent en mars, selon la banque Norvalis.",
     [("Les ventes ont reculé de dix pour cent en mars", "Norvalis", "selon", "indirect")]),
    ("selon-unnamed-source",
     "Selon un rapport publié lundi, les ventes ont reculé de dix pour cent en mars.",
     [("les ventes ont reculé de dix pour cent en mars", None, "Selon", "indirect")]),
    ("incise-named", "Les ventes ont reculé de dix pour cent en mars, indique Claire Damiens.",
     [("Les ventes ont reculé de dix pour cent en mars", "Claire Damiens", "indique",
       "indirect")]),
    ("incise-organisation-noun",
     "Le groupe Norvalis a perdu son procès. Il ne fera pas appel de ce jugement, a annoncé "
     "lundi le groupe.",
     [("Il ne fera pas appel de ce jugement", "Norvalis", "a annoncé", "indirect")]),
    # precision: no named subject, a bare participle, an unresolvable pronoun -> nothing
    ("participle-no-speech",
     "L'accord annoncé que tout le monde attendait a été signé hier à Paris.", []),
    ("pronoun-without-person", "Il a dit que ce serait bientôt fini pour tous.", []),
    ("common-noun-subject",
     "Un porte-parole a affirmé que les négociations reprendraient bientôt.", []),
    ("negated-verb", "Karim Belhadj n'a pas dit que la réforme serait abandonnée cette année.",
     []),
    ("selon-no-source", "Selon les cas, les prix varient fortement d'une ville à l'autre.", []),
    ("mixed-quote-left-to-direct",
     "Claire Damiens a estimé que la hausse était « tout à fait nécessaire » cette année.", []),
    ("incise-unnamed-subject",
     "Les ventes ont reculé de dix pour cent en mars, indique une source proche du dossier.",
     []),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in INDIRECT], ids=[c[0] for c in INDIRECT]
)
def test_indirect_quotes(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert indirect(extractor, text) == expected


def test_indirect_quote_span_and_direct_quote_kept_apart(extractor: Extractor) -> None:
    text = (
        "« Nous tiendrons nos engagements », a déclaré Paul Verlaine-Moreau. "
        "Paul Verlaine-Moreau a ajouté que le calendrier serait publié en juin."
    )
    found = extractor.extract(text).quotes
    assert [q.kind for q in found] == ["direct", "indirect"]
    assert text[found[1].start : found[1].end] == "le calendrier serait publié en juin"
    assert found[1].rule == "indirect-que"
