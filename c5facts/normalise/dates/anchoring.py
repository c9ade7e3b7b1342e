"""Relative expressions of the story, counted from the date the text named just before.

"En septembre 2016, la Chine a ratifié l'accord, conclu l'année précédente": TimeML (and
HeidelTime's French rules) count "précédent", "suivant", "la veille", "le lendemain"
from the reference time of the story, the date named last before them, not from the
publication date ("l'année précédente" is 2015, whatever the paper's date). "dernier",
"prochain", "hier", "demain" keep counting from the publication date.

`resolve_in_order(matches, reference)` resolves the date matches of one text in their
order: a narrative expression takes as its reference the start of the last value placed
before it (the end of a range), when that value is at least as fine as the expression
needs (a day for "le lendemain", a month for "le mois suivant"); otherwise, and when
nothing was placed before it, the publication date, as before; so does a part of a day
or a clock time without its day ("Mardi, ... En soirée, ..." is Tuesday evening). A
time taken up again ("ce jour-là", "la même année", "ce soir-là") is the unit of the
last date as fine as it needs (a coarser date after it does not hide it), of an earlier
paragraph when its own has none, and no value without one. "Deux ans plus tard", "trois
jours auparavant" count from that date too, and only from it: without it they stay
durations (`story_offsets`). A day or a month without its year takes the year of the
paragraph's last date that wrote one ("le 10 avril 1912 ... le 14 avril": `story_year`).
A day of the month alone ("le 5 au matin", "Le 24, premier jour du sommet") is in the
month of the story's last date, or nearest its day; a bare one has no value without it.
A month coordinated with the month before it ("pour juillet et août") is read with that
month's preposition and tense.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from datetime import date, timedelta

from c5facts.matches import DateMatch
from c5facts.normalise.dates import story_offsets as story
from c5facts.normalise.dates import story_year
from c5facts.normalise.dates.clock import day_of_told_month
from c5facts.normalise.dates.placement import ResolvedDate, start_of
from c5facts.normalise.dates.resolve import resolve
from c5facts.normalise.dates.vocab import vocabulary
from c5facts.normalise.timex import date_interval

# Words that count from the story's time, by the role they hold in their match.
_NARRATIVE_WORDS = frozenset(
    [
        "précédent",
        "précédente",
        "suivant",
        "suivante",
        "veille",
        "lendemain",
        "surlendemain",
        "avant-veille",
        "avant",
        "après",
        "suivi",  # "la semaine qui a suivi"
        "suivit",
        "précédé",
        "précéda",
        "suit",  # "la semaine qui suit"
        "précède",
    ]
)
_ROLES = ("mod", "rel", "adj")
# The rules of the narrative expressions, and the finest grain each needs of its anchor
# (a day for "le lendemain", a month for "le mois suivant", a year for "l'an suivant").
_RULE_GRAIN = {
    "veille": "day",
    "day_rel": "day",
    "week_rel": "day",
    "weekday_week": "day",  # "mercredi de la semaine suivante"
    "month_rel": "month",
    "quarter_rel": "quarter",  # "le trimestre précédent", "le semestre suivant"
    "year_rel": "year",
    "of_year_rel": "year",  # "en mars de l'année suivante"
    "quarter_of_year": "year",  # "le premier trimestre de l'année précédente"
    "part_edge": "day",
    "time": "day",
    "range_hours": "day",  # "Mardi, ... de 9 à 18 heures": Tuesday's hours
    "day_alone": "month",  # "le 3 mai ... le 5 au matin": the 5th of May
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")
_PART = re.compile(r"\d{4}-[QH][1-4]")  # a quarter or a half-year


# A part of a day named without its day ("dans la soirée", "en fin de journée", "à
# l'aube"): the day the story named last ("Mardi, des heurts ont éclaté. En soirée, la
# police est intervenue": Tuesday evening), else the paper's. A demonstrative ("ce
# soir": `part_today`) is the paper's day whatever came before.
_STORY_PARTS = frozenset(["part_edge", "time", "range_hours"])
# A day of the month without its month ("le 5 au matin"): the month the story named
# last, nearest that date whatever the tense ("arrivé le 28 mai, reparti le 3" is June).
_STORY_DAYS = frozenset(["day_alone"])
# A time of the story taken up again ("ce jour-là", "la même année", "ce soir-là"): the
# unit of the story's last date that holds it; never the paper's, so none without one.
_STORY_ONLY = frozenset(["story_same", "story_part"])
_UNIT_GRAIN = {"1D": "day", "1W": "day", "1M": "month", "1Y": "year"}
# A bare day of the month ("Le 24, premier jour du sommet"): a day of the month the story
# told last, or nearest its day; never the paper's month, so none without one.
_STORY_DAY = "day_story"
_SCHEDULED_DAY = "day_scheduled"  # "prévue le 12": the story's month, else the reader's
# A month coordinated with the month just before it ("juillet et août"): they run on.
_MONTH_COORD = "month_coord"


def narrative(match: DateMatch) -> bool:
    """Whether a match counts from the story's time ("l'année précédente", "la veille")."""
    if match.rule in _STORY_PARTS or match.rule in _STORY_DAYS:
        return True
    if match.rule not in _RULE_GRAIN:
        return False
    return any(w.role in _ROLES and w.form in _NARRATIVE_WORDS for w in match.words)


