"""Bytes to text for the text-based readers (plain text, Markdown): encodings, BOMs, line endings.

The order of the checks keeps the common case fast and the rare cases honest:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32, GB18030);
2. known binary formats (PDF, ZIP/.docx, Word 97-2003, RTF, images, archives) and any data with
   NUL bytes are refused with a message naming what the file is;
3. strict UTF-8 (the fast path: one C-level decode);
4. a file that is *mostly* UTF-8 but has damaged bytes is refused with the line of the first one
   (decoding it as GB18030 would turn it into mojibake);
5. GB18030 (a superset of GBK and GB2312).  GB18030 decodes almost any byte string, so the result
   must also look like Chinese: nearly all of its non-ASCII characters must be in GB2312 (real
   Chinese text: 98-100%; Shift-JIS, Big5 or Latin-1 read as GB18030: under 45%), it must not be
   kana (EUC-JP read as GB18030) and its hanzi must not all come from the first GB2312 rows
   (EUC-KR Hangul read as GB18030 lands only in rows 16-40; Chinese text has about 40% of its
   hanzi in rows 41-87);
6. anything else is refused, naming the encoding charset-normalizer guesses, so the user knows
   what to convert from.

The recorded ``encoding`` is a Python codec name: ``utf-8``, ``gbk`` (when every character is in
GBK, so writing the file back as GBK loses nothing), ``gb18030``, or with a BOM also
``utf-16-le``/``utf-16-be``/``utf-32-le``/``utf-32-be``; ``bom`` says whether the file started with
one.  :meth:`factlint.documents.Document.encoded` writes text back the same way.
"""

from __future__ import annotations

import re

from ..documents import DocumentError

_BOMS = (
    # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
    (b"\x84\x31\x95\x33", "gb18030", "gb18030"),
)

#: magic numbers of files people put next to their drafts, and what to tell them
_MAGIC = (
    (b"%PDF-", "a PDF file, not a text draft (factlint reads .txt, .md and .docx)"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .zip with the wrong suffix?), not a text draft"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "an old Word 97-2003 (.doc) or other OLE Office file; save it as .docx or .txt"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not a text draft"),
    (b"\xff\xd8\xff", "a JPEG image, not a text draft"),
    (b"GIF87a", "a GIF image, not a text draft"),
    (b"GIF89a", "a GIF image, not a text draft"),
    (b"\x1f\x8b", "a gzip archive, not a text draft"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive, not a text draft"),
    (b"Rar!\x1a\x07", "a RAR archive, not a text draft"),
    (b"\x7fELF", "an executable (ELF), not a text draft"),
)

_PAIR = re.compile(rb"[\x80-\xff]{2}")
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
_BYTES_BELOW = {n: bytes(range(n)) for n in (0xB0, 0xC9)}


def _line_col(data: bytes, pos: int) -> str:
    line = data.count(b"\n", 0, pos) + 1
    return f"line {line} (byte 0x{data[pos]:02X})" if pos < len(data) else f"line {line}"


