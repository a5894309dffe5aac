"""Suite-wide options.

Tests marked ``slow`` (the 100,000-input fuzz run, the 50 MB file, the long-run sweep; see
docs/robustness.md) run only when a ``-m`` expression names them::

    FACTLINT_FUZZ_EXAMPLES=100000 .venv/bin/python -m pytest -m slow
"""

from __future__ import annotations

import os
import shutil
import tempfile


def pytest_configure(config):
    # The suite's runs keep their start-up caches (compiled patterns, parsed packs, the region index)
    # in a folder of their own, not in the developer's ~/.cache/factlint: each test's pack folder is
    # a new temporary folder, which would leave one cache file behind per run.  A folder the caller
    # names (FACTLINT_CACHE_DIR) or FACTLINT_NO_CACHE is kept as given; the tests of the caches set
    # their own.
    if "FACTLINT_CACHE_DIR" not in os.environ and not os.environ.get("FACTLINT_NO_CACHE"):
        folder = tempfile.mkdtemp(prefix="factlint-test-cache-")
        os.environ["FACTLINT_CACHE_DIR"] = folder
        config._factlint_cache_dir = folder


def pytest_unconfigure(config):
    folder = getattr(config, "_factlint_cache_dir", None)
    if folder:
        os.environ.pop("FACTLINT_CACHE_DIR", None)
        shutil.rmtree(folder, ignore_errors=True)


def pytest_collection_modifyitems(config, items):
    if "slow" in (config.getoption("markexpr") or ""):
        return  # -m slow, -m "slow or browser", -m "not slow": the expression decides
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker("slow") is None]
