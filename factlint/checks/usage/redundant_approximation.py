"""redundant-approximation: two approximation markers on one figure (约…左右, 超过…以上, 近…多)."""

from __future__ import annotations

import re
from typing import NamedTuple

from factlint import Edit, Fix, Rule, Severity, hookimpl

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_ARABIC = r"[0-9０-９]+(?:[.．,][0-9０-９]+)*[十百千万亿]*"
_CHINESE = r"[零〇一二两三四五六七八九十百千万亿]+"
_CLASS_WORD = {"about": "约数", "more": "超出", "less": "不足"}


# (the leading look-ahead names the characters a match can start with, so the scan for them runs
# in C: twice as fast as letting each branch of the alternation try every position)
_NUMBER = re.compile(rf"(?=[0-9０-９零〇一二两三四五六七八九十百千万亿])(?P<num>{_ARABIC}|{_CHINESE})(?P<inner>[多余])?[万亿]*")
#: every character a match of _NUMBER can hold (so no match crosses any other character), and
#: the ones a 多/余 of the match follows
_NUMBER_CHARS = "0-9０-９.．,零〇一二两三四五六七八九十百千万亿多余"
_NUMERAL_CHARS = "0-9０-９零〇一二两三四五六七八九十百千万亿"
_NUMBER_RUN = re.compile(f"[{_NUMBER_CHARS}]*")
_NUMBER_CHAR_SET = frozenset("0123456789０１２３４５６７８９.．,零〇一二两三四五六七八九十百千万亿多余")


def _anchors(before: frozenset[str]) -> tuple[re.Pattern, ...]:
    """The places that can give a figure two markers, as character pairs each ending on a
    number character: a marker (or connector) character followed by a number character, and a
    numeral followed by 多/余.  (Scans that each open with a character class or a literal run in
    C; one pattern with both branches is three times slower.)"""
    chars = "".join(re.escape(c) for c in sorted(before))
    # the numeral and 多/余 pairs: one scan per character, which opens with it as a literal (a
    # fast substring search, ten times faster than a class) and looks back for the numeral; it
    # ends where the pair ends (no two such pairs overlap, so none is lost to the one before)
    pairs = [re.compile(f"{c}(?<=[{_NUMERAL_CHARS}]{c})") for c in "多余"]
    if chars:
        pairs.insert(0, re.compile(f"[{chars}][{_NUMBER_CHARS}]"))
    # 至少/起码, a few words, an Arabic figure (每晚至少安排警力120人以上: see _adverb_before); a
    # literal opening, so the scan is fast
    pairs.append(re.compile("(?:至少|起码)[\u4e00-\u9fff]{1,6}?[0-9０-９]"))
    return tuple(pairs)


def _candidates(text: str, anchors: tuple[re.Pattern, ...], second: re.Pattern | None = None, reach: int = 0):
    """The matches of ``_NUMBER.finditer(text)`` in the runs of number characters that hold an
    anchor, in order.  A run is read from its first character, where the whole-text scan enters
    it too (no match crosses a character outside the run and the pattern looks at nothing before
    its start), so these are exactly the whole-text matches that can have a marker before them
    or a 多/余 inside; the figures of the other runs (most of them) are never visited.  (An anchor
    pair that a scan skips because it overlaps the pair before shares that pair's run.)

    With ``second``, a run is also skipped when ``second`` finds nothing from its start to
    ``reach`` characters past its end: ``check`` passes the pattern of every marker that can
    come second (a 多/余, a suffix word) and the farthest place one can end after a figure, so
    the runs skipped are those whose figures carry one marker at most (nine in ten of them)."""
    ends = [m.end() - 1 for rx in anchors for m in rx.finditer(text)]
    if not ends:
        return
    ends.sort()
    done = 0
    chars = _NUMBER_CHAR_SET
    for q in ends:  # q: a number character of the run
        if q < done:
            continue  # inside a run already read
        r = q
        while r > done and text[r - 1] in chars:
            r -= 1
        done = _NUMBER_RUN.match(text, q).end()
        if second is not None and second.search(text, r, done + reach) is None:
            continue  # no second marker can follow a figure of this run
        for m in _NUMBER.finditer(text, r):
            if m.start() >= done:
                break
            yield m


