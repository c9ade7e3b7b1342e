"""Pages written for the URL and web-archive tests, and a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import ClassVar

# A French news page written for these tests: navigation and footer around the article,
# a publication date in its metadata, amounts, dates and countries in its text.
PAGE_FR = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Accord sur les réseaux électriques</title>
<meta property="article:published_time" content="2025-03-04T08:00:00+01:00">
</head><body><nav>Accueil | Politique | Économie | Sport</nav>
<article><h1>Paris et Berlin signent un accord sur les réseaux électriques</h1>
<p>Le gouvernement a annoncé mardi un investissement de 2,5 milliards d'euros dans les réseaux
électriques entre la France et l'Allemagne, pour relier les deux marchés d'ici à 2030.</p>
<p>Les travaux commenceront au deuxième trimestre 2026 et dureront trois ans, selon le
communiqué publié par les deux gouvernements. Une délégation doit se rendre à Berlin la
semaine prochaine pour signer les premiers contrats.</p>
<p>Le coût total du programme pourrait dépasser 4 milliards d'euros, a précisé le ministère,
qui table sur une baisse des prix de l'électricité pour les ménages et les entreprises.</p>
</article><footer>© Le Journal d'essai</footer></body></html>
"""

# The same news in English: an archive keeps only French pages.
PAGE_EN = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Grid deal</title></head><body><article>
<p>The government announced on Tuesday an investment of 2.5 billion euros in the power grids
between France and Germany, to link the two markets by 2030. The works will start in the
second quarter of 2026 and will last three years, according to the statement published by
the two governments, which expect lower electricity prices for households.</p>
</article></body></html>
"""

# A French page without any publication date: an archive's capture date stands in.
PAGE_UNDATED = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Budget</title></head><body><article>
<p>Le conseil régional a voté hier un budget de 120 millions d'euros pour les lycées de la
région, dont une partie sera consacrée à la rénovation des bâtiments les plus anciens et à
l'achat de matériel informatique pour les élèves et les enseignants de la région.</p>
</article></body></html>
"""


class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[int, str, bytes]]] = {}
    agents: ClassVar[list[str]] = []
    flaky: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(2.0)
        if self.flaky.get(self.path, 0) > 0:
            self.flaky[self.path] -= 1
            self._send(503, "text/html", b"busy")
            return
        status, ctype, body = self.pages.get(self.path, (404, "text/html", b"not found"))
        self._send(status, ctype, body)

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@contextmanager
def serve(pages: dict[str, tuple[int, str, bytes]]) -> Iterator[tuple[str, type[_Handler]]]:
    """Serve `pages` (path -> status, content type, body) on 127.0.0.1; yields the base URL."""
    handler = type("Handler", (_Handler,), {"pages": pages, "agents": [], "flaky": {}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()


def write_warc(path: Path, responses: list[tuple[str, str, str, bytes, str]]) -> Path:
    """Write a gzipped WARC of `responses` (url, HTTP status line, content type, body, date)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, status, ctype, body, when in responses:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": when},
            )
            writer.write_record(record)
    return path
