"""Exceptions raised by the library; the CLI turns them into one-line messages."""

from __future__ import annotations


class C5FactsError(Exception):
    """Base class of every error c5facts raises on purpose."""


class InputError(C5FactsError):
    """An input file is missing, unreadable, binary or undecodable."""

    def __init__(self, source: str, reason: str) -> None:
        """An error about input `source`; `reason` says what is wrong, without the name."""
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelNotFoundError(C5FactsError):
    """The spaCy base pipeline named by the user is not installed."""


class ResourceError(C5FactsError):
    """A data file under models/ is missing or malformed (names the file and line)."""


class GoldFormatError(C5FactsError):
    """A gold annotation file does not follow the corpus format."""


class ArticleTooLongError(C5FactsError):
    """An article is longer than the limit on characters (`--max-chars`)."""


class ArticleTimeoutError(C5FactsError):
    """An article took longer than the time limit (`--article-timeout`)."""
