"""shares-exceed-whole: shares of the parts of one whole add up to more than 100%."""

from __future__ import annotations

import re
from decimal import Decimal

from factlint import Rule, Severity, hookimpl
from factlint.claims import RATE, SHARE, expand_ordinals, lexicon_patterns, list_items, small_number

from ._intervals import common_end, items_before, show, total, value_sum

_NAMED_WHOLE = re.compile(r"占(?!比)([^，；。、]{1,24}?)(?:的比重|比重|的份额|的)")
_LABEL = re.compile(r"^(.*?)(?:所占|占比|占|比重|份额)")
# age bands: 25岁以下 / 25至44岁 / 45岁及以上 (ages written in Arabic digits)
# and bands of floor area: 90平方米以下 / 90至120平方米 / 120平方米以上
_BAND_UNITS = r"(?:周岁|岁|平方米|㎡)"
_BAND_BELOW = re.compile(r"(\d{1,3})" + _BAND_UNITS + r"(?:及)?以下")
_BAND_SPAN = re.compile(r"(\d{1,3})" + _BAND_UNITS + r"?[至到—－\-～~](\d{1,3})" + _BAND_UNITS)
_BAND_ABOVE = re.compile(r"(\d{1,3})" + _BAND_UNITS + r"(?:及)?以上")
#: words between two age-band shares that make the second one a subset or another clause
_SUBSET = re.compile(r"其中|；|;|。|城镇|乡村|农村|男|女")
#: a:b:c after the name of a partition (三次产业结构为7.9:42.2:49.9)
_RATIO_SEP = (":", "：")
_RATIO_TEXT = re.compile(r"[:：]\d+(?:\.\d+)?[:：]\d")
#: words that say the shares of a sentence make up one whole (从消费结构看, 收入构成; 从学历结构看 names
#: the dimension, as 从学历看 does)
_COMPOSITION = re.compile(r"结构|构成|(?:从[^，。；]{0,6}(?:目的|规模|学历(?:要求)?|年龄段?|性别|来源|客源|用途|渠道|区域|地域|户籍|城乡|层次|方式|登记注册类型)(?:结构|构成)?看)"
                          r"|(?:按[^，。；]{0,6}(?:目的|规模|学历|年龄段?|性别|来源|客源|用途|渠道|区域|户籍|城乡|层次|方式|登记注册类型)分)")
#: kinds that cut across the others (民间投资 is also 工业投资; 高新技术企业 are also 国有 or 外资; bands
#: of 10万元以上 hold those of 50万元以上, so two bands open on one side; 网上零售额 is also 商品零售额),
#: and answers of a survey (受访…认为), which one respondent may give several of.  One band open
#: upwards and one downwards (大专及以上…初中及以下) are the two ends of one split.
_OVERLAPPING = re.compile(r"民间|民营|国有|外商|外资|港澳台|高新|规模以上|规上|重点|新兴|数字|其中|以上[^。]*以上|以下[^。]*以下"
                          r"|超过|不足|低于|高于|民生|网上|线上|受访|认为|表示|满意|选择|愿意")
#: ownership groups of the statistical bulletins, which overlap (a 股份制 firm may be 国有控股)
_OWNERSHIP = re.compile(r"国有控股|股份制|股份合作|外商|港澳台|私营|民营|集体")
#: the same for the kinds of a 分别 list, whose names are longer (国有资源有偿使用收入 is one kind
#: of 非税收入): only kinds that cut across any split (民生, 网上, 高新技术, 重点) and answers of a survey
_OVERLAPPING_KINDS = re.compile(r"民生(?![活产])|网上|线上|高新技术|专精特新|重点|受访|认为|表示|满意|选择|愿意")


