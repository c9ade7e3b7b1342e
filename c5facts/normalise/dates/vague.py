"""Field resolvers of the vague temporal expressions of news (TimeML conventions).

TIMEX3 writes an unknown count with ``X`` and a point known only as past, present or
future with a ``_REF`` token; HeidelTime's French rules are the reference behaviour:

- a vague length, "quelques jours", "plusieurs mois", "depuis des années", "ces
  dernières semaines", "les jours suivants", "de longues années" -> ``PXD``, ``PXM``,
  ``PXY``, ``PXW``, ``PTXH`` (hours and minutes take ISO 8601's "T"), decades ``PXDE``
  and centuries ``PXCE`` (TIMEX3's units); kind ``duration``;
- a vague offset, "il y a quelques années" -> ``PAST_REF``, "dans quelques jours" ->
  ``FUTURE_REF``; kind ``date``, grain ``ref``;
- an adverb of time, "actuellement" -> ``PRESENT_REF``, "récemment" -> ``PAST_REF``,
  "prochainement" -> ``FUTURE_REF`` (vocabulary class ``ref_word``, whole phrases:
  "à l'heure actuelle", "par le passé");
- a season that recurs, "chaque été", "tous les hivers" -> ``XXXX-SU`` / ``XXXX-WI``,
  kind ``set``, quant ``EACH`` / ``EVERY``; an adverb of frequency, "quotidiennement"
  -> ``P1D``, "annuellement" -> ``P1Y`` (vocabulary class ``set_word``), kind ``set``.

None of them is placed on the calendar: they need no reference date.
"""

from __future__ import annotations

from datetime import date

from c5facts.matches import DateMatch
from c5facts.normalise.dates.accents import date_vocabulary, written_text
from c5facts.normalise.dates.placement import ResolvedDate
from c5facts.normalise.dates.vocab import vocabulary
from c5facts.normalise.text import straight_apostrophes

# The pattern families of this module whose value places nothing on the calendar.
VAGUE_RULES = frozenset(["duration_vague", "duration_of", "offset_vague", "ref_word"])
# A unit's step (vocabulary `unit` / `unit_time`, read by fields) -> its TIMEX3 code.
_CODES = {
    "1Y": "Y",
    "1M": "M",
    "1W": "W",
    "1D": "D",
    "10Y": "DE",
    "100Y": "CE",
    "T1H": "TH",
    "T1MI": "TM",
    "T1S": "TS",
}
# Words that open a vague offset and the side of the reference it points to.
_OFFSET_SIDES = {"il": "PAST_REF", "voici": "PAST_REF", "dans": "FUTURE_REF"}


def vague_duration(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A length of unknown count: "quelques jours" -> ``PXD``, "des heures" -> ``PTXH``."""
    code = _CODES.get(match.fields.unit or "")
    if code is None:
        return None  # "quelques trimestres": no TIMEX3 code worth guessing
    value = f"PTX{code[1:]}" if code.startswith("T") else f"PX{code}"
    return ResolvedDate(value=value, grain="duration", kind="duration")


def vague_offset(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """An offset of unknown count: "il y a quelques années" -> ``PAST_REF``."""
    first = match.words[0].form if match.words else ""
    value = _OFFSET_SIDES.get(first)
    return None if value is None else ResolvedDate(value=value, grain="ref")


def ref_word(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """An adverb of time: "actuellement" -> ``PRESENT_REF``, "récemment" -> ``PAST_REF``.

    One the tense directs (``TENSE_REF`` in the vocabulary: "tout à l'heure") is
    ``PAST_REF`` in a past clause, ``FUTURE_REF`` in a future one, nothing else.
    """
    phrase = straight_apostrophes(written_text(match)).replace("' ", "'")  # "pour l’instant"
    value = date_vocabulary().get("ref_word", {}).get(phrase)
    if value == "TENSE_REF":
        value = _TENSE_REFS.get(match.tense or "")
    return None if not value else ResolvedDate(value=value, grain="ref")


_TENSE_REFS = {"past": "PAST_REF", "future": "FUTURE_REF"}


def season_set(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A season that recurs: "chaque été" -> ``XXXX-SU`` (EACH), "tous les hivers" (EVERY)."""
    seasons = vocabulary().seasons
    code = None
    for word in match.words:
        if word.role == "season":
            code = seasons.get(word.form) or seasons.get(word.form.removesuffix("s"))
    if code is None:
        return None
    quant = "EACH" if match.words[0].form == "chaque" else "EVERY"
    return ResolvedDate(value=f"XXXX-{code}", grain="set", kind="set", quant=quant)


def set_word(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """An adverb of frequency: "quotidiennement" -> ``P1D``, "annuellement" -> ``P1Y``."""
    value = date_vocabulary().get("set_word", {}).get(written_text(match))
    return None if not value else ResolvedDate(value=value, grain="set", kind="set")
