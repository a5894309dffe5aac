"""Suite-wide options.

Tests marked ``slow`` (the 100,000-input fuzz run, the 50 MB file, the long-run sweep; see
docs/robustness.md) run only when a ``-m`` expression names them::

    FACTLINT_FUZZ_EXAMPLES=100000 .venv/bin/python -m pytest -m slow
"""

from __future__ import annotations


def pytest_collection_modifyitems(config, items):
    if "slow" in (config.getoption("markexpr") or ""):
        return  # -m slow, -m "slow or browser", -m "not slow": the expression decides
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker("slow") is None]
