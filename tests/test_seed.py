"""The first acceptance case: the seed article, scored by the analyst's gold reading."""
from __future__ import annotations

import json
import subprocess
import sys

from claimledger.contract import analysis_json
from claimledger.model import SourceKind, Stance, speakers_of

from .conftest import SEED_TEXT, needs_shared


def test_seed_scores_13_of_13(seed_analysis, tmp_path):
    gold = needs_shared("seed", "article-01.gold.json")
    scorer = needs_shared("eval", "score_seed.py")
    obj = analysis_json(seed_analysis)
    obj["path"] = str(SEED_TEXT)
    pred = tmp_path / "a.jsonl"
    pred.write_text(json.dumps(obj) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--text", str(SEED_TEXT), "--pred",
                          str(pred), "--json"], capture_output=True, text=True, check=True).stdout
    res, _ = json.JSONDecoder().raw_decode(out)
    s = res["summary"]
    assert (s["correct"], s["of"]) == (13, 13), res["claims"]
    assert s["relations"] == s["relations_of"] == 2
    assert s["credibility"] == s["credibility_of"] == 1
    assert s["extra_claims"] <= 3


def test_seed_snippets(seed_analysis):
    """What an analyst reads off the seed, asserted directly (independent of the scorer)."""
    by_content = {c.content.text[:30]: c for c in seed_analysis.claims}
    g1 = next(c for k, c in by_content.items() if k.startswith("Russia’s plans"))
    assert g1.source.entity_id == "ua-gur" and [r.entity_id for r in g1.relayed_by] == ["o-radio-svoboda"]
    assert seed_analysis.grades[g1.id].credibility >= 3
    assert any("no confirmation" in r for r in seed_analysis.grades[g1.id].reasons)
    g7 = next(c for k, c in by_content.items() if k.startswith("North Korea has sent approx"))
    assert g7.source.kind == SourceKind.VAGUE and seed_analysis.grades[g7.id].reliability == "F"
    # "Pyongyang and Moscow ... deny arms deliveries": one joint denial, made by both
    denials = [c for c in seed_analysis.claims if c.stance == Stance.DENIES]
    assert [[s.entity_id for s in speakers_of(c)] for c in denials] == [["kp", "ru"]]
    msmt = next(c for c in seed_analysis.claims if c.source.entity_id == "msmt")
    reasons = " ".join(seed_analysis.grades[msmt.id].reasons)
    assert "interested party" in reasons and seed_analysis.grades[msmt.id].credibility == 3
    kursk = next(c for k, c in by_content.items() if k.startswith("They took part"))
    assert seed_analysis.grades[kursk.id].credibility == 1
    assert any("admission against interest" in r for r in seed_analysis.grades[kursk.id].reasons)


def test_every_span_is_a_substring(seed_analysis):
    text = seed_analysis.document.text
    for item in (*seed_analysis.entities, *seed_analysis.quantities, *seed_analysis.times):
        assert text[item.start:item.end] == item.text
    for c in seed_analysis.claims:
        for span in (c.source.span, c.cue, c.content):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_event_statement_and_publication_times_are_apart(seed_analysis):
    from claimledger.contract import analysis_json

    claims = analysis_json(seed_analysis)["claims"]
    isw = next(c for c in claims if c["source"]["entity_id"] == "us-isw")
    assert isw["statement_time"]["start_date"] == "2025-07-01" and isw["published"] == "2025-11-15"
    nis = next(c for c in claims if c["source"]["entity_id"] == "kr-nis")
    assert nis["event_time"]["start_date"] == "2025-09-01" and nis["event_time"]["role"] == "since"
    assert nis["statement_time"]["note"].startswith("not stated")
