"""Word class (UPOS) and verb morphology of French tokens, from lexicons and context rules.

A cheap stand-in for a statistical tagger, for the few readings c5facts's rules need:
VERB/AUX with VerbForm, Tense and Mood (the tense of a date's clause), NOUN with Number,
ADJ, PROPN, NUM and the closed classes. The lexicon (models/lexicon/word_classes.tsv.gz,
generated from Lefff via spaCy's lookups, verbecc and wordfreq) gives each form its
possible classes and verb analyses; closed classes come from
models/lexicon/closed_classes.tsv. Context picks among them, left to right: a determiner
makes a noun (or an adjective before a noun), a subject or reflexive pronoun makes a verb,
an auxiliary makes a participle. Unknown words are guessed from their endings.

>>> [p for p, _ in tag(["Elle", "a", "signé", "la", "marche", "."])]
['PRON', 'AUX', 'VERB', 'DET', 'NOUN', 'PUNCT']
>>> tag(["Il", "signera"])[1]
('VERB', 'Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from c5facts import resources
from c5facts.normalise.people import first_names

CLASS_ORDER = ("NOUN", "ADJ", "VERB", "AUX", "ADV")
# Verb analysis code letter -> UD features (the code adds person+number or gender+number).
VERB_CODES = {
    "P": "Mood=Ind|Tense=Pres|VerbForm=Fin",
    "I": "Mood=Ind|Tense=Imp|VerbForm=Fin",
    "F": "Mood=Ind|Tense=Fut|VerbForm=Fin",
    "S": "Mood=Ind|Tense=Past|VerbForm=Fin",
    "C": "Mood=Cnd|Tense=Pres|VerbForm=Fin",
    "J": "Mood=Sub|Tense=Pres|VerbForm=Fin",
    "K": "Mood=Sub|Tense=Imp|VerbForm=Fin",
    "M": "Mood=Imp|Tense=Pres|VerbForm=Fin",
    "G": "Tense=Pres|VerbForm=Part",
    "D": "Tense=Past|VerbForm=Part",
    "N": "VerbForm=Inf",
}
SUBJECTS = frozenset(["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui"])
# Clitics and negation between a subject and its verb: "il ne la signe pas", "se réunira".
CLITICS = frozenset(["ne", "n'", "se", "s'", "me", "m'", "te", "t'", "lui", "y"])
# Words that may stand between an auxiliary and its participle: "a déjà signé", "n'a pas été".
AUX_GLUE = frozenset(
    [
        "pas",
        "plus",
        "jamais",
        "déjà",
        "encore",
        "toujours",
        "bien",
        "aussi",
        "-t",
        "-t-il",
        "-t-elle",
        "-t-on",
        "-il",
        "-elle",
        "-on",
        "-ils",
        "-elles",
    ]
)
# Tokens after which a capitalised word may be a common word: sentence, line or quote openings.
OPENERS = frozenset(
    [".", "!", "?", "…", ":", ";", "«", "»", '"', "“", "”", "—", "–", "-", "(", "[", "•", "*"]
)
PLURAL_DETERMINERS = frozenset(
    [
        "les",
        "des",
        "ces",
        "mes",
        "tes",
        "ses",
        "nos",
        "vos",
        "leurs",
        "aux",
        "plusieurs",
        "quelques",
    ]
)
UNIT_SYMBOLS = frozenset(["%", "‰", "°"])
# Preposition + article in one word: the next word reads as after a determiner.
CONTRACTIONS = frozenset(["du", "au", "aux", "des"])
# Degree adverbs: the next word is an adjective when it can be one ("très dégradés").
INTENSIFIERS = frozenset(["très", "plus", "moins", "si", "aussi", "trop", "assez", "peu", "fort"])
ORDINAL = re.compile(r"^\w+ième$")
# Closed classes that keep their reading when capitalised inside a sentence ("Le Monde").
NAME_GLUE = frozenset(["DET", "ADP", "PRON", "CCONJ", "SCONJ"])
DET_PRON = frozenset(["le", "la", "les", "l'", "leur"])
NUMBER_WORD = re.compile(r"^\d")
# Endings of forms missing from the lexicon (rare verbs, new words), and their classes.
GUESSES: tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...] = (
    (re.compile(r"\w{3,}ment$"), ("ADV",), ""),
    (re.compile(r"\w{2,}(?:er|ir|dr|rr)(?:ai|as|a|ons|ez|ont)$"), ("VERB",), "F3s"),
    (re.compile(r"\w{2,}(?:er|ir|dr|rr)(?:ait|aient)$"), ("VERB",), "C3s"),
    (re.compile(r"\w{2,}(?:ait|aient)$"), ("VERB",), "I3s"),
    (re.compile(r"\w{2,}(?:é|ée|és|ées)$"), ("VERB",), "Dms"),
    (
        re.compile(
            r"\w{3,}(?:ique|iques|ien|ienne|iens|iennes|aise|aises|al|ale|aux|ales|el|elle|els|elles|eux|euse|euses|if|ive|ifs|ives|aire|aires|ois|oise|oises)$"
        ),
        ("ADJ",),
        "",
    ),
    # a follower's word is a noun or an adjective, as context says: "les jihadistes ont
    # attaqué", "le chef jihadiste X"
    (re.compile(r"\w{3,}istes?$"), ("NOUN", "ADJ"), ""),
)


@dataclass(frozen=True, slots=True)
class Entry:
    """The readings of one form: its classes, noun number and verb analyses (best first)."""

    classes: tuple[str, ...]
    number: str = ""
    verb: tuple[str, ...] = ()


class Lexicon:
    """Form -> `Entry`, parsed on first use of each form (the table holds ~200 000 forms)."""

    def __init__(self, rows: dict[str, str], closed: dict[str, str]) -> None:
        """Keep the raw rows ("classes\tnumber\tverb") and the closed-class readings."""
        self._rows = rows
        # "ADJ-PRE": an adjective that usually stands before its noun ("un important X")
        self.prenominal = frozenset(form for form, pos in closed.items() if pos == "ADJ-PRE")
        self._entries: dict[str, Entry | None] = {
            form: Entry(("ADJ", "NOUN") if pos == "ADJ-PRE" else (pos,))
            for form, pos in closed.items()
        }

    def get(self, form: str) -> Entry | None:
        """The readings of a lower-case form (None when it is not listed with a class)."""
        entry = self.listed(form)
        return entry if entry is not None and entry.classes else None

    def listed(self, form: str) -> Entry | None:
        """The row of a lower-case form, also one with only "je"/"tu" readings ("peux")."""
        try:
            return self._entries[form]
        except KeyError:
            pass
        raw = self._rows.get(form)
        entry = None
        if raw is not None:
            classes, number, verb = raw.split("\t")
            entry = Entry(tuple(classes.split()), number, tuple(verb.split(",")) if verb else ())
        self._entries[form] = entry
        return entry


@cache
def lexicon() -> Lexicon:
    """The word-class lexicon, loaded once (models/lexicon/)."""
    rows = {
        form: rest for form, _, rest in resources.read_tsv_gz_raw("lexicon", "word_classes.tsv.gz")
    }
    closed = {
        row["form"]: row["pos"] for row in resources.read_tsv("lexicon", "closed_classes.tsv")
    }
    return Lexicon(rows, closed)


@cache  # a pure function of a handful of codes, asked for every verb
def verb_morph(code: str) -> str:
    """UD features of a verb analysis code ("F3s" -> future indicative, 3rd singular).

    >>> verb_morph("Dfp")
    'Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part'
    >>> verb_morph("C3p")
    'Mood=Cnd|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin'
    """
    feats = dict(f.split("=") for f in VERB_CODES[code[0]].split("|"))
    rest = code[1:]
    if code[0] == "D" and len(rest) == 2:
        feats["Gender"] = "Masc" if rest[0] == "m" else "Fem"
        feats["Number"] = "Sing" if rest[1] == "s" else "Plur"
    elif len(rest) == 2:
        feats["Person"] = rest[0]
        feats["Number"] = "Sing" if rest[1] == "s" else "Plur"
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items()))


def fold(text: str) -> str:
    """Lower case with typographic apostrophes made straight."""
    return text.lower().replace("’", "'")


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked once per token
def _shape(text: str) -> str | None:
    """SPACE, PUNCT, SYM or NUM from the characters alone (None for words)."""
    if text.isspace():
        return "SPACE"
    if NUMBER_WORD.match(text):
        return "NUM"
    if text in UNIT_SYMBOLS or all(unicodedata.category(c) == "Sc" for c in text):
        return "NOUN"  # "15 %", "21 millions $": the symbol reads as its unit's noun
    cats = {unicodedata.category(c)[0] for c in text}
    if cats <= {"P"}:
        return "PUNCT"
    if cats <= {"S", "P"}:
        return "SYM"
    return None


def _acronym(word: str) -> bool:
    """Two capitals or more and no lower case: "ONU", "BCE" (not "L'", "À")."""
    return word.isupper() and sum(c.isupper() for c in word) > 1


def _lookup(low: str) -> Entry | None:
    entry = lexicon().get(low)
    if entry is not None:
        return entry
    for pattern, classes, code in GUESSES:
        if pattern.match(low):
            return Entry(classes, "", (code,) if code else ())
    return None


def _common_compound(word: str, low: str) -> Entry | None:
    """The entry of a hyphenated compound ending in a common word ("semi-conducteurs").

    Its last part's entry, unless a part is a given name ("Jean-Pierre", "Saint-Étienne",
    "Marie-France" stay names); the parts before may be prefixes ("semi", "néo").
    """
    parts = low.split("-")
    if len(parts) < 2 or not all(parts):
        return None
    if any(part.capitalize() in first_names() for part in word.split("-")):
        return None
    entry = lexicon().get(parts[-1])
    if entry is None or "VERB" in entry.classes or entry.classes[0] not in ("NOUN", "ADJ"):
        return None  # "Royaume-Uni": a participle's compound is a name more often
    return entry


def _noun_number(low: str, entry: Entry, prev_low: str) -> str:
    """Number of a noun: the lexicon's, else (both, or unknown) from a plural determiner."""
    if entry.number:
        return "Number=Plur" if entry.number == "p" else "Number=Sing"
    if "NOUN" in entry.classes or not low.endswith(("s", "x")):
        return "Number=Plur" if prev_low in PLURAL_DETERMINERS else "Number=Sing"
    return "Number=Plur"


