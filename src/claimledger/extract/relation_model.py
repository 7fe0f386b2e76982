"""A learned check on the relations the rules propose: would an annotator mark this one?

The rules in ``attribution/`` propose every cue, source and content the parse allows. Many proposals are
right by the grammar and still not attributions as news annotators read them: an infinitive inside someone's
report ("said she wants to continue the policies"), an action rather than a statement ("withdrew all of our
forces"), a belief nested inside another's quotation. This logistic model scores a proposed relation from its
parts and its neighbours in the sentence; relations below its threshold are dropped. Trained on the PolNeAR
train split only (``scripts/train_relation_model.py``, ``docs/models/relation-model.md``).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import Attribution, closing_report, ends_line, quoted_speaker, start_of_line, unclosed_quotation
from .cue_model import load_cue_model, verb_features
from .lexicon import (
    CONFIRM_CUES,
    DENY_CUES,
    DOCUMENT_NOUNS,
    INSTITUTION_HEADS,
    OPEN_QUOTES,
    QUOTE_MARKS,
    REPORTED_ADVERBS,
    ROLE_HEADS,
    SPEECH_VERBS,
    VAGUE_HEADS,
)
from .linear import LinearModel, bucket, load_linear_model

# Denials and confirmations are what grading turns on (contradiction, independent confirmation): the ledger
# keeps a named source's, whatever news annotators would have marked (``kept_anyway``).
_STANCE_CUES = DENY_CUES | CONFIRM_CUES
_KEPT_CUES = SPEECH_VERBS | _STANCE_CUES  # the cue lemmas ``kept_anyway`` considers
# An outlet's report of what someone said is a relay the ledger keeps ("Reuters reported that the minister said
# ...", and as news agencies close a report, "..., the minister said on Monday, BelTA has learned."); one speaker's
# word of another's ("Okafor said the inspector told him ...", "“The director said ...,” he said") is left to the
# check: annotators mark about one in five of those.
_RELAYING_CUES = frozenset({"report", "write", "learn"})
_NAMING_HEADS = ROLE_HEADS | INSTITUTION_HEADS | DOCUMENT_NOUNS  # "the regional governor", "the statement"


_SIZES = (1, 2, 3, 5, 8, 13, 21, 34)  # lengths and counts as feature values (``linear.bucket``)


def _origin(att: Attribution) -> str:
    """The rule that proposed the relation ("lexicon", "learned", "quote", ...)."""
    return "none" if att.cue is None else att.origin or "other"


def _source_kind(att: Attribution, sent: Span) -> str:
    if not att.sources:
        return "passive" if att.passive else "none"
    s, e = att.sources[0]
    head = sent.doc[s:e].root
    if head.pos_ == "PRON":
        return "pron:" + head.lower_
    if head.ent_type_:
        return "ent:" + head.ent_type_
    low = head.lemma_.lower()
    if low in DOCUMENT_NOUNS:
        return "document"
    if low in VAGUE_HEADS:
        return "vague"
    return "noun:" + head.pos_


def _cue_probability(cue: Token) -> str:
    model = load_cue_model()
    if model is None or cue.pos_ not in {"VERB", "AUX"}:
        return "na"
    p = model.probability(verb_features(cue))
    return str(min(9, int(p * 10)))


def _inside_earlier_quotation(cue: Token, sent: Span) -> bool:
    """Whether the cue stands inside a quotation opened before its sentence and not yet closed: "“We waited all
    night. I told them the road was closed.”" reads "told" as the quoted speaker's, nested in the quotation."""
    opening = unclosed_quotation(sent.doc, start_of_line(sent.doc, sent.start), sent.start)
    return opening is not None and unclosed_quotation(sent.doc, opening, cue.i) == opening


