"""The kinds of declarative rule a TOML pack can hold (``[[rule]] kind = "..."``).

A pack rule is data: a name, a message, a severity and the kind's own keys.  This module turns
each ``[[rule]]`` table into a :class:`factlint.Rule` subclass (so pack rules are selected,
suppressed, documented and reported exactly like rules written in Python) and registers the
kinds through the ``factlint_register_rule_kinds`` hook, so a plugin can add kinds of its own.

Keys every kind accepts::

    name      = "house.no-hype"      # "pack.rule-name"; or "no-hype" with [pack] name = "house"
    kind      = "existence"
    message   = "避免使用“{match}”"    # {match} is the text found; substitution adds {replacement}
    severity  = "warning"            # error, warning or info (default warning)
    summary   = "一句话说明"            # the line `factlint rules` shows
    why       = "为什么这样写不好"        # the "Why is this bad?" of `factlint explain`
    link      = "https://..."        # a reference (style guide, standard)
    ignorecase = false               # match Latin letters in any case
    regex     = false                # tokens / swap keys are regular expressions (Python syntax)
    exceptions = ["最高人民法院"]       # longer phrases in which a match is fine
    examples  = { wrong = ["..."], right = ["..."] }   # sentences for the docs and the tests
    enabled   = true                 # false: runs only when selected (--extend-select house.no-hype)

``existence``: ``tokens = ["史上最", ...]`` -- a phrase that must not appear.

A pack's regular expressions (``regex = true``, and ``exceptions``) are checked when the pack is
loaded, compiled with the ``regex`` module when a rule first uses them, and matched with a time limit (:func:`pattern_timeout`): a pattern that
backtracks catastrophically on some text (``(a|aa)+b``) raises ``TimeoutError``, which the engine
reports as the rule timing out (an ``internal-error`` diagnostic naming the rule), not a hang.

``substitution``: ``swap = { "截止目前" = "截至目前" }`` -- a phrase and its preferred form.  The
finding carries a fix (``fix = false`` turns it off) that writes the preferred form.
"""

from __future__ import annotations

import re
from typing import Any, Callable, ClassVar, Iterable

from .. import Edit, Fix, Rule, Severity, hookimpl
from ..packs import PackError

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*\.[a-z0-9][a-z0-9-]*$")
_SHORT = re.compile(r"^[a-z0-9][a-z0-9-]*$")
COMMON_KEYS = {"name", "kind", "message", "severity", "summary", "why", "link", "ignorecase", "regex",
               "exceptions", "examples", "description", "enabled"}


class PackRule(Rule):
    """Base class of rules built from a pack's ``[[rule]]`` table."""

    kind: ClassVar[str] = ""
    spec: ClassVar[dict[str, Any]] = {}
    source: ClassVar[str] = ""

    def _exception_spans(self, text: str) -> list[tuple[int, int]]:
        rx = getattr(type(self), "_exceptions_rx", None)
        return [m.span() for m in rx.finditer(text, timeout=pattern_timeout(text))] if rx is not None else []

    @staticmethod
    def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in spans)


class ExistenceRule(PackRule):
    kind = "existence"
    pattern: ClassVar["re.Pattern | _LazyPattern"]

    def check(self, ctx):
        text = ctx.text
        spans = None
        for m in self.pattern.finditer(text, timeout=pattern_timeout(text)):
            if m.end() == m.start():
                continue
            if spans is None:
                spans = self._exception_spans(text)
            if spans and self._inside(spans, m.start(), m.end()):
                continue
            found = m.group(0)
            yield self.report(ctx, m.start(), m.end(), self.message.format(match=found),
                              evidence={"match": found, "pack": self.source})


class SubstitutionRule(PackRule):
    kind = "substitution"
    #: (compiled pattern, replacement or None when the pattern is the combined literal one)
    pairs: ClassVar[list[tuple["re.Pattern | _LazyPattern", str | None]]] = []
    swap: ClassVar[dict[str, str]] = {}
    _literal: ClassVar[dict[str, str]] = {}
    make_fix: ClassVar[bool] = True

    def _matches(self, text: str) -> list[tuple[int, int, str, str]]:
        found = []
        for rx, repl in self.pairs:
            for m in rx.finditer(text, timeout=pattern_timeout(text)):
                if m.end() == m.start():
                    continue
                if repl is None:  # literal table: look the phrase up (any case with ignorecase)
                    replacement = self.swap.get(m.group(0))
                    if replacement is None:
                        replacement = self._literal.get(m.group(0).lower(), m.group(0))
                else:
                    replacement = m.expand(repl)
                found.append((m.start(), m.end(), m.group(0), replacement))
        found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        out, last = [], -1
        for item in found:  # no overlapping findings: the earliest, then longest, wins
            if item[0] >= last:
                out.append(item)
                last = item[1]
        return out

    def check(self, ctx):
        text = ctx.text
        spans = None
        for start, end, found, replacement in self._matches(text):
            if found == replacement:
                continue
            if spans is None:
                spans = self._exception_spans(text)
            if spans and self._inside(spans, start, end):
                continue
            fix = None
            if self.make_fix:
                fix = Fix(f"将“{found}”改为“{replacement}”", (Edit(start, end, replacement),))
            yield self.report(ctx, start, end, self.message.format(match=found, replacement=replacement),
                              evidence={"match": found, "replacement": replacement, "pack": self.source}, fix=fix)


