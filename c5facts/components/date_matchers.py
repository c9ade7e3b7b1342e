"""The date patterns' matchers, run only in windows around the words a date must contain.

Every pattern holds a required anchor: a word of a vocabulary class (a month, a weekday,
a unit...) or a token with digits. Matching the whole article with some 300 patterns
started at every token would cost five times more, so each anchor opens a window as
wide as its patterns reach, and only the patterns that can hold that anchor run there:

- a word anchors the patterns whose anchor token lists it ("trimestre" does not run the
  patterns of "semaine"), plus the patterns that join the words around any anchor of its
  group (`groups` in patterns.jsonl: "le 16" joins the time after it);
- a digit token anchors the patterns of the digit group with a required token it fits
  (a year runs the year patterns, "13h" the clock patterns), plus those that join the
  words around any digit anchor.

Patterns that run on the same words share one window; windows of one family merge, and
are cut at blank lines (no date runs over one). In each window only the patterns whose
required words it holds run (`date_screen.WordScreen`), in a Matcher built once per set.
A family whose few long patterns would widen every window runs as two parts, each in a
window of its own reach.
The matches are those of one Matcher over the whole document (`tests/date_windows.py`
checks it on written sentences).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc

from c5facts.components.date_filters import DIGIT_ANCHOR
from c5facts.components.date_patterns import PATTERN_FILE, DatePattern, Pattern, allow_spaces
from c5facts.components.date_screen import WordScreen
from c5facts.components.doc_text import lowers_of, words_of
from c5facts.components.lexeme_flags import LexemeFlags
from c5facts.errors import ResourceError
from c5facts.normalise.text import APOSTROPHES

# Vocabulary classes whose words anchor a match, and the group each one belongs to;
# tokens with digits anchor too. The order decides a word in two classes ("sept").
ANCHOR_CLASSES = {
    "month": "month",
    "month_abbr": "month",
    "month_short": "month",
    "month_rare": "month",
    "month_event": "month",
    "weekday": "weekday",
    "weekday_abbr": "weekday",
    "season": "season",
    "unit": "unit",
    "unit_time": "unit",
    "weekday_plural": "weekday",
    "holiday_word": "holiday_word",
    "relative_day": "anchor",
    "anchor": "anchor",
}
# Tokens searched on each side of an anchor by the patterns that join the words around
# another group's anchor ("les 1er, 2, 3 et 4 avril": 8 before; "vendredi matin et
# lundi": 4 after).
WINDOW_BEFORE, WINDOW_AFTER = 8, 5
DIGIT = "digit"
# Matchers kept for the sets of patterns that windows can hold (a few hundred in practice;
# the bound keeps memory flat on any input).
MAX_MATCHERS = 4096
SUMMER_BEFORE = frozenset(["cet", "en", "l'", "l’", "au", "dès", "depuis", "le", "d'", "d’"])
# A bare number of one or two digits ("le 15", "en 97") anchors only after a word that
# may make it a day or a year (`number_prep` in vocabulary.tsv): numbers are everywhere.
BARE_NUMBER = re.compile(r"^(?:\d{1,2}|1er)$")
Family = frozenset[int]  # the indices of the patterns that run together


@dataclass(frozen=True, slots=True)
class Found:
    """A match before overlaps are resolved: its rule and the role of each token."""

    rule: str
    roles: dict[int, str]  # doc token index -> role


class AnchoredMatchers:
    """The date patterns as matchers keyed by anchor, and the windows they run in."""

    def __init__(
        self, nlp: Language, patterns: list[DatePattern], vocab: dict[str, dict[str, str]]
    ) -> None:
        """Check `patterns`, group them by the anchors they can hold, build their matchers."""
        for pattern in patterns:
            # Checked here: the matchers take the rewritten patterns, which the schema
            # does not know (flag keys).
            if errors := validate_token_pattern(pattern.tokens):
                raise ResourceError(f"{'/'.join(PATTERN_FILE)}: {pattern.rule}: {errors[0]}")
        self.group_of: dict[str, str] = {}  # anchor word -> its group
        for cls, group in ANCHOR_CLASSES.items():
            for form in vocab.get(cls, {}):
                for quote in APOSTROPHES:
                    self.group_of.setdefault(form.replace("'", quote), group)
        self.summer = "été"
        self.number_preps = frozenset(
            form.replace("'", quote)
            for form in vocab.get("number_prep", {})
            for quote in APOSTROPHES
        )
        self._bare_numbers: set[str] = set()  # bare numbers seen, anchors after a prep
        # Matcher key -> (pattern index, pattern): each pattern has its own key, so that
        # the alignments of a match point into one known pattern.
        self.patterns: dict[int, tuple[int, DatePattern]] = {}
        shared: dict[str, set[int]] = {}  # group -> patterns run around each of its anchors
        by_word: dict[str, set[int]] = {}  # anchor word -> patterns whose anchor lists it
        self._reach: dict[int, tuple[int, int]] = {}  # pattern -> tokens before/after anchor
        # digit patterns -> the regular expressions of their required tokens (attr, regex)
        self._digit_tests: list[tuple[int, list[tuple[str, re.Pattern[str]]]]] = []
        # patterns that join the words around any digit anchor ("le 16" + "à 18h")
        self._digit_joiners = frozenset(i for i, p in enumerate(patterns) if DIGIT in p.groups)
        for index, pattern in enumerate(patterns):
            key = nlp.vocab.strings.add(f"{pattern.rule}#{index}")
            self.patterns[key] = (index, pattern)
            nlp.vocab.strings.add(pattern.rule)
            if pattern.groups:
                # It joins the words around another group's anchor: the whole window.
                self._reach[index] = (WINDOW_BEFORE, WINDOW_AFTER)
                for group in pattern.groups:
                    shared.setdefault(group, set()).add(index)
                continue
            own = self._pattern_class(pattern.rule, pattern.tokens)
            anchors = self._anchors(own, pattern.tokens)
            # From any of its anchors, the window must reach the whole pattern.
            at = [k for k, _ in anchors] or [0, len(pattern.tokens) - 1]
            self._reach[index] = (max(at), len(pattern.tokens) - 1 - min(at))
            words = [w for _, forms in anchors for w in forms]
            if own == DIGIT:  # the digit tokens its required regular expressions accept
                self._digit_tests.append((index, _required_regexes(pattern.tokens)))
                shared.setdefault(own, set()).add(index)
            elif not words:
                shared.setdefault(own, set()).add(index)
            for word in words:
                by_word.setdefault(word, set()).add(index)
        # Anchor -> the family of patterns it runs (words first seen at run time: by group).
        self.family_of: dict[str, Family] = {
            word: frozenset(by_word.get(word, set()) | shared.get(group, set()))
            for word, group in self.group_of.items()
        }
        self.family_of[DIGIT] = frozenset(shared.get(DIGIT, set()))
        families = {f for f in self.family_of.values() if f}
        # Tokens searched before and after an anchor: as far as the family's patterns reach.
        self.reach: dict[Family, tuple[int, int]] = {
            f: (max(self._reach[i][0] for i in f), max(self._reach[i][1] for i in f))
            for f in families
        }
        # How many tokens a family's matcher sees, roughly: its window times its anchors
        # (a digit token runs only the digit patterns it fits: a year the year patterns,
        # "18h" the clock ones; counted as many as the busiest word family's anchors).
        anchored = Counter(self.family_of.values())
        anchored[self.family_of[DIGIT]] = max(anchored.values())
        runs = [(float(sum(self.reach[f]) * anchored[f]), f) for f in families]
        self._flags = LexemeFlags(nlp.vocab, [allow_spaces(p.tokens) for p in patterns], runs)
        self._vocab = nlp.vocab
        self._patterns = patterns
        self.screen = WordScreen(p.tokens for p in patterns)
        # (patterns, whitespace-tolerant?) -> their Matcher, built when first needed
        self.matchers: dict[tuple[Family, bool], Matcher] = {}
        self._rewritten: dict[tuple[int, bool], Pattern] = {}
        self._families: dict[str, Family] = {}  # form -> family, empty for none (cache)
        self._parts: dict[Family, tuple[Family, ...]] = {}  # family -> its near and far parts

    def rule_of(self, index: int) -> str:
        """The rule id of the pattern at `index`."""
        return self._patterns[index].rule

    def _matcher(self, patterns: Family, family: Family, spaced: bool) -> Matcher:
        """The Matcher of `patterns` (whitespace-tolerant or not), built once.

        `patterns` are those of `family` that a window can hold (`WordScreen.runnable`);
        past `MAX_MATCHERS` such sets, the whole family's Matcher runs (the same matches).
        """
        key = (patterns, spaced)
        matcher = self.matchers.get(key)
        if matcher is not None:
            return matcher
        if len(self.matchers) >= MAX_MATCHERS and patterns != family:
            return self._matcher(family, family, spaced)
        matcher = Matcher(self._vocab, validate=False)
        for index in sorted(patterns):
            pattern = self._rewritten.get((index, spaced))
            if pattern is None:
                tokens = self._patterns[index].tokens
                pattern = self._flags.rewrite(allow_spaces(tokens) if spaced else tokens)
                self._rewritten[(index, spaced)] = pattern
            matcher.add(f"{self._patterns[index].rule}#{index}", [pattern])
        self.matchers[key] = matcher
        return matcher

    def _digit_family(self, text: str) -> Family:
        """The patterns a digit token can anchor: those with a required token it fits.

        A year runs the year patterns, "13h" the clock patterns, "22/04" the numeric
        dates; the patterns that join the words around any digit anchor run with all.
        """
        low = text.lower()
        fits = {
            index
            for index, tests in self._digit_tests
            if any(rx.search(text if attr == "TEXT" else low) for attr, rx in tests)
        }
        family = frozenset(fits | self._digit_joiners)
        if family and family not in self.reach:
            self.reach[family] = (
                max(self._reach[i][0] for i in family),
                max(self._reach[i][1] for i in family),
            )
        return family

    def _anchors(self, cls: str, pattern: Pattern) -> list[tuple[int, list[str]]]:
        """(position, lower-case words) of each required anchor of group `cls` in `pattern`.

        A digit token (a regular expression) has no words: any digit anchors it.
        """
        out: list[tuple[int, list[str]]] = []
        for k, spec in enumerate(pattern):
            if spec.get("OP") in ("?", "*"):
                continue
            for attr in ("LOWER", "TEXT"):
                value = spec.get(attr)
                if cls == DIGIT and isinstance(value, dict) and "REGEX" in value:
                    out.append((k, []))
                    break
                forms = _forms(spec, attr)
                if forms and all(self.group_of.get(f) == cls for f in forms):
                    out.append((k, forms))
                    break
        return out

    def _pattern_class(self, rule: str, pattern: Pattern) -> str:
        """The anchor group of a required token: an anchor word first, else a digit token."""
        required = [spec for spec in pattern if spec.get("OP") not in ("?", "*")]
        for spec in required:
            for attr in ("LOWER", "TEXT"):
                forms = _forms(spec, attr)
                # Only a token all of whose forms are anchors of one group guarantees one.
                classes = {self.group_of.get(form) for form in forms}
                if forms and len(classes) == 1 and None not in classes:
                    return str(classes.pop())
        for spec in required:
            # Years, numeric dates and "mi-juin" are tokens that DIGIT_ANCHOR accepts.
            if any(isinstance(spec.get(a), dict) and "REGEX" in spec[a] for a in ("LOWER", "TEXT")):
                return DIGIT
        raise ResourceError(f"{'/'.join(PATTERN_FILE)}: pattern {rule!r} has no anchor word")

    def _family(self, low: str, text: str | None = None) -> Family | None:
        """The patterns that an anchor runs; None for no anchor.

        `low` is its lower-case form, `text` the form as written (a digit token's patterns
        may read it case-sensitively).
        """
        text = low if text is None else text
        family = self._families.get(text)
        if family is None:
            family = self._anchor_family(low, text)
        return family or None

    def _anchor_family(self, low: str, text: str) -> Family:
        """`_family` of a word first seen, kept (empty for no anchor)."""
        family = self.family_of.get(low)
        if family is None and DIGIT_ANCHOR.match(low):
            family = self._digit_family(text)
        elif family is None and BARE_NUMBER.match(low):
            family = self._digit_family(text)
            self._bare_numbers.add(text)
        # An anchor that no pattern holds runs nothing. Bounded by the vocabulary; saves
        # the look-ups on later documents.
        family = self._families[text] = family or frozenset()
        return family

    def windows(self, doc: Doc) -> dict[Family, list[tuple[int, int]]]:
        """(start, end) windows of each family of patterns: around its anchors, merged."""
        windows: dict[Family, list[tuple[int, int]]] = {}
        lows = lowers_of(doc)
        words = words_of(doc)
        n = len(lows)
        known = self._families
        for i, family in enumerate(map(known.get, words)):
            if family is None:  # a word first seen
                family = self._anchor_family(lows[i], words[i])
            if not family:
                continue
            low = lows[i]
            if low == self.summer and (i == 0 or lows[i - 1] not in SUMMER_BEFORE):
                continue  # "a été": the participle, far more frequent than the season
            if words[i] in self._bare_numbers and (i == 0 or lows[i - 1] not in self.number_preps):
                continue  # "15 personnes": a count; "le 15", "en 97" may be dates
            for part in self._parts_of(family):
                before, after = self.reach[part]
                start, end = max(0, i - before), min(n, i + after + 1)
                spans_of = windows.setdefault(part, [])
                if spans_of and start <= spans_of[-1][1]:
                    spans_of[-1] = (spans_of[-1][0], end)
                else:
                    spans_of.append((start, end))
        return windows

    def _parts_of(self, family: Family) -> tuple[Family, ...]:
        """A family as the near patterns and the far-reaching ones, each in its own window.

        A few long patterns ("entre le jeudi 11 et le lundi 15 avril") would widen the
        window of all; the family is cut at the reach where the summed work (patterns times
        window tokens) is least, and each part runs in a window as wide as its own reach.
        """
        try:
            return self._parts[family]
        except KeyError:
            pass
        best: tuple[int, tuple[Family, ...]] = (
            len(family) * (sum(self.reach[family]) + 1),
            (family,),
        )
        for before, after in {self._reach[i] for i in family}:
            near = frozenset(
                i for i in family if self._reach[i][0] <= before and self._reach[i][1] <= after
            )
            far = family - near
            if not far:
                continue
            far_reach = (
                max(self._reach[i][0] for i in far),
                max(self._reach[i][1] for i in far),
            )
            work = len(near) * (before + after + 1) + len(far) * (sum(far_reach) + 1)
            if work < best[0]:
                self.reach.setdefault(near, (before, after))
                self.reach.setdefault(far, far_reach)
                best = (work, (near, far))
        self._parts[family] = best[1]
        return best[1]

    def matches(self, doc: Doc) -> list[tuple[int, int, Found]]:
        """(start, end, match) of every pattern in its windows, one per rule and tokens.

        Sorted by start, end and rule id hash (the order `rules.setdefault` relies on
        when two rules match the same tokens); of two patterns of one rule matching the
        same tokens, the first in the file wins.
        """
        words = words_of(doc)
        strings = doc.vocab.strings
        # No date runs over a blank line: windows are cut there, so that a paragraph
        # break (a whitespace token) does not call for the slower matcher.
        blank_lines = [
            k for k, w in enumerate(words) if "\n" in w and w.count("\n") > 1 and w.isspace()
        ]
        masks = self.screen.masks(words, lowers_of(doc))
        best: dict[tuple[int, int, int], tuple[int, Found]] = {}
        for family, family_windows in self.windows(doc).items():
            for start, end in cut(family_windows, blank_lines):
                # Only the patterns whose required words the window holds: most windows
                # hold none ("en juillet dernier" runs no range of "du 3 au 5 juillet").
                patterns = self.screen.runnable(family, reduce(or_, masks[start:end], 0))
                if not patterns:
                    continue
                # Whitespace tokens ("1er\u00a0janvier") are rare: only then the slower matcher.
                spaced = any(w.isspace() for w in words[start:end])
                matcher = self._matcher(patterns, family, spaced)
                window = doc[start:end]
                for key, a, b, align in matcher(window, with_alignments=True):  # type: ignore[misc]
                    index, pattern = self.patterns[key]
                    rule_id = strings[pattern.rule]
                    slot = (rule_id, start + a, start + b)
                    if slot in best and best[slot][0] <= index:
                        continue  # one match per rule and tokens: the first pattern's
                    roles = {}
                    for offset, at in enumerate(align):
                        # With spaces allowed, pattern tokens sit at even positions.
                        at, odd = divmod(at, 2) if spaced else (at, 0)
                        roles[start + a + offset] = "" if odd else pattern.roles[at]
                    best[slot] = (index, Found(pattern.rule, roles))
        return [
            (s, e, best[(r, s, e)][1]) for r, s, e in sorted(best, key=lambda m: (m[1], m[2], m[0]))
        ]


def _required_regexes(pattern: Pattern) -> list[tuple[str, re.Pattern[str]]]:
    """(attribute, compiled regex) of each required token of `pattern` given by a regex."""
    out = []
    for spec in pattern:
        if spec.get("OP") in ("?", "*"):
            continue
        for attr in ("LOWER", "TEXT"):
            value = spec.get(attr)
            if isinstance(value, dict) and "REGEX" in value:
                out.append((attr, re.compile(value["REGEX"])))
                break
    return out


def _forms(spec: dict[str, Any], attr: str) -> list[str]:
    """The lower-case words that token `spec` lists on `attr` (one word or a set)."""
    value = spec.get(attr)
    if isinstance(value, dict):
        return [str(f).lower() for f in value.get("IN", [])]
    return [] if value is None else [str(value).lower()]


def cut(windows: Iterable[tuple[int, int]], cuts: list[int]) -> Iterator[tuple[int, int]]:
    """The parts of each (start, end) window between the tokens at `cuts` (sorted)."""
    k = 0
    for start, end in windows:
        while k < len(cuts) and cuts[k] < start:
            k += 1
        j = k
        while j < len(cuts) and cuts[j] < end:
            if cuts[j] > start:
                yield start, cuts[j]
            start = cuts[j] + 1
            j += 1
        if start < end:
            yield start, end
