"""Country normalisation: gazetteer look-ups and grouping of mentions (no spaCy)."""

from __future__ import annotations

import pytest

from c5facts.normalise.countries import (
    CountryMention,
    country_names,
    former_states,
    gazetteer,
    group_countries,
    lookup,
)
from c5facts.normalise.text import fold

# fmt: off
LOOKUPS = [
    # names, with and without accents, hyphens, spellings
    ("etats-unis-accent", "États-Unis", "name", "US"),
    ("etats-unis-plain", "Etats-Unis", "name", "US"),
    ("usa", "USA", "name", "US"),
    ("kirghizstan", "Kirghizstan", "name", "KG"),
    ("kirghizistan", "Kirghizistan", "name", "KG"),
    ("coree-du-sud", "Corée du Sud", "name", "KR"),
    ("cote-ivoire-typographic", "Côte d’Ivoire", "name", "CI"),
    ("emirats", "Émirats arabes unis", "name", "AE"),
    ("royaume-uni", "Royaume-Uni", "name", "GB"),
    ("hong-kong", "Hong Kong", "name", "HK"),
    ("iso-reordered", "République de Corée", "name", "KR"),
    # demonyms in four forms, either case
    ("ouzbek", "ouzbek", "demonym", "UZ"),
    ("ouzbeke", "ouzbèke", "demonym", "UZ"),
    ("ouzbeks", "Ouzbeks", "demonym", "UZ"),
    ("ouzbekes", "ouzbèkes", "demonym", "UZ"),
    ("etats-unienne", "états-unienne", "demonym", "US"),
    ("americains", "Américains", "demonym", "US"),
    ("britannique", "britannique", "demonym", "GB"),
    ("yemenites", "Yéménites", "demonym", "YE"),
    ("grecque", "grecque", "demonym", "GR"),
    # capitals and prefixes
    ("ryad", "Ryad", "capital", "SA"),
    ("pyongyang", "Pyongyang", "capital", "KP"),
    ("sino", "sino", "prefix", "CN"),
    # not countries
    ("etat", "État", "name", None),
    ("europe", "Europe", "name", None),
    ("asie-centrale", "Asie centrale", "name", None),
    ("nations-unies", "Nations unies", "name", None),
    ("ue", "UE", "name", None),
    ("californie", "Californie", "name", None),
    ("new-york", "New York", "capital", None),
    ("arabe", "arabe", "demonym", None),
]
# fmt: on


@pytest.mark.parametrize(
    ("form", "via", "want"), [c[1:] for c in LOOKUPS], ids=[c[0] for c in LOOKUPS]
)
def test_lookup(form: str, via: str, want: str | None) -> None:
    assert lookup(form, via) == want


def test_fold() -> None:
    assert fold("Côte d’Ivoire") == fold("cote d'ivoire") == "cote d'ivoire"


def test_every_iso_code_has_a_name() -> None:
    import pycountry

    codes = {e.code for e in gazetteer() if e.via == "name"}
    assert codes - former_states().keys() == {c.alpha_2 for c in pycountry.countries}


def test_former_states_have_iso3166_3_codes() -> None:
    import pycountry

    for code, successor in former_states().items():
        assert any(h.alpha_2 == code for h in pycountry.historic_countries)
        assert successor is None or pycountry.countries.get(alpha_2=successor) is not None
    assert former_states()["SU"] == "RU"
    assert former_states()["DD"] == "DE"
    assert former_states()["CS"] is None


@pytest.mark.parametrize(
    ("code", "want"),
    [("US", ("USA", "États-Unis")), ("HK", ("HKG", "Hong Kong")), ("CI", ("CIV", "Côte d'Ivoire"))],
    ids=["us", "hk-label", "ci-plain-apostrophe"],
)
def test_country_names(code: str, want: tuple[str, str]) -> None:
    assert country_names()[code] == want


def test_group_countries() -> None:
    mentions = [
        CountryMention(text="ouzbek", start=40, end=46, code="UZ", via="demonym"),
        CountryMention(text="Washington", start=0, end=10, code="US", via="capital"),
        CountryMention(text="Ouzbékistan", start=60, end=71, code="UZ"),
        CountryMention(text="américains", start=80, end=90, code="US", via="demonym"),
        CountryMention(text="ouzbek", start=100, end=106, code="UZ", via="demonym"),
    ]
    records = group_countries(mentions)
    assert [r.code for r in records] == ["US", "UZ"]
    us, uz = records
    assert (us.code3, us.name, us.mentions) == ("USA", "États-Unis", 2)
    assert us.via == (("Washington", "capital"), ("américains", "demonym"))
    assert uz.forms == ("ouzbek", "Ouzbékistan")
    assert uz.mentions == 3
    assert uz.spans == ((40, 46), (60, 71), (100, 106))


def test_group_countries_empty() -> None:
    assert group_countries([]) == []
