"""Change statements: a before figure, an after figure and the change the text states between them.

Private helper shared by ``change-mismatch`` and ``percentage-point`` (not a plugin).

The text is read once per document through a *masked* copy in which every figure found by the
numeral engine is one marker character (a percentage, a 个百分点 figure, a multiple, a year, any
other measured figure).  A handful of compiled patterns then find, in one linear pass each:

- ``由/从 A (提高)到 B，增长x%`` (and 下降, 增长了N倍, 增长到N倍, 翻N番, 年均增长x%, 提高x个百分点,
  增加C);
- ``B，比(上年的) A 增长x%`` (and 下降x%, 增加C, 提高x个百分点);
- ``B，是(2021年) A 的N倍`` / ``相当于 A 的x%`` / ``B，增长到(2022年) A 的N倍``;
- ``B，比上年增加C，增长x%`` (the before figure is B − C).

Every statement is then judged with interval arithmetic on the precision each figure is written
with (:func:`judge`): a statement is wrong only when no reading inside those intervals makes it
true.  Decimal bounds are rounded outwards (floor for lower bounds, ceiling for upper bounds) so
that rounding inside the computation can never produce a false alarm.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext
from functools import lru_cache
from typing import TYPE_CHECKING

from factlint.claims import MAX_SENTENCE, small_number

if TYPE_CHECKING:  # pragma: no cover
    from factlint import Context
    from factlint.numerals import Quantity

# Marker characters (Unicode private use area) that stand for whole figures in the masked text.
PCT = "\ue001"  # unit %
PTS = "\ue002"  # unit 百分点
MUL = "\ue003"  # unit 倍 (including 翻N番 if the numeral engine reads it)
YEAR = "\ue004"  # a year or a date
NUM = "\ue005"  # any other measured figure
OTHER = "\ue006"  # ranges, names, ordinals: figures the change rules never use
MARKS = PCT + PTS + MUL + YEAR + NUM + OTHER

#: what may stand between 由/从/比/是 and the figure it introduces: years and words of time only
_PERIOD_WORDS = re.compile(
    f"[{YEAR}上去前今本当该同年度期末底初的一二三四五六七八九十〇零季月半时间个届春夏秋冬汛“”\"（）()至和及]*"
    # (到目前的B, 到今年预计的B: the time now, and the year's expected figure)
    f"|(?:目前|现在|当前|今年预计|预计)的?"
)
#: a time named by the work done since (改造前的, 实施前, 治理之前的) or an event (灾后的, 改造后的)
_BEFORE_WORK = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:前|之前|以前|后|之后|以后)的?")
#: the same holiday or season a year before (上年国庆假期的, 去年春节黄金周, 去年活动季的), or the
#: season, school year or round before (上一赛季的, 上一学年): a time too
_HOLIDAY_BEFORE = re.compile(
    r"(?:上年|去年|上一年|上届)(?:同期)?(?:(?:春节|国庆|五一|劳动节|端午|中秋|清明|元旦|十一|中秋国庆)"
    r"(?:假期|黄金周|长假|小长假|期间)?|[\u4e00-\u9fff]{0,4}?(?:活动季|旅游季|消费季|赛季|展会期间|节会期间|活动期间))"
    r"(?:同期)?的?"
    # 由上一赛季的1.82万人增至…, 上一学年: the season, school year or round before
    r"|上[一个]?(?:赛季|学年|学期|轮|周期)(?:同期)?的?")
#: a rate's own words between 由 and its figure (由每人每月153元提高到163元): what each figure is per
_PER_HEAD = re.compile(r"(?:上年|去年|原来|原)?的?(?:每人|每户|人均|户均|每公斤|每千克|每斤|每吨|每亩|每平方米)?"
                       r"(?:每月|每年|每天|每日|月|年)?(?:的)?")  # (由上年的每公斤86.4元提高到98.2元: a price per unit)

#: what may stand between a figure and the comma after it: the rest of its unit (亿元 is one marker)
_UNIT_TAIL = re.compile(r"[\u4e00-\u9fff]{0,3}")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_INF = Decimal("Infinity")
#: a multiple written as a whole number (增长了3倍, 是…的两倍, 翻一番 = 2倍) is read as that number
#: ± a quarter: a ratio of 3.5 is 增长了2.5倍 or 增长到3.5倍, and a careful writer says so, while
#: 2.03 written 增长一倍 is ordinary rounding.  翻N番 is read as 2^N ± an eighth of it.
WHOLE_MULTIPLE = Decimal("0.25")
FAN_TOLERANCE = Decimal("0.125")
HUNDRED = Decimal(100)
ONE = Decimal(1)


# -- the masked text ---------------------------------------------------------------------------
@dataclass
class Figures:
    """The document text with each figure replaced by one marker character."""

    text: str
    masked: str
    #: masked position of each marker, ascending
    marks: list[int]
    quantities: list["Quantity"]

    def quantity(self, mpos: int) -> "Quantity":
        """The figure whose marker is at masked position ``mpos`` (KeyError when none is).  A
        binary search: the rules ask for a few figures per document, far fewer than a document
        has, so an index of every marker would cost more than it saves."""
        i = bisect_left(self.marks, mpos)
        if i == len(self.marks) or self.marks[i] != mpos:
            raise KeyError(mpos)
        return self.quantities[i]

    def orig(self, mpos: int) -> int:
        """Original offset of a masked position that is not inside a marker.  After the i-th
        marker, original and masked offsets differ by that figure's end minus its marker's
        position minus one (the marker is one character): no table of shifts is needed."""
        i = bisect_right(self.marks, mpos - 1) - 1
        return mpos + (self.quantities[i].end - self.marks[i] - 1 if i >= 0 else 0)


class _Opaque:
    """A figure the change rules must not use (its reading is doubtful)."""

    kind = "name"
    is_measured = False
    value = None

    def __init__(self, q):
        self.start, self.end, self.text, self.unit, self.approx = q.start, q.end, q.text, q.unit, q.approx


#: the marker of a figure by its kind (any other kind: OTHER); a NUM or MUL figure with a value
#: then takes the marker of its unit from _UNIT_MARK (%, 百分点, 倍), one without a value OTHER
_KIND_MARK = {"year": YEAR, "date": YEAR, "number": NUM, "money": NUM, "percent": NUM, "multiple": MUL}
#: (a month without its year, 由6月底的72.5%… or 比3月份的5.3%…, is a time as a date is: 个月 counts months)
_UNIT_MARK = {"%": PCT, "百分点": PTS, "倍": MUL, "月": YEAR, "月份": YEAR}


#: the span from the before to the after figure named again before the change (由2022年的A增加到B，
#: 两年间翻了两番; 五年来增长了3倍): left as text by :func:`figures`, read as a connective
_SPAN_AFTER = "间来内"
_SPAN_YEARS = "[一二两三四五六七八九十]|十[一二三四五六七八九]|[1-9]\\d?"
#: (inside the change patterns, which may hold it twice: no named group)
# (两年间, 五年来; 两年翻了一番: the span right before 翻)
_SPAN = f"(?:近|这)?(?:{_SPAN_YEARS})年(?:[{_SPAN_AFTER}]|(?=翻|{MUL}))"
_SPAN_RX = re.compile(f"(?:近|这)?(?P<n>{_SPAN_YEARS})年(?:[{_SPAN_AFTER}]|(?=翻|{MUL}))")


def figures(ctx: "Context") -> Figures:
    """The masked text of ``ctx`` (computed once per document and shared by the rules).

    One pass over the figures in document order; each figure becomes one marker character."""
    cached = ctx.__dict__.get("_factlint_change_figures")
    if cached is not None:
        return cached
    text = ctx.text
    pieces: list[str] = []
    marks: list[int] = []
    kept: list["Quantity"] = []
    put, mark, keep = pieces.append, marks.append, kept.append
    kind_mark, unit_mark = _KIND_MARK.get, _UNIT_MARK.get
    pos = 0  # original offset after the last figure kept
    mpos = 0  # the masked offset of ``pos``
    for q in ctx.quantities:
        s = q.start
        if s < pos:
            continue  # overlapping or out of order: keep the first reading
        e = q.end
        if e <= s:
            continue  # empty
        if q.kind == "number" and q.unit == "年" and text[e:e + 1] and text[e:e + 1] in _SPAN_AFTER + "翻":
            continue  # (两年间, 五年来: the span of a change, words between its figures and its verb)
        # the marker: by kind, then (measured figures) by unit: % before 百分点 before 倍, and a
        # multiple whose unit is none of them is MUL
        m = kind_mark(q.kind, OTHER)
        if m is OTHER and q.kind == "ordinal" and q.text.endswith("届") and len(q.text) == 5 \
                and q.text[:2] in ("19", "20"):
            m = YEAR  # (2024届毕业生…比2023届的5126人: a class is named by its year, a time)
        elif m is NUM or m is MUL:
            m = OTHER if q.value is None else unit_mark(q.unit, m)
        if text[s - 1] in ",，" and s >= 2 and text[s - 2].isdigit():
            # 1，753亿元 read as 753: a thousands separator the numeral engine did not join
            # (s == 1 reads text[0]; s == 0 reads the last character: both then fail s >= 2)
            q, m = _Opaque(q), OTHER
        put(text[pos:s])
        put(m)
        mpos += s - pos
        mark(mpos)
        mpos += 1
        keep(q)
        pos = e
    put(text[pos:])
    fig = Figures(text, "".join(pieces), marks, kept)
    ctx.__dict__["_factlint_change_figures"] = fig
    return fig


# -- patterns ------------------------------------------------------------------------------------
def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)) if w)


@dataclass(frozen=True)
class Patterns:
    up: frozenset[str]
    down: frozenset[str]
    nouns: frozenset[str]
    year_pair: re.Pattern
    derived: re.Pattern
    annual: tuple[str, ...]
    not_raw: re.Pattern | None
    real: re.Pattern | None
    from_to: re.Pattern
    compare: re.Pattern
    ratio: re.Pattern
    chain: re.Pattern
    verb_in: re.Pattern
    #: 较上年的A增长x%，达到B: the before figure first, the after figure after the change
    compare_first: re.Pattern
    reach_after: re.Pattern
    #: 由上年的A增长了N倍，达到B: the 由 form with the change before the after figure
    from_first: re.Pattern
    #: B，同比增长x%，上年同期为A: the before figure after the change
    base_after: re.Pattern
    ratio_back: re.Pattern
    ratio_named: re.Pattern


@lru_cache(maxsize=8)
def _compile(
    up: tuple, down: tuple, conn: tuple, annual: tuple, not_raw: tuple, real: tuple, nouns_up: tuple, nouns_down: tuple,
    per_real: tuple = (),
    base_words: tuple = (),
    not_raw_except: tuple = (),
) -> Patterns:
    verbs = _alt(up + down)
    nouns = _alt(nouns_up + nouns_down) or "(?!)"
    zhi = _alt([w for w in up + down if w.endswith("至")]) or "(?!)"
    stop = "，,。；;！？!?：:\n\r"
    per = f"[^{stop}{PCT}{PTS}{MUL}{NUM}{OTHER}]{{0,10}}?"
    tail = f"[^{stop}{MARKS}、（）()]{{0,4}}?"
    value = f"[{PCT}{NUM}]"
    connect = _alt(conn + annual) + "|" + _SPAN
    # 52.6万人次，受部分航线调整影响，同比下降6.3%: a cause said between the figure and its change
    aside = f"(?:受[^{stop}{MARKS}]{{1,16}}?影响[，,])?"
    from_to = re.compile(
        f"(?P<from>[由从])(?P<p1>{per})(?P<a>{value})(?P<g1>{tail})"
        f"(?P<v1>(?:{verbs})了?(?:到|至|为)|{zhi}|到|至)(?P<p2>{per})(?P<b>{value})"
    )
    compare = re.compile(
        # (本届86.4万人次的观众总量比上届的71.2万人次增长: the measure after B, then 比)
        f"(?P<b>{value})(?P<g0>{tail}|的[\u4e00-\u9fff]{{2,6}}(?=比|较))[，,]?{aside}"
        # 上涨1.9%，涨幅比上年的0.8%扩大…; 占…的63.3%，比重较上年同期的61.2%提高…: the rate's or the
        # share's own name after the comma (only after a percentage)
        f"(?:(?<=[{PCT}][，,])(?:涨幅|增幅|增速|降幅|跌幅|比重|占比|份额))?"
        f"(?P<cmp>(?<![占对相无类正反好评攀排之])比|较|[低高]于)(?P<p1>{per})(?P<a>{value})"
        f"(?:(?<=[（(][{PCT}{NUM}])[）)])?"  # 较上届（6.12万人）增加…: the before figure in brackets
    )
    # (a measure's name)是 A 的N倍, B stated before: see statements
    ratio_named = re.compile(
        f"(?<![{stop}{MARKS}])(?P<cop>是|为|相当于)(?P<p1>{per})(?P<a>{value})(?P<g1>{tail})[）)]?的(?P<x>[{MUL}])"
    )
    # 由2020年的A增加到2025年的B，是2020年的N倍: B over the A of the year named
    ratio_back = re.compile(f"[，,](?:是|为|相当于)(?P<p1>{per})的(?P<x>[{MUL}])")
    # B，是 A 的N倍 / 相当于 A 的x% / 增长到(2022年) A 的N倍 (B = A × N); B的X是 A 的N倍 (今年18.6亿元的
    # 改造投资是2021年（4.3亿元）的3.5倍: the measure after B)
    ratio = re.compile(
        f"(?P<b>{value})(?P<g0>{tail}|的[\u4e00-\u9fff]{{2,6}}(?=是))[，,]?(?:是|为|相当于|完成|(?:增长|增加|提高|扩大|上升|发展)(?:到|至))"
        f"(?P<p1>{per})(?P<a>{value})(?P<g1>{tail})[）)]?的(?P<x>[{MUL}{PCT}])"
    )
    chain = re.compile(
        f"(?P<tail>{tail})(?P<comma>[，,]?){aside}(?P<conn>(?:{connect})*)"
        f"(?:(?P<verb>{verbs}|{nouns})(?P<le>了)?(?P<to>到|至|为)?"
        + (f"(?:(?<=[到至])(?:{_alt(base_words)})的)?" if base_words else "")
        + f"(?P<pre>约|近|超过|超|达|接近|将近|逾|高达|达到)?(?P<x>[{PCT}{PTS}{MUL}{NUM}])"
        f"|(?P<fan>翻了?)?(?P<fx>{MUL})"
        f"|(?P<fanw>翻了?(?P<fn>[一二两三四五六七八九])番|(?<![不未])翻番))"
    )
    pre = "约|近|超过|超|达|接近|将近|逾|高达|达到"
    derived = re.compile(
        f"[{NUM}{PCT}]{tail}[，,](?:{connect})+(?:{verbs})了?(?:{pre})?{NUM}"
        f"[，,](?:{connect})*(?:{verbs}|{nouns})了?(?:为)?(?:{pre})?{PCT}"
    )
    reach = _alt(["达到", "达", "为", "是", "突破", "增至", "升至", "降至", "减至"])
    year_pair = re.compile(
        f"(?P<y1>{YEAR})(?P<p1>[^{stop}{MARKS}]{{0,16}}?)(?:{reach})?(?P<a>{value})(?P<g1>{tail})[，,]"
        f"(?:到|至|而)?(?P<y2>{YEAR})(?:[末底])?(?:(?:{verbs})了?(?:到|至|为)|{reach})(?P<b>{value})"
    )
    compare_first = re.compile(f"(?:比|较)(?P<p1>{per})(?P<a>{value})")
    from_first = re.compile(f"[由从](?P<p1>{per})(?P<a>{value})")
    reach_after = re.compile(
        f"(?P<tail>{tail})[，,](?:{_alt(['达到', '达', '为', '增至', '升至', '降至', '减至', '增加到', '提高到', '上升到', '下降到', '降低到', '减少到'])})(?P<b>{value})")
    base_after = re.compile(
        f"[，,（(](?P<p1>(?:上年|去年|上一年)(?:同期|末|底)?)(?P<m>[^{stop}{MARKS}]{{0,12}}?)(?:为|是|有|达)(?P<a>{value})")
    return Patterns(
        compare_first=compare_first,
        from_first=from_first,
        reach_after=reach_after,
        base_after=base_after,
        ratio_back=ratio_back,
        ratio_named=ratio_named,
        up=frozenset(up + nouns_up),
        down=frozenset(down + nouns_down),
        nouns=frozenset(nouns_up + nouns_down),
        year_pair=year_pair,
        derived=derived,
        annual=annual,
        # (a word that holds one of them but says nothing of the figures, 加计扣除, is matched first and
        # left: see says_not_raw)
        not_raw=re.compile((f"(?:{_alt(not_raw_except)})|" if not_raw_except else "") + f"(?P<w>{_alt(not_raw)})")
        if not_raw else None,
        # (单位地区生产总值能耗 is a quantity per unit of the measure, not the measure itself)
        real=(re.compile(f"(?:{_alt(real)})" + (f"(?!的?(?:{_alt(per_real)}))" if per_real else "")) if real else None),
        from_to=from_to,
        compare=compare,
        ratio=ratio,
        chain=chain,
        verb_in=re.compile(f"{verbs}|比|较"),
    )


def patterns(ctx: "Context") -> Patterns:
    k = ctx.knowledge
    return _compile(
        k.lexicon("change-up"),
        k.lexicon("change-down"),
        k.lexicon("change-connectives"),
        k.lexicon("change-annual"),
        k.lexicon("change-not-raw"),
        k.lexicon("change-real-measures"),
        k.lexicon("change-rate-nouns-up"),
        k.lexicon("change-rate-nouns-down"),
        k.lexicon("change-per-real-measures"),
        k.lexicon("change-original-base"),
        k.lexicon("change-not-raw-except"),
    )


# -- statements ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    """One stated change about a before/after pair."""

    #: "relative" (增长x%), "points" (x个百分点), "absolute" (增加C), "ratio" (×N: 翻N番,
    #: 增长到N倍, 是…的N倍, 是…的x%), "plus" (增长了N倍: ×(1+N), also read as ×N unless strict)
    mode: str
    sign: int  # +1 increase, -1 decrease, 0 none (ratio statements)
    low: Decimal  # stated magnitude interval, in the unit of the mode (% for relative)
    high: Decimal
    start: int  # original span of the change words (verb .. figure)
    end: int
    stated: str  # the stated words as written, e.g. 增长8.7%
    quantity: "Quantity | None"
    annual: bool = False
    #: the plus reading also admits ×N (增长N倍 without 了 is read both ways)
    also_ratio: bool = False


@dataclass(frozen=True)
class Statement:
    before: "Quantity"
    after: "Quantity"
    change: Change
    #: years of the before and after figures where written (由2015年的A增加到2020年的B)
    years: tuple[int | None, int | None]
    #: the before figure is derived as after ∓ the stated absolute change (比上年增加C，增长x%)
    derived_from: "Quantity | None" = None
    #: the sentence says the change is not the plain ratio (可比价, 实际增长) or is about a measure
    #: stated at constant prices by convention (生产总值, 增加值)
    not_raw: bool = False
    start: int = 0  # original span of the whole statement
    end: int = 0
    #: for a table row: the row label (人均消费（元）)
    label: str = ""
    #: the after figure is derived as before ± the stated absolute change (比上年的A增加C，增长x%:
    #: no after figure written; ``after`` is then ``before``)
    derived_to: "Quantity | None" = None


def _year_of(fig: Figures, mstart: int, mend: int) -> int | None:
    years = [fig.quantity(i) for i in range(mstart, mend) if fig.masked[i] == YEAR]
    if len(years) != 1:
        return None
    q = years[0]
    if q.date is not None and q.date[0] is not None:
        return q.date[0]
    if q.value is not None and q.value == q.value.to_integral_value():
        return int(q.value)
    return None


def _cn_small(s: str) -> int | None:
    return _CN_DIGITS.get(s)


def precision(q: "Quantity") -> Decimal:
    """Half the unit of the last written digit.  The numeral engine gives 0 for figures that are
    exact as written (Chinese numerals such as 八百二十七亿一千万, 百分之六十八); read as written, they
    were rounded at their last non-zero digit like any other figure, so that unit is used."""
    if q.precision > 0 or q.value is None or q.value == 0:
        return q.precision
    v = q.value.normalize()
    sign, digits, exp = v.as_tuple()
    p = Decimal(5).scaleb(exp - 1)
    if exp > 0:
        # 一千亿, 四十万: trailing zeros are not all rounding; read at least two significant digits
        # (四十万 as 40万 ± 0.5万, not ± 5万)
        size = len(digits) + exp
        p = min(p, Decimal(5).scaleb(size - 3))
    return p


def whole_multiple(q: "Quantity") -> bool:
    """A multiple written as a whole number (3倍, 两倍), not 2.5倍."""
    return q.value is not None and "." not in q.text and "．" not in q.text and "点" not in q.text


def _interval(q: "Quantity") -> tuple[Decimal, Decimal] | None:
    if q.value is None:
        return None
    p = precision(q)
    lo, hi = q.value - p, q.value + p
    if q.approx == "more":
        hi = _INF
    elif q.approx in ("about", "less"):
        return None
    return lo, hi


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    # at most MAX_SENTENCE characters each side: searching the whole text for a terminator that
    # is not there would make the rules quadratic in the length of the text
    lo, e = max(0, start - MAX_SENTENCE), min(len(text), end + MAX_SENTENCE)
    s = max(max(text.rfind(c, lo, start) for c in "。！？!?\n") + 1, lo)
    for c in "。！？!?\n":
        i = text.find(c, end, e)
        if i != -1 and i < e:
            e = i
    return s, e


def _read_chain(fig: Figures, pat: Patterns, mpos: int, limit: int = 2) -> list[tuple[re.Match, int]]:
    """Up to ``limit`` change expressions following masked position ``mpos``."""
    out = []
    for _ in range(limit):
        m = pat.chain.match(fig.masked, mpos)
        if not m:
            break
        out.append((m, mpos))
        mpos = m.end()
    return out


def _post_approx(fig: Figures, mend: int) -> str | None:
    after = fig.masked[mend:mend + 2]
    if after.startswith(("左右", "上下", "前后")):
        return "about"
    if after.startswith(("以上", "多", "余")):
        return "more"
    if after.startswith(("以下", "以内")):
        return "less"
    return None


def _approx_before(m: re.Match) -> bool:
    """基本/接近/近 before 翻一番: an approximate doubling, never checked."""
    conn = m.group("conn") or ""
    return any(w in conn for w in ("基本", "接近", "近", "约"))


def _change_from(
    fig: Figures, pat: Patterns, m: re.Match, *, ratio_statement: bool = False, strict: bool = False
) -> Change | None:
    """Turn one chain match into a :class:`Change`, or None when it states no checkable change."""
    masked = fig.masked
    annual = any(w in (m.group("conn") or "") for w in pat.annual) if "conn" in m.groupdict() else False
    if m.groupdict().get("fanw"):
        n = _cn_small(m.group("fn")) if m.group("fn") else 1
        if n is None:
            return None
        start = fig.orig(m.start("fanw"))
        end = fig.orig(m.end("fanw"))
        value = Decimal(2) ** n
        approx = _post_approx(fig, m.end())
        if approx in ("about", "less") or _approx_before(m):
            return None
        tol = value * FAN_TOLERANCE
        return Change("ratio", 0, value - tol, _INF if approx == "more" else value + tol, start, end,
                      fig.text[start:end], None, annual)
    if m.groupdict().get("fx"):
        q = fig.quantity(m.start("fx"))
        if "番" not in q.text:
            return None  # a bare multiple after the figure is not a change statement
        fan = m.group("fan") or ""
        n = None
        for ch in q.text:
            if ch in _CN_DIGITS:
                n = _CN_DIGITS[ch]
        if n is None:
            return None
        start = fig.orig(m.start("fx") - len(fan)) if fan else q.start
        value = Decimal(2) ** n
        approx = q.approx or _post_approx(fig, m.end())
        if approx in ("about", "less") or _approx_before(m):
            return None
        tol = value * FAN_TOLERANCE
        return Change("ratio", 0, value - tol, _INF if approx == "more" else value + tol, start, q.end,
                      fig.text[start:q.end], q, annual)
    xpos = m.start("x")
    q = fig.quantity(xpos)
    kind = masked[xpos]
    verb = m.groupdict().get("verb")
    if verb in pat.nouns:
        if kind != PCT or m.group("le"):
            return None
        if m.group("to") and m.group("to") != "为":
            return None
        # 增幅为7.6%: 为 is a copula here, not the level reached
        sign = 1 if verb in pat.up else -1
        start = fig.orig(m.start("verb"))
        approx = q.approx or _post_approx(fig, m.end())
        if approx in ("about", "less") or q.value is None or masked[m.end():m.end() + 1] == "的":
            return None
        p = precision(q)
        return Change("relative", sign, q.value - p, _INF if approx == "more" else q.value + p, start, q.end,
                      fig.text[start:q.end], q, annual)
    if ratio_statement:
        start, end = q.start, q.end
        sign = 0
    else:
        start = fig.orig(m.start("verb"))
        if annual:
            conn = m.group("conn")
            i = min(conn.find(w) for w in pat.annual if w in conn)
            start = fig.orig(m.start("conn") + i)
        end = q.end
        sign = 1 if verb in pat.up else -1
    approx = q.approx or _post_approx(fig, m.end())
    if approx in ("about", "less") or q.value is None:
        return None
    p = precision(q)
    if kind == MUL and whole_multiple(q):
        p = WHOLE_MULTIPLE
    lo, hi = q.value - p, q.value + p
    if approx == "more":
        hi = _INF
    stated = fig.text[start:end]
    if not ratio_statement and masked[m.end():m.end() + 1] == "的":
        return None  # 增长7.5%的目标: a target, not a result
    if kind == MUL:
        if "番" in q.text:
            n = next((_CN_DIGITS[c] for c in reversed(q.text) if c in _CN_DIGITS), None)
            if n is None:
                return None
            value = Decimal(2) ** n
            tol = value * FAN_TOLERANCE
            return Change("ratio", 0, value - tol, _INF if approx == "more" else value + tol, start, end, stated, q, annual)
        if ratio_statement:
            return Change("ratio", 0, lo, hi, start, end, stated, q)
        if sign < 0:
            return None  # 降低N倍 is multiple-decrease's business
        if m.group("to") or verb.endswith("至"):
            return Change("ratio", 0, lo, hi, start, end, stated, q)
        if m.group("le") or strict:
            return Change("plus", 1, lo, hi, start, end, stated, q, also_ratio=not strict)
        return Change("plus", 1, lo, hi, start, end, stated, q, also_ratio=True)
    if kind == PCT:
        if ratio_statement:
            return Change("ratio", 0, lo / HUNDRED, hi / HUNDRED, start, end, stated, q)
        if m.group("to") or verb.endswith("至"):
            return None  # 提高到78.6%, 增至71%: a level, not a change
        return Change("relative", sign, lo, hi, start, end, stated, q, annual)
    if kind == PTS:
        if m.group("to") or verb.endswith("至") or annual:
            return None
        return Change("points", sign, lo, hi, start, end, stated, q)
    if kind == NUM:
        if m.group("to") or verb.endswith("至") or annual:
            return None
        return Change("absolute", sign, lo, hi, start, end, stated, q)
    return None


def says_not_raw(pat, text: str, s: int = 0, e: int | None = None) -> bool:
    """Whether ``text[s:e]`` holds a word of ``change-not-raw`` (可比价, 扣除…) that is not part of a
    word of ``change-not-raw-except`` (加计扣除: a tax deduction, not a deflated figure)."""
    if pat.not_raw is None:
        return False
    e = len(text) if e is None else e
    return any(m.group("w") for m in pat.not_raw.finditer(text, s, e))


def _not_raw(pat, text: str, s: int, e: int, end: int, start: int | None = None) -> bool:
    """Whether the change of a statement from ``start`` to ``end`` in the sentence ``text[s:e]``
    may not be the plain ratio of its figures: the sentence says so (可比价, 同口径 …, anywhere in
    it), or a measure stated at constant prices (增加值, 生产总值) comes before the change's end (not
    one named after it: 建筑业总产值…增长8.6%，建筑业增加值占…) in the statement's own part of the
    sentence (地区生产总值由…；农村居民人均可支配收入由7825元增加到19562元: not past a ；)."""
    if says_not_raw(pat, text, s, e):
        return True
    if pat.real is None:
        return False
    if start is not None:
        s = max(s, text.rfind("；", s, start) + 1, text.rfind(";", s, start) + 1)
    return pat.real.search(text, s, end) is not None


def statements(ctx: "Context", *, strict_multiples: bool = False) -> list[Statement]:
    """Every before/after/change statement of the document, in document order."""
    key = ("_factlint_change_statements", strict_multiples)
    cached = ctx.__dict__.get(key)
    if cached is not None:
        return cached
    fig = figures(ctx)
    pat = patterns(ctx)
    masked = fig.masked
    out: list[Statement] = []
    seen: set[tuple[int, int, int]] = set()

    def ok_period(s: str) -> bool:
        """The words between 由/从/比 and a figure name a time (上年的, 2015年末的, 去年同期, 改造前的), not
        another subject (比全国平均水平的…) or a change (比上年增产1.3万吨)."""
        return (_PERIOD_WORDS.fullmatch(s) is not None or _BEFORE_WORK.fullmatch(s) is not None
                or _HOLIDAY_BEFORE.fullmatch(s) is not None or _PER_HEAD.fullmatch(s) is not None) \
            and not pat.verb_in.search(s)

    def add(a_pos: int, b_pos: int, changes: list[Change], years, span_start_m: int, derived=None):
        a, b = fig.quantity(a_pos), fig.quantity(b_pos)
        for ch in changes:
            k = (a.start, b.start, ch.start)
            if k in seen:
                continue
            seen.add(k)
            start = min(fig.orig(span_start_m), ch.start)
            end = max(ch.end, b.end)
            s, e = _sentence_bounds(fig.text, start, end)
            out.append(Statement(a, b, ch, years, derived, _not_raw(pat, fig.text, s, e, end, start), start, end))

    def chain_changes(mpos: int, multi_year: bool, base: str | None = None, years=(None, None)) -> list[Change]:
        """The changes chained after masked position ``mpos``; with ``multi_year`` (a pair of years
        apart) none after one that names a base; with ``base`` (the words a comparison names its
        base with, 前三季度（) none after one that names another (比上年 after 比前三季度; not 同比
        after 比上年的); none after a span of years (两年间) that is not the span of ``years`` (the
        years of the before and after figures: 五年来累计增长 after 由上年的A增加到B is a longer review)."""
        changes = []
        last_year = base is not None and any(w in base for w in _LAST_YEAR_WORDS)
        for m, _ in _read_chain(fig, pat, mpos):
            conn = m.group("conn") or ""
            span = _SPAN_RX.search(conn)
            if span is not None:
                # (the after figure without a year is of the text's year, when it is known: 由2022年的A
                # 增加到B，两年间… in a text on 2024)
                y1, y2 = years
                if y2 is None:
                    y2 = ctx.claims.year
                if y1 is None or (y2 is not None and small_number(span.group("n")) != y2 - y1):
                    break
            names_base = "比" in conn or "较" in conn or "同比" in conn
            if multi_year and names_base:
                break  # 由2015年的A增加到2020年的B，比上年增长x%: another baseline
            if base is not None and names_base and not (last_year and any(w in conn for w in _LAST_YEAR_WORDS)):
                break  # 增速比前三季度（8.6%）回落…，比上年提高…: another base
            ch = _change_from(fig, pat, m, strict=strict_multiples)
            if ch is not None:
                changes.append(ch)
        return changes

    # Each pattern is tried only at its anchor words, found by literal search (str.find is far
    # faster than a regex scan over every figure): 由/从, 比/较, 的 followed by a multiple or a
    # percentage.
    marks = fig.marks
    n_marks = len(marks)
    for f in _positions(masked, ("由", "从")):
        # from_to and from_first both need the before figure within 11 characters after 由/从
        # (a few words of time, then the figure): most 由/从 (由于, 从严) have no figure there
        i = bisect_right(marks, f)
        if i == n_marks or marks[i] > f + 11:
            continue
        m = pat.from_to.match(masked, f)
        if m is None and not (masked[f] == "由" and (masked[f - 1:f] in ("理", "自", "缘", "经", "来") or masked[f + 1:f + 2] in ("于", "此"))):
            # 由上年同期的860万元增长了1倍，达到1720万元: the after figure follows the change
            m2 = pat.from_first.match(masked, f)
            if m2 is not None and ok_period(m2.group("p1")):
                chain = _read_chain(fig, pat, m2.end(), limit=1)
                if chain:
                    r = pat.reach_after.match(masked, chain[-1][0].end())
                    if r is not None:
                        changes = [c for c in chain_changes(m2.end(), False) if not c.annual]
                        if changes:
                            add(m2.start("a"), r.start("b"), changes, (None, None), m2.start())
        if m is not None:
            if masked[f] == "由" and (masked[f - 1:f] in ("理", "自", "缘", "经", "来") or masked[f + 1:f + 2] in ("于", "此")):
                continue  # 由于, 理由, 自由: not "from"
            if not (ok_period(m.group("p1")) and ok_period(m.group("p2"))):
                continue
            y1 = _year_of(fig, m.start("p1"), m.end("p1"))
            y2 = _year_of(fig, m.start("p2"), m.end("p2"))
            multi_year = y1 is not None and y2 is not None and y2 - y1 > 1
            changes = chain_changes(m.end(), multi_year, years=(y1, y2))
            # …，是2020年的2.1倍 after the pair (and its changes): B over the A of that year
            chain = _read_chain(fig, pat, m.end())
            rb = pat.ratio_back.match(masked, chain[-1][0].end() if chain else m.end())
            if rb is not None and y1 is not None and _year_of(fig, rb.start("p1"), rb.end("p1")) == y1:
                ch = _change_from(fig, pat, rb, ratio_statement=True)
                if ch is not None:
                    changes.append(ch)
            # the change words may also come before the pair: 增长x%，由A提高到B (rare): not read
            if changes:
                add(m.start("a"), m.start("b"), changes, (y1, y2), m.start())
    if YEAR in masked:
        for m in pat.year_pair.finditer(masked):
            if pat.verb_in.search(m.group("p1")):  # the measure named after the first year
                continue
            y1 = _year_of(fig, m.start("y1"), m.end("y1"))
            y2 = _year_of(fig, m.start("y2"), m.end("y2"))
            if y1 is None or y2 is None or y2 <= y1:
                continue
            changes = chain_changes(m.end(), y2 - y1 > 1, years=(y1, y2))
            if changes:
                add(m.start("a"), m.start("b"), changes, (y1, y2), m.start("y1"))
    # (低于上年的5.4%: a comparison too; found by 于 and the character before it: a search for a
    # literal of two characters is several times slower in a Chinese text than for one)
    compare_at = sorted(_positions(masked, ("比", "较")) + _before(masked, "于", "低高"))
    for p in compare_at:
        # compare and compare_first both need the before figure within 11 characters after
        # 比/较: most 比/较 (比重, 比例, 较快) have none there
        i = bisect_right(marks, p)
        if i == n_marks or marks[i] > p + 11:
            continue
        # the after figure stands at most a unit tail and a comma before 比
        found = False
        reach = p - 7
        if masked[p - 1:p] in "，," and (a := _ASIDE_BEFORE.search(masked, max(0, p - 22), p)) is not None:
            reach = a.start() - 7  # (9.64亿元，受价格下跌影响，比上年的11.38亿元下降12.3%)
        for mk in _marks_between(fig, reach, p):
            m = pat.compare.match(masked, mk)
            if m is None or m.start("cmp") != p or not ok_period(m.group("p1")):
                continue
            if masked[m.start("b")] == PCT and masked[m.start("a")] == NUM:
                break  # (…，完成年度预算的102.1%，比上年的11.95亿元增长9.6%: a rate is no amount's after
                # figure; the amount stated before it is, see _after_past_rates)
            found = True
            # (a change after it that names another base, 比上年提高1.5个百分点 after 比前三季度（8.6%）
            # 回落…, is not of this pair)
            changes = [c for c in chain_changes(m.end(), False, m.group("p1")) if not c.annual]
            if changes:
                add(m.start("a"), m.start("b"), changes, (None, None), m.start("b"))
            break
        if not found:
            # 较上年的786.4亿元增长12.5%，达到840.6亿元: the after figure follows the change
            m = pat.compare_first.match(masked, p)
            if m is not None and ok_period(m.group("p1")):
                chain = _read_chain(fig, pat, m.end(), limit=1)
                if chain:
                    r = pat.reach_after.match(masked, chain[-1][0].end())
                    if r is not None:
                        changes = [c for c in chain_changes(m.end(), False) if not c.annual]
                        if changes:
                            add(m.start("a"), r.start("b"), changes, (None, None), m.start())
                    else:
                        # 出生人口比上年的2.58万人下降12.6%: the after figure is the one the sentence's
                        # measure was stated with before (全年出生人口2.31万人)
                        b = _stated_before(ctx, fig, p, fig.quantity(m.start("a")))
                        if b is None:
                            b = _after_past_rates(fig, masked, p, m.start("a"))
                        if b is not None:
                            changes = [c for c in chain_changes(m.end(), False) if not c.annual]
                            if changes:
                                add(m.start("a"), b, changes, (None, None), m.start())
                        else:
                            # 入住老人比上年的2816人增加398人，增长15.2%: no after figure, but the
                            # increase and the rate it makes of the earlier figure
                            _add_derived_to(fig, pat, out, seen, m, chain_changes(m.end(), False))
    for p in _base_after_positions(masked):
        # 旅游总收入168.4亿元，同比增长18.6%，上年同期为136.2亿元: the before figure follows
        m = pat.base_after.match(masked, p)
        if m is None or pat.verb_in.search(m.group("m")):
            continue
        found = False
        for mk in _marks_between(fig, p - 40, p):
            if masked[mk] not in (PCT, NUM):
                continue
            if _AMOUNT_OF_CHANGE.search(masked, max(0, mk - 4), mk):
                continue  # (比上年增加3.16亿元，增长13.1%（上年为24.19亿元）: 3.16 is the increase, not the figure)
            chain = _read_chain(fig, pat, mk + 1)
            if not chain or chain[-1][0].end() != p or "\n" in masked[mk:p] or "。" in masked[mk:p]:
                continue
            changes = [_change_from(fig, pat, c, strict=strict_multiples) for c, _ in chain]
            changes = [c for c in changes if c is not None and not c.annual]
            if changes:
                add(m.start("a"), mk, changes, (None, None), mk)
            found = True
            break
        if not found:
            # 房地产开发投资18.64亿元，上年为21.37亿元，同比下降8.6%: the change follows the base
            before = [mk for mk in _marks_between(fig, p - 6, p) if masked[mk] == NUM
                      and _UNIT_TAIL.fullmatch(masked, mk + 1, p)]
            chain = _read_chain(fig, pat, m.end(), limit=1) if before else None
            if chain:
                changes = [_change_from(fig, pat, c, strict=strict_multiples) for c, _ in chain]
                changes = [c for c in changes if c is not None and not c.annual]
                if changes:
                    add(m.start("a"), before[-1], changes, (None, None), before[-1])
    for p in (m.start() for m in _OF_RATIO.finditer(masked)):
        m = pat.ratio.search(masked, max(0, p - 40), p + 2)
        if m is None:
            # 本次签约总投资是去年同期128.4亿元的2.6倍: B is the figure the measure named before 是
            # was stated with earlier in the text (现场共签约项目56个，总投资428.6亿元)
            m = pat.ratio_named.search(masked, max(0, p - 40), p + 2)
            if m is not None and m.end() == p + 2 and ok_period(m.group("p1")):
                b = _stated_before(ctx, fig, m.start("cop"), fig.quantity(m.start("a")), anywhere=True)
                ch = _change_from(fig, pat, m, ratio_statement=True) if b is not None else None
                if ch is not None:
                    add(m.start("a"), b, [ch], (None, None), m.start("cop"))
            continue
        if not ok_period(m.group("p1")) and not (masked[p + 1] == PCT and _PLANNED.fullmatch(m.group("p1"))):
            continue  # (…386.42亿元，为年初预算381.56亿元的103.1%: a completion rate, B over the plan A)
        ch = _change_from(fig, pat, m, ratio_statement=True)
        if ch is not None:
            add(m.start("a"), m.start("b"), [ch], (None, None), m.start("b"))
    _derived(fig, pat, out, seen, strict_multiples, compare_at)
    out.sort(key=lambda s: (s.start, s.change.start))
    ctx.__dict__[key] = out
    return out


#: words right before a figure that make it the amount of a change (增加3.16亿元, 增收13.50亿元)
_AMOUNT_OF_CHANGE = re.compile(r"(?:增加|减少|增收|减收|增长|下降|提高|降低|多|少)了?$")

#: the plan a completion rate is of (为年初预算…的103.1%, 完成年度计划…的): B is that share of it
_PLANNED = re.compile(r"(?:年初|年度|全年|调整后的?|当年)?(?:预算|计划|目标|任务)(?:数|任务)?的?")

#: a sentence that opens with the name of a measure and compares it: 出生人口比上年的…
_MEASURE_ONLY = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _stated_before(ctx: "Context", fig: Figures, p: int, before, anywhere: bool = False) -> int | None:
    """The masked position of the figure a sentence that opens with a measure's name and 比 (出生人口
    比上年的2.58万人下降12.6%) compares: the one figure of that measure and of the earlier value's
    unit stated before the sentence, in its paragraph or the one before (全年出生人口2.31万人); None
    when there is none or more than one.  With ``anywhere`` (本次签约总投资是…的2.6倍), anywhere before
    the sentence, and a measure that ends the name (总投资 for 本次签约总投资, three characters or
    more) will do."""
    from factlint.checks.arithmetic._intervals import previous_paragraph
    from factlint.claims import BEFORE, CHANGE

    text = fig.text
    at = fig.orig(p)
    s0, _ = _sentence_bounds(text, at, at)
    name = text[s0:at].strip()
    if not _MEASURE_ONLY.fullmatch(name) or before is None or before.value is None:
        return None
    floor = 0 if anywhere else previous_paragraph(text, text.rfind("\n", 0, s0) + 1)

    def names(g) -> bool:
        m = g.measure
        if m == name:
            return True
        if not (anywhere and len(m) >= 3 and name.endswith(m)):
            return False
        # the rest of the name (签约 of 本次签约总投资) is said in the figure's sentence before it
        rest = name[:-len(m)][-2:]
        sent = g.sentence
        return len(rest) == 2 and sent.text.find(rest, 0, g.start - sent.start) >= 0

    found = [g for g in ctx.claims.figures
             if floor <= g.start < s0 and names(g) and g.q.unit == before.unit and not g.approx
             and not g.plan and g.role not in (CHANGE, BEFORE) and g.value is not None]
    if len({g.value for g in found}) != 1:
        return None  # (the same figure restated is one)
    q = found[0].q
    i = bisect_left(fig.quantities, q.start, key=lambda k: k.start)  # (in text order)
    return fig.marks[i] if i < len(fig.quantities) and fig.quantities[i] is q else None


def _positions(s: str, literals: tuple[str, ...]) -> list[int]:
    """Sorted offsets of any of the literal strings in ``s``."""
    out: list[int] = []
    for lit in literals:
        i = s.find(lit)
        while i != -1:
            out.append(i)
            i = s.find(lit, i + 1)
    out.sort()
    return out


def _before(s: str, lit: str, firsts: str) -> list[int]:
    """Sorted offsets of the two-character words (one of ``firsts``) + ``lit`` in ``s`` (低于, 高于
    for 于, 低高): each ``lit`` found by ``str.find``, then the character before it looked at."""
    out: list[int] = []
    find = s.find
    i = find(lit, 1)
    while i != -1:
        if s[i - 1] in firsts:
            out.append(i - 1)
        i = find(lit, i + 1)
    return out


def _base_after_positions(s: str) -> list[int]:
    """Sorted offsets of ，上年 / ，去年 / ,上年 / ，上一年 (or the same in brackets: 增长6.8%（上年为…）)
    in ``s``: the words are found by regexes that open with a literal (searched for quickly), the
    comma before them is then looked at (a search for a literal of several characters is several
    times slower in a Chinese text)."""
    out: list[int] = []
    for m in _LAST_YEAR.finditer(s):
        i = m.start()
        if i and (s[i - 1] in "，（(" or s[i - 1] == "," and m.end() - i == 2):  # ,上年 but not ,上一年
            out.append(i - 1)
    for m in _YEAR_BEFORE.finditer(s):
        i = m.start()
        if i and s[i - 1] in "，（(":
            out.append(i - 1)
    out.sort()
    return out


_LAST_YEAR = re.compile("上一?年")
#: words of a comparison with the year before (比上年, 同比, 较去年同期)
_LAST_YEAR_WORDS = ("上年", "去年", "上一年", "同比", "同期")
_YEAR_BEFORE = re.compile("去年")


#: 的 before a multiple or a percentage (是…的N倍, 相当于…的x%): the regex engine searches for the
#: literal 的 quickly, faster than two str.find loops over the two-character literals
_OF_RATIO = re.compile(f"的[{MUL}{PCT}]")


def _after_past_rates(fig: Figures, masked: str, p: int, before_at: int) -> int | None:
    """一般公共预算收入12.86亿元，完成年度预算的102.1%，比上年的11.95亿元增长9.6%: the after figure is
    the one figure of the before value's unit and magnitude earlier in the sentence, when only
    percentages (a completion rate, a share) stand between it and 比; else None."""
    before = fig.quantity(before_at)
    start = max(masked.rfind("。", 0, p), masked.rfind("\n", 0, p), masked.rfind("；", 0, p)) + 1
    marks = _marks_between(fig, start, p)  # (nearest first)
    same = [mk for mk in marks if masked[mk] == NUM
            and (q := fig.quantity(mk)).unit == before.unit and q.magnitude == before.magnitude]
    if len(same) != 1:
        return None
    after = same[0]
    if any(masked[mk] != PCT for mk in marks if mk > after) or not any(masked[mk] == PCT for mk in marks if mk > after):
        return None  # (nothing but percentages between, and at least one: else the usual readings apply)
    return after


#: a cause said between a figure and the comparison of it (…，受价格下跌影响，比上年…)
_ASIDE_BEFORE = re.compile(f"受[^，,。；;！？!?：:\n\r{MARKS}]{{1,16}}?影响[，,]$")


def _marks_between(fig: Figures, lo: int, hi: int) -> list[int]:
    """Masked positions of the figures in [lo, hi), nearest first."""
    marks = fig.marks
    i = bisect_left(marks, hi) - 1
    out = []
    while i >= 0 and marks[i] >= lo:
        out.append(marks[i])
        i -= 1
    return out


def _derived(fig: Figures, pat: Patterns, out: list[Statement], seen: set, strict: bool, anchors: list[int]) -> None:
    """``B，比上年增加C，增长x%``: the before figure is B − C (B + C after 减少)."""
    masked = fig.masked
    starts = []
    for p in anchors:
        for mk in _marks_between(fig, p - 7, p):
            if pat.derived.match(masked, mk):
                starts.append(mk)
                break
    for mpos in starts:
        chain = _read_chain(fig, pat, mpos + 1)
        if len(chain) != 2:
            continue
        (m1, _), (m2, _) = chain
        conn1 = m1.group("conn") or ""
        if not m1.group("verb") or not m2.group("verb"):
            continue
        if not any(w in conn1 for w in ("比", "较", "同比")):
            continue
        c1 = _change_from(fig, pat, m1, strict=strict)
        c2 = _change_from(fig, pat, m2, strict=strict)
        if c1 is None or c2 is None or c1.mode not in ("absolute", "points") or c2.mode != "relative":
            continue
        b = fig.quantity(mpos)
        inc = c1.quantity
        if inc is None or inc.unit != b.unit or c1.sign != c2.sign:
            continue
        if _last_listed(fig, mpos, b):
            continue
        k = (b.start, inc.start, c2.start)
        if k in seen:
            continue
        seen.add(k)
        s, e = _sentence_bounds(fig.text, b.start, c2.end)
        out.append(Statement(b, b, c2, (None, None), inc, _not_raw(pat, fig.text, s, e, c2.end, b.start), b.start, c2.end))


def _add_derived_to(fig: Figures, pat: Patterns, out: list[Statement], seen: set, m: re.Match,
                    changes: list[Change]) -> None:
    """``比上年的A增加C，增长x%`` (``m`` the match of 比…A): the after figure is A + C (A − C after
    减少), and x% is C over A."""
    if len(changes) != 2:
        return
    c1, c2 = changes
    a = fig.quantity(m.start("a"))
    inc = c1.quantity
    if c1.mode != "absolute" or c2.mode != "relative" or c2.annual or inc is None or inc.unit != a.unit \
            or c1.sign != c2.sign or a.approx or inc.approx:
        return
    k = (a.start, inc.start, c2.start)
    if k in seen:
        return
    seen.add(k)
    start = fig.orig(m.start())
    s, e = _sentence_bounds(fig.text, start, c2.end)
    out.append(Statement(a, a, c2, (None, None), None, _not_raw(pat, fig.text, s, e, c2.end, start), start, c2.end,
                         derived_to=inc))


def _last_listed(fig: Figures, mpos: int, b: "Quantity") -> bool:
    """B is the last of figures listed with 、/和 (其中市级资金2.35亿元、区县资金2.51亿元，比上年增加
    0.42亿元): the change that follows may be the whole's or the list's, not B's alone."""
    i = bisect_left(fig.marks, mpos) - 1
    if i < 0:
        return False
    a = fig.quantity(fig.marks[i])
    if a.unit != b.unit or a.end > b.start:
        return False
    gap = fig.text[a.end:b.start]
    return bool(re.search("[、和及与]", gap)) and not re.search("[，,。；;！？\\n]", gap)


