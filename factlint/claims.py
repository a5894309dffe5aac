"""Stage 3 of the pipeline: the claim model of a text.

:func:`analyse` returns a :class:`Claims`.  Its ``figures`` are the measured figures of the text,
each with its sentence and clause, its role in its statement (total, part, share, change, before,
after, average, count, level, rate), its unit, and, worked out on first use, the measure it
counts, its subject (昭通市, 全市, 4县) and its period (2023, 2023Q1, 2016-2020, since2016),
carried over from earlier sentences of the paragraph.  ``part_groups`` are the reaches of 其中 /
…中， / 分别 with the wholes before them; ``sum_groups`` the totals stated after the items they
add up (…，合计568公里; 三县…，A、B、C分别为…).

Only the sentences that hold figures are split (each found by looking near its figures, with
``str.find``), so the cost is linear in the text and small; ``sentences`` and ``clauses`` (the
whole text) are built only when asked for.  Everything is computed once per document
(``Context.claims`` caches it) and shared by all rules.  Spans are offsets into
``document.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from decimal import Decimal
from typing import TYPE_CHECKING, Iterable

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
    """A sentence: text up to 。！？ (with the closing quotes/brackets after them) or a line
    break, blanks trimmed."""

    #: offset of the start of the paragraph (line) the sentence is in
    paragraph: int = 0
    _seps: "list[int] | None" = None
    _cache: "dict[int, Clause] | None" = None

    @property
    def seps(self) -> list[int]:
        """Offsets of the clause separators of the sentence (computed on first use)."""
        if self._seps is None:
            text, base = self.text, self.start
            if "," in text or ":" in text:
                self._seps = [m.start() + base for m in _CLAUSE_SEP_ASCII.finditer(text)]
                return self._seps
            # the pieces between the separators (one C split, by ， alone in most sentences): each
            # separator stands right after a piece
            if "；" in text or "：" in text or ";" in text:
                pieces = _CLAUSE_SEP.split(text)
            else:
                pieces = text.split("，")
            seps = []
            if len(pieces) > 1:
                append = seps.append
                at = base - 1
                for piece in pieces:
                    at += len(piece) + 1
                    append(at)
                seps.pop()  # (the end of the last piece is the end of the sentence)
            self._seps = seps
        return self._seps

    @property
    def clauses(self) -> "list[Clause]":
        """The clauses of the sentence, in order."""
        out = []
        pos = self.start
        for i, sep in enumerate(self.seps + [self.end]):
            if sep > pos:
                out.append(self._clause(pos, sep, i))
            pos = sep + 1
        return out

    def clause_at(self, offset: int) -> "Clause | None":
        """The clause of this sentence that holds ``offset`` (None on a separator)."""
        seps = self.seps
        i = bisect_right(seps, offset)
        if i and seps[i - 1] == offset:
            return None
        start = seps[i - 1] + 1 if i else self.start
        end = seps[i] if i < len(seps) else self.end
        if not start <= offset < end:
            return None
        return self._clause(start, end, i)

    def _clause(self, start: int, end: int, i: int) -> "Clause":
        cache = self._cache
        if cache is None:
            cache = self._cache = {}
        got = cache.get(start)
        if got is None:
            s0 = self.start
            sep = self.text[end - s0] if end < self.end else ""
            got = cache[start] = Clause(start, end, self.text[start - s0:end - s0], i, self, sep)
        return got


@dataclass(eq=False, slots=True)
class Clause(Span):
    """A clause: a part of a sentence between ，；： (commas and colons between digits do not
    cut)."""

    #: position of the clause in its sentence: the number of separators before it
    index: int = 0
    sentence: Sentence | None = None
    #: the separator that ends the clause ("，", "；", "：", or "" at the end of the sentence)
    sep: str = ""


_TERMINATORS = "。！？!?"
_CLOSERS = "”’」』）)】"
_SPACE = " \t\r\u3000\u00a0"
# the end of a sentence: terminators and the closing quotes after them, or a line break
_SENT_END = re.compile(r"[。！？!?]+[”’」』）)】]*|\n")
#: the terminators and closing quotes that end a sentence, from its first terminator on
_SENT_TAIL = re.compile(r"[。！？!?]*[”’」』）)】]*")
#: the characters _SENT_TAIL takes after a terminator (a set: "" is not in it)
_TAIL_CHARS = frozenset("。！？!?”’」』）)】")
# clause separators inside a sentence: full-width ，；：, ASCII ; and , : not between digits
_CLAUSE_SEP = re.compile(r"[，；：;]")
_CLAUSE_SEP_ASCII = re.compile(r"[，；：;]|,(?!\d)|(?<!\d):|:(?!\d)")


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` (blanks trimmed; blank runs dropped)."""
    return _Splitter(*_guard_lines(text)).all()


#: the longest run of a line the claim model reads as one sentence (real sentences, even in long
#: paragraphs, stay under about 900 characters); a longer run with no 。！？ is cut
MAX_SENTENCE = 1000
_SOFT_BREAKS = "；;，,、 \t\u3000"


def _guard(text: str) -> str:
    """``text`` with a line break put in place of one character wherever a line runs longer than
    :data:`MAX_SENTENCE` without a sentence end (a 1 MB line of digits, 100,000 items joined by 、):
    at the last ；，、 or space of the window, else right at its end.  The work of the claim model
    per figure grows with the length of its sentence and paragraph, so this keeps its cost
    linear in the text.  Same length as ``text``; ordinary text comes back unchanged."""
    return _guard_lines(text)[0]


_LINE_BREAK = re.compile("\n")


def _line_breaks(text: str) -> list[int]:
    """Offsets of the line breaks of ``text``.  (A search for one literal character runs at C
    speed; ``str.find("\n")`` is slower here, as the byte it looks for first in a Chinese text
    is that of 上, U+4E0A, and of other common characters.)"""
    return [m.start() for m in _LINE_BREAK.finditer(text)]


