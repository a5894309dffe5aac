"""Stage 3 of the pipeline: the claim model of a text.

:func:`analyse` cuts the document text into sentences and clauses (one compiled-regex pass each,
linear in the text) and gives rules a cheap way to find the figures inside any span.  On top of
that the model attaches, lazily, to every measured figure its role in its statement (total, part,
share, change, average, count ...), the measure it counts, its subject and its period.

Everything here is computed once per document (``Context.claims`` caches it) and shared by all
rules.  Spans are offsets into ``document.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from .numerals import Quantity
    from .rule import Context


# ---------------------------------------------------------------------------------------------
# spans
# ---------------------------------------------------------------------------------------------


@dataclass(eq=False, slots=True)
class Span:
    start: int
    end: int
    text: str

    def __contains__(self, offset: int) -> bool:  # offset in span
        return self.start <= offset < self.end


@dataclass(eq=False, slots=True)
class Sentence(Span):
    """A sentence: text up to 。！？ (with closing quotes/brackets) or a line break."""

    index: int = 0
    #: indexes into ``Claims.clauses`` of the first clause and one past the last
    first_clause: int = 0
    end_clause: int = 0


@dataclass(eq=False, slots=True)
class Clause(Span):
    """A clause: a part of a sentence between ，；： (commas inside digits do not cut)."""

    index: int = 0
    sentence: Sentence | None = None
    #: the separator that ends the clause ("，", "；", "：", or "" at the end of the sentence)
    sep: str = ""


# sentence: a run without terminators, then the terminators and the closing quotes after them
_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』）)】]*)?|[。！？!?]+[”’」』）)】]*")
# clause separators inside a sentence: full-width ，；： ; ASCII ; ; ASCII , and : not between digits
_CLAUSE_SEP = re.compile(r"[，；：;]|,(?!\d)|(?<!\d):|:(?!\d)")
_SPACE = " \t\r\u3000\u00a0"


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` (leading/trailing blanks trimmed; blank runs dropped)."""
    out: list[Sentence] = []
    append = out.append
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        chunk = m.group()
        stripped = chunk.strip(_SPACE)
        if not stripped:
            continue
        if len(stripped) != len(chunk):
            s += len(chunk) - len(chunk.lstrip(_SPACE))
            e = s + len(stripped)
        append(Sentence(s, e, stripped, len(out)))
    return out


def split_clauses(sentences: Sequence[Sentence]) -> list[Clause]:
    """The clauses of every sentence, in order; each knows its sentence and the sentence knows
    the range of its clauses."""
    out: list[Clause] = []
    append = out.append
    finditer = _CLAUSE_SEP.finditer
    for sent in sentences:
        sent.first_clause = len(out)
        base, text = sent.start, sent.text
        pos = 0
        for m in finditer(text):
            a, b = m.span()
            if a > pos:
                append(Clause(base + pos, base + a, text[pos:a], len(out), sent, m.group()))
            pos = b
        if pos < len(text):
            append(Clause(base + pos, base + len(text), text[pos:], len(out), sent, ""))
        sent.end_clause = len(out)
    return out


# ---------------------------------------------------------------------------------------------
# the model
# ---------------------------------------------------------------------------------------------


class Claims:
    """The claim model of one text.

    ``sentences`` and ``clauses`` are computed at once; ``quantities`` (measured figures, from
    the numeral engine) only when first asked for.
    """

    def __init__(self, text: str, quantities_source=None, knowledge=None):
        self.text = text
        self._quantities_source = quantities_source
        self.knowledge = knowledge
        self.sentences: list[Sentence] = split_sentences(text)
        self.clauses: list[Clause] = split_clauses(self.sentences)
        self._sent_starts = [s.start for s in self.sentences]
        self._clause_starts = [c.start for c in self.clauses]

    # -- figures --------------------------------------------------------------------------------
    @cached_property
    def quantities(self) -> "list[Quantity]":
        """Every figure of the text (as the numeral engine returns them), in order."""
        src = self._quantities_source
        if src is None:
            from .numerals import extract

            return list(extract(self.text, self.knowledge))
        return list(src() if callable(src) else src)

    @cached_property
    def _q_starts(self) -> list[int]:
        return [q.start for q in self.quantities]

    def quantities_in(self, span: "Span | tuple[int, int]", measured_only: bool = False) -> "list[Quantity]":
        """The figures that start inside ``span`` (a Span or (start, end))."""
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        qs = self.quantities
        starts = self._q_starts
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        got = qs[i:j]
        if measured_only:
            got = [q for q in got if q.is_measured]
        return got

    # -- lookup ---------------------------------------------------------------------------------
    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._sent_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def clause_at(self, offset: int) -> Clause | None:
        i = bisect_right(self._clause_starts, offset) - 1
        if i >= 0 and offset < self.clauses[i].end:
            return self.clauses[i]
        return None

    def clauses_of(self, sentence: Sentence) -> list[Clause]:
        return self.clauses[sentence.first_clause:sentence.end_clause]


def analyse(ctx: "Context") -> Claims:
    """The claim model of a document (``Context.claims`` calls this once and caches it)."""
    return Claims(ctx.document.text, lambda: ctx.quantities, ctx.knowledge)


def analyse_text(text: str, knowledge=None, quantities=None) -> Claims:
    """The claim model of a bare string (tests, tools): figures from ``quantities`` if given,
    else from the numeral engine."""
    return Claims(text, quantities, knowledge)