# -- judging -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    #: "ok", "mismatch", "points-as-percent", "skip"
    status: str
    #: the change computed from the figures: (low, high, central) in the unit of the stated change
    low: Decimal | None = None
    high: Decimal | None = None
    central: Decimal | None = None
    unit: str = ""
    #: for rates written with %: the difference in 个百分点 and the relative change in %
    points: tuple[Decimal, Decimal, Decimal] | None = None
    relative: tuple[Decimal, Decimal, Decimal] | None = None


def _div(a: Decimal, b: Decimal, rounding) -> Decimal:
    with localcontext() as c:
        c.prec = 40
        c.rounding = rounding
        return a / b


def _mul(a: Decimal, b: Decimal, rounding) -> Decimal:
    with localcontext() as c:
        c.prec = 40
        c.rounding = rounding
        return a * b


def _pow(a: Decimal, n: int, rounding) -> Decimal:
    with localcontext() as c:
        c.prec = 40
        c.rounding = rounding
        return a ** n


def _overlap(lo: Decimal, hi: Decimal, slo: Decimal, shi: Decimal) -> bool:
    return not (hi < slo or lo > shi)


def _signed(sign: int, lo: Decimal, hi: Decimal) -> tuple[Decimal, Decimal]:
    return (lo, hi) if sign >= 0 else (-hi, -lo)


