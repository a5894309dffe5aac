"""Word reader (.docx): body paragraphs and table cells, in document order.

python-docx opens the package (and tells a damaged one from a good one); the reader then walks
the body XML in order, so a table's cells appear where the table stands:

* every paragraph of the body, and every paragraph of every table cell (row by row, cell by cell,
  nested tables in place, merged cells once), becomes one line of ``source``: ``line`` in a
  diagnostic is the paragraph number (counting every paragraph, empty ones and those in tables
  included), and the report quotes the paragraph;
* ``meta["cells"]`` maps the line of a paragraph inside a table to ``(table, row, column)``
  (1-based, tables numbered in document order);
* a paragraph's text is what Word shows: runs, hyperlinks, fields' results, content controls and
  tracked insertions; tracked deletions, field codes, drawings and text boxes are left out.  A
  manual line break inside a paragraph joins its two sides (with a space only between two Latin
  letters or digits), and a tab stays a tab.

Web and e-mail addresses are blanked in ``text`` as in plain text.
"""

from __future__ import annotations

import io
import re

from .. import hookimpl
from ..documents import Document, DocumentError, blank_ranges
from ._prose import address_ranges

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R, _T = W + "p", W + "tbl", W + "tr", W + "tc", W + "r", W + "t"
_TAB, _BR, _CR, _NBH, _PTAB = W + "tab", W + "br", W + "cr", W + "noBreakHyphen", W + "ptab"
_VMERGE, _TCPR, _GRIDSPAN = W + "vMerge", W + "tcPr", W + "gridSpan"
#: containers whose children are read like the paragraph's own (links, fields, content controls,
#: insertions, smart tags, moves to here)
_INLINE_CONTAINERS = {W + n for n in ("hyperlink", "fldSimple", "ins", "smartTag", "customXml", "moveTo",
                                      "sdt", "sdtContent", "dir", "bdo")}
#: block containers of the body (content controls, custom XML) whose children are paragraphs and tables
_BLOCK_CONTAINERS = {W + n for n in ("sdt", "sdtContent", "customXml")}
_BREAK = "\x00"  # a manual line break while a paragraph is assembled (XML text cannot contain NUL)
_BREAK_JOIN = re.compile("([A-Za-z0-9]?)\x00+([A-Za-z0-9]?)")
#: the most a package may unpack to: its XML parts (python-docx builds a tree of them, about 40
#: bytes of memory per byte of XML) and everything (media included).  A draft is far smaller; a
#: few hundred KB of ZIP can unpack to gigabytes (a "ZIP bomb").
MAX_XML_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024


def _run_text(run, out: list) -> None:
    for el in run:
        tag = el.tag
        if tag == _T:
            if el.text:
                out.append(el.text)
        elif tag == _TAB or tag == _PTAB:
            out.append("\t")
        elif tag == _BR or tag == _CR:
            out.append(_BREAK)
        elif tag == _NBH:
            out.append("-")
        # w:delText, w:instrText, w:drawing, w:pict, mc:AlternateContent (text boxes), w:sym,
        # w:softHyphen and properties are not visible text of this paragraph


def _collect(container, out: list) -> None:
    for el in container:
        tag = el.tag
        if tag == _R:
            _run_text(el, out)
        elif tag in _INLINE_CONTAINERS:
            _collect(el, out)
        # w:pPr, w:del, w:moveFrom, bookmarks, comments ranges, proofing marks: nothing to read


def paragraph_text(p) -> str:
    out: list[str] = []
    _collect(p, out)
    text = "".join(out)
    if _BREAK in text:
        text = _BREAK_JOIN.sub(lambda m: m.group(1) + (" " if m.group(1) and m.group(2) else "") + m.group(2), text)
    return text.replace("\r", "").replace("\n", "")


