"""Offsets in hours and minutes placed from the reference time (issue 11).

With a reference time ("--reference-date 2025-11-06T14:32", a byline "publié le ... à
14h32") "il y a deux heures" is the TIMEX3 instant of its unit's precision; without one
it stays the DURATION it always was. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from c5facts.extract import Extractor, resolve_context, split_reference
from c5facts.normalise.dates.clock_offset import head_of, shift

NOW = datetime(2025, 11, 6, 14, 32)  # a Thursday, 14:32


def _facts(extractor: Extractor, text: str, ref: date) -> list[tuple[str, str | None, str, str]]:
    article = extractor.extract(text, reference_date=ref)
    return [(d.text, d.value, d.kind, d.grain) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le feu a été maîtrisé il y a trois heures.",
            ("il y a trois heures", "2025-11-06T11", "time", "hour"),
        ),
        (
            "Le convoi est reparti il y a 25 minutes.",
            ("il y a 25 minutes", "2025-11-06T14:07", "time", "minute"),
        ),
        (
            "Il ya cinq heures, la digue a cédé.",
            ("Il ya cinq heures", "2025-11-06T09", "time", "hour"),
        ),
        (
            "Les résultats tomberont dans une heure.",
            ("dans une heure", "2025-11-06T15", "time", "hour"),
        ),
        (
            "Le sommet ouvrira dans dix heures.",  # past midnight: the next day
            ("dans dix heures", "2025-11-07T00", "time", "hour"),
        ),
        (
            "Le navire a sombré il y a une heure et demie.",
            ("il y a une heure et demie", "2025-11-06T13:02", "time", "minute"),
        ),
        (
            "La séance reprendra dans une demi-heure.",
            ("dans une demi-heure", "2025-11-06T15:02", "time", "minute"),
        ),
        (
            "Le préfet a signé l'arrêté voici quatre heures.",
            ("voici quatre heures", "2025-11-06T10", "time", "hour"),
        ),
        (
            "Les électeurs auront la réponse dans 48 heures.",
            ("dans 48 heures", "2025-11-08T14", "time", "hour"),
        ),
        (
            "La finale a commencé il y a 2h.",  # a clock form after "il y a": a length
            ("il y a 2h", "2025-11-06T12", "time", "hour"),
        ),
        (
            "Le jury rendra son verdict dans 3h15.",
            ("dans 3h15", "2025-11-06T17:47", "time", "minute"),
        ),
        (
            "Les urnes fermeront dans 2 h 30.",
            ("dans 2 h 30", "2025-11-06T17:02", "time", "minute"),
        ),
    ],
)
def test_offset_in_hours_or_minutes_is_an_instant(
    extractor: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert _facts(extractor, text, NOW) == [expected]


def test_a_bound_or_an_approximation_stays_on_the_instant(extractor: Extractor) -> None:
    cases = {
        "Le pont a rouvert il y a environ six heures.": ("2025-11-06T08", "APPROX"),
        "Le juge a statué il y a plus de deux heures.": ("2025-11-06T12", "BEFORE"),
        "Le colis arrivera dans moins de trois heures.": ("2025-11-06T17", "BEFORE"),
    }
    for text, (value, mod) in cases.items():
        [fact] = extractor.extract(text, reference_date=NOW).dates
        assert (fact.value, fact.mod, fact.kind) == (value, mod, "time"), text


def test_without_a_reference_time_it_stays_a_duration(extractor: Extractor) -> None:
    day = date(2025, 11, 6)
    assert _facts(extractor, "Le feu a été maîtrisé il y a trois heures.", day) == [
        ("trois heures", "PT3H", "duration", "duration")
    ]
    assert _facts(extractor, "Les résultats tomberont dans 40 min.", day) == [
        ("40 min", "PT40M", "duration", "duration")
    ]
    # "dans 2h" is a length, never the clock time 02:00
    assert _facts(extractor, "Le jury rendra son verdict dans 2h.", day) == [
        ("2h", "PT2H", "duration", "duration")
    ]
    assert _facts(extractor, "Le jury rendra son verdict à 2h.", day) == [
        ("2h", "2025-11-06T02:00", "time", "hour")
    ]


def test_hours_making_whole_days_land_on_a_day_without_a_time(extractor: Extractor) -> None:
    """48 hours before any clock time of 6 November is 4 November: the day is known."""
    day = date(2025, 11, 6)
    assert _facts(extractor, "La grève, entamée il y a 48 heures, continue.", day) == [
        ("il y a 48 heures", "2025-11-04", "date", "day")
    ]
    assert _facts(extractor, "Il sera fixé sur son sort dans 24 heures.", day) == [
        ("dans 24 heures", "2025-11-07", "date", "day")
    ]
    # 36 hours from an unknown hour: no day; a length of something stays a length
    assert _facts(extractor, "Le blocage a commencé il y a 36 heures.", day) == [
        ("36 heures", "PT36H", "duration", "duration")
    ]
    assert _facts(extractor, "Il y a 24 heures d'attente aux urgences.", day) == [
        ("24 heures", "PT24H", "duration", "duration")
    ]
    # with a reference time the hour is known and kept
    [fact] = extractor.extract("Il est parti il y a 48 heures.", reference_date=NOW).dates
    assert (fact.value, fact.kind, fact.grain) == ("2025-11-04T14", "time", "hour")


def test_lengths_and_day_offsets_are_unchanged(extractor: Extractor) -> None:
    # "en deux heures", "pendant", "moins de" alone: lengths, whatever the reference time
    assert _facts(extractor, "Les pompiers ont éteint le feu en deux heures.", NOW) == [
        ("deux heures", "PT2H", "duration", "duration")
    ]
    assert _facts(extractor, "Le débat a duré moins de 20 minutes.", NOW)[0][1:] == (
        "PT20M",
        "duration",
        "duration",
    )
    # "il y a" as "there are": a length of something
    assert _facts(extractor, "Il y a deux heures d'attente aux urgences.", NOW) == [
        ("deux heures", "PT2H", "duration", "duration")
    ]
    assert _facts(extractor, "Dans 40 minutes de marche, le refuge.", NOW)[0][1] == "PT40M"
    assert _facts(extractor, "La loi a été votée il y a trois ans.", NOW) == [
        ("il y a trois ans", "2022", "date", "year")
    ]


def test_reference_time_in_the_record(extractor: Extractor) -> None:
    article = extractor.extract("Il y a deux heures, le vote a commencé.", reference_date=NOW)
    assert (article.reference_date, article.reference_time) == ("2025-11-06", "14:32")
    record = article.to_dict()
    assert record["reference_time"] == "14:32"
    plain = extractor.extract("Rien.", reference_date=date(2025, 11, 6)).to_dict()
    assert "reference_time" not in plain


def test_byline_time_is_the_reference_time(extractor: Extractor) -> None:
    text = (
        "Crue de la Loire\n\nPar Léa Martin, publié le 06/11/2025 à 9h05\n\n"
        "Le niveau a commencé à baisser il y a deux heures."
    )
    article = extractor.extract(text)
    assert (article.reference_date, article.reference_time) == ("2025-11-06", "09:05")
    assert article.reference_date_source == "metadata"
    assert [(d.text, d.value) for d in article.dates if d.kind == "time"][-1] == (
        "il y a deux heures",
        "2025-11-06T07",
    )


def test_iso_first_line_with_a_time() -> None:
    ctx = resolve_context("2025-11-06T14:32:00+01:00\nTitre", source=None, reference_date=None)
    assert (ctx.reference_date, ctx.reference_time) == (date(2025, 11, 6), time(14, 32))
    ctx = resolve_context("Titre", source="2025-11-06_a.txt", reference_date=None)
    assert (ctx.reference_date, ctx.reference_time) == (date(2025, 11, 6), None)


def test_split_reference_and_shift() -> None:
    assert split_reference("2025-11-06T08:15") == (date(2025, 11, 6), time(8, 15))
    assert split_reference("2025-11-06") == (date(2025, 11, 6), None)
    assert head_of("a parlé il  y  a ") == (-1, 9)
    assert head_of("en ") is None
    assert shift("P1DT2H", -1, NOW) == ("2025-11-05T12", "hour")
    assert shift("P1MT1H", -1, datetime(2025, 3, 31, 0, 30)) == ("2025-02-27T23", "hour")
    assert shift("P3D", -1, NOW) is None  # days: the grammar's own offsets


def test_suite_judge_reads_hour_offsets() -> None:
    from date_suites import _judge

    ref = date(2014, 9, 1)
    now = datetime(2014, 9, 1, 10, 30)
    hours_ago = {
        "kind": "instant",
        "grain": "hour",
        "candidates": [{"value": "2014-09-01T08:30:00", "iso": "2014-09-01T08"}],
    }
    assert _judge(hours_ago, ["2014-09-01T08"], ref, {}, now) == "agree"  # the suite's iso
    assert _judge(hours_ago, ["2014-09-01T09"], ref, {}, now) == "differ"
    # "en 2 heures", "moins de 2 heures": a length, as long as the offset: counted apart
    assert _judge(hours_ago, ["PT2H"], ref, {}, now) == "convention"
    assert _judge(hours_ago, ["PT3H"], ref, {}, now) == "differ"
    duck = {
        "kind": "instant",
        "grain": "minute",
        "candidates": [{"value": "2013-02-12T05:30:00", "iso": "2013-02-12T05:30"}],
    }
    # our hour (TimeML precision) where Duckling gives the minute: counted apart
    assert _judge(duck, ["2013-02-12T05"], date(2013, 2, 12)) == "convention"
    assert _judge(duck, ["2013-02-12T05:30"], date(2013, 2, 12)) == "agree"


def test_extract_many_takes_the_time_in_its_metadata(extractor: Extractor) -> None:
    text = "Le scrutin a fermé il y a une heure."
    metas: list[dict[str, object]] = [
        {"reference_date": "2025-11-06T14:32:00+01:00"},
        {"reference_date": date(2025, 11, 6), "reference_time": "14:32"},
        {"reference_date": "2025-11-06"},
    ]
    got = [
        [(d.value, a.reference_time) for d in a.dates]
        for a in extractor.extract_many((text, meta) for meta in metas)
    ]
    assert got == [[("2025-11-06T13", "14:32")]] * 2 + [[("PT1H", None)]]
