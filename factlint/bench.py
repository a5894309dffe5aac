"""factlint's own benchmark: ``python -m factlint.bench [--corpus DIR] [--scales 1,10] ...``

Prints, for a corpus of drafts (by default ``../shared/corpus`` beside the checkout) and for
generated corpora N times its size:

- characters per second of figure extraction (``numbers``) and of a full ``check``, on one core,
  after start-up: the child process first checks the rules' own documentation examples (so the
  imports, packs and per-rule tables are built, as the latency row measures) with the start-up
  caches the command line uses, then times one pass over the corpus;
- peak memory (max RSS) of a full ``check`` at each scale, measured in a child process;
- how the machine's two cores share the work: the CPU time of a ``check`` pass run alone and of
  each of two passes run at once, which bounds what ``--jobs 2`` can gain on this machine;
- the ``--jobs 2`` speed-up of the command line over ``--jobs 1``, at each scale (the generated
  corpora written as files to a temporary folder), so the fixed serial cost of a run (start-up,
  reading, the cross-file rules, the report) shows as the difference between the scales;
- the latency of checking one 2 KB draft against ``python3 -c pass``.

Every figure is measured in this run; nothing is read from earlier runs.  The generated corpora
repeat the real documents with each copy's place names left as they are: the cost per character
is what matters, and identical copies add no cross-file findings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
CORPUS_FOLDERS = ("gov-work-reports", "provincial-2025")


def corpus_files(corpus: Path) -> list[Path]:
    files: list[Path] = []
    for folder in CORPUS_FOLDERS:
        files.extend(sorted((corpus / folder).glob("*.txt")))
    if not files:
        files = sorted(corpus.rglob("*.txt"))
    return files


def _child(code: str, *args: str) -> dict:
    """Run a measurement in a fresh interpreter (so imports and memory are its own); the child
    prints ``key=value`` lines."""
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    result = {}
    for line in out.stdout.splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            result[k] = float(v)
    return result


_MEASURE = r"""
import sys, time, resource
from pathlib import Path
from factlint.documents import plain_document
from factlint.engine import Linter
from factlint.numerals import extract
files = [Path(p) for p in sys.argv[3:]]
scale = int(sys.argv[1]); what = sys.argv[2]
texts = [f.read_text(encoding="utf-8") for f in files]
from factlint import _recache
_recache.install()  # as the command line does: compiled patterns kept between runs
linter = Linter()
k = linter.knowledge
# start-up outside the timed part (it is the latency row): imports, packs, and what each rule
# builds on first use, by checking the rules' own documentation examples (not corpus text)
warm = []
for rule in linter.enabled_rules():
    wrong, right = type(rule).examples()
    warm += wrong + right
linter.check_text("\n".join(warm)) if what == "check" else extract("\n".join(warm), k)
chars = sum(map(len, texts)) * scale
t0 = time.perf_counter(); c0 = time.process_time()
if what == "numbers":
    n = 0
    for _ in range(scale):
        for t in texts:
            n += len(extract(t, k))
else:
    docs = [plain_document(f"{i}/{f.name}", t) for i in range(scale) for f, t in zip(files, texts)]
    n = len(linter.check_documents(docs).diagnostics)
