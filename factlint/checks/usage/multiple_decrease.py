"""multiple-decrease: a decrease expressed as a multiple (降低了1.5倍)."""

from __future__ import annotations

import re
from functools import lru_cache

from factlint import Context, Rule, Severity, hookimpl


@lru_cache(maxsize=8)
def _pattern(verbs: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(re.escape(v) for v in sorted(set(verbs), key=lambda w: (-len(w), w)))
    return re.compile(
        f"(?P<verb>{alt})(?P<le>了)?(?P<pre>约|近|超过|将近|大约)?"
        r"(?P<n>[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百半几数]+(?:点[一二三四五六七八九〇零]+)?)"
        r"(?P<more>多)?倍$"
    )


class MultipleDecrease(Rule):
    """A decrease is expressed as a multiple (降低/减少/下降/缩小 N倍).

    ## What it does
    Finds a decrease stated as a multiple: 降低了1.5倍, 减少两倍, 下降了3倍, 缩小一倍.

    ## Why is this bad?
    A multiple describes growth: 增长1倍 doubles a figure.  Nothing can fall by one time itself or
    more, since a fall of 100% already leaves zero, so 降低了1.5倍 has no meaning.  A decrease is
    written as a percentage or a fraction (降低了60%, 减少到原来的三分之一).

    ## Example
    单位产品能耗降低了1.5倍。
    Use instead:
    单位产品能耗降低了60%。

    ## Options
    The verbs of a decrease are the `change-down` lexicon in `rules/lexicons/change.toml`.

    ## References
    - GB/T 15835—2011《出版物上数字用法》
    - 国家语言文字工作委员会等《关于出版物上数字用法的试行规定》(1987): 减少不能用倍数表示
    """

    name = "multiple-decrease"
    severity = Severity.WARNING
    fixable = False
    family = "usage"
    message = "“{stated}”用倍数表示减少：减少不能超过原数的100%，应改用百分数或分数（如“减少到原来的几分之一”）"

    def check(self, ctx: Context):
        text = ctx.text
        if "倍" not in text:
            return
        verbs = tuple(w for w in ctx.knowledge.lexicon("change-down") if not w.endswith("至"))
        if not verbs:
            return
        pat = _pattern(verbs)
        # anchored on each 倍 (a literal search), matched backwards over a short window
        i = text.find("倍")
        while i != -1:
            m = pat.search(text, max(0, i - 16), i + 1)
            i = text.find("倍", i + 1)
            if m is None:
                continue
            stated = m.group()
            yield self.report(
                ctx,
                m.start(),
                m.end(),
                self.message.format(stated=stated),
                evidence={"verb": m.group("verb"), "multiple": m.group("n") + (m.group("more") or ""), "stated_text": stated},
            )


@hookimpl
def factlint_register_rules(register):
    register(MultipleDecrease)
