"""share-mismatch: a stated share (占比, 比重, 占…的x%) disagrees with the part and the whole."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from factlint import Rule, Severity, hookimpl
from factlint.calendar import own_year
from factlint.claims import _ASIDE, ADDITIVE_ROLES, AFTER, AVERAGE, CHANGE, COUNT, LEVEL, RATE, SHARE, TOTAL, list_items
from factlint.diagnostics import format_decimal
from factlint.tables import cell_quantity, ctx_tables, head_name_unit, is_total_label, measured_figures

from ._intervals import (DURATIONS, HUNDRED, Interval, bigrams, ratio_base, common_end, decimals, display_unit, interval, names_agree, pick_whole, previous_paragraph,
                         ratio_percent, scale, show, total, value_sum)

# 占规模以上工业营业收入的比重为 / 占粮食播种面积的 / 占全省的: the whole named after 占
_NAMED_WHOLE = re.compile(r"占(?!比)([^，；。、]{1,24}?)(?:的比重|比重|的份额|的)(?:为|达到|达|是)?$")
# the part named before the share marker: 第一产业增加值占… / 第二产业增加值比重为…
_LABEL = re.compile(r"^(.*?)(?:所占|占比|占|比重|份额)")
_SUBJECTS = re.compile(r"全国|全省|全市|全县|全区|全州|本省|本市|本县|我省|我市|我县|我区|全球|世界")
#: the text's own organisation before a whole's name (占全校毕业生的): left out of the name looked up
_OWN_ORG = re.compile(r"^(?:全校|全院|全行|全公司)")
# subjects that name the document's own place
_GENERIC = re.compile(r"(?:全国|全省|全市|全县|全区|全州|本省|本市|本县|我省|我市|我县|我区)(?!.*(?:全国|全省|全市|全县|全区|全州))")
_PART_ROLES = ADDITIVE_ROLES | {AFTER}
# 占规模以上工业总产值5136.7亿元的比重达48.2%: the whole is the figure inside 占…的
_WHOLE_BEFORE = re.compile(r"占(?!比)[^，；。、]{0,24}[（(]?$")
#: words that say what a part named by its kind measures (稻谷面积, 企业户数)
_MEASURE_WORDS = frozenset(("面积", "产量", "人数", "金额", "数量", "户数", "家数", "总额", "收入", "支出", "投资",
                            "人次", "规模", "里程", "产值", "销售额"))
_IN_WHOLE = re.compile(r"^的?[\u4e00-\u9fff]{0,16}中(?:所)?占(?:比)?(?:为|达)?$")
_AFTER_WHOLE_NOUN = re.compile(r"^([\u4e00-\u9fff]{1,6}?)的(?:比重|份额)?(?:为|达到|达|是)?$")
_AFTER_WHOLE = re.compile(r"^[）)]?的(?:比重|份额)?(?:为|达到|达|是)?$")  # (占…支出（86.42亿元）的比重: in brackets)
#: how far back (characters) a share looks for the figures it names
_LOOKBACK = 3000
# 财政援助资金中用于产业发展的1.56亿元: the whole named before 中 (not 其中, 集中, 中国, 中心 ...)
_X_ZHONG = re.compile(r"^(?:其中，?)?([^，；。、：\d]{2,12}?)(?<![其集空从高初居适当])中"
                      r"(?![国心央小型等部期学级医标华共村间])")
#: abbreviations of the statistical scopes (规上 = 规模以上, 限上 = 限额以上)
_ABBREVIATIONS = {"规上": "规模以上", "限上": "限额以上"}
_ABBREVIATED = re.compile("|".join(_ABBREVIATIONS))
#: the header of a column named by its period (本届, 2025年, 本年, 本期)
_PERIOD_COLUMN = re.compile(r"^(?:本届|本年|本期|当年|今年|(?:19|20)\d\d年)")
#: names of the amount a rate is taken over (产生量, 处理量, 收集量)
_RATE_BASE = re.compile(r"(?:产生|处理|收集|回收|清运)量$")
#: a sentence that breaks a figure down: 分来源看， / 从构成看， / 按行业分，
_BREAKDOWN_HEAD = re.compile(r"^(?:分|从|按)[\u4e00-\u9fff]{1,6}(?:看|分)[，,：:]")
# the share right after the part: 占比72% / 占72% / 比重为 (no whole named)
_BARE_SHARE = re.compile(r"^[，、]?(?:占比|所占比重|比重|占)(?:为|达到|达|是)?$")
# the share follows its part directly: ，占… / 占比 / 比重为
_POINTER_START = re.compile(r"^[，、]?\s*(?:所占|占|比重)")
# 乡村消费品零售额占全县的… : the part's measure named before 占 (the whole clause up to it)
_PART_LABEL = re.compile(r"^[，、]?\s*(?:其中，?)?([^\d，；。、：“”（）()]{3,16}?)(?:所占|占)(?!比)")
# a change of a share or a comparison, not a share
_NOT_SHARE = re.compile(r"同比|比上年|上年同期|提高|下降|增加(?!值)|减少|上升|回落")
# a period stated in the part's own sentence
_PERIOD_WORD = re.compile(r"(?:19|20)\d\d年|上年|去年|今年|本年|当年|同期|季度|上半年|下半年|\d{1,2}月")
#: the roles a whole stated before may have
_WHOLE_ROLES = frozenset((LEVEL, TOTAL, COUNT))


class ShareMismatch(Rule):
    """A stated share disagrees with the part and the whole it relates.

    ## What it does
    Reads “A，其中B，占比x%”, “B，占A的x%”, “B占A的比重为x%” and recomputes B ÷ A.  It fires only
    when no pair of values within the precision A and B are written with gives a share that
    rounds to x% as written (318.45 ÷ 512.36 = 62.15%, so 62.2% is right).  The whole is the
    figure before 其中, or, where the share names its whole (占粮食播种面积的), the figure stated
    for that measure earlier in the document.  Where the whole is only pointed to (占全县的,
    占游客总数的, 财政援助资金中…占比) it is the one figure of that measure (for 占全县的: of the
    part's measure family) stated earlier in the paragraph or the paragraph before, for the same
    place and period; with two such figures, a rate, a target or an approximate whole the share is
    left alone, and so is a share further than twice or half from part ÷ whole (likely of another
    whole).  A share of another whole (占全省的 in a county's text, 占全国的) is left alone.

    A whole named as a total (占游客总数的) is also looked for further back, up to a news lede.
    Shares given respectively (A、B、C分别占x%、y%和z%; 占比依次为) go with the parts in order, of
    the whole stated just before 其中 when the list follows it; a share that names another part
    (其中农村公路2015公里，等级公路比重达到99.2%) is not of the figure before it; a share names
    its part before 占 (其中出口…、进口…，出口占…的比重); a per-head share is of the per-head whole of
    the same people (恩格尔系数); a whole may be named by an abbreviation (衔接资金) or be the one
    figure of all kinds (各级各类); a share in a forecast is judged against the forecast's own figures.
    A rate named after the amount just before it (产生量486.3万吨，综合利用量392.7万吨，综合利用率为
    86.4%) is that amount over the one other figure of its unit before it in the sentence, and a
    城镇化率 after 其中城镇…人口 is that part over the whole before 其中; a 恩格尔系数 is the food
    spending (食品烟酒支出) over the consumption spending (生活消费支出) stated before it in its
    sentence, and a part after 其中 of a per-head figure (人均生活消费支出16284元，其中食品烟酒支出…)
    is per head too.  When the whole before 其中 states a share of its own (60岁及以上人口109.00万人，
    占22.4%，其中65岁及以上人口…，占15.8%), the share after 其中 is of the same larger whole: own share ×
    part ÷ whole.  占全市的 / 占全市总量的 name the total of the document's own place.
    A whole stated only in a table's 合计 row (占全部重点项目年度计划投资的, with a column 年度计划投资（亿元）)
    is read there when the part is that column's cell in a row its sentence names (产业发展).
    A table's column of shares (| 占比（%） |, with 100 in its 合计 row) is checked row by row
    against the column of amounts it is of: the one its header names (占在校生总数比重), else the
    one whose rows add up to its total and give the shares of the other rows.

    ## Why is this bad?
    Readers check shares with a calculator; a share that does not follow from the figures next to
    it makes every figure in the sentence doubtful.

    ## Example
    全市一般公共预算支出512.36亿元，其中民生支出318.45亿元，占比65.2%。
    全县粮食播种面积46.3万亩，其中玉米播种面积21.8万亩，占粮食播种面积的52.6%。
    Use instead:
    全市一般公共预算支出512.36亿元，其中民生支出318.45亿元，占比62.2%。
    全县粮食播种面积46.3万亩，其中玉米播种面积21.8万亩，占粮食播种面积的47.1%。

    ## Options
    None.  The share markers are the lexicon ``claims-share-markers`` in the rule packs; the rates
    defined as a part over a whole (恩格尔系数, 城镇化率) are the fact table ``named-ratios``, which
    a pack extends (森林覆盖率 = 森林面积 ÷ 土地总面积: ``{ name = "森林覆盖率", part = ["森林"],
    whole = "面积" }``).

    ## References
    国家统计局《统计公报编写规范》 on 比重 and 构成.
    """

    name = "share-mismatch"
    severity = Severity.ERROR
    family = "arithmetic"

    def check(self, ctx):
        claims = ctx.claims
        yield from self._table_shares(ctx)
        yield from self._table_rates(ctx)
        figs = claims.figures
        carried_whole: dict[int, str] = {}
        completion = _completion(ctx.knowledge)
        overfull = _overfull_groups(claims)
        lex = _lexicons(ctx)
        ratios = lex.ratios_in_sentence
        for f in figs:
            if f.role == RATE and f.unit == "%" and ratios and not f.approx \
                    and (ratio := next((r for r in ratios if r.name in f.lead), None)) is not None \
                    and "分别" not in f.lead and "依次" not in f.lead:  # (城镇、农村居民恩格尔系数分别为…: whose is whose)
                # 恩格尔系数: a rate defined as a part over a whole, both stated before it
                found = _named_ratio(figs, f, ratio)
                if found is not None:
                    yield from self._judge(ctx, f, *found)
                continue
            if f.role == RATE and f.unit == "%" and "率" in f.lead and not f.approx and f.measure.endswith("率"):
                # (the lead first: a measure is worked out on first use, most rates never need it)
                yield from self._rate_of_amounts(ctx, figs, f)
                continue
            if f.role != SHARE or f.approx or f.unit not in ("%", "‰"):
                continue
            if _SUM_BEFORE_SHARE.search(f.lead):
                # 风电、光伏发电和水电合计占…的39.1%: the share of a sum of named items
                yield from self._share_of_named_sum(ctx, figs, f)
                continue
            # 力争…比重达到16%: a target, not the share of the figures reported; a target's share
            # is judged only against the part and whole stated with it (预计19.52亿元，其中…13.68亿元，
            # 所占比重为72.1%: the forecast's own figures)
            plan = f.plan
            inline = self._inline_whole(figs, f)
            if inline is not None:
                yield from self._judge(ctx, f, *inline)
                continue
            # 分别占41.2%、35.4%和23.3%: the shares go with the parts listed before them, in order
            respective = self._respective(figs, f)
            if respective is _UNPAIRED:
                continue
            run_lead = f.lead
            first_part = None
            if respective is not None:
                respective, run_lead, first_part = respective  # (the whole a run names, it names for each share)
            # (a short aside in brackets, 占人均消费支出的比重（恩格尔系数）为, is not part of the name)
            named = _NAMED_WHOLE.search(_ASIDE.sub("", run_lead) if "（" in run_lead else run_lead)
            whole_name = named.group(1) if named else None
            if whole_name and completion.search(whole_name):
                continue  # 占预算数的98.4%: a completion rate, not a share
            if whole_name:
                carried_whole[f.sentence.start] = whole_name
            found = None
            if whole_name and not plan:
                # the whole the share names, stated earlier under that name, comes first
                found = self._by_name(ctx, figs, f, whole_name, respective)
            g = f.group
            if found is None and g is not None and g.marker != "分别" and id(g) not in overfull:
                got = pick_whole(g, ctx.knowledge)
                if got is not None and not whole_name:
                    own = _share_of_its_own(figs, got[0], g)
                    if own is not None:
                        # 60岁及以上人口109.00万人，占22.4%，其中65岁及以上人口76.85万人，占15.8%: the
                        # whole's own share says the shares here are of another whole (常住人口);
                        # the two shares are then in the ratio of the two figures
                        yield from self._share_of_shares(ctx, figs, f, got[0], own, g)
                        continue
                if got is not None:
                    whole = got[0]
                    named_part = None if respective else self._named_part(f, got[1])
                    part = respective or named_part or self._part_before(figs, f, whole, g.end)
                    if part is None and respective is None and not whole_name:
                        other = self._other_unit_whole(figs, f, g, whole)
                        if other is not None:
                            part, whole = other
                    if respective is not None and respective.unit != whole.unit:
                        part = None
                    several = None if respective or named_part else _labels_several_parts(f, got[1], whole)
                    if several is not None:
                        # 其中正高级职称412人、副高级职称628人，高级职称教师占比61.8%: the share of their sum
                        yield from self._judge_sum(ctx, f, several, whole)
                        continue
                    if part is not None and respective is None and part is not named_part and _names_another_part(f, part, whole):
                        part = None
                    if part is not None and respective is None and part.sentence is f.sentence \
                            and part.clause.index < f.clause.index - 1 and not _POINTER_START.match(f.lead) \
                            and not _SHARE_LABEL.match(f.lead) and not (f.marker and f.marker not in f.lead):
                        part = None  # (…门诊救助29.4万人次，…报销后，综合保障比例达到88.7%: a rate named for
                        # itself, a clause away from the parts, is no share of them; 占比最高，达19.8% names
                        # the share in the clause before, which is one more clause away from the part)
                    if part is not None and part is not whole:
                        context = ctx.text[whole.clause.start:whole.end] + whole.measure
                        if whole_name and not self._same_whole(whole_name, context, whole, _lexicons(ctx),
                                                               lambda place: self._own_place(ctx, place)):
                            part = None
                        elif whole_name and len(whole_name) >= 4 and whole_name in part.lead \
                                and whole_name not in context:
                            # 已整改问题金额35.92亿元…；其中违规问题金额已整改5.18亿元，占违规问题金额的82.6%:
                            # the share is of the kind the part names itself by, not of the whole before 其中
                            part = None
                        if part is not None and (not plan or (part.plan and whole.sentence is f.sentence and (
                                whole.plan or _plan_names_whole(ctx, whole, g)))):
                            found = (part, whole)
            if plan:
                if found is not None:
                    yield from self._judge(ctx, f, *found)
                elif whole_name:  # (占全部重点项目年度计划投资的: the plan's own figures, in a table)
                    yield from self._table_whole(ctx, figs, f, whole_name)
                continue
            if found is None and whole_name is None and f.sentence.start in carried_whole and (
                    "比重" in f.lead or "占比" in f.lead or _BARE_SHARE.match(f.lead.strip())):
                # (…，占规上工业的31.7%；化学原料…142.6万吨标准煤，占18.9%: the whole named once for the list)
                found = self._by_name(ctx, figs, f, carried_whole[f.sentence.start], respective)
            if found is None and respective is not None:
                # 货运量13593万吨，其中公路、水路、铁路分别完成A、B和C，占比分别为…: the whole before 其中
                found = self._whole_before_list(figs, respective, first_part)
                if found is None:
                    continue  # (the shares of a 分别 list are judged only against a whole found above)
            if found is None:
                if (g is not None and id(g) in overfull) or f.value > per_whole(f):
                    continue
                found = self._earlier_whole(ctx, figs, f, whole_name)
                if found is None:
                    if whole_name:
                        yield from self._table_whole(ctx, figs, f, whole_name)
                    continue
                part, whole = found
                r = ratio_percent(part, whole, per_whole(f))
                # a share far from part ÷ whole is more likely a share of another whole than a slip
                if r is None or not (r.lo / 2 <= f.value <= r.hi * 2):
                    continue
            yield from self._judge(ctx, f, *found)

    def _table_shares(self, ctx):
        """A table column of shares (| 占比（%） |, | 比重（%） |) beside a column of amounts with a
        total row (合计: the lexicon ``table-total-labels``): each row's share is its amount over
        the total row's.  The column the shares are of is the one whose rows add up to its total
        and whose amounts give the shares of all the other rows (of at least two); its header is
        preferred when the share's header names it.  A share column whose total row is not 100
        is left alone (shares of another whole)."""
        tables = ctx_tables(ctx)  # (none, at once, in a text without a pipe table or a Word file)
        if not tables:
            return
        labels = ctx.knowledge.words("table-total-labels")
        skip = ctx.knowledge.words("table-non-additive-heads")
        qs = starts = None
        for t in tables:
            heads, rows, names = t.heads, t.rows, t.labels
            # (| 其中：65岁及以上 | rows detail the row above: left out of the sums, their shares checked)
            body = [r for r in range(len(rows) - 1) if not names[r].startswith("其中")]
            if t.ragged or len(body) < 3 or not is_total_label(names[-1], labels, len(body), ctx.knowledge) \
                    or any(not names[r] or names[r] in labels for r in body):
                continue
            share_cols = [k for k in range(1, len(heads)) if _SHARE_HEAD.search(heads[k])]
            if not share_cols:
                continue
            if qs is None:
                qs, starts = measured_figures(ctx)
            columns = {}
            for k in range(1, len(heads)):
                if k in share_cols or any(w in heads[k] for w in skip):
                    continue
                cells = [cell_quantity(qs, starts, *row[k]) for row in rows]
                if any(c is None or c.approx or c.value < 0 for c in cells) \
                        or len({(c.unit, c.magnitude) for c in cells}) != 1:
                    continue
                if not total([cells[r] for r in body]).overlaps(interval(cells[-1])) or not cells[-1].value:
                    continue  # (a column that does not add up to its total row is no whole)
                columns[k] = cells
            if not columns:
                continue
            for s in share_cols:
                shares = [cell_quantity(qs, starts, *row[s]) for row in rows]
                if any(c is None or c.approx for c in shares) or HUNDRED not in interval(shares[-1]):
                    continue
                named = [k for k in columns if (head_name_unit(heads[k]) or (heads[k], ""))[0] in heads[s]]
                # (the column the shares are of is surer when it is the only one that can be: then up to
                # half the rows may be wrong, two shares swapped among four rows; else up to a third)
                most = len(body) // 2 if len(named or columns) == 1 else len(body) // 3
                fits = []  # (column, rows whose share it does not give)
                for k in named or list(columns):
                    cells = columns[k]
                    bad = []
                    for r in range(len(rows) - 1):
                        expected = ratio_percent(cells[r], cells[-1])
                        if expected is None:
                            break
                        if not expected.overlaps(interval(shares[r])):
                            bad.append(r)
                    else:
                        if len(rows) - 1 - len(bad) >= 2 and len(bad) <= max(1, most):
                            fits.append((k, bad))
                if not fits:
                    continue
                fewest = min(len(bad) for _, bad in fits)
                fits = [x for x in fits if len(x[1]) == fewest]
                if not fewest or any(bad != fits[0][1] for _, bad in fits):
                    continue  # (every share right by some column, or columns that disagree on which row is wrong)
                k, bad = fits[0]  # (columns in proportion, 发送旅客 and 日均, give the same shares: the first)
                cells = columns[k]
                value_head = (head_name_unit(heads[k]) or (heads[k], ""))[0]
                for r in bad:
                    yield self._table_cell_report(
                        ctx, shares[r], cells[r], cells[-1], heads[s], names[r],
                        lambda shown, part, whole: f"表中“{names[r]}”的{value_head}“{part.text}”占“{names[-1]}”"
                                                   f"“{whole.text}”的比重为{shown}%")

    def _table_rates(self, ctx):
        """A table column of rates in % (| 完成率（%） |, | 到位率（%） |) that is, row by row, one
        column over another (已完成投资 ÷ 计划投资 × 100): the pair of columns of one unit that gives
        the rate of every row but one or a few (at least three rows right, at most a third wrong;
        every such pair agreeing on which rows are wrong).  A rate column no pair gives (增长率,
        a rate of figures not in the table) is left alone."""
        tables = ctx_tables(ctx)
        if not tables:
            return
        qs = starts = None
        for t in tables:
            heads, rows, names = t.heads, t.rows, t.labels
            if t.ragged or len(rows) < 4:
                continue
            rate_cols = [k for k in range(1, len(heads)) if _RATE_HEAD.search(heads[k])]
            if not rate_cols:
                continue
            if qs is None:
                qs, starts = measured_figures(ctx)
            columns = {}
            for k in range(1, len(heads)):
                if k in rate_cols or _SHARE_HEAD.search(heads[k]):
                    continue
                cells = [cell_quantity(qs, starts, *row[k]) for row in rows]
                if any(c is None or c.approx or c.value < 0 for c in cells) \
                        or len({(c.unit, c.magnitude) for c in cells}) != 1:
                    continue
                columns[k] = cells
            for s in rate_cols:
                rates = [cell_quantity(qs, starts, *row[s]) for row in rows]
                if any(c is None or c.approx or c.unit not in ("", "%") for c in rates):
                    continue
                # the rate names what its numerator counts (完成率: 已完成投资; 落实率: 已落实人数; not
                # 水质达标率 and 通自来水行政村, which the table's columns happen to give in most rows)
                stem = bigrams(_RATE_HEAD.sub("", heads[s]))
                fits = []  # (numerator column, denominator column, rows whose rate they do not give)
                for i in columns:
                    if not stem & bigrams(heads[i]):
                        continue
                    for j in columns:
                        if i == j or (head_name_unit(heads[i]) or ("", ""))[1] != (head_name_unit(heads[j]) or ("", ""))[1] \
                                or all(a.value == b.value for a, b in zip(columns[i], columns[j])):
                            continue
                        bad = []
                        for r in range(len(rows)):
                            expected = ratio_percent(columns[i][r], columns[j][r])
                            if expected is None:
                                break
                            if not expected.overlaps(interval(rates[r])):
                                bad.append(r)
                        else:
                            if len(rows) - len(bad) >= 3 and len(bad) <= max(1, len(rows) // 3):
                                fits.append((i, j, bad))
                if not fits:
                    continue
                fewest = min(len(bad) for *_, bad in fits)
                fits = [x for x in fits if len(x[2]) == fewest]
                if not fewest or any(bad != fits[0][2] for *_, bad in fits):
                    continue  # (every rate right by some pair, or pairs that disagree on which row is wrong)
                i, j, bad = fits[0]
                if bad[-1] == len(rows) - 1 and any(not total(columns[c][:-1]).overlaps(interval(columns[c][-1]))
                                                    for c in (i, j)):
                    bad.pop()  # (a total row that is not the sum of its column: total-mismatch says so)
                top, bottom = ((head_name_unit(heads[c]) or (heads[c], ""))[0] for c in (i, j))
                for r in bad:
                    yield self._table_cell_report(
                        ctx, rates[r], columns[i][r], columns[j][r], heads[s], names[r],
                        lambda shown, part, whole: f"表中“{names[r]}”行：“{top}”{part.text}÷“{bottom}”{whole.text}"
                                                   f"为{shown}%")

    def _table_cell_report(self, ctx, cell, part, whole, column: str, row: str, says):
        """The finding on a table cell of a share or rate (``cell``) that is not ``part`` ÷ ``whole``:
        ``says(shown, part, whole)`` words the computed value, the cell's column ends the message."""
        shown = format_decimal((part.value / whole.value * HUNDRED).quantize(Decimal("0.01")))
        return self.report(
            ctx, cell.start, cell.end, f"{says(shown, part, whole)}，与“{column}”一列的“{cell.text}”不符",
            evidence={"expected": shown, "stated": format_decimal(cell.value), "part": part.text,
                      "whole": whole.text, "column": column, "row": row},
            related=[(ctx, part.start, part.end), (ctx, whole.start, whole.end)],
        )

    def _share_of_shares(self, ctx, figs, f, whole, own, group):
        """The share ``f`` of a part after 其中, where the whole before 其中 states its own share
        ``own`` of a larger whole: ``f`` may be ``own`` × part ÷ whole (15.8% = 22.4% × 76.85 ÷ 109.00,
        of the larger whole) or part ÷ whole (占63.1% after 占全省的12.3%); a finding only when it is
        neither, naming the reading it is nearer to."""
        if own.approx or own.unit != f.unit or f.group is not group:
            return
        part = self._part_before(figs, f, whole, group.end)
        if part is None or part is whole or part.unit != whole.unit:
            return
        r = interval(part) / interval(whole)
        if r is None or r.hi > 1:
            return
        w = interval(own)
        expected = Interval(r.lo * w.lo, r.hi * w.hi)
        direct = r * per_whole(f)
        if expected.overlaps(interval(f)) or direct.overlaps(interval(f)):
            return  # (either reading makes it right: of the larger whole, or of the whole before 其中)
        if abs(part.value / whole.value * per_whole(f) - f.value) < abs(part.value / whole.value * own.value - f.value):
            yield from self._judge(ctx, f, part, whole)  # (nearer to the share of the whole before 其中)
            return
        places = decimals(f.q) + 1
        shown = show(part.value / whole.value * own.value, f.q, places)
        sign = "‰" if f.unit == "‰" else "%"
        yield self.report(
            ctx, f.start, f.end,
            f"“{whole.text}”占{own.text}，则其中“{part.text}”应占{shown}{sign}（{own.text}×{part.text}÷{whole.text}），"
            f"与所述“{f.text}”不符",
            evidence={"expected": shown, "stated": show(f.value, f.q), "part": show(part.value, part),
                      "whole": show(whole.value, whole), "whole_share": show(own.value, own.q)},
            related=[(ctx, part.start, part.end), (ctx, whole.start, whole.end), (ctx, own.start, own.end)],
        )

    def _share_of_named_sum(self, ctx, figs, f):
        """A、B和C合计占X的x%: the items are the figures of the sentence named A, B and C (one each,
        of one unit), the whole the figure named X (or the one before 其中); judged when all are
        found."""
        m = _SUM_BEFORE_SHARE.search(f.lead)
        names = list_items(f.lead[:m.start()])
        named = _NAMED_WHOLE.search(f.lead[m.start():])
        before = [g for g in figs[:f.index] if g.sentence is f.sentence and not g.is_percent and g.value is not None]
        if len(names) < 2 or not before:
            return
        parts = []
        for name in names:
            hits = [g for g in before if g.measure == name or (len(name) >= 2 and g.measure.endswith(name))]
            if len(hits) != 1 or hits[0].approx or hits[0] in parts:
                return
            parts.append(hits[0])
        if len({p.unit for p in parts}) != 1:
            return
        whole = self._stated(figs, f, _SUBJECTS.sub("", named.group(1))) if named else None
        if whole is None or whole.approx or not whole.value or whole.unit != parts[0].unit or whole in parts:
            return
        yield from self._judge_sum(ctx, f, parts, whole)

    def _judge_sum(self, ctx, f, parts, whole):
        """The share ``f`` of the sum of ``parts`` in ``whole``."""
        per = per_whole(f)
        r = total(parts) / interval(whole)
        if r is None:
            return
        r = r * per
        if r.overlaps(interval(f)):
            return
        exact = value_sum(parts) / whole.value * per
        shown = show(exact, f.q, decimals(f.q) + 1)
        items = "＋".join(p.text for p in parts)
        sign = "‰" if f.unit == "‰" else "%"
        yield self.report(
            ctx, f.start, f.end,
            f"（{items}）÷“{whole.text}”为{shown}{sign}，与所述“{f.text}”不符",
            evidence={"expected": shown, "stated": show(f.value, f.q), "parts": [show(p.value, p) for p in parts],
                      "whole": show(whole.value, whole)},
            related=[(ctx, p.start, p.end) for p in parts] + [(ctx, whole.start, whole.end)],
        )

    def _judge(self, ctx, f, part, whole):
        if whole.value == part.value and whole.measure == part.measure and whole.unit == part.unit:
            return  # (the part stated twice, once as what another share was of: no whole of it)
        per = Decimal(1000) if f.unit == "‰" else Decimal(100)
        r = ratio_percent(part, whole, per)
        if r is None or r.overlaps(interval(f)):
            return
        places = decimals(f.q) + 1
        exact = part.value / whole.value * per
        shown = show(exact, f.q, places)
        sign = "‰" if f.unit == "‰" else "%"
        msg = (f"“{part.text}”占“{whole.text}”的比重为{shown}{sign}，与所述“{f.text}”不符")
        yield self.report(
            ctx, f.start, f.end, msg,
            evidence={"expected": shown, "stated": show(f.value, f.q), "part": show(part.value, part),
                      "whole": show(whole.value, whole), "part_unit": part.q.magnitude + part.q.unit,
                      "whole_unit": whole.q.magnitude + whole.q.unit},
            related=[(ctx, part.start, part.end), (ctx, whole.start, whole.end)],
        )

    @staticmethod
    def _named_part(f, parts):
        """The part a share names before 占 (其中出口18.9亿元、进口5.7亿元，出口占进出口总额的
        76.8%: 出口, not the part just before), when one part's measure is that name."""
        lead = f.lead.strip().lstrip("，、；")
        k = lead.find("占")
        if k < 0:
            # 其中女生6,565人、…，女生比例为52.6%: the part named before 比例/比重
            k = next((i for i in (lead.find("比例"), lead.find("比重")) if i >= 0), -1)
        if not 2 <= k <= 16:
            return None
        label = lead[:k].removesuffix("的")
        named = [p for p in parts if p.measure == label or (len(label) >= 3 and p.measure.endswith(label))]
        if not named:
            # 其中，稻谷31.28万亩，玉米…，稻谷面积占粮食播种面积的64.3%: the part's name and what it measures
            named = [p for p in parts if len(p.measure) >= 2 and label.startswith(p.measure)
                     and label[len(p.measure):] in _MEASURE_WORDS]  # (not 外贸进港 of 外贸: a kind of it)
        if not named and parts and "、" in parts[0].measure:
            # 其中，线上、线下成交额分别为472.5亿元和764.3亿元，线上成交额占比38.2%: the items the first
            # value is named with, the values in their order
            from factlint.claims import list_items

            items = list_items(parts[0].measure)
            values = [p for p in parts if p.unit == parts[0].unit and not p.is_percent]
            if len(items) == len(values) and len(label) >= 2:
                named = [p for p, item in zip(values, items) if item.startswith(label) or label.startswith(item)]
        return named[0] if len(named) == 1 else None

    @staticmethod
    def _whole_before_list(figs, part, first):
        """(part, whole) for a share of a 分别 list whose parts follow 其中 right after their whole
        (货运量13593万吨，其中公路、水路、铁路分别完成8614万吨、3787万吨和1192万吨，占比分别为…), in the
        same sentence or across 。其中: the whole is the figure just before the first part (or before
        its growth rate), of the parts' unit, exact and additive; else None."""
        k = first.index - 1
        sent = first.sentence
        if k < 0 or "其中" not in sent.text[:first.start - sent.start]:
            return None
        while k > 0 and figs[k].is_percent and figs[k].role == CHANGE:
            k -= 1  # (货运量13593万吨，增长5.1%。其中…: the whole's growth rate)
        w = figs[k]
        if w.unit != part.unit or w.approx or w.plan or not w.additive or w.role not in _WHOLE_ROLES \
                or w.q.kind == "range" or not w.value or w.sentence.paragraph != first.sentence.paragraph:
            return None
        return part, w

    @staticmethod
    def _respective(figs, f):
        """For a share in a run of shares opened by 分别 (A、B、C分别占x%、y%和z%; 其中A…、B…、C…，
        分别占…): the part listed in the same place before the run and the lead of the run's first
        share, None when the share is in no such run, or _UNPAIRED when the parts before the run
        are not as many as its shares."""
        i = f.index
        while i > 0:
            prev = figs[i - 1]
            if prev.sentence is not f.sentence or not prev.is_percent or prev.role != SHARE:
                break
            if len(prev.trail.strip()) > 1 or len(figs[i].lead.strip()) > 1:
                break  # (the same test as the walk forward below: 、 or 和 between the shares)
            i -= 1
        first = figs[i]
        if "分别" not in first.lead and "依次" not in first.lead:  # (依次为: in the order of the parts, as 分别)
            return None
        j = i + 1
        while j < len(figs) and figs[j].sentence is f.sentence and figs[j].is_percent and figs[j].role == SHARE \
                and len(figs[j].lead.strip()) <= 1:
            j += 1
        shares = j - i
        parts = []
        k = i - 1
        while k >= 0:
            p = figs[k]
            if p.sentence is not f.sentence or p.is_percent or (parts and p.unit != parts[-1].unit):
                break
            parts.append(p)
            if "其中" in p.lead or p.role not in _PART_ROLES:
                break
            k -= 1
        if parts and parts[-1].role not in _PART_ROLES:
            parts.pop()  # the whole before 其中
        parts.reverse()
        if len(parts) != shares or shares < 2 or not i <= f.index < j:
            return _UNPAIRED
        return parts[f.index - i], first.lead, parts[0]

    @staticmethod
    def _inline_whole(figs, f):
        """B，占A的x% with A written inside the share (占规模以上工业总产值5136.7亿元的比重达48.2%,
        占接待游客总数126.5万人次的31.5%): A is that figure and B the figure of its unit stated just
        before 占 in the sentence."""
        lead = f.lead.strip()
        named = None
        if _IN_WHOLE.match(lead) and f.index >= 2:
            # 412.3万人次过夜游客在1286.5万人次游客总量中占38.1%: the part before 在, the whole in 在…中
            j = f.index - 2
            while j > 0 and figs[j].is_percent and figs[j].role == CHANGE and figs[j].sentence is f.sentence:
                j -= 1  # (…汽车类零售额186.52亿元，增长4.1%，在541.62亿元的…零售额中占36.4%: past its growth)
            whole, part = figs[f.index - 1], figs[j]
            if whole.sentence is f.sentence and part.sentence is f.sentence and whole.lead.endswith("在") \
                    and part.unit == whole.unit and not (whole.approx or part.approx or whole.non_additive
                                                         or part.non_additive or whole.q.kind == "range"):
                return part, whole
            return None
        if not _AFTER_WHOLE.match(lead):
            # 占全县11860个岗位的48.6%: the whole's noun after it, before 的
            named = _AFTER_WHOLE_NOUN.match(lead)
            if named is None:
                return None
        k = f.index - 1
        if k < 1:
            return None
        whole = figs[k]
        if named is not None and (whole.measure != named.group(1) or whole.unit in DURATIONS):
            return None  # (占五年投资总额的: 五年 is a span, not the whole)
        if whole.sentence is not f.sentence or whole._cspan != f._cspan or not _WHOLE_BEFORE.search(whole.lead):
            return None
        if whole.approx or whole.non_additive or whole.q.kind == "range" or whole.is_percent:
            return None
        j = _past_changes(figs, k)  # (科学技术支出6850万元，增长23.4%，占…支出386420万元的5.3%: past its growth)
        if j < 0:
            return None
        p = figs[j]
        if p.sentence is not f.sentence or p.unit != whole.unit or p.approx or p.non_additive \
                or p.role not in _PART_ROLES or p.clause.index < f.clause.index - 1 - (k - 1 - j):
            return None
        return p, whole

    @staticmethod
    def _same_whole(name: str, context: str, whole, lex, own=None) -> bool:
        """Whether the whole a share names (占X的) may be the figure before 其中 (or before 中：
        在假期接待的70.5万人次游客中).  A total suffix (总数, 总量, 总额) says the whole is a total,
        which the figure before 其中 is: the rest of the name is compared (接待游客总数 as 接待游客).
        A place word the whole's clause does not say names the whole's place when the whole has no
        place of its own and ``own(place)`` says the word is the document's own (全市 in a text on
        one city); the place alone, or with a total suffix (占全市总量的), names its total."""
        subj = _SUBJECTS.findall(name)
        if subj and any(s not in context and s != whole.subject and not (
                own is not None and not whole.subject and not _PLACE_WORD.search(whole.lead) and own(s)) for s in subj):
            return False  # (高新区实现…总产值1280亿元 is not 全市's: a place the whole's own words name)
        # 全部规上工业利润 names 规模以上工业…利润: the abbreviations written out, 全部 left out
        name = _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m.group()], name).removeprefix("全部")
        core = _SUBJECTS.sub("", name)
        if subj and not lex.total_suffix.sub("", core):
            return True  # 其中…217部，占全市总量的61.2%: the total of the place, stated before 其中
        if len(core) < 4 and whole.measure != core:
            return False  # 人口 could be any 人口 (60周岁及以上人口): the name must be the measure
        if names_agree(core, context):
            return True
        bare = lex.total_suffix.sub("", core)
        if bare != core and len(bare) >= 2 and bare in whole.measure:
            return True  # 占销售总额的 and the 销售额 before 其中: the total's name holds the rest
        m = whole.measure
        if len(core) == 4 and len(m) >= 6 and m[0] == core[0] and core[1] in m[1:-2] and m.endswith(core[2:]):
            return True  # 占参保人数的 and 参加城乡居民基本养老保险人数 before 其中: the name abbreviated
        return len(bare) >= 4 and bare != core and names_agree(bare, context)

    @staticmethod
    def _part_before(figs, f, whole, floor: int):
        k = f.index - 1
        while k >= 0 and figs[k].start >= floor:
            p = figs[k]
            if p.role in _PART_ROLES and not p.non_additive and not p.is_percent:
                if p.unit == whole.unit:
                    outer = _before_bracket(figs, k, p, f)
                    if outer is not None:
                        p = outer  # (其中研究生1,215人（博士研究生86人、硕士研究生1,129人），占14.40%)
                    return None if p.approx else p
                if _next_to(figs, p, f):
                    # 民营企业10452家，进出口1986.7亿元，增长12.3%，占…: the share next to an amount
                    # of another unit is that amount's, of a whole in its unit (see _other_unit_whole)
                    return None
            k -= 1
        return None

    @staticmethod
    def _other_unit_whole(figs, f, g, whole):
        """(part, whole) for a share right after an amount of a unit other than ``whole``'s, after
        其中 (民营企业10452家，进出口1986.7亿元，增长12.3%，占51.4%): the amount and the one whole of its
        unit before 其中 (进出口总值3862.4亿元), else None."""
        k = _past_changes(figs, f.index)
        if k < 0 or figs[k].start < g.end:
            return None
        p = figs[k]
        if p.unit == whole.unit or not p.unit or p.is_percent or p.approx or p.non_additive or p.role not in _PART_ROLES \
                or p.clause.index == f.clause.index:
            return None  # (占6个展区合计的21.4%: a count inside the share's own words)
        of_unit = [w for w in g.wholes if w.unit == p.unit]
        if len(of_unit) != 1 or of_unit[0].approx or not of_unit[0].additive or of_unit[0].value is None:
            return None
        return p, of_unit[0]

    @staticmethod
    def _stated(figs, f, measure: str):
        """The latest figure before ``f`` (within a few paragraphs) that states ``measure`` for
        the same period: exact and additive."""
        return next(_statements(figs, f, measure.__eq__), None)

    @staticmethod
    def _qizhong_whole_named(f, name: str):
        """项目总投资412.6亿元，其中…出资138.4亿元，占总投资的36.5%: a total's name (总投资, with 总) that
        the measure of the whole before 其中 ends with names that whole."""
        g = f.group
        if g is None or g.marker != "其中" or "总" not in name or len(name) < 3:
            return None
        return next((w for w in g.wholes if w.measure.endswith(name) and w.additive and not w.approx
                     and w.value is not None and w.period == f.period), None)

    @staticmethod
    def _stated_with_verb(figs, f, name: str):
        """占签约总投资的 with the whole stated as 集中签约项目41个，总投资286.5亿元: the latest figure
        before ``f`` (for the same period) whose measure (总投资, three characters or more) ends the
        name, while the rest of the name (签约, two to four characters) is said earlier in that
        figure's sentence.  Of several such figures the largest is the whole (新能源材料板块签约项目12个，
        总投资87.8亿元 states a part of it)."""
        k = f.index - 1
        floor = f.start - _LOOKBACK
        found = []
        group = f.group if f.group is not None and f.group.marker == "其中" else None
        while k >= 0 and figs[k].start >= floor:
            g = figs[k]
            k -= 1
            m = g.measure
            if len(m) < 3 or not name.endswith(m) or not 2 <= len(name) - len(m) <= 4:
                continue
            if g.approx or not g.additive or g.period != f.period or "|" in g.sentence.text or g.value is None:
                continue  # (a table's cell)
            if g.sentence is f.sentence:
                if group is not None and g in group.wholes and name[:-len(m)] in f.sentence.text:
                    return g  # (集中签约项目41个，总投资286.5亿元，其中…，占签约总投资的: the whole before 其中)
                continue  # (the part's own amount, 外资项目…总投资42.6亿元)
            if _own_share_after(figs, g):
                continue  # (内资项目28个，总投资265.8亿元，占85.0%: a figure with a share of its own is a part)
            # (said since the sentence's last figure of that measure, or of a kind of it: in 政府采购项目
            # 2165宗、成交金额62.18亿元，土地使用权出让312宗、成交金额139.62亿元 only the first is
            # 政府采购成交金额, also with 上年同期政府采购成交金额58.36亿元 between them)
            j = g.index - 1
            while j >= 0 and figs[j].sentence is g.sentence and not figs[j].measure.endswith(m):
                j -= 1
            since = figs[j].end if j >= 0 and figs[j].sentence is g.sentence else g.sentence.start
            if name[:-len(m)] in g.sentence.text[since - g.sentence.start:g.q.start - g.sentence.start]:
                found.append(g)
        part = figs[f.index - 1] if f.index and figs[f.index - 1].sentence is f.sentence else None
        if part is not None and part.value is not None:
            found = [g for g in found if g.unit != part.unit or g.hi >= part.lo]  # (no whole below its part)
        return max(found, key=lambda g: g.value, default=None)

    @staticmethod
    def _stated_said_with_verb(figs, f, name: str):
        """占五大商圈销售额的 after 五大商圈共实现销售额52.86亿元: the latest figure before ``f`` whose
        measure is the name once the verb it was stated with (共实现, 完成) is left out."""
        if len(name) < 4:
            return None
        return next(_statements(figs, f, lambda m: m != name and _STATED_WITH.sub("", m) == name), None)

    @staticmethod
    def _per_head_whole(figs, f, core: str):
        """占人均消费支出的比重 with the whole stated earlier as 全体居民人均消费支出27954元: the one
        exact per-head (人均) figure before ``f`` (within a few paragraphs) whose measure ends with
        the named one, for the same period."""
        if not core.startswith("人均") or len(core) < 4 or f.index == 0:
            return None
        # whose per-head figure: the part's (全体居民人均食品烟酒消费支出 → 全体居民人均消费支出, not
        # the 城镇居民 or 农村居民 one)
        part = figs[f.index - 1]
        if part.role != AVERAGE and part.group is not None and part.group.marker == "其中":
            # 人均生活消费支出16284元，其中食品烟酒支出4856元，占生活消费支出的…: the whole before 其中
            w = next((w for w in part.group.wholes if w.role == AVERAGE and w.measure.endswith(core)), None)
            return w if w is not None and w.period == f.period and not w.approx else None
        if part.role != AVERAGE or "人均" not in part.measure:
            return None
        whose = part.measure[:part.measure.find("人均")]
        name = whose + core
        found = None
        k = f.index - 2
        floor = f.start - _LOOKBACK
        while k >= 0 and figs[k].start >= floor:
            g = figs[k]
            k -= 1
            # (a part that names nobody, 人均居住支出, is of the people the whole names: 农村居民)
            if g.role == AVERAGE and (g.measure == name or (not whose and g.measure.endswith(name))) \
                    and g.period == f.period and not g.is_percent:
                if found is not None:
                    return None  # two such figures: which one is meant is not said
                found = g
        return found

    def _earlier_whole(self, ctx, figs, f, whole_name):
        """B，占全县的x% / B，占游客总数的x% / X中B，占比x%, with the whole stated in an earlier
        sentence of the paragraph or in the paragraph before: (B, A) when exactly one earlier
        figure fits the whole the share points to, else None."""
        if _NOT_SHARE.search(f.lead) or _NOT_SHARE.match(f.trail.lstrip("，")):
            return None
        if _POINTER_START.match(f.lead):
            part = self._part_next_to(figs, f)
        else:
            # 乡村消费品零售额占全县的比重为…: the part named before 占, stated earlier
            part = self._part_named(ctx, figs, f)
            if part is None:
                # 护理型床位7860张，护理型床位占比为68.4%: named again right before the share
                nxt = self._part_next_to(figs, f)
                part = nxt if nxt is not None and _labels_part(f, nxt) else None
        if part is None:
            return None
        lex = _lexicons(ctx)
        place = core = None
        if whole_name:
            name = whole_name.strip()
            if name in lex.places:
                place = name
            else:
                m = lex.place_prefix.match(name)
                if m:
                    place, name = m.group(0), name[m.end():]
                core = lex.total_suffix.sub("", name)
                if len(core) < 2 or _SUBJECTS.search(core):
                    return None
        else:
            if not _BARE_SHARE.match(f.lead.strip()) and not _labels_part(f, part):
                return None  # (护理型床位占比为: the share names its part, and only that)
            m = _X_ZHONG.match(part.lead.strip())
            if not m:
                # 养老机构床位中，护理型床位7860张: X中 opens the part's sentence
                head = ctx.text[part.sentence.start:part.start]
                m = _X_ZHONG.match(head)
                if not m or head[m.end():m.end() + 1] not in ("，", ","):
                    if _BREAKDOWN_HEAD.match(head) and _BARE_SHARE.match(f.lead.strip()):
                        return self._broken_down(ctx.text, figs, part)
                    return None
            core = m.group(1)
            core = core[core.find("，") + 1:]
        if place is not None and not self._own_place(ctx, place):
            return None
        # the window: this paragraph and the one before, up to the part
        para = part.sentence.paragraph
        floor = previous_paragraph(ctx.text, para)
        fits = self._fits(figs, part, floor, place, core, whole_name is None, lex)
        if not fits and core is not None and whole_name and lex.total_suffix.search(whole_name):
            # 占游客总数的比重: a total named as such may have been stated earlier in the text (a
            # news lede: 全市共接待游客186.4万人次); it is looked for there when no figure of the
            # paragraph and the one before fits, within the look-back
            fits = self._fits(figs, part, max(0, part.start - _LOOKBACK), place, core, False, lex, floor)
        elif fits and core is not None and whole_name and lex.total_suffix.search(whole_name) \
                and not any(_stated_as_total(x[1]) for x in fits):
            # 占全市进出口总额的 after a paragraph on 一般贸易进出口: a sibling that is no total; the
            # one total of that name stated earlier within the look-back is the whole
            far = [x for x in self._fits(figs, part, max(0, part.start - _LOOKBACK), place, core, False, lex, floor)
                   if x[0] == 2 and _stated_as_total(x[1])]
            if len(far) == 1:
                fits = far
        if len(fits) > 1 and all(fit == 2 for fit, _ in fits) and core:
            # 占养老机构床位总数的 after 养老服务床位共计3.86万张，其中养老机构床位2.47万张: the one figure
            # of exactly the measure named is the whole, not a total that names it only in part
            named = core.replace("总", "")
            exact = [x for x in fits if x[1].measure.replace("总", "") == named]
            if len(exact) == 1:
                fits = exact
        if len(fits) > 1 and all(fit == 2 for fit, _ in fits):
            # 社会消费品零售总额…城镇消费品零售额…乡村消费品零售额，占全县的比重: the siblings share
            # the part's ending too; the one figure stated as a total (总额, 合计…) is the whole
            totals = [x for x in fits if _stated_as_total(x[1])]
            if len(totals) == 1:
                fits = totals
        if len(fits) != 1 or fits[0][0] != 2:
            return None
        whole = fits[0][1]
        line = ctx.text[whole.sentence.paragraph:whole.start]
        if "|" in line or "\t" in line or "｜" in line:
            return None  # a table cell: its column (year, unit, place) is not read here
        roles = _WHOLE_ROLES if place is not None and core is None else _PART_ROLES
        if whole.role not in roles or whole.approx or whole.plan or whole.non_additive \
                or whole.q.kind == "range" or whole.value is None or whole.value <= 0:
            return None
        own = False
        if whole.period != part.period or whole.period != f.period:
            # a news lede's 2025年5月1日至5日…接待游客186.4万人次 and a later share without a period
            # of its own: one period when the text speaks of that year only (calendar.own_year: a
            # title, dateline or 落款, no looking back on the year before)
            if part.period != "doc" or f.period != "doc" or not whole.period.isdigit():
                return None
            if str(own_year(ctx, ctx.claims)) != whole.period:
                return None
            own = True
        year = ctx.claims.year
        if not own and whole.period not in ("doc", str(year) if year else "doc") \
                and not _PERIOD_WORD.search(ctx.text, part.sentence.start, part.start):
            return None  # 上年…206.6亿元。第三产业… : the part's period is only carried over
        if part.named and whole.subject != part.subject:
            return None
        if place is not None and whole.subject not in (place, None):
            return None
        if place is None and whole.subject and part.subject and whole.subject != part.subject:
            return None
        if part.lo > whole.hi:
            return None
        if core is not None and whole.measure != core and whole.group is not None \
                and whole.group.marker == "其中" and whole in whole.group.parts and whole_name \
                and (place is not None or lex.total_suffix.search(whole_name)):
            return None  # (…1046.8万吨，其中市场化收购833.3万吨。…占全省收购总量的: a part is no 总量)
        if _numerators_exceed(figs, part, whole):
            return None
        return part, whole

    def _fits(self, figs, part, floor: int, place, core, x_zhong: bool, lex, ceiling: int | None = None):
        """(fit, figure) for the figures before ``part`` from ``floor`` (up to ``ceiling``) that
        may be the whole the share points to (see _whole_fits), of the part's unit."""
        fits = []
        k = part.index - 1
        while k >= 0 and figs[k].start >= floor:
            g = figs[k]
            k -= 1
            if ceiling is not None and g.start >= ceiling:
                continue
            if g.unit != part.unit or g.role == CHANGE or g.is_percent:
                continue
            if g.value is None or g.hi < part.lo:
                continue  # smaller than the part: a sibling, never its whole
            if core is not None and not x_zhong and _own_share_after(figs, g):
                continue  # (机电产品出口526.34亿元，增长10.9%，占出口总额的64.8%: a part with its share)
            fit = self._whole_fits(g, part, place, core, x_zhong, lex)
            if fit:
                fits.append((fit, g))
        return fits

    @staticmethod
    def _part_named(ctx, figs, f):
        """The part a share names before 占 in its own clause (乡村消费品零售额占全县的…): the one
        figure of exactly that measure stated earlier in the paragraph or the one before."""
        m = _PART_LABEL.match(f.lead)
        if not m or f.index == 0:
            return None
        label = m.group(1)
        prev = figs[f.index - 1]
        if prev.sentence is f.sentence and prev.clause.index == f.clause.index:
            return None  # a figure in the share's own clause: another statement
        floor = previous_paragraph(ctx.text, f.sentence.paragraph)
        found = None
        k = f.index - 1
        while k >= 0 and figs[k].start >= floor:
            g = figs[k]
            k -= 1
            if g.measure == label and not g.is_percent and g.role != CHANGE:
                if found is not None:
                    return None
                found = g
        if found is None or found.approx or found.plan or found.non_additive or found.role not in _PART_ROLES \
                or found.q.kind == "range" or found.value is None:
            return None
        return found

    def _rate_of_amounts(self, ctx, figs, f):
        """产生量486.3万吨，综合利用量392.7万吨，综合利用率为86.4%: a rate named after the amount just
        before it (综合利用率 after 综合利用量) is that amount over the one other figure of its unit
        stated before it in the sentence (the amount produced, collected, received)."""
        stem = f.measure[:-1]
        if len(stem) < 2 or f.plan:
            return
        k = f.index - 1
        while k >= 0 and figs[k].sentence is f.sentence and figs[k].is_percent:
            k -= 1
        if k < 1 or figs[k].sentence is not f.sentence:
            return
        part = figs[k]
        if part.approx or part.plan or part.q.kind == "range" or not part.value:
            return
        if part.measure.endswith(stem + "量"):
            others = [g for g in figs[max(0, k - 6):k] if g.sentence is f.sentence and g.unit == part.unit]
            if len(others) != 1 or not _RATE_BASE.search(others[0].measure):
                return  # (再生水利用率 is over 污水处理量, not 用水总量: the base must be named as one)
            whole = others[0]
        else:
            # 户籍人口348.72万人，其中城镇户籍人口152.36万人，户籍人口城镇化率为46.3%: a rate whose part
            # is named by its word (城镇) is that part over the whole before 其中
            ratio = next((r for r in _lexicons(ctx).ratios_after_qizhong if f.measure.endswith(r.name)), None)
            if ratio is None or not any(w in part.measure for w in ratio.part) or part.group is None \
                    or part.group.marker != "其中":
                return
            rate = ratio.name
            got = pick_whole(part.group, ctx.knowledge)
            if got is None or got[0].sentence is not f.sentence:
                return
            whole = got[0]
            qualifier = f.measure[:-len(rate)]  # (户籍人口城镇化率 is of 户籍人口, not 常住人口)
            if qualifier and qualifier not in whole.measure:
                return
        if whole.approx or whole.plan or whole.is_percent or whole.q.kind == "range" or not whole.value \
                or whole.value < part.value or whole.role not in _WHOLE_ROLES:
            return
        r = ratio_percent(part, whole)
        if r is None or r.overlaps(interval(f)):
            return
        shown = show(part.value / whole.value * 100, f.q, decimals(f.q) + 1)
        yield self.report(
            ctx, f.start, f.end,
            f"“{part.text}”÷“{whole.text}”为{shown}%，与所述“{f.measure}{f.text}”不符",
            evidence={"expected": shown, "stated": show(f.value, f.q), "part": show(part.value, part),
                      "whole": show(whole.value, whole), "part_unit": part.q.magnitude + part.q.unit,
                      "whole_unit": whole.q.magnitude + whole.q.unit},
            related=[(ctx, part.start, part.end), (ctx, whole.start, whole.end)],
        )

    def _table_whole(self, ctx, figs, f, whole_name):
        """B，占A的x% where A is stated only in a table's total row: 产业发展类项目年度计划投资215.4亿元，
        占全部重点项目年度计划投资的43.2% under a table of 领域 with a column 年度计划投资（亿元） and a
        合计 row.  The column must be the named whole's (its name in the whole's, or the whole's core,
        发送 of 全市发送总量, in the column's name), with the part's unit; the part must be that
        column's cell in a row whose label the part's sentence names (产业发展, 公路) — one such cell in
        the document's tables.  The share is then the part's cell over the total row's cell."""
        tables = ctx_tables(ctx)
        if not tables or not _POINTER_START.match(f.lead):
            return
        part = self._part_next_to(figs, f, plan_ok=True)  # (a column of planned figures is still a column)
        if part is None:
            return
        lex = _lexicons(ctx)
        name = whole_name.strip()
        m = lex.place_prefix.match(name)
        core = lex.total_suffix.sub("", name[m.end():] if m else name)
        unit = display_unit(part)
        labels = ctx.knowledge.words("table-total-labels")
        said = ctx.text[part.sentence.start:part.end]
        value = part.value / scale(part)
        qs = starts = None
        found = []
        for t in tables:
            rows = t.rows
            if len(rows) < 3 or t.ragged or not labels \
                    or not is_total_label(t.labels[-1], labels, len(rows) - 1, ctx.knowledge):
                continue
            for k in range(1, len(t.heads)):
                named = head_name_unit(t.heads[k])
                if named is None or named[1] != unit:
                    continue
                column = named[0]
                if column not in name and not (len(core) >= 2 and core in column) and not (
                        core != name and _PERIOD_COLUMN.search(column)) and not (
                        len(column) >= 3 and name.endswith(column[-2:])
                        and core[:-2][-2:] and core[:-2][-2:] in said):  # (改造户数 / 涉及户数: 改造 said)
                    # (a whole named as a total, 赛事带动消费总额, may be a table's 合计 in a column
                    # named by its period, 本届（万元）, when the part is that column's cell)
                    continue
                if qs is None:
                    qs, starts = measured_figures(ctx)
                for r in range(len(rows) - 1):
                    label = t.labels[r]
                    if len(label) < 2 or label not in said:
                        continue
                    cell = cell_quantity(qs, starts, *rows[r][k])
                    if cell is not None and not cell.approx and cell.value == value:
                        found.append((cell, cell_quantity(qs, starts, *rows[-1][k]), column, t.labels[-1]))
        if len(found) != 1 or found[0][1] is None or found[0][1].approx or not found[0][1].value:
            return
        cell, whole, column, total_label = found[0]
        per = per_whole(f)
        r = ratio_percent(cell, whole, per)
        if r is None or r.overlaps(interval(f)):
            return
        shown = show(cell.value / whole.value * per, f.q, decimals(f.q) + 1)
        sign = "‰" if f.unit == "‰" else "%"
        yield self.report(
            ctx, f.start, f.end,
            f"“{part.text}”占表中“{total_label}”行“{column}”{whole.text}{unit}的比重为{shown}{sign}，"
            f"与所述“{f.text}”不符",
            evidence={"expected": shown, "stated": show(f.value, f.q), "part": cell.text, "whole": whole.text,
                      "part_unit": unit, "whole_unit": unit, "column": column},
            related=[(ctx, part.start, part.end), (ctx, whole.start, whole.end)],
        )

    @staticmethod
    def _part_next_to(figs, f, plan_ok: bool = False):
        """The figure the share is of: the last figure before it in its sentence that is not a
        percentage, within the clause before; exact, additive and not a target (unless
        ``plan_ok``)."""
        k = f.index - 1
        while k >= 0:
            p = figs[k]
            if p.sentence is not f.sentence or p.clause.index < f.clause.index - 2:
                return None
            if p.is_percent and p.role == CHANGE:
                k -= 1
                continue
            break
        else:
            return None
        sent = p.sentence
        if sent.text.startswith(("）", ")"), p.end - sent.start):
            # 研究生1,215人（博士研究生86人、硕士研究生1,129人），占14.40%: the bracket is an aside;
            # the share is of the figure before it
            p = _before_bracket(figs, k, p, f)
            if p is None:
                return None
        if p.is_percent or p.approx or (p.plan and not plan_ok) or p.non_additive or p.role not in _PART_ROLES \
                or p.q.kind == "range" or p.value is None:
            return None
        return p

    @staticmethod
    def _broken_down(text, figs, part):
        """全县农村居民人均可支配收入21846元…。分来源看，工资性收入9325元，占42.7%: a sentence that
        opens with 分…看/从…看 breaks down the one figure of the part's unit stated in the sentence
        before it (an earlier value, 比上年的20358元, is not one): (part, whole), else None."""
        k = part.index - 1
        while k >= 0 and figs[k].sentence is part.sentence:
            k -= 1
        if k < 0:
            return None
        before = figs[k].sentence
        if before.start < previous_paragraph(text, part.sentence.paragraph):
            return None  # (the sentence before, in this paragraph or the one before)
        found = []
        while k >= 0 and figs[k].sentence is before:
            g = figs[k]
            k -= 1
            if g.unit == part.unit and (g.role in _WHOLE_ROLES or g.role == AVERAGE):
                found.append(g)  # (人均可支配收入21846元 breaks down into per-head parts)
        if len(found) != 1:
            return None
        whole = found[0]
        if whole.approx or whole.plan or whole.q.kind == "range" or not whole.value or whole.value <= part.value \
                or whole.period != part.period or _numerators_exceed(figs, part, whole):
            return None
        return part, whole

    @staticmethod
    def _whole_fits(g, part, place, core, x_zhong, lex) -> int:
        """How well ``g`` may be the whole the pointer names: 2 when its measure is the named
        measure (X中: that measure itself) or, for 占全县的, of the part's measure family (a
        common ending of three characters or a listed family); 1 when it is only near enough to
        make the choice doubtful (占全县的 and a common ending of two; a narrower scope such as
        规模以上); 0 when it is another measure.  A whole the pointer names (游客总数, 财政援助资金中)
        is that measure, so a figure of another measure ending like it (帮扶资金) is no rival."""
        wm, pm = g.measure, part.measure
        if not wm or wm == pm:
            return 0
        if any(w in wm and w not in pm for w in lex.scopes):
            return 1  # 规模以上工业增加值 is not the whole of the place
        if x_zhong:
            if wm == core or wm.endswith(core) or (len(wm) >= 3 and core.endswith(wm)):
                return 2
            # 养老机构床位中 and 各类养老机构86家，床位1.24万张: the rest of the name before the
            # whole in its sentence
            rest = core[:-len(wm)] if core.endswith(wm) else ""
            sent = g.sentence
            return 2 if len(rest) >= 2 and sent.text.find(rest, 0, g.start - sent.start) >= 0 else 0
        w, p = wm.replace("总", ""), pm.replace("总", "")
        if core is not None:
            c = core.replace("总", "")
            if any(w.endswith(x) and not c.endswith(x) for x in lex.compounds):
                return 0  # (其他类型企业进出口1662.7亿元 is no 出口总额 of 占出口总额的40.0%)
            if w.endswith(c) and p.endswith(c[-2:]):
                return 2
            if len(w) >= 2 and c.startswith(w) and c[len(w):] in _IMPLIED_NOUNS and p.endswith(c[len(w):]):
                return 2  # (国有林地345.9万亩 for 占国有林地面积的: the unit says it is the area)
            bare = lex.total_suffix.sub("", wm)
            # (the part's 额 is the total's 总额: 限额以上单位消费品零售额 of 社会消费品零售总额)
            pe = p[:-1] if p.endswith("额") else p
            if bare != wm and pe.endswith(c[-2:]) and (bare == c or bare.endswith(c) and bare[:-len(c)] in _GENERIC_KIND):
                return 2  # 货物进出口总额 for 占全市进出口总额的: the total's name with its suffix (not 出口总额)
            # an abbreviated name (衔接资金 for 各级财政衔接推进乡村振兴补助资金): its first two and
            # last two characters in order in the whole's measure, which ends like the part's
            if len(c) >= 4 and w.endswith(c[-2:]) and p.endswith(c[-2:]) and 0 <= w.find(c[:2]) < len(w) - len(c) + 2 \
                    and "的" not in w:  # (not 国有林地、集体林地的乔木林面积: the area of a kind of it)
                return 2
            return 0
        family = [b for a, b in lex.families if pm.endswith(a)]
        if family:
            if any(b in wm for b in family):
                return 2
            if any(wm.endswith(a) for a, b in lex.families if pm.endswith(a)):
                return 0  # 第一产业增加值 beside 第三产业增加值: a sibling, not the whole
        common = common_end(w, p)
        return 2 if common >= 3 else 1 if common == 2 else 0

    @staticmethod
    def _own_place(ctx, place: str) -> bool:
        """占全县的 names the document's own place: 全县 is the place word the text uses most."""
        counts = _place_counts(ctx)
        best = max(counts.values(), default=0)
        return best > 0 and counts.get(place, 0) == best and sum(1 for v in counts.values() if v == best) == 1

    def _by_name(self, ctx, figs, f, whole_name, respective=None):
        """B，占A的x% / B占A的比重为x%: A looked up by the measure it names, B the figure just
        before (same sentence) or the measure named before 占; with ``respective`` (分别占…) B is
        that figure."""
        whole_name = _OWN_ORG.sub("", whole_name)
        core = _SUBJECTS.sub("", whole_name)
        if len(core) < 2 or (len(whole_name) != len(core) and not _GENERIC.match(whole_name)):
            return None  # another place's whole (占全省的) is not in this text
        # the figure a share names its whole for, just before it (past its growth rate)
        near = next((g for g in reversed(figs[max(0, f.index - 3):f.index])
                     if g.sentence is f.sentence and not g.is_percent), None)
        # (not that figure itself: 共有毕业生1096人，占全校毕业生的18.2% names another 毕业生)
        whole = _owners_whole(figs, f, near, core) \
            or next((g for g in _statements(figs, f, core.__eq__) if g is not near), None) \
            or self._per_head_whole(figs, f, core) or self._stated_with_verb(figs, f, core) \
            or self._qizhong_whole_named(f, core) or next(_statements(figs, f, lambda m: _same_name(m, core)), None)
        if whole is None and _POINTER_START.match(f.lead):
            # (only for a share right after its part, ，占…: a share that names its own part, 其中制造业
            # 投资占投资总额的, may be of no figure stated)
            whole = self._stated_said_with_verb(figs, f, core)
        if whole is None and f.index and len(core) >= 3:
            # 普惠小微贷款余额286.4亿元，增长18.6%，占各项贷款的比重: the whole named without the stock
            # word its part carries (金融机构本外币各项贷款余额)
            part = near
            tail = next((t for t in ("余额", "总额") if part is not None and part.measure.endswith(t)), None)
            if tail is not None and not core.endswith(tail):
                name = core + tail
                found = [g for g in _statements(figs, f, lambda m: m.endswith(name))
                         if g is not part and g.value is not None]
                # (of 本外币…, 人民币…, 外币…, 县域各项贷款余额 the largest is the whole of all kinds)
                whole = max(found, key=lambda g: g.value, default=None)
        if whole is None and f.index and len(core) >= 4:
            # 占开发投资的比重 after 全市完成房地产开发投资486.27亿元: the whole named by the end of its
            # measure (the largest such figure of the part's unit: not a part named so)
            part = near
            # (the part a kind of it, named with the name's last word: 住宅投资 of 开发投资; not 出口 of
            # 出口总额, which 货物进出口总额 ends with too)
            if part is not None and part.value is not None and part.measure.endswith(core[-2:]):
                found = [g for g in _statements(figs, f, lambda m: m.endswith(core) and m != core)
                         if g is not part and g.unit == part.unit and g.value is not None and g.sentence is not f.sentence]
                whole = max(found, key=lambda g: g.value, default=None)
        if whole is None and _ABBREVIATED.search(core):
            # 占规上工业增加值的 names the 规模以上工业增加值 stated earlier
            whole = self._stated(figs, f, _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m.group()], core))
        if whole is None and f.index:
            whole = _whole_by_population(figs, f, core)
        if whole is None and near is not None and near.unit and len(near.unit) >= 2 and core.endswith(near.unit):
            # 越级走访127批次，占来访总批次的: the whole named by its measure and its unit (来访1037批次), a
            # unit of two characters or more (批次, 人次, 件次: not 人 of 农村人, 户 of 农户)
            name = core[:-len(near.unit)].removesuffix("总")
            if len(name) >= 2:
                whole = next((g for g in _statements(figs, f, name.__eq__) if g.unit == near.unit and g is not near), None)
        if whole is None and f.index and not core.startswith("人均") and _per_head(figs[f.index - 1]):
            # 人均居住支出3386元，占生活消费支出的24.6%: a per-head part of the per-head whole (also a
            # part after 其中 of a per-head figure: 人均生活消费支出16284元，其中食品烟酒支出4856元)
            whole = self._per_head_whole(figs, f, "人均" + core)
        if whole is None or whole.approx:
            return None
        said = _SUBJECTS.match(whole_name)
        if said and whole.subject and _SUBJECTS.fullmatch(whole.subject) and whole.subject[1:] != said.group()[1:]:
            return None  # 占全区进出口总额的 with the 全市 total found: another place's whole (全区 = 本区, 我区)
        if whole.role == AVERAGE:
            # 人均食品烟酒消费支出8352元，占人均消费支出的比重为31.9%: a per-head part of a per-head whole
            k = f.index - 1
            p = figs[k] if k >= 0 else None
            if p is None or p.sentence is not f.sentence or p.unit != whole.unit \
                    or p.approx or p is whole or p.clause.index < f.clause.index - 1:
                return None
            if p.role != AVERAGE and not (p.group is not None and p.group.marker == "其中" and whole in p.group.wholes):
                return None  # (人均消费支出16284元，其中食品烟酒支出4856元: a part after 其中 is per head too)
            return p, whole
        if respective is not None:
            return (respective, whole) if respective.unit == whole.unit and respective is not whole else None
        # the part named before 占 among the figures of its sentence, else the figure just before
        k = f.index - 1
        same = []
        while k >= 0 and figs[k].sentence is f.sentence:
            if figs[k].unit == whole.unit and figs[k] is not whole:
                same.append(figs[k])
            k -= 1
        part = self._named_part(f, same)
        if part is not None:
            return None if part.approx or part.non_additive else (part, whole)
        k = f.index - 1
        while k >= 0 and figs[k].sentence is f.sentence and figs[k].is_percent and figs[k].role == CHANGE:
            k -= 1  # 高技术制造业增加值412.6亿元，增长11.3%，占…的比重为29.4%: past the growth rate
        if k >= 0 and figs[k].sentence is f.sentence and figs[k].clause.index >= f.clause.index - 2:
            p = figs[k]
            if p.unit == whole.unit and p.role in _PART_ROLES and not p.non_additive and not p.approx:
                part = p
                label = _SHARE_LABEL.match(f.lead)
                cumulative = _lexicons(ctx).cumulative
                if label is not None and cumulative.search(label.group(1)) and not cumulative.search(p.measure):
                    return None  # (研究生318人，本科5126人，本科及以上学历教师占…: the share is of the two together)
        if part is None:
            m = _LABEL.match(f.lead.lstrip("，、；"))
            if not m:
                return None
            label = _SUBJECTS.sub("", m.group(1).strip())
            if len(label) < 2:
                return None
            part = self._stated(figs, f, label)
            if part is None or part.unit != whole.unit:
                return None
        if part is whole or part.unit != whole.unit:
            return None
        if part.value is not None and whole.value is not None and part.lo > whole.hi and f.value <= per_whole(f) \
                and whole.sentence.paragraph != f.sentence.paragraph:
            return None  # (网上零售额86.42亿元…占限上单位零售额的12.7%: 10月份's 75.82亿元, paragraphs up, is no
            # whole of it; in the share's own paragraph a whole below its part is a slip to report)
        r = ratio_percent(part, whole, per_whole(f))
        if r is not None and not r.overlaps(interval(f)):
            # another figure stated for the measure may be the whole meant (营业收入 of all firms
            # 612.8亿元, not of the 14 largest 286.9亿元 stated after it): the share is right then
            for g in _statements(figs, f, lambda m: m.endswith(core)):
                if g is not whole and g is not part and g.unit == part.unit:
                    r2 = ratio_percent(part, g, per_whole(f))
                    if r2 is not None and r2.overlaps(interval(f)):
                        return part, g
        return part, whole


