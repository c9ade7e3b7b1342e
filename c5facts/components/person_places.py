"""Lone surnames the base model reads as a place or an organisation, and lone-name cases.

The base model (WikiNER) tags many lone surnames of the older press LOC or ORG
("Gambetta", "Dufour"), or no entity at all ("Vuilleumier"): they never reach the people
component as candidates. A lone word the model tags LOC, ORG or MISC, or a proper noun it
tags nothing between words that are no names, is a person here when its sentence says so
(`mislabelled_names`; an untagged word is held to a place's rules):

- ``speech`` (a word the model tags LOC only: companies speak as often as people): the
  subject of a speech verb a person utters (`person_speech` in the lexicon) or of a verb
  only a human does, after an auxiliary or not ("Dufour a déclaré", "Dufour répondit"),
  a reflexive one ("Dufour s'est écrié"), or after an inverted speech verb ("a répliqué
  Dufour"); never in an idiom a team or a state says ("a répondu présent", "a déclaré
  forfait", "a déclaré la guerre");
- ``act``: the subject of a verb a person does with its object ("Gambetta a prononcé un
  discours": `person_act` in the lexicon, the verb and its object's head), or a player
  does (`player_act`: "Mbappé a marqué deux buts") unless the word is a city ("Lyon a
  marqué deux buts": a club);
- ``apposition``: a title after a comma ("Dufour, ancien député, ..."), or a noun naming
  a human by occupation or status (`human_noun` in the lexicon: "Durand, cultivateur à
  ...");
- ``coordination`` and ``relative`` (a word the model tags LOC only): "et"/"ni" joins it
  to a person already kept ("Ferry et Dufour"), a comma heads it (LOC) in a list of
  names closed by "et"/"ou" whose next item is a person ("Dufour, Habert et Guérin";
  never a city of the gazetteer), or ", qui" + a speech verb a person utters follows it
  ("Dufour, qui a répliqué");
- ``possessive``: after "de", a noun only a person governs (`person_only_noun`: "les
  obsèques de Combes", "l'assassinat de X"), unless the word is a city of the gazetteer;
- ``nationality`` (a word the model tags LOC or nothing): a country's demonym after a
  definite article before it ("la Française Garcia"; the model's ORG "l'Américain Boeing"
  is a company); so is the name of a two-word LOC or MISC opening on that demonym
  ("l'Espagnol Nadal": `misread_nationals`; a city's name, "l'Italien Milan", is a club);
- ``object`` (a word the model tags LOC or nothing): the direct object of a participle
  only a person is the object of, after "avoir" (`person_object` in the lexicon: "a
  appelé Macron", "avait épousé X", "ont limogé X"); never a city of the gazetteer;
- ``age`` (a word the model tags LOC or nothing): an age in apposition, closed by
  punctuation ("Kewi, 15 ans, a été poignardé", "Djadje (19 ans)");
- ``origin`` (a word the model tags LOC or nothing): a home town of the gazetteer in
  apposition, closed by punctuation or "et" ("Dufour, de Genève, a été nommé", "Favre,
  de Lausanne, et Perrin, de Vevey"), the word opening its clause or a list item and no
  city itself;
- ``same-name``: the word's other mentions, once its sentence made it a person.

Governments and institutions speak too ("Washington a déclaré", "Bercy a répondu",
"l'Élysée a précisé", "Renault a annoncé"), so the guards are strict, all rules and
classes, no names:

- the word is a capitalised alphabetic word in small letters (no acronym, no hyphen:
  "Saint-Malo", "Pas-de-Calais"), opening its clause (never after an article or a
  preposition: "la Russie a affirmé", "le parquet de Tokyo a demandé");
- no country, capital or demonym of the gazetteers, no word of the article's countries,
  no place or organisation word of the lexicon, no seat of government or institution
  named by its building or its city (`seat` in the lexicon: "Bercy", "Matignon",
  "Francfort"); a city of `models/gazetteers/cities.tsv` (generated from GeoNames) is no
  person by a verb a team or a council says too (`team_speech` in the lexicon: "Lyon a
  répondu", "Marseille a répliqué"), though it is by one only a person does ("Rochefort
  s'est écrié"), and a strong given name stays open ("Florence");
- nowhere in the article is the same word a place or an organisation's name: after an
  article, a locative preposition or "chez" ("à Dufour", "en X"), after "de" governed by a
  place or organisation noun or a title ("la ville de X", "le maire de X"), after an
  organisation's head noun ("le groupe X"), or glued to another capitalised word ("X
  Motors").

`lone_word_evidence` adds evidence for lone names the model does call persons:

- ``case``: "l'affaire X", "le procès X", "le cas X" (a case named after its person);
- ``chez``: "chez X", unless an organisation's noun follows in apposition ("chez X, une
  filiale de ...") or the word is elsewhere an organisation's name;
- ``relative``: "X, qui a déclaré ...": a relative clause whose verb only a person does
  (a speech or human verb), after an auxiliary or not;
- ``speech``: "X s'est écrié", a reflexive speech verb (or an adverb after the auxiliary)
  the plain subject rule of `person_context` does not read;
- ``act``: the subject of a verb and object only a person has (`person_act`: "X a prononcé
  un discours"; `player_act`, "X a marqué deux buts", and `passive_act`, "X a été élu",
  unless X is a city: "Lyon a marqué deux buts" is a club, "Lyon a été élue" a city),
  where the verb alone is as often a company's ("a marqué les esprits").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from c5facts.components.person_context import (
    AGE_CLOSERS,
    AUXILIARIES,
    NEGATIONS,
    OF,
    QUE,
    age_after,
    common_opening,
    nationality_at,
    opens_sentence,
    org_before,
    origin_after,
    party_after,
)
from c5facts.components.person_coordination import ARTICLES, closed_list
from c5facts.components.person_names import DETERMINERS, CountriesAt
from c5facts.components.person_titles import Lexicon, human_apposed, not_apposed, title_at
from c5facts.normalise.countries import lookup

MISLABELS = frozenset(["LOC", "ORG", "MISC"])
VIAS = ("name", "capital", "demonym")
REFLEXIVE = frozenset(["s'", "s’", "se"])
BEING = frozenset(["est", "était", "fut"])
# prepositions and articles after which a name is a place or a company's ("chez Renault")
PLACE_BEFORE = frozenset(["à", "au", "aux", "en", "dans", "vers", "depuis", "sur", "chez", "près"])
JOINS = frozenset(["et", "ni"])
# objects that make a speech verb an idiom a team, a city or a state says as well
IDIOMS = frozenset(["présent", "présente", "présents", "présentes", "forfait", "guerre"])
CASES = frozenset(["affaire", "procès", "cas"])
CASE_ARTICLES = frozenset(["l'", "l’", "le", "du", "au", "un", "cette", "ce"])
MAX_OBJECT = 3  # words between a verb of `person_act` and its object's head
# nouns of an organisation in apposition after "chez X," beyond the lexicon's org heads
FIRMS = frozenset(["filiale", "start-up", "maison", "chaîne", "enseigne", "concessionnaire"])
OPENING_MARKS = frozenset(["«", "“"])
CLOSING_MARKS = frozenset(["»", "”"])
STRAIGHT = '"'


def _plain_word(tok: Token) -> bool:
    """A capitalised alphabetic word, the rest in small letters ("Dufour", not "CGT", "PeakX")."""
    text = tok.text
    return tok.is_alpha and len(text) > 2 and text[0].isupper() and text[1:].islower()


def _lone_entity(tok: Token) -> bool:
    """Whether the model reads `tok` alone as a place, an organisation or a work.

    A proper noun the model tags no entity at all counts too, alone between words that
    are no names (the model misses many surnames of the older press: "Vuilleumier").
    """
    doc = tok.doc
    if not tok.ent_type_:
        after = tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()
        before = tok.i > 0 and not opens_sentence(tok) and _plain_word(doc[tok.i - 1])
        before = before and nationality_at(doc, tok.i - 1) is None  # "la Française Garcia"
        return tok.pos_ == "PROPN" and not (after or before)
    if tok.ent_type_ not in MISLABELS or tok.ent_iob_ != "B":
        return False
    return tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I"


def _opens_clause(doc: Doc, i: int) -> bool:
    """Whether `doc[i]` opens a clause: a sentence, a punctuation mark, a conjunction, "que"."""
    if opens_sentence(doc[i]):
        return True
    before = doc[i - 1]
    return before.is_punct or before.pos_ in ("CCONJ", "SCONJ") or before.lower_ in QUE


def _verb_after(doc: Doc, k: int) -> int:
    """Index of the verb after a subject ending at `k`: negation, auxiliary, adverb skipped."""
    if k < len(doc) and doc[k].lower_ in NEGATIONS:
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in REFLEXIVE and doc[k + 1].lower_ in BEING:
        k += 2  # "Dufour s'est écrié"
    elif k < len(doc) and doc[k].lower_ in AUXILIARIES:
        k += 1
    if k + 1 < len(doc) and doc[k].pos_ == "ADV" and doc[k].is_lower:
        k += 1  # "Dufour a aussitôt répondu"
    return k


def _city_reply(lex: Lexicon, doc: Doc, tok: Token) -> bool:
    """Whether `tok` is a city (not a strong given name), subject of a verb a team says too.

    Inverted after a quotation ("« C'est faux », a répliqué X") the speaker is a person.
    """
    if tok.text not in lex.cities or tok.text in lex.strong_first_names:
        return False
    after = _verb_after(doc, tok.i + 1)
    return after < len(doc) and doc[after].lower_ in lex.kinds.get("team_speech", set())


def human_verb(lex: Lexicon, doc: Doc, k: int, verbs: Collection[str]) -> bool:
    """Whether one of `verbs` or a verb only a human does comes at `k` (auxiliary skipped)."""
    k = _verb_after(doc, k)
    if k >= len(doc):
        return False
    word = doc[k].lower_
    if any(t.lower_ in IDIOMS for t in doc[k + 1 : k + 3]):
        return False  # "Lyon a répondu présent", "a déclaré forfait, la guerre": a team, a state
    return word in verbs or word in lex.subject_verbs


def person_act(lex: Lexicon, doc: Doc, k: int, kinds: tuple[str, ...] = ("person_act",)) -> bool:
    """'a prononcé un discours': a verb of `person_act` and its object's head (lexicon pairs)."""
    k = _verb_after(doc, k)
    if k >= len(doc):
        return False
    verb = doc[k].lower_
    heads = [lex.acts[kind][verb] for kind in kinds if verb in lex.acts[kind]]
    return any(t.lower_ in h for h in heads for t in doc[k + 1 : k + 2 + MAX_OBJECT])


