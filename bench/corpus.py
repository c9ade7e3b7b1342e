"""The benchmark's articles: news of real length and fact density, from samples/*.txt.

The project's own samples are short wire briefs (120-250 words) about three times as dense in
facts as real news. Each benchmark article (500-1 000 words) is rebuilt from them with a
fixed seed:

- a lead: one sample's title and first paragraph (the dateline, so the reference date is
  found in the text as it is in real articles);
- a body: paragraphs of that sample and of as many others as the drawn length needs (most
  of the samples: they hold 1 600 words in all), shuffled, up to that length;
- fewer facts: in the body, each money amount, date and person of the samples' gold files,
  and each country named there (its forms in the project's gazetteer) is kept with a fixed
  probability (KEEP), else replaced by a neutral phrase ("une somme importante",
  "récemment", "le responsable", "ce pays", "la capitale", "étranger"), so that the density
  comes close to that of real news (REAL_NEWS_FACTS_PER_1000_WORDS);
- other numbers, years, months and names, as the older benchmark did, so that no two
  articles are the same text.

Article i depends only on SEED, i and the samples: a corpus of 40 is the first 40 articles
of one of 400.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT / "bench" / "corpus"
SEED = 14

# Facts (people + countries + money + dates records, as `c5facts extract` gives them) per
# 1 000 words of real French news: c5facts 0.1.0 on the 30 articles of the shared dev corpus
# (22 218 words; 5.3 people, 5.4 countries, 6.4 money, 19.1 dates), measured 2026-12-01.
# Only this figure is taken from there; no text of it is used.
REAL_NEWS_FACTS_PER_1000_WORDS = 36.2

# Probability that one gold fact of a sample stays a fact in a body paragraph.
KEEP = {"money": 0.25, "dates": 0.45, "people": 0.15, "countries": 0.05}
NEUTRAL = {
    "money": ("une somme importante", "des fonds supplémentaires", "un montant non précisé"),
    "dates": ("récemment", "ces derniers temps", "dans la période"),
    "people": ("le responsable", "la porte-parole", "un haut fonctionnaire", "le directeur"),
}
FIRST = ["Claire", "Karim", "Sofia", "Jean-Marc", "Aminata", "Luc", "Inès", "Tomasz", "Nadia"]
LAST = ["Lefebvre", "Benali", "Moreau", "Kowalski", "Diallo", "Rousseau", "Haddad", "Nguyen"]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
WORDS = (500, 1000)


@dataclass(frozen=True)
class Sample:
    """One sample split for recombination, with its gold facts (texts and names)."""

    name: str
    title: str
    lead: str
    body: tuple[str, ...]
    money: tuple[str, ...]
    dates: tuple[str, ...]
    people: tuple[str, ...]
    countries: tuple[str, ...]  # country codes named in the body


GAZETTEER = ROOT / "models" / "gazetteers" / "countries.tsv"
# How a neutral phrase replaces a country form and the word before it.
BEFORE = {
    "": "{}",
    "la ": "{}",
    "le ": "{}",
    "l'": "{}",
    "du ": "de {}",
    "de la ": "de {}",
    "de l'": "de {}",
    "au ": "dans {}",
    "en ": "dans {}",
    "à ": "dans {}",
    "les ": "ces pays",
    "des ": "de ces pays",
    "aux ": "dans ces pays",
}


def country_forms() -> dict[str, tuple[str, str]]:
    """Form -> (country code, how it names it) from the project's gazetteer."""
    forms: dict[str, tuple[str, str]] = {}
    with contextlib.suppress(OSError):
        for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 5 or cols[0] == "code":
                continue
            if cols[4] in ("name", "demonym", "capital"):
                forms.setdefault(cols[3], (cols[0], cols[4]))
    return forms


_FORMS: dict[str, tuple[str, str]] = {}
_FORM_RE: list[re.Pattern[str]] = []


def _form_re() -> re.Pattern[str]:
    if not _FORM_RE:
        _FORMS.update(country_forms())
        alts = "|".join(re.escape(f) for f in sorted(_FORMS, key=len, reverse=True))
        before = "|".join(re.escape(b) for b in BEFORE if b)
        _FORM_RE.append(re.compile(rf"(?<!\w)((?i:{before})?)({alts})(?!\w)"))
    return _FORM_RE[0]


def _neutral_country(m: re.Match[str]) -> str:
    before, form = m.group(1), m.group(2)
    via = _FORMS[form][1]
    if via == "demonym":
        word = "étrangère" if form.rstrip("s").endswith("e") else "étranger"
        word += "s" if form.endswith("s") else ""
        return before + (word.capitalize() if form[0].isupper() else word)
    noun = "la capitale" if via == "capital" else "ce pays"
    out = BEFORE.get(before.lower(), "{}").format(noun)
    return out.capitalize() if before[:1].isupper() else out


def load_samples() -> list[Sample]:
    """samples/*.txt, each split into title, lead paragraph and body paragraphs."""
    out = []
    form_re = _form_re()
    for txt in sorted(SAMPLES.glob("*.txt")):
        lines = [line.strip() for line in txt.read_text(encoding="utf-8").splitlines()]
        paras = [line for line in lines if line]
        gold: dict[str, list[dict[str, str]]] = {}
        # No usable gold file (absent, being edited): its facts all stay.
        with contextlib.suppress(OSError, ValueError):
            gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
        out.append(
            Sample(
                name=txt.stem,
                title=paras[0],
                lead=paras[1] if len(paras) > 1 else "",
                body=tuple(paras[2:]),
                money=tuple(m["text"] for m in gold.get("money", ()) if "text" in m),
                dates=tuple(d["text"] for d in gold.get("dates", ()) if "text" in d),
                people=tuple(p["name"] for p in gold.get("people", ()) if "name" in p),
                countries=tuple(
                    sorted({_FORMS[m.group(2)][0] for p in paras[2:] for m in form_re.finditer(p)})
                ),
            )
        )
    return out


