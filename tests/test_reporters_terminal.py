"""The terminal report: the underline sits exactly under the span although Chinese characters take
two columns; long paragraphs are windowed; related lines are shown; plain text without colour."""

from __future__ import annotations

import re
import unicodedata

import pytest

from factlint import Rule, Severity
from factlint.config import Settings
from factlint.documents import plain_document
from factlint.engine import Linter
from factlint.reporters.terminal import cell_len, char_width, render, window

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(text: str, select=("fullwidth-digit", "redundant-approximation"), path="draft.txt", extra=None):
    linter = Linter(Settings(select=list(select)), load_entrypoints=False)
    if extra:
        linter.rule_classes[extra.name] = extra
        linter.settings.select = [extra.name]
    return linter.check_documents([plain_document(path, text)])


def caret_columns(report: str) -> list[tuple[str, int, int]]:
    """(source line shown, display column where the underline starts, its width) per snippet."""
    lines = report.splitlines()
    out = []
    for i, line in enumerate(lines):
        if "^" in line and "│" in line and i > 0:
            src = lines[i - 1]
            bar = src.index("│")
            assert line.index("│") == bar
            shown = src[bar + 2 :]
            start = cell_len(line[: line.index("^")]) - cell_len(line[: bar + 2])
            width = line.count("^")
            out.append((shown, start, width))
    return out


def test_display_width_matches_rich():
    from rich.cells import cell_len as rich_cell_len

    samples = ["全市地区生产总值", "１２６８家", "87.3%", "“左右”", "（星期一）", "a\u0301b", "Ｇ２０峰会", "，。；：！？",
               "〇一二", "emoji🙂", "\u3000全角空格", "ｶﾀｶﾅ", "한국어", "ー・"]
    for s in samples:
        assert cell_len(s) == rich_cell_len(s), s
    assert char_width("中") == 2 and char_width("a") == 1 and char_width("\u0301") == 0


@pytest.mark.parametrize("text", [
    "共有１２６家企业。",
    "全市接待游客约2800万人次左右，比上年增长12.5%。",
    "ab中文cd约300人左右ef。",
    "\t缩进的段落，共有１２家。",  # a tab is drawn as one cell
])
def test_underline_sits_under_the_span(text):
    result = run(text)
    report = render(result, {"color": False})
    carets = caret_columns(report)
    assert len(carets) == len(result.diagnostics) >= 1
    for (shown, start, width), d in zip(carets, result.diagnostics):
        # the shown line, cut at the underline start, has exactly that many cells before the span
        prefix = d.snippet
        i = shown.index(prefix)
        assert cell_len(shown[:i]) == start, (shown, start)
        assert cell_len(prefix) == width


def test_long_paragraphs_are_windowed_around_the_span():
    text = "。".join(["全市经济运行总体平稳，主要指标好于预期"] * 20) + "，共有１２６家企业，" + "。".join(["民生保障持续加强"] * 20)
    result = run(text)
    report = render(result, {"color": False, "width": 80})
    (shown, start, width) = caret_columns(report)[0]
    assert shown.startswith("…") and shown.endswith("…")
    assert cell_len(shown) <= 80
    assert shown[shown.index("１２６") - 0 :].startswith("１２６")
    assert cell_len(shown[: shown.index("１２６")]) == start and width == 6


def test_window_keeps_short_lines_whole():
    assert window("短句。", 0, 2, 40) == ("短句。", 0, 4)
    shown, pad, marks = window("甲" * 100, 50, 52, 30)
    assert cell_len(shown) <= 30 and marks == 4 and shown[0] == "…"


def test_report_layout_groups_by_file_and_summarises():
    linter = Linter(Settings(select=["fullwidth-digit", "redundant-approximation"]), load_entrypoints=False)
    docs = [plain_document("b.txt", "共有１２６家。\n约300人左右。\n"), plain_document("a.txt", "约5万人左右。")]
    result = linter.check_documents(docs)
    out = render(result, {"color": False})
    lines = out.splitlines()
    assert lines[0] == "a.txt"
    assert "  a.txt:1:1  warning  redundant-approximation  “约5万人左右”中“约”与“左右”都表示约数，同一数字只用一个概数词" in lines
    b = lines.index("b.txt")  # a header per file, in path order, each followed by its findings
    assert b > 0 and all(l.startswith("  b.txt:") for l in lines[b + 1 :] if l.startswith("  ") and ".txt:" in l)
    assert "    可修复：删去“左右”：约5万人" in lines
    table = lines[lines.index(next(l for l in lines if l.startswith("规则"))):]
    assert table[0].split() == ["规则", "级别", "条数", "可修复"]
    assert table[2].split() == ["redundant-approximation", "warning", "2", "2"]
    assert lines[-1] == "✗ 检查了 2 个文件，发现 3 处问题：0 个错误，3 个警告，0 条提示。"
    assert not ANSI.search(out)


