"""Organisation mentions after the rules: overlaps, product lines, acronyms, repeats.

The organisations component finds and checks candidates; these functions settle them
against each other and add the mentions that follow from the ones found: an acronym in
parentheses after a name, and the name's other mentions written the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from c5facts.components.doc_text import text_of, words_of

# Lower-case words a name may hold between capitalised ones ("Banque de France", "Union
# française des industries pétrolières" has adjectives, read by `organisation_names.name_end`).
NAME_LINKS = frozenset(["de", "du", "des", "d'", "d’", "et", "&", "of", "and", "for", "la", "l'"])


@dataclass(slots=True)
class Cand:
    """An organisation candidate: tokens `start:end`, the rule that found it, its details."""

    start: int
    end: int
    rule: str
    head: str | None = None
    country: str | None = None
    acronym: str | None = None


def capitalised(tok: Token) -> bool:
    """A capitalised word, or a capitalised hyphenated word ("Al-Hilal")."""
    return (tok.text[:1].isupper() and tok.is_alpha) or (tok.text[:1].isupper() and "-" in tok.text)


def no_product_lines(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Drop a brand's product line.

    "Nike Tech" next to "Nike" goes when the model also reads "Nike Tech ..." as a MISC
    name somewhere in the document.
    """
    texts = {doc[c.start : c.end].text for c in cands}
    misc = [e.text for e in doc.ents if e.label_ == "MISC"]
    out = []
    for cand in cands:
        words = [t.text for t in doc[cand.start : cand.end]]
        line = " ".join(words[:2])
        shorter = any(" ".join(words[:k]) in texts for k in range(1, len(words)))
        if shorter and len(words) > 1 and any(m.startswith(line) for m in misc):
            continue
        out.append(cand)
    return out


def acronym_after(doc: Doc, start: int, end: int) -> str | None:
    """The acronym in parentheses right after a name: "... européenne (BCE)".

    Its letters are the initials of the name's words ("Union française des industries
    pétrolières (Ufip)"), or, after a name of two words or more, its first letter is
    one of their initials ("Réserve fédérale (Fed)"); "Google, Apple et Amazon (GAFA)"
    is no alias of Amazon.
    """
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word = doc[end + 1].text
    capitals = word[:1].isupper() and word.isalpha()
    if not (capitals and (word[1:2].isupper() or len(word) <= 5)):
        return None
    words = [t.lower_ for t in doc[start:end] if t.is_alpha and t.lower_ not in NAME_LINKS]
    initials = "".join(w[0] for w in words)
    if word.lower() == initials:
        return word
    if len(words) >= 2 and word[0].lower() in initials:
        return word
    return None


def acronyms(found: list[Cand], person: set[int]) -> list[Cand]:
    """The "(BCE)" after a name, as its own mention (the name's alias)."""
    out = []
    for cand in found:
        if cand.acronym is not None and cand.end + 1 not in person:
            out.append(Cand(cand.end + 1, cand.end + 2, "acronym"))
    return out


def repeats(
    doc: Doc,
    found: list[Cand],
    person: set[int],
    country_tok: dict[int, tuple[int, int]],
) -> list[Cand]:
    """Other mentions of a name found already, written the same way."""
    names = {tuple(t.text for t in doc[c.start : c.end]) for c in found}
    taken = {i for c in found for i in range(c.start, c.end)}
    out: list[Cand] = []
    texts = words_of(doc)
    at: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        at.setdefault(text, []).append(i)
    for words in sorted(names, key=len, reverse=True):
        size = len(words)
        for i in at.get(words[0], ()):
            if any(j in taken for j in range(i, i + size)):
                continue
            if tuple(texts[i : i + size]) != words:
                continue
            if any(j in person or j in country_tok for j in range(i, i + size)):
                continue
            # A longer capitalised name around it is another name ("Nike Tech").
            if i + size < len(doc) and capitalised(doc[i + size]):
                continue
            if i > 0 and capitalised(doc[i - 1]) and not doc[i - 1].is_sent_start:
                continue
            out.append(Cand(i, i + size, "repeat"))
            taken.update(range(i, i + size))
    return out


def line_of(doc: Doc, i: int) -> str:
    """The line of text holding token `i`."""
    text = text_of(doc)
    at = doc[i].idx
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return text[lo : hi if hi >= 0 else len(text)]


def cut_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Cut a person's name off an organisation glued to it.

    'Le président de Tarvel Mining Simon Okafor': an organisation named alone elsewhere,
    then two or three capitalised words, is that organisation followed by a person's name.
    """
    names = {tuple(t.text for t in doc[c.start : c.end]) for c in cands}
    for cand in cands:
        words = tuple(t.text for t in doc[cand.start : cand.end])
        for k in range(len(words) - 2, 0, -1):
            rest = doc[cand.start + k : cand.end]
            if words[:k] in names and len(rest) <= 3 and all(t.is_title for t in rest):
                cand.end = cand.start + k
                break
    return cands


def no_overlap(cands: list[Cand]) -> list[Cand]:
    """Overlapping candidates: the longest stays (the first on a tie)."""
    out: list[Cand] = []
    taken: set[int] = set()
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if any(i in taken for i in range(cand.start, cand.end)):
            continue
        out.append(cand)
        taken.update(range(cand.start, cand.end))
    return out
