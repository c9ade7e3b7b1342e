"""HTML report of extracted facts: one self-contained page (inline CSS, no script, no network).

The renderer works on records in their `c5facts/1` JSON form (`Article.to_dict()`) plus the
original article text, so a report can be made right after extraction or later from a JSONL
file. It never imports spaCy and nothing in the extraction path imports it.

Highlights are `<mark>` elements carrying `data-type`, `data-value` (the normalised value),
`data-ref` (one id per fact mention) and a `title` for hover, followed by visually hidden text
for screen readers. Overlapping mentions are nested (the longer, outer one opens first); a
mention that crosses another one's end is split into several `<mark>` pieces sharing its
`data-ref`, so the article text itself is never altered.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

from c5facts.about import __version__
from c5facts.batch import load
from c5facts.errors import InputError

FACT_TYPES = ("person", "country", "money", "date")
TYPE_LABELS = {"person": "personne", "country": "pays", "money": "montant", "date": "date"}
TYPE_TITLES = {"person": "Personne", "country": "Pays", "money": "Montant", "date": "Date"}
QUALIFIERS = {"approx": "environ", "more_than": "plus de", "less_than": "moins de"}
GRAINS = {
    "day": "jour",
    "week": "semaine",
    "month": "mois",
    "quarter": "trimestre",
    "half": "semestre",
    "season": "saison",
    "year": "année",
    "decade": "décennie",
    "century": "siècle",
    "duration": "durée",
    "time": "heure",
}
VIA = {"name": "nom", "demonym": "gentilé", "capital": "capitale"}
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
# Meteorological seasons (TIMEX3 SP/SU/FA/WI): (first month, number of months).
SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "AU": (9, 3), "WI": (12, 3)}
# Units of French large numbers: (threshold, singular, plural).
SCALES = (
    (Decimal(10) ** 12, "billion", "billions"),
    (Decimal(10) ** 9, "milliard", "milliards"),
    (Decimal(10) ** 6, "million", "millions"),
)
# Two conversions in one article are made at about the same rate; rounding of "30,3 milliards"
# style amounts moves a rate by a few percent at most, so 10 % apart means one pair is wrong.
RATE_TOLERANCE = Decimal("0.10")
NBSP = "\u00a0"
# The page's style sheet, shipped inside the package (works from a wheel too).
CSS = resources.files("c5facts") / "report_assets" / "report.css"


# ---------------------------------------------------------------------------------------------
# French number and date formatting


def to_decimal(value: Any) -> Decimal | None:
    """Exact `Decimal` of a JSON number (int, float or numeric string); None otherwise.

    >>> to_decimal(30.3), to_decimal("12"), to_decimal(None), to_decimal(True)
    (Decimal('30.3'), Decimal('12'), None, None)
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        result = Decimal(str(value))
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


def format_number_fr(value: Decimal, max_decimals: int = 2) -> str:
    """Group thousands with no-break spaces and use a decimal comma, trailing zeros dropped.

    >>> format_number_fr(Decimal("35000000000")) == "35\\u00a0000\\u00a0000\\u00a0000"
    True
    >>> format_number_fr(Decimal("20.4249")), format_number_fr(Decimal("-0.5"))
    ('20,42', '-0,5')
    """
    quantum = Decimal(1).scaleb(-max_decimals)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    frac = frac.rstrip("0")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = NBSP.join(groups)
    return f"{sign}{text},{frac}" if frac else f"{sign}{text}"


def format_amount_fr(value: Decimal) -> str:
    """Short French form of an amount: "30,3 milliards", "1,5 milliard", "40 000".

    >>> format_amount_fr(Decimal("30300000000")), format_amount_fr(Decimal("1500000000"))
    ('30,3 milliards', '1,5 milliard')
    >>> format_amount_fr(Decimal("952000000")), format_amount_fr(Decimal("40000.5"))
    ('952 millions', '40\\xa0000,5')
    """
    for threshold, singular, plural in SCALES:
        if abs(value) >= threshold:
            scaled = value / threshold
            # French: "1,5 milliard" but "2 milliards" (plural from two on).
            word = plural if abs(scaled) >= 2 else singular
            return f"{format_number_fr(scaled)} {word}"
    return format_number_fr(value)


def format_rate_fr(rate: Decimal) -> str:
    """An exchange rate with three decimals (more for tiny rates): "0,866".

    >>> format_rate_fr(Decimal("30.3") / Decimal("35")), format_rate_fr(Decimal("149.52"))
    ('0,866', '149,5')
    >>> format_rate_fr(Decimal("0.0066812"))
    '0,00668'
    """
    if rate >= 100:
        return format_number_fr(rate, 1)
    if rate >= Decimal("0.01") or rate == 0:
        return format_number_fr(rate, 3)
    # Three significant digits for rates such as EUR per JPY.
    decimals = 2 - math.floor(math.log10(float(rate)))
    return format_number_fr(rate, decimals)


