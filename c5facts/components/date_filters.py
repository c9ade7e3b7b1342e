"""Plausibility rules of the dates component: when a matched span is no date here.

The token patterns (models/dates/patterns.jsonl) say what a date looks like; these rules
look at the words around a match and drop the readings that the context makes wrong.
`plausible(doc, span, rule)` is called on every match before overlaps are resolved, so
that an implausible longer reading does not hide a right shorter one. Each rule, and why:

- durations (``duration``, ``duration_bare``): a count of years that is an age ("un homme
  de 45 ans", "âgée de 30 ans", "il a 45 ans", "mort à 87 ans", "Jean, 45 ans,", "les
  moins de 25 ans"), "une année 2020" (the year follows) and a vague "un jour" / "une
  journée" are not durations (`_is_duration`);
- durations whose unit is capitalised inside the sentence ("de 20 Minutes", "24 Heures"):
  a newspaper's or a work's name (`_titled_unit`);
- ``time`` followed by "de" or a direction ("à 2 heures de Paris", "à une heure au nord
  de X"): a distance, not a clock time;
- ``part_edge`` after a month named in the sentence with no day ("en août, ... en début
  de soirée"): some day's evening, not the paper's (after a day, the story's day places
  it); ``part_edge`` / ``part_today`` followed by "du",
  "de" ("dans la soirée du mardi 2 octobre"): the day follows and is its own match;
- ``weekday_day`` followed by a counted noun, a unit or an hour ("jeudi 15 h", "mardi 3
  blessés"): the number is no day of the month;
- ``week_edge`` followed by a direction ("le début de la semaine prochaine"): another
  week, read by a longer pattern;
- ``month_subject`` (a month opening its sentence) without a finite verb right after it,
  and "Mars" always (`_month_subject`);
- ``duration_whole`` followed by "de" ("tout le mois de mars"): a date, not a length;
  "ce siècle", "cette décennie" a few sentences after a century or a decade named: that
  one again (`_anaphoric`); ``duration_decade`` followed by "de"/"du" ("la dernière
  décennie du XXe siècle"): a decade of that century, not the last ten years;
- ``day_month_year2``, ``month_year2`` followed by a counted noun, plural ("le 3 mars 15
  personnes", "en mai 68 personnes"): no year ("Mai 68 reste un symbole" keeps it);
- ``duration_of`` ("des mois") not followed by "de"/"sans" and what it lasts ("après des
  mois de négociations"): a count, a month or a decade (`_length_of`);
- vague lengths and adverbs of time (``duration_vague``, ``ref_word``): an age ("âgé de
  quelques mois"), the verb "en maintenant", a phrase whose time is of what follows
  ("à l'avenir de l'usine", "les derniers jours de sa vie") (`vague_plausible`);
- offsets going on in hours ("il y a 2 jours et 3 heures"): one length (`date_offsets`);
- ``offset_story`` ("deux ans plus tard") governed by a word around it ("deux ans après
  sa mort", "plus tard que prévu", "pendant deux ans après"): not counted from the story's
  date (`c5facts.components.date_story`);
- ``within_period`` ("dans la semaine", "dans l'année") followed by what names another
  unit ("qui suit", "du 3 mars", "écoulée") or after a count ("trois fois dans l'année");
- ``veille`` followed by "de"/"du"/"des" ("au lendemain d'un discours"): relative to an
  event, not to the paper's date;
- any match followed by "-là" ("cette année-là"): a time of the story, not of the paper
  (``story_same`` reads it); ``story_same`` / ``story_part`` followed by "que", "de", "où"
  ("le même jour que son frère", "le jour même de son arrivée"): another event's time;
- ``weekday`` after "un" ("un lundi matin, elle lui dit ..."): some Monday, no date;
- ``weekday`` after "le", "les", "chaque", "tous" ("fermé le lundi", "chaque mardi"), or
  after an ordinal after them ("chaque premier lundi du mois"): a habit, not one date
  (``habit_weekday`` and the sets read it);
- ``time`` and ``duration_bare`` "à une heure" before "où", "près" or an adjective ("à
  une heure tardive"): a moment, no clock time and no length; ``time`` "à une heure"
  after a unit ("d'un quart d'heure à une heure"): the end of a range of lengths;
- ``weekend`` and ``habit_weekday`` after a present form of "passer" ("il passe le
  week-end à Camp David"): one weekend the text does not place, no habit;
- ``offset_vague`` "il y a des jours" before "où", "de", "qui"...: "there are days", no
  time ago ("il y a des jours où tout va mal", "il y a des mois de retard");
- a bare "le soir", "la nuit", "l'après-midi" (``part_edge`` with its article alone) as
  a title ("Le Soir"), after "de" ("5 h de l'après-midi"), before what completes it ("le
  soir des faits", "le matin même", "la nuit tombée") or in an imperfect sentence;
- (read by the component, not a filter) ``habit_weekday`` after a predicate of opening
  or access (``weekly_state``: "seront interdits aux voitures le dimanche") is a weekly
  habit in a future or verbless clause too (`weekly_state`), and two bare parts of the
  day joined ("le soir et la nuit") are a habit whatever the tense (`paired_part`);
- a bare "le week-end" (``weekend``) in a sentence with a verb in the imperfect ("il
  travaillait le week-end"): a habit, not one weekend; followed by "de", "des", "du"
  ("le week-end des 14 et 15 décembre"): the words after it say which weekend;
- ``year_coord`` / ``month_coord`` ("et 2020", "et avril") only right after another date
  word ("en 2019 et 2020"): otherwise the number is a count;
- a year-like number followed by a measure unit or a plural noun ("de 1500 personnes",
  "entre 1500 et 2000 manifestants", "à 2000 m"): a count, not a year ("jusqu'en 2005
  inclus" stays a year: the tagger reads "inclus" as a plural noun).

The apostrophe folding and the digit-anchor expression live here, below the matcher,
because both the rules and the matcher (`c5facts.components.dates`) use them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from spacy.tokens import Doc, Span, Token

from c5facts import resources
from c5facts.components.date_ages import age_of_person
from c5facts.components.date_offsets import length_from_reference, offset_plausible
from c5facts.components.date_story import story_offset_ok
from c5facts.components.doc_text import lowers_of
from c5facts.components.quote_marks import MARKS
from c5facts.components.tense import CONDITIONAL, STRICT_FUTURE
from c5facts.normalise.dates.vocab import YEAR_WORD, number_word, vocabulary
from c5facts.normalise.text import straight_apostrophes
from c5facts.normalise.wordclass import lexicon as word_lexicon

# Digit tokens that can anchor a date on their own: a year, 02/03/2016, 2025-11-06, mi-2024.
DIGIT_ANCHOR = re.compile(
    r"^(?:1[5-9]\d\d|20\d\d|mi-\w+|\d[\d/.-]*[/.-]\d+|\d{1,2}(?:h\d*|:\d\d)|\d{1,2}(?::\d\d)?[ap]m)$"
)
HABITUAL_BEFORE = frozenset(["le", "chaque", "les", "tous"])
# units of a length before "à une heure" ("de trente minutes à une heure")
_LENGTH_UNITS = frozenset(["heure", "heures", "minute", "minutes", "quart", "h", "min"])
# present forms of "passer": "il passe le dimanche à Rome" spends one day, no habit
SPEND = frozenset(["passe", "passent", "passons", "passez"])
MEASURE_UNITS = frozenset(
    ["km", "m", "kg", "g", "t", "ha", "mw", "gw", "kw", "kwh", "l", "m2", "m²", "m3", "%", "cm"]
)
DATE_WORDS_AFTER = frozenset(["de", "d'", "du", "des"])
# Forms of "avoir" before an age: "il a 45 ans".
_AVOIR = frozenset(
    ["a", "ai", "as", "avait", "avaient", "aura", "auront", "aurait", "avoir", "ayant", "ont", "eu"]
)


@cache
def _lasting() -> frozenset[str]:
    """The forms of "durer": a count of hours after them is a length."""
    return frozenset(resources.date_vocabulary().get("lasting", {}))


@cache
def _act_nouns() -> frozenset[str]:
    """Words before a year-first number that make it an act, a page or a score."""
    return frozenset(resources.date_vocabulary().get("act_noun", {}))


def plausible(doc: Doc, span: Span, rule: str) -> bool:
    """Whether a matched span of pattern `rule` reads as a date here (the rules above)."""
    nxt = doc[span.end] if span.end < len(doc) else None
    if rule in ("duration_bare", "duration") and not _is_duration(doc, span):
        return False
    if rule in ("duration_bare", "duration") and _titled_unit(span):
        return False  # "les éditions des Echos et de 20 Minutes": a newspaper's name
    if rule.startswith("duration") and fold(span[0]) in ("plus", "moins") and _after_au(span):
        return False  # "au moins trois ans": at least (date_bounds), not "moins de"
    if (rule.startswith("duration") or rule == "time") and _around_the_clock(doc, span):
        return False  # "24 heures sur 24", "7 jours sur 7": always, no length
    if rule == "holiday" and _holiday_of_a_thing(doc, span):
        return False  # "l'île de Pâques", "les œufs de Pâques": a name's or a thing's part
    if _event_of_something(doc, span, nxt):
        return False  # "la rentrée de Zidane", "une rentrée d'argent": a return, no date;
        # "la rentrée de septembre": the month says it
    if rule == "year_bare" and not _bare_year(doc, span):
        return False
    if rule == "duration_of" and not _length_of(doc, span):
        return False
    if rule in ("duration_vague", "ref_word") and not vague_plausible(doc, span, rule):
        return False
    if rule in ("offset_ago", "offset_in") and not offset_plausible(doc, span):
        return False  # "il y a 2 jours et 3 heures": one length (date_offsets)
    if rule == "offset_story" and not story_offset_ok(doc, span):
        return False  # "deux ans après sa mort", "plus tard que prévu" (date_story)
    timetable = timetable_hour(doc, span)  # "le journal de 20 heures": a clock time
    if rule.startswith("duration") and timetable:
        return False
    if (
        rule == "time"
        and fold(span[0]) in ("de", "et")
        and span[-1].lower_ in _HOUR_MARKS
        and not _hour_range_end(doc, span)
        and not timetable
    ):
        return False  # "de 18 heures" alone is a length ("le train de 8 h 12" a time)
    if rule.startswith("duration") and _hour_range_end(doc, span):
        return False  # "de 21 heures à 6 heures", "entre 14 heures et 16 heures": clock times
    if rule == "duration_bare" and not _bare_count_range_ok(doc, span):
        return False  # "le 21 à 10 heures": a day and its time, no range of lengths
    if rule == "duration_bare" and _clock_hours_between(doc, span, nxt):
        return False  # "de 9 à 18 heures": two clock hours (range_hours), not a length
    if rule == "duration_bare" and span[-1].lower_ in _HOUR_MARKS and _day_part_at(doc, span.end):
        return False  # "de deux à trois heures du matin": clock hours (the time rule)
    if (
        rule in ("time", "range_hours")
        and span[-1].lower_ in ("h", "heure", "heures")
        and nxt is not None
        and (fold(nxt) in ("de", "d'") or _compass_after(doc, span.end))
        and not timetable
    ):
        return False  # "à 2 heures de Paris", "à une heure au nord de X": a distance
    if rule in ("time", "duration_bare") and _a_moment(doc, span, nxt):
        return False  # "à une heure où ...", "à une heure tardive": no clock time, no length
    one_oclock = rule == "time" and [t.norm_ for t in span[:2]] == ["à", "une"]
    if one_oclock and span.start > 0 and doc[span.start - 1].lower_ in _LENGTH_UNITS:
        return False  # "d'un quart d'heure à une heure": the end of a range of lengths
    if rule == "part_edge" and fold(span[0]) in ("après", "apres"):
        # "dans l'après midi", "mardi après midi": the afternoon (composed with its day);
        # "arrivé après midi" is after noon, read by the time rule
        return _afternoon_unhyphenated(doc, span)
    if _afternoon_unhyphenated(doc, span):
        return False  # the "midi" of an afternoon written "après midi": not noon
    if rule == "part_edge" and _month_named_before(doc, span):
        return False  # "en août, ... en début de soirée": some day of it, not the paper's
    if rule == "offset_vague" and fold(span[-2]) in ("des", "de", "d'") and _existential(nxt):
        return False  # "il y a des jours où tout va mal", "il y a des mois de retard"
    if rule in ("part_edge", "part_today") and nxt is not None and fold(nxt) in ("du", "de", "d'"):
        return False  # "dans la soirée du mardi 2 octobre": the day follows
    if rule == "part_edge" and not bare_part_ok(span):
        return False
    if (
        rule == "weekday_day"
        and nxt is not None
        and (_counts_something(nxt) or nxt.lower_ in ("h", "h.", "heure", "heures", "%"))
    ):
        return False  # "jeudi 15 h" (an hour), "mardi 3 blessés" (a count)
    if rule == "edge_period" and nxt is not None and fold(nxt) in _PERIOD_DIRECTIONS:
        return False  # "dans le courant du mois prochain": next month ("le mois prochain")
    if rule == "week_edge" and nxt is not None and nxt.lower_ in _WEEK_DIRECTIONS:
        return False  # "le début de la semaine prochaine": another week than this one
    if rule == "month_subject" and not _month_subject(span, nxt):
        return False  # "Mars est la quatrième planète"; a month alone needs its verb
    if _in_a_title(doc, span):
        return False  # "le Journal du Dimanche": a newspaper's name, no Sunday
    if rule in ("century", "decade_this") and _anaphoric(doc, span):
        return False  # "au XIXe siècle ... ce siècle": the century just named
    if rule == "duration_decade" and nxt is not None and fold(nxt) in ("de", "d'", "du"):
        return False  # "la dernière décennie du XXe siècle": the 1990s, not the last ten years
    if rule == "duration_whole" and nxt is not None and fold(nxt) in ("de", "d'"):
        return False  # "tout le mois de mars", "toute l'année 2019": a date, not a length
    two_digit_decade = rule == "decade" and len(span[-1].text) == 2
    k = span.start if fold(span[0]) == "des" else span.start - 1  # the "des" before it
    if two_digit_decade and k > 0 and fold(doc[k]) == "des" and doc[k - 1].pos_ == "ADP":
        return False  # "depuis des années 80": "des" is no "de les" after a preposition
    two_digit_year = rule in ("day_month_year2", "month_year2", "year2") or (
        two_digit_decade  # "des années 30 personnes": a count
    )
    if two_digit_year and nxt is not None and _counts_plural(nxt):
        return False  # "le 3 mars 15 personnes": 15 counts, it is no year
    if rule == "century" and fold(span[-1]) in _CENTURY_WORDS and not _within_ok(span, nxt):
        return False  # "au début du siècle suivant", "la fin du siècle d'Auguste": another one
    if rule == "within_period" and not _within_ok(span, nxt):
        return False  # "dans la semaine qui suit", "trois fois dans l'année": no current unit
    if rule == "veille":
        # "au lendemain d'un discours" is relative to an event, not to the paper's date
        return nxt is None or fold(nxt) not in DATE_WORDS_AFTER
    if nxt is not None and nxt.lower_.lstrip("-") == "là":
        return False  # "cette année-là": a year of the story, not of the paper
    if rule in ("story_same", "story_part") and nxt is not None and fold(nxt) in _OTHER_EVENT:
        return False  # "le même jour que son frère", "le jour même de son arrivée"
    prev = doc[span.start - 1] if span.start > 0 else None
    if rule == "month_numeric_bare" and (
        prev is None or prev.is_digit or prev.is_punct or fold(prev) in _act_nouns()
    ):
        return False  # "la directive 2015/3", "(UE) 2019/5", "p. 2016-11": not a month
    if rule == "weekday" and prev is not None and prev.lower_ in HABITUAL_BEFORE:
        return False  # "fermé le lundi", "chaque mardi": a habit, not a date
    if rule == "weekday" and prev is not None and prev.lower_ in ("un", "une"):
        return False  # "un lundi matin, la directrice lui dit": some Monday, no date
    if rule == "weekday" and prev is not None and _nth_of_habit(doc, span.start, span.end):
        return False  # "chaque premier lundi du mois": a monthly habit, not a date
    if rule in ("weekend", "habit_weekday") and prev is not None and prev.lower_ in SPEND:
        return False  # "il passe le week-end à Camp David": one weekend, which it does not say
    if rule == "weekend" and fold(span[0]) == "le" and fold(span[-1]) in _WEEKEND:
        if _imperfect(span):
            return False  # "il travaillait le week-end": a habit, not one weekend
        if nxt is not None and fold(nxt) in ("de", "des", "du", "d'"):
            return False  # "le week-end des 14 et 15 décembre": the words after say which
    if rule in ("year_coord", "month_coord"):
        # "en 2019 et 2020", "en mars et avril": only right after another date word
        before = prev.lower_ if prev is not None else ""
        if not (DIGIT_ANCHOR.match(before) or before in vocabulary().months):
            return False
    if (
        rule in ("year", "year_range", "range_years", "year_coord")
        and span[-1].like_num
        and nxt is not None
    ):
        # "de 1500 personnes", "entre 1500 et 2000 manifestants", "à 2000 m": counts
        if nxt.lower_.rstrip(".") in MEASURE_UNITS:
            return False
        if plural_noun(nxt):
            return nxt.lower_ in _BOUND_WORDS  # "jusqu'en 2005 inclus" is a year
    return True


def plural_noun(tok: Token) -> bool:
    """Whether `tok` is a noun in the plural: after a number, it makes the number a count."""
    return tok.pos_ == "NOUN" and tok.morph.get("Number", []) == ["Plur"]


# Words after a year that bound it, never a counted noun ("jusqu'en 2005 inclus").
_BOUND_WORDS = frozenset(["inclus", "incluse", "compris", "comprise", "exclus", "exclue"])
# Words after "le même jour", "le jour même" that give the event whose time it is.
_OTHER_EVENT = frozenset(["que", "qu'", "de", "d'", "du", "des", "où"])
# Words after "dans la semaine" / "le mois" / "l'année" that make it another unit than the
# reference's ("qui suit", "du 3 mars", "suivante", "écoulée", "en cours" is read elsewhere),
# and words before it that count within it (a habit: "trois fois dans l'année").
_WITHIN_NEXT = frozenset(
    {"qui", "où", "que", "qu'", "de", "d'", "du", "des", "en", "à", "même", "-là", "là"}
    | {"suivant", "suivante", "précédent", "précédente", "prochain", "prochaine"}
    | {"dernier", "dernière", "passé", "passée", "écoulé", "écoulée", "suivants", "entière"}
)
_WITHIN_PREV = frozenset(["fois", "jour", "jours", "heure", "heures", "nuits", "soirs", "matins"])


def _within_ok(span: Span, nxt: Token | None) -> bool:
    """Whether "dans la semaine" is the reference's week (not followed by what names another)."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and fold(prev) in _WITHIN_PREV:
        return False
    return nxt is None or not (fold(nxt) in _WITHIN_NEXT or nxt.like_num)