def relation_features(att: Attribution, sent: Span, siblings: list[Attribution]) -> list[str]:
    """Feature names of one proposed relation, read with the other relations proposed in its sentence."""
    doc = sent.doc
    cue = doc[att.cue_head] if att.cue_head is not None else None
    origin = _origin(att)
    lemma = cue.lemma_.lower() if cue is not None else "-"
    src = _source_kind(att, sent)
    c0, c1 = att.content
    first = doc[c0]
    direct = first.text in OPEN_QUOTES
    opening = "quote" if direct else first.lower_ if first.lower_ in {"that", "to", "if", "whether", "how",
                                                                       "what", "why"} else first.pos_
    c_head = doc[c0:c1].root
    position = "none" if att.cue is None else "after" if c0 >= att.cue[1] else "before" if c1 <= att.cue[0] \
        else "around"
    nested_in = next((o for o in siblings if o is not att and att.cue is not None
                      and o.content[0] <= att.cue[0] < o.content[1]), None)
    contains = any(o is not att and o.cue is not None and c0 <= o.cue[0] < c1 for o in siblings)
    quotes_before = sum(1 for t in doc[sent.start:att.cue[0]] if t.text in QUOTE_MARKS) if att.cue else 0
    length, nested = bucket(c1 - c0, _SIZES), nested_in is not None
    feats = ["bias", f"origin={origin}", f"l={lemma}", f"src={src}", f"srcbase={src.split(':')[0]}",
             f"open={opening}", f"len={length}", f"pos={position}", f"chead={c_head.dep_}",
             f"chead_pos={c_head.pos_}", f"nested={nested}", f"contains={contains}",
             f"inquote={quotes_before % 2}", f"n_rel={bucket(len(siblings), _SIZES)}", f"origin={origin}|src={src}",
             f"origin={origin}|open={opening}", f"origin={origin}|len={length}", f"origin={origin}|nested={nested}",
             f"open={opening}|chead={c_head.dep_}"]
    if cue is not None and att.cue is not None:
        prob = _cue_probability(cue)
        feats += [f"cue_tag={cue.tag_}", f"cue_dep={cue.dep_}", f"cue_pos={cue.pos_}",
                  f"cue_len={bucket(att.cue[1] - att.cue[0], _SIZES)}", f"cue_dep={cue.dep_}|tag={cue.tag_}",
                  f"cueprob={prob}", f"origin={origin}|cueprob={prob}", f"cue_head_pos={cue.head.pos_}|dep={cue.dep_}"]
        if any(c.dep_ == "neg" for c in cue.children):
            feats.append("neg")
        if _inside_earlier_quotation(cue, sent):
            feats += ["earlier_quote", f"earlier_quote|origin={origin}"]
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
            feats += ["infinitive", f"infinitive|head={cue.head.lemma_.lower()}"]
    if nested_in is not None and nested_in.cue_head is not None:
        outer = doc[nested_in.cue_head]
        feats += [f"nested_in={outer.lemma_.lower()}",
                  f"nested_in_direct={doc[nested_in.content[0]].text in OPEN_QUOTES}",
                  f"nested_in_origin={_origin(nested_in)}"]
    if direct:
        feats.append(f"direct|src={src.split(':')[0]}")
    line_start = sent.start == 0 or ends_line(doc[sent.start - 1])
    feats.append(f"line_start={line_start}")
    return feats


def load_relation_model() -> LinearModel | None:
    """The bundled model, or None if the package was built without it."""
    return load_linear_model("relation_model.json")


def _finite(cue: Token) -> bool:
    if cue.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.lower_ != "to" for c in cue.children):
        return True
    # "Pyongyang and Moscow, which ratified the treaty, deny ...": a present tense the tagger read as a bare verb
    # after a long subject; a main verb with a subject of its own is finite unless it is an infinitive
    if cue.tag_ == "VB" and cue.dep_ in {"ROOT", "conj"} and any(c.dep_ == "nsubj" for c in cue.children) \
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return True
    # "..., the state news agency reported on Wednesday.": a past tense read as a participle, its subject active
    return cue.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in cue.children) \
        and not any(c.dep_ in {"aux", "auxpass"} for c in cue.children)


