"""The HTML report: hand-built and real records, overlaps, JSONL loading, headless Chromium."""

from __future__ import annotations

import doctest
import html
import importlib
import json
import pkgutil
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from c5facts import report
from c5facts.errors import InputError
from c5facts.extract import Extractor
from c5facts.normalise.timex import date_interval
from c5facts.report import load_jsonl_items, render_report
from c5facts.report.format_fr import flag_emoji, format_amount_fr, format_rate_fr, month_names
from c5facts.report.highlights import Highlight, render_marked_text
from c5facts.report.page import CSS
from c5facts.report.timeline import relative_fr

Record = dict[str, Any]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
REFERENCE = date(2025, 11, 6)

# An invented article; it also carries markup and ampersands that must come out escaped.
TEXT = (
    "Ouzbékistan : Washington promet des milliards\n"
    "Le président ouzbek Chavkat Mirzioïev a signé jeudi à Washington un accord avec "
    "Donald Trump. Les États-Unis investiront près de 35 milliards de dollars "
    "(30,3 milliards d'euros) au cours des trois prochaines années.\n\n"
    "Un second volet de 2 milliards de dollars (1,73 milliard d'euros) suivra en mars 2026, "
    "puis un troisième de 500 millions de dollars (600 millions d'euros). Trump avait reçu "
    "le dirigeant ouzbek en septembre. Note <script>alert('x')</script> & « co »."
)