def _is_adverb(low: str) -> bool:
    entry = lexicon().get(low)
    return low in AUX_GLUE or (entry is not None and entry.classes == ("ADV",))


def _participle_follows(lows: Sequence[str], i: int) -> bool:
    """Whether a past participle follows position `i`, over negation and adverbs."""
    for j in range(i + 1, min(len(lows), i + 4)):
        entry = lexicon().get(lows[j])
        if entry is not None and any(c[0] == "D" for c in entry.verb):
            return True
        if not _is_adverb(lows[j]):
            return False
    return False


def _after_determiner(prev: str, prev_low: str, before: str) -> bool:
    """Whether the word follows a determiner, maybe over an adjective ("la nouvelle ...")."""
    quantified = prev == "NUM" or prev_low in CONTRACTIONS  # "deux parties", "des terres"
    return prev == "DET" or quantified or (prev == "ADJ" and before == "DET")


def _choose(
    lows: Sequence[str], i: int, entry: Entry, prev: str, prev_low: str, before: str
) -> str:
    """The class of word `i` among its lexicon readings, from its neighbours."""
    classes = entry.classes
    verbal = "VERB" in classes or "AUX" in classes
    if "AUX" in classes and not _after_determiner(prev, prev_low, before):
        return "AUX" if _participle_follows(lows, i) else "VERB"
    if classes == ("VERB",) and prev_low not in SUBJECTS | CLITICS:
        finite = prev == "NUM" and any(c[0] in "PIFCS" for c in entry.verb)
        if _after_determiner(prev, prev_low, before) and not finite:
            # "la ligne", "les points": a determiner heads a noun phrase; a number before
            # a finite form ends a subject ("la Coupe 2026 débutera", "les 300 partiront")
            return "NOUN"
        if prev == "ADP" and not any(c[0] in "NG" for c in entry.verb):
            return "NOUN"  # "en ligne": a preposition takes a noun or an infinitive
    if len(classes) == 1:
        return classes[0]
    if _after_determiner(prev, prev_low, before):
        nxt = lexicon().get(lows[i + 1]) if i + 1 < len(lows) else None
        if "ADJ" in classes and nxt is not None and "NOUN" in nxt.classes:
            # "la nouvelle loi", "un important fabricant", "le deuxième trimestre"
            prenominal = lows[i] in lexicon().prenominal or ORDINAL.match(lows[i])
            if prenominal or "ADJ" not in nxt.classes:
                return "ADJ"
        if "NOUN" in classes:
            return "NOUN"
        participle = any(c[0] == "D" for c in entry.verb)
        if (
            "ADJ" in classes
            and participle
            and prev != "ADJ"
            and lows[i] not in lexicon().prenominal
        ):
            # A participle right after a determiner heads its noun phrase: "son allié
            # libéral", "les blessés graves", "les élus locaux" (few participles precede
            # their noun, unlike "le célèbre acteur").
            return "NOUN"
        return "ADJ" if "ADJ" in classes else classes[0]
    if "ADJ" in classes and prev_low in INTENSIFIERS:
        return "ADJ"  # "très dégradés", "le plus brûlant"
    if "ADV" in classes and lows[i].endswith("ment"):
        return "ADV"  # "également", "notamment"
    graded = prev == "ADJ" and i > 1 and lows[i - 2] in INTENSIFIERS
    if graded and "ADJ" in classes and any(c[0] == "D" for c in entry.verb[:1]):
        return "ADJ"  # a participle continuing a graded adjective: "le plus attendu discuté"
    if verbal and (prev_low in SUBJECTS or prev_low in CLITICS or prev == "AUX"):
        return "VERB"
    if verbal and any(c[0] in "DGN" for c in entry.verb[:1]):
        return "VERB"  # a participle or an infinitive: "la loi adoptée en mai", "pour signer"
    if prev in ("NOUN", "PROPN", "ADJ") and "ADJ" in classes:
        return "ADJ"
    if (
        prev in ("NOUN", "PROPN", "PRON")
        and verbal
        and any(c[0] in "PIFCS" and c[1:2] == "3" for c in entry.verb)
    ):
        return "VERB"  # "Macron signe", "la France compte"
    for pos in ("NOUN", "ADJ", "VERB", "ADV"):
        if pos in classes:
            return pos
    return classes[0]


