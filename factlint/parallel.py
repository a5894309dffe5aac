"""Checking many files at once: ``factlint check --jobs N`` and the progress bar.

Design.  Documents are read by the parent (reading is cheap; stdin and read errors stay where
they are); the expensive part, analysing a document and running the document-level rules, runs
in ``N`` processes: ``N - 1`` workers, which take the documents from the largest down, and the
parent itself, which takes them from the smallest up until the two meet.  A worker returns, per
document:

- the document-level findings (before suppressions: the parent applies selection, per-file
  ignores, directives, the baseline and the threshold exactly as for ``--jobs 1``);
- for every enabled run-level rule (scope ``"run"``, such as ``inconsistent-figure``), what its
  :meth:`factlint.Rule.collect` returns for the document: the per-document facts the rule
  compares across files (the map step, pylint's ``get_map_data``);
- the figures of the document (``Context.quantities``) when some run-level rule does not use
  ``collect`` and reads the contexts itself, so the parent does not scan the figures again.

The parent then builds one context per document with those results filled in (the documents
it checked itself keep their own) and runs the run-level rules over all of them (the reduce
step), so cross-file rules still see every file.  Findings are gathered in document order and
sorted as in the serial engine: the output of ``--jobs N`` is identical to ``--jobs 1``.

On Linux the workers are forked, so they start in milliseconds and share the parent's loaded
engine, plugins and knowledge; elsewhere they are spawned and rebuild the engine from the run's
settings.  A worker that dies takes no findings with it: its documents are checked again in the
parent.

``jobs=None`` ("auto", the command line's default) uses one process per core, but only where it
pays: several documents and enough text; otherwise the run stays in one process.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from .documents import Document
    from .engine import FileError, Linter, RunResult
    from .rule import Rule

#: below this much text in total (about 0.15 s of checking), "auto" checks in one process: starting
#: workers costs about 30 ms
AUTO_MIN_CHARS = 100_000
#: the progress bar appears only after the run has taken this long (seconds)
PROGRESS_DELAY = 0.5

# state a forked worker inherits from the parent: (linter, documents, rules, ship_quantities)
_STATE: tuple | None = None


def cpu_count() -> int:
    """The cores this process may use (its CPU affinity where the platform tells)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def effective_jobs(jobs: int | None, documents: Sequence["Document"]) -> int:
    """How many processes to use: an explicit ``jobs`` is honoured (never more than there are
    documents); ``None`` means one per core when the run is big enough to gain from it."""
    n = len(documents)
    if jobs is None:
        if n < 2 or sum(len(d.source) for d in documents) < AUTO_MIN_CHARS:
            return 1
        jobs = cpu_count()
    return max(1, min(int(jobs), n))


