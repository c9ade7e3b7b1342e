"""Deal objects: what a deal's money is for, read from the constructions of a table.

The table (models/relations/deal_objects.tsv) lists a preposition and the word that must
follow it ("pour une participation de 40 % dans X", "pour racheter X", "dans le projet
X"), the noun phrases before "pour + amount" ("le rachat de X pour 2 milliards"), and
rows limited to some deals ("vendre pour N d'obligations", "consacrer N à X"). The object
runs to a comma, the clause's end, a date or "par mois"; a clause with none of them
leaves the object empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from c5facts.resources import read_tsv

OBJECTS = ("relations", "deal_objects.tsv")
OBJECT_WINDOW = 10  # tokens between the amount (or the deal word) and "pour"/"dans"
OBJECT_MAX = 16  # tokens of an object: a longer one has no clear end, and is left out
OBJECT_DETERMINERS = frozenset(
    ["le", "la", "l'", "l’", "les", "un", "une", "des", "son", "sa", "ses", "leur", "leurs"]
)
OBJECT_STOPS = frozenset([",", ";", ".", ":", "(", "que", "qu'", "qu’", "qui", "«", "»", '"'])
PER_UNITS = frozenset(["jour", "semaine", "mois", "an", "année", "trimestre", "habitant", "tête"])


@dataclass(frozen=True, slots=True)
class ObjectRow:
    """One row of the objects table: what to keep, and the deals it is limited to."""

    keep: str  # phrase | complement | before
    only: frozenset[str]  # deal actions or deal words; empty: any


class ObjectReader:
    """Reads the object of a deal from the constructions of the objects table."""

    def __init__(self) -> None:
        """Load the objects table."""
        rows = read_tsv(*OBJECTS)
        self.objects: dict[tuple[str, str], ObjectRow] = {
            (r["intro"], r["head"]): ObjectRow(
                r["keep"], frozenset(w for w in (r.get("only") or "").split(",") if w)
            )
            for r in rows
            if r["keep"] != "before"
        }
        self.intros = frozenset(intro for intro, _ in self.objects)
        self.before = frozenset(r["head"] for r in rows if r["keep"] == "before")

    def read(self, doc: Doc, money: Span, at: int, action: str, dates: list[Span]) -> str | None:
        """The object of the deal of `money` (deal word at token `at`), or None."""
        return self._before(doc, money) or self._after(doc, money, at, action, dates)

    def _after(self, doc: Doc, money: Span, at: int, action: str, dates: list[Span]) -> str | None:
        """What the money is for: a construction of the objects table after the amount.

        Read after the amount, or after the deal word when it comes later; a row whose
        head is "*" only right after the amount (over its equivalent and adjectives).
        """
        start = max(at + 1, money.end)
        sent_end = doc[start - 1].sent.end if doc.has_annotation("SENT_START") else len(doc)
        near = _after_amount(doc, money.end, sent_end) if start == money.end else -1
        if near > start:
            start = near  # "(2,3 milliards d'euros)" is the amount's equivalent, not a stop
        for i in range(start, min(sent_end, start + OBJECT_WINDOW)):
            tok = doc[i]
            if tok.lower_ in OBJECT_STOPS:
                return None
            if tok.lower_ not in self.intros:
                continue
            j = i + 1
            if j < sent_end and doc[j].lower_ in OBJECT_DETERMINERS:
                j += 1
            while j < sent_end - 1 and doc[j].pos_ == "ADJ" and doc[j].is_lower:
                j += 1  # "pour un seul événement"
            if j >= sent_end:
                return None
            row = self.objects.get((tok.lower_, doc[j].lower_))
            if row is None and i == near and doc[j].pos_ == "NOUN" and doc[j].is_lower:
                row = self.objects.get((tok.lower_, "*"))
            if row is None or (row.only and not row.only & {action, doc[at].lower_}):
                continue
            first = j + 1 if row.keep == "complement" else i + 1
            end = next((k for k in range(first, sent_end) if _ends(doc, k, dates)), sent_end)
            while end > first and doc[end - 1].pos_ in {"ADP", "DET", "CCONJ"}:
                end -= 1  # "la cybersécurité sur [les dix prochaines années]"
            if end - first > OBJECT_MAX or end <= first:
                return None
            return doc[first:end].text
        return None

    def _before(self, doc: Doc, money: Span) -> str | None:
        """'le rachat de X pour 2 milliards': the noun phrase before "pour" + amount."""
        if money.start < 2 or doc[money.start - 1].lower_ != "pour":
            return None
        sent_start = money.sent.start if doc.has_annotation("SENT_START") else 0
        for k in range(money.start - 2, max(sent_start, money.start - OBJECT_MAX) - 1, -1):
            if doc[k].lower_ in OBJECT_STOPS:
                return None
            if doc[k].lower_ in self.before and k > sent_start:
                if doc[k - 1].lower_ in OBJECT_DETERMINERS:
                    return doc[k - 1 : money.start - 1].text
                return None
        return None


def _ends(doc: Doc, k: int, dates: list[Span]) -> bool:
    """Whether an object ends before token `k`: a stop word, a date, "par mois"."""
    if doc[k].lower_ in OBJECT_STOPS or any(d.start == k for d in dates):
        return True
    return doc[k].lower_ == "par" and k + 1 < len(doc) and doc[k + 1].lower_ in PER_UNITS


def _after_amount(doc: Doc, end: int, sent_end: int) -> int:
    """The first token after an amount's equivalent in parentheses and its adjectives."""
    i = end
    if i < sent_end and doc[i].text == "(":
        close = next((k for k in range(i, min(sent_end, i + 12)) if doc[k].text == ")"), None)
        if close is None:
            return end
        i = close + 1
    while i < sent_end and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1  # "1,3 milliard supplémentaires à ..."
    return i
