"""Web pages as inputs: `c5facts extract https://...` fetches the page, then reads it as HTML.

One GET per page with the standard library (`urllib`): a clear user agent, a timeout per
attempt, a few retries with back-off on what may pass (timeouts, connection resets, 429
and 5xx answers), and a size cap. What cannot become an article is an `InputError` with
the reason (`HTTP 404 Not Found`, `timed out after 20 s`, `not HTML (application/pdf)`,
`larger than 10000000 bytes`), so the batch writes an error record and goes on. The page
is then read exactly as a saved `.html` file is (`inputs.html_document`: trafilatura's
main text and publication date), so a URL and the same page saved give the same facts.
"""

from __future__ import annotations

import http.client
import posixpath
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from c5facts.about import __version__
from c5facts.errors import InputError

USER_AGENT = f"c5facts/{__version__} (French news fact extraction; python-urllib)"
# Seconds for one attempt (connecting, then each read); attempts after the first, and
# the pause before each (doubled every time).
TIMEOUT = 20.0
RETRIES = 2
BACKOFF = 1.0
# Largest page read, whatever --max-bytes says: no news page comes near it.
MAX_PAGE_BYTES = 10_000_000
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Answers worth asking again: rate limits and server-side failures.
_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_SCHEMES = ("http://", "https://")


def is_web_url(source: str) -> bool:
    """True for an `http://` or `https://` address (a page to fetch, never a folder to walk).

    >>> is_web_url("https://example.org/a.html"), is_web_url("s3://bucket/a.txt")
    (True, False)
    """
    return source.lower().startswith(_SCHEMES)


def relative_name(url: str) -> str:
    """A page's path below an output folder: host and path, safe as file names.

    >>> relative_name("https://www.example.org/politique/2025/11/article?id=3")
    'www.example.org/politique/2025/11/article_id_3'
    >>> relative_name("http://example.org/")
    'example.org/index'
    """
    parts = urllib.parse.urlsplit(url)
    path = parts.path.strip("/") or "index"
    if parts.query:
        path += "?" + parts.query
    host = _safe(parts.netloc) or "host"
    segments = [_safe(s) for s in path.split("/") if s not in ("", ".", "..")]
    return posixpath.join(host, *[s for s in segments if s] or ["index"])


def _safe(segment: str) -> str:
    return re.sub(r"[^\w.-]+", "_", segment).strip("._")[:120]


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: its bytes, and the charset its headers declare (if any)."""

    url: str
    data: bytes
    charset: str | None = None


def fetch(url: str, max_bytes: int | None = MAX_PAGE_BYTES) -> Page:
    """GET an HTML page, with retries; anything else is an `InputError` naming the reason.

    Args:
        url: An http(s) address.
        max_bytes: Largest page read (capped at `MAX_PAGE_BYTES`).

    Returns:
        The page's bytes and declared charset.

    Raises:
        InputError: an HTTP error, a timeout, an unreachable host, an answer that is not
            HTML, or a page larger than the cap.
    """
    cap = MAX_PAGE_BYTES if max_bytes is None else min(max_bytes, MAX_PAGE_BYTES)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Language": "fr,en;q=0.5",
        },
    )
    for attempt in range(RETRIES + 1):
        last = attempt == RETRIES
        try:
            return _get(request, url, cap)
        except urllib.error.HTTPError as exc:
            reason = f"HTTP {exc.code} {exc.reason}".strip()
            exc.close()
            if last or exc.code not in _RETRY_STATUS:
                raise InputError(url, reason) from None
        except TimeoutError:
            if last:
                raise InputError(url, f"timed out after {TIMEOUT:g} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                if last:
                    raise InputError(url, f"timed out after {TIMEOUT:g} s") from None
            elif last or isinstance(exc.reason, socket.gaierror):  # no such host: no retry
                raise InputError(url, f"cannot fetch ({exc.reason})") from None
        except (OSError, http.client.HTTPException) as exc:
            if last:
                raise InputError(url, f"cannot fetch ({exc})") from None
        time.sleep(BACKOFF * 2**attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def _get(request: urllib.request.Request, url: str, cap: int) -> Page:
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        headers: Message = response.headers
        ctype = headers.get_content_type()
        if ctype not in HTML_TYPES:
            raise InputError(url, f"not HTML ({ctype})")
        length = headers.get("Content-Length")
        if length is not None and length.isdigit() and int(length) > cap:
            raise InputError(url, f"larger than {cap} bytes")
        data: bytes = response.read(cap + 1)
    if len(data) > cap:
        raise InputError(url, f"larger than {cap} bytes")
    return Page(url, data, headers.get_content_charset())


def declared_text(page: Page) -> str | None:
    """The page decoded with the charset its headers declare; None when none fits.

    >>> declared_text(Page("http://x", "café".encode("cp1252"), "windows-1252"))
    'café'
    """
    if not page.charset:
        return None
    try:
        return page.data.decode(page.charset)
    except (LookupError, UnicodeDecodeError):
        return None
