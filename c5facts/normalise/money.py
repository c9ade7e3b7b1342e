"""Money: find and parse French amounts of money, resolve ambiguous currencies (no spaCy).

One grammar serves both the spaCy component (which only needs where each expression
starts and ends) and `parse_money` (which needs its values), so what is found is by
construction what can be parsed. The grammar runs in two steps: one compiled regular
expression cuts the text into the few kinds of token that matter (number, multiplier,
currency, qualifier, "de", connectors), then a small recursive-descent parser over
those tokens builds amounts, ranges and conversions. Tokens only combine when nothing
but white space (including U+00A0 and U+202F) separates them.

All vocabulary comes from `models/money/` (see its SOURCE.md).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from text_to_num import text2num

from c5facts.records import Equivalent, Money
from c5facts.resources import read_tsv

APPROX = "approx"
MORE_THAN = "more_than"
LESS_THAN = "less_than"

# A conversion "votes" for a currency when its implied rate is this close to the ECB
# yearly average (articles round both amounts; "environ" rounds more).
VOTE_TOLERANCE = Decimal("0.08")
VOTE_TOLERANCE_APPROX = Decimal("0.12")
# Farther than this from the yearly average, a conversion is flagged as a likely typo.
FAR_TOLERANCE = Decimal("0.20")

_WS = "\u0020\u00a0\u202f"
# French number formats: dot or (no-break) space thousands, comma decimals.
_DOT_THOUSANDS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
_SPACE_THOUSANDS = rf"\d{{1,3}}(?:[{_WS}]\d{{3}})+(?:,\d+)?"
_PLAIN = r"\d+(?:[.,]\d+)?"
_DIGITS_RE = re.compile(
    rf"""(?<!\d)(?:
        {_DOT_THOUSANDS}(?!\d)        # 7.612,52   3.350
      | {_SPACE_THOUSANDS}(?!\d)      # 1 298,00   410 000
      | {_PLAIN}                      # 30,3   2012   10.5
    )""",
    re.VERBOSE,
)

# French number words; "et" only in "vingt et un", "soixante et onze".
# fmt: off
_NUMBER_WORDS = (
    "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
    "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante",
    "nonante", "cent", "cents", "mille",
)
# fmt: on
_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_NUMBER_WORDS_RE = (
    rf"(?i:(?<!\w){_WORD}(?:(?:[\s-]+et[\s-]+(?:un|une|onze)|[\s-]+{_WORD})(?!\w))*(?!\w))"
)


@dataclass(frozen=True, slots=True)
class Currency:
    """A currency form of the vocabulary: its ISO 4217 code and how it is written."""

    code: str
    kind: str  # word | symbol | code
    ambiguous: str | None = None  # unit group when the reading depends on the article


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedMoney:
    """Values parsed from a whole money expression (qualifier, range, conversion)."""

    amount: Decimal
    currency: str
    qualifier: str | None = None
    amount_max: Decimal | None = None
    equivalent: Equivalent | None = None
    # The ambiguous unit behind the currency ("dollar" for a bare "dollars" -> USD)
    ambiguous_unit: str | None = None
    equivalent_ambiguous_unit: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MoneyMatch:
    """One money expression found in a text: offsets, grammar rule and parsed values."""

    start: int
    end: int
    rule: str
    parsed: ParsedMoney


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # qual | cur | num | numw | mult | cents | de | conn
    start: int
    end: int
    key: str  # normalised text
    value: object = None


@dataclass(frozen=True, slots=True)
class _Amount:
    start: int
    end: int
    next: int  # index of the first token after the amount
    number: Decimal
    mult: Decimal | None
    currency: Currency | None
    word_one: bool = False  # the number is the word "un"/"une"


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


def _trie(forms: list[str], *, space: str = r"\s+") -> str:
    """One regex matching any of `forms`, built as a trie for speed.

    A flat alternation of a few hundred forms is tried form by form at every position
    of the text (seconds on a long article); a trie tests one character at a time.
    Longer forms win ("dollars canadiens" over "dollars"), and a form ending in a
    letter must end a word ("euro" does not match in "européen").
    """
    root: dict[str, object] = {}
    for form in set(forms):
        node = root
        for atom in _atoms(form, space):
            child = node.setdefault(atom, {})
            assert isinstance(child, dict)
            node = child
        # a word ends before a letter or a hyphenated compound ("euro-obligations")
        node[""] = r"(?![^\W\d_]|-[^\W\d_])" if form[-1:].isalnum() else ""

    def emit(node: dict[str, object]) -> str:
        alts = [atom + emit(child) for atom, child in node.items() if isinstance(child, dict)]
        end = node.get("")
        if isinstance(end, str):
            alts.append(end)  # after the longer forms: the regex tries them first
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


def parse_number(text: str) -> Decimal | None:
    """Parse a French-formatted number, in digits or in words; None when it is not one.

    >>> parse_number("7.612,52"), parse_number("1\\u202f298,00"), parse_number("30,3")
    (Decimal('7612.52'), Decimal('1298.00'), Decimal('30.3'))
    >>> parse_number("quatre-vingt-dix-neuf"), parse_number("mille cent")
    (Decimal('99'), Decimal('1100'))
    >>> parse_number("tonnes") is None
    True
    """
    s = text.strip()
    if re.fullmatch(_DOT_THOUSANDS, s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(_SPACE_THOUSANDS, s):
        s = re.sub(f"[{_WS}]", "", s).replace(",", ".")
    elif re.fullmatch(_PLAIN, s):
        s = s.replace(",", ".")
    else:
        words = " ".join(s.lower().split())
        if not words or not re.fullmatch(_NUMBER_WORDS_RE, words):
            return None
        if words in ("un", "une"):
            return Decimal(1)
        try:
            return Decimal(text2num(words, "fr"))
        except (ValueError, TypeError):
            return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


class MoneyGrammar:
    """The money grammar, compiled once from the vocabulary of `models/money`."""

    def __init__(
        self,
        currencies: list[dict[str, str]],
        multipliers: list[dict[str, str]],
        qualifiers: list[dict[str, str]],
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
        mult_i: list[str] = []
        mult_s: list[str] = []
        for row in multipliers:
            for form in _expand(row["form"]):
                if row["case"] == "s":
                    self.multipliers[form] = Decimal(row["value"])
                    mult_s.append(form)
                else:
                    self.multipliers[form.lower()] = Decimal(row["value"])
                    mult_i.append(form)
        self.qualifiers = {_key(r["form"]): r["qualifier"] for r in qualifiers}
        # "MUSD": a code may follow an upper-case multiplier, not a lower-case word
        exact_alpha = [f for f in exact if f[:1].isalpha()]
        exact_other = [f for f in exact if not f[:1].isalpha()]
        any_space = r"\s*"
        exact_re = (
            rf"(?<![a-zà-ÿ]){_trie(exact_alpha, space=any_space)}"
            rf"|{_trie(exact_other, space=any_space)}"
        )
        short_mult = "|".join(re.escape(m) for m in sorted(set(mult_s), key=len, reverse=True))
        self.token_re = re.compile(
            "|".join(
                [
                    rf"(?P<qual>(?<!\w)(?i:{_trie(list(self.qualifiers))})(?:\s+(?i:les)(?!\w))?)",
                    rf"(?P<exact>{exact_re})",
                    rf"(?P<word>(?<!\w)(?i:{_trie([_key(w) for w in words])}))",
                    rf"(?P<num>{_DIGITS_RE.pattern})",
                    rf"(?P<numw>{_NUMBER_WORDS_RE})",
                    rf"(?P<mult>(?<!\w)(?i:{_trie([m.lower() for m in mult_i])})"
                    rf"|(?<=[\d\s])(?:{short_mult})(?![a-z]))",
                    r"(?P<cents>(?i:(?<!\w)centimes?(?!\w)))",
                    r"(?P<de>(?i:(?<!\w)(?:de(?!\w)|d['’])))",
                    r"(?P<conn>(?i:(?<!\w)(?:entre|et|à|soit|ou|demie?)(?!\w))|[(),\-–—])",
                ]
            ),
            re.VERBOSE,
        )

    # --- lexing -------------------------------------------------------------------

    def tokens(self, text: str) -> list[_Tok]:
        """Cut `text` into the tokens of the grammar (other text is skipped)."""
        out: list[_Tok] = []
        for m in self.token_re.finditer(text):
            kind = m.lastgroup or ""
            raw = m.group()
            start, end = m.span()
            if kind == "qual":
                key = _key(raw)
                key = key[:-4] if key.endswith(" les") else key
                out.append(_Tok("qual", start, end, key, self.qualifiers.get(key)))
            elif kind == "exact":
                cur = self.currencies.get("".join(raw.split()))
                if cur is not None:
                    out.append(_Tok("cur", start, end, raw, cur))
            elif kind == "word":
                cur = self.currencies.get(_key(raw))
                if cur is not None:
                    out.append(_Tok("cur", start, end, _key(raw), cur))
            elif kind == "num":
                value = parse_number(raw)
                if value is not None:
                    out.append(_Tok("num", start, end, raw, value))
            elif kind == "numw":
                key = _key(raw)
                if key in ("cent", "cents"):
                    # alone, "cents" is a currency subunit ("23 cents"), "cent" a number
                    out.append(_Tok("numw", start, end, key, Decimal(100)))
                    continue
                value = parse_number(key)
                if value is not None:
                    out.append(_Tok("numw", start, end, key, value))
            elif kind == "mult":
                value = self.multipliers.get(raw) or self.multipliers.get(raw.lower())
                if value is not None:
                    out.append(_Tok("mult", start, end, raw, value))
            else:
                out.append(_Tok(kind, start, end, _key(raw)))
        return out

    # --- parsing ------------------------------------------------------------------

    def scan(self, text: str) -> list[MoneyMatch]:
        """Every money expression of `text`, left to right, non-overlapping.

        >>> [m.rule for m in grammar().scan("Il a payé 20 € et 410 000 tonnes.")]
        ['amount']
        """
        return _Parser(self, text).run()


class _Parser:
    """Recursive descent over the tokens of one text."""

    def __init__(self, g: MoneyGrammar, text: str) -> None:
        self.text = text
        self.toks = g.tokens(text)
        self.n = len(self.toks)

    def adj(self, a: int, b: int) -> bool:
        """Tokens a and b are consecutive, with only white space between them."""
        if not (0 <= a < self.n and 0 <= b < self.n):
            return False
        return not self.text[self.toks[a].end : self.toks[b].start].strip()

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    def is_conn(self, i: int, *keys: str) -> bool:
        t = self.tok(i)
        return t is not None and t.kind == "conn" and t.key in keys

    def run(self) -> list[MoneyMatch]:
        out: list[MoneyMatch] = []
        i = 0
        while i < self.n:
            found = self.money_at(i)
            if found is None:
                i += 1
                continue
            match, i = found
            out.append(match)
        return out

    # amount := [CUR(symbol|code)] NUM [MULT] | NUM [MULT] [de] CUR
    def amount(self, i: int, *, bare: bool = False) -> _Amount | None:
        t = self.tok(i)
        if t is None:
            return None
        pre: Currency | None = None
        start = t.start
        if t.kind == "cur":
            cur = t.value
            assert isinstance(cur, Currency)
            nt = self.tok(i + 1)
            if cur.kind == "word" or nt is None or nt.kind != "num" or not self.adj(i, i + 1):
                return None
            pre, i, t = cur, i + 1, nt
        if t.kind not in ("num", "numw"):
            return None
        assert isinstance(t.value, Decimal)
        number, end, j = t.value, t.end, i + 1
        word_one = t.kind == "numw" and t.key in ("un", "une")
        mult: Decimal | None = None
        mult_word = False
        nt = self.tok(j)
        if nt is not None and self.adj(j - 1, j):
            if nt.kind == "mult":
                assert isinstance(nt.value, Decimal)
                mult, end, j = nt.value, nt.end, j + 1
                mult_word = len(nt.key) > 1  # "12 Mds d'euros", not "20 M d'euros"
                if mult_word and self.half_follows(j):  # "un milliard et demi"
                    number += Decimal("0.5")
                    end, j = self.toks[j + 1].end, j + 2
            elif nt.kind == "numw" and nt.key == "mille" and t.kind == "num":
                mult, end, j = Decimal(1000), nt.end, j + 1
        if pre is not None:
            return _Amount(start, end, j, number, mult, pre)
        currency: Currency | None = None
        nt = self.tok(j)
        if nt is not None and self.adj(j - 1, j):
            if nt.kind == "de" and mult_word and self.adj(j, j + 1):
                ct = self.tok(j + 1)
                if ct is not None and isinstance(ct.value, Currency) and ct.value.kind == "word":
                    currency, end, j = ct.value, ct.end, j + 2
            elif nt.kind == "cur" and isinstance(nt.value, Currency):
                # "2020 USD 34,6 millions": a code followed by a number opens the next amount
                after = self.tok(j + 1)
                opens_next = (
                    nt.value.kind != "word"
                    and after is not None
                    and after.kind == "num"
                    and self.adj(j, j + 1)
                    and not self.cents_after(j + 1)
                )
                if not opens_next:
                    currency, end, j = nt.value, nt.end, j + 1
        if currency is None:
            if not bare or (word_one and mult is None):
                return None
        elif word_one and mult is None and t.key == "un" and currency.code == "GBP":
            return None  # "un livre" is a book; the pound is feminine ("une livre")
        return _Amount(start, end, j, number, mult, currency, word_one)

    def half_follows(self, j: int) -> bool:
        """Tokens j, j+1 are "et demi(e)", right after token j-1."""
        return (
            self.is_conn(j, "et")
            and self.is_conn(j + 1, "demi", "demie")
            and self.adj(j - 1, j)
            and self.adj(j, j + 1)
        )

    def cents_after(self, i: int) -> bool:
        t = self.tok(i + 1)
        return (
            t is not None
            and self.adj(i, i + 1)
            and (t.kind == "cents" or (t.kind == "numw" and t.key == "cents"))
        )

    def with_cents(self, amt: _Amount) -> _Amount:
        """ "1 USD et 23 centimes": add the subunit to the amount."""
        j = amt.next
        if self.is_conn(j, "et") and self.adj(j - 1, j):
            j += 1
        t = self.tok(j)
        if t is None or t.kind != "num" or not self.adj(j - 1, j) or not self.cents_after(j):
            return amt
        assert isinstance(t.value, Decimal)
        total = _value(amt) + t.value / 100
        end_tok = self.toks[j + 1]
        return replace(amt, end=end_tok.end, next=j + 2, number=total, mult=None)

    # range := (entre A et B) | (de A à B) | (A - B) | (A à B), A may borrow B's unit
    def range(self, i: int) -> tuple[_Amount, _Amount] | None:
        t = self.tok(i)
        if t is None:
            return None
        seps: tuple[str, ...]
        if t.kind == "conn" and t.key == "entre":
            seps, j = ("et",), i + 1
        elif t.kind == "de":
            seps, j = ("à",), i + 1
        else:
            seps, j = ("-", "–", "—", "à"), i
        if j != i and not self.adj(i, j):
            return None
        low = self.amount(j, bare=True)
        if low is None:
            return None
        k = low.next
        if not self.is_conn(k, *seps) or not self.adj(k - 1, k) or not self.adj(k, k + 1):
            return None
        high = self.amount(k + 1)
        if high is None or high.currency is None:
            return None
        if low.currency is not None and low.currency.code != high.currency.code:
            return None
        if low.currency is None:
            mult = low.mult
            if mult is None and high.mult is not None and low.number <= high.number:
                mult = high.mult  # "entre 8,8 et 9,6 milliards"
            low = replace(low, currency=high.currency, mult=mult)
        if _value(low) > _value(high):
            return None
        return low, high

    def money_at(self, i: int) -> tuple[MoneyMatch, int] | None:
        t = self.toks[i]
        qualifier: str | None = None
        j = i
        if t.kind == "qual":
            if not self.adj(i, i + 1):
                return None
            qualifier, j = str(t.value), i + 1
        rule = ["qualifier"] if qualifier else []
        high: _Amount | None = None
        rng = self.range(j)
        if rng is not None:
            low, high = rng
            start = self.toks[j].start
            rule.append("range")
        else:
            found = self.amount(j)
            if found is None:
                return None
            low = self.with_cents(found)
            start = low.start
            rule.append("amount")
        last = high or low
        assert low.currency is not None
        end, nxt = last.end, last.next
        equivalent: Equivalent | None = None
        eq_unit: str | None = None
        conv = self.conversion(nxt, low.currency)
        if conv is not None:
            equivalent, eq_unit, end, nxt = conv
            rule.append("conversion")
        if qualifier is not None:
            start = t.start
        parsed = ParsedMoney(
            amount=_value(low),
            currency=low.currency.code,
            qualifier=qualifier,
            amount_max=_value(high) if high is not None else None,
            equivalent=equivalent,
            ambiguous_unit=low.currency.ambiguous,
            equivalent_ambiguous_unit=eq_unit,
        )
        return MoneyMatch(start=start, end=end, rule="+".join(rule), parsed=parsed), nxt

    # conversion := "(" [soit|ou] [QUAL] amount [words] ")" | [","] (soit|ou) [QUAL] amount
    def conversion(
        self, k: int, primary: Currency
    ) -> tuple[Equivalent, str | None, int, int] | None:
        if not self.adj(k - 1, k):
            return None
        paren = self.is_conn(k, "(")
        if paren:
            j = k + 1
            if self.is_conn(j, "soit", "ou") and self.adj(k, j):
                j += 1
        elif self.is_conn(k, ","):
            if not (self.is_conn(k + 1, "soit", "ou") and self.adj(k, k + 1)):
                return None
            j = k + 2
        elif self.is_conn(k, "soit"):
            j = k + 1
        else:
            return None
        if not self.adj(j - 1, j):
            return None
        qualifier: str | None = None
        q = self.tok(j)
        if q is not None and q.kind == "qual" and self.adj(j, j + 1):
            qualifier, j = str(q.value), j + 1
        # A converted range ("(entre 8 et 9 millions d'euros)") keeps its lower end only:
        # an equivalent has one amount, and the range must not become a fact of its own.
        rng = self.range(j)
        amt = rng[0] if rng is not None else self.amount(j)
        if amt is None or amt.currency is None:
            return None
        cur = amt.currency
        if cur.code == primary.code and cur.ambiguous == primary.ambiguous:
            return None  # same unit twice: two amounts, not a conversion
        eq_start = self.toks[j].start if rng is not None else amt.start
        if qualifier is not None and q is not None:
            eq_start = q.start
        last = rng[1] if rng is not None else amt
        end, nxt = last.end, last.next
        if paren:
            if self.is_conn(nxt, ")") and self.adj(nxt - 1, nxt):
                end, nxt = self.toks[nxt].end, nxt + 1
            else:
                # "(8,8 millions d'euros au cours de l'époque)": keep the whole aside
                tail = re.match(r"[^()\n]{0,40}?\)", self.text[end:])
                if tail is not None:
                    end += tail.end()
                    while nxt < self.n and self.toks[nxt].start < end:
                        nxt += 1
        eq = Equivalent(
            amount=_value(amt),
            currency=cur.code,
            qualifier=qualifier,
            text=self.text[eq_start : last.end],
        )
        return eq, cur.ambiguous, end, nxt


def _value(amt: _Amount) -> Decimal:
    return amt.number * amt.mult if amt.mult is not None else amt.number


@cache
def grammar() -> MoneyGrammar:
    """The money grammar built from `models/money` (compiled once per process)."""
    return MoneyGrammar(
        read_tsv("money", "currencies.tsv"),
        read_tsv("money", "multipliers.tsv"),
        read_tsv("money", "qualifiers.tsv"),
    )


def find_money(text: str) -> list[tuple[int, int, str]]:
    """Offsets and rule of every money expression in `text`.

    >>> text = "Il a levé près de 35 milliards de dollars (30,3 milliards d'euros)."
    >>> [(text[s:e], rule) for s, e, rule in find_money(text)]
    [("près de 35 milliards de dollars (30,3 milliards d'euros)", 'qualifier+amount+conversion')]
    """
    return [(m.start, m.end, m.rule) for m in grammar().scan(text)]


@lru_cache(maxsize=4096)  # records and currency resolution parse the same texts: parse once
def parse_money(text: str) -> ParsedMoney | None:
    """Parse a money expression found by the money component; None if it is not money.

    >>> p = parse_money("près de 35 milliards de dollars (30,3 milliards d'euros)")
    >>> p.amount, p.currency, p.qualifier, p.equivalent.amount, p.equivalent.currency
    (Decimal('35000000000'), 'USD', 'approx', Decimal('30300000000.0'), 'EUR')
    >>> p = parse_money("entre 8,8 et 9,6 milliards de dollars")
    >>> p.amount, p.amount_max
    (Decimal('8800000000.0'), Decimal('9600000000.0'))
    >>> parse_money("410 000 tonnes") is None
    True
    """
    matches = grammar().scan(text)
    if not matches:
        return None
    return max(matches, key=lambda m: m.end - m.start).parsed


# --- article-level currency evidence ------------------------------------------------


@cache
def eur_rates() -> dict[tuple[int, str], Decimal]:
    """ECB yearly average reference rates: (year, code) -> units of code per 1 EUR."""
    return {
        (int(r["year"]), r["currency"]): Decimal(r["per_eur"])
        for r in read_tsv("money", "eur_rates.tsv")
    }


@cache
def ambiguous_units() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Ambiguous unit -> (default code, candidate codes)."""
    return {
        r["unit"]: (r["default"], tuple(c.strip() for c in r["candidates"].split(",")))
        for r in read_tsv("money", "ambiguous.tsv")
    }


