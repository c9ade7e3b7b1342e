"""The `c5facts_dates` component: date expressions as spans, each with its `DateMatch`.

Detection is c5facts's own token patterns (models/dates/patterns.jsonl, spaCy `Matcher`s
built at construction), never a free-text date search over the article. Numbers already
claimed by `c5facts_money` are skipped, and the readings that the context rules out (a
habit, a count, "cette année-là"...) are dropped by `c5facts.components.date_filters`.
Each pattern token may carry a ROLE ("day", "month", "year", "prep"...); matching with
alignments tells which pattern token each matched token stands for, so the values are
read once from the roles (`c5facts.normalise.dates.fields.read_fields`) and put with the
pattern id and the clause's tense (`c5facts.components.tense`) in a `DateMatch` on
``span._.c5facts_dates``. `c5facts.normalise.dates.resolve` places it on the calendar.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from c5facts import spans
from c5facts.components.date_bounds import bound_of
from c5facts.components.date_compose import (
    DAY_HELD_RULES,
    HELD_RULES,
    bare_clock_ok,
    compose_times,
)
from c5facts.components.date_filters import (
    bare_part_ok,
    fold,
    paired_part,
    plausible,
    weekly_state,
)
from c5facts.components.date_lists import decade_items, list_items, share_list_year
from c5facts.components.date_matchers import AnchoredMatchers, Found
from c5facts.components.date_patterns import load_patterns
from c5facts.components.date_short_forms import holiday_years, short_form_ok
from c5facts.components.date_story import scheduled_day, story_day_ok
from c5facts.components.doc_text import words_of
from c5facts.components.tense import NEAREST, ClauseTense
from c5facts.matches import DateMatch, DateWord
from c5facts.normalise.dates.accents import FOLDED_CLASSES, accented, date_vocabulary, fold_tokens
from c5facts.normalise.dates.calendar_fields import PLACING_PREPS
from c5facts.normalise.dates.fields import read_fields

LABEL = "DATE"
# The rule of coordinated days sharing a month ("les 13 et 14 juillet"): one match per day.
COORDINATED_DAYS = "day_coord"
# A day without its month or time, read in the month the story named ("le 15,"): the
# rule of a held "le 16" that no time joined (`date_story.story_day_ok`).
STORY_DAY = "day_story"
SCHEDULED_DAY = "day_scheduled"  # "prévue le 12", "jusqu'au 15": set or bounded, month unsaid


class DatesFinder:
    """Find date expressions with token patterns; attach a `DateMatch` to each span."""

    def __init__(self, nlp: Language, name: str) -> None:
        """Build the matchers once from models/dates."""
        self.name = name
        vocab = date_vocabulary()  # with the accentless variants of its date words
        self.clause = ClauseTense.from_vocabulary()
        # Every word a pattern lists also matches without its accents ("debut", "fete"),
        # and a matched variant is read as the written word ("deuxieme" -> "deuxième").
        written = load_patterns(vocab)
        patterns = [replace(p, tokens=fold_tokens(p.tokens)) for p in written]
        self.matchers = AnchoredMatchers(nlp, patterns, vocab)
        # Built with the matchers (not at the first document), from the patterns read once.
        self.accented = _accented(vocab, [p.tokens for p in written])

    # ------------------------------------------------------------ matching

    def __call__(self, doc: Doc) -> Doc:
        """Write the date spans of `doc` to `doc.spans["c5facts_dates"]`, each with its match."""
        claimed: set[int] = set()
        for money in doc.spans.get(spans.MONEY, []):
            claimed.update(range(money.start, money.end))
        found: list[Span] = []
        rules: dict[tuple[int, int], Found] = {}
        words = words_of(doc)  # `Token.is_space` without a Token per look
        for start, end, match in self.matchers.matches(doc):
            if claimed.intersection(range(start, end)):
                continue
            while start < end and words[start].isspace():
                start += 1
            while end > start and words[end - 1].isspace():
                end -= 1
            if start < end:
                span = Span(doc, start, end, label=LABEL)
                first = rules.setdefault((start, end), match)
                if first is not match and _better(doc, span, first, match):
                    rules[(start, end)] = match  # "de 9 heures à 17 heures": a time
                found.append(span)
        # Implausible readings go first, so that a longer one ("une année" before "2020")
        # does not hide the right one ("année 2020"); then a day and its time of day
        # beside it are made one span (date_compose).
        ok, held = [], set()
        for s in found:
            rule_id = rules[(s.start, s.end)].rule
            if rule_id == "part_edge" and not bare_part_ok(s):
                continue  # "le soir des faits", "5 h de l'après-midi": no part to compose
            if rule_id in HELD_RULES or (
                rule_id in DAY_HELD_RULES and not plausible(doc, s, rule_id)
            ):
                # "le 16" (a day only beside a time), a part of the day ruled out by the day
                # beside it: kept to join that day or time, dropped alone.
                if plausible(doc, s, "time"):
                    ok.append(s)
                    held.add((s.start, s.end))
            elif (
                plausible(doc, s, rule_id)
                and bare_clock_ok(doc, s)
                and short_form_ok(doc, s, rule_id)
            ):
                ok.append(s)
        kept = filter_spans(ok)
        kept, merged = compose_times(doc, kept, rules, held, Found, _story_day)
        rules.update(merged)
        kept = holiday_years(doc, kept, rules, Found)
        kept = list_items(doc, kept, rules, Found)  # "en 2017, 2018 et 2019"
        kept = decade_items(doc, kept, rules, Found)  # "les années 80 et 90"
        tenses = [self.clause.tense(s) for s in kept]
        # A verbless mention (a headline) takes the tense of the same words elsewhere.
        known: dict[str, str] = {}
        for s, t in zip(kept, tenses, strict=True):
            if t in ("past", "future"):
                known.setdefault(_key(s), t)
        out = []
        for s, t in zip(kept, tenses, strict=True):
            if t is None:
                t = known.get(_key(s))
            elif t == NEAREST:
                t = None  # "initialement prévue lundi": nearest, never the tense elsewhere
            rule = rules[(s.start, s.end)]
            if rule.rule == "habit_weekday" and weekly_state(s):
                t = "present"  # "seront interdits aux voitures le dimanche": every Sunday
            if rule.rule == "part_edge" and paired_part(s):
                t = "present"  # "ouvrir le soir et la nuit": every evening and night
            if rule.rule == COORDINATED_DAYS:
                for whole, part_match in _coordinated_days(s, rule, t, self.accented):
                    part = _timeml_extent(whole, part_match)  # "des 14 et 15 mars": "14"
                    part._.set(spans.DATES, part_match)
                    out.append(part)
                continue
            date_match = _date_match(s, rule, t, self.accented)
            bound = bound_of(doc, s, length=rule.rule.startswith("duration"))
            if bound is not None:  # "au plus tard le 30 juin": ON_OR_BEFORE
                date_match = replace(date_match, bound=bound)
            # TimeML extent: the expression without its leading preposition ("en 1975" ->
            # "1975"); the match keeps every word, so the preposition still places it.
            s = _timeml_extent(s, date_match)
            s._.set(spans.DATES, date_match)
            out.append(s)
        share_list_year(doc, out)  # "en juillet et août 2018"
        doc.spans[spans.DATES] = out
        return doc


# Leading words of a match that TimeML leaves out of the extent (prepositions and the
# words of a compound preposition); determiners stay ("le 12 mars", "la veille").
_DETERMINERS = frozenset(["le", "la", "l'", "les", "ce", "cet", "cette", "ces"])
_KEPT = _DETERMINERS | {"début", "fin", "mi", "mi-", "milieu", "courant"}
_PREP_TAIL = frozenset(["cours", "ici", "lors", "de", "d'", "des", "du", "à", "en"])


def _timeml_extent(span: Span, match: DateMatch) -> Span:
    """The span without its leading preposition (ranges keep their "du ... au")."""
    if match.rule.startswith("range") and any(w.role == "to" for w in match.words):
        return span
    start = span.start
    words = match.words
    k = 0
    while k < len(words) - 1 and words[k].role == "prep" and words[k].form not in _KEPT:
        k += 1
    if k == 0:
        return span
    while k < len(words) - 1 and words[k].role in ("", "det") and words[k].form in _PREP_TAIL:
        k += 1
    synthetic = sum(1 for w in words[:k] if not w.text)  # "jusqu'" before the span
    return Span(span.doc, start + k - synthetic, span.end, label=LABEL)


def _story_day(span: Span, match: Found) -> Found | None:
    """A day held for a time that came alone: "Le 24, premier jour du sommet"."""
    if match.rule == "day_alone" and story_day_ok(span.doc, span):
        rule = SCHEDULED_DAY if scheduled_day(span.doc, span) else STORY_DAY
        return Found(rule, match.roles)
    return None


def _better(doc: Doc, span: Span, first: Found, other: Found) -> bool:
    """Whether another reading of the same tokens replaces an implausible first one."""
    return not plausible(doc, span, first.rule) and plausible(doc, span, other.rule)


def _accented(
    vocab: dict[str, dict[str, str]], patterns: list[list[dict[str, Any]]]
) -> dict[str, str]:
    """Accentless variant -> written form of the words of the vocabulary and the patterns."""
    forms = [f for cls in sorted(FOLDED_CLASSES) for f in vocab.get(cls, {})]
    forms += [f for tokens in patterns for spec in tokens for f in _listed(spec)]
    return accented(forms)


def _listed(spec: dict[str, object]) -> list[str]:
    """The words a Matcher token lists on LOWER or TEXT."""
    out: list[str] = []
    for attr in ("LOWER", "TEXT"):
        value = spec.get(attr)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            out.extend(str(f) for f in value["IN"])
    return out


def _form(token: Token, written: dict[str, str]) -> str:
    """The lower-case form of a date word, an accentless variant read as written."""
    if token.norm_ == "à":
        return "à"  # "A la mi-mars": the capital read as the preposition
    low = fold(token)
    return written.get(low, low)


def _key(span: Span) -> str:
    return " ".join(t.lower_ for t in span if t.lower_ not in ("ce", "cet", "le", "la", "de"))


def _date_match(span: Span, found: Found, tense: str | None, written: dict[str, str]) -> DateMatch:
    """The `DateMatch` of a kept span: its words with their roles, read into fields once."""
    words = tuple(
        DateWord(found.roles.get(t.i, ""), _form(t, written), t.text_with_ws) for t in span
    )
    if span.start > 0 and fold(span.doc[span.start - 1]) == "jusqu'":
        # The tokenizer splits "jusqu'au": the elided half before the span is its
        # preposition ("jusqu'" + "au"); it adds no text to the match.
        words = (DateWord("prep", "jusqu'", ""), *words)
    return _with_fields(found.rule, words, tense)


def _coordinated_days(
    span: Span, found: Found, tense: str | None, written: dict[str, str]
) -> list[tuple[Span, DateMatch]]:
    """One span and match per day of "les 13 et 14 juillet", "les 3, 4 et 5 mars".

    The pattern gives the leading days the role "coday" and the "et" before the last day
    the role "and". Each leading day is its own span (the first one with the words before
    it: "les 13"), its match made of its own words and the month, year and "prochains" /
    "derniers" shared at the end, added without text (as the "jusqu'" of `_date_match`);
    the last day is the words after "et" ("14 juillet 2026", "le 14 juillet"). All keep
    the rule id, whose resolver is that of a single day. A preposition that places a date,
    right before the days, places each of them ("pour les 26 et 27 mars": ahead).
    """
    roles = found.roles
    before = fold(span.doc[span.start - 1]) if span.start > 0 else ""
    lead = (DateWord("prep", before, ""),) if before in PLACING_PREPS else ()
    tail = max(t.i for t in span if roles.get(t.i) == "and") + 1
    shared = tuple(
        DateWord(roles[t.i], _form(t, written), "")
        for t in span.doc[tail : span.end]
        if roles.get(t.i) in ("month", "year", "mod")
    )
    out: list[tuple[Span, DateMatch]] = []
    days = [t.i for t in span.doc[span.start : tail] if roles.get(t.i) == "coday"]
    for k, day in enumerate(days):
        # The first part keeps the words before its day ("les"); the others are the day.
        part = Span(span.doc, span.start if k == 0 else day, day + 1, label=LABEL)
        words = tuple(
            DateWord("day" if t.i == day else roles.get(t.i, ""), _form(t, written), t.text_with_ws)
            for t in part
        )
        out.append((part, _with_fields(found.rule, (*lead, *words, *shared), tense)))
    last = Span(span.doc, tail, span.end, label=LABEL)
    match = _date_match(last, found, tense, written)
    if lead:
        match = _with_fields(found.rule, (*lead, *match.words), tense)
    out.append((last, match))
    return out


def _with_fields(rule: str, words: tuple[DateWord, ...], tense: str | None) -> DateMatch:
    """A `DateMatch` of `words`, its fields read from their roles."""
    first, end = read_fields(words)
    assert tense in (None, "past", "future", "present")
    return DateMatch(rule=rule, tense=tense, words=words, fields=first, end=end)  # type: ignore[arg-type]


@Language.factory("c5facts_dates")
def make_dates(nlp: Language, name: str) -> DatesFinder:
    """Factory of the dates component (data from models/dates)."""
    return DatesFinder(nlp, name)
