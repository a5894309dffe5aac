"""``--jobs N``: parallel checking gives exactly the serial result, cross-file rules see every
file, a dying worker loses nothing, and the progress bar shows only on a terminal."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factlint import Rule, Severity, hookimpl
from factlint.diagnostics import Diagnostic
from factlint.documents import plain_document
from factlint.engine import Linter
from factlint.parallel import Progress, effective_jobs
from factlint.plugins import get_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("FACTLINT_SHARED", ROOT / ".." / "shared")) / "corpus" / "provincial-2025"
PARENT = os.getpid()
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork-based workers are tested on Linux")


class MarkCuo(Rule):
    """Marks every 错 (a document-level test rule)."""

    name = "test.mark-cuo"
    severity = Severity.WARNING

    def check(self, ctx):
        for m in re.finditer("错", ctx.text):
            yield self.report(ctx, m.start(), m.end(), "错字", evidence={"pid_is_parent": None})


class SameCodeAcrossFiles(Rule):
    """A code like K123 stated in an earlier file and again in a later one (run-level, map/reduce)."""

    name = "test.same-code"
    severity = Severity.INFO
    scope = "run"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.collect_pids: list[int] = []

    def collect(self, ctx):
        return {"pid": os.getpid(), "codes": [(m.group(), m.start(), m.end()) for m in re.finditer(r"K\d+", ctx.text)]}

    def check_run(self, contexts):
        first = {}
        for ctx in contexts:
            data = self.collected(ctx)
            self.collect_pids.append(data["pid"])
            for code, s, e in data["codes"]:
                if code in first:
                    c0, s0, e0 = first[code]
                    yield self.report(ctx, s, e, f"{code} 已在别处出现", related=[(c0, s0, e0)])
                else:
                    first[code] = (ctx, s, e)


class CountFilesFromContexts(Rule):
    """Reads the contexts itself (no collect): reports the number of documents on the first one."""

    name = "test.count-files"
    severity = Severity.INFO
    scope = "run"

    def check_run(self, contexts):
        total = sum(1 for ctx in contexts for _ in ctx.quantities)
        yield self.report(contexts[0], 0, 1, f"{len(contexts)} 个文件", evidence={"figures": total})


class DiesInWorker(Rule):
    """Kills the worker process it runs in (and does nothing in the parent)."""

    name = "test.dies-in-worker"
    severity = Severity.ERROR
    marker: Path | None = None  # written just before the worker dies

    def check(self, ctx):
        if os.getpid() != PARENT and "崩溃" in ctx.text:
            self.marker.write_text(str(os.getpid()))
            os._exit(3)
        return ()


class BrokenCollect(Rule):
    """A run-level rule whose collect raises."""

    name = "test.broken-collect"
    scope = "run"

    def collect(self, ctx):
        raise RuntimeError("collect failed")

    def check_run(self, contexts):
        for ctx in contexts:
            self.collected(ctx)
        return ()


class _Plugin:
    def __init__(self, *rules):
        self.rules = rules

    @hookimpl
    def factlint_register_rules(self, register):
        for r in self.rules:
            register(r)


def make_linter(*rules, only=True):
    from factlint.config import Settings

    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(_Plugin(*rules), "test-rules")
    settings = Settings(select=[r.name for r in rules]) if only else Settings()
    return Linter(settings, pm=pm)


def docs():
    texts = [
        "第一份：K1 与 K2，错一处。共有3个项目。",
        "第二份：K2 再次出现，还有 K3。" + "无关文字。" * 200 + "错",
        "第三份：K1、K3，错错。增长6.2%。",
        "第四份：没有代号。",
        "第五份：K9 只出现一次。" + "长文本。" * 500,
    ]
    return [plain_document(f"d{i}.txt", t) for i, t in enumerate(texts, 1)]


def dump(result):
    return [d.as_dict() for d in result.diagnostics]


def test_parallel_result_equals_serial_and_cross_file_rules_see_every_file():
    linter = make_linter(MarkCuo, SameCodeAcrossFiles, CountFilesFromContexts)
    serial = linter.check_documents(docs())
    parallel = linter.check_documents_parallel(docs(), jobs=2)
    assert dump(parallel) == dump(serial)
    rules = {d["rule"] for d in dump(serial)}
    assert rules == {"test.mark-cuo", "test.same-code", "test.count-files"}
    same = [d for d in dump(parallel) if d["rule"] == "test.same-code"]
    # K2 (d1 -> d2), K1 (d1 -> d3) and K3 (d2 -> d3): pairs across files, with the earlier one related
    assert sorted((d["path"], d["message"], d["related"][0]["path"]) for d in same) == [
        ("d2.txt", "K2 已在别处出现", "d1.txt"),
        ("d3.txt", "K1 已在别处出现", "d1.txt"),
        ("d3.txt", "K3 已在别处出现", "d2.txt"),
    ]
    count = next(d for d in dump(parallel) if d["rule"] == "test.count-files")
    assert count["message"] == "5 个文件"
    assert count["evidence"] == next(d for d in dump(serial) if d["rule"] == "test.count-files")["evidence"]


def test_run_level_collect_runs_in_the_workers():
    linter = make_linter(SameCodeAcrossFiles)
    result = linter.check_documents_parallel(docs(), jobs=2)
    rule = next(r for r in result.rules if r.name == "test.same-code")
    assert len(rule.collect_pids) == 5
    # the map step ran where each document was analysed: the two largest (d5, d2) went to the
    # worker first, the parent checks the small ones itself
    assert rule.collect_pids[4] != PARENT and rule.collect_pids[1] != PARENT
    assert PARENT in rule.collect_pids
    serial = linter.check_documents(docs())
    rule = next(r for r in serial.rules if r.name == "test.same-code")
    assert set(rule.collect_pids) == {PARENT}


def test_a_worker_that_dies_loses_no_findings(tmp_path, monkeypatch):
    monkeypatch.setattr(DiesInWorker, "marker", tmp_path / "died")
    # the largest document goes to a worker first
    texts = docs() + [plain_document("d6.txt", "这里会崩溃，错。K1" + "长文本。" * 2000)]
    linter = make_linter(MarkCuo, SameCodeAcrossFiles, DiesInWorker)
    serial = linter.check_documents(texts)
    parallel = linter.check_documents_parallel(texts, jobs=2)
    assert dump(parallel) == dump(serial)
    assert any(d["path"] == "d6.txt" and d["rule"] == "test.mark-cuo" for d in dump(parallel))
    assert (tmp_path / "died").exists()  # a worker did die


def test_a_failing_collect_is_an_internal_error_in_both_modes():
    linter = make_linter(BrokenCollect, MarkCuo)
    serial, parallel = linter.check_documents(docs()), linter.check_documents_parallel(docs(), jobs=2)
    assert dump(parallel) == dump(serial)
    assert [d["rule"] for d in dump(serial)].count("internal-error") == 1


def test_progress_is_advanced_once_per_document():
    linter = make_linter(MarkCuo)
    ticks = []
    linter.check_documents_parallel(docs(), jobs=2, advance=lambda: ticks.append(1))
    assert len(ticks) == 5
    ticks.clear()
    linter.check_documents_parallel(docs(), jobs=1, advance=lambda: ticks.append(1))
    assert len(ticks) == 5


def test_effective_jobs():
    small = docs()
    assert effective_jobs(None, small) == 1  # auto: too little text to gain from processes
    assert effective_jobs(None, small[:1]) == 1
    assert effective_jobs(2, small) == 2
    assert effective_jobs(8, small) == 5  # never more processes than documents
    big = [plain_document(f"b{i}.txt", "字" * 150_000) for i in range(3)]
    from factlint.parallel import cpu_count

    assert effective_jobs(None, big) == min(cpu_count(), 3)


def test_progress_bar_only_on_a_terminal():
    quiet = io.StringIO()
    with Progress(10, stream=quiet, delay=0) as p:
        for _ in range(10):
            p.advance()
    assert quiet.getvalue() == ""  # not a terminal: silent

    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty = Tty()
    with Progress(10, stream=tty, delay=0) as p:
        for _ in range(5):
            p.advance()
        shown = tty.getvalue()
    assert "factlint" in shown and "5/10" in shown

    fast = Tty()
    with Progress(10, stream=fast) as p:  # a run that ends before the delay never shows a bar
        for _ in range(10):
            p.advance()
    assert fast.getvalue() == ""
    single = Tty()
    with Progress(1, stream=single, delay=0) as p:
        p.advance()
    assert single.getvalue() == ""


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "factlint", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_cli_jobs_output_is_identical_to_serial():
    if CORPUS.is_dir():
        files = sorted(str(p) for p in CORPUS.glob("*.txt"))[:4]
    else:
        files = []
    paths = ["seeds", *files]
    one = _cli("check", "--format", "json", "--jobs", "1", *paths)
    two = _cli("check", "--format", "json", "--jobs", "2", *paths)
    assert one.returncode == two.returncode, (one.stderr, two.stderr)
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert two.stdout == one.stdout  # byte for byte, same order
    assert two.stderr == one.stderr  # and no progress bar when stderr is not a terminal
    bad = _cli("check", "--jobs", "0", "seeds")
    assert bad.returncode == 2 and "--jobs" in bad.stderr


def many_docs(n=12):
    return [plain_document(f"m{i:02d}.txt", f"第{i}份：K{i % 4} 出现，错{'字' * i}。" + "无关文字，增长6.2%。" * (40 * i))
            for i in range(1, n + 1)]


def test_three_processes_give_the_serial_result():
    linter = make_linter(MarkCuo, SameCodeAcrossFiles, CountFilesFromContexts)
    texts = many_docs()
    serial = linter.check_documents(texts)
    ticks = []
    parallel = linter.check_documents_parallel(texts, jobs=3, advance=lambda: ticks.append(1))
    assert dump(parallel) == dump(serial)
    assert len(ticks) == len(texts)
    rule = next(r for r in parallel.rules if r.name == "test.same-code")
    # both workers checked documents (each is given its first ones before it starts); whether the
    # parent gets any depends on timing: in a large process (the whole test suite) forking the
    # second worker may take longer than the first needs to check every small document left
    assert len(set(rule.collect_pids) - {os.getpid()}) == 2


def test_a_worker_that_dies_holding_the_shared_bounds_stalls_nothing(monkeypatch):
    """The documents left are shared through a lock; a worker killed while it holds it must not
    leave the parent (or another worker) waiting for ever: the parent checks what is left."""
    from factlint import parallel

    take = parallel._Bounds.take

    def take_and_die(self, high, timeout=None):
        if high and os.getpid() != PARENT:
            self.lock.acquire()
            os._exit(3)
        return take(self, high, timeout)

    class SlowInParent(Rule):
        """Keeps the parent busy, so it still takes documents after the worker died."""

        name = "test.slow-in-parent"

        def check(self, ctx):
            if os.getpid() == PARENT:
                time.sleep(0.05)
            return ()

    monkeypatch.setattr(parallel._Bounds, "take", take_and_die)
    linter = make_linter(MarkCuo, SameCodeAcrossFiles, SlowInParent)
    texts = many_docs()
    serial = linter.check_documents(texts)
    started = time.monotonic()
    parallel_result = linter.check_documents_parallel(texts, jobs=2)
    assert dump(parallel_result) == dump(serial)
    assert time.monotonic() - started < 60


def test_spawned_workers_give_the_serial_result(monkeypatch):
    """Where workers cannot be forked (macOS, Windows) they are spawned and build the engine from
    the run's settings (built-in rules here: a test's own rule classes exist only in this process)."""
    from factlint import parallel
    from factlint.config import Settings

    monkeypatch.setattr(parallel, "_start_method", lambda: "spawn")
    linter = Linter(Settings(select=["fullwidth-digit", "redundant-approximation", "inconsistent-figure"]),
                    load_entrypoints=False)
    texts = [plain_document(f"s{i}.txt", f"共有１２{i}家企业，接待游客约{i}万人次左右。全年地区生产总值{100 + i}亿元。" * (i * 30 + 1))
             for i in range(1, 6)]
    serial = linter.check_documents(texts)
    here = []
    analyse = parallel._analyse
    monkeypatch.setattr(parallel, "_analyse", lambda *a: here.append(a[2].path) or analyse(*a))
    assert dump(linter.check_documents_parallel(texts, jobs=2)) == dump(serial)
    assert len(here) <= 3  # the two largest were checked by the spawned worker (s5, s4)
    assert "s5.txt" not in here and "s4.txt" not in here


def test_files_are_read_by_the_processes_and_errors_keep_their_place(tmp_path):
    """With --jobs the files are read (decoded, .docx parsed) by the processes that check them; a
    file that cannot be read is reported where --jobs 1 reports it, and the others are checked."""
    good = "全市规模以上工业企业达到１２６８家，增长6.2%。错字一处。\n"
    (tmp_path / "a").mkdir()
    for name, data in [("a/1.txt", good * 40), ("a/2-empty.txt", b""), ("a/3.txt", good * 3),
                       ("b-binary.txt", b"\x00\x00binary"), ("c.txt", good * 90), ("d-fake.docx", "文本".encode()),
                       ("e.md", ("# 标题\n\n" + good) * 20)]:
        (tmp_path / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    paths = ["a", "b-binary.txt", "missing.txt", "c.txt", "d-fake.docx", "e.md"]
    one = subprocess.run([sys.executable, "-m", "factlint", "check", "--format", "json", "--jobs", "1", *paths],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    for jobs in ("2", "3"):
        two = subprocess.run([sys.executable, "-m", "factlint", "check", "--format", "json", "--jobs", jobs, *paths],
                             capture_output=True, text=True, cwd=tmp_path, timeout=300)
        assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    report = json.loads(one.stdout)
    assert one.returncode == 2 and report["summary"]["files"] == 4
    assert [e["path"] for e in report["errors"]] == ["a/2-empty.txt", "b-binary.txt", "missing.txt", "d-fake.docx"]


def test_unread_files_settle_in_input_order():
    from factlint.engine import FileError
    from factlint.inputs import Unread, settle

    d1, d2 = plain_document("x.txt", "一"), plain_document("y.txt", "二")
    items = [Unread("a.txt", b"", 0), d1, Unread("b.txt", b"", 1), Unread("c.txt", b"", 1), d2]
    outcomes = {0: FileError("a.txt", "empty"), 2: plain_document("b.txt", "三"), 3: FileError("c.txt", "binary")}
    docs, errors = settle(items, [FileError("m.txt", "missing"), FileError("n.txt", "missing")], outcomes)
    assert [d.path for d in docs] == ["x.txt", "b.txt", "y.txt"]
    assert [e.path for e in errors] == ["a.txt", "m.txt", "c.txt", "n.txt"]


def test_a_finding_that_cannot_be_pickled_is_found_in_the_parent():
    class Local:  # a class defined in a function cannot be pickled
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return isinstance(other, Local) and other.v == self.v

    class Unpicklable(Rule):
        """Marks every 错, with evidence that cannot cross a pipe."""

        name = "test.unpicklable"
        severity = Severity.WARNING

        def check(self, ctx):
            for m in re.finditer("错", ctx.text):
                yield self.report(ctx, m.start(), m.end(), "错字", evidence={"local": Local(m.start())})

    linter = make_linter(Unpicklable, SameCodeAcrossFiles)
    texts = many_docs()
    serial = linter.check_documents(texts)
    assert dump(linter.check_documents_parallel(texts, jobs=2)) == dump(serial)


def _children() -> set[int]:
    """This process's child processes (zombies included: a worker not waited for is one)."""
    pids = set()
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/children") as fh:
            pids.update(int(p) for p in fh.read().split())
    return pids


