import pytest

from _support import apply_fixes, findings, snippets

RULE = "redundant-approximation"


@pytest.mark.parametrize("text,span", [
    ("全市接待游客约2800万人次左右。", "约2800万人次左右"),
    ("帮助约2.3万人左右实现就业。", "约2.3万人左右"),
    ("五一假期接待游客超过180万人次以上。", "超过180万人次以上"),
    ("大约30岁上下的年轻人。", "大约30岁上下"),
    ("参会代表近300多人。", "近300多"),
    ("服务期限至少5年以上。", "至少5年以上"),
    ("失业率不到10%左右。", "不到10%左右"),
    ("约有三成左右的企业开展了数字化改造。", "约有三成左右"),
    ("约50家企业左右参展。", "约50家企业左右"),
    ("已建成近3年多。", "近3年多"),
    ("全县有１２０余名左右干部下沉。", "１２０余名左右"),
    ("大约十三个百分点左右。", "大约十三个百分点左右"),
])
def test_two_markers_on_one_figure(text, span):
    assert snippets(RULE, text) == [span]


@pytest.mark.parametrize("text", [
    "全市接待游客约2800万人次。",
    "全市接待游客2800万人次左右。",
    "超过180万人次。",
    "能耗降低2.5%左右。",
    "1300多名干部参与帮扶。",
    "全年节约资金3万元左右。",           # 节约 is not 约
    "最近3年以上的数据。",               # 最近 is not 近
    "约3000人上下班高峰期。",            # 上下班 is a word
    "约5亿元用于以上项目。",             # 以上 here means "the above"
    "共计约3万人多次参与。",             # 多次 is a word
    "增长11.3%，低于13%左右的预期目标。",  # comparison with an approximate target
    "约3万至5万人。",
    "森林覆盖率达到26.3%，比上年提高0.5个百分点以上。",
])
def test_one_marker_or_none_is_fine(text):
    assert findings(RULE, text) == []


def test_same_kind_markers_get_a_fix_that_drops_the_second():
    text = "全市接待游客约2800万人次左右，超过180万人次以上。"
    found = findings(RULE, text)
    assert [d.evidence["markers"] for d in found] == [["约", "左右"], ["超过", "以上"]]
    assert apply_fixes(text, found) == "全市接待游客约2800万人次，超过180万人次。"
    assert all("同一数字只用一个概数词" in d.message for d in found)


def test_opposite_markers_have_no_fix_and_say_they_contradict():
    (d,) = findings(RULE, "参会代表近300多人。")
    assert d.fix is None
    assert d.evidence == {"figure": "300多人", "markers": ["近", "多"], "kinds": ["less", "more"]}
    assert "矛盾" in d.message and "“近”表示不足" in d.message


def test_lexicons_come_from_the_packs():
    from _support import linter

    k = linter(RULE).knowledge
    assert "约" in k.words("redundant-approx-prefix-about")
    assert "节约" in k.words("redundant-approx-not-prefix")


def test_two_markers_in_a_row_after_the_figure():
    from _support import findings as _f

    (d,) = _f("redundant-approximation", "参加培训的人数达到5000人左右以上。")
    assert d.evidence["markers"] == ["左右", "以上"] and d.evidence["figure"] == "5000人"
    (d,) = _f("redundant-approximation", "预计增长30%以上左右。")
    assert d.evidence["markers"] == ["以上", "左右"]
    # with a prefix too: one finding for the figure
    assert len(_f("redundant-approximation", "约5000人左右以上。")) == 1
    # not stacked markers: a clause break, or words that merely start with a marker
    assert _f("redundant-approximation", "5000人以上，左右两侧各设通道。") == []
    assert _f("redundant-approximation", "全市3000人以上下岗职工实现再就业。") == []
    assert _f("redundant-approximation", "左右以上各项都要落实。") == []


def test_at_least_before_the_verb_phrase_and_yishang_after():
    """每晚至少安排警力120人以上: 至少 says "at least" of the verb phrase the figure ends, so 以上 is a
    second marker of the figure (held-out phrasing, written blind); the fix keeps 至少."""
    (d,) = findings(RULE, "为保障安全，县公安局每晚至少安排警力120人以上，确保群众安全。")
    assert d.evidence["markers"] == ["至少", "以上"] and d.fix.description == "删去“以上”：至少安排警力120人"
    assert findings(RULE, "每晚至少安排警力120人，确保群众安全。") == []
    assert findings(RULE, "最少的一年投入300万元以上。") == []  # (最少 of a year, the least one)
    assert findings(RULE, "至少要有一半的村投入300万元以上。") == []  # (的 between: another phrase)
