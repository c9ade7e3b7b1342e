"""The words a date pattern cannot match without: a window lacking them is skipped.

Most windows that the date anchors open hold no date ("en juillet dernier" opens the
window of every month pattern, and none of "du 3 au 5 juillet" can match there). Every
required token of a pattern that tests the word's string (`LOWER`, `TEXT` or `ORTH`:
a word, a set of words, a regular expression) is one bit; a word's mask holds the bits
of the tests it passes, and a window's mask is the union of its words' masks. A pattern
can match in a window only if all its bits are there: only those patterns of the
window's family run (`runnable`), in a Matcher built for that set once. Most windows run
none, and the rest a few of their family's dozens. The test is exact in that direction
(a pattern left out has no match there), so the matches are those of one Matcher run
over the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import reduce
from operator import or_
from typing import Any

Pattern = list[dict[str, Any]]
_ATTRS = ("LOWER", "TEXT", "ORTH")
MAX_CACHED = 100_000  # (family, window bits) -> runnable patterns kept: memory stays flat
_Test = tuple[str, str | None, tuple[str, ...]]  # (attribute, regex, words): one or the other


class WordScreen:
    """Bit masks of the string tests that each pattern's required tokens make."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        """Give each distinct string test of a required token its bit."""
        self._by_lower: dict[str, int] = {}  # lower-case word -> bits of its LOWER tests
        self._by_text: dict[str, int] = {}  # word as written -> bits of its TEXT tests
        # (on the lower-case form?, regex, bit, searched only when the joined one matches?)
        self._regexes: list[tuple[bool, re.Pattern[str], int, bool]] = []
        bits: dict[_Test, int] = {}
        self.needs: list[int] = []  # pattern index -> the bits it requires
        for tokens in patterns:
            need = 0
            for spec in tokens:
                if spec.get("OP", "+") != "+":
                    continue  # optional or negated: no word it requires
                for attr, value in spec.items():
                    for test in _tests(attr, value):
                        if test not in bits:
                            bits[test] = 1 << len(bits)
                            self._index(test, bits[test])
                        need |= bits[test]
            self.needs.append(need)
        # One search for all the regular expressions of an attribute first: most words
        # pass none of them (those with back-references cannot be joined, and stay apart).
        self._any = {
            on_lower: re.compile("|".join(f"(?:{rx.pattern})" for rx in joined))
            for on_lower in (True, False)
            if (joined := [rx for low, rx, _, j in self._regexes if low is on_lower and j])
        }
        self._masks: dict[str, int] = {}  # word -> its mask (bounded by the vocabulary)
        self._groups: dict[frozenset[int], tuple[int, tuple[tuple[int, tuple[int, ...]], ...]]] = {}
        # (family, the window's bits that the family tests) -> its runnable patterns
        self._runnable: dict[tuple[frozenset[int], int], frozenset[int]] = {}

    def _index(self, test: _Test, bit: int) -> None:
        attr, regex, forms = test
        if regex is not None:
            compiled = re.compile(regex)
            self._regexes.append((attr == "LOWER", compiled, bit, _joinable(compiled)))
            return
        table = self._by_lower if attr == "LOWER" else self._by_text
        for form in forms:  # one bit per set: it is set on each of the set's words
            table[form] = table.get(form, 0) | bit

    def masks(self, words: Sequence[str], lowers: Sequence[str]) -> list[int]:
        """The mask of each token, from its text and its lower-case form."""
        cache = self._masks
        out = list(map(cache.get, words))
        if None in out:  # words first seen (kept: bounded by the vocabulary)
            for k, mask in enumerate(out):
                if mask is None:
                    out[k] = cache[words[k]] = self._mask(words[k], lowers[k])
        return out  # type: ignore[return-value]

    def _mask(self, word: str, low: str) -> int:
        mask = self._by_lower.get(low, 0) | self._by_text.get(word, 0)
        candidates = {
            on_lower: on_lower in self._any
            and self._any[on_lower].search(low if on_lower else word) is not None
            for on_lower in (True, False)
        }
        for on_lower, regex, bit, joined in self._regexes:
            if (candidates[on_lower] or not joined) and regex.search(low if on_lower else word):
                mask |= bit
        return mask

    def runnable(self, family: frozenset[int], window: int) -> frozenset[int]:
        """The patterns of `family` that have all the words they require in `window`."""
        groups = self._groups.get(family)
        if groups is None:
            groups = self._groups[family] = self._group(family)
        seen, by_need = groups
        key = (family, window & seen)
        found = self._runnable.get(key)
        if found is None:
            found = frozenset(
                i for need, indices in by_need if need & window == need for i in indices
            )
            if len(self._runnable) < MAX_CACHED:
                self._runnable[key] = found
        return found

    def _group(self, family: frozenset[int]) -> tuple[int, tuple[tuple[int, tuple[int, ...]], ...]]:
        """The bits `family` tests, and its patterns grouped by the bits they require."""
        by_need: dict[int, list[int]] = {}
        for i in sorted(family):
            by_need.setdefault(self.needs[i], []).append(i)
        seen = reduce(or_, by_need, 0)
        return seen, tuple((need, tuple(indices)) for need, indices in by_need.items())


def _joinable(regex: re.Pattern[str]) -> bool:
    """Whether a regular expression keeps its meaning inside an alternation of others."""
    return not regex.groupindex and re.search(r"\\\d", regex.pattern) is None


def _tests(attr: str, value: Any) -> list[_Test]:
    """The string tests of one attribute of a token: (attribute, regex, words)."""
    if attr not in _ATTRS:
        return []
    key = "LOWER" if attr == "LOWER" else "TEXT"
    if isinstance(value, str):
        return [(key, None, (value,))]
    if not isinstance(value, dict) or len(value) != 1:
        return []
    ((op, arg),) = value.items()
    if op == "IN" and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        return [(key, None, tuple(sorted(set(arg))))]
    if op == "REGEX" and isinstance(arg, str):
        return [(key, arg, ())]
    return []
