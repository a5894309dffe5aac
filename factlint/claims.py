"""Stage 3 of the pipeline: the claim model of a text.

:func:`analyse` cuts the document text into sentences and clauses (one compiled-regex pass each,
linear in the text) and gives rules a cheap way to find the figures inside any span.  On top of
that the model attaches, lazily, to every measured figure its role in its statement (total, part,
share, change, average, count ...), the measure it counts, its subject and its period.

Everything here is computed once per document (``Context.claims`` caches it) and shared by all
rules.  Spans are offsets into ``document.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from decimal import Decimal
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from .numerals import Quantity
    from .rule import Context


# ---------------------------------------------------------------------------------------------
# spans
# ---------------------------------------------------------------------------------------------


@dataclass(eq=False, slots=True)
class Span:
    start: int
    end: int
    text: str

    def __contains__(self, offset: int) -> bool:  # offset in span
        return self.start <= offset < self.end


@dataclass(eq=False, slots=True)
class Sentence(Span):
    """A sentence: text up to 。！？ (with closing quotes/brackets) or a line break."""

    index: int = 0
    #: the paragraph (line) the sentence is in, counted from 0
    paragraph: int = 0
    #: indexes into ``Claims.clauses`` of the first clause and one past the last
    first_clause: int = 0
    end_clause: int = 0


@dataclass(eq=False, slots=True)
class Clause(Span):
    """A clause: a part of a sentence between ，；： (commas inside digits do not cut)."""

    index: int = 0
    sentence: Sentence | None = None
    #: the separator that ends the clause ("，", "；", "：", or "" at the end of the sentence)
    sep: str = ""


# sentence: a run without terminators, then the terminators and the closing quotes after them
_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』）)】]*)?|[。！？!?]+[”’」』）)】]*")
# clause separators inside a sentence: full-width ，；： ; ASCII ; ; ASCII , and : not between digits
_CLAUSE_SEP = re.compile(r"[，；：;]|,(?!\d)|(?<!\d):|:(?!\d)")
_SPACE = " \t\r\u3000\u00a0"


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` (leading/trailing blanks trimmed; blank runs dropped)."""
    out: list[Sentence] = []
    append = out.append
    para, last_end = 0, 0
    count = text.count
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        chunk = m.group()
        stripped = chunk.strip(_SPACE)
        if not stripped:
            continue
        if len(stripped) != len(chunk):
            s += len(chunk) - len(chunk.lstrip(_SPACE))
            e = s + len(stripped)
        if out and count("\n", last_end, s):
            para += 1
        append(Sentence(s, e, stripped, len(out), para))
        last_end = e
    return out


def split_clauses(sentences: Sequence[Sentence]) -> list[Clause]:
    """The clauses of every sentence, in order; each knows its sentence and the sentence knows
    the range of its clauses."""
    out: list[Clause] = []
    append = out.append
    finditer = _CLAUSE_SEP.finditer
    for sent in sentences:
        sent.first_clause = len(out)
        base, text = sent.start, sent.text
        pos = 0
        for m in finditer(text):
            a, b = m.span()
            if a > pos:
                append(Clause(base + pos, base + a, text[pos:a], len(out), sent, m.group()))
            pos = b
        if pos < len(text):
            append(Clause(base + pos, base + len(text), text[pos:], len(out), sent, ""))
        sent.end_clause = len(out)
    return out


# ---------------------------------------------------------------------------------------------
# figures in their statements
# ---------------------------------------------------------------------------------------------

#: roles of a figure in its statement
TOTAL, PART, SHARE, CHANGE, BEFORE, AFTER, AVERAGE, COUNT, LEVEL, RATE, MULTIPLE, RANGE = (
    "total", "part", "share", "change", "before", "after", "average", "count", "level", "rate",
    "multiple", "range")
#: roles of figures that may be added up (parts of a sum, wholes of 其中)
ADDITIVE_ROLES = frozenset((TOTAL, PART, COUNT, LEVEL))

