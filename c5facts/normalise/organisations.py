"""Organisations normalisation: cluster mentions under one canonical name (no spaCy).

Mentions written the same way (case and accents aside) are one organisation; an acronym
joins the name it stands for, when the text puts it in parentheses right after that name
("Banque centrale européenne (BCE)") or when its letters are the initials of exactly one
name of the article; a lone capitalised word joins the one longer name that starts with
it and goes on in lower case ("le Parlement" and "le Parlement australien"). The canonical
name is the longest full form (never an acronym when a full form exists), the others are
aliases; the country is the first one a mention gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from c5facts.normalise.text import fold, name_words
from c5facts.records import Organisation

LINKS = frozenset(["de", "du", "des", "d", "et", "and", "of", "for", "la", "l", "le", "les"])


@dataclass(frozen=True, slots=True, kw_only=True)
class OrganisationMention:
    """One mention of an organisation as found by the organisations component."""

    text: str
    start: int
    end: int
    head: str | None = None
    country: str | None = None
    acronym: str | None = None
    rule: str = ""


def is_acronym(text: str) -> bool:
    """A single word with at least two capitals and no space: "BCE", "Ufip", "SEC".

    >>> is_acronym("BCE"), is_acronym("Ufip"), is_acronym("Apple"), is_acronym("BFM TV")
    (True, False, False, False)
    """
    return " " not in text and sum(c.isupper() for c in text) >= 2 and text.isalpha()


def initials(text: str) -> str:
    """The initials of a name's words, function words skipped.

    >>> initials("Union française des industries pétrolières")
    'ufip'
    """
    words = [w for w in name_words(text.replace("'", " ").replace("’", " ")) if w not in LINKS]
    return "".join(w[0] for w in words)


def cluster_organisations(mentions: Sequence[OrganisationMention]) -> list[Organisation]:
    """Group mentions into organisation records, in order of first mention.

    >>> ms = [OrganisationMention(text="Banque centrale européenne", start=0, end=26,
    ...                           acronym="BCE"),
    ...       OrganisationMention(text="BCE", start=28, end=31, rule="acronym")]
    >>> [(o.name, o.aliases, o.mentions) for o in cluster_organisations(ms)]
    [('Banque centrale européenne', ('BCE',), 2)]
    """
    groups: dict[str, list[OrganisationMention]] = {}
    for m in mentions:
        groups.setdefault(fold(m.text), []).append(m)
    parent = {key: key for key in groups}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    def join(small: str, big: str) -> None:
        a, b = root(small), root(big)
        if a != b:
            parent[a] = b

    for key, ms in groups.items():
        for m in ms:
            if m.acronym and fold(m.acronym) in groups:
                join(fold(m.acronym), key)
    for key, ms in groups.items():
        text = ms[0].text
        if is_acronym(text) and root(key) == key:
            full = [k for k, g in groups.items() if k != key and initials(g[0].text) == key]
            if len(full) == 1:
                join(key, full[0])
        elif " " not in text and root(key) == key:
            longer = [
                k
                for k, g in groups.items()
                if k.startswith(key + " ")
                and all(not w[:1].isupper() for w in g[0].text.split()[1:])
            ]
            if len(longer) == 1:
                join(key, longer[0])
    clusters: dict[str, list[OrganisationMention]] = {}
    for key, ms in groups.items():
        clusters.setdefault(root(key), []).extend(ms)
    out = [_record(ms) for ms in clusters.values()]
    return sorted(out, key=lambda o: o.spans[0])


def _record(ms: list[OrganisationMention]) -> Organisation:
    ms = sorted(ms, key=lambda m: m.start)
    forms = list(dict.fromkeys(m.text for m in ms))
    full = [f for f in forms if not is_acronym(f)] or forms
    name = max(full, key=lambda f: (len(f.split()), len(f)))
    evidence = dict.fromkeys(r for m in ms for r in m.rule.split("+") if r)
    return Organisation(
        name=name,
        mentions=len(ms),
        aliases=tuple(f for f in forms if fold(f) != fold(name)),
        country=next((m.country for m in ms if m.country), None),
        heads=tuple(dict.fromkeys(m.head.lower() for m in ms if m.head)),
        spans=tuple((m.start, m.end) for m in ms),
        evidence=tuple(evidence),
    )
