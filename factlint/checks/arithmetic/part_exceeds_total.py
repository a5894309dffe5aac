"""part-exceeds-total: the parts listed after 其中 (or one part) exceed the whole they belong to."""

from __future__ import annotations

import re
from decimal import Decimal

from factlint import Rule, Severity, hookimpl
from factlint.claims import CHANGE, RATE, SHARE

from ._intervals import (DURATIONS, Interval, bigrams, common_end, dimension_of, dimensions_cross, display_unit,
                         interval, lexicons, of_changed_measure, overlap_said, pick_whole, ratio_base, ratio_percent, show, sums_by_total, total,
                         value_sum, without_summed)


class PartExceedsTotal(Rule):
    """The parts listed after 其中 (or a single part) exceed the whole they belong to.

    ## What it does
    Reads “A，其中B、C” (and “A中，B”, “A，X、Y分别为B、C”): B and C are parts of A.  It
    fires when the parts, taken at the lowest value their written precision allows, still add
    up to more than the whole at its highest.  The whole is the nearest figure of the same unit
    before 其中; the reach of 其中 ends at the sentence's ；, or at its end when 其中 opens a list
    (其中，…；…；…).  Growth rates, shares, prices and averages after 其中 are not parts: 其中
    制造业增长7.9% may exceed the whole's 7.2%.  Approximate figures are left alone.  The clause
    right after a 其中 clause that states the whole's measure for the part counted there
    (在建项目386个，完成投资412.7亿元；其中亿元以上项目218个，完成投资436.5亿元) is a part of that
    measure too, unless a verb says it is another effect (带动社会投资).  Parts the sentence says
    overlap (部分案件同时涉及多类污染), labels a firm may carry together (高新技术企业, 专精特新) and a
    kind with a kind it holds (卫生技术人员, 执业（助理）医师) are each compared with the whole, not
    added; parts told apart along two dimensions (民办…、普惠性…) are added only within each (公办…、
    民办…).  A limit kept to between the whole and 其中 (控制在…限额以内) is no whole, unless the parts
    are limits too; a part's attribute after its count (…1185处、面积41.2万平方米) is compared with the
    whole's same attribute.

    ## Why is this bad?
    A part cannot be larger than the whole it belongs to; one of the figures is wrong (often a
    digit swapped or a unit slipped: 万 for 亿).

    ## Example
    全年累计帮助销售扶贫产品8.6亿元，其中线上销售5.3亿元、线下展销4.1亿元。
    全年猪牛羊禽肉产量8.62万吨，其中猪肉产量9.35万吨。
    Use instead:
    全年累计帮助销售扶贫产品9.4亿元，其中线上销售5.3亿元、线下展销4.1亿元。
    全年猪牛羊禽肉产量8.62万吨，其中猪肉产量5.35万吨。
    全年规模以上工业增加值比上年增长7.2%。其中，制造业增长7.9%，高技术制造业增长16.4%。

    ## Options
    None.

    ## References
    国家统计局《统计公报编写规范》: 其中 introduces parts of the preceding total.
    """

    name = "part-exceeds-total"
    severity = Severity.ERROR
    family = "arithmetic"

    def check(self, ctx):
        claims = ctx.claims
        sums = sums_by_total(claims.sum_groups)  # (indexed once: linear in the number of groups)
        for g in claims.part_groups:
            if g.marker == "其中":
                yield from self._subset_amount(ctx, g)
                yield from self._other_units(ctx, g)
            got = pick_whole(g, ctx.knowledge)
            if got is None:
                continue
            whole, parts = got
            if g.marker == "分别":
                continue  # values given respectively need not be parts of the figure before them
            if whole.unit == "个":
                # 改造老旧小区17个。其中，加装电梯的小区6个，增设停车位1150个: 个 counts anything, and
                # the 停车位 are no 小区; parts named like the whole are the ones it holds
                alike = [p for p in parts if common_end(p.measure, whole.measure) >= 1]
                if 0 < len(alike) < len(parts):
                    parts = alike
            parts = without_summed(parts, sums)
            pairs = _by_whole(parts, whole, g)
            for whole, parts in pairs:
                # (parts sorted to two or more wholes: the clauses between ；s are items, one part of
                # each whole in each, not cuts of one whole)
                found = self._exceeds(ctx, g, whole, _without_nested(parts, g), items=len(pairs) > 1)
                if found is not None:
                    yield found
                    break

    def _exceeds(self, ctx, g, whole, parts, items: bool = False):
        """The finding when ``parts`` (or a run of them: see _runs; all of them when they are
        ``items``) add up to more than ``whole``, else None."""
        if not parts or any(_DOUBLE_COUNTED.search(p.lead) for p in g.parts):
            return None  # (地表水与地下水重复计算量: an overlap that is taken away, not a part)
        if overlap_said(ctx.text, parts[0].start, parts[-1].sentence.end, ctx.knowledge):
            return None  # (…涉及大气污染的186件、涉及水污染的142件…，部分案件同时涉及多类污染)
        w = interval(whole)
        over = None
        for run in [parts] if items else _runs(ctx.text, parts, g.parts, ctx):
            if any(total(run[:k]).overlaps(w) for k in range(2, min(len(run), _MOST_ITEMS + 1))):
                continue  # (公办幼儿园5420所，民办幼儿园4430所，普惠性幼儿园8960所 of 9850所: the first make it
                # up, the rest is another cut)
            s = total(run)
            if s.lo > w.hi and not _breakdowns_of(run, w):
                over = run
                break
        if over is None:
            return None
        parts = over
        unit = display_unit(whole)
        last = parts[-1]
        if len(parts) == 1:
            msg = f"分项“{last.text}”大于其所属总数“{whole.text}”"
        else:
            shown = "＋".join(show(p.value, whole) for p in parts)
            lead = g.marker if g.marker in ("其中", "分别") else "其中"  # (…考生中， reads 其中 too)
            msg = (f"{lead}各分项{shown}之和为{show(value_sum(parts), whole)}{unit}，"
                   f"超过总数“{whole.text}”")
        return self.report(
            ctx, last.start, last.end, msg,
            evidence={"whole": show(whole.value, whole), "parts": [show(p.value, whole) for p in parts],
                      "sum": show(value_sum(parts), whole), "unit": unit},
            related=[(ctx, whole.start, whole.end)],
        )

    def _other_units(self, ctx, g):
        """Parts after 其中 in a unit other than the whole pick_whole takes (项目48个，协议总投资132.5亿元，
        其中超亿元项目51个、超10亿元项目4个: the counts are parts of 48个): each part alone cannot be
        more than the figure of its unit before 其中."""
        got = pick_whole(g, ctx.knowledge)
        taken = got[0].unit if got is not None else None
        for unit in dict.fromkeys(p.unit for p in g.summable if p.unit != taken and p.unit not in DURATIONS):
            of_unit = [w for w in g.wholes if w.unit == unit]
            if len(of_unit) != 1:
                continue  # (省市重点项目126个、县级重点项目48个: which one the parts are of is not said)
            whole = of_unit[0]
            if whole.approx or not whole.additive or whole.q.kind == "range" \
                    or whole.value is None or ratio_base(whole) or whole is g.wholes[0]:
                continue  # (the nearest figure of its unit is pick_whole's business)
            if not of_changed_measure(g, [p for p in g.summable if p.unit == unit], whole):
                continue  # (…；生活用水增长2.7%，其中城镇生活用水…: parts of the measure changed there)
            for p in g.summable:
                if p.unit != unit or p.approx or not p.additive or p.value is None \
                        or _OTHER_EFFECT.match(p.lead.lstrip("，,、 ")) or common_end(p.measure, whole.measure) < 2:
                    continue  # (带动就业5200个; a part named like its whole: 超亿元项目 of 招商引资项目)
                if interval(p).lo > interval(whole).hi:
                    yield self.report(
                        ctx, p.start, p.end, f"分项“{p.text}”大于其所属总数“{whole.text}”",
                        evidence={"whole": show(whole.value, whole), "parts": [show(p.value, whole)],
                                  "sum": show(p.value, whole), "unit": display_unit(whole)},
                        related=[(ctx, whole.start, whole.end)],
                    )
                    return

    def _subset_amount(self, ctx, g):
        """其中亿元以上项目218个，完成投资436.5亿元 after 在建项目386个，完成投资412.7亿元: the clause
        right after the 其中 clause states the same measure for the part counted there (one figure,
        no verb of another effect such as 带动); it cannot exceed that measure of the whole."""
        summable = g.summable
        if not summable:
            return
        first = summable[0]
        for p in g.parts:
            if p.start < (g.sum_end or g.reach_end) or p.sentence is not first.sentence:
                continue
            if p.clause.index != first.clause.index + 1 or p.approx or p.is_percent or not p.additive \
                    or _OTHER_EFFECT.match(p.lead.lstrip("，, ")):
                return
            m = p.measure
            whole = next((w for w in g.wholes if w.unit == p.unit), None)
            if whole is None or whole.approx or not whole.additive or len(m) < 2 or whole.measure != m \
                    or lexicons(ctx.knowledge).spans.search(p.lead):
                return  # (总投资, 累计完成投资, 开工以来: a span other than the whole's)
            if interval(p).lo > interval(whole).hi:
                yield self.report(
                    ctx, p.start, p.end, f"分项“{p.text}”大于其所属总数“{whole.text}”",
                    evidence={"whole": show(whole.value, whole), "parts": [show(p.value, whole)],
                              "sum": show(p.value, whole), "unit": display_unit(whole)},
                    related=[(ctx, whole.start, whole.end)],
                )
            return


