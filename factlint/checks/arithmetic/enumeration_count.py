"""enumeration-count: a count word disagrees with the items listed right before it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factlint import Context, Rule, Severity, hookimpl

_CN = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERAL_CHARS = set("零〇一二两三四五六七八九十百千万亿0123456789０１２３４５６７８９几数多")
#: clause boundaries for the backward scan (at bracket depth 0)
_STOPS = set("，,。；;：:！？!?\n\r")
_STOP = re.compile("[，,。；;：:！？!?\n\r]")  # one of _STOPS
_OPEN = {"”": "“", "’": "‘", "》": "《", "）": "（", ")": "(", "」": "「", "』": "『", "】": "【"}
_CLOSE_OF = {v: k for k, v in _OPEN.items()}
_QUOTES = "“\"「『‘"
_COUNT_NUMERALS = "两二三四五六七八九十"
_MAX_BACK = 120
#: the first character of a count word: a Chinese numeral, a quote before one, an Arabic digit
_CANDIDATE = re.compile("[两二三四五六七八九十“\"「『‘1-9]")
#: a clause that may hold a list of three items, from its first 、 that is followed by another 、
#: in the clause, or by a 和/及/与 within 20 characters (A、B和C: three items for sure when B and
#: C end like A), to the clause end; only when a count word may start after that 、 in the
#: clause (the look-ahead for a character of _CANDIDATE: most list clauses have none; it runs
#: over the other characters possessively, without backtracking)
_LIST_CLAUSE = re.compile("、(?=[^，,。；;：:！？!?\n\r两二三四五六七八九十“\"「『‘1-9]*+[两二三四五六七八九十“\"「『‘1-9])"
                          "(?:[^，,。；;：:！？!?\n\r、]*+、|[^、，,。；;：:！？!?\n\r]{1,20}?[和及与])"
                          "[^，,。；;：:！？!?\n\r]*+")
_BRACKETS = re.compile("[“”‘’《》（）()「」『』【】\"]")


def list_clauses(text: str) -> list[tuple[int, int]]:
    """The spans ``_LIST_CLAUSE.finditer(text)`` gives, in time linear in the text.

    ``finditer`` tries the pattern at every 、, and a try that fails reads on to the clause end:
    a clause of many 、 and no count word (a 200,000-character run of 、) took minutes.  When the
    try at a 、 fails, every later 、 of the same clause fails too: the look-ahead of a later one
    sees a part of what this one saw, and when it passed, this 、 is the last of its clause (the
    first branch found no 、 after it).  So the search goes on after the clause end.

    One ``finditer`` of :data:`_LIST_OR_SKIP` does that walk inside the regex engine: at each 、
    it tries the list clause first (group 1, the same pattern at the same place, so the same
    match), and when that fails it consumes the rest of the clause, so the next match starts
    after it, where the next 、 after the clause end is.  (A match call, a search for the clause
    end and a ``find`` per 、 in Python cost twice as much: most clauses with a 、 hold no list.)"""
    return [m.span() for m in _LIST_OR_SKIP.finditer(text) if m.lastindex]


#: at a 、: the list clause of :data:`_LIST_CLAUSE` (group 1, after the 、), or else the rest of
#: the clause, to its end (a character of _STOP, not consumed: the next 、 is after it)
_LIST_OR_SKIP = re.compile("、(?:(" + _LIST_CLAUSE.pattern[1:] + ")|[^，,。；;：:！？!?\n\r]*+)")


def _count_value(s: str) -> int | None:
    if s.isascii() and s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十") and len(s) == 2:
        return 10 + _CN[s[1]]
    if len(s) == 1:
        return _CN.get(s)
    return None


@lru_cache(maxsize=8)
def _arabic(classifiers: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern:
    """A count in Arabic digits after a list (白鹭湖、凤凰山、翠屏山3个省级森林公园)."""
    cls = "|".join(re.escape(w) for w in sorted(set(classifiers), key=lambda w: (-len(w), w)) if w) or "(?!)"
    hd = "|".join(re.escape(w) for w in sorted(set(heads), key=lambda w: (-len(w), w)) if w) or "(?!)"
    return re.compile(f"[1-9][0-9]?(?:(?P<cls>{cls})|(?P<head>{hd}))")


@lru_cache(maxsize=8)
def _patterns(classifiers: tuple[str, ...], heads: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """Count words: a numeral 两…十 followed by a classifier or a head noun (两个, 三市), and a
    quoted slogan opening with a numeral (“四个到位”).  Each pattern starts with a character set,
    so the regex engine scans for it fast; what stands before the numeral is checked in Python."""
    cls = "|".join(re.escape(w) for w in sorted(set(classifiers), key=lambda w: (-len(w), w)) if w) or "(?!)"
    hd = "|".join(re.escape(w) for w in sorted(set(heads), key=lambda w: (-len(w), w)) if w) or "(?!)"
    plain = re.compile(f"[两二三四五六七八九十](?:(?P<cls>{cls})|(?P<head>{hd}))")
    quoted = re.compile("[“\"「『‘][两二三四五六七八九十]")
    return plain, quoted


@dataclass
class _Hit:
    start: int  # the numeral
    num_end: int
    end: int  # after the classifier or head noun (plain), after the numeral (quoted)
    cls: str | None
    head: str | None
    quote: str | None


@dataclass
class _List:
    start: int
    segments: list[str]
    conjunctions: int
    #: segments that surely hold two items: both sides of the 和 end with the word every item
    #: ends with (西岭港区和北岸港区 among …港区、…港区)
    pairs: int = 0


def _scan_list(text: str, end: int, conj: tuple[str, ...], min_seps: int = 2) -> _List | None:
    """The list ending at ``end``: segments separated by 、 at bracket depth 0, back to the clause
    start.  None when there is no 、 (not a list) or the clause is too long to be one list."""
    lo = max(0, end - _MAX_BACK)
    # the last clause boundary before ``end``: the first one in the reversed window (one regex
    # search instead of an rfind for each boundary character)
    m = _STOP.search(text[lo:end][::-1])
    cut = -1 if m is None else end - 1 - m.start()
    if cut == -1 and lo > 0:
        return None  # no clause boundary in the window: not a short list
    start = cut + 1 if cut >= 0 else lo
    if text.count("、", start, end) < min_seps:
        return None  # fewer than three items
    if not _BRACKETS.search(text, start, end):
        # the common case: no brackets or quotes inside the clause
        segments = text[start:end].split("、")
        return _List(start, segments, _conjunctions(segments, conj), _pairs(segments, conj))
    depth: list[str] = []
    seps: list[int] = []
    i = end - 1
    while i >= lo:
        c = text[i]
        if c in _OPEN:
            depth.append(_OPEN[c])
        elif depth and c == depth[-1]:
            depth.pop()
        elif c in _CLOSE_OF or c in "“‘":
            break  # an opening bracket or quote with no close: the list starts inside it
        elif not depth:
            if c in _STOPS:
                break
            if c == "、":
                seps.append(i)
        i -= 1
    else:
        if i >= 0:
            return None  # ran out of window: not a short list
    start = i + 1
    if not seps:
        return None
    bounds = [start] + [s + 1 for s in reversed(seps)]
    ends = [s for s in reversed(seps)] + [end]
    segments = [text[a:b] for a, b in zip(bounds, ends)]
    return _List(start, segments, _conjunctions(segments, conj), _pairs(segments, conj))


def _after_verbs(lst: _List, verbs: tuple[str, ...], conj: tuple[str, ...]) -> _List:
    """The list without the verbs coordinated before it: in 新建、改扩建城关、汧阳、柳泉三所学校 the
    first segment ends with a verb (新建) and the second opens with one (改扩建) before its name, so
    the two verbs take the list that follows (城关、汧阳、柳泉).  A second segment that is a verb
    alone (新建、改扩建、维修三类工程) is an item, and the list is kept."""
    segs = lst.segments
    if len(segs) < 3 or not verbs:
        return lst
    first, second = segs[0].strip(), segs[1]
    if not any(first.endswith(v) for v in verbs):
        return lst
    v = next((v for v in verbs if second.startswith(v)), None)
    if v is None or len(second) <= len(v):
        return lst
    rest = [second[len(v):]] + segs[2:]
    return _List(lst.start + len(segs[0]) + 1 + len(v), rest, _conjunctions(rest, conj), _pairs(rest, conj))


#: what follows 及 inside one item (汽车及零部件, 纺织服装及制品, 电子信息及相关产业; not 及其家属,
#: which joins two): the item is one
_ONE_ITEM_AFTER = {"及": ("零部件", "零配件", "配件", "制品", "相关", "关联")}
#: a discipline's name joined by 与 (材料科学与工程, 化学工程与技术): one item
_DISCIPLINE = re.compile(r"(?:科学|工程)与(?:工程|技术)")


def _conjunctions(segments: list[str], conj: tuple[str, ...]) -> int:
    """How many segments may hold two items joined by 和/及/以及/与."""
    n_conj = 0
    for seg in segments:
        core = _strip_brackets(seg)
        for w in conj:
            k = core.find(w, 1)
            if 0 < k < len(core) - len(w):
                if (w in _ONE_ITEM_AFTER and core.startswith(_ONE_ITEM_AFTER[w], k + 1)) \
                        or (w == "与" and _DISCIPLINE.search(core)):
                    continue  # 汽车及零部件, 材料科学与工程: one item
                n_conj += 1
                break
    return n_conj


def _pairs(segments: list[str], conj: tuple[str, ...]) -> int:
    """How many segments surely hold two items: the list's items all end with one word (港区,
    市) and so do both sides of the 和/及/与 inside the segment (西岭港区和北岸港区)."""
    cores = [_strip_brackets(x).strip() for x in segments]
    if not all(cores):
        return 0
    rev = [c[::-1] for c in cores]
    lo, hi = min(rev), max(rev)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    if n == 0:
        return 0
    suffix = cores[0][-n:]
    if any(w in suffix for w in conj):
        return 0
    return _joined_pairs(cores, conj, lambda left, right: left.endswith(suffix) and len(left) > n and len(right) > n)


def _uniform_pairs(segments: list[str], conj: tuple[str, ...]) -> int:
    """1 when the last segment holds two items for sure: the items between the first and the last
    (two or more) are short names of about one length (two to four characters, within one of each
    other) and so are both sides of the 和/及/与 in the last (青石、黄泥坳、白沙、龙潭和双溪; 城投集团、交投集团、
    文旅集团和水务公司); else 0.  The first segment is left out: it may hold the words before the
    list (汛前对青石)."""
    if len(segments) < 4:
        return 0  # (临港、高新、经开和保税三个园区: one name between is too little to go by)
    cores = [_strip_brackets(x).strip() for x in segments]
    middle = cores[1:-1]
    if any(not _SHORT_NAME.fullmatch(x) for x in middle):
        return 0
    lo, hi = min(map(len, middle)), max(map(len, middle))

    def alike(left: str, right: str) -> bool:
        sides = [left, right]
        return all(_SHORT_NAME.fullmatch(x) for x in sides) \
            and max(hi, len(left), len(right)) - min(lo, len(left), len(right)) <= 1

    return _joined_pairs(cores[-1:], conj, alike)


#: a short name: two to four characters, no word of a phrase
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _joined_pairs(cores: list[str], conj: tuple[str, ...], both) -> int:
    """How many items hold a 和/及/与 (the first one found inside the item) whose two sides pass
    ``both(left, right)``: items that surely hold two."""
    pairs = 0
    for core in cores:
        for w in conj:
            k = core.find(w, 1)
            if 0 < k < len(core) - len(w):
                if both(core[:k], core[k + len(w):]):
                    pairs += 1
                break
    return pairs


def _noun_after(text: str, pos: int) -> str:
    """The words after a count word up to the clause's end or a 的 (at most twelve characters)."""
    out = []
    for c in text[pos:pos + 12]:
        if c in _STOPS or c in "、的" or c.isspace():
            break
        out.append(c)
    return "".join(out)


