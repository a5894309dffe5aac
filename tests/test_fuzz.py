"""Never crash: generated input through the numeral engine, the readers and the whole check pipeline.

Every target runs twice: a few dozen examples in the default suite, and a large share of a budget
in the ``slow`` run (excluded by default)::

    FACTLINT_FUZZ_EXAMPLES=100000 .venv/bin/python -m pytest -m slow tests/test_fuzz.py

``FACTLINT_FUZZ_EXAMPLES`` is the total number of generated inputs of the slow run, shared by the
slow tests by weight (see ``SLOW_SHARE``); default 100,000.

The strategies are biased towards what the rules react to: the alphabet is built from the packs'
lexicons and fact tables (trigger words such as 合计 其中 占 增长 倍, units, approximation words,
region names), Chinese and Arabic numerals in every written form, dates with weekdays, the
punctuation of enumerations and ranges (、，。％～—-), Markdown markup, and a little of any Unicode.

No exception may escape, and an ``internal-error`` diagnostic (a rule that raised, which the
engine catches) is a failure too: it is how a bug in a rule shows up.
"""

from __future__ import annotations

import gc
import io
import json
import os
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.config import Settings
from factlint.documents import DocumentError, plain_document
from factlint.engine import INTERNAL_ERROR, Linter
from factlint.numerals import extract, read_numeral

#: total generated inputs of the slow run
BUDGET = int(os.environ.get("FACTLINT_FUZZ_EXAMPLES", "100000"))
#: the share of the slow budget each target gets (sums to 1)
SLOW_SHARE = {
    "numerals": 0.18,
    "check_text": 0.16,
    "mutated_text": 0.18,
    "check_markdown": 0.20,
    "nested_markdown": 0.06,
    "bytes": 0.14,
    "docx": 0.04,
    "reporters": 0.04,
}

_LINTERS: dict[str, Linter] = {}


def linter(name: str = "all") -> Linter:
    """``all``: every rule (also those off by default) with the year known; ``default``: the
    default selection with no year (rules then infer the year from the text)."""
    if name not in _LINTERS:
        if name == "all":
            _LINTERS[name] = Linter(Settings(select=["ALL"], year=2024), load_entrypoints=False)
        else:
            _LINTERS[name] = Linter(Settings(), load_entrypoints=False)
    return _LINTERS[name]


# -- the alphabet ------------------------------------------------------------------------------
def _pack_words() -> list[str]:
    k = linter().knowledge
    words: set[str] = set()
    for values in k.lexicons.values():
        words.update(w for w in values if isinstance(w, str) and w)
    for entries in k.facts.values():
        for entry in entries[:400]:
            for v in entry.values():
                if isinstance(v, str) and 0 < len(v) <= 12:
                    words.add(v)
    return sorted(words)


TRIGGERS = (
    "合计", "共计", "总计", "其中", "占", "占比", "比重", "增长", "下降", "提高", "降低", "减少", "增加",
    "倍", "翻番", "翻一番", "百分点", "个百分点", "同比", "比上年", "比去年", "星期", "周年", "省", "市",
    "县", "区", "全省", "全市", "全国", "年均", "平均", "人均", "分别", "依次", "等", "个", "项", "家",
    "第", "年", "月", "日", "号", "季度", "上半年", "今年", "去年", "年来", "以来", "至", "到", "约",
    "左右", "多", "余", "近", "超过", "以上", "以下", "不到", "万", "亿", "千", "百", "元", "万元", "亿元",
    "人", "万人", "公里", "平方公里", "吨", "%", "‰", "％", "十三五", "十四五", "规划", "首次", "最高",
    "第一", "居全国", "建党", "成立", "周", "（", "）", "“", "”", "《", "》",
)
PUNCT = tuple("、，。；：？！％%‰～~—－-–／/（）()“”‘’《》【】·…\n \t\u3000.,;:") + ("——", "……", "\r\n", "\n\n")
CN_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅点几"
FULLWIDTH = "０１２３４５６７８９．"
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "周一", "周日")