def _guard_lines(text: str) -> tuple[str, list[int] | None]:
    """:func:`_guard` of ``text``, and the offsets of its line breaks when it already found them
    (None for a short text): the splitter needs them too, so they are looked for only once."""
    n = len(text)
    if n <= MAX_SENTENCE:
        return text, None
    cuts: list[int] = []
    rfind = text.rfind
    lines = _line_breaks(text)
    # (the common case: no line is longer than MAX_SENTENCE; the test runs over all the lines in
    # one comprehension, and the loop below looks only at the long ones)
    ends = lines + [n]
    long = [(a + 1, b) for a, b in zip([-1] + lines, ends) if b - a > MAX_SENTENCE + 1]
    for start, end in long:
        p = start
        while end - p > MAX_SENTENCE:
            w = p + MAX_SENTENCE
            stop = max(rfind(c, p, w) for c in _TERMINATORS)
            if stop != -1:
                p = stop + 1
                continue
            x = max(rfind(c, p + MAX_SENTENCE // 2, w) for c in _SOFT_BREAKS)
            x = w if x == -1 else x
            cuts.append(x)
            p = x + 1
    if not cuts:
        return text, lines
    parts, pos = [], 0
    for x in cuts:
        parts.append(text[pos:x])
        parts.append("\n")
        pos = x + 1
    parts.append(text[pos:])
    return "".join(parts), None


class _Splitter:
    """Finds the sentence around an offset by looking only near it (figures are sparse, so the
    claim model never splits text it does not need), or all sentences in one pass; both give the
    same Sentence objects."""

    def __init__(self, text: str, lines: list[int] | None = None):
        """``lines``: the offsets of the line breaks of ``text`` when known."""
        self.text = text
        self.cache: dict[int, Sentence] = {}
        self._known_lines = lines
        self._lines: list[int] | None = None
        #: the line breaks and then the end of the text (no bound check after a bisect)
        self._ends: list[int] | None = None
        self._rare: list[int] | None = None
        #: the rare terminators and then the end of the text (as ``_ends``)
        self._rare_ends: list[int] | None = None

    def _breaks(self) -> tuple[list[int], list[int]]:
        """Offsets of line breaks, and of the rare terminators ！？!? (a find loop: C speed)."""
        if self._lines is None:
            text = self.text
            find = text.find
            lines = self._known_lines
            if lines is None:
                lines = _line_breaks(text)
            rare = []
            for c in "！？!?":
                i = find(c)
                while i != -1:
                    rare.append(i)
                    i = find(c, i + 1)
            rare.sort()
            self._lines, self._rare = lines, rare
            self._ends = lines + [len(text)]
            self._rare_ends = rare + [len(text)]
        return self._lines, self._rare

    def paragraph_of(self, pos: int) -> int:
        lines, _ = self._breaks()
        j = bisect_left(lines, pos) - 1
        return lines[j] + 1 if j >= 0 else 0

    def _make(self, s: int, e: int) -> Sentence | None:
        text = self.text
        while s < e and text[s] in _SPACE:
            s += 1
        while e > s and text[e - 1] in _SPACE:
            e -= 1
        if s >= e:
            return None
        got = self.cache.get(s)
        if got is None:
            got = Sentence(s, e, text[s:e], self.paragraph_of(s))
            self.cache[s] = got
        return got

    def around(self, pos: int) -> Sentence | None:
        text = self.text
        if text[pos] == "\n":
            return None
        ends, rare = self._ends, self._rare_ends
        if ends is None:
            self._breaks()
            ends, rare = self._ends, self._rare_ends
        # (text[pos] is no line break, so ends[j - 1] < pos < ends[j], ends being the line breaks
        # and then the end of the text; rare[k] is the first rare terminator at or after pos, or
        # the end of the text: one bisect each serves both ends)
        j = bisect_left(ends, pos)
        line = ends[j - 1] if j else -1
        line_end = ends[j]
        k = bisect_left(rare, pos)
        b = rare[k - 1] if k and rare[k - 1] > line else line
        x = text.rfind("。", b + 1, pos)
        if x > b:
            b = x
        s = b + 1
        if b != line and text[s] in _CLOSERS:  # (b is a terminator: closers after it are its)
            while s <= pos and text[s] in _CLOSERS:
                s += 1
            if s > pos:  # pos is on the closing quote of the sentence before
                return self.around(b)
        # the end: the first 。, rare terminator or line break after pos (str.find is C speed)
        e = text.find("。", pos, line_end)
        if e == -1:
            e = line_end
        if rare[k] < e:
            e = rare[k]
        if e < line_end:
            # a terminator: the sentence takes it, and the others and closers after it (most
            # often there are none: one look at the next character spares the match)
            if text[e + 1:e + 2] in _TAIL_CHARS:
                e = _SENT_TAIL.match(text, e).end()
            else:
                e += 1
        else:  # (a line break: blanks before it are trimmed; a terminator is no blank)
            while e > s and text[e - 1] in _SPACE:
                e -= 1
        # (as _make, with the paragraph known: line < s < e <= line_end)
        while s < e and text[s] in _SPACE:
            s += 1
        if s >= e:
            return None
        sent = self.cache.get(s)
        if sent is None:
            sent = self.cache[s] = Sentence(s, e, text[s:e], line + 1)
        if not (s <= pos < e):
            return None
        return sent

    def all(self) -> list[Sentence]:
        out = []
        pos = 0
        for m in _SENT_END.finditer(self.text):
            e = m.start() if m.group() == "\n" else m.end()
            sent = self._make(pos, e)
            if sent is not None:
                out.append(sent)
            pos = m.end()
        sent = self._make(pos, len(self.text))
        if sent is not None:
            out.append(sent)
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
#: the markers of a per-head statistic (居民人均可支配收入, 户均存款): averages of one population, which
#: add up to a per-head total as levels do when the marker is part of each one's measure
PER_HEAD = ("人均", "户均")

_UNIT_ALIASES = {"千米": "公里", "平方千米": "平方公里", "％": "%", "名": "人"}
_PERCENT_UNITS = ("%", "‰", "个百分点")
#: the kinds of the figures the claim model reads (``Quantity.is_measured``)
_MEASURED_KINDS = frozenset(("number", "money", "percent", "multiple", "range"))
_COUNT_UNITS = frozenset(
    "个 家 所 项 名 人 户 座 台 辆 张 条 处 起 件 批 次 人次 只 头 套 间 列 期 类 种 村 镇 乡 县 支 位 幅 部 本 篇 场 届 宗 栋 株 棵 艘 架 匹 口 眼 份 床 亿人次 万人次".split())


_LIST_JOIN = frozenset(("、", "和", "及", "与", "、和"))


def _share_list_units(figs: list["Figure"], text: str, unitless: list[int]) -> None:
    """Figures of one list that write the unit only once, after the last (分别接待28.6万、17.3万和
    9.8万人次): a figure that ends with 万/亿 and has no unit, joined by 、/和/及/与 to the next
    figure of the list, takes the unit of the figure that carries it.  ``unitless``: the indices,
    in order, of the figures without a unit (the others never take one), looked at from the last
    so that a unit passes back along the list."""
    last = len(figs) - 1
    for i in reversed(unitless):
        if i == last:
            continue
        f, g = figs[i], figs[i + 1]
        q = f.q
        if f.unit or q.kind != "number" or not q.magnitude or q.text[-1:] not in ("万", "亿") \
                or not g.unit or g.unit in ("%", "‰", "个百分点", "倍") or g.q.kind not in ("number", "money") \
                or g.sentence is not f.sentence or g.role not in (LEVEL, COUNT) or f.role != LEVEL:
            continue
        if text[q.end:g.q.start].strip() not in _LIST_JOIN:
            continue
        f.unit = g.unit
        f.role = g.role


#: verbs of a plan that name all of what it builds on, right before a count (依托全县184个…, 发挥全县
#: 1268家…的作用; not 整合148个…, some of them)
_PLAN_BASE = re.compile(r"(?:依托|发挥|用好|利用|借助)(?:好)?(?:全[省市县区]|[我本][省市县区])(?:现有的?|已建成的?)?$")
def _parallel_pair(first, last, wholes) -> bool:
    """Two parts after 其中 named in parallel, in words the whole holds: as long and ending alike
    (结婚登记, 离婚登记), or holding the word inside a longer name (赔款与给付支出41.27亿元，其中财产险
    赔款…，人身险赔款与给付…); 政府性基金收入 after 税收收入 is a sibling of the whole."""
    name = first.lead.strip().removeprefix("其中").lstrip("，,：: ")
    two = name[-2:]
    lname = last.lead.strip()
    if len(two) == 2 and lname.endswith(two) and any(
            w.unit == first.unit and w.measure.endswith(two) and len(_pairs_of(lname[:-2]) & _pairs_of(w.measure[:-2])) >= 2
            for w in wholes):
        # (医疗卫生机构实有床位2.41万张，其中医院床位1.98万张，基层医疗卫生机构床位5120张: a kind of the
        # whole named in the whole's own words, 医疗卫生机构, whatever its length)
        return True
    if len(two) == 2 and len(_common_end(name, lname)) >= 4 and any(
            w.unit == first.unit and w.measure.endswith(two) for w in wholes):
        # (政府性基金预算支出35.72亿元，其中国有土地使用权出让收入安排的支出…，专项债券安排的支出…: named
        # alike in four characters or more, whatever their lengths)
        return True
    return len(two) == 2 and (lname.endswith(two) and len(lname) == len(name)
                              or two in lname and not lname.endswith(two) and len(name) <= len(lname) <= len(name) + 3) \
        and any(w.unit == first.unit and two in w.measure for w in wholes)


def _common_end(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:]


def _pairs_of(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


#: the base of a plan after a figure, its noun between (…14个市级夜间经济集聚区的基础上)
#: the verbs of a plan between a measure and the 在 of its base (全社会用电量将在…的基础上)
_BASE_VERBS = re.compile(r"(?:将|要|拟|力争|预计|有望|可望|计划|争取)+$")
_ON_THE_BASE = re.compile(r"[\u4e00-\u9fff]{0,12}?的?基础上")
#: what says a list of values goes on (等, 其余, 另有, 其他, 此外)
_LIST_GOES_ON = re.compile(r"[^。；;]*?(?:等|其余|另有|其他|此外|以及)")
#: 分别为 / 分别是 / 依次为 opening the values given respectively
_RESPECTIVE_OPEN = re.compile(r"^(?:分别|依次)(?:为|是)?")
#: a clause after a list of parts that names the rest of the whole (，其余由运营企业自筹)
_REST_SAID = re.compile(r"[，,](?:其余|剩余|余下)")
#: a sentence that opens with the dimension its figures are split by (按用途分，/ 分行业看，/ 从构成看，)
_DIMENSION_OPEN = re.compile(r"(?:按[\u4e00-\u9fff]{1,8}分|分[\u4e00-\u9fff]{1,6}看|从[\u4e00-\u9fff]{1,6}看)[，,：:]")
#: a clause that ranks a share and gives it in the next (占比最高，达19.8%): the share word, the rank
_SHARE_RANKED = re.compile(r"(?:占比|比重|份额)(?:最高|最大|居首|第一|较高|较大)[，,]$")
#: the whole lead of a figure that clause is given with
_REACH_VERBS = frozenset(("达", "达到", "为", "是"))
#: units of times counted that a measure's name may end with (总诊疗人次2568.4万)
_NAMED_UNITS = ("人次", "架次", "车次", "艘次", "班次", "件次")
#: units of a level that names a class of things (35千伏及以上线路, 110千伏线路): never added up
_LEVEL_UNITS = frozenset(("千伏", "伏", "kV", "KV"))


def _measure_units(figs: list["Figure"], unitless: list[int]) -> None:
    """A figure written with 万/亿 and no unit right after a name that ends with a unit of times
    counted (总诊疗人次2568.4万, 旅客发送人次1.2亿) is in that unit."""
    for i in unitless:
        f = figs[i]
        q = f.q
        if f.unit or q.kind != "number" or not q.magnitude or q.text[-1:] not in ("万", "亿") or f.role != LEVEL:
            continue
        lead = f.lead
        u = next((u for u in _NAMED_UNITS if lead.endswith(u)), None)
        if u is not None and len(lead) > len(u):
            f.unit = u


#: a clause that opens with a verb states an effect, not one more part (带动消费2214万人次)
_VERB_PHRASE = re.compile(r"带动|拉动|实现|完成|新增|接待|创造|带来|吸引|达到|增加|减少|提供|吸纳|安置|发放")


#: a price of a deal after 最低/最高 (最低收购价, 最高销售价)
_DEAL_PRICE = re.compile(r"[\u4e00-\u9fff]{0,2}[购售]价")


def _names_a_rate(words: re.Pattern, measure: str, counted: bool = False, money: bool = True) -> bool:
    """The measure holds a word of a rate, price or average (lexicon ``claims-non-additive``), not
    inside a noun: the 率 of 功率 (大功率超充桩312个 counts chargers) unless it ends the measure.
    A figure ``counted`` in items (个, 项, 家) counts the noun the word is inside of, wherever it
    is not the measure's end: 调整医疗服务价格项目136项 counts items, 增长率超过10%的企业128家 firms.
    收购价, 销售价 name a price only of a sum of ``money`` (收购价 before 7.05万吨 names how it was
    bought; 评价 before 得分 is still no sum)."""
    for m in words.finditer(measure):
        if m.lastgroup == "amount":
            continue  # 物资折价563.9万元: an amount, though named with 价
        if not money and (m.group() == "价" and measure[m.start() - 1:m.start()] in ("购", "售")
                          or m.group() in ("最低", "最高") and _DEAL_PRICE.match(measure, m.end())):
            continue  # 按最低收购价政策收购7.05万吨: a quantity bought at a price, not a price (not 评价得分)
        if m.end() < len(measure) and (counted or (m.group() == "率" and m.start() and measure[m.start() - 1] == "功")):
            continue
        return True
    return False


def _strip_aside(s: str) -> str:
    """``s`` without spaces, punctuation and asides in brackets (执业（助理）医师 → 执业医师)."""
    return _ASIDE.sub("", s).strip(" ，,：:")


def _qizhong_list_units(figs: list["Figure"], text: str, unitless: list[int]) -> None:
    """A list after 其中 whose figures write neither unit (卫生技术人员3.86万人，其中医师1.52万、护士
    1.78万、药师0.63万): each 万/亿 figure without a unit takes the unit of the whole before 其中,
    when every figure of the list is written so."""
    done: set[int] = set()
    for i in unitless:
        if i in done or i == 0:
            continue
        f = figs[i]
        sent = f.sentence
        k = text.rfind("其中", sent.start, f.q.start)
        w = figs[i - 1]
        if k < 0 or w.sentence is not sent or w.end > k or not w.unit or w.unit in _PERCENT_UNITS \
                or w.role not in (LEVEL, COUNT, TOTAL) or not w.q.magnitude:
            continue
        run = [i]
        j = i + 1
        while j < len(figs) and figs[j].sentence is sent \
                and text[figs[j - 1].q.end:figs[j].q.start].lstrip()[:1] in ("、", "和", "及", "与"):
            run.append(j)
            j += 1
        if len(run) < 2 or any(figs[x].unit or figs[x].q.kind != "number" or not figs[x].q.magnitude
                               or figs[x].role != LEVEL for x in run):
            continue
        for x in run:
            figs[x].unit = w.unit
            figs[x].role = COUNT if w.unit in _COUNT_UNITS else LEVEL
            done.add(x)


class Figure:
    """A measured figure in its statement.

    ``role``, ``unit``, ``lead`` and ``trail`` are set when the model is built; ``measure``,
    ``subject``, ``period``, ``plan`` and ``non_additive`` are worked out on first use (most
    figures never need them).
    """

    __slots__ = ("q", "index", "_clause", "_cspan", "sentence", "lead", "trail", "role", "unit", "approx", "marker",
                 "group", "_claims", "_lead_start", "_measure", "_subject", "_named", "_period", "_plan",
                 "_non_additive")

    def __init__(self, q: "Quantity", index: int, cspan: tuple[int, int, int], sentence: Sentence, lead: str,
                 trail: str, role: str, unit: str, approx: bool = False, marker: str = "",
                 claims: "Claims | None" = None, lead_start: int = -1):
        self.q = q
        self.index = index
        #: (start, end, position) of the clause the figure is in; ``clause`` makes the object
        self._cspan = cspan
        self._clause = None
        #: the sentence the figure is in
        self.sentence = sentence
        #: text of the clause from the previous measured figure (or the clause start) to the figure
        self.lead = lead
        #: text after the figure to the next measured figure or the clause end
        self.trail = trail
        #: the figure's role in its statement: total, part, share, change, before, after,
        #: average, count, level, rate, multiple, range
        self.role = role
        #: unit as compared (aliases folded: 千米 -> 公里); "%" for percentages
        self.unit = unit
        #: the figure is approximate (约, 多, 近, 超过, 左右 ...)
        self.approx = approx
        #: the marker word that gave the role (合计, 占比, 人均 ...) where there is one
        self.marker = marker
        #: the 其中/中/分别 group the figure is a part of
        self.group: PartGroup | None = None
        self._claims = claims
        self._lead_start = lead_start
        self._measure = self._subject = self._period = self._plan = self._non_additive = None
        self._named = False

    @property
    def clause(self) -> Clause:
        """The clause the figure is in."""
        if self._clause is None:
            a, b, i = self._cspan
            self._clause = self.sentence._clause(a, b, i)
        return self._clause

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
    def measure(self) -> str:
        """What the figure counts or measures, as the text names it ("" when it cannot tell)."""
        if self._measure is None:
            self._measure = self._claims._measure_of(self) if self._claims else (self.q.measure or "")
        return self._measure

    @property
    def subject(self) -> str | None:
        """The place the figure is about (昭通市, 全市, 4县): the last one named before it in its
        paragraph; None when none is."""
        if self._subject is None:
            self._subject, self._named = self._claims._subject_of(self) if self._claims else ("", False)
        return self._subject or None

    @property
    def named(self) -> bool:
        """``subject`` is a named place (not 全市/我市/两县)."""
        self.subject
        return self._named

    @property
    def period(self) -> str:
        """The period the figure belongs to: "2023", "2023Q1", "2016-2020", "since2016",
        "last5y" ...; "doc" (or the document's year) when the text does not say."""
        if self._period is None:
            self._period = self._claims._period_of(self) if self._claims else "doc"
        return self._period

    @property
    def plan(self) -> bool:
        """The statement is a target or forecast (预计, 力争, 目标; a plan section)."""
        if self._plan is None:
            self._plan = self._claims._plan_of(self) if self._claims else False
        return self._plan

    @property
    def non_additive(self) -> bool:
        """A rate, price, average, multiple or index: never a part of a sum."""
        if self._non_additive is None:
            self._non_additive = bool(self.is_percent or self.unit == "倍" or "/" in self.unit
                                      or self.unit in _LEVEL_UNITS
                                      or self.role == AVERAGE
                                      or (self._claims and _names_a_rate(self._claims.lex.non_additive, self.measure,
                                                                         self.unit in _COUNT_UNITS,
                                                                         self.q.kind == "money")))
        return self._non_additive

    @non_additive.setter
    def non_additive(self, value: bool) -> None:
        self._non_additive = value

    @property
    def additive(self) -> bool:
        """May be added to figures of the same unit: a level, count, total or part that is not a
        rate, price or average."""
        return self.role in ADDITIVE_ROLES and not self.non_additive

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
    #: where the parts that may be added up end: the end of the 其中 clause when 其中 runs on
    #: inline (其中高速公路3.3万公里，新建机场33个: the next clause is not a part), else reach_end
    sum_end: int = 0

    @property
    def summable(self) -> "list[Figure]":
        """The parts that may be added up and compared with the whole."""
        end = self.sum_end or self.reach_end
        return [p for p in self.parts if p.start < end]


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


def _wholes_for_parts(parts: "list[Figure]") -> "list[Figure] | None":
    """The items of a total when some are parts after 中/其中 of a whole stated before them and
    others are not (需征收的1280户中，已签约1216户…；其余2195户…，两部分合计3475户): each such part
    stands for its whole (1280, not 1216); None when the whole is not in the sentence.  Items that
    are all parts of one group stay as they are (…，其中A30亿元、B70亿元，合计100亿元)."""
    groups = {id(p.group) for p in parts if p.group is not None and p.group.marker in ("中", "其中")}
    if not groups or all(p.group is not None and id(p.group) in groups for p in parts):
        return parts
    out: list[Figure] = []
    for p in parts:
        if p.group is None or id(p.group) not in groups:
            out.append(p)
            continue
        w = next((w for w in p.group.wholes if w.unit == p.unit and w.sentence is p.sentence), None)
        if w is None:
            return None
        if all(w is not x for x in out):
            out.append(w)
    return out


def _other_units_between(figs: "list[Figure]", whole: "Figure", first: "Figure") -> bool:
    """Every figure between ``whole`` and ``first`` is of another unit than theirs, and there is one."""
    between = figs[whole.index + 1:first.index]
    return bool(between) and all(f.unit != first.unit for f in between)


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
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_PLAN_YEARS = {"十一五": "2006-2010", "十二五": "2011-2015", "十三五": "2016-2020", "十四五": "2021-2025",
               "十五五": "2026-2030"}
_SUBPERIODS = {
    "一季度": "Q1", "第一季度": "Q1", "二季度": "Q2", "第二季度": "Q2", "三季度": "Q3", "第三季度": "Q3",
    "四季度": "Q4", "第四季度": "Q4", "上半年": "H1", "下半年": "H2", "前三季度": "Q1-3", "1—2月": "M1-2",
    "1-2月": "M1-2", "年初": "初", "年中": "H1",
}
_CN_NUM = "一二两三四五六七八九十"
#: what may stand before the count of the items a total sums (上述三大市场, 对上述三大市场出口: 对 opens
#: the items a verb is said of)
_ITEMS_BEFORE_COUNT = "对?(?:以上|上述|这|各)?"


class _Lex:
    """The claim model's patterns, built from the lexicons of one Knowledge."""

    def __init__(self, knowledge) -> None:
        w = knowledge.lexicon
        self.total_markers = w("claims-total-markers") or ("合计", "共计", "总计", "共")
        #: measures whose name ends with another's (进出口 and 出口): see ``sum_groups`` (the lexicon
        #: share-mismatch reads for the same knowledge)
        self.compound_measures = tuple(w("share-compound-ends") or ())
        #: markers that sum only values given respectively (…分别为A、B和C，累计/总额D)
        self.total_respective = frozenset(w("claims-total-respective-markers"))
        count_nouns = w("claims-total-count-nouns") or ("项", "者", "类", "个方面", "部分", "方面")
        markers = tuple(self.total_markers) + tuple(self.total_respective)
        self.total_start = re.compile(
            r"^(?:以上|上述|这|各)?(?:[" + _CN_NUM + r"\d]{1,3}(?:" + _alt(count_nouns) + r")?)?"
            r"(" + _alt(markers) + ")")
        #: a count and a one-character noun of the items (站, 县, 地) before the marker, the figure
        #: right after it (两站合计7.7万人次; not 两站合计日均发送…, a measure the items need not share)
        self.total_noun_start = re.compile(
            "^" + _ITEMS_BEFORE_COUNT + "[" + _CN_NUM + r"\d]{1,3}[\u4e00-\u9fff](" + _alt(markers) + r")\s*$")
        #: a count and what it counts named before a two-character marker (三类文化场馆总计49个):
        #: the marker must then stand right before the figure (see ``sum_groups``)
        self.total_named_start = re.compile(
            "^(?:" + _ITEMS_BEFORE_COUNT + "[" + _CN_NUM + r"\d]{1,3}(?:" + _alt(count_nouns) + r")|各级各类|各类|所有)"
            r"[\u4e00-\u9fff]{1,10}?(" + _alt(tuple(m for m in markers if len(m) > 1)) + ")")
        #: the same with a one-character marker (三大交通枢纽共…): see ``sum_groups``
        self.total_named_one = re.compile(
            "^" + _ITEMS_BEFORE_COUNT + "[" + _CN_NUM + r"\d]{1,3}(?:" + _alt(count_nouns) + r")"
            r"[\u4e00-\u9fff]{1,6}?(" + _alt(tuple(m for m in markers if len(m) == 1)) + ")")
        #: the characters a clause that opens with a total can start with
        # (对 opens a count of the items a verb is said of: 对上述三大市场出口共计…)
        self.total_first = frozenset("以上这各对" + _CN_NUM + "0123456789"
                                     + "".join(w[0] for w in tuple(self.total_markers) + tuple(self.total_respective)))
        total_words = w("claims-total-words") or ("合计", "共计", "总计")
        self.total_any = re.compile(_alt(total_words))
        self.share = re.compile(_alt(w("claims-share-markers") or ("占比", "比重", "占")))
        self.average_words = tuple(w("claims-average-markers") or ("人均", "户均", "平均"))
        self.average = re.compile(_alt(self.average_words))
        #: counts named with 平均 that are no averages of figures beside them (平均从业人员, the year's
        #: mean number of employees): a count, to divide by
        counts = w("claims-average-counts")
        self.average_counts = re.compile(_alt(counts) + "$") if counts else None
        #: a word of ``average`` or ``total_any``: one search that finds neither spares the two
        #: (literal words: this matches somewhere exactly when one of the two does)
        self.average_or_total = re.compile(_alt(tuple(self.average_words) + tuple(total_words)))
        verbs = w("claims-change-verbs") or ("增长", "下降")
        long_verbs = [v for v in verbs if len(v) > 1]
        #: (新增, 改造提升: an amount of work, not a change)
        self.change_end = re.compile(r"(?<!新)(?<!改造)(?:" + _alt(long_verbs) + r")(?:了|为)?(?:约|近|超过|超)?$")
        #: the characters a text that ``change_end`` finds ends with (a set look-up before the
        #: search, which tries every position of the lead; None: no verb, it finds every text)
        self.change_last = frozenset([v[-1] for v in long_verbs] + list("了为约近过超")) if long_verbs else None
        #: how far from the end of a text a match of ``change_end`` can start (it ends at the end:
        #: the longest verb, 了/为 and 超过); searching from there finds what searching the whole
        #: text would (its look-behinds still see the characters before)
        self.change_reach = max(map(len, long_verbs), default=0) + 3
        self.change_cmp = re.compile(r"(?:比|较|同比|环比)[^，；。]{0,14}?(?:" + _alt(verbs) + r")了?(?:约|近|超过|超)?$")
        self.before_end = re.compile(r"(?:由|从)[^，；。]{0,24}$")
        self.compared_end = re.compile(r"(?:比|较|同)[^，；。]{0,12}的$")
        self.to_ahead = re.compile(r"^[^，；。]{0,14}?(?:到|至|为)")
        self.after_end = re.compile(r"(?:到|至)(?:\d{4}年[末底]?)?的?$")
        # (the amounts named with a price word come first and are passed over: 物资折价, 工程造价)
        amounts = _alt(w("claims-additive-amounts"))
        self.non_additive = re.compile((f"(?P<amount>{amounts})|" if amounts else "")
                                       + f"(?:{_alt(w('claims-non-additive') or ('率', '价', '均'))})")
        #: endings of a named total (奖牌总数共计: 奖牌), the lexicon share-mismatch reads too
        suffixes = _alt(w("share-total-suffixes") or ("总数", "总量", "总额"))
        self.total_suffix = re.compile(f"(?:{suffixes})$")
        #: a total named by the kind its items end with (奖牌总数共计, 学校共计): the kind, then the marker
        self.kind_total = re.compile(rf"^[\u4e00-\u9fff]{{1,6}}?(?:{suffixes})?(合计|共计|总计)$")
        self.plan = re.compile(_alt(w("claims-plan-words") or ("预计", "目标", "力争")))
        #: 将 and its object, then a verb that makes 将 mean 把 (将灵活就业人员纳入…): no future
        disposal = _alt(w("claims-disposal-verbs"))
        self.disposal = re.compile(f"[^，,。；;：:！？!?\n]{{1,16}}?(?:{disposal})") if disposal else None
        self.plan_heading = re.compile(_alt(w("claims-plan-headings") or ("工作安排", "主要任务")))
        self.review_heading = re.compile(_alt(w("claims-review-headings") or ("回顾",)))
        #: a word of either kind of heading (one search rules out most short lines)
        self.heading = re.compile(_alt(tuple(w("claims-plan-headings") or ("工作安排", "主要任务"))
                                       + tuple(w("claims-review-headings") or ("回顾",))))
        self.average_exempt = re.compile(_alt(w("claims-average-exempt") or ("可支配收入",)))
        self.zhong_words = frozenset(w("claims-zhong-words"))
        self.exhaustive_item = re.compile(_alt(w("claims-exhaustive-items") or ("其他", "其余")))
        counted_verbs = _alt(w("claims-counted-verbs"))
        self.counted_verb = re.compile(f"(?:{counted_verbs})的$" if counted_verbs else "(?!)")
        self.breakdown_stop = re.compile(_alt(w("claims-breakdown-stops") or ("其中", "等", "包括", "主要")))
        self.whole_words = re.compile(_alt(tuple(self.total_markers) + tuple(w("claims-total-words"))
                                           + tuple(self.total_respective)))
        self.not_places = frozenset(w("claims-not-places"))
        self.generic = frozenset(w("claims-generic-subjects") or ("全市", "全县"))
        self.partitions = []
        #: the names of partitions of people (城镇/乡村, 男/女): whose figures the others' are
        self.people_partitions = set()
        partial: dict[str, list[str]] = {}
        for entry in knowledge.fact_table("share-partitions"):
            members = entry.get("members") or []
            if len(members) >= 2:
                words = {word: i for i, m in enumerate(members) for word in m}
                self.partitions.append((entry.get("name", ""), re.compile(_alt(words)), words))
                if entry.get("people"):
                    self.people_partitions.add(entry.get("name", ""))
                partial.setdefault(entry.get("name", ""), []).extend(str(w) for w in entry.get("partial_for") or () if w)
        #: by partition name, the measures whose whole its members do not make up (``partial_for``:
        #: 全社会用电量 is the three industries' and 城乡居民生活's)
        self.partial_for = {name: re.compile(_alt(ws)) for name, ws in partial.items() if ws}


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


def doc_year_part(text: str) -> str:
    """The part of its year a text's title names (泷嶂市2026年一季度经济运行情况 → "Q1", 上半年 →
    "H1", 前三季度 → "Q1-3"), or "" (the whole year, or no title)."""
    first = text[:300].lstrip().split("\n", 1)[0].strip()
    if len(first) > 60 or first.endswith(("。", "；", "！", "？")):
        return ""
    parts = {v[3:] for _, _, kind, v in _period_mentions(first) if kind == "rel" and v.startswith("doc") and v[3:]}
    return parts.pop() if len(parts) == 1 else ""


def doc_year(text: str, year: int | None = None) -> int | None:
    """The year a text reports on: ``year`` when given; else the year in its title (first line)
    unless the title is a 工作报告, which reviews the year before its title year and plans that
    year, so that a figure without a period could belong to either (but a 工作报告 on a 年度,
    关于2025年度…的审计工作报告, reports on that year)."""
    if year:
        return year
    first = text[:300].lstrip().split("\n", 1)[0].strip()
    if len(first) > 60 or first.endswith(("。", "；", "！", "？")):
        return None  # not a title
    m = re.search(r"((?:19|20)\d\d)年", first)
    if not m or ("工作报告" in first and not first.startswith("度", m.end())):
        return None  # (关于2025年度…的审计工作报告 reports on the 年度 it names)
    return int(m.group(1))


_NAME_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}$")
#: a short aside in brackets inside a measure's words (在校生（含在园幼儿）, 执业（助理）医师)
_ASIDE = re.compile(r"（[^（）]{1,10}）|\([^()]{1,10}\)")
#: …，与B合计: the clause of a total that adds one figure to the one before it
_WITH_TOTAL = re.compile(r"(?:与|和|同|连同|加上)[^，,。；;：:]{1,16}?[0-9０-９.．]+[万亿千]?[\u4e00-\u9fff]{0,3}?(合计|共计|总计)")
#: words that say a total sums every kind listed before it (累计建成各类道路, 各级各类学校合计)
_ALL_KINDS = re.compile(r"各类|各项|各级各类")
_MEASURE_CLEAN = re.compile(r"[\s“”‘’\"'（）()《》〈〉【】]")


def _clean(s: str) -> str:
    """``s`` without the blanks, quotes and brackets :data:`_MEASURE_CLEAN` removes.  (Most leads
    and trails are all letters of words: ``str.isidentifier`` tells so in a fraction of the cost
    of the substitution, and such a text has none of those characters: blanks, quotes and
    brackets are no identifier characters.)"""
    return s if s.isidentifier() else _MEASURE_CLEAN.sub("", s)

_HEAD_WORDS = ("[、和及与]", "以及", "其中", "合计", "共计", "总计", "总共", "一共", "共有", "现有", "拥有", "已有", "共", "累计", "全年", "全部",
               "当年", "初步核算", "分别为", "分别", "按[^，]{0,8}计算", "按(?!揭)", "完成", "实现", "获得", "其(?![他它余])", "另", "还",
               "也", "并", "达", "为(?![老民农企侨残])")
_MEASURE_HEAD = re.compile("^(?:" + "|".join(_HEAD_WORDS) + ")+")
#: the characters a match of _MEASURE_HEAD starts with (a text that starts otherwise keeps its head)
_HEAD_FIRST = frozenset("、和及与") | frozenset(w[0] for w in _HEAD_WORDS[1:])
_TAIL_WORDS = ("分别达到", "分别为", "分别", "达到", "达", "为", "是", "完成", "实现", "突破", "超过", "超", "有", "约", "近", "预计",
               "接近", "将近", "增加到", "提高到", "上升到", "扩大到", "下降到", "降低到", "减少到", "缩小到", "增长到", "到",
               "至", "了", "的", "共", "合计", "共计", "总计", "累计")
_MEASURE_TAIL = re.compile("(?:" + "|".join(_TAIL_WORDS) + ")+$")
#: the characters a match of _MEASURE_TAIL ends with: it ends at the end of the text (which has
#: no line break left), so a text that ends otherwise keeps its tail, and the search, which tries
#: every position of the text, is not needed
_TAIL_LAST = frozenset(w[-1] for w in _TAIL_WORDS)
#: (…中: 1268家规模以上工业企业中，亏损企业213家 counts 规模以上工业企业; 高中 and 初中 are nouns)
_TRAIL_NOUN = re.compile(
    r"^(?:多|余)?(?!的|为)([A-Z]?[\u4e00-\u9fff]{2,10}?)(?=全部|全|均|已|都|在|实现|达到|得到|获得|的|被|和|、|及|与|参加|参与|报名|接受|享受|逐|"
    r"共有|共计|合计|总计|有序|稳步|顺利|加快|持续|基本|"
    r"开展|进行|实施|纳入|完成|"
    r"(?<![高初])中(?:已|有|$)|[。；;！？!?]|$)")


#: words after a figure that close its clause without naming what it counts (按常住人口68.52万人计算)
#: a lead that says a figure is the means of what follows (以…的能源消费总量支撑了…): its measure
#: is named after it, after 的
_WITH_FIGURE = frozenset(("以", "用", "凭"))
#: 以 a figure, its noun, then 为重点 (以1162.8万亩湿地为重点): the noun is the figure's measure (a
#: plan's focus, often a part of what was stated: not compared as a fact)
_AS_FOCUS = re.compile(r"的?([\u4e00-\u9fff]{2,8}?)为(?:重点|基础|依托|主体|核心|抓手|主线)")
_OF_NOUN = re.compile(r"^的([\u4e00-\u9fff]{2,10}?)(?=支撑|实现|带动|创造|换来|拉动|撬动|保障|满足|[，,。；;]|$)")
_TRAIL_NOT_NOUN = frozenset(("计算", "计", "以上", "以下", "以内", "左右", "上下", "不等", "之多"))


#: an aside that is part of a name: a class label of one to three numerals (小（1）型水库, 小（二）型)
_LABEL_ASIDE = "[0-9一二三四五六七八九十ⅠⅡⅢⅣⅤIVX]{1,3}"
_NAME_ASIDE = re.compile(rf"（(?!{_LABEL_ASIDE}）)[^（）]{{1,10}}）|\((?!{_LABEL_ASIDE}\))[^()]{{1,10}}\)")


#: words before a plan heading's word that say the targets were met (完成年度目标任务): a review
_DONE_BEFORE = re.compile(r"完成|实现|达成")
#: a figure other than a year in a line (a heading names years: 二、2025年工作安排)
_FIGURE_NOT_YEAR = re.compile(r"\d(?![\d年])")


_DIGIT_LABEL = re.compile(r"[（(]([0-9])[）)]")


def _cn_label(m: re.Match) -> str:
    return "〇一二三四五六七八九"[int(m.group(1))]


def _measure_of(lead: str, trail: str, q) -> str:
    if "（" in lead or "(" in lead:
        # 在校生（含在园幼儿）: the aside is not part of the name; a class label is (小（1）型水库 is
        # not 小型水库, which holds it)
        lead = _DIGIT_LABEL.sub(_cn_label, _NAME_ASIDE.sub("", lead))  # (小（1）型 is written 小一型 too: one name)
    m = _clean(lead)
    if m[-1:] == "以" and (t := _AS_FOCUS.match(trail)) is not None:
        return t.group(1)  # 全省将以1162.8万亩湿地为重点: the noun after the figure, then 为重点
    if m in _WITH_FIGURE and trail[:1] == "的":
        # 以1368.4万吨标准煤的能源消费总量支撑了…: the measure named after the figure and 的
        t = _OF_NOUN.match(trail)
        if t:
            return t.group(1)
    if m[:1] in _HEAD_FIRST:
        m = _MEASURE_HEAD.sub("", m)
    if m[-1:] == "在" and trail[:1] == "的" and _ON_THE_BASE.match(trail):
        # 社会消费品零售总额在12864.5亿元的基础上增长6%: the measure, then 在 its base (将在: a verb
        # of the plan between)
        m = _BASE_VERBS.sub("", m[:-1])
    if m[-1:] in _TAIL_LAST:
        m = _MEASURE_TAIL.sub("", m)
    if len(m) >= 2:
        return m[-16:]
    # (_TRAIL_NOUN takes two characters or more: a shorter trail names nothing)
    t = _TRAIL_NOUN.match(_clean(trail)) if len(trail) >= 2 else None
    if t and t.group(1) not in _TRAIL_NOT_NOUN:
        return t.group(1)
    return q.measure or ""


# 其中 / 分别 (依次 reads as 分别) / …X中， / ，含 (a part inside its whole: 培训学员1260人，含脱贫劳动力385人)
# (…X中Y的有N个: 46个市控断面中水质达到或优于Ⅲ类的有41个, the parts named before 的有)
_GROUP_MARKER = re.compile(r"其中|分别|依次|中[，,：:]|中(?=已有|有)|中(?=[^，,。；;：:0-9]{1,16}?的有[0-9])|含")
_NESTED_MARKER = re.compile(r"其中|中[，,：:]")
#: the noun between a count and 中 (4.2万户农户中，): a few characters, no 的 (投资超过1亿元的项目中)
_COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,8}")
#: 在528.64亿元的一般公共预算支出中: 在, the amount and its noun after 的 (not a threshold:
#: 在投资1亿元以上的项目中 has 以上 and no 在 right before the amount)
#: a span of years given as the items of a 分别 list (2021年至2024年, 2021—2024年)
_YEARS_SPAN = re.compile(r"((?:19|20)\d\d)年?\s*(?:至|到|—|－|-|～|~)\s*((?:19|20)\d\d)年")
#: the start of a running total's span before it: 2021年以来, “十四五”以来 / 期间
_SINCE = re.compile(r"((?:19|20)\d\d)年以来|“?(十[一二三四五六七八九]五)”?(?:以来|期间)")


def _span_start(before: str) -> int | None:
    """The first year of the span a running total stated after ``before`` runs over, or None."""
    m = _SINCE.search(before)
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    from .calendar import cn_int, plan_formula

    number = cn_int(m.group(2)[:-1])  # (十四五: the 14th plan)
    span = plan_formula(number) if number is not None else None
    return span[0] if span else None
_IN_NAMED = re.compile(r"的[\u4e00-\u9fff]{2,12}")
#: 在全省892.6亿元研发经费中: 在 and the place before the amount, its noun after it (not a
#: threshold: 以上, 以下 …)
_IN_PLACE = re.compile(r"在(?:全|本|我)[国省市县区镇乡]$")
_IN_NOUN = re.compile(r"(?!.*(?:以上|以下|左右|之间|以内))[\u4e00-\u9fff]{2,8}")
#: after an amount before 中: the noun says the amount is a total (的销售总额, 的投资总量)
_TOTAL_NAMED = re.compile(r"的?[\u4e00-\u9fff]{0,8}?总(?:额|数|量|值|产值|收入|支出|规模)")


def _bracketed(text: str, a: int, b: int) -> bool:
    """Whether ``b`` lies inside a bracket opened after ``a``."""
    seg = text[a:b]
    return seg.count("（") + seg.count("(") > seg.count("）") + seg.count(")")


_ORDINAL_HEAD = re.compile(r"^(第?)([一二三四五六七八九])$")
_ORDINAL_LAST = re.compile(r"^([一二三四五六七八九])(.+)$")


def expand_ordinals(items: list[str]) -> list[str]:
    """第一、二、三产业… -> 第一产业…, 第二产业…, 第三产业… (an ordinal list sharing its noun)."""
    if len(items) < 2:
        return items
    first = _ORDINAL_HEAD.match(items[0].strip()[-2:]) or _ORDINAL_HEAD.match(items[0].strip()[-1:])
    last = _ORDINAL_LAST.match(items[-1].strip())
    if not first or not last or any(len(x.strip()) != 1 or x.strip() not in _CN_NUM for x in items[1:-1]):
        return items
    prefix, noun = first.group(1), last.group(2)
    head = items[0].strip()[:-len(first.group())]
    nums = [first.group(2)] + [x.strip() for x in items[1:-1]] + [last.group(1)]
    return [head + prefix + n + noun for n in nums]
# (及以上 / 及以下 close an item: 3A级及以下景区 is one item)
_LIST_SPLIT = re.compile(r"、|和|以及|(?<!以)及(?!以[上下])|与")


def list_items(text: str) -> list[str]:
    """The items of a list joined by 、, 和, 及, 以及 or 与, stripped, empty ones left out; 及以上 and
    及以下 stay in their item (本科及以上)."""
    return [x.strip() for x in _LIST_SPLIT.split(text) if x.strip()]
def _count_before(figs: list, f) -> int:
    """How many figures of ``f``'s unit stand before it in its sentence."""
    k, n = f.index - 1, 0
    while k >= 0 and figs[k].sentence is f.sentence:
        n += figs[k].unit == f.unit
        k -= 1
    return n


def _compound_mismatch(parts, head: str, compounds) -> bool:
    """The items are all of a measure whose name ends with another's (进出口 and 出口) and the total's
    head names that other one, or the other way round: 对东盟进出口…、对欧盟进出口…，对上述三大市场出口
    共计; 对东盟出口…，…，对三大市场进出口合计 (the lexicon ``share-compound-ends``).  A head that
    names no measure (合计, 四项合计) and items of which only some are compound (工资性收入、经营净收入…)
    are not told apart."""
    named = [p for p in parts if p.measure]  # (values given respectively carry no name of their own)
    if len(named) < 2:
        return False
    for c in compounds:
        short = c[-2:]
        if all(p.measure.endswith(c) for p in named) and short in head and c not in head:
            return True  # (items 进出口, total 出口)
        if c in head and all(p.measure.endswith(short) and not p.measure.endswith(c) for p in named):
            return True  # (items 出口, total 进出口)
    return False


#: what ends a clause (a period said in one, 上年同期…, is not of the next)
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?\n]")
_DIGIT = re.compile(r"[0-9０-９]")
#: the items' count and noun ending a list before 分别 (产业、基础设施和社会民生三类项目)
_COUNTED_ITEMS_END = re.compile(r"([两二三四五六七八九十])(?:类|个|项|大|种)([\u4e00-\u9fff]{1,4})$")


