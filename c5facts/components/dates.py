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
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from c5facts import resources, spans
from c5facts.components.tense import ClauseTense
from c5facts.errors import ResourceError
from c5facts.matches import DateMatch, DateWord
from c5facts.normalise.dates.fields import read_fields
from c5facts.normalise.dates.vocab import number_word, vocabulary

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
# ("au cours des trois prochaines années": 5 before; "vendredi matin et lundi": 4 after).
WINDOW_BEFORE, WINDOW_AFTER = 6, 5
DIGIT = "digit"
# The apostrophe and the characters papers print for it (typographic, modifier letter,
# full-width, grave and acute accents, left quote, turned comma, Armenian apostrophe,
# saltillo, prime, reversed prime, modifier prime): all read as "'".
APOSTROPHES = "'’ʼ＇`´‘ʻ՚ꞌ′‵ʹ"
_FOLD_QUOTES = str.maketrans(dict.fromkeys(APOSTROPHES[1:], "'"))
INLINE_SPACE = "^[ \\t\u00a0\u202f\u2009]+$"
SUMMER_BEFORE = frozenset(["cet", "en", "l'", "l’", "au", "dès", "depuis", "le"])
# Digit tokens that can anchor a date on their own: a year, 02/03/2016, 2025-11-06, mi-2024.
DIGIT_ANCHOR = re.compile(
    r"^(?:1[5-9]\d\d|20\d\d|mi-\w+|\d[\d/.-]*[/.-]\d+|\d{1,2}(?:h\d*|:\d\d))$"
)
PATTERN_FILE = ("dates", "patterns.jsonl")
HABITUAL_BEFORE = frozenset(["le", "chaque", "les", "tous"])
MEASURE_UNITS = frozenset(
    ["km", "m", "kg", "g", "t", "ha", "mw", "gw", "kw", "kwh", "l", "m2", "m²", "m3", "%", "cm"]
)
DATE_WORDS_AFTER = frozenset(["de", "d'", "du", "des"])
# Forms of "avoir" before an age: "il a 45 ans".
_AVOIR = frozenset(
    ["a", "ai", "as", "avait", "avaient", "aura", "auront", "aurait", "avoir", "ayant", "ont", "eu"]
)

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
                for quote in APOSTROPHES:
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
        # Implausible readings go first, so that a longer one ("une année" before "2020")
        # does not hide the right one ("année 2020").
        kept = filter_spans(
            [s for s in found if self._plausible(doc, s, rules[(s.start, s.end)].rule)]
        )
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
            date_match = _date_match(s, rules[(s.start, s.end)], t)
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
        if rule in ("duration_bare", "duration") and not _is_duration(doc, span):
            return False
        if (
            rule == "time"
            and span[-1].lower_ in ("h", "heure", "heures")
            and nxt is not None
            and _fold(nxt) in ("de", "d'")
        ):
            return False  # "à 2 heures de Paris", "à trois heures de route": a distance
        if rule == "part_edge" and _day_named_before(doc, span):
            return False  # "mardi 29 août, en début de soirée": that day's, not the paper's
        if (
            rule in ("part_edge", "part_today")
            and nxt is not None
            and _fold(nxt) in ("du", "de", "d'")
        ):
            return False  # "dans la soirée du mardi 2 octobre": the day follows
        if (
            rule == "weekday_day"
            and nxt is not None
            and (_counts_something(nxt) or nxt.lower_ in ("h", "h.", "heure", "heures", "%"))
        ):
            return False  # "jeudi 15 h" (an hour), "mardi 3 blessés" (a count)
        if rule == "week_edge" and nxt is not None and nxt.lower_ in _WEEK_DIRECTIONS:
            return False  # "le début de la semaine prochaine": another week than this one
        if rule == "duration_whole" and nxt is not None and _fold(nxt) in ("de", "d'"):
            return False  # "tout le mois de mars", "toute l'année 2019": a date, not a length
        if rule == "day_month_year2" and nxt is not None and _counts_something(nxt):
            return False  # "le 3 mars 15 personnes": 15 counts, it is no year
        if rule == "veille":
            # "au lendemain d'un discours" is relative to an event, not to the paper's date
            return nxt is None or _fold(nxt) not in DATE_WORDS_AFTER
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


_WEEK_DIRECTIONS = frozenset(
    ["prochaine", "dernière", "passée", "précédente", "suivante", "d'avant", "d'après"]
)


