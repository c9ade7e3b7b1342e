"""Inputs and outputs: reading articles, writing records, rendering tables, typed dates."""
