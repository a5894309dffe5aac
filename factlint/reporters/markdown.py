"""``--format markdown``: a review report an editor can paste into a ticket or a pull request.

A summary table by rule and severity, then the findings grouped by file: where (line and
column; for .docx the paragraph), severity, rule, the message, the quoted line with the flagged
words as a code span, the evidence and the related statements.  All document text is escaped, so
a draft that contains Markdown or HTML cannot change the ticket's layout.
"""

from __future__ import annotations

import re

from .. import hookimpl

# (the report helpers of ._report are imported by the functions that use them: this module is
# imported on every run, Markdown is written on few)

# ASCII punctuation that can start Markdown (CommonMark + GFM tables, strikethrough, math) or HTML
SPECIAL = r"([\\`*_\[\]<>|~&#!$])"
LINE_START = r"^(\s*)(\d+)([.)])|^(\s*)([-+=])"


_patterns = None


def _compiled():
    """``(special, line start, backtick runs)``, compiled on first use."""
    global _patterns
    if _patterns is None:
        _patterns = (re.compile(SPECIAL), re.compile(LINE_START, re.M), re.compile(r"`+"))
    return _patterns


def md(text: str) -> str:
    """Escape ``text`` for inline Markdown (one line: line breaks become spaces)."""
    special, line_start, _ = _patterns or _compiled()
    text = " ".join(str(text).replace("\r", "").split("\n"))
    text = special.sub(r"\\\1", text)
    return line_start.sub(lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}" if m.group(2)
                          else f"{m.group(4)}\\{m.group(5)}", text)


def code(text: str) -> str:
    """``text`` as a code span, with a backtick fence longer than any run of backticks inside."""
    text = " ".join(str(text).replace("\r", "").split("\n"))
    backticks = (_patterns or _compiled())[2]
    longest = max((len(run) for run in backticks.findall(text)), default=0)
    fence = "`" * (longest + 1)
    if text.startswith(("`", " ")) or text.endswith(("`", " ")):
        text = f" {text} "
    return f"{fence}{text}{fence}"


def quote_line(doc, start: int, end: int) -> str:
    from ._report import excerpt

    before, span, after = excerpt(doc, start, end)
    if not (before or span or after):
        return ""
    mid = code(span) if span else "▲"
    return f"{md(before)}{mid}{md(after)}"


def render(result, options: dict) -> str:
    from ._report import (
        SEVERITY_LABEL,
        documents_by_path,
        evidence_items,
        rule_infos,
        severity_counts,
        span_offsets,
        summary_rows,
    )

    docs = documents_by_path(result)
    diags = result.diagnostics
    infos = rule_infos(result, (d.rule for d in diags))
    counts = severity_counts(diags)
    out = ["# factlint 审校报告", ""]
    files = len(result.documents)
    if diags:
        parts = "，".join(f"{SEVERITY_LABEL[s]} {n}" for s, n in counts.items() if n)
        out.append(f"共检查 {files} 个文件，发现 {len(diags)} 处问题（{parts}）。")
    else:
        out.append(f"共检查 {files} 个文件，未发现问题。")
    if result.errors:
        out.append(f"另有 {len(result.errors)} 个文件无法读取（见文末）。")
    out.append("")

    if diags:
        out += ["## 汇总", "", "| 规则 | 级别 | 数量 | 说明 |", "| --- | --- | ---: | --- |"]
        for rule, sev, n in summary_rows(diags):
            out.append(f"| {code(rule)} | {SEVERITY_LABEL[sev]} | {n} | {md(infos[rule].summary) or '—'} |")
        out.append("")
        out += ["## 问题明细", ""]
        by_file: dict[str, list] = {}
        for d in diags:
            by_file.setdefault(d.path, []).append(d)
        for path, items in by_file.items():
            doc = docs.get(path)
            unit = "段" if doc is not None and doc.kind == "docx" else "行"
            out += [f"### {md(path)}（{len(items)} 处）", ""]
            for i, d in enumerate(items, 1):
                loc = d.location
                out.append(f"{i}. **第 {loc.line} {unit}第 {loc.column} 列** · {SEVERITY_LABEL[str(d.severity)]} · "
                           f"{code(d.rule)}：{md(d.message)}")
                if doc is not None:
                    q = quote_line(doc, d.start, d.end)
                    if q:
                        out += ["", f"   > {q}"]
                ev = evidence_items(d.evidence)
                if ev:
                    out += ["", "   计算依据：" + "；".join(f"{md(k)} = {md(v)}" for k, v in ev)]
                for r in d.related:
                    rdoc = docs.get(r.path)
                    where = f"第 {r.line} {'段' if rdoc is not None and rdoc.kind == 'docx' else '行'}"
                    if r.path != path:
                        where = f"{md(r.path)} {where}"
                    q = quote_line(rdoc, *span_offsets(rdoc, r)) if rdoc is not None else ""
                    out += ["", f"   相关表述（{where}）：{q}" if q else f"   相关表述：{where}"]
                if d.fix is not None:
                    out += ["", f"   可自动修复：{md(d.fix.description)}"]
                out.append("")
    if result.errors:
        out += ["## 无法读取的文件", ""]
        out += [f"- {md(e.path)}：{md(e.message)}" for e in result.errors]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


@hookimpl
def factlint_register_reporters(register) -> None:
    register("markdown", render)