def table_year(reference_date: date | None) -> int:
    """The year of the rate table to compare with: the article's, clamped to the table."""
    years = sorted({y for y, _ in eur_rates()})
    if reference_date is None:
        return years[-1]
    return min(max(reference_date.year, years[0]), years[-1])


def rate(code: str, per: str, year: int) -> Decimal | None:
    """Units of `code` for one unit of `per` in `year` (ECB yearly averages), or None.

    >>> rate("EUR", "EUR", 2020)
    Decimal('1')
    >>> round(rate("CAD", "EUR", 2020), 2)
    Decimal('1.53')
    """
    table = eur_rates()

    def per_eur(c: str) -> Decimal | None:
        return Decimal(1) if c == "EUR" else table.get((year, c))

    a, b = per_eur(code), per_eur(per)
    if a is None or b is None or b == 0:
        return None
    return a / b


def _relative_error(implied: Decimal, expected: Decimal) -> Decimal:
    return abs(implied / expected - 1)


def _fmt(value: Decimal) -> str:
    return f"{value:.4g}"


def resolve_currencies(
    items: list[Money], *, reference_date: date | None, dollar: str | None = None
) -> tuple[list[Money], list[str]]:
    """Article-level currency evidence (implied rates, `--dollar`); returns items, warnings.

    A bare unit ("dollars", "$", "couronnes") takes its default reading (USD, SEK...)
    unless the article's own conversions imply a rate that matches another candidate
    currency of that year better, or `dollar` forces the reading of bare dollars. The
    new reading applies to every bare amount of that unit in the article, flagged with
    `currency_assumed`. Conversions far from the year's rate are kept and reported.
    """
    if not items:
        return items, []
    year = table_year(reference_date)
    parsed = [parse_money(m.text) for m in items]
    units = ambiguous_units()
    warnings: list[str] = []
    choice: dict[str, str] = {}
    present = {u for p in parsed if p for u in (p.ambiguous_unit, p.equivalent_ambiguous_unit)}
    for unit in sorted(u for u in present if u and u in units):
        default, candidates = units[unit]
        if unit == "dollar" and dollar:
            code = dollar.upper()
            if code != default:
                choice[unit] = code
                warnings.append(
                    f"money: bare '{unit}' amounts read as {code}, not {default} "
                    f"(forced by --dollar {code})"
                )
            continue
        votes: Counter[str] = Counter()
        implied_seen: dict[str, list[tuple[Decimal, str]]] = {}
        for m, p in zip(items, parsed, strict=True):
            side = _ambiguous_side(m, p, unit)
            if side is None:
                continue
            implied, other = side
            approx = m.qualifier == APPROX or (
                m.equivalent is not None and m.equivalent.qualifier == APPROX
            )
            tolerance = VOTE_TOLERANCE_APPROX if approx else VOTE_TOLERANCE
            # Candidates are in order of likelihood: "dollars" in a French article are far
            # more often Canadian than Singaporean, whose rate may be as close.
            for cand in candidates:
                expected = rate(cand, other, year)
                if cand == other or expected is None:
                    continue
                if _relative_error(implied, expected) <= tolerance:
                    votes[cand] += 1
                    implied_seen.setdefault(cand, []).append((implied, other))
                    break
        if not votes:
            continue
        best, count = max(votes.items(), key=lambda kv: (kv[1], kv[0] == default))
        if best != default and count > votes.get(default, 0):
            choice[unit] = best
            seen = implied_seen[best]
            other = Counter(o for _, o in seen).most_common(1)[0][0]
            rates = [i for i, o in seen if o == other]
            mean = sum(rates, Decimal(0)) / len(rates)
            expected = rate(best, other, year)
            default_rate = rate(default, other, year)
            warnings.append(
                f"money: bare '{unit}' amounts read as {best}, not {default}: "
                f"{count} conversion(s) in the article imply about {_fmt(mean)} {unit}s per "
                f"{other}, close to the {year} ECB average for {best} "
                f"({_fmt(expected) if expected else '?'}) and not {default} "
                f"({_fmt(default_rate) if default_rate else '?'})"
            )
    out: list[Money] = []
    for m, p in zip(items, parsed, strict=True):
        out.append(_apply_choice(m, p, choice))
    warnings.extend(_far_conversions(out, year))
    return out, warnings


