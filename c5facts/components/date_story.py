"""When "deux ans plus tard", "trois jours après" is an offset of the story (`offset_story`).

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
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from c5facts.normalise.dates.vocab import number_word

# What may follow a governing "après" / "avant" that stands alone.
_ALONE_BEFORE = frozenset(["et", "puis", "mais", "ou", "il", "ils", "on", "seulement"])
# Words before the count that make it something else than a story offset.
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
    return word not in _GOVERNED_BY and not word.startswith("âgé")
