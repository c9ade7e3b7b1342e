"""Money through the real pipeline: the hard cases (own sentences), Duckling, the dev corpus."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from c5facts.evaluate import evaluate
from c5facts.extract import Extractor, split_text
from c5facts.matches import MoneyEquivalent, MoneyMatch
from c5facts.normalise.money import grammar as money_grammar
from c5facts.normalise.money.lexicon import Lexicon, Token
from c5facts.records import Money

REF = date(2025, 11, 6)
NBSP, NNBSP = "\u00a0", "\u202f"


@dataclass(frozen=True)
class Want:
    """An expected money fact: amount, currency and the optional parts."""

    amount: str
    currency: str
    qualifier: str | None = None
    amount_max: str | None = None
    equivalent: tuple[str, str, str | None] | None = None


# The money cases of ../shared/cases/hard-cases.jsonl, rewritten as our own sentences;
# the id names the case and the bug it guards against.
# fmt: off
HARD_CASES: list[tuple[str, str, list[Want]]] = [
    ("001-space-thousands", "Elle a emprunté 40 000 euros à sa banque.", [Want("40000", "EUR")]),
    ("002-nbsp-thousands", f"Le vélo est affiché à 1{NBSP}298,00 € TTC.", [Want("1298", "EUR")]),
    ("003-nnbsp-dollar", f"La console vaut 1{NNBSP}875 $.", [Want("1875", "USD")]),
    ("004-decimal-comma", "Le repas revient à 20,42 euros.", [Want("20.42", "EUR")]),
    ("005-dot-thousands", "Un tableau parti à 3.350 € a surpris.", [Want("3350", "EUR")]),
    ("006-dot-comma", "Le devis s'élève à 7.612,52 euros.", [Want("7612.52", "EUR")]),
    ("007-symbol-after", "Le terrain est estimé à 94 000 $.", [Want("94000", "USD")]),
    ("008-k-euro", "L'association a réuni 20 k€ en un mois.", [Want("20000", "EUR")]),
    ("009-M-euro", "La jeune pousse a obtenu 20 M€.", [Want("20000000", "EUR")]),
    ("010-Md-dollar", "Le programme pèse 35 Md$ sur dix ans.", [Want("35000000000", "USD")]),
    ("011-Mds-euro", "Un plan de 12,5 Mds € a été voté.", [Want("12500000000", "EUR")]),
    ("012-depasse-les", "La dette dépasse les 3 000 milliards d'euros.",
     [Want("3000000000000", "EUR", "more_than")]),
    ("013-billion", "Washington promet un billion de dollars.", [Want("1000000000000", "USD")]),
    ("014-MUSD", "Le fonds a collecté 50 MUSD.", [Want("50000000", "USD")]),
    ("015-code-before", "La filiale a gagné USD 34,6 millions l'an passé.",
     [Want("34600000", "USD")]),
    ("016-francs-suisses", "L'achat se monte à 2,5 milliards de francs suisses.",
     [Want("2500000000", "CHF")]),
    ("017-dollars-canadiens", "Le Canada dépensera 900 millions de dollars canadiens.",
     [Want("900000000", "CAD")]),
    ("018-yens", "Le Japon a prévu 1,1 milliard de yens.", [Want("1100000000", "JPY")]),
    ("019-tenges", "Astana consacrera 500 milliards de tenges aux routes.",
     [Want("500000000000", "KZT")]),
    ("020-livres-sterling", "Le club a reçu 2 millions de livres sterling.",
     [Want("2000000", "GBP")]),
    ("021-number-words", "Le barrage a coûté trois milliards de dollars.",
     [Want("3000000000", "USD")]),
    ("022-un-milliard", "La région a obtenu un milliard d'euros.", [Want("1000000000", "EUR")]),
    ("023-mille-cent", "L'amende s'élève à mille cent euros.", [Want("1100", "EUR")]),
    ("024-hyphenated-words", "Le transfert a coûté quatre-vingt-dix-neuf millions d'euros.",
     [Want("99000000", "EUR")]),
    ("025-million-decimal", "Le trou atteint 1,5 million d'euros.", [Want("1500000", "EUR")]),
    ("026-pres-de", "Tachkent compte investir près de 35 milliards de dollars.",
     [Want("35000000000", "USD", "approx")]),
    ("027-plus-de", "L'entreprise vise plus de 100 milliards de dollars.",
     [Want("100000000000", "USD", "more_than")]),
    ("028-jusqu-a", "Le prêt pourra aller jusqu'à 900 millions de dollars.",
     [Want("900000000", "USD", "less_than")]),
    ("029-environ", "Le chantier est chiffré à environ 2 milliards d'euros.",
     [Want("2000000000", "EUR", "approx")]),
    ("030-range-two-units", "Le ticket coûtera entre 12 euros et 15 euros.",
     [Want("12", "EUR", None, "15")]),
    ("031-range-shared-mult", "Le manque à gagner se situe entre 8,8 et 9,6 milliards de dollars.",
     [Want("8800000000", "USD", None, "9600000000")]),
    ("032-de-a-range", "L'accès coûte de 15 à 20 dollars par mois.",
     [Want("15", "USD", None, "20")]),
    ("033-c5-pair", "Le pays compte dépenser près de 35 milliards de dollars "
     "(30,3 milliards d'euros) en trois ans.",
     [Want("35000000000", "USD", "approx", None, ("30300000000", "EUR", None))]),
    ("034-pair-multipliers", "La société vaut 1,1 milliard de dollars (952 millions d'euros).",
     [Want("1100000000", "USD", None, None, ("952000000", "EUR", None))]),
    ("035-soit", "Le Canada a déboursé 4,4 milliards de dollars canadiens, "
     "soit 2,9 milliards d'euros.",
     [Want("4400000000", "CAD", None, None, ("2900000000", "EUR", None))]),
    ("036-eur-to-usd-approx", "Le rachat a coûté 3,7 milliards d'euros "
     "(environ 4,2 milliards de dollars).",
     [Want("3700000000", "EUR", None, None, ("4200000000", "USD", "approx"))]),
    ("037-twd-to-usd", "Les ventes ont atteint 247,8 milliards de dollars de Taïwan "
     "(7,6 milliards de dollars).",
     [Want("247800000000", "TWD", None, None, ("7600000000", "USD", None))]),
    ("038-et-two-amounts", "Le groupe paiera 310 millions de dollars et jusqu'à "
     "500 millions de dollars en tout.",
     [Want("310000000", "USD"), Want("500000000", "USD", "less_than")]),
    ("039-count-then-price", "Les 2 casques sont proposés à partir de 349 $.",
     [Want("349", "USD", "more_than")]),
    ("040-tonnes", "Le gisement livrera 410 000 tonnes de cuivre.", []),
    ("041-percent", "Le fonds prendra une part de 70 % du capital.", []),
    ("042-count", "La compagnie commandera 37 avions.", []),
    ("043-pour-cent", "Les loyers ont grimpé de 8 pour cent en 2023.", []),
    ("044-headcount-year", "L'usine compte 2 000 ouvriers depuis 2019.", []),
    # a threshold crossed: under / over it
    ("045-sous-les", "Le baril est passé sous les 60 dollars.", [Want("60", "USD", "less_than")]),
    ("046-sous-la-barre", "Le titre est tombé sous la barre des 10 euros.",
     [Want("10", "EUR", "less_than")]),
    ("047-au-dessus-des", "Le baril est repassé au-dessus des 80 dollars.",
     [Want("80", "USD", "more_than")]),
    ("048-au-dela", "Au-delà de 100 000 euros, la taxe s'applique.",
     [Want("100000", "EUR", "more_than")]),
    ("049-en-deca", "Le prix reste en deçà de 2 euros.", [Want("2", "EUR", "less_than")]),
    # half multipliers; the English "m" and "bn" glued to an amount's number
    ("050-demi-milliard", "L'État a versé un demi-milliard d'euros.", [Want("500000000", "EUR")]),
    ("051-demi-million", "Il a payé un demi-million de dollars.", [Want("500000", "USD")]),
    ("052-english-bn", "Le fonds vaut $5bn selon la presse.", [Want("5000000000", "USD")]),
    ("053-english-m", "Le contrat vaut £5m selon la presse.", [Want("5000000", "GBP")]),
    ("054-metres-no-money", "Il a couru le 100 m pour 10 000 dollars.", [Want("10000", "USD")]),
    # a subunit of a currency it names
    ("055-subunit", "Le ticket coûte 50 centimes d'euro.", [Want("0.5", "EUR")]),
    ("056-subunit-dollar", "Le dividende monte de 3 centimes de dollar.", [Want("0.03", "USD")]),
    # alone, a hundredth of the article's currency (the euro's here); a range borrows it
    ("057-subunit-alone", "Le timbre coûte 50 centimes.", [Want("0.5", "EUR")]),
    ("058-subunit-range", "Le prix est entre 10 et 15 centimes.",
     [Want("0.1", "EUR", amount_max="0.15")]),
    ("059-cents-alone", "Il a chanté avec 50 Cent hier.", []),
    # a smaller count completes the millions; a range of such amounts; a count of people
    ("060-million-and-rest", "La facture s'élève à un million 200 000 euros.",
     [Want("1200000", "EUR")]),
    ("061-rest-range", "Le coût ira de 1 million 200 000 à 1 million 500 000 euros.",
     [Want("1200000", "EUR", amount_max="1500000")]),
    ("062-rest-no-money", "La ville compte 3 millions 200 000 habitants.", []),
]
# fmt: on


def _check(found: tuple[Money, ...], wanted: list[Want]) -> None:
    assert len(found) == len(wanted), [m.text for m in found]
    for m, w in zip(found, wanted, strict=True):
        assert m.amount == Decimal(w.amount)
        assert m.currency == w.currency
        assert m.qualifier == w.qualifier
        assert m.amount_max == (Decimal(w.amount_max) if w.amount_max else None)
        if w.equivalent is None:
            assert m.equivalent is None
        else:
            assert m.equivalent is not None
            eq = m.equivalent
            assert (eq.amount, eq.currency, eq.qualifier) == (
                Decimal(w.equivalent[0]),
                w.equivalent[1],
                w.equivalent[2],
            )


@pytest.mark.parametrize(
    ("text", "wanted"), [c[1:] for c in HARD_CASES], ids=[c[0] for c in HARD_CASES]
)
def test_hard_case(extractor: Extractor, text: str, wanted: list[Want]) -> None:
    article = extractor.extract(text, reference_date=REF)
    _check(article.money, wanted)
    for m in article.money:
        assert text[m.start : m.end] == m.text
        assert m.sentence


def test_record_keeps_whole_expression_offsets_and_sentence(extractor: Extractor) -> None:
    text = (
        "Le sommet s'est tenu jeudi. Le pays compte investir près de 35\u00a0milliards "
        "de dollars (30,3\u00a0milliards d’euros) au cours des trois prochaines années."
    )
    (m,) = extractor.extract(text, reference_date=REF).money
    assert m.text == "près de 35\u00a0milliards de dollars (30,3\u00a0milliards d’euros)"
    assert text[m.start : m.end] == m.text
    assert m.sentence.startswith("Le pays compte investir")
    assert m.rule == "qualifier+amount+conversion"
    assert m.equivalent is not None
    assert m.equivalent.text == "30,3\u00a0milliards d’euros"


def test_every_occurrence_is_a_fact(extractor: Extractor) -> None:
    text = "Il manque 7,2 milliards d'euros. Ces 7,2 milliards d'euros seront trouvés."
    found = extractor.extract(text, reference_date=REF).money
    assert [m.amount for m in found] == [Decimal("7.2e9"), Decimal("7.2e9")]


def test_article_conversions_turn_bare_dollars_canadian(extractor: Extractor) -> None:
    text = (
        "Ottawa a attribué un contrat de près d'un milliard de dollars. "
        "La fondation a versé 250.000 dollars (163.000 euros) à des proches du ministre, "
        "et 4.000 dollars (environ 2.600 euros) pour une seule soirée."
    )
    article = extractor.extract(text, reference_date=date(2020, 7, 31))
    assert [m.currency for m in article.money] == ["CAD", "CAD", "CAD"]
    assert all(m.currency_assumed for m in article.money)
    assert any("CAD" in w for w in article.warnings)


def test_dollar_override_through_the_pipeline(extractor: Extractor) -> None:
    forced = Extractor(dollar="CAD", nlp=extractor.nlp)
    article = forced.extract("Le projet a coûté 12 millions de dollars.", reference_date=REF)
    (m,) = article.money
    assert (m.currency, m.currency_assumed) == ("CAD", True)
    assert any("--dollar CAD" in w for w in article.warnings)


# --- parsed once -------------------------------------------------------------------

SEVERAL = (
    "Ottawa a attribué un contrat de près d'un milliard de dollars.\n\n"
    "La fondation a versé 250.000 dollars (163.000 euros) à des proches du ministre.\n\n"
    "Elle a aussi payé 4.000 dollars (environ 2.600 euros) pour une seule soirée.\n\n"
    "Le reste, entre 12 et 15 euros par repas, venait de 3 Mds € de crédits."
)


@dataclass
class Calls:
    """What the money grammar did while the pipeline ran."""

    lexed: list[tuple[str, int, int | None]]  # (text, start, end) of each lexer run
    scanned: list[str]
    matches: list[MoneyMatch]
    equivalents: list[MoneyEquivalent]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """Count lexer runs, grammar scans and parsed expressions (matches built)."""
    seen = Calls([], [], [], [])
    real_tokens, real_scan = Lexicon.tokens, money_grammar.MoneyGrammar.scan

    def tokens(self: Lexicon, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        seen.lexed.append((text, start, end))
        return real_tokens(self, text, start, end)

    def scan(self: money_grammar.MoneyGrammar, text: str) -> list[money_grammar.Found]:
        seen.scanned.append(text)
        return real_scan(self, text)

    def match(**fields: Any) -> MoneyMatch:
        seen.matches.append(MoneyMatch(**fields))
        return seen.matches[-1]

    def equivalent(**fields: Any) -> MoneyEquivalent:
        seen.equivalents.append(MoneyEquivalent(**fields))
        return seen.equivalents[-1]

    monkeypatch.setattr(Lexicon, "tokens", tokens)
    monkeypatch.setattr(money_grammar.MoneyGrammar, "scan", scan)
    monkeypatch.setattr(money_grammar, "MoneyMatch", match)
    monkeypatch.setattr(money_grammar, "MoneyEquivalent", equivalent)
    return seen


def test_each_expression_is_parsed_once(extractor: Extractor, calls: Calls) -> None:
    article = extractor.extract(SEVERAL, reference_date=date(2020, 7, 31))
    assert [m.text for m in article.money] == [
        "près d'un milliard de dollars",
        "250.000 dollars (163.000 euros)",
        "4.000 dollars (environ 2.600 euros)",
        "entre 12 et 15 euros",
        "3 Mds €",
    ]
    # One scan of the document, lexing each region around a currency once (regions
    # disjoint, in order); currency resolution parses nothing.
    assert calls.scanned == [SEVERAL]
    assert {text for text, _, _ in calls.lexed} == {SEVERAL}
    bounds = [(start, end if end is not None else len(SEVERAL)) for _, start, end in calls.lexed]
    assert bounds == sorted(bounds)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(bounds))
    # Each expression parsed once: one match per fact, one equivalent per conversion.
    assert len(calls.matches) == len(article.money)
    assert [m.amount for m in calls.matches] == [m.amount for m in article.money]
    assert [e.amount for e in calls.equivalents] == [Decimal(163000), Decimal(2600)]
    # ... and the conversions still made the bare dollars Canadian.
    assert [m.currency for m in article.money] == ["CAD", "CAD", "CAD", "EUR", "EUR"]


def test_long_text_in_pieces_keeps_each_match(
    extractor: Extractor, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = extractor.extract(SEVERAL, reference_date=date(2020, 7, 31))
    monkeypatch.setattr(extractor.nlp, "max_length", 100)
    pieces = split_text(SEVERAL, 100)
    assert len(pieces) == 4
    calls.scanned.clear()
    cut = extractor.extract(SEVERAL, reference_date=date(2020, 7, 31))
    # Doc.from_docs moves each span's match with it: one scan per piece, same facts.
    assert calls.scanned == pieces
    # (Only the sentences may differ: the pieces are parsed apart; so may the evidence
    # named for a currency, when it is the sentence's country.)
    assert [replace(m, sentence="", currency_evidence="") for m in cut.money] == [
        replace(m, sentence="", currency_evidence="") for m in whole.money
    ]
    assert cut.warnings == whole.warnings
    for m in cut.money:
        assert SEVERAL[m.start : m.end] == m.text


# --- ../shared ------------------------------------------------------------------------


def _duckling_ok(extractor: Extractor, case: dict[str, Any]) -> bool:
    expected = case["expected"]
    found = extractor.extract(case["text"], reference_date=date(2013, 2, 12)).money
    if len(found) != 1:
        return False
    m = found[0]
    amount = expected.get("amount", expected.get("min", expected.get("max")))
    ok = m.currency == expected["currency"] and m.amount == Decimal(str(amount))
    if "min" in expected and "max" in expected:
        ok = ok and m.amount_max == Decimal(str(expected["max"]))
    return ok


def test_duckling_money_rate(extractor: Extractor, shared_dir: Path) -> None:
    path = shared_dir / "cases" / "duckling" / "amountofmoney.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    passed = [c["text"] for c in cases if _duckling_ok(extractor, c)]
    rate = len(passed) / len(cases)
    print(f"duckling money: {len(passed)}/{len(cases)} = {rate:.3f}")
    assert rate >= 0.95


def test_dev_corpus_money(extractor: Extractor, shared_dir: Path) -> None:
    report = evaluate(shared_dir / "corpus" / "dev", extractor)
    score = report.scores["money"]
    print(f"money P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} ", end="")
    print(f"pairs {report.pairs_ok}/{report.pairs_total}")
    assert score.f1 >= 0.95
    assert report.pairs_ok >= 0.95 * report.pairs_total


# --- which currency: the article's own world (own sentences) ----------------------

# (sentence, reference date, expected currency, expected evidence)
# fmt: off
WHICH = [
    ("Le premier ministre de l'Alberta a promis 2 milliards de dollars aux éleveurs.",
     date(2020, 5, 4), "CAD", "sentence-country:CA"),
    ("À Bogota, le gouvernement colombien a débloqué 3 000 milliards de pesos.",
     date(2021, 3, 1), "COP", "sentence-country:CO"),
    ("La Tunisie négocie avec ses bailleurs. Le budget prévoit 5 milliards de dinars.",
     date(2019, 9, 1), "TND", "article-country:TN"),
    ("Au Caire, le ticket de métro passe à 20 livres.",
     date(2022, 1, 10), "EGP", "sentence-country:EG"),
    ("Les exportations de Taïwan ont atteint 20 milliards de dollars.",
     date(2019, 5, 2), "USD", "default"),
    ("En 1995, la France a dépensé 300 millions de francs pour ce musée.",
     date(2019, 5, 2), "FRF", "sentence-country:FR"),
    ("La Suisse a dépensé 300 millions de francs pour ce musée.",
     date(2019, 5, 2), "CHF", "sentence-country:CH"),
    ("Le musée a coûté 300 millions de francs.", date(2019, 5, 2), "CHF", "default"),
    # a region's name inside a person's name places nothing ("Nelson", New Zealand)
    ("Nelson Mandela a reçu 1 million de dollars de la fondation.",
     date(2019, 5, 2), "USD", "default"),
    ("Les recettes de l'Ontario atteignent 4 milliards de dollars.",
     date(2019, 5, 2), "CAD", "sentence-country:CA"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "ref", "currency", "evidence"), WHICH, ids=[f"{w[2]}-{w[3]}" for w in WHICH]
)
def test_which_currency(
    extractor: Extractor, text: str, ref: date, currency: str, evidence: str
) -> None:
    (m,) = extractor.extract(text, reference_date=ref).money
    assert (m.currency, m.currency_evidence, m.currency_assumed) == (currency, evidence, True)


def test_explicit_currency_is_not_assumed(extractor: Extractor) -> None:
    (m,) = extractor.extract("Ottawa a versé 20 millions de dollars canadiens.").money
    assert (m.currency, m.currency_assumed, m.currency_evidence) == ("CAD", False, None)


def test_sentence_country_beats_the_article_conversions(extractor: Extractor) -> None:
    text = (
        "La banque a été condamnée à 3,7 milliards d'euros (environ 5,5 milliards $). "
        "Aux États-Unis, elle avait déjà payé 780 millions de dollars en 2009."
    )
    money = extractor.extract(text, reference_date=date(2019, 2, 20)).money
    assert [m.currency for m in money] == ["EUR", "USD"]
    eq = money[0].equivalent
    assert eq is not None
    assert eq.currency == "CAD"  # 5,5 / 3,7 = 1,486: the Canadian dollar's rate that week


def test_the_article_conversions_outrank_places_elsewhere(extractor: Extractor) -> None:
    text = (
        "Le siège de Cupertino, en Californie, a versé 21,8 millions $ (14,1 millions "
        "d'euros). Le groupe a payé 505 millions $ (325 millions d'euros) et moins de "
        "70 millions $ au fisc."
    )
    money = extractor.extract(text, reference_date=date(2018, 12, 20)).money
    assert [m.currency for m in money] == ["CAD", "CAD", "CAD"]
    # The first names California, but its own conversion fits the Canadian dollar only.
    assert [m.currency_evidence for m in money] == [
        "conversion",
        "article-conversions",
        "article-conversions",
    ]


def test_publisher_country_breaks_the_tie(extractor: Extractor) -> None:
    text = "Le budget de la ville atteint 12 millions $."
    meta = {"reference_date": "2021-06-01", "country": "ca"}
    (article,) = extractor.extract_many([(text, meta)])
    (m,) = article.money
    assert (m.currency, m.currency_evidence) == ("CAD", "publisher-country:CA")
    (plain,) = extractor.extract(text, reference_date=date(2021, 6, 1)).money
    assert (plain.currency, plain.currency_evidence) == ("USD", "default")


def test_conversion_carries_implied_and_reference_rates(extractor: Extractor) -> None:
    text = "Le groupe a levé 1,1 milliard de dollars (1 milliard d'euros)."
    (m,) = extractor.extract(text, reference_date=date(2016, 5, 4)).money
    eq = m.equivalent
    assert eq is not None
    assert eq.implied_rate == Decimal("0.909091")
    # the ECB rate of that week (1 EUR = 1.1487 USD), not the year's average
    assert eq.reference_rate == Decimal("0.870580")
    assert m.to_dict()["equivalent"]["reference_rate"] == pytest.approx(0.87058)


def test_far_conversion_switches_to_the_candidate_that_fits(extractor: Extractor) -> None:
    # 100 000 pesos for 30 euros: ~3 300 per euro, a Colombian rate, not a Mexican one.
    text = "Le billet coûte 100 000 pesos (environ 30 euros) à Madrid."
    article = extractor.extract(text, reference_date=date(2019, 5, 2))
    (m,) = article.money
    assert m.currency != "MXN" or any("pesos" in w for w in article.warnings)


def test_per_and_repairs_reach_the_record(extractor: Extractor) -> None:
    text = "Le dividende sera de 1,34 $ par action. Le plan pèse 103,5 milliars d'euros."
    article = extractor.extract(text, reference_date=date(2020, 2, 3))
    assert [(m.amount, m.per) for m in article.money] == [
        (Decimal("1.34"), "action"),
        (Decimal("103500000000"), None),
    ]
    assert any("'milliars' read as 'milliards'" in w for w in article.warnings)


def test_centimes_alone_take_the_currency_of_their_time(extractor: Extractor) -> None:
    # the euro's by default; before the euro existed, the first franc in use (the
    # default of a bare unit never reads a currency that did not exist yet)
    modern = extractor.extract("Le ticket coûte 50 centimes.", reference_date=REF)
    old = extractor.extract("Le journal coûte 10 centimes.", reference_date=date(1900, 5, 6))
    assert [(m.amount, m.currency) for m in modern.money] == [(Decimal("0.5"), "EUR")]
    assert [(m.amount, m.currency) for m in old.money] == [(Decimal("0.1"), "CHF")]
