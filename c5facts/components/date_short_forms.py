"""Short forms of news dates: holidays and their year, names, abbreviations, clock minutes.

- A holiday takes the year written after it with "en" or "de" ("à Pâques en 2018", "la
  Toussaint de 2012"), and also "en" + the year after a short apposition that restates
  the holiday as a time, with no verb between ("à Pâques, le dimanche, en 2018", "à
  Noël, le soir du réveillon, en 2015"): one span and one fact (`holiday_years`). A year
  after an apposition of another noun stays its own ("à Noël, la hausse des prix en
  2019": the year of the rise).
- "Noël" / "Noel" followed by a capitalised word is a given name ("Noel Gallagher",
  "pour Noël Mamère"), no holiday (`short_form_ok`).
- "mer." / "jeu." (lower case) after a determiner, a preposition or an adjective is a
  noun ("péri en mer. 3 mai...", "en haute mer."), no weekday; "Jeu." stays one.
- A count after "midi" / "minuit" is its minutes ("minuit trois" -> ``T00:03``) unless a
  noun follows it: "midi trois fois", "à minuit deux hommes" count something else.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from c5facts.components.date_filters import fold
from c5facts.components.date_found import F
from c5facts.components.doc_text import words_of
from c5facts.normalise.dates.vocab import YEAR_WORD, vocabulary

LABEL = "DATE"
# Words a holiday's apposition may start with: a determiner, or a comma before it.
_APPOSITION_DETS = frozenset(["le", "la", "l'", "les", "ce", "cette", "un", "une"])
# Nouns of time that restate a holiday (besides weekdays, parts of the day and units).
_TIME_NOUNS = frozenset(
    ["soir", "veille", "lendemain", "fête", "fete", "réveillon", "reveillon", "week-end", "weekend"]
)
_APPOSITION_MAX = 6  # words of the apposition, commas included
_NAMES = frozenset(["noël", "noel"])
_NOUN_READINGS = frozenset(["mer", "jeu"])  # "la mer", "le jeu": abbreviations only alone
# Words before "mer" / "jeu" that make them nouns ("la mer", "en mer", "en jeu"), with
# any determiner, preposition or adjective ("en haute mer").
_NOUN_DETS = frozenset(
    ["le", "la", "l'", "les", "du", "de", "des", "au", "aux", "en", "sur", "par"]
)
_CLOCK_NOUNS = frozenset(["midi", "minuit"])
_COUNTED = frozenset(["NOUN", "ADJ", "PROPN", "NUM"])
# "la semaine qui suit", "le vendredi qui a suivi": the verb, and what starts its object.
_FOLLOW_VERBS = frozenset(["suit", "suivi", "suivit", "précède", "précédé", "précéda"])
_OBJECT_START = frozenset(["DET", "NOUN", "PROPN", "PRON", "NUM"])


def short_form_ok(doc: Doc, span: Span, rule: str) -> bool:
    """Whether a matched span is a date here (the name, noun and count rules above)."""
    if rule.startswith("holiday") and _given_name(doc, span):
        return False
    if _noun_abbreviation(doc, span):
        return False
    if rule in ("time", "weekday_time") and _count_of_something(doc, span):
        return False
    return not _follows_an_event(doc, span)


def _given_name(doc: Doc, span: Span) -> bool:
    """Whether the span ends with "Noël" written as the given name of a person."""
    last = span[-1]
    if fold(last) not in _NAMES or not last.is_title or last.i + 1 >= len(doc):
        return False
    nxt = doc[last.i + 1]
    voc = vocabulary()
    return nxt.is_title and not nxt.is_sent_start and fold(nxt) not in voc.months


def _noun_abbreviation(doc: Doc, span: Span) -> bool:
    """Whether "mer." / "jeu." of the span follows a determiner: the sea, a game."""
    if not any(w in _NOUN_READINGS for w in words_of(doc)[span.start : span.end]):
        return False  # strings first: this runs for every date
    for t in span:
        if t.text in _NOUN_READINGS and t.i + 1 < len(doc) and doc[t.i + 1].text == ".":
            before = doc[t.i - 1] if t.i > 0 else None
            return before is not None and (
                fold(before) in _NOUN_DETS or before.pos_ in ("DET", "ADP", "ADJ")
            )
    return False


def _count_of_something(doc: Doc, span: Span) -> bool:
    """Whether the count after "midi" / "minuit" counts the noun after it ("trois fois")."""
    if len(span) < 2 or span[-2].lower_ not in _CLOCK_NOUNS or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.is_alpha and (nxt.pos_ in _COUNTED or nxt.lower_ == "fois")


def _follows_an_event(doc: Doc, span: Span) -> bool:
    """Whether "qui suit" / "qui a suivi" of the span has an object: another event's time.

    "la semaine qui a suivi l'attentat", "le jour qui suit son élection" count from the
    event named after them, not from the story's date; "dans la semaine qui suit" is a
    time within the story's week (as `date_filters` reads "dans la semaine").
    """
    if span[-1].lower_ not in _FOLLOW_VERBS:
        return False
    if (
        span[-1].lower_ in ("suit", "précède")
        and span.start > 0
        and fold(doc[span.start - 1]) == "dans"
    ):
        return True  # "dans la semaine qui suit": within the week of the story, not a date
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.pos_ in _OBJECT_START or nxt.like_num


def holiday_years(
    doc: Doc,
    kept: list[Span],
    rules: dict[tuple[int, int], F],
    make: Callable[[str, dict[int, str]], F],
) -> list[Span]:
    """A holiday and the year written after it made one span and fact (see the module doc).

    "à Pâques en 2018" -> "Pâques en 2018" (2018-04-01), the year's own match dropped; not
    when the year begins a longer date ("à Noël de 2010 à 2012"), nor when another date
    stands between them. `make` builds the merged match from the rule and its roles.
    """
    out: list[Span] = []
    inside: set[tuple[int, int]] = set()  # the year's own spans, now part of a holiday's
    for s in kept:
        found = rules[(s.start, s.end)]
        year = _year_after(s) if found.rule.startswith("holiday") else None
        if year is None or any(found.roles.get(i) == "year" for i in range(s.start, s.end)):
            out.append(s)
            continue
        gap = range(s.end, year + 1)  # the apposition, "en" and the year
        near = [o for o in kept if o is not s and o.start < gap.stop and o.end > gap.start]
        # the year's own span, or the apposition read alone ("le dimanche": a habit's words)
        if all(o.start >= s.end and o.end <= year + 1 for o in near):
            roles = {**found.roles, year: "year"}
            s = Span(doc, s.start, year + 1, label=LABEL)
            rules[(s.start, s.end)] = make(found.rule, roles)
            inside.update((o.start, o.end) for o in near)
        out.append(s)
    return [s for s in out if (s.start, s.end) not in inside]


def _year_after(span: Span) -> int | None:
    """The index of the year written after a holiday, right after it or its apposition."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].lower_ in ("en", "de"):
        return _year_at(doc, k + 1)
    end = _apposition_end(doc, k)
    if end is None or end >= len(doc) or doc[end].lower_ != "en":
        return None
    return _year_at(doc, end + 1)


