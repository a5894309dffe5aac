"""What is not prose even in plain text: web addresses and e-mail addresses.

Their digits are not figures (``http://www.gov.cn/2024/0305/c1001.html`` would otherwise yield
2024 and 0305 and 1001), so every reader blanks them in ``Document.text``.  The patterns are ASCII
only: a Chinese character or full-width punctuation ends an address, as it does in running text
(详见www.stats.gov.cn。).
"""

from __future__ import annotations

import re

_ADDRESS = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[!-~]+"  # a URL: up to the first space or non-ASCII character
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",  # an e-mail address
    re.IGNORECASE | re.ASCII,
)
_TRAILING = ".,;:!?'\"*_"
_CLOSERS = {")": "(", "]": "[", "}": "{", ">": "<"}


def address_ranges(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses in ``text`` (trailing punctuation excluded)."""
    if "://" not in text and "@" not in text and not (("w." in text or "W." in text) and "www." in text.lower()):
        return []  # (two scans for "w." cost a third of lowering the whole text, read for every document)
    out = []
    for m in _ADDRESS.finditer(text):
        start, end = m.span()
        # trailing sentence punctuation and unbalanced closing brackets are not part of a URL
        while end > start:
            ch = text[end - 1]
            if ch in _TRAILING:
                end -= 1
            elif ch in _CLOSERS and text.count(_CLOSERS[ch], start, end) < text.count(ch, start, end):
                end -= 1
            else:
                break
        if end > start:
            out.append((start, end))
    return out
