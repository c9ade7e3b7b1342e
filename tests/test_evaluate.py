"""Eval scoring (pure) and eval runs on the project's own samples and the shared corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from c5facts.evaluate import evaluate, fold_name, score_article, score_money
from c5facts.extract import Extractor

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _money(amount: float, currency: str, eq: tuple[float, str] | None = None) -> dict[str, object]:
    item: dict[str, object] = {"text": "x", "amount": amount, "currency": currency}
    if eq:
        item["equivalent"] = {"amount": eq[0], "currency": eq[1]}
    return item


def test_money_one_to_one_with_tolerance_and_pairs() -> None:
    gold = [_money(35e9, "USD", (30.3e9, "EUR")), _money(7.2e9, "EUR"), _money(7.2e9, "EUR")]
    pred = [_money(35.1e9, "USD", (30.3e9, "EUR")), _money(7.2e9, "EUR"), _money(1, "USD")]
    score, ok, total = score_money(pred, gold)
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)
    assert (ok, total) == (1, 1)


def test_money_optional_absorbs_without_counting() -> None:
    gold = [{**_money(70e6, "CAD"), "optional": True}]
    score, _, _ = score_money([_money(70e6, "CAD")], gold)
    assert (score.tp, score.fp, score.fn) == (0, 0, 0)


def test_sets_names_and_dates() -> None:
    pred = {
        "people": [{"name": "kassym jomart tokaiev"}, {"name": "Trump"}],
        "countries": [{"code": "US"}],
        "money": [],
        "dates": [{"value": "2021-07-01/2022-06-30"}, {"value": "2020-06-02T21:55"}],
    }
    gold = {
        "people": [{"name": "Kassym-Jomart Tokaïev"}, {"name": "Donald Trump"}],
        "countries": ["US", "KZ"],
        "dates": [
            {"value": "2021-07-01"},
            {"value": "2022-06-30"},
            {"value": "2020-06-02"},
            {"value": "P5Y", "optional": True},
        ],
    }
    scores, _, _ = score_article(pred, gold)
    assert (scores["people"].tp, scores["people"].fp, scores["people"].fn) == (1, 1, 1)
    assert (scores["countries"].tp, scores["countries"].fn) == (1, 1)
    assert (scores["dates"].tp, scores["dates"].fp, scores["dates"].fn) == (3, 0, 0)
    assert fold_name("Jean-Marc Ayrault") == "jean marc ayrault"


def test_eval_on_samples(extractor: Extractor) -> None:
    """The project's own gold samples: every fact type at a high bar."""
    report = evaluate(SAMPLES, extractor)
    figures = report.to_dict()
    print(json.dumps(figures, indent=1))
    assert report.articles == len(list(SAMPLES.glob("*.gold.json")))
    for fact in ("people", "countries", "money", "dates"):
        assert figures[fact]["f1"] >= 0.85, (
            fact,
            report.scores[fact].missed,
            report.scores[fact].spurious,
        )
    assert report.pairs_ok == report.pairs_total


def test_eval_on_shared_corpus(extractor: Extractor, shared_dir: Path) -> None:
    """Runs on ../shared/corpus/dev when present and prints the figures (not asserted)."""
    dev = shared_dir / "corpus" / "dev"
    report = evaluate(dev, extractor)
    print(json.dumps(report.to_dict(), indent=1))
    # The shared corpus grows between rounds: every gold file is one scored article.
    assert report.articles == len(list(dev.glob("*.gold.json")))
    # Optional countries ({"code": "GB", "optional": true}) are never counted as missed.
    optional = {
        f"{path.name.removesuffix('.gold.json')}: {c['code']}"
        for path in dev.glob("*.gold.json")
        for c in json.loads(path.read_text(encoding="utf-8")).get("countries", [])
        if isinstance(c, dict) and c.get("optional")
    }
    assert not optional & set(report.scores["countries"].missed)


def test_eval_rejects_folder_without_gold(tmp_path: Path, extractor: Extractor) -> None:
    from c5facts.errors import GoldFormatError

    with pytest.raises(GoldFormatError, match=r"no \*\.gold\.json files"):
        evaluate(tmp_path, extractor)


def test_optional_country_in_its_object_form_is_optional() -> None:
    pred = {"people": [], "countries": [{"code": "SA"}], "money": [], "dates": []}
    gold = {"countries": ["SA", {"code": "GB", "optional": True}, {"code": "US"}]}
    scores, _, _ = score_article(pred, gold)
    c = scores["countries"]
    assert (c.tp, c.fp, c.fn, c.missed) == (1, 0, 1, ["US"])
    # A predicted optional country is not spurious either.
    pred["countries"].append({"code": "GB"})
    assert score_article(pred, gold)[0]["countries"].fp == 0


def test_gold_without_reference_date_is_scored_and_said(
    tmp_path: Path, extractor: Extractor
) -> None:
    text = "AFP, publié le mardi 02 juin 2020 à 21h55\nHier, Paris a versé 5 millions d'euros.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Hier, Rome a versé 3 millions d'euros.\n", encoding="utf-8")
    for name, dates in (("a", [{"value": "2020-06-01"}]), ("b", [])):
        gold = {"reference_date": None, "countries": [], "money": [], "dates": dates}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate(tmp_path, extractor)
    assert report.notes == [
        "a: gold reference_date is null; scored with the date from its metadata (2020-06-02)",
        "b: gold reference_date is null; scored with no reference date (relative dates unresolved)",
    ]
    assert report.scores["dates"].tp == 1
    assert report.to_dict()["notes"] == report.notes
