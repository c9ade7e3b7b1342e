"""People normalisation: cluster mentions under the most complete name (no spaCy).

A mention joins a fuller name only when exactly one person of the article carries it:
"Trump", "M. Trump" and "B. Obama" join "Donald Trump" / "Barack Obama"; a short form
that fits two people ("Kim" with "Kim Jong-un" and "Kim Yo-jong") stays unresolved: it
joins neither and makes no third person. A person's `age` is the first one a mention
gives; its `evidence` lists, once each, the reasons its mentions were found (the
component's rules: "title", "honorific", "ner", "speech", "apposition"...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from c5facts.normalise.text import name_words
from c5facts.records import Person
from c5facts.resources import read_tsv

LEXICON = ("people", "lexicon.tsv")
# One or more initials in one token, in any script: "C.", "C.C.", "J.-P.", "Ł."
INITIAL = re.compile(r"^(?:(?=[^\W\d_])[^\W\d_a-zà-ÿ]\.)(?:-?(?=[^\W\d_])[^\W\d_a-zà-ÿ]\.)*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonMention:
    """One mention of a person as found by the people component."""

    text: str
    start: int
    end: int
    roles: tuple[str, ...] = ()
    country: str | None = None
    # The name when it is not the mention's text ("Craig" in "Craig et Marc Kielburger").
    name: str | None = None
    age: int | None = None
    rule: str = ""  # why the component took it for a person ("ner+speech", "title"...)


@cache
def honorifics() -> frozenset[str]:
    """Honorifics ("M.", "Mme"...), lower-cased, as `models/people/lexicon.tsv` lists them.

    Kept in mention texts (alias "M. Trump") but not part of a person's name.

    >>> {"m.", "mme"} <= honorifics()
    True
    """
    return frozenset(
        row["form"].lower() for row in read_tsv(*LEXICON) if row["kind"] == "honorific"
    )


def name_of(mention: PersonMention) -> str:
    """The name a mention gives, honorifics removed.

    >>> name_of(PersonMention(text="M. Trump", start=0, end=8))
    'Trump'
    """
    text = mention.name or mention.text
    words = text.split()
    while len(words) > 1 and words[0].lower() in honorifics():
        words = words[1:]
    return " ".join(words)


def _is_initial(word: str) -> bool:
    """Whether `word` is one or more initials ("B.", "J.-P.")."""
    return bool(INITIAL.match(word))


def joins(short: str, full: str) -> bool:
    """Whether `short` can name the person called `full`.

    A surname, initials + surname, or a lone first name ("Donald" for "Donald Trump").

    >>> joins("Trump", "Donald Trump"), joins("B. Obama", "Barack Obama")
    (True, True)
    >>> joins("Le Maire", "Bruno Le Maire"), joins("C. Obama", "Barack Obama")
    (True, False)
    >>> joins("Donald", "Donald Trump"), joins("Tokaïev", "Kassym-Jomart Tokaïev")
    (True, True)
    """
    words = short.split()
    if len(words) == 1 and not _is_initial(words[0]):
        k, f = name_words(short), name_words(full)
        if len(k) == 1 and len(f) > 1 and f[0] == k[0]:
            return True
    initials = [w for w in words if _is_initial(w)]
    rest = " ".join(w for w in words if not _is_initial(w))
    s, f = name_words(rest), name_words(full)
    if not s or len(s) >= len(f) or f[-len(s) :] != s:
        return False
    if initials:
        letters = "".join(i.replace(".", "").replace("-", "") for i in initials).casefold()
        firsts = "".join(w[0] for w in f[: len(f) - len(s)])
        return firsts.startswith(name_words(letters)[0] if name_words(letters) else "")
    return True


def _completeness(mention: PersonMention) -> tuple[int, int]:
    """Sort key: most words first; at equal length a name beats initials ("B. Obama")."""
    words = name_of(mention).split()
    initials = sum(1 for w in words if _is_initial(w))
    return (-(len(name_words(" ".join(words))) - initials), initials)


@dataclass(slots=True)
class _Cluster:
    """One person being built: the name it goes by and its mentions so far."""

    name: str
    mentions: list[PersonMention] = field(default_factory=list)


def cluster_people(mentions: Sequence[PersonMention]) -> list[Person]:
    """Group mentions into people under their most complete name.

    >>> people = cluster_people([
    ...     PersonMention(text="Donald Trump", start=0, end=12, roles=("président",)),
    ...     PersonMention(text="Trump", start=40, end=45, country="US"),
    ...     PersonMention(text="M. Trump", start=60, end=68),
    ... ])
    >>> [(p.name, p.mentions, p.aliases, p.roles, p.country) for p in people]
    [('Donald Trump', 3, ('Donald Trump', 'Trump', 'M. Trump'), ('président',), 'US')]
    """
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    # Full names first: the longest distinct names are the people.
    clusters: dict[tuple[str, ...], _Cluster] = {}
    for m in sorted(ordered, key=_completeness):
        name = name_of(m)
        k = name_words(name)
        if not k:
            continue
        if k in clusters:
            clusters[k].mentions.append(m)
            continue
        owners = [c for ck, c in clusters.items() if joins(name, c.name) and ck != k]
        if len(owners) == 1:
            owners[0].mentions.append(m)
        elif not owners:
            clusters[k] = _Cluster(name=name, mentions=[m])
        # several owners: ambiguous ("Kim" of two Kims), left unresolved
    people = [_person(c) for c in clusters.values()]
    people.sort(key=lambda p: p.spans[0] if p.spans else (0, 0))
    return people


def _person(cluster: _Cluster) -> Person:
    """The `Person` record of a cluster: aliases, roles, most frequent country, spans."""
    mentions = sorted(cluster.mentions, key=lambda m: (m.start, m.end))
    aliases = list(dict.fromkeys(m.name or m.text for m in mentions))
    roles: dict[str, str] = {}
    for m in mentions:
        for role in m.roles:
            roles.setdefault(role.casefold(), role)
    countries = Counter(m.country for m in mentions if m.country)
    # Most frequent country; ties go to the first one given.
    country = max(countries, key=lambda c: countries[c]) if countries else None
    spans = list(dict.fromkeys((m.start, m.end) for m in mentions))
    ages = [m.age for m in mentions if m.age is not None]
    evidence = dict.fromkeys(part for m in mentions for part in m.rule.split("+") if part)
    return Person(
        age=ages[0] if ages else None,
        evidence=tuple(evidence),
        name=cluster.name,
        mentions=len(spans),
        aliases=tuple(aliases),
        roles=tuple(roles.values()),
        country=country,
        spans=tuple(spans),
        forms=tuple(dict.fromkeys(m.text for m in mentions)),
    )
