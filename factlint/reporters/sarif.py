"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run, tool ``factlint``.  Every rule of the run is a ``reportingDescriptor`` (``id`` = the
rule name, ``shortDescription`` = its one-line summary, ``fullDescription`` = "What it does",
``help`` = the whole rule documentation as text and Markdown); results carry ``ruleId`` and
``ruleIndex``, a level (error, warning, note), the location, related statements, the evidence
(``properties.evidence``), a stable fingerprint and any safe fix.

Columns.  SARIF counts columns in the unit the run's ``columnKind`` names.  factlint's own
locations count code points, but GitHub and most SARIF viewers slice lines in UTF-16 code units,
so this report converts columns to UTF-16 code units and says so (``columnKind:
"utf16CodeUnits"``).  The two differ only after characters outside the Basic Multilingual Plane
(rare CJK extension characters, emoji).  For .docx files a "line" is the paragraph number.

Paths become relative URI references against ``%SRCROOT%`` (the working directory), each segment
percent-encoded; absolute paths become ``file:`` URIs.
"""

from __future__ import annotations

from functools import lru_cache

from .. import __version__, hookimpl

# (hashlib, json, pathlib, urllib.parse and the report helpers are imported by the functions that
# use them: this module is imported on every run, SARIF is written on few)

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
#: GitHub code scanning shows non-security results by this property
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}
FINGERPRINT_KEY = "factlint/v1"
#: characters that take two UTF-16 code units (compiled on first use: :func:`_astral`)
ASTRAL_PATTERN = "[\U00010000-\U0010FFFF]"
_ASTRAL = None


def _astral():
    global _ASTRAL
    if _ASTRAL is None:
        import re

        _ASTRAL = re.compile(ASTRAL_PATTERN)
    return _ASTRAL
HELP_SECTIONS = ("What it does", "Why is this bad?", "Example", "Fix safety", "Options", "References")


def artifact_uri(path: str) -> dict:
    """``artifactLocation`` of a path: relative against %SRCROOT%, or an absolute file URI."""
    uri, relative = _uri(path)
    return {"uri": uri, "uriBaseId": "%SRCROOT%"} if relative else {"uri": uri}


@lru_cache(maxsize=4096)
def _uri(path: str) -> tuple[str, bool]:
    from pathlib import Path, PurePosixPath
    from urllib.parse import quote

    p = Path(path)
    if p.is_absolute():
        return p.as_uri(), False
    posix = PurePosixPath(*p.parts) if p.parts else PurePosixPath(path)
    return quote(str(posix), safe="/"), True


def utf16_column(doc, line: int, column: int, astral: bool = True) -> int:
    """The 1-based UTF-16 column of a 1-based code-point column on ``line`` of ``doc``
    (``astral=False``: the document has no character beyond U+FFFF, so they are the same)."""
    if doc is None or not astral:
        return max(1, column)
    starts = doc.line_starts
    if not 1 <= line <= len(starts):
        return max(1, column)
    begin = starts[line - 1]
    prefix = doc.source[begin:begin + max(0, column - 1)]
    return max(1, column + len(_astral().findall(prefix)))


def region(doc, line: int, column: int, end_line: int, end_column: int, snippet: str | None = None,
           astral: bool = True) -> dict:
    r = {
        "startLine": max(1, line),
        "startColumn": utf16_column(doc, line, column, astral),
        "endLine": max(1, end_line, line),
        "endColumn": utf16_column(doc, end_line, end_column, astral),
    }
    if r["endLine"] == r["startLine"] and r["endColumn"] < r["startColumn"]:
        r["endColumn"] = r["startColumn"]
    if snippet:
        r["snippet"] = {"text": snippet}
    return r


#: the longest line quoted whole as a result's context; of a longer line (a paragraph, a file
#: without line breaks) the part around the finding is quoted, so the report stays linear in size
CONTEXT_MAX = 1000


def _context(doc, loc, astral: bool) -> dict:
    """The ``contextRegion`` of a result: its line, or the part of a long line around it."""
    line = loc.line
    starts = doc.line_starts
    begin = starts[line - 1]
    stop = starts[line] - 1 if line < len(starts) else len(doc.source)
    if stop > begin and doc.source[stop - 1] == "\r":
        stop -= 1
    if stop - begin <= CONTEXT_MAX:
        return {"startLine": line, "endLine": line, "snippet": {"text": doc.source[begin:stop]}}
    half = CONTEXT_MAX // 2
    first = loc.column - 1
    last = loc.end_column - 1 if loc.end_line == line else stop - begin
    a = max(0, first - half)
    b = min(stop - begin, max(first, last) + half)
    return {"startLine": line, "startColumn": utf16_column(doc, line, a + 1, astral), "endLine": line,
            "endColumn": utf16_column(doc, line, b + 1, astral), "snippet": {"text": doc.source[begin + a:begin + b]}}


def help_markdown(info) -> tuple[str, str]:
    """(plain text, Markdown) help of a rule from its documentation sections."""
    docs = info.docs or {}
    text_parts, md_parts = [info.summary], [info.summary]
    for heading in HELP_SECTIONS:
        body = (docs.get(heading) or "").strip()
        if not body:
            continue
        text_parts.append(f"{heading}\n{body}")
        if heading == "Example":
            wrong, _, right = body.partition("Use instead:")
            md = "\n".join(f"    {ln.strip()}" for ln in wrong.strip().splitlines() if ln.strip())
            if right.strip():
                md += "\n\nUse instead:\n\n" + "\n".join(
                    f"    {ln.strip()}" for ln in right.strip().splitlines() if ln.strip())
            body = md
        md_parts.append(f"## {heading}\n\n{body}")
    return "\n\n".join(text_parts), "\n\n".join(md_parts)


def descriptor(info) -> dict:
    docs = info.docs or {}
    full = (docs.get("What it does") or "").strip() or info.summary
    text, md = help_markdown(info)
    props = {"tags": ["factlint"] + ([info.family] if info.family else []),
             "problem.severity": PROBLEM_SEVERITY.get(info.severity, "warning"),
             "precision": "high"}
    return {
        "id": info.name,
        "name": info.name,
        "shortDescription": {"text": info.summary or info.name},
        "fullDescription": {"text": full},
        "help": {"text": text, "markdown": md},
        "defaultConfiguration": {"level": LEVEL.get(info.severity, "warning")},
        "properties": props,
    }


def render(result, options: dict) -> str:
    import hashlib
    import json
    from collections import Counter
    from pathlib import Path

    from ..diagnostics import _jsonable
    from ._report import documents_by_path, rule_infos

    docs = documents_by_path(result)
    infos = rule_infos(result, (d.rule for d in result.diagnostics))
    names = list(infos)
    index = {name: i for i, name in enumerate(names)}
    paths = [d.path for d in result.documents]
    for d in result.diagnostics:
        if d.path not in paths:
            paths.append(d.path)
    artifact_index = {p: i for i, p in enumerate(paths)}
    seen: Counter = Counter()
    # (columns are counted again in UTF-16 only in documents that have characters beyond U+FFFF:
    # counting them for every finding on a long line would be quadratic)
    astral = {path: _astral().search(doc.source) is not None for path, doc in docs.items()}

    def location(loc, snippet=None, with_index=True) -> dict:
        doc = docs.get(loc.path)
        art = artifact_uri(loc.path)
        if with_index and loc.path in artifact_index:
            art["index"] = artifact_index[loc.path]
        return {"physicalLocation": {
            "artifactLocation": art,
            "region": region(doc, loc.line, loc.column, loc.end_line, loc.end_column, snippet,
                             astral.get(loc.path, True)),
        }}

    results = []
    for d in result.diagnostics:
        sev = str(d.severity)
        loc = location(d.location, d.snippet)
        doc = docs.get(d.path)
        if doc is not None and 1 <= d.location.line <= doc.line_count:
            loc["physicalLocation"]["contextRegion"] = _context(doc, d.location, astral.get(d.path, True))
        key = (d.rule, d.path, d.snippet or d.message)
        seen[key] += 1
        digest = hashlib.sha256("\x1f".join((*key, str(seen[key]))).encode("utf-8")).hexdigest()[:32]
        res = {
            "ruleId": d.rule,
            "ruleIndex": index[d.rule],
            "level": LEVEL[sev],
            "message": {"text": d.message},
            "locations": [loc],
            "partialFingerprints": {FINGERPRINT_KEY: digest},
        }
        if d.related:
            res["relatedLocations"] = [
                {"id": i, **location(r), "message": {"text": "相关表述"}} for i, r in enumerate(d.related, 1)
            ]
        if d.evidence:
            res["properties"] = {"evidence": _jsonable(d.evidence)}
        if d.fix is not None and doc is not None and doc.kind != "docx":
            replacements = []
            for e in d.fix.edits:
                (l1, c1), (l2, c2) = doc.position(e.start), doc.position(e.end)
                replacements.append({"deletedRegion": region(doc, l1, c1, l2, c2, astral=astral.get(d.path, True)),
                                     "insertedContent": {"text": e.replacement}})
            res["fixes"] = [{
                "description": {"text": d.fix.description},
                "artifactChanges": [{"artifactLocation": artifact_uri(d.path), "replacements": replacements}],
            }]
        results.append(res)

    notifications = [
        {
            "level": "error",
            "message": {"text": f"{e.path}: {e.message}"},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_uri(e.path)}}],
        }
        for e in result.errors
    ]
    artifacts = []
    for p in paths:
        art = {"location": artifact_uri(p)}
        doc = docs.get(p)
        if doc is not None:
            art["encoding"] = doc.encoding
            art["mimeType"] = {"markdown": "text/markdown", "docx": (
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")}.get(doc.kind, "text/plain")
        artifacts.append(art)
    run = {
        "tool": {"driver": {
            "name": "factlint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [descriptor(infos[n]) for n in names],
        }},
        "invocations": [{
            "executionSuccessful": not result.errors,
            "toolExecutionNotifications": notifications,
        }],
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "artifacts": artifacts,
        "results": results,
        "columnKind": "utf16CodeUnits",
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    # compact: SARIF is read by tools, and without indent json uses its C encoder (5x faster)
    return json.dumps(log, ensure_ascii=False, separators=(",", ":")) + "\n"


@hookimpl
def factlint_register_reporters(register) -> None:
    register("sarif", render)
