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
BUILTIN_MODULES = ("factlint.packs",)


class PluginError(Exception):
    """A plugin that cannot be loaded; the message names it."""


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
        pm.register(importlib.import_module(name), name)
    if load_entrypoints is None:
        load_entrypoints = not os.environ.get("FACTLINT_DISABLE_PLUGIN_AUTOLOAD")
    if load_entrypoints:
        try:
            pm.load_setuptools_entrypoints("factlint")
        except Exception as exc:  # a broken third-party plugin must say so, not crash
            raise PluginError(f"a plugin in the 'factlint' entry-point group failed to load: {exc}") from exc
    for name in extra:
        if name in blocked or pm.has_plugin(name):
            continue
        try:
            module = importlib.import_module(name)
        except Exception as exc:
            raise PluginError(f"plugin {name!r} (from config 'plugins') cannot be imported: {exc}") from exc
        pm.register(module, name)
    pm.check_pending()
    return pm