def place_use(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether the occurrence `doc[i]` reads as a place's or an organisation's name."""
    if i == 0:
        return False
    before = doc[i - 1]
    if before.lower_ in PLACE_BEFORE or (before.lower_ in ARTICLES and before.is_lower):
        return True  # "à Dufour", "chez X", "la X"
    if before.lower_ in OF and i > 1:
        head = doc[i - 2].lower_
        if head in lex.not_person or head in lex.org_heads or head in lex.titles:
            return True  # "la ville de X", "le groupe de X", "le maire de X"
        if head in PLACE_BEFORE:
            return True  # "près de X"
    if org_before(doc, i, lex.org_heads):
        return True  # "le groupe X", "la firme allemande X"
    glued_before = not opens_sentence(doc[i]) and _plain_word(before) and not before.is_stop
    glued_before = glued_before and not lookup(before.text, "demonym")  # "l'Afghane X"
    glued_before = glued_before and nationality_at(doc, i - 1) is None  # "le Suisse X"
    glued_after = i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha
    return glued_before or glued_after  # "X Motors": part of a longer name


def article_name_place(lex: Lexicon, doc: Doc, article: str, word: str) -> bool:
    """Whether "Le/La X" (`article`, `word`) reads as a place or a venue anywhere in `doc`.

    "à La Coupole", "la brasserie La Coupole", "le maire de La Rochelle": a name, no person.
    """
    for p in range(1, len(doc) - 1):
        if doc[p].text != article or doc[p + 1].text != word:
            continue
        before = doc[p - 1].lower_
        if before in PLACE_BEFORE or org_before(doc, p, lex.org_heads):
            return True
        if before in OF and p > 1:
            head = doc[p - 2].lower_
            if head in lex.not_person or head in lex.org_heads or head in lex.titles:
                return True
    return False


def _never_place(lex: Lexicon, doc: Doc, tok: Token, country_tokens: Collection[int]) -> bool:
    """Whether nothing in the gazetteers, the lexicon or the article makes `tok` a place."""
    word = tok.lower_
    if tok.i in country_tokens or any(lookup(tok.text, via) for via in VIAS):
        return False
    if word in lex.not_person or word in lex.kinds.get("seat", ()):
        return False
    if common_opening(tok, strict=False) and tok.pos_ != "PROPN":
        return False
    return not any(t.text == tok.text and place_use(lex, doc, t.i) for t in doc)


def _evidence(
    lex: Lexicon, doc: Doc, i: int, countries: CountriesAt, starts: Collection[int]
) -> str | None:
    """Why the sentence makes the lone word `doc[i]` a person (see the module doc)."""
    # a company speaks as often as a person ("a déclaré X dans un communiqué"): speech
    # makes a person only of a word the model reads as a place
    place = doc[i].ent_type_ in ("LOC", "")  # a place, or no entity: a company is an ORG
    verbs = lex.kinds.get("person_speech", set()) if place else set()
    if i > 0 and doc[i - 1].lower_ in verbs and doc[i - 1].is_lower:
        return "speech"  # "a répliqué Dufour"
    if _opens_clause(doc, i):
        if human_verb(lex, doc, i + 1, verbs):
            return "speech"
        if person_act(lex, doc, i + 1):
            return "act"
        not_city = ("player_act", "passive_act")
        if person_act(lex, doc, i + 1, not_city) and doc[i].text not in lex.cities:
            return "act"  # "Mbappé a marqué deux buts" ("Lyon a marqué": a club)
    if verbs:  # a place by the model: "Ferry et X", "X, qui a répliqué" say person too
        before = i > 1 and doc[i - 1].lower_ in JOINS and (i - 2) in starts
        if before or (i + 2 < len(doc) and doc[i + 1].lower_ in JOINS and (i + 2) in starts):
            return "coordination"
        # "Déroulède, Habert et Guérin": a place of the model heading a list of names
        # closed by et/ou whose next item is a person (never a city: "Lyon, Dufour et X")
        listed = i + 2 < len(doc) and doc[i + 1].text == "," and (i + 2) in starts
        listed = listed and doc[i].ent_type_ == "LOC" and doc[i].text not in lex.cities
        if listed and closed_list(doc, i + 1):
            return "coordination"
        relative = i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ == "qui"
        if relative and human_verb(lex, doc, i + 3, verbs):
            return "relative"
    k = i + 1
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1
        while k < len(doc) and (doc[k].lower_ in DETERMINERS or doc[k].lower_ in lex.modifiers):
            k += 1
        title = title_at(lex, doc, k, countries) if k < len(doc) else None
        if (
            title is not None
            and title.kind == "title"
            and not not_apposed(lex, doc, title.end, starts, inner=title.inner is not None)
        ):
            return "apposition"  # "Dufour, ancien député, ..."
        if human_apposed(lex, doc, i + 1, starts):
            return "apposition"  # "Durand, cultivateur à ...": a human noun
    if (
        i > 1
        and doc[i - 1].lower_ in OF
        and doc[i - 2].lower_ in lex.person_only_nouns
        and doc[i].text not in lex.cities
    ):
        return "possessive"  # "les obsèques de Combes": no place has a funeral
    if place and _person_object(lex, doc, i):
        return "object"  # "Zelensky a appelé Macron": only a person is phoned or married
    if place and _aged(doc, i):
        return "age"  # "Le 4 octobre, Kewi, 15 ans, a été poignardé": no place has an age
    if party_after(doc, i + 1, lex.parties) and doc[i].text not in lex.cities:
        return "party"  # "Vercoutre (LR)", read as an organisation: no firm has a party
    if place and i > 0 and nationality_at(doc, i - 1) is not None:
        return "nationality"  # "la Française Garcia": a firm is an ORG ("l'Américain Boeing")
    if place and origin_after(lex, doc, i):
        return "origin"  # "Dufour, de Genève, a été nommé": a person's home town
    return None


def _person_object(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether `doc[i]` is the direct object of a participle only a person is the object of.

    "a appelé Macron", "avait épousé X", "ont limogé X" (`person_object` in the lexicon):
    the participle right before the word, after an auxiliary of "avoir" (an adverb
    between: "a aussitôt limogé X"); "est appelé X" names, "a appelé Lyon" is a club or a
    council (never a city of the gazetteer).
    """
    if i < 2 or doc[i - 1].lower_ not in lex.kinds.get("person_object", ()):
        return False
    k = i - 2
    if k > 0 and doc[k].pos_ == "ADV" and doc[k].lower_ not in AUXILIARIES:
        k -= 1
    return doc[k].lower_ in AUXILIARIES and doc[i].text not in lex.cities


def _aged(doc: Doc, i: int) -> bool:
    """Whether an age closed by punctuation follows the word: "X, 15 ans," / "X (15 ans)".

    Closed: "Lyon, 20 ans après" is a time, not Lyon's age.
    """
    end = i + 4  # ", 15 ans" then its closing mark
    if end >= len(doc) or not doc[i + 2].text.isdigit() or age_after(doc, i + 1) is None:
        return False
    return doc[end].text in AGE_CLOSERS


def mislabelled_names(
    lex: Lexicon,
    doc: Doc,
    covered: Collection[int],
    countries: CountriesAt,
    country_tokens: Collection[int],
) -> list[tuple[int, str]]:
    """Lone words the model tags LOC/ORG/MISC that the sentence makes people.

    Returns `(token index, evidence)` pairs; `covered` holds the tokens of the people
    already found (never read again).
    """
    starts = set(covered)
    out: list[tuple[int, str]] = []
    found: set[str] = set()
    for tok in doc:
        if tok.i in covered or not _plain_word(tok) or not _lone_entity(tok):
            continue
        why = _evidence(lex, doc, tok.i, countries, starts)
        if why == "speech" and _city_reply(lex, doc, tok):
            continue  # "Lyon a répondu": a team or a council
        if why is not None and _never_place(lex, doc, tok, country_tokens):
            out.append((tok.i, why))
            found.add(tok.text)
    # its other mentions: no occurrence of the word reads as a place (`_never_place`)
    taken = set(covered) | {i for i, _ in out}
    out += [
        (t.i, "same-name")
        for t in doc
        if t.text in found and t.i not in taken and (t.ent_type_ in MISLABELS or not t.ent_type_)
    ]
    return sorted(out)


def misread_full_names(
    lex: Lexicon, doc: Doc, covered: Collection[int], country_tokens: Collection[int]
) -> list[tuple[int, int]]:
    """Full names the model reads as a place or a work ("du pays de Recep Tayyip Erdogan").

    A span of the model's LOC or MISC of two or three capitalised words in small letters
    whose first is a strong given name (not a date word), none of them a country's; never
    after a locative preposition or a noun naming an organisation, a street or a venue
    ("à Victor Hugo", "la place Victor Hugo"), glued by a hyphen to the word before
    ("Roissy-Charles"), inside quotation marks (a work), nor when the article uses its
    last word elsewhere as a place. Names with particles ("Charles de Gaulle") stay out: airports
    and ships bear them.
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in ("LOC", "MISC") or not 2 <= len(ent) <= 3:
            continue
        toks = list(ent)
        if any(t.i in covered or t.i in country_tokens or not _plain_word(t) for t in toks):
            continue
        first = toks[0]
        if first.text not in lex.strong_first_names or first.lower_ in lex.date_words:
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and (
            before.lower_ in PLACE_BEFORE
            or (before.text == "-" and not before.whitespace_)
            or org_before(doc, ent.start, lex.org_heads)
        ):
            continue
        if inside_quotes(doc, ent.start) or any(
            t.text == toks[-1].text and t.i != toks[-1].i and place_use(lex, doc, t.i) for t in doc
        ):
            continue
        out.append((ent.start, ent.end))
    return out


def misread_nationals(
    lex: Lexicon, doc: Doc, covered: Collection[int], country_tokens: Collection[int]
) -> list[tuple[int, str]]:
    """Names the model reads with the nationality before them as a place ("le Suisse X").

    A span of the model's LOC or MISC of two words, a country's demonym after a definite
    article (`nationality_at`) and a capitalised word in small letters that no use in the
    article makes a place, no city of the gazetteer ("l'Italien Milan" is a club): `(index
    of the name, its country)` pairs.
    """
    out: list[tuple[int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in ("LOC", "MISC") or len(ent) != 2:
            continue
        name = doc[ent.start + 1]
        code = nationality_at(doc, ent.start)
        if code is None or name.i in covered or name.i in country_tokens:
            continue
        if name.text in lex.cities:
            continue  # "l'Italien Milan": a club of the city
        if _plain_word(name) and _never_place(lex, doc, name, country_tokens):
            out.append((name.i, code))
    return out


def inside_quotes(doc: Doc, i: int) -> bool:
    """Whether `doc[i]` stands inside quotation marks opened earlier in its sentence."""
    depth, straight = 0, 0
    sent_start = doc[i].sent.start
    for tok in doc[sent_start:i]:
        if tok.text in OPENING_MARKS:
            depth += 1
        elif tok.text in CLOSING_MARKS:
            depth = max(0, depth - 1)
        elif tok.text == STRAIGHT:
            straight += 1
    return depth > 0 or straight % 2 == 1


def lone_word_evidence(lex: Lexicon, doc: Doc, start: int, end: int) -> str | None:
    """'l'affaire X', 'chez X', 'X, qui a déclaré': evidence for a lone name (module doc)."""
    verbs = lex.speech_verbs | lex.kinds.get("person_speech", set())
    if start > 1 and doc[start - 1].lower_ in CASES and doc[start - 2].lower_ in CASE_ARTICLES:
        return "case"  # "l'affaire Dreyfus", "le procès X"
    if start > 0 and doc[start - 1].lower_ == "chez" and end - start == 1:
        k = end + 1 if end < len(doc) and doc[end].text == "," else end
        while k < len(doc) and doc[k].lower_ in DETERMINERS:
            k += 1
        company = k < len(doc) and (doc[k].lower_ in lex.org_heads or doc[k].lower_ in FIRMS)
        text = doc[start].text
        elsewhere = any(
            t.text == text and t.i != start and org_before(doc, t.i, lex.org_heads) for t in doc
        )
        if not (company or elsewhere):
            return "chez"
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "qui":
        k = end + 2
        if k < len(doc) and doc[k].lower_ in ("lui", "leur", "l'", "l’", "les", "nous", "vous"):
            k += 1  # "X, qui lui a répondu"
        if human_verb(lex, doc, k, verbs):
            return "relative"
    reflexive = _opens_clause(doc, start) and _verb_after(doc, end) > end + 1
    if reflexive and human_verb(lex, doc, end, verbs):
        return "speech"  # "Dupont s'est écrié": a reflexive speech verb
    kinds: tuple[str, ...] = ("person_act",)
    if doc[start].text not in lex.cities:  # "Lyon a marqué", "Lyon a été élue": no person
        kinds = ("person_act", "player_act", "passive_act")
    if _opens_clause(doc, start) and person_act(lex, doc, end, kinds):
        return "act"  # "X a prononcé un discours", "Mbappé a marqué deux buts" (not a city's club)
    return None