#: a band open on one side (35岁以下, 本科及以上)
_BANDS = re.compile(r"以上|以下")
#: the share a kind contributes to the whole (PM2.5来源的贡献率, 对增长的贡献份额)
_CONTRIBUTION = re.compile(r"贡献率|贡献份额|贡献度")
#: the last kind of a list that takes in the rest of the whole (其他, 其余)
_REST = re.compile(r"其他|其余")
#: a kind that makes up most of what the label names (以散货为主, 主要是重箱): its share is of that
_MAINLY = re.compile(r"为主|主要是|主要为")
#: words ending a list before its 分别 that name a group inside each item (…毕业生的女生比例, …毕业生中
#: 女生): its shares are each of its item's own whole (not …三种渠道的销售量占比, each item's share)
_OF_EACH = re.compile(r"(?:的|(?<=[生人户员者])中)(?:女|男)[\u4e00-\u9fff]{0,3}(?:比例|比重|占比)?$")
#: shares each of its own whole (分别占其林地面积的, 各自): not parts of one
_OF_ITS_OWN = re.compile(r"占其|为其|各自")
#: a sentence that says its shares overlap or add up to more than 100% (兼具多重身份, 可多选)
_SAYS_OVERLAP = re.compile(r"兼具|多重身份|重复计算|可多选|多选题|多项选择|之和(?:超过|大于|高于)100|不重复|交叉|同时属于|同时为|重叠")
#: a share said of a sum of parts (两类合计占比, 三者之和占): no part of its own
_SUBTOTAL = re.compile(r"合计|共计|总计|之和|加起来|合起来")
#: 从经营主体看，/ 分行业看，opening a sentence: it names the dimension, not a kind
_SEEN_FROM = re.compile(r"^(?:从|分|按)[^，。；]{1,8}(?:看|分)，")


def _respective_labels(shares) -> dict[int, str]:
    """其中男生、女生分别占53.6%和47.1%: the items named before 分别 in the first share's lead, for
    the run of shares it opens (by id), when they are as many as the shares of the run."""
    out: dict[int, str] = {}
    i = 0
    while i < len(shares):
        lead = shares[i].lead
        k = lead.find("分别")
        if k <= 0:
            i += 1
            continue
        j = i + 1
        while j < len(shares) and len(shares[j].lead.strip()) <= 1:
            j += 1
        head = lead[:k]
        head = head[max(head.rfind("其中") + 2 if "其中" in head else 0, head.rfind("，") + 1):]
        items = expand_ordinals(list_items(head))  # (第一、二、三产业分别占: 第一产业, 第二产业, 第三产业)
        if len(items) == j - i:
            for f, item in zip(shares[i:j], items):
                out[id(f)] = item
        i = j
    return out


#: a whole named as the sum of the kinds it lists, with their count (批发、零售、住宿、餐饮四个行业;
#: trades of the national classification do not overlap, 两类产业 and 三大产业 may)
_COUNTED_KINDS = re.compile(r"([\u4e00-\u9fff、]{3,40}?)([两二三四五六七八九十])(?:个|大)?(?:行业|门类)")


def _counted_whole(head: str, n: int) -> bool:
    """The sentence names its whole as its ``n`` kinds listed with their count before the
    shares (限额以上批发、零售、住宿、餐饮四个行业实现销售额…，其中批发业、零售业…分别占…)."""
    for m in _COUNTED_KINDS.finditer(head):
        if small_number(m.group(2)) == n and m.group(1).count("、") == n - 1:
            return True
    return False


def _two_wholes(text: str, figs, shares) -> bool:
    """Shares in parts of a sentence between ；s that may be of two wholes: two parts open with 其中
    (…客运量…，其中公路占78.5%；…周转量…，其中铁路占…), or the amounts given with the shares are of
    different measures (县本级…收入15.2亿元，占…；乡镇…支出12.1亿元，占…)."""
    a, b = shares[0].start, shares[-1].start
    if "；" not in text[a:b]:
        return False
    start = shares[0].sentence.start
    segments = text[start:shares[-1].end].split("；")
    if sum("其中" in seg for seg in segments) >= 2:
        return True
    measures = []
    for f in shares:
        seg_start = text.rfind("；", start, f.start) + 1 or start
        amount = next((g for g in reversed(figs[:f.index]) if g.start >= seg_start and not g.is_percent), None)
        if amount is not None:
            measures.append(amount.measure)
    return any(common_end(measures[0], m) < 2 for m in measures[1:])


#: after a member's word in a share's label: 中 ends a whole named by it (外币贷款中, 人民币存款中)
_OF_MEMBER = re.compile(r"[^，。；、]{0,6}中[，,]?")


