"""Date words in other forms, through the real pipeline: written without accents, the
holidays of other calendars that the French press cites (US Thanksgiving and the sales
days after it), a bare "le week-end" placed by the tense, and half-year lengths.

Sentences written for these tests (article of Thursday 2025-11-06); each asserts the exact
extent, TIMEX3 value and kind. The pure functions (accent folding, holiday codes) are
tested without the pipeline.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from c5facts.extract import Extractor
from c5facts.normalise.dates import accents
from c5facts.normalise.dates.holidays import holiday_day

REF = date(2025, 11, 6)  # a Thursday, ISO week 45

# (text, [(extent, value, kind)])
# fmt: off
CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # accentless spellings of months, ordinals, edges, relative days, holidays, parts
    ("Le rapport sera publié le 3 fevrier 2026.",
     [("le 3 fevrier 2026", "2026-02-03", "date")]),
    ("La réunion aura lieu le deuxieme lundi de decembre.",
     [("le deuxieme lundi de decembre", "2025-12-08", "date")]),
    ("Les travaux reprendront debut janvier.", [("debut janvier", "2026-01", "date")]),
    ("Il rentrera chez lui apres-demain.", [("apres-demain", "2025-11-08", "date")]),
    ("Le concert est prévu pour la fete de la musique.",
     [("la fete de la musique", "2026-06-21", "date")]),
    ("Il reviendra à la Pentecote.", [("Pentecote", "2026-05-24", "date")]),
    ("La semaine derniere, le prix a baissé.", [("La semaine derniere", "2025-W44", "date")]),
    ("Le train arrivera en fin de matinee.", [("fin de matinee", "2025-11-06TMO", "time")]),
    ("Le car repartira apres midi 4:30.", [("apres midi 4:30", "2025-11-06T16:30", "time")]),
    # folded forms that are other French words stay words
    ("Le passe sanitaire a été levé.", []),
    ("Les passes décisives se multiplient.", []),
    ("Il a perdu la deuxieme manche.", []),
    # US Thanksgiving (4th Thursday of November) and the days counted from it
    ("Les magasins ouvriront tôt le jour de thanks giving.",
     [("le jour de thanks giving", "2025-11-27", "date")]),
    ("Le lundi cyber 2010 a battu des records.", [("Le lundi cyber 2010", "2010-11-29", "date")]),
    ("Les familles se sont réunies pour thanks giving en 2010.",
     [("thanks giving en 2010", "2010-11-25", "date")]),
    ("Le Black Friday attirera les foules.", [("Le Black Friday", "2025-11-28", "date")]),
    # a bare "le week-end": this week's in a future clause, the last one in a past clause,
    # a habit in the present or the imperfect
    ("Il pleuvra le week-end.", [("le week-end", "2025-W45-WE", "date")]),
    ("Les manifestants ont défilé le week-end.", [("le week-end", "2025-W44-WE", "date")]),
    ("Le week-end, il travaille au marché.", [("Le week-end", "XXXX-WXX-WE", "set")]),
    ("Il travaillait le week-end.", []),
    ("Le week-end, les magasins étaient fermés.", []),
    ("Les trains seront supprimés pour le week-end des 13 et 14 décembre.",
     [("13", "2025-12-13", "date"), ("14 décembre", "2025-12-14", "date")]),
    # half-years: six months
    ("Il a étudié une demi-année à Montréal.", [("une demi-année", "P6M", "duration")]),
    ("Il restera un semestre à Lyon.", [("un semestre", "P6M", "duration")]),
    ("Elle a passé deux demi-années à Lyon.", [("deux demi-années", "P12M", "duration")]),
    ("Il est resté un demi-an à Lyon.", [("un demi-an", "P6M", "duration")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_word_forms(extractor: Extractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert [(d.text, d.value, d.kind) for d in article.dates] == expected
    for d in article.dates:
        assert text[d.start : d.end] == d.text


def test_fold_form() -> None:
    assert accents.fold_form("après-midi") == "apres-midi"
    assert accents.fold_form("fête des mères") == "fete des meres"
    assert accents.fold_form("à la mi-août") == "à la mi-aout"  # "à" keeps its accent
    assert accents.fold_form("mai") is None  # nothing to fold
    assert accents.fold_form("passé") is None  # "passe" is a noun and a verb
    assert accents.fold_form("dès") is None  # "des" is a function word


def test_other_word() -> None:
    assert accents.other_word("des", "dès")
    assert accents.other_word("paques", "pâques")  # the lexicon has a verb "paques"
    assert accents.other_word("passes", "passés")  # a plural noun of its own
    assert not accents.other_word("derniere", "dernière")  # a misspelling only
    assert not accents.other_word("fevrier", "février")  # unknown to the lexicon


def test_with_folded_keeps_other_classes() -> None:
    table = {"month": {"août": "8"}, "season": {"été": "SU"}, "unit": {"ete": "X"}}
    folded = accents.with_folded(table)
    assert folded["month"] == {"août": "8", "aout": "8"}
    assert folded["season"] == {"été": "SU"}  # "ete" is written in another class
    assert table["month"] == {"août": "8"}  # the input is left as it was


def test_context_classes_are_not_folded() -> None:
    folded = accents.with_folded({"postpone": {"décalé": "x"}})
    assert folded == {"postpone": {"décalé": "x"}}


def test_fold_tokens_and_accented() -> None:
    tokens: list[dict[str, Any]] = [
        {"LOWER": "fête"},
        {"TEXT": {"IN": ["Noël"]}},
        {"LOWER": {"REGEX": "^é$"}},
    ]
    assert accents.fold_tokens(tokens) == [
        {"LOWER": {"IN": ["fête", "fete"]}},
        {"TEXT": {"IN": ["Noël", "Noel"]}},
        {"LOWER": {"REGEX": "^é$"}},
    ]
    assert accents.accented(["deuxième", "décembre", "passé"]) == {
        "deuxieme": "deuxième",
        "decembre": "décembre",
    }


def test_vocabulary_variants_are_no_ordinary_words() -> None:
    """Every added variant's new words are unknown to the lexicon or known only by class."""
    from c5facts import resources
    from c5facts.normalise.wordclass import lexicon

    written = resources.date_vocabulary()
    closed = {row["form"] for row in resources.read_tsv("lexicon", "closed_classes.tsv")}
    every_written = {f for forms in written.values() for f in forms}
    added = 0
    for cls, forms in accents.date_vocabulary().items():
        for form in set(forms) - set(written.get(cls, {})):
            added += 1
            assert cls in accents.FOLDED_CLASSES
            assert form not in every_written
            for word in re.split(r"[\s'\-.]+", form):
                if any(word in re.split(r"[\s'\-.]+", w) for w in every_written):
                    continue  # a word written somewhere in the vocabulary
                entry = lexicon().get(word)
                assert word not in closed, form
                assert entry is None or not (entry.number or entry.verb), form
    assert added > 30


