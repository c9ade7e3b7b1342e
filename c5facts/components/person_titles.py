"""Titles for the people component: the vocabulary, and reading a title with its country.

A title is a role ("président", "ministre délégué", "PDG"), a relation ("homologue") or a
kinship noun ("épouse"), optionally after modifiers ("ancien"), and may carry a country:
a demonym after it ("le président ouzbek"), a "du <pays>" complement ("le président du
Kazakhstan") or a nested title's ("secrétaire de presse du président de l'Ouzbékistan").
Ministers also take their ministry ("ministre saoudien des Affaires étrangères"). A title
may be followed by its employer and its holder with no comma ("le président de Rio Tinto
Simon Thompson"): `person_employers.employer_at` splits the run where the base model
reads a person. A
title after a comma is no apposition when it is the subject of the next verb or announces
its own holder ("X, le président du syndicat Y Jérôme Z": `not_apposed`). A noun naming a
human that is no title ("X, une habituée", `human_noun`) is read by `human_apposed`. The
vocabulary is data: `models/people/lexicon.tsv`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from c5facts.components.doc_text import lowers_of
from c5facts.components.person_names import (
    DETERMINERS,
    NOT_GLUED,
    CountriesAt,
    adjectives_end,
    capitalised,
    is_name_word,
)
from c5facts.normalise.people import first_names
from c5facts.resources import date_vocabulary, read_tsv

OF = frozenset(["de", "du", "des", "d'", "d’"])
OF_ARTICLES = frozenset(["la", "l'", "l’", "le"])
PARTICLE_OF = frozenset(["de", "d'", "d’"])
ACT_KINDS = ("person_act", "player_act", "passive_act")  # "verb object-head" pairs
MAX_COMPLEMENT = 14  # tokens between a title and the comma before its name
MINISTRY_HEADS = frozenset(["ministre", "secrétaire d'état", "secrétaire d'etat"])
TITLE_KINDS = ("title", "relation", "kinship")
CITIES = ("gazetteers", "cities.tsv")
# the classes of the date vocabulary whose words name a day or a time of the year: a given
# name that is one of them ("Noël") is no person by being a given name alone
DATE_WORD_CLASSES = ("month", "weekday", "holiday", "holiday_word", "season")
# words that open a verb group whatever the word-class rules read after them
VERB_OPENERS = frozenset(["se", "s'", "s’", "ne", "n'", "n’"])
MAX_BEFORE_NOUN = 3  # determiners, modifiers and adjectives before a human noun
OF_STREET = frozenset(["du"])  # "rue du Général X" ("à la place de X" is no street)


@dataclass(frozen=True, slots=True)
class Title:
    """A title read at some position: where it ends, its kind, role and country."""

    end: int
    kind: str  # title | relation | kinship
    role: str | None
    country: str | None
    # the title of its complement ("le fils du président", "le conseiller du président"):
    # a name right after it holds this inner title; a name before it in apposition the outer
    inner: Title | None = None


class Lexicon:
    """The people vocabulary (`models/people/lexicon.tsv`), indexed for the component."""

    def __init__(self, rows: list[dict[str, str]], make_words: dict[str, list[str]]) -> None:
        """Index `rows` (form, kind); `make_words` maps a title to its tokens."""
        self.kinds: dict[str, set[str]] = {}
        for row in rows:
            self.kinds.setdefault(row["kind"], set()).add(row["form"])
        # first word -> (words, kind) of every title starting with it, longest first
        self.titles: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for kind in TITLE_KINDS:
            for form in self.kinds.get(kind, ()):
                words = tuple(w.lower() for w in make_words[form])
                self.titles.setdefault(words[0], []).append((words, kind))
        for options in self.titles.values():
            options.sort(key=lambda o: -len(o[0]))
        self.honorifics = {w.lower() for w in self.kinds.get("honorific", ())}
        self.ocr_honorifics = self.kinds.get("honorific_ocr", set())  # as written: "M"
        self.list_honorifics = {w.lower() for w in self.kinds.get("list_honorific", ())}
        self.particles = self.kinds.get("particle", set())
        self.particle_titles = self.kinds.get("particle_title", set())
        self.ranks = self.kinds.get("rank", set())
        self.nobility = self.kinds.get("nobility", set())
        self.modifiers = self.kinds.get("modifier", set())
        # "verb object-head" pairs by kind, then verb: {"person_act": {"prononcé": {...}}}
        self.acts: dict[str, dict[str, frozenset[str]]] = {}
        for kind in ACT_KINDS:
            heads: dict[str, set[str]] = {}
            for form in self.kinds.get(kind, ()):
                verb, head = form.split()
                heads.setdefault(verb, set()).add(head)
            self.acts[kind] = {verb: frozenset(h) for verb, h in heads.items()}
        self.ministry = self.kinds.get("ministry", set())
        self.not_person = {w.lower() for w in self.kinds.get("org", set())} | {
            w.lower() for w in self.kinds.get("place", set())
        }
        # context of lone names (see `person_context`)
        self.speech_verbs = self.kinds.get("speech_verb", set())
        self.object_verbs = self.kinds.get("object_verb", set())
        # a kinship word governs its relative too: "les parents de Jérôme"
        self.person_nouns = self.kinds.get("person_noun", set()) | self.kinds.get("kinship", set())
        self.person_nouns_bare = self.kinds.get("person_noun_bare", set())
        self.streets = self.kinds.get("street", set())
        self.org_heads = self.kinds.get("org_head", set()) | self.streets
        self.group_heads = self.kinds.get("group_head", set())
        self.subject_verbs = self.kinds.get("subject_verb", set())
        self.human_states = self.kinds.get("human_state", set())
        self.human_haves = self.kinds.get("human_have", set())
        self.person_only_nouns = self.kinds.get("person_only_noun", set())
        self.org_relations = self.kinds.get("org_relation", set())
        self.role_nouns = self.kinds.get("role_noun", set())
        self.acting_verbs = self.kinds.get("acting_verb", set())
        self.cast_by = self.kinds.get("cast_by", set())
        self.thing_verbs = self.kinds.get("thing_verb", set())
        # "puis", "ainsi que": longer links of a coordination (`person_coordination.linked`)
        self.links = {
            tuple(form.lower().split()) for form in self.kinds.get("coordination_link", ())
        }
        # "X, de son côté, a répondu": an incise between the subject and its verb
        self.incises = {tuple(form.lower().split()) for form in self.kinds.get("incise", ())}
        # nouns naming a human by occupation or status, not titles ("Karim, étudiant en droit")
        self.human_nouns = self.kinds.get("human_noun", set())
        # the bare nouns a person is said to be ("X est ministre", "X sera candidat")
        self.predicate_nouns = frozenset(
            [t.lower() for t in self.kinds.get("title", ()) if " " not in t]
        ) | frozenset(self.human_nouns)
        # adjectives and court nouns before a name, and the one-word human nouns
        # (`person_constructions.epithets`), built once: asked for every candidate
        self.epithets = (
            self.kinds.get("epithet", set())
            | self.kinds.get("epithet_noun", set())
            | {w for w in self.human_nouns if " " not in w}
        )
        self.parties = self.kinds.get("party", set())  # "Dupont (LR)": `party_after`
        vocabulary = date_vocabulary()
        self.date_words = frozenset(
            form
            for kind in DATE_WORD_CLASSES
            for form in vocabulary.get(kind, {})
            if " " not in form
        )
        # given names as written (generated list, `models/people/first_names.tsv`)
        self.first_names = first_names()
        self.strong_first_names = first_names(strong=True)
        # the same names as a plain set, for the loops that look up every word
        self.plain_first_names = frozenset(self.first_names)
        # one-word city names (generated from GeoNames: `models/gazetteers/cities.tsv`)
        self.cities = frozenset(row["name"] for row in read_tsv(*CITIES))

    def honorific(self, tok: Token) -> bool:
        """Whether `tok` is an honorific ("M.", "Mme", "monsieur", OCR's "M").

        OCR's dotless "M" only before a name in small letters and after no number ("M
        Dupuy", never "225 M EUR"); OCR may have read its dot as a comma, or set it apart,
        before a name the model reads as a person ("M, Dupuy", "M . Dupuy").
        """
        if tok.lower_ in self.honorifics:
            return True
        at = ocr_name_at(tok)
        if tok.text not in self.ocr_honorifics or at >= len(tok.doc):
            return False
        after, before = tok.doc[at], tok.nbor(-1) if tok.i > 0 else None
        name = after.text[:1].isupper() and any(ch.islower() for ch in after.text)
        if at > tok.i + 1 and after.ent_type_ != "PER":
            return False  # "la taille M, Vesoul et Dole": a comma, then no person
        return name and not (before is not None and before.like_num)


def ocr_name_at(tok: Token) -> int:
    """Where the name after OCR's honorific `tok` starts ("M, Motta", "M . Motta").

    OCR reads the dot as a comma, or sets it apart.
    """
    doc = tok.doc
    comma = tok.i + 2 < len(doc) and doc[tok.i + 1].text in (",", ".")
    return tok.i + 2 if comma else tok.i + 1


def title_at(lex: Lexicon, doc: Doc, i: int, countries: CountriesAt) -> Title | None:
    """Read a title starting at token `i` (with its demonym and complements), if any."""
    lows = lowers_of(doc)  # asked at most tokens: strings, not Token objects
    while i < len(lows) and lows[i] in lex.modifiers:
        i += 1
    if i >= len(lows):
        return None
    for words, kind in lex.titles.get(lows[i], ()):  # noqa: B007 (used below)
        end = i + len(words)
        if end <= len(lows) and tuple(lows[i:end]) == words:
            break
    else:
        return None
    end = hyphen_compound_end(doc, end)  # "le colonel-divisionnaire X", "le sergent-chef X"
    if tuple(lows[end : end + 2]) == ("en", "chef"):
        end += 2  # "l'économiste en chef", "le commandant en chef": one title, its head
    role_tokens: list[Token] = list(doc[i:end])
    country = None
    j = end
    hit = countries.get(j)
    if hit is None:  # "le conseiller fédéral X", "le député socialiste français X"
        j = adjectives_end(doc, j, countries)
        hit = countries.get(j)
    if hit is not None and hit[1].via == "demonym":  # "le président ouzbek"
        country, j = hit[1].code, hit[0]
    if " ".join(words) in MINISTRY_HEADS or words[0] == "ministre":
        j, complement = _ministry(lex, doc, j, countries)
        role_tokens += complement
        hit = countries.get(j)
        if country is None and hit is not None and hit[1].via == "demonym":
            country, j = hit[1].code, hit[0]  # "ministre des Affaires étrangères saoudien"
    if kind == "title" and country is None and countries.get(j) is None:
        j, complement = _common_complement(lex, doc, j, countries)  # "le juge d'instruction X"
        role_tokens += complement
    k = after_of(doc, j)
    inner = None
    if country is None and k is not None:
        hit = countries.get(k)
        if hit is not None and hit[1].via != "demonym":  # "le président du Kazakhstan"
            country, j = hit[1].code, hit[0]
        else:
            sub = title_at(lex, doc, k, countries)  # "du président de l'Ouzbékistan"
            if sub is not None and sub.kind == "title":
                country, j, inner = sub.country, sub.end, sub
    role = role_text(role_tokens) if kind == "title" else None
    return Title(end=j, kind=kind, role=role, country=country, inner=inner)


COMPLEMENTS = 2  # "le chef d'état-major des armées": complements of a title, at most
COMPLEMENT_WORDS = 3  # lower-case words of one complement, at most ("du conseil régional")
DEFINITE = frozenset(["la", "l'", "l’", "le", "du", "des"])
BARE_NAME_WORDS = 3  # words of a name completing a complement ("de la campagne Joe Biden")


def _common_complement(
    lex: Lexicon, doc: Doc, j: int, countries: CountriesAt
) -> tuple[int, list[Token]]:
    """End and tokens of a title's complements made of common nouns, from `j`.

    "juge d'instruction", "directeur de cabinet", "juge des enfants", "chef d'état-major
    des armées", "président du conseil régional": lower-case nouns (and adjectives after
    them) after "de"/"du"/"des" and an article belong to the role, so that the name after
    them is the title's holder and a noun that heads firms elsewhere ("cabinet") names
    none here. A title word ends them ("chef de cabinet du ministre X": X is the
    minister), and so does a country. They are kept only when what follows them may
    follow a role: a comma, a name the model reads as a person, a lower-case word, the
    end, or another title; "la présidente de la région Ile-de-France" keeps its name
    out of the role ("région" names a place).
    """
    start, out = j, []
    for _ in range(COMPLEMENTS):
        k = after_of(doc, j)
        if k is None or k in countries or doc[k].lower_ in lex.titles:
            break
        stop = k
        while (
            stop < len(doc)
            and stop - k < COMPLEMENT_WORDS
            and doc[stop].is_lower
            and (doc[stop].pos_ == "NOUN" or (stop > k and doc[stop].pos_ == "ADJ"))
        ):
            stop = hyphen_compound_end(doc, stop + 1)
        if stop == k:
            break
        out += list(doc[j:stop])
        j = stop
    if len(out) > 1 and out[-1].lower_ in lex.person_nouns_bare and out[-2].lower_ in DEFINITE:
        # "le chef de la communication de la campagne Trump, X": the name completes the
        # noun ("la campagne Trump"), the holder comes after the comma ("le directeur de
        # campagne X", without an article, is a role and its holder)
        # ("du gouvernement X a dit": X is the holder; only a name after a comma is)
        stop = j
        while stop < len(doc) and stop - j < BARE_NAME_WORDS and doc[stop].is_title:
            stop += 1
        if stop > j and stop + 1 < len(doc) and doc[stop].text == "," and doc[stop + 1].is_title:
            out += list(doc[j:stop])
            j = stop
    if out and not _may_follow_role(lex, doc, j):
        return start, []
    firm = len(out) > 1 and out[-1].lower_ in lex.org_heads and out[-2].lower_ in DEFINITE
    if firm and j < len(doc) and doc[j].is_title:
        return start, []  # "l'avocat de l'association Henri Delmas": the firm's name
    return j, out


def _may_follow_role(lex: Lexicon, doc: Doc, j: int) -> bool:
    """Whether the token at `j` may follow a complete role (see `_common_complement`)."""
    if j >= len(doc):
        return True
    tok = doc[j]
    if tok.text == "," or (tok.ent_iob_ == "B" and tok.ent_type_ == "PER"):
        return True
    if tok.lower_ in OF:
        k = after_of(doc, j)
        return k is not None and doc[k].lower_ in lex.titles  # "de cabinet du ministre X"
    return not tok.text[:1].isupper()


def hyphen_compound_end(doc: Doc, end: int) -> int:
    """End of a title glued by hyphens to lower-case words ("colonel-divisionnaire")."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and doc[end + 1].lower_ not in NOT_GLUED  # "Cotti-le plus ...": a dash
    ):
        end += 2
    return end


