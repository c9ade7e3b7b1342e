"""Countries component: finds countries named, qualified by a demonym, or stood for by a capital.

One `PhraseMatcher` on `LOWER`, built once from the generated gazetteer, finds every
form; unaccented spellings are in the gazetteer itself. A match is then checked in
context:

- names and capitals must have a capital wherever the gazetteer form has one ("la
  réunion" and "La réunion" are meetings, "usa" is not the USA); demonyms may be in
  either case ("les Yéménites", "la Britannique HSBC", "ouzbek");
- a name or capital next to another capitalised word is part of a longer name and is
  skipped ("Health Canada", "Panama Papers", "Air France", "Bourse de Paris"), and so
  is one a number of one or two digits completes ("France 2", "France 24, il"), as is a
  match inside a longer PER entity ("Maurice Lévy"), though not inside a title the model
  reads as a person ("le roi d'Espagne", "le prince de Monaco": the title's country), nor
  a name that is also its singular demonym after "le" ("le Suisse Federer": a nationality);
- a name after "guerre du/de" is a named event ("guerre du Vietnam"): skipped;
- a capital counts only as an actor ("Washington a annoncé", "sanctions contre
  Pyongyang", "alliés de Ryad"), not as the city ("à Washington", "la cour d'appel de
  Paris", "jusqu'à Londres, Pretoria et Paris", "PARIS | ..."): see
  `c5facts.components.capital_reading`;
- a demonym after "en" is a language ("en français"), as is a lower-case one after
  "le"/"du"/"au"/"l'" with no capitalised name after it ("traduit du russe", but "l'italienne
  UniCredit" is a company's nationality) or after "de"/"d'" ("professeur d'anglais") or
  a noun of `language_noun` ("la langue russe", "la traduction anglaise"; "la version
  russe des faits" is Russia's), and so is every demonym coordinated with a
  language by a comma, "et" or "ou" ("sous-titré en espagnol, arabe et allemand"); after
  "océan"/"mer" it is part of a sea's name ("océan Indien"), after "époque"/"ère" a period
  ("l'époque soviétique"), after an idiom's noun a fixed expression ("aux calendes
  grecques", "les montagnes russes": `idiom_noun`);
- a capital after "de" governed by a measure noun is a place ("dix fois la superficie de
  Paris": `place_noun` in the context file also lists measures), never the government;
- a match glued by a hyphen to another word is part of a compound: read whole when it is a
  known compound adjective or a pair of names, else skipped ("euro-américain", "sommet
  Otan-Ukraine");
- compound adjectives ("franco-japonais", "Franco-libano-brésilien",
  "russo-ukrainienne") are read when every part but the last is a known prefix and the
  last a known demonym: one span naming every country of the compound;
- pairs of names ("la finale France-Brésil", "le match Algérie-Égypte") are read when every
  part is a capitalised country name: one span naming both;
- a name that is also a surname (the gazetteer's relation `article`: "Hollande") counts
  only after "la" or "en" or a state's title and "de" ("la Hollande", "en Hollande", "la
  reine de Hollande"; "Hollande a dit", "le quinquennat de Hollande" are the man);
- constituent countries ("l'Écosse", "Irlande du Nord", "les Gallois") count as their
  sovereign state (GB) and former states ("l'URSS", "la RDA", "soviétique") under their
  ISO 3166-3 code (SU, DD): the match's `relation` says "constituent" or "historic". The
  longest form wins, so "Irlande du Nord" is GB, never IE. A former state's adjective counts
  only capitalised, as a people ("les Soviétiques"): in lower case it dates a thing ("l'époque
  soviétique", "une ex-république soviétique") rather than naming the state.

A demonym two countries share ("congolais", "coréen": the gazetteer's relation
`shared`) names the one of them the article names elsewhere, by name, by capital (a city
use included: "rentré à Kinshasa") or by one of its cities ("près de Goma"): none when the
article names both or neither (`_shared_countries`).

Each span carries a `CountryMatch` (`span._.c5facts_countries`): its ISO codes, the kind
of form (name, demonym, capital) and the rule that kept it. The codes live only there.

"État"/"l'État", regions, continents, organisations and US states are not in the
gazetteer, so they are never matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from c5facts import spans
from c5facts.components.capital_reading import CapitalReading, is_capitalised_word
from c5facts.matches import CountryMatch, CountryRelation, CountryVia
from c5facts.normalise.countries import GazetteerEntry, gazetteer, lookup, name_as_demonym
from c5facts.normalise.text import fold
from c5facts.resources import date_vocabulary, read_tsv

CONTEXT = ("gazetteers", "countries_context.tsv")
CITIES = ("gazetteers", "cities.tsv")
SHARED = "shared"  # the gazetteer relation of a demonym two countries share
# the gazetteer relation of a name that is also a surname: a country only after "la"/"en"
# or a state's title and "de" ("la Hollande", "la reine de Hollande"; "Hollande a dit" is
# the man)
ARTICLE = "article"
ARTICLE_LEADS = frozenset(["la", "en"])
COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
# Gazetteer forms the phrase matcher looks for, by kind (prefixes are read in compounds).
MATCHED: dict[str, CountryVia] = {"name": "name", "demonym": "demonym", "capital": "capital"}
RELATIONS: dict[str, CountryRelation] = {"constituent": "constituent", "historic": "historic"}
COORDINATORS = frozenset([",", "et", "ou"])
MAX_LIST = 8  # items walked back in a list of languages


def read_context() -> dict[str, frozenset[str]]:
    """Context word lists (function, locative, place_noun...) from `models/gazetteers`."""
    lists: dict[str, set[str]] = {}
    for row in read_tsv(*CONTEXT):
        lists.setdefault(row["list"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in lists.items()}


class CountriesFinder:
    """Writes `doc.spans["c5facts_countries"]`, one span per country mention."""

    def __init__(self, nlp: Language, name: str, entries: Iterable[GazetteerEntry]) -> None:
        """Build the phrase matcher from the gazetteer `entries` (once per pipeline)."""
        self.name = name
        self.ctx = read_context()
        self.weekdays = frozenset(date_vocabulary()["weekday"])
        self.capitals = CapitalReading(self.ctx, self.weekdays)
        self._has_hyphen: dict[int, bool] = {}  # lexeme -> whether its text has a hyphen
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # folded form -> the form as the gazetteer writes it (for its capitals)
        self.forms: dict[str, str] = {}
        groups: dict[tuple[str, CountryVia, CountryRelation], list[str]] = {}
        self.article_forms: set[str] = set()  # folded surname-countries (relation `article`)
        shared: dict[str, list[str]] = {}  # code -> its shared demonyms ("congolais")
        for entry in entries:
            via = MATCHED.get(entry.via)
            if via is None:
                continue  # a prefix: only inside compounds, checked by hand below
            if entry.relation == SHARED:
                shared.setdefault(entry.code, []).append(entry.form)
                continue
            relation = RELATIONS.get(entry.relation, "")
            if entry.relation == ARTICLE:
                self.article_forms.add(fold(entry.form))
            groups.setdefault((entry.code, via, relation), []).append(entry.form)
            self.forms.setdefault(fold(entry.form), entry.form)
        # matcher key (hashed) -> the country, kind of form and relation it stands for
        self.keys: dict[int, tuple[str, CountryVia, CountryRelation]] = {}
        for (code, via, relation), forms in groups.items():
            key = f"{code}|{via}|{relation}"
            self.keys[nlp.vocab.strings.add(key)] = (code, via, relation)
            self.matcher.add(key, [nlp.make_doc(form) for form in forms])
        # a demonym two countries share: matcher key -> one of them (`_shared_countries`)
        self.shared_keys: dict[int, str] = {}
        for code, forms in shared.items():
            key = f"{code}|demonym|{SHARED}"
            self.shared_keys[nlp.vocab.strings.add(key)] = code
            self.matcher.add(key, [nlp.make_doc(form) for form in forms])
        # one-word cities of those countries, which tell which one an article is about
        self.cities = {
            row["name"]: row["country"]
            for row in read_tsv(*CITIES)
            if row["country"] in shared and not row["name"].isupper()
        }

    def __call__(self, doc: Doc) -> Doc:
        """Match the gazetteer, check each match in context, add compound adjectives."""
        found: list[Span] = []
        # Compound adjectives first: "russo-ukrainienne" is one mention of two countries,
        # not "ukrainienne" alone.
        covered: set[int] = set()
        for cspan in self._hyphenated(doc):
            codes = _compound_codes(cspan.text)
            match = CountryMatch(codes=codes, via="demonym", rule="compound")
            if not codes:
                codes = _name_pair_codes(cspan.text)
                match = CountryMatch(codes=codes, via="name", rule="compound:names")
            if codes:
                found.append(_make(cspan, match))
                covered.update(range(cspan.start, cspan.end))
        shared: dict[tuple[int, int], list[str]] = {}  # span -> the countries sharing it
        candidates = []
        for match_id, start, end in self.matcher(doc):
            if covered.intersection(range(start, end)):
                continue
            if match_id in self.shared_keys:
                sharing = shared.setdefault((start, end), [])
                if not sharing:
                    candidates.append(Span(doc, start, end, label=match_id))
                sharing.append(self.shared_keys[match_id])
            else:
                candidates.append(Span(doc, start, end, label=match_id))
        languages: set[int] = set()  # ends of demonyms read as languages
        told: set[str] = set()  # countries the article names, a capital or a city included
        undecided: list[tuple[Span, str]] = []
        for span in filter_spans(candidates):
            if span.label in self.shared_keys:
                rule = self._check(span, "demonym", languages)
                if rule is not None:
                    undecided.append((span, rule))
                continue
            code, via, relation = self.keys[span.label]
            rule = self._check(span, via, languages)
            if relation == "historic" and via == "demonym" and span.text.islower():
                rule = None  # dates a thing ("l'époque soviétique", "ex-république soviétique")
            if rule is not None:
                match = CountryMatch(codes=(code,), via=via, rule=rule, relation=relation)
                found.append(_make(span, match))
                told.add(code)
            elif via == "capital" and _capitalised_as(span.text, self.forms[fold(span.text)]):
                told.add(code)  # "à Kinshasa": a city, which still tells the country
        if undecided:
            found += self._shared_countries(doc, undecided, shared, told)
        found.sort(key=lambda s: (s.start, s.end))
        doc.spans[spans.COUNTRIES] = found
        return doc

    def _shared_countries(
        self,
        doc: Doc,
        undecided: list[tuple[Span, str]],
        shared: dict[tuple[int, int], list[str]],
        told: set[str],
    ) -> list[Span]:
        """The mentions of demonyms two countries share, where the article says which.

        "le président congolais" is the DRC's in an article that names the DRC, Kinshasa
        or one of its cities, and neither Congo-Brazzaville nor its cities; with both or
        neither, the demonym names no country.
        """
        told = told | {
            self.cities[t.text] for t in doc if t.text in self.cities and not t.is_sent_start
        }
        out = []
        for span, rule in undecided:
            known = [code for code in shared[(span.start, span.end)] if code in told]
            if len(known) == 1:
                match = CountryMatch(codes=(known[0],), via="demonym", rule=f"{rule}:shared")
                out.append(_make(span, match))
        return out

    def _hyphenated(self, doc: Doc) -> list[Span]:
        """Hyphenated words ("russo-ukrainienne", one token or three), found without doc.text."""
        orths = doc.to_array("ORTH").tolist()
        cache = self._has_hyphen
        for orth in set(orths) - cache.keys():
            cache[orth] = "-" in doc.vocab.strings[orth]
        out: list[Span] = []
        end = 0
        for i, orth in enumerate(orths):
            if i < end or not cache[orth]:
                continue
            start, end = i, i + 1
            while start > 0 and not doc[start - 1].whitespace_ and _word_part(doc[start - 1]):
                start -= 1
            while end < len(doc) and not doc[end - 1].whitespace_ and _word_part(doc[end]):
                end += 1
            span = doc[start:end]
            if COMPOUND.fullmatch(span.text):
                out.append(span)
        return out

    def _check(self, span: Span, via: CountryVia, languages: set[int]) -> str | None:
        """Rule name if the match names a country here, None when the context rules it out.

        `languages` holds the end of each demonym read as a language so far (this call adds
        the span's end when it reads one).
        """
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if _in_hyphenated_word(span):
            return None  # "euro-américain", "Otan-Ukraine": known compounds are read whole
        if via == "demonym":
            if self._is_language(span, languages):
                languages.add(span.end)
                return None
            if prev is not None and prev.lower_ in self.ctx["sea_noun"]:
                return None  # "océan Indien"
            if prev is not None and prev.lower_ in self.ctx["era_noun"]:
                return None  # a period: "l'époque soviétique"
            if prev is not None and prev.lower_ in self.ctx["idiom_noun"]:
                return None  # a fixed expression: "aux calendes grecques"
            return "gazetteer:demonym"
        if not _capitalised_as(span.text, self.forms.get(fold(span.text), span.text[:1].upper())):
            return None
        if self._inside_longer_name(span):
            return None
        if fold(span.text) in self.article_forms and not (
            (prev is not None and prev.lower_ in ARTICLE_LEADS) or self._holder_of(span)
        ):
            return None  # "Hollande a dit", "le quinquennat de Hollande": the man
        if (
            prev is not None
            and prev.lower_ in self.ctx["of"]
            and span.start > 1
            and doc[span.start - 2].lower_ in self.ctx["event_noun"]
        ):
            return None  # named event: "guerre du Vietnam"
        if via == "capital":
            return None if self.capitals.is_place(span) else "gazetteer:capital-actor"
        return "gazetteer:name"

    def _is_language(self, span: Span, languages: set[int]) -> bool:
        """Whether a demonym names a language ("en français", "du russe", "en arabe, turc")."""
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is None:
            return False
        if prev.lower_ in self.ctx["language_prep"]:
            return True  # "en français"
        if prev.lower_ in COORDINATORS and self._in_language_list(doc, prev.i, languages):
            return True  # a list of languages: "en espagnol, arabe et allemand"
        if prev.lower_ in self.ctx["language_of"] and span.text.islower():
            return True  # "professeur d'anglais", "cours de russe"
        if span.text.islower() and self._after_language_noun(doc, span.start):
            return True  # "la langue russe", "la traduction anglaise"
        nxt = doc[span.end] if span.end < len(doc) else None
        # "traduit du russe", "parle le chinois"; not "l'italienne UniCredit"
        return (
            prev.lower_ in self.ctx["language_article"]
            and span.text.islower()
            and not (nxt is not None and is_capitalised_word(nxt))
        )

    def _after_language_noun(self, doc: Doc, start: int) -> bool:
        """Whether a noun of `language_noun` stands before `start`, one adjective between.

        "la langue russe", "la langue officielle arabe", "la traduction anglaise".
        """
        k = start - 1
        if k > 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k -= 1  # "version originale"
        return k >= 0 and doc[k].lower_ in self.ctx["language_noun"]

    def _in_language_list(self, doc: Doc, i: int, languages: set[int]) -> bool:
        """Whether the coordinator at `i` continues a list that opened on a language.

        Walks back over "word ," / "word et" items (one lower-case word each) to the end of
        a demonym read as a language, or to a first item after "en" ("en arabe, turc").
        """
        for _ in range(MAX_LIST):
            if i in languages:
                return True
            word = i - 1
            if word < 1 or not (doc[word].is_alpha and doc[word].is_lower):
                return False
            if doc[word - 1].lower_ in self.ctx["language_prep"]:
                return True
            if doc[word - 1].lower_ not in COORDINATORS:
                return False
            i = word - 1
        return False

    def _names_more(self, ent: Span, span: Span) -> bool:
        """Whether the model's PER `ent` holds a name word beyond the match `span`.

        "Maurice Lévy" does; "le roi d'Espagne", "prince de Monaco" hold a title and
        function words only: the country is the title's, and is named.
        """
        outside = [t for t in ent if not span.start <= t.i < span.end]
        return any(t.text[:1].isupper() and t.lower_ not in self.ctx["function"] for t in outside)

    def _inside_longer_name(self, span: Span) -> bool:
        """Whether the match is part of a longer name (a person's, an organisation's)."""
        doc = span.doc
        for token in span:
            ent = token.ent_type_
            if ent == "PER":
                ent_span = next((e for e in doc.ents if e.start <= token.i < e.end), None)
                if ent_span is not None and self._names_more(ent_span, span):
                    return True
        if span.text.isupper():
            return False  # an all-caps line: capitals say nothing about name boundaries
        if span.start > 0:
            prev = doc[span.start - 1]
            if (
                is_capitalised_word(prev)
                and prev.lower_ not in self.ctx["function"]
                and prev.ent_type_ != "PER"
            ):
                return True
        if _numbered_name(span):
            return True  # "France 2", "sur France 24, il", "France 3 Auvergne": a channel
        if span.end < len(doc):
            nxt = doc[span.end]
            # "le président du Kazakhstan Kassym-Jomart Tokaïev": the holder's name after
            starts_person = (nxt.ent_iob_ == "B" and nxt.ent_type_ == "PER") or self._holder_of(
                span
            )
            # "le Suisse Federer": a nationality before a name (the country is "la Suisse")
            national = span.start > 0 and doc[span.start - 1].lower_ == "le"
            starts_person = starts_person or (national and name_as_demonym(span.text) is not None)
            if (
                is_capitalised_word(nxt)
                and not nxt.is_sent_start
                and nxt.lower_ not in self.ctx["function"]
                and not starts_person
            ):
                return True
        return False

    def _holder_of(self, span: Span) -> bool:
        """Whether a title and "de"/"du"/"de la" stand before the match (`holder_title`)."""
        doc = span.doc
        k = span.start - 1
        if k > 0 and doc[k].lower_ in ("la", "l'", "l’"):
            k -= 1
        if k < 1 or doc[k].lower_ not in ("de", "du", "d'", "d’"):
            return False
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.ent_iob_ == "I" and nxt.ent_type_ in ("ORG", "MISC"):
            return False  # "le président de Qatar Airways": one organisation's name
        return doc[k - 1].lower_ in self.ctx["holder_title"]


def _numbered_name(span: Span) -> bool:
    """Whether a number of one or two digits completes the name ("France 2", "France 24").

    Only when nothing counted follows it: a full stop, a comma, a capitalised word ("France
    3 Auvergne"); "en France 3 millions de chômeurs", "France 2 - Brésil 1" are counts.
    """
    doc = span.doc
    if span.end >= len(doc) or not (doc[span.end].is_digit and len(doc[span.end]) <= 2):
        return False
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is None:
        return True
    return (after.is_punct and after.text not in "-–—") or is_capitalised_word(after)


def _make(span: Span, match: CountryMatch) -> Span:
    """The output span of a country mention, its match attached."""
    out = Span(span.doc, span.start, span.end, label="COUNTRY")
    out._.set(spans.COUNTRIES, match)
    return out


def _in_hyphenated_word(span: Span) -> bool:
    """Whether the span is glued by a hyphen to a word before or after it."""
    doc = span.doc
    before = (
        span.start > 0 and doc[span.start - 1].text == "-" and not doc[span.start - 1].whitespace_
    )
    after = span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_
    return before or after


def _word_part(token: Token) -> bool:
    """Whether `token` can be part of a hyphenated word (letters or hyphens)."""
    return token.is_alpha or token.text == "-" or "-" in token.text


def _capitalised_as(text: str, form: str) -> bool:
    """Whether `text` has a capital wherever the gazetteer `form` has one.

    >>> _capitalised_as("La réunion", "La Réunion"), _capitalised_as("usa", "USA")
    (False, False)
    >>> _capitalised_as("ÉTATS-UNIS", "États-Unis"), _capitalised_as("Etats-Unis", "États-Unis")
    (True, True)
    """
    return all(t.isupper() for f, t in zip(form, text, strict=False) if f.isupper())


def _name_pair_codes(text: str) -> tuple[str, ...]:
    """Countries of a hyphenated pair of capitalised names ("France-Brésil"), else empty.

    >>> _name_pair_codes("Algérie-Égypte"), _name_pair_codes("Otan-Ukraine")
    (('DZ', 'EG'), ())
    >>> _name_pair_codes("France-Brésil-Argentine"), _name_pair_codes("france-brésil")
    (('FR', 'BR', 'AR'), ())
    """
    parts = text.split("-")
    codes = [lookup(p, "name") if p[:1].isupper() else None for p in parts]
    if len(parts) < 2 or any(code is None for code in codes):
        return ()
    return tuple(dict.fromkeys(code for code in codes if code is not None))


def _compound_codes(text: str) -> tuple[str, ...]:
    """Countries of a compound adjective, each once; empty unless every part is known.

    >>> _compound_codes("Franco-libano-brésilien"), _compound_codes("anglo-saxon")
    (('FR', 'LB', 'BR'), ())
    >>> _compound_codes("franco-français")
    ('FR',)
    """
    parts = text.split("-")
    last = lookup(parts[-1], "demonym")
    firsts = [lookup(p, "prefix") for p in parts[:-1]]
    if last is None or any(code is None for code in firsts):
        return ()
    codes = [code for code in firsts if code is not None] + [last]
    return tuple(dict.fromkeys(codes))


@Language.factory("c5facts_countries")
def make_countries(nlp: Language, name: str) -> CountriesFinder:
    """Factory of the countries component (gazetteer from `models/gazetteers`)."""
    return CountriesFinder(nlp, name, gazetteer())
