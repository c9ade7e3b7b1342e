"""Deals (issue 17): who pays whom each amount, when its clause says so."""

from __future__ import annotations

import pytest

from c5facts.extract import Extractor


def deals(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(action, payer, recipient) of every deal record of `text` (country parties by code)."""
    article = extractor.extract(text)

    def name(party: object) -> str | None:
        if party is None:
            return None
        code = getattr(party, "code", None)
        return code if isinstance(code, str) else str(getattr(party, "name", ""))

    return [(d.action, name(d.payer), name(d.recipient)) for d in article.deals]


# (id, text, [(action, payer, recipient)]): sentences written for these tests.
# fmt: off
CASES = [
    ("pay-subject", "Le groupe Norvalis versera 40 millions d'euros à ses anciens salariés.",
     [("payer", "Norvalis", None)]),
    ("invest-country", "Le Mexique investira 3 milliards de dollars au Canada d'ici 2030.",
     [("investir", "MX", "CA")]),
    ("fine-by", "La banque Corvane s'est vu infliger une amende de 20 millions de dollars par la "
     "Commission fédérale du commerce.",
     [("amende", "Corvane", "Commission fédérale du commerce")]),
    ("fine-after-amount",
     "Le groupe Corvane a été condamné à 5 millions d'euros d'amende en appel.",
     [("amende", "Corvane", None)]),
    ("raise-subject-recipient", "La société Pixelune a levé 12 millions d'euros en mars.",
     [("lever", None, "Pixelune")]),
    ("sell", "La Banque du Nord prévoit de vendre pour 300 millions d'euros d'obligations.",
     [("vendre", None, "Banque du Nord")]),
    ("complement-is-no-subject", "Le rachat de Norvalis pour 2 milliards d'euros a échoué.",
     [("acquérir", None, None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_deal_families(
    extractor: Extractor, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert deals(extractor, text) == expected


def test_amount_without_deal_word_is_no_deal(extractor: Extractor) -> None:
    text = "Le chiffre d'affaires du groupe Norvalis a atteint 800 millions d'euros."
    assert deals(extractor, text) == []


def test_deal_keeps_the_money_and_the_clause_date(extractor: Extractor) -> None:
    from datetime import date

    text = "Le groupe Norvalis a versé jeudi 2 millions d'euros à la fondation Arbor."
    article = extractor.extract(text, reference_date=date(2025, 11, 7))
    (deal,) = article.deals
    assert (deal.money_text, deal.currency, int(deal.amount)) == (
        "2 millions d'euros",
        "EUR",
        2000000,
    )
    assert deal.date == "2025-11-06"
    assert deal.recipient is not None
    assert deal.recipient.name == "Arbor"


# (id, text, object): what the money is for, sentences written for these tests.
# fmt: off
OBJECTS = [
    ("stake", "Le groupe Norvalis a versé 40 millions d'euros pour une participation de 40 % "
     "dans la société Pixelune.", "une participation de 40 % dans la société Pixelune"),
    ("buy-verb-complement",
     "Le groupe Norvalis a déboursé 2 milliards d'euros pour racheter la société Pixelune.",
     "la société Pixelune"),
    ("project-up-to-comma",
     "Le Mexique investira 3 milliards de dollars dans le projet Aurora, selon le ministre.",
     "le projet Aurora"),
    ("construction", "La Banque du Nord prêtera 500 millions d'euros au Maroc pour la "
     "construction d'un nouveau port.", "la construction d'un nouveau port"),
    ("settle", "Le groupe Corvane versera 90 millions de dollars pour régler des plaintes "
     "de consommateurs.", "des plaintes de consommateurs"),
    ("purpose-verb-after-equivalent",
     "Le Maroc a approuvé un budget de 40 milliards de dirhams (environ 3,7 milliards "
     "d'euros) et en consacrera 2 milliards de dirhams pour soutenir la pêche artisanale.",
     "la pêche artisanale"),
    ("asset-noun-with-adjective",
     "La société Pixelune a reçu 4 millions d'euros pour une seule usine.", "une seule usine"),
    ("action-noun-before-amount",
     "Le groupe Norvalis a annoncé le rachat d'un fabricant danois pour 300 millions d'euros.",
     "le rachat d'un fabricant danois"),
    ("sale-bare-noun-after-amount",
     "La Banque du Nord prévoit de vendre pour 300 millions d'euros d'obligations par an.",
     "obligations"),
    ("devote-to-up-to-a-date",
     "Le Chili consacrera 2 milliards de dollars supplémentaires à la recherche sur les "
     "cinq prochaines années.", "la recherche"),
    # none of the table's constructions: the object stays empty
    ("turnover-is-no-object",
     "Le groupe Corvane a payé 3 millions d'euros d'impôts pour un chiffre d'affaires de "
     "90 millions d'euros.", None),
    ("bare-noun-only-for-sales",
     "Le groupe Corvane a payé 3 millions d'euros de primes à ses salariés.", None),
    ("recipient-only", "Le groupe Norvalis versera 40 millions d'euros à ses anciens salariés.",
     None),
    ("purpose-not-in-table",
     "La société Pixelune a levé 12 millions d'euros pour accélérer sa croissance.", None),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in OBJECTS], ids=[c[0] for c in OBJECTS]
)
def test_deal_object(extractor: Extractor, text: str, expected: str | None) -> None:
    (deal,) = extractor.extract(text).deals
    assert deal.object == expected
