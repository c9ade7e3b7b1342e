"""The `c5facts_dates` component: date expressions as spans, each with its `DateMatch`.

Detection is c5facts's own token patterns (models/dates/patterns.jsonl, spaCy `Matcher`s
built at construction), never a free-text date search over the article. Numbers already
claimed by `c5facts_money` are skipped, and the readings that the context rules out (a
habit, a count, "cette année-là"...) are dropped by `c5facts.components.date_filters`.
Each pattern token may carry a ROLE ("day", "month", "year", "prep"...); matching with
alignments tells which pattern token each matched token stands for, so the values are
read once from the roles (`c5facts.normalise.dates.fields.read_fields`) and put with the
pattern id and the clause's tense (`c5facts.components.tense`) in a `DateMatch` on
``span._.c5facts_dates``. `c5facts.normalise.dates.resolve` places it on the calendar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.strings import StringStore
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from c5facts import resources, spans
from c5facts.components.date_compose import (
    DAY_HELD_RULES,
    HELD_RULES,
    bare_clock_ok,
    compose_times,
)
from c5facts.components.date_filters import APOSTROPHES, DIGIT_ANCHOR, fold, plausible
from c5facts.components.doc_text import words_of
from c5facts.components.lexeme_flags import LexemeFlags
from c5facts.components.tense import ClauseTense
from c5facts.errors import ResourceError
from c5facts.matches import DateMatch, DateWord
from c5facts.normalise.dates.fields import read_fields

LABEL = "DATE"
# Vocabulary classes whose words anchor a match, and the matcher group each one opens;
# tokens with digits anchor too. The order decides a word in two classes ("sept").
ANCHOR_CLASSES = {
    "month": "month",
    "month_abbr": "month",
    "month_short": "month",
    "month_rare": "month",
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
# Tokens searched on each side of an anchor: longer than the longest pattern.
# ("les 1er, 2, 3 et 4 avril": 8 before; "vendredi matin et lundi": 4 after).
WINDOW_BEFORE, WINDOW_AFTER = 8, 5
DIGIT = "digit"
INLINE_SPACE = "^[ \\t\u00a0\u202f\u2009]+$"
SUMMER_BEFORE = frozenset(["cet", "en", "l'", "l’", "au", "dès", "depuis", "le"])
PATTERN_FILE = ("dates", "patterns.jsonl")
# The rule of coordinated days sharing a month ("les 13 et 14 juillet"): one match per day.
COORDINATED_DAYS = "day_coord"
Pattern = list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class DatePattern:
    """One line of patterns.jsonl, expanded: its id, Matcher tokens and their roles."""

    rule: str
    tokens: Pattern  # ROLE keys removed: what Matcher.add takes
    roles: tuple[str, ...]  # the role of each token ("" for a fixed word)
    # The anchor groups whose windows run it, when its own words anchor none ("le 16"
    # joins the time after it: "à 18h", "vers 10 heures", "à midi"); else its anchor's.
    groups: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Found:
    """A match before overlaps are resolved: its rule and the role of each token."""

    rule: str
    roles: dict[int, str]  # doc token index -> role


class DatesFinder:
    """Find date expressions with token patterns; attach a `DateMatch` to each span."""

    def __init__(self, nlp: Language, name: str) -> None:
        """Build the matchers once from models/dates."""
        self.name = name
        vocab = resources.date_vocabulary()
        self.clause = ClauseTense.from_vocabulary()
        # Every pattern has one of these words (or a digit) as a required token: its
        # anchor group. A window runs only the matchers of the groups found in it.
        self.anchors: dict[str, str] = {}
        for cls, group in ANCHOR_CLASSES.items():
            for form in vocab.get(cls, {}):
                for quote in APOSTROPHES:
                    self.anchors.setdefault(form.replace("'", quote), group)
        self._anchor_keys: dict[int, str] = {}
        self.summer = nlp.vocab.strings.add("été")
        self.matchers: dict[str, tuple[Matcher, Matcher]] = {}
        # Matcher key -> (pattern index, pattern): each pattern has its own key, so that
        # the alignments of a match point into one known pattern.
        self.patterns: dict[int, tuple[int, DatePattern]] = {}
        # Tokens searched before and after an anchor, per group: as far as the group's
        # longest pattern reaches from its anchor (the default window for the patterns
        # that join the words around another group's anchor).
        self.reach: dict[str, tuple[int, int]] = {}
        patterns = load_patterns(vocab)
        for pattern in patterns:
            # Checked here: the matchers take the rewritten patterns, which the schema
            # does not know (flag keys).
            if errors := validate_token_pattern(pattern.tokens):
                raise ResourceError(f"{'/'.join(PATTERN_FILE)}: {pattern.rule}: {errors[0]}")
        flags = LexemeFlags(nlp.vocab, [_allow_spaces(p.tokens) for p in patterns])
        for index, pattern in enumerate(patterns):
            key = f"{pattern.rule}#{index}"
            self.patterns[nlp.vocab.strings.add(key)] = (index, pattern)
            nlp.vocab.strings.add(pattern.rule)
            own = self._pattern_class(pattern.rule, pattern.tokens)
            for cls in pattern.groups or (own,):
                before, after = self.reach.get(cls, (0, 0))
                if pattern.groups:
                    # It joins the words around another group's anchor: the whole window.
                    before, after = max(before, WINDOW_BEFORE), max(after, WINDOW_AFTER)
                else:
                    at = self._anchor_positions(own, pattern.tokens)
                    before = max(before, max(at))
                    after = max(after, len(pattern.tokens) - 1 - min(at))
                self.reach[cls] = (before, after)
                if cls not in self.matchers:
                    self.matchers[cls] = (
                        Matcher(nlp.vocab, validate=False),
                        Matcher(nlp.vocab, validate=False),
                    )
                plain, spaced = self.matchers[cls]
                plain.add(key, [flags.rewrite(pattern.tokens)])
                spaced.add(key, [flags.rewrite(_allow_spaces(pattern.tokens))])

    def _anchor_positions(self, cls: str, pattern: Pattern) -> list[int]:
        """Positions of the required tokens of `pattern` that are anchors of group `cls`."""
        out = []
        for k, spec in enumerate(pattern):
            if spec.get("OP") in ("?", "*"):
                continue
            for attr in ("LOWER", "TEXT"):
                value = spec.get(attr)
                if cls == DIGIT and isinstance(value, dict) and "REGEX" in value:
                    out.append(k)
                    break
                forms = value.get("IN", []) if isinstance(value, dict) else [value]
                if forms and all(self.anchors.get(str(f).lower()) == cls for f in forms):
                    out.append(k)
                    break
        return out or [0, len(pattern) - 1]  # no anchor found: the whole pattern's reach

    def _pattern_class(self, rule: str, pattern: Pattern) -> str:
        """The anchor group of a required token: an anchor word first, else a digit token."""
        required = [spec for spec in pattern if spec.get("OP") not in ("?", "*")]
        for spec in required:
            for attr in ("LOWER", "TEXT"):
                value = spec.get(attr)
                forms = value.get("IN", []) if isinstance(value, dict) else [value]
                # Only a token all of whose forms are anchors of one group guarantees one.
                classes = {self.anchors.get(str(form).lower()) for form in forms}
                if forms and len(classes) == 1 and None not in classes:
                    return str(classes.pop())
        for spec in required:
            # Years, numeric dates and "mi-juin" are tokens that DIGIT_ANCHOR accepts.
            if any(isinstance(spec.get(a), dict) and "REGEX" in spec[a] for a in ("LOWER", "TEXT")):
                return DIGIT
        raise ResourceError(f"{'/'.join(PATTERN_FILE)}: pattern {rule!r} has no anchor word")

    # ------------------------------------------------------------ matching

    def __call__(self, doc: Doc) -> Doc:
        """Write the date spans of `doc` to `doc.spans["c5facts_dates"]`, each with its match."""
        claimed: set[int] = set()
        for money in doc.spans.get(spans.MONEY, []):
            claimed.update(range(money.start, money.end))
        found: list[Span] = []
        rules: dict[tuple[int, int], _Found] = {}
        for start, end, match in self._matches(doc):
            if claimed.intersection(range(start, end)):
                continue
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            if start < end:
                span = Span(doc, start, end, label=LABEL)
                first = rules.setdefault((start, end), match)
                if first is not match and _better(doc, span, first, match):
                    rules[(start, end)] = match  # "de 9 heures à 17 heures": a time
                found.append(span)
        # Implausible readings go first, so that a longer one ("une année" before "2020")
        # does not hide the right one ("année 2020"); then a day and its time of day
        # beside it are made one span (date_compose).
        ok, held = [], set()
        for s in found:
            rule_id = rules[(s.start, s.end)].rule
            if rule_id in HELD_RULES or (
                rule_id in DAY_HELD_RULES and not plausible(doc, s, rule_id)
            ):
                # "le 16" (a day only beside a time), a part of the day ruled out by the day
                # beside it: kept to join that day or time, dropped alone.
                if plausible(doc, s, "time"):
                    ok.append(s)
                    held.add((s.start, s.end))
            elif plausible(doc, s, rule_id) and bare_clock_ok(doc, s):
                ok.append(s)
        kept = filter_spans(ok)
        kept, merged = compose_times(doc, kept, rules, held, _Found)
        rules.update(merged)
        tenses = [self.clause.tense(s) for s in kept]
        # A verbless mention (a headline) takes the tense of the same words elsewhere.
        known: dict[str, str] = {}
        for s, t in zip(kept, tenses, strict=True):
            if t in ("past", "future"):
                known.setdefault(_key(s), t)
        out = []
        for s, t in zip(kept, tenses, strict=True):
            if t is None:
                t = known.get(_key(s))
            rule = rules[(s.start, s.end)]
            if rule.rule == COORDINATED_DAYS:
                for part, part_match in _coordinated_days(s, rule, t):
                    part._.set(spans.DATES, part_match)
                    out.append(part)
                continue
            date_match = _date_match(s, rule, t)
            # TimeML extent: the expression without its leading preposition ("en 1975" ->
            # "1975"); the match keeps every word, so the preposition still places it.
            s = _timeml_extent(s, date_match)
            s._.set(spans.DATES, date_match)
            out.append(s)
        doc.spans[spans.DATES] = out
        return doc

    def _matches(self, doc: Doc) -> list[tuple[int, int, _Found]]:
        """Run the matchers only around anchor words: the whole-doc matcher is 5x slower.

        Returns (start, end, match) sorted by start, end and rule id hash (the order
        `rules.setdefault` relies on when two rules match the same tokens).
        """
        # One list of windows per anchor group: a group's matcher runs only around its
        # own anchors (every match of its patterns holds one), within the group's reach.
        windows: dict[str, list[tuple[int, int]]] = {}
        lowers = doc.to_array("LOWER").tolist()  # ints: no Token objects for the scan
        strings = doc.vocab.strings
        n = len(doc)
        for i, key in enumerate(lowers):
            cls = self._anchor_class(key, strings)
            if not cls or cls not in self.matchers:
                continue
            if key == self.summer and (i == 0 or strings[lowers[i - 1]] not in SUMMER_BEFORE):
                continue  # "a été": the participle, far more frequent than the season
            before, after = self.reach[cls]
            start, end = max(0, i - before), min(n, i + after + 1)
            spans_of = windows.setdefault(cls, [])
            if spans_of and start <= spans_of[-1][1]:
                spans_of[-1] = (spans_of[-1][0], end)
            else:
                spans_of.append((start, end))
        words = words_of(doc)
        # No date runs over a blank line: windows are cut there, so that a paragraph
        # break (a whitespace token) does not call for the slower matcher.
        blank_lines = [k for k, w in enumerate(words) if w.count("\n") > 1 and w.isspace()]
        best: dict[tuple[int, int, int], tuple[int, _Found]] = {}
        for cls, group_windows in windows.items():
            plain, with_spaces = self.matchers[cls]
            for start, end in _cut(group_windows, blank_lines):
                window = doc[start:end]
                # Whitespace tokens ("1er\u00a0janvier") are rare: only then the slower matcher.
                spaced = any(w.isspace() for w in words[start:end])
                matcher = with_spaces if spaced else plain
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
                    best[slot] = (index, _Found(pattern.rule, roles))
        return [
            (s, e, best[(r, s, e)][1]) for r, s, e in sorted(best, key=lambda m: (m[1], m[2], m[0]))
        ]

    def _anchor_class(self, key: int, strings: StringStore) -> str:
        found = self._anchor_keys.get(key)
        if found is None:
            text = strings[key]
            found = self.anchors.get(text, "")
            if not found and DIGIT_ANCHOR.match(text):
                found = DIGIT
            # Bounded by the vocabulary; saves a string lookup per token on later docs.
            self._anchor_keys[key] = found
        return found


# Leading words of a match that TimeML leaves out of the extent (prepositions and the
# words of a compound preposition); determiners stay ("le 12 mars", "la veille").
_DETERMINERS = frozenset(["le", "la", "l'", "les", "ce", "cet", "cette", "ces"])
_KEPT = _DETERMINERS | {"début", "fin", "mi", "mi-", "milieu", "courant"}
_PREP_TAIL = frozenset(["cours", "ici", "lors", "de", "d'", "des", "du", "à", "en"])


def _timeml_extent(span: Span, match: DateMatch) -> Span:
    """The span without its leading preposition (ranges keep their "du ... au")."""
    if match.rule.startswith("range") and any(w.role == "to" for w in match.words):
        return span
    start = span.start
    words = match.words
    k = 0
    while k < len(words) - 1 and words[k].role == "prep" and words[k].form not in _KEPT:
        k += 1
    if k == 0:
        return span
    while k < len(words) - 1 and words[k].role in ("", "det") and words[k].form in _PREP_TAIL:
        k += 1
    synthetic = sum(1 for w in words[:k] if not w.text)  # "jusqu'" before the span
    return Span(span.doc, start + k - synthetic, span.end, label=LABEL)


def _cut(windows: list[tuple[int, int]], cuts: list[int]) -> Iterator[tuple[int, int]]:
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


def _better(doc: Doc, span: Span, first: _Found, other: _Found) -> bool:
    """Whether another reading of the same tokens replaces an implausible first one."""
    return not plausible(doc, span, first.rule) and plausible(doc, span, other.rule)


def _key(span: Span) -> str:
    return " ".join(t.lower_ for t in span if t.lower_ not in ("ce", "cet", "le", "la", "de"))


def _date_match(span: Span, found: _Found, tense: str | None) -> DateMatch:
    """The `DateMatch` of a kept span: its words with their roles, read into fields once."""
    words = tuple(DateWord(found.roles.get(t.i, ""), fold(t), t.text_with_ws) for t in span)
    if span.start > 0 and fold(span.doc[span.start - 1]) == "jusqu'":
        # The tokenizer splits "jusqu'au": the elided half before the span is its
        # preposition ("jusqu'" + "au"); it adds no text to the match.
        words = (DateWord("prep", "jusqu'", ""), *words)
    return _with_fields(found.rule, words, tense)


def _coordinated_days(span: Span, found: _Found, tense: str | None) -> list[tuple[Span, DateMatch]]:
    """One span and match per day of "les 13 et 14 juillet", "les 3, 4 et 5 mars".

    The pattern gives the leading days the role "coday" and the "et" before the last day
    the role "and". Each leading day is its own span (the first one with the words before
    it: "les 13"), its match made of its own words and the month, year and "prochains" /
    "derniers" shared at the end, added without text (as the "jusqu'" of `_date_match`);
    the last day is the words after "et" ("14 juillet 2026", "le 14 juillet"). All keep
    the rule id, whose resolver is that of a single day.
    """
    roles = found.roles
    tail = max(t.i for t in span if roles.get(t.i) == "and") + 1
    shared = tuple(
        DateWord(roles[t.i], fold(t), "")
        for t in span.doc[tail : span.end]
        if roles.get(t.i) in ("month", "year", "mod")
    )
    out: list[tuple[Span, DateMatch]] = []
    days = [t.i for t in span.doc[span.start : tail] if roles.get(t.i) == "coday"]
    for k, day in enumerate(days):
        # The first part keeps the words before its day ("les"); the others are the day.
        part = Span(span.doc, span.start if k == 0 else day, day + 1, label=LABEL)
        words = tuple(
            DateWord("day" if t.i == day else roles.get(t.i, ""), fold(t), t.text_with_ws)
            for t in part
        )
        out.append((part, _with_fields(found.rule, (*words, *shared), tense)))
    last = Span(span.doc, tail, span.end, label=LABEL)
    out.append((last, _date_match(last, found, tense)))
    return out


def _with_fields(rule: str, words: tuple[DateWord, ...], tense: str | None) -> DateMatch:
    """A `DateMatch` of `words`, its fields read from their roles."""
    first, end = read_fields(words)
    assert tense in (None, "past", "future", "present")
    return DateMatch(rule=rule, tense=tense, words=words, fields=first, end=end)  # type: ignore[arg-type]


def load_patterns(vocab: dict[str, dict[str, str]]) -> list[DatePattern]:
    """Read models/dates/patterns.jsonl, expanding its macros, vocabulary classes and roles."""
    macros: dict[str, Pattern] = {}
    out: list[DatePattern] = []
    for obj in resources.read_jsonl(*PATTERN_FILE):
        pattern = _expand(obj.get("pattern", []), macros, vocab)
        if "define" in obj:
            macros[str(obj["define"])] = pattern
        elif "id" in obj:
            roles = tuple(str(spec.get("ROLE", "")) for spec in pattern)
            tokens = [{k: v for k, v in spec.items() if k != "ROLE"} for spec in pattern]
            groups = tuple(str(g) for g in obj.get("groups", ()))
            out.append(DatePattern(str(obj["id"]), tokens, roles, groups))
        else:
            raise ResourceError(f"{'/'.join(PATTERN_FILE)}: a line has neither 'define' nor 'id'")
    return out


def _allow_spaces(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Allow whitespace tokens between words: "1er\u00a0janvier" is three tokens."""
    out: list[dict[str, Any]] = []
    for k, spec in enumerate(pattern):
        if k:
            # No-break and extra spaces only: a date never runs across a line break.
            out.append({"TEXT": {"REGEX": INLINE_SPACE}, "OP": "?"})
        out.append(spec)
    return out


