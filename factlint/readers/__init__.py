"""Document readers: one plugin module per file format."""
