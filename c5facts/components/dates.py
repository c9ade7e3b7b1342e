"""The `c5facts_dates` component: date expressions as spans, each with its `DateMatch`.

Detection is c5facts's own token patterns (models/dates/patterns.jsonl, spaCy `Matcher`s
built at construction), never a free-text date search over the article. Numbers already
claimed by `c5facts_money` are skipped. Each pattern token may carry a ROLE ("day",
"month", "year", "prep"...); matching with alignments tells which pattern token each
matched token stands for, so the values are read once from the roles
(`c5facts.normalise.dates.fields.read_fields`) and put with the pattern id and the
clause's tense (`c5facts.components.tense`) in a `DateMatch` on
``span._.c5facts_dates``. `c5facts.normalise.dates.resolve` places it on the calendar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from c5facts import resources, spans
from c5facts.components.tense import ClauseTense
from c5facts.errors import ResourceError
from c5facts.matches import DateMatch, DateWord
from c5facts.normalise.dates.fields import read_fields
from c5facts.normalise.dates.vocab import vocabulary

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
    "holiday_word": "holiday_word",
    "relative_day": "anchor",
    "anchor": "anchor",
}
# Tokens searched on each side of an anchor: longer than the longest pattern.
# ("au cours des trois prochaines années": 5 before; "vendredi matin et lundi": 4 after).
WINDOW_BEFORE, WINDOW_AFTER = 6, 5
DIGIT = "digit"
INLINE_SPACE = "^[ \\t\u00a0\u202f\u2009]+$"
SUMMER_BEFORE = frozenset(["cet", "en", "l'", "l’", "au", "dès", "depuis", "le"])
# Digit tokens that can anchor a date on their own: a year, 02/03/2016, 2025-11-06, mi-2024.
DIGIT_ANCHOR = re.compile(r"^(?:1[5-9]\d\d|20\d\d|mi-\w+|\d[\d/.-]*[/-]\d+)$")
PATTERN_FILE = ("dates", "patterns.jsonl")
HABITUAL_BEFORE = frozenset(["le", "chaque", "les", "tous"])
MEASURE_UNITS = frozenset(
    ["km", "m", "kg", "g", "t", "ha", "mw", "gw", "kw", "kwh", "l", "m2", "m²", "m3", "%", "cm"]
)
DATE_WORDS_AFTER = frozenset(["de", "d'", "du", "des"])

Pattern = list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class DatePattern:
    """One line of patterns.jsonl, expanded: its id, Matcher tokens and their roles."""

    rule: str
    tokens: Pattern  # ROLE keys removed: what Matcher.add takes
    roles: tuple[str, ...]  # the role of each token ("" for a fixed word)


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
                for quote in ("'", "’"):
                    self.anchors.setdefault(form.replace("'", quote), group)
        self._anchor_keys: dict[int, str] = {}
        self.summer = nlp.vocab.strings.add("été")
        self.matchers: dict[str, tuple[Matcher, Matcher]] = {}
        # Matcher key -> (pattern index, pattern): each pattern has its own key, so that
        # the alignments of a match point into one known pattern.
        self.patterns: dict[int, tuple[int, DatePattern]] = {}
        for index, pattern in enumerate(load_patterns(vocab)):
            cls = self._pattern_class(pattern.rule, pattern.tokens)
            if cls not in self.matchers:
                self.matchers[cls] = (
                    Matcher(nlp.vocab, validate=True),
                    Matcher(nlp.vocab, validate=True),
                )
            plain, spaced = self.matchers[cls]
            key = f"{pattern.rule}#{index}"
            self.patterns[nlp.vocab.strings.add(key)] = (index, pattern)
            nlp.vocab.strings.add(pattern.rule)
            plain.add(key, [pattern.tokens])
            spaced.add(key, [_allow_spaces(pattern.tokens)])

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
                rules.setdefault((start, end), match)
                found.append(Span(doc, start, end, label=LABEL))
        kept = [
            s for s in filter_spans(found) if self._plausible(doc, s, rules[(s.start, s.end)].rule)
        ]
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
            s._.set(spans.DATES, _date_match(s, rules[(s.start, s.end)], t))
            out.append(s)
        doc.spans[spans.DATES] = out
        return doc

    def _matches(self, doc: Doc) -> list[tuple[int, int, _Found]]:
        """Run the matchers only around anchor words: the whole-doc matcher is 5x slower.

        Returns (start, end, match) sorted by start, end and rule id hash (the order
        `rules.setdefault` relies on when two rules match the same tokens).
        """
        windows: list[tuple[int, int, set[str]]] = []
        lowers = doc.to_array("LOWER").tolist()  # ints: no Token objects for the scan
        strings = doc.vocab.strings
        for i, key in enumerate(lowers):
            cls = self._anchor_class(key, strings)
            if not cls:
                continue
            if key == self.summer and (i == 0 or strings[lowers[i - 1]] not in SUMMER_BEFORE):
                continue  # "a été": the participle, far more frequent than the season
            start, end = max(0, i - WINDOW_BEFORE), min(len(doc), i + WINDOW_AFTER + 1)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end, windows[-1][2] | {cls})
            else:
                windows.append((start, end, {cls}))
        best: dict[tuple[int, int, int], tuple[int, _Found]] = {}
        for start, end, classes in windows:
            window = doc[start:end]
            # Whitespace tokens ("1er\u00a0janvier") are rare: only then the slower matcher.
            spaced = any(t.is_space for t in window)
            for cls in classes:
                if cls not in self.matchers:
                    continue
                matcher = self.matchers[cls][1 if spaced else 0]
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

    @staticmethod
    def _plausible(doc: Doc, span: Span, rule: str) -> bool:
        nxt = doc[span.end] if span.end < len(doc) else None
        if rule == "veille":
            # "au lendemain d'un discours" is relative to an event, not to the paper's date
            return nxt is None or nxt.lower_ not in DATE_WORDS_AFTER
        if nxt is not None and nxt.lower_.lstrip("-") == "là":
            return False  # "cette année-là": a year of the story, not of the paper
        prev = doc[span.start - 1] if span.start > 0 else None
        if rule == "weekday" and prev is not None and prev.lower_ in HABITUAL_BEFORE:
            return False  # "fermé le lundi", "chaque mardi": a habit, not a date
        if rule in ("year_coord", "month_coord"):
            # "en 2019 et 2020", "en mars et avril": only right after another date word
            before = prev.lower_ if prev is not None else ""
            if not (DIGIT_ANCHOR.match(before) or before in vocabulary().months):
                return False
        if (
            rule in ("year", "year_range", "range_years", "year_coord")
            and span[-1].like_num
            and nxt is not None
        ):
            # "de 1500 personnes", "entre 1500 et 2000 manifestants", "à 2000 m": counts
            if nxt.lower_.rstrip(".") in MEASURE_UNITS:
                return False
            if nxt.pos_ == "NOUN" and nxt.morph.get("Number", []) == ["Plur"]:
                return False
        return True


def _key(span: Span) -> str:
    return " ".join(t.lower_ for t in span if t.lower_ not in ("ce", "cet", "le", "la", "de"))


def _date_match(span: Span, found: _Found, tense: str | None) -> DateMatch:
    """The `DateMatch` of a kept span: its words with their roles, read into fields once."""
    words = tuple(
        DateWord(found.roles.get(t.i, ""), t.lower_.replace("’", "'"), t.text_with_ws) for t in span
    )
    first, end = read_fields(words)
    assert tense in (None, "past", "future", "present")
    return DateMatch(rule=found.rule, tense=tense, words=words, fields=first, end=end)  # type: ignore[arg-type]


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
            out.append(DatePattern(str(obj["id"]), tokens, roles))
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
            if "OP" in spec:
                if len(body) != 1:
                    raise ResourceError(f"{'/'.join(PATTERN_FILE)}: OP on multi-token {name!r}")
                body[0]["OP"] = spec["OP"]
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
                value["IN"] = forms + [f.replace("'", "’") for f in forms if "'" in f]
            if "REGEX" in value:
                value["REGEX"] = value["REGEX"].replace("'", "['’]")
        out[key] = value
    return out


@Language.factory("c5facts_dates")
def make_dates(nlp: Language, name: str) -> DatesFinder:
    """Factory of the dates component (data from models/dates)."""
    return DatesFinder(nlp, name)
