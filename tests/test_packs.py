"""Rule packs: validation that names file, key and problem; the existence and substitution kinds;
a user's pack from a folder taking effect end to end; the parse cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.config import Settings
from factlint.documents import plain_document
from factlint.engine import Linter
from factlint.packs import Knowledge, PackError

ROOT = Path(__file__).resolve().parents[1]


def pack_linter(tmp_path: Path, body: str, select=None) -> Linter:
    (tmp_path / "house.toml").write_text(body, encoding="utf-8")
    return Linter(Settings(packs=[str(tmp_path)], select=select), load_entrypoints=False)


def findings(linter: Linter, text: str):
    return linter.check_documents([plain_document("a.txt", text)]).diagnostics


EXISTENCE = """
[pack]
name = "house"

[[rule]]
name = "no-hype"
kind = "existence"
severity = "info"
message = "避免“{match}”"
tokens = ["史上最", "最最", "TOP"]
ignorecase = true
exceptions = ["史上最早的"]
examples = { wrong = ["史上最强。"], right = ["很强。"] }
"""

SUBSTITUTION = """
[[rule]]
name = "house.words"
kind = "substitution"
summary = "Preferred words."
swap = { "其它" = "其他", "帐户" = "账户" }
"""


# -- the kinds --------------------------------------------------------------------------------------
def test_existence_rule(tmp_path):
    linter = pack_linter(tmp_path, EXISTENCE, select=["house"])
    found = findings(linter, "这是史上最强的一年，也是史上最早的纪录。Top 10 最最好。")
    assert [(d.rule, d.snippet, d.message) for d in found] == [
        ("house.no-hype", "史上最", "避免“史上最”"),
        ("house.no-hype", "Top", "避免“Top”"),
        ("house.no-hype", "最最", "避免“最最”"),
    ]
    assert str(found[0].severity) == "info" and found[0].fix is None
    cls = linter.all_rules()["house.no-hype"]
    assert cls.examples() == (["史上最强。"], ["很强。"])
    assert linter.rule_origin["house.no-hype"] == str(tmp_path / "house.toml")


def test_substitution_rule_with_fix(tmp_path):
    linter = pack_linter(tmp_path, SUBSTITUTION, select=["house.words"])
    text = "其它帐户和其他账户。"
    found = findings(linter, text)
    assert [(d.snippet, d.message) for d in found] == [("其它", "建议将“其它”改为“其他”"), ("帐户", "建议将“帐户”改为“账户”")]
    assert found[0].fix.edits[0].replacement == "其他" and found[0].evidence["replacement"] == "其他"
    assert linter.all_rules()["house.words"].fixable
    assert linter.all_rules()["house.words"].summary() == "Preferred words."


def test_regex_substitution_and_no_fix(tmp_path):
    body = """
[[rule]]
name = "house.dates"
kind = "substitution"
regex = true
fix = false
swap = { '(\\d{4})-(\\d{2})-(\\d{2})' = '\\1年\\2月\\3日' }
"""
    linter = pack_linter(tmp_path, body, select=["house.dates"])
    (d,) = findings(linter, "会议于2024-01-15召开。")
    assert d.message == "建议将“2024-01-15”改为“2024年01月15日”" and d.fix is None


def test_pack_patterns_match_with_regex_and_its_time_limit(tmp_path):
    """A pattern ``re`` reads is checked at load and compiled with ``regex`` on first use; one only
    ``regex`` reads (\\p{Han}) is compiled at load; both match with ``regex`` (and its timeout)."""
    from factlint.checks.packrules import _LazyRegex

    body = """
[[rule]]
name = "house.han-digits"
kind = "existence"
regex = true
tokens = ['\\p{Han}[0-9]+号', '第[0-9]+届']
"""
    linter = pack_linter(tmp_path, body, select=["house.han-digits"])
    (rule,) = linter.enabled_rules()
    assert not isinstance(type(rule).pattern, _LazyRegex)  # \p{Han}: only regex reads it
    assert [d.snippet for d in findings(linter, "见京3号文和第12届会议。")] == ["京3号", "第12届"]
    body2 = """
[[rule]]
name = "house.han-digits"
kind = "existence"
regex = true
tokens = ['第[0-9]+届']
"""
    linter2 = pack_linter(tmp_path, body2, select=["house.han-digits"])
    (rule2,) = linter2.enabled_rules()
    lazy = type(rule2).pattern
    assert isinstance(lazy, _LazyRegex)
    assert [d.snippet for d in findings(linter2, "第12届会议。")] == ["第12届"]
    assert "regex" in type(lazy._rx).__module__  # matched by regex (_regex.Pattern), with its time limit


def test_default_run_does_not_import_regex(tmp_path):
    """The built-in pack's one pattern rule is off by default: a plain check never loads ``regex``."""
    draft = tmp_path / "d.txt"
    draft.write_text("截止2023年底，全市共有各类市场主体48.6万户，凯旋归来。\n", encoding="utf-8")
    code = ("import sys; from factlint.cli import main\n"
            "try:\n    main(['check', '--exit-zero', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print('REGEX' if 'regex' in sys.modules else 'NO-REGEX')")
    out = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True,
                         env={**os.environ, "FACTLINT_NO_CACHE": "1"})
    assert out.stdout.strip().endswith("NO-REGEX"), out.stdout + out.stderr


