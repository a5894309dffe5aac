"""Helpers shared by the report formats (SARIF, GitHub, Markdown, HTML).

A private module (its name starts with ``_``), so the plugin manager does not register it.  It
turns a :class:`factlint.engine.RunResult` into the pieces every review report needs: the
document a diagnostic points into, the quoted line, rule metadata, the summary by rule and
severity, and evidence as display strings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..diagnostics import _jsonable

if TYPE_CHECKING:  # pragma: no cover
    from ..diagnostics import Diagnostic, Location
    from ..documents import Document

#: severities from the most to the least serious
SEVERITIES = ("error", "warning", "info")
#: the words editors read
SEVERITY_LABEL = {"error": "错误", "warning": "警告", "info": "提示"}

#: pseudo-rules the engine itself reports (no Rule class behind them)
ENGINE_RULES = {
    "internal-error": (
        "factlint 的一条规则运行出错",
        "规则在这份文档上抛出了异常；其他规则照常运行。请把这条信息报告给规则的作者。",
    ),
}


@dataclass(frozen=True)
class RuleInfo:
    name: str
    severity: str
    summary: str
    family: str = ""
    docs: Mapping[str, str] | None = None
    fixable: bool = False


def rule_infos(result, names: Iterable[str] = ()) -> dict[str, RuleInfo]:
    """Metadata of every rule of the run (``result.rules``) plus any other rule ``names``
    (diagnostics of a rule that is not in ``result.rules``, such as ``internal-error``)."""
    infos: dict[str, RuleInfo] = {}
    for rule in getattr(result, "rules", None) or ():
        cls = type(rule)
        docs = cls.docs()
        infos[cls.name] = RuleInfo(
            name=cls.name,
            severity=str(getattr(rule, "effective_severity", cls.severity)),
            summary=docs.get("summary") or cls.summary(),
            family=cls.family or "",
            docs=docs,
            fixable=bool(cls.fixable),
        )
    for name in names:
        if name in infos:
            continue
        summary, what = ENGINE_RULES.get(name, ("", ""))
        infos[name] = RuleInfo(name=name, severity="error", summary=summary,
                               docs={"summary": summary, "What it does": what} if what else None)
    return infos


def documents_by_path(result) -> dict[str, "Document"]:
    return {d.path: d for d in result.documents}


def summary_rows(diagnostics: Iterable["Diagnostic"]) -> list[tuple[str, str, int]]:
    """``(rule, severity, count)`` rows: most serious first, then the most frequent, then by name."""
    counts = Counter((d.rule, str(d.severity)) for d in diagnostics)
    return sorted(((r, s, n) for (r, s), n in counts.items()),
                  key=lambda row: (SEVERITIES.index(row[1]), -row[2], row[0]))


def severity_counts(diagnostics: Iterable["Diagnostic"]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for d in diagnostics:
        counts[str(d.severity)] += 1
    return counts


def span_offsets(doc: "Document", loc: "Location") -> tuple[int, int]:
    """Character offsets into ``doc.source`` of a location (1-based lines and code-point columns)."""
    starts = doc.line_starts

    def offset(line: int, column: int) -> int:
        line = max(1, min(line, len(starts)))
        return max(0, min(starts[line - 1] + column - 1, len(doc.source)))

    start = offset(loc.line, loc.column)
    return start, max(start, offset(loc.end_line, loc.end_column))


_SENTENCE_ENDS = "。！？；"


def excerpt(doc: "Document | None", start: int, end: int, width: int = 60) -> tuple[str, str, str]:
    """``(before, span, after)`` around ``source[start:end]`` within its line(s), with at most
    ``width`` characters on each side: a long line is cut to the sentence the span is in (where
    its ends are within ``width``), else marked with ….  Short lines are quoted whole."""
    if doc is None:
        return "", "", ""
    src = doc.source
    start, end = max(0, min(start, len(src))), max(0, min(end, len(src)))
    line_begin = src.rfind("\n", 0, start) + 1
    line_end = src.find("\n", end)
    if line_end == -1:
        line_end = len(src)
    before = src[line_begin:start]
    span = src[start:end]
    after = src[end:line_end].rstrip("\r")
    if len(before) > width:
        cut = before[-width:]
        i = max(cut.rfind(c) for c in _SENTENCE_ENDS)  # start at the sentence the span is in
        before = cut[i + 1:] if i >= 0 else "…" + cut
    if len(after) > width:
        cut = after[:width]
        ends = [i for i in (cut.find(c) for c in _SENTENCE_ENDS) if i >= 0]
        after = cut[:min(ends) + 1] if ends else cut + "…"  # stop at the end of that sentence
    return before, span.replace("\r", ""), after


def evidence_items(evidence: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Evidence as ``(key, text)`` pairs for display: decimals exact, lists joined with 、."""
    import json

    out = []
    for key, value in _jsonable(dict(evidence or {})).items():
        if isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
            text = "、".join("" if v is None else str(v) for v in value)
        elif isinstance(value, (list, dict)):
            text = json.dumps(value, ensure_ascii=False)
        elif value is None:
            text = "—"
        elif isinstance(value, bool):
            text = "是" if value else "否"
        else:
            text = str(value)
        out.append((str(key), text))
    return out