_WEEK_DIRECTIONS = frozenset(
    ["prochaine", "dernière", "passée", "précédente", "suivante", "d'avant", "d'après"]
)
_PERIOD_DIRECTIONS = _WEEK_DIRECTIONS | {
    "prochain", "dernier", "passé", "précédent", "suivant", "écoulé", "écoulée", "à",
}  # fmt: skip


_CLOCK_TOKEN = re.compile(r"^(?:[01]?[0-9]|2[0-3])(?:h(?:[0-5][0-9])?|:[0-5][0-9])?$")
_HOUR_MARKS = frozenset(["h", "h.", "heure", "heures"])


# words before a number that make it a day or a rank, whatever class the tagger gives them
_COUNTED = frozenset(["le", "la", "les", "l'", "du", "au", "aux", "des"])


def _bare_count_range_ok(doc: Doc, span: Span) -> bool:
    """Whether a range of counts in figures with no preposition is one length.

    "pendant 6-7 minutes", "compter 3 à 4 semaines", "condamné à 2 ou 3 ans" (the upper
    count is the length); never after a determiner or a noun, whose number the first count
    is ("le 21 à 10 heures": a day and its time, "la semaine 10 à 20 heures"), nor when the
    counts go down ("3-2", a score). Any other span: True.
    """
    if len(span) < 4 or not span[0].text[:1].isdigit() or span[1].text not in ("à", "-", "ou"):
        return True
    if not span[2].text[:1].isdigit():
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (prev.pos_ in ("DET", "NOUN", "PROPN") or fold(prev) in _COUNTED):
        return False
    try:
        first, second = (float(t.text.replace(",", ".")) for t in (span[0], span[2]))
    except ValueError:
        return True  # a count the regex reads but float does not: the pattern decides
    return first < second


