"""Precision, recall and F1 counts shared by the fact scoring and the relations scoring."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Score:
    """True positives, false positives, false negatives, and the items behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predictions that are right, tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items found, tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score, prefix: str) -> None:
        """Accumulate another article's score, prefixing its items with the article name."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.missed += [f"{prefix}: {m}" for m in other.missed]
        self.spurious += [f"{prefix}: {s}" for s in other.spurious]
