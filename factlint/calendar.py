"""Dates, five-year plans and "the year a text speaks of", shared by the calendar and fact rules.

Everything here works on ``document.text`` with a handful of compiled regular expressions (one
pass each) and returns plain named tuples with offsets into that text:

* :func:`find_dates` — calendar dates written in Arabic or Chinese numerals (2023年3月5日,
  二〇二四年一月八日, 3月5日, 2024-01-08), each with the weekday written after it, if any;
* :func:`find_years` — year mentions (2023年, 一九五三年) and what follows them (以来, 至 …);
* :class:`Plans` — five-year plans: names (“十三五”, 第二个五年计划) ↔ years, from the
  ``five-year-plans`` fact table, with the catalog's formula for plans the table lacks;
* :func:`text_time` — the year(s) a text speaks of (``--year``/config first, else the title,
  the dateline, the 落款 date, else the latest full date), for 今年, N周年 and N年来;
* :func:`cn_int` — small Chinese numerals (三十一, 一百二十, 两) as integers.

Nothing here imports the numeral engine: the calendar rules stay cheap when run alone.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, NamedTuple, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from .packs import Knowledge
    from .rule import Context

class _LazyRegex:
    """A compiled pattern made on first use: importing the rule modules (which every command
    does, ``--version`` included) must not pay for compiling their patterns."""

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled: "re.Pattern[str] | None" = None

    def __getattr__(self, name: str):
        # called only for an attribute not yet in the instance dict: the pattern's attribute is
        # stored there, so later uses (``rx.match`` in a loop over every year of a text) are a
        # plain attribute look-up instead of a Python call through this method
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value


def lazy_re(pattern: str, flags: int = 0) -> "re.Pattern[str]":
    """``re.compile`` deferred to the first use of the pattern."""
    return _LazyRegex(pattern, flags)  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------
# numerals
# ---------------------------------------------------------------------------------------------

#: full-width digits to ASCII (same length, so offsets are kept)
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_FULLWIDTH_PAIRS = tuple(zip("０１２３４５６７８９", "0123456789"))
_HAS_FULLWIDTH = lazy_re("[０-９]")


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits made ASCII (same length).  ``str.translate`` would walk
    the whole text through Python-level lookups; ten ``in`` tests (each a fast C search for
    one character, five times faster than a regex character class over the text) find the
    digits present, and ``str.replace`` swaps each of them in C."""
    if len(text) < 64:
        # (a numeral or a year: ``translate`` costs 1.5 µs even when nothing changes, as every
        # character missing from the table raises inside it; most have no full-width digit)
        if text.isascii() or _HAS_FULLWIDTH.search(text) is None:
            return text
        return text.translate(_FULLWIDTH)
    if _ASCII_MEMO[0] is text:  # the calendar scans and rules ask for the same document text
        return _ASCII_MEMO[1]
    if _ASCII_MEMO[1] is text:  # the ASCII form itself (find_dates(norm) in text_time)
        return text
    out = text
    for wide, narrow in _FULLWIDTH_PAIRS:
        if wide in out:
            out = out.replace(wide, narrow)
    _ASCII_MEMO[:] = (text, out)
    return out


_ASCII_MEMO: list = [None, None]  # (the last long text, its ASCII form)
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "0": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_NUM_CHARS = "〇○零一二两三四五六七八九十百千"


