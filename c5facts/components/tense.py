"""The tense of the clause around a span: "past", "future", "present" or None.

The tense is read from the nearest verb group of the clause (a colon, a semicolon, a
comma before "alors que", "tandis que", "mais", "car" or before a reporting incise ",
a indiqué X" ends it): the morphologizer's
Tense/Mood/VerbForm, the auxiliaries ("a été", "sera", "va", "doit"), future suffixes
the morphologizer often misses ("signera" is tagged a past participle), and an
infinitive after a verb of intention ("a prévu de revenir lundi") counts as future.
A future ending right after a reflexive pronoun ("se réunira", "te rendras") is a
future whatever the tagger reads (it tags some as a past or an infinitive); an
imperfect in "-rait" ("déclarait", "montrait") stays an imperfect: only an ending with
the future stem ("déclarerait", "mettrait") makes a conditional of it. A word after
"un"/"une" (a quotation mark between or not) is no verb, whatever the tagger reads: 'une
"prise de conscience"' is a noun.
A clause that points forward places its date forward (`c5facts.components.direction`).
The verbs of a relative clause between commas that does not hold the date come after the
others ("Jeudi, les suspects, qui nient les faits, ont été mis en examen": the past).
A date inside quotation marks takes the tense of the quoted words, never the reporting
verb's outside them. A date opened by "dès" or "à partir de" in a clause without a finite
verb (a headline: "vente restreinte dès mercredi") has no tense: the nearest occurrence;
nor has a day that completes a noun ("la présidentielle du 3 novembre", "les mesures
sanitaires du 1er septembre") or closes the subject before its verb ("une réouverture
des bars le 15 juin a pris de l'ampleur"): the event it names is as often coming as past.
The word lists (future auxiliaries, prospective participles, verbs of intention) are
classes of models/dates/vocabulary.tsv.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from c5facts import resources
from c5facts.components.direction import CALL, OBJECT_CLITICS, ForwardClauses, phrase_words
from c5facts.components.doc_text import VERBS_KEY, lowers_of, per_token, pos_of, words_of
from c5facts.components.quote_marks import PAIRS, STRAIGHT

# Future forms the morphologizer tags as participles or adjectives ("signera", "taxerons").
FUTURE_SUFFIX = re.compile(
    r"^\w{2,}(?:era|eront|erai|eras|erez|erons|ira|iront|irai|iras|irez|irons|"
    r"dra|dront|drai|dras|drez|drons|rra|rront|rrai|rras|rrez|rrons|raient|rait|ront)$"
)
# The endings of the simple future only (no conditional "-rait", which the imperfect of
# "montrer", "déclarer" shares): "réunira", "tiendront", "verrons".
STRICT_FUTURE = re.compile(
    r"^\w{2,}(?:era|eront|erai|eras|erez|erons|ira|iront|irai|iras|irez|irons|"
    r"dra|dront|drai|dras|drez|drons|rra|rront|rrai|rras|rrez|rrons)$"
)
# Conditional endings an imperfect never has: the future stem before "-ait" ("déclarerait",
# "finirait", "prendrait", "pourrait", "mettrait", "paraîtrait"); "montrait", "livrait",
# "durait" are imperfects, and a word the tagger reads as one keeps that reading.
CONDITIONAL = re.compile(r"^\w+(?:e|i|d|r|tt|ît)r(?:ait|aient)$")
CLAUSE_ENDS = frozenset([":", ";"])
# Words that open another clause after a comma (", alors que Neymar ne vaudrait plus ...",
# ", mais il viendra"): that clause's verb does not give the tense of a date before it.
# ", comme l'a repéré BFMTV", ", comme prévu": an incise of comparison or report.
CLAUSE_OPENERS = frozenset(["alors", "tandis", "mais", "car", "comme"])
SUBJECT_PRONOUNS = frozenset(["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"])
# Reflexive pronouns right before a pronominal verb: "se réunira", "nous verrons".
REFLEXIVE_PRONOUNS = frozenset(
    ["se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"]
)
# Words that may sit inside a verb group: "n'a pas été", "s'est", "a-t-il".
GROUP_GLUE = frozenset(
    [
        "ne",
        "n'",
        "pas",
        "plus",
        "jamais",
        "se",
        "s'",
        "y",
        "en",
        "-t-il",
        "-t-elle",
        "-t-on",
        "déjà",
        "encore",
    ]
)
# Quotation marks around a participle quoted alone, inside its verb group: 'a "regretté"'.
QUOTE_GLUE = frozenset(['"', "«", "»", "“", "”"])
# Adverbs between an auxiliary and its participle ("a formellement accepté", "a aussi
# signé"): besides these, any adverb in "-ment" ("finalement", "notamment").
GROUP_ADVERBS = frozenset(
    [
        "aussi", "ainsi", "enfin", "donc", "pourtant", "toutefois", "bien", "même", "alors",
        "toujours", "souvent", "vite", "tout", "d'ailleurs", "cependant", "néanmoins",
    ]
)  # fmt: skip
PAST_AUX = frozenset(
    [
        "a",
        "ont",
        "avait",
        "avaient",
        "ai",
        "as",
        "avons",
        "avez",
        "aviez",
        "avions",
        "eu",
        "eut",
        "eurent",
        "aurait",
        "auraient",
        "est",
        "sont",
        "était",
        "étaient",
        "fut",
        "furent",
        "suis",
        "es",
        "sommes",
        "êtes",
        "été",
    ]
)
# present forms of "être", the subjunctive's too ("à ce que 40 % des lits soient utilisés")
PRESENT_ETRE = frozenset(
    ["est", "sont", "suis", "es", "sommes", "êtes", "soit", "soient", "sois", "soyons", "soyez"]
)
# forms of "avoir" before a participle the tagger may read as an adjective ("l'a rejoint")
AVOIR = frozenset(["a", "ont", "ai", "as", "avons", "avez", "avait", "avaient"])
# the endings of past participles ("rejoint", "fait", "pris", "décidé", "ouvert"), not of
# the adjectives "avoir" takes ("il a chaud", "il a froid")
PARTICIPLE = re.compile(r"(?:ée?s?|ie?s?|ue?s?|int|ainte?s?|aite?s?|erte?s?|ise?s?|ite?s?)$")
PREP_VERBS = frozenset(["partir", "compter", "dater"])
# Before a prospective participle, the words of a comparison with what was expected ("plus
# que prévu", "mieux qu'attendu", "comme prévu"): no verb of the clause, no future.
COMPARED = frozenset(["que", "qu'", "qu’", "comme"])
# After these a verb is an infinitive or no verb: "les conducteurs de bus" ("bus" is no
# past of "boire"), "le prix des vols".
AFTER_DE = frozenset(["de", "d'", "du", "des"])
# Words after which a word that is no verb stands in a noun's place.
NOUN_PLACE = AFTER_DE | {"le", "la", "les", "l'", "un", "une"}
NOT_VERBS = frozenset(["front", "affront", "fronts", "affronts"])
# Indefinite articles: no verb follows them, quoted or not ('une "prise de conscience"').
INDEFINITE = frozenset(["un", "une"])


OPENING_QUOTES = frozenset(PAIRS)
CLOSING_QUOTES = frozenset(PAIRS.values())
STRAIGHT_QUOTES = frozenset([STRAIGHT])


def _inside_quotation(words: list[str], start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The bounds `lo`, `hi` cut to the quotation holding `words[start:end]`, if one does.

    '"On va tourner cet hiver", a annoncé le présentateur': the quoted clause has its own
    tense; the reporting verb outside the marks is never the date's verb. A date is inside
    when an opening mark (or an odd number of straight ones) stands before it in the clause.
    """
    opened = None
    for i in range(lo, start):
        w = words[i]
        if w in OPENING_QUOTES or (w in STRAIGHT_QUOTES and opened is None):
            opened = i
        elif w in CLOSING_QUOTES or w in STRAIGHT_QUOTES:
            opened = None
    if opened is None:
        return lo, hi
    if any(w in CLOSING_QUOTES or w in STRAIGHT_QUOTES for w in words[start:end]):
        return lo, hi  # '"dès 4h" mardi': the span ends outside the quotation, in its clause
    closed = next(
        (i for i in range(end, hi) if words[i] in CLOSING_QUOTES or words[i] in STRAIGHT_QUOTES),
        hi,
    )
    return opened + 1, closed


