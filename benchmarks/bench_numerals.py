"""Benchmark of figure extraction: characters per second of ``factlint.numerals.extract`` over the
real corpus, compared in the same run with ``cn2an.transform`` over the same text.

    python benchmarks/bench_numerals.py [--corpus DIR] [--repeat N]

The corpus is ``../shared/corpus/`` relative to the repository (``provincial-2025/`` and
``gov-work-reports/``), or ``--corpus`` / ``FACTLINT_CORPUS``.  Times are CPU time of this process
(one core), best of ``--repeat`` runs; the first extraction run is reported apart because it fills
the memo of numeral readings (and imports cn2an).  cn2an.transform is run once over a sample
of the documents (it is slow) and its rate scaled, which is fair: its cost is linear in the text.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FOLDERS = ("provincial-2025", "gov-work-reports")


def load(corpus: Path) -> list[str]:
    texts = []
    for folder in FOLDERS:
        for path in sorted((corpus / folder).glob("*.txt")):
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path,
                    default=Path(os.environ.get("FACTLINT_CORPUS") or ROOT / ".." / "shared" / "corpus"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cn2an-sample", type=int, default=8, help="run cn2an.transform on every Nth document")
    args = ap.parse_args(argv)
    if not all((args.corpus / f).is_dir() for f in FOLDERS):
        print(f"corpus not found: {args.corpus}/{{{','.join(FOLDERS)}}}", file=sys.stderr)
        return 2
    texts = load(args.corpus)
    chars = sum(map(len, texts))

    from factlint.numerals import engine_for, extract

    t0 = time.process_time()
    engine_for(None)
    setup = time.process_time() - t0

    t0 = time.process_time()
    figures = sum(len(extract(t)) for t in texts)
    first = time.process_time() - t0
    best = first
    for _ in range(args.repeat):
        t0 = time.process_time()
        for t in texts:
            extract(t)
        best = min(best, time.process_time() - t0)

    import cn2an

    sample = texts[:: args.cn2an_sample]
    sample_chars = sum(map(len, sample))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cn2an warns on every numeral it cannot read
        t0 = time.process_time()
        for t in sample:
            cn2an.transform(t, "cn2an")
        c2 = time.process_time() - t0
    c2_rate = sample_chars / c2

    rate = chars / best
    print(f"corpus: {len(texts)} documents, {chars:,} characters, {figures:,} figures")
    print(f"engine set-up (lexicons, patterns): {setup * 1000:.0f} ms")
    print(f"factlint extract, first run:  {chars / first / 1e6:6.2f} M chars/s ({first:.3f} s)")
    print(f"factlint extract, best of {args.repeat}:   {rate / 1e6:6.2f} M chars/s ({best:.3f} s)")
    print(f"cn2an.transform (1/{args.cn2an_sample} sample): {c2_rate / 1e6:6.2f} M chars/s ({c2:.3f} s for {sample_chars:,} chars)")
    print(f"speed-up over cn2an.transform: {rate / c2_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
