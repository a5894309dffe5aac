"""share-mismatch: a stated share (占比, 比重, 占…的x%) disagrees with the part and the whole."""

from __future__ import annotations

import re
from decimal import Decimal

from factlint import Rule, Severity, hookimpl
from factlint.claims import ADDITIVE_ROLES, AFTER, SHARE

from ._intervals import decimals, interval, names_agree, pick_whole, ratio_percent, show

# 占规模以上工业营业收入的比重为 / 占粮食播种面积的 / 占全省的: the whole named after 占
_NAMED_WHOLE = re.compile(r"占(?!比)([^，；。、]{1,24}?)(?:的比重|比重|的份额|的)(?:为|达到|达|是)?$")
# the part named before the share marker: 第一产业增加值占… / 第二产业增加值比重为…
_LABEL = re.compile(r"^(.*?)(?:所占|占比|占|比重|份额)")
_SUBJECTS = re.compile(r"全国|全省|全市|全县|全区|全州|本省|本市|本县|我省|我市|我县|我区|全球|世界")
# subjects that name the document's own place
_GENERIC = re.compile(r"(?:全国|全省|全市|全县|全区|全州|本省|本市|本县|我省|我市|我县|我区)(?!.*(?:全国|全省|全市|全县|全区|全州))")
_PART_ROLES = ADDITIVE_ROLES | {AFTER}
# 占规模以上工业总产值5136.7亿元的比重达48.2%: the whole is the figure inside 占…的
_WHOLE_BEFORE = re.compile(r"占(?!比)[^，；。、]{0,24}$")
_AFTER_WHOLE = re.compile(r"^的(?:比重|份额)?(?:为|达到|达|是)?$")
#: how far back (characters) a share looks for the figures it names
_LOOKBACK = 3000