#: the most parts a breakdown, or the first cut of a whole, is looked for among (the checks stay
#: linear in a list of thousands of items)
_MOST_ITEMS = 12
#: verbs of an effect beyond the part (带动社会投资): its figure is no share of the whole's measure
_OTHER_EFFECT = re.compile(r"带动|拉动|吸引|撬动|引导|辐射|惠及")
#: a part that has both of the others (两类设施兼备的21处): the parts are features that overlap
_BOTH = re.compile(r"兼备|兼具|兼有|同时具备|两者都|均具备")
#: a figure of what two parts count twice (重复计算量): the whole is their sum less it
_DOUBLE_COUNTED = re.compile(r"重复计算|重复统计|重复部分")


def _by_whole(parts, whole, g) -> list[tuple]:
    """(whole, parts) pairs: all parts with ``whole``, unless the parts are named like two or more
    wholes of its unit before 其中 (送审金额9.86亿元，审减1.07亿元。其中，A工程送审3.28亿元，审减0.42亿元；
    …; 总投资860亿元，年度完成投资412亿元。其中，产业项目总投资520亿元，完成投资248亿元；…): then each
    part goes with the whole whose words (measure and the words before it) share the most character
    pairs with its own, and each whole is checked with its parts."""
    wholes = [whole] + [w for w in g.wholes if w is not whole and w.unit == whole.unit and w.measure
                        and not w.approx and w.additive and w.value is not None]
    if len(wholes) < 2 or not whole.measure:
        return [(whole, parts)]
    # (the words before each figure with its measure: 完成投资248亿元 has the measure 投资)
    pairs = [bigrams(w.lead + w.measure) for w in wholes]
    assigned: dict[int, list] = {}
    for p in parts:
        own = bigrams(p.lead + p.measure)
        scores = [len(own & b) for b in pairs]
        best = max(scores)
        if best == 0 or scores.count(best) > 1:
            return [(whole, parts)]  # (a part named like none of them, or like two alike)
        assigned.setdefault(scores.index(best), []).append(p)
    if len(assigned) < 2:
        return [(whole, parts)]
    return [(wholes[i], assigned[i]) for i in sorted(assigned)]


