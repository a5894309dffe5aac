"""range-notation: a range that drops %, 万 or 亿 from its first figure, or is joined by a hyphen."""

from __future__ import annotations

import re

from factlint import Edit, Fix, Rule, Severity, hookimpl

from ._numstyle import alternation, arabic, hit_positions, literal_first

_NUM = r"[0-9]+(?:\.[0-9]+)?"
_UNIT = r"%|％|‰|[万亿]+"
_RANGE = re.compile(
    rf"(?<![0-9A-Za-z.\-－—–～~〜_/#:：])({_NUM})({_UNIT})?(\s?)([～~〜—–\-－])(\s?)({_NUM})"
    rf"(?![0-9A-Za-z.\-－—–～~〜_/:：])({_UNIT})?"
)
_HYPHENS = "-－–"
# the full-width hyphen-minus the State Council reports put between two figures written in full
# (6.5%－7%): their house style, left alone.  An ASCII hyphen or en dash there is a slip.
_HOUSE_HYPHEN = "－"
# a range whose figures both carry the same unit, joined by a hyphen (800元-1000元, 3万-5万人);
# the unit is 1-4 CJK characters that are not a date or clock part (5月1日-5日 is a date span)
_UNIT_RANGE = re.compile(
    rf"({_NUM})([\u4e00-\u9fff]{{1,4}})(\s?)([-–－])(\s?)({_NUM})(?![0-9.])"
)
_TIME_UNIT = set("年月日时点分秒号期届")
_CONNECTORS = "～~〜—–-－"
# cheap triggers: a connector (a literal, found fast) between digits
_TRIGGERS = literal_first(_CONNECTORS, after=r"\s?[0-9]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# letters (and a standard's slash, spaces) just before the number: GB/T 15835-2011, ISO 9001-2015
_CODE_BEFORE = re.compile(r"[A-Za-z][A-Za-z/.]*\s?$")
# what follows a sports score rather than a range (以2-3负于)
_SCORE_AFTER = ("负", "胜", "战胜", "击败", "落败", "告负", "逆转", "平")


class RangeNotation(Rule):
    """A range drops %, 万 or 亿 from its first figure, or joins two figures with a hyphen.

    ## What it does
    Finds ranges of Arabic figures where the first figure has lost a %, 万 or 亿 that must be
    repeated (2.5～3%, 10～20万元), and ranges of figures joined with a hyphen ``-`` (3-5亿元,
    150-180万人次, 2-3个, 3.8%-4.2%, 800元-1000元).  The full-width hyphen between two figures
    written in full (6.5%－7%, as the State Council reports write their targets) is accepted.
    Hyphens that are not ranges are
    left alone: ISO dates (2024-01-15),
    telephone numbers (0871-1234567), standard numbers (GB/T 15835-2011), codes and labels
    (图1-2, 表3-1), and scores.

    ## Why is this bad?
    GB/T 15835-2011 (4.1 and its notes) asks that 万, 亿 and % be written with both figures of
    a range (9亿～16亿, 15%～30%): in “2.5～3%” the reader has to guess what 2.5 counts, and
    “3～5亿元” can be read as 3 元 to 5 亿元.  GB/T 15834-2011 (4.13) marks a range of figures with the wave
    dash “～” (a span of years or of months with “—”); the short hyphen belongs to dates, codes and telephone
    numbers.

    ## Example
    预计全年居民消费价格涨幅在2.5～3%之间。
    项目总投资3-5亿元。
    Use instead:
    预计全年居民消费价格涨幅在2.5%～3%之间。
    项目总投资3亿～5亿元。
    依据GB/T 15835-2011，于2024-01-15发布，咨询电话0871-1234567。

    ## Fix safety
    The fix writes the dropped %, 万 or 亿 after the first figure and replaces the hyphen with
    “～” (“—” between two years or two months, 1—11月).  It is offered only when the first figure is below the second,
    so that the figures, their order and their magnitude stay exactly as meant.

    ## Options
    None.  The words that make a hyphenated pair a label (图, 表, 附件 …) are the lexicon
    ``range-not-number-before`` in the rule packs.

    ## References
    GB/T 15835-2011《出版物上数字用法》4.1; GB/T 15834-2011《标点符号用法》4.13.
    """

    name = "range-notation"
    severity = Severity.WARNING
    fixable = True
    family = "style"

    def check(self, ctx):
        text = ctx.text
        labels = alternation(ctx.knowledge.lexicon("range-not-number-before"))
        for pos in hit_positions(text, _TRIGGERS):
            start = pos
            if start and text[start - 1] in " \u3000\t":
                start -= 1
            for _ in range(2):  # the first figure's own unit (5%-6%, 3亿-5亿元)
                if start and text[start - 1] in "%％‰万亿":
                    start -= 1
            if not start or not "0" <= text[start - 1] <= "9":
                d = self._unit_range(ctx, text, pos, labels)
                if d is not None:
                    yield d
                continue
            while start and (text[start - 1].isascii() and text[start - 1].isdigit() or text[start - 1] == "."):
                start -= 1
            m = _RANGE.match(text, start)
            if m is None or m.start(4) != pos:
                continue
            first, unit1, _sp1, conn, _sp2, second, unit = m.groups()
            unit1, unit = unit1 or "", unit or ""
            lo, hi = arabic(first), arabic(second)
            if lo is None or hi is None or not lo < hi:
                continue  # 8000～1.2万 is not a dropped 万; 3-1 is a label, not a range
            hyphen = conn in _HYPHENS
            if unit1 and (not hyphen or conn == _HOUSE_HYPHEN):
                # 2.5%～3%, 3亿～5亿: written right; 6.5%－7% (both figures in full, joined by a
                # full-width hyphen) is how the State Council reports write their targets
                continue
            dropped = "" if unit1 else unit
            if not hyphen and not dropped:
                continue  # 1～3个, 2021—2025年: written right
            if hyphen and not self._hyphen_is_range(text, m, first, second, unit, labels):
                continue  # a hyphen we cannot read as a range (a code, a date): leave it alone
            yield self._diagnostic(ctx, m, first, conn, second, unit, dropped, hyphen)

    def _unit_range(self, ctx, text, pos, labels):
        """800元-1000元, 3万元-5万元: both figures in full, joined by an ASCII hyphen or en dash."""
        if text[pos] == _HOUSE_HYPHEN:
            return None
        start = pos
        if start and text[start - 1] in " \u3000\t":
            start -= 1
        stop = max(0, start - 4)
        while start > stop and _CJK.match(text[start - 1]):
            start -= 1
        if start == pos or not start or not "0" <= text[start - 1] <= "9":
            return None
        while start and (text[start - 1].isascii() and text[start - 1].isdigit() or text[start - 1] == "."):
            start -= 1
        m = _UNIT_RANGE.match(text, start)
        if m is None or m.start(4) != pos:
            return None
        first, unit, second = m.group(1), m.group(2), m.group(6)
        if not text.startswith(unit, m.end()) or _TIME_UNIT & set(unit):
            return None  # the unit must repeat after the second figure (not 3元-5个, 5月1日-5日)
        lo, hi = arabic(first), arabic(second)
        if lo is None or hi is None or not lo < hi:
            return None
        if not self._hyphen_is_range(text, m, first, second, unit, labels):
            return None
        written = text[m.start():m.end() + len(unit)]
        suggestion = f"{first}{unit}～{second}{unit}"
        fix = Fix(description=f"将“{written}”改为“{suggestion}”", edits=(Edit(m.end(2), m.start(6), "～"),))
        message = f"数值范围“{written}”用短横线“{m.group(4)}”连接，宜用浪纹线“～”：“{suggestion}”"
        evidence = {"written": written, "suggested": suggestion, "low": first, "high": second, "unit": unit}
        return self.report(ctx, m.start(), m.end() + len(unit), message, evidence=evidence, fix=fix)

    @staticmethod
    def _hyphen_is_range(text, m, first, second, unit, labels) -> bool:
        start, end = m.start(), m.end()
        after = text[end:end + 1]
        if not unit and not (after and _CJK.match(after)):
            return False  # a range measures something: a unit or a counted noun follows
        for part in (first, second):
            whole = part.split(".")[0]
            if len(whole) > 1 and whole.startswith("0"):
                return False  # 0871-…, 2024-05: telephone numbers, months
            if len(whole) >= 7:
                return False  # telephone and other long numbers
        before = text[max(0, start - 12):start]
        if _CODE_BEFORE.search(before):
            return False  # GB/T 15835-2011, ISO 9001-2015, A3-5
        if labels is not None:
            for lm in labels.finditer(before):
                if lm.end() == len(before):
                    return False  # 图1-2, 表3-1
        if not unit and any(text.startswith(w, end) for w in _SCORE_AFTER):
            return False
        if "比分" in text[max(0, start - 6):start]:
            return False
        return True

    def _diagnostic(self, ctx, m, first, conn, second, unit, dropped, hyphen):
        start, end = m.start(), m.end()
        written = m.group()
        is_years = (hyphen and not unit and len(first) == 4 and len(second) == 4
                    and all(x.isdigit() and 1900 <= int(x) <= 2100 for x in (first, second)))  # (not 0.00-1000)
        # 1-11月, 7-8月份: a span of months, a time too (GB/T 15834 joins the ends of a time with —)
        is_years = is_years or (hyphen and not unit and ctx.text.startswith("月", end)
                                and all(x.isdigit() and 1 <= int(x) <= 12 for x in (first, second)))
        new_conn = ("—" if is_years else "～") if hyphen else conn
        suggestion = f"{first}{unit}{new_conn}{second}{unit}"
        # one edit: from the end of the first figure (with its own unit) to the second figure
        edit = Edit(m.end(2) if m.group(2) else m.end(1), m.start(6), f"{dropped}{new_conn}")
        fix = Fix(description=f"将“{written}”改为“{suggestion}”", edits=(edit,))
        if dropped and hyphen:
            message = (f"数值范围“{written}”用短横线连接，且前一个数省略了“{unit}”："
                       f"宜写作“{suggestion}”")
        elif dropped:
            message = f"数值范围“{written}”的前一个数省略了“{unit}”，宜写作“{suggestion}”"
        else:
            mark = "一字线“—”" if is_years else "浪纹线“～”"
            message = f"数值范围“{written}”用短横线“{conn}”连接，宜用{mark}：“{suggestion}”"
        evidence = {"written": written, "suggested": suggestion, "low": first, "high": second}
        if unit:
            evidence["unit"] = unit
        return self.report(ctx, start, end, message, evidence=evidence, fix=fix)


@hookimpl
def factlint_register_rules(register):
    register(RangeNotation)
