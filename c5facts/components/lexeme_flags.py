"""String predicates of Matcher patterns as lexeme flags, checked in C.

spaCy's `Matcher` checks plain attributes (`{"LOWER": "mars"}`) in C, but a set or a
regular expression (`{"LOWER": {"IN": [...]}}`, `{"TEXT": {"REGEX": ...}}`) is a Python
call, made for every pattern whose state reaches a token: with some 300 date patterns
started at every token of a window, those calls were most of the dates component's time.
Such a predicate depends only on the token's string, so it is a property of the lexeme:
`Vocab.add_flag` computes it once per word of the vocabulary (and for each new word as
it is first seen), and the pattern checks the flag bit instead, in C.

A vocabulary has 45 free flag bits (`FLAG19` to `FLAG63`): the predicates that the most
patterns start with take them first; the rest stay Python predicates. Matches are the
same either way (`tests/test_lexeme_flags.py` checks it on written sentences).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from spacy.vocab import Vocab

Pattern = list[dict[str, Any]]
# The attributes whose value is a function of the token's string alone (lexeme attributes).
_STRING_ATTRS: dict[str, Callable[[str], str]] = {
    "LOWER": str.lower,
    "TEXT": lambda s: s,
    "ORTH": lambda s: s,
}
FIRST_FREE, LAST_FLAG = 19, 63  # spaCy's own flags (IS_ALPHA...) use bits 1-18
Key = tuple[str, str]  # (attribute, predicate as sorted JSON)


def _single(attr: str, value: dict[str, Any]) -> str | None:
    """The one word of a one-word set (`{"IN": ["le"]}`), which is an equality check in C."""
    if attr not in _STRING_ATTRS or len(value) != 1:
        return None
    forms = value.get("IN")
    if isinstance(forms, list) and len(set(forms)) == 1 and isinstance(forms[0], str):
        return forms[0]
    return None


def _key(attr: str, value: dict[str, Any]) -> Key | None:
    """The flag key of a convertible predicate, else None."""
    if attr not in _STRING_ATTRS or len(value) != 1 or _single(attr, value) is not None:
        return None
    ((op, arg),) = value.items()
    if op == "IN" and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        return attr, json.dumps({op: sorted(arg)}, ensure_ascii=False)
    if op == "REGEX" and isinstance(arg, str):
        return attr, json.dumps({op: arg}, ensure_ascii=False)
    return None


def _getter(key: Key) -> Callable[[str], bool]:
    """The flag function of `key`: what the Matcher's predicate computes, from the string."""
    attr, spec = key
    read = _STRING_ATTRS[attr]
    ((op, arg),) = json.loads(spec).items()
    if op == "IN":
        forms = frozenset(arg)
        return lambda s: read(s) in forms
    regex = re.compile(arg)
    return lambda s: regex.search(read(s)) is not None


def _starts(pattern: Pattern) -> Iterable[dict[str, Any]]:
    """The tokens a match can start with: the first, and each after an optional one."""
    for spec in pattern:
        yield spec
        if spec.get("OP") not in ("?", "*"):
            return


class LexemeFlags:
    """Allocates flags of one vocabulary to predicates and rewrites patterns to use them."""

    def __init__(
        self,
        vocab: Vocab,
        patterns: Iterable[Pattern],
        runs: Iterable[tuple[float, Iterable[int]]] = (),
    ) -> None:
        """Give the free flags of `vocab` to the predicates checked most often.

        A Matcher checks a predicate once per token for all its patterns, at every token
        where one of them may start. `runs` says which patterns share a Matcher and how
        many tokens it sees, relatively: (weight, pattern indices); a predicate costs the
        weights of the runs with a pattern that starts with it. Without `runs`, each
        pattern counts 1. Ties go to the predicate used most often anywhere in
        `patterns`. Bits already taken (by another finder on the same vocabulary) are
        left alone.
        """
        patterns = list(patterns)
        starts: defaultdict[Key, float] = defaultdict(float)
        uses: Counter[Key] = Counter()
        first: list[set[Key]] = []
        for pattern in patterns:
            for spec in pattern:
                uses.update(k for k in self._keys(spec))
            first.append({k for spec in _starts(pattern) for k in self._keys(spec)})
        for weight, members in runs or ((1.0, [i]) for i in range(len(patterns))):
            keys = set().union(*(first[i] for i in members))
            for key in keys:
                starts[key] += weight
        ranked = sorted(uses, key=lambda k: (-starts[k], -uses[k], k))
        taken: dict[int, Any] = vocab.lex_attr_getters  # type: ignore[attr-defined]
        free = [b for b in range(FIRST_FREE, LAST_FLAG + 1) if b not in taken]
        self.flags: dict[Key, int] = {
            key: vocab.add_flag(_getter(key), flag_id=bit)
            for key, bit in zip(ranked, free, strict=False)
        }

    @staticmethod
    def _keys(spec: dict[str, Any]) -> list[Key]:
        return [
            k
            for attr, value in spec.items()
            if isinstance(value, dict) and (k := _key(attr, value)) is not None
        ]

    def rewrite(self, pattern: Pattern) -> Pattern:
        """`pattern` with each flagged predicate replaced by its flag (`{"FLAG23": True}`).

        A one-word set becomes the plain value (`{"LOWER": "le"}`), checked in C too.
        """
        out: Pattern = []
        for spec in pattern:
            new: dict[str, Any] = {}
            for attr, value in spec.items():
                if isinstance(value, dict) and (word := _single(attr, value)) is not None:
                    new[attr] = word
                    continue
                key = _key(attr, value) if isinstance(value, dict) else None
                flag = self.flags.get(key) if key is not None else None
                if flag is None:
                    new[attr] = value
                else:
                    new[f"FLAG{flag}"] = True
            out.append(new)
        return out