@lru_cache(maxsize=4096)  # a pure function of a short numeral; the same few recur (十三, 五, 2020)
def cn_int(s: str, digitwise: bool = False) -> int | None:
    """An integer written in Arabic digits or in Chinese numerals below 10 000 (十 = 10,
    二十一 = 21, 一百二十 = 120); with ``digitwise`` also digit by digit (一九五四, 二〇二四).
    None if ``s`` is not one number (一二 is "one or two", not 12)."""
    s = ascii_digits(s.strip())
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if any(c not in _CN_DIGIT and c not in _CN_UNIT for c in s):
        return None
    if not any(c in _CN_UNIT for c in s):
        if len(s) == 1:
            return _CN_DIGIT[s]
        if not digitwise:
            return None
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    total, digit, last_unit = 0, None, 10_000
    for c in s:
        if c in _CN_DIGIT:
            if digit is not None and _CN_DIGIT[c] != 0 and digit != 0:
                return None  # 二三十: not one number
            digit = _CN_DIGIT[c]
        else:
            unit = _CN_UNIT[c]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    if digit:
        if last_unit == 10 or s[-2:-1] in ("零", "〇"):
            total += digit
        else:  # 一百二 = 120, 三千五 = 3500
            total += digit * (last_unit // 10)
    return total


@lru_cache(maxsize=4096)  # a pure function of a four-character year
def year_value(s: str) -> int | None:
    """A four-digit year written in Arabic digits or digit by digit in Chinese (二〇二四, 二0二一)."""
    s = ascii_digits(s)
    if len(s) != 4:
        return None
    if s.isdigit():
        return int(s)
    try:
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    except KeyError:
        return None


# ---------------------------------------------------------------------------------------------
# sentences and clauses (cheap: one pass for the boundaries, bisect per query)
# ---------------------------------------------------------------------------------------------

_SENTENCE_CHARS = "。！？!?\n"
_CLAUSE_CHARS = "。！？!?\n，；：;,"
_CLAUSE_END = lazy_re(r"[。！？!?\n，；：;,]")


_SENTENCE_END = lazy_re(r"[。！？!?\n]")
#: the boundary characters as one character class each (one C search instead of a str.find per
#: character)
_BOUNDARY_RE = {_SENTENCE_CHARS: _SENTENCE_END, _CLAUSE_CHARS: _CLAUSE_END}


class Bounds:
    """Sentence and clause boundaries of one text, found around each query: a character-class
    search forward, and the same search on the reversed text backward (no pass over the whole
    text: the rules ask about a few hundred places)."""

    def __init__(self, text: str):
        self.text = text
        self._rev: str | None = None

    def _span(self, pos: int, chars: str) -> tuple[int, int]:
        text, n = self.text, len(self.text)
        rx = _BOUNDARY_RE.get(chars)
        if rx is not None and 0 <= pos <= n:
            rev = self._rev
            if rev is None:
                rev = self._rev = text[::-1]
            # the last boundary before pos is the first one at or after n - pos in the reversed text
            b = rx.search(rev, n - pos)
            f = rx.search(text, pos)
            return (n - b.start() if b is not None else 0), (f.start() if f is not None else n)
        # search a window that doubles until it holds a boundary (a character missing from the
        # text must not make every query scan the whole text)
        width, lo = 256, pos
        while True:
            lo = max(0, pos - width)
            start = max(text.rfind(c, lo, pos) for c in chars)
            if start != -1 or lo == 0:
                break
            width *= 4
        width, hi = 256, pos
        while True:
            hi = min(n, pos + width)
            ends = [i for i in (text.find(c, pos, hi) for c in chars) if i != -1]
            if ends or hi == n:
                break
            width *= 4
        return start + 1, (min(ends) if ends else n)

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding offset ``pos`` (end excludes the terminator)."""
        return self._span(pos, _SENTENCE_CHARS)

    def sentence_start_within(self, pos: int, within: int) -> int | None:
        """``sentence(pos)[0]`` when the sentence starts at most ``within`` characters before
        ``pos``, else None: one search of ``within`` + 1 characters backward, not a search for
        both bounds (for the many places of a text that are far from their sentence's start)."""
        text, n = self.text, len(self.text)
        if not 0 <= pos <= n:
            start = self.sentence(pos)[0]
            return start if pos - start <= within else None
        rev = self._rev
        if rev is None:
            rev = self._rev = text[::-1]
        # the last boundary before pos, among the within + 1 characters before it: a boundary
        # at pos - within - 1 makes the sentence start at pos - within
        b = _SENTENCE_END.search(rev, n - pos, n - pos + within + 1)
        if b is not None:
            return n - b.start()
        return 0 if pos <= within else None  # (no boundary before pos at all: the text's start)

    def clause(self, pos: int) -> tuple[int, int]:
        """(start, end) of the clause holding offset ``pos``."""
        return self._span(pos, _CLAUSE_CHARS)

    def clauses(self, start: int, end: int) -> list[tuple[int, int]]:
        """The clauses between ``start`` and ``end`` (a sentence span)."""
        out, s = [], start
        for m in _CLAUSE_END.finditer(self.text, start, end):
            out.append((s, m.start()))
            s = m.end()
        out.append((s, end))
        return out


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------

WEEKDAY_NAMES = ("一", "二", "三", "四", "五", "六", "日")
_WEEKDAY_CHAR = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

_YEAR_A = r"(?P<y>1\d{3}|20\d{2}|2100)"
_YEAR_C = r"(?P<yc>[一二][〇○零0一二三四五六七八九]{3})"
_MONTH = r"(?P<m>\d{1,2}|[〇○零一二三四五六七八九十]{1,3})"
_DAY = r"(?P<d>\d{1,2}|[〇○零一二三四五六七八九十]{1,4})"
#: the weekday after a date, also after a short note in its brackets (2024年2月10日（农历正月初一，
#: 星期六）, 2月12日（元宵节，周三）): the note holds no digit, no bracket and no comma
_WEEKDAY = (r"(?P<wd>[ \t\u3000]*(?:[（(][ \t\u3000]*(?:[^，,（()）\n\d0-9]{1,8}[，,][ \t\u3000]*(?=星期|礼拜|周[一二三四五六日天]))?"
            r"|[，,][ \t\u3000]*(?=星期|礼拜))?"
            r"(?P<wp>星期|礼拜|周)(?P<w>[一二三四五六日天])(?![ \t\u3000]*[至到—–\-~～、])[ \t\u3000]*[）)]?)?")
#: a month, optionally with its day and weekday: 3月5日（星期日）, 一月八日, 13月.  Matched at
#: every 月 (found with str.find) from at most 4 characters before it.
_MONTH_DAY = lazy_re(
    _MONTH + r"[ \t\u3000]?月(?:[ \t\u3000]*" + _DAY + r"[ \t\u3000]*(?P<dd>[日号])(?!\d)" + _WEEKDAY + r")?"
)
#: the year written right before a month (2023年 / 二〇二四年), matched backwards from it
_YEAR_BEFORE = lazy_re(r"(?:(?<![\d.])" + _YEAR_A + r"|(?<![〇○零0-9一二三四五六七八九十百千万])" + _YEAR_C
                          + r")[ \t\u3000]*年[ \t\u3000]*$")
#: characters that may not stand right before a month (it would be part of a longer number)
_NUMERAL_BEFORE = frozenset("0123456789.〇○零一二三四五六七八九十百千万两")
#: 2024-01-08, 2024/1/8 and 2024.1.8 (full dates only)
_DATE_ISO = lazy_re(
    r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d\-/.])" + _WEEKDAY
)
#: a date of another calendar or era: 农历八月三十日, 公元前2000年3月5日 (not judged)
#: where a 2024-01-08 / 2024/1/8 / 2024.1.8 may start: the separator after a year of
#: _DATE_ISO, one pattern per separator.  Each starts with its literal, which ``re`` finds with a
#: fast C search (a pattern that starts on a digit class is tried at every character, 15 times
#: slower); the year before it is checked by the look-behind.  Every _DATE_ISO match starts 4
#: characters before one of these, so matching _DATE_ISO there finds all of them.
_ISO_SEPARATORS = tuple(lazy_re(re.escape(c) + r"(?<=(?:19|20)\d\d" + re.escape(c) + r")") for c in "-/.")
_LUNAR = lazy_re(r"(?:农历|阴历|旧历|夏历)[^，。；\n]{0,3}$|(?:公元|纪元)前[ \t\u3000]*$")
_BCE_BEFORE = lazy_re(r"(?:公元|纪元)前[ \t\u3000]*$")