def _counted_split(last_item: str, n: int, whole_measure: str) -> bool:
    """The list before 分别 counts itself, as many items as values, with the noun the whole's
    measure ends with (重点项目156个，产业、基础设施和社会民生三类项目分别为…): a split of that whole."""
    m = _COUNTED_ITEMS_END.search(last_item)
    return m is not None and small_number(m.group(1)) == n and whole_measure.endswith(m.group(2))


_COUNT_WORD = re.compile(r"([两二三四五六七八九十]|\d{1,2})个?(?:县|市|区|州|省|镇|乡|村|项|类|地|国|家|所)")
_COUNT_HEAD = re.compile("^" + _ITEMS_BEFORE_COUNT + "([" + _CN_NUM + r"\d]{1,3})")
_SUFFIX_SCAN = re.compile(r"[省市县州盟旗镇乡]")
# generic subjects that do not end like a place name (全国, 我国, 全区, 全镇)
_GENERIC_OTHER = re.compile(r"[全我本][国区镇乡村]")
_PERIOD_SCAN = re.compile(r"[年季期]")
#: the characters before 镇/乡 that make a word, not a town's name (城镇, 乡镇, 城乡, 小镇, 家乡),
#: and those after it (乡村, 镇党委 is a town's: 党 is not here)
_TOWN_NOT_PREV = frozenset("城乡村小集市重古名强特各全本该此家故下返回老同外异他")
_TOWN_NOT_NEXT = frozenset("村镇贤愁土亲风里情音邻间野俗规")
#: the characters every subject mention is found by (those of _SUFFIX_SCAN, the first of
#: _GENERIC_OTHER); a period mention is found by those of _PERIOD_SCAN
_SUBJECT_CHARS = re.compile(r"[省市县州盟旗镇乡全我本]")
_LEAD_WORD_CHARS = re.compile(r"[省市县州盟旗镇乡全我本年季期]")
_DIGITS = "0123456789"
_NUMERAL_CHARS = _DIGITS + _CN_NUM
_RELATIVE_YEARS = {"今年": "now", "本年": "now", "当年": "doc", "全年": "doc", "去年": "prev", "上年": "prev",
                   "明年": "next"}
