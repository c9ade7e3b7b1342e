"""Given names and name contexts for the people component (rules that need no candidate).

- `first_name_runs`: a run of two name words or more opening on a strong given name
  (`models/people/first_names.tsv`, column `strong`) is a person even when the model read
  none there ("Selon ses proches, Zeynep Ece Dundar ..."), unless the model reads a place or
  an organisation in it (an organisation the model started on an employer's acronym just
  before the name may go on over it, and then any known given name opens the run: "du PSG
  Kylian Mbappé"), a name word is glued before
  it, or its first word names a country ("le match France Allemagne", "sur France Inter",
  "France Bleu Provence": a country's name opens organisations far more often than a
  given name the model missed);
- `arabic_name_runs`: a known given name and an Arabic particle ("Bachar al-Assad",
  "Mohammed ben Zayed") make a person's name whatever the model reads (it reads many as
  places), unless a place's word or a city is in the run;
- `widened_start`: a name takes back the given names the model left out before it
  ("Zeynep" + "Ece Dundar"), never a title's complement ("le maire de Nice Christian X");
- `org_relation_doubt`: after a relation noun that may name a party or a company ("son
  allié libéral X", `org_relation` in the lexicon) a name is a person only when it opens on
  a known given name or the article names it otherwise;
- `title_org_holder`: "le premier secrétaire du Parti socialiste Olivier Faure": the
  organisation noun is a title's complement and the name after its own name opens on a
  given name, so the organisation noun does not rule the name out;
- `brand_context`: "le Leclerc de Plérin", "dans un Leclerc": a lower-case article before
  a name that does not open on a strong given name ("un Emmanuel Macron affaibli" stays),
  or "Word de Place" whose first word is no given name, is a shop or a brand;
- `lone_apposition`: "Dupont, maire de ...": one name word before a title in apposition,
  or a strong given name before an age ("Ginette, 81 ans");
- `after_acronyms`: "la maire PS Agnès X", "le député LFI du Nord Agnès X": the name in a
  title's run starts where the model's person reading starts, after the last acronym;
- `after_team`: "le pilote Ferrari Charles Leclerc": a title's run opening on a team the
  model reads as an organisation is the person's from where the model's person starts;
- `after_source`: "explique à l'AFP Jeanne Carrel": after a speech verb, "à" and a
  source's acronym, the speaker's name starts, whatever the model glues there;
- `opening_word`: a sentence's first common word ("Et", "Affaire", a bare "A") is no
  part of the name after it, unless it is a given name or a particle ("De Gaulle").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import cache

from spacy.tokens import Doc, Token

from c5facts.components.doc_text import words_of
from c5facts.components.person_context import (
    common_opening,
    opens_sentence,
    org_before,
    org_head_at,
)
from c5facts.components.person_names import (
    EMPLOYER_LINKS,
    KUNYA,
    first_name_start,
    is_initial,
    is_name_word,
)
from c5facts.components.person_titles import Lexicon
from c5facts.normalise.countries import lookup

# a lower-case article right before a name makes it a shop or a brand ("dans un Leclerc")
BRAND_ARTICLES = frozenset(["le", "la", "l'", "l’", "du", "au", "un", "une"])
# before a lone name in apposition: an article or a preposition (a place, a thing)
ARTICLES = ("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au", "aux")
PREPOSITIONS = ("de", "d'", "d’", "à", "en", "dans", "vers", "depuis", "sur", "chez", "près")
BEFORE_NO_NAME = frozenset((*ARTICLES, *PREPOSITIONS, "pour", "par", "avec"))
ARTICLES_OF = frozenset(["la", "l'", "l’"])
TITLE_REACH = 4  # tokens before "de" searched for a title ("le maire LR de Nice")
NOT_A_PERSON = ("ORG", "LOC")


@cache  # one lexicon per pipeline, asked for each candidate
def blocked_words(lex: Lexicon) -> frozenset[str]:
    """Words never taken for a given name (titles, honorifics, organisation words...)."""
    return frozenset(lex.honorifics | set(lex.titles) | lex.not_person | lex.modifiers)


def first_name_runs(
    lex: Lexicon, doc: Doc, covered: Collection[int], name_at: Callable[[Doc, int], int]
) -> list[tuple[int, int]]:
    """(start, end) of the runs of name words opening on a strong given name, not covered.

    A strong given name alone is a run of one word: like any lone word, it is a person
    only when its sentence says so ("Jean-Marc avait estimé", "a rencontré Lila").

    A lone given name that is also a date word ("Noël", `Lexicon.date_words`) is none.
    A run opening on a country's name is no person ("le match France Allemagne", "France
    Inter": "France" is also a given name), even when the model reads no place there.
    """
    blocked = blocked_words(lex)
    out: list[tuple[int, int]] = []
    # The words as strings first: most tokens are no given name, and skipping them here
    # avoids building their Token objects (this loop sees every token of the article).
    words = words_of(doc)
    plain = lex.plain_first_names  # C-level lookups: this loop sees every token
    i = 0
    while i < len(doc):
        word = words[i]
        if word not in plain and ("-" not in word or word not in lex.first_names):
            i += 1
            continue
        tok = doc[i]
        # "du PSG Kylian Mbappé": the model glued an acronym (an employer) to the name
        employer = i > 0 and _acronym(doc[i - 1]) and doc[i - 1].ent_type_ == "ORG"
        # after an employer's acronym the model glued to it, any known given name opens one
        given = lex.first_names if employer else lex.strong_first_names
        first = tok.text in given and _free(tok, employer)
        # a name word before it: the run goes on another name ("Grand Jean Dupont")
        glued = i > 0 and is_name_word(doc[i - 1]) and not employer
        if i in covered or not first or glued:
            i += 1
            continue
        end = name_at(doc, i)
        run = doc[i:end]
        if (
            end - i > 1
            and not any(j in covered for j in range(i, end))
            and all(_free(t, employer) for t in run)
            and is_name_word(doc[end - 1])
            and not any(t.lower_ in blocked for t in run)
            and not lookup(run[0].text, "name")
        ):
            out.append((i, end))
            i = end
            continue
        if (
            end == i + 1
            and not employer
            and i not in covered
            and tok.ent_type_ not in NOT_A_PERSON
            and tok.lower_ not in blocked
            and tok.lower_ not in lex.date_words  # "Noël approche": a holiday
            and not lookup(tok.text, "name")
        ):
            out.append((i, end))  # a lone given name: kept only with evidence ("Lila, qui")
        i += 1
    return out


def _acronym(tok: Token) -> bool:
    """Whether `tok` is an all-caps acronym ("PSG", "LFI"), not an initial."""
    return tok.is_alpha and tok.is_upper and len(tok.text) > 1


# Arabic name particles: "al-"/"el-" glued by a hyphen to the next name, "ben", "bin",
# "ibn", "ould" standing alone between two names ("Bachar al-Assad", "Mohammed ben Zayed").
ARABIC_GLUED = frozenset(["al", "el"])
ARABIC_APART = frozenset(["ben", "bin", "ibn", "ould"])


def arabic_name_runs(
    lex: Lexicon, doc: Doc, covered: Collection[int], name_at: Callable[[Doc, int], int]
) -> list[tuple[int, int]]:
    """(start, end) of names of a given name and an Arabic particle, whatever the model reads.

    "Bachar al-Assad", "Hafez el-Assad", "Mohammed ben Zayed": a known given name, then
    "al-"/"el-" glued to a capitalised name or "ben"/"bin"/"ibn"/"ould" before one; a
    kunya before the given name opens the name ("Abou Bakr al-Baghdadi"). The
    model reads many of them as places ("Bachar al-" as a LOC); places built so open on a
    word of `place` ("Ras al-Khaïma", "Charm el-Cheikh": no given names) or are cities of
    the gazetteer.
    """
    out: list[tuple[int, int]] = []
    words = words_of(doc)  # strings: no Token object for the many words that are no name
    for i in range(len(doc) - 2):
        low = words[i + 1].lower()
        if low not in ARABIC_GLUED and low not in ARABIC_APART:
            continue
        if i in covered or words[i] not in lex.first_names:
            continue
        nxt = doc[i + 1]
        glued = (
            nxt.lower_ in ARABIC_GLUED
            and i + 3 < len(doc)
            and doc[i + 2].text == "-"
            and not nxt.whitespace_
            and doc[i + 3].text[:1].isupper()
        )
        apart = nxt.lower_ in ARABIC_APART and nxt.is_lower and doc[i + 2].text[:1].isupper()
        if not (glued or apart):
            continue
        end = name_at(doc, i)
        run = doc[i:end]
        if end - i < 3 or any(j in covered for j in range(i, end)):
            continue
        if any(t.lower_ in lex.kinds.get("place", ()) or t.text in lex.cities for t in run):
            continue
        if any(t.ent_type_ == "ORG" for t in run):
            continue
        start = i - 1 if i > 0 and doc[i - 1].text in KUNYA and i - 1 not in covered else i
        out.append((start, end))
    return out


def _free(tok: Token, employer: bool) -> bool:
    """Whether the model reads no place or organisation at `tok`.

    With `employer`, an organisation started by the acronym before the name may go on over it.
    """
    glued = employer and tok.ent_type_ == "ORG" and tok.ent_iob_ == "I"
    return tok.ent_type_ in ("", "MISC") or glued


def widened_start(lex: Lexicon, doc: Doc, start: int, taken: Collection[int]) -> int:
    """Start of a name widened left over the given names the model left out before it."""
    new = first_name_start(doc, start, lex.first_names, blocked_words(lex), taken)
    if new < start and title_complement(lex, doc, new):
        return start  # "le maire LR de Nice Christian Estrosi": "Nice" is the title's
    return new


def title_complement(lex: Lexicon, doc: Doc, start: int) -> bool:
    """Whether `doc[start]` follows "de"/"du" ending a title's words ("maire de Nice")."""
    j = start - 1
    if j < 1 or doc[j].lower_ not in EMPLOYER_LINKS:
        return False
    return any(t.lower_ in lex.titles for t in doc[max(0, j - TITLE_REACH) : j])


