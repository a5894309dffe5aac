"""zero-form: 〇 in a quantity, 零 in a year, or an Arabic 0 among Chinese numerals."""

from __future__ import annotations

import re

from factlint import Edit, Fix, Rule, Severity, hookimpl

from ._numstyle import hit_positions, literal_beside, literal_first
from ._numstyle import run_start as _run_start

# 〇 (or the ring ○ typed for it) right after a place or section character: a quantity
# (三千〇五十二, 二百〇八)
_CIRCLE_IN_QUANTITY = re.compile(
    r"[零〇○一二三四五六七八九两十百千万亿]*[十百千万亿][〇○][零〇○一二三四五六七八九两十百千万亿]*"
)
# a year written digit by digit with 零 (二零二三年), alone or as the first year of a span
_YEAR_DIGITS = "零〇○一二三四五六七八九"
_LING_YEAR = re.compile(
    rf"(?<![{_YEAR_DIGITS}十百千万亿0-9])([{_YEAR_DIGITS}]{{4}})"
    rf"(?=年|\s*[—–\-－～~〜至到]\s*[{_YEAR_DIGITS}0]{{4}}年)"
)
# an Arabic 0 inside a Chinese numeral (二0一二年, 三千0五十二)
_NUMERAL_WITH_0 = re.compile(
    r"(?<![0-9.])[0零〇○一二三四五六七八九两十百千万亿]*"
    r"(?:0[零〇○一二三四五六七八九两十百千万亿]|[零〇○一二三四五六七八九两十百千万亿]0)"
    r"[0零〇○一二三四五六七八九两十百千万亿]*(?![0-9.])"
)
# a year written digit by digit with a Latin O or a full-width ０ for its zero (二O一二年)
_LETTER_O_YEAR = re.compile(
    rf"(?<![{_YEAR_DIGITS}十百千万亿0-9A-Za-z])([{_YEAR_DIGITS}OoＯ０]{{4}})(?![A-Za-z])"
    rf"(?=年|\s*[—–\-－～~〜至到]\s*[{_YEAR_DIGITS}0OoＯ０]{{4}}年)"
)
_PLACES = "十百千万亿"
_CN = "零〇○一二三四五六七八九两十百千万亿"
_LETTERS = "OoＯ０"
_CN_CLASS = "[零〇○一二三四五六七八九两十百千万亿]"
_DIGIT_CLASS = "[一二三四五六七八九〇○零]"
# cheap triggers: each pattern starts with a literal character (see literal_first)
_CIRCLE_TRIGGER = literal_first("〇○", before="[十百千万亿]")
_LING_TRIGGER = literal_first("零")
_ZERO_TRIGGER = literal_beside("0", _CN_CLASS)
_LETTER_TRIGGER = literal_beside(_LETTERS, _DIGIT_CLASS)
#: how far past its start a numeral word is read: real ones are far shorter, and a run of
#: thousands of numeral characters (一0一0…) would otherwise be read again from each trigger in
#: it, which is quadratic in its length
_MAX_WORD = 64


