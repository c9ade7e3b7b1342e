"""Whether a capital stands for its government ("Washington a annoncé") or names the city.

A capital counts as its country only as an actor. It is the city after a locative
preposition ("à Washington", "dans la capitale"; not after a verb addressing someone:
"a reproché à Paris", "livre des armes à Kiev"), in a list opened by one ("jusqu'à
Londres, Pretoria et Paris"), after "entre" beside a city that is neither a capital nor a
country ("entre Rouen et Paris"), after "de" governed by a place noun, the city's offices
and courts or a title of nobility (an adjective between) or a capitalised name ("l'État
de Washington", "la cour d'appel de Paris", "le comte de Paris", "Bourse de Tokyo"), and
opening a dateline ("PARIS | ...", "Dakar, 24 mars -"). The words are data:
`models/gazetteers/countries_context.tsv` (locative, of, place_noun, dative...).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from c5facts.normalise.countries import lookup

UNTIL = frozenset(["jusqu'", "jusqu’"])  # "jusqu'à Londres": a place, never whom


def is_capitalised_word(token: Token) -> bool:
    """Whether `token` is a capitalised word of more than one letter."""
    # Hyphenated names count too: "Paris Saint-Germain" is a club, not France.
    letters = token.text.replace("-", "")
    return letters.isalpha() and token.text[:1].isupper() and len(letters) > 1


class CapitalReading:
    """Reads how a capital is used, with the context word lists of the countries component."""

    def __init__(self, ctx: dict[str, frozenset[str]], weekdays: frozenset[str]) -> None:
        """Keep the context lists (`read_context`) and the weekday names (datelines)."""
        self.ctx = ctx
        self.weekdays = weekdays

    def dateline(self, span: Span) -> bool:
        """Whether a capital opens a line as a dateline ("PARIS |", "Dakar, 24 mars 2024 -")."""
        doc = span.doc
        if span.end >= len(doc):
            return False
        nxt = doc[span.end]
        if nxt.text in self.ctx["dateline_mark"]:
            return True
        at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        return (
            at_line_start
            and nxt.text == ","
            and after is not None
            and (
                after.like_num
                or after.lower_ in self.weekdays
                or after.lower_ in self.ctx["dateline_article"]
            )
        )

    def is_place(self, span: Span) -> bool:
        """Whether a capital is used as a place ("à Washington") rather than as a government."""
        doc = span.doc
        if self.dateline(span):
            return True  # "PARIS | Les géants du web...", "Dakar, 24 mars -"
        i = span.start - 1
        if i >= 0 and doc[i].lower_ in self.ctx["article"]:
            i -= 1  # "à la Maison Blanche"
        if i < 0:
            return False
        if doc[i].lower_ in self.ctx["locative"]:
            return not self._addressed(doc, i)
        if doc[i].lower_ in self.ctx["of"] and i > 0:
            head = doc[i - 1]
            if i > 1 and head.pos_ == "ADJ" and head.is_lower:
                head = doc[i - 2]  # "la procureure générale de Paris"
            return head.lower_ in self.ctx["place_noun"] or is_capitalised_word(head)
        return self._listed_place(span)

    def _addressed(self, doc: Doc, i: int) -> bool:
        """Whether the "à" at `i` names whom a verb addresses ("a reproché à Paris").

        A dative verb (`dative` in the context file) up to four words before it, no
        punctuation nor preposition between ("livre des armes à Kiev", but "livre en
        réanimation à Moscou un combat").
        """
        if doc[i].lower_ != "à":
            return False
        for k in range(i - 1, max(i - 5, -1), -1):
            if doc[k].is_punct or doc[k].pos_ == "ADP":
                return False  # "il livre en réanimation à Moscou un combat": a place
            if doc[k].lower_ in self.ctx["dative"]:
                return True
        return False

    def _listed_place(self, span: Span) -> bool:
        """Whether a capital is an item of a list of places.

        The list opens on a locative ("jusqu'à Londres, Pretoria et Paris", "dans Paris et
        sa banlieue"; a bare "à" may name whom something is said to: "a reproché à Paris,
        Londres et Berlin"), or "entre" joins it to a city that is neither a capital nor a
        country ("entre Rouen et Paris").
        """
        doc = span.doc
        items = [(span.start, span.end)]
        k = span.start - 1
        while k > 0 and doc[k].lower_ in (",", "et", "ou"):
            j = k - 1
            while j >= 0 and is_capitalised_word(doc[j]) and k - j <= 3:
                j -= 1
            if j == k - 1:
                break
            items.append((j + 1, k))
            k = j
        if k < 0 or (len(items) == 1 and doc[k].lower_ != "entre"):
            return False
        word = doc[k].lower_
        if word == "entre":
            after = span.end + 1 < len(doc) and doc[span.end].lower_ == "et"
            if after:
                end = span.end + 2
                while end < len(doc) and is_capitalised_word(doc[end]) and end - span.end <= 4:
                    end += 1
                items.append((span.end + 1, end))
            return any(self._plain_city(doc[a:b]) for a, b in items[1:])
        bare_a = word in ("à", "au", "aux") and not (k > 0 and doc[k - 1].lower_ in UNTIL)
        return word in self.ctx["locative"] and not bare_a

    @staticmethod
    def _plain_city(span: Span) -> bool:
        """Whether the model reads a place that is neither a country nor a capital."""
        return (
            all(t.ent_type_ == "LOC" for t in span)
            and lookup(span.text, "capital") is None
            and lookup(span.text, "name") is None
            and lookup(span.text, "demonym") is None
        )