class WithRelated(Rule):
    """Points at an earlier line."""

    name = "house.related"
    severity = Severity.ERROR

    def check(self, ctx):
        a = ctx.text.index("6个")
        b = ctx.text.index("7个")
        yield self.report(ctx, b, b + 2, "与前文“6个”不一致", related=[(ctx, a, a + 2)])


def test_related_locations_are_shown_with_their_lines():
    text = "昭通市有6个贫困县。\n\n后来，昭通市7个贫困县全部摘帽。\n"
    result = run(text, extra=WithRelated)
    out = render(result, {"color": False})
    assert "    ↳ 相关：draft.txt:1:5" in out.splitlines()
    carets = caret_columns(out)
    assert [c[0] for c in carets] == ["后来，昭通市7个贫困县全部摘帽。", "昭通市有6个贫困县。"]
    assert carets[0][1] == cell_len("后来，昭通市") and carets[1][1] == cell_len("昭通市有")


def test_colour_output_uses_ansi_and_the_same_text():
    result = run("共有１２６家企业。")
    plain = render(result, {"color": False})
    colored = render(result, {"color": True, "width": 100})
    assert ANSI.search(colored)
    assert ANSI.sub("", colored).splitlines() == plain.splitlines()


def test_quiet_is_one_line_per_finding():
    result = run("共有１２６家企业，约300人左右。")
    out = render(result, {"color": False, "quiet": True})
    assert out.splitlines() == [
        "draft.txt:1:3: warning fullwidth-digit 数字“１２６”使用了全角字符，应写作“126”",
        "draft.txt:1:10: warning redundant-approximation “约300人左右”中“约”与“左右”都表示约数，同一数字只用一个概数词",
    ]


def test_nothing_found():
    out = render(run("没有问题。"), {"color": False})
    assert out.strip() == "✓ 检查了 1 个文件，没有发现问题。"


# -- the fast paths measure exactly as the per-character definitions ---------------------------
from hypothesis import given, settings, strategies as st  # noqa: E402

from factlint.reporters import terminal  # noqa: E402


def _ranges(spec: str) -> list[tuple[int, int]]:
    pairs, i = [], 0
    while i < len(spec):
        lo = spec[i]
        if i + 2 < len(spec) and spec[i + 1] == "-":
            pairs.append((ord(lo), ord(spec[i + 2])))
            i += 3
        else:
            pairs.append((ord(lo), ord(lo)))
            i += 1
    assert pairs
    return pairs


def test_wide_ranges_are_two_cells_and_printable_ranges_printable():
    for lo, hi in _ranges(terminal.WIDE_RANGES):
        assert all(char_width(chr(o)) == 2 for o in range(lo, hi + 1)), hex(lo)
    for lo, hi in _ranges(terminal.PRINTABLE_RANGES):
        assert all(chr(o).isprintable() for o in range(lo, hi + 1)), hex(lo)


def _slow_window(line: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """The window of a short line, one character at a time (the definition the fast path keeps)."""
    def printable(text):
        return "".join(c if c.isprintable() or char_width(c) == 0 and c not in "\t\r\n" else " " for c in text)

    def cells(text):
        return sum(char_width(c) for c in text)

    reach = 2 * max(width, 1)
    if len(line) > 2 * reach + (end - start):  # a long line: the part that can be shown (as window)
        lo, hi = max(0, start - reach), min(len(line), max(start, end) + reach)
        shown, pad, marks = _slow_window(line[lo:hi], start - lo, end - lo, width)
        if lo > 0 and not shown.startswith("…"):
            shown, pad = "…" + shown, pad + 1
        if hi < len(line) and not shown.endswith("…"):
            shown += "…"
        return shown, pad, marks
    line = printable(line)
    start = max(0, min(start, len(line)))
    end = max(start, min(end, len(line)))
    span = cells(line[start:end])
    if cells(line) <= width:
        return line, cells(line[:start]), max(1, span)
    budget = max(width - min(span, width) - 2, 0)
    left = budget // 3 if end < len(line) else budget
    a, used = start, 0
    while a > 0 and used + char_width(line[a - 1]) <= left:
        used += char_width(line[a - 1])
        a -= 1
    b, used_r = end, 0
    while b < len(line) and used_r + char_width(line[b]) <= budget - used:
        used_r += char_width(line[b])
        b += 1
    while a > 0 and used + used_r + char_width(line[a - 1]) <= budget:
        used += char_width(line[a - 1])
        a -= 1
    shown = line[a:b]
    if span > width:
        shown = line[a:start] + terminal._cut(line[start:end], width - 1)
        b = len(line)
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(line) else ""
    return prefix + shown + suffix, cells(prefix) + cells(line[a:start]), max(1, min(span, width))


_TEXT = st.text(alphabet=st.sampled_from(list("增长5%。，“”年ab \u3000\t\x01\u0301\u200b１２ｱ〇㐀\U00020000é—…")), max_size=120)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 130), st.integers(0, 20), st.integers(1, 60))
def test_cell_len_and_window_match_the_per_character_definition(text, start, length, width):
    assert cell_len(text) == sum(char_width(c) for c in text)
    assert window(text, start, start + length, width) == _slow_window(text, start, start + length, width)
