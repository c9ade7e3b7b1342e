"""Person candidates a title or an honorific announces.

`title_candidates`: the name after a title, with its role and country ("le président
ouzbek X"), an inner title's holder ("le fils du président X" is the président), an
employer split off its holder ("le président de Rio Tinto Simon Thompson"), a rank's one
word whatever the model reads ("le capitaine X"), a territorial title kept in the name
("le duc d'Aumale"). `honorific_candidates`: "M. Wells", "Mme von der Leyen", OCR's "M
Dupuy", and every name of a plural honorific's list ("MM. Thiers et Favre").
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache, partial

from spacy.tokens import Doc

from c5facts.components.doc_text import lowers_of
from c5facts.components.person_constructions import (
    address_words_end,
    listed_names,
    role_start,
    territorial,
    title_given_name,
    wrapped_line,
)
from c5facts.components.person_context import regnal_end
from c5facts.components.person_employers import Reader, employer_at
from c5facts.components.person_given import after_acronyms, after_team
from c5facts.components.person_mentions import Candidate
from c5facts.components.person_names import (
    CountriesAt,
    employer_cut,
    is_name_word,
    lower_adjective,
    name_end,
    positions,
)
from c5facts.components.person_titles import (
    Lexicon,
    Title,
    loose_name_start,
    ocr_name_at,
    particle_name,
    street_title,
    title_at,
)
from c5facts.normalise.wordclass import lexicon as words

PLURAL_DETERMINERS = frozenset(["les", "des", "ses", "leurs", "aux", "ces"])
SPELLED_OUT = 5  # letters of the shortest spelled-out honorific ("madame", "maître")


def name_run(lex: Lexicon, doc: Doc, i: int, *, particle_start: bool = False) -> int:
    """End of the run of name words starting at token `i` (i itself when none)."""
    end = name_end(doc, i, lex.particles, particle_start=particle_start)
    return employer_cut(doc, i, end, lex.not_person)  # "X de GlobalData Retail"


def title_candidates(
    lex: Lexicon, doc: Doc, countries: CountriesAt, starts: Collection[str], ner: Reader | None
) -> list[Candidate]:
    """'le président ouzbek X': the name after a title, with its role and country."""
    out: list[Candidate] = []
    inside = 0  # a title's own words and complements start no other title
    for i in positions(doc, starts):
        if i < inside:
            continue
        title = title_at(lex, doc, i, countries)
        if title is None or street_title(lex, doc, i) or _apposed_to_noun(lex, doc, i):
            continue
        inside = title.end
        last = doc[title.end - 1].lower_
        if title.end - 1 > i and last.endswith(("s", "x")) and singular_title(lex, last):
            continue  # "la conseillère des présidents X et Y": the names hold the plural title
        k = wrapped_line(doc, title.end)  # "le conseiller fédéral\nX": a wrapped line
        if k < len(doc) and doc[k].text == ",":
            k += 1  # "le porte-parole du président, X": X is the porte-parole
            if _source_before(doc, i) and not _closed_apposition(lex, doc, k):
                continue  # "Selon l'avocat, M. X a menti": the comma ends the source
        elif title.inner is not None and doc[i - 1].lower_ not in PLURAL_DETERMINERS:
            # "le fils du président X": X is the président ("les fils du magnat X et
            # Y" are the sons); "le chef de cabinet du ministre X, Y,": Y is the chef
            outer = title.role if title.kind == "title" else None
            title = Title(title.end, title.inner.kind, title.inner.role, title.country)
            if outer is not None:
                out.extend(_outer_holder(lex, doc, k, outer, i))
        if k >= len(doc):
            continue  # a title ending the text ("Le père"): no name follows
        # "le général de Gaulle": after such titles a name may open on a particle
        particle_start = title.role in lex.particle_titles or (
            title.kind == "title"  # "le chancelier de Bülow", never "le successeur de X"
            and title.role not in lex.person_nouns  # "l'avocat de X": the client
            and particle_name(lex, doc, k, countries)
        )
        end = regnal_end(doc, name_run(lex, doc, k, particle_start=particle_start))
        if end == k and title.kind == "title":
            party = party_holder(lex, doc, title.end)
            if party is not None:  # "le patron de LFI Vercoutre": the party's, then the holder
                roles = [title.role] if title.role else []
                cand = Candidate(*party, "title-employer", roles, announced=True, lead=i)
                cand.employer = party[0] - 1  # the party or the acronym, one word
                out.append(cand)
                continue
            held = employer_at(lex, doc, title.end, i, ner)
            if held is not None:  # "le président de Rio Tinto Simon Thompson"
                roles = [title.role] if title.role else []
                cand = Candidate(*held[1:], "title-employer", roles, announced=True, lead=i)
                cand.employer = held[0]
                out.append(cand)
                continue
            k = loose_name_start(doc, title.end)  # "le président de l'Ufip (...), X"
            end = name_run(lex, doc, k) if k else 0
            title = Title(end=title.end, kind=title.kind, role=title.role, country=None)
        family = title.kind == "kinship" and doc[k].ent_type_ == "MISC"  # "sa femme X"
        family = family or title_given_name(lex, doc, k, end)  # "le tsar Nicolas"
        rank = title.role in lex.ranks  # "le capitaine X": only a person holds it
        # "la demoiselle X", "le sieur X": a form of address (no role) only a person bears
        rank = rank or (title.kind == "relation" and doc[i].lower_ in lex.ranks)
        # "M. le conseiller fédéral X" (a party's acronym stays out: "M. le député LREM")
        rank = rank or (honoured_title(lex, doc, i) and not acronym_like(doc[k].text))
        # "Le patron de LVMH, Arnault, a investi": a word closed between commas after its
        # title is the holder, whatever name kind the model gives it (never an ORG reading)
        apposed = k > 0 and doc[k - 1].text == "," and end < len(doc) and doc[end].text == ","
        misc_apposed = apposed and doc[k].ent_type_ == "MISC"
        if (
            end == k + 1
            and doc[k].ent_type_ in ("ORG", "MISC")
            and not (family or rank or misc_apposed)
        ):
            continue  # "le leader Airbus": a lone word the model calls an organisation
        if end == k + 1 and end < len(doc) and lower_adjective(doc[end], lex.particles):
            entry = words().get(doc[end].lower_)
            if entry is None or "VERB" not in entry.classes:
                continue  # "un militant Gilet jaune": a common noun capitalised, no name
            # "le sénateur Dupont écrit que": a verb form, the name its subject
        if end > k > 0:
            k = after_acronyms(doc, k, end, lex.parties)  # "la maire PS X", "le député LR X"
            k = after_team(doc, k, end)  # "le pilote Ferrari Charles Leclerc"
            roles = [title.role] if title.role else []
            cand = Candidate(k, end, "title", roles, title.country, announced=True, lead=i)
            if territorial(lex, doc, title, k, countries):  # "le duc d'Aumale"
                first = role_start(doc, title.end)
                if first > 1 and doc[first - 1].text == "," and is_name_word(doc[first - 2]):
                    continue  # "le prince Harry, duc de Sussex": his title, no one else
                cand.name = doc[first:end].text
            out.append(cand)
            if title.kind == "kinship" and "Plur" in doc[title.end - 1].morph.get("Number", []):
                out.extend(_more_relatives(lex, doc, end, i))
    return out


def _apposed_to_noun(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether the title word at `i` qualifies the common noun before it.

    "un projet pilote Total", "une usine pilote": right after a word that is only a noun
    (never an adjective: "farouche opposante", "premier artiste") and no title nor form of
    address ("sa femme avocate X"), the word is the noun's adjective, and announces no one.
    """
    if i == 0 or not doc[i - 1].is_lower:
        return False
    entry = words().get(doc[i - 1].lower_)
    if entry is None or "NOUN" not in entry.classes or "ADJ" in entry.classes:
        return False
    return title_at(lex, doc, i - 1, {}) is None


