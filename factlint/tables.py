"""Tables of a document read into their header and rows of cells.

Shared by the rules that read what a table states (``total-mismatch`` adds up a 合计 row,
``change-mismatch`` reads period and growth columns, ``inconsistent-figure`` compares cells
with the prose); read once per document and kept with its context.

- Markdown (and plain text written so): a header row, a separator row (``|---|:--:|``) and the
  pipe rows that follow.
- Word: the tables the reader recorded in ``Document.meta["cells"]`` (each cell paragraph is a
  line; a cell is its first paragraph that is not empty), the first row the header.

A row whose number of cells differs from the header's is left out (its columns cannot be told).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

_SEPARATOR = re.compile(r"\s*\|?[\s:|-]*-[\s:|-]*\|?\s*")


@dataclass(frozen=True, slots=True)
class Table:
    #: the header cells, stripped
    heads: tuple[str, ...]
    #: per row, the spans (document offsets) of its cells, as many as ``heads``
    rows: tuple[tuple[tuple[int, int], ...], ...]
    #: per row, its first cell, stripped (the row's label)
    labels: tuple[str, ...]
    #: offsets of the header's first character and of the end of the last row
    start: int
    end: int
    #: some pipe row of the table had another number of cells than the header (left out)
    ragged: bool = False


def cells(line: str, offset: int) -> list[tuple[int, int]]:
    """Spans (start, end) of the cells of one pipe-table row, as document offsets (``offset`` is
    where ``line``, without its line break, starts)."""
    lead = len(line) - len(line.lstrip())
    body = line[lead + 1:] if line[lead:lead + 1] == "|" else line[lead:]
    pos = lead + 1 if line[lead:lead + 1] == "|" else lead
    if body.rstrip().endswith("|"):
        body = body.rstrip()[:-1]
    spans = []
    for cell in body.split("|"):
        spans.append((offset + pos, offset + pos + len(cell)))
        pos += len(cell) + 1
    return spans


def markdown_tables(source: str) -> list[Table]:
    """The pipe tables of ``source``, in order."""
    if "|" not in source:
        return []
    lines = source.splitlines(keepends=True)
    offsets, off = [], 0
    for line in lines:
        offsets.append(off)
        off += len(line)
    out: list[Table] = []
    i = 0
    while i + 2 < len(lines):
        head, sep = lines[i], lines[i + 1]
        if not (head.lstrip().startswith("|") and _SEPARATOR.fullmatch(sep.rstrip("\r\n"))):
            i += 1
            continue
        hspans = cells(head.rstrip("\r\n"), offsets[i])
        heads = tuple(source[a:b].strip() for a, b in hspans)
        j = i + 2
        rows = []
        ragged = False
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            spans = cells(lines[j].rstrip("\r\n"), offsets[j])
            if len(spans) == len(heads):
                rows.append(tuple(spans))
            else:
                ragged = True
            j += 1
        end = offsets[j - 1] + len(lines[j - 1].rstrip("\r\n"))
        heads, rows, labels = _without_index(source, heads, rows)
        out.append(Table(heads, tuple(rows), labels, offsets[i], end, ragged))
        i = j
    return out


#: headers of a leading column that only numbers the rows (序号): not part of the table's data
_INDEX_HEADS = frozenset({"序号", "编号", "序", "No.", "No", "NO.", "#", ""})
_ROW_NUMBER = re.compile(r"[0-9０-９]{1,4}[.．、]?|[一二三四五六七八九十]{1,3}")


def _row_number(cell: str) -> int | None:
    """The number a row-number cell holds (3, ３., 12、), or None (一、二: numbers of another level)."""
    digits = cell.rstrip(".．、").translate(_FULLWIDTH_DIGITS)
    return int(digits) if digits.isdigit() else None


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _without_index(source: str, heads: tuple[str, ...], rows: list) -> tuple[tuple[str, ...], list, tuple[str, ...]]:
    """``(heads, rows, labels)`` with a leading column that only numbers the rows left out (序号 |
    项目名称 | …: the names are the labels; a total row may hold 合计 in either of the two cells).
    Such a column has a header of :data:`_INDEX_HEADS` and numbers every row but the last 1, 2, 3 …
    in turn: a flat list.  A table whose rows are numbered in levels (一、二 over 1、2) or hold
    rows without a number (小计, 其中) is left as it is (its rows are not all parts of one total)."""
    if len(heads) >= 3 and len(rows) >= 3 and heads[0] in _INDEX_HEADS and heads[1]:
        first = [source[slice(*r[0])].strip() for r in rows]
        if all(_row_number(c) == k + 1 for k, c in enumerate(first[:-1])):
            second = [source[slice(*r[1])].strip() for r in rows]
            labels = tuple(b or ("" if _ROW_NUMBER.fullmatch(a) else a) for a, b in zip(first, second))
            return heads[1:], [r[1:] for r in rows], labels
    return heads, rows, tuple(source[slice(*r[0])].strip() for r in rows)


def word_tables(document) -> list[Table]:
    """The tables of a Word document, from the reader's ``meta["cells"]`` (line -> (table, row,
    column), all 1-based)."""
    where = document.meta.get("cells") if document.meta else None
    if not where:
        return []
    source = document.source
    starts = document.line_starts
    grid: dict[int, dict[int, dict[int, tuple[int, int]]]] = {}
    for line, (table, row, col) in sorted(where.items()):
        a = starts[line - 1]
        b = source.find("\n", a)
        b = len(source) if b == -1 else b
        cell = grid.setdefault(table, {}).setdefault(row, {})
        if col not in cell or not source[slice(*cell[col])].strip():
            cell[col] = (a, b)  # (the first paragraph of the cell that is not empty)
    out: list[Table] = []
    for table in sorted(grid):
        rows = [grid[table][r] for r in sorted(grid[table])]
        if len(rows) < 2:
            continue
        cols = sorted(rows[0])
        heads = tuple(source[slice(*rows[0][c])].strip() for c in cols)
        body, ragged = [], False
        for r in rows[1:]:
            if sorted(r) != cols:
                ragged = True
                continue
            body.append(tuple(r[c] for c in cols))
        first, last = rows[0][cols[0]][0], max(span[1] for r in rows for span in r.values())
        heads, body, labels = _without_index(source, heads, body)
        out.append(Table(heads, tuple(body), labels, first, last, ragged))
    return out


def ctx_tables(ctx) -> list[Table]:
    """The tables of a context's document (Word or pipe tables), read once (kept with the
    context)."""
    got = ctx.__dict__.get("_factlint_tables")
    if got is None:
        doc = ctx.document
        got = word_tables(doc) if doc.kind == "docx" else markdown_tables(doc.source)
        ctx.__dict__["_factlint_tables"] = got
    return got


#: the whole place before a total's label (全市合计, 全县总计)
_WHOLE_PLACE = re.compile(r"全[国省市县区州盟旗镇乡]")
_CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNTED_TOTAL = re.compile(r"([两二三四五六七八九十]|\d{1,2})个?(.{1,3})")


def is_total_label(name: str, labels, n_rows: int, knowledge) -> bool:
    """A total row's label: one of ``labels`` (合计, the lexicon ``table-total-labels``), the whole
    place before one (全市合计), or a count of the rows above and what they are before it (三市合计,
    4县总计) when the count is the number of rows above (``n_rows``)."""
    if name in labels:
        return True
    for w in labels:
        if name.endswith(w) and _WHOLE_PLACE.fullmatch(name[: -len(w)]):
            return True  # 全市合计 under rows of 县区: the place the rows split
        if name.endswith(w) and len(name) > len(w):
            m = _COUNTED_TOTAL.fullmatch(name[: -len(w)])
            if m and m.group(2) in knowledge.words("claims-total-count-nouns"):
                n = _CN_COUNT.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else None)
                return n == n_rows
    return False


def measured_figures(ctx) -> tuple[list, list[int]]:
    """The document's measured figures sorted by start, and their starts (for
    :func:`cell_quantity`); built once per context and kept with it."""
    got = ctx.__dict__.get("_factlint_measured")
    if got is None:
        qs = sorted((q for q in ctx.quantities if getattr(q, "is_measured", False)), key=lambda q: q.start)
        got = ctx.__dict__["_factlint_measured"] = (qs, [q.start for q in qs])
    return got


def cell_quantity(qs, starts, a: int, b: int):
    """The one measured figure of the cell spanning ``a``–``b`` (and nothing else in it), or None;
    ``qs`` are the document's figures sorted by start and ``starts`` their starts."""
    k = bisect_left(starts, a)
    found = []
    while k < len(starts) and starts[k] < b:
        found.append(qs[k])
        k += 1
    if len(found) != 1 or found[0].end > b or found[0].value is None or found[0].kind == "range":
        return None
    return found[0]


#: a header naming a column and its unit: 销售额（亿元）, 接待游客（万人次）
_NAME_UNIT = re.compile(r"^(?P<name>[^（(]{2,16}?)\s*[（(](?P<unit>[^）)]{1,6})[）)]$")


def head_name_unit(head: str) -> tuple[str, str] | None:
    """(name, unit) of a header written with its unit in brackets (销售额（亿元） → 销售额, 亿元), or None."""
    m = _NAME_UNIT.match(head)
    return (m.group("name"), m.group("unit")) if m else None
