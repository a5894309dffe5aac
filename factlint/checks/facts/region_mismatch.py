"""region-mismatch: a place named under a province or city it does not belong to."""

from __future__ import annotations

import re

from factlint import Rule, Severity, hookimpl
from factlint.calendar import ctx_bounds, ctx_time, ctx_years

def _pref_end_res(idx):
    """Patterns for the suffix characters that end a prefecture-level name (昭通市, 凉山州,
    锡林郭勒盟, 阿里地区), one per character, narrowed by a look-behind to the characters that
    come before it in the prefecture names of the table.  Each pattern starts with its literal
    character, which ``re`` finds with a fast C search; a pattern that starts with a character
    class ([市州盟区]) is tried at every character of the text, three times slower for the four
    passes together.  (A pattern that starts with a look-behind would be slower still.)"""
    got = getattr(idx, "_pref_end_narrow", None)
    if got is None:
        pairs = {t for t in idx._pref_tails if len(t) == 2 and t[1] in "市州盟区"}
        got = tuple(
            re.compile(re.escape(end) + f"(?<=[{re.escape(''.join(sorted({t[0] for t in pairs if t[1] == end})))}].)")
            for end in sorted({t[1] for t in pairs})
        )
        idx._pref_end_narrow = got
    return got


#: after a name written without its suffix (昭通, 凉山) or a two-character name (新县), the next
#: character must end the name: punctuation, a function word, or the start of a government body
_SHORT_NEXT_OK = set("、，。；：！？）)”」 \t\n的和与及等人委政境")


