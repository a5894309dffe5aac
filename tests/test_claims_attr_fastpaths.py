"""The claim model's lazy per-figure attributes (measure, subject, period, plan) and the part/sum
groups: their fast paths (speed work) give what the plain computations gave."""

import factlint.claims as claims
from factlint.claims import analyse_text


def _attrs(text):
    c = analyse_text(text)
    return [(f.text, f.measure, f.subject, f.named, f.period, f.plan) for f in c.figures], c.ambiguous_subjects


def test_clean_is_the_substitution():
    for s in ("全市规模以上工业增加值", "在校生（含在园幼儿）", "“十四五”期间", "执业(助理)医师", " 全县 ", "",
              "GDP总量", "5G基站", "《规划》目标", "【注】", "年末\u3000人口", "a'b\"c"):
        assert claims._clean(s) == claims._MEASURE_CLEAN.sub("", s), s


def test_measure_from_a_short_or_long_trail():
    # the noun after a count names what it counts; a trail of one character names nothing
    got, _ = _attrs("全县共有874个贫困村。全县贫困户3个，人。")
    assert got[0][1] == "贫困村"
    assert got[1][1] == "贫困户"


def test_subject_mentions_with_and_without_a_generic_first_character():
    # the generic words that do not end like a place (全国, 我国, 本区) are looked for only in a
    # text with 全, 我 or 本; a text without them has none
    lex = claims.lexicon_patterns(None)
    got = {text: claims._subject_mentions(text, lex.generic, lex.not_places)
           for text in ("昭通市地区生产总值", "全国城镇", "我国粮食产量", "本区常住人口", "全市和全国")}
    assert got == {"昭通市地区生产总值": [(0, 3, "昭通市", "p")], "全国城镇": [(0, 2, "全国", "g")],
                   "我国粮食产量": [(0, 2, "我国", "g")], "本区常住人口": [(0, 2, "本区", "g")],
                   "全市和全国": [(0, 2, "全市", "g"), (3, 5, "全国", "g")]}


def test_paragraph_ends_where_the_splitter_sees_a_line_break():
    # lines cut by the guard (a run of 1,000 characters and more without a sentence end) and
    # ordinary lines, the last without a line break: the mentions of each paragraph are those of
    # the text up to the first line break the splitter sees (as str.find found it)
    long = "、".join(["全市新建道路12公里"] * 150)
    text = "昭通市地区生产总值1520亿元\n" + long + "\n\n2023年全县税收3.2亿元\n全年粮食产量125.6万吨"
    c = analyse_text(text)
    lex = c.lex
    seen = set()
    for f in c.figures:
        para = f.sentence.paragraph
        if para in seen:
            continue
        seen.add(para)
        end = c._splitter.text.find("\n", para)
        chunk = text[para:] if end == -1 else text[para:end]
        subjects, _, periods, _ = c._mentions_in(para)
        assert subjects == claims._subject_mentions(chunk, lex.generic, lex.not_places)
        assert periods == claims._period_mentions(chunk)
    assert len(seen) > 4  # (the long line is cut into several paragraphs)