def test_parallel_runs_leave_no_file_descriptors_or_processes_behind():
    linter = make_linter(MarkCuo, SameCodeAcrossFiles)
    linter.check_documents_parallel(many_docs(), jobs=2)  # (first use: lazily opened files)
    fds, children = len(os.listdir("/proc/self/fd")), _children()
    for _ in range(3):
        linter.check_documents_parallel(many_docs(), jobs=3)
    assert len(os.listdir("/proc/self/fd")) == fds
    assert _children() == children


@dataclasses.dataclass(frozen=True, slots=True)
class _Tagged(Diagnostic):
    """A plugin's finding with a field of its own."""

    tag: str = "house"


def test_findings_cross_the_pipe_unchanged():
    """A worker's findings are rebuilt in the parent with every field (a field added to a
    Diagnostic and not sent would fail here), subclasses and odd fixes keep their own way."""
    import pickle
    from decimal import Decimal

    from factlint.diagnostics import Edit, Fix, Location
    from factlint.parallel import _dumps

    loc = Location("a.txt", 3, 1, 4, 2)
    cases = [
        Diagnostic("r", Severity.ERROR, "消息", loc, 0, 1),
        Diagnostic("r", Severity.INFO, "m", loc, 5, 9, {"expected": Decimal("82.180"), "parts": ["1", "2"]},
                   (loc, Location("c.txt", 1, 2, 1, 3)), Fix("d", (Edit(0, 1, "1"), Edit(5, 7, ""))), "片段"),
        Diagnostic("r", Severity.WARNING, "m", loc, 0, 1, fix=Fix("d", [Edit(0, 1, "x")])),
        _Tagged("r", Severity.WARNING, "m", loc, 0, 1, tag="other"),
    ]
    back = pickle.loads(_dumps(cases))
    assert back == cases
    for a, b in zip(back, cases):
        assert type(a) is type(b)
        for f in dataclasses.fields(b):
            assert type(getattr(a, f.name)) is type(getattr(b, f.name))
    assert back[1].evidence["expected"] == Decimal("82.180") and str(back[1].evidence["expected"]) == "82.180"


