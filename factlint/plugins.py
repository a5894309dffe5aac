"""The plugin manager: built-in plugins first, then third-party ones.

Built-in rules, readers and reporters are ordinary modules (``factlint/checks/<family>/*.py``,
``factlint/readers/*.py``, ``factlint/reporters/*.py``) registered through the same
``pm.register(module, name)`` as plugins found through the ``factlint`` entry-point group or
named in config (``plugins = ["module"]``).  There is no global manager: call
:func:`get_plugin_manager`.

``FACTLINT_DISABLE_PLUGIN_AUTOLOAD=1`` skips entry points; config ``disable = ["name"]`` blocks
plugins by name (built-ins are named by their module path, such as
``factlint.checks.usage.fullwidth_digit``).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from typing import Iterable

import pluggy

from . import hookspecs

#: packages whose modules are the built-in plugins, in registration order
BUILTIN_PACKAGES = (
    "factlint.readers",
    "factlint.checks.arithmetic",
    "factlint.checks.usage",
    "factlint.checks.style",
    "factlint.checks.facts",
    "factlint.checks.claims",
    "factlint.reporters",
)
#: single built-in plugin modules
BUILTIN_MODULES = ("factlint.packs", "factlint.checks.packrules")


class PluginError(Exception):
    """A plugin that cannot be loaded or registers something invalid; the message names it."""


def builtin_plugin_names() -> list[str]:
    names: list[str] = list(BUILTIN_MODULES)
    for package in BUILTIN_PACKAGES:
        mod = importlib.import_module(package)
        for info in sorted(pkgutil.iter_modules(mod.__path__), key=lambda i: i.name):
            if info.name.startswith("_") or info.name.startswith("test"):
                continue
            names.append(f"{package}.{info.name}")
    return names


def get_plugin_manager(
    extra: Iterable[str] = (), disable: Iterable[str] = (), load_entrypoints: bool | None = None
) -> pluggy.PluginManager:
    pm = pluggy.PluginManager("factlint")
    pm.add_hookspecs(hookspecs)
    blocked = set(disable)
    for name in blocked:
        pm.set_blocked(name)
    for name in builtin_plugin_names():
        if name in blocked:
            continue
        _register(pm, importlib.import_module(name), name)
    if load_entrypoints is None:
        load_entrypoints = not os.environ.get("FACTLINT_DISABLE_PLUGIN_AUTOLOAD")
    if load_entrypoints:
        load_entrypoint_plugins(pm, blocked)
    for name in extra:
        if name in blocked or pm.has_plugin(name):
            continue
        try:
            module = importlib.import_module(name)
        except Exception as exc:
            raise PluginError(f"plugin {name!r} (from config 'plugins') cannot be imported: {exc}") from exc
        _register(pm, module, name)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(
            f"plugin {exc.plugin_name!r} implements a hook factlint does not have: {exc} "
            f"(the hooks are listed in factlint/hookspecs.py)"
        ) from None
    return pm


def _register(pm: pluggy.PluginManager, plugin, name: str) -> None:
    try:
        pm.register(plugin, name)
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin {name!r} is not a valid factlint plugin: {exc}") from None
    except ValueError as exc:  # already registered under another name
        raise PluginError(f"plugin {name!r} cannot be registered: {exc}") from None


def load_entrypoint_plugins(pm: pluggy.PluginManager, blocked: Iterable[str] = ()) -> None:
    """Register every plugin of the ``factlint`` entry-point group (as pluggy's
    ``load_setuptools_entrypoints``, but a plugin that fails to import is named in the error)."""
    from importlib.metadata import distributions

    blocked = set(blocked)
    seen = set()
    for dist in distributions():
        for ep in dist.entry_points:
            if ep.group != "factlint" or ep.name in seen:
                continue
            seen.add(ep.name)
            if ep.name in blocked or pm.is_blocked(ep.name) or pm.get_plugin(ep.name) is not None:
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                dist_name = dist.metadata["name"] if dist.metadata else "?"
                raise PluginError(
                    f"plugin {ep.name!r} (entry point {ep.value!r} of the {dist_name} package) cannot be loaded: "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
            _register(pm, plugin, ep.name)
            distributions_of(pm)[ep.name] = f"{dist.metadata['name']} {dist.version}"


def distributions_of(pm: pluggy.PluginManager) -> dict[str, str]:
    """Plugin name -> "distribution version" for plugins loaded from entry points."""
    found = getattr(pm, "factlint_distributions", None)
    if found is None:
        found = {}
        pm.factlint_distributions = found
    return found