def test_pack_rule_off_by_default(tmp_path):
    body = EXISTENCE.replace('severity = "info"', 'severity = "info"\nenabled = false')
    linter = pack_linter(tmp_path, body)
    assert "house.no-hype" not in linter.enabled_names()
    assert "house.no-hype" in Linter(Settings(packs=[str(tmp_path)], extend_select=["house"]),
                                     load_entrypoints=False).enabled_names()


# -- validation ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body,key,problem", [
    ("[lexicon.x]\nwords = [1]\n", "lexicon.x.words", "every word must be a non-empty string"),
    ("[lexicon.x]\nlist = []\n", "lexicon.x", "needs a 'words' list"),
    ("[stuff]\n", "stuff", "unknown top-level key"),
    ("[facts.t]\nentries = [1]\n", "facts.t.entries[0]", "must be a table"),
    ('[pack]\nname = "House Style"\n', "pack.name", "must be a lower-case name"),
    ('[[rule]]\nname = "x.y"\nkind = "nonsense"\n', "rule[0].kind", "unknown rule kind 'nonsense'"),
    ('[[rule]]\nname = "noprefix"\nkind = "existence"\ntokens = ["a"]\n', "rule[0].name", "pack rule names are 'pack.rule-name'"),
    ('[[rule]]\nname = "h.a"\nkind = "existence"\n', "rule[0].tokens", "is required"),
    ('[[rule]]\nname = "h.a"\nkind = "existence"\ntoken = ["a"]\n', "rule[0].token", "did you mean 'tokens'?"),
    ('[[rule]]\nname = "h.a"\nkind = "existence"\ntokens = ["a"]\nseverity = "fatal"\n', "rule[0].severity", "must be error, warning or info"),
    ('[[rule]]\nname = "h.a"\nkind = "existence"\ntokens = ["("]\nregex = true\n', "rule[0].tokens[0]", "invalid regular expression"),
    ('[[rule]]\nname = "h.a"\nkind = "existence"\ntokens = ["a"]\nmessage = "{nope}"\n', "rule[0].message", "bad placeholder"),
    ('[[rule]]\nname = "h.a"\nkind = "substitution"\nswap = {}\n', "rule[0].swap", "is required"),
    ('[[rule]]\nname = "h.a"\nkind = "substitution"\nswap = { a = 1 }\n', "rule[0].swap.a", "must map a phrase to a string"),
    ('[[rule]]\nname = "h.a"\nkind = "existence"\ntokens = ["a"]\nexamples = { bad = [] }\n', "rule[0].examples", "must be a table with 'wrong' and 'right'"),
    ('[[rule]]\nname = "fullwidth-digit"\nkind = "existence"\ntokens = ["a"]\n', "rule[0].name", "pack rule names"),
    ('[[rule]]\nname = "editorial.idiom-typo"\nkind = "existence"\ntokens = ["a"]\n', "rule[0].name", "already used by"),
    ("rule = 3\n", "rule", "must be an array of tables"),
    ("not = toml = here\n", "", "invalid TOML"),
])
def test_broken_packs_name_file_key_and_problem(tmp_path, body, key, problem):
    with pytest.raises(PackError) as info:
        pack_linter(tmp_path, body).all_rules()
    err = info.value
    assert err.source == str(tmp_path / "house.toml")
    assert err.key == key and problem in err.problem, str(err)


def test_broken_pack_exits_2_with_one_line(tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "a.toml").write_text('[[rule]]\nname = "h.a"\nkind = "existence"\n', encoding="utf-8")
    (tmp_path / "factlint.toml").write_text('packs = ["house/"]\n', encoding="utf-8")
    (tmp_path / "d.txt").write_text("文本。\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factlint", "check", "d.txt"], capture_output=True, text=True,
                          cwd=tmp_path, env={**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"factlint: {tmp_path / 'house' / 'a.toml'}: rule[0].tokens: is required (a list of strings)"


def test_user_pack_from_config_takes_effect(tmp_path):
    house = tmp_path / "house-style"
    house.mkdir()
    (house / "words.toml").write_text(SUBSTITUTION + '\n[lexicon.superlative-scopes]\nwords = ["全流域"]\n',
                                      encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\npacks = ["house-style/"]\n', encoding="utf-8")
    (tmp_path / "d.txt").write_text("其它工作。全流域第一。\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factlint", "check", "--format", "json", "d.txt",
                           "--select", "house,unsourced-superlative"], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}, timeout=120)
    assert proc.returncode == 1, proc.stderr
    found = [(d["rule"], d["column"]) for d in json.loads(proc.stdout)["diagnostics"]]
    # the pack's rule, and its lexicon extending a built-in rule's (全流域 is now a scope)
    assert found == [("house.words", 1), ("unsourced-superlative", 6)]


