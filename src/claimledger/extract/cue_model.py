"""A learned reporting-cue classifier: how likely a verb is to attribute content to a source.

The rules in ``attribution/`` know the common reporting verbs; news attributes through a long tail of others
("likened", "echoed", "sounded a call for", "questioning"). This logistic model scores every verb from its lemma
and its frame in the dependency parse. It was trained on the PolNeAR train split only (see
``docs/models/cue-model.md`` and ``scripts/train_cue_model.py``) and ships as a small JSON file of weights.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Token

from .linear import LinearModel, load_linear_model

_QUOTES = set("\"“”‘’«»") | {"``", "''"}


def _subject_kind(verb: Token) -> str:
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    if subj is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return "agent" if agent is not None else "none"
    if subj.pos_ == "PRON":
        return "pron:" + subj.lower_ if subj.lower_ in {"i", "we", "you", "it", "they", "he", "she"} else "pron"
    if subj.ent_type_:
        return "ent:" + subj.ent_type_
    return "noun:" + subj.pos_


def verb_features(tok: Token) -> list[str]:
    """Feature names of one verb token: its lemma alone and with each part of its frame."""
    lemma = tok.lemma_.lower()
    deps = sorted({c.dep_ for c in tok.children if c.dep_ not in {"punct", "det", "cc"}})
    preps = sorted({c.lower_ for c in tok.children if c.dep_ in {"prep", "agent", "dative"}})
    subj = _subject_kind(tok)
    feats = ["bias", f"l={lemma}", f"tag={tok.tag_}", f"dep={tok.dep_}", f"subj={subj}",
             f"l={lemma}|subj={subj.split(':')[0]}", f"l={lemma}|dep={tok.dep_}"]
    feats += [f"has={d}" for d in deps] + [f"l={lemma}|has={d}" for d in deps]
    feats += [f"prep={p}" for p in preps] + [f"l={lemma}|prep={p}" for p in preps]
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    if prt:
        feats.append(f"l={lemma}|prt={prt}")
    quotes_before = sum(1 for t in tok.doc[tok.sent.start:tok.i] if t.text in _QUOTES)
    feats.append(f"inquote={quotes_before % 2}")
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in _QUOTES | {",", ":"}:
        feats.append(f"next={tok.doc[tok.i + 1].text if tok.doc[tok.i + 1].text in {',', ':'} else 'quote'}")
    return feats


_in_use: list[LinearModel] = []  # models put in place of the bundled one by ``using_cue_model``


@contextmanager
def using_cue_model(model: LinearModel) -> Iterator[None]:
    """Score verbs with ``model`` instead of the bundled one while the block runs. The trainers of the relation
    check and the boundary model use it to read each train document with a cue model fitted without that
    document, so that the cue scores they learn from are as good as on unseen text, not better."""
    _in_use.append(model)
    try:
        yield
    finally:
        _in_use.pop()


def load_cue_model() -> LinearModel | None:
    """The model in use: the bundled one, or None if the package was built without it."""
    return _in_use[-1] if _in_use else load_linear_model("cue_model.json")
