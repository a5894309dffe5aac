"""The held-out sets (tests/fixtures/heldout/<set>): documents written before factlint was run on
them, with planted errors and clean documents, scored as ../shared/eval-dev/score.py scores the dev
set (see _heldout.py): every planted case found by one of its accepted rules on one of its anchor
lines, except the known misses listed per set with the reason, and no error or warning on a
must-not-flag line or in a clean document.  ``score.py --set tests/fixtures/heldout/<set>`` gives
the same figures."""

from __future__ import annotations

import pytest

from _heldout import false_alarms, missed_cases

#: per set, the (file, intended rule) of the cases factlint does not find yet, and why
KNOWN_MISSES: dict[str, set[tuple[str, str]]] = {
    # The held-out arithmetic set (tests/fixtures/heldout/arithmetic), scored as
    # ../shared/eval-dev/score.py scores the dev set: every planted case found by one of its accepted
    # rules on one of its anchor lines, except the misses listed below (known limits, with the reason),
    # and no error or warning on a must-not-flag line or in a clean document.
    #
    # The documents were written before factlint was run on them (batch 2 after the first round of
    # fixes), so they measure how the arithmetic rules generalise to phrasings the dev set does not
    # use.  ``score.py --set tests/fixtures/heldout/arithmetic`` gives the same figures.
    "arithmetic": {
        # 三县…126家企业 vs 162家企业: the two sentences name the measure differently
        ("03_qingxi_east_west_cooperation.txt", "inconsistent-figure"),
        # 东海、南浦和临江两市: a two-segment list joined by 和 is too often two verb phrases
        ("03_qingxi_east_west_cooperation.txt", "enumeration-count"),
    },
    # The held-out mixed set (tests/fixtures/heldout/mixed): four documents with planted errors over
    # all 24 rules and two clean documents, scored as ../shared/eval-dev/score.py scores the dev set:
    # every planted case found by one of its accepted rules on one of its anchor lines, except the
    # misses listed below (known limits, with the reason), and no error or warning on a must-not-flag
    # line or in a clean document.
    #
    # The documents were written before factlint was run on them (first score recall 33/44, see the
    # set's README).  ``score.py --set tests/fixtures/heldout/mixed`` gives the same figures.
    "mixed": {
        # 累计到位1.74亿元，包括A和B: 包括 may list a selection, and the items fall short of the total
        ("04_qinggang_cooperation_report.txt", "total-mismatch"),
    },
    # The held-out set fresh2 (tests/fixtures/heldout/fresh2): four documents with 47 planted errors
    # over all 24 rules and two clean documents, scored as ../shared/eval-dev/score.py scores the dev
    # set: every planted case found by one of its accepted rules on one of its anchor lines, except the
    # misses listed below (known limits, with the reason), and no error or warning on a must-not-flag
    # line or in a clean document.
    #
    # The documents were written before factlint was run on them (first score recall 35/43 plus 4/4
    # info cases, see the set's README).  ``score.py --set tests/fixtures/heldout/fresh2`` gives the
    # same figures.
    "fresh2": {
        # 年末全市常住人口386.52万人…。全市共有家庭户128.84万户，户均3.5人: the total is in the
        # sentence before the average, and averages are checked within one sentence
        ("01_lanjiang_statistical_bulletin.txt", "average-mismatch"),
    },
    # The held-out fresh3a set (tests/fixtures/heldout/fresh3a): three documents with 30 planted errors
    # over the eleven arithmetic-section rules and one clean document full of traps, scored as
    # ../shared/eval-dev/score.py scores the dev set: every planted case found by one of its accepted
    # rules on one of its anchor lines, except the misses listed below (known limits, with the reason),
    # and no error or warning on a must-not-flag line or in the clean document.
    #
    # The documents were written before factlint was run on them (first score recall 23/30, see the
    # set's README).  ``score.py --set tests/fixtures/heldout/fresh3a`` gives the same figures.
    "fresh3a": {
        # 全县地区生产总值达到286.4亿元 (the review year, from the heading) vs 由2020年的203.6亿元增加到
        # 2025年的284.6亿元: one figure's period is the document's, the other's the written year, and
        # those are not taken to be the same
        ("03_zhechuan_county_report.txt", "inconsistent-figure"),
    },
    # The held-out fresh3b set (tests/fixtures/heldout/fresh3b): three documents with 30 planted
    # errors over the usage, calendar/facts and claims rules (each at least twice) and one clean
    # document, scored as ../shared/eval-dev/score.py scores the dev set: every planted case found by
    # one of its accepted rules on one of its anchor lines, except the misses listed below (known
    # limits, with the reason), and no error or warning on a must-not-flag line or in the clean
    # document.
    #
    # The documents were written before factlint was run on them (first score 28/30, see the set's
    # README).  ``score.py --set tests/fixtures/heldout/fresh3b`` gives the same figures.
    "fresh3b": {
        # 2021年至2024年的三年间: the rule accepts the difference Y−X as well as the inclusive count,
        # as published text also counts that way (1965年到1976年11年中 in the corpus), so a count one
        # short of the inclusive span is not judged
        ("01_baishi_township_work_report.txt", "year-span-mismatch"),
    },
    # The held-out fresh4 set (tests/fixtures/heldout/fresh4): three documents with 30 planted errors
    # over the 11 arithmetic rules (东西部协作 summary, 区统计公报, Markdown news with a 合计 table) and one
    # clean document, scored as ../shared/eval-dev/score.py scores the dev set: every planted case found
    # by one of its accepted rules on one of its anchor lines, except the misses listed below (known
    # limits, with the reason), and no error or warning on a must-not-flag line or in a clean document.
    #
    # The documents were written before factlint was run on them (first score recall 25/30 with two
    # false alarms, see the set's README).  ``score.py --set tests/fixtures/heldout/fresh4`` gives the
    # same figures.
    "fresh4": set(),
    # The held-out set fresh5a (tests/fixtures/heldout/fresh5a): three documents with 30 planted errors
    # over the arithmetic rules (a 县 budget report, a 农业农村局 summary, Markdown port news with a
    # 合计 table) and one clean document, written blind (first score recall 23/30 with two false alarms
    # and two in the clean document, see the set's README).
    "fresh5a": {
        # 全港集装箱航线达到146条 vs 澄屿港已开通集装箱航线164条: the generic 全港 and the port's own
        # name are not taken to be one subject
        ("03_chengyu_port_news.md", "inconsistent-figure"),
    },
    # The held-out set fresh5b (tests/fixtures/heldout/fresh5b): three documents with 32 planted errors
    # over the usage, calendar/facts and claims rules and one clean document, written blind (first
    # score 28/32 with the info cases, no false alarm).
    "fresh5b": set(),
    # fresh6a (tests/fixtures/heldout/fresh6a): 31 planted arithmetic errors in a 统计公报 section, a
    # 乡村振兴 summary and 高考 news with two tables, and a clean document, written blind (first score
    # 21/31 with one false alarm, see the set's README).
    "fresh6a": {
        # 选择物理类的考生3.86万人，占报名总数的58.2%: 报名总数 names 6.58万名考生报名参加高考 (another
        # paragraph) by its verb, not by its measure
        ("03_qingyu_gaokao_news.md", "share-mismatch"),
    },
    # fresh6b (tests/fixtures/heldout/fresh6b): 32 planted usage, calendar and claims errors in a 县
    # 大事记 whose dates have no year, a 人大常委会 report and festival news, written blind (first score
    # 30/32 with the info cases).
    "fresh6b": set(),
    # fresh7a (tests/fixtures/heldout/fresh7a): 31 planted arithmetic errors in a 政府工作报告, a
    # 交通运输和生态环境统计公报 and 招商引资 news with two tables, written blind (first score 24/31,
    # no false alarm).
    "fresh7a": {
        # 市区空气质量优良天数达到321天 vs …优良天数318天: days are read as a duration, never indexed
        ("02_chengxi_transport_eco_bulletin.txt", "inconsistent-figure"),
        # table 岚川高新区 | 10 vs 岚川高新区签约项目11个: 10 is a round ten, and two digits are no slip
        ("03_lanchuan_investment_news.md", "inconsistent-figure"),
    },
    # fresh8a (tests/fixtures/heldout/fresh8a): 30 planted arithmetic errors in an 审计工作报告, a
    # 卫生健康统计公报 and consumption news with two tables, written blind (first score 22/30).
    "fresh8a": {
        # 三级医院9个 vs 10个: a round ten is no slip of the pen
        ("02_chengyu_health_bulletin.txt", "inconsistent-figure"),
        # table 餐饮 | 12.86 (销售额) vs 餐饮企业实现营业额12.68亿元: a table of categories, and 营业额
        # is not 销售额
        ("03_yuanting_national_day_news.md", "inconsistent-figure"),
    },
    # fresh8b (tests/fixtures/heldout/fresh8b): 30 planted errors, mostly arithmetic, in a 县 政府工作
    # 报告, an 教育事业统计公报 and tea-industry news with a table, written blind (first score 21/30 with
    # a false alarm in the clean document).
    "fresh8b": {
        # 新建高标准农田4.2万亩 vs 在2025年建成高标准农田2.4万亩的基础上: the second is read as part of
        # the 2026 plan it opens
        ("01_lanxi_county_gov_report.txt", "inconsistent-figure"),
        # 平均班额49.6人: its total (小学在校生32.18万人) is in another paragraph, under another name
        ("02_hezhou_education_bulletin.txt", "average-mismatch"),
        # table 青峰乡 | 1260 vs prose 1320: two digits differ, no slip of the pen
        ("03_yunxiu_tea_industry_news.md", "inconsistent-figure"),
    },
    # fresh9a (tests/fixtures/heldout/fresh9a): 30 planted arithmetic errors in a 人社统计公报, a 农业农村
    # summary and 春运 news with a table, written blind (first score 22/30).
    "fresh9a": {
        # 基本养老、失业、工伤保险参保人数分别为…94.68万人… vs 失业保险参保人数96.48万人: the value of a 分别
        # list has no measure of its own
        ("01_tinglan_hrss_bulletin.txt", "inconsistent-figure"),
        # 累计建成高标准农田28.6万亩 vs 26.8万亩: 累计 figures in different sections are not taken to be one
        ("02_qihe_county_rural_work_summary.txt", "inconsistent-figure"),
        # 比上年的22614元同口径增长9.2%: 同口径 growth may differ from the raw ratio, so it is not judged
        ("02_qihe_county_rural_work_summary.txt", "change-mismatch"),
    },
    # fresh9b (tests/fixtures/heldout/fresh9b): 31 planted errors over all sections (a 镇 work summary,
    # holiday tourism news with a table, an 对口支援 summary with real places), written blind (first
    # score 25/31 with the info cases).
    "fresh9b": set(),
    # fresh10a (tests/fixtures/heldout/fresh10a): 30 planted arithmetic errors in a 工业和投资 bulletin
    # section, a 衔接 report to the 县人大常委会 and 一季度 news with an indicator table, written blind
    # (first score 21/30).
    "fresh10a": {
        # 全县现有脱贫户11264户 vs 11246户: the two places name the measure differently
        ("02_qingman_rural_revitalization_report.txt", "inconsistent-figure"),
    },
    # fresh10b (tests/fixtures/heldout/fresh10b): 30 planted errors over all sections (an 生态环境局
    # summary, a museum's 70th-anniversary feature with a table, an 东西部协作 summary with real
    # places), written blind (first score 24/30 with the info cases).
    "fresh10b": {
        # 帮助…农村劳动力实现就业2.36万人 vs 带动2.63万名农村劳动力实现稳定就业: measures named differently
        ("03_linlan_east_west_cooperation.txt", "inconsistent-figure"),
    },
    # fresh11a (tests/fixtures/heldout/fresh11a): 32 planted arithmetic errors in a 区 政府工作报告, a
    # 农业生产 analysis and 就业服务月 news with a table, written blind (first score 25/32, one false
    # alarm).
    "fresh11a": {
        ("01_lanmei_district_gov_report.txt", "inconsistent-figure"),  # named differently
    },
    # fresh11b (tests/fixtures/heldout/fresh11b): 30 planted errors, mostly arithmetic, in news copy (a
    # 和美乡村 feature with a table, a trade press release, a tourism year review), written blind (first
    # score 24/30, one false alarm).
    "fresh11b": {
        ("01_lanping_hemei_village.md", "inconsistent-figure"),  # 行政村186个 vs 192个: named differently
        ("02_qigang_foreign_trade.txt", "share-mismatch"),  # 占全市进出口总值的14.8%: several wholes of the name
        # 占游客总数的35.7%: a whole named by a word and 总数 was looked up for a session, until a review
        # found it took plans, flows and subsets (reading withdrawn)
        ("03_wangchuan_culture_tourism.txt", "share-mismatch"),
    },
    # fresh12a (tests/fixtures/heldout/fresh12a): 30 planted arithmetic errors in a 预算执行 report, a
    # 人民生活和社会保障 bulletin section and 重点项目 news with a table, written blind (first score 21/30).
    "fresh12a": {
        ("01_chengyu_budget_execution.txt", "enumeration-count"),  # 老城更新片区: the last item is longer
        ("03_liping_key_projects_news.md", "inconsistent-figure"),  # table 46 vs 42个: two digits
    },
    # fresh13a (tests/fixtures/heldout/fresh13a): 30 planted arithmetic errors in a 生态环境状况公报, an
    # 教育事业统计公报 and 医疗卫生 news with a table, written blind (first score 23/30 with one false
    # alarm, and three in the clean document: fixed since).
    "fresh13a": {
        ("01_xuzhi_eco_bulletin.txt", "inconsistent-figure"),  # PM2.5 年均浓度 28.4 vs 28.9: a 结语 restates
    },
    # fresh13b (tests/fixtures/heldout/fresh13b): 30 planted arithmetic errors in a 交通运输 summary, a
    # 科技创新 report and holiday tourism news with a table, written blind (first score 26/30 with three
    # false alarms and one in the clean document: fixed since).
    "fresh13b": set(),
    # fresh13c (tests/fixtures/heldout/fresh13c): 30 planted errors over all sections (a 区 政府工作报告,
    # a 县 news story on a 七一 meeting with a table, a 一季度 release), written blind (first score 21/24
    # with 5/6 info cases, no false alarm).
    "fresh13c": set(),
    # fresh14a (tests/fixtures/heldout/fresh14a): 30 planted arithmetic errors in a 民政 summary, an
    # 农业农村 bulletin and consumption news with a table by 商圈, written blind (first score 25/30 with
    # two false alarms in the clean document: fixed since).
    "fresh14a": set(),
    # fresh14b (tests/fixtures/heldout/fresh14b): 30 planted errors over all sections (a 预算 report, news
    # of 纪念活动, a 文化和旅游 year review), written blind (first score 20/24 with 6/6 info cases, no
    # false alarm).
    "fresh14b": {
        ("03_mangyuan_culture_tourism_review.txt", "average-mismatch"),  # 以全年…测算: total eight lines up
    },
    # fresh15a (tests/fixtures/heldout/fresh15a): 30 planted arithmetic errors in a 国有资产 report, a
    # 住房和城乡建设 summary and port trade news with a table, written blind (first score 24/30, one
    # false alarm in the clean document: fixed since).
    "fresh15a": {
        ("01_longqi_state_assets_report.txt", "inconsistent-figure"),  # 企业国有资产总额 vs 资产总额
        ("03_zhanghai_port_trade_news.md", "share-mismatch"),  # 对欧盟进出口…占18.2%: whole a paragraph up
    },
    # fresh15b (tests/fixtures/heldout/fresh15b): 30 planted errors over all sections (a 县政协 report, a
    # hospital's 80th-anniversary story with a 大事记 table, a 人口和就业 bulletin section), written
    # blind (first score 21/25 with 5/5 info cases, no false alarm).
    "fresh15b": {
        ("02_lixu_hospital_80th.md", "anniversary-mismatch"),  # a founding year the fact table has not
    },
    # fresh16a (tests/fixtures/heldout/fresh16a): 30 planted arithmetic errors in a 人社 summary, an
    # 工业经济 analysis and 乡村振兴 news with a table by 乡镇, written blind (first score 27/30, no false
    # alarm).
    "fresh16a": {
        ("03_dailing_rural_industry_news.md", "inconsistent-figure"),  # 水果产量16.8万吨 vs 16.3万吨水果
    },
    # fresh16b (tests/fixtures/heldout/fresh16b): 30 planted errors over all sections (a 人大常委会 report,
    # 科技博览会 news with a table, a 社会事业 bulletin section), written blind (first score 21/26 with
    # 3/4 info cases, one false alarm in the clean document: fixed since).
    "fresh16b": {
        ("01_tiaolan_npc_standing_committee_report.txt", "inconsistent-figure"),  # 会议9次 vs 11次常委会会议
    },
    # fresh17a (tests/fixtures/heldout/fresh17a): 30 planted arithmetic errors in a 商务 summary, an
    # 投资和房地产 bulletin section and marathon news with a table, written blind (first score 22/30, no
    # false alarm).
    "fresh17a": {
        ("01_chuchuan_commerce_summary.txt", "inconsistent-figure"),  # 新设外商投资企业47家 vs 52家
        ("03_huanyu_marathon_news.md", "enumeration-count"),  # …和5公里欢乐跑三个项目
        ("03_huanyu_marathon_news.md", "part-exceeds-total"),  # 其中景区门票收入…，演艺和夜游消费…
    },
    # fresh17b (tests/fixtures/heldout/fresh17b): 30 planted errors over all sections (a 镇 work summary,
    # a 老字号 feature with a 大事记 table, a 交通邮电和旅游 bulletin section), written blind (first score
    # 23/26 with 3/4 info cases, two false alarms: fixed since).
    "fresh17b": {
        ("02_heming_sauce_feature.md", "inconsistent-figure"),  # 陶缸2400口 vs 2600口陶缸
        ("02_heming_sauce_feature.md", "mixed-numeral"),  # 4千平方米 (千平方米 may be a unit)
    },
    # fresh18a (tests/fixtures/heldout/fresh18a): 30 planted arithmetic errors in a 预算执行 report, a
    # 农村居民收支 bulletin section and 老旧小区改造 news with a table, written blind (first score 21/30;
    # its one false alarm is a planted error reported as part-exceeds-total, which the key does not
    # accept for it).
    "fresh18a": {
        ("02_linping_rural_bulletin.txt", "total-mismatch"),  # reported as part-exceeds-total
        ("02_linping_rural_bulletin.txt", "shares-exceed-whole"),  # 稻谷、玉米、大豆…分别占
        ("03_tanzhu_old_community_renewal.md", "inconsistent-figure"),  # 新增停车位 vs 新增的…停车位
    },
    # fresh18b (tests/fixtures/heldout/fresh18b): 30 planted errors over all sections (a 区 work
    # report, 对口支援 news with a table, a 资源环境和安全生产 bulletin section), written blind (first
    # score 21/26 with 4/4 info cases, one false alarm: fixed since).
    "fresh18b": {
        ("01_yanting_district_work_report.txt", "inconsistent-figure"),  # 48.62 vs 48.26万人 (以…为基数)
    },
    # fresh19a (tests/fixtures/heldout/fresh19a): 30 planted arithmetic errors in a 医疗保障 summary, a
    # 服务业和消费 analysis and 快递进村 news with a table, written blind (first score 21/30, no false
    # alarm).
    "fresh19a": {
        ("02_changyang_services_consumption.txt", "total-mismatch"),  # 上述四个行业门类…共计: items a line up
        ("02_changyang_services_consumption.txt", "share-mismatch"),  # the whole a paragraph up
        ("02_changyang_services_consumption.txt", "average-mismatch"),  # 人均社会消费品零售额: total a line up
        ("03_liwu_express_village_news.md", "inconsistent-figure"),  # 站点148个 vs 184个
    },
    # fresh19b (tests/fixtures/heldout/fresh19b): 30 planted errors over all sections (a 政协提案 report,
    # a university's 70th-anniversary story with a 大事记 table, a 科技教育文化 bulletin section), written
    # blind (first score 19/24 with 6/6 info cases, no false alarm).
    "fresh19b": {
        ("01_tanpi_cppcc_proposals.txt", "average-mismatch"),  # 委员人均提交个人提案1.4件: total a paragraph up
        ("01_tanpi_cppcc_proposals.txt", "inconsistent-figure"),  # 立案558件 vs 立案的565件提案
        ("03_junting_bulletin_sci_edu_culture.txt", "share-mismatch"),  # the whole a paragraph up
    },
    # fresh20a (tests/fixtures/heldout/fresh20a): 30 planted arithmetic errors in a 水利 summary, an
    # 能源 analysis and 人才引进 news with a table, written blind (first score 24/30, one false alarm:
    # fixed since).
    "fresh20a": {
        ("01_mangxi_water_summary.txt", "total-mismatch"),  # 按项目类型分，…其他0.17亿元 in the next sentence
        ("01_mangxi_water_summary.txt", "shares-exceed-whole"),  # 按工程规模分，…覆盖…%: 覆盖 shares
        ("02_tangyin_energy_analysis.txt", "shares-exceed-whole"),  # 从终端消费品种看，…占
        ("03_qinchuan_talent_news.md", "shares-exceed-whole"),  # 本科学历占…，大专及以下学历占: no 从…看
        ("03_qinchuan_talent_news.md", "inconsistent-figure"),  # 共引进各类人才7954人 vs 引进的7594名人才
    },
    "fresh21a": {
        ("01_luting_transport_summary.txt", "enumeration-count"),  # 汀江四桥和…: a numeral in an item, 和
        ("03_liaozhou_housing_news.md", "inconsistent-figure"),  # 筹集…6850套 vs 已筹集的6580套…: verb before 的
    },
    "fresh21b": {
        ("03_xiangyuan_bulletin_population.txt", "inconsistent-figure"),  # 参加…养老保险人数 vs …参保人员: named differently
    },
    "fresh22a": {
        ("03_yiling_national_day_news.md", "share-mismatch"),  # 其中，…占比为21.3%: the whole a paragraph up
        ("03_yiling_national_day_news.md", "average-mismatch"),  # 人均消费 column over 综合收入: not named alike
        ("03_yiling_national_day_news.md", "inconsistent-figure"),  # table row 鹤汀古镇 vs 鹤汀古镇假期接待游客 (a 古镇 name)
    },
    "fresh22b": set(),
    "fresh23a": set(),
    "fresh23b": {
        ("01_liaochuan_press_conference.txt", "inconsistent-figure"),  # 新建改建农村公路 vs 新改建农村公路
    },
    "fresh24a": {
        # …，两年增长了2.8倍: a number of years before a change may be another span than the pair's
        ("02_quchuan_foreign_trade_analysis.txt", "change-mismatch"),
    },
    "fresh24b": {
        ("01_shuyan_cppcc_2025_summary.txt", "inconsistent-figure"),  # 立案468件 vs 486件立案提案: named differently
    },
    "fresh25a": {
        ("01_xulan_zhujian_2024.txt", "inconsistent-figure"),  # 城镇燃气老旧管道更新改造 vs 老旧管道更新改造
        ("02_mengyu_renkou_minsheng.txt", "share-mismatch"),  # 四项合计29385元；其中经营净收入占人均可支配收入的
    },
    "fresh25b": {
        # 2021年至2025年的四年间: Y−X is accepted as well as the inclusive count (see fresh3b)
        ("01_yanmei_district_work_report.txt", "year-span-mismatch"),
    },
    "fresh26a": {
        ("03_zhenchuan_chunyun_news.md", "inconsistent-figure"),  # 单日发送旅客11.2万 vs 当天…发送旅客12.1万 (a quote)
    },
    "fresh26b": {
        ("01_xiuchuan_culture_tourism_summary.txt", "inconsistent-figure"),  # 新增省级旅游度假区2家 vs 4家: 全市, one digit
        # …成立75周年 with no year in a text that also says 五年来: a term review's sentence may be of any of five years
        ("01_xiuchuan_culture_tourism_summary.txt", "anniversary-mismatch"),
    },
    "fresh27a": {
        ("01_qiwei_agri_bureau_summary.txt", "inconsistent-figure"),  # 累计建成…38.6万亩 vs 36.8万亩 in another section
        ("02_chengbu_finance_analysis.txt", "average-mismatch"),  # 以A和B计算，保险密度为C元/人: a per-head figure named so
    },
    "fresh27b": {
        ("01_fengdai_civil_affairs_summary.txt", "year-span-mismatch"),  # Y−X accepted as well (see fresh3b)
        ("02_qilu_gannan_cooperation_visit.md", "redundant-approximation"),  # 至少…(a list)…3亿元以上: markers far apart
    },
    "fresh28a": {
        ("01_lutong_fgw_summary.txt", "inconsistent-figure"),  # 312个 vs 326个: two digits differ, no slip of the pen
        ("02_lantuo_tourism_analysis.txt", "average-mismatch"),  # 人均花费: the count of 过夜游客 two lines up
    },
    "fresh28b": {
        ("01_mangchuan_gov_report.txt", "inconsistent-figure"),  # 186个 vs 156个 行政村: named with other words after
        # 据介绍，…全国首个: the catalog counts 据… as a source (the set's author agrees this is no miss)
        ("02_louxi_red_memorial_news.md", "unsourced-superlative"),
    },
    # fresh29a/b: written blind this round (first scores 26/30 with 2 false alarms, and 21/24 with 6/6
    # info cases and none)
    "fresh29a": {
        ("02_maochuan_water_summary.txt", "inconsistent-figure"),  # 水库47座 vs 45座水库: a two-letter measure
    },
    "fresh29b": set(),
    # fresh30a/b: the next round (first scores 24/30 and 23/26 with 4/4 info cases, no false alarm
    # once an import slip of the tree they ran on was mended)
    "fresh30a": {
        ("01_lanting_commerce_summary.txt", "shares-exceed-whole"),  # 港澳、东盟、欧盟…分别占: regions, no known partition
        ("03_yanze_nev_news.md", "share-mismatch"),  # the whole (充电桩总量) is the sum of two lines
        ("03_yanze_nev_news.md", "change-mismatch"),  # the new value 1.26万 is two lines up
        ("03_yanze_nev_news.md", "average-mismatch"),  # the count of piles is two paragraphs up
    },
    "fresh30b": {
        # 全年销售体育彩票18.64亿元，…占销售额的25.6%: a reading of 销售额 as the figure stated with 销售
        # was withdrawn (a review found it took a sibling for the whole: 出口机电产品…，占出口额的)
        ("03_qingchuan_bulletin_culture.txt", "share-mismatch"),
    },
    # fresh31a/b: the third round of the session (first scores 24/30 with 1 false alarm and 9/10
    # numerals, and 22/24 with 5/6 info cases and 2 false alarms; fresh31b's key leaves out one
    # planted enumeration-count error, which factlint reports: its author agrees)
    "fresh31a": {
        # a table's 合计 of 家 two above its rows: read at ±0.5 a row (exact counts were withdrawn: notes
        # such as 合计含市本级…2家 or 合计数已去重 explain such gaps)
        ("03_yuanxi_elderly_care_news.md", "total-mismatch"),
        ("02_jueping_budget_execution.txt", "inconsistent-figure"),  # 年末 vs 截至2024年末 in a report of the year before
        ("03_yuanxi_elderly_care_news.md", "share-mismatch"),  # a table's 入住率 column against its rows
        ("03_yuanxi_elderly_care_news.md", "average-mismatch"),  # 平均每名护理员照护: a per-worker average of another count
    },
    # fresh32a/b: the fourth round of the session (first scores 26/30 and 19/24 with 6/6 info cases,
    # no false alarm)
    "fresh32a": {
        ("01_yunxi_housing_summary.txt", "inconsistent-figure"),  # 47个 vs 52个: two digits differ, no slip
        ("01_yunxi_housing_summary.txt", "share-mismatch"),  # 占总投资的 after 完成…改造投资: which whole is unsure
    },
    "fresh32b": {
        ("03_liaoyuan_bulletin_sci_edu.txt", "share-mismatch"),  # the whole two lines up (全社会R&D经费)
        # 专利授权量12486件，按类型分，A、B和C分别为…: a 按…分 list may leave a kind out (reading withdrawn)
        ("03_liaoyuan_bulletin_sci_edu.txt", "total-mismatch"),
    },
    # fresh33a/b: a last round, written at the end of the fourth session (first scores 20/30 with one
    # false alarm, and 23/27 with 3/3 info cases and none); only the false alarm was fixed, no new
    # reading was added without a review
    "fresh33a": {
        ("01_linchuan_health_bulletin.txt", "total-mismatch"),  # 按类型分，…其他医疗卫生机构3个 after 共有…412个
        ("01_linchuan_health_bulletin.txt", "average-mismatch"),  # 每千人口床位 after 按…48.62万人计算
        ("01_linchuan_health_bulletin.txt", "share-mismatch"),  # the whole a paragraph up
        ("01_linchuan_health_bulletin.txt", "average-mismatch"),  # 平均住院日 = 床日数 ÷ 出院人次: a named ratio
        ("01_linchuan_health_bulletin.txt", "part-exceeds-total"),  # 其中A…，B…: two clauses, no parallel name
        ("02_qianyuan_agri_work_summary.txt", "inconsistent-figure"),  # 78.36万吨 vs 76.38万吨 in another section
        ("03_quyang_national_day_tourism.md", "inconsistent-figure"),  # 112.6 vs 121.6万人次 paragraphs apart
        ("03_quyang_national_day_tourism.md", "total-mismatch"),  # 共312场，分为…四类，分别为…: a count word after
    },
    "fresh33b": {
        ("01_hengao_district_report.txt", "share-mismatch"),  # 占规上工业营业收入的: the whole said with 实现
        ("03_mingxu_finance_bulletin.txt", "share-mismatch"),  # the whole three paragraphs up
    },
    # fresh34a/b: written at the start of the fifth session (first scores 23/30 and 24/27 with 3/3
    # info cases, no false alarm)
    "fresh34a": {
        ("02_yuanjia_gongbao_gongye.txt", "share-mismatch"),  # the part two paragraphs up, the whole four
        ("02_yuanjia_gongbao_gongye.txt", "average-mismatch"),  # 户均 over 企业238家 a paragraph up
        # 铁路累计发送旅客368.52万人次 vs the table's 铁路 386.52: 累计 often marks another span (since a
        # programme began, 截至…, 节前15天), so a measure with it is not the one without (reading withdrawn)
        ("03_qitang_chunyun.md", "inconsistent-figure"),
        # 日均 over the 40 days of 春运 said in the lede: a reading withdrawn after a review (the 日均 of a
        # part of the span or of a sub-group)
        ("03_qitang_chunyun.md", "average-mismatch"),
    },
    "fresh34b": set(),
    # fresh35a/b: the second round of the fifth session (first scores 23/30, and 21/24 with 6/6 info
    # cases; no false alarm)
    "fresh35a": {
        # 农业、林业、牧业、渔业…占: a partition of 农林牧渔业总产值 withdrawn after a review (shares of other
        # wholes, 占全省的, and of land or people that overlap)
        ("02_zhijing_agriculture_bulletin.txt", "shares-exceed-whole"),
        ("01_qilan_healthcare_security_summary.txt", "inconsistent-figure"),  # 参保人数 vs 参保群众: named differently
        ("03_yuanyu_consumption_news.md", "average-mismatch"),  # 按45天计算，日均: the total a paragraph up
        ("03_yuanyu_consumption_news.md", "share-mismatch"),  # 占发放总额的: the whole two paragraphs up
        ("03_yuanyu_consumption_news.md", "share-mismatch"),  # 占五大商圈销售额的: the whole in the lede and table
    },
    "fresh35b": {
        # 自2015年县委、县政府实施“茶旅兴县”战略以来，十三年来: an event of 17 characters before 以来 (longer
        # events were read after 自 until a review found frames they break: “十四五”五年来, 到2020年底…)
    },
    # fresh36a/b: the third round of the fifth session (first scores 21/30 and 22/24 with 6/6 info
    # cases, one false alarm: fixed since)
    "fresh36a": {
        ("01_qinglan_transport.txt", "total-mismatch"),  # a tab-separated table whose last row is 全市 (no total label)
        ("02_juchuan_budget.txt", "enumeration-count"),  # …、医保、自然资源四部门: a last item longer than the others
        ("02_juchuan_budget.txt", "inconsistent-figure"),  # the second 48.63亿元 in a sentence read as a plan (将…)
        ("03_xiang_ao_harvest_fair.md", "share-mismatch"),  # 占全部销售额的: the whole in the lede, far up
        ("03_xiang_ao_harvest_fair.md", "inconsistent-figure"),  # 累计入场观众 vs 观众: named differently
    },
    "fresh36b": {
        # 全市居民人均可支配收入41286元中，…占比20.5%: bare shares after a per-head whole and 中 (reading
        # withdrawn after a review: shares of the sentence's next whole, 农村居民…, 人均消费支出…)
        ("03_zhiyang_income_social_security_bulletin.txt", "share-mismatch"),
    },
    # fresh37a/b: the fourth round of the fifth session (first scores 22/30 with a false alarm of
    # earlier code, and 20/24 with 5/6 info cases)
    "fresh37a": {
        # 内资、港澳台商投资和外商投资企业…分别占: a partition withdrawn after a review (shares of 实际
        # 使用外资 or 外资企业 only, and customs' 外商投资企业 that holds 港澳台)
        ("01_louyuan_county_bulletin.txt", "shares-exceed-whole"),
        ("01_louyuan_county_bulletin.txt", "share-mismatch"),  # the whole 186.42亿元 fourteen lines up
        ("01_louyuan_county_bulletin.txt", "average-mismatch"),  # 平均销售价格: the area a paragraph up
        ("01_louyuan_county_bulletin.txt", "inconsistent-figure"),  # a name with 、 inside (批发和零售业、住宿和餐饮业法人企业)
        ("02_huanchuan_hrss_summary.txt", "share-mismatch"),  # the whole a paragraph up
        ("03_jianwan_investment_signing.md", "change-mismatch"),  # 内资项目总投资比…: the after figure stated lines up
        ("03_jianwan_investment_signing.md", "share-mismatch"),  # 占签约总投资的: the whole in the lede, far up
    },
    "fresh37b": {
        # 全年新认定高新技术企业312家，净增数量为史上最多: 认定 in the clause is taken as a source (a reading
        # that asked for 经…认定 was withdrawn after a review: an agency's own 认定 is one)
        ("01_quyang_press_conference.txt", "enumeration-count"),  # “三大攻坚”——A、B、C、D: the list after the count
        ("01_quyang_press_conference.txt", "change-mismatch"),  # 由…增加到…，五年增长: 五年 is read as a figure
        ("02_huiyun_corridor_news.md", "total-mismatch"),  # 按类型划分…分别为: a 按…分 list may leave a kind out
        ("03_yuping_bulletin_sci_culture.txt", "total-mismatch"),  # 其中A、B和C分别为: parts after 其中 need not add up
    },
    "fresh31b": {
        ("01_hecheng_eco_summary.txt", "total-mismatch"),  # …重点项目共计219个: a total named by a noun
    },
    # fresh38a and fresh38b (tests/fixtures/heldout/fresh38a, fresh38b): written blind, 30 arithmetic
    # errors (a 市场监管/应急管理 summary, a 居民收支和消费价格 analysis, news with a table of 5G基站) and 30
    # over all sections (a 融媒体 story on a 人代会, a travel feature on 古城, a 建筑业和房地产 bulletin
    # section); first scores 21/30 with one false alarm, and 23/24 plus 6/6 info with one in the clean
    # document (fixed since).
    "fresh38a": {
        # 实有各类市场主体38426户 (截至2024年末) vs 市场主体总量由2020年末的30185户增加到38624户: the after
        # figure of 由…增加到 is not indexed (its period is not read)
        ("01_zenglan_market_safety_summary.txt", "inconsistent-figure"),
        # 占人均消费支出的比重 with the whole of all stated a paragraph up, its groups after 其中: a reading
        # that took the figure before 其中 was withdrawn after a review (a paragraph on one group means
        # that group's whole)
        ("02_yuanzhang_income_prices.txt", "share-mismatch"),
    },
    # fresh39a and fresh39b: the second round of the sixth session (a 税务 summary, a 人口变动 analysis
    # and news on 秋粮收购 with a table; a 红十字会 summary, news on a 高铁 line and a 对外经济 bulletin
    # section); first scores 19/30, and 20/24 with 6/6 info and four false alarms (fixed since).
    "fresh39a": {
        # 全市现有实体办税服务厅23个 vs 下一步…将推动26个实体办税服务厅…: the second is in a plan
        ("01_tanqu_tax_summary.txt", "inconsistent-figure"),
        # 从受教育程度看，…大专及以上…小学及以下 (101.7%): 受教育程度 as a dimension whose kinds do not
        # overlap was withdrawn after a review (高校毕业生…取得职业资格证书的 under it overlap)
        # …云栈区常住人口继续增加，三个区合计…: the count opens a clause after the list (it may refer back)
        ("02_weize_population.txt", "enumeration-count"),
        # 全县11个收储库点 vs a quote's 全县12个收储库点: figures inside quotes are not indexed
        ("03_shuchuan_autumn_grain.md", "inconsistent-figure"),
        # 占全县收购总量的58.4%: the whole (9.36万吨) in the lede, seven paragraphs up; and 全县6.82万吨
        # 中晚稻收购量中，…占31.6%: a reading of an amount opening its clause before 中 was withdrawn
        ("03_shuchuan_autumn_grain.md", "share-mismatch"),
    },
    "fresh39b": set(),
    # fresh40a and fresh40b: the third round of the sixth session (a 水务 summary, a 规上服务业 analysis
    # and news on a 公共文化 season with a table; a 气象局 summary, news on a 流域生态补偿 agreement and a
    # 邮电通信 bulletin section); first scores 21/30 with a false alarm, and 19/24 with 4/6 info and one.
    "fresh40a": {
        # 累计新建改造供水管网326.5公里 vs 累计建设改造…362.5公里: the measures are named differently
        ("01_mangchuan_water.txt", "inconsistent-figure"),
        # 中心城区…占全市的61.4%，临港新区占22.8%，四个县（市）合计占18.3%: areas of a city, no known partition
        ("02_yuyang_services.txt", "shares-exceed-whole"),
        # 64个院团参演 vs 68个院团参演: two digits of a two-character measure are no slip of the pen
        ("03_tingmei_culture.md", "inconsistent-figure"),
        # 86.4万人次的现场观众规模，比上届的…: seven characters between the figure and the comparison
        ("03_tingmei_culture.md", "change-mismatch"),
        # 栖鹭小剧场、芷汀文化宫剧场、蓼洲音乐厅和临漪艺术仓三座场馆: the items end differently, so 和 may
        # join one name
        ("03_tingmei_culture.md", "enumeration-count"),
        # 占全市观众总数的36.4%: the whole (86.4万人次) in the lede
        ("03_tingmei_culture.md", "share-mismatch"),
    },
    "fresh40b": {
        # 自2018年建成首部S波段多普勒天气雷达以来…四年来: an event of more than 12 characters before 以来
        # 国庆期间…庆祝中华人民共和国成立74周年 (no date) in a 2024 summary that also says 五年来: a term
        # review's sentence may be of any of five years (7月1日…102周年 in it is found now: a day
        # without its year is of the year of the text's 落款)
        ("01_yanping_weather_bureau_summary.txt", "anniversary-mismatch"),
        # 其中云南段9个、贵州段21个、四川段12个 under 共布设…47个: parts after 其中 need not add up
        ("02_chishui_river_compensation_news.md", "total-mismatch"),
        # (info) 人工增雨作业效益评估结果居全省第一: 评估 is taken as a source word
        ("01_yanping_weather_bureau_summary.txt", "unsourced-superlative"),
        # (info) 在长江上游主要支流中排名第一: no scope word (全省, 全国…) before the rank
        ("02_chishui_river_compensation_news.md", "unsourced-superlative"),
    },
    # fresh41a and fresh41b: the fourth round of the sixth session (a 林业 summary, a 金融和保险 analysis
    # and news on a 乡村旅游 season with a table; a 总工会 summary, news on a 劳务协作 fair and a 资源环境
    # bulletin section); first scores 23/30 with one false alarm in the clean document, and 26/26 with
    # 4/4 info and none.
    "fresh41a": {
        # 住户存款…，占各项存款的68.3%: the whole (各项存款余额5862.40亿元) a paragraph up, named with 余额
        ("02_fengxu_finance_analysis.txt", "share-mismatch"),
        # 其中农户贷款318.25亿元，农村企业及各类组织贷款356.40亿元: a part named with 各类 is not summed
        ("02_fengxu_finance_analysis.txt", "part-exceeds-total"),
        # table 人均消费（元） beside 旅游收入（万元）: the total is named otherwise (收入, not 消费)
        ("03_heting_summer_tourism.md", "average-mismatch"),
        # 占接待游客总数的34.2%: the whole in the opening paragraph and the table
        ("03_heting_summer_tourism.md", "share-mismatch"),
        # 全县共有持证民宿126家 vs 全县162家持证民宿: the second names the measure after the figure, with
        # a verb before it (对…开展检查)
        ("03_heting_summer_tourism.md", "inconsistent-figure"),
        # “栖云居”“半坡茶舍”“溪畔人家”四家民宿: quoted names before a count of 家 were read as its items
        # until a review found quoted labels (“五星级”“四星级”三家酒店) read so too; withdrawn
        ("03_heting_summer_tourism.md", "enumeration-count"),
    },
    "fresh41b": set(),
    "fresh38b": {
        # 2013年全县启动“茶旅融合”发展战略以来，十年来: an event of 14 characters between the year and
        # 以来 (events up to 12 are read; a reading of up to 24 was withdrawn after a review)
    },
    # fresh20b (tests/fixtures/heldout/fresh20b): 30 planted errors over all sections (a 文明办 summary,
    # 丰收节 news with real places, an 农业 bulletin section), written blind (first score 23/26 with 3/4
    # info cases, no false alarm).
    "fresh20b": {
        ("01_yungao_wenming_summary.txt", "inconsistent-figure"),  # 86.42万人 vs 86.24万名注册志愿者
        ("03_quling_agri_bulletin.txt", "shares-exceed-whole"),  # 农业、林业、牧业、渔业…分别占
    },
    # fresh7b (tests/fixtures/heldout/fresh7b): 30 planted usage, calendar and claims errors in a 会议
    # 通知, a school's 70th-anniversary story with a 大事年表 table and an 对口合作 summary, written
    # blind (first score 28/30 with the info cases).
    "fresh7b": set(),
    # fresh42a (tests/fixtures/heldout/fresh42a): 30 planted arithmetic errors in a 残联 summary, an
    # energy-consumption analysis and 夜间经济 news with a table, written blind (first score 27/30,
    # one false alarm: 女性 and 农村 parts added up).
    "fresh42a": {
        # 在1846名新增就业残疾人中，…集中就业296人，占新增就业人数的18.6%: the whole named otherwise
        # (新增就业人数 for 新增就业残疾人)
        ("01_huanshi_disabled_persons_federation.txt", "share-mismatch"),
    },
    # fresh42b: 30 planted errors over all sections (a university's anniversary release, 博物馆联盟
    # news with real places, a 卫生健康 bulletin section), written blind (first score 23/24, 6/6 info,
    # no false alarm).
    "fresh42b": set(),
    # fresh43a: 30 planted arithmetic errors in a 供销社/粮食 summary, a real-estate analysis and
    # 无偿献血 news with a table, written blind (first score 25/30, one false alarm: 收购小麦 and
    # 储备粮…小麦 taken as one figure).
    "fresh43a": {
        # 仓容9.6万吨 vs 8.9万吨 (“十四五”以来): two values that are no slip of the pen (the rule reports
        # swapped or mistyped digits only), and two ways of naming the span
        ("01_xingchuan_supply_grain_summary.txt", "inconsistent-figure"),
    },
    # fresh43b: 30 planted errors over all sections (a 红色文化 text, 对口支援 news with real places, an
    # 农业和农村 bulletin section), written blind (first score 20/24, 5/6 info, no false alarm).
    "fresh43b": set(),
    # fresh44a: 30 planted arithmetic errors in a county court's report, a services and retail
    # analysis and 冷链物流 news with a table, written blind (first score 23/30, no false alarm).
    "fresh44a": {
        # 在蓼塘、汶坪、鹊山、苇口设立三个巡回审判点: places before a verb and a count of what is set up
        # there (one per place is not said)
        ("01_fengci_court_report.txt", "enumeration-count"),
        # 占规上服务业营业收入的38.1%: the whole is of 1—11月 a few paragraphs up, the share has no period
        ("02_qizhang_services_retail.txt", "share-mismatch"),
        # 青禾物流和茈湾供销冷链三家企业: 和 inside the last segment may join two names or be part of one
        # (a reading by the sizes of the names was tried and added false alarms)
        ("03_ciwan_cold_chain_news.md", "enumeration-count"),
        ("03_ciwan_cold_chain_news.md", "inconsistent-figure"),  # 配套购置冷藏车36辆 vs 配套的38辆冷藏车
        # 从储存品类看: kinds of goods named by 品类 may overlap (绿色食品, 有机农产品), so 品类 names no
        # dimension that splits a whole
        ("03_ciwan_cold_chain_news.md", "shares-exceed-whole"),
    },
    # fresh44b: 30 planted errors over all sections (a 政协 report, 非遗 tour news with real places, a
    # 交通运输、邮电和旅游 bulletin section), written blind (first score 21/24, 2/6 info, no false alarm).
    "fresh44b": {
        # 《…》《…》《…》《…》列为……领衔督办的三件重点提案: titles far from their count
        ("01_juling_cppcc_report.txt", "enumeration-count"),
        # 被评为全省首个…: 评为 attests a claim in its own clause (the lexicon superlative-attestations)
        ("01_juling_cppcc_report.txt", "unsourced-superlative"),
        # 自2012年县政协建立提案办理协商制度以来，十年来: an event of 13 characters after the year
        ("02_jishan_feiyi_tour.md", "unsourced-superlative"),  # 武陵山区唯一: a scope the lexicon does not know
        ("03_chengmei_transport_bulletin.txt", "unsourced-superlative"),  # 位居长江中游港口首位: the same
    },
    # fresh45a: 30 planted arithmetic errors in a university's employment report, a county water
    # bulletin and 老旧小区改造 news with a table, written blind (first score 21/30, no false alarm).
    "fresh45a": {
        ("01_zhuoxi_univ_employment.txt", "inconsistent-figure"),  # 华衡重工集团87人 vs …共录用…78人: named otherwise
        # 占已落实去向毕业生的70.4%: the whole stated as 落实毕业去向的毕业生6409人 (named otherwise)
        ("01_zhuoxi_univ_employment.txt", "share-mismatch"),
        # 人均综合用水量496立方米: the total (用水总量) six paragraphs up, named otherwise
        ("02_huilong_water_bulletin.txt", "average-mismatch"),
        # 地下水源供水量比上年的3486万立方米减少14.6%: the current figure in the paragraph before
        ("02_huilong_water_bulletin.txt", "change-mismatch"),
        # 鸬鹚岩…水库蓄水量分别为3610万立方米… vs 鸬鹚岩水库…年末蓄水量3160万立方米: an item of a 分别 list
        ("02_huilong_water_bulletin.txt", "inconsistent-figure"),
        ("03_lingxi_old_community_news.md", "share-mismatch"),  # 占全市的25.8%: the whole in the lede and table
    },
    # fresh45b: 30 planted errors over all sections (a 气候公报 and 大事记, 红色旅游 news with real
    # places, a 财政金融 bulletin section), written blind (first score 24/26, 4/4 info, no false alarm).
    "fresh45b": set(),
    # fresh46a: 30 planted arithmetic errors in a 衔接资金 performance report, a consumer-market
    # analysis and 公共自行车 news with a table, written blind (first score 23/30, one false alarm: a
    # share judged against 10月份's figure, smaller than its part).
    "fresh46a": {
        # 通讯器材、化妆品、金银珠宝、体育娱乐用品三类升级类商品零售额分别增长…: a count of kinds (升级类)
        # after items that need not all be of them
        ("02_xieyang_xiaofei_shichang.txt", "enumeration-count"),
        # 实现消费品零售额682.35亿元 vs 实现零售额628.35亿元: the measure named otherwise
        ("02_xieyang_xiaofei_shichang.txt", "inconsistent-figure"),
        # a table's 日均 column over the 366 days a note under the table names
        ("03_jiaolan_gonggong_zixingche.md", "average-mismatch"),
        # 2024年的骑行量已是2020年的2.6倍: 2024's figure in the lede and the table, not the sentence
        ("03_jiaolan_gonggong_zixingche.md", "change-mismatch"),
        # 地铁接驳站点达到318个 vs 2025年将对全市现有的381个…: the second in a plan's sentence
        ("03_jiaolan_gonggong_zixingche.md", "inconsistent-figure"),
    },
    # fresh46b: 30 planted errors over all sections (an 档案馆/地方志 report with a 大事记, 生态旅游 news
    # with real places, an 工业和建筑业 bulletin section), written blind (first score 23/24, 6/6 info,
    # no false alarm).
    "fresh46b": set(),
    # fresh47a: 30 planted arithmetic errors in a 卫生健康委 summary, a provincial trade analysis and
    # 茶叶 news with a table, written blind at the end of the seventh session (first score 16/30, no
    # false alarm); only some of its misses were worked on.
    "fresh47a": {
        ("01_lintang_health_work_summary.txt", "inconsistent-figure"),  # 2.48‰ vs 下降到2.84‰: a rate after 下降到
        ("02_qicang_trade_q3_analysis.txt", "inconsistent-figure"),  # 外贸企业8426家 vs 8246家有…的外贸企业: named otherwise
        ("02_qicang_trade_q3_analysis.txt", "share-mismatch"),  # 占加工贸易进出口的: the whole is the two parts' sum
        ("02_qicang_trade_q3_analysis.txt", "shares-exceed-whole"),  # 从出口看，…分别占: 出口 names no dimension
        ("03_qinglan_tea_county_news.md", "average-mismatch"),  # a table's 亩均产值 column over 茶园面积（亩）
        ("03_qinglan_tea_county_news.md", "enumeration-count"),  # four firms before 五家企业, the last a 合作联社
        ("03_qinglan_tea_county_news.md", "share-mismatch"),  # 占全县茶叶产值的: the whole in the table's total row
    },
    # fresh47b: 30 planted errors over all sections (a 侨务/外事 summary, 运河 culture news with real
    # places, a 人民生活和社会保障 bulletin section), written blind (first score 23/24, 6/6 info, no
    # false alarm).
    "fresh47b": set(),
    # fresh48a: 32 planted arithmetic errors in a 交通运输 bulletin, a county budget report and
    # 科技创新 news with a table, written blind in the eighth session (first score 26/32, one false
    # alarm on the clean 水资源公报, fixed).
    "fresh48a": {
        ("02_tanxi_budget_report.txt", "shares-exceed-whole"),  # 非税收入中，A占…B占…: X中 names the whole, no dimension
        ("03_cenchuan_sci_tech_news.md", "share-mismatch"),  # 占全社会R&D经费的: stated as 研究与试验发展（R&D）经费投入
    },
    # fresh48b: 31 planted errors over all sections (a 法治政府建设 report, 文旅 holiday news, a
    # 人社 summary with a table), written blind in the eighth session (first score 25/28, 3/3 info,
    # three false alarms, fixed).
    "fresh48b": {
        ("01_chengxi_fazhi_report.txt", "percentage-point"),  # 由96.8%提高到98.5%，提高了1.7%: 1.7% is also a relative change within precision
    },
    # fresh49a: 31 planted arithmetic errors in a 农业农村 summary, a 消费市场 analysis and 教育 news
    # with a table, written blind in the eighth session (first score 27/31, one false alarm on the
    # clean 人口与就业 bulletin, fixed; numerals 9/10, then 10/10).
    "fresh49a": {
        ("03_mingxi_education_news.md", "average-mismatch"),  # 平均班额 over 教学班784个: the pupils in a table
    },
    # fresh49b: 31 planted errors over all sections (an 生态环境局 report, 运动会 news, a 防汛抗旱
    # summary with a table), written blind in the eighth session (first score 25/28, 1/3 info, no
    # false alarm).
    "fresh49b": {
        ("02_hefeng_games_news.txt", "inconsistent-figure"),  # 运动员2368人 vs 2386名运动员: the noun after the figure
        ("03_qiaoshan_flood_drought_summary.md", "shares-exceed-whole"),  # 转移群众中，…的占…: X中 names the whole, no dimension
    },
    # fresh50a: 31 planted arithmetic errors in a 市场监管 summary, an industrial analysis and 卫健 news
    # with a table, written blind at the end of the eighth session (first score 24/31, no false
    # alarm); only part of its misses were worked on.
    "fresh50a": {
        ("01_qinzhou_market_regulation_summary.txt", "inconsistent-figure"),  # 48260件 vs 4.86万件, named otherwise
        ("02_chengshui_industrial_analysis.txt", "change-mismatch"),  # 增加值由…增加到…，增长了1.8倍: 增加值 changes are at constant prices
    },
    # fresh50b: 31 planted errors over all sections (a 县政府工作报告, 国庆 holiday news, a 高考/中考
    # summary with a table), written blind at the end of the eighth session (first score 26/28,
    # 3/3 info, no false alarm).
    "fresh50b": {
        ("01_qingxiu_county_gov_report.txt", "inconsistent-figure"),  # 高新技术企业87家 vs 截至2024年末…78家
    },
    # fresh51a: 31 planted arithmetic errors in a 人社 summary, an energy analysis and 住建 news with
    # a table, written blind in the ninth session (first score 28/31, no false alarm; one info finding on
    # a right line, 全省最高用电负荷, fixed).
    "fresh51a": {},
    # fresh51b: 30 planted errors over all sections (a 计划执行情况 report, 春节 news, a quarterly
    # economic review with a table), written blind in the ninth session (first score 23/27, 3/3
    # info, no false alarm).
    "fresh51b": {},
    # fresh52a: 32 planted arithmetic errors in a 医保 summary, a 预算执行 report and 交通 news with a
    # table, written blind in the ninth session (first score 29/32, no false alarm).
    "fresh52a": {},
    # fresh52b: 31 planted errors over all sections (a 市委全会 report, 博览会 news, a 税务 report
    # with a table), written blind in the ninth session (first score 25/28, 3/3 info, no false
    # alarm; numerals 9/10: 12366纳税缴费服务热线).
    "fresh52b": {
        ("03_yuangang_tax_service_report.md", "share-mismatch"),  # 占全年新增减税降费总额的: stated as 减税降费及退税缓费
        ("03_yuangang_tax_service_report.md", "shares-exceed-whole"),  # 通过A、B和C办理的…分别占: channels, no dimension named
    },
    # fresh53a: 31 planted arithmetic errors in a 科技局 summary, a 林草 bulletin and 民政 news with a
    # table, written blind in the ninth session (first score 27/31, one false alarm on a right
    # line, fixed).
    "fresh53a": {
        ("02_lanchuan_linye_gongbao.txt", "change-mismatch"),  # 176万亩 to 318万亩，实现翻一番: 1.81 is within 翻一番's eighth
        ("02_lanchuan_linye_gongbao.txt", "inconsistent-figure"),  # 以1162.8万亩湿地为重点: a plan's focus, maybe a part
        ("03_qinxi_minzheng_news.md", "average-mismatch"),  # a table row's 月人均补助 against 月发放资金 ÷ 人数
    },
    # fresh53b: 31 planted errors over all sections (a 人大常委会 report, 车展 news, a 外贸 review with
    # a table), written blind in the ninth session (first score 24/28, 3/3 info, no false alarm;
    # numerals 9/10: 件次).
    "fresh53b": {
        ("01_tangxi_npc_standing_committee_report.txt", "enumeration-count"),  # …情况和…情况的三个报告: 和 may join one report's topics
        ("03_ruijiang_foreign_trade_2024.md", "shares-exceed-whole"),  # …占出口总值的57.3%；…，其他商品占11.4%: a ； splits the list
    },
    # fresh54a: 32 planted arithmetic errors in a 城管 summary, a 快递 bulletin and 医共体 news with a
    # table, written blind in the ninth session (first score 26/32, three false alarms, fixed).
    "fresh54a": {
        ("02_lanjiang_express_bulletin.txt", "change-mismatch"),  # 比2019年的17.35亿件增长了3.8倍: the current value ten lines up
        ("03_zhangxi_medical_alliance_news.md", "share-mismatch"),  # 占4个院区门诊总量的: the total only in the table
        ("03_zhangxi_medical_alliance_news.md", "inconsistent-figure"),  # a table row's 开放床位 against the prose
    },
    # fresh54b: 31 planted errors over all sections (a 政协常委会 report, 丰收节 news, a 就业 quarterly
    # report with a table), written blind in the ninth session (first score 24/28, 3/3 info, no
    # false alarm).
    "fresh54b": {
        ("01_lintang_cppcc_standing_committee_report.txt", "inconsistent-figure"),  # 专题视察46次、专题调研127次: the list item lost 市政协
        ("01_lintang_cppcc_standing_committee_report.txt", "plan-period-mismatch"),  # 2022年…“十三五”规划纲要确定的: may be reviewed later
        ("01_lintang_cppcc_standing_committee_report.txt", "share-mismatch"),  # 办结352件，办结率97.4%: the base 立案365件 a line up
        ("03_chengwan_hrss_q3_employment_report.md", "share-mismatch"),  # 占培训总人次的10.2%: the total in another paragraph
    },
    # fresh55a: 30 planted arithmetic errors in a 审计 report, a 气候公报 and 教育 news with a table,
    # written blind at the end of the ninth session (first score 24/30, one false alarm on the
    # clean document, fixed); three misses found in the tenth session.
    "fresh55a": {
        ("01_lintang_audit_work_report.txt", "inconsistent-figure"),  # 72名领导干部 vs 总结2023年76名…经验: named otherwise
        ("02_lanjiang_climate_bulletin.txt", "share-mismatch"),  # 1926个…站中，有748个站…，占比: 有 before the part
        ("03_zheyang_education_news.md", "inconsistent-figure"),  # 新增公办学位4860个 vs 新增的4680个公办学位
    },
    # fresh55b: 31 planted errors over all sections (a 新闻发布会 transcript, 乡村振兴 feature, 暑期
    # 旅游 data with a table), written blind at the end of the ninth session (first score 25/28,
    # 3/3 info, no false alarm).
    "fresh55b": {
        ("03_cenzhou_summer_tourism_data.md", "weekday-mismatch"),  # 8月9日（星期五）: fits 2024, the text is of 2025
    },
    # fresh56a: 30 planted arithmetic errors in a 住房公积金 annual report, a 林业 summary and 全民健身
    # news with a table, written blind in the tenth session (first score 22/30, one false alarm on a
    # must_not_flag line, fixed).
    "fresh56a": {
        ("01_lintang_gjj_annual_report.txt", "share-mismatch"),  # 新房贷款金额占…60.7%: the share by count (笔数)
        ("02_lanxi_forestry_summary.txt", "inconsistent-figure"),  # 森林火灾2起 vs 4起: one-digit counts, no place
        ("03_luchuan_fitness_news.md", "average-mismatch"),  # 人均体育场地面积 over the total a line up
        ("03_luchuan_fitness_news.md", "total-mismatch"),  # …9个、…4个、…34个，共计…51处: 处 over 个
    },
    # fresh56b: 31 planted errors over all sections (a 外贸 press release, a 非遗 feature, a 就业质量
    # report with a table), written blind in the tenth session (first score 22/28, 3/3 info, no false
    # alarm).
    "fresh56b": {
        ("01_mindong_foreign_trade_release.txt", "share-mismatch"),  # 占全省外贸总值的25.0%: the whole named 进出口总值 a paragraph up
        ("03_lanyu_graduate_employment_report.md", "inconsistent-figure"),  # 本科毕业生3152人 vs the table's 3125
    },
    # fresh57a: 32 planted arithmetic errors in a 医保 summary, a port group's bulletin and 粮食 news with
    # a table, written blind in the tenth session (first score 25/32, no false alarm counted; one on a
    # case line, 单产 added up, fixed).
    "fresh57a": {
        ("01_tingyu_medical_security_summary.txt", "inconsistent-figure"),  # 参保人数312.46万 vs 321.46万参保群众: named otherwise
        ("02_chengpu_port_group_bulletin.txt", "inconsistent-figure"),  # 全年…38.6亿元 vs 2024年集团…36.8亿元: the subject named once
        ("03_zheling_grain_harvest_news.md", "total-mismatch"),  # …326户、…148家、…87家…共571个: items in 户/家/个
        ("03_zheling_grain_harvest_news.md", "shares-exceed-whole"),  # 规模经营户占…，普通农户占…: no dimension named
    },
    # fresh57b: 31 planted errors over all sections (a 统计局 quarterly release, a 乡村医生 profile, a
    # 税务局 notice with a table), written blind in the tenth session (first score 27/28, 3/3 info, no
    # false alarm).
    "fresh57b": {},
    # fresh58a: 32 planted arithmetic errors in a 文旅 summary, a 防汛抗旱 report and 商务 news with a
    # table, written blind in the tenth session (first score 27/32, numerals 9/10, no false alarm).
    "fresh58a": {
        ("01_lanze_culture_tourism_summary.txt", "inconsistent-figure"),  # A级旅游景区总数47家 vs 全市45家A级旅游景区
        ("01_lanze_culture_tourism_summary.txt", "enumeration-count"),  # …、白鹭洲湿地公园两家景区: 公园 is no body's ending
        ("02_puling_flood_drought_report.txt", "inconsistent-figure"),  # 3.86万人次 vs 3.68万人次防汛巡查人员: named otherwise
        ("02_puling_flood_drought_report.txt", "shares-exceed-whole"),  # 抗旱用水中A、B和C分别占…: no dimension named
    },
    # fresh58b: 30 planted errors over all sections (a 人大 执法检查 report, a 高铁 通讯, a 人口 公报 with a
    # table), written blind in the tenth session (first score 22/27, 3/3 info, no false alarm).
    "fresh58b": {
        ("01_lintang_renda_zhifa_jiancha.txt", "total-mismatch"),  # …17处、…38处、…26处，合计…点位86个: 个 over 处
        ("02_chengfeng_gaotie_tongxun.txt", "inconsistent-figure"),  # 全长286.4公里 vs 全长268.4公里的“山海走廊”
        ("02_chengfeng_gaotie_tongxun.txt", "change-mismatch"),  # 较去年同期既有普速线路的…: a base of another subject
    },
    # fresh59a: 31 planted arithmetic errors in a 市场监管 summary, a 供电 service report and 卫健 news
    # with a table, written blind in the tenth session (first score 28/31, one false alarm on a test
    # line and one on a case line, both fixed; numerals 9/10).
    "fresh59a": {
        ("01_lintang_market_regulation_summary.txt", "inconsistent-figure"),  # 查办各类违法案件1286件 vs 共查办违法案件1268件
        ("03_luting_health_news.md", "average-mismatch"),  # 总诊疗人次186.4万计算: the unit before the figure
        ("03_luting_health_news.md", "inconsistent-figure"),  # 签约居民21.4万人 vs 家庭医生签约居民24.1万人
    },
    # fresh59b: 30 planted errors over all sections (an 教育厅 press conference, a 口岸 feature, a 医保
    # 基金 bulletin with a table), written blind in the tenth session (first score 24/27, 3/3 info, no
    # false alarm).
    "fresh59b": {
        ("03_lintang_medical_insurance_fund_bulletin.md", "inconsistent-figure"),  # 318.62万人 vs …318.26万人为基数
    },
    # fresh60a: 30 planted arithmetic errors in a 退役军人 summary, a 邮政 bulletin and 住建 news with a
    # table, written blind at the end of the tenth session (first score 25/30, no false alarm); its
    # misses were not worked on.
    "fresh60a": {
        ("01_yuanqi_veterans_work_summary.txt", "shares-exceed-whole"),  # 从构成看，60周岁以上…占…: a band word in a label
        ("01_yuanqi_veterans_work_summary.txt", "inconsistent-figure"),  # 在册退役军人8.42万人 vs 8.24万名在册退役军人
        ("02_lanjiang_postal_bulletin.txt", "share-mismatch"),  # 占全部快递业务量的81.5%: the whole two paragraphs up
        ("03_wuping_housing_news.md", "share-mismatch"),  # 占全年筹建总套数的46.2%: the whole only in the table
        ("03_wuping_housing_news.md", "inconsistent-figure"),  # 向2316户 vs 为2136户…家庭: named otherwise
    },
    # fresh60b: 30 planted errors over all sections (a 政协 视察 report, a 保护区 news story, a 技能培训
    # bulletin with a table), written blind at the end of the tenth session (first score 23/27, 3/3
    # info, no false alarm); one miss found (村均), the others not worked on.
    "fresh60b": {
        ("02_daixi_reserve_news.txt", "inconsistent-figure"),  # 总面积4.36万公顷 vs 将总面积4.63万公顷的保护区: a plan's sentence
        ("02_daixi_reserve_news.txt", "shares-exceed-whole"),  # 森林、灌丛、高山草甸和裸岩及水域分别占…: no dimension named
        ("03_lintang_skills_training_bulletin.md", "share-mismatch"),  # 占培训总人次的58.3%: the whole two paragraphs up
    },
    # fresh61a: 31 planted arithmetic errors in a 公共资源交易 summary, a 海关 bulletin and 妇联 news with
    # a table, written blind in the eleventh session (first score 25/31, one false alarm: fixed).
    "fresh61a": {
        ("02_lengjiang_customs_q3_bulletin.txt", "share-mismatch"),  # 占关区进出口总值的61.2%: the whole of 前三季度, four paragraphs up
        ("02_lengjiang_customs_q3_bulletin.txt", "inconsistent-figure"),  # 有进出口实绩的企业2876家 vs 2867家有进出口实绩企业: named otherwise
        ("03_laiyang_fulian_news.md", "inconsistent-figure"),  # 带动就业1714人 vs 共带动1741名妇女实现就业: named otherwise
    },
    # fresh61b: 32 planted errors over all sections (a 信访 summary, an earthquake drill news story, a
    # 民宗 brief with a table), written blind in the eleventh session (first score 22/29, 1/3 info, no
    # false alarm).
    "fresh61b": {
        ("01_zheyuan_xinfang_summary.txt", "total-mismatch"),  # 来信412件、来访1037批次…合计2408件次: parts in other units
        ("01_zheyuan_xinfang_summary.txt", "percentage-point"),  # 96.2%→98.7%，提高了2.5%: the relative change may round to 2.5%
        ("01_zheyuan_xinfang_summary.txt", "average-mismatch"),  # 平均每个接访日: the count is of 接访日活动
        ("02_xinhua_wenchuan_drill.txt", "inconsistent-figure"),  # 三省的18支救援队伍 vs 参演的16支救援队伍依次撤离
        ("02_xinhua_wenchuan_drill.txt", "part-exceeds-total"),  # 物资1.26万件（套），其中帐篷1800顶…: parts in other units
    },
    # fresh62a: 31 planted arithmetic errors in a 中级法院 report, a 燃气 safety bulletin and 红十字会 news
    # with a table, written blind in the eleventh session (first score 26/31, no false alarm).
    "fresh62a": {
        ("01_lanze_court_report.txt", "inconsistent-figure"),  # 全年执行到位金额 vs 一年来，全市法院执行到位金额: another name and period
        ("02_qingang_gas_safety_bulletin.txt", "inconsistent-figure"),  # 13862万立方米 vs 1.368亿立方米: digits moved across 万/亿
        ("03_qiwu_redcross_news.md", "total-mismatch"),  # 6842人 + 21375人次 = 共计…人次: parts in other units
    },
    # fresh62b: 31 planted errors over all sections (a 检察院 report, a 老龄 feature story, a 地方志 brief
    # with a table), written blind in the eleventh session (first score 26/28, 3/3 info, no false alarm).
    "fresh62b": {
        ("02_jiangsu_ageing_feature.txt", "inconsistent-figure"),  # 全省…养老机构2364家 vs 省里将2346家养老机构: 省里 names no subject
    },
    # fresh63a: 31 planted arithmetic errors in a 审计 report, a 药监 bulletin and 城管 news with a table,
    # written blind in the eleventh session (first score 26/31, one false alarm: fixed).
    "fresh63a": {
        ("01_wenlan_audit_report.txt", "inconsistent-figure"),  # 已整改问题金额12.36亿元 vs 13.26亿元 in the closing summary
        ("03_tongxi_demolition_news.md", "inconsistent-figure"),  # 安排拆违专项经费2860万元 vs 安排的2680万元拆违专项经费
        ("03_tongxi_demolition_news.md", "share-mismatch"),  # 占全区拆除总宗数的27.4%: the whole only in the lede and table
    },
    # fresh63b: 32 planted errors over all sections (a 司法局 report, a 非遗 feature story, a 科协 brief
    # with a table), written blind in the eleventh session (first score 29/29, 2/3 info, two false
    # alarms on “八五”普法: fixed); no miss left.
    "fresh63b": set(),
    # fresh64a: 31 planted errors, most of them arithmetic (a 县统计公报, a 医保局 summary, 消费季 news
    # with a table), written blind (first score 25/31, no false alarm).
    "fresh64a": {
        ("01_chengling_statistical_bulletin.txt", "year-span-mismatch"),  # 2016年以来…八年来: the span's end year is not written
        ("02_binzhu_healthcare_security_summary.txt", "anniversary-mismatch"),  # 75周年 with the document's year not in the sentence
        ("03_tinglan_autumn_consumption_news.md", "inconsistent-figure"),  # 21.65 vs 21.56, the second in a quotation
        ("03_tinglan_autumn_consumption_news.md", "enumeration-count"),  # …高铁新城和北湖奥莱四大商圈: 和 may join a compound name
        ("03_tinglan_autumn_consumption_news.md", "weekday-mismatch"),  # 11月11日（星期四）: the year only in the lead
    },
    # fresh64b: 30 planted errors over all sections (a 林业局 决算, a canal feature story, a university
    # statistics brief with a table), written blind (first score 27/30, 1/2
    # info, one false alarm on 高级职称教师占比: fixed).
    "fresh64b": {
        ("01_lanchuan_forestry_final_accounts.txt", "unsourced-superlative"),  # 位居省直部门第一 (info)
        ("01_lanchuan_forestry_final_accounts.txt", "plan-period-mismatch"),  # “十三五”规划的收官之年，2025年: no plan year range stated
        ("02_qinglan_canal_feature.txt", "inconsistent-figure"),  # 全长86.4公里 vs 这条84.6公里长的: a modifier, no subject named
        ("03_minglan_university_statistics_brief.md", "shares-exceed-whole"),  # 其中…占 and 合计占 adding to 102.9%
    },
    # fresh66a: 34 planted errors over all sections (a 县政府工作报告, a 统计局 release with tables, 春运
    # news), written blind in the thirteenth session (first score 25/31, 2/3 info, no false alarm).
    "fresh66a": {
        ("03_fengdu_spring_travel_news.txt", "enumeration-count"),  # 的“返乡专线”共六条 after five places: a count after its noun
    },
    # fresh66b: 34 planted errors over all sections (a 财政局 budget report, a 市场监管局 summary, a
    # hospital's 60th-anniversary news with a table), written blind in the thirteenth session (first
    # score 26/32, 2/2 info, no false alarm).
    "fresh66b": {
        ("01_tongxi_budget_execution.txt", "change-mismatch"),  # 下降12.4%。上年同期，…为41.95亿元: the base in the next sentence
        ("03_hongchuan_hospital_60th_news.md", "inconsistent-figure"),  # 平均住院日7.9天 vs 7.6天: days are not compared
    },
    # fresh67a: 31 planted errors, most of them arithmetic (a 县统计公报, a 乡村振兴 summary, 国庆 news
    # with two tables), written blind in the thirteenth session (first score 24/29, 1/2 info, no
    # false alarm).
    "fresh67a": {
        ("02_weiwan_rural_employment_summary.txt", "part-exceeds-total"),  # 其中种养业项目83个，农产品加工和仓储物流项目71个: named apart
        ("03_fengzhu_national_day_tourism_news.md", "average-mismatch"),  # 日均 with its total only in the lead
        ("03_fengzhu_national_day_tourism_news.md", "share-mismatch"),  # a table's 占比 against a total in the prose
    },
    # fresh68a: 33 planted errors over all sections (a 区政府工作报告, an environment bulletin, 春运
    # news with a table), written blind in the thirteenth session (first score 28/30, 3/3 info, no
    # false alarm); no miss left.
    "fresh68a": set(),
    # fresh68b: 31 planted errors, most of them arithmetic (an agriculture summary, an investment
    # bulletin, a statistics flash with two tables), written blind in the thirteenth session (first
    # score 25/29, 2/2 info, no false alarm).
    "fresh68b": {
        ("02_cenyang_investment_projects_bulletin.txt", "inconsistent-figure"),  # 621.8亿元协议投资中: the measure after the figure
        ("02_cenyang_investment_projects_bulletin.txt", "shares-exceed-whole"),  # 上述五大产业…分别占: kinds named elsewhere
    },
    # fresh69a: 34 planted errors over all sections (a 街道 summary, a 政协提案 report, R&D news with a
    # table), written blind in the thirteenth session (first score 25/32, 2/2 info, no false alarm).
    "fresh69a": {
        ("01_wulan_subdistrict_annual_summary.txt", "inconsistent-figure"),  # 累计供餐 vs a plan's base (在…的基础上)
        ("02_tangxi_cppcc_proposal_report.txt", "inconsistent-figure"),  # 确定重点提案19件 vs 16件重点提案: the verb in the measure
        ("02_tangxi_cppcc_proposal_report.txt", "part-exceeds-total"),  # 对未立案的74件提案，…86件: no 其中
        ("03_cenchuan_rd_investment_news.md", "share-mismatch"),  # 占全市研发投入的比重: the whole paragraphs before
    },
    # fresh69b: 31 planted errors, most of them arithmetic (a 人社 bulletin, a 住房公积金 report, trade news
    # with two tables), written blind in the thirteenth session (first score 25/29, 2/2 info, one false
    # alarm in the clean document: fixed).
    "fresh69b": {
        ("01_jichuan_hrss_bulletin.txt", "part-exceeds-total"),  # 其中企业职工…，机关事业单位工作人员…: named apart
        ("02_luyu_housing_fund_report.txt", "total-mismatch"),  # 提取额中，…分别为: the whole in the sentence before
        ("03_langang_foreign_trade_news.md", "enumeration-count"),  # A、B、C和D三大港区: 和 may join a compound name
    },
    # fresh70a: 34 planted errors over all sections (a 防汛 summary, a 消费市场 report, 建县70周年 news with
    # a table), written blind in the thirteenth session (first score 26/32, 2/2 info, one false alarm
    # in the clean document: fixed).
    "fresh70a": {
        ("01_fengmei_flood_control_summary.txt", "inconsistent-figure"),  # 4.62万人受灾 vs 4.26万人因洪涝受灾
        ("01_fengmei_flood_control_summary.txt", "total-mismatch"),  # 按规模分，…: no total word, the whole a sentence up
        ("02_hengzhou_consumer_market_report.txt", "shares-exceed-whole"),  # 主城区…，所辖4个县（市）合计…: no known partition
    },
    # fresh70b: 31 planted errors, most of them arithmetic (a 国有资产 report, a 交通运输 summary, an
    # industry flash with two tables), written blind in the thirteenth session (first score 20/29, 2/2
    # info, one false alarm on a loss among profits: fixed).
    "fresh70b": {
        ("01_fengdu_state_assets_report.txt", "inconsistent-figure"),  # 营业收入 vs 区属国有企业…营业收入: one names a subject
        ("03_hongchuan_industry_flash.md", "inconsistent-figure"),  # prose 1—11月累计 against a table of kinds by span
        ("03_hongchuan_industry_flash.md", "total-mismatch"),  # 全部集中在…四个行业，分别为…: items in a clause between
    },
    # fresh71a: 34 planted errors over all sections (a 政府工作报告 review, a 经营主体 report, 丰收节 news
    # with a table), written blind in the thirteenth session (first score 25/31, 3/3 info, one finding
    # on a case line by a rule the key does not accept: part-exceeds-total on 02:11).
    "fresh71a": {
        ("01_qinyang_gov_work_report.txt", "inconsistent-figure"),  # 累计新增 vs 五年新增城镇就业: the span named two ways
        ("02_rongchuan_business_entities_report.txt", "total-mismatch"),  # reported by part-exceeds-total
        ("03_tangmei_harvest_festival_news.md", "anniversary-mismatch"),  # 新中国成立75周年: no year in the sentence
        ("03_tangmei_harvest_festival_news.md", "inconsistent-figure"),  # 9580万元 in the table vs 1.024亿元
    },
    # fresh71b: 31 planted errors, most of them arithmetic (a 县统计公报, a 乡村振兴 summary, a 财政快报
    # with two tables), written blind in the thirteenth session (first score 26/29, 2/2 info, one false
    # alarm on 稻谷面积占…: fixed).
    "fresh71b": {
        ("03_langhu_fiscal_flash_report.md", "average-mismatch"),  # 人均…支出: the total in the sentence before
        ("03_langhu_fiscal_flash_report.md", "inconsistent-figure"),  # 46812万元 in the table vs 4.86亿元
    },
    # fresh72a: 34 planted errors over all sections (a 科技局 summary, a 民政局 summary, 龙舟 news with a
    # table), written blind in the thirteenth session (first score 25/31, 2/3 info, one false alarm on
    # 人均每月: fixed).
    "fresh72a": {
        ("01_yuanchuan_science_tech_summary.txt", "enumeration-count"),  # 三家，分别是…: the count before the list
        ("01_yuanchuan_science_tech_summary.txt", "inconsistent-figure"),  # 达到1286家 vs 全市1268家高新技术企业
        ("03_lanjiang_dragon_boat_festival_news.md", "change-mismatch"),  # 较2022年首届的0.86万人增长了3倍
        ("03_lanjiang_dragon_boat_festival_news.md", "inconsistent-figure"),  # 报名参赛 vs 全部…选手
        ("03_lanjiang_dragon_boat_festival_news.md", "share-mismatch"),  # the whole only in the lead and the table
        ("03_lanjiang_dragon_boat_festival_news.md", "unsourced-superlative"),  # 有史以来…最多 (info)
    },
    # fresh72b: 31 planted errors, most of them arithmetic (a 电力 analysis, a 文旅 summary, a flash
    # report with two tables), written blind in the thirteenth session (first score 26/29, 2/2 info,
    # no false alarm).
    "fresh72b": {
        ("03_yuanze_economic_flash_report.md", "inconsistent-figure"),  # a table of years only, its measure in the title
        ("03_yuanze_economic_flash_report.md", "share-mismatch"),  # an indented 其中 row of a table of shares
    },
}


@pytest.mark.parametrize("name", sorted(KNOWN_MISSES))
def test_planted_cases_are_found(name):
    known = set(KNOWN_MISSES[name])  # (an emptied entry reads as {}, a dict)
    missed = missed_cases(name)
    assert missed == known, sorted(missed ^ known)


@pytest.mark.parametrize("name", sorted(KNOWN_MISSES))
def test_no_false_alarms(name):
    bad = false_alarms(name)
    assert not bad, bad
