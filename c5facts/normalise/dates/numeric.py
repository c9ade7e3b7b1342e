"""Field resolvers of numeric months, month-first dates and the spelled-out relative days.

- numeric months (rule ``month_numeric``): "11/2016", "03/2015", "en 2015/3", "en
  2015.3" (one token; year first only after a preposition: "(UE) 2019/5" is an act),
  "2016-11", "11-2016" (three tokens); two consecutive years ("2008-09", "2011/12")
  are a season or a fiscal year, never September 2008;
- month-first dates that cannot be read day first (rule ``numeric_date_mdy``):
  "02/22/2016" is 22 February (a day-first reading has no 22nd month);
- relative days said with a noun (rule ``day_rel``): "le jour précédent", "le jour
  d'avant" (the day before the reference, like "la veille"), "le jour suivant", "le
  jour d'après" (the day after, like "le lendemain");
- "avant hier", "après demain" written without their hyphen (rule ``day_split``);
- a day of the reference's month or of the one before or after (rule
  ``range_rel_month``): "le 15 de ce mois", "le 3 du mois prochain", "du 4 au 22 du
  mois dernier", "entre le 4 et le 22 de ce mois-ci" (a right end before the left one
  is no range);
- centuries (rule ``century``), in Roman or Arabic numerals: "au XIXe siècle" -> ``18``
  (TIMEX3: the first two digits of the century's years), "au siècle dernier", before
  Christ "au IIe siècle av. J.-C." -> ``BC01``; years of an era (rule ``era_year``): "en
  52 av. J.-C." -> ``BC0052``, "en 79 apr. J.-C." -> ``0079``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from c5facts.matches import DateMatch
from c5facts.normalise.dates.placement import ResolvedDate, valid_date
from c5facts.normalise.dates.vocab import MAX_YEAR, MIN_YEAR, vocabulary
from c5facts.normalise.timex import add_months

_MONTH_YEAR = re.compile(r"(\d{1,2})[/.-](\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})[/.-](\d{1,2})")
_MDY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# The direction of "le jour précédent / suivant / d'avant / d'après".
_STEP = {"past": -1, "future": 1}
_DAY_STEP = {"précédent": -1, "avant": -1, "suivant": 1, "après": 1}
# "le jour qui suit", "le jour qui a précédé"
_DAY_STEP |= {"suit": 1, "suivi": 1, "suivit": 1, "précède": -1, "précédé": -1, "précéda": -1}
_CENTURY = re.compile(r"([ivxl]+|\d{1,2})(?:e|er|è|ème|eme|ᵉ|ᵉʳ)")  # "XIXᵉ": superscripts
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def roman(numeral: str) -> int:
    """The value of a Roman numeral in lower case ("xix" -> 19).

    >>> roman("xix"), roman("xxi"), roman("iv")
    (19, 21, 4)
    """
    total = 0
    for k, c in enumerate(numeral):
        v = _ROMAN[c]
        total += -v if k + 1 < len(numeral) and _ROMAN[numeral[k + 1]] > v else v
    return total


def _word(match: DateMatch, role: str) -> str | None:
    return next((w.form for w in match.words if w.role == role), None)


# The first word of an era's marker before Christ ("av. J.-C.", "avant notre ère"); the
# others ("apr. J.-C.", "de notre ère") name the common era.
_BEFORE_CHRIST = frozenset(["av.", "av", "avant"])


def _era(match: DateMatch) -> str:
    """TIMEX3's "BC" before a year or a century said before Christ, else nothing."""
    return "BC" if _word(match, "era") in _BEFORE_CHRIST else ""