def _names(span: Span) -> bool:
    head = span.root
    return any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in span) \
        or head.lemma_.lower() in _NAMING_HEADS


def _named(att: Attribution, sent: Span) -> bool:
    """A source that names someone or something that can be looked up: "Peskov", "the regional governor",
    "the statement", not "officials" or "the crowd"."""
    s, e = att.sources[0]
    doc = sent.doc
    span = doc[s:e]
    head = span.root
    if head.lower_ in {"who", "which"}:
        # "Kamin, who said ...": the relative pronoun stands for the name it follows (resolved in sources.py);
        # "those who said they cared most" is a description, not a name
        clause = head.head
        antecedent = clause.head if clause.dep_ == "relcl" else None
        return antecedent is not None and _names(doc[antecedent.left_edge.i:antecedent.i + 1])
    return _names(span)


def kept_anyway(att: Attribution, sent: Span, siblings: list[Attribution]) -> bool:
    """Relations the ledger keeps as the rules found them, whatever news annotators would have marked:
    unattributed reports ("reportedly", "allegedly"), relays ("X reported, citing Y", "X reported that Y said"),
    support received ("Clinton has the support of women", ``frames._support_received``),
    a named source's denial or confirmation (what grading turns on), a named source's report of a clause, and a
    quotation signed by a name or a pronoun. Only finite cues count: "to tell Holder", "as if to say" and "Why do
    I say that?" are left to the check, as are reports by "officials" or "the crowd"."""
    if att.cue_head is None:
        return False
    if att.origin == "support":
        return True  # "Clinton has the support of women": the supporters' stance, which annotators mark
    doc = sent.doc
    cue = doc[att.cue_head]
    lemma = cue.lemma_.lower()
    if cue.lower_ in REPORTED_ADVERBS or att.relayer is not None or quoted_speaker(cue) is not None:
        return True  # "Tass quoted the governor as saying ...": a relay too
    if lemma not in _KEPT_CUES or not att.sources or not _finite(cue):
        return False
    if lemma in _STANCE_CUES:  # "..., which it denies": what it denies, whoever "it" is
        return _named(att, sent) or att.origin == "rebuttal"
    clause = cue
    if any(c.dep_ == "ccomp" for c in cue.children):
        while clause.dep_ == "conj" and clause.head.i != clause.i:  # "... declined to comment and said that ..."
            clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _RELAYING_CUES and any(
            o is not att and o.cue_head == clause.head.i and o.content[0] <= cue.i < o.content[1] for o in siblings):
        return True  # "Reuters reported that the minister said ...": the relay chain
    if lemma in _RELAYING_CUES and closing_report(cue, sent) is not None or any(
            c.lemma_.lower() in _RELAYING_CUES and closing_report(c, sent) is not None for c in cue.children):
        return True  # "The minister said ..., Reuters reports.": the same chain, the outlet named last
    if any(o.according and o.content[0] <= att.sources[0][0] and att.content[1] <= o.content[1]
           for o in siblings if o is not att) and _named(att, sent):
        return True  # "According to AFP, Slutsky said ...": the same chain, the outlet named first
    opening = doc[att.content[0]]
    if opening.text in OPEN_QUOTES:  # "“...,” Kamin asked", "“...,” she said"
        return _named(att, sent) or doc[att.sources[0][0]].pos_ == "PRON"
    return opening.lower_ == "that" and _named(att, sent)  # "The governor reminds that ..."


def accepted(atts: list[Attribution], sent: Span) -> list[Attribution]:
    """The proposed relations the model keeps; all of them when no model is bundled. Relations kept anyway pass
    unchecked, and so do those from rules the model saw too rarely in training to judge (``applies_to``: signed
    quotations, "He said:" blocks, trailing cues)."""
    model = load_relation_model()
    if model is None or not atts:
        return atts
    return [a for a in atts if _origin(a) not in model.applies_to or kept_anyway(a, sent, atts)
            or model.accepts(relation_features(a, sent, atts))]
