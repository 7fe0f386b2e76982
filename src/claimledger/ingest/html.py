"""Main text and metadata from HTML pages (trafilatura), never keeping markup or script."""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..errors import InvalidDocument

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None
    published: str | None
    url: str | None
    sitename: str | None


def looks_like_html(data: bytes, name: str = "") -> bool:
    return name.lower().endswith((".html", ".htm", ".xhtml")) or bool(_HTML_START.match(data[:2048]))


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def extract_html(html: str, origin: str, url: str | None = None) -> HtmlExtract:
    import trafilatura  # heavy: imported when an HTML page arrives

    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   favor_recall=True, deduplicate=False)
        meta = trafilatura.extract_metadata(html, default_url=url)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InvalidDocument(f"{origin}: cannot read this HTML ({type(exc).__name__}: {exc})") from exc
    if not text or not text.strip():
        raise InvalidDocument(f"{origin}: HTML without article text (nothing left after removing navigation, "
                              f"scripts and markup)")
    return HtmlExtract(text=text, title=getattr(meta, "title", None), published=getattr(meta, "date", None),
                       url=getattr(meta, "url", None) or url, sitename=getattr(meta, "sitename", None))


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "iframe", "object", "template"}:
            self._skip += 1
        elif tag in {"p", "br", "div", "li", "h1", "h2", "h3", "h4"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "iframe", "object", "template"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_tags(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed summary): markup and script dropped."""
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)