def test_later_packs_extend_lexicons():
    k = Knowledge()
    k.add_table("a.toml", {"lexicon": {"w": {"words": ["甲", "乙"]}}})
    k.add_table("b.toml", {"lexicon": {"w": {"words": ["乙", "丙"]}}})
    assert k.lexicon("w") == ("甲", "乙", "丙") and k.words("w") == {"甲", "乙", "丙"}


def test_a_pack_extends_the_overlap_words(tmp_path):
    """parts-overlap-words: a list its sentence says overlaps is not added up.  同时挂牌 is no word
    of the built-in list, so 18 + 11 (+ 7 + 2) against 共22个 is reported; a pack that adds it
    quiets the finding, as 同时入选 does built in."""
    text = "全县评定省级乡村旅游重点村18个、特色村镇11个，有7个村同时{w}两个名录，共涉及22个村。\n"
    plain = Linter(Settings(select=["total-mismatch"]), load_entrypoints=False)
    assert findings(plain, text.format(w="入选")) == []
    assert [d.rule for d in findings(plain, text.format(w="挂牌"))] == ["total-mismatch"]
    house = pack_linter(tmp_path, '[lexicon.parts-overlap-words]\nwords = ["同时挂牌"]\n', select=["total-mismatch"])
    assert findings(house, text.format(w="挂牌")) == []


def test_a_pack_extends_the_cumulative_words_of_share_mismatch(tmp_path):
    """share-cumulative-words: a share labelled with a category that takes in those above it
    (本科及以上学历) is of the figures before it together.  本科及更高学历 is read as 本科 alone
    (5126 ÷ 6418 = 79.9%, not 84.8%) until a pack adds 及更高."""
    text = ("全县教职工7652人，其中专任教师6418人。专任教师中，具有研究生学历的318人，本科学历5126人，"
            "{label}教师占专任教师的84.8%。")
    plain = Linter(Settings(select=["share-mismatch"]), load_entrypoints=False)
    assert findings(plain, text.format(label="本科及以上学历")) == []
    assert [d.rule for d in findings(plain, text.format(label="本科及更高学历"))] == ["share-mismatch"]
    house = pack_linter(tmp_path, '[lexicon.share-cumulative-words]\nwords = ["及更高"]\n', select=["share-mismatch"])
    assert findings(house, text.format(label="本科及更高学历")) == []
    assert [d.rule for d in findings(house, text.format(label="本科学历"))] == ["share-mismatch"]


def test_parse_cache_follows_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "pack"
    folder.mkdir()
    f = folder / "a.toml"
    f.write_text('[lexicon.w]\nwords = ["甲"]\n', encoding="utf-8")
    k = Knowledge()
    k.add_folder(folder)
    assert k.lexicon("w") == ("甲",) and list((tmp_path / "cache").iterdir())
    k = Knowledge()
    k.add_folder(folder)  # from the cache
    assert k.lexicon("w") == ("甲",)
    f.write_text('[lexicon.w]\nwords = ["乙", "丙"]\n', encoding="utf-8")
    k = Knowledge()
    k.add_folder(folder)
    assert k.lexicon("w") == ("乙", "丙")
    f.write_text('[lexicon.w]\nwords = [1, 2]\n', encoding="utf-8")  # still validated
    with pytest.raises(PackError):
        Knowledge().add_folder(folder)


def test_builtin_packs_ship_in_the_package():
    from factlint.packs import _walk_toml, builtin_pack_folder

    names = {n for n, _ in _walk_toml(builtin_pack_folder())}
    for expected in ("rules/packs/editorial.toml", "rules/lexicons/superlatives.toml",
                     "rules/lexicons/redundant_approximation.toml"):
        assert expected in names


def test_parse_cache_keeps_a_bounded_number_of_files(tmp_path, monkeypatch):
    """Each pack folder has its own cache file; folders that are gone must not leave them to pile
    up: past ParseCache.MAX_FILES the oldest go, never the one just written."""
    from factlint.packs import ParseCache

    cache = tmp_path / "cache"
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(cache))
    monkeypatch.setattr(ParseCache, "MAX_FILES", 4)
    for i in range(7):
        folder = tmp_path / f"pack{i}"
        folder.mkdir()
        (folder / "a.toml").write_text(f'[lexicon.w]\nwords = ["甲{i}"]\n', encoding="utf-8")
        k = Knowledge()
        k.add_folder(folder)
        assert k.lexicon("w") == (f"甲{i}",)
        newest = max(cache.glob("packs-*.marshal"), key=lambda p: p.stat().st_mtime_ns)
        os.utime(newest, ns=(i * 10**9, i * 10**9))  # (distinct ages, whatever the clock's grain)
    kept = sorted(cache.glob("packs-*.marshal"), key=lambda p: p.stat().st_mtime_ns)
    assert len(kept) == 4
    assert [p.stat().st_mtime_ns for p in kept] == [i * 10**9 for i in (3, 4, 5, 6)]
