"""The limits of one run, with their defaults (each has a command-line flag).

Kept apart from the modules that apply them so that the batch options and the CLI
read them without loading spaCy.
"""

from __future__ import annotations

# Longest article taken, in characters (`--max-chars`); a longer one becomes an error
# record. Long texts go through the pipeline in chunks, so memory stays flat at any
# length (under 900 MB per worker, measured at 5 MB); this bounds the time one article
# holds a worker (~50 s per million characters on one core).
MAX_CHARS = 5_000_000

# Largest file read, in bytes (`--max-bytes`): far above any article or HTML page,
# and a guard against /dev/zero and its kind.
MAX_BYTES = 50_000_000

# Seconds one article may take (`--article-timeout`), wall clock; past it, an error record.
# A backstop, so generous: the longest article taken (MAX_CHARS) needs about 5 minutes of
# one core, and over 10 on a loaded machine.
ARTICLE_TIMEOUT = 1800.0

# Characters of text per `nlp.pipe` batch: spaCy's working memory follows the text it
# holds, not the number of articles, so a batch is cut when the next article would take
# it past this budget (an article longer than one chunk goes through alone, in chunks).
# Equal to one chunk (`chunks.CHUNK_CHARS`): a batch never needs more than one chunk.
BATCH_CHARS = 100_000
