"""Person mentions once found: merged, completed and kept or dropped as a whole.

The people component (`people.py`) gathers candidates from titles, honorifics, the model
(`person_model.model_candidates`) and appositions; these steps settle them: overlapping readings
merged (`merge`), an employer cut off its holder's other readings (`cut_employers`), lone
words kept only with evidence (`single_words`), a coordinated first name given its
surname (`coordinations`), roles and country from an apposition or a demonym
(`apposition`), the particles of a known name given back (`particle_surnames`), a
relative's lone name kept apart from the full name apposed to it ("le fils de l'ancien
président X, Y X": `relatives_apart`), and the surnames that may spread to further
mentions chosen (`spreading_surnames`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc

from c5facts.components.doc_text import lowers_of
from c5facts.components.person_constructions import (
    OF,
    construction_evidence,
    nickname,
)
from c5facts.components.person_context import lone_name_evidence, nationality_at, org_before
from c5facts.components.person_lone import lone_evidence
from c5facts.components.person_names import (
    DETERMINERS,
    EMPLOYER_LINKS,
    CountriesAt,
    is_name_word,
    written_words,
)
from c5facts.components.person_places import (
    lone_word_evidence,
    mislabelled_names,
    misread_full_names,
    misread_nationals,
)
from c5facts.components.person_titles import Lexicon, not_apposed, title_at

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
    if (
        title is not None
        and title.kind == "title"
        and not not_apposed(lex, doc, title.end, starts, inner=title.inner is not None)
    ):
        if title.role:
            cand.roles.append(title.role)
        if cand.country is None:
            cand.country = title.country
    demonym_before(doc, cand, countries)


def demonym_before(doc: Doc, cand: Candidate, countries: CountriesAt) -> None:
    """'l'Américain John Smith': a capitalised demonym right before the name.

    "le Suisse John Smith": a demonym written as its country's name (`nationality_at`).
    """
    for start, (end, match) in countries.items():
        if end != cand.start or not doc[start].text[:1].isupper():
            continue
        if match.via == "demonym" or (end == start + 1 and nationality_at(doc, start)):
            cand.country = cand.country or match.code


def single_words(
    lex: Lexicon, doc: Doc, kept: list[Candidate], countries: CountriesAt, dated: set[int]
) -> list[Candidate]:
    """Keep a lone word only if announced, part of a fuller name, or a person in context.

    Words are counted as written: a hyphenated word is one word ("Trump-Biden", "place
    Adolf-Hitler" need evidence like any lone word), and a hyphenated given name makes a
    full name ("Jean-Luc Mélenchon" makes "Mélenchon" and "Jean-Luc" known). A lone word
    inside a date fact (`dated`: its tokens) is never a person, nor is one the article
    gives as a storm's or a ship's name (`thing_names`).
    """
    known: set[str] = set()
    for c in kept:
        words = written_words(doc[c.start : c.end])
        if len(words) > 1:  # "Jean-Luc Mélenchon": two words, one of them hyphenated
            known.update(words)
    out = []
    pending = []
    ends = {c.end for c in kept}
    things = thing_names(lex, doc)
    for c in kept:
        toks = [t for t in doc[c.start : c.end] if not lex.honorific(t)]
        words = written_words(toks)  # "Trump-Biden" is one word, not a full name
        if len(words) > 1 or c.announced or c.name or (words and words[0] in known):
            out.append(c)
        elif (toks and toks[0].i in dated) or doc[c.start : c.end].text in things:
            continue  # "Vendredi, ..." is a date; "Eleanor" of "la tempête Eleanor" a storm
        elif not nickname(doc, c.start, c.end, ends):
            pending.append(c)  # "X, dit Bébert": X's nickname
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
                if why == "nationality":
                    c.country = c.country or nationality_at(doc, c.start - 1)
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


def thing_names(lex: Lexicon, doc: Doc) -> set[str]:
    """Lone capitalised words the article gives after a `named_thing` noun.

    "la tempête Eleanor", "le navire Wakashio": a storm's or a ship's name, never a
    person's, wherever else the article writes it.
    """
    heads = lex.kinds.get("named_thing", set())
    if heads.isdisjoint(lowers_of(doc)):
        return set()  # most articles name no storm and no ship
    return {
        t.text
        for t in doc
        if t.is_title
        and t.i > 0
        and org_before(doc, t.i, heads)
        and (t.i + 1 == len(doc) or not doc[t.i + 1].is_title)
    }


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
        if why == "nationality":
            cand.country = nationality_at(doc, i - 1)  # "la Française Garcia": FR
        if keep(cand):
            apposition(lex, doc, cand, countries, covered)
            out.append(cand)
    for i, code in misread_nationals(lex, doc, covered, country_tokens):
        cand = Candidate(i, i + 1, "model-place+nationality", country=code)  # "le Suisse X"
        if keep(cand):
            out.append(cand)
    for start, end in misread_full_names(lex, doc, covered, country_tokens):
        cand = Candidate(start, end, "model-place+full-name")  # "pays de Recep Tayyip Erdogan"
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


KIN_WALK = 6  # lower-case words between "fils de" and the relative's name
KIN_OF = OF | {"du"}  # "le fils du président X"


def relatives_apart(lex: Lexicon, doc: Doc, kept: list[Candidate]) -> None:
    """Mark the lone X of "le fils de (l'ancien président) X, Y X" `apart` from "Y X"."""
    kin = lex.kinds.get("kinship", set())
    fuller = {c.start: c for c in kept if c.end - c.start > 1}
    for c in kept:
        if c.end - c.start != 1 or c.end + 1 >= len(doc) or doc[c.end].text != ",":
            continue
        other = fuller.get(c.end + 1)
        if other is None or doc[other.end - 1].lower_ != doc[c.start].lower_:
            continue
        k = c.start - 1
        while k > 0 and c.start - k <= KIN_WALK and doc[k].is_lower and doc[k].lower_ not in KIN_OF:
            k -= 1  # "l'ancien président iranien"
        if k > 0 and doc[k].lower_ in KIN_OF and doc[k - 1].lower_ in kin:
            c.apart = True
