"""When words count from the story's date: "deux ans plus tard", and a bare "le 15".

"Le 15" without a month or a time is a day of the story (`story_day_ok`, below) only
where its clause ends or a conjunction follows; after a word that sets or bounds a day
("prévue le 12", "jusqu'au 15": `scheduled_day`) it is the reader's month's when the
story named none. For "deux ans plus tard", "trois jours
après" (`offset_story`):

The pattern reads a count, a unit and the word that points the way; the words around
it decide whether the count is counted from the story's date
(`c5facts.normalise.dates.story_offsets`) or is something else, and then the shorter
length reading ("deux ans") is kept:

- "après" / "avant" followed by what they govern ("deux ans après sa mort", "trois jours
  avant l'élection", "deux ans après avoir été élu"): counted from an event, not from a
  date; they stand alone only before punctuation, the end of the text, a conjunction or
  a subject pronoun ("Trois jours après, il ...", "il a démissionné deux ans après.");
- "plus tard que", "plus tôt que" ("deux ans plus tard que prévu"): a comparison;
- a count governed by a word before it: a length ("pendant deux ans après", "depuis
  trois ans auparavant"), an offset of the paper ("il y a", "dans"), an age ("à 45 ans",
  "il a 45 ans", "de 45 ans", "âgé de"), or a determiner ("les deux ans après");
- a count of several words ("vingt et un ans plus tard"): the length reads it whole.

A comparison with an earlier date is counted from the story's date, though "à" governs
it: "en hausse par rapport à un an plus tôt", "comparé à un an auparavant" (a way back
only: "reporté à deux ans plus tard" is none).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from c5facts.normalise.dates.accents import date_vocabulary
from c5facts.normalise.dates.vocab import number_word

# What may follow a governing "après" / "avant" that stands alone.
_ALONE_BEFORE = frozenset(["et", "puis", "mais", "ou", "il", "ils", "on", "seulement"])
# Words before the count that make it something else than a story offset.
# "par rapport à" / "comparé à" + an offset back: the date compared with, from the story's
_COMPARED = frozenset(["comparé", "comparée", "comparés", "comparées"])
_BEFORE_WORDS = frozenset(["tôt", "tot", "auparavant", "avant", "précédemment"])
_GOVERNED_BY = frozenset(
    [
        "pendant", "durant", "depuis", "sur", "en", "pour", "dans", "à", "a", "ai", "as",
        "avait", "avaient", "ont", "aura", "y", "ya", "voici", "de", "d'", "des", "les",
        "ces", "aux", "du", "au", "nos", "ses", "leurs", "mes", "tes", "vos",
    ]
)  # fmt: skip


def _low(token: Token) -> str:
    return token.lower_.replace("’", "'")


def story_offset_ok(doc: Doc, span: Span) -> bool:
    """Whether an `offset_story` match counts from the story's date (module doc)."""
    last = _low(span[-1])
    nxt = doc[span.end] if span.end < len(doc) else None
    alone = nxt is None or nxt.is_punct or nxt.is_space or _low(nxt) in _ALONE_BEFORE
    if last in ("après", "apres", "avant") and not alone:
        return False  # "deux ans après sa mort": counted from an event
    if last in ("tard", "tôt", "tot") and nxt is not None and _low(nxt) in ("que", "qu'"):
        return False  # "deux ans plus tard que prévu": a comparison
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None:
        return True
    word = _low(prev)
    if word in ("et", "-") or prev.like_num or number_word(word.lstrip("-")) is not None:
        return False  # "vingt et un ans plus tard": the count is longer than its last word
    if word in ("à", "a") and _compared(doc, span.start - 1) and last in _BEFORE_WORDS:
        return True  # "en hausse de 3 % par rapport à un an plus tôt": the earlier date
    return word not in _GOVERNED_BY and not word.startswith("âgé")


def _compared(doc: Doc, at: int) -> bool:
    """Whether the "à" at `at` closes "par rapport à" or "comparé(e)(s) à"."""
    before = [_low(t) for t in doc[max(0, at - 2) : at]]
    return before[-2:] == ["par", "rapport"] or (bool(before) and before[-1] in _COMPARED)


# What may close a bare day of the story ("Le 24, premier jour du sommet", "le 15, avant
# le Conseil"): punctuation of a clause, never "(" or "/" ("le 15 (Samu)", "le 13/14").
_DAY_CLOSERS = frozenset([",", ".", ";", ":", "!", "?", ")", "»", '"', "…"])
_DIAL_REACH = 2  # words before "le 15" that may make it a telephone number


@cache
def _day_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words after a bare day (`day_follow`) and before a number dialled (`dial_word`)."""
    table = date_vocabulary()
    return frozenset(table.get("day_follow", {})), frozenset(table.get("dial_word", {}))


@cache
def _schedule_cues() -> frozenset[str]:
    """The words that announce a day a thing is set for (`schedule_cue`: prévu, reporté)."""
    return frozenset(date_vocabulary().get("schedule_cue", {}))


# The words of a bound before "le"/"du" ("dès le 12", "à partir du 12", "depuis le 3").
_BOUNDS = frozenset(["dès", "depuis", "partir", "compter"])


def scheduled_day(doc: Doc, span: Span) -> bool:
    """Whether a bare "le 12" is the day a thing is set for or bounded by, month unsaid.

    "prévue le 12", "a été repoussée au 19", "aura lieu le 3" (`schedule_cue`),
    "jusqu'au 15", "dès le 12", "à partir du 12": a day of the month the reader is in
    when the story named none (`c5facts.normalise.dates.anchoring`).
    """
    if _low(span[0]) == "jusqu'au":
        return True
    if span.start == 0:
        return False
    before = _low(doc[span.start - 1])
    return before in _schedule_cues() or before in _BOUNDS or before == "jusqu'"


def _at_place(doc: Doc, i: int) -> bool:
    """Whether "à"/"en" and a capitalised word stand at `i`: "le 26 à Paris" (not "à 15")."""
    return (
        i + 1 < len(doc)
        and _low(doc[i]) in ("à", "en")
        and doc[i + 1].is_title
        and not doc[i + 1].like_num
    )


def story_day_ok(doc: Doc, span: Span) -> bool:
    """Whether a bare "le 15" (a day without its month or a time) may be a day of the story.

    It ends its clause or comes before a conjunction or a preposition ("le 15, avant le
    Conseil", "le 19 et le 20"), or before the place it happens in ("le 26 à Paris"); a
    noun after it makes it something else ("le 15 de France", "au 36 quai"), and so does
    a call ("appelez le 15 ou le 18"). Whether the story named a month to take is decided
    when resolving (`c5facts.normalise.dates.anchoring`).
    """
    follow, dial = _day_words()
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and not (
        nxt.is_space or nxt.text in _DAY_CLOSERS or _low(nxt) in follow or _at_place(doc, span.end)
    ):
        return False
    start = span.start
    # "appelez le 15 ou le 18": the numbers of one call
    while start >= 2 and _low(doc[start - 1]) in ("ou", "et", ",") and doc[start - 2].like_num:
        start -= 3 if start >= 3 and _low(doc[start - 3]) in ("le", "du", "au") else 2
    before = doc[max(0, start - _DIAL_REACH) : start]
    return not any(_low(t) in dial for t in before)
