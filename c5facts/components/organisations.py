"""Organisations component: companies, banks, bodies, parties and teams the article names.

Candidates come from the base model and from rules, then pass the same checks:

- the model's ORG entities; its MISC entities only when a rule below also vouches for them
  (the model tags many brands, products and slogans MISC);
- a capitalised name announced by an organisation noun, lower-case adjectives or a demonym
  between: "le groupe américain Cove Kaz", "l'agence financière Bloomberg", "la plateforme
  Alibaba" (`head`; the demonym gives the organisation's country);
- the capitalised complement of a person noun that belongs to an organisation: "le patron
  de Rio Tinto", "la filiale française de Facebook" (`role`), and of "chez" (`prep`);
- a name ending in a legal suffix: "Cove Kaz Capital Group", "Acme SA" (`suffix`);
- an acronym in parentheses right after a name is that organisation's alias: "la Banque
  centrale européenne (BCE)"; once a name is known, its other mentions count (`repeat`).

Every span is trimmed to its name (determiners, the announcing noun and trailing lower-case
words dropped) and checked: never a person (a people span cuts it), never a country (a span
that is a country mention is dropped), never a tax, index or rate abbreviation (`not_org`
in `models/organisations/lexicon.tsv`), never a headline written in capitals.

Where a name starts and ends is read by `organisation_names`; the mentions found are
settled against each other (overlaps, acronyms, repeats) by `organisation_mentions`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.components.doc_text import words_of
from c5facts.components.organisation_mentions import (
    Cand,
    acronym_after,
    acronyms,
    capitalised,
    cut_names,
    line_of,
    no_overlap,
    no_product_lines,
    repeats,
)
from c5facts.components.organisation_names import (
    DETERMINERS,
    LEXICON,
    MAX_NAME,
    OF,
    name_end,
    trim,
)
from c5facts.matches import CountryMatch, OrganisationMatch
from c5facts.normalise.countries import lookup
from c5facts.resources import read_tsv

PEOPLE_LEXICON = ("people", "lexicon.tsv")  # person titles: "Première ministre X" is no body
MAX_BETWEEN = 2  # adjectives between an announcing noun and the name


class OrganisationFinder:
    """Writes `doc.spans["c5facts_organisations"]`, one span per organisation mention."""

    def __init__(self, name: str, rows: list[dict[str, str]] | None = None) -> None:
        """Index the vocabulary (form, kind) of `models/organisations/lexicon.tsv`."""
        self.name = name
        rows = rows if rows is not None else read_tsv(*LEXICON)
        kinds: dict[str, set[str]] = {}
        for row in rows:
            kinds.setdefault(row["kind"], set()).add(row["form"])
        self.heads = frozenset(w.lower() for w in kinds.get("head", ()))
        roles = [tuple(w.lower().split()) for w in kinds.get("role", ())]
        self.roles: dict[str, list[tuple[str, ...]]] = {}  # by first word, longest first
        for words in sorted(roles, key=len, reverse=True):
            self.roles.setdefault(words[0], []).append(words)
        self.preps = frozenset(w.lower() for w in kinds.get("prep", ()))
        self.suffixes = frozenset(kinds.get("suffix", ()))
        self.not_org = frozenset(kinds.get("not_org", ()))
        self.institutions = frozenset(w.lower() for w in kinds.get("institution", ()))
        titles = (r["form"] for r in read_tsv(*PEOPLE_LEXICON) if r["kind"] == "title")
        self.titles: dict[str, list[tuple[str, ...]]] = {}  # by first word
        for title in titles:
            words = tuple(title.lower().split())
            self.titles.setdefault(words[0], []).append(words)
        self.dates: set[int] = set()  # tokens of the current doc's date spans

    # -------------------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> Doc:
        """Find, trim, check and write the organisation mentions of `doc`."""
        person = {i for s in doc.spans.get(spans.PEOPLE, []) for i in range(s.start, s.end)}
        countries: dict[tuple[int, int], CountryMatch] = {}
        for s in doc.spans.get(spans.COUNTRIES, []):
            match = s._.get(spans.COUNTRIES)
            if isinstance(match, CountryMatch):
                countries[(s.start, s.end)] = match
        country_tok = {i: key for key in countries for i in range(*key)}
        self.dates = {i for s in doc.spans.get(spans.DATES, []) for i in range(s.start, s.end)}
        rules = self._from_rules(doc, person, country_tok, countries)
        vouched = {(c.start, c.end) for c in rules}
        cands: list[Cand] = []
        for ent in doc.ents:
            if ent.label_ == "ORG" or (
                ent.label_ == "MISC" and self._has_suffix(doc, ent.start, ent.end)
            ):
                cands.append(Cand(ent.start, ent.end, "ner"))
            elif ent.label_ == "MISC":
                trimmed = trim(doc, ent.start, ent.end, self.heads, self.suffixes)
                first = doc[trimmed[0]] if trimmed[1] > trimmed[0] else None
                if trimmed in vouched:
                    cands.append(Cand(*trimmed, "ner-misc"))
                elif (
                    first is not None and first.lower_ in self.heads and trimmed[1] - trimmed[0] > 1
                ):
                    cands.append(Cand(*trimmed, "ner-misc+named-head"))  # "Journal de Montréal"
        cands += rules
        kept: dict[tuple[int, int], Cand] = {}
        for cand in cands:
            cand.start, cand.end = trim(doc, cand.start, cand.end, self.heads, self.suffixes)
            cand.end = next((i for i in range(cand.start, cand.end) if i in person), cand.end)
            cand.start, cand.end = trim(doc, cand.start, cand.end, self.heads, self.suffixes)
            self._demonym_before(doc, cand, countries, country_tok)
            if not self._plausible(doc, cand, countries):
                continue
            key = (cand.start, cand.end)
            if key in kept:
                old = kept[key]
                old.head = old.head or cand.head
                old.country = old.country or cand.country
                if cand.rule not in old.rule.split("+"):
                    old.rule = f"{old.rule}+{cand.rule}"
            else:
                kept[key] = cand
        found = no_overlap(no_product_lines(doc, cut_names(doc, list(kept.values()))))
        for cand in found:
            cand.acronym = acronym_after(doc, cand.start, cand.end)
        found += acronyms(found, person)
        found += repeats(doc, found, person, country_tok)
        out = []
        for cand in sorted(no_overlap(found), key=lambda c: c.start):
            span = Span(doc, cand.start, cand.end, label="ORG")
            span._.set(
                spans.ORGANISATIONS,
                OrganisationMatch(
                    head=cand.head, country=cand.country, acronym=cand.acronym, rule=cand.rule
                ),
            )
            out.append(span)
        doc.spans[spans.ORGANISATIONS] = out
        return doc

    # -------------------------------------------------------------------------- rules
    def _from_rules(
        self,
        doc: Doc,
        person: set[int],
        country_tok: dict[int, tuple[int, int]],
        countries: dict[tuple[int, int], CountryMatch],
    ) -> list[Cand]:
        """Names announced by a head noun, a role noun + "de", or "chez"."""
        out: list[Cand] = []
        n = len(doc)
        # Most tokens start no rule: skip them on their strings, without a Token object.
        texts = words_of(doc)
        starts = self.heads | self.roles.keys() | self.institutions | self.preps
        for i, text in enumerate(texts):
            low = text.lower()
            if not (low in starts or text in self.suffixes or text == "("):
                continue
            tok = doc[i]
            low = tok.lower_
            det = i > 0 and doc[i - 1].lower_ in DETERMINERS | OF
            # "un important fabricant": one adjective between the determiner and the noun
            det = det or (i > 1 and doc[i - 1].pos_ == "ADJ" and doc[i - 2].lower_ in DETERMINERS)
            if low in self.heads and det:
                j, country = i + 1, None
                while j < n and j - i - 1 < MAX_BETWEEN and doc[j].is_lower:
                    if j in country_tok:
                        key = country_tok[j]
                        match = countries[key]
                        country = match.code if match.via == "demonym" else country
                        j = key[1]
                    elif doc[j].pos_ == "ADJ":
                        country = country or lookup(doc[j].lower_, "demonym")
                        j += 1
                    else:
                        break
                end = name_end(doc, j, person, country_tok, self.suffixes)
                if end > j:
                    out.append(Cand(j, end, "head", head=tok.text, country=country))
                    continue
                found = self._apposition(doc, j, person, country_tok)
                if found is not None:
                    out.append(Cand(*found, "head-apposition", head=tok.text, country=country))
                    continue
            if tok.text in self.suffixes and i > 0 and capitalised(doc[i - 1]):
                j = i - 1  # "Varnor Holdings", "Orbelia SA": back over the capitalised name
                while j > 0 and capitalised(doc[j - 1]) and not doc[j - 1].is_sent_start:
                    j -= 1
                if not any(k in person or k in country_tok for k in range(j, i)):
                    out.append(Cand(j, i + 1, "suffix"))
            role = self._role_at(doc, i)
            if low in self.institutions and i + 1 < n and doc[i + 1].lower_ in OF:
                j = i + 2 if i + 2 < n and doc[i + 2].lower_ in {"la", "l'", "l’"} else i + 1
                end = name_end(doc, j + 1, person, country_tok, self.suffixes)
                if end > j + 1:
                    out.append(Cand(i, end, "institution"))  # "ministère du Commerce"
            elif role:
                j = i + role
                while j < n and ((doc[j].is_lower and doc[j].pos_ == "ADJ") or j in country_tok):
                    j = country_tok[j][1] if j in country_tok else j + 1
                if j < n and doc[j].lower_ in OF:
                    end = name_end(doc, j + 1, person, country_tok, self.suffixes)
                    if end > j + 1:
                        out.append(Cand(j + 1, end, "role-of"))
            elif (
                tok.text == "("
                and any(t.is_lower and t.pos_ == "NOUN" for t in doc[max(0, i - 5) : i])
                and not doc[i - 1].like_num
                and i + 2 < n
                and doc[i + 2].text == ")"
                and doc[i + 1].is_upper
                and doc[i + 1].is_alpha
                and 2 <= len(doc[i + 1]) <= 6
                and i + 1 not in country_tok
            ):
                # "le régulateur des services financiers de New York (DFS)"
                out.append(Cand(i + 1, i + 2, "acronym-of-description"))
            elif low in self.preps and tok.is_lower:
                end = name_end(doc, i + 1, person, country_tok, self.suffixes)
                if end > i + 1:
                    out.append(Cand(i + 1, end, "prep"))
        return out

    def _apposition(
        self, doc: Doc, j: int, person: set[int], country_tok: dict[int, tuple[int, int]]
    ) -> tuple[int, int] | None:
        """'un fabricant de vaccins, Beijing Wantai.': the name after the noun's complement.

        The complement is at most `MAX_BETWEEN` + 2 lower-case words; the name must close
        the sentence or be followed by a comma.
        """
        k = j
        while k < len(doc) and k - j < MAX_BETWEEN + 2 and doc[k].is_lower and doc[k].is_alpha:
            k += 1
        if k >= len(doc) or doc[k].text != ",":
            return None
        end = name_end(doc, k + 1, person, country_tok, self.suffixes)
        if end > k + 1 and (end == len(doc) or doc[end].text in {".", ","}):
            return k + 1, end
        return None

    def _role_at(self, doc: Doc, i: int) -> int:
        """Length of the role noun starting at token `i` (0 when none)."""
        for words in self.roles.get(doc[i].lower_, ()):
            end = i + len(words)
            if end <= len(doc) and tuple(t.lower_ for t in doc[i:end]) == words:
                return len(words)
        return 0

    def _has_suffix(self, doc: Doc, start: int, end: int) -> bool:
        return end > start + 1 and doc[end - 1].text in self.suffixes

    def _plausible(
        self, doc: Doc, cand: Cand, countries: dict[tuple[int, int], CountryMatch]
    ) -> bool:
        """A trimmed candidate that is a name, not a country, tax or headline."""
        if cand.end <= cand.start or cand.end - cand.start > MAX_NAME:
            return False
        span = doc[cand.start : cand.end]
        first = doc[cand.start]
        if not (first.text[:1].isupper() or first.lower_ in self.institutions):
            return False
        if self._title_at(doc, cand.start):
            return False  # "ministre de l'Énergie", "Première ministre lituanienne"
        if any(i in self.dates for i in range(cand.start, cand.end)):
            return False  # "Mercredi, la ministre..."
        if (
            cand.end == cand.start + 1
            and doc[cand.start].pos_ == "NOUN"
            and cand.end < len(doc)
            and doc[cand.end].text == ":"
        ):
            return False  # a rubric before a headline: "Diplomatie : ..."
        if "\n" in span.text or any(t.text == "," for t in span):
            return False  # across a line break, or a list: headline words, not a name
        if cand.end == cand.start + 1 and first.pos_ == "NOUN" and not first.is_upper:
            # "Sport", "Justice": a capitalised common noun alone in a heading or a rubric
            after = doc[cand.end].text if cand.end < len(doc) else "\n"
            if cand.rule == "ner" and (len(line_of(doc, cand.start)) < 60 or after in ":-–|\n"):
                return False
        if (cand.start, cand.end) in countries or span.text in self.not_org:
            return False
        if doc[cand.start].text in self.not_org:
            return False
        head_country = next((k for k in countries if k[0] == cand.start), None)
        if head_country is not None and all(t.is_lower for t in doc[head_country[1] : cand.end]):
            return False  # "Allemagne nazie": a country and an adjective
        if not any(t.text[:1].isupper() for t in span) or all(t.like_num for t in span):
            return False
        line = line_of(doc, cand.start)
        letters = [c for c in line if c.isalpha()]
        return not (len(letters) > 12 and all(c.isupper() for c in letters))

    def _demonym_before(
        self,
        doc: Doc,
        cand: Cand,
        countries: dict[tuple[int, int], CountryMatch],
        country_tok: dict[int, tuple[int, int]],
    ) -> None:
        """'la Britannique HSBC', 'la lettonne ABLV': the demonym gives the country.

        A demonym that opens the candidate is cut off it.
        """
        key = country_tok.get(cand.start)
        if key is not None and key[1] < cand.end and countries[key].via == "demonym":
            cand.country = cand.country or countries[key].code
            cand.start = key[1]
            return
        before = cand.start - 1
        key = country_tok.get(before)
        if (
            key is not None
            and countries[key].via == "demonym"
            and key[0] > 0
            and doc[key[0] - 1].lower_ in DETERMINERS
        ):
            cand.country = cand.country or countries[key].code

    def _title_at(self, doc: Doc, i: int) -> bool:
        """Whether a person title starts at token `i` ("Premier ministre", "ministre")."""
        return any(
            tuple(t.lower_ for t in doc[i : i + len(words)]) == words
            for words in self.titles.get(doc[i].lower_, ())
        )


@Language.factory("c5facts_organisations")
def make_organisations(nlp: Language, name: str) -> OrganisationFinder:
    """Build the `c5facts_organisations` component."""
    return OrganisationFinder(name)
