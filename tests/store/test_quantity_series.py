"""The story chart's series: a measure reported in two units is one series, in the unit reports use most."""
from __future__ import annotations

from click.testing import CliRunner

from claimledger.cli import main
from claimledger.grade.registry import load_registry
from claimledger.resolve.gazetteer import load_gazetteer
from claimledger.store.desk import Desk
from claimledger.store.repo import Store


def test_miles_and_kilometres_share_one_series(tmp_path):
    db = f"sqlite:///{tmp_path / 'q.db'}"
    texts = {"a.txt": "The river authority said the flood stretched for 7 miles along the valley.",
             "b.txt": "Engineers said the flood stretched for 12 km along the valley.",
             "c.txt": "Farmers said the water covered 9 miles of road."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        r = CliRunner().invoke(main, ["ingest", str(tmp_path / name), "--db", db, "--published", "2026-03-01",
                                      "--no-link"], catch_exceptions=False)
        assert r.exit_code == 0, r.output
    store = Store.open(db)
    desk = Desk(store, load_gazetteer(), load_registry())
    ids = [d["id"] for d in store.iter_documents()]
    series = desk.quantity_series(ids)
    assert list(series) == ["mile"]  # one series, in the unit the reports use most
    assert sorted(round(p["high"], 2) for p in series["mile"]) == [7.0, 7.46, 9.0]
