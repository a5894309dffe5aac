"""factlint.bench, the project's own benchmark: its measurements run on a small corpus."""

from __future__ import annotations

from factlint import bench

DRAFT = "全市地区生产总值完成2856.4亿元，比上年增长5.8%。其中第一产业增加值126.3亿元。\n" * 20


def _corpus(tmp_path, n=2):
    files = []
    for i in range(n):
        f = tmp_path / f"d{i}.txt"
        f.write_text(DRAFT, encoding="utf-8")
        files.append(f)
    return files


def test_parse_reads_key_value_lines():
    assert bench._parse("chars=10\nnoise\ncpu=0.25\n") == {"chars": 10.0, "cpu": 0.25}


def test_measure_counts_the_characters_checked(tmp_path):
    files = _corpus(tmp_path)
    m = bench.measure(files, 2, "check")
    assert m["chars"] == 2 * 2 * len(DRAFT)
    assert m["cpu"] > 0 and m["items"] >= 0 and m["maxrss_kb"] > 0


def test_two_at_once_gives_the_cpu_of_each_pass(tmp_path):
    files = _corpus(tmp_path)
    one, both, ratio = bench.two_at_once(files, 1)
    assert one > 0 and both > 0
    assert abs(ratio - both / one) < 1e-9  # (one run: the medians are the run's own figures)


def test_corpus_files_falls_back_to_every_txt(tmp_path):
    _corpus(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text(DRAFT, encoding="utf-8")
    assert [f.name for f in bench.corpus_files(tmp_path)] == ["d0.txt", "d1.txt", "x.txt"]


def test_speed_ups_read_three_ways():
    one, two = [1.0, 1.2, 1.6, 1.1], [0.6, 0.9, 0.8, 0.55]
    up = bench.speed_ups(one, two)
    assert abs(up["median"] - (1.15 / 0.7)) < 1e-9
    assert abs(up["best"] - 1.0 / 0.55) < 1e-9
    ratios = sorted(a / b for a, b in zip(one, two))
    assert ratios[0] <= up["low"] <= up["high"] <= ratios[-1]
    assert bench.speed_ups([1.0], [0.5])["best"] == 2.0
