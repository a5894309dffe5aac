"""Hook specifications: the whole plugin interface of factlint, grouped by pipeline stage.

Every ``register_*`` hook is ``register``-style (as in ``llm``): the host passes a ``register``
callback and the plugin calls it for each thing it adds, so one plugin may add any number of
rules, readers, reporters or rule kinds, and the host handles name clashes (and knows which
plugin added what, for error messages).  Implementations may accept only the arguments they need:
pluggy passes arguments by name, so arguments can be added later without breaking plugins.

Built-in readers, rules and reporters implement these hooks exactly like a third-party plugin
(see ``factlint/plugins.py``).  A third-party plugin is a module or package that declares an entry
point in the ``factlint`` group::

    [project.entry-points.factlint]
    house = "factlint_house.plugin"

and implements hooks with ``factlint.hookimpl``; a module in the project can also be named in
config (``plugins = ["house_rules"]``).  A hook implementation whose name matches no hook here is
an error when factlint starts (``check_pending``), so a misspelt hook fails loudly.

Order of a run: the plugin manager is built (built-ins, then entry points, then config plugins);
``factlint_register_rules``, ``factlint_register_readers`` and ``factlint_register_reporters``
run once; when the run first needs its knowledge, ``factlint_rule_packs`` and then
``factlint_register_rule_kinds`` run and every ``[[rule]]`` of every pack becomes a rule.  The
guide is ``docs/writing-rules.md``.
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
    """Register document readers (one per file format).

    Runs once, when the engine is created, before any file is read.  Returns nothing.

    :param register: call ``register(suffixes, read)`` with a tuple of lower-case file suffixes
        (``(".md", ".markdown")``) and a function ``read(data: bytes, path: str) -> Document``
        that raises :class:`factlint.DocumentError` for input it cannot read.  A plugin registered
        later replaces the reader of a suffix (third-party plugins come after the built-ins).
    """


# -- rules ---------------------------------------------------------------------------------------
@hookspec
def factlint_register_rules(register: Callable[["type[Rule]"], None]) -> None:
    """Register rule classes.

    Runs once, when the engine is created, before the configuration is validated (so that
    ``select``/``ignore`` may name the plugin's rules).  Returns nothing.

    :param register: call ``register(RuleClass)`` for each :class:`factlint.Rule` subclass.  Rule
        names must be unique: a clash is an error naming both plugins (exit status 2).  The class,
        not an instance, is registered: the engine creates it with the user's options and severity.
    """


@hookspec
def factlint_rule_packs() -> "list":
    """Return folders of declarative TOML packs (lexicons, fact tables, ``[[rule]]`` tables).

    Runs once per run, the first time the engine needs its knowledge (before any rule runs, and
    for ``factlint rules``).  The built-in ``rules/`` folder comes from this hook too.

    Returns a list of ``pathlib.Path`` or ``importlib.resources`` traversables.  This is how a
    data-only third-party pack ships: a package holding TOML files and a one-line plugin returning
    its folder.  Packs of all plugins are merged (built-ins first), so a later pack adds words to
    an earlier lexicon and entries to an earlier fact table.  A broken file is an error naming the
    file, the key and the problem.
    """


@hookspec
def factlint_register_rule_kinds(register: Callable) -> None:
    """Register kinds of declarative rule for TOML packs (``kind = "existence"`` ...).

    Runs once per run, after ``factlint_rule_packs`` and before any ``[[rule]]`` table is turned
    into a rule.  Returns nothing.

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

    Runs once, when the engine is created (``--format`` is checked against what was registered
    before any file is read).  Returns nothing.

    :param register: call ``register(name, render)`` where ``name`` is the ``--format`` value and
        ``render(result, options) -> str | bytes`` formats a finished run (a
        :class:`factlint.engine.RunResult`: ``documents``, ``diagnostics``, ``errors``, ``rules``)
        given a dict of output options (``color``, ``quiet``, ``statistics``, ``output``,
        ``width``, ``threshold``, ``rules``).  A reporter only formats: it never filters findings.
    """
