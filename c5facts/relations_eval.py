"""Scoring of relations (organisations, quotes, deals) against `NAME.relations.gold.json`.

Relations gold sits apart from the fact gold and holds annotations only (names and
character offsets, never the article's text), so it can annotate articles the project may
not copy. Scoring (see the README, "Relations gold"):

- organisations: P/R/F1 per article; a predicted organisation is right when its name or one
  of its aliases equals (`evaluate.fold_name`) the gold name or one of its aliases; a second
  prediction for the same gold organisation is spurious;
- quotes: P/R/F1 on spans, a predicted span matching a gold one when they overlap by at
  least `QUOTE_OVERLAP` of the longer; speaker accuracy over matched gold quotes (both null,
  or the same name). Only predictions of `kind == "direct"` (quotation marks) are scored,
  unless a gold quote of the article carries `"kind": "indirect"`: then indirect ones are
  scored too (gold without a kind is direct), so indirect quotes ("X a assuré que ...")
  count only where the gold annotates them;
- deals: a predicted deal attaches to the gold deal whose money offsets it overlaps; P/R/F1
  on (role, party) items, `payer` and `recipient` (a country party is its ISO code); action
  accuracy over matched deals.

Items marked `"optional": true` count neither as missed nor as spurious. Pure Python.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from c5facts.errors import GoldFormatError
from c5facts.normalise.text import name_words
from c5facts.scores import Score

RELATION_TYPES = ("organisations", "quotes", "deals")
QUOTE_OVERLAP = 0.8
SUFFIX = ".relations.gold.json"


def _fold(name: str) -> str:
    return " ".join(name_words(name))


@dataclass(slots=True)
class RelationsReport:
    """Relations scores over every article that has a relations gold file."""

    scores: dict[str, Score] = field(default_factory=dict)
    speaker_ok: int = 0
    speaker_total: int = 0
    action_ok: int = 0
    action_total: int = 0
    articles: int = 0
    notes: list[str] = field(default_factory=list)  # speaker and action errors

    def __post_init__(self) -> None:
        """Start every relation type at zero."""
        for t in RELATION_TYPES:
            self.scores.setdefault(t, Score())

    @property
    def speaker_accuracy(self) -> float:
        """Share of matched gold quotes whose speaker is right (1.0 when none)."""
        return self.speaker_ok / self.speaker_total if self.speaker_total else 1.0

    @property
    def action_accuracy(self) -> float:
        """Share of matched gold deals whose action is right (1.0 when none)."""
        return self.action_ok / self.action_total if self.action_total else 1.0

    def to_dict(self) -> dict[str, Any]:
        """The `--format json` form (under the key "relations")."""
        out: dict[str, Any] = {}
        for t in RELATION_TYPES:
            s = self.scores[t]
            out[t] = {
                "p": round(s.precision, 4),
                "r": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
        out["quote_speaker"] = {
            "accuracy": round(self.speaker_accuracy, 4),
            "ok": self.speaker_ok,
            "total": self.speaker_total,
        }
        out["deal_action"] = {
            "accuracy": round(self.action_accuracy, 4),
            "ok": self.action_ok,
            "total": self.action_total,
        }
        out["articles"] = self.articles
        return out

    def lines(self, verbose: bool = False) -> list[str]:
        """A plain-text summary (what `c5facts eval` prints), misses too when `verbose`."""
        out = [f"relations ({self.articles} articles with relations gold)"]
        names = {"organisations": "organisations", "quotes": "quote spans", "deals": "deal parties"}
        for t in RELATION_TYPES:
            s = self.scores[t]
            out.append(
                f"  {names[t]:<14} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
                f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
            )
        out.append(
            f"  quote speaker  accuracy {self.speaker_accuracy:.3f}"
            f" ({self.speaker_ok}/{self.speaker_total})"
        )
        out.append(
            f"  deal action    accuracy {self.action_accuracy:.3f}"
            f" ({self.action_ok}/{self.action_total})"
        )
        if verbose:
            for t in RELATION_TYPES:
                out += [f"  missed {t}: {m}" for m in self.scores[t].missed]
                out += [f"  spurious {t}: {m}" for m in self.scores[t].spurious]
            out += [f"  {n}" for n in self.notes]
        return out


def find_relations_gold(name: str, dirs: list[Path]) -> Path | None:
    """The relations gold file of article `name` in the first of `dirs` that has one."""
    for d in dirs:
        path = d / f"{name}{SUFFIX}"
        if path.is_file():
            return path
    return None


def load_relations_gold(path: Path) -> dict[str, Any]:
    """Read and check one relations gold file."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{path}: unreadable relations gold file ({exc})") from exc
    if not isinstance(gold, dict) or not any(t in gold for t in RELATION_TYPES):
        raise GoldFormatError(f"{path}: expected an object with organisations, quotes or deals")
    return gold


def _names(item: dict[str, Any]) -> set[str]:
    return {_fold(n) for n in [item["name"], *item.get("aliases", [])] if n}