def party_holder(lex: Lexicon, doc: Doc, j: int) -> tuple[int, int] | None:
    """The name after a title's party or acronym ("le patron de LFI X", "l'attaquant du PSG X").

    A party of the lexicon (`party`), or an organisation's acronym ("PSG", "FFF", "de
    l'OM", "de la CGT"), after "de"/"du" ends the title's complement: the name words after
    it are the holder's, even a lone surname, whatever the model reads (it reads "PSG
    Vercoutre" as one organisation). After an acronym the name must open on a given name
    or on no French word: "SNCF Réseau", "SFR Business" are one organisation's name; and
    never on a city nor inside a place the model reads ("l'ARS Occitanie"), nor after an
    acronym of a kind of organisation ("l'ONG Amnesty").
    """
    if j + 2 >= len(doc) or doc[j].lower_ not in ("de", "du", "d'", "d’"):
        return None
    k = j + 1
    if doc[k].lower_ in ("la", "l'", "l’") and doc[j].lower_ == "de":
        k += 1  # "de la CGT", "de l'OM"
    if k + 1 >= len(doc):
        return None
    word = doc[k].text
    acronym = 1 < len(word) < 7 and word.isalpha() and acronym_like(word)
    if word not in lex.parties:
        nxt = doc[k + 1]
        unknown = nxt.lower_ not in lex.not_person and words().get(nxt.lower_) is None
        if not acronym or not (unknown or nxt.text in lex.first_names):
            return None  # "le PDG de SNCF Réseau": the acronym opens a longer name
        if doc[k].lower_ in lex.org_heads or nxt.text in lex.cities:
            return None  # "l'ONG Amnesty": a class of organisations before the name
        if doc[k].ent_type_ == "LOC" and nxt.ent_iob_ == "I":
            return None  # "l'ARS Occitanie", "la CCI Lyon": an office of a place
    end = name_run(lex, doc, k + 1)
    return (k + 1, end) if end > k + 1 else None