_DAY_PARTS = frozenset(["matin", "soir", "après-midi"])  # the time rule's "ampm"


def _day_part_at(doc: Doc, k: int) -> bool:
    """Whether "du matin", "du soir" or "de l'après-midi" stands at `k`."""
    words = [fold(t) for t in doc[k : k + 3]]
    if not words or words[0] not in ("du", "de"):
        return False
    rest = words[1:] if words[0] == "du" else words[2:] if words[1:2] in (["l'"], ["la"]) else []
    return bool(rest) and rest[0] in _DAY_PARTS


def _clock_hours_between(doc: Doc, span: Span, nxt: Token | None) -> bool:
    """Whether a range of counts of hours reads as two clock hours ("de 9 à 18 heures").

    Both counts in figures after "de"/"entre", the unit "heures" or "h" after the second,
    nothing "of" after it, no form of "durer" before: "de 2 à 3 heures de route", "a duré
    de 10 à 12 heures" and "entre deux et trois heures" (counts in words) are lengths.
    """
    if span[-1].lower_ not in ("heures", "h") or (nxt is not None and fold(nxt) in ("de", "d'")):
        return False
    words = [fold(t) for t in doc[max(0, span.start - 1) : span.end]]
    if words[0] not in ("de", "entre"):
        words = words[1:]  # the span opens on its preposition
    if len(words) != 5 or words[0] not in ("de", "entre"):
        return False
    prep = span.end - 5
    if prep > 0 and doc[prep - 1].lower_ in _lasting():
        return False  # "la grève a duré de 10 à 12 heures": a length
    _, first, link, second, _ = words
    return first.isdigit() and second.isdigit() and link in ("à", "et")