def _day_named_before(doc: Doc, span: Span, window: int = 8) -> bool:
    """Whether a day (weekday, relative day, month) is named just before, in the sentence."""
    voc = vocabulary()
    start = max(span.sent.start if doc.has_annotation("SENT_START") else 0, span.start - window)
    for tok in doc[start : span.start]:
        word = _fold(tok)
        if word in voc.weekdays or word in voc.relative_days or word in voc.months:
            return True
    return False


def _count_and_unit(span: Span) -> tuple[Token | None, Token | None]:
    """The first count and unit tokens of a duration span (None when absent)."""
    voc = vocabulary()
    count = unit = None
    for t in span:
        if count is None and number_word(t.lower_) is not None:
            count = t
        elif count is not None and (t.lower_ in voc.units or t.lower_ in voc.time_units):
            unit = t
            break
    return count, unit


def _is_duration(doc: Doc, span: Span) -> bool:
    """Whether a count of time units is a duration: not an age, not a vague "un jour".

    An age is a count of years after a person noun or "âgé" ("un homme de 45 ans",
    "âgée de 30 ans"), after a form of "avoir" ("il a 45 ans"), after "à" ("mort à 87
    ans", not "à 10 ans de prison"), in apposition ("Jean, 45 ans,"), or after "les"
    with a qualifier ("les moins de 25 ans"). "un jour", "une journée" alone are vague.
    """
    voc = vocabulary()
    count, unit = _count_and_unit(span)
    if count is None or unit is None:
        return True  # no count: the resolver decides ("la dernière décennie")
    nxt = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if nxt is not None and DIGIT_ANCHOR.match(nxt.text) and len(nxt.text) == 4:
        return False  # "une année 2020": the year, not a duration
    lead = [t for t in doc[span.start : count.i] if _fold(t) not in ("de", "d'")]
    if count.lower_ in ("un", "une") and voc.units.get(unit.lower_) == "1D" and not lead:
        return False  # "un jour", "d'une journée de tensions": someday, an event
    if voc.units.get(unit.lower_) != "1Y":
        return True
    i = count.i
    while i > span.start and _fold(doc[i - 1]) not in ("de", "d'"):
        i -= 1  # "plus de", "près de" inside the span
    while i > 0 and _fold(doc[i - 1]) in ("de", "d'", "plus", "moins", "près"):
        i -= 1
    prev = doc[i - 1] if i > 0 else None
    if prev is None:
        return True
    word = prev.lower_
    if word in voc.age_nouns or word.rstrip("s") in voc.age_nouns or word.startswith("âgé"):
        return False
    if (
        _fold(doc[i]) in ("de", "d'")
        and (prev.pos_ == "PROPN" or prev.text[:1].isupper())
        and i > 1
    ):
        return False  # "le Franco-Libanais de 64 ans", "Jean Martin de 30 ans": a person
    if word in _AVOIR and count.i == i:
        return False
    if word == "à" and (nxt is None or nxt.lower_ not in DATE_WORDS_AFTER):
        return False
    if word in (",", "(") and (nxt is None or nxt.text in (",", ")", ".", ";")):
        return False
    return not (word in ("les", "des") and count.i != i)


def _fold(token: Token) -> str:
    """The lower-case form of a token with its apostrophe folded to "'"."""
    return token.lower_.translate(_FOLD_QUOTES)


def _counts_something(token: Token) -> bool:
    """Whether a token after a number makes it a count ("15 personnes", "15 %")."""
    return token.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or token.lower_ in MEASURE_UNITS


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


def _key(span: Span) -> str:
    return " ".join(t.lower_ for t in span if t.lower_ not in ("ce", "cet", "le", "la", "de"))


def _date_match(span: Span, found: _Found, tense: str | None) -> DateMatch:
    """The `DateMatch` of a kept span: its words with their roles, read into fields once."""
    words = tuple(
        DateWord(found.roles.get(t.i, ""), t.lower_.translate(_FOLD_QUOTES), t.text_with_ws)
        for t in span
    )
    if span.start > 0 and _fold(span.doc[span.start - 1]) == "jusqu'":
        # The tokenizer splits "jusqu'au": the elided half before the span is its
        # preposition ("jusqu'" + "au"); it adds no text to the match.
        words = (DateWord("prep", "jusqu'", ""), *words)
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