def _without_nested(parts, g):
    """The parts without one that a rate after it shows to be part of the part before it (其中，一审
    行政案件2206件，行政机关负责人出庭应诉1987件，出庭应诉率90.1%: 1987 of the 2206), and without the
    parts right after one that add up to it (其中，一般公共预算收入3059.6亿元，税收收入2028.1亿元，非税
    收入1031.5亿元: its breakdown)."""
    out = list(parts)
    i = 0
    while i < len(out) - 2:
        whole = interval(out[i])
        for j in range(i + 3, min(len(out), i + 1 + _MOST_ITEMS) + 1):  # (a breakdown names a few kinds)
            if total(out[i + 1:j]).overlaps(whole):
                del out[i + 1:j]
                break
        i += 1
    for r in g.parts:
        if not (r.is_percent and r.role in (RATE, SHARE)) or r.unit != "%":
            continue
        before = [p for p in out if p.end <= r.start]
        if len(before) < 2:
            continue
        a, b = before[-2], before[-1]
        if b.index != r.index - 1 and not all(x.role == CHANGE for x in g.parts if b.index < x.index < r.index):
            continue
        ratio = ratio_percent(b, a)
        if ratio is not None and ratio.overlaps(Interval(r.lo, r.hi)):
            out.remove(b)
    return out


