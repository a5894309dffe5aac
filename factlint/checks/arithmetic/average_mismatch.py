"""average-mismatch: a stated average (人均/户均/平均每) disagrees with total ÷ count given."""

from __future__ import annotations

import re
from decimal import Decimal

from factlint import Rule, Severity, hookimpl

from factlint.claims import AVERAGE, CHANGE, COUNT, LEVEL, PART, TOTAL, lexicon_patterns, small_number

from factlint.tables import cell_quantity, ctx_tables, head_name_unit, measured_figures

from ._intervals import Interval, bigrams, common_start, decimals, interval, previous_paragraph, ratio_base, show, total

_NUMERATOR_ROLES = frozenset((LEVEL, COUNT, PART, TOTAL))
#: a yearly average may be of a total change (累计减少500万人，年均减少100万人)
_YEAR_TOTAL_ROLES = _NUMERATOR_ROLES | {CHANGE}
# what an average is taken over, by its marker: 人均 → people, 户均 → households
_PER = {"人均": ("人", "人次", "名"), "户均": ("户", "户次"), "场均": ("场",), "每户": ("户",), "每人": ("人", "名"), "亩均": ("亩",),
        "日均": ("天", "日"), "次均": ("人次", "次"), "案均": ("件", "起"), "件均": ("件",), "宗均": ("宗",),
        # per village, school, station, shop: over a count of them (42个茶叶专业村…村均35.2万元)
        "村均": ("村",), "校均": ("所", "校"), "站均": ("站",), "店均": ("家", "店")}
#: the thing an average of _PER is taken over, when its count is in 个 (42个茶叶专业村)
_PER_NOUN = {"场均": "场", "村均": "村", "校均": "校", "站均": "站", "店均": "店"}
_PER_EACH = re.compile(r"平均每(?:个|一)?([\u4e00-\u9fff])([\u4e00-\u9fff]?)")
#: an average per month (月人均, 人均月, 每人每月): the totals beside it are of a year or a span
_PER_MONTH = re.compile(r"月人均|人均月|每人每月|每月人均|月均|月户均|户均月|每户每月|每月户均"
                        r"|户均日|户均每日|人均日|人均每日|每户每日|每人每日|户均每周|人均每周|每户每周|每人每周|人均每月|户均每月"
                        r"|每[\u4e00-\u9fff]每(?:日|天|月|周)")  # (平均每车每日: per car and per day)
#: 平均班额: the average over classes (班), 班额 being the pupils of one class
_PER_CLASS = re.compile(r"平均(班)额$")
_PUPILS = re.compile(r"在校生|学生|在园|幼儿|招生")
#: the count an average says it is taken over (按居民人数计算, 按常住人口计算)
_BY_COUNT = re.compile(r"按([\u4e00-\u9fff]{2,8}?)(?:计算|计)")
#: people named right after a count written without a unit (222.15万参保居民, 52.8万常住人口)
_PEOPLE_NAMED = re.compile(r"(?:常住|户籍|参保|在校|在职|农村|城镇|城乡)?(?:居民|人口|群众|职工|学生|农民|人员)")


#: what _compound_unit returns when the sentence holds no total and count in compound units
_NOT_COMPOUND = object()
#: a ratio written N∶1 or 1∶N after its name (生师比为15.17∶1, 医护比1∶1.14)
_RATIO_TO_ONE = re.compile(r"(?:为|是|达到|达|约为)?(?P<r>(?P<n>[0-9]+(?:\.[0-9]+)?)[∶:]1(?![0-9.．])"
                           r"|1[∶:](?P<d>[0-9]+(?:\.[0-9]+)?)(?![0-9.．]))")


