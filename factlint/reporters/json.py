"""``--format json``: the machine-readable report of the command-line contract."""

from __future__ import annotations

from .. import __version__, hookimpl


def render(result, options: dict) -> str:
    import json  # here, not at the top: every reporter module is imported on every run

    doc = {
        "version": __version__,
        "diagnostics": [d.as_dict() for d in result.diagnostics],
        "errors": [{"path": e.path, "message": e.message} for e in result.errors],
        "summary": {
            "files": len(result.documents),
            "diagnostics": len(result.diagnostics),
            "by_severity": result.by_severity(),
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


@hookimpl
def factlint_register_reporters(register) -> None:
    register("json", render)
