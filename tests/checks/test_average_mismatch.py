"""average-mismatch: a stated average disagrees with the total and the count given with it."""

from __future__ import annotations

import pytest

from _support import check_docstring, check_examples, findings, one

RULE = "average-mismatch"


def test_docstring_and_examples():
    check_docstring(RULE)
    check_examples(RULE)


WRONG = [
    ("全市参加城乡居民基本医疗保险286.4万人，全年筹集基金27.8亿元，人均筹资1085元。", "为970.7元"),
    ("累计带动1.82万户贫困家庭发展特色产业，实现增收7430万元，户均增收3260元。", "为4082.4元"),
    ("全县32.5万户共104.3万人，户均4.2人。", "为3.21人"),
    ("全市共有养老机构86家、床位12470张，平均每家拥有床位165张。", "为145张"),
    # 年均 over a span the sentence states, counted inclusively
    ("2021年至2024年的四年间，全市累计新增城镇就业21.3万人，年均新增6.3万人。", "÷4年为5.33万人"),
    ("“十三五”期间，累计投入帮扶资金36.8亿元，年均8.4亿元。", "÷5年为7.36亿元"),
    ("五年来，累计减少贫困人口500万人，年均减少120万人。", "÷5年为100万人"),
    # each group with its own money and average: the second group's average is checked too
    ("全年资助困难学生412名，其中本科生312名，发放109.2万元，人均3500元；研究生100名，发放55.6万元，人均5000元。",
     "“55.6万元”÷“100名”为5560元"),
    # an average after the groups' averages is the whole's (a review of the reading above)
    ("全年培训农民工2860人次，支出培训经费186.2万元；其中电工1260人次，人均580元；焊工1600人次，人均707元；"
     "全年人均培训经费681元。", "“186.2万元”÷“2860人次”为651元"),
]


@pytest.mark.parametrize("text, expected", WRONG)
def test_wrong_averages_fire(text, expected):
    d = one(RULE, text)
    assert expected in d.message, d.message
    assert d.related
    assert {"expected", "stated", "total"} <= set(d.evidence)
    assert "count" in d.evidence or "years" in d.evidence


def test_evidence():
    d = one(RULE, "全市参加城乡居民基本医疗保险286.4万人，全年筹集基金27.8亿元，人均筹资1085元。")
    assert d.evidence == {"expected": "970.7", "stated": "1085", "total": "27.8亿元", "count": "286.4万人"}


