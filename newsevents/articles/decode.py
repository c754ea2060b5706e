"""Bytes -> str for article files: UTF-8 (with or without BOM), never a silent guess."""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

BINARY = "binary content"
UNDECODABLE = "undecodable bytes (not UTF-8)"

_SNIFF = 8000
# Control bytes that do not occur in text (tab, LF, FF, CR and ESC do).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _has_utf16_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def is_binary(data: bytes) -> bool:
    """NUL bytes near the start, or mostly control bytes: not a text file."""
    head = data[:_SNIFF]
    if not head or _has_utf16_bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > 0.1 * len(head)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTML page declares (HTTP header first, then <meta>), if Python knows it."""
    names = []
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
        if m:
            names.append(m.group(1))
    m = _CHARSET.search(data[:4096])
    if m:
        names.append(m.group(1).decode("ascii"))
    for name in names:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec.startswith(("utf-16", "utf-32")):
            continue                     # a UTF-16 label on ASCII-compatible bytes is a mistake (HTML spec)
        return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec
    return None


def decode(data: bytes, *, charset: str | None = None) -> str:
    """Decode article bytes; raise InputError with the reason when they are not text."""
    if is_binary(data):
        raise InputError(BINARY)
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data.decode("utf-8-sig")
        if _has_utf16_bom(data):
            return data.decode("utf-16")
        if charset == "cp1252":          # what pages labelled latin-1 or ascii really are (HTML spec)
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                return data.decode("latin-1")
        if charset and charset != "utf-8":
            return data.decode(charset)
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if charset and charset != "utf-8":
            raise InputError(f"undecodable bytes (not {charset} as declared)") from exc
        raise InputError(UNDECODABLE) from exc