class _Walker:
    def __init__(self):
        self.lines: list[str] = []
        self.cells: dict[int, tuple[int, int, int]] = {}
        self.tables = 0

    def block(self, container, cell=None) -> None:
        for el in container:
            tag = el.tag
            if tag == _P:
                self.lines.append(paragraph_text(el))
                if cell is not None:
                    self.cells[len(self.lines)] = cell
            elif tag == _TBL:
                self.table(el)
            elif tag in _BLOCK_CONTAINERS:
                self.block(el, cell)

    def table(self, tbl) -> None:
        self.tables += 1
        number = self.tables
        for row_no, tr in enumerate(_children(tbl, _TR), 1):
            col_no = 1
            for tc in _children(tr, _TC):
                if not _continues_vertical_merge(tc):  # else read in the row where the merge starts
                    self.block(tc, (number, row_no, col_no))
                col_no += _grid_span(tc)


def _children(element, tag):
    """Children with ``tag``, looking through content controls and custom XML wrappers."""
    for el in element:
        if el.tag == tag:
            yield el
        elif el.tag in _BLOCK_CONTAINERS:
            yield from _children(el, tag)


def _grid_span(tc) -> int:
    pr = tc.find(_TCPR)
    span = pr.find(_GRIDSPAN) if pr is not None else None
    try:
        return max(1, int(span.get(W + "val"))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _continues_vertical_merge(tc) -> bool:
    pr = tc.find(_TCPR)
    if pr is None:
        return False
    vm = pr.find(_VMERGE)
    return vm is not None and vm.get(W + "val") in (None, "continue")


def _open(data: bytes, path: str):
    import zipfile  # (lazily: every command imports the readers)

    if not data:
        raise DocumentError(path, "empty file, not a Word document")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise DocumentError(path, "an old Word 97-2003 (.doc) file or a password-protected .docx; "
                                  "save it as .docx (without a password) or .txt")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        what = "it looks like plain text" if _looks_like_text(data) else "damaged or another format"
        raise DocumentError(path, f"not a Word .docx file (not a ZIP package: {what})")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(path, f"damaged .docx (bad ZIP package: {exc})") from None
    # (zipfile reads no more than the size a member declares, so the declared sizes bound it)
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    unpacked = sum(i.file_size for i in infos)
    if xml > MAX_XML_BYTES or unpacked > MAX_UNPACKED_BYTES:
        what, size, limit = (("its XML", xml, MAX_XML_BYTES) if xml > MAX_XML_BYTES
                             else ("it", unpacked, MAX_UNPACKED_BYTES))
        raise DocumentError(path, f".docx too large to be a draft: {what} unpacks to {size // 2**20} MB "
                                  f"(more than {limit // 2**20} MB; a ZIP bomb?)")
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise DocumentError(path, "a ZIP archive but not a Word document (no word/document.xml)")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise DocumentError(path, "not a Word .docx package") from None
    except ValueError as exc:  # e.g. a .xlsx or .pptx renamed: "content type ... is not a Word file"
        kind = str(exc).rsplit("content type is", 1)[-1].strip(" '\"")
        what = {"spreadsheetml": "an Excel workbook", "presentationml": "a PowerPoint presentation",
                "macroEnabled": "a macro-enabled Word file (.docm); save it as .docx"}
        named = next((v for k, v in what.items() if k in kind), None)
        raise DocumentError(path, f"not a Word .docx document ({named or kind or exc})") from None
    except KeyError:
        raise DocumentError(path, "damaged or incomplete .docx (a required part is missing)") from None
    except zipfile.BadZipFile as exc:
        raise DocumentError(path, f"damaged .docx (bad ZIP package: {exc})") from None
    except Exception as exc:  # lxml XMLSyntaxError and friends: a damaged package
        raise DocumentError(path, f"damaged .docx ({type(exc).__name__}: {exc})") from None


def _looks_like_text(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # cut in the middle of a character


def read_docx(data: bytes, path: str) -> Document:
    document = _open(data, path)
    walker = _Walker()
    walker.block(document.element.body)
    source = "\n".join(walker.lines)
    if not source.strip():
        raise DocumentError(path, "Word document has no text, nothing to check")
    text = blank_ranges(source, address_ranges(source))
    meta = {"cells": walker.cells, "paragraphs": len(walker.lines)}
    return Document(path=path, source=source, text=text, kind="docx", encoding="utf-8", bom=False,
                    newline="\n", meta=meta)


@hookimpl
def factlint_register_readers(register) -> None:
    register((".docx",), read_docx)
