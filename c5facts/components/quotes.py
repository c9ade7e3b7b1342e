"""Quotes component: direct quotations and who said them.

A quotation is the text between « », “ ” or straight double quotes, of at least
`MIN_WORDS` words and not a title-cased name ("Just Do It"): shorter fragments, names and
slogans are left out. A « » quotation may run over several paragraphs; quotation marks
inside one are part of it (nested quotes).

The speaker is read from the words around it, in this order:

- after it, a speech verb (models/relations/speech_verbs.tsv), inverted: "», a déclaré
  X", "», a-t-il ajouté", "» s'est réjoui le président Obama", "», selon X" (`after`);
- before it: "X a déclaré : «", "selon X, «", "D'après le ministre, X, «" (`before`);
- a quote left without one, in the paragraph of a quote with a speaker and with no other
  name between them, continues it: "«A», estime X. «B»" (`continued`);
- a quote that is a whole sentence, followed by a sentence opening on a person's name,
  is that person's: "«Je refuse.» X, ancien salarié, refuse..." (`next-sentence`).

The subject of an inverted verb is the first thing after it: a person or organisation
mention (via "name"); a pronoun, resolved to the latest speaker or person of the paragraph
(via "pronoun"); a definite noun, resolved to the latest organisation when it is an
organisation noun ("a réagi le groupe") or the latest person when a person's title ("a
dénoncé l'ex-analyste") (via "noun"). Anything else, such as "une cour de San José", leaves
the speaker empty: the article does not name it.

Reported speech without marks gives quotes of kind "indirect" (precision first: only
with a named subject or a resolvable "il"/"elle" right before the verb): "X a assuré que
P", "il a estimé qu'P", and "Selon X, P." opening a sentence; the span is P, up to the end
of its sentence or a semicolon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.matches import MentionKind, MentionRef, QuoteMatch, SpeakerVia
from c5facts.resources import read_tsv

VERBS = ("relations", "speech_verbs.tsv")
# Words that may stand between a speech verb and its subject ("a indiqué vendredi X"), and
# between a quotation and its speech verb ("», a-t-il", "», avait alors"): lexicon kinds
# "filler" and "lead", read once.
_WORDS = read_tsv(*VERBS)
FILLERS = frozenset(r["form"] for r in _WORDS if r["kind"] == "filler")
VERB_LEAD = frozenset(r["form"] for r in _WORDS if r["kind"] == "lead")
MIN_WORDS = 4
MAX_CHARS = 4000  # a quotation longer than this is an unbalanced mark
PAIRS = {"«": "»", "“": "”"}
DETERMINERS = frozenset(["le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "cet", "cette"])
INDEFINITE = frozenset(["un", "une", "des", "plusieurs", "certains", "d'autres"])
PRONOUNS = {"il": "person", "elle": "person", "-il": "person", "-elle": "person"}
# Fillers of several words: only skipped whole ("a ajouté pour sa part X").
FILLER_PHRASES = tuple(
    tuple(p.split())
    for p in ("pour sa part", "pour son compte", "de son côté", "de leur côté", "plus tard")
)
_MARKS = frozenset(["«", "»", "“", "”", '"'])
_QUE = frozenset(["que", "qu'", "qu’"])
# Endings of a past participle: with no auxiliary before it, not a speech ("l'accord
# annoncé que..."); "X estime que" (a finite form) is.
_PARTICIPLE = ("é", "ée", "és", "ées", "is", "it", "ite")
ORG_NOUNS_EXTRA = frozenset(["firme", "maison", "géant", "compagnie", "constructeur"])


@dataclass(slots=True)
class _Quote:
    start: int  # content offsets, marks excluded, trimmed
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark
    marks: str


def find_quotations(text: str) -> Iterator[_Quote]:
    """Every outermost quotation of `text` (content offsets trimmed of spaces).

    >>> [(text[q.start:q.end], q.marks) for text in ['Il a dit « oui merci ».']
    ...  for q in find_quotations(text)]
    [('oui merci', '«»')]
    """
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in PAIRS or (c == '"' and _opens(text, i)):
            close = _close(text, i)
            if close is not None:
                start, end = i + 1, close
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    yield _Quote(start, end, i, close, c + (PAIRS.get(c) or '"'))
                i = close + 1
                continue
        i += 1


def _opens(text: str, i: int) -> bool:
    """A straight quote opens when nothing but space or punctuation is before it."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([-—–:'’"


