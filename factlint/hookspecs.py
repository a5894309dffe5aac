"""Hook specifications: the whole plugin interface of factlint, grouped by pipeline stage.

Every hook is ``register``-style (as in ``llm``): the host passes a ``register`` callback and the
plugin calls it for each thing it adds, so one plugin may add any number of rules, readers or
reporters and the host handles name clashes.  Implementations may accept only the arguments they
need: pluggy passes arguments by name, so new arguments can be added without breaking plugins.

Built-in rules, readers and reporters implement these hooks exactly like a third-party plugin
(see ``factlint/plugins.py``).  A third-party plugin is a module or package that declares an entry
point in the ``factlint`` group::

    [project.entry-points.factlint]
    house = "factlint_house.plugin"

and implements hooks with ``factlint.hookimpl``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    from .rule import Rule

hookspec = pluggy.HookspecMarker("factlint")


# -- reading documents ---------------------------------------------------------------------------
@hookspec
def factlint_register_readers(register: Callable) -> None:
    """Register document readers.

    Runs once when the plugin manager is built.

    :param register: call ``register(suffixes, read)`` with a tuple of lower-case file suffixes
        (``(".md", ".markdown")``) and a function ``read(data: bytes, path: str) -> Document``
        that raises :class:`factlint.DocumentError` for input it cannot read.  A later plugin
        may replace the reader of a suffix.
    """


# -- rules ---------------------------------------------------------------------------------------
@hookspec
def factlint_register_rules(register: Callable[["type[Rule]"], None]) -> None:
    """Register rule classes.

    Runs once when the plugin manager is built.

    :param register: call ``register(RuleClass)`` for each :class:`factlint.Rule` subclass.  Rule
        names must be unique; a clash is a configuration error naming both plugins.
    """


@hookspec
def factlint_rule_packs() -> "list":
    """Return folders (``pathlib.Path`` or ``importlib.resources`` traversables) of declarative
    TOML rule packs, lexicons and fact tables to load.

    This is how a data-only third-party pack ships: a package with TOML files and a one-line
    plugin returning its folder.  Results of all plugins are loaded in registration order, so a
    later pack extends an earlier one.
    """


@hookspec
def factlint_register_rule_kinds(register: Callable) -> None:
    """Register kinds of declarative rule for TOML packs (``kind = "existence"`` ...).

    Runs once when the engine loads the packs of a run, before any ``[[rule]]`` entry is turned
    into a rule.

    :param register: call ``register(kind, build)`` where ``kind`` is the value of ``kind`` in a
        ``[[rule]]`` table and ``build(spec: dict, source: str) -> type[Rule]`` makes a rule class
        from the table (``source`` names the file, for messages).  ``build`` validates the table
        and raises :class:`factlint.packs.PackError` naming the key and the problem.  The built-in
        kinds (``existence``, ``substitution``) live in ``factlint/checks/packrules.py``.
    """


# -- reporting -----------------------------------------------------------------------------------
@hookspec
def factlint_register_reporters(register: Callable) -> None:
    """Register output formats.

    :param register: call ``register(name, render)`` where ``name`` is the ``--format`` value and
        ``render(result, options) -> str | bytes`` formats a finished run (a
        :class:`factlint.engine.RunResult`) given a dict of output options (``color``,
        ``statistics``, ``output``...).
    """
