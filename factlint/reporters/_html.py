"""``--format html --output report.html``: the editorial review report (the plugin module is
:mod:`factlint.reporters.html`; this private module is imported only when a run asks for HTML).

One self-contained file: styles and the small script are inline, fonts are the reader's system
fonts, and a Content-Security-Policy forbids every network request and every script but the
report's own (hash-pinned).  It shows:

- a summary by rule and severity, the list of findings and the list of documents;
- each document with every finding highlighted in place (spans from ``Diagnostic.start/end``
  over ``Document.source``; overlapping findings are cut into segments, each segment carrying all
  the findings that cover it, the most serious one deciding its colour) and, beside the line, the
  finding's message, evidence, related statements (also marked in the text) and safe fix.  Long
  stretches without findings are folded (``<details>``), so a folder of reports stays readable;
- filters by severity: checkboxes and CSS, so they work with JavaScript off; the script only adds
  conveniences (highlighting everything a finding refers to, opening folds when jumping, ``n``/
  ``p`` to step through findings, expand all);
- print styles: the toolbar disappears, findings stay beside their lines, colours are kept, and
  what the filters hide is not printed.

Every piece of document text, message, path and evidence is HTML-escaped.  For .docx documents
``source`` is the paragraphs joined by newlines, so a "line" is a paragraph (``段``).
"""

from __future__ import annotations

import base64
import hashlib
from bisect import bisect_right
from html import escape

from .. import __version__
from ._report import (
    SEVERITIES,
    SEVERITY_LABEL,
    evidence_items,
    excerpt,
    rule_infos,
    severity_counts,
    span_offsets,
    summary_rows,
)

#: lines of context kept around a line with a finding; longer runs without findings are folded
CONTEXT = 2
FOLD_MIN = 4

