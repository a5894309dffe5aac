"""Checking many files at once: ``factlint check --jobs N`` and the progress bar.

Design.  The command line finds the files (stdin, and the errors of paths that cannot be
walked, stay where they are) and leaves reading each one -- its bytes, then its reader:
decoding, parsing a .docx, which is not cheap -- to the process that checks it
(:class:`factlint.inputs.Unread`; a file that cannot be read is reported where ``--jobs 1``
reports it).  Reading and checking (analysing a
document and running the document-level rules) run in ``N`` processes: ``N - 1`` workers, which
take the documents from the largest down, and the parent itself, which takes them from the
smallest up until they meet.  Which documents are left
is shared memory (two positions in the list sorted by size, under a lock), so every process takes
its next document the moment it is free, without a round trip through the parent, and they meet
within one document of the middle.  Each worker is given its first (largest) documents before it
starts, so the parent, which starts at once, cannot take them all while the worker starts up.

The parent forks the workers as soon as the engine and its knowledge are loaded.  What is built
on first use (the region index, the numeral engine's tables, lazily imported modules: about 35 ms)
each process then builds for itself, at the same time on its own core.  The parent once checked
the smallest document before forking so that the workers would inherit all that; but the other
core waited meanwhile, and the run took about 20 ms longer than building it twice in parallel.

A worker sends, per document, as soon as it is checked (a thread writes the pipe, so the checking
goes on while the parent is busy with a document of its own; the diagnostics' dataclasses cross
as their field values, see :func:`_dumps`):

- the document, when the worker read it;
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

On Linux the workers are forked (``os.fork``, with a pipe per worker and the shared positions in
an anonymous shared mapping: importing and starting ``multiprocessing`` would cost the run ~20 ms
of serial time), so they start in milliseconds and share the parent's loaded engine, plugins and
knowledge; elsewhere they are spawned with ``multiprocessing`` and rebuild the engine from the
run's settings.  A worker that dies takes no findings with it: the documents it took and did not send
back are checked in the parent (also when it died holding the lock of the shared positions: the
parent then stops waiting for it and checks every document left).

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

def cpu_count() -> int:
    """The cores this process may use (its CPU affinity where the platform tells)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def size_of(item) -> int:
    """Characters of a document, or an estimate for a file not read yet (:class:`~factlint.inputs.Unread`:
    its size in bytes; a Chinese character takes three in UTF-8, a .docx is compressed)."""
    source = getattr(item, "source", None)
    return len(source) if source is not None else item.size // 2


def effective_jobs(jobs: int | None, documents: Sequence["Document"]) -> int:
    """How many processes to use: an explicit ``jobs`` is honoured (never more than there are
    documents); ``None`` means one per core when the run is big enough to gain from it."""
    n = len(documents)
    if jobs is None:
        if n < 2 or sum(size_of(d) for d in documents) < AUTO_MIN_CHARS:
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


class _Bounds:
    """The documents not yet taken, as positions ``lo..hi`` in the list of documents sorted by
    size: the parent takes from ``lo`` (the smallest left), workers from ``hi`` (the largest
    left).  Shared memory and a lock, so every process takes its next document itself, the
    moment it is free (none waits for the parent to hand it work), and they meet in the middle
    within one document.

    This one is for spawned workers (``multiprocessing`` shared memory and lock);
    :class:`_ForkBounds` is the one forked workers inherit."""

    def __init__(self, mp, lo: int, hi: int):
        self.array = mp.Array("q", [lo, hi], lock=True)
        self.lock = self.array.get_lock()

    def _acquire(self, timeout: float | None) -> bool:
        return self.lock.acquire(True, timeout)  # (multiprocessing: a timeout of None waits for ever)

    def _get(self) -> tuple[int, int]:
        return self.array[0], self.array[1]

    def _set(self, index: int, value: int) -> None:
        self.array[index] = value

    def take(self, high: bool, timeout: float | None = None) -> int | None:
        """The next position, or None when none is left; TimeoutError when the lock could not
        be had within ``timeout`` seconds (a worker that died holding it)."""
        if not self._acquire(timeout):
            raise TimeoutError
        try:
            lo, hi = self._get()
            if lo > hi:
                return None
            if high:
                self._set(1, hi - 1)
                return hi
            self._set(0, lo + 1)
            return lo
        finally:
            self.lock.release()

    def free(self, timeout: float) -> bool:
        """Whether the lock can be had within ``timeout`` seconds (it is released at once)."""
        if not self._acquire(timeout):
            return False
        self.lock.release()
        return True

    def close(self) -> None:
        """Give back what the bounds hold (the parent, once the workers are gone)."""


