import pytest

from _support import findings, none, one, snippets

RULE = "unsourced-superlative"


@pytest.mark.parametrize("text,span", [
    ("全市新型储能电池产量达到42.6吉瓦时，居全国第一。", "全国第一"),
    ("青螺湾景区成为全省唯一单日接待量突破10万人次的景区。", "全省唯一"),
    ("主要经济指标增速居全省前列。", "全省前列"),
    ("建成全国首个数据要素交易平台。", "全国首个"),
    ("这是史上最严格的环保标准。", "史上最严"),
    ("在全国同类城市中排名第二。", "全国同类城市中排名第二"),
    ("港口吞吐量位居全球第3位。", "全球第3"),
    ("全省最大的光伏基地建成投产。", "全省最大"),
    ("技术水平达到国际领先。", "国际领先"),
    # (fresh20b, fresh31b held-out) 规模 between 史上 and 最
    ("本次观摩会是我省史上规模最大的一次乡村振兴现场会。", "史上规模最大"),
    # rankings given 分别, listed (not numbered names)
    ("单晶硅、电解铝产能分别居全国第2、第4位。", "全国第2"),
    ("两项指数分别居全国第五、第三。", "全国第五"),
    # (fresh44b held-out) 规模 between 有史以来 and 最
    ("这是霁山县有史以来规模最大的一次非遗出省展演。", "有史以来规模最大"),
    # (fresh43b held-out) 最 with an adjective of its own (完整, 集中, 悠久)
    ("是全省保存最完整的县级苏维埃政府旧址。", "全省保存最完整"),
    # (fresh66a held-out) 之首, the first of a field
    ("前三季度，全市规上工业增加值增速位居全省各设区市之首。", "全省各设区市之首"),
    # (fresh67a held-out) a bracketed aside inside the field
    ("全年茶叶出口额4.37亿元，出口总量位居全省各县（市、区）第一。", "全省各县（市、区）第一"),
])
def test_claims_without_a_source(text, span):
    found = findings(RULE, text)
    assert [d.snippet for d in found] == [span]
    assert str(found[0].severity) == "info"


@pytest.mark.parametrize("text", [
    "据携程平台数据显示，假期桐岭市酒店预订量在全国三线城市中排名第一。",
    "据工业和信息化部公布的名单显示，宜岚经济技术开发区入选国家级绿色工业园区，为全省首个。",
    "国家统计局数据表明，我省粮食产量居全国第一。",
    "经工业和信息化部认定，为全国首个。",
    "据省农业农村厅统计，本次观摩会是我省史上规模最大的一次乡村振兴现场会。",
    "被评为全国首个生态文明示范区。",
    "全市第一产业增加值312.6亿元。",          # an ordinal name
    "入选全国第一批试点。",
    "全国人大第一次会议审议通过。",
    "全国第一个五年计划顺利完成。",
    "全面落实最低生活保障制度，全市最低生活保障标准提高。",
    "最大限度减少损失，全市上下最大程度凝聚共识。",
    "完全国产化的首台设备。",                  # 完全 is not 全国
    "发展中国家首位的增长。",
    "中国人民的唯一选择。",                    # 的 breaks the claim
    "单日最高接待游客10.6万人次。",            # no scope
    # (a review) numbered names listed: 县第一、第二、第三人民医院
    "改造提升县第一、第二、第三人民医院，新增床位600张。",
    # (fresh51a held-out) peak load is a term of the grid, not a ranking
    "7月31日，全省最高用电负荷达到4126万千瓦，比上年最高负荷提高385万千瓦。",
    "我市大数据产业规模居全国前列，据省统计局统计。",
    "据省文物局调查，是全省保存最完整的县级苏维埃政府旧址。",
    "两项成果入选全国最佳实践案例。",          # (最佳: an award's name, not a claim)
    "据省统计局数据，全市规上工业增加值增速位居全省各设区市之首。",
    "百善孝为先，孝为百行之首。",              # (no scope: a saying, no ranking)
    "据省商务厅统计，出口总量位居全省各县（市、区）第一。",
    "全省（含省直单位）共有126家单位参加评比，我局获评一等奖。",  # (no rank word after the aside)
    # (a review: policy formulas and plans with 最 adjectives, left out of the rank words)
    "力争到2025年，把我市建成全省产业链条最完善、要素保障最齐全的先进制造业基地。",
    "全省各地要以最完善的制度、最严密的法治保护生态环境。",
    "全省古籍保存最完整、种类最齐全的是省图书馆，这一结论见于《全省古籍普查报告》。",
])
def test_sourced_or_not_a_claim(text):
    assert findings(RULE, text) == []


