"""Whether a capital stands for its government ("Washington a annoncé") or names the city.

A capital counts as its country only as an actor. It is the city after a locative
preposition ("à Washington", "dans la capitale"; not after a verb addressing someone:
"a reproché à Paris", "livre des armes à Kiev"), in a list opened by one ("jusqu'à
Londres, Pretoria et Paris"), after "entre" beside a city that is neither a capital nor a
country ("entre Rouen et Paris"), in any list that holds such a city ("à Carpentras, Sète
ou encore Paris", "Paris et Marseille ont été touchées"), after "de" governed by a place
noun, the city's offices, courts, services, sides and events or a title of nobility (an
adjective between) or a capitalised name ("l'État de Washington", "la cour d'appel de
Paris", "les sapeurs-pompiers de Paris", "le nord de Paris", "le marathon de Berlin", "le
comte de Paris", "Bourse de Tokyo", "au départ de Paris"), the object of a verb of
motion ("quitte Berlin", "a bombardé Kiev"), after "capitale" or "ville" ("la capitale
Niamey"), an example of cities ("onze métropoles, dont Paris"), after a capital "A" that
stands for "À" ("A Paris, ..."), opening a dateline ("PARIS | ...", "Dakar, 24 mars -")
or a heading's topic ("Paris : ..."). A city that stands for an international institution
("Bruxelles", "Genève") is no plain city. The words are data:
`models/gazetteers/countries_context.tsv` (locative, of, place_noun, dative, seat,
motion_verb, apposed_place, city_noun...).
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


def items_before(doc: Doc, start: int, joins: tuple[str, ...]) -> tuple[list[tuple[int, int]], int]:
    """The capitalised items of a list before `doc[start]`, and the token before the first.

    Items are runs of up to three capitalised words, each followed by joining words
    (`joins`: a comma, "et", "ou"...): "Londres, Pretoria et [Paris]".
    """
    items: list[tuple[int, int]] = []
    k = start - 1
    while k > 0 and doc[k].lower_ in joins:
        j = k
        while j > 0 and doc[j].lower_ in joins:
            j -= 1
        end = j + 1
        while j >= 0 and is_capitalised_word(doc[j]) and end - j <= 3:
            j -= 1
        if j == end - 1:
            break
        items.append((j + 1, end))
        k = j
    return items, k


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
        if self._kicker(span):
            return True  # "Paris : trois quartiers interdits aux voitures"
        i = span.start - 1
        if i >= 0 and doc[i].lower_ in self.ctx["motion_verb"]:
            return True  # "sa famille quitte Berlin", "l'aviation a bombardé Kiev"
        if i >= 0 and doc[i].lower_ in self.ctx["apposed_place"]:
            return True  # "la capitale Niamey"
        if i >= 0 and doc[i].lower_ in self.ctx["article"]:
            i -= 1  # "à la Maison Blanche"
        if i < 0:
            return self._beside_plain_city(span)  # "Paris et Marseille ont été touchées"
        # "A Paris, ...": the press drops the accent of a capital À
        word = "à" if doc[i].text == "A" and doc[i].is_sent_start else doc[i].lower_
        if word in self.ctx["locative"]:
            return not self._addressed(doc, i)
        if self._example_of_cities(doc, i):
            return True  # "onze métropoles, dont Paris"
        if doc[i].lower_ in self.ctx["of"] and i > 0:
            head = doc[i - 1]
            if i > 1 and head.pos_ == "ADJ" and head.is_lower:
                head = doc[i - 2]  # "la procureure générale de Paris"
            if head.lower_ in self.ctx["place_noun"] or is_capitalised_word(head):
                return True
        return self._listed_place(span) or self._beside_plain_city(span)

    def _kicker(self, span: Span) -> bool:
        """Whether a capital opening a line is a heading's topic ("Paris : trois quartiers ...")."""
        doc = span.doc
        at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
        return at_line_start and span.end < len(doc) and doc[span.end].text == ":"

    def _example_of_cities(self, doc: Doc, i: int) -> bool:
        """Whether "dont"/"comme" at `i` gives an example of cities ("onze métropoles, dont")."""
        if doc[i].lower_ not in self.ctx["example_link"]:
            return False
        k = i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        return k >= 0 and doc[k].lower_ in self.ctx["city_noun"]

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
        before, k = items_before(doc, span.start, (",", "et", "ou"))
        items = [(span.start, span.end), *before]
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

    def _beside_plain_city(self, span: Span) -> bool:
        """Whether a capital is listed with a city that is neither a capital nor a country.

        "à Carpentras, Sète ou encore Paris", "Paris et Marseille ont été touchées": a list
        that holds a plain city lists cities, whatever opens it; a list of capitals and
        countries alone ("Paris, Berlin et Londres ont réagi") still names governments.
        """
        doc = span.doc
        joins = (",", "et", "ou", "encore")
        items, _ = items_before(doc, span.start, joins)  # the items before the capital
        k = span.end
        while k < len(doc) and doc[k].lower_ in joins:  # and after it
            while k < len(doc) and doc[k].lower_ in joins:
                k += 1
            start = k
            while k < len(doc) and is_capitalised_word(doc[k]) and k - start < 3:
                k += 1
            if k == start:
                break
            items.append((start, k))
        return any(self._plain_city(doc[a:b]) for a, b in items)

    def _plain_city(self, span: Span) -> bool:
        """Whether the model reads a place that is neither a country, a capital nor a seat."""
        return (
            all(t.ent_type_ == "LOC" for t in span)
            and span.text.lower() not in self.ctx.get("seat", frozenset())
            and lookup(span.text, "capital") is None
            and lookup(span.text, "name") is None
            and lookup(span.text, "demonym") is None
        )
