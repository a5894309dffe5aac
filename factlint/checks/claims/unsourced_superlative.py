"""unsourced-superlative: a ranking or superlative claim with no source in its sentence."""

from __future__ import annotations

import re
from typing import NamedTuple

from factlint import Rule, Severity, hookimpl
from factlint.checks._scan import find_all
from factlint.claims import MAX_SENTENCE

#: characters a claim never spans (punctuation, and 的/之: 中国人民的唯一选择 is no ranking)
_BREAKS = set("，。；：！？、,.;:!?（）()“”\"'《》〈〉【】[] \t\r\n\u3000的之")
_MAX_GAP = 6
_ORDINAL = r"第[一二三四五六七八九十0-9]+|前(?:[0-9]{1,3}|[一二两三四五六七八九十百]{1,3})(?![0-9一二两三四五六七八九十百.%％‰‱])"
#: the characters _ORDINAL opens with, and the ones that may follow each
_ORDINAL_NEXT = {"第": "[一二三四五六七八九十0-9]", "前": "[0-9一二两三四五六七八九十百]"}
#: what may follow 前N in a ranking (全国前三, 前十名, 前100强); not 前三季度, 前五个月
_TOP_FOLLOWERS = ("名", "位", "强")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)) if w) or "(?!)"


def _opener(words) -> re.Pattern:
    """A pattern that matches where one of ``words`` starts (an empty word starts anywhere)."""
    return re.compile("" if "" in words else _alt(words))


_TOP_FOLLOWERS_RE = _opener(_TOP_FOLLOWERS)


def _lead(words) -> str:
    """A look-ahead for the first characters of ``words``: put before an alternation that scans a
    whole text, it lets the regex engine skip to those characters in C (several times faster than
    trying every branch at every position)."""
    first = sorted({w[0] for w in words if w})
    return "(?=[" + "".join(re.escape(c) for c in first) + "])" if first else ""


def _by_length(words) -> tuple[frozenset[str], tuple[int, ...]]:
    """A word set and its word lengths, longest first: the longest word ending (or starting) at a
    position is found with a few slices and set lookups."""
    ws = frozenset(w for w in words if w)
    return ws, tuple(sorted({len(w) for w in ws}, reverse=True))


def _openers(words, ordinals: dict[str, str]) -> tuple[re.Pattern, ...]:
    """Patterns that find every place a word of ``words`` (or an ordinal, which opens with a key
    of ``ordinals`` followed by its value, a character class) can start: one per first character,
    opening with it as a literal (a fast substring search) and looking ahead for what may follow
    it (领先, not every 领; 第 before a numeral, not 第 in 次第).  Each match is that one character."""
    rests: dict[str, set[str]] = {c: {nxt} for c, nxt in ordinals.items()}
    bare: set[str] = set()
    for w in words:
        if len(w) == 1:
            bare.add(w)
        elif w:
            rests.setdefault(w[0], set()).add(re.escape(w[1:]))
    out = [re.escape(c) for c in sorted(bare)]
    out += [f"{re.escape(c)}(?={'|'.join(sorted(r))})" for c, r in sorted(rests.items()) if c not in bare]
    return tuple(re.compile(p) for p in out)


def _opened(text: str, openers: tuple[re.Pattern, ...]) -> list[int]:
    """The places ``openers`` find, ascending (different openers never share a place)."""
    out = [m.start() for rx in openers for m in rx.finditer(text)]
    out.sort()
    return out

def _matches(rx: re.Pattern, text: str, starts: list[int]):
    """``rx.finditer(text)`` for a pattern that can match only at ``starts``: each start is tried
    in turn, skipping those inside the last match (a match is never empty)."""
    last = 0
    match = rx.match
    for p in starts:
        if p >= last:
            m = match(text, p)
            if m is not None:
                last = m.end()
                yield m


def _anchored(words) -> tuple[str, tuple[tuple[str, int], ...]] | None:
    """A character every word of ``words`` holds, with each word and where in it that character
    first is: the places such a word can start are found from that character's places alone
    (史上最, 有史以来最 …: from the far rarer 最 rather than four scans for the words)."""
    ws = [w for w in words if w]
    if not ws:
        return None
    common = set(ws[0]).intersection(*ws[1:])
    if not common:
        return None
    c = min(common)
    return c, tuple((w, w.index(c)) for w in ws)


