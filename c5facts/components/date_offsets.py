"""Offsets whose list of counts goes on in hours or minutes: one length, not a date and a rest.

"il y a deux jours et trois heures", "il y a 1 an, 1 mois, 1 semaine, 1 jour, 1 heure et 1
minute": the offset patterns count days to years only ("il y a deux jours" is a DATE of
`counted.offset`), and the whole list is a length matched by the duration patterns, which
`normalise.dates.clock_offset` places from the reference time (a TIME at the precision of
its finest unit) or keeps as the DURATION when there is no reference time, as it does for
"il y a deux heures". These rules let that one reading win:

- `offset_plausible`: an offset followed by a count of hours or minutes ("et 3 heures")
  is no offset on its own; nor is one naming a unit twice ("il y a deux ans, un an..."),
  nor one followed by "que" ("voilà quarante ans que", "il y a dix ans qu'il attend":
  the length of what goes on since, read by the duration patterns);
- `length_from_reference`: such a list after "il y a" / "dans" is a length, neither an
  age ("il a 45 ans") nor a vague "un jour".
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span

from c5facts.normalise.dates.vocab import number_word, vocabulary


def _code(step: str) -> str:
    """The unit code of a vocabulary step: "10Y" -> "Y", "30MI" -> "MI"."""
    return step.lstrip("0123456789")


def offset_plausible(doc: Doc, span: Span) -> bool:
    """Whether an offset span ("il y a 2 jours") is the whole offset (see module doc)."""
    units = vocabulary().units
    words = [t.lower_ for t in span if not t.is_space]
    # the unit of each count ("jour pour jour" names no count)
    codes = [
        _code(units[w])
        for before, w in pairwise(words)
        if w in units and number_word(before) is not None
    ]
    if len(set(codes)) != len(codes):
        return False  # a unit named twice: not one offset
    following = next((t.lower_ for t in doc[span.end : span.end + 2] if not t.is_space), "")
    if words[0] != "dans" and following in ("que", "qu'", "qu’"):
        # "voilà quarante ans que", "il y a dix ans qu'il attend": a length ("clamer dans
        # 30 jours que ...": the verb's object)
        return False
    if "et" in words:
        return True  # the list is closed: "il y a 2 ans et 3 jours, et 4 heures plus tard"
    after = [t.lower_ for t in doc[span.end : span.end + 8] if not t.is_space][:4]
    if after[:1] == [","] and len(codes) > 1:
        after = after[1:]  # "il y a 2 ans, 3 mois, 4 heures": the list goes on
    elif after[:1] != ["et"]:
        return True
    if after[:1] in ([","], ["et"]):
        after = after[1:]
    return not (
        len(after) >= 2
        and number_word(after[0]) is not None
        and after[1] in vocabulary().time_units
    )


def _after_offset_words(doc: Doc, i: int) -> bool:
    """Whether the words before token `i` are "il y a", "il ya", "voici" or "dans"."""
    words = [t.lower_ for t in doc[max(0, i - 3) : i] if not t.is_space]
    return words[-1:] in (["ya"], ["voici"], ["dans"]) or words[-2:] == ["y", "a"]


def length_from_reference(doc: Doc, span: Span) -> bool:
    """Whether a length is a list of days (or more) and hours after "il y a" / "dans".

    "il y a un jour et 4 heures", "il y a 1 an, ..., 1 heure et 1 minute": a length
    counted from the reference time, neither a vague "un jour" nor an age ("il a 45 ans").
    """
    voc = vocabulary()
    words = [t.lower_ for t in span if not t.is_space]
    counted = [w for before, w in pairwise(words) if number_word(before) is not None]
    days = [_code(voc.units[w]) for w in counted if w in voc.units]
    hours = [_code(voc.time_units[w]) for w in counted if w in voc.time_units]
    return (
        bool(days and hours)
        and counted[0] in voc.units
        and len(set(days + hours)) == len(days + hours)
        and _after_offset_words(doc, span.start)
    )