def _runs(text: str, parts, members, ctx) -> list[list]:
    """The runs of parts that are each added up against the whole.  All of them, unless they may be
    cuts of the whole that overlap: then the parts of each part of the sentence between ；s (其中，
    城镇人口…，乡村人口…；男性人口…，女性人口…: two breakdowns; 其中，私人汽车74.95万辆，增长7.1%；新能源
    汽车12.37万辆，增长38.6%: two cuts, each checked alone), or each part alone when the shares given for
    them add up to more than the whole (兼营电商服务的104个、兼营快递代收的139个，分别占68.4%和91.4%).
    Distinct members of one known partition (出口, 进口) split the whole whatever the punctuation."""
    if len(parts) < 2 or _split_by_partition(parts, ctx):
        return [parts]
    if any(_BOTH.search(p.lead) for p in members):
        return [[p] for p in parts]  # 安装智能水表的32处，…，两类设施兼备的21处: features, one overlap
    cuts = _cross_cuts(parts, ctx)
    if cuts is not None:
        # 培训残疾人3120人次，其中女性1386人次、农村残疾人2015人次: members of two partitions (男/女,
        # 城镇/乡村) cut the whole two ways (a woman may live in the country); each cut adds up alone
        return cuts
    if _nested(parts, ctx.knowledge):
        # 职工2846人，其中卫生技术人员2418人、执业（助理）医师862人: a kind and a kind it holds (the
        # lexicon parts-nested-kinds), each a part of the whole, not added up
        return [[p] for p in parts]
    dimensions = lexicons(ctx.knowledge).dimensions
    if dimensions_cross(parts, dimensions):
        # 代表312名，其中女代表126名、少数民族代表24名、中共党员代表210名: parts told apart by sex, ethnicity
        # and party overlap (the lexicon parts-attribute-dimensions); each is compared alone, but the
        # parts of one dimension split the whole (公办…、民办… beside 普惠性…: 公办 and 民办 add up)
        return _by_dimension(parts, dimensions)
    if _labels_overlap(parts, lexicons(ctx.knowledge).cross_kinds):
        # 企业1286家，其中高新技术企业423家、专精特新中小企业326家、规模以上企业612家: labels a firm may
        # carry together (the lexicon parts-overlapping-kinds), not a split of the whole
        return [[p] for p in parts]
    shares = [f for f in members if f.is_percent and f.role == SHARE and f.start > parts[-1].start]
    if len(shares) >= 2 and total(shares).lo > Decimal(100):
        return [[p] for p in parts]
    runs = [[parts[0]]]
    for a, b in zip(parts, parts[1:]):
        if "；" in text[a.end:b.start]:
            runs.append([b])
        else:
            runs[-1].append(b)
    return runs


def _by_dimension(parts, dimensions) -> list[list]:
    """The parts of each dimension together (in order), every other part alone."""
    runs: dict[str, list] = {}
    out: list[list] = []
    for p in parts:
        d = dimension_of(p, dimensions)
        if d is None:
            out.append([p])
            continue
        if d not in runs:
            runs[d] = []
            out.append(runs[d])
        runs[d].append(p)
    return out