def _ratios_to_one(knowledge) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The fact table ``ratios-to-one``: (name, first words, second words) per entry."""
    out = []
    for entry in knowledge.fact_table("ratios-to-one"):
        name, first, second = entry.get("name"), entry.get("first"), entry.get("second")
        if not (isinstance(name, str) and name and isinstance(first, list) and first and isinstance(second, list)
                and second and all(isinstance(w, str) and w for w in first + second)):
            raise ValueError(f"fact table ratios-to-one: an entry needs a name and first and second words, not {entry!r}")
        out.append((name, tuple(first), tuple(second)))
    return out


def _one_count(figs, words: tuple[str, ...], lo: int, hi: int):
    """The one exact count (one value) whose measure ends with one of ``words`` between ``lo`` and
    ``hi``, or None when there is none or more than one value."""
    found = [f for f in figs if lo <= f.start < hi and f.unit in ("人", "名", "张", "个") and not f.approx
             and f.value is not None and f.role in (LEVEL, COUNT, TOTAL, PART)
             and (f.measure.endswith(words) or f.lead.rstrip().endswith(words))]
    if len({f.value for f in found}) != 1 or any(f.group is not None and f.group.marker == "分别" for f in found):
        return None  # (在校生分别为12.38万人和26.91万人: the first of several, whose sum the ratio is of)
    return found[-1]


def _loosely_rounded(f) -> bool:
    """约56.9万辆次, 56.9万辆次左右: an approximate average written with decimals, which say how
    far it was rounded (not 约3000元, whose zeros may be rounding of any size)."""
    q = f.q
    return q.approx == "about" and ("." in q.text or "．" in q.text) and q.value is not None


def _as_written(text: str, f) -> str:
    """An approximate figure with its words of approximation (约56.9万辆次, 56.9万辆次左右)."""
    q = f.q
    start = q.prefix_start if q.prefix_start >= 0 else q.start
    tail = text[q.end:q.end + 2]
    return text[start:q.end] + (tail if tail in ("左右", "上下", "前后") else "")


def _count_interval(d) -> Interval:
    """The interval of what an average is over: a whole number of days (9天, 8日) is exact, as
    counts of things are."""
    q = d.q
    if d.unit in ("天", "日") and not q.approx and not q.magnitude and q.value is not None \
            and q.value == q.value.to_integral_value() and "." not in q.text:
        return Interval(q.value, q.value)
    return interval(d)


def _date_end(text: str, d) -> bool:
    """A figure in 日 that is a day of the month, not a number of days: the end of a span of dates
    (11月11日至18日), or the day a report is dated by (记者9日获悉, 9日上午, 9日召开)."""
    return d.unit == "日" and (text[d.start - 1:d.start] in ("至", "到", "—", "－", "-", "～", "~")
                              or _DATED.match(text, d.end) is not None)


#: what follows a day of the month in a news lead (9日获悉, 9日电, 9日上午, 9日召开, 9日起)
_DATED = re.compile(r"获悉|电|讯|报道|发布|公布|表示|介绍|召开|举行|举办|开幕|闭幕|上午|下午|晚|凌晨|早|起|晚间|当天")
#: an average that is the base of a comparison (比2019年日均2.33亿人次增长30.5%): what is compared
#: with it, not a quotient of the figures before it
_COMPARED_WITH = re.compile(r"(?:比|较|相比|高于|低于)(?![例重率值])[^，。；：]{0,12}$")
#: the part an average after 其中 is of, named before its marker (其中外国人日均26.4万人次)
_QIZHONG_WHO = re.compile(r"^其中[\u4e00-\u9fff]{1,8}?(?=人均|日均|户均|平均)")
#: what an amount is, where an average names a different one (研发投入38.62亿元, 人均营业收入300.2万元):
#: kinds of money that are never one another
_MONEY_KINDS = (re.compile(r"经营收入|营业收入|销售收入|主营业务收入|营收|销售额|交易额|成交额"),
                re.compile(r"研发投入|研发经费|研究与试验发展经费"),
                re.compile(r"利润|利税"),
                re.compile(r"税收|纳税|缴税"),
                re.compile(r"工资|薪酬|劳动报酬"),
                re.compile(r"投资"))


def _other_money(named: str, measure: str) -> bool:
    """``named`` (the words after an average's marker) and ``measure`` (a total's) are different
    kinds of money: each names a kind, and not the same one."""
    a = [k for k in _MONEY_KINDS if k.search(named)]
    b = [k for k in _MONEY_KINDS if k.search(measure)]
    return bool(a) and bool(b) and not set(a) & set(b)


#: counters of occasions after 平均每 (平均每人次住院费用): the average is over a count in that unit
_PER_OCCASION = frozenset(("人次", "户次", "车次", "架次", "辆次", "航次", "班次", "场次", "家次", "批次"))
#: 平均每个 then a verb (获得, 投入, 完成 …): the average is over a count in 个
_PER_EACH_VERB = re.compile(r"平均每个(获|投|完|实|建|新|带|拥|有|达|安|落|吸|提|支|争|发|分|接|培|引)")
_PER_NUMBER = re.compile(r"每[\d一二两三四五六七八九十百千万]")
#: what a business takes in (经营收入, 营业收入, 销售额, 产值): no gain of the households it helps
_TURNOVER = re.compile(r"经营收入|营业收入|销售收入|主营业务收入|营收|销售额|产值|交易额|成交额")
#: counts in 家 that are of households (家庭农场), which 户均 may be taken over
_HOUSEHOLDS = re.compile(r"家庭|农场|农户|住户")
def _households_in_jia(p, f) -> bool:
    """户均 over a count of households in 家 (家庭农场4280家), not of firms (农家乐526家，带动周边农户增收…)."""
    return p.unit == "家" and f.marker == "户均" and bool(_HOUSEHOLDS.search(p.measure))


#: 每千人口 / 每万人 / 每十万人口: an average over the population counted in thousands
_PER_PEOPLE = re.compile(r"每(千|万|十万)(?:名)?(?:常住)?人口?")
_PER_SCALE = {"千": Decimal(1000), "万": Decimal(10000), "十万": Decimal(100000)}
#: 各 before the verb of a count: the count is of each item named before (三个街道各新建1所)
_EACH = re.compile(r"各(?![类级项种地界族])[\u4e00-\u9fff]{0,3}$")
#: a yield per 亩 (平均亩产, 亩产, 平均单产): a weight over an area in 亩
_YIELD = re.compile(r"亩产(?:量)?(?:为|达到|达)?$|单产(?:为|达到|达)?$")
#: weights in 公斤
_WEIGHT_KG = {"吨": Decimal(1000), "公斤": Decimal(1), "千克": Decimal(1), "斤": Decimal("0.5")}


class AverageMismatch(Rule):
    """A stated average disagrees with the total and the count given with it.

    ## What it does
    Reads sentences that give a total, a count and an average of the total over the count —
    “32.5万户共104.3万人，户均4.2人”, “…286.4万人，筹集基金27.8亿元，人均筹资1085元”,
    “养老机构86家、床位12470张，平均每家拥有床位145张” — and divides.  人均 is taken over
    people (人, 人次, 名), 户均 over households (户), 亩均 over 亩, 日均 over days (天), 案均 over cases (件), 平均每家 over 家, 平均每个乡镇
    over a count of 乡镇 (86个乡镇, 公共图书馆12个 for 平均每个图书馆; 412个行政村 for 平均每村投入,
    巡游出租汽车4820辆 for 平均每车), 平均班额 over the classes (教学班512个) of the pupils (在校生) and so
    on; the total is the
    figure of the average's own unit.  Both must be in the same sentence, before the average,
    except a total the average names after its noun (平均每个考点设置考场62个 names 考场), which may
    be the one such figure of the paragraph before (全市共设考点42个、考场2186个).  It
    fires only when no total and count within their written precision give the stated average,
    and, where the sentence offers several candidates, none of them does.  Averages that are not
    such a quotient (人均可支配收入, 人均地区生产总值 with its mean population) are left alone, and
    so are an average that is the base of a comparison (比2019年日均2.33亿人次增长30.5%), one of
    a part named after 其中 whose own total is not given (其中外国人日均26.4万人次), and a total of
    another kind of money than the average names (研发投入 for 人均营业收入).  A day of the month
    (记者9日获悉) is no number of days; a whole number of days (9天) is exact, as a count is.  An
    approximate average written with decimals (日均约56.9万辆次) may be off by ten times its written
    precision; one without (约3000元) is left alone.  Ratios of two counts written N∶1 or 1∶N
    (生师比为15.17∶1, 医护比1∶1.14: the fact table ``ratios-to-one``) are the quotient of the two
    counts stated before them in their paragraph, one value each.  An average in a unit whose total
    is in that unit times another (货物周转量…亿吨公里，货运量…万吨，货物平均运距…公里) is the quotient
    of the two figures in its sentence.
    年均 amounts (not growth rates) are checked against a total of the same span the sentence
    states (2021年至2024年 = 4 years, counted inclusively; “十三五”期间 = 5; 五年来 = 5).  每千人口
    / 每万人口 figures are the total over the population of the sentence counted in thousands or
    ten thousands (卫生技术人员27418人，按常住人口312.6万人计算，每千人口卫生技术人员8.77人).  亩产 and
    单产 are the weight over the area in 亩 (播种面积43.56万亩，总产量18.23万吨，平均亩产418.5公斤),
    the weight converted (1吨 = 1000公斤 = 2000斤).  In a table, a column of averages (户均投资（万元）,
    人均消费（元）, 平均每站桩数（个）) is checked row by row against the column of what it is over
    (惠及户数（户）, 接待人次（万人次）, 充电站（座）) and the column of the total (named by what
    follows the marker, or the one other column of the average's unit: 完成投资（亿元）), in the units
    the headers give.

    ## Why is this bad?
    An average that does not follow from the figures beside it means one of them is wrong.

    ## Example
    全市参加城乡居民基本医疗保险286.4万人，全年筹集基金27.8亿元，人均筹资1085元。
    累计带动1.82万户贫困家庭发展特色产业，实现增收7430万元，户均增收3260元。
    Use instead:
    全市参加城乡居民基本医疗保险286.4万人，全年筹集基金27.8亿元，人均筹资971元。
    农村常住人口45.6万户、136.9万人，户均3.0人。
    全市共有养老机构86家、床位12470张，平均每家拥有床位145张。

    ## Options
    None.  Averages that are never a quotient of neighbouring totals are the lexicon
    ``claims-average-exempt`` in the rule packs.

    ## References
    国家统计局 统计指标解释: 人均、户均指标的计算口径。
    """

    name = "average-mismatch"
    severity = Severity.ERROR
    family = "arithmetic"

    def check(self, ctx):
        yield from self._table_columns(ctx)
        yield from self._table_unit_prices(ctx)
        yield from self._ratios_to_one(ctx)
        claims = ctx.claims
        figs = claims.figures
        exempt = lexicon_patterns(ctx.knowledge).average_exempt
        for f in figs:
            if f.role != AVERAGE or f.is_percent or f.q.kind == "range":
                continue
            loose = _loosely_rounded(f)
            if f.approx and not loose:
                continue
            marker = f.marker
            lead = f.lead
            if exempt.search(lead) or exempt.search(f.measure):
                continue
            if _PER_MONTH.search(lead):
                continue  # 月人均补助583元: per head and per month, of a yearly total
            before = ctx.text[f.clause.start:f.start]
            at = before.rfind(marker) if marker else -1
            if at > 0 and _COMPARED_WITH.search(before, 0, at):
                continue  # 比2019年日均2.33亿人次增长30.5%: the base compared with, not a quotient
            if f.trail[:1] == "/" and _MEAN_PRICE.search(lead):
                if loose:
                    continue
                found = self._unit_price(ctx, figs, f)
                if found is not None:
                    yield found
                continue
            per_people = _PER_PEOPLE.search(lead)
            if per_people:
                if loose:
                    continue
                found = self._per_people(ctx, figs, f, per_people)
                if found is not None:
                    yield found
                continue
            if _PER_NUMBER.search(lead):
                continue
            if marker == "年均":
                if loose:
                    continue
                found = self._per_year(ctx, figs, f)
                if found is not None:
                    yield found
                continue
            if f.unit in _WEIGHT_KG and _YIELD.search(lead):
                if loose:
                    continue
                found = self._per_mu(ctx, figs, f)
                if found is not None:
                    yield found
                continue
            per = _PER.get(marker)
            noun = _PER_NOUN.get(marker, "")  # (场均: per show, or per farm: 家庭农场186家)
            m = None
            if per is None and not loose and (found := self._compound_unit(ctx, figs, f)) is not _NOT_COMPOUND:
                if found is not None:
                    yield found
                continue
            if per is None:
                m = _PER_EACH_VERB.search(lead) or _PER_EACH.search(lead)
                if m is not None and m.re is _PER_EACH_VERB:
                    per, noun = ("个",), ""  # 平均每个获得3.9亿元: over a count in 个
                elif m and m.group(1) + m.group(2) in _PER_OCCASION:
                    per, noun = (m.group(1) + m.group(2),), ""  # 平均每人次住院费用: over a count in 人次
                elif m:
                    noun = m.group(1) + m.group(2)  # (平均每院: a one-character noun)
                    per = (m.group(1),)
                else:
                    m = _PER_CLASS.search(lead)
                    if not m:
                        continue  # 平均 alone, 月均: over what is not said
                    noun = m.group(1)  # (教学班512个: a count whose noun ends with 班)
                    per = (m.group(1),)
            nums, dens = self._terms(figs, f, per, noun)
            dens = [d for d in dens if not _date_end(ctx.text, d)]
            who = lead[:lead.find("人均")] if marker == "人均" else ""
            if who and f.unit == "人次" and any(d.unit != f.unit for d in dens) \
                    and sum(1 for d in dens if d.unit != f.unit) == 1:
                # 医师人均年门诊量2796人次: visits per doctor, 门诊24.48万人次 over the doctors named
                # (95名执业（助理）医师; not 新招聘教师14人 for 专任教师人均参训6.5人次), the one count of
                # people in the sentence (not 全县…医师412名，其中县人民医院95名)
                nums = nums + [d for d in dens if d.unit == f.unit]
                dens = [d for d in dens if d.unit != f.unit and d.measure.endswith(who)]
            if marker == "人均" and not nums and len(dens) >= 2 and f.unit in per and not who:
                # 传承人9名，共带徒授艺213人，人均带徒26.7人: the average counts people too; the total is
                # the one count its words after 人均 name (带徒), the others are who it is per
                rest = bigrams(lead[lead.find("人均") + 2:])
                named = [d for d in dens if rest & bigrams(d.measure)]
                if len(named) == 1:
                    nums = named
                    dens = [d for d in dens if d is not named[0]]
            by = _BY_COUNT.search(ctx.text, f.sentence.start, f.start)
            if by is not None:
                # 按居民人数计算人均藏书0.94册: the count is the one named, not 接待读者4680人次
                dens = [d for d in dens if bigrams(by.group(1)) & bigrams(d.measure)]
            if marker == "人均" and _PERSONS_PER_HEAD.search(lead):
                # 员工人均培训48.1学时: per employee, not per 参训员工…16.42万人次 (occasions of training)
                dens = [d for d in dens if d.unit != "人次"]
            if dens and not nums and m is not None and m.re is _PER_EACH and f.unit in per:
                # 孵化器47家…在孵企业3290家，平均每家孵化器在孵企业82家: the average counts in the
                # unit it is over, so the names after 每家 tell the count from the total
                split = _split_by_names(lead[m.end(1):], dens)
                if split is not None:
                    nums, dens = split
            if m is not None and m.re is _PER_CLASS:
                nums = [n for n in nums if _PUPILS.search(n.measure)]  # (班额: pupils, not teachers)
            if not dens and len(noun) == 2:
                # 平均每村投入: the noun is one character (村), the next begins the verb
                noun = noun[0]
                nums, dens = self._terms(figs, f, per, noun)
            if noun and nums and dens:
                # a count of the same unit as the average (3260个 over 86个): the total must be of
                # what the average counts (平均每个乡镇新建48个 and 新建5G基站3260个)
                rest = lead[lead.find(noun) + len(noun):]
                nums = [n for n in nums if n.unit not in {d.unit for d in dens}
                        or bigrams(rest) & bigrams(n.measure + n.trail)]
            elif noun and dens and not nums and m is not None:
                # 全市共设考点42个、考场2186个。…全市42个考点平均每个考点设置考场62个: the total is
                # named in the average (考场) and stated in the paragraph before
                # (what follows the first character after 每: 平均每家提供岗位 names 提供岗位)
                nums = _named_total(ctx, figs, f, lead[m.start(1) + 1:], dens)
            if nums and _QIZHONG_WHO.match(before.lstrip("，, ")) and all(n.start < f.clause.start for n in nums):
                continue  # 8天累计1838.4万人次，其中外国人日均26.4万人次: of a part, whose total is not given
            if nums and at >= 0:
                named = before[at + len(marker):]
                nums = [n for n in nums if not _other_money(named, n.measure)]  # (人均营业收入, not 研发投入)
            if not nums or not dens or any(p.approx for p in nums + dens):
                continue
            # an average is rounded as written even in a counted unit (平均每个车间吸纳47人 may be
            # 47.33), so its interval is the written precision, never the exact count
            fi = Interval(f.lo, f.hi)
            if loose:
                # 约56.9万: rounded from an estimate, so within ten times its written precision
                fi = Interval(f.value - 10 * f.q.precision, f.value + 10 * f.q.precision)
            fits = False
            for n in nums:
                for d in dens:
                    r = interval(n) / _count_interval(d)
                    if r is None or r.overlaps(fi):
                        fits = True
                        break
                if fits:
                    break
            of_all = not fits and len(nums) >= 2 and len(dens) >= 2 and _OF_ALL.search(lead) \
                and len({n.unit for n in nums}) == 1 and len({d.unit for d in dens}) == 1
            if of_all:
                # 出口申报清单312.5万票、货值3.26亿元，进口申报清单173.7万票、货值2.58亿元，全部申报清单
                # 平均每票货值120元: an average of all the kinds listed is their totals' quotient
                r = total(nums) / total(dens)
                fits = r is None or r.overlaps(fi)
            if fits:
                continue
            if of_all:
                nums, dens = sorted(nums, key=lambda g: g.start), sorted(dens, key=lambda g: g.start)
                num, den = sum(n.value for n in nums), sum(d.value for d in dens)
                said = "（" + "＋".join(n.text for n in nums) + "）÷（" + "＋".join(d.text for d in dens) + "）"
            else:
                # the pair whose quotient comes nearest to the stated average names the figures meant
                # (38.64亿元 over 12个, not 其中…8.89亿元)
                n, d = min(((n, d) for n in nums for d in dens if d.value),
                           key=lambda nd: abs(nd[0].value / nd[1].value - f.value), default=(nums[0], dens[0]))
                nums, dens, num, den = [n], [d], n.value, d.value
                said = f"“{n.text}”÷“{d.text}”"
            if not den:
                continue
            shown = show(num / den, f.q, max(1, _places(f)))
            yield self.report(
                ctx, f.start, f.end,
                f"{said}为{shown}{f.q.magnitude}{f.q.unit}，与所述“{marker}…{_as_written(ctx.text, f) if loose else f.text}”不符",
                evidence={"expected": shown, "stated": show(f.value, f.q),
                          "total": "＋".join(n.q.text for n in nums), "count": "＋".join(d.q.text for d in dens)},
                related=[(ctx, g.start, g.end) for g in nums + dens],
            )

    def _compound_unit(self, ctx, figs, f):
        """货物周转量18.37亿吨公里，按货运量2468.5万吨计算，货物平均运距为84.6公里: an average in a unit
        (公里) whose total is in that unit times another (吨公里) and whose count is in the other (吨),
        each the one such figure of the sentence before the average.  _NOT_COMPOUND when the sentence
        holds no such pair, None when it holds one that gives the average."""
        # (千瓦时 is 千瓦 times 时: hours of use, 平均利用小时, over the capacity in 千瓦)
        unit = "时" if f.unit == "小时" else f.unit
        nums = [g for g in figs[:f.index] if g.sentence is f.sentence and len(g.unit) > len(unit)
                and g.unit.endswith(unit) and g.additive and not g.approx and g.value]
        if len(nums) != 1:
            return _NOT_COMPOUND
        n = nums[0]
        per_unit = n.unit[:-len(unit)]
        dens = [g for g in figs[:f.index] if g.sentence is f.sentence and g.unit == per_unit
                and g.additive and not g.approx and g.value]
        if len(dens) != 1:
            return _NOT_COMPOUND
        d = dens[0]
        r = interval(n) / interval(d)
        if r is None or r.overlaps(Interval(f.lo, f.hi)):
            return None
        shown = show(n.value / d.value, f.q, max(1, _places(f)))
        return self.report(
            ctx, f.start, f.end,
            f"“{n.text}”÷“{d.text}”为{shown}{f.q.magnitude}{f.q.unit}，与所述“{f.marker}…{f.text}”不符",
            evidence={"expected": shown, "stated": show(f.value, f.q), "total": n.q.text, "count": d.q.text},
            related=[(ctx, n.start, n.end), (ctx, d.start, d.end)],
        )

    def _ratios_to_one(self, ctx):
        """生师比为15.17∶1 after 在校生582,307人 and 专任教师33,915人 in its paragraph: the first count
        over the second (1∶1.14: the second over the first), within the written precisions (the
        fact table ``ratios-to-one``)."""
        entries = _ratios_to_one(ctx.knowledge)
        text = ctx.text
        if not entries or ("∶" not in text and ":" not in text):
            return
        from factlint.numerals import extract

        figs = ctx.claims.figures
        for name, first, second in entries:
            at = text.find(name)
            while at != -1:
                m = _RATIO_TO_ONE.match(text, at + len(name))
                at = text.find(name, at + 1)
                if m is None:
                    continue
                para = text.rfind("\n", 0, m.start()) + 1
                a = _one_count(figs, first, para, m.start())
                b = _one_count(figs, second, para, m.start())
                if a is None or b is None:
                    continue
                left = m.group("n") is not None
                digits = m.group("n") or m.group("d")
                qs = extract(digits, ctx.knowledge)  # (its size as written: 15.17 is 15.165–15.175)
                if len(qs) != 1 or qs[0].value is None:
                    continue
                num, den = (a, b) if left else (b, a)
                r = interval(num) / interval(den)
                if r is None or r.overlaps(Interval(qs[0].lo, qs[0].hi)):
                    continue
                value = num.value / den.value
                shown = show(value, None, max(1, len(digits.partition(".")[2])))
                said = text[m.start("r"):m.end()]
                yield self.report(
                    ctx, m.start("r"), m.end(),
                    f"“{num.text}”÷“{den.text}”为{shown}，{name}应为"
                    + (f"{shown}∶1" if left else f"1∶{shown}") + f"，与所述“{name}{said}”不符",
                    evidence={"expected": shown, "stated": digits, "first": a.q.text, "second": b.q.text},
                    related=[(ctx, a.start, a.end), (ctx, b.start, b.end)],
                )

    def _table_columns(self, ctx):
        """A table column of averages (| 户均投资（万元） |, | 人均消费（元） |, | 平均每站桩数（个） |)
        beside one column of what the average is over (惠及户数（户）, 接待人次（万人次）, 充电站（座）)
        and one column of the total averaged (完成投资（亿元）: named by what follows the marker, or
        the one other column of the average's unit): in each row, total ÷ count, in the units the
        headers give."""
        tables = ctx_tables(ctx)  # (none, at once, in a text without a pipe table or a Word file)
        if not tables:
            return
        qs, starts = measured_figures(ctx)
        exempt = lexicon_patterns(ctx.knowledge).average_exempt
        for t in tables:
            if t.ragged or not t.rows:
                continue
            named = [_column(h) for h in t.heads]
            for k, col in enumerate(named):
                if col is None or not col.per or exempt.search(col.name):
                    continue  # (人均地区生产总值: over the mean population, lexicon claims-average-exempt)
                dens = [j for j, c in enumerate(named) if c is not None and j != k and not c.per and c.counts(col.per)]
                if not dens and len(col.what) >= 3:
                    # 平均每个项目投资 beside 项目数（个）: the noun after 每个 is two characters (项目), the
                    # total is named by the rest (投资, in 总投资)
                    per2 = col.per + col.what[0]
                    dens = [j for j, c in enumerate(named) if c is not None and j != k and not c.per and c.counts(per2)]
                    if dens:
                        col = _Column(col.head, col.name, col.unit)
                        col.per, col.what = per2, named[k].what[1:]
                if len(dens) == 1 and named[dens[0]].base != col.per and not named[dens[0]].name.endswith(col.per) \
                        and sum(1 for c in named if c is not None and not c.per and c.base == named[dens[0]].base) > 1:
                    continue  # (星级店数（家） beside 农家乐（家）: which column counts the 店 is unsure)
                if len(dens) > 1 and any(named[j].base == col.per for j in dens):
                    dens = [j for j in dens if named[j].base == col.per]  # (演出（场）, not 驻场剧场（个）)
                nums = [j for j, c in enumerate(named) if c is not None and j != k and j not in dens and not c.per
                        and not c.name.startswith("其中") and _same_base(c.base, col.base, col.per)]
                # the total is named by what the average is of (户均投资 and 完成投资, 人均补贴 and 发放补贴;
                # not 户均增收 and 帮扶资金, 人均消费 and 门票收入)
                nums = [j for j in nums if col.what and col.what in named[j].name]
                if len(dens) > 1:  # (人均补贴 over 享受补贴人数, not 城镇新增就业)
                    dens = [j for j in dens if col.what and col.what in named[j].name]
                if len(dens) != 1 or len(nums) != 1:
                    continue
                yield from self._table_rows(ctx, t, qs, starts, (k, col), (nums[0], named[nums[0]]),
                                            (dens[0], named[dens[0]]), named[dens[0]].factor)

    def _table_unit_prices(self, ctx):
        """A table column of prices per unit of quantity (| 平均收购价（元/公斤） |, | 单价（元/吨） |) beside
        one column of money (收购金额（万元）) and one column of a quantity in a unit that converts to
        the price's (收购量（吨）): in each row, money ÷ quantity, in the units the headers give
        (4711.08万元 ÷ 18260吨 = 2580元/吨 = 2.58元/公斤)."""
        tables = ctx_tables(ctx)
        if not tables:
            return
        qs, starts = measured_figures(ctx)
        for t in tables:
            if t.ragged or not t.rows:
                continue
            named = [_column(h) for h in t.heads]
            for k, col in enumerate(named):
                if col is None or not _MEAN_PRICE.search(col.name) or "/" not in col.base:
                    continue  # (an average price only: not 最低收购价, 最高价, 含税单价, 楼面地价)
                money, _, per = col.base.partition("/")
                if money not in _MONEY or per not in _QUANTITY_UNITS:
                    continue
                kind, per_factor = _QUANTITY_UNITS[per]
                nums = [j for j, c in enumerate(named) if c is not None and j != k and c.base == money]
                dens = [j for j, c in enumerate(named) if c is not None and j != k and c.base in _QUANTITY_UNITS
                        and _QUANTITY_UNITS[c.base][0] == kind and "/" not in c.base]
                if len(nums) == 1 and len(dens) == 1 and common_start(named[nums[0]].name, named[dens[0]].name) < 2:
                    continue  # (收购量 and 收购金额 name one deal; 补贴资金 beside 收购量 does not)
                if len(nums) != 1 or len(dens) != 1:
                    continue  # (which column is the money, or the quantity, is not sure)
                den = named[dens[0]]
                den_factor = den.factor * _QUANTITY_UNITS[den.base][1] / per_factor  # (in the price's unit)
                yield from self._table_rows(ctx, t, qs, starts, (k, col), (nums[0], named[nums[0]]),
                                            (dens[0], den), den_factor)

    def _table_rows(self, ctx, t, qs, starts, avg, num, den, den_factor):
        """Each row of table ``t`` whose cell of the column of averages (``avg``: index and column)
        is not the cell of the column of totals (``num``) over that of counts (``den``), in the
        headers' units (``den_factor`` takes a count to the unit the average is over)."""
        (k, col), (i, total), (j, count) = avg, num, den
        for r, row in enumerate(t.rows):
            a, n, d = (cell_quantity(qs, starts, *row[c]) for c in (k, i, j))
            if a is None or n is None or d is None or a.approx or n.approx or d.approx \
                    or any(q.unit or q.magnitude for q in (a, n, d)) or not d.value:
                continue  # (cells hold bare numbers: the header gives the unit)
            quotient = (interval(n) * total.factor) / (interval(d) * den_factor)
            stated = Interval(a.lo, a.hi) * col.factor
            if quotient is None or quotient.overlaps(stated):
                continue
            exact = n.value * total.factor / (d.value * den_factor) / col.factor
            shown = show(exact, a, decimals(a) + 1)
            label = t.labels[r]
            yield self.report(
                ctx, a.start, a.end,
                f"表中“{label}”行：“{total.head}”{n.text}÷“{count.head}”{d.text}为{shown}{col.unit}，"
                f"与“{col.head}”一栏的“{a.text}”不符",
                evidence={"expected": shown, "stated": a.text, "total": n.text, "count": d.text,
                          "row": label, "column": col.head},
                related=[(ctx, n.start, n.end), (ctx, d.start, d.end)],
            )

    def _unit_price(self, ctx, figs, f):
        """平均售价12208元/平方米 after 销售面积126.35万平方米，销售额141.62亿元 in its sentence: the one
        sum of money over the one quantity of the price's kind (in a unit that converts to the one
        the price is per), as _table_unit_prices does for a table."""
        per = next((u for u in sorted(_QUANTITY_UNITS, key=len, reverse=True) if f.trail.startswith("/" + u)), None)
        if per is None or f.q.unit not in _MONEY:
            return None
        kind, per_factor = _QUANTITY_UNITS[per]
        nums, dens = [], []
        k = f.index - 1
        while k >= 0 and figs[k].sentence is f.sentence:
            p = figs[k]
            k -= 1
            if p.approx or p.value is None or p.q.kind == "range" or p.role not in _NUMERATOR_ROLES or p.non_additive:
                continue
            if p.q.unit == f.q.unit and p.q.kind == "money":
                if p.measure.endswith(_DEAL_VALUE):
                    nums.append(p)  # (销售额, 成交金额: not 销售回款, money collected)
                else:
                    return None
            elif p.q.unit in _QUANTITY_UNITS and _QUANTITY_UNITS[p.q.unit][0] == kind:
                dens.append(p)
        if len(nums) != 1 or len(dens) != 1:
            return None  # (which sum, or which quantity, the price is of is not sure)
        n, d = nums[0], dens[0]
        scale = _QUANTITY_UNITS[d.q.unit][1] / per_factor  # (the quantity in the price's unit)
        r = interval(n) / (interval(d) * scale)
        if r is None or r.overlaps(Interval(f.lo, f.hi)):
            return None
        exact = n.value / (d.value * scale)
        shown = show(exact, f.q, max(0, _places(f)))
        word = _MEAN_PRICE.search(f.lead).group()
        msg = f"“{n.text}”÷“{d.text}”为{shown}{f.q.unit}/{per}，与所述“{word}{f.text}/{per}”不符"
        return self.report(
            ctx, f.start, f.end, msg,
            evidence={"expected": shown, "stated": show(f.value, f.q), "total": n.q.text, "count": d.q.text},
            related=[(ctx, n.start, n.end), (ctx, d.start, d.end)],
        )

    def _per_people(self, ctx, figs, f, m):
        """每千人口卫生技术人员9.77人 after 卫生技术人员27418人 and 常住人口312.6万人 in its sentence:
        the total over the population in thousands (万, 十万)."""
        per = _PER_SCALE[m.group(1)]
        named = f.lead[m.end():]
        pops, nums = [], []
        k = f.index - 1
        while k >= 0 and figs[k].sentence is f.sentence:
            p = figs[k]
            k -= 1
            if p.approx or p.q.kind == "range" or p.value is None or p.role not in _NUMERATOR_ROLES:
                continue
            if p.unit in ("人", "") and "人口" in p.measure:
                pops.append(p)  # (常住人口312.6万人; 以388.6万常住人口计, the noun after the figure)
            elif p.unit == f.unit and p.additive and bigrams(named) & bigrams(p.measure or p.trail[:8]):
                nums.append(p)  # (4386名卫生技术人员: the noun after the count names it)
        if len(pops) != 1 or len(nums) != 1:
            return None
        pop, n = pops[0], nums[0]
        if f.plan or any(g.role == AVERAGE and _PER_PEOPLE.search(g.lead) for g in figs[pop.index + 1:f.index]):
            # (…每千人口执业（助理）医师4.08人，其中县城每千人口…5.86人 / 到2025年每千人口…达到4.20人的目标:
            # the first rate after the population is of it; a later one is of a part or a target)
            return None
        scale = Interval(per, per)
        r = interval(n) / (interval(pop) / scale)
        fi = Interval(f.lo, f.hi)
        if r is None or r.overlaps(fi):
            return None
        shown = show(n.value / (pop.value / per), f.q, max(1, _places(f)))
        msg = (f"“{n.text}”÷（“{pop.text}”÷{per}）为{shown}{f.q.unit}，与所述“{m.group()}…{f.text}”不符")
        return self.report(
            ctx, f.start, f.end, msg,
            evidence={"expected": shown, "stated": show(f.value, f.q), "total": n.q.text,
                      "population": pop.q.text, "per": str(per)},
            related=[(ctx, n.start, n.end), (ctx, pop.start, pop.end)],
        )

    @staticmethod
    def _terms(figs, f, per, noun: str):
        """(totals, counts) before the average in its sentence: counts of the unit the average is
        taken over (``per``) or of its noun, totals of the average's unit; and the totals (合计,
        共计) of its unit stated after it in the sentence."""
        nums, dens = [], []
        k = f.index - 1
        # an average after 其中 is of the part counted there (…，人均4000元；其中资助…新生156名，每人5000元):
        # the figures before 其中 are the whole's
        floor = -1
        g = f.group
        prev = figs[f.index - 1] if f.index else None
        if g is not None and g.marker == "其中" and g.start < f.start and prev is not None and prev in g.parts \
                and prev.unit in per and prev.sentence is f.sentence and prev.clause.index >= f.clause.index - 1 \
                and prev.clause.index == g.parts[0].clause.index:
            # (the 其中 clause's count right before the average: not 其中A5场、B13场，…，场均, nor
            # 其中A…、B…，全市12个县平均每个…, a count of the whole's)
            floor = g.start
        elif prev is not None and prev.unit in per and prev.sentence is f.sentence:
            # an average of the same kind earlier in the sentence (本科生312名，人均3500元；研究生100名，
            # 人均5560元): an average right after a group's count is of the group named since the one
            # before, not of the figures before that (the money of all groups over one group's
            # count); an average after the groups' (…；全年人均培训经费681元) is the whole's
            j = f.index - 1
            while j >= 0 and figs[j].sentence is f.sentence:
                if figs[j].role == AVERAGE and figs[j].marker == f.marker and figs[j].unit == f.unit:
                    floor = figs[j].start
                    break
                j -= 1
        while k >= 0 and figs[k].sentence is f.sentence and figs[k].start > floor:
            p = figs[k]
            k -= 1
            if p.role not in _NUMERATOR_ROLES or p.non_additive or p.q.kind == "range" or ratio_base(p):
                continue  # (完成省下达任务14万亩的105.7%: the base of a ratio is not the count)
            if p.unit in per or (noun and _counts(p, noun)) or _households_in_jia(p, f) \
                    or (not p.unit and "人" in per and _people_for(p, f)):
                # (按222.15万参保居民计算: a count of people with its noun for a unit)
                if _EACH.search(p.lead):
                    continue  # 三个街道各新建1所: 1所 for each, not the count of 所
                dens.append(p)
            elif p.unit == f.unit or (f.unit in ("天", "日") and len(p.unit) == 2 and p.unit[1] == "日"
                                      and (p.unit[0] in per or p.unit[0] == noun[:1])):
                if "增收" in f.lead and _TURNOVER.search(p.measure):
                    continue  # (实现经营收入186.2亿元，带动小农户8.6万户，户均增收1.2万元: a gain, not the revenue;
                    # 发放劳务报酬…，人均增收 is what the workers gained)
                nums.append(p)  # (438站日 over 12个观测站, 平均每站38.5天: days of a station)
        if dens:
            # 服务点48个、服务中心6个，合计54个，…平均每个服务点（中心）23.3张: the sum of the counts
            # (a total of their unit after them) may be what the average is over
            first = min(d.index for d in dens)
            dens += [p for p in figs[first + 1:f.index] if p.role == TOTAL and p.unit == dens[0].unit
                     and p not in dens and not p.non_additive]
        # a total stated after the average in its sentence and named by what the average is of
        # (户均补助5000元，补助资金合计1230万元; not 各类救助资金合计, which holds other aid) is one of
        # the totals it may be taken from
        what = _AVG_WHAT.sub("", f.lead.strip())
        k = f.index + 1
        while len(what) >= 2 and k < len(figs) and figs[k].sentence is f.sentence:
            p = figs[k]
            k += 1
            if p.role == TOTAL and p.unit == f.unit and not p.non_additive and p.q.kind != "range" \
                    and p.lead.lstrip("，, ").startswith(what):
                nums.append(p)
        return nums, dens

    def _per_mu(self, ctx, figs, f):
        """平均亩产438.5公斤 after 播种面积43.56万亩 and 总产量18.23万吨 in its sentence: the weight
        over the area, the weight converted to the average's unit (1吨 = 1000公斤 = 2000斤).  With
        two areas or two weights, no pair may give the average."""
        areas, weights = [], []
        k = f.index - 1
        while k >= 0 and figs[k].sentence is f.sentence:
            p = figs[k]
            k -= 1
            if p.approx or p.q.kind == "range" or p.value is None or p.role not in _NUMERATOR_ROLES \
                    or p.non_additive or ratio_base(p):
                continue
            if p.unit == "亩":
                areas.append(p)
            elif p.unit in _WEIGHT_KG:
                weights.append(p)
        # an output over a sown area (产量, 播种/种植面积: not 新增粮食产能 over 建成高标准农田)
        # (or a harvest said with the figures, 全县15.83万亩玉米共收获7.12万吨, when the yield is the
        # sentence's one yield and not of a part: not 其中示范片平均亩产, not 再生季亩产 after 头季)
        harvest = f.lead.find("其中") == -1 and not any(
            g is not f and g.sentence is f.sentence and g.role == AVERAGE and g.unit in _WEIGHT_KG for g in figs[k + 1:f.index + 4])
        weights = [w for w in weights if "产量" in w.measure or (harvest and _HARVEST.search(w.lead))]
        if len(weights) == 1 and not areas:
            areas = _sown_area(ctx, figs, f, weights[0])
        # (a part after 其中 of the area of all only: 水稻18.3万亩、玉米15.6万亩，粮食总产量…，玉米平均亩产…
        # has its output of all grain)
        named = [a for a in areas if len(a.measure) >= 2 and a.measure in f.lead
                 and a.group is not None and a.group.marker == "其中"]
        if named:
            # 茶园面积12.8万亩，其中投产茶园10.6万亩；…投产茶园平均亩产81.5公斤: the area the yield names
            areas = named
        else:
            areas = [a for a in areas if "面积" in a.measure or (harvest and _HARVEST.search(a.trail))]
        if len(areas) != 1 or len(weights) != 1:
            return None  # (two areas: 粮食 and 水稻 — which one the yield is of is not said)
        fi = Interval(f.lo, f.hi)
        per = _WEIGHT_KG[f.unit]
        for w in weights:
            k_ = _WEIGHT_KG[w.unit] / per
            for a in areas:
                r = (interval(w) * k_) / interval(a)
                if r is None or r.overlaps(fi):
                    return None
        w, a = weights[0], areas[0]
        shown = show(w.value * _WEIGHT_KG[w.unit] / per / a.value, f.q, max(1, _places(f)))
        msg = f"“{w.text}”÷“{a.text}”为每亩{shown}{f.q.unit}，与所述“{f.text}”不符"
        return self.report(
            ctx, f.start, f.end, msg,
            evidence={"expected": shown, "stated": show(f.value, f.q), "total": w.q.text, "count": a.q.text},
            related=[(ctx, w.start, w.end), (ctx, a.start, a.end)],
        )

    def _per_year(self, ctx, figs, f):
        """年均 over a span the sentence states (2021年至2024年, “十三五”期间, 五年来): the
        total of the same span divided by its number of years (counted inclusively)."""
        years = _span_years(f.period)
        if years is None:
            return None
        nums = []
        k = f.index - 1
        while k >= 0 and figs[k].sentence is f.sentence:
            p = figs[k]
            k -= 1
            if p.unit == f.unit and p.role in _YEAR_TOTAL_ROLES and not p.non_additive and p.period == f.period:
                nums.append(p)
        if not nums or any(p.approx for p in nums):
            return None
        fi = Interval(f.lo, f.hi)  # (an average: rounded as written)
        n_years = Interval(Decimal(years), Decimal(years))
        for n in nums:
            r = interval(n) / n_years
            if r is None or r.overlaps(fi):
                return None  # fits (or a negative total: not a sum of yearly amounts)
        n = nums[0]
        shown = show(n.value / years, f.q, max(1, _places(f)))
        msg = f"“{n.text}”÷{years}年为{shown}{f.q.magnitude}{f.q.unit}，与所述“年均…{f.text}”不符"
        return self.report(
            ctx, f.start, f.end, msg,
            evidence={"expected": shown, "stated": show(f.value, f.q), "total": n.q.text, "years": str(years)},
            related=[(ctx, n.start, n.end)],
        )


#: the marker of an average, before what it is of (户均补助 -> 补助)
_AVG_WHAT = re.compile(r"^.*?(?:户均|人均|次均|亩均|日均|案均|件均|平均每[个家户人]?|平均)")
#: a column of averages: 户均投资, 人均消费, 平均每站桩数, 每站平均桩数, 场均观众
_AVG_HEAD = re.compile(r"^(?:(?P<hh>户均)|(?P<pp>人均)|平均每(?:个|家)?(?P<e1>[\u4e00-\u9fff])|每(?P<e2>[\u4e00-\u9fff])平均"
                       r"|(?P<e3>[场校村站店])均)(?P<what>.*)$")
#: magnitudes a header's unit may open with (not 千 of 千米, 千瓦, 千克)
_HEAD_MAGS = {"亿": Decimal(10) ** 8, "万": Decimal(10000), "百": Decimal(100)}
#: the header of a column of average prices (平均收购价, 均价, 平均价格, 平均单价)
_MEAN_PRICE = re.compile(r"平均[\u4e00-\u9fff]{0,4}价|均价")
#: people named before 人均: the average is per person, never per 人次 (员工人均, 职工人均)
_PERSONS_PER_HEAD = re.compile(r"(?:员工|职工|教职工|教师|学生|干部|职员)人均")
#: the ends of a measure that name the value of the deals a mean price is of (销售额, 成交金额, 收购金额)
_DEAL_VALUE = ("额", "金额", "总价", "价款", "收入")


def _same_base(a: str, b: str, per: str = "") -> bool:
    """Units a total and its average share: the same, or 人次 and 人 when the average is over
    occasions (观众（万人次） and 场均观众（人）; not 平均每队志愿者（人）, the size of a team, of
    志愿者参与服务（万人次））."""
    return a == b or ({a, b} == {"人", "人次"} and per in _OCCASIONS)


#: what an average over occasions is over (场均, 平均每次, 每期, 每班次, 日均)
_OCCASIONS = ("场", "次", "期", "班次", "届", "趟", "日", "天")


#: units of quantity a price may be per, by kind, and their size in the kind's smallest unit here
_QUANTITY_UNITS = {"吨": ("weight", Decimal(1000)), "公斤": ("weight", Decimal(1)), "千克": ("weight", Decimal(1)),
                   "斤": ("weight", Decimal("0.5")), "平方米": ("area", Decimal(1)), "亩": ("acre", Decimal(1)),
                   "立方米": ("volume", Decimal(1)), "千瓦时": ("energy", Decimal(1))}
_MONEY = ("元", "美元")


class _Column:
    """A table column's header read as name, unit, magnitude (万元 → 10000, 元) and, for a column
    of averages, what it is over (per) and of (what)."""

    __slots__ = ("head", "name", "unit", "factor", "base", "per", "what")

    def __init__(self, head: str, name: str, unit: str):
        self.head, self.name, self.unit = head, name, unit
        self.factor = Decimal(1)
        base = unit
        while base[:1] in _HEAD_MAGS and len(base) > 1:
            self.factor *= _HEAD_MAGS[base[0]]
            base = base[1:]
        self.base = base
        m = _AVG_HEAD.match(name)
        self.per = self.what = ""
        if m:
            self.per = "户" if m.group("hh") else "人" if m.group("pp") else (m.group("e1") or m.group("e2") or m.group("e3"))
            what = m.group("what")
            if m.group("e1") and what[:1] == "次":
                self.per, what = self.per + "次", what[1:]  # 平均每班次发送旅客: over 班次
            self.what = what.removesuffix("数") or ""

    def counts(self, per: str) -> bool:
        """The column counts what an average is over: 户 (惠及户数（户）), people (接待人次（万人次）),
        or the noun of 平均每站 (充电站（座）)."""
        if per == "户":
            return self.base == "户" or self.name.endswith(("户数", "户"))  # (参与商户（家）)
        if per == "人":
            return self.base in ("人", "人次", "名")
        # (网店数（家） counts the 店 of 平均每店零售额: the noun and 数)
        return self.base == per or (self.name.endswith((per, per + "数", per + "数量")) and self.base not in _MONEY)


#: a header without a unit in brackets that names a count by its last word (献血人次, 参保人数, 户数)
_COUNT_HEADERS = (("人次", "人次"), ("人数", "人"), ("户数", "户"))


def _column(head: str) -> "_Column | None":
    got = head_name_unit(head)
    if got is None:
        name = head.strip()
        unit = next((u for end, u in _COUNT_HEADERS if name.endswith(end) and len(name) > len(end)), None)
        return _Column(head, name, unit) if unit and "（" not in name and "(" not in name else None
    return _Column(head, *got)


def _sown_area(ctx, figs, f, weight) -> list:
    """全年粮食播种面积52.36万亩…。全年粮食总产量21.48万吨，…粮食平均亩产431.6公斤: the one area of the
    crop (粮食, named before the yield or the output) sown that period, stated earlier in the
    paragraph or the one before as 粮食播种面积; [] when none or several."""
    crop = _CROP.match(f.measure) or _CROP.match(weight.measure)
    if crop is None or not crop.group(1):
        return []
    sown = (crop.group(1) + "播种面积", crop.group(1) + "种植面积")
    found = [g for g in _before_in_paragraphs(ctx, figs, f)
             if g.unit == "亩" and g.measure in sown and g.period == f.period and not g.approx and g.value]
    return found if len(found) == 1 else []


def _before_in_paragraphs(ctx, figs, f):
    """The figures before ``f`` in its paragraph and the one before, nearest first."""
    floor = previous_paragraph(ctx.text, f.sentence.paragraph)
    k = f.index - 1
    while k >= 0 and figs[k].start >= floor:
        yield figs[k]
        k -= 1


#: the crop a yield or an output is of: 粮食平均亩产, 粮食总产量, 玉米单产
_CROP = re.compile(r"^(?:全年|全县|全市|全区)?([\u4e00-\u9fff]{2,4}?)(?:平均)?(?:亩产|单产|总产量|产量)")


def _named_total(ctx, figs, f, rest: str, dens) -> list:
    """The one figure of the average's unit, stated earlier in its paragraph or the one before,
    whose measure the average names after its noun (设置考场 names 考场2186个); [] when none or
    several."""
    found = []
    for g in _before_in_paragraphs(ctx, figs, f):
        if g.sentence is f.sentence or g.unit != f.unit or g.approx or not g.additive or len(g.measure) < 2:
            continue
        if g.measure in rest and g.period == f.period and all(g is not d for d in dens) \
                and (not f.subject or g.subject == f.subject):
            found.append(g)
    # the one that the average names most fully (提供岗位5260个 before 全县11860个岗位 for
    # 平均每家提供岗位): figures named with fewer of its words are of something wider
    longest = max((len(g.measure) for g in found), default=0)
    found = [g for g in found if len(g.measure) == longest]
    return found if len(found) == 1 else []


def _people_for(p, f) -> bool:
    """``p``, a count written without a unit, counts the people ``f`` (a 人均 figure) is per: people
    named right after it (222.15万参保居民), in the last 按…计算 before ``f`` (not 按84.9万常住人口计算，
    人均…；按92.3万户籍人口计算，人均…: the second is of the second count), and the group named before
    人均, if any, among those words (其中在职职工人均1,391元 is not per 143.27万参保职工)."""
    m = _PEOPLE_NAMED.match(p.trail)
    if m is None:
        return False
    sent = f.sentence
    between = sent.text[p.end - sent.start:f.start - sent.start]
    if "按" in between:
        return False
    lead = f.lead
    who = lead[:lead.find("人均")].removeprefix("其中").strip("，,、 ") if "人均" in lead else ""
    who = re.sub(r"^全[省市县区州旗镇乡]", "", who)  # (全县居民人均: the place is not the group)
    return not who or who[-4:] in p.trail[:m.end()]


def _counts(p, noun: str) -> bool:
    """A count of the things an average is taken over (平均每个乡镇 over 86个乡镇, 平均每个图书馆
    over 公共图书馆12个): a count unit, and the noun right after the figure or in its measure."""
    from factlint.claims import _COUNT_UNITS

    if p.unit not in _COUNT_UNITS:
        return False
    trail = p.trail.lstrip()
    if trail.startswith(noun):
        return True
    if len(noun) == 1 and 0 < trail.find(noun) <= 2:
        return True  # 412个行政村 for 平均每村: the noun ends the word after the figure
    # the noun ends the measure, or all but its last character (公共图书馆 for 图书, 家庭户 for
    # 家庭); in 家庭户人口 it only qualifies what is counted (人口: the total, not the count)
    at = p.measure.rfind(noun)
    return at >= 0 and at + len(noun) + 1 >= len(p.measure)


def _span_years(period: str) -> int | None:
    """Years in a period key: "2021-2024" -> 4, "last5y"/"last五y" -> 5; None for others."""
    if "-" in period and period[:4].isdigit() and period[-4:].isdigit():
        a, b = int(period[:4]), int(period[-4:])
        return b - a + 1 if 1 < b - a + 1 <= 30 else None
    if period.startswith("last") and period.endswith("y"):
        n = small_number(period[4:-1])
        return n if n and n > 1 else None
    return None


def _places(f) -> int:
    from ._intervals import decimals

    return decimals(f.q) + 1


#: an average said of all the kinds listed before it (全部申报清单平均每票…, 所有项目平均…)
_OF_ALL = re.compile(r"全部|全体|所有|总体|合计|整体")

#: a harvest said between an area and its output (15.83万亩玉米共收获7.12万吨, 实收…)
_HARVEST = re.compile(r"收获|收割|实收|总产|产出")

def _split_by_names(rest: str, figs):
    """(totals, counts) of ``figs`` (all of the unit an average is over and counts in) by the names
    after 平均每家: ``rest`` = 孵化器在孵企业 splits into the count's name (the one figure whose measure
    ends with 孵化器) and the total's (the figures whose measure ends with 在孵企业); None when no
    split names exactly one count and some total."""
    for cut in range(len(rest) - 2, 1, -1):
        counted, total = rest[:cut], rest[cut:]
        counts = [g for g in figs if g.measure.endswith(counted)]
        if len(counts) != 1:
            continue
        totals = [g for g in figs if g is not counts[0] and g.measure.endswith(total)]
        if not totals:
            continue
        if _NEWLY.search(counts[0].measure) or any(
                counted in g.measure and g is not counts[0] and g not in totals for g in figs):
            return None  # (新增孵化器5家，孵化器总数47家: the count meant may be the other one)
        return totals, counts
    return None


#: a count of those added this year (新增, 新认定): not the number an average of all is over
_NEWLY = re.compile(r"新增|新认定|新建|新培育|新引进|新设")


@hookimpl
def factlint_register_rules(register):
    register(AverageMismatch)
