"""What the quote modules share: the speech lexicon and the reading of a quote's context.

The lexicon (models/relations/speech_verbs.tsv) gives the speech verbs, the words that
may stand between a verb and its subject (`filler`) or between a quotation and its verb
(`lead`); the organisation and people lexicons give the nouns that stand for a named
organisation ("le groupe") or person ("le ministre"). The helpers read mentions,
paragraphs and tokens around a quotation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.components.doc_text import text_of
from c5facts.components.quote_marks import Quotation
from c5facts.matches import MentionKind, MentionRef, QuoteMatch, SpeakerVia
from c5facts.resources import read_tsv

VERBS = ("relations", "speech_verbs.tsv")
# Words that may stand between a speech verb and its subject ("a indiqué vendredi X"), and
# between a quotation and its speech verb ("», a-t-il", "», avait alors"): lexicon kinds
# "filler" and "lead", read once.
_WORDS = read_tsv(*VERBS)
FILLERS = frozenset(r["form"] for r in _WORDS if r["kind"] == "filler")
VERB_LEAD = frozenset(r["form"] for r in _WORDS if r["kind"] == "lead")
DETERMINERS = frozenset(["le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "cet", "cette"])
INDEFINITE = frozenset(["un", "une", "des", "plusieurs", "certains", "d'autres"])
PRONOUNS = {"il": "person", "elle": "person", "-il": "person", "-elle": "person"}
# Fillers of several words: only skipped whole ("a ajouté pour sa part X").
FILLER_PHRASES = tuple(
    tuple(p.split())
    for p in ("pour sa part", "pour son compte", "de son côté", "de leur côté", "plus tard")
)
MARKS = frozenset(["«", "»", "“", "”", '"'])
ORG_NOUNS_EXTRA = frozenset(["firme", "maison", "géant", "compagnie", "constructeur"])


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    """Speech verbs (form -> lemma) and the nouns standing for organisations and people."""

    verbs: dict[str, str]
    org_nouns: frozenset[str]
    person_nouns: frozenset[str]
    sources: frozenset[str]  # nouns of unnamed sources: "selon un rapport"


def load_lexicon() -> SpeechLexicon:
    """Read the speech verbs and the organisation and person nouns."""
    verbs = {r["form"]: r["lemma"] for r in _WORDS if r["kind"] == "verb"}
    sources = frozenset(r["form"] for r in _WORDS if r["kind"] == "source")
    org_rows = read_tsv("organisations", "lexicon.tsv")
    org_nouns = frozenset(r["form"] for r in org_rows if r["kind"] == "head") | ORG_NOUNS_EXTRA
    people_rows = read_tsv("people", "lexicon.tsv")
    person_nouns = frozenset(
        r["form"].lower()
        for r in people_rows
        if r["kind"] in {"title", "person_noun", "kinship"} and " " not in r["form"]
    )
    return SpeechLexicon(verbs, org_nouns, person_nouns, sources)


def mentions_of(doc: Doc) -> list[MentionRef]:
    """Person and organisation mentions of `doc`, in text order."""
    out: list[MentionRef] = []
    groups: tuple[tuple[str, MentionKind], ...] = (
        (spans.PEOPLE, "person"),
        (spans.ORGANISATIONS, "organisation"),
    )
    for key, kind in groups:
        for s in doc.spans.get(key, []):
            out.append(MentionRef(start=s.start_char, end=s.end_char, kind=kind, text=s.text))
    return sorted(out, key=lambda m: m.start)


def skip_fillers(doc: Doc, i: int) -> int:
    """The first token from `i` on that is not an adverb or a filler phrase."""
    while i < len(doc):
        words = [t.lower_ for t in doc[i : i + 3]]
        phrase = next((p for p in FILLER_PHRASES if tuple(words[: len(p)]) == p), None)
        if phrase is not None:
            i += len(phrase)
        elif doc[i].lower_ in FILLERS and doc[i].lower_ not in {"pour", "sa", "son", "de", "leur"}:
            i += 1
        else:
            return i
    return i


def mention_at(mentions: list[MentionRef], at: int) -> MentionRef | None:
    """The mention that starts at offset `at`."""
    return next((m for m in mentions if m.start == at), None)


def latest(
    mentions: list[MentionRef], before: int, kind: str, within: tuple[int, int] | None = None
) -> MentionRef | None:
    """The latest mention of `kind` before offset `before` (in `within` when given)."""
    lo = within[0] if within else 0
    found = [m for m in mentions if m.kind == kind and lo <= m.start < before]
    return found[-1] if found else None


def paragraph_of(doc: Doc, quote: Quotation) -> tuple[int, int]:
    """Offsets of the paragraph (line) where the quote opens.

    A quote that opens its paragraph reaches back over the paragraph before, where
    journalists name the speaker ("X a déploré...\n« ... », a-t-il dit").
    """
    text = text_of(doc)
    lo = text.rfind("\n", 0, quote.open_at) + 1
    hi = text.find("\n", quote.open_at)
    if lo > 0 and not text[lo : quote.open_at].strip():
        lo = text.rfind("\n", 0, lo - 1) + 1
    return lo, hi if hi >= 0 else len(text)


def token_at(doc: Doc, offset: int) -> int | None:
    """The index of the token holding character `offset`."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else None


def clause_end(doc: Doc, i: int) -> int:
    """End of the subject region: before a full stop, an opening quote or a line break."""
    j = i
    while j < len(doc) and j - i < 25:
        if doc[j].text in {".", "«", "“", '"', "!", "?", ";"} or "\n" in doc[j].text:
            break
        j += 1
    return j


def make_match(
    quote: Quotation,
    speaker: MentionRef | None,
    via: SpeakerVia | None,
    verb: str | None,
    rule: str,
) -> QuoteMatch:
    """The match of a direct quotation."""
    return QuoteMatch(marks=quote.marks, speaker=speaker, speaker_via=via, verb=verb, rule=rule)


def no_overlap(found: list[Span]) -> list[Span]:
    """The spans of `found` (sorted) that do not overlap an earlier one."""
    out: list[Span] = []
    for span in found:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out
