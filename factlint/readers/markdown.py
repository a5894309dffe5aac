"""Markdown reader (.md, .markdown): only prose is checked.

markdown-it-py (CommonMark plus GFM tables and strikethrough) parses the file; ``Document.text``
keeps exactly the characters of the source that are prose and blanks everything else to spaces,
line breaks kept, so an offset into ``text`` is an offset into ``source``:

* prose: the inline text of paragraphs, headings (ATX and setext), list items, block quotes and
  table cells, and the visible text of links;
* blanked: front matter (``---`` YAML or ``+++`` TOML at the top), fenced and indented code, inline
  code, HTML blocks and inline HTML, autolinks, link destinations and titles, images, reference
  definitions, footnote references and markers (``[^1]``, ``[^1]:``), entities, backslashes of escapes, and the markup characters (``#``, ``>``, list
  bullets and numbers, ``|`` and the delimiter row of tables, emphasis and strikethrough
  delimiters, link brackets, thematic breaks); bare web and e-mail addresses in prose too.

markdown-it gives block tokens line maps but no columns, so the reader finds columns itself:

* a block's inline content is its source lines with the container prefix (``>``, list indent,
  ``#`` markers, table pipes) removed, so each content line is located in its source line (a
  suffix for paragraphs, after the ``#`` run for headings, left to right for table cells), allowing
  for backslash-escaped pipes and expanded tabs;
* inside the inline content, the inline rules that produce non-prose (code spans, links, images,
  autolinks, HTML, entities, escapes, emphasis delimiters) are wrapped to record the span of source
  they consumed (``state.pos`` before and after), so the blanked spans are exact, not guessed by
  regular expressions.

``<!-- factlint-disable rule-a, rule-b -->``, ``<!-- factlint-enable -->`` and
``<!-- factlint-disable-next-line rule -->`` comments (in HTML blocks or inline) become
``Document.directives``; text after `` -- `` in a directive is a free-form reason.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .. import hookimpl
from ..documents import Directive, Document, blank_ranges, keep_ranges
from ._encoding import check_not_empty, decode_text
from ._prose import address_ranges

_KEY = "factlint_inline_spans"
#: inline rules whose consumed span matters (everything else inside inline content is prose)
_TRACKED = ("escape", "backticks", "strikethrough", "emphasis", "link", "image", "autolink",
            "html_inline", "entity", "linkify", "footnote_ref")
_DIRECTIVE = re.compile(r"<!--\s*factlint-(disable-next-line|disable|enable)(?![\w-])(.*?)-->", re.S)
_RULE_SPLIT = re.compile(r"[\s,，]+")
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}

_parser = None
_trim_chars: str | None = None


def _get_parser():
    """The shared parser, built on first use (markdown-it is imported lazily)."""
    global _parser, _trim_chars
    if _parser is None:
        from markdown_it import MarkdownIt

        try:
            from markdown_it.common.utils import MD_TRIM_CHARS as trim
        except ImportError:  # older markdown-it-py: it used str.strip()
            trim = None
        md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
        # these two only merge adjacent text tokens for rendering; they would also merge the
        # content of emphasis delimiters this reader inspects, and replace children lists
        md.core.ruler.disable(["text_join"], ignoreInvalid=True)
        md.inline.ruler2.disable(["fragments_join"], ignoreInvalid=True)
        md.inline.ruler.before("link", "footnote_ref", _footnote_ref)
        md.block.ruler.before("reference", "footnote_def", _footnote_def,
                              {"alt": ["paragraph", "reference", "blockquote", "list"]})
        for rule in list(md.inline.ruler.__rules__):
            if rule.name in _TRACKED:
                md.inline.ruler.at(rule.name, _track(rule.name, rule.fn))
        _parser, _trim_chars = md, trim
    return _parser


def _track(name, fn):
    """Wrap an inline rule to record ``(name, start, end, label_end, delimiters)`` of each match
    in ``state.env`` (keyed by the token list the state fills, i.e. by the inline block)."""

    def rule(state, silent):
        if silent:
            return fn(state, silent)
        start = state.pos
        label_end = -1
        if name == "link" and state.src[start] == "[":
            label_end = state.md.helpers.parseLinkLabel(state, start, True)
        before = len(state.tokens)
        ok = fn(state, silent)
        if ok:
            spans = state.env.get(_KEY)
            if spans is not None:
                delimiters = ()
                if name in ("emphasis", "strikethrough"):
                    delimiters = _delimiters(state.tokens[before:], start, state.pos)
                spans.setdefault(id(state.tokens), []).append((name, start, state.pos, label_end, delimiters))
        return ok

    rule.__name__ = getattr(fn, "__name__", name)
    return rule


def _footnote_ref(state, silent):
    """``[^label]`` footnote references (Pandoc, GitHub): markup, not prose, so a ``[^1]`` is not
    read as the figure 1.  (A definition ``[^1]: text`` keeps its text as prose.)"""
    src, pos = state.src, state.pos
    if not src.startswith("[^", pos):
        return False
    end = src.find("]", pos + 2, state.posMax)
    if end <= pos + 2 or any(ch.isspace() or ch == "[" for ch in src[pos + 2:end]):
        return False
    if not silent:
        token = state.push("footnote_ref", "", 0)
        token.meta = {"label": src[pos + 2:end]}
    state.pos = end + 1
    return True


def _footnote_def(state, start_line, end_line, silent):
    """``[^label]: text`` footnote definitions: the marker is markup, the text a one-line
    paragraph (without this rule CommonMark reads it as a link reference definition and the text
    as its destination, so it would not be checked)."""
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    pos = state.bMarks[start_line] + state.tShift[start_line]
    maximum = state.eMarks[start_line]
    src = state.src
    if not src.startswith("[^", pos):
        return False
    end = src.find("]:", pos + 2, maximum)
    if end <= pos + 2 or any(ch.isspace() or ch in "[]" for ch in src[pos + 2:end]):
        return False
    if silent:
        return True
    content = src[end + 2:maximum].strip()
    if content:
        token = state.push("paragraph_open", "p", 1)
        token.map = [start_line, start_line + 1]
        token = state.push("inline", "", 0)
        token.content = content
        token.map = [start_line, start_line + 1]
        token.children = []
        state.push("paragraph_close", "p", -1)
    state.line = start_line + 1
    return True


def _delimiters(tokens, start, end):
    """The delimiter tokens an emphasis/strikethrough rule pushed (the last ones, after any pending
    text it flushed), with the source offset and length of each."""
    picked, total = [], 0
    for token in reversed(tokens):
        if total >= end - start:
            break
        picked.append(token)
        total += len(token.content)
    out, pos = [], start
    for token in reversed(picked):
        out.append((token, pos, len(token.content)))
        pos += len(token.content)
    return tuple(out)


# -- mapping inline content back to source columns ---------------------------------------------
def _align(content: str, line: str, lo: int):
    """Segments ``(content_offset, line_offset, length)`` placing ``content`` in ``line`` at or
    after ``lo``, allowing for backslashes the block parser removed (``\\|`` in table cells) and
    tabs it expanded to spaces.  ``None`` if it cannot be placed."""
    j = line.find(content, lo)
    if j >= 0:
        return [(0, j, len(content))]
    if not content:
        return []
    tries = 0
    start = lo
    while tries < 8:
        start = _next_start(content[0], line, start)
        if start < 0:
            return None
        segs = _greedy(content, line, start)
        if segs is not None:
            return segs
        start += 1
        tries += 1
    return None


def _next_start(ch: str, line: str, lo: int) -> int:
    candidates = [i for i in (line.find(ch, lo), line.find("\\", lo), line.find("\t", lo) if ch == " " else -1) if i >= 0]
    return min(candidates) if candidates else -1


def _greedy(content: str, line: str, j: int):
    segs, i, run_c, run_j = [], 0, 0, j
    n, m = len(content), len(line)
    while i < n:
        if j < m and line[j] == content[i]:
            i += 1
            j += 1
            continue
        if i > run_c:
            segs.append((run_c, run_j, i - run_c))
        if j + 1 < m and line[j] == "\\" and line[j + 1] == content[i]:
            j += 1  # the escaping backslash stays blank
        elif j < m and line[j] == "\t" and content[i] == " ":
            while i < n and content[i] == " ":
                i += 1  # spaces expanded from a tab map to nothing (whitespace either way)
            j += 1
        else:
            return None
        run_c, run_j = i, j
    if i > run_c:
        segs.append((run_c, run_j, i - run_c))
    return segs


class _InlineMap:
    """Offsets in one inline token's ``content`` to offsets in the source."""

    def __init__(self, content: str, first_line: int, opener, parse_lines, line_offsets, cursors):
        self.content = content
        self.line_starts = [0]
        self.segments = []  # per content line: list of (content_offset, source_offset, length)
        clines = content.split("\n")
        pos = 0
        for k, cline in enumerate(clines):
            if k:
                self.line_starts.append(pos)
            number = first_line + k
            segs = None
            if number < len(parse_lines):
                line = parse_lines[number]
                segs = self._place(cline, line, k, len(clines), opener, number, cursors)
            base_c, base_s = pos, line_offsets[number] if number < len(line_offsets) else 0
            self.segments.append([(base_c + c, base_s + s, n) for c, s, n in segs] if segs else [])
            pos += len(cline) + 1

    @staticmethod
    def _place(cline, line, k, count, opener, number, cursors):
        if not cline:
            return []
        kind = opener.type
        if kind in ("th_open", "td_open"):
            segs = _align(cline, line, cursors.get(number, 0))
            if segs:
                c, s, n = segs[-1]
                cursors[number] = s + n
            return segs
        if kind == "heading_open" and opener.markup.startswith("#"):
            lead = len(line) - len(line.lstrip(" \t"))
            hashes = lead
            while hashes < len(line) and line[hashes] == "#":
                hashes += 1
            return _align(cline, line, hashes)
        # paragraph-like: each content line is a suffix of its source line, the last one before
        # the trailing whitespace the block parser trimmed
        end = len(line.rstrip(_trim_chars)) if k == count - 1 else len(line)
        x = end - len(cline)
        if x >= 0 and line.startswith(cline, x):
            return [(0, x, len(cline))]
        return _align(cline, line, 0)

    def source_ranges(self, start: int, end: int):
        """Source ranges of the content characters in ``[start, end)`` that could be placed."""
        out = []
        k = bisect_right(self.line_starts, start) - 1
        while k < len(self.segments) and self.line_starts[k] < end:
            for c, s, n in self.segments[k]:
                a, b = max(start, c), min(end, c + n)
                if a < b:
                    out.append((s + a - c, s + b - c))
            k += 1
        return out

    def source_offset(self, offset: int):
        for a, b in self.source_ranges(offset, offset + 1):
            return a
        return None


