"""``read_run`` reads (with ``_arabic_then_mags``) Arabic digits followed by magnitude characters only (full-width digits:
１２６８, ８７．３, ２７，２０３, ３．５万; or ASCII digits before 兆) with str methods; the reading must
be the one the token loop gives (one Arabic token, then one magnitude token per character).
"""

import random

from factlint import numerals
from factlint.numerals import _FULLWIDTH_NUMERAL, _MAG_PAIRS, _MIXED_MAGS, _Reading, _arabic_then_mags, \
    _arabic_token, _half_ulp, _strip_inner_approx, _tokens, read_run

FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def _through_tokens(run):
    """The token loop's reading of ``run``, or "other" where that loop does not take it."""
    run, approx = _strip_inner_approx(run)
    if "点" in run or "點" in run:
        return "other"
    toks = _tokens(run)
    if toks[0][0] and all(c for _, c in toks[1:]):
        mags = "".join(c for _, c in toks[1:])
        factor = _MAG_PAIRS.get(mags) if mags else 1
        if factor is not None:
            value, exp, fw = _arabic_token(toks[0][0])
            script = "fullwidth" if fw else ("mixed" if not _MIXED_MAGS.isdisjoint(mags) else "arabic")
            return _Reading(value * factor, _half_ulp(exp) * factor, mags, script, approx)
    return "other"


def _fields(r):
    return r if isinstance(r, str) or r is None else tuple(repr(getattr(r, a)) for a in _Reading.__slots__)


def test_full_width_runs_read_as_the_token_loop():
    rnd = random.Random(11)
    runs = ["１２６８", "８７．３", "２７，２０３，３１９，０００", "３．５万", "12兆", "１２，３４", "，１２３", "１，２３４５",
            "１２，", "．５", "，１２３．５", ",１２３.５", "１２，３４５．", "１２３，４５６，７８９．０１万", "１２多万", "１２万万万", "１２十", "1２.5万亿", "９" * 40, "１." + "３" * 30 + "亿"]
    for _ in range(20000):
        run = str(rnd.randint(0, 10 ** rnd.randint(1, 32)))
        if rnd.random() < 0.3:
            run = f"{int(run):,}"
        if rnd.random() < 0.5:
            run += "." + str(rnd.randint(0, 10 ** rnd.randint(1, 30)))
        run += rnd.choice(["", "万", "亿", "萬", "億", "千", "百", "十", "兆", "万亿", "千万", "百万", "十亿", "万万", "亿万",
                           "千千", "多万", "余"])
        run = "".join(ch.translate(FW) if rnd.random() < 0.7 else ch for ch in run)
        runs.append(run)
    checked = 0
    for run in runs:
        if len(run) > numerals.MAX_RUN or (numerals._FULLWIDTH_NUMERAL.isdisjoint(run) and "兆" not in run):
            continue  # (other runs of ASCII digits take the ASCII short cuts before)
        expected = _through_tokens(run)
        stripped, approx = _strip_inner_approx(run)
        got = _arabic_then_mags(stripped, not _FULLWIDTH_NUMERAL.isdisjoint(stripped), approx)
        if expected == "other":
            assert got is None, run
            continue
        assert _fields(got) == _fields(expected), run
        read_run.cache_clear()
        assert _fields(read_run(run)) == _fields(expected), run
        checked += 1
    assert checked > 10000
