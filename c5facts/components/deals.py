"""Deals component: who pays whom each amount of money, when its clause says so.

For each money span, the deal word (models/relations/deal_verbs.tsv) of its clause says
the action: the nearest one before the amount in the same sentence ("Apple versera 310
millions"), else one right after it ("25 millions d'euros d'amende"). No parser: word
order and the lexicon.

- The subject is the nearest person, organisation or country mention before the word in
  the same clause, not governed by a preposition ("le rachat de X": X is no subject). The
  walk stops at a clause boundary ("que", "qui", ";", ":", a quotation mark) but steps
  over a relative clause between commas ("X, dont le nom ..., a écopé"). A definite noun
  right before the verb stands for the latest organisation whose name or announcing noun
  holds it ("la première banque allemande" -> "Deutsche Bank"); otherwise none.
- The other party is the first mention after the word governed by one of its
  prepositions ("à", "aux", "dans", "par", "auprès de", "de").
- The date is the clause's only date span, if it has exactly one.
- The object, what the money is for, is read by `deal_objects.ObjectReader` from the
  constructions of models/relations/deal_objects.tsv ("pour une participation de 40 % dans
  X", "pour racheter X", "le rachat de X pour N", "consacrer N à X").

A role the clause does not fill stays empty: the component never guesses.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.components.deal_objects import ObjectReader
from c5facts.components.quote_context import mentions_of
from c5facts.matches import CountryMatch, DateMatch, DealMatch, MentionRef, OrganisationMatch
from c5facts.normalise.dates.vague import VAGUE_RULES
from c5facts.normalise.text import fold
from c5facts.resources import read_tsv

LEXICON = ("relations", "deal_verbs.tsv")
MAX_BEFORE = 14  # tokens between a deal word and the amount after it
MAX_AFTER = 3  # tokens between the amount and a deal word after it ("d'amende")
MAX_WALK = 20  # tokens walked back from the deal word to its subject
STOPS = frozenset(["que", "qu'", "qu’", "qui", ";", ":", "«", "»", '"', "“", "”", "(", ")", "."])
PREPOSITIONS = frozenset(
    [
        "de",
        "d'",
        "d’",
        "du",
        "des",
        "à",
        "au",
        "aux",
        "par",
        "pour",
        "dans",
        "avec",
        "en",
        "chez",
        "selon",
        "contre",
        "sur",
        "auprès",
        "vers",
        "entre",
        "sans",
        "sous",
        "après",
    ]
)
DETERMINERS = frozenset(["le", "la", "l'", "l’", "les"])
# What may stand between a subject noun and its verb: "allemande s'est vu", "avait déjà".
SUBJECT_GAP = frozenset(["ADJ", "AUX", "ADV", "PRON", "VERB", "DET"])


@dataclass(frozen=True, slots=True)
class DealWord:
    """One row of the lexicon."""

    action: str
    subject: str  # payer | recipient
    preps: tuple[tuple[str, str], ...]  # (preposition, role)


class DealFinder:
    """Writes `doc.spans["c5facts_deals"]`: one span per money span with a deal."""

    def __init__(self, name: str) -> None:
        """Load the deal lexicon."""
        self.name = name
        self.objects = ObjectReader()
        self.words: dict[str, DealWord] = {}
        for row in read_tsv(*LEXICON):
            preps = tuple(
                (p.split("=")[0], p.split("=")[1]) for p in (row["preps"] or "").split(",") if p
            )
            self.words[row["form"]] = DealWord(row["action"], row["subject"], preps)

    def __call__(self, doc: Doc) -> Doc:
        """Find the deal of each money span of `doc`."""
        mentions = _mentions(doc)
        by_start = {m.start: m for m in mentions}
        orgs = [(s, s._.get(spans.ORGANISATIONS)) for s in doc.spans.get(spans.ORGANISATIONS, [])]
        # A vague reference ("désormais", "ces dernières années") dates no deal.
        dates = [d for d in doc.spans.get(spans.DATES, []) if not _vague(d)]
        out: list[Span] = []
        for money in doc.spans.get(spans.MONEY, []):
            found = self._word(doc, money)
            if found is None:
                continue
            at, word = found
            subject = self._subject(doc, at if at < money.start else money.start, by_start, orgs)
            other = self._other(doc, at, money, word, by_start)
            payer = subject if word.subject == "payer" else None
            recipient = subject if word.subject == "recipient" else None
            if other is not None:
                role, ref = other
                if role == "payer" and payer is None:
                    payer = ref
                elif role == "recipient" and recipient is None:
                    recipient = ref
            if payer is not None and recipient is not None and payer.text == recipient.text:
                recipient = None
            deal = Span(doc, money.start, money.end, label="DEAL")
            deal._.set(
                spans.DEALS,
                DealMatch(
                    action=word.action,
                    verb=doc[at].text,
                    payer=payer,
                    recipient=recipient,
                    object=self.objects.read(doc, money, at, word.action, dates),
                    date=_clause_date(doc, money, dates),
                    rule="before" if at < money.start else "after",
                ),
            )
            out.append(deal)
        doc.spans[spans.DEALS] = out
        return doc

    def _word(self, doc: Doc, money: Span) -> tuple[int, DealWord] | None:
        """The deal word of the amount's clause: the nearest before, else right after."""
        sent = money.sent if doc.has_annotation("SENT_START") else doc[:]
        if self._governed_by_other_noun(doc, money, sent.start):
            return None  # "l'achat de 37 avions et un contrat de 1,1 milliard": the contract's
        for i in range(money.start - 1, max(sent.start, money.start - MAX_BEFORE) - 1, -1):
            if doc[i].text in {";", ".", "«", "»"}:
                break
            word = self.words.get(doc[i].lower_)
            if word is not None:
                return i, word
        for i in range(money.end, min(sent.end, money.end + MAX_AFTER)):
            word = self.words.get(doc[i].lower_)
            if word is not None and word.action == "amende":
                return i, word
        return None

    def _governed_by_other_noun(self, doc: Doc, money: Span, sent_start: int) -> bool:
        """Whether the amount completes a noun that is no deal word ("un contrat de X")."""
        i = money.start - 1
        if i <= sent_start or doc[i].lower_ not in {"de", "d'", "d’"}:
            return False
        j = i - 1
        while j > sent_start and doc[j].pos_ == "ADJ":
            j -= 1
        return doc[j].pos_ == "NOUN" and doc[j].lower_ not in self.words

    def _subject(
        self,
        doc: Doc,
        at: int,
        by_start: dict[int, MentionRef],
        orgs: list[tuple[Span, OrganisationMatch | None]],
    ) -> MentionRef | None:
        """The named subject of the clause, walking back from token `at`."""
        sent_start = doc[at].sent.start if doc.has_annotation("SENT_START") else 0
        i = at - 1
        steps = 0
        while i >= sent_start and steps < MAX_WALK:
            tok = doc[i]
            if tok.lower_ in STOPS:
                return None
            if tok.text == ",":
                back = _relative_clause_start(doc, i, sent_start)
                if back is None:
                    return None
                i, steps = back - 1, steps + 1
                continue
            ref = _mention_ending(by_start, doc, i)
            if ref is not None:
                start_tok = _token_at(doc, ref.start)
                if start_tok > 0 and doc[start_tok - 1].lower_ in PREPOSITIONS:
                    i = start_tok - 2
                    steps += 1
                    continue
                return ref
            # A noun in subject position: only adjectives, auxiliaries, adverbs and
            # determiners between it and the deal word ("la banque allemande s'est vu infliger").
            if (
                tok.pos_ == "NOUN"
                and i > sent_start
                and _has_det(doc, i, sent_start)
                and all(t.pos_ in SUBJECT_GAP for t in doc[i + 1 : at])
            ):
                return _noun_org(tok.lower_, tok.idx, orgs)
            i -= 1
            steps += 1
        return None

    def _other(
        self, doc: Doc, at: int, money: Span, word: DealWord, by_start: dict[int, MentionRef]
    ) -> tuple[str, MentionRef] | None:
        """The first mention after the deal word governed by one of its prepositions."""
        if not word.preps:
            return None
        preps = dict(word.preps)
        sent_end = doc[at].sent.end if doc.has_annotation("SENT_START") else len(doc)
        start = min(at, money.start) + 1
        for i in range(start, min(sent_end, max(at, money.end) + 8)):
            tok = doc[i]
            if tok.text in {";", "."} or tok.lower_ in {"que", "qui"}:
                return None
            role = preps.get(tok.lower_)
            if role is None:
                continue
            j = i + 1
            if tok.lower_ == "auprès" and j < len(doc) and doc[j].lower_ in {"de", "d'", "du"}:
                j += 1
            while j < len(doc) and doc[j].lower_ in DETERMINERS:
                j += 1
            # "à la fondation Arbor": the noun (and adjective) announcing the name
            for k in range(j, min(len(doc), j + 3)):
                ref = by_start.get(doc[k].idx)
                if ref is not None:
                    return role, ref
                if not (doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"}):
                    break
        return None


# ------------------------------------------------------------------------------ helpers
def _mentions(doc: Doc) -> list[MentionRef]:
    """Person, organisation and country mentions (country names and capitals only)."""
    out = mentions_of(doc)
    for s in doc.spans.get(spans.COUNTRIES, []):
        match = s._.get(spans.COUNTRIES)
        if isinstance(match, CountryMatch) and match.via in {"name", "capital"}:
            out.append(MentionRef(start=s.start_char, end=s.end_char, kind="country", text=s.text))
    return sorted(out, key=lambda m: m.start)


def _mention_ending(by_start: dict[int, MentionRef], doc: Doc, i: int) -> MentionRef | None:
    """The mention whose last token is token `i`."""
    end = doc[i].idx + len(doc[i])
    return next((m for m in by_start.values() if m.end == end), None)


def _token_at(doc: Doc, offset: int) -> int:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _relative_clause_start(doc: Doc, comma: int, sent_start: int) -> int | None:
    """'X, dont le nom est cité, a écopé': the comma before "dont"/"qui", if any."""
    for j in range(comma - 1, max(sent_start, comma - 15) - 1, -1):
        if doc[j].lower_ in {"dont", "qui"} and j > sent_start and doc[j - 1].text == ",":
            return j - 1
        if doc[j].text in {".", ";", "«", "»"}:
            return None
    return None


def _has_det(doc: Doc, i: int, sent_start: int) -> bool:
    """Whether a definite determiner stands before the noun at `i`.

    Adjectives may sit between, and no preposition before it ("les cadres de la banque":
    "la banque" is no subject).
    """
    j = i - 1
    while j >= sent_start and doc[j].pos_ == "ADJ":
        j -= 1
    if j < sent_start or doc[j].lower_ not in DETERMINERS:
        return False
    return j == sent_start or doc[j - 1].lower_ not in PREPOSITIONS


def _noun_org(
    noun: str, before: int, orgs: list[tuple[Span, OrganisationMatch | None]]
) -> MentionRef | None:
    """The latest organisation before offset `before` that the noun names.

    The noun must be the noun that announced it ("le groupe X" ... "le groupe") or share
    its first three letters with a word of its name ("la banque" for "Deutsche Bank").
    """
    key = fold(noun)
    for span, match in reversed(orgs):
        if span.start_char >= before:
            continue
        words = {fold(w) for w in span.text.split()}
        heads = {fold(match.head)} if match is not None and match.head else set()
        stems = {w[:3] for w in words if len(w) >= 4}
        if key in heads or key in words or (len(key) > 4 and key[:3] in stems):
            return MentionRef(
                start=span.start_char, end=span.end_char, kind="organisation", text=span.text
            )
    return None


def _vague(span: Span) -> bool:
    match = span._.get(spans.DATES)
    return isinstance(match, DateMatch) and match.rule in VAGUE_RULES


def _clause_date(doc: Doc, money: Span, dates: list[Span]) -> tuple[int, int] | None:
    """The offsets of the only date span of the amount's sentence."""
    if not doc.has_annotation("SENT_START"):
        return None
    sent = money.sent
    inside = [d for d in dates if sent.start <= d.start and d.end <= sent.end]
    if len(inside) != 1:
        return None
    return inside[0].start_char, inside[0].end_char


@Language.factory("c5facts_deals")
def make_deals(nlp: Language, name: str) -> DealFinder:
    """Build the `c5facts_deals` component."""
    return DealFinder(name)