def sniff_binary(data: bytes) -> str | None:
    """What a non-text file is, as a message for the user, or ``None`` if it may be text."""
    head = data[:16]
    for magic, message in _MAGIC:
        if head.startswith(magic):
            return message
    if b"\x00" in data:
        # UTF-16 without a byte-order mark: every other byte of mostly-ASCII text is NUL
        sample = data[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if max(even, odd) > len(sample) // 4 and min(even, odd) < max(even, odd) // 8:
            return "looks like UTF-16 text without a byte-order mark; save it as UTF-8"
        return "binary file (contains NUL bytes), not a text draft"
    return None


def decode(data: bytes, path: str) -> tuple[str, str, bool]:
    """Decode file bytes; returns ``(text, encoding, bom)``.

    Raises :class:`DocumentError` with a one-line reason for binary or undecodable data."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec, True
            except UnicodeDecodeError as exc:
                pos = exc.start + len(bom)
                raise DocumentError(path, f"not valid {name.upper()} after its byte-order mark, at {_line_col(data, pos)}") from None
    binary = sniff_binary(data)
    if binary:
        raise DocumentError(path, binary)
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    if _mostly_utf8(data):
        raise DocumentError(
            path,
            f"not valid UTF-8 at {_line_col(data, utf8_error)}, although the rest of the file is UTF-8 "
            "(damaged, or two encodings mixed); fix or re-save the file as UTF-8",
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        doubt = _not_chinese(text)
        if doubt is None:
            try:
                text.encode("gbk")
                return text, "gbk", False
            except UnicodeEncodeError:
                return text, "gb18030", False
    raise DocumentError(path, _undecodable_message(data, utf8_error, text is not None))


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 with a few damaged spots (not GBK that fails as UTF-8)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    good = non_ascii - bad
    # GBK text read as UTF-8 yields almost only replacement characters: a valid multi-byte UTF-8
    # sequence in GBK is a coincidence of two or three bytes
    return good >= 8 and good >= 20 * bad


def _not_chinese(text: str) -> str | None:
    """Why a GB18030 decoding is not Chinese text (mojibake of another encoding), or ``None``."""
    ascii_count = len(text.encode("ascii", errors="ignore"))
    non_ascii = len(text) - ascii_count
    if non_ascii == 0:
        return None
    gb2312 = text.encode("gb2312", errors="ignore")
    in_gb2312 = (len(gb2312) - ascii_count) // 2
    if in_gb2312 < 0.75 * non_ascii:
        return "characters outside GB2312"
    kana = len(_KANA.findall(text)) if non_ascii >= 20 else 0
    if kana > 0.1 * non_ascii:
        return "kana"
    leads = b"".join(_PAIR.findall(gb2312))[::2]
    hanzi = len(leads.translate(None, _BYTES_BELOW[0xB0]))
    late = len(leads.translate(None, _BYTES_BELOW[0xC9]))
    if hanzi >= 60 and late < 0.08 * hanzi:
        return "hanzi from the Hangul rows only"
    return None


_NAMES = {
    "shift_jis": "Shift_JIS (Japanese)", "cp932": "Shift_JIS (Japanese)", "shift_jis_2004": "Shift_JIS (Japanese)",
    "euc_jp": "EUC-JP (Japanese)", "euc_jis_2004": "EUC-JP (Japanese)", "iso2022_jp": "ISO-2022-JP (Japanese)",
    "euc_kr": "EUC-KR (Korean)", "cp949": "EUC-KR (Korean)", "johab": "Johab (Korean)",
    "big5": "Big5 (traditional Chinese)", "big5hkscs": "Big5-HKSCS (traditional Chinese)",
    "cp950": "Big5 (traditional Chinese)",
    "latin_1": "Latin-1", "iso8859_1": "Latin-1", "cp1252": "Windows-1252 (Western European)",
    "cp1250": "Windows-1250 (Central European)", "cp1251": "Windows-1251 (Cyrillic)",
    "koi8_r": "KOI8-R (Cyrillic)", "mac_roman": "Mac Roman", "utf_16_be": "UTF-16", "utf_16_le": "UTF-16",
}


def _undecodable_message(data: bytes, utf8_error: int, gb_decodes: bool) -> str:
    guess = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding not in ("utf_8", "gb18030", "gb2312", "gbk", "ascii"):
            guess = _NAMES.get(best.encoding, best.encoding.replace("_", "-").upper())
    except Exception:  # the guess only improves the message
        guess = None
    base = "cannot decode: not UTF-8"
    if guess:
        return (f"{base} nor GBK/GB18030 Chinese; it looks like {guess} text. factlint reads UTF-8 and "
                "GBK/GB18030: convert it to UTF-8")
    if gb_decodes:
        return f"{base} (at {_line_col(data, utf8_error)}), and as GBK/GB18030 it is not Chinese text: binary or an unknown encoding"
    return f"{base} nor GBK/GB18030 (at {_line_col(data, utf8_error)}): binary or an unknown encoding"


def newline_of(text: str) -> str:
    """The file's line ending: ``\\r\\n`` when most lines end so, ``\\r`` for CR-only files, else
    ``\\n``."""
    lf = text.count("\n")
    if lf == 0:
        return "\r" if "\r" in text else "\n"
    return "\r\n" if 2 * text.count("\r\n") > lf else "\n"


def decode_text(data: bytes, path: str) -> tuple[str, str, bool, str]:
    """:func:`decode` plus line endings: ``(source, encoding, bom, newline)``.

    CR-only files (classic Mac OS) get their CRs turned into LFs so lines can be counted; their
    ``newline`` is ``\\r`` and :meth:`Document.encoded` turns them back."""
    text, encoding, bom = decode(data, path)
    newline = newline_of(text)
    if newline == "\r":
        text = text.replace("\r", "\n")
    return text, encoding, bom, newline


def check_not_empty(source: str, path: str) -> None:
    """Empty and whitespace-only files are reported rather than silently passing: a draft that
    converted or saved to nothing should not look like a clean one."""
    if not source.strip():
        raise DocumentError(path, "empty file, nothing to check" if not source else
                            "file has only whitespace, nothing to check")
