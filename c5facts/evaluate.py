"""`c5facts eval`: precision, recall and F1 per fact type against gold annotations.

Scoring (so that figures are comparable everywhere):

- people: set of canonical names per article, compared case-, accent- and hyphen-insensitively;
- countries: set of ISO alpha-2 codes per article;
- money: one-to-one matching on (currency, amount within 0.5 %); a matched gold item with an
  `equivalent` is a correct pair when the predicted equivalent has the same currency and
  amount (0.5 %);
- dates: set of values per article, sets (kind `set`) and vague values ("PXY",
  "PAST_REF") left out, as the corpus convention, which says vague references are not
  expected, annotates calendar references and lengths only (a time of day compares on
  its date part; an interval `A/B` counts as its two ends);
- gold items marked `"optional": true` count neither as missed nor as spurious (a
  country is a code, or `{"code": "GB", "optional": true}`);
- a gold `reference_date` of null: the article is read without one (see `evaluate`).

This module does not import spaCy: it takes an object with an `extract_many` method.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from c5facts.errors import GoldFormatError
from c5facts.io.inputs import read_text
from c5facts.normalise.text import name_words
from c5facts.records import Article, vague_value
from c5facts.relations_eval import (
    RelationsReport,
    find_relations_gold,
    load_relations_gold,
    score_relations,
)
from c5facts.scores import Score

FACT_TYPES = ("people", "countries", "money", "dates")
MONEY_TOLERANCE = 0.005


class _Extractor(Protocol):
    def extract_many(self, items: Iterable[tuple[str, dict[str, Any]]]) -> Iterator[Article]: ...


@dataclass(slots=True)
class EvalReport:
    """Scores over a whole gold directory."""

    scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in FACT_TYPES})
    pairs_ok: int = 0
    pairs_total: int = 0
    articles: int = 0
    # What the reader of the scores should know (e.g. a gold file without reference date).
    notes: list[str] = field(default_factory=list)
    # Relations scores (issue 17), when some article has a NAME.relations.gold.json.
    relations: RelationsReport | None = None

    @property
    def macro_f1(self) -> float:
        """Mean of the four F1 scores."""
        return sum(self.scores[t].f1 for t in FACT_TYPES) / len(FACT_TYPES)

    def to_dict(self) -> dict[str, Any]:
        """The `--format json` form."""
        out: dict[str, Any] = {}
        for t in FACT_TYPES:
            s = self.scores[t]
            out[t] = {
                "p": round(s.precision, 4),
                "r": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
        out["pairs"] = {"ok": self.pairs_ok, "total": self.pairs_total}
        out["macro_f1"] = round(self.macro_f1, 4)
        out["articles"] = self.articles
        out["notes"] = list(self.notes)
        if self.relations is not None:
            out["relations"] = self.relations.to_dict()
        return out


def fold_name(name: str) -> str:
    """Compare names case-, accent- and hyphen-insensitively (`normalise.text.name_words`).

    >>> fold_name("Kassym-Jomart Tokaïev") == fold_name("kassym jomart tokaiev")
    True
    """
    return " ".join(name_words(name))


def date_ends(value: str) -> list[str]:
    """The comparable values of a date: an interval gives its two ends, times are dropped.

    >>> date_ends("2021-07-01/2022-06-30"), date_ends("2020-06-02T21:55")
    (['2021-07-01', '2022-06-30'], ['2020-06-02'])
    """
    parts = value.split("/") if "/" in value and not value.startswith("P") else [value]
    return [p.split("T")[0] if p[:1].isdigit() else p for p in parts]


def _score_sets(pred: set[str], required: set[str], optional: set[str]) -> Score:
    return Score(
        tp=len(pred & required),
        fp=len(pred - required - optional),
        fn=len(required - pred),
        missed=sorted(required - pred),
        spurious=sorted(pred - required - optional),
    )


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= MONEY_TOLERANCE * abs(b)


def _money_key(item: dict[str, Any]) -> str:
    return f"{item.get('text', '')!r} = {item.get('amount')} {item.get('currency')}"


def score_money(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> tuple[Score, int, int]:
    """One-to-one money matching; returns the score, correct pairs and gold pairs."""
    unmatched = list(range(len(pred)))
    score = Score()
    pairs_ok = pairs_total = 0
    # Required gold first, so that optional items only absorb predictions nobody else needs.
    ordered = sorted(gold, key=lambda g: bool(g.get("optional")))
    for g in ordered:
        hit = next(
            (
                i
                for i in unmatched
                if pred[i]["currency"] == g["currency"]
                and _close(float(pred[i]["amount"]), float(g["amount"]))
            ),
            None,
        )
        optional = bool(g.get("optional"))
        if hit is None:
            if not optional:
                score.fn += 1
                score.missed.append(_money_key(g))
            continue
        unmatched.remove(hit)
        if optional:
            continue
        score.tp += 1
        if g.get("equivalent"):
            pairs_total += 1
            geq, peq = g["equivalent"], pred[hit].get("equivalent")
            if (
                peq
                and peq["currency"] == geq["currency"]
                and _close(float(peq["amount"]), float(geq["amount"]))
            ):
                pairs_ok += 1
            else:
                score.missed.append(f"pair of {_money_key(g)}: got {peq}")
    score.fp = len(unmatched)
    score.spurious = [_money_key(pred[i]) for i in unmatched]
    return score, pairs_ok, pairs_total


def score_article(pred: dict[str, Any], gold: dict[str, Any]) -> tuple[dict[str, Score], int, int]:
    """Score one predicted record (JSON form) against its gold annotation."""
    scores: dict[str, Score] = {}
    req = {fold_name(p["name"]) for p in gold.get("people", []) if not p.get("optional")}
    opt = {fold_name(p["name"]) for p in gold.get("people", []) if p.get("optional")}
    scores["people"] = _score_sets({fold_name(p["name"]) for p in pred["people"]}, req, opt - req)

    req_c: set[str] = set()
    opt_c: set[str] = set()
    for c in gold.get("countries", []):
        # A code, or {"code": "GB", "optional": true} (the corpus README's two forms).
        if isinstance(c, str):
            req_c.add(c)
        else:
            (opt_c if c.get("optional") else req_c).add(c["code"])
    scores["countries"] = _score_sets({c["code"] for c in pred["countries"]}, req_c, opt_c - req_c)

    money, ok, total = score_money(pred["money"], gold.get("money", []))
    scores["money"] = money

    req_d: set[str] = set()
    opt_d: set[str] = set()
    for d in gold.get("dates", []):
        (opt_d if d.get("optional") else req_d).update(date_ends(str(d["value"])))
    # Sets ("chaque année") recur: they are not calendar references, which the gold annotates;
    # nor are vague references (TimeML "PXY", "PAST_REF"), which the gold leaves out.
    pred_d = {
        e
        for d in pred["dates"]
        if d["value"] and d.get("kind") != "set" and not vague_value(d["value"])
        for e in date_ends(d["value"])
    }
    scores["dates"] = _score_sets(pred_d, req_d, opt_d - req_d)
    return scores, ok, total


def load_gold(gold_dir: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every `NAME.gold.json` of `gold_dir` with the path of its text, sorted by name."""
    if not gold_dir.is_dir():
        raise GoldFormatError(f"{gold_dir}: not a directory")
    items = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        if gold_path.name.endswith(".relations.gold.json"):
            continue  # relations gold (c5facts.relations_eval), not fact gold
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise GoldFormatError(f"{gold_path}: unreadable gold file ({exc})") from exc
        if not isinstance(gold, dict) or "reference_date" not in gold:
            raise GoldFormatError(f"{gold_path}: expected an object with 'reference_date'")
        name = gold_path.name.removesuffix(".gold.json")
        text_path = gold_dir / str(gold.get("text_file") or f"{name}.txt")
        items.append((text_path, gold))
    if not items:
        raise GoldFormatError(f"{gold_dir}: no *.gold.json files")
    return items


