"""Indirect quotes: reported speech without quotation marks, of kind "indirect".

Four families, tried in this order on each sentence (README, "Relations gold"):

- a speech verb and "que" (`indirect-que`): "X a assuré que P", "il a estimé qu'P", "X a
  affirmé mardi que P", "X a expliqué à Y que P", "X ... en affirmant que P"; the span is P;
- "selon X" / "d'après X" opening the sentence (`indirect-selon`): "Selon X, P", "Or,
  selon X, P"; the span is P;
- "selon X" closing it (`indirect-selon-end`): "P, selon X."; the span is P;
- an inverted speech verb after P (`indirect-incise`): "P, indique X.", "P, a annoncé lundi
  le groupe"; the subject is read as for a direct quotation's incise.

Precision first: a quote is kept only with a speaker, a person or organisation named (or
"il"/"elle", or a definite noun such as "l'entreprise", resolved as for direct quotes); a
negated verb ("n'a pas dit que") says nothing; a span holding a quotation mark (a mixed
quote) or a sentence holding a direct quotation is left to the direct patterns. P ends at
the sentence's end, a semicolon or a line break, without its final punctuation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from c5facts import spans
from c5facts.components.doc_text import lowers_of, text_of, words_of
from c5facts.components.quote_clauses import (
    after_comma,
    clause_span,
    mention_ending,
    named_source,
    opens_clause,
    outside_quotation,
    reported_span,
    source_word,
)
from c5facts.components.quote_context import (
    DETERMINERS,
    FILLERS,
    VERB_LEAD,
    SpeechLexicon,
    latest,
    paragraph_of,
)
from c5facts.components.quote_marks import MIN_WORDS, Quotation
from c5facts.components.quote_speakers import SpeakerFinder
from c5facts.matches import MentionRef, QuoteMatch, SpeakerVia
from c5facts.resources import read_tsv

_QUE = frozenset(["que", "qu'", "qu’"])
# Endings of a past participle: with no auxiliary before it, not a speech ("l'accord
# annoncé que..."); "X estime que" (a finite form) is.
_PARTICIPLE = ("é", "ée", "és", "ées", "is", "it", "ite")
_NEGATIONS = frozenset(["pas", "jamais", "guère", "nullement", "point", "rien"])
# Between a speech verb and "que": a time phrase ("cette semaine") or "à" + its addressee.
_TIME_NOUNS = frozenset(["semaine", "année", "nuit", "matinée", "soirée", "fois"])
_TO = frozenset(["à", "au", "aux"])
_MAX_GAP = 6  # tokens between a speech verb and its "que"
_CONNECTORS = frozenset(["or", "mais", "ainsi", "pourtant", "toutefois", "enfin", "cependant"])
Found = tuple[Span, QuoteMatch]  # an indirect quote's span and its match, not yet set
_RELATIVES = frozenset(["qui", "dont", "lequel", "laquelle"])
_MAX_SOURCE = 16  # tokens of the "selon X" phrase


class IndirectFinder:
    """Finds the indirect quotes of a document."""

    def __init__(self, speakers: SpeakerFinder, lexicon: SpeechLexicon) -> None:
        """Keep the speech verbs, the source nouns and the direct quotes' subject reading."""
        self.speakers = speakers
        self.verbs = lexicon.verbs
        self.sources = lexicon.sources
        # titles and person nouns, and the first words of longer titles: "X, porte-parole,
        # P", "X, secrétaire de presse du président, P"
        titles = read_tsv("people", "lexicon.tsv")
        self.roles = lexicon.person_nouns | {
            r["form"].split()[0].lower()
            for r in titles
            if r["kind"] in {"title", "person_noun", "kinship"}
        }

    def find(self, doc: Doc, mentions: list[MentionRef], direct: list[Span]) -> list[Span]:
        """The indirect quotes of `doc`, one at most per sentence without a direct quote."""
        if not doc.has_annotation("SENT_START"):
            return []
        taken = [(s.start, s.end) for s in direct]
        text = text_of(doc)
        out: list[Span] = []
        # Each reading needs a speech verb or "selon"/"d'après" in the sentence: sentences
        # without one are skipped on their strings, without a Token object per word.
        lows = lowers_of(doc)
        triggers = self.verbs.keys() | {"selon", "après", "d'après", "d’après"}
        for sent in doc.sents:
            if triggers.isdisjoint(lows[sent.start : sent.end]):
                continue
            found = (
                self._que(doc, sent, mentions)
                or self._selon(doc, sent, mentions)
                or self._selon_end(doc, sent, mentions)
                or self._incise(doc, sent, mentions)
            )
            if found is None:
                continue
            span, match = found
            if any(a < span.end and span.start < b for a, b in taken):
                continue
            if not outside_quotation(text, span.start_char, span.end_char):
                continue
            # set only now: a span's extension is keyed by its offsets, and a direct
            # quotation with the same offsets must keep its own match
            span._.set(spans.QUOTES, match)
            out.append(span)
        return out

    # ------------------------------------------------------------------------ que
    def _que(self, doc: Doc, sent: Span, mentions: list[MentionRef]) -> Found | None:
        """Reported speech with "que": "X a assuré que P" -> P, speaker X."""
        lows, words = lowers_of(doc), words_of(doc)
        for i in range(sent.start, sent.end):
            if not (lows[i] in self.verbs and words[i].islower()):
                continue  # most words: skipped on their strings, without a Token object
            tok = doc[i]
            que = self._que_after(doc, tok.i, sent.end)
            if que is None:
                continue
            if doc[tok.i - 1].lower_ == "en" and tok.text.endswith("ant"):
                found = self._clause_subject(doc, sent, tok.i - 1, mentions)
                verb = doc[tok.i - 1 : tok.i + 1].text  # "en affirmant"
            else:
                found, verb = self._subject_before(doc, sent, tok, mentions)
            if found is None:
                return None
            ref, via = found
            return _finish(doc, que + 1, sent.end, ref, via, verb, "indirect-que")
        return None

    def _que_after(self, doc: Doc, v: int, end: int) -> int | None:
        """The "que" completing the speech verb at `v`, over adverbs, days, "à X"."""
        i = v + 1
        while i < min(end, v + 1 + _MAX_GAP):
            tok = doc[i]
            if tok.lower_ in _QUE:
                return i
            if tok.lower_ in _TO:  # "a expliqué à BFM TV que": proper names only
                i += 1
                while i < end and (doc[i].pos_ == "PROPN" or doc[i].lower_ in DETERMINERS):
                    i += 1
                continue
            if tok.lower_ in {"cette", "ce"} and i + 1 < end and doc[i + 1].lower_ in _TIME_NOUNS:
                i += 2
                continue
            if tok.lower_ in FILLERS or tok.pos_ == "ADV":
                if tok.lower_ in _NEGATIONS:
                    return None
                i += 1
                continue
            return None
        return None

    def _subject_before(
        self, doc: Doc, sent: Span, verb: Token, mentions: list[MentionRef]
    ) -> tuple[tuple[MentionRef, SpeakerVia] | None, str]:
        """The subject before a speech verb group: a mention, "il"/"elle", or a noun."""
        v = verb.i
        j = v - 1
        while j >= sent.start and (doc[j].lower_ in VERB_LEAD or doc[j].pos_ == "ADV"):
            if doc[j].lower_ in _NEGATIONS:
                return None, ""
            j -= 1
        if j < sent.start or (j == v - 1 and doc[v].lower_.endswith(_PARTICIPLE)):
            return None, ""  # a bare past participle ("l'accord signé que...") is no speech
        if any(doc[k].lower_ in {"n'", "n’", "ne"} for k in range(j + 1, v)):
            return None, ""  # "n'a ... dit que": nothing said
        verb_text = doc[j + 1 : v + 1].text
        subject = doc[j]
        if subject.lower_ in {"il", "elle"}:
            fake = Quotation(subject.idx, subject.idx, subject.idx, subject.idx, "")
            ref = latest(mentions, subject.idx, "person", paragraph_of(doc, fake))
            return ((ref, "pronoun") if ref else None), verb_text
        ref = mention_ending(mentions, doc, j, sent.start_char)
        if ref is not None:
            return (ref, "name"), verb_text
        if subject.text == ",":  # "Le ministre de l'Énergie, R.K. Singh, a rappelé que"
            ref = mention_ending(mentions, doc, j - 1, sent.start_char)
            if ref is not None and ref.kind == "person" and after_comma(doc, ref, sent):
                return (ref, "name"), verb_text
            ref = self._before_incise(doc, sent, j, mentions)
            return ((ref, "name") if ref else None), verb_text
        noun = self._noun_subject(doc, sent, j, mentions)
        return ((noun, "noun") if noun else None), verb_text

    def _before_incise(
        self, doc: Doc, sent: Span, comma: int, mentions: list[MentionRef]
    ) -> MentionRef | None:
        """'X, même en pleine course, fait savoir': the named subject before an incise."""
        for k in range(comma - 1, max(sent.start, comma - 20) - 1, -1):
            if doc[k].text == ",":
                ref = mention_ending(mentions, doc, k - 1, sent.start_char)
                if ref is not None and opens_clause(doc, ref, sent):
                    return ref
                return None
        return None

    def _noun_subject(
        self, doc: Doc, sent: Span, j: int, mentions: list[MentionRef]
    ) -> MentionRef | None:
        """A definite noun opening its clause ("L'entreprise a assuré"), resolved."""
        k = j
        while k > sent.start and doc[k].pos_ in {"NOUN", "ADJ"} and doc[k].is_lower:
            k -= 1
        if doc[k].lower_ not in DETERMINERS or k == j:
            return None
        if k > sent.start and doc[k - 1].text != ",":
            return None  # "la destruction du site": no subject opening the clause
        noun = self.speakers.head_noun(doc, k + 1, j + 1)
        if noun in self.speakers.org_nouns:
            return latest(mentions, doc[k].idx, "organisation")
        if noun in self.speakers.person_nouns:
            fake = Quotation(doc[k].idx, doc[k].idx, doc[k].idx, doc[k].idx, "")
            return latest(mentions, doc[k].idx, "person", paragraph_of(doc, fake))
        return None

    def _clause_subject(
        self, doc: Doc, sent: Span, before: int, mentions: list[MentionRef]
    ) -> tuple[MentionRef, SpeakerVia] | None:
        """Subject of a gerund's clause: its first named mention not after a preposition."""
        for m in mentions:
            if not (sent.start_char <= m.start and m.end <= doc[before].idx):
                continue
            if opens_clause(doc, m, sent):
                return m, "name"
        return None

    # ---------------------------------------------------------------------- selon
    def _selon(self, doc: Doc, sent: Span, mentions: list[MentionRef]) -> Found | None:
        """Reported speech "Selon X, P." or "Or, selon X, P." -> P, speaker X (named)."""
        at = sent.start
        if doc[at].lower_ in _CONNECTORS and at + 1 < sent.end and doc[at + 1].text == ",":
            at += 2
        words = source_word(doc, at, sent.end)
        if words is None or sent.end - at < 4:
            return None
        limit = min(sent.end, at + _MAX_SOURCE)
        comma = next((t.i for t in doc[at + words : limit] if t.text == ","), None)
        if comma is None:
            return None
        ref = named_source(mentions, doc[at + words].idx, doc[comma].idx)
        if ref is None and not self._unnamed(doc, at + words, comma):
            return None
        if comma + 1 < sent.end and doc[comma + 1].lower_ in _RELATIVES:
            # "Selon X, qui a analysé ..., P": the relative clause is the source's
            comma = next((t.i for t in doc[comma + 1 : sent.end] if t.text == ","), sent.end)
        elif ref is not None:
            comma = _after_apposition(doc, comma, sent.end, self.roles)
        verb = doc[at : at + words].text
        return _finish(doc, comma + 1, sent.end, ref, "selon", verb, "indirect-selon")

    def _selon_end(self, doc: Doc, sent: Span, mentions: list[MentionRef]) -> Found | None:
        """Reported speech "P, selon X." -> P, speaker X (named in the closing phrase)."""
        for i in range(sent.start + MIN_WORDS, sent.end):
            words = source_word(doc, i, sent.end)
            if words is None or doc[i - 1].text != ",":
                continue
            tok = doc[i]
            stop = next(
                (
                    t.i
                    for t in doc[tok.i + words : sent.end]
                    if t.text in {",", ";", "."} or "\n" in t.text
                ),
                sent.end,
            )
            ref = named_source(mentions, doc[tok.i].idx, doc[stop - 1].idx + len(doc[stop - 1]))
            if ref is None and not self._unnamed(doc, tok.i + words, stop):
                return None
            span = reported_span(doc, sent.start, tok.i - 1)
            if span is None:
                return None
            return span, indirect_match(ref, "selon", tok.text, "indirect-selon-end")
        return None

    def _unnamed(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a "selon" phrase names an unnamed source: "un rapport", "les médias"."""
        for tok in doc[start : min(end, start + 4)]:
            if tok.pos_ in {"DET", "ADJ"} and tok.is_lower:
                continue
            return tok.is_lower and tok.lower_ in self.sources
        return False

    # --------------------------------------------------------------------- incise
    def _incise(self, doc: Doc, sent: Span, mentions: list[MentionRef]) -> Found | None:
        """Reported speech "P, indique X." / "P, a annoncé le groupe" -> P, as for quotes."""
        texts = words_of(doc)
        for i in range(sent.start + MIN_WORDS, sent.end):
            if texts[i] != ",":
                continue
            tok = doc[i]
            found = self.speakers.verb_at(doc, tok.i + 1)
            if found is None:
                continue
            v, verb = found
            fake = Quotation(sent.start_char, tok.idx, sent.start_char, tok.idx, "")
            if any(t.lower_ in {"-il", "-elle"} for t in doc[tok.i + 1 : v]):
                ref = self.speakers.resolve_pronoun(doc, fake, mentions, None)
                match = QuoteMatch(marks="", speaker=ref, speaker_via="pronoun", verb=verb)
            else:
                read = self.speakers.subject_at(doc, v + 1, fake, mentions, None, verb, "after")
                if read is None:
                    return None
                match = read
            if match.speaker is None or match.speaker_via is None:
                return None
            span = reported_span(doc, sent.start, tok.i)
            if span is None:
                return None
            return span, indirect_match(match.speaker, match.speaker_via, verb, "indirect-incise")
        return None


# ------------------------------------------------------------------------------ helpers
def _after_apposition(doc: Doc, comma: int, end: int, roles: frozenset[str]) -> int:
    """The comma closing an apposition after the source's name, else `comma` itself.

    "Selon X, secrétaire de presse du président, P": a phrase opening on a title or
    person noun (after a determiner at most), without a verb, between two commas,
    describes X; the reported clause starts after it. "Selon X, les accords, signés
    hier, sont valides" has no apposition: "accords" is no title.
    """
    first = comma + 1
    head = first + 1 if first < end and doc[first].lower_ in DETERMINERS else first
    if head >= end or not doc[head].is_lower or doc[head].lower_ not in roles:
        return comma
    for tok in doc[first : min(end, first + _MAX_SOURCE)]:
        if tok.text == ",":
            return tok.i if tok.i + 1 < end else comma
        if tok.pos_ in ("VERB", "AUX") or tok.text in {";", ":", "."}:
            return comma
    return comma


def _finish(
    doc: Doc, start: int, end: int, ref: MentionRef | None, via: SpeakerVia, verb: str, rule: str
) -> Found | None:
    span = clause_span(doc, start, end)
    return (span, indirect_match(ref, via, verb, rule)) if span is not None else None


def indirect_match(
    ref: MentionRef | None, via: SpeakerVia | None, verb: str, rule: str
) -> QuoteMatch:
    """The match of an indirect quote (no speaker: an unnamed source, "selon un rapport")."""
    return QuoteMatch(
        marks="",
        speaker=ref,
        speaker_via=via if ref else None,
        verb=verb,
        kind="indirect",
        rule=rule,
    )
