"""total-mismatch: the items listed before a total (合计/共计/总计/共/两项合计) do not add up to it."""

from __future__ import annotations

import re

from factlint import Rule, Severity, hookimpl

from factlint.claims import COUNT, LEVEL, PART, TOTAL, list_items, small_number
from factlint.diagnostics import format_decimal
from factlint.tables import cell_quantity, ctx_tables, head_name_unit, is_total_label, measured_figures

from ._intervals import (Interval, common_end, dimensions_cross, display_unit, interval, items_before, lexicons,
                         overlap_said, pick_whole, ratio_base, scale, show, total, value_sum)


class TotalMismatch(Rule):
    """Stated parts do not add up to the stated total.

    ## What it does
    Finds a total stated after the items it adds up — “…、…、…，合计/共计/总计/共…”, “两项合计”,
    “三项合计” — and adds the items up.  It fires when no reading of the figures within the
    precision they are written with makes the sum equal the total.  Items are the figures of the
    same unit before the total in the same sentence, back to the previous total or 其中; growth
    rates, shares, averages and approximate figures (约, 多, 近) are never added.  When the text
    says how many items there are (两项合计), the last that many are added.  A list that ends with
    等 may be incomplete, so only a sum above the total is reported there.  In a Markdown table
    whose last row is labelled 合计/总计 (lexicon ``table-total-labels``), each column of addable
    figures (not rates, shares, changes or averages: lexicon ``table-non-additive-heads``) must
    add up to that row; 其中 rows (| 其中：公立医院 | under | 医院 |) detail the row above and are
    not added (a 合计 that equals the sum with them is left alone too), nor is a column with a
    note in brackets beside a figure (| 16（由各分站晋级） |).  A total that names two or
    more rows of a table and the column's name (雾溪镇和青峰乡两地茶园面积合计11.8万亩) is the sum of
    those cells.  Parts after 其中 whose last is the rest (其他, 其余) take in the whole and must add
    up to it, and a total that names its two items (住宿和餐饮业合计) adds the figure of each.
    A sentence opening with 按…分 / 分…看 / 从…看 whose amounts name every member of one known
    partition (fact table ``share-partitions``: 按消费类型分，商品零售…；餐饮收入…) adds up to the
    one figure of their unit stated in the sentence before it, and so do the values given
    respectively for every member of such a partition right after the whole, with or without 其中
    (快递业务量完成48.62亿件；同城、异地、国际及港澳台快递业务量分别完成…), unless another kind follows
    (其他…) or the partition does not make up that measure (``partial_for``); parts after 其中 or
    …中， named by every member of such a partition (…社会消费品零售总额中，城镇…；乡村…) make up their
    whole too.  A total that opens
    its sentence with a count (。四个主要税种合计) adds up the figures of the sentence before when they
    are exactly as many and are not changes, budgets or another year's values.  累计 and 总额 add up
    values given respectively (…分别投入A、B和C，累计投入D).  A total may also be split after it:
    values given respectively for the items named with it (工业和服务业项目投资总额D，分别为A和B),
    for as many items as a count word says (三县…，布拖县、美姑县、昭觉县分别为…), for items the last
    of which takes in the rest (…共42家，5A级、4A级、3A级及以下分别为…), or after a colon
    (总计D：国内游客A、入境游客B; not with 其中, 主要, 等).  A total that says it sums every kind
    listed (各级各类学校合计, 累计建成各类道路), a count and noun before the marker (三大作物总计,
    三类项目总计完成投资 after items that end in 完成投资), and A，与B合计C are read too; so are
    the 合计 rows of Word tables; a kind named before the marker (收入总计) holds only items of
    that kind, unless 加上 says they are added (收入A，加上…调入资金…、上年结转…，收入总计X, a budget's
    balance).  A whole that says how many kinds it holds (基本养老、失业、工伤
    三项社会保险基金总收入) and is split after 其中 into that many parts, each naming one kind, adds
    up to them.  Items the text says overlap (有7个村同时入选两个名录) are not added.  Whole-number
    counts of things (家, 个, 人) are exact.  An amount handed out in N instalments and the values
    of as many instalments given right after it (安排资金1500万元，分三批发放，每批分别为A、B和C) add
    up to it.

    ## Why is this bad?
    A total that disagrees with its parts means one of the figures is wrong, and a reader who adds
    them up will notice.  It is the most common arithmetic slip in reports.

    ## Example
    全年新建和改造城市道路126公里、农村公路385公里、城市绿道47公里，合计568公里。
    全年投入财政帮扶资金3.85亿元、社会帮扶资金1.26亿元，两项合计5.21亿元。
    Use instead:
    全年新建和改造城市道路126公里、农村公路385公里、城市绿道47公里，合计558公里。
    全年投入财政帮扶资金3.85亿元、社会帮扶资金1.26亿元，两项合计5.11亿元。
    全年选派党政干部52名、专业技术人才436名，共计488名，其中教师214名、医生138名。

    ## Options
    None.  The total markers are the lexicon ``claims-total-markers`` in the rule packs.

    ## References
    GB/T 15835-2011《出版物上数字用法》; 国家统计局《统计公报编写规范》 on totals and subtotals.
    """

    name = "total-mismatch"
    severity = Severity.ERROR
    family = "arithmetic"

    def check(self, ctx):
        yield from self._tables(ctx)
        yield from self._named_rows(ctx)
        yield from self._with_the_rest(ctx)
        yield from self._named_pair(ctx)
        yield from self._partition_split(ctx)
        yield from self._partition_respective(ctx)
        yield from self._qizhong_partition(ctx)
        yield from self._counted_kinds(ctx)
        yield from self._instalments(ctx)
        claims = ctx.claims
        for g in claims.sum_groups:
            t, parts = g.total, g.parts
            if not parts:
                continue
            s = total(parts)
            ti = interval(t)
            if s.overlaps(ti):
                continue
            if g.open and s.hi < ti.lo:
                continue  # 等: the list may leave items out
            if overlap_said(ctx.text, parts[0].start, t.sentence.end, ctx.knowledge):
                continue  # (重点村18个、特色村镇11个，有7个村同时入选两个名录，共涉及22个村: the lists overlap)
            if _counts_other_things(t, parts):
                continue  # (现辖4个区、5个县，共有乡镇（街道）126个: the total counts what the items hold)
            if g.count is None and len(parts) > 2:
                # a leading figure may be the whole the items split (全市…亿元，一产…、二产…、三产…，合计),
                # and the items before may be of another level (现辖6个街道、3个镇，下辖社区居委会58个、村民
                # 委员会41个，合计99个): the total is the last items' when they add up to it
                if interval(parts[0]).overlaps(ti) or any(total(parts[k:]).overlaps(ti)
                                                          for k in range(max(1, len(parts) - 12), len(parts) - 1)):
                    continue
            if g.marker == "分别":
                if ctx.text.startswith("的", parts[-1].end) or ratio_base(parts[-1]):
                    continue  # (分别为年初预算A和调整预算B的103.4%和100.6%: bases of two ratios, no parts)
                yield self._sum_report(ctx, t, parts, "分别列出的", f"与总数“{t.text}”不符")
            else:
                yield self._sum_report(ctx, t, parts, "分项", f"与“{g.marker}{t.text}”不符")

    def _sum_report(self, ctx, whole, parts, what: str, against: str):
        """The finding that ``parts`` do not add up to ``whole``: “{what}a＋b＋c之和为…，{against}”."""
        shown = [show(p.value, whole) for p in parts]
        expected = show(value_sum(parts), whole)
        unit = display_unit(whole)
        return self.report(
            ctx, whole.start, whole.end, f"{what}{'＋'.join(shown)}之和为{expected}{unit}，{against}",
            evidence={"expected": expected, "stated": show(whole.value, whole), "parts": shown, "unit": unit},
            related=[(ctx, p.start, p.end) for p in parts],
        )


    def _named_pair(self, ctx):
        """住宿业营业额38.6亿元…；餐饮业营业额142.7亿元…；住宿和餐饮业合计实现营业额191.3亿元: a total
        that names its two items (A和B合计) adds the one figure of each stated before it in its
        sentence, of its unit."""
        figs = ctx.claims.figures
        for f in figs:
            if f.role != TOTAL or f.approx or f.value is None or f.is_percent or "合计" not in f.lead:
                continue
            m = _PAIR_TOTAL.match(f.lead.strip())
            if m is None:
                continue
            before = [g for g in figs[max(0, f.index - 8):f.index] if g.sentence is f.sentence and g.unit == f.unit
                      and not g.is_percent and g.q.kind != "range" and g.value is not None]
            parts = []
            for name in (m.group("a"), m.group("b")):
                core = name[:-1] if name.endswith("业") and len(name) > 2 else name
                hits = [g for g in before if g.measure.startswith(core)]
                if len(hits) != 1 or hits[0].approx:
                    break
                parts.append(hits[0])
            if len(parts) != 2 or parts[0] is parts[1]:
                continue
            # the total is of what the parts are (合计实现营业额 for 住宿业营业额, 餐饮业营业额; not 合计上缴税收)
            a = parts[0].measure
            k = common_end(a, parts[1].measure)
            if k < 2 or a[len(a) - min(k, 3):] not in f.lead[f.lead.find("合计"):]:
                continue
            s, ti = total(parts), interval(f)
            if s.overlaps(ti):
                continue
            yield self._sum_report(ctx, f, parts, "分项", f"与“合计{f.text}”不符")

    def _counted_kinds(self, ctx):
        """基本养老、失业、工伤三项社会保险基金总收入186.37亿元，其中基本养老保险基金收入…，失业保险基金收入…，
        工伤保险基金收入…: a whole that lists its kinds and says how many there are (三项, 四类, 两大), split
        after 其中 into that many parts of its unit in its sentence, adds up to them when each part is
        one kind's share of the same measure: the kind, then an ending of the whole's own name (基本养老
        + 保险基金收入 of 社会保险基金总收入; not 基本养老保险基金财政补贴收入, a part of that kind's)."""
        text = ctx.text
        for g in ctx.claims.part_groups:
            if g.marker != "其中" or "其中" not in text[g.start:g.end]:
                continue
            got = pick_whole(g, ctx.knowledge)
            if got is None:
                continue
            whole, parts = got
            if whole.role not in (LEVEL, TOTAL) or whole.plan or len(parts) < 2 \
                    or any(p.sentence is not whole.sentence for p in parts):
                continue
            m = _KIND_COUNT.search(text, whole.clause.start, whole.q.start)
            if m is None or not m.group("kinds") or small_number(m.group("n")) != len(parts):
                continue
            kinds = list_items(m.group("kinds"))
            if len(kinds) != len(parts):
                continue
            # (the first item may hold words before the list: 全年基本养老 names 基本养老)
            first = kinds[0]
            kinds[0] = next((first[i:] for i in range(len(first) - 1) if any(first[i:] in p.measure for p in parts)),
                            first)
            # (社会保险基金总收入: 社会保险基金收入; 三项基金收入合计: 基金收入)
            core = _TOTAL_WORD_END.sub("", text[m.end():whole.q.start].rstrip()).replace("总", "")
            named = set()
            for p in parts:
                hits = [k for k in kinds if k in p.measure]
                if len(hits) != 1:
                    break
                if not p.measure.startswith(hits[0]):
                    break  # (企业职工基本养老保险基金收入, 市本级…: a sub-kind or a scope of the kind)
                rest = p.measure[len(hits[0]):]
                if len(rest) < 2 or not core.endswith(rest):
                    break
                named.add(hits[0])
            else:
                if len(named) == len(parts):  # (each kind named once)
                    s, ti = total(parts), interval(whole)
                    if not s.overlaps(ti):
                        yield self._sum_report(ctx, whole, parts, "分项",
                                               f"与“{m.group('n')}{m.group('w')}”总数“{whole.text}”不符")

    def _instalments(self, ctx):
        """安排消费券资金1500万元，分三批发放，每批分别为600万元、500万元和300万元: an amount split into
        N batches (分N批, 分N期, 分N次 …) and N values given respectively for them right after, in
        the amount's unit, add up to it."""
        text = ctx.text
        for g in ctx.claims.part_groups:
            if g.marker != "分别" or len(g.parts) < 2:
                continue
            first = g.parts[0]
            k = first.index - 1
            figs = ctx.claims.figures
            while k >= 0 and figs[k].sentence is first.sentence and figs[k].unit != first.unit:
                k -= 1  # (past the count of batches, 三批)
            if k < 0 or figs[k].sentence is not first.sentence:
                continue
            whole = figs[k]
            m = _INSTALMENTS.fullmatch(text, whole.end, first.start)
            if m is None or small_number(m.group("n")) != len(g.parts) or whole.approx or whole.value is None:
                continue
            parts = g.parts
            if any(p.unit != whole.unit or p.approx or p.value is None or p.is_percent for p in parts):
                continue
            if total(parts).overlaps(interval(whole)):
                continue
            yield self._sum_report(ctx, whole, parts, f"分{m.group('n')}{m.group('w')}分别列出的",
                                   f"与总数“{whole.text}”不符")

    def _partition_split(self, ctx):
        """社会消费品零售总额683.47亿元，…。按消费类型分，商品零售603.52亿元，…；餐饮收入89.95亿元，…:
        a sentence opening with 按…分 / 分…看 / 从…看 whose amounts are named by every member of one
        known partition (the fact table ``share-partitions``: 商品零售 and 餐饮) splits the figure of
        their unit stated last in the sentence before, so they add up to it."""
        from factlint.claims import lexicon_patterns

        lex = lexicon_patterns(ctx.knowledge)
        partitions = lex.partitions
        if not partitions:
            return
        text = ctx.text
        figs = ctx.claims.figures
        i = 0
        while i < len(figs):
            sent = figs[i].sentence
            j = i
            while j < len(figs) and figs[j].sentence is sent:
                j += 1
            here, i = figs[i:j], j
            if not _SPLIT_OPEN.match(sent.text):
                continue
            amounts = [f for f in here if not f.is_percent and f.role in _PART_ROLES and f.value is not None]
            if len(amounts) < 2 or len({f.unit for f in amounts}) != 1 or any(f.approx for f in amounts):
                continue
            whole = _split_whole(figs, amounts[0], sent, text)
            if whole is None:
                continue
            names = [text[f.clause.start:f.q.start] for f in amounts]
            if not any(_is_partition(names, rx, words) and _exhausts(lex, name, whole) for name, rx, words in partitions):
                continue
            s, wi = total(amounts), interval(whole)
            if s.overlaps(wi):
                continue
            yield self._sum_report(ctx, whole, amounts, "按类别分项", f"与总数“{whole.text}”不符")

    def _partition_respective(self, ctx):
        """企业1286家，其中大型、中型、小型和微型企业分别为87家、326家、782家和81家: the items named before
        分别 after 其中 are every member of one known partition (the fact table ``share-partitions``),
        so the values given for them add up to the whole before 其中; the same for items given 分别
        right after the whole with no 其中 (快递业务量完成48.62亿件；同城、异地、国际及港澳台快递业务量
        分别完成…), unless another kind follows them."""
        from factlint.claims import lexicon_patterns, list_items

        lex = lexicon_patterns(ctx.knowledge)
        partitions = lex.partitions
        if not partitions:
            return
        text = ctx.text
        families = lexicons(ctx.knowledge).families
        for g in ctx.claims.part_groups:
            if g.marker == "分别" and g.parts and len(g.items) >= 2 and "其中" not in text[g.parts[0].sentence.start:g.start]:
                # …快递业务量完成48.62亿件；同城、异地、国际及港澳台快递业务量分别完成…: the whole
                # in the sentence before the list, no 其中 between
                items = [x.strip() for x in g.items]
                if not all(p.sentence is g.parts[0].sentence for p in g.parts) \
                        or _MORE_AFTER.search(text, g.parts[-1].end, g.parts[-1].sentence.end):
                    continue  # (…分别完成…，其他快递业务收入60.96亿元: more kinds follow)
                if len(items) != len(g.parts):
                    items = items_before(text, g.parts[0].sentence.start, g.start)  # (国际及港澳台)
            elif g.marker == "其中":
                k = text.find("分别为", g.start, g.parts[0].start if g.parts else g.start)
                if k < 0:
                    continue  # (分别有…利润实现正增长: values of another measure)
                items = list_items(text[g.start + 2:k].strip("，,：: "))
            else:
                continue
            got = pick_whole(g, ctx.knowledge)
            if got is None or len(items) < 2:
                continue
            whole, parts = got
            if len(parts) != len(items) or any(p.approx for p in parts) \
                    or not any(_names_members(items, whole.measure, rx, words, families) and _exhausts(lex, name, whole)
                               and not rx.match(whole.measure) for name, rx, words in partitions):
                continue  # (not a whole named by a member: 全省现有大型企业986家，大型、中型…分别为)
            s, wi = total(parts), interval(whole)
            if s.overlaps(wi):
                continue
            yield self._sum_report(ctx, whole, parts, "分别列出的各类", f"与总数“{whole.text}”不符")

    def _qizhong_partition(self, ctx):
        """地区生产总值5682.47亿元，其中第一产业增加值312.58亿元，第二产业增加值…，第三产业增加值…: parts
        after 其中 (or …中，: 全市1286.47亿元社会消费品零售总额中，城镇…；乡村…) named by every member of
        one known partition (the fact table ``share-partitions``), one each, each name opening with
        its member and going on alike (增加值), make up the whole."""
        from factlint.claims import lexicon_patterns

        lex = lexicon_patterns(ctx.knowledge)
        if not lex.partitions:
            return
        for whole, parts in _qizhong_wholes(ctx, 2, ("其中", "中")):
            if any(p.approx or p.value is None for p in parts):
                continue
            if _MORE_AFTER.search(ctx.text, parts[-1].end, parts[-1].sentence.end):
                continue  # (…国内资金8420.9亿元，国外资金141.6亿元；另有港澳台资金50.0亿元: more kinds follow)
            names = [p.measure for p in parts]
            if not any(_opens_with_members(names, rx, words) and _exhausts(lex, name, whole)
                       for name, rx, words in lex.partitions):
                continue
            s, wi = total(parts), interval(whole)
            if s.overlaps(wi) or s.lo > wi.hi:
                continue  # (parts above the whole: part-exceeds-total's finding)
            yield self._sum_report(ctx, whole, parts, "其中各类", f"与总数“{whole.text}”不符")

    def _with_the_rest(self, ctx):
        """商品房销售额34.82亿元。其中，住宅销售额29.47亿元，商业营业用房销售额3.16亿元，其他用房销售额
        1.69亿元: parts after 其中 whose last is the rest (其他, 其余; the lexicon
        ``claims-exhaustive-items``) take in the whole, so they add up to it."""
        from factlint.claims import lexicon_patterns

        rest = lexicon_patterns(ctx.knowledge).exhaustive_item
        for whole, parts in _qizhong_wholes(ctx, 3):
            if not rest.match(_name_of(parts[-1])) or any(rest.match(_name_of(p)) for p in parts[:-1]):
                continue
            if dimensions_cross(parts, lexicons(ctx.knowledge).dimensions):
                continue  # (其中…学历…、女教师…、35岁及以下青年教师…: cuts across each other, no rest of one split)
            if any("；" in ctx.text[a.end:b.start] for a, b in zip(parts, parts[1:])):
                continue  # (statements of their own, which the text may qualify after them)
            s, wi = total(parts), interval(whole)
            if s.overlaps(wi):
                continue
            yield self._sum_report(ctx, whole, parts, "其中各项（含“其他”）", f"与总数“{whole.text}”不符")

    def _named_rows(self, ctx):
        """雾溪镇和青峰乡两地茶园面积合计11.8万亩 under a table of 乡镇 with a column 茶园面积（万亩）:
        a total that names two or more rows of a table and the column's name, with no figure of its
        unit before it in its sentence, is the sum of those rows' cells."""
        tables = ctx_tables(ctx)
        if not tables:
            return
        text = ctx.text
        qs = starts = None
        total_labels = set(ctx.knowledge.words("table-total-labels") or ())
        for f in ctx.claims.figures:
            if f.approx or f.q.kind == "range" or f.value is None:
                continue
            # (in the clause, not only the lead: 两站共发送旅客, where 两站 is a figure of its own)
            counted = _MARKED_TOTAL.search(text, f.clause.start, f.start)
            if counted is None:
                continue
            sent = f.sentence
            if _OTHER_SPAN.search(text, sent.start, f.start):
                continue  # (春运首日…两站共发送, 近三年共完成: not the span of a table)
            # (…球类运动场地…居首位；田径场地和体育健身步道面积合计: the rows are named past the last ；)
            head = text[max(sent.start, text.rfind("；", sent.start, f.start) + 1, text.rfind(";", sent.start, f.start) + 1):f.start]
            if "|" in head or any(g.sentence is sent and g.unit == f.unit and g.start < f.start
                                  for g in ctx.claims.figures[max(0, f.index - 8):f.index]):
                continue  # (a table row itself, or items given in the sentence: the sum groups)
            unit = display_unit(f)
            for t in tables:
                if t.ragged:
                    continue
                rows = [r for r, label in enumerate(t.labels) if len(label) >= 2 and label in head
                        and label not in total_labels and not _SUB_ROW.match(label)]
                if len(rows) < 2:
                    continue
                if counted.group("n") and small_number(counted.group("n")) != len(rows):
                    continue  # (两站共 names two rows)
                for k in range(1, len(t.heads)):
                    named = head_name_unit(t.heads[k])
                    if named is None or named[1] != unit or named[0] not in head:
                        continue
                    if qs is None:
                        qs, starts = measured_figures(ctx)
                    cells = [cell_quantity(qs, starts, *t.rows[r][k]) for r in rows]
                    if any(c is None or c.approx for c in cells):
                        continue
                    # (the cells are written in the column's unit, which is the figure's: 亿元)
                    sc = scale(f)
                    fi = interval(f)
                    s, fi = total(cells), Interval(fi.lo / sc, fi.hi / sc)
                    if s.overlaps(fi):
                        continue
                    shown = [c.text for c in cells]
                    expected = format_decimal(value_sum(cells))
                    names = "、".join(t.labels[r] for r in rows)
                    yield self.report(
                        ctx, f.start, f.end,
                        f"表中{names}的“{named[0]}”{'＋'.join(shown)}之和为{expected}{unit}，与“{f.text}”不符",
                        evidence={"expected": expected, "stated": show(f.value, f), "parts": shown, "unit": unit,
                                  "column": t.heads[k], "rows": [t.labels[r] for r in rows]},
                        related=[(ctx, c.start, c.end) for c in cells],
                    )
                    break

    def _tables(self, ctx):
        """Markdown tables whose last row is labelled 合计/总计 (the lexicon
        ``table-total-labels``): each column whose header names an addable figure (not a rate,
        share, change, average or price: the lexicon ``table-non-additive-heads``) must add up."""
        source = ctx.document.source
        if "|" not in source and ctx.document.kind != "docx":  # (Word tables: see factlint.tables)
            return
        labels = ctx.knowledge.words("table-total-labels")
        if not labels or not any(w in source for w in labels):
            return
        skip_heads = ctx.knowledge.lexicon("table-non-additive-heads")
        qs, starts = measured_figures(ctx)
        for table in ctx_tables(ctx):
            heads, rows = table.heads, list(table.rows)
            if len(rows) < 3 or table.ragged:
                continue
            names = list(table.labels)
            if is_total_label(names[0], labels, len(rows) - 1, ctx.knowledge) \
                    and not is_total_label(names[-1], labels, len(rows) - 1, ctx.knowledge):
                # | 合计 | first, as statistical tables often put it: the rows below add up to it
                rows, names = rows[1:] + rows[:1], names[1:] + names[:1]
            # 其中 rows detail the row above them (| 其中：公立医院 | under | 医院 |), and 小计 rows sum
            # the rows above them (| 小计（沿海港区） |): both are left out, the detail rows add up
            keep = [r for r in range(len(rows) - 1) if not _SUB_ROW.match(names[r]) and "小计" not in names[r]
                    and not _indented(source, rows[r][0])]
            if not is_total_label(names[-1], labels, len(keep), ctx.knowledge) \
                    or any(names[r] in labels or not names[r] for r in keep) \
                    or (len(keep) < len(rows) - 1 and _SUB_ROW.match(names[0])):
                continue  # no total row, or sub-rows (小计 blocks) that are not all addable
            for k in range(1, len(heads)):
                if any(w in heads[k] for w in skip_heads):
                    continue
                cells = [cell_quantity(qs, starts, *rows[r][k]) for r in keep + [len(rows) - 1]]
                if any(q is None for q in cells):
                    continue
                if any(_CELL_NOTE.search(ctx.text, *rows[r][k]) for r in keep):
                    continue  # | 16（由各分站晋级） |: a note says how the row counts (here: the teams again)
                parts, t = cells[:-1], cells[-1]
                if len({(q.unit, q.magnitude) for q in cells}) != 1 or any(q.approx or q.value < 0 for q in cells):
                    continue
                s, ti = total(parts), interval(t)
                if s.overlaps(ti):
                    continue
                if len(keep) < len(rows) - 1:
                    # (a table that adds its 其中 rows as well is left alone too: which reading the
                    # table means is not said)
                    subs = [cell_quantity(qs, starts, *rows[r][k]) for r in range(len(rows) - 1) if r not in keep]
                    if any(q is None for q in subs) or (s + total(subs)).overlaps(ti):
                        continue
                expected = value_sum(parts)
                shown = [show(p.value, t) for p in parts]
                unit = display_unit(t)
                col = heads[k] or f"第{k + 1}列"
                yield self.report(
                    ctx, t.start, t.end,
                    f"表中“{col}”一列各行{'＋'.join(shown)}之和为{show(expected, t)}{unit}，"
                    f"与“{names[-1]}”行的“{t.text}”不符",
                    evidence={"expected": show(expected, t), "stated": show(t.value, t),
                              "parts": shown, "unit": unit, "column": col},
                    related=[(ctx, p.start, p.end) for p in parts],
                )


