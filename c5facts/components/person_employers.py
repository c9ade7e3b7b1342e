"""A title's employer and its holder with no comma between them.

"le président de Rio Tinto Simon Thompson a déploré": after a title's "de", a run of name
words holds an organisation then a person. `employer_at` splits the run where the base
model reads a person (its own PER span, or a re-read of the two parts apart); a run it
does not read so is left whole.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from c5facts.components.person_names import DETERMINERS, KUNYA, is_name_word, name_end
from c5facts.components.person_titles import Lexicon, after_of

Reader = Callable[[Doc], Doc]  # the base model's NER, run on a short re-read
# before a title, these make it a complement of another title ("l'adjoint au maire de X")
NESTING = frozenset(["à", "au", "aux", "de", "du", "des", "d'", "d’", "auprès"])
MIN_HOLDER = 2  # name words of a title's holder after the employer's name (first + surname)
TAIL = 8  # tokens after the name given to the base model when re-reading a split
MIN_RUN = 3  # an employer (one word or more) and a holder (two words or more)


def employer_at(
    lex: Lexicon, doc: Doc, j: int, lead: int, ner: Reader | None
) -> tuple[int, int, int] | None:
    """(employer start, holder start, end) after a title ending at `j`, None if none.

    `j` holds the title's "de"/"du"/"d'" ("le président de Rio Tinto Simon Thompson"),
    `lead` is the title's first token. A title that is itself a complement ("l'adjoint au
    maire de Lyon X": X is the adjoint) gives nothing.
    """
    k = after_of(doc, j)
    if k is None or (not doc[j].whitespace_ and doc[j].text[-1:] not in "'’"):
        return None
    end = name_end(doc, k, lex.particles)
    if lead > 0 and doc[lead - 1].lower_ in DETERMINERS:
        lead -= 1
    if lead > 0 and doc[lead - 1].lower_ in NESTING:
        return None
    split = employer_split(doc, k, end, lead, ner) if end - k >= MIN_RUN else None
    return None if split is None else (k, split, end)


def employer_split(doc: Doc, k: int, end: int, lead: int, ner: Reader | None) -> int | None:
    """Where an employer's name ends and its holder's begins, None when unsure.

    "le président de Rio Tinto Simon Thompson a déploré": the run of name words
    `doc[k:end]` after a title's "de" holds an organisation then a person (first name and
    surname at least). The split is where the base model reads a person: its own PER span
    covering exactly the end of the run, or, re-reading the two parts apart (the holder
    with what follows the run; the title and the employer with it), a PER for the holder
    and a non-person entity for the employer. Several splits: the employer named alone
    elsewhere in the article, then the longest holder. A run the model does not read so
    ("le patron de Goldman Sachs Asset Management a estimé") is left whole.
    """
    splits = [
        s
        for s in range(k + 1, end - 1)
        if is_name_word(doc[s])
        and doc[s - 1].whitespace_
        and sum(is_name_word(t) for t in doc[s:end]) >= MIN_HOLDER
    ]
    for ent in doc.ents:
        if ent.label_ == "PER" and ent.end == end and ent.start in splits:
            return ent.start
    if ner is None or not splits:
        return None
    tail = end
    while tail < min(len(doc), end + TAIL) and not (tail > end and doc[tail].is_sent_start):
        tail += 1
    found = []
    for s in splits:
        holder = _read(doc, ner, [*range(s, end), *range(end, tail)])
        frame = _read(doc, ner, [*range(lead, s), *range(end, tail)])
        person = any(e.label_ == "PER" and (e.start, e.end) == (0, end - s) for e in holder.ents)
        employer = any(
            e.label_ != "PER" and (e.start, e.end) == (k - lead, s - lead) for e in frame.ents
        )
        if person and employer:
            found.append(s)
    if not found:
        return None
    # a kunya opens the holder's name, whatever the model read ("le chef de l'EI Abou Bakr
    # al-Baghdadi": the model's person starts on "Bakr")
    found = [s - 1 if s - 1 > k and doc[s - 1].text in KUNYA else s for s in found]
    alone = [s for s in found if _named_alone(doc, k, s)]
    return (alone or found)[0]


def _read(doc: Doc, ner: Reader, indices: list[int]) -> Doc:
    """The base model's entities on the tokens `indices` of `doc`, read alone."""
    words = [doc[i].text for i in indices]
    spaces = [bool(doc[i].whitespace_) for i in indices]
    return ner(Doc(doc.vocab, words=words, spaces=spaces))


def _named_alone(doc: Doc, k: int, s: int) -> bool:
    """Whether the words `doc[k:s]` stand elsewhere in `doc` as a whole run of name words."""
    words = [t.text for t in doc[k:s]]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if i == k or doc[i].text != words[0] or [t.text for t in doc[i : i + n]] != words:
            continue
        before = i > 0 and is_name_word(doc[i - 1]) and not doc[i].is_sent_start
        after = i + n < len(doc) and is_name_word(doc[i + n])
        if not before and not after:
            return True
    return False
