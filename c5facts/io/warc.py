"""Web archives as inputs: the French HTML pages of a WARC file (`.warc`, `.warc.gz`).

`iter_pages` streams a WARC file (local path or fsspec URL) with warcio and yields one
`WarcPage` per page worth extracting: a `response` record with HTTP status 200, an HTML
content type, a body within the size cap, a target URL not seen before in the file, and
text that reads as French (`c5facts.io.language`, function-word frequency). Everything
else is counted in `WarcStats` and skipped (not an error: a crawl is mostly other pages).

The page's bytes travel in the batch task, so pool and Dask workers need no access to
the archive; they reduce the page to its text as a saved `.html` file is reduced
(trafilatura), and its reference date is the page's own publication date, else the
record's `WARC-Date` (`reference_date_source: "warc-date"`).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

from c5facts.errors import InputError
from c5facts.io.language import is_french_html
from c5facts.io.web import HTML_TYPES, MAX_PAGE_BYTES, relative_name

WARC_SUFFIXES = (".warc", ".warc.gz")
WARC_GLOBS = ("*.warc", "*.warc.gz")


def is_warc(source: str) -> bool:
    """True for a web archive file name.

    >>> is_warc("CC-NEWS-20251106.warc.gz"), is_warc("a.txt")
    (True, False)
    """
    return source.lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response of an archive: its URL, body, declared charset and capture date.

    `index` is the record's position in its file (every record counted), which names
    its output file: `CRAWL.warc.gz/000042_host/path.json`, stable from run to run.
    """

    url: str
    data: bytes
    charset: str | None
    warc_date: date | None
    index: int

    def relative(self, archive: str) -> str:
        """The page's path below an output folder: archive name, record index, URL."""
        name = posixpath.basename(archive.rstrip("/")) or "archive"
        return f"{name}/{self.index:06d}_{relative_name(self.url)}"


@dataclass(slots=True)
class WarcStats:
    """What a walk through an archive kept and skipped, by reason."""

    records: int = 0
    kept: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        """Count one record skipped for `reason`."""
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def line(self) -> str:
        """One human line: "2 of 7 records kept (3 not French, 2 not HTML)".

        >>> WarcStats(records=7, kept=2, skipped={"not French": 3, "not HTML": 2}).line()
        '2 of 7 records kept (3 not French, 2 not HTML)'
        """
        why = ", ".join(f"{n} {reason}" for reason, n in self.skipped.items())
        return f"{self.kept} of {self.records} records kept" + (f" ({why})" if why else "")


def _open(source: str) -> IO[bytes]:
    if "://" in source:
        import fsspec  # lazy: only remote archives need it

        fh: IO[bytes] = fsspec.open(source, "rb").open()
        return fh
    return open(source, "rb")


def _warc_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def iter_pages(
    source: str,
    max_bytes: int | None = MAX_PAGE_BYTES,
    stats: WarcStats | None = None,
    french_only: bool = True,
) -> Iterator[WarcPage]:
    """The French HTML pages of the archive `source`, in file order, streamed.

    Args:
        source: A `.warc` or `.warc.gz` file (path or fsspec URL).
        max_bytes: Largest page body kept (capped at `web.MAX_PAGE_BYTES`).
        stats: Filled with what was kept and skipped, when given.
        french_only: Skip pages whose text does not read as French.

    Raises:
        InputError: the file cannot be opened or is not a web archive.
    """
    from warcio.archiveiterator import ArchiveIterator  # lazy: WARC inputs only
    from warcio.exceptions import ArchiveLoadFailed

    cap = MAX_PAGE_BYTES if max_bytes is None else min(max_bytes, MAX_PAGE_BYTES)
    stats = stats if stats is not None else WarcStats()
    seen: set[str] = set()
    try:
        fh = _open(source)
    except FileNotFoundError as exc:
        raise InputError(source, "no such file") from exc
    except OSError as exc:
        raise InputError(source, f"unreadable ({exc.strerror or exc})") from exc
    with fh:
        try:
            for index, record in enumerate(ArchiveIterator(fh)):
                if record.format != "warc":
                    raise ArchiveLoadFailed(f"record {index} is not a WARC record")
                stats.records += 1
                page = _page(record, index, cap, seen, stats, french_only)
                if page is not None:
                    stats.kept += 1
                    yield page
        except ArchiveLoadFailed as exc:
            raise InputError(source, f"not a readable web archive ({exc})") from exc


def _page(
    record: Any, index: int, cap: int, seen: set[str], stats: WarcStats, french_only: bool
) -> WarcPage | None:
    """The page of one record, or None (and the reason counted) when it is not kept."""
    if record.rec_type != "response" or record.http_headers is None:
        stats.skip("not a response")
        return None
    http = record.http_headers
    if http.get_statuscode() != "200":
        stats.skip("HTTP status not 200")
        return None
    ctype, _, params = (http.get_header("Content-Type") or "").partition(";")
    if ctype.strip().lower() not in HTML_TYPES:
        stats.skip("not HTML")
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    if not url or url in seen:
        stats.skip("duplicate URL" if url else "no URL")
        return None
    data: bytes = record.content_stream().read(cap + 1)
    if len(data) > cap:
        stats.skip("too large")
        return None
    seen.add(url)
    charset = _charset(params)
    if french_only and not is_french_html(data.decode(charset or "utf-8", errors="replace")):
        stats.skip("not French")
        return None
    return WarcPage(
        url, data, charset, _warc_date(record.rec_headers.get_header("WARC-Date")), index
    )


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            name = value.strip().strip("\"'")
            try:
                "".encode(name)
            except LookupError:
                return None
            return name
    return None


def expand_archives(
    found: Iterator[tuple[str, str, str | None]],
    max_bytes: int | None = MAX_PAGE_BYTES,
    archives: list[tuple[str, WarcStats]] | None = None,
) -> Iterator[tuple[str, str, str | None, WarcPage | None]]:
    """Inputs as walked, with each web archive replaced by its French HTML pages.

    Yields `(source, relative, problem, page)`: for an archive's page, `source` is the
    page's URL (records and `--resume` name it), `relative` its path below an output
    folder (`WarcPage.relative`), and `page` its bytes; other inputs pass unchanged with
    `page` None. An archive that cannot be read (or stops being readable) yields one
    input with its `problem`. Each archive's `WarcStats` is appended to `archives`.
    """
    for source, relative, problem in found:
        if problem is not None or not is_warc(source):
            yield source, relative, problem, None
            continue
        stats = WarcStats()
        if archives is not None:
            archives.append((source, stats))
        try:
            for page in iter_pages(source, max_bytes, stats):
                yield page.url, page.relative(relative), None, page
        except InputError as exc:
            yield source, relative, exc.reason, None


def count_inputs(paths: Iterable[str], globs: Iterable[str]) -> int | None:
    """How many articles `paths` hold, for a progress total.

    None when a web archive is among them (its pages are only known by reading it through).
    """
    from c5facts.io.inputs import walk_found

    n = 0
    for found in walk_found(paths, globs):
        if is_warc(found.source):
            return None
        n += 1
    return n
