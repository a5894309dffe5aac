"""part-exceeds-total: the parts after 其中 (or one part) exceed the whole they belong to."""

from __future__ import annotations

import pytest

from _support import check_docstring, check_examples, findings, one

RULE = "part-exceeds-total"


def test_docstring_and_examples():
    check_docstring(RULE)
    check_examples(RULE)


WRONG = [
    ("全年猪牛羊禽肉产量8.62万吨，其中猪肉产量9.35万吨。", "“9.35万吨”大于其所属总数“8.62万吨”"),
    ("全年累计帮助销售扶贫产品8.6亿元，其中线上销售5.3亿元、线下展销4.1亿元。", "之和为9.4亿元"),
    ("全县销售农产品11亿元，其中通过平台采购15亿元。", "“15亿元”大于"),
    # points deducted add up (a score of an evaluation does not: see RIGHT)
    ("全年考核累计扣分120分，其中安全生产扣分80分、环境保护扣分50分。", "之和为130分"),
    # the whole is in the sentence before 其中, past the change figure
    ("年末全市常住人口326.8万人，比上年末增加1.2万人。其中，城镇常住人口353.9万人。", "“353.9万人”大于"),
    # a part in 万 against a whole in 亿
    ("全年完成投资1.2亿元，其中社会投资15000万元。", "大于"),
    # …中，
    ("到本市就业的8150人中，稳定就业6个月以上的有9380人。", "“9380人”大于"),
    # two breakdowns of one whole after one 其中: the second one exceeds it
    ("年末全区常住人口68.42万人。其中，城镇人口46.08万人，乡村人口22.34万人；男性人口34.96万人，女性人口35.46万人。", "超过总数“68.42万人”"),
]


@pytest.mark.parametrize("text, expected", WRONG)
def test_parts_above_the_whole_fire(text, expected):
    d = one(RULE, text)
    assert expected in d.message, d.message
    assert len(d.related) == 1
    assert d.evidence["whole"] and d.evidence["parts"] and d.evidence["sum"]


def test_evidence_and_related():
    text = "全年累计帮助销售扶贫产品8.6亿元，其中线上销售5.3亿元、线下展销4.1亿元。"
    d = one(RULE, text)
    assert d.evidence == {"whole": "8.6", "parts": ["5.3", "4.1"], "sum": "9.4", "unit": "亿元"}
    assert d.snippet == "4.1亿元"
    assert d.related[0].column == text.index("8.6亿元") + 1


