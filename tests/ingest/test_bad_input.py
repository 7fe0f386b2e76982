"""Every kind of bad input gets a clear error, and nothing is half-read."""
from __future__ import annotations

import pytest

from claimledger.errors import FetchRefused, InvalidDocument
from claimledger.ingest.feeds import feed_documents, parse_feed
from claimledger.ingest.fetch import check_url
from claimledger.ingest.html import extract_html, strip_tags
from claimledger.ingest.sources import document_from_bytes, read_file, read_jsonl
from claimledger.ingest.text import decode_text

MAX = 1_000_000


def test_missing_file(tmp_path):
    with pytest.raises(InvalidDocument, match="no such file"):
        read_file(tmp_path / "nope.txt", max_bytes=MAX)


def test_non_utf8_text_says_how_to_fix(tmp_path):
    f = tmp_path / "cp1251.txt"
    f.write_bytes("Генштаб сообщает о ракетах".encode("cp1251"))
    with pytest.raises(InvalidDocument, match="not valid utf-8.*iconv"):
        read_file(f, max_bytes=MAX)


def test_empty_and_whitespace_only(tmp_path):
    for body in (b"", b"  \n\t \n"):
        f = tmp_path / "empty.txt"
        f.write_bytes(body)
        with pytest.raises(InvalidDocument, match="empty document"):
            read_file(f, max_bytes=MAX)


@pytest.mark.parametrize("blob", [b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04zip",
                                  b"\x7fELF\x02\x01", bytes(range(256)) * 4])
def test_binary_junk(tmp_path, blob):
    f = tmp_path / "junk.txt"
    f.write_bytes(blob)
    with pytest.raises(InvalidDocument, match="binary data"):
        read_file(f, max_bytes=MAX)


def test_huge_file_is_refused_before_reading(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(b"a" * 2048)
    with pytest.raises(InvalidDocument, match="over the limit"):
        read_file(f, max_bytes=1024)


def test_utf8_bom_and_utf16_are_read(tmp_path):
    assert decode_text("\ufeffGUR reports".encode("utf-8"), "x", max_bytes=MAX) == "GUR reports"
    assert decode_text("GUR reports".encode("utf-16"), "x", max_bytes=MAX) == "GUR reports"


def test_text_is_kept_exactly_as_read(tmp_path):
    raw = "  “Quote,” — write: x.org\r\nSecond line\u00a0with nbsp.\n"
    f = tmp_path / "a.txt"
    f.write_bytes(raw.encode("utf-8"))
    assert read_file(f, max_bytes=MAX).text == raw


def test_broken_html_still_yields_text():
    html = ("<html><body><div><p>The ministry said that the convoy reached the border on Monday, according to "
            "several witnesses who spoke to reporters.<p>Unclosed <b>bold <i>nesting</div></span></html")
    doc = document_from_bytes(html.encode(), "page.html", max_bytes=MAX)
    assert "convoy reached the border" in doc.text and "<" not in doc.text


def test_script_never_survives_html_extraction():
    html = ("<html><body><article><p>The governor said that the dam held through the night and the river is "
            "falling.</p><script>alert('x')</script><p onclick=\"steal()\">Residents were told to stay "
            "indoors.</p><a href=\"javascript:alert(1)\">link</a></article></body></html>")
    page = extract_html(html, "page.html")
    assert "alert" not in page.text and "steal" not in page.text and "javascript:" not in page.text
    assert "dam held" in page.text


def test_html_without_text():
    with pytest.raises(InvalidDocument, match="without article text"):
        extract_html("<html><body><script>var a=1;</script></body></html>", "empty.html")


def test_strip_tags_drops_script():
    assert strip_tags("<p>Hi <script>evil()</script>there</p>") == "Hi there"


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/admin", "http://localhost:8001/", "http://[::1]/", "http://10.0.0.5/", "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/",
    "file:///etc/passwd", "gopher://example.org/", "ftp://example.org/x", "http://user:pw@example.org/",
])
def test_hostile_urls_are_refused(url):
    with pytest.raises(FetchRefused):
        check_url(url)


def test_public_literal_address_passes_the_check():
    assert check_url("https://93.184.215.14/article", resolve=False)[0] == "93.184.215.14"


def test_feed_with_entity_expansion_is_refused():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
            b'<rss><channel><item><title>&lol2;</title></item></channel></rss>')
    with pytest.raises(InvalidDocument, match="entities"):
        parse_feed(bomb, "feed.xml")


def test_feed_entries_become_documents():
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Navy reports '
           b'drill</title><link>https://example.org/a</link><description>&lt;p&gt;The navy said that the drill '
           b'ended.&lt;script&gt;x()&lt;/script&gt;&lt;/p&gt;</description><pubDate>Thu, 13 Nov 2025 10:00:00 '
           b'GMT</pubDate></item></channel></rss>')
    docs = list(feed_documents(parse_feed(rss, "f.xml"), "f.xml", "example.org"))
    assert len(docs) == 1
    d = docs[0]
    assert d.url == "https://example.org/a" and d.published is not None and d.published.isoformat() == "2025-11-13"
    assert "drill ended" in d.text and "x()" not in d.text


@pytest.mark.parametrize("line,message", [
    ("{not json", "not a JSON object"),
    ('["a"]', "expected a JSON object"),
    ('{"id": 1}', "'text' must be"),
    ('{"id": 1, "text": "ok", "published": "15/11/2025"}', "YYYY-MM-DD"),
])
def test_jsonl_errors_name_the_line(line, message):
    with pytest.raises(InvalidDocument, match=f"docs.jsonl:2: .*{message}"):
        list(read_jsonl(['{"id": "a", "text": "fine"}', line], "docs.jsonl", max_bytes=MAX))
