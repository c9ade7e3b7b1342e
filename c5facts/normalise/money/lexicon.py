"""The money lexicon: cut a text into the few kinds of token the money grammar reads.

One compiled regular expression, built from the vocabulary of `models/money/`
(currencies, multipliers, qualifiers), finds numbers, multipliers, currencies,
qualifiers, "de" and connectors; all other text is skipped. The parser
(`c5facts.normalise.money.grammar`) combines these tokens into expressions.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from c5facts.normalise.money.numbers import DIGITS_RE, NUMBER_WORDS_RE, parse_number

_CENTIMES = r"centimes?(?!\w)"  # a currency's hundredth, the article's when alone


@dataclass(frozen=True, slots=True)
class Currency:
    """A currency form of the vocabulary: its ISO 4217 code and how it is written."""

    code: str
    kind: str  # word | symbol | code
    ambiguous: str | None = None  # unit group when the reading depends on the article


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the money grammar, with its offsets in the text."""

    kind: str  # qual | cur | num | numw | mult | cents | de | conn
    start: int
    end: int
    key: str  # normalised text
    value: object = None  # Currency (cur), Decimal (num, numw, mult), qualifier name (qual)


# Where a money expression can never continue: a line break after sentence-final
# punctuation, or a blank line (a hard-wrapped line may break inside an expression).
SAFE_CUT = re.compile(r"[.!?»\"”:;][ \t\u00a0]*\n|\n[ \t\u00a0]*\n")


def _key(text: str) -> str:
    """Normalised lookup key: lower case, one plain space, straight apostrophe."""
    return " ".join(text.lower().replace("’", "'").split())


def _expand(form: str) -> list[str]:
    """All spellings of a vocabulary form with optional parts: "dollar(s)" -> 2 forms."""
    parts = re.split(r"(\([^)]*\))", form)
    options = [[p[1:-1], ""] if p.startswith("(") else [p] for p in parts if p]
    return ["".join(combo) for combo in itertools.product(*options)]


def _atoms(form: str, space: str) -> list[str]:
    """Regex atoms of a literal form: any white space between words, either apostrophe."""
    out = []
    for char in form:
        if char == " ":
            out.append(space)
        elif char == "'":
            out.append("['’]")
        else:
            out.append(re.escape(char))
    return out


def trie(forms: list[str], *, space: str = r"\s+") -> str:
    """One regex matching any of `forms`, built as a trie for speed.

    A flat alternation of a few hundred forms is tried form by form at every position
    of the text (seconds on a long article); a trie tests one character at a time.
    Longer forms win ("dollars canadiens" over "dollars"), and a form ending in a
    letter must end a word ("euro" does not match in "européen").
    """
    root: dict[str, object] = {}
    for form in sorted(set(forms)):  # a stable pattern text: the compile can be cached
        node = root
        for atom in _atoms(form, space):
            child = node.setdefault(atom, {})
            assert isinstance(child, dict)
            node = child
        # a word ends before a letter or a hyphenated compound ("euro-obligations")
        # or an elided word ("$ c'est" is not "$ C")
        node[""] = r"(?![^\W\d_]|-[^\W\d_]|['’][^\W\d_])" if form[-1:].isalnum() else ""

    def emit(node: dict[str, object]) -> str:
        alts = [atom + emit(child) for atom, child in node.items() if isinstance(child, dict)]
        end = node.get("")
        if isinstance(end, str):
            alts.append(end)  # after the longer forms: the regex tries them first
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


