"""URLs and feeds end to end against a local HTTP server (loopback, so only with the explicit opt-in)."""
from __future__ import annotations

import http.server
import json
import threading

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.errors import FetchRefused
from claimledger.ingest.fetch import fetch_url

ARTICLE = (b"<html><head><title>Border report</title></head><body><nav>Menu</nav><article><h1>Border report</h1>"
           b"<p>The coast guard said that a tanker unloaded about 3,000 tonnes of diesel at Saltmere on Monday, "
           b"according to officials who watched the port.</p><script>alert('x')</script></article></body></html>")
FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        b"<item><title>Navy drill</title><link>http://example.org/a</link><description>The navy said that the "
        b"drill ended on Tuesday.</description><pubDate>Thu, 13 Nov 2025 10:00:00 GMT</pubDate></item>"
        b"<item><title>Port</title><link>http://example.org/b</link><description>Officials said the port "
        b"reopened.</description></item></channel></rss>")


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the standard library's name
        routes = {"/article.html": ("text/html; charset=utf-8", ARTICLE), "/feed.xml": ("application/rss+xml", FEED),
                  "/big": ("text/plain", b"a" * 4096)}
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_loopback_is_refused_without_the_opt_in(server):
    with pytest.raises(FetchRefused, match="private, loopback"):
        fetch_url(f"{server}/article.html", max_bytes=10**6)


def test_fetch_follows_redirects_and_limits_size(server):
    got = fetch_url(f"{server}/redirect", max_bytes=10**6, allow_private=True)
    assert got.url.endswith("/article.html") and b"tanker" in got.content
    with pytest.raises(FetchRefused, match="over the limit"):
        fetch_url(f"{server}/big", max_bytes=1024, allow_private=True)
    with pytest.raises(FetchRefused, match="HTTP 404"):
        fetch_url(f"{server}/missing", max_bytes=10**6, allow_private=True)


def test_ingest_a_page_and_a_feed(server, tmp_path):
    db = f"sqlite:///{tmp_path / 'u.db'}"
    runner = CliRunner()
    refused = runner.invoke(main, ["ingest", f"{server}/article.html", "--db", db])
    assert refused.exit_code == 1 and "loopback" in refused.output
    r = runner.invoke(main, ["ingest", f"{server}/article.html", f"{server}/feed.xml", "--db", db,
                             "--allow-private-urls", "--no-link"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert "3 new document(s)" in r.output
    docs = [json.loads(x) for x in runner.invoke(main, ["documents", "--db", db]).stdout.splitlines()]
    page = next(d for d in docs if d["url"] and d["url"].endswith("/article.html"))
    assert page["title"] == "Border report"
    feed_urls = sorted(d["url"] for d in docs if d["url"] and d["url"].startswith("http://example.org/"))
    assert feed_urls == ["http://example.org/a", "http://example.org/b"]
    exported = [json.loads(x) for x in runner.invoke(main, ["export", "--db", db]).stdout.splitlines()]
    assert any("tanker unloaded" in c["content"]["text"] for c in exported)
    assert not any("alert" in c["content"]["text"] for c in exported)
