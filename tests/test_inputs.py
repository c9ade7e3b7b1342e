"""Input handling without spaCy: decoding, folder walks, HTML, atomic sinks, JSONL resume."""

from __future__ import annotations

import codecs
import os
from datetime import datetime
from pathlib import Path

import pytest

from c5facts.errors import InputError
from c5facts.io.inputs import decode_bytes, read_source, walk
from c5facts.io.sinks import atomic_write_text, jsonl_done_sources, target_path

TEXT = "Le président a reçu l'Élysée, 3 € et 5 000 francs à côté.\r\nDeuxième ligne, déjà là."

# fmt: off
ENCODINGS = [
    pytest.param(TEXT.encode("utf-8"), id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
    pytest.param(TEXT.encode("utf-16"), id="utf-16-bom"),
    pytest.param(TEXT.encode("utf-16-le"), id="utf-16-le-no-bom"),
    pytest.param(TEXT.encode("utf-16-be"), id="utf-16-be-no-bom"),
    pytest.param(TEXT.encode("cp1252"), id="cp1252"),
]
# fmt: on


@pytest.mark.parametrize("data", ENCODINGS)
def test_decode_keeps_text_and_crlf(data: bytes) -> None:
    assert decode_bytes(data, "a.txt") == TEXT


def test_empty_file_is_empty_text() -> None:
    assert decode_bytes(b"", "empty.txt") == ""


def test_binary_is_an_error() -> None:
    with pytest.raises(InputError, match=r"photo\.txt: binary file, not text"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01" * 10, "photo.txt")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    (root / "2025" / "11").mkdir(parents=True)
    (root / "2024").mkdir()
    (root / ".cache").mkdir()
    for rel in ("2025/11/c5.txt", "2025/11/b.html", "2024/a.txt", "z.md", ".cache/x.txt"):
        (root / rel).write_text("texte", encoding="utf-8")
    (root / "dead.txt").symlink_to(root / "nowhere.txt")
    return root


def test_walk_sorted_recursive_hidden_skipped(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree.parent)
    found = list(walk(["news"]))
    assert found == [
        ("news/2024/a.txt", "2024/a.txt"),
        ("news/2025/11/b.html", "2025/11/b.html"),
        ("news/2025/11/c5.txt", "2025/11/c5.txt"),
        ("news/dead.txt", "dead.txt"),  # broken links are kept: they become error records
    ]


def test_walk_glob_and_explicit_files(tree: Path) -> None:
    md = str(tree / "z.md")
    assert [rel for _, rel in walk([str(tree)], ["*.md"])] == ["z.md"]
    # A file named on the command line is taken whatever its extension.
    assert list(walk([md, "-"])) == [(md, "z.md"), ("-", "stdin")]


def test_walk_file_url(tree: Path) -> None:
    url = tree.as_uri()
    found = [rel for _, rel in walk([url], ["*.txt"])]
    assert found == ["2024/a.txt", "2025/11/c5.txt", "dead.txt"]
    assert read_source(url + "/2024/a.txt").text == "texte"


def test_broken_symlink_and_missing_file(tree: Path) -> None:
    with pytest.raises(InputError, match="broken symbolic link"):
        read_source(str(tree / "dead.txt"))
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tree / "absent.txt"))


HTML = """<html><head><title>Sommet</title>
<meta property="article:published_time" content="2024-03-05T10:00:00"></head>
<body><nav>Accueil | Monde</nav><article><h1>Sommet à Rabat</h1>
<p>Le président a annoncé hier une aide de cinq millions d'euros au Maroc, devant la presse
réunie à Rabat pour l'occasion.</p></article><footer>Mentions légales</footer></body></html>"""


def test_html_main_text_and_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    doc = read_source(str(page))
    # the day and, from the same metadata, the time (the reference time of the article)
    assert doc.published == datetime(2024, 3, 5, 10, 0)
    assert "cinq millions d'euros au Maroc" in doc.text
    assert "Mentions légales" not in doc.text


def test_target_path_mirrors_tree() -> None:
    assert target_path("out", "2025/11/c5.txt") == os.path.join("out", "2025", "11", "c5.json")
    assert target_path("s3://b/out/", "a/x.html") == "s3://b/out/a/x.html.json"
    # side by side, an article's text and HTML versions never share an output file
    assert target_path("out", "a.txt") != target_path("out", "a.html")


def test_atomic_write_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.json"
    atomic_write_text(target, "{}\n")
    atomic_write_text(target, '{"x": 1}\n')
    assert target.read_text(encoding="utf-8") == '{"x": 1}\n'
    assert [p.name for p in target.parent.iterdir()] == ["b.json"]


def test_resume_index_trims_cut_off_line(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    out.write_text('{"source": "a.txt"}\n{"source": "b.txt"}\n{"source": "c.t', encoding="utf-8")
    assert jsonl_done_sources(out) == {"a.txt", "b.txt"}
    assert out.read_text(encoding="utf-8") == '{"source": "a.txt"}\n{"source": "b.txt"}\n'
    assert jsonl_done_sources(tmp_path / "absent.jsonl") == set()