def _hour_range_end(doc: Doc, span: Span) -> bool:
    """Whether the span is a clock hour that opens or closes a range of hours.

    "de 21 heures à 6 heures", "de 9 heures à midi" (an hour after it), "entre 14 heures
    et 16 heures" (an hour and "entre" before it): both ends are times of day, not lengths.
    """
    if not any(t.lower_ in _HOUR_MARKS or _CLOCK_TOKEN.match(t.lower_) for t in span[-2:]):
        return False
    start = span.start + 1 if fold(span[0]) in ("de", "et") else span.start
    opener = fold(doc[start - 1]) if start > 0 else ""
    if opener == "de":
        after = doc[span.end : span.end + 3]
        if len(after) < 2 or fold(after[0]) not in ("à", "a", "jusqu'à"):
            return False
        hour = after[1].lower_
        if hour in vocabulary().clocks:
            return True  # "de 9 heures à midi"
        marked = len(after) == 3 and after[2].lower_ in _HOUR_MARKS
        return bool(_CLOCK_TOKEN.match(hour)) and (marked or "h" in hour or ":" in hour)
    if opener == "et":
        before = [fold(t) for t in doc[max(0, start - 6) : start - 1]]
        if not before or "entre" not in before:
            return False
        return before[-1] in _HOUR_MARKS or bool(_CLOCK_TOKEN.match(before[-1]))
    return False


_WEEKEND = frozenset(["week-end", "weekend", "end"])  # the last word of a bare "le week-end"


# Words after "du mois" that place it: "le premier lundi du mois prochain" is one date.
_MONTH_DIRECTIONS = frozenset(
    ["prochain", "dernier", "suivant", "précédent", "passé", "écoulé", "en", "de", "d'"]
)


def _nth_of_habit(doc: Doc, start: int, end: int) -> bool:
    """Whether the weekday at `start` is the nth of every month, a habit.

    "chaque premier lundi du mois", "tous les derniers samedis"; "le premier lundi du
    mois", "le dernier samedi de chaque mois" (the month not placed: never "le dernier
    mardi", "le premier lundi du mois prochain").
    """
    if start < 2:
        return False
    before = fold(doc[start - 1])
    ordinal = before in vocabulary().ordinals or before in ("dernier", "derniers")
    every = doc[start - 2].lower_ == "les" and start > 2 and doc[start - 3].lower_ == "tous"
    if not ordinal:
        return False
    if doc[start - 2].lower_ == "chaque" or every:
        return True
    after = [fold(t) for t in doc[end : end + 4]]
    if doc[start - 2].lower_ != "le" or len(after) < 2:
        return False
    if after[0] == "de" and after[1] in ("chaque", "tous"):
        return True  # "le dernier samedi de chaque mois"
    month_of = after[:2] == ["du", "mois"]
    return month_of and (len(after) < 3 or after[2] not in _MONTH_DIRECTIONS)


def _month_subject(span: Span, nxt: Token | None) -> bool:
    """Whether a month opening its sentence is the subject of the finite verb after it.

    "Février a été froid", "Octobre s'annonce chargé" (a reflexive pronoun between);
    never "Mars", the planet and the god as often as the month.
    """
    if fold(span[0]) == "mars" or nxt is None:
        return False
    doc = span.doc
    verb = nxt
    if nxt.lower_ in ("s'", "se", "n'", "ne") and nxt.i + 1 < len(doc):
        verb = doc[nxt.i + 1]
    return verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm", [])


def _in_a_title(doc: Doc, span: Span) -> bool:
    """Whether a lone capitalised weekday or month ends a name: "le Journal du Dimanche".

    Mid-sentence, after "du"/"de" after a capitalised word, the capital is the name's
    ("l'Écho du Dimanche", "la Foire de Mai"); a date word keeps its small letter there.
    So it is right after a capitalised word inside quotation marks ('"France Dimanche"').
    """
    if len(span) != 1 or not span[0].is_title or span.start < 2:
        return False
    word = span[0].lower_
    if word not in vocabulary().weekdays and word not in vocabulary().months:
        return False
    before, head = doc[span.start - 1], doc[span.start - 2]
    if before.lower_ in ("du", "de") and head.is_title and not head.is_sent_start:
        return True
    # '"France Dimanche"', '« Paris Samedi »': a quoted name ending on the date word
    quoted = head.text in MARKS or (span.end < len(doc) and doc[span.end].text in MARKS)
    return quoted and before.is_title and not before.is_sent_start and before.is_alpha


_POSSESSIVES = frozenset(["ses", "son", "sa", "leurs", "leur", "mes", "tes", "nos", "vos"])
# How far back a demonstrative "ce siècle" looks for the century it names again.
_ANAPHORA_REACH = 60


_CENTURY_WORDS = frozenset(["siècle", "siecle"])


def _anaphoric(doc: Doc, span: Span) -> bool:
    """Whether "ce siècle" / "cette décennie" names again a unit of the words just before.

    A demonstrative without a number is the reference date's century or decade ("ce
    siècle sera celui de l'Asie") unless the text named one shortly before ("au XIXe
    siècle ... ce siècle l'a marqué", "les années 1980 ... cette décennie").
    """
    # "cette décennie", and its edges: "au début de la décennie", "la fin de cette décennie";
    # a century's edges: "à la fin du siècle" (a year before it names the story's: "Né en
    # 1850, il meurt à la fin du siècle")
    demonstrative = fold(span[0]) in ("ce", "cette") and len(span) == 2
    edged = len(span) > 2 and fold(span[-2]) in ("la", "cette") and fold(span[-3]) == "de"
    century_edge = len(span) > 2 and fold(span[-2]) == "du" and fold(span[-1]) in _CENTURY_WORDS
    if not (demonstrative or edged or century_edge):
        return False
    before = doc[max(0, span.start - _ANAPHORA_REACH) : span.start]
    if century_edge and any(YEAR_WORD.match(t.text) for t in before):
        return True
    return any(t.lower_ in ("siècle", "siecle", "années", "décennie") for t in before)


def _a_moment(doc: Doc, span: Span, nxt: Token | None) -> bool:
    """'à une heure où', 'à une heure tardive', 'à une heure près': a moment, not one o'clock."""
    words = [t.lower_ for t in span]
    if words[-2:] != ["une", "heure"] or nxt is None:
        return False
    before = words[0] if len(words) > 2 else (doc[span.start - 1].lower_ if span.start else "")
    return before == "à" and (nxt.lower_ in ("où", "près") or (nxt.pos_ == "ADJ" and nxt.is_lower))