class Lexicon:
    """The token regex of the money grammar, compiled once from the vocabulary."""

    def __init__(
        self,
        currencies: list[dict[str, str]],
        multipliers: list[dict[str, str]],
        qualifiers: list[dict[str, str]],
        not_per: list[dict[str, str]] | None = None,
        change_verbs: list[dict[str, str]] | None = None,
    ) -> None:
        """Compile the token regex from the vocabulary rows (TSV dicts)."""
        self.currencies: dict[str, Currency] = {}
        words: list[str] = []
        exact: list[str] = []
        for row in currencies:
            cur = Currency(row["code"], row["kind"], row.get("ambiguous") or None)
            for form in _expand(row["form"]):
                if cur.kind == "word":
                    self.currencies.setdefault(_key(form), cur)
                    words.append(form)
                else:
                    self.currencies.setdefault(form.replace(" ", ""), cur)
                    exact.append(form)
        self.multipliers: dict[str, Decimal] = {}
        # misspelt multiplier (lower case) -> the word it stands for ("milliars")
        self.typos: dict[str, str] = {}
        mult_i: list[str] = []
        mult_s: list[str] = []
        for row in multipliers:
            typo = row.get("typo") or ""
            forms = _expand(row["form"])
            meants = _expand(typo) if typo else [""] * len(forms)
            for form, meant in zip(forms, meants, strict=True):
                if typo:
                    self.typos[form.lower()] = meant
                if row["case"] == "s":
                    self.multipliers[form] = Decimal(row["value"])
                    mult_s.append(form)
                else:
                    self.multipliers[form.lower()] = Decimal(row["value"])
                    mult_i.append(form)
        self.qualifiers = {_key(r["form"]): r["qualifier"] for r in qualifiers}
        self.not_per = frozenset(r["word"] for r in not_per or ())
        # a verb of change ending right before "de": "est passé de A à B" (two amounts)
        stems = "|".join(re.escape(r["stem"]) for r in change_verbs or ())
        self.change_before = re.compile(rf"\b(?:{stems})\w*\s*$", re.I) if stems else None
        # "MUSD": a code may follow an upper-case multiplier, not a lower-case word
        exact_alpha = [f for f in exact if f[:1].isalpha()]
        exact_other = [f for f in exact if not f[:1].isalpha()]
        any_space = r"\s*"
        exact_re = (
            rf"(?<![a-zà-ÿ]){trie(exact_alpha, space=any_space)}"
            rf"|{trie(exact_other, space=any_space)}"
        )
        short_mult = "|".join(re.escape(m) for m in sorted(set(mult_s), key=lambda m: (-len(m), m)))
        # Every money expression holds a currency, or "centimes" of one (the article's):
        # the text around none is never lexed.
        self.currency_re = re.compile(
            rf"{exact_re}|(?<!\w)(?i:{trie([_key(w) for w in words])}|{_CENTIMES})", re.VERBOSE
        )
        self.token_re = re.compile(
            "|".join(
                [
                    rf"(?P<qual>(?<!\w)(?i:{trie(list(self.qualifiers))})(?:\s+(?i:les)(?!\w))?)",
                    rf"(?P<exact>{exact_re})",
                    rf"(?P<word>(?<!\w)(?i:{trie([_key(w) for w in words])}))",
                    rf"(?P<num>{DIGITS_RE.pattern})",
                    rf"(?P<numw>{NUMBER_WORDS_RE})",
                    rf"(?P<mult>(?<!\w)(?i:{trie([m.lower() for m in mult_i])})"
                    rf"|(?<=[\d\s])(?:{short_mult})(?![a-z]))",
                    rf"(?P<cents>(?i:(?<!\w){_CENTIMES}))",
                    r"(?P<de>(?i:(?<!\w)(?:de(?!\w)|d['’])))",
                    r"(?P<conn>(?i:(?<!\w)(?:entre|et|à|soit|ou|demie?|par)(?!\w))|[(),\-–—])",
                ]
            ),
            re.VERBOSE,
        )

    def regions(self, text: str) -> list[tuple[int, int]]:
        """The stretches of `text` that may hold money: the sentences around a currency.

        A stretch runs between two safe cuts (a line break after sentence-final punctuation,
        or a blank line), so no expression crosses its edges; stretches with no currency
        word, symbol or code are left out, which saves lexing most of a typical article.
        """
        out: list[tuple[int, int]] = []
        cuts = [0, *(m.end() for m in SAFE_CUT.finditer(text)), len(text)]
        k = 0
        for m in self.currency_re.finditer(text):
            at = m.start()
            while cuts[k + 1] <= at:
                k += 1
            lo, hi = cuts[k], cuts[k + 1]
            if out and out[-1][1] >= lo:
                out[-1] = (out[-1][0], max(out[-1][1], hi))
            else:
                out.append((lo, hi))
        return out

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        """Cut `text[start:end]` into the tokens of the grammar (other text is skipped).

        Offsets stay those of `text`; look-behinds still see the text before `start`.
        """
        out: list[Token] = []
        for m in self.token_re.finditer(text, start, len(text) if end is None else end):
            kind = m.lastgroup or ""
            raw = m.group()
            start, end = m.span()
            if kind == "qual":
                key = _key(raw)
                key = key[:-4] if key.endswith(" les") else key
                out.append(Token("qual", start, end, key, self.qualifiers.get(key)))
            elif kind == "exact":
                cur = self.currencies.get("".join(raw.split()))
                if cur is not None:
                    out.append(Token("cur", start, end, raw, cur))
            elif kind == "word":
                cur = self.currencies.get(_key(raw))
                if cur is not None:
                    out.append(Token("cur", start, end, _key(raw), cur))
            elif kind == "num":
                value = parse_number(raw)
                if value is not None:
                    out.append(Token("num", start, end, raw, value))
            elif kind == "numw":
                key = _key(raw)
                if key in ("cent", "cents"):
                    # alone, "cents" is a currency subunit ("23 cents"), "cent" a number
                    out.append(Token("numw", start, end, key, Decimal(100)))
                    continue
                value = parse_number(key)
                if value is not None:
                    out.append(Token("numw", start, end, key, value))
                elif (sub := re.fullmatch(r"(.+)[\s-]cents", raw, re.I)) is not None:
                    # "quarante-cinq cents": a number of cents, not a number
                    value = parse_number(sub.group(1))
                    if value is not None:
                        out.append(
                            Token("numw", start, start + sub.end(1), _key(sub.group(1)), value)
                        )
                        out.append(Token("cents", end - 5, end, "cents"))
            elif kind == "mult":
                value = self.multipliers.get(raw) or self.multipliers.get(raw.lower())
                if value is not None:
                    out.append(Token("mult", start, end, raw, value))
            else:
                out.append(Token(kind, start, end, _key(raw)))
        return out
