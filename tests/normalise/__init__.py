"""Tests of c5facts.normalise (a package, so same-named test modules can coexist)."""