_UNIT_ALIASES = {"千米": "公里", "平方千米": "平方公里", "％": "%"}
_COUNT_UNITS = frozenset(
    "个 家 所 项 名 人 户 座 台 辆 张 条 处 起 件 批 次 人次 只 头 套 间 列 期 类 种 村 镇 乡 县 支 位 幅 部 本 篇 场 届 宗 栋 株 棵 艘 架 匹 口 眼 份 床 亿人次 万人次".split())


@dataclass(eq=False, slots=True)
class Figure:
    """A measured figure in its statement."""

    q: "Quantity"
    index: int
    clause: Clause
    sentence: Sentence
    #: text of the clause from the previous measured figure (or the clause start) to the figure
    lead: str
    #: text after the figure to the next measured figure or the clause end
    trail: str
    role: str
    #: unit as compared (aliases folded: 千米 -> 公里); "%" for percentages
    unit: str
    #: what the figure counts or measures, as the text names it ("" when it cannot tell)
    measure: str = ""
    #: the place the figure is about (昭通市, 全市, 4县), or None
    subject: str | None = None
    #: True when ``subject`` is a named place (not 全市/我市/两县)
    named: bool = False
    #: the period the figure belongs to: "2023", "2023Q1", "2023H1", "2016-2020", "since2016",
    #: "last5y" ...; "" when neither the text nor the document says
    period: str = ""
    #: the statement is a target or forecast (预计, 力争, 目标 ...)
    plan: bool = False
    #: the figure is approximate (约, 多, 近, 超过, 左右 ...)
    approx: bool = False
    #: the marker word that gave the role (合计, 占比, 人均, 其中 ...) where there is one
    marker: str = ""
    #: the 其中/中/分别 group the figure is a part of
    group: "PartGroup | None" = None

    @property
    def start(self) -> int:
        return self.q.start

    @property
    def end(self) -> int:
        return self.q.end

    @property
    def text(self) -> str:
        return self.q.text

    @property
    def value(self) -> Decimal | None:
        return self.q.value

    @property
    def lo(self) -> Decimal:
        return self.q.lo

    @property
    def hi(self) -> Decimal:
        return self.q.hi

    @property
    def is_percent(self) -> bool:
        return self.unit in ("%", "‰", "个百分点")

    @property
    def additive(self) -> bool:
        """May be added to figures of the same unit: a level, count, total or part that is not a
        rate, price or average."""
        return self.role in ADDITIVE_ROLES and not self.non_additive

    non_additive: bool = False

    def __repr__(self) -> str:  # short, for test failures
        return f"Figure({self.text!r}, {self.role}, m={self.measure!r}, s={self.subject!r}, p={self.period!r})"


@dataclass(eq=False, slots=True)
class PartGroup:
    """Parts introduced by 其中 / X中， / 分别 and the wholes they may belong to."""

    marker: str
    start: int
    end: int
    #: candidate wholes before the marker, nearest first
    wholes: list[Figure]
    #: figures inside the reach of the marker, in order
    parts: list[Figure]
    reach_end: int
    #: for 分别: the items named before it (布拖县、美姑县、昭觉县)
    items: list[str] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class SumGroup:
    """A total stated after the items it sums (…、…，合计568公里 / 三项合计 / 共建成)."""

    total: Figure
    parts: list[Figure]
    marker: str
    #: the number of items the text says the total has (两项合计 -> 2), or None
    count: int | None
    #: the list may be incomplete (等 before the total): only a sum above the total is wrong
    open: bool = False


