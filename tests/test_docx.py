"""The Word reader: paragraphs and table cells in document order, a paragraph per line."""

import io
import os
import zipfile
from pathlib import Path

import pytest

from factlint import DocumentError
from factlint.readers.docx import read_docx

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402

SHARED = Path(os.environ.get("FACTLINT_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
DOCX_DIR = SHARED / "corpus" / "provincial-2025-docx"
TEXT_DIR = SHARED / "corpus" / "provincial-2025"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_tables_appear_where_they_stand_with_cells_as_lines():
    d = docx.Document()
    d.add_paragraph("第一段：全市接待游客312.6万人次。")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["指标", "2024年", "2023年"], ["游客（万人次）", "312.6", "260.5"], ["收入（亿元）", "24.85", "20.12"]]):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    t.cell(2, 2).add_paragraph("第二段落")
    d.add_paragraph("表后段落。")
    doc = read_docx(save(d), "t.docx")
    lines = doc.source.split("\n")
    assert lines == ["第一段：全市接待游客312.6万人次。", "指标", "2024年", "2023年", "游客（万人次）", "312.6", "260.5",
                     "收入（亿元）", "24.85", "20.12", "第二段落", "表后段落。"]
    assert doc.kind == "docx"
    # line = paragraph number, and the report quotes the paragraph
    i = doc.text.index("24.85")
    assert doc.position(i) == (9, 1)
    assert doc.line_text(9) == "24.85"
    assert doc.line_text(12) == "表后段落。"
    assert doc.meta["cells"][9] == (1, 3, 2)
    assert doc.meta["cells"][11] == (1, 3, 3)
    assert 1 not in doc.meta["cells"] and 12 not in doc.meta["cells"]