# -- building rules from tables ---------------------------------------------------------------------
def _key(spec: dict, key: str) -> str:
    return f"rule[{spec.get('_index', 0)}].{key}"


def _check_keys(spec: dict, source: str, allowed: set[str]) -> None:
    for key in spec:
        if key.startswith("_"):
            continue
        if key not in allowed:
            import difflib

            hint = difflib.get_close_matches(key, sorted(allowed), n=1)
            raise PackError(source, _key(spec, key), f"unknown key for a {spec.get('kind')!r} rule"
                            + (f" (did you mean {hint[0]!r}?)" if hint else f" (allowed: {', '.join(sorted(allowed))})"))


def _string(spec: dict, source: str, key: str, default: str | None = None, required: bool = False) -> str | None:
    value = spec.get(key, default)
    if value is None:
        if required:
            raise PackError(source, _key(spec, key), "is required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise PackError(source, _key(spec, key), f"must be a non-empty string, got {value!r}")
    return value


def _strings(spec: dict, source: str, key: str, required: bool = False) -> list[str]:
    value = spec.get(key)
    if value is None:
        if required:
            raise PackError(source, _key(spec, key), "is required (a list of strings)")
        return []
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise PackError(source, _key(spec, key), f"must be a non-empty list of non-empty strings, got {value!r}")
    return value


def _bool(spec: dict, source: str, key: str, default: bool) -> bool:
    value = spec.get(key, default)
    if not isinstance(value, bool):
        raise PackError(source, _key(spec, key), f"must be true or false, got {value!r}")
    return value


class _LazyPattern:
    """A regular expression compiled on first use: literal phrase lists need no validation, and a
    rule that is not selected never pays for compiling its alternation."""

    __slots__ = ("body", "flags", "_rx", "gate")

    #: at most this many phrases are first looked for one by one with ``in``: a substring search
    #: costs about an eighth of a regex scan for an alternation, which tries each character
    GATE_WORDS = 6

    def __init__(self, body: str, flags: int, words: Iterable[str] = ()):
        self.body, self.flags, self._rx = body, flags, None
        words = tuple(words)
        # (the phrases the body alternates, when a text without any of them can skip the scan:
        # a few, matched as written)
        self.gate = words if words and len(words) <= self.GATE_WORDS and not flags & re.IGNORECASE else None

    def finditer(self, text: str, timeout: float | None = None):
        """(An alternation of escaped phrases cannot backtrack badly: ``timeout`` is not needed.)"""
        if self.gate is not None and not any(w in text for w in self.gate):
            return iter(())  # none of the phrases occurs: the scan would find nothing
        if self._rx is None:
            self._rx = re.compile(self.body, self.flags)
        return self._rx.finditer(text)


#: seconds a pack pattern may take over a document of up to 100,000 characters, and per further
#: 100,000 characters (the limit covers the whole scan, the rule's own work on each match included)
TIMEOUT_BASE = 10.0
TIMEOUT_PER_100K = 1.0


def pattern_timeout(text: str) -> float:
    """The time limit of one scan of ``text`` by a pack's regular expression."""
    return TIMEOUT_BASE + TIMEOUT_PER_100K * len(text) / 100_000


class _LazyRegex:
    """A pack's regular expression that the standard library's ``re`` accepts: checked with ``re``
    when the pack is loaded, compiled with ``regex`` (whose matching can time out) when a rule
    first uses it.  A run whose pattern rules never run (the built-in one is off by default) does
    not import ``regex`` at all: about 20 ms of every start-up."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags, self._rx = pattern, int(flags), None

    def _get(self):
        if self._rx is None:
            import regex

            self._rx = regex.compile(self.pattern, self.flags)
        return self._rx

    def finditer(self, text: str, *args, **kwargs):
        return self._get().finditer(text, *args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._get(), name)


def _compile(spec: dict, source: str, key: str, pattern: str, flags: int):
    """A pack's regular expression, matched with ``regex`` (whose matching can time out).  A pattern
    that ``re`` accepts is checked with ``re`` and compiled with ``regex`` on first use
    (:class:`_LazyRegex`; ``regex`` accepts what ``re`` does); one that only ``regex`` accepts
    (``\\p{Han}``) is compiled now."""
    try:
        re.compile(pattern, int(flags))
        return _LazyRegex(pattern, flags)
    except (re.error, ValueError, TypeError, OverflowError, RecursionError):
        pass
    import regex

    try:
        return regex.compile(pattern, int(flags))
    except (regex.error, re.error, ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise PackError(source, _key(spec, key), f"invalid regular expression {pattern!r}: {exc}") from None


def _common(spec: dict, source: str, kind_doc: str, placeholders: dict[str, str]) -> dict[str, Any]:
    raw = _string(spec, source, "name", required=True)
    prefix = spec.get("_pack")
    name = raw
    if "." not in raw and prefix:
        if not _SHORT.match(raw):
            raise PackError(source, _key(spec, "name"), f"must be kebab-case such as 'no-hype', got {raw!r}")
        name = f"{prefix}.{raw}"
    if not _NAME.match(name):
        raise PackError(source, _key(spec, "name"),
                        f"pack rule names are 'pack.rule-name' in lower case (such as 'house.no-hype'), got {raw!r}; "
                        "write the prefix or set [pack] name")
    sev = spec.get("severity", "warning")
    try:
        severity = Severity.parse(sev)
    except ValueError:
        raise PackError(source, _key(spec, "severity"), f"must be error, warning or info, got {sev!r}") from None
    message = _string(spec, source, "message", default=placeholders["default"])
    message = message.replace("%s", "{match}")
    try:
        message.format(**{k: "x" for k in placeholders if k != "default"})
    except (KeyError, IndexError, ValueError) as exc:
        allowed = ", ".join("{" + k + "}" for k in placeholders if k != "default")
        raise PackError(source, _key(spec, "message"), f"bad placeholder {exc} (allowed: {allowed})") from None
    summary = _string(spec, source, "summary") or _string(spec, source, "description") or kind_doc
    if "\n" in summary.strip():
        raise PackError(source, _key(spec, "summary"), "must be one line")
    why = _string(spec, source, "why") or "这是该规则包作者约定的用法。"
    link = _string(spec, source, "link")
    examples = spec.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - {"wrong", "right"}:
        raise PackError(source, _key(spec, "examples"), "must be a table with 'wrong' and 'right' lists of sentences")
    wrong = _strings(examples, source, "wrong") if "wrong" in examples else []
    right = _strings(examples, source, "right") if "right" in examples else []
    flags = re.IGNORECASE if _bool(spec, source, "ignorecase", False) else 0
    use_regex = _bool(spec, source, "regex", False)
    exceptions = _strings(spec, source, "exceptions")
    exc_rx = None
    if exceptions:
        body = "|".join(sorted((e if use_regex else re.escape(e) for e in exceptions), key=len, reverse=True))
        exc_rx = _compile(spec, source, "exceptions", body, flags)
    enabled = _bool(spec, source, "enabled", True)
    return {
        "enabled": enabled,
        "name": name, "severity": severity, "message": message, "summary": summary.strip(), "why": why,
        "link": link, "wrong": wrong, "right": right, "flags": flags, "regex": use_regex,
        "exceptions_rx": exc_rx, "prefix": name.split(".", 1)[0],
    }


def _docstring(c: dict[str, Any], what: str, fixable: bool, source: str) -> str:
    lines = [c["summary"], "", "## What it does", what, "", "## Why is this bad?", c["why"], "", "## Example"]
    lines += c["wrong"] or ["(no example given in the pack)"]
    lines += ["Use instead:"] + (c["right"] or [])
    if fixable:
        lines += ["", "## Fix safety",
                  "The fix writes the preferred form the pack gives for the phrase; review it where the phrase "
                  "is quoted or part of a name."]
    lines += ["", "## Options", "None: a pack rule is configured in its TOML file (severity can be overridden "
              "under [tool.factlint.rules.<name>]).", "", "## References"]
    lines += ([c["link"]] if c["link"] else []) + [f"Pack file: {source}"]
    return "\n".join(lines)


def _make(base: type[PackRule], c: dict[str, Any], source: str, spec: dict, attrs: dict[str, Any], what: str,
          fixable: bool) -> type[PackRule]:
    cls_name = "Pack_" + re.sub(r"\W", "_", c["name"])
    body = {
        "name": c["name"], "severity": c["severity"], "fixable": fixable, "family": c["prefix"],
        "enabled_by_default": c["enabled"],
        "message": c["message"], "spec": {k: v for k, v in spec.items() if not k.startswith("_")},
        "source": source, "_exceptions_rx": c["exceptions_rx"], "__module__": __name__,
        "__doc__": _docstring(c, what, fixable, source), **attrs,
    }
    return type(cls_name, (base,), body)


def build_existence(spec: dict, source: str) -> type[PackRule]:
    _check_keys(spec, source, COMMON_KEYS | {"tokens"})
    c = _common(spec, source, "A phrase the pack asks you not to use.",
                {"default": "避免使用“{match}”", "match": ""})
    tokens = _strings(spec, source, "tokens", required=True)
    if c["regex"]:
        for i, t in enumerate(tokens):
            _compile(spec, source, f"tokens[{i}]", t, c["flags"])
        pattern = _compile(spec, source, "tokens", "|".join(f"(?:{t})" for t in tokens), c["flags"])
    else:
        pattern = _LazyPattern("|".join(re.escape(t) for t in sorted(set(tokens), key=lambda w: (-len(w), w))), c["flags"],
                               words=sorted(set(tokens)))
    what = "Flags these phrases: " + "、".join(f"“{t}”" for t in tokens) + "."
    return _make(ExistenceRule, c, source, spec, {"pattern": pattern}, what, False)


def build_substitution(spec: dict, source: str) -> type[PackRule]:
    _check_keys(spec, source, COMMON_KEYS | {"swap", "fix"})
    c = _common(spec, source, "A phrase and the form the pack prefers.",
                {"default": "建议将“{match}”改为“{replacement}”", "match": "", "replacement": ""})
    swap = spec.get("swap")
    if not isinstance(swap, dict) or not swap:
        raise PackError(source, _key(spec, "swap"), "is required: a table of \"phrase\" = \"preferred form\"")
    for k, v in swap.items():
        if not k or not isinstance(v, str):
            raise PackError(source, _key(spec, f"swap.{k}"), f"must map a phrase to a string, got {v!r}")
    make_fix = _bool(spec, source, "fix", True)
    pairs: list[tuple["re.Pattern | _LazyPattern", str | None]] = []
    literal: dict[str, str] = {}
    if c["regex"]:
        for k, v in swap.items():
            rx = _compile(spec, source, f"swap.{k}", k, c["flags"])
            try:  # the group references of the replacement (with re where re reads the pattern)
                (re.compile(rx.pattern, rx.flags) if isinstance(rx, _LazyRegex) else rx).sub(v, "")
            except Exception as exc:  # re.error, regex.error, IndexError
                raise PackError(source, _key(spec, f"swap.{k}"), f"bad replacement {v!r}: {exc}") from None
            pairs.append((rx, v))
    else:
        body = "|".join(re.escape(k) for k in sorted(swap, key=lambda w: (-len(w), w)))
        pairs.append((_LazyPattern(body, c["flags"], words=swap), None))
        if c["flags"] & re.IGNORECASE:
            literal = {k.lower(): v for k, v in swap.items()}
    what = "Suggests the preferred form: " + "；".join(f"“{k}”→“{v}”" for k, v in swap.items()) + "."
    return _make(SubstitutionRule, c, source, spec,
                 {"pairs": pairs, "swap": dict(swap), "_literal": literal, "make_fix": make_fix}, what, make_fix)


KINDS: dict[str, Callable[[dict, str], type[PackRule]]] = {
    "existence": build_existence,
    "substitution": build_substitution,
}


@hookimpl
def factlint_register_rule_kinds(register) -> None:
    for kind, build in KINDS.items():
        register(kind, build)


def build_rules(specs: Iterable[dict], kinds: dict[str, Callable] | None = None) -> list[type[PackRule]]:
    """Rule classes for ``[[rule]]`` tables (used by tests and tools outside the engine)."""
    kinds = kinds or KINDS
    out = []
    for spec in specs:
        kind = spec.get("kind")
        source = spec.get("_source", "?")
        if kind not in kinds:
            raise PackError(source, _key(spec, "kind"), f"unknown rule kind {kind!r} (known: {', '.join(sorted(kinds))})")
        out.append(kinds[kind](spec, source))
    return out
