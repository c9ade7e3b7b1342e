"""Web pages (fetched, or from a web archive) turned into documents, as `.html` files are.

The one place that says how a page's bytes become an article: the charset its headers
declare, else the decoding of files (`inputs.decode`); then trafilatura's main text and
publication date (`inputs.html_document`). A saved page, its URL and its archived copy
therefore give the same text, the same offsets and the same facts.
"""

from __future__ import annotations

from c5facts.io.inputs import Document, decode, html_document
from c5facts.io.warc import WarcPage
from c5facts.io.web import Page, declared_text, fetch


def page_document(page: Page) -> Document:
    """The document of a fetched page: main text, publication date, decoding warnings."""
    text = declared_text(page)
    warnings: tuple[str, ...] = ()
    if text is None:
        decoded = decode(page.data, page.url)
        text, warnings = decoded.text, decoded.warnings
    doc = html_document(text)
    return Document(doc.text, doc.published, warnings, country=doc.country)


def fetch_document(url: str, max_bytes: int | None) -> Document:
    """Fetch `url` and read it as an HTML article; raises `InputError` on any failure."""
    return page_document(fetch(url, max_bytes))


def warc_document(page: WarcPage) -> Document:
    """The document of an archived page; without a publication date, the capture date.

    The page's own date (`html-metadata`) wins; else the record's `WARC-Date`
    (`warc-date`): news crawls capture pages within hours of publication.
    """
    doc = page_document(Page(page.url, page.data, page.charset))
    if doc.published is None and page.warc_date is not None:
        return Document(
            doc.text,
            page.warc_date,
            doc.warnings,
            published_source="warc-date",
            country=doc.country,
        )
    return doc