#: a cohort or year before a measure's name (2023届毕业生共6842人: the 毕业生 of the text)
_COHORT = re.compile(r"^(?:(?:19|20)\d\d(?:届|年度|年)|本届|应届)")


def _same_name(measure: str, name: str) -> bool:
    """A measure a share names otherwise than it was stated: with a cohort or year before it
    (2023届毕业生 for 占全校毕业生的), without the 量 the name ends with (工业用水 for 占工业用水量的), or
    without the 总 before the name's last word (学校体育场地面积 for 占学校体育场地总面积的)."""
    if measure == name:
        return False  # (looked for first, by _stated)
    if len(name) >= 6 and name[-3] == "总" and measure == name[:-3] + name[-2:]:
        return True
    return _COHORT.sub("", measure) == name or (len(name) >= 4 and name[-1] == "量" and measure == name[:-1])


def _past_changes(figs, i: int) -> int:
    """The index of the figure before ``figs[i]``, past growth rates right before it (高技术制造业增加值
    412.6亿元，增长11.3%，占…: the amount), or -1."""
    k = i - 1
    while k >= 0 and figs[k].is_percent and figs[k].role == CHANGE:
        k -= 1
    return k


def _next_to(figs, p, f) -> bool:
    """``p`` is the figure right before ``f``, or only changes stand between them."""
    return all(x.role == CHANGE for x in figs[p.index + 1:f.index])


