"""Typed, frozen match objects: what a component found, parsed once, attached to its span.

Each c5facts component writes spans to `doc.spans["c5facts_<type>"]` and puts one of these
objects on each span (`span._.c5facts_<type>`, see `c5facts.spans`). The normalisers take
these objects, never the span's text, and `c5facts.extract` only converts them to records.
Pure Python: no spaCy import, so normalisers and tests can build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

# ---------------------------------------------------------------------------- money
# (MoneyMatch: written by the money component)


@dataclass(frozen=True, slots=True, kw_only=True)
class MoneyEquivalent:
    """The converted amount of a money expression: "(30,3 milliards d'euros)".

    >>> MoneyEquivalent(amount=Decimal("30.3e9"), currency="EUR").ambiguous_unit is None
    True
    """

    amount: Decimal
    currency: str  # ISO 4217; the default reading when `ambiguous_unit` is set
    ambiguous_unit: str | None = None  # as in MoneyMatch
    qualifier: str | None = None  # approx | more_than | less_than ("environ 4,2 milliards")
    text: str = ""  # the converted amount as written, without parentheses or "soit"
    amount_max: Decimal | None = None  # the high end of a converted range ("(7,8 et 8,5 mds)")


@dataclass(frozen=True, slots=True, kw_only=True)
class MoneyMatch:
    """A money expression as the money grammar parsed it (its span holds the offsets).

    >>> m = MoneyMatch(amount=Decimal("35e9"), currency="USD", ambiguous_unit="dollar",
    ...                qualifier="approx", rule="qualifier+amount")
    >>> m.currency, m.ambiguous_unit, m.amount_max is None
    ('USD', 'dollar', True)
    """

    amount: Decimal  # the whole value, multiplier applied; the low end of a range
    currency: str  # ISO 4217; the default reading when `ambiguous_unit` is set
    # The unit group ("dollar", "couronne") of a bare unit whose currency depends on the
    # article; its candidate currencies are in models/money/ambiguous.tsv. None when the
    # form names one currency ("dollars canadiens", "€").
    ambiguous_unit: str | None = None
    qualifier: str | None = None  # approx | more_than | less_than ("près de", "plus de")
    amount_max: Decimal | None = None  # the high end of a range ("entre 12 et 15 euros")
    equivalent: MoneyEquivalent | None = None  # the conversion that follows, if any
    rule: str = ""  # grammar rules that matched, e.g. "qualifier+amount+conversion"
    per: str | None = None  # the unit of a per-unit amount ("1,34 $ par action" -> "action")
    # Repairs the grammar made to read the expression ("milliars" read as "milliards"),
    # reported as warnings on the fact.
    repairs: tuple[str, ...] = ()


# ---------------------------------------------------------------------------- dates
# (DateMatch: written by the dates component)

DateTense = Literal["past", "future", "present"]


@dataclass(frozen=True, slots=True)
class DateWord:
    """One matched token of a date expression and the role its pattern token gives it."""

    role: str  # "day", "month", "year", "weekday", "prep", "to"... ("" for a fixed word)
    form: str  # lower case, typographic apostrophe folded: "l'", "sept."
    text: str  # as written, with its trailing whitespace (the span's text is their join)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateFields:
    """The values read once from the roles of one side of a date expression.

    >>> DateFields(day=6, month=11).year is None
    True
    """

    day: int | None = None
    month: int | None = None
    year: int | None = None  # a two-digit year already widened: 74 -> 1974, 14 -> 2014
    year_end: int | None = None  # the second year of one "2024/2025" token
    weekday: int | None = None  # 0 = Monday
    hour: int | None = None
    minute: int | None = None
    prep: str | None = None  # the leading preposition: "depuis", "d'ici", "entre"...
    det: str | None = None  # the determiner before an edge or a week: "la" fin, "cette" semaine
    edge: str | None = None  # début | fin | milieu | mi
    mod: str | None = None  # dernier, prochaine, huit... as written
    adj: str | None = None  # the direction adjective of a duration: "dernières" années
    part: str | None = None  # matin, soir... as written
    rel: str | None = None  # hier, lendemain... as written
    days: int | None = None  # the day offset of a relative day word: hier -> -1
    number: float | None = None  # a count: "trois" ans, "12" semaines, "3,5" ans
    half: bool = False  # "demi" next to the count: "trois demi-journées"
    and_half: bool = False  # "et demi" after the unit: "un an et demi"
    unit: str | None = None  # ISO 8601 step of a unit word: "1Y", "3M"; time units "T1H"
    number2: float | None = None  # the second count of "1 an 2 mois"
    unit2: str | None = None  # and its unit
    qual: str | None = None  # a qualifier as written: "plus" (de six mois), "environ"
    ampm: str | None = None  # "du matin", "du soir" after a clock time, as written
    ordinal: int | None = None
    season: str | None = None  # TIMEX3 code: SP SU FA WI
    decade: str | None = None  # the digits after "années": "80", "1990"
    holiday: str | None = None  # "MM-DD" of a fixed-date holiday


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMatch:
    """A date expression as the dates grammar matched it (its span holds the offsets).

    `rule` is the id of the pattern that matched (models/dates/patterns.jsonl): it picks
    the resolver. `fields` are the values of the expression (of its left end for a
    range), `end` those of a range's right end.

    >>> word = DateWord("weekday", "jeudi", "jeudi")
    >>> m = DateMatch(rule="weekday", tense="future", words=(word,), fields=DateFields(weekday=3))
    >>> m.text, m.fields.weekday
    ('jeudi', 3)
    """

    rule: str
    tense: DateTense | None
    words: tuple[DateWord, ...]
    fields: DateFields
    end: DateFields | None = None
    # a TIMEX3 mod the words beside the match give ("au plus tard": ON_OR_BEFORE); the
    # match's own words win ("fin juin au plus tard" is END)
    bound: str | None = None

    @property
    def text(self) -> str:
        """The matched words as written (the span's text)."""
        return "".join(w.text for w in self.words).strip()


# ---------------------------------------------------------------------------- countries
# (CountryMatch: written by the countries component)

CountryVia = Literal["name", "demonym", "capital"]
# How a form relates to the country it counts as: "" the country itself, "constituent" a
# constituent country (Écosse -> GB), "historic" a former state (URSS -> SU) or name.
CountryRelation = Literal["", "constituent", "historic"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryMatch:
    """A country mention: which countries it names, and how.

    One span per mention: a compound adjective ("franco-libano-brésilien") is one span
    naming several countries, so its countries live here, in `codes`, not in one span per
    country (spaCy keys span extensions by offsets: such spans could not each have their
    own match).

    >>> CountryMatch(codes=("UZ",), via="demonym", rule="gazetteer:demonym").code
    'UZ'
    >>> CountryMatch(codes=("RU", "UA"), via="demonym", rule="compound").code
    'UA'
    """

    codes: tuple[str, ...]  # ISO 3166-1 alpha-2, in the order named; one unless a compound
    via: CountryVia  # the kind of gazetteer form: a compound is read as a demonym
    rule: str  # why it counts: "gazetteer:name", "gazetteer:capital-actor", "compound"...
    relation: CountryRelation = ""  # "constituent" or "historic" when the form says so

    @property
    def code(self) -> str:
        """The country the mention qualifies: the only one, or a compound's last part."""
        return self.codes[-1]


# ---------------------------------------------------------------------------- people
# (PersonMatch: written by the people component)


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonMatch:
    """A person mention: the name it gives when not its text, roles, country, and why.

    >>> PersonMatch(roles=("président",), country="UZ", rule="title").name is None
    True
    """

    roles: tuple[str, ...] = ()  # titles read around the name, as written, no duplicates
    country: str | None = None  # ISO alpha-2 from a demonym or "du <pays>" complement
    # Why it is a person: title | honorific | ner | known-name | coordination | apposition,
    # "a+b" when merged; a lone name adds its context ("ner+speech", "ner+possessive"...).
    rule: str = ""
    # The full name when the span does not hold it: "Anne" of "Anne et Claire Dubois".
    name: str | None = None
    age: int | None = None  # the age the text gives right after the mention ("X, 56 ans")
    # A relative's lone name ("le fils de X, Y X"): X is never an alias of "Y X".
    apart: bool = False


# ---------------------------------------------------------------------------- relations
# (OrganisationMatch, QuoteMatch, DealMatch: written by the organisations, quotes and deals
# components; a relation points to the mentions it links by character offsets)

MentionKind = Literal["person", "organisation", "country"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OrganisationMatch:
    """An organisation mention: the noun that announced it, its country, and why.

    >>> OrganisationMatch(head="groupe", country="US", rule="head").acronym is None
    True
    """

    head: str | None = None  # the noun before the name: "groupe", "banque" (as written)
    country: str | None = None  # ISO alpha-2 of a demonym next to it ("le groupe américain X")
    acronym: str | None = None  # the acronym in parentheses right after it ("(BCE)")
    rule: str = ""  # ner | ner-misc+head | head | role-of | prep | suffix | acronym | repeat


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionRef:
    """A person, organisation or country mention another match points to, by offsets.

    >>> MentionRef(start=0, end=5, kind="person", text="Ma Yun").kind
    'person'
    """

    start: int
    end: int
    kind: MentionKind
    text: str


QuoteKind = Literal["direct", "indirect"]
# How the speaker was found: named next to the verb, by a pronoun ("a-t-il dit"), by a
# noun standing for a named organisation ("a réagi le groupe"), or "selon X".
SpeakerVia = Literal["name", "pronoun", "noun", "selon"]


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteMatch:
    """A quotation (its span is the quoted words, marks excluded) and who said it.

    >>> QuoteMatch(marks="«»", speaker=None, rule="bare").kind
    'direct'
    """

    marks: str  # the opening and closing marks: "«»", '""', "“”"
    speaker: MentionRef | None  # None when the article does not say who
    speaker_via: SpeakerVia | None = None
    verb: str | None = None  # the speech verb as written ("a-t-il ajouté", "selon")
    kind: QuoteKind = "direct"
    rule: str = ""  # which attribution pattern linked the speaker: "after", "before", "incise"...


@dataclass(frozen=True, slots=True, kw_only=True)
class DealMatch:
    """The parties of the transaction a money span is the amount of (its span: the money).

    >>> DealMatch(action="payer", verb="versera", payer=None, recipient=None).action
    'payer'
    """

    action: str  # the lexicon's action: "payer", "investir", "acquérir", "amende"...
    verb: str  # the word that says it, as written ("versera", "une amende")
    payer: MentionRef | None  # who pays, invests, buys, lends, is fined
    recipient: MentionRef | None  # who receives, is invested in, sells, fines
    object: str | None = None  # what for, as written ("une participation de 70 %")
    date: tuple[int, int] | None = None  # offsets of the date span of the same clause
    rule: str = ""