# Prepositions that open a fronted source: "Selon l'avocat, ...", "D'après le maire, ...".
SOURCE_PREPS = frozenset(["selon", "après"])
SOURCE_WALK = 4  # a determiner and adjectives between the preposition and the title


def _source_before(doc: Doc, i: int) -> bool:
    """Whether "selon" / "d'après" opens the phrase of the title at `i`.

    Its comma then closes that phrase: no apposition follows it.
    """
    for k in range(i - 1, max(i - SOURCE_WALK, -1), -1):
        if doc[k].lower_ in SOURCE_PREPS:
            return doc[k].lower_ == "selon" or (k > 0 and doc[k - 1].lower_ in ("d'", "d’"))
        if doc[k].pos_ not in ("DET", "ADJ"):
            return False
    return False


def _closed_apposition(lex: Lexicon, doc: Doc, k: int) -> bool:
    """Whether the name at `k` is closed by a comma: "Selon le porte-parole, X, la ..."."""
    end = name_run(lex, doc, k, particle_start=True)
    return end > k and end < len(doc) and doc[end].text == ","


def _outer_holder(lex: Lexicon, doc: Doc, k: int, role: str, lead: int) -> list[Candidate]:
    """The holder of a title whose complement names another's title and name.

    "le chef de cabinet du ministre X, Y,": Y, named between commas after X.
    """
    end = name_run(lex, doc, k)
    if end == k or end + 1 >= len(doc) or doc[end].text != ",":
        return []
    if not _closed_apposition(lex, doc, end + 1):
        return []
    stop = name_run(lex, doc, end + 1, particle_start=True)
    return [Candidate(end + 1, stop, "title", [role], None, announced=True, lead=lead)]


# Plural endings of titles and their singular: "ministres", "généraux", "cardinaux".
_PLURAL_ENDINGS = (("aux", "al"), ("s", ""), ("x", ""))


def singular_title(lex: Lexicon, word: str) -> str | None:
    """The one-word title whose plural `word` is ("généraux" -> "général"), None if none."""
    for plural, singular in _PLURAL_ENDINGS:
        if word.endswith(plural):
            form = word[: len(word) - len(plural)] + singular
            readings = lex.titles.get(form, ())
            if any(kind == "title" and words == (form,) for words, kind in readings):
                return form
    return None


@cache
def plural_titles(lex: Lexicon) -> dict[str, str]:
    """Plural form -> singular of every one-word title ("ministres" -> "ministre")."""
    out: dict[str, str] = {}
    for first, readings in lex.titles.items():
        if not any(kind == "title" and words == (first,) for words, kind in readings):
            continue
        forms = (first + "s", first + "x", first[:-2] + "aux" if first.endswith("al") else "")
        for plural in forms:
            if plural and singular_title(lex, plural) == first:
                out[plural] = first
    return out