def _cn(n: int) -> str:
    """A Chinese numeral for 0 <= n < 10**12 (simple, with 零 and 两 variants)."""
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"

    def four(x: int) -> str:
        out, zero = "", False
        for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d, x = divmod(x, value)
            if d:
                if zero and out:
                    out += "零"
                out += digits[d] + name
                zero = False
            else:
                zero = True
        return out

    parts = []
    for value, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        d, n = divmod(n, value)
        if d:
            parts.append(four(d) + name)
    s = "".join(parts)
    return s[1:] if s.startswith("一十") else s


_ints = st.integers(min_value=0, max_value=10**12 - 1)
NUMBER = st.one_of(
    st.integers(min_value=0, max_value=10**7).map(str),
    st.integers(min_value=0, max_value=10**13).map(str),
    st.integers(min_value=1000, max_value=10**9).map(lambda n: f"{n:,}"),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.integers(min_value=0, max_value=99999).map(lambda n: f"{n / 100:.1f}"),
    st.integers(min_value=1900, max_value=2100).map(lambda y: f"{y}年"),
    st.tuples(st.integers(1, 13), st.integers(0, 32)).map(lambda md: f"{md[0]}月{md[1]}日"),
    st.tuples(st.integers(1990, 2035), st.integers(1, 12), st.integers(1, 31), st.sampled_from(WEEKDAYS)).map(
        lambda t: f"{t[0]}年{t[1]}月{t[2]}日（{t[3]}）"),
    _ints.map(_cn),
    st.integers(min_value=0, max_value=10000).map(_cn),
    st.text(alphabet=CN_DIGITS, min_size=1, max_size=8),
    st.text(alphabet=FULLWIDTH + "％", min_size=1, max_size=6),
    st.text(alphabet="0123456789.,%", min_size=1, max_size=12),
    st.tuples(st.integers(0, 999), st.sampled_from(["-", "—", "～", "~", "至", "到", "－", "–"]), st.integers(0, 999)).map(
        lambda t: f"{t[0]}{t[1]}{t[2]}"),
)

_WORDS = _pack_words()
WORD = st.sampled_from(_WORDS)
TOKEN = st.one_of(
    NUMBER, NUMBER,
    WORD, WORD,
    st.sampled_from(TRIGGERS), st.sampled_from(TRIGGERS),
    st.sampled_from(PUNCT), st.sampled_from(PUNCT),
    st.sampled_from(WEEKDAYS),
    st.text(max_size=3),  # any Unicode
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF).map(str),  # any common hanzi
)
#: a clause-like run of tokens, then any number of them glued: rule-shaped text
TEXT = st.lists(TOKEN, max_size=60).map("".join)
#: a numeral soup for the numeral engine
#: now and then a long run of one numeral character (int() refuses more than 4,300 digits)
LONG_RUN = st.tuples(st.sampled_from(CN_DIGITS + FULLWIDTH + "0123456789"), st.integers(40, 6000)).map(lambda t: t[0] * t[1])
NUMERAL_TEXT = st.lists(st.one_of(NUMBER, st.sampled_from(TRIGGERS), st.sampled_from(PUNCT),
                                  st.text(alphabet=CN_DIGITS + FULLWIDTH + "0123456789.,%、", max_size=6),
                                  st.text(max_size=2), LONG_RUN), max_size=40).map("".join)