def _pairs_of_kinds(segments: list[str], counted: str, conj: tuple[str, ...], after: str = "", raw: str = "") -> int:
    """Segments that surely hold two items when the count word names the kinds of place the items
    are (新安镇、石门乡、龙潭镇、白沙镇和青岗乡四个乡镇: every item ends with 镇 or 乡, both in 乡镇):
    both sides of the 和/及/与 end with such a character too."""
    noun = counted.lstrip("个座家所处项")
    kinds = {c for c in noun[:3] if c in _PLACE_KINDS}
    bracket = _KINDS_IN_BRACKETS.match(raw)
    if bracket:  # (三个县（区）: the kinds in the brackets too)
        kinds |= {c for c in bracket.group(1) + bracket.group(2) if c in _PLACE_KINDS}
    # 澴浦软件园、岚畈数字港、枫埠智造园和蕖塘大数据产业园三个省级数字经济园区: a count of areas (园区)
    # whose named items end with its characters (园), one of them named otherwise (数字港)
    area = next((w for w in _AREA_KINDS if w in after), "")
    kinds |= set(area)
    if len(kinds) < 2:
        return 0
    cores = [_strip_brackets(x).strip() for x in segments]
    if sum(1 for c in cores if len(c) >= 2 and c[-1] in kinds) < len(cores) - (1 if area else 0):
        return 0
    return _joined_pairs(cores, conj, lambda left, right: len(left) >= 2 and left[-1] in kinds and len(right) >= 2)


