"""Tests of c5facts.components (a package, so same-named test modules can coexist)."""