class DateMention(NamedTuple):
    """A calendar date in the text.  ``year`` is None when not written (3月5日)."""

    start: int
    end: int  # end of the date itself (before any weekday)
    text: str
    year: int | None
    month: int
    day: int | None
    #: the weekday written after the date: (start, end, 0=Monday … 6=Sunday) or None
    weekday: tuple[int, int, int] | None = None
    weekday_text: str = ""
    #: True when the date is of another calendar or era (农历八月三十日, 公元前2000年3月5日)
    lunar: bool = False
    #: "cn" (年月日 in Arabic digits), "cn-chinese" (二〇二四年一月八日), "iso" (2024-01-08,
    #: 2024/1/8), "iso-dot" (2024.1.8)
    form: str = "cn"

    @property
    def full_end(self) -> int:
        """End of the date and its weekday."""
        return self.weekday[1] if self.weekday else self.end

    def valid(self, year: int | None = None) -> bool | None:
        """True/False whether the date exists (for ``year`` if the date has none); None when it
        cannot be told (2月29日 with no year)."""
        y = self.year if self.year is not None else year
        return date_exists(y, self.month, self.day)


def date_exists(year: int | None, month: int | None, day: int | None) -> bool | None:
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if day < 1 or day > 31:
        return False
    if month == 2 and day == 29:
        if year is None:
            return None
        return is_leap(year)
    return day <= month_length(year if year is not None else 2001, month)


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def weekday_of(year: int, month: int, day: int) -> int | None:
    """0 = Monday … 6 = Sunday (proleptic Gregorian), None for a date that does not exist."""
    try:
        return _dt.date(year, month, day).weekday()
    except ValueError:
        return None


def weekday_name(index: int, prefix: str = "星期") -> str:
    return prefix + WEEKDAY_NAMES[index]


