"""People component: the model's PER spans, repaired, plus the names titles announce.

The French model (WikiNER) tags names after titles as places ("le président du
Kazakhstan, Kassym-Jomart Tokayev"), organisations as people ("Beijing Wantai") and
headline words as anything. This component:

1. reads titles ("le président ouzbek X", "le ministre saoudien des Affaires étrangères
   X", "son homologue américain X", "son épouse X"): the capitalised name after a title
   is a person whatever the model says, with the title as a role and the country of its
   demonym or "du <pays>" complement (from `doc.spans["c5facts_countries"]`);
2. reads honorifics ("M. Wells", "Mme von der Leyen": the honorific stays in the
   mention) and adds the model's PER spans, leading titles stripped ("président Obama"
   -> "Obama");
3. drops what is no person: names holding an organisation or place word ("Cove
   Capital", "Maison Blanche"), a capital ("Ryad", "Beijing Wantai") or a country the
   countries component counted (a country name inside a PER span is a first name:
   "Israël Katz"), all-caps headline words, names in quotes ('"Roi Salmane"'), single
   words in parentheses, after "les"/"des" (a group: "les Houthis") or after a locative
   preposition ("à Soumy"); a name opens on a particle only after an honorific or a
   title such as "général" ("le général de Gaulle"), never after "directeur" ("directeur
   de Renault");
4. keeps a single word only when a title, honorific or family noun announces it, or when
   it is the surname or first name of a fuller name of the article ("Poutine");
5. finds further mentions of known people the model missed ("Kassym-Jomart Tokaïev"
   tagged LOC): a run of capitalised words ending with a known surname;
6. reads appositions ("X, PDG de Cove Capital", "X, secrétaire de presse du président
   de l'Ouzbékistan") for roles and country, and coordinations ("les frères Craig et Marc
   Kielburger" -> "Craig Kielburger", given as the span's `name`), and gives back the
   particles of a known name ("Le Pen", "de Gaulle").

Vocabulary (titles, honorifics, particles, organisation words) is data:
`models/people/lexicon.tsv`. No person's name is listed anywhere.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from c5facts import spans
from c5facts.normalise.countries import lookup
from c5facts.resources import read_tsv

LEXICON = ("people", "lexicon.tsv")
# Any script's capitals ("Šimonytė", "Łukasz"), inner apostrophes and hyphens, and the
# Irish "O'" token the tokenizer splits off ("Erin O'Toole").
NAME_WORD = re.compile(r"^(?:(?=[^\W\d_])[^\W\d_a-zà-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*\.?|O['’])$")
# One or more initials in one token: "C.", "C.C.", "J.-P."
INITIAL = re.compile(r"^(?:(?=[^\W\d_])[^\W\d_a-zà-ÿ]\.)(?:-?(?=[^\W\d_])[^\W\d_a-zà-ÿ]\.)*$")
OPEN_QUOTES = frozenset(['"', "«", "“", "'"])
CLOSE_QUOTES = frozenset(['"', "»", "”", "'"])
DETERMINERS = frozenset(["le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur"])
PLURAL_DETERMINERS = frozenset(["les", "des", "aux", "ces"])
LOCATIVE = frozenset(["à", "au", "aux", "en", "dans", "vers", "depuis"])
OF = frozenset(["de", "du", "des", "d'", "d’"])
OF_ARTICLES = frozenset(["la", "l'", "l’", "le"])
MAX_NAME = 6
MAX_COMPLEMENT = 14
MINISTRY_HEADS = frozenset(["ministre", "secrétaire d'état", "secrétaire d'etat"])


@dataclass(slots=True)
class Title:
    """A title read at some position: where it ends, its role and country."""

    end: int
    kind: str  # title | relation | kinship
    role: str | None
    country: str | None


@dataclass(slots=True)
class Candidate:
    """A person mention before the final checks."""

    start: int
    end: int
    rule: str
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    announced: bool = False  # a title, honorific or family noun stands before it
    name: str | None = None
    lead: int = -1  # first token of the announcing title, if any


class Lexicon:
    """The people vocabulary, indexed for the component."""

    def __init__(self, rows: list[dict[str, str]], make_words: dict[str, list[str]]) -> None:
        """Index `rows` (form, kind); `make_words` maps a title to its tokens."""
        self.kinds: dict[str, set[str]] = {}
        for row in rows:
            self.kinds.setdefault(row["kind"], set()).add(row["form"])
        self.titles: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for kind in ("title", "relation", "kinship"):
            for form in self.kinds.get(kind, ()):
                words = tuple(w.lower() for w in make_words[form])
                self.titles.setdefault(words[0], []).append((words, kind))
        for options in self.titles.values():
            options.sort(key=lambda o: -len(o[0]))
        self.honorifics = {w.lower() for w in self.kinds.get("honorific", ())}
        self.particles = self.kinds.get("particle", set())
        self.particle_titles = self.kinds.get("particle_title", set())
        self.modifiers = self.kinds.get("modifier", set())
        self.ministry = self.kinds.get("ministry", set())
        self.not_person = {w.lower() for w in self.kinds.get("org", set())} | {
            w.lower() for w in self.kinds.get("place", set())
        }


class PeopleFinder:
    """Writes `doc.spans["c5facts_people"]`, one span per person mention."""

    def __init__(self, nlp: Language, name: str, rows: list[dict[str, str]]) -> None:
        """Index the vocabulary `rows` (form, kind) once per pipeline."""
        self.name = name
        titles = [r["form"] for r in rows if r["kind"] in ("title", "relation", "kinship")]
        words = {form: [t.text for t in nlp.make_doc(form)] for form in titles}
        self.lex = Lexicon(rows, words)
        self.title_starts = set(self.lex.titles) | self.lex.modifiers

    # ----------------------------------------------------------------- reading helpers
    def title_at(
        self, doc: Doc, i: int, countries: dict[int, tuple[int, str, str]]
    ) -> Title | None:
        """Read a title starting at token `i` (with its demonym and complements)."""
        while i < len(doc) and doc[i].lower_ in self.lex.modifiers:
            i += 1
        if i >= len(doc):
            return None
        for words, kind in self.lex.titles.get(doc[i].lower_, ()):  # noqa: B007 (used below)
            end = i + len(words)
            if end <= len(doc) and tuple(t.lower_ for t in doc[i:end]) == words:
                break
        else:
            return None
        role_tokens: list[Token] = list(doc[i:end])
        country = None
        j = end
        hit = countries.get(j)
        if hit is not None and hit[2] == "demonym":  # "le président ouzbek"
            country, j = hit[1], hit[0]
        if " ".join(words) in MINISTRY_HEADS or words[0] == "ministre":
            j, complement = self._ministry(doc, j, countries)
            role_tokens += complement
            hit = countries.get(j)
            if country is None and hit is not None and hit[2] == "demonym":
                country, j = hit[1], hit[0]  # "ministre des Affaires étrangères saoudien"
        k = self._after_of(doc, j)
        if country is None and k is not None:
            hit = countries.get(k)
            if hit is not None and hit[2] != "demonym":  # "le président du Kazakhstan"
                country, j = hit[1], hit[0]
            else:
                sub = self.title_at(doc, k, countries)  # "du président de l'Ouzbékistan"
                if sub is not None and sub.kind == "title":
                    country, j = sub.country, sub.end
        role = _role_text(role_tokens) if kind == "title" else None
        return Title(end=j, kind=kind, role=role, country=country)

    @staticmethod
    def _after_of(doc: Doc, j: int) -> int | None:
        if j < len(doc) and doc[j].lower_ in OF:
            k = j + 1
            if k < len(doc) and doc[k].lower_ in OF_ARTICLES:
                k += 1
            return k if k < len(doc) else None
        return None

    def _ministry(
        self, doc: Doc, j: int, countries: dict[int, tuple[int, str, str]]
    ) -> tuple[int, list[Token]]:
        k = self._after_of(doc, j)
        if k is None or k in countries:
            return j, []
        head = doc[k]
        if not (_capitalised(head) or head.lower_ in self.lex.ministry):
            return j, []
        end = k + 1
        # Lower-case adjectives only: a capitalised word after "Affaires étrangères" is
        # the minister's name.
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

    def name_at(self, doc: Doc, i: int, *, particle_start: bool = False) -> int:
        """End of the run of name words starting at token `i` (i itself when none).

        With `particle_start`, the run may open on a particle ("M. de Villepin").
        """
        j = i
        if j < len(doc) and INITIAL.match(doc[j].text):
            j += 1
        while j < len(doc) and j - i < MAX_NAME:
            tok = doc[j]
            word = self._name_word(tok) and not (j == i and tok.lower_ in DETERMINERS)
            # "Jong-un": a lower-case part glued after a hyphen
            word = word or (j > i + 1 and doc[j - 1].text == "-" and tok.is_alpha)
            # "Kassym-Jomart", "al-Rabiah": a hyphen glued to both neighbours
            hyphen = (
                tok.text == "-" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_
            )
            particle = (
                (j > i or particle_start)
                and tok.text in self.lex.particles
                and j + 1 < len(doc)
                and (self._name_word(doc[j + 1]) or doc[j + 1].text == "-")
            )
            if not (word or hyphen or particle):
                break
            j += 1
        while j > i and (doc[j - 1].text == "-" or doc[j - 1].text in self.lex.particles):
            j -= 1
        if j > i and not any(self._name_word(t) for t in doc[i:j]):
            return i
        if j == i + 1 and INITIAL.match(doc[i].text):
            return i
        return j

    def _name_word(self, tok: Token) -> bool:
        text = tok.text
        return bool(NAME_WORD.match(text)) and (not text.endswith(".") or bool(INITIAL.match(text)))

    # -------------------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> Doc:
        """Find, check and write the people of `doc`."""
        countries = {
            s.start: (s.end, s.kb_id_, str((s._.get(spans.COUNTRIES) or {}).get("via", "name")))
            for s in doc.spans.get(spans.COUNTRIES, [])
        }
        country_tokens = {
            i for s in doc.spans.get(spans.COUNTRIES, []) for i in range(s.start, s.end)
        }
        cands = (
            self._from_titles(doc, countries)
            + self._from_honorifics(doc)
            + self._from_model(doc, countries)
        )
        cands = _merge(cands)
        kept = [c for c in cands if self._plausible(doc, c, country_tokens)]
        kept += self._known_names(doc, kept, country_tokens)
        kept = _merge(kept)
        self._coordinations(doc, kept)
        for cand in kept:
            self._apposition(doc, cand, countries)
        kept = self._single_words(doc, kept)
        self._particle_surnames(doc, kept)
        out = []
        for cand in sorted(kept, key=lambda c: c.start):
            span = Span(doc, cand.start, cand.end, label="PERSON")
            evidence: dict[str, object] = {
                "roles": list(dict.fromkeys(cand.roles)),
                "country": cand.country,
                "rule": cand.rule,
            }
            if cand.name:
                evidence["name"] = cand.name
            span._.set(spans.PEOPLE, evidence)
            out.append(span)
        doc.spans[spans.PEOPLE] = out
        return doc

    def _from_titles(self, doc: Doc, countries: dict[int, tuple[int, str, str]]) -> list[Candidate]:
        out: list[Candidate] = []
        inside = 0  # a title's own words and complements start no other title
        for i in _positions(doc, self.title_starts):
            if i < inside:
                continue
            title = self.title_at(doc, i, countries)
            if title is None:
                continue
            inside = title.end
            k = title.end
            if k < len(doc) and doc[k].text == ",":
                k += 1
            # "le général de Gaulle": after such titles a name may open on a particle
            particle_start = title.role in self.lex.particle_titles
            end = self.name_at(doc, k, particle_start=particle_start)
            if end == k and title.kind == "title":
                k = self._loose(doc, title.end)  # "le président de l'Ufip (...), X"
                end = self.name_at(doc, k) if k else 0
                title = Title(end=title.end, kind=title.kind, role=title.role, country=None)
            if end == k + 1 and doc[k].ent_type_ in ("ORG", "MISC"):
                continue  # "le leader Airbus": a lone word the model calls an organisation
            if end > k > 0:
                roles = [title.role] if title.role else []
                cand = Candidate(k, end, "title", roles, title.country, announced=True, lead=i)
                out.append(cand)
        return out

    def _from_honorifics(self, doc: Doc) -> list[Candidate]:
        """'M. Wells', 'Mme von der Leyen': the honorific stays in the mention."""
        out: list[Candidate] = []
        for i in _positions(doc, self.lex.honorifics):
            if not doc[i].text[:1].isupper():
                continue  # "me" is a pronoun
            end = self.name_at(doc, i + 1, particle_start=True)
            if end > i + 1:
                out.append(Candidate(i, end, "honorific", announced=True))
        return out

    @staticmethod
    def _loose(doc: Doc, j: int) -> int:
        """Start of a name after a title's complement and a comma, 0 when there is none."""
        for k in range(j, min(j + MAX_COMPLEMENT, len(doc) - 1)):
            tok = doc[k]
            if tok.pos_ in ("VERB", "AUX") or (tok.is_sent_start and k > j) or tok.text in ".;:!?":
                return 0
            if tok.text == ",":
                return k + 1 if k > j else 0
        return 0

    def _from_model(self, doc: Doc, countries: dict[int, tuple[int, str, str]]) -> list[Candidate]:
        out: list[Candidate] = []
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            start, end, roles = ent.start, ent.end, []
            announced = False
            while start < end:
                tok = doc[start]
                if tok.lower_ in DETERMINERS or tok.lower_ in self.lex.modifiers:
                    start += 1
                    continue
                title = self.title_at(doc, start, countries)
                if title is None or title.end > end:
                    break
                if title.role:
                    roles.append(title.role)
                start, announced = title.end, True
            if start < end and doc[start].lower_ in self.lex.honorifics:
                announced = True
            while end > start and not doc[end - 1].is_alpha and not doc[end - 1].text.endswith("."):
                end -= 1
            if start < end:
                out.append(Candidate(start, end, "ner", roles, announced=announced))
        return out

    def _plausible(self, doc: Doc, cand: Candidate, country_tokens: set[int]) -> bool:
        """Whether a candidate can be a person (see the module docstring, step 3)."""
        toks = [t for t in doc[cand.start : cand.end] if t.lower_ not in self.lex.honorifics]
        if not toks:
            return False
        honoured = (
            cand.announced
            or len(toks) < cand.end - cand.start
            or (cand.start > 0 and doc[cand.start - 1].lower_ in self.lex.honorifics)
        )
        if not toks[0].text[:1].isupper() and not (toks[0].text in self.lex.particles and honoured):
            return False
        for tok in toks:
            if tok.lower_ in self.lex.not_person or any(ch.isdigit() for ch in tok.text):
                return False
            letters = sum(ch.isalpha() for ch in tok.text)  # "O'" is a name part, not caps
            if tok.is_upper and letters > 1 and not INITIAL.match(tok.text):
                return False  # headline capitals, acronyms
            if tok.i in country_tokens:
                return False
            if tok.is_alpha and lookup(tok.text, "capital"):
                return False  # "Beijing Wantai": a capital inside is an organisation's name
        if not any(self._name_word(t) for t in toks):
            return False
        before = doc[cand.start - 1] if cand.start > 0 else None
        after = doc[cand.end] if cand.end < len(doc) else None
        for first in {cand.start, cand.lead}:
            quoted = first > 0 and after is not None and after.text in CLOSE_QUOTES
            if quoted and doc[first - 1].text in OPEN_QUOTES:
                return False  # the name of something: centre "Roi Salmane"
        if len(toks) == 1 and before is not None:
            if before.text == "(" and after is not None and after.text == ")":
                return False  # an acronym: "(Ocha)"
            if before.lower_ in PLURAL_DETERMINERS or before.lower_ in LOCATIVE:
                return False  # a group ("les Houthis") or a place ("à Soumy")
        return True

    def _known_names(
        self, doc: Doc, kept: list[Candidate], country_tokens: set[int]
    ) -> list[Candidate]:
        """Mentions of known people the model missed or mislabelled."""
        surnames = set()
        for c in kept:
            words = [
                t
                for t in doc[c.start : c.end]
                if t.is_alpha and t.lower_ not in self.lex.honorifics
            ]
            if len(words) > 1 or (c.announced and words):
                surnames.add(words[-1].lower_)
        covered = {i for c in kept for i in range(c.start, c.end)}
        out: list[Candidate] = []
        for last in _positions(doc, surnames):
            if last in covered or not self._name_word(doc[last]):
                continue
            # Walk back over the name's first words, then check they read as one name.
            start = last
            while start > 0 and last - start < MAX_NAME and start - 1 not in covered:
                prev = doc[start - 1]
                glued = prev.text == "-" and not prev.whitespace_
                if not (self._name_word(prev) or glued or prev.text in self.lex.particles):
                    break
                start -= 1
            while start < last and (
                doc[start].lower_ in DETERMINERS or not self._name_word(doc[start])
            ):
                start += 1
            if self.name_at(doc, start) <= last:
                start = last
            cand = Candidate(start, last + 1, "known-name")
            if self._plausible(doc, cand, country_tokens):
                out.append(cand)
                covered.update(range(start, last + 1))
        return out

    def _coordinations(self, doc: Doc, kept: list[Candidate]) -> None:
        """'Craig et Marc Kielburger': the first name gets the second's surname."""
        by_start = {c.start: c for c in kept}
        for c in kept:
            if c.end - c.start != 1 or c.end + 1 >= len(doc) or doc[c.end].lower_ != "et":
                continue
            other = by_start.get(c.end + 1)
            if other is None or other.end - other.start < 2:
                continue
            surname = doc[other.start + 1 : other.end].text
            c.name = f"{doc[c.start].text} {surname}"
            c.announced = True
            c.rule = "coordination"

    def _apposition(
        self, doc: Doc, cand: Candidate, countries: dict[int, tuple[int, str, str]]
    ) -> None:
        """Roles and country from "X, secrétaire de presse du président de l'Ouzbékistan"."""
        k = cand.end
        if k >= len(doc) or doc[k].text != ",":
            self._demonym_before(doc, cand, countries)
            return
        k += 1
        while k < len(doc) and (
            doc[k].lower_ in DETERMINERS or doc[k].lower_ in self.lex.modifiers
        ):
            k += 1
        title = self.title_at(doc, k, countries) if k < len(doc) else None
        if title is not None and title.kind == "title":
            if title.role:
                cand.roles.append(title.role)
            if cand.country is None:
                cand.country = title.country
        self._demonym_before(doc, cand, countries)

    @staticmethod
    def _demonym_before(
        doc: Doc, cand: Candidate, countries: dict[int, tuple[int, str, str]]
    ) -> None:
        # "l'Américain John Smith": a capitalised demonym right before the name.
        for start, (end, code, via) in countries.items():
            if end == cand.start and via == "demonym" and doc[start].text[:1].isupper():
                cand.country = cand.country or code

    def _single_words(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """Keep a lone word only if announced or known as part of a fuller name."""
        known: set[str] = set()
        for c in kept:
            words = [t.lower_ for t in doc[c.start : c.end] if t.is_alpha]
            if len(words) > 1:
                known.update(words)
        out = []
        for c in kept:
            toks = [t for t in doc[c.start : c.end] if t.lower_ not in self.lex.honorifics]
            if len(toks) > 1 or c.announced or c.name or (toks and toks[0].lower_ in known):
                out.append(c)
        return out

    def _particle_surnames(self, doc: Doc, kept: list[Candidate]) -> None:
        """'Le Pen a dit', 'de Gaulle': give back the particles of a known 'Marine Le Pen'."""
        pairs = set()
        for c in kept:
            toks = doc[c.start : c.end]
            for a, b in itertools.pairwise(toks):
                if a.text in self.lex.particles:
                    pairs.add((a.text, b.lower_))
        for c in kept:
            while c.start > 0 and (doc[c.start - 1].text, doc[c.start].lower_) in pairs:
                c.start -= 1


def _positions(doc: Doc, lowers: set[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is in `lowers` (vectorised look-up)."""
    if not lowers or not len(doc):
        return []
    hashes = [doc.vocab.strings[w] for w in lowers]
    return [int(i) for i in np.flatnonzero(np.isin(doc.to_array("LOWER"), hashes))]


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _role_text(tokens: list[Token]) -> str:
    """A title as written, its first letter lowered unless the word is an acronym."""
    text = "".join(t.text_with_ws for t in tokens).strip()
    first = tokens[0].text
    if first.isupper() and len(first) > 1:
        return text
    return text[:1].lower() + text[1:]


def _merge(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per overlapping group: the longest, with every role and country."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        last = out[-1] if out else None
        if last is not None and c.start < last.end:
            if c.end - c.start > last.end - last.start:
                last.start, last.end = c.start, c.end
            last.roles += [r for r in c.roles if r not in last.roles]
            last.country = last.country or c.country
            last.announced = last.announced or c.announced
            last.lead = max(last.lead, c.lead)
            if last.rule != c.rule and "+" not in last.rule:
                last.rule = f"{last.rule}+{c.rule}"
            continue
        out.append(c)
    return out


@Language.factory("c5facts_people")
def make_people(nlp: Language, name: str) -> PeopleFinder:
    """Factory of the people component (vocabulary from `models/people/lexicon.tsv`)."""
    return PeopleFinder(nlp, name, read_tsv(*LEXICON))