def _close(text: str, i: int) -> int | None:
    """The offset of the mark closing the one at `i` (None when unbalanced)."""
    c = text[i]
    if c == '"':
        j = text.find('"', i + 1)
        if j < 0 or "\n" in text[i:j]:
            return None  # straight quotes do not run over a paragraph
        return j
    close, depth = PAIRS[c], 0
    for j in range(i + 1, min(len(text), i + MAX_CHARS)):
        if (
            text[j] == c
            and not text[text.rfind("\n", 0, j) + 1 : j].isspace()
            and (text.rfind("\n", 0, j) + 1 != j)
        ):
            depth += 1  # a nested quotation; one opening a paragraph continues this one
        elif text[j] == close:
            if depth == 0:
                return j
            depth -= 1
    return None


def is_quote(content: str) -> bool:
    """Long enough, and not a title-cased name or slogan.

    >>> is_quote("Nous n'avons pas fini"), is_quote("Just Coup It Now"), is_quote("l'échec")
    (True, False, False)
    """
    words = re.findall(r"[^\W_][\w'’-]*", content)
    if len(words) < MIN_WORDS:
        return False
    return not all(w[:1].isupper() or not w[:1].isalpha() for w in words)


class QuoteFinder:
    """Writes `doc.spans["c5facts_quotes"]`, one span per quotation."""

    def __init__(self, name: str) -> None:
        """Load the speech verbs and the nouns that stand for organisations and people."""
        self.name = name
        rows = read_tsv(*VERBS)
        self.verbs = {r["form"]: r["lemma"] for r in rows if r["kind"] == "verb"}
        org_rows = read_tsv("organisations", "lexicon.tsv")
        self.org_nouns = frozenset(r["form"] for r in org_rows if r["kind"] == "head")
        self.org_nouns |= ORG_NOUNS_EXTRA
        people_rows = read_tsv("people", "lexicon.tsv")
        self.person_nouns = frozenset(
            r["form"].lower()
            for r in people_rows
            if r["kind"] in {"title", "person_noun"} and " " not in r["form"]
        )

    def __call__(self, doc: Doc) -> Doc:
        """Find the quotations of `doc` and their speakers."""
        mentions = _mentions(doc)
        out: list[Span] = []
        previous: tuple[_Quote, QuoteMatch] | None = None
        text = doc.text
        doc.user_data["c5facts_text"] = text  # `doc.text` joins every token: once per doc
        for quote in find_quotations(text):
            if not is_quote(text[quote.start : quote.end]):
                continue
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None:
                continue
            match = self._after(doc, quote, mentions, previous) or self._before(
                doc, quote, mentions
            )
            if match is None and previous is not None:
                match = self._continued(doc, quote, mentions, previous)
            if match is None:
                match = self._next_sentence(doc, quote, mentions)
            if match is None:
                match = QuoteMatch(marks=quote.marks, speaker=None, rule="none")
            span._.set(spans.QUOTES, match)
            out.append(span)
            previous = (quote, match)
        out.extend(self._indirect(doc, mentions, out))
        doc.spans[spans.QUOTES] = _no_overlap(sorted(out, key=lambda s: s.start))
        doc.user_data.pop("c5facts_text", None)
        return doc

    # ---------------------------------------------------------------- indirect speech
    def _indirect(self, doc: Doc, mentions: list[MentionRef], direct: list[Span]) -> list[Span]:
        """Reported speech without marks: "X a assuré que ...", "Selon X, ...".

        Only when the subject right before the verb (auxiliaries and adverbs of the
        lexicon's `lead` between) is a person or organisation mention, or "il"/"elle"
        resolved as for direct quotes; the span runs from after "que" (or the comma after
        "selon X") to the end of the sentence or a semicolon. Sentences holding a quotation
        mark are left to the direct patterns.
        """
        if not doc.has_annotation("SENT_START"):
            return []
        taken = [(s.start, s.end) for s in direct]
        out: list[Span] = []
        for sent in doc.sents:
            if any(t.text in _MARKS for t in sent) or any(
                a < sent.end and sent.start < b for a, b in taken
            ):
                continue
            found = self._indirect_que(doc, sent, mentions) or self._indirect_selon(
                doc, sent, mentions
            )
            if found is not None:
                out.append(found)
        return out

    def _indirect_que(self, doc: Doc, sent: Span, mentions: list[MentionRef]) -> Span | None:
        """Reported speech with "que": "X a assuré que P" -> P, speaker X."""
        for tok in sent:
            if not (tok.lower_ in self.verbs and tok.is_lower) or tok.i + 1 >= sent.end:
                continue
            if doc[tok.i + 1].lower_ not in _QUE:
                continue
            j = tok.i - 1
            while j >= sent.start and doc[j].lower_ in VERB_LEAD:
                j -= 1
            if j < sent.start or (j == tok.i - 1 and tok.lower_.endswith(_PARTICIPLE)):
                continue  # a bare past participle ("l'accord signé que...") is no speech
            subject = doc[j]
            fake = _Quote(tok.idx, tok.idx, subject.idx, subject.idx, "")
            if subject.lower_ in {"il", "elle"}:
                ref = _latest(mentions, subject.idx, "person", paragraph_of(doc, fake))
                via: SpeakerVia = "pronoun"
            else:
                end = subject.idx + len(subject)
                ref = next(
                    (m for m in mentions if m.end == end and m.start >= sent.start_char), None
                )
                via = "name"
            if ref is None:
                return None
            span = _clause_span(doc, tok.i + 2, sent.end)
            if span is None:
                return None
            verb = doc[j + 1 : tok.i + 1].text
            span._.set(spans.QUOTES, _indirect_match(ref, via, verb, "indirect-que"))
            return span
        return None

    def _indirect_selon(self, doc: Doc, sent: Span, mentions: list[MentionRef]) -> Span | None:
        """Reported speech with "selon": "Selon X, P." -> P, speaker X (a named mention)."""
        first = sent[0]
        if first.lower_ != "selon" or len(sent) < 4:
            return None
        comma = next((t.i for t in sent[1:8] if t.text == ","), None)
        if comma is None:
            return None
        lo, hi = doc[first.i + 1].idx, doc[comma].idx
        named = [m for m in mentions if lo <= m.start and m.end <= hi]
        if not named:
            return None
        people = [m for m in named if m.kind == "person"]
        ref = people[-1] if people else named[0]
        span = _clause_span(doc, comma + 1, sent.end)
        if span is None:
            return None
        span._.set(spans.QUOTES, _indirect_match(ref, "selon", first.text, "indirect-selon"))
        return span

    # -------------------------------------------------------------------------- patterns
    def _after(
        self,
        doc: Doc,
        quote: _Quote,
        mentions: list[MentionRef],
        previous: tuple[_Quote, QuoteMatch] | None,
    ) -> QuoteMatch | None:
        """Speaker after the quote: "», a déclaré X" / "», a-t-il ajouté" / "», selon X"."""
        tok = _token_at(doc, quote.close_at)
        if tok is None:
            return None
        i = tok + 1
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ == "selon":
            return self._subject(doc, i + 1, quote, mentions, previous, "selon", "selon")
        verb = self._verb(doc, i)
        if verb is None:
            return None
        v, text = verb
        if any(t.lower_ in {"-il", "-elle"} for t in doc[i:v]):  # "a-t-il lancé"
            speaker = self._resolve_pronoun(doc, quote, mentions, previous)
            return _match(quote, speaker, "pronoun" if speaker else None, text, "after")
        return self._subject(doc, v + 1, quote, mentions, previous, text, "after")

    def _verb(self, doc: Doc, i: int) -> tuple[int, str] | None:
        """The speech verb at most 5 tokens after `i`, only auxiliaries and adverbs between."""
        for j in range(i, min(len(doc), i + 6)):
            tok = doc[j]
            if tok.lower_ in self.verbs and tok.is_lower:
                return j, doc[i : j + 1].text
            if tok.lower_ not in VERB_LEAD and not tok.lower_.startswith("-"):
                return None
        return None

    def _subject(
        self,
        doc: Doc,
        i: int,
        quote: _Quote,
        mentions: list[MentionRef],
        previous: tuple[_Quote, QuoteMatch] | None,
        verb: str,
        rule: str,
    ) -> QuoteMatch | None:
        """Read the inverted subject starting at token `i`."""
        n = len(doc)
        i = _skip_fillers(doc, i)
        if i >= n:
            return None
        tok = doc[i]
        end = _clause_end(doc, i)
        if tok.lower_ in PRONOUNS:
            verb_text = verb + (tok.text if tok.text.startswith("-") else f" {tok.text}")
            speaker = self._resolve_pronoun(doc, quote, mentions, previous)
            via: SpeakerVia = "pronoun"
            return _match(quote, speaker, via if speaker else None, verb_text, rule)
        ref = _mention_at(mentions, tok.idx)
        if ref is not None:
            return _match(quote, ref, "selon" if rule == "selon" else "name", verb, rule)
        if tok.lower_ in DETERMINERS:
            # "le président de l'Ufip, Jean Dupont": a person named in the subject's apposition
            lo, hi = tok.idx, doc[end - 1].idx + len(doc[end - 1]) if end > i else tok.idx
            named = [m for m in mentions if lo <= m.start < hi and m.kind == "person"]
            if named and not any(t.pos_ in {"VERB", "AUX"} for t in doc[i:end]):
                return _match(quote, named[0], "name", verb, rule)
            noun = self._head_noun(doc, i + 1, end)
            if noun in self.org_nouns:
                ref = _latest(mentions, quote.open_at, "organisation")
            elif noun in self.person_nouns:
                ref = self._resolve_pronoun(doc, quote, mentions, previous)
            else:
                ref = None
            return _match(quote, ref, "noun" if ref else None, verb, rule)
        if tok.lower_ in INDEFINITE:
            return _match(quote, None, None, verb, rule)  # "une cour de San José": unnamed
        return None

    def _head_noun(self, doc: Doc, i: int, end: int) -> str | None:
        """The first noun of the noun phrase at `i` ("l'ancien analyste" -> "analyste")."""
        for tok in doc[i : min(end, i + 4)]:
            word = tok.lower_.removeprefix("ex-")
            if tok.pos_ == "NOUN" or word in self.org_nouns | self.person_nouns:
                return word
        return None

    def _resolve_pronoun(
        self,
        doc: Doc,
        quote: _Quote,
        mentions: list[MentionRef],
        previous: tuple[_Quote, QuoteMatch] | None,
    ) -> MentionRef | None:
        """The latest named speaker of the paragraph, else its latest person."""
        para = paragraph_of(doc, quote)
        if previous is not None and previous[1].speaker and previous[0].open_at >= para[0]:
            return previous[1].speaker
        return _latest(mentions, quote.open_at, "person", para)

    def _before(self, doc: Doc, quote: _Quote, mentions: list[MentionRef]) -> QuoteMatch | None:
        """Speaker before: "X a déclaré : «", "selon X, «", "D'après le ministre, X, «"."""
        tok = _token_at(doc, quote.open_at)
        if tok is None or tok == 0:
            return None
        before = doc[tok - 1]
        sent_start = doc[tok - 1].sent.start if doc.has_annotation("SENT_START") else 0
        clause = doc[sent_start : tok - 1]
        if before.text == ":":
            verbs = [t for t in clause if t.lower_ in self.verbs and t.is_lower]
            if not verbs:
                return None
            named = [m for m in mentions if clause.start_char <= m.start < verbs[-1].idx]
            speaker = named[-1] if named else None
            if speaker is not None and any(
                m.kind == "person" for m in named
            ):  # "le ministre des finances, Pierre Moscovici, a ajouté :"
                speaker = [m for m in named if m.kind == "person"][-1]
            return _match(quote, speaker, "name" if speaker else None, verbs[-1].text, "before")
        if before.text == ",":
            lead = [t for t in clause[:3] if t.lower_ in {"selon", "après"}]
            if lead and (
                lead[0].lower_ == "selon"
                or (lead[0].i > 0 and doc[lead[0].i - 1].lower_ in {"d'", "d’"})
            ):
                named = [m for m in mentions if lead[0].idx < m.start < before.idx]
                people = [m for m in named if m.kind == "person"]
                speaker = people[-1] if people else (named[0] if named else None)
                if speaker is not None:
                    return _match(quote, speaker, "selon", lead[0].text, "before")
        return None

    def _continued(
        self,
        doc: Doc,
        quote: _Quote,
        mentions: list[MentionRef],
        previous: tuple[_Quote, QuoteMatch],
    ) -> QuoteMatch | None:
        """A quote of the same paragraph as the previous one, no other name between."""
        last, match = previous
        if match.speaker is None or last.open_at < paragraph_of(doc, quote)[0]:
            return None
        if any(last.close_at < m.start < quote.open_at and m != match.speaker for m in mentions):
            return None  # another name between them ("estime X" names the speaker itself)
        return QuoteMatch(
            marks=quote.marks,
            speaker=match.speaker,
            speaker_via=match.speaker_via,
            verb=None,
            rule="continued",
        )

    def _next_sentence(
        self, doc: Doc, quote: _Quote, mentions: list[MentionRef]
    ) -> QuoteMatch | None:
        """A whole-sentence quote followed by a sentence that opens on a person's name."""
        text = _text(doc)
        line = text.rfind("\n", 0, quote.open_at) + 1
        if text[line : quote.open_at].strip():
            return None  # the quote does not open its paragraph
        after = text[quote.close_at + 1 : quote.close_at + 3]
        if not after.startswith(". ") and text[quote.end - 1 : quote.end] not in ".!?":
            return None
        nxt = quote.close_at + 1
        while nxt < len(text) and (text[nxt] in ". " or text[nxt] == " "):
            nxt += 1
        ref = _mention_at(mentions, nxt)
        if ref is None or ref.kind != "person":
            return None
        return _match(quote, ref, "name", None, "next-sentence")