def _weekday(m: re.Match) -> tuple[tuple[int, int, int] | None, str]:
    if not m.group("w"):
        return None, ""
    return (m.start("wd"), m.end("wd"), _WEEKDAY_CHAR[m.group("w")]), m.group("wp") + m.group("w")


def _scan_months(text: str) -> tuple[list["DateMention"], list["MonthMention"]]:
    """One pass over every month mention: dates (with a day) and year-months (without one)."""
    norm = ascii_digits(text)
    dates: list[DateMention] = []
    months: list[MonthMention] = []
    find = norm.find
    i = find("月")
    last_end = 0
    while i != -1:
        m = None
        for back in (4, 3, 2, 1):  # the longest month before 月 first (十二, 12)
            if i - back < last_end:
                continue
            m = _MONTH_DAY.match(norm, i - back)
            if m and norm.find("月", m.end("m"), i + 1) == i and (i - back == 0 or norm[i - back - 1] not in _NUMERAL_BEFORE):
                break
            m = None
        i = find("月", i + 1)
        if m is None:
            continue
        ms = m.start()
        last_end = m.end()
        month = cn_int(m.group("m"))
        if month is None:
            continue
        y = _YEAR_BEFORE.search(norm, max(0, ms - 8), ms)
        year = year_value(y.group("y") or y.group("yc")) if y else None
        start = y.start() if y else ms
        if m.group("dd") is None:
            if year is not None:
                months.append(MonthMention(start, m.end(), text[start:m.end()], year, month))
            continue
        day = cn_int(m.group("d"))
        if day is None:
            continue
        lunar = bool(_LUNAR.search(norm, max(0, start - 8), start))
        wd, wtext = _weekday(m)
        end = m.end("dd")
        chinese = bool(y and y.group("yc")) or not m.group("m").isdigit()
        dates.append(DateMention(start, end, text[start:end], year, month, day, wd, wtext, lunar,
                                 "cn-chinese" if chinese else "cn"))
    # the matches _DATE_ISO.finditer would give: candidates in text order, none inside the last
    # match (they cannot overlap anyway: a match holds no other run of four digits)
    starts = [m.start() - 4 for rx in _ISO_SEPARATORS for m in rx.finditer(norm)]
    starts.sort()
    iso_end = 0
    for s in starts:
        if s < iso_end:
            continue
        m = _DATE_ISO.match(norm, s)
        if m is None:
            continue
        iso_end = m.end()
        if m.start() > 0 and norm[m.start() - 1] in "0123456789-/.":
            continue
        wd, wtext = _weekday(m)
        end = m.end("d")
        dates.append(DateMention(m.start(), end, text[m.start():end], int(m.group("y")), int(m.group("m")),
                                 int(m.group("d")), wd, wtext, False, "iso-dot" if m.group("sep") == "." else "iso"))
    dates.sort(key=lambda d: d.start)
    return dates, months


def find_dates(text: str) -> list[DateMention]:
    """Every calendar date of ``text`` in document order (see the module docstring)."""
    return _scan_months(text)[0]


class MonthMention(NamedTuple):
    """A year and month without a day (2023年13月)."""

    start: int
    end: int
    text: str
    year: int
    month: int


def find_year_months(text: str) -> list[MonthMention]:
    return _scan_months(text)[1]


# ---------------------------------------------------------------------------------------------
# years
# ---------------------------------------------------------------------------------------------

#: a year (four Arabic or Chinese digits, then 年) in the REVERSED text: starting on the literal
#: 年 lets the scan skip ahead in C (35 times faster than a pattern that starts on a digit class).
#: Not 年代 (1990年代) and not glued to a longer numeral before it (_NUMERAL_BEFORE): tested in the
#: pattern, so the few hundred such places never reach Python.  (A mention rejected this way
#: holds no other 年, so the scan finds the same other mentions as when Python rejected it.)
_YEAR_REVERSED = lazy_re(r"年(?<!代年)[ \t\u3000]*(?:\d{4}|[〇○零0一二三四五六七八九]{3}[一二])"
                         r"(?![0123456789.〇○零一二三四五六七八九十百千万两])")


_SINCE = lazy_re(r"(?:[底末初中]|年底|年末)?(?:以来|来|至今|到现在|迄今)")
_RANGE_START = lazy_re(r"[ \t\u3000]*(?:至(?!今)|到(?!今|现在)|[—–－\-~～]|－|起至)")


#: makes a NamedTuple from a tuple of its fields: the same object as calling the class, whose
#: ``__new__`` is a Python function three times slower (for the thousands of mentions of a text)
_new_tuple = tuple.__new__


