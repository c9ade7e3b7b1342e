"""Token navigation and the short tails of an amount, for the money grammar's parser.

`Cursor` walks the tokens of one text (`c5facts.normalise.money.lexicon`): adjacency,
connectors, and the small rules that extend an amount in place (a subunit "et 45
cents", a misspelt multiplier, a per-unit phrase "par action", the plain words before a
conversion). The grammar proper (`c5facts.normalise.money.grammar`) builds on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from c5facts.normalise.money.lexicon import Currency, Token


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount while it is parsed: offsets, tokens used, number, multiplier, currency."""

    start: int
    end: int
    next: int  # index of the first token after the amount
    number: Decimal
    mult: Decimal | None
    currency: Currency | None
    word_one: bool = False  # the number is the word "un"/"une"
    repairs: tuple[str, ...] = ()  # misspellings read ("milliars" as "milliards")


# The unit of a per-unit amount after "par", and the words a conversion may follow.
WORD = r"[^\W\d_][\w'’-]*"
LOWER_WORD = r"[a-zà-ÿœæ][\w'’-]*"
PER_RE = re.compile(
    rf"\s+(?P<unit>{LOWER_WORD}(?:\s+(?:à|de|d['’])\s*{WORD}(?=\s*(?:[.,;:)(]|$)))?)"
)
GAP_RE = re.compile(rf"\s+(?:{WORD}\s+){{0,2}}{WORD}\s*")


def value(amt: Amount) -> Decimal:
    """The amount's value, multiplier applied."""
    return amt.number * amt.mult if amt.mult is not None else amt.number


class Cursor:
    """A position-free view of the tokens of one text: adjacency, connectors, tails."""

    def __init__(
        self,
        toks: list[Token],
        text: str,
        typos: dict[str, str],
        not_per: frozenset[str] = frozenset(),
        change_before: re.Pattern[str] | None = None,
    ) -> None:
        """Walk `toks`, the tokens of `text`.

        `typos` maps misspelt multipliers to the word meant; `not_per` lists the words
        after "par" that are no unit ("par exemple"); `change_before` matches a verb of
        change ending a text ("est passé"), before "de A à B".
        """
        self.typos = typos
        self.not_per = not_per
        self.change_before = change_before
        self.text = text
        self.toks = toks
        self.n = len(self.toks)

    def adj(self, a: int, b: int) -> bool:
        """Tokens a and b are consecutive, with only white space between them."""
        if not (0 <= a < self.n and 0 <= b < self.n):
            return False
        return not self.text[self.toks[a].end : self.toks[b].start].strip()

    def adj_quoted(self, a: int, b: int) -> bool:
        """Tokens a and b are consecutive, a closing quote allowed between them.

        `les "108 millions" d'euros`: the currency follows the quoted amount.
        """
        if not (0 <= a < self.n and 0 <= b < self.n):
            return False
        return (
            re.fullmatch(r"\s*[\"»”]?\s*", self.text[self.toks[a].end : self.toks[b].start])
            is not None
        )

    def tok(self, i: int) -> Token | None:
        """Token i, or None past either end."""
        return self.toks[i] if 0 <= i < self.n else None

    def is_conn(self, i: int, *keys: str) -> bool:
        """Token i is one of the connectors `keys`."""
        t = self.tok(i)
        return t is not None and t.kind == "conn" and t.key in keys

    def repairs(self, number: Decimal, mult: Token) -> list[str]:
        """What reading the multiplier `mult` after `number` repaired, if anything.

        A misspelt word ("milliars") and a singular word after a plural number ("80
        milliard") are read as meant, with a note for the fact's warning.
        """
        key = mult.key.lower()
        if key in self.typos:
            return [f"'{mult.key}' read as '{self.typos[key]}'"]
        if key in ("million", "milliard", "billion") and number >= 2:
            return [f"'{mult.key}' after a plural number read as '{key}s'"]
        return []

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

    def with_cents(self, amt: Amount) -> Amount:
        """Add the subunit that follows to the amount.

        "1 USD et 23 centimes", "treize euros et quarante-cinq cents", and after a unit
        word, two digits that end the phrase: "15 dollars 50", "15 dollars et 15".
        """
        j = amt.next
        et = self.is_conn(j, "et") and self.adj(j - 1, j)
        if et:
            j += 1
        t = self.tok(j)
        if t is None or t.kind not in ("num", "numw") or not self.adj(j - 1, j):
            return amt
        assert isinstance(t.value, Decimal)
        cents: Decimal | None = None
        end_i = j
        if self.cents_after(j):
            cents, end_i = t.value, j + 1
        elif (
            t.kind == "num"
            and amt.mult is None
            and amt.currency is not None
            and amt.currency.kind == "word"
            and re.fullmatch(r"\d{2}" if not et else r"\d{1,2}", t.key)
            and re.match(r"\s*(?:[.,;:)!?]|$)", self.text[t.end :])
        ):
            cents = t.value
        if cents is None or cents >= 100:
            return amt
        total = value(amt) + cents / 100
        end_tok = self.toks[end_i]
        return replace(amt, end=end_tok.end, next=end_i + 1, number=total, mult=None)

    def per(self, k: int) -> tuple[str, int] | None:
        """Parse `per := par NOUN [à|de WORD]` at token k: the unit and its end offset.

        "1,34 $ par action" -> "action"; "500 dollars par personne à charge" ->
        "personne à charge" (a complement only when it ends the phrase).
        """
        if not self.is_conn(k, "par") or not self.adj(k - 1, k):
            return None
        after = self.text[self.toks[k].end :]
        m = PER_RE.match(after)
        first = m.group("unit").split()[0] if m is not None else ""
        if m is None or first in self.not_per or re.search(r"['’]", first):
            return None  # "par exemple", "par la région", "par l'État"
        return m.group("unit").lower(), self.toks[k].end + m.end("unit")

    def after_words(self, k: int) -> int | None:
        """The index of a "(" that follows token k-1 across one to three plain words.

        "800 millions de livres d'économies (886 millions d'euros)": the conversion
        still belongs to the amount. Words only: no digit, no punctuation between.
        """
        for p in range(k, min(k + 6, self.n)):
            if self.is_conn(p, "("):
                gap = self.text[self.toks[k - 1].end : self.toks[p].start]
                return p if GAP_RE.fullmatch(gap) else None
        return None