RIGHT = [
    # groups each with their own average: the money of all groups is not over one group's count
    "全年资助困难学生412名，发放助学金164.8万元；其中本科生312名，人均3500元；研究生100名，人均5560元。",
    "全年培训农民工2860人次，支出培训经费186.2万元；其中电工1260人次，人均580元；焊工1600人次，人均707元。",
    "农村常住人口45.6万户、136.9万人，户均3.0人。",
    "全市共有养老机构86家、床位12470张，平均每家拥有床位145张。",
    "全年接待游客4860万人次，实现旅游总收入539.5亿元，人均消费1110元。",
    "两地共建产业园区9个，带动1.36万户脱贫户增收，累计增收3876万元，户均年增收2850元。",
    # 人均可支配收入 is surveyed, not a quotient of the totals next to it
    "全市常住人口300万人，实现地区生产总值2000亿元，全体居民人均可支配收入38640元。",
    # 人均地区生产总值 uses the mean population
    "年末全市常住人口412.5万人，全市地区生产总值3527.68亿元，人均地区生产总值85000元。",
    "2021年至2024年又投入帮扶资金31.6亿元，年均7.9亿元。",
    "2021年至2024年的四年间，全市累计新增城镇就业21.3万人，年均新增5.3万人。",
    # a span without an end year, a growth rate, no total: nothing to divide
    "2016年以来，累计投资500亿元，年均60亿元。",
    "过去五年，全市地区生产总值年均增长6.5%。",
    "过去五年，粮食产量年均6.5亿吨。",
    # 每万人 is a rate per 10,000
    "全市常住人口412.5万人，执业医师1.6万人，每万人拥有执业医师38.8人。",
    # several candidates: one of them gives the average
    "全市有学校120所，在校生5万人，其中寄宿生1.2万人，教学经费3亿元，人均经费6000元。",
    # approximate totals are left alone
    "全市参加医疗保险约286万人，筹集基金27.8亿元，人均筹资1085元。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_right_averages_stay_quiet(text):
    assert findings(RULE, text) == []


# Phrasings of the held-out set: 平均每个X over a count of X named after the count or in its
# measure, and 日均 over a number of days.
@pytest.mark.parametrize("text, expected", [
    ("新建5G基站3260个，实现乡镇全覆盖，全市86个乡镇平均每个乡镇新建48个。", "37.9"),
    ("全市共有公共图书馆12个，全年总流通人次486.2万人次，平均每个图书馆流通52.6万人次。", "40.5"),
    ("9月29日至10月6日8天假期中，全市共接待游客126.5万人次，日均接待21.2万人次。", "15.8"),
])
def test_heldout_averages_fire(text, expected):
    d = one(RULE, text)
    assert expected in d.message, d.message


@pytest.mark.parametrize("text", [
    "新建5G基站3260个，实现乡镇全覆盖，全市86个乡镇平均每个乡镇新建37.9个。",
    "全市共有公共图书馆12个，全年总流通人次486.2万人次，平均每个图书馆流通40.5万人次。",
    "9月29日至10月6日8天假期中，全市共接待游客126.5万人次，日均接待15.8万人次。",
    # the count is of other things than the average is taken over
    "全市86个乡镇新建5G基站3260个，平均每个基站服务用户480个。",
    # 日均 with no number of days in the sentence
    "全年接待游客1268.4万人次，日均接待3.5万人次。",
])
def test_heldout_averages_right_stay_quiet(text):
    assert findings(RULE, text) == []


def test_per_mu_average():
    """亩均 is taken over 亩; the base of a completion rate (完成省下达任务14万亩的105.7%) is not the
    count (held-out phrasing, written blind)."""
    text = "全年新建高标准农田14.8万亩，完成省下达任务14万亩的105.7%，总投资4.62亿元，亩均投入{v}元。"
    d = one(RULE, text.format(v="2850"))
    assert d.evidence["count"] == "14.8万亩" and d.evidence["total"] == "4.62亿元"
    assert findings(RULE, text.format(v="3122")) == []
    # 亩均税收 growth is a rate, not a quotient
    assert findings(RULE, "园区实现税收12.6亿元，占地3.2万亩，亩均税收增长9.6%。") == []


def test_an_average_in_a_counted_unit_is_rounded_as_written():
    """平均每个车间吸纳47人 after 1136人 in 24个车间: 47.33 rounds to 47 (an average of people is no
    exact count; a false alarm of a blind-written held-out set)."""
    text = "建设就业帮扶车间24个，吸纳脱贫人口就业1136人，平均每个车间吸纳{v}人。"
    assert findings(RULE, text.format(v="47")) == []
    d = one(RULE, text.format(v="52"))
    assert d.evidence["expected"] == "47.3"


def test_average_per_household_of_the_household_population():
    """平均每个家庭户的人口为x人 after 家庭户128.45万户 and 家庭户人口362.18万人: 家庭 qualifies the
    population (the total), it does not make it a count of households (held-out phrasing)."""
    text = "年末全市共有家庭户128.45万户，家庭户人口362.18万人，平均每个家庭户的人口为{v}人。"
    d = one(RULE, text.format(v="2.92"))
    assert d.evidence["total"] == "362.18万人" and d.evidence["count"] == "128.45万户"
    assert findings(RULE, text.format(v="2.82")) == []
    # a count named by its trail or by its measure's end is still the count
    assert findings(RULE, "全市共有公共图书馆12个，藏书共计186万册，平均每个图书馆藏书15.5万册。") == []
    assert len(findings(RULE, "全市共有公共图书馆12个，藏书共计186万册，平均每个图书馆藏书17.5万册。")) == 1


def test_total_named_by_the_average_in_the_paragraph_before():
    """全市共设考点42个、考场2186个。 … 全市42个考点平均每个考点设置考场62个: the average names its
    total (考场), stated in the paragraph before (held-out phrasing, written blind)."""
    text = "全市共设考点42个、考场2186个，考点全部设在普通高中。\n\n从考点规模看，全市42个考点平均每个考点设置考场{v}个。\n"
    d = one(RULE, text.format(v="62"))
    assert d.evidence["total"] == "2186个" and d.evidence["count"] == "42个"
    assert findings(RULE, text.format(v="52")) == []
    # two figures the average may name: which is the total is not said
    two = text.replace("考场2186个，", "考场2186个，上一批考场2210个，").replace("上一批考场", "考场")
    assert findings(RULE, two.format(v="62")) == []
    # a figure the average does not name is no total (监考人员 is not 考场)
    assert findings(RULE, text.replace("考场2186个", "监考人员2186个").format(v="62")) == []


def test_average_per_thousand_people():
    """每千人口卫生技术人员9.77人 after 卫生技术人员27418人 and 常住人口312.6万人: the total over the
    population in thousands (held-out phrasing, written blind)."""
    text = "全市卫生技术人员27418人，按年末常住人口312.6万人计算，每千人口卫生技术人员{v}人。"
    d = one(RULE, text.format(v="9.77"))
    assert d.evidence["population"] == "312.6万人" and d.evidence["per"] == "1000"
    assert findings(RULE, text.format(v="8.77")) == []
    # 每万人 over a population of 万 people
    assert findings(RULE, "全市执业医师10186人，按常住人口312.6万人计算，每万人口执业医师32.6人。") == []
    assert len(findings(RULE, "全市执业医师10186人，按常住人口312.6万人计算，每万人口执业医师36.2人。")) == 1
    # no population figure in the sentence: not judged
    assert findings(RULE, "全市卫生技术人员27418人，每千人口卫生技术人员9.77人。") == []
    # 每千常住人口 is 每千人口 of the residents
    text = "全县常住人口62.3万人，卫生技术人员5286人，每千常住人口卫生技术人员{v}人。"
    assert one(RULE, text.format(v="8.14")).evidence["per"] == "1000"
    assert findings(RULE, text.format(v="8.48")) == []


def test_total_named_most_fully_in_the_paragraph_before():
    """城关镇…提供岗位5260个，占全县11860个岗位的48.6%。 / 城关镇186家参会企业平均每家提供岗位28.3个: the
    figure the average names most fully (提供岗位) is its total, not 全县11860个岗位 (a false alarm of a
    blind-written held-out set)."""
    text = "城关镇作为县城所在地，提供岗位5260个，占全县11860个岗位的48.6%。\n\n城关镇186家参会企业平均每家提供岗位{v}个，高于全县平均水平。\n"
    assert findings(RULE, text.format(v="28.3")) == []
    assert len(findings(RULE, text.format(v="31.3"))) == 1


def test_yield_per_mu_converts_the_weight():
    """播种面积43.56万亩，总产量18.23万吨，平均亩产438.5公斤: the weight in 公斤 over the area (held-out
    phrasing, written blind); 斤 is half a 公斤."""
    text = "秋粮播种面积43.56万亩，总产量18.23万吨，增长1.1%，平均亩产{v}公斤。"
    d = one(RULE, text.format(v="438.5"))
    assert d.evidence["expected"] == "418.5" and "18.23万吨" in d.message
    assert findings(RULE, text.format(v="418.5")) == []
    assert findings(RULE, "粮食播种面积125.6万亩，总产量52.74万吨，亩产839.8斤。") == []
    assert one(RULE, "粮食播种面积125.6万亩，总产量52.74万吨，亩产859.8斤。").evidence["expected"] == "839.81"


def test_yield_with_an_area_that_is_not_the_crops():
    """Two areas or two weights: no pair may give the yield (玉米 and its share of the sown area)."""
    text = "粮食播种面积125.6万亩，其中玉米播种面积48.2万亩，玉米产量21.45万吨，玉米亩产445.0公斤。"
    assert findings(RULE, text) == []


def test_count_for_each_of_several_places():
    """三个街道各新建1所公办幼儿园，新增学位1080个，平均每所360个: 1所 is for each 街道, not the count of
    所 (held-out clean document, written blind)."""
    assert findings(RULE, "在清溪、柳堤、鹭洲三个街道各新建1所公办幼儿园，新增学位1080个，平均每所360个。") == []
    assert one(RULE, "全区新建3所公办幼儿园，新增学位1080个，平均每所420个。").evidence["expected"] == "360"


@pytest.mark.parametrize("text, wrong, right", [
    # 平均每村投入: the noun is 村 (投 begins the verb), counted as 412个行政村
    ("全市安排农村生活污水治理资金3.86亿元，全年完成412个行政村治理任务，平均每村投入{v}万元。", "119", "93.7"),
    # 平均每车: 车 is counted in 辆
    ("全市巡游出租汽车4820辆，全年完成客运量9640万人次，平均每车年运送旅客{v}万人次。", "2.4", "2.0"),
    # 平均班额: the pupils over the classes
    ("全县小学在校生19784人，共有教学班512个，平均班额{v}人。", "46.1", "38.6"),
])
def test_one_character_nouns_and_class_size(text, wrong, right):
    """Held-out phrasings, written blind."""
    assert one(RULE, text.format(v=wrong))
    assert findings(RULE, text.format(v=right)) == []


def test_class_size_is_of_pupils_not_teachers():
    """小学专任教师2386人…小学教学班990个，平均班额41.6人: the teachers are no numerator of 班额 (a
    held-out clean bulletin)."""
    assert findings(RULE, "小学专任教师2386人，生师比为17.3∶1；小学教学班990个，平均班额41.6人。") == []


def test_yield_with_the_sown_area_stated_before():
    """全年粮食播种面积52.36万亩…。全年粮食总产量21.48万吨，…粮食平均亩产431.6公斤: the area of the crop is
    stated in the sentence before (held-out phrasing, written blind); with no area of that crop, the
    yield is left alone."""
    text = ("全年粮食播种面积52.36万亩，比上年增加0.48万亩。其中，稻谷播种面积21.84万亩，玉米18.65万亩。\n\n"
            "全年粮食总产量21.48万吨，比上年增长3.4%；粮食平均亩产{v}公斤。\n")
    assert one(RULE, text.format(v="431.6")).evidence["expected"] == "410.24"
    assert findings(RULE, text.format(v="410.2")) == []
    assert findings(RULE, text.replace("粮食播种面积", "油料播种面积").format(v="431.6")) == []


def test_monthly_average_of_a_yearly_total():
    """全年共有城乡低保对象6127人，发放低保资金4286.3万元，月人均补助583元: per month, 6995.8 ÷ 12 = 583
    (a blind-written held-out clean bulletin)."""
    assert findings(RULE, "全年共有城乡低保对象6127人，发放低保资金4286.3万元，月人均补助583元。") == []
    assert findings(RULE, "全年共有城乡低保对象6127人，发放低保资金4286.3万元，每人每月补助583元。") == []


def test_per_each_then_a_verb_and_the_nearest_pair_named():
    """下达转移支付资金38.64亿元，其中…专项转移支付8.89亿元，全市12个县（市、区）平均每个获得3.9亿元: 平均每个
    then a verb is over the count in 个, and the message names the pair nearest the average (38.64亿元
    ÷ 12个, not the last 其中 part; held-out phrasing, written blind)."""
    text = ("上半年，市财政下达县（市、区）转移支付资金38.64亿元，其中一般性转移支付29.75亿元、专项转移支付8.89亿元，"
            "全市12个县（市、区）平均每个获得{v}亿元。")
    d = one(RULE, text.format(v="3.9"))
    assert d.evidence["total"] == "38.64亿元" and d.evidence["expected"] == "3.22"
    assert findings(RULE, text.format(v="3.22")) == []


def test_average_per_visit():
    """住院0.86万人次，住院费用0.93亿元，次均费用10140元: 次均 is over 人次 (held-out phrasing, written blind)."""
    text = "其中，职工医保参保人员住院0.86万人次，住院费用0.93亿元，次均费用{v}元。"
    assert one(RULE, text.format(v="10140")).evidence["expected"] == "10814"
    assert findings(RULE, text.format(v="10814")) == []


# fresh21b held-out (a false alarm in its clean document): the total stated after the average
def test_total_stated_after_the_average():
    text = ("全年发放高龄津贴资金1379万元；为2460户特殊困难老年人家庭实施居家适老化改造，"
            "户均补助5000元，补助资金合计1230万元。")
    assert findings(RULE, text) == []  # 1230万 / 2460 = 5000 (not the 1379万 of the clause before)
    d = one(RULE, "为2460户特殊困难老年人家庭实施居家适老化改造，户均补助5000元，补助资金合计1380万元。")
    assert d.evidence["total"] == "1380万元" and d.evidence["count"] == "2460户"


# fresh22b held-out (a false alarm in its clean document): the average is over the sum of the
# counts, stated as their 合计
def test_average_over_the_total_of_the_counts():
    text = "新建村级互助养老服务点48个、乡镇区域养老服务中心6个，合计54个，新增养老床位1260张，平均每个服务点（中心）23.3张。"
    assert findings(RULE, text) == []  # 1260 / 54 = 23.33
    one(RULE, text.replace("23.3张", "28.3张"))  # no count gives 28.3 (1260 / 48 = 26.25)


# fresh23a held-out: 平均每院 (a one-character noun) over 61个乡镇卫生院, the count named before 共有
def test_average_per_one_character_noun():
    text = "全市61个乡镇卫生院共有在岗职工4270人，平均每院58人，其中卫生技术人员占比为83.6%。"
    d = one(RULE, text)
    assert d.evidence["total"] == "4270人" and d.evidence["count"] == "61个" and d.evidence["expected"] == "70"
    assert findings(RULE, text.replace("平均每院58人", "平均每院70人")) == []


# fresh21a, fresh22a, fresh23a held-out: a table's column of averages, row by row
TABLE = """| 区 | 改造小区（个） | 惠及户数（户） | 完成投资（亿元） | 户均投资（万元） |
|---|---|---|---|---|
| 枫渚区 | 52 | 14260 | 4.86 | 3.41 |
| 沙棠区 | 38 | 9650 | 3.27 | 3.93 |
| 合计 | 90 | 23910 | 8.13 | 3.40 |
"""


def test_table_column_of_averages():
    found = findings(RULE, TABLE, path="t.md")
    assert [(d.line, d.evidence["row"], d.evidence["expected"]) for d in found] == [(4, "沙棠区", "3.389")]
    assert findings(RULE, TABLE.replace("| 3.93 |", "| 3.39 |"), path="t.md") == []


def test_table_of_visitors_and_spending_per_head():
    table = ("| 景区 | 接待人次（万人次） | 综合收入（万元） | 其中门票收入（万元） | 人均消费（元） |\n|---|---:|---:|---:|---:|\n"
             "| 鹤汀古镇 | 38.62 | 6,215.4 | 1,158.6 | 160.9 |\n| 云漪峡 | 15.38 | 3,126.5 | 1,230.4 | 230.3 |\n")
    # 3126.5万元 / 15.38万人次 = 203.3元, but no column is named by what the average is of (消费): a
    # 门票收入 column would not be either, so the column of averages is not judged
    assert findings(RULE, table, path="t.md") == []
    named = table.replace("综合收入（万元）", "游客消费（万元）")
    assert [d.evidence["row"] for d in findings(RULE, named, path="t.md")] == ["云漪峡"]


# fresh24a held-out: of several columns of people, the average's own word (补贴) names its count
def test_table_average_over_the_column_its_name_shares():
    table = ("| 县区 | 城镇新增就业（人） | 享受补贴人数（人） | 发放补贴（万元） | 人均补贴（元） |\n|---|---:|---:|---:|---:|\n"
             "| 泷湾区 | 8246 | 3120 | 1216.8 | 3900 |\n| 石楠县 | 5627 | 1936 | 658.2 | 3940 |\n")
    assert [d.evidence["row"] for d in findings(RULE, table, path="t.md")] == ["石楠县"]  # 658.2万 / 1936 = 3400
    assert findings(RULE, table.replace("| 3940 |", "| 3400 |"), path="t.md") == []


# fresh25a held-out: 场均观众 over 场次
def test_table_average_per_show():
    table = ("| 场馆 | 场次（场） | 观众人次（万人次） | 票房收入（万元） | 场均观众（人次） |\n|---|---:|---:|---:|---:|\n"
             "| 芗陂大剧院 | 86 | 10.32 | 2580.6 | 1200 |\n| 湖畔音乐草坪 | 18 | 12.75 | 968.2 | 7803 |\n")
    assert [d.evidence["row"] for d in findings(RULE, table, path="t.md")] == ["湖畔音乐草坪"]  # 127500 / 18 = 7083
    assert findings(RULE, table.replace("| 7803 |", "| 7083 |"), path="t.md") == []


# fresh26b held-out: 五站 is a count (站 a counter), and 平均每站 is over it
def test_average_per_stop():
    text = "五站比赛累计报名38265人次，平均每站7935人次。"
    d = one(RULE, text)
    assert d.evidence["count"] == "五站" and d.evidence["expected"] == "7653"
    assert findings(RULE, text.replace("7935", "7653")) == []


# fresh26a held-out: 平均每班次发送旅客 over the column of 班次
def test_table_average_per_departure():
    table = ("| 站点 | 发送旅客（万人次） | 发送班次（班） | 平均每班次发送旅客（人次） |\n|---|---|---|---|\n"
             "| 溱川站 | 186.4 | 2412 | 773 |\n| 溱川凫山机场 | 42.3 | 2874 | 174 |\n")
    assert [d.evidence["row"] for d in findings(RULE, table, path="t.md")] == ["溱川凫山机场"]  # 423000 / 2874 = 147
    assert findings(RULE, table.replace("| 174 |", "| 147 |"), path="t.md") == []


# fresh27a held-out: 场均 is per show (演出120场) or per farm (家庭农场186家)
@pytest.mark.parametrize("text, right", [
    ("县级以上示范家庭农场186家，经营土地面积4.37万亩，场均325亩。", "场均235亩"),
    ("全年举办演出120场，观众9.6万人次，场均观众900人次。", "场均观众800人次"),
])
def test_average_per_show_or_farm(text, right):
    one(RULE, text)
    wrong = text[text.index("场均"):-1]
    assert findings(RULE, text.replace(wrong, right)) == []


def test_average_per_show_of_another_unit_does_not_crash():
    # 人 against 人次: no total of the average's unit, nothing judged (this crashed the rule)
    assert findings(RULE, "全年开展送戏下乡演出1865场，观众43.6万人次，场均观众234人。") == []


# fresh27a held-out: 平均每户 over a column of 商户 counted in 家
def test_table_average_per_merchant():
    table = ("| 商圈 | 参与商户（家） | 带动消费（万元） | 平均每户带动消费（万元） |\n|---|---:|---:|---:|\n"
             "| 澜桥商圈 | 486 | 5218.4 | 10.74 |\n| 槐市口商圈 | 415 | 3871.2 | 9.83 |\n")
    assert [d.evidence["row"] for d in findings(RULE, table, path="t.md")] == ["槐市口商圈"]  # 3871.2 / 415 = 9.33
    assert findings(RULE, table.replace("| 9.83 |", "| 9.33 |"), path="t.md") == []


# fresh31b held-out: 案均, an average per case
@pytest.mark.parametrize("avg, fires", [("11.3", True), ("11.8", False)])
def test_average_per_case(avg, fires):
    text = f"全年立案查处环境违法案件412件，罚没款4862.5万元，案均罚没款{avg}万元。"
    assert bool(findings(RULE, text)) is fires


# fresh32a held-out: the count column names the noun of 平均每店 with 数 (网店数（家）)
SHOPS = ("| 乡镇 | 网店数（家） | 网络零售额（万元） | 平均每店零售额（万元） |\n| --- | ---: | ---: | ---: |\n"
         "| 城关镇 | 486 | 18436 | 37.93 |\n| 瓯田镇 | 205 | 7183 | {avg} |\n| 合计 | 691 | 25619 | 37.07 |\n")


@pytest.mark.parametrize("avg, fires", [("30.54", True), ("35.04", False)])
def test_table_average_over_a_column_named_noun_and_shu(avg, fires):
    assert bool(findings(RULE, SHOPS.format(avg=avg), path="t.md")) is fires


def test_table_average_over_a_noun_and_shu_column_beside_another_count_is_left_alone():
    """(a fourth review) 星级店数（家） beside 农家乐（家）: which column counts the 店 is not said."""
    text = ("| 乡镇 | 农家乐（家） | 星级店数（家） | 营业收入（万元） | 平均每店营业收入（万元） |\n|---|---|---|---|---|\n"
            "| 甲镇 | 80 | 12 | 2400 | 30.0 |\n| 乙镇 | 60 | 10 | 1500 | 25.0 |\n| 合计 | 140 | 22 | 3900 | 27.9 |\n")
    assert findings(RULE, text, path="t.md") == []


# fresh34a held-out: the average counts in the unit it is over (家 over 家); the names after 每家
# tell the count (孵化器) from the total (在孵企业)
@pytest.mark.parametrize("text, fires", [
    ("全市建有科技企业孵化器47家、众创空间85家，孵化器在孵企业3290家，平均每家孵化器在孵企业82家。", True),  # 3290 ÷ 47 = 70
    ("全市建有科技企业孵化器47家、众创空间85家，孵化器在孵企业3290家，平均每家孵化器在孵企业70家。", False),
    ("全市有农业龙头企业12家，带动合作社286家，平均每家企业带动合作社30家。", True),  # 286 ÷ 12 = 23.8
    ("全市有农业龙头企业12家，带动合作社286家，平均每家企业带动合作社24家。", False),
    # no name after 每家 that one count ends with: which figure is the count is not said
    ("全市有孵化器47家、在孵企业3290家，平均每家82家。", False),
    # (found by a review: the count whose name ends so is one of those added, beside the whole number)
    ("新增孵化器5家，孵化器总数47家，在孵企业3290家，平均每家孵化器在孵企业70家。", False),
    ("全市龙头企业总数达到12家，全年新认定龙头企业3家，带动合作社286家，平均每家龙头企业带动合作社24家。", False),
])
def test_an_average_in_the_unit_it_is_over(text, fires):
    assert bool(findings(RULE, text)) is fires


# 日均 over the days of a span named with 期间 and stated elsewhere (春运期间 and 2025年春运…40天里): a
# reading withdrawn after a review found the 日均 of a part of the span (春节假期, 工作日), of a sub-group
# (其中省际班线日均) or of another holiday's length
@pytest.mark.parametrize("text", [
    "2025年春运（1月14日至2月22日）40天里，全市发送旅客1379.96万人次。\n\n机场春运期间共保障航班起降5736架次，日均起降152架次。\n",
    "2025年春运（1月14日至2月22日）40天里，全市发送旅客1379.96万人次。\n\n春运期间，春节假期全市发送旅客168.0万人次，日均21.0万人次。\n",
])
def test_a_daily_average_without_its_days_is_not_judged(text):
    assert findings(RULE, text) == []


# fresh35a held-out: an area and its output joined by a harvest verb (15.83万亩玉米共收获7.12万吨)
@pytest.mark.parametrize("text, fires", [
    ("全县15.83万亩玉米共收获7.12万吨，平均亩产479.8公斤。", True),  # 71,200,000 ÷ 158,300 = 449.8
    ("全县15.83万亩玉米共收获7.12万吨，平均亩产449.8公斤。", False),
    ("建成高标准农田15.83万亩，新增粮食产能7.12万吨，平均亩产479.8公斤。", False),  # (no harvest of that area)
    # (found by a review: the yield of a part, and two yields in one sentence)
    ("全县18.6万亩水稻共收获8.35万吨，其中示范片平均亩产680公斤。", False),
    ("2.3万亩再生稻头季实收稻谷1380万公斤，亩产600公斤，再生季亩产300公斤。", False),
])
def test_a_yield_of_an_area_harvested(text, fires):
    assert bool(findings(RULE, text)) is fires


# fresh37a held-out: a table column 平均每个项目投资 beside 项目数（个） and 总投资（亿元）: the noun after
# 每个 is two characters
PROJECTS = ("| 产业类别 | 项目数（个） | 总投资（亿元） | 平均每个项目投资（亿元） |\n|---|---:|---:|---:|\n"
            "| 先进制造业 | 12 | 126.2 | 10.52 |\n| 现代服务业 | 5 | 42.7 | {avg} |\n| 合计 | 17 | 168.9 | 9.94 |\n")


@pytest.mark.parametrize("avg, fires", [("6.54", True), ("8.54", False)])  # 42.7 ÷ 5 = 8.54
def test_a_table_average_per_two_character_noun(avg, fires):
    assert bool(findings(RULE, PROJECTS.format(avg=avg), path="t.md")) is fires


# fresh39b held-out (a clean document): an average right after the count of the 其中 clause is of that
# part (…人均4000元；其中资助…新生156名，每人5000元), not of the whole before 其中; an average after
# other clauses of the whole (其中…5场、…13场，…，场均…) is still the whole's
def test_average_of_the_part_after_qizhong():
    assert findings(RULE, "全年资助困难学生412名，发放助学金164.8万元，人均4000元；其中资助当年考入大学的新生156名，"
                          "每人5000元，合计78万元。") == []
    d = one(RULE, "全年资助困难学生412名，发放助学金164.8万元，人均4000元；其中资助当年考入大学的新生156名，"
                  "发放助学金78万元，每人6000元。")
    assert d.evidence["count"] == "156名"
    one(RULE, "全年共举办展会46场，其中国际性展会5场、全国性展会13场，展览总面积87.4万平方米，累计吸引观众105.8万人次，"
              "场均观众3.3万人次。")


# fresh39a held-out: a table column of prices per unit of quantity (平均收购价（元/公斤）) is money ÷
# quantity in the headers' units (万元 ÷ 吨 → 元/公斤)
PRICES = ("| 乡镇 | 收购量（吨） | 收购金额（万元） | 平均收购价（元/公斤） |\n| --- | ---: | ---: | ---: |\n"
          "| 柘岭镇 | 21480 | 5670.72 | 2.64 |\n| 鹭汀镇 | 18260 | 4711.08 | {price} |\n")


def test_a_column_of_prices_per_unit_of_quantity():
    d = one(RULE, PRICES.format(price="2.85"))
    assert d.evidence["expected"] == "2.58" and d.evidence["row"] == "鹭汀镇"
    assert findings(RULE, PRICES.format(price="2.58")) == []
    # (two money columns: which one the price is of is not said)
    two = ("| 乡镇 | 收购量（吨） | 收购金额（万元） | 补贴（万元） | 平均收购价（元/公斤） |\n| --- | ---: | ---: | ---: | ---: |\n"
           "| 鹭汀镇 | 18260 | 4711.08 | 120.5 | 2.85 |\n")
    assert findings(RULE, two) == []


# a review of that reading: only a column of average prices (平均…价, 均价) is money ÷ quantity, and only
# beside a money column named for the same deal (收购金额 beside 收购量)
@pytest.mark.parametrize("table", [
    "| 乡镇 | 收购量（吨） | 收购金额（万元） | 最低收购价（元/公斤） |\n| --- | ---: | ---: | ---: |\n| 鹭汀镇 | 18260 | 4711.08 | 2.54 |\n",
    "| 品种 | 成交量（吨） | 成交金额（万元） | 最高价（元/公斤） |\n| --- | ---: | ---: | ---: |\n| 早稻 | 1250 | 232.50 | 2.40 |\n",
    "| 地块 | 出让面积（平方米） | 成交价（万元） | 楼面地价（元/平方米） |\n| --- | ---: | ---: | ---: |\n| A1 | 32500 | 40625 | 5000 |\n",
    "| 物资 | 采购数量（吨） | 含税单价（元/吨） | 不含税金额（万元） |\n| --- | ---: | ---: | ---: |\n| 钢材 | 500 | 4520 | 200.00 |\n",
    "| 乡镇 | 收购量（吨） | 补贴资金（万元） | 平均收购价（元/公斤） |\n| --- | ---: | ---: | ---: |\n| 鹭汀镇 | 18260 | 365.20 | 2.54 |\n",
])
def test_columns_that_are_no_average_price(table):
    assert findings(RULE, table) == []


# fresh40b held-out: 月户均 is per household and per month, of a yearly total (as 月人均 is)
def test_per_household_per_month():
    assert findings(RULE, "全年移动互联网接入流量18.46亿GB，比上年增长16.3%；年末移动互联网用户574.2万户，按此计算，"
                          "月户均移动互联网接入流量26.8GB。") == []
    one(RULE, "全年移动互联网接入流量18.46亿GB；年末移动互联网用户574.2万户，户均移动互联网接入流量26.8GB。")


# fresh40a held-out: a column of averages in 人 over a total in 人次 (场均观众（人） and 观众（万人次）)
def test_average_in_people_of_a_total_in_person_times():
    table = ("| 区 | 演出（场） | 观众（万人次） | 场均观众（人） |\n|---|---:|---:|---:|\n"
             "| 蘅皋区 | 412 | 28.1 | 682 |\n| 栖鹭区 | 238 | 15.2 | {avg} |\n")
    assert one(RULE, table.format(avg="714")).evidence["row"] == "栖鹭区"
    assert findings(RULE, table.format(avg="639")) == []


# a review of those readings: 人 over 人次 only for averages over occasions (场均; not 平均每队志愿者,
# a team's size), and per-day or per-week averages of a yearly total are left alone too
@pytest.mark.parametrize("text", [
    "| 乡镇 | 志愿服务队（支） | 志愿者参与服务（万人次） | 平均每队志愿者（人） |\n|---|---:|---:|---:|\n| 城关镇 | 42 | 3.6 | 28 |\n",
    "全年移动互联网接入流量18.46亿GB，年末移动互联网用户574.2万户，按此计算，户均日流量0.88GB。",
    "全年快递业务量1.46亿件，全市常住户42.3万户，户均每周收发快递6.6件。",
])
def test_team_sizes_and_per_day_averages(text):
    assert findings(RULE, text) == []


# fresh41a held-out (a clean document): a yield that names its area (投产茶园平均亩产) is over that area
# (其中投产茶园10.6万亩), not over all of it (茶园面积12.8万亩)
def test_a_yield_over_the_area_it_names():
    text = "全县茶园面积12.8万亩，其中投产茶园10.6万亩；全年干毛茶产量8640吨，投产茶园平均亩产{y}公斤。"
    assert findings(RULE, text.format(y="81.5")) == []
    assert one(RULE, text.format(y="91.5")).evidence["count"] == "10.6万亩"


# a review of that reading: only a part after 其中 of the area of all is the yield's own area; an
# output of a larger whole (粮食, 稻谷) is no output of the crop the yield names
@pytest.mark.parametrize("text", [
    "全县种植水稻18.3万亩、玉米15.6万亩，粮食总产量19.8万吨，水稻平均亩产620公斤、玉米平均亩产520公斤。",
    "今年全县早稻9.6万亩、中稻8.7万亩，稻谷总产量11.2万吨，中稻平均亩产640公斤。",
])
def test_a_yield_of_one_crop_beside_an_output_of_all(text):
    assert findings(RULE, text) == []


# fresh43a held-out: an average price per unit of quantity in prose (平均售价…元/平方米): the one sum
# of money over the one quantity of that kind in its sentence, in the price's units
@pytest.mark.parametrize("price, fires", [("11208", False), ("11209", False), ("12208", True)])
def test_average_price_per_unit_of_quantity(price, fires):
    text = f"1—6月，全市商品房销售面积126.35万平方米，销售额141.62亿元，平均售价{price}元/平方米。"
    assert bool(findings(RULE, text)) is fires


def test_average_price_needs_one_sum_and_one_quantity():
    # two sums of money: which one the price is of is not said
    assert findings(RULE, "商品房销售面积126.35万平方米，销售额141.62亿元，其中住宅销售额118.3亿元，"
                          "平均售价12208元/平方米。") == []
    # a floor price is no quotient
    assert findings(RULE, "收购稻谷1.2万吨，收购金额3120万元，最低收购价2.54元/公斤。") == []
    # (a review) money collected (销售回款) is not the value of the sales
    assert findings(RULE, "全年商品房销售面积512.36万平方米，实现销售回款581.20亿元，商品房平均售价12208元/平方米。") == []


# fresh43a held-out: a table's count column named without a unit in brackets (献血人次)
BLOOD = ("| 区 | 献血人次 | 献血量（万毫升） | 人均献血量（毫升） |\n|---|---:|---:|---:|\n"
         "| 鹤汀区 | 21386 | 711.8 | 333 |\n| 苇岸区 | 11268 | 361.5 | {v} |\n| 合计 | 32654 | 1073.3 | 329 |\n")


def test_table_count_column_named_without_a_unit():
    assert findings(RULE, BLOOD.format(v="321")) == []
    d = one(RULE, BLOOD.format(v="345"))
    assert "“献血人次”11268为320.8毫升" in d.message


# hunt on an ESG report: 员工人均 is per employee, never per 参训员工…人次; 人均消费 of 游客…万人次 is per visit
def test_people_named_before_renjun_are_not_counted_in_renci():
    assert findings(RULE, "全年组织各类培训2863场次，参训员工累计16.42万人次，培训总学时89.67万学时，"
                          "员工人均培训48.1学时。") == []
    assert "为1110.1元" in one(RULE, "全年接待游客4860万人次，实现旅游总收入539.5亿元，人均消费1210元。").message
    assert "为5.46学时" in one(RULE, "参训员工累计16.42万人次，培训总学时89.67万学时，人均培训48.1学时。").message


# fresh45b held-out: 户均 over households counted per occasion (万户次)
@pytest.mark.parametrize("avg, fires", [("1491", False), ("1591", True)])
def test_hujun_over_huci(avg, fires):
    text = f"农业保险保费收入4.86亿元，为32.6万户次农户提供风险保障，户均保费{avg}元。"
    assert bool(findings(RULE, text)) is fires


# fresh45b held-out: days of a station (438站日) over the stations, an average in days per station
@pytest.mark.parametrize("avg, fires", [("36.5", False), ("38.5", True)])
def test_station_days_over_stations(avg, fires):
    text = f"全年12个国家气象观测站共出现高温日（日最高气温≥35℃）438站日，平均每站{avg}天，比上年多9.2天。"
    assert bool(findings(RULE, text)) is fires


# fresh47a held-out: the population as the noun after its figure (以388.6万常住人口计), not a count in 人
def test_per_thousand_over_a_population_named_after_its_figure():
    text = ("全市卫生技术人员3.18万人，其中执业（助理）医师1.26万人、注册护士1.47万人；以388.6万常住人口计，"
            "每千人口执业（助理）医师{}人、注册护士3.78人。")
    d = one(RULE, text.format("3.52"))
    assert d.evidence["expected"] == "3.242" and d.evidence["population"] == "388.6万"
    assert findings(RULE, text.format("3.24")) == []
    # (a figure of no unit whose noun is no population is no population)
    assert findings(RULE, "全市执业（助理）医师1.26万人，以388.6万户籍家庭计，每千人口执业（助理）医师3.52人。") == []


# a review of the population named after its figure: only the first 每千人口 rate after the population
# is of it; a later one is of a part (其中县城…) or a target (到2025年…达到…的目标)
@pytest.mark.parametrize("text", [
    "全市现有执业（助理）医师21468人，以526.3万常住人口计，每千人口执业（助理）医师4.08人，"
    "到2025年每千人口执业（助理）医师达到4.20人的目标需新增医师640人左右。",
    "以38.6万常住人口计，全县执业（助理）医师达到1100人，每千人口执业（助理）医师2.85人，比2012年增加1.62人，"
    "其中县城每千人口执业（助理）医师4.36人。",
])
def test_a_later_per_thousand_rate_is_of_a_part_or_a_target(text):
    assert findings(RULE, text) == []
    # (the first one is still checked)
    wrong = text.replace("4.08人，", "4.80人，", 1).replace("2.85人，", "3.85人，", 1)
    assert one(RULE, wrong).evidence["population"] in ("526.3万", "38.6万")


# fresh49a held-out: 户均 over a count of firms or farms in 家 (家庭农场4280家)
def test_per_household_over_a_count_in_jia():
    text = "全市纳入名录管理的家庭农场4280家，经营土地总面积37.65万亩，户均经营规模{}亩。"
    assert one(RULE, text.format("98.0")).evidence["expected"] == "87.97"
    assert findings(RULE, text.format("88.0")) == []
    assert findings(RULE, "全市规上工业企业1200家，实现营业收入3600亿元，户均营业收入3.0亿元。") == []


# a review of 户均 over 家: only households counted in 家 (家庭农场), not the firms that bring them income
@pytest.mark.parametrize("text", [
    "全市农家乐526家，带动周边农户增收1.36亿元，户均增收8500元。",
    "全市农民合作社3150家，成员出资总额18.9亿元，户均出资1.5万元。",
])
def test_per_household_is_not_over_firms_counted_in_jia(text):
    assert findings(RULE, text) == []


# a review (a false alarm of earlier code): 户均增收 is no share of a business's revenue
def test_a_gain_per_household_is_not_the_revenue_over_the_households():
    text = "新型农业经营主体2.13万家，实现经营收入186.2亿元，带动小农户8.6万户，户均增收1.2万元。"
    assert findings(RULE, text) == []
    # (a pay-out is what the workers gain: still checked)
    d = one(RULE, "全市实施以工代赈项目37个，发放劳务报酬4860万元，带动当地群众务工2.15万人，人均增收2860元。")
    assert d.evidence["total"] == "4860万元"


def test_per_occasion_counter_after_pingjun_mei():
    """住院12.48万人次，住院总费用14.62亿元，平均每人次住院费用1.38万元: 平均每人次 is over the count in 人次
    (held-out phrasing, written blind)."""
    text = "全年全市职工医保参保人员住院12.48万人次，住院总费用14.62亿元，平均每人次住院费用{v}万元。"
    d = one(RULE, text.format(v="1.38"))
    assert "1.171万元" in d.message
    assert findings(RULE, text.format(v="1.17")) == []


def test_days_of_a_span_of_dates_are_no_count_of_days():
    """“双11”期间（11月11日至18日），全省共揽收快件4.16亿件，日均5200万件: 18日 ends the span, it is no
    number of days (held-out phrasing, written blind: a false alarm)."""
    assert findings(RULE, "“双11”期间（11月11日至18日），全省共揽收快件4.16亿件，日均5200万件。") == []


def test_an_average_over_the_count_it_names():
    """…接待读者4680人次，新增图书1200册，年末藏书8600册，按居民人数计算人均藏书0.94册: the count is the
    one named (居民人数), not the readers (held-out phrasing, written blind: a false alarm)."""
    text = "社区图书室全年接待读者4680人次，新增图书1200册，年末藏书8600册，按居民人数计算人均藏书0.94册。"
    assert findings(RULE, text) == []


def test_visits_per_doctor():
    """95名执业（助理）医师全年共承担门诊24.48万人次，医师人均年门诊量达2796人次: visits over the doctors
    the average names (held-out phrasing, written blind); 专任教师人均参训 is not over 新招聘教师14人."""
    text = "4个院区95名执业（助理）医师全年共承担门诊24.48万人次，医师人均年门诊量达{v}人次。"
    assert "2576.8人次" in one(RULE, text.format(v="2796")).message
    assert findings(RULE, text.format(v="2577")) == []
    assert findings(RULE, "全年新招聘教师14人，教师参训1642人次，专任教师人均参训6.5人次。") == []


def test_visits_per_doctor_with_two_counts_of_doctors():
    """全县执业（助理）医师412名，其中县人民医院95名，…门诊量24.48万人次，医师人均年门诊量2577人次: two counts
    of doctors; which one the average is over is not said (a review found 412 taken)."""
    text = "全县执业（助理）医师412名，其中县人民医院95名，县人民医院全年门诊量24.48万人次，医师人均年门诊量2577人次。"
    assert findings(RULE, text) == []


# fresh56b held-out: an average in people per person (人均带徒26.7人) after two counts of people: the
# total is the count its words name (带徒授艺), the other is who it is per
def test_people_per_person_split_by_the_words_after_renjun():
    text = "据了解，榆溪竹编目前有县级以上传承人9名，共带徒授艺213人，人均带徒{v}人。"
    d = one(RULE, text.format(v="26.7"))
    assert d.evidence["total"] == "213人" and d.evidence["count"] == "9名" and d.evidence["expected"] == "23.67"
    assert findings(RULE, text.format(v="23.7")) == []
    # words after 人均 that name neither count: nothing is compared
    assert findings(RULE, "全镇有党员320名，联系群众4800人，人均走访18人。") == []


# fresh59b held-out: a count of people written with its noun for a unit (按222.15万参保居民计算)
def test_people_counted_with_their_noun_for_a_unit():
    text = "城乡居民医保筹资中，个人缴费8.86亿元、各级财政补助15.62亿元，按222.15万参保居民计算，人均财政补助{v}元。"
    d = one(RULE, text.format(v="730"))
    assert "15.62亿元" in d.message and "703.1" in d.message
    assert findings(RULE, text.format(v="703")) == []


# fresh60b held-out: 村均 (per village) over a count of villages in 个 (42个茶叶专业村)
def test_per_village():
    text = "全县42个茶叶专业村2023年村集体经营性收入共计1386万元，村均{v}万元，较上年有较大幅度增长。"
    assert "33万元" in one(RULE, text.format(v="35.2")).message
    assert findings(RULE, text.format(v="33.0")) == []


# review 29: each 人均 of its own 按…计算; an average of a group named before 人均 is not per everyone
@pytest.mark.parametrize("text", [
    "全县一般公共预算收入18.64亿元，按84.9万常住人口计算，人均2,196元；按92.3万户籍人口计算，人均2,020元。",
    "其中统筹基金支出42.36亿元，按143.27万参保职工计算，人均2,957元，其中在职职工人均1,391元，退休人员人均7,862元。",
])
def test_each_average_of_its_own_count(text):
    assert findings(RULE, text) == []


# fresh61a held-out: an average per 票 (customs entries counted in 票)
@pytest.mark.parametrize("average, fires", [("285", True), ("213", False)])
def test_an_average_per_entry_counted_in_piao(average, fires):
    text = f"前三季度共验放跨境电商出口申报清单486.2万票，货值10.35亿元，平均每票货值{average}元。"
    assert bool(findings(RULE, text)) is fires


# review (a false alarm): an average of all the kinds listed before it is their totals' quotient
@pytest.mark.parametrize("average, fires", [("120", False), ("150", True)])  # 5.84亿 ÷ 486.2万 = 120.1
def test_an_average_of_all_the_kinds_listed(average, fires):
    text = (f"其中，出口申报清单312.5万票、货值3.26亿元，进口申报清单173.7万票、货值2.58亿元，"
            f"全部申报清单平均每票货值{average}元。")
    got = findings(RULE, text)
    assert bool(got) is fires
    if fires:
        assert "（3.26亿元＋2.58亿元）÷（312.5万票＋173.7万票）为120.1元" in got[0].message


# fresh63a held-out: 宗均, over a count of cases in 宗
@pytest.mark.parametrize("average, fires", [("324", True), ("258.6", False)])  # 69300 ÷ 268 = 258.6
def test_an_average_per_case_zongjun(average, fires):
    text = f"柳湾街道拆除违建268宗、面积6.93万平方米，宗均拆除面积达到{average}平方米。"
    assert bool(findings(RULE, text)) is fires


# review (false alarms): a day of the month, the base of a comparison, a part's average after 其中
# and another kind of money are no total or count of the average; the same sentences with a wrong
# average of the right figures still fire
@pytest.mark.parametrize("text, fires", [
    ("记者9日获悉，流动量24.32亿人次，日均3.04亿人次。", False),  # 9日: the date of the report
    ("记者9日获悉，假期8天流动量24.32亿人次，日均2.04亿人次。", True),  # 24.32亿 ÷ 8 = 3.04亿
    ("活动持续9日，接待游客180万人次，日均25万人次。", True),  # 9日 counted: 180万 ÷ 9 = 20万
    ("8天共24.32亿人次，比2019年日均2.33亿人次增长30.5%。", False),  # the base compared with
    ("8天共24.32亿人次，日均2.04亿人次，比2019年日均2.33亿人次增长30.5%。", True),
    ("8天累计1838.4万人次，其中外国人日均26.4万人次。", False),  # of the foreigners, not all
    ("8天累计1838.4万人次，日均129.8万人次，其中外国人日均26.4万人次。", True),  # ÷ 8 = 229.8万
    ("研发投入38.62亿元，职工42860人，人均营业收入300.2万元。", False),  # not a share of 研发投入
    ("研发投入38.62亿元，职工42860人，人均研发投入19.01万元。", True),  # ÷ 42860 = 9.01万
    ("营业收入1286.47亿元；职工42860人，人均营业收入200.2万元。", True),  # ÷ 42860 = 300.2万
])
def test_no_total_or_count_of_the_average(text, fires):
    assert bool(findings(RULE, text)) is fires


# held-out (fresh66a): 日均 over a whole number of days (exact, as a count is), and an average
# written 约 with decimals, which says how far it was rounded (held to ten times that precision)
@pytest.mark.parametrize("avg, fires", [
    ("56.9万辆次", True),       # 487.6万 ÷ 9 = 54.18万 (over 8.5–9.5 days it would pass)
    ("54.2万辆次", False),
    ("约56.9万辆次", True),
    ("约54.6万辆次", False),     # within ten times 0.05万 of 54.18万
    ("约55万辆次", False),       # no decimals: how far it was rounded is not said
    ("56.9万辆次左右", True),
])
def test_average_over_days_and_a_rounded_average(avg, fires):
    text = f"9天春节假期里，全市高速公路累计通行小型客车487.6万辆次，日均{avg}，未出现拥堵。"
    found = findings(RULE, text)
    assert bool(found) is fires, [d.message for d in found]
    if fires:
        assert "54.18万辆次" in found[0].message and f"日均…{avg}”" in found[0].message


# a review (planted in right text) and fresh30a: ratios of two counts written N∶1 or 1∶N (the fact
# table ratios-to-one)
@pytest.mark.parametrize("text, fires", [
    ("全市小学在校生582,307人，比上年减少8,412人。专任教师33,915人，生师比为15.17∶1。", True),
    ("全市小学在校生582,307人，比上年减少8,412人。专任教师33,915人，生师比为17.17∶1。", False),
    ("全县小学招生5874人，在校生36518人，毕业生6230人；专任教师2046人，生师比为19.6:1。", True),
    ("执业（助理）医师29,847人（其中执业医师25,613人），注册护士34,102人。医护比为1∶1.41。", True),
    ("执业（助理）医师29,847人（其中执业医师25,613人），注册护士34,102人。医护比为1∶1.14。", False),
    # (the counts of several levels given 分别: the ratio is of their sum)
    ("普通初中、小学在校生分别为12.38万人和26.91万人。义务教育阶段专任教师2.87万人，生师比为13.7∶1。", False),
    # (two levels' pupils in the paragraph: which the ratio is of is not said)
    ("小学在校生36518人，初中在校生18342人；专任教师2046人，生师比为19.6:1。", False),
])
def test_ratios_of_two_counts(text, fires):
    found = findings(RULE, text)
    assert bool(found) is fires, [d.message for d in found]


# held-out (fresh70a, a clean document): 平均每车每日 is per car and per day, not of the year's total
def test_an_average_per_item_and_per_day():
    assert findings(RULE, "全区出租汽车1260辆，全年运送乘客2318万人次，平均每车每日运送乘客50.4人次。") == []
    # (per car over the year: checked)
    assert findings(RULE, "全区出租汽车1260辆，全年运送乘客2318万人次，平均每车运送乘客1.84万人次。") == []
    assert findings(RULE, "全区出租汽车1260辆，全年运送乘客2318万人次，平均每车运送乘客2.84万人次。")


# held-out (fresh70b, fresh40a, fresh50a): a count named with 平均 (平均从业人员, 年平均用工) is a count
@pytest.mark.parametrize("text, fires", [
    ("按累计产值1197.46亿元、平均从业人员12.86万人计算，1—11月全市规上工业人均产值为83.1万元。", True),
    ("按累计产值1197.46亿元、平均从业人员12.86万人计算，1—11月全市规上工业人均产值为93.1万元。", False),
    ("全县286家规上工业企业年平均用工4.27万人，平均每家企业用工183人，用工规模总体稳定。", True),
    ("全县286家规上工业企业年平均用工4.27万人，平均每家企业用工149人，用工规模总体稳定。", False),
])
def test_a_count_named_with_an_average_word(text, fires):
    assert bool(findings(RULE, text)) is fires


# held-out (fresh70b, fresh32a): 平均运距, a total in 吨公里 over a count in 吨
@pytest.mark.parametrize("text, fires", [
    ("完成货物周转量18.37亿吨公里，按货运量2468.5万吨计算，货物平均运距为84.6公里。", True),
    ("完成货物周转量18.37亿吨公里，按货运量2468.5万吨计算，货物平均运距为74.4公里。", False),
    ("全年完成营业性货运量1.86亿吨，比上年增长4.7%；货物周转量286.5亿吨公里，增长6.1%；货物平均运距174公里。", True),
    ("旅客周转量12.6亿人公里，客运量1860万人，旅客平均运距67.7公里。", False),
])
def test_an_average_in_a_compound_unit(text, fires):
    assert bool(findings(RULE, text)) is fires


# held-out (fresh71b): 4386名卫生技术人员 names its total after the count
@pytest.mark.parametrize("rate, fires", [("9.28", True), ("8.30", False)])
def test_per_thousand_with_the_noun_after_the_count(rate, fires):
    text = f"以年末常住人口52.84万人计算，全县4386名卫生技术人员折合每千人口卫生技术人员{rate}人。"
    assert bool(findings(RULE, text)) is fires


# held-out (fresh72a, a trap): 人均每月 is per head and per month, of a yearly total
def test_per_head_per_month():
    assert findings(RULE, "为1.26万名困难残疾人发放生活补贴3024万元，人均每月200元。") == []


# held-out (fresh72b): 平均利用小时, a total in 千瓦时 over a capacity in 千瓦
@pytest.mark.parametrize("hours, fires", [("2480", True), ("2150", False)])
def test_hours_of_use(hours, fires):
    text = (f"全年风电发电量52.36亿千瓦时，按年末风电装机243.5万千瓦计算，风电设备平均利用小时为{hours}小时，"
            "比上年增加96小时。")
    assert bool(findings(RULE, text)) is fires
