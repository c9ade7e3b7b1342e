"""The money grammar: a recursive-descent parser over the tokens of the money lexicon.

It finds every money expression of a text and parses it in the same pass, so what is
found is by construction what is parsed: `MoneyGrammar.scan` gives each expression's
offsets with its `MoneyMatch` (amount, currency, qualifier, range, conversion). Tokens
only combine when nothing but white space (including U+00A0 and U+202F) separates them.

    money      := [QUAL] (range | amount [cents]) [conversion]
    amount     := [CUR(symbol|code)] NUM [MULT] | NUM [MULT [rest]] [de] CUR | NUM centimes de CUR
    rest       := NUM [MULT] smaller than the MULT before it ("un million 200 000 euros")
    range      := entre A et B | de A à B | A - B | A à B    (A may borrow B's unit)
    conversion := "(" [soit|ou] [QUAL] amount [words] ")" | [","] (soit|ou) [QUAL] amount
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from c5facts.matches import MoneyEquivalent, MoneyMatch
from c5facts.normalise.money.cursor import Amount, Cursor, value
from c5facts.normalise.money.lexicon import Currency, Lexicon
from c5facts.normalise.money.world import name_rows
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
        lexicon = self.lexicon
        out: list[Found] = []
        for start, end in lexicon.regions(text):
            tokens = lexicon.tokens(text, start, end)
            out += _Parser(
                tokens, text, lexicon.typos, lexicon.not_per, lexicon.change_before
            ).run()
        return out


# "centimes" alone: a hundredth of the article's currency (`ambiguous.tsv`, unit `centime`).
_CENTIME = Currency(code="EUR", kind="word", ambiguous="centime")
# A subunit read as a multiplier, so that a range's low end borrows it ("entre 10 et 15
# centimes": 0.10 to 0.15).
_HUNDREDTH = Decimal("0.01")


class _Parser(Cursor):
    """Recursive descent over the tokens of one text."""

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

    def amount(self, i: int, *, bare: bool = False, qualified: bool = False) -> Amount | None:
        """Parse `amount := [CUR(symbol|code)] NUM [MULT] | NUM [MULT] [de] CUR` at token i.

        Or `NUM centimes de CUR`, a subunit of a currency it names (`subunit`).

        A `bare` amount may lack its currency (the low end of a range borrows it); a
        `qualified` one follows a qualifier ("quasi neuf livres" is an amount of pounds,
        "trois livres" alone are books).
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
        if pre is None and self.cents_after(i):
            return self.subunit(i, start, number)  # "50 centimes d'euro"
        word_one = t.kind == "numw" and t.key in ("un", "une")
        mult: Decimal | None = None
        mult_word = False
        repairs: list[str] = []
        nt = self.tok(j)
        if nt is not None and self.adj(j - 1, j):
            if nt.kind == "mult":
                assert isinstance(nt.value, Decimal)
                mult, end, j = nt.value, nt.end, j + 1
                mult_word = len(nt.key) > 1  # "12 Mds d'euros", not "20 M d'euros"
                repairs += self.repairs(number, nt)
                if mult_word and self.half_follows(j):  # "un milliard et demi"
                    number += Decimal("0.5")
                    end, j = self.toks[j + 1].end, j + 2
                elif mult_word and (rest := self.rest_after(j, mult)) is not None:
                    # "un million 200 000 euros", "3 milliards 200 millions d'euros"
                    number += rest[0] / mult
                    end, j = rest[1], rest[2]
            elif nt.kind == "numw" and nt.key == "mille" and t.kind == "num":
                mult, end, j = Decimal(1000), nt.end, j + 1
        if pre is not None:
            return Amount(start, end, j, number, mult, pre, repairs=tuple(repairs))
        currency: Currency | None = None
        nt = self.tok(j)
        if nt is not None and self.adj_quoted(j - 1, j):
            if nt.kind == "de" and mult_word and self.adj(j, j + 1):
                # "14 millions de dollars", and of a symbol or code: "14 millions de $"
                ct = self.tok(j + 1)
                if ct is not None and isinstance(ct.value, Currency):
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
        elif t.kind == "numw" and mult is None and currency.ambiguous == "livre" and not qualified:
            return None  # "trois livres" are books (or pounds of weight), not money
        return Amount(start, end, j, number, mult, currency, word_one, tuple(repairs))

    def rest_after(self, j: int, mult: Decimal) -> tuple[Decimal, int, int] | None:
        """The smaller count that completes a count of millions or billions, at token j.

        `(value, end offset, next token)` of "200 000" in "un million 200 000 euros", of
        "200 millions" in "3 milliards 200 millions", of "cinq cent mille" in "deux
        millions cinq cent mille euros": a number, maybe its own smaller multiplier, right
        after the multiplier and smaller than it. None when nothing such follows.
        """
        t = self.tok(j)
        if t is None or t.kind not in ("num", "numw") or not self.adj(j - 1, j):
            return None
        assert isinstance(t.value, Decimal)
        rest, end, k = t.value, t.end, j + 1
        nt = self.tok(k)
        if nt is not None and nt.kind == "mult" and len(nt.key) > 1 and self.adj(j, k):
            assert isinstance(nt.value, Decimal)
            rest, end, k = rest * nt.value, nt.end, k + 1
        elif nt is not None and nt.kind == "numw" and nt.key == "mille" and self.adj(j, k):
            rest, end, k = rest * 1000, nt.end, k + 1
        return (rest, end, k) if 0 < rest < mult else None

    def subunit(self, i: int, start: int, number: Decimal) -> Amount | None:
        """An amount in a subunit of a currency it names: "50 centimes d'euro" -> 0.50 EUR.

        Token i is the number, i+1 "centimes"/"cents"; "de"/"d'" and a currency word may
        follow. "centimes" alone ("à 15 centimes") are a hundredth of the article's
        currency, which the time and place decide like a bare unit's (`centime` in
        models/money/ambiguous.tsv: the euro's by default, a franc's in a Swiss story or a
        French one before 2002); "cents" alone stay out ("50 Cent" is a singer).
        """
        k = i + 2
        de, cur = self.tok(k), self.tok(k + 1)
        named = de is not None and de.kind == "de" and self.adj(k - 1, k) and self.adj(k, k + 1)
        word = cur.value if cur is not None and isinstance(cur.value, Currency) else None
        if named and cur is not None and word is not None and word.kind == "word":
            return Amount(start, cur.end, k + 2, number, _HUNDREDTH, word)  # never "de $"
        unit = self.toks[i + 1]
        if unit.kind != "cents":
            return None
        return Amount(start, unit.end, i + 2, number, _HUNDREDTH, _CENTIME)

    def range(self, i: int, *, bare_et: bool = False) -> tuple[Amount, Amount] | None:
        """Parse `range := entre A et B | de A à B | A - B | A à B` at token i.

        A may borrow B's unit and multiplier ("entre 8,8 et 9,6 milliards de dollars"). A
        bare "A à B" whose A has its own currency is two amounts ("le titre a pris 2,3
        euros à 45,6 euros": the change and the level), not a range, and so is "de A à
        B" after a verb of change ("est passé de 1,90 euro à 2,10 euros"; a bare A,
        "porté de 10 à 12 millions d'euros", still borrows B's unit in one range).
        Inside a conversion, `bare_et` also reads "A et B" ("(7,8 et 8,5 mds EUR)").
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
            seps, j = ("-", "–", "—", "à", *(("et",) if bare_et else ())), i
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
        # "a pris 2,3 euros à 45,6 euros": a change, then the level reached; "est passé de
        # 1,90 euro à 2,10 euros": the level before, the level after
        own = low.currency is not None and self.is_conn(k, "à")
        if own and (j == i or self.changed_before(t.start)):
            return None
        if low.currency is None:
            mult = low.mult
            if mult is None and high.mult is not None and low.number <= high.number:
                mult = high.mult  # "entre 8,8 et 9,6 milliards"
            low = replace(low, currency=high.currency, mult=mult)
        if value(low) > value(high):
            return None
        return low, high

    def changed_before(self, start: int) -> bool:
        """Whether a verb of change ends the text before `start` ("a grimpé de ...")."""
        if self.change_before is None:
            return False
        return self.change_before.search(self.text, max(0, start - 40), start) is not None

    def money_at(self, i: int) -> tuple[Found, int] | None:
        """Parse `money := [QUAL] (range | amount [cents]) [conversion]` at token i.

        Returns the expression and the index of the token after it, or None. A per-unit
        phrase ("par mois") and up to three plain words may stand between the amount and
        a conversion in parentheses.
        """
        t = self.toks[i]
        qualifier: str | None = None
        j = i
        if t.kind == "qual":
            if not self.adj(i, i + 1):
                return None
            qualifier, j = str(t.value), i + 1
        rule = ["qualifier"] if qualifier else []
        high: Amount | None = None
        rng = self.range(j)
        if rng is not None:
            low, high = rng
            start = self.toks[j].start
            rule.append("range")
        else:
            found = self.amount(j, qualified=qualifier is not None)
            if found is None:
                return None
            low = self.with_cents(found)
            start = low.start
            rule.append("amount")
        last = high or low
        assert low.currency is not None
        end, nxt = last.end, last.next
        per_found = self.per(nxt)
        per = per_found[0] if per_found is not None else None
        equivalent: MoneyEquivalent | None = None
        conv = self.conversion(nxt, low.currency)
        if conv is None:
            paren = self.after_words(nxt)
            if paren is not None:
                conv = self.conversion(paren, low.currency, gap=True)
        if conv is not None:
            equivalent, end, nxt = conv
            rule.append("conversion")
        if qualifier is not None:
            start = t.start
        match = MoneyMatch(
            amount=value(low),
            currency=low.currency.code,
            ambiguous_unit=low.currency.ambiguous,
            qualifier=qualifier,
            amount_max=value(high) if high is not None else None,
            equivalent=equivalent,
            rule="+".join(rule),
            per=per,
            repairs=low.repairs + (high.repairs if high is not None else ()),
        )
        return Found(start, end, match), nxt

    def conversion(
        self, k: int, primary: Currency, *, gap: bool = False
    ) -> tuple[MoneyEquivalent, int, int] | None:
        """Parse `conversion := "(" [soit|ou] [QUAL] amount [words] ")" | [","] (soit|ou) ...`.

        At token k, right after an amount in `primary`; returns the equivalent, the end
        offset of the expression and the index of the token after it, or None.
        """
        if not gap and not self.adj(k - 1, k):
            return None
        paren = self.is_conn(k, "(")
        if gap and not paren:
            return None
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
        # A converted range ("(entre 8 et 9 millions d'euros)", "(7,8 et 8,5 mds EUR)") is
        # one equivalent with its high end, never a fact of its own.
        rng = self.range(j, bare_et=True)
        amt = rng[0] if rng is not None else self.amount(j)
        if amt is None or amt.currency is None:
            return None
        cur = amt.currency
        if cur.code == primary.code and (not paren or cur.ambiguous == primary.ambiguous):
            # Same unit twice ("..., soit 3,6 milliards de livres" after pounds): a total,
            # not a conversion. Only in parentheses may a bare unit convert its namesake.
            return None
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
            amount=value(amt),
            currency=cur.code,
            ambiguous_unit=cur.ambiguous,
            qualifier=qualifier,
            text=self.text[eq_start : last.end],
            amount_max=value(rng[1]) if rng is not None else None,
        )
        return eq, end, nxt


@cache
def grammar() -> MoneyGrammar:
    """The money grammar built from `models/money` (compiled once per process)."""
    return MoneyGrammar(
        Lexicon(
            read_tsv("money", "currencies.tsv") + name_rows(),
            read_tsv("money", "multipliers.tsv"),
            read_tsv("money", "qualifiers.tsv"),
            read_tsv("money", "per_units.tsv"),
            read_tsv("money", "change_verbs.tsv"),
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
