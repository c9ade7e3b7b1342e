"""The `c5facts_dates` component: date expressions as spans, with the tense of their clause.

Detection is c5facts's own token patterns (models/dates/patterns.jsonl, one spaCy
`Matcher` built at construction), never a free-text date search over the article.
Numbers already claimed by `c5facts_money` are skipped. Each span gets
``span._.c5facts_dates = {"tense": ..., "rule": ...}``; `c5facts.normalise.dates`
turns its text into a TIMEX3 value later (in `c5facts.extract`).

The tense is read from the nearest verb group of the sentence: the morphologizer's
Tense/Mood/VerbForm, the auxiliaries ("a été", "sera", "va", "doit"), future suffixes
the morphologizer often misses ("signera" is tagged a past participle), and an
infinitive after a verb of intention ("a prévu de revenir lundi") counts as future.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from c5facts import resources, spans
from c5facts.errors import ResourceError
from c5facts.normalise.dates import vocabulary

LABEL = "DATE"
# Vocabulary classes whose words anchor a match; tokens with digits anchor too.
ANCHOR_CLASSES = ("month", "weekday", "season", "unit", "holiday_word", "anchor")
# Tokens searched on each side of an anchor: longer than the longest pattern.
# ("au cours des trois prochaines années": 5 before; "vendredi matin et lundi": 4 after).
WINDOW_BEFORE, WINDOW_AFTER = 6, 5
DIGIT = "digit"
INLINE_SPACE = "^[ \\t\u00a0\u202f\u2009]+$"
SUMMER_BEFORE = frozenset(["cet", "en", "l'", "l’", "au", "dès", "depuis", "le"])
# Digit tokens that can anchor a date on their own: a year, 02/03/2016, 2025-11-06, mi-2024.
DIGIT_ANCHOR = re.compile(r"^(?:1[5-9]\d\d|20\d\d|mi-\w+|\d[\d/.-]*[/-]\d+)$")
PATTERN_FILE = ("dates", "patterns.jsonl")
VOCAB_FILE = ("dates", "vocabulary.tsv")

# Future forms the morphologizer tags as participles or adjectives ("signera", "taxerons").
FUTURE_SUFFIX = re.compile(
    r"^\w{2,}(?:era|eront|erai|eras|erez|erons|ira|iront|irai|iras|irez|irons|"
    r"dra|dront|drai|dras|drez|drons|rra|rront|rrai|rras|rrez|rrons|raient|rait|ront)$"
)
SUBJECT_PRONOUNS = frozenset(["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"])
# Words that may sit inside a verb group: "n'a pas été", "s'est", "a-t-il".
GROUP_GLUE = frozenset(
    [
        "ne",
        "n'",
        "pas",
        "plus",
        "jamais",
        "se",
        "s'",
        "y",
        "en",
        "-t-il",
        "-t-elle",
        "-t-on",
        "déjà",
        "encore",
    ]
)
PAST_AUX = frozenset(
    [
        "a",
        "ont",
        "avait",
        "avaient",
        "ai",
        "as",
        "avons",
        "avez",
        "aviez",
        "avions",
        "eu",
        "eut",
        "eurent",
        "aurait",
        "auraient",
        "est",
        "sont",
        "était",
        "étaient",
        "fut",
        "furent",
        "suis",
        "es",
        "sommes",
        "êtes",
        "été",
    ]
)
PREP_VERBS = frozenset(["partir", "compter", "dater"])
NOT_VERBS = frozenset(["front", "affront", "fronts", "affronts"])
HABITUAL_BEFORE = frozenset(["le", "chaque", "les", "tous"])
MEASURE_UNITS = frozenset(
    ["km", "m", "kg", "g", "t", "ha", "mw", "gw", "kw", "kwh", "l", "m2", "m²", "m3", "%", "cm"]
)
DATE_WORDS_AFTER = frozenset(["de", "d'", "du", "des"])


class DatesFinder:
    """Find date expressions with token patterns and record their clause's tense."""

    def __init__(self, nlp: Language, name: str) -> None:
        """Build the matcher once from models/dates."""
        self.name = name
        vocab: dict[str, dict[str, str]] = {}
        for row in resources.read_tsv(*VOCAB_FILE):
            vocab.setdefault(row["class"], {})[row["form"]] = row["value"]
        self.future_words = frozenset(vocab.get("future_aux", {}))
        self.prospective = frozenset(vocab.get("prospective", {}))
        self.intention = frozenset(vocab.get("intention", {}))
        # Every pattern has one of these words (or a digit) as a required token: its
        # anchor class. A window runs only the matchers of the classes found in it.
        self.anchors: dict[str, str] = {}
        for cls in ANCHOR_CLASSES:
            for form in vocab.get(cls, {}):
                for quote in ("'", "’"):
                    self.anchors.setdefault(form.replace("'", quote), cls)
        self._anchor_keys: dict[int, str] = {}
        self.summer = nlp.vocab.strings.add("été")
        self.matchers: dict[str, tuple[Matcher, Matcher]] = {}
        for rule, pattern in load_patterns(vocab):
            cls = self._pattern_class(rule, pattern)
            if cls not in self.matchers:
                self.matchers[cls] = (
                    Matcher(nlp.vocab, validate=True),
                    Matcher(nlp.vocab, validate=True),
                )
            plain, spaced = self.matchers[cls]
            plain.add(rule, [pattern])
            spaced.add(rule, [_allow_spaces(pattern)])

    def _pattern_class(self, rule: str, pattern: list[dict[str, Any]]) -> str:
        """The anchor class of a required token: an anchor word first, else a digit token."""
        required = [spec for spec in pattern if spec.get("OP") not in ("?", "*")]
        for spec in required:
            for attr in ("LOWER", "TEXT"):
                value = spec.get(attr)
                forms = value.get("IN", []) if isinstance(value, dict) else [value]
                # Only a token all of whose forms are anchors of one class guarantees one.
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
        """Write the date spans of `doc` to `doc.spans["c5facts_dates"]`."""
        claimed: set[int] = set()
        for money in doc.spans.get(spans.MONEY, []):
            claimed.update(range(money.start, money.end))
        found: list[Span] = []
        rules: dict[tuple[int, int], str] = {}
        for match_id, start, end in self._matches(doc):
            if claimed.intersection(range(start, end)):
                continue
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            if start < end:
                rules.setdefault((start, end), doc.vocab.strings[match_id])
                found.append(Span(doc, start, end, label=LABEL))
        kept = [s for s in filter_spans(found) if self._plausible(doc, s, rules[(s.start, s.end)])]
        tenses = [self.tense(s) for s in kept]
        # A verbless mention (a headline) takes the tense of the same words elsewhere.
        known: dict[str, str] = {}
        for s, t in zip(kept, tenses, strict=True):
            if t in ("past", "future"):
                known.setdefault(_key(s), t)
        out = []
        for s, t in zip(kept, tenses, strict=True):
            if t is None:
                t = known.get(_key(s))
            s._.set(spans.DATES, {"tense": t, "rule": rules[(s.start, s.end)]})
            out.append(s)
        doc.spans[spans.DATES] = out
        return doc

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Run the matcher only around anchor words: the whole-doc matcher is 5x slower."""
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
        out: set[tuple[int, int, int]] = set()
        for start, end, classes in windows:
            window = doc[start:end]
            # Whitespace tokens ("1er\u00a0janvier") are rare: only then the slower matcher.
            spaced = any(t.is_space for t in window)
            for cls in classes:
                if cls not in self.matchers:
                    continue
                matcher = self.matchers[cls][1 if spaced else 0]
                for match_id, a, b in matcher(window):
                    out.add((match_id, start + a, start + b))
        return sorted(out, key=lambda m: (m[1], m[2], m[0]))

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

    # ------------------------------------------------------------ tense

    def tense(self, span: Span) -> str | None:
        """Tense of the verb nearest to `span` in its sentence ("past"/"future"/"present")."""
        doc = span.doc
        if not doc.has_annotation("POS"):
            return None
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        # Nearest verb first; a left verb wins a tie (the clause's verb usually comes first).
        for d in range(1, len(sent) + 1):
            left, right = span.start - d, span.end - 1 + d
            if left < sent.start and right >= sent.end:
                return None
            for i in (left, right):
                if sent.start <= i < sent.end and self._is_verb(doc[i]):
                    found = self._group_tense(doc[i], sent)
                    if found is not None:
                        return found
        return None

    def _is_verb(self, tok: Token) -> bool:
        if tok.pos_ in ("VERB", "AUX"):
            # "à partir du 1er janvier", "à compter de lundi": prepositions, not verbs
            return not (tok.i > 0 and tok.nbor(-1).lower_ == "à" and tok.lower_ in PREP_VERBS)
        low = tok.lower_
        if low in self.future_words:
            return True
        if tok.pos_ in ("ADJ", "NOUN") and low.endswith("ront") and low not in NOT_VERBS:
            return True  # "les tarifs augmenteront" tagged as a noun
        if tok.pos_ in ("ADJ", "NOUN") and FUTURE_SUFFIX.match(low):
            prev = tok.nbor(-1) if tok.i > 0 else None
            return prev is not None and prev.lower_ in SUBJECT_PRONOUNS
        return False

    def _group(self, tok: Token, sent: Span) -> list[Token]:
        """The verb group around `tok`: its auxiliaries and the main verb."""
        doc = tok.doc
        i = tok.i
        while i - 1 >= sent.start and (
            self._is_verb(doc[i - 1]) or doc[i - 1].lower_ in GROUP_GLUE
        ):
            i -= 1
        j = tok.i
        while j + 1 < sent.end and (self._is_verb(doc[j + 1]) or doc[j + 1].lower_ in GROUP_GLUE):
            j += 1
        return [t for t in doc[i : j + 1] if self._is_verb(t)]

    def _group_tense(self, tok: Token, sent: Span) -> str | None:
        group = self._group(tok, sent)
        if not group:
            return None
        words = [t.lower_ for t in group]
        main = group[-1]
        if main.morph.get("VerbForm", []) == ["Inf"]:
            # "a prévu de revenir lundi", "doit signer mardi": a coming event
            if any(w in self.intention or w in self.future_words for w in words[:-1]):
                return "future"
            governing = self._governing(main, sent)
            if governing is not None:
                gw = [t.lower_ for t in governing]
                if any(w in self.intention or w in self.prospective for w in gw):
                    return "future"
                return self._finite_tense(governing)
            return None
        return self._finite_tense(group)

    def _governing(self, inf: Token, sent: Span) -> list[Token] | None:
        doc = inf.doc
        i = inf.i - len(self._group(inf, sent))
        steps = 0
        while i >= sent.start and steps < 4:
            tok = doc[i]
            if self._is_verb(tok):
                return self._group(tok, sent)
            if tok.is_punct:
                return None
            i -= 1
            steps += 1
        return None

    def _finite_tense(self, group: list[Token]) -> str | None:
        words = [t.lower_ for t in group]
        main = group[-1]
        first = words[0]
        participle = main.morph.get("VerbForm", []) == ["Part"] and len(group) > 1
        if first in ("aurait", "auraient") and participle:
            return "past"  # conditional past: "aurait reçu"
        if first in self.future_words:
            return "future"
        if participle and main.lower_ in self.prospective:
            return "future"  # "est attendu mercredi", "est prévu lundi"
        for t in group:
            if FUTURE_SUFFIX.match(t.lower_) and "Past" not in t.morph.get("Tense", []):
                return "future"
            if t.morph.get("Tense", []) == ["Fut"] or t.morph.get("Mood", []) == ["Cnd"]:
                return "future"
        for t in group:
            low = t.lower_
            if FUTURE_SUFFIX.match(low) and t.morph.get("VerbForm", []) == ["Part"]:
                return "future"  # "signera" tagged as a participle
        if participle and first in PAST_AUX:
            return "past"
        if main.morph.get("Tense", []) in (["Imp"], ["Past"]):
            if main.morph.get("VerbForm", []) == ["Part"] and main.lower_ in self.prospective:
                return "future"
            return "past"
        if main.morph.get("Tense", []) == ["Pres"]:
            return "present"
        return None


def _key(span: Span) -> str:
    return " ".join(t.lower_ for t in span if t.lower_ not in ("ce", "cet", "le", "la", "de"))


def load_patterns(vocab: dict[str, dict[str, str]]) -> Iterable[tuple[str, list[dict[str, Any]]]]:
    """Read models/dates/patterns.jsonl, expanding its macros and vocabulary classes."""
    macros: dict[str, list[dict[str, Any]]] = {}
    out: list[tuple[str, list[dict[str, Any]]]] = []
    for obj in resources.read_jsonl(*PATTERN_FILE):
        pattern = _expand(obj.get("pattern", []), macros, vocab)
        if "define" in obj:
            macros[str(obj["define"])] = pattern
        elif "id" in obj:
            out.append((str(obj["id"]), pattern))
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
    tokens: list[dict[str, Any]],
    macros: dict[str, list[dict[str, Any]]],
    vocab: dict[str, dict[str, str]],
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
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
            cls = spec.pop("VOCAB")
            forms = sorted(vocab.get(cls, {}))
            if not forms:
                raise ResourceError(f"{'/'.join(VOCAB_FILE)}: no forms of class {cls!r}")
            extra = spec.pop("OR_REGEX", None)
            if extra:
                alts = "|".join([extra, *(re.escape(f) for f in forms)])
                spec["LOWER"] = {"REGEX": f"^(?:{alts})$"}
            else:
                spec["LOWER"] = {"IN": forms}
        out.append(_with_curly_apostrophes(spec))
    return out


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