def test_merged_and_nested_cells_are_read_once_in_order():
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    top = t.cell(0, 0).merge(t.cell(0, 1))  # horizontal merge
    top.text = "横跨两列"
    t.cell(0, 2).text = "右上"
    side = t.cell(1, 0).merge(t.cell(2, 0))  # vertical merge
    side.text = "纵跨两行"
    t.cell(1, 1).text = "中"
    inner = t.cell(1, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "内1"
    inner.cell(0, 1).text = "内2"
    t.cell(2, 1).text = "下"
    t.cell(2, 2).text = "右下"
    doc = read_docx(save(d), "m.docx")
    words = [line for line in doc.source.split("\n") if line]
    assert words == ["横跨两列", "右上", "纵跨两行", "中", "内1", "内2", "下", "右下"]
    assert words.count("纵跨两行") == 1
    line_of = {text: n for n, text in enumerate(doc.source.split("\n"), 1) if text}
    assert doc.meta["cells"][line_of["右上"]] == (1, 1, 3)
    assert doc.meta["cells"][line_of["内2"]] == (2, 1, 2)
    assert doc.meta["cells"][line_of["右下"]] == (1, 3, 3)


def test_paragraph_text_is_what_word_shows():
    d = docx.Document()
    p = d.add_paragraph("开头")
    p._p.append(parse_xml(f'<w:ins {W_NS} w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:t>插入10</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {W_NS} w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>删除20</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:hyperlink {W_NS}><w:r><w:t>链接30</w:t></w:r></w:hyperlink>'))
    for xml in ('<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r {ns}><w:instrText> PAGE 99 </w:instrText></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r {ns}><w:t>页40</w:t></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml.format(ns=W_NS)))
    p._p.append(parse_xml(f'<w:r {W_NS}><w:tab/><w:t>制表</w:t><w:noBreakHyphen/><w:t>后</w:t></w:r>'))
    p2 = d.add_paragraph()
    p2._p.append(parse_xml(f'<w:r {W_NS}><w:t>来源：某某政府</w:t><w:br/><w:t>2025年1月</w:t><w:br/><w:t>abc</w:t><w:br/><w:t>123</w:t></w:r>'))
    p3 = d.add_paragraph("正文")
    p3._p.append(parse_xml(
        f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:t>文本框50</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:sdt {W_NS}><w:sdtContent><w:p><w:r><w:t>内容控件60</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    doc = read_docx(save(d), "x.docx")
    assert doc.source.split("\n") == ["开头插入10链接30页40\t制表-后", "来源：某某政府2025年1月abc 123", "正文", "内容控件60"]


def test_addresses_are_blanked():
    d = docx.Document()
    d.add_paragraph("详见https://www.gov.cn/2024/0305.htm。")
    doc = read_docx(save(d), "u.docx")
    assert doc.text.strip() == "详见" + " " * len("https://www.gov.cn/2024/0305.htm") + "。"


XLSX = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
}


def _zip(files: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def _good() -> bytes:
    d = docx.Document()
    d.add_paragraph("全市增长5%。")
    return save(d)


def _replace_part(data: bytes, name: str, content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        files = {n: z.read(n) for n in z.namelist()}
    files[name] = content
    return _zip(files)


@pytest.mark.parametrize("data,words", [
    ("这其实是一个文本文件。".encode(), "not a ZIP package: it looks like plain text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Word 97-2003"),
    (b"", "empty file"),
    (b"\x00\x01\x02\x03binary", "not a ZIP package: damaged or another format"),
    (_zip({"hello.txt": "hi"}), "not a Word document"),
    (_zip({"[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'}), "incomplete"),
    (_zip(XLSX), "an Excel workbook"),
])
def test_files_that_are_not_docx_get_one_line_messages(data, words):
    with pytest.raises(DocumentError) as info:
        read_docx(data, "bad.docx")
    assert words in info.value.problem
    assert "\n" not in info.value.problem


def test_damaged_xml_and_truncated_zip():
    broken = _replace_part(_good(), "word/document.xml", b"<w:document><w:body><w:p>")
    with pytest.raises(DocumentError, match="damaged"):
        read_docx(broken, "broken.docx")
    data = _good()
    with pytest.raises(DocumentError):
        read_docx(data[: len(data) // 2], "truncated.docx")


def test_document_without_text():
    with pytest.raises(DocumentError, match="no text"):
        read_docx(save(docx.Document()), "blank.docx")


def test_the_linter_reads_docx_by_suffix():
    from factlint.engine import Linter

    doc = Linter().read_bytes(_good(), "a.DOCX")
    assert doc.kind == "docx" and doc.source == "全市增长5%。"


needs_corpus = pytest.mark.skipif(not DOCX_DIR.is_dir() or not TEXT_DIR.is_dir(), reason=f"shared corpus not found at {DOCX_DIR}")


def _pairs():
    if not DOCX_DIR.is_dir():
        return []
    return [(p, TEXT_DIR / (p.stem + ".txt")) for p in sorted(DOCX_DIR.glob("*.docx"))]


@needs_corpus
def test_every_corpus_docx_reads_and_matches_its_text_twin():
    pairs = _pairs()
    assert len(pairs) == 31
    exact = 0
    for docx_path, text_path in pairs:
        doc = read_docx(docx_path.read_bytes(), str(docx_path))
        mine = [line for line in doc.source.split("\n") if line.strip()]
        twin = [line for line in text_path.read_text(encoding="utf-8").split("\n") if line.strip()]
        exact += mine == twin
    # measured: all 31 (Jiangxi's manual line break inside a paragraph joins without a space, as
    # in its text twin)
    assert exact == 31


@needs_corpus
@pytest.mark.parametrize("stem", ["2025年江西省政府工作报告", "2025年北京市政府工作报告", "2025年西藏政府工作报告"])
def test_corpus_docx_gives_the_same_findings_as_its_twin(stem):
    from factlint.engine import Linter

    linter = Linter()
    docx_path, text_path = DOCX_DIR / f"{stem}.docx", TEXT_DIR / f"{stem}.txt"
    a = linter.read_bytes(docx_path.read_bytes(), "r.docx")
    b = linter.read_bytes(text_path.read_bytes(), "r.txt")
    found = linter.check_documents([a]).diagnostics, linter.check_documents([b]).diagnostics

    def key(d):
        return (d.rule, d.location.line, d.location.column, d.location.end_line, d.location.end_column, d.message)

    assert [key(d) for d in found[0]] == [key(d) for d in found[1]]


def _table_doc(rows, before=(), after=()):
    d = docx.Document()
    for p in before:
        d.add_paragraph(p)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    for p in after:
        d.add_paragraph(p)
    return read_docx(save(d), "t.docx")


COUNTIES = [["县", "销售额（亿元）", "合作社（家）"], ["安平县", "9.86", "368"], ["丰源县", "8.74", "325"],
            ["临河县", "7.15", "302"], ["合计", "25.75", "995"]]


def _findings(doc, rule):
    from factlint.config import Settings
    from factlint.engine import Linter

    result = Linter(Settings(select=[rule]), load_entrypoints=False).check_documents([doc])
    return [d for d in result.diagnostics if d.rule == rule]


def test_word_tables_are_read_as_tables():
    """A Word table's 合计 row is added up, and its cells are compared with the prose, as a
    Markdown table's are (factlint.tables.word_tables)."""
    from factlint.tables import word_tables

    doc = _table_doc(COUNTIES, after=["安平县以茶叶为主导产业，全年特色农产品销售额9.86亿元。"])
    (t,) = word_tables(doc)
    assert t.heads == ("县", "销售额（亿元）", "合作社（家）") and t.labels == ("安平县", "丰源县", "临河县", "合计")
    assert _findings(doc, "total-mismatch") == [] and _findings(doc, "inconsistent-figure") == []
    wrong = [row[:] for row in COUNTIES]
    wrong[-1][1] = "26.75"
    (d,) = _findings(_table_doc(wrong), "total-mismatch")
    assert "25.75" in d.message
    (d,) = _findings(_table_doc(COUNTIES, after=["安平县以茶叶为主导产业，全年特色农产品销售额9.36亿元。"]),
                     "inconsistent-figure")
    assert d.evidence["earlier"] == "9.86（亿元）"
