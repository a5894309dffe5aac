"""``--format json``: the machine-readable report of the command-line contract.

The layout is the one of the contract's example (``../shared/spec/cli.md``): the top-level keys
indented, each finding a small block with one key per line (its location fields on one line),
and nested values (evidence, related, fix, summary) compact on one line.  Every value goes
through the C encoder of the ``json`` module; ``json.dumps(..., indent=2)`` would use the
pure-Python encoder, about four times slower on a large run (0.10 s for 2,000 findings).  The
whitespace is all that differs from ``indent=2``: ``json.loads`` gives the same document.
"""

from __future__ import annotations

from .. import __version__, hookimpl
from ..diagnostics import Diagnostic, Edit, Fix, Location, _jsonable

#: keys of a finding written on the line of the key before them (the location, as in cli.md)
_SAME_LINE = frozenset({"line", "column", "end_line", "end_column"})


def render(result, options: dict) -> str:
    value = _Encoder()
    doc = {
        "version": __version__,
        "diagnostics": _Written([_finding(d, value, "    ") for d in result.diagnostics]),
        "errors": [{"path": e.path, "message": e.message} for e in result.errors],
        "summary": {
            "files": len(result.documents),
            "diagnostics": len(result.diagnostics),
            "by_severity": result.by_severity(),
        },
    }
    return dumps(doc, value)


class _Written(list):
    """A list of findings already written as JSON blocks (by :func:`_finding`)."""


def dumps(doc: dict, value: "_Encoder | None" = None) -> str:
    """``doc`` (a mapping of str keys) as readable JSON: a list of objects (the findings) one
    block per object, any other value on the line of its key."""
    value = value or _Encoder()
    parts = ["{"]
    last = len(doc) - 1
    for i, (key, item) in enumerate(doc.items()):
        comma = "," if i < last else ""
        head = f"  {value.string(str(key))}: "
        if type(item) is _Written and item:
            parts.append(f"{head}[\n" + ",\n".join(item) + f"\n  ]{comma}")
        elif isinstance(item, list) and item and all(isinstance(x, dict) for x in item):
            blocks = ",\n".join(_block(x, value, "    ") if key == "diagnostics" else "    " + value(x) for x in item)
            parts.append(f"{head}[\n{blocks}\n  ]{comma}")
        else:
            parts.append(f"{head}{value(item)}{comma}")
    parts.append("}\n")
    return "\n".join(parts)


#: the keys of a finding (``Diagnostic.as_dict``), in order: written by one template
_FINDING_KEYS = ("path", "line", "column", "end_line", "end_column", "rule", "severity", "message", "evidence",
                 "related", "fix")


def _finding(d, value: "_Encoder", indent: str) -> str:
    """The block :func:`_block` writes for ``d.as_dict()``, written from the finding itself (a third
    of the time: no dictionaries are built); anything but a plain :class:`Diagnostic` with
    integer positions takes :func:`_block`'s way."""
    loc = d.location
    fix = d.fix
    if type(d) is not Diagnostic or type(loc) is not Location or type(loc.line) is not int \
            or type(loc.column) is not int or type(loc.end_line) is not int or type(loc.end_column) is not int \
            or (fix is not None and (type(fix) is not Fix or any(type(e) is not Edit or type(e.start) is not int
                                                                  or type(e.end) is not int for e in fix.edits))):
        return _block(d.as_dict(), value, indent)
    write = value._string  # (the C function: the message and replacements are not cached)
    if fix is None:
        fixed = "null"
    else:
        edits = ", ".join([f'{{"start": {e.start}, "end": {e.end}, "replacement": {write(e.replacement)}}}'
                           for e in fix.edits])
        fixed = f'{{"description": {write(fix.description)}, "edits": [{edits}]}}'
    string = value.string
    inner = indent + "  "
    return (f'{indent}{{\n{inner}"path": {string(loc.path)}, "line": {loc.line}, '
            f'"column": {loc.column}, "end_line": {loc.end_line}, "end_column": {loc.end_column},\n'
            f'{inner}"rule": {string(d.rule)},\n{inner}"severity": {string(str(d.severity))},\n'
            f'{inner}"message": {write(d.message)},\n{inner}"evidence": {value(_jsonable(d.evidence))},\n'
            f'{inner}"related": {value([r.as_dict() for r in d.related]) if d.related else "[]"},\n'
            f'{inner}"fix": {fixed}\n{indent}}}')


def _block(obj: dict, value: "_Encoder", indent: str) -> str:
    """One finding: ``{``, one key per line (location fields together), ``}``."""
    inner = indent + "  "
    if tuple(obj) == _FINDING_KEYS and type(obj["line"]) is int and type(obj["column"]) is int \
            and type(obj["end_line"]) is int and type(obj["end_column"]) is int:
        string = value.string
        return (f'{indent}{{\n{inner}"path": {string(obj["path"])}, "line": {obj["line"]}, '
                f'"column": {obj["column"]}, "end_line": {obj["end_line"]}, "end_column": {obj["end_column"]},\n'
                f'{inner}"rule": {string(obj["rule"])},\n{inner}"severity": {string(obj["severity"])},\n'
                f'{inner}"message": {value(obj["message"])},\n{inner}"evidence": {value(obj["evidence"])},\n'
                f'{inner}"related": {value(obj["related"])},\n{inner}"fix": {value(obj["fix"])}\n{indent}}}')
    lines: list[str] = []
    for key, item in obj.items():
        entry = f"{value.string(key)}: {value(item)}"
        if key in _SAME_LINE and lines:
            lines[-1] += ", " + entry
        else:
            lines.append(entry)
    if not lines:
        return indent + "{}"
    return f"{indent}{{\n{inner}" + f",\n{inner}".join(lines) + f"\n{indent}}}"


class _Encoder:
    """JSON text of one value, as ``json.dumps(value, ensure_ascii=False)`` writes it (with
    ``", "`` and ``": "`` between items).  Strings, integers, booleans, null and empty containers
    are written directly; anything else goes through one call of the C encoder."""

    def __init__(self):
        import json
        from json import encoder

        self._string = encoder.encode_basestring  # (the C function where _json is available)
        self._strings: dict[str, str] = {}  # paths, rule names, severities repeat: encode them once
        make = encoder.c_make_encoder
        plain = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
        if make is None:  # an interpreter without the _json accelerator
            self._chunks = lambda value, _level: (plain.encode(value),)
        else:  # what JSONEncoder.encode builds on each call, built once
            self._chunks = make({}, plain.default, self._string, None, plain.key_separator, plain.item_separator,
                                False, False, True)

    def string(self, text: str) -> str:
        out = self._strings.get(text)
        if out is None:
            out = self._string(text)
            if len(self._strings) < 10_000 and len(text) < 200:
                self._strings[text] = out
        return out

    def __call__(self, value) -> str:
        kind = type(value)
        if kind is str:
            return self._string(value)
        if kind is int:
            return int.__repr__(value)
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if kind is list and not value:
            return "[]"
        if kind is dict and not value:
            return "{}"
        return "".join(self._chunks(value, 0))


@hookimpl
def factlint_register_reporters(register) -> None:
    register("json", render)
