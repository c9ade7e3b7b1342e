"""Nicknames and stage names the article gives a person: every mention of them is that person.

"Mohammed ben Salmane, dit MBS, ... MBS a ordonné": "MBS" is the prince, wherever the
article writes it, even where the sentence alone would not make a person of it; so is
"le Che" after "Ernesto Guevara, surnommé le Che", and "Jay-Z" after "Shawn Carter, alias
Jay-Z". The cue words are the lexicon's (`nickname_cue`: "dit", "surnommé", "alias",
"connu sous le nom de"...). The other way round, "Jay-Z, de son vrai nom Shawn Carter"
(`real_name_cue`) names the person by the real name. The nickname is one to three name
words (an article before it stays outside: "le Che" is "Che"), closed by a comma, a
parenthesis or the sentence's end; "dit" and "dite", which are also speech verbs ("Le
projet, dit Marie, est mort"), need the comma or the parenthesis after it.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from c5facts.components.person_mentions import Candidate
from c5facts.components.person_names import is_name_word, name_end
from c5facts.components.person_titles import Lexicon

NICK_ARTICLES = frozenset(["le", "la", "l'", "l’"])  # "surnommé le Che"
CLOSERS = frozenset([",", ")", ".", ";"])
SPEECH_FORMS = frozenset(["dit", "dite"])  # cues that are also speech verbs
MAX_NICKNAME = 3  # name words of a nickname


def _cue_end(doc: Doc, k: int, cues: Collection[tuple[str, ...]]) -> tuple[int, str] | None:
    """The end of a cue phrase starting at `k`, and its first word, or None."""
    for words in sorted(cues, key=len, reverse=True):
        if tuple(t.lower_ for t in doc[k : k + len(words)]) == words:
            return k + len(words), words[0]
    return None


def _nickname_at(lex: Lexicon, doc: Doc, k: int, speech: bool) -> tuple[int, int] | None:
    """The name words of a nickname after its cue at `k` (an article left out)."""
    if k < len(doc) and doc[k].lower_ in NICK_ARTICLES:
        k += 1
    end = name_end(doc, k, lex.particles)
    if not 0 < end - k <= MAX_NICKNAME:
        return None
    closers = (",", ")") if speech else CLOSERS
    if end < len(doc) and doc[end].text not in closers:
        return None
    if end >= len(doc) and speech:
        return None
    return k, end


Nicknames = dict[tuple[str, ...], str]  # the tokens of a nickname -> the person's name


def nicknames(lex: Lexicon, doc: Doc, kept: list[Candidate]) -> Nicknames:
    """Nickname tokens (as written) -> the person's name, read from "X, dit Y" and the like."""
    cues = {tuple(f.lower().split()) for f in lex.kinds.get("nickname_cue", ())}
    real_cues = {tuple(f.lower().split()) for f in lex.kinds.get("real_name_cue", ())}
    out: Nicknames = {}
    for cand in kept:
        k = cand.end
        if k + 1 >= len(doc) or doc[k].text not in (",", "("):
            continue
        written = cand.name or doc[cand.start : cand.end].text
        cue = _cue_end(doc, k + 1, cues)
        found = _nickname_at(lex, doc, cue[0], cue[1] in SPEECH_FORMS) if cue else None
        if found is not None and cand.end - cand.start > 1:
            out.setdefault(_tokens(doc, *found), written)
    for cand in kept:
        # "Jay-Z, de son vrai nom Shawn Carter": the stage name's mentions are his
        stage = _stage_name_before(doc, cand.start, real_cues)
        if stage is not None and cand.end - cand.start > 1:
            out.setdefault(_tokens(doc, *stage), cand.name or doc[cand.start : cand.end].text)
    return out


def _stage_name_before(
    doc: Doc, start: int, cues: Collection[tuple[str, ...]]
) -> tuple[int, int] | None:
    """The name words before ", de son vrai nom" that ends right before `start`."""
    for words in cues:
        comma = start - len(words) - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        if tuple(t.lower_ for t in doc[comma + 1 : start]) != words:
            continue
        first = comma
        while first > 0 and comma - first < MAX_NICKNAME and is_name_word(doc[first - 1]):
            first -= 1
        while first < comma and doc[first].lower_ in NICK_ARTICLES:
            first += 1  # "Le Baron, de son vrai nom X": the article opens the sentence
        if first < comma:
            return first, comma
    return None


def _tokens(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(t.text for t in doc[start:end])


def nickname_mentions(
    doc: Doc, kept: list[Candidate], names: Nicknames, taken: Collection[int]
) -> list[Candidate]:
    """Name every mention of a nickname by its person; the ones not kept yet are added.

    `taken` holds the tokens no mention may take (dates, countries). Returns the mentions
    added; the kept ones that spell a nickname (or a real name's stage name) get its name.
    """
    if not names:
        return []
    for cand in kept:
        person = names.get(_tokens(doc, cand.start, cand.end))
        if person is not None and cand.name is None:
            cand.name = person
    covered = {i for c in kept for i in range(c.start, c.end)} | set(taken)
    added: list[Candidate] = []
    for i in range(len(doc)):
        for parts, person in names.items():
            n = len(parts)
            if _tokens(doc, i, i + n) == parts and not covered.intersection(range(i, i + n)):
                added.append(Candidate(i, i + n, "nickname", name=person))
                covered.update(range(i, i + n))
                break
    return added
