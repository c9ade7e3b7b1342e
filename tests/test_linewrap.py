"""Hard-wrapped text (archives, wire copy, e-mail) reads as running text: `c5facts.linewrap`."""

from __future__ import annotations

import json
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from c5facts.extract import Extractor
from c5facts.io.timeml import to_timeml
from c5facts.linewrap import soft_breaks, unwrap, unwrap_words
from c5facts.records import Article

# A hard-wrapped dispatch written for c5facts (columns of about 45 characters).
WRAPPED = """\
Hier, le président du Conseil, M. Georges
Clemenceau, a reçu à l'Élysée le ministre
des Affaires étrangères, M. Stéphane Pichot,
et le général Ferdinand Lacaze. La séance du
12 mars a duré trois heures et le crédit de
2,5 millions de francs a été voté par la
Chambre.

Le président Raymond Poincaré était absent.
"""


def facts(article: Article) -> set[tuple[str, ...]]:
    """People, countries, dates and amounts of an article, as comparable values."""
    return (
        {("person", p.name) for p in article.people}
        | {("country", c.code) for c in article.countries}
        | {("date", d.value or "") for d in article.dates}
        | {("money", str(m.amount), m.currency) for m in article.money}
    )


def test_wraps_are_spaces_of_the_same_length() -> None:
    out = unwrap(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert "M. Georges Clemenceau, a reçu" in out
    assert "La séance du 12 mars a duré" in out
    assert "\n\nLe président Raymond" in out  # a blank line ends a paragraph


@pytest.mark.parametrize(
    "text",
    [
        "Titre de l'article\nPar Jeanne Martin\nLe 3 mars 2024",  # a header: capitals
        "Les résultats :\n1. Lyon\n2. Nantes\n3. Lille",  # a numbered list
        "Il a dit :\n- non\n- jamais\n- plus tard",  # items
        "Les points clés -\nLe budget baisse\nLes impôts montent\nLa dette reste",
    ],
)
def test_lines_of_their_own_stay(text: str) -> None:
    assert soft_breaks(text) == []


def test_a_small_letter_continues_the_line_in_any_text() -> None:
    text = "Le Premier ministre a précisé\nle calendrier samedi.\nUne autre phrase."
    assert unwrap(text) == text.replace("précisé\nle", "précisé le")


def test_wrapped_dispatch_gives_the_facts_of_running_text(extractor: Extractor) -> None:
    ref = date(1995, 3, 14)
    wrapped = extractor.extract(WRAPPED, reference_date=ref)
    assert {p.name for p in wrapped.people} == {
        "Georges Clemenceau",
        "Stéphane Pichot",
        "Ferdinand Lacaze",
        "Raymond Poincaré",
    }
    assert {d.value for d in wrapped.dates} >= {"1995-03-13", "1995-03-12", "PT3H"}
    (money,) = wrapped.money
    assert (money.amount, money.currency) == (Decimal(2_500_000), "FRF")
    # offsets index the caller's text, line breaks included
    person = next(p for p in wrapped.to_dict()["people"] if p["name"] == "Georges Clemenceau")
    (start, end), *_ = person["spans"]
    assert WRAPPED[start:end] == "M. Georges\nClemenceau"


def test_timeml_of_wrapped_text_gives_the_text_back(extractor: Extractor) -> None:
    import re

    article = extractor.extract(WRAPPED, reference_date=date(1995, 3, 14))
    body = to_timeml(WRAPPED, article)
    inner = body.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    plain = re.sub(r"</?TIMEX3[^>]*>", "", inner)
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert plain == WRAPPED


def test_dev_articles_wrapped_at_70_columns_give_the_same_facts(
    extractor: Extractor, shared_dir: Path
) -> None:
    lost = gained = 0
    for gold in sorted((shared_dir / "corpus" / "dev").glob("*.gold.json"))[:12]:
        text = gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text("utf-8")
        when = json.loads(gold.read_text("utf-8")).get("reference_date")
        ref = date.fromisoformat(when) if when else None
        wrapped = "\n".join(textwrap.fill(line, 70) if line else line for line in text.split("\n"))
        plain = facts(extractor.extract(text, reference_date=ref))
        again = facts(extractor.extract(wrapped, reference_date=ref))
        lost += len(plain - again)
        gained += len(again - plain)
    assert (lost, gained) == (0, 0)


# Words cut by a hyphen at a line's end, as the older press prints them (written for c5facts).
CUT = """\
Hier, à la Chambre, M. Clemen-
ceau a répondu aux attaques de la droite,
puis M. Jau-
rès a rappelé la séance du 12 sep-
tembre 1905. Le porte-
avions était à quai, et le gouverne-
ment a voté un crédit de 35 mil-
liards de francs.
"""


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("M. Clemen-\nceau a dit", "M. Clemenceau a dit  "),  # a name: no word either way
        ("le gouverne-\nment a dit", "le gouvernement a dit  "),  # the join is a word
        ("le porte-\navions Foch", "le porte-avions Foch "),  # two words, no join: kept
        # a capital after the cut: a compound name, its hyphen kept and its break gone
        ("M. Jean-\nPierre Dupont", "M. Jean-Pierre Dupont "),
        ("à Saint-\nDenis. Puis", "à Saint-Denis.  Puis"),
        ("la fin -\nle début", "la fin -\nle début"),  # a spaced dash
        # the spaces left go after the sentence's end on the line, never after an abbreviation
        ("le prési-\ndent Motta a dit. Puis", "le président Motta a dit.   Puis"),
        ("le con-\nseiller M. Perret; hier", "le conseiller M. Perret;   hier"),
        # a cut joined with a space on one line: read whole, unless a function word follows
        ("M. Poin- caré a dit. Puis", "M. Poincaré a dit.   Puis"),
        ("pré- et post-opératoire", "pré- et post-opératoire"),
        ("Cotti- le plus francophile", "Cotti- le plus francophile"),
    ],
)
def test_words_cut_at_a_wrap_are_read_whole(text: str, read: str) -> None:
    got, _ = unwrap_words(text)
    assert got == read
    assert len(got) == len(text)


