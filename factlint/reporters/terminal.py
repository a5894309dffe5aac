"""``--format terminal``: the report people read.

Findings are grouped by file.  Each shows ``path:line:col``, the severity (in colour), the rule
name and the Chinese message, then the source line with the span underlined, then the related
statements the rule used, each with its own line.  Chinese characters and full-width punctuation
take two terminal columns, so the underline is computed in display cells, not in characters.
Long paragraphs (a Chinese report is one long line per paragraph) are shown as a window around
the span.  A summary table ends the report.

Colour comes from rich (imported here only, and only when colour is on); without colour (not a
terminal, ``NO_COLOR`` set, ``--no-color``) the same layout is written as plain text and rich is
not imported at all, which keeps ``factlint check`` fast in pipelines and hooks.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable

from .. import hookimpl

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_LABEL = {"error": "error", "warning": "warning", "info": "info"}
DEFAULT_WIDTH = 100

# -- display width -----------------------------------------------------------------------------


def char_width(ch: str) -> int:
    """Terminal columns of one character: 2 for East Asian wide/full-width characters (汉字,
    ，。（）, full-width digits), 0 for combining marks and zero-width formatting, else 1."""
    o = ord(ch)
    if o < 0x300:  # ASCII and Latin-1: fast path (C0/C1 controls are drawn as nothing)
        return 0 if o < 32 or 0x7F <= o < 0xA0 else 1
    if unicodedata.combining(ch) or o in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF):
        return 0
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


class _Widths(dict):
    """:func:`char_width` of every character seen so far (a report measures the same few thousand
    characters again and again: a dictionary lookup instead of three ``unicodedata`` calls)."""

    def __missing__(self, ch: str) -> int:
        w = char_width(ch)
        if len(self) < 100_000:  # (bounded: a hostile file may hold every code point)
            self[ch] = w
        return w


_WIDTH = _Widths()
_width_of = _WIDTH.__getitem__


#: characters two cells wide (East Asian width W or F, and neither combining nor format) in
#: every Unicode version Python has shipped since 3.3: CJK punctuation, ideographs (extension A
#: and the unified block) and the full-width forms.  Most characters of a Chinese line are among
#: them; one regular-expression pass counts them (tests check the ranges against char_width).
WIDE_RANGES = "\u3000-\u3029\u3030-\u303e\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6"
_wide_re = None


def cell_len(text: str) -> int:
    """Display width of ``text`` in terminal cells."""
    global _wide_re
    if text.isascii():
        if text.isprintable():
            return len(text)
        return sum(1 for c in text if 32 <= ord(c) < 127)
    if _wide_re is None:
        import re

        _wide_re = re.compile(f"[{WIDE_RANGES}]+")
    rest = _wide_re.sub("", text)
    wide = len(text) - len(rest)
    if rest.isascii() and rest.isprintable():
        return 2 * wide + len(rest)
    return 2 * wide + sum(map(_width_of, rest))


class _Shown(dict):
    """``str.translate`` table of :func:`_printable`, filled as characters are met: code point ->
    the character itself, or a space for one that would shift the underline."""

    def __missing__(self, o: int) -> str:
        c = chr(o)
        shown = c if c.isprintable() or char_width(c) == 0 and c not in "\t\r\n" else " "
        if len(self) < 100_000:
            self[o] = shown
        return shown


_SHOWN = _Shown()


#: printable characters in every Unicode version since Python 3.3 (ASCII, Latin, general and CJK
#: punctuation, ideographs, full-width forms): a line is scanned for the others with one regular
#: expression (tests check the ranges against str.isprintable)
PRINTABLE_RANGES = ("\x20-\x7e\xa1-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e\u3001-\u303f\u3400-\u4dbf"
                    "\u4e00-\u9fff\uff01-\uff9f")
_odd_re = None


def _show(match) -> str:
    return _SHOWN[ord(match.group())]


def _printable(text: str) -> str:
    """Tabs and control characters would shift the underline: draw them as one space."""
    global _odd_re
    if text.isprintable():
        return text
    if _odd_re is None:
        import re

        _odd_re = re.compile(f"[^{PRINTABLE_RANGES}]")
    return _odd_re.sub(_show, text)


def window(line: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """Cut ``line`` to at most ``width`` cells around ``line[start:end]``.

    Returns ``(shown, pad, marks)``: the text to print, how many cells precede the span in it,
    and how many cells the underline takes (at least 1)."""
    reach = 2 * max(width, 1)  # characters take one or two cells: more than can be shown each side
    if len(line) > 2 * reach + (end - start):
        # a long line (a paragraph, a file without line breaks): measure only the part that can
        # be shown, not the whole line for every finding on it (quadratic)
        lo, hi = max(0, start - reach), min(len(line), max(start, end) + reach)
        shown, pad, marks = window(line[lo:hi], start - lo, end - lo, width)
        if lo > 0 and not shown.startswith("…"):
            shown, pad = "…" + shown, pad + 1
        if hi < len(line) and not shown.endswith("…"):
            shown += "…"
        return shown, pad, marks
    line = _printable(line)
    start = max(0, min(start, len(line)))
    end = max(start, min(end, len(line)))
    span_cells = cell_len(line[start:end])
    if cell_len(line) <= width:
        return line, cell_len(line[:start]), max(1, span_cells)
    budget = max(width - min(span_cells, width) - 2, 0)  # two cells for the ellipses
    left_budget = budget // 3 if end < len(line) else budget  # more context after the span
    a, used = _extend_left(line, start, 0, left_budget)
    right_budget = budget - used
    b, used_r = _extend_right(line, end, 0, right_budget)
    # give unused right budget back to the left
    a, _ = _extend_left(line, a, used + used_r, budget)
    shown = line[a:b]
    if span_cells > width:  # a very long span: cut it too
        shown = line[a:start] + _cut(line[start:end], width - 1)
        b = len(line)
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(line) else ""
    pad = cell_len(prefix) + cell_len(line[a:start])
    return prefix + shown + suffix, pad, max(1, min(span_cells, width))


def _extend_left(line: str, a: int, used: int, budget: int) -> tuple[int, int]:
    """Move ``a`` left over the characters before it while the cells ``used`` stay within
    ``budget``; returns the new ``a`` and cells.  (As a loop over single characters would, but
    ``(budget - used) // 2`` characters always fit -- none is wider than two cells -- so those are
    taken at once and measured with one :func:`cell_len`.)"""
    while a > 0:
        n = (budget - used) // 2
        if n > 0:
            lo = max(0, a - n)
            used += cell_len(line[lo:a])
            a = lo
            continue
        w = _width_of(line[a - 1])
        if used + w > budget:
            break
        used += w
        a -= 1
    return a, used


def _extend_right(line: str, b: int, used: int, budget: int) -> tuple[int, int]:
    """:func:`_extend_left` to the right: move ``b`` over the characters from ``line[b]`` on."""
    end = len(line)
    while b < end:
        n = (budget - used) // 2
        if n > 0:
            hi = min(end, b + n)
            used += cell_len(line[b:hi])
            b = hi
            continue
        w = _width_of(line[b])
        if used + w > budget:
            break
        used += w
        b += 1
    return b, used


def _cut(text: str, cells: int) -> str:
    out, used = [], 0
    for c in text:
        w = _width_of(c)
        if used + w > cells:
            break
        out.append(c)
        used += w
    return "".join(out)


# -- building the report -----------------------------------------------------------------------


class _Out:
    """Lines of (text, style) segments, written as plain text or through rich."""

    def __init__(self):
        self.lines: list[list[tuple[str, str | None]]] = []

    def add(self, *segments: tuple[str, str | None] | str) -> None:
        self.lines.append([s if isinstance(s, tuple) else (s, None) for s in segments])

    def plain(self) -> str:
        return "".join("".join(t for t, _ in line).rstrip() + "\n" for line in self.lines)


def _snippet(out: _Out, doc, line_no: int, start_col: int, end_line: int, end_col: int, width: int,
             style: str, indent: str = "    ") -> None:
    if doc is None:
        return
    text = doc.line_text(line_no)
    if not text.strip() and line_no != end_line:
        return
    a = start_col - 1
    b = end_col - 1 if end_line == line_no else len(text)
    gutter = f"{line_no:>5} │ "
    shown, pad, marks = window(text, a, b, max(20, width - len(indent) - len(gutter)))
    out.add(indent, (gutter, "dim"), shown)
    out.add(indent, (" " * (len(gutter) - 2) + "│ ", "dim"), " " * pad, ("^" * marks, style))


def render_findings(result, options: dict) -> _Out:
    out = _Out()
    width = int(options.get("width") or DEFAULT_WIDTH)
    quiet = bool(options.get("quiet"))
    docs = {d.path: d for d in result.documents}
    current = None
    for d in result.diagnostics:
        sev = str(d.severity)
        style = SEVERITY_STYLE.get(sev, "")
        loc = d.location
        if quiet:
            out.add((f"{loc.path}:{loc.line}:{loc.column}:", "bold"), " ", (SEVERITY_LABEL.get(sev, sev), style),
                    " ", (d.rule, "magenta"), " ", d.message)
            continue
        if d.path != current:
            if current is not None:
                out.add("")
            out.add((d.path, "bold underline"))
            current = d.path
        out.add("  ", (f"{loc.path}:{loc.line}:{loc.column}", "bold"), "  ", (SEVERITY_LABEL.get(sev, sev), style),
                "  ", (d.rule, "magenta"), "  ", d.message)
        doc = docs.get(d.path)
        _snippet(out, doc, loc.line, loc.column, loc.end_line, loc.end_column, width, style)
        for r in d.related:
            out.add("    ", ("↳ 相关：", "dim"), (f"{r.path}:{r.line}:{r.column}", "bold"))
            _snippet(out, docs.get(r.path), r.line, r.column, r.end_line, r.end_column, width, "blue", "      ")
        if d.fix is not None:
            out.add("    ", ("可修复：", "green"), d.fix.description)
    for e in result.errors:
        out.add((f"{e.path}:", "bold"), " ", ("error", "bold red"), " ", e.message)
    return out


def render_summary(result, options: dict, out: _Out) -> None:
    counts = result.by_severity()
    total = sum(counts.values())
    files = len(result.documents)
    extra = []
    if getattr(result, "suppressed", 0):
        extra.append(f"{result.suppressed} 条被注释或 per-file-ignores 关闭")
    if getattr(result, "baselined", 0):
        extra.append(f"{result.baselined} 条已记入基线")
    if getattr(result, "below_threshold", 0):
        extra.append(f"{result.below_threshold} 条低于 --severity 阈值")
    if total == 0:
        out.add("")
        out.add(("✓ ", "green"), f"检查了 {files} 个文件，没有发现问题" + (f"（{'；'.join(extra)}）" if extra else "") + "。")
        return
    rows = []
    per_rule: dict[tuple[str, str], int] = {}
    for d in result.diagnostics:
        key = (d.rule, str(d.severity))
        per_rule[key] = per_rule.get(key, 0) + 1
    order = {"error": 0, "warning": 1, "info": 2}
    fixable: dict[str, int] = {}
    for d in result.diagnostics:
        if d.fix is not None:
            fixable[d.rule] = fixable.get(d.rule, 0) + 1
    for (rule, sev), n in sorted(per_rule.items(), key=lambda kv: (order.get(kv[0][1], 9), -kv[1], kv[0][0])):
        rows.append((rule, sev, str(n), str(fixable.get(rule, "")) if fixable.get(rule) else ""))
    out.add("")
    headers = ("规则", "级别", "条数", "可修复")
    _table(out, headers, rows)
    parts = [f"{counts['error']} 个错误", f"{counts['warning']} 个警告", f"{counts['info']} 条提示"]
    out.add("")
    out.add(("✗ ", "bold red" if counts["error"] else "yellow"),
            f"检查了 {files} 个文件，发现 {total} 处问题：{'，'.join(parts)}" + (f"（另有 {'；'.join(extra)}）" if extra else "") + "。")


def _table(out: _Out, headers: Iterable[str], rows: list[tuple[str, ...]]) -> None:
    headers = tuple(headers)
    widths = [max(cell_len(h), *(cell_len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def fmt(cells, styles):
        segs = []
        for i, (c, w) in enumerate(zip(cells, widths)):
            pad = " " * (w - cell_len(c))
            text = (pad + c) if i == 2 or i == 3 else (c + pad)
            segs.append((text, styles[i] if styles else None))
            segs.append(("  ", None))
        return segs

    out.add(*fmt(headers, ["bold"] * len(headers)))
    out.add(("  ".join("─" * w for w in widths), "dim"))
    for r in rows:
        out.add(*fmt(r, [None, SEVERITY_STYLE.get(r[1]), None, "green"]))


def render(result, options: dict) -> str:
    out = render_findings(result, options)
    if not options.get("quiet"):
        render_summary(result, options, out)
    elif options.get("statistics"):
        render_summary(result, options, out)
    if not options.get("color"):
        return out.plain()
    return _rich(out, int(options.get("width") or DEFAULT_WIDTH))


def _rich(out: _Out, width: int) -> str:
    import io

    from rich.console import Console
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, color_system="standard", width=max(width, 40),
                      highlight=False, emoji=False, markup=False, soft_wrap=True)
    for line in out.lines:
        text = Text.assemble(*[(t, s or "") for t, s in line])
        text.rstrip()
        console.print(text)
    return buf.getvalue()


@hookimpl
def factlint_register_reporters(register) -> None:
    register("terminal", render)