_YEAR_SUBS = {"末": "", "底": "", "初": "初", "中": "H1", "内": ""}
_SPAN_SEPS = "至到—－-～~"


def _subject_mentions(text: str, generic: frozenset, not_places: frozenset) -> list[tuple[int, int, str, str]]:
    """(start, end, subject, kind) of every subject word: kind "g" generic (全市, 我国), "n" a count
    of places (两市, 4县), "p" a named place (two characters before 省/市/县/州/盟/旗: 昭通市)."""
    out = []
    append = out.append
    n = len(text)
    for m in _SUFFIX_SCAN.finditer(text):
        i = m.start()
        if i < 1:
            continue
        ch = m.group()
        two = text[i - 1:i + 1]
        if two in generic:
            append((i - 1, i + 1, two, "g"))
            continue
        prev = text[i - 1]
        if prev in _NUMERAL_CHARS and ch in "县市区州地省镇乡":
            k = i - 1
            if k > 0 and text[k - 1] in _NUMERAL_CHARS:
                k -= 1
            nxt = text[i + 1] if i + 1 < n else ""
            if nxt not in "级长委" and (k == 0 or text[k - 1] not in "第"):
                append((k, i + 1, text[k:i + 1], "n"))
            continue
        if i < 2:
            continue
        nxt = text[i + 1] if i + 1 < n else ""
        if ch in "镇乡":
            if prev in _TOWN_NOT_PREV or nxt in _TOWN_NOT_NEXT:
                continue  # 城镇, 乡镇, 城乡, 小镇, 乡村: words, not a town's name (青石镇, 白沙乡)
        elif ch not in "省市县州盟旗":
            continue
        if nxt in "场值面份级控" or (ch == "市" and nxt == "区") or (ch == "县" and nxt in "城域"):
            continue  # 市场, 市区, 县城, 县域, 国省控 …: words, not a place's suffix
        if ch in "市县" and prev in "年月日季期在于从向到对由的":
            continue  # 全年市区, 活动在市会展中心, 大会在县会议中心: a period or function word before 市/县 (平度市, 东至县 are places)
        a, b = text[i - 2], prev
        if not ("\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"):
            continue
        word = text[i - 2:i + 1]
        if two in not_places or word in not_places or text[i - 3:i + 1] in not_places:
            continue
        append((i - 2, i + 1, word, "p"))
    if "全" not in text and "我" not in text and "本" not in text:
        return out  # (no first character of _GENERIC_OTHER: three C scans spare its search)
    extra = [(m.start(), m.end(), m.group(), "g") for m in _GENERIC_OTHER.finditer(text) if m.group() in generic]
    if extra:
        out.extend(extra)
        out.sort()
    return out


