from factlint.documents import Document, plain_document


def test_position_maps_offsets_to_lines_and_code_point_columns():
    doc = plain_document("a.txt", "第一行\n全市82.18万人\r\n末行")
    assert doc.position(0) == (1, 1)
    i = doc.text.index("82.18")
    assert doc.position(i) == (2, 3)
    assert doc.location(i, i + 6).end_column == 9
    assert doc.line_text(2) == "全市82.18万人"
    assert doc.position(doc.text.index("末")) == (3, 1)


def test_text_and_source_must_align():
    import pytest

    with pytest.raises(ValueError):
        Document(path="x", source="ab", text="a")
