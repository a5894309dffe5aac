"""prefer-arabic-numerals: a counted or measured statistic written in Chinese numerals."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from factlint import Rule, Severity, hookimpl

from ._numstyle import (PhraseIndex, alternation, hit_positions, literal_first, parse_chinese_number, plain,
                        run_start, significant_digits)

_CN_NUMERAL = re.compile(r"[零〇○一二三四五六七八九两十百千万亿萬億]+(?:点[零〇○一二三四五六七八九]+[万亿萬億]*)?")
_HAS_PLACE = re.compile(r"[十百千万亿萬億点]")
_NUMERAL_CHARS = "零〇○一二三四五六七八九两十百千万亿萬億"
_DIGIT = "[一二三四五六七八九两零〇○]"
# where a numeral with places may be (cheap literal-first triggers, see literal_first): a digit
# before 百/千/万/亿 or around 十, a Chinese decimal point, 百分之
_TRIGGERS = (
    literal_first("百千万亿萬億", before=_DIGIT)
    # 十 after a digit or before one: one scan for both (the run start of either is the same)
    + [re.compile(f"十(?:(?<={_DIGIT}十)|(?=[一二三四五六七八九]))")]
    + literal_first("点", before="[零〇○一二三四五六七八九两十百千万亿萬億]", after="[零〇○一二三四五六七八九]")
)
# 百分之/千分之: one scan for the literal 分之, looking back for 百/千; a match ends where the
# numeral after it starts
_PERCENT_TRIGGER = re.compile("分之(?<=[百千]分之)")
# (written as one digit, then more: re looks for a pattern that opens with a single class by
# testing each character against it, twice as fast as trying a match at every position, which it
# does for one that opens with a repeat; the matches are those of [0-9０-９]+...)
_ARABIC = re.compile(r"[0-9０-９][0-9０-９]*(?:[.．][0-9０-９]+)?")
# a digit and a percent sign: one literal-first scan per sign (a digit is never a sign, so these
# matches never overlap and are counted one for one as a scan of [0-9０-９][%％‰] would)
_ARABIC_PERCENT = literal_first("%％‰", before="[0-9０-９]")
_CN_PERCENT_PREFIX = ("百分之", "千分之")
# characters before a numeral that make it an ordinal, a weekday or a Chinese approximation
_NOT_BEFORE = set("第初周上数几逾")
#: punctuation that ends a clause right after a numeral and its counter (卫生室十二个，)
_CLAUSE_END = frozenset("，。；,;、！？")
#: words before a clause-closing count that make it no statistic of what was done (这十二个, 每十二个)
_NOT_BEFORE_POSTPOSED = frozenset("第初周上数几逾这那每各前后头其共计为是届")
_APPROX_AFTER = ("多", "余", "来", "几", "左右", "上下", "以上", "以下", "开外", "出头")


class _Candidate(NamedTuple):  # (a tuple is built several times faster than a frozen dataclass)
    start: int
    end: int  # end of the numeral
    stop: int  # end of the numeral with its counter
    word: str
    counter: str
    value: Decimal
    percent: bool
    closes: bool = False  # the numeral and its counter end the clause after the noun (卫生室十二个。)


class PreferArabicNumerals(Rule):
    """A counted or measured statistic is written in Chinese numerals where Arabic is asked for.

    ## What it does
    Finds statistics written in Chinese numerals that GB/T 15835 asks to write in Arabic figures:
    a numeral of a hundred or more with at least two significant digits followed by a measure
    word or unit (发生事故二百三十六起, 一千二百六十八处, 二十七亿四千万元), a smaller one with two
    significant digits before a counter of incidents, units or people (培训二十六期, 十八起; the
    lexicon ``statistic-counters-small``) or closing its clause after the thing counted
    (新建村级卫生室十二个。; the lexicon ``statistic-counters-postposed``), a Chinese decimal (三点五亿元) and a percentage
    written out (百分之三十六点五).

    It leaves alone what the standard lets stay Chinese: round numbers and small numbers in
    running prose (一个, 两市, 三百人), approximations (八九个, 十几人, 三四百, 二百多起, 上千),
    structural counts (十二个方面, 十二项举措), 成 expressions (两成), ordinals (第十九届), set
    phrases and names (四个全面, 十万八千里,
    “十四五”, 二十大; the lexicon ``numeral-set-phrases``), dates written in Chinese numerals (a
    公文 落款 such as 二〇二四年一月十五日), and documents whose house style writes statistics in
    Chinese numerals: when a document writes most of its statistics (or most of its
    percentages) in Chinese numerals, as the State Council reports before 1990 do, the rule
    stays quiet for that kind.

    ## Why is this bad?
    GB/T 15835-2011 (4.1) asks for Arabic figures wherever a number counts or measures: they are
    shorter, easier to compare and to check, and a document that mixes 236起 with 二百三十六期 is
    inconsistent (the standard's principle of writing figures of one kind in one form).

    ## Example
    全年组织培训二百三十六期。
    整治安全隐患一千二百六十八处。
    Use instead:
    全年组织培训236期。
    整治安全隐患1268处。
    一方面要稳增长，另一方面要防风险，确保两市三项任务落实。
    全县有八九个乡镇、十几个村受灾，受灾面积约占两成。

    ## Options
    - ``house_style_ratio`` (default 0.5): the rule stays quiet on statistics of one kind (counts
      and amounts, or percentages) when the Chinese-numeral statistics of that kind are at least
      this share of the Arabic ones (and there are at least ``house_style_min`` of them); and on
      the whole document when most of its statistics are in Chinese numerals.
    - ``house_style_min`` (default 4).

    ## References
    GB/T 15835-2011《出版物上数字用法》4.1, 4.2.
    """

    name = "prefer-arabic-numerals"
    severity = Severity.WARNING
    fixable = False
    family = "style"
    default_options = {"house_style_ratio": 0.5, "house_style_min": 4}

    def check(self, ctx):
        text = ctx.text
        knowledge = ctx.knowledge
        counters = alternation(knowledge.lexicon("statistic-counters"))
        if counters is None:
            return
        found = list(_found(text, counters))
        if not found:
            return
        small = knowledge.words("statistic-counters-small")
        postposed = knowledge.words("statistic-counters-postposed")
        legal = knowledge.lexicon("statistic-legal-words")
        # (条 after the thing counted, in a clause about a law, counts its articles: 共七章六十二条)
        flagged = [c for c in found if _is_statistic(c, small, postposed)
                   and not (c.counter == "条" and c.value < 100 and "条" not in small and c.closes
                            and _about_a_legal_text(text, c.start, legal))
                   # (卷 in a clause that names a work counts its volumes: 《资治通鉴》全书二百九十四卷)
                   and not (c.counter == "卷" and _about_a_legal_text(text, c.start, ("》",)))]
        if not flagged:
            return  # (most documents: no set phrase needs to be looked for)
        # the candidates are the numerals found outside a set phrase; the phrases are looked for
        # at the flagged ones first, the others only when one of these is left
        phrases = PhraseIndex(text, knowledge.lexicon("numeral-set-phrases"))
        inside = {c.start for c in flagged if phrases.overlaps(c.start, c.stop)}
        flagged = [c for c in flagged if c.start not in inside]
        if not flagged:
            return
        checked = {c.start for c in flagged}
        candidates = [c for c in found if c.start in checked
                      or c.start not in inside and not phrases.overlaps(c.start, c.stop)]
        quiet = self._house_style(text, counters, candidates)
        for c in flagged:
            if quiet["percent" if c.percent else "count"]:
                continue
            arabic_form = plain(c.value)
            if c.percent:
                written = text[c.start - 3:c.end]
                suggestion = f"{arabic_form}{'%' if written.startswith('百') else '‰'}"
                start = c.start - 3
            else:
                written = text[c.start:c.stop]
                suggestion = _arabic_with_magnitude(c.word, c.value) + c.counter
                start = c.start
            yield self.report(
                ctx, start, c.stop,
                f"统计数字“{written}”宜用阿拉伯数字书写：“{suggestion}”",
                evidence={"written": written, "value": c.value, "suggested": suggestion},
            )

    def _house_style(self, text: str, counters, candidates: list[_Candidate]) -> dict[str, bool]:
        ratio = float(self.options.get("house_style_ratio", 0.5))
        minimum = int(self.options.get("house_style_min", 4))
        chinese = {"count": 0, "percent": 0}
        for c in candidates:
            chinese["percent" if c.percent else "count"] += 1
        arabic = {"count": 0, "percent": 0}
        total_cn = chinese["count"] + chinese["percent"]
        if total_cn >= minimum:
            arabic["percent"] = sum(len(p.findall(text)) for p in _ARABIC_PERCENT)
            # The Arabic count only decides the two tests below, and both can only turn false
            # as it grows: once both are false, counting on changes no answer, so stop there
            # (a modern report has thousands of Arabic figures; the first dozens decide).
            beyond_total = total_cn - arabic["percent"]  # count > this: not most are Chinese
            cn_count = chinese["count"]
            count_kind = cn_count >= minimum
            n = 0
            size = len(text)
            for m in _ARABIC.finditer(text):
                end = m.end()
                while end < size and text[end] in "万亿萬億":
                    end += 1
                if end > m.end() or counters.match(text, end):
                    n += 1
                    if n > beyond_total and not (count_kind and cn_count >= ratio * n):
                        break
            arabic["count"] = n
        total_ar = arabic["count"] + arabic["percent"]
        overall = total_cn >= minimum and total_cn >= total_ar  # most statistics are Chinese
        return {k: overall or (chinese[k] >= minimum and chinese[k] >= ratio * arabic[k]) for k in chinese}


def _candidates(text: str, counters, phrase_words: tuple[str, ...]):
    """Chinese numerals used as statistics: followed by a measure word, or a percentage (those
    of :func:`_found` outside a set phrase)."""
    phrases = PhraseIndex(text, phrase_words)
    return [c for c in _found(text, counters) if not phrases.overlaps(c.start, c.stop)]


def _found(text: str, counters):
    """The numerals of :func:`_candidates`, set phrases not yet left out (whether a numeral is in
    one changes nothing else: the scan goes on after it all the same)."""
    # the places of the triggers, ascending; a numeral starts at the start of the run of numeral
    # characters that holds one (run_start never decreases as the place grows, and 百分之's
    # numeral starts right after 之, where run_start stays), so the numerals are met in order and
    # a trigger inside the numeral just read is passed over without looking back for its run
    places = hit_positions(text, _TRIGGERS)
    places.extend(m.end() for m in _PERCENT_TRIGGER.finditer(text))
    places.sort()
    last_end = -1
    last_begin = -1
    for p in places:
        if p < last_end:
            continue
        begin = run_start(text, p, _NUMERAL_CHARS)
        if begin < last_end or begin == last_begin:
            continue
        last_begin = begin
        m = _CN_NUMERAL.match(text, begin)
        if m is None:
            continue
        last_end = m.end()
        word = m.group()
        if not _HAS_PLACE.search(word):
            continue  # single digits and years written digit by digit (二〇二四)
        start, end = m.span()
        # a leading 万/亿 belongs to the word before (千万 as an adverb is caught by its value)
        if word[0] in "万亿萬億":
            continue
        percent = start >= 3 and text[start - 1] == "之" and text[start - 3:start] in _CN_PERCENT_PREFIX
        counter = ""
        stop = end
        if not percent:
            cm = counters.match(text, end)
            if cm is None:
                continue
            counter = cm.group()
            stop = cm.end()
            prev = text[start - 1] if start else ""
            if prev in _NOT_BEFORE or text[max(0, start - 2):start] in ("星期", "礼拜"):
                continue
            if text.startswith(_APPROX_AFTER, stop):
                continue
        if text.startswith(_APPROX_AFTER, end):
            continue
        value = parse_chinese_number(word)
        if value is None or value == 0:
            continue  # 三四百, 一二十: approximations, not one number
        closes = (bool(counter) and stop < len(text) and text[stop] in _CLAUSE_END and start > 0
                  and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _NOT_BEFORE_POSTPOSED)
        yield _Candidate(start, end, stop, word, counter, value, percent, closes)


def _about_a_legal_text(text: str, start: int, words) -> bool:
    """The clause before ``start`` (up to 40 characters back) holds one of ``words`` (the lexicon
    ``statistic-legal-words``): it speaks of a law or regulation (《…条例》共七章六十二条; not
    按照《…行动方案》，全年新建改建农村公路十五条)."""
    a = max(0, start - 40)
    for c in "。！？；，\n":
        a = max(a, text.rfind(c, a, start) + 1)
    return any(text.find(w, a, start) != -1 for w in words)


def _is_statistic(c: _Candidate, small_counters: frozenset[str] = frozenset(),
                  postposed: frozenset[str] = frozenset()) -> bool:
    if "点" in c.word:
        return True  # a decimal is always a measurement
    digits = significant_digits(c.value)
    if digits < 2:
        return False  # round numbers (三百人, 一千万元, 二十名) read well in Chinese
    if c.percent or c.value >= 100:
        return True
    # 11-99: a statistic only with a counter of incidents, units or people (二十六期, 十八起),
    # not a structural count (十二个方面, 十二项举措, 二十四小时)
    # 新建村级卫生室十二个。: after its noun, closing the clause, the number counts what was done
    return c.value > 10 and (c.counter in small_counters or (c.closes and c.counter in postposed))


def _arabic_with_magnitude(word: str, value: Decimal) -> str:
    """236 for 二百三十六; 27.4亿 for 二十七亿四千万 (keeping the written 亿/万 magnitude)."""
    for big, scale in (("亿", Decimal(10) ** 8), ("億", Decimal(10) ** 8), ("万", Decimal(10) ** 4), ("萬", Decimal(10) ** 4)):
        if big in word and value >= scale:
            return plain(value / scale) + ("亿" if big in "亿億" else "万")
    return plain(value)


@hookimpl
def factlint_register_rules(register):
    register(PreferArabicNumerals)
