"""Documents from paths, directories, standard input and JSONL archives."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InvalidDocument
from ..model import Document
from .html import declared_charset, extract_html, looks_like_html
from .text import decode_text

TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")


def parse_date(value: object, origin: str) -> dt.date | None:
    if value in (None, ""):
        return None
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError as exc:
        raise InvalidDocument(f"{origin}: published date {s!r} is not YYYY-MM-DD") from exc


def document_from_bytes(data: bytes, origin: str, *, max_bytes: int, published: dt.date | None = None,
                        publisher: str | None = None, path: str | None = None, url: str | None = None,
                        external_id: str | None = None) -> Document:
    title = None
    if looks_like_html(data, origin):
        html = decode_text(data, origin, max_bytes=max_bytes, declared=declared_charset(data))
        page = extract_html(html, origin, url)
        text, title = page.text, page.title
        published = published or (parse_date(page.published, origin) if page.published else None)
        publisher = publisher or page.sitename
    else:
        text = decode_text(data, origin, max_bytes=max_bytes)
    return Document(text=text, published=published, publisher=publisher, path=path, url=url,
                    external_id=external_id, title=title)


def read_file(path: Path, *, max_bytes: int, published: dt.date | None = None,
              publisher: str | None = None) -> Document:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InvalidDocument(f"{path}: {size:,} bytes is over the limit of {max_bytes:,}")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidDocument(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InvalidDocument(f"{path}: is a directory") from exc
    except OSError as exc:
        raise InvalidDocument(f"{path}: cannot read ({exc.strerror})") from exc
    return document_from_bytes(data, str(path), max_bytes=max_bytes, published=published, publisher=publisher,
                               path=str(path))


def iter_paths(target: Path) -> Iterator[Path]:
    """A file as given, or the text and HTML files of a directory in name order (recursively)."""
    if target.is_dir():
        yield from sorted(p for p in target.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
    else:
        yield target


def read_jsonl(lines: Iterator[str] | list[str], origin: str, *, max_bytes: int) -> Iterator[Document]:
    """Documents from JSON Lines: {"id", "text", "published"?, "publisher"?, "url"?}, one per line."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidDocument(f"{where}: not a JSON object ({exc.msg} at column {exc.colno})") from exc
        if not isinstance(row, dict):
            raise InvalidDocument(f"{where}: expected a JSON object with a 'text' field")
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InvalidDocument(f"{where}: 'text' must be a non-empty string")
        if len(text.encode("utf-8")) > max_bytes:
            raise InvalidDocument(f"{where}: text is over the limit of {max_bytes:,} bytes")
        ext = row.get("id")
        yield Document(text=text, published=parse_date(row.get("published"), where),
                       publisher=row.get("publisher") or None, url=row.get("url") or None,
                       path=row.get("path") or None, external_id=str(ext) if ext is not None else None,
                       title=row.get("title") or None)
