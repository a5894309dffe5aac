"""factlint: a fact-check and consistency linter for Chinese drafts.

This module is the plugin API.  A rule plugin imports only from here::

    from factlint import Rule, Severity, hookimpl

    class NoHype(Rule):
        \"\"\"Flags 史上最.\"\"\"
        name = "house.no-hype"
        severity = Severity.INFO

        def check(self, ctx):
            ...

    @hookimpl
    def factlint_register_rules(register):
        register(NoHype)

Importing this module is cheap (it is on the path of every command, ``--version`` included).
"""

from __future__ import annotations

__version__ = "0.1.0"

import pluggy

hookimpl = pluggy.HookimplMarker("factlint")

from .diagnostics import Diagnostic, Edit, Fix, Location, Severity  # noqa: E402
from .documents import Directive, Document, DocumentError  # noqa: E402
from .rule import Context, Rule  # noqa: E402

__all__ = [
    "__version__",
    "hookimpl",
    "Context",
    "Diagnostic",
    "Directive",
    "Document",
    "DocumentError",
    "Edit",
    "Fix",
    "Location",
    "Rule",
    "Severity",
]