def _nested(parts, knowledge) -> bool:
    """Two of ``parts`` name a kind and a kind it holds (the lexicon parts-nested-kinds)."""
    pairs = lexicons(knowledge).nested
    return any(any(a in p.measure for p in parts) and any(b in q.measure and a not in q.measure for q in parts)
               for a, b in pairs)


#: words of a part that make it the rest of a labelled one (其他企业, 非高新技术企业, 规模以下企业)
_COMPLEMENT = re.compile(r"其他|其余|其它|非|以下|以外|以内|未")


def _labels_overlap(parts, cross) -> bool:
    """Two or more parts told apart by different labels a firm may carry together (高新技术企业,
    专精特新, 规模以上).  A label all parts carry (规上工业企业, 规上服务业企业) or its complement (高新技术
    企业, 非高新技术企业; 规模以上…, 规模以下…) tells nothing apart: those parts split the whole."""
    sets = []
    for p in parts:
        m = p.measure
        sets.append({x.group() for x in cross.finditer(m) if m[x.start() - 1:x.start()] != "非"})
    labelled = sum(1 for labels in sets if labels)
    if labelled == 1 and len(parts) >= 2:
        # 其中，制造业企业…，高新技术企业…: one part told by a label that cuts across the others (a
        # manufacturer may be high-tech), unless the others are its complement (其他企业, 非…, 规模以下…)
        return not any(_COMPLEMENT.search(p.measure) for p, labels in zip(parts, sets) if not labels)
    if labelled < 2:
        return False
    common = set.intersection(*sets)
    told = [frozenset(labels - common) for labels in sets]
    told = [t for t in told if t]
    return len(told) >= 2 and len(set(told)) >= 2


def _cross_cuts(parts, ctx) -> list[list] | None:
    """The runs of parts, one per cut, when the parts are members of partitions of people (the
    fact table ``share-partitions``, entries with ``people = true``: 男/女, 城镇/乡村) and two of them
    are of no such partition in common: cuts of the whole along two dimensions, which overlap
    (女性…、农村…), each run the parts of one cut in a row (城镇…，乡村…；男性…，女性…).  Else None.
    (Partitions of other things may nest: 制造业 of 工业门类 is inside 第二产业, apart from 服务业.)"""
    from factlint.claims import lexicon_patterns

    lex = lexicon_patterns(ctx.knowledge)
    people = [(name, rx) for name, rx, _ in lex.partitions if name in lex.people_partitions]
    runs: list[list] = []
    kinds: list[set] = []
    cross = False
    for p in parts:
        names = {name for name, rx in people if rx.search(p.measure)}
        if runs and names and kinds[-1] and names & kinds[-1]:
            runs[-1].append(p)
            kinds[-1] &= names
            continue
        if names and any(k and not (names & k) for k in kinds):
            cross = True
        runs.append([p])
        kinds.append(names)
    return runs if cross else None


def _split_by_partition(parts, ctx) -> bool:
    """The parts are distinct members of one known partition (出口 and 进口; the three 产业): they
    split the whole whatever the sentence's punctuation (the fact table ``share-partitions``)."""
    from factlint.claims import lexicon_patterns

    for _, rx, words in lexicon_patterns(ctx.knowledge).partitions:
        seen = set()
        for p in parts:
            m = rx.search(p.measure)
            if m is None or words[m.group()] in seen:
                break
            seen.add(words[m.group()])
        else:
            return True
    return False


def _breakdowns_of(parts, w) -> bool:
    """The parts fall, in order, into two or more runs that each add up to the whole: one 其中
    gives several breakdowns of it (其中，城镇人口46.08万人，乡村人口22.34万人；男性人口34.96万人，
    女性人口33.46万人), and no run exceeds it."""
    runs, acc = 0, None
    for p in parts:
        acc = interval(p) if acc is None else acc + interval(p)
        if acc.lo > w.hi:
            return False
        if acc.hi >= w.lo:
            runs, acc = runs + 1, None
    return acc is None and runs >= 2


@hookimpl
def factlint_register_rules(register):
    register(PartExceedsTotal)
