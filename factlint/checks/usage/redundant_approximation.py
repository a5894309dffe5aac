"""redundant-approximation: two approximation markers on one figure (约…左右, 超过…以上, 近…多)."""

from __future__ import annotations

import re
from typing import NamedTuple

from factlint import Edit, Fix, Rule, Severity, hookimpl

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_ARABIC = r"[0-9０-９]+(?:[.．,][0-9０-９]+)*[十百千万亿]*"
_CHINESE = r"[零〇一二两三四五六七八九十百千万亿]+"
_CLASS_WORD = {"about": "约数", "more": "超出", "less": "不足"}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


class _Lex(NamedTuple):
    pattern: re.Pattern
    prefix_class: dict[str, str]
    suffix_class: dict[str, str]
    not_prefix: tuple[str, ...]
    not_suffix: tuple[str, ...]
    time_units: frozenset[str]


def _lexicons(knowledge) -> _Lex:
    cached = getattr(knowledge, "_redundant_approx", None)
    if cached is not None:
        return cached
    prefix_class: dict[str, str] = {}
    for cls in ("about", "more", "less"):
        for w in knowledge.lexicon(f"approx-prefix-{cls}"):
            prefix_class.setdefault(w, cls)
    suffix_class: dict[str, str] = {}
    for cls in ("about", "more", "less"):
        for w in knowledge.lexicon(f"approx-suffix-{cls}"):
            suffix_class.setdefault(w, cls)
    units = set(knowledge.lexicon("approx-extra-units"))
    for name in knowledge.lexicons:
        if name.startswith("units-"):
            units.update(knowledge.lexicon(name))
    inner = knowledge.lexicon("approx-inner") or ("多", "余")
    connectors = knowledge.lexicon("approx-connectors")
    time_units = frozenset(knowledge.lexicon("units-time")) | {"岁", "周岁"}
    prefix = _alt(prefix_class) or "(?!)"
    suffix = _alt(suffix_class) or "(?!)"
    pattern = re.compile(
        rf"(?:(?P<pre>{prefix})(?:{_alt(connectors) or '(?!)'})?)?"
        rf"(?P<num>{_ARABIC}|{_CHINESE})"
        rf"(?P<inner>{_alt(inner)})?[万亿]*"
        rf"(?P<unit>个?(?:{_alt(units) or '(?!)'}))?"
        rf"(?P<inner2>{_alt(inner)})?"
        rf"(?:(?P<noun>[{_HAN}]{{0,3}}?)(?P<suf>{suffix}))?"
    )
    lex = _Lex(pattern, prefix_class, suffix_class, tuple(knowledge.lexicon("approx-not-prefix")),
               tuple(knowledge.lexicon("approx-not-suffix")), time_units)
    try:
        object.__setattr__(knowledge, "_redundant_approx", lex)
    except (AttributeError, TypeError):  # pragma: no cover (a knowledge object without a __dict__)
        pass
    return lex