#: a counted kind with more kinds in brackets after it (县（区）, 县（市、区）)
_KINDS_IN_BRACKETS = re.compile(r"([\u4e00-\u9fff]{1,3})[（(]([\u4e00-\u9fff、]{1,6})[）)]")
#: the characters of a count word that name a kind of place (乡镇, 县市区, 市州)
_PLACE_KINDS = frozenset("省市县区州盟旗乡镇村街")
#: counted areas whose items are named to end with one of the word's characters (…产业园 of 园区)
_AREA_KINDS = ("园区", "景区", "港区", "片区", "校区", "厂区", "矿区", "林区")


def _sure_three(lst: _List, counted: str) -> bool:
    """A、B和C (青屏县、石门县和乌溪县两个县): two segments hold three items for sure when both
    sides of the 和 and the first item end with one word, and the count word counts that word."""
    if len(lst.segments) != 2 or lst.pairs != 1:
        return False
    cores = [_strip_brackets(x).strip() for x in lst.segments]
    n = 0
    while n < min(map(len, cores)) and cores[0][-1 - n] == cores[1][-1 - n]:
        n += 1
    suffix = cores[0][-n:] if n else ""
    return bool(suffix) and (counted.lstrip("个座家所处项").startswith(suffix) or counted.endswith(suffix))


def _strip_brackets(seg: str) -> str:
    if not _BRACKETS.search(seg):
        return seg
    return re.sub(r"“[^”]*”|（[^）]*）|\([^)]*\)|《[^》]*》", "", seg)


def _item_text(seg: str) -> str:
    """An item as read for its length and its last word: parenthetical remarks dropped, the
    content of quotes and title marks kept without the marks (“放管服” -> 放管服)."""
    if not _BRACKETS.search(seg):
        return seg
    return re.sub(r"[“”《》\"]", "", re.sub(r"（[^）]*）|\([^)]*\)", "", seg))