def _blanked_in_inline(spans) -> list[tuple[int, int]]:
    """Content ranges of an inline block that are not prose, from the recorded rule matches."""
    out = []
    for name, start, end, label_end, delimiters in spans:
        if name == "escape":
            out.append((start, start + 1))
        elif name == "link":
            if label_end >= 0:
                out.append((start, start + 1))
                out.append((label_end, end))
            else:
                out.append((start, end))
        elif name in ("emphasis", "strikethrough"):
            for token, offset, length in delimiters:
                if token.type != "text" or token.content == "":
                    out.append((offset, offset + length))
        else:  # code spans, images, autolinks, inline HTML, entities, linkified URLs
            out.append((start, end))
    return out


def _complement(ranges, size):
    out, pos = [], 0
    for start, end in sorted(ranges):
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    if pos < size:
        out.append((pos, size))
    return out


def _directives(html: str, end_line_of) -> list[Directive]:
    out = []
    for m in _DIRECTIVE.finditer(html):
        words = m.group(2).split(" -- ", 1)[0]
        rules = tuple(r for r in _RULE_SPLIT.split(words.strip()) if r)
        out.append(Directive(m.group(1), rules, end_line_of(m.end() - 1)))
    return out


def _front_matter(lines: list[str]):
    """0-based (first, last) lines of a front-matter block at the very top, or ``None``."""
    if not lines:
        return None
    closers = _FRONT_MATTER.get(lines[0].rstrip())
    if not closers:
        return None
    for i in range(1, len(lines)):
        if lines[i].rstrip() in closers:
            return (0, i)
    return None