# ------------------------------------------------------------------------------ helpers
def _mentions(doc: Doc) -> list[MentionRef]:
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


def _skip_fillers(doc: Doc, i: int) -> int:
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


def _mention_at(mentions: list[MentionRef], at: int) -> MentionRef | None:
    return next((m for m in mentions if m.start == at), None)


def _latest(
    mentions: list[MentionRef], before: int, kind: str, within: tuple[int, int] | None = None
) -> MentionRef | None:
    """The latest mention of `kind` before offset `before` (in `within` when given)."""
    lo = within[0] if within else 0
    found = [m for m in mentions if m.kind == kind and lo <= m.start < before]
    return found[-1] if found else None


def paragraph_of(doc: Doc, quote: _Quote) -> tuple[int, int]:
    """Offsets of the paragraph (line) where the quote opens.

    A quote that opens its paragraph reaches back over the paragraph before, where
    journalists name the speaker ("X a déploré...\n« ... », a-t-il dit").
    """
    text = _text(doc)
    lo = text.rfind("\n", 0, quote.open_at) + 1
    hi = text.find("\n", quote.open_at)
    if lo > 0 and not text[lo : quote.open_at].strip():
        lo = text.rfind("\n", 0, lo - 1) + 1
    return lo, hi if hi >= 0 else len(text)