_PART_ROLES = frozenset((LEVEL, COUNT, PART))
#: between an amount and the values of its instalments: ，分三批发放，每批分别为 (see _instalments)
_INSTALMENTS = re.compile(r"[，,]\s*分(?P<n>[两二三四五六七八九十]|[2-9])(?P<w>批|期|次|轮|个阶段|个批次)"
                          r"[\u4e00-\u9fff]{0,6}[，,]\s*(?:每(?P=w)|各(?P=w))?分别(?:为|是|安排|下达|发放|拨付|投入)?")
#: a sentence that splits a whole by a dimension: 按消费类型分，/ 分行业看，/ 从用途看，
_SPLIT_OPEN = re.compile(r"^(?:按[^，。；]{1,8}分|分[^，。；]{1,6}看|从[^，。；]{1,8}看)[，,：:]")


def _split_whole(figs, first, sent, text):
    """The whole a split sentence (按…分，…) splits: the one figure of its unit in the sentence
    before it in its paragraph, going back over the other split sentences and sentences of 其中
    (按经营地分，…。按消费类型分，… both split the 社会消费品零售总额 stated before them); None when
    that sentence states two figures of the unit (户籍人口…，常住人口…)."""
    k = first.index - 1
    cur = sent
    while k >= 0:
        prev = figs[k].sentence
        if prev is cur:
            k -= 1
            continue
        if prev.paragraph != sent.paragraph or text[prev.end:cur.start].strip():
            return None  # (text without figures between: not the sentence right before)
        j = k
        while j >= 0 and figs[j].sentence is prev:
            j -= 1
        if _SPLIT_OPEN.match(prev.text) or prev.text.startswith("其中"):
            cur, k = prev, j  # (其中，限额以上单位…: a part stated between, not the whole)
            continue
        ws = [w for w in figs[j + 1:k + 1] if w.unit == first.unit and not w.is_percent]
        if len(ws) != 1:
            return None  # (户籍人口…，常住人口…: which one the sentence splits is not said)
        w = ws[0]
        if w.approx or not w.additive or w.value is None:
            return None
        return w
    return None


