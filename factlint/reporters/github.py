"""``--format github``: GitHub Actions workflow commands, shown as annotations on the pull request.

One line per finding::

    ::error file=drafts/a.md,line=12,col=5,endLine=12,endColumn=14,title=total-mismatch::分项之和…

``error`` findings become ``::error``, ``warning`` ``::warning`` and ``info`` ``::notice``; a file
that cannot be read is an ``::error`` on that file.  Escaping follows the Actions toolkit: in the
message ``%``, CR and LF are percent-encoded; in the properties ``,`` and ``:`` are too.  Columns
count code points, as in every factlint report; for .docx a "line" is the paragraph number.
"""

from __future__ import annotations

from .. import hookimpl

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props) -> str:
    names = {"end_line": "endLine", "end_column": "endColumn"}
    fields = ",".join(f"{names.get(k, k)}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{kind} {fields}::{escape_data(message)}" if fields else f"::{kind}::{escape_data(message)}"


def render(result, options: dict) -> str:
    lines = []
    for e in result.errors:
        lines.append(command("error", f"factlint 无法读取此文件：{e.message}", file=e.path.replace("\\", "/"),
                             title="factlint"))
    for d in result.diagnostics:
        loc = d.location
        lines.append(command(
            COMMAND[str(d.severity)], d.message,
            file=loc.path.replace("\\", "/"), line=loc.line, col=loc.column,
            end_line=loc.end_line, end_column=loc.end_column, title=d.rule,
        ))
    return "".join(line + "\n" for line in lines)


@hookimpl
def factlint_register_reporters(register) -> None:
    register("github", render)