# -- real sentences, mutated ---------------------------------------------------------------------
CORPUS = Path(os.environ.get("FACTLINT_CORPUS", Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"))


def _seed_sentences() -> list[str]:
    """The rules' own example sentences (wrong and right), plus sentences with figures from the
    shared corpus of published reports when it is there."""
    seeds: set[str] = set()
    for cls in linter().all_rules().values():
        wrong, right = cls.examples()
        seeds.update(wrong + right)
    folder = CORPUS / "provincial-2025"
    if folder.is_dir():
        for path in sorted(folder.glob("*.txt"))[:12]:
            text = path.read_text(encoding="utf-8", errors="replace")
            for sentence in re.findall(r"[^。！？\n]*[0-9０-９][^。！？\n]*[。！？]?", text):
                if 8 <= len(sentence) <= 160:
                    seeds.add(sentence.strip())
    return sorted(seeds)


SEEDS = _seed_sentences()
_PIECES = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*|[零〇一二两三四五六七八九十百千万亿]+|[、，。；：（）“”]|[^0-9０-９零〇一二两三四五六七八九十百千万亿、，。；：（）“”]+")
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?")


#: (strategies are built once, at module level: one built inside a composite on every draw is
#: kept by Hypothesis, and over 100,000 examples that alone took gigabytes)
_SEED_LISTS = st.lists(st.sampled_from(SEEDS), min_size=1, max_size=3)


@st.composite
def mutated_sentences(draw):
    """One to three seed sentences cut into pieces (figures, numerals, punctuation, words), with a
    few figures nudged by a last-digit step (what turns a right sum into a wrong one and back) or
    replaced, and pieces dropped, repeated or inserted."""
    pieces = [p for s in draw(_SEED_LISTS) for p in _PIECES.findall(s)]
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.integers(0, 5))
        figures = [i for i, p in enumerate(pieces) if _FIGURE.fullmatch(p)]
        if op <= 1 and figures:
            i = figures[draw(st.integers(0, len(figures) - 1))]
            value = Decimal(pieces[i])
            step = Decimal(1).scaleb(value.as_tuple().exponent)
            pieces[i] = str(max(Decimal(0), value + step * draw(st.integers(-3, 3))))
        elif op == 2 and figures:
            pieces[figures[draw(st.integers(0, len(figures) - 1))]] = draw(NUMBER)
        elif op == 3 and pieces:
            del pieces[draw(st.integers(0, len(pieces) - 1))]
        elif op == 4 and pieces:
            i = draw(st.integers(0, len(pieces) - 1))
            pieces[i:i] = pieces[i:i + draw(st.integers(1, 4))]
        else:
            pieces.insert(draw(st.integers(0, len(pieces))), draw(TOKEN))
    return "".join(pieces)


MUTATED = mutated_sentences()

MD_MARKUP = (
    "\n", "\n\n", "\n\n", "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "# ", "## ", "###### ", "`", "``",
    "```\n", "~~~\n", "|", " | ", "\n|---|---|\n", "| --- |", "**", "*", "_", "__", "~~", "[", "]", "](",
    ")", "](http://www.gov.cn/2024/0305/c1.html)", "![图](a.png)", "<http://a.cn/2024>", "www.stats.gov.cn",
    "a@b.cn", "<!-- factlint-disable -->", "<!-- factlint-enable -->", "<!-- factlint-disable total-mismatch -->",
    "<!-- factlint-disable-next-line -->", "<!-- factlint-disable-next-line share-mismatch, nosuch -->",
    "<!--", "-->", "<div>", "</div>", "<br>", "<span>", "    ", "\t", "---\n", "+++\n", "***\n", "===\n",
    "\\", "\\|", "&amp;", "&#1234;", "&#x4e00;", "&nbsp;", "[^1]", "[^注]: ", "[a]: http://x.cn \"t\"\n",
    "\r\n", "\r", "  \n", "<", ">", "\\*",
)
MD_TOKEN = st.one_of(TOKEN, TOKEN, MUTATED, st.sampled_from(MD_MARKUP), st.sampled_from(MD_MARKUP))
MARKDOWN = st.lists(MD_TOKEN, max_size=80).map("".join)

_PREFIXES = ("> ", "- ", "* ", "1. ", "  ", "    ", ">", "-", "> - ", "1) ", "| ")
NESTED_MARKDOWN = st.recursive(
    TEXT,
    lambda inner: st.one_of(
        # a container: every line of the inner block gets a block-quote or list prefix
        st.tuples(st.sampled_from(_PREFIXES), inner).map(lambda t: "\n".join(t[0] + line for line in t[1].split("\n"))),
        st.lists(inner, min_size=1, max_size=4).map("\n\n".join),
        st.tuples(st.sampled_from(("**", "*", "_", "~~", "`", "[", "<span>")), inner).map(lambda t: t[0] + t[1] + t[0]),
        st.tuples(st.integers(1, 300), st.sampled_from((">", "> ", "- ", "  - ", "1. ", "*", "[", "**"))).map(
            lambda t: t[1] * t[0]),
    ),
    max_leaves=12,
)

ENCODINGS = ("utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-32", "big5", "shift_jis")


_ANY_TEXT = st.one_of(TEXT, MUTATED, MARKDOWN)
_ENCODING = st.sampled_from(ENCODINGS)
_HEADS = st.sampled_from((b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\x84\x31\x95\x33", b"%PDF-", b"PK\x03\x04"))


@st.composite
def file_bytes(draw):
    """Any bytes, or text of the alphabet encoded somehow, possibly damaged."""
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=300))
    text = draw(_ANY_TEXT)
    data = text.encode(draw(_ENCODING), errors="replace")
    if kind == 2 and data:  # damage: flip, cut or insert bytes
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data)))
            op = draw(st.integers(0, 2))
            b = bytes([draw(st.integers(0, 255))])
            data = data[:at] + b + data[at + 1:] if op == 0 else data[:at] if op == 1 else data[:at] + b + data[at:]
    if kind == 3:
        data = draw(_HEADS) + data
    return data


