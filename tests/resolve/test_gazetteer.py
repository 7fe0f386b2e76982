from __future__ import annotations

import pytest

from claimledger.errors import GazetteerError
from claimledger.resolve.gazetteer import build_gazetteer, load_gazetteer
from claimledger.resolve.match import alias_key

ALIAS_GROUPS = [
    ("w-shahed-136", ["Shahed", "Shaded", "Geranium", "Geran-2", "Geran 2", "Герань-2", "Shahed-136"]),
    ("ru-alabuga", ["Alabuga", "Alabuz", "Yelabuga", "Elabuga", "Алабуга"]),
    ("kp", ["DPRK", "North Korea", "Democratic People's Republic of Korea", "КНДР"]),
    ("ua-armed-forces", ["ZSU", "Armed Forces of Ukraine", "ЗСУ"]),
    ("ua-gur", ["GUR", "HUR", "Main Intelligence Directorate", "ГУР"]),
    ("kr-nis", ["NIS", "National Intelligence Service"]),
    ("us-isw", ["ISW", "Institute for the Study of War"]),
    ("msmt", ["MSMT", "Multilateral Sanctions Monitoring Team", "multilateral sanctions monitoring group"]),
    ("o-radio-svoboda", ["radiosvoboda.org", "www.radiosvoboda.org", "https://www.radiosvoboda.org/a/1",
                         "Radio Liberty", "RFE/RL"]),
    ("ua-kyiv", ["Kyiv", "Kiev", "Київ"]),
]


@pytest.mark.parametrize("entity_id,aliases", ALIAS_GROUPS, ids=[g[0] for g in ALIAS_GROUPS])
def test_aliases_resolve(entity_id, aliases):
    gaz = load_gazetteer()
    for alias in aliases:
        hit = gaz.lookup(alias)
        assert hit is not None and hit.id == entity_id, alias


def test_metonym_speaks_for_its_state():
    gaz = load_gazetteer()
    assert gaz.speaker("kp-pyongyang").id == "kp"
    assert gaz.speaker("ru-moscow").id == "ru"
    assert gaz.family_of("ua-gur") == "ua" and gaz.family_of("ua-sbu") == "ua"


def test_transliteration_keys_meet():
    assert alias_key("Zaporizhzhia") == alias_key("Zaporizhia")
    assert alias_key("Shoigu") == alias_key("Шойгу")
    assert alias_key("Geran-2") == alias_key("Geran 2")
    assert alias_key("Kharkiv") == alias_key("Харків")
    assert alias_key("Shahed") != alias_key("Kalibr")


def test_user_alias_file_is_merged(tmp_path, ledger):
    f = tmp_path / "mine.yaml"
    f.write_text("version: '1'\nentities:\n  - id: x-unit\n    name: Fictional Rifle Brigade\n    label: ORG\n"
                 "    aliases: [FRB, the Marsh Rifles]\n", encoding="utf-8")
    gaz = load_gazetteer((str(f),))
    assert gaz.lookup("the Marsh Rifles").id == "x-unit"
    assert gaz.lookup("GUR").id == "ua-gur"  # the bundled entries stay


@pytest.mark.parametrize("text,message", [
    ("entities: nope", "'entities' list"),
    ("entities:\n  - name: No Id\n", "needs 'id'"),
    ("entities:\n  - id: a\n    name: A\n    label: SPACESHIP\n", "label"),
    ("entities: [\n", "not valid YAML"),
])
def test_malformed_alias_file(text, message):
    with pytest.raises(GazetteerError, match=message):
        build_gazetteer([(text, "bad.yaml")])


def test_entity_ruler_tags_aliases_in_text(analyze):
    a = analyze("Geranium drones were built in Yelabuga, the ZSU said.")
    ids = {m.entity_id for m in a.entities}
    assert {"w-shahed-136", "ru-alabuga", "ua-armed-forces"} <= ids