def _grain(value: str) -> str | None:
    """The finest calendar unit a value names: day, month, quarter (or half) or year."""
    if _DAY.match(value):
        return "day"
    if _MONTH.fullmatch(value):
        return "month"
    if _PART.fullmatch(value):
        return "quarter"
    if _YEAR.fullmatch(value):
        return "year"
    return None


_FINER = {
    "day": {"day"},
    "month": {"day", "month"},
    "quarter": {"day", "month", "quarter"},
    "year": {"day", "month", "quarter", "year"},
}


def anchor_of(value: str | None, needed: str) -> date | None:
    """The day a narrative expression counts from, when `value` is fine enough.

    >>> anchor_of("2016-09", "year"), anchor_of("2016", "day")
    (datetime.date(2016, 9, 1), None)
    >>> anchor_of("2016-06-03/2016-06-05", "day")
    datetime.date(2016, 6, 5)
    """
    if not value:
        return None
    point = value.split("/")[-1]  # a range: its end ("du 3 au 5 juin ... le lendemain")
    grain = _grain(point)
    if grain is None or grain not in _FINER[needed]:
        return None
    if grain == "quarter":  # "au T3 2024 ... le trimestre suivant": its first day
        interval = date_interval(point)
        return interval[0] if interval else None
    return start_of(point[:10])


def _time_after_range(match: DateMatch, last: str | None) -> bool:
    """Whether a clock time follows a range, which does not say the time's day.

    "ouvert du lundi au vendredi de 9 heures à 18 heures": every day of it, or a habit.
    """
    return match.rule == "time" and last is not None and "/" in last


def _after_night(first: date, hour: int | None) -> date:
    """The day of a clock time told after a night: its second day in the morning.

    "dans la nuit de mardi à mercredi ... vers 10h30" is Wednesday; "à 23 heures" Tuesday.
    """
    return first + timedelta(days=1) if hour is not None and hour < 12 else first


def _part_after_night(first: date, part: str | None) -> date:
    """The day of a part of the day told after a night: the morning is its second day.

    "Cette nuit, un incendie a détruit la ferme. Les secours sont arrivés au petit
    matin": the morning after the night (its first day names the night), as is the
    afternoon; an evening is left on the night's first day.
    """
    code = vocabulary().parts.get(part or "")
    return first + timedelta(days=1) if code in ("MO", "AF") else first


def _night_just_over(match: DateMatch, reference: date) -> date:
    """The reference day of a night part the story does not place: the eve, if told past.

    "Un incendie s'est déclaré dans la nuit", "en fin de nuit", "en pleine nuit" in a past
    clause: the night just over, named by its first day (the day before the paper's), as
    "cette nuit" and "la nuit dernière" are; in a future or present clause the coming one.
    """
    night = vocabulary().parts.get(match.fields.part or "") == "NI"
    past = match.tense == "past" and match.fields.mod is None
    return reference - timedelta(days=1) if night and past else reference


def _story_offset(match: DateMatch, last: str | None) -> ResolvedDate | None:
    """An offset of the story ("deux ans plus tard") counted from `last` (`story_offsets`).

    The publication date is no anchor: without one the offset stays a duration.
    """
    spec = story.anchor_spec(match, last)
    anchor = anchor_of(*spec) if spec is not None else None
    return story.anchored_offset(match, anchor) if anchor is not None else None


def _coordinated(match: DateMatch, before: DateMatch | None, last: str | None) -> DateMatch:
    """A month after "et"/"ou" read with the preposition and tense of the month before it.

    "pour juillet et août": "août" looks ahead as "pour juillet" does, whatever the
    clause's tense. Unchanged when the date before it is no month ("en 2019 et mars").
    """
    if before is None or last is None or not _MONTH.fullmatch(last):
        return match
    fields = dataclasses.replace(match.fields, prep=before.fields.prep)
    return dataclasses.replace(match, fields=fields, tense=before.tense)


