"""The record's warnings and error reasons in French, for the report (records keep English).

Records are data for programs, so their `warnings` and error messages stay in English,
stable and greppable; the report is a page for readers, in French. Each family of message
is one pattern with its French form; a message of no known family is shown as it is,
labelled as untranslated (`lang="en"`), never dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from c5facts.report.format_fr import format_date_fr


def _when(text: str) -> str:
    m = re.fullmatch(r"the week of (\S+)", text)
    return f"de la semaine du {format_date_fr(m[1])}" if m else "de la dernière semaine connue"


def _kind(text: str) -> str:
    return {"money": "Montant", "dates": "Date", "people": "Personne", "countries": "Pays"}.get(
        text, text
    )


def _repair(text: str) -> str:
    m = re.fullmatch(r"'(.*?)' after a plural number read as '(.*?)'", text)
    if m:
        return f"« {m[1]} » après un nombre pluriel lu comme « {m[2]} »"
    m = re.fullmatch(r"'(.*?)' read as '(.*?)'", text)
    if m:
        return f"« {m[1]} » lu comme « {m[2]} »"
    return text


# Why an ambiguous unit got its currency (`currency_evidence` of a money fact), in French.
_EVIDENCE = {
    "sentence-country": "pays nommé dans la phrase",
    "article-country": "pays de l'article",
    "publisher-country": "pays de l'éditeur",
    "article-conversions": "conversions de l'article",
    "conversion": "sa conversion",
    "default": "par défaut",
}


def _evidence(text: str) -> str:
    """French of an evidence code: "sentence-country:CA" -> "pays nommé dans la phrase : CA".

    Unknown codes are kept as they are.
    """
    key, _, code = text.partition(":")
    french = _EVIDENCE.get(key)
    if french is None:
        return text
    return f"{french} : {code}" if code else french


def _pct(text: str) -> str:
    return text.rstrip("%") + " %"


# (pattern, French form): the first pattern that matches the whole message wins.
_FAMILIES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(
            r"money: bare '(?P<unit>.*?)' (?P<amount>\S+) read as (?P<code>\w+), not (?P<other>\w+)"
            r" \((?P<why>.*?)\): its conversion to (?P<cur>\w+) fits \w+'s reference rate"
        ),
        lambda m: (
            f"Montant : « {m['unit']} » ({m['amount']}) lu comme {m['code']} et non "
            f"{m['other']} ({_evidence(m['why'])}) : sa conversion en {m['cur']} "
            f"correspond au taux de référence du {m['code']}."
        ),
    ),
    (
        re.compile(
            r"money: bare '(?P<unit>.*?)' read as (?P<code>\w+), not (?P<other>\w+) \((?P<why>.*)\)"
        ),
        lambda m: (
            f"Montant : « {m['unit']} » sans précision lu comme {m['code']} et non "
            f"{m['other']} ({_evidence(m['why'])})."
        ),
    ),
    (
        re.compile(
            r"money: '(?P<text>.*)' implies (?P<rate>\S+) (?P<cur>\w+) per (?P<base>\w+), "
            r"(?P<pct>\S+) off the ECB rate of (?P<when>.*?) \((?P<ref>\S+)\); kept as written"
        ),
        lambda m: (
            f"Montant : « {m['text']} » suppose {m['rate']} {m['cur']} pour 1 {m['base']}, "
            f"à {_pct(m['pct'])} du taux de la BCE {_when(m['when'])} ({m['ref']}) ; "
            "conservé tel qu'écrit."
        ),
    ),
    (
        re.compile(r"money: '(?P<text>.*)': (?P<repair>.*)"),
        lambda m: f"Montant : « {m['text']} » : {_repair(m['repair'])}.",
    ),
    (
        re.compile(
            r"money fact '(?P<text>.*)' at (?P<at>\d+) left out \(amount beyond 10\^15 "
            r"or with more than (?P<n>\d+) significant digits\)"
        ),
        lambda m: (
            f"Montant « {m['text']} » (position {m['at']}) écarté : plus de 10^15 ou plus de "
            f"{m['n']} chiffres significatifs."
        ),
    ),
    (
        re.compile(r"(?P<kind>\w+) fact '(?P<text>.*)' at (?P<at>\d+) left out \((?P<why>.*)\)"),
        lambda m: (
            f"{_kind(m['kind'])} : « {m['text']} » (position {m['at']}) laissé de côté, "
            f"erreur de normalisation ({m['why']})."
        ),
    ),
    (
        re.compile(r"no reference date: (?P<why>.*)"),
        lambda m: f"Pas de date de référence : {m['why']}.",
    ),
    (
        re.compile(r"(?P<n>\d+) lone surrogate\(s\) replaced by U\+FFFD"),
        lambda m: f"{m['n']} caractère(s) invalide(s) (substituts isolés) remplacé(s) par U+FFFD.",
    ),
    (
        re.compile(r"(?P<n>\d+) invalid UTF-8 byte\(s\) replaced by U\+FFFD"),
        lambda m: f"{m['n']} octet(s) UTF-8 invalide(s) remplacé(s) par U+FFFD.",
    ),
    (
        re.compile(
            r"(?P<n>\d+) run\(s\) of more than (?P<k>\d+) punctuation or symbol characters "
            r"read as blanks"
        ),
        lambda m: (
            f"{m['n']} suite(s) de plus de {m['k']} signes de ponctuation ou symboles lue(s) "
            "comme des blancs."
        ),
    ),
]

# Reasons an input failed (the part of an error message after "SOURCE: ").
_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"no such file"), lambda m: "fichier introuvable"),
    (re.compile(r"permission denied"), lambda m: "accès refusé"),
    (re.compile(r"is a directory"), lambda m: "c'est un dossier"),
    (re.compile(r"broken symbolic link"), lambda m: "lien symbolique cassé"),
    (re.compile(r"binary file, not text"), lambda m: "fichier binaire, pas du texte"),
    (
        re.compile(r"undecodable text.*"),
        lambda m: "texte indécodable (ni UTF-8 ni un encodage ancien connu)",
    ),
    (
        re.compile(r"larger than (?P<n>\d+) bytes.*"),
        lambda m: f"plus de {m['n']} octets",
    ),
    (re.compile(r"HTTP (?P<code>\d+)\b.*"), lambda m: f"erreur HTTP {m['code']}"),
    (re.compile(r"timed out after (?P<s>\S+) s"), lambda m: f"délai dépassé ({m['s']} s)"),
    (re.compile(r"not HTML \((?P<t>.*)\)"), lambda m: f"pas une page HTML ({m['t']})"),
    (re.compile(r"cannot fetch \((?P<why>.*)\)"), lambda m: f"page inaccessible ({m['why']})"),
    (
        re.compile(r"not a readable web archive.*"),
        lambda m: "archive web illisible",
    ),
    (re.compile(r"not a regular file \((?P<k>.*)\).*"), lambda m: "pas un fichier ordinaire"),
    (re.compile(r"unreadable.*"), lambda m: "illisible"),
]


def warning_fr(message: str) -> tuple[str, bool]:
    """A record warning in French; (text, translated). Unknown families come back as they are.

    >>> warning_fr("money: '3 milliars d'euros': 'milliars' read as 'milliards'")
    ("Montant : « 3 milliars d'euros » : « milliars » lu comme « milliards ».", True)
    >>> warning_fr("something new")
    ('something new', False)
    """
    for pattern, french in _FAMILIES:
        m = pattern.fullmatch(message)
        if m:
            return french(m), True
    return message, False


def warning_html(message: str) -> str:
    """A record warning as an HTML list item body: French, or labelled as untranslated."""
    text, translated = warning_fr(message)
    if translated:
        return html.escape(text)
    return f'Avertissement (non traduit) : <span lang="en">{html.escape(text)}</span>'


def reason_fr(message: str) -> str:
    """Why an input failed, in French, from an error message `SOURCE: reason`.

    >>> reason_fr("https://example.org/a: HTTP 404 Not Found")
    'erreur HTTP 404'
    >>> reason_fr("a.txt: something unforeseen")
    'something unforeseen'
    """
    parts = message.split(": ")
    for i in range(1, len(parts)):
        # the source itself may hold ": " (a Windows path): try each cut, longest tail first
        tail = ": ".join(parts[i:])
        for pattern, french in _REASONS:
            m = pattern.fullmatch(tail)
            if m:
                return french(m)
    return ": ".join(parts[1:]) or message
