"""inconsistent-figure: the same measure of the same subject for the same period stated with
different values, in one document or across the documents checked together."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from factlint import Rule, Severity, hookimpl
from factlint.calendar import YEAR_WRITTEN, own_year
from factlint.claims import AVERAGE, CHANGE, COUNT, LEVEL, PART, PER_HEAD, RATE, TOTAL

from factlint.diagnostics import format_decimal

from ._intervals import exact_count, scale

_ROLES = frozenset((LEVEL, COUNT, TOTAL, PART, RATE))
# (and averages per head whose marker is part of their measure's name: see PER_HEAD; other
# averages, 年均增长 and 平均每个项目, are not indexed)
# measures that do not name what is counted (the verb or marker alone)
_VAGUE = re.compile(
    r"^(?:新增|增加|减少|完成|实现|累计|其中|分别|合计|共计|总计|投入|达到|突破|超过|下降|提高|增长|"
    r"带动|帮助|组织|开展|举办|建成|新建|引进|培训|安排|落实|支持|发放|接待|采购|销售|其他|另有)$")
_NOT_MEASURE = re.compile(
    r"[|｜\d比较到至]|第[一二三四五六七八九十]|[〇零一二三四五六七八九]{4}年"
    r"|(?:增长|增加|下降|减少|提高|降低|上升|回落|扩大|缩小|上涨|下跌|回升|提升|增|减|降|升|多|少)了?$")
# durations and ordinals are not figures stated about a subject
_UNITS_SKIPPED = frozenset(("年", "月", "个月", "天", "日", "小时", "分钟", "周", "届", "岁", "代", "倍"))
_NON_DIGIT = re.compile(r"[^0-9０-９]+")
def _synonyms(knowledge) -> dict[str, str]:
    """Each name of the fact table ``measure-synonyms`` to the first name of its entry (kept with
    the knowledge)."""
    got = knowledge.__dict__.get("_measure_synonyms") if hasattr(knowledge, "__dict__") else None
    if got is None:
        got = {}
        for entry in knowledge.fact_table("measure-synonyms") or ():
            names = [str(n) for n in entry.get("names", ()) if n]
            for n in names:
                got.setdefault(n, names[0])
        try:
            knowledge.__dict__["_measure_synonyms"] = got
        except (AttributeError, TypeError):  # pragma: no cover - a knowledge without __dict__
            pass
    return got


def _key_affixes(knowledge) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The words a measure may open with or not (接待过夜游客 and 过夜游客, 各级各类学校 and 学校),
    end with or not (高速公路通车里程 and 高速公路) and hold anywhere or not (港口完成集装箱吞吐量 and
    港口集装箱吞吐量), left out of the index key: the lexicons ``inconsistent-optional-prefixes``,
    ``-suffixes`` and ``-words``, longest first (各级各类 before 各类).  Kept with the knowledge."""
    store = getattr(knowledge, "__dict__", None)
    got = store.get("_inconsistent_affixes") if store is not None else None
    if got is None:
        got = tuple(tuple(sorted(knowledge.words(name), key=lambda w: (-len(w), w)))
                    for name in ("inconsistent-optional-prefixes", "inconsistent-optional-suffixes",
                                 "inconsistent-optional-words"))
        if store is not None:
            store["_inconsistent_affixes"] = got
    return got
#: the generic words of a province, its own place in a text whose title names a province
def _names(knowledge):
    """A function giving, for a measure, the two names the index reads it by (kept with the
    knowledge, with the names it has worked out): the measure without the words it may hold or
    not (港口完成集装箱吞吐量 → 港口集装箱吞吐量), which a table's cells are matched by; and its key,
    which also leaves out the prefixes and suffixes it may have or not and, for four characters or
    more, the order of its characters (城镇新增就业 and 新增城镇就业).  Worked out when a document's
    figures are collected (in the worker processes under ``--jobs``), not when they are compared."""
    store = getattr(knowledge, "__dict__", None)
    got = store.get("_inconsistent_names") if store is not None else None
    if got is not None:
        return got
    synonyms = _synonyms(knowledge)
    prefixes, suffixes, words = _key_affixes(knowledge)
    known: dict[str, tuple[str, str]] = {}

    def names(measure: str) -> tuple[str, str]:
        got = known.get(measure)
        if got is not None:
            return got
        m = measure
        for w in words:
            if w in m and len(m) >= len(w) + 2:
                m = m.replace(w, "")
        km = synonyms.get(m, m)  # (外贸进出口 and 货物贸易进出口总值: the fact table measure-synonyms)
        for w in prefixes:
            if m.startswith(w) and len(m) >= len(w) + 2:
                km = m[len(w):]  # (各级各类学校 and 学校, 接待过夜游客 and 过夜游客)
                break
        for w in suffixes:
            if km.endswith(w) and len(km) >= len(w) + 2:
                km = km[:-len(w)]  # (高速公路通车里程 and 高速公路)
                break
        got = known[measure] = (m, km if len(km) < 4 else "".join(sorted(km)))
        return got

    if store is not None:
        store["_inconsistent_names"] = names
    return names


_PROVINCE_SUBJECTS = frozenset(("全省", "我省", "本省"))
#: how many different values of one key are kept (a key stated with many values is not one figure)
_KEEP = 3
#: the shortest measure whose two-digit values are compared (see _slip)
_MIN_MEASURE_TWO_DIGITS = 4