_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def small_number(s: str) -> int | None:
    """1–99 written as Arabic digits or simple Chinese numerals (两, 十二, 二十三)."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _CN_DIGITS.get(s)
    if len(s) == 2 and s[0] == "十":
        d = _CN_DIGITS.get(s[1])
        return 10 + d if d and d < 10 else None
    if len(s) == 2 and s[1] == "十":
        d = _CN_DIGITS.get(s[0])
        return d * 10 if d and d < 10 else None
    if len(s) == 3 and s[1] == "十":
        a, b = _CN_DIGITS.get(s[0]), _CN_DIGITS.get(s[2])
        return a * 10 + b if a and b and a < 10 and b < 10 else None
    return None


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_PLAN_YEARS = {"十一五": "2006-2010", "十二五": "2011-2015", "十三五": "2016-2020", "十四五": "2021-2025",
               "十五五": "2026-2030"}
_SUBPERIODS = {
    "一季度": "Q1", "第一季度": "Q1", "二季度": "Q2", "第二季度": "Q2", "三季度": "Q3", "第三季度": "Q3",
    "四季度": "Q4", "第四季度": "Q4", "上半年": "H1", "下半年": "H2", "前三季度": "Q1-3", "1—2月": "M1-2",
    "1-2月": "M1-2", "年初": "初", "年中": "H1",
}
_CN_NUM = "一二两三四五六七八九十"


class _Lex:
    """The claim model's patterns, built from the lexicons of one Knowledge."""

    def __init__(self, knowledge) -> None:
        w = knowledge.lexicon
        self.total_markers = w("claims-total-markers") or ("合计", "共计", "总计", "共")
        self.total_start = re.compile(
            r"^(?:以上|上述|这|各)?(?:[" + _CN_NUM + r"\d]{1,3}(?:项|者|类|个方面|部分|方面)?)?"
            r"(" + _alt(self.total_markers) + ")")
        self.total_any = re.compile(_alt(w("claims-total-words") or ("合计", "共计", "总计")))
        self.share = re.compile(_alt(w("claims-share-markers") or ("占比", "比重", "占")))
        self.average = re.compile(_alt(w("claims-average-markers") or ("人均", "户均", "平均")))
        verbs = w("claims-change-verbs") or ("增长", "下降")
        long_verbs = [v for v in verbs if len(v) > 1]
        self.change_end = re.compile(r"(?<!新)(?:" + _alt(long_verbs) + r")(?:了|为)?(?:约|近|超过|超)?$")
        self.change_cmp = re.compile(r"(?:比|较|同比|环比)[^，；。]{0,14}?(?:" + _alt(verbs) + r")了?(?:约|近|超过|超)?$")
        self.before_end = re.compile(r"(?:由|从)[^，；。]{0,24}$")
        self.compared_end = re.compile(r"(?:比|较|同)[^，；。]{0,12}的$")
        self.to_ahead = re.compile(r"^[^，；。]{0,14}?(?:到|至|为)")
        self.after_end = re.compile(r"(?:到|至)(?:\d{4}年[末底]?)?的?$")
        self.non_additive = re.compile(_alt(w("claims-non-additive") or ("率", "价", "均")))
        self.plan = re.compile(_alt(w("claims-plan-words") or ("预计", "目标", "力争")))
        self.plan_heading = re.compile(_alt(w("claims-plan-headings") or ("工作安排", "主要任务")))
        self.review_heading = re.compile(_alt(w("claims-review-headings") or ("回顾",)))
        self.average_exempt = re.compile(_alt(w("claims-average-exempt") or ("可支配收入",)))
        generic = w("claims-generic-subjects") or ("全市", "全县")
        suffixes = w("claims-place-suffixes") or ("省", "市", "县")
        self.not_places = frozenset(w("claims-not-places"))
        self.generic = frozenset(generic)
        self.subject = re.compile(
            r"(?P<g>" + _alt(generic) + r")"
            r"|(?P<n>[\d" + _CN_NUM + r"]{1,2}(?:县|市|区|州|地|省|镇|乡))(?![\u4e00-\u9fff]{0,1}[级长委])"
            r"|(?P<p>[\u4e00-\u9fff]{2}(?:" + _alt(suffixes) + r"))(?![场值面份级])")
        periods = w("claims-period-words") or ("全年", "年末")
        self.period = re.compile(
            r"[“\"]?(?P<plan>十[一二三四五]五)[”\"]?(?:期间|时期|以来|规划期)"
            r"|(?P<since>\d{4})年(?:底|末)?以来"
            r"|(?P<from>\d{4})年?(?:至|到|—|－|-|～|~)(?P<to>\d{4})年"
            r"|(?:过去|近)(?P<lastn>[\d" + _CN_NUM + r"]{1,2})年|(?P<lastm>[\d" + _CN_NUM + r"]{1,2})年(?:来|间|以来)"
            r"|(?P<year>\d{4})年(?:度)?(?P<ysub>" + _alt(periods) + r"|末|底|初)?"
            r"|(?P<word>" + _alt(periods) + r")")
        self.partitions = []
        for entry in knowledge.fact_table("share-partitions"):
            members = entry.get("members") or []
            if len(members) >= 2:
                words = {word: i for i, m in enumerate(members) for word in m}
                self.partitions.append((entry.get("name", ""), re.compile(_alt(words)), words))


