"""Date words written without their accents ("fevrier", "apres-midi", "deuxieme", "fete").

Mail, wires, OCR and informal writing drop accents. Rather than listing each accentless
spelling in models/dates/vocabulary.tsv, `date_vocabulary` adds, at load time, the
accent-folded variant of every form of the classes that name a time (months, holidays,
parts of the day, ordinals, units...), unless the variant could be another word:

- a word of one or two letters keeps its accents ("à" would become the verb "a");
- a folded word that the word-class lexicon knows as another word ("dès" -> "des",
  "passé" -> the noun and verb "passe") leaves the form unfolded (`other_word`); one it
  knows only as the accented word misspelt ("derniere") is folded;
- a folded form already written in another class keeps only its written meanings.

The context classes (tense cues, age nouns, act nouns) are not folded: they are read
around a date, never matched as one, and many of their folded forms are other words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from c5facts import resources
from c5facts.matches import DateMatch
from c5facts.normalise.text import strip_accents
from c5facts.normalise.wordclass import lexicon

# The classes whose forms are matched or read as the date itself.
FOLDED_CLASSES = frozenset(
    [
        "month",
        "month_abbr",
        "month_short",
        "month_rare",
        "month_event",
        "weekday",
        "weekday_plural",
        "relative_day",
        "number",
        "number_approx",
        "count_idiom",
        "unit",
        "unit_time",
        "season",
        "ordinal",
        "span_adj",
        "holiday",
        "holiday_word",
        "part",
        "clock",
        "timex_mod",
        "edge",
        "anchor",
    ]
)
_WORDS = re.compile(r"[^\s'\-.]+|[\s'\-.]+")
_SHORTEST = 3  # words of one or two letters are never folded ("à", "là", "où")


@cache
def _closed_forms() -> frozenset[str]:
    """The function words of the lexicon (determiners, prepositions, pronouns...)."""
    return frozenset(row["form"] for row in resources.read_tsv("lexicon", "closed_classes.tsv"))


def other_word(folded: str, accented: str) -> bool:
    """Whether `folded`, the accentless spelling of `accented`, is another French word.

    It is when the word-class lexicon lists it as a function word ("des" for "dès"), with
    a reading the accented word lacks ("paques" a verb), or with its own number or verb
    morphology, which only the lexicon's real forms carry ("passe", "passes"). A form the
    lexicon knows only as the accented word's class ("derniere": wordfreq's misspelling,
    classed by a suffix rule) is that word without its accents.

    >>> other_word("passe", "passé"), other_word("des", "dès"), other_word("derniere", "dernière")
    (True, True, False)
    """
    lex = lexicon()
    entry = lex.get(folded)
    if entry is None:
        return False
    original = lex.get(accented)
    if original is None or not set(entry.classes) <= set(original.classes):
        return True
    return bool(entry.number or entry.verb) or folded in _closed_forms()


def fold_form(form: str) -> str | None:
    """The accentless variant of a vocabulary form, None when it has none or is unsafe.

    >>> fold_form("après-midi"), fold_form("à la mi-août"), fold_form("passé"), fold_form("mai")
    ('apres-midi', 'à la mi-aout', None, None)
    """
    parts = _WORDS.findall(form)
    out = []
    for part in parts:
        folded = part if len(part) < _SHORTEST else strip_accents(part)
        if folded != part and other_word(folded, part):
            return None
        out.append(folded)
    variant = "".join(out)
    return None if variant == form else variant


def with_folded(table: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """A copy of the vocabulary `table` with the accentless variants of `FOLDED_CLASSES`."""
    written: dict[str, set[str]] = {}
    for cls, forms in table.items():
        for form in forms:
            written.setdefault(form, set()).add(cls)
    out = {cls: dict(forms) for cls, forms in table.items()}
    for cls in FOLDED_CLASSES & table.keys():
        for form, value in table[cls].items():
            variant = fold_form(form)
            if variant is None or variant in table[cls]:
                continue
            if written.get(variant, {cls}) != {cls}:
                continue  # written in another class: that meaning only
            out[cls][variant] = value
    return out


def fold_tokens(tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Matcher tokens whose listed words ("LOWER"/"TEXT" forms) also match without accents.

    A pattern's fixed words ("début", "fête", "après-midi") follow the vocabulary's rule:
    each gets its safe accentless variant; regular expressions are left as written.

    A token that lists "à" tests the norm, which is "à" for an unaccented capital "A" read
    as the preposition ("A la mi-mars"; `c5facts.normalise.wordclass.capital_preposition`).

    >>> fold_tokens([{"LOWER": "début"}, {"LOWER": {"IN": ["dès", "après"]}}])
    [{'LOWER': {'IN': ['début', 'debut']}}, {'LOWER': {'IN': ['dès', 'après', 'apres']}}]
    >>> fold_tokens([{"LOWER": {"IN": ["à", "vers"]}}])
    [{'NORM': {'IN': ['à', 'vers']}}]
    """
    out = []
    for spec in tokens:
        spec = dict(spec)
        for attr in ("LOWER", "TEXT"):
            value = spec.get(attr)
            if isinstance(value, str):
                forms = [value]
            elif isinstance(value, dict) and list(value) == ["IN"]:
                forms = list(value["IN"])
            else:
                continue
            extra = [v for f in forms if (v := fold_form(f)) is not None and v not in forms]
            if extra:
                spec[attr] = {"IN": forms + list(dict.fromkeys(extra))}
            if attr == "LOWER" and "à" in forms:
                # "A partir de lundi": the word-class pass gives a capital "A" read as the
                # preposition the norm "à" (the verb "a" keeps its own); norms are the
                # lower-case forms otherwise
                spec["NORM"] = spec.pop("LOWER")
        out.append(spec)
    return out


def accented(forms: list[str]) -> dict[str, str]:
    """Accentless variant -> the written form, for `forms` (the first form wins).

    The component gives a matched "deuxieme" its written spelling "deuxième", so that the
    resolvers, which read the written forms, never see the variants.

    >>> accented(["deuxième", "passé", "mai"])
    {'deuxieme': 'deuxième'}
    """
    out: dict[str, str] = {}
    for form in forms:
        variant = fold_form(form)
        if variant is not None:
            out.setdefault(variant, form)
    return out


def written_text(match: DateMatch) -> str:
    """The matched words in their written spelling ("le deuxième lundi"), for text grammars.

    Each word is its form (lower case, accentless variants read as written by the
    component) followed by the spaces it had.
    """
    parts = (w.form + w.text[len(w.text.rstrip()) :] for w in match.words if w.text)
    return "".join(parts).strip()


@cache
def date_vocabulary() -> dict[str, dict[str, str]]:
    """The date vocabulary by class with the accentless variants (built once per process)."""
    return with_folded(resources.date_vocabulary())
