"""Output shape and typed tables: JSONL/JSON whatever the number of inputs, typed CSV, Parquet."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from c5facts import cli
from c5facts.io.tabular import LONG_FIELDS, csv_cell, long_rows
from c5facts.records import Article, DateFact

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("cli_uses_session_pipeline")

# Written for these tests: a title before a name, amounts with decimals and a range, and
# dates of every grain (day, week, month, quarter, year, an interval, a duration).
TEXT_A = (
    "Le président Paul Varnier a annoncé jeudi 6 novembre 2025 à Lyon une aide de "
    "2,75 millions d'euros pour l'Italie. M. Paul Varnier a précisé que le plan durerait "
    "pendant trois ans et commencerait au deuxième trimestre 2026, après une première tranche "
    "versée en mars 2026.\n"
)
TEXT_B = (
    "Selon le ministère, entre 8 et 9 millions de dollars ont été dépensés la semaine "
    "dernière en Espagne, et le budget de 2024 avait atteint 1,5 milliard d'euros.\n"
)


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(TEXT_A, encoding="utf-8")
    b.write_text(TEXT_B, encoding="utf-8")
    return a, b


def _extract(*args: str) -> str:
    result = runner.invoke(cli.app, ["extract", *args, "-d", "2025-11-06", "-q"])
    assert result.exit_code == 0, result.output
    return result.stdout


# --- one stable shape ---------------------------------------------------------------------


def test_default_piped_output_is_jsonl_for_one_and_for_two_inputs(two: tuple[Path, Path]) -> None:
    one = [json.loads(line) for line in _extract(str(two[0])).splitlines()]
    both = [json.loads(line) for line in _extract(str(two[0]), str(two[1])).splitlines()]
    assert [r["source"] for r in one] == [str(two[0])]
    assert [r["source"] for r in both] == [str(two[0]), str(two[1])]
    # the same record for a.txt whether it came alone or with another input
    assert one[0] == both[0]


def test_json_is_an_array_for_one_and_for_two_inputs(two: tuple[Path, Path]) -> None:
    one = json.loads(_extract(str(two[0]), "-f", "json"))
    both = json.loads(_extract(str(two[0]), str(two[1]), "-f", "json"))
    assert isinstance(one, list)
    assert isinstance(both, list)
    assert [r["source"] for r in one] == [str(two[0])]
    assert [r["source"] for r in both] == [str(two[0]), str(two[1])]


def test_folder_of_one_file_gives_the_same_shape(two: tuple[Path, Path]) -> None:
    folder = two[0].parent
    (folder / "b.txt").unlink()
    lines = _extract(str(folder)).splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["source"] == str(folder / "a.txt")


# --- typed CSV ------------------------------------------------------------------------------


def _csv(*paths: Path) -> list[dict[str, str]]:
    out = _extract(*map(str, paths), "-f", "csv")
    return list(csv.DictReader(io.StringIO(out)))


def test_csv_offsets_cover_text_and_person_name_has_its_own_column(
    two: tuple[Path, Path],
) -> None:
    rows = _csv(two[0])
    assert tuple(rows[0]) == LONG_FIELDS
    for row in rows:
        if row["type"] == "organisation":  # no single mention text: every span in Parquet
            assert (row["text"], row["start"], row["end"]) == ("", "", "")
            continue
        start, end = int(row["start"]), int(row["end"])
        assert TEXT_A[start:end] == row["text"], row
    [person] = [r for r in rows if r["type"] == "person"]
    assert person["name"] == "Paul Varnier"
    assert person["mentions"] == "2"


def test_person_row_text_is_the_mention_as_written(tmp_path: Path) -> None:
    text = "M. Henri Castagnol a reçu hier les élus. Henri Castagnol a promis une réponse.\n"
    path = tmp_path / "h.txt"
    path.write_text(text, encoding="utf-8")
    [person] = [r for r in _csv(path) if r["type"] == "person"]
    assert (person["text"], person["start"], person["end"]) == ("M. Henri Castagnol", "0", "18")
    assert person["name"] == "Henri Castagnol"


def test_csv_amounts_are_plain_numbers_and_dates_have_start_and_end(
    two: tuple[Path, Path],
) -> None:
    rows = _csv(*two)
    money = {r["text"]: r for r in rows if r["type"] == "money"}
    aid = money["2,75 millions d'euros"]
    assert (aid["amount"], aid["currency"], aid["amount_max"]) == ("2750000", "EUR", "")
    span = next(r for r in money.values() if r["amount_max"])
    assert (span["amount"], span["amount_max"], span["currency"]) == ("8000000", "9000000", "USD")
    dates = {r["value"]: r for r in rows if r["type"] == "date"}
    assert (dates["2025-11-06"]["date_start"], dates["2025-11-06"]["date_end"]) == (
        "2025-11-06",
        "2025-11-06",
    )
    assert (dates["2026-Q2"]["date_start"], dates["2026-Q2"]["date_end"]) == (
        "2026-04-01",
        "2026-06-30",
    )
    assert (dates["2026-03"]["date_start"], dates["2026-03"]["date_end"]) == (
        "2026-03-01",
        "2026-03-31",
    )
    assert (dates["2025-W44"]["date_start"], dates["2025-W44"]["date_end"]) == (
        "2025-10-27",
        "2025-11-02",
    )
    assert dates["P3Y"]["date_start"] == ""
    assert dates["P3Y"]["kind"] == "duration"


def test_csv_loads_typed_in_pandas(two: tuple[Path, Path]) -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(
        io.StringIO(_extract(*map(str, two), "-f", "csv")),
        parse_dates=["date_start", "date_end", "reference_date"],
    )
    assert frame["amount"].dtype.kind == "f"
    assert frame["start"].dtype.kind in "if"
    dates = frame[frame["type"] == "date"]
    # every date fact that is not a duration has real start and end dates
    resolved = dates[dates["kind"] != "duration"]
    assert resolved["date_start"].notna().all()
    assert resolved["date_end"].notna().all()
    assert str(resolved["date_start"].dtype).startswith("datetime64")


def test_long_rows_of_an_interval_and_an_unresolved_date() -> None:
    article = Article(
        source="x.txt",
        reference_date=None,
        dates=(
            DateFact(text="de 2021 à 2023", start=0, end=14, value="2021/2023", grain="year"),
            DateFact(text="hier", start=20, end=24, value=None, grain="day", offset="-P1D"),
            DateFact(text="lundi soir", start=30, end=40, value="2025-11-03TEV", grain="day"),
        ),
    )
    first, second, evening = long_rows(article)
    assert (evening["date_start"], evening["date_end"]) == (date(2025, 11, 3), date(2025, 11, 3))
    assert (first["date_start"], first["date_end"]) == (date(2021, 1, 1), date(2023, 12, 31))
    assert (second["date_start"], second["offset"]) == (None, "-P1D")


# --- Parquet ----------------------------------------------------------------------------------


def test_parquet_tables_read_back_with_duckdb(two: tuple[Path, Path], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "tables"
    _extract(*map(str, two), "-f", "parquet", "--output-dir", str(out))
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "articles.parquet",
        "countries.parquet",
        "dates.parquet",
        "deals.parquet",
        "money.parquet",
        "organisations.parquet",
        "people.parquet",
        "quotes.parquet",
    ]
    con = duckdb.connect()
    types = {
        r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM '{out}/money.parquet'").fetchall()
    }
    assert types["amount"] == "DECIMAL(38,9)"
    assert types["reference_date"] == "DATE"
    assert types["start"] == "INTEGER"
    amounts = con.execute(
        f"SELECT text, amount, currency FROM '{out}/money.parquet' ORDER BY source, start"
    ).fetchall()
    assert ("2,75 millions d'euros", Decimal("2750000"), "EUR") in amounts
    assert ("1,5 milliard d'euros", Decimal("1500000000"), "EUR") in amounts
    dtypes = {
        r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM '{out}/dates.parquet'").fetchall()
    }
    assert dtypes["date_start"] == "DATE"
    assert dtypes["date_end"] == "DATE"
    quarter = con.execute(
        f"SELECT date_start, date_end FROM '{out}/dates.parquet' WHERE value = '2026-Q2'"
    ).fetchall()
    assert quarter == [(date(2026, 4, 1), date(2026, 6, 30))]
    articles = con.execute(
        f"SELECT source, reference_date, money FROM '{out}/articles.parquet' ORDER BY source"
    ).fetchall()
    assert articles == [(str(two[0]), date(2025, 11, 6), 1), (str(two[1]), date(2025, 11, 6), 2)]
    people = con.execute(f"SELECT name, text, roles FROM '{out}/people.parquet'").fetchall()
    assert people[0][0] == "Paul Varnier"
    assert people[0][2] == ["président"]


def test_parquet_needs_a_folder(two: tuple[Path, Path], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    result = runner.invoke(cli.app, ["extract", str(two[0]), "-f", "parquet"])
    assert result.exit_code == 2
    assert "--output-dir" in result.output
    # -o DIR is taken as the folder too
    _extract(str(two[0]), "-f", "parquet", "-o", str(tmp_path / "t"))
    assert (tmp_path / "t" / "money.parquet").is_file()


def test_failed_inputs_in_csv_and_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from c5facts.io.parquet import write_parquet
    from c5facts.records import ErrorInfo, Money

    failed = Article(
        source="absent.txt",
        reference_date=None,
        error=ErrorInfo(type="InputError", message="absent.txt: no such file"),
    )
    good = Article(
        source="a.txt",
        reference_date="2025-11-06",
        money=(
            Money(text="0,5 €", start=0, end=5, amount=Decimal("0.5"), currency="EUR"),
            Money(
                text="1 234 567 890 123,45 €",
                start=10,
                end=32,
                amount=Decimal("1234567890123.45"),
                currency="EUR",
            ),
        ),
    )
    rows = list(long_rows(failed))
    assert rows == [
        {"source": "absent.txt", "type": "error", "error": "InputError: absent.txt: no such file"}
    ]
    write_parquet([failed, good], tmp_path)
    articles = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    assert [(a["source"], a["error_type"], a["reference_date"]) for a in articles] == [
        ("absent.txt", "InputError", None),
        ("a.txt", None, date(2025, 11, 6)),
    ]
    amounts = [m["amount"] for m in pq.read_table(tmp_path / "money.parquet").to_pylist()]
    assert amounts == [Decimal("0.5"), Decimal("1234567890123.45")]  # exact, not floats


# --- relations: organisations, quotes, deals ------------------------------------------------

# Written for these tests: an organisation with its country, a deal with both parties, an
# equivalent and a month, and two quotes of one speaker (by name, then by pronoun).
TEXT_REL = (
    "En mars 2025, le groupe américain Norvane Capital a versé 1,2 milliard d'euros "
    "(1,3 milliard de dollars) à la société Belmont Énergie pour une participation de 40 % "
    "dans un projet commun. « Nous croyons fermement à la transition énergétique en Europe », "
    "a déclaré Julie Mercadier, directrice générale de Norvane Capital. « C'est une étape "
    "décisive pour nous », a-t-elle ajouté.\n"
)


@pytest.fixture
def rel(tmp_path: Path) -> Path:
    path = tmp_path / "rel.txt"
    path.write_text(TEXT_REL, encoding="utf-8")
    return path


def test_csv_relation_rows(rel: Path) -> None:
    rows = _csv(rel)
    orgs = [(r["name"], r["country"], r["mentions"]) for r in rows if r["type"] == "organisation"]
    assert orgs == [("Norvane Capital", "US", "2"), ("Belmont Énergie", "", "1")]
    quotes = [r for r in rows if r["type"] == "quote"]
    assert [(q["speaker"], q["speaker_via"], q["verb"], q["kind"]) for q in quotes] == [
        ("Julie Mercadier", "name", "a déclaré", "direct"),
        ("Julie Mercadier", "pronoun", "a-t-elle ajouté", "direct"),
    ]
    for row in quotes:
        assert TEXT_REL[int(row["start"]) : int(row["end"])] == row["text"]
    assert quotes[1]["text"] == "C'est une étape décisive pour nous"
    [deal] = [r for r in rows if r["type"] == "deal"]
    assert TEXT_REL[int(deal["start"]) : int(deal["end"])] == deal["text"]
    assert deal["text"] == "1,2 milliard d'euros (1,3 milliard de dollars)"
    assert {k: deal[k] for k in ("amount", "currency", "action", "verb")} == {
        "amount": "1200000000",
        "currency": "EUR",
        "action": "payer",
        "verb": "versé",
    }
    assert (deal["equivalent_amount"], deal["equivalent_currency"]) == ("1300000000", "USD")
    assert (deal["payer"], deal["payer_type"], deal["payer_code"]) == (
        "Norvane Capital",
        "organisation",
        "",
    )
    assert (deal["recipient"], deal["recipient_type"]) == ("Belmont Énergie", "organisation")
    assert (deal["date_value"], deal["date_start"], deal["date_end"]) == (
        "2025-03",
        "2025-03-01",
        "2025-03-31",
    )


def test_long_rows_of_a_country_party_and_an_empty_role() -> None:
    from c5facts.records import Deal, Organisation, Party, Quote

    article = Article(
        source="x.txt",
        reference_date="2025-11-06",
        organisations=(
            Organisation(
                name="Banque centrale européenne",
                mentions=2,
                aliases=("BCE",),
                spans=((0, 26), (40, 43)),
            ),
        ),
        quotes=(Quote(text="a b c d", start=50, end=57),),
        deals=(
            Deal(
                money_text="5 M€",
                start=60,
                end=64,
                amount=Decimal("5E+6"),
                currency="EUR",
                action="financer",
                verb="finance",
                payer=Party(name="France", type="country", code="FR"),
            ),
        ),
    )
    org, quote, deal = long_rows(article)
    assert (org["type"], org["name"], org["aliases"], org["mentions"]) == (
        "organisation",
        "Banque centrale européenne",
        "BCE",
        2,
    )
    assert (quote["type"], quote["speaker"], quote["speaker_via"], quote["kind"]) == (
        "quote",
        None,
        None,
        "direct",
    )
    assert (deal["payer"], deal["payer_type"], deal["payer_code"]) == ("France", "country", "FR")
    assert (deal["recipient"], deal["date_value"], deal["date_start"]) == (None, None, None)
    assert deal["amount"] == Decimal("5E+6")
    assert csv_cell(deal["amount"]) == "5000000"


def test_parquet_relation_tables(rel: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "tables"
    _extract(str(rel), "-f", "parquet", "--output-dir", str(out))
    deals = pq.read_table(out / "deals.parquet")
    assert str(deals.schema.field("amount").type) == "decimal128(38, 9)"
    assert str(deals.schema.field("date_start").type) == "date32[day]"
    assert str(deals.schema.field("start").type) == "int32"
    [deal] = deals.to_pylist()
    assert (deal["amount"], deal["currency"], deal["action"]) == (
        Decimal("1200000000"),
        "EUR",
        "payer",
    )
    assert (deal["payer"], deal["recipient"]) == ("Norvane Capital", "Belmont Énergie")
    assert (deal["equivalent_amount"], deal["date_start"]) == (
        Decimal("1300000000"),
        date(2025, 3, 1),
    )
    orgs = pq.read_table(out / "organisations.parquet").to_pylist()
    assert [(o["name"], o["heads"], o["span_starts"]) for o in orgs] == [
        ("Norvane Capital", ["groupe"], [34, TEXT_REL.index("Norvane Capital.")]),
        ("Belmont Énergie", ["société"], [TEXT_REL.index("Belmont")]),
    ]
    for o in orgs:
        for start, end in zip(o["span_starts"], o["span_ends"], strict=True):
            assert TEXT_REL[start:end] == o["name"]
    quotes = pq.read_table(out / "quotes.parquet").to_pylist()
    assert [(q["speaker"], q["speaker_via"]) for q in quotes] == [
        ("Julie Mercadier", "name"),
        ("Julie Mercadier", "pronoun"),
    ]
    [article] = pq.read_table(out / "articles.parquet").to_pylist()
    assert (article["organisations"], article["quotes"], article["deals"]) == (2, 2, 1)