def at(fragment: str, nth: int = 0, text: str = TEXT) -> list[int]:
    """[start, end] of the nth occurrence of `fragment` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return [start, start + len(fragment)]


def money(
    fragment: str, amount: int, eq_amount: int, qualifier: str | None = None
) -> dict[str, Any]:
    """A USD money record with its EUR equivalent, located in TEXT."""
    start, end = at(fragment)
    return {
        "text": fragment,
        "start": start,
        "end": end,
        "amount": amount,
        "currency": "USD",
        "qualifier": qualifier,
        "amount_max": None,
        "equivalent": {"amount": eq_amount, "currency": "EUR", "qualifier": None, "text": ""},
        "currency_assumed": False,
        "sentence": "",
        "rule": "hand",
    }


def date_fact(fragment: str, value: str, grain: str, kind: str = "date") -> Record:
    """A date record located in TEXT."""
    start, end = at(fragment)
    return {
        "text": fragment,
        "start": start,
        "end": end,
        "value": value,
        "grain": grain,
        "kind": kind,
        "offset": None,
        "sentence": "",
        "rule": "hand",
    }


# The person span includes the title, so the demonym "ouzbek" (a country) nests inside it.
RECORD: dict[str, Any] = {
    "schema": "c5facts/1",
    "source": "samples/ouzbekistan.txt",
    "reference_date": REFERENCE.isoformat(),
    "reference_date_source": "given",
    "pipeline": {},
    "people": [
        {
            "name": "Chavkat Mirzioïev",
            "mentions": 1,
            "aliases": [],
            "roles": ["président"],
            "country": "UZ",
            "spans": [at("président ouzbek Chavkat Mirzioïev")],
        },
        {
            "name": "Donald Trump",
            "mentions": 2,
            "aliases": ["Trump"],
            "roles": [],
            "country": "US",
            "spans": [at("Donald Trump"), at("Trump", 1)],
        },
    ],
    "countries": [
        {
            "code": "UZ",
            "code3": "UZB",
            "name": "Ouzbékistan",
            "mentions": 3,
            "forms": ["Ouzbékistan", "ouzbek"],
            "via": {"Ouzbékistan": "name", "ouzbek": "demonym"},
            "spans": [at("Ouzbékistan"), at("ouzbek"), at("ouzbek", 1)],
        },
        {
            "code": "US",
            "code3": "USA",
            "name": "États-Unis",
            "mentions": 3,
            "forms": ["Washington", "États-Unis"],
            "via": {"Washington": "capital", "États-Unis": "name"},
            "spans": [at("Washington"), at("Washington", 1), at("États-Unis")],
        },
    ],
    "money": [
        money(
            "près de 35 milliards de dollars (30,3 milliards d'euros)",
            35_000_000_000,
            30_300_000_000,
            "approx",
        ),
        money("2 milliards de dollars (1,73 milliard d'euros)", 2_000_000_000, 1_730_000_000),
        # 1,2 EUR per USD: far from the 0,866 of the two other pairs.
        money("500 millions de dollars (600 millions d'euros)", 500_000_000, 600_000_000),
    ],
    "dates": [
        date_fact("jeudi", "2025-11-06", "day"),
        date_fact("au cours des trois prochaines années", "P3Y", "duration", "duration"),
        date_fact("mars 2026", "2026-03", "month"),
        date_fact("septembre", "2025-09", "month"),
    ],
    "warnings": [],
}

# (type, fragment, nth occurrence, data-value) of every highlight RECORD must produce.
# fmt: off
EXPECTED = [
    ("person", "président ouzbek Chavkat Mirzioïev", 0, "Chavkat Mirzioïev"),
    ("person", "Donald Trump", 0, "Donald Trump"),
    ("person", "Trump", 1, "Donald Trump"),
    ("country", "Ouzbékistan", 0, "UZ"),
    ("country", "ouzbek", 0, "UZ"),
    ("country", "ouzbek", 1, "UZ"),
    ("country", "Washington", 0, "US"),
    ("country", "Washington", 1, "US"),
    ("country", "États-Unis", 0, "US"),
    ("money", "près de 35 milliards de dollars (30,3 milliards d'euros)", 0, "35000000000 USD"),
    ("money", "2 milliards de dollars (1,73 milliard d'euros)", 0, "2000000000 USD"),
    ("money", "500 millions de dollars (600 millions d'euros)", 0, "500000000 USD"),
    ("date", "jeudi", 0, "2025-11-06"),
    ("date", "au cours des trois prochaines années", 0, "P3Y"),
    ("date", "mars 2026", 0, "2026-03"),
    ("date", "septembre", 0, "2025-09"),
]
# fmt: on


# ---------------------------------------------------------------------------------------------
# Reading the HTML back (our output, or the DOM Chromium dumps)

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


@dataclass
class Mark:
    """One highlighted mention as found in the HTML, all its pieces joined."""

    type: str
    value: str
    title: str
    start: int
    end: int
    text: str = ""
    pieces: int = 0


class ReportReader(HTMLParser):
    """Collects marks (text without screen-reader extras), article bodies, ids and links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: dict[str, Mark] = {}
        self.bodies: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        # (tag, mark ref, visually hidden, article body) per open element
        self.stack: list[tuple[str, str | None, bool, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag in VOID:
            return
        ref = a.get("data-ref") if tag == "mark" else None
        if ref:
            mark = self.marks.setdefault(
                ref,
                Mark(
                    a["data-type"],
                    a["data-value"],
                    a["title"],
                    int(a["data-start"]),
                    int(a["data-end"]),
                ),
            )
            mark.pieces += 1
        classes = a.get("class", "").split()
        if "text-body" in classes:
            self.bodies.append("")
        self.stack.append((tag, ref, "vh" in classes, "text-body" in classes))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if any(hidden for _, _, hidden, _ in self.stack):
            return
        for _, ref, _, _ in self.stack:
            if ref:
                self.marks[ref].text += data
        if any(body for _, _, _, body in self.stack):
            self.bodies[-1] += data


def read_report(page: str) -> ReportReader:
    """Parse a report page."""
    reader = ReportReader()
    reader.feed(page)
    reader.close()
    return reader


def expected_marks(record: Mapping[str, Any], text: str) -> list[tuple[str, int, int, str, str]]:
    """(type, start, end, data-value, text) of every mention in a record, computed independently."""
    out = []
    for person in record["people"]:
        out += [("person", s, e, person["name"], text[s:e]) for s, e in person["spans"]]
    for country in record["countries"]:
        out += [("country", s, e, country["code"], text[s:e]) for s, e in country["spans"]]
    for m in record["money"]:
        amount = f"{Decimal(str(m['amount'])).normalize():f}"
        if m["amount_max"] is not None:
            amount += f"/{Decimal(str(m['amount_max'])).normalize():f}"
        out.append(("money", m["start"], m["end"], f"{amount} {m['currency']}", m["text"]))
    for d in record["dates"]:
        out.append(("date", d["start"], d["end"], d["value"] or d["offset"] or "", d["text"]))
    for org in record.get("organisations", []):
        out += [("organisation", s, e, org["name"], text[s:e]) for s, e in org["spans"]]
    for q in record.get("quotes", []):
        out.append(("quote", q["start"], q["end"], q["speaker"] or "", q["text"]))
    return sorted(out)


def found_marks(reader: ReportReader, section: str | None = None) -> list[tuple[Any, ...]]:
    """What the page shows, in the form of `expected_marks` (optionally one section only)."""
    return sorted(
        (m.type, m.start, m.end, m.value, m.text)
        for ref, m in reader.marks.items()
        if section is None or ref.startswith(f"{section}-")
    )


# ---------------------------------------------------------------------------------------------
# Rendering hand-built records


def test_module_doctests() -> None:
    # Run the examples of every module of the report package, wherever pytest collects.
    attempted = 0
    for info in pkgutil.iter_modules(report.__path__, f"{report.__name__}."):
        result = doctest.testmod(importlib.import_module(info.name))
        assert result.failed == 0, info.name
        attempted += result.attempted
    assert attempted > 10


def test_expected_table_matches_record() -> None:
    expected = sorted(
        ("person" if t == "person" else t, *at(frag, nth), value, frag)
        for t, frag, nth, value in EXPECTED
    )
    assert expected_marks(RECORD, TEXT) == expected


def test_every_highlight_present_with_its_value() -> None:
    reader = read_report(render_report([(RECORD, TEXT)]))
    assert found_marks(reader) == expected_marks(RECORD, TEXT)
    assert len(reader.marks) == len(EXPECTED)


def assert_hover_titles(reader: ReportReader) -> None:
    """Every mark's title names its type and shows its normalised value."""
    nbsp = "\u00a0"
    for m in reader.marks.values():
        prefix = {"person": "Personne : ", "country": "Pays : ", "money": "Montant : "}
        assert m.title.startswith(prefix.get(m.type, "Date : ")), m
        if m.type == "money":
            # "35000000000 USD" is shown as "35 000 000 000 USD".
            amount, currency = m.value.split()
            grouped = f"{int(amount):,}".replace(",", nbsp)
            assert f"{grouped} {currency}" in m.title, m
        else:
            assert m.value in m.title, m


def test_every_highlight_has_a_hover_title_with_its_value() -> None:
    assert_hover_titles(read_report(render_report([(RECORD, TEXT)])))


def test_renderer_stays_out_of_the_extraction_path() -> None:
    # Importing the renderer loads no spaCy, and only the CLI imports the renderer.
    code = "import sys, c5facts.report; print(sorted(m for m in sys.modules if 'spacy' in m))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
    package = Path(report.__file__).parent.parent
    importers = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if re.search(r"c5facts\.report\b|from c5facts import .*\breport\b", path.read_text("utf-8"))
        and not path.is_relative_to(package / "report")
    }
    assert importers <= {"cli.py", "commands/report_run.py"}  # the CLI and its `report` body


def test_article_text_is_kept_exactly() -> None:
    reader = read_report(render_report([(RECORD, TEXT)]))
    assert reader.bodies == [TEXT]


def test_everything_is_escaped_and_self_contained() -> None:
    page = render_report([(RECORD, TEXT)], title="Rapport <test> & co")
    assert "<script" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; « co »" in page
    assert "<title>Rapport &lt;test&gt; &amp; co</title>" in page
    reader = read_report(page)
    assert not {"link", "img", "iframe", "script", "object"} & set(reader.tags)
    assert all(href.startswith("#") for href in reader.hrefs)
    assert "http://" not in page
    assert "https://" not in page
    assert page.startswith('<!DOCTYPE html>\n<html lang="fr">')


def test_links_point_to_existing_ids() -> None:
    reader = read_report(render_report([(RECORD, TEXT), (RECORD, TEXT)]))
    assert len(reader.ids) == len(set(reader.ids)), "duplicate ids"
    assert {h[1:] for h in reader.hrefs} <= set(reader.ids)


def test_hover_titles_give_normalised_values() -> None:
    reader = read_report(render_report([(RECORD, TEXT)]))
    titles = {m.text: m.title for m in reader.marks.values()}
    nbsp = "\u00a0"
    assert titles["près de 35 milliards de dollars (30,3 milliards d'euros)"] == (
        f"Montant : environ 35{nbsp}000{nbsp}000{nbsp}000 USD"
        f" · équivalent 30{nbsp}300{nbsp}000{nbsp}000 EUR"
    )
    assert titles["jeudi"] == "Date : 2025-11-06 (jour)"
    assert titles["Washington"] == "Pays : États-Unis (US, USA) · par capitale"
    assert titles["président ouzbek Chavkat Mirzioïev"] == (
        "Personne : Chavkat Mirzioïev · président · pays UZ"
    )


def test_screen_readers_get_the_value() -> None:
    page = render_report([(RECORD, TEXT)])
    assert '<span class="vh"> (pays : États-Unis)</span>' in page
    assert '<span class="vh"> (date : 6 novembre 2025)</span>' in page


def test_demonym_nests_inside_person_title() -> None:
    page = render_report([(RECORD, TEXT)])
    person = page.index('data-value="Chavkat Mirzioïev"')
    inner = page.index('data-type="country" data-value="UZ"', person)
    closing = page.index("</mark>", person)
    assert inner < closing, "the demonym mark opens inside the person mark"


def test_money_panel_rates_and_outlier() -> None:
    page = render_report([(RECORD, TEXT)])
    assert "environ 35 milliards USD" in page
    assert "30,3 milliards EUR" in page
    assert "1,73 milliard EUR" in page
    assert "0,866 EUR par USD" in page
    assert "0,865 EUR par USD" in page
    assert "1,2 EUR par USD" in page
    # Only the odd pair is flagged.
    assert page.count('class="outlier"') == 1
    assert "écart de +39\u00a0% avec le taux médian de l'article" in page


def test_money_panel_shows_the_reference_rate() -> None:
    record = json.loads(json.dumps(RECORD))
    record["money"][0]["equivalent"]["reference_rate"] = 0.868191
    page = render_report([(record, TEXT)])
    assert "0,866 EUR par USD (BCE : 0,868)" in page
    assert "Taux implicite (référence BCE)" in page


def test_people_and_countries_panels() -> None:
    page = render_report([(RECORD, TEXT)])
    assert '<a href="#art-1-p0">Chavkat Mirzioïev</a>' in page
    assert "aussi : Trump" in page
    assert "\U0001f1fa\U0001f1ff" in page  # 🇺🇿
    assert '<a href="#art-1-c3">États-Unis</a>' in page  # first US mention after 3 UZ ones


def test_dates_timeline() -> None:
    page = render_report([(RECORD, TEXT)])
    assert "6 novembre 2025" in page
    assert "(2025-11-06 — jour de référence)" in page
    assert "(2025-09 — il y a 37 jours)" in page
    assert "(2026-03 — dans 4 mois)" in page
    assert "Durées et dates non placées" in page
    # Chronological order on the timeline.
    timeline = page[page.index('<ol class="timeline">') :]
    assert timeline.index("septembre 2025") < timeline.index("6 novembre 2025")
    assert timeline.index("6 novembre 2025") < timeline.index("mars 2026")


def test_index_for_several_articles() -> None:
    other = dict(RECORD, source="autre.txt", money=[], error={"type": "X", "message": "m"})
    page = render_report([(RECORD, TEXT), (other, TEXT)])
    reader = read_report(page)
    assert {"art-1", "art-2", "index-h"} <= set(reader.ids)
    assert '<a href="#art-1">ouzbekistan.txt</a>' in page
    assert '<a href="#art-2">autre.txt</a> (erreur)' in page
    # no sum of unrelated amounts (the two USD amounts of art-1 made "37,5 milliards USD")
    assert "37,5 milliards" not in page
    assert "Totaux" not in page
    assert "Article non traité : m" in page
    assert found_marks(reader, "art-2") == [
        m for m in expected_marks(RECORD, TEXT) if m[0] != "money"
    ]


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two colours."""
    hi, lo = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# (foreground, background, minimum ratio): WCAG AA is 4.5 for text, 3 for graphics.
# fmt: off
CONTRASTS = [
    ("ink", "paper", 4.5), ("ink", "panel", 4.5), ("muted", "paper", 4.5),
    ("muted", "panel", 4.5), ("link", "paper", 4.5), ("link", "panel", 4.5),
    ("link", "warn-bg", 4.5), ("warn-ink", "warn-bg", 4.5), ("ink", "warn-bg", 4.5),
    ("ink", "person-bg", 4.5), ("ink", "country-bg", 4.5), ("ink", "money-bg", 4.5),
    ("ink", "date-bg", 4.5), ("person-line", "person-bg", 3), ("country-line", "country-bg", 3),
    ("money-line", "money-bg", 3), ("date-line", "date-bg", 3), ("date-line", "track", 3),
    ("ink", "track", 3), ("ink", "organisation-bg", 4.5), ("ink", "quote-bg", 4.5),
    ("organisation-line", "organisation-bg", 3), ("quote-line", "quote-bg", 3),
]
# fmt: on


@pytest.mark.parametrize(
    ("fg", "bg", "minimum"), CONTRASTS, ids=[f"{f}/{b}" for f, b, _ in CONTRASTS]
)
def test_colour_contrast(fg: str, bg: str, minimum: float) -> None:
    css = CSS.read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6});", css))
    assert contrast(colours[fg], colours[bg]) >= minimum


def test_single_article_has_no_index() -> None:
    assert 'id="index-h"' not in render_report([(RECORD, TEXT)])


def test_empty_and_minimal_records() -> None:
    page = render_report([({"source": None}, "")])
    assert "Aucune personne détectée." in page
    assert "Article 1" in page
    assert "Aucun article." in render_report([])


def test_bad_offsets_become_notes() -> None:
    bad = dict(RECORD, dates=[dict(RECORD["dates"][0], start=5000, end=5005)])
    bad["money"] = [dict(RECORD["money"][0], text="autre chose")]
    page = render_report([(bad, TEXT)])
    assert "Mention (date) « 6 novembre 2025 » ignorée : positions 5000–5005 hors du texte." in page
    assert "Montant « autre chose » : le texte aux positions" in page
    assert read_report(page).bodies == [TEXT]


# ---------------------------------------------------------------------------------------------
# Overlaps

ABC = "abcdefghijklmnopqrstuvwxyz"


def hl(kind: str, start: int, end: int, ref: str) -> Highlight:
    """A test highlight."""
    return Highlight(start, end, kind, ref, ref, ref, ref)


# fmt: off
OVERLAPS = {
    "nested": [hl("person", 0, 10, "a"), hl("country", 2, 5, "b")],
    "crossing": [hl("money", 0, 10, "a"), hl("date", 5, 15, "b")],
    "same span, two types": [hl("person", 3, 8, "a"), hl("country", 3, 8, "b")],
    "same end": [hl("person", 0, 8, "a"), hl("country", 4, 8, "b")],
    "adjacent": [hl("date", 0, 4, "a"), hl("date", 4, 9, "b")],
    "chain of crossings": [hl("money", 0, 6, "a"), hl("date", 3, 10, "b"),
                           hl("person", 8, 14, "c"), hl("country", 1, 12, "d")],
}
# fmt: on


@pytest.mark.parametrize("highlights", OVERLAPS.values(), ids=OVERLAPS.keys())
def test_overlaps_keep_text_and_every_mention(highlights: list[Highlight]) -> None:
    body = render_marked_text(ABC, highlights)
    reader = read_report(f'<div class="text-body">{body}</div>')
    assert reader.bodies == [ABC]
    assert {ref: m.text for ref, m in reader.marks.items()} == {
        h.ref: ABC[h.start : h.end] for h in highlights
    }
    # Deterministic, and well nested: every open mark is closed.
    assert render_marked_text(ABC, reversed(highlights)) == body
    assert body.count("<mark ") == body.count("</mark>")


def test_crossing_mention_is_split_into_pieces() -> None:
    body = render_marked_text(ABC, OVERLAPS["crossing"])
    marks = read_report(body).marks
    assert (marks["a"].pieces, marks["b"].pieces) == (1, 2)
    assert body.count('id="b"') == 1
    assert 'data-part="cont"' in body


# ---------------------------------------------------------------------------------------------
# Formatting helpers

# fmt: off
AMOUNTS = [
    ("30300000000", "30,3 milliards"),
    ("1100000000", "1,1 milliard"),
    ("2000000000", "2 milliards"),
    ("952000000", "952 millions"),
    ("1000000", "1 million"),
    ("1200000000000", "1,2 billion"),
    ("40000", "40\u00a0000"),
    ("20.42", "20,42"),
]
RATES = [
    ("0.865714", "0,866"),
    ("1.2", "1,2"),
    ("149.52", "149,5"),
    ("0.0066812", "0,00668"),
]
INTERVALS = [
    ("2025-11-06", (date(2025, 11, 6), date(2025, 11, 6))),
    ("2020-06-02T21:55", (date(2020, 6, 2), date(2020, 6, 2))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024-W29", (date(2024, 7, 15), date(2024, 7, 21))),
    ("2024-Q4", (date(2024, 10, 1), date(2024, 12, 31))),
    ("2024-H1", (date(2024, 1, 1), date(2024, 6, 30))),
    ("2024-WI", (date(2024, 12, 1), date(2025, 2, 28))),
    ("2019", (date(2019, 1, 1), date(2019, 12, 31))),
    ("201", (date(2010, 1, 1), date(2019, 12, 31))),
    ("2024-03/2024-05", (date(2024, 3, 1), date(2024, 5, 31))),
    ("P3Y", None),
    ("2024-13", None),
    ("", None),
]
# fmt: on


@pytest.mark.parametrize(("value", "expected"), AMOUNTS, ids=[a for a, _ in AMOUNTS])
def test_format_amount_fr(value: str, expected: str) -> None:
    assert format_amount_fr(Decimal(value)) == expected


@pytest.mark.parametrize(("value", "expected"), RATES, ids=[r for r, _ in RATES])
def test_format_rate_fr(value: str, expected: str) -> None:
    assert format_rate_fr(Decimal(value)) == expected


@pytest.mark.parametrize(("value", "expected"), INTERVALS, ids=[v or "empty" for v, _ in INTERVALS])
def test_date_interval(value: str, expected: tuple[date, date] | None) -> None:
    assert date_interval(value) == expected


def test_relative_and_flags() -> None:
    day = (date(2023, 1, 1), date(2023, 1, 1))
    assert relative_fr(day, REFERENCE) == "il y a 3 ans"
    assert flag_emoji("us") == "\U0001f1fa\U0001f1f8"
    assert flag_emoji(None) == ""


def test_month_names_come_from_the_date_vocabulary() -> None:
    # The name of each month is the first form of its value in the vocabulary's month class.
    assert month_names() == (
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


def test_report_package_shape() -> None:
    # One job per module, each short; the style sheet is package data; no import from the
    # package __init__ (the version comes from the c5facts.about leaf module).
    package = Path(report.__file__).parent
    for path in package.glob("*.py"):
        source = path.read_text("utf-8")
        assert len(source.splitlines()) <= 400, path.name
        assert not re.search(r"^from c5facts import", source, re.MULTILINE), path.name
    assert CSS.is_file()
    assert (package / "assets" / "report.css").is_file()


# ---------------------------------------------------------------------------------------------
# Loading a JSONL file written earlier


def write_jsonl(path: Path, records: Sequence[Mapping[str, Any]]) -> Path:
    """Write records one per line, as `c5facts extract --format jsonl` does."""
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def test_load_jsonl_finds_texts_by_path_and_by_name(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    (texts / "sub").mkdir(parents=True)
    (texts / "sub" / "a.txt").write_text("texte A", encoding="utf-8")
    (texts / "b.txt").write_text("\ufefftexte B", encoding="utf-8")
    (texts / "deep" / "er").mkdir(parents=True)
    (texts / "deep" / "er" / "c.txt").write_text("texte C", encoding="utf-8")
    jsonl = write_jsonl(
        tmp_path / "facts.jsonl",
        [{"source": "sub/a.txt"}, {"source": "/elsewhere/b.txt"}, {"source": "x/c.txt"}],
    )
    items = load_jsonl_items(jsonl, texts)
    assert [(r["source"], t) for r, t in items] == [
        ("sub/a.txt", "texte A"),
        ("/elsewhere/b.txt", "texte B"),
        ("x/c.txt", "texte C"),
    ]


def test_load_jsonl_reads_texts_as_extraction_does(tmp_path: Path) -> None:
    # Line ends are kept (offsets count the "\r") and legacy encodings are decoded.
    (tmp_path / "crlf.txt").write_bytes(b"Titre\r\nLe 3 mars.\r\n")
    (tmp_path / "legacy.txt").write_bytes("Ça coûte 3 € à Paris.".encode("cp1252"))
    jsonl = write_jsonl(tmp_path / "f.jsonl", [{"source": "crlf.txt"}, {"source": "legacy.txt"}])
    texts = [t for _, t in load_jsonl_items(jsonl, tmp_path)]
    assert texts == ["Titre\r\nLe 3 mars.\r\n", "Ça coûte 3 € à Paris."]


def test_load_jsonl_names_the_missing_text(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "facts.jsonl", [{"source": "absent/missing.txt"}])
    with pytest.raises(InputError) as info:
        load_jsonl_items(jsonl, tmp_path)
    assert info.value.source == "absent/missing.txt"
    assert "text not found" in info.value.reason


@pytest.mark.parametrize(
    ("content", "reason"),
    [("{not json\n", "line 1: not JSON"), ("\n[1, 2]\n", "line 2: expected a JSON object")],
    ids=["bad-json", "not-an-object"],
)
def test_load_jsonl_rejects_bad_lines(tmp_path: Path, content: str, reason: str) -> None:
    jsonl = tmp_path / "facts.jsonl"
    jsonl.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        load_jsonl_items(jsonl, tmp_path)


def test_load_jsonl_missing_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_jsonl_items(tmp_path / "none.jsonl", tmp_path)
    jsonl = write_jsonl(tmp_path / "facts.jsonl", [])
    with pytest.raises(InputError, match="not a directory"):
        load_jsonl_items(jsonl, tmp_path / "nodir")


def test_report_from_jsonl_equals_direct_report(tmp_path: Path) -> None:
    (tmp_path / "ouzbekistan.txt").write_text(TEXT, encoding="utf-8")
    jsonl = write_jsonl(tmp_path / "facts.jsonl", [RECORD])
    assert render_report(load_jsonl_items(jsonl, tmp_path)) == render_report([(RECORD, TEXT)])


# ---------------------------------------------------------------------------------------------
# Records from the real pipeline (whatever the extractors find today, all of it is shown)

ARTICLES = {
    "kazakhstan.txt": (
        "Astana signe avec Paris un contrat de 1,2 milliard d'euros\n"
        "Le président kazakh Kassym-Jomart Tokaïev a reçu mardi Emmanuel Macron à Astana. "
        "La France apportera environ 1,2 milliard d'euros (1,4 milliard de dollars) d'ici "
        "2027, selon l'Élysée. Le ministre de l'Économie avait évoqué en mars un montant de "
        "900 millions d'euros."
    ),
    "japon.txt": (
        "Tokyo et Washington concluent un accord commercial\n"
        "Le Premier ministre japonais a rencontré le 3 novembre 2025 Donald Trump. Le Japon "
        "investira 550 milliards de dollars aux États-Unis au cours des trois prochaines "
        "années, contre 80 milliards de yens l'an dernier."
    ),
}


@pytest.fixture(scope="module")
def pipeline_items(extractor: Extractor) -> list[tuple[dict[str, Any], str]]:
    """Records of ARTICLES from the real pipeline, in JSON form, with their texts."""
    return [
        (extractor.extract(text, reference_date=REFERENCE, source=name).to_dict(), text)
        for name, text in ARTICLES.items()
    ]


def test_pipeline_records_are_fully_highlighted(
    pipeline_items: list[tuple[dict[str, Any], str]],
) -> None:
    reader = read_report(render_report(pipeline_items))
    assert reader.bodies == [text for _, text in pipeline_items]
    for n, (record, text) in enumerate(pipeline_items, start=1):
        assert found_marks(reader, f"art-{n}") == expected_marks(record, text)


def test_pipeline_records_round_trip_through_jsonl(
    pipeline_items: list[tuple[dict[str, Any], str]], tmp_path: Path
) -> None:
    for record, text in pipeline_items:
        (tmp_path / record["source"]).write_text(text, encoding="utf-8")
    jsonl = write_jsonl(tmp_path / "facts.jsonl", [r for r, _ in pipeline_items])
    loaded = load_jsonl_items(jsonl, tmp_path)
    assert render_report(loaded) == render_report(pipeline_items)


# ---------------------------------------------------------------------------------------------
# Headless Chromium: the browser's DOM has every highlight, and the page fits a phone

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def chromium_binary() -> str | None:
    """Debian's chromium, or one on PATH."""
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


def run_chromium(binary: str, profile: Path, *args: str) -> str:
    """Run headless Chromium once with a throwaway profile; its stdout."""
    done = subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def chromium() -> str:
    """Path of the chromium binary; skips with instructions when it is absent."""
    binary = chromium_binary()
    if binary is None:
        pytest.skip(
            "chromium not installed (needed for the browser test of the HTML report): "
            "apt-get update && apt-get install -y chromium"
        )
    return binary


@pytest.mark.slow
def test_report_in_headless_chromium(
    chromium: str, pipeline_items: list[tuple[dict[str, Any], str]], tmp_path: Path
) -> None:
    items = [(RECORD, TEXT), *pipeline_items]
    page = tmp_path / "report.html"
    page.write_text(render_report(items, title="c5facts : rapport de test"), encoding="utf-8")

    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    reader = read_report(dom)
    assert reader.bodies == [text for _, text in items]
    for n, (record, text) in enumerate(items, start=1):
        assert found_marks(reader, f"art-{n}") == expected_marks(record, text)
    assert_hover_titles(reader)
    assert found_marks(reader, "art-1") == sorted(
        (t, *at(frag, nth), value, frag) for t, frag, nth, value in EXPECTED
    )

    ARTIFACTS.mkdir(exist_ok=True)
    for name, size in (("report.png", "390,2000"), ("report-wide.png", "1280,1600")):
        shot = ARTIFACTS / name
        shot.unlink(missing_ok=True)
        run_chromium(
            chromium,
            tmp_path / "profile",
            f"--screenshot={shot}",
            f"--window-size={size}",
            page.as_uri(),
        )
        assert shot.stat().st_size > 10_000

    # Headless --dump-dom lays out at least 500 px wide, so measure the page in a 360 px frame.
    harness = tmp_path / "phone.html"
    harness.write_text(
        "<!DOCTYPE html><html><body>"
        f'<iframe id="f" style="width:360px;height:900px;border:0" '
        f'srcdoc="{html.escape(page.read_text(encoding="utf-8"))}"></iframe>'
        "<script>addEventListener('load', () => { const d = "
        "document.getElementById('f').contentDocument.documentElement; "
        "document.body.dataset.width = d.clientWidth + ' ' + d.scrollWidth; });</script>"
        "</body></html>",
        encoding="utf-8",
    )
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", harness.as_uri())
    width = dom.split('data-width="', 1)[1].split('"', 1)[0]
    client, scroll = (int(x) for x in width.split())
    assert client == 360
    assert scroll <= client, "the report overflows a phone-width screen"


# --- issue 16: French messages, no totals, failed inputs, hover hint, same dates as extract


def test_warnings_and_errors_are_in_french() -> None:
    record = dict(
        RECORD,
        warnings=[
            "money: bare 'dollars' read as CAD, not USD (article-country:CA)",
            "money: '3 milliars d'euros': 'milliars' read as 'milliards'",
            "a message of a family the report does not know yet",
        ],
    )
    page = render_report([(record, TEXT)])
    assert (
        html.escape("« dollars » sans précision lu comme CAD et non USD (pays de l'article : CA).")
        in page
    )
    assert "« milliars » lu comme « milliards »" in page
    # an unknown family is shown, labelled, never dropped
    assert (
        'Avertissement (non traduit) : <span lang="en">a message of a family the report '
        "does not know yet</span>"
    ) in page
    assert "read as" not in page


def test_failed_inputs_are_listed_with_their_reason() -> None:
    failures = [
        ("absent.txt", "absent.txt: no such file"),
        ("https://example.org/a", "https://example.org/a: HTTP 404 Not Found"),
        ("x.bin", "x.bin: binary file, not text"),
    ]
    page = render_report([(RECORD, TEXT)], failures=failures)
    reader = read_report(page)
    assert "failures-h" in reader.ids
    assert "Entrées non traitées (3)" in page
    for source, reason in (
        ("absent.txt", "fichier introuvable"),
        ("https://example.org/a", "erreur HTTP 404"),
        ("x.bin", "fichier binaire, pas du texte"),
    ):
        assert re.search(rf">{re.escape(source)}<.*?>{re.escape(reason)}<", page, re.S), source


def test_hover_hint_only_where_hover_exists() -> None:
    page = render_report([(RECORD, TEXT)])
    assert '<span class="hover-hint"> · survolez' in page
    css = CSS.read_text(encoding="utf-8")
    assert re.search(r"\.hover-hint\s*\{\s*display:\s*none;", css)
    assert re.search(r"@media \(hover: hover\)\s*\{\s*\.hover-hint\s*\{\s*display:\s*inline", css)


def test_report_cli_uses_the_page_date_and_lists_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extractor: Extractor
) -> None:
    from typer.testing import CliRunner

    from c5facts import cli

    monkeypatch.setattr(cli, "_load_extractor", lambda model, dollar=None: extractor)
    page_html = tmp_path / "page.html"
    page_html.write_text(
        '<html lang="fr"><head><meta property="article:published_time" '
        'content="2024-03-05T08:00:00+01:00"></head><body><article><p>Le gouvernement a '
        "annoncé hier une aide de 3 millions d'euros pour les agriculteurs de la région, "
        "qui attendaient ce soutien depuis le début de la crise.</p></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    runner = CliRunner()
    result = runner.invoke(
        cli.app, ["report", str(page_html), str(tmp_path / "absent.txt"), "-o", str(out)]
    )
    assert result.exit_code == 1
    page = out.read_text(encoding="utf-8")
    extracted = runner.invoke(cli.app, ["extract", str(page_html), "-q"])
    record = json.loads(extracted.stdout)
    assert record["reference_date"] == "2024-03-05"
    assert "2024-03-05 (métadonnées de la page)" in page
    assert "4 mars 2024" in page  # "hier", resolved against the page's date
    assert "fichier introuvable" in page
    assert "absent.txt" in page


# ---------------------------------------------------------------------------------------------
# Relations: organisations, quotes by speaker, deals

# Written for these tests: an organisation with its country, a deal with both parties, an
# equivalent and a month, and two quotes of one speaker (by name, then by pronoun).
TEXT_REL = (
    "En mars 2025, le groupe américain Norvane Capital a versé 1,2 milliard d'euros "
    "(1,3 milliard de dollars) à la société Belmont Énergie pour une participation de 40 % "
    "dans un projet commun. « Nous croyons fermement à la transition énergétique en Europe », "
    "a déclaré Julie Mercadier, directrice générale de Norvane Capital. « C'est une étape "
    "décisive pour nous », a-t-elle ajouté.\n"
)


class TableReader(HTMLParser):
    """Cell texts of every table by caption; `<br>` read as " | ", hidden flags skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.meta: dict[str, str] = {}
        self.caption: str | None = None
        self.rows: list[list[str]] = []
        self.where = ""  # "caption", "cell", "dt", "dd" or ""
        self.hidden = 0
        self.dt = ""
        self.body = False  # inside a tbody

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.hidden or a.get("aria-hidden") == "true":
            self.hidden += tag not in VOID
            return
        if tag == "caption":
            self.where, self.caption = "caption", ""
        elif tag == "tbody":
            self.rows, self.body = [], True
        elif tag == "tr" and self.body:
            self.rows.append([])
        elif tag in ("td", "th") and self.body:
            self.rows[-1].append("")
            self.where = "cell"
        elif tag == "br" and self.where == "cell":
            self.rows[-1][-1] += " | "
        elif tag in ("dt", "dd"):
            self.where = tag
            if tag == "dt":
                self.dt = ""

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            self.hidden -= 1
            return
        if tag == "caption":
            self.where = ""
        elif tag == "tbody":
            self.body = False
        elif tag == "table" and self.caption is not None:
            self.tables[self.caption] = self.rows
            self.caption = None
        elif tag in ("td", "th", "dt", "dd"):
            self.where = ""

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.where == "caption" and self.caption is not None:
            self.caption += data
        elif self.where == "cell":
            self.rows[-1][-1] += data
        elif self.where == "dt":
            self.dt += data
        elif self.where == "dd":
            self.meta[self.dt] = self.meta.get(self.dt, "") + data


def read_tables(page: str) -> TableReader:
    """Parse a report page's tables and metadata."""
    reader = TableReader()
    reader.feed(page)
    reader.close()
    return reader


@pytest.fixture(scope="module")
def relations_page(extractor: Extractor) -> TableReader:
    """The report of TEXT_REL as the real pipeline extracts it."""
    record = extractor.extract(TEXT_REL, reference_date=REFERENCE, source="rel.txt").to_dict()
    return read_tables(render_report([(record, TEXT_REL)]))


def test_organisations_panel_of_a_pipeline_record(relations_page: TableReader) -> None:
    assert relations_page.tables["Organisations"] == [
        ["Norvane Capital", "US", "groupe", "2"],
        ["Belmont Énergie", "—", "société", "1"],
    ]
    assert relations_page.meta["Organisations"] == "2"


def test_quotes_by_speaker_of_a_pipeline_record(relations_page: TableReader) -> None:
    assert relations_page.tables["Citations"] == [
        [
            "Julie Mercadier (2 citations)",
            "nom · a déclaré · discours direct",
            "Nous croyons fermement à la transition énergétique en Europe",
        ],
        [
            "Julie Mercadier",
            "pronom · a-t-elle ajouté · discours direct",
            "C'est une étape décisive pour nous",
        ],
    ]
    assert relations_page.meta["Citations"] == "2"


def test_deals_table_of_a_pipeline_record(relations_page: TableReader) -> None:
    assert relations_page.tables["Transactions"] == [
        [
            "Norvane Capital",
            "payer | versé",
            "1,2 milliard EUR",
            "1,3 milliard USD",
            "Belmont Énergie",
            "une participation de 40 % dans un projet commun",
            "mars 2025",
        ]
    ]
    assert relations_page.meta["Transactions"] == "1"


def test_organisations_and_quotes_are_marked_in_the_text(extractor: Extractor) -> None:
    record = extractor.extract(TEXT_REL, reference_date=REFERENCE, source="rel.txt").to_dict()
    page = render_report([(record, TEXT_REL)])
    reader = read_report(page)
    assert reader.bodies == [TEXT_REL]
    assert found_marks(reader) == expected_marks(record, TEXT_REL)
    marks = {(m.type, m.text): m for m in reader.marks.values()}
    second = marks["quote", "C'est une étape décisive pour nous"]
    assert second.title == "Citation : Julie Mercadier (par pronom, a-t-elle ajouté)"
    assert second.value == "Julie Mercadier"
    assert (
        marks["organisation", "Norvane Capital"].title == "Organisation : Norvane Capital · pays US"
    )
    # the panels link to the first mention of each organisation and to each quote
    assert '<a href="#art-1-o0">Norvane Capital</a>' in page
    assert '<a href="#art-1-o2">Belmont Énergie</a>' in page
    assert '<q><a href="#art-1-q1">C&#x27;est une étape décisive pour nous</a></q>' in page
    assert {h[1:] for h in reader.hrefs} <= set(reader.ids)


def test_relation_panels_escape_and_group_and_tolerate_old_records() -> None:
    record = {
        "source": "x.txt",
        "organisations": [
            {"name": "A&B <Holding>", "aliases": ["AB"], "country": "FR", "mentions": 3},
            "junk",
        ],
        "quotes": [
            {"text": "sans <b>auteur</b> connu ici", "speaker": None},
            {"text": "première de X", "speaker": "X <y>", "speaker_via": "selon"},
            {"text": "seconde de X", "speaker": "X <y>", "kind": "indirect"},
        ],
        "deals": [
            {
                "amount": 5e6,
                "currency": "EUR",
                "action": "financer",
                "payer": {"name": "France", "type": "country", "code": "FR"},
                "recipient": None,
                "object": "un <pont>",
                "date": "2025-11-06",
            },
            {"amount": "x"},
        ],
    }
    page = render_report([(record, "")])
    for raw in ("<pont>", "<Holding>", "<b>auteur", "<y>"):
        assert raw not in page
    tables = read_tables(page).tables
    assert tables["Organisations"] == [["A&B <Holding> | aussi : AB", "FR", "—", "3"]]
    assert tables["Citations"] == [
        ["X <y> (2 citations)", "« selon »", "première de X"],
        ["X <y>", "discours indirect", "seconde de X"],
        ["Locuteur non indiqué", "—", "sans <b>auteur</b> connu ici"],
    ]
    assert tables["Transactions"] == [
        ["France (FR)", "financer", "5 millions EUR", "—", "—", "un <pont>", "6 novembre 2025"],
        ["—", "—", "—", "—", "—", "—", "—"],
    ]
    # A record written before relations existed: empty panels, no relation counts.
    old = render_report([({"source": "old.txt", "people": []}, "")])
    assert "Aucune organisation détectée." in old
    assert "Aucune citation détectée." in old
    assert "Aucune transaction détectée." in old
    assert "Organisations" not in read_tables(old).meta