def _in_told_month(match: DateMatch, told: date) -> DateMatch:
    """`match` with the month and year of its day as the story goes on from `told`."""
    day = day_of_told_month(match.fields.day, told) if match.fields.day else None
    if day is None:
        return match
    fields = dataclasses.replace(match.fields, month=day.month, year=day.year)
    return dataclasses.replace(match, fields=fields)


def _story_day(match: DateMatch, told: str | None) -> ResolvedDate | None:
    """A bare "le 15" in the month of `told` (a month) or nearest its day (a day)."""
    anchor = anchor_of(told, "month")
    if anchor is None or told is None:
        return None
    if _grain(told.split("/")[-1]) == "month":  # "En août, ... le 15": August 15
        fields = dataclasses.replace(match.fields, month=anchor.month, year=anchor.year)
        match = dataclasses.replace(match, fields=fields)
    return resolve(match, anchor)


def resolve_in_order(
    matches: Iterable[DateMatch],
    reference: date | None,
    paragraphs: Iterable[int] | None = None,
) -> list[ResolvedDate | None]:
    """The resolved value of each match of one text, in text order (see module doc).

    `paragraphs` gives each match's paragraph number: a date named in an earlier
    paragraph is no anchor (a new paragraph often moves the story to another time).
    """
    out: list[ResolvedDate | None] = []
    last: str | None = None
    told: str | None = None  # the last value placed, whatever its paragraph
    # the last value placed as fine as each unit ("le 9 juillet ... début juin ... le
    # même jour": the 9th of July; a coarser date after a day does not hide it)
    told_as_fine: dict[str, str] = {}
    before: DateMatch | None = None  # the match just before (a coordinated month's)
    story_time: date | None = None  # the story's time (`story_year`)
    numbers = iter(paragraphs) if paragraphs is not None else None
    current = None
    for match in matches:
        if numbers is not None:
            number = next(numbers)
            if number != current:
                current, last, story_time = number, None, None
        ref = reference
        if reference is not None and narrative(match) and not _time_after_range(match, last):
            ref = anchor_of(last, _RULE_GRAIN[match.rule]) or reference
            if match.rule == "time" and last and last.endswith("TNI") and ref != reference:
                ref = _after_night(ref, match.fields.hour)
            if match.rule == "part_edge" and last and last.endswith("TNI") and ref != reference:
                ref = _part_after_night(ref, match.fields.part)
            if match.rule in _STORY_DAYS and ref != reference:
                match = _in_told_month(match, ref)  # "le 3 mars ... le 20 dans la soirée"
            if match.rule == "part_edge" and ref == reference:
                ref = _night_just_over(match, reference)
        if match.rule == _MONTH_COORD:
            match = _coordinated(match, before, last)
        resolved = _story_offset(match, last) if match.rule in story.RULES else None
        if match.rule in _STORY_ONLY:
            # "-là", "même" point back to a time told, in this paragraph or before it
            needed = _UNIT_GRAIN.get(match.fields.unit or "1D")
            anchor = anchor_of(told_as_fine.get(needed), needed) if needed else None
            resolved = resolve(match, anchor) if anchor is not None else None
        elif match.rule == _STORY_DAY:
            resolved = _story_day(match, told)
        elif match.rule == _SCHEDULED_DAY:
            as_story = dataclasses.replace(match, rule=_STORY_DAY)
            resolved = _story_day(as_story, told) if told else resolve(match, reference)
        elif resolved is None:
            resolved = resolve(match, ref)
        if story_time is not None and story_year.takes_year(match, resolved):
            assert resolved is not None
            moved = story_year.in_story(resolved, story_time)  # "le 14 avril" of 1912
            if moved is not resolved and moved.value:
                story_time = start_of(moved.value[:10])  # the story moves on with it
            resolved = moved
        elif resolved is not None and resolved.value and resolved.kind not in ("duration", "set"):
            story_time = story_year.sets_anchor(match, resolved)  # a length leaves the story
        out.append(resolved)
        before = match
        if resolved is not None and resolved.value and resolved.kind in ("date", "time", "range"):
            last = resolved.value
            if anchor_of(last, "year") is not None:
                told = last  # a calendar value ("désormais" is PRESENT_REF: none)
                told_as_fine.update((g, last) for g in _FINER if anchor_of(last, g))
    return out