class YearMention(NamedTuple):
    start: int
    end: int  # after 年
    year: int
    #: up to 6 characters after the mention (to tell 2016年以来, 2016年至…, 2016年底)
    after: str
    #: up to 4 characters before it (到, 截至, 从 …)
    before: str

    @property
    def since(self) -> bool:
        """"X年以来" / "X年来" / "X年至今"."""
        return _SINCE.match(self.after) is not None

    @property
    def range_start(self) -> bool:
        """The first year of a range (2016年至2020年, 2016—2020年); not 2016年至今."""
        return _RANGE_START.match(self.after) is not None


def find_years(text: str, lo: int = 1800, hi: int = 2100) -> list[YearMention]:
    """Year mentions (X年) with ``lo <= X <= hi``, including the second year of 2016—2020年
    (written without 年 after the first one, the first is found too)."""
    norm = ascii_digits(text)
    n = len(norm)
    out: list[YearMention] = []
    append, new = out.append, _new_tuple
    for m in _YEAR_REVERSED.finditer(norm[::-1]):
        start, end = n - m.end(), n - m.start()  # end: after 年
        if start > 1 and norm[start - 1] in "前 " and _BCE_BEFORE.search(norm, max(0, start - 5), start):
            continue  # 公元前2000年
        digits = norm[start:start + 4]
        y = int(digits) if digits.isdigit() else year_value(digits)  # (what year_value gives)
        if y is None or not lo <= y <= hi:
            continue
        append(new(YearMention, (start, end, y, norm[end:end + 6], norm[max(0, start - 4):start])))
    out.reverse()
    return out


# ---------------------------------------------------------------------------------------------
# five-year plans
# ---------------------------------------------------------------------------------------------

_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
             "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]

_PLAN_ORD = r"(?:十[一二三四五六七八九]?|二十|[一二三四五六七八九])"
#: every 五 that may end a plan name: “十三五”, 十三五规划/时期/期间, 第十三个五年规划 (the scan
#: starts on the literal 五; the ordinal before it is read backwards)
_PLAN_AT = lazy_re(
    r"五(?:(?P<close>[”\"’」』])|(?=(?:规划|计划|时期|期间|末期|初期)(?!生|局))|(?P<yr>年(?:计划|规划)))"
)
_PLAN_BACK_QUOTED = lazy_re(r"[“\"‘「『](" + _PLAN_ORD + r")$")
_PLAN_BACK = lazy_re(r"(" + _PLAN_ORD + r")$")
_PLAN_BACK_ORDINAL = lazy_re(r"第([一二三四五六七八九十]{1,3})个[ \t\u3000]*$")


class PlanMention(NamedTuple):
    start: int
    end: int
    text: str
    number: int


class Plan(NamedTuple):
    number: int
    name: str  # “十三五”
    start: int
    end: int
    source: str = ""

    def covers(self, year: int) -> bool:
        return self.start <= year <= self.end

    @property
    def years(self) -> str:
        return f"{self.start}—{self.end}年"


def plan_formula(number: int) -> tuple[int, int] | None:
    """The catalog's formula: plan N covers 1951+5N to 1955+5N from the 3rd plan on; the first
    two plans were 1953–1957 and 1958–1962 (1963–1965 was an adjustment period, no plan)."""
    if number == 1:
        return 1953, 1957
    if number == 2:
        return 1958, 1962
    if number >= 3:
        return 1951 + 5 * number, 1955 + 5 * number
    return None


def plan_short_name(number: int) -> str:
    return f"“{_ORDINALS[number - 1]}五”" if 1 <= number <= len(_ORDINALS) else f"第{number}个五年规划"


class Plans:
    """Five-year plans from the ``five-year-plans`` fact table (falling back to the formula)."""

    def __init__(self, entries: Iterable[dict[str, Any]] = ()):
        self.by_number: dict[int, Plan] = {}
        for e in entries:
            try:
                n, s, t = int(e["number"]), int(e["start"]), int(e["end"])
            except (KeyError, TypeError, ValueError):
                continue
            self.by_number[n] = Plan(n, str(e.get("name") or plan_short_name(n)), s, t, str(e.get("source", "")))

    @classmethod
    def from_knowledge(cls, knowledge: "Knowledge | None") -> "Plans":
        return cls(knowledge.fact_table("five-year-plans") if knowledge is not None else ())

    def get(self, number: int) -> Plan | None:
        if number in self.by_number:
            return self.by_number[number]
        span = plan_formula(number)
        if span is None:
            return None
        return Plan(number, plan_short_name(number), span[0], span[1], "formula 1951+5N–1955+5N")

    def for_year(self, year: int) -> Plan | None:
        for n in range(1, 30):
            p = self.get(n)
            if p and p.covers(year):
                return p
        return None

    def for_range(self, start: int, end: int) -> Plan | None:
        for n in range(1, 30):
            p = self.get(n)
            if p and p.start == start and p.end == end:
                return p
        return None


