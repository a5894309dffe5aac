import pytest

from factlint.documents import Document, blank_ranges, keep_ranges, plain_document


def test_position_maps_offsets_to_lines_and_code_point_columns():
    doc = plain_document("a.txt", "第一行\n全市82.18万人\r\n末行")
    assert doc.position(0) == (1, 1)
    i = doc.text.index("82.18")
    assert doc.position(i) == (2, 3)
    assert doc.location(i, i + 6).end_column == 9
    assert doc.line_text(2) == "全市82.18万人"
    assert doc.position(doc.text.index("末")) == (3, 1)


@pytest.mark.parametrize("source", ["", "\n", "上\n上上\n\n", "第一行\r\n上半年\n末行\n", "无换行"])
def test_line_starts_are_the_offsets_after_each_line_feed(source):
    """(上, U+4E0A, shares its low byte with the line feed: it starts no line)"""
    starts = plain_document("a.txt", source).line_starts
    assert starts == (0, *[i + 1 for i, c in enumerate(source) if c == "\n"])


def test_text_and_source_must_align():
    with pytest.raises(ValueError):
        Document(path="x", source="ab", text="a")


def test_blank_ranges_keeps_length_and_line_breaks():
    source = "ab\ncd\nef"
    assert blank_ranges(source, [(1, 4)]) == "a \n d\nef"
    assert blank_ranges(source, [(4, 6), (0, 1), (5, 7)]) == " b\nc \n f"  # unsorted, overlapping
    assert blank_ranges(source, []) == source
    assert blank_ranges(source, [(-3, 1), (7, 99)]) == " b\ncd\ne "  # clipped to the text


def test_keep_ranges_is_the_complement():
    source = "一二\n三四\n五"
    assert keep_ranges(source, [(1, 4)]) == " 二\n三 \n "
    assert keep_ranges(source, []) == "  \n  \n "
    assert keep_ranges(source, [(0, len(source))]) == source


@pytest.mark.parametrize(
    "encoding,bom,newline,expected",
    [
        ("utf-8", False, "\n", "增长5%\n".encode("utf-8")),
        ("utf-8", True, "\n", b"\xef\xbb\xbf" + "增长5%\n".encode("utf-8")),
        ("gbk", False, "\n", "增长5%\n".encode("gbk")),
        ("utf-16-le", True, "\n", b"\xff\xfe" + "增长5%\n".encode("utf-16-le")),
        ("utf-8", False, "\r", "增长5%\r".encode("utf-8")),
    ],
)
def test_encoded_writes_back_as_stored(encoding, bom, newline, expected):
    doc = Document(path="a.txt", source="增长5%\n", text="增长5%\n", encoding=encoding, bom=bom, newline=newline)
    assert doc.encoded() == expected


def test_encoded_refuses_docx():
    doc = Document(path="a.docx", source="x", text="x", kind="docx")
    with pytest.raises(ValueError):
        doc.encoded()


def test_location_agrees_with_position_at_every_offset():
    # location() looks the end up only when it is past the start's line: it must give what two
    # position() calls give, for offsets out of range and ends before starts too
    for text in ["", "a", "\n", "ab\ncd\n", "第一行\n\n第三行\r\n末行", "x" * 5 + "\n" * 3]:
        doc = plain_document("a.txt", text)
        n = len(text)
        for start in range(-2, n + 3):
            for end in [None, *range(-2, n + 3)]:
                loc = doc.location(start, end)
                want = (*doc.position(start), *doc.position(start if end is None else end))
                assert (loc.line, loc.column, loc.end_line, loc.end_column) == want, (text, start, end)