_DOCX_BODY = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}</w:body></w:document>')


def _xml(text: str) -> str:
    text = "".join(ch for ch in text if ch in "\t\n\r" or (" " <= ch and ch not in "\ufffe\uffff" and not 0xD800 <= ord(ch) <= 0xDFFF))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_DOCX_PARTS: dict[str, bytes] = {}


def _docx_template() -> dict[str, bytes]:
    """The parts of python-docx's empty document (built once)."""
    if not _DOCX_PARTS:
        from docx import Document as NewDocx

        buf = io.BytesIO()
        NewDocx().save(buf)
        with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
            _DOCX_PARTS.update({n: z.read(n) for n in z.namelist()})
    return _DOCX_PARTS


_PARAGRAPHS = st.lists(st.one_of(TEXT, MUTATED), min_size=1, max_size=5)
_CELL_PROPERTIES = st.sampled_from(("", '<w:tcPr><w:gridSpan w:val="x"/></w:tcPr>', '<w:tcPr><w:vMerge/></w:tcPr>',
                                    '<w:tcPr><w:gridSpan w:val="-3"/></w:tcPr>'))


@st.composite
def docx_bytes(draw):
    """A .docx whose paragraphs and table cells hold generated text; sometimes damaged."""
    parts = dict(_docx_template())
    blocks = []
    for text in draw(_PARAGRAPHS):
        paragraph = "".join(f"<w:r><w:t xml:space=\"preserve\">{_xml(piece)}</w:t><w:br/></w:r>" for piece in text.split("\n"))
        if draw(st.booleans()):
            span = draw(_CELL_PROPERTIES)
            paragraph = f"<w:tbl><w:tr><w:tc>{span}<w:p>{paragraph}</w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
            blocks.append(paragraph)
        else:
            blocks.append(f"<w:p>{paragraph}</w:p>")
    parts["word/document.xml"] = _DOCX_BODY.format("".join(blocks)).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    data = out.getvalue()
    if draw(st.integers(0, 3)) == 0:  # damage the package
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at + 8:]
    return data


# -- the properties ----------------------------------------------------------------------------
def no_internal_errors(result, source: str) -> None:
    broken = [d for d in result.diagnostics if d.rule == INTERNAL_ERROR]
    assert not broken, f"{broken[0].message}\ninput: {source!r}"
    for d in result.diagnostics:
        assert 0 <= d.start <= d.end, (d, source)
        assert d.message, d
        json.dumps(d.as_dict(), ensure_ascii=False)


def check_numerals(text: str) -> None:
    qs = extract(text, linter().knowledge)
    last = -1
    for q in qs:
        assert 0 <= q.start < q.end <= len(text), (text, q)
        assert text[q.start:q.end] == q.text, (text, q)
        assert q.start >= last, (text, qs)
        last = q.start
        if q.kind == "range":
            assert q.low is not None and q.high is not None, (text, q)
        assert q.lo <= q.hi, (text, q)
    read_numeral(text)


def check_text(text: str) -> None:
    for name in ("all", "default"):
        result = linter(name).check_documents([plain_document("fuzz.txt", text)])
        no_internal_errors(result, text)


def check_markdown(source: str) -> None:
    lint = linter()
    try:
        doc = lint.read_bytes(source.encode("utf-8", errors="surrogatepass"), "fuzz.md")
    except DocumentError:
        return  # empty, whitespace-only or undecodable: reported as a file error, not a crash
    assert len(doc.text) == len(doc.source) and doc.text.count("\n") == doc.source.count("\n"), source
    no_internal_errors(lint.check_documents([doc]), source)


