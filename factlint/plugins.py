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
import sys
import types
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
    pm = FactlintPluginManager("factlint")
    pm.add_hookspecs(hookspecs)
    blocked = set(disable)
    for name in blocked:
        pm.set_blocked(name)
    for name in builtin_plugin_names():
        if name in blocked:
            continue
        try:
            module = importlib.import_module(name)
        except Exception as exc:
            raise PluginError(f"built-in plugin {name!r} cannot be imported: {type(exc).__name__}: {exc}") from exc
        _register(pm, module, name)
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
    _check(pm)
    return pm


def _check(pm: pluggy.PluginManager) -> None:
    """Fail loudly on a hook implementation that matches no hook (a misspelt name)."""
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(
            f"plugin {pm.get_name(exc.plugin) or exc.plugin!r} implements a hook factlint does not have: {exc} "
            f"(the hooks are listed in factlint/hookspecs.py)"
        ) from None


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
    blocked = set(blocked)
    seen = set()
    for name, value, dist in iter_entry_points("factlint"):
        if name in seen:
            continue
        seen.add(name)
        if name in blocked or pm.is_blocked(name) or pm.get_plugin(name) is not None:
            continue
        try:
            plugin = load_entry_point(value)
        except Exception as exc:
            raise PluginError(
                f"plugin {name!r} (entry point {value!r} of the {dist} package) cannot be loaded: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        _register(pm, plugin, name)
        distributions_of(pm)[name] = dist


def iter_entry_points(group: str) -> Iterable[tuple[str, str, str]]:
    """``(name, value, "distribution version")`` for every entry point of ``group`` of the
    distributions installed on ``sys.path`` (the first of a name wins, as in importlib.metadata).

    This reads the ``entry_points.txt`` files of the PyPA entry-points specification directly:
    ``importlib.metadata`` would cost more start-up time (it imports the ``email`` package) than the
    whole scan."""
    header = f"[{group}]"
    seen_dists: set[str] = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # zip files, missing folders
            continue
        for folder in names:
            if not folder.endswith((".dist-info", ".egg-info")):
                continue
            stem = folder.rsplit(".", 1)[0]
            dist_name, _, version = stem.partition("-")
            key = dist_name.lower().replace("-", "_").replace(".", "_")
            if key in seen_dists:
                continue
            seen_dists.add(key)
            try:
                with open(os.path.join(entry or ".", folder, "entry_points.txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            if header not in text:
                continue
            yield from _parse_entry_points(text, group, f"{dist_name} {version}".strip())


def _parse_entry_points(text: str, group: str, dist: str) -> Iterable[tuple[str, str, str]]:
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        if current == group and "=" in line:
            name, _, value = line.partition("=")
            yield name.strip(), value.strip(), dist


def load_entry_point(value: str):
    """Import ``module`` or ``module:attr.path`` (extras in brackets are ignored)."""
    value = value.split("[", 1)[0].strip()
    module_name, _, attrs = value.partition(":")
    obj = importlib.import_module(module_name.strip())
    for attr in filter(None, attrs.strip().split(".")):
        obj = getattr(obj, attr)
    return obj


class FactlintPluginManager(pluggy.PluginManager):
    """pluggy's manager, with hook implementations of module plugins found by a dictionary
    lookup rather than ``inspect.getattr_static`` on every module attribute (as pytest narrows its
    search to ``pytest_`` names), which keeps start-up fast with dozens of built-in plugins."""

    def parse_hookimpl_opts(self, plugin, name: str):
        if isinstance(plugin, types.ModuleType):
            method = plugin.__dict__.get(name)
            if method is None or not callable(method) or not hasattr(method, self.project_name + "_impl"):
                return None
        return super().parse_hookimpl_opts(plugin, name)


def distributions_of(pm: pluggy.PluginManager) -> dict[str, str]:
    """Plugin name -> "distribution version" for plugins loaded from entry points."""
    found = getattr(pm, "factlint_distributions", None)
    if found is None:
        found = {}
        pm.factlint_distributions = found
    return found