def _enclosed(seg: str) -> bool:
    """A segment that is one quoted name or title (“证照分离”, 《规划》)."""
    s = seg.strip()
    return len(s) >= 2 and ((s[0] == "“" and s[-1] == "”" and "“" not in s[1:]) or
                            (s[0] == "《" and s[-1] == "》" and "《" not in s[1:]))


def _last_item(seg: str, conj: tuple[str, ...]) -> str:
    core = _strip_brackets(seg) or _item_text(seg)
    best = core
    for w in conj:
        k = core.rfind(w)
        if 0 < k < len(core) - len(w):
            cand = core[k + len(w):]
            if len(cand) < len(best):
                best = cand
    return best


class EnumerationCount(Rule):
    """A count word disagrees with the items listed right before it (湛江、云浮、茂名两市).

    ## What it does
    Finds a count word written right after a list (两市, 三个省级开发区, 四大平台, 3条夜游线路, “四个到位”) and
    counts the items the list gives, separated by 、 (and the last two joined by 和/及/以及/与).
    Brackets and quotes inside an item are kept whole.  It stays quiet when the count word does not
    follow a list directly (两市共建… referring back to places named earlier), when the count is
    itself an item (一、二、三产业), when the list is open and the count not smaller (湛江、云浮等三市),
    and when the last words of a list item may still belong to a longer phrase.  A quoted slogan
    (“四个到位”) is counted only when the items end with the slogan's last word (…到位、…到位), or,
    for “N大X” right after its list, when the list reads as items (…、科技创新赋能“三大行动”); a
    “N个一” slogan counts the quoted list before it whose items each open with 一, also after 的.
    Quoted names written one after another with no 、 (“A”“B”“C”三大陈列, “A”“B”和“C”三项) are a list too, and a
    和 between two places ending in kinds the count names (白沙镇和青岗乡四个乡镇) joins two items, and
    so does a 和 between two short names like the two or more before it (青石、黄泥坳、白沙、龙潭和双溪).
    Topics between 关于 and 的 (关于财政决算、预算执行、国有资产管理情况和审计整改情况的两个报告) are
    items, unless 等 closes a list inside one of them.  An ordinal or a year inside an item (市第二人民医院,
    2023年度财政决算) is part of its name, not a count it carries.

    ## Why is this bad?
    The reader counts three places and is told there are two: one of the figures is wrong, or an
    item was added or dropped while editing.

    ## Example
    高标准建设临港、高新、经开两个省级开发区。
    Use instead:
    高标准建设临港、高新、经开三个省级开发区。

    ## Options
    The classifiers and head nouns after the numeral are the `enumeration-classifiers` and
    `enumeration-heads` lexicons, the joining words `enumeration-conjunctions`
    (`rules/lexicons/enumeration.toml`).

    ## References
    - GB/T 15835—2011《出版物上数字用法》
    """

    name = "enumeration-count"
    severity = Severity.ERROR
    fixable = False
    family = "arithmetic"
    message = "前面列举了{items}项（{listed}），与“{count}”不符"

    def check(self, ctx: Context):
        text = ctx.text
        # (the words that end the counted noun in a message)
        stops = tuple(ctx.knowledge.lexicon("enumeration-tail-stops"))
        if "”“" in text or "》《" in text:
            yield from self._quoted_run(ctx, text, stops)
        if "、" not in text:
            return
        k = ctx.knowledge
        classifiers = k.lexicon("enumeration-classifiers")
        heads = k.lexicon("enumeration-heads")
        conj = tuple(sorted(k.lexicon("enumeration-conjunctions"), key=len, reverse=True))
        opens = tuple(k.lexicon("enumeration-open")) or ("等",)
        verbs = tuple(sorted(k.lexicon("enumeration-verbs"), key=len, reverse=True))
        plain, _ = _patterns(tuple(classifiers), tuple(heads))
        # only clauses holding at least two 、 (or one 、 and a 和/及/与 after it) can hold a
        # list of three items: one regex pass gives each such clause from its first qualifying 、
        # to its end (the match runs on to the clause end, so the spans neither overlap nor
        # repeat); every candidate below is looked for inside these spans only
        spans = list_clauses(text)
        if not spans:
            return
        hits: list[_Hit] = []
        arabic = _arabic(tuple(classifiers), tuple(heads))
        plain_match, arabic_match = plain.match, arabic.match
        for a, b in spans:
            # one scan of the span for the characters a count word can start with; a regex pass
            # per kind of count word would cost three calls for each of the many spans
            arabic_from = a
            for cm in _CANDIDATE.finditer(text, a, b):
                p = cm.start()
                c = text[p]
                if c in _COUNT_NUMERALS:
                    # a Chinese count numeral (两个, 三市; matched at every numeral, so that a
                    # match never hides another numeral inside its classifier or head)
                    m = plain_match(text, p)
                    if m is not None:
                        hits.append(_Hit(p, p + 1, m.end(), m.group("cls"), m.group("head"), None))
                elif c in _QUOTES:
                    # a quote opening with a count numeral (“四个到位”)
                    nxt = text[p + 1:p + 2]
                    if nxt and nxt in _COUNT_NUMERALS:
                        hits.append(_Hit(p + 1, p + 2, p + 2, None, None, c))
                elif p >= arabic_from:
                    # a count in Arabic digits (3个): the matches of a left-to-right search of
                    # the span, so a digit inside the previous match starts none
                    m = arabic_match(text, p, b)
                    if m is None:
                        continue
                    arabic_from = m.end()
                    if p and text[p - 1] in "0123456789.．,，０１２３４５６７８９":
                        continue  # a digit of a larger figure
                    hits.append(_Hit(p, p + len(m.group()) - len(m.group("cls") or m.group("head")),
                                     m.end(), m.group("cls"), m.group("head"), None))
        # in text order; on one numeral the plain hit (两个) before the quoted one (“两个…”)
        hits.sort(key=lambda h: (h.start, h.quote is not None))
        for h in hits:
            d = self._judge(ctx, text, h, conj, opens, verbs, stops)
            if d is not None:
                yield d

    def _judge(self, ctx, text, m: _Hit, conj, opens, verbs, stops):
        s = m.start
        if s < 2 or text[s - 1] in _NUMERAL_CHARS or text[s - 2:s] == "十" or text.rfind("、", max(0, s - _MAX_BACK), s) == -1:
            return None  # a larger number (十二个), or no list before the count word
        if text[s - 1].isascii() and text[s - 1].isalnum():
            return None  # 5G3个: part of a code or name
        n = _count_value(text[s:m.num_end])
        if n is None or n < 2:
            return None
        nend = m.num_end
        after = text[m.end:m.end + 1]
        nxt = text[nend:nend + 1]
        if nxt in _NUMERAL_CHARS:
            return None  # 两三个, 三十: an approximation or a larger number
        if after in ("、", "和", "及", "与", "等", "或"):
            return None  # 海南岛八所和安徽裕溪口: the word is itself an item (a name)
        if after and after in "一二两三四五六七八九" and not m.quote:
            return None  # 三省一市, 三县一区, 两市一省: one count of several kinds
        prev = text[s - 1]
        if prev in "第、前后近约余每逾超./．" or (m.quote and text[s - 2] in _NUMERAL_CHARS):
            return None
        quoted = m.quote is not None
        slogan_tail = None
        major = False
        end_words = s
        if quoted:
            close = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}[prev]
            j = text.find(close, nend, nend + 12)
            if j == -1:
                return None
            inner = text[nend:j]
            major = inner.startswith("大")  # “三大行动”: names the kinds of what is listed before it
            if inner.startswith(("个", "项", "大")):
                inner = inner[1:]
            end_words = s - 1
            if not inner:
                # 人工智能、生物医药、新材料、低空经济“三大”赛道: the count word alone in quotes, its
                # noun after them
                noun = _head_tail(text, j + 1)
                if not noun:
                    return None
                stop = _CLAUSE_STOP.search(text, j + 1)
                if "、" in text[j + 1:stop.start() if stop else len(text)]:
                    return None  # 残疾人“两项”补贴标准、孤困儿童…: a name inside an item of a longer list
                count_text = text[s:j] + noun
            else:
                slogan_tail = inner
                count_text = text[s:j]
                if inner != "一" and text.endswith("”的", 0, end_words):  # (“四个一”: see _ones)
                    # “统一供苗、统一技术标准、统一保底收购”的“四统一”: the list in quotes, then 的
                    end_words -= 2
        else:
            if m.cls and (not after or after in _STOPS):
                return None  # a classifier must be followed by a noun, not by punctuation (a head
                # noun is one: 湛江、云浮、茂名两市。)
            count_text = text[s:m.end] + (_head_tail(text, m.end, stops) if not m.head else "")
        open_list = False
        for w in opens:
            if text.endswith(w, 0, end_words):
                open_list = True
                end_words -= len(w)
                break
        if not quoted and end_words >= 2 and text[end_words - 1] == "”":
            # “监测精密、预报精准、服务精细、管理精良”三项要求: a list in quotes right before its count
            o = text.rfind("“", max(0, end_words - _MAX_BACK), end_words - 1)
            inner = text[o + 1:end_words - 1] if o >= 0 else ""
            if inner.count("、") >= 2 and not any(c in inner for c in "，。；：”"):
                end_words -= 1
        about = False
        if not quoted and end_words >= 2 and text[end_words - 1] == "的" and text[end_words - 2] not in _STOPS:
            end_words -= 1  # 关于财政决算、…和审计查出问题整改情况的三个报告: the list, 的, its count
            about = True
        if end_words <= 0 or text[end_words - 1] in _STOPS or text[end_words - 1] == "、":
            return None
        if slogan_tail == "一":
            return self._ones(ctx, text, m, n, end_words, count_text)
        lst = _scan_list(text, end_words, conj)
        if lst is None and slogan_tail is None:
            lst = _scan_list(text, end_words, conj, min_seps=1)
            if lst is None or not _sure_three(lst, count_text[len(text[s:nend]):]):
                return None
        if lst is None:
            return None
        lst = _after_verbs(lst, verbs, conj)
        segs = lst.segments
        kinds = _pairs_of_kinds(segs, count_text[len(text[s:nend]):], conj, _noun_after(text, m.end),
                                text[m.end:m.end + 12])
        if kinds > lst.pairs:
            lst.pairs = kinds
        if not lst.pairs and not quoted:
            lst.pairs = _uniform_pairs(segs, conj)
        if len(segs) < 3 and not lst.pairs:
            return None  # 反对侵略、坚持五项正义要求: two segments are too often two verb phrases
        if any(not _item_text(x).strip() for x in segs[1:]):
            return None
        last = _last_item(segs[-1], conj)
        others = [_item_text(x) for x in segs[1:]]
        width = max(len(x) for x in others)
        if any(_has_numeral(x) for x in others + [_item_text(segs[0])[-width - 1:]]):
            return None  # items that carry figures or counts of their own (两个阶级、两条道路…两条路线)
        if m.head and len(last) == n and (n >= 3 or m.head == "地") and not last.endswith(m.head):
            # 成渝两地, 京津冀三地: the count is about the last item, an abbreviation of n places
            # (not a full name that ends with the counted noun: 砻坪县 before 三县 is one county)
            return None
        if slogan_tail is not None:
            # a slogan is counted only when its items visibly end with its last word, or (“三大
            # 行动” right after its list: 链长制、招商引资攻坚、营商环境提升、科技创新赋能“三大行动”)
            # when it names N major kinds and the list reads as items
            if len(slogan_tail) == 1 and all(_item_text(x).strip("“”").startswith(slogan_tail) for x in segs[1:]):
                # 深入开展进机关、进学校…“五进”: the first item opens at the slogan's word, after the verb
                head = segs[0]
                k = head.rfind(slogan_tail)
                if 0 < k < len(head) - 1:
                    segs = [head[k:]] + segs[1:]
            if not all(_item_text(x).endswith(slogan_tail) for x in segs) \
                    and not all(_item_text(x).strip("“”").startswith(slogan_tail) for x in segs) and not (
                    major and text[end_words - 1] not in _STOPS and self._item_like(segs, last, conj)):
                return None
        elif not (kinds and any(c in _item_text(segs[-1]) for c in conj)) \
                and not (about and "关于" in segs[0] and len(segs) >= 3 and "等" not in "".join(segs)) \
                and not self._item_like(segs, last, conj, count_text[len(text[s:nend]):],
                                        ctx.knowledge.longest_first("enumeration-name-endings")):
            # (关于A、B、C和D的三个报告: the topics 关于 opens and 的 closes are the items, however long;
            # not when 等 closes a list inside one of them: 关于水、电、气等公用事业…情况和…的两个报告)
            # (a last segment of two items of the kinds counted, …智造园和蕖塘大数据产业园 before 园区,
            # is items however long)
            return None
        low = len(segs) + lst.pairs
        high = len(segs) + lst.conjunctions
        if open_list:
            if n >= low:
                return None
        elif low <= n <= high or n > high + 2:
            return None  # more than two beyond the items listed: a selection, not a miscount
        # (及 alone inside an item is one name as often as two lists joined: 生活用品及服务 among 居住、…、
        # 交通通信; 和, 与 and 以及 join the lists)
        last_conj = max((i for i, x in enumerate(segs) if any(c in _item_text(x) for c in conj if c != "及")),
                        default=None)
        if last_conj is not None and last_conj > 0 and len(segs) - last_conj == n:
            return None  # 主城区、高新区和临江、岑溪两县: the count may be of the items after 和 alone
        shown = [x.strip() for x in segs]
        if about and "关于" in shown[0]:
            shown[0] = shown[0][shown[0].rfind("关于") + 2:]  # (the topics, without 审议了关于)
        others = max(len(x) for x in shown[1:])
        if len(shown[0]) > others:
            shown[0] = "…" + shown[0][-others:]
        listed = "、".join(shown)
        items = str(low) if low == high else f"{low}至{high}"
        message = self.message.format(items=items, listed=_shorten(listed), count=count_text)
        return self.report(
            ctx,
            lst.start,
            m.end,
            message,
            evidence={
                "count": n,
                "count_text": count_text,
                "items": shown,
                "items_low": low,
                "items_high": high,
                "open": open_list,
            },
        )

    def _quoted_run(self, ctx, text: str, stops: tuple[str, ...]):
        """“青溪古代史”“近现代风云”“民俗风情”“自然生态”三大基本陈列: quoted names (or titles:
        《…条例》《…条例》三部法规) written one after another with no 、 between, right before a count
        of them."""
        for m in _quoted_runs(text):
            head = text[max(0, m.start() - _MAX_BACK):m.start()]
            stop = max(head.rfind(c) for c in "。；！？\n")
            if any(c in head[stop + 1:] for c in "》”"):
                continue  # 制定了《A》，修订了《B》《C》三部法规: the count may take in what is named before
            before = text[m.start() - 1:m.start()]
            if before in ("、", "和", "及", "与") or (before and before not in _STOPS and _unquoted_item_before(text, m.start())):
                continue  # 乡村振兴、“强省会”“强县域”三大战略: the list goes on before the quotes
            items = [a or b for a, b in _RUN_ITEM.findall(m.group("items"))]
            n = _count_value(m.group("n"))
            if n is None or n == len(items) or n > len(items) + 2:
                continue
            count_text = m.group("n") + m.group("w") + _head_tail(text, m.end(), stops)
            listed = "、".join(items)
            yield self.report(
                ctx, m.start(), m.end(),
                self.message.format(items=str(len(items)), listed=_shorten(listed), count=count_text),
                evidence={"count": n, "count_text": count_text, "items": items, "items_low": len(items),
                          "items_high": len(items), "open": False},
            )

    def _ones(self, ctx, text, m: _Hit, n: int, end: int, count_text: str):
        """“五个一”: the items are the quoted list right before it, each opening with 一
        (“一个项目、一名干部、一套方案、一笔资金”“五个一”)."""
        if text[end - 2:end] == "”的":
            end -= 1  # “一户一方案、…”的“四个一”
        if text[end - 1:end] != "”":
            return None
        op = text.rfind("“", max(0, end - _MAX_BACK), end - 1)
        if op == -1:
            return None
        inner = text[op + 1:end - 1]
        segs = inner.split("、")
        if len(segs) < 2 or any(not x.startswith("一") or not 2 <= len(x) <= 10 or _STOPS & set(x) for x in segs):
            return None
        if len(segs) == n:
            return None
        message = self.message.format(items=str(len(segs)), listed=_shorten(inner), count=count_text)
        return self.report(
            ctx, op, m.end, message,
            evidence={"count": n, "count_text": count_text, "items": segs, "items_low": len(segs),
                      "items_high": len(segs), "open": False},
        )

    @staticmethod
    def _item_like(segs: list[str], last: str, conj, counted: str = "", name_ends: tuple[str, ...] = ()) -> bool:
        """The words right before the count word are the last item, not an item followed by a
        verb or a longer phrase (在北京、上海设立两个分中心): the last item is no longer than the
        items in the middle of the list (or, for a two-item list, than the first segment), or
        every item after the first ends with the noun counted (…、乡村振兴学院、国际中文教育学院
        五个学院)."""
        if _enclosed(segs[-1]):
            return True
        noun = counted.lstrip("个座家所处项")
        if len(noun) >= 2 and len(segs) >= 3 and all(_item_text(x).strip().endswith(noun) for x in segs[1:]):
            return True
        # (an item in the middle joined by 及 alone is one name as often as two: 生活用品及服务 among
        # 居住、…、交通通信; its whole length counts)
        middle = [_item_text(x).strip() if "及" in x and not any(c in x for c in "和与") else _last_item(x, conj)
                  for x in segs[1:-1]]
        if middle:
            if len(last) <= max(len(x) for x in middle) + 1:
                return True
            # 化学制品制造业、器材制造业、电子设备制造业两个行业: a longer last item that ends as every
            # item in the middle does (制造业) is one of them, not an item and a verb
            tail = last[-3:]
            if len(tail) == 3 and all(x.endswith(tail) for x in middle):
                return True
            # 市医保局、市财政局、市住房公积金管理中心三个部门: a longer last item that ends with the
            # ending of a body's name (局, 中心; the lexicon enumeration-name-endings), as every item
            # in the middle does, is one more body
            return bool(name_ends) and last.endswith(name_ends) and all(x.endswith(name_ends) for x in middle)
        first = _item_text(segs[0])
        return len(last) <= min(4, len(first))