#: the noun a count names right after its classifier (4个区、 5个县; not 1280户中, 户 being the noun)
_NOUN_AFTER = re.compile(r"(?![中的为是以])[\u4e00-\u9fff]{1,6}")
#: a verb that ends the noun a count names after its classifier (126个行政村实现…: 行政村)
_VERB_AFTER = re.compile(r"实现|完成|达到|达|建成|开通|获得|获|入选|纳入|被|已|均|全部|都|参与|参加|通")
#: the words that mark a total before its figure, left out of the name it counts (共有村（社区）)
_TOTAL_WORDS = re.compile(r"^(?:共有|共计|合计|总计|共|计)")
#: classifiers that name no kind of thing: what is counted is the noun after them
_BARE_CLASSIFIERS = frozenset(("个", "项", "座", "处", "种", "类", "批", "片", "条"))


def _counts_other_things(total, parts) -> bool:
    """Whether the total of a bare classifier counts something other than the items: the items name
    what they count right after their figures (4个区、5个县) and the total, before its figure, names
    something that shares no character with them (共有乡镇（街道）126个, 共有村（社区）186个); or the
    items name theirs before their figures (5G基站1280个、公共充电桩3460个) and the total after its
    own, with no character in common (共有126个行政村实现…): it counts what the items hold or serve."""
    if not parts or total.unit not in _BARE_CLASSIFIERS or total.unit != parts[0].unit:
        return False
    after = [_NOUN_AFTER.match(p.trail) for p in parts]
    if all(after):
        named = total.measure or _TOTAL_WORDS.sub("", total.lead).strip("，, ")
        nouns = "".join(m.group() for m in after)
    else:
        m = _NOUN_AFTER.match(total.trail)
        if m is None or any(after) or not all(p.measure for p in parts):
            return False
        named, nouns = _VERB_AFTER.split(m.group(), 1)[0], "".join(p.measure for p in parts)
    return bool(named) and not any(c in named for c in nouns)