def _stated_as_total(w) -> bool:
    """The figure is stated as a total: 合计, 共… (role), a measure with 总 or one of all kinds."""
    return w.role == TOTAL or "总" in w.measure or _ALL_OF.search(w.measure) is not None


def _numerators_exceed(figs, part, whole) -> bool:
    """Whether the figures of ``part``'s sentence that each have a share right after them (the
    shares' parts: 国有企业收购612.4万吨，占58.5%；民营企业收购398.2万吨，占38.0%；…) add up to more
    than ``whole`` can be: a whole smaller than the parts its shares are of is not their whole
    (市场化收购833.3万吨 before parts that add up to the 1046.8万吨 of all purchases)."""
    total, n = Decimal(0), 0
    k = part.index
    while k > 0 and figs[k - 1].sentence is part.sentence:
        k -= 1
    for k in range(k, len(figs) - 1):
        g = figs[k]
        if g.sentence is not part.sentence:
            break
        if g.unit != part.unit or g.value is None or g.is_percent:
            continue
        nxt = figs[k + 1]
        if nxt.role == SHARE and nxt.sentence is g.sentence:
            total += g.lo
            n += 1
    return n >= 2 and total > whole.hi


#: the verb a figure is stated with, inside its measure (五大商圈共实现销售额, 全县完成固定资产投资)
_STATED_WITH = re.compile(r"共计实现|累计实现|共实现|实现了|实现|共完成|完成了|完成|共计|共有")