# After "il y a des années": what makes it "there are years", no time ago; "que" counts
# what has lasted ("il y a des années qu'il est parti"), as "il y a deux ans que" does.
_EXISTENTIAL_AFTER = frozenset(
    ["où", "de", "d'", "du", "des", "qui", "dont", "sans", "pour", "que", "qu'"]
)


def _existential(nxt: Token | None) -> bool:
    """Whether "il y a des jours" says "there are days" ("où tout va mal", "de retard")."""
    return nxt is not None and fold(nxt) in _EXISTENTIAL_AFTER


# The articles of a part of the day named bare: "le soir", "la nuit", "l'après-midi".
_PART_ARTICLES = frozenset(["le", "la", "l'"])
_BARE_PARTS = frozenset(["matin", "soir", "nuit", "après-midi", "apres-midi"])
_ANOTHER_EVENT = frozenset(["que", "qu'", "des", "où", "même"])


def _bare_part(span: Span) -> bool:
    """Whether `span` is a part of the day with its bare article: "le soir", "la nuit"."""
    return len(span) == 2 and fold(span[0]) in _PART_ARTICLES and fold(span[1]) in _BARE_PARTS


def bare_part_ok(span: Span) -> bool:
    """Whether a bare "le soir", "la nuit", "l'après-midi" names a part of a day or a habit.

    Not a title ("le quotidien Le Soir"), not the half of a clock time ("5 h de
    l'après-midi"), not a noun completed after it ("le soir des faits", "le matin même",
    "la nuit tombée", "la nuit blanche": another event's time or a noun phrase), not in
    an imperfect sentence ("le jour, la nuit, les camions passaient": a habit of the
    past, left aside as "le week-end" is there), not in a headline (`_headline`). Any
    other span is ok.
    """
    if not _bare_part(span):
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if not span[1].is_lower:
        return False
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and fold(prev) in ("de", "d'"):
        return False  # "à 5 h de l'après-midi": the clock's half of the day (`time`)
    if nxt is not None and fold(nxt) in ("du", "de", "d'"):
        return True  # "le soir du 1er mai": held to join its day (`plausible` drops it alone)
    if nxt is not None and fold(nxt) in _ANOTHER_EVENT:
        return False
    if nxt is not None and nxt.pos_ in ("ADJ", "VERB") and nxt.morph.get("VerbForm", []) != ["Fin"]:
        return False
    return not _imperfect(span) and not _headline(span)


_LINE_ENDS = frozenset([".", "!", "?", "…", "»", '"', "”", ":", ";"])


def _headline(span: Span) -> bool:
    """Whether `span` stands in a line of its own without a final mark (a headline).

    A headline's present tells one event ("Un kiné oublie sa patiente la nuit dans son
    cabinet"), not a habit: a bare part of the day there places nothing.
    """
    text = span.doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return bool(line) and line[-1] not in _LINE_ENDS


_PAIRED_PARTS = _BARE_PARTS | {"jour"}  # "le jour et la nuit"


def paired_part(span: Span) -> bool:
    """Whether a bare part of the day is coordinated with another ("le soir et la nuit").

    "ouvrir le soir et la nuit", "le jour et la nuit": the pair says when, every day, a
    habit whatever the tense of the clause (the set, as the present makes one).
    """
    if not _bare_part(span):
        return False
    doc, lows = span.doc, lowers_of(span.doc)
    a, b = span.start, span.end
    before = a >= 3 and lows[a - 1] in ("et", "ou") and lows[a - 2] in _PAIRED_PARTS
    after = b + 2 < len(doc) and lows[b] in ("et", "ou") and lows[b + 2] in _PAIRED_PARTS
    return before or after


@cache
def _weekly_states() -> frozenset[str]:
    """Predicates of opening and access ("ouvert", "interdits"): see `weekly_state`."""
    return frozenset(resources.date_vocabulary().get("weekly_state", {}))


def weekly_state(span: Span) -> bool:
    """Whether a predicate of opening or access stands before `span` in its sentence.

    "Ces rues seront interdites aux voitures le dimanche", "quartiers interdits aux
    voitures le dimanche" (a headline): a rule that holds every Sunday, whatever the
    tense of its verb, as "le musée ferme le lundi" does in the present; not after a
    perfect or a past historic ("le magasin a été fermé le lundi", "fut fermé": once).
    """
    doc = span.doc
    if not doc.has_annotation("MORPH"):
        return False  # a pipeline without a tagger reads no tense (the dates-only one)
    first = max(span.sent.start if doc.has_annotation("SENT_START") else 0, span.start - 8)
    states = _weekly_states()
    for t in doc[first : span.start]:
        if fold(t) in states:
            return t.i == 0 or fold(doc[t.i - 1]) not in _ONCE_BEFORE
    return False


# Auxiliaries before a participle that make it one event: "a été fermé", "fut fermé".
_ONCE_BEFORE = frozenset(["été", "fut", "furent", "a", "ont", "avait", "avaient"])


def _imperfect(span: Span) -> bool:
    """Whether the sentence of `span` has a verb in the imperfect (a habit: "travaillait").

    "avait" before its participle is a pluperfect ("avait plu"), one event; "était" may
    be a passive ("étaient fermés": a habit), so it counts as an imperfect.
    """
    doc = span.doc
    # A pipeline without sentence starts (the dates-only test pipeline): the whole text.
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    for t in sent:
        if t.morph.get("Tense", []) != ["Imp"] or t.morph.get("VerbForm", []) != ["Fin"]:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (
            t.lower_.startswith("av")
            and nxt is not None
            and nxt.morph.get("VerbForm", []) == ["Part"]
        ):
            continue
        return True
    return False


_CLOCK_AFTER = re.compile(r"^(?:[01]?[0-9]|2[0-3])(?:h|h[0-5][0-9]|:[0-5][0-9])$")


def _afternoon_unhyphenated(doc: Doc, span: Span) -> bool:
    """Whether the span reads "midi" of "après midi" written for "après-midi".

    "après midi" is the afternoon after a determiner, "d'" or a day ("l'après midi",
    "cet après midi", "fin d'après midi", "mardi après midi") or before a clock time
    ("après midi 7:00"); after a verb it is "after noon" ("il est arrivé après midi").
    """
    lows = lowers_of(doc)  # strings: this runs for every date
    if "midi" not in lows[span.start : span.end]:
        return False
    voc = vocabulary()
    for tok in span:
        if tok.lower_ != "midi" or tok.i < 2 or lows[tok.i - 1] not in ("après", "apres"):
            continue
        before = fold(doc[tok.i - 2])
        if before in ("l'", "d'", "cet", "cette") or before in voc.weekdays:
            return True
        if before in voc.relative_days:
            return True
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and _CLOCK_AFTER.match(after.text):
            return True  # "après midi 7:00": an hour of the afternoon follows
    return False


@cache
def _holiday_time_nouns() -> frozenset[str]:
    """The nouns whose "de" + holiday is a time ("le week-end de Pâques", "la nuit de Noël").

    Units and parts of time, weekdays, and the `holiday_time_noun` class: periods and the
    events held on the day ("vacances", "veille", "le défilé du 14-Juillet", "les vœux de
    Noël").
    """
    voc = resources.date_vocabulary()
    classes = ("unit", "unit_time", "part", "weekday", "holiday_time_noun")
    return frozenset(w for cls in classes for w in voc.get(cls, {}))