def after_of(doc: Doc, j: int) -> int | None:
    """Token after "de"/"du"/"de la"... at `j`, None when `j` holds no such word."""
    if j < len(doc) and doc[j].lower_ in OF:
        k = j + 1
        if k < len(doc) and doc[k].lower_ in OF_ARTICLES:
            k += 1
        return k if k < len(doc) else None
    return None


def _ministry(lex: Lexicon, doc: Doc, j: int, countries: CountriesAt) -> tuple[int, list[Token]]:
    """End and tokens of a minister's ministry at `j` ("des Affaires étrangères")."""
    k = after_of(doc, j)
    if k is None or k in countries or particle_name(lex, doc, j, countries):
        return j, []  # "le ministre de Broglie": a name, no ministry
    head = doc[k]
    if not (capitalised(head) or is_name_word(head) or head.lower_ in lex.ministry):
        return j, []
    end = k + 1
    # Lower-case adjectives only: a capitalised word after "Affaires étrangères" is the
    # minister's name.
    while (
        end < len(doc)
        and end - k < 3
        and end not in countries
        and doc[end].is_alpha
        and doc[end].is_lower
        and doc[end].pos_ == "ADJ"
    ):
        end += 1
    return end, list(doc[j:end])


def particle_name(lex: Lexicon, doc: Doc, j: int, countries: CountriesAt) -> bool:
    """Whether "de X" at `j` after a title is its holder's name: "le ministre de Broglie".

    "de"/"d'" without an article that the model reads inside a person's name, then a
    capitalised word that is no country and no city ("le maire de Nice", "le ministre de
    France" name offices). "le porte-parole de Macron", where the model tags "Macron"
    alone, is Macron's spokesman.
    """
    if j + 1 >= len(doc) or doc[j].lower_ not in PARTICLE_OF:
        return False
    name = doc[j + 1]
    return (
        doc[j].ent_type_ == name.ent_type_ == "PER"
        and name.ent_iob_ == "I"
        and is_name_word(name)
        and (j + 1) not in countries
        and name.text not in lex.cities
    )


