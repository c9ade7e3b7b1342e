"""Constructions that say "person" around a name, many of them from the older press.

The people component keeps a lone word only on evidence (`person_context`); these
constructions add evidence and candidates of their own:

- ``emphatic``: a name right before "lui-même" / "elle-même", a comma between or not
  ("Bismarck lui-même reconnaissait ...", "X, lui-même ancien ministre, ...": only a
  person or a pronoun takes it);
- ``generation``: a surname right before "fils", "père", "aîné" or "cadet" in small
  letters ("Dumas fils", "Coquelin aîné": a member of a family);
- ``speech``: "d'après X" reports X's words like "selon X" ("D'après Clemenceau, ...");
- ``kinship``: "X et sa femme", "X et son fils" (a family noun of the lexicon);
- ``companion``: "X et ses proches", "X et ses ministres" (`companion` in the lexicon:
  the people only a person has around them; never partners or rivals, which a company
  has too);
- ``caption``: a photo caption's "X (photo)";
- ``acclaim``: a crowd's cry "Vive X !" (a country is a country's, never a person's);
- ``agent``: the agent of a passive, "par" after a past participle, a short complement
  between or not ("le cabinet présidé par X", "assassiné à Lyon par X");
- ``possessive``: a noun that takes a person and an adjective before "de" ("la politique
  coloniale de X"; without the adjective `person_context` reads it);
- ``inverted``: a court report's "Dubois (Pierre), 45 ans", the surname first and a
  strong given name alone between parentheses: the person "Pierre Dubois";
- ``epithet``: after an article, an epithet of the older press or of court reports
  announces the name after it (`epithet` in the lexicon: "le jeune X", "le malheureux
  X", "l'illustre X", "la petite X": a name the model reads as a person or a given
  name, never "la jeune Lyonnaise"; `epithet_noun`, the nouns of court reports: "le
  prévenu X", "l'accusée X": any name but one opening an organisation's or a work's name
  that the article gives; `epithet_naming`,
  "le nommé X", "la dénommée X": any name);
- `territorial`: a title of nobility before a particle and a place names its holder,
  the title kept in the name ("le duc d'Aumale" is "duc d'Aumale", "la duchesse de
  Berry"); a country there makes a role, no name ("le prince de Monaco"); `rank`: one
  word after a title only a person holds is a name whatever the model reads ("le
  capitaine X");
- `title_given_name`: after a title, a strong given name the model calls an organisation
  or a work is a name ("le tsar Nicolas", "le prince Louis");
- `wrapped_line`: a line wrapped right after an honorific ("M.\nDupuy", the older press
  and its OCR) does not part the honorific from its name;
- `after_abbreviation`: a form of address written out after a possessive ("Sa Majesté",
  "Son Altesse Royale": `address` in the lexicon) or abbreviated by the older press ("S. M.",
  "S. Exc.", "R. P.", `honorific_abbrev` in the lexicon) is no name: "S. M." alone is none,
  "R. P. Didon" is "Didon";
- `listed_names`: a plural honorific's list, its names' origins skipped ("MM. Dufour, de
  Genève, Favre, de Lausanne, et Vuille");
- `nickname`: "X, dit Bébert", "X, alias Y": the name after is X's, not another person;
- `postposed_titles`: a title written after the name ("Enver pacha", "Riza bey",
  `postposed_title` in the lexicon) names the capitalised words before it.

Vocabulary is data (`models/people/lexicon.tsv`, kinds ``epithet``, ``epithet_noun``,
``epithet_naming``, ``honorific_abbrev``, ``note_abbrev``, ``rank``, ``nobility``,
``postposed_title``; the
older press's titles, speech verbs in the past simple, works and letters as nouns that
take a person); no name is listed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from c5facts.components.person_context import common_opening
from c5facts.components.person_names import is_name_word, name_end, participle

if TYPE_CHECKING:  # types only: person_titles needs nothing from this module
    from c5facts.components.person_names import CountriesAt
    from c5facts.components.person_titles import Lexicon, Title

EMPHATIC = frozenset(["lui-même", "elle-même"])
# Small-letter words after a surname that tell members of one family apart.
GENERATIONS = frozenset(["fils", "père", "aîné", "cadet"])
ELIDED_OF = frozenset(["d'", "d’"])
OF = frozenset(["de", "d'", "d’"])  # an origin: "M. Dufour, de Genève"
POSSESSIVES = frozenset(["sa", "son", "ses"])  # "Dupont et sa femme"
NICKNAMED = frozenset(["dit", "dite", "alias", "surnommé", "surnommée"])
ACCLAIM = frozenset(["vive", "vivent"])  # a crowd's cry: "Vive Boulanger !"
CAPTIONS = frozenset(["photo", "photos", "ci-contre", "ci-dessus", "ci-dessous"])
# an article or a demonstrative before an epithet ("le jeune X", "au malheureux X")
EPITHET_ARTICLES = frozenset(
    ["le", "la", "l'", "l’", "du", "au", "ce", "cet", "cette", "notre", "votre", "un", "une"]
)


def construction_evidence(lex: Lexicon, doc: Doc, start: int, end: int) -> str | None:
    """Why a construction makes the lone name `doc[start:end]` a person, None if none does.

    "Bismarck lui-même" (emphatic), "D'après Clemenceau" (speech), "Dupont et sa femme"
    (kinship), "Dupont et ses proches" (companion), "Dupont (photo)" (caption), "Vive
    Boulanger !" (acclaim), "présidé par Dupont" (agent), "la politique coloniale de
    Dupont" (possessive, an adjective between).
    None for the short name of an organisation or work the article names in full.
    """
    if short_name_of_org(doc, start, end):
        return None  # "accusé par Charlie" where the article names "Charlie Hebdo"
    if end < len(doc) and doc[end].lower_ in EMPHATIC:
        return "emphatic"
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in EMPHATIC:
        return "emphatic"  # "Lefèvre, lui-même ancien ministre, ..."
    if (
        end < len(doc)
        and doc[end].text in GENERATIONS
        and not (start > 0 and doc[start - 1].text in lex.particles)  # "Le Pen père"
    ):
        return "generation"  # "Dumas fils", "Coquelin aîné": only a family's member
    if start > 1 and doc[start - 1].lower_ == "après" and doc[start - 2].lower_ in ELIDED_OF:
        return "speech"
    if start > 0 and doc[start - 1].lower_ in ACCLAIM:
        return "acclaim"  # "Vive Boulanger !"
    if start > 1 and doc[start - 1].lower_ == "par" and passive_before(doc, start - 1):
        return "agent"  # "le ministère présidé par X", "assassiné à Lyon par X"
    if (
        start > 2
        and doc[start - 1].lower_ in OF
        and doc[start - 2].pos_ == "ADJ"
        and doc[start - 2].is_lower
        and doc[start - 3].lower_ in lex.person_nouns
    ):
        return "possessive"  # "la politique coloniale de Ferry"
    after = [t.lower_ for t in doc[end : end + 3]]
    if len(after) == 3 and after[0] == "et" and after[1] in POSSESSIVES:
        if after[2] in lex.kinds.get("kinship", ()):
            return "kinship"
        if after[2] in lex.kinds.get("companion", ()):
            return "companion"  # "Castex et ses ministres": only a person has them
    if len(after) == 3 and after[0] == "(" and after[1] in CAPTIONS and after[2] == ")":
        return "caption"
    return None


def short_name_of_org(doc: Doc, start: int, end: int) -> bool:
    """Whether the lone name opens a longer organisation or work name of the article.

    "Charlie" where the article names "Charlie Hebdo": the short name of a newspaper, a
    company or a work, not a person.
    """
    text = doc[start:end].text
    return any(
        ent.label_ in ("ORG", "MISC") and len(ent) > end - start and ent[0].text == text
        for ent in doc.ents
    )


AGENT_REACH = 5  # words of a complement between a participle and "par" ("tué à Lyon par")
CLAUSE_LINKS = frozenset(["et", "ou", "mais", "qui", "que", "qu'", "qu’", "dont", "où"])


def passive_before(doc: Doc, par: int) -> bool:
    """Whether a past participle governs the "par" at `par`.

    Right before it ("reçu par"), or before a short complement ("assassiné à Lyon par",
    "élu en 1894 par").
    """
    for j in range(par - 1, max(-1, par - 1 - AGENT_REACH), -1):
        tok = doc[j]
        if participle(tok):
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "AUX") or tok.lower_ in CLAUSE_LINKS:
            return False
    return False


def epithet_at(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether `doc[i]` is an epithet after an article ("le jeune", "l'accusé").

    Written in lower case: "Claude Le Jeune", "Le Petit" are surnames.
    """
    return (
        i > 0
        and doc[i].is_lower
        and doc[i].lower_ in epithets(lex)
        and doc[i - 1].lower_ in EPITHET_ARTICLES
    )