def _holiday_of_a_thing(doc: Doc, span: Span) -> bool:
    """Whether a holiday after "de" completes a noun of a thing or a place, not of a time.

    "l'île de Pâques", "les œufs de Pâques", "le marché de Noël": the holiday names the
    thing; "les vacances de Pâques", "le week-end de Pâques", "la veille de Noël" are times.
    """
    i = next((t.i for t in span if fold(t) not in _HOLIDAY_LEADS), span.start)
    if i < 2 or not doc[i].is_title or fold(doc[i - 1]) not in ("de", "d'"):
        return False  # "la fête de la musique", "le pont de l'Ascension": named whole
    return fold(doc[i - 2]) not in _holiday_time_nouns()


# Words a holiday's match may open on before the holiday itself.
_HOLIDAY_LEADS = frozenset(["à", "pour", "avant", "après", "depuis", "dès", "d'ici", "jusqu'à",
                            "jusqu'au", "au", "le", "du", "de", "ce"])  # fmt: skip


def _month_named_before(doc: Doc, span: Span, window: int = 8) -> bool:
    """Whether a month is named just before in the sentence, and no day of it.

    "En août, il est arrivé en début de soirée": the evening of some day of August, which
    the text does not say. A day named there ("mardi, avant de refluer en fin de journée",
    "le 29 août, ... en début de soirée") is the story's day the part is placed on
    (`c5facts.normalise.dates.anchoring`), or joins it (`date_compose`).
    """
    voc = vocabulary()
    start = max(span.sent.start if doc.has_annotation("SENT_START") else 0, span.start - window)
    month = False
    for tok in doc[start : span.start]:
        word = fold(tok)
        if word in voc.weekdays or word in voc.relative_days or tok.like_num:
            return False
        month = month or word in voc.months
    return month


@cache
def _month_events() -> tuple[frozenset[str], frozenset[str]]:
    """Event words of a month ("rentrée") and what they may be "de"/"des" ("classes")."""
    voc = resources.date_vocabulary()
    return frozenset(voc.get("month_event", {})), frozenset(voc.get("month_event_of", {}))


def _event_of_something(doc: Doc, span: Span, nxt: Token | None) -> bool:
    """Whether a month's event word ("la rentrée") is no time here, given what follows it.

    "la rentrée de Zidane", "une rentrée d'argent" name a return; in "la rentrée de
    septembre" the month after it says the time (its own match); "la rentrée des classes"
    is the time of year.
    """
    events, of_what = _month_events()
    lows = lowers_of(doc)  # strings: this runs for every date
    if nxt is None or not any(w in events for w in lows[span.start : span.end]):
        return False
    if fold(nxt) not in DATE_WORDS_AFTER or nxt.i + 1 >= len(doc):
        return False
    return doc[nxt.i + 1].lower_ not in of_what


def vague_plausible(doc: Doc, span: Span, rule: str) -> bool:
    """Whether a vague length or an adverb of time (`normalise/dates/vague.py`) is one here.

    "en maintenant la pression" is the verb "maintenir", "bientôt 33 ans" is "almost";
    "à l'avenir de l'usine", "par le passé de la ville", "les derniers jours de sa vie"
    name a time of something else (the words after them say which); "des années 80" is
    a decade; "un bébé de quelques mois", "âgé de quelques semaines" are ages; "des
    heures supplémentaires", "des jours heureux" (an adjective after the bare plural) are
    a kind of hours or days.
    """
    first = fold(span[0])
    prev = fold(doc[span.start - 1]) if span.start > 0 else ""
    nxt = fold(doc[span.end]) if span.end < len(doc) else ""
    if rule == "ref_word":
        if first == "maintenant" and prev == "en":
            return False
        if first == "bientôt" and number_word(nxt) is not None:
            return False  # "bientôt 33 ans": almost, a count
        return len(span) == 1 or nxt not in DATE_WORDS_AFTER
    if nxt[:1].isdigit():
        return False  # "depuis des années 80": a decade, read by its own pattern
    after = doc[span.end] if span.end < len(doc) else None
    # "a passé des heures", "a fallu des années": the verb's object, no preposition
    verb_object = len(span) > 1 and fold(span[1]) == "des" and first not in _LENGTH_PREPS
    whole = after is not None and fold(after).startswith("entier")  # "des heures entières"
    if verb_object and after is not None and after.pos_ == "ADJ" and after.is_lower and not whole:
        return False  # "a passé des heures supplémentaires", "des jours heureux": a kind
    adjectives = vocabulary().span_adjs
    if nxt in DATE_WORDS_AFTER and any(fold(t) in adjectives for t in span):
        return False  # "les derniers jours de sa vie", "les mois suivants de l'enquête"
    if prev in ("de", "d'") and span.start > 1:
        before = fold(doc[span.start - 2])
        ages = vocabulary().age_nouns
        return not (before in ages or before.rstrip("s") in ages or before.startswith("âgé"))
    return True


# Prepositions of a vague length ("depuis des années"): the plural after them is a length.
_LENGTH_PREPS = frozenset(["depuis", "pendant", "durant", "fait", "faisait", "au", "lors"])


# Words after which "des" is "de les" ("lors des journées", "au fil des mois"): no length.
_OF_THE = frozenset(["lors", "fil", "cours", "terme", "issue", "long", "début", "fin", "milieu"])


_COMPASS = frozenset(
    ["nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"]
)


def _compass_after(doc: Doc, end: int) -> bool:
    """Whether a direction follows: "au nord de", "à l'est de" (a distance, not a clock)."""
    lows = [t.lower_ for t in doc[end : end + 3]]
    if len(lows) >= 2 and lows[0] == "au" and lows[1] in _COMPASS:
        return True
    return len(lows) == 3 and lows[0] == "à" and lows[1] in ("l'", "l’") and lows[2] in _COMPASS


@cache
def _timetable_nouns() -> frozenset[str]:
    return frozenset(resources.date_vocabulary().get("timetable_noun", {}))


def timetable_hour(doc: Doc, span: Span) -> bool:
    """Whether "de 20 heures" names the hour of a timetable's noun: a time, no length.

    "le journal de 20 heures", "la ronde de 5 heures", "son vol de 14 heures" (the noun
    from `timetable_noun`, not after "un"/"une": "un vol de 14 heures" is a length; the
    count a clock hour, 0 to 23).
    """
    lows = lowers_of(doc)  # strings first: this runs for every date
    i = span.start + 1 if lows[span.start] in ("de", "d'", "d’") else span.start
    if i < 2 or i + 1 >= len(lows) or lows[i + 1] not in _HOUR_MARKS:
        return False
    if fold(doc[i - 1]) not in ("de", "d'"):
        return False
    hour = number_word(doc[i].lower_)
    if hour is None or hour != int(hour) or not 0 <= hour <= 23:
        return False
    noun = doc[i - 2]
    if fold(noun) not in _timetable_nouns():
        return False
    return noun.i == 0 or fold(doc[noun.i - 1]) not in ("un", "une")


