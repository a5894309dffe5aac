"""Output formats: one plugin module per --format value."""
