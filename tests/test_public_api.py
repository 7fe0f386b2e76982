import claimledger


def test_public_api_is_pinned():
    assert set(claimledger.__all__) == {
        "Analysis", "Claim", "ClaimKind", "ClaimLedgerError", "ConfigError", "Document", "EntityMention",
        "FetchRefused", "GazetteerError", "Grade", "InvalidDocument", "Ledger", "NotFound", "Quantity", "Relation",
        "RelationType", "Settings", "Source", "SourceKind", "Stance", "StoreError", "TimeExpression", "TimeRole",
        "analysis_json", "load_settings"}
    for name in claimledger.__all__:
        assert hasattr(claimledger, name), name


def test_library_three_lines(ledger):
    result = ledger.analyze("Seoul's spy agency said that 1,500 troops had arrived.", published="2025-11-15")
    assert result.claims[0].source.entity_id == "kr-nis"
    assert result.quantities[0].value == 1500


def test_settings_precedence(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[claimledger]\ndb = "sqlite:///from-file.db"\nbatch_size = 8\n')
    s = claimledger.load_settings(cfg, environ={"CLAIMLEDGER_DB": "sqlite:///from-env.db"}, n_process=3)
    assert (s.db, s.batch_size, s.n_process) == ("sqlite:///from-env.db", 8, 3)
    assert claimledger.load_settings(environ={}).db == "sqlite:///claimledger.db"


def test_bad_config_is_a_clear_error(tmp_path):
    import pytest

    cfg = tmp_path / "c.toml"
    cfg.write_text('[claimledger]\ncolour = "blue"\n')
    with pytest.raises(claimledger.ConfigError, match="unknown settings.*colour"):
        claimledger.load_settings(cfg, environ={})


def test_every_span_is_the_documents_own_text_no_break_spaces_included(ledger):
    text = ("“Like the harbor. Or the mill,”\u00a0Mayor\u00a0Lena Ortiz said on 3\u00a0March. The port lost "
            "$4\u00a0million, the\u00a0council said, and 120\u00a0workers were laid off.\n")
    out = ledger.analyze_json(text, published="2025-03-05")
    spans = [*out["entities"], *out["quantities"], *out["times"]]
    spans += [c[k] for c in out["claims"] for k in ("source", "cue", "content") if c[k]]
    assert out["claims"] and any("\u00a0" in s["text"] for s in spans)
    for span in spans:
        if span.get("start") is not None:
            assert text[span["start"]:span["end"]] == span["text"]


def test_a_spokesman_confirming_his_own_president_is_no_independent_confirmation(ledger):
    a = ledger.analyze_json("Vladimir Putin said on Monday that Russian troops had left the village of Orlovka. "
                            "Later, Dmitry Peskov confirmed that Russian troops had left the village of Orlovka.",
                            published="2026-03-02")
    putin = next(c for c in a["claims"] if c["source"]["name"] == "Vladimir Putin")
    assert putin["grade"] == "F3"
    assert not any("independent of" in r for r in putin["reasons"])
    assert any("single origin" in r for r in putin["reasons"])


def test_an_entitys_span_never_takes_in_the_line_break_after_a_heading(ledger):
    text = ("Moscow sees the bridge as a direct challenge to its annexation of the peninsula.\n\nThe Kerch Strait\n\n"
            "The Kerch Strait divides the Black Sea and the Sea of Azov, officials said.")
    out = ledger.analyze_json(text, published="2025-03-05")
    strait = [e for e in out["entities"] if "Kerch" in e["text"]]
    assert strait
    for e in out["entities"]:
        assert e["text"] == e["text"].strip() and text[e["start"]:e["end"]] == e["text"]