def _thin(para: str, sample: Sample, drop: dict[str, set[str]], rng: random.Random) -> str:
    """`para` with the dropped facts replaced by neutral phrases (longest texts first)."""
    for kind in ("money", "dates"):
        for text in sorted(drop[kind], key=len, reverse=True):
            if text in para:
                para = para.replace(text, rng.choice(NEUTRAL[kind]))
    if drop["countries"]:
        para = _form_re().sub(
            lambda m: (
                _neutral_country(m) if _FORMS[m.group(2)][0] in drop["countries"] else m.group()
            ),
            para,
        )
    for name in drop["people"]:
        role = rng.choice(NEUTRAL["people"])
        para = para.replace(name, role)
        last = name.split()[-1]
        para = re.sub(rf"\b(M\.|Mme) {re.escape(last)}\b", role, para)
        para = re.sub(rf"\b{re.escape(last)}\b", role, para)
    # Keep the French readable where a phrase took a fact's place: elision, capital.
    para = re.sub(r"\b([dD])e (une?)\b", r"\1'\2", para)
    para = re.sub(r"\b([dD])e des\b", r"\1e", para)
    para = re.sub(r"\b([qQ]u|[dDlLjJnNsS])'(?=[bcdfgjklmnpqrstvwxz])", r"\1e ", para)
    return para[:1].upper() + para[1:]


def _vary(text: str, names: dict[str, tuple[str, str]], rng: random.Random) -> str:
    """Other names (one new name per person in an article), days, years, months, numbers."""
    for name, (first, last) in names.items():
        text = text.replace(name, f"{first} {last}")
        text = re.sub(rf"\b{re.escape(name.split()[-1])}\b", last, text)
    months = MONTHS.replace(" ", "|")
    # A day of the month stays a day (1-28), whatever month it is given.
    text = re.sub(
        rf"\b\d{{1,2}}(er)? ({months})\b",
        lambda m: f"{rng.randint(1, 28)} {rng.choice(MONTHS.split())}",
        text,
    )
    text = re.sub(r"\b(19|20)\d\d\b", lambda m: str(rng.randint(2015, 2027)), text)
    text = re.sub(rf"\b({months})\b", lambda m: rng.choice(MONTHS.split()), text)

    # Other numbers: same number of digits, so the amounts keep their shape.
    def number(m: re.Match[str]) -> str:
        digits = len(m.group())
        return str(rng.randint(10 ** (digits - 1) if digits > 1 else 1, 10**digits - 1))

    return re.sub(rf"(?<![\d,h:])\d{{1,3}}(?![\d]|[h:]\d)(?!(?:er)? (?:{months})\b)", number, text)


def article(i: int, samples: list[Sample]) -> str:
    """Article number `i` of the benchmark corpus (depends only on SEED and i)."""
    rng = random.Random(f"{SEED}-{i}")
    target = rng.randint(*WORDS)
    main = samples[i % len(samples)]
    rest = [s for s in samples if s is not main]
    rng.shuffle(rest)
    paras: list[tuple[Sample, str]] = [(main, p) for p in main.body]
    others: list[Sample] = []
    # Whole samples are added until they hold the drawn length, with some slack.
    while rest and sum(len(p.split()) for _, p in paras) < 1.2 * target:
        others.append(rest.pop())
        paras += [(others[-1], p) for p in (others[-1].lead, *others[-1].body) if p]
    rng.shuffle(paras)
    drop = {
        s.name: {
            kind: {t for t in getattr(s, kind) if rng.random() >= keep}
            for kind, keep in KEEP.items()
        }
        for s in (main, *others)
    }
    names = {
        name: (rng.choice(FIRST), rng.choice(LAST)) for s in (main, *others) for name in s.people
    }
    body: list[str] = []
    words = len(main.title.split()) + len(main.lead.split())
    # Paragraphs are used again when the article needs more than the samples chosen hold.
    for sample, para in paras * 4:
        if words >= target:
            break
        body.append(_vary(_thin(para, sample, drop[sample.name], rng), names, rng))
        words += len(body[-1].split())
    lead = _vary(main.lead, names, rng)
    return "\n\n".join([main.title, lead, *body]) + "\n"


def build(n: int) -> Path:
    """bench/corpus/real-<n>-<digest>/ with n articles in folders of 500 (reused when present)."""
    # The folder name holds a digest of everything the articles come from: a change of
    # this module, the samples or the gazetteer builds the corpus again.
    digest = hashlib.sha1(Path(__file__).read_bytes())
    for path in [*sorted(SAMPLES.glob("*.txt")), *sorted(SAMPLES.glob("*.gold.json")), GAZETTEER]:
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    where = CORPUS / f"real-{n}-{digest.hexdigest()[:10]}"
    if where.is_dir() and sum(1 for _ in where.rglob("*.txt")) == n:
        return where
    # Corpora of an older generator go; those of other sizes from this one stay.
    for old in CORPUS.glob("real-*"):
        if not old.name.endswith(digest.hexdigest()[:10]) or old.name.startswith(f"real-{n}-"):
            shutil.rmtree(old, ignore_errors=True)
    samples = load_samples()
    for i in range(n):
        path = where / f"{i // 500:03d}" / f"a{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(i, samples), encoding="utf-8")
    return where


def files(corpus: Path) -> list[Path]:
    """The articles of a corpus folder, in order."""
    return sorted(corpus.rglob("*.txt"))


def texts(corpus: Path) -> list[str]:
    """The texts of a corpus folder, in order."""
    return [p.read_text(encoding="utf-8") for p in files(corpus)]