RELATIVE_WORDS = frozenset(["qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"])


def _relative_incises(words: list[str], span: Span, sent: Span) -> frozenset[int]:
    """Tokens of the relative clauses between commas in `sent` that do not hold `span`.

    ", qui nient les faits qui leur sont reprochés," runs from the comma to the next one.
    """
    out: set[int] = set()
    i = sent.start
    while i < sent.end - 1:
        if words[i] == "," and words[i + 1] in RELATIVE_WORDS:
            close = next((k for k in range(i + 2, sent.end) if words[k] == ","), None)
            if close is None:
                break
            if not (i < span.start and span.end <= close):
                out.update(range(i, close + 1))
            i = close
        else:
            i += 1
    return frozenset(out)


def _inside_group(low: str, pos: str) -> bool:
    """Whether a word may stand inside a verb group ("n'a pas", "a formellement accepté")."""
    return low in GROUP_GLUE or (pos == "ADV" and (low in GROUP_ADVERBS or low.endswith("ment")))


# Nouns of prepositional locutions before "du": "aux environs du 5 mars", "au lendemain du
# 5 mars", "à l'issue du 5 mars" say when, they name no event.
LOCUTION_NOUNS = frozenset(
    [
        "environs", "alentours", "lendemain", "surlendemain", "veille", "cours", "début",
        "fin", "milieu", "issue", "terme", "approche", "suite", "lors", "partir", "compter",
    ]
)  # fmt: skip


