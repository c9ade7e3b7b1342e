"""Clauses that point forward: their date is ahead whatever the main verb's tense.

Issue 11's "direction" family, read by `c5facts.components.tense.ClauseTense`: a call,
an exhortation or a request ("appelle les conducteurs à faire grève mardi", "a appelé à
la grève jeudi", "a demandé aux salariés de cesser le travail jeudi"), a postponement
("a été reporté à mardi"), and a purpose clause ("pour", "afin de" + infinitive, "pour
que" + subjunctive) unless its main verb is past and the date may be the main event's:
"a reçu hier son homologue pour préparer le sommet de juin" is ahead (a noun's
complement, a main clause dated on its own), "se sont rassemblés pour rendre hommage à
la victime samedi" is past. The clause runs from its opener to the date with no finite
verb, punctuation or relative word between them ("pour sauver l'usine qui a fermé mardi"
is past; so is a past infinitive, "pour avoir frappé"); quotation marks around a term
on the way are no boundary ('appelant à une "prise de conscience" avant la rentrée').
The word lists (purpose openers, words of sufficiency, verbs of exhortation and of
postponement) are classes of models/dates/vocabulary.tsv.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from c5facts.components.doc_text import lowers_of, pos_of, puncts_of
from c5facts.normalise.dates.vocab import YEAR_WORD

# Words that open another clause: the walk back to a forward opener stops there.
CLAUSE_WORDS = frozenset(
    ["qui", "que", "qu'", "dont", "où", "lorsque", "quand", "puisque", "mais", "car", "si"]
)
# Object clitics between an opener and its infinitive (with negation and reflexive
# pronouns, from tense): "pour ne pas le manquer".
OBJECT_CLITICS = frozenset(["le", "la", "les", "l'", "lui", "leur"])
# The exhortation values (models/dates/vocabulary.tsv) each preposition takes: "appelle
# les conducteurs à faire grève", "appelle à la grève" (noun), "demande aux salariés de".
CALL_VALUES = {"à": ("noun", "infinitive"), "de": ("de",), "d'": ("de",)}
NOUN_CALL_PREPS = frozenset(["à", "au", "aux"])  # "appelle à la grève", "au boycott"
POSTPONE_PREPS = frozenset(["à", "au", "aux", "pour"])  # "reporté à mardi"
DETERMINERS = frozenset(["la", "l'", "le", "les"])  # "reporté à la mi-janvier"
# Quotation marks around a few words of the clause (a term quoted inline): no boundary.
INLINE_QUOTES = frozenset(['"', "«", "»", "“", "”"])
CALL = -1  # what `_points_forward` returns for a call (a purpose clause: where it opens)
# A date after these completes a noun: "le sommet de juin", "le scrutin du 12 mars".
COMPLEMENT_WORDS = frozenset(["de", "d'", "du", "des"])
WALK = 12  # tokens from a date back to its clause's opener
OBJECT = 6  # tokens between a verb and its "à": "a repoussé le vote à", "pour que la loi"
CALL_OBJECT = 10  # "appelle les salariés de l'usine de Lyon et de Grenoble à"


class ForwardClauses:
    """The forward-clause rules; `ClauseTense` sets the word lists and the verb tests."""

    purpose: frozenset[tuple[str, ...]]
    exhortation: dict[str, str]
    postpone: frozenset[str]
    sufficiency: frozenset[str]
    date_words: frozenset[str]
    inf_glue: frozenset[str]  # words between an opener and its infinitive

    def _is_verb(self, tok: Token) -> bool:
        raise NotImplementedError

    def _verb_at(self, doc: Doc, i: int) -> bool:
        raise NotImplementedError

    def _group(self, tok: Token, sent: Span) -> list[Token]:
        raise NotImplementedError

    def _own_date(self, span: Span, clause: Span, opener: int) -> bool:
        """Whether a purpose clause's date is its own, not the main event's.

        After a past main verb, "pour rendre hommage à la victime samedi" may date the
        gathering itself; the date is the aim's when it completes a noun of the clause
        ("pour préparer le sommet de juin") or when the main clause has a date of its own
        ("a reçu hier son homologue pour préparer la réunion lundi").
        """
        doc = span.doc
        before = _word(doc[span.start - 1]) if span.start > clause.start else ""
        if {before, _word(doc[span.start])} & COMPLEMENT_WORDS:
            return True
        return any(
            _word(t) in self.date_words or YEAR_WORD.match(t.text)
            for t in doc[clause.start : opener]
        )

    def _points_forward(self, span: Span, clause: Span) -> int | None:
        """Where the purpose clause or the call that `span` ends opens (CALL for a call).

        Walks back from the date to the infinitive (or the "à" of "appelle à la grève")
        that opens its clause; punctuation or a relative word on the way means the date
        belongs to another clause, and so does a finite verb or a participle unless "pour
        que" / "afin que" opens its clause ("pour que la loi soit votée en juin").
        """
        doc = span.doc
        lows, puncts = lowers_of(doc), puncts_of(doc)  # a Token only for a verb
        for i in range(span.start - 1, max(clause.start, span.start - WALK) - 1, -1):
            word = _plain(lows[i])
            if word in INLINE_QUOTES:
                continue  # 'appelant à une "prise de conscience" urgente avant la rentrée'
            if puncts[i] or word in CLAUSE_WORDS:
                return None
            if (
                word in NOUN_CALL_PREPS
                and i < span.start - 1
                and self._caller(i, clause, noun=True)
            ):
                return CALL  # "a appelé à la grève jeudi" ("à jeudi" is no call)
            if self._verb_at(doc, i):
                tok = doc[i]
                if tok.morph.get("VerbForm", []) != ["Inf"]:
                    return self._purpose_that(tok, clause)
                opener = self._before_infinitive(tok, clause)
                if opener is not None and self._caller(opener, clause):
                    return CALL
                first = None if opener is None else self._purpose(opener, clause)
                if first is not None:
                    return first
        return None

    def _purpose_that(self, verb: Token, clause: Span) -> int | None:
        """Where "pour que" opens the clause of a finite verb ("pour que la loi soit")."""
        doc = verb.doc
        lows, puncts = lowers_of(doc), puncts_of(doc)
        first = self._group(verb, clause)[0].i
        for i in range(first - 1, max(clause.start, first - 1 - OBJECT) - 1, -1):
            word = _plain(lows[i])
            if word in ("que", "qu'"):
                return self._purpose(i, clause)
            if puncts[i] or self._verb_at(doc, i) or word in CLAUSE_WORDS:
                return None
        return None

    def _before_infinitive(self, inf: Token, clause: Span) -> int | None:
        """Index of the word before an infinitive, past its clitics ("pour ne pas le voir")."""
        i = inf.i - 1
        while i >= clause.start and _word(inf.doc[i]) in self.inf_glue:
            i -= 1
        return i if i >= clause.start else None

    def _purpose(self, last: int, clause: Span) -> int | None:
        """Where the purpose opener ("pour", "afin de") ending at `last` starts, if any.

        After a word of sufficiency ("il a fallu deux jours pour", "trop tard pour") the
        clause tells a consequence, not an aim.
        """
        doc = clause.doc
        for opener in self.purpose:
            first = last - len(opener) + 1
            if first >= clause.start and all(
                _norm(_word(doc[first + k])) == w for k, w in enumerate(opener)
            ):
                if any(_word(t) in self.sufficiency for t in doc[clause.start : first]):
                    return None
                return first
        return None

    def _caller(self, prep: int, clause: Span, *, noun: bool = False) -> bool:
        """Whether the "à" / "de" at `prep` follows a verb of exhortation or request.

        "invite les salariés à", "demande aux salariés de". With `noun`, the verb must
        stand right before "à" (adverbs aside) and take a noun there ("appelle à la
        grève"); otherwise an object may come between them.
        """
        doc = clause.doc
        values = ("noun",) if noun else CALL_VALUES.get(_word(doc[prep]), ())
        for i in range(prep - 1, max(clause.start, prep - 1 - CALL_OBJECT) - 1, -1):
            tok = doc[i]
            word = _word(tok)
            if word in self.exhortation and tok.pos_ != "NOUN":
                return self.exhortation[word] in values
            if tok.is_punct or word in CLAUSE_WORDS or self._is_verb(tok):
                return False
            if noun and tok.pos_ != "ADV" and word not in self.date_words:
                return False  # "appelle à la grève", "a appelé mardi à la grève"
        return False

    def _postponed(self, span: Span, clause: Span) -> bool:
        """Whether `span` is the new date of a postponement ("a été reporté à mardi").

        A lone participle in apposition ("le match, reporté à samedi, s'est joué") keeps
        the clause's tense: the event may be over.
        """
        doc = span.doc
        lows, puncts, pos = lowers_of(doc), puncts_of(doc), pos_of(doc)

        def word(k: int) -> str:
            return _plain(lows[k])

        prep = span.start if word(span.start) in POSTPONE_PREPS else span.start - 1
        if prep > clause.start and word(prep) in DETERMINERS:
            prep -= 1  # "reporté à la mi-janvier"
        if prep < clause.start or word(prep) not in POSTPONE_PREPS:
            return False
        for i in range(prep - 1, max(clause.start, prep - 1 - OBJECT) - 1, -1):
            if word(i) in self.postpone and pos[i] != "NOUN":
                tok = doc[i]
                return len(self._group(tok, clause)) > 1 or tok.morph.get("VerbForm", []) == ["Fin"]
            if puncts[i] or word(i) in CLAUSE_WORDS or self._verb_at(doc, i):
                return False
        return False


def _word(tok: Token) -> str:
    """The lower-case word with a plain apostrophe ("d’" -> "d'")."""
    return _plain(tok.lower_)


def _plain(low: str) -> str:
    """`_word` of a kept lower-case string (no Token)."""
    return low.replace("\u2019", "'")


def _norm(word: str) -> str:
    """An elided "de" read whole: "afin d'ouvrir" opens like "afin de"."""
    return "de" if word == "d'" else word


def phrase_words(form: str) -> tuple[str, ...]:
    """The tokens of a vocabulary form: "dans l'objectif de" -> dans, l', objectif, de."""
    return tuple(_norm(w) for w in re.findall(r"[^\s']+'|[^\s']+", form.replace("\u2019", "'")))