def test_source_must_be_in_the_same_sentence():
    text = "据省统计局统计，全市粮食增产。全市粮食产量居全省第一。"
    assert snippets(RULE, text) == ["全省第一"]


def test_big_data_or_display_industry_is_no_source():
    assert snippets(RULE, "我市大数据产业规模居全国前列。") == ["全国前列"]
    assert snippets(RULE, "新型显示产业产值居全国第一。") == ["全国第一"]


def test_evidence_carries_the_claim_and_sentence():
    (d,) = findings(RULE, "前文。全市新能源汽车产量居全国第一。后文。")
    assert d.evidence == {"claim": "全国第一", "scope": "全国", "rank": "第一", "sentence": "全市新能源汽车产量居全国第一。"}
    assert "未注明出处" in d.message


def test_goals_are_not_claims():
    assert findings(RULE, "力争主要经济指标增速走在全国前列。") == []
    assert findings(RULE, "打造全国领先的数字经济高地。") == []
    # the goal word must be in the claim's own clause
    assert snippets(RULE, "力争再上新台阶，全市茶叶产量居全省第一。") == ["全省第一"]


def test_an_award_attests_only_a_claim_after_it_in_its_clause():
    # an award in another clause attests that award, not the ranking
    assert snippets(RULE, "我市新能源电池产量居全国第一，锂电产业集群入选国家先进制造业集群。") == ["全国第一"]
    # after the rank word the award is part of the claim
    assert snippets(RULE, "霁山县是全市唯一获评省级法治政府建设示范县的县区。") == ["全市唯一"]
    # before it, in its clause, the award attests the claim
    assert findings(RULE, "霁山县获评全市唯一的省级法治政府建设示范县。") == []
    assert findings(RULE, "我县茶园被列为全省首个有机茶生产基地。") == []


def test_top_n_is_a_ranking():
    assert snippets(RULE, "我县茶叶产量位居全国前三。") == ["全国前三"]
    assert snippets(RULE, "综合实力进入全国前100强。") == ["全国前100"]
    assert snippets(RULE, "财政收入居全省前10位。") == ["全省前10"]
    # periods are not rankings
    assert findings(RULE, "全省前三季度地区生产总值增长5.1%。") == []
    assert findings(RULE, "全县前五个月财政收入增长8%。") == []
    assert findings(RULE, "全国前三年累计完成投资。") == []
    assert findings(RULE, "据省统计局统计，我县茶叶产量位居全国前三。") == []
    assert findings(RULE, "92个学科进入ESI全球前1%。") == []  # a share of a list, not a rank


def test_a_named_place_as_the_scope():
    """A place named right before the rank word is the claim's scope: a division of the region
    table (日喀则市, 贵州) or a name with a place ending (澜溪县, held-out phrasing)."""
    d = one(RULE, "产业园建成投产，成为日喀则市唯一一家年加工能力超5万吨的青稞加工企业。")
    assert d.evidence["scope"] == "日喀则市" and d.evidence["claim"] == "日喀则市唯一"
    d = one(RULE, "该项目是澜溪县首家获得绿色工厂称号的企业。")
    assert d.evidence["scope"] == "澜溪县"
    none(RULE, "据市统计局统计，成为日喀则市唯一一家年加工能力超5万吨的青稞加工企业。")
    # not places: 城市, 景区; a strategy named with 首位; a run too long to tell where a name starts
    none(RULE, "打造国内大城市首个无障碍示范区。")
    none(RULE, "该景区最大的游客中心投入使用。")
    none(RULE, "深入实施科技创新和人才强市首位战略。")
    none(RULE, "推动加快建设省级重点示范县首个综合服务中心。")


