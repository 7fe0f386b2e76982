"""Decode bytes into document text, refusing binary junk and undecodable input with a clear message."""
from __future__ import annotations

import codecs

from ..errors import InvalidDocument

_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"\x1f\x8b",
                      b"BZh", b"\xfd7zXZ", b"Rar!", b"\xd0\xcf\x11\xe0")


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith(_BINARY_SIGNATURES) or b"\x00" in head:
        return True
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > 0.05


def decode_text(data: bytes, origin: str, *, max_bytes: int, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM, or UTF-16 with BOM); ``declared`` charsets are honoured for HTML and feeds."""
    if len(data) > max_bytes:
        raise InvalidDocument(f"{origin}: {len(data):,} bytes is over the limit of {max_bytes:,} "
                              f"(raise max_document_bytes to accept it)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InvalidDocument(f"{origin}: starts like UTF-16 text but is not valid UTF-16 ({exc.reason}); "
                                  f"expected UTF-8 text, HTML or JSONL") from exc
        if looks_binary(text.encode("utf-8")):
            raise InvalidDocument(f"{origin}: binary data, not a text document")
    else:
        if looks_binary(data):
            raise InvalidDocument(f"{origin}: binary data, not a text document (expected UTF-8 text, HTML or JSONL)")
        encoding = "utf-8-sig"
        if declared:
            try:
                encoding = codecs.lookup(declared).name
            except LookupError:
                encoding = "utf-8-sig"
            if encoding == "utf-8":
                encoding = "utf-8-sig"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InvalidDocument(
                f"{origin}: not valid {encoding.replace('-sig', '')} text (byte {exc.start}: "
                f"{data[exc.start:exc.start + 1]!r}); convert it to UTF-8, e.g. iconv -f CP1251 -t UTF-8") from exc
    if not text.strip():
        raise InvalidDocument(f"{origin}: empty document: no text to analyse")
    return text