def era_year(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A year of an era: "en 52 av. J.-C." -> ``BC0052``, "en 79 apr. J.-C." -> ``0079``.

    TIMEX3 writes four digits, "BC" before a year before Christ; the digits are the year
    as written, never widened ("52" is no 1952 there).
    """
    word = _word(match, "era_year")
    if word is None or not word.isdigit():
        return None
    return ResolvedDate(value=f"{_era(match)}{int(word):04d}", grain="year")


def month_numeric(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A month written in digits: "11/2016", "2015.3", "2016-11" (see module doc)."""
    f = match.fields
    year, month = f.year, f.month
    # The digits may be split by spaces ("11 / 2016", "2016 -11"): the date tokens joined.
    token = "".join(w.form for w in match.words if w.role == "date") or None
    if token is not None:
        if m := _MONTH_YEAR.fullmatch(token):
            month, year = int(m[1]), int(m[2])
        elif m := _YEAR_MONTH.fullmatch(token):
            year, month = int(m[1]), int(m[2])
    if year is None or month is None or not 1 <= month <= 12:
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    roles = [w.role for w in match.words]
    if "month" in roles:
        year_first = roles.index("year") < roles.index("month")
    else:
        year_first = token is not None and _YEAR_MONTH.fullmatch(token) is not None
    if year_first and month == (year + 1) % 100:
        return None  # "la saison 2008-09", "l'exercice 2011/12": two years
    return ResolvedDate(value=f"{year}-{month:02d}", grain="month")


def month_first_date(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A date written month first that no day-first reading allows: "02/22/2016"."""
    token = _word(match, "date")
    m = _MDY.fullmatch(token or "")
    if m is None:
        return None
    d = valid_date(int(m[3]), int(m[1]), int(m[2]))
    return None if d is None else ResolvedDate(value=d.isoformat(), grain="day")


def _offset(n: int, ref: date | None) -> ResolvedDate:
    if ref is None:
        return ResolvedDate(value=None, grain="day", offset=f"{'-' if n < 0 else ''}P{abs(n)}D")
    return ResolvedDate(value=(ref + timedelta(days=n)).isoformat(), grain="day")


def day_noun(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """One day from the reference: "le jour précédent", "le jour d'après" (as "la veille")."""
    step = _DAY_STEP.get(match.fields.adj or "")
    return None if step is None else _offset(step, ref)


def split_day(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """Two days from the reference: "avant hier", "après demain" without the hyphen."""
    f = match.fields
    if f.days is None or f.adj is None:
        return None
    return _offset(2 * f.days, ref)


def century(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A century: "au XIXe siècle" -> ``18``, "le 21e siècle" -> ``20``, "au siècle dernier".

    "ce siècle" is the reference date's, and so is the siècle of an edge without a word
    that moves it ("au début du siècle", "d'ici la fin du siècle"), as "la fin de la
    décennie" is the reference's decade.
    """
    f = match.fields
    word = _word(match, "century")
    if word is not None:
        m = _CENTURY.fullmatch(word)
        if m is None:
            return None
        n = int(m[1]) if m[1].isdigit() else roman(m[1])
        if not 1 <= n <= 21:
            return None
        return ResolvedDate(value=f"{_era(match)}{n - 1:02d}", grain="century")
    this = f.det == "ce" or (f.mod is None and f.edge is not None)
    step = 0 if this else _STEP.get(vocabulary().span_adjs.get(f.mod or "") or "")
    if step is None:
        return None
    if ref is None:
        offset = f"{'-' if step < 0 else ''}P100Y" if step else None
        return ResolvedDate(value=None, grain="century", offset=offset)
    return ResolvedDate(value=f"{ref.year // 100 + step:02d}", grain="century")


def day_of_month(match: DateMatch, ref: date | None) -> ResolvedDate | None:
    """A day of a month named from the reference: "le 3 du mois prochain" (see module doc)."""
    last = match.end or match.fields
    step = 0 if last.det == "ce" else _STEP.get(vocabulary().span_adjs.get(last.mod or "") or "")
    if step is None or last.day is None:
        return None
    if ref is None:
        return ResolvedDate(value=None, grain="day")
    y, m = add_months(ref.year, ref.month, step)
    end = valid_date(y, m, last.day)
    if end is None:
        return None
    if match.end is None:
        return ResolvedDate(value=end.isoformat(), grain="day")
    first = None if match.fields.day is None else valid_date(y, m, match.fields.day)
    if first is None or first > end:
        return None
    return ResolvedDate(value=f"{first.isoformat()}/{end.isoformat()}", grain="day", kind="range")