class _TokenLock:
    """A lock shared by forked processes without ``multiprocessing`` (whose import and start-up
    cost a forked run ~20 ms): a pipe holding one byte; taking the byte is acquiring."""

    def __init__(self):
        self.r, self.w = os.pipe()
        os.set_blocking(self.r, False)
        os.write(self.w, b"\0")

    def acquire(self, block: bool = True, timeout: float | None = None) -> bool:
        import select

        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                if os.read(self.r, 1):
                    return True
            except BlockingIOError:  # (another process took it first)
                pass
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                return False
            select.select([self.r], [], [], wait)

    def release(self) -> None:
        os.write(self.w, b"\0")

    def close(self) -> None:
        for fd in (self.r, self.w):
            try:
                os.close(fd)
            except OSError:
                pass


class _ForkBounds(_Bounds):
    """:class:`_Bounds` for forked workers: the positions in an anonymous shared mapping, which
    a fork shares, under a :class:`_TokenLock`."""

    def __init__(self, lo: int, hi: int):
        import mmap
        import struct

        self.map = mmap.mmap(-1, 16)  # (MAP_SHARED: the forked processes see one mapping)
        self.pair = struct.Struct("=qq")
        self.pair.pack_into(self.map, 0, lo, hi)
        self.lock = _TokenLock()

    def _get(self) -> tuple[int, int]:
        return self.pair.unpack_from(self.map, 0)

    def _set(self, index: int, value: int) -> None:
        lo, hi = self._get()
        self.pair.pack_into(self.map, 0, value if index == 0 else lo, value if index == 1 else hi)

    def close(self) -> None:
        self.lock.close()
        self.map.close()


