"""spaCy components of c5facts: one module per component, each registered as a factory."""
