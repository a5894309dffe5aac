"""Stage 2 of the pipeline: find every figure in a text and normalise it.

The public interface is :func:`extract` and the :class:`Quantity` it returns.  Values are
``Decimal`` and every quantity knows the precision it was written with, so that cross-checks can
compare intervals (82.18万 stands for 821,750–821,850) instead of floats with an epsilon.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

#: kinds of quantity, as in the command-line contract
KINDS = ("number", "money", "percent", "multiple", "range", "year", "date", "ordinal", "name")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure found in a text.

    ``start``/``end`` delimit ``text``: the figure with its magnitude and unit (``82.18万``,
    ``40.48亿元``, ``1300多名``, ``3至5条``), not the approximation words before it (约, 超过, 近),
    which set ``approx`` and whose start is ``prefix_start``.
    """

    start: int
    end: int
    text: str
    kind: str
    #: the value with 万/亿/千 applied (None for ranges, which use low/high)
    value: Decimal | None
    unit: str = ""
    approx: str | None = None  # None, "about", "more", "less"
    low: Decimal | None = None
    high: Decimal | None = None
    #: half the unit of the last written digit, in value units: 82.18万 -> 50; 874 -> 0.5;
    #: Decimal(0) where the figure is exact as written (两千, 百分之百)
    precision: Decimal = Decimal(0)
    #: the magnitude characters as written after the digits: "", "万", "亿", "万亿", "千" ...
    magnitude: str = ""
    #: "arabic", "chinese", "mixed" (Arabic digits with Chinese magnitudes other than 万/亿
    #: or mixed scripts), "fullwidth" (contains full-width digits)
    script: str = "arabic"
    prefix_start: int = -1
    #: what is counted or measured, as the text names it (贫困村, 帮扶资金), where it can tell
    measure: str | None = None
    #: for dates: (year, month, day), parts that are not written are None
    date: tuple[int | None, int | None, int | None] | None = None

    @property
    def lo(self) -> Decimal:
        """Lowest value the written figure can stand for."""
        if self.value is None:
            return self.low if self.low is not None else Decimal(0)
        return self.value - self.precision

    @property
    def hi(self) -> Decimal:
        """Highest value the written figure can stand for."""
        if self.value is None:
            return self.high if self.high is not None else Decimal(0)
        return self.value + self.precision

    @property
    def is_measured(self) -> bool:
        """A measured figure (not a name, ordinal, year or date)."""
        return self.kind in ("number", "money", "percent", "multiple", "range")


def extract(text: str, lexicon: "object | None" = None) -> list[Quantity]:
    """Every figure of ``text``, in document order.

    ``lexicon`` carries the words and names that contain numeral characters but are not figures
    (from the ``not-figures`` lexicon of the rule packs); ``None`` loads the built-in packs.
    """
    raise NotImplementedError("the numeral engine is being written (issue 2)")
