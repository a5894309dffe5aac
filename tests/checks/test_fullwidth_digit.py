import pytest

from _support import apply_fixes, findings, snippets

RULE = "fullwidth-digit"


@pytest.mark.parametrize("text,spans,fixed", [
    ("全市规模以上工业企业达到１２６８家，新增４７家。", ["１２６８", "４７"], "全市规模以上工业企业达到1268家，新增47家。"),
    ("旅游收入增长８７．３％。", ["８７．３％"], "旅游收入增长87.3%。"),
    ("增长3．5个百分点。", ["3．5"], "增长3.5个百分点。"),
    ("出席Ｇ２０峰会。", ["Ｇ２０"], "出席G20峰会。"),
    ("入住率87.3％，比上年提高2.1%。", ["87.3％"], "入住率87.3%，比上年提高2.1%。"),
    # a number grouped in threes is one number (as the numeral engine reads it) and one finding
    ("本年收入合计２７，２０３，３１９，０００元，结余１，０１１，０３８，０００元。",
     ["２７，２０３，３１９，０００", "１，０１１，０３８，０００"],
     "本年收入合计27,203,319,000元，结余1,011,038,000元。"),
    ("比预算数多８４６，４６５．５万元，增长３，１５４％。", ["８４６，４６５．５", "３，１５４％"],
     "比预算数多846,465.5万元，增长3,154%。"),
    # not groups of three: separate numbers, separators kept
    ("第１，２，３项和１２３４，５６７。", ["１", "２", "３", "１２３４", "５６７"], "第1，2，3项和1234，567。"),
])
def test_fullwidth_numbers_are_found_and_fixed(text, spans, fixed):
    found = findings(RULE, text)
    assert [d.snippet for d in found] == spans
    assert apply_fixes(text, found) == fixed
    assert all(d.fix is not None and d.evidence["suggested"] for d in found)


@pytest.mark.parametrize("text", [
    "全市规模以上工业企业达到1268家。",
    "增长87.3%。",
    "全文使用全角百分号：增长87.3％，下降2.1％。",  # a document that writes ％ throughout
    "ＡＢＣ公司（全角字母，不是数字）。",
    "第一，全面推进；第二，重点突破。",
])
def test_halfwidth_and_consistent_percent_are_fine(text):
    assert findings(RULE, text) == []


def test_percent_sign_option():
    from factlint.config import Settings
    from factlint.documents import plain_document
    from factlint.engine import Linter

    text = "增长87.3％，下降2.1％。"
    for mode, expected in (("always", 2), ("mixed", 0), ("never", 0)):
        linter = Linter(Settings(select=[RULE], rule_options={RULE: {"percent_sign": mode}}), load_entrypoints=False)
        assert len(linter.check_documents([plain_document("t.txt", text)]).diagnostics) == expected, mode
    linter = Linter(Settings(select=[RULE], rule_options={RULE: {"percent_sign": "never"}}), load_entrypoints=False)
    assert len(linter.check_documents([plain_document("t.txt", "增长８７％，约2%。")]).diagnostics) == 1


def test_message_names_written_and_fixed_form():
    (d,) = findings(RULE, "共有１２６家。")
    assert d.message == "数字“１２６”使用了全角字符，应写作“126”"
    assert (d.location.column, d.location.end_column) == (3, 6)


def test_grouped_number_is_the_number_the_engine_reads():
    from factlint.numerals import extract

    text = "全年收入总数３０，３５７，９７６，０００元。"
    (found,) = findings(RULE, text)
    (q,) = [q for q in extract(text) if q.kind == "money"]
    assert (found.start, found.end) == (q.start, q.end - 1)  # the figure without its unit 元
    assert found.evidence["suggested"] == "30,357,976,000"


@pytest.mark.parametrize("text", [
    "增长８７．３％，其中Ｇ２０峰会１２６８家，87.3％与2.1%，２７，２０３，３１９，０００元。",
    "１２３４５６７８９０．５％％．．１",
    "无全角数字的句子。",
    "ＡＢ１ｃ２．3％，4．５，６",
])
def test_numbers_read_around_the_fullwidth_places_are_all_the_numbers_holding_one(text):
    """The runs read from the places of the full-width characters give every number of the
    whole-text scan that holds one, and only those."""
    from factlint.checks.usage.fullwidth_digit import _FW_NUMBER_CHARS, _NUMBER, _numbers_with_fullwidth

    want = [m.span() for m in _NUMBER.finditer(text) if not _FW_NUMBER_CHARS.isdisjoint(m.group())]
    assert [m.span() for m in _numbers_with_fullwidth(text)] == want
