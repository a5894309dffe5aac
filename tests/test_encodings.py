"""Decoding: UTF-8 (with and without BOM), GBK/GB18030 detected reliably, everything else refused
with a message that says what the file is, never read as mojibake."""

import os
from pathlib import Path

import pytest

from factlint import DocumentError
from factlint.readers._encoding import decode
from factlint.readers.markdown import read_markdown
from factlint.readers.text import read_text

SHARED = Path(os.environ.get("FACTLINT_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
ENCODINGS = SHARED / "corpus" / "encodings"

ZH = "2024年全市地区生产总值增长5.2%，城镇新增就业12.3万人。" * 3
JA = "日本国民は、正当に選挙された国会における代表者を通じて行動し、東京都の人口は約1400万人です。" * 4
KO = "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. 서울의 인구는 약 940만 명이다." * 3
TW = "中華民國基於三民主義，為民有民治民享之民主共和國。臺北市人口約二百五十萬人，預算超過一千七百億元。" * 3
DE = "Die Würde des Menschen ist unantastbar. Größe, Übung, Straße, äußerst, schützen. " * 3
FR = "La République française garantit l'égalité devant la loi. Élève, été, hôpital, français, déjà, où, cœur. " * 3


def _twin(path: Path) -> Path:
    name = path.name.split(".")[0] + ".txt"
    for folder in ("provincial-2025", "gov-work-reports"):
        candidate = SHARED / "corpus" / folder / name
        if candidate.exists():
            return candidate
    raise AssertionError(f"no UTF-8 original for {path.name}")


@pytest.mark.skipif(not ENCODINGS.is_dir(), reason=f"shared corpus not found at {ENCODINGS}")
@pytest.mark.parametrize("path", sorted(ENCODINGS.glob("*.txt")) if ENCODINGS.is_dir() else [], ids=lambda p: p.name)
def test_corpus_encodings_read_identically_to_their_utf8_originals(path):
    doc = read_text(path.read_bytes(), str(path))
    original = _twin(path).read_text(encoding="utf-8")
    assert doc.source == original
    expected = "gb18030" if ".gb18030." in path.name else "gbk"
    assert doc.encoding == expected
    assert not doc.bom
    # and written back byte for byte (what --fix relies on)
    assert doc.encoded() == path.read_bytes()


@pytest.mark.parametrize("text", [ZH, "同比增长两成", "增长5%", "中国", "1978年，全国粮食产量达到六千亿斤。"])
def test_gbk_even_short_texts(text):
    # (a GBK file of one or two characters can also be valid UTF-8, 一 = D2 BB = "һ"; UTF-8 wins
    # then: such a file is not a draft)
    got, encoding, bom = decode(text.encode("gbk"), "a.txt")
    assert (got, encoding, bom) == (text, "gbk", False)


def test_gb18030_characters_outside_gbk():
    text = "全市\u2003增长5%，𠀀字。" + ZH
    got, encoding, _ = decode(text.encode("gb18030"), "a.txt")
    assert got == text and encoding == "gb18030"


@pytest.mark.parametrize("bom,codec,encoding", [
    (b"\xef\xbb\xbf", "utf-8", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x84\x31\x95\x33", "gb18030", "gb18030"),
])
def test_byte_order_marks(bom, codec, encoding):
    data = bom + ZH.encode(codec)
    doc = read_text(data, "a.txt")
    assert doc.source == ZH and doc.encoding == encoding and doc.bom
    assert doc.encoded() == data


def test_utf8_bom_markdown_round_trips():
    data = "\ufeff# 标题\n\n增长5%。\n".encode("utf-8")
    doc = read_markdown(data, "a.md")
    assert doc.bom and doc.source.startswith("# 标题")
    assert doc.encoded() == data


@pytest.mark.parametrize("text,codec,named", [
    (JA, "shift_jis", "Shift_JIS"),
    (JA, "euc_jp", "EUC-JP"),
    (KO, "euc_kr", "EUC-KR"),
    (TW, "big5", "Big5"),
    (DE, "latin-1", None),
    (FR, "cp1252", None),
])
def test_other_encodings_are_refused_not_read_as_mojibake(text, codec, named):
    with pytest.raises(DocumentError) as info:
        decode(text.encode(codec), "x.txt")
    message = info.value.problem
    assert "cannot decode" in message and "\n" not in message
    if named:
        assert named in message


def test_random_bytes_without_nul_are_refused():
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(5000))
    with pytest.raises(DocumentError, match="cannot decode"):
        decode(data, "x.txt")


def test_damaged_utf8_names_the_line():
    data = ("第一行增长5%。\n" * 20).encode() + b"\xe5\xa2\n" + ("最后一行。\n" * 5).encode()
    with pytest.raises(DocumentError) as info:
        decode(data, "x.txt")
    assert "not valid UTF-8 at line 21" in info.value.problem


def test_invalid_bytes_after_utf8_bom():
    with pytest.raises(DocumentError, match="after its byte-order mark"):
        decode(b"\xef\xbb\xbf\xff\xfe\xfd", "x.txt")


@pytest.mark.parametrize("data,words", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Word 97-2003"),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "RTF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\x7fELF\x02\x01\x01\x00", "executable"),
    (b"text\x00with a NUL", "binary file"),
    ("UTF-16 without a BOM, 增长".encode("utf-16-le"), "UTF-16"),
])
def test_binary_formats_are_named(data, words):
    with pytest.raises(DocumentError, match=words):
        decode(data, "x.txt")


def test_utf8_fast_path_is_fast():
    import time

    data = (ZH + "\n").encode() * 20000  # about 1.4 million characters
    start = time.perf_counter()
    for _ in range(3):
        read_text(data, "big.txt")
    assert (time.perf_counter() - start) / 3 < 0.25
