"""People normalisation: cluster mentions under the most complete name (no spaCy).

A mention joins a fuller name only when exactly one person of the article carries it:
"Trump", "M. Trump" and "B. Obama" join "Donald Trump" / "Barack Obama"; a surname
shared by two people ("Marc Kielburger", "Craig Kielburger") stays apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from c5facts.records import Person

# Honorifics kept in mention texts but not part of a person's name.
HONORIFICS = frozenset(
    [
        "m.",
        "mme",
        "mlle",
        "mm.",
        "mmes",
        "dr",
        "dr.",
        "pr",
        "pr.",
        "me",
        "mgr",
        "sir",
        "lady",
        "lord",
    ]
)
INITIAL = re.compile(r"^(?:[A-ZÀ-Ý]\.)(?:-?[A-ZÀ-Ý]\.)*$")


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


def name_of(mention: PersonMention) -> str:
    """The name a mention gives, honorifics removed.

    >>> name_of(PersonMention(text="M. Trump", start=0, end=8))
    'Trump'
    """
    text = mention.name or mention.text
    words = text.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def key(name: str) -> tuple[str, ...]:
    """Comparison key of a name: case, accents, hyphens and apostrophes ignored.

    >>> key("Kassym-Jomart Tokaïev")
    ('kassym', 'jomart', 'tokaiev')
    """
    decomposed = unicodedata.normalize("NFD", name.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return tuple(re.sub(r"[-‐–]", " ", plain).split())


def _is_initial(word: str) -> bool:
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
        k, f = key(short), key(full)
        if len(k) == 1 and len(f) > 1 and f[0] == k[0]:
            return True
    initials = [w for w in words if _is_initial(w)]
    rest = " ".join(w for w in words if not _is_initial(w))
    s, f = key(rest), key(full)
    if not s or len(s) >= len(f) or f[-len(s) :] != s:
        return False
    if initials:
        letters = "".join(i.replace(".", "").replace("-", "") for i in initials).casefold()
        firsts = "".join(w[0] for w in f[: len(f) - len(s)])
        return firsts.startswith(key(letters)[0] if key(letters) else "")
    return True


def _completeness(mention: PersonMention) -> tuple[int, int]:
    # Most words first; at equal length a name beats initials ("Barack Obama" > "B. Obama").
    words = name_of(mention).split()
    initials = sum(1 for w in words if _is_initial(w))
    return (-(len(key(" ".join(words))) - initials), initials)


@dataclass(slots=True)
class _Cluster:
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
        k = key(name)
        if not k:
            continue
        if k in clusters:
            clusters[k].mentions.append(m)
            continue
        owners = [c for ck, c in clusters.items() if joins(name, c.name) and ck != k]
        if len(owners) == 1:
            owners[0].mentions.append(m)
        else:
            clusters[k] = _Cluster(name=name, mentions=[m])
    people = [_person(c) for c in clusters.values()]
    people.sort(key=lambda p: p.spans[0] if p.spans else (0, 0))
    return people


def _person(cluster: _Cluster) -> Person:
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
    return Person(
        name=cluster.name,
        mentions=len(spans),
        aliases=tuple(aliases),
        roles=tuple(roles.values()),
        country=country,
        spans=tuple(spans),
    )