def loose_name_start(doc: Doc, j: int) -> int:
    """Start of a name after a title's complement and a comma, 0 when there is none.

    "le président de l'Ufip (...), X": no verb or sentence end before the comma.
    """
    for k in range(j, min(j + MAX_COMPLEMENT, len(doc) - 1)):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") or (tok.is_sent_start and k > j) or tok.text in ".;:!?":
            return 0
        if tok.text == ",":
            return k + 1 if k > j else 0
    return 0


def role_text(tokens: list[Token]) -> str:
    """A title as written, its first letter lowered unless the word is an acronym."""
    text = "".join(t.text_with_ws for t in tokens).strip()
    first = tokens[0].text
    if first.isupper() and len(first) > 1:
        return text
    return text[:1].lower() + text[1:]


def not_apposed(
    lex: Lexicon, doc: Doc, end: int, people: Collection[int], *, inner: bool = False
) -> bool:
    """Whether a title after a comma, ending at `end`, is no apposition of the name before.

    "X, le président républicain a dit": the title is the subject of the next verb (lower-
    case adjectives between); "X, le président du syndicat Y Jérôme Z, ...": the title
    announces its own holder, a person (`people`: first tokens of people) before the next
    comma, verb, coordination or sentence end, not after "de" ("X, l'avocat de Jérôme Z":
    the client) nor after another title ("X, le chef de cabinet du ministre Jérôme Z": the
    minister's). With `inner` (the title ends on another title and its holder's name,
    "X, le chef de cabinet du ministre Y"), the name after is the other title's: X
    holds the first one.
    """
    k = end
    while k < len(doc) and doc[k].is_alpha and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1
    verb = k < len(doc) and doc[k].pos_ in ("VERB", "AUX")
    if verb and "Fin" in doc[k].morph.get("VerbForm", []):
        return True
    if inner:
        return False
    for j in range(end, min(end + MAX_COMPLEMENT, len(doc))):
        tok = doc[j]
        if (
            tok.text in ",;:.!?()"
            or tok.is_space
            or tok.pos_ in ("VERB", "AUX")
            or tok.lower_ in ("et", "ou")
            or tok.lower_ in lex.titles
        ):
            return False
        if j in people:
            return doc[j - 1].lower_ not in OF
    return False