class InconsistentFigure(Rule):
    """The same figure is stated with different values in different places.

    ## What it does
    Indexes every reported figure by what it measures, whose it is and when — (measure, unit,
    subject, period) — and reports a figure whose value cannot be the value stated for the same
    key earlier, in the same document or in another document of the same run, when the two values
    differ as a slip of the pen makes them differ: written with as many digits, one digit different
    or the same digits in another order (326.8万 and 328.6万, 318.64万 and 316.48万); two-digit
    counts when the measure is named with four characters or more (26个 and 28个 帮扶车间); one-digit
    counts of a named place one apart (昭通市6个贫困县, 昭通市7个贫困县).  Values further apart are
    more often two things the text does not tell apart (another programme, another cut) than one
    figure miswritten, and are left alone.  Rounded
    restatements agree (6.8万 and 6.82万); approximate figures (约, 近, 多), targets and
    forecasts, shares and averages are not indexed, and of changes only a rate in % of a measure
    the text names (全市地区生产总值同比增长5.3%, 地区生产总值964.59亿元，同比增长5.7%), indexed
    apart from the level by its direction and basis (名义, 实际; 生产总值 and 增加值 are real
    growth whether said or not).  A figure stated without a subject
    is about the document's own place: the place its title opens with (临澄市2025年…工作总结) when
    the text also states figures for it by name, else the one generic word it names its place
    with (全县 … 年末户籍人口).  Different subjects (高校在校生,
    中职在校生), different periods (一季度, 全年) and different occasions (国庆 and 五一, a holiday
    and its 首日) are different figures.  A figure without a
    period of its own (全年, 年末) is of the year the text speaks of when that year is certain (one
    year from its title, dateline or 落款, not early in the year, no sign of looking back on the
    year before; a story of January whose dateline goes on to name the year before is of that
    year), unless its paragraph names another year before it: then it is the same figure as one
    stated with that year written.  The base of a plan (在12864.5亿元的基础上, 将在2024年…的基础上) is a
    fact of its year, compared as any other; a plan's focus (以…万亩湿地为重点) is not, being often a
    part of what was stated.  An attribute given after a count (…316个、建筑面积412.6万平方米) is of
    what the count counts.  Across documents
    only figures of a named place (昭通市, 东莞市) with a stated year are compared; 全市, 我市
    and 全县 are compared only inside one document.  The cells of a Markdown table are figures
    too: in a table of places the row names the subject and the column the measure and its unit
    (| 县 | 销售额（亿元） |, compared with the prose's 特色农产品销售额 of that place), in a table
    of indicators (| 指标 | 2023年国庆 | 2022年国庆 |) the row names the measure and only the
    column of the text's own year is read, and a column of rates of change (同比增长（%）) as the
    row's rate; in a table of places a column named with a year (2025年研发投入（亿元）) is of that
    year; columns of shares are not.  The index is a dictionary, so the cost grows
    linearly with the text.

    ## Why is this bad?
    A reader who meets the same figure twice with two values cannot tell which is right, and
    trusts neither.

    ## Example
    年末全市常住人口326.8万人，比上年末增加1.2万人。年末全市常住人口328.6万人中，65岁及以上人口46.2万人。
    Use instead:
    年末全市常住人口326.8万人，比上年末增加1.2万人。年末全市常住人口326.8万人中，65岁及以上人口46.2万人。
    一季度，全县地区生产总值完成68.4亿元，同比增长4.2%；全年完成地区生产总值296.5亿元，比上年增长5.9%。

    ## Options
    None.  The names of one measure come from packs: the fact table ``measure-synonyms``
    (外贸进出口 = 货物贸易进出口总值) and the lexicons ``inconsistent-optional-prefixes``
    (各级各类学校 = 学校), ``inconsistent-optional-suffixes`` (高速公路通车里程 = 高速公路) and
    ``inconsistent-optional-words`` (港口完成集装箱吞吐量 = 港口集装箱吞吐量), which a house pack extends.

    ## References
    国家统计局《统计公报编写规范》: 同一指标在同一公报中应一致。
    """

    name = "inconsistent-figure"
    severity = Severity.ERROR
    family = "arithmetic"
    scope = "run"

    def check(self, ctx):
        return self.check_run([ctx])

    def collect(self, ctx):
        """The indexable figures of one document, in order, as compact picklable records (so
        that under ``--jobs`` the parent needs neither the claim model nor the figures)."""
        out: list[_Record] = []
        claims = ctx.claims
        cells = _table_records(ctx, claims)
        # the places a table has rows for (泷湾区): named in a prose clause, one of them is the
        # subject of its figures there (泷湾区全年城镇新增就业8426人), though 区 names no place alone
        rows = sorted({r.subject for r in cells if len(r.subject) >= 2}, key=len, reverse=True) if cells else ()
        text = ctx.document.text
        by_period = _respective_periods(claims)
        marks: dict = {}  # (see _marks)
        completion = ctx.knowledge.words("claims-completion-wholes")
        names = _names(ctx.knowledge)
        for f in claims.figures:
            change = f.role == CHANGE and f.unit == "%"
            if (f.role not in _ROLES and not change and not (f.role == AVERAGE and f.marker in PER_HEAD)) or f.approx:
                continue
            own_period, own_measure = by_period.get(f.start, ("", ""))
            if own_period is None:
                continue  # (一至四季度…分别为: a period each, which the figure does not say itself)
            q = f.q
            if q.kind == "range" or q.value is None or f.unit in _UNITS_SKIPPED or q.script == "chinese":
                continue
            d = _digits(f)
            if len(d) == 1:
                if f.role != COUNT or not f.named or not _whole_set(f):
                    continue
            elif len(d.rstrip("0")) < 2 or (len(d) == 2 and f.role not in (COUNT, TOTAL) and not change):
                continue  # no slip of the pen can involve it (see _slip; two digits: counts only,
                # 共有A级旅游景区23家 among them)
            st = f.sentence.text
            if "|" in st or "\t" in st or "   " in st:
                continue  # a table row: which column (year, place) it is in is not in the text
            # targets first: ``plan`` is read once per sentence, ``measure`` is worked out for
            # each figure (both are pure, so the order changes nothing but the cost)
            if f.plan:
                continue
            growth = None
            if change:
                # 地区生产总值964.59亿元，同比增长5.7%: the rate of change of a named measure
                growth = _growth_of(f, claims.figures, text)
                if growth is None:
                    continue
                m = growth[0]
            else:
                m = f.measure or own_measure
            if not _names_measure(m) or (len(d) == 2 and len(m) < _MIN_MEASURE_TWO_DIGITS):
                continue
            if f.role == RATE and m in completion:
                continue  # (…187.46亿元，完成预算的103.0%; 增值税…，完成预算的104.0%: a rate of the figure before)
            if f.role == AVERAGE and m.find(f.marker) < 2:
                # (the marker outside the measure's name, 人均 of another figure's clause; or no one
                # named before it: …；人均消费支出28490元 of 城镇居民 said a clause up, and of 农村居民
                # in the next sentence)
                continue
            if _restated_after_qizhong(claims.figures, f, m, text):
                continue
            m = _of_whole(f, m)
            if m in _ATTRIBUTES and f.index and f.lead.lstrip().startswith("、"):
                prev = claims.figures[f.index - 1]
                if prev.sentence is f.sentence and prev.measure:
                    m = prev.measure + m  # (改造老旧小区316个、建筑面积412.6万平方米: the estates' area)
            subject = f.subject
            if rows:
                said = text[f.clause.start:f.q.start]
                hits = [r for r in rows if r in said]
                if len(hits) == 1 and "的" not in said[said.find(hits[0]):]:
                    subject = hits[0]  # (泷湾区所在的东部片区…: the row's place qualifies another)
            if subject in claims.ambiguous_subjects:
                continue
            period = own_period or f.period
            if "累计" in f.lead and not _OWN_SPAN.search(text, f.sentence.start, q.start):
                # 累计发放…8.52亿元 (截至年底，累计…) with no span of its own in the sentence: a running
                # total since some start, not the year's figure (全年发放…3.52亿元); not 截至年末…达到46家,
                # a level at the year's end
                period += "+累计"
            # interval(f), without building an Interval
            if exact_count(q):
                lo = hi = q.value
            else:
                lo, hi = q.lo, q.hi
            named_as = names(m)
            if growth is not None:
                # (the rate is indexed apart from the measure's level, by direction and basis)
                m, named_as = growth[2], (named_as[0] + growth[1], named_as[1] + growth[1])
            out.append(_Record(m, f.unit, subject or "", period, f.named and period[:1].isdigit(),
                               lo, hi, f.sentence.start, d, scale(q), q.text, q.start, q.end,
                               occasion=_occasion(text, f.sentence.paragraph, f.sentence.start, q.start, marks),
                               names=named_as))
        if cells:
            out.extend(cells)
            out.sort(key=lambda r: r.start)  # (in text order: "前文" is the statement before)
        # a figure without a subject is about the document's own place when the document names
        # that place with exactly one generic word (全县 … 年末户籍人口52.48万人)
        # a figure without a period of its own is of the year the document speaks of, when that
        # year is known without doubt: then 全年…286.4亿元 and 2025年…284.6亿元 are one figure
        if claims.year is None and any(r.period[:1].isalpha() for r in out):
            year = own_year(ctx, claims)
            if year is not None:
                # (not in a paragraph that names another year before the figure: 2025年，全市将…。
                # 全年新增城镇就业6.5万人 in a story on 2024)
                out = [r if _other_year_before(text, r.start, year, marks) else r._replace(period=_absolute(r.period, year))
                       for r in out]
        local = frozenset(ctx.knowledge.words("inconsistent-local-subjects") or ())
        own = _title_place(ctx.document.text)
        if own and own.endswith("省"):
            # (a province's own text: its 全省 is its own place, not a figure quoted for comparison)
            local |= _PROVINCE_SUBJECTS
        # 我县 and 本县 are the 全县 of the text (one generic word per kind of place)
        if any(r.subject[:1] in "我本" and r.subject in local for r in out):
            out = [r._replace(subject="全" + r.subject[1:]) if r.subject[:1] in "我本" and r.subject in local else r
                   for r in out]
        used = {r.subject for r in out if r.subject in local}
        if not own and len(used) == 1:
            # the one place of that kind the text names (嶂海市 … 全市外贸进出口): 全市 is that place
            (generic,) = used
            named = {r.subject for r in out
                     if r.subject and r.subject not in local and r.subject[-1:] == generic[-1:]}
            text = ctx.document.text
            if len(named) == 1 and 0 <= text.find(next(iter(named))) < text.find(generic):
                # (the place is named before its generic word, as a text on it opens: 嶂海市…全市;
                # not 全县… then 结对帮扶的沙雅县, another county)
                (place,) = named
                out = [r._replace(subject=place) if r.subject == generic or not r.subject else r for r in out]
        if not any(not r.subject for r in out):
            return out
        # the title names the document's place (临澄市2025年东西部协作工作总结) and the text states
        # figures for it by name: a figure without a subject is about that place
        if own and any(r.subject == own for r in out):
            # and the generic word of its kind names it too (全市 in a text on 青屿市)
            same = {w for w in local if w[-1:] == own[-1:]}
            return [r._replace(subject=own) if not r.subject or r.subject in same else r for r in out]
        used = {r.subject for r in out if r.subject in local}
        if len(used) == 1:
            (own,) = used
            out = [r._replace(subject=own) if not r.subject else r for r in out]
        return out

    def check_run(self, contexts):
        index: dict[tuple, list] = {}
        # (words that make a measure a kind of the one its name ends with: 民营医院床位 of 医院床位)
        kinds = contexts[0].knowledge.longest_first("inconsistent-kind-words") if contexts else ()

        for di, ctx in enumerate(contexts):
            records = self.collected(ctx)
            # a table's cells and the prose of its document, by (unit, subject, period): a cell is
            # compared with the prose figures whose measure ends with its column's or row's name
            # (each list keeps its first _KEEP records, as the index does: the cost stays linear)
            cells: dict[tuple, list] = {}  # by key and the cell's measure
            prose: dict[tuple, list] = {}  # by key and every proper ending of the measure
            named: set[tuple] = set()  # key and measure of every prose figure
            if any(g.table for g in records):
                for g in records:
                    key = (g.unit, g.subject, g.period)
                    gm = g.name
                    if g.table:
                        lst = cells.setdefault(key + (gm,), [])
                        if len(lst) < _KEEP:
                            lst.append(g)
                        continue
                    named.add(key + (gm,))
                    for n in range(2, len(gm)):
                        lst = prose.setdefault(key + (gm[-n:],), [])
                        if len(lst) < _KEEP:
                            lst.append(g)
            for f in records:
                m = f.name
                base = (f.key, f.unit, f.subject, f.period)
                # every figure is indexed for its document; a named place's figure with a stated
                # year also across documents (its earlier statements in its own document are in
                # both lists: the document's list is read for them)
                local = index.setdefault(base + (di,), [])
                shared = index.setdefault(base + (None,), []) if f.cross else None
                seen = local + [x for x in shared if x[0] is not ctx] if shared else local
                if cells:
                    # a column named 销售额 states the 特色农产品销售额 of the prose for its row
                    key = (f.unit, f.subject, f.period)
                    # (a name of three characters or more: 人口 ends too many measures, 户籍人口 among them)
                    if f.table:
                        if len(m) >= 3:
                            seen = seen + [(ctx, g) for g in prose.get(key + (m,), ()) if g.start < f.start]
                    else:
                        # (not when the prose also states that ending's own figure: 全区医院床位3260张，其中
                        # 民营医院床位1260张 names a kind of the cell's 医院床位, not the cell)
                        # (nor when the words before the ending name a kind of it: 白鹤片区民营医院床位 is a
                        # part of the cell's 医院床位, not the cell)
                        seen = seen + [(ctx, g) for n in range(3, len(m)) for g in cells.get(key + (m[-n:],), ())
                                       if g.start < f.start and key + (m[-n:],) not in named
                                       and not m[:-n].endswith(kinds)]
                found = self._against(ctx, f, seen) if seen else None
                if found is _AGREES:
                    continue
                if found is not None:
                    octx, other = found
                    where = "" if octx is ctx else f"（{octx.document.path}）"
                    where += "表中" if other.table else ""
                    here = "此处（表中）" if f.table else "此处"
                    name = other.measure if f.table and not other.table else f.measure  # (the prose's name)
                    msg = f"“{name}”在前文{where}为“{other.text}”，{here}为“{f.text}”，两处不一致"
                    yield self.report(
                        ctx, f.start, f.end, msg,
                        evidence={"measure": f.measure, "subject": f.subject, "period": f.period,
                                  "stated": f.text, "earlier": other.text},
                        related=[(octx, other.start, other.end)],
                    )
                for lst in (local, shared):
                    if lst is not None and len(lst) < _KEEP:
                        lst.append((ctx, f))

    @staticmethod
    def _against(ctx, f, seen):
        """(context, record) of the earlier statement ``f`` contradicts as a slip of the pen does,
        _AGREES when an earlier value agrees with it or one is in its own sentence, else None."""
        if any(g.occasion != f.occasion for _, g in seen):
            seen = [(c, g) for c, g in seen if _same_occasion(g.occasion, f.occasion)]
        if any(g.lo <= f.hi and f.lo <= g.hi for _, g in seen):
            return _AGREES
        if any(g.sentence == f.sentence for c, g in seen if c is ctx):
            return _AGREES  # two values in one sentence are two things (分别, lists)
        # far apart values are more likely two different things the text does not tell apart
        # (another year, another programme) than one figure miswritten: those are kept, not reported
        return next(((c, g) for c, g in seen if _slip(g, f)), None)


