"""Person mentions once found: merged, completed and kept or dropped as a whole.

The people component (`people.py`) gathers candidates from titles, honorifics, the model
(`model_candidates`) and appositions; these steps settle them: overlapping readings
merged (`merge`), an employer cut off its holder's other readings (`cut_employers`), lone
words kept only with evidence (`single_words`), a coordinated first name given its
surname (`coordinations`), roles and country from an apposition or a demonym
(`apposition`), the particles of a known name given back (`particle_surnames`), and the
surnames that may spread to further mentions chosen (`spreading_surnames`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc

from c5facts.components.person_constructions import (
    after_abbreviation,
    construction_evidence,
    leading_word,
    nickname,
)
from c5facts.components.person_context import lone_name_evidence, regnal_end
from c5facts.components.person_given import opening_word
from c5facts.components.person_lone import lone_evidence
from c5facts.components.person_names import (
    DETERMINERS,
    EMPLOYER_LINKS,
    CountriesAt,
    employer_cut,
    is_name_word,
    line_pieces,
    lower_adjective,
    written_words,
)
from c5facts.components.person_places import (
    article_name_place,
    lone_word_evidence,
    mislabelled_names,
)
from c5facts.components.person_titles import Lexicon, not_apposed, street_title, title_at

# a generational suffix after a given name ("Don Jr"): no surname to share
GENERATIONS = frozenset(["jr", "sr", "junior", "senior", "fils", "père"])


@dataclass(slots=True)
class Candidate:
    """A person mention before the final checks (mutable: later steps widen and enrich it)."""

    start: int
    end: int
    rule: str
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    announced: bool = False  # a title, honorific or family noun stands before it
    name: str | None = None
    lead: int = -1  # first token of the announcing title, if any
    employer: int = -1  # first token of an employer's name right before it, if any
    apart: bool = False  # a relative's lone name: never an alias of the name after it


def coordinations(lex: Lexicon, doc: Doc, kept: list[Candidate]) -> None:
    """'Craig et Marc Kielburger': the first name gets the second's surname.

    Only when the lone word is a given name (`lex.first_names`): a surname before "et"
    ("les frères Kessler et Marc X", "Morel et Ben Salah") takes no other surname, and a
    generational suffix is none ("Eric et Don Jr").
    """
    by_start = {c.start: c for c in kept}
    for c in kept:
        if c.end - c.start != 1 or c.end + 1 >= len(doc) or doc[c.end].lower_ != "et":
            continue
        other = by_start.get(c.end + 1)
        if other is None or other.end - other.start < 2:
            continue
        if doc[c.start].text not in lex.first_names:
            continue
        surname = doc[other.start + 1 : other.end].text
        if surname.rstrip(".").lower() in GENERATIONS:
            continue  # "Eric et Don Jr": "Jr" is Don's, no family name
        c.name = f"{doc[c.start].text} {surname}"
        c.announced = True
        c.rule = "coordination"


def apposition(
    lex: Lexicon, doc: Doc, cand: Candidate, countries: CountriesAt, starts: Collection[int]
) -> None:
    """Roles and country from "X, secrétaire de presse du président de l'Ouzbékistan".

    `starts` holds the first token of every person: a title that announces its own holder
    or opens the next clause is not X's (`person_titles.not_apposed`).
    """
    k = cand.end
    if k >= len(doc) or doc[k].text != ",":
        demonym_before(doc, cand, countries)
        return
    k += 1
    while k < len(doc) and (doc[k].lower_ in DETERMINERS or doc[k].lower_ in lex.modifiers):
        k += 1
    title = title_at(lex, doc, k, countries) if k < len(doc) else None
    if title is not None and title.kind == "title" and not not_apposed(lex, doc, title.end, starts):
        if title.role:
            cand.roles.append(title.role)
        if cand.country is None:
            cand.country = title.country
    demonym_before(doc, cand, countries)


def demonym_before(doc: Doc, cand: Candidate, countries: CountriesAt) -> None:
    """'l'Américain John Smith': a capitalised demonym right before the name."""
    for start, (end, match) in countries.items():
        if end == cand.start and match.via == "demonym" and doc[start].text[:1].isupper():
            cand.country = cand.country or match.code