def _cross_cells(name: str, labels: list[str], partitions, people: set) -> bool:
    """Shares whose labels also name members of another partition are cells of a cross-table, not
    parts of one whole: 城镇居民工资性收入占60.2%，农村居民经营净收入占35.4% (each of its group's own
    income: the other partition's members differ), or 城镇居民工资性收入占…60.2%，农村居民工资性收入占比
    45.1% (judged as 城镇/乡村: a partition of people, the shares inside each group's whole).  Not
    城镇居民工资性收入占…，城镇居民经营净收入占… (one group's whole, split by kind)."""
    own = next((rx for n, rx, _ in partitions if n == name), None)
    if own is not None:
        # (the words of the label's own member left out: 省内市外 of 就医地 holds 省内 of 客源地)
        labels = [own.sub("\u3000", lab, count=1) for lab in labels]
    for other, rx, words in partitions:
        if other == name:
            continue
        found = [words[m.group()] for lab in labels if (m := rx.search(lab))]
        if len(found) < 2:
            continue
        if len(set(found)) > 1 or name in people:
            return True
    return False


def _clash_known(labelled, partitions) -> bool:
    """Whether two or more shares of the sentence name categories of one known partition (the
    partition reading judges them, and found them within 100%)."""
    return any(len({words[m.group()] for _, label in labelled if (m := rx.search(label))}) >= 2
               for _, rx, words in partitions)


#: a clause that lists the kinds a whole is split by, right before 分别: 按粮、油、果、蔬划分，
_BY_KINDS = re.compile(r"按((?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}?)(?:划分|分类|分)[，,]\s*$")

#: words that say a sentence splits one whole into kinds: 从货类结构看, 收入构成, 按经营地分,
#: 分行业看, 非税收入中，
_STRUCTURE = re.compile(r"结构|构成|按[^，。；]{1,8}分|分[^，。；]{1,6}看|从[^，。；]{0,6}(?:方式|渠道|来源|类型|规模)看|[^其集]中[，,：:]")