class _Lex(NamedTuple):
    prefix_class: dict[str, str]
    prefix_last: frozenset[str]  # last characters of prefix words (a cheap first test)
    prefix_lengths: tuple[int, ...]  # lengths of the prefix words, longest first
    connectors: tuple[str, ...]
    connector_last: frozenset[str]
    suffix_class: dict[str, str]
    suffix_lengths: tuple[int, ...]
    inner: frozenset[str]
    units: frozenset[str]
    unit_lengths: tuple[int, ...]
    time_units: frozenset[str]
    not_prefix: tuple[str, ...]
    not_suffix: tuple[str, ...]
    anchors: tuple[re.Pattern, ...]  # see _anchors
    stacked: tuple[re.Pattern, ...]  # two marker words after a figure, one after the other (左右以上)
    second: re.Pattern  # any marker that can be a figure's second one: a 多/余 or a suffix word
    reach: int  # how far past a figure's digits a second marker can end (see check)
    unit_first: frozenset[str]  # the first characters of ``units`` (a cheap first test)
    suffix_first: frozenset[str]  # the first characters of the suffix words
    # the words of not_prefix ending with a marker and of not_suffix starting with one, by marker
    # (filled on first use; see _inside)
    not_prefix_by: dict[str, tuple[frozenset[str], tuple[int, ...]]]
    not_suffix_by: dict[str, tuple[frozenset[str], tuple[int, ...]]]


def _lexicons(knowledge) -> _Lex:
    """The marker lexicons as sets (no big regular expression to compile: the figure is found by
    one small pattern and its markers by dictionary lookups around it)."""
    cached = getattr(knowledge, "_redundant_approx", None)
    if cached is not None:
        return cached
    prefix_class: dict[str, str] = {}
    suffix_class: dict[str, str] = {}
    for cls in ("about", "more", "less"):
        for w in knowledge.lexicon(f"redundant-approx-prefix-{cls}"):
            prefix_class.setdefault(w, cls)
        for w in knowledge.lexicon(f"redundant-approx-suffix-{cls}"):
            suffix_class.setdefault(w, cls)
    units = set(knowledge.lexicon("redundant-approx-extra-units"))
    for name in knowledge.lexicons:
        if name.startswith("units-"):
            units.update(knowledge.lexicon(name))
    units.discard("")
    lex = _Lex(
        prefix_class=prefix_class,
        prefix_last=frozenset(w[-1] for w in prefix_class),
        prefix_lengths=tuple(sorted({len(w) for w in prefix_class}, reverse=True)),
        connectors=tuple(sorted(knowledge.lexicon("redundant-approx-connectors"), key=len, reverse=True)),
        connector_last=frozenset(c[-1] for c in knowledge.lexicon("redundant-approx-connectors") if c),
        suffix_class=suffix_class,
        suffix_lengths=tuple(sorted({len(w) for w in suffix_class}, reverse=True)),
        inner=frozenset(knowledge.lexicon("redundant-approx-inner") or ("多", "余")),
        units=frozenset(units),
        unit_lengths=tuple(sorted({len(u) for u in units}, reverse=True)),
        time_units=frozenset(knowledge.lexicon("units-time")) | {"岁", "周岁"},
        not_prefix=tuple(knowledge.lexicon("redundant-approx-not-prefix")),
        not_suffix=tuple(knowledge.lexicon("redundant-approx-not-suffix")),
        anchors=_anchors(frozenset(w[-1] for w in prefix_class)
                         | frozenset(c[-1] for c in knowledge.lexicon("redundant-approx-connectors") if c)),
        stacked=_stacked(suffix_class, knowledge.lexicon("redundant-approx-stackable")),
        second=_second(suffix_class, knowledge.lexicon("redundant-approx-inner")),
        # check: the unit (个 and a unit word), a 多 after a time unit, up to three characters of
        # a noun, then the suffix word
        reach=1 + max((len(u) for u in units), default=0) + 1 + 3 + max((len(w) for w in suffix_class), default=0),
        unit_first=frozenset(u[0] for u in units),
        suffix_first=frozenset(w[0] for w in suffix_class if w),
        not_prefix_by={},
        not_suffix_by={},
    )
    try:
        object.__setattr__(knowledge, "_redundant_approx", lex)
    except (AttributeError, TypeError):  # pragma: no cover (a knowledge object without a __dict__)
        pass
    return lex