def _expand(
    tokens: Pattern, macros: dict[str, Pattern], vocab: dict[str, dict[str, str]]
) -> Pattern:
    """Splice macros and turn {"VOCAB": class or [classes]} into the forms of those classes.

    A VOCAB token matches LOWER, or the attribute named by "ATTR" ("TEXT": lower-case
    forms only); "OR_REGEX" adds a regular-expression alternative and "TEMPLATE" puts
    the alternation in a regular expression ("^mi-({})$").
    """
    out: Pattern = []
    for spec in tokens:
        if "MACRO" in spec:
            name = spec["MACRO"]
            if name not in macros:
                raise ResourceError(f"{'/'.join(PATTERN_FILE)}: unknown macro {name!r}")
            body = [dict(t) for t in macros[name]]
            for key in ("OP", "ROLE"):  # {"MACRO": "DAYNUM", "ROLE": "coday"}
                if key in spec:
                    if len(body) != 1:
                        raise ResourceError(
                            f"{'/'.join(PATTERN_FILE)}: {key} on multi-token {name!r}"
                        )
                    body[0][key] = spec[key]
            out.extend(body)
            continue
        spec = dict(spec)
        if "VOCAB" in spec:
            spec.update(_vocab_token(spec, vocab))
        out.append(_with_curly_apostrophes(spec))
    return out