class SharesExceedWhole(Rule):
    """Shares of one whole add up to more than 100%.

    ## What it does
    Collects the shares stated in one sentence for categories that split one whole without
    overlap — 三次产业, 税收/非税收入, 城镇/乡村, 男/女, 市内/省内/省外, age groups (the fact table
    ``share-partitions`` in the rule packs) — and adds them up.  It fires when even the lowest
    values the written precision allows add up to more than 100% (7.9% + 40.4% + 51.8% = 100.1%
    is rounding, and right).  Categories that may overlap (国有控股, 股份制, 外商投资企业) are not
    in the table and are never added, unless the sentence says its list splits one whole
    (从货类结构看，A、B、C分别占…; 非税收入中，A、B、C分别占…; 从出行目的看, 从学历要求看, 从房源类型看
    and other dimensions whose kinds do not overlap) and no item holds another, none cuts across
    the others (高新技术, 重点, two ownership groups) and the text does not say they overlap.  Age bands given respectively that do not overlap
    (25岁以下、25至44岁、45岁及以上), or one sentence whose every share names such a band
    (0—15岁人口占17.2%，16—59岁人口占64.5%，60岁及以上人口占21.9%), are a partition whatever their
    whole, and a structure written as
    a ratio of percentages after a partition's name (三次产业结构为7.9:42.2:51.8) may not add up to
    more than 100.  The contributions given respectively for every kind listed, the last taking
    in the rest (移动源、工业源…和其他源的贡献率分别为…), are shares of one whole too.

    ## Why is this bad?
    Parts of one whole cannot be more than the whole; one of the shares is wrong.

    ## Example
    全年一般公共预算收入168.52亿元，其中税收收入占72.4%，非税收入占31.8%。
    从客源结构看，市内游客占38.6%，省内其他城市游客占45.2%，省外游客占21.7%。
    Use instead:
    全年一般公共预算收入168.52亿元，其中税收收入占72.4%，非税收入占27.6%。
    第一产业增加值占地区生产总值的比重为7.9%，第二产业增加值比重为40.4%，第三产业增加值比重为51.8%。

    ## Options
    None.  Partitions are the fact table ``share-partitions`` in the rule packs; add your own.

    ## References
    国家统计局《统计公报编写规范》 on 构成 and 比重.
    """

    name = "shares-exceed-whole"
    severity = Severity.ERROR
    family = "arithmetic"

    def check(self, ctx):
        claims = ctx.claims
        partitions = lexicon_patterns(ctx.knowledge).partitions
        yield from self._age_bands(ctx, claims)
        yield from self._structure_lists(ctx, claims, partitions)
        yield from self._sentences(ctx, claims, partitions)

    def _sentences(self, ctx, claims, partitions):
        if not partitions:
            return
        yield from self._ratios(ctx, claims, partitions)
        by_sentence: dict[int, list] = {}
        for f in claims.figures:
            if f.role == SHARE and f.unit == "%":
                by_sentence.setdefault(f.sentence.start, []).append(f)
        for shares in by_sentence.values():
            if len(shares) < 2:
                continue
            labelled = []
            wholes = set()
            respective = _respective_labels(shares)
            for f in shares:
                if _SUBTOTAL.search(f.lead) and not _REST.search(f.lead):
                    continue  # 消费品和农产品两类合计占比达到65.1%: a sum of shares already given, no part
                    # (其余各项…合计 is the rest, a part)
                label = respective.get(id(f))
                if label is None and f.group is not None and f.group.marker == "分别":
                    vals = [x for x in f.group.parts if x.role == SHARE]
                    if len(vals) == len(f.group.items) and f in vals:
                        label = f.group.items[vals.index(f)]
                if label is None:
                    m = _LABEL.match(f.lead.lstrip("，、；"))
                    label = m.group(1) if m else ""
                    if not label and f.lead.lstrip("，、；").startswith("占"):
                        # 民营企业进出口612.4亿元，增长12.3%，占…56.4%: the share's part of the sentence
                        # (from the ； before it) names its kind
                        text = ctx.text
                        a = max(text.rfind("；", f.sentence.start, f.start) + 1, f.sentence.start)
                        label = _SEEN_FROM.sub("", text[a:f.start])
                w = _NAMED_WHOLE.search(f.lead)
                wholes.add(w.group(1) if w else None)
                labelled.append((f, label))
            named = {w for w in wholes if w}
            if len(named) > 1:
                continue  # shares of different wholes
            band_report = self._band_sentence(ctx, labelled)
            if band_report is not None:
                yield band_report
                continue
            own = self._own_clauses(ctx, labelled)
            rest_report = self._rest_sentence(ctx, *own) if own else None
            if rest_report is not None:
                yield rest_report
                continue
            reported = False
            for name, rx, words in partitions:
                members: dict[int, object] = {}
                clash = False
                for f, label in labelled:
                    m = rx.search(label)
                    if not m:
                        continue
                    if _MAINLY.search(label, m.end()):
                        clash = True  # 进港货物以散货为主，占72.6%: a share of a kind inside the member
                        break
                    if _OF_MEMBER.match(label, m.end()):
                        clash = True  # 外币贷款中美元贷款占…: a share of the member's own whole
                        break
                    i = words[m.group()]
                    if i in members:
                        clash = True
                        break
                    members[i] = f
                if clash or len(members) < 2:
                    continue
                got = sorted(members.values(), key=lambda x: x.start)
                if any(f.approx for f in got) or _two_wholes(ctx.text, claims.figures, got):
                    continue
                if _cross_cells(name, [lab for f, lab in labelled if f in got], partitions,
                                lexicon_patterns(ctx.knowledge).people_partitions):
                    continue
                found = self._over_100(ctx, got, f"同一总体（{name}）各部分", name)
                if found is None:
                    continue
                yield found
                reported = True
                break
            if not reported and own and not _clash_known(labelled, partitions):
                found = self._structure_sentence(ctx, own[0])
                if found is not None:
                    yield found

    def _over_100(self, ctx, shares, head: str, partition: str):
        """The finding that ``shares`` of one whole add up to more than 100% beyond what their
        written precision allows, or None; ``head`` names the whole in the message."""
        if total(shares).lo <= Decimal(100):
            return None
        sent = shares[0].sentence
        if _SAYS_OVERLAP.search(ctx.text, sent.start, sent.end):
            return None  # 由于部分对象兼具多重身份，上述比重之和超过100%: the text says why
        if _OF_ITS_OWN.search(ctx.text, sent.start, shares[0].start):
            return None  # 国有林地、集体林地的乔木林面积分别占其林地面积的…: each of its own whole
        last = shares[-1]
        shown = [show(f.value, f.q) for f in shares]
        summed = show(value_sum(shares), last.q)
        msg = f"{head}占比{'＋'.join(x + '%' for x in shown)}合计{summed}%，超过100%"
        return self.report(ctx, last.start, last.end, msg,
                           evidence={"sum": summed, "shares": shown, "partition": partition},
                           related=[(ctx, f.start, f.end) for f in shares[:-1]])


    def _age_bands(self, ctx, claims):
        """Shares given respectively for age bands that do not overlap (25岁以下、25至44岁、45岁及
        以上游客分别占…): subsets of one whole whatever the whole is."""
        seen = set()
        for g in claims.part_groups:
            if g.marker != "分别" or id(g) in seen or len(g.items) < 2:
                continue
            seen.add(id(g))
            shares = [p for p in g.parts if p.role == SHARE and p.unit == "%"]
            if len(shares) != len(g.items) or any(p.approx for p in shares):
                continue
            bands = [_band(x) for x in g.items]
            if any(b is None for b in bands):
                continue
            order = sorted(bands)
            if any(b[0] < a[1] for a, b in zip(order, order[1:])):
                continue  # overlapping bands (60岁及以上, 65岁及以上)
            kind = _band_kind(g.items)
            found = self._over_100(ctx, shares, f"同一总体（{kind}：{'、'.join(x.strip() for x in g.items)}）各部分",
                                   kind)
            if found is not None:
                yield found

    def _structure_lists(self, ctx, claims, partitions):
        """Categories of one whole listed and given shares respectively, in a sentence that says it
        splits that whole (从货类结构看，金属矿石、煤炭…分别占全港货物吞吐量的…; 非税收入中，专项收入、
        行政事业性收费收入…分别占…): the categories of a structure do not overlap.  A list whose
        items hold one another (工业、规模以上工业) is left alone."""
        seen = set()
        text = ctx.text
        for g in claims.part_groups:
            if g.marker != "分别" or id(g) in seen:
                continue
            named = g.items
            if len(named) < 2 and g.parts:
                # 按粮、油、果、蔬划分，分别占…: the kinds listed in the 按…分 clause before 分别, with
                # shares of no whole named (not 分别占全省产量的…: each of its own whole)
                m = _BY_KINDS.search(text, g.parts[0].sentence.start, g.start)
                named = m.group(1).split("、") if m and not _NAMED_WHOLE.search(g.parts[0].lead) else []
            if len(named) < 2:
                continue
            seen.add(id(g))
            shares = [p for p in g.parts if p.role == SHARE and p.unit == "%"]
            if not shares and _REST.search(named[-1]) and _CONTRIBUTION.search(text, max(0, g.start - 8), g.start):
                # 移动源、工业源…和其他源的贡献率分别为…: the contributions of all the kinds, the last
                # taking in the rest, are the shares of the whole they make up
                shares = [p for p in g.parts if p.role == RATE and p.unit == "%"]
            if any(p.approx for p in shares) or len(shares) < 2:
                continue
            items = [x.strip() for x in named]
            resplit = len(shares) != len(items)  # (the sentence reading labels by the items as read)
            if resplit:
                # 金属矿石、煤炭、石油及制品、集装箱货物分别占…: 及 inside an item; the items split
                # at 、 alone, when they are as many as the shares
                sent = shares[0].sentence
                items = items_before(text, sent.start, g.start)
                head = text[sent.start:g.start]
                head = head[max(head.rfind("，"), head.rfind("："), head.rfind("；")) + 1:]
                if len(items) != len(shares) and _REST.search(items[-1]):
                    # 水稻、小麦、玉米和大豆及其他杂粮分别占…: 和 joins items, 及 stays inside the
                    # last, which takes in the rest (a list without a rest may be of kinds that overlap)
                    items = [x.strip() for x in re.split("、|和", head)]
                if len(items) != len(shares) or not all(items):
                    continue
            if any(_band(x) is not None for x in items):
                continue  # (age bands: _age_bands)
            if any(a != b and a in b for a in items for b in items):
                continue
            if sum("以上" in x for x in items) >= 2 or sum("以下" in x for x in items) >= 2:
                continue  # (初中及以上、高中及以上、大专及以上: bands that hold one another)
            if _OF_EACH.search(items[-1]):
                continue  # (研究生、本科、专科毕业生的女生比例分别为…, …毕业生中女生分别占: each of its own whole)
            if sum(1 for x in items if _OWNERSHIP.search(x)) >= 2:
                continue  # 国有控股企业和股份制企业…分别占: ownership groups of the statistics overlap
            if not resplit and _clash_known([(None, x) for x in items], partitions) \
                    and any(all(rx.search(x) for x in items) for _, rx, _ in partitions):
                continue  # (categories of a known partition, all of them: the sentence reading below,
                # unless the items had to be split again here: 生活用品及服务 read as two, which
                # that reading then cannot pair with the shares)
            sent = shares[0].sentence
            head = text[sent.start:g.start]
            if _OVERLAPPING_KINDS.search(text, sent.start, shares[-1].end):
                continue  # kinds that may overlap, or answers of a survey
            if not _STRUCTURE.search(head) and not _REST.search(items[-1]) and not _counted_whole(head, len(items)):
                continue  # (a list that ends with 其他 takes in the whole: 文化和其他类提案)
            wholes = {w.group(1) for f in shares if (w := _NAMED_WHOLE.search(f.lead))}
            if len(wholes) > 1:
                continue
            shown = [items[0].removeprefix("其中").lstrip("，,：: ")] + items[1:]
            found = self._over_100(ctx, shares, f"同一总体的各类（{'、'.join(shown)}）", "结构")
            if found is not None:
                yield found

    def _band_sentence(self, ctx, labelled):
        """按年龄分，0—15岁人口占17.2%，16—59岁人口占64.5%，60岁及以上人口占21.9%: every share of
        the sentence names an age band, the bands do not overlap (not given with 分别, which
        ``_age_bands`` reads)."""
        if len(labelled) < 2 or any(f.group is not None and f.group.marker == "分别" for f, _ in labelled):
            return None
        text = ctx.text
        segments, prev = [], labelled[0][0].sentence.start
        for f, _ in sorted(labelled, key=lambda x: x[0].start):
            segments.append(text[prev:f.start])  # the words since the share before (the band is a figure of its own)
            prev = f.end
        labelled = [(f, seg) for (f, _), seg in zip(sorted(labelled, key=lambda x: x[0].start), segments)]
        # a subset (其中65岁及以上…) or another clause between two shares ends the run of bands:
        # the shares before it are the partition
        cut = next((i for i, seg in enumerate(segments) if i and (len(seg) > 24 or _SUBSET.search(seg))), None)
        if cut is not None:
            labelled = labelled[:cut]
            if len(labelled) < 2:
                return None
        bands = [_band(label) for _, label in labelled]
        if any(b is None for b in bands) or any(f.approx for f, _ in labelled):
            return None
        order = sorted(bands)
        if any(b[0] < a[1] for a, b in zip(order, order[1:])):
            return None  # overlapping bands (60岁及以上, 65岁及以上), or the same band twice
        names = "、".join(_band_text(label) for _, label in labelled)
        kind = _band_kind([label for _, label in labelled])
        return self._over_100(ctx, [f for f, _ in labelled], f"同一总体（{kind}：{names}）各部分", kind)

    @staticmethod
    def _own_clauses(ctx, labelled):
        """(shares, the text between them) when two or more shares of the sentence are each stated
        with 占 in a clause of its own (茶叶占…，水果占…), none given respectively; else None."""
        if len(labelled) < 2:
            return None
        if any(f.approx or (f.group is not None and f.group.marker == "分别") for f, _ in labelled):
            return None
        text = ctx.text
        shares = sorted((f for f, _ in labelled), key=lambda x: x.start)
        segments = [text[a.end:b.start] for a, b in zip(shares, shares[1:])]
        for seg in segments:
            if len(seg) > 24 or _SUBSET.search(seg) or not seg.startswith(("，", ",")) or "占" not in seg:
                return None  # a subset (其中…), another clause, or a share not of its own clause
        return shares, segments

    def _rest_sentence(self, ctx, shares, segments):
        """茶叶占…的42.6%，水果占31.8%，中药材占19.5%，其他品类占12.4%: shares in clauses of their own
        (see _own_clauses), the last for the rest (其他, 其余; the lexicon ``shares-rest-words``; two
        will do, a share and the rest): the categories split one whole by construction."""
        rest = tuple(ctx.knowledge.lexicon("shares-rest-words") or ())
        last = segments[-1].lstrip("，,")
        if not rest or not last.startswith(rest):
            return None
        return self._over_100(ctx, shares, f"同一总体的各部分（末项为“{last.split('占')[0]}”）", "其他")

    def _structure_sentence(self, ctx, shares):
        """从消费结构看，商品消费占58.7%，服务消费占45.1%: shares in clauses of their own (see
        _own_clauses) in a sentence that says they make up one whole (结构, 构成, or 从…看 by a
        dimension whose kinds do not overlap: 从出行目的看, 从学历要求看, 从养殖规模看), with no kind that
        cuts across the others (not 分经济类型看, whose types may overlap)."""
        text = ctx.text
        start = shares[0].sentence.start
        said = _COMPOSITION.search(text, start, shares[0].start)
        # (the whole the shares name is no kind: 占规模以上工业企业营业收入的 names the whole, and
        # 规模以上 there cuts across nothing)
        seg = text[start:shares[-1].start]
        k = seg.find("中，")
        if 0 <= k < shares[0].start - start:
            seg = seg[k + 2:]  # (15岁及以上常住人口中，…: the whole's own words cut across nothing)
        levels = _levels(ctx, shares)
        if levels is not None and not _levels_apart(levels):
            return None  # (研究生…，本科及以上…: a band holds another share's level)
        # (毕业生中，研究生占…，本科生占…，专科生占…: levels of one ordered dimension, each another one,
        # name the dimension themselves)
        by_levels = not said and levels is not None and len(levels) >= 3
        if not (said or by_levels) or _OVERLAPPING.search(_NAMED_WHOLE.sub("占", seg)):
            return None
        said_of = _NAMED_WHOLE.sub("占", seg)  # (占规模以上工业企业营业收入的: the whole's 以上 is no band)
        if levels is None and (said_of.count("以上") > 0) != (said_of.count("以下") > 0):
            return None  # (本科及以上…，研究生…: a band open on one side only may hold the others)
        if said and not said.group().startswith(("从", "按")) and _BANDS.search(text, start, shares[-1].start):
            # (从人才结构看，35岁以下…，本科及以上学历…: under 结构 alone, bands may cut across each
            # other; only a dimension named by 从…看 makes 及以上 and 及以下 its two ends)
            return None
        if by_levels:
            how = "按学历层次"
        else:
            how = said.group() if said.group().startswith(("从", "按")) else "按结构列出"  # (从学历要求看)
        return self._over_100(ctx, shares, f"同一总体的各部分（{how}）", "结构")

    def _ratios(self, ctx, claims, partitions):
        """三次产业结构为7.9:42.2:51.8: a ratio of the parts of a partition written as percentages
        (its terms add up to about 100) that adds up to more than 100."""
        text = ctx.text
        if not _has_ratio(text):
            return
        names = [name for name, _, _ in partitions if len(name) >= 3 and name in text]
        if not names:
            return
        figs = claims.figures
        i = 0
        while i < len(figs):
            f = figs[i]
            run = [f]
            j = i
            while j + 1 < len(figs) and figs[j].trail[:1] in _RATIO_SEP and figs[j].trail.strip() in _RATIO_SEP \
                    and figs[j + 1].start == figs[j].end + 1 and not figs[j + 1].unit:
                j += 1
                run.append(figs[j])
            i = j + 1
            if len(run) < 3 or f.unit or any(x.approx or "." not in x.text for x in run):
                continue
            head = text[f.sentence.start:f.start]
            name = next((n for n in names if n in head), None)
            if name is None:
                continue
            s = total(run)
            if not (Decimal(90) <= s.lo and s.hi <= Decimal(110)) or s.lo <= Decimal(100):
                continue  # not percentages, or within rounding of 100
            shown = [show(x.value, x.q) for x in run]
            last = run[-1]
            msg = f"{name}比例{':'.join(shown)}各项合计{show(value_sum(run), last.q)}，超过100"
            yield self.report(ctx, run[0].start, last.end, msg,
                              evidence={"sum": show(value_sum(run), last.q), "shares": shown, "partition": name},
                              related=[])


