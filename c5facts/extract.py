"""The seam from spaCy to records: `Extractor` runs the pipeline, `article_from_doc` converts.

A `Doc`'s span groups die with it, so a whole `Doc` is turned into an `Article` in one
function. Normalisation itself lives in `c5facts.normalise` (pure Python, no spaCy).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import spacy.about
from spacy.language import Language
from spacy.tokens import Doc, Span

from c5facts import spans
from c5facts.about import DEFAULT_MODEL, __version__
from c5facts.normalise import countries as ncountries
from c5facts.normalise import dates as ndates
from c5facts.normalise import money as nmoney
from c5facts.normalise import people as npeople
from c5facts.pipeline import build_nlp
from c5facts.records import Article, Country, DateFact, Money, Person


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """Per-article inputs to conversion: where the text came from and its reference date."""

    source: str | None = None
    reference_date: date | None = None
    reference_date_source: str | None = None
    dollar: str | None = None


def _sentence(span: Span) -> str:
    # span.sent needs sentence boundaries; a blank test pipeline may have none.
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        return span.sent.text.strip()
    return doc.text


def _attrs(span: Span, key: str) -> dict[str, Any]:
    value = span._.get(key)
    return value if isinstance(value, dict) else {}


def people_records(doc: Doc) -> list[Person]:
    """People of the document, clustered under their most complete name."""
    mentions = [
        npeople.PersonMention(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            roles=tuple(_attrs(span, spans.PEOPLE).get("roles", ())),
            country=_attrs(span, spans.PEOPLE).get("country"),
            name=_attrs(span, spans.PEOPLE).get("name"),
        )
        for span in doc.spans.get(spans.PEOPLE, [])
    ]
    return npeople.cluster_people(mentions)


def country_records(doc: Doc) -> list[Country]:
    """Countries of the document, one record per ISO code."""
    mentions = []
    for span in doc.spans.get(spans.COUNTRIES, []):
        attrs = _attrs(span, spans.COUNTRIES)
        code = attrs.get("code") or span.kb_id_
        if not code:
            continue
        mentions.append(
            ncountries.CountryMention(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                code=code,
                via=attrs.get("via", "name"),
            )
        )
    return ncountries.group_countries(mentions)


def money_records(doc: Doc, ctx: Context) -> tuple[list[Money], list[str]]:
    """Money facts of the document, with article-level currency evidence applied."""
    items: list[Money] = []
    for span in doc.spans.get(spans.MONEY, []):
        parsed = nmoney.parse_money(span.text)
        if parsed is None:
            continue
        items.append(
            Money(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                amount=parsed.amount,
                currency=parsed.currency,
                qualifier=parsed.qualifier,
                amount_max=parsed.amount_max,
                equivalent=parsed.equivalent,
                sentence=_sentence(span),
                rule=str(_attrs(span, spans.MONEY).get("rule", "")),
            )
        )
    return nmoney.resolve_currencies(items, reference_date=ctx.reference_date, dollar=ctx.dollar)


def date_records(doc: Doc, ctx: Context) -> list[DateFact]:
    """Dates of the document, resolved against the reference date."""
    out: list[DateFact] = []
    for span in doc.spans.get(spans.DATES, []):
        attrs = _attrs(span, spans.DATES)
        resolved = ndates.resolve_date(
            span.text, reference=ctx.reference_date, tense=attrs.get("tense")
        )
        if resolved is None:
            continue
        out.append(
            DateFact(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                value=resolved.value,
                grain=resolved.grain,
                kind=resolved.kind,
                offset=resolved.offset,
                sentence=_sentence(span),
                rule=str(attrs.get("rule", "")),
            )
        )
    return out


def article_from_doc(doc: Doc, ctx: Context, pipeline_info: Mapping[str, str]) -> Article:
    """Convert a processed `Doc` into an `Article` record (the only spaCy -> records seam)."""
    money, warnings = money_records(doc, ctx)
    return Article(
        source=ctx.source,
        reference_date=ctx.reference_date.isoformat() if ctx.reference_date else None,
        reference_date_source=ctx.reference_date_source,
        pipeline=dict(pipeline_info),
        people=tuple(people_records(doc)),
        countries=tuple(country_records(doc)),
        money=tuple(money),
        dates=tuple(date_records(doc, ctx)),
        warnings=tuple(warnings),
    )


def resolve_context(
    text: str,
    *,
    source: str | None,
    reference_date: date | None,
    reference_date_source: str | None = None,
    dollar: str | None = None,
) -> Context:
    """Pick the reference date: the one given, else the article's own metadata or file name."""
    if reference_date is not None:
        return Context(
            source=source,
            reference_date=reference_date,
            reference_date_source=reference_date_source or "given",
            dollar=dollar,
        )
    found = ndates.find_reference_date(text, source)
    if found is not None:
        return Context(
            source=source, reference_date=found[0], reference_date_source=found[1], dollar=dollar
        )
    return Context(source=source, dollar=dollar)