dt = time.perf_counter() - t0; cpu = time.process_time() - c0
print(f"chars={chars}"); print(f"seconds={dt}"); print(f"cpu={cpu}"); print(f"items={n}")
print(f"maxrss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
_recache.save()
"""


def measure(files: list[Path], scale: int, what: str) -> dict:
    return _child(_MEASURE, str(scale), what, *map(str, files))


def _parse(out: str) -> dict:
    return {k: float(v) for k, v in (line.split("=", 1) for line in out.splitlines() if "=" in line)}


def two_at_once(files: list[Path], runs: int) -> tuple[float, float, float]:
    """How the machine's cores share the work: the CPU seconds of one ``check`` pass over the
    corpus run alone, and of each of two such passes run at the same time (separate processes,
    one per core), alternately ``runs`` times; returns the medians of both and of their ratio.

    Two processes on two cores may each run slower than one alone (shared caches, memory
    bandwidth, cores that are hyperthreads of one): a ratio of 1.15 means that ``--jobs 2`` can
    at best give 2 / 1.15 = 1.74 times the speed of one process, before any serial time."""
    cmd = [sys.executable, "-c", _MEASURE, "1", "check", *map(str, files)]
    alone, pair, ratios = [], [], []
    for _ in range(runs):
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        one = _parse(out)["cpu"]
        procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(2)]
        both = [_parse(p.communicate()[0])["cpu"] for p in procs]
        alone.append(one)
        pair.append(sum(both) / 2)
        ratios.append(pair[-1] / one)
    return statistics.median(alone), statistics.median(pair), statistics.median(ratios)


def time_command(cmd: list[str], runs: int, env: dict | None = None) -> float:
    """Median wall time of a command over ``runs`` runs (after one warm-up run)."""
    subprocess.run(cmd, capture_output=True, env=env)
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def time_jobs(cmd: list[str], runs: int, warm_up: bool = True, env: dict | None = None) -> tuple[list[float], list[float]]:
    """Wall times of ``cmd --jobs 1`` and ``cmd --jobs 2``, run alternately (so a change in the
    machine's load touches both alike), in the environment ``env`` (see :func:`user_env`)."""
    if warm_up:
        subprocess.run(cmd + ["--jobs", "1"], capture_output=True, env=env)
    one, two = [], []
    for _ in range(runs):
        for jobs, samples in (("1", one), ("2", two)):
            t0 = time.perf_counter()
            subprocess.run(cmd + ["--jobs", jobs], capture_output=True, env=env)
            samples.append(time.perf_counter() - t0)
    return one, two


def speed_ups(one: list[float], two: list[float]) -> dict[str, float]:
    """The ``--jobs 2`` speed-up of alternate runs, read three ways: the ratio of the medians; the
    ratio of the fastest runs (the machine's best, ``timeit``'s reading: a slower run was slowed by
    something else); and the quartiles of the runs' own ratios (run k of each), which show how far
    the machine's swings move it."""
    pairs = sorted(a / b for a, b in zip(one, two))
    q = statistics.quantiles(pairs, n=4, method="inclusive") if len(pairs) >= 2 else [pairs[0]] * 3
    return {"median": statistics.median(one) / statistics.median(two), "best": min(one) / min(two),
            "low": q[0], "high": q[2]}


def write_corpus(files: list[Path], scale: int, folder: Path) -> list[str]:
    """``scale`` copies of ``files`` as real files under ``folder`` (copies, not links: the command
    line reads a file reached twice only once); returns the folders to check."""
    out = []
    for k in range(scale):
        copy = folder / f"copy{k:03d}"
        for f in files:
            target = copy / f.parent.name / f.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(f.read_bytes())
        out.append(str(copy))
    return out


def user_env(**extra: str) -> dict:
    """The environment of a user's machine: Python writes its bytecode caches (some sandboxes and
    CI set PYTHONDONTWRITEBYTECODE, which makes every run compile every module again)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def draft_2kb(files: list[Path]) -> str:
    text = files[0].read_text(encoding="utf-8") if files else "全市地区生产总值完成2856.4亿元，比上年增长5.8%。\n"
    chunk = ""
    for line in text.splitlines():
        if len(chunk) + len(line) > 700:  # ~700 CJK characters = ~2 KB of UTF-8
            break
        chunk += line + "\n"
    return chunk or text[:700]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m factlint.bench", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt drafts (default: ../shared/corpus)")
    ap.add_argument("--scales", default="1,10", help="corpus multiples to measure, e.g. 1,10,100 (default 1,10)")
    ap.add_argument("--runs", type=int, default=10, help="runs for the latency medians (default 10)")
    ap.add_argument("--skip-jobs", action="store_true", help="do not measure the --jobs 2 speed-up")
    ap.add_argument("--jobs-runs", type=int, default=3,
                    help="alternate runs of --jobs 1 and --jobs 2 at the first scale, median (default 3)")
    ap.add_argument("--jobs-runs-large", type=int, default=1, metavar="N",
                    help="alternate runs of --jobs 1 and --jobs 2 at each larger scale (default 1: a 100x pair "
                         "takes about two and a half minutes)")
    args = ap.parse_args(argv)

    files = corpus_files(args.corpus)
    if not files:
        print(f"no .txt files under {args.corpus}", file=sys.stderr)
        return 2
    print(f"corpus: {len(files)} files from {args.corpus.resolve()}")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} (figures are only comparable on a quiet machine)")
    scales = [int(s) for s in args.scales.split(",") if s.strip()]
    base = {}
    print("chars/s is per CPU second of one process (one core), after start-up (the rules' documentation "
          "examples are checked before the clock starts); 'per char vs 1x' is the CPU time per character "
          "relative to the first scale (1.00 = linear)")
    print(f"{'what':<8} {'scale':>5} {'chars':>12} {'wall s':>8} {'CPU s':>8} {'chars/s':>12} {'peak RSS':>10} "
          f"{'per char vs 1x':>15}")
    for what in ("numbers", "check"):
        for scale in scales:
            m = measure(files, scale, what)
            rate = m["chars"] / m["cpu"]
            if scale == scales[0]:
                base[what] = m["cpu"] / scale
            ratio = m["cpu"] / (base[what] * scale) if base.get(what) else 1.0
            print(f"{what:<8} {scale:>4}x {int(m['chars']):>12,} {m['seconds']:>8.2f} {m['cpu']:>8.2f} {rate:>12,.0f} "
                  f"{m['maxrss_kb'] / 1024:>8.0f}MB {ratio:>14.2f}x")
    if not args.skip_jobs:
        one, both, ratio = two_at_once(files, args.jobs_runs)
        print(f"two checks at once (1x, one process per core, median of {args.jobs_runs}): {both:.2f} CPU s each "
              f"against {one:.2f} s alone, {ratio:.2f}x; so --jobs 2 can give at most {2 / ratio:.2f}x on this "
              "machine before any serial time")
        large = f"{args.jobs_runs_large} alternate runs" if args.jobs_runs_large > 1 else "one run each"
        print("check --jobs 2 speed-up over --jobs 1 (command line, --format json, wall time; target >= 1.7x on "
              f"2 cores; median of {args.jobs_runs} alternate runs at {scales[0]}x, {large} above)")
        chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
        for scale in scales:
            with tempfile.TemporaryDirectory(prefix="factlint-bench-") as td:
                paths = [str(f) for f in files] if scale == 1 else write_corpus(files, scale, Path(td))
                cmd = [sys.executable, "-m", "factlint", "check", "--format", "json", *paths]
                # (a user's environment, as for the latency below: a sandbox that sets
                # PYTHONDONTWRITEBYTECODE makes every run compile again what changed since the
                # bytecode was last written, serial time that no user's machine has)
                runs = args.jobs_runs if scale == scales[0] else args.jobs_runs_large
                one, two = time_jobs(cmd, max(1, runs), warm_up=scale == scales[0], env=user_env())
            up = speed_ups(one, two)
            spread = (f" (fastest runs {up['best']:.2f}x; the runs' own ratios {up['low']:.2f}-{up['high']:.2f}x, "
                      "quartiles)" if len(one) > 1 else "")
            print(f"  {scale:>4}x {chars * scale:>12,} chars  --jobs 1 {statistics.median(one):7.2f}s  "
                  f"--jobs 2 {statistics.median(two):7.2f}s  speed-up {up['median']:.2f}x{spread}")
    with tempfile.TemporaryDirectory() as td:
        draft = Path(td) / "draft.txt"
        draft.write_text(draft_2kb(files), encoding="utf-8")
        env = user_env()
        t_pass = time_command([sys.executable, "-c", "pass"], args.runs, env)
        check = [sys.executable, "-m", "factlint", "check", str(draft)]
        t_check = time_command(check, args.runs, env)  # (the warm-up run fills the caches)
        t_cold = time_command(check, args.runs, user_env(FACTLINT_NO_CACHE="1"))
        size = draft.stat().st_size
    print(f"latency: check of a {size / 1024:.1f} KB draft {t_check * 1000:.0f} ms "
          f"({t_check / t_pass:.1f}x `python -c pass`, {t_pass * 1000:.0f} ms; target <= 8x); "
          f"without the start-up caches (FACTLINT_NO_CACHE=1) {t_cold * 1000:.0f} ms ({t_cold / t_pass:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