@pytest.mark.parametrize(
    ("code", "year", "day"),
    [
        ("11-W4-4", 2010, date(2010, 11, 25)),  # Thanksgiving
        ("11-W4-4+1", 2025, date(2025, 11, 28)),  # Black Friday
        ("11-W4-4+4", 2010, date(2010, 11, 29)),  # Cyber Monday
        ("11-W4-4+4", 2025, date(2025, 12, 1)),  # in December when November ends early
    ],
)
def test_holidays_after_thanksgiving(code: str, year: int, day: date) -> None:
    assert holiday_day(code, year) == day


def test_windows_find_the_accentless_forms() -> None:
    """The windowed matcher finds every accentless form that one whole-text Matcher finds."""
    from date_windows import dates_only_nlp
    from spacy.matcher import Matcher

    from c5facts.components.date_patterns import allow_spaces, load_patterns
    from c5facts.components.dates import DatesFinder

    nlp = dates_only_nlp()
    component = nlp.get_pipe("c5facts_dates")
    assert isinstance(component, DatesFinder)
    full = Matcher(nlp.vocab)
    for pattern in load_patterns(accents.date_vocabulary()):
        full.add(pattern.rule, [allow_spaces(accents.fold_tokens(pattern.tokens))])
    for text, _ in CASES[:9]:
        doc = nlp.make_doc(text)
        windowed = {(f.rule, s, e) for s, e, f in component.matchers.matches(doc)}
        whole = {(nlp.vocab.strings[m], s, e) for m, s, e in full(doc)}
        assert whole <= windowed, text
