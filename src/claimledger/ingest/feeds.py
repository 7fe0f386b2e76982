"""RSS and Atom feeds: each entry becomes a document (its link fetched when the entry carries no text)."""
from __future__ import annotations

from collections.abc import Iterator

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ..errors import InvalidDocument
from ..model import Document
from .sources import parse_date

FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:RDF")


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    head = data[:2048].lstrip()
    return "rss" in content_type or "atom" in content_type or any(m in head for m in FEED_MARKERS)


def parse_feed(data: bytes, origin: str) -> list[dict[str, str]]:
    """Feed entries as dicts with title, link, summary and published; entity tricks are refused."""
    try:
        SafeET.fromstring(data)  # refuses entity expansion (billion laughs) and external entities
    except DefusedXmlException as exc:
        raise InvalidDocument(f"{origin}: feed uses XML entities, which claimledger refuses ({exc})") from exc
    except SafeET.ParseError as exc:
        raise InvalidDocument(f"{origin}: not well-formed XML ({exc})") from exc
    import feedparser

    parsed = feedparser.parse(data)
    out = []
    for e in parsed.entries:
        summary = e.get("summary") or ""
        content = e.get("content")
        if content:
            summary = content[0].get("value") or summary
        out.append({"title": e.get("title", ""), "link": e.get("link", ""), "summary": summary,
                    "published": (e.get("published") or e.get("updated") or "")})
    return out


def feed_documents(entries: list[dict[str, str]], origin: str, publisher: str | None) -> Iterator[Document]:
    from .html import strip_tags

    for entry in entries:
        body = entry["summary"]
        text = strip_tags(body) if "<" in body else body
        if entry["title"] and not text.startswith(entry["title"]):
            text = f"{entry['title']}\n{text}"
        published = None
        raw = entry.get("published") or ""
        if raw:
            import email.utils

            try:
                published = email.utils.parsedate_to_datetime(raw).date()
            except (TypeError, ValueError):
                published = parse_date(raw[:10], origin) if raw[:4].isdigit() else None
        yield Document(text=text, published=published, publisher=publisher, url=entry["link"] or None,
                       title=entry["title"] or None)
