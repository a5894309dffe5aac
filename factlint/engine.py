"""Stage 4: run the rules over documents and decide which findings are reported.

The engine collects what the plugins register (rules, readers, reporters, kinds of declarative
pack rule), loads the rule packs, runs every enabled rule in isolation (a rule that raises becomes
an ``internal-error`` diagnostic naming the plugin and the rule, and the other rules still run),
and then decides, like flake8's style guide, which findings are reported:

1. selection: ``select`` / ``extend-select`` / ``ignore`` (rule names, families such as
   ``usage``, pack prefixes such as ``house`` and ``ALL``);
2. ``per-file-ignores`` globs;
3. in-document directives (Markdown ``<!-- factlint-disable a, b -->`` … ``<!-- factlint-enable -->``
   and ``<!-- factlint-disable-next-line a -->``, read into ``Document.directives``);
4. a baseline file (see :mod:`factlint.baseline`);
5. the severity threshold (after per-rule severity overrides).

Every diagnostic keeps its ``fix``: ``--fix``/``--diff`` (:mod:`factlint.fixes`) apply the fixes
of ``RunResult.diagnostics``.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .config import ConfigError, Settings
from .diagnostics import Diagnostic, Severity
from .documents import Document, DocumentError
from .plugins import PluginError
from .rule import Context, Rule

DEFAULT_SUFFIXES = (".txt", ".md", ".markdown", ".docx")
INTERNAL_ERROR = "internal-error"
FAMILIES = ("arithmetic", "usage", "style", "facts", "claims")


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
    #: findings hidden by a baseline file / by in-document directives and per-file-ignores
    baselined: int = 0
    suppressed: int = 0
    #: findings below the severity threshold (not reported)
    below_threshold: int = 0
    #: every finding before the baseline and threshold filters (what --write-baseline records)
    unfiltered: list[Diagnostic] = field(default_factory=list)
    #: problems with in-document directives (a rule name that does not exist), one line each
    warnings: list[str] = field(default_factory=list)

    def by_severity(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for d in self.diagnostics:
            counts[str(d.severity)] += 1
        return counts

    def by_rule(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for d in self.diagnostics:
            counts[d.rule] = counts.get(d.rule, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def document(self, path: str) -> Document | None:
        for d in self.documents:
            if d.path == path:
                return d
        return None


class Linter:
    def __init__(self, settings: Settings | None = None, pm=None, load_entrypoints: bool | None = None):
        from .plugins import get_plugin_manager

        self.settings = settings or Settings()
        self.pm = pm or get_plugin_manager(
            extra=self.settings.plugins, disable=self.settings.disable_plugins, load_entrypoints=load_entrypoints
        )
        self.rule_classes: dict[str, type[Rule]] = {}
        #: rule name -> the plugin (or pack file) that registered it
        self.rule_origin: dict[str, str] = {}
        self.readers: dict[str, Callable[[bytes, str], Document]] = {}
        self.reporters: dict[str, Callable] = {}
        self.rule_kinds: dict[str, Callable] = {}
        self._call_register("factlint_register_rules", self._register_rule)
        self._call_register("factlint_register_readers", self._register_reader)
        self._call_register("factlint_register_reporters", self._register_reporter)
        self._knowledge = None

    # -- registration ---------------------------------------------------------------------------
    def _call_register(self, hook_name: str, register: Callable) -> None:
        """Call a ``register``-style hook plugin by plugin, in registration order (built-ins
        first, so a third-party plugin may replace a built-in reader or reporter), so that what is
        registered is known by the plugin that registered it and a failing plugin is named."""
        hook = getattr(self.pm.hook, hook_name)
        for impl in hook.get_hookimpls():
            self._plugin = impl.plugin_name

            def bound(*args, _plugin=impl.plugin_name, **kwargs):
                return register(*args, plugin=_plugin, **kwargs)

            try:
                impl.function(**{a: bound for a in impl.argnames if a == "register"})
            except (PluginError, ConfigError):
                raise
            except Exception as exc:
                raise PluginError(f"plugin {impl.plugin_name!r} failed in {hook_name}: {type(exc).__name__}: {exc}") from exc

    def _register_rule(self, cls: type[Rule], plugin: str = "?") -> None:
        if not isinstance(cls, type) or not issubclass(cls, Rule):
            raise PluginError(f"plugin {plugin!r} registered {cls!r}, which is not a factlint.Rule subclass")
        if not cls.name:
            raise PluginError(f"plugin {plugin!r}: rule class {cls.__qualname__} has no name")
        if cls.name == INTERNAL_ERROR:
            raise PluginError(f"plugin {plugin!r}: the rule name {INTERNAL_ERROR!r} is reserved")
        existing = self.rule_classes.get(cls.name)
        if existing is not None and existing is not cls:
            raise PluginError(
                f"rule name {cls.name!r} is registered twice: by {self.rule_origin[cls.name]!r} "
                f"({existing.__module__}.{existing.__qualname__}) and by {plugin!r} ({cls.__module__}.{cls.__qualname__})"
            )
        self.rule_classes[cls.name] = cls
        self.rule_origin[cls.name] = plugin

    def _register_reader(self, suffixes: Iterable[str], read: Callable[[bytes, str], Document], plugin: str = "?") -> None:
        if isinstance(suffixes, str):
            suffixes = (suffixes,)
        for s in suffixes:
            self.readers[s.lower()] = read

    def _register_reporter(self, name: str, render: Callable, plugin: str = "?") -> None:
        self.reporters[name] = render

    def _register_kind(self, kind: str, build: Callable, plugin: str = "?") -> None:
        if kind in self.rule_kinds and self.rule_kinds[kind] is not build:
            raise PluginError(f"plugin {plugin!r}: pack rule kind {kind!r} is already registered")
        self.rule_kinds[kind] = build

    # -- packs ----------------------------------------------------------------------------------
    @property
    def knowledge(self):
        """Every pack of the run, merged; loading it also registers the packs' ``[[rule]]``s."""
        if self._knowledge is None:
            from .packs import Knowledge, PackError

            k = Knowledge()
            for folders in reversed(self.pm.hook.factlint_rule_packs()):
                for folder in folders or ():
                    k.add_folder(folder)
            for folder in self.settings.packs:
                k.add_folder(Path(folder), cache=False)
            self._call_register("factlint_register_rule_kinds", self._register_kind)
            for spec in k.rules:
                source, index = spec.get("_source", "?"), spec.get("_index", 0)
                kind = spec.get("kind")
                build = self.rule_kinds.get(kind) if isinstance(kind, str) else None
                if build is None:
                    raise PackError(source, f"rule[{index}].kind",
                                    f"unknown rule kind {kind!r} (known: {', '.join(sorted(self.rule_kinds))})")
                cls = build(spec, source)
                if cls.name in self.rule_classes:
                    raise PackError(source, f"rule[{index}].name",
                                    f"rule name {cls.name!r} is already used by {self.rule_origin[cls.name]!r}")
                self._register_rule(cls, plugin=source)
            self._knowledge = k
        return self._knowledge

    def all_rules(self) -> dict[str, type[Rule]]:
        """Every registered rule class, pack rules included, by name."""
        self.knowledge  # noqa: B018 (loads pack rules)
        return self.rule_classes

    # -- selection ------------------------------------------------------------------------------
    def expand(self, selector: str, source: str = "command line", key: str = "select") -> set[str]:
        """The rule names a selector stands for: a rule name, a family (``usage``), a pack
        prefix (``house`` or ``house.*``) or ``ALL``.  Unknown selectors are a ConfigError."""
        rules = self.all_rules()
        sel = selector.strip()
        if sel.upper() == "ALL":
            return set(rules)
        if sel in rules:
            return {sel}
        family = {n for n, c in rules.items() if c.family == sel}
        if family:
            return family
        prefix = sel[:-2] if sel.endswith(".*") else sel
        packed = {n for n in rules if n.startswith(prefix + ".")}
        if packed:
            return packed
        if sel in FAMILIES:
            return set()
        from .config import _close

        hint = _close(sel, list(rules))
        raise ConfigError(source, key, f"unknown rule {sel!r}" + (f" (did you mean {hint!r}?)" if hint else ""))

    def _expand_all(self, selectors: Iterable[str], attr: str, fallback: str) -> set[str]:
        src, key = self.settings.origin(attr, fallback)
        out: set[str] = set()
        for s in selectors:
            out |= self.expand(s, src, key)
        return out

    def validate(self) -> None:
        """Check every rule name and option in the settings (ConfigError naming the key)."""
        s = self.settings
        if s.select is not None:
            self._expand_all(s.select, "select", "--select")
        self._expand_all(s.ignore, "ignore", "--ignore")
        self._expand_all(s.extend_select, "extend_select", "--extend-select")
        src, key = s.origin("per_file_ignores", "per-file-ignores")
        for glob, names in s.per_file_ignores.items():
            for n in names:
                self.expand(n, src, f"{key}.{glob}")
        rules = self.all_rules()
        for name in set(s.severity_overrides) | set(s.rule_options):
            src, key = s.origin(f"rule:{name}", f"rules.{name}")
            if name not in rules:
                from .config import _close

                hint = _close(name, list(rules))
                raise ConfigError(src, key, f"unknown rule {name!r}" + (f" (did you mean {hint!r}?)" if hint else ""))
            cls = rules[name]
            for opt, value in s.rule_options.get(name, {}).items():
                _check_option(cls, opt, value, src, f"{key}.{opt.replace('_', '-')}")

    def enabled_names(self) -> set[str]:
        s = self.settings
        rules = self.all_rules()
        if s.select is None:
            names = {n for n, c in rules.items() if c.enabled_by_default}
        else:
            names = self._expand_all(s.select, "select", "--select")
        names |= self._expand_all(s.extend_select, "extend_select", "--extend-select")
        names -= self._expand_all(s.ignore, "ignore", "--ignore")
        return names

    def enabled_rules(self) -> list[Rule]:
        s = self.settings
        rules = self.all_rules()
        out = []
        for name in sorted(self.enabled_names()):
            cls = rules[name]
            sev = s.severity_overrides.get(name)
            out.append(cls(s.rule_options.get(name), Severity.parse(sev) if sev else None))
        return out

    def ignored_for(self, path: str) -> set[str]:
        """Rule names ``per-file-ignores`` turns off for ``path``."""
        from .config import path_matches

        s = self.settings
        out: set[str] = set()
        src, key = s.origin("per_file_ignores", "per-file-ignores")
        for glob, names in s.per_file_ignores.items():
            if path_matches(glob, path, s.root):
                for n in names:
                    out |= self.expand(n, src, f"{key}.{glob}")
        return out

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

    def check_text(self, text: str, path: str = "<text>") -> RunResult:
        """Check one plain text (tests, editors, the rule-docs examples)."""
        from .documents import plain_document

        return self.check_documents([plain_document(path, text)])

    def check_documents(self, documents: Sequence[Document], errors: Sequence[FileError] = (),
                        baseline=None, advance: Callable[[], Any] | None = None) -> RunResult:
        """Run every enabled rule over ``documents`` and decide what is reported (``advance`` is
        called after each document, for a progress bar)."""
        rules = self.enabled_rules()
        contexts = [self.context(d) for d in documents]
        found: list[Diagnostic] = []
        # when every run-level rule collects compact per-document data, a document's analyses
        # (figures, claim model) are dropped as soon as its rules have run: memory stays bounded
        # by the largest document, not by the whole run
        run_rules = [r for r in rules if r.scope == "run"]
        release = all(type(r).collect is not Rule.collect for r in run_rules)
        with quiet_gc() as quiet:
            for ctx in contexts:
                found.extend(self.check_context(ctx, rules))
                if release:
                    for rule in run_rules:
                        try:
                            rule.collected(ctx)
                        except Exception:  # check_run calls collect again and reports the error
                            ctx.collected.pop(rule.name, None)
                    _release(ctx)
                quiet.between_documents()
                if advance is not None:
                    advance()
            found.extend(self._check_run(rules, contexts))
        return self._finish(documents, errors, rules, found, baseline)

    def check_context(self, ctx: Context, rules: Sequence[Rule] | None = None) -> list[Diagnostic]:
        """The findings of the document-level rules on one document (before suppressions)."""
        rules = self.enabled_rules() if rules is None else rules
        skip = self.ignored_for(ctx.document.path)
        found: list[Diagnostic] = []
        for rule in rules:
            if rule.scope == "document" and rule.name not in skip:
                found.extend(self._run(rule, ctx, rule.check, ctx))
        return found

    def _check_run(self, rules: Sequence[Rule], contexts: Sequence[Context]) -> list[Diagnostic]:
        found: list[Diagnostic] = []
        for rule in rules:
            if rule.scope == "run" and contexts:
                found.extend(self._run(rule, contexts[0], rule.check_run, contexts))
        return found

    def check_documents_parallel(self, documents: Sequence[Document], errors: Sequence[FileError] = (),
                                 baseline=None, jobs: int | None = None,
                                 advance: Callable[[], Any] | None = None) -> RunResult:
        """As :meth:`check_documents`, with documents analysed and document-level rules run in
        ``jobs`` worker processes (``None``: one per core when it pays); run-level rules, which see
        every document, run in this process on what the workers collected.  The result is the
        same as :meth:`check_documents` gives; see :mod:`factlint.parallel`."""
        from .parallel import check_parallel

        with quiet_gc():  # (forked workers inherit it: no collector pass touches the shared pages)
            return check_parallel(self, documents, errors, baseline, jobs, advance)

    def _finish(self, documents: Sequence[Document], errors: Sequence[FileError], rules: list[Rule],
                found: list[Diagnostic], baseline) -> RunResult:
        by_path = {d.path: d for d in documents}
        ignored: dict[str, set[str]] = {}
        kept = []
        suppressed = 0
        masks: dict[str, Suppressions] = {}
        for d in found:
            if d.rule != INTERNAL_ERROR:
                skip = ignored.get(d.path)
                if skip is None:
                    skip = ignored[d.path] = self.ignored_for(d.path)
                if d.rule in skip:
                    suppressed += 1
                    continue
                doc = by_path.get(d.path)
                if doc is not None and doc.directives:
                    mask = masks.get(d.path)
                    if mask is None:
                        mask = masks[d.path] = Suppressions(doc)
                    if mask.hides(d.rule, d.line):
                        suppressed += 1
                        continue
            kept.append(d)
        kept = _dedupe(kept)
        kept.sort(key=Diagnostic.sort_key)
        result = RunResult(documents=list(documents), errors=list(errors), rules=rules, suppressed=suppressed,
                           unfiltered=list(kept), warnings=self._directive_warnings(documents))
        if baseline is not None:
            kept, result.baselined = baseline.filter(kept, {d.path: d.source for d in documents})
        threshold = Severity.parse(self.settings.threshold)
        reported = [d for d in kept if d.severity.rank >= threshold.rank or d.rule == INTERNAL_ERROR]
        result.below_threshold = len(kept) - len(reported)
        result.diagnostics = reported
        return result

    def _directive_warnings(self, documents: Sequence[Document]) -> list[str]:
        """A directive naming a rule that does not exist suppresses nothing: say so."""
        out = []
        known = self.rule_classes
        for doc in documents:
            for d in doc.directives:
                for name in d.rules:
                    if name not in known and name != INTERNAL_ERROR:
                        from .config import _close

                        hint = _close(name, list(known))
                        out.append(f"{doc.path}:{d.line}: factlint-{d.action} names an unknown rule {name!r}"
                                   + (f" (did you mean {hint!r}?)" if hint else ""))
        return out

    def _run(self, rule: Rule, ctx: Context, call: Callable, arg: Any) -> list[Diagnostic]:
        try:
            out = call(arg)
            return list(out) if out is not None else []
        except Exception as exc:  # a broken rule must not end the run
            plugin = self.rule_origin.get(rule.name, type(rule).__module__)
            tb = traceback.extract_tb(exc.__traceback__)
            where = f"{tb[-1].filename.replace(chr(92), '/').rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else "?"
            if isinstance(exc, TimeoutError):  # a pattern that ran past its time limit (regex timeout=)
                message = (f"插件 {plugin} 的规则 {rule.name} 运行超时（{exc}，{where}）：它在本文档上的结果不完整，"
                           "其余规则照常运行")
            else:
                message = f"插件 {plugin} 的规则 {rule.name} 运行出错：{type(exc).__name__}: {exc}（{where}），其余规则照常运行"
            return [
                Diagnostic(
                    rule=INTERNAL_ERROR,
                    severity=Severity.ERROR,
                    message=message,
                    location=ctx.document.location(0, 0),
                    start=0,
                    end=0,
                    evidence={"rule": rule.name, "plugin": plugin, "exception": type(exc).__name__,
                              "detail": str(exc), "where": where, "timeout": isinstance(exc, TimeoutError)},
                )
            ]


