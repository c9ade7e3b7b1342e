"""The money grammar: a recursive-descent parser over the tokens of the money lexicon.

It finds every money expression of a text and parses it in the same pass, so what is
found is by construction what is parsed: `MoneyGrammar.scan` gives each expression's
offsets with its `MoneyMatch` (amount, currency, qualifier, range, conversion). Tokens
only combine when nothing but white space (including U+00A0 and U+202F) separates them.

    money      := [QUAL] (range | amount [cents]) [conversion]
    amount     := [CUR(symbol|code)] NUM [MULT] | NUM [MULT] [de] CUR
    range      := entre A et B | de A à B | A - B | A à B    (A may borrow B's unit)
    conversion := "(" [soit|ou] [QUAL] amount [words] ")" | [","] (soit|ou) [QUAL] amount
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from c5facts.matches import MoneyEquivalent, MoneyMatch
from c5facts.normalise.money.lexicon import Currency, Lexicon, Token
from c5facts.resources import read_tsv


@dataclass(frozen=True, slots=True)
class Found:
    """A money expression found in a text: its character offsets and its parsed match.

    The offsets stay here, not in the match: the match goes on a spaCy span, which
    holds the offsets (shifted when `Doc.from_docs` glues the pieces of a long text).
    """

    start: int
    end: int
    match: MoneyMatch


@dataclass(frozen=True, slots=True)
class _Amount:
    """One amount while it is parsed: offsets, tokens used, number, multiplier, currency."""

    start: int
    end: int
    next: int  # index of the first token after the amount
    number: Decimal
    mult: Decimal | None
    currency: Currency | None
    word_one: bool = False  # the number is the word "un"/"une"


def _value(amt: _Amount) -> Decimal:
    """The amount's value, multiplier applied."""
    return amt.number * amt.mult if amt.mult is not None else amt.number


class MoneyGrammar:
    """The money grammar over one lexicon (the default one: `grammar()`)."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Use `lexicon` to cut texts into tokens."""
        self.lexicon = lexicon

    def scan(self, text: str) -> list[Found]:
        """Find and parse every money expression of `text`, left to right, non-overlapping.

        >>> [f.match.rule for f in grammar().scan("Il a payé 20 € et 410 000 tonnes.")]
        ['amount']
        """
        return _Parser(self.lexicon.tokens(text), text).run()


class _Parser:
    """Recursive descent over the tokens of one text."""

    def __init__(self, toks: list[Token], text: str) -> None:
        """Parse `toks`, the tokens of `text`."""
        self.text = text
        self.toks = toks
        self.n = len(self.toks)

    def adj(self, a: int, b: int) -> bool:
        """Tokens a and b are consecutive, with only white space between them."""
        if not (0 <= a < self.n and 0 <= b < self.n):
            return False
        return not self.text[self.toks[a].end : self.toks[b].start].strip()

    def tok(self, i: int) -> Token | None:
        """Token i, or None past either end."""
        return self.toks[i] if 0 <= i < self.n else None

    def is_conn(self, i: int, *keys: str) -> bool:
        """Token i is one of the connectors `keys`."""
        t = self.tok(i)
        return t is not None and t.kind == "conn" and t.key in keys

    def run(self) -> list[Found]:
        """Every expression of the text, left to right: each parse resumes after the last."""
        out: list[Found] = []
        i = 0
        while i < self.n:
            found = self.money_at(i)
            if found is None:
                i += 1
                continue
            expression, i = found
            out.append(expression)
        return out

    def amount(self, i: int, *, bare: bool = False) -> _Amount | None:
        """Parse `amount := [CUR(symbol|code)] NUM [MULT] | NUM [MULT] [de] CUR` at token i.

        A `bare` amount may lack its currency (the low end of a range borrows it).
        """
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
        """Token i+1, right after token i, names the subunit ("centimes", "cents")."""
        t = self.tok(i + 1)
        return (
            t is not None
            and self.adj(i, i + 1)
            and (t.kind == "cents" or (t.kind == "numw" and t.key == "cents"))
        )

    def with_cents(self, amt: _Amount) -> _Amount:
        """Add the subunit that follows to the amount ("1 USD et 23 centimes")."""
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

    def range(self, i: int) -> tuple[_Amount, _Amount] | None:
        """Parse `range := entre A et B | de A à B | A - B | A à B` at token i.

        A may borrow B's unit and multiplier ("entre 8,8 et 9,6 milliards de dollars").
        """
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

    def money_at(self, i: int) -> tuple[Found, int] | None:
        """Parse `money := [QUAL] (range | amount [cents]) [conversion]` at token i.

        Returns the expression and the index of the token after it, or None.
        """
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
        equivalent: MoneyEquivalent | None = None
        conv = self.conversion(nxt, low.currency)
        if conv is not None:
            equivalent, end, nxt = conv
            rule.append("conversion")
        if qualifier is not None:
            start = t.start
        match = MoneyMatch(
            amount=_value(low),
            currency=low.currency.code,
            ambiguous_unit=low.currency.ambiguous,
            qualifier=qualifier,
            amount_max=_value(high) if high is not None else None,
            equivalent=equivalent,
            rule="+".join(rule),
        )
        return Found(start, end, match), nxt

    def conversion(self, k: int, primary: Currency) -> tuple[MoneyEquivalent, int, int] | None:
        """Parse `conversion := "(" [soit|ou] [QUAL] amount [words] ")" | [","] (soit|ou) ...`.

        At token k, right after an amount in `primary`; returns the equivalent, the end
        offset of the expression and the index of the token after it, or None.
        """
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
        eq = MoneyEquivalent(
            amount=_value(amt),
            currency=cur.code,
            ambiguous_unit=cur.ambiguous,
            qualifier=qualifier,
            text=self.text[eq_start : last.end],
        )
        return eq, end, nxt


@cache
def grammar() -> MoneyGrammar:
    """The money grammar built from `models/money` (compiled once per process)."""
    return MoneyGrammar(
        Lexicon(
            read_tsv("money", "currencies.tsv"),
            read_tsv("money", "multipliers.tsv"),
            read_tsv("money", "qualifiers.tsv"),
        )
    )


def find_money(text: str) -> list[tuple[int, int, str]]:
    """Offsets and rule of every money expression in `text`.

    >>> text = "Il a levé près de 35 milliards de dollars (30,3 milliards d'euros)."
    >>> [(text[s:e], rule) for s, e, rule in find_money(text)]
    [("près de 35 milliards de dollars (30,3 milliards d'euros)", 'qualifier+amount+conversion')]
    """
    return [(f.start, f.end, f.match.rule) for f in grammar().scan(text)]


def parse_money(text: str) -> MoneyMatch | None:
    """Parse one money expression on its own (tests, notebooks); None if it is not money.

    The pipeline never calls it: the money component keeps the match `scan` built.

    >>> m = parse_money("près de 35 milliards de dollars (30,3 milliards d'euros)")
    >>> m.amount, m.currency, m.qualifier, m.equivalent.amount, m.equivalent.currency
    (Decimal('35000000000'), 'USD', 'approx', Decimal('30300000000.0'), 'EUR')
    >>> m = parse_money("entre 8,8 et 9,6 milliards de dollars")
    >>> m.amount, m.amount_max
    (Decimal('8800000000.0'), Decimal('9600000000.0'))
    >>> parse_money("410 000 tonnes") is None
    True
    """
    found = grammar().scan(text)
    if not found:
        return None
    return max(found, key=lambda f: f.end - f.start).match