_LEX_CACHE: dict[int, tuple[object, _Lex]] = {}


def lexicon_patterns(knowledge) -> _Lex:
    """The compiled patterns for ``knowledge`` (cached per Knowledge object)."""
    if knowledge is None:
        knowledge = _builtin_knowledge()
    hit = _LEX_CACHE.get(id(knowledge))
    if hit is not None and hit[0] is knowledge:
        return hit[1]
    lex = _Lex(knowledge)
    _LEX_CACHE[id(knowledge)] = (knowledge, lex)
    return lex


_BUILTIN: list = []


def _builtin_knowledge():
    if not _BUILTIN:
        from .packs import builtin_pack_folder, load_knowledge

        _BUILTIN.append(load_knowledge([builtin_pack_folder()]))
    return _BUILTIN[0]


def unit_key(q: "Quantity") -> str:
    if q.kind == "percent":
        u = q.unit or "%"
        return "%" if u in ("%", "％") else u
    return _UNIT_ALIASES.get(q.unit, q.unit)


def doc_year(text: str, year: int | None = None) -> int | None:
    """The year a text reports on: ``year`` when given; else the year in its title (first line)
    unless the title is a 工作报告, which reviews the year before its title year and plans that
    year, so that a figure without a period could belong to either."""
    if year:
        return year
    first = text[:300].lstrip().split("\n", 1)[0]
    m = re.search(r"((?:19|20)\d\d)年", first)
    if not m or "工作报告" in first:
        return None
    return int(m.group(1))


_NAME_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}$")
_MEASURE_CLEAN = re.compile(r"[\s“”‘’\"'（）()《》〈〉【】]")
_MEASURE_HEAD = re.compile(
    r"^(?:[、和及与]|以及|其中|合计|共计|总计|总共|一共|共有|共|累计|全年|全部|当年|初步核算|分别为|分别|"
    r"按[^，]{0,8}计算|完成|实现|其|另|还|也|并|达|为)+")
_MEASURE_TAIL = re.compile(
    r"(?:分别达到|分别为|分别|达到|达|为|是|完成|实现|突破|超过|超|有|约|近|接近|将近|增加到|提高到|上升到|扩大到|"
    r"下降到|降低到|减少到|缩小到|增长到|到|至|了|的|共|合计|共计|总计|累计)+$")
_TRAIL_NOUN = re.compile(
    r"^(?:多|余)?([\u4e00-\u9fff]{2,8}?)(?=全部|全|均|已|都|实现|达到|得到|获得|的|被|和|、|及|与|$)")


def _measure_of(lead: str, trail: str, q) -> str:
    m = _MEASURE_CLEAN.sub("", lead)
    m = _MEASURE_HEAD.sub("", m)
    m = _MEASURE_TAIL.sub("", m)
    if len(m) >= 2:
        return m[-16:]
    t = _TRAIL_NOUN.match(_MEASURE_CLEAN.sub("", trail))
    if t:
        return t.group(1)
    return q.measure or ""