#: what InconsistentFigure._against returns for a value that agrees with an earlier one
_AGREES = object()


class _Record(NamedTuple):
    """What the index needs of one figure: its key, its interval, its sentence (by start), the
    digits and scale it was written with, and where it is."""

    measure: str
    unit: str
    subject: str
    period: str
    cross: bool  # a named place and a stated year: compared across documents
    lo: Decimal
    hi: Decimal
    sentence: int
    digits: str
    scale: Decimal
    text: str
    start: int
    end: int
    #: a table cell (its measure is the column's or row's name: 销售额 for 特色农产品销售额)
    table: bool = False
    #: the holidays its paragraph names before it (国庆, 春节), and "日" when its sentence speaks
    #: of one day of them (首日, 当日): figures of other occasions are other figures
    occasion: str = ""
    #: the measure's name without its optional words, and its index key (see :func:`_names`)
    names: tuple[str, str] = ("", "")

    @property
    def name(self) -> str:
        return self.names[0]

    @property
    def key(self) -> str:
        return self.names[1]


_RELATIVE = (("now", 0), ("doc", 0), ("prev", -1), ("next", 1))

#: attributes given after a count of what they are of (…316个、建筑面积412.6万平方米)
_ATTRIBUTES = frozenset(("面积", "建筑面积", "占地面积", "长度", "里程", "金额", "投资", "总投资", "资金", "规模"))
#: the holidays a figure may be of (国庆中秋假期8天，…累计接待游客; 五一假期…)
_HOLIDAY = re.compile(r"春节|元宵|清明|五一|劳动节|端午|中秋|国庆|元旦|春运|暑期|暑假|寒假")
#: a figure of one day of an occasion (假期首日，全县接待游客…)
_ONE_DAY = re.compile(r"首日|当日|当天|单日|次日|最后一天|高峰日")


