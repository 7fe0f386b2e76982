"""A learned choice of where a reported clause ends.

The rules end an indirect content where the parse ends its clause, or at the end of the sentence when the cue
comes first. News annotators draw that boundary by meaning: "Clinton wants to sign up 5 million people,
focusing on people under 30" reports a want that ends before the participle, while "pointed out that one
shooting may have more than one victim, so thousands of victims do not mean thousands of shootings" runs on
to the end. This logistic model scores every place the content could end (the rule's own end, each comma,
dash, clause and phrase boundary, the end of the sentence) and moves the end to the best one when it beats the
rule's by a margin. Quotations keep their marks as boundaries and are never moved. Trained on the PolNeAR train
split only (``scripts/train_boundary_model.py``, ``docs/models/boundary-model.md``).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .attribution import OPEN_QUOTES, QUOTE_MARKS, Attribution
from .linear import LinearModel, load_linear_model

MARGIN = 0.1  # a learned end replaces the rule's only when its probability is higher by this much
_CLOSED_CLASSES = {"ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "AUX"}


def _last_word(sent: Span) -> int:
    end = sent.end
    while end > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    return end


def applies(att: Attribution, sent: Span) -> bool:
    """Indirect contents after or before a cue, inside one sentence and not interrupted by their cue."""
    if att.cue is None:
        return False
    start, end = att.content
    doc = sent.doc
    return doc[start].text not in OPEN_QUOTES and sent.start <= start and end <= _last_word(sent) \
        and not (start < att.cue[0] < end)


def end_candidates(att: Attribution, sent: Span) -> list[int]:
    """Token offsets the content may end at: the rule's end, the end of the sentence and every boundary before
    punctuation or before a word that opens a phrase of its own."""
    doc = sent.doc
    start, rule_end = att.content
    last = _last_word(sent)
    out = {rule_end, last}
    for end in range(start + 1, last):
        before, after = doc[end - 1], doc[end]
        if before.is_space:
            continue
        if after.is_punct or after.is_space or before.is_punct or after.left_edge.i == end:
            out.add(end)
    return sorted(out)


def _word(tok: Token | None) -> str:
    if tok is None:
        return "EOS"
    return tok.lower_ if tok.is_punct or tok.pos_ in _CLOSED_CLASSES else tok.pos_


def _distance(n: int) -> str:
    for limit in (1, 2, 4, 8, 16):
        if n <= limit:
            return str(limit)
    return "many"


def end_features(att: Attribution, sent: Span, end: int, siblings: list[Attribution]) -> list[str]:
    """Feature names of ending ``att``'s content at token offset ``end`` (exclusive)."""
    doc = sent.doc
    start, rule_end = att.content
    last = _last_word(sent)
    before = doc[end - 1]
    after = doc[end] if end < sent.end and not doc[end].is_space else None
    after2 = doc[end + 1] if after is not None and end + 1 < sent.end else None
    where = "at" if end == rule_end else "before" if end < rule_end else "after"
    origin = att.origin or "other"
    lemma = doc[att.cue_head].lemma_.lower() if att.cue_head is not None else "-"
    at_end = end == last
    feats = ["bias", f"rel={where}", f"rel={where}|o={origin}", f"prev={_word(before)}", f"prevdep={before.dep_}",
             f"next={_word(after)}", f"nextdep={after.dep_ if after is not None else 'EOS'}",
             f"prev={_word(before)}|next={_word(after)}", f"next={_word(after)}|next2={_word(after2)}",
             f"sent_end={at_end}", f"l={lemma}|rel={where}", f"o={origin}|se={at_end}", f"l={lemma}|se={at_end}"]
    if end != rule_end:
        feats.append(f"dist={where}{_distance(abs(end - rule_end))}")
    if end == last - 1 and doc[last - 1].is_punct:
        feats.append("before_final_punct")
    quotes = sum(1 for t in doc[start:end] if t.text in QUOTE_MARKS)
    feats.append(f"quotes_odd={quotes % 2}")
    if sum(1 for t in doc[start:end] if t.text == "(") != sum(1 for t in doc[start:end] if t.text == ")"):
        feats.append("paren_open")
    if end == doc[start:rule_end].root.right_edge.i + 1:
        feats.append("root_subtree_end")
    if after is not None:
        feats.append(f"nexthead_in={start <= after.head.i < end}|dep={after.dep_}")
        if after.is_punct and after2 is not None:
            feats += [f"punct+dep={after.text}|{after2.dep_}",
                      f"after_punct_dep={after2.dep_}|head_in={start <= after2.head.i < end}",
                      f"o={origin}|after_punct={after2.dep_}"]
    if any(o is not att and o.cue is not None and rule_end <= o.cue[0] < end for o in siblings):
        feats.append("crosses_cue")
    if any(o is not att and o.cue is not None and end <= o.cue[0] < rule_end for o in siblings):
        feats.append("stops_before_cue")
    if att.cue is not None and end <= att.cue[0] < rule_end:
        feats.append("before_own_cue")
    return feats


def load_boundary_model() -> LinearModel | None:
    """The bundled model, or None if the package was built without it."""
    return load_linear_model("boundary_model.json")


def learned_end(att: Attribution, sent: Span, siblings: list[Attribution], model: LinearModel) -> int:
    """The end the model prefers over the rule's by at least MARGIN, else the rule's end."""
    rule_end = att.content[1]
    best, best_p, rule_p = rule_end, -1.0, 0.0
    for end in end_candidates(att, sent):
        p = model.probability(end_features(att, sent, end, siblings))
        if end == rule_end:
            rule_p = p
        if p > best_p:
            best, best_p = end, p
    return best if best != rule_end and best_p >= rule_p + MARGIN else rule_end


def with_learned_ends(atts: list[Attribution], sent: Span) -> list[Attribution]:
    """The relations with their indirect contents ended where the model reads them to end; unchanged when no
    model is bundled."""
    model = load_boundary_model()
    if model is None:
        return atts
    out = []
    for att in atts:
        if applies(att, sent):
            end = learned_end(att, sent, atts, model)
            if end != att.content[1]:
                att = replace(att, content=(att.content[0], end))
        out.append(att)
    return out
