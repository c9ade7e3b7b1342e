"""Coordination for the people component: a lone name joined to a person (`person_context`).

A lone word is a person when a coordinator joins it to a person already kept or to
another lone name the model calls PER:

- "et"/"ou"/"ni", "que" after a comparison ("aussi bien Jaurès que Blum") or "à" in "de X
  à Y" ("de Trump à Poutine": `joins_names`);
- a comma inside a list closed by "et"/"ou" ("Renoir, Resnais, Demy et Varda":
  `closed_list`) holding a person ("comme Zélie, Kaplan, Anne Roy ou Paul Mas"), or an
  item between two people of a list ("Malik X, Sanou, Medhi Y, ...");
- a longer link of the lexicon (`coordination_link`: "puis", "ainsi que", "de même
  que"), a comma before it or not, the older press's way of listing speakers and guests
  ("Jules Ferry, puis Gambetta prirent la parole", "Gambetta ainsi que Jules Ferry"):
  `linked`;
- a list of three names or more that the model all reads as persons, whether or not one
  is kept ("Ont pris la parole : Jaurès, Millerand, Viviani": `model_list`).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from c5facts.components.person_names import MAX_NAME, is_name_word

COORDINATORS = frozenset(["et", "ou", "ni"])
# the words before "X que Y" that make it a comparison of two people
COMPARED = frozenset(["bien", "tant", "plus", "moins", "autant", "plutôt"])
OF = frozenset(["de", "d'", "d’", "du"])
ARTICLES = frozenset(["le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au", "aux"])


def name_word(tok: Token) -> bool:
    """A capitalised word (or initial) that is not an article opening a sentence."""
    return is_name_word(tok) and tok.lower_ not in ARTICLES


def linked(
    doc: Doc, start: int, end: int, people: Collection[int], links: Collection[tuple[str, ...]]
) -> bool:
    """'X, puis Y', 'X ainsi que Y': a link of `links` joins the name to a person.

    A comma may stand before the link; the person is on the other side, right next to it.
    """
    for link in links:
        n = len(link)
        k = start - n  # the link right before the name
        if k > 0 and _words(doc, k, n) == link:
            j = k - 1 if k > 1 and doc[k - 1].text == "," else k
            if (j - 1) in people:
                return True
        k = end + 1 if end < len(doc) and doc[end].text == "," else end
        if _words(doc, k, n) == link and (k + n) in people:
            return True
    return False


def _words(doc: Doc, i: int, n: int) -> tuple[str, ...]:
    """The lower-case words `doc[i:i + n]`, () when they run out of the document."""
    return tuple(t.lower_ for t in doc[i : i + n]) if i >= 0 and i + n <= len(doc) else ()


def coordinated_with(
    doc: Doc,
    start: int,
    end: int,
    people: Collection[int],
    links: Collection[tuple[str, ...]] = (),
) -> bool:
    """Whether "et"/"ou" joins the name to a person starting or ending at a kept position.

    `people` holds the first and the last token index of every person kept so far;
    `links` the lower-case words of the longer links ("puis", "ainsi que": `linked`).
    """
    before = start > 1 and joins_names(doc, start - 1) and (start - 2) in people
    after = end + 1 < len(doc) and joins_names(doc, end) and (end + 1) in people
    if linked(doc, start, end, people, links):
        return True
    comma_after = end + 1 < len(doc) and doc[end].text == ","
    # "Renoir, Resnais, Demy et Varda": a comma joins items of a list closed by et/ou
    listed = comma_after and (end + 1) in people
    # "comme Zélie, Kaplan, Anne Roy ou Paul Mas": a closed list holding a person
    holds = comma_after and any(p in people for p in range(end + 1, list_end(doc, end)))
    # "Outre Malik X, Sanou, Medhi Y, ...": an item between two full names of a list
    between = (
        start > 2
        and end + 2 < len(doc)
        and doc[start - 1].text == ","
        and (start - 2) in people
        and name_word(doc[start - 3])
        and listed
        and name_word(doc[end + 2])
    )
    return before or after or between or ((listed or holds) and closed_list(doc, end))


def joins_names(doc: Doc, k: int) -> bool:
    """Whether the word at `k` joins the names on either side of it.

    "et", "ou", "ni" ("ni Jaurès ni Blum"); "que" after a comparison or a correlative
    ("aussi bien Jaurès que Blum", "plus Dupont que Durand"); "à" in "de X à Y" ("de
    Trump à Poutine": a range of people).
    """
    word = doc[k].lower_
    if word in COORDINATORS:
        return True
    if word == "que":
        return k > 1 and doc[k - 2].lower_ in COMPARED
    return word == "à" and name_range(doc, k)


def name_range(doc: Doc, k: int) -> bool:
    """Whether "à" at `k` follows "de" and a name: "de Trump à", "de Victor Hugo à"."""
    i = k - 1
    while i >= 0 and k - i <= MAX_NAME and doc[i].lower_ not in OF and name_word(doc[i]):
        i -= 1
    return k - 1 > i >= 0 and doc[i].lower_ in OF


def list_end(doc: Doc, k: int) -> int:
    """End of the comma-separated name runs from the comma `k` (`k` when there is none).

    The last item may follow "et"/"ou" ("Zélie, Kaplan, Anne Roy ou Paul Mas").
    """
    end = k
    while k < len(doc) and doc[k].text in (",", "et", "ou"):
        j = k + 1
        while j < len(doc) and j - k <= MAX_NAME and name_word(doc[j]):
            j += 1
        if j == k + 1:
            break
        end = k = j
    return end


def list_start(doc: Doc, start: int) -> int:
    """Start of the first item of the list of name runs that the name at `start` ends.

    "les marques Gucci, Prada et Versace": from "Versace", "Gucci"; `start` itself when
    no comma or "et"/"ou" and a name stand before it.
    """
    first = start
    k = start - 1
    while k > 0 and (doc[k].text == "," or doc[k].lower_ in COORDINATORS):
        j = k - 1
        while j >= 0 and k - j <= MAX_NAME and name_word(doc[j]):
            j -= 1
        if j == k - 1:
            break
        first, k = j + 1, j
    return first


def closed_list(doc: Doc, k: int) -> bool:
    """Whether the names after the comma at `k` run, comma after comma, to "et"/"ou" + a name."""
    while k < len(doc) and doc[k].text == ",":
        j = k + 1
        while j < len(doc) and j - k <= MAX_NAME and name_word(doc[j]):
            j += 1
        if j == k + 1:
            return False
        k = j
    return k + 1 < len(doc) and doc[k].lower_ in COORDINATORS and name_word(doc[k + 1])


MIN_LIST = 3  # items of a list of names the model reads as persons, at least


def model_list(doc: Doc, start: int, end: int) -> int | None:
    """Start of a list of names the model all reads as PER that holds the name, if any.

    "Ont pris la parole : Jaurès, Millerand, Viviani": three names or more, joined by
    commas and "et"/"ou" only, every one a PER of the model; None for a shorter list
    or one with another reading inside.
    """
    if doc[start].ent_type_ != "PER":
        return None
    items, first = 1, start
    k = start - 1
    while k > 0 and (doc[k].text == "," or doc[k].lower_ in COORDINATORS):
        j = _model_name_before(doc, k)
        if j is None:
            break
        items, first, k = items + 1, j, j - 1
    k = end
    while k + 1 < len(doc) and (doc[k].text == "," or doc[k].lower_ in COORDINATORS):
        j = k + 1
        if doc[j].ent_type_ != "PER" or doc[j].ent_iob_ != "B" or not name_word(doc[j]):
            break
        while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
            j += 1
        items, k = items + 1, j + 1
    return first if items >= MIN_LIST else None


def _model_name_before(doc: Doc, k: int) -> int | None:
    """Start of the model's PER name that ends right before the separator at `k`."""
    j = k - 1
    if doc[j].ent_type_ != "PER" or not name_word(doc[j]):
        return None
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    return j