def _names_a_noun(words: list[str], pos: list[str], span: Span) -> bool:
    """Whether a day after "du" completes the noun before it ("les mesures du 1er septembre").

    The date names that event, whose time the clause's verb does not tell: "il a accepté
    d'être candidat à la présidentielle du 3 novembre" is the coming one (the nearest).
    """
    i = span.start if words[span.start] == "du" else span.start - 1
    if i < 1 or words[i] != "du" or not words[i + 1][:1].isdigit():
        return False
    k = i - 1 if pos[i - 1] != "ADJ" else i - 2  # "les mesures sanitaires du 1er septembre"
    if k < 0 or pos[k] != "NOUN" or words[k] in LOCUTION_NOUNS:
        return False
    if _when_of_clause(words, k):
        return False  # "lors de la séance du 3 mars, le conseil a voté": the clause's time
    return k == 0 or words[k - 1] not in ("au", "aux")  # "au titre du 5 mars": a locution


# Words of a preposition that makes the noun group after it the time of its clause:
# "lors de", "au cours de", "à l'issue de", "pendant", "durant", "dès".
WHEN_PREPOSITIONS = frozenset(["lors", "cours", "issue", "pendant", "durant", "dès"])
NOUN_GROUP_OPENERS = frozenset(["de", "d'", "du", "des", "la", "le", "l'", "les"])


def _when_of_clause(words: list[str], k: int) -> bool:
    """Whether the noun at `k` follows a preposition of time ("lors de la séance")."""
    j = k - 1
    while j >= 0 and k - j <= 3 and words[j] in NOUN_GROUP_OPENERS:
        j -= 1
    return j >= 0 and j < k - 1 and words[j].lower() in WHEN_PREPOSITIONS


# Forms of "être" of a cleft ("c'est X qui", "c'était X que") and the words walked from
# its "qui"/"que" to the relative clause's verb.
CLEFT_ETRE = frozenset(["est", "sont", "était", "étaient", "fut", "sera"])
CLEFT_WALK = 5
# Words between a reporting verb and the weekday of its report: "affirme ce mercredi".
REPORT_GLUE = frozenset(["ce", "-t-il", "-t-elle", "-t-on", "-il", "-elle", "encore", "aussi"])
# Auxiliaries of a reporting incise: ", a indiqué", ", ont précisé", ", avait-il ajouté".
REPORT_AUX = frozenset(["a", "ont", "avait", "avaient", "aurait", "auraient"])


def _opens_clause(words: list[str], i: int) -> bool:
    """Whether the comma at `i` opens another clause (", alors que", ", mais")."""
    return words[i] == "," and i + 1 < len(words) and words[i + 1] in CLAUSE_OPENERS


def _starting(words: list[str], start: int) -> bool:
    """Whether "dès" or "à partir de" / "à compter de" opens the date at `start`.

    The match may hold its preposition ("dès mercredi") or follow it.
    """

    def low(i: int) -> str:
        return words[i].lower() if 0 <= i < len(words) else ""

    if "dès" in (low(start - 1), low(start)):
        return True
    return any(
        low(i) == "à" and low(i + 1) in ("partir", "compter") for i in range(start - 3, start + 1)
    )


def _from_on(words: list[str], start: int) -> bool:
    """Whether "à partir de" / "à compter de" opens the date at `start` (not "dès").

    A weekday so opened in a past clause is most often the start of a measure announced,
    still to come: like "jusqu'au" in a past clause, it takes the nearest occurrence (a
    day and month keeps the past: "ont fermé à partir du 3 mars").
    """
    return _starting(words, start) and "dès" not in (
        words[start - 1].lower() if start > 0 else "",
        words[start].lower(),
    )


