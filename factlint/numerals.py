"""Stage 2 of the pipeline: find every figure in a text and normalise it.

The public interface is :func:`extract` and the :class:`Quantity` it returns.  Values are
``Decimal`` and every quantity knows the precision it was written with, so that cross-checks can
compare intervals (82.18万 stands for 821,750–821,850) instead of floats with an epsilon.

How it works (and why it is fast): figures are sparse (about 13 per 1,000 characters of a
government report), so a compiled pattern finds the candidates — the characters a figure can
start with, where what follows can make one — searched again from the end of each figure read;
the words of the ``not-figures`` lexicons around a candidate (统一, 一带一路, 十三五) are looked
up before a figure is matched there.  The figure itself (runs of Arabic or Chinese numeral
characters, with an optional sign, ``第`` or ``X分之`` in front) is matched at the candidate, and
its value, the unit, approximation words and range partner around it are read in Python with
small anchored regexes at known offsets; no per-character loop runs over the document.  What a
figure measures (``Quantity.measure``) is found when it is first read: few are.

Pure Chinese numeral strings are converted by ``cn2an`` (memoised, imported on first need: the
import costs about 0.3 s).  Trivially simple forms — one digit, 十X, X十, X十Y and digit-by-digit
years (二〇二三) — take a fast path, so checking a short draft that only has such numerals never
pays for the import.  Mixed forms (3亿5000万, 4万5千, 1千零1) are ours: cn2an does not read them
in its normal mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

#: kinds of quantity, as in the command-line contract
KINDS = ("number", "money", "percent", "multiple", "range", "year", "date", "ordinal", "name")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure found in a text.

    ``start``/``end`` delimit ``text``: the figure with its magnitude and unit (``82.18万``,
    ``40.48亿元``, ``1300多名``, ``3至5条``), not the approximation words before it (约, 超过, 近),
    which set ``approx`` and whose start is ``prefix_start``.
    """

    start: int
    end: int
    text: str
    kind: str
    #: the value with 万/亿/千 applied (None for ranges, which use low/high).  For a date it is
    #: the year when the year is written (None otherwise); the parts are in ``date``.
    value: Decimal | None
    unit: str = ""
    approx: str | None = None  # None, "about", "more", "less"
    low: Decimal | None = None
    high: Decimal | None = None
    #: half the unit of the last written digit, in value units: 82.18万 -> 50; 874 -> 0.5;
    #: Decimal(0) where the figure is exact as written (两千, 百分之百)
    precision: Decimal = Decimal(0)
    #: the magnitude characters as written after the digits: "", "万", "亿", "万亿", "千" ...
    magnitude: str = ""
    #: "arabic", "chinese", "mixed" (Arabic digits with Chinese magnitudes other than 万/亿
    #: or mixed scripts), "fullwidth" (contains full-width digits)
    script: str = "arabic"
    prefix_start: int = -1
    #: what is counted or measured, as the text names it (贫困村, 帮扶资金), where it can tell
    measure: str | None = None
    #: for dates: (year, month, day), parts that are not written are None
    date: tuple[int | None, int | None, int | None] | None = None

    @property
    def lo(self) -> Decimal:
        """Lowest value the written figure can stand for."""
        if self.value is None:
            return self.low if self.low is not None else Decimal(0)
        return self.value - self.precision

    @property
    def hi(self) -> Decimal:
        """Highest value the written figure can stand for."""
        if self.value is None:
            return self.high if self.high is not None else Decimal(0)
        return self.value + self.precision

    @property
    def is_measured(self) -> bool:
        """A measured figure (not a name, ordinal, year or date)."""
        return self.kind in ("number", "money", "percent", "multiple", "range")


#: what follows 里 or 道 in a place's name (七里铺, 三里屯, 十里河, 三道湾)
_PLACE_AFTER_LI = frozenset("铺屯河桥坪湾村沟坡庄店营街巷塘岗冲堡寨牌亭墩堰台界畈头")
#: words before a span of months that make it a duration (贷款期限3—6月, 孕期7—9月)
_DURATION_BEFORE = ("期限", "工期", "周期", "孕期", "期为", "时长", "历时", "为期")

#: words that open with 百 or 千 after a numeral: 第90百分位, 千分位 (the numeral ends before them)
PERCENTILE_WORDS = ("百分位", "千分位", "百分比", "百分点")


class _PendingMeasure:
    """What finding the measures of one text's figures needs: the engine and the text (one per
    text, shared by its figures, so leaving the measure for later allocates nothing per figure)."""

    __slots__ = ("engine", "text")

    def __init__(self, engine, text: str) -> None:
        self.engine = engine
        self.text = text


class _LazyMeasure:
    """``Quantity.measure``, worked out when it is first read.

    Finding what a figure measures (the words next to it, minus verbs and stop words) costs
    about a sixth of reading the figure, and the measure of few figures is ever read: the claim
    model names what a figure measures from its own clause and falls back to ``measure`` for about
    one figure in forty.  So :func:`extract` leaves in the slot a :class:`_PendingMeasure` (never
    a measure's value, which is a str or None), and the first read finds the measure from it and
    the figure's own bounds and unit and puts it there.  Every read goes through this descriptor
    (attributes, ``==``, ``hash``, ``repr``, pickling, ``dataclasses.replace``/``asdict``), so a
    Quantity never shows anything but its measure, and the measure is what reading it at once gave.
    """

    __slots__ = ("slot",)

    def __init__(self, slot) -> None:
        self.slot = slot  # the member descriptor of the ``measure`` slot

    def __get__(self, q, owner=None):
        if q is None:
            return self
        v = self.slot.__get__(q, owner)
        if v.__class__ is _PendingMeasure:
            ps = q.prefix_start
            v = v.engine._measure(v.text, ps if ps >= 0 else q.start, q.end, q.unit)
            self.slot.__set__(q, v)
        return v

    def __set__(self, q, value) -> None:
        self.slot.__set__(q, value)

    def __delete__(self, q) -> None:
        self.slot.__delete__(q)


Quantity.measure = _LazyMeasure(Quantity.measure)  # type: ignore[assignment, misc]


# -- characters -------------------------------------------------------------------------------

#: Chinese digits (with financial, traditional and colloquial forms)
CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "俩": 2, "倆": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3,
    "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9, "幺": 1,
}
#: 十/百/千 (and financial forms); 廿/卅 are rewritten to 二十/三十 before reading
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: section magnitudes
CN_MAGS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}

_D = "".join(CN_DIGITS)
_U = "十拾百佰千仟廿卅"
_M = "万萬亿億兆"
_FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
#: rewrite forms cn2an does not read into forms it does
_CN_NORMALISE = str.maketrans({
    "兩": "两", "俩": "两", "倆": "两", "貳": "贰", "參": "叁", "陸": "陆", "萬": "万", "億": "亿",
    "幺": "一", "○": "〇", "點": "点", "廿": "二十", "卅": "三十",
})

_AR = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[０-９]{1,3}(?:[,，][０-９]{3})+(?![０-９])|[0-9０-９]+)"
    r"(?:[.．][0-9０-９]+)?"
    r"|(?<![0-9０-９A-Za-z.．])[.．][0-9０-９]+"
)
#: 千 before 米/克/瓦/伏/卡/焦/帕/赫/公顷 is part of a unit (千米, 千瓦时, 千帕), not a magnitude
_QIAN = r"千(?![米克瓦伏卡焦帕赫]|公顷)"
_CN = rf"(?:[{_D}十拾百佰仟廿卅{_M}]|{_QIAN})"
#: a run of numeral characters; atomic groups and a possessive star keep matching linear
#: digits that may follow 点 (not 两: 两百点两 is 200 and 2, never 200.2)
_DDEC = _D.replace("两", "").replace("兩", "").replace("俩", "").replace("倆", "")
_RUN = rf"(?>{_AR}|{_CN})(?>{_AR}|{_CN}|[点點](?=[{_DDEC}0-9０-９])|[多余几幾](?=[{_M}千仟]))*+"

#: the figure that starts at a candidate position (matched anchored, with ``re``)
_CORE = (
    r"(?P<fan>翻(?:了)?(?:(?P<fann>[一两二三四五六七八九十0-9])番)|翻番)"
    rf"|(?P<ord>第)?(?P<sign>负|負|零下|[-−－])?(?P<run>{_RUN})(?:分之(?P<run2>{_RUN}))?"
)
#: the numbers of the core's groups (read from ``Match.regs`` in the hot path)
_G_ORD, _G_SIGN, _G_RUN, _G_RUN2 = 3, 4, 5, 6
#: the characters of a run that the core matches one by one, with no look-ahead (not 千: 千米)
_CN_RUN_CHARS = f"{_D}十拾百佰仟廿卅{_M}"
_YOU_FRAC = rf"又(?P<d>{_RUN})分之(?P<n>{_RUN})"
_PATTERNS: dict[str, object] = {}


def _compiled(name: str, pattern: str):
    """Patterns that do not depend on the lexicons, compiled once per process (on first use)."""
    p = _PATTERNS.get(name)
    if p is None:
        import re

        p = _PATTERNS[name] = re.compile(pattern)
    return p
#: characters a figure can start with: the scan looks only for these
_FIRST = f"0-9０-９{_D}{_U}{_M}第负負翻.．\\-−－"

_RANGE_SEP = r"[ \t]?(?P<sep>至|到|～|~|〜|——|—|–|－|-)[ \t]?"
_QUOTES_OPEN = "“「『\"‘《"
_QUOTES_CLOSE = {"“": "”", "「": "」", "『": "』", "\"": "\"", "‘": "’", "《": "》"}
_SENT_END = "。；！？\n"
_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"

_YEAR_UNITS = ("年", "年度")
_PERCENT_UNITS = {"%": "%", "％": "%", "‰": "‰", "‱": "‱", "百分点": "百分点", "个百分点": "百分点", "個百分點": "百分点"}


def _is_cjk(ch: str) -> bool:
    return _CJK_LO <= ch <= _CJK_HI