class _FdConnection:
    """One end of a pipe between a forked worker and the parent: messages framed by their
    length (``send_bytes``/``recv_bytes``, as ``multiprocessing``'s connections)."""

    HEADER = 8

    def __init__(self, fd: int):
        self.fd = fd

    def fileno(self) -> int:
        return self.fd

    def send_bytes(self, data: bytes) -> None:
        view = memoryview(len(data).to_bytes(self.HEADER, "little") + data)
        while view:
            view = view[os.write(self.fd, view):]

    def _read(self, n: int) -> bytes:
        chunks = []
        while n:
            chunk = os.read(self.fd, min(n, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def recv_bytes(self) -> bytes:
        return self._read(int.from_bytes(self._read(self.HEADER), "little"))

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class _ForkedProcess:
    """A worker started with ``os.fork`` (the parts of ``multiprocessing.Process`` used here)."""

    def __init__(self, target: Callable, args: tuple):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: run, then leave without the parent's exit handlers and buffers
            code = 1
            try:
                os.close(r)
                target(_FdConnection(w), *args)
                code = 0
            except BaseException:  # (the parent checks again what this did not send)
                pass
            finally:
                os._exit(code)
        os.close(w)  # (the parent's copy: end of file on the pipe when the worker ends)
        self.pid = pid
        self.connection = _FdConnection(r)
        self.exitcode: int | None = None

    def poll(self) -> int | None:
        if self.exitcode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                pid, status = self.pid, 0
            if pid:
                self.exitcode = os.waitstatus_to_exitcode(status)
        return self.exitcode

    def is_alive(self) -> bool:
        return self.poll() is None

    def terminate(self) -> None:
        import signal

        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    def join(self) -> None:
        if self.exitcode is None:
            try:
                _, status = os.waitpid(self.pid, 0)
                self.exitcode = os.waitstatus_to_exitcode(status)
            except ChildProcessError:
                self.exitcode = 0


# -- sending results ---------------------------------------------------------------------------
# Findings cross the pipe as (class, field values): pickle's default for a frozen dataclass with
# slots calls dataclasses.fields() for every object on both sides, half the cost of sending them
_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        import dataclasses

        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _rebuild(cls: type, values: tuple):
    """The object ``_reduce`` took apart (as dataclasses' own ``__setstate__`` does it)."""
    obj = object.__new__(cls)
    setattr_ = object.__setattr__
    for name, value in zip(_fields(cls), values):
        setattr_(obj, name, value)
    return obj


def _reduce(obj):
    return _rebuild, (type(obj), tuple([getattr(obj, name) for name in _fields(type(obj))]))


def _reduce_diagnostic(d):
    """A finding as one flat tuple, its location and fix inline: rebuilt by one call of
    :func:`_rebuild_diagnostic` instead of one per object (a third less time in the parent, which
    reads every worker's findings).  Anything but plain Diagnostic, Location, Fix and Edit objects
    takes :func:`_reduce`'s way."""
    from .diagnostics import Diagnostic, Edit, Fix, Location

    loc, fix = d.location, d.fix
    if type(d) is not Diagnostic or type(loc) is not Location or (fix is not None and (
            type(fix) is not Fix or type(fix.edits) is not tuple or any(type(e) is not Edit for e in fix.edits))):
        return _reduce(d)
    edits = None if fix is None else (fix.description, tuple([(e.start, e.end, e.replacement) for e in fix.edits]))
    return _rebuild_diagnostic, (d.rule, d.severity, d.message, loc.path, loc.line, loc.column, loc.end_line,
                                 loc.end_column, d.start, d.end, d.evidence, d.related, edits, d.snippet)


def _rebuild_diagnostic(rule, severity, message, path, line, column, end_line, end_column, start, end, evidence,
                        related, edits, snippet):
    """The finding :func:`_reduce_diagnostic` took apart (set as the frozen dataclasses' own
    ``__setstate__`` sets their fields)."""
    from .diagnostics import Diagnostic, Edit, Fix, Location

    new, put = object.__new__, object.__setattr__
    loc = new(Location)
    put(loc, "path", path)
    put(loc, "line", line)
    put(loc, "column", column)
    put(loc, "end_line", end_line)
    put(loc, "end_column", end_column)
    fix = None
    if edits is not None:
        parts = []
        for a, b, text in edits[1]:
            edit = new(Edit)
            put(edit, "start", a)
            put(edit, "end", b)
            put(edit, "replacement", text)
            parts.append(edit)
        fix = new(Fix)
        put(fix, "description", edits[0])
        put(fix, "edits", tuple(parts))
    d = new(Diagnostic)
    put(d, "rule", rule)
    put(d, "severity", severity)
    put(d, "message", message)
    put(d, "location", loc)
    put(d, "start", start)
    put(d, "end", end)
    put(d, "evidence", evidence)
    put(d, "related", related)
    put(d, "fix", fix)
    put(d, "snippet", snippet)
    return d


def _dumps(item) -> bytes:
    """``item`` pickled, with the diagnostics' dataclasses taken apart by :func:`_reduce_diagnostic`
    and :func:`_reduce`."""
    import copyreg
    import io
    import pickle

    from .diagnostics import Diagnostic, Edit, Fix, Location

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, Diagnostic: _reduce_diagnostic, Location: _reduce,
                              Fix: _reduce, Edit: _reduce}
    pickler.dump(item)
    return buffer.getvalue()


def _read(linter, item):
    """A document as it is, or the document (or error) of a file not read yet."""
    from .inputs import Unread, read_unread

    return read_unread(linter, item) if isinstance(item, Unread) else item


def _worker(conn, bounds: _Bounds, order: Sequence[int], first: Sequence[int], state: tuple) -> None:
    """A worker process: check the documents at positions ``first`` of ``order``, then take
    the largest left until none is; send per document ``(index, (findings, collected, figures,
    the document if this process read it, else None))``, or ``(index, FileError)`` for a file
    that cannot be read, or ``(index, None)`` when the result cannot be sent; then ``None``.

    ``state`` is ``("fork", linter, documents, rules, ship)`` (inherited) or ``("spawn",
    settings, documents, ship)`` (the engine is built here from the run's settings)."""
    import queue
    import threading

    if state[0] == "fork":
        _, linter, documents, rules, ship = state
    else:
        from .engine import Linter

        _, settings, documents, ship = state
        linter = Linter(settings)
        rules = linter.enabled_rules()
    # results are written to the pipe by a thread: the checking goes on while the parent is busy
    # with a document of its own and has not read the pipe yet.  They are pickled here, as soon as
    # a document is checked: pickled by the thread, which gets the interpreter only between the
    # checking's turns, several documents' results were still waiting when the last document was
    # checked, and the parent waited for them.
    from .engine import quiet_gc

    quiet = quiet_gc()  # (only its collections between documents: the run's quiet_gc is in effect)
    outbox: "queue.SimpleQueue" = queue.SimpleQueue()
    last = _dumps(None)

    def put(item) -> None:
        try:
            data = _dumps(item)
        except Exception:  # a result that cannot be pickled: the parent checks it itself
            data = _dumps((item[0], None))
        outbox.put(data)

    def send() -> None:
        while True:
            data = outbox.get()
            try:
                conn.send_bytes(data)
            except (OSError, EOFError):  # the parent is gone
                return
            if data is last:
                return

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        positions = list(first)
        while True:
            if positions:
                pos = positions.pop(0)
            else:
                pos = bounds.take(high=True)
                if pos is None:
                    break
            i = order[pos]
            doc = _read(linter, documents[i])
            if not hasattr(doc, "source"):  # a file that cannot be read: its error
                put((i, doc))
                continue
            value = _analyse(linter, rules, doc, ship)[1:]
            put((i, (*value, doc if doc is not documents[i] else None)))
            del value
            quiet.between_documents()
    finally:
        outbox.put(last)
        sender.join()
        conn.close()


# -- the parent side ---------------------------------------------------------------------------
def _needs_quantities(rules: Sequence["Rule"]) -> bool:
    from .rule import Rule

    return any(r.scope == "run" and type(r).collect is Rule.collect for r in rules)


def _start_method() -> str:
    """``fork`` where it is safe and cheap (Linux: :class:`_ForkedProcess`), else ``spawn``
    (``multiprocessing``)."""
    if sys.platform.startswith("linux") and hasattr(os, "fork"):
        return "fork"
    return "spawn"


#: documents a worker is given before it starts (the largest ones), so the parent, which starts
#: checking at once, does not take them all while the worker starts up
FIRST_PER_WORKER = 2


def check_parallel(linter: "Linter", documents: Sequence["Document"], errors: Sequence["FileError"] = (),
                   baseline=None, jobs: int | None = None, advance: Callable[[], Any] | None = None) -> "RunResult":
    """Check ``documents`` in ``jobs`` processes (see the module docstring); the result is the
    one :meth:`factlint.engine.Linter.check_documents` gives.

    The parent is one of the ``jobs`` processes: ``jobs - 1`` workers take the documents from
    the largest down while the parent takes them from the smallest up, until they meet.  Workers
    send each document's results as soon as it is checked."""
    import gc
    import pickle
    import select

    from .engine import _release, quiet_gc
    from .inputs import read_all, settle

    items = list(documents)  # documents, and files not read yet (factlint.inputs.Unread)
    workers = effective_jobs(jobs, items) - 1
    if workers < 1:
        documents, errors = read_all(linter, items, errors)
        return linter.check_documents(documents, errors, baseline, advance=advance)

    rules = linter.enabled_rules()
    ship = _needs_quantities(rules)
    tick = advance or (lambda: None)
    n = len(items)
    order = sorted(range(n), key=lambda i: size_of(items[i]))  # smallest first (stable)
    results: list[Any] = [None] * n  # (findings, collected, figures) per document
    local: dict[int, Any] = {}  # contexts of the documents the parent checked itself
    outcomes: dict[int, Any] = {}  # what each file read in a process became: document or error

    quiet = quiet_gc()  # (only its collections between documents: check_documents_parallel holds one)

    def check_here(pos: int) -> None:
        i = order[pos]
        doc = _read(linter, items[i])
        if doc is not items[i]:
            outcomes[i] = doc
        if hasattr(doc, "source"):
            ctx, *value = _analyse(linter, rules, doc, False)
            if not ship:  # as the serial engine does: what the run-level rules need is collected, so
                _release(ctx)  # the figures and claim model go (memory bounded by the largest document)
            local[i] = ctx
            results[i] = value
            del ctx, value
            quiet.between_documents()
        tick()

    method = _start_method()
    linter.knowledge  # noqa: B018 (loaded once here: the parent needs it too, forked workers inherit it)
    if method == "fork":
        gc.freeze()  # (what is built so far stays out of the collector's sight, in every process)
    # the largest documents are given to the workers up front, round robin (leaving the parent one)
    firsts: list[list[int]] = [[] for _ in range(workers)]
    hi = n - 1
    for k in range(min(FIRST_PER_WORKER * workers, n - 1)):
        firsts[k % workers].append(hi)
        hi -= 1
    if method == "fork":
        bounds = _ForkBounds(0, hi)
    else:
        import multiprocessing

        mp = multiprocessing.get_context(method)
        bounds = _Bounds(mp, 0, hi)

    procs: list = []
    conns: dict = {}

    def poisoned() -> bool:
        """Whether a worker died holding the lock of the bounds (nothing else holds it long)."""
        if all(p.is_alive() for p in procs):
            return False
        return not bounds.free(1.0)

    def take_low() -> int | None:
        while True:
            try:
                return bounds.take(high=False, timeout=1.0)
            except TimeoutError:
                if poisoned():  # the documents nobody took are checked below
                    return None

    clean = False
    try:
        for k in range(workers):
            if method == "fork":
                proc = _ForkedProcess(_worker, (bounds, order, firsts[k], ("fork", linter, items, rules, ship)))
                receive = proc.connection
            else:
                receive, send = mp.Pipe(duplex=False)
                proc = mp.Process(target=_worker, args=(send, bounds, order, firsts[k],
                                                        ("spawn", linter.settings, items, ship)),
                                  daemon=True, name=f"factlint-worker-{k + 1}")
                proc.start()
                send.close()  # (the parent's copy: end of file on the pipe when the worker ends)
            procs.append(proc)
            conns[receive] = proc

        def receive_from(conn) -> None:
            try:
                data = conn.recv_bytes()
            except (EOFError, OSError):  # the worker ended without saying so: it died
                item = None
            else:
                try:
                    item = pickle.loads(data)
                except Exception:  # a result that cannot be read back: checked here below
                    return
            if item is None:
                del conns[conn]
                conn.close()
                return
            i, value = item
            if value is None:  # could not be sent: checked here below
                return
            if isinstance(value, tuple):
                *value, doc = value
                if doc is not None:
                    outcomes[i] = doc
                results[i] = value
            else:  # the error of a file that cannot be read
                outcomes[i] = value
            tick()

        while True:
            pos = take_low()
            if pos is None:
                break
            check_here(pos)
            for conn in select.select(list(conns), [], [], 0)[0]:
                receive_from(conn)
        while conns:  # the workers' last documents
            ready = select.select(list(conns), [], [], 1.0)[0]
            for conn in ready:
                receive_from(conn)
            if not ready and poisoned():
                break
        clean = not conns
    finally:
        for proc in procs:
            if not clean and proc.is_alive():  # interrupted, or stuck behind a dead worker's lock
                proc.terminate()
            proc.join()
        for conn in conns:
            conn.close()
        bounds.close()

    contexts = []
    found = []
    for i, item in enumerate(items):
        ctx = local.get(i)
        value = results[i]
        doc = outcomes.get(i, item)
        if value is None and i not in outcomes and doc is item:  # lost with a worker: read it here
            doc = _read(linter, item)
            if doc is not item:
                outcomes[i] = doc
        if not hasattr(doc, "source"):  # a file that cannot be read (settled below)
            continue
        if value is None:  # lost with a worker, or taken by nobody: check it here
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
    documents, errors = settle(items, errors, outcomes)
    return linter._finish(documents, errors, rules, found, baseline)
