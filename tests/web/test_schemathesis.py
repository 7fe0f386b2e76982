"""Property-based API testing from the OpenAPI document: no input makes the server fail (no 5xx)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from claimledger.config import Settings
from claimledger.web.app import create_app

from .conftest import build_ledger

_DB = build_ledger(Path(tempfile.mkdtemp(prefix="claimledger-st-")) / "st.db")
APP = create_app(Settings(db=_DB))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"]