def _exhausts(lex, name: str, whole) -> bool:
    """Whether the members of the partition ``name`` make up ``whole``: not a measure the fact
    table says they do not (``partial_for``: the three industries' 用电量 leave out 城乡居民生活用电)."""
    partial = lex.partial_for.get(name)
    return partial is None or not partial.search(whole.measure)


def _qizhong_wholes(ctx, least: int, markers: tuple[str, ...] = ("其中",)):
    """(whole, parts) of each 其中 group (or of ``markers``) whose whole pick_whole finds, with at least
    ``least`` parts."""
    for g in ctx.claims.part_groups:
        if g.marker not in markers or len(g.parts) < least:
            continue
        got = pick_whole(g, ctx.knowledge)
        if got is not None and len(got[1]) >= least:
            yield got


#: words after the parts that add a kind the partition does not name (另有港澳台资金…, 其余…)
_MORE_AFTER = re.compile(r"另有|此外|还有|港澳台|其他|其余")


def _opens_with_members(names, rx, words) -> bool:
    """Each name opens with a member of the partition (第一产业增加值, 税收收入), every member once, and
    the names go on alike after their members (增加值; 收入; nothing: 出口, 进口): kinds of one measure,
    not 对东盟出口 (a scope before the member)."""
    got, rests = [], set()
    for n in names:
        m = rx.match(n)
        if m is None:
            return False
        got.append(words[m.group()])
        rests.add(n[m.end():])
    return len(rests) == 1 and len(set(got)) == len(got) == len(set(words.values()))


