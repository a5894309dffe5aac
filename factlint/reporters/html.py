"""``--format html --output report.html``: the editorial review report.

The report itself is built by :mod:`factlint.reporters._html`, imported only when a run asks for
HTML: every reporter module is imported (and registered) on every run, and the HTML one's styles,
script hashes and helpers would otherwise cost every ``factlint check`` a few milliseconds.
"""

from __future__ import annotations

from .. import hookimpl


def render(result, options: dict) -> str:
    from ._html import render as render_html

    return render_html(result, options)


@hookimpl
def factlint_register_reporters(register) -> None:
    register("html", render)