class ZeroForm(Rule):
    """The wrong zero: 〇 in a quantity, 零 in a year, or an Arabic 0 among Chinese numerals.

    ## What it does
    Checks the zero inside numbers written in Chinese numerals:
    - in a quantity read with places (三千零五十二, 二百零八) the zero is 零, not 〇;
    - in a year written digit by digit (二〇二三年) the zero is 〇, not 零;
    - an Arabic 0 does not belong inside a Chinese numeral (二0一二年, 二0二一—二0三五年).

    ## Why is this bad?
    GB/T 15835-2011 (4.3 and its notes) writes the zero of a year or a digit-by-digit number
    as 〇 and the zero of a quantity that has places as 零.  An Arabic 0 in a Chinese numeral is
    a typing slip that mixes two scripts in one word.

    ## Example
    全县常住人口为三千〇五十二户。
    二零二三年十二月二十八日
    编制《国土空间总体规划（二0二一—二0三五年）》。
    Use instead:
    全县常住人口为三千零五十二户。
    二〇二三年十二月二十八日
    编制《国土空间总体规划（二〇二一—二〇三五年）》。

    ## Fix safety
    The fix replaces the zero character only: 〇 → 零 in a quantity, 零 → 〇 in a year, and an
    Arabic 0 → 〇 in a digit-by-digit numeral (or → 零 after a place character).  The digits and
    their order are kept, so the value cannot change.

    ## Options
    None.

    ## References
    GB/T 15835-2011《出版物上数字用法》4.3 and 5.2.
    """

    name = "zero-form"
    severity = Severity.WARNING
    fixable = True
    family = "style"

    def check(self, ctx):
        text = ctx.text
        found: list[tuple[int, int, str, str, str]] = []  # start, end, written, fixed, why

        # each pattern is tried only where a cheap trigger (one character class) says it may
        # match, so the scan costs one C-level pass per pattern over the text
        for pos in hit_positions(text, _CIRCLE_TRIGGER):
            start = _run_start(text, pos, _CN)
            m = _CIRCLE_IN_QUANTITY.match(text, start, start + _MAX_WORD)
            if m is None or m.end() <= pos or _arabic_next_to(text, m.start(), m.end()):
                continue
            word = m.group()
            fixed = re.sub(r"(?<=[十百千万亿])[〇○]", "零", word)
            found.append((m.start(), m.end(), word, fixed, "quantity"))

        for pos in hit_positions(text, _LING_TRIGGER):
            start = _run_start(text, pos, _YEAR_DIGITS)
            m = _LING_YEAR.match(text, start, start + _MAX_WORD)
            if m is None or m.end(1) <= pos:
                continue
            word = m.group(1)
            found.append((m.start(1), m.end(1), word, word.replace("零", "〇"), "year"))

        for pos in hit_positions(text, _ZERO_TRIGGER):
            start = _run_start(text, pos, _CN + "0")
            m = _NUMERAL_WITH_0.match(text, start, start + _MAX_WORD)
            if m is None or m.end() <= pos:
                continue
            word = m.group()
            chinese = [c for c in word if c != "0"]
            if len(chinese) < 2 or not any(c in "一二三四五六七八九两" for c in chinese):
                continue
            if any(c in _PLACES for c in word):
                # in a quantity only a 0 right after a place character is a zero we can name
                fixed = re.sub(r"(?<=[十百千万亿])0", "零", word)
                if "0" in fixed:
                    fixed = ""
                why = "arabic-in-quantity"
            else:
                fixed = word.replace("0", "〇").replace("零", "〇").replace("○", "〇")
                why = "arabic-in-digits"
            found.append((m.start(), m.end(), word, fixed, why))

        for pos in hit_positions(text, _LETTER_TRIGGER):
            start = _run_start(text, pos, _YEAR_DIGITS + _LETTERS)
            m = _LETTER_O_YEAR.match(text, start, start + _MAX_WORD)
            if m is None or m.end(1) <= pos:
                continue
            word = m.group(1)
            letters = sum(c in _LETTERS for c in word)
            if not letters or letters == 4 or sum(c in "一二三四五六七八九" for c in word) < 2:
                continue
            fixed = "".join("〇" if c in _LETTERS + "零" else c for c in word)
            found.append((m.start(1), m.end(1), word, fixed, "letter-in-digits"))

        found = sorted(set(found))
        last_end = -1
        for start, end, word, fixed, why in found:
            if start < last_end:
                continue
            last_end = end
            yield self._diagnostic(ctx, start, end, word, fixed, why)

    def _diagnostic(self, ctx, start, end, word, fixed, why):
        if why == "quantity":
            message = f"“{word}”是数量，其中的零应写作“零”而不是“〇”：宜写作“{fixed}”"
        elif why == "year":
            message = f"年份“{word}”逐位书写，其中的零应写作“〇”而不是“零”：宜写作“{fixed}”"
        elif why == "letter-in-digits":
            message = f"年份“{word}”中的零误用了字母或全角数字，应写作“〇”：宜写作“{fixed}”"
        elif fixed:
            message = f"汉字数字“{word}”中夹用了阿拉伯数字0：宜写作“{fixed}”"
        else:
            message = f"汉字数字“{word}”中夹用了阿拉伯数字0，宜统一用汉字数字或阿拉伯数字"
        fix = None
        if fixed and fixed != word:
            fix = Fix(description=f"将“{word}”改为“{fixed}”", edits=_char_edits(start, word, fixed))
        evidence = {"written": word, "kind": why}
        if fixed:
            evidence["suggested"] = fixed
        return self.report(ctx, start, end, message, evidence=evidence, fix=fix)


def _char_edits(start: int, word: str, fixed: str) -> tuple[Edit, ...]:
    """One edit per changed character (the words have the same length)."""
    return tuple(Edit(start + i, start + i + 1, b) for i, (a, b) in enumerate(zip(word, fixed)) if a != b)


def _arabic_next_to(text: str, start: int, end: int) -> bool:
    before = text[start - 1:start]
    after = text[end:end + 1]
    return ("0" <= before <= "9") or ("0" <= after <= "9")


@hookimpl
def factlint_register_rules(register):
    register(ZeroForm)