def _marks(text: str, paragraph: int, rx, cache: dict) -> list:
    """``(end, match)`` of ``rx`` in the paragraph (line) starting at ``paragraph``, found once per
    paragraph and kept in ``cache``: a paragraph of many figures is read once, not once each."""
    key = (rx.pattern, paragraph)
    got = cache.get(key)
    if got is None:
        end = text.find("\n", paragraph)
        got = cache[key] = [(m.end(), m.group(m.lastindex or 0))
                            for m in rx.finditer(text, paragraph, end if end >= 0 else len(text))]
    return got


def _occasion(text: str, paragraph: int, sentence: int, at: int, cache: dict) -> str:
    """The holidays named in the paragraph before ``at`` (sorted, joined), then "|日" when the
    sentence before ``at`` speaks of one day: "" for most figures."""
    names = sorted({name for end, name in _marks(text, paragraph, _HOLIDAY, cache) if end <= at})
    day = _ONE_DAY.search(text, sentence, at) is not None
    return "、".join(names) + ("|日" if day else "")


def _same_occasion(a: str, b: str) -> bool:
    """Whether figures of occasions ``a`` and ``b`` (see :func:`_occasion`) may be one figure: not
    when only one is of a day, nor when both name holidays and none in common."""
    ha, _, da = a.partition("|")
    hb, _, db = b.partition("|")
    if da != db:
        return False
    return not ha or not hb or not set(ha.split("、")).isdisjoint(hb.split("、"))


