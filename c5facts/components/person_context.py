"""Context evidence for the people component: why a lone word is a person, and their age.

The model tags many single words PER ("Poutine", "Lagarde", "Lula"), and many of them are
not people (headline words, brands, places). A single word is kept when the sentence around
it says "person" (the first reason found is the evidence, `PersonMatch.rule` gets it):

- ``speech``: a speech verb next to it, inverted or as its subject ("a déclaré Lagarde",
  "selon Dupont", "Poutine a répondu", "Poutine estime", "Jaurès écrit" even where the
  tagger reads the present as a participle-adjective), or a sentence opening on "Pour"
  + the name + a comma ("Pour Wauquiez, la droite doit ..."), a line opening on the name,
  a colon and a quotation ("Bayrou : « Nous ... »": `headline_quote`), a capitalised
  demonym between
  ("insiste le Syrien Karim": `demonym_speech`); clitic pronouns may stand between the
  subject and its verb, "ne" before them or not, here and in ``subject`` ("Clemenceau lui
  a répondu", "Jaurès leur a dit", "Thiers ne se représentera pas": `after_clitics`), and
  so may an incise between commas (`incise` in the lexicon: "Thiers, de son côté, a
  répondu", a relative clause: "Crispi, dont la santé décline, a quitté", or a phrase on a
  preposition without a finite verb: "Zola, dans une lettre, a accusé": `incise_end`);
- ``subject``: the subject of a verb only a human does, after an auxiliary ("Dupont a
  démissionné"; `subject_verb` in the lexicon), or of any finite verb when the name opens
  its clause ("Mélenchon souhaite", "alors que Neymar ne vaudrait plus"; `finite_subject`),
  except verbs a company or a thing is as often the subject of (`thing_verb`: "Tesla a
  marqué les esprits"); an adverb may stand between the auxiliary and the participle
  ("Poutine a ensuite répondu", "Henri a aussitôt appelé"); a cleft's focus is the subject
  of the verb after "qui" ("C'est Clemenceau qui a renversé": `cleft_focus`), for speech
  verbs too; the subject after its verb, the sentence opening on an adverb ("Alors parla
  Jaurès.": `inverted_subject`); the subject of a copula before a bare title or human
  noun ("Ciotti sera candidat", "X est devenu ministre": `predicate_noun`);
- ``age``: an age right after it ("Paulette, 88 ans");
- ``relative``: a strong given name before ", qui" ("Lila, qui avait refusé"), or any
  name before a relative clause whose verb only a person does ("Millerand, qui a déclaré
  que": `acting_relative`);
- ``apposition``: a title after a comma ("Dupont, maire de la commune", "X, l'un des
  fondateurs du parti,": `one_of_holders`), unless the title opens the next clause or
  announces its own holder (`person_titles.not_apposed`); a sentence's first word the
  lexicon also knows as a noun ("Dupont") needs the apposition closed by a comma before
  the verb (`closed_apposition`: "Vendredi, le ministre a parlé" is a fronted word); or
  a state only the living are in, closed by a comma (`state_apposed`: "Neymar, blessé
  au genou, a renoncé"), or in an absolute construction (`absolute_state`: "Gambetta
  mort, le parti se cherche un chef");
- ``object``: the object of a verb that takes a person, adverbs or a date between or not
  ("a rencontré Obama", "s'est entretenu avec Obama", "a interpellé violemment Dupont",
  "a reçu mardi soir Briand", "a répondu sèchement à Jaurès": `verb_before`), a cleft's
  focus after "à" ("C'est à Thiers que revient l'honneur": `cleft_object`), the
  name after "face à" ("Face à Zelensky, ..."), of any verb followed by "de"/"à" and the
  infinitive the name is to carry out ("a chargé Giolitti de former", "a invité Motta à
  venir": `control_object`), or of a speech verb after "à" ("a répondu à Aubry":
  `told_to`; "à" is otherwise a place);
- ``possessive``: after "de"/"d'" governed by a noun that takes a person ("le bilan
  d'Obama", "la politique de Merkel") or by a work's title in quotation marks ('"Le
  Silence" de Varenne'), or right after such a noun that takes a bare name
  ("l'administration Biden");
- ``origin``: a home town of the gazetteer in apposition, closed ("Ruchonnet, de
  Lausanne, a été élu": `origin_after`, shared with `person_places`);
- ``coordination``: "et"/"ou"/"ni", "que" after a comparison ("aussi bien Jaurès que
  Blum"), "à" in "de X à Y", "puis" or "ainsi que" joins it to a person already kept or
  to another lone name the model calls PER ("Macron et Scholz", "Lula et Bolsonaro",
  "Jules Ferry, puis Gambetta"), or a comma does inside a list closed by "et"/"ou"
  holding a person, or the name is in a list of three or more that the model all reads
  as persons ("Ont pris la parole : Jaurès, Millerand, Viviani"; `person_coordination`);
- ``regnal``: a regnal number after it makes it a full name on its own ("Pie IX",
  "Elizabeth II", "Jean-Paul II", "François Ier"): see `regnal_end`.

`person_lone` adds a human noun in apposition ("Josiane, une habituée") and a strong
given name alone ("un autre voyage d'Eric"). A name right after a noun that names an
organisation, a brand or a unit ("la marque Thomas Cook", "le parti Ennahdha", "l'unité
Gaula") is no person (`org_before`).

A run of two or more name words the model missed is a person when a title or an age
follows it after a comma ("Lincoln Romain, directeur de ...", "Jack Ma, 56 ans"):
`apposition_start`, leading acronyms dropped ("à l'AFP Lincoln Romain"), never after an
article or a locative preposition ("Le Monde Diplomatique, directeur ...", "à New York, le
secrétaire d'État"), nor a run the model reads as a place.

`age_after` reads the age the article gives right after a mention ("Jack Ma, 56 ans,",
"X (45 ans)", "X, âgé de 45 ans"). Vocabulary (speech verbs, person nouns, organisation
heads) is data: `models/people/lexicon.tsv`.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from c5facts.components.date_ages import age_of_person
from c5facts.components.person_coordination import (
    ARTICLES,
    coordinated_with,
    model_list,
    name_word,
)
from c5facts.components.person_names import DETERMINERS, MAX_NAME, CountriesAt, participle
from c5facts.components.person_titles import MAX_COMPLEMENT, Lexicon, not_apposed, title_at
from c5facts.normalise.countries import lookup, name_as_demonym
from c5facts.spans import DATES

# A regnal number: I to XXXIX, or the French ordinal "Ier" ("François Ier").
REGNAL = re.compile(r"^(?:X{0,3}(?:IX|IV|V?I{0,3})|Ier|Iᵉʳ|1er)$")
OF = frozenset(["de", "d'", "d’", "du"])
AUXILIARIES = frozenset(["a", "avait", "aurait", "avaient", "ont", "aura"])
AGED = frozenset(["âgé", "âgée", "agé", "agée"])
YEARS = frozenset(["ans", "an"])
# What closes an apposed age ("X, 15 ans," / "X (15 ans)"): "X, 20 ans après" is no age.
AGE_CLOSERS = frozenset([",", ")", ".", ";"])
MAX_GAP = 3  # adjective words allowed between an organisation noun and a name
MAX_AGE = 120
OPENERS = frozenset(['"', "«", "“", "—", "–", "-", "("])
CLOSING_QUOTES = frozenset(['"', "»", "”"])
OPENING_POS = frozenset(["ADP", "ADV", "DET", "PRON", "CCONJ", "SCONJ", "NOUN", "ADJ"])
LOCATIVE = frozenset(["à", "en", "dans", "vers", "depuis", "sur", "chez", "près"])
QUE = frozenset(["que", "qu'", "qu’"])
NEGATIONS = frozenset(["ne", "n'", "n’"])
NEGATION_WORDS = frozenset(["pas", "rien", "jamais", "plus", "guère", "point"])
DEMONSTRATIVES = frozenset(["celui", "celle", "ceux", "celles"])  # "celui de X"
COPULAS = frozenset(["est", "était", "sera", "serait", "fut"])
HAVE = frozenset(["a", "avait", "aura", "aurait", "eut"])  # a singular subject's "avoir"
RELATIVES = frozenset(["qui", "dont", "que", "qu'", "qu’"])  # opening a relative clause
MAX_RELATIVE = 12  # words of a relative clause between commas after a name
RELATIVES_AFTER_PREPOSITION = frozenset(["qui", "quoi", "lequel", "laquelle", "lesquels"])
# prepositions opening an adverbial phrase between commas after a name ("X, dans une
# lettre à l'Aurore, a accusé", "X, après une longue discussion, a obtenu")
INCISE_PREPOSITIONS = frozenset(
    [
        "à",
        "au",
        "aux",
        "dans",
        "après",
        "avant",
        "devant",
        "lors",
        "pendant",
        "durant",
        "dès",
        "depuis",
        "sur",
        "en",
        "par",
        "selon",
        "malgré",
        "contre",
        "avec",
        "sans",
        "d'après",
    ]
)
CLEFT_SUBJECTS = frozenset(["c'", "c’", "ce"])  # "c'est X qui", "ce fut X qui"
# the object and reflexive pronouns that stand between a subject and its verb ("Clemenceau
# lui a répondu", "Thiers ne se représentera pas", "Gambetta y prononça un discours")
CLITICS = frozenset(
    ["me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "lui", "leur", "nous", "vous"]
).union(["y", "en", "le", "la", "l'", "l’", "les"])
# adverbs that open a clause of a narrative like a conjunction ("..., puis Gambetta prit")
LINKING_ADVERBS = frozenset(["puis", "ensuite", "alors"])
MAX_CLITICS = 2  # "s'en", "le lui", "ne se l'est"


def opens_sentence(tok: Token) -> bool:
    """Whether `tok` opens a sentence, a line or a quotation."""
    if tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or prev.text in OPENERS


def common_opening(tok: Token, *, strict: bool = True) -> bool:
    """A capitalised sentence opening that is a common word ("Sur", "Pour", "Vendredi").

    With `strict`, a word the model calls PER is never one.
    """
    if not opens_sentence(tok) or (strict and tok.ent_type_ == "PER"):
        return False
    return tok.is_stop or tok.pos_ in OPENING_POS


def is_regnal(text: str) -> bool:
    """Whether `text` is a regnal number ("II", "XVI", "Ier"), never "" or "MM".

    >>> is_regnal("II"), is_regnal("XVI"), is_regnal("Ier"), is_regnal("MM"), is_regnal("")
    (True, True, True, False, False)
    """
    return bool(text) and bool(REGNAL.match(text))


def regnal_end(doc: Doc, end: int) -> int:
    """End of a name widened over a regnal number right after it ("Pie" + "IX")."""
    if end < len(doc) and end > 0 and doc[end - 1].whitespace_ and is_regnal(doc[end].text):
        return end + 1
    return end


def after_clitics(doc: Doc, k: int) -> tuple[int, bool]:
    """Index after "ne" and the clitic pronouns at `k`, and whether any clitic stood there.

    "Clemenceau lui a répondu", "Thiers ne se représentera pas", "Dupont s'est écrié",
    "Poutine n'a rien dit": the verb comes after them.
    """
    j = k + 1 if k < len(doc) and doc[k].lower_ in NEGATIONS else k
    n = 0
    while j < len(doc) and n < MAX_CLITICS and doc[j].lower_ in CLITICS and doc[j].is_lower:
        j, n = j + 1, n + 1
    return j, n > 0


def incise_end(doc: Doc, end: int, incises: Collection[tuple[str, ...]]) -> int:
    """After an incise between commas right after the name ("X, de son côté, a répondu").

    A relative clause between commas is one too ("X, qui était malade, a quitté Rome"), and
    so is a phrase opening on a preposition or a past participle, without a finite verb
    ("X, dans une lettre à l'Aurore, a accusé l'état-major", "X, après une longue
    discussion, a obtenu", "X, expulsé en seconde période, a critiqué l'arbitrage").

    `end` itself when none stands there; `incises`: the lexicon's, as lower-case words.
    """
    if end >= len(doc) or doc[end].text != ",":
        return end
    for words in incises:
        j, n = end + 1, len(words)
        closed = j + n < len(doc) and doc[j + n].text == ","
        if closed and tuple(t.lower_ for t in doc[j : j + n]) == words:
            return j + n + 1
    if end + 1 >= len(doc):
        return end
    opener = doc[end + 1].lower_
    # "Crispi, dont la santé décline, a quitté Rome", "X, à qui l'on reprochait ..., a"
    relative = opener in RELATIVES or (
        opener in INCISE_PREPOSITIONS
        and end + 2 < len(doc)
        and doc[end + 2].lower_ in RELATIVES_AFTER_PREPOSITION
    )
    # "Xavi, expulsé en seconde période, a critiqué": a past participle's phrase
    participle_opens = participle(doc[end + 1])
    if not (relative or participle_opens or opener in INCISE_PREPOSITIONS):
        return end
    for k in range(end + 2, min(end + 2 + MAX_RELATIVE, len(doc))):
        if doc[k].text == ",":
            return k + 1
        if doc[k].is_punct and doc[k].text not in ("'", "’", "-"):
            break
        if not relative and "Fin" in doc[k].morph.get("VerbForm", []):
            break  # "X, à qui l'on reprochait ...," is no phrase: a clause of its own
    return end


def _auxiliary(doc: Doc, k: int, clitic: bool) -> bool:
    """Whether `doc[k]` is an auxiliary: "a", and "est" after a reflexive ("s'est écrié")."""
    word = doc[k].lower_
    return word in AUXILIARIES or (clitic and word in COPULAS)


def speech_evidence(
    doc: Doc, start: int, end: int, verbs: Collection[str], *, placed: bool = False
) -> bool:
    """Whether a speech verb introduces the name (inverted) or follows it as its verb.

    Clitic pronouns may stand between the name and its verb ("Jaurès leur a dit"); with
    `placed`, `end` is known to be the verb's place (after an incise: `incise_end`).
    """
    if start > 0 and doc[start - 1].lower_ in verbs:
        return True  # "a déclaré Lagarde", "selon Dupont"
    k, clitic = after_clitics(doc, end)
    aux = k < len(doc) and _auxiliary(doc, k, clitic)
    if aux:
        k = past_adverbs(doc, k + 1)  # "Poutine a répondu", "a ensuite répondu", "n'a rien dit"
    if k >= len(doc) or doc[k].lower_ not in verbs:
        return False
    # after a clitic and an auxiliary, or an incise, the word is the verb, whatever class
    # the word-class rules gave it ("leur a dit", ", lui, estime" read as nouns); so is a
    # present that is also a participle, read as an adjective, right after a name opening
    # its clause ("Jaurès écrit dans ... que")
    verb = doc[k].pos_ in ("VERB", "AUX", "ADP")
    present = doc[k].pos_ == "ADJ" and k == end and not aux and _opens_clause(doc, start)
    return (clitic and aux) or placed or verb or present


def opinion_of(doc: Doc, start: int, end: int) -> bool:
    """'Pour X, la droite doit ...': a sentence opening on "Pour" + the name + a comma.

    The press's way of giving someone's view, as "selon X" does.
    """
    return (
        start > 0
        and doc[start - 1].lower_ == "pour"
        and opens_sentence(doc[start - 1])
        and end < len(doc)
        and doc[end].text == ","
    )


_OPENING_QUOTES = frozenset(["«", '"', "“"])


def headline_quote(doc: Doc, start: int, end: int) -> bool:
    """'Bayrou : « Nous ne céderons pas »': a name opening its line, a colon, a quotation.

    The press's way of giving a speaker his words in a title or a kicker.
    """
    return (
        opens_sentence(doc[start])
        and end + 1 < len(doc)
        and doc[end].text == ":"
        and doc[end + 1].text in _OPENING_QUOTES
    )


def demonym_speech(doc: Doc, start: int, countries: CountriesAt, verbs: Collection[str]) -> bool:
    """'insiste le Syrien Karim': a speech verb, an article, a capitalised demonym, the name."""
    for first, (last, match) in countries.items():
        if last != start or match.via != "demonym" or not doc[first].text[:1].isupper():
            continue
        return first > 1 and doc[first - 1].lower_ in ARTICLES and doc[first - 2].lower_ in verbs
    return False


def subject_evidence(doc: Doc, end: int, verbs: Collection[str]) -> bool:
    """'Dupont a démissionné': a verb only a human does, in the past, with the name as subject.

    Clitic pronouns may stand between ("Dupont nous a quittés").
    """
    k, clitic = after_clitics(doc, end)
    if not (k + 1 < len(doc) and _auxiliary(doc, k, clitic)):
        return False
    k = past_adverbs(doc, k + 1)  # "Dupont n'a jamais démissionné"
    return k < len(doc) and doc[k].lower_ in verbs and doc[k].pos_ in ("VERB", "AUX")


def past_adverbs(doc: Doc, k: int) -> int:
    """The index after up to two adverbs or negation words at `k`, before a participle.

    "a ensuite répondu", "n'a rien dit", "n'a pas encore répondu"; the participle must
    follow them (`k` itself when nothing does).
    """
    i = k
    for _ in range(2):
        tok = doc[i] if i + 1 < len(doc) else None
        if (
            tok is None
            or not tok.is_lower
            or not (tok.pos_ == "ADV" or tok.lower_ in NEGATION_WORDS)
        ):
            break
        i += 1
    return i


def finite_subject(doc: Doc, start: int, end: int, thing_verbs: Collection[str]) -> bool:
    """Whether the name is the subject of a finite verb right after it ("Neymar a marqué").

    A negation and clitic pronouns may come between ("Mélenchon souhaite", "Neymar ne
    vaudrait plus", "Thiers ne se représentera pas", "Gambetta y prononça"). A verb
    whose subject is as often a company or a thing (`thing_verbs`: "Tesla a marqué les
    esprits", "Tesla domine") says nothing.

    Only for a word the model calls a person: it opens a clause (sentence start, a
    punctuation mark, a conjunction, "que", "puis"), so "le Covid a tué" (an article) or "à
    Soumy ont lieu" (a preposition) never count.
    """
    if not _opens_clause(doc, start):
        return False
    k, _ = after_clitics(doc, end)
    if k >= len(doc):
        return False
    verb = doc[k]
    if verb.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm", []):
        return False
    if verb.lower_ in AUXILIARIES | COPULAS:
        # "a répondu", "est arrivé": a participle must follow ("Dupont a 45 ans": no), up to
        # two adverbs or negation words may come between ("a ensuite pu", "n'a rien cédé",
        # "n'a pas encore répondu")
        k = past_adverbs(doc, k + 1) - 1
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        return (
            nxt is not None
            and nxt.pos_ in ("VERB", "AUX")
            and "Part" in nxt.morph.get("VerbForm", [])
            and nxt.lower_ not in thing_verbs
        )
    return verb.pos_ == "VERB" and verb.lower_ not in thing_verbs


def cleft_focus(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is a cleft's focus, subject of the relative verb after it.

    "C'est Clemenceau qui a renversé le ministère", "c'était Gambetta qui parlait".
    """
    return (
        start > 1
        and end < len(doc)
        and doc[end].lower_ == "qui"
        and doc[start - 1].lower_ in COPULAS
        and doc[start - 2].lower_ in CLEFT_SUBJECTS
    )


def cleft_object(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is a cleft's focus after "à": "C'est à Thiers que revient l'honneur".

    The one something falls to, is given or is owed; a place takes "à" too ("c'est à
    Paris que"), so only a name the model reads as a person is asked.
    """
    return (
        start > 2
        and end < len(doc)
        and doc[end].lower_ in QUE
        and doc[start - 1].lower_ == "à"
        and doc[start - 2].lower_ in COPULAS
        and doc[start - 3].lower_ in CLEFT_SUBJECTS
    )


def absolute_state(doc: Doc, start: int, end: int, states: Collection[str]) -> bool:
    """Whether the name opens its clause, followed by a state only a being is in and a comma.

    The older press's absolute construction: "Gambetta mort, le parti se cherche un
    chef", "Ruchonnet malade, la séance fut ajournée" (`human_state` in the lexicon).
    """
    return (
        _opens_clause(doc, start)
        and end + 1 < len(doc)
        and doc[end].lower_ in states
        and doc[end + 1].text == ","
    )


def _opens_clause(doc: Doc, start: int) -> bool:
    """Whether `doc[start]` opens a clause: a sentence, a mark, a conjunction, "que", "puis".

    A cleft's focus opens its relative clause ("c'est X qui a renversé").
    """
    if start == 0:
        return True
    if start + 1 < len(doc) and cleft_focus(doc, start, start + 1):
        return True
    before = doc[start - 1]
    opens = before.is_punct or before.pos_ in ("CCONJ", "SCONJ") or before.lower_ in QUE
    opens = opens or before.lower_ in LINKING_ADVERBS  # "puis Gambetta prit la parole"
    return opens or opens_sentence(doc[start])


def human_state(
    doc: Doc, start: int, end: int, states: Collection[str], haves: Collection[str] = ()
) -> bool:
    """Whether the name opens a clause and "est" + a state only a living being is in follows.

    "Wilson est malade", "que Stresemann est gravement malade", "la reine serait
    souffrante" (`human_state` in the lexicon); or "avoir" + what only a living being has:
    "Lamartine avait raison", "X a peur" (`human_have`). Up to two adverbs between.
    """
    if not _opens_clause(doc, start):
        return False
    k, _ = after_clitics(doc, end)
    if k >= len(doc):
        return False
    verb = doc[k].lower_
    wanted = states if verb in COPULAS else haves if verb in HAVE else ()
    if not wanted:
        return False
    k = past_adverbs(doc, k + 1)
    return k < len(doc) and doc[k].lower_ in wanted


# the copula's participles and "devenir" before a predicate noun ("est devenu ministre")
_BECOME = frozenset(["devenu", "devenue", "redevenu", "redevenue", "resté", "restée"])
_BECOMES = frozenset(["devient", "deviendra", "devint", "deviendrait", "devenait", "redevient"])


def predicate_noun(doc: Doc, start: int, end: int, nouns: Collection[str]) -> bool:
    """Whether the name opens a clause and is said to be a title or a human noun, bare.

    "Ciotti sera candidat", "Dupont est devenu ministre", "X devient président": only a
    person is a bare title or occupation; with a determiner ("Lyon est une candidate") or
    an adjective ("X est grand") it says nothing.
    """
    if not _opens_clause(doc, start):
        return False
    k, _ = after_clitics(doc, end)
    if k >= len(doc) or doc[k].lower_ not in COPULAS | _BECOMES:
        return False
    k = past_adverbs(doc, k + 1)
    if k < len(doc) and doc[k].lower_ in _BECOME and doc[k - 1].lower_ in COPULAS:
        k += 1
    return k < len(doc) and doc[k].is_lower and doc[k].lower_ in nouns


def state_apposed(doc: Doc, end: int, states: Collection[str]) -> bool:
    """Whether a state only a living being is in stands apposed after the name, closed.

    "Neymar, blessé, était absent", "X, visiblement ému, a remercié", "X, blessé au
    genou, a renoncé" (`human_state` in the lexicon; one adverb before it, a complement of
    a few words after it). Closed by a comma before any verb.
    """
    k = end + 1
    if k >= len(doc) or doc[end].text != ",":
        return False
    if doc[k].pos_ == "ADV" and doc[k].is_lower:
        k += 1  # "visiblement ému"
    if k >= len(doc) or doc[k].lower_ not in states:
        return False
    for j in range(k + 1, min(len(doc), k + 2 + _STATE_COMPLEMENT)):
        if doc[j].text == ",":
            return True
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
            return False
    return False


_STATE_COMPLEMENT = 4  # words after the state before its closing comma: "blessé au genou"


def one_of_holders(lex: Lexicon, doc: Doc, k: int) -> bool:
    """Whether "l'un des" / "l'une des" and a title in the plural stand before `k`.

    "X, l'un des fondateurs du parti", "X, l'une des dirigeantes": one of the holders of a
    title, a person (the lexicon lists titles in the singular).
    """
    if k < 2 or k >= len(doc) or doc[k - 1].lower_ != "des":
        return False
    if doc[k - 2].lower_ not in ("un", "une"):
        return False
    word = doc[k].lower_
    return word[-1:] in ("s", "x") and word[:-1] in lex.titles


def closed_apposition(doc: Doc, k: int) -> bool:
    """Whether the apposition opening at `k` closes with a comma right before a finite verb.

    "Dupont, le ministre de l'Intérieur, a parlé": the name before it is the verb's
    subject; a fronted adverb takes no apposition ("Vendredi, le ministre a parlé").
    """
    for j in range(k, min(k + MAX_COMPLEMENT, len(doc) - 1)):
        tok = doc[j]
        if tok.pos_ in ("VERB", "AUX") or tok.text in ";:.!?()":
            return False
        if tok.text == ",":
            verb, _ = after_clitics(doc, j + 1)
            return verb < len(doc) and "Fin" in doc[verb].morph.get("VerbForm", [])
    return False


def object_evidence(
    doc: Doc, start: int, verbs: Collection[str], meetings: Collection[str] = ()
) -> bool:
    """'a rencontré Obama', 's'est entretenu avec Obama', 'a interpellé violemment Dupont'.

    A noun of a meeting before "avec" (`meetings`: "l'entrevue avec Mussolini", "un
    entretien avec Motta") takes a person as its verb does.
    """
    if verb_before(doc, start - 1, verbs):
        return True
    if start > 1 and doc[start - 1].lower_ == "avec" and doc[start - 2].lower_ in meetings:
        return True
    linked = start > 1 and doc[start - 1].lower_ in ("avec", "à")
    return linked and (verb_before(doc, start - 2, verbs) or facing(doc, start))


def verb_before(doc: Doc, i: int, verbs: Collection[str]) -> bool:
    """Whether a verb of `verbs` ends at `i`, adverbs or a date between it and what follows.

    "a répondu sèchement à Jaurès", "a reçu mardi soir Briand", "a rencontré hier Obama":
    a manner or a time put between a verb and its object changes nothing of whom it takes.
    """
    for _ in range(3):
        if i < 0:
            return False
        if doc[i].lower_ in verbs:
            return True
        dated = next((s.start for s in doc.spans.get(DATES, ()) if s.end == i + 1), None)
        if dated is not None:
            i = dated - 1  # a date, whole: "mardi soir", "lundi dernier"
        elif doc[i].pos_ == "ADV":
            i -= 1
        else:
            return False
    return False


def ballot_or_homage(lex: Lexicon, doc: Doc, start: int, end: int) -> bool:
    """'a voté pour Chirac', 'appelé à voter contre X', 'rendu hommage à Jaurès'.

    The one voted for or against is a candidate (`vote_verb` + "pour"/"contre"), the one
    paid homage a person (`homage_noun` + "à"); a party of the lexicon and a city of the
    gazetteer are no candidates ("voter pour LR", "voter pour Paris" in a contest).
    """
    if start < 2 or end - start != 1 or doc[start].text in lex.parties:
        return False
    if doc[start].text in lex.cities:
        return False
    link, head = doc[start - 1].lower_, doc[start - 2].lower_
    if link in ("pour", "contre"):
        return head in lex.kinds.get("vote_verb", set())
    return link == "à" and head in lex.kinds.get("homage_noun", set())


_CONTROL_LINKS = frozenset(["de", "d'", "à"])
_INFINITIVE_CLITICS = frozenset(["se", "s'", "en", "y", "le", "la", "les", "l'", "lui", "leur"])


def control_object(doc: Doc, start: int, end: int) -> bool:
    """'a chargé Giolitti de former', 'a invité Motta à venir': who is asked to act.

    A participle or finite verb, the name as its object, then "de"/"à" and an infinitive
    (clitics between): the name is the one the infinitive's action falls to, an agent.
    The construction is the evidence, not the verb: "prié", "exhorté", "autorisé",
    "poussé", "convaincu" all take it.
    """
    if start == 0 or end + 1 >= len(doc) or doc[start - 1].pos_ != "VERB":
        return False
    if doc[end].lower_ not in _CONTROL_LINKS:
        return False
    k = end + 1
    while k < len(doc) - 1 and doc[k].lower_ in _INFINITIVE_CLITICS:
        k += 1
    return doc[k].pos_ in ("VERB", "AUX") and "Inf" in doc[k].morph.get("VerbForm", [])


def facing(doc: Doc, start: int) -> bool:
    """'face à X': the name someone faces (a person when the model reads one)."""
    return start > 1 and doc[start - 1].lower_ == "à" and doc[start - 2].lower_ == "face"


def told_to(doc: Doc, start: int, verbs: Collection[str]) -> bool:
    """'a répondu à Aubry', 'a écrit à Dupont': a speech verb, then "à", then the name.

    Adverbs or a date may stand between the verb and "à" (`verb_before`).
    """
    return start > 1 and doc[start - 1].lower_ == "à" and verb_before(doc, start - 2, verbs)


def apposition_start(doc: Doc, comma: int, particles: Collection[str]) -> int | None:
    """Start of a run of two or more name words ending at `comma`, None when there is none."""
    start = comma
    while start > 0 and comma - start < MAX_NAME:
        prev = doc[start - 1]
        glued = prev.text == "-" and not prev.whitespace_
        if prev.lower_ in ARTICLES or not (name_word(prev) or glued or prev.text in particles):
            break
        start -= 1
    # leading acronyms are the source's or employer's ("l'AFP Lincoln Romain"); a capitalised
    # word opening the sentence may be a common word ("Sur Twitter, ...", "Vendredi X, ...")
    while start < comma and (
        (doc[start].is_upper and len(doc[start].text) > 1) or common_opening(doc[start])
    ):
        start += 1
    if start > 0 and doc[start - 1].lower_ in ARTICLES | LOCATIVE:
        return None  # "Le Monde Diplomatique, directeur ...", "à New York, le ministre ..."
    if all(t.ent_type_ == "LOC" for t in doc[start:comma]):
        return None  # the model reads a place
    names = sum(1 for t in doc[start:comma] if name_word(t))
    if names < 2 or not name_word(doc[start]):
        return None
    return start


# What closes a home town in apposition: "Favre, de Lausanne, et ...", "X, de Vevey ;"
_ORIGIN_CLOSERS = frozenset([",", ";", ")", ".", ":"])


def origin_after(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether a home town stands in apposition after the word: "Dufour, de Genève,".

    The older press names a person by surname and town ("Favre, de Lausanne, et Perrin,
    de Vevey, ont été élus"); a place is never so named, nor a city (`cities.tsv`) itself.
    The word opens its clause or a list item (after punctuation, "et" or "ou").
    """
    end = i + 4
    if end >= len(doc) or doc[i].text in lex.cities:
        return False
    if i > 0 and not (doc[i - 1].is_punct or doc[i - 1].lower_ in ("et", "ou")):
        return False
    town = doc[i + 3]
    return (
        doc[i + 1].text == ","
        and doc[i + 2].lower_ in OF
        and town.text in lex.cities
        and (doc[end].text in _ORIGIN_CLOSERS or doc[end].lower_ in ("et", "ou"))
    )


def possessive_evidence(
    doc: Doc, start: int, nouns: Collection[str], bare: Collection[str]
) -> bool:
    """'le bilan d'Obama', 'la politique de Merkel', 'l'administration Biden'.

    A work's title in quotation marks governs its author the same way ('"Le Silence" de
    Varenne', '« Les Misérables » de Hugo').
    """
    if start > 1 and doc[start - 1].lower_ in OF and doc[start - 2].lower_ in nouns:
        return True
    if start > 2 and doc[start - 1].lower_ in OF and doc[start - 3].lower_ in nouns:
        between = doc[start - 2]  # "l'attitude politique de Caillaux": one adjective
        if between.pos_ == "ADJ" and between.is_lower:
            return True
    if start > 2 and doc[start - 1].lower_ in OF and doc[start - 2].text in CLOSING_QUOTES:
        return True  # '"Le Silence" de Varenne': the author of a work
    return start > 0 and doc[start - 1].lower_ in bare


def org_before(doc: Doc, start: int, heads: Collection[str]) -> bool:
    """Whether a noun naming an organisation, brand or unit stands right before the name.

    Lower-case adjectives may come between ("le groupe chinois Fosun", "le parti
    islamo-conservateur Ennahdha"), a compound one split by the tokenizer too ("le parti
    national-conservateur grec X").
    """
    return org_head_at(doc, start, heads) is not None


def title_opens_org(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether the capitalised title at `i` opens an organisation's name after its head noun.

    "la Fondation Abbé Pierre", "le lycée Maréchal Foch": the title names no holder.
    """
    return doc[i].text[:1].isupper() and org_before(doc, i, lex.org_heads)


def org_head_at(doc: Doc, start: int, heads: Collection[str]) -> int | None:
    """Index of the noun of `heads` before the name (lower-case adjectives between), if any."""
    i = start - 1
    for _ in range(MAX_GAP + 1):
        if i < 0:
            return None
        tok = doc[i]
        if tok.lower_ in heads:
            return i
        compound = i > 1 and _glued_hyphen(doc, i - 1) and doc[i - 2].is_lower and tok.is_lower
        if compound:  # "national-conservateur" split by the tokenizer: one adjective
            i -= 3
            continue
        if not (tok.is_alpha or "-" in tok.text) or not tok.is_lower or tok.pos_ != "ADJ":
            return None
        i -= 1
    return None


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether `doc[i]` is a hyphen glued to both its neighbours ("national-conservateur")."""
    return doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def relative_after(lex: Lexicon, doc: Doc, start: int, end: int) -> bool:
    """'Abdallah, qui avait refusé': a given name alone before ", qui".

    Only a given name: a company or a place is as often the antecedent of "qui"
    ("Renault, qui a annoncé"). A strong given name is enough; a rarer listed one
    ("Lila") when the model also reads a person there.
    """
    word = doc[start]
    given = word.text in lex.strong_first_names or (
        word.text in lex.first_names and word.ent_type_ == "PER"
    )
    return end + 1 < len(doc) and given and doc[end].text == "," and doc[end + 1].lower_ == "qui"


def acting_relative(lex: Lexicon, doc: Doc, end: int) -> bool:
    """'X, qui a déclaré que ...': a relative clause whose verb only a person does.

    The verb is a speech verb or a human act of the lexicon (`speech_verb`,
    `subject_verb`), clitics and an auxiliary before it as after a subject.
    """
    if not (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "qui"):
        return False
    verb_at = end + 2
    return speech_evidence(doc, verb_at, verb_at, lex.speech_verbs) or subject_evidence(
        doc, verb_at, lex.subject_verbs
    )


# adverbs opening a sentence before a verb and its inverted subject ("Alors parla X.")
INVERSION_ADVERBS = frozenset(["alors", "ainsi", "puis", "ensuite", "enfin", "là", "aussitôt"])


def inverted_subject(doc: Doc, start: int, end: int, thing_verbs: Collection[str]) -> bool:
    """'Alors parla Jaurès.', 'Puis vint Millerand, ...': the subject after its verb.

    The sentence opens on an adverb of `INVERSION_ADVERBS`, a finite verb follows it
    (never one a thing does as often), then the name, which ends the clause.
    """
    if start < 2 or end >= len(doc) or not doc[end].is_punct:
        return False
    verb, adverb = doc[start - 1], doc[start - 2]
    return (
        adverb.lower_ in INVERSION_ADVERBS
        and opens_sentence(adverb)
        and verb.pos_ == "VERB"
        and "Fin" in verb.morph.get("VerbForm", [])
        and verb.lower_ not in thing_verbs
    )


def age_after(doc: Doc, end: int) -> int | None:
    """Age given right after a mention: "X, 56 ans", "X (56 ans)", "X, âgé de 45 ans".

    Also after a noun group naming the person ("X, graphiste de 32 ans", "X, ancien
    militaire de 25 ans": `date_ages.age_of_person`). None when the words after the name
    say no age (a number without "ans", a range...).
    """
    k = end
    if k >= len(doc) or doc[k].text not in (",", "("):
        return None
    k += 1
    if k + 1 < len(doc) and doc[k].lower_ in AGED and doc[k + 1].lower_ in OF:
        k += 2
    else:
        k = _apposed_age_at(doc, k)
    if k + 1 >= len(doc) or not doc[k].text.isdigit() or doc[k + 1].lower_ not in YEARS:
        return None
    age = int(doc[k].text)
    return age if 0 < age <= MAX_AGE else None


_APPOSITION_REACH = 5  # words of a noun group before "de 32 ans"
# Forms of "avoir" that tell an age ("X a 45 ans"), of dying, and the words before the count.
HAS_AGE = frozenset(["a", "avait", "aura", "aurait"])
DIED = frozenset(
    ["mort", "morte", "décédé", "décédée", "meurt", "décède", "mourut", "décéda", "éteint"]
)
AT_AGE = (("à", "l'", "âge", "de"), ("à", "l’", "âge", "de"), ("à",))  # the longest first


def age_of_mention(doc: Doc, start: int, end: int) -> int | None:
    """The age the article gives a kept person at this mention, in any of its forms.

    `age_after`'s appositions, and the forms that are no evidence of a person by
    themselves (a city or a club "a 100 ans" too): a predicate ("X a 45 ans.", "X, qui a
    45 ans,"), a death at an age ("X est mort à 87 ans", "X s'est éteint à l'âge de 90
    ans"), a fronted apposition ("Âgé de 45 ans, X ...").
    """
    age = age_after(doc, end)
    if age is not None:
        return age
    k = end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "qui":
        k += 2  # "X, qui a 45 ans,"
    if k + 1 < len(doc) and doc[k].lower_ in HAS_AGE:
        age = _count_of_years(doc, k + 1, closed=True)
    for j in range(k, min(k + 3, len(doc))):
        if age is None and doc[j].lower_ in DIED:
            for words in AT_AGE:
                if tuple(t.lower_ for t in doc[j + 1 : j + 1 + len(words)]) == words:
                    age = _count_of_years(doc, j + 1 + len(words))
                    break
    return age if age is not None else _fronted_age(doc, start)


def _count_of_years(doc: Doc, k: int, *, closed: bool = False) -> int | None:
    """The count of "45 ans" at `k`; with `closed`, only when the phrase ends there."""
    if k + 1 >= len(doc) or not doc[k].text.isdigit() or doc[k + 1].lower_ not in YEARS:
        return None
    after = doc[k + 2] if k + 2 < len(doc) else None
    if closed and after is not None and after.text not in AGE_CLOSERS and after.lower_ != "et":
        return None  # "X a 45 ans de carrière": a length
    age = int(doc[k].text)
    return age if 0 < age <= MAX_AGE else None


def _fronted_age(doc: Doc, start: int) -> int | None:
    """The age opening the sentence before the name: "Âgé de 45 ans, X a été arrêté"."""
    k = start - 1
    if k < 4 or doc[k].text != ",":
        return None
    first = doc[k - 4]
    if first.lower_ not in AGED or doc[k - 3].lower_ not in OF or not opens_sentence(first):
        return None
    return _count_of_years(doc, k - 2)


def _apposed_age_at(doc: Doc, k: int) -> int:
    """Where the count of "X, graphiste de 32 ans" starts (`k` when no such group)."""
    for j in range(k + 1, min(len(doc) - 2, k + _APPOSITION_REACH + 1)):
        if doc[j - 1].is_punct and doc[j - 1].text != "-":
            return k  # the noun group ends before any "de 32 ans"
        if doc[j].lower_ in OF and doc[j + 1].text.isdigit() and doc[j + 2].lower_ in YEARS:
            # closed as an apposition: "Près de X, un retraité de 70 ans a été..." opens
            # a clause of its own
            closed = j + 3 >= len(doc) or doc[j + 3].text in AGE_CLOSERS
            return j + 1 if closed and age_of_person(doc, j) else k
    return k


# The definite articles before a demonym naming a person's nationality ("l'Argentin X").
NATIONALITY_ARTICLES = frozenset(["le", "la", "l'", "l’"])


def nationality_at(doc: Doc, i: int) -> str | None:
    """The country of a capitalised demonym at `i` after a definite article, if any.

    "le Brésilien Neymar", "l'Argentin Messi", "la Française Garcia": the press names a
    player's or a leader's nationality before the name, as it would a title ("le Suisse
    X" too, whose demonym is the country's name).
    """
    tok = doc[i]
    if i == 0 or not tok.is_title or doc[i - 1].lower_ not in NATIONALITY_ARTICLES:
        return None
    code = lookup(tok.text, "demonym")
    if code is None and doc[i - 1].lower_ == "le":
        code = name_as_demonym(tok.text)  # "le Suisse X" (the country is "la Suisse")
    return code


def party_after(doc: Doc, end: int, parties: Collection[str]) -> bool:
    """'Dupont (LR)', 'Dupont (PS, Paris)': a party in parentheses right after the name."""
    return (
        end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 1].text in parties
        and doc[end + 2].text in (")", ",")
    )


def lone_name_evidence(
    lex: Lexicon, doc: Doc, start: int, end: int, countries: CountriesAt, people: Collection[int]
) -> str | None:
    """Why the sentence makes the lone name `doc[start:end]` a person, None if nothing does.

    `people` holds the first and last token of every person kept so far (coordination).
    """
    verb_at = incise_end(doc, end, lex.incises)  # "X, de son côté, a répondu"
    if cleft_focus(doc, start, end):
        verb_at = end + 1  # "C'est Clemenceau qui a renversé": the verb after "qui"
    placed = verb_at > end
    if speech_evidence(doc, start, verb_at, lex.speech_verbs, placed=placed) or demonym_speech(
        doc, start, countries, lex.speech_verbs
    ):
        return "speech"
    if opinion_of(doc, start, end) or headline_quote(doc, start, end):
        return "speech"  # "Pour Wauquiez, la droite ...", "Bayrou : « Nous ... »"
    if subject_evidence(doc, verb_at, lex.subject_verbs) or finite_subject(
        doc, start, verb_at, lex.thing_verbs
    ):
        return "subject"
    if human_state(doc, start, verb_at, lex.human_states, lex.human_haves):
        return "subject"  # "Wilson est malade", "Lamartine avait raison"
    if predicate_noun(doc, start, verb_at, lex.predicate_nouns):
        return "subject"  # "Ciotti sera candidat", "Dupont est devenu ministre"
    if age_after(doc, end) is not None:
        return "age"  # "Paulette, 88 ans"
    if party_after(doc, end, lex.parties):
        return "party"  # "Vercoutre (LR) a voté contre": a politician
    if start > 0 and nationality_at(doc, start - 1) is not None:
        return "nationality"  # "le Brésilien Neymar" (the model reads the name PER)
    if relative_after(lex, doc, start, end) or acting_relative(lex, doc, end):
        return "relative"  # "Lila, qui avait refusé", "Millerand, qui a déclaré"
    if inverted_subject(doc, start, end, lex.thing_verbs):
        return "subject"  # "Alors parla Jaurès."
    meetings = lex.kinds.get("meeting_noun", set())
    if object_evidence(doc, start, lex.object_verbs, meetings) or told_to(
        doc, start, lex.speech_verbs
    ):
        return "object"
    if control_object(doc, start, end):
        return "object"  # "a chargé Giolitti de former le cabinet"
    if ballot_or_homage(lex, doc, start, end):
        return "object"  # "a voté pour Chirac", "rendu hommage à Jaurès"
    k = end
    # "Vendredi, l'avocat a dit": a fronted adverb, not a name in apposition; a word the
    # lexicon also knows as a noun ("Dupont") that the model reads as a person is a name
    # when the apposition closes before the verb ("Dupont, le ministre, a parlé")
    fronted = common_opening(doc[start], strict=False)
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1
        while k < len(doc) and (
            doc[k].lower_ in DETERMINERS
            or doc[k].lower_ in lex.modifiers
            or (doc[k].lower_ == "des" and doc[k - 1].lower_ in ("un", "une"))  # "l'un des"
        ):
            k += 1
        title = title_at(lex, doc, k, countries) if k < len(doc) else None
        apposed = title is not None and title.kind in ("title", "relation")
        if (
            apposed
            and title is not None
            and not not_apposed(lex, doc, title.end, people, inner=title.inner is not None)
            and (not fronted or (doc[start].ent_type_ == "PER" and closed_apposition(doc, k)))
        ):
            return "apposition"
        if one_of_holders(lex, doc, k) and closed_apposition(doc, k):
            return "apposition"  # "Vidal, l'un des fondateurs du parti, a parlé"
    if possessive_evidence(doc, start, lex.person_nouns, lex.person_nouns_bare):
        return "possessive"
    if end - start == 1 and origin_after(lex, doc, start):
        return "origin"  # "Ruchonnet, de Lausanne, a été élu": a home town in apposition
    if state_apposed(doc, end, lex.human_states):
        return "apposition"  # "Neymar, blessé, était absent": a state only the living are in
    if absolute_state(doc, start, end, lex.human_states):
        return "apposition"  # "Gambetta mort, le parti ...": an absolute construction
    if cleft_object(doc, start, end):
        return "object"  # "C'est à Thiers que revient l'honneur"
    if coordinated_with(doc, start, end, people, lex.links):
        return "coordination"
    listed = model_list(doc, start, end)
    if (
        listed is not None
        and not org_before(doc, listed, lex.org_heads | lex.group_heads)
        and not (listed > 0 and doc[listed - 1].text in ('"', "«", "“"))  # a title: « X, Y »
    ):
        return "coordination"  # "Jaurès, Millerand, Viviani"
    if parallel_of(doc, start, people):
        return "parallel"
    return None


def parallel_of(doc: Doc, start: int, people: Collection[int]) -> bool:
    """'le discours de M. X fut applaudi ; celui de Musy le fut moins': "celui de" a person.

    The demonstrative stands for a noun the sentence said of a person before ("la droite
    de Sarkozy et celle de Fillon"): the name after it is a person too, and so is the
    name before it when the one after it is.
    """
    if start < 2 or doc[start - 1].lower_ not in OF:
        return False
    sent = doc[start].sent
    after_of = [p for p in people if sent.start < p < sent.end and doc[p - 1].lower_ in OF]
    if doc[start - 2].lower_ in DEMONSTRATIVES:
        return any(p < start for p in after_of)
    return any(p > start and doc[p - 2].lower_ in DEMONSTRATIVES for p in after_of)
