"""Scoring of relations (organisations, quotes, deals) against `NAME.relations.gold.json`.

Relations gold sits apart from the fact gold and holds annotations only (names and
character offsets, never the article's text), so it can annotate articles the project may
not copy. Scoring (see the README, "Relations gold"):

- organisations: P/R/F1 per article; a predicted organisation is right when its name or one
  of its aliases equals (`evaluate.fold_name`) the gold name or one of its aliases; a second
  prediction for the same gold organisation is spurious;
- quotes: P/R/F1 on direct quotation spans (predictions of `kind == "direct"`, gold without
  `"kind": "indirect"`), a predicted span matching a gold one when they overlap by at least
  `QUOTE_OVERLAP` of the longer; speaker accuracy over matched gold quotes (both null, or
  the same name);
- indirect quotes ("X a assuré que P", "Selon X, P", "P, indique X"): the same, apart, with
  `INDIRECT_OVERLAP` (their boundaries are the annotator's, not quotation marks), and only
  in articles whose gold lists "indirect_quotes" under `annotated`;
- deals: a predicted deal attaches to the gold deal whose money offsets it overlaps; P/R/F1
  on (role, party) items, `payer` and `recipient` (a country party is its ISO code); action
  accuracy over matched deals;
- deal objects (only where `annotated` lists "deal_objects"): over the matched deals, a
  predicted object is right when its words and those of the gold object's span share at
  least `OBJECT_OVERLAP` of the longer's words; a wrong one is both spurious and missed.

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
# Layers a gold file may annotate on top of the three types (its `annotated` list).
LAYERS = ("indirect_quotes", "deal_objects")
SCORED = (*RELATION_TYPES, *LAYERS)
LABELS = {
    "organisations": "organisations",
    "quotes": "quote spans",
    "deals": "deal parties",
    "indirect_quotes": "indirect quotes",
    "deal_objects": "deal objects",
}
QUOTE_OVERLAP = 0.8
INDIRECT_OVERLAP = 0.5
OBJECT_OVERLAP = 0.5
SUFFIX = ".relations.gold.json"


def _fold(name: str) -> str:
    return " ".join(name_words(name))


@dataclass(slots=True)
class RelationsReport:
    """Relations scores over every article that has a relations gold file."""

    scores: dict[str, Score] = field(default_factory=dict)
    speaker_ok: int = 0
    speaker_total: int = 0
    indirect_speaker_ok: int = 0
    indirect_speaker_total: int = 0
    action_ok: int = 0
    action_total: int = 0
    articles: int = 0
    notes: list[str] = field(default_factory=list)  # speaker and action errors

    def __post_init__(self) -> None:
        """Start every relation type and layer at zero."""
        for t in SCORED:
            self.scores.setdefault(t, Score())

    @property
    def speaker_accuracy(self) -> float:
        """Share of matched gold quotes whose speaker is right (1.0 when none)."""
        return self.speaker_ok / self.speaker_total if self.speaker_total else 1.0

    @property
    def indirect_speaker_accuracy(self) -> float:
        """Share of matched gold indirect quotes whose speaker is right (1.0 when none)."""
        total = self.indirect_speaker_total
        return self.indirect_speaker_ok / total if total else 1.0

    @property
    def action_accuracy(self) -> float:
        """Share of matched gold deals whose action is right (1.0 when none)."""
        return self.action_ok / self.action_total if self.action_total else 1.0

    def to_dict(self) -> dict[str, Any]:
        """The `--format json` form (under the key "relations")."""
        out: dict[str, Any] = {}
        for t in SCORED:
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
        out["indirect_quote_speaker"] = {
            "accuracy": round(self.indirect_speaker_accuracy, 4),
            "ok": self.indirect_speaker_ok,
            "total": self.indirect_speaker_total,
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
        for t in SCORED:
            s = self.scores[t]
            out.append(
                f"  {LABELS[t]:<16} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
                f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
            )
        accuracies = (
            ("quote speaker", self.speaker_accuracy, self.speaker_ok, self.speaker_total),
            (
                "indirect speaker",
                self.indirect_speaker_accuracy,
                self.indirect_speaker_ok,
                self.indirect_speaker_total,
            ),
            ("deal action", self.action_accuracy, self.action_ok, self.action_total),
        )
        for label, accuracy, ok, total in accuracies:
            out.append(f"  {label:<16} accuracy {accuracy:.3f} ({ok}/{total})")
        if verbose:
            for t in SCORED:
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


def _is_indirect(item: dict[str, Any]) -> bool:
    return item.get("kind") == "indirect"


def score_quotes(
    pred: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> tuple[Score, int, int, list[str]]:
    """Direct quotations: span P/R/F1, then speaker accuracy (ok, total, errors).

    Indirect predictions and indirect gold quotes are left to `score_indirect_quotes`.
    """
    direct_pred = [p for p in pred if p.get("kind", "direct") == "direct"]
    direct_gold = [g for g in gold if not _is_indirect(g)]
    return _score_spans(direct_pred, direct_gold, QUOTE_OVERLAP, "quote")


def score_indirect_quotes(
    pred: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> tuple[Score, int, int, list[str]]:
    """Indirect quotes: span P/R/F1 at `INDIRECT_OVERLAP`, then speaker accuracy."""
    indirect_pred = [p for p in pred if p.get("kind") == "indirect"]
    indirect_gold = [g for g in gold if _is_indirect(g)]
    return _score_spans(indirect_pred, indirect_gold, INDIRECT_OVERLAP, "indirect quote")


def _score_spans(
    pred: list[dict[str, Any]], gold: list[dict[str, Any]], overlap: float, label: str
) -> tuple[Score, int, int, list[str]]:
    """Span P/R/F1 of predicted quotes against gold ones, then speaker accuracy."""
    score = Score()
    ok = total = 0
    errors: list[str] = []
    unmatched = list(range(len(pred)))
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        span = (int(g["span"][0]), int(g["span"][1]))
        hit = next(
            (i for i in unmatched if _overlap((pred[i]["start"], pred[i]["end"]), span) >= overlap),
            None,
        )
        if hit is None:
            if not g.get("optional"):
                score.fn += 1
                score.missed.append(f"{label} at {list(span)} ({g.get('speaker')})")
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
                f"speaker of {label} at {list(span)}: got {pred[hit].get('speaker')!r},"
                f" gold {g.get('speaker')!r}"
            )
    score.fp = len(unmatched)
    score.spurious = [f"{label} at [{pred[i]['start']}, {pred[i]['end']}]" for i in unmatched]
    return score, ok, total, errors


def _common_share(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Words shared by `a` and `b` (as multisets), over the longer one's word count."""
    rest = list(b)
    common = 0
    for word in a:
        if word in rest:
            rest.remove(word)
            common += 1
    longest = max(len(a), len(b))
    return common / longest if longest else 0.0