CSS = """
:root{--err:#b3261e;--err-bg:#fde3e0;--warn:#8a5a00;--warn-bg:#ffefbf;--info:#1d5fb0;--info-bg:#e1edfc;
--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--paper:#fff;--panel:#f6f8fa;--rel:#6f42c1}
*{box-sizing:border-box}
html{scroll-padding-top:5rem}
body{margin:0;color:var(--ink);background:var(--paper);font:15px/1.75 system-ui,-apple-system,"Segoe UI",
"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;font-size:.9em}
a{color:#0b57d0}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);border:0}
.top{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);
padding:.5rem 1.25rem;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.25rem}
.top h1{font-size:1.15rem;margin:0}
.top .meta{color:var(--muted);font-size:.9rem}
.filters{display:flex;gap:.4rem;align-items:center;font-size:.9rem}
.chip{border:1px solid var(--line);border-radius:999px;padding:.05rem .7rem;cursor:pointer;user-select:none;
background:#fff;opacity:.55;text-decoration:line-through}
.chip b{font-weight:600}
.chip.sev-error{border-color:var(--err);color:var(--err)}
.chip.sev-warning{border-color:var(--warn);color:var(--warn)}
.chip.sev-info{border-color:var(--info);color:var(--info)}
#show-error:checked~.top .chip.sev-error,#show-warning:checked~.top .chip.sev-warning,
#show-info:checked~.top .chip.sev-info{opacity:1;text-decoration:none}
#show-error:checked~.top .chip.sev-error{background:var(--err-bg)}
#show-warning:checked~.top .chip.sev-warning{background:var(--warn-bg)}
#show-info:checked~.top .chip.sev-info{background:var(--info-bg)}
input.filter:focus-visible~.top .filters{outline:2px solid #0b57d0;outline-offset:2px}
#show-error:not(:checked)~main .sev-error:not(.hl),#show-warning:not(:checked)~main .sev-warning:not(.hl),
#show-info:not(:checked)~main .sev-info:not(.hl),#show-error:not(:checked)~main .caret.sev-error,
#show-warning:not(:checked)~main .caret.sev-warning,#show-info:not(:checked)~main .caret.sev-info{display:none}
button#expand{font:inherit;font-size:.85rem;border:1px solid var(--line);background:#fff;border-radius:6px;padding:0 .6rem;cursor:pointer}
main{padding:0 1.25rem 3rem;max-width:110rem;margin:0 auto}
h2{font-size:1.1rem;margin:1.6rem 0 .6rem}
h2 small{font-weight:normal;color:var(--muted);font-size:.85rem;margin-left:.5rem}
table.summary{border-collapse:collapse;font-size:.92rem}
table.summary th,table.summary td{border-bottom:1px solid var(--line);padding:.2rem .8rem .2rem 0;text-align:left;vertical-align:top}
table.summary td.n{text-align:right}
.badge{display:inline-block;font-size:.78rem;line-height:1.5;border-radius:4px;padding:0 .35rem;font-weight:600;white-space:nowrap}
.badge.sev-error{background:var(--err-bg);color:var(--err)}
.badge.sev-warning{background:var(--warn-bg);color:var(--warn)}
.badge.sev-info{background:var(--info-bg);color:var(--info)}
ol.index{padding-left:2.2rem;font-size:.92rem;margin:.3rem 0}
ol.index li{margin:.1rem 0}
ol.index .where{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em}
ul.docs{padding-left:1.4rem;font-size:.92rem;columns:2 22rem}
section.doc{margin-top:2rem;border-top:2px solid var(--ink)}
section.doc>h2{margin-top:.6rem}
.lines{border:1px solid var(--line);border-radius:6px;overflow:hidden}
.row{display:grid;grid-template-columns:3.2rem minmax(0,1fr) minmax(15rem,27rem);border-top:1px solid #eef1f4}
.row:first-child{border-top:0}
.ln{color:var(--muted);text-align:right;padding:.15rem .6rem 0 0;font-size:.8rem;background:var(--panel);user-select:none}
.ln::before{content:attr(data-n)}
.tx{padding:.15rem .8rem;white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.6em}
.notes{padding:.25rem .5rem;background:var(--panel);border-left:1px solid var(--line)}
.row.has .tx{background:#fffdf7}
.hl{color:inherit;text-decoration:none;border-radius:2px;cursor:pointer}
#show-info:checked~main .hl.sev-info{background:var(--info-bg);box-shadow:inset 0 -2px var(--info)}
#show-warning:checked~main .hl.sev-warning{background:var(--warn-bg);box-shadow:inset 0 -2px var(--warn)}
#show-error:checked~main .hl.sev-error{background:var(--err-bg);box-shadow:inset 0 -2px var(--err)}
.hl.caret::before{content:"\\2041";color:var(--err);font-weight:bold}
.rel{text-decoration:underline dashed var(--rel);text-underline-offset:.25em}
.active.hl,.active.rel{outline:2px solid var(--rel);outline-offset:1px}
.card{background:#fff;border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:6px;
padding:.35rem .6rem;margin:.2rem 0 .45rem;font-size:.88rem;line-height:1.6;break-inside:avoid}
.card.sev-error{border-left-color:var(--err)}
.card.sev-warning{border-left-color:var(--warn)}
.card.sev-info{border-left-color:var(--info)}
.card.active,.card:target{box-shadow:0 0 0 2px var(--rel)}
.card .head{display:flex;flex-wrap:wrap;gap:.1rem .5rem;align-items:baseline}
.card .head a{margin-left:auto;font-size:.8rem;color:var(--muted)}
.card .msg{margin:.2rem 0;font-size:.95rem}
.card dl{margin:.2rem 0;display:flex;flex-wrap:wrap;gap:0 .9rem;font-size:.82rem;color:var(--muted)}
.card dl div{display:flex;gap:.3rem}
.card dt{font-family:ui-monospace,Menlo,Consolas,monospace}
.card dd{margin:0;color:var(--ink)}
.card .related{margin:.2rem 0 0;padding-left:1.1rem;font-size:.84rem}
.card q{quotes:"\\201C" "\\201D"}
.card q mark{background:#eee3ff;color:inherit}
.card .fix{margin:.2rem 0 0;font-size:.84rem;color:#116329}
details.fold{border-top:1px solid #eef1f4}
details.fold>summary{cursor:pointer;color:var(--muted);font-size:.82rem;padding:.15rem .8rem;background:var(--panel)}
.empty{color:var(--muted)}
ul.errors li{color:var(--err)}
@media (max-width:900px){.row{grid-template-columns:2.6rem minmax(0,1fr)}.notes{grid-column:2;border-left:0}}
@media print{
@page{margin:14mm 12mm}
body{font-size:10pt;line-height:1.6}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.top{position:static;border:0;padding:0 0 .4rem}
.filters,button#expand,#index{display:none}
main{padding:0;max-width:none}
a{color:inherit;text-decoration:none}
.row{grid-template-columns:2.2rem minmax(0,1fr) 36%;break-inside:avoid}
.notes{grid-column:auto;border-left:1px solid var(--line)}
.card{font-size:8.5pt}
.lines{border-color:#bbb}
section.doc{break-before:page}
.card{box-shadow:none!important}
.hl{outline:none!important}
}
"""