class ShareMismatch(Rule):
    """A stated share disagrees with the part and the whole it relates.

    ## What it does
    Reads “A，其中B，占比x%”, “B，占A的x%”, “B占A的比重为x%” and recomputes B ÷ A.  It fires only
    when no pair of values within the precision A and B are written with gives a share that
    rounds to x% as written (318.45 ÷ 512.36 = 62.15%, so 62.2% is right).  The whole is the
    figure before 其中, or, where the share names its whole (占粮食播种面积的), the figure stated
    for that measure earlier in the document.  A share of another whole (占全省的, 占全国的) is
    left alone.

    ## Why is this bad?
    Readers check shares with a calculator; a share that does not follow from the figures next to
    it makes every figure in the sentence doubtful.

    ## Example
    全市一般公共预算支出512.36亿元，其中民生支出318.45亿元，占比65.2%。
    全县粮食播种面积46.3万亩，其中玉米播种面积21.8万亩，占粮食播种面积的52.6%。
    Use instead:
    全市一般公共预算支出512.36亿元，其中民生支出318.45亿元，占比62.2%。
    全县粮食播种面积46.3万亩，其中玉米播种面积21.8万亩，占粮食播种面积的47.1%。

    ## Options
    None.  The share markers are the lexicon ``claims-share-markers`` in the rule packs.

    ## References
    国家统计局《统计公报编写规范》 on 比重 and 构成.
    """

    name = "share-mismatch"
    severity = Severity.ERROR
    family = "arithmetic"

    def check(self, ctx):
        claims = ctx.claims
        figs = claims.figures
        carried_whole: dict[int, str] = {}
        completion = _completion(ctx.knowledge)
        overfull = _overfull_groups(claims)
        for f in figs:
            if f.role != SHARE or f.approx or f.unit not in ("%", "‰"):
                continue
            if f.plan:
                continue  # 力争…比重达到16%: a target, not the share of the figures reported
            inline = self._inline_whole(figs, f)
            if inline is not None:
                yield from self._judge(ctx, f, *inline)
                continue
            named = _NAMED_WHOLE.search(f.lead)
            whole_name = named.group(1) if named else None
            if whole_name and completion.search(whole_name):
                continue  # 占预算数的98.4%: a completion rate, not a share
            if whole_name:
                carried_whole[f.sentence.start] = whole_name
            found = None
            if whole_name:
                # the whole the share names, stated earlier under that name, comes first
                found = self._by_name(figs, f, whole_name)
            g = f.group
            if found is None and g is not None and g.marker != "分别" and id(g) not in overfull:
                got = pick_whole(g)
                if got is not None:
                    whole = got[0]
                    part = self._part_before(figs, f, whole, g.end)
                    if part is not None and part is not whole:
                        context = ctx.text[whole.clause.start:whole.end] + whole.measure
                        if whole_name and not self._same_whole(whole_name, context, whole):
                            part = None
                        if part is not None:
                            found = (part, whole)
            if found is None and whole_name is None and f.sentence.start in carried_whole and "比重" in f.lead:
                found = self._by_name(figs, f, carried_whole[f.sentence.start])
            if found is None:
                continue
            yield from self._judge(ctx, f, *found)

    def _judge(self, ctx, f, part, whole):
        per = Decimal(1000) if f.unit == "‰" else Decimal(100)
        r = ratio_percent(part, whole, per)
        if r is None or r.overlaps(interval(f)):
            return
        places = decimals(f.q) + 1
        exact = part.value / whole.value * per
        shown = show(exact, f.q, places)
        sign = "‰" if f.unit == "‰" else "%"
        msg = (f"“{part.text}”占“{whole.text}”的比重为{shown}{sign}，与所述“{f.text}”不符")
        yield self.report(
            ctx, f.start, f.end, msg,
            evidence={"expected": shown, "stated": show(f.value, f.q), "part": show(part.value, part),
                      "whole": show(whole.value, whole), "part_unit": part.q.magnitude + part.q.unit,
                      "whole_unit": whole.q.magnitude + whole.q.unit},
            related=[(ctx, part.start, part.end), (ctx, whole.start, whole.end)],
        )

    @staticmethod
    def _inline_whole(figs, f):
        """B，占A的x% with A written inside the share (占规模以上工业总产值5136.7亿元的比重达48.2%,
        占接待游客总数126.5万人次的31.5%): A is that figure and B the figure of its unit stated just
        before 占 in the sentence."""
        if not _AFTER_WHOLE.match(f.lead.strip()):
            return None
        k = f.index - 1
        if k < 1:
            return None
        whole = figs[k]
        if whole.sentence is not f.sentence or whole._cspan != f._cspan or not _WHOLE_BEFORE.search(whole.lead):
            return None
        if whole.approx or whole.non_additive or whole.q.kind == "range" or whole.is_percent:
            return None
        p = figs[k - 1]
        if p.sentence is not f.sentence or p.unit != whole.unit or p.approx or p.non_additive \
                or p.role not in _PART_ROLES or p.clause.index < f.clause.index - 1:
            return None
        return p, whole

    @staticmethod
    def _same_whole(name: str, context: str, whole) -> bool:
        """Whether the whole a share names (占X的) may be the figure before 其中."""
        subj = _SUBJECTS.findall(name)
        if subj and any(s not in context and s != whole.subject for s in subj):
            return False
        core = _SUBJECTS.sub("", name)
        if len(core) < 4 and whole.measure != core:
            return False  # 人口 could be any 人口 (60周岁及以上人口): the name must be the measure
        return names_agree(core, context)

    @staticmethod
    def _part_before(figs, f, whole, floor: int):
        k = f.index - 1
        while k >= 0 and figs[k].start >= floor:
            p = figs[k]
            if p.unit == whole.unit and p.role in _PART_ROLES and not p.non_additive:
                return None if p.approx else p
            k -= 1
        return None

    @staticmethod
    def _stated(figs, f, measure: str):
        """The latest figure before ``f`` (within a few paragraphs) that states ``measure`` for
        the same period: exact and additive."""
        k = f.index - 1
        floor = f.start - _LOOKBACK
        while k >= 0 and figs[k].start >= floor:
            g = figs[k]
            k -= 1
            if g.additive and not g.approx and g.measure == measure and g.period == f.period:
                return g
        return None

    def _by_name(self, figs, f, whole_name):
        """B，占A的x% / B占A的比重为x%: A looked up by the measure it names, B the figure just
        before (same sentence) or the measure named before 占."""
        core = _SUBJECTS.sub("", whole_name)
        if len(core) < 2 or (len(whole_name) != len(core) and not _GENERIC.match(whole_name)):
            return None  # another place's whole (占全省的) is not in this text
        whole = self._stated(figs, f, core)
        if whole is None or whole.approx:
            return None
        part = None
        k = f.index - 1
        if k >= 0 and figs[k].sentence is f.sentence and figs[k].clause.index >= f.clause.index - 1:
            p = figs[k]
            if p.unit == whole.unit and p.role in _PART_ROLES and not p.non_additive and not p.approx:
                part = p
        if part is None:
            m = _LABEL.match(f.lead.lstrip("，、；"))
            if not m:
                return None
            label = _SUBJECTS.sub("", m.group(1).strip())
            if len(label) < 2:
                return None
            part = self._stated(figs, f, label)
            if part is None or part.unit != whole.unit:
                return None
        if part is whole or part.unit != whole.unit:
            return None
        return part, whole


def _completion(knowledge):
    from factlint.claims import _alt

    words = knowledge.lexicon("claims-completion-wholes") or ("预算", "计划")
    return re.compile("(?:" + _alt(words) + ")$")


def _overfull_groups(claims) -> set[int]:
    """其中 groups whose shares add up to more than 100%: they are not shares of one whole (each
    part against its own plan or last year), so none of them is checked against the whole."""
    out = set()
    for g in claims.part_groups:
        total = sum((p.value for p in g.parts if p.role == SHARE and p.unit == "%" and p.value is not None),
                    Decimal(0))
        if total > 101:
            out.add(id(g))
    return out


@hookimpl
def factlint_register_rules(register):
    register(ShareMismatch)
