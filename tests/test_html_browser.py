"""The HTML review report in a real browser: headless Chromium (Debian's ``chromium``) driven by
Playwright's Python API.  Skips, saying why, where either is missing; ``.ci/run`` installs
Chromium so CI runs it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from _synthetic import run_cli

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run"]
HOSTILE = (
    "青禾县新建农村公路126公里、县乡道路48公里、产业路35公里，合计219公里。\n"
    "全县新建高标准农田3千亩，森林覆盖率达到106.3%。"
    "<script>window.__pwned = 1; document.title = 'pwned'</script>"
    "<img src=x onerror=\"window.__pwned = 2; document.title = 'pwned'\">"
    "<svg onload=\"window.__pwned = 3\"></svg>全县１２６家企业。\n"
    "</pre></div><script>window.__pwned = 4</script><style>body{display:none}</style>\n"
)


def chromium_path() -> str | None:
    for candidate in (os.environ.get("FACTLINT_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser"),
                      "/usr/bin/chromium"):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():
    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium installed (apt-get install chromium, or set FACTLINT_CHROMIUM); .ci/run installs it")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright's Python package is not installed (it is in the 'test' extra)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=FLAGS)
        try:
            yield b
        finally:
            b.close()


def report(tmp_path: Path, *paths: str, name: str = "report.html") -> Path:
    out = tmp_path / name
    run_cli("check", "--format", "html", "--output", str(out), *paths)
    return out


def open_page(browser, path: Path, javascript: bool = True):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=javascript)
    page = context.new_page()
    requests, dialogs, errors = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return context, page, requests, dialogs, errors


def in_view(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }""")


def test_seeds_report_highlights_findings_and_jumps_to_them(browser, tmp_path):
    out = report(tmp_path, "seeds")
    context, page, requests, dialogs, errors = open_page(browser, out)
    try:
        assert [u for u in requests if not u.startswith("file:")] == []  # no network at all
        assert errors == [] and dialogs == []
        marks = page.locator("main a.hl")
        if marks.count() == 0:
            pytest.skip("the rules found nothing in seeds/ (no highlighted findings to test)")
        # highlighted: the mark has a background colour
        bg = marks.first.evaluate("el => getComputedStyle(el).backgroundColor")
        assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
        cards = page.locator("article.card")
        assert cards.count() == page.locator("ol.index li").count() >= 1

        # click the last finding of the list at the top: the page jumps to its text in the document
        last = page.locator("ol.index li a").last
        href = last.get_attribute("href")
        fid = href.removeprefix("#m-")
        last.click()
        page.wait_for_function("id => document.getElementById(id).classList.contains('active')", arg=fid)
        mark = f"#{href[1:]} + .hl, #{href[1:]} ~ .hl"
        assert in_view(page, mark)
        text = page.locator(mark).first.inner_text()
        assert text.strip() and text in page.locator(f"#{fid}").evaluate(
            "el => el.closest('.row').querySelector('.tx').innerText")
        assert in_view(page, f"#{fid}")  # its card is beside it

        # click a highlighted finding in the text: its card is in view and marked active
        page.evaluate("window.scrollTo(0, 0)")
        first_mark = page.locator("main a.hl").first
        first_mark.scroll_into_view_if_needed()
        target = first_mark.get_attribute("href")[1:]
        first_mark.click()
        page.wait_for_function("id => document.getElementById(id).classList.contains('active')", arg=target)
        assert in_view(page, f"#{target}")
        assert "active" in first_mark.get_attribute("class")

        # the severity filter hides the findings of a level (cards and list entries)
        sev = page.locator(f"#{target}").get_attribute("class").split("sev-")[1].split()[0]
        page.locator(f"label[for=show-{sev}]").click()
        assert not page.locator(f"#{target}").is_visible()
        assert page.locator(f"ol.index li.sev-{sev}").first.is_hidden()
        page.locator(f"label[for=show-{sev}]").click()
        assert page.locator(f"#{target}").is_visible()
        assert errors == []
    finally:
        context.close()


def test_report_reads_and_filters_without_javascript(browser, tmp_path):
    out = report(tmp_path, "seeds")
    context, page, *_ = open_page(browser, out, javascript=False)
    try:
        assert page.locator(".row").count() > 0
        assert page.locator("main > section.doc .lines > .row").first.is_visible()  # not folded: readable
        cards = page.locator("article.card")
        if cards.count() == 0:
            pytest.skip("the rules found nothing in seeds/")
        card = cards.first
        sev = card.get_attribute("class").split("sev-")[1].split()[0]
        assert card.is_visible()
        page.locator(f"label[for=show-{sev}]").click()  # CSS-only filter: a checkbox and a sibling selector
        assert card.is_hidden()
        # a plain link still jumps to the finding's text
        page.locator(f"label[for=show-{sev}]").click()
        link = page.locator("ol.index li a").last
        link.click()
        href = link.get_attribute("href")
        assert in_view(page, f"{href} + .hl, {href} ~ .hl")
    finally:
        context.close()


def test_hostile_draft_text_never_runs(browser, tmp_path):
    draft = tmp_path / "hostile.txt"
    draft.write_text(HOSTILE, encoding="utf-8")
    out = report(tmp_path, str(draft))
    context, page, requests, dialogs, errors = open_page(browser, out)
    try:
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.title() == "factlint 审校报告"
        assert dialogs == [] and [u for u in requests if not u.startswith("file:")] == []
        assert page.locator("img").count() == 0 and page.locator("svg").count() == 0
        assert page.locator("script").count() == 1  # the report's own
        assert page.locator("body").is_visible()
        text = page.locator("main").inner_text()
        assert "<script>window.__pwned = 1; document.title = 'pwned'</script>" in text
        assert "<img src=x onerror=\"window.__pwned = 2; document.title = 'pwned'\">" in text
        assert "</pre></div><script>window.__pwned = 4</script>" in text
        # the report's own script did run (a link click activates its card)
        cards = page.locator("article.card")
        if cards.count():
            link = page.locator("ol.index li a").first
            link.click()
            fid = link.get_attribute("href").removeprefix("#m-")
            page.wait_for_function("id => document.getElementById(id).classList.contains('active')", arg=fid)
        assert errors == []
    finally:
        context.close()


def test_report_prints_cleanly(browser, tmp_path):
    out = report(tmp_path, "seeds")
    context, page, *_ = open_page(browser, out)
    try:
        page.set_viewport_size({"width": 720, "height": 1000})  # the width of an A4 page's print area
        page.emulate_media(media="print")
        assert page.locator(".filters").is_hidden() and page.locator("#index").is_hidden()
        cards = page.locator("article.card")
        if cards.count():
            card = cards.first
            assert card.is_visible()
            # the note stays beside its line on paper
            row = card.evaluate("el => { const r = el.closest('.row');"
                                " return [r.querySelector('.tx').getBoundingClientRect().right,"
                                " el.getBoundingClientRect().left]; }")
            assert row[0] <= row[1]
            # a severity the filter hides is not printed either
            sev = card.get_attribute("class").split("sev-")[1].split()[0]
            page.emulate_media(media="screen")
            page.locator(f"label[for=show-{sev}]").click()
            page.emulate_media(media="print")
            assert card.is_hidden()
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    finally:
        context.close()