class Claims:
    """The claim model of one text.

    ``sentences`` and ``clauses`` are computed at once; ``quantities`` (from the numeral engine)
    and ``figures`` (measured figures with role, measure, subject and period) only when first
    asked for.
    """

    def __init__(self, text: str, quantities_source=None, knowledge=None, year: int | None = None):
        self.text = text
        self._quantities_source = quantities_source
        self.knowledge = knowledge
        self.year = doc_year(text, year)
        self.sentences: list[Sentence] = split_sentences(text)
        self.clauses: list[Clause] = split_clauses(self.sentences)
        self._sent_starts = [s.start for s in self.sentences]
        self._clause_starts = [c.start for c in self.clauses]
        #: count subjects (两市, 4县) that stand for different places in this text
        self.ambiguous_subjects: set[str] = set()

    # -- quantities -----------------------------------------------------------------------------
    @cached_property
    def quantities(self) -> "list[Quantity]":
        """Every figure of the text (as the numeral engine returns them), in order."""
        src = self._quantities_source
        if src is None:
            from .numerals import extract

            return list(extract(self.text, self.knowledge))
        return list(src() if callable(src) else src)

    @cached_property
    def _q_starts(self) -> list[int]:
        return [q.start for q in self.quantities]

    def quantities_in(self, span: "Span | tuple[int, int]", measured_only: bool = False) -> "list[Quantity]":
        """The figures that start inside ``span`` (a Span or (start, end))."""
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        qs = self.quantities
        starts = self._q_starts
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        got = qs[i:j]
        if measured_only:
            got = [q for q in got if q.is_measured]
        return got

    # -- lookup ---------------------------------------------------------------------------------
    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._sent_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def clause_at(self, offset: int) -> Clause | None:
        i = bisect_right(self._clause_starts, offset) - 1
        if i >= 0 and offset < self.clauses[i].end:
            return self.clauses[i]
        return None

    def clauses_of(self, sentence: Sentence) -> list[Clause]:
        return self.clauses[sentence.first_clause:sentence.end_clause]

    # -- figures --------------------------------------------------------------------------------
    @cached_property
    def lex(self) -> _Lex:
        return lexicon_patterns(self.knowledge)

    @cached_property
    def figures(self) -> list[Figure]:
        """Every measured figure (number, money, percent, multiple, range) with its role, unit,
        measure, subject and period, in document order."""
        return self._build_figures()

    @cached_property
    def _f_starts(self) -> list[int]:
        return [f.q.start for f in self.figures]

    def figures_in(self, span: "Span | tuple[int, int]") -> list[Figure]:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        st = self._f_starts
        return self.figures[bisect_left(st, start):bisect_left(st, end)]

    def figure_at(self, offset: int) -> Figure | None:
        i = bisect_right(self._f_starts, offset) - 1
        if i >= 0 and offset < self.figures[i].end:
            return self.figures[i]
        return None

    def _mentions(self, pattern: re.Pattern) -> tuple[list[int], list[re.Match]]:
        ms = list(pattern.finditer(self.text))
        return [m.end() for m in ms], ms

    def _build_figures(self) -> list[Figure]:
        text, lex = self.text, self.lex
        qs = [q for q in self.quantities if q.is_measured]
        out: list[Figure] = []
        if not qs:
            return out
        subj_ends, subj_ms = self._mentions(lex.subject)
        # a count subject (两市, 4县) names different places where the text lists different
        # names before it (韶关、揭阳两市 … 湛江、云浮两市): then it is ambiguous
        lists: dict[str, set] = {}
        for m in subj_ms:
            if m.lastgroup == "n":
                pm = _NAME_LIST.search(text, max(0, m.start() - 24), m.start())
                if pm:
                    lists.setdefault(m.group(), set()).add(
                        tuple(x[-2:] for x in pm.group().split("、")))
        self.ambiguous_subjects = {k for k, v in lists.items() if len(v) > 1}
        per_ends, per_ms = self._mentions(lex.period)
        plan_ends, _ = self._mentions(lex.plan)
        clause_at, sentence_at = self.clause_at, self.sentence_at
        change_end, change_cmp, before_end = lex.change_end, lex.change_cmp, lex.before_end
        compared_end = lex.compared_end
        after_end, to_ahead, share_rx, avg_rx = lex.after_end, lex.to_ahead, lex.share, lex.average
        total_any, non_add = lex.total_any, lex.non_additive
        not_places, generic = lex.not_places, lex.generic
        para_start: dict[int, int] = {}
        for s in self.sentences:
            para_start.setdefault(s.paragraph, s.start)
        year = self.year
        plan_paras = self._plan_paragraphs()
        n = len(qs)
        prev_clause, prev_end = None, -1
        last_before_sentence = None
        for i, q in enumerate(qs):
            clause = clause_at(q.start)
            if clause is None:
                sent = sentence_at(q.start)
                if sent is None:
                    continue
                clause = Clause(q.start, q.end, q.text, -1, sent, "")
            sent = clause.sentence
            qstart = q.prefix_start if 0 <= q.prefix_start <= q.start else q.start
            lead_start = clause.start if clause is not prev_clause or prev_end < clause.start else prev_end
            lead = text[lead_start:max(lead_start, qstart)].rstrip()
            nxt = qs[i + 1].start if i + 1 < n else len(text)
            trail = text[q.end:min(nxt, clause.end)]
            prev_clause, prev_end = clause, q.end
            unit = unit_key(q)
            # -- role -------------------------------------------------------------------------
            marker = ""
            is_pct = unit in ("%", "‰", "个百分点")
            if q.kind == "range":
                role = RANGE
            elif (before_end.search(lead) and to_ahead.match(trail)) or compared_end.search(lead):
                role = BEFORE
                last_before_sentence = sent
            elif after_end.search(lead) and last_before_sentence is sent:
                role = AFTER
            elif change_end.search(lead) or change_cmp.search(lead):
                role = CHANGE
            elif is_pct:
                m = share_rx.search(lead)
                if m:
                    role, marker = SHARE, m.group()
                else:
                    role = RATE
            elif q.kind == "multiple" or unit == "倍":
                role = MULTIPLE
            else:
                m = avg_rx.search(lead)
                if m:
                    role, marker = AVERAGE, m.group()
                else:
                    m = total_any.search(lead)
                    if m:
                        role, marker = TOTAL, m.group()
                    elif unit in _COUNT_UNITS:
                        role = COUNT
                    else:
                        role = LEVEL
            # -- subject ----------------------------------------------------------------------
            subject, named = None, False
            j = bisect_right(subj_ends, qstart) - 1
            if j >= 0:
                m = subj_ms[j]
                floor = para_start.get(sent.paragraph, sent.start)
                # skip mentions that are not places (城市, 上市 ...)
                while j >= 0 and subj_ms[j].start() >= floor:
                    m = subj_ms[j]
                    g = m.lastgroup
                    val = m.group()
                    if g == "p":
                        if val[-2:] in generic:  # 末全市: the generic 全市
                            subject = val[-2:]
                            break
                        if val[-2:] in not_places or val in not_places or val[-3:] in not_places:
                            j -= 1
                            continue
                    subject, named = val, g == "p"
                    break
            # -- period -----------------------------------------------------------------------
            period = ""
            j = bisect_right(per_ends, qstart) - 1
            floor = para_start.get(sent.paragraph, sent.start)
            while j >= 0 and per_ms[j].start() >= floor:
                m = per_ms[j]
                ps = m.start()
                if ps > 0 and text[ps - 1] in "比较同与":
                    j -= 1
                    continue
                period = self._period_key(m, j, per_ms, sent, year)
                break
            if not period:
                period = str(year) if year else "doc"
            # -- measure ----------------------------------------------------------------------
            mlead = lead
            cut = lead_start
            k = bisect_right(subj_ends, qstart) - 1
            if k >= 0 and subj_ends[k] > cut:
                cut = subj_ends[k]
            k = bisect_right(per_ends, qstart) - 1
            if k >= 0 and per_ends[k] > cut:
                cut = per_ends[k]
            if cut != lead_start:
                mlead = text[cut:qstart] if cut < qstart else ""
            measure = _measure_of(mlead, trail, q)
            k = bisect_right(plan_ends, q.start) - 1
            plan = (k >= 0 and plan_ends[k] > sent.start) or sent.paragraph in plan_paras
            fig = Figure(q, len(out), clause, sent, lead, trail, role, unit, measure, subject, named,
                         period, plan, q.approx is not None, marker)
            fig.non_additive = bool(is_pct or unit == "倍" or "/" in unit or non_add.search(measure)
                                    or (role == AVERAGE))
            out.append(fig)
        return out

    def _plan_paragraphs(self) -> set[int]:
        """Paragraphs under a heading that announces plans (二、2025年工作安排, 主要任务) up to a
        heading that reviews (一、工作回顾)."""
        lex = self.lex
        out: set[int] = set()
        extent: dict[int, list[int]] = {}
        for sent in self.sentences:
            e = extent.get(sent.paragraph)
            if e is None:
                extent[sent.paragraph] = [sent.start, sent.end]
            else:
                e[1] = sent.end
        mode = False
        text = self.text
        for para in sorted(extent):
            a, b = extent[para]
            if b - a <= 40:
                head = text[a:b]
                if lex.plan_heading.search(head):
                    mode = True
                elif lex.review_heading.search(head):
                    mode = False
            if mode:
                out.add(para)
        return out

    def _period_key(self, m: re.Match, j: int, per_ms: list, sent: Sentence, year: int | None) -> str:
        g = m.groupdict()
        if g["plan"]:
            return _PLAN_YEARS.get(g["plan"], g["plan"])
        if g["since"]:
            return "since" + g["since"]
        if g["from"]:
            return f"{g['from']}-{g['to']}"
        if g["lastn"] or g["lastm"]:
            return f"last{g['lastn'] or g['lastm']}y"
        if g["year"]:
            sub = g["ysub"] or ""
            return g["year"] + _SUBPERIODS.get(sub, "")
        word = g["word"] or ""
        sub = _SUBPERIODS.get(word, "")
        # a period word inside the year: the year from an earlier mention in the sentence
        k = j - 1
        while k >= 0 and per_ms[k].start() >= sent.start:
            if per_ms[k].group("year"):
                y = int(per_ms[k].group("year"))
                return (str(y - 1) if word in ("上年", "去年", "上年末", "去年末") else str(y)) + sub
            k -= 1
        if word in ("上年", "去年", "上年末", "去年末"):
            return str(year - 1) if year else "prev"
        if word in ("今年", "本年"):
            return str(year) if year else "now"
        return (str(year) if year else "doc") + sub

    # -- groups ---------------------------------------------------------------------------------
    @cached_property
    def part_groups(self) -> list[PartGroup]:
        """其中 / …X中， / 分别 groups, in document order; parts get ``group`` set and those that
        are additive the role ``part``."""
        return self._build_part_groups()

    def _build_part_groups(self) -> list[PartGroup]:
        text = self.text
        figs = self.figures
        if not figs:
            return []
        out: list[PartGroup] = []
        starts = self._f_starts
        for m in re.finditer(r"其中|分别|中[，,：:]", text):
            marker = m.group()
            mstart = m.start()
            sent = self.sentence_at(mstart)
            if sent is None:
                continue
            if marker.startswith("中"):
                # "…8150人中，稳定就业的有6380人": the figure just before 中 is the whole
                k = bisect_left(starts, mstart) - 1
                if k < 0 or figs[k].end != mstart or figs[k].sentence is not sent:
                    continue
                wholes = [figs[k]]
                marker = "中"
            else:
                k = bisect_left(starts, mstart) - 1
                wholes = []
                while k >= 0 and figs[k].sentence is sent:
                    wholes.append(figs[k])
                    k -= 1
                if not wholes and marker == "其中" and k >= 0:
                    prev = figs[k].sentence
                    if prev.index == sent.index - 1 and prev.paragraph == sent.paragraph:
                        while k >= 0 and figs[k].sentence is prev:
                            wholes.append(figs[k])
                            k -= 1
            # reach
            after = text[m.end():m.end() + 1]
            if marker == "分别":
                clause = self.clause_at(mstart)
                reach_end = clause.end if clause else sent.end
                # the list of values can run over 、/和 only, which stay in one clause
            elif marker == "其中" and after in "，,：:":
                reach_end = sent.end
            else:
                semi = text.find("；", m.end(), sent.end)
                reach_end = semi if semi != -1 else sent.end
            # inside brackets (…其中一个是…), the reach ends with them
            head = text[sent.start:mstart]
            if head.count("（") + head.count("(") > head.count("）") + head.count(")"):
                close = min((x for x in (text.find("）", m.end(), sent.end), text.find(")", m.end(), sent.end))
                             if x != -1), default=reach_end)
                reach_end = min(reach_end, close)
            # a nested marker ends the reach
            nested = re.compile(r"其中|中[，,：:]").search(text, m.end(), reach_end)
            if nested:
                reach_end = nested.start() + (1 if nested.group().startswith("中") else 0)
            i0 = bisect_left(starts, m.end())
            i1 = bisect_left(starts, reach_end)
            parts = figs[i0:i1]
            if not parts:
                continue
            items: list[str] = []
            if marker == "分别":
                clause = self.clause_at(mstart)
                if clause is not None:
                    head = text[clause.start:mstart]
                    items = [x for x in re.split(r"、|和|及|以及|与", head) if x]
            g = PartGroup(marker, mstart, m.end(), wholes, parts, reach_end, items)
            out.append(g)
            for f in parts:
                if f.group is None:
                    f.group = g
                    if f.role in (LEVEL, COUNT) and marker != "分别":
                        f.role = PART
        return out

    @cached_property
    def sum_groups(self) -> list[SumGroup]:
        """Totals stated after the items they add up (…，合计568公里), with those items."""
        self.part_groups  # parts after 其中 must know their group first
        text, lex = self.text, self.lex
        out: list[SumGroup] = []
        figs = self.figures
        for f in figs:
            if f.approx or f.is_percent or f.q.kind == "range":
                continue
            clause = f.clause
            qstart = f.q.prefix_start if 0 <= f.q.prefix_start <= f.q.start else f.q.start
            head = text[clause.start:qstart]
            m = lex.total_start.match(head)
            if not m:
                continue
            # no other measured figure between the marker and the total
            k = f.index - 1
            if k >= 0 and figs[k].clause is clause and figs[k].end > clause.start + m.start(1):
                continue
            count = None
            cm = re.match(r"^(?:以上|上述|这|各)?([" + _CN_NUM + r"\d]{1,3})", head)
            if cm:
                count = small_number(cm.group(1))
            parts: list[Figure] = []
            open_list = False
            sent = f.sentence
            qizhong = self._markers_by_sentence.get(sent.index, ())
            # a list that ends with 等 is open
            prev_text = text[max(sent.start, clause.start - 3):clause.start]
            if "等" in prev_text:
                open_list = True
            k = f.index - 1
            while k >= 0:
                p = figs[k]
                if p.sentence is not sent:
                    break
                # the items of a sum run back to the previous total or the 其中 before them
                if p.role == TOTAL or any(p.end <= g < f.start for g in qizhong):
                    break
                if p.unit == f.unit and not p.approx and p.role in (LEVEL, COUNT, PART) and not p.non_additive:
                    parts.append(p)
                elif p.unit == f.unit and p.approx and p.role in (LEVEL, COUNT, PART):
                    parts = []
                    break
                k -= 1
            parts.reverse()
            if count is not None:
                if len(parts) < count:
                    continue
                parts = parts[-count:]
            if len(parts) < 2 and count is None:
                continue
            f.role = TOTAL
            f.marker = m.group(1)
            out.append(SumGroup(f, parts, m.group(1), count, open_list))
        return out

    @cached_property
    def _markers_by_sentence(self) -> dict[int, list[int]]:
        """Offsets of 其中 by sentence index."""
        out: dict[int, list[int]] = {}
        for g in self.part_groups:
            if g.marker == "其中":
                s = self.sentence_at(g.start)
                if s is not None:
                    out.setdefault(s.index, []).append(g.start)
        return out


def analyse(ctx: "Context") -> Claims:
    """The claim model of a document (``Context.claims`` calls this once and caches it)."""
    return Claims(ctx.document.text, lambda: ctx.quantities, ctx.knowledge, ctx.year)


def analyse_text(text: str, knowledge=None, quantities=None, year: int | None = None) -> Claims:
    """The claim model of a bare string (tests, tools): figures from ``quantities`` if given,
    else from the numeral engine."""
    return Claims(text, quantities, knowledge, year)
