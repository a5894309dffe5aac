"""The claim model's fast paths (speed work) give the roles the plain searches gave."""

from factlint.claims import analyse_text


def _roles(text):
    return [(f.text, f.role, f.marker) for f in analyse_text(text).figures]


def test_average_or_total_search_keeps_the_order_of_the_two():
    # an average word wins over a total word before it (the average is looked for first)
    assert _roles("全市总计人均可支配收入3.2万元。") == [("3.2万元", "average", "人均")]
    assert _roles("共有人均住房面积32平方米。") == [("32平方米", "average", "人均")]
    # an average word with neither 均 nor 每 (亩产), and a total word alone
    assert _roles("粮食亩产达到520公斤，合计产量18.6万吨。") == [
        ("520公斤", "average", "亩产"), ("18.6万吨", "total", "合计")]
    assert _roles("其中累计完成投资12亿元。") == [("12亿元", "total", "累计")]
    # neither word: a count or a level by its unit
    assert _roles("全市有幼儿园31所，资产12亿元。") == [("31所", "count", ""), ("12亿元", "level", "")]


def test_change_verb_searched_near_the_end_still_sees_what_is_before():
    # 新增 is no change, though the search starts after 新 (its look-behind sees it)
    assert _roles("全年新增就业1.2万人。") == [("1.2万人", "count", "")]
    # the longest verbs with 了/为 and 超过 after them
    assert _roles("工业增加值比上年增长了约12.5%，税收收入提高为超过8.1%。") == [
        ("12.5%", "change", ""), ("8.1%", "change", "")]
    assert _roles("一般公共预算收入比上年净增超过3亿元。") == [("3亿元", "change", "")]