#: a year after every former membership with an end year (only the current table counts)
_NO_HISTORY = 10**6


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class RegionMismatch(Rule):
    """A place is named under a province or prefecture it does not belong to.

    ## What it does
    Reads chains of administrative names written together — province + prefecture + county
    (云南省昭通市镇雄县), province + county, prefecture + county (凉山州盐源县), with full names,
    自治州 short forms (凉山州, 黔东南州) and province short forms (云南, 广西) — and checks each
    link against the national table of divisions (GB/T 2260 codes, `rules/facts/regions.tsv`).
    Only names written next to each other form a chain: 广东省 … 昭通市 across a clause is not
    one.  Names the table does not know (fictional places, development zones) are never judged,
    nor names that are also common words (新城区, 东区: the `region-generic` lexicon).  Former
    names and memberships (即墨市 in 青岛市 before 2017, 重庆 in 四川省 before 1997) count as
    right when the sentence names a year before the change or, with no year in the sentence,
    when the text speaks of such a year (or of none): 广东省三沙市 in a 2024 report is wrong.

    ## Why is this bad?
    A county put under the wrong city or province misdirects readers and, in documents on
    pairing assistance (对口帮扶), misstates who helps whom.

    ## Example
    全年组织142家企业赴四川省昭通市考察对接。
    江渚市与贵州省凉山彝族自治州开展劳务协作。
    Use instead:
    全年组织142家企业赴云南省昭通市考察对接。
    江渚市与四川省凉山彝族自治州开展劳务协作。

    ## Options
    None.  Add divisions with `[facts.regions]` entries (`code`, `name`, optional `short`),
    short forms with `[facts.region-aliases]` (`alias`, `name`).

    ## References
    GB/T 2260《中华人民共和国行政区划代码》; the data source and date are recorded in the header
    of `rules/facts/regions.tsv` and in `scripts/gen_regions.py`.
    """

    name = "region-mismatch"
    severity = Severity.ERROR
    family = "facts"

    def check(self, ctx):
        text = ctx.document.text
        if not any(c in text for c in "省市州盟区县旗"):
            return
        from ._regions import index_for

        idx = index_for(ctx.knowledge)
        covered: set[int] = set()
        # province-headed chains: 云南省昭通市镇雄县, 贵州黔东南州.  A chain needs a known name
        # right after the province, which starts with one of idx._after_heads (longest_at
        # returns None otherwise): that test here spares the call for the most (台湾, 香港 …).
        heads = idx._after_heads
        for m in idx.province_re.finditer(text):
            e = m.end()
            if text[e:e + 2] not in heads:
                continue
            found = self._province_chain(ctx, idx, text, m, covered)
            if found:
                yield found
        # prefecture-headed chains: 昭通市镇雄县, 凉山州盐源县 (the ends of the four passes in text
        # order, as one [市州盟区] pass would give them)
        ends = sorted([m.end() for rx in _pref_end_res(idx) for m in rx.finditer(text)])
        # the test prefecture_ending_at opens with (a name ends with one of the last three
        # characters of the longer names, or is one of the two-character names), made here: nine
        # in ten ends fail it, and each call would cost more than the test
        tails3, names2 = idx.prefecture_tails()
        for end in ends:
            if end in covered or (text[end - 3:end] not in tails3 and text[end - 2:end] not in names2):
                continue
            head = idx.prefecture_ending_at(text, end)
            if not head:
                continue
            name, pref, _ = head
            start = end - len(name)
            found = self._county_link(ctx, idx, text, start, name, pref, end, covered)
            if found:
                yield found

    # ---------------------------------------------------------------------------------------
    def _province_chain(self, ctx, idx, text, m, covered):
        a_name = m.group()
        provinces = [d for d in idx.full.get(a_name, []) + idx.short.get(a_name, []) if d.level == 1]
        if not provinces:
            return None
        e = m.end()
        b = idx.longest_at(text, e)
        if not b:
            return None
        b_name, b_divs, b_short = b
        b_end = e + len(b_name)
        if b_name in idx.generic or b_name in idx.province_names:
            return None
        if not self._ends_well(idx, text, b_name, b_end, b_short):
            return None
        covered.add(b_end)
        if b_short:
            b_divs = b_divs + idx.county_bare.get(b_name, [])
        if not self._within(ctx, idx, b_divs, provinces, m.start()):
            return self._report(ctx, idx, m.start(), b_end, a_name, provinces, b_name, b_divs)
        # B is right; check the county after a prefecture (云南省昭通市镇雄县)
        prefs = [d for d in b_divs if d.level == 2 and self._within(ctx, idx, [d], provinces, m.start())]
        if prefs:
            return self._county_link(ctx, idx, text, e, b_name, prefs, b_end, covered)
        return None

    def _county_link(self, ctx, idx, text, start, a_name, prefs, a_end, covered):
        c = idx.longest_at(text, a_end, counties_only=True)
        if not c:
            return None
        c_name, c_divs, _ = c
        c_end = a_end + len(c_name)
        if c_name in idx.generic or c_name in idx.province_names:
            return None
        if not self._ends_well(idx, text, c_name, c_end, False):
            return None
        covered.add(a_end)
        if self._within(ctx, idx, c_divs, prefs, start):
            return None
        return self._report(ctx, idx, start, c_end, a_name, prefs, c_name, c_divs)

    def _within(self, ctx, idx, divs, parents, pos) -> bool:
        """Does one of ``divs`` lie in one of ``parents``: now, or formerly in the year the chain
        speaks of (looked up only when the current table says no)."""
        if any(idx.within(d, parents, _NO_HISTORY) for d in divs):
            return True
        year = self._year(ctx, pos)
        return year != _NO_HISTORY and any(idx.within(d, parents, year) for d in divs)

    @staticmethod
    def _year(ctx, pos):
        """The year a chain at ``pos`` speaks of, for former memberships: the earliest year in its
        sentence, else the year the text speaks of, else None (any former membership counts)."""
        bounds = ctx_bounds(ctx)
        s, e = bounds.sentence(pos)
        years = [y.year for y in ctx_years(ctx) if s <= y.start < e]
        if years:
            return min(years)
        time = ctx_time(ctx)
        return min(time.now) if time.known else None

    @staticmethod
    def _ends_well(idx, text, name, end, short):
        nxt = text[end] if end < len(text) else "\n"
        if name.endswith("区") and nxt == "域":  # 城北区域, 江北区域
            return False
        if short or len(name) <= 2:
            if _is_cjk(nxt) and nxt not in _SHORT_NEXT_OK:
                # unless a county of the table follows (云南昭通镇雄县)
                nxt_name = idx.longest_at(text, end, counties_only=True)
                return bool(nxt_name) and len(nxt_name[0]) > 2
        return True

    def _report(self, ctx, idx, start, end, a_name, parents, b_name, b_divs):
        cur = [d for d in b_divs if d.current] or b_divs
        homes = []
        for d in cur:
            chain = []
            pref = idx.prefecture(d.code) if d.level == 3 else None
            prov = idx.province(d.code)
            if prov:
                chain.append(prov.name)
            if pref and pref.code != d.code:
                chain.append(pref.name)
            homes.append("".join(chain) or d.name)
        homes = list(dict.fromkeys(homes))
        b_full = cur[0].name
        shown = b_name if b_name == b_full else f"{b_name}（{b_full}）"
        parent_full = parents[0].name
        a_shown = a_name if a_name == parent_full else f"{a_name}（{parent_full}）"
        msg = f"{shown}属于{'或'.join(homes)}，不属于{a_shown}"
        return self.report(
            ctx, start, end, msg,
            evidence={
                "place": b_full,
                "codes": [d.code for d in cur],
                "belongs_to": homes,
                "written_under": parent_full,
                "written_under_codes": [p.code for p in parents],
            },
        )


@hookimpl
def factlint_register_rules(register):
    register(RegionMismatch)