#: characters that may not stand right before an unquoted plan name (三十五规划, 第十五)
PLAN_NOT_AFTER = frozenset("一二三四五六七八九十百千万〇零两几数第")


def find_plans(text: str) -> list[PlanMention]:
    """Five-year plans named in ``text``: “十三五” (quoted, any context), 十三五规划/时期/期间
    (unquoted, only before those words and not glued to a longer numeral), 第十三个五年规划."""
    out: list[PlanMention] = []
    for m in _PLAN_AT.finditer(text):
        i = m.start()
        if m.group("close"):
            b = _PLAN_BACK_QUOTED.search(text, max(0, i - 4), i)
            end = m.end()
        elif m.group("yr"):
            b = _PLAN_BACK_ORDINAL.search(text, max(0, i - 8), i)
            end = m.end()
        else:
            b = _PLAN_BACK.search(text, max(0, i - 2), i)
            if b and b.start() > 0 and text[b.start() - 1] in PLAN_NOT_AFTER:
                b = None
            end = i + 1
        if not b:
            continue
        if text.startswith(_OTHER_PLAN_SERIES, end):
            continue  # “八五”普法规划 (2021—2025): the series of another plan, not of the national ones
        n = cn_int(b.group(1))
        if n is None or not 1 <= n <= 20:
            continue
        out.append(_new_tuple(PlanMention, (b.start(), end, text[b.start():end], n)))
    return out


#: words after a numbered five-year plan that make it one of another series, numbered from its own
#: start: the law-popularisation plans (“一五”普法 1986—1990 … “八五”普法 2021—2025)
_OTHER_PLAN_SERIES = ("普法",)


# ---------------------------------------------------------------------------------------------
# the year a text speaks of
# ---------------------------------------------------------------------------------------------

_FULL_DATE_LINE = lazy_re(
    r"^[ \t\u3000]*(?:" + _YEAR_A + r"|" + _YEAR_C + r")[ \t\u3000]*年[ \t\u3000]*"
    r"[\d〇○零一二三四五六七八九十]{1,3}[ \t\u3000]*月[ \t\u3000]*[\d〇○零一二三四五六七八九十]{1,4}[ \t\u3000]*日[ \t\u3000]*$"
)
_OPENING_YEAR = lazy_re(r"^[ \t\u3000]*(?:" + _YEAR_A + r"|" + _YEAR_C + r")[ \t\u3000]*年(?:度)?(?:[，,]|是|全[县市区省州旗])")
_DATELINE = lazy_re(r"^[ \t\u3000]*(?:——|--|—|（|\()")


class TextTime(NamedTuple):
    """The year(s) a text speaks of.

    ``now``: the years the text states about its own time (its title, dateline, 落款), or the
    ``--year`` value; empty when unknown.  A 2023 work report signed in January 2024 speaks of
    both, and rules accept either.  ``source`` says where they come from, for evidence.
    """

    now: frozenset[int]
    source: str

    @property
    def known(self) -> bool:
        return bool(self.now)

    @property
    def recent(self) -> frozenset[int]:
        """``now`` and the year before it (a report looks back on the previous year)."""
        if not self.now:
            return frozenset()
        return self.now | {min(self.now) - 1}

    @property
    def primary(self) -> int | None:
        return max(self.now) if self.now else None


def _edge_lines(text: str, head: int, tail: int) -> tuple[list[str], list[str]]:
    """The first ``head`` and the last ``tail`` lines of ``text`` that are not blank (they
    overlap in a short text).  Read from both ends: a text's middle is never split."""
    first: list[str] = []
    n, pos = len(text), 0
    while len(first) < head and pos < n:
        j = text.find("\n", pos)
        if j == -1:
            j = n
        line = text[pos:j]
        if line.strip():
            first.append(line)
        pos = j + 1
    last: list[str] = []
    end = n
    while len(last) < tail and end > 0:
        i = text.rfind("\n", 0, end)
        line = text[i + 1:end]
        if line.strip():
            last.append(line)
        end = i
    last.reverse()
    return first, last