def _is_ascii_alpha(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


# -- converting numeral strings ----------------------------------------------------------------

_cn2an_module = None


def _cn2an_convert(s: str) -> int | None:
    """cn2an's reading of a pure Chinese integer string (None if it rejects it)."""
    return _cn2an_cached(s)


@lru_cache(maxsize=8192)
def _cn2an_cached(s: str) -> int | None:
    global _cn2an_module
    if _cn2an_module is None:
        import cn2an  # lazily: ~0.3 s

        _cn2an_module = cn2an
    try:
        v = _cn2an_module.cn2an(s, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if isinstance(v, float):
        if v != int(v):
            return None
        v = int(v)
    return v


def _fast_cn_int(s: str) -> int | None:
    """Trivially simple Chinese integers without cn2an: 三, 十, 十五, 三十, 三十五."""
    n = len(s)
    cd = CN_DIGITS
    if n == 1:
        if s in cd:
            return cd[s]
        if s in ("十", "拾"):
            return 10
        return None
    if n == 2:
        a, b = s
        if a in ("十", "拾") and b in cd and cd[b]:
            return 10 + cd[b]
        if b in ("十", "拾") and a in cd and cd[a] > 1:
            return cd[a] * 10
        return None
    if n == 3:
        a, b, c = s
        if b in ("十", "拾") and a in cd and cd[a] > 1 and c in cd and cd[c]:
            return cd[a] * 10 + cd[c]
    return None


#: the longest numeral run read as one figure (九千九百九十九万九千九百九十九亿… has 31 characters,
#: 1,234,567,890,123.45 has 20); a longer run of digits is a code, a serial or noise, not a
#: figure, and reading it would cost time (cn2an is quadratic) or fail (int() refuses strings of
#: more than 4,300 digits)
MAX_RUN = 48


def cn_int(s: str) -> int | None:
    """A pure Chinese integer string (no 点) as an int, or None when it is not a numeral."""
    if not s or len(s) > MAX_RUN:
        return None
    v = _fast_cn_int(s)
    if v is not None:
        return v
    if len(s) <= 4 and s[-1] in "万亿":
        # 三十万, 两亿, 十五万: a simple number of 万/亿, still without cn2an
        v = _fast_cn_int(s[:-1])
        if v is not None:
            return v * CN_MAGS[s[-1]]
    t = s.translate(_CN_NORMALISE)
    if t != s:
        v = _fast_cn_int(t)
        if v is not None:
            return v
    if t[0] in "百千佰仟" and len(t) == 2 and CN_DIGITS.get(t[1]):
        t = "一" + t  # 百三 = 130, 千三 = 1300
    if t[0] in "万亿百千佰仟兆":
        return None
    if t.startswith("拾"):
        t = "壹" + t
    if "兆" in t or "零十" in t or "零拾" in t:
        # forms cn2an does not read: 兆 (= 万亿, as Recognizers-Text reads it) and 零十 (一百零十万)
        got = _read_sections(t)
        return int(got[0]) if got is not None and got[0] == int(got[0]) else None
    v = _standard_cn_int(t)
    if v is not None:
        return v if v >= 0 else None
    return _cn2an_convert(t)


# -- standard forms without cn2an --------------------------------------------------------------
# Importing cn2an costs 0.4-0.6 s (it compiles a 9,600-character pattern and loads a
# traditional-to-simplified table), more than checking a whole government report.  Numerals in the
# standard form that cn2an.an2cn writes (一千三百零四亿, 十万五千, 一亿零一万零一) are read here,
# with cn2an's own normalisations (一百十八 = 一百一十八, 一千二十 = 一千零二十); strings that
# cn2an surely rejects (十百千万, 一百亿亿, 一亿六) are rejected here; cn2an reads everything else.
# ``tests/test_numerals.py`` checks both against cn2an on random strings and integers.

_STD_DIGITS = "零一二三四五六七八九"
_STD_ORDER = ("", "十", "百", "千", "万", "十", "百", "千", "亿", "十", "百", "千", "万", "十", "百", "千")
_STD_VALUE = {c: i for i, c in enumerate(_STD_DIGITS)}
_STD_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_STD_CHARS = frozenset(_STD_DIGITS + "两〇十百千万亿")
#: unit pairs that cn2an's grammar never accepts side by side (its normalisations repair 百十, 千十)
_STD_BAD_PAIRS = ("十十", "十百", "十千", "百百", "百千", "千百", "千千", "万万", "亿亿", "亿万")
_STD_RE: list = []


def _std_patterns():
    if not _STD_RE:
        import re

        num = _STD_DIGITS
        _STD_RE.extend((
            re.compile(f"(万)零(?=[{num}]千)"),  # cn2an: 万零三千 -> 万三千
            re.compile(f"([万亿])([{num}][十百])"),  # 万三百 -> 万零三百
            re.compile(f"(千)([{num}]?十)"),  # 千二十 -> 千零二十
            re.compile(f"^(?:[{num}]{{0,2}}[十百千万亿])+[{num}]$"),  # cn2an's "speaking mode" (一万二)
        ))
    return _STD_RE


def _std_an2cn(n: int) -> str:
    """cn2an.an2cn(n) for 0 < n < 10**16, or "" for a form that cn2an does not read back
    (六亿二千: an2cn drops the 零 of 六亿零二千, which cn2an.cn2an then rejects)."""
    s = str(n)
    k = len(s)
    out = ""
    for i, ch in enumerate(s):
        d = ord(ch) - 48
        u = _STD_ORDER[k - i - 1]
        if d:
            out += _STD_DIGITS[d] + u
        else:
            if not (k - i - 1) % 4:
                out += "零" + u
            if i > 0 and out[-1] != "零":
                out += "零"
    out = out.replace("零零", "零").replace("零万", "万").replace("零亿", "亿").replace("亿万", "亿").strip("零")
    for big in "万亿":  # an2cn: re.sub(r"([万亿])零([一-九][千])", r"\1\2")
        i = out.find(big + "零")
        while i >= 0:
            if i + 3 < len(out) and out[i + 2] in _STD_DIGITS[1:] and out[i + 3] == "千":
                if big == "亿" and "万" not in out[i:]:
                    return ""
                out = out[: i + 1] + out[i + 2:]
            i = out.find(big + "零", i + 1)
    if out.startswith("一十"):
        out = out[1:]
    return out


def _std_value(s: str) -> int | None:
    """cn2an's arithmetic on a normalised numeral string (its ``__integer_convert``)."""
    out, unit, big, n = 0, 1, 1, len(s)
    for index, ch in enumerate(reversed(s)):
        v = _STD_VALUE.get(ch)
        if v is not None:
            out += v * unit
            continue
        unit = _STD_UNIT[ch]
        if unit % 10000 == 0:
            if unit > big:
                big = unit
            else:
                big = unit = unit * big
        if unit < big:
            unit *= big
        if index == n - 1:
            out += unit
    return out


# The common standard forms, read directly: cn2an.an2cn's own output (一千三百零四亿, 二十五亿七千万,
# 一万零五十) and the same with 百十 for 百一十 (二百十七万), which cn2an's normalisation repairs.  A
# string of this grammar is one the check below accepts with the same value (it is already in
# standard form, or becomes it by the 百十 repair or by dropping the 零 of 亿零七千万), so the
# normalisations, the value-to-form conversion and the comparison (~65k instructions) are skipped;
# every other string takes the full check.  ``tests/test_numerals_std_fast.py`` compares both
# on every section and on combinations and random strings.  The grammar is written over a one-letter
# code of the characters (d = 一-九, 0 = 零, s b q = 十百千, w = 万, y = 亿): a pattern of CJK classes
# costs more to compile than this check saves in a whole pass.
_SD = "d"
_STD_CODE = str.maketrans("一二三四五六七八九零十百千万亿", "ddddddddd0sbqwy")
_S_LOW = f"{_SD}b(?:{_SD}?s{_SD}?|0{_SD})?|{_SD}s{_SD}?|{_SD}"  # 1-999 inside a number
_S_FULL = f"{_SD}q(?:{_SD}b(?:{_SD}?s{_SD}?|0{_SD})?|0{_SD}s{_SD}?|0{_SD})?"  # 1000-9999
# the first section: 十五 and 二十五, not 一十五 (the code d cannot tell 一, so that case is
# tested on the string itself)
_S_LEAD = f"{_S_FULL}|{_SD}b(?:{_SD}?s{_SD}?|0{_SD})?|{_SD}?s{_SD}?|{_SD}"
_S_WAN = f"(?:{_S_LEAD})(?:w(?:{_S_FULL}|0(?:{_S_LOW}))?)?"
_STD_DIRECT = f"{_S_WAN}(?:y(?:0?(?:{_S_FULL})w(?:{_S_FULL}|0(?:{_S_LOW}))?)?)?"
_STD_DIGIT = {c: i for i, c in enumerate(_STD_DIGITS) if i}
#: the characters of the strings read_chinese reads by the grammar at once (those _STD_CODE codes)
_STD_FAST_CHARS = frozenset("一二三四五六七八九零十百千万亿")


def _direct_value(s: str) -> int:
    """The value of a string of the ``_STD_DIRECT`` grammar (十 without a digit counts one ten)."""
    total = big = sec = cur = 0
    digit = _STD_DIGIT
    for ch in s:
        d = digit.get(ch)
        if d is not None:
            cur = d
        elif ch == "万":
            big = (sec + cur) * 10_000
            sec = cur = 0
        elif ch == "亿":
            total = (big + sec + cur) * 100_000_000
            big = sec = cur = 0
        elif ch == "零":
            cur = 0
        else:
            sec += (cur or 1) * _STD_UNIT[ch]
            cur = 0
    return total + big + sec + cur


def _standard_cn_int(t: str) -> int | None:
    """cn2an's reading of ``t`` when it is sure without cn2an: the value, -1 when cn2an rejects
    the string, None when only cn2an can tell."""
    if len(t) > 24 or not _STD_CHARS.issuperset(t):
        return None
    s = t0 = t.replace("两", "二").replace("〇", "零")
    if ("〇" not in t and not t0.startswith("一十")
            and _compiled("std_direct", _STD_DIRECT).fullmatch(t0.translate(_STD_CODE)) is not None):
        return _direct_value(t0)
    zero_thousand, missing_zero, thousand_zero, speaking = _std_patterns()
    # cn2an's normalisations, in its order
    s = s.replace("零十", "零一十").replace("零百", "零一百")
    if "零" in s and "万" in s:
        s = zero_thousand.sub(r"\1", s)
    if "万" in s or "亿" in s:
        s = missing_zero.sub(r"\1零\2", s)
    if "千" in s:
        s = thousand_zero.sub(r"\1零\2", s)
    s = s.replace("百十", "百一十").replace("零十", "零一十")
    if s != t0 and "〇" in t:
        return None  # cn2an's normalisations match 零, not 〇: only cn2an knows what it does here
    v = _std_value(s)
    if 0 < v < 10**16:
        std = _std_an2cn(v)
        if std == s or (std and "亿零" in s and s.count("亿") == 1 and s[s.index("亿零") + 2: s.index("亿零") + 3] not in ("", "零")
                        and s.replace("亿零", "亿", 1) == std):
            return v
    # strings cn2an's grammar surely rejects: unit pairs it never has side by side, or a part
    # after 亿 that neither starts with 零 nor reaches 万 (六亿二千)
    rejected = any(p in s for p in _STD_BAD_PAIRS)
    if not rejected and s.count("亿") == 1:
        tail = s[s.index("亿") + 1:]
        rejected = bool(tail) and tail[0] != "零" and "万" not in tail
    if not rejected:
        return None
    # cn2an then tries its "speaking mode" (一万二 = 12000: the digit after the last unit counts
    # one unit lower), which fails (KeyError) after 十 and 亿
    if len(s) < 3 or speaking.match(s) is None:
        return -1
    lower = {"百": "十", "千": "百", "万": "千"}.get(s[-2])
    return -1 if lower is None else _std_value(s + lower)


def _decimal_digits(s: str) -> str | None:
    out = []
    for ch in s:
        d = CN_DIGITS.get(ch)
        if d is None:
            if "0" <= ch <= "9":
                out.append(ch)
                continue
            if "０" <= ch <= "９":
                out.append(chr(ord(ch) - 0xFF10 + 48))
                continue
            return None
        out.append(str(d))
    return "".join(out)


_HALF = Decimal("0.5")


def _half_ulp(exp: int) -> Decimal:
    return _HALF.scaleb(exp)


class _Reading:
    """The reading of one numeral run."""

    __slots__ = ("value", "precision", "magnitude", "script", "approx", "low", "high", "digits")

    def __init__(self, value, precision, magnitude="", script="arabic", approx=None, low=None, high=None, digits=False):
        self.value = value
        self.precision = precision
        self.magnitude = magnitude
        self.script = script
        self.approx = approx
        self.low = low
        self.high = high
        #: written digit by digit (二〇二三, 一七二零): a year when 年 follows, else not a figure
        #: in running text (but a value for :func:`read_numeral`)
        self.digits = digits


def _trailing_mags(s: str) -> tuple[str, str]:
    """Split trailing magnitude characters (万, 亿, 万亿 ...) off a Chinese numeral string."""
    body = s.rstrip(_M)
    return body, s[len(body):]


def _mag_factor(mags: str) -> int:
    f = 1
    for ch in mags:
        f *= CN_MAGS.get(ch) or CN_UNITS.get(ch, 1)
    return f


def _consecutive(a: int, b: int, ca: str, cb: str) -> bool:
    if a == 0 or b == 0:
        return False
    return b == a + 1 or (ca == "一" and cb == "两") or (a == 3 and b == 5)


_APPROX_INNER = "多余几幾餘"
_APPROX_INNER_SET = frozenset(_APPROX_INNER)
_CN_DIGIT_SET = frozenset(CN_DIGITS)
_TWO_DIGITS = f"[{_D}]{{2}}"
_UNIT_OR_MAG_SET = frozenset(_U + _M)
_FULLWIDTH_NUMERAL = frozenset("０１２３４５６７８９．，")


def _strip_inner_approx(s: str) -> tuple[str, str | None]:
    """Remove 多/余/几 inside a numeral (三十多万, 一百零几万): the string and "more" or None."""
    if _APPROX_INNER_SET.isdisjoint(s):
        return s, None
    for ch in "几幾":
        s = s.replace("零" + ch, ch)  # 一百零几万 = 一百多万
    for ch in _APPROX_INNER:
        s = s.replace(ch, "")
    return s, "more"


@lru_cache(maxsize=16384)
def read_chinese(run: str) -> _Reading | None:
    """Read a run of Chinese numeral characters (digits, 十百千, 万亿, 点, inner 多/几/余)."""
    if len(run) > MAX_RUN:
        return None
    if _STD_FAST_CHARS.issuperset(run) and not run.startswith("一十") and \
            _compiled("std_direct", _STD_DIRECT).fullmatch(run.translate(_STD_CODE)) is not None:
        # Most Chinese numerals of a text are in cn2an's standard form (三十五, 二百四十八万,
        # 三亿一千七百万).  A string of the _STD_DIRECT grammar written in these characters (no
        # 两, 〇, 点, 多/余/几) has no two neighbouring non-zero digits (no range: 三四, 五六十), and
        # the way below reads it as _standard_cn_int does (cn_int's short cuts give the same
        # value): _direct_value, with the magnitudes after the last digit, exact.  Read at once,
        # its first reading costs a quarter of that way (tests/test_numerals_lean_chinese.py).
        return _Reading(Decimal(_direct_value(run)), _ZERO, run[len(run.rstrip(_M)):], "chinese")
    s, approx = _strip_inner_approx(run)
    if not s:
        return None
    if "点" in s or "點" in s:
        return _read_decimal(s.replace("點", "点"), approx, "chinese")
    # all digits: one digit, a range of neighbours (三四, 五六), or digit by digit (二〇二三)
    body, mags = _trailing_mags(s)
    if body and _CN_DIGIT_SET.issuperset(body):
        if len(body) == 1:
            return _Reading(Decimal(CN_DIGITS[body]) * _mag_factor(mags), Decimal(0), mags, "chinese", approx)
        if len(body) == 2 and _consecutive(CN_DIGITS[body[0]], CN_DIGITS[body[1]], body[0], body[1]):
            f = _mag_factor(mags)
            lo, hi = CN_DIGITS[body[0]] * f, CN_DIGITS[body[1]] * f
            return _Reading(None, Decimal(0), mags, "chinese", "about", Decimal(lo), Decimal(hi))
        if not mags:
            v = int("".join(str(CN_DIGITS[c]) for c in body))
            return _Reading(Decimal(v), Decimal(0), "", "chinese", approx, digits=True)
        return None
    # neighbouring digits before a unit: 五六十 (50-60), 十五六 (15-16), 二三十万, 七八千 (the
    # loop does something only at two digits side by side: most numerals have none)
    for i in range(len(s) - 1) if _compiled("two_digits", _TWO_DIGITS).search(s) else ():
        a, b = s[i], s[i + 1]
        if a in CN_DIGITS and b in CN_DIGITS:
            if _consecutive(CN_DIGITS[a], CN_DIGITS[b], a, b):
                lo = cn_int(s[: i + 1] + s[i + 2:])
                hi = cn_int(s[:i] + s[i + 1:])
                if lo is None or hi is None or lo >= hi:
                    return None
                _, mags = _trailing_mags(s)
                return _Reading(None, Decimal(0), mags, "chinese", "about", Decimal(lo), Decimal(hi))
            if CN_DIGITS[a] != 0 and CN_DIGITS[b] != 0:
                return None
    v = cn_int(s)
    if v is None:
        return None
    _, mags = _trailing_mags(s)
    return _Reading(Decimal(v), Decimal(0), mags, "chinese", approx)


def _read_decimal(s: str, approx: str | None, script: str) -> _Reading | None:
    """INT点DIGITS[万亿]: 三点五, 四十点四八亿, 一百点123, 一二点三零."""
    ip, _, rest = s.partition("点")
    frac_part, mags = _trailing_mags(rest)
    if not ip or not frac_part or "点" in rest:
        return None
    fd = _decimal_digits(frac_part)
    if fd is None:
        return None
    idig = _decimal_digits(ip)
    if idig is not None and (len(ip) == 1 or _UNIT_OR_MAG_SET.isdisjoint(ip)):
        iv = int(idig)  # 三, 12, 一七二零: digit by digit
    else:
        iv = cn_int(ip) if _ARABIC_DIGITS.isdisjoint(ip) else None
        if iv is None:
            got = _read_sections(ip)
            if got is None or got[0] != int(got[0]):
                return None
            iv = int(got[0])
    factor = _mag_factor(mags)
    value = (Decimal(iv) + Decimal("0." + fd)) * factor
    return _Reading(value, _half_ulp(-len(fd)) * factor, mags, script, approx)


def _arabic_token(tok: str) -> tuple[Decimal, int, bool]:
    """(value, exponent of the last digit, full-width?) of an Arabic digit token."""
    fw = not _FULLWIDTH_NUMERAL.isdisjoint(tok)
    t = tok.translate(_FW).replace(",", "") if fw or "," in tok else tok
    d = Decimal(t)
    return d, d.as_tuple().exponent, fw


_TOKEN_RE = None


def _tokens(run: str) -> list[tuple[str | None, str | None]]:
    global _TOKEN_RE
    if _TOKEN_RE is None:
        import re

        _TOKEN_RE = re.compile(
            r"(?P<a>(?:[0-9０-９]+(?:[,，][0-9０-９]{3})*)(?:[.．][0-9０-９]+)?|[.．][0-9０-９]+)|(?P<c>.)"
        )
    return [(m.group("a"), m.group("c")) for m in _TOKEN_RE.finditer(run)]


def _read_sections(run: str) -> tuple[Decimal, Decimal, bool] | None:
    """Read a numeral of sections, Arabic and/or Chinese digits with 十百千 and 万亿兆
    (3亿5000万, 4万5千, 1千零1, 一百零十万, 五兆六十二亿): (value, precision, full-width?)."""
    toks = _tokens(run)
    arabic = any(a for a, _ in toks)
    stack: list[tuple[Decimal, int]] = []  # (scaled value, scale)
    cur: Decimal | None = None
    cur_exp = 0
    cur_cn = False
    last_num_scale = 1
    last_exp = 0
    last_kind = None  # "num", "unit", "mag", "zero"
    last_scale = 1
    zero = False
    fw = False
    frac_seen = False  # a decimal (10.1万) ends the numeral: 10.1万零100 is not one
    for a, c in toks:
        if frac_seen and (a or c in CN_DIGITS or c in CN_UNITS):
            return None
        if a:
            if cur is None and stack and last_kind == "unit" and not a.strip("0０"):
                # an Arabic 0 standing for 零 between sections (1百0八, 六百0三): a zero
                zero = True
                last_kind = "zero"
                continue
            if cur is not None:
                return None
            cur, cur_exp, f = _arabic_token(a)
            frac_seen = cur_exp < 0 and bool(stack)
            fw = fw or f
            cur_cn = False
            last_kind = "num"
            continue
        if c in CN_DIGITS:
            dv = CN_DIGITS[c]
            if dv == 0:
                if cur is not None:
                    return None
                zero = True
                last_kind = "zero"
                continue
            if cur is not None:
                return None
            cur, cur_exp, cur_cn = Decimal(dv), 0, True
            last_kind = "num"
            continue
        if c in CN_UNITS:
            u = CN_UNITS[c]
            if stack and stack[-1][1] <= u and last_kind != "mag" and not (last_kind == "zero" or zero):
                return None
            if cur is None and last_kind is None and u != 10:
                return None
            n = cur if cur is not None else Decimal(1)
            stack.append((n * u, u))
            last_num_scale, last_exp = u, cur_exp
            cur, cur_exp = None, 0
            last_kind, last_scale = "unit", u
            zero = False
            continue
        if c in CN_MAGS:
            m = CN_MAGS[c]
            if cur is None and last_kind == "mag":
                # 万亿, 万万: multiply the section just closed
                v, sc = stack.pop()
                stack.append((v * m, sc * m))
                last_num_scale *= m
                last_scale = sc * m
                continue
            total = cur if cur is not None else Decimal(0)
            if cur is not None:
                last_num_scale, last_exp = m, cur_exp
            else:
                last_num_scale *= m
            while stack and stack[-1][1] < m:
                total += stack.pop()[0]
            if total == 0:
                return None
            stack.append((total * m, m))
            frac_seen = frac_seen or cur_exp < 0
            cur, cur_exp = None, 0
            last_kind, last_scale = "mag", m
            zero = False
            continue
        return None
    total = sum((v for v, _ in stack), Decimal(0))
    if cur is not None:
        if cur_cn and not zero and last_kind == "num" and last_scale >= 10 and stack:
            # colloquial: 一万三 = 13000, 两千四百五 = 2450
            scale = last_scale // 10
            total += cur * scale
            last_num_scale, last_exp = scale, 0
        else:
            total += cur
            last_num_scale, last_exp = 1, cur_exp
    elif not stack:
        return None
    if total == 0 and not arabic:
        return None
    exact = (cur_cn and cur is not None) or (cur is None and not arabic)
    precision = Decimal(0) if exact else _half_ulp(last_exp) * last_num_scale
    return total, precision, fw


def _tidy(d: Decimal) -> Decimal:
    """82.18 x 10000 is Decimal('821800.00'): write whole numbers without the trailing zeros."""
    if d.as_tuple().exponent < 0 and d == d.to_integral_value():
        return d.quantize(_ONE)
    return d


_ONE = Decimal(1)
_SIMPLE_ARABIC = __import__("re").compile(
    r"((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+)([万萬亿億千仟百佰十拾]{0,2})"
).fullmatch
#: magnitudes allowed after Arabic digits, alone or in pairs (82.18万, 1.2万亿, 3千, 10万万)
_MAG_PAIRS = {m: _mag_factor(m) for m in (
    "万", "萬", "亿", "億", "千", "仟", "百", "佰", "十", "拾", "兆", "万亿", "萬億", "千万", "千萬", "百万", "百萬",
    "十万", "十萬", "千亿", "千億", "百亿", "百億", "十亿", "十億", "万万", "萬萬")}
_ARABIC_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: the magnitude characters ``_SIMPLE_ARABIC`` allows after the digits
_SIMPLE_MAGS = frozenset("万萬亿億千仟百佰十拾")
#: _half_ulp(-k): the precision of a figure written with k decimals (before its magnitude)
_HALF_ULPS = tuple(_HALF.scaleb(-k) for k in range(MAX_RUN + 1))
#: (decimals, magnitude) -> the precision of such a figure (82.18万: (2, "万") -> 50)
_MAG_PRECISION: dict[tuple[int, str], Decimal] = {}
_MIXED_MAGS = frozenset("千仟百佰十拾")
#: the k of 10 ** k that each magnitude of ``_MAG_PAIRS`` stands for
_MAG_EXPONENT = {m: len(str(f)) - 1 for m, f in _MAG_PAIRS.items()}
assert all(_MAG_PAIRS[m] == 10 ** k for m, k in _MAG_EXPONENT.items())
#: the characters of the magnitudes of ``_MAG_PAIRS``
_MAG_CHARS = "".join(sorted(set("".join(_MAG_PAIRS))))


def _arabic_then_mags(run: str, fw: bool, approx: str | None) -> _Reading | None:
    """Arabic digits (full-width ones, or before 兆), then magnitude characters only (１２６８,
    ８７．３, ２７，２０３, ３．５万, 12兆): the reading that the token loop of :func:`read_run` gives
    them (one Arabic token, then one magnitude token per character), with str methods; None for
    any other run.  ``t`` is the run in ASCII; a body that fullmatches the token pattern (digits,
    groups of three after commas, decimals) is what that loop takes as its first token."""
    t = run.translate(_FW)
    body = t.rstrip(_MAG_CHARS)
    mags = t[len(body):]
    factor = _MAG_PAIRS.get(mags) if mags else 1
    if factor is None or not body.isascii():
        return None
    ip, dot, fp = body.partition(".")
    if "," in ip:
        groups = ip.split(",")
        ip = "".join(groups) if all(len(g) == 3 for g in groups[1:]) and groups[0] else "x"  # x: no
    if not ((fp.isdigit() and (not ip or ip.isdigit())) if dot else ip.isdigit()):
        return None
    value = Decimal(ip + dot + fp)
    script = "fullwidth" if fw else ("mixed" if not _MIXED_MAGS.isdisjoint(mags) else "arabic")
    return _Reading(value * factor, _HALF_ULPS[len(fp)] * factor, mags, script, approx)


@lru_cache(maxsize=16384)
def read_run(run: str) -> _Reading | None:
    """Read one numeral run: Arabic, Chinese or mixed (82.18万, 3亿5000万, 4万5千, 1千零1)."""
    if not run or len(run) > MAX_RUN:
        return None
    # Most runs are ASCII digits with an optional decimal part and at most two magnitude
    # characters (2023, 12.5, .5, 82.18万, 1.2万亿): split them with str methods instead of the
    # ``_SIMPLE_ARABIC`` match below, and take the precision from the number of decimals (the
    # exponent of the Decimal), so that each distinct run costs little even when first read.  The
    # strings taken here are exactly those ``_SIMPLE_ARABIC`` takes without a comma, read the same.
    body, mags = run, ""
    if run[-1] in _SIMPLE_MAGS:
        if len(run) > 1 and run[-2] in _SIMPLE_MAGS:
            body, mags = run[:-2], run[-2:]
        else:
            body, mags = run[:-1], run[-1]
    if body.isascii():  # (str.isdigit of an ASCII string: only 0-9)
        ip, dot, fp = body.partition(".")
        if (fp.isdigit() and (not ip or ip.isdigit())) if dot else ip.isdigit():
            d = Decimal(body)
            if not mags:
                return _Reading(d, _HALF_ULPS[len(fp)])
            factor = _MAG_PAIRS.get(mags)
            if factor is None:
                return None
            key = (len(fp), mags)
            precision = _MAG_PRECISION.get(key)
            if precision is None:
                precision = _MAG_PRECISION[key] = _tidy(_HALF_ULPS[len(fp)] * factor)
            k = _MAG_EXPONENT[mags]  # factor == 10 ** k
            if len(fp) <= k and len(body) + k <= 28:
                # 82.18万 = 821800: the digits with the point moved k places are a whole number,
                # which is what _tidy(d * factor) gives (exactly: 28 digits at most, the Decimal
                # precision) without the multiplication and _tidy's tests
                value = Decimal(ip + fp + "0" * (k - len(fp)))
            else:
                # (with no decimals d * factor has exponent 0 or more: _tidy would return it as is)
                value = _tidy(d * factor) if fp else d * factor
            return _Reading(value, precision, mags, "mixed" if mags[0] in _MIXED_MAGS else "arabic")
        sm = _SIMPLE_ARABIC(run)  # (it only matches runs whose body is ASCII)
        if sm is not None:
            # without tokenising: 1,234,567, 1,234.5万
            digits, mags = sm.groups()
            d = Decimal(digits.replace(",", "") if "," in digits else digits)
            if not mags:
                return _Reading(d, _half_ulp(d.as_tuple().exponent))
            factor = _MAG_PAIRS.get(mags)
            if factor is None:
                return None
            return _Reading(_tidy(d * factor), _tidy(_half_ulp(d.as_tuple().exponent) * factor), mags,
                            "mixed" if mags[0] in "千仟百佰十拾" else "arabic")
    if _ARABIC_DIGITS.isdisjoint(run):
        if run[0] in "百佰千仟万萬" and len(run) > 1 and all(c in _M for c in run[1:]):
            return read_chinese("一" + run)  # 百亿, 千亿, 万亿, 百万: 一 left unsaid
        return read_chinese(run)
    run, approx = _strip_inner_approx(run)
    fw = not _FULLWIDTH_NUMERAL.isdisjoint(run)
    if "点" in run or "點" in run:
        return _read_decimal(run.replace("點", "点"), approx, "fullwidth" if fw else "mixed")
    got = _arabic_then_mags(run, fw, approx)
    if got is not None:
        return got
    toks = _tokens(run)
    # Arabic digits, then magnitude characters only (１２６８, ８７．３, 3.5万 in full width): the
    # runs _arabic_then_mags reads (the same way) do not get here
    if toks[0][0] and all(c for _, c in toks[1:]):
        mags = "".join(c for _, c in toks[1:])
        factor = _MAG_PAIRS.get(mags) if mags else 1
        if factor is not None:
            value, exp, fw = _arabic_token(toks[0][0])
            script = "fullwidth" if fw else ("mixed" if not _MIXED_MAGS.isdisjoint(mags) else "arabic")
            return _Reading(value * factor, _half_ulp(exp) * factor, mags, script, approx)
    # digits written one by one in mixed scripts (二0一二): a year candidate
    if all((a and len(a) == 1) or (c and c in CN_DIGITS) for a, c in toks):
        digits = "".join(a if a else str(CN_DIGITS[c]) for a, c in toks)
        if 2 <= len(digits) <= 4:
            return _Reading(Decimal(digits.translate(_FW)), Decimal(0), "", "mixed", approx, digits=True)
        return None
    got = _read_sections(run)
    if got is None:
        return None
    total, precision, fw2 = got
    _, mags = _trailing_mags(run)
    return _Reading(total, precision, mags, "fullwidth" if (fw or fw2) else "mixed", approx)


_SIGNS = ("负", "負", "-", "−", "－")
_MONEY_TAIL = None


def read_numeral(s: str) -> Decimal | None:
    """The value of a numeral string on its own, as a converter reads it (负一七二零点一 ->
    -1720.1, 壹拾壹元壹角 -> 11.1, 二〇〇二 -> 2002), or None when it is not a numeral.

    Unlike :func:`extract` this reads digit-by-digit numerals (一七二零) without asking for a
    year, and amounts in 元/角/分; ranges (三四) have no single value and give None.
    """
    global _MONEY_TAIL
    if not s:
        return None
    sign = 1
    for p in _SIGNS:
        if s.startswith(p):
            sign, s = -1, s[len(p):]
            break
    if s.startswith("百分之"):
        s = s[3:]
    if not s:
        return None
    if _MONEY_TAIL is None:
        import re

        _MONEY_TAIL = re.compile(rf"(?:[元圆]零?(?:([{_D}])角)?(?:([{_D}])分)?|([{_D}])角(?:([{_D}])分)?|([{_D}])分)[整正]?$")
    value = Decimal(0)
    mt = _MONEY_TAIL.search(s)
    if mt is not None and (mt.start() > 0 or mt.group()[0] not in "元圆"):
        jiao = mt.group(1) or mt.group(3)
        fen = mt.group(2) or mt.group(4) or mt.group(5)
        value = Decimal(CN_DIGITS[jiao]) / 10 if jiao else Decimal(0)
        value += Decimal(CN_DIGITS[fen]) / 100 if fen else Decimal(0)
        s = s[: mt.start()]
        if not s:
            return sign * value
    if not s:
        return None
    if s in ("百", "佰"):
        r = _Reading(Decimal(100), Decimal(0))
    else:
        r = read_run(s)
    if r is None or r.value is None:
        return None
    return sign * (r.value + value)



_PCT_KIND = frozenset(("%", "‰", "‱", "百分点"))
_TIME_UNITS = frozenset(("年", "年度", "周年", "个月", "月", "月份", "日", "天", "周", "星期", "小时", "分钟", "秒", "季度",
                         "世纪", "年代", "学年", "工作日", "昼夜", "岁", "周岁"))
#: units after which the counted thing is named (874个贫困村): the measure is read forward
_COUNTERS_FWD = frozenset("个名户家所座条项件种类台辆艘架套批处栋幢间张本位支只头匹口棵株片块根部篇场次轮期起例宗笔份册首枚颗粒层组队对双副万")
_ARABIC_START = frozenset("0123456789０１２３４５６７８９.．")
_DASHES = frozenset("-－–—~～〜")
_ORDINAL_AFTER_CI = ("会议", "全会", "全体会议", "代表大会", "党代会", "会")


class _QuantityBuilder:
    """A mutable twin of :class:`Quantity` with the same slots.

    A frozen dataclass sets each field through ``object.__setattr__`` in ``__init__``; with a
    dozen figures per 1,000 characters that was a fifth of the extraction time.  The engine fills
    a twin with plain attribute stores and then makes it a ``Quantity`` (the slot layouts are
    identical, so CPython allows the ``__class__`` assignment): the result is an ordinary frozen,
    hashable, picklable Quantity.
    """

    __slots__ = Quantity.__slots__


_ZERO = Decimal(0)
_new_object = object.__new__


def _quantity(start, end, text, kind, value, unit="", approx=None, low=None, high=None, precision=_ZERO,
              magnitude="", script="arabic", prefix_start=-1, measure=None, date=None) -> Quantity:
    q = _new_object(_QuantityBuilder)
    q.start = start
    q.end = end
    q.text = text
    q.kind = kind
    q.value = value
    q.unit = unit
    q.approx = approx
    q.low = low
    q.high = high
    q.precision = precision
    q.magnitude = magnitude
    q.script = script
    q.prefix_start = prefix_start
    q.measure = measure
    q.date = date
    q.__class__ = Quantity
    return q


# every field of Quantity must be set above (a field added to Quantity must be added there too)
assert Quantity.__slots__ == ("start", "end", "text", "kind", "value", "unit", "approx", "low", "high", "precision",
                              "magnitude", "script", "prefix_start", "measure", "date")


class _Engine:
    """Compiled patterns and word sets for one set of lexicons."""

    def __init__(self, knowledge) -> None:
        import re

        lex = knowledge.lexicons if knowledge is not None else {}

        def words(prefix: str) -> list[str]:
            out: list[str] = []
            for name, ws in lex.items():
                if name == prefix or name.startswith(prefix + "-"):
                    out.extend(ws)
            return out

        # not-figure words: those that start with a character a figure can start with are
        # matched forward at the candidate; the others (统一, 进一步) backward from it
        first = re.compile(f"[{_FIRST}]")
        nf = sorted(set(words("not-figures")), key=lambda w: (-len(w), w))
        fwd = [w for w in nf if first.match(w)]
        # forward words by their first two characters (longest first), one-character words apart:
        # a dict lookup and a few startswith calls per candidate, cheaper than a regex match
        self.nf_fwd2: dict[str, tuple[str, ...]] = {}
        for w in fwd:  # nf is sorted longest first
            if len(w) >= 2:
                self.nf_fwd2[w[:2]] = self.nf_fwd2.get(w[:2], ()) + (w,)
        self.nf_fwd1 = frozenset(w for w in fwd if len(w) == 1)
        back: dict[str, list[str]] = {}
        for w in nf:
            fm = first.search(w)
            if fm is None or fm.start() == 0:
                continue
            back.setdefault(w[: fm.start()], []).append(w)
        self.nf_back = back
        self.nf_back_lens = sorted({len(k) for k in back})
        self.nf_back_last = frozenset(k[-1] for k in back)
        # characters whose candidates need the not-figure check (Arabic digits only when a
        # lexicon word contains one)
        self.nf_chars = frozenset(ch for w in nf for ch in w if first.match(ch))

        self.service_ahead = re.compile(_SERVICE_AHEAD)
        units = set(words("units"))
        units |= set(_PERCENT_UNITS) | {"倍"}  # part of the numeral grammar, not of a word list
        units.discard("")
        self.units = units
        self.currency = frozenset(lex.get("units-currency", ()))
        self.unit_re = re.compile(
            "|".join(re.escape(u) for u in sorted(units, key=lambda w: (-len(w), w))) if units else r"(?!x)x"
        )
        self.unit_first = frozenset(u[0] for u in units)
        # What unit_re matches at a position is the longest unit that starts there.  _figure
        # finds it with set and dict look-ups instead: the units of two or more characters by
        # their first two (longest first), tried only after a character that starts one, then the
        # one-character units.
        self.units1 = frozenset(u for u in units if len(u) == 1)
        self.units_multi_first = frozenset(u[0] for u in units if len(u) > 1)
        self.units2: dict[str, tuple[str, ...]] = {}
        for u in sorted(units, key=lambda w: (-len(w), w)):
            if len(u) > 1:
                self.units2[u[:2]] = self.units2.get(u[:2], ()) + (u,)
        lone_next = set(_LONE_NEXT_CHARS) | set(self.unit_first)
        cls = "".join(sorted(lone_next)).replace("\\", "\\\\").replace("]", "\\]").replace("^", "\\^").replace("-", "\\-")
        # where a figure may start: Arabic digits and prefixes anywhere; a Chinese digit only
        # when something numeral-like or a unit follows (a lone 一 in 统一思想 is prose)
        num = f"0-9０-９{_D}十拾廿卅"
        # One character, the candidate, then what it needs around it (looked at behind and
        # ahead): a pattern that starts with a character class lets the regex engine skip to
        # those characters in C; one that starts with a look-ahead is tried at every position.
        # After an ASCII digit, a Chinese digit or 十 the scan also reads the rest of the run as
        # far as it is plain (ASCII digits and decimals, then Chinese numeral characters that the
        # core matches one by one: 12, 12.5, 82.18万, 三十五, 二〇二三): that changes no candidate
        # (a search finds the same start positions; what a match reads after its start cannot
        # make a start match or fail) and gives extract the end of a plain run for free.
        cnrun = _CN_RUN_CHARS
        plain_cn = "".join(sorted(_PLAIN_FIRST - set("0123456789")))
        self.scan = re.compile(
            f"[0-9０-９{_D}十拾廿卅百佰千仟万萬负負\\-−－第.．翻](?:"
            f"(?<=[0-9])[0-9]*+(?:\\.[0-9]+)?[{cnrun}]*+"
            f"|(?<=[０-９])"
            f"|(?<=[十拾廿卅])[{cnrun}]*+"
            f"|(?<=[{_D}])(?=[{cls}])[{cnrun}]*+"
            f"|(?<=[百佰千仟万萬])(?=分之|[{_D}亿億])|(?<=[百佰])(?=[万萬])"  # 百分之, 千分之, 百三, 百亿, 万亿, 百万 (a run never starts with 亿)
            f"|(?<=[负負\\-−－])(?=[{num}.．])|(?<=[负負])(?=[百佰千仟万]分之)"  # 负千分之一点二
            # 第 before a numeral; when a plain run follows (as above: 第3, 第32.5, 第三十五) the
            # scan reads it too, for _ordinal
            f"|(?<=第)(?:[0-9]++(?:\\.[0-9]+)?[{cnrun}]*+|[{plain_cn}][{cnrun}]*+|(?=[{num}.．]))"
            f"|(?<=零)(?=下[{num}])|(?<=[.．])(?=[0-9０-９])"
            f"|(?<=翻)(?=了?[一两二三四五六七八九十0-9]番|番))"
        )
        self.core = _compiled("core", _CORE)
        assert [self.core.groupindex[g] for g in ("ord", "sign", "run", "run2")] == [_G_ORD, _G_SIGN, _G_RUN, _G_RUN2]
        self.range_sep = re.compile(_RANGE_SEP)

        self.pre = {}
        for kind in ("about", "more", "less"):
            for w in lex.get(f"approx-prefix-{kind}", ()):
                self.pre.setdefault(w, kind)
        self.pre_not = frozenset(lex.get("approx-prefix-not", ()))
        #: the counters that make a number after 拨打 a count of calls (拨打12345次), see _dialled
        self.call_counters = tuple(lex.get("dialled-call-counters", ()))
        #: the prefix words by their last character, longest first
        self.pre_by_last: dict[str, tuple[str, ...]] = {}
        for w in sorted(self.pre, key=lambda w: (-len(w), w)):
            self.pre_by_last[w[-1]] = self.pre_by_last.get(w[-1], ()) + (w,)
        self.suf = {}
        for kind in ("about", "more", "less"):
            for w in lex.get(f"approx-suffix-{kind}", ()):
                self.suf.setdefault(w, kind)
        self.suf_first = frozenset(w[0] for w in self.suf)
        self.suf_re = re.compile("|".join(re.escape(w) for w in sorted(self.suf, key=lambda w: (-len(w), w))) or r"(?!x)x")
        stops = sorted(set(lex.get("measure-stop", ())), key=lambda w: (-len(w), w))
        fwd_stops = sorted(set(stops) | set(lex.get("measure-stop-forward", ())), key=lambda w: (-len(w), w))
        self.stop_re = re.compile("|".join(re.escape(w) for w in fwd_stops) or r"(?!x)x")
        # backward measure: the CJK words before the figure, minus trailing verbs/adverbs
        rstop_alt = "|".join(re.escape(w[::-1]) for w in sorted(stops, key=lambda w: (-len(w), w))) or r"(?!x)x"
        self.rstop = re.compile(rstop_alt)
        self.rstops_lead = re.compile(f"(?:{rstop_alt})+")
        self.cjk_tail = re.compile(r"[\u4e00-\u9fff]+$")
        self.measure_fwd = re.compile(r"[\u4e00-\u9fff]{1,12}")
        self.pending = _PendingMeasure(self, "")  # of the text read last (set by extract)
        #: of the text read last (set by extract): near_quote[s] is 1 where an opening quote mark
        #: lies in the 8 characters before position s
        self.near_quote = bytearray()
        self.date_tail = re.compile(
            rf"(?P<m>[0-9０-９]{{1,2}}|[{_D}十]{{1,3}})月(?:份)?(?:(?P<d>[0-9０-９]{{1,2}}|[{_D}十]{{1,4}})[日号])?"
        )
        # _plain: the characters after a plain run that start a unit and none of the rare cases of
        # _figure (not a character that goes on a run, starts a name, label or code (号, 大, 级,
        # 国道, letters, hyphens), 又, 折, 成 or 月), and the units it reads as _figure does:
        # unit -> (the unit as stored, kind, a time unit?).  倍, 届, 次, 里 and 道, which _figure
        # reads apart (一倍半, 十六届, 二次会议, 七里铺, 三道湾), are missing: _plain leaves them to it.
        self.plain_next = frozenset(
            c for c in self.unit_first
            if c not in _ARABIC_CODE_NEXT and c not in _RUN_GOES_ON and c not in _NAME_NEXT and c not in "又折成月"
        )
        # the first characters of the units that _figure reads after 个 in its place (个月, and time
        # and percent units); after 个 a counted thing (个村庄) is no unit of those
        self.after_ge = frozenset(u[0] for u in units if u in _TIME_UNITS or u in _PERCENT_UNITS)
        self.plain_units: dict[str, tuple[str, str, bool]] = {}
        for u in units:
            if u in ("倍", "届", "次", "里", "道"):
                continue
            unit = _PERCENT_UNITS.get(u, u)
            kind = "percent" if unit in _PCT_KIND else "money" if unit in self.currency else "number"
            self.plain_units[u] = (unit, kind, unit in _TIME_UNITS)

    # ---------------------------------------------------------------------------------------
    def extract(self, text: str) -> list[Quantity]:
        out: list[Quantity] = []
        # The candidates come from the scan, searched from the first position not inside a figure
        # or not-figure word already read.  The scan looks at no character before the one it
        # matches (its look-behinds test that character itself), so where a candidate is does not
        # depend on where a search starts: searching again from ``pos`` finds the candidates a
        # single pass would find at or after ``pos``, and the positions inside a figure just read
        # (the 0, 2, 3 of 2023年) are never produced.
        #
        # Most figures are a run alone: ASCII digits (12, 12.5) or Chinese numeral characters
        # (三个, 三十五万), or the two (82.18万), followed by a character that cannot go on a run
        # (a unit, punctuation, prose).  There the core would match just that run, with no 第,
        # sign or 分之 (the characters that could make it match more are all in _RUN_GOES_ON), so
        # the figure is read without matching the core, which costs more than the rest of the scan.
        # what the figures of this text share: the measure left for later (see _LazyMeasure) and
        # where the quote marks are
        self.pending = _PendingMeasure(self, text)
        self.near_quote = self._near_quote(text)
        search = self.scan.search
        core_match = self.core.match
        nf_chars = self.nf_chars
        nf_skip = self._nf_skip
        figure = self._figure
        plain = self._plain
        plain_next = self.plain_next
        ordinal = self._ordinal
        n = len(text)
        pos = 0
        c = search(text)
        while c is not None:
            p = c.start()
            pos = p + 1
            ch = text[p]
            if ch in nf_chars:
                # not-figure words around the candidate (统一, 一带一路, 十三五)
                skip = nf_skip(text, p)
                if skip:
                    if skip > pos:
                        pos = skip
                    c = search(text, pos)
                    continue
            if ch in _PLAIN_FIRST:
                e = c.end()  # the end of the plain part of the run (see the scan)
                if e >= n or text[e] not in _RUN_GOES_ON:
                    if e < n and text[e] in plain_next:  # a unit follows (see _plain)
                        q, end = plain(text, p, e)
                    else:
                        q, end = figure(text, p, e, None)
                    if q is not None:
                        out.append(q)
                    if end > pos:
                        pos = end
                    c = search(text, pos)
                    continue
            elif ch == "第":
                e = c.end()  # the end of a plain run after 第, if one follows (see the scan)
                if e > p + 1 and (e >= n or text[e] not in _RUN_GOES_ON):
                    # the core would match 第 and that run alone (as for a plain run above)
                    q, end = ordinal(text, p, e)
                    if q is not None:
                        out.append(q)
                    if end > pos:
                        pos = end
                    c = search(text, pos)
                    continue
            m = core_match(text, p)
            if m is not None:  # else no figure starts at the candidate
                if ch == "翻":  # the core's first alternative (翻番) is the only one that starts so
                    q = self._fan(text, m)
                    end = m.end()
                else:
                    q, end = figure(text, p, m.end(), m)
                if q is not None:
                    out.append(q)
                if end > pos:
                    pos = end
            c = search(text, pos)
        return out

    def _nf_skip(self, text: str, p: int) -> int:
        """The end of the not-figure word that covers position ``p``, or 0."""
        if p and text[p - 1] in self.nf_back_last:  # (the words before end with one of these)
            nf_back = self.nf_back
            for k in self.nf_back_lens:
                if k > p:
                    break
                ws = nf_back.get(text[p - k: p])
                if ws:
                    for w in ws:
                        if text.startswith(w, p - k):
                            return p - k + len(w)
        w = None
        ws = self.nf_fwd2.get(text[p: p + 2])
        if ws is not None:
            for x in ws:  # the longest word that starts here
                if text.startswith(x, p):
                    w = x
                    break
        if w is None and self.nf_fwd1 and text[p] in self.nf_fwd1:
            w = text[p]
        if w is not None:
            end = p + len(w)
            if not (w[-1] == "分" and text[end: end + 1] == "之"):  # 十分之一
                return end
        return 0

    # ---------------------------------------------------------------------------------------
    def _fan(self, text: str, m) -> Quantity | None:
        """翻番 = 2倍, 翻一番 = 2倍, 翻两番 = 4倍, 翻了三番 = 8倍."""
        nch = m.group("fann")
        if nch is None:
            n = 1
        elif nch.isdigit():
            n = int(nch)
        else:
            n = _fast_cn_int(nch)
            if n is None:
                return None
        s, e = m.span()
        q = _quantity(s, e, m.group(), "multiple", Decimal(2**n), "倍", None, None, None, Decimal(0), "",
                     "chinese" if nch and not nch.isdigit() else "arabic")
        return q

    def _figure(self, text: str, s: int, re_: int, m):
        """Read the figure whose core ``m`` matched ``text[s:re_]``, or, with ``m`` None, whose
        core is the run ``text[s:re_]`` alone: (Quantity or None, position to go on from)."""
        n = len(text)
        den = sign = None
        ordinal = False
        rs = s
        if m is not None and (regs := m.regs)[0] != regs[_G_RUN]:  # not the run alone: 第, a sign or 分之
            # (the spans of all groups in one tuple: an attribute read, not a call per group)
            span = regs[0]
            s = span[0]
            rs, re_ = regs[_G_RUN2]
            if rs >= 0:  # X分之Y: the run is Y, X the denominator
                den_start, den_end = regs[_G_RUN]
                den = text[den_start:den_end]
            else:
                rs, re_ = regs[_G_RUN]
            ordinal = regs[_G_ORD][0] >= 0
            sp, sign_end = regs[_G_SIGN]
            if sp >= 0:
                sign = text[sp:sign_end]
                if sign in "-−－":
                    prev = text[sp - 1] if sp > 0 else " "
                    if prev in _DASHES or (prev.isascii() and prev.isalnum()) or prev in _ARABIC_START:
                        # a hyphen after a digit, letter or dash is not a minus sign
                        sign = None
                        s = den_start if den is not None else rs
        run = text[rs:re_]
        if run[-1] in "百千" and len(run) > 1 and text.startswith(PERCENTILE_WORDS, re_ - 1):
            run, re_ = run[:-1], re_ - 1  # 第90百分位: 百分位 is a word, 90 the figure
        # the numeral itself
        if den is not None and den in "百佰" and run in ("百", "佰"):  # 百分之百
            r = _HUNDRED
        else:
            r = read_run(run)
            if r is None and len(run) > 1 and run[-1] in _UNIT_OR_MAG:
                # a unit character that belongs to the next word: 七十百分位, 三十万千瓦 ...
                r = read_run(run[:-1])
                if r is not None:
                    run, re_ = run[:-1], re_ - 1
        if r is None:
            return None, re_
        nxt = text[re_] if re_ < n else " "
        if run[0] in "百佰千仟万萬" and len(run) > 1 and den is None and not text.startswith(_BARE_MAG_UNITS, re_) \
                and all(c in _M for c in run[1:]):
            return None, re_  # 百万千瓦级, 百万亩…示范区, 万亿级: a class in a name; 百亿元 is an amount
        # (the members of _FINANCIAL are single characters: a run in it is one character long)
        if run in _FINANCIAL and den is None and sign is None and nxt != "又":
            return None, re_  # 陆 (大陆, 登陆), 伍 (队伍), 拾 (收拾) alone are words, not figures
        unit = ""
        if den is not None:
            if den in ("百", "佰"):
                unit = "%"
            elif den in ("千", "仟"):
                unit = "‰"
            elif den in ("万", "萬"):
                unit = "‱"
            else:
                d = read_run(den)
                if d is None or d.value is None or d.value == 0 or r.value is None:
                    return None, re_
                r = _Reading(r.value / d.value, Decimal(0), "", r.script)
        value, precision, low, high = r.value, r.precision, r.low, r.high
        if nxt == "又" and den is None and value is not None:
            # mixed fraction: 一又二分之一 = 1.5, 三百五十又3分之1
            ym = _compiled("you", _YOU_FRAC).match(text, re_)
            if ym is not None:
                yn, yd = read_run(ym.group("n")), read_run(ym.group("d"))
                if yn is not None and yd is not None and yn.value is not None and yd.value:
                    value = value + yn.value / yd.value
                    precision = Decimal(0)
                    re_ = ym.end()
                    nxt = text[re_] if re_ < n else " "
        if sign is not None:
            if value is not None:
                value = -value
            else:
                low, high = -high, -low
        is_arabic = run[0] in _ARABIC_START
        prev = text[s - 1] if s > 0 else " "

        # names and codes -------------------------------------------------------------------
        # (the tests of this part each need a particular character next to the figure: one set
        # look-up passes over them for most figures)
        if is_arabic and (prev < "\x80" or prev == "‐" or nxt in _ARABIC_CODE_NEXT):
            if nxt in "-‐" or prev in "-‐":
                chain_end = _hyphen_code_end(text, s, re_)
                if chain_end is not None:
                    return None, chain_end  # 2024-01-15, 0596-2868123, 1-2-3: dates and codes
            if (prev < "\x80" or nxt in _CODE_NEXT) and self._is_code(text, s, re_, prev, nxt):
                end = re_
                while end < n - 1 and text[end] in "-‐/._" and text[end + 1].isascii() and text[end + 1].isalnum():
                    end += 1
                    while end < n and text[end].isascii() and text[end].isalnum():
                        end += 1
                return None, end
        if ordinal:
            e = re_
            if nxt in self.unit_first:
                um = self.unit_re.match(text, e)
                if um:
                    e = um.end()
            if value is None:
                return None, re_
            return _quantity(s, e, text[s:e], "ordinal", value, "", None, None, None, Decimal(0), "", r.script), e
        if nxt in _NAME_NEXT:
            # list labels: 28. / 十一、 at the start of a line, （1）, (一)
            if nxt in _LABEL_END and den is None and sign is None and (
                    prev in _LINE_START or (prev in "（(" and nxt in "）)")):
                if not (nxt in ".．" and text[re_ + 1: re_ + 2].isdigit()):
                    return None, re_ + 1
            # N号 (1号文件, 2号线, 〔2023〕5号), 〔2023〕, Chinese numeral + 大 (二十大, 三大攻坚战)
            if nxt == "号" or (prev in "〔[［【" and nxt in "〕]］】"):
                return None, re_ + 1
            if nxt == "大" and not is_arabic and den is None:
                return None, re_ + 1
            if nxt == "级" and is_arabic and len(run) == 4 and run[:2] in ("19", "20") and sign is None and den is None:
                return None, re_ + 1  # 1978级校友, 2020级新生: a cohort, named by its year
            if nxt in "国省县" and text[re_ + 1:re_ + 2] == "道" and is_arabic and sign is None and den is None:
                return None, re_ + 2  # 318国道, 205省道: a road's number
        if is_arabic and prev in "码号为" and nxt not in self.unit_first and text.endswith(_CODE_BEFORE, 0, s):
            return None, re_  # 商品编码为8542.31, 代码123456: an identifier
        # (a character that starts a unit but no unit after it: 12366纳税缴费服务热线, not 纳米)
        if is_arabic and len(run) >= 5 and (nxt not in self.unit_first or _dialled(text, s, re_, self.call_counters)
                                            or text.startswith(_SERVICE_NAMES, re_)
                                            or self.unit_re.match(text, re_) is None
                                            or (len(run) == 5 and run.startswith("123")
                                                and self.service_ahead.match(text, re_) is not None)) \
                and self._is_code_number(text, s, re_, run, nxt):
            return None, re_

        # unit, percent, year and date --------------------------------------------------------
        e = re_
        approx = r.approx
        kind = "number"
        if unit:
            kind = "percent"
            if not precision and value is not None and r.script == "chinese":
                # 百分之二十四 is rounded as 24% is (2.8677亿亩 of 12亿亩 is 23.9%): half of its last place
                precision = _HALF.scaleb(min(0, value.as_tuple().exponent))
        elif nxt == "折" and (value is not None and 0 < value < 100) and den is None:
            # discounts: 八折 = 80%, 7.5折 = 75%, 75折 = 75%, 五五折 = 55%
            e = re_ + 1
            if value < 10 and not r.digits:
                value, precision = value * 10, precision * 10
            elif not (value == int(value) and (r.digits or is_arabic) and 10 < value < 100):
                return None, re_
            unit, kind = "%", "percent"
        elif nxt == "成" and self._cheng_ok(text, re_, r):
            # 两成 = 20%, 七成五 = 75%, 三成半 = 35%
            e = re_ + 1
            if value is not None:
                # a 成 is a tenth: 七成 is read to the nearest tenth (65%–75%), 七成五 and 三成半 to
                # the nearest unit or half tenth they name
                value, precision = value * 10, max(precision * 10, _CHENG_HALF)
                if e < n and r.script == "chinese":
                    c2 = text[e]
                    nx2 = text[e + 1] if e + 1 < n else " "
                    if c2 in CN_DIGITS and CN_DIGITS[c2] and nx2 not in CN_DIGITS and nx2 not in _U and not (nx2 in self.unit_first and nx2 != "成" and self.unit_re.match(text, e + 1)):
                        value += CN_DIGITS[c2]
                        precision = _HALF
                        e += 1
                    elif c2 == "半":
                        value += 5
                        precision = _CHENG_HALF / 2
                        e += 1
            else:
                low, high = low * 10, high * 10
            unit, kind = "%", "percent"
        else:
            if nxt in "年月多余几" or r.digits:  # (each test below needs one of these)
                if nxt == "年" and value is not None and (r.digits or (is_arabic and re_ - rs == 4 and precision == _HALF and not r.magnitude)):
                    y = int(value)
                    if 1000 <= y <= 2999 and sign is None:
                        return self._year(text, s, re_, y, r)
                if r.digits:
                    return None, re_
                if nxt == "月" and value is not None and prev not in "个個" and precision <= _HALF and not r.magnitude:
                    q = self._month_day(text, s, value, r)
                    if q is not None:
                        return q, q.end
                # inner approximation before the unit: 1300多名, 十多个, 40余家
                if nxt in "多余几" and approx is None:
                    approx = "more"
                    e += 1
            # the longest unit that starts at e (what unit_re.match finds there)
            u = None
            c1 = (nxt if e == re_ else text[e]) if e < n else ""
            if c1 in self.units_multi_first:
                u = self._multi_unit(text, e)
            if u is None and c1 in self.units1:
                u = c1
            if u is not None:
                ue = e + len(u)
                if u == "个" and ue < n and text[ue] in self.unit_first:
                    um2 = self.unit_re.match(text, ue)
                    if um2 is not None:
                        u2 = um2.group()
                        if u2 == "月":
                            u, ue = "个月", um2.end()
                        elif u2 in _TIME_UNITS or u2 in _PERCENT_UNITS:
                            u, ue = u2, um2.end()
                unit = _PERCENT_UNITS.get(u, u)
                e = ue
                if unit in _PCT_KIND:
                    kind = "percent"
                elif unit == "倍":
                    kind = "multiple"
                    if e < n and text[e] == "半" and value is not None and den is None and not r.magnitude:
                        value, e = value + _HALF, e + 1  # 一倍半 = 1.5倍
                elif unit in self.currency:
                    kind = "money"
                elif unit == "届" or (unit == "次" and text.startswith(_ORDINAL_AFTER_CI, e)):
                    # 十六届人大, 二次会议: ordinals written without 第
                    if value is None:
                        return None, e
                    return _quantity(s, e, text[s:e], "ordinal", value, "", None, None, None, Decimal(0), "", r.script), e
            if e > re_ and text[e - 1] in "多余几" and unit == "":
                # 多/余 with nothing after it belongs to the prose (十多年 has a unit; 三十多, not)
                e -= 1
                approx = r.approx
        # the character after the figure ("" at the end of the text: in no set, before any CJK)
        after = text[e] if e < n else ""
        # range: 3至5条, 2.5%～3%, 3亿～5亿元, 3-5亿元, 百分之五到百分之八, 2016—2020年
        if after in _RANGE_FIRST:
            got = self._range(text, s, e, r, value, precision, unit, kind, approx, sign)
            if got is not None:
                return got
        if not is_arabic and not unit and den is None and len(run) == 1 and sign is None:
            # a lone Chinese digit with no unit is prose, not a figure (一, 三 in running text)
            return None, re_
        if (not is_arabic and not unit and not r.magnitude and den is None and low is None
                and "\u4e00" <= after <= "\u9fff" and after not in _NUMERAL_OR_APPROX
                and "点" not in run and "點" not in run):
            # a Chinese numeral with no unit running into a word is a name (十八梯, 九龙坡)
            return None, e
        if unit in ("里", "道") and not is_arabic and after in _PLACE_AFTER_LI:
            return None, e  # 七里铺, 三里屯, 三道湾: a place's name, not a distance or a count
        # inside a short quoted phrase: a name (“832”平台, “上海2035”, “科创板八条”).  The
        # tests below need an opening quote mark in the 8 characters before the figure: the
        # text's near_quote map tells first (one index).
        if self.near_quote[s]:
            if self._in_short_quote(text, s, e):
                return None, e
        if low is not None:
            kind = "range"
            value = None
        # what _finish does, written out for the figures that end here (most): the approximation
        # words around the figure, the pending measure and the Quantity (kind is never year/date)
        prefix_start = -1
        if s:
            words = self.pre_by_last.get(prev)  # (prev is text[s - 1])
            if words is not None:
                approx, prefix_start = self._prefix(text, s, unit, approx, words)
        if approx is None and after in self.suf_first:
            sm = self.suf_re.match(text, e)
            if sm is not None:
                approx = self.suf[sm.group()]
        if unit in _TIME_UNITS:
            measure = None
        else:  # found when first read (see _LazyMeasure)
            measure = self.pending  # (the text's: see extract)
        return _quantity(s, e, text[s:e], kind, value, unit, approx, low, high, precision, r.magnitude,
                         r.script, prefix_start, measure, None), e

    def _multi_unit(self, text: str, e: int) -> str | None:
        """The longest unit of two characters or more that starts at ``e`` (what ``unit_re.match``
        finds there, when it is that long), or None."""
        us = self.units2.get(text[e:e + 2])
        if us is not None:
            for w in us:  # (longest first)
                if len(w) == 2 or text.startswith(w, e):
                    return w
        return None

    def _plain(self, text: str, s: int, re_: int):
        """:meth:`_figure` for the most common shape of figure: a plain run ``text[s:re_]`` (ASCII
        digits or Chinese numeral characters, no 第, sign or 分之: see :meth:`extract`) followed by
        a unit (5.2%, 1202个, 82.18万元, 三个, 2023年, 二〇二三年).  It reads what _figure reads,
        with the tests that cannot apply left out, and leaves every other case to _figure.

        Why the tests left out cannot apply: the run is alone (no denominator, sign or ordinal);
        ``text[re_]`` is in ``plain_next``, so it is a unit's first character, not 百分位 (分 goes
        on a run), 又, 折, 成, 月, 多/余/几, a name's or label's mark (号, 大, 级, 国道 ...) or a
        code's (letters, hyphens, dots); with a unit the tests of a figure with none (a lone
        Chinese digit, a numeral running into a word, a bare code number, 编码为…) do not apply.
        Before an Arabic run only an ASCII character or a hyphen (‐) starts a code: those go to
        _figure.  A range after the unit, a unit of ``plain_units``' missing ones, 个 before
        another unit, and readings that are ranges (三四个) or digit by digit (except as a year)
        go to _figure too.
        """
        run = text[s:re_]
        r = read_run(run)
        if r is None or r.low is not None or r.value is None:
            return self._figure(text, s, re_, None)
        nxt = text[re_]
        is_arabic = run[0] < "\x80"  # (a plain run starts with an ASCII digit or a Chinese numeral)
        prev = text[s - 1] if s > 0 else " "
        if is_arabic:
            if prev < "\x80" or prev == "‐":
                return self._figure(text, s, re_, None)  # maybe a code or a chain (A320, 2024-01)
            if (prev == "打" and re_ - s >= 5) or (re_ - s == 5 and run.startswith("123")):
                # maybe a number dialled (拨打12333人社服务热线) or a service number named with
                # its service (12369环保举报热线): _figure tells
                return self._figure(text, s, re_, None)
        elif run in _FINANCIAL:
            return self._figure(text, s, re_, None)  # 陆 (大陆), 伍 (队伍): words
        elif nxt == "组" and prev == "村" and text[s - 2:s - 1] not in ("每", "各"):
            return None, re_ + 1  # 枫坳村三组: a village group's name (not 每村三组)
        value = r.value
        if nxt == "年" and (r.digits or (is_arabic and re_ - s == 4 and r.precision == _HALF and not r.magnitude)):
            y = int(value)
            if 1000 <= y <= 2999:
                return self._year(text, s, re_, y, r)
        if r.digits:
            return self._figure(text, s, re_, None)
        # the longest unit that starts at re_ (as in _figure; nxt when it is none of two or more
        # characters, and if nxt is no unit either, plain_units has no entry for it)
        u = nxt
        if nxt in self.units_multi_first:
            u = self._multi_unit(text, re_) or nxt
        got = self.plain_units.get(u)
        if got is None:
            return self._figure(text, s, re_, None)
        n = len(text)
        e = re_ + len(u)
        if u == "个" and e < n and text[e] in self.after_ge:
            return self._figure(text, s, re_, None)  # 6个月, 3个年度: _figure reads the unit after 个
        after = text[e] if e < n else ""
        if after in _RANGE_FIRST:
            return self._figure(text, s, re_, None)  # maybe a range (3个至5个)
        unit, kind, timed = got
        # a short quoted phrase: a name (as in _figure)
        if self.near_quote[s]:
            if self._in_short_quote(text, s, e):
                return None, e
        approx = r.approx
        prefix_start = -1
        words = self.pre_by_last.get(prev)
        if words is not None and s:
            approx, prefix_start = self._prefix(text, s, unit, approx, words)
        if approx is None and after in self.suf_first:
            sm = self.suf_re.match(text, e)
            if sm is not None:
                approx = self.suf[sm.group()]
        if timed:
            measure = None
        else:  # found when first read (see _LazyMeasure)
            measure = self.pending  # (the text's: see extract)
        return _quantity(s, e, text[s:e], kind, value, unit, approx, None, None, r.precision, r.magnitude,
                         r.script, prefix_start, measure, None), e

    def _ordinal(self, text: str, s: int, re_: int):
        """:meth:`_figure` for 第 at ``s`` and a plain run ``text[s + 1:re_]`` that the core would
        match alone after it (第三, 第32次, 第十四个: see :meth:`extract`): what _figure reads for
        an ordinal, with the tests that cannot apply left out, and every other case left to it.

        Why the tests left out cannot apply: there is no sign or denominator; the run starts with an
        ASCII digit or a Chinese digit or ten (not 百/千/万: no bare magnitude); ``text[re_]`` does
        not go on a run, so it is not the 分 of 百分位.  An unreadable run, 又 after the run (a
        mixed fraction) and an Arabic run next to an ASCII character, a hyphen or a dot (a code
        or a chain) go to _figure.
        """
        rs = s + 1
        run = text[rs:re_]
        r = read_run(run)
        nxt = text[re_] if re_ < len(text) else " "
        prev = text[s - 1] if s else " "
        if r is None or nxt == "又" or (run[0] < "\x80" and (prev < "\x80" or prev == "‐" or nxt in _ARABIC_CODE_NEXT)):
            return self._figure(text, s, re_, self.core.match(text, s))
        if run in _FINANCIAL:
            return None, re_  # 第陆 (as in _figure: 陆, 伍, 拾 alone are words)
        if r.value is None:
            return None, re_  # 第三四: a range is no ordinal
        e = re_
        if nxt in self.unit_first:
            um = self.unit_re.match(text, e)
            if um:
                e = um.end()
        return _quantity(s, e, text[s:e], "ordinal", r.value, "", None, None, None, _ZERO, "", r.script), e

    def _year(self, text: str, s: int, re_: int, y: int, r: _Reading):
        n = len(text)
        e = re_ + 1
        if e < n and text[e] == "度":
            e += 1
            return _quantity(s, e, text[s:e], "year", Decimal(y), "年度", None, None, None, Decimal(0), "", r.script), e
        if e < n and text[e] == "代":  # 1990年代
            return None, e + 1
        dm = self.date_tail.match(text, e) if e < n and text[e] in _DATE_FIRST else None
        if dm:
            mo = _small_int(dm.group("m"))
            dd = _small_int(dm.group("d")) if dm.group("d") else None
            if mo is not None and 1 <= mo <= 12 and (dm.group("d") is None or (dd is not None and 1 <= dd <= 31)):
                e2 = dm.end()
                return _quantity(s, e2, text[s:e2], "date", Decimal(y), "年", None, None, None, Decimal(0), "",
                                r.script, -1, None, (y, mo, dd)), e2
        if e < n and text[e] in _RANGE_FIRST:
            got = self._range(text, s, e, r, Decimal(y), Decimal(0), "年", "year", None, None)
            if got is not None:
                return got
        return _quantity(s, e, text[s:e], "year", Decimal(y), "年", None, None, None, Decimal(0), "", r.script), e

    def _month_day(self, text: str, s: int, value: Decimal, r: _Reading) -> Quantity | None:
        if value != value.to_integral_value() or not (1 <= value <= 12):
            return None
        dm = self.date_tail.match(text, s)
        if dm is None or dm.group("d") is None:
            return None
        dd = _small_int(dm.group("d"))
        if dd is None or not (1 <= dd <= 31):
            return None
        e2 = dm.end()
        return _quantity(s, e2, text[s:e2], "date", None, "", None, None, None, Decimal(0), "", r.script, -1, None,
                        (None, int(value), dd))

    @staticmethod
    def _near_quote(text: str) -> bytearray:
        """For each position s of ``text``, 1 where an opening quote mark lies in the 8 characters
        before it (text[s - 8:s]), else 0: the quote marks are found with str.find (one pass per
        mark), and the test of a figure is one index."""
        near = bytearray(len(text) + 9)  # (+ 9: each mark's eight bytes fit, the length stays)
        eight = b"\x01" * 8
        for mark in _QUOTES_OPEN:
            i = text.find(mark)
            while i >= 0:
                near[i + 1:i + 9] = eight
                i = text.find(mark, i + 1)
        return near

    def _cheng_ok(self, text: str, re_: int, r: _Reading) -> bool:
        v = r.value if r.value is not None else r.high
        if v is None or v <= 0 or v > 10:
            return False
        nxt2 = text[re_ + 1] if re_ + 1 < len(text) else " "
        return nxt2 not in "为员本果功立绩效熟长就都交分品型套像年"

    def _in_short_quote(self, text: str, s: int, e: int) -> bool:
        """The figure lies inside a quoted phrase of at most 12 characters."""
        lo = max(0, s - 10)
        for open_, close in _QUOTES_CLOSE.items():
            i = text.rfind(open_, lo, s)
            if i < 0:
                continue
            if open_ == close:
                continue
            if text.find(close, i + 1, s) >= 0:
                continue
            j = text.find(close, e, i + 14)
            if j < 0:
                continue
            inner = text[i + 1: j]
            if any(ch in _SENT_END or ch in "，,、" for ch in inner):
                continue
            return True
        return False

    def _is_code(self, text, s, re_, prev, nxt) -> bool:
        if prev.isascii() and (prev.isalpha() or prev in "/_#@&=%?"):
            return True
        if prev == " " and s >= 2 and text[s - 2].isascii() and (text[s - 2].isalpha() or text[s - 2] == "/"):
            return True
        if prev in "-‐" and s >= 2 and text[s - 2].isascii() and text[s - 2].isalpha():
            return True
        if nxt == "." and re_ + 1 < len(text) and text[re_ + 1].isdigit():
            return True  # 1.2.3, 192.168.0.1: versions and addresses
        if nxt.isascii() and nxt.isalpha():
            um = self.unit_re.match(text, re_)
            if um is None or (um.end() < len(text) and text[um.end()].isascii() and text[um.end()].isalpha()):
                return True
        return False

    def _is_code_number(self, text, s, re_, run, nxt) -> bool:
        """Long bare integers that are codes: hotlines (12345热线), phone and ID numbers."""
        if len(run) >= 5 and run.isdigit() and nxt not in _M and nxt not in "千百十多余%％‰":
            tail = text[re_: re_ + 14]
            if "热线" in tail or "电话" in tail or "号码" in tail:
                return True
            if len(run) == 5 and run.startswith("12") and (
                    tail.startswith(_SERVICE_NAMES)
                    or (nxt not in self.unit_first and self.service_ahead.match(text, re_) is not None)):
                # (a service number named with what it serves: 依托12315平台, 12345政务服务便民热线; or with
                # its office first, 12309检察服务中心, when no unit follows it)
                return True
            head = text[max(0, s - 4): s]
            if "拨打" in head or "热线" in head or "电话" in head or "编号" in head or "代码" in head:
                return True
        return False

    # ---------------------------------------------------------------------------------------
    def _range(self, text, s, e, r, value, precision, unit, kind, approx, sign):
        """If a range connector and a second figure follow the first, the range (and its end)."""
        if value is None:
            return None
        n = len(text)
        sm = self.range_sep.match(text, e)
        if sm is None:
            return None
        sep = sm.group("sep")
        m2 = self.core.match(text, sm.end())
        if m2 is None or m2.group("sign") or m2.group("run") is None or m2.start("ord") >= 0:
            return None
        run2 = m2.group("run2")
        if run2 is not None:
            den2, run_b, e2 = m2.group("run"), run2, m2.end("run2")
        else:
            den2, run_b, e2 = None, m2.group("run"), m2.end("run")
        r2 = read_run(run_b)
        if r2 is None or r2.value is None:
            return None
        unit2 = ""
        if den2 is not None:
            unit2 = {"百": "%", "佰": "%", "千": "‰", "仟": "‰"}.get(den2)
            if unit2 is None:
                return None
        approx2 = r2.approx
        if e2 < n and text[e2] in "多余":
            approx2 = "more"
            e2 += 1
        if not unit2 and e2 < n and text[e2] in self.unit_first:
            um = self.unit_re.match(text, e2)
            if um:
                u = um.group()
                ue = um.end()
                if u == "个" and ue < n:
                    um2 = self.unit_re.match(text, ue)
                    if um2 and um2.group() in _PERCENT_UNITS:
                        u, ue = um2.group(), um2.end()
                unit2 = _PERCENT_UNITS.get(u, u)
                e2 = ue
        if unit and unit2 and unit != unit2:
            return None
        if kind == "year" and (unit2 != "年" or r2.digits is False and not (len(run_b) == 4 and run_b.isdigit())):
            return None
        if sep in "-－–":
            # 3-5亿元 and 5-20% are ranges; dates (2024-01-15), phone numbers and codes are not
            if not (unit2 or r2.magnitude) or (e2 < n and text[e2] in "-－–"):
                return None
            if len(run_b) > 6 or e - s > 8:
                return None
        lo, hi = value, r2.value
        plo = precision
        if not r.magnitude and r2.magnitude and not unit:
            # 3至5万元: the first takes the second's magnitude (not 8000元至1.2万元, whose unit is its own)
            f = _mag_factor(r2.magnitude)
            if r.script != "chinese" or lo * f <= hi:
                lo, plo = lo * f, plo * f
        if sep in ("至", "到") and not unit and not unit2 and not r2.magnitude:
            return None
        if not (lo < hi):
            return None
        if approx2 and not approx:
            approx = approx2
        u = unit or unit2
        if u in ("月", "月份") and not approx and "个" not in text[s:e2] and lo == lo.to_integral_value() \
                and hi == hi.to_integral_value() and 1 <= lo and hi <= 12 and text[e2:e2 + 1] != "龄" \
                and not any(w in text[max(0, s - 4):s] for w in _DURATION_BEFORE):
            # 1—11月, 3至5月份: months of the calendar, a period (not 3—5个月 or 3—5月龄, and not after
            # 期限, 工期: a duration)
            return None, e2
        q = self._finish(text, s, e2, "range", None, u, approx, lo, hi, max(plo, r2.precision), r2.magnitude, r.script)
        return q, e2

    # ---------------------------------------------------------------------------------------
    def _finish(self, text, s, e, kind, value, unit, approx, low, high, precision, magnitude, script) -> Quantity:
        """Approximation words around the figure, its measure, and the Quantity."""
        prefix_start = -1
        # prefix: 约, 超过, 近 ...
        words = self.pre_by_last.get(text[s - 1]) if s > 0 else None
        if words is not None:
            approx, prefix_start = self._prefix(text, s, unit, approx, words)
        # suffix: 左右, 以上, 以下 ...
        if e < len(text) and text[e] in self.suf_first and approx is None:
            sm = self.suf_re.match(text, e)
            if sm is not None:
                approx = self.suf[sm.group()]
        measure = None
        if kind != "year" and kind != "date" and unit not in _TIME_UNITS:
            # found when first read, from the figure's prefix_start (or start), end and unit (see
            # _LazyMeasure); the text's _PendingMeasure is made by extract
            measure = self.pending
        return _quantity(s, e, text[s:e], kind, value, unit, approx, low, high, precision, magnitude, script,
                        prefix_start, measure)

    def _prefix(self, text: str, s: int, unit: str, approx: str | None, words: tuple[str, ...]):
        """The approximation word that ends at ``s`` among ``words`` (the prefix words that end
        with ``text[s - 1]``, longest first): (approx, prefix_start), or (approx, -1) if none."""
        for w in words:  # the longest word that ends at the figure
            k = len(w)
            if k <= s and text.startswith(w, s - k):
                if s - k >= 1 and text[s - k - 1: s] in self.pre_not:
                    break
                if w == "近" and unit in _RECENT_UNITS:
                    break  # 近三年, 近5年来: the last three years, not "nearly"
                if approx is None:
                    approx = self.pre[w]
                return approx, s - k
        return approx, -1

    def _measure(self, text: str, s: int, e: int, unit: str) -> str | None:
        """What the figure counts or measures, where the words next to it name it."""
        if (unit == "" or unit in _COUNTERS_FWD) and e < len(text):
            mm = self.measure_fwd.match(text, e)
            if mm is not None:
                word = mm.group()
                st = self.stop_re.search(word)
                if st is not None:
                    word = word[: st.start()]
                if 2 <= len(word) <= 8:
                    return word
        # backward: the noun before the figure (帮扶资金40.48亿元), after the last verb.  Read on
        # the reversed words, so that one anchored match drops the verbs next to the figure
        # (完成, 达到) and one search finds the stop word that ends the noun (落实|帮扶资金).
        if s == 0:
            return None
        mm = self.cjk_tail.search(text, s - 16 if s > 16 else 0, s)
        if mm is None:
            return None
        b = mm.start()
        if b > 0 and (text[b - 1] in _ARABIC_START or text[b - 1] in _NUMERAL_OR_APPROX):
            return None  # the words after the figure before (8.37万人和6.46万人)
        rseg = mm.group()[::-1]
        k = 0
        lm = self.rstops_lead.match(rseg)
        if lm is not None:
            k = lm.end()
        st = self.rstop.search(rseg, k)
        j = st.start() if st is not None else len(rseg)
        if 2 <= j - k <= 12:
            return rseg[k:j][::-1]
        return None


_LABEL_END = frozenset("、.．)）")
_LINE_START = frozenset("\n\u3000 \t（(")
_RECENT_UNITS = frozenset(("年", "个月", "月", "天", "日", "周", "星期", "年来"))
_CODE_NEXT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
#: the characters after an Arabic figure that may make it part of a code, date or chain
_ARABIC_CODE_NEXT = _CODE_NEXT | frozenset("-‐")
#: the characters after a figure that may make it a list label or a name (28、, 1号, 〔2023〕, 二十大)
_CHENG_HALF = Decimal(5)  # half a 成 (10%), in percent
#: the units a bare magnitude (百亿, 千亿, 万亿 with 一 left unsaid) is read before: sums of money
_BARE_MAG_UNITS = ("元", "美元", "港元", "欧元")
#: the words before an identifier written in digits (商品编码为8542.31, 统一社会信用代码, 编号, 区站号)
#: what a service number (12315, 12345) is named with right after it: 12315平台, 12345政务服务便民热线
_SERVICE_NAMES = ("平台", "服务", "投诉", "举报", "专线", "政务")
#: a government service number (123xx) named with its service a few characters on, though the
#: character after it reads as a unit: 12333人社服务热线, 12369环保举报热线, 12345市民热线
_SERVICE_AHEAD = r"[\u4e00-\u9fff]{0,6}?(?:热线|平台|服务|投诉|举报|专线|政务)"


def _dialled(text: str, s: int, re_: int, call_counters: tuple[str, ...]) -> bool:
    """A service hotline (five digits 12xxx: 12333, 12345, 12315) right after 拨打, and not a count
    of calls (拨打12345次, ``call_counters``: the lexicon ``dialled-call-counters``): a number
    dialled, whatever unit-like character follows it (人 of 人社); 拨打16850户老人家庭电话 counts
    households."""
    return (re_ - s == 5 and text.startswith("12", s) and text.endswith("拨打", 0, s)
            and not text.startswith(call_counters, re_))
_CODE_BEFORE = ("编码", "代码", "编号", "号码", "站号", "编码为", "代码为", "编号为", "号码为", "站号为")
_NAME_NEXT = frozenset("、.．)）号〕]］】大级国省县")
_NUMERAL_OR_APPROX = frozenset(_D + _U + _M + "多余几幾餘点點")
_FINANCIAL = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")
#: candidates where the scan may have read a whole run (see _Engine.extract): ASCII digits, and
#: the Chinese digits and tens that the core matches as one character (not 零: 零下 is a sign)
_PLAIN_FIRST = frozenset("0123456789" + _D.replace("零", "") + "十拾廿卅")
#: every character that can go on a numeral run, start 分之 or change how the core reads the
#: digits before it (a superset: for these extract matches the core)
_RUN_GOES_ON = frozenset("0123456789０１２３４５６７８９,，.．" + _D + _U + _M + "千仟百佰点點多余几幾分")
_UNIT_OR_MAG = _U + _M
_HUNDRED = _Reading(Decimal(100), Decimal(0), "", "chinese")
_RANGE_FIRST = frozenset("至到～~〜—–－- \t")
_LONE_NEXT_CHARS = frozenset(
    "0123456789０１２３４５６７８９" + _D + _U + _M + "至到～~〜—–－-成折分点點多余几倍下又"
)



_CHAIN_DIGITS = frozenset("0123456789.")
#: the characters a month after a year can start with (the first of ``date_tail``)
_DATE_FIRST = frozenset("0123456789０１２３４５６７８９十" + _D)


def _hyphen_code_end(text: str, s: int, e: int) -> int | None:
    """The end of a chain of digit groups joined by hyphens that holds ``text[s:e]`` when the chain
    is a date or a code, not a range: three or more groups (2024-01-15, 1-2-3), a group with a
    leading zero (0596-2868123, 2024-05) or one of seven digits or more (telephone numbers)."""
    n = len(text)
    a = s
    while a >= 2 and text[a - 1] in "-‐" and text[a - 2] in _CHAIN_DIGITS:
        a -= 1
        while a > 0 and text[a - 1] in _CHAIN_DIGITS:
            a -= 1
    b = e
    while b + 1 < n and text[b] in "-‐" and "0" <= text[b + 1] <= "9":
        b += 1
        while b < n and text[b] in _CHAIN_DIGITS:
            b += 1
    if a == s and b == e:
        return None
    if b < n and text[b] == ".":
        return None
    groups = text[a:b].replace("‐", "-").split("-")
    if any(not g or g.startswith(".") or g.endswith(".") for g in groups):
        return None
    if len(groups) >= 3 or any(len(g.split(".")[0]) >= 7 for g in groups) or any(
            len(g.split(".")[0]) > 1 and g[0] == "0" for g in groups):
        return b
    return None


def _small_int(s: str | None) -> int | None:
    if not s:
        return None
    t = s.translate(_FW)
    if t.isdigit():
        return int(t)
    return cn_int(s)


_ENGINES: dict[tuple[int, int], tuple[object, _Engine]] = {}
_DEFAULT_KNOWLEDGE = None


def _default_knowledge():
    global _DEFAULT_KNOWLEDGE
    if _DEFAULT_KNOWLEDGE is None:
        from .packs import builtin_pack_folder, load_knowledge

        _DEFAULT_KNOWLEDGE = load_knowledge([builtin_pack_folder()])
    return _DEFAULT_KNOWLEDGE


def engine_for(knowledge) -> _Engine:
    if knowledge is None:
        knowledge = _default_knowledge()
    # a Knowledge grows when packs are added to it: the number of sources loaded tells
    key = (id(knowledge), len(getattr(knowledge, "sources", ())))
    hit = _ENGINES.get(key)
    if hit is not None and hit[0] is knowledge:
        return hit[1]
    eng = _Engine(knowledge)
    if len(_ENGINES) > 32:
        _ENGINES.clear()
    _ENGINES[key] = (knowledge, eng)
    return eng


def extract(text: str, lexicon: "object | None" = None) -> list[Quantity]:
    """Every figure of ``text``, in document order.

    ``lexicon`` is the :class:`~factlint.packs.Knowledge` of the run: it carries the words and
    names that contain numeral characters but are not figures (the ``not-figures*`` lexicons),
    the units (``units-*``) and the approximation words; ``None`` loads the built-in packs.

    What comes back, by kind:

    - ``number``, ``money`` (a currency unit), ``percent`` (%, ‰, ‱, 百分点; 两成 is 20 %;
      百分之五 is 5 %), ``multiple`` (倍; 翻两番 is 4 倍): ``value`` and ``precision``.
    - ``range`` (3至5条, 2.5%～3%, 3-5亿元, 三四个, 五六十人, 2016—2020年): ``low``/``high``,
      ``value`` None; a shared magnitude or unit applies to both ends.
    - ``year`` (2020年, 二〇二〇年, 2023年度): ``value`` is the year, unit 年 (or 年度).
    - ``date`` (2020年12月31日, 12月31日): ``date`` = (year or None, month, day or None);
      ``value`` is the year when written (unit 年), else None.
    - ``ordinal`` (第三, 第32次, 十六届): ``value`` is the number.
    - Names and fixed expressions (十三五, “832”, 5G, 1号文件, 一带一路, 统一) are left out.
    """
    if not text:
        return []
    return engine_for(lexicon).extract(text)