# A title and the name words cut before its holder (written for c5facts).
TITLES = """\
Hier soir, le prési-
dent Motta a reçu le con-
seiller fédéral Schulthess. M. Geor-
ges Python a parlé ensuite.
"""


def test_a_title_cut_at_a_wrap_still_names_its_holder(extractor: Extractor) -> None:
    article = extractor.extract(TITLES, reference_date=date(1925, 6, 1))
    people = {p.name: (p.roles, [TITLES[s:e] for s, e in p.spans]) for p in article.people}
    assert people == {
        "Motta": (("président",), ["Motta"]),
        "Schulthess": (("conseiller fédéral",), ["Schulthess"]),
        "Georges Python": ((), ["M. Geor-\nges Python"]),
    }


def test_a_compound_name_cut_at_a_wrap_is_one_name(extractor: Extractor) -> None:
    text = "Hier, M. Waldeck-\nRousseau a reçu les délégués."
    article = extractor.extract(text, reference_date=date(1902, 6, 1))
    assert [(p.name, [text[s:e] for s, e in p.spans]) for p in article.people] == [
        ("Waldeck-Rousseau", ["M. Waldeck-\nRousseau"])
    ]


def test_a_cut_joined_with_a_space_is_one_name(extractor: Extractor) -> None:
    text = "Hier, M. Poin- caré a répondu aux députés de la gauche."
    article = extractor.extract(text, reference_date=date(1925, 6, 1))
    assert [(p.name, [text[s:e] for s, e in p.spans]) for p in article.people] == [
        ("Poincaré", ["M. Poin- caré"])
    ]


def test_words_cut_at_a_wrap_keep_the_callers_offsets(extractor: Extractor) -> None:
    article = extractor.extract(CUT, reference_date=date(1905, 10, 2))
    people = {p.name: [CUT[s:e] for s, e in p.spans] for p in article.people}
    assert people == {"Clemenceau": ["M. Clemen-\nceau"], "Jaurès": ["M. Jau-\nrès"]}
    assert [(d.value, CUT[d.start : d.end]) for d in article.dates] == [
        ("1905-10-01", "Hier"),
        ("1905-09-12", "12 sep-\ntembre 1905"),
    ]
    [money] = article.money
    assert (money.amount, CUT[money.start : money.end]) == (
        Decimal(35_000_000_000),
        "35 mil-\nliards de francs",
    )


def test_timeml_of_cut_words_gives_the_text_back(extractor: Extractor) -> None:
    import re

    body = to_timeml(CUT, extractor.extract(CUT, reference_date=date(1905, 10, 2)))
    inner = body.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    assert 'value="1905-09-12">12 sep-\ntembre 1905</TIMEX3>' in inner
    assert re.sub(r"</?TIMEX3[^>]*>", "", inner) == CUT
