"""Plain-text reader (.txt and files without a known suffix).

The whole file is prose except web and e-mail addresses (blanked in ``Document.text``, see
``_prose.py``).  Decoding (UTF-8, BOMs, GBK/GB18030, refusing binary data) is in ``_encoding.py``.
"""

from __future__ import annotations

from .. import hookimpl
from ..documents import Document, blank_ranges
from ._encoding import check_not_empty, decode, decode_text, newline_of
from ._prose import address_ranges

__all__ = ["decode", "newline_of", "read_text"]


def read_text(data: bytes, path: str) -> Document:
    source, encoding, bom, newline = decode_text(data, path)
    check_not_empty(source, path)
    text = blank_ranges(source, address_ranges(source))
    return Document(path=path, source=source, text=text, kind="text", encoding=encoding, bom=bom,
                    newline=newline)


@hookimpl
def factlint_register_readers(register) -> None:
    register((".txt", ".text", ""), read_text)