def single_words(
    lex: Lexicon, doc: Doc, kept: list[Candidate], countries: CountriesAt, dated: set[int]
) -> list[Candidate]:
    """Keep a lone word only if announced, part of a fuller name, or a person in context.

    Words are counted as written: a hyphenated word is one word ("Trump-Biden", "place
    Adolf-Hitler" need evidence like any lone word), and a hyphenated given name makes a
    full name ("Jean-Luc Mélenchon" makes "Mélenchon" and "Jean-Luc" known). A lone word
    inside a date fact (`dated`: its tokens) is never a person.
    """
    known: set[str] = set()
    for c in kept:
        words = written_words(doc[c.start : c.end])
        if len(words) > 1:  # "Jean-Luc Mélenchon": two words, one of them hyphenated
            known.update(words)
    out = []
    pending = []
    ends = {c.end for c in kept}
    for c in kept:
        toks = [t for t in doc[c.start : c.end] if not lex.honorific(t)]
        words = written_words(toks)  # "Trump-Biden" is one word, not a full name
        if len(words) > 1 or c.announced or c.name or (words and words[0] in known):
            out.append(c)
        elif not (toks and toks[0].i in dated) and not nickname(doc, c.start, c.end, ends):
            pending.append(c)  # "Vendredi, ..." is a date; "X, dit Bébert" X's nickname
    people = {i for c in out for i in (c.start, c.end - 1)}
    # two lone names the model calls PER, joined by "et"/"ou": "Lula et Bolsonaro"
    people |= {c.start for c in pending}
    named: set[str] = set()
    # Coordination reads people kept before: repeat while a pass keeps someone.
    while pending:
        found = []
        for c in pending:
            why = lone_name_evidence(lex, doc, c.start, c.end, countries, people)
            why = why or construction_evidence(lex, doc, c.start, c.end)  # "X lui-même"
            why = why or lone_word_evidence(lex, doc, c.start, c.end)  # "l'affaire X"
            why = why or lone_evidence(lex, doc, c.start, c.end, people)  # "Josiane, une habituée"
            if why is not None:
                c.rule = f"{c.rule}+{why}"
                found.append(c)
                people.update((c.start, c.end - 1))
        if not found:
            break
        out += found
        named.update(doc[c.start : c.end].text for c in found)
        pending = [c for c in pending if c not in found]
    # the same lone name elsewhere in the article, once its sentence said "person"
    for c in pending:
        if doc[c.start : c.end].text in named:
            c.rule = f"{c.rule}+same-name"
            out.append(c)
    return sorted(out, key=lambda c: c.start)


def misread_people(
    lex: Lexicon,
    doc: Doc,
    kept: list[Candidate],
    countries: CountriesAt,
    country_tokens: set[int],
    keep: Callable[[Candidate], bool],
) -> list[Candidate]:
    """Lone names the model tags LOC/ORG that the sentence makes people (`person_places`).

    Each passes `keep` (the component's checks, `person_checks.plausible`) and takes the
    roles and country of its apposition ("Dufour, ancien député").
    """
    covered = {i for c in kept for i in range(c.start, c.end)}
    out: list[Candidate] = []
    for i, why in mislabelled_names(lex, doc, covered, countries, country_tokens):
        cand = Candidate(i, i + 1, f"model-place+{why}")
        if keep(cand):
            apposition(lex, doc, cand, countries, covered)
            out.append(cand)
    return out


def particle_surnames(lex: Lexicon, doc: Doc, kept: list[Candidate]) -> None:
    """'Le Pen a dit', 'de Gaulle': give back the particles of a known 'Marine Le Pen'."""
    pairs = set()
    for c in kept:
        toks = doc[c.start : c.end]
        for a, b in itertools.pairwise(toks):
            if a.text in lex.particles:
                pairs.add((a.text, b.lower_))
    for c in kept:
        while c.start > 0 and (doc[c.start - 1].text, doc[c.start].lower_) in pairs:
            c.start -= 1


