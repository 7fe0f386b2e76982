from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.link.embed import NAME_MINILM, HashingEmbedder, default_embedder
from claimledger.link.matching import (
    CandidateIndex,
    clean_statement,
    match_statements,
    post_author,
    post_month,
    post_year,
)

CANDIDATES = [
    {"id": "c1", "text": "North Korea sent thousands of soldiers to fight for Russia in the Kursk region.",
     "title": "Did North Korean troops fight in Kursk?"},
    {"id": "c2", "text": "A video shows a bridge in Kyiv collapsing after a missile strike.",
     "title": "Kyiv bridge collapse video"},
    {"id": "c3", "text": "Iran delivered Shahed drones to Russia in 2022.", "title": "Iranian drones for Russia"},
]


@pytest.mark.parametrize("embedder", [default_embedder(), HashingEmbedder(dim=2 ** 14)], ids=lambda e: e.name)
def test_paraphrase_is_closer_than_an_unrelated_sentence(embedder):
    v = embedder.embed(["Pyongyang dispatched troops to help Moscow in Kursk.",
                        "North Korean soldiers were sent to fight for Russia in Kursk.",
                        "The bridge reopened to traffic after repairs."])
    assert v.shape[0] == 3
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.1


def test_minilm_is_the_default_and_offline():
    e = default_embedder()
    assert e.name == NAME_MINILM and e.dim == 384
    a = e.embed(["same text"])
    assert np.allclose(a, e.embed(["same text"]))


def test_clean_statement_drops_links_and_signature():
    raw = ("Troops seen near Kursk #Ukraine https://t.co/abc pic.twitter.com/xyz — Some One (@someone) "
           "January 14, 2020")
    assert clean_statement(raw) == "Troops seen near Kursk Ukraine"


def test_handles_and_hashtags_are_spelled_out():
    assert clean_statement("Fires spread #AustralianFires says @IvankaTrump") == \
        "Fires spread Australian Fires says Ivanka Trump"
    assert clean_statement("#BREAKING: #NATOSummit opens") == "BREAKING: NATO Summit opens"


def test_signature_gives_author_and_year():
    raw = "I keep getting reports that my house burned down? — Neko Case (@NekoCase) September 19, 2017"
    assert post_author(raw) == ["Neko", "Case"]
    assert post_year(raw) == 2017
    assert post_month(raw) == "September 2017"
    assert post_author("No signature here.") == [] and post_year("No signature here.") is None
    assert post_month("No signature here.") is None


def test_a_claim_dated_to_the_posts_month_is_lifted():
    e = default_embedder()
    cands = [{"id": "may", "text": "The ministry closed the border crossing in May 2019."},
             {"id": "june", "text": "The ministry closed the border crossing in June 2018."}]
    index = CandidateIndex.build(cands, e, cache_dir=None)
    for month, first in (("June", "june"), ("May", "may")):
        post = f"The crossing is shut again. — Border Watch (@bw) {month} 3, {2018 if month == 'June' else 2019}"
        assert match_statements([{"id": "q", "text": post}], index, e, top=2)[0][1][0][0] == first


def test_copies_of_a_claim_follow_its_first_listing(tmp_path):
    e = default_embedder()
    cands = [{"id": "first", "text": 'The minister said "the border is closed" on Monday.'},
             {"id": "other", "text": "A photograph shows a flooded street in Kyiv."},
             {"id": "copy", "text": "The minister said 'the border is closed' on Monday."}]
    index = CandidateIndex.build(cands, e, cache_dir=None)
    assert index.same_claim(0, 2) and not index.same_claim(0, 1)
    res = match_statements([{"id": "q", "text": "Minister: 'the border is closed'"}], index, e, top=3)
    ids = [c for c, _ in res[0][1]]
    assert ids[:2] == ["first", "copy"]
    scores = [s for _, s in res[0][1]]
    assert scores == sorted(scores, reverse=True)


def test_the_posts_author_named_in_a_claim_lifts_it():
    e = default_embedder()
    cands = [{"id": "fire", "text": "A house burned down in a fire in Vermont."},
             {"id": "case", "text": "Musician Neko Case's farmhouse was damaged in a fire in September 2017."},
             {"id": "later", "text": "A farmhouse burned down in a fire in 2019."}]
    index = CandidateIndex.build(cands, e, cache_dir=None)
    post = "Reports say my house burned down? Not my house. — Neko Case (@NekoCase) September 19, 2017"
    res = match_statements([{"id": "q", "text": post}], index, e, top=3)
    assert [c for c, _ in res[0][1]][0] == "case"
    unsigned = match_statements([{"id": "q", "text": "Reports say my house burned down? Not my house."}], index, e,
                                top=3)
    assert [c for c, _ in unsigned[0][1]][0] != "case"


def test_match_ranks_the_right_claim_first(tmp_path):
    e = default_embedder()
    index = CandidateIndex.build(CANDIDATES, e, cache_dir=tmp_path)
    assert list(tmp_path.glob("*.npy"))  # cached for the next run
    again = CandidateIndex.build(CANDIDATES, e, cache_dir=tmp_path)
    assert np.allclose(index.text_vecs, again.text_vecs)
    res = match_statements([{"id": "q", "text": "So Kim's army really went to Kursk to help Putin? #war"}], index, e,
                           top=2)
    assert res[0][0] == "q" and res[0][1][0][0] == "c1" and len(res[0][1]) == 2


def test_match_cli(tmp_path):
    cands = tmp_path / "c.jsonl"
    cands.write_text("\n".join(json.dumps(c) for c in CANDIDATES) + "\n")
    qs = tmp_path / "q.jsonl"
    qs.write_text(json.dumps({"id": "7", "text": "Iranian-made drones were handed to Russia"}) + "\n")
    r = CliRunner().invoke(main, ["match", "--candidates", str(cands), "--queries", str(qs), "--top", "3",
                                  "--no-cache"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    line = json.loads(r.stdout)
    assert line["id"] == "7" and line["matches"][0]["id"] == "c3" and len(line["matches"]) == 3
    assert line["matches"][0]["score"] >= line["matches"][1]["score"]


def test_match_cli_rejects_bad_lines(tmp_path):
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"text": "no id"}\n')
    r = CliRunner().invoke(main, ["match", "--candidates", str(bad), "--queries", str(bad)])
    assert r.exit_code == 1 and "needs an 'id'" in r.output
