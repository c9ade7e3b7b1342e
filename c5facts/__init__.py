"""c5facts: people, countries, money and dates from French news articles.

Importing the package is cheap: spaCy loads only when an `Extractor` is created.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from c5facts.about import DEFAULT_MODEL, SCHEMA, __version__

if TYPE_CHECKING:
    from c5facts.extract import Extractor
    from c5facts.records import Article

__all__ = ["DEFAULT_MODEL", "SCHEMA", "Article", "Extractor", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy attributes keep `import c5facts` (and `c5facts --help`) free of spaCy.
    if name == "Extractor":
        from c5facts.extract import Extractor

        return Extractor
    if name == "Article":
        from c5facts.records import Article

        return Article
    raise AttributeError(f"module 'c5facts' has no attribute {name!r}")
