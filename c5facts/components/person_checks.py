"""The precision guards of the people component: what is no person (its step 3).

A name holding an organisation or place word, a capital or a counted country; headline
capitals; a name in quotes; a single word in parentheses, after "les"/"des" or after a
locative; a fronted place ("À Saint Louis, ..."); a name beside "&"; a name after a noun
naming an organisation, brand or group. See `c5facts.components.people` for the whole
list and its examples.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from c5facts.components.person_announced import acronym_like, honoured_title
from c5facts.components.person_context import (
    facing,
    is_regnal,
    opens_sentence,
    org_before,
    org_head_at,
    title_opens_org,
)
from c5facts.components.person_coordination import list_start, name_range
from c5facts.components.person_given import brand_context, title_org_holder
from c5facts.components.person_mentions import Candidate
from c5facts.components.person_names import DETERMINERS, is_initial, is_name_word
from c5facts.components.person_titles import Lexicon
from c5facts.components.quote_marks import MARKS as QUOTE_MARKS
from c5facts.normalise.countries import lookup

OPEN_QUOTES = frozenset(['"', "«", "“", "'"])
CLOSE_QUOTES = frozenset(['"', "»", "”", "'"])
PLURAL_DETERMINERS = frozenset(["les", "des", "aux", "ces"])
LOCATIVE = frozenset(["à", "au", "aux", "en", "dans", "vers", "depuis"])
# place words that end a place's name after a given name ("Caroline du Nord")
DIRECTIONS = frozenset(["nord", "sud", "est", "ouest", "orient", "occident"])


def surname_in_capitals(
    lex: Lexicon, doc: Doc, cand: Candidate, toks: list[Token], honoured: bool
) -> bool:
    """Whether the words in capitals of a name are its surname ("M. DUPONT", "Jean DUPONT").

    French administrative and older press usage writes surnames in capitals. Such a word
    is a name's when an honorific stands before it or its title ("M. CLEMENCEAU", "MM. X et
    Y", "M. le conseiller fédéral SCHULTHESS") or a
    given name in small letters opens the name ("Raymond POINCARÉ"), or a title announces
    it and the model reads a person in it ("le général JOFFRE"; "le député EELV" is an
    organisation to the model, and "LFI" reads as an acronym: `acronym_like`) or the word
    holds an accent, as no acronym does ("le citoyen JAURÈS"), or a title in apposition
    follows the model's person ("LOUBET, président de la République,"), never in a
    line of capitals (a headline: a word in capitals on either side) nor for more than
    two words.
    """
    caps = [t for t in toks if t.is_upper and sum(ch.isalpha() for ch in t.text) > 1]
    if not caps or len(caps) > 2:
        return False
    for k in (cand.start - 1, cand.end):
        if 0 <= k < len(doc) and doc[k].is_upper and doc[k].is_alpha and len(doc[k]) > 1:
            return False  # a headline
    if len(caps) == len(toks) and not honoured:
        # "LOUBET, président de la République, a signé": a title in apposition announces it
        return all(
            t.ent_type_ == "PER" and not acronym_like(t.text) for t in caps
        ) and apposed_title(lex, doc, cand.end)
    by_honorific = cand.start > 0 and lex.honorific(doc[cand.start - 1])
    by_honorific = by_honorific or lex.honorific(doc[cand.start])
    by_honorific = by_honorific or (cand.lead >= 0 and lex.honorific(doc[cand.lead]))
    by_honorific = by_honorific or (cand.lead > 0 and honoured_title(lex, doc, cand.lead))
    given = any(not t.is_upper and t.text in lex.strong_first_names for t in toks)
    # a person to the model, or a word with an accent, which no acronym has ("JAURÈS")
    titled = cand.lead >= 0 and all(
        (t.ent_type_ == "PER" or _accented(t.text)) and not acronym_like(t.text) for t in caps
    )
    return by_honorific or given or titled


def _accented(word: str) -> bool:
    """Whether a word holds a letter with a diacritic ("JAURÈS", "POINCARÉ")."""
    return any(ch.isalpha() and not ch.isascii() for ch in word)


def apposed_title(lex: Lexicon, doc: Doc, end: int) -> bool:
    """Whether a comma and a title of the lexicon follow `end` ("X, président de ...").

    Determiners and the lexicon's modifiers may come first ("X, l'ancien ministre"), as
    in the apposition evidence of `person_context.lone_name_evidence`.
    """
    k = end + 1
    while k < len(doc) and (doc[k].lower_ in DETERMINERS or doc[k].lower_ in lex.modifiers):
        k += 1
    return end < len(doc) and doc[end].text == "," and k < len(doc) and doc[k].lower_ in lex.titles


def plural_org_list(lex: Lexicon, doc: Doc, start: int) -> bool:
    """Whether the name is an item, not the first, of a list after a plural organisation noun.

    "les marques Gucci, Prada et Versace", "les groupes Renault et Nissan": each item is
    one; a singular noun names its first item alone ("la marque Gucci et Jean Dupont").
    """
    listed = list_start(doc, start)
    if listed == start:
        return False
    head = org_head_at(doc, listed, lex.org_heads)
    return head is not None and "Plur" in doc[head].morph.get("Number", [])


def place_word_in_name(lex: Lexicon, toks: list[Token], n: int, honoured: bool) -> bool:
    """Whether the place word `toks[n]` is a person's name here, not a place's head.

    Many place nouns are also given names and surnames ("Rivière", "Mont", "Lac"): a
    title or an honorific announcing the name ("la princesse Blanche de Castille", "le
    député Jérôme Rivière"), or a strong given name right before it as the last word
    ("Jérôme Rivière"), makes it a name's; a direction never is ("Caroline du Nord").
    Organisation words ("Capital", "Bank") always make an organisation.
    """
    word = toks[n].lower_
    if word not in lex.kinds.get("place", ()) or word in DIRECTIONS:
        return False
    if honoured:
        return True
    return n == len(toks) - 1 == 1 and toks[0].text in lex.strong_first_names


# The French particles a surname keeps when it stands alone ("de Gaulle", "du Bellay").
FRENCH_PARTICLES = frozenset(["de", "du", "d'", "d’"])
# Parts of speech whose complement "de" opens ("les recettes de X", "le seul de X").
COMPLETED = frozenset(["NOUN", "PROPN", "ADJ", "NUM"])


def particle_surname(lex: Lexicon, toks: list[Token]) -> bool:
    """Whether a lone surname opens on its French particle, as the model read it.

    "Imagine-t-on de Gaulle au ministère ?", "comme du Bellay": the model's person span
    begins on the particle, so "de" is the name's, not a preposition before it ("le
    discours de Dupont" gives the span "Dupont"). After a noun the particle is the
    preposition of its complement whatever the model read ("les recettes de Vinci": a
    company); a city after it is a place ("de Vierzon").
    """
    if len(toks) != 2 or toks[0].lower_ not in FRENCH_PARTICLES:
        return False
    first, surname = toks
    before = first.nbor(-1) if first.i > 0 else None
    if before is not None and before.pos_ in COMPLETED:
        return False
    return (
        first.ent_type_ == "PER"
        and first.ent_iob_ == "B"
        and surname.text[:1].isupper()
        and surname.text not in lex.cities
    )


# Articles that open a work's title between quotation marks ('"La Cantatrice chauve"').
TITLE_ARTICLES = frozenset(["le", "la", "les", "l'", "l’", "un", "une"])


def quoted_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is a title between quotation marks, opened by an article.

    '"La Cantatrice Chauve" de Ionesco', '« Les Misérables »': a work; a person's name
    is not written after an article inside its own quotation marks.
    """
    if start < 2 or end >= len(doc) or doc[start - 1].lower_ not in TITLE_ARTICLES:
        return False
    return doc[start - 2].text in QUOTE_MARKS and doc[end].text in QUOTE_MARKS


def plausible(
    lex: Lexicon,
    doc: Doc,
    cand: Candidate,
    country_tokens: set[int],
    known: Collection[str] = (),
    told_to: Callable[[Doc, int], bool] = lambda doc, i: False,
) -> bool:
    """Whether a candidate can be a person (see `c5facts.components.people`, step 3).

    `told_to(doc, i)`: whether a single word at `i` after a locative is whom something was
    said to ("a répondu à Dupont"), not a place.

    `known` holds the words of the article's full names: a lone word among them is
    never read as a place after "à" nor as an acronym in parentheses ("un manque de
    merci à Lucien", "juger (Duval)"); "les X" stays a family or a group.
    """
    toks = [t for t in doc[cand.start : cand.end] if not lex.honorific(t)]
    if not toks:
        return False
    honoured = (
        cand.announced
        or len(toks) < cand.end - cand.start
        or (cand.start > 0 and lex.honorific(doc[cand.start - 1]))
    )
    if not toks[0].text[:1].isupper() and not (
        toks[0].text in lex.particles and (honoured or particle_surname(lex, toks))
    ):
        return False
    if (
        not honoured
        and org_before(doc, cand.start, lex.org_heads)
        and not title_org_holder(lex, doc, cand.start, toks)
    ):
        return False  # "la marque Thomas Cook", "le parti Ennahdha"
    if cand.lead >= 0 and title_opens_org(lex, doc, cand.lead):
        return False  # "la Fondation Abbé Pierre": the title opens an organisation's name
    if not honoured and plural_org_list(lex, doc, cand.start):
        return False  # "les marques Gucci, Prada, Versace": every item of the list
    if not honoured and brand_context(lex, doc, cand.start, toks):
        return False  # "au Leclerc de Plérin", "le Leclerc de Plérin"
    if not honoured and quoted_title(doc, cand.start, cand.end):
        return False  # '"La Cantatrice chauve" de Ionesco': a work's title
    if (
        cand.lead >= 0
        and doc[cand.lead].text[:1].isupper()
        and quoted_title(doc, cand.lead, cand.end)
    ):
        return False  # '« La Cantatrice Chauve »': the title word opens the work's title
    if (
        not honoured
        and org_before(doc, cand.start, lex.group_heads)
        and not (cand.end < len(doc) and doc[cand.end].lower_ in ("et", ",", "ou"))
    ):
        return False  # "ses alliés islamistes X": one name after a plural is a group
    capitals_ok = surname_in_capitals(lex, doc, cand, toks, honoured)
    for n, tok in enumerate(toks):
        if tok.lower_ in lex.not_person and not place_word_in_name(lex, toks, n, honoured):
            return False
        if any(ch.isdigit() for ch in tok.text):
            return False
        letters = sum(ch.isalpha() for ch in tok.text)  # "O'" is a name part, not caps
        regnal = n > 0 and is_regnal(tok.text)  # "Elizabeth II"
        dotless = (
            n == 0
            and letters == 2
            and tok.ent_type_ == "PER"
            and len(toks) > 1
            and is_name_word(toks[1])
        )
        capital_surname = tok.is_upper and capitals_ok
        if (
            tok.is_upper
            and letters > 1
            and not (is_initial(tok.text) or regnal or dotless or capital_surname)
        ):
            return False  # headline capitals, acronyms ("JD Vance": initials)
        if tok.i in country_tokens:
            return False
        if tok.is_alpha and lookup(tok.text, "capital"):
            return False  # "Beijing Wantai": a capital inside is an organisation's name
    if not any(is_name_word(t) for t in toks):
        return False
    before = doc[cand.start - 1] if cand.start > 0 else None
    after = doc[cand.end] if cand.end < len(doc) else None
    for first in {cand.start, cand.lead}:
        quoted = first > 0 and after is not None and after.text in CLOSE_QUOTES
        if quoted and doc[first - 1].text in OPEN_QUOTES:
            return False  # the name of something: centre "Roi Salmane"
    # "A Verneuil, ...": a capital "A" opening a sentence is "à" without its accent
    bare_a = before is not None and before.text == "A" and opens_sentence(before)
    if "&" in (before.text if before is not None else "", after.text if after else ""):
        return False  # "Johnson & Johnson", "Marks & Spencer": a company's name
    fronted = before is not None and (before.lower_ in LOCATIVE or bare_a)
    fronted = fronted and before is not None and opens_sentence(before)
    if fronted and after is not None and after.text == ",":
        return False  # a fronted place: "À Saint Louis, le ministre ..."
    if len(toks) == 1 and before is not None and not honoured:
        named = toks[0].lower_ in known
        if before.text == "(" and after is not None and after.text == ")" and not named:
            return False  # an acronym: "(Ocha)"
        # "de Trump à Poutine", "une lettre de Victor Hugo à Lamartine": "à" ends a range
        # of names or addresses a letter, not a place
        ranged = before.lower_ == "à" and name_range(doc, cand.start - 1)
        if before.lower_ in PLURAL_DETERMINERS or (
            before.lower_ in LOCATIVE
            and not told_to(doc, cand.start)
            and not named
            and not ranged
            and not facing(doc, cand.start)  # "face à Zelensky": whom one faces
        ):
            return False  # a group ("les Houthis") or a place ("à Soumy")
    return True