def street_title(lex: Lexicon, doc: Doc, i: int) -> bool:
    """'cours Général X', 'la rue du Président X': a title at `i` naming a street."""
    j = i - 1
    if j > 0 and doc[j].lower_ in OF_STREET:
        j -= 1
    return j >= 0 and doc[j].lower_ in lex.streets


def human_noun_end(lex: Lexicon, doc: Doc, k: int) -> int | None:
    """End of a human noun (`human_noun` or a family noun) at `k`, words before it skipped."""
    for _ in range(MAX_BEFORE_NOUN + 1):
        if k >= len(doc):
            return None
        for n in (3, 2, 1):  # "mère de famille", "jeune femme", "retraité"
            words = " ".join(t.lower_ for t in doc[k : k + n])
            if k + n <= len(doc) and words in lex.human_nouns:
                return k + n
        title = title_at(lex, doc, k, {})
        if title is not None and title.kind == "kinship":
            return title.end  # "une mère de trois enfants"
        tok = doc[k]
        skip = tok.lower_ in DETERMINERS or tok.lower_ in lex.modifiers
        if not (skip or (tok.pos_ == "ADJ" and tok.is_lower and tok.is_alpha)):
            return None
        k += 1
    return None


def human_apposed(lex: Lexicon, doc: Doc, comma: int, people: Collection[int]) -> bool:
    """Whether a human noun after the comma at `comma` is in apposition to the name before.

    The apposition must close (a comma, a mark, the sentence's end) before any finite verb:
    "X, un retraité de 70 ans, attend" is X's; in "Près de X, un retraité de 70 ans a été
    agressé" the noun phrase is the subject of the next verb. `people`: see `not_apposed`.
    """
    end = human_noun_end(lex, doc, comma + 1)
    if end is None or not_apposed(lex, doc, end, people):
        return False
    for tok in doc[end : end + MAX_COMPLEMENT]:
        if tok.text in ",;:.!?()" or tok.is_space or tok.is_sent_start:
            return True
        if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", []):
            return False
        if tok.lower_ in VERB_OPENERS:
            return False  # "X, la jeune femme s'en tire": a reflexive or a negation
    return end + MAX_COMPLEMENT >= len(doc)