#: a table header of shares: | 占比（%） |, | 比重（%） |, | 占全市比重（%） |, | 构成（%） |
_SHARE_HEAD = re.compile(r"占比|比重|构成")


def _before_bracket(figs, k: int, p, f):
    """The figure right before the bracket that ``p`` (``figs[k]``) closes, when the bracket ends
    right before ``f``'s clause (…1,215人（…、硕士研究生1,129人），占14.40%): the bracket is an aside of
    details, the share is of that figure; None when ``p`` is in no such bracket."""
    sent = p.sentence
    between = sent.text[p.end - sent.start:f.start - sent.start]
    if not between.startswith(("）", ")")):
        return None
    opening = max(sent.text.rfind("（", 0, p.start - sent.start), sent.text.rfind("(", 0, p.start - sent.start))
    return next((g for g in figs[max(0, k - 12):k] if g.sentence is sent and g.end - sent.start == opening), None)


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of ``short`` occur in ``long`` in the same order."""
    it = iter(long)
    return all(c in it for c in short)


#: words of a label that names several parts together
_SEVERAL_PARTS = re.compile(r"[和及与、]|以上|以下|合计|共")
#: nouns a figure's unit says without its measure naming them (国有林地345.9万亩 is its 面积)
_IMPLIED_NOUNS = frozenset({"面积", "人数", "户数", "数量", "规模", "金额"})


#: the header of a column of rates a table's other columns may give (完成率（%）, 执行率, 到位率);
#: not 增长率, 增速 (of figures the table does not hold)
_RATE_HEAD = re.compile(r"(?<!增长)(?<!增)率\s*(?:[（(]\s*%\s*[）)])?\s*$")


#: words that say a figure counts all kinds (全市各级各类学校在校生: the whole of 小学在校生 …)
_ALL_OF = re.compile(r"各级各类|各类|全部|所有")


#: what ShareMismatch._respective returns for a 分别 run whose parts cannot be paired with its shares
_UNPAIRED = object()


class _Ratio(NamedTuple):
    """An entry of the fact table ``named-ratios``: the rate ``name`` is a figure named by a word of
    ``part`` over ``whole`` ("": the figure before the 其中 the part follows)."""

    name: str
    part: tuple[str, ...]
    whole: str


def _ratios(knowledge) -> list[_Ratio]:
    """The fact table ``named-ratios``; an entry without a name or a part word is an error of its pack."""
    out = []
    for entry in knowledge.fact_table("named-ratios"):
        name, part, whole = entry.get("name"), entry.get("part"), entry.get("whole", "")
        if isinstance(part, str):
            part = [part]
        if not (isinstance(name, str) and name and isinstance(part, list) and part
                and all(isinstance(w, str) and w for w in part) and isinstance(whole, str)):
            raise ValueError(f"fact table named-ratios: an entry needs a name, part words and an optional "
                             f"whole word (strings), not {entry!r}")
        out.append(_Ratio(name, tuple(part), whole))
    return out


class _Lex:
    __slots__ = ("places", "place_prefix", "total_suffix", "families", "scopes", "cumulative", "ratios_in_sentence",
                 "ratios_after_qizhong", "compounds")

    def __init__(self, knowledge):
        from factlint.claims import _alt

        self.places = frozenset(knowledge.lexicon("share-place-wholes") or ("全县", "全市", "全省"))
        self.place_prefix = re.compile("(?:" + _alt(sorted(self.places)) + ")")
        suffixes = knowledge.lexicon("share-total-suffixes") or ("总数", "总量", "总额")
        self.total_suffix = re.compile("(?:" + _alt(suffixes) + ")$")
        self.families = tuple(tuple(w.split(">", 1)) for w in knowledge.lexicon("share-whole-families")
                              if ">" in w)
        self.scopes = tuple(knowledge.lexicon("share-scope-words") or ("规模以上", "规上", "限额以上", "限上"))
        #: a category that takes in those above or below it (本科及以上, 60岁以上, 3A级及以下)
        self.cumulative = re.compile(_alt(knowledge.lexicon("share-cumulative-words")) or r"(?!x)x")
        #: measures whose name ends with another's (进出口, 出口): a whole named by the shorter is
        #: not a figure of the longer
        self.compounds = tuple(knowledge.lexicon("share-compound-ends") or ("进出口",))
        ratios = _ratios(knowledge)
        self.ratios_in_sentence = tuple(r for r in ratios if r.whole)
        self.ratios_after_qizhong = tuple(r for r in ratios if not r.whole)


#: the lexicons of the knowledge last used (a run uses one)
_LEX_CACHE: list = [None, None]


#: a character of a place or an area named in a whole's own words (高新区, 城区, 园区, 开发区)
_PLACE_WORD = re.compile(r"[区县市镇乡园州省]")


def _whole_by_population(figs, f, core: str):
    """占规上工业的31.7% after 电力、热力生产和供应业268.4万吨标准煤: a whole named by whose it is (规上工业,
    规模以上工业), its measure left to the unit (规模以上工业综合能源消费量846.3万吨标准煤).  Of the
    figures before (within a few paragraphs, same period) whose measure starts with the name, of the
    part's unit: the latest whose rest of the measure the part names too (工业增加值 for 制造业增加值),
    else the only one."""
    k = _past_changes(figs, f.index)
    if k < 0 or figs[k].sentence is not f.sentence or figs[k].is_percent:
        return None
    part = figs[k]
    names = {core, _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m.group()], core)} if _ABBREVIATED.search(core) else {core}
    found = [g for g in _statements(figs, part, lambda m: any(m.startswith(n) and len(m) > len(n) for n in names))
             if g.unit == part.unit and g.value is not None and g.hi >= part.lo]
    if not found:
        return None
    named = [g for g in found if any(g.measure[len(n):] in part.measure for n in names if g.measure.startswith(n))]
    if named:
        return named[0]
    return found[0] if len({g.measure for g in found}) == 1 and len(found) == 1 else None


def _owners_whole(figs, f, part, core):
    """The whole a share names (集装箱吞吐量) stated for the owner its part is named with:
    青岛港集装箱吞吐量3210.5万标箱 … 青岛港海铁联运箱量215.7万标箱，占集装箱吞吐量的6.7%, not the
    group's 集装箱吞吐量4310万标箱 stated between them.  The owner's name is the part's first words
    and the whole's words before the name; a figure of the year the text speaks of may have said
    its year (2024年青岛港…)."""
    if part is None or not part.measure or part.value is None:
        return None
    k = f.index - 1
    floor = f.start - _LOOKBACK
    while k >= 0 and figs[k].start >= floor:
        g = figs[k]
        k -= 1
        if g is part or g.approx or g.unit != part.unit or g.value is None:
            continue
        m = g.measure or ""
        owner = m[:-len(core)] if m.endswith(core) else ""
        if len(owner) >= 2 and part.measure.startswith(owner) and g.additive and not ratio_base(g) \
                and (g.period == f.period or f.period == "doc"):
            return g
    return None


def _statements(figs, f, named):
    """The figures before ``f`` (within a few paragraphs), latest first, that state a measure
    ``named`` accepts for the same period: exact, additive and no base of a ratio (占全市规模以上
    工业增加值1268.4亿元的14.7% gives another place's whole)."""
    k = f.index - 1
    floor = f.start - _LOOKBACK
    while k >= 0 and figs[k].start >= floor:
        g = figs[k]
        k -= 1
        # (approx first: it is a field, additive may work out the measure)
        if not g.approx and g.additive and named(g.measure) and g.period == f.period and not ratio_base(g):
            yield g


def _named_ratio(figs, f, ratio: "_Ratio"):
    """A rate defined as a part over a whole (恩格尔系数: the food spending, 食品烟酒支出, over the
    consumption spending, 生活消费支出): (part, whole) when its sentence states both before it, the
    part nearest."""
    part = whole = None
    words = ratio.part
    k = f.index - 1
    while k >= 0 and figs[k].sentence is f.sentence:
        g = figs[k]
        k -= 1
        if g.is_percent or g.approx or g.value is None:
            continue
        if part is None and any(w in g.measure for w in words):
            part = g
        elif part is not None and g.unit == part.unit and g.measure.endswith(ratio.whole) \
                and not any(w in g.measure for w in words):
            whole = g
            break
    if part is None or whole is None or whole.period != f.period:
        return None
    return part, whole


#: a share said of a sum of items named before it (风电、光伏发电和水电合计占…)
_SUM_BEFORE_SHARE = re.compile(r"(?:合计|共计|总计|加起来|之和)(?:约)?占")


def _plan_names_whole(ctx, whole, group) -> bool:
    """在5280人的招生计划中，…投放1846人，占比38.6%: the plan word is the name of the whole before
    中 (招生计划, 年度计划), so the part and the share after it are the plan's own figures, judged
    against that whole, not a target."""
    from factlint.claims import lexicon_patterns

    return group.marker == "中" and lexicon_patterns(ctx.knowledge).plan.search(ctx.text, whole.end, group.start) is not None


def _per_head(p) -> bool:
    """A per-head figure (人均…), or a part after 其中 of one."""
    if p.role == AVERAGE:
        return "人均" in p.lead
    g = p.group
    return g is not None and g.marker == "其中" and any(w.role == AVERAGE and "人均" in w.lead for w in g.wholes)


def _share_of_its_own(figs, whole, group):
    """The share of its own (占22.4%) that follows ``whole`` before the 其中 of ``group``, or None."""
    for f in figs[whole.index + 1:]:
        if f.start >= group.start or f.sentence is not whole.sentence:
            return None
        if f.role == SHARE:
            return f
    return None


def _lexicons(ctx) -> _Lex:
    if _LEX_CACHE[0] is not ctx.knowledge:
        _LEX_CACHE[:] = [ctx.knowledge, _Lex(ctx.knowledge)]
    return _LEX_CACHE[1]


def _place_counts(ctx) -> dict[str, int]:
    got = getattr(ctx, "_share_place_counts", None)
    if got is None:
        text = ctx.text
        got = {w: text.count(w) for w in _lexicons(ctx).places}
        try:
            ctx._share_place_counts = got
        except AttributeError:
            pass
    return got


#: the part a share names before its marker: 等级公路比重达到99.2% names 等级公路
_SHARE_LABEL = re.compile(r"^[，、；]?\s*([^\d占所，、；。：（）“”]{2,12}?)(?:的)?(?:所占比重|比重|占比|所占|占(?=[^，。；]{1,20}的))")


def _labels_part(f, part) -> bool:
    """护理型床位7860张，护理型床位占比为68.4%: the share names the part before it, and nothing else."""
    m = _SHARE_LABEL.match(f.lead)
    return m is not None and f.lead[m.end():].strip() in ("", "为", "达", "达到", "是") \
        and part.measure.endswith(m.group(1))


def _labels_several_parts(f, parts, whole):
    """The parts a share's label names together, when it names two or more of them and none alone:
    其中正高级职称412人、副高级职称628人，高级职称教师占比61.8% (高级职称, the label without the whole's
    noun 教师, is in both parts' names); else None."""
    m = _SHARE_LABEL.match(f.lead)
    if m is None or whole.measure is None:
        return None
    label = m.group(1)
    n = common_end(label, whole.measure)
    stem = label[:-n] if n < len(label) else label
    if len(stem) < 2:
        return None
    same = [p for p in parts if p.unit == whole.unit and p is not whole and not p.approx and p.value is not None]
    named = [p for p in same if stem in p.measure]
    if len(named) < 2 or any(p.measure == stem or p.measure.endswith(label) for p in same):
        return None
    return named


def _names_another_part(f, part, whole) -> bool:
    """年末全县公路通车里程2468公里，其中农村公路2015公里，等级公路比重达到99.2%: the share names a
    part (等级公路) that is not the figure before it (农村公路), so it is of another part.  A label
    that is the part's words with the whole's noun (体育场地面积…，其中已向社会开放…，开放面积占比) names it."""
    m = _SHARE_LABEL.match(f.lead)
    if m is None:
        return False
    label = m.group(1)
    measure = part.measure
    if measure.endswith(label) or label.endswith(measure) or label in measure:
        return False
    n = common_end(label, whole.measure)
    if 2 <= n < len(label) and label[:-n] in measure:
        return False
    # 其中门诊直接结算…、住院直接结算8.9万人次，住院结算人次占比: the label's own words (those not of the
    # whole's name, 异地就医直接结算) name the part
    # (not a label of several parts: 公办园和普惠性民办园占…, 二级及以上公路占…)
    if _SEVERAL_PARTS.search(label):
        return True
    # the label's words, but for the part's unit (人次), in order in the part's name (住院结算 in
    # 住院直接结算; not 住院结算金额 of a count, nor 外贸进港 of 外贸)
    words = label[:-len(part.unit)] if part.unit and label.endswith(part.unit) else label
    return not (len(words) >= 2 and _in_order(words, measure))


def per_whole(f) -> Decimal:
    return Decimal(1000) if f.unit == "‰" else Decimal(100)


def _completion(knowledge):
    return _completion_rx(tuple(knowledge.lexicon("claims-completion-wholes") or ("预算", "计划")))


@lru_cache(maxsize=8)
def _completion_rx(words: tuple[str, ...]):
    """The pattern of the completion wholes (built once per lexicon, not once per document)."""
    from factlint.claims import _alt

    return re.compile("(?:" + _alt(words) + ")$")


def _overfull_groups(claims) -> set[int]:
    """其中 groups whose shares add up to more than 100%: they are not shares of one whole (each
    part against its own plan or last year), so none of them is checked against the whole.  A bound
    (…就读的比例保持在九成以上) is no part of the whole's hundred: it is left out of the sum."""
    out = set()
    for g in claims.part_groups:
        total = sum((p.value for p in g.parts
                     if p.role == SHARE and p.unit == "%" and p.value is not None and not p.approx), Decimal(0))
        if total > 101:
            out.add(id(g))
    return out


def _own_share_after(figs, g) -> bool:
    """The next figure of ``g``'s sentence, past its growth rates, is a share: ``g`` is a part with a
    share of its own (机电产品出口526.34亿元，增长10.9%，占出口总额的64.8%)."""
    k = g.index + 1
    while k < len(figs) and figs[k].sentence is g.sentence and figs[k].role == CHANGE and figs[k].is_percent:
        k += 1
    return k < len(figs) and figs[k].sentence is g.sentence and figs[k].role == SHARE


#: words before a total's name that name no kind of it (货物进出口总额 is the 进出口总额 of all goods)
_GENERIC_KIND = ("货物", "全部", "各类", "全社会")


@hookimpl
def factlint_register_rules(register):
    register(ShareMismatch)