#: two or more quoted names one after another, the last perhaps after 和/及/与, and a count of them
#: (“A”“B”“C”三大…, “A”“B”和“C”三项): the count right after the last quote, not after 等 (an open list)
_QUOTED_RUN = re.compile(r"(?P<items>(?:“[^“”，。；]{1,16}”)+[和及与]?“[^“”，。；]{1,16}”"
                         r"|(?:《[^《》，。；]{1,30}》)+[和及与]?《[^《》，。；]{1,30}》)"
                         r"(?P<n>[两二三四五六七八九十])(?P<w>大|个|项|条|类|种|方面|部|件|本)")
#: the end of such a run: a closing mark right before a count word (rare: the run is then read back);
#: the count word is matched right after each closing mark (see _run_ends)
_RUN_COUNT = re.compile(r"[两二三四五六七八九十](?:大|个|项|条|类|种|方面|部|件|本)")
#: each closing mark: its opening mark, the longest item, the characters an item cannot hold
_RUN_MARKS = {"”": ("“", 16, frozenset("“”，。；")), "》": ("《", 30, frozenset("《》，。；"))}


def _quoted_runs(text: str):
    """The matches ``_QUOTED_RUN.finditer(text)`` gives, found from their ends: a run ends with a
    closing mark right before a count word, which is rare, and is read back item by item to its
    first opening mark (each item is delimited by its marks, so the run is the one the scan from
    the left would find there).  A scan from the left tries the pattern at every opening mark."""
    done = 0
    for close in _run_ends(text):
        opening, longest, forbidden = _RUN_MARKS[text[close]]
        start, end = -1, close  # end: the closing mark of the item read next
        last = True  # (the last item may follow 和/及/与: “A”“B”和“C”三项)
        while True:
            o = text.rfind(opening, max(done, end - longest - 1), end)
            if o == -1 or o == end - 1 or not forbidden.isdisjoint(text[o + 1:end]):
                break
            start = o
            if last and o >= 2 and text[o - 1] in "和及与" and text[o - 2] == text[close]:
                end, last = o - 2, False
                continue
            last = False
            if o == 0 or text[o - 1] != text[close]:
                break
            end = o - 1
        if start == -1:
            continue
        m = _QUOTED_RUN.match(text, start)
        if m is not None and m.end("items") == close + 1:
            done = m.end()
            yield m