def _levels(ctx, shares) -> list[tuple[int, str]] | None:
    """(rank, "以上" / "以下" / "") of each share, when every share's label names one level of an
    ordered dimension (the lexicon ``shares-ordered-levels``: 研究生, 本科, 专科及以下), else None."""
    names = _level_names(ctx.knowledge)
    if not names:
        return None
    text = ctx.text
    found = []
    for f in shares:
        label = text[f.clause.start:f.start]
        rank = next((r for name, r in names if name in label), None)
        if rank is None:
            return None
        found.append((rank, "以上" if "以上" in label else "以下" if "以下" in label else ""))
    return found


def _level_names(knowledge) -> tuple[tuple[str, int], ...]:
    """(name, rank) of every level of ``shares-ordered-levels``, the longest names first (kept with
    the knowledge, as the other compiled lexicons are)."""
    store = knowledge.__dict__
    got = store.get("_factlint_level_names")
    if got is None:
        levels = knowledge.lexicon("shares-ordered-levels")
        got = store["_factlint_level_names"] = tuple(sorted(
            ((name, rank) for rank, entry in enumerate(levels) for name in entry.split("|") if name),
            key=lambda x: -len(x[0])))
    return got


def _levels_apart(found: list[tuple[int, str]]) -> bool:
    """Whether the levels of :func:`_levels` are each a different one and no band open on one side
    (专科及以下, 本科及以上) holds another share's level: the shares then split one whole."""
    ranks = [r for r, _ in found]
    if len(set(ranks)) < len(ranks):
        return False  # (the same level twice, or 研究生 with 博士: one may hold the other)
    for rank, side in found:
        if side == "以下" and any(r > rank for r in ranks):
            return False  # (专科及以下…，高中…: 高中 is in the band)
        if side == "以上" and any(r < rank for r in ranks):
            return False  # (本科及以上…，研究生…)
    return True


