"""Every API endpoint, its error shapes, and the security defences (each fails if its defence goes)."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from stix2validator import ValidationOptions, validate_string

from claimledger.cli import main
from claimledger.errors import ConfigError
from claimledger.web.auth import check_bind, parse_tokens

from .conftest import ANALYST, VIEWER


def _error(r, status, code):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]


def test_claims_list_filters_and_sorts(client):
    all_ = client.get("/api/claims").json()
    assert all_["total"] >= 20 and len(all_["items"]) == min(50, all_["total"])
    denies = client.get("/api/claims", params={"stance": "denies"}).json()
    assert denies["total"] >= 2 and all(c["stance"] == "denies" for c in denies["items"])
    # a joint report is found under each of its speakers
    by_moscow = client.get("/api/claims", params={"source": "russia", "stance": "denies"}).json()["items"]
    assert [[s["entity_id"] for s in c.get("co_sources") or []] for c in by_moscow] == [["ru"]]
    nis = client.get("/api/claims", params={"source": "NIS"}).json()
    assert nis["total"] == 1 and nis["items"][0]["source"]["entity_id"] == "kr-nis"
    grade_b = client.get("/api/claims", params={"grade": "B"}).json()
    assert grade_b["items"] and all(c["reliability"] == "B" for c in grade_b["items"])
    kp = client.get("/api/claims", params={"entity": "kp"}).json()
    assert kp["total"] >= 13
    dated = client.get("/api/claims", params={"date_from": "2025-11-12", "date_to": "2025-11-13"}).json()
    assert dated["items"] and all("2025-11-12" <= c["document"]["published"] <= "2025-11-13" for c in dated["items"])
    by_grade = client.get("/api/claims", params={"sort": "grade", "descending": "true", "limit": 5}).json()
    grades = [c["machine_grade"] for c in by_grade["items"]]
    assert grades == sorted(grades, reverse=True)
    page2 = client.get("/api/claims", params={"limit": 5, "offset": 5}).json()
    assert page2["offset"] == 5 and page2["items"][0]["id"] not in {c["id"] for c in all_["items"][:5]}


@pytest.mark.parametrize("params", [{"limit": 0}, {"grade": "Z9"}, {"stance": "maybe"}, {"date_from": "yesterday"},
                                    {"sort": "colour"}])
def test_bad_parameters_share_one_error_shape(client, params):
    _error(client.get("/api/claims", params=params), 422, "invalid")


def test_claim_detail_and_relations(client):
    denial = client.get("/api/claims", params={"stance": "denies", "source": "North Korea"}).json()["items"][0]
    d = client.get(f"/api/claims/{denial['id']}").json()
    assert d["evidence"] and d["relations"] and d["relations"][0]["type"] == "denies"
    assert d["relations"][0]["other"]["source"].startswith("Multilateral")
    assert d["grade_history"][0]["grade"] == d["grade"]
    _error(client.get("/api/claims/clm_does_not_exist"), 404, "not_found")


def test_override_is_audited_and_never_overwrites(client):
    c = client.get("/api/claims", params={"source": "NIS"}).json()["items"][0]
    r = client.post(f"/api/claims/{c['id']}/override", json={"credibility": 2, "note": "matches our own reporting"})
    assert r.status_code == 201 and r.json()["action"] == "override_grade"
    after = client.get(f"/api/claims/{c['id']}").json()
    assert after["grade"] == "B2" and after["machine_grade"] == "B3"
    assert after["grade_history"][0]["grade"] == "B3"
    assert after["audit"][0]["note"] == "matches our own reporting"
    _error(client.post(f"/api/claims/{c['id']}/override", json={"credibility": 9, "note": "x"}), 422, "invalid")
    _error(client.post(f"/api/claims/{c['id']}/override", json={"credibility": 2, "note": ""}), 422, "invalid")
    _error(client.post("/api/claims/clm_nope/override", json={"credibility": 2, "note": "x"}), 404, "not_found")


def test_flag_sources_entities_documents_stories_audit(client):
    cid = client.get("/api/claims").json()["items"][0]["id"]
    assert client.post(f"/api/claims/{cid}/flag", json={"note": "cue is wrong"}).status_code == 201
    sources = client.get("/api/sources").json()
    gur = next(s for s in sources if s["entity_id"] == "ua-gur")
    assert gur["claims"] == 4 and gur["reliability"] == "C"
    msmt = next(s for s in sources if s["entity_id"] == "msmt")
    assert msmt["contradicted"] == 1  # Pyongyang and Moscow deny it in one joint denial
    # a joint report counts for each of its speakers, as do the relations to it
    joint = client.get("/api/claims", params={"source": "russia", "stance": "denies"}).json()["items"][0]
    for eid in (joint["source"]["entity_id"], joint["co_sources"][0]["entity_id"]):
        speaker = next(s for s in sources if s["entity_id"] == eid)
        made = client.get("/api/claims", params={"source": speaker["name"]}).json()["total"]
        assert speaker["claims"] == made >= 1, (eid, speaker, made)
    r = client.put("/api/sources/ua-gur/reliability", json={"reliability": "B", "note": "better record this year"})
    assert r.status_code == 201
    assert next(s for s in client.get("/api/sources").json() if s["entity_id"] == "ua-gur")["reliability"] == "B"
    _error(client.put("/api/sources/nobody/reliability", json={"reliability": "B", "note": "x"}), 404, "not_found")
    ents = client.get("/api/entities").json()
    shahed = next(e for e in ents if e["entity_id"] == "w-shahed-136")
    assert {"Shaded", "Geranium"} <= set(shahed["surface"]) and "Geran-2" in shahed["aliases"]
    _error(client.post("/api/entities/suggestions/none~x/accept", json={}), 404, "not_found")
    docs = client.get("/api/documents").json()
    assert len(docs) == 6
    doc = client.get(f"/api/documents/{docs[0]['id']}").json()
    assert doc["text"] and "near_duplicates" in doc
    _error(client.get("/api/documents/doc_nope"), 404, "not_found")
    stories = client.get("/api/stories").json()
    port = next(s for s in stories if len(s["documents"]) >= 2)
    story = client.get(f"/api/stories/{port['story_id']}").json()
    assert story["claims"] and "tonnes" in " ".join(story["quantities"]) or story["quantities"]
    _error(client.get("/api/stories/sty_00000000000000000000"), 404, "not_found")
    audit = client.get("/api/audit").json()
    assert {a["action"] for a in audit} == {"flag_extraction", "set_reliability"}
    assert client.get("/api/me").json()["role"] == "admin"


def test_near_duplicate_documents(tmp_path):
    from fastapi.testclient import TestClient

    from claimledger.config import Settings
    from claimledger.web.app import create_app

    from .conftest import build_ledger

    url = build_ledger(tmp_path / "d.db")
    from claimledger.model import Document
    from claimledger.store.repo import Store

    store = Store.open(url)
    from claimledger.pipeline import analyze_text, load_resources

    text = (tmp_path.parent / "x").name  # unique noise
    base = Store.open(url).iter_documents(with_text=True)
    original = next(d for d in base if d["publisher"] == "radiosvoboda.org")["text"]
    copy = original.replace("There is no confirmation", "Nothing confirms") + f"\n{text}"
    a = analyze_text(copy, load_resources(Settings()), publisher="reprint.example")
    from claimledger.contract import analysis_json

    store.save(Document(text=copy, publisher="reprint.example"), analysis_json(a))
    c = TestClient(create_app(Settings(db=url)))
    docs = c.get("/api/documents").json()
    reprint = next(d for d in docs if d["publisher"] == "reprint.example")
    dups = c.get(f"/api/documents/{reprint['id']}").json()["near_duplicates"]
    assert dups and dups[0]["publisher"] == "radiosvoboda.org" and dups[0]["similarity"] > 0.8


def test_csv_export_neutralises_formulas(client):
    text = client.get("/api/export", params={"format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for v in r.values())
    # the seed's joint denial names its second speaker in a column of its own
    assert [(r["source"], r["co_sources"]) for r in rows if r["co_sources"]] == [("North Korea", "Russia")]
    jl = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert len(jl) == len(rows) and json.loads(jl[0])["grade"]


def test_stix_bundle_validates(client):
    body = client.get("/api/export", params={"format": "stix"}).text
    bundle = json.loads(body)
    types = {o["type"] for o in bundle["objects"]}
    assert {"report", "identity", "note", "opinion", "marking-definition"} <= types
    notes = [o for o in bundle["objects"] if o["type"] == "note"]
    assert all("confidence" in n or "admiralty:" in n["labels"][0] for n in notes)
    assert any(n.get("confidence") == 90 for n in notes)  # credibility 1 -> 90
    assert [n["authors"] for n in notes if len(n["authors"]) > 1] == [["North Korea", "Russia"]]  # a joint report
    result = validate_string(body, ValidationOptions(strict=False))
    assert result.is_valid, [str(e) for r in result.object_results for e in r.errors]


def test_stix_export_from_the_cli_validates(db_copy):
    r = CliRunner().invoke(main, ["export", "--format", "stix", "--db", db_copy], catch_exceptions=False)
    assert validate_string(r.stdout, ValidationOptions(strict=False)).is_valid


# --- security ------------------------------------------------------------------------------------------------
def test_csp_and_hardening_headers(client):
    for path in ("/claims", "/api/claims", "/sources"):
        h = client.get(path).headers
        assert "default-src 'self'" in h["content-security-policy"] and "script-src 'self'" in h[
            "content-security-policy"]
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


def test_article_script_renders_inert(client):
    xss = next(c for c in client.get("/api/claims", params={"text": "leaked"}).json()["items"])
    page = client.get(f"/claims/{xss['id']}").text
    doc_page = client.get(f"/documents/{xss['document']['id']}").text
    for html in (page, doc_page):
        assert "<script>alert" not in html and "<img src=x onerror" not in html
        assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
        assert 'href="javascript:' not in html


def test_non_loopback_bind_refuses_without_tokens():
    with pytest.raises(ConfigError, match="refusing to serve on 0.0.0.0"):
        check_bind("0.0.0.0", {})
    check_bind("0.0.0.0", parse_tokens(f"{ANALYST}:analyst"))
    check_bind("127.0.0.1", {})
    r = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--port", "8999"], env={"CLAIMLEDGER_TOKENS": ""})
    assert r.exit_code == 1 and "without API tokens" in r.output


def test_tokens_roles(token_client):
    c = token_client
    _error(c.get("/api/claims"), 401, "unauthorized")
    assert c.get("/claims", follow_redirects=False).headers["location"] == "/login"
    viewer = {"Authorization": f"Bearer {VIEWER}"}
    analyst = {"Authorization": f"Bearer {ANALYST}"}
    cid = c.get("/api/claims", headers=viewer).json()["items"][0]["id"]
    _error(c.post(f"/api/claims/{cid}/override", json={"credibility": 2, "note": "x"}, headers=viewer), 403,
           "forbidden")
    _error(c.put("/api/sources/ua-gur/reliability", json={"reliability": "A", "note": "x"}, headers=viewer), 403,
           "forbidden")
    r = c.post(f"/api/claims/{cid}/override", json={"credibility": 2, "note": "x"}, headers=analyst)
    assert r.status_code == 201 and r.json()["author"] == "ana"
    _error(c.get("/api/claims", headers={"Authorization": "Bearer wrong-token-0123456789"}), 401, "unauthorized")
    with pytest.raises(ConfigError):
        parse_tokens("short:viewer")


def test_html_forms_need_the_csrf_token(client):
    cid = client.get("/api/claims").json()["items"][0]["id"]
    client.get(f"/claims/{cid}")  # sets the CSRF cookie
    r = client.post(f"/claims/{cid}/override", data={"csrf": "forged", "credibility": "1", "reliability": "A",
                                                     "note": "x"}, follow_redirects=False)
    _error(r, 403, "forbidden")
    token = client.cookies.get("cl_csrf")
    r = client.post(f"/claims/{cid}/override", data={"csrf": token, "credibility": "1", "reliability": "A",
                                                     "note": "seen it myself"}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get(f"/api/claims/{cid}").json()["grade"] == "A1"


def test_every_page_renders(client):
    cid = client.get("/api/claims").json()["items"][0]["id"]
    did = client.get("/api/documents").json()[0]["id"]
    sid = client.get("/api/stories").json()[0]["story_id"]
    for path in ("/claims", f"/claims/{cid}", "/stories", f"/stories/{sid}", "/sources", "/entities", "/documents",
                 f"/documents/{did}", "/audit", "/claims?stance=denies&sort=grade&descending=true"):
        r = client.get(path)
        assert r.status_code == 200 and "<html" in r.text, path
    assert client.get("/", follow_redirects=False).headers["location"] == "/claims"
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "claimledger"


def test_empty_form_fields_mean_no_filter(client):
    r = client.get("/claims?source=&entity=&stance=&grade=&date_from=&date_to=&text=&sort=date")
    assert r.status_code == 200 and "No claims match" not in r.text
    assert client.get("/api/claims?grade=&stance=").json()["total"] >= 20


def test_story_filter(client):
    stories = client.get("/api/stories").json()
    port = next(i for i, s in enumerate(stories) if len(s["documents"]) == 3)
    claims = client.get("/api/claims", params={"story": stories[port]["story_id"]}).json()
    docs = {d["id"] for d in stories[port]["documents"]}
    assert claims["total"] >= 5 and all(c["document"]["id"] in docs for c in claims["items"])
    _error(client.get("/api/claims", params={"story": "third"}), 422, "invalid")


def test_possibly_same_as_can_be_accepted_and_is_audited(client):
    ents = client.get("/api/entities").json()
    odd = next(e for e in ents if e["name"] == "Alabugo")
    assert not odd["in_gazetteer"] and odd["suggestions"][0]["entity_id"] == "ru-alabuga"
    sid = odd["suggestions"][0]["id"]
    r = client.post(f"/api/entities/suggestions/{sid}/accept", json={"note": "misspelling of Alabuga"})
    assert r.status_code == 201 and r.json()["action"] == "accept_alias"
    again = next(e for e in client.get("/api/entities").json() if e["name"] == "Alabugo")
    assert again["suggestions"] == [] and again["same_as"][0]["entity_id"] == "ru-alabuga"
    _error(client.post(f"/api/entities/suggestions/{sid}/reject", json={}), 404, "not_found")
    assert client.get("/api/audit", params={"target": sid}).json()[0]["note"] == "misspelling of Alabuga"