def format_money_fr(
    amount: Decimal | None,
    currency: str,
    qualifier: str | None = None,
    amount_max: Decimal | None = None,
) -> str:
    """Panel form of a money fact: "environ 35 milliards USD", "de 1 à 2 millions EUR".

    >>> format_money_fr(Decimal(35e9), "USD", "approx")
    'environ 35 milliards USD'
    >>> format_money_fr(Decimal(1e6), "EUR", None, Decimal(2e6))
    'de 1 million à 2 millions EUR'
    """
    if amount is None:
        return f"? {currency}".strip()
    if amount_max is not None:
        core = f"de {format_amount_fr(amount)} à {format_amount_fr(amount_max)}"
    else:
        core = format_amount_fr(amount)
    prefix = QUALIFIERS.get(qualifier or "", qualifier or "")
    return " ".join(part for part in (prefix, core, currency) if part)


def exact_money(amount: Decimal | None, currency: str, amount_max: Decimal | None = None) -> str:
    """Exact amount with all its digits, for hover text: "35 000 000 000 USD"."""
    if amount is None:
        return f"? {currency}".strip()
    text = format_number_fr(amount, 6)
    if amount_max is not None:
        text = f"{text} à {format_number_fr(amount_max, 6)}"
    return f"{text} {currency}".strip()


def machine_money(amount: Decimal | None, currency: str, amount_max: Decimal | None = None) -> str:
    """Normalised money value for `data-value`: "35000000000 USD", "1000000/2000000 EUR"."""
    if amount is None:
        return currency
    text = f"{amount.normalize():f}"
    if amount_max is not None:
        text = f"{text}/{amount_max.normalize():f}"
    return f"{text} {currency}".strip()