def _starts_a_noun(words: list[str], pos: list[str], start: int) -> bool:
    """Whether "à partir de" / "à compter de" + the date completes the noun before it.

    "son plan de déconfinement à partir du 11 mai": the start of what the noun names,
    as often coming as past; after a verb ("ont fermé à partir du 3 mars") the clause's
    tense holds.
    """
    for k in range(max(start - 3, 1), start + 1):
        if words[k].lower() == "à" and k + 1 < len(words) and words[k + 1] in ("partir", "compter"):
            j = k - 1 if pos[k - 1] != "ADJ" else k - 2
            if j < 0 or pos[j] in ("VERB", "AUX"):
                return False
            # a noun, or a word in a noun's place the tagger misread ("de déconfinement")
            return pos[j] in ("NOUN", "PROPN") or (j > 0 and words[j - 1].lower() in NOUN_PLACE)
    return False


# the prepositions of "remonter à" and "dater de" (`retrospective` verbs)
RETROSPECTIVE_PREPOSITIONS = frozenset(["à", "au", "aux", "de", "d'", "d’", "du", "des"])


def _before_its_complement(tok: Token) -> bool:
    """Whether a verb stands before its preposition ("remontent au", not "date-étape")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.pos_ in ("VERB", "AUX") and nxt is not None and nxt.lower_ in RETROSPECTIVE_PREPOSITIONS
    )


def _ends_a_subject(span: Span, clause: Span) -> bool:
    """Whether the date closes the subject noun group of its clause's verb.

    "une réouverture des bars le 15 juin a pris de l'ampleur": the date, between a noun
    and the finite verb right after it, no verb before it in the clause, names the time
    of what the noun names, which the verb's tense does not tell (the nearest). A date
    opening the clause ("Le 15 juin a été chaud"), set off by a comma or completing the
    subject's head ("les grèves des 3 et 4 mars ont paralysé") is the clause's.
    """
    doc = span.doc
    if span.start <= clause.start or span.end >= clause.end:
        return False
    before, after = doc[span.start - 1], doc[span.end]
    if doc[span.start].lower_ != "le" or before.pos_ not in ("NOUN", "PROPN"):
        return False  # "les grèves des 3 et 4 mars ont paralysé": the subject's own days
    if after.pos_ not in ("VERB", "AUX") or "Fin" not in after.morph.get("VerbForm", []):
        return False
    return not _has_finite_verb(doc[clause.start : span.start])


def _has_finite_verb(clause: Span) -> bool:
    """Whether a finite verb stands in `clause` (a headline often has none)."""
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in clause)


# "de" after a participle of state ("doublé de", "chargé d'"), and the nouns of the
# adverbial phrases "de" opens after a verb ("adoptée de justesse", "revu de fond en comble").
PARTICIPLE_OF = frozenset(["de", "d'", "d’", "du", "des"])
ADVERBIAL_DE = frozenset(
    [
        "justesse",
        "nouveau",
        "façon",
        "manière",
        "près",
        "loin",
        "fond",
        "force",
        "suite",
        "plus",
        "ici",
    ]
)
# Words between an adverb of the first plan and its participle: "à l'origine prévue".
ORIGINAL_PLAN_REACH = 2
# The tense of a date the clause places nowhere in particular (a first plan, changed):
# placed nearest the reference, and never given the tense of the same words elsewhere.
NEAREST = "nearest"


class ClauseTense(ForwardClauses):
    """Reads the tense of the verb group nearest to a span, within its sentence."""

    def __init__(
        self,
        *,
        future_words: frozenset[str],
        prospective: frozenset[str],
        intention: frozenset[str],
        purpose: frozenset[str] = frozenset(),
        exhortation: dict[str, str] | None = None,
        postpone: frozenset[str] = frozenset(),
        sufficiency: frozenset[str] = frozenset(),
        date_words: frozenset[str] = frozenset(),
        etre_verbs: frozenset[str] = frozenset(),
        speech_verbs: frozenset[str] = frozenset(),
        weekdays: frozenset[str] = frozenset(),
        report_verbs: frozenset[str] = frozenset(),
        retrospective: frozenset[str] = frozenset(),
        original_plan: frozenset[str] = frozenset(),
    ) -> None:
        """Keep the tense cue words (see models/dates/SOURCE.md)."""
        self.future_words = future_words
        self.prospective = prospective
        self.intention = intention
        # "afin de" -> ("afin", "de"); an elided "d'" is read as "de" on both sides.
        self.purpose = frozenset(phrase_words(form) for form in purpose)
        self.exhortation = exhortation or {}
        self.postpone = postpone
        self.sufficiency = sufficiency
        self.date_words = date_words
        self.etre_verbs = etre_verbs
        self.speech_verbs = speech_verbs
        self.weekdays = weekdays
        self.report_verbs = report_verbs
        self.retrospective = retrospective
        self.original_plan = original_plan
        self.inf_glue = GROUP_GLUE | REFLEXIVE_PRONOUNS | OBJECT_CLITICS

    @classmethod
    def from_vocabulary(cls) -> ClauseTense:
        """The reader with the cue words of the date vocabulary."""
        vocab = resources.date_vocabulary()
        return cls(
            future_words=frozenset(vocab.get("future_aux", {})),
            prospective=frozenset(vocab.get("prospective", {})),
            intention=frozenset(vocab.get("intention", {})),
            purpose=frozenset(vocab.get("purpose", {})),
            exhortation=dict(vocab.get("exhortation", {})),
            postpone=frozenset(vocab.get("postpone", {})),
            sufficiency=frozenset(vocab.get("sufficiency", {})),
            date_words=frozenset(
                w for cls in ("weekday", "relative_day", "month") for w in vocab.get(cls, {})
            ),
            etre_verbs=frozenset(vocab.get("etre_verb", {})),
            weekdays=frozenset(vocab.get("weekday", {})),
            report_verbs=frozenset(vocab.get("report_verb", {})),
            retrospective=frozenset(vocab.get("retrospective", {})),
            original_plan=frozenset(vocab.get("original_plan", {})),
            # the quotes' speech verbs: ", a indiqué jeudi l'Élysée" reports, it dates nothing
            speech_verbs=frozenset(
                row["form"]
                for row in resources.read_tsv("relations", "speech_verbs.tsv")
                if row["kind"] == "verb"
            ),
        )

    def tense(self, span: Span) -> str | None:
        """Tense of the verb nearest to `span` in its sentence ("past"/"future"/"present").

        None when the clause gives none; `NEAREST` for a first plan, changed
        ("initialement prévue le 12 mars"), which the caller places nearest the reference.
        """
        doc = span.doc
        if not doc.has_annotation("POS"):
            return None
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        # A colon or a semicolon ends a clause: the verb is looked for inside it.
        lo, hi = sent.start, sent.end
        words = words_of(doc)
        for i in range(sent.start, span.start):
            if words[i] in CLAUSE_ENDS or _opens_clause(words, i):
                lo = i + 1
        for i in range(span.end, sent.end):
            if words[i] in CLAUSE_ENDS or _opens_clause(words, i) or self._reports(words, i):
                hi = i
                break
        lo, hi = _inside_quotation(words, span.start, span.end, lo, hi)
        sent = doc[lo:hi]
        if self._postponed(span, sent):
            return "future"
        forward = self._points_forward(span, sent)
        if forward == CALL:
            return "future"
        if forward is not None:
            # The main clause is the one before the opener ("a reçu ... pour préparer").
            main = self._nearest(doc[forward : forward + 1], doc[sent.start : forward])
            if main != "past" or self._own_date(span, sent, forward):
                return "future"
        if _starting(words, span.start) and not _has_finite_verb(sent):
            return None  # "Paracétamol : vente restreinte dès mercredi": no tense, the nearest
        if _names_a_noun(words, pos_of(doc), span) or _starts_a_noun(
            words, pos_of(doc), span.start
        ):
            return None  # "candidat à la présidentielle du 3 novembre": the nearest
        if _ends_a_subject(span, sent):
            return None  # "une réouverture des bars le 15 juin a pris de l'ampleur"
        cleft = self._cleft_verb(span, sent)
        found = self._group_tense(doc[cleft], sent) if cleft is not None else None
        found = found or self._nearest(span, sent)
        if found == "present" and self._reported_on(span):
            return "past"  # "affirme mercredi une étude": the day of the report, not ahead
        weekday = any(w in self.weekdays for w in lowers_of(doc)[span.start : span.end])
        if found == "past" and weekday and _from_on(words, span.start):
            return None  # "ont annoncé la fermeture des bars à partir de samedi": the nearest
        return found

    def _cleft_verb(self, span: Span, sent: Span) -> int | None:
        """The verb of the relative clause of a cleft before which the date stands.

        "Samedi, c'est Djadje qui est mort": "c'est ... qui" only focuses a word; the
        event's verb, and its tense, are those after "qui"/"que".
        """
        lows = lowers_of(span.doc)
        for i in range(sent.start, sent.end - 1):
            if lows[i] in ("c'", "c’", "ce") and lows[i + 1] in CLEFT_ETRE:
                break
        else:
            return None
        for j in range(i + 2, sent.end):
            if lows[j] in ("qui", "que", "qu'", "qu’"):
                if span.start > j:
                    return None  # the date is in the relative clause: its own verb is nearest
                for k in range(j + 1, min(j + 1 + CLEFT_WALK, sent.end)):
                    if self._verb_at(span.doc, k):
                        return k
                return None
        return None

    def _reported_on(self, span: Span) -> bool:
        """Whether a weekday follows a reporting verb in the present ("rapportent mercredi").

        The journalistic present of a report dates the report, told at the latest on the
        day of the article; the present of an action ("se rend mardi à Lyon") looks ahead.
        """
        doc = span.doc
        lows = lowers_of(doc)
        if not any(w in self.weekdays for w in lows[span.start : span.end]):
            return False
        k = span.start - 1
        while k >= 0 and lows[k] in REPORT_GLUE:
            k -= 1  # "affirme ce mercredi", "indique-t-il mardi"
        return k >= 0 and (lows[k] in self.speech_verbs or lows[k] in self.report_verbs)

    def _reports(self, words: list[str], i: int) -> bool:
        """Whether the comma at `i` opens a reporting incise.

        ", a indiqué jeudi l'Élysée", ", précise-t-il": the words reported before it keep
        their own tense.
        """
        if words[i] != "," or i + 1 >= len(words):
            return False
        k = i + 1
        if words[k] in REPORT_AUX and k + 1 < len(words):
            k += 1  # ", a indiqué", ", avait-il précisé"
            if words[k] in GROUP_GLUE and k + 1 < len(words):
                k += 1
        return words[k] in self.speech_verbs

    def _nearest(self, span: Span, sent: Span) -> str | None:
        """Tense of the verb group nearest to `span` within the clause `sent`.

        The verbs of a relative clause between commas that does not hold the date come
        last ("Vendredi, la mère, qui nie les faits, a été mise en examen": "a été mise").
        """
        doc = span.doc
        aside = _relative_incises(lowers_of(doc), span, sent)
        for skip in (aside, frozenset[int]()) if aside else (aside,):
            # Nearest verb first; a left verb wins a tie (the clause's verb usually comes first).
            for d in range(1, len(sent) + 1):
                left, right = span.start - d, span.end - 1 + d
                if left < sent.start and right >= sent.end:
                    break
                for i in (left, right):
                    if sent.start <= i < sent.end and i not in skip and self._verb_at(doc, i):
                        if self._superseded(doc[i]):
                            return NEAREST  # "initialement prévue le 12 mars"
                        if self._adjectival(doc[i], sent):
                            continue  # "un épisode doublé de forts orages": a state
                        found = self._group_tense(doc[i], sent)
                        if found is not None:
                            return found
        return None

    def _is_verb(self, tok: Token) -> bool:
        """Whether `tok` is a verb, including futures the tagger mislabels."""
        return self._verb_at(tok.doc, tok.i)

    def _verb_at(self, doc: Doc, i: int) -> bool:
        """`_is_verb` of token `i`, read once per document (each date's clause asks again)."""
        known = per_token(doc, VERBS_KEY)
        found = known[i]
        if found is None:
            found = known[i] = self._read_verb_at(doc, i)
        return found

    def _read_verb_at(self, doc: Doc, i: int) -> bool:
        """`_verb_at` of token `i`, read from the kept strings (no Token object)."""
        lows, pos = lowers_of(doc), pos_of(doc)[i]
        low = lows[i]
        if pos in ("VERB", "AUX"):
            if i > 0 and lows[i - 1] in AFTER_DE and "Inf" not in doc[i].morph.get("VerbForm", []):
                return False  # "les conducteurs de bus": only an infinitive follows "de"
            k = i - 1 if i > 1 and lows[i - 1] in QUOTE_GLUE else i
            if k > 0 and lows[k - 1] in INDEFINITE and (k < 2 or lows[k - 2] not in ("l'", "l’")):
                return False  # 'une "prise de conscience"': a noun ("l'un a dit" is a verb)
            if i > 0 and lows[i - 1] in COMPARED and low in self.prospective:
                return False  # "plus importante que prévu", "mieux qu'attendu": a yardstick
            # "à partir du 1er janvier", "à compter de lundi": prepositions, not verbs
            return not (i > 0 and lows[i - 1] == "à" and low in PREP_VERBS)
        if low in self.future_words:
            return True
        if pos in ("ADJ", "NOUN") and low.endswith("ront") and low not in NOT_VERBS:
            return True  # "les tarifs augmenteront" tagged as a noun
        if pos in ("ADJ", "NOUN") and FUTURE_SUFFIX.match(low):
            return i > 0 and (lows[i - 1] in SUBJECT_PRONOUNS or lows[i - 1] in REFLEXIVE_PRONOUNS)
        return self._tagged_adjective_participle(doc, i)

    @staticmethod
    def _tagged_adjective_participle(doc: Doc, i: int) -> bool:
        """A participle the tagger reads as an adjective after "a": "l'a rejoint".

        One adverb may stand between: "a aussi signé".
        """
        lows, pos = lowers_of(doc), pos_of(doc)
        if pos[i] != "ADJ" or PARTICIPLE.search(lows[i]) is None:
            return False
        k = i - 1
        if k > 0 and _inside_group(lows[k], pos[k]):
            k -= 1
        return k >= 0 and lows[k] in AVOIR

    def _participle(self, tok: Token) -> bool:
        """Whether `tok` is a past participle, as tagged or as `_tagged_adjective_participle`."""
        if tok.morph.get("VerbForm", []) == ["Part"]:
            return True
        return self._tagged_adjective_participle(tok.doc, tok.i)

    def _compound_past(self, group: list[Token]) -> bool:
        """Whether present "être" + participle is a compound past: "il est arrivé", "s'est réuni".

        Verbs of `etre_verb` (motion, change of state) and pronominal verbs make their
        past with "être"; any other participle is a passive ("est fermé").
        """
        first, low = group[0], group[-1].lower_
        k = first.i - 1
        while k > 0 and first.doc[k].lower_ in ("y", "en"):
            k -= 1  # "s'y est rendu", "s'en est pris"
        before = first.doc[k].lower_ if k >= 0 else ""
        # agreement: "arrivée", "partis", "mortes" are forms of "arrivé", "parti", "mort"
        forms = (low, low[:-1], low[:-2] if low.endswith("es") else low)
        return any(f in self.etre_verbs for f in forms) or before in REFLEXIVE_PRONOUNS

    @staticmethod
    def _pronominal_future(tok: Token) -> bool:
        """A future form right after a reflexive pronoun: "se réunira", "te rendras".

        The tagger reads some of them as a past ("réunira" Tense=Past) or an infinitive;
        after "se", "nous"... the word is a conjugated verb and its ending is the future's.
        """
        prev = tok.nbor(-1) if tok.i > 0 else None
        return (
            prev is not None
            and prev.lower_ in REFLEXIVE_PRONOUNS
            and STRICT_FUTURE.match(tok.lower_) is not None
        )

    def _group(self, tok: Token, sent: Span) -> list[Token]:
        """The verb group around `tok`: its auxiliaries and the main verb."""
        doc = tok.doc
        lows = lowers_of(doc)
        pos = pos_of(doc)

        def glue(k: int) -> bool:
            if lows[k] in QUOTE_GLUE:  # 'a "regretté"': a participle quoted alone
                return k + 1 < sent.end and k > sent.start and self._verb_at(doc, k + 1)
            return self._verb_at(doc, k) or _inside_group(lows[k], pos[k])

        i = tok.i
        while i - 1 >= sent.start and glue(i - 1):
            i -= 1
        j = tok.i
        while j + 1 < sent.end and glue(j + 1):
            j += 1
        return [doc[k] for k in range(i, j + 1) if self._verb_at(doc, k)]

    def _group_tense(self, tok: Token, sent: Span) -> str | None:
        """Tense of the verb group of `tok`; an infinitive takes its governing verb's."""
        group = self._group(tok, sent)
        if not group:
            return None
        words = [t.lower_ for t in group]
        main = group[-1]
        if self._pronominal_future(main):
            return "future"
        if main.morph.get("VerbForm", []) == ["Inf"]:
            # "a prévu de revenir lundi", "doit signer mardi": a coming event
            if any(w in self.intention or w in self.future_words for w in words[:-1]):
                return "future"
            governing = self._governing(main, sent)
            if governing is not None:
                gw = [t.lower_ for t in governing]
                if any(w in self.intention or w in self.prospective for w in gw):
                    return "future"
                return self._finite_tense(governing)
            return None
        return self._finite_tense(group)

    def _governing(self, inf: Token, sent: Span) -> list[Token] | None:
        """The verb group an infinitive depends on, a few words to its left."""
        doc = inf.doc
        i = inf.i - len(self._group(inf, sent))
        steps = 0
        while i >= sent.start and steps < 4:
            tok = doc[i]
            if self._is_verb(tok):
                return self._group(tok, sent)
            if tok.is_punct:
                return None
            i -= 1
            steps += 1
        return None

    def _adjectival(self, tok: Token, sent: Span) -> bool:
        """Whether a lone past participle before "de" + a noun phrase says a state.

        "un épisode doublé de forts orages", "un camion chargé d'explosifs", "un homme
        vêtu de noir": an adjective of the noun before it, no event, so no tense for the
        clause. "accusé d'avoir menti" (an infinitive after "de"), "adoptée de justesse"
        (an adverbial phrase), a participle of schedule ("prévus d'ici dimanche") and a
        participle with its auxiliary stay verbs.
        """
        doc = tok.doc
        lows = lowers_of(doc)
        i = tok.i
        if tok.morph.get("VerbForm", []) != ["Part"] or tok.morph.get("Tense", []) != ["Past"]:
            return False
        if lows[i] in self.prospective:
            return False  # "les trains prévus d'ici dimanche": a schedule, not a state
        if i + 2 >= sent.end or lows[i + 1] not in PARTICIPLE_OF or len(self._group(tok, sent)) > 1:
            return False
        after = doc[i + 2]
        return after.morph.get("VerbForm", []) != ["Inf"] and lows[i + 2] not in ADVERBIAL_DE

    def _superseded(self, participle: Token) -> bool:
        """Whether an adverb of the first plan stands right before a prospective participle.

        "initialement prévue", "d'abord programmé", "à l'origine fixée" (`original_plan`):
        the plan was changed, so its date points nowhere in particular.
        """
        lows = lowers_of(participle.doc)
        if lows[participle.i] not in self.prospective:
            return False
        start = max(0, participle.i - ORIGINAL_PLAN_REACH)
        return any(w in self.original_plan for w in lows[start : participle.i])

    def _finite_tense(self, group: list[Token]) -> str | None:
        """Tense of a finite verb group from its auxiliaries, suffixes and morphology."""
        words = [t.lower_ for t in group]
        main = group[-1]
        first = words[0]
        lone = len(group) == 1 and main.morph.get("VerbForm", []) == ["Part"]
        if lone and main.morph.get("Tense", []) == ["Pres"]:
            return None  # "atteignant", "en passant": the clause's verb tells
        if main.lower_ in self.retrospective and _before_its_complement(main):
            return "past"  # "les faits remontent au 3 mars", "datent de mars": back in time
        participle = self._participle(main) and len(group) > 1
        if participle and main.lower_ in self.prospective:
            return "future"  # "est attendu mercredi", "aurait été planifiée au 15 juin"
        if first in ("aurait", "auraient") and participle:
            return "past"  # conditional past: "aurait reçu"
        modal_past = len(group) > 2 and self._participle(group[1])
        if first in ("aurait", "auraient") and modal_past:
            return "past"  # a modal's conditional past: "aurait dû se rendre", "aurait pu"
        alone = len(group) == 1 and main.morph.get("Tense", []) in (["Pres"], ["Imp"])
        if first in self.future_words and not alone:
            return "future"  # "va signer"; "il va à la messe", "il doit 300 euros": present
        for t in group:
            tagged = t.morph.get("Tense", [])
            if tagged == ["Imp"] and not CONDITIONAL.match(t.lower_):
                continue  # "déclarait", "montrait": the imperfect, not a conditional
            if FUTURE_SUFFIX.match(t.lower_) and "Past" not in tagged:
                return "future"
            if t.morph.get("Tense", []) == ["Fut"] or t.morph.get("Mood", []) == ["Cnd"]:
                return "future"
        for t in group:
            low = t.lower_
            if FUTURE_SUFFIX.match(low) and t.morph.get("VerbForm", []) == ["Part"]:
                return "future"  # "signera" tagged as a participle
        if participle and first in PRESENT_ETRE and not self._compound_past(group):
            return "present"  # "le musée est fermé le lundi": a passive present
        if participle and first in PAST_AUX:
            return "past"
        if main.morph.get("Tense", []) in (["Imp"], ["Past"]):
            if main.morph.get("VerbForm", []) == ["Part"] and main.lower_ in self.prospective:
                return "future"
            return "past"
        if main.morph.get("Tense", []) == ["Pres"]:
            return "present"
        return None
