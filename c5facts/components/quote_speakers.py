"""Who said a direct quotation: read from the words around it.

In this order:

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
"""

from __future__ import annotations

from spacy.tokens import Doc

from c5facts.components.doc_text import text_of
from c5facts.components.quote_clauses import outside_quotation
from c5facts.components.quote_context import (
    DETERMINERS,
    INDEFINITE,
    PRONOUNS,
    VERB_LEAD,
    SpeechLexicon,
    clause_end,
    latest,
    make_match,
    mention_at,
    paragraph_of,
    skip_fillers,
    token_at,
)
from c5facts.components.quote_marks import Quotation
from c5facts.matches import MentionRef, QuoteMatch, SpeakerVia

Previous = tuple[Quotation, QuoteMatch]


class SpeakerFinder:
    """Attributes each direct quotation to its speaker (or to no one)."""

    def __init__(self, lexicon: SpeechLexicon) -> None:
        """Keep the speech lexicon."""
        self.verbs = lexicon.verbs
        self.org_nouns = lexicon.org_nouns
        self.person_nouns = lexicon.person_nouns

    def attribute(
        self,
        doc: Doc,
        quote: Quotation,
        mentions: list[MentionRef],
        previous: Previous | None,
    ) -> QuoteMatch:
        """The match of `quote`: its speaker by the first pattern that finds one."""
        match = self._after(doc, quote, mentions, previous) or self._before(doc, quote, mentions)
        if match is None and previous is not None:
            match = self._continued(doc, quote, mentions, previous)
        if match is None:
            match = self._next_sentence(doc, quote, mentions)
        if match is None:
            match = QuoteMatch(marks=quote.marks, speaker=None, rule="none")
        return match

    def _after(
        self,
        doc: Doc,
        quote: Quotation,
        mentions: list[MentionRef],
        previous: Previous | None,
    ) -> QuoteMatch | None:
        """Speaker after the quote: "», a déclaré X" / "», a-t-il ajouté" / "», selon X"."""
        tok = token_at(doc, quote.close_at)
        if tok is None:
            return None
        i = tok + 1
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ == "selon":
            return self.subject_at(doc, i + 1, quote, mentions, previous, "selon", "selon")
        verb = self.verb_at(doc, i)
        if verb is None:
            return None
        v, text = verb
        if any(t.lower_ in {"-il", "-elle"} for t in doc[i:v]):  # "a-t-il lancé"
            speaker = self.resolve_pronoun(doc, quote, mentions, previous)
            return make_match(quote, speaker, "pronoun" if speaker else None, text, "after")
        return self.subject_at(doc, v + 1, quote, mentions, previous, text, "after")

    def verb_at(self, doc: Doc, i: int) -> tuple[int, str] | None:
        """The speech verb at most 5 tokens after `i`, only auxiliaries and adverbs between."""
        for j in range(i, min(len(doc), i + 6)):
            tok = doc[j]
            if tok.lower_ in self.verbs and tok.is_lower:
                return j, doc[i : j + 1].text
            if tok.lower_ not in VERB_LEAD and not tok.lower_.startswith("-"):
                return None
        return None

    def subject_at(
        self,
        doc: Doc,
        i: int,
        quote: Quotation,
        mentions: list[MentionRef],
        previous: Previous | None,
        verb: str,
        rule: str,
    ) -> QuoteMatch | None:
        """Read the inverted subject starting at token `i`."""
        n = len(doc)
        i = skip_fillers(doc, i)
        if i >= n:
            return None
        tok = doc[i]
        end = clause_end(doc, i)
        if tok.lower_ in PRONOUNS:
            verb_text = verb + (tok.text if tok.text.startswith("-") else f" {tok.text}")
            speaker = self.resolve_pronoun(doc, quote, mentions, previous)
            via: SpeakerVia = "pronoun"
            return make_match(quote, speaker, via if speaker else None, verb_text, rule)
        ref = mention_at(mentions, tok.idx)
        if ref is not None:
            return make_match(quote, ref, "selon" if rule == "selon" else "name", verb, rule)
        if tok.lower_ in DETERMINERS:
            # "le président de l'Ufip, Jean Dupont": a person named in the subject's apposition
            lo, hi = tok.idx, doc[end - 1].idx + len(doc[end - 1]) if end > i else tok.idx
            named = [m for m in mentions if lo <= m.start < hi and m.kind == "person"]
            if named and not any(t.pos_ in {"VERB", "AUX"} for t in doc[i:end]):
                return make_match(quote, named[0], "name", verb, rule)
            noun = self.head_noun(doc, i + 1, end)
            if noun in self.org_nouns:
                ref = latest(mentions, quote.open_at, "organisation")
            elif noun in self.person_nouns:
                ref = self.resolve_pronoun(doc, quote, mentions, previous)
            else:
                ref = None
            return make_match(quote, ref, "noun" if ref else None, verb, rule)
        if tok.lower_ in INDEFINITE:
            return make_match(quote, None, None, verb, rule)  # "une cour de San José": unnamed
        return None

    def head_noun(self, doc: Doc, i: int, end: int) -> str | None:
        """The first noun of the noun phrase at `i` ("l'ancien analyste" -> "analyste").

        An organisation noun written with a capital opens a name the organisations
        component missed ("l'Organisation mondiale de ..."): no noun standing for another.
        """
        for tok in doc[i : min(end, i + 4)]:
            word = tok.lower_.removeprefix("ex-")
            if tok.pos_ == "NOUN" or word in self.org_nouns | self.person_nouns:
                return None if word in self.org_nouns and not tok.is_lower else word
        return None

    def resolve_pronoun(
        self,
        doc: Doc,
        quote: Quotation,
        mentions: list[MentionRef],
        previous: Previous | None,
    ) -> MentionRef | None:
        """The latest named speaker of the paragraph, else the subject of its latest person.

        A person named inside a quotation is in someone's words, never what "a-t-elle
        ajouté" stands for. Of the people of the latest sentence naming one, the pronoun
        stands for its subject ("X a assuré avoir rencontré Y. « ... », a-t-il dit": X),
        else the latest (`subject_of_sentence`).
        """
        para = paragraph_of(doc, quote)
        if previous is not None and previous[1].speaker and previous[0].open_at >= para[0]:
            return previous[1].speaker
        text = text_of(doc)
        outside = [m for m in mentions if outside_quotation(text, m.start, m.end)]
        last = latest(outside, quote.open_at, "person", para)
        return subject_of_sentence(doc, outside, last) if last is not None else None

    def _before(self, doc: Doc, quote: Quotation, mentions: list[MentionRef]) -> QuoteMatch | None:
        """Speaker before: "X a déclaré : «", "selon X, «", "D'après le ministre, X, «"."""
        tok = token_at(doc, quote.open_at)
        if tok is None or tok == 0:
            return None
        before = doc[tok - 1]
        sent_start = doc[tok - 1].sent.start if doc.has_annotation("SENT_START") else 0
        clause = doc[sent_start : tok - 1]
        # A name inside another quotation of the sentence is someone's words, not the
        # speaker ("« ... mon ami X ... », a-t-il déclaré, concluant : « ... »").
        text = text_of(doc)
        mentions = [m for m in mentions if outside_quotation(text, m.start, m.end)]
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
            return make_match(quote, speaker, "name" if speaker else None, verbs[-1].text, "before")
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
                    return make_match(quote, speaker, "selon", lead[0].text, "before")
        return None

    def _continued(
        self,
        doc: Doc,
        quote: Quotation,
        mentions: list[MentionRef],
        previous: Previous,
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
        self, doc: Doc, quote: Quotation, mentions: list[MentionRef]
    ) -> QuoteMatch | None:
        """A whole-sentence quote followed by a sentence that opens on a person's name."""
        text = text_of(doc)
        line = text.rfind("\n", 0, quote.open_at) + 1
        if text[line : quote.open_at].strip():
            return None  # the quote does not open its paragraph
        after = text[quote.close_at + 1 : quote.close_at + 3]
        if not after.startswith(". ") and text[quote.end - 1 : quote.end] not in ".!?":
            return None
        nxt = quote.close_at + 1
        while nxt < len(text) and (text[nxt] in ". " or text[nxt] == " "):
            nxt += 1
        ref = mention_at(mentions, nxt)
        if ref is None or ref.kind != "person":
            return None
        return make_match(quote, ref, "name", None, "next-sentence")


