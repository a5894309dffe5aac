"""The plain-text reader: the whole file is prose except web and e-mail addresses."""

import pytest

from factlint import DocumentError
from factlint.readers.text import read_text


def test_reads_utf8_text_as_prose():
    doc = read_text("全市生产总值增长5.2%。\n第二段\n".encode(), "a.txt")
    assert doc.kind == "text" and doc.encoding == "utf-8" and not doc.bom
    assert doc.text == doc.source == "全市生产总值增长5.2%。\n第二段\n"
    assert doc.position(doc.text.index("5.2")) == (1, 9)


def test_crlf_is_kept_in_source_and_recorded():
    doc = read_text("一行\r\n二行\r\n".encode(), "a.txt")
    assert doc.newline == "\r\n"
    assert doc.source == "一行\r\n二行\r\n"
    assert doc.line_text(2) == "二行"
    assert doc.encoded() == "一行\r\n二行\r\n".encode()


def test_cr_only_files_get_lines_and_write_back_with_cr():
    data = "一行\r二行 5%\r".encode()
    doc = read_text(data, "mac.txt")
    assert doc.newline == "\r"
    assert doc.position(doc.text.index("5%")) == (2, 4)
    assert doc.encoded() == data


@pytest.mark.parametrize(
    "line,address",
    [
        ("详见http://www.gov.cn/zhengce/2024-03/05/content_6936.htm。", "http://www.gov.cn/zhengce/2024-03/05/content_6936.htm"),
        ("网址：www.stats.gov.cn/tjsj/2024，欢迎访问", "www.stats.gov.cn/tjsj/2024"),
        ("网址：WWW.STATS.GOV.CN/2024，欢迎访问", "WWW.STATS.GOV.CN/2024"),
        ("网址：Www.gov.cn/2024，欢迎访问", "Www.gov.cn/2024"),
        ("投稿邮箱12345678@qq.com，电话略", "12345678@qq.com"),
        ("(see https://example.org/a_(1)/2024).", "https://example.org/a_(1)/2024"),
    ],
)
def test_addresses_are_blanked_but_keep_their_place(line, address):
    doc = read_text(line.encode(), "a.txt")
    start = line.index(address)
    assert doc.text[start:start + len(address)].strip() == ""
    assert len(doc.text) == len(line)
    # the prose around the address is untouched
    assert doc.text[:start] == line[:start]
    assert doc.text[start + len(address):] == line[start + len(address):]


def test_no_false_addresses_in_chinese_text():
    line = "@各位读者：2024年增长5%，www不是网址，a@b也不是。"
    assert read_text(line.encode(), "a.txt").text == line


def test_empty_and_blank_files_are_reported():
    with pytest.raises(DocumentError, match="empty file"):
        read_text(b"", "e.txt")
    with pytest.raises(DocumentError, match="only whitespace"):
        read_text(" \n\r\n\t\n".encode(), "w.txt")
    with pytest.raises(DocumentError, match="only whitespace"):
        read_text("\ufeff\u3000\n".encode("utf-8"), "w.txt")
