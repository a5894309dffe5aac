"""Benchmark of the claim model and the arithmetic cross-checks built on it: characters per second
of ``Claims`` (figures with roles, 其中/合计 groups) and of the six rules total-mismatch,
part-exceeds-total, share-mismatch, shares-exceed-whole, average-mismatch and inconsistent-figure,
over the real corpus, once as it is and once doubled (the time must at most double).

    python benchmarks/bench_claims.py [--corpus DIR] [--repeat N]

The corpus is ``../shared/corpus/`` relative to the repository (``provincial-2025/`` and
``gov-work-reports/``), or ``--corpus`` / ``FACTLINT_CORPUS``.  Figures are extracted first and not
timed (``bench_numerals.py`` measures them); times are CPU time of this process, best of
``--repeat`` runs, each on fresh documents.  It also prints the findings per 100K characters.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FOLDERS = ("provincial-2025", "gov-work-reports")
RULES = ("total-mismatch", "part-exceeds-total", "share-mismatch", "shares-exceed-whole",
         "average-mismatch", "inconsistent-figure")


def load(corpus: Path) -> list[tuple[str, str]]:
    out = []
    for folder in FOLDERS:
        for path in sorted((corpus / folder).glob("*.txt")):
            out.append((f"{folder}/{path.name}", path.read_text(encoding="utf-8")))
    return out


def measure(linter, docs, quantities, repeat: int):
    """Best CPU seconds of (claims, rules) over ``docs`` and the findings of the last run."""
    rules = linter.enabled_rules()
    best_claims = best_rules = float("inf")
    found = []
    for _ in range(repeat):
        contexts = [linter.context(d) for d in docs]
        for ctx, qs in zip(contexts, quantities):
            ctx.__dict__["quantities"] = qs  # extracted once, outside the timing
        t0 = time.process_time()
        for ctx in contexts:
            ctx.claims.figures
        t1 = time.process_time()
        found = []
        for rule in rules:
            if rule.scope == "run":
                found.extend(rule.check_run(contexts))
            else:
                for ctx in contexts:
                    found.extend(rule.check(ctx))
        t2 = time.process_time()
        best_claims, best_rules = min(best_claims, t1 - t0), min(best_rules, t2 - t1)
    return best_claims, best_rules, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path,
                    default=Path(os.environ.get("FACTLINT_CORPUS") or ROOT / ".." / "shared" / "corpus"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not all((args.corpus / f).is_dir() for f in FOLDERS):
        print(f"corpus not found: {args.corpus}/{{{','.join(FOLDERS)}}}", file=sys.stderr)
        return 2

    from factlint.config import Settings
    from factlint.documents import plain_document
    from factlint.engine import Linter
    from factlint.numerals import extract

    linter = Linter(Settings(select=list(RULES)))
    texts = load(args.corpus)
    docs = [plain_document(name, text) for name, text in texts]
    quantities = [extract(d.text, linter.knowledge) for d in docs]
    chars = sum(len(d.text) for d in docs)

    c1, r1, found = measure(linter, docs, quantities, args.repeat)
    # the corpus twice, as one run (the second copy in other files)
    docs2 = docs + [plain_document("copy/" + d.path, d.text) for d in docs]
    c2, r2, _ = measure(linter, docs2, quantities + quantities, args.repeat)

    print(f"corpus: {len(docs)} files, {chars:,} characters")
    print(f"{'':<22}{'claims':>10}{'rules':>10}{'both':>10}{'chars/s':>14}")
    for label, c, r, n in (("as is", c1, r1, chars), ("doubled", c2, r2, 2 * chars)):
        print(f"{label:<22}{c:>9.3f}s{r:>9.3f}s{c + r:>9.3f}s{n / (c + r):>14,.0f}")
    print(f"doubling the input multiplies the time by {(c2 + r2) / (c1 + r1):.2f}")
    by_rule: dict[str, int] = {}
    for d in found:
        by_rule[d.rule] = by_rule.get(d.rule, 0) + 1
    errors = sum(1 for d in found if str(d.severity) == "error")
    print(f"findings: {len(found)} ({errors} error) = {errors / chars * 100_000:.2f} error per 100K characters"
          + "".join(f"; {k} {v}" for k, v in sorted(by_rule.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