def check_bytes(data: bytes) -> None:
    lint = linter()
    for suffix in (".txt", ".md"):
        try:
            doc = lint.read_bytes(data, "fuzz" + suffix)
        except DocumentError as exc:
            assert exc.problem and "\n" not in exc.problem, exc.problem
            continue
        no_internal_errors(lint.check_documents([doc]), doc.source)


def check_docx(data: bytes) -> None:
    lint = linter()
    try:
        doc = lint.read_bytes(data, "fuzz.docx")
    except DocumentError as exc:
        assert exc.problem and "\n" not in exc.problem, exc.problem
        return
    no_internal_errors(lint.check_documents([doc]), doc.source)


def check_reporters(text: str) -> None:
    lint = linter()
    result = lint.check_documents([plain_document("fuzz.txt", text), plain_document("b.md", text[::-1] or "空")])
    no_internal_errors(result, text)
    options = {"color": False, "quiet": False, "statistics": True, "output": None, "width": 80,
               "threshold": "info", "rules": {r.name: type(r) for r in result.rules}}
    for fmt, render in lint.reporters.items():
        out = render(result, dict(options))
        assert isinstance(out, (str, bytes)), fmt
        if fmt in ("json", "sarif"):
            json.loads(out)


#: inputs that once made a rule raise or the engine fail (found by this fuzzer or by the
#: pathological tests), checked in every run
REGRESSIONS = (
    "0.00－1000零",  # range-notation read 0.00 as a year (int("0.00"))
    "0.00－1900年",
    "一二三四五六七八九" * 600,  # int() of more than 4,300 digits
    "三点" + "五" * 5000 + "亿元",
    "、".join(str(i) for i in range(3000)) + "。",
    "2023年是“十四五”" + " " * 3000 + "的关键一年。",
)


@pytest.mark.parametrize("text", REGRESSIONS, ids=lambda t: repr(t[:12]))
def test_inputs_that_once_broke_a_rule(text):
    check_numerals(text)
    check_text(text)
    check_markdown(text)


TARGETS = {
    "numerals": (NUMERAL_TEXT, check_numerals, 120),
    "check_text": (TEXT, check_text, 80),
    "mutated_text": (MUTATED, check_text, 80),
    "check_markdown": (MARKDOWN, check_markdown, 100),
    "nested_markdown": (NESTED_MARKDOWN, check_markdown, 25),
    "bytes": (file_bytes(), check_bytes, 80),
    "docx": (docx_bytes(), check_docx, 15),
    "reporters": (st.one_of(TEXT, MUTATED), check_reporters, 10),
}
assert set(TARGETS) == set(SLOW_SHARE) and abs(sum(SLOW_SHARE.values()) - 1) < 1e-9


_CALLS = [0]


def _collect_now_and_then(every: int) -> None:
    """A full garbage collection every ``every`` examples (20 for .docx, 200 for the rest).

    python-docx leaves each package it opens in reference cycles holding lxml trees (C memory
    the collector does not see), and with Hypothesis's long-lived data a full collection comes
    rarely: the 100,000-input run grew to 19 GB without this.  (A ``factlint check`` of 310
    .docx files peaks at 140 MB: the ordinary collections keep up there.)"""
    _CALLS[0] += 1
    if _CALLS[0] % every == 0:
        gc.collect()


def _fuzz(name: str, examples: int):
    strategy, body, _ = TARGETS[name]

    @settings(max_examples=max(1, examples), deadline=None, print_blob=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                                     HealthCheck.large_base_example])
    @given(strategy)
    def test(value):
        _collect_now_and_then(20 if name == "docx" else 200)
        body(value)

    test.__name__ = f"test_fuzz_{name}"
    return test


for _name, (_, _, _default) in TARGETS.items():
    globals()[f"test_fuzz_{_name}"] = _fuzz(_name, _default)
    globals()[f"test_fuzz_{_name}_slow"] = pytest.mark.slow(_fuzz(_name, round(BUDGET * SLOW_SHARE[_name])))