def _run_ends(text: str) -> list[int]:
    """The offsets of the closing marks (” and 》) right before a count word, ascending: each mark
    found with ``str.find`` (a regex opening with a set of two characters tests that set at every
    character, several times slower), and the count word matched after it."""
    out = []
    find, count_word = text.find, _RUN_COUNT.match
    for mark in "”》":
        i = find(mark)
        while i != -1:
            if count_word(text, i + 1) is not None:
                out.append(i)
            i = find(mark, i + 1)
    out.sort()
    return out


#: an item of such a run: a quoted name or a title
_RUN_ITEM = re.compile(r"“([^“”]+)”|《([^《》]+)》")


def _unquoted_item_before(text: str, start: int) -> bool:
    """Whether an item without quotes joins the run of quoted names at ``start`` (…振兴、“A”“B”):
    a 、 or 和/及/与 in the clause before the run."""
    m = _STOP.search(text[max(0, start - 40):start][::-1])
    clause = text[start - m.start():start] if m else text[max(0, start - 40):start]
    return any(c in clause for c in "、和及与")


_CLAUSE_STOP = re.compile(r"[，,。；;！？!?\n]")


#: what follows the number of a numbered name right after a name (澴江二桥, 县二中, 市三院, 二环路)
_NAME_ORDINAL_NEXT = frozenset("桥中小院环厂")