def _morph(pos: str, low: str, entry: Entry, lows: Sequence[str], i: int, prev: str) -> str:
    if pos == "NOUN":
        return _noun_number(low, entry, lows[i - 1] if i else "")
    if pos not in ("VERB", "AUX") or not entry.verb:
        return ""
    codes = entry.verb
    if prev == "AUX" or (i > 0 and lows[i - 1] in AUX_GLUE and i > 1):
        parts = [c for c in codes if c[0] == "D"]
        if parts:
            return verb_morph(parts[0])
    if i > 0 and lows[i - 1] in ("nous", "vous"):
        person = "1p" if lows[i - 1] == "nous" else "2p"
        own = [c for c in codes if c[1:] == person]
        if own:
            return verb_morph(own[0])
    return verb_morph(codes[0])


# Object pronouns and negation between "je"/"tu" and the verb: "je ne le peux", "tu t'y
# attendais", "je vous le dis".
_PERSONAL_GLUE = CLITICS | frozenset(
    ["le", "la", "les", "l'", "leur", "en", "vous", "nous", "te", "t'", "me", "m'"]
)
_PERSONS = {"je": "1s", "j'": "1s", "tu": "2s"}


def _personal_code(lows: Sequence[str], i: int, entry: Entry) -> str | None:
    """The "je"/"tu" reading of word `i` when "je", "j'" or "tu" is its subject.

    The lexicon lists a form's first and second persons singular last ("peux", "dois",
    "fais" have no other): they are read only after their subject, clitics and "ne"
    between ("je ne peux pas", "je vous le dis").
    """
    k = i - 1
    while k >= 0 and lows[k] in _PERSONAL_GLUE and i - k <= 4:
        k -= 1
    person = _PERSONS.get(lows[k]) if k >= 0 else None
    if person is None:
        return None
    return next((c for c in entry.verb if c[1:] == person), None)