def _other_year_before(text: str, at: int, year: int, cache: dict) -> bool:
    """Whether the paragraph of ``at`` names a year other than ``year`` before it."""
    para = text.rfind("\n", 0, at) + 1
    return any(int(y) != year for end, y in _marks(text, para, YEAR_WRITTEN, cache) if end <= at)


#: a span said in a sentence before a cumulative figure (全年累计, 1—11月累计, 2025年累计, 一季度累计,
#: 假期9天，…累计): the figure is that span's
_OWN_SPAN = re.compile(r"全年|今年|本年|年内|当年|上半年|下半年|季度|假期|黄金周|长假|\d{4}年|\d{1,2}月|[一二三四五六七八九十]{1,3}月|个月|期间")


def _absolute(period: str, year: int) -> str:
    """A relative period (doc, docQ1, prev, now初) as the year it names."""
    for word, shift in _RELATIVE:
        if period.startswith(word):
            return str(year + shift) + period[len(word):]
    return period


#: a place that opens a title: 临澄市2025年…, 岑川县关于…, 梧阳市农业农村局2025年工作总结
_TITLE_PLACE = re.compile(r"\s*([\u4e00-\u9fff]{2,6}?(?:省|市|县|区|州|盟|旗))(?=(?:19|20)\d\d年|关于|[\u4e00-\u9fff]{0,8}?"
                          r"(?:\d{4}年|工作|统计|总结|报告))")


#: names of columns or rows that are changes, shares of another whole or ranks, not levels
_NOT_LEVEL = re.compile(r"增长|增速|增幅|同比|比上年|较上年|变化|提高|下降|比重|占比|排名|位次|名次|合计|总计|小计")
#: the header of a table whose rows are indicators (| 指标 | 2023年国庆 | 2022年国庆 |)
_INDICATOR_HEADS = frozenset(("指标", "项目", "指标名称", "主要指标", "类别"))
_HEAD_YEAR = re.compile(r"((?:19|20)\d\d)年")
#: the column of an indicator table that holds the figures themselves, with no year in its name
_VALUE_HEADS = frozenset(("绝对值", "数值", "总量", "金额", "数量", "完成值", "实际完成", "本期", "本年"))


def _table_records(ctx, claims) -> list[_Record]:
    """The cells of the document's tables as records: a table of places (| 县 | 销售额（亿元）
    | … |: the row is the subject, the column the measure and its unit), of kinds (| 运输方式 |
    发送旅客（万人次） |: the row and the column name the measure, 铁路发送旅客) or of indicators
    (| 指标 | 2023年国庆 | 2022年国庆 |: the row is the measure, the column of the text's own year
    the period).  A cell is one figure; its unit is the column's or row's."""
    from factlint.claims import _UNIT_ALIASES
    from factlint.numerals import extract
    from factlint.tables import ctx_tables, head_name_unit

    tables = ctx_tables(ctx)
    if not tables:
        return []
    names = _names(ctx.knowledge)
    text = ctx.document.text
    year = claims.year
    out: list[_Record] = []
    for t in tables:
        if len(t.heads) < 2 or not t.rows:
            continue
        own_period = _table_period(text, t.start, year)
        indicator = t.heads[0] in _INDICATOR_HEADS
        for r, (spans, label) in enumerate(zip(t.rows, t.labels)):
            if not label or _NOT_LEVEL.search(label) or label.startswith("其中"):
                continue
            for k in range(1, len(t.heads)):
                head = t.heads[k]
                if indicator and _GROWTH_HEAD.match(head):
                    # | 指标 | … | 同比增长（%） |: the row's rate of change, compared with the prose's
                    rec = _growth_cell(claims, text, t, r, spans[k], label, head, own_period, names)
                    if rec is not None:
                        out.append(rec)
                    continue
                if _NOT_LEVEL.search(head):
                    continue
                if indicator:
                    ys = _HEAD_YEAR.findall(head)
                    if not ys and head in _VALUE_HEADS:
                        period = own_period  # | 指标 | 绝对值 | 同比增长（%） |: the text's own figures
                    elif len(ys) != 1 or (year and int(ys[0]) != year):
                        continue  # (a column of another year, or of no year: not the text's figure)
                    else:
                        period = ys[0]
                    named, subject = head_name_unit(label), ""
                    name, unit_text = named if named else (label, "")
                else:
                    period = own_period
                    ys = _HEAD_YEAR.findall(head)
                    if ys:
                        # | 县区 | 2024年研发投入（亿元） | 2025年研发投入（亿元） |: each column is its year's
                        if len(ys) != 1:
                            continue
                        head, period = _HEAD_YEAR.sub("", head, count=1), ys[0]
                    named = head_name_unit(head)
                    if not named:
                        continue
                    (name, unit_text), subject = named, label
                    if label[-1] not in _PLACE_LAST:
                        # a table of kinds (| 铁路 | 386.42 | under 发送旅客（万人次）): the row and the
                        # column name the measure (铁路发送旅客) of the document's own place
                        name, subject = label + name, ""
                a, b = spans[k]
                cell = text[a:b].strip()
                if not cell or not _names_measure(name):
                    continue
                unit_text = "" if unit_text in ("%", "％") and cell.endswith(("%", "％")) else unit_text
                qs = extract(cell + unit_text, ctx.knowledge)
                if len(qs) != 1 or qs[0].start != 0 or qs[0].end != len(cell + unit_text):
                    continue
                q = qs[0]
                if q.value is None or q.approx or q.kind not in ("number", "money", "percent"):
                    continue
                d = _digits_of(cell)
                if d is None or len(d) < 3 or len(d.rstrip("0")) < 2:
                    continue
                start = a + (len(text[a:b]) - len(text[a:b].lstrip()))
                lo, hi = (q.value, q.value) if exact_count(q) else (q.lo, q.hi)
                unit = "%" if q.kind == "percent" and q.unit in ("%", "％") else _UNIT_ALIASES.get(q.unit, q.unit)
                shown = cell if not unit_text or cell.endswith(unit_text) else f"{cell}（{unit_text}）"
                out.append(_Record(name, unit, subject, period, False, lo, hi, t.start + r, d, scale(q),
                                   shown, start, start + len(cell), True, names=names(name)))
    return out