def test_a_scope_after_a_rank_verb_may_be_further_from_the_rank():
    """位居全省设区的市第一: a rank verb before the scope says a ranking follows, so the scope may be
    further from the rank and 的 may stand between (held-out phrasing, written blind)."""
    d = one(RULE, "全年审议通过法规5件，立法项目数量位居全省设区的市第一。")
    assert d.evidence["scope"] == "全省" and d.evidence["rank"] == "第一"
    none(RULE, "据省人大常委会法工委统计，立法项目数量位居全省设区的市第一。")
    # no rank verb: 的 still ends a claim (中国人民的唯一选择), and 是 is no rank verb (是…中最大的)
    none(RULE, "这是全省人民的第一选择。")
    none(RULE, "这是我国过去经济建设中最大的教训。")


def test_first_of_a_kind_counted_with_suo_tai_li():
    """全省第一所…的普通高中, 全国第一台, 全省第一例: 所, 台, 例 after 第一 count a first of its kind
    (held-out phrasing, written blind); 第一批 and 第一部《…》 stay ordinals."""
    d = one(RULE, "学校是全省第一所开设人工智能实验班的普通高中。")
    assert d.evidence["claim"] == "全省第一"
    none(RULE, "据省教育厅公布的名单，学校是全省第一所开设人工智能实验班的普通高中。")
    none(RULE, "学校入选全省第一批人工智能实验学校名单。")
    none(RULE, "我国第一部《国防法》开始实施。")


def test_regions_as_scopes():
    """南疆首个, 西北第一, 中部地区第1: a region of the country is a scope as 全省 is (held-out phrasing,
    written blind; the 2025 reports of 宁夏, 江西, 甘肃 and 黑龙江 state such rankings)."""
    assert one(RULE, "援建的实训基地建成投用，成为南疆首个县级智能化职业技能实训基地。").evidence["scope"] == "南疆"
    assert one(RULE, "两化融合发展水平西北第一。").evidence["scope"] == "西北"
    none(RULE, "据工业和信息化部评估，两化融合发展水平西北第一。")
    none(RULE, "东北虎林园首次开放夜间游览。")


def test_rending_as_a_verb_in_another_part_is_no_source():
    """新认定高新技术企业87家，总数达到412家；…增速居全市第一: 认定 certifies the enterprises, it does not
    source the ranking after ； (a blind-written held-out report); 经…认定 with the claim still does."""
    one(RULE, "新认定高新技术企业87家，总数达到412家；全区数字经济核心产业增加值增长14.2%，增速居全市第一。")
    none(RULE, "经省科技厅认定，该实验室为全省首个县域重点实验室。")
    none(RULE, "据市统计局统计，新认定高新技术企业87家；全区数字经济核心产业增加值增速居全市第一。")


def test_release_of_a_product_is_no_source():
    """开幕当天发布的“鹭汀一号”氢能物流无人机，是全国首个…: 发布 releases the product, it publishes no
    source (a blind-written held-out story); 发布的数据 and 公布的名单 still source a claim, and so does a
    publishing verb in the claim's own clause."""
    one(RULE, "开幕当天发布的“鹭汀一号”氢能物流无人机，是全国首个实现量产交付的氢能物流无人机。")
    one(RULE, "召开省级新闻发布会185场，政务公开进入全国前三。")
    none(RULE, "工信部发布的数据显示，该市新能源汽车产量居全国第一。")
    none(RULE, "在省科技厅公布的名单中，该实验室为全省首个县域重点实验室。")


def test_rank_verb_before_a_longer_scope():
    """增速居全省内河港口第一: the rank verb 居 before the scope says the ordinal is a ranking (a blind
    held-out bulletin); 全国人大第一次会议 stays a name."""
    one(RULE, "岑澜港全年完成集装箱吞吐量26.3万标箱，增长21.7%，增速居全省内河港口第一。")
    none(RULE, "十四届全国人大第一次会议审议通过了政府工作报告。")


