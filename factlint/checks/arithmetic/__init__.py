"""Arithmetic cross-checks (error): the text contradicts its own figures."""