def _year_at(doc: Doc, k: int) -> int | None:
    """`k` when a year stands there and no number follows it (not "de 2010 à 2012")."""
    if k >= len(doc) or not YEAR_WORD.match(doc[k].text):
        return None
    after = doc[k + 1] if k + 1 < len(doc) else None
    return None if after is not None and after.like_num else k


def _apposition_end(doc: Doc, k: int) -> int | None:
    """The index after a holiday's apposition that starts at `k`, None when there is none.

    The apposition is a noun phrase with a determiner, between commas or not ("le
    dimanche", ", le soir du réveillon,"), whose first noun names a time (a weekday, a
    part of the day, a unit, "veille", "fête"...); no verb, no number, no sentence end.
    """
    comma = k < len(doc) and doc[k].text == ","
    i = k + 1 if comma else k
    if i >= len(doc) or fold(doc[i]) not in _APPOSITION_DETS:
        return None
    voc = vocabulary()
    noun = next((t for t in doc[i + 1 : i + 3] if t.is_alpha), None)
    word = fold(noun) if noun is not None else ""
    if not (word in voc.weekdays or word in voc.parts or word in voc.units or word in _TIME_NOUNS):
        return None
    j = i
    while j < len(doc) and j - k <= _APPOSITION_MAX:
        t = doc[j]
        if t.text == "," or fold(t) == "en":
            break
        if t.is_sent_start or t.pos_ in ("VERB", "AUX") or t.like_num or t.is_punct:
            return None
        j += 1
    if j >= len(doc) or j - k > _APPOSITION_MAX:
        return None
    if doc[j].text == ",":
        if not comma:
            return None  # "Pâques le dimanche, en 2018": the comma opens no apposition
        j += 1
    elif comma:
        return None  # an apposition opened by a comma closes with one
    return j