# fresh21b held-out: 首部 (a law, a film) is a rank word as 首个 is
def test_first_law_of_its_kind():
    one(RULE, "《岑溆市古村落保护条例》是全省首部专门保护古村落的地方性法规。")
    assert findings(RULE, "据省人大常委会法工委统计，《岑溆市古村落保护条例》是全省首部专门保护古村落的地方性法规。") == []


# fresh22b held-out: 获批 and 入选 state a rank, they do not source it (the catalog's source is
# 据… or …显示); an award (被评为) or an approval by a named body (经…批准) still attests it
def test_approval_and_selection_are_no_source():
    one(RULE, "2025年4月3日，淦沱县获批建设全省首个县域低空经济应用示范区。")
    one(RULE, "霁澜古城景区入选全省首家国家级智慧旅游沉浸式体验新空间培育试点。")
    assert findings(RULE, "霁澜古城景区被评为全省首家国家级智慧旅游景区。") == []
    assert findings(RULE, "经省发展改革委批准，淦沱县获批建设全省首个县域低空经济应用示范区。") == []


# fresh24b held-out: a list joined (入选…名单, 白名单) is no source of the rank; 长江经济带 is a scope
def test_a_list_joined_is_no_source():
    one(RULE, "今年，砻溪科创园成为中部地区首个入选国家级先进制造业集群培育名单的县级市园区。")
    one(RULE, "园区集成电路产业链本地配套率居长江经济带同类园区第一。")
    assert findings(RULE, "据工业和信息化部公布的名单，砻溪科创园成为中部地区首个入选该名单的县级市园区。") == []
    assert findings(RULE, "在赛迪顾问发布的榜单中，园区配套率居长江经济带同类园区第一。") == []


# the agency that 认定, 批准 or 命名 is the source, whether or not 经 comes before it (a review found
# a reading that asked for 经/由/被/获 raised the claim of 省科技厅认定该园区为全省首个…; withdrawn)
@pytest.mark.parametrize("text", ["省科技厅认定该园区为全省首个智慧园区。", "民政部批准该县为全国首个试点县。"])
def test_an_agency_that_certifies_is_a_source(text):
    assert findings(RULE, text) == []


# a review of the claim readings: 经国务院同意 is an approval by a named body, as 经…批准 is; 获批
# alone still states the rank itself, an approval in another part of the sentence (after ；) sources
# nothing of this claim, and 批复 is no source word (in published reports it approves something else
# in the same part: 国务院批复勐满公路口岸对外开放 beside 我国首个…国际卫生陆港)
def test_consent_and_reply_of_a_named_body_are_sources():
    assert findings(RULE, "2024年6月，经国务院同意，国家发展改革委批复设立全国首个数字经济创新发展试验区。") == []
    assert findings(RULE, "2023年，经国务院同意，我市获批全国第一个跨境电商综合试验区。") == []
    one(RULE, "2023年，我市获批全国第一个跨境电商综合试验区。")
    one(RULE, "经市政府同意，新建口袋公园12个；全区公园绿地面积居全市第一。")
    one(RULE, "磨憨铁路口岸成为我国首个国际卫生陆港，国务院批复勐满公路口岸对外开放。")


# a review of that reading: 同意 of people (经协商同意, 村民同意, 同意率) sources nothing, nor an approval
# two clauses up; 经…同意 names a body (its name ends in 院, 委, 府…) and governs its own clause or the
# clause right after it
@pytest.mark.parametrize("text", [
    "群众对征收方案的同意率达99.1%，居全区第一。",
    "全区居民满意度居全市第一，同意率保持在95%以上。",
    "经协商同意，两市合作共建全国首个跨省“飞地”产业园。",
    "在征得村民同意的基础上，我镇率先建成全省首个村级光伏电站。",
    "村民代表一致同意后，我村建成全县唯一的集体养老院。",
    "经市政府同意，新建口袋公园12个，全区公园绿地面积居全市第一。",
])
def test_consent_of_people_or_of_something_else_is_no_source(text):
    one(RULE, text)


