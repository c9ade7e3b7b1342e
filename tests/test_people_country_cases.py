"""People and countries through the real pipeline: hard cases (own sentences), dev corpus."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from c5facts.evaluate import evaluate, fold_name
from c5facts.extract import Extractor

REF = date(2025, 11, 6)

# The countries cases of ../shared/cases/hard-cases.jsonl, rewritten as our own sentences;
# the id names the case and what it guards against.
# fmt: off
COUNTRY_CASES: list[tuple[str, str, set[str]]] = [
    ("070-demonyms", "La présidente lettone a reçu son homologue états-unien.", {"LV", "US"}),
    ("071-two-spellings", "Les délégations du Kirghizistan et du Kirghizstan ne font qu'une.",
     {"KG"}),
    ("072-capital-metonymy", "Pyongyang a tiré un missile, et Washington a réagi aussitôt.",
     {"KP", "US"}),
    ("073-cities-regions", "Elle a vécu à New York, puis en Amérique latine et en Asie centrale.",
     set()),
    ("074-elided-multiword", "Le cacao de Côte d'Ivoire part vers la Corée du Sud.", {"CI", "KR"}),
    ("075-long-names", "Les Émirats arabes unis ont rejoint l'Arabie saoudite.", {"AE", "SA"}),
    ("076-no-accents", "Les Etats-Unis ont soutenu l'Allemagne.", {"US", "DE"}),
    ("077-feminine-adjectives", "La Britannique Barclays et l'italienne UniCredit sont visées.",
     {"GB", "IT"}),
    ("078-plural-demonym", "Les Yéménites fuient les combats.", {"YE"}),
    ("079-etat-is-no-country", "Le secrétaire d'État américain a répondu à l'État.", {"US"}),
    # beyond the shared cases
    ("state-of-washington", "Le siège est à Seattle, dans l'État de Washington.", set()),
    ("names-inside-names", "Health Canada a cité les Panama Papers et la guerre du Vietnam.",
     set()),
    ("organisations", "Les Nations unies et l'UE ont condamné l'attaque.", set()),
    ("press-short-form", "Les USA et la Grande-Bretagne ont voté contre.", {"US", "GB"}),
    ("compound-adjective", "Le Franco-libano-brésilien a quitté le Japon.",
     {"FR", "LB", "BR", "JP"}),
    ("capital-inverted", "Les deux voisins s'accusent, affirme Séoul.", {"KR"}),
]

# The people cases, rewritten the same way.
PEOPLE_CASES: list[tuple[str, str, set[str]]] = [
    ("080-surname-joins", "Angela Merkel a reçu la presse. Merkel a ensuite répondu.",
     {"Angela Merkel"}),
    ("081-hyphenated-after-title", "Le président kazakh Kassym-Jomart Tokaïev a ouvert le forum.",
     {"Kassym-Jomart Tokaïev"}),
    ("082-organisations-next-to-people",
     "Le contrat a été signé par Aliya Nurlanova, directrice de Kaz Mining Group, et Tom Becker, "
     "PDG de Blue River Capital.", {"Aliya Nurlanova", "Tom Becker"}),
    ("083-headline-capitals", "LA CRISE N'EST PAS FINIE, prévient Christine Lagarde.",
     {"Christine Lagarde"}),
    ("084-honorific-joins", "Olaf Scholz a pris la parole. M. Scholz a ensuite quitté la salle.",
     {"Olaf Scholz"}),
    # beyond the shared cases
    ("initial-joins", "Jean-Luc Mélenchon a rencontré B. Obama, puis Barack Obama a souri.",
     {"Jean-Luc Mélenchon", "Barack Obama"}),
    ("coordination", "Les sœurs Anne et Claire Dubois ont fondé la société.",
     {"Anne Dubois", "Claire Dubois"}),
    ("capital-is-no-person", "Ryad a salué la décision de Mohammed ben Salmane.",
     {"Mohammed ben Salmane"}),
    ("particle-surname", "Le général de Gaulle a parlé. Charles de Gaulle est revenu.",
     {"Charles de Gaulle"}),
    ("mislabelled-name-after-title",
     "Le président du Tadjikistan, Emomali Rahmon, a signé. « Emomali Rahmon a salué l'accord ».",
     {"Emomali Rahmon"}),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "want"), [c[1:] for c in COUNTRY_CASES], ids=[c[0] for c in COUNTRY_CASES]
)
def test_country_cases(extractor: Extractor, text: str, want: set[str]) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert {c.code for c in article.countries} == want


@pytest.mark.parametrize(
    ("text", "want"), [c[1:] for c in PEOPLE_CASES], ids=[c[0] for c in PEOPLE_CASES]
)
def test_people_cases(extractor: Extractor, text: str, want: set[str]) -> None:
    article = extractor.extract(text, reference_date=REF)
    assert {p.name for p in article.people} == want


def test_people_records(extractor: Extractor) -> None:
    text = (
        "Le président ouzbek Chavkat Karimov a reçu Donald Wells, PDG de Nova Capital. "
        "M. Wells a promis d'investir. Karimov a salué un accord « historique »."
    )
    people = {p.name: p for p in extractor.extract(text, reference_date=REF).people}
    karimov, wells = people["Chavkat Karimov"], people["Donald Wells"]
    assert (karimov.mentions, karimov.aliases, karimov.roles, karimov.country) == (
        2,
        ("Chavkat Karimov", "Karimov"),
        ("président",),
        "UZ",
    )
    assert (wells.mentions, wells.aliases, wells.roles, wells.country) == (
        2,
        ("Donald Wells", "M. Wells"),
        ("PDG",),
        None,
    )


def test_country_records(extractor: Extractor) -> None:
    text = "L'Ouzbékistan discute avec Washington ; le ministre ouzbek a vu des Américains."
    countries = extractor.extract(text, reference_date=REF).countries
    assert [(c.code, c.code3, c.name, c.mentions) for c in countries] == [
        ("UZ", "UZB", "Ouzbékistan", 2),
        ("US", "USA", "États-Unis", 2),
    ]
    assert dict(countries[0].via) == {"Ouzbékistan": "name", "ouzbek": "demonym"}
    assert dict(countries[1].via) == {"Washington": "capital", "Américains": "demonym"}


def _shared_cases(shared_dir: Path, kind: str) -> list[dict[str, object]]:
    path = shared_dir / "cases" / "hard-cases.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [c for c in cases if c["kind"] == kind]


def test_shared_hard_cases(extractor: Extractor, shared_dir: Path) -> None:
    failed = []
    for kind in ("countries", "people"):
        for case in _shared_cases(shared_dir, kind):
            article = extractor.extract(str(case["text"]), reference_date=REF)
            if kind == "countries":
                got = {c.code for c in article.countries}
                want = set(case["expected"])  # type: ignore[call-overload]
            else:
                got = {fold_name(p.name) for p in article.people}
                want = {fold_name(n) for n in case["expected"]}  # type: ignore[attr-defined]
            if got != want:
                failed.append((case["id"], sorted(got), sorted(want)))
    assert failed == []


def test_dev_corpus_people_countries(extractor: Extractor, shared_dir: Path) -> None:
    report = evaluate(shared_dir / "corpus" / "dev", extractor)
    for kind, bar in (("people", 0.92), ("countries", 0.95)):
        score = report.scores[kind]
        print(f"{kind} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
        assert score.f1 >= bar, (score.missed, score.spurious)
        assert score.precision >= 0.90
        assert score.recall >= 0.90
