"""plan-period-mismatch: a year (or span of years) tied to the wrong five-year plan."""

from __future__ import annotations

from factlint import Rule, Severity, hookimpl
from factlint.calendar import lazy_re
from factlint.calendar import (
    ascii_digits,
    ctx_years,
    find_plans,
    RELATIVE_YEARS,
    cn_int,
    ctx_bounds,
    ctx_plans,
    ctx_time,
    year_value,
)

_Y = r"(?:1[89]\d\d|20\d\d|[一二][〇○零一二三四五六七八九]{3})"
_SP = r"[ \t\u3000]*"

#: a sentence that opens with its year as the topic: "2024年是…", "今年是…", "各位代表！2020年，是…",
#: "会议指出，2025年是…"
_TOPIC = lazy_re(
    r"[ \t\u3000“”\"]*(?:各位代表[！!，,][ \t\u3000]*)?"
    # a reported statement: 会议指出，2025年是… / 报告强调：今年是… / 市科技局局长贺霁川介绍，2025年是…
    r"(?:[\u4e00-\u9fff]{1,14}?(?:指出|强调|认为|表示|提出|要求|明确|介绍|透露|说|称)[，,：:][ \t\u3000]*"
    # 回顾“十四五”，2020年作为…: a look back that names what it reviews
    r"|回顾[^，,。；]{1,10}[，,][ \t\u3000]*)?"
    r"(?:刚刚过去的|过去的|即将过去的|新的)?"
    r"(?:(?P<y>" + _Y + r")" + _SP + r"年|(?P<rel>今年|明年|去年))"
    + _SP + r"(?:[，,]" + _SP + r")?" + r"(?:将是|是|为|作为)"
)
#: the 年 of 今年/明年/去年 (the literal first: ``re`` finds it with a fast C search, where a
#: pattern that starts with [今明去] is tried at every character); the mention starts one before
_RELATIVE_TOPIC = lazy_re(r"年(?<=[今明去]年)")
#: what may stand right before the year (or 今年) that _TOPIC matches: the last character of
#: one of its openings (blanks and quotes, 各位代表！/，, 过去的/新的 …) or a sentence end (the
#: year opens the sentence)
_BEFORE_TOPIC = frozenset(" \t\u3000“”\"！!，,的" + "。！？!?\n")
#: a later clause that continues the predicate: "，也是…", "，还是…"
_CONTINUE = lazy_re(r"[ \t\u3000]*(?:也|又|还|更|同时也|同时还|并且|而且)?(?:将是|是|作为)")
#: the clause ends on "…之年 / …一年 / …第N年"
_YEAR_NOUN = lazy_re(r"(?:之年|一年|第[一二三四五]年|最后一年|的一年)[ \t\u3000”\"」』）)]*$")
#: the plan is not the one the year belongs to, only prepared for or looked forward to
_NOT_INSIDE = lazy_re(r"谋划|编制|谋篇|布局|巩固|成果|(?<![作成因认称])为|迎接|衔接|前期|启动|展望|研究|制定|着眼|奠定|基础|准备|开局前|之前|前夕|接续|铺垫|起草|酝酿|蓄势|蓄力|筹备|筹划")
#: where in the plan the year is: first, last, or the N-th year
_POS_FIRST = lazy_re(r"开局|起步|开篇|第一年|头一年|首年")
_POS_LAST = lazy_re(r"收官|收尾|最后一年|完成之年|终结")
_POS_NTH = lazy_re(r"第([一二三四五])年")
#: “十二五”时期（2016—2020年）, “十四五”发展规划（2026—2030年）: a plan and the span written after it
#: (not “八五”普法规划: another series of five-year plans)
_PLAN_SPAN = lazy_re(
    r"(?:(?:发展|建设|事业|事业发展|专项|总体)?(?:规划|计划))?" + _SP + r"(?:(?:时期|期间)" + _SP + r")?" + r"[（(]" + _SP + r"(?P<a>" + _Y + r")" + _SP + r"(?:年" + _SP + r")?"
    + r"(?:[至到—–－\-~～]|－)" + _SP + r"(?P<b>" + _Y + r")" + _SP + r"(?:年" + _SP + r")?" + r"[）)]"
)


