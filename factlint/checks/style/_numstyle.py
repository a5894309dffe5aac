"""Shared pieces of the GB/T 15835 number-style rules (private: not a plugin).

Each rule scans the text with a few compiled patterns; these helpers read Chinese numerals
exactly (``Decimal``), turn lexicons into cached alternations, and write Decimals back as
plain Arabic figures.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

#: Chinese digit characters (both zero forms, the ring ○ often typed for 〇, 两 for 2)
CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
#: place characters inside a section (below 万)
CN_PLACES = {"十": 10, "百": 100, "千": 1000}
#: section characters
CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

DIGIT_CHARS = "".join(CN_DIGITS)
PLACE_CHARS = "十百千"
BIG_CHARS = "万亿萬億"
NUMERAL_CHARS = DIGIT_CHARS + PLACE_CHARS + BIG_CHARS
NONZERO_DIGIT_CHARS = "一二两三四五六七八九"
ZERO_CHARS = "零〇○"


def parse_chinese_integer(text: str) -> int | None:
    """The value of a Chinese integer numeral (二百三十六, 一千零八, 二十七亿四千万, 十五).

    Digit-by-digit strings (二〇二四) are read digit by digit.  Returns None for anything that
    is not a well-formed numeral (a place with no digit after a digit, 万万, ...)."""
    if not text:
        return None
    if not text.strip(DIGIT_CHARS):  # (every character a digit)
        if len(text) == 1:
            return CN_DIGITS[text]
        return int("".join(str(CN_DIGITS[c]) for c in text))
    total = 0  # completed big sections
    section = 0  # value of the current section below 万
    digit: int | None = None
    unit = 0  # the place or section character just read (for 两千五 = 2500)
    last_big: int | None = None
    last_place = 10**4
    for ch in text:
        if ch in CN_DIGITS:
            if digit is not None and CN_DIGITS[ch] != 0 and digit != 0:
                return None  # two digits in a row (三四百): an approximation, not one number
            digit = CN_DIGITS[ch]
            if digit == 0:
                unit = 0
        elif ch in CN_PLACES:
            place = CN_PLACES[ch]
            if digit is None and (place != 10 or section):
                return None  # 百千万 (a name), 三百十: a place needs its digit (十五 is fine)
            if section and place >= last_place:
                return None  # places go down within a section
            section += (1 if digit is None else digit) * place
            digit, unit, last_place = None, place, place
        elif ch in CN_BIG:
            big = CN_BIG[ch]
            section += digit or 0
            digit, unit = None, big
            if last_big is None or big > last_big:
                if section == 0 and total == 0:
                    return None
                total = (total + section) * big  # 三万五千亿: the whole so far times 亿
            elif big < last_big and section:
                total += section * big  # 二亿三千万
            else:
                return None
            section, last_place = 0, 10**4
            last_big = big
        else:
            return None
    if digit is not None and unit >= 10:
        digit *= unit // 10  # 两千五 = 2500, 三万五 = 35000 (colloquial)
    return total + section + (digit or 0)


@lru_cache(maxsize=4096)  # (a pure function of a short numeral; a Decimal is immutable)
def parse_chinese_number(text: str) -> Decimal | None:
    """Like :func:`parse_chinese_integer`, with a decimal part (三十六点五, 二点三万)."""
    if "点" not in text:
        v = parse_chinese_integer(text)
        return None if v is None else Decimal(v)
    head, _, tail = text.partition("点")
    big = ""
    while tail and tail[-1] in CN_BIG:
        big = tail[-1] + big
        tail = tail[:-1]
    if not tail or any(c not in CN_DIGITS for c in tail):
        return None
    whole = parse_chinese_integer(head) if head else 0
    if whole is None:
        return None
    value = Decimal(f"{whole}.{''.join(str(CN_DIGITS[c]) for c in tail)}")
    for c in big:
        value *= CN_BIG[c]
    return value


@lru_cache(maxsize=4096)  # (equal values, however written, have the same digits)
def significant_digits(value: Decimal) -> int:
    """How many significant digits a value has once trailing zeros are dropped (2360 -> 3)."""
    digits = format(abs(value).normalize(), "f").replace(".", "").strip("0")
    return len(digits)


def plain(value: Decimal) -> str:
    """A Decimal as written in Arabic figures, without exponent or trailing zeros (1500, 2.5)."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


