"""Reading speed: how fast factlint turns the shared corpus into documents.

    python benchmarks/read_corpus.py [CORPUS_DIR]

Prints, per folder, files, characters and characters per second of ``factlint.inputs.collect``
(decoding, Markdown/Word parsing and the prose map), best of three runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from factlint.engine import Linter
from factlint.inputs import collect

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".." / "shared" / "corpus"
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    linter = Linter()
    collect([str(corpus / "encodings")], linter)  # warm up imports (python-docx, markdown-it...)
    folders = [p for p in sorted(corpus.iterdir()) if p.is_dir()]
    print(f"{'folder':<24}{'files':>6}{'chars':>11}{'seconds':>9}{'chars/s':>13}")
    for folder in folders:
        best = None
        for _ in range(3):
            start = time.perf_counter()
            docs, errors = collect([str(folder)], linter)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        chars = sum(len(d.source) for d in docs)
        print(f"{folder.name:<24}{len(docs):>6}{chars:>11,}{best:>9.3f}{chars / best:>13,.0f}"
              + (f"  ({len(errors)} errors)" if errors else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