# Words before a number that make it a code, a rank or a count, not a year.
_NUMBER_NOUNS = frozenset(
    ["n°", "no", "numéro", "numéros", "article", "articles", "page", "pages", "p.", "vol",
     "route", "code", "chambre", "salle", "bus", "ligne", "rue", "avenue", "boulevard",
     "modèle", "version", "lot", "dossier", "matricule", "kilomètre", "km", "borne",
     "les", "des", "ces", "nos", "vos", "leurs", "ses", "mes", "quelque", "environ", "plus",
     "moins", "près", "sur", "x", "×", "+", "-"]
)  # fmt: skip


_YEAR_OPENERS = frozenset([".", ":", "(", "«", '"'])  # "(1963)", ": 2022 sera..."


@cache
def _future_auxiliaries() -> frozenset[str]:
    """The auxiliaries of the future and the modals ("sera", "devrait", "va"): `future_aux`."""
    return frozenset(resources.date_vocabulary().get("future_aux", {}))


def _bare_year(doc: Doc, span: Span) -> bool:
    """Whether a year written without a preposition is one: "il faudra attendre 2022".

    After a common noun or a verb ("le budget 2021", "vise 2030"), opening its sentence
    ("2022 sera difficile"), or as the subject after a fronted phrase ("Malgré tout, 2019
    devrait être"), and after an election's noun whatever verb follows ("les législatives
    2024 ont été"); never before a noun, a number, a unit or "%" (a count: "2022
    personnes", "2010 mètres"), after a name ("Tokyo 2020", "Euro 2016": an
    event's name), a number, a code's noun or a plural determiner ("les 2000 salariés").
    """
    tok = span[0]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    counted = nxt is not None and (
        nxt.pos_ == "NUM"
        or nxt.lower_ in MEASURE_UNITS
        or (nxt.pos_ == "NOUN" and "VERB" not in word_classes(nxt.lower_))  # "approche"
    )
    if tok.i > 0 and doc[tok.i - 1].lower_ in _election_nouns() and not counted:
        return True  # "la présidentielle 2027", "les législatives 2024 ont été": its year
    verb = False
    if nxt is not None and not nxt.is_space:
        # "2019 devrait être": an auxiliary the tagger misreads as a noun is still a verb
        verb = nxt.lower_ in _future_auxiliaries() or bool(
            STRICT_FUTURE.match(nxt.lower_) or CONDITIONAL.match(nxt.lower_)
        )
        if not verb and (nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "SYM") or nxt.like_num):
            return False
        if nxt.lower_ in MEASURE_UNITS or nxt.text in ("%", "/", "-", "–", "h", ",5"):
            return False
        plural = "Plur" in nxt.morph.get("Number", []) or nxt.lower_.endswith("nt")
        if plural and (verb or nxt.pos_ in ("VERB", "AUX")):
            return False  # "2000 sont partis": a count of people; a year agrees in the singular
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or (prev.is_sent_start and prev.is_punct):
        return True
    if prev.text == "," and (verb or (nxt is not None and nxt.pos_ in ("VERB", "AUX"))):
        return True  # "Malgré les incertitudes, 2019 devrait être": the subject
    if prev.like_num or fold(prev) in _NUMBER_NOUNS or prev.is_currency:
        return False
    if prev.pos_ == "PROPN" or (prev.text[:1].isupper() and not prev.is_sent_start):
        return False  # "Tokyo 2020", "Horizon 2020": a name
    return prev.pos_ in ("NOUN", "VERB", "AUX") or prev.text in _YEAR_OPENERS


def word_classes(word: str) -> tuple[str, ...]:
    """The word classes the lexicon gives `word` (lower case), none when it is unknown."""
    entry = word_lexicon().get(word)
    return () if entry is None else tuple(entry.classes)


@cache
def _election_nouns() -> frozenset[str]:
    """Adjectives the press uses as nouns of an election ("la présidentielle"): `election`."""
    return frozenset(resources.date_vocabulary().get("election", {}))


_WHOLE_ADJECTIVES = frozenset(["entière", "pleine", "complète", "supplémentaire"])


def _qualified(token: Token | None) -> bool:
    """Whether the word after "une année" qualifies it: an adjective or "de" + a noun."""
    if token is None or fold(token) in _WHOLE_ADJECTIVES:
        return False  # "une année entière": a length
    return token.pos_ == "ADJ" or fold(token) in ("de", "d'", "semblable", "record")


def _around_the_clock(doc: Doc, span: Span) -> bool:
    """Whether the length is an idiom of "always": its count again after "sur"."""
    end = span.end
    if end + 1 >= len(doc) or fold(doc[end]) != "sur":
        return False
    counts = [re.match(r"\d+", t.text) for t in span]  # "24 heures", "24h"
    written = [m.group() for m in counts if m is not None]
    written += [t.lower_ for t in span if number_word(t.lower_) is not None]
    return doc[end + 1].lower_ in written


def _after_au(span: Span) -> bool:
    return span.start > 0 and fold(span.doc[span.start - 1]) == "au"


def _length_of(doc: Doc, span: Span) -> bool:
    """Whether "des mois" is the length of what follows: "après des mois de négociations".

    "des années de guerre", "des semaines sans nouvelles" are lengths; "des mois de mai"
    (a month), "des années 80" (a decade), "des années" alone (a count, "il y a des
    années") and "lors des journées de grève" ("de les": those days) are not.
    """
    if span.end + 1 >= len(doc):
        return False
    if span.start > 0 and (
        doc[span.start - 1].pos_ == "NOUN" or fold(doc[span.start - 1]) in _OF_THE
    ):
        return False  # "lors des journées de grève": "de les", the days themselves
    nxt, after = doc[span.end], doc[span.end + 1]
    if fold(nxt) not in ("de", "d'", "sans"):
        return False
    return not (after.like_num or after.is_punct or fold(after) in vocabulary().months)


def _count_and_unit(span: Span) -> tuple[Token | None, Token | None]:
    """The first count and unit tokens of a duration span (None when absent)."""
    voc = vocabulary()
    count = unit = None
    for t in span:
        if count is None and number_word(t.lower_) is not None:
            count = t
        elif count is not None and (t.lower_ in voc.units or t.lower_ in voc.time_units):
            unit = t
            break
    return count, unit


