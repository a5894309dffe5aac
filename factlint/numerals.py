"""Stage 2 of the pipeline: find every figure in a text and normalise it.

The public interface is :func:`extract` and the :class:`Quantity` it returns.  Values are
``Decimal`` and every quantity knows the precision it was written with, so that cross-checks can
compare intervals (82.18万 stands for 821,750–821,850) instead of floats with an epsilon.

How it works (and why it is fast): figures are sparse (about 13 per 1,000 characters of a
government report), so one compiled ``regex`` pass finds the candidate spans — runs of Arabic or
Chinese numeral characters, with an optional sign, ``第`` or ``X分之`` in front — and skips the
words of the ``not-figures`` lexicons in the same pass (the alternation tries them first, so
统一, 一带一路 or 十三五 are consumed before their numeral characters can start a figure).  Each
candidate is then read in Python: its value, the unit, approximation words and range partner
around it are matched with small anchored regexes at known offsets; no per-character loop runs
over the document.

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
#: 千 before 米/克/瓦/伏/卡/焦/公顷 is part of a unit (千米, 千瓦时), not a magnitude
_QIAN = r"千(?![米克瓦伏卡焦]|公顷)"
_CN = rf"(?:[{_D}十拾百佰仟廿卅{_M}]|{_QIAN})"
#: a run of numeral characters; atomic groups and a possessive star keep matching linear
_RUN = rf"(?>{_AR}|{_CN})(?>{_AR}|{_CN}|[点點](?=[{_D}0-9０-９])|[多余几](?=[{_M}千仟]))*+"

#: the figure that starts at a candidate position (matched anchored, with ``re``)
_CORE = (
    r"(?P<fan>翻(?:了)?(?:(?P<fann>[一两二三四五六七八九十0-9])番)|翻番)"
    rf"|(?P<ord>第)?(?P<sign>负|負|零下|[-−－])?(?P<run>{_RUN})(?:分之(?P<run2>{_RUN}))?"
)
_SECOND = rf"(?P<sign>负|負|零下|[-−－])?(?P<run>{_RUN})(?:分之(?P<run2>{_RUN}))?"
#: characters a figure can start with: the scan looks only for these
_FIRST = f"0-9０-９{_D}{_U}{_M}第负負翻.．\\-−－"
#: what may follow a lone Chinese digit for it to be worth reading (else it is prose: 统一, 一些)
_LONE_NEXT = f"0-9０-９{_D}{_U}{_M}至到～~〜—–－\\-成分点點多余几倍下"

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


def cn_int(s: str) -> int | None:
    """A pure Chinese integer string (no 点) as an int, or None when it is not a numeral."""
    v = _fast_cn_int(s)
    if v is not None:
        return v
    t = s.translate(_CN_NORMALISE)
    if t != s:
        v = _fast_cn_int(t)
        if v is not None:
            return v
    if t[0] in "万亿百千佰仟兆":
        return None
    if "兆" in t:  # 兆 = 万亿 in the long scale used by statistics (Recognizers-Text reads it so)
        t = t.replace("兆", "万亿")
    if t.startswith("拾"):
        t = "壹" + t
    return _cn2an_convert(t)


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
        #: written digit by digit (二〇二三): only a year when 年 follows
        self.digits = digits


def _trailing_mags(s: str) -> tuple[str, str]:
    """Split trailing magnitude characters (万, 亿, 万亿 ...) off a Chinese numeral string."""
    i = len(s)
    while i > 0 and s[i - 1] in _M:
        i -= 1
    return s[:i], s[i:]


def _mag_factor(mags: str) -> int:
    f = 1
    for ch in mags:
        f *= CN_MAGS.get(ch) or CN_UNITS.get(ch, 1)
    return f


def _consecutive(a: int, b: int, ca: str, cb: str) -> bool:
    if a == 0 or b == 0:
        return False
    return b == a + 1 or (ca == "一" and cb == "两") or (a == 3 and b == 5)


@lru_cache(maxsize=16384)
def read_chinese(run: str) -> _Reading | None:
    """Read a run of Chinese numeral characters (digits, 十百千, 万亿, 点, inner 多/几/余)."""
    approx = None
    s = run
    for ch in "多几余":
        if ch in s:
            s = s.replace(ch, "")
            approx = "more"
    if not s:
        return None
    if "点" in s or "點" in s:
        s2 = s.replace("點", "点")
        ip, _, rest = s2.partition("点")
        frac_part, mags = _trailing_mags(rest)
        if not ip or not frac_part:
            return None
        iv = cn_int(ip) if not all(c in CN_DIGITS for c in ip) or len(ip) == 1 else None
        if iv is None:
            return None
        fd = _decimal_digits(frac_part)
        if fd is None:
            return None
        factor = _mag_factor(mags)
        value = (Decimal(iv) + Decimal("0." + fd)) * factor
        return _Reading(value, _half_ulp(-len(fd)) * factor, mags, "chinese", approx)
    # all digits: one digit, a range of neighbours (三四, 五六), or a year written digit by digit
    body, mags = _trailing_mags(s)
    if body and all(c in CN_DIGITS for c in body):
        if len(body) == 1:
            return _Reading(Decimal(CN_DIGITS[body]) * _mag_factor(mags), Decimal(0), mags, "chinese", approx)
        if len(body) == 2 and _consecutive(CN_DIGITS[body[0]], CN_DIGITS[body[1]], body[0], body[1]):
            f = _mag_factor(mags)
            lo, hi = CN_DIGITS[body[0]] * f, CN_DIGITS[body[1]] * f
            return _Reading(None, Decimal(0), mags, "chinese", "about", Decimal(lo), Decimal(hi))
        if not mags and 2 <= len(body) <= 4:
            v = int("".join(str(CN_DIGITS[c]) for c in body))
            return _Reading(Decimal(v), Decimal(0), "", "chinese", approx, digits=True)
        return None
    # neighbouring digits before a unit: 五六十 (50-60), 十五六 (15-16), 二三十万, 七八千
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a in CN_DIGITS and b in CN_DIGITS:
            if _consecutive(CN_DIGITS[a], CN_DIGITS[b], a, b):
                lo = cn_int(s[: i + 1] + s[i + 2 :])
                hi = cn_int(s[:i] + s[i + 1 :])
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


def _arabic_token(tok: str) -> tuple[Decimal, int, bool]:
    """(value, exponent of the last digit, full-width?) of an Arabic digit token."""
    fw = any("０" <= c <= "９" or c in "．，" for c in tok)
    t = tok.translate(_FW).replace(",", "") if fw or "," in tok else tok
    d = Decimal(t)
    return d, d.as_tuple().exponent, fw


_TOKEN_RE = None


def _tokens(run: str):
    global _TOKEN_RE
    if _TOKEN_RE is None:
        import regex

        _TOKEN_RE = regex.compile(
            r"(?P<a>(?:[0-9０-９]+(?:[,，][0-9０-９]{3})*)(?:[.．][0-9０-９]+)?|[.．][0-9０-９]+)|(?P<c>.)"
        )
    return _TOKEN_RE.finditer(run)


@lru_cache(maxsize=16384)
def read_run(run: str) -> _Reading | None:
    """Read one numeral run: Arabic, Chinese or mixed (82.18万, 3亿5000万, 4万5千, 1千零1)."""
    first = run[0]
    if first not in "0123456789０１２３４５６７８９.．" and not any(c in "0123456789０１２３４５６７８９" for c in run):
        return read_chinese(run)
    approx = None
    if "多" in run or "余" in run or "几" in run:
        approx = "more"
        run = run.replace("多", "").replace("余", "").replace("几", "")
    # Arabic digits, then magnitude characters only (the common case: 874, 82.18万, 1.2万亿, 3千)
    toks = [(m.group("a"), m.group("c")) for m in _tokens(run)]
    arabic = [a for a, _ in toks if a]
    fw = False
    if toks[0][0] and all(c for _, c in toks[1:]) and all(c in _M or c in "千仟百佰十拾" for _, c in toks[1:]):
        value, exp, fw = _arabic_token(toks[0][0])
        mags = "".join(c for _, c in toks[1:])
        factor = _mag_factor(mags)
        if mags and (len(mags) > 2 or (len(mags) == 2 and mags not in ("万亿", "千万", "百万", "十万", "千亿", "百亿", "十亿", "万万"))):
            return None
        script = "fullwidth" if fw else ("mixed" if any(c in "千仟百佰十拾" for c in mags) else "arabic")
        return _Reading(value * factor, _half_ulp(exp) * factor, mags, script, approx)
    # digits written one by one in mixed scripts (二0一二): a year candidate
    if all((a and len(a) == 1) or (c and c in CN_DIGITS) for a, c in toks):
        digits = "".join(a if a else str(CN_DIGITS[c]) for a, c in toks)
        if 2 <= len(digits) <= 4:
            return _Reading(Decimal(digits.translate(_FW)), Decimal(0), "", "mixed", approx, digits=True)
        return None
    # general mixed form: sections of Arabic/Chinese digits with 十百千 and 万亿 (3亿5000万, 4万5千)
    stack: list[tuple[Decimal, int]] = []  # (scaled value, scale)
    cur: Decimal | None = None
    cur_exp = 0
    cur_cn = False
    last_num_scale = 1
    last_exp = 0
    last_kind = None  # "num", "unit", "mag", "zero"
    last_scale = 1
    zero = False
    for a, c in toks:
        if a:
            if cur is not None:
                return None
            cur, cur_exp, f = _arabic_token(a)
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
            if stack and stack[-1][1] <= u and last_kind != "mag":
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
    if total == 0 and not arabic:
        return None
    _, mags = _trailing_mags(run)
    precision = Decimal(0) if (cur_cn and cur is not None) or (cur is None and not arabic) else _half_ulp(last_exp) * last_num_scale
    return _Reading(total, precision, mags, "fullwidth" if fw else "mixed", approx)


# -- the engine --------------------------------------------------------------------------------


class _Cand:
    """The groups of a matched figure core (fraction X分之Y read as den X, run Y)."""

    __slots__ = ("start", "ord", "sign", "sign_start", "den", "den_start", "run", "rs", "re", "end")

    def __init__(self, m) -> None:
        self.start = m.start()
        self.end = m.end()
        self.ord = "ord" in m.re.groupindex and m.start("ord") >= 0
        self.sign = m.group("sign")
        self.sign_start = m.start("sign") if self.sign is not None else -1
        if m.group("run2") is not None:
            self.den, self.den_start = m.group("run"), m.start("run")
            self.run, self.rs, self.re = m.group("run2"), m.start("run2"), m.end("run2")
        else:
            self.den, self.den_start = None, -1
            self.run, self.rs, self.re = m.group("run"), m.start("run"), m.end("run")


class _Engine:
    """Compiled patterns and word sets for one set of lexicons."""

    def __init__(self, knowledge) -> None:
        import regex

        lex = knowledge.lexicons if knowledge is not None else {}

        def words(prefix: str) -> list[str]:
            out: list[str] = []
            for name, ws in lex.items():
                if name == prefix or name.startswith(prefix + "-"):
                    out.extend(ws)
            return out

        import re

        # not-figure words: those that start with a character a figure can start with are
        # matched forward at the candidate; the others (统一, 进一步) backward from it
        first = re.compile(f"[{_FIRST}]")
        nf = sorted(set(words("not-figures")), key=len, reverse=True)
        fwd = [w for w in nf if first.match(w)]
        self.nf_fwd = regex.compile(r"\L<nf>", nf=fwd) if fwd else None
        back: dict[str, list[str]] = {}
        for w in nf:
            fm = first.search(w)
            if fm is None or fm.start() == 0:
                continue
            back.setdefault(w[: fm.start()], []).append(w)
        self.nf_back = back
        self.nf_back_lens = sorted({len(k) for k in back})
        self.scan = re.compile(f"[{_FIRST}]")
        self.core = re.compile(_CORE)
        self.second = re.compile(_SECOND)
        self.lone_next = frozenset(re.sub(r"\\(.)", r"\1", _LONE_NEXT.replace("0-9", "0123456789").replace("０-９", "０１２３４５６７８９")))
        self.range_sep = regex.compile(_RANGE_SEP)
        units = set(words("units"))
        self.currency = frozenset(lex.get("units-currency", ()))
        units.discard("")
        self.units = units
        self.unit_re = regex.compile(
            "(?:" + "|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True)) + ")"
            if units else r"(?!x)x"
        )
        self.unit_first = frozenset(u[0] for u in units)
        self.pre = {}
        for kind in ("about", "more", "less"):
            for w in lex.get(f"approx-prefix-{kind}", ()):
                self.pre.setdefault(w, kind)
        self.pre_not = frozenset(lex.get("approx-prefix-not", ()))
        self.pre_max = max((len(w) for w in self.pre), default=0)
        self.suf = {}
        for kind in ("about", "more", "less"):
            for w in lex.get(f"approx-suffix-{kind}", ()):
                self.suf.setdefault(w, kind)
        self.suf_re = regex.compile(
            "|".join(regex.escape(w) for w in sorted(self.suf, key=len, reverse=True)) or r"(?!x)x"
        )
        stops = sorted(set(lex.get("measure-stop", ())), key=len, reverse=True)
        self.stop_re = regex.compile("|".join(regex.escape(w) for w in stops) or r"(?!x)x")
        self.stops = frozenset(stops)
        self.measure_fwd = regex.compile(r"[\u4e00-\u9fff]{1,12}")
        self.date_tail = regex.compile(
            rf"(?P<m>[0-9０-９]{{1,2}}|[{_D}十]{{1,3}})月(?:份)?(?:(?P<d>[0-9０-９]{{1,2}}|[{_D}十]{{1,4}})[日号])?"
        )

    # ---------------------------------------------------------------------------------------
    def extract(self, text: str) -> list[Quantity]:
        out: list[Quantity] = []
        search = self.scan.search
        core = self.core.match
        nf_fwd = self.nf_fwd.match if self.nf_fwd is not None else None
        nf_back, nf_lens = self.nf_back, self.nf_back_lens
        lone_next = self.lone_next
        digits = CN_DIGITS
        pos = 0
        n = len(text)
        while True:
            m0 = search(text, pos)
            if m0 is None:
                break
            p = m0.start()
            c = text[p]
            pos = p + 1
            if c in digits and (p + 1 >= n or text[p + 1] not in lone_next) and text[p + 1: p + 2] not in self.unit_first:
                continue  # a lone Chinese digit in prose (一些, 统一): fast reject
            # not-figure words around the candidate
            skip = 0
            for k in nf_lens:
                if k > p:
                    break
                ws = nf_back.get(text[p - k: p])
                if ws:
                    for w in ws:
                        if text.startswith(w, p - k):
                            skip = p - k + len(w)
                            break
                    if skip:
                        break
            if not skip and nf_fwd is not None:
                mm = nf_fwd(text, p)
                if mm is not None:
                    w = mm.group()
                    if not (w[-1] == "分" and text[mm.end(): mm.end() + 1] == "之"):
                        skip = mm.end()
            if skip:
                if skip > pos:
                    pos = skip
                continue
            m = core(text, p)
            if m is None:
                continue
            if m.start("fan") >= 0:
                q = self._fan(text, m)
                if q is not None:
                    out.append(q)
                pos = m.end()
                continue
            q, end = self._figure(text, _Cand(m))
            if q is not None:
                out.append(q)
            if end > pos:
                pos = end
        return out

    # ---------------------------------------------------------------------------------------
    def _fan(self, text: str, m) -> Quantity | None:
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
        return Quantity(s, e, m.group(), "multiple", Decimal(2**n), "倍", None, script="chinese" if nch and not nch.isdigit() else "arabic")

    def _read(self, m, text: str):
        """Read the sign/fraction/run groups of a match: (reading, unit, kind-hint) or None."""
        run = m.run
        den = m.den
        if den in ("百", "佰") and run in ("百", "佰"):  # 百分之百
            r = _Reading(Decimal(100), Decimal(0), "", "chinese")
        else:
            r = read_run(run)
        if r is None:
            return None
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
                    return None
                r = _Reading(r.value / d.value, Decimal(0), "", r.script)
                unit = "/"
            if unit != "/" and r.value is None and r.low is None:
                return None
        sign = m.sign
        if sign is not None:
            if sign in "-−－":
                s = m.sign_start
                prev = text[s - 1] if s > 0 else "\x00"
                if (prev.isalnum() and not _is_cjk(prev) or prev in "0123456789０１２３４５６７８９"):
                    return ("resign", None)
            if r.value is not None:
                r = _Reading(-r.value, r.precision, r.magnitude, r.script, r.approx)
            elif r.low is not None:
                r = _Reading(None, r.precision, r.magnitude, r.script, r.approx, -r.high, -r.low)
        return r, unit

    def _figure(self, text: str, m):
        n = len(text)
        run = m.run
        rs, re_ = (m.rs, m.re)
        s = m.start
        ordinal = m.ord
        got = self._read(m, text)
        if got is None:
            return None, re_
        if got[0] == "resign":
            # a hyphen after a digit or letter is not a minus sign: read from the run itself
            got = self._read_plain(m, text)
            if got is None:
                return None, re_
            s = rs if m.den is None else m.den_start
        r, unit = got
        is_arabic = run[0] in "0123456789０１２３４５６７８９.．"
        prev = text[s - 1] if s > 0 else "\x00"
        nxt = text[re_] if re_ < n else "\x00"

        # names and codes: 5G, G20, GB/T 15835-2011, PM2.5, COVID-19
        if self._is_code(text, s, re_, prev, nxt):
            end = re_
            while end < n - 1 and text[end] in "-‐/._" and (text[end + 1].isascii() and text[end + 1].isalnum()):
                end += 1
                while end < n and text[end].isascii() and text[end].isalnum():
                    end += 1
            return None, end
        if ordinal:
            v = r.value if r.value is not None else None
            e = re_
            if e < n and text[e] in self.unit_first:
                um = self.unit_re.match(text, e)
                if um:
                    e = um.end()
            if v is None:
                return None, re_
            return Quantity(s, e, text[s:e], "ordinal", v, "", None, precision=Decimal(0), script=r.script), e
        # a short numeral alone in quotes: “832”平台, “十三五”, “3815”战略
        if prev in _QUOTES_OPEN:
            close = _QUOTES_CLOSE[prev]
            j = text.find(close, re_, re_ + 12)
            if j >= 0 and not any(c in _SENT_END for c in text[re_:j]):
                return None, j + 1
        # N号 (1号文件, 2号线, 〔2023〕5号), 〔2023〕, 中国numeral+大 (二十大, 三大攻坚战)
        if nxt == "号" or (prev in "〔[［【" and text[re_: re_ + 1] in "〕]］】"):
            return None, re_ + 1
        if nxt == "大" and not is_arabic and unit == "" and m.den is None:
            return None, re_ + 1
        if is_arabic and self._is_code_number(text, s, re_, run, nxt):
            return None, re_

        # unit and what follows --------------------------------------------------------------
        e = re_
        approx = r.approx
        kind = "number"
        date = None
        value, precision = r.value, r.precision
        low, high = r.low, r.high
        if unit == "/":
            unit = ""
        if unit in ("%", "‰", "‱"):
            kind = "percent"
        elif nxt == "成" and self._cheng_ok(text, re_, r):
            # 两成 = 20%, 七成五 = 75%, 三成半 = 35%
            e = re_ + 1
            f = Decimal(10)
            if value is not None:
                value, precision = value * f, precision * f
            else:
                low, high = low * f, high * f
            if e < n and value is not None and r.script == "chinese":
                c2 = text[e]
                if c2 in CN_DIGITS and CN_DIGITS[c2] and not (e + 1 < n and (text[e + 1] in CN_DIGITS or text[e + 1] in _U or text[e + 1] in self.unit_first and self.unit_re.match(text, e + 1) and text[e + 1] != "成")):
                    value += CN_DIGITS[c2]
                    e += 1
                elif c2 == "半":
                    value += 5
                    e += 1
            unit, kind = "%", "percent"
        else:
            # year and date: 2020年, 二〇二三年, 2020年12月31日
            if nxt == "年" and r.value is not None and (r.digits or (is_arabic and len(run.translate(_FW)) == 4 and run.translate(_FW).isdigit())):
                y = int(r.value)
                if 1000 <= y <= 2999 and r.precision <= _HALF:
                    e = re_ + 1
                    if e < n and text[e] == "度":
                        e += 1
                        return Quantity(s, e, text[s:e], "year", Decimal(y), "年度", None, precision=Decimal(0), script=r.script), e
                    dm = self.date_tail.match(text, e)
                    if dm:
                        mo = _small_int(dm.group("m"))
                        dd = _small_int(dm.group("d")) if dm.group("d") else None
                        if mo is not None and 1 <= mo <= 12 and (dm.group("d") is None or (dd is not None and 1 <= dd <= 31)):
                            e2 = dm.end()
                            return Quantity(s, e2, text[s:e2], "date", Decimal(y), "年", None, precision=Decimal(0),
                                            script=r.script, date=(y, mo, dd)), e2
                    q = Quantity(s, e, text[s:e], "year", Decimal(y), "年", None, precision=Decimal(0), script=r.script)
                    rq = self._range(text, q, r, "年", e, s)
                    if rq is not None:
                        return rq
                    return q, e
            if r.digits:
                return None, re_
            # month and day without a year: 12月31日
            if nxt == "月" and r.value is not None and r.precision <= _HALF and not (prev == "个" or prev == "個"):
                mo = int(r.value) if r.value == r.value.to_integral_value() else None
                if mo is not None and 1 <= mo <= 12 and value >= 0:
                    dm = self.date_tail.match(text, s if not r.approx else s)
                    if dm and dm.start() == s and dm.group("d"):
                        dd = _small_int(dm.group("d"))
                        if dd is not None and 1 <= dd <= 31:
                            e2 = dm.end()
                            return Quantity(s, e2, text[s:e2], "date", None, "", None, precision=Decimal(0),
                                            script=r.script, date=(None, mo, dd)), e2
            # inner approximation before the unit: 1300多名, 十多个, 40余家
            if e < n and text[e] in "多余" and approx is None:
                approx = "more"
                e += 1
            if e < n:
                c = text[e]
                if c in self.unit_first:
                    um = self.unit_re.match(text, e)
                    if um:
                        u = um.group()
                        if u == "个" and um.end() < n and text[um.end()] in self.unit_first:
                            um2 = self.unit_re.match(text, um.end())
                            if um2 and um2.group() in ("百分点", "小时", "季度", "星期", "工作日", "月"):
                                u = "个" + um2.group() if um2.group() == "月" else um2.group()
                                um = um2
                        unit = _PERCENT_UNITS.get(u, u)
                        e = um.end()
            if e == re_ and approx == "more" and text[e - 1] not in "多余":
                pass
            if unit in ("%", "‰", "‱", "百分点"):
                kind = "percent"
            elif unit == "倍":
                kind = "multiple"
            elif unit in self.currency:
                kind = "money"
        q = Quantity(s, e, text[s:e], kind, value, unit, approx, low, high, precision, r.magnitude, r.script)
        rq = self._range(text, q, r, unit, e, s)
        if rq is not None:
            return rq
        # a lone Chinese digit with no unit is prose, not a figure (一, 三 in running text)
        if not is_arabic and unit == "" and m.den is None and len(run) == 1 and m.sign is None:
            return None, re_
        if low is not None:
            q = Quantity(s, e, text[s:e], "range", None, unit, approx, low, high, precision, r.magnitude, r.script)
        return self._finish(text, q), e

    def _read_plain(self, m, text):
        run = m.run
        r = read_run(run)
        if r is None:
            return None
        den = m.den
        if den is not None:
            return None
        return r, ""

    def _cheng_ok(self, text: str, re_: int, r: _Reading) -> bool:
        if r.value is None and r.low is None:
            return False
        v = r.value if r.value is not None else r.high
        if v is None or v <= 0 or v > 10:
            return False
        nxt2 = text[re_ + 1] if re_ + 1 < len(text) else ""
        return nxt2 not in "为员本果功立绩效熟长就都交分品型套像年"

    def _is_code(self, text, s, re_, prev, nxt) -> bool:
        if prev and prev.isascii() and (prev.isalpha() or prev in "/_#@&"):
            return True
        if prev == " " and s >= 2 and text[s - 2].isascii() and (text[s - 2].isalpha() or text[s - 2] == "/"):
            return True
        if prev in "-‐" and s >= 2 and text[s - 2].isascii() and text[s - 2].isalpha():
            return True
        if nxt and nxt.isascii() and nxt.isalpha():
            um = self.unit_re.match(text, re_)
            if um is None or (um.end() < len(text) and text[um.end()].isascii() and text[um.end()].isalpha()):
                return True
        return False

    def _is_code_number(self, text, s, re_, run, nxt) -> bool:
        """Long bare integers that are codes: hotlines (12345热线), phone and ID numbers."""
        if len(run) >= 5 and run.isdigit() and (not nxt or nxt not in self.unit_first or not self.unit_re.match(text, re_)):
            if nxt and nxt not in _M and nxt not in "千百十多余":
                tail = text[re_: re_ + 14]
                if "热线" in tail or "电话" in tail or "号码" in tail:
                    return True
                head = text[max(0, s - 4): s]
                if "拨打" in head or "热线" in head or "电话" in head or "编号" in head or "代码" in head:
                    return True
        return False

    # ---------------------------------------------------------------------------------------
    def _range(self, text: str, q: Quantity, r: _Reading, unit: str, e: int, s: int):
        """If a range connector and a second figure follow ``q``, the range (and its end)."""
        n = len(text)
        if e >= n or text[e] not in "至到～~〜—–－- \t":
            return None
        sm = self.range_sep.match(text, e)
        if sm is None:
            return None
        sep = sm.group("sep")
        m2 = self.second.match(text, sm.end())
        if m2 is None or m2.group("sign"):
            return None
        m2 = _Cand(m2)
        r2 = read_run(m2.run)
        if r2 is None or r2.value is None or r.value is None:
            return None
        den2 = m2.den
        unit2 = ""
        if den2 is not None:
            unit2 = {"百": "%", "佰": "%", "千": "‰", "仟": "‰"}.get(den2)
            if unit2 is None:
                return None
        e2 = m2.re
        # the second figure's unit
        approx2 = r2.approx
        if e2 < n and text[e2] in "多余":
            approx2 = "more"
            e2 += 1
        if not unit2 and e2 < n and text[e2] in self.unit_first:
            um = self.unit_re.match(text, e2)
            if um:
                u = um.group()
                if u == "个" and um.end() < n:
                    um2 = self.unit_re.match(text, um.end())
                    if um2 and um2.group() == "百分点":
                        u, um = "百分点", um2
                unit2 = _PERCENT_UNITS.get(u, u)
                e2 = um.end()
        if unit and unit2 and unit != unit2:
            return None
        if q.kind == "year" and unit2 != "年":
            return None
        hyphen = sep in "-－–"
        if hyphen:
            # 3-5亿元 and 5-20% are ranges; dates (2024-01-15), phone numbers and codes are not
            if not (unit2 or r2.magnitude) or (e2 < n and text[e2] in "-－–"):
                return None
            if len(m2.run) > 6 or len(q.text) > 8:
                return None
        lo, hi = r.value, r2.value
        plo, phi = r.precision, r2.precision
        if not r.magnitude and r2.magnitude and r.script != "chinese":
            f = _mag_factor(r2.magnitude)
            lo, plo = lo * f, plo * f
        elif not r.magnitude and r2.magnitude and r.script == "chinese":
            f = _mag_factor(r2.magnitude)
            if lo * f <= hi:
                lo = lo * f
        if sep in ("至", "到") and not unit and not unit2 and not r2.magnitude:
            return None
        if not (lo < hi):
            return None
        u = unit or unit2
        if u == "年" and q.kind != "year" and len(str(int(hi))) == 4 and 1000 <= hi <= 2999:
            pass
        if unit2 in ("%", "‰", "‱", "百分点") or unit in ("%", "‰", "‱", "百分点"):
            pass
        approx = q.approx or approx2
        rq = Quantity(s, e2, text[s:e2], "range", None, u, approx, lo, hi, max(plo, phi), r2.magnitude, r.script)
        return self._finish(text, rq), e2

    # ---------------------------------------------------------------------------------------
    def _finish(self, text: str, q: Quantity) -> Quantity:
        """Approximation words around the figure, and its measure."""
        s, e = q.start, q.end
        approx = q.approx
        prefix_start = -1
        # prefix: 约, 超过, 近 ...
        for k in range(min(self.pre_max, s), 0, -1):
            w = text[s - k: s]
            kind = self.pre.get(w)
            if kind is not None:
                if s - k >= 1 and text[s - k - 1: s - k + len(w)] in self.pre_not:
                    break
                if k == 1 and s >= 2 and text[s - 2: s] in self.pre_not:
                    break
                approx = approx or kind
                prefix_start = s - k
                break
        # suffix: 左右, 以上, 多 ...
        n = len(text)
        if e < n:
            sm = self.suf_re.match(text, e)
            if sm is not None:
                w = sm.group()
                kind = self.suf[w]
                if w in ("多", "余") and q.unit and q.unit in ("元", "人", "个", "名"):
                    kind = None
                if kind is not None and approx is None:
                    approx = kind
        measure = self._measure(text, prefix_start if prefix_start >= 0 else s, e, q)
        if approx == q.approx and prefix_start < 0 and measure is None:
            return q
        return Quantity(q.start, q.end, q.text, q.kind, q.value, q.unit, approx, q.low, q.high, q.precision,
                        q.magnitude, q.script, prefix_start, measure, q.date)

    def _measure(self, text: str, s: int, e: int, q: Quantity) -> str | None:
        if q.kind in ("year", "date", "ordinal"):
            return None
        unit = q.unit
        fwd = unit == "" or (unit not in self.currency and unit not in ("%", "‰", "‱", "百分点", "倍") and len(unit) == 1
                             and unit not in ("年", "月", "日", "天", "度", "米", "吨", "亩", "斤", "克", "升", "周"))
        if fwd and e < len(text) and _is_cjk(text[e]):
            mm = self.measure_fwd.match(text, e)
            if mm:
                word = mm.group()
                st = self.stop_re.search(word)
                if st is not None:
                    word = word[: st.start()]
                if 2 <= len(word) <= 8:
                    return word
        # backward: the noun before the figure (帮扶资金40.48亿元), after the last verb
        if s == 0 or not _is_cjk(text[s - 1]):
            return None
        i = s
        lim = max(0, s - 16)
        while i > lim and _is_cjk(text[i - 1]):
            i -= 1
        seg = text[i:s]
        # drop trailing verbs and approximations: 完成, 达到, 为
        changed = True
        while changed and seg:
            changed = False
            for k in (4, 3, 2, 1):
                if len(seg) >= k and seg[-k:] in self.stops:
                    seg = seg[:-k]
                    changed = True
                    break
        if not seg:
            return None
        # keep what follows the last stop word (累计统筹落实|帮扶资金)
        last = None
        for mm in self.stop_re.finditer(seg):
            last = mm
        if last is not None:
            seg = seg[last.end():]
        if 2 <= len(seg) <= 10:
            return seg
        return None


def _small_int(s: str | None) -> int | None:
    if not s:
        return None
    t = s.translate(_FW)
    if t.isdigit():
        return int(t)
    return cn_int(s)


_ENGINES: dict[int, tuple[object, _Engine]] = {}
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
    key = id(knowledge)
    hit = _ENGINES.get(key)
    if hit is not None and hit[0] is knowledge:
        return hit[1]
    eng = _Engine(knowledge)
    _ENGINES[key] = (knowledge, eng)
    return eng


def extract(text: str, lexicon: "object | None" = None) -> list[Quantity]:
    """Every figure of ``text``, in document order.

    ``lexicon`` is the :class:`~factlint.packs.Knowledge` of the run: it carries the words and
    names that contain numeral characters but are not figures (the ``not-figures*`` lexicons),
    the units (``units-*``) and the approximation words; ``None`` loads the built-in packs.
    """
    if not text:
        return []
    return engine_for(lexicon).extract(text)