# What "à" opens ("A la fin", "A l'heure", "A partir de", "A cause de"), besides a number
# or a name ("A 18 heures", "A Paris").
_AFTER_A = frozenset(
    [
        "la", "l'", "l’", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
        "notre", "nos", "votre", "vos", "mon", "ma", "mes", "un", "une", "chaque", "tout",
        "toute", "partir", "compter", "peine", "cause", "propos", "travers", "nouveau",
        "moins", "plus", "quelques", "quel", "quelle", "midi", "minuit", "terme", "court",
        "long", "présent", "mi-", "savoir", "part", "côté", "condition", "défaut", "force",
    ]
)  # fmt: skip
_CLAUSE_LINKS = frozenset(["et", "mais", "ou", "car", "puis"])


def capital_preposition(words: Sequence[str], i: int, prev_low: str = "") -> bool:
    """Whether the word `i`, a capital "A", is the preposition "à" written without accent.

    French typography long left capitals unaccented ("A Paris", "A partir de lundi"), and
    wires and OCR still do. At a clause's opening, before an article, a number, a name
    or a word "à" opens ("partir", "cause"), it is the preposition; the verb stands after
    its subject ("IL A", "qui A") or before an inverted one ("A-t-il"), a letter after a
    word ("le plan A").

    >>> capital_preposition(["A", "la", "mi-mars"], 0)
    True
    >>> capital_preposition(["IL", "A", "DIT"], 1, "il")
    False
    """
    if words[i] != "A" or prev_low in SUBJECTS or prev_low in CLITICS:
        return False
    prev = words[i - 1] if i else ""
    if prev and prev[-1:].isalnum() and prev.lower() not in _CLAUSE_LINKS:
        return False  # "le plan A", "la catégorie A": a letter
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return nxt[:1].isdigit() or nxt[:1].isupper() or nxt.lower() in _AFTER_A


