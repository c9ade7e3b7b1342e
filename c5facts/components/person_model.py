"""The base model's PER spans as person candidates (`model_candidates`).

A span loses what is no part of a name: a leading title (kept as a role), an epithet
("le jeune X"), a sentence's first common word ("Et Marchal"), the medium before an
inverted speaker ("sur Twitter Salah X": `medium_before`), a possessive "d'" before a
given name ("la mère d'Emilie"), trailing punctuation and particles, a generation word
after the surname ("Coquelin aîné": `generation` evidence then reads it), and the verb a span
runs on over ("Kim a souri": `predicate_cut`). A surname opening on "Le"/"La" keeps it
(`article_surname`: "Le Pen", never "à La Coupole"). A span of one given name takes the
name words the model left untagged after it (`given_run_end`: "Edson Arantes do
Nascimento" read as "Edson").
"""

from __future__ import annotations

from spacy.tokens import Doc

from c5facts.components.person_constructions import GENERATIONS, after_abbreviation, leading_word
from c5facts.components.person_context import (
    nationality_at,
    opens_sentence,
    regnal_end,
    title_opens_org,
)
from c5facts.components.person_given import opening_word
from c5facts.components.person_mentions import Candidate, employer_of
from c5facts.components.person_names import (
    DETERMINERS,
    CountriesAt,
    employer_cut,
    is_name_word,
    line_pieces,
    lower_adjective,
    name_end,
)
from c5facts.components.person_places import article_name_place
from c5facts.components.person_titles import Lexicon, street_title, title_at
from c5facts.normalise.countries import lookup

# words before a title that make it the office, not a surname: "du Prince", "notre Pape"
OFFICE_BEFORE = frozenset(["du", "au", "aux", "des", "ce", "cet", "notre", "votre", "mon", "ma"])


def predicate_cut(lex: Lexicon, doc: Doc, start: int, end: int) -> int:
    """The end of a name before the first lower-case verb of the span ("Kim a souri").

    The model sometimes runs a name on over its predicate or an adverb; a verb, an
    auxiliary or an adverb written in lower case is never part of a name ("J. B. hier
    soir" is "J. B."; a particle, or a part glued by a hyphen as in "Jong-un", is), nor is
    a lower-case noun that ends the span ("a élu Favre secrétaire").
    """
    for k in range(start + 1, end):
        tok = doc[k]
        glued = doc[k - 1].text == "-" and not doc[k - 1].whitespace_
        last_noun = k == end - 1 and tok.pos_ == "NOUN"  # "élu X président et Favre secrétaire"
        if (
            tok.is_lower
            and (tok.pos_ in ("VERB", "AUX", "ADV") or last_noun)  # "Kim a souri"
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

    "président Obama" -> "Obama" (role "président"), "M. le colonel X" -> "X" (role
    "colonel"; the honorific goes with the title after it), "gouvernement Blum" -> "Blum"
    (a noun of a person's term or circle), "l'Argentin Messi" -> "Messi" (country AR: a
    demonym after a definite article, `nationality_at`); a span is cut at line breaks, loses a
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
        if title_opens_org(lex, doc, start) and title_at(lex, doc, start, countries) is not None:
            continue  # "la fondation Abbé Pierre": a title opening an organisation's name
        roles: list[str] = []
        announced = False
        country: str | None = None
        while start < end:
            tok = doc[start]
            nationality = nationality_at(doc, start) if start + 1 < end else None
            if nationality is not None:
                start, announced, country = start + 1, True, nationality  # "l'Argentin X"
                continue
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
            if (
                lex.honorific(tok)
                and start + 1 < end
                and (
                    doc[start + 1].lower_ in DETERMINERS
                    or title_at(lex, doc, start + 1, countries) is not None
                )
            ):
                start, announced = start + 1, True  # "M. le colonel X": the title names him
                continue
            if tok.text in lex.particles and tok.is_lower and given_after(lex, doc, start, end):
                start += 1  # "la mère d'Emilie": "of", before a given name
                continue
            if tok.is_lower and tok.lower_ in lex.person_nouns_bare:
                start += 1  # "le gouvernement Blum": the noun names the holder's term
                continue
            title = title_at(lex, doc, start, countries)
            if title is None or title.end > end or title_surname(doc, start, title.end, end):
                break
            if title.role:
                roles.append(title.role)
            start, announced = title.end, True
        while end - start > 1 and opening_word(lex, doc[start]):
            start += 1  # "A Verneuil", "Et Marchal": a sentence's first word, no name's
        if medium_before(lex, doc, start, end):
            start += 1  # "a écrit sur Twitter Salah X": the medium is no part of the name
        if end - start > 1 and doc[start].text in lex.parties and doc[start].is_upper:
            start += 1  # "la sénatrice EELV X": the party's acronym is no part of the name
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
        if end - start > 1 and doc[end - 1].text in GENERATIONS:
            end -= 1  # "Coquelin aîné", "Dumas fils": the word says which of a family
        end = given_run_end(lex, doc, start, end)
        end = employer_cut(doc, start, end, lex.not_person)
        end = predicate_cut(lex, doc, start, end)
        if any(lower_adjective(t, lex.particles) for t in doc[start:end]):
            continue  # "Gilet jaune": a noun phrase, not a name
        if start < end and not employer_of(doc, start, end, out):
            end = regnal_end(doc, end)
            rule = "ner" if country is None else "ner+nationality"
            out.append(Candidate(start, end, rule, roles, country, announced=announced))
    return out


def given_run_end(lex: Lexicon, doc: Doc, start: int, end: int) -> int:
    """End of a name the model read as its given name alone: "Edson Arantes do Nascimento".

    The span is one given name that names no country ("France Télévisions"); the name
    words after it (particles between) that the model tags as nothing else join it.
    `end` itself otherwise.
    """
    if (
        end - start != 1
        or doc[start].text not in lex.first_names
        or lookup(doc[start].text, "name")
    ):
        return end
    run = name_end(doc, start, lex.particles)
    if run <= end or any(t.ent_type_ not in ("", "PER") for t in doc[end:run]):
        return end
    return run


def title_surname(doc: Doc, start: int, title_end: int, end: int) -> bool:
    """Whether a lone title word the model tags PER is a surname: "la mort de Pasteur".

    Only a capitalised word with no article, possessive or contraction before it: "le
    Président", "du Prince", "au Pape" name the office. Opening a sentence, the word is
    a surname only as the subject of a finite verb right after it ("Pasteur est mort
    hier": the office would take its article), never before "de" or a comma ("Président
    du Conseil depuis 1899, X ...").
    """
    tok = doc[start]
    if not (title_end == end == start + 1 and tok.text[:1].isupper()):
        return False
    if start == 0 or opens_sentence(tok):
        nxt = doc[end] if end < len(doc) else None
        return (
            nxt is not None
            and nxt.pos_ in ("VERB", "AUX")
            and "Fin" in nxt.morph.get("VerbForm", [])
        )
    before = doc[start - 1].lower_
    return not (before in DETERMINERS or before in OFFICE_BEFORE)