def arabic(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


@lru_cache(maxsize=64)
def alternation(words: tuple[str, ...]) -> "re.Pattern[str] | None":
    """One compiled pattern matching any of ``words``, longest first (None for no words)."""
    if not words:
        return None
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in ordered))


def phrase_spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the words of a lexicon occur in ``text`` (non-overlapping, in order)."""
    pattern = alternation(words)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)]


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    from bisect import bisect_right

    i = bisect_right(spans, (start, 10**18))
    for j in (i - 1, i):
        if 0 <= j < len(spans):
            s, e = spans[j]
            if s < end and start < e:
                return True
    return False


class PhraseIndex:
    """Answers :func:`overlaps` for the spans :func:`phrase_spans` gives, reading the text only
    around the places asked about (one alternation over a whole text costs more than all the
    questions a rule asks of it).

    A scan of the alternation from a place ``s`` whose preceding character is in no word finds,
    from ``s`` on, exactly the spans of the whole-text scan: no span of that scan covers that
    character, so it too looks for its next span at ``s`` or before, and a span starting before
    ``s`` ends before it.  Such a place is looked for at most ``reach`` characters back; past
    that, the whole text is scanned once (as before)."""

    __slots__ = ("text", "words", "pattern", "chars", "longest", "reach", "spans")

    def __init__(self, text: str, words: tuple[str, ...], reach: int = 64):
        self.text = text
        self.words = words
        self.pattern = alternation(words)
        self.chars = _word_chars(words)
        self.longest = max((len(w) for w in words), default=0)
        self.reach = reach
        self.spans: list[tuple[int, int]] | None = None  # the whole-text spans, once needed

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span of ``phrase_spans(text, words)`` overlap ``text[start:end]``?"""
        if self.pattern is None:
            return False
        if self.spans is not None:
            return overlaps(self.spans, start, end)
        text, chars = self.text, self.chars
        s, stop = start, max(0, start - self.reach)
        while s > stop and text[s - 1] in chars:
            s -= 1
        if s > 0 and text[s - 1] in chars:  # no safe place near: scan the whole text once
            self.spans = phrase_spans(text, self.words)
            return overlaps(self.spans, start, end)
        # a span that starts before ``end`` ends before ``end + longest``: no shorter alternative
        # can match in the bounded scan where the whole-text scan matched a longer one
        for m in self.pattern.finditer(text, s, end + self.longest):
            if m.start() >= end:
                break
            if m.end() > start:
                return True
        return False


@lru_cache(maxsize=64)
def _word_chars(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset("".join(words))


def literal_first(chars: str, before: str = "", after: str = "") -> list["re.Pattern[str]"]:
    """One pattern per character of ``chars`` that starts with that character, so that ``re``
    finds it with its fast substring search (a pattern that starts with a class of CJK
    characters is scanned character by character, ten times slower), and checks the neighbours
    with lookarounds: ``before`` (a fixed-width pattern) must precede it, ``after`` follow it."""
    patterns = []
    for c in chars:
        e = re.escape(c)
        p = e + (f"(?={after})" if after else "") + (f"(?<={before}{e})" if before else "")
        patterns.append(re.compile(p))
    return patterns


def literal_beside(chars: str, beside: str) -> list["re.Pattern[str]"]:
    """Like :func:`literal_first`, for a character with ``beside`` (one character class) right
    before it or right after it: the hits of ``literal_first(chars, before=beside)`` and of
    ``literal_first(chars, after=beside)`` in one scan per character instead of two."""
    patterns = []
    for c in chars:
        e = re.escape(c)
        patterns.append(re.compile(f"{e}(?:(?<={beside}{e})|(?={beside}))"))
    return patterns


def hit_positions(text: str, patterns) -> list[int]:
    """The sorted start offsets of every match of ``patterns`` in ``text``."""
    out: list[int] = []
    for p in patterns:
        out.extend(m.start() for m in p.finditer(text))
    out.sort()
    return out


def run_start(text: str, pos: int, chars: str, limit: int = 24) -> int:
    """Where the run of ``chars`` that holds ``pos`` begins (looking back at most ``limit``)."""
    stop = max(0, pos - limit)
    while pos > stop and text[pos - 1] in chars:
        pos -= 1
    return pos