#: what a context keeps when it is released: its fields (the document, what run-level rules
#: collected), not what was computed from them
_CONTEXT_FIELDS = frozenset(f.name for f in fields(Context))


def _release(ctx: Context) -> None:
    """Drop what a context computed for its rules: the figures, the claim model, the calendar
    scans, and what rules keep on it for each other (the change rules' masked text and figures,
    the tables); it is computed again if something asks for it later.  Kept only the context's
    fields, ``collected`` among them, so a run's memory grows with what the run-level rules
    collect, not with the analyses of every document."""
    state = ctx.__dict__
    for key in [k for k in state if k not in _CONTEXT_FIELDS]:
        del state[key]


class quiet_gc:
    """The garbage collector for the span of a run.

    A run makes many small objects (figures, clauses, findings), and the analysis of the
    document being checked is tens of thousands of them, alive until its rules have run.  With
    the default thresholds the collector traces them again and again (6 % of a run over five
    copies of the 83 reports), and it finds little: the analyses are freed by reference counting, and the cycles
    among them are few.  So, for the run:

    - the objects alive before it (modules, packs, compiled patterns) are moved out of the
      collector's sight (``gc.freeze``), and young objects are collected only past 50,000 (a
      safety net: a very long document is still collected while it is analysed);
    - :meth:`between_documents` collects the young generation when a document is done, when its
      analysis is gone and what is left to trace is small (its findings, what run-level rules
      keep, and the cycles it left, which are freed then: memory stays bounded).  After the
      first document it freezes them instead: what is young then is mostly what that document
      built on first use and every later one shares (the region index, the numeral tables,
      lazily imported modules, some 40,000 objects), and tracing them took 10-14 ms of a
      one-file run, in every process of ``--jobs N``; the few cycles the first document left
      are freed by the first full collection after the run;
    - at the end the run's objects join the old ones in the oldest generation, and the previous
      thresholds come back: nothing stays frozen, and the collector does not trace them all at the
      next allocation (restoring the thresholds with them still young did, 10-25 ms in the middle
      of the report).

    Nested uses are harmless: only the outermost one changes the collector (the command line
    holds one for the whole command)."""

    _depth = 0
    #: a finished document's young objects are collected only past this many (a short draft's
    #: are left to the thresholds: collecting for each of a thousand small files costs more)
    BETWEEN_MIN = 5_000
    #: every this many collections between documents, the middle generation is collected too
    MIDDLE_EVERY = 20

    def __init__(self):
        self._collections = 0

    def __enter__(self):
        import gc

        if quiet_gc._depth == 0:
            self._threshold = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(max(self._threshold[0], 50_000), max(self._threshold[1], 20), max(self._threshold[2], 100))
        quiet_gc._depth += 1
        return self

    def between_documents(self) -> None:
        """A document is done: collect the young generation if it holds enough to matter."""
        import gc

        if gc.isenabled() and gc.get_count()[0] >= self.BETWEEN_MIN:
            self._collections += 1
            if self._collections == 1:
                gc.freeze()  # (the caches built on first use: see the class's documentation)
            else:
                gc.collect(1 if self._collections % self.MIDDLE_EVERY == 0 else 0)

    def __exit__(self, *exc):
        import gc

        quiet_gc._depth -= 1
        if quiet_gc._depth == 0:
            gc.freeze()  # (both calls only relink the generations' lists)
            gc.unfreeze()
            gc.set_threshold(*self._threshold)