def _offset(base: "Quantity", amount: "Quantity", add: bool) -> tuple[Decimal, Decimal] | None:
    """The interval of ``base`` plus (or minus) ``amount``, each over its written precision."""
    b, c = _interval(base), _interval(amount)
    if b is None or c is None or c[1] == _INF or b[1] == _INF:
        return None
    with localcontext() as ctx_:
        ctx_.prec = 40
        if add:
            return b[0] + c[0], b[1] + c[1]
        return b[0] - c[1], b[1] - c[0]


def before_interval(st: Statement) -> tuple[Decimal, Decimal] | None:
    if st.derived_from is None:
        return _interval(st.before)
    # the increase C was stated with the same sign as the relative change: the before figure is B − C
    return _offset(st.after, st.derived_from, add=st.change.sign <= 0)


def same_unit(a: str, b: str) -> bool:
    """Two units name the same thing: equal, or the before figure abbreviates the unit the after
    figure spells out (比上年的43.05万吨 for 41.26万吨标准煤, 比上年的3.2亿 for 3.6亿元): the shorter
    one is a non-empty head of the longer one."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return bool(short) and long_.startswith(short)


def after_interval(st: Statement) -> tuple[Decimal, Decimal] | None:
    if st.derived_to is None:
        return _interval(st.after)
    return _offset(st.before, st.derived_to, add=st.change.sign > 0)  # (比上年的A增加C: A + C)


def after_value(st: Statement) -> Decimal | None:
    """The after figure's value (derived: before ± the increase)."""
    if st.derived_to is None:
        return st.after.value
    if st.before.value is None or st.derived_to.value is None:
        return None
    return st.before.value + st.derived_to.value if st.change.sign > 0 else st.before.value - st.derived_to.value