def org_relation_doubt(lex: Lexicon, doc: Doc, start: int) -> bool:
    """Whether the name at `start` follows a relation noun that may name a party.

    "son allié libéral X", when X does not open on a known given name.
    """
    return org_before(doc, start, lex.org_relations) and doc[start].text not in lex.first_names


def named_otherwise(doc: Doc, span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """Whether every word of `span` is a word of another name of the article."""
    words = {t.lower_ for s, e in others for t in doc[s:e] if t.is_alpha}
    mine = {t.lower_ for t in doc[span[0] : span[1]] if t.is_alpha}
    return bool(mine) and mine <= words


def title_org_holder(lex: Lexicon, doc: Doc, start: int, toks: Sequence[Token]) -> bool:
    """Whether an organisation noun before the name is a title's complement (see module)."""
    if len(toks) < 2 or toks[0].text not in lex.first_names:
        return False
    head = org_head_at(doc, start, lex.org_heads)
    if head is None or head == start - 1:
        return False  # "l'association Stéphane Lamart": the name is the organisation's
    j = head - 1
    if j > 0 and doc[j].lower_ in ARTICLES_OF:
        j -= 1
    return j >= 0 and title_complement(lex, doc, j + 1)


def brand_context(lex: Lexicon, doc: Doc, start: int, toks: Sequence[Token]) -> bool:
    """Whether the name at `start` (its words `toks`) is a shop or a brand (see module)."""
    given = toks[0].text in lex.strong_first_names  # "le Malik que j'ai connu"
    if start > 0 and doc[start - 1].text in BRAND_ARTICLES and not given:
        return True
    return (
        len(toks) == 3
        and toks[1].lower_ in EMPLOYER_LINKS
        and toks[0].text not in lex.first_names
        and toks[2].ent_type_ == "LOC"
    )


def lone_apposition(lex: Lexicon, doc: Doc, comma: int, *, given: bool = False) -> int | None:
    """'Dupont, maire de Saint-Brieuc': index of one name word before the comma, if any.

    With `given` (an age, no title, follows: "Ginette, 81 ans"), the word must be a strong
    given name.
    """
    k = comma - 1
    if k < 0:
        return None
    tok = doc[k]
    if given and tok.text not in lex.strong_first_names:
        return None
    if (
        not tok.is_alpha
        or not is_name_word(tok)
        or tok.ent_type_ in NOT_A_PERSON
        or (tok.ent_type_ == "MISC" and not given)
        or common_opening(tok, strict=False)
    ):
        return None
    prev = doc[k - 1] if k > 0 else None
    if prev is not None and (
        prev.lower_ in BEFORE_NO_NAME or is_name_word(prev) or prev.text in lex.particles
    ):
        return None
    return k


def after_acronyms(doc: Doc, k: int, end: int, parties: Collection[str] = ()) -> int:
    """Start of the name in a title's run `doc[k:end]` holding an acronym (see module).

    After a party of the lexicon (`parties`) the name starts whatever the model reads
    ("le député LR Vercoutre", which it reads as one organisation).
    """
    acronyms = [
        t.i
        for t in doc[k:end]
        if t.is_upper and sum(ch.isalpha() for ch in t.text) > 1 and not is_initial(t.text)
    ]
    if not acronyms:
        return k
    j = end - 1
    while j > k and doc[j].ent_iob_ == "I":
        j -= 1
    if doc[j].ent_type_ == "PER" and j > acronyms[-1]:
        return j
    a = acronyms[-1]
    if doc[a].text in parties and a + 1 < end and doc[a + 1].text[:1].isupper():
        return a + 1  # "le député LR Vercoutre": no person read, the name after the party
    return k


def after_team(doc: Doc, k: int, end: int) -> int:
    """Start of the name in a title's run `doc[k:end]` opening on a team or an employer.

    "le pilote Ferrari Charles Leclerc", "le pilote Red Bull Max Verstappen": the model
    reads an organisation, then a person of two words or more; the team is no part of
    the name.
    """
    if end - k < 3 or doc[k].ent_type_ != "ORG":
        return k
    for j in range(k + 1, end - 1):  # the model's own split: "Red Bull" | "Max Verstappen"
        if doc[j].ent_type_ == "PER" and doc[j].ent_iob_ == "B":
            return j
    return k


def after_source(doc: Doc, i: int) -> int | None:
    """Start of the name after "<speech verb at i> à l'AFP", None when the words say none.

    "explique à l'AFP Jeanne Carrel": the model often glues the source's acronym and the
    speaker into one organisation; the speaker's name starts right after the acronym.
    """
    k = i + 1
    if k < len(doc) and doc[k].lower_ in ("à", "au"):
        k += 1
    else:
        return None
    if k < len(doc) and doc[k].lower_ in ARTICLES:
        k += 1
    if k + 1 >= len(doc) or not (doc[k].is_alpha and doc[k].is_upper and len(doc[k]) > 1):
        return None
    return k + 1 if doc[k].whitespace_ else None


def opening_word(lex: Lexicon, tok: Token) -> bool:
    """A capitalised common word opening a sentence, no given name ("Et", "Affaire", "A").

    Never a particle ("De Gaulle", "Van Gogh", "Le Pen" opening a sentence).
    """
    particle = tok.lower_ in {p.lower() for p in lex.particles}
    if tok.text in lex.first_names or lex.honorific(tok) or particle:
        return False
    if tok.pos_ in ("NOUN", "ADJ") and tok.ent_type_ == "PER":
        return False  # "Claire Durand", "Rose X": a given name that is also a common word
    single = len(tok.text) == 1 and opens_sentence(tok)  # "A Verneuil": "à", no initial
    return single or common_opening(tok, strict=False)