JS = """(function(){"use strict";
var d=document;
function ids(s){return (s||"").split(" ").filter(Boolean);}
function openTo(el){for(var p=el;p;p=p.parentElement){if(p.tagName==="DETAILS"){p.open=true;}}}
function clear(){d.querySelectorAll(".active").forEach(function(e){e.classList.remove("active");});}
function activate(list){clear();list.forEach(function(id){var c=d.getElementById(id);if(c){c.classList.add("active");}
d.querySelectorAll('[data-f~="'+id+'"],[data-r~="'+id+'"]').forEach(function(e){e.classList.add("active");});});}
function go(hash,how){var id=decodeURIComponent((hash||"").replace(/^#/,""));var el=id&&d.getElementById(id);if(!el){return false;}
openTo(el);var f=id.replace(/^m-/,"");if(/^f\\d+$/.test(f)){activate([f]);}
var target=el.classList.contains("anchor")&&el.nextElementSibling?el.nextElementSibling:el;
target.scrollIntoView({block:how||"center"});return true;}
d.addEventListener("click",function(ev){var a=ev.target.closest("a[href^='#']");if(!a){return;}
var h=a.getAttribute("href");if(go(h)){ev.preventDefault();history.pushState(null,"",h);
if(a.classList.contains("hl")){activate(ids(a.dataset.f));}}});
window.addEventListener("hashchange",function(){go(location.hash);});
if(location.hash){go(location.hash);}
d.addEventListener("mouseover",function(ev){var c=ev.target.closest(".card");if(!c){return;}
d.querySelectorAll('[data-f~="'+c.id+'"],[data-r~="'+c.id+'"]').forEach(function(e){e.classList.add("active");});});
d.addEventListener("mouseout",function(ev){var c=ev.target.closest(".card");if(!c||c.contains(ev.relatedTarget)){return;}
if(!c.classList.contains("active")){d.querySelectorAll('[data-f~="'+c.id+'"],[data-r~="'+c.id+'"]').forEach(function(e){e.classList.remove("active");});}});
var btn=d.getElementById("expand");if(btn){btn.hidden=false;btn.addEventListener("click",function(){
var all=d.querySelectorAll("details.fold"),open=!Array.prototype.every.call(all,function(x){return x.open;});
all.forEach(function(x){x.open=open;});btn.textContent=open?"收起无问题的段落":"展开全文";});}
var cur=-1;d.addEventListener("keydown",function(ev){if(ev.ctrlKey||ev.metaKey||ev.altKey||/INPUT|TEXTAREA/.test(ev.target.tagName)){return;}
if(ev.key!=="n"&&ev.key!=="p"){return;}var cards=Array.prototype.filter.call(d.querySelectorAll(".card"),function(c){return c.offsetParent!==null;});
if(!cards.length){return;}cur=ev.key==="n"?(cur+1)%cards.length:(cur-1+cards.length)%cards.length;
go("#m-"+cards[cur].id);history.replaceState(null,"","#m-"+cards[cur].id);});
})();
"""


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CSP = (f"default-src 'none'; style-src '{_sha256(CSS)}'; script-src '{_sha256(JS)}'; "
       "img-src data:; base-uri 'none'; form-action 'none'")


def e(text) -> str:
    return escape(str(text), quote=True)


class _Piece:
    __slots__ = ("start", "end", "fid", "sev", "related", "first")

    def __init__(self, start, end, fid, sev, related=False, first=False):
        self.start, self.end, self.fid, self.sev, self.related, self.first = start, end, fid, sev, related, first


def _line_bounds(doc) -> list[tuple[int, int]]:
    """(start, end) of every line of ``doc.source``, without the line break (nor a CR before it);
    the empty "line" after a final line break is not a line."""
    src, starts = doc.source, doc.line_starts
    out = []
    for i, s in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(src)
        if end > s and src[end - 1] == "\r":
            end -= 1
        out.append((s, end))
    if len(out) > 1 and out[-1][0] == len(src):
        out.pop()
    return out


