"""mixed-numeral: Arabic digits mixed with 十/百/千, or Arabic and Chinese digits in one number."""

from __future__ import annotations

import re

from factlint import Edit, Fix, Rule, Severity, hookimpl
from factlint.numerals import PERCENTILE_WORDS

from ._numstyle import CN_PLACES, alternation, arabic, hit_positions, literal_beside, literal_first, plain

_CN = "零〇○一二三四五六七八九两十百千万亿"
# a place or a Chinese digit right after an Arabic digit, or an Arabic digit after a place or
# a section character (1百0八, 五万3000): where a mixed number may be
_TRIGGERS = (
    literal_beside("十百千", "[0-9]")
    + literal_first("万亿", before="[零〇○一二三四五六七八九两十百千]", after="[0-9]")
)
# one whole number as written, both scripts
_TOKEN = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?|[零〇○一二三四五六七八九两十百千万亿])+")
_SIMPLE = re.compile(r"([0-9]+(?:\.[0-9]+)?)([十百千])([万亿]*)")
_TRAILING_CN_AFTER_BIG = re.compile(r"(?<=[万亿])[一二三四五六七八九两]+$")


class MixedNumeral(Rule):
    """A number mixes Arabic digits with 十/百/千, or Arabic with Chinese digits.

    ## What it does
    Finds numbers written partly in Arabic digits and partly in Chinese numerals: an Arabic
    figure followed by 十, 百 or 千 used as a magnitude (3千亩, 2千万元, 5百强), and numbers whose
    digits switch script (1百0八, 二十3个, 五万3000人).  Only 万 and 亿 may follow Arabic digits.
    千 at the start of a unit (千米, 千克, 千瓦, 千瓦时, 千伏, 千公顷) is not a magnitude.

    ## Why is this bad?
    GB/T 15835-2011 (5.1.2) lets 万 and 亿 serve as units after Arabic figures to keep large
    numbers readable, but not 十, 百 or 千: “3千亩” is neither Arabic nor Chinese style and reads
    as a typing shortcut.  A number that switches script midway is easy to misread.

    ## Example
    今年新建高标准农田3千亩。
    安排创业担保贷款2千万元。
    Use instead:
    今年新建高标准农田3000亩。
    安排创业担保贷款2000万元。
    新建35千伏变电站2座，新增装机500千瓦。

    ## Fix safety
    The fix rewrites only a single Arabic figure followed by one of 十/百/千 (and optionally
    万/亿): 3千亩 → 3000亩, 2千万元 → 2000万元, 1.5千 → 1500.  The value is multiplied exactly, so
    the meaning cannot change.  Numbers that switch script several times (1万6千, 1百0八) are
    reported without a fix, because an editor should choose between 16000 and 1.6万.

    ## Options
    None.  The units that begin with 千 are the lexicon ``qian-units`` in the rule packs.

    ## References
    GB/T 15835-2011《出版物上数字用法》5.1.2.
    """

    name = "mixed-numeral"
    severity = Severity.WARNING
    fixable = True
    family = "style"

    def check(self, ctx):
        text = ctx.text
        units = alternation(ctx.knowledge.lexicon("qian-units"))
        seen_end = -1
        for pos in hit_positions(text, _TRIGGERS):
            if pos < seen_end:
                continue
            token = _token_around(text, pos)
            if token is None:
                continue
            start, end = token
            seen_end = end
            # 千 that begins a unit (35千伏, 500千瓦时) ends the number before it
            if units is not None:
                for i in range(start, end):
                    if text[i] == "千" and units.match(text, i):
                        end = i
                        break
            if text[end - 1] in "百千" and text.startswith(PERCENTILE_WORDS, end - 1):
                end -= 1  # 第90百分位: 百分位 is a word (the 90th percentile), not 90百
            word = text[start:end]
            trail = _TRAILING_CN_AFTER_BIG.search(word)  # 10万一线: 一 starts the next word
            if trail:
                end -= len(trail.group())
                word = text[start:end]
            if not word or not _is_mixed(word):
                continue
            yield self._diagnostic(ctx, start, end, word)

    def _diagnostic(self, ctx, start: int, end: int, word: str):
        text = ctx.text
        fix = None
        suggestion = None
        m = _SIMPLE.fullmatch(word)
        after = text[end:end + 1]
        if m and not (after.isdigit() or after in ("点", ".")):
            value = arabic(m.group(1))
            if value is not None:
                scaled = value * CN_PLACES[m.group(2)]
                suggestion = plain(scaled) + m.group(3)
                fix = Fix(
                    description=f"将“{word}”改为“{suggestion}”",
                    edits=(Edit(start, end, suggestion),),
                )
        if suggestion:
            message = f"数字“{word}”混用阿拉伯数字和“{m.group(2)}”，宜写作“{suggestion}”（阿拉伯数字后只可用“万”“亿”）"
        else:
            message = f"数字“{word}”混用阿拉伯数字和汉字数字，宜统一用阿拉伯数字（只有“万”“亿”可与阿拉伯数字连用）"
        evidence = {"written": word}
        if suggestion:
            evidence["suggested"] = suggestion
            evidence["value"] = plain(arabic(m.group(1)) * CN_PLACES[m.group(2)])
        return self.report(ctx, start, end, message, evidence=evidence, fix=fix)


def _token_around(text: str, pos: int) -> tuple[int, int] | None:
    """The whole number (both scripts) that contains ``pos``."""
    left = pos
    lo = max(0, pos - 40)
    while left > lo and (text[left - 1] in _CN or text[left - 1].isascii() and text[left - 1].isdigit()
                         or (text[left - 1] == "." and left - 2 >= 0 and text[left - 2].isdigit())):
        left -= 1
    m = _TOKEN.match(text, left)
    while m is not None and m.end() <= pos:  # a stray '.' or similar split the run
        m = _TOKEN.search(text, m.end())
    if m is None or m.start() > pos:
        return None
    start, end = m.span()
    # a Chinese digit or 万/亿 right before Arabic digits belongs to the word before the number
    # (统一3千亩, 两市3千 …): the number starts after it
    while start < pos and (text[start] in "万亿" or text[start] in "零〇○一二三四五六七八九两"
                           and "0" <= text[start + 1] <= "9"):
        start += 1
    return start, end


def _is_mixed(word: str) -> bool:
    has_arabic = any("0" <= c <= "9" for c in word)
    if not has_arabic:
        return False
    arabic_digits = {c for c in word if "0" <= c <= "9"}
    chinese_digits = [c for c in word if c in "零〇○一二三四五六七八九两"]
    if arabic_digits == {"0"}:
        return False  # 二0一二, 三千0五十: zero-form's case
    # a place character after an Arabic digit (3千), an Arabic digit after a place character
    # (1百0八), or Chinese digits and Arabic digits in one number (五万3000)
    if re.search(r"[0-9][十百千]|[十百千][0-9]", word):
        return True
    if chinese_digits and re.search(r"[一二三四五六七八九两十百千][万亿][0-9]", word):
        return True
    return False


@hookimpl
def factlint_register_rules(register):
    register(MixedNumeral)
