"""fullwidth-digit: full-width digits (１２６) or a full-width ％/．in a number."""

from __future__ import annotations

import re

from factlint import Edit, Fix, Rule, Severity, hookimpl
from factlint.checks._scan import find_all

_FW_DIGITS = "０１２３４５６７８９"
_FW_LATIN = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
#: each full-width character of a number to its half-width twin: digits, ．, ％, the ， between
#: digit groups, and Latin letters (one table: no character maps to another key)
_HALF = str.maketrans({**{c: str(i) for i, c in enumerate(_FW_DIGITS)}, "．": ".", "％": "%", "，": ",",
                       **{c: chr(ord(c) - 0xFEE0) for c in _FW_LATIN}})
#: a number holding one of these is reported for its digits (not only for a ％)
_FW_DIGIT_OR_POINT = frozenset(_FW_DIGITS + "．")

# A number: digits of either width with a decimal point of either width between digits and an
# optional percent sign of either width; full-width Latin letters glued to it (Ｇ２０) go with it.
_NUMBER = re.compile(  # (the look-behind: a run of letters is tried once, not from each of its letters)
    rf"(?<![{_FW_LATIN}])[{_FW_LATIN}]*[0-9{_FW_DIGITS}]+(?:[.．][0-9{_FW_DIGITS}]+)*[%％]?[{_FW_LATIN}]*"
)


class FullwidthDigit(Rule):
    """Full-width digits or a full-width ％ in a number.

    ## What it does
    Finds numbers typed with full-width characters: the digits ０–９ (１２６８家), a full-width
    decimal point between digits (８７．３) and a full-width percent sign after a number (８７．３％).
    Full-width letters glued to such a number (Ｇ２０) are converted with it.  A full-width number
    grouped in threes (２７，２０３，３１９，０００元, as older reports write sums) is one number, read
    as the numeral engine reads it, and one finding; its group separators become the half-width
    comma of GB/T 15835 (27,203,319,000元).  A full-width ％ after
    half-width digits (87.3％) is reported when the document also writes 87.3% (see Options).

    ## Why is this bad?
    GB/T 15835-2011 asks for half-width Arabic digits in Chinese text.  Full-width digits come from
    input methods; they look different from the digits around them, break searching and sorting,
    and are not read as numbers by spreadsheets and databases that receive the text.

    ## Example
    全市规模以上工业企业达到１２６８家。
    旅游收入增长８７．３％。
    本年收入合计２７，２０３，３１９，０００元。
    客房入住率为87.3％，比上年提高2.1%。
    Use instead:
    全市规模以上工业企业达到1268家。
    旅游收入增长87.3%。
    本年收入合计27,203,319,000元。
    客房入住率为87.3%，比上年提高2.1%。

    ## Fix safety
    Safe: each full-width character is replaced by the half-width character with the same meaning
    (１ → 1, ． → ., ％ → %, Ｇ → G, and ， → , between the digit groups of one number); the value
    and the text around the number are unchanged.

    ## Options
    ``percent-sign`` (default ``"mixed"``): when a full-width ％ after half-width digits is reported:
    ``"mixed"`` only in a document that also uses the half-width %, ``"always"``, or ``"never"``.

    ## References
    GB/T 15835-2011《出版物上数字用法》5.1: Arabic digits are written half-width; 5.1.3: a number
    of more than four digits may be grouped in threes with the half-width comma (千分撇).
    """

    name = "fullwidth-digit"
    severity = Severity.WARNING
    fixable = True
    family = "usage"
    default_options = {"percent_sign": "mixed"}
    message = "数字“{written}”使用了全角字符，应写作“{fixed}”"

    def check(self, ctx):
        text = ctx.text
        places = _fullwidth_places(text)
        if not places:
            return
        mode = self.options.get("percent_sign", "mixed")
        if mode not in ("always", "mixed", "never"):
            raise ValueError(f"option percent-sign must be always, mixed or never, not {mode!r}")
        half_percent = None
        grouped_end = -1
        for m in _numbers_with_fullwidth(text, places):
            start, end = m.span()
            if start < grouped_end:
                continue  # a digit group of the number reported before
            g = _GROUPED.match(text, start)
            if g is not None and g.end() > end:
                m = g  # ２７，２０３，３１９，０００: one number, as the numeral engine reads it
                grouped_end = g.end()
            written = m.group()
            only_percent = _FW_DIGIT_OR_POINT.isdisjoint(written)
            if only_percent:
                if "％" not in written or mode == "never":
                    continue
                if mode == "mixed":
                    if half_percent is None:
                        half_percent = _HALF_PERCENT.search(text) is not None
                    if not half_percent:
                        continue  # ％ used throughout: a house style, not a slip
            start, end = m.start(), m.end()
            fixed = written.translate(_HALF)
            message = (f"百分号“％”是全角字符，与文中其他百分数的“%”不一致，应写作“{fixed}”"
                       if only_percent else self.message.format(written=written, fixed=fixed))
            yield self.report(
                ctx, start, end, message,
                evidence={"written": written, "suggested": fixed},
                fix=Fix(f"将“{written}”改为“{fixed}”", (Edit(start, end, fixed),)),
            )


#: a full-width number grouped in threes by commas (the numeral engine's reading: groups of
#: exactly three full-width digits, no digit after the last), with its decimals and ％
_GROUPED = re.compile(rf"[{_FW_DIGITS}]{{1,3}}(?:[,，][{_FW_DIGITS}]{{3}})+(?![{_FW_DIGITS}])(?:[.．][0-9{_FW_DIGITS}]+)?[%％]?")
_HALF_PERCENT = re.compile(r"[0-9]%")


#: the characters that make a number full-width: digits, ％ and ．
_FW_CHARS = f"{_FW_DIGITS}％．"
_FW_NUMBER_CHARS = frozenset(_FW_CHARS)


#: the characters a number of _NUMBER is made of: it never spans any other character
_ALPHABET = frozenset(f"0123456789{_FW_DIGITS}.．%％{_FW_LATIN}")
_RUN_END = re.compile(rf"[0-9{_FW_DIGITS}.．%％{_FW_LATIN}]*")


def _fullwidth_places(text: str) -> list[int]:
    """Where the characters of ``_FW_CHARS`` are, ascending (one ``str.find`` loop per character:
    see :func:`factlint.checks._scan.find_all`)."""
    return find_all(text, _FW_CHARS)


def _numbers_with_fullwidth(text: str, places: list[int] | None = None):
    """The matches of ``_NUMBER.finditer(text)`` that hold a full-width digit, ．or ％, without
    scanning every number of the text: a number never spans a character outside ``_ALPHABET``,
    so the numbers of a run of such characters are those ``finditer`` finds in that run alone
    (its look-behind sees only the run, or a character outside it, which is no letter).  Only the
    runs around full-width characters (``places``, from :func:`_fullwidth_places`) are read."""
    if places is None:
        places = _fullwidth_places(text)
    done = 0
    for x in places:
        if x < done:
            continue  # (inside the run just read: the next full-width character past it follows)
        start = x
        while start > done and text[start - 1] in _ALPHABET:
            start -= 1
        end = _RUN_END.match(text, x).end()
        done = end
        for m in _NUMBER.finditer(text, start, end):
            if not _FW_NUMBER_CHARS.isdisjoint(m.group()):
                yield m


@hookimpl
def factlint_register_rules(register):
    register(FullwidthDigit)