# Words inside a noun phrase before a name ("le ministre de l'Economie X"): walked over.
PHRASE_POS = frozenset(["NOUN", "PROPN", "ADJ", "DET", "NUM"])
PHRASE_WORDS = frozenset(["de", "des", "du", "d'", "d’"])
# What may stand before the noun phrase of a sentence's subject: a comma, a dash.
SUBJECT_OPENERS = frozenset([",", "—", "–", ";"])


def subject_of_sentence(doc: Doc, mentions: list[MentionRef], last: MentionRef) -> MentionRef:
    """The first person of the sentence of `last` whose noun phrase opens a clause, else `last`.

    The noun phrase ("le ministre de l'Economie X") starts the sentence or follows a comma
    ("Interrogé sur ..., X a reconnu"); a name after a preposition ("par la ministre X",
    "envers X", "le colistier de X") or a verb ("a ciblé X") is no subject.
    """
    tok = token_at(doc, last.start)
    if tok is None or not doc.has_annotation("SENT_START"):
        return last
    sent = doc[tok].sent
    for m in mentions:
        if m.kind != "person" or not sent.start_char <= m.start <= last.start:
            continue
        at = token_at(doc, m.start)
        if at is None or (at > 0 and doc[at - 1].lower_ in PHRASE_WORDS):
            continue  # "le colistier de Donald Trump, JD Vance": a complement, no subject
        k = at - 1
        while k >= sent.start and (doc[k].pos_ in PHRASE_POS or doc[k].lower_ in PHRASE_WORDS):
            k -= 1
        if k < sent.start or doc[k].text in SUBJECT_OPENERS:
            return m
    return last