@pytest.mark.parametrize("jobs", [1, 2])
def test_files_are_read_by_the_process_that_checks_them(tmp_path, jobs):
    """``collect(defer=True)`` only finds the files: each is read when a process takes it, so the
    parent reads no bytes before the workers start.  A file gone by then is reported in its place
    and the others are checked."""
    from factlint.config import Settings
    from factlint.inputs import Unread, collect

    good = "全市规模以上工业企业达到１２６８家，增长6.2%。\n"
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(good * 30, encoding="utf-8")
    linter = Linter(Settings(select=["fullwidth-digit"]), load_entrypoints=False)
    items, errors = collect([str(tmp_path), str(tmp_path / "missing.txt")], linter, defer=True)
    assert [type(x) for x in items] == [Unread] * 4 and all(x.data is None for x in items)
    assert items[0].size == len((good * 30).encode("utf-8"))
    (tmp_path / "b.txt").unlink()
    result = linter.check_documents_parallel(items, errors, None, jobs)
    assert [(e.path, e.message) for e in result.errors] == [
        (str(tmp_path / "b.txt"), "no such file or folder"), (str(tmp_path / "missing.txt"), "no such file or folder")]
    assert [d.path for d in result.documents] == [str(tmp_path / n) for n in ("a.txt", "c.txt", "d.txt")]
    assert len(result.diagnostics) == 3 * 30
