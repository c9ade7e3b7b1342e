"""Every vocabulary entry at the edges of a text: the pipeline never reads past the end.

A word that opens a construction ("son époux X", "le 3 mars", "2 milliards de") may
end the text or stand before a comma; each component must then find nothing, not
look at the token after the last (the fuzz run found "PÈRE" alone raising).
"""

from __future__ import annotations

from c5facts.extract import Extractor
from c5facts.resources import models_dir

VOCABULARIES = (
    "people/lexicon.tsv",
    "dates/vocabulary.tsv",
    "money/multipliers.tsv",
    "money/qualifiers.tsv",
    "money/per_units.tsv",
    "organisations/lexicon.tsv",
    "relations/speech_verbs.tsv",
    "relations/deal_verbs.tsv",
)


def _entries() -> list[str]:
    """The first two cells of each row: the entry and, in most files, its kind or value."""
    words: set[str] = set()
    for name in VOCABULARIES:
        for line in models_dir().joinpath(name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.update(c for c in line.split("\t")[:2] if c and len(c) < 40)
    return sorted(words)


def test_vocabulary_reaches_thousands() -> None:
    assert len(_entries()) > 2000


def test_every_entry_at_the_end_of_a_text(extractor: Extractor) -> None:
    texts = [form for w in _entries() for form in (w, f"M. {w} ,")]
    failed = [
        (text, article.error.message)
        for text, article in zip(texts, extractor.extract_many((t, {}) for t in texts), strict=True)
        if article.error is not None
    ]
    assert failed == []