def _spread(pieces: dict, bounds, starts, start: int, end: int, fid: str, sev: str, related: bool) -> None:
    """Add the span ``[start, end)`` to ``pieces`` (line index -> list), cut at line breaks."""
    n = bounds[-1][1]
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    first_line = min(bisect_right(starts, start) - 1, len(bounds) - 1)
    if end == start:
        pieces.setdefault(first_line, []).append(_Piece(start, start, fid, sev, related, True))
        return
    last_line = min(bisect_right(starts, end - 1) - 1, len(bounds) - 1)
    first = True
    for li in range(first_line, last_line + 1):
        ls, le = bounds[li]
        s, t = max(start, ls), min(end, le)
        if s < t or (first and li == last_line):
            pieces.setdefault(li, []).append(_Piece(s, max(s, t), fid, sev, related, first))
            first = False


def _render_line(src: str, ls: int, le: int, pieces: list) -> str:
    if not pieces:
        return e(src[ls:le])
    cuts = {ls, le}
    for p in pieces:
        cuts.add(p.start)
        cuts.add(p.end)
    cuts = sorted(c for c in cuts if ls <= c <= le)
    # the pieces that start at each cut, and those that cover the segment from the current cut
    # (a sweep, so a line with thousands of findings is not quadratic); in ``pieces`` order
    starting: dict[int, list] = {}
    for k, p in enumerate(pieces):
        starting.setdefault(p.start, []).append((k, p))
    active: list = []
    out = []
    for i, a in enumerate(cuts):
        here = starting.get(a, ())
        for _, p in here:  # anchors of findings that start here, and zero-length findings
            if p.first and not p.related:
                out.append(f'<span class="anchor" id="m-{p.fid}"></span>')
                if p.end == p.start:
                    out.append(f'<a class="hl caret sev-{p.sev}" href="#{p.fid}" data-f="{p.fid}" '
                               f'title="{e(SEVERITY_LABEL[p.sev])}"></a>')
        if i + 1 == len(cuts):
            break
        b = cuts[i + 1]
        text = e(src[a:b])
        active = [kp for kp in active if kp[1].end >= b]
        if here:
            active.extend(kp for kp in here if kp[1].end > kp[1].start and kp[1].end >= b)
            active.sort(key=lambda kp: kp[0])
        found = [p for _, p in active if not p.related]
        rel = [p for _, p in active if p.related]
        if not found and not rel:
            out.append(text)
            continue
        rel_attr = f' data-r="{" ".join(dict.fromkeys(p.fid for p in rel))}"' if rel else ""
        if found:
            found.sort(key=lambda p: (SEVERITIES.index(p.sev), int(p.fid[1:])))
            sevs = " ".join(f"sev-{s}" for s in dict.fromkeys(p.sev for p in found))
            fids = " ".join(dict.fromkeys(p.fid for p in found))
            cls = f"hl {sevs}" + (" rel" if rel else "")
            out.append(f'<a class="{cls}" href="#{found[0].fid}" data-f="{fids}"{rel_attr}>{text}</a>')
        else:
            out.append(f'<span class="rel"{rel_attr}>{text}</span>')
    return "".join(out)


def _quote(doc, start: int, end: int) -> str:
    before, span, after = excerpt(doc, start, end, width=40)
    return f"<q>{e(before)}<mark>{e(span)}</mark>{e(after)}</q>"