def _vocab_token(spec: dict[str, Any], vocab: dict[str, dict[str, str]]) -> dict[str, Any]:
    """The Matcher attribute of a VOCAB token (its VOCAB, ATTR, OR_REGEX, TEMPLATE keys popped)."""
    wanted = spec.pop("VOCAB")
    classes = [wanted] if isinstance(wanted, str) else list(wanted)
    forms = sorted({form for cls in classes for form in vocab.get(cls, {})})
    if not forms:
        raise ResourceError(f"models/dates/vocabulary.tsv: no forms of class {wanted!r}")
    attr = spec.pop("ATTR", "LOWER")
    extra = spec.pop("OR_REGEX", None)
    template = spec.pop("TEMPLATE", None)
    if template:
        return {attr: {"REGEX": template.replace("{}", "|".join(re.escape(f) for f in forms))}}
    if extra:
        alts = "|".join([extra, *(re.escape(f) for f in forms)])
        return {attr: {"REGEX": f"^(?:{alts})$"}}
    return {attr: {"IN": forms}}


def _with_curly_apostrophes(spec: dict[str, Any]) -> dict[str, Any]:
    """Let every "l'" form also match the typographic "l’" that most papers print."""
    out: dict[str, Any] = {}
    for key, value in spec.items():
        if isinstance(value, dict):
            value = dict(value)
            if "IN" in value:
                forms = list(value["IN"])
                value["IN"] = forms + [
                    f.replace("'", quote) for quote in APOSTROPHES[1:] for f in forms if "'" in f
                ]
            if "REGEX" in value:
                value["REGEX"] = value["REGEX"].replace("'", f"[{APOSTROPHES}]")
        out[key] = value
    return out


@Language.factory("c5facts_dates")
def make_dates(nlp: Language, name: str) -> DatesFinder:
    """Factory of the dates component (data from models/dates)."""
    return DatesFinder(nlp, name)