def _text(doc: Doc) -> str:
    """The document's text, joined once per document (`doc.text` joins every token)."""
    text = doc.user_data.get("c5facts_text")
    return text if isinstance(text, str) else doc.text


def _token_at(doc: Doc, offset: int) -> int | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else None


def _clause_end(doc: Doc, i: int) -> int:
    """End of the subject region: before a full stop, an opening quote or a line break."""
    j = i
    while j < len(doc) and j - i < 25:
        if doc[j].text in {".", "«", "“", '"', "!", "?", ";"} or "\n" in doc[j].text:
            break
        j += 1
    return j


def _match(
    quote: _Quote, speaker: MentionRef | None, via: SpeakerVia | None, verb: str | None, rule: str
) -> QuoteMatch:
    return QuoteMatch(marks=quote.marks, speaker=speaker, speaker_via=via, verb=verb, rule=rule)


def _clause_span(doc: Doc, start: int, end: int) -> Span | None:
    """Tokens `start`..`end` up to a semicolon, without the final punctuation."""
    stop = next((t.i for t in doc[start:end] if t.text == ";" or "\n" in t.text), end)
    while stop > start and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    if stop - start < MIN_WORDS:
        return None
    return doc[start:stop]


def _indirect_match(ref: MentionRef, via: SpeakerVia, verb: str, rule: str) -> QuoteMatch:
    return QuoteMatch(marks="", speaker=ref, speaker_via=via, verb=verb, kind="indirect", rule=rule)


def _no_overlap(found: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in found:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


@Language.factory("c5facts_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Build the `c5facts_quotes` component."""
    return QuoteFinder(name)
