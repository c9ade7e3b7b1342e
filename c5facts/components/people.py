"""People component: the model's PER spans, repaired, plus the names titles announce.

The French model (WikiNER) tags names after titles as places ("le président du
Kazakhstan, Kassym-Jomart Tokayev"), organisations as people ("Beijing Wantai") and
headline words as anything. This component:

1. reads titles ("le président ouzbek X", "le ministre saoudien des Affaires étrangères
   X", "son homologue américain X", "son épouse X"): the capitalised name after a title
   is a person whatever the model says, with the title as a role and the country of its
   demonym or "du <pays>" complement (from `doc.spans["c5facts_countries"]`); after
   "title de <employer>" with no comma ("le président de Rio Tinto Simon Thompson"), the
   run of name words is split where the base model reads a person (`employer_split`), and
   other readings lose the employer's words ("Tinto Simon Thompson");
2. reads honorifics ("M. Wells", "Mme von der Leyen": the honorific stays in the
   mention; a plural one announces every name of its list: "MM. Thiers et Favre") and
   adds the model's PER spans, leading titles stripped ("président Obama"
   -> "Obama"), cut at line breaks (a headline's last name is not glued to the byline
   under it: `line_pieces`), without a sentence's first common word ("Et Marchal", "A
   Verneuil": `opening_word`), announced by a lower-case honorific ("monsieur X"); a
   title after a street's noun names the street ("cours Général X", "rue du Président
   X"), and the speaker after "<speech verb> à l'AFP" is read whatever the model glues
   to the acronym ("explique à l'AFP Jeanne X": `after_source`);
3. drops what is no person: names holding an organisation or place word ("Cove
   Capital", "Maison Blanche"; a place noun that is also a name stays after a title or
   as the surname of a strong given name: "la princesse Blanche de X", "Jérôme
   Rivière"), a capital ("Ryad", "Beijing Wantai") or a country the countries component
   counted (a country name inside a PER span is a first name: "Israël Katz"), all-caps
   headline words (a surname in capitals after an honorific or a given name stays: "M.
   CLEMENCEAU", "Jean DUPONT"), names in quotes ('"Roi Salmane"'), single
   words in parentheses, after "les"/"des" (a group: "les Houthis") or after a locative
   preposition ("à Soumy"), or any name between a sentence-opening locative and a comma
   ("À Saint Louis, le ministre ...", "A Verneuil, ..."), a name beside "&" ("Johnson &
   Johnson"), a span holding a lower-case adjective ("un militant Gilet jaune"; after a
   title, never a word that may be a verb: "le sénateur X écrit que"); a name
   opens on a particle only after an honorific or a
   title such as "général" ("le général de Gaulle"), never after "directeur" ("directeur
   de Renault"), or alone when the model's person span opens on "de"/"du"/"d'" before no
   city ("Imagine-t-on de Gaulle ?": `person_checks.particle_surname`); the "à Soumy"
   and "les Houthis" guards never drop an honoured name ("face à Mme X") nor a word of
   the article's full names ("merci à Lucien", "(Duval)");
   a name after a lower-case article ("le", "un") that does not open on a strong
   given name ("le Leclerc de Plérin") or "Word de Place" whose first word is no given name
   is a shop or a brand; after a relation noun that may name a party ("son allié libéral
   X") a name needs a given name or another mention of the article (`person_given`);
4. counts words as written (a hyphenated word is one: "Trump-Biden", "place
   Adolf-Hitler" need evidence; "Jean-Luc Mélenchon" is a full name) and keeps a single
   word only when a title, honorific or family noun announces it, when
   it is the surname or first name of a fuller name of the article ("Poutine"), or when its
   sentence says "person" (`person_context`: a speech verb, a title in apposition, a noun
   that takes a person, coordination with a person kept, a party in parentheses after it:
   "Dupont (LR)", a nationality before it: "le Brésilien Neymar", its country kept); a
   regnal number makes a full
   name ("Pie IX", "Elizabeth II", "Jean-Paul II"); a name right after a noun naming an
   organisation, brand or unit ("la marque Thomas Cook", "le parti X") is no person,
   unless that noun is a title's complement and the name opens on a given name ("le
   premier secrétaire du Parti socialiste Olivier X"); a lone name inside a date fact
   ("Vendredi, ...") is none; once its sentence makes a lone name a person, its other
   mentions the model tags PER are too (evidence `same-name`); a lone word the model tags
   LOC/ORG is a person when its sentence says so and no use of it in the article says
   place (`person_places`: "Dufour s'est écrié", "Dufour, ancien député"); a strong given
   name alone or a human noun in apposition says person too (`person_lone`);
5. finds further mentions of known people the model missed ("Kassym-Jomart Tokaïev"
   tagged LOC): a run of capitalised words ending with a known surname; and names the
   model missed or cut, with the given names of `models/people/first_names.tsv`
   (`person_given`): a run of name words opening on a strong given name ("Selon ses
   proches, Zeynep Ece Dundar"), a first given name left out before a name taken back
   ("Zeynep" + "Ece Dundar"), never a run opening on a country's name ("France Inter");
   in a title's run holding an acronym the name starts after it
   ("la maire PS Agnès X", "le député LFI du Nord Agnès X");
6. reads appositions ("X, PDG de Cove Capital", "X, secrétaire de presse du président
   de l'Ouzbékistan") for roles and country (not a title opening the next clause or
   announcing its own holder: "X, le président républicain a dit"), and coordinations
   ("les frères Craig et Marc Kielburger" -> "Craig Kielburger", given as the span's
   `name`; only from a given name: "les frères Kessler et Marc X" shares nothing), and
   gives back the
   particles of a known name ("Le Pen", "de Gaulle");
7. reads the age given right after a mention ("Jack Ma, 56 ans", "X, âgé de 45 ans").

A known surname spreads to further mentions only when it is a capitalised name word: a
span error ("Cotti-le") never makes every "Le" of the article a person. Initials written
without dots ("JD Vance": two capitals before a name word) are a first name, not an
acronym. `PersonMatch.rule` records why each mention is a person (the record's
`evidence`).

Each span carries a `PersonMatch` (`span._.c5facts_people`): roles, country, the rule
that found it, and the full name when the span lacks it. Reading titles lives in
`person_titles`, the shape of a name in `person_names`. Vocabulary (titles, honorifics,
particles, organisation words) is data: `models/people/lexicon.tsv`. No person's name is
listed anywhere.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.components.person_announced import (
    honorific_candidates,
    name_run,
    plural_title_candidates,
    title_candidates,
)
from c5facts.components.person_checks import plausible
from c5facts.components.person_constructions import (
    epithet_names,
    inverted_names,
    postposed_titles,
)
from c5facts.components.person_context import (
    age_after,
    age_of_mention,
    apposition_start,
    cleft_object,
    told_to,
)
from c5facts.components.person_fiction import without_characters
from c5facts.components.person_given import (
    after_source,
    arabic_name_runs,
    first_name_runs,
    lone_apposition,
    named_otherwise,
    opening_word,
    org_relation_doubt,
    widened_start,
)
from c5facts.components.person_mentions import (
    Candidate,
    apposition,
    coordinations,
    cut_employers,
    merge,
    misread_people,
    particle_surnames,
    relatives_apart,
    single_words,
    spreading_surnames,
)
from c5facts.components.person_model import model_candidates
from c5facts.components.person_names import (
    DETERMINERS,
    MAX_NAME,
    CountriesAt,
    is_name_word,
    positions,
    written_words,
)
from c5facts.components.person_nicknames import nickname_mentions, nicknames
from c5facts.components.person_titles import (
    TITLE_KINDS,
    Lexicon,
    Title,
    title_at,
)
from c5facts.matches import CountryMatch, PersonMatch
from c5facts.normalise.people import LEXICON
from c5facts.resources import read_tsv


class PeopleFinder:
    """Writes `doc.spans["c5facts_people"]`, one span per person mention."""

    def __init__(self, nlp: Language, name: str, rows: list[dict[str, str]]) -> None:
        """Index the vocabulary `rows` (form, kind) once per pipeline."""
        self.name = name
        titles = [r["form"] for r in rows if r["kind"] in TITLE_KINDS]
        words = {form: [t.text for t in nlp.make_doc(form)] for form in titles}
        self.lex = Lexicon(rows, words)
        self.title_starts = set(self.lex.titles) | self.lex.modifiers
        self.homage_nouns = self.lex.kinds.get("homage_noun", set())  # "hommage à X"
        # the base model's NER (own tok2vec), to re-read an employer glued to a name
        self.ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None

    def title_at(self, doc: Doc, i: int, countries: CountriesAt) -> Title | None:
        """Read a title starting at token `i` (see `person_titles.title_at`)."""
        return title_at(self.lex, doc, i, countries)

    def name_at(self, doc: Doc, i: int, *, particle_start: bool = False) -> int:
        """End of the run of name words starting at token `i` (i itself when none)."""
        return name_run(self.lex, doc, i, particle_start=particle_start)

    # -------------------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> Doc:
        """Find, check and write the people of `doc`."""
        countries: CountriesAt = {}
        for s in doc.spans.get(spans.COUNTRIES, []):
            match = s._.get(spans.COUNTRIES)
            if isinstance(match, CountryMatch):
                countries[s.start] = (s.end, match)
        country_tokens = {
            i for s in doc.spans.get(spans.COUNTRIES, []) for i in range(s.start, s.end)
        }
        cands = (
            self._from_titles(doc, countries)
            + self._from_honorifics(doc)
            + self._from_model(doc, countries)
        )
        cands += self._from_appositions(doc, cands, countries)
        cands += self._from_sources(doc, cands)
        cands += self._from_first_names(doc, cands)
        cands += [Candidate(*s, "epithet", announced=True) for s in epithet_names(self.lex, doc)]
        cands += [
            Candidate(start, end, "inverted", announced=True, name=name)
            for start, end, name in inverted_names(self.lex, doc)
        ]
        cands += [
            Candidate(start, end, "title", [role], announced=True)
            for start, end, role in postposed_titles(self.lex, doc)
        ]
        cands = merge(cut_employers(cands))
        # the words of the article's full names: "à Lucien", "(Duval)" name a known person
        known = self._full_name_words(doc, cands, country_tokens)
        kept = [
            c for c in cands if plausible(self.lex, doc, c, country_tokens, known, self._told_to)
        ]
        kept += self._known_names(doc, kept, country_tokens)
        kept = merge(kept)
        self._widen_first_names(doc, kept, country_tokens)
        kept = self._org_relations(doc, kept)
        coordinations(self.lex, doc, kept)
        starts = {c.start for c in kept}
        for cand in kept:
            apposition(self.lex, doc, cand, countries, starts)
        dated = {i for s in doc.spans.get(spans.DATES, []) for i in range(s.start, s.end)}
        kept = single_words(self.lex, doc, kept, countries, dated)
        kept += misread_people(  # "Dufour a déclaré" with "Dufour" tagged LOC
            self.lex,
            doc,
            kept,
            countries,
            country_tokens,
            lambda c: plausible(self.lex, doc, c, country_tokens, told_to=self._told_to),
        )
        particle_surnames(self.lex, doc, kept)
        relatives_apart(self.lex, doc, kept)  # "le fils de X, Y X": two people
        kept = without_characters(self.lex, doc, kept)  # "le rôle de X", "X (Zita Y)"
        # "X, dit MBS, ... MBS a ordonné": every mention of a nickname is its person
        named = nicknames(self.lex, doc, kept)
        kept += nickname_mentions(doc, kept, named, dated | country_tokens)
        out = []
        for cand in sorted(kept, key=lambda c: c.start):
            span = Span(doc, cand.start, cand.end, label="PERSON")
            match = PersonMatch(
                roles=tuple(dict.fromkeys(cand.roles)),
                country=cand.country,
                rule=cand.rule,
                name=cand.name or None,
                age=age_of_mention(doc, cand.start, cand.end),
                apart=cand.apart,
            )
            span._.set(spans.PEOPLE, match)
            out.append(span)
        doc.spans[spans.PEOPLE] = out
        return doc

    def _from_titles(self, doc: Doc, countries: CountriesAt) -> list[Candidate]:
        """'le président ouzbek X': the name after a title, with its role and country."""
        titled = title_candidates(self.lex, doc, countries, self.title_starts, self.ner)
        return titled + plural_title_candidates(self.lex, doc)  # "les ministres X et Y"

    def _from_honorifics(self, doc: Doc) -> list[Candidate]:
        """'M. Wells', 'Mme von der Leyen', 'MM. Thiers et Favre' (see `person_announced`)."""
        return honorific_candidates(self.lex, doc)

    def _from_model(self, doc: Doc, countries: CountriesAt) -> list[Candidate]:
        """The model's PER spans, leading titles stripped into roles ("président Obama")."""
        return model_candidates(self.lex, doc, countries)

    def _from_appositions(
        self, doc: Doc, cands: list[Candidate], countries: CountriesAt
    ) -> list[Candidate]:
        """'Lincoln Romain, directeur de ...', 'Jack Ma, 56 ans': names the model missed."""
        covered = {i for c in cands for i in range(c.start, c.end)}
        out: list[Candidate] = []
        for comma in positions(doc, [","]):
            if comma - 1 in covered:
                continue
            k = comma + 1
            while k < len(doc) and doc[k].lower_ in DETERMINERS | self.lex.modifiers:
                k += 1
            title = self.title_at(doc, k, countries) if k < len(doc) else None
            if (title is None or title.kind != "title") and age_after(doc, comma) is None:
                continue
            start = apposition_start(doc, comma, self.lex.particles)
            if start is None:  # "Dupont, maire de ...", "Ginette, 81 ans"
                titled = title is not None and title.kind == "title"
                start = lone_apposition(self.lex, doc, comma, given=not titled)
            if start is not None and not covered.intersection(range(start, comma)):
                out.append(Candidate(start, comma, "apposition"))
        return out

    def _full_name_words(
        self, doc: Doc, cands: list[Candidate], country_tokens: set[int]
    ) -> frozenset[str]:
        """Words (lower case, no particle) of the plausible names of two words or more."""
        words: set[str] = set()
        for c in cands:
            named = [t for t in doc[c.start : c.end] if not self.lex.honorific(t)]
            written = written_words(named)
            if len(written) > 1 and plausible(
                self.lex, doc, c, country_tokens, told_to=self._told_to
            ):
                words.update(w for w in written if w not in self.lex.particles)
        return frozenset(words)

    def _from_sources(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """'explique à l'AFP Jeanne Carrel': the speaker after a source's acronym."""
        covered = {i for c in cands for i in range(c.start, c.end)}
        out: list[Candidate] = []
        for i in positions(doc, self.lex.speech_verbs):
            k = after_source(doc, i)
            if k is None or k in covered or doc[k].is_upper:
                continue
            if not (doc[k].ent_type_ or doc[k].text in self.lex.first_names):
                continue  # the model reads something there, or a given name opens it
            end = self.name_at(doc, k)
            if len(written_words(doc[k:end])) > 1 and not covered.intersection(range(k, end)):
                out.append(Candidate(k, end, "speech"))
        return out

    def _from_first_names(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """Runs of name words opening on a strong given name (`person_given`)."""
        covered = {i for c in cands for i in range(c.start, c.end)}
        runs = first_name_runs(self.lex, doc, covered, self.name_at)
        out = [Candidate(start, end, "first-name") for start, end in runs]
        covered.update(i for start, end in runs for i in range(start, end))
        arabic = arabic_name_runs(self.lex, doc, covered, self.name_at)
        return out + [Candidate(start, end, "arabic-name") for start, end in arabic]

    def _widen_first_names(self, doc: Doc, kept: list[Candidate], country_tokens: set[int]) -> None:
        """'Zeynep' + 'Ece Dundar': take back the given names the model left out before a name."""
        taken = country_tokens | {i for c in kept for i in range(c.start, c.end)}
        for c in kept:
            start = widened_start(self.lex, doc, c.start, taken)
            if start < c.start:
                c.start = start
                c.rule = c.rule if "+" in c.rule else f"{c.rule}+first-name"

    def _org_relations(self, doc: Doc, kept: list[Candidate]) -> list[Candidate]:
        """'son allié libéral X': a person only with a given name or another mention."""
        doubtful = [c for c in kept if org_relation_doubt(self.lex, doc, c.start)]
        sure = [(c.start, c.end) for c in kept if c not in doubtful]
        return [
            c for c in kept if c not in doubtful or named_otherwise(doc, (c.start, c.end), sure)
        ]

    def _told_to(self, doc: Doc, start: int) -> bool:
        """'a répondu à Aubry', 'a rendu hommage à X': "à" after a verb that takes a person."""
        if told_to(doc, start, self.lex.speech_verbs | self.lex.object_verbs):
            return True
        if cleft_object(doc, start, start + 1):
            return True  # "C'est à Thiers que revient l'honneur"
        return (
            start > 1
            and doc[start - 1].lower_ == "à"
            and doc[start - 2].lower_ in self.homage_nouns
        )

    def _known_names(
        self, doc: Doc, kept: list[Candidate], country_tokens: set[int]
    ) -> list[Candidate]:
        """Mentions of known people the model missed or mislabelled."""
        surnames = spreading_surnames(self.lex, doc, kept)
        covered = {i for c in kept for i in range(c.start, c.end)}
        out: list[Candidate] = []
        for last in positions(doc, surnames):
            if last in covered or not is_name_word(doc[last]):
                continue
            # Walk back over the name's first words, then check they read as one name.
            start = last
            while start > 0 and last - start < MAX_NAME and start - 1 not in covered:
                prev = doc[start - 1]
                glued = prev.text == "-" and not prev.whitespace_
                if not (is_name_word(prev) or glued or prev.text in self.lex.particles):
                    break
                start -= 1
            while start < last and (
                doc[start].lower_ in DETERMINERS
                or not is_name_word(doc[start])
                or opening_word(self.lex, doc[start])  # "Affaire Durand", "Et Marchal"
            ):
                start += 1
            if self.name_at(doc, start) <= last:
                start = last
            cand = Candidate(start, last + 1, "known-name")
            if plausible(self.lex, doc, cand, country_tokens, told_to=self._told_to):
                out.append(cand)
                covered.update(range(start, last + 1))
        return out


@Language.factory("c5facts_people")
def make_people(nlp: Language, name: str) -> PeopleFinder:
    """Factory of the people component (vocabulary from `models/people/lexicon.tsv`)."""
    return PeopleFinder(nlp, name, read_tsv(*LEXICON))