def _is_partition(names, rx, words) -> bool:
    """Each name holds a member of the partition (``rx``, ``words``: word -> member), the members
    differ, and every member is named."""
    got = []
    for n in names:
        m = rx.search(n)
        if m is None:
            return False
        got.append(words[m.group()])
    return len(set(got)) == len(got) == len(set(words.values()))


def _names_members(items, measure: str, rx, words, families=()) -> bool:
    """The items are every member of the partition, each its member's word alone but the last,
    which may go on with the noun the whole's measure ends with (大型、中型、小型和微型企业 of 规上服务业
    企业), or each going on with the same noun (第一产业增加值、第二产业增加值、第三产业增加值); the noun
    may also be a part's name of the whole's family (增加值 of 地区生产总值: the lexicon
    share-whole-families).  Not 城镇职工、农村居民 (城镇居民 are left out), 男性、女性专任教师 of 教职工 (a
    subset), 限额以上单位城镇、乡村 (another scope)."""
    if not _is_partition(items, rx, words):
        return False
    nouns = []
    for item in items:
        m = rx.match(item)
        if m is None:
            return False
        nouns.append(item[m.end():])
    noun = nouns[-1]
    if any(nouns[:-1]) and any(n != noun for n in nouns[:-1]):
        return False
    return (not noun or measure.endswith(noun) or measure.replace("总", "").endswith(noun.replace("总", ""))
            or any(noun.endswith(a) and b in measure for a, b in families))  # (零售额 of 社会消费品零售总额)


