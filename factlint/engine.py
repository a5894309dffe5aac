"""Stage 4: run the rules over documents and decide which findings are reported.

The engine owns the plugin manager's results (rules, readers, reporters, packs), reads files,
runs every enabled rule in isolation (a rule that raises becomes an ``internal-error``
diagnostic, and the other rules still run), and applies selection, severity overrides and
suppressions, like flake8's style guide.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .config import Settings
from .diagnostics import Diagnostic, Severity
from .documents import Document, DocumentError
from .rule import Context, Rule

DEFAULT_SUFFIXES = (".txt", ".md", ".markdown", ".docx")


@dataclass
class FileError:
    path: str
    message: str


@dataclass
class RunResult:
    documents: list[Document] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)

    def by_severity(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for d in self.diagnostics:
            counts[str(d.severity)] += 1
        return counts


class Linter:
    def __init__(self, settings: Settings | None = None, pm=None):
        from .plugins import get_plugin_manager

        self.settings = settings or Settings()
        self.pm = pm or get_plugin_manager(extra=self.settings.plugins, disable=self.settings.disable_plugins)
        self.rule_classes: dict[str, type[Rule]] = {}
        self.readers: dict[str, Callable[[bytes, str], Document]] = {}
        self.reporters: dict[str, Callable] = {}
        self.pm.hook.factlint_register_rules(register=self._register_rule)
        self.pm.hook.factlint_register_readers(register=self._register_reader)
        self.pm.hook.factlint_register_reporters(register=self._register_reporter)
        self._knowledge = None

    # -- registration ---------------------------------------------------------------------------
    def _register_rule(self, cls: type[Rule]) -> None:
        if not cls.name:
            raise ValueError(f"rule class {cls.__qualname__} has no name")
        existing = self.rule_classes.get(cls.name)
        if existing is not None and existing is not cls:
            raise ValueError(f"rule name {cls.name!r} registered twice ({existing.__module__} and {cls.__module__})")
        self.rule_classes[cls.name] = cls

    def _register_reader(self, suffixes: Iterable[str], read: Callable[[bytes, str], Document]) -> None:
        for s in suffixes:
            self.readers[s.lower()] = read

    def _register_reporter(self, name: str, render: Callable) -> None:
        self.reporters[name] = render

    @property
    def knowledge(self):
        if self._knowledge is None:
            from .packs import Knowledge

            k = Knowledge()
            for folders in self.pm.hook.factlint_rule_packs():
                for folder in folders or ():
                    k.add_folder(folder)
            for folder in self.settings.packs:
                k.add_folder(Path(folder))
            self._knowledge = k
        return self._knowledge

    # -- selection ------------------------------------------------------------------------------
    def enabled_rules(self) -> list[Rule]:
        s = self.settings
        names = set(self.rule_classes) if s.select is None else set(s.select)
        names |= set(s.extend_select)
        names -= set(s.ignore)
        rules = []
        for name in sorted(names):
            cls = self.rule_classes.get(name)
            if cls is None:
                continue
            sev = s.severity_overrides.get(name)
            rules.append(cls(s.rule_options.get(name), Severity.parse(sev) if sev else None))
        return rules

    # -- reading --------------------------------------------------------------------------------
    def read_bytes(self, data: bytes, path: str) -> Document:
        suffix = Path(path).suffix.lower()
        read = self.readers.get(suffix) or self.readers.get(".txt")
        if read is None:
            raise DocumentError(path, f"no reader for {suffix or 'files without a suffix'}")
        return read(data, path)

    def read_path(self, path: str) -> Document:
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise DocumentError(path, "no such file") from None
        except IsADirectoryError:
            raise DocumentError(path, "is a directory") from None
        except PermissionError:
            raise DocumentError(path, "permission denied") from None
        except OSError as exc:
            raise DocumentError(path, exc.strerror or str(exc)) from None
        return self.read_bytes(data, path)

    # -- checking -------------------------------------------------------------------------------
    def context(self, document: Document) -> Context:
        return Context(document=document, knowledge=self.knowledge, year=self.settings.year,
                       options=self.settings.rule_options)

    def check_documents(self, documents: Sequence[Document], errors: Sequence[FileError] = ()) -> RunResult:
        rules = self.enabled_rules()
        contexts = [self.context(d) for d in documents]
        found: list[Diagnostic] = []
        for ctx in contexts:
            for rule in rules:
                if rule.scope == "document":
                    found.extend(self._run(rule, ctx, lambda r=rule, c=ctx: r.check(c)))
        for rule in rules:
            if rule.scope == "run" and contexts:
                found.extend(self._run(rule, contexts[0], lambda r=rule: r.check_run(contexts)))
        threshold = Severity.parse(self.settings.threshold)
        found = [d for d in found if d.severity.rank >= threshold.rank]
        found.sort(key=Diagnostic.sort_key)
        return RunResult(documents=list(documents), diagnostics=found, errors=list(errors), rules=rules)

    def _run(self, rule: Rule, ctx: Context, call: Callable[[], Iterable[Diagnostic]]) -> list[Diagnostic]:
        try:
            return list(call() or ())
        except Exception as exc:  # a broken rule must not end the run
            from .diagnostics import Diagnostic as D

            tb = traceback.extract_tb(exc.__traceback__)
            where = f"{tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else "?"
            return [
                D(
                    rule="internal-error",
                    severity=Severity.ERROR,
                    message=f"规则 {rule.name}（{type(rule).__module__}）运行出错：{type(exc).__name__}: {exc}（{where}）",
                    location=ctx.document.location(0, 0),
                    start=0,
                    end=0,
                    evidence={"rule": rule.name, "plugin": type(rule).__module__, "exception": type(exc).__name__},
                )
            ]