def employer_of(doc: Doc, start: int, end: int, before: list[Candidate]) -> bool:
    """Whether `doc[start:end]` is the employer of the name before it ("X Y de Morgan Stanley")."""
    return (
        end - start > 1
        and start > 0
        and doc[start - 1].lower_ in EMPLOYER_LINKS
        and any(c.end == start - 1 and c.end - c.start > 1 for c in before)
    )


def cut_employers(cands: list[Candidate]) -> list[Candidate]:
    """Cut an employer's name off the other readings of its holder ("Tinto Simon Thompson")."""
    cuts = [(c.employer, c.start) for c in cands if c.employer >= 0]
    out = []
    for c in cands:
        for first, holder in cuts:
            if c.employer < 0 and c.start < holder < c.end and c.end > first:
                c.start = holder  # a reading that overlaps the employer keeps the holder
        if c.start < c.end:
            out.append(c)
    return out


def merge(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per overlapping group: the longest, with every role and country."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        last = out[-1] if out else None
        if last is not None and c.start < last.end:
            if c.end - c.start > last.end - last.start:
                last.start, last.end = c.start, c.end
            last.roles += [r for r in c.roles if r not in last.roles]
            last.country = last.country or c.country
            last.name = last.name or c.name
            last.apart = last.apart or c.apart
            last.announced = last.announced or c.announced
            last.lead = max(last.lead, c.lead)
            if last.rule != c.rule and "+" not in last.rule:
                last.rule = f"{last.rule}+{c.rule}"
            continue
        out.append(c)
    return out


def spreading_surnames(lex: Lexicon, doc: Doc, kept: list[Candidate]) -> set[str]:
    """Surnames (lower case) that may spread to further mentions of their person.

    The last word of a full name ("Jean-Luc Mélenchon": two words as written) or of an
    announced one, when it is a name word of two letters or more: never "le" of a span
    error ("Cotti-le"), an initial ("Lucie F.") or one letter ("Nadia G", then "le
    point G").
    """
    surnames = set()
    for c in kept:
        named = [t for t in doc[c.start : c.end] if not lex.honorific(t)]
        words = [t for t in named if t.is_alpha]
        full = len(written_words(named)) > 1
        final = doc[c.end - 1]
        if (
            (full or (c.announced and words))
            and words
            and words[-1] == final
            and is_name_word(final)
            and len(final.text) > 1
        ):
            surnames.add(final.lower_)
    return surnames


def predicate_cut(lex: Lexicon, doc: Doc, start: int, end: int) -> int:
    """The end of a name before the first lower-case verb of the span ("Kim a souri").

    The model sometimes runs a name on over its predicate or an adverb; a verb, an
    auxiliary or an adverb written in lower case is never part of a name ("J. B. hier
    soir" is "J. B."; a particle, or a part glued by a hyphen as in "Jong-un", is).
    """
    for k in range(start + 1, end):
        tok = doc[k]
        glued = doc[k - 1].text == "-" and not doc[k - 1].whitespace_
        if (
            tok.is_lower
            and tok.pos_ in ("VERB", "AUX", "ADV")  # "Kim a souri", "J. B. hier soir"
            and not glued
            and tok.text not in lex.particles
        ):
            return k
    return end


# Prepositions that name the medium a text appears on ("sur Twitter", "via Instagram").
MEDIUM_PREPOSITIONS = frozenset(["sur", "via"])


def medium_before(lex: Lexicon, doc: Doc, start: int, end: int) -> bool:
    """Whether the span's first word is the medium glued to the name after it.

    "a écrit sur Twitter Salah X": after "sur"/"via", a word that is no given name before a
    strong given name and at least one more word is the medium an inverted speaker wrote on.
    """
    if start == 0 or end - start < 3 or doc[start - 1].lower_ not in MEDIUM_PREPOSITIONS:
        return False
    return (
        doc[start].text not in lex.first_names
        and doc[start + 1].text in lex.strong_first_names
        and doc[start + 1].text[:1].isupper()
    )


def article_surname(lex: Lexicon, doc: Doc, start: int, end: int) -> bool:
    """Whether the model's PER span `doc[start:end]` is a surname opening on "Le"/"La".

    "Le Pen", "Le Drian", "La Fontaine": a capitalised article and ONE name word, no
    given name or title ("La Marie", "Le Président" are an article and a word).
    """
    if end != start + 2 or doc[start].text not in ("Le", "La"):
        return False
    word = doc[start + 1]
    if not is_name_word(word) or word.text in lex.strong_first_names or word.lower_ in lex.titles:
        return False
    return not article_name_place(lex, doc, doc[start].text, word.text)  # "à La Coupole"


def given_after(lex: Lexicon, doc: Doc, i: int, end: int) -> bool:
    """Whether a given name follows `doc[i]` inside the span ending at `end`."""
    return i + 1 < end and doc[i + 1].text in lex.first_names


def model_candidates(lex: Lexicon, doc: Doc, countries: CountriesAt) -> list[Candidate]:
    """The model's PER spans as candidates, leading titles stripped into roles.

    "président Obama" -> "Obama" (role "président"); a span is cut at line breaks, loses a
    sentence's first common word ("Et Marchal"), the medium glued before an inverted
    speaker ("sur Twitter Salah X": `medium_before`) and its trailing punctuation and particles;
    a span after a street's noun ("cours Général X") or holding a lower-case adjective
    ("Gilet jaune") is none; a span that runs on over its verb ("Kim a souri") stops
    before it (`predicate_cut`).
    """
    out: list[Candidate] = []
    pieces = [
        piece
        for ent in doc.ents
        if ent.label_ == "PER"
        for piece in line_pieces(doc, ent.start, ent.end)  # never over a line break
    ]
    for start, end in pieces:
        if street_title(lex, doc, start):
            continue  # "cours Général Martin", "rue du Président Wilson": a street
        roles: list[str] = []
        announced = False
        while start < end:
            tok = doc[start]
            cut, address = after_abbreviation(lex, doc, start, end)
            if cut > start:  # "S. M.", "R. P. X": an abbreviated form of address
                start, announced = cut, announced or address
                continue
            if (
                (tok.lower_ in DETERMINERS and not article_surname(lex, doc, start, end))
                or tok.lower_ in lex.modifiers
                or leading_word(lex, doc, start)
            ):
                start += 1  # "le jeune X": an epithet is no part of the name
                continue
            if tok.text in lex.particles and tok.is_lower and given_after(lex, doc, start, end):
                start += 1  # "la mère d'Emilie": "of", before a given name
                continue
            title = title_at(lex, doc, start, countries)
            if title is None or title.end > end:
                break
            if title.role:
                roles.append(title.role)
            start, announced = title.end, True
        while end - start > 1 and opening_word(lex, doc[start]):
            start += 1  # "A Verneuil", "Et Marchal": a sentence's first word, no name's
        if medium_before(lex, doc, start, end):
            start += 1  # "a écrit sur Twitter Salah X": the medium is no part of the name
        if start < end and lex.honorific(doc[start]):
            announced = True
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ in lex.honorifics - {"me"}:
            announced = True  # "le débat sur monsieur Lefranc-Morel"
        # trailing punctuation and particles; a hyphenated surname stays ("Antoine de
        # Saint-Affrique"), a lone hyphenated word is left out as before
        while end > start and (
            doc[end - 1].text in lex.particles
            or (
                not (end - start > 1 and any(ch.isalpha() for ch in doc[end - 1].text))
                and not doc[end - 1].is_alpha
                and not doc[end - 1].text.endswith(".")
                and doc[end - 1].text not in lex.first_names  # "Jean-Marc" alone
            )
        ):
            end -= 1
        end = employer_cut(doc, start, end, lex.not_person)
        end = predicate_cut(lex, doc, start, end)
        if any(lower_adjective(t, lex.particles) for t in doc[start:end]):
            continue  # "Gilet jaune": a noun phrase, not a name
        if start < end and not employer_of(doc, start, end, out):
            end = regnal_end(doc, end)
            out.append(Candidate(start, end, "ner", roles, announced=announced))
    return out