def judge(st: Statement) -> Verdict:
    """Decide whether the stated change can be true within the precision of the figures."""
    ch = st.change
    a = before_interval(st)
    b = after_interval(st)
    if a is None or b is None or b[1] == _INF or a[1] == _INF:
        return Verdict("skip")
    if st.derived_from is None and not same_unit(st.before.unit, st.after.unit):
        return Verdict("skip")
    alo, ahi = a
    blo, bhi = b
    av = st.before.value if st.derived_from is None else None
    bv = after_value(st)
    if av is None and st.derived_from is not None and bv is not None and st.derived_from.value is not None:
        av = bv - st.derived_from.value if ch.sign > 0 else bv + st.derived_from.value
    both_pct = st.before.unit == "%" and st.after.unit == "%" and st.derived_from is None

    if ch.mode in ("points", "absolute"):
        if ch.mode == "points" and not both_pct:
            return Verdict("skip")
        if ch.mode == "absolute":
            q = ch.quantity
            if q is None or q.unit != st.after.unit or st.derived_from is not None:
                return Verdict("skip")
        dlo, dhi = blo - ahi, bhi - alo
        slo, shi = _signed(ch.sign, ch.low, ch.high)
        central = bv - av if (av is not None and bv is not None) else None
        unit = "百分点" if ch.mode == "points" else st.after.unit
        status = "ok" if _overlap(dlo, dhi, slo, shi) else "mismatch"
        return Verdict(status, dlo, dhi, central, unit)

    # ratio-based readings need a positive before figure
    if alo <= 0 or blo < 0 or (st.not_raw and not both_pct):
        # (a rate's own change is not a matter of constant prices: 第三产业增加值占比由48.7%
        # 上升到49.9%, 上升1.2% is still a difference of rates written with %)
        return Verdict("skip")
    rlo = _div(blo, ahi, ROUND_FLOOR)
    rhi = _div(bhi, alo, ROUND_CEILING)
    rc = _div(bv, av, ROUND_FLOOR) if (av and bv is not None) else None

    if ch.mode == "relative":
        if ch.annual:
            y1, y2 = st.years
            if y1 is None or y2 is None or y2 - y1 < 1 or y2 - y1 > 100:
                return Verdict("skip")
            n = y2 - y1
            slo, shi = _signed(ch.sign, ch.low, ch.high)
            # stated ratio interval: (1 + x%)^n, monotonic in x
            lo_base = ONE + slo / HUNDRED
            hi_base = ONE + shi / HUNDRED if shi != _INF else _INF
            if lo_base <= 0:
                return Verdict("skip")
            srlo = _pow(lo_base, n, ROUND_FLOOR)
            srhi = _pow(hi_base, n, ROUND_CEILING) if hi_base != _INF else _INF
            ok = _overlap(rlo, rhi, srlo, srhi)
            # the computed average annual rate, for the message
            central = None
            if rc is not None and rc > 0:
                with localcontext() as c:
                    c.prec = 28
                    central = (rc ** (ONE / Decimal(n)) - ONE) * HUNDRED
            lo_rate = None
            hi_rate = None
            with localcontext() as c:
                c.prec = 28
                if rlo > 0:
                    lo_rate = (rlo ** (ONE / Decimal(n)) - ONE) * HUNDRED
                hi_rate = (rhi ** (ONE / Decimal(n)) - ONE) * HUNDRED
            return Verdict("ok" if ok else "mismatch", lo_rate, hi_rate, central, "%")
        plo = _mul(rlo - ONE, HUNDRED, ROUND_FLOOR)
        phi = _mul(rhi - ONE, HUNDRED, ROUND_CEILING)
        central = (rc - ONE) * HUNDRED if rc is not None else None
        slo, shi = _signed(ch.sign, ch.low, ch.high)
        rel_ok = _overlap(plo, phi, slo, shi)
        relative = (plo, phi, central) if central is not None else None
        if both_pct:
            dlo, dhi = blo - ahi, bhi - alo
            pts_central = bv - av if (av is not None and bv is not None) else None
            points = (dlo, dhi, pts_central)
            if rel_ok:
                return Verdict("ok", plo, phi, central, "%", points, relative)
            if _overlap(dlo, dhi, slo, shi):
                return Verdict("points-as-percent", plo, phi, central, "%", points, relative)
            if st.not_raw:
                return Verdict("skip")
            return Verdict("mismatch", plo, phi, central, "%", points, relative)
        return Verdict("ok" if rel_ok else "mismatch", plo, phi, central, "%", None, relative)

    if ch.mode in ("ratio", "plus"):
        ok = False
        if ch.mode == "ratio":
            ok = _overlap(rlo, rhi, ch.low, ch.high)
        else:
            ok = _overlap(rlo, rhi, ONE + ch.low, ONE + ch.high)
            if ch.also_ratio:
                ok = ok or _overlap(rlo, rhi, ch.low, ch.high)
        return Verdict("ok" if ok else "mismatch", rlo, rhi, rc, "倍")
    return Verdict("skip")