class RedundantApproximation(Rule):
    """Two approximation markers on one figure (约…左右, 超过…以上, 近…多).

    ## What it does
    Finds a figure that carries two words of approximation: one before it (约, 大约, 超过, 近,
    不到, 至少 …), one between its digits and unit (多, 余) or one after it (左右, 上下, 以上,
    以下 …).  The markers and the words that merely contain them (节约, 最近, 上下班, 左右为难)
    are lexicons in ``rules/lexicons/``, so a pack can extend them.

    ## Why is this bad?
    One marker already says the figure is approximate.  Two of the same kind are redundant
    (约2800万人次左右, 超过180万人次以上); two of opposite kinds contradict each other (近300多人:
    “近” says less than 300, “多” says more).  GB/T 15835-2011 and editorial practice use one
    marker per figure.

    ## Example
    全市接待游客约2800万人次左右。
    五一假期接待游客超过180万人次以上。
    参会代表近300多人。
    Use instead:
    全市接待游客约2800万人次。
    五一假期接待游客超过180万人次。
    参会代表近300人。

    ## Fix safety
    Only two markers of the same kind get a fix, which deletes the one after the figure (约…左右 →
    约…; 超过…以上 → 超过…): the meaning cannot change.  Markers of opposite kinds (近…多, 不到…左右)
    have no automatic fix, because only the writer knows which one is meant.

    ## Options
    None.

    ## References
    GB/T 15835-2011《出版物上数字用法》5.3 (概数); 《图书编校质量差错认定细则》: 概数词重复使用.
    """

    name = "redundant-approximation"
    severity = Severity.WARNING
    fixable = True
    family = "usage"

    def check(self, ctx):
        text = ctx.text
        lex = _lexicons(ctx.knowledge)
        for m in lex.pattern.finditer(text):
            markers: list[tuple[int, int, str, str, str]] = []  # start, end, word, class, place
            if m.group("pre") and not _inside_word(text, m.start("pre"), m.group("pre"), lex.not_prefix, before=True):
                w = m.group("pre")
                markers.append((m.start("pre"), m.end("pre"), w, lex.prefix_class[w], "prefix"))
            for g in ("inner", "inner2"):
                if not m.group(g):
                    continue
                if g == "inner2" and (m.group("unit") or "").removeprefix("个") not in lex.time_units:
                    continue  # 多 after a counter is another word (3万人多次); after a time unit it is a marker (3年多)
                if _inside_word(text, m.start(g), m.group(g), lex.not_suffix, before=False):
                    continue
                markers.append((m.start(g), m.end(g), m.group(g), "more", "inner"))
            if m.group("suf"):
                w = m.group("suf")
                cls = lex.suffix_class[w]
                noun_ok = not m.group("noun") or cls == "about"  # 约50家企业左右; but 约5亿元用于以上项目
                if noun_ok and not _inside_word(text, m.start("suf"), w, lex.not_suffix, before=False):
                    markers.append((m.start("suf"), m.end("suf"), w, cls, "suffix"))
            if len(markers) < 2:
                continue
            if (markers[0][4] == "prefix" and markers[0][3] != "about" and markers[-1][4] == "suffix"
                    and markers[-1][3] == "about" and text.startswith("的", markers[-1][1])):
                # 低于13%左右的预期目标: the verb compares with an approximate target, which
                # 左右 describes; the figure itself carries one marker.
                continue
            yield self._finding(ctx, m, markers)

    def _finding(self, ctx, m, markers):
        start, end = markers[0][0], markers[-1][1]
        words = [w for _, _, w, _, _ in markers]
        classes = [c for _, _, _, c, _ in markers]
        figure = ctx.text[m.start("num") : (m.end("unit") if m.group("unit") else m.end("num"))]
        quoted = "”与“".join(words)
        fix = None
        if len(set(classes)) == 1:
            message = f"“{ctx.text[start:end]}”中“{quoted}”都表示{_CLASS_WORD[classes[0]]}，同一数字只用一个概数词"
            last = markers[-1]
            if last[4] in ("suffix", "inner"):  # delete the marker after the figure
                fixed = ctx.text[start : last[0]] + ctx.text[last[1] : end]
                fix = Fix(f"删去“{last[2]}”：{fixed}", (Edit(last[0], last[1], ""),))
        else:
            parts = "，".join(f"“{w}”表示{_CLASS_WORD[c]}" for w, c in zip(words, classes))
            message = f"“{ctx.text[start:end]}”中{parts}，同一数字用了两个概数词，意思重复或矛盾"
        return self.report(
            ctx, start, end, message,
            evidence={"figure": figure, "markers": words, "kinds": classes},
            fix=fix,
        )


def _inside_word(text: str, pos: int, marker: str, words: tuple[str, ...], before: bool) -> bool:
    """Is the marker at ``pos`` part of a longer word from ``words``?  ``before``: the word ends
    with the marker (节约, 最近); else the word starts with it (上下班, 左右为难)."""
    for w in words:
        if before:
            if w.endswith(marker) and text.startswith(w, pos + len(marker) - len(w)) and pos + len(marker) - len(w) >= 0:
                return True
        elif w.startswith(marker) and text.startswith(w, pos):
            return True
    return False


@hookimpl
def factlint_register_rules(register):
    register(RedundantApproximation)