class _Report:
    def __init__(self, result):
        self.result = result
        self.docs = list(result.documents)
        self.doc_ids = {d.path: f"d{i}" for i, d in enumerate(self.docs, 1)}
        self.by_path = {d.path: d for d in self.docs}
        self.diags = list(result.diagnostics)
        self.fid = {id(d): f"f{i}" for i, d in enumerate(self.diags, 1)}
        self.diags_of: dict[str, list] = {}
        for d in self.diags:
            self.diags_of.setdefault(d.path, []).append(d)
        self.infos = rule_infos(result, (d.rule for d in self.diags))

    def unit(self, path: str) -> str:
        doc = self.by_path.get(path)
        return "段" if doc is not None and doc.kind == "docx" else "行"

    def where(self, loc) -> str:
        return f"第 {loc.line} {self.unit(loc.path)}第 {loc.column} 列"

    # -- pieces ------------------------------------------------------------------------------
    def card(self, d) -> str:
        fid, sev = self.fid[id(d)], str(d.severity)
        info = self.infos.get(d.rule)
        title = e(info.summary) if info and info.summary else ""
        parts = [
            f'<article class="card sev-{sev}" id="{fid}">',
            f'<div class="head"><span class="badge sev-{sev}">{e(SEVERITY_LABEL[sev])}</span>'
            f'<code title="{title}">{e(d.rule)}</code><a href="#m-{fid}">{e(self.where(d.location))}</a></div>',
            f'<p class="msg">{e(d.message)}</p>',
        ]
        ev = evidence_items(d.evidence)
        if ev:
            parts.append('<dl class="ev">' + "".join(f"<div><dt>{e(k)}</dt><dd>{e(v)}</dd></div>" for k, v in ev)
                         + "</dl>")
        if d.related:
            items = []
            for r in d.related:
                rdoc = self.by_path.get(r.path)
                label = f"第 {r.line} {self.unit(r.path)}"
                if r.path != d.path:
                    label = f"{r.path} {label}"
                if rdoc is not None:
                    link = f'<a href="#{self.doc_ids[r.path]}-L{r.line}">{e(label)}</a>'
                    items.append(f"<li>{link}：{_quote(rdoc, *span_offsets(rdoc, r))}</li>")
                else:
                    items.append(f"<li>{e(label)}</li>")
            parts.append('<div class="relhead">相关表述：</div><ul class="related">' + "".join(items) + "</ul>")
        if d.fix is not None:
            doc = self.by_path.get(d.path)
            edits = "；".join(
                f"“{e(doc.source[x.start:x.end]) if doc else ''}” → “{e(x.replacement)}”" for x in d.fix.edits)
            parts.append(f'<p class="fix">可自动修复（factlint check --fix）：{e(d.fix.description)}'
                         + (f"：{edits}" if edits else "") + "</p>")
        parts.append("</article>")
        return "".join(parts)

    def document(self, doc) -> str:
        did = self.doc_ids[doc.path]
        diags = self.diags_of.get(doc.path, [])
        bounds = _line_bounds(doc)
        starts = list(doc.line_starts)
        pieces: dict[int, list] = {}
        cards: dict[int, list] = {}
        for d in diags:
            fid, sev = self.fid[id(d)], str(d.severity)
            start, end = max(0, d.start), max(d.start, d.end)
            if start > len(doc.source):  # a location past the end: trust the line/column instead
                start, end = span_offsets(doc, d.location)
            _spread(pieces, bounds, starts, start, end, fid, sev, False)
            line = min(bisect_right(starts, start) - 1, len(bounds) - 1)
            cards.setdefault(line, []).append(d)
            for r in d.related:
                if r.path == doc.path:
                    _spread(pieces, bounds, starts, *span_offsets(doc, r), fid, sev, True)
        for rd in self.diags:  # related statements in this document of findings in other documents
            if rd.path != doc.path:
                for r in rd.related:
                    if r.path == doc.path:
                        _spread(pieces, bounds, starts, *span_offsets(doc, r), self.fid[id(rd)], str(rd.severity), True)

        keep = set()
        for li in set(pieces) | set(cards):
            keep.update(range(li - CONTEXT, li + CONTEXT + 1))
        unit = self.unit(doc.path)
        src = doc.source
        rows, fold = [], []

        def row(li: int) -> str:
            ls, le = bounds[li]
            notes = "".join(self.card(d) for d in cards.get(li, ()))
            cls = "row has" if notes else "row"
            return (f'<div class="{cls}" id="{did}-L{li + 1}"><span class="ln" data-n="{li + 1}"></span>'
                    f'<div class="tx">{_render_line(src, ls, le, pieces.get(li, ()))}</div>'
                    f'<div class="notes">{notes}</div></div>')

        def flush() -> None:
            if not fold:
                return
            if len(fold) >= FOLD_MIN or not keep:
                a, b = fold[0] + 1, fold[-1] + 1
                label = f"第 {a}–{b} {unit}，无问题" if keep else f"全文 {b} {unit}，无问题"
                rows.append(f'<details class="fold"><summary>{label}</summary>'
                            + "".join(row(li) for li in fold) + "</details>")
            else:
                rows.extend(row(li) for li in fold)
            fold.clear()

        for li in range(len(bounds)):
            if li in keep:
                flush()
                rows.append(row(li))
            else:
                fold.append(li)
        flush()
        counts = severity_counts(diags)
        badges = "".join(f' <span class="badge sev-{s}">{SEVERITY_LABEL[s]} {n}</span>' for s, n in counts.items() if n)
        head = f"<small>{len(diags)} 处问题</small>{badges}" if diags else "<small>未发现问题</small>"
        return (f'<section class="doc" id="{did}"><h2><span class="mono">{e(doc.path)}</span>{head}</h2>'
                f'<div class="lines">{"".join(rows)}</div></section>')

    def html(self) -> str:
        counts = severity_counts(self.diags)
        n_docs = len(self.docs)
        filters = "".join(
            f'<label class="chip sev-{s}" for="show-{s}">{SEVERITY_LABEL[s]} <b>{counts[s]}</b></label>' for s in SEVERITIES)
        inputs = "".join(f'<input type="checkbox" class="filter vh" id="show-{s}" checked>' for s in SEVERITIES)
        meta = f"{n_docs} 个文件 · {len(self.diags)} 处问题" + (f" · {len(self.result.errors)} 个文件无法读取"
                                                              if self.result.errors else "")
        out = [
            "<!DOCTYPE html>",
            '<html lang="zh-CN"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="factlint {e(__version__)}">',
            "<title>factlint 审校报告</title>",
            f"<style>{CSS}</style></head><body>",
            inputs,
            f'<header class="top"><h1>factlint 审校报告</h1><span class="meta">{meta}</span>'
            f'<nav class="filters" aria-label="按级别筛选">显示：{filters}</nav>'
            '<button type="button" id="expand" hidden>展开全文</button></header>',
            "<main>",
        ]
        out.append('<section id="summary"><h2>汇总</h2>')
        if self.diags:
            out.append('<table class="summary"><thead><tr><th>规则</th><th>级别</th><th>数量</th><th>说明</th></tr>'
                       "</thead><tbody>")
            for rule, sev, n in summary_rows(self.diags):
                info = self.infos[rule]
                out.append(f'<tr class="sev-{sev}"><td><code>{e(rule)}</code></td><td><span class="badge sev-{sev}">'
                           f'{SEVERITY_LABEL[sev]}</span></td><td class="n">{n}</td><td>{e(info.summary) or "—"}</td></tr>')
            out.append("</tbody></table>")
        else:
            out.append('<p class="empty">没有发现问题。</p>')
        out.append("</section>")
        out.append(f'<section id="index"><h2>文件<small>{n_docs} 个</small></h2><ul class="docs">')
        for doc in self.docs:
            k = len(self.diags_of.get(doc.path, ()))
            out.append(f'<li><a href="#{self.doc_ids[doc.path]}">{e(doc.path)}</a> '
                       f'<span class="empty">{f"{k} 处问题" if k else "无问题"}</span></li>')
        out.append("</ul>")
        if self.diags:
            out.append(f'<h2>问题清单<small>{len(self.diags)} 处</small></h2><ol class="index">')
            for d in self.diags:
                fid, sev = self.fid[id(d)], str(d.severity)
                target = f"#m-{fid}" if d.path in self.by_path else f"#{fid}"
                out.append(f'<li class="sev-{sev}"><a href="{target}"><span class="where">{e(d.path)}:{d.line}:'
                           f'{d.column}</span></a> <span class="badge sev-{sev}">{SEVERITY_LABEL[sev]}</span> '
                           f"<code>{e(d.rule)}</code> {e(d.message)}</li>")
            out.append("</ol>")
        out.append("</section>")
        for doc in self.docs:
            out.append(self.document(doc))
        orphans = [d for d in self.diags if d.path not in self.by_path]
        if orphans:
            out.append('<section id="other"><h2>其他问题</h2>' + "".join(self.card(d) for d in orphans) + "</section>")
        if self.result.errors:
            out.append('<section id="errors"><h2>无法读取的文件</h2><ul class="errors">')
            out.extend(f"<li><span class=\"mono\">{e(x.path)}</span>：{e(x.message)}</li>" for x in self.result.errors)
            out.append("</ul></section>")
        out.append(f"</main><script>{JS}</script></body></html>\n")
        return "\n".join(out)


def render(result, options: dict) -> str:
    return _Report(result).html()