def leading_word(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether `doc[i]`, opening a span the model calls a person, is no part of the name.

    An epithet after an article ("le jeune X") or a crowd's cry ("Vive X", "Vive la
    France": the model glues the cry to what it acclaims).
    """
    return epithet_at(lex, doc, i) or doc[i].lower_ in ACCLAIM


def epithets(lex: Lexicon) -> set[str]:
    """The epithets of the lexicon, adjectives and nouns of court reports.

    The one-word nouns of a human's occupation or status (`human_noun`: "le cocher X",
    "l'ouvrier X", "la lycéenne X") stand as the adjectives do.
    """
    return lex.epithets


def epithet_names(lex: Lexicon, doc: Doc) -> list[tuple[int, int]]:
    """Spans `(start, end)` of the names an epithet announces ("le prévenu X").

    After an adjective ("le jeune X", "l'illustre X") or a noun of occupation or status
    ("le cocher X", "la lycéenne X") the name is one the model reads as a person or opens
    on a given name ("la jeune Lyonnaise" is a demonym, "la célèbre Joconde" a work, "la
    petite Emilie" a girl); after a noun of court reports ("le prévenu X") any name is,
    unless it opens an organisation's name the article gives.
    """
    out: list[tuple[int, int]] = []
    words = epithets(lex)
    nouns = lex.kinds.get("epithet_noun", set())
    naming = lex.kinds.get("epithet_naming", set())
    for i in range(1, len(doc) - 1):
        if doc[i].lower_ not in words or not epithet_at(lex, doc, i):
            continue
        k = i + 1
        end = name_end(doc, k, lex.particles)
        if end == k or doc[k].lower_ in lex.titles:
            continue  # "le jeune Premier ministre X": a title's word, its holder after it
        ent = doc[k].ent_type_
        given = doc[k].text in lex.first_names
        if doc[i].lower_ in naming:  # "le nommé X": the word says a person's name
            ok = True
        elif doc[i].lower_ in nouns:
            # The model reads many a defendant's surname as ORG or MISC ("l'accusé
            # Pranzini"); only a name the article gives as an organisation's is not one.
            ok = given or not short_name_of_org(doc, k, end)
        else:
            ok = given or ent == "PER"
        if ok:
            out.append((k, end))
    return out


def inverted_names(lex: Lexicon, doc: Doc) -> list[tuple[int, int, str]]:
    """A court report's or a register's "Dubois (Pierre), 45 ans": `(start, end, name)`.

    A capitalised word followed by a strong given name alone between parentheses is the
    surname of a person named "Pierre Dubois"; "Paris (France)", "X (photo)" are not.
    """
    out = []
    for i in range(len(doc) - 3):
        if doc[i + 1].text != "(" or doc[i + 3].text != ")":
            continue
        surname, given = doc[i], doc[i + 2].text
        if given not in lex.strong_first_names or not surname.is_title or surname.is_stop:
            continue
        if surname.lower_ in lex.titles:
            continue  # "Président (Jean)": a title, no surname
        out.append((i, i + 1, f"{given} {surname.text}"))
    return out


def postposed_titles(lex: Lexicon, doc: Doc) -> list[tuple[int, int, str]]:
    """Names before a title written after them ("Enver pacha", "Riza bey"): (start, end, role).

    The Ottoman and Persian forms of address follow the name (`postposed_title` in the
    lexicon); the capitalised name words right before the title in small letters are the
    holder's name, whatever the model reads.
    """
    titles = lex.kinds.get("postposed_title", set())
    out = []
    for i in range(1, len(doc)):
        if doc[i].text not in titles:  # small letters: "Pacha" opens a place's name
            continue
        start = i
        while start > 0 and i - start < 3 and is_name_word(doc[start - 1]):
            start -= 1
        if start < i and common_opening(doc[start], strict=False):
            start += 1  # "Le pacha", "Hier Enver pacha": a sentence's first common word
        if start < i:
            out.append((start, i, doc[i].text))
    return out


TERRITORIAL = frozenset(["de", "d'", "d’", "du"])


def territorial(lex: Lexicon, doc: Doc, title: Title, k: int, countries: CountriesAt) -> bool:
    """Whether the name at `k` after a title of nobility is its territory ("duc d'Aumale")."""
    if title.role not in lex.nobility or doc[k].text not in TERRITORIAL:
        return False
    return k + 1 not in countries  # "le prince de Monaco": a role, no name


def role_start(doc: Doc, end: int) -> int:
    """Start of the one-word title ending at `end`, hyphens included ("grand-duc")."""
    start = end - 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        start -= 2
    return start


def title_given_name(lex: Lexicon, doc: Doc, k: int, end: int) -> bool:
    """'le tsar Nicolas': a strong given name alone after a title, whatever the model reads."""
    return end == k + 1 and doc[k].text in lex.strong_first_names


def wrapped_line(doc: Doc, k: int) -> int:
    """The token after a single line break at `k` that wraps a sentence, else `k`.

    Older newspapers (and their OCR) wrap lines inside sentences: "M.\nDupuy" is "M.
    Dupuy". Only one line break, no blank line, and a proper noun after it: a heading
    ending on a title is no wrap ("Des rencontres avec le maire\nDepuis ...").
    """
    if k + 1 < len(doc) and doc[k].is_space and doc[k].text.strip(" ") == "\n":
        nxt = doc[k + 1]
        # a proper noun, never a sentence's first common word ("le maire\nDepuis hier")
        proper = nxt.ent_type_ == "PER" or (nxt.pos_ == "PROPN" and not nxt.is_stop)
        return k + 1 if is_name_word(nxt) and proper else k
    return k


def abbreviations(lex: Lexicon, kind: str) -> set[tuple[str, ...]]:
    """The abbreviations of `kind` as letter tuples ("S. M." -> ("s", "m"))."""
    return {
        tuple(part.rstrip(".").lower() for part in form.split()) for form in lex.kinds.get(kind, ())
    }


def after_abbreviation(lex: Lexicon, doc: Doc, start: int, end: int) -> tuple[int, bool]:
    """Start of a name after an abbreviation at `start`, and whether it is a form of address.

    The older press abbreviates "Sa Majesté", "Son Excellence", "le Révérend Père"
    (`honorific_abbrev`: they announce the name after them) and its notes ("N. D. L. R.",
    `note_abbrev`: they announce nothing); the model reads them as a name or glues them to
    one: "S. M." alone is no person, "R. P. Didon" is "Didon". Returns `(start, False)`
    when no abbreviation opens the span.
    """
    written = address_words_end(lex, doc, start, end)
    if written > start:
        return written, True  # "Sa Majesté l'Empereur": the words of address name no one
    if start >= end or len(doc[start].text.rstrip(".")) > 2 or not doc[start].text[:1].isupper():
        return start, False  # every abbreviation opens on one or two capitals ("S.", "LL.")
    letters = [t.text.rstrip(".").lower() for t in doc[start:end]]
    for kind in ("honorific_abbrev", "note_abbrev"):
        for form in sorted(abbreviations(lex, kind), key=len, reverse=True):
            n = len(form)
            capitals = all(t.text[:1].isupper() for t in doc[start : start + n])
            if tuple(letters[:n]) == form and capitals:
                return start + n, kind == "honorific_abbrev"
    return start, False


# Possessives before a form of address written out: "Sa Majesté", "Leurs Altesses".
ADDRESS_POSSESSIVES = frozenset(["sa", "son", "ses", "leur", "leurs", "votre", "vos"])


def address_words_end(lex: Lexicon, doc: Doc, start: int, end: int) -> int:
    """End of the written-out form of address opening `doc[start:end]`, `start` if none.

    "Sa Majesté", "Son Altesse Royale", "Son Excellence" (`address` in the lexicon):
    capitalised after a possessive, they name a rank, never a person, and announce the
    name after them ("Sa Majesté l'Empereur" names no one; "Sa Sainteté Pie X" is Pie X).
    """
    words = lex.kinds.get("address", ())
    if start == 0 or doc[start - 1].lower_ not in ADDRESS_POSSESSIVES:
        return start
    i = start
    while i < end and doc[i].text[:1].isupper() and doc[i].lower_ in words:
        i += 1
    return i


def nickname(doc: Doc, start: int, end: int, ends: Collection[int]) -> bool:
    """Whether the lone name `doc[start:end]` is the nickname of the person before it.

    "Louis Ravel, dit Bébert, ...", "X, alias Y, ...": the name after such a word, between
    a comma that ends a person (`ends`: where each person ends) and a comma or a closing
    parenthesis, is that person's other name, not a second person. At a sentence's end
    "dit" is a speech verb: "Il faut voter pour Dupont, dit Durand." quotes Durand.
    """
    return (
        start > 2
        and end < len(doc)
        and doc[end].text in (",", ")")
        and doc[start - 1].lower_ in NICKNAMED
        and doc[start - 2].text == ","
        and start - 2 in ends
    )


def listed_names(doc: Doc, end: int, name_at: Callable[..., int]) -> list[tuple[int, int]]:
    """The names of a plural honorific's list after its first name, which ends at `end`.

    "MM. Thiers et Favre", "Mmes X, Y et Z": names after "," or "et", up to the one after
    "et". The older press gives each name its origin ("MM. Dufour, de Genève, Favre, de
    Lausanne, et Vuille"): ", de <place>" after a name is its bearer's, no name of the
    list (so is "(Genève)"), and ", et" goes on to the last name. `name_at(doc, k,
    particle_start=True)` is the end of the run of name words at `k`.
    """
    out: list[tuple[int, int]] = []
    while True:
        end = origin_end(doc, end)
        if end + 1 >= len(doc) or doc[end].text not in (",", "et"):
            return out
        k = end + 1
        if doc[end].text == "," and doc[k].lower_ == "et" and k + 1 < len(doc):
            k += 1  # "..., et Vuille"
        end = name_at(doc, k, particle_start=True)
        if end == k:
            return out
        out.append((k, end))
        if doc[k - 1].lower_ == "et":
            return out  # the list ends with its last name


def origin_end(doc: Doc, end: int) -> int:
    """After a name ending at `end`, the end of its origin ", de Genève" (else `end`).

    Only a place the model reads as one ("de Meuron" after a comma stays a name). A
    parliament's list gives it in parentheses ("MM. Musy (Fribourg) et Motta (Tessin)"):
    one to three name words, no other word.
    """
    if end < len(doc) and doc[end].text == "(":
        j = end + 1
        while j < len(doc) and j - end <= 3 and is_name_word(doc[j]):
            j += 1
        if j > end + 1 and j < len(doc) and doc[j].text == ")":
            return j + 1
    k = end + 1
    if end < len(doc) and doc[end].text == "," and k + 1 < len(doc) and doc[k].lower_ in OF:
        j = k + 1
        while j < len(doc) and doc[j].ent_type_ == "LOC" and is_name_word(doc[j]):
            j += 1
        if j > k + 1:
            return j
    return end
