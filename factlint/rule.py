"""The rule base class and the per-document context rules read from.

A rule is a small class: metadata as class attributes, documentation in its docstring under
fixed headings (parsed by ``factlint explain``, the docs and SARIF), and ``check`` (one
document) or ``check_run`` (all documents of one run, for cross-file rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Mapping, Sequence

from .diagnostics import Diagnostic, Fix, Location, Severity

if TYPE_CHECKING:  # pragma: no cover
    from .documents import Document
    from .numerals import Quantity
    from .packs import Knowledge

#: the headings a rule docstring is written under, in order
DOC_HEADINGS = ("What it does", "Why is this bad?", "Example", "Fix safety", "Options", "References")


@dataclass
class Context:
    """Everything a rule may read about one document.  Expensive analyses are computed on first
    use and shared by all rules (so a run that selects only calendar rules never scans figures
    for claims)."""

    document: "Document"
    knowledge: "Knowledge"
    #: the year the text speaks of when set by --year or config (None: rules infer or stay quiet)
    year: int | None = None
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: what each run-level rule's ``collect`` returned for this document, by rule name (filled by
    #: the engine, or by :meth:`Rule.collected` on first use)
    collected: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def quantities(self) -> "list[Quantity]":
        from .numerals import extract

        return extract(self.document.text, self.knowledge)

    @cached_property
    def claims(self):
        """The claim model of the text (sentences, clauses, roles, measure/subject/period);
        see :mod:`factlint.claims`."""
        from .claims import analyse

        return analyse(self)


class Rule:
    """Base class of every rule, built-in or third-party.

    Subclasses set ``name`` (kebab-case, public), ``severity``, ``fixable``, ``family`` and a
    docstring whose first line is the summary, followed by the headings in ``DOC_HEADINGS``.
    """

    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    fixable: ClassVar[bool] = False
    family: ClassVar[str] = ""
    #: "document": ``check`` runs once per document; "run": ``check_run`` sees every document
    scope: ClassVar[str] = "document"
    #: option names and their defaults; users set them under [tool.factlint.rules.<name>]
    default_options: ClassVar[Mapping[str, Any]] = {}
    #: message template (Chinese), formatted with keyword arguments by the rule
    message: ClassVar[str] = ""
    #: False: the rule runs only when selected by name, family or prefix (select/extend-select)
    enabled_by_default: ClassVar[bool] = True

    def __init__(self, options: Mapping[str, Any] | None = None, severity: Severity | None = None):
        self.options = {**self.default_options, **(options or {})}
        self.effective_severity = severity or self.severity

    # -- to override -------------------------------------------------------------------------
    def check(self, ctx: Context) -> Iterable[Diagnostic]:
        return ()

    def check_run(self, contexts: Sequence[Context]) -> Iterable[Diagnostic]:
        return ()

    def collect(self, ctx: Context) -> Any:
        """Run-level rules: the facts about one document that ``check_run`` compares across
        documents (picklable data, not the context).  Under ``--jobs N`` it runs in the worker
        process that analysed the document, so ``check_run`` does not analyse it again.  Read it
        in ``check_run`` with :meth:`collected`.  Default: nothing (``check_run`` then reads the
        contexts itself, which is correct but analyses every document in the parent process)."""
        return None

    def collected(self, ctx: Context) -> Any:
        """What :meth:`collect` returns for ``ctx``, computed once (in a worker under ``--jobs``)."""
        if self.name not in ctx.collected:
            ctx.collected[self.name] = self.collect(ctx)
        return ctx.collected[self.name]

    # -- helpers -----------------------------------------------------------------------------
    def report(
        self,
        ctx: Context,
        start: int,
        end: int,
        message: str,
        *,
        evidence: Mapping[str, Any] | None = None,
        related: Iterable[tuple["Context", int, int] | Location] = (),
        fix: Fix | None = None,
    ) -> Diagnostic:
        doc = ctx.document
        rel = tuple(
            r if isinstance(r, Location) else r[0].document.location(r[1], r[2]) for r in related
        ) if related else ()
        return Diagnostic(
            rule=self.name,
            severity=self.effective_severity,
            message=message,
            location=doc.location(start, end),
            start=start,
            end=end,
            evidence=dict(evidence or {}),
            related=rel,
            fix=fix,
            snippet=doc.source[start:end],
        )

    # -- documentation ----------------------------------------------------------------------
    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0].strip() if doc else ""

    @classmethod
    def docs(cls) -> dict[str, str]:
        """The docstring split by its ``## Heading`` sections (plus ``summary``)."""
        return parse_rule_doc(cls.__doc__ or "")

    @classmethod
    def examples(cls) -> tuple[list[str], list[str]]:
        """(wrong sentences, right sentences) from the ``## Example`` section: lines before
        "Use instead:" are wrong, lines after it are right.  Sentences are the non-empty lines."""
        section = cls.docs().get("Example", "")
        wrong, right, target = [], [], None
        target = wrong
        for line in section.splitlines():
            s = line.strip()
            if not s:
                continue
            if s.lower().startswith("use instead"):
                target = right
                continue
            target.append(s)
        return wrong, right


def parse_rule_doc(doc: str) -> dict[str, str]:
    import inspect

    text = inspect.cleandoc(doc)
    parts: dict[str, str] = {}
    lines = text.splitlines()
    parts["summary"] = lines[0].strip() if lines else ""
    current = "intro"
    buf: list[str] = []
    for line in lines[1:]:
        m = re.match(r"^##\s+(.+?)\s*$", line)
        if m:
            parts[current] = "\n".join(buf).strip()
            current, buf = m.group(1), []
        else:
            buf.append(line)
    parts[current] = "\n".join(buf).strip()
    if not parts.get("intro"):
        parts.pop("intro", None)
    return parts