# -- progress ----------------------------------------------------------------------------------
class Progress:
    """A progress bar on stderr (rich, erased when done) for long runs on a terminal.

    Silent when the stream is not a terminal, when there is a single document, and for the
    first :data:`PROGRESS_DELAY` seconds (a fast run never shows it).  Use as a context manager
    and call :meth:`advance` after each document.
    """

    def __init__(self, total: int, stream=None, enabled: bool | None = None, delay: float = PROGRESS_DELAY):
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"
        self.enabled = enabled and total > 1
        self.delay = delay
        self.done = 0
        self.started = time.monotonic()
        self._bar = None
        self._task = None

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        if self._bar is None:
            if self.done >= self.total or time.monotonic() - self.started < self.delay:
                return
            self._start()
        self._bar.update(self._task, completed=self.done, refresh=True)

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

        console = Console(file=self.stream, force_terminal=True)
        self._bar = Bar(TextColumn("factlint"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                        TimeRemainingColumn(), console=console, transient=True, redirect_stdout=False,
                        redirect_stderr=False)
        self._task = self._bar.add_task("check", total=self.total, completed=self.done)
        self._bar.start()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- the worker side ---------------------------------------------------------------------------
def _analyse(linter: "Linter", rules: Sequence["Rule"], document: "Document", ship_quantities: bool):
    """``(context, document-level findings, what run-level rules collect, figures or None)``."""
    from .rule import Rule

    ctx = linter.context(document)
    found = linter.check_context(ctx, rules)
    collected = {}
    for rule in rules:
        if rule.scope == "run" and type(rule).collect is not Rule.collect:
            try:
                collected[rule.name] = rule.collected(ctx)
            except Exception:  # check_run calls collect again and reports the error there
                ctx.collected.pop(rule.name, None)
    quantities = None
    if ship_quantities:
        try:
            quantities = ctx.quantities
        except Exception:
            quantities = None
    return ctx, found, collected, quantities


def _work_forked(index: int):
    linter, documents, rules, ship = _STATE
    return _analyse(linter, rules, documents[index], ship)[1:]


def _init_spawned(settings, ship: bool) -> None:
    global _STATE
    from .engine import Linter

    linter = Linter(settings)
    _STATE = (linter, None, linter.enabled_rules(), ship)


def _work_spawned(document: "Document"):
    linter, _, rules, ship = _STATE
    return _analyse(linter, rules, document, ship)[1:]


# -- the parent side ---------------------------------------------------------------------------
def _needs_quantities(rules: Sequence["Rule"]) -> bool:
    from .rule import Rule

    return any(r.scope == "run" and type(r).collect is Rule.collect for r in rules)


def check_parallel(linter: "Linter", documents: Sequence["Document"], errors: Sequence["FileError"] = (),
                   baseline=None, jobs: int | None = None, advance: Callable[[], Any] | None = None) -> "RunResult":
    """Check ``documents`` in ``jobs`` processes (see the module docstring); the result is the
    one :meth:`factlint.engine.Linter.check_documents` gives.

    The parent is one of the ``jobs`` processes: ``jobs - 1`` workers take the documents from
    the largest down while the parent checks them from the smallest up (the documents it checks
    itself need nothing shipped back), until they meet."""
    global _STATE
    import multiprocessing
    from collections import deque
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor

    documents = list(documents)
    workers = effective_jobs(jobs, documents) - 1
    if workers < 1:
        return linter.check_documents(documents, errors, baseline, advance=advance)

    rules = linter.enabled_rules()
    ship = _needs_quantities(rules)
    linter.knowledge  # load once in the parent: forked workers inherit it, the parent needs it too
    fork = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
    tick = advance or (lambda: None)

    results: list[Any] = [None] * len(documents)  # (findings, collected, quantities) per document
    local: dict[int, Any] = {}  # contexts of the documents the parent checked itself
    queue = deque(sorted(range(len(documents)), key=lambda i: -len(documents[i].source)))
    if fork:
        _STATE = (linter, documents, rules, ship)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    else:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_spawned, initargs=(linter.settings, ship))
    running: dict = {}
    broken = False

    def harvest(timeout: float | None) -> None:
        nonlocal broken
        done, _ = wait(list(running), timeout=timeout, return_when=FIRST_COMPLETED)
        for fut in done:
            index = running.pop(fut)
            try:
                results[index] = fut.result()
            except BrokenProcessPool:  # a worker died (out of memory, a crash in a C extension)
                broken = True
                continue
            except Exception:  # e.g. a finding that cannot be pickled: checked here below
                continue
            tick()

    try:
        with pool:
            while queue or running:
                while queue and not broken and len(running) < 3 * workers:  # keep every worker busy
                    i = queue[0]
                    try:
                        fut = pool.submit(_work_forked, i) if fork else pool.submit(_work_spawned, documents[i])
                    except BrokenProcessPool:
                        broken = True
                        break
                    running[fut] = queue.popleft()
                if queue:  # the parent checks the smallest document left
                    i = queue.pop()
                    ctx, *results[i] = _analyse(linter, rules, documents[i], False)
                    local[i] = ctx
                    tick()
                    if running:
                        harvest(0)
                elif running:
                    harvest(None)
            if broken:
                for fut in running:
                    fut.cancel()
    finally:
        _STATE = None

    contexts = []
    found = []
    for i, doc in enumerate(documents):
        ctx = local.get(i)
        value = results[i]
        if ctx is None and value is None:  # lost with a worker: check it here
            ctx, *value = _analyse(linter, rules, doc, False)
            tick()
        elif ctx is None:
            ctx = linter.context(doc)
            ctx.collected.update(value[1])
            if value[2] is not None:
                ctx.__dict__["quantities"] = value[2]  # fills the cached_property
        found.extend(value[0])
        contexts.append(ctx)
    found.extend(linter._check_run(rules, contexts))
    return linter._finish(documents, errors, rules, found, baseline)
