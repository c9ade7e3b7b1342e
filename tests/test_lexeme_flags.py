"""Patterns rewritten to lexeme flags match exactly what the original patterns match."""

from __future__ import annotations

import json
from typing import Any

import spacy
from spacy.matcher import Matcher

from c5facts.components.lexeme_flags import FIRST_FREE, LAST_FLAG, LexemeFlags

PATTERNS: list[list[dict[str, Any]]] = [
    [{"LOWER": {"IN": ["le", "la"]}, "OP": "?"}, {"TEXT": {"REGEX": "^[0-9]{4}$"}}],
    [{"LOWER": {"IN": ["mars", "avril"]}}, {"LOWER": "prochain"}],
    [{"ORTH": {"IN": ["Noël", "Pâques"]}}],
    [{"LOWER": {"IN": ["fin"]}}, {"LOWER": "mars"}],  # one word: a plain value
    [{"LOWER": {"REGEX": "^mi-"}}, {"IS_ALPHA": True}],
    [{"LOWER": {"NOT_IN": ["de"]}}, {"LOWER": "heures"}],  # NOT_IN: left as a predicate
]
# PATTERNS[3] is the one-word set, PATTERNS[5] the NOT_IN
TEXTS = [
    "Le 2019 et la 2020, mais pas 20201 ni LA 1999.",
    "En MARS prochain puis en avril prochain, pas en mai prochain.",
    "Noël, noël et NOËL, Pâques et PÂQUES.",
    "Fin mars, FIN MARS, fins mars.",
    "À la mi-juin prochaine, à la MI-MARS dernière, pas à mi- .",
    "Trois heures de débat, pas de heures.",
]


def _matches(matcher: Matcher, doc: spacy.tokens.Doc) -> list[tuple[int, int, int]]:
    return sorted(matcher(doc))


def test_flagged_patterns_match_like_the_predicates() -> None:
    nlp = spacy.blank("fr")
    plain = Matcher(nlp.vocab)
    for k, p in enumerate(PATTERNS):
        plain.add(f"p{k}", [p])
    flags = LexemeFlags(nlp.vocab, PATTERNS)
    flagged = Matcher(nlp.vocab, validate=False)
    for k, p in enumerate(PATTERNS):
        flagged.add(f"p{k}", [flags.rewrite(p)])
    # every IN/REGEX predicate on a string attribute got a flag, NOT_IN and one-word sets did not
    assert len(flags.flags) == 5
    articles = flags.flags[("LOWER", '{"IN": ["la", "le"]}')]
    assert flags.rewrite(PATTERNS[0])[0] == {f"FLAG{articles}": True, "OP": "?"}
    assert flags.rewrite(PATTERNS[5])[0] == PATTERNS[5][0]
    assert flags.rewrite(PATTERNS[3])[0] == {"LOWER": "fin"}
    total = 0
    for text in TEXTS:
        doc = nlp(text)  # words first seen after the flags were set: set on creation
        expected = _matches(plain, doc)
        assert _matches(flagged, doc) == expected
        total += len(expected)
    assert total == 15


def test_flags_stop_at_the_free_bits() -> None:
    nlp = spacy.blank("fr")
    many = [[{"LOWER": {"IN": [f"mot{k}", f"nom{k}"]}}] for k in range(60)]
    flags = LexemeFlags(nlp.vocab, many)
    assert len(flags.flags) == LAST_FLAG - FIRST_FREE + 1
    assert sorted(flags.flags.values()) == list(range(FIRST_FREE, LAST_FLAG + 1))
    # the patterns beyond the free bits keep their predicate
    assert sum("LOWER" in flags.rewrite(p)[0] for p in many) == 60 - len(flags.flags)


def test_the_predicates_of_the_busiest_matchers_get_the_flags() -> None:
    many = [[{"LOWER": {"IN": [f"mot{k}", f"nom{k}"]}}] for k in range(50)]
    last = ("LOWER", '{"IN": ["mot9", "nom9"]}')  # last in key order: no flag on a tie
    assert last not in LexemeFlags(spacy.blank("fr").vocab, many).flags
    # pattern 9 runs in a matcher that sees a hundred times more tokens than the others
    runs = [(100.0 if k == 9 else 1.0, [k]) for k in range(50)]
    assert last in LexemeFlags(spacy.blank("fr").vocab, many, runs).flags
    # a predicate shared by the patterns of one matcher is checked once per token there
    shared = [(3.0, range(0, 40)), (2.0, range(40, 50))]
    ranked = LexemeFlags(spacy.blank("fr").vocab, many, shared).flags
    assert all(("LOWER", json.dumps({"IN": [f"mot{k}", f"nom{k}"]})) in ranked for k in range(40))
