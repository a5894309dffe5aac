"""Interval arithmetic on figures as written, and the helpers the arithmetic rules share.

A figure stands for every value its written precision allows (82.18万 → 821,750–821,850), so a
relation between figures holds when it holds for *some* choice inside those intervals.  Rules
fire only when no choice does.  Everything is ``Decimal``: no float, no epsilon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Iterable

from factlint.claims import _COUNT_UNITS
from factlint.diagnostics import format_decimal

_SCALE = {"": Decimal(1), "十": Decimal(10), "百": Decimal(100), "千": Decimal(1000), "万": Decimal(10) ** 4,
          "十万": Decimal(10) ** 5, "百万": Decimal(10) ** 6, "千万": Decimal(10) ** 7, "亿": Decimal(10) ** 8,
          "万亿": Decimal(10) ** 12}
HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Interval:
    lo: Decimal
    hi: Decimal

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, k: Decimal) -> "Interval":
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b))

    def __truediv__(self, other: "Interval") -> "Interval | None":
        """Quotient of two positive intervals; None when the divisor may be 0 or negative."""
        if other.lo <= 0 or self.lo < 0:
            return None
        with localcontext() as c:
            c.prec = 28
            return Interval(self.lo / other.hi, self.hi / other.lo)

    def overlaps(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def __contains__(self, v: Decimal) -> bool:
        return self.lo <= v <= self.hi


def interval(fig) -> Interval:
    """The interval a figure (or Quantity) stands for.  A count of things written as a whole
    number with no magnitude (42家, 1260人, 386个) is exact: 3家 cannot be read as 3.4家."""
    if exact_count(fig):
        v = fig.value
        return Interval(v, v)
    return Interval(fig.lo, fig.hi)


def exact_count(fig) -> bool:
    """A whole-number count of a counted unit (家, 个, 人, 户), written without 万/亿 or decimals
    and not approximate."""
    q = getattr(fig, "q", fig)
    if q.unit not in _COUNT_UNITS or q.magnitude or q.approx or q.value is None:
        return False
    if q.kind not in ("number", "money") or "." in q.text or "．" in q.text:
        return False
    return q.value == q.value.to_integral_value()


def total(figs: Iterable) -> Interval:
    lo = hi = Decimal(0)
    for f in figs:
        i = interval(f)
        lo += i.lo
        hi += i.hi
    return Interval(lo, hi)


def value_sum(figs: Iterable) -> Decimal:
    return sum((f.value for f in figs), Decimal(0))


def scale(q) -> Decimal:
    """The magnitude the figure was written with (82.18万 → 10000)."""
    q = getattr(q, "q", q)
    return _SCALE.get(getattr(q, "magnitude", "") or "", Decimal(1))


def display_unit(q) -> str:
    """The unit as written after the digits (万人, 亿元, 公里)."""
    q = getattr(q, "q", q)
    return (getattr(q, "magnitude", "") or "") + (q.unit or "")


def show(value: Decimal, q, places: int | None = None) -> str:
    """``value`` written in the magnitude of ``q`` (an exact decimal string; rounded to
    ``places`` decimals when given): show(Decimal(558), 公里) == "558", show(894.4e8, 亿元) == "894.4"."""
    v = value / scale(q)
    if places is not None:
        v = v.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return format_decimal(v)


def decimals(q) -> int:
    """How many decimals the figure is written with (62.2% → 1, 874 → 0)."""
    text = getattr(q, "q", q).text
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    if "." in digits:
        return len(digits.split(".", 1)[1].rstrip("."))
    return 0


def ratio_percent(part, whole, per: Decimal = HUNDRED) -> Interval | None:
    """part/whole × 100 over the written precision of both."""
    r = interval(part) / interval(whole)
    return None if r is None else r * per


def bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def names_agree(named: str, context: str) -> bool:
    """Whether a whole named in a share (占“规模以上工业营业收入”的) may be the figure described
    by ``context``: most of its character pairs occur there."""
    b = bigrams(named)
    if not b:
        return True
    hit = sum(1 for x in b if x in context)
    return hit * 2 >= len(b)


# ---------------------------------------------------------------------------------------------
# wholes and parts
# ---------------------------------------------------------------------------------------------

_LIST_JOINERS = ("、", "和", "及", "与", "以及")
#: units of time spans: 五年中，三年… are not parts of a whole
DURATIONS = frozenset(("年", "月", "个月", "天", "日", "小时", "分钟", "周", "岁", "周岁", "届"))


#: a figure of one day (单日, 峰值): not additive over days, but the whole of that day's parts
_ONE_DAY = re.compile(r"单日|峰值")
#: …of one day that are rates or extremes of something else (单日最高气温)
_ONE_DAY_NOT = re.compile(r"率|价|均|指数|温|速")


def common_end(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end with in common."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def common_start(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` start with in common."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _names_other_than(w, parts, wholes) -> bool:
    """The parts end with a common name (在校生 of 小学在校生, 初中在校生) that shares no two characters
    with ``w``'s measure but does with another figure of their unit before them (在校学生): that
    figure is their whole, not ``w``."""
    names = [p.measure for p in parts if p.measure]
    if not names or not w.measure:
        return False
    if len(names) == 1:
        # 加计扣除金额…43.52亿元…减免企业所得税10.88亿元。其中，制造业企业加计扣除金额31.25亿元: one part
        # whose name ends with the whole name of another figure of the unit (three characters or more)
        (name,) = names
        def named(o) -> str:
            # (加计扣除金额由上年的38.64亿元增加到…: the name before 由 of a figure of a change)
            return o.lead[:o.lead.find("由")].strip("，, ") if "由" in o.lead else o.measure

        # (not a figure named as the part is: 城镇…人口209,870人，其中大专及以上44,912人；乡村…人口180,000人，
        # 其中大专及以上13,476人 states the same kind for another whole)
        if name.endswith(w.measure[-2:]):
            return False
        if any(o is not w and o.unit == w.unit and len(named(o)) >= 3 and name.endswith(named(o)) and name != named(o)
               for o in wholes):
            return True
        # (医疗器械抽检1038批次，不符合规定12批次…；其中…无源器械抽检426批次: the part's last word, 抽检,
        # ends another figure's name and is not in this one's)
        # (not a figure per head or household, 户均贷款, which is no whole)
        tail = name[-2:]
        return len(name) >= 3 and tail not in w.measure and any(
            o is not w and o.unit == w.unit and o.additive and not o.approx and named(o).endswith(tail) and named(o) != name
            for o in wholes)
    common = names[0]
    for n in names[1:]:
        common = common[len(common) - common_end(common, n):]
    if len(common) < 2 or bigrams(common) & bigrams(w.measure):
        return False
    return any(o is not w and o.unit == w.unit and bigrams(common) & bigrams(o.measure) for o in wholes)


#: a share right after a figure that names its whole (，占政府采购成交金额的78.4%; 占采购总额的: the
#: name's last word before the words of a total, 采购)
_SHARE_NAMING = re.compile(r"[，,]?(?:约)?占(?:全[省市县区国])?([\u4e00-\u9fff]{1,16}?)(?:总额|总数|总量|总和|总规模|规模|总)?(?:的|比重)")


def _share_names_other_whole(p, w) -> bool:
    """``p`` is followed by its share of a whole it names (，占政府采购成交金额的78.4%, 占采购总额的), and
    that name is not ``w``'s measure: it shares no two characters with it (节约资金), or ``w`` is an
    amount saved or changed of what the name names (占政府采购规模的 and 政府采购节约资金; not 占新登记
    总量的 and 新登记市场主体, 占储备规模的 and 地方储备粮规模, kinds of the named whole).  A generic name
    (占全市总量的, 占全市的) says nothing."""
    sent = p.sentence
    m = _SHARE_NAMING.match(sent.text, p.end - sent.start)
    name = m.group(1) if m is not None else ""
    if len(name) < 2 or not w.measure or name in _GENERIC_WHOLES or _SCOPE_ONLY.fullmatch(name):
        return False
    if not bigrams(name) & bigrams(w.measure):
        return True
    at = w.measure.find(name)
    return at >= 0 and w.measure.startswith(_AMOUNT_OF_A_CHANGE, at + len(name))


#: what turns the name of a whole into an amount saved or changed of it (政府采购节约资金, 预算结余资金)
_AMOUNT_OF_A_CHANGE = ("节约", "节省", "节支", "结余", "增加", "减少", "增收", "减收", "超支")


#: names of a whole that say nothing of what it measures (占全市总量的, 占全市的)
_GENERIC_WHOLES = frozenset(("总量", "总数", "总额", "总和", "总体", "全部", "合计", "总计"))
_SCOPE_ONLY = re.compile(r"[全本我][国省市县区州镇乡村]")


#: a measure that is the amount of a change of revenue or spending (增收13.50亿元, 减支2.1亿元)
_MORE_OR_LESS = ("增收", "减收", "增支", "减支")


def dimension_of(part, dimensions) -> str | None:
    """The one dimension (the lexicon parts-attribute-dimensions) whose value opens the part's name
    (女代表: 性别), or None (none, or more than one)."""
    m = part.measure.removeprefix("其中")
    hit = [name for name, rx in dimensions if rx.match(m)]  # (at the start: not 国有土地…, 城市基础设施…)
    return hit[0] if len(hit) == 1 else None


def dimensions_cross(parts, dimensions) -> bool:
    """Two or more of ``parts`` are told apart by values of different dimensions (女代表, 少数民族代表:
    sex and ethnicity), none of them by two values of one: the parts may overlap."""
    return len({d for p in parts if (d := dimension_of(p, dimensions)) is not None}) >= 2


def _of_a_whole_in_another_unit(w, parts, wholes) -> bool:
    """The parts' name ends with a noun (学员 of 取得等级证书的学员) that ``w``'s measure does not
    hold and a figure of another unit between ``w`` and the parts does (培训学员9860人次): the parts
    are of that figure, counted in another unit, not of ``w`` (师资126人)."""
    names = [p.measure for p in parts if p.measure]
    if not names or not w.measure:
        return False
    common = names[0]
    for n in names[1:]:
        common = common[len(common) - common_end(common, n):]
    if len(common) < 2:
        return False
    noun = common[-2:]
    return noun not in w.measure and any(o is not w and o.unit != w.unit and o.start > w.start and noun in o.measure
                                         for o in wholes)


#: what says a figure is of an earlier period (上年经费支出450.5万元)
_EARLIER = re.compile(r"上年|去年|上一年|同期|上届")
#: what says the figure after it is a limit (控制在…限额68.90亿元以内)
_LIMIT_BEFORE = re.compile(r"控制在|限额|上限|不超过")


def items_before(text: str, start: int, end: int) -> list[str]:
    """The items of the list that ends at ``end``, from the last ，：； after ``start``, split at 、
    alone (国际及港澳台 is one item: 及 inside a name)."""
    head = text[start:end]
    head = head[max(head.rfind("，"), head.rfind("："), head.rfind("；")) + 1:]
    return [x.strip() for x in head.split("、")]


def _same_attribute(w, parts) -> bool:
    """拆除违法建设1426处、面积38.7万平方米，其中…1185处、面积41.2万平方米: the whole is another
    attribute (面积) of what the figure before it counts, and the parts give that attribute the
    same way (、面积 after their own count)."""
    lead = w.lead.lstrip()
    return bool(parts) and lead.startswith("、") and len(w.measure) >= 2 and all(
        p.measure == w.measure and p.lead.lstrip().startswith("、") for p in parts)


def pick_whole(group, knowledge):
    """The whole a 其中/中/分别 group's parts belong to and those parts (same unit, additive,
    exact as written), or None when the text does not say which figure is the whole (among others
    when the figure is a level passed: a word of the lexicon ``parts-threshold-nouns`` follows it,
    迈上600亿元台阶)."""
    from factlint.claims import AFTER, AVERAGE, COUNT, LEVEL, PER_HEAD, TOTAL

    # (the unit and the script first: additive may work out the measure)
    parts_all = [p for p in group.summable if p.unit not in DURATIONS and not _article(p) and p.additive]
    if not parts_all or any("亏损" in p.lead or "亏损" in p.measure for p in parts_all):
        return None  # (其中…小型企业利润612.1亿元、微型企业亏损40.8亿元: a loss is taken off, not added)
    units = {p.unit for p in parts_all}
    thresholds = lexicons(knowledge).thresholds
    if group.marker == "其中" and group.wholes and group.wholes[0].sentence is not parts_all[0].sentence \
            and _wholes_tie(group.wholes, parts_all):
        return None  # (城镇…148.36亿元，乡村…38.06亿元。其中，限额以上单位…: of which, is not said)
    for w in group.wholes:
        if w.unit not in units:
            continue
        if not of_changed_measure(group, parts_all, w):
            return None
        if not (w.additive or (w.role == AFTER and not w.non_additive)
                or (group.marker == "其中" and w.role in (LEVEL, COUNT, TOTAL) and _ONE_DAY.search(w.measure)
                    and not _ONE_DAY_NOT.search(w.measure))
                or (group.marker == "其中" and w.role == AVERAGE
                    and _components_per_head(w, parts_all, PER_HEAD, group.wholes, lexicons(knowledge).people))):
            # a change, an earlier value, a rate: not what the parts add up to (a day's figure is,
            # of the parts of that day: 单日发送旅客31.26万人次，…，其中铁路发送18.42万人次)
            continue
        if ratio_base(w):
            continue  # 为预算数17.99亿元的103.6%: the base of a ratio, not what the sentence reports
        if _TARGET_AFTER.match(w.trail.lstrip()):
            continue  # 新开工8426套，超额完成省下达的8000套目标任务。其中…: a target, not a whole
        if w.measure.startswith(("新增", "新建")) and any("达到" in p.lead for p in parts_all if p.unit == w.unit):
            return None  # 新增床位215张。其中，…床位达到860张: a stock reached, no part of what was added
        if w.measure.endswith(_MORE_OR_LESS):
            # 增长5.4%（增收13.50亿元）。其中，税收收入…: the amount of the change, not the whole; and a
            # net change is no whole of the changes it nets (减收2.82亿元，其中…减收2.96亿元，…增收0.14亿元)
            continue
        if w.trail.lstrip().startswith(("）", ")")) and _EARLIER.search(w.lead):
            continue  # （上年经费支出450.5万元）。其中…: last year's value in brackets, an aside
        limit = _LIMIT_BEFORE.search(w.lead) is not None and w.trail.lstrip().startswith(("以内", "之内", "以下"))
        if limit and not any(_LIMIT_BEFORE.search(p.measure) for p in parts_all):
            continue  # 控制在…债务限额68.90亿元以内，其中…: a limit kept to, not what the parts make up
            # (unless they are limits too: 其中一般债务限额…、专项债务限额…: then it is their whole)
        if not limit and w.trail.lstrip().startswith(thresholds):
            return None  # 完成612.48亿元，迈上600亿元台阶: a threshold passed; which figure is the whole is unsure
        if _names_other_than(w, parts_all, group.wholes):
            continue  # 在校学生8.26万人，专任教师5864人；其中小学在校生…: the parts name the one before
        if any(_share_names_other_whole(p, w) for p in parts_all if p.unit == w.unit):
            continue  # 节约资金5.87亿元…。其中，…授予中小企业合同金额48.73亿元，占政府采购成交金额的78.4%
        if w.sentence is not parts_all[0].sentence and any(
                len(p.measure) >= 4 and len(w.measure) > len(p.measure) and w.measure.endswith(p.measure)
                for p in parts_all if p.unit == w.unit):
            # 体育场地面积1268.4万平方米，其中已向社会开放的学校体育场地面积386.2万平方米…。其中，学校体育
            # 场地面积491.3万平方米: a figure of the sentence before that is a kind of the part is no whole
            # of it (其中 opening its sentence is of a figure before)
            continue
        if _of_a_whole_in_another_unit(w, parts_all, group.wholes):
            return None  # 师资126人，培训学员9860人次，其中…学员6840人: the parts are of the 学员, counted otherwise
        if (w.approx and not limit) or w.q.kind == "range":
            return None  # (a limit's 以内 says what is kept under it, not that it is itself about)
        lead = w.lead.lstrip()
        if lead.startswith(_LIST_JOINERS) and not lead.startswith(("及以上", "及以下")) and w.role != TOTAL \
                and not _same_attribute(w, [p for p in parts_all if p.unit == w.unit]):
            return None  # the nearest figure is one item of a list: which is the whole?
        # (…收入7.12亿元，减收1.68亿元: the amount of a part's change is no part)
        parts = [p for p in parts_all if p.unit == w.unit and not p.measure.endswith(_MORE_OR_LESS)]
        if not parts or any(p.approx for p in parts):
            return None
        return w, parts
    return None


#: a target named right after its figure (8000套目标任务, 12亿元的年度任务)
_TARGET_AFTER = re.compile(r"的?(?:年度)?(?:目标任务|目标|任务数|任务|计划数)")


def _wholes_tie(wholes, parts) -> bool:
    """For 其中 opening its sentence: the sentence before states two or more additive figures of the
    parts' unit, in clauses of their own, that the first part's name fits equally well (as many
    character pairs in common, and some): which one the parts are of is not said."""
    names = bigrams(parts[0].measure)  # (the first part: later ones may be of another whole, 送审…，审减…)
    best, count = -1, 0
    clauses = set()
    for w in wholes:
        if w.unit != parts[0].unit or not w.additive or w.approx or w.clause.index in clauses \
                or (w.trail.lstrip().startswith(("）", ")")) and _EARLIER.search(w.lead)):
            continue  # (（上年经费支出450.5万元）: last year's value in brackets, no whole)
        clauses.add(w.clause.index)
        score = len(bigrams(w.measure) & names)
        if score > best:
            best, count = score, 1
        elif score == best:
            count += 1
    return count >= 2 and best > 0


#: a change said of a named measure: the name, then what states the change (生活用水增长, 工业用水比上年下降)
_CHANGED_NOUN = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:比|较|同比|环比|增长|下降|增加|减少|提高|降低|上升|回落|上涨|下跌)")
#: what opens no measure's name: a way of computing, a comparison or a period (按可比价格计算增长, 全年增长)
_NOT_A_MEASURE = re.compile(r"按|以|扣除|剔除|比|较|同比|环比|全年|今年|当年|上年|去年|同期|年度|[一二三四]季度|上半年|下半年"
                            r"|前三季度|累计|其中|分别|合计|共计|总计|实现|完成|达到|保持|继续|持续")
#: the ending of a measure's name left out when it is looked for in another (生活用水量 in 城镇生活用水)
_MEASURE_TAIL = re.compile(r"(?:总量|总额|总数|量)$")


def of_changed_measure(group, parts, whole) -> bool:
    """False when a change between ``whole`` and the marker names a measure (not 比上年, 按可比价格计算)
    that every part is a kind of, or is said right before the marker, and ``whole`` is not of it:
    火电工业用水0.86亿立方米，增长3.1%；生活用水增长2.7%，其中城镇生活用水…、农村生活用水…: the parts are of
    生活用水, named with its change but not its amount; 债务转贷收入32000万元…；上级补助收入增长3.6%，其中
    一般性转移支付收入…: of 上级补助收入."""
    from factlint.claims import CHANGE

    for k, w in enumerate(group.wholes):
        if w is whole:
            return True
        if w.role == CHANGE:
            noun = _changed_noun(w)
            if not noun:
                continue
            core = _MEASURE_TAIL.sub("", noun)
            if all(core in p.measure for p in parts) or k == 0:
                # (the parts are kinds of it, or its change is said right before 其中: 上级补助收入增长3.6%，
                # 其中一般性转移支付收入…: the parts are of 上级补助收入, not of 债务转贷收入32000万元 before it)
                return core in whole.measure
    return True


def _changed_noun(change) -> str:
    """The measure a change figure's clause names before its change (生活用水 of 生活用水增长2.7%), or ""
    (增长2.7%, 比上年下降4.2%)."""
    m = _CHANGED_NOUN.match(change.lead.strip("，,；; "))
    if m is None or _NOT_A_MEASURE.match(m.group(1)):
        return ""
    return m.group(1)


def _components_per_head(whole, parts, markers, wholes, people) -> bool:
    """人均交通通信消费支出3652元，其中交通工具购买和使用支出2915元、通信工具和通信服务支出874元: a
    per-head whole (its marker, 人均 or 户均, part of its measure's name) whose parts after 其中 are
    kinds of what it measures (each named to end as the whole does, 支出, with no marker of its
    own) adds them up as a level does.  Not parts that name groups of people (其中城镇居民51234元,
    其中城镇居民人均可支配收入…), whose own averages may exceed the whole's."""
    m = whole.measure
    if whole.marker not in markers or whole.marker not in m or len(m) < 4:
        return False
    from factlint.claims import AVERAGE

    if sum(1 for g in wholes if g.role == AVERAGE and g.unit == whole.unit) > 1:
        return False  # (人均工资性收入…，人均经营净收入…，其中…合计: 其中 after a list of per-head figures)
    head = m[-2:]
    if any(g is not whole and g.unit == whole.unit and g.role != AVERAGE and g.additive and head in g.measure
           for g in wholes):
        return False  # (提取额132.58亿元，人均提取3.33万元。其中…提取102.34亿元: the parts are of the aggregate)
    same_unit = [p for p in parts if p.unit == whole.unit]
    if whole.value is not None and any(p.value is not None and p.value > whole.value for p in same_unit):
        return False  # (户均贷款336.8万元；其中信用贷款18.3亿元: no kind of a figure per head exceeds it)
    return bool(same_unit) and all(p.measure.endswith(head) and len(p.measure) > 2
                                   and not any(k in p.lead for k in markers)
                                   and not any(w in p.measure for w in people) for p in same_unit)


def previous_paragraph(text: str, para: int) -> int:
    """Start of the non-blank line before the line starting at ``para`` (``para`` when none): the
    paragraph before, in texts of one paragraph per line."""
    i = para - 1
    while i >= 0 and text[i] in " \t\r\n\u3000":
        i -= 1
    if i < 0:
        return para
    return text.rfind("\n", 0, i) + 1


def ratio_base(f) -> bool:
    """A figure that is the base of a percentage or a multiple right after it (为预算数17.99亿元的
    103.6%, 占规模以上工业总产值5136.7亿元的48.2%, 是2019年465张的4倍): what the sentence compares
    with, not what it reports."""
    trail = f.trail.lstrip()
    claims = f._claims
    if claims is None:
        return False
    figs = claims.figures
    k = f.index + 1
    if k >= len(figs):
        return False
    nxt = figs[k]
    if trail.startswith(("和", "、", "及")) and nxt.sentence is f.sentence and nxt.unit == f.unit:
        # 分别为年初预算381.56亿元和调整预算392.17亿元的103.4%和100.6%: the first of two bases
        return ratio_base(nxt)
    if not trail.startswith("的"):
        return False
    return (nxt.is_percent or nxt.unit == "倍") and nxt.sentence is f.sentence and nxt._cspan == f._cspan


def _article(f) -> bool:
    """一个/一项 written in Chinese is mostly the article "a", not a count of one."""
    return f.q.script != "arabic" and f.value == 1


def without_summed(parts, sum_groups):
    """Drop from ``parts`` the items of a sum whose total is among them (三项合计 after its three
    items counts once)."""
    by_total = sum_groups if isinstance(sum_groups, dict) else sums_by_total(sum_groups)
    drop = set()
    for p in parts:
        for g in by_total.get(id(p), ()):
            drop.update(id(x) for x in g.parts)
    return [p for p in parts if id(p) not in drop]


def sums_by_total(sum_groups) -> dict:
    """``sum_groups`` indexed by the id of their total; pass it to :func:`without_summed` in a
    loop over many groups (a document with many 其中 groups and many sums then costs linear
    time, not their product)."""
    index: dict = {}
    for g in sum_groups:
        index.setdefault(id(g.total), []).append(g)
    return index


def overlap_said(text: str, start: int, end: int, knowledge) -> bool:
    """``text[start:end]`` says that the items counted there overlap: it holds a word of the
    lexicon ``parts-overlap-words`` (部分案件同时涉及多类污染, 有7个村同时入选两个名录), and their
    figures are then no parts that add up."""
    return lexicons(knowledge).overlap.search(text, start, end) is not None


class _Lexicons:
    """The lexicons the helpers here read, compiled once per Knowledge (see :func:`lexicons`)."""

    __slots__ = ("overlap", "thresholds", "spans", "cross_kinds", "people", "families", "nested", "dimensions")

    def __init__(self, knowledge) -> None:
        from factlint.claims import _alt

        self.overlap = re.compile(_alt(knowledge.lexicon("parts-overlap-words")) or r"(?!x)x")
        self.thresholds = knowledge.lexicon("parts-threshold-nouns")
        #: (part-exceeds-total: a part's amount of another span than its whole's)
        self.spans = re.compile(_alt(knowledge.lexicon("parts-span-words")) or r"(?!x)x")
        #: (part-exceeds-total: labels that cut across any split of a whole, 高新技术企业, 规模以上)
        self.cross_kinds = re.compile(_alt(knowledge.lexicon("parts-overlapping-kinds")) or r"(?!x)x")
        #: (part-exceeds-total: the dimensions parts may be told apart by, 性别 女|男: name, pattern)
        self.dimensions = tuple((name, re.compile(_alt(values.split("|"))))
                                for name, _, values in (w.partition(" ") for w in knowledge.lexicon("parts-attribute-dimensions"))
                                if values)
        #: (pick_whole: groups of people, whose own per-head figures may exceed a per-head whole's)
        self.people = tuple(knowledge.lexicon("parts-people-groups"))
        #: (total-mismatch: a part's name and the whole of its family, 增加值>地区生产总值; the lexicon
        #: share-mismatch reads too)
        self.families = _pairs(knowledge.lexicon("share-whole-families"))
        #: (part-exceeds-total: a kind and a kind it holds, 卫生技术人员>医师)
        self.nested = _pairs(knowledge.lexicon("parts-nested-kinds"))


def _pairs(words) -> tuple[tuple[str, str], ...]:
    """The ``a>b`` words of a lexicon as pairs."""
    return tuple(tuple(w.split(">", 1)) for w in words if ">" in w)  # type: ignore[misc]


def lexicons(knowledge) -> _Lexicons:
    """The compiled lexicons of ``knowledge`` for the part-and-whole rules (kept with it)."""
    store = knowledge.__dict__
    got = store.get("_factlint_intervals")
    if got is None:
        got = store["_factlint_intervals"] = _Lexicons(knowledge)
    return got