def _dedupe(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Drop exact repeats (same rule, span and message), which a rule may yield twice."""
    seen, out = set(), []
    for d in diagnostics:
        key = (d.path, d.rule, d.start, d.end, d.message)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _check_option(cls: type[Rule], opt: str, value: Any, source: str, key: str) -> None:
    defaults = dict(cls.default_options)
    if opt not in defaults:
        known = ", ".join(k.replace("_", "-") for k in defaults) or "none"
        raise ConfigError(source, key, f"unknown option of rule {cls.name!r} (its options: {known})")
    default = defaults[opt]
    if default is None:
        return
    if isinstance(default, bool):
        ok = isinstance(value, bool)
        expected_name = "true or false"
    elif isinstance(default, (int, float)):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        expected_name = "a number"
    elif isinstance(default, str):
        ok = isinstance(value, str)
        expected_name = "a string"
    elif isinstance(default, (list, tuple)):
        ok = isinstance(value, list)
        expected_name = "a list"
    elif isinstance(default, dict):
        ok = isinstance(value, dict)
        expected_name = "a table"
    else:
        return
    if not ok:
        raise ConfigError(source, key, f"must be {expected_name}, got {value!r}")


class Suppressions:
    """Which rules in-document directives turn off on which lines.

    ``disable`` (some rules, or all when none are named) holds from its line until an ``enable``
    of those rules (or of all); ``enable rule-a`` inside a ``disable`` of all rules turns only
    ``rule-a`` back on.  ``disable-next-line`` holds for the next line with text on it.
    """

    def __init__(self, document: Document):
        from bisect import bisect_right

        self._bisect = bisect_right
        #: state segments: starts[i] is the first line of segment i, states[i] its state
        #: (all_off, rules off, rules back on despite all_off)
        self.starts: list[int] = [0]
        self.states: list[tuple[bool, frozenset[str], frozenset[str]]] = [(False, frozenset(), frozenset())]
        self.lines: dict[int, set[str] | None] = {}  # line -> rules (None = all)
        all_off, off, on = False, set(), set()
        for d in sorted(document.directives, key=lambda d: d.line):
            rules = set(d.rules)
            if d.action == "disable":
                if rules:
                    off |= rules
                    on -= rules
                else:
                    all_off, off, on = True, set(), set()
            elif d.action == "enable":
                if rules:
                    off -= rules
                    if all_off:
                        on |= rules
                else:
                    all_off, off, on = False, set(), set()
            elif d.action == "disable-next-line":
                target = d.line + 1
                while target <= document.line_count and not document.line_text(target).strip():
                    target += 1
                cur = self.lines.get(target, set())
                if not rules or cur is None:
                    self.lines[target] = None
                else:
                    self.lines[target] = cur | rules
                continue
            else:
                continue
            state = (all_off, frozenset(off), frozenset(on))
            if self.starts[-1] == d.line:
                self.states[-1] = state
            else:
                self.starts.append(d.line)
                self.states.append(state)

    def hides(self, rule: str, line: int) -> bool:
        if line in self.lines:
            rules = self.lines[line]
            if rules is None or rule in rules:
                return True
        all_off, off, on = self.states[self._bisect(self.starts, line) - 1]
        if all_off:
            return rule not in on
        return rule in off