#: 2016—2020年（“十二五”时期）/ 2021年至2025年“十三五”期间: the span written before the plan
_SPAN_BEFORE = lazy_re(
    r"(?P<a>" + _Y + r")" + _SP + r"(?:年" + _SP + r")?" + r"(?:[至到—–－\-~～]|－)" + _SP + r"(?P<b>" + _Y + r")" + _SP
    + r"年" + _SP + r"(?:(?:[（(]|的)" + _SP + r")?" + r"$"
)
#: what must follow a plan for a span before it to be its period (not 2016—2020年“十四五”规划编制)
_PERIOD_AFTER = lazy_re(r"(?:规划|计划)?[ \t\u3000]*(?:时期|期间)")
#: a plan's document after it: a span before the plan names its period only when the span is a
#: whole five-year period (2026年至2030年“十四五”规划纲要 names 十五五's)
_DOCUMENT_AFTER = lazy_re(r"[ \t\u3000]*(?:规划|计划)")


#: a plan, a position in it and the year that position is: “十三五”收官之年（2021年）,
#: “十五五”开局之年即2025年, “十四五”开局之年的2020年, “十三五”收官的2022年, 2026年“十四五”开局
#: (not a year that opens a span or a list: …收官、…开局的2020年和2021年 pairs them respectively)
_POSITION = r"(?:规划|计划)?" + _SP + r"的?" + _SP + r"(?P<pos>开局|收官|起步|开篇|首年|第一年|头一年|最后一年|第[一二三四五]年)"
_TIE_AFTER = lazy_re(
    _POSITION + r"(?:(?:之年|年)?" + _SP + r"(?:[（(]|[，,]?" + _SP + r"(?:即|也就是|也即)|——)|(?:之年)?" + _SP + r"的)" + _SP
    + r"(?P<y>" + _Y + r")" + _SP + r"年(?![ \t\u3000]*(?:[至到—–－\-~～、和及与]|－))"
)
_TIE_BEFORE_YEAR = lazy_re(r"(?<![\d〇○零一二三四五六七八九至到—–－\-~～])(?P<y>" + _Y + r")" + _SP + r"年" + _SP
                           + r"(?:[（(]|即|也就是|也即|亦即)?" + _SP + r"[“\"]?$")  # (2020年即“十四五”开局之年)
_TIE_BEFORE_POS = lazy_re(_POSITION)