def text_time(text: str, explicit: int | None = None, *,
              all_dates: "Callable[[], list[DateMention]] | None" = None) -> TextTime:
    """The year(s) a text speaks of: ``explicit`` (``--year``/config) first; else the years of
    the title line, of a dateline (——2024年1月16日在…) near the top and of a 落款 date line near
    the end; else the latest full date (with a day) the text states; else nothing.
    ``all_dates`` gives the dates of the whole text when they are already known (the calendar
    rules' cache), so they are not scanned again."""
    if explicit:
        return TextTime(frozenset({int(explicit)}), "--year")
    norm = ascii_digits(text)
    # only the first 8 and the last 6 lines are read (lines[:8], lines[-6:] of the non-blank ones)
    first, last = _edge_lines(norm, 8, 6)
    years: set[int] = set()
    sources: list[str] = []
    if first:
        head = first[0].strip().lstrip("#").strip()
        if len(head) <= 80:
            ys = [y.year for y in find_years(head, 1900, 2100) if not y.range_start and not y.since]
            if ys:
                years.add(max(ys))
                sources.append("标题")
        for line in first[1:8]:
            if _DATELINE.match(line) and len(line.strip()) <= 80:
                ds = [d for d in find_dates(line) if d.year]
                if ds:
                    years.add(ds[0].year)
                    sources.append("题注日期")
                    break
        else:
            # a news lede: "本报讯 2024年1月16日（星期一）上午，…" opens one of the first paragraphs
            for line in first[1:4]:
                d = next((d for d in find_dates(line[:40]) if d.year and d.valid()), None)
                if d and 1900 <= d.year <= 2100:
                    years.add(d.year)
                    sources.append("导语日期")
                    break
        for line in last:
            m = _FULL_DATE_LINE.match(line)
            if m:
                y = year_value(m.group("y") or m.group("yc"))
                if y:
                    years.add(y)
                    sources.append("落款日期")
    if not years:
        ds = [d for d in (all_dates() if all_dates is not None else find_dates(norm))
              if d.year and d.valid() and 1900 <= d.year <= 2100]
        if ds:
            latest = max(ds, key=lambda d: (d.year, d.month, d.day or 0))
            years.add(latest.year)
            sources.append("文中最晚的完整日期")
    if not years:
        # the report period that opens one of the first paragraphs: "2023年，县人民政府…"
        for line in first[:6]:
            m = _OPENING_YEAR.match(line)
            if m:
                y = year_value(m.group("y") or m.group("yc"))
                if y and 1900 <= y <= 2100:
                    years.add(y)
                    sources.append("开篇年份")
                    break
    return TextTime(frozenset(years), "、".join(sources))


# ---------------------------------------------------------------------------------------------
# per-document cache shared by the calendar rules
# ---------------------------------------------------------------------------------------------


def cached(ctx: "Context", key: str, compute: Callable[[], Any]) -> Any:
    """Compute ``compute()`` once per context (stored beside its cached properties)."""
    store = ctx.__dict__.setdefault("_calendar_cache", {})
    if key not in store:
        store[key] = compute()
    return store[key]


def ctx_signature_dates(ctx: "Context") -> list[DateMention]:
    """The dates of a text's first 8 and last 6 lines that are not blank (its dateline and 落款)."""

    def compute() -> list[DateMention]:
        lines = [line for line in ctx.document.text.split("\n") if line.strip()]
        return [d for line in lines[:8] + lines[-6:] for d in find_dates(line)]

    return cached(ctx, "signature_dates", compute)


def ctx_time(ctx: "Context") -> TextTime:
    return cached(ctx, "time", lambda: text_time(ctx.document.text, ctx.year, all_dates=lambda: ctx_dates(ctx)))


def ctx_bounds(ctx: "Context") -> Bounds:
    return cached(ctx, "bounds", lambda: Bounds(ctx.document.text))


def ctx_dates(ctx: "Context") -> list[DateMention]:
    return cached(ctx, "months", lambda: _scan_months(ctx.document.text))[0]


def ctx_year_months(ctx: "Context") -> list[MonthMention]:
    return cached(ctx, "months", lambda: _scan_months(ctx.document.text))[1]


def ctx_years(ctx: "Context") -> list[YearMention]:
    return cached(ctx, "years", lambda: find_years(ctx.document.text))


def ctx_plans(ctx: "Context") -> Plans:
    return cached(ctx, "plans", lambda: _knowledge_plans(ctx.knowledge))


def _knowledge_plans(knowledge: "Knowledge | None") -> Plans:
    """The plans of ``knowledge``, built once and kept with it (as the anniversary and region
    indexes are): every document of a run has the same table."""
    store = getattr(knowledge, "__dict__", None)
    if store is None:
        return Plans.from_knowledge(knowledge)
    plans = store.get("_five_year_plans")
    if plans is None:
        plans = store["_five_year_plans"] = Plans.from_knowledge(knowledge)
    return plans


