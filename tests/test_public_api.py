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