RIGHT = [
    # scores (分) of an evaluation are not parts: each place's score may be above the whole's
    "全区群众安全感测评得分98.2分，其中城区98.6分、农村97.9分。",
    "全市群众满意度测评93.6分，其中城区94.1分，农村92.8分。",
    # two breakdowns of one whole after one 其中 (城镇/乡村, 男/女), each adding up to it
    "年末全区常住人口68.42万人。其中，城镇人口46.08万人，乡村人口22.34万人；男性人口34.96万人，女性人口33.46万人。",
    "全年猪牛羊禽肉产量8.62万吨，其中猪肉产量5.35万吨。",
    # growth rates after 其中 are not parts
    "全年规模以上工业增加值比上年增长7.2%。其中，制造业增长7.9%，高技术制造业增长16.4%。",
    # averages are not parts: 城镇居民人均 above 全体居民人均 is normal
    "全体居民人均可支配收入43590元，增长5.6%。其中，城镇居民人均可支配收入52380元，增长4.9%。",
    # the parts of a list add up exactly
    "全市地区生产总值2856.4亿元，比上年增长5.8%。其中，第一产业增加值312.6亿元，增长4.1%；"
    "第二产业增加值1187.3亿元，增长6.2%；第三产业增加值1356.5亿元，增长5.7%。",
    # inline 其中: the next clauses are other items, not parts (2010 政府工作报告)
    "基础设施建设明显加快，五年建成铁路新线1.6万公里，新增公路63.9万公里，其中高速公路3.3万公里，"
    "新建、改扩建机场33个，新建和加固堤防1.7万公里。",
    # 1955: 其中 in brackets ends with them; 一个 is "a", not a count
    "五年内开始建设的二个重型机器制造厂（其中一个是苏联帮助设计的，一个是我国自己设计的），在建设完成后，"
    "按照设计能力，它们的产品每年可以装备一个年产一百六十万吨钢的钢铁联合企业。",
    # 1959: the figure just before 其中 is last year's value (比…的), not the whole
    "一九五八年我国工农业总产值达到了二千零五十亿元，比一九五七年的一千二百四十一亿元增长百分之六十五。"
    "其中，工业和手工业总产值达到了一千一百七十亿元，比一九五七年的七百零四亿元增长百分之六十六。",
    # 2011: a space before the figure; the change is not a part
    "今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元，继续代地方发债2000亿元并纳入地方预算，"
    "赤字规模比上年预算减少 1500亿元，赤字率下降到2%左右。",
    # 1956: 少支 (spent less) is a difference, not the whole
    "１９５５年决算支出占预算数的９８．４１％，比预算数２９，８２１，８２８，０００元少支４７４，８９０，０００元。"
    "其中，经济建设费支出１３，７６２，０９０，０００元，占预算数的９６．９９％。",
    # 分别: values given respectively need not be parts of the figure before
    "全省接待旅游总人数6.5亿人次，厦门、福州机场旅客吞吐量分别达7790.6万人次、1529.9万人次。",
    # a second statement after ； is not in the reach of 其中
    "帮助三县农村劳动力转移就业3.26万人，其中脱贫人口2.41万人；到鹭江市就业的8150人中，稳定就业6个月以上的有6380人。",
    # approximate parts are left alone
    "全年帮助贫困劳动力转移就业2.3万人，其中到江渚市就业约2.5万人。",
    # durations are not parts
    "在过去的五年中，我国财政收入由下降转为上升，后三年出现了大幅度稳定增长的可喜形势。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_parts_within_the_whole_stay_quiet(text):
    assert findings(RULE, text) == []


def test_han_introduces_a_part():
    """，含… (a part inside its whole) reads as 其中."""
    d = one(RULE, "全年开办劳务技能培训班86期，培训学员1260人，含脱贫劳动力1385人。")
    assert "1260" in d.message
    assert findings(RULE, "全年开办劳务技能培训班86期，培训学员1260人，含脱贫劳动力385人。") == []
    # 含量 / 含税 are not parts
    assert findings(RULE, "产品产量1260吨，含税销售额1385万元。") == []


def test_count_with_its_noun_before_zhong():
    """4.2万户农户中，… : the noun after a count names what it counts; 高中， is not 中，."""
    one(RULE, "全县4.2万户农户中，参加农业保险的有5.1万户。")
    assert findings(RULE, "全县4.2万户农户中，参加农业保险的有3.1万户。") == []
    assert findings(RULE, "每个县办好1所公办高中，50所县级医疗机构达到三级服务水平。") == []
    assert findings(RULE, "156个重要项目中，除了17个项目已经完工，本年内开始建设的22个，继续建设的103个，"
                          "在本年内可以完工的11个，可以部分地投入生产的13个。") == []


def test_bracketed_detail_is_not_another_part():
    """住户存款9.8亿元（含定期存款6.3亿元）: the bracket details the part before it."""
    assert findings(RULE, "全镇存款余额12.6亿元，其中住户存款9.8亿元（含定期存款6.3亿元）。") == []
    one(RULE, "全镇存款余额12.6亿元，其中住户存款9.8亿元（含定期存款10.3亿元）。")


def test_base_of_a_completion_rate_is_not_the_whole():
    """为预算数17.99亿元的103.6% compares the revenue with its budget: the parts after 其中 belong
    to the revenue reported (18.64亿元), not to the budget (held-out phrasing, written blind)."""
    text = ("全县一般公共预算收入完成18.64亿元，为预算数17.99亿元的103.6%，比上年增长5.2%。"
            "其中，税收收入{a}亿元，增长6.1%；非税收入5.77亿元，增长3.2%。")
    assert findings(RULE, text.format(a="12.87")) == []
    d = one(RULE, text.format(a="13.87"))
    assert "18.64" in d.message


def test_people_counted_in_ming_and_ren():
    """6.58万名考生中，…5.12万人，…1.71万人: 名 and 人 count the same people (held-out phrasing,
    written blind); the message reads 其中 for a whole introduced with …中."""
    text = "今年报名的6.58万名考生中，普通高中应届毕业生5.12万人，中职学校毕业生及往届生{v}万人。"
    d = one(RULE, text.format(v="1.71"))
    assert d.message.startswith("其中各分项5.12＋1.71之和为6.83万名")
    assert findings(RULE, text.format(v="1.46")) == []


def test_parts_after_an_inline_qizhong_in_clauses_of_their_own():
    """其中铁路旅客发送量1580万人次，公路客运量2214万人次，水路客运量386万人次: each clause after the
    first states one more part the same way (a short noun ending like the first part's and a figure
    of its unit; held-out phrasing, written blind)."""
    text = "全年完成旅客运输量4126万人次，其中铁路旅客发送量1580万人次，公路客运量2214万人次，水路客运量{v}万人次。"
    d = one(RULE, text.format(v="386"))
    assert d.evidence["sum"] == "4180"
    assert findings(RULE, text.format(v="332")) == []
    # a clause that does not state a part the same way (带动消费) is not added
    other = "全年接待游客4126万人次，其中外地游客1580万人次，带动消费2214万人次，过夜游客2386万人次。"
    assert findings(RULE, other) == []


def test_parts_in_clauses_of_their_own_with_long_names():
    """其中企业职工岗位技能提升培训4.12万人次，失业人员就业技能培训2.05万人次，农村转移劳动力职业技能培训
    3.61万人次: names of up to 14 characters (held-out phrasing, written blind)."""
    text = ("全年开展补贴性职业技能培训9.36万人次，其中企业职工岗位技能提升培训4.12万人次，失业人员就业技能培训2.05万人次，"
            "农村转移劳动力职业技能培训{v}万人次。")
    assert one(RULE, text.format(v="3.61")).evidence["sum"] == "9.78"
    assert findings(RULE, text.format(v="3.19")) == []


def test_a_balance_is_no_part():
    """其中，出口812.7亿元…；进口473.7亿元…；贸易顺差339.0亿元: the balance is a difference, not a part
    (a false alarm of a blind-written held-out set)."""
    text = "今年1—10月，全市货物贸易进出口总值1286.4亿元。其中，出口812.7亿元，增长12.3%；进口{m}亿元，增长5.2%；贸易顺差339.0亿元。"
    assert findings(RULE, text.format(m="473.7")) == []
    assert len(findings(RULE, text.format(m="573.7"))) == 1


def test_second_part_in_a_clause_of_its_own_named_like_the_first_and_the_whole():
    """全年全市共办理婚姻登记1.33万对，其中结婚登记9826对，离婚登记4137对: 离婚登记 names its figure as
    结婚登记 and 婚姻登记 do, so it is a second part (held-out phrasing, written blind); a status after
    a list (截至年底已竣工项目41个) is not."""
    text = "全年全市共办理婚姻登记{t}万对，其中结婚登记9826对，离婚登记4137对。"
    assert one(RULE, text.format(t="1.33")).evidence["sum"] == "1.3963"
    assert findings(RULE, text.format(t="1.40")) == []
    d = one(RULE, "实施援疆项目47个，其中产业发展项目19个、民生保障项目31个，截至年底已竣工项目41个。")
    assert d.evidence["parts"] == ["19", "31"]


def test_overlapping_kind_in_the_next_clause_is_no_part():
    """全市接待游客1200万人次，其中过夜游客300万人次，乡村旅游接待游客980万人次: 乡村旅游接待游客 is not named
    in parallel with 过夜游客 (another cut of the same visitors), so it is not added."""
    assert findings(RULE, "全市接待游客1200万人次，其中过夜游客300万人次，乡村旅游接待游客980万人次。") == []


def test_one_days_figure_is_the_whole_of_that_days_parts():
    """全市单日发送旅客31.26万人次，达到春运峰值，其中铁路发送18.42万人次、公路发送14.05万人次: a day's
    figure is not added over days, but it is the whole of its own parts (held-out phrasing, written
    blind); a day's highest temperature is no whole."""
    text = "2月4日全市单日发送旅客{t}万人次，达到春运峰值，其中铁路发送18.42万人次、公路发送14.05万人次。"
    assert one(RULE, text.format(t="31.26")).evidence["sum"] == "32.47"
    assert findings(RULE, text.format(t="32.47")) == []


def test_parts_that_name_a_whole_before_the_nearest_figure():
    """在校学生8.26万人，专任教师5864人；其中小学在校生4.05万人、初中在校生1.92万人: the parts are of
    在校学生, not of the teachers just before 其中 (a blind-written held-out clean report); the whole
    they name is then judged."""
    text = "全区在校学生{t}万人，专任教师5864人；其中小学在校生4.05万人、初中在校生1.92万人。"
    assert findings(RULE, text.format(t="8.26")) == []
    assert one(RULE, text.format(t="5.86")).evidence["whole"] == "5.86"


def test_three_short_parts_in_clauses_of_their_own():
    """卫生技术人员3.86万人，其中执业（助理）医师1.52万人，注册护士1.78万人，药师（士）0.63万人: three short
    names, each in its clause, are the parts even though they end otherwise (held-out phrasing,
    written blind); the same list with no unit after its figures reads the same."""
    text = "卫生技术人员{t}万人，其中执业（助理）医师1.52万人，注册护士1.78万人，药师（士）0.63万人。"
    assert one(RULE, text.format(t="3.86")).evidence["sum"] == "3.93"
    assert findings(RULE, text.format(t="3.96")) == []
    bare = "全市卫生技术人员{t}万人，其中医师1.52万、护士1.78万、药师0.63万。"
    assert one(RULE, bare.format(t="3.86")).evidence["sum"] == "3.93"
    assert findings(RULE, bare.format(t="3.96")) == []


@pytest.mark.parametrize("text", [
    # cuts of the whole in parts of the sentence of their own: private cars and new-energy cars overlap
    "年末全市民用汽车保有量86.42万辆，增长6.8%。其中，私人汽车74.95万辆，增长7.1%；新能源汽车12.37万辆，增长38.6%。",
    # services of the same stations: the shares given for them add up to more than the whole
    "152个站点中，兼营电商服务的104个、兼营快递代收的139个，分别占68.4%和91.4%。",
])
def test_parts_that_may_overlap_are_not_added(text):
    """Blind-written held-out bulletin and clean document: only a part larger than the whole would be
    a mistake here."""
    assert findings(RULE, text) == []


def test_parts_of_a_known_partition_are_added_across_semicolons():
    """其中，出口198.7亿元，增长10.6%；进口135.4亿元，增长4.9%: 出口 and 进口 split the total (the fact table
    share-partitions) whatever the punctuation; one part larger than the whole is still reported."""
    text = "一季度，全市货物进出口总额{t}亿元，同比增长8.2%。其中，出口198.7亿元，增长10.6%；进口135.4亿元，增长4.9%。"
    assert one(RULE, text.format(t="326.5")).evidence["sum"] == "334.1"
    assert findings(RULE, text.format(t="334.1")) == []
    single = "全区固定资产投资312.6亿元。其中：工业投资86.5亿元，增长9.6%；房地产开发投资328.7亿元，下降7.8%。"
    assert "328.7亿元" in one(RULE, single).message


def test_second_part_named_in_parallel_with_words_the_whole_holds():
    """快递业务量2.14亿件，增长18.6%；其中同城快递0.52亿件，异地快递1.83亿件: 同城快递 and 异地快递 are
    named in parallel with 快递, which the whole's name holds (held-out phrasing, written blind)."""
    text = "快递业务量{t}亿件，增长18.6%；其中同城快递0.52亿件，异地快递1.83亿件。"
    assert one(RULE, text.format(t="2.14")).evidence["sum"] == "2.35"
    assert findings(RULE, text.format(t="2.40")) == []


def test_double_counted_overlap_is_taken_away_not_added():
    """全年水资源总量38.62亿立方米。其中，地表水资源量35.17亿立方米，地下水资源量9.84亿立方米，地表水与地下水
    重复计算量6.39亿立方米: 35.17 + 9.84 − 6.39 = 38.62 (a blind-written held-out bulletin)."""
    assert findings(RULE, "全年水资源总量38.62亿立方米，比上年减少6.4%。其中，地表水资源量35.17亿立方米，地下水资源量"
                          "9.84亿立方米，地表水与地下水重复计算量6.39亿立方米。") == []


def test_the_parts_amount_in_the_next_clause():
    """共签约合作项目18个，总金额12.6亿元，其中文旅融合项目9个，金额13.4亿元: the next clause gives the same
    part's amount, named as the whole's (held-out phrasing, written blind)."""
    text = "两地现场共签约合作项目18个，总金额12.6亿元，其中文旅融合项目9个，金额{v}亿元。"
    assert "13.4亿元" in one(RULE, text.format(v="13.4")).message
    assert findings(RULE, text.format(v="6.4")) == []


def test_features_with_their_overlap_are_not_added():
    """新建和改造的46处工程中，安装智能水表的32处，配备水质在线监测设备的28处，两类设施兼备的21处: features,
    one of them the overlap of the others (a blind-written held-out summary); a part larger than the
    whole is still a mistake."""
    text = "新建和改造的{w}处工程中，安装智能水表的32处，配备水质在线监测设备的28处，两类设施兼备的21处。"
    assert findings(RULE, text.format(w="46")) == []
    assert one(RULE, text.format(w="30"))


# fresh21a held-out: parts in clauses of their own after a 其中 list, one named with a count in
# Chinese numerals (市、区两级财政配套)
def test_parts_in_clauses_with_a_count_in_a_name():
    text = ("今年全市老旧小区改造完成投资18.6亿元，其中争取中央补助资金4.2亿元、省级补助资金2.1亿元，"
            "市、区两级财政配套9.8亿元，社会资本和居民出资3.6亿元，多渠道筹资格局初步形成。")
    d = one(RULE, text)
    assert "19.7亿元" in d.message and "18.6亿元" in d.message
    assert findings(RULE, text.replace("18.6亿元", "19.7亿元")) == []
    # a clause that is no part (a verb phrase, 带动) ends the parts
    assert findings(RULE, text.replace("社会资本和居民出资3.6亿元", "带动社会投资3.6亿元")) == []


# fresh22a held-out: the clause after the 其中 clause gives the whole's measure for the part it counts
def test_amount_of_the_counted_part():
    text = "全市在建项目386个，上半年完成投资412.7亿元；其中亿元以上项目218个，完成投资436.5亿元。"
    d = one(RULE, text)
    assert d.evidence["whole"] == "412.7" and d.evidence["parts"] == ["436.5"]
    assert findings(RULE, text.replace("436.5亿元", "336.5亿元")) == []
    assert findings(RULE, text.replace("完成投资436.5亿元", "带动社会投资436.5亿元")) == []  # another effect
    assert findings(RULE, text.replace("完成投资436.5亿元", "实现产值436.5亿元")) == []  # another measure


# fresh23a held-out: the 率 of 大功率 is part of a noun (chargers are counted), not a rate
def test_high_power_chargers_are_counted():
    text = "全市高速公路服务区共建成充电桩312个，其中大功率超充桩336个。"
    d = one(RULE, text)
    assert d.evidence["whole"] == "312" and d.evidence["parts"] == ["336"]
    assert findings(RULE, text.replace("336个", "136个")) == []


def test_a_measure_ending_with_a_rate_is_no_part():
    from factlint.claims import analyse_text

    c = analyse_text("全市光伏装机312万千瓦，其中分布式光伏发电功率336万千瓦。")
    assert [f.non_additive for f in c.figures] == [False, True]


def test_base_of_a_multiple_is_no_whole():
    text = "全区养老机构床位1860张，是2019年465张的4倍，实现翻两番；其中护理型床位1142张，占61.4%。"
    assert findings(RULE, text) == []
    one(RULE, text.replace("1142张", "1942张"))


# fresh25b held-out (two false alarms): a threshold passed (迈上600亿元台阶) is no whole, and 个
# counts anything: parts named otherwise than the whole (停车位 among 小区) are not its parts
def test_threshold_is_no_whole():
    text = ("全区地区生产总值完成612.48亿元，比上年增长5.6%，迈上600亿元台阶。其中，第一产业增加值38.26亿元，"
            "增长3.1%；第二产业增加值247.91亿元，增长6.4%；第三产业增加值326.31亿元，增长5.3%。")
    assert findings(RULE, text) == []
    one(RULE, text.replace("612.48亿元", "602.48亿元").replace("迈上600亿元台阶", "稳步增长"))


def test_parts_of_another_noun_in_ge():
    text = "改造老旧小区17个，惠及居民3268户。其中，加装电梯的小区6个，增设停车位1150个。"
    assert findings(RULE, text) == []
    one(RULE, text.replace("小区6个", "小区26个"))


# fresh27a held-out: two parts named in parallel, holding the whole's word (赔款)
def test_two_parts_named_in_parallel():
    text = "赔款与给付支出41.27亿元，其中财产险赔款24.86亿元，人身险赔款与给付18.93亿元。"
    d = one(RULE, text)
    assert d.evidence["sum"] == "43.79"
    assert findings(RULE, text.replace("41.27", "43.79")) == []
    # a sibling of the whole in the next clause: not a part
    assert findings(RULE, "全县一般公共预算收入12.5亿元，其中税收收入9.1亿元，政府性基金收入15.2亿元。") == []


# fresh28b held-out: counts after 其中 are parts of the count before it, though an amount stands
# between (项目48个，协议总投资132.5亿元，其中超亿元项目51个)
def test_parts_in_the_unit_of_an_earlier_whole():
    text = "全年新签约招商引资项目48个，协议总投资132.5亿元，其中超亿元项目51个、超10亿元项目4个。"
    d = one(RULE, text)
    assert d.evidence["whole"] == "48" and d.evidence["parts"] == ["51"]
    assert findings(RULE, text.replace("51个", "31个")) == []
    # an effect or another noun in that unit is no part
    assert findings(RULE, "全市新建项目48个，完成投资132.5亿元，其中工业投资86亿元，带动就业岗位5200个。") == []
    assert findings(RULE, "全市新建项目48个，完成投资132.5亿元，其中工业投资86亿元，新增企业52个。") == []


# fresh29a held-out (clean document): 价 inside a counted noun (价格项目136项) makes no price
def test_parts_of_a_count_of_items_named_with_a_price_word():
    text = "全年新增纳入医保支付范围的医疗服务项目57项，调整医疗服务价格项目136项，其中调增{a}项、调减38项。"
    assert findings(RULE, text.format(a="98")) == []  # 98 + 38 = 136: of the 136, not of the 57
    d = one(RULE, text.format(a="108"))  # 108 + 38 = 146 > 136
    assert d.evidence["whole"] == "136"


# fresh31b held-out: parts the text says overlap; per-hundred-households figures
@pytest.mark.parametrize("text, fires", [
    ("412件案件中，涉及大气污染的186件、涉及水污染的142件、涉及固体废物的117件，部分案件同时涉及多类污染。", False),
    ("412件案件中，涉及大气污染的186件、涉及水污染的142件、涉及固体废物的117件。", True),
    ("每百户居民家庭拥有家用汽车46.2辆，其中城镇居民家庭每百户52.7辆、农村居民家庭每百户32.4辆。", False),
])
def test_overlaps_said_and_per_hundred_figures(text, fires):
    assert bool(findings(RULE, text)) is fires


# fresh38a held-out: a per-head whole (人均交通通信消费支出) with kinds of what it measures after 其中 (each
# named to end as the whole does, 支出) adds them up; groups of people after 其中 (城镇居民, 农村居民)
# have averages of their own that may exceed the whole's
def test_components_of_a_per_head_whole():
    d = one(RULE, "人均交通通信消费支出3652元，其中交通工具购买和使用支出2915元、通信工具和通信服务支出874元。")
    assert d.evidence["sum"] == "3789"
    assert findings(RULE, "人均交通通信消费支出3652元，其中交通工具购买和使用支出2815元、通信工具和通信服务支出837元。") == []


@pytest.mark.parametrize("text", [
    # (a review: groups named without 人均, and 其中 after a list of per-head figures, a subtotal)
    "全年全市居民人均可支配收入41268元，比上年增长5.1%。其中，城镇居民可支配收入51268元，增长4.6%。",
    "全年全市居民人均消费支出27436元，比上年增长5.3%。其中，城镇居民消费支出32412元，农村居民消费支出18690元。",
    "全年全市居民人均工资性收入23468元，人均经营净收入6210元，人均财产净收入3360元，其中工资性和经营净收入合计29678元。",
    "全体居民人均可支配收入41268元，其中城镇居民51234元、农村居民23456元。",
    "全体居民人均可支配收入41268元，其中城镇居民人均可支配收入51234元。",
    "全县居民人均可支配收入31268元，其中城镇居民人均可支配收入41234元、农村居民人均可支配收入23456元。",
])
def test_groups_of_people_under_a_per_head_whole(text):
    assert findings(RULE, text) == []


# fresh38a held-out (a trap): labels a firm may carry together (高新技术企业, 专精特新, 规模以上) are no
# split of the whole, so they are not added up; each is still no more than the whole, and parts
# without such labels are added as before
def test_labels_that_cut_across_are_not_added():
    assert findings(RULE, "全市数字经济核心产业企业1286家，其中高新技术企业423家、专精特新中小企业326家、规模以上企业612家。") == []
    one(RULE, "全市数字经济核心产业企业1286家，其中高新技术企业1423家、专精特新中小企业326家。")
    one(RULE, "全市企业1286家，其中软件企业723家、硬件企业626家。")


# a review of that reading: a label all parts carry (规上工业企业, 规上服务业企业) or its complement (非高新
# 技术企业, 规模以下…) tells nothing apart, and those parts split the whole
@pytest.mark.parametrize("text", [
    "全市规模以上企业1286家，其中规上工业企业723家、规上服务业企业626家。",
    "全市企业1286家，其中规模以上高新技术企业723家、规模以下高新技术企业626家。",
    "全市企业1286家，其中高新技术企业723家、非高新技术企业626家。",
    "全市龙头企业286家，其中国家级龙头企业12家、省级龙头企业86家、市级龙头企业198家。",
    "全市限额以上企业1286家，其中限上批发业523家、限上零售业426家、限上住宿业186家、限上餐饮业226家。",
])
def test_parts_told_apart_otherwise_are_added(text):
    one(RULE, text)


# fresh39a held-out: 价 names a price only of a sum of money; 按最低收购价政策收购7.05万吨 is a quantity
def test_a_quantity_bought_at_a_price_is_a_part():
    one(RULE, "分品种看，收购中晚稻6.82万吨，其中按最低收购价政策收购7.05万吨；收购玉米2.17万吨。")
    assert findings(RULE, "分品种看，收购中晚稻6.82万吨，其中按最低收购价政策收购5.05万吨；收购玉米2.17万吨。") == []
    # (a price in money is still no part: 其中最低收购价每吨2600元)
    assert findings(RULE, "全年收购粮食2180元，其中最低收购价2600元。") == []


# a review of that reading: only a deal's price (收购价, 销售价) before a quantity is no price; 评价 in a
# score's name keeps the score non-additive
def test_a_score_named_with_pingjia_is_no_part():
    assert findings(RULE, "全市营商环境评价得分92.5分，其中政务服务评价得分95.1分。") == []


# hunt on an audit report: parts of two wholes after one 其中 (each project's 送审 and 审减) are
# added only to the whole they are named like
AUDIT = ("全年完成政府投资项目预算审核86个，送审金额9.86亿元，审减1.07亿元，审减率10.9%。其中，"
         "城区道路提升改造工程送审3.28亿元，审减{a}亿元；县第二人民医院扩建工程送审2.74亿元，审减0.31亿元。")


def test_parts_of_two_wholes_are_added_to_their_own():
    assert findings(RULE, AUDIT.format(a="0.42")) == []
    d = one(RULE, AUDIT.format(a="1.12"))
    assert d.evidence["parts"] == ["1.12", "0.31"] and d.evidence["whole"] == "1.07"
    # (a review: each project's clause is an item, so the 送审 parts add up across the ；s too)
    d = one(RULE, AUDIT.replace("送审3.28", "送审6.28").replace("送审2.74", "送审4.74").format(a="0.42"))
    assert d.evidence["parts"] == ["6.28", "4.74"] and d.evidence["whole"] == "9.86"


# a review: 总投资 and 完成投资 of each kind of project, named with the verb before the measure
PROJECTS = ("全年实施市级重点项目120个，总投资860亿元，年度完成投资412亿元。其中，产业项目68个，总投资{a}亿元，"
            "完成投资248亿元；基础设施项目52个，总投资340亿元，完成投资164亿元。")


def test_parts_named_with_their_verb_go_to_their_whole():
    assert findings(RULE, PROJECTS.format(a="520")) == []
    assert one(RULE, PROJECTS.format(a="540")).evidence["sum"] == "880"


# hunt on a court's report: a rate after two parts that is the second over the first shows the
# second to be a part of the first (1987 of the 2206), not a second part of the whole
COURT = "受理行政案件2931件，同比增长6.0%。其中，一审行政案件2206件，行政机关负责人出庭应诉1987件，{r}。"


def test_a_part_of_the_part_before_shown_by_its_rate_is_not_added():
    assert findings(RULE, COURT.format(r="出庭应诉率90.1%")) == []
    assert "之和为4193件" in one(RULE, COURT.format(r="出庭应诉率85.2%")).message


# fresh42a held-out: members of two partitions of people (女性 of 男/女, 农村 of 城镇/乡村) cut the
# whole two ways and overlap; members of one partition still add up
@pytest.mark.parametrize("parts, fires", [
    ("女性1386人次、农村残疾人2015人次", False),
    ("男性学员1386人次，城镇学员2015人次", False),
    ("女性1386人次、男性2015人次", True),
    ("城镇残疾人1386人次、农村残疾人2015人次", True),
])
def test_parts_of_two_partitions_of_people_overlap(parts, fires):
    assert bool(findings(RULE, f"全年培训残疾人3120人次，其中{parts}。")) is fires


# fresh43b held-out: after an inline 其中, parts named by a list of places before the word the parts
# end with (溧阳市、金坛区、武进区财政资金) are parts too
AID = ("一年来，常州市累计投入援建资金{w}亿元，其中市级财政资金3.12亿元，溧阳市、金坛区、武进区财政资金1.94亿元，"
       "社会各界捐赠资金0.9亿元。")


def test_long_part_names_ending_like_the_first_part():
    assert findings(RULE, AID.format(w="5.96")) == []
    assert one(RULE, AID.format(w="5.86")).evidence["sum"] == "5.96"


# fresh44a held-out: a clause after the parts that names the rest (，其余由…自筹) makes the clauses
# before it parts, however few and whatever their size
FUNDS = ("项目计划总投资2.36亿元，其中争取中央和省级冷链物流补助资金2,860万元，整合县级涉农资金{v}万元，"
         "其余由运营企业自筹。")


def test_parts_before_the_rest_of_the_whole():
    assert findings(RULE, FUNDS.format(v="18,500")) == []
    assert one(RULE, FUNDS.format(v="31,500")).evidence["sum"] == "3.436"


# a review of the 其余 reading: a clause of another period before 其余 is no part
def test_a_clause_of_another_period_before_the_rest_is_no_part():
    assert findings(RULE, "今年安排资金5000万元，其中市级资金3000万元，去年同期安排资金6200万元，其余由区级承担。") == []


# hunt on a 住房公积金 report: a per-head figure (人均提取) stated after its aggregate (提取额) is not the
# whole of the kinds after 其中; the aggregate is
@pytest.mark.parametrize("first, fires", [("102.34", False), ("112.34", True)])
def test_per_head_figure_after_its_aggregate_is_not_the_whole(first, fires):
    text = f"全年提取额132.58亿元，人均提取3.33万元。其中，住房消费类提取{first}亿元，非住房消费类提取30.24亿元。"
    got = findings(RULE, text)
    assert bool(got) is fires
    if fires:
        assert got[0].evidence["whole"] == "132.58"


# fresh46a held-out: after 在X的Y中，the other member of the first part's partition after a ；is a part
@pytest.mark.parametrize("whole, fires", [("1658.14", False), ("1648.14", True)])
def test_zhong_group_runs_over_a_semicolon_to_the_partitions_other_member(whole, fires):
    text = (f"分城乡看，在{whole}亿元的社会消费品零售总额中，城镇消费品零售额1432.68亿元，增长5.4%；"
            f"乡村消费品零售额225.46亿元，增长7.1%。")
    assert bool(findings(RULE, text)) is fires


# a review of the reading above: the clause after the ；must name its figure in parallel with the
# first part (乡村人口 after 城镇人口), not open with a member word and speak of something else
@pytest.mark.parametrize("text", [
    "在全年120.5亿美元的货物进出口总额中，出口78.3亿美元；进口方面，全年服务贸易进口额65.4亿美元。",
    "在全市常住人口1250.3万人中，城镇人口863.7万人；全省乡村人口为2386.6万人。",
    "在全市常住人口1250.3万人中，城镇人口863.7万人；乡村劳动力转移就业412.5万人。",
])
def test_zhong_group_over_a_semicolon_only_for_a_parallel_part(text):
    assert findings(RULE, text) == []


# fresh47a held-out (and fresh33a): after an inline 其中, a second part that names a kind of the whole
# in the whole's own words (基层医疗卫生机构床位 of 医疗卫生机构实有床位) is a part, whatever its length;
# a sibling of the whole (政府性基金收入 after 税收收入 of 一般公共预算收入) is not
@pytest.mark.parametrize("text, fires", [
    ("全市医疗卫生机构实有床位2.41万张，其中医院床位1.98万张，基层医疗卫生机构床位5120张。", True),
    ("全市医疗卫生机构实有床位2.51万张，其中医院床位1.98万张，基层医疗卫生机构床位5120张。", False),
    ("全年农村网络零售额46.82亿元，其中农产品网络零售额31.56亿元，农村工业品网络零售额17.93亿元。", True),
    ("一般公共预算收入12.5亿元，其中税收收入9.1亿元，政府性基金收入8.2亿元。", False),
])
def test_second_part_named_in_the_wholes_words(text, fires):
    assert bool(findings(RULE, text)) is fires


# fresh48a held-out (clean): 其中 after a clause that names a measure with its change alone
# (生活用水增长2.7%) gives parts of that measure, not of the amount before it (火电工业用水0.86亿立方米)
def test_parts_of_a_measure_named_with_its_change_alone():
    text = ("工业用水比上年下降4.2%，其中火电工业用水0.86亿立方米，增长3.1%；生活用水增长2.7%，其中城镇生活用水1.68亿立方米，"
            "农村生活用水0.63亿立方米，用水结构持续优化。")
    assert findings(RULE, text) == []
    assert findings(RULE, "工业用水0.86亿立方米，增长3.1%；生活用水增长2.7%，其中城镇生活用水1.68亿立方米。") == []
    # (the amount of that measure before its change is still the whole; 比上年下降 names none)
    d = one(RULE, "生活用水1.86亿立方米，生活用水增长2.7%，其中城镇生活用水1.68亿立方米，农村生活用水0.63亿立方米。")
    assert d.evidence["sum"] == "2.31"
    assert one(RULE, "工业用水2.74亿立方米，比上年下降4.2%，其中火电工业用水2.86亿立方米。").evidence["whole"] == "2.74"


# a review: a change of a named measure right before 其中 says whose parts follow, whatever their names
@pytest.mark.parametrize("text", [
    "生态环境用水1.08亿立方米，增长5.6%；生活用水量比上年增长2.7%，其中城镇生活用水2.41亿立方米，农村生活用水0.86亿立方米。",
    "债务转贷收入32000万元，比上年减少6000万元；上级补助收入增长3.6%，其中一般性转移支付收入168420万元，"
    "专项转移支付收入50220万元。",
])
def test_parts_after_a_change_of_a_named_measure(text):
    assert findings(RULE, text) == []


def test_a_change_that_names_no_measure_leaves_the_whole_before_it():
    for lead in ("比上年增长", "按可比价格计算增长", "全年增长"):
        d = one(RULE, f"地区生产总值2856.4亿元，{lead}5.8%，其中第一产业增加值2956.1亿元。")
        assert d.evidence["whole"] == "2856.4"


# a review (false alarms of earlier code): a loss among the parts, a breakdown of one part after it,
# and parts that make up the whole before another cut of it
@pytest.mark.parametrize("text", [
    "全年实现利润总额1780.7亿元，其中大型企业利润752.6亿元、中型企业利润456.8亿元、小型企业利润612.1亿元、"
    "微型企业亏损40.8亿元。",
    "全年全省财政总收入4432.9亿元；其中，一般公共预算收入3059.6亿元，税收收入2028.1亿元，非税收入1031.5亿元。",
    "全省共有幼儿园9850所，其中公办幼儿园5420所，民办幼儿园4430所，普惠性幼儿园8960所。",
])
def test_quiet_on_losses_breakdowns_and_other_cuts(text):
    assert findings(RULE, text) == []


def test_parts_above_the_whole_are_still_reported():
    d = one(RULE, "全省共有幼儿园9850所，其中公办幼儿园5420所，民办幼儿园4530所，普惠性幼儿园860所。")
    assert d.evidence["whole"] == "9850"


def test_a_limit_kept_to_is_no_whole():
    """政府债务余额62.48亿元，控制在…债务限额68.90亿元以内，其中一般债务…，专项债务…: the parts are of the
    balance, not of the limit between it and 其中 (held-out phrasing, written blind)."""
    text = ("截至年末，全县政府债务余额62.48亿元，控制在省政府核定的债务限额68.90亿元以内，"
            "其中一般债务余额24.16亿元，专项债务余额{v}亿元。")
    d = one(RULE, text.format(v="41.32"))
    assert "62.48亿元" in d.message
    assert findings(RULE, text.format(v="38.32")) == []


def test_limits_after_a_limit_are_its_parts():
    """…控制在省核定的债务限额68.90亿元以内，其中一般债务限额25.60亿元、专项债务限额43.30亿元: the parts
    are limits, so the limit is their whole (a review found them compared with the balance)."""
    text = ("2025年末全县政府债务余额65.32亿元，严格控制在省核定的债务限额68.90亿元以内，"
            "其中一般债务限额25.60亿元、专项债务限额{v}亿元。")
    assert findings(RULE, text.format(v="43.30")) == []
    assert "68.90亿元" in one(RULE, text.format(v="45.30")).message


def test_the_same_attribute_of_the_whole_and_of_its_part():
    """拆除违法建设1426处、面积38.7万平方米，其中拆除存量违法建设1185处、面积41.2万平方米: the area of the
    part is of the area of the whole (held-out phrasing, written blind)."""
    text = "全年拆除违法建设1426处、面积38.7万平方米，其中拆除存量违法建设1185处、面积{v}万平方米。"
    assert "38.7万平方米" in one(RULE, text.format(v="41.2")).message
    assert findings(RULE, text.format(v="31.2")) == []


def test_a_kind_and_a_kind_it_holds():
    """职工2846人，其中卫生技术人员2418人、执业（助理）医师862人: doctors are health workers (the lexicon
    parts-nested-kinds), so the parts nest (a review); doctors and nurses of health workers add up."""
    assert findings(RULE, "市中心医院现有职工2846人，其中卫生技术人员2418人、执业（助理）医师862人。") == []
    assert "2.86万人" in one(RULE, "全市卫生技术人员2.86万人，其中执业（助理）医师1.12万人、注册护士1.93万人。").message


def test_a_rate_per_thousand_people_is_no_whole():
    """卫生技术人员5286人，每千常住人口卫生技术人员8.14人。其中执业（助理）医师2048人…: the parts are of
    the 5286 health workers; a figure per 1,000 residents is a rate, never the whole of a 其中 (a
    blind held-out set's clean document)."""
    text = ("全县卫生技术人员{t}人，每千常住人口卫生技术人员8.14人。"
            "其中执业（助理）医师2048人、注册护士2391人。")
    assert findings(RULE, text.format(t="5286")) == []
    assert "4439人" in one(RULE, text.format(t="4286")).message


def test_parts_after_a_comma_named_alike_in_four_characters():
    """其中A安排的支出…，B安排的支出…: two clauses after 其中 whose names end alike in four characters
    or more are both parts, whatever their lengths (held-out fresh66b); a sibling named only with the
    whole's last word (政府性基金收入 after 税收收入) is not."""
    text = ("全市政府性基金预算支出完成{t}亿元，其中国有土地使用权出让收入安排的支出29.86亿元，"
            "专项债券安排的支出8.45亿元。")
    assert "38.31亿元" in one(RULE, text.format(t="35.72")).message
    assert findings(RULE, text.format(t="39.72")) == []
    assert findings(RULE, "一般公共预算收入12.5亿元，其中税收收入9.1亿元，政府性基金收入5.2亿元。") == []


def test_parts_named_as_a_whole_counted_in_another_unit():
    # (a review: the 学员 with certificates are of 培训学员9860人次, not of 师资126人)
    text = "全市培训社会体育指导员师资126人，培训学员9860人次，其中取得等级证书的学员6840人。"
    assert findings(RULE, text) == []
    # a part named as its same-unit whole is still checked
    assert "126人" in one(RULE, "全市培训社会体育指导员师资126人，培训学员9860人次，其中取得等级证书的师资168人。").message


# review 27: the amount of a change (增收13.50亿元) is no whole of what follows 其中; one part named
# with the whole name of another figure (加计扣除金额) is that figure's
@pytest.mark.parametrize("text", [
    "1—10月，全市一般公共预算收入263.48亿元，同比增长5.4%（增收13.50亿元）。其中，税收收入190.27亿元，占一般公共预算收入的72.2%。",
    "全市一般公共预算收入263.48亿元，同比增长6.8%，增收25.12亿元，其中税收收入185.63亿元。",
    "加计扣除金额由上年的38.64亿元增加到43.52亿元，增长12.6%，按25%税率计算减免企业所得税10.88亿元。"
    "其中，制造业企业加计扣除金额31.25亿元，占全部加计扣除金额的71.8%。",
])
def test_not_the_whole_of_the_parts(text):
    assert findings(RULE, text) == []


def test_a_net_change_is_no_whole_of_the_changes_it_nets():
    # (review 28: a part's fall may exceed the net fall when another part grows)
    text = "全县政府性基金预算收入比上年减收2.82亿元，其中国有土地使用权出让收入减收2.96亿元，其他政府性基金收入增收0.14亿元。"
    assert findings(RULE, text) == []


def test_one_part_told_by_a_label_that_cuts_across_the_others():
    # (review 28: a manufacturer may be high-tech; 其他企业 is the rest of a labelled part)
    text = ("全年办理研发费用加计扣除4.15亿元，比上年增加0.89亿元。其中，制造业企业加计扣除金额3.48亿元，"
            "高新技术企业加计扣除金额2.96亿元。")
    assert findings(RULE, text) == []
    assert "1286家" in one(RULE, "全县企业1286家，其中高新技术企业1423家，其他企业186家。").message


# fresh59a held-out: voltages name classes of lines (35千伏及以上, 110千伏), never parts or wholes
def test_voltages_are_no_parts():
    text = "截至年底，全县35千伏及以上输电线路742公里，其中110千伏线路286公里、35千伏线路{v}公里，变电站32座。"
    (d,) = findings(RULE, text.format(v="497"))
    assert "742公里" in d.message and "千伏" not in d.message.split("总数")[1]
    assert findings(RULE, text.format(v="456")) == []


# review 29: a stock reached is no part of what was added; a part's change (减收1.68亿元) is no part
@pytest.mark.parametrize("text", [
    "全年全县新增床位215张。其中，县人民医院新建住院综合楼投入使用，县人民医院床位达到860张。",
    "政府性基金预算收入8.26亿元，比上年减收1.50亿元。其中，国有土地使用权出让收入7.12亿元，减收1.68亿元；其他政府性基金收入1.14亿元，增收0.18亿元。",
])
def test_stocks_and_changes_of_parts_are_no_parts(text):
    assert findings(RULE, text) == []


# review 29: parts after 其中 told apart by values of different attributes (sex, ethnicity, party;
# sector, size, capital) overlap (the lexicon parts-attribute-dimensions); values of one attribute
# (男生、女生) still split the whole
@pytest.mark.parametrize("text", [
    "全县共选出代表312名，其中女代表126名、少数民族代表24名、中共党员代表210名。",
    "普通高校毕业生12480人，其中女生6565人、师范类毕业生3126人、省外生源2840人。",
    "新引进项目86个，其中工业项目52个、亿元以上项目41个、外资项目9个。",
])
def test_parts_of_different_attributes_overlap(text):
    assert findings(RULE, text) == []


def test_parts_of_one_attribute_still_add_up():
    assert "1200人" in one(RULE, "在校生1200人，其中男生630人、女生670人。").message
    # (a word of an attribute inside a name is no value of it: 国有土地…, 城市基础设施…)
    assert "3.64亿元" in one(RULE, "全县政府性基金预算收入完成3.64亿元，其中国有土地使用权出让收入3.18亿元、"
                                   "城市基础设施配套费收入0.59亿元。").message


def test_the_first_of_two_bases_of_ratios_is_no_whole():
    # (分别为年初预算A和调整预算B的103.4%和100.6%。其中…: neither base is the whole of what follows)
    text = ("全市一般公共预算收入394.52亿元，分别为年初预算381.56亿元和调整预算392.17亿元的103.4%和100.6%。"
            "其中，税收收入285.63亿元，非税收入108.89亿元。")
    assert findings(RULE, text) == []


# review (a false alarm): 其中 opening its sentence is not of a figure before it that is a kind of
# its part (已向社会开放的学校体育场地面积 is a kind of 学校体育场地面积)
@pytest.mark.parametrize("whole, fires", [("1268.4", False), ("468.4", True)])
def test_a_kind_of_the_part_in_the_sentence_before_is_no_whole(whole, fires):
    text = (f"全市体育场地面积{whole}万平方米，其中已向社会开放的学校体育场地面积386.2万平方米，开放面积占比30.4%。"
            "其中，全市学校体育场地面积491.3万平方米，已向社会开放的学校体育场地面积386.2万平方米。")
    got = findings(RULE, text)
    assert bool(got) is fires
    if fires:
        assert "468.4" in got[0].message


# review (a false alarm): a part whose share names another whole (占政府采购成交金额的) is not of the
# figure before 其中 (节约资金)
def test_a_part_whose_share_names_another_whole():
    text = ("全年政府采购预算68.05亿元，节约资金5.87亿元，占政府采购预算金额的8.6%。其中，公开招标1286宗，"
            "占政府采购项目宗数的59.4%；授予中小企业合同金额48.73亿元，占政府采购成交金额的78.4%。")
    assert findings(RULE, text) == []
    # (a part whose share names its whole is still judged against it)
    assert findings(RULE, "全年节约资金5.87亿元。其中，工程类节约资金6.12亿元，占节约资金的104.3%。")


# review (a false alarm): the share's whole (政府采购规模) shares a word with the figure before 其中
# (政府采购节约资金) but is another quantity; the name with a word of amount (政府采购金额) is the whole
@pytest.mark.parametrize("whole, fires", [("节约资金2.8", False), ("金额32.6", True), ("资金32.6", True)])
def test_a_share_naming_a_whole_that_shares_a_word_with_the_figure_before(whole, fires):
    text = (f"全年政府采购规模49.8亿元，政府采购{whole}亿元。其中，授予中小企业合同金额38.2亿元，"
            "占政府采购规模的72.6%。")
    assert bool(findings(RULE, text)) is fires


# fresh63a held-out (a false alarm): the part's last word (抽检) names the whole among the figures
# before 其中, not the nearest one (不符合规定12批次)
@pytest.mark.parametrize("part, fires", [("426", False), ("1426", True)])
def test_the_whole_named_by_the_parts_last_word(part, fires):
    text = (f"医疗器械抽检1038批次，不符合规定12批次，合格率98.8%；其中一次性使用无菌注射器等无源器械抽检{part}批次，"
            "同比增长16.4%。")
    got = findings(RULE, text)
    assert bool(got) is fires
    if fires:
        assert "1038批次" in got[0].message


# review: the part's share names a whole (采购总额) that shares no word with the figure before 其中
# (节约财政资金); a generic name (总量) says nothing
@pytest.mark.parametrize("text, fires", [
    ("全年节约财政资金18.74亿元，其中授予中小企业合同金额146.16亿元，占采购总额的78.4%。", False),
    ("全市新增加装电梯386部，其中枫渚区、石樨区合计417部，占全市总量的比重为61.2%。", True),
    ("全市完成固定资产投资126亿元，其中工业投资148亿元，占总投资的117.5%。", True),
])
def test_a_share_naming_another_whole(text, fires):
    assert bool(findings(RULE, text)) is fires


def test_parts_of_a_framed_whole_said_to_overlap():
    """在4.25万吨收购量中，订单粮食…，优质粮食…（部分订单粮食同时为优质粮食）: the text says the parts
    overlap (held-out fresh43a, a trap); without that aside they exceed the whole."""
    text = "在4.25万吨收购量中，订单粮食2.87万吨，优质粮食3.12万吨{}。"
    assert findings(RULE, text.format("（部分订单粮食同时为优质粮食）")) == []
    assert "5.99万吨" in one(RULE, text.format("")).message


def test_qizhong_opening_a_sentence_after_two_wholes_alike():
    """城镇…148.36亿元，乡村…38.06亿元。其中，限额以上单位…62.85亿元: 其中 opening its sentence after
    two figures its part fits equally well names neither (held-out fresh69b, a clean document); after
    one, the part is of it."""
    text = ("全县城镇消费品零售额148.36亿元，乡村消费品零售额38.06亿元，城镇占全县的79.6%。"
            "其中，限额以上单位消费品零售额62.85亿元，增长7.3%。")
    assert findings(RULE, text) == []
    assert "38.06亿元" in one(RULE, "全县乡村消费品零售额38.06亿元，增长5.1%。其中，限额以上单位消费品零售额62.85亿元。").message


def test_a_target_is_no_whole():
    """新开工…8426套，超额完成省下达的8000套目标任务…。其中，…分别新开工…: the parts are of the 8426
    built, not of the target (a review of right text)."""
    text = ("全年新开工棚户区改造安置住房8426套，超额完成省下达的8000套目标任务，完成率105.3%。其中，章贡区、"
            "南康区、赣县区、于都县、瑞金市分别新开工{a}套、1962套、1457套、1503套、1366套。")
    assert findings(RULE, text.format(a="2138")) == []
    assert "8426套" in one(RULE, text.format(a="2738")).message


def test_kindergartens_by_ownership_and_by_inclusiveness_overlap():
    """其中民办幼儿园318所、普惠性幼儿园578所: 民办 and 普惠 split the kindergartens two ways, the
    普惠性民办 in both (a review of right text); 公办 and 民办 split them one way."""
    assert findings(RULE, "全市共有幼儿园642所，其中民办幼儿园318所、普惠性幼儿园578所。") == []
    assert "742所" in one(RULE, "全市共有幼儿园642所，其中公办幼儿园324所、民办幼儿园418所。").message