def _stacked(suffix_class: dict[str, str], first: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Two suffix markers in a row (左右以上, 以上左右): one pattern per first marker (the lexicon
    ``redundant-approx-stackable``), each opening with that marker as a literal, so that ``re``
    finds it with its fast substring search (one pattern opening with a class of 上, 以, 有 … is
    scanned character by character)."""
    words = sorted((w for w in suffix_class if w), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return tuple(re.compile(f"(?P<a>{re.escape(w)})(?P<b>{alt})") for w in first if w in suffix_class)


def _second(suffix_class: dict[str, str], inner: tuple[str, ...]) -> re.Pattern:
    """A marker that can come second on a figure: a suffix word, or a 多/余 (the one inside the
    figure, which ``_NUMBER`` reads as [多余], or one after a time unit, from the lexicon)."""
    chars = "".join(sorted(set("多余") | {w for w in inner if len(w) == 1}))
    # (longest first, then in code order: the same pattern in every run, so the compiled-pattern
    # cache of the command line finds it)
    words = sorted({w for w in suffix_class if w} | {w for w in inner if len(w) > 1}, key=lambda w: (-len(w), w))
    # (each character its own branch: when every branch opens with a literal, re skips to the
    # places where one of their first characters is; a branch opening with a class makes it try
    # a match at every place of the window)
    return re.compile("|".join([re.escape(w) for w in words] + [re.escape(c) for c in chars]))


def _prefix_before(text: str, pos: int, lex: _Lex) -> tuple[int, str] | None:
    """The approximation word that ends at ``pos`` (or before a connector such as 有/为 that ends
    there): ``(start, word)``."""
    if pos == 0:
        return None
    ends = (pos,)
    if text[pos - 1] in lex.connector_last:
        for c in lex.connectors:
            if text.startswith(c, pos - len(c)) and pos - len(c) >= 0:
                ends = (pos, pos - len(c))
                break
    prefix_class = lex.prefix_class
    for end in ends:
        if end == 0 or text[end - 1] not in lex.prefix_last:
            continue
        for n in lex.prefix_lengths:  # the longest word wins
            if n <= end:
                w = text[end - n: end]
                if w in prefix_class:
                    return end - n, w
    return None


def _longest(text: str, pos: int, words, lengths, first: frozenset[str] | None = None) -> str | None:
    """The longest of ``words`` at ``pos``; ``first``, the words' first characters, lets a place
    where none can start be passed over with one lookup."""
    if first is not None and text[pos: pos + 1] not in first:
        return None
    for n in lengths:
        w = text[pos : pos + n]
        if len(w) == n and w in words:
            return w
    return None


#: an adverb that says "at least" of the verb phrase a figure ends (每晚至少安排警力120人以上): a
#: marker of that figure, a few characters before it
_AT_LEAST = ("至少", "起码")


def _adverb_before(text: str, s: int) -> tuple[int, str] | None:
    """``(start, word)`` of 至少/起码 at most six characters of Chinese (no 的) before the figure at
    ``s``, in its clause; else None."""
    for k in range(3, 9):
        a = s - k
        if a < 0:
            break
        between = text[a + 2:s]
        if not _is_han(between[:1] or "a") or not _is_han(between[-1:] or "a"):
            break
        if not all(_is_han(c) for c in between) or "的" in between:
            break
        if text.startswith(_AT_LEAST, a):
            return a, text[a:a + 2]
    return None


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class RedundantApproximation(Rule):
    """Two approximation markers on one figure (约…左右, 超过…以上, 近…多).

    ## What it does
    Finds a figure that carries two words of approximation: one before it (约, 大约, 超过, 近,
    不到, 至少 …), one between its digits and unit (多, 余) or one after it (左右, 上下, 以上,
    以下 …), or two after it in a row (5000人左右以上).  The markers and the words that merely contain them (节约, 最近, 上下班, 左右为难)
    are the ``redundant-approx-*`` lexicons in ``rules/lexicons/redundant_approximation.toml``,
    so a pack can extend them.  A comparison with an approximate target (低于13%左右的预期目标)
    is left alone.

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
        before = lex.prefix_last | lex.connector_last
        seen: list[tuple[int, int]] = []
        for m in _candidates(text, lex.anchors, lex.second, lex.reach):
            s = m.start()
            adverb = None
            if (s == 0 or text[s - 1] not in before) and m.start("inner") < 0:
                adverb = _adverb_before(text, s)
                if adverb is None:
                    continue  # no marker before the figure and no 多/余 in it: one marker at most
            markers: list[tuple[int, int, str, str, str]] = []  # start, end, word, class, place
            pre = _prefix_before(text, m.start(), lex) if adverb is None else None
            if adverb is not None:
                markers.append((adverb[0], adverb[0] + len(adverb[1]), adverb[1], "more", "prefix"))
            if pre is not None and not _inside(text, pre[0], pre[1], lex.not_prefix, lex.not_prefix_by, before=True):
                markers.append((pre[0], pre[0] + len(pre[1]), pre[1], lex.prefix_class[pre[1]], "prefix"))
            if m.group("inner") and not _inside(text, m.start("inner"), m.group("inner"), lex.not_suffix, lex.not_suffix_by, before=False):
                markers.append((m.start("inner"), m.end("inner"), m.group("inner"), "more", "inner"))
            if not markers:
                continue  # two markers need a prefix or a 多/余 next to the digits
            pos = m.end()
            unit = ""
            if text.startswith("个", pos):
                unit = "个" + (_longest(text, pos + 1, lex.units, lex.unit_lengths, lex.unit_first) or "")
                if unit == "个":
                    unit = "个" if "个" in lex.units else ""
            if not unit:
                unit = _longest(text, pos, lex.units, lex.unit_lengths, lex.unit_first) or ""
            pos += len(unit)
            figure_end = pos
            if unit.removeprefix("个") in lex.time_units and text[pos : pos + 1] in lex.inner:
                # 3年多: 多 after a time unit is a marker (after a counter it is another word: 3万人多次)
                if not _inside(text, pos, text[pos], lex.not_suffix, lex.not_suffix_by, before=False):
                    markers.append((pos, pos + 1, text[pos], "more", "inner"))
                    pos += 1
            suffix = None
            for noun in range(0, 4):  # 约50家企业左右: a short noun may stand between unit and marker
                if noun and not _is_han(text[pos + noun - 1 : pos + noun] or "a"):
                    break
                w = _longest(text, pos + noun, lex.suffix_class, lex.suffix_lengths, lex.suffix_first)
                if w is not None:
                    suffix = (pos + noun, w, noun)
                    break
            if suffix is not None:
                start, w, noun = suffix
                cls = lex.suffix_class[w]
                # a noun only with 左右/上下 (约50家企业左右), not with 以上 (约5亿元用于以上项目)
                if (not noun or cls == "about") and not _inside(text, start, w, lex.not_suffix, lex.not_suffix_by, before=False):
                    markers.append((start, start + len(w), w, cls, "suffix"))
            if len(markers) < 2:
                continue
            if (markers[0][4] == "prefix" and markers[0][3] != "about" and markers[-1][4] == "suffix"
                    and markers[-1][3] == "about" and text.startswith("的", markers[-1][1])):
                # 低于13%左右的预期目标: the verb compares with an approximate target, which
                # 左右 describes; the figure itself carries one marker.
                continue
            seen.append((m.start(), markers[-1][1]))
            yield self._finding(ctx, text[m.start("num") : figure_end], markers, m.start("num"))
        yield from self._stacked_suffixes(ctx, text, lex, seen)

    def _stacked_suffixes(self, ctx, text, lex, seen):
        """5000人左右以上, 30%以上左右: two markers after the figure, one right after the other."""
        hits = [m for rx in lex.stacked for m in rx.finditer(text)]
        if not hits:
            return
        hits.sort(key=lambda m: m.start())
        for m in hits:
            a, b = m.group("a"), m.group("b")
            if (_inside(text, m.start("b"), b, lex.not_suffix, lex.not_suffix_by, before=False)
                    or _inside(text, m.start("a"), a, lex.not_suffix, lex.not_suffix_by, before=False)):
                continue
            # a figure and its unit right before the first marker
            pos = m.start()
            unit = ""
            for n in lex.unit_lengths:
                if n <= pos and text[pos - n: pos] in lex.units:
                    unit = text[pos - n: pos]
                    break
            num_end = pos - len(unit)
            if num_end == 0 or text[num_end - 1] not in _NUMBER_CHAR_SET or text[num_end - 1] in ",.．":
                continue
            num_start = num_end
            while num_start > 0 and text[num_start - 1] in _NUMBER_CHAR_SET:
                num_start -= 1
            if any(s0 <= num_start < e0 for s0, e0 in seen):
                continue  # (a prefix marker was already reported on this figure)
            markers = [(m.start("a"), m.end("a"), a, lex.suffix_class[a], "suffix"),
                       (m.start("b"), m.end("b"), b, lex.suffix_class[b], "suffix")]
            yield self._finding(ctx, text[num_start:pos], markers, num_start)

    def _finding(self, ctx, figure, markers, figure_start):
        start, end = min(markers[0][0], figure_start), markers[-1][1]
        words = [w for _, _, w, _, _ in markers]
        classes = [c for _, _, _, c, _ in markers]
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


def _inside(text: str, pos: int, marker: str, words: tuple[str, ...],
            by_marker: dict[str, tuple[frozenset[str], tuple[int, ...]]], before: bool) -> bool:
    """:func:`_inside_word` by set lookups: only the words that end (``before``) or start with
    the marker can match, so ``by_marker`` keeps those per marker, as a set and their lengths; a
    word ending (starting) where the marker does is then one slice per length."""
    entry = by_marker.get(marker)
    if entry is None:
        ws = frozenset(w for w in words if (w.endswith(marker) if before else w.startswith(marker)))
        entry = by_marker[marker] = (ws, tuple(sorted({len(w) for w in ws})))
    ws, lengths = entry
    if before:
        end = pos + len(marker)
        return any(text[end - n: end] in ws for n in lengths if n <= end)
    return any(text[pos: pos + n] in ws for n in lengths)


@hookimpl
def factlint_register_rules(register):
    register(RedundantApproximation)