def _ambiguous_side(m: Money, p: ParsedMoney | None, unit: str) -> tuple[Decimal, str] | None:
    """Implied rate (ambiguous unit per unit of the other currency) and that currency."""
    eq = m.equivalent
    if p is None or eq is None or eq.amount == 0 or m.amount == 0:
        return None
    if p.ambiguous_unit == unit and p.equivalent_ambiguous_unit != unit:
        return m.amount / eq.amount, eq.currency
    if p.equivalent_ambiguous_unit == unit and p.ambiguous_unit != unit:
        return eq.amount / m.amount, m.currency
    return None


def _apply_choice(m: Money, p: ParsedMoney | None, choice: dict[str, str]) -> Money:
    if p is None:
        return m
    new = m
    if p.ambiguous_unit in choice and m.currency != choice[p.ambiguous_unit]:
        new = replace(new, currency=choice[p.ambiguous_unit], currency_assumed=True)
    eq = m.equivalent
    unit = p.equivalent_ambiguous_unit
    if eq is not None and unit in choice and eq.currency != choice[unit]:
        new = replace(new, equivalent=replace(eq, currency=choice[unit]), currency_assumed=True)
    return new


def _far_conversions(items: list[Money], year: int) -> list[str]:
    """Warnings for conversions whose implied rate is far from the year's average."""
    out = []
    for m in items:
        eq = m.equivalent
        if eq is None or eq.amount == 0 or m.currency == eq.currency:
            continue
        expected = rate(m.currency, eq.currency, year)
        if expected is None:
            continue
        implied = m.amount / eq.amount
        error = _relative_error(implied, expected)
        if error > FAR_TOLERANCE:
            out.append(
                f"money: '{' '.join(m.text.split())}' implies {_fmt(implied)} {m.currency} "
                f"per {eq.currency}, "
                f"{error:.0%} off the {year} ECB average ({_fmt(expected)}); kept as written "
                f"(likely a rounding or typing error in the article)"
            )
    return out