class PlanPeriodMismatch(Rule):
    """A year, or a span of years, tied to the wrong five-year plan.

    ## What it does
    Checks five-year plans (“十三五”, 十四五规划, 第二个五年计划) against their years: 十三五 =
    2016–2020, 十四五 = 2021–2025, 十五五 = 2026–2030 (plan N covers 1951+5N to 1955+5N from
    the 3rd plan on; the first two were 1953–1957 and 1958–1962).  Only explicit ties in one
    statement are judged:
    - a sentence whose topic is a year, with the plan in its predicate: “2023年是落实“十三五”
      规划的关键之年”, “2020年是…，也是“十三五”规划的收官之年”, “2023年，作为…之年”, also as
      a reported statement (会议指出，2025年是…)
      (开局/收官/第N年 are checked as the first, last or N-th year); 今年/明年/去年 are read
      against the year the text speaks of;
    - a plan, a position in it and a year written right next to them: “十三五”收官之年（2021年）,
      “十五五”开局之年即2025年, “十四五”开局之年的2020年, 2026年“十四五”开局;
    - a plan and its span written together: “十二五”时期（2016—2020年）, “十四五”发展规划（2026—2030年）, 2016—2020年
      （“十二五”时期）, 2021年至2025年“十三五”期间, and a whole plan's span before a plan's document
      (2026年至2030年“十四五”规划纲要).
    A plan that is only prepared or looked forward to (谋划“十五五”, 为“十五五”开好局打基础)
    is not a tie, and a plan mentioned elsewhere in a sentence (“十三五”期间 in a 2021 review)
    is never judged.

    ## Why is this bad?
    A year put under the wrong plan points readers to the wrong targets and the wrong period; it
    usually comes from a draft copied from an earlier year.

    ## Example
    2023年是落实“十三五”规划的关键之年。
    “十二五”时期（2016—2020年），全县地区生产总值年均增长8.3%。
    Use instead:
    2023年是落实“十四五”规划的关键之年。
    “十三五”时期（2016—2020年），全县地区生产总值年均增长8.3%。

    ## Options
    None.

    ## References
    The `five-year-plans` table in `rules/facts/five_year_plans.toml`.
    """

    name = "plan-period-mismatch"
    severity = Severity.ERROR
    family = "facts"

    def check(self, ctx):
        text = ctx.document.text
        if "五" not in text:
            return
        norm = ascii_digits(text)
        plans = ctx_plans(ctx)
        mentions = [(p, p.number) for p in find_plans(norm)]
        if not mentions:
            return
        yield from self._spans(ctx, norm, plans, mentions)
        yield from self._topics(ctx, norm, plans, mentions)
        yield from self._positions(ctx, norm, plans, mentions)

    # -- “十三五”收官之年（2021年）, 2026年“十四五”开局 --------------------------------------------
    def _positions(self, ctx, norm, plans, mentions):
        for m, n in mentions:
            t = _TIE_AFTER.match(norm, m.end)
            if t:
                y_text, pos_word, span = t.group("y"), t.group("pos"), (m.start, t.end())
            else:
                # both must hold: the anchored match after the plan first, as it rules out the
                # most (the search before it looks at 12 places)
                p = _TIE_BEFORE_POS.match(norm, m.end)
                if p and norm.startswith(("前", "之前"), p.end()):
                    p = None  # 2020年即“十四五”开局前一年: the year before the position
                b = _TIE_BEFORE_YEAR.search(norm, max(0, m.start - 12), m.start) if p else None
                if not b:
                    continue
                y_text, pos_word, span = b.group("y"), p.group("pos"), (b.start(), p.end())
            plan, year = plans.get(n), year_value(y_text)
            if plan is None or year is None:
                continue
            if pos_word in ("收官", "最后一年"):
                want, pos = plan.end, "最后一年（收官）"
            elif pos_word.startswith("第") and pos_word != "第一年":
                k = cn_int(pos_word[1])
                want, pos = plan.start + k - 1, f"第{k}年"
            else:
                want, pos = plan.start, "第一年（开局）"
            if year == want:
                continue
            right = plans.for_year(year)
            msg = f"{plan.name}（{plan.years}）的{pos}是{want}年，不是{year}年"
            if right and right.number != plan.number:
                msg += f"；{year}年属于{right.name}（{right.years}）"
            yield self.report(
                ctx, span[0], span[1], msg,
                evidence={"plan": plan.name, "plan_years": [str(plan.start), str(plan.end)],
                          "year": [str(year)], "year_from": "written", "position": pos,
                          "right_plan": right.name if right else None},
            )

    # -- “十二五”时期（2016—2020年） ------------------------------------------------------------
    def _spans(self, ctx, norm, plans, mentions):
        for m, n in mentions:
            s = _PLAN_SPAN.match(norm, m.end)
            if s:
                span_start, span_end = m.start, s.end()
            else:
                # (both must hold: the anchored match after the plan first, as it rules out most)
                period = _PERIOD_AFTER.match(norm, m.end) is not None
                if not period and not _DOCUMENT_AFTER.match(norm, m.end):
                    continue
                s = _SPAN_BEFORE.search(norm, max(0, m.start - 16), m.start)
                if not s:
                    continue
                span_start, span_end = s.start(), m.end
                if not period:
                    a, b = year_value(s.group("a")), year_value(s.group("b"))
                    if a is None or b is None or plans.for_range(a, b) is None:
                        continue  # (2019—2020年“十四五”规划编制: when it was drafted, not its period)
            a, b = year_value(s.group("a")), year_value(s.group("b"))
            plan = plans.get(n)
            if a is None or b is None or plan is None or b <= a:
                continue
            if (a, b) == (plan.start, plan.end):
                continue
            right = plans.for_range(a, b)
            hint = f"；{a}—{b}年是{right.name}" if right else ""
            yield self.report(
                ctx, span_start, span_end,
                f"{plan.name}是{plan.years}，文中写作（{a}—{b}年）{hint}",
                evidence={"plan": plan.name, "plan_years": [str(plan.start), str(plan.end)],
                          "stated_years": [str(a), str(b)],
                          "right_plan": right.name if right else None},
            )

    # -- 2024年是实现“十三五”规划目标任务的关键一年 ------------------------------------------------
    def _topics(self, ctx, norm, plans, mentions):
        bounds = ctx_bounds(ctx)
        time = ctx_time(ctx)
        for t in self._topic_matches(ctx, norm, bounds):
            if t.group("y"):
                years = frozenset({year_value(t.group("y"))})
                how = "written"
            else:
                if not time.known:
                    continue
                off = RELATIVE_YEARS[t.group("rel")]
                years = frozenset(y + off for y in time.now)
                how = f"“{t.group('rel')}”（全文所述年份：{'、'.join(str(y) for y in sorted(time.now))}年，据{time.source}）"
            if None in years:
                continue
            se_s, se_e = bounds.sentence(t.end())
            clauses = bounds.clauses(se_s, se_e)
            # the year (or 今年) opens the topic; clauses before it are a salutation (各位代表，)
            topic_start = t.start("y") if t.group("y") else t.start("rel")
            first = True
            for cs, ce in clauses:
                if ce <= topic_start:
                    continue
                if not first and not _CONTINUE.match(norm, cs):
                    break
                if first and cs < t.end() <= ce:
                    pred_start = t.end()
                elif first:
                    # the topic clause ended before 是 (2024年，是…): this clause holds the predicate
                    pred_start = cs
                else:
                    pred_start = cs
                first = False
                found = self._clause(ctx, norm, plans, mentions, years, how, pred_start, ce)
                if found:
                    yield found

    @staticmethod
    def _topic_matches(ctx, norm, bounds):
        """_TOPIC matched at the start of the sentences that open with a year or 今年/明年/去年
        (the candidates come from the year mentions, so the text is not scanned again)."""
        starts = [y.start for y in ctx_years(ctx)] + [m.start() - 1 for m in _RELATIVE_TOPIC.finditer(norm)]
        seen = set()
        for pos in sorted(starts):
            if pos and norm[pos - 1] in "：:":
                s = pos  # (邵明远：2026年是…: a speaker's words open after the colon)
            elif pos and norm[pos - 1] not in _BEFORE_TOPIC:
                continue  # (most years: in the middle of a clause)
            else:
                s = bounds.sentence_start_within(pos, 20)  # (one short search, not both bounds)
            if s is None or s in seen:
                continue
            t = _TOPIC.match(norm, s)
            if t and (t.start("y") == pos or t.start("rel") == pos):
                seen.add(s)
                yield t

    def _clause(self, ctx, norm, plans, mentions, years, how, start, end):
        inside = [(m, n) for m, n in mentions if start <= m.start and m.end <= end]
        if len(inside) != 1:
            return None
        m, n = inside[0]
        noun = _YEAR_NOUN.search(norm, m.end, end)
        if not noun:
            return None
        if _NOT_INSIDE.search(norm, start, noun.end()):
            # (2025年是谋划“十五五”的关键之年: a year preparing the plan; only the words up to the year's
            # noun count, not a later clause: …的开局之年，省教育厅已启动…规划编制工作)
            return None
        plan = plans.get(n)
        if plan is None:
            return None
        tail = norm[m.end:end]
        pos = ""
        if _POS_FIRST.search(tail):
            want = {plan.start}
            pos = "第一年（开局）"
        elif _POS_LAST.search(tail):
            want = {plan.end}
            pos = "最后一年（收官）"
        elif _POS_NTH.search(tail):
            k = cn_int(_POS_NTH.search(tail).group(1))
            want = {plan.start + k - 1}
            pos = f"第{k}年"
        else:
            want = set(range(plan.start, plan.end + 1))
            if plan.start - 1 in years:
                return None  # the year before a plan prepares it (“十五五”蓄势之年)
        if years & want:
            return None
        year = min(years)
        right = plans.for_year(year) if len(years) == 1 else None
        ys = "或".join(f"{y}年" for y in sorted(years))
        if pos:
            msg = f"{plan.name}（{plan.years}）的{pos}是{min(want)}年，不是{ys}"
        else:
            msg = f"{ys}不在{plan.name}（{plan.years}）内"
        if right and right.number != plan.number:
            msg += f"；{year}年属于{right.name}（{right.years}）"
        return self.report(
            ctx, m.start, m.end, msg,
            evidence={"plan": plan.name, "plan_years": [str(plan.start), str(plan.end)],
                      "year": [str(y) for y in sorted(years)], "year_from": how,
                      "position": pos or None, "right_plan": right.name if right else None},
        )


@hookimpl
def factlint_register_rules(register):
    register(PlanPeriodMismatch)