def flag_emoji(code: str | None) -> str:
    """Flag emoji of an ISO 3166-1 alpha-2 code (regional indicator pair); "" when invalid.

    >>> flag_emoji("FR") == "\\U0001f1eb\\U0001f1f7", flag_emoji("x1")
    (True, '')
    """
    if not code or len(code) != 2 or not code.isascii() or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _months(year: int, first: int, count: int) -> tuple[date, date]:
    last_index = year * 12 + (first - 1) + count - 1
    return date(year, first, 1), _month_end(last_index // 12, last_index % 12 + 1)


def date_interval(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by a TIMEX3 value; None for durations and unknown forms.

    >>> date_interval("2025-11-06T21:55")
    (datetime.date(2025, 11, 6), datetime.date(2025, 11, 6))
    >>> date_interval("2024-Q2")
    (datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    >>> date_interval("201"), date_interval("P3Y")
    ((datetime.date(2010, 1, 1), datetime.date(2019, 12, 31)), None)
    """
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = date_interval(first), date_interval(last)
        if start is None or end is None or end[1] < start[0]:
            return None
        return start[0], end[1]
    try:
        return _single_interval(value)
    except ValueError:
        return None


def _single_interval(value: str) -> tuple[date, date] | None:
    # Order matters: the more specific forms first.
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+)?", value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return _months(int(m[1]), int(m[2]), 1)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return _months(int(m[1]), 3 * int(m[2]) - 2, 3)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return _months(int(m[1]), 6 * int(m[2]) - 5, 6)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
        return _months(int(m[1]), *SEASONS[m[2]])
    if m := re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if m := re.fullmatch(r"\d{3}", value):  # decade: "201" = the 2010s
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    if m := re.fullmatch(r"\d{2}", value):  # century: "20" = 2000-2099
        return date(int(value) * 100, 1, 1), date(int(value) * 100 + 99, 12, 31)
    return None


def format_date_fr(value: str | None) -> str:
    """Readable French form of a TIMEX3 value: "6 novembre 2025", "mars 2024", else as is.

    >>> format_date_fr("2025-11-06"), format_date_fr("2024-03"), format_date_fr("2024-Q2")
    ('6 novembre 2025', 'mars 2024', '2024-Q2')
    """
    if not value:
        return "non résolue"
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T[\d:]+)?", value):
        month = int(m[2])
        if 1 <= month <= 12:
            text = f"{int(m[3])} {MONTHS[month - 1]} {m[1]}"
            return f"{text} à {m[4][1:]}" if m[4] else text
    if (m := re.fullmatch(r"(\d{4})-(\d{2})", value)) and 1 <= int(m[2]) <= 12:
        return f"{MONTHS[int(m[2]) - 1]} {m[1]}"
    if "/" in value:
        first, _, last = value.partition("/")
        return f"du {format_date_fr(first)} au {format_date_fr(last)}"
    return value


def relative_fr(interval: tuple[date, date], reference: date) -> str:
    """Position of a date relative to the reference date: "il y a 3 jours", "dans 2 mois".

    >>> relative_fr((date(2025, 11, 3), date(2025, 11, 3)), date(2025, 11, 6))
    'il y a 3 jours'
    >>> relative_fr((date(2026, 3, 1), date(2026, 3, 31)), date(2025, 11, 6))
    'dans 4 mois'
    """
    start, end = interval
    if start <= reference <= end:
        return "jour de référence" if start == end else "contient la date de référence"
    if end < reference:
        return f"il y a {_duration_fr((reference - end).days)}"
    return f"dans {_duration_fr((start - reference).days)}"


def _duration_fr(days: int) -> str:
    if days < 60:
        return f"{days} jour{'s' if days > 1 else ''}"
    if days < 730:
        return f"{round(days / 30.44)} mois"
    years = round(days / 365.25)
    return f"{years} an{'s' if years > 1 else ''}"


# ---------------------------------------------------------------------------------------------
# Reading records defensively (a JSONL written by another version may lack keys)


def _items(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = record.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _spans(item: Mapping[str, Any]) -> list[tuple[int, int]]:
    out = []
    for span in item.get("spans") or []:
        if (
            isinstance(span, Sequence)
            and len(span) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
        ):
            out.append((span[0], span[1]))
    return out


def _offsets(item: Mapping[str, Any]) -> tuple[int, int] | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return None


# ---------------------------------------------------------------------------------------------
# Highlights


@dataclass(frozen=True, slots=True)
class Highlight:
    """One fact mention to mark in the article text."""

    start: int
    end: int
    kind: str  # person | country | money | date
    ref: str  # shared by every <mark> piece of this mention
    value: str  # normalised value, machine-readable (data-value)
    label: str  # hover text (title)
    spoken: str  # short normalised value read by screen readers


def _person_label(person: Mapping[str, Any]) -> str:
    parts = [f"Personne : {_str(person.get('name'))}"]
    roles = [_str(r) for r in person.get("roles") or []]
    if roles:
        parts.append(", ".join(roles))
    if person.get("country"):
        parts.append(f"pays {_str(person.get('country'))}")
    return " · ".join(parts)


def _country_label(country: Mapping[str, Any], form: str) -> str:
    code = _str(country.get("code"))
    name = _str(country.get("name")) or code
    label = f"Pays : {name} ({code}"
    if country.get("code3"):
        label += f", {_str(country.get('code3'))}"
    label += ")"
    via = country.get("via")
    if isinstance(via, Mapping) and form in via:
        label += f" · par {VIA.get(_str(via[form]), _str(via[form]))}"
    return label


@dataclass(frozen=True, slots=True)
class MoneyView:
    """A money fact with its values parsed once for every view."""

    item: Mapping[str, Any]
    amount: Decimal | None
    amount_max: Decimal | None
    currency: str
    qualifier: str | None
    eq_amount: Decimal | None
    eq_currency: str
    eq_qualifier: str | None

    @classmethod
    def of(cls, item: Mapping[str, Any]) -> MoneyView:
        """Parse the numbers of one money record."""
        eq = item.get("equivalent")
        eq = eq if isinstance(eq, Mapping) else {}
        return cls(
            item=item,
            amount=to_decimal(item.get("amount")),
            amount_max=to_decimal(item.get("amount_max")),
            currency=_str(item.get("currency")),
            qualifier=item.get("qualifier") or None,
            eq_amount=to_decimal(eq.get("amount")),
            eq_currency=_str(eq.get("currency")),
            eq_qualifier=eq.get("qualifier") or None,
        )

    @property
    def rate(self) -> Decimal | None:
        """Implied rate, equivalent currency per primary currency (None for ranges)."""
        if (
            self.amount is None
            or self.eq_amount is None
            or self.amount <= 0
            or self.eq_amount <= 0
            or self.amount_max is not None
            or not self.currency
            or not self.eq_currency
            or self.currency == self.eq_currency
        ):
            return None
        return self.eq_amount / self.amount

    def label(self) -> str:
        """Hover text: exact amount, qualifier and equivalent."""
        qual = QUALIFIERS.get(self.qualifier or "", self.qualifier or "")
        text = f"Montant : {qual + ' ' if qual else ''}"
        text += exact_money(self.amount, self.currency, self.amount_max)
        if self.item.get("currency_assumed"):
            text += " (devise supposée)"
        if self.eq_amount is not None:
            text += f" · équivalent {exact_money(self.eq_amount, self.eq_currency)}"
        return text


def _date_label(item: Mapping[str, Any]) -> str:
    value = item.get("value")
    grain = _str(item.get("grain"))
    label = f"Date : {_str(value) if value else 'non résolue'}"
    details = [GRAINS.get(grain, grain)] if grain else []
    if item.get("kind") and item.get("kind") != "date":
        details.append(_str(item.get("kind")))
    if item.get("offset"):
        details.append(f"décalage {_str(item.get('offset'))}")
    if details:
        label += f" ({', '.join(details)})"
    return label


def collect_highlights(
    record: Mapping[str, Any], text: str, prefix: str
) -> tuple[list[Highlight], list[str]]:
    """Every mention of the record as a `Highlight`, plus notes on mentions that cannot be shown.

    Offsets outside the text are skipped with a note; a money or date mention whose recorded
    text differs from the text at its offsets is still marked, with a note (the text file was
    probably changed after extraction).
    """
    out: list[Highlight] = []
    notes: list[str] = []

    def add(kind: str, n: int, start: int, end: int, value: str, label: str, spoken: str) -> None:
        if not 0 <= start < end <= len(text):
            notes.append(
                f"Mention ({TYPE_LABELS[kind]}) « {spoken} » ignorée : "
                f"positions {start}–{end} hors du texte."
            )
            return
        out.append(Highlight(start, end, kind, f"{prefix}-{kind[0]}{n}", value, label, spoken))

    n = 0
    for person in _items(record, "people"):
        name = _str(person.get("name"))
        for start, end in _spans(person):
            add("person", n, start, end, name, _person_label(person), name)
            n += 1
    n = 0
    for country in _items(record, "countries"):
        code = _str(country.get("code"))
        spoken = _str(country.get("name")) or code
        for start, end in _spans(country):
            form = text[start:end] if 0 <= start < end <= len(text) else ""
            add("country", n, start, end, code, _country_label(country, form), spoken)
            n += 1
    for kind, key in (("money", "money"), ("date", "dates")):
        for n, item in enumerate(_items(record, key)):
            offsets = _offsets(item)
            if offsets is None:
                notes.append(f"{TYPE_TITLES[kind]} « {_str(item.get('text'))} » sans positions.")
                continue
            start, end = offsets
            if kind == "money":
                view = MoneyView.of(item)
                value = machine_money(view.amount, view.currency, view.amount_max)
                label = view.label()
                spoken = exact_money(view.amount, view.currency, view.amount_max)
            else:
                value = _str(item.get("value") or item.get("offset"))
                label = _date_label(item)
                spoken = format_date_fr(item.get("value") or None)
            recorded = _str(item.get("text"))
            if recorded and 0 <= start < end <= len(text) and text[start:end] != recorded:
                notes.append(
                    f"{TYPE_TITLES[kind]} « {recorded} » : le texte aux positions {start}–{end} "
                    f"est « {text[start:end]} » (texte modifié depuis l'extraction ?)."
                )
            add(kind, n, start, end, value, label, spoken)
    return out, notes


def _open_mark(h: Highlight, *, first: bool) -> str:
    esc = html.escape
    attrs = [
        f'class="hl hl-{h.kind}"',
        f'data-type="{h.kind}"',
        f'data-value="{esc(h.value)}"',
        f'data-ref="{esc(h.ref)}"',
        f'data-start="{h.start}"',
        f'data-end="{h.end}"',
        f'title="{esc(h.label)}"',
    ]
    if first:
        attrs.insert(0, f'id="{esc(h.ref)}"')
    else:
        attrs.append('data-part="cont"')
    return f"<mark {' '.join(attrs)}>"


def _spoken(h: Highlight) -> str:
    return f'<span class="vh"> ({TYPE_LABELS[h.kind]} : {html.escape(h.spoken)})</span>'


def render_marked_text(text: str, highlights: Iterable[Highlight]) -> str:
    """HTML of `text` with each highlight as nested `<mark>` elements; all text escaped.

    At one start, longer highlights open first, so an outer mention contains the inner
    ones. A highlight still open when an enclosing one ends is closed and reopened as a
    continuation piece (same `data-ref`), which keeps the HTML well nested.

    >>> hs = [Highlight(0, 4, "date", "d0", "2025", "Date : 2025", "2025")]
    >>> render_marked_text("2025 <b>", hs).endswith("</span> &lt;b&gt;")
    True
    """
    order = {kind: i for i, kind in enumerate(FACT_TYPES)}
    pending = sorted(highlights, key=lambda h: (h.start, -h.end, order.get(h.kind, 9), h.ref))
    bounds = sorted({h.start for h in pending} | {h.end for h in pending})
    out: list[str] = []
    stack: list[Highlight] = []
    seen: set[str] = set()
    pos = 0
    i = 0
    for bound in bounds:
        out.append(html.escape(text[pos:bound]))
        pos = bound
        ending = [k for k, h in enumerate(stack) if h.end == bound]
        if ending:
            lowest = min(ending)
            reopen = [h for h in stack[lowest:] if h.end != bound]
            for h in reversed(stack[lowest:]):
                out.append("</mark>")
                if h.end == bound:
                    out.append(_spoken(h))
            del stack[lowest:]
            for h in reopen:
                out.append(_open_mark(h, first=False))
                stack.append(h)
        while i < len(pending) and pending[i].start == bound:
            h = pending[i]
            out.append(_open_mark(h, first=h.ref not in seen))
            seen.add(h.ref)
            stack.append(h)
            i += 1
    out.append(html.escape(text[pos:]))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Panels


def rate_deviations(views: Sequence[MoneyView]) -> list[Decimal | None]:
    """Relative gap of each pair's implied rate from the median rate of the article's pairs.

    A pair compares with every pair of the same two currencies (either direction, itself
    included, so one odd pair among three stands out while the other two stay near zero);
    None where there is no rate or no other pair to compare with.
    """
    rates = [v.rate for v in views]
    out: list[Decimal | None] = []
    for view, rate in zip(views, rates, strict=True):
        if rate is None:
            out.append(None)
            continue
        same: list[Decimal] = []
        for other, other_rate in zip(views, rates, strict=True):
            if other_rate is None:
                continue
            if (other.currency, other.eq_currency) == (view.currency, view.eq_currency):
                same.append(other_rate)
            elif (other.currency, other.eq_currency) == (view.eq_currency, view.currency):
                same.append(1 / other_rate)
        if len(same) < 2:
            out.append(None)
            continue
        same.sort()
        mid = len(same) // 2
        median = same[mid] if len(same) % 2 else (same[mid - 1] + same[mid]) / 2
        out.append(rate / median - 1)
    return out


def _table(
    caption: str,
    head: Sequence[tuple[str, bool]],
    rows: Sequence[Sequence[str]],
    *,
    flagged: Sequence[bool] = (),
) -> str:
    """A table whose first cell is the row header; cells are HTML already escaped.

    Each cell carries its column name in `data-label`, which the phone layout shows in
    front of the value when rows become cards.
    """
    esc = html.escape
    num_class = ' class="num"'
    heads = "".join(
        f'<th scope="col"{num_class if num else ""}>{esc(name)}</th>' for name, num in head
    )
    body = []
    for k, cells in enumerate(rows):
        out: list[str] = []
        for (name, num), cell in zip(head, cells, strict=True):
            tag, scope = ("th", ' scope="row"') if not out else ("td", "")
            cls = num_class if num else ""
            # One wrapper per cell keeps the value a single grid item in the card layout.
            out.append(
                f'<{tag}{scope}{cls} data-label="{esc(name)}"><span class="v">{cell}</span></{tag}>'
            )
        row_class = ' class="outlier"' if k < len(flagged) and flagged[k] else ""
        body.append(f"<tr{row_class}>{''.join(out)}</tr>")
    # The wrapper scrolls on narrow screens; it is focusable so keyboards can scroll it.
    return (
        f'<div class="scroll" role="region" tabindex="0" aria-label="{esc(caption)}">'
        f'<table class="cards"><caption class="vh">{esc(caption)}</caption>'
        f"<thead><tr>{heads}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def _first_link(ref: str, label: str, linked: set[str]) -> str:
    if ref in linked:
        return f'<a href="#{html.escape(ref)}">{html.escape(label)}</a>'
    return html.escape(label)


def _people_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    people = _items(record, "people")
    if not people:
        return '<p class="empty">Aucune personne détectée.</p>'
    rows = []
    n = 0
    for person in people:
        name = _str(person.get("name"))
        first_ref = f"{prefix}-p{n}"
        n += len(_spans(person))
        roles = ", ".join(_str(r) for r in person.get("roles") or []) or "—"
        aliases = [_str(a) for a in person.get("aliases") or [] if _str(a) != name]
        alias_html = (
            f'<br><span class="small">aussi : {html.escape(", ".join(aliases))}</span>'
            if aliases
            else ""
        )
        code = _str(person.get("country"))
        country = (
            f'<span class="flag" aria-hidden="true">{flag_emoji(code)}</span>{html.escape(code)}'
            if code
            else "—"
        )
        mentions = _str(person.get("mentions"))
        rows.append(
            [
                _first_link(first_ref, name, linked) + alias_html,
                html.escape(roles),
                country,
                html.escape(mentions),
            ]
        )
    return _table(
        "Personnes", [("Nom", False), ("Rôles", False), ("Pays", False), ("Mentions", True)], rows
    )


def _countries_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    countries = _items(record, "countries")
    if not countries:
        return '<p class="empty">Aucun pays détecté.</p>'
    rows = []
    n = 0
    for country in countries:
        code = _str(country.get("code"))
        name = _str(country.get("name")) or code
        first_ref = f"{prefix}-c{n}"
        n += len(_spans(country))
        forms = ", ".join(_str(f) for f in country.get("forms") or [])
        rows.append(
            [
                f'<span class="flag" aria-hidden="true">{flag_emoji(code)}</span>'
                + _first_link(first_ref, name, linked),
                html.escape(code),
                html.escape(forms) or "—",
                html.escape(_str(country.get("mentions"))),
            ]
        )
    return _table(
        "Pays", [("Pays", False), ("Code", False), ("Formes", False), ("Mentions", True)], rows
    )


def _money_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    views = [MoneyView.of(item) for item in _items(record, "money")]
    if not views:
        return '<p class="empty">Aucun montant détecté.</p>'
    deviations = rate_deviations(views)
    rows: list[list[str]] = []
    flagged: list[bool] = []
    for n, (view, gap) in enumerate(zip(views, deviations, strict=True)):
        ref = f"{prefix}-m{n}"
        amount = format_money_fr(view.amount, view.currency, view.qualifier, view.amount_max)
        if view.item.get("currency_assumed"):
            amount += " (devise supposée)"
        exact = exact_money(view.amount, view.currency, view.amount_max)
        if view.eq_amount is not None:
            equivalent = html.escape(
                format_money_fr(view.eq_amount, view.eq_currency, view.eq_qualifier)
            )
        else:
            equivalent = "—"
        rate = view.rate
        rate_html = (
            html.escape(f"{format_rate_fr(rate)} {view.eq_currency} par {view.currency}")
            if rate is not None
            else "—"
        )
        outlier = gap is not None and abs(gap) > RATE_TOLERANCE
        if outlier and gap is not None:
            pct = ("+" if gap > 0 else "") + format_number_fr(gap * 100, 0)
            rate_html += (
                f' <span class="warn">⚠ écart de {html.escape(pct)}{NBSP}% '
                f"avec le taux médian de l'article</span>"
            )
        flagged.append(outlier)
        rows.append(
            [
                _first_link(ref, _str(view.item.get("text")), linked),
                f'<span title="{html.escape(exact)}">{html.escape(amount)}</span>',
                equivalent,
                rate_html,
            ]
        )
    return _table(
        "Montants",
        [("Texte", False), ("Montant", False), ("Équivalent", False), ("Taux implicite", False)],
        rows,
        flagged=flagged,
    )


def _pct(value: float) -> str:
    return f"{max(0.0, min(100.0, value)):.2f}%"


def _dates_panel(record: Mapping[str, Any], prefix: str, linked: set[str]) -> str:
    items = _items(record, "dates")
    if not items:
        return '<p class="empty">Aucune date détectée.</p>'
    reference = _parse_reference(record.get("reference_date"))
    placed: list[tuple[tuple[date, date], int, Mapping[str, Any]]] = []
    unplaced: list[tuple[int, Mapping[str, Any]]] = []
    for n, item in enumerate(items):
        interval = date_interval(item.get("value") or None)
        if interval is None:
            unplaced.append((n, item))
        else:
            placed.append((interval, n, item))
    parts = []
    if placed:
        placed.sort(key=lambda p: (p[0], p[1]))
        lo = min([p[0][0] for p in placed] + ([reference] if reference else []))
        hi = max([p[0][1] for p in placed] + ([reference] if reference else []))
        total = (hi - lo).days + 1
        ref_html = ""
        if reference is not None:
            ref_pos = _pct(((reference - lo).days + 0.5) / total * 100)
            ref_html = f'<span class="ref" style="left:{ref_pos}"></span>'
        rows = []
        for (start, end), n, item in placed:
            left = _pct((start - lo).days / total * 100)
            width = _pct(((end - start).days + 1) / total * 100)
            value = _str(item.get("value"))
            relation = f" — {relative_fr((start, end), reference)}" if reference else ""
            rows.append(
                f'<li><span><span class="when">{html.escape(format_date_fr(value))}</span>'
                f' <span class="small">({html.escape(value)}{html.escape(relation)})</span>'
                f" : {_first_link(f'{prefix}-d{n}', _str(item.get('text')), linked)}</span>"
                f'<span class="track" aria-hidden="true">'
                f'<span class="span" style="left:{left};width:{width}"></span>{ref_html}</span>'
                f"</li>"
            )
        caption = "Frise"
        if reference is not None:
            caption += f" (trait noir : date de référence, {format_date_fr(reference.isoformat())})"
        parts.append(f'<p class="small">{html.escape(caption)}</p>')
        parts.append(f'<ol class="timeline">{"".join(rows)}</ol>')
    if unplaced:
        rows = []
        for n, item in unplaced:
            value = _str(item.get("value") or item.get("offset")) or "non résolue"
            rows.append(
                f"<li>{_first_link(f'{prefix}-d{n}', _str(item.get('text')), linked)}"
                f" : {html.escape(value)}</li>"
            )
        parts.append(f'<p class="small">Durées et dates non placées</p><ul>{"".join(rows)}</ul>')
    return "".join(parts)


def _parse_reference(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def currency_totals(record: Mapping[str, Any]) -> dict[str, Decimal]:
    """Sum of primary amounts per currency (ranges count their low end; equivalents not added).

    >>> currency_totals({"money": [{"amount": 2, "currency": "USD"},
    ...                            {"amount": 3.5, "currency": "USD"}]})
    {'USD': Decimal('5.5')}
    """
    totals: dict[str, Decimal] = {}
    for item in _items(record, "money"):
        amount, currency = to_decimal(item.get("amount")), _str(item.get("currency"))
        if amount is not None and currency:
            totals[currency] = totals.get(currency, Decimal(0)) + amount
    return dict(sorted(totals.items()))


def _totals_text(record: Mapping[str, Any]) -> str:
    totals = currency_totals(record)
    return " ; ".join(f"{format_amount_fr(v)} {c}" for c, v in totals.items()) or "—"


# ---------------------------------------------------------------------------------------------
# Page


def _heading(record: Mapping[str, Any], n: int) -> str:
    source = _str(record.get("source"))
    return Path(source).name if source else f"Article {n}"


def _lede(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    return first if len(first) <= 200 else first[:199] + "…"


def _counts(record: Mapping[str, Any]) -> dict[str, int]:
    return {
        "person": len(_items(record, "people")),
        "country": len(_items(record, "countries")),
        "money": len(_items(record, "money")),
        "date": len(_items(record, "dates")),
    }


def _section(record: Mapping[str, Any], text: str, n: int) -> str:
    sid = f"art-{n}"
    esc = html.escape
    highlights, notes = collect_highlights(record, text, sid)
    linked = {h.ref for h in highlights}
    counts = _counts(record)
    meta = [
        ("Source", _str(record.get("source")) or "—"),
        ("Date de référence", _str(record.get("reference_date")) or "inconnue"),
        ("Personnes", str(counts["person"])),
        ("Pays", str(counts["country"])),
        ("Montants", str(counts["money"])),
        ("Dates", str(counts["date"])),
    ]
    if record.get("reference_date_source"):
        meta[1] = (meta[1][0], f"{meta[1][1]} ({_str(record.get('reference_date_source'))})")
    meta_html = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in meta)
    parts = [
        f'<section class="article" id="{sid}" aria-labelledby="{sid}-h">',
        f'<h2 id="{sid}-h">{esc(_heading(record, n))}</h2>',
    ]
    lede = _lede(text)
    if lede:
        parts.append(f'<p class="lede">{esc(lede)}</p>')
    parts.append(f'<dl class="meta">{meta_html}</dl>')
    error = record.get("error")
    if isinstance(error, Mapping):
        parts.append(
            f'<p class="error" role="alert">Article non traité : '
            f"{esc(_str(error.get('type')))} : {esc(_str(error.get('message')))}</p>"
        )
    warnings = [_str(w) for w in record.get("warnings") or []] + notes
    if warnings:
        items = "".join(f"<li>{esc(w)}</li>" for w in warnings)
        parts.append(f'<ul class="notes" aria-label="Avertissements">{items}</ul>')
    parts.append('<div class="layout">')
    parts.append(
        f'<article class="text" aria-labelledby="{sid}-th"><h3 id="{sid}-th">Texte</h3>'
        f'<div class="text-body">{render_marked_text(text, highlights)}</div></article>'
    )
    parts.append(f'<aside class="panels" aria-label="Faits extraits : {esc(_heading(record, n))}">')
    panels = (
        ("Personnes", _people_panel(record, sid, linked)),
        ("Pays", _countries_panel(record, sid, linked)),
        ("Montants", _money_panel(record, sid, linked)),
        ("Dates", _dates_panel(record, sid, linked)),
    )
    for k, (name, body) in enumerate(panels):
        parts.append(
            f'<section class="panel" aria-labelledby="{sid}-s{k}">'
            f'<h3 id="{sid}-s{k}">{esc(name)}</h3>{body}</section>'
        )
    parts.append("</aside></div></section>")
    return "".join(parts)


def _index(items: Sequence[tuple[Mapping[str, Any], str]]) -> str:
    rows = []
    for n, (record, _text) in enumerate(items, start=1):
        counts = _counts(record)
        status = " (erreur)" if isinstance(record.get("error"), Mapping) else ""
        rows.append(
            [
                f'<a href="#art-{n}">{html.escape(_heading(record, n))}</a>{html.escape(status)}',
                *(str(counts[k]) for k in FACT_TYPES),
                html.escape(_totals_text(record)),
            ]
        )
    head = [
        ("Article", False),
        ("Personnes", True),
        ("Pays", True),
        ("Montants", True),
        ("Dates", True),
        ("Totaux par devise", False),
    ]
    return (
        '<nav class="index" aria-labelledby="index-h"><h2 id="index-h">Sommaire</h2>'
        f"{_table('Articles du rapport', head, rows)}"
        '<p class="small">Totaux : montants principaux par devise, hors équivalents '
        "(une fourchette compte pour sa borne basse).</p></nav>"
    )


def _css() -> str:
    return (resources.files("c5facts") / "report_assets" / "report.css").read_text(encoding="utf-8")


def render_report(
    items: Sequence[tuple[Mapping[str, Any], str]], *, title: str = "c5facts report"
) -> str:
    """Render records and their article texts as one self-contained HTML page.

    Args:
        items: (record dict in `c5facts/1` JSON form, i.e. `Article.to_dict()`, original
            article text) pairs; offsets in the record index into that text.
        title: page title and top heading.

    Returns:
        A complete HTML document: inline CSS, no script, no external resource. With
        several articles, an index table links to one `<section id="art-N">` per article.
    """
    esc = html.escape
    legend = "".join(
        f'<li><span class="hl hl-{kind}">{esc(TYPE_TITLES[kind])}</span></li>'
        for kind in FACT_TYPES
    )
    count = len(items)
    summary = f"{count} article{'s' if count > 1 else ''}"
    body = [
        '<a class="skip" href="#main">Aller au contenu</a>',
        f'<header class="page-header"><h1>{esc(title)}</h1>',
        f'<p class="summary">{esc(summary)} · survolez un passage surligné pour voir sa '
        "valeur normalisée.</p>",
        f'<ul class="legend" aria-label="Légende">{legend}</ul></header>',
        '<main id="main">',
    ]
    if count > 1:
        body.append(_index(items))
    if not items:
        body.append('<p class="empty">Aucun article.</p>')
    body.extend(_section(record, text, n) for n, (record, text) in enumerate(items, start=1))
    body.append("</main>")
    body.append(f'<footer class="page-footer"><p>Produit par c5facts {esc(__version__)}.</p>')
    body.append("</footer>")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="c5facts {esc(__version__)}">\n'
        f"<title>{esc(title)}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------------------------
# Reading a JSONL file written earlier


def _find_text(source: str, texts_dir: Path) -> Path | None:
    direct = texts_dir / source
    if direct.is_file():
        return direct
    name = Path(source).name
    if not name:
        return None
    by_name = texts_dir / name
    if by_name.is_file():
        return by_name
    # Last resort: a unique file of that name anywhere under the directory.
    matches = sorted(p for p in texts_dir.rglob(name) if p.is_file())
    return matches[0] if len(matches) == 1 else None


def load_jsonl_items(jsonl: Path, texts_dir: Path) -> list[tuple[dict[str, Any], str]]:
    """Records of a JSONL file paired with their article texts, for `report --from`.

    Each record's text is found by its `source`: relative to `texts_dir`, else by its file
    name (directly in `texts_dir`, or a unique match below it). Texts are read by
    `c5facts.batch.load`, as `c5facts extract` read them, so the record's offsets still apply.

    Raises:
        InputError: the JSONL file or the directory is missing, a line is not a JSON object,
            or a record's text cannot be found or read (the error names the source).
    """
    if not jsonl.is_file():
        raise InputError(str(jsonl), "no such file")
    if not texts_dir.is_dir():
        raise InputError(str(texts_dir), "not a directory")
    try:
        lines = jsonl.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(jsonl), f"cannot read: {exc}") from exc
    out: list[tuple[dict[str, Any], str]] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(jsonl), f"line {lineno}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise InputError(str(jsonl), f"line {lineno}: expected a JSON object")
        source = record.get("source")
        if not isinstance(source, str) or not source:
            raise InputError(f"{jsonl}:{lineno}", "record has no source to find its text by")
        path = _find_text(source, texts_dir)
        if path is None:
            raise InputError(source, f"text not found in {texts_dir}")
        # Read exactly as extraction did (same decoding, line ends kept), so offsets match.
        loaded = load(str(path))
        if loaded.text is None:
            reason = loaded.error.message if loaded.error else "unreadable"
            raise InputError(source, f"cannot read its text: {reason}")
        out.append((record, loaded.text))
    return out