def _has_ratio(text: str) -> bool:
    """Whether ``text`` holds a ratio (7.9:42.2:49.9): ``_RATIO_TEXT.search`` tried only at the
    colons, found by str.find (a regex search for a pattern that opens with a character class
    tries every position of the text; most texts have a few colons, if any)."""
    for sep in _RATIO_SEP:
        i = text.find(sep)
        while i != -1:
            if _RATIO_TEXT.match(text, i):
                return True
            i = text.find(sep, i + 1)
    return False


def _band_text(label: str) -> str:
    """The age band as written in ``label`` (0—15岁, 60岁及以上)."""
    for rx in (_BAND_SPAN, _BAND_BELOW, _BAND_ABOVE):
        m = rx.search(label)
        if m:
            return m.group()
    return label


def _band_kind(labels) -> str:
    """What the bands split by: 面积段 (平方米) or 年龄组."""
    return "面积段" if any("平方米" in x or "㎡" in x for x in labels) else "年龄组"


def _band(label: str):
    """(low, high) of an age band (years) or a band of floor area (平方米) named in ``label``, or None."""
    m = _BAND_SPAN.search(label)
    if m:
        return (int(m.group(1)), int(m.group(2)))
    m = _BAND_BELOW.search(label)
    if m:
        return (0, int(m.group(1)))
    m = _BAND_ABOVE.search(label)
    if m:
        return (int(m.group(1)), 10 ** 6)
    return None


@hookimpl
def factlint_register_rules(register):
    register(SharesExceedWhole)