def _unbroken(words) -> tuple[frozenset[str], frozenset[str]]:
    """The words that hold no break character (only those can be a claim's scope) and their
    last characters."""
    ws = frozenset(w for w in words if w and all(c not in _BREAKS for c in w))
    return ws, frozenset(w[-1] for w in ws)


def _straddling_pairs(words) -> frozenset[str]:
    """Every two adjacent characters of ``words``: a word that starts before a place and runs on
    past it holds the two characters on either side of that place as such a pair, so where the
    pair around a place is none of these, no word straddles it (one set lookup instead of a
    ``startswith`` per word and offset)."""
    return frozenset(w[i - 1: i + 1] for w in words for i in range(1, len(w)))


def _longest_ending_at(text: str, end: int, words: frozenset[str], lengths: tuple[int, ...]) -> str | None:
    for n in lengths:
        if n <= end and text[end - n: end] in words:
            return text[end - n: end]
    return None


class _Lex(NamedTuple):
    rank: re.Pattern
    absolute: re.Pattern
    scopes: tuple[str, ...]
    verbs: tuple[str, ...]
    sources: re.Pattern
    segment_sources: re.Pattern | None  # 认定, 批准 …: a source only between the ；s around the claim
    publication_sources: re.Pattern | None  # 发布, 公布: a source when what follows is one, or in the clause
    not_sources: re.Pattern | None
    followers: tuple[str, ...]
    followers_re: re.Pattern  # matches where one of ``followers`` starts
    not_claims: tuple[str, ...]
    not_scopes: tuple[str, ...]
    aspirations: re.Pattern | None
    scope_set: tuple[frozenset[str], tuple[int, ...]]
    verb_set: tuple[frozenset[str], tuple[int, ...]]
    not_claims_re: re.Pattern
    absolute_words: tuple[str, ...]  # the words ``absolute`` matches (one of them must occur)
    scope_ends: tuple[frozenset[str], frozenset[str]]  # the scope words that hold no break, their last characters
    scope_reach: int  # how far before a rank word a scope word's last character can be (see _claim)
    rank_openers: tuple[re.Pattern, ...]  # where a ``rank`` match can start (see _openers)
    absolute_anchor: tuple[str, tuple[tuple[str, int], ...]] | None  # see _anchored
    attestations: re.Pattern | None  # 评为, 入选 …: a source only in the claim's clause, before it
    negations: re.Pattern | None  # 未能, 没有 …: before the claim in its clause, it claims nothing
    not_scope_pairs: frozenset[str]  # see _straddling_pairs
    occasion: re.Pattern | None  # after 第N: 个 and a day, week or month held every year (see _claim)


def _aspirations(k) -> re.Pattern | None:
    """The words of a goal, found with the phrases that hold one without stating a goal matched
    first and left (目标考核, 实现这一目标: see :func:`_aspired`)."""
    words = k.lexicon("superlative-aspirations")
    if not words:
        return None
    except_ = k.lexicon("superlative-not-aspirations")
    return re.compile((f"(?:{_alt(except_)})|" if except_ else "") + f"(?P<w>{_alt(words)})")


