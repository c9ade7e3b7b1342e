"""The dates component: spans on a blank tokenizer, money exclusion, tense on the real model."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import pytest
from date_windows import dates_only_nlp, windowed_and_whole
from spacy.language import Language
from spacy.tokens import Span

from c5facts import resources, spans
from c5facts.components import dates as dates_component
from c5facts.components.date_matchers import WINDOW_AFTER, cut
from c5facts.components.date_patterns import _expand, load_patterns
from c5facts.components.dates import SCHEDULED_DAY, STORY_DAY, DatesFinder
from c5facts.errors import ResourceError
from c5facts.extract import Extractor
from c5facts.matches import DateMatch
from c5facts.normalise.dates.fields import read_fields
from c5facts.normalise.dates.resolve import RESOLVERS
from c5facts.normalise.text import APOSTROPHES

NBSP = "\u00a0"
REF = date(2025, 11, 6)


@pytest.fixture(scope="module")
def nlp() -> Language:
    """A blank French pipeline with only the dates component."""
    return dates_only_nlp()


# (text, [(span text, rule)])
# fmt: off
CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Le traité a été signé le 12 mars 2021 à Vienne.",
     [("le 12 mars 2021", "day_month_year")]),
    ("Publié le samedi 04 octobre 2025 à 16h20",
     [("le samedi 04 octobre 2025 à 16h20", "day_month_year_time")]),
    ("Le musée a rouvert l’an dernier, puis le 1er" + NBSP + "janvier 2024.",
     [("l’an dernier", "year_rel"), ("le 1er" + NBSP + "janvier 2024", "day_month_year")]),
    ("La loi du 05/04/2012 reste en vigueur depuis 2013.",
     [("05/04/2012", "numeric_date"), ("2013", "year")]),
    ("Les travaux dureront du 3 au 9 juin 2026, entre 2026 et 2027.",
     [("du 3 au 9 juin 2026", "range_days"), ("entre 2026 et 2027", "range_years")]),
    ("De mai à août, la ville a vécu au rythme du festival.",
     [("De mai à août", "range_months")]),
    ("Le groupe a vendu 3 000 puces entre août et octobre.",
     [("entre août et octobre", "range_months")]),
    ("Le chantier a duré pendant trois ans, au cours des deux dernières années.",
     [("trois ans", "duration"),
      ("deux dernières années", "duration_course")]),
    ("Au printemps 2003, l'usine tournait; dans les années 1970 aussi.",
     [("printemps 2003", "season"), ("les années 1970", "decade")]),
    ("Le groupe a publié ses comptes du deuxième trimestre 2024 cette semaine.",
     [("deuxième trimestre 2024", "quarter"), ("cette semaine", "this_week")]),
    ("Il y a cinq ans, mi-juin, les prix ont grimpé.",
     [("Il y a cinq ans", "offset_ago"), ("mi-juin", "month_mi")]),
    # vague phrases are TimeML's vague values (normalise/dates/vague.py), not calendar dates
    ("Dans un avenir proche, ces dernières semaines, dans le futur.",
     [("Dans un avenir proche", "ref_word"), ("ces dernières semaines", "duration_vague"),
      ("dans le futur", "ref_word")]),
    # not dates: counts, ages, decimal numbers, pronouns
    ("Le stade compte 4000 places; 1500 personnes; le ministre, 66 ans.", []),
    ("Le marché a reculé de 30,3 milliards, soit 86,6 % de la valeur.", []),
    ("Je suis parti avec mon sac, au lendemain d'une longue nuit.", []),
    ("Le 7 sept semaines passent.", [("sept semaines", "duration_bare")]),
    # "2000 m" is no year; "fermé le lundi" is a weekly habit (a set)
    ("Le refuge est à 2000 m d'altitude, il est fermé le lundi.",
     [("le lundi", "habit_weekday")]),
    # "cette année-là" is the story's year: matched whole, placed from the date before it
    ("Cette année-là, il a plu sans cesse.", [("Cette année-là", "story_same")]),
    ("D'ici 2030, le réseau sera rénové.", [("2030", "year")]),
    ("La saison 2024/2025 a suivi celles de 2019 et 2020.",
     [("2024/2025", "year_range"), ("2019", "year"), ("2020", "year_coord")]),
    ("Ils étaient 300 et 2000 l'an passé.", [("l'an passé", "year_rel")]),
    # a blank line ends every date: matching windows are cut there
    ("Publié mardi\n\nLe 3 mars 2025, le vote a eu lieu.",
     [("mardi", "weekday"), ("Le 3 mars 2025", "day_month_year")]),
    ("Le 1er" + NBSP + "janvier\n\n2024 fut froid.",
     [("Le 1er" + NBSP + "janvier", "day_month_year")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_spans(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = [(s.text, s._.get(spans.DATES).rule) for s in doc.spans[spans.DATES]]
    assert found == expected
    for span in doc.spans[spans.DATES]:
        assert span.label_ == "DATE"
        assert span._.get(spans.DATES).tense is None  # a blank pipeline has no morphology


def test_windows_are_cut_at_blank_lines() -> None:
    windows = [(0, 10), (12, 20), (25, 30)]
    cuts = [3, 4, 15, 19, 22, 29]
    assert list(cut(windows, cuts)) == [
        (0, 3),
        (5, 10),
        (12, 15),
        (16, 19),
        (25, 29),
    ]
    assert list(cut([(5, 6)], [5])) == []
    assert list(cut(windows, [])) == windows


def test_money_tokens_are_never_dates(nlp: Language) -> None:
    component = nlp.get_pipe("c5facts_dates")
    assert isinstance(component, DatesFinder)
    doc = nlp.make_doc("Le fonds a versé de 2019 à 2021 en 2022.")
    # A money span set by hand over "de 2019 à 2021" (as c5facts_money would claim it).
    doc.spans[spans.MONEY] = [Span(doc, 3, 7, label="MONEY")]
    doc = component(doc)
    assert [s.text for s in doc.spans[spans.DATES]] == ["2022"]


def test_each_span_has_its_own_match(nlp: Language) -> None:
    doc = nlp("Il est venu en 2020 et en 2021.")
    first, second = doc.spans[spans.DATES]
    assert first._.get(spans.DATES) is not second._.get(spans.DATES)


def test_unknown_macro_is_an_error() -> None:
    with pytest.raises(ResourceError, match="unknown macro"):
        _expand([{"MACRO": "NOPE"}], {}, {})


def test_vocab_class_expands_with_curly_apostrophes() -> None:
    (spec,) = _expand([{"VOCAB": "x"}], {}, {"x": {"l'an": "1"}})
    assert spec == {"LOWER": {"IN": ["l'an", *(f"l{q}an" for q in APOSTROPHES[1:])]}}


def test_a_single_word_expands_with_curly_apostrophes() -> None:
    (spec,) = _expand([{"LOWER": "l'", "ROLE": "ref"}], {}, {})
    assert spec == {"LOWER": {"IN": ["l'", *(f"l{q}" for q in APOSTROPHES[1:])]}, "ROLE": "ref"}


def test_every_adverb_of_time_reads_with_the_typographic_apostrophe(nlp: Language) -> None:
    """Each `ref_word` phrase with an apostrophe resolves alike when printed with "’"."""
    phrases = [p for p in resources.date_vocabulary()["ref_word"] if "'" in p]
    assert len(phrases) >= 5
    for phrase in phrases:
        straight = nlp(f"Il l'a dit {phrase}.")
        curly = nlp(f"Il l'a dit {phrase.replace(chr(39), '’')}.")
        assert [s.text for s in curly.spans[spans.DATES]] == [
            s.text.replace("'", "’") for s in straight.spans[spans.DATES]
        ], phrase
        assert len(curly.spans[spans.DATES]) == 1, phrase


# (text, span text, tense) on the real model: the tense of the clause's verb.
# fmt: off
TENSES: list[tuple[str, str, str | None]] = [
    ("L'accord sera signé lundi.", "lundi", "future"),
    ("L'accord a été signé lundi.", "lundi", "past"),
    ("Le directeur signera le contrat lundi.", "lundi", "future"),
    ("Nous taxerons ces revenus dès lundi.", "lundi", "future"),
    ("Les ministres vont se retrouver mardi.", "mardi", "future"),
    ("La ministre devrait annoncer son plan mardi.", "mardi", "future"),
    ("Le président est attendu mercredi à Rome.", "mercredi", "future"),
    ("Elle a prévu de rester à Lyon jusqu'à lundi.", "lundi", "future"),
    # the imperfect of a verb of intention before an infinitive: its time is still ahead
    ("Ceux qui prévoyaient de partir ce week-end le savent.", "ce week-end", "future"),
    ("Les syndicats espéraient obtenir un accord samedi.", "samedi", "future"),
    ("Le cours chutait vendredi à Tokyo.", "vendredi", "past"),
    ("Elle aurait touché une prime en mai.", "mai", "past"),
    ("Les deux équipes se rencontrent samedi.", "samedi", "present"),
    ("À partir du 1er mars, les loyers augmenteront.", "1er mars", "future"),
    # a reflexive pronoun before a future ending: future, whatever the tagger says
    ("L'Opep se réunira mardi à Vienne.", "mardi", "future"),  # tagged a past
    ("Tu te rendras à Paris lundi.", "lundi", "future"),  # tagged an infinitive
    ("Vous vous inscrirez en ligne lundi.", "lundi", "future"),
    ("Le jury s'ouvrira aux candidats jeudi.", "jeudi", "future"),
    ("Les ministres se sont réunis lundi.", "lundi", "past"),
    ("Le conseil se réunissait mardi à huis clos.", "mardi", "past"),
    # an imperfect in "-rait" is no conditional: the tagger's reading stays
    ("Le ministre déclarait lundi que tout allait bien.", "lundi", "past"),
    ("La police montrait mardi les images de la scène.", "mardi", "past"),
    ("Le club se préparait lundi pour la finale.", "lundi", "past"),
    ("Le texte permettrait dès lundi de voter.", "lundi", "future"),
]
# fmt: on


@pytest.mark.parametrize(("text", "span_text", "tense"), TENSES, ids=[c[0] for c in TENSES])
def test_tense(extractor: Extractor, text: str, span_text: str, tense: str | None) -> None:
    doc = extractor.nlp(text)
    found = {s.text: s._.get(spans.DATES).tense for s in doc.spans[spans.DATES]}
    assert found == {span_text: tense}


def test_verbless_headline_takes_the_tense_of_the_same_words(extractor: Extractor) -> None:
    doc = extractor.nlp("Sommet européen mardi à Bruxelles\nLes dirigeants se réuniront mardi.")
    assert [s._.get(spans.DATES).tense for s in doc.spans[spans.DATES]] == ["future"] * 2


PARAGRAPH = (
    "Du 1er" + NBSP + "janvier au 3 mars 2020, entre lundi matin et mardi soir, la grève a duré. "
    "Il y a plus de deux ans, à la fin de l'année 2012, au cours de la prochaine décennie, "
    "pendant près de dix ans, mi-juin, en 2019 et 2020, l'été dernier, à Noël, le 02/03/2016, "
    "cette semaine, la semaine du 6 octobre, dans les années 1990, au premier semestre 2024."
)


def test_anchored_windows_find_what_the_whole_doc_matcher_finds(nlp: Language) -> None:
    """Matching only around anchor words loses nothing (guards new patterns and windows)."""
    windowed, whole = windowed_and_whole(nlp, PARAGRAPH)
    assert whole <= windowed


def test_an_anchor_runs_only_the_patterns_that_can_hold_it(nlp: Language) -> None:
    component = nlp.get_pipe("c5facts_dates")
    assert isinstance(component, DatesFinder)
    matchers = component.matchers
    pattern_at = dict(matchers.patterns.values())

    def rules(word: str) -> set[str]:
        family = matchers._family(word)
        return {pattern_at[i].rule for i in family or ()}

    assert "quarter" in rules("trimestre")
    assert "this_week" not in rules("trimestre")
    assert "this_week" in rules("semaine")
    assert "quarter" not in rules("semaine")
    # a digit token runs the digit patterns it fits: a year, a numeric date, a clock
    assert "year" in rules("2024")
    assert "time" not in rules("2024")
    assert "numeric_date" in rules("12/03/2024")
    assert "year" not in rules("12/03/2024")
    assert "time" in rules("18h")
    assert "year" not in rules("18h")
    assert "day_alone" in rules("18h")  # "le 16 à 18h": it joins the words around any digit
    assert rules("maison") == set()
    # each family's window reaches as far as its farthest pattern, no farther
    assert matchers.reach[matchers._family("été") or frozenset()][1] < WINDOW_AFTER


def test_roles_give_the_fields_of_a_match(nlp: Language) -> None:
    """Alignments give each token its pattern role, spaces and macros included."""
    doc = nlp("Le musée rouvrira le samedi 1er" + NBSP + "mars 2025 à 9h30 et du 3 au 9 juin.")
    first, second = (s._.get(spans.DATES) for s in doc.spans[spans.DATES])
    assert isinstance(first, DateMatch)
    assert first.rule == "day_month_year_time"
    assert [w.role for w in first.words] == [
        "prep",
        "weekday",
        "day",
        "",
        "month",
        "year",
        "prep",  # "à" (a "vers" there gives mod APPROX)
        "time",
    ]
    f = first.fields
    assert (f.weekday, f.day, f.month, f.year, f.hour, f.minute) == (5, 1, 3, 2025, 9, 30)
    assert second.rule == "range_days"
    assert (second.fields.day, second.fields.month) == (3, None)
    assert second.end is not None
    assert (second.end.day, second.end.month) == (9, 6)


def test_every_pattern_id_has_a_resolver() -> None:
    rules = {p.rule for p in load_patterns(resources.date_vocabulary())}
    # a held "le 15" kept alone is renamed (set or bounded: "prévue le 12")
    assert rules | {STORY_DAY, SCHEDULED_DAY} == set(RESOLVERS)


def test_vocab_classes_attribute_and_template() -> None:
    vocab = {"a": {"x": "1"}, "b": {"y": "2"}}
    assert _expand([{"VOCAB": ["a", "b"], "ATTR": "TEXT"}], {}, vocab) == [
        {"TEXT": {"IN": ["x", "y"]}}
    ]
    assert _expand([{"VOCAB": "a", "TEMPLATE": "^mi-({})$"}], {}, vocab) == [
        {"LOWER": {"REGEX": "^mi-(x)$"}}
    ]


def test_each_date_is_parsed_and_resolved_once(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One field reading per date span (in the component), one resolution per span."""
    reads: list[int] = []
    resolutions: list[str] = []
    real_read = read_fields
    real_resolvers = dict(RESOLVERS)

    def counting_read(words: Any) -> Any:
        reads.append(1)
        return real_read(words)

    def counting(rule: str) -> Any:
        def resolver(match: DateMatch, ref: Any) -> Any:
            resolutions.append(match.rule)
            return real_resolvers[rule](match, ref)

        return resolver

    monkeypatch.setattr(dates_component, "read_fields", counting_read)
    for rule in real_resolvers:
        monkeypatch.setitem(RESOLVERS, rule, counting(rule))
    text = (
        "Le sommet s'est tenu le 12 mars 2021, puis hier, en 2019 et 2020; il reprendra "
        "lundi, au printemps 2026, du 3 au 9 juin, pendant trois ans. Publié le 02/03/2016."
    )
    doc = extractor.nlp(text)
    n = len(doc.spans[spans.DATES])
    assert n >= 8
    assert len(reads) == n
    article = extractor.extract(text, reference_date=date(2025, 11, 6))
    assert len(reads) == 2 * n  # the second run parses its own document once more
    assert len(resolutions) == n == len(article.dates)


def test_a_match_its_resolver_rejects_is_logged(
    extractor: Extractor, caplog: pytest.LogCaptureFixture
) -> None:
    """ "le 31 février" is matched (rule day_month_year) but is no date: left out, and logged."""
    with caplog.at_level(logging.INFO, logger="c5facts"):  # extract or convert
        article = extractor.extract("Il est venu le 31 février.", reference_date=REF)
    assert article.dates == ()
    assert "date not placed (rule day_month_year)" in caplog.text