def tag(words: Sequence[str]) -> list[tuple[str, str]]:
    """(UPOS, morphology) of each word of a tokenised text, in order.

    >>> tag(["Les", "Échos", "déclarait"])[1:]
    [('PROPN', ''), ('VERB', 'Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin')]
    """
    lows = [fold(w) for w in words]
    out: list[tuple[str, str]] = []
    before, prev, prev_low = "", "", ""
    opening = True
    for i, word in enumerate(words):
        low = lows[i]
        shape = _shape(word)
        if shape is not None:
            out.append((shape, ""))
            if shape in ("PUNCT", "SPACE"):
                opening = opening or word in OPENERS or "\n" in word
            if shape != "SPACE":
                before, prev, prev_low = prev, shape, low
            continue
        if word == "A" and capital_preposition(words, i, prev_low):
            out.append(("ADP", ""))  # "A la mi-mars": "À" without its accent
            before, prev, prev_low, opening = prev, "ADP", "à", False
            continue
        row = lexicon().listed(low)
        personal = _personal_code(lows, i, row) if row is not None else None
        entry = row if row is not None and row.classes else None  # "peux": no class of its own
        if entry is None and opening:
            entry = _common_compound(word, low)  # "Semi-conducteurs : ..." opens a headline
        if word[:1].isupper() and (not opening or entry is None or _acronym(word)):
            # a name: capitalised inside a sentence, unknown, or an acronym ("ONU")
            closed = entry is not None and entry.classes[0] in NAME_GLUE and not _acronym(word)
            pos = entry.classes[0] if entry is not None and closed else "PROPN"
            out.append((pos, ""))
            before, prev, prev_low, opening = prev, pos, low, False
            continue
        entry = entry or _lookup(low)
        if personal is not None:
            pos, morph = "VERB", verb_morph(personal)  # "je peux", "tu dois", "je ne sais"
        elif entry is None:
            pos = "NOUN"
            morph = _noun_number(low, Entry(()), prev_low)
        else:
            pos = _choose(lows, i, entry, prev, prev_low, before)
            if pos == "DET" and low in DET_PRON and i + 1 < len(lows):
                nxt = lexicon().get(lows[i + 1])
                finite = nxt is not None and any(c[0] in "PIFCSJK" for c in nxt.verb)
                if finite and (prev_low in SUBJECTS or prev_low in CLITICS):
                    pos = "PRON"  # "il la signe", "ne les a"
            if low == "des" and prev not in ("NOUN", "PROPN", "ADJ"):
                pos = "DET"  # "selon des documents": an article; "la taxe des géants": de + les
            morph = _morph(pos, low, entry, lows, i, prev)
        out.append((pos, morph))
        before, prev, prev_low, opening = prev, pos, low, False
    return out
