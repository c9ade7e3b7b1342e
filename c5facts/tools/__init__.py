"""Offline generators of rule data under models/; never imported at run time."""