def score_organisations(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> Score:
    """One-to-one matching of predicted organisations to gold ones by name or alias."""
    score = Score()
    claimed: set[int] = set()
    for p in pred:
        names = _names(p)
        hit = next((i for i, g in enumerate(gold) if names & _names(g)), None)
        if hit is None or hit in claimed:
            score.fp += 1
            score.spurious.append(p["name"])
            continue
        claimed.add(hit)
        if not gold[hit].get("optional"):
            score.tp += 1
    for i, g in enumerate(gold):
        if i not in claimed and not g.get("optional"):
            score.fn += 1
            score.missed.append(g["name"])
    return score


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return inter / longest if inter > 0 and longest > 0 else 0.0


def _same_party(pred: Any, gold: Any) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    if isinstance(pred, dict):
        names = {_fold(pred.get("name") or "")} | {_fold(pred.get("code") or "")}
        return _fold(str(gold)) in names
    return _fold(str(pred)) == _fold(str(gold))


def score_quotes(
    pred: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> tuple[Score, int, int, list[str]]:
    """Span P/R/F1, then speaker accuracy over matched gold quotes (ok, total, errors).

    Indirect predictions (`"kind": "indirect"`) are left out unless the gold holds an
    indirect quote.
    """
    if not any(g.get("kind") == "indirect" for g in gold):
        pred = [p for p in pred if p.get("kind", "direct") == "direct"]
    score = Score()
    ok = total = 0
    errors: list[str] = []
    unmatched = list(range(len(pred)))
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        span = (int(g["span"][0]), int(g["span"][1]))
        hit = next(
            (
                i
                for i in unmatched
                if _overlap((pred[i]["start"], pred[i]["end"]), span) >= QUOTE_OVERLAP
            ),
            None,
        )
        if hit is None:
            if not g.get("optional"):
                score.fn += 1
                score.missed.append(f"quote at {list(span)} ({g.get('speaker')})")
            continue
        unmatched.remove(hit)
        if g.get("optional"):
            continue
        score.tp += 1
        total += 1
        if _same_party(pred[hit].get("speaker"), g.get("speaker")):
            ok += 1
        else:
            errors.append(
                f"speaker of quote at {list(span)}: got {pred[hit].get('speaker')!r},"
                f" gold {g.get('speaker')!r}"
            )
    score.fp = len(unmatched)
    score.spurious = [f"quote at [{pred[i]['start']}, {pred[i]['end']}]" for i in unmatched]
    return score, ok, total, errors


def _party_items(deal: dict[str, Any]) -> set[tuple[str, str]]:
    out = set()
    for role in ("payer", "recipient"):
        party = deal.get(role)
        if isinstance(party, dict):
            out.add((role, _fold(party.get("code") or party.get("name") or "")))
        elif party:
            out.add((role, _fold(str(party))))
    return out


def score_deals(
    pred: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> tuple[Score, int, int, list[str]]:
    """Party P/R/F1 over deals matched by money offsets, then action accuracy."""
    score = Score()
    ok = total = 0
    errors: list[str] = []
    unmatched = list(range(len(pred)))
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        span = (int(g["money"][0]), int(g["money"][1]))
        hit = next(
            (i for i in unmatched if _overlap((pred[i]["start"], pred[i]["end"]), span) > 0),
            None,
        )
        gold_items = _party_items(g)
        if hit is not None:
            unmatched.remove(hit)
        if g.get("optional"):
            continue
        pred_items = _party_items(pred[hit]) if hit is not None else set()
        score.tp += len(pred_items & gold_items)
        score.fp += len(pred_items - gold_items)
        score.fn += len(gold_items - pred_items)
        score.missed += [f"{r} {n} of deal at {list(span)}" for r, n in gold_items - pred_items]
        score.spurious += [f"{r} {n} of deal at {list(span)}" for r, n in pred_items - gold_items]
        if hit is not None:
            total += 1
            if pred[hit].get("action") == g.get("action"):
                ok += 1
            else:
                errors.append(
                    f"action of deal at {list(span)}: got {pred[hit].get('action')!r},"
                    f" gold {g.get('action')!r}"
                )
    for i in unmatched:
        items = _party_items(pred[i])
        score.fp += len(items)
        score.spurious += [f"{r} {n} of a deal not in gold at {pred[i]['start']}" for r, n in items]
    return score, ok, total, errors


def score_relations(
    report: RelationsReport, pred: dict[str, Any], gold: dict[str, Any], name: str
) -> None:
    """Add one article's relations scores to `report`."""
    orgs = score_organisations(pred.get("organisations", []), gold.get("organisations", []))
    quotes, s_ok, s_total, s_errors = score_quotes(pred.get("quotes", []), gold.get("quotes", []))
    deals, a_ok, a_total, a_errors = score_deals(pred.get("deals", []), gold.get("deals", []))
    report.scores["organisations"].add(orgs, name)
    report.scores["quotes"].add(quotes, name)
    report.scores["deals"].add(deals, name)
    report.speaker_ok += s_ok
    report.speaker_total += s_total
    report.action_ok += a_ok
    report.action_total += a_total
    report.notes += [f"{name}: {e}" for e in s_errors + a_errors]
    report.articles += 1