#: the words of a change after its measure (地区生产总值同比增长, 比上年下降): the comparison and the verb
_CHANGE_TAIL = re.compile(r"(?P<cmp>同比|比上年同期|比上年|较上年同期|较上年|比去年同期|比去年)?"
                          r"(?P<verb>增长|增加|提高|上升|下降|减少|降低|回落)了?$")
#: all that may stand between a level and its rate of change (…964.59亿元，按不变价格计算，同比增长)
_ONLY_CHANGE = re.compile(r"[，,](?:按(?:不变|可比)价格?计算[，,])?(?:扣除价格因素[，,]?)?(?:实际)?"
                          + _CHANGE_TAIL.pattern)
#: a rate of change stated net of prices (实际增长, 按可比价计算), or in current prices (名义增长)
_REAL = re.compile(r"实际|扣除价格因素|不变价|可比价")
_NOMINAL = re.compile(r"名义|现价")
#: measures whose growth is conventionally stated net of prices, said or not (生产总值, 增加值)
_REAL_BY_CONVENTION = ("生产总值", "增加值")
_UP = frozenset(("增长", "增加", "提高", "上升"))
#: the basis said at the end of a measure's name (收入实际增长): not part of the name
_BASIS_END = re.compile(r"(?:实际|名义)$")
#: names that are no measure of a rate of change: an average rate, a period compared with
_NOT_GROWTH_OF = re.compile(r"年均|平均|每年|同期|上年|去年|前年|上月|上季度|环比|同比|预算|计划|目标|分别|、")
#: the head of a column of rates of change in a table of indicators (同比增长（%）, 比上年增长(%))
_GROWTH_HEAD = re.compile(r"(?:同比|比上年|较上年)?(?:增长|增速|增幅)(?:率)?[（(]?[%％]?[）)]?$")
_CELL_RATE = re.compile(r"([+\-−－]?)([0-9]+(?:\.[0-9]+)?)[%％]?")


def _growth_key(measure: str, up: bool, basis: str) -> str:
    """The index suffix of a rate of change: its direction and its basis (net of prices or not)."""
    if not basis and measure.endswith(_REAL_BY_CONVENTION):
        basis = "实际"
    return "·" + ("增" if up else "减") + basis


def _growth_of(f, figs, text: str) -> tuple[str, str, str] | None:
    """(measure, index suffix, the name shown) of a rate of change in % whose measure the text
    names: before the verb (全市地区生产总值同比增长5.3%) or as the level stated right before it
    (实现地区生产总值964.59亿元，同比增长5.7%); None when what changed is not named so."""
    t = _CHANGE_TAIL.search(f.lead.rstrip())
    if t is None:
        return None
    up = t.group("verb") in _UP
    mt = _CHANGE_TAIL.search(f.measure)
    name = _BASIS_END.sub("", f.measure[:mt.start()]) if mt else ""
    start = f.clause.start
    if not name or not _names_measure(name) or _REAL.search(name) or _NOMINAL.search(name):
        # (…，扣除价格因素实际增长5.9%: the basis, not the measure; the measure is the level's before)
        prev = figs[f.index - 1] if f.index else None
        if prev is None or prev.sentence is not f.sentence or prev.role not in (LEVEL, TOTAL, PART, COUNT) \
                or prev.approx or not prev.measure or _ONLY_CHANGE.fullmatch(text, prev.q.end, f.q.start) is None:
            return None
        name, start = prev.measure, prev.q.end
        if not _names_measure(name):
            return None
    said = text[start:f.q.start]
    basis = "名义" if _NOMINAL.search(said) else "实际" if _REAL.search(said) else ""
    name = _BASIS_END.sub("", name)
    if len(name) < 3 or _NOT_GROWTH_OF.search(name) or not _names_measure(name):
        return None  # (收入增长: too short to be one measure; 年均增长, 比去年同期增长: no measure)
    return name, _growth_key(name, up, basis), name + t.group()