def score_deal_objects(pred: list[dict[str, Any]], gold: list[dict[str, Any]], text: str) -> Score:
    """Objects of the deals: the gold object is a span of `text`, the predicted one a text.

    A predicted deal attaches to a gold deal as in `score_deals`; optional gold deals are
    left out, predicted deals with no gold deal count their object as spurious.
    """
    score = Score()
    unmatched = list(range(len(pred)))
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        span = (int(g["money"][0]), int(g["money"][1]))
        hit = next(
            (i for i in unmatched if _overlap((pred[i]["start"], pred[i]["end"]), span) > 0),
            None,
        )
        if hit is not None:
            unmatched.remove(hit)
        if g.get("optional"):
            continue
        found = pred[hit].get("object") if hit is not None else None
        gold_words = name_words(text[g["object"][0] : g["object"][1]]) if g.get("object") else ()
        where = f"of deal at {list(span)}"
        if found and gold_words and _common_share(name_words(found), gold_words) >= OBJECT_OVERLAP:
            score.tp += 1
            continue
        if found:
            score.fp += 1
            score.spurious.append(f"object {found!r} {where}")
        if gold_words:
            score.fn += 1
            score.missed.append(f"object {' '.join(gold_words)!r} {where}")
    for i in unmatched:
        if pred[i].get("object"):
            score.fp += 1
            score.spurious.append(f"object {pred[i]['object']!r} of a deal not in gold")
    return score


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


def annotates(gold: dict[str, Any], layer: str) -> bool:
    """Whether a relations gold file annotates `layer` (one of `LAYERS`).

    Files written before the layers existed list none; one holding an indirect quote
    annotates indirect quotes.
    """
    listed = gold.get("annotated") or []
    if layer == "indirect_quotes" and any(_is_indirect(q) for q in gold.get("quotes", [])):
        return True
    return layer in listed


def score_relations(
    report: RelationsReport,
    pred: dict[str, Any],
    gold: dict[str, Any],
    name: str,
    text: str | None = None,
) -> None:
    """Add one article's relations scores to `report` (`text`: the article, for objects)."""
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
    if annotates(gold, "indirect_quotes"):
        indirect, i_ok, i_total, i_errors = score_indirect_quotes(
            pred.get("quotes", []), gold.get("quotes", [])
        )
        report.scores["indirect_quotes"].add(indirect, name)
        report.indirect_speaker_ok += i_ok
        report.indirect_speaker_total += i_total
        report.notes += [f"{name}: {e}" for e in i_errors]
    if text is not None and annotates(gold, "deal_objects"):
        objects = score_deal_objects(pred.get("deals", []), gold.get("deals", []), text)
        report.scores["deal_objects"].add(objects, name)
    report.articles += 1