def _period_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, value) of every period expression, found from the characters 年/季/期:
    kind "year" (value "2023" or "2023Q1"), "span" ("2016-2020"), "since" ("2016"), "last" ("5"),
    "rel" (now/prev/next/doc, with a sub-period: "docQ1"), "plan" ("2016-2020" for “十三五”期间)."""
    out = []
    append = out.append
    n = len(text)
    for m in _PERIOD_SCAN.finditer(text):
        i = m.start()
        ch = m.group()
        if ch == "年":
            four = text[i - 4:i] if i >= 4 else ""
            if len(four) == 4 and four.isdigit() and four.isascii():
                after = text[i + 1:i + 4]
                if after.startswith("以来") or after in ("末以来", "底以来"):
                    append((i - 4, i + 1 + (2 if after.startswith("以来") else 3), "since", four))
                    continue
                # 2016年至2020年 / 2016—2020年
                j = i - 4
                if j >= 1 and text[j - 1] in _SPAN_SEPS:
                    k = j - 1
                    if k >= 5 and text[k - 1] == "年":
                        k -= 1
                    first = text[k - 4:k]
                    if len(first) == 4 and first.isdigit():
                        append((k - 4, i + 1, "span", f"{first}-{four}"))
                        continue
                sub = ""
                nxt = text[i + 1] if i + 1 < n else ""
                end = i + 1
                if nxt in _YEAR_SUBS:
                    sub, end = _YEAR_SUBS[nxt], i + 2
                elif nxt == "度":
                    end = i + 2
                else:
                    for word, key in (("一季度", "Q1"), ("第一季度", "Q1"), ("上半年", "H1"), ("前三季度", "Q1-3"),
                                      ("二季度", "Q2"), ("三季度", "Q3"), ("四季度", "Q4"), ("下半年", "H2")):
                        if text.startswith(word, i + 1):
                            sub, end = key, i + 1 + len(word)
                            break
                append((i - 4, end, "year", four + sub))
                continue
            two = text[i - 1:i + 1] if i >= 1 else ""
            if two in _RELATIVE_YEARS:
                nxt = text[i + 1] if i + 1 < n else ""
                sub = _YEAR_SUBS.get(nxt, "") if nxt in "末底初" else ""
                append((i - 1, i + 1 + (1 if nxt in "末底初" else 0), "rel", _RELATIVE_YEARS[two] + sub))
                continue
            if i >= 2 and text[i - 2:i] in ("上半", "下半"):
                append((i - 2, i + 1, "rel", "docH1" if text[i - 2] == "上" else "docH2"))
                continue
            nxt2 = text[i:i + 2]
            if nxt2 in ("年末", "年底", "年初", "年中") and (i == 0 or text[i - 1] not in _NUMERAL_CHARS):
                append((i, i + 2, "rel", "doc" + _YEAR_SUBS[nxt2[1]]))
                continue
            # 五年来, 过去五年, 近三年
            if i >= 1 and text[i - 1] in _NUMERAL_CHARS:
                k = i - 1
                if k >= 1 and text[k - 1] in _NUMERAL_CHARS:
                    k -= 1
                num = text[k:i]
                if text.startswith("来", i + 1) or text.startswith("以来", i + 1) or text.startswith("间", i + 1):
                    append((k, i + 2, "last", num))
                elif text[k - 2:k] == "过去" or text[k - 1:k] == "近":
                    append((k - (2 if text[k - 2:k] == "过去" else 1), i + 1, "last", num))
            continue
        if ch == "季":
            if text.startswith("季度", i):
                if text[i - 2:i] == "前三":
                    append((i - 2, i + 2, "rel", "docQ1-3"))
                elif i >= 1 and text[i - 1] in "一二三四":
                    q = "一二三四".index(text[i - 1]) + 1
                    k = i - 2 if i >= 2 and text[i - 2] == "第" else i - 1
                    append((k, i + 2, "rel", f"docQ{q}"))
            continue
        # 期: “十三五”期间 / 时期
        if text.startswith("期间", i) or text[i - 1:i + 1] == "时期":
            w = text[max(0, i - 6):i]
            k = w.find("五")
            if k >= 2 and w[k - 2] == "十" and w[k - 1] in "一二三四五":
                plan = w[k - 2:k + 1]
                append((max(0, i - 6) + k - 2, i + 1, "plan", _PLAN_YEARS.get(plan, plan)))
    if "月" in text:
        # 1—11月, 1至11月, 前11个月: the months of the year so far (not 1—12月, the whole year)
        spans = []
        for m in _MONTH_SPAN.finditer(text):
            if m.group("n4"):
                month = _small_month(m.group("n4"))
                if month is not None and 1 <= month <= 12:
                    spans.append((m.start(), m.end(), "rel", f"docM{month}"))
                continue
            last = _small_month(m.group("n") or m.group("n2") or m.group("n3"))
            if last is not None and 2 <= last <= 11:
                # (截至11月底: what stands at the month's end, 建成…累计3862个, not what the months
                # added, 1—11月建成3268个: a period of its own)
                spans.append((m.start(), m.end(), "rel", f"docE{last}" if m.group("n3") else f"docM1-{last}"))
        if spans:
            out.extend(spans)
            out.sort()
    return out


#: a year, or a word of plans, in a heading (2026年度, 安排, 下一年度): what it heads is planned
_PLAN_AHEAD = re.compile(r"\d{4}|[〇零一二][〇零一二三四五六七八九]{3}|安排|任务|计划|打算|下一|新一|明年")

#: a verb that opens the words after a total's marker (三种运输方式合计完成货运量 after 公路货运量…)
_VERB_FIRST = re.compile(r"^(?:完成|实现|共计|累计)(?=[\u4e00-\u9fff]{2})")

#: the first months of a year: 1—11月, 1-11月份, 1月至11月, 一至十一月, 元至11月, 前11个月, 前11月,
#: and what stands at a month's end (截至11月底, 截至11月末: a period of its own)
_MONTH_SPAN = re.compile(r"(?<![\d.．])(?:(?:1|一|元)月?份?\s*[—\-－~～至到]\s*(?P<n>\d{1,2}|十[一二]?|[二三四五六七八九])\s*月(?:份)?(?![\d日])"
                         r"|前(?P<n2>\d{1,2}|十[一二]?|[二三四五六七八九])个?月"
                         r"|截[至止](?P<n3>\d{1,2}|十[一二]?|[二三四五六七八九])月[底末]"
                         # 10月份，社会消费品零售总额…: one month, opening its sentence or clause
                         r"|(?:^|(?<=[。，,；;\n]))(?P<n4>\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?=[，,]))", re.M)


#: what says the figures of a sentence are not the amounts a counted total in the next one adds
#: up: changes, budgets and plans, another year's values
_NOT_THE_ITEMS = re.compile(r"增收|减收|增加|减少|增长|下降|提高|降低|预算|计划|安排|目标|上年|去年|同期|分别")


def _base_of_ratio(p: "Figure", figs: "list[Figure]") -> bool:
    """A figure that is the base of a percentage or a multiple right after it in its clause
    (完成年度目标1.80亿吨的103.3%): what the sentence compares with, not an item it reports."""
    if not p.trail.lstrip().startswith("的") or p.index + 1 >= len(figs):
        return False
    nxt = figs[p.index + 1]
    return (nxt.unit in _PERCENT_UNITS or nxt.unit == "倍") and nxt.sentence is p.sentence and nxt._cspan == p._cspan


def _small_month(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    return {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}.get(s)


class Claims:
    """The claim model of one text.

    Nothing is computed up front.  ``figures`` (measured figures with role, unit, measure,
    subject and period) looks only at the sentences that hold figures; ``sentences`` and
    ``clauses`` (the whole text, split) are built when first asked for.  ``sentence_at`` and
    ``clause_at`` find the span around an offset by looking near it.
    """

    def __init__(self, text: str, quantities_source=None, knowledge=None, year: int | None = None):
        self.text = text
        self._quantities_source = quantities_source
        self.knowledge = knowledge
        self.year = doc_year(text, year)
        #: the part of that year the title names (一季度 → "Q1", 上半年 → "H1"): the period of a
        #: figure that states none of its own
        self.year_part = doc_year_part(text)
        self._splitter = _Splitter(*_guard_lines(text))

    # -- spans ----------------------------------------------------------------------------------
    @cached_property
    def sentences(self) -> list[Sentence]:
        """Every sentence of the text, in order."""
        return self._splitter.all()

    @cached_property
    def clauses(self) -> list[Clause]:
        """Every clause of the text, in order (``clause.sentence`` is its sentence)."""
        return [c for s in self.sentences for c in s.clauses]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds ``offset`` (None between sentences)."""
        if not 0 <= offset < len(self.text):
            return None
        return self._splitter.around(offset)

    def clause_at(self, offset: int) -> Clause | None:
        """The clause that holds ``offset`` (None on a separator or between sentences)."""
        sent = self.sentence_at(offset)
        return None if sent is None else sent.clause_at(offset)

    def clauses_of(self, sentence: Sentence) -> list[Clause]:
        return sentence.clauses

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

    # -- figures --------------------------------------------------------------------------------
    @cached_property
    def lex(self) -> _Lex:
        return lexicon_patterns(self.knowledge)

    @cached_property
    def figures(self) -> list[Figure]:
        """Every measured figure (number, money, percent, multiple, range) with its role, unit,
        measure, subject and period, in document order (with the roles the 其中/合计 groups give:
        part, total)."""
        self.sum_groups
        return self._figs

    @cached_property
    def _figs(self) -> list[Figure]:
        return self._build_figures()

    @cached_property
    def _f_starts(self) -> list[int]:
        return [f.q.start for f in self._figs]

    def figures_in(self, span: "Span | tuple[int, int]") -> list[Figure]:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        st = self._f_starts
        return self.figures[bisect_left(st, start):bisect_left(st, end)]

    def figure_at(self, offset: int) -> Figure | None:
        i = bisect_right(self._f_starts, offset) - 1
        if i >= 0 and offset < self.figures[i].end:
            return self.figures[i]
        return None

    def _build_figures(self) -> list[Figure]:
        text, lex = self.text, self.lex
        measured = _MEASURED_KINDS
        qs = [q for q in self.quantities if q.kind in measured]
        out: list[Figure] = []
        self._total_heads: list[int] = []
        self._totals: list[int] = []
        #: the sentences with figures, in order (for the part groups)
        self._sents: list[Sentence] = []
        if not qs:
            return out
        around = self._splitter.around
        change_end, change_cmp, before_end = lex.change_end, lex.change_cmp, lex.before_end
        compared_end = lex.compared_end
        change_last = lex.change_last
        after_end, to_ahead, share_rx, avg_rx = lex.after_end, lex.to_ahead, lex.share, lex.average
        total_any, avg_or_total, change_reach = lex.total_any, lex.average_or_total, lex.change_reach
        alias = _UNIT_ALIASES.get
        percent_units, count_units = _PERCENT_UNITS, _COUNT_UNITS
        tlen = len(text)
        sent, sent_start, sent_end, seps, st, commas_only = None, 0, -1, [], "", True
        # the clause of the figure before: (start, end, position); cend -1 when the figure
        # before is in another sentence (so the next figure looks its clause up)
        cspan, cstart, cend, prev_end = None, -1, -1, -1
        last_before_sentence = None
        # the average markers without 均 or 每 (the built-in ones all have one: a lead without
        # either is then searched for them only once, below, not twice)
        avg_bare = any("均" not in w and "每" not in w for w in lex.average_words)
        avg_counts = lex.average_counts
        unitless: list[int] = []
        # for sum_groups: the figures in a clause that starts with a character a total's head
        # can start with, and the figures a total word makes totals (the only ones it looks at)
        first, heads, totals, head = lex.total_first, self._total_heads, self._totals, False
        claims = self
        append = out.append
        add_sentence = self._sents.append
        starts = [q.start for q in qs]
        nexts = starts[1:]
        nexts.append(tlen)
        for q, qs0, nxt in zip(qs, starts, nexts):  # (nxt: the start of the next figure)
            if qs0 >= sent_end:
                sent = around(qs0)
                if sent is None:
                    continue
                add_sentence(sent)
                sent_start, sent_end = sent.start, sent.end
                st = sent.text
                # a sentence whose only separator is ， (most): its figures find their clause
                # with three C calls on the sentence (as Sentence.seps, which then need not be
                # built: the separators are exactly its ，); else with the separators
                commas_only = not ("," in st or ":" in st or "；" in st or "：" in st or ";" in st)
                if not commas_only:
                    seps = sent.seps
                cend = -1
            if qs0 < cend:  # in the clause of the figure before
                lead_start = prev_end if prev_end >= cstart else cstart
            else:
                if commas_only:
                    # (as the bisect below: the separators at or before the figure, the first after)
                    r = qs0 - sent_start + 1
                    k = st.count("，", 0, r)
                    cstart = st.rfind("，", 0, r) + 1 + sent_start if k else sent_start
                    x = st.find("，", r)
                    cend = x + sent_start if x != -1 else sent_end
                else:
                    k = bisect_right(seps, qs0)
                    cstart = seps[k - 1] + 1 if k else sent_start
                    cend = seps[k] if k < len(seps) else sent_end
                cspan = (cstart, cend, k)
                lead_start = cstart
                # (or a clause that names its kind before the marker: 奖牌总数共计585枚)
                head = text[cstart] in first or text.find("计", cstart, qs0) != -1
            if head:
                heads.append(len(out))
            ps = q.prefix_start
            qstart = ps if 0 <= ps <= qs0 else qs0
            lead = text[lead_start:qstart].rstrip() if lead_start < qstart else ""
            qend = q.end
            trail = text[qend:nxt if nxt < cend else cend]
            prev_end = qend
            qu = q.unit
            kind = q.kind
            if kind == "percent":
                unit = "%" if qu in ("%", "％", "") else qu
            else:
                unit = alias(qu, qu)
                if not unit and kind == "number":
                    unitless.append(len(out))  # (see _share_list_units)
            # -- role -------------------------------------------------------------------------
            marker = ""
            if kind == "range":
                role = RANGE
            elif not lead:
                # (no lead: none of the lead's markers below can decide; the unit and kind do)
                if unit in percent_units:
                    role = RATE
                elif kind == "multiple" or unit == "倍":
                    role = MULTIPLE
                elif unit in count_units:
                    role = COUNT
                else:
                    role = LEVEL
            elif (("由" in lead or "从" in lead) and before_end.search(lead) and to_ahead.match(trail)
                  or lead[-1] == "的" and compared_end.search(lead)):
                role = BEFORE
                last_before_sentence = sent
            elif last_before_sentence is sent and after_end.search(lead):
                role = AFTER
            elif ("均" in lead or "每" in lead) and unit not in percent_units and (m := avg_rx.search(lead)) \
                    and not (avg_counts is not None and avg_counts.search(lead)):
                role, marker = AVERAGE, m.group()  # 年均减少120万人: an average (of changes)
            elif ((change_last is None or lead[-1] in change_last) and change_end.search(lead, len(lead) - change_reach)
                  or ("比" in lead or "较" in lead or "同" in lead) and change_cmp.search(lead)):
                role = CHANGE
            elif unit in percent_units:
                m = share_rx.search(lead)
                if m is None and (lead[0] == "的" or lead[-1] == "的" and lead_start > cstart
                                  and not any(c in lead for c in "、，,；;（(")):
                    # 占接待游客总数126.5万人次的31.5%: the share marker stands before the whole;
                    # 占四县特色农产品销售额的42.6%: before a count inside the whole's name
                    m = share_rx.search(text, cstart, qstart)
                if m is None and lead in _REACH_VERBS and cstart >= 2:
                    # 教育支出27.46亿元，占比最高，达19.8%: the share named in the clause before
                    m = _SHARE_RANKED.search(text, max(0, cstart - 10), cstart)
                    if m is not None:
                        m = share_rx.search(text, m.start(), m.end())
                if m:
                    role, marker = SHARE, m.group()
                else:
                    role = RATE
            elif kind == "multiple" or unit == "倍":
                role = MULTIPLE
            elif (m := avg_or_total.search(lead)) is None:
                # (neither an average nor a total word: most figures; one search for the two below)
                role = COUNT if unit in count_units else LEVEL
            # (unit is no percentage here: a lead with 均 or 每 was searched for an average above)
            elif (avg_bare or "均" in lead or "每" in lead) and (m := avg_rx.search(lead)) \
                    and not (avg_counts is not None and avg_counts.search(lead)):
                role, marker = AVERAGE, m.group()
            elif (m := total_any.search(lead)) and not (trail[:1] == "、" and m.end() < len(lead)):
                # (全区共有幼儿园31所、小学18所…，共计59所: 共有 before a list's first item, whose
                # noun follows it, is said of the whole list; the figure is its first item)
                role, marker = TOTAL, m.group()
                totals.append(len(out))
            elif unit in count_units:
                role = COUNT
            else:
                role = LEVEL
            append(Figure(q, len(out), cspan, sent, lead, trail, role, unit, q.approx is not None, marker,
                          claims, lead_start))
        if unitless:
            _share_list_units(out, text, unitless)
            _qizhong_list_units(out, text, unitless)
            _measure_units(out, unitless)
        return out

    # -- lazily worked out attributes of figures -------------------------------------------------
    def _mentions_in(self, para: int) -> tuple[list, list, list, list]:
        """Subject and period mentions of the paragraph starting at ``para`` (cached), and the
        ends of each.  Their offsets are into the paragraph (add ``para`` for the text's): the
        mentions of a paragraph are many and few are read, so they are not all copied to move
        them."""
        cache = self._para_mentions
        got = cache.get(para)
        if got is None:
            text = self.text
            # the end of the paragraph: the first line break at or after its start in the text the
            # splitter reads (a line cut by _guard ends there), or the end of the text; its list of
            # line breaks spares a str.find, slow in Chinese text (see _line_breaks)
            splitter = self._splitter
            if splitter._ends is None:
                splitter._breaks()
            ends = splitter._ends
            chunk = text[para:ends[bisect_left(ends, para)]]
            lex = self.lex
            subjects = _subject_mentions(chunk, lex.generic, lex.not_places)
            periods = _period_mentions(chunk)
            got = (subjects, [m[1] for m in subjects], periods, [m[1] for m in periods])
            cache[para] = got
            for a, b, word, kind in subjects:
                if kind == "n":
                    a += para
                    pm = _NAME_LIST.search(text, max(para, a - 24), a)
                    if pm:
                        seen = self._count_lists.setdefault(word, set())
                        seen.add(tuple(x[-2:] for x in pm.group().split("、")))
                        if len(seen) > 1:
                            self.ambiguous_subjects.add(word)
        return got

    @cached_property
    def _para_mentions(self) -> dict:
        return {}

    @cached_property
    def _count_lists(self) -> dict:
        return {}

    @cached_property
    def ambiguous_subjects(self) -> set[str]:
        """Count subjects (两市, 4县) that stand for different places in the paragraphs read so far
        (韶关、揭阳两市 … 湛江、云浮两市); the set grows as paragraphs are read."""
        return set()

    def _subject_of(self, f: Figure) -> tuple[str, bool]:
        qstart = f.q.prefix_start if 0 <= f.q.prefix_start <= f.q.start else f.q.start
        para = f.sentence.paragraph
        subjects, ends, _, _ = self._mentions_in(para)
        j = bisect_right(ends, qstart - para) - 1  # (offsets into the paragraph)
        if j >= 0:
            _, _, word, kind = subjects[j]
            return word, kind == "p"
        return "", False

    def _period_of(self, f: Figure) -> str:
        qstart = f.q.prefix_start if 0 <= f.q.prefix_start <= f.q.start else f.q.start
        para = f.sentence.paragraph
        _, _, periods, ends = self._mentions_in(para)
        text = self.text
        j = bisect_right(ends, qstart - para) - 1  # (offsets into the paragraph)
        while j >= 0:
            ps = periods[j][0] + para
            if ps > 0 and text[ps - 1] in "比较同与":
                j -= 1
                continue
            pe = periods[j][1] + para
            if "同期" in text[ps:pe + 2]:
                cb = _CLAUSE_BREAK.search(text, pe, qstart)
                if cb is not None and _DIGIT.search(text, pe, cb.start()):
                    # 成交金额62.18亿元，上年同期政府采购成交金额58.36亿元；土地出让…139.62亿元: the same
                    # period of last year is said of the comparison figure in its clause, not of the
                    # clauses after it (2024年同期，全市共接待… frames the clause after it)
                    j -= 1
                    continue
            return self._period_key(periods, j, f.sentence, self.year, para)
        return (str(self.year) if self.year else "doc") + self.year_part

    def _measure_of(self, f: Figure) -> str:
        q = f.q
        qstart = q.prefix_start if 0 <= q.prefix_start <= q.start else q.start
        # 874个贫困村, 82.18万贫困人口: after a classifier (or no unit) the noun that follows
        # names what is counted
        trail = f.trail
        if (f.unit in _COUNT_UNITS or not f.unit) and len(trail) >= 2:  # (a shorter trail names nothing)
            t = _TRAIL_NOUN.match(_clean(trail))
            if t and t.group(1) not in _TRAIL_NOT_NOUN:
                if f.lead[-1:] == "的" and (v := self.lex.counted_verb.search(f.lead)):
                    # 在全年审结的1,537件涉企纠纷案件中: the verb and the noun (审结涉企纠纷案件)
                    return v.group()[:-1] + t.group(1)
                return t.group(1)
        # the lead runs back over figures of other units in the clause: 16—59周岁人口 is not 人口
        start = f._lead_start
        figs, k = self._figs, f.index - 1
        text = self.text
        while k >= 0 and figs[k].sentence is f.sentence and figs[k]._cspan == f._cspan \
                and figs[k].unit != f.unit and text.find("、", figs[k].end, qstart) < 0:
            # (not over a list: 基层党组织1286个、党员2.46万名 counts 党员)
            start = figs[k]._lead_start
            k -= 1
        lead = self.text[start:qstart] if start < qstart else ""
        if lead:
            # what comes after the last subject or period word in the lead (each kind of word is
            # looked for only in a lead with a character it is found by: most leads have none)
            cut = self._past_subject_and_period(lead) if _LEAD_WORD_CHARS.search(lead) is not None else 0
            if cut and not lead[cut:].strip("在 ") and f.trail[:1] == "的" and _ON_THE_BASE.match(f.trail):
                # 全社会用电量将在2024年2351.6亿千瓦时的基础上增长: a base with its own year, the
                # measure named before 在
                at = lead.rfind("在", 0, cut)
                if at > 0:
                    return self._measure_before_base(lead[:at], f)
            lead = lead[cut:]
        return _measure_of(lead, f.trail, q)

    def _measure_before_base(self, lead: str, f: Figure) -> str:
        """The measure named before the 在 of a base (全省全社会用电量将 → 全社会用电量)."""
        lead = _BASE_VERBS.sub("", lead)
        return _measure_of(lead[self._past_subject_and_period(lead):], "", f.q)

    def _past_subject_and_period(self, lead: str) -> int:
        """Where the last subject or period word of ``lead`` ends (0: none)."""
        cut = 0
        if _SUBJECT_CHARS.search(lead):
            lex = self.lex
            for a, b, _, _ in _subject_mentions(lead, lex.generic, lex.not_places):
                cut = max(cut, b)
        if _PERIOD_SCAN.search(lead):
            for a, b, _, _ in _period_mentions(lead):
                cut = max(cut, b)
        return cut

    def _plan_of(self, f: Figure) -> bool:
        sent = f.sentence
        at = self._plan_at.get(sent.start)
        if at is None:
            plan, disposal, text = self.lex.plan, self.lex.disposal, self.text
            m = plan.search(text, sent.start, sent.end)
            while m is not None and disposal is not None and m.group() == "将" and disposal.match(text, m.end(), sent.end):
                m = plan.search(text, m.end(), sent.end)  # (2023年，我市将灵活就业人员纳入…: 把, not a plan)
            at = m.start() if m else sent.end
            self._plan_at[sent.start] = at
        if at < f.q.start:
            # 在2024年全市网络零售额368.4亿元的基础上，力争…: the base of a plan is a fact; so are
            # the things a plan builds on (依托全县184个村级快递服务站点, 发挥全县1268家合作社的作用)
            if _ON_THE_BASE.match(self.text, f.q.end, f.clause.end):
                return False  # (在现有14个市级夜间经济集聚区的基础上: the noun between)
            return not (f.unit in _COUNT_UNITS and _PLAN_BASE.search(self.text, max(f.clause.start, f.q.start - 8), f.q.start))
        starts, kinds = self._plan_heads
        j = bisect_right(starts, sent.paragraph) - 1
        if j >= 0 and kinds[j]:
            # under a plan's heading, a figure 截至 a date is a fact (截至6月末全市政府债务余额…)
            return self.text.find("截至", f.clause.start, f.q.start) < 0
        return False

    @cached_property
    def _plan_at(self) -> dict:
        return {}

    @cached_property
    def _plan_heads(self) -> tuple[list[int], list[bool]]:
        return self._plan_marks()

    def _plan_marks(self) -> tuple[list[int], list[bool]]:
        """Starts of short heading paragraphs and whether each announces plans (二、2025年工作安排,
        主要任务) or a review (一、工作回顾)."""
        lex = self.lex
        text = self.text
        lines, _ = self._splitter._breaks()
        starts, kinds = [], []
        plan_rx, review_rx, either_rx = lex.plan_heading, lex.review_heading, lex.heading
        # the lines of 1 to 60 characters (an empty line is no heading), picked out in one
        # comprehension; and of those only the ones with a word of either kind are looked at
        # again (literal words: the two searches find nothing in a line that this finds nothing in)
        short = [(a + 1, b) for a, b in zip([-1] + lines, lines + [len(text)]) if 1 < b - a <= 61]
        for a, b in short:
            line = text[a:b].strip()
            if line and len(line) <= 40 and either_rx.search(line):
                pm = plan_rx.search(line)
                if pm is not None and _DONE_BEFORE.search(line, max(0, pm.start() - 6), pm.start()) \
                        and _FIGURE_NOT_YEAR.search(line):
                    # 全年城镇新增就业6.82万人，完成年度目标任务…的113.7%。: targets met, with the figures
                    # met, is no heading (二、全力完成明年目标任务 is one)
                    continue
                rm = review_rx.search(line) if pm is not None else None
                if rm is not None and rm.start() <= pm.start() and pm.end() <= rm.end() \
                        and not _PLAN_AHEAD.search(line):
                    # 五、年度重点工作: the year's work done (a review word holding the plan word); not
                    # 二、2026年度重点工作, 年度重点工作安排, 下一年度重点工作 (a year or a word of plans)
                    starts.append(a)
                    kinds.append(False)
                elif pm is not None:
                    starts.append(a)
                    kinds.append(True)
                elif review_rx.search(line):
                    starts.append(a)
                    kinds.append(False)
        return starts, kinds

    def _period_key(self, periods: list, j: int, sent: Sentence, year: int | None, para: int = 0) -> str:
        """The key of period mention ``periods[j]`` (its offsets into the text from ``para``)."""
        start, end, kind, value = periods[j]
        if kind == "year":
            return value
        if kind in ("span", "plan"):
            return value
        if kind == "since":
            return "since" + value
        if kind == "last":
            if year and value in ("一", "1"):
                return str(year)  # 一年来 in a review of its year (2025年…工作总结): that year
            return f"last{value}y"
        # relative: now/prev/next/doc + sub-period; the year from an earlier year in the sentence
        base = value.rstrip("QME0123456789-H初")
        sub = value[len(base):]
        k = j - 1
        while k >= 0 and periods[k][0] + para >= sent.start:
            if periods[k][2] == "year":
                y = int(periods[k][3][:4])
                return (str(y - 1) if base == "prev" else str(y)) + sub
            k -= 1
        if year:
            if base == "prev":
                return str(year - 1) + sub
            if base in ("now", "doc"):
                return str(year) + sub
            if base == "next":
                return str(year + 1) + sub
        if base == "now":
            return "doc" + sub  # (今年 is the text's own year, as a figure with no period is)
        return value

    # -- groups ---------------------------------------------------------------------------------
    @cached_property
    def part_groups(self) -> list[PartGroup]:
        """其中 / …X中， / 分别 groups, in document order; parts get ``group`` set and those that
        are additive the role ``part``."""
        return self._build_part_groups()

    def _build_part_groups(self) -> list[PartGroup]:
        text = self.text
        figs = self._figs
        if not figs:
            return []
        out: list[PartGroup] = []
        starts = self._f_starts
        finditer = _GROUP_MARKER.finditer
        prev_sent = None
        for sent in self._sents:
            st = sent.text
            if not ("中" in st or "分" in st or "依" in st or "含" in st):
                prev_sent = sent
                continue  # (every marker of _GROUP_MARKER has one of these: four C scans)
            for m in finditer(text, sent.start, sent.end):
                g = self._part_group(m, sent, figs, starts, prev_sent)
                if g is not None:
                    out.append(g)
            prev_sent = sent
        out.sort(key=lambda g: g.start)
        return out

    def _one_part_after(self, figs, starts, pos: int, sent, to_semicolon: bool = False) -> bool:
        """At most one figure that is not a percentage after ``pos`` in the sentence (or, with
        ``to_semicolon``, up to its next ；: 在152.38亿元一般公共预算支出中，教育支出…，占比…；社会保障
        和就业支出…, the items after ；are the whole's other parts), leaving out figures in brackets
        (夜间（18时至次日2时）消费1.16亿元 has one)."""
        n = 0
        text = self.text
        end = sent.end
        if to_semicolon:
            semi = text.find("；", pos, sent.end)
            end = semi if semi != -1 else end
        for f in figs[bisect_left(starts, pos):]:
            if f.sentence is not sent or f.start >= end:
                break
            if not f.is_percent and not _bracketed(text, pos, f.start):
                n += 1
                if n > 1:
                    return False
        return True

    def _part_group(self, m, sent, figs, starts, prev_sent) -> PartGroup | None:
        text = self.text
        marker = m.group()
        mstart = m.start()
        if marker == "依次":
            marker = "分别"  # 依次为 gives values in the order of the items, as 分别为 does
        elif marker == "含":
            if text[mstart - 1:mstart] not in ("，", ",", "（", "(") or text[mstart + 1:mstart + 2] in "量税义有":
                return None  # 含量, 包含: not a part
        k = bisect_left(starts, mstart) - 1
        if marker.startswith("中"):
            # "…8150人中，稳定就业的有6380人": the figure just before 中 is the whole
            if k < 0 or figs[k].sentence is not sent:
                return None
            gap = text[figs[k].end:mstart]
            if gap[:1] in "；;，," and len(gap) >= 3 and gap[1:] == figs[k].measure:
                gap = ""  # …，其中森林蓄积量1268万立方米；森林蓄积量中，…: the measure named again
            framed = text[figs[k].q.start - 1:figs[k].q.start] == "在"  # 在30735名实际起跑选手中 (not 手中)
            if gap and not (_COUNTED_NOUN.fullmatch(gap) and (framed or gap[-1] + "中" not in self.lex.zhong_words)
                            and ((figs[k].unit in _COUNT_UNITS and len(gap) <= 2) or (framed and "的" not in gap)
                                 or self._one_part_after(figs, starts, m.end(), sent))) \
                    and not _TOTAL_NAMED.fullmatch(gap) \
                    and not (text[figs[k].q.start - 1:figs[k].q.start] == "在" and _IN_NAMED.fullmatch(gap)) \
                    and not (_IN_PLACE.search(text, max(0, figs[k].q.start - 4), figs[k].q.start)
                             and _IN_NOUN.fullmatch(gap)):
                # 4.2万户农户中: the noun after a count may name what it counts, and a longer one
                # or one after an amount (27个衔接资金项目中，有9个…; 3.68亿元援疆资金中，…2.71亿元)
                # when one part follows (156个重要项目中，…22个，…103个，
                # …11个: statuses that overlap, not parts); 50.82亿元的销售总额中: a noun that says
                # the figure is the total (not 1亿元的项目中, a threshold)
                return None
            wholes = [figs[k]]
            marker = "中"
        else:
            wholes = []
            while k >= 0 and figs[k].sentence is sent:
                wholes.append(figs[k])
                k -= 1
            if not wholes and marker == "其中" and k >= 0:
                # 其中 opening its sentence: the wholes are in the sentence just before
                prev = figs[k].sentence
                if prev.paragraph == sent.paragraph and not text[prev.end:sent.start].strip():
                    while k >= 0 and figs[k].sentence is prev:
                        wholes.append(figs[k])
                        k -= 1
        # reach
        after = text[m.end():m.end() + 1]
        clause = None
        if marker == "分别":
            clause = sent.clause_at(mstart)  # (mstart is on 分/依, never on a separator)
            # the list of values runs over 、/和 only, which stay in one clause
            reach_end = clause.end if clause else sent.end
        elif marker == "其中" and after in "，,：:":
            reach_end = sent.end
        else:
            semi = text.find("；", m.end(), sent.end)
            reach_end = semi if semi != -1 else sent.end
            if marker == "中" and semi != -1 and self._same_partition_after(text, m.end(), semi, sent.end):
                # 在1648.14亿元的社会消费品零售总额中，城镇…1432.68亿元，…；乡村…225.46亿元: the other
                # member of the first part's partition after the ；is a part too
                nxt = text.find("；", semi + 1, sent.end)
                reach_end = nxt if nxt != -1 else sent.end
        # inside brackets (…其中一个是…), the reach ends with them
        head = text[sent.start:mstart]
        if head.count("（") + head.count("(") > head.count("）") + head.count(")"):
            close = [x for x in (text.find("）", m.end(), sent.end), text.find(")", m.end(), sent.end)) if x != -1]
            if close:
                reach_end = min(reach_end, min(close))
        # a nested marker ends the reach
        nested = _NESTED_MARKER.search(text, m.end(), reach_end)
        if nested:
            reach_end = nested.start() + (1 if nested.group().startswith("中") else 0)
        parts = figs[bisect_left(starts, m.end()):bisect_left(starts, reach_end)]
        if parts and ("（" in text[m.end():parts[-1].start] or "(" in text[m.end():parts[-1].start]):
            # 住户存款9.8亿元（含定期存款6.3亿元）: a figure in brackets opened after the marker
            # details the part before it, not another part of the whole
            parts = [p for p in parts if not _bracketed(text, m.end(), p.start)]
        if not parts:
            return None
        items: list[str] = []
        if clause is not None:
            items = expand_ordinals(list_items(text[clause.start:mstart]))
        sum_end = reach_end
        if marker == "其中" and after not in "，,：:":
            c = sent.clause_at(m.end()) if m.end() < sent.end else None
            if c is not None:
                sum_end = min(reach_end, c.end)
                # the clauses after it that each state one more part the same way (其中铁路旅客
                # 发送量1580万人次，公路客运量2214万人次，水路客运量386万人次): a short noun ending
                # like the first part's (量, 资金, 人口; up to 18 characters then: 溧阳市、金坛区、
                # 武进区财政资金) and one figure of its unit
                first = next((p for p in parts if p.start < sum_end), None)
                ending = first.lead.rstrip()[-1:] if first is not None else ""
                k = bisect_left(starts, sum_end)
                first_end, extra, alike = sum_end, 0, True
                # (a figure larger than the whole before 其中 is no part: 其中税收收入9.1亿元，政府性
                # 基金收入15.2亿元 after 一般公共预算收入12.5亿元 names a sibling of the whole)
                bound = max((w.value for w in wholes if w.unit == first.unit and w.value is not None),
                            default=None) if first is not None else None
                # (…，其余由运营企业自筹: the clauses before the rest are parts, whatever their size
                # and however few)
                rest_said = _REST_SAID.search(text, first_end, reach_end) is not None
                if bound is not None and rest_said:
                    bound = Decimal("Infinity")
                while first is not None and sum_end < reach_end and k < len(figs):
                    nxt = sent.clause_at(sum_end + 1) if sum_end + 1 < sent.end else None
                    if nxt is None:
                        break
                    # a count in Chinese numerals inside the next part's name (市、区两级财政配套
                    # 9.8亿元) is a word of that name
                    while k + 1 < len(figs) and figs[k].q.script == "chinese" and figs[k].unit != first.unit \
                            and nxt.start <= figs[k].start and figs[k + 1].start < nxt.end:
                        k += 1
                    f = figs[k]
                    name = text[nxt.start:f.start].strip()
                    if not (nxt.start <= f.start < nxt.end) or f.unit != first.unit \
                            or f.role not in (LEVEL, COUNT, PART) or f.approx \
                            or not 2 <= len(name) <= (18 if name[-1:] == ending else 14) \
                            or (k + 1 < len(figs) and figs[k + 1].start < nxt.end) \
                            or not name.endswith(f.lead) or not ending \
                            or bound is None or f.value is None or f.value > bound \
                            or (rest_said and f.period != first.period):
                        break  # (…，去年同期安排资金6200万元，其余由区级承担: another period is no part)
                    if name[-1] != ending:
                        # (其中执业医师1.52万人，注册护士1.78万人，药师0.63万人: names that end
                        # otherwise are parts only when short, no verb phrase (带动消费), and at
                        # least three in all, see below)
                        if len(name) > 10 or _VERB_PHRASE.match(name):
                            break
                        alike = False
                    sum_end = min(reach_end, nxt.end)
                    extra += 1
                    k += 1
                if not alike and (extra < 2 or len(_strip_aside(first.lead).removeprefix("其中")) > 8) \
                        and not (extra == 1 and _parallel_pair(first, figs[k - 1], wholes)):
                    sum_end, extra = first_end, 0
                if extra == 1 and not rest_said:
                    # one more clause may as well be a sibling of the whole, unless it names its
                    # figure in parallel with the first part, in words the whole holds (婚姻登记1.33万对，
                    # 其中结婚登记9826对，离婚登记4137对)
                    # (named in parallel: about as long, holding the same word; 过夜游客 and
                    # 乡村旅游接待游客 overlap)
                    if not (_parallel_pair(first, figs[k - 1], wholes)
                            and sum(1 for p in parts if p.start < first_end) == 1):
                        sum_end = first_end
                elif extra < 2 and not (extra == 1 and rest_said):
                    sum_end = first_end
                if extra == 0 and first is not None and sum_end < reach_end:
                    # 总金额12.6亿元，其中文旅融合项目9个，金额13.4亿元: the next clause gives the same
                    # part's amount, named as the whole's (总金额 ends with 金额)
                    k = bisect_left(starts, sum_end)
                    nxt = sent.clause_at(sum_end + 1) if sum_end + 1 < sent.end else None
                    if nxt is not None and k < len(figs) and nxt.start <= figs[k].start < nxt.end \
                            and (k + 1 >= len(figs) or figs[k + 1].start >= nxt.end):
                        f = figs[k]
                        name = text[nxt.start:f.start].strip()
                        if 2 <= len(name) <= 4 and f.unit != first.unit and not f.approx and f.role in (LEVEL, PART) \
                                and any(w.unit == f.unit and w.measure.endswith(name) and w.measure != name for w in wholes):
                            sum_end = nxt.end
        g = PartGroup(marker, mstart, m.end(), wholes, parts, reach_end, items, sum_end)
        if marker == "分别":
            # 分别占28.6%、46.3%和29.4%: the percentages after a share in the list are shares too
            share = None
            for f in parts:
                if f.role == SHARE and share is None:
                    share = f
                elif share is not None and f.role == RATE and f.unit == share.unit \
                        and f.lead.strip() in ("、", "和", "及", "与", "以及", ""):
                    f.role, f.marker = SHARE, share.marker
        for f in parts:
            if f.group is None:
                f.group = g
                if f.role in (LEVEL, COUNT) and marker != "分别":
                    f.role = PART
        return g

    @cached_property
    def sum_groups(self) -> list[SumGroup]:
        """Totals stated after the items they add up (…，合计568公里), with those items."""
        self.part_groups  # parts after 其中 must know their group first
        text, lex = self.text, self.lex
        out: list[SumGroup] = []
        figs = self._figs
        total_start = lex.total_start
        totals = self._totals
        # (only a figure whose clause starts with a character of lex.total_first can be the
        # total here: the build lists them)
        for i in self._total_heads:
            f = figs[i]
            if f.approx or f.unit in _PERCENT_UNITS or f.q.kind == "range":
                continue
            cstart = f._cspan[0]
            qstart = f.q.prefix_start if 0 <= f.q.prefix_start <= f.q.start else f.q.start
            head = text[cstart:qstart]
            m = total_start.match(head) or lex.total_noun_start.match(head)
            kind = ""
            if not m:
                m = lex.total_named_start.match(head)
                rest = head[m.end():] if m else ""
                if m is None and (m := lex.kind_total.match(head)) is not None:
                    # 金牌186枚、银牌186枚、铜牌203枚，奖牌总数共计585枚: the kind the items end with,
                    # then the marker (checked against the items below)
                    kind = lex.total_suffix.sub("", head[:m.start(1)])
                elif m is None:
                    # 三大交通枢纽共到发旅客: 共 alone, when the words after it are those the items
                    # were given with (…分别到发旅客14.8万人次、38.6万人次和52.3万人次)
                    m = lex.total_named_one.match(head)
                    rest = head[m.end():] if m else ""
                    stem = _VERB_FIRST.sub("", rest)
                    if m is None or len(rest) < 2 or not any(
                            g.lead.endswith(rest) or (len(stem) >= 2 and (stem + "分别") in g.lead)
                            for g in figs[max(0, f.index - 6):f.index] if g.sentence is f.sentence):
                        # (…增加值分别为A、B和C，三大主导产业共实现增加值D: the measure named before 分别)
                        continue
                elif len(rest) > 2 and not (
                        len(rest) <= 4 and f.index and figs[f.index - 1].lead.endswith(rest[-2:])) and not (
                        len(rest) <= 8 and any(g.lead.endswith(rest) or g.lead.endswith(_VERB_FIRST.sub("", rest))
                                               for g in figs[max(0, f.index - 6):f.index] if g.sentence is f.sentence)):
                    # (三类项目总计完成投资: the words after the marker end the items' too; 三大产业合计
                    # 实现营业收入 after …分别实现营业收入A、B和C: the words the items were given with)
                    continue
            if f.trail[:1] == "、" and head[m.end():].strip():
                continue  # 共有社区居民委员会58个、村民委员会68个: 共有 is said of the list after it
            clause = f.clause
            # no other measured figure between the marker and the total
            k = f.index - 1
            if k >= 0 and figs[k].sentence is f.sentence and figs[k]._cspan[0] == cstart \
                    and figs[k].end > cstart + m.start(1):
                continue
            count = None
            cm = _COUNT_HEAD.match(head)
            if cm:
                count = small_number(cm.group(1))
                if count is not None and count < 2:
                    count = None  # 一共: a marker, not a count of one item
            parts: list[Figure] = []
            open_list = False
            sent = f.sentence
            qizhong = self._markers_by_sentence.get(sent.start, ())
            # a list that ends with 等 is open
            prev_text = text[max(sent.start, clause.start - 3):clause.start]
            if "等" in prev_text:
                open_list = True
            k = f.index - 1
            # 126家、98家和87家，共计331家次: counts in a unit add up to a total in that unit 次
            units = (f.unit, f.unit[:-1]) if len(f.unit) > 1 and f.unit[-1] == "次" else (f.unit,)
            back = None  # the sentence before, when a counted total opens its own (…契税1.08亿元。四个主要税种合计)
            while k >= 0:
                p = figs[k]
                if p.sentence is not sent:
                    if count is None or parts or back is not None \
                            or p.sentence.paragraph != sent.paragraph:
                        break
                    back = sent = p.sentence  # (its items must then be exactly as many as counted)
                    qizhong = self._markers_by_sentence.get(sent.start, ())
                # the items of a sum run back to the previous total or the 其中 before them
                if p.role == TOTAL or any(p.end <= g < f.start for g in qizhong):
                    break
                if p.unit in units and not p.approx and p.role in (LEVEL, COUNT, PART) and not p.non_additive \
                        and (p.unit == f.unit or (p.group is not None and p.group.marker == "分别")) \
                        and not _base_of_ratio(p, figs):
                    # (家 adds up to 家次 only for values given per occasion: 三场…分别吸引…126家、98家和
                    # 87家; 生产企业126家、经营企业98家，共检查386家次 counts visits, not firms)
                    parts.append(p)
                    if lex.total_any.search(p.lead):
                        break  # 共有社区居民委员会58个、村民委员会68个，合计126个: 共有 opens the items
                elif p.unit == f.unit and not p.approx and p.role == AVERAGE and p.marker in PER_HEAD \
                        and p.marker in p.measure and p.measure != p.marker:
                    # 人均商品性消费支出15108元，人均服务性消费支出12228元，两者合计27436元: figures per
                    # head of one population add up as levels do (checked below: all of one marker); a
                    # bare 人均 names no kind (本科生312名，人均3500元，…，共发放164.8万元: each group's)
                    parts.append(p)
                elif p.unit in units and p.approx and p.role in (LEVEL, COUNT, PART):
                    parts = []
                    break
                k -= 1
            parts.reverse()
            if any("亏损" in p.lead for p in parts):
                continue  # (…分别实现利润A、B和C，文旅类企业亏损0.53亿元，四类企业利润合计…: a loss is taken off)
            if parts and parts[0].lead.lstrip("，,；; ").startswith(("加上", "再加上")):
                continue  # (。加上上级补助收入…、上年结转收入…，收入总计…: added to a figure of a sentence before)
            if lex.compound_measures and parts and _compound_mismatch(parts, head, lex.compound_measures):
                continue
            # (收入185.62亿元，加上上级补助收入…、调入资金…、上年结转…，收入总计…: 加上 says the items
            # are added, whatever their names)
            added = len(parts) >= 2 and text.find("加上", parts[0].end, parts[1].start) >= 0
            # (县道412.8公里、乡道986.4公里、村道1384.2公里，农村公路合计…: a list joined by 、 in the clause
            # right before the total is what it sums, whatever the items' names end with)
            listed = len(parts) >= 3 and parts[0]._cspan == parts[-1]._cspan and parts[-1]._cspan[2] == f._cspan[2] - 1 \
                and all(text[a.end:b.start].startswith("、") for a, b in zip(parts, parts[1:]))
            if kind and not (len(parts) >= 2 and (added or listed or all(p.measure.endswith(kind[-1]) and p.measure != kind
                                                                         for p in parts))
                             and "；" not in text[parts[-1].end:f.start]):
                continue  # (奖牌 of 金牌, 银牌, 铜牌: not 床位共计1200张 after 学校 and 医院, nor 上届…；本届该团
                # 奖牌总数共计76枚, a statement of its own)
            if any(p.role == AVERAGE for p in parts) and (
                    len({p.marker for p in parts}) > 1 or any(p.role != AVERAGE for p in parts)):
                continue  # per-head figures among levels, or per head and per household: no sum
            if any(p.group is not None for p in parts):
                parts = _wholes_for_parts(parts)
                if parts is None:
                    continue
            if count is not None:
                if len(parts) < count or (back is not None and len(parts) != count):
                    continue
                parts = parts[-count:]
            if back is not None and (_NOT_THE_ITEMS.search(text, back.start, parts[0].start)
                                     or any(_NOT_THE_ITEMS.search(p.lead) for p in parts)):
                continue  # (增值税增收0.26亿元…。两个税种合计5.98亿元: changes, targets or last year's
                # values in the sentence before are not the items of the total)
            if len(parts) < 2 and count is None:
                continue
            if f.group is not None and f.group.marker == "分别":
                continue  # 累计分别达到1016家和591家: a value given respectively, not a total
            if m.group(1) == "总长" and ("，" in text[parts[0].end:parts[-1].start] or "," in text[parts[0].end:parts[-1].start]):
                continue  # (距市区18公里，距机场32公里，总长6.8公里: 总长 of a list of lengths joined by 、 only)
            if m.group(1) in lex.total_respective and not _ALL_KINDS.search(head, m.end()):
                # 累计 / 总额 sum the values of a 分别 list (…分别投入A、B和C，累计投入D); after
                # other items they may be a running total of a longer span, unless they say they
                # sum all kinds listed (…，累计建成各类道路506公里)
                g0 = parts[0].group
                if g0 is None or g0.marker != "分别" or any(p.group is not g0 for p in parts):
                    continue
            f.role = TOTAL
            f.marker = m.group(1)
            totals.append(f.index)
            out.append(SumGroup(f, parts, m.group(1), count, open_list))
        out.extend(self._respective_sums())
        out.extend(self._partition_sums())
        out.extend(self._abbreviated_sums())
        out.extend(self._with_sums(totals))
        out.extend(self._breakdowns(sorted(set(totals))))
        out.sort(key=lambda g: g.total.start)
        return out

    def _with_sums(self, totals: list[int]) -> list[SumGroup]:
        """A，与B合计C (全年到位援藏资金1.26亿元，与援疆资金3.68亿元合计5.04亿元): a total of the figure
        of the clause before and the one joined to it by 与/和/同/连同/加上, in one sentence."""
        text, figs = self.text, self._figs
        out: list[SumGroup] = []
        for i in sorted(set(totals)):
            f = figs[i]
            if i < 2 or f.approx or f.q.kind == "range" or f.unit in _PERCENT_UNITS:
                continue
            cstart = f._cspan[0]
            m = _WITH_TOTAL.match(text, cstart, f.q.start)
            if m is None or m.end() != f.q.start:
                continue
            b, a = figs[i - 1], figs[i - 2]
            if b.sentence is not f.sentence or a.sentence is not f.sentence or b._cspan != f._cspan \
                    or a._cspan == f._cspan or a._cspan[1] + 1 != cstart:
                continue  # B in the total's clause, A in the clause just before it
            if a.role not in (LEVEL, COUNT, PART) or (i >= 3 and figs[i - 3]._cspan == a._cspan):
                continue  # A is the one figure of its clause, and a level or count (not 比上年增加200人)
            if {a.unit, b.unit} != {f.unit} or a.approx or b.approx or a.non_additive or b.non_additive:
                continue
            out.append(SumGroup(f, [a, b], m.group(1), 2, False))
        return out

    def _respective_sums(self) -> list[SumGroup]:
        """Values given respectively (分别/依次) for the items of the whole stated just before them:
        三县…21.35万人，布拖县、美姑县、昭觉县分别为6.52万人、8.37万人和6.46万人 (a count word before
        the whole names as many items); 工业和服务业项目投资总额326.5亿元，分别为214.3亿元和102.2亿元
        (分别 opens its clause: the items are the ones named with the total); 景区共42家，5A级、4A级、
        3A级及以下分别为… (a total split into items the last of which takes in the rest)."""
        out = []
        text, lex = self.text, self.lex
        for g in self.part_groups:
            if g.marker != "分别":
                continue
            first = g.parts[0]
            values = [p for p in g.parts if p.unit == first.unit and p.role in (LEVEL, COUNT, PART)]
            if len(values) < 2 or any(p.approx or p.non_additive for p in values):
                continue
            mc = first._cspan[2]
            whole = next((w for w in g.wholes if w.unit == first.unit and w.additive), None)
            if whole is None and not g.wholes and len(g.items) >= 2 and len(values) == len(g.items) \
                    and lex.exhaustive_item.search(g.items[-1]) and _DIMENSION_OPEN.match(first.sentence.text):
                # …房屋施工面积4128.6万平方米，下降8.1%。按用途分，住宅、办公楼、商业营业用房和其他用房施工面积
                # 分别为A、B、C和D: the kinds of a dimension, the last taking in the rest, of the whole
                # named in the sentence before
                before = self._whole_before_dimension(first, g.items[-1])
                if before is not None:
                    out.append(SumGroup(before, values, "分别", len(values), False))
                continue
            opens = not g.items and text[first._cspan[0]:g.start].strip() == ""  # (…，分别为A、B)
            # (案件1284件，按领域分，食品、药品…和其他领域分别为…: a clause that names the dimension between)
            by_dimension = whole is not None and whole._cspan[2] == mc - 2 and len(g.items) >= 2 \
                and _DIMENSION_OPEN.fullmatch(text, whole._cspan[1] + 1, first._cspan[0]) is not None \
                and lex.exhaustive_item.search(g.items[-1]) is not None
            if whole is None or whole.approx or whole.sentence is not first.sentence \
                    or not (whole._cspan[2] == mc - 1 or by_dimension or (opens and whole._cspan[2] == mc - 2 and _other_units_between(
                        self._figs, whole, first))):
                continue  # (共签约项目18个，总投资38.6亿元，分别为…5个…: one clause of another unit between;
                # not …，其中亿元以上项目和5亿元以上项目分别为…: items of their own, which may overlap)
            head = text[whole._cspan[0]:whole.start]
            if len(g.items) >= 2:
                if len(values) != len(g.items):
                    continue
                cm = _COUNT_WORD.search(head)
                if cm and small_number(cm.group(1)) == len(values):
                    if lex.whole_words.search(head, cm.end()) and (len(values) <= _count_before(self._figs, whole)
                            or cm.group().endswith(("项", "类")) and "；" in text[whole.end:first.start]):
                        continue  # (…参保人数213.85万人，两项合计400.27万人；失业保险、工伤保险…分别为: the
                        # two counted are the figures before the total, or items named before it (A和B两项
                        # 合计…；C、D分别为…), not the items of a statement of its own after it)
                elif not ((by_dimension or lex.whole_words.search(head)) and lex.exhaustive_item.search(g.items[-1])) \
                        and not _counted_split(g.items[-1], len(values), whole.measure):
                    continue
            elif not g.items and text[g.parts[0]._cspan[0]:g.start].strip() == "":
                # 分别 opens its clause: the values are those of the items named with the whole
                if not lex.whole_words.search(head):
                    continue
                named = list_items(head)
                own = [_RESPECTIVE_OPEN.sub("", v.lead.strip()).strip("、，,和及与 ") for v in values]
                if len(named) != len(values) and (not all(len(x) >= 2 for x in own)
                                                  or _LIST_GOES_ON.match(text, values[-1].end, first.sentence.end)):
                    continue  # (共4.27万人，分别为城市低保对象1.12万人、农村低保对象3.05万人: each named;
                    # not …58家等, …，其余为…, …，另有…: the items named are not all)
            elif len(g.items) == 1 and (span := _YEARS_SPAN.fullmatch(g.items[0].strip())) \
                    and int(span.group(2)) - int(span.group(1)) + 1 == len(values) and "累计" in head \
                    and _span_start(text[first.sentence.start:whole.start]) == int(span.group(1)) \
                    and text.startswith("分别为", g.start) and values[-1].value != whole.value:
                # “十四五”以来，…累计办理留抵退税82.15亿元，2021年至2024年分别为A、B、C和D: the values of the
                # years of the span, one each, add up to the running total over it (a total since that
                # year's start, 分别为 right after the span, and no running stock: not 1.86万个 last)
                pass
            else:
                continue
            out.append(SumGroup(whole, values, "分别", len(values), False))
        return out

    def _partition_sums(self) -> list[SumGroup]:
        """按收入来源分，人均工资性收入21356元，人均经营净收入6218元，人均财产净收入2874元，人均转移净收入8294元
        after 居民人均可支配收入38642元 in the sentence before: a sentence that opens with its dimension
        and gives a figure for every member of a known partition (the fact table
        ``share-partitions``), one each, adds up to the one figure of the unit in the sentence before
        (per-head figures to a per-head figure of the same marker)."""
        out = []
        figs, text = self._figs, self.text
        seen: set[int] = set()
        for i, f in enumerate(figs):
            sent = f.sentence
            if sent.start in seen or not _DIMENSION_OPEN.match(sent.text):
                continue
            seen.add(sent.start)
            members = [g for g in figs[i:] if g.sentence is sent]
            for name, rx, words in self.lex.partitions:
                if name in self.lex.people_partitions:
                    continue  # (城镇居民人均… and 农村居民人均…: averages of groups add up to nothing)
                n = len(set(words.values()))
                got: dict[int, Figure] = {}
                for g in members:
                    m = rx.search(g.measure)
                    if m is None or g.approx or g.value is None or g.unit != members[0].unit:
                        continue
                    if words[m.group()] in got:
                        got = {}
                        break
                    got[words[m.group()]] = g
                if len(got) != n or n < 2:
                    continue
                parts = sorted(got.values(), key=lambda g: g.start)
                per_head = {g.marker for g in parts if g.role == AVERAGE}
                if len(per_head) != 1 or any(g.role != AVERAGE for g in parts) or not per_head <= set(PER_HEAD):
                    break  # (per-head kinds only: levels of a partition's members may leave kinds out,
                    # 发电量 by 火电/水电/风电 beside others the partition does not name)
                whole = self._one_figure_before(parts[0], per_head)
                if whole is not None:
                    out.append(SumGroup(whole, parts, "分别", len(parts), False))
                break
        return out

    def _one_figure_before(self, first: Figure, per_head: set) -> Figure | None:
        """The one figure of ``first``'s unit in the sentence before ``first``'s (same paragraph),
        exact; additive, or per head with the marker of ``per_head`` when that is given."""
        figs = self._figs
        k = first.index - 1
        while k >= 0 and figs[k].sentence is first.sentence:
            k -= 1
        if k < 0 or figs[k].sentence.paragraph != first.sentence.paragraph:
            return None
        prev = figs[k].sentence
        of_unit = []
        while k >= 0 and figs[k].sentence is prev:
            if figs[k].unit == first.unit:
                of_unit.append(figs[k])
            k -= 1
        if len(of_unit) != 1:
            return None
        w = of_unit[0]
        if w.approx or w.value is None or "中位数" in w.measure or "中位数" in w.trail[:6]:
            return None  # (人均可支配收入中位数34880元: a median is no sum of the kinds)
        if per_head:
            return w if w.role == AVERAGE and w.marker in per_head else None
        return w if w.additive else None

    def _same_partition_after(self, text: str, start: int, semi: int, end: int) -> bool:
        """The clause after ``semi`` opens with another member of the known partition (the fact table
        ``share-partitions``) that the words after ``start`` open with, and names its figure in the
        same words (城镇消费品零售额…；乡村消费品零售额…): a part named in parallel with the first."""
        starts = [f.q.start for f in self._figs]
        i, j = bisect_left(starts, start), bisect_left(starts, semi)
        if i >= len(starts) or j >= len(starts) or starts[j] >= end:
            return False
        head, tail = text[start:starts[i]].lstrip("，, "), text[semi + 1:starts[j]]
        for _, rx, words in self.lex.partitions:
            a, b = rx.match(head), rx.match(tail)
            if a and b and words[a.group()] != words[b.group()] and head[a.end():] == tail[b.end():] and tail[b.end():]:
                return True
        return False

    def _whole_before_dimension(self, first: Figure, last_item: str) -> Figure | None:
        """The one figure of ``first``'s unit in the sentence before ``first``'s (see
        _one_figure_before: 供应国有建设用地2356.4公顷，其中出让土地1620.5公顷。按用途分，出让的…和其他用地
        分别为… splits the part), when it is additive and its measure shares a pair of characters with
        the words of the last item (施工面积 of 其他用房施工面积 in 房屋施工面积), or None."""
        w = self._one_figure_before(first, set())
        if w is None or not (_pairs_of(w.measure) & _pairs_of(last_item)):
            return None
        return w

    def _abbreviated_sums(self) -> list[SumGroup]:
        """A total named by the first characters of the items given respectively before it, in
        order: 猪肉、牛肉、羊肉、禽肉产量分别为A、B、C和D，猪牛羊禽肉总产量共计E (three items or more, a
        total word after the name, the total the next figure of the sentence, in the values' unit)."""
        out = []
        text, lex, figs = self.text, self.lex, self._figs
        for g in self.part_groups:
            if g.marker != "分别" or len(g.items) < 3:
                continue
            first = g.parts[0]
            values = [p for p in g.parts if p.unit == first.unit and p.role in (LEVEL, COUNT, PART)]
            if len(values) != len(g.items) or any(p.approx or p.non_additive for p in values):
                continue
            k = values[-1].index + 1
            if k >= len(figs):
                continue
            f = figs[k]
            if f.sentence is not first.sentence or f.unit != first.unit or f.approx or f.q.kind == "range" \
                    or f.value is None or f._cspan == values[-1]._cspan:
                continue
            head = text[f._cspan[0]:f.q.start]
            # (the first item may carry words before its name: 全年猪肉、牛肉… → 猪牛…)
            items = [item.strip() for item in g.items]
            rest = "".join(item[:1] for item in items[1:])
            n = len(items)
            if not all(items) or len(head) <= n or head[0] not in items[0] or head[1:n] != rest:
                continue
            # the initials are followed by the last character every item ends with (猪牛羊禽肉 after
            # 猪肉、牛肉、羊肉、禽肉): not a fifth kind (水电气暖 after 水、电、气; 猪牛羊禽肉 after three
            # meats) nor another measure (猪牛羊存栏 after 猪、牛、羊出栏)
            first = items[0][items[0].rfind(head[0]):]
            tail = items[1][-1] if len(items[1]) == 2 else ""
            if not tail or head[n] != tail or any(len(x) != 2 or x[-1] != tail for x in items[1:-1]) \
                    or first[1:2] != tail or items[-1][1:2] != tail:
                continue
            m = lex.total_any.search(head, n)
            if m is None:
                continue
            out.append(SumGroup(f, values, m.group(), len(values), False))
        return out

    def _breakdowns(self, totals: list[int]) -> list[SumGroup]:
        """A total followed by a colon and the items it breaks down into: 全年接待游客总计1268.4万
        人次：国内游客1196.2万人次、入境游客62.2万人次.  Not when the items are a selection (其中,
        等, 包括, 主要).  ``totals``: the indices, in order, of every figure whose role is total
        (those a total word made in the build and those ``sum_groups`` made)."""
        out = []
        text, lex = self.text, self.lex
        figs = self._figs
        for i in totals:
            f = figs[i]
            if f.role != TOTAL or f.approx or f.is_percent or f.q.kind == "range":
                continue
            c = f.clause
            if c.sep not in ("：", ":") or text[f.end:c.end].strip():
                continue
            sent = f.sentence
            rest = text[c.end + 1:sent.end]
            if lex.breakdown_stop.search(rest):
                continue
            parts = []
            k = f.index + 1
            while k < len(figs) and figs[k].sentence is sent:
                p = figs[k]
                k += 1
                if p.unit != f.unit:
                    continue
                if p.approx or p.non_additive or p.role not in (LEVEL, COUNT, PART):
                    parts = []
                    break
                parts.append(p)
            if len(parts) < 2:
                continue
            out.append(SumGroup(f, parts, f.marker or "总计", None, False))
        return out

    @cached_property
    def _markers_by_sentence(self) -> dict[int, list[int]]:
        """Offsets of 其中 by the start of their sentence."""
        out: dict[int, list[int]] = {}
        for g in self.part_groups:
            if g.marker == "其中":
                s = g.parts[0].sentence
                out.setdefault(s.start, []).append(g.start)
        return out


def analyse(ctx: "Context") -> Claims:
    """The claim model of a document (``Context.claims`` calls this once and caches it)."""
    return Claims(ctx.document.text, lambda: ctx.quantities, ctx.knowledge, ctx.year)


def analyse_text(text: str, knowledge=None, quantities=None, year: int | None = None) -> Claims:
    """The claim model of a bare string (tests, tools): figures from ``quantities`` if given,
    else from the numeral engine."""
    return Claims(text, quantities, knowledge, year)
