"""The command line: ``factlint check|numbers|rules|explain``.

Start-up is kept lean: ``factlint --version`` imports nothing heavy; argparse and the engine are
imported only by the commands that need them, rich only by the terminal report when colour is on,
and the numeral engine (cn2an) only when a rule asks for the figures of a text.

Exit codes (the contract): 0 nothing at or above the severity threshold, 1 findings, 2 usage
error, unreadable input, bad config or pack, or an internal error.
"""

from __future__ import annotations

import os
import sys

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("terminal", "json", "sarif", "github", "html", "markdown")


class UsageError(Exception):
    """A command-line mistake: one line on stderr, exit 2."""


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["--version"], ["-V"]):
        from . import __version__

        print(f"factlint {__version__}")
        return EXIT_OK
    from . import _recache
    from .engine import quiet_gc

    _quick_exit()
    _recache.install()  # compiled regular expressions kept between runs (see factlint._recache)
    try:
        with quiet_gc():  # (for the whole command: loading the engine, the run and the report)
            return _main(argv)
    finally:
        _recache.save()
        _recache.uninstall()


def console_main() -> None:
    """The ``factlint`` command (and ``python -m factlint``): :func:`main`, then leave at once.

    Once the report is written and flushed nothing is left to do, so the process ends with
    ``os._exit`` instead of tearing the interpreter down object by object (about 10 ms of a
    corpus run, and of checking one draft in a pre-commit hook; mypy ends the same way).  Only
    a normal return leaves so: an exception propagates as usual, and :func:`main` called as a
    function (tests, other programs) returns its code."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # (a closed pipe: factlint check … | head)
        code = code or EXIT_ERROR
    os._exit(code)


_exit_hook = False


def _quick_exit() -> None:
    """At the exit of the process, freeze the garbage collector: tearing the interpreter down
    then only frees what it holds, without first tracing every object of the run (the findings,
    documents, indexes and patterns are all still alive: 25 ms of a 2 KB draft's check, 50 ms of
    the corpus's).  Nothing changes before the exit (an atexit hook, registered once)."""
    global _exit_hook
    if not _exit_hook:
        import atexit
        import gc

        atexit.register(gc.freeze)
        _exit_hook = True


def _main(argv: list[str]) -> int:
    parser = build_parser(command_of(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return int(exc.code or 0)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    debug = getattr(args, "debug", False)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("factlint: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # silence the flush at exit
        except OSError:
            pass
        return EXIT_ERROR
    except Exception as exc:  # one line for editors; the traceback only with --debug
        if debug:
            raise
        print(f"factlint: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR


def _one_line(exc: BaseException) -> str:
    from .config import ConfigError

    text = str(exc).strip().replace("\n", " ")
    known = (ConfigError, UsageError)
    try:
        from .baseline import BaselineError
        from .packs import PackError
        from .plugins import PluginError

        known += (PackError, PluginError, BaselineError)
    except Exception:  # pragma: no cover
        pass
    if isinstance(exc, known):
        return text
    return f"internal error: {type(exc).__name__}: {text} (run with --debug for the traceback)"


COMMANDS = ("check", "numbers", "rules", "explain")


def command_of(argv: list[str]) -> str | None:
    """The command an argument list names (its first word not starting with ``-``), if any."""
    for arg in argv:
        if not arg.startswith("-"):
            return arg
    return None


_columns: int | None = None


def _help_formatter():
    """argparse's help formatter, with the terminal width looked up once per process: argparse
    makes a formatter for every option it adds (to check its metavar), and each one imports
    ``shutil`` and asks the terminal for its size (a few milliseconds of every run's start-up).
    The width is the one ``shutil.get_terminal_size`` gives (``COLUMNS``, else the terminal's,
    else 80)."""
    import argparse

    class Formatter(argparse.HelpFormatter):
        def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
            global _columns
            if width is None:
                if _columns is None:
                    _columns = _terminal_columns()
                width = _columns - 2
            super().__init__(prog, indent_increment, max_help_position, width)

    return Formatter


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


def build_parser(command: str | None = None):
    """The command-line parser.  With ``command`` (one of :data:`COMMANDS`) only that command's
    options are defined -- the others are listed (for ``--help`` and the message about an
    unknown command) but not built, which is most of the parser's cost; without it, all are."""
    import argparse

    from . import __version__

    formatter = _help_formatter()
    parser = argparse.ArgumentParser(
        prog="factlint",
        description="Fact-check and consistency linter for Chinese drafts (政府工作报告, 统计公报, news).",
        formatter_class=formatter,
    )
    parser.add_argument("--version", "-V", action="version", version=f"factlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    full = COMMANDS if command not in COMMANDS else (command,)

    def add(name: str, **kwargs):
        """The subparser of ``name``, or None when only its name is listed."""
        if name not in full:
            sub.add_parser(name, add_help=False, **kwargs)
            return None
        return sub.add_parser(name, formatter_class=formatter, **kwargs)

    def common(p, formats=FORMATS, default_help="terminal"):
        p.add_argument("paths", nargs="*", metavar="PATH",
                       help="files or folders (.txt, .md, .markdown, .docx); '-' or nothing with piped input reads stdin")
        p.add_argument("--stdin-filename", metavar="NAME", help="name to report for text read from stdin")
        p.add_argument("--format", default=None, metavar="FORMAT",
                       help=f"output format: {', '.join(formats)} (default: {default_help})")
        p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
        p.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
        p.add_argument("--isolated", action="store_true", help="ignore every config file")
        p.add_argument("--no-color", action="store_true", help="plain output without colour (also: NO_COLOR=1)")
        p.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    p = add("check", help="lint files and folders",
            description="Lint Chinese drafts: arithmetic, consistency, calendar, facts and number style.")
    if p is not None:
        _check_options(p, common)

    p = add("numbers", help="the figure inventory: every quantity found, normalized")
    if p is not None:
        common(p, formats=("terminal", "json"), default_help="json")
        p.set_defaults(func=cmd_numbers)

    p = add("rules", help="the rule table (name, severity, fixable, summary)")
    if p is not None:
        p.add_argument("--format", default="terminal", choices=["terminal", "json"], help="output format")
        p.add_argument("--config", metavar="FILE", help="config file (for its packs and plugins)")
        p.add_argument("--isolated", action="store_true", help="ignore every config file")
        p.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
        p.set_defaults(func=cmd_rules)

    p = add("explain", help="what a rule checks, why, a wrong and a right example")
    if p is not None:
        p.add_argument("rule", metavar="RULE")
        p.add_argument("--config", metavar="FILE", help="config file (for its packs and plugins)")
        p.add_argument("--isolated", action="store_true", help="ignore every config file")
        p.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
        p.set_defaults(func=cmd_explain)
    return parser


def _check_options(p, common) -> None:
    common(p)
    sel = p.add_argument_group("rule selection")
    sel.add_argument("--select", action="append", metavar="RULES",
                     help="comma-separated rule names, families (usage, arithmetic...), pack prefixes or ALL; replaces the config's select")
    sel.add_argument("--ignore", action="append", metavar="RULES", help="rules to turn off (added to the config's)")
    sel.add_argument("--extend-select", action="append", metavar="RULES", help="rules to add to the selection")
    sel.add_argument("--severity", default=None, choices=["info", "warning", "error"],
                     help="report findings at or above this level (default: info)")
    p.add_argument("--year", type=int, help="the year the text speaks of (for 今年, N周年, N年来)")
    p.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in this baseline file")
    p.add_argument("--write-baseline", metavar="FILE", help="record the current findings in FILE and exit 0")
    p.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    p.add_argument("--diff", action="store_true", help="show the safe fixes as a diff without writing")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="check files in N processes (default: one per core, when there is enough text)")
    p.add_argument("--quiet", "-q", action="store_true", help="one line per finding, no source lines or summary")
    p.add_argument("--statistics", action="store_true", help="end with the count of findings per rule")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    p.set_defaults(func=cmd_check)


def _emit(text: str | bytes, output: str | None) -> None:
    if output:
        if isinstance(text, bytes):
            with open(output, "wb") as fh:
                fh.write(text)
        else:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
    elif isinstance(text, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(text)
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def _split(values) -> list[str]:
    out = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def use_color(args) -> bool:
    """Colour only on a terminal, never with --no-color, NO_COLOR or --output; FORCE_COLOR forces it."""
    if getattr(args, "no_color", False) or os.environ.get("NO_COLOR"):
        return False
    if getattr(args, "output", None):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


def _width() -> int:
    import shutil

    return max(40, shutil.get_terminal_size((100, 24)).columns)


def settings_for(args, paths=()):
    """Config file settings (found upward from ``paths`` or ``--config``) with the command line
    applied on top."""
    from .config import parse_year, resolve_settings

    settings = resolve_settings(paths, getattr(args, "config", None), getattr(args, "isolated", False))
    select = _split(getattr(args, "select", None))
    if select:
        settings.select = select
        settings.origins.pop("select", None)
    ignore = _split(getattr(args, "ignore", None))
    if ignore:
        settings.ignore = settings.ignore + ignore
        settings.origins.pop("ignore", None)
    extend = _split(getattr(args, "extend_select", None))
    if extend:
        settings.extend_select = settings.extend_select + extend
        settings.origins.pop("extend_select", None)
    if getattr(args, "year", None) is not None:
        settings.year = parse_year(args.year, "command line", "--year")
    if getattr(args, "severity", None):
        settings.threshold = args.severity
    return settings


def make_linter(args, paths=()):
    from .engine import Linter

    linter = Linter(settings_for(args, paths))
    linter.validate()
    return linter


def cmd_check(args) -> int:
    from .inputs import collect

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if args.fix and args.diff:
        raise UsageError("--fix and --diff cannot be used together")
    if args.baseline and args.write_baseline:
        raise UsageError("--baseline and --write-baseline cannot be used together")
    linter = make_linter(args, args.paths)
    fmt = args.format or "terminal"
    render = linter.reporters.get(fmt)
    if render is None:
        raise UsageError(f"unknown format {fmt!r} (available: {', '.join(sorted(linter.reporters))})")
    baseline = None
    if args.baseline:
        from .baseline import Baseline

        baseline = Baseline.load(args.baseline)
    # with more than one process, files are read by the processes that check them
    docs, errors = collect(args.paths, linter, stdin_filename=args.stdin_filename, defer=args.jobs != 1)
    result = check_with_jobs(linter, docs, errors, baseline, args.jobs)
    errors = result.errors  # (with the files that turned out unreadable when read)

    if args.write_baseline:
        from .baseline import Baseline

        n = Baseline.dump(args.write_baseline, result.unfiltered, {d.path: d.source for d in result.documents})
        print(f"factlint: recorded {n} findings in {args.write_baseline}", file=sys.stderr)
        for e in errors:
            print(f"factlint: {e.path}: {e.message}", file=sys.stderr)
        return EXIT_ERROR if errors else EXIT_OK

    if args.fix or args.diff:
        # -- the fix stage (factlint/fixes.py) -------------------------------------------------
        # Every diagnostic in result.diagnostics keeps its ``fix`` (Fix with Edits on the
        # document text); applying them, writing files safely and showing the diff belong to
        # factlint.fixes.  run_fixes returns the exit status, or None to go on with the report.
        status = run_fixes(args, linter, result)
        if status is not None:
            return status

    options = {"color": use_color(args), "quiet": args.quiet, "statistics": args.statistics,
               "output": args.output, "width": _width() if use_color(args) else 100,
               "threshold": linter.settings.threshold, "rules": {r.name: type(r) for r in result.rules}}
    _emit(render(result, options), args.output)
    for w in result.warnings:
        print(f"factlint: warning: {w}", file=sys.stderr)
    for e in errors:
        print(f"factlint: {e.path}: {e.message}", file=sys.stderr)
    internal = [d for d in result.diagnostics if d.rule == "internal-error"]
    for d in internal:
        print(f"factlint: {d.path}: {d.message}", file=sys.stderr)
    if errors or internal:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if result.diagnostics else EXIT_OK


def run_fixes(args, linter, result):
    """``--fix`` / ``--diff``: hand the run to :mod:`factlint.fixes`."""
    try:
        from . import fixes
    except ImportError:
        raise UsageError("--fix and --diff are not available in this build") from None
    return fixes.run(args, linter, result)


def check_with_jobs(linter, docs, errors, baseline, jobs: int | None):
    """Check ``docs`` in ``jobs`` processes (None: one per core when it pays; see
    :mod:`factlint.parallel`), with a progress bar on stderr for long runs on a terminal.
    ``docs`` may hold files not read yet (:class:`factlint.inputs.Unread`)."""
    if len(docs) < 2 or jobs == 1 and not sys.stderr.isatty():
        # one process and no progress bar: skip loading the parallel machinery (start-up time)
        from .inputs import read_all

        docs, errors = read_all(linter, docs, errors)  # (files collect left unread, if any)
        return linter.check_documents(docs, errors, baseline)
    from .parallel import Progress

    with Progress(len(docs)) as progress:
        return linter.check_documents_parallel(docs, errors, baseline, jobs, progress.advance)


def cmd_rules(args) -> int:
    linter = make_linter(args)
    rules = linter.all_rules()
    rows = []
    for name in sorted(rules, key=lambda n: (_family_order(rules[n].family), n)):
        cls = rules[name]
        rows.append({"name": name, "severity": str(cls.severity), "fixable": bool(cls.fixable),
                     "family": cls.family, "summary": cls.summary(), "enabled": bool(cls.enabled_by_default),
                     "plugin": linter.rule_origin.get(name, "")})
    if args.format == "json":
        import json

        _emit(json.dumps({"rules": rows}, ensure_ascii=False, indent=2) + "\n", None)
        return EXIT_OK
    from .reporters.terminal import cell_len, window

    width = _width() if sys.stdout.isatty() else 200
    headers = ("name", "severity", "fixable", "summary")
    table = [(r["name"], r["severity"], "yes" if r["fixable"] else "",
              r["summary"] if r["enabled"] else f"(off by default) {r['summary']}") for r in rows]
    widths = [max(cell_len(h), *(cell_len(t[i]) for t in table)) for i, h in enumerate(headers[:3])] if table else [4, 8, 7]
    lines = []

    def line(cells):
        head = "  ".join(c + " " * (w - cell_len(c)) for c, w in zip(cells[:3], widths))
        rest = max(20, width - cell_len(head) - 2)
        summary = cells[3]
        if cell_len(summary) > rest:
            summary = window(summary, 0, 0, rest)[0]
        return (head + "  " + summary).rstrip()

    lines.append(line(headers))
    lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 7)
    lines.extend(line(t) for t in table)
    lines.append("")
    lines.append(f"{len(rows)} rules; `factlint explain RULE` shows what a rule checks, why, and an example.")
    _emit("\n".join(lines) + "\n", None)
    return EXIT_OK


def _family_order(family: str) -> int:
    order = ("arithmetic", "usage", "style", "facts", "claims")
    return order.index(family) if family in order else len(order)


def cmd_explain(args) -> int:
    linter = make_linter(args)
    rules = linter.all_rules()
    cls = rules.get(args.rule)
    if cls is None:
        from .config import _close

        hint = _close(args.rule, list(rules))
        raise UsageError(f"unknown rule {args.rule!r}" + (f" (did you mean {hint!r}?)" if hint else "")
                         + "; `factlint rules` lists them")
    _emit(explain_text(cls, linter.rule_origin.get(cls.name, "")), None)
    return EXIT_OK


def explain_text(cls, origin: str = "") -> str:
    from .rule import DOC_HEADINGS

    docs = cls.docs()
    out = [f"{cls.name} ({cls.severity}{', fixable' if cls.fixable else ''})", "", docs.get("summary", "")]
    meta = []
    if cls.family:
        meta.append(f"family: {cls.family}")
    if origin:
        meta.append(f"from: {origin}")
    if meta:
        out.append("  ".join(meta))
    for heading in DOC_HEADINGS:
        body = docs.get(heading)
        if body is None:
            continue
        out += ["", f"## {heading}", body]
    if cls.default_options:
        out += ["", "Defaults: " + ", ".join(f"{k.replace('_', '-')} = {v!r}" for k, v in cls.default_options.items())]
    return "\n".join(out).rstrip() + "\n"


def cmd_numbers(args) -> int:
    """The figure inventory: every quantity of every document, in document order.

    JSON rows follow the contract in cli.md (path, line, column, text, kind, value or low/high,
    unit, approx, measure) and add end_line/end_column, precision, magnitude, script and date.
    On a terminal (``--format terminal``) the same rows are shown as a table.
    """
    from .diagnostics import format_decimal
    from .inputs import collect
    from .numerals import extract

    fmt = args.format or "json"
    if fmt not in ("json", "terminal"):
        raise UsageError(f"unknown format {fmt!r} for numbers (available: json, terminal)")
    linter = make_linter(args, args.paths)
    docs, errors = collect(args.paths, linter, stdin_filename=args.stdin_filename)
    for e in errors:
        print(f"factlint: {e.path}: {e.message}", file=sys.stderr)
    rows = []
    for doc in docs:
        for q in extract(doc.text, linter.knowledge):
            loc = doc.location(q.start, q.end)
            row = {"path": doc.path, "line": loc.line, "column": loc.column, "text": q.text, "kind": q.kind}
            if q.kind == "range":
                row["low"] = format_decimal(q.low)
                row["high"] = format_decimal(q.high)
            else:
                row["value"] = format_decimal(q.value) if q.value is not None else None
            row.update({"unit": q.unit, "approx": q.approx, "measure": q.measure,
                        "end_line": loc.end_line, "end_column": loc.end_column,
                        "precision": format_decimal(q.precision), "magnitude": q.magnitude, "script": q.script})
            if q.date is not None:
                row["date"] = list(q.date)
            rows.append(row)
    if fmt == "json":
        from .reporters.json import dumps  # (one row per line, the C encoder: 20,000 rows in 0.2 s, not 0.5)

        _emit(dumps({"numbers": rows}), args.output)
    else:
        _emit(_numbers_table(rows, args), args.output)
    return EXIT_ERROR if errors else EXIT_OK


def _numbers_table(rows: list[dict], args) -> str:
    """The inventory as a table (file:line:col, text, value, unit, measure) for a terminal."""
    from io import StringIO

    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    for col in ("location", "text", "value", "unit", "kind", "approx", "measure"):
        table.add_column(col, justify="right" if col == "value" else "left")
    for r in rows:
        value = r.get("value") if "value" in r else f"{r['low']}~{r['high']}"
        table.add_row(f"{r['path']}:{r['line']}:{r['column']}", r["text"], value or "", r["unit"], r["kind"],
                      r["approx"] or "", r["measure"] or "")
    buf = StringIO()
    console = Console(file=buf, force_terminal=use_color(args), no_color=not use_color(args),
                      width=_width() if use_color(args) else 120)
    console.print(table)
    console.print(f"{len(rows)} figures")
    return buf.getvalue()