def _name_of(part) -> str:
    """The words that name a part, without 其中 and punctuation before them."""
    return part.lead.strip().removeprefix("其中").lstrip("，,：: 、")


#: a total that names its two items: 住宿和餐饮业合计
_PAIR_TOTAL = re.compile(r"^(?P<a>[\u4e00-\u9fff]{2,8}?)(?:和|与|及)(?P<b>[\u4e00-\u9fff]{2,8}?)(?:两项|两类|两大行业)?合计")
#: a count of kinds before the name of a whole (基本养老、失业、工伤三项社会保险基金总收入, 两大产业增加值),
#: with the kinds it lists, if any
_KIND_COUNT = re.compile(r"(?P<kinds>[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+)?(?<![第\d])(?P<n>[两二三四五六七八九十])"
                         r"(?P<w>项|类|大|种)(?=[\u4e00-\u9fff]{2})")
#: a total word ending the name of a whole (三项基金收入合计)
_TOTAL_WORD_END = re.compile(r"(?:合计|共计|总计)(?:为|达|达到)?$")
#: a total word before a figure (合计11.8万亩, 共计, 总计, 两站共)
_MARKED_TOTAL = re.compile(r"合计|共计|总计|(?P<n>[两二三四五六七八九十])(?P<w>[\u4e00-\u9fff]{1,2})共(?!有)")
#: words that make a figure one of a day or a span other than the table's (春运首日, 近三年)
_OTHER_SPAN = re.compile(r"首日|当日|单日|当天|首周|近[一二两三四五六七八九十\d]+[年天周月]|[一二两三四五六七八九十\d]+(?:天|日|周|个月|年)(?:来|内|间)?共")
#: the label of a row that details the row above it (其中：公立医院, 其中 公立医院)
_SUB_ROW = re.compile(r"^其中")


def _indented(text: str, cell: tuple[int, int]) -> bool:
    """A row label written indented (|　　　企业所得税 |, under | 其中：增值税 |): a detail of the row
    above, as a 其中 row is."""
    raw = text[cell[0]:cell[1]].lstrip(" ")
    return raw.startswith("\u3000") or text[cell[0]:cell[1]].startswith("   ")
#: a note in brackets in a table cell beside its figure (16（由各分站晋级）, 8（含市本级）)
_CELL_NOTE = re.compile(r"[（(][^）)]*[\u4e00-\u9fff][^）)]*[）)]")


@hookimpl
def factlint_register_rules(register):
    register(TotalMismatch)