#: an ordinal inside an item's name (市第二人民医院)
_ORDINAL = re.compile("第[零〇一二两三四五六七八九十百千0-9０-９]+")
#: a year inside an item's name (2023年度财政决算, 2024年上半年预算执行)
_YEAR_IN_ITEM = re.compile("(?:19|20)[0-9]{2}年")


def _has_numeral(item: str) -> bool:
    """An item that carries a figure or count: a numeral character, but 零 only next to another
    one (零部件, 零售 are words; 一百零五 is a number), 百/千/万/亿 only beside another numeral (万山,
    千岛湖 are names), 一 only beside another numeral or before a classifier (统一, 一体化 are
    words; 一个, 一百 are counts), and 数/几/多 only before a magnitude or
    a classifier (数字经济, 几何, 多元 are words; 数十, 几个 are counts).  An ordinal (第二人民医院,
    第三产业) or a year (2023年度财政决算) counts nothing."""
    if "第" in item:
        item = _ORDINAL.sub("第", item)
    if "年" in item:
        item = _YEAR_IN_ITEM.sub("年", item)  # 2023年度财政决算: a year names the item, counts nothing
    for i, c in enumerate(item):
        if c in _NUMERAL_CHARS:
            nxt = item[i + 1:i + 2]
            if c == "零":
                if item[i - 1:i] in _NUMERAL_CHARS or nxt in _NUMERAL_CHARS:
                    return True
            elif c in "数几多":
                if nxt and nxt in "十百千万亿个项家条种":
                    return True
            elif c in "百千万亿":
                # 万山, 千岛湖, 百色 are names; 3万, 两千 are figures
                if (nxt and nxt in _NUMERAL_CHARS) or item[i - 1:i] in _NUMERAL_CHARS:
                    return True
            elif c == "一":
                # 一 alone is mostly a word (统一, 一体化, 唯一, 一流); a count has a classifier
                # or another numeral beside it (一个, 一百, 十一)
                if (nxt and (nxt in _NUMERAL_CHARS or nxt in "个项家条种批座所台次")) or item[i - 1:i] in _NUMERAL_CHARS:
                    return True
            elif c in "二三四五六七八九" and nxt and nxt in _NAME_ORDINAL_NEXT and i > 0 \
                    and item[i - 1] not in _NUMERAL_CHARS and item[i - 1] not in "和及与、第" \
                    and item[i + 2:i + 3] not in _NUMERAL_CHARS:
                continue  # 澴江二桥, 县二中, 市三院: a numbered name (the second bridge), no count
            elif nxt == "期" and i > 0 and item[i - 1] not in _NUMERAL_CHARS and item[i - 1] not in "和及与、" \
                    and item[i + 2:i + 3] not in _NUMERAL_CHARS:
                continue  # 鹤汀物流园二期, 标准厂房三期: a project's phase, part of its name (二期 alone,
                # after 一期和, is a phase of the item before: no item of its own)
            else:
                return True
    return False


def _head_tail(text: str, pos: int, stops: tuple[str, ...] = ()) -> str:
    """A few more characters of the counted noun, for the message (两个省级开发区), up to a word of
    ``stops`` that opens what is said of it (两类价格, not 两类价格分别下 of 两类价格分别下降…)."""
    out = []
    for i, c in enumerate(text[pos:pos + 5], pos):
        if c in _STOPS or c in "、（）()“”的和与及等在是为将把被对向率" or c.isspace():
            break
        if i > pos and text.startswith(stops, i):
            break
        out.append(c)
    return "".join(out)


def _shorten(s: str, limit: int = 40) -> str:
    return s if len(s) <= limit else s[: limit - 1] + "…"


@hookimpl
def factlint_register_rules(register):
    register(EnumerationCount)