def _aspired(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word of a goal (力争, 目标) outside the phrases that
    hold one without stating a goal (信访工作目标考核位居全市第一, 成为全省首个实现这一目标的地级市)."""
    return any(m.group("w") for m in pattern.finditer(text, start, end))


def _lexicons(knowledge) -> _Lex:
    cached = getattr(knowledge, "_unsourced_superlative", None)
    if cached is not None:
        return cached
    k = knowledge
    not_sources = k.lexicon("superlative-not-sources")
    lex = _Lex(
        rank=re.compile(rf"{_lead(['第', '前', *k.lexicon('superlative-ranks')])}(?:(?P<ord>{_ORDINAL})|{_alt(k.lexicon('superlative-ranks'))})"),
        absolute=re.compile(rf"{_lead(k.lexicon('superlative-absolute'))}(?:{_alt(k.lexicon('superlative-absolute'))})[\u4e00-\u9fff]?"),
        scopes=tuple(sorted(set(k.lexicon("superlative-scopes")), key=len, reverse=True)),
        verbs=tuple(sorted(set(k.lexicon("superlative-rank-verbs")), key=len, reverse=True)),
        sources=re.compile(_alt(k.lexicon("superlative-sources"))),
        # (an act of an authority: 经省科技厅认定, 被…命名为, 民政部批准; not 明确工坊认定、扶持和退出机制)
        segment_sources=(re.compile("(?:(?:经|由|被|获)[^，。；,;]{0,14}?|(?<=[部厅局委院办府会署室]))(?:"
                                    + _alt(k.lexicon("superlative-segment-sources")) + ")")
                         if k.lexicon("superlative-segment-sources") else None),
        publication_sources=(re.compile(_alt(k.lexicon("superlative-publication-sources")))
                             if k.lexicon("superlative-publication-sources") else None),
        not_sources=re.compile(_alt(not_sources)) if not_sources else None,
        followers=tuple(k.lexicon("superlative-ordinal-followers")),
        followers_re=_opener(tuple(k.lexicon("superlative-ordinal-followers"))),
        not_claims=tuple(k.lexicon("superlative-not-claims")),
        not_scopes=tuple(k.lexicon("superlative-not-scopes")),
        aspirations=_aspirations(k),
        negations=re.compile(_alt(k.lexicon("superlative-negations"))) if k.lexicon("superlative-negations") else None,
        scope_set=_by_length(k.lexicon("superlative-scopes")),
        verb_set=_by_length(k.lexicon("superlative-rank-verbs")),
        not_claims_re=re.compile(_alt(k.lexicon("superlative-not-claims"))),
        absolute_words=tuple(w for w in k.lexicon("superlative-absolute") if w),
        scope_ends=_unbroken(k.lexicon("superlative-scopes")),
        # the longest rank verb, then _MAX_GAP characters and the scope's last one
        scope_reach=max((len(w) for w in k.lexicon("superlative-rank-verbs")), default=0) + _MAX_GAP + 1,
        rank_openers=_openers(k.lexicon("superlative-ranks"), _ORDINAL_NEXT),
        absolute_anchor=_anchored(k.lexicon("superlative-absolute")),
        attestations=re.compile(_alt(k.lexicon("superlative-attestations"))) if k.lexicon("superlative-attestations") else None,
        not_scope_pairs=_straddling_pairs(k.lexicon("superlative-not-scopes")),
        # 个, then the occasion's name (at most 14 characters, quoted or not) up to its last word, where
        # the name ends: a break, or a word of time (期间, 之际, 当天 …)
        occasion=re.compile("个[“\"「《]?[\u4e00-\u9fff]{0,14}?(?:" + _alt(k.lexicon("superlative-occasions"))
                            + ")[”\"」》]?(?=[，。；、！？：,.;:!?）)\\s]|期间|之际|当天|当日|前夕|来临|到来|主题|活动|$)")
                  if k.lexicon("superlative-occasions") else None,
    )
    try:
        object.__setattr__(knowledge, "_unsourced_superlative", lex)
    except (AttributeError, TypeError):  # pragma: no cover
        pass
    return lex


class UnsourcedSuperlative(Rule):
    """A ranking or superlative claim (全国第一, 居全省前列, 首个, 唯一, 史上最) with no source in the sentence.

    ## What it does
    Finds claims of rank: a scope (全国, 全省, 全球, 国内 …), at most a few characters, and a rank
    (第一, 前三, 首位, 首个, 唯一, 前列, 领先, 最大 …), as in 居全国第一, 位居全国前三, 全省唯一, 全国首个,
    在全国同类城市中排名第二, and superlatives such as 史上最.  A place named right before the rank
    is a scope too: a division of the region table (日喀则市唯一, 贵州首个) or a short name with a
    place ending (澜溪县首家; not 城市, 超市 …); so is a region (南疆首个, 西北第一).  After a rank
    verb (位居, 名列 …) the scope may stand further from the rank, with 的 between (位居全省设区的市
    第一).  It reports those whose sentence
    names no source: nothing like 据…, 根据…, …显示, …表明, …统计, …公布的名单, nor 经…认定 in the
    claim's own part of the sentence (新认定高新技术企业87家；…居全市第一 is no source), nor an
    award before the claim in its clause (被评为全国首个…; in 全市唯一获评… the award is part of the claim).
    Ordinals that are names are left alone (第一产业, 第一批, 第三季度, 第一个五年计划), and so
    are set phrases such as 最低生活保障 and 最大限度, and goals (力争走在全国前列).  The word lists are lexicons in
    ``rules/lexicons/superlatives.toml``.

    ## Why is this bad?
    A ranking is a factual claim that readers and reviewers will check, and it is the kind of claim
    drafts most often overstate or carry over from an old year.  Published reports and news copy
    attribute such claims (据国家统计局数据, 经工业和信息化部认定).  This is a prompt to verify and
    cite, so the rule is informational.

    ## Example
    全市新型储能电池产量达到42.6吉瓦时，居全国第一。
    青螺湾景区成为全省唯一单日接待量突破10万人次的景区。
    Use instead:
    据中国化学与物理电源行业协会统计，全市新型储能电池产量达到42.6吉瓦时，居全国第一。
    据省文化和旅游厅公布的数据显示，青螺湾景区成为全省唯一单日接待量突破10万人次的景区。

    ## Options
    None.

    ## References
    《新闻出版署关于规范报刊单位及其从业人员的规定》: 新闻报道应注明来源; 国家统计局《统计数据发布规范》.
    """

    name = "unsourced-superlative"
    severity = Severity.INFO
    fixable = False
    family = "claims"

    def check(self, ctx):
        text = ctx.text
        lex = _lexicons(ctx.knowledge)
        claims = []
        for m in _matches(lex.rank, text, _opened(text, lex.rank_openers)):
            found = _claim(text, m, lex, ctx.knowledge)
            if found is not None:
                claims.append(found)
        if lex.absolute_anchor is not None:
            # the starts of the absolute words, from the places of a character they all hold
            c, offsets = lex.absolute_anchor
            starts = {p - i for p in find_all(text, (c,)) for w, i in offsets if p >= i and text.startswith(w, p - i)}
            absolute = _matches(lex.absolute, text, sorted(starts)) if starts else ()
        elif any(w in text for w in lex.absolute_words):  # (a few str searches skip a regex pass)
            absolute = lex.absolute.finditer(text)
        else:
            absolute = ()
        for m in absolute:
            claims.append((m.start(), m.end(), "", m.group()))
        if not claims:
            return
        claims.sort()
        sourced: dict[tuple[int, int], bool] = {}
        last_end = -1
        for start, end, scope, rank in claims:
            if start < last_end:
                continue  # one finding per claim (全国首个唯一)
            last_end = end
            s0, s1 = _sentence(text, start, end)
            if (s0, s1) not in sourced:
                sourced[(s0, s1)] = _has_source(text[s0:s1], lex)
            if sourced[(s0, s1)]:
                continue
            if lex.segment_sources is not None:
                g0 = text.rfind("；", s0, start) + 1 or s0
                g1 = text.find("；", end, s1)
                if _has_source(text[g0:g1 if g1 != -1 else s1], lex, lex.segment_sources):
                    continue  # 经省科技厅认定，…为全省首个
            c0, c1 = _clause(text, start, end)
            if _consented(text, s0, c0, start):
                continue  # 经国务院同意，国家发展改革委批复设立全国首个…
            if lex.publication_sources is not None and _published(text, s0, s1, c0, c1, lex.publication_sources):
                continue  # 据国家统计局发布的数据 / 该部门公布的名单中，…全省首个
            if lex.attestations is not None and lex.attestations.search(text, c0, start):
                continue  # 被评为全国首个…: the award attests the claim
            if lex.aspirations is not None and _aspired(lex.aspirations, text, c0, c1):
                continue  # 力争走在全国前列: a goal, not a claim of fact
            if lex.negations is not None and lex.negations.search(text, c0, start):
                continue  # 我县未能…位居全市第一: a ranking denied, no claim
            phrase = text[start:end]
            yield self.report(
                ctx, start, end,
                f"“{phrase}”是排名或“之最”类说法，所在句子未注明出处（如“据……统计”“……显示”），请核实并注明来源",
                evidence={"claim": phrase, "scope": scope, "rank": rank, "sentence": text[s0:s1].strip()},
            )


#: an approval by a named body (经国务院同意, 经省委、省政府同意): the name ends with a body's character
_CONSENT = re.compile(r"经[^，。；,;：:！？]{1,12}?[院委部府厅局办署]同意")


def _consented(text: str, s0: int, c0: int, start: int) -> bool:
    """经国务院同意，…批复设立全国首个…: an approval by a named body stated in the claim's own clause
    before the claim, or as the whole clause just before it (which it governs).  Not 同意 of
    people (经协商同意, 村民同意, 同意率), nor an approval two clauses up (经市政府同意，新建口袋公园
    12个，全区…居全市第一: it approved the parks)."""
    if "同意" not in text[max(s0, c0 - 40):start]:
        return False
    m = _CONSENT.search(text, c0, start)
    if m is not None:
        return True
    if c0 - 1 <= s0 or text[c0 - 1] not in "，,":
        return False
    p0 = max(text.rfind("，", s0, c0 - 1), text.rfind(",", s0, c0 - 1)) + 1 or s0
    m = _CONSENT.match(text, max(p0, s0))
    return m is not None and m.end() == c0 - 1


#: another ordinal right after one (第一、第二、第三人民医院): a list of numbered names
_ORDINAL_LIST = re.compile(r"(?:[、和及与]第[一二三四五六七八九十\d]+)+")


def _claim(text: str, m: re.Match, lex: _Lex, knowledge=None) -> tuple[int, int, str, str] | None:
    """``(start, end, scope, rank)`` when the rank word ``m`` closes a claim: a scope word ends
    at most a few characters (and a rank verb) before it, within one clause."""
    r0 = m.start()
    unbroken, last_chars = lex.scope_ends
    if last_chars.isdisjoint(text[max(0, r0 - lex.scope_reach): r0]):
        return None  # no scope word can end in the window searched below
    if lex.not_claims_re.match(text, r0):  # (any of the not-claim words starts here)
        return None
    ordinal = m.group("ord")
    if ordinal:
        after = m.end()
        followers = _TOP_FOLLOWERS_RE if ordinal.startswith("前") else lex.followers_re
        if after < len(text) and "\u4e00" <= text[after] <= "\u9fff" and not followers.match(text, after):
            return None  # 第一产业, 第一批, 第三季度, 前五个月
        if text.startswith("个", after) and (text[after + 1:after + 2] in "“\"「《" or (
                lex.occasion is not None and ordinal not in ("第一", "第1") and lex.occasion.match(text, after))):
            # 我国第二十个“文化和自然遗产日”, 我国第十六个全国防灾减灾日: the sixteenth of a day held
            # every year, no rank (第一个 is left a ranking: 全国第一个设立企业家节的城市)
            return None
        run = _ORDINAL_LIST.match(text, after)
        if run is not None and run.end() < len(text) and "\u4e00" <= text[run.end()] <= "\u9fff" \
                and not followers.match(text, run.end()):
            return None  # 县第一、第二、第三人民医院: numbered names, listed (not 分别居全国第2、第4位)
    verb = _longest_ending_at(text, r0, *lex.verb_set) or ""
    gap_end = r0 - len(verb)
    # the window a scope may end in: back to the nearest break, at most _MAX_GAP characters
    lo = gap_end
    aside = 0  # (characters of a bracketed aside in the gap: 全省各县（市、区）第一)
    while lo > 0 and gap_end - lo - aside < _MAX_GAP:
        c = text[lo - 1]
        if c in "）)":
            k = text.rfind("（" if c == "）" else "(", max(0, lo - 10), lo - 1)
            if k >= 0 and all(x not in _BREAKS or x == "、" for x in text[k + 1:lo - 1]):
                aside += lo - k
                lo = k
                continue
        if c in _BREAKS:
            break
        lo -= 1
    best = None
    scopes, lengths = lex.scope_set
    for end in range(gap_end, lo - 1, -1):  # the nearest scope wins
        if end == 0 or text[end - 1] not in last_chars:
            continue  # (no scope word ends here: one set lookup instead of a slice per length)
        for n in lengths:  # the longest scope word that ends here and holds no break
            if n <= end:
                w = text[end - n: end]
                if w in unbroken:
                    best = (end - n, w, end)
                    break
        if best:
            break
    if best is None:
        best = _place_scope(text, gap_end, lex, knowledge)
        if best is None and (ordinal or m.group() in _PLACE_RANKS):
            best = _verb_scope(text, gap_end, lex)
            verb = verb or ("" if best is None else "居")  # (a rank verb stands before the scope)
        if best is None:
            return None
    start, scope, end = best
    while True:  # a chain of scopes is one scope: 全国同类城市, 中西部地区
        prev = _longest_ending_at(text, start, scopes, lengths)
        if prev is None:
            break
        start -= len(prev)
        scope = prev + scope
    if ordinal and end < gap_end and not verb and not (text.endswith(_RANK_VERBS, 0, start)
                                                       or text.endswith(_RANK_VERBS, 0, start - 1)):
        # 全国人大第一次会议: an ordinal inside a name, not a ranking (居全省内河港口第一 is one: the
        # rank verb before the scope)
        return None
    if start > 0 and text[start - 1: start + 1] in lex.not_scope_pairs:
        for w in lex.not_scopes:  # 安全国家, 完全国产化, 发展中国家: the scope is inside another word
            for i in range(1, len(w)):
                if start - i >= 0 and text.startswith(w, start - i):
                    return None
    return start, m.end(), scope, m.group()


#: the last characters of a place name that can be a claim's scope (日喀则市唯一, 澜溪县首家);
#: 区 only in 自治区 (景区, 园区, 社区 … are not places)
_PLACE_ENDS = frozenset("省市县州旗盟")
#: words ending like a place that are not one (大城市首个, 超市最多)
_NOT_PLACES = ("城市", "超市", "都市", "夜市", "集市", "股市", "楼市", "车市", "上市", "门市", "本市", "我市",
               "该市", "该县", "本县", "我县", "各市", "各县", "各省", "本省", "我省", "外省", "外市", "外县")
#: characters a place name does not hold, where a walk back over one stops (在日喀则市, 和…)
_PLACE_STOPS = frozenset("在于和与及或等各全本我该其这那个了是为成居列排位")


def _place_scope(text: str, end: int, lex: _Lex, knowledge) -> tuple[int, str, int] | None:
    """A place named right before the rank word (成为日喀则市唯一一家, 获批建设贵州首个, 是澜溪县首家):
    the longest division name or short form of the region table ending there, else a name of two to
    four characters and a place ending (省市县州旗盟, 自治区), back to a break, a rank verb or a stop
    character."""
    if end < 3:
        return None
    last = text[end - 1]
    if last not in _PLACE_ENDS and not (last == "区" and text.startswith("自治区", end - 3)):
        return None
    if text.endswith(_NOT_PLACES, 0, end):
        return None
    names, lengths = _region_names(knowledge)
    for n in lengths:
        if n <= end and text[end - n:end] in names:
            return end - n, text[end - n:end], end
    start = end - 1
    while start > 0 and end - start < 6:
        c = text[start - 1]
        if c in _BREAKS or c in _PLACE_STOPS or not ("\u4e00" <= c <= "\u9fff"):
            break
        if _longest_ending_at(text, start, *lex.verb_set):
            break  # 成为澜溪县: the verb is not part of the name
        start -= 1
    if start > 0 and end - start >= 6:
        return None  # a longer run (获批建设某某县): where the name starts is not known
    name = text[start:end]
    if not 3 <= len(name) <= 5:
        return None
    return start, name, end


#: how far back from the rank a scope right after a rank verb may end (位居全省设区的市第一)
_VERB_SCOPE_REACH = 10
#: the verbs that say a place in a ranking follows (not 是, 为, 保持: 是我国…中最大的)
_RANK_VERBS = ("位居", "位列", "名列", "跃居", "稳居", "排名", "居")
#: the rank words (besides 第N) such a ranking ends with
_PLACE_RANKS = frozenset(("前列", "前茅", "首位"))


def _verb_scope(text: str, end: int, lex: _Lex) -> tuple[int, str, int] | None:
    """A scope right after a rank verb, further from the rank than a scope alone may be and with
    的 between (位居全省设区的市第一, 居全国同类城市的前列): the verb says what follows is a ranking."""
    scopes, lengths = lex.scope_set
    unbroken, last_chars = lex.scope_ends
    lo = end
    while lo > 0 and end - lo < _VERB_SCOPE_REACH and (text[lo - 1] not in _BREAKS or text[lo - 1] == "的"):
        lo -= 1
    for e in range(end - 1, lo, -1):
        if text[e - 1] not in last_chars:
            continue
        for n in lengths:
            if n <= e - lo and text[e - n:e] in unbroken:
                if text.endswith(_RANK_VERBS, 0, e - n):
                    return e - n, text[e - n:e], e
                break
    return None


def _region_names(knowledge) -> tuple[frozenset[str], tuple[int, ...]]:
    """The division names and short forms of the region table that end like a place (贵州,
    日喀则市, 黔东南州), with their lengths, longest first (built once per knowledge)."""
    if knowledge is None:
        return frozenset(), ()
    got = getattr(knowledge, "_superlative_places", None)
    if got is None:
        from factlint.checks.facts._regions import index_for

        idx = index_for(knowledge)
        # (a name of two characters only for a province, 贵州: 范县, 和县, 沙县 end common words)
        names = {n for n in (*idx.full, *idx.short)
                 if (len(n) >= 3 or n in idx.province_names) and (n[-1] in _PLACE_ENDS or n.endswith("自治区"))
                 and n not in _NOT_PLACES}
        got = _by_length(names)
        try:
            object.__setattr__(knowledge, "_superlative_places", got)
        except (AttributeError, TypeError):  # pragma: no cover
            pass
    return got


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (up to 。！？ or a line break) around ``text[start:end]``, at most
    ``MAX_SENTENCE`` characters on each side (searching the whole text for a separator that is
    not there would make the rule quadratic in the length of the text)."""
    s0, s1, hi = _between(text, "。\n！？!?", start, end)
    return s0, (s1 + 1 if s1 < hi else hi)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between ，；：。！？ or line breaks) around ``text[start:end]`` (bounded as
    :func:`_sentence` is)."""
    c0, c1, _ = _between(text, "，。；：\n,;:！？!?", start, end)
    return c0, c1


def _between(text: str, seps: str, start: int, end: int) -> tuple[int, int, int]:
    """``(a, b, hi)``: ``a`` just after the last of ``seps`` before ``start`` (or ``start -
    MAX_SENTENCE``), ``b`` the first at or after ``end`` (or ``hi = end + MAX_SENTENCE``), each
    clipped to the text.  The nearest separator found so far bounds the search for the next kind
    (the common ones come first), so a kind that is not near is not searched for far."""
    lo, hi = max(0, start - MAX_SENTENCE), min(len(text), end + MAX_SENTENCE)
    left, right = lo - 1, hi
    rfind, find = text.rfind, text.find
    for c in seps:
        i = rfind(c, left + 1, start)
        if i != -1:
            left = i
        i = find(c, end, right)
        if i != -1:
            right = i
    return left + 1, right, hi


#: what a publishing verb publishes when it gives a source (发布的数据, 公布的名单, 发布…报告)
_PUBLISHED = re.compile(r"[^，。；]{0,12}?(?:数据|名单|榜单|报告|结果|排名|排行|信息|公报|统计|指数|白皮书)")


def _published(text: str, s0: int, s1: int, c0: int, c1: int, verbs: re.Pattern) -> bool:
    """A publishing verb of the sentence sources its claim: in the claim's clause, or followed by
    what it publishes (数据, 名单, 报告 …)."""
    for m in verbs.finditer(text, s0, s1):
        if c0 <= m.start() < c1 or _PUBLISHED.match(text, m.end()):
            return True
        if text[m.end():m.end() + 1] in ("，", "：", ":") and _AGENCY.search(text, max(s0, m.start() - 10), m.start()):
            return True  # 商务部近日公布，…: what follows is what an agency published (not 正式发布，: a release)
    return False


#: who publishes a source: an agency, or the time of a report (近日, 日前)
_AGENCY = re.compile(r"部|局|委|厅|署|办公室|协会|海关|统计|研究院|近日|日前")


def _has_source(sentence: str, lex: _Lex, sources: re.Pattern | None = None) -> bool:
    blocked = [m.span() for m in lex.not_sources.finditer(sentence)] if lex.not_sources else []
    for m in (sources or lex.sources).finditer(sentence):
        a, b = m.span()
        if not any(x <= a and b <= y for x, y in blocked):
            return True
    return False


@hookimpl
def factlint_register_rules(register):
    register(UnsourcedSuperlative)