def plural_title_candidates(lex: Lexicon, doc: Doc) -> list[Candidate]:
    """'les ministres Vidal, Garnier et Perrin': each name of the list holds the title.

    A plural title after a plural determiner announces the names of the list after it,
    each with the singular role, when the model reads one of them as a person and none as
    an organisation ("les présidents Macron et Biden"; "les députés Renaissance" is a
    party).
    """
    out: list[Candidate] = []
    lows = lowers_of(doc)
    plurals = plural_titles(lex)
    for i in positions(doc, plurals):
        role = plurals[lows[i]]
        if i == 0 or i + 1 >= len(doc):
            continue
        if lows[i - 1] not in PLURAL_DETERMINERS and not doc[i - 1].like_num:
            continue  # "les ministres", "deux ministres"
        k = i + 1
        end = name_run(lex, doc, k)
        if end == k:
            continue
        items = [(k, end)] + [(c.start, c.end) for c in _more_relatives(lex, doc, end, i)]
        labels = {doc[a].ent_type_ for a, _ in items}
        if "PER" not in labels or labels & {"ORG", "MISC"}:
            continue  # "les députés Renaissance": a party; the model reads one person at least
        out.extend(Candidate(a, b, "title", [role], None, announced=True, lead=i) for a, b in items)
    return out


def _more_relatives(lex: Lexicon, doc: Doc, end: int, lead: int) -> list[Candidate]:
    """The names after the first one that a plural kinship word announces.

    "ses enfants Inord et Missia", "ses filles Léa, Zoé et Anouk": each name of the list
    is a relative, whether the model tagged it or not.
    """
    out: list[Candidate] = []
    while end + 1 < len(doc) and doc[end].text in (",", "et"):
        k = end + 1
        stop = name_run(lex, doc, k)
        if stop == k:
            break
        out.append(Candidate(k, stop, "title", [], None, announced=True, lead=lead))
        if doc[end].text == "et":
            break
        end = stop
    return out


VOWELS = frozenset("aeiouyàâäéèêëîïôöùûü")


def acronym_like(word: str) -> bool:
    """A word in capitals that reads as an acronym, no surname: "LREM", "CFDT", "UDI".

    A surname in capitals has four letters or more, two of them vowels ("MUSY", "MOTTA").
    """
    if not word.isupper():
        return False
    return len(word) < 4 or sum(ch in VOWELS for ch in word.lower()) < 2


def honoured_title(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether an honorific announces the title at `i`: "M. le conseiller fédéral X"."""
    k = i - 1 if i > 0 and doc[i - 1].lower_ in ("le", "la", "l'", "l’") else i
    return k > 0 and lex.honorific(doc[k - 1])


def honorific_candidates(lex: Lexicon, doc: Doc) -> list[Candidate]:
    """'M. Wells', 'Mme von der Leyen': the honorific stays in the mention.

    A form of address written out announces the name after it, out of the mention ("Sa
    Sainteté Pie X": "Pie X").

    A plural honorific announces every name of its list ("MM. Thiers et Favre",
    "Mmes X, Y et Z"): the names after "," or "et" are announced too.
    """
    out: list[Candidate] = []
    ocr = {w.lower() for w in lex.ocr_honorifics}  # "M Dupuy": its case checked below
    for i in positions(doc, lex.honorifics | ocr):
        # a spelled-out honorific in small letters is one ("c'est monsieur Daval",
        # "maître Dupont"); an abbreviation is not ("me" is a pronoun)
        spelled = doc[i].is_alpha and len(doc[i]) >= SPELLED_OUT
        if not (doc[i].text[:1].isupper() or spelled) or (
            doc[i].lower_ not in lex.honorifics and not lex.honorific(doc[i])
        ):
            continue  # "me" is a pronoun; "225 M EUR" is no OCR "M."
        k = wrapped_line(doc, i + 1)  # "M.\nDupuy": a line wrapped after the honorific
        if doc[i].text in lex.ocr_honorifics:
            k = max(k, ocr_name_at(doc[i]))  # "M, Dupuy": OCR read the dot as a comma
        end = name_run(lex, doc, k, particle_start=True)
        if end == k:
            continue
        out.append(Candidate(i if k == i + 1 else k, end, "honorific", announced=True, lead=i))
        if doc[i].lower_ in lex.list_honorifics:  # "MM. X, de Genève, Y et Z"
            listed = listed_names(doc, end, partial(name_run, lex))
            out += [Candidate(*s, "honorific", announced=True, lead=i) for s in listed]
    for i in positions(doc, lex.kinds.get("address", set())):
        k = address_words_end(lex, doc, i, len(doc))  # "Sa Sainteté Pie X"
        end = name_run(lex, doc, k, particle_start=True) if k > i else k
        if end > k:
            out.append(Candidate(k, regnal_end(doc, end), "honorific", announced=True, lead=i))
    return out