def markdown_prose(source: str):
    """``(text, directives, meta)`` for a Markdown source (see the module docstring)."""
    md = _get_parser()
    raw_lines = source.split("\n")
    line_offsets, pos = [], 0
    for line in raw_lines:
        line_offsets.append(pos)
        pos += len(line) + 1
    # markdown-it turns CRLF and lone CR into LF; give it lines that match ours one for one
    parse_lines = [(line[:-1] if line.endswith("\r") else line).replace("\r", " ") for line in raw_lines]
    meta: dict = {}
    fm = _front_matter(parse_lines)
    if fm:
        meta["front_matter"] = (fm[0] + 1, fm[1] + 1)
        for i in range(fm[0], fm[1] + 1):
            parse_lines[i] = ""
    env = {_KEY: {}}
    tokens = md.parse("\n".join(parse_lines), env)
    spans_by_block = env[_KEY]
    keep: list[tuple[int, int]] = []
    directives: list[Directive] = []
    cursors: dict[int, int] = {}
    previous = None
    for token in tokens:
        if token.type == "inline" and token.map is not None and previous is not None:
            imap = _InlineMap(token.content, token.map[0], previous, parse_lines, line_offsets, cursors)
            spans = spans_by_block.get(id(token.children), ())
            blanked = _blanked_in_inline(spans)
            for a, b in _complement(blanked, len(token.content)):
                keep.extend(imap.source_ranges(a, b))
            for name, start, end, _, _ in spans:
                if name == "html_inline" and "factlint-" in token.content[start:end]:
                    def end_line(offset, imap=imap, start=start, token=token):
                        at = imap.source_offset(start + offset)
                        return source.count("\n", 0, at) + 1 if at is not None else token.map[0] + 1
                    directives.extend(_directives(token.content[start:end], end_line))
        elif token.type == "html_block" and token.map is not None and "factlint-" in token.content:
            first = token.map[0]
            content = token.content
            directives.extend(_directives(content, lambda offset: first + content.count("\n", 0, offset) + 1))
        previous = token
    text = keep_ranges(source, keep)
    if "\r" in text:  # a lone CR inside a line (markdown-it saw a line break there)
        text = text.replace("\r", " ")
    text = blank_ranges(text, address_ranges(text))
    return text, tuple(directives), meta


def read_markdown(data: bytes, path: str) -> Document:
    source, encoding, bom, newline = decode_text(data, path)
    check_not_empty(source, path)
    text, directives, meta = markdown_prose(source)
    return Document(path=path, source=source, text=text, kind="markdown", encoding=encoding, bom=bom,
                    newline=newline, directives=directives, meta=meta)


@hookimpl
def factlint_register_readers(register) -> None:
    register((".md", ".markdown"), read_markdown)