def _reference(gold: dict[str, Any], gold_path: Path) -> date | None:
    """The gold's reference date; None when it is null (publication date unknown)."""
    value = gold["reference_date"]
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise GoldFormatError(f"{gold_path}: reference_date {value!r} is not a date") from exc


def evaluate(
    gold_dir: Path, extractor: _Extractor, relations_dir: Path | None = None
) -> EvalReport:
    """Run `extractor` on every gold article of `gold_dir` and score it.

    Relations (organisations, quotes, deals) are scored too for every article with a
    `NAME.relations.gold.json` in `relations_dir`, `gold_dir/relations` or `gold_dir`.

    A gold file whose `reference_date` is null (an article whose publication date is
    unknown) is scored as the extractor reads it without one: with the date it finds
    in the text or the file name, or none; a note in the report says which.
    """
    gold_items = load_gold(gold_dir)
    report = EvalReport()
    rel_dirs = [d for d in (relations_dir, gold_dir / "relations", gold_dir) if d is not None]
    inputs = (
        (read_text(path), {"source": path.name, "reference_date": _reference(gold, path)})
        for path, gold in gold_items
    )
    for (path, gold), article in zip(gold_items, extractor.extract_many(inputs), strict=True):
        if gold["reference_date"] is None:
            found = (
                f"the date from its {article.reference_date_source} ({article.reference_date})"
                if article.reference_date
                else "no reference date (relative dates unresolved)"
            )
            report.notes.append(f"{path.stem}: gold reference_date is null; scored with {found}")
        scores, ok, total = score_article(article.to_dict(), gold)
        for t in FACT_TYPES:
            report.scores[t].add(scores[t], path.stem)
        report.pairs_ok += ok
        report.pairs_total += total
        report.articles += 1
        rel_path = find_relations_gold(path.stem, rel_dirs)
        if rel_path is not None:
            report.relations = report.relations or RelationsReport()
            rel_gold = load_relations_gold(rel_path)
            score_relations(
                report.relations, article.to_dict(), rel_gold, path.stem, read_text(path)
            )
    return report
