"""Normalisers: pure functions (no spaCy) from typed matches to normalised values."""