# -- formatting ----------------------------------------------------------------------------------
def fmt(x: Decimal | None, places: int = 2) -> str:
    """A decimal rounded for a message (half-up), without exponent."""
    if x is None:
        return "?"
    if x in (_INF, -_INF):
        return "∞"
    q = Decimal(1).scaleb(-places)
    with localcontext() as c:
        c.prec = 60
        v = x.quantize(q)
    s = format(v, "f")
    return s


def exact(x: Decimal | None, places: int = 6) -> str | None:
    """An evidence string: the value to ``places`` decimals, trailing zeros removed."""
    if x is None:
        return None
    if x in (_INF, -_INF):
        return "Infinity" if x > 0 else "-Infinity"
    with localcontext() as c:
        c.prec = 60
        v = x.quantize(Decimal(1).scaleb(-places))
    s = format(v, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


def places_for(q: "Quantity | None", minimum: int = 2) -> int:
    """One more decimal than the stated figure has, at least ``minimum``."""
    if q is None:
        return minimum
    t = q.text
    digits = 0
    if "." in t or "．" in t:
        frac = re.split(r"[.．]", t, maxsplit=1)[1]
        digits = len(re.match(r"[0-9０-９]*", frac).group())
    return max(minimum, digits + 1)


# -- tables ----------------------------------------------------------------------------------------
_TABLE_GROWTH = re.compile(r"增长|增速|增幅|同比|增减|变化|变动|比上年|较上年")
_TABLE_POINTS = re.compile(r"百分点")
_YEAR_IN_HEAD = re.compile(r"((?:19|20)\d\d)\s*年?")
_BEFORE_WORDS = ("上年", "去年", "上期", "同期", "上一年", "基期")
#: the span a current column's header opens with (1—11月累计, 前三季度, 本期)
_SPAN_OPEN = re.compile(r"^(?:\d{1,2}\s*[—\-－～~至]\s*\d{1,2}\s*月|[一二三四]季度|上半年|前三季度|全年)")
_AFTER_WORDS = ("本年", "今年", "本期", "当年", "报告期")


def _order_of(head: str) -> tuple[int, int] | None:
    """A sort key telling the earlier column from the later one: (year, 0) from a year in the
    header, or (0, -1)/(0, 1) from words such as 上年 and 本年."""
    ys = _YEAR_IN_HEAD.findall(head)
    if len(ys) == 1:
        return int(ys[0]), 0
    if len(ys) > 1:
        return None
    if any(w in head for w in _BEFORE_WORDS):
        return 0, -1
    if any(w in head for w in _AFTER_WORDS):
        return 0, 1
    return None


def table_statements(ctx: "Context") -> list[Statement]:
    """Rows of Markdown tables whose header has two period columns and a growth column
    (| 指标 | 2024年 | 2023年 | 同比增长 |): each row states before, after and the change."""
    source = ctx.document.source
    if "|" not in source and ctx.document.kind != "docx":  # (Word tables: see factlint.tables)
        return []
    cached = ctx.__dict__.get("_factlint_change_tables")
    if cached is not None:
        return cached
    from factlint.tables import ctx_tables

    text = ctx.text
    fig = figures(ctx)
    pat = patterns(ctx)
    starts = [q.start for q in fig.quantities]
    out: list[Statement] = []
    for table in ctx_tables(ctx):
        heads = list(table.heads)
        plan = _table_plan(heads)
        if plan is None:
            continue
        bcol, acol, gcol, points_col = plan
        percent_col = "%" in heads[gcol] or "％" in heads[gcol]
        for cells, label in zip(table.rows, table.labels):
            qs = [_only_quantity(fig, starts, *cells[c]) for c in (bcol, acol, gcol)]
            if any(q is None for q in qs):
                continue
            before, after, change = qs
            if before.unit != after.unit or before.approx or after.approx or change.approx:
                continue
            p = precision(change)
            if change.unit == "百分点" or (points_col and change.unit in ("", "百分点")):
                mode = "points"
            elif change.unit == "%" or (change.unit == "" and percent_col):
                mode = "relative"  # (| 增长（%） | with 13.4 in the cell: the header gives the unit)
                if change.unit == "" and _rate_row(label, before) and _points_agree(before, after, change, p):
                    # | 城镇化率（%） | 68.4 | 67.8 | 0.6 | under 增长（%）: tables give a rate's change in
                    # 百分点 in that column (often said in a note under the table); either reading may be
                    # meant (not a cell written 3.3%: percentage-point reports that)
                    continue
            else:
                continue
            ch = Change(mode, 1, change.value - p, change.value + p, change.start, change.end,
                        text[change.start:change.end], change)
            not_raw = bool(
                (pat.real and pat.real.search(label + " ".join(heads)))
                or says_not_raw(pat, label + " ".join(heads))
            )
            out.append(Statement(before, after, ch, (None, None), None, not_raw, before.start, change.end,
                                 label or "表中"))
    ctx.__dict__["_factlint_change_tables"] = out
    return out


def _rate_row(label: str, before: "Quantity") -> bool:
    """A table row of a rate or share: its values in % (城镇化率（%）, 森林覆盖率)."""
    return before.unit in ("%", "％") or "%" in label or "％" in label or label.rstrip().endswith(("率", "比重", "占比"))


def _points_agree(before: "Quantity", after: "Quantity", change: "Quantity", p: Decimal) -> bool:
    """Whether ``change`` (± ``p``) can be the difference of the two values in points."""
    a, b = _interval(before), _interval(after)
    if a is None or b is None or change.value is None:
        return False
    return _overlap(b[0] - a[1], b[1] - a[0], change.value - p, change.value + p)


def _table_plan(heads: list[str]) -> tuple[int, int, int, bool] | None:
    """(before column, after column, growth column, growth in 百分点) of a header, or None."""
    if any("年均" in h for h in heads):
        return None  # (年均增长（%）: a yearly average over the span, not the change between two columns)
    growth = [k for k, h in enumerate(heads) if _TABLE_GROWTH.search(h) and not _YEAR_IN_HEAD.search(h)]
    if len(growth) != 1:
        return None
    g = growth[0]
    periods = [(k, _order_of(h)) for k, h in enumerate(heads) if k != g]
    # (2022年增速（%）: a column of rates, not a level of the measure)
    periods = [(k, o) for k, o in periods if o is not None and not _TABLE_GROWTH.search(heads[k])
               and "%" not in heads[k] and "％" not in heads[k]]
    if len(periods) == 1 and periods[0][1] == (0, -1):
        # | 总产（万吨） | 上年总产（万吨） | 总产增减（%） |: the column named as the year before's but for
        # its word of the year before is this year's
        k0 = periods[0][0]
        bare = heads[k0]
        for w in _BEFORE_WORDS:
            bare = bare.replace(w, "")
        bare = bare.strip()
        # (| 1—11月累计（亿元） | 上年同期累计（亿元） |: the span the current column names is the one
        # 上年同期 says of the year before)
        now = [k for k, h in enumerate(heads) if k not in (g, k0) and _SPAN_OPEN.sub("", h.strip()) == bare]
        if len(now) == 1 and bare:
            periods.append((now[0], (0, 1)))
    if len(periods) > 2:
        # (| 2023年高新技术企业（家） | 2022年高新技术企业（家） | 增长（%） | 2023年发明专利授权（件） |: the
        # two columns of one measure, the same header but for the period)
        by_measure: dict[str, list] = {}
        for k, o in periods:
            by_measure.setdefault(_YEAR_IN_HEAD.sub("", heads[k]).strip(), []).append((k, o))
        pairs = [v for m, v in by_measure.items() if m and len(v) == 2]
        if len(pairs) != 1:
            return None
        periods = pairs[0]
    if len(periods) != 2 or periods[0][1] == periods[1][1]:
        return None
    (k1, o1), (k2, o2) = periods
    before, after = (k1, k2) if o1 < o2 else (k2, k1)
    return before, after, g, bool(_TABLE_POINTS.search(heads[g]))


def _only_quantity(fig: Figures, starts: list[int], a: int, b: int) -> "Quantity | None":
    """The one measured figure of a table cell, or None."""
    k = bisect_right(starts, a - 1)
    found = []
    while k < len(starts) and starts[k] < b:
        q = fig.quantities[k]
        if q.end <= b:
            found.append(q)
        k += 1
    if len(found) != 1:
        return None
    q = found[0]
    if not getattr(q, "is_measured", False) or q.kind == "range" or q.value is None:
        return None
    return q
