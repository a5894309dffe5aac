"""Plain-text reader (.txt and files without a known suffix)."""

from __future__ import annotations

from .. import hookimpl
from ..documents import Document, DocumentError


def decode(data: bytes, path: str) -> tuple[str, str, bool]:
    """Decode file bytes: UTF-8 (with or without BOM), else GB18030 (a superset of GBK).

    Returns ``(text, encoding, bom)``; raises :class:`DocumentError` for binary or undecodable
    data."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8", True
        except UnicodeDecodeError as exc:
            raise DocumentError(path, f"not valid UTF-8 after its BOM (byte {exc.start + 3})") from None
    if b"\x00" in data[:8192]:
        raise DocumentError(path, "binary file (contains NUL bytes), not a text draft")
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030", False
    except UnicodeDecodeError as exc:
        raise DocumentError(path, f"cannot decode as UTF-8 or GB18030 (byte {exc.start})") from None


def newline_of(text: str) -> str:
    i = text.find("\n")
    return "\r\n" if i > 0 and text[i - 1] == "\r" else "\n"


def read_text(data: bytes, path: str) -> Document:
    text, encoding, bom = decode(data, path)
    return Document(path=path, source=text, text=text, kind="text", encoding=encoding, bom=bom,
                    newline=newline_of(text))


@hookimpl
def factlint_register_readers(register) -> None:
    register((".txt", ".text", ""), read_text)