# ---------------------------------------------------------------------------------------------
# the year a text speaks of (inconsistent-figure, share-mismatch, year-span-mismatch and
# anniversary-mismatch read figures and spans without a year of their own as of it)
# ---------------------------------------------------------------------------------------------

#: a year in a heading line
#: a year written with 年 (2025年): its digits
YEAR_WRITTEN = lazy_re(r"((?:19|20)\d\d)年")
#: words that look back from the year of the date on the text to the year before it
_LOOKS_BACK = lazy_re(r"过去(?:的)?一年|一年来|去年以来|上一年度")


def own_year(ctx: "Context", claims) -> int | None:
    """The year a figure without a period of its own belongs to, or None when in doubt.

    The year the text speaks of (its title, dateline, 落款 or latest full date: one year only),
    unless the text may look back on the year before it: a 工作报告, a date in the first quarter
    of that year (a report of January reviews the year before), a review heading of another year
    or a plan heading of that year or earlier (一、2024年工作回顾 / 二、2025年工作安排), or words
    that look back (过去一年) in a text not dated in the last quarter of its year (a summary
    signed 2025年12月26日 looks back on 2025 itself)."""
    time = ctx_time(ctx)
    # a year that merely opens a paragraph (2025年，全县…) is not a date on the text
    if len(time.now) != 1 or "开篇年份" in time.source:
        return None
    (year,) = time.now
    text = ctx.document.text
    head = text[:300].lstrip().split("\n", 1)[0]
    dates = ctx_signature_dates(ctx)
    if "工作报告" in head and not any(d.year == year and d.month >= 10 for d in dates):
        return None  # (a report of the year's end, 二〇二五年十二月二十六日 at a 全会, speaks of that year)
    if _LOOKS_BACK.search(text) and not any(d.year == year and d.month >= 10 for d in dates):
        return None  # (一年来 in a text dated late in its own year looks back on that year)
    if time.source == "文中最晚的完整日期":
        dates = [max((d for d in ctx_dates(ctx) if d.year == year),  # (the calendar's scan of the text, read once)
                     key=lambda d: (d.month, d.day or 0))]
    if any(d.year == year and d.month <= 3 for d in dates):
        # a text of January may review the year before: of that year when the line of its date
        # names it as what it reports on (2025年1月16日…获悉，2024年全市…), else in doubt
        year = _reviewed_year(text, year)
        if year is None:
            return None
    starts, kinds = claims._plan_heads
    for start, is_plan in zip(starts, kinds):
        line = text[start:text.find("\n", start) if "\n" in text[start:start + 61] else start + 60]
        for m in YEAR_WRITTEN.finditer(line):
            y = int(m.group(1))
            if (is_plan and y <= year) or (not is_plan and y != year):
                return None
    return year


#: a year that opens what a text reports on, after its dateline (…获悉，2024年全市…): the year at the
#: start of a clause, followed by its subject or a comma
_REPORTED_YEAR = lazy_re(r"(?:^|[，,。；：:）)])((?:19|20)\d\d)年(?:[，,]|全|我|本|[\u4e00-\u9fff]{1,6}?[市县区省州])")


def _reviewed_year(text: str, year: int) -> int | None:
    """``year - 1`` when the line of a text's date early in ``year`` (among its first 8 lines that
    are not blank: its dateline) goes on to name that year before as what it reports on, and
    names no other year after the date; else None."""
    lines = [line for line in text[:3000].split("\n") if line.strip()][:8]
    for line in lines:
        for d in find_dates(line):
            if d.year != year or d.month is None or d.month > 3:
                continue
            rest = line[d.end:]
            years = {int(m.group(1)) for m in _REPORTED_YEAR.finditer(rest)}
            if years == {year - 1} and all(int(y) == year - 1 for y in YEAR_WRITTEN.findall(rest)):
                return year - 1
    return None


def dated_own_year(ctx: "Context", from_month: int = 4) -> int | None:
    """:func:`own_year` when the text is also dated on itself in that year from ``from_month`` on
    (its dateline or 落款: 2025年12月26日), so it speaks of that year alone, not of the one before
    it; else None.  A title or ``--year`` alone leaves the year before open."""
    year = own_year(ctx, ctx.claims)
    if year is None:
        return None
    dated = any(d.year == year and d.month is not None and d.month >= from_month and d.day is not None
                for d in ctx_signature_dates(ctx))
    return year if dated else None


#: relative year words and their offset from the text's year
RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": None, "明年": 1, "去年": -1, "前年": -2, "过去一年": -1, "过去的一年": -1}


def years_before(years: Sequence[YearMention], start: int, end: int) -> list[YearMention]:
    """Year mentions with ``start <= m.start < end``."""
    return [y for y in years if start <= y.start < end]