class Extractor:
    """Loads the pipeline once and turns French news text into `Article` records."""

    def __init__(
        self, model: str = DEFAULT_MODEL, *, dollar: str | None = None, nlp: Language | None = None
    ) -> None:
        """Build the pipeline for base `model`; `dollar` forces the currency of bare dollars."""
        self.nlp = nlp if nlp is not None else build_nlp(model)
        self.dollar = dollar
        meta = self.nlp.meta
        self.pipeline_info = {
            "c5facts": __version__,
            "spacy": spacy.about.__version__,
            "model": f"{meta.get('lang', 'fr')}_{meta.get('name', model)}",
            "model_version": str(meta.get("version", "")),
        }

    def _context(self, text: str, meta: Mapping[str, Any]) -> Context:
        ref = meta.get("reference_date")
        if isinstance(ref, str):
            ref = date.fromisoformat(ref)
        return resolve_context(
            text,
            source=meta.get("source"),
            reference_date=ref,
            reference_date_source=meta.get("reference_date_source"),
            dollar=meta.get("dollar", self.dollar),
        )

    def extract(
        self,
        text: str,
        *,
        reference_date: date | None = None,
        source: str | None = None,
        reference_date_source: str | None = None,
    ) -> Article:
        """Extract the facts of one article."""
        meta = {
            "reference_date": reference_date,
            "source": source,
            "reference_date_source": reference_date_source,
        }
        return next(self.extract_many([(text, meta)]))

    def extract_many(
        self,
        items: Iterable[tuple[str, Mapping[str, Any]]],
        *,
        batch_size: int = 16,
        n_process: int = 1,
    ) -> Iterator[Article]:
        """Extract many articles with `nlp.pipe` batching; items are (text, metadata).

        Metadata keys: `source`, `reference_date` (date or ISO string),
        `reference_date_source`, `dollar`. Articles come back in input order.
        """
        limit = self.nlp.max_length

        def pieces() -> Iterator[tuple[str, tuple[Context, bool]]]:
            # A text over nlp.max_length goes through the pipe in pieces, then is glued back.
            for text, meta in items:
                ctx = self._context(text, meta)
                parts = split_text(text, limit) if len(text) > limit else [text]
                for i, part in enumerate(parts, 1):
                    yield part, (ctx, i == len(parts))

        done: list[Doc] = []
        for doc, (ctx, last) in self.nlp.pipe(
            pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            if not last:
                done.append(doc)
                continue
            if done:
                # The pieces concatenate to the original text, so from_docs (which shifts
                # span groups and span extension data) gives offsets into the whole text.
                doc = Doc.from_docs([*done, doc], ensure_whitespace=False)
                done = []
            yield article_from_doc(doc, ctx, self.pipeline_info)


def split_text(text: str, limit: int) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters that join back into `text`.

    Cuts fall after a blank line where possible, else after a line end, else after a
    space (a hard cut only inside one `limit`-long word).

    >>> split_text("Un.\\n\\nDeux trois.\\nQuatre.", 12)
    ['Un.\\n\\n', 'Deux trois.\\n', 'Quatre.']
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        for sep in ("\n\n", "\n", " "):
            cut = window.rfind(sep)
            if cut > 0:
                cut += len(sep)
                break
        else:
            cut = limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def with_source(article: Article, source: str | None) -> Article:
    """Copy of `article` under another `source` name."""
    return replace(article, source=source)