def _growth_cell(claims, text: str, t, r: int, span, label: str, head: str, period: str, names) -> "_Record | None":
    """A rate of change in a table of indicators (| 地区生产总值 | 964.59 | 5.3 |) as a record: the
    row names the measure; a minus sign makes it a fall.  Its period is the table's own, or when
    the line before the table names no part of the year, the one the claim model gives the cell's
    figure (a release on 前三季度: its tables' too)."""
    from bisect import bisect_left

    from factlint.tables import head_name_unit

    from factlint.numerals import extract

    a, b = span
    cell = text[a:b].strip()
    m = _CELL_RATE.fullmatch(cell)
    if m is None:
        return None
    named = head_name_unit(label)
    name = named[0] if named else label
    if len(name) < 3 or _NOT_GROWTH_OF.search(name) or not _names_measure(name):
        return None
    digits = _digits_of(m.group(2))
    if not digits or len(digits.rstrip("0")) < 2:
        return None
    qs = extract(m.group(2) + "%", claims.knowledge)  # (the size, as written: 5.3 is 5.25–5.35)
    if len(qs) != 1 or qs[0].value is None:
        return None
    up = not m.group(1)
    head_name = head.split("（")[0].split("(")[0]
    verb = head_name if head_name.endswith(("增长", "增速", "增幅")) else "增长"
    start = a + (len(text[a:b]) - len(text[a:b].lstrip()))
    figs = claims.figures
    i = bisect_left(figs, start, key=lambda g: g.q.start)
    if period in ("doc", str(claims.year)) and i < len(figs) and figs[i].q.start == start and figs[i].period:
        period = figs[i].period  # (the table's own line names no part of the year: the cell's period)
    return _Record(name + verb, "%", "", period, False, qs[0].lo, qs[0].hi, t.start + r, digits,
                   Decimal(1), cell + ("" if cell.endswith(("%", "％")) else "%"), start, start + len(cell), True,
                   names=tuple(n + _growth_key(name, up, "") for n in names(name)))


#: the last characters of a row label that names a place (安平县, 望潮区, 雾溪镇)
_PLACE_LAST = frozenset("省市县区州盟旗镇乡村街")


def _table_period(text: str, start: int, year: int | None) -> str:
    """The period of a table's own figures: the text's, with the part of the year the heading or
    line just before the table names (## 一季度主要经济指标 → docQ1), as the claim model keys a
    prose figure of that period."""
    from factlint.claims import _period_mentions

    before = text[max(0, start - 80):start].rstrip()
    line = before[before.rfind("\n") + 1:]
    rel = [v for _, _, kind, v in _period_mentions(line) if kind == "rel" and v.startswith("doc")]
    sub = rel[-1][3:] if rel else ""
    return (str(year) if year else "doc") + sub


def _digits_of(cell: str) -> str | None:
    """The significant digits of a table cell (9.86 -> 986)."""
    got = _NON_DIGIT.sub("", cell)
    return got.lstrip("0０") if got else None


#: an item of a 分别 list that is a period of its own (2021年, 二季度, 上半年, 3月)
_PERIOD_ITEM = re.compile(r"((?:19|20)\d\d)年|[一二三四]季度|[上下]半年|\d{1,2}月|[一二三四五六七八九十]{1,2}月|一至")


#: a list of years that opens a sentence, before a comma (2021年、2022年和2023年，)
_YEARS_LEAD = re.compile(r"(?:19|20)\d\d年(?:[、和及与](?:19|20)\d\d年)+[，,]")
_YEAR_IN_LIST = re.compile(r"((?:19|20)\d\d)年")


def _respective_periods(claims) -> dict[int, tuple[str | None, str]]:
    """The figures given 分别 for items that are periods (2021年、2022年和2023年…分别为A、B和C), by their
    start: (each one's year when the items are years, one each, else None: its period is not its
    own sentence's, 一至四季度…分别为; the measure the first one is stated with)."""
    out: dict[int, tuple[str | None, str]] = {}
    text = claims.text
    for g in claims.part_groups:
        if g.marker != "分别" or not g.items:
            continue
        if _PERIOD_ITEM.match(g.items[0].strip()):
            years = [_PERIOD_ITEM.match(i.strip()) for i in g.items]
        elif g.parts and (lead := _YEARS_LEAD.match(text, g.parts[0].sentence.start, g.start)):
            # (2021年、2022年和2023年，全省地区生产总值分别为A、B和C: the years open the sentence)
            years = list(_YEAR_IN_LIST.finditer(lead.group()))
        else:
            continue
        exact = len(years) == len(g.parts) and all(m is not None and m.group(1) for m in years)
        for k, p in enumerate(g.parts):
            out[p.start] = (years[k].group(1) if exact else None, g.parts[0].measure)
    return out


def _title_place(text: str) -> str | None:
    """The place the first line of ``text`` opens with, when that line is a title (short); not a
    word ending like a place (推进城市…), and the last of a chain of places (梧阳市临江区 → 临江区)."""
    line = text.lstrip().lstrip("#").lstrip()[:80].split("\n", 1)[0]  # (a Markdown heading read as plain text)
    if len(line) > 60:
        return None
    if line.startswith("中共"):
        line = line[2:]
    m = _TITLE_PLACE.match(line)
    if not m or m.group(1).endswith("城市"):
        return None
    place = m.group(1)
    nxt = _TITLE_PLACE.match(line, m.end())
    return nxt.group(1) if nxt and not nxt.group(1).endswith("城市") else place


def _slip(a: _Record, b: _Record) -> bool:
    """:func:`slip` on two records; two-digit values (26个/28个) of a measure named with four
    characters or more (新建帮扶车间, 省级以上开发区) too: a short measure (省区, 企业) is too often
    two different things counted (28个省区 did one thing, 21个 another)."""
    if a.scale != b.scale:
        return _rescaled_slip(a, b)
    if len(a.digits) == 1 == len(b.digits):
        return len(a.measure) >= 3 and abs(int(a.digits) - int(b.digits)) == 1
    if len(a.digits) == 2 == len(b.digits):
        return (len(a.measure) >= _MIN_MEASURE_TWO_DIGITS and len(a.digits.rstrip("0")) == 2
                and len(b.digits.rstrip("0")) == 2 and sum(1 for i, j in zip(a.digits, b.digits) if i != j) == 1)
    return _digits_slip(a.digits, b.digits)


