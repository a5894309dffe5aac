"""The command line: ``factlint check|numbers|rules|explain``.

Start-up is kept lean: ``factlint --version`` imports nothing heavy; argparse and the engine are
imported only by the commands that need them.
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["--version"], ["-V"]):
        from . import __version__

        print(f"factlint {__version__}")
        return EXIT_OK
    parser = build_parser()
    args = parser.parse_args(argv)
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
        return EXIT_ERROR
    except Exception as exc:  # one line for editors; the traceback only with --debug
        if debug:
            raise
        print(f"factlint: {exc}", file=sys.stderr)
        return EXIT_ERROR


def build_parser():
    import argparse

    from . import __version__

    parser = argparse.ArgumentParser(
        prog="factlint",
        description="Fact-check and consistency linter for Chinese drafts (政府工作报告, 统计公报, news).",
    )
    parser.add_argument("--version", "-V", action="version", version=f"factlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(p):
        p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; '-' or nothing with piped input reads stdin")
        p.add_argument("--stdin-filename", metavar="NAME", help="name to report for text read from stdin")
        p.add_argument("--format", default=None, help="output format")
        p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
        p.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    p = sub.add_parser("check", help="lint files and folders")
    common(p)
    p.add_argument("--year", type=int, help="the year the text speaks of (for 今年, N周年, N年来)")
    p.add_argument("--severity", default="info", choices=["info", "warning", "error"], help="report findings at or above this level")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("numbers", help="the figure inventory: every quantity found, normalized")
    common(p)
    p.set_defaults(func=cmd_numbers)
    return parser


def _emit(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)


def cmd_check(args) -> int:
    from .config import Settings
    from .engine import Linter
    from .inputs import collect

    settings = Settings(year=args.year, threshold=args.severity)
    linter = Linter(settings)
    docs, errors = collect(args.paths, linter, stdin_filename=args.stdin_filename)
    result = linter.check_documents(docs, errors)
    for e in errors:
        print(f"factlint: {e.path}: {e.message}", file=sys.stderr)
    fmt = args.format or "json"
    render = linter.reporters.get(fmt)
    if render is None:
        print(f"factlint: unknown format {fmt!r} (available: {', '.join(sorted(linter.reporters))})", file=sys.stderr)
        return EXIT_ERROR
    _emit(render(result, {"output": args.output}), args.output)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.diagnostics else EXIT_OK


def cmd_numbers(args) -> int:
    import json

    from .diagnostics import format_decimal
    from .engine import Linter
    from .inputs import collect
    from .numerals import extract

    linter = Linter()
    docs, errors = collect(args.paths, linter, stdin_filename=args.stdin_filename)
    for e in errors:
        print(f"factlint: {e.path}: {e.message}", file=sys.stderr)
    rows = []
    for doc in docs:
        for q in extract(doc.text, linter.knowledge):
            line, col = doc.position(q.start)
            row = {"path": doc.path, "line": line, "column": col, "text": q.text, "kind": q.kind}
            if q.kind == "range":
                row["low"] = format_decimal(q.low)
                row["high"] = format_decimal(q.high)
            else:
                row["value"] = format_decimal(q.value) if q.value is not None else None
            row.update({"unit": q.unit, "approx": q.approx, "measure": q.measure})
            rows.append(row)
    _emit(json.dumps({"numbers": rows}, ensure_ascii=False, indent=2) + "\n", args.output)
    return EXIT_ERROR if errors else EXIT_OK
