"""End to end in real Chromium (Debian's package, no browser download): follow a claim to its evidence and
relations, override its grade, and find the override in the audit history. Screenshots go to test-artifacts/."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest
import uvicorn

from claimledger.config import Settings
from claimledger.web.app import create_app

from ..conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture()
def server(db_copy):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(Settings(db=db_copy)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def page(server):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests: install Debian's chromium (./run test does)")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1300, "height": 1000})
        errors: list[str] = []
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        yield pg, server, errors
        browser.close()


def test_follow_a_claim_override_and_audit(page):
    pg, base, console_errors = page
    pg.goto(f"{base}/claims")
    assert pg.title().startswith("Claims")
    assert pg.locator("table.ledger tbody tr").count() >= 20
    pg.screenshot(path=str(ARTIFACTS / "claims.png"), full_page=True)

    pg.select_option("select[name=stance]", "denies")
    pg.fill("input[name=source]", "North Korea")
    pg.click("button[type=submit]")
    assert "stance=denies" in pg.url
    pg.locator("a.claim-link").first.click()
    assert pg.locator("mark.content").inner_text() == "arms deliveries"
    assert pg.locator("mark.src").inner_text() == "Pyongyang and Moscow"  # a joint denial: both speakers marked
    assert "metonym" in pg.locator("dl.facts").inner_text()
    pg.screenshot(path=str(ARTIFACTS / "claim-denial.png"), full_page=True)

    pg.locator("ul.relations a").first.click()
    assert "Multilateral Sanctions Monitoring Team" in pg.locator("h1").inner_text()
    reasons = pg.locator("ul.reasons").inner_text()
    assert "interested party" in reasons
    assert "denies" in pg.locator("ul.relations").inner_text()

    pg.select_option("form.action select[name=credibility]", "2")
    pg.fill("form.action input[name=note]", "Confirmed by our own shipping-data analysis")
    pg.click("form.action button[value=override]")
    assert pg.url.endswith("#history")
    assert "B2" in pg.locator("h1 .grade").inner_text()
    history = pg.locator("ul.history").inner_text()
    assert "override_grade" in history and "Confirmed by our own shipping-data analysis" in history
    assert "machine grade B3" in history
    pg.screenshot(path=str(ARTIFACTS / "claim-override.png"), full_page=True)

    pg.goto(f"{base}/audit")
    assert "Confirmed by our own shipping-data analysis" in pg.locator("table.ledger").inner_text()
    pg.screenshot(path=str(ARTIFACTS / "audit.png"), full_page=True)
    assert not console_errors, console_errors  # e.g. a CSP violation would show here


def test_story_sources_entities_documents_pages(page):
    pg, base, console_errors = page
    pg.goto(f"{base}/stories")
    items = pg.locator("ul.stories li")
    assert items.count() >= 3
    for i in range(items.count()):
        if "3 document" in items.nth(i).inner_text():
            items.nth(i).locator("a").first.click()
            break
    assert "3 documents" in pg.locator("h1").inner_text()
    assert pg.locator("figure.chart svg rect.bar").count() >= 2
    assert pg.locator("ol.timeline li").count() >= 4
    pg.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
    story_url = pg.url
    n_claims = pg.locator("h1 small").inner_text().split(", ")[1].split()[0]
    pg.goto(f"{base}/claims?story={story_url.rsplit('/', 1)[1]}")
    assert f"{n_claims} found" in pg.locator("h1").inner_text()
    for name in ("sources", "entities", "documents"):
        pg.goto(f"{base}/{name}")
        assert pg.locator("table.ledger tbody tr").count() >= 3, name
        pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    pg.goto(f"{base}/sources")
    row = pg.locator("tr", has_text="Main Directorate of Intelligence of Ukraine")
    row.locator("select[name=reliability]").select_option("B")
    row.locator("input[name=note]").fill("better record in 2025")
    row.locator("button").click()
    assert "set by local analyst" in pg.locator("tr", has_text="Main Directorate").inner_text()
    assert not console_errors, console_errors