def _whole_set(f) -> bool:
    """A one-digit count stated of the whole set (昭通市6个贫困县。/ 现有5个… / 7个贫困县全部摘帽),
    not of some of it (4个国家级开发区实现营业收入增长)."""
    if _TOTAL_BEFORE.search(f.lead):
        return True
    trail = f.trail.strip()
    return _NOUN_ONLY.fullmatch(trail) is not None or _ALL_AFTER.search(trail) is not None


#: words before a count that state the whole set (现有5个, 共有, 拥有) and after it (全部, 均, 都)
_TOTAL_BEFORE = re.compile(r"(?:现有|共有|拥有|共|总计|合计)$")
_ALL_AFTER = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:全部|均|都)")
#: the count and its noun make the statement (昭通市6个贫困县。)
_NOUN_ONLY = re.compile(r"[\u4e00-\u9fff]{0,8}[。；！？]?")


def _rescaled_slip(a: _Record, b: _Record) -> bool:
    """Two values written in different magnitudes (586,240万元 and 58.26亿元): both read at the
    coarser one's last place (58.62亿 and 58.26亿), then compared as :func:`_digits_slip` compares."""
    ua, ub = a.hi - a.lo, b.hi - b.lo
    if not ua or not ub:
        return False  # (an exact count has no last place to read the other at)
    u = max(ua, ub)
    x = ((a.lo + a.hi) / 2 / u).to_integral_value(ROUND_HALF_UP)
    y = ((b.lo + b.hi) / 2 / u).to_integral_value(ROUND_HALF_UP)
    return _digits_slip(str(x), str(y))


def _of_whole(f, measure: str) -> str:
    """The measure of a part after 其中 named by a kind alone (地方储备粮规模3.2万吨，其中稻谷2.05万吨，
    …小麦1.15万吨), qualified by its whole's (地方储备粮规模·小麦): not the 小麦 bought (收购稻谷2.09万吨、
    小麦1.35万吨) or grown elsewhere in the text.  A part that names a kind of the whole's measure
    (其中高速公路528公里 of 公路通车里程) keeps its own name."""
    g = f.group
    if f.role != PART or g is None or g.marker != "其中" or len(measure) > 4:
        return measure
    w = next((w for w in g.wholes if w.unit == f.unit and w.additive), None)
    if w is None or not w.measure or any(measure[i:i + 2] in w.measure for i in range(len(measure) - 1)):
        return measure  # (公路通车里程12846公里，其中高速公路528公里: a kind of the measure itself)
    return f"{w.measure}·{measure}"


def _restated_after_qizhong(figs, f, measure: str, text: str) -> bool:
    """The figure is after a 其中 whose whole, before it in the paragraph, states the same measure
    (全市法院…结案率92.2%。其中，市中级人民法院…结案率92.7%): it is the part's, whatever subject the
    text names for the part (an organisation, a group) or does not name; unless the whole's
    subject is named again after 其中 (其中，新增造林面积2.3万亩，全县森林覆盖率68.5%)."""
    g = f.group
    if g is None or g.marker != "其中" or g.start > f.start:
        return False
    subject = f.subject
    if subject and text.find(subject, g.start, f.start) >= 0:
        return False
    para = f.sentence.paragraph
    k = f.index - 1
    while k >= 0 and figs[k].start > g.start:
        k -= 1
    seen = 0
    while k >= 0 and seen < 12 and figs[k].sentence.paragraph == para:
        if figs[k].measure == measure:
            return True
        k -= 1
        seen += 1
    return False


def _digits(f) -> str:
    """The significant digits as written (326.8万 -> 3268)."""
    got = _written_digits(f.q.text)
    if got is None:
        got = _NON_DIGIT.sub("", format_decimal(f.value / scale(f))).lstrip("0０")
    return got


@lru_cache(maxsize=4096)
def _names_measure(m: str) -> bool:
    """The measure names what is counted: not a bare verb or marker, a comparison, an ordinal
    or a year (measures recur across figures and documents: 地区生产总值, 常住人口)."""
    return not (len(m) < 2 or _VAGUE.match(m) or _NOT_MEASURE.search(m))


@lru_cache(maxsize=4096)
def _written_digits(text: str) -> str | None:
    """The significant digits of a figure as written (326.8万 -> 3268; the same figures recur:
    5.2%, 100), None when it is written without digits."""
    got = _NON_DIGIT.sub("", text)
    return got.lstrip("0０") if got else None


def slip(a, b) -> bool:
    """Whether two values of one figure differ as a slip of the pen does: written in the same
    magnitude with the same number of digits, and two digits swapped (326.8/328.6, 623/632) or
    one digit different (3.2万/3.4万), or the same digits in another order (318.64万/316.48万)."""
    if scale(a) != scale(b):
        return False
    return _digits_slip(_digits(a), _digits(b))


def _digits_slip(x: str, y: str) -> bool:
    if len(x) != len(y) or len(x) < 3:
        return False  # 14 and 18 are as likely two figures as one figure miswritten
    if len(x.rstrip("0")) < 2 or len(y.rstrip("0")) < 2:
        return False  # 100, 300, 600万: round figures, mostly targets or other figures
    diff = sum(1 for i, j in zip(x, y) if i != j)
    # one digit miswritten, or the same digits in another order (326.8/328.6, 318.64/316.48)
    return diff == 1 or sorted(x) == sorted(y)


@hookimpl
def factlint_register_rules(register):
    register(InconsistentFigure)
