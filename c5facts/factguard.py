"""One fact that cannot be converted is left out with a warning, never its whole article.

`per_fact` runs one converter (`date_records`, `money_records`...) over a `Doc`; when it
raises (a date pushed past year 9999 by its reference date, an amount no number type
holds), it runs it again one span at a time and leaves out, with a warning, the spans
it fails on. `sane_money` drops the amounts JSON cannot carry exactly; `outside`, the
facts found across a run of symbols that `textguard` read as blanks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from c5facts.records import Article, Money

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

# Amounts above this (in any currency) are not amounts of this world, and every whole
# number up to it is exact as a double-precision float (2**53 > 10**15): JSON readers
# that use doubles (JavaScript) read every amount c5facts writes exactly.
MAX_AMOUNT = Decimal(10) ** 15
# Significant digits a double holds exactly (DBL_DIG): a decimal amount with more
# cannot be written as an exact JSON number that such readers read back.
MAX_DIGITS = 15


def per_fact(
    doc: Doc,
    key: str,
    convert: Callable[[Doc], tuple[Sequence[T], Sequence[str]]],
    warnings: list[str],
) -> list[T]:
    """The facts `convert` makes of the spans of group `key`, without the ones it fails on.

    Args:
        doc: The processed document.
        key: Its span group that `convert` reads.
        convert: Makes (facts, warnings) of the document.
        warnings: Receives `convert`'s warnings and one per fact left out.

    Returns:
        The facts; when `convert` fails on the whole group, those of the spans it
        converts one at a time (article-level evidence then comes from each span alone).
    """
    try:
        facts, said = convert(doc)
    except Exception:  # any failure: redo one span at a time below
        pass
    else:
        warnings.extend(said)
        return list(facts)
    group = list(doc.spans.get(key, []))
    out: list[T] = []
    try:
        for span in group:
            doc.spans[key] = [span]
            try:
                facts, said = convert(doc)
            except Exception as exc:  # the fact is left out, with why
                text = span.text if len(span.text) <= 60 else span.text[:57] + "..."
                warnings.append(
                    f"{key.removeprefix('c5facts_')} fact {text!r} at {span.start_char} left out "
                    f"({type(exc).__name__}: {str(exc)[:120]})"
                )
                continue
            out.extend(facts)
            warnings.extend(said)
    finally:
        doc.spans[key] = group
    return out


def sane_money(money: Sequence[Money], warnings: list[str]) -> list[Money]:
    """`money` without the amounts JSON cannot carry exactly (a warning for each)."""
    out = []
    for fact in money:
        amounts = [fact.amount, fact.amount_max]
        if fact.equivalent is not None:
            amounts.append(fact.equivalent.amount)
        bad = next((a for a in amounts if a is not None and not _writable(a)), None)
        if bad is None:
            out.append(fact)
            continue
        text = fact.text if len(fact.text) <= 60 else fact.text[:57] + "..."
        warnings.append(
            f"money fact {text!r} at {fact.start} left out (amount beyond 10^15 "
            f"or with more than {MAX_DIGITS} significant digits)"
        )
    return out


def _writable(amount: Decimal) -> bool:
    """True for a finite amount up to 10^15, whole or of at most 15 significant digits."""
    if not amount.is_finite() or abs(amount) > MAX_AMOUNT:
        return False
    if amount == amount.to_integral_value():
        return True
    return len(amount.normalize().as_tuple().digits) <= MAX_DIGITS


def outside(article: Article, blanked: Sequence[tuple[int, int]]) -> Article:
    """`article` without the facts that overlap a run of symbols read as blanks.

    Such a fact joins the text on both sides of the run (`"$ " + "€" * 500 + " 0"` read
    as "$ ... 0"): it is an artefact of the blanks, not something the article says.
    """

    def clear(start: int, end: int) -> bool:
        return not any(start < b_end and b_start < end for b_start, b_end in blanked)

    def clear_all(spans: Sequence[tuple[int, int]]) -> bool:
        return all(clear(s, e) for s, e in spans)

    return replace(
        article,
        money=tuple(m for m in article.money if clear(m.start, m.end)),
        dates=tuple(d for d in article.dates if clear(d.start, d.end)),
        people=tuple(p for p in article.people if clear_all(p.spans)),
        countries=tuple(c for c in article.countries if clear_all(c.spans)),
    )