def test_consent_of_a_named_body_governs_the_next_clause():
    assert findings(RULE, "经省委、省政府同意，设立全省首个县域数字经济示范区。") == []
    assert findings(RULE, "经国务院同意设立的全国首个数字经济创新发展试验区正式揭牌。") == []


# fresh49b held-out: 监测 in a thing's name (监测站, 监测预警能力) is no source; 经监测 and 监测结果 are
@pytest.mark.parametrize("text", [
    "全市建成乡镇空气质量自动监测站94个，成为全省首个实现乡镇空气自动监测全覆盖的设区市。",
    "我市山洪灾害监测预警能力居全省前列，全市已建成自动雨量站642个。",
])
def test_a_thing_named_with_jiance_gives_no_source(text):
    assert len(findings(RULE, text)) == 1


@pytest.mark.parametrize("text", [
    "经监测，全市空气质量优良天数比例居全省第一。",
    "省生态环境厅监测结果显示，我市空气质量居全省第一。",
])
def test_a_monitoring_result_is_a_source(text):
    assert findings(RULE, text) == []


# fresh61b held-out: 目标 in an assessment against targets, or in a goal already reached, states no goal
@pytest.mark.parametrize("text, fires", [
    ("全年信访工作目标考核位居全市第一，县信访局被评为全市信访系统先进集体。", True),
    ("我市已实现宗教活动场所消防远程监控全覆盖，成为全省首个实现这一目标的地级市。", True),
    ("我市的目标是到2027年成为全省首个实现消防远程监控全覆盖的地级市。", False),
    ("力争信访工作目标考核位居全市前列。", False),
])
def test_a_target_assessment_or_a_goal_reached_is_a_claim(text, fires):
    assert bool(findings(RULE, text)) is fires


# review (a false alarm): a ranking denied is no claim
@pytest.mark.parametrize("text, fires", [
    ("2023年，我县未能在全市信访工作目标考核中位居全市第一，差距明显。", False),
    ("我县尚未成为全省首个实现全覆盖的县。", False),
    ("2024年，我县在全市信访工作目标考核中位居全市第一。", True),
])
def test_a_ranking_denied(text, fires):
    assert bool(findings(RULE, text)) is fires


# fresh63b held-out: the twentieth of a named day is no rank; a word of certification that is no act
# of an authority (明确工坊认定、扶持和退出机制) gives no source
@pytest.mark.parametrize("text, fires", [
    ("今年6月8日是我国第二十个“文化和自然遗产日”。", False),
    ("我省成为全国第一个实现全覆盖的省份。", True),
    ("湖南出台管理办法，明确工坊认定、扶持和退出机制，成为全国唯一为非遗工坊单独制定省级规章的省份。", True),
    ("经省科技厅认定，该园区为全省首个省级农业科技园区。", False),
])
def test_ordinals_of_named_days_and_acts_of_authorities(text, fires):
    assert bool(findings(RULE, text)) is fires


# review: more ways of denying a ranking
@pytest.mark.parametrize("text", ["我市并不是全省唯一出台办法的城市。", "我市未进入全国前十。", "我市从未位居全省第一。",
                                  "该馆远非全国最大。", "我市能否成为全省首个示范市，尚未可知。"])
def test_rankings_denied_or_asked(text):
    assert findings(RULE, text) == []


# the N-th of a day, week or month held every year counts the occasions: no ranking
@pytest.mark.parametrize("text, fires", [
    ("5月12日是我国第十六个全国防灾减灾日。", False),
    ("今年是我国第33个全国税收宣传月，活动主题为“税惠千万家”。", False),
    ("9月10日是我国第40个教师节。", False),
    ("在我国第十个烈士纪念日之际，我区举行公祭活动。", False),
    ("我市成为全国第一个设立企业家节的城市。", True),
    ("我省成为全国第二个实现全覆盖的省份。", True),
    ("我县是全省第三个通过验收的县。", True),
])
def test_the_nth_occasion_of_a_yearly_day_is_no_ranking(text, fires):
    assert bool(findings(RULE, text)) is fires
