"""The word screen of the date matchers: a window lacking a word that every pattern of
its family requires is skipped, and the matches stay those of a whole-document Matcher."""

from __future__ import annotations

from typing import Any

import pytest
from date_windows import dates_only_nlp, windowed_and_whole
from spacy.language import Language

from c5facts.components.date_screen import WordScreen
from c5facts.components.dates import DatesFinder

RANGE: list[dict[str, Any]] = [
    {"LOWER": {"IN": ["du", "depuis"]}},
    {"TEXT": {"REGEX": "^[0-9]{1,2}$"}},
    {"LOWER": "au"},
    {"TEXT": {"REGEX": "^[0-9]{1,2}$"}},
    {"LOWER": "prochain", "OP": "?"},
    {"LOWER": {"IN": ["mai", "juin"]}},
]
ALONE: list[dict[str, Any]] = [{"LOWER": "en"}, {"LOWER": {"IN": ["mai", "juin"]}}]


def _window(screen: WordScreen, text: str) -> int:
    words = text.split()
    mask = 0
    for m in screen.masks(words, [w.lower() for w in words]):
        mask |= m
    return mask


def test_a_window_needs_every_required_word_of_one_pattern() -> None:
    screen = WordScreen([RANGE, ALONE])
    ranges, both = frozenset([0]), frozenset([0, 1])
    assert screen.runnable(both, _window(screen, "du 3 au 5 juin")) == ranges
    assert screen.runnable(both, _window(screen, "en juin, du 3 au 5 juin")) == both
    assert screen.runnable(ranges, _window(screen, "du 3 au 5 juin"))
    # "prochain" is optional; "depuis" is one of its set; the numbers are regexes.
    assert screen.runnable(ranges, _window(screen, "depuis 3 au 5 mai"))
    assert not screen.runnable(ranges, _window(screen, "du 3 et 5 juin"))  # no "au"
    assert not screen.runnable(ranges, _window(screen, "en juin dernier"))
    assert screen.runnable(both, _window(screen, "en juin dernier")) == {1}  # ALONE only
    assert not screen.runnable(both, _window(screen, "Il pleut."))


def test_text_regexes_read_the_written_form_and_lower_ones_the_lower_case() -> None:
    screen = WordScreen([[{"TEXT": {"REGEX": "^Mars$"}}], [{"LOWER": {"REGEX": "^mai$"}}]])
    first, second = frozenset([0]), frozenset([1])
    assert screen.runnable(first, _window(screen, "en Mars"))
    assert not screen.runnable(first, _window(screen, "en mars"))
    assert screen.runnable(second, _window(screen, "en MAI"))


def test_back_references_stay_out_of_the_joined_search() -> None:
    # "12/08/2015" or "12-08-2015", never "12/08-2015": the same separator twice.
    screen = WordScreen([[{"TEXT": {"REGEX": r"^\d\d([/-])\d\d\1\d{4}$"}}]])
    family = frozenset([0])
    assert screen.runnable(family, _window(screen, "le 12/08/2015"))
    assert not screen.runnable(family, _window(screen, "le 12/08-2015"))


@pytest.fixture(scope="module")
def dates_nlp() -> Language:
    return dates_only_nlp()


@pytest.mark.parametrize(
    "text",
    [
        "Il est parti en juillet dernier, avant la rentrée de septembre.",
        "Le festival a lieu du 3 au 5 juillet, puis entre le 10 et le 12 août 2026.",
        "Les 13 et 14 juillet, la ville fête 1789 ; de 2014 à 2018, rien.",
    ],
)
def test_screened_windows_find_what_the_whole_doc_matcher_finds(
    dates_nlp: Language, text: str
) -> None:
    windowed, whole = windowed_and_whole(dates_nlp, text)
    assert windowed == whole


def test_a_month_alone_skips_the_range_patterns(dates_nlp: Language) -> None:
    component = dates_nlp.get_pipe("c5facts_dates")
    assert isinstance(component, DatesFinder)
    doc = dates_nlp.make_doc("Il est parti en juillet dernier.")
    matchers = component.matchers
    masks = matchers.screen.masks([t.text for t in doc], [t.lower_ for t in doc])
    ran: set[str] = set()
    held: set[str] = set()
    for family, spans in matchers.windows(doc).items():
        for start, end in spans:
            window = 0
            for m in masks[start:end]:
                window |= m
            runnable = matchers.screen.runnable(family, window)
            ran.update(matchers.rule_of(i) for i in runnable)
            held.update(matchers.rule_of(i) for i in family)
    assert "month_prep" in ran  # "en juillet dernier" runs
    # The window could run the ranges of the month ("du 3 au 5 juillet"): they are not run.
    assert any(rule.startswith("range") for rule in held)
    assert not any(rule.startswith("range") for rule in ran)