def _is_duration(doc: Doc, span: Span) -> bool:
    """Whether a count of time units is a duration: not an age, not a vague "un jour".

    An age is a count of years after a person noun or "âgé" ("un homme de 45 ans",
    "âgée de 30 ans"), a count of months, weeks or days after a person noun and "de" ("un
    bébé de six mois"), a count of years after a possessive ("elle fête ses 100 ans"),
    after a form of "avoir" ("il a 45 ans"), after "à" ("mort à 87 ans", not "à 10 ans
    de prison" nor "remontent à vingt ans"; "âgé de 23 à 25 ans de type ..." is), in
    apposition ("Jean, 45 ans,"), or after "les" with a qualifier or as a range ("les moins
    de 25 ans", "les 18-25 ans": age groups).
    "un jour", "une journée" alone are vague ("un jour et demi" is a length).
    """
    if length_from_reference(doc, span):
        return True  # "il y a un jour et 4 heures": from the reference time (date_offsets)
    voc = vocabulary()
    count, unit = _count_and_unit(span)
    if count is None or unit is None:
        return True  # no count: the resolver decides ("la dernière décennie")
    steps = [
        voc.units.get(t.lower_) or voc.time_units.get(t.lower_) for t in doc[unit.i : span.end]
    ]
    codes = [step.lstrip("0123456789") for step in steps if step]
    if len(codes) > 1 and codes[0] == codes[1]:
        return False  # "entre 14 heures et 16 heures", "3 heures et 2 heures": two counts
    nxt = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if nxt is not None and DIGIT_ANCHOR.match(nxt.text) and len(nxt.text) == 4:
        return False  # "une année 2020": the year, not a duration
    lead = [t for t in doc[span.start : count.i] if fold(t) not in ("de", "d'")]
    one = count.lower_ in ("un", "une") and unit.i == count.i + 1  # not "une quinzaine de"
    if one and unit.lower_ == "année" and not lead and _qualified(nxt):
        return False  # "2019 sera une année difficile", "une année de transition": the year
    # "un jour et demi" is a length: the half after the unit says so
    one_day = one and not any(fold(t) in ("demi", "demie") for t in doc[unit.i : span.end])
    if one_day and voc.units.get(unit.lower_) == "1D" and not lead:
        return False  # "un jour", "d'une journée de tensions": someday, an event
    if count.lower_ in ("un", "une") and voc.time_units.get(unit.lower_) == "1S":
        return False  # "une seconde fois", "une seconde": the ordinal, a moment
    step = voc.units.get(unit.lower_)
    short_of = count.i > 1 and fold(doc[count.i - 1]) in ("de", "d'")
    if step in ("1M", "1W", "1D") and short_of and age_of_person(doc, count.i - 1):
        return False  # "un bébé de six mois", "un nourrisson de trois semaines": an age
    if step != "1Y":
        return True
    i = count.i
    # "les 18-25 ans": a range of ages, the span opening on its first count or not
    ranged = i + 2 < len(doc) and doc[i + 1].text in ("-", "à", "ou") and doc[i + 2].like_num
    while i > 0 and (_number_part(doc[i - 1]) or (doc[i - 1].like_num and doc[i].text == "-")):
        i -= 1  # "quarante-huit ans" split by the tokenizer: the whole count
        ranged = ranged or (doc[i].like_num and doc[i + 1].text == "-")
    first = i
    while i > span.start and fold(doc[i - 1]) not in ("de", "d'"):
        i -= 1  # "plus de", "près de" inside the span
    while i > 0 and fold(doc[i - 1]) in ("de", "d'", "plus", "moins", "près"):
        i -= 1
    prev = doc[i - 1] if i > 0 else None
    if prev is None:
        return True
    word = prev.lower_
    if word.startswith("âgé"):
        return False
    if fold(doc[i]) in ("de", "d'"):
        # "le dessinateur de 64 ans", "ce père de famille de 29 ans" (not "une carrière
        # de footballeur de 15 ans": the head of the noun group decides)
        if age_of_person(doc, i):
            return False
    elif word in voc.age_nouns or word.rstrip("s") in voc.age_nouns:
        return False
    if fold(doc[i]) in ("de", "d'") and (prev.pos_ == "PROPN" or prev.text[:1].isupper()) and i > 1:
        return False  # "le Franco-Libanais de 64 ans", "Jean Martin de 30 ans": a person
    if word in _AVOIR and (first == i or fold(doc[i]) == "entre"):
        return False  # "il a 45 ans", "ils avaient entre 25 et 31 ans"
    if word == "entre" and i > 1 and fold(doc[i - 2]) in _AVOIR:
        return False  # "ils avaient entre 25 et 31 ans": a range of ages
    j = i - 1
    while j > 0 and fold(doc[j]) in _AGE_ADVERBS:
        j -= 1  # "Messi, bientôt 33 ans,", "Sancho, tout juste 20 ans,"
    if j < i - 1 and doc[j].text in (",", "(") and (nxt is None or nxt.text in _CLOSERS):
        return False
    of_what = nxt is not None and fold(nxt) in DATE_WORDS_AFTER
    if word in _POSSESSIVES and first == i and not of_what:
        return False  # "elle fête ses 100 ans": an age ("ses 30 ans de carrière": a length)
    if word == "à" and _age_range(doc, i, voc.age_nouns):
        return False  # "un individu âgé de 23 à 25 ans": a range of ages
    if word == "à" and i > 1 and doc[i - 2].lower_ in _retrospective():
        return True  # "les faits remontent à vingt ans": how long ago, no age
    if word == "à":
        # "mort à 87 ans" is an age; "à deux ans (et trois mois) de prison" a sentence
        after = doc[span.end] if span.end < len(doc) else None
        if not any(t is not None and t.lower_ in DATE_WORDS_AFTER for t in (nxt, after)):
            return False
    if word in (",", "(") and (nxt is None or nxt.text in _CLOSERS):
        return False
    return not (word in ("les", "des", "aux", "chez") and (first != i or ranged))


@cache
def _retrospective() -> frozenset[str]:
    """The forms of "remonter (à)", "dater (de)": what follows says how long ago."""
    return frozenset(resources.date_vocabulary().get("retrospective", {}))


# Adverbs inside an apposed age ("X, bientôt 33 ans,") and what closes the apposition.
_AGE_ADVERBS = frozenset(
    ["bientôt", "presque", "quasiment", "déjà", "juste", "tout", "à", "peine", "seulement"]
)
_CLOSERS = frozenset([",", ")", ".", ";"])


def _age_range(doc: Doc, i: int, age_nouns: Collection[str]) -> bool:
    """Whether "de N à" before the count at `i` follows a person noun or "âgé".

    "un individu âgé de 23 à 25 ans", "des enfants de 6 à 10 ans": ages, no length.
    """
    if i < 4 or not doc[i - 2].like_num or fold(doc[i - 3]) not in ("de", "d'"):
        return False
    head = doc[i - 4].lower_
    if head in age_nouns or head.rstrip("s") in age_nouns or head.startswith("âgé"):
        return True
    return age_of_person(doc, i - 3)


def _titled_unit(span: Span) -> bool:
    """Whether the unit of a length is capitalised inside its sentence: a name's word.

    "20 Minutes", "24 Heures" (newspapers), "Trente Ans" in a title: no length. A
    capitalised sentence start or a headline in capitals is none.
    """
    unit = span[-1]
    if not unit.is_title or len(unit.text) < 2:
        return False
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    words = [t for t in sent if t.is_alpha]
    return unit.i != sent.start and not all(t.is_title or t.is_upper for t in words)


def _number_part(token: Token) -> bool:
    """A token of a count in words split by the tokenizer: "quarante", "-", "-huit", "et"."""
    word = token.lower_
    return word in ("-", "et") or number_word(word.lstrip("-")) is not None


def fold(token: Token) -> str:
    """The lower-case form of a token with its apostrophe folded to "'"."""
    return straight_apostrophes(token.lower_)


def _counts_plural(token: Token) -> bool:
    """`_counts_something` for a count of two or more: a noun or adjective in the plural.

    "en mai 68 personnes" counts; "Mai 68 reste un symbole" (a verb the tagger may read as
    a noun, in the singular) does not.
    """
    if token.pos_ in ("NOUN", "ADJ") and token.lower_ not in MEASURE_UNITS:
        return "Plur" in token.morph.get("Number", []) or token.lower_[-1:] in ("s", "x", "z")
    return _counts_something(token)


def _counts_something(token: Token) -> bool:
    """Whether a token after a number makes it a count ("15 personnes", "15 %")."""
    return token.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or token.lower_ in MEASURE_UNITS
