"""Never hang: pathological input finishes in bounded time and memory.

Each case runs the whole check (every rule, ``select = ["ALL"]``) and fails on any
``internal-error`` (a rule that raised or timed out).  The time bounds are generous for a loaded
2-core CI machine; the figures measured on the development machine are in docs/robustness.md.
The 50 MB file is in the ``slow`` run (``pytest -m slow``); a 5 MB file of the same text is in
the default run.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factlint.config import Settings
from factlint.documents import plain_document
from factlint.engine import INTERNAL_ERROR, Linter

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def linter():
    lint = Linter(Settings(select=["ALL"], year=2024), load_entrypoints=False)
    lint.knowledge  # noqa: B018 (load the packs outside the timed part)
    lint.check_text("全市地区生产总值增长5.2%。")  # and the lazy imports and compiled patterns
    return lint


def timed_check(linter, doc, bound: float):
    start = time.perf_counter()
    result = linter.check_documents([doc])
    elapsed = time.perf_counter() - start
    broken = [d.message for d in result.diagnostics if d.rule == INTERNAL_ERROR]
    assert not broken, broken
    assert elapsed < bound, f"{doc.path}: {len(doc.source):,} characters took {elapsed:.1f} s (bound {bound} s)"
    return result


def md(linter, source: str, name: str = "deep.md"):
    return linter.read_bytes(source.encode("utf-8"), name)


# -- long lines and long lists ----------------------------------------------------------------
def test_one_megabyte_line_of_digits(linter):
    text = "1234567890" * 100_000
    result = timed_check(linter, plain_document("digits.txt", text), 30)
    assert result.diagnostics == []
    # a run of a million digits is a code or noise, not a figure
    from factlint.numerals import extract

    assert extract(text) == []


def test_one_megabyte_line_of_chinese_numerals(linter):
    # cn2an's preprocessing is quadratic and int() refuses more than 4,300 digits: the engine
    # must not hand it a run like this
    timed_check(linter, plain_document("cn.txt", "一二三四五六七八九十百千万亿" * 75_000), 30)


def test_hundred_thousand_items_joined_by_dunhao(linter):
    names = "、".join(["北京", "上海", "天津", "重庆"] * 25_000) + "等100000个城市。"
    timed_check(linter, plain_document("names.txt", names), 30)


def test_hundred_thousand_figures_joined_by_dunhao(linter):
    # one 590,000-character sentence with 100,000 figures: the claim model cuts the line into
    # sentences of at most claims.MAX_SENTENCE characters, so its cost stays linear
    figures = "全年各项投资" + "、".join(f"{i}亿元" for i in range(100_000)) + "，合计1000亿元。"
    timed_check(linter, plain_document("figures.txt", figures), 120)


def test_large_tables_and_prose_of_one_measure(linter):
    # inconsistent-figure compares table cells with prose figures of the same place, period and
    # measure ending: 10,000 rows of one indicator table and 10,000 sentences of that measure must
    # not be compared pairwise
    rows = "".join(f"| 指标{i}销售额（亿元） | {100 + i % 900}.5 |\n" for i in range(10_000))
    prose = "".join(f"全市指标{i}销售额{100 + (i * 7) % 900}.5亿元。\n" for i in range(10_000))
    source = "# 2024年数据\n\n| 指标 | 2024年 |\n|---|---|\n" + rows + "\n" + prose
    timed_check(linter, md(linter, source, "tables.md"), 20)


def test_long_line_cut_for_claims_keeps_short_sentences_whole():
    from factlint.claims import MAX_SENTENCE, _guard, split_sentences

    normal = "全市地区生产总值增长5.2%，其中第一产业增长3.1%。" * 200  # one long paragraph
    assert _guard(normal) == normal
    giant = "、".join(str(i) for i in range(20_000))
    guarded = _guard(giant)
    assert len(guarded) == len(giant) and guarded != giant
    sentences = split_sentences(giant)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE
    assert all(giant[s.start:s.end] == s.text for s in sentences)


# -- long runs of one piece ------------------------------------------------------------------
#: pieces whose long repetition once made a rule quadratic, or that sit where rules look (digits
#: of every script, separators, trigger words, figures with units, dates, addresses)
RUN_PIECES = (
    "1", "１", "一", "〇", "0", " ", "\u3000", "、", "，", "达", "年", "第", "%", "％", "”", "a", "ａ", "—", "-",
    "多", "约", "万", "十", ".", "．", "一0", "1.", "1,", "１．", "12%", "1、", "一、", "第一", "2023年",
    "2023年是“十四五”", "增长1%", "合计1", "其中1", "占1%", "星期一", "全国第一", "十四五", "达1", "约1左右",
    "1—2", "1至", "a1", "1a", "http://", "a@b.", "www.", "“", "（", "1月1日", "三四", "五六十", "ａ１",
)
#: the prefix puts a trigger of most rules before the run (％, a year, a plan, 合计, 其中)
RUN_PREFIX = "％。2023年是“十四五”时期增长约1%，合计100亿元，其中"


def run_cases(pieces, size):
    for piece in pieces:
        yield f"{piece}*", RUN_PREFIX + piece * (size // len(piece))
        yield f"{piece}+blanks", RUN_PREFIX + (piece + " ") * (size // (len(piece) + 1))


_DEFAULT_RUNS = ("一0", "其中1", "2023年是“十四五”", "ａ", "１．", "约1左右", "、")  # (、: list clauses)


@pytest.mark.parametrize("text", [t for _, t in run_cases(_DEFAULT_RUNS, 50_000)],
                         ids=[i for i, _ in run_cases(_DEFAULT_RUNS, 50_000)])
def test_long_runs(linter, text):
    timed_check(linter, plain_document("run.txt", text), 30)


@pytest.mark.slow
@pytest.mark.parametrize("text", [t for _, t in run_cases(RUN_PIECES, 200_000)],
                         ids=[i for i, _ in run_cases(RUN_PIECES, 200_000)])
def test_long_runs_all_pieces(linter, text):
    timed_check(linter, plain_document("run.txt", text), 60)


@pytest.mark.slow
def test_long_runs_of_every_character_rules_look_for(linter):
    """Every character of the packs' lexicons, alone, before a digit and before a blank, 10,000
    times after the trigger prefix: none may take more than a few seconds (quadratic code takes
    minutes on these)."""
    chars = sorted({c for words in linter.knowledge.lexicons.values() for w in words for c in w})
    slow = []
    for c in chars:
        for text in (RUN_PREFIX + c * 10_000, RUN_PREFIX + (c + "1") * 5_000, RUN_PREFIX + (c + " ") * 5_000):
            start = time.perf_counter()
            result = linter.check_documents([plain_document("run.txt", text)])
            elapsed = time.perf_counter() - start
            assert not [d for d in result.diagnostics if d.rule == INTERNAL_ERROR], text[:60]
            if elapsed > 5:
                slow.append((round(elapsed, 1), text[len(RUN_PREFIX):len(RUN_PREFIX) + 4]))
    assert not slow, slow


# -- deeply nested Markdown -------------------------------------------------------------------
DEEP = [
    ("quotes on one line", ">" * 10_000 + " 全市合计100亿元，其中工业60亿元、农业50亿元。\n"),
    ("quotes line by line", "".join(">" * i + " 增长5%\n" for i in range(1, 1_001))),
    ("list markers on one line", "- " * 10_000 + "全市增长5%\n"),
    ("ordered list markers", "1. " * 10_000 + "全市增长5%\n"),
    ("quote and list", "> - " * 10_000 + "全市增长5%\n"),
    ("indented lists", "".join("  " * i + f"- 第{i}项增长5%\n" for i in range(1_000))),
    ("brackets", "[" * 10_000 + "增长5%" + "]" * 10_000 + "\n"),
    ("emphasis", "*_" * 10_000 + "增长5%" + "_*" * 10_000 + "\n"),
    ("link openers", "[a](" * 10_000 + "\n"),
    ("html", "<div>" * 10_000 + "增长5%" + "</div>" * 10_000 + "\n"),
    ("wide table", "|" + "a|" * 2_000 + "\n|" + "-|" * 2_000 + "\n" + ("|" + "增长5%|" * 2_000 + "\n") * 10),
]


@pytest.mark.parametrize("source", [s for _, s in DEEP], ids=[n for n, _ in DEEP])
def test_deeply_nested_markdown(linter, source):
    start = time.perf_counter()
    doc = md(linter, source)
    assert len(doc.text) == len(doc.source)
    timed_check(linter, doc, 60 - (time.perf_counter() - start))


def test_nested_markdown_prose_is_still_checked(linter):
    # nesting within what CommonMark parses: the sentence inside is prose and its sum is checked
    source = "> " * 15 + "- 全市合计100亿元，其中工业60亿元、农业50亿元。\n"
    result = timed_check(linter, md(linter, source), 20)
    assert {"part-exceeds-total", "total-mismatch"} & {d.rule for d in result.diagnostics}


# -- big files ----------------------------------------------------------------------------------
_PLACES = ("全市", "全省", "昭通市", "东莞市", "全县", "滨海新区", "城关镇")
_MEASURES = (("地区生产总值", "亿元"), ("一般公共预算收入", "亿元"), ("粮食产量", "万吨"), ("常住人口", "万人"),
             ("城镇新增就业", "万人"), ("高速公路", "公里"), ("规模以上工业企业", "家"), ("森林覆盖率", "%"))


_PROSE = (
    "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。",
    "深化重点领域改革，持续优化营商环境，激发各类经营主体活力。",
    "统筹发展和安全，守牢安全生产底线，切实维护社会大局稳定。",
    "扎实推进乡村全面振兴，加强农业基础设施建设，促进农民持续增收。",
    "推进生态文明建设，持续打好蓝天、碧水、净土保卫战，厚植绿色发展底色。",
    "加强政府自身建设，坚持依法行政，自觉接受各方面监督。",
)


def report_text(size: int, seed: int = 7, prose: int = 0) -> str:
    """A made-up statistics report of about ``size`` characters: sums, shares, changes,
    enumerations, dates and headings, many of them wrong, with ``prose`` sentences without
    figures after each sentence with figures (0: a figure every 13 characters, five times as
    dense as real reports; 4: about as dense as real reports)."""
    rnd = random.Random(seed)
    out, n = [], 0
    while n < size:
        for _ in range(prose):
            out.append(rnd.choice(_PROSE))
            n += len(out[-1])
        place = rnd.choice(_PLACES)
        measure, unit = rnd.choice(_MEASURES)
        a, b, c = (rnd.randint(10, 999) for _ in range(3))
        kind = rnd.randrange(8)
        if kind == 0:
            s = f"{place}{measure}{a + b + c}{unit}，其中一季度{a}{unit}、二季度{b}{unit}、三季度{c}{unit}。"
        elif kind == 1:
            s = f"{place}{measure}{a}.{c % 10}{unit}，比上年增长{b % 20}.{a % 10}%，提高{c % 5}.{b % 10}个百分点。"
        elif kind == 2:
            s = f"新建{place}道路{a}公里、农村公路{b}公里、城市绿道{c}公里，合计{a + b + c + rnd.choice((0, 0, 10))}公里。"
        elif kind == 3:
            s = f"{rnd.randint(2015, 2024)}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日（星期{rnd.choice('一二三四五六日')}），{place}召开工作会议。"
        elif kind == 4:
            s = f"{place}{measure}占全省的{a % 100}.{b % 10}%，居全国第{rnd.choice('一二三')}位。"
        elif kind == 5:
            s = f"推动临港、高新、经开{rnd.choice('两三四')}个开发区建设，年均增长{a % 10}.{b % 10}%。"
        elif kind == 6:
            s = f"\n{rnd.choice('一二三四五六')}、{rnd.randint(2020, 2025)}年工作回顾\n"
        else:
            s = f"全年接待游客约{a}万人次左右，实现旅游收入{b}.{c}亿元，人均消费{a + c}元。"
        if rnd.random() < 0.2:
            s += "\n"
        out.append(s)
        n += len(s)
    return "".join(out)


def _check_file_in_child(path: Path, timeout: float) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run ``factlint check`` on ``path`` in a child process; (seconds, peak RSS in KB, result)."""
    code = (
        "import resource, sys, time\n"
        "from factlint.cli import main\n"
        "t = time.perf_counter()\n"
        "status = main(['check', '--isolated', '--jobs', '1', '--format', 'json', '--output', sys.argv[2], sys.argv[1]])\n"
        # peak RSS of this program: VmHWM (ru_maxrss survives exec on Linux, so it would report the
        # size of the forked test process instead when that is larger)
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"
        "    rss = int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])\n"
        "except (OSError, StopIteration, ValueError):\n"
        "    pass\n"
        "sys.stderr.write(f'\\nSECONDS={time.perf_counter() - t:.2f} MAXRSS_KB={rss}\\n')\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, "FACTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    proc = subprocess.run([sys.executable, "-c", code, str(path), str(path.with_suffix(".json"))],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)
    tail = proc.stderr.strip().rsplit("\n", 1)[-1]
    assert tail.startswith("SECONDS="), proc.stderr[-2000:]
    fields = dict(item.split("=") for item in tail.split())
    return float(fields["SECONDS"]), int(fields["MAXRSS_KB"]), proc


def _big_file(tmp_path: Path, megabytes: int, seconds: float, rss_mb: int, prose: int = 4) -> None:
    path = tmp_path / "big.txt"
    text = report_text(megabytes * 1024 * 1024 // 3, prose=prose)  # 3 bytes per character in UTF-8
    path.write_bytes(text.encode("utf-8"))
    size = path.stat().st_size
    elapsed, rss_kb, proc = _check_file_in_child(path, timeout=seconds * 3)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]  # findings or none, never an error
    assert "internal-error" not in path.with_suffix(".json").read_text(encoding="utf-8")
    print(f"\n{size / 2**20:.1f} MB ({len(text):,} characters): {elapsed:.1f} s, peak RSS {rss_kb / 1024:.0f} MB")
    assert elapsed < seconds, f"{size / 2**20:.0f} MB took {elapsed:.0f} s"
    assert rss_kb / 1024 < rss_mb, f"peak RSS {rss_kb / 1024:.0f} MB for a {size / 2**20:.0f} MB file"


def test_five_megabyte_file(tmp_path):
    _big_file(tmp_path, 5, seconds=90, rss_mb=400)


@pytest.mark.slow
def test_fifty_megabyte_file(tmp_path):
    _big_file(tmp_path, 50, seconds=900, rss_mb=2500)


@pytest.mark.slow
def test_five_megabyte_file_five_times_as_dense(tmp_path):
    # a figure every 13 characters and a finding every 55: the findings and the report dominate
    _big_file(tmp_path, 5, seconds=300, rss_mb=1200, prose=0)


def test_every_report_format_on_one_long_line_of_findings(linter):
    """A 200,000-character line with thousands of findings: each reporter quotes the part of the
    line around each finding (quoting or measuring the whole line for each was quadratic: 15
    minutes for the terminal report, 12 GB for SARIF)."""
    text = report_text(200_000, prose=0).replace("\n", "")
    result = timed_check(linter, plain_document("oneline.txt", text), 60)
    assert len(result.diagnostics) > 2_000
    options = {"color": False, "quiet": False, "statistics": True, "output": None, "width": 100,
               "threshold": "info", "rules": {r.name: type(r) for r in result.rules}}
    for fmt, render in sorted(linter.reporters.items()):
        start = time.perf_counter()
        out = render(result, dict(options))
        elapsed = time.perf_counter() - start
        assert elapsed < 30, f"{fmt}: {elapsed:.0f} s"
        assert len(out) < 200 * len(text), f"{fmt}: {len(out):,} characters of report"


# -- patterns that backtrack catastrophically ----------------------------------------------------
def test_pack_pattern_that_backtracks_times_out_as_a_diagnostic(tmp_path, monkeypatch):
    from factlint.checks import packrules

    (tmp_path / "house.toml").write_text(
        '[pack]\nname = "house"\n\n'
        '[[rule]]\nname = "backtracks"\nkind = "existence"\nregex = true\ntokens = ["(a|aa)+c"]\n'
        'message = "不要写“{match}”"\n',
        encoding="utf-8")
    monkeypatch.setattr(packrules, "TIMEOUT_BASE", 0.5)
    lint = Linter(Settings(packs=[str(tmp_path)]), load_entrypoints=False)
    start = time.perf_counter()
    result = lint.check_text("a" * 60 + "。全市规模以上工业企业达到１２６８家。")
    elapsed = time.perf_counter() - start
    assert elapsed < 20
    errors = [d for d in result.diagnostics if d.rule == INTERNAL_ERROR]
    assert len(errors) == 1
    assert "house.backtracks" in errors[0].message and "超时" in errors[0].message
    assert errors[0].evidence["timeout"] is True and errors[0].evidence["rule"] == "house.backtracks"
    assert "fullwidth-digit" in {d.rule for d in result.diagnostics}  # the other rules still ran


def test_pack_patterns_still_match_with_the_regex_module(tmp_path):
    (tmp_path / "house.toml").write_text(
        '[pack]\nname = "house"\n\n'
        '[[rule]]\nname = "hype"\nkind = "existence"\nregex = true\nignorecase = true\n'
        'tokens = ["史上最\\\\w", "no\\\\.?\\\\s*1"]\nexceptions = ["史上最早"]\n\n'
        '[[rule]]\nname = "jiezhi"\nkind = "substitution"\nregex = true\nswap = { "截止(\\\\d+年)" = "截至\\\\1" }\n',
        encoding="utf-8")
    lint = Linter(Settings(packs=[str(tmp_path)]), load_entrypoints=False)
    result = lint.check_text("这是史上最大的项目，史上最早的记录，排名NO. 1。截止2023年底完成。")
    found = sorted((d.rule, d.snippet) for d in result.diagnostics if d.rule.startswith("house."))
    assert found == [("house.hype", "NO. 1"), ("house.hype", "史上最大"), ("house.jiezhi", "截止2023年")]
    fix = next(d.fix for d in result.diagnostics if d.rule == "house.jiezhi")
    assert [e.replacement for e in fix.edits] == ["截至2023年"]
