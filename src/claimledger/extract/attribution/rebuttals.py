"""Denials and confirmations hung on what they answer, after a comma: "Russia is accused of war crimes, which it
denies.", "..., something Russia has repeatedly denied.", "..., a claim the Kremlin denies.", "..., an allegation
rejected by Tehran." The verb has no object of its own; what it denies or confirms is the clause before the comma
(or the dash: "... – a statement the ministry confirmed"). News annotators mark the relative word or the noun
("which", "a claim") as the content; the ledger reports what is denied, so that the denial can meet the claims it
contradicts."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..lexicon import CLAIM_NOUNS, CONFIRM_CUES, DASHES, DENY_CUES, SPEECH_VERBS, STANCE_NOUNS
from .cues import cue_range_of
from .spans import SUBJECT_DEPS, Attribution, TokRange, noun_phrase, trim

_RELATIVE_OBJECTS = frozenset({"which", "that"})
_TURNING_DOWN = frozenset({"reject", "dismiss", "rebuff"})  # deny a claim, or turn down a proposal
_ACCUSING = frozenset({"accuse", "charge"})


def answered_claim(cue: Token, sent: Span) -> Attribution | None:
    """The denial or confirmation ``cue`` makes of the clause before the comma it follows, or None."""
    if cue.lemma_.lower() not in DENY_CUES | CONFIRM_CUES or cue.dep_ not in {"relcl", "acl"} or cue.head.i > cue.i:
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "prep"} or c.dep_ == "dobj" and c.lower_ not in _RELATIVE_OBJECTS
           for c in cue.children):
        return None  # "..., which denied class-action status to ...": an object of its own
    doc = sent.doc
    relative = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if relative is not None:
        if cue.lemma_.lower() in _TURNING_DOWN:
            return None  # "..., among other demands, which NATO rejected": what "which" is may be a proposal
        opening = relative.i  # "..., which it denies"
    elif cue.head.lemma_.lower() in CLAIM_NOUNS and cue.head.pos_ in {"NOUN", "PRON"}:
        opening = cue.head.left_edge.i  # "..., a claim the Kremlin denies"
    else:
        return None
    if opening - 1 <= sent.start or doc[opening - 1].text != "," and doc[opening - 1].text not in DASHES:
        return None  # "..., a claim the Kremlin denies", "... – a statement the ministry confirmed"
    speaker = _speaker(cue)
    if speaker is None:
        return None
    content = trim(sent, sent.start, opening - 1)
    if content is None:
        return None
    return Attribution(cue=cue_range_of(cue), cue_head=cue.i, content=content, sources=(speaker,),
                       region=frozenset(range(content[0], cue.right_edge.i + 1)), origin="rebuttal")


def _speaker(cue: Token) -> TokRange | None:
    """Who denies or confirms: the verb's subject, or the agent of its participle ("rejected by the U.S.")."""
    subj = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and subj.dep_ != "nsubjpass":
        return noun_phrase(subj)
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return noun_phrase(pobj) if pobj is not None else None


def to_the_report_answered(found: list[Attribution], doc: Doc) -> list[Attribution]:
    """A denial of a clause that reports someone's words denies those words, and the words end where the denial's
    aside begins: in "Western states say Iran supplied the drones, an allegation Tehran denies." Tehran denies that
    Iran supplied the drones, and the states did not say "an allegation Tehran denies". A clause of intention stays
    whole: "Kyiv planned to seize the depot, a claim the ministry rejected" denies the plan."""
    out = list(found)
    for k, att in enumerate(found):
        if att.origin != "rebuttal":
            continue
        start, end = att.content
        reports = [j for j, o in enumerate(out) if j != k and o.cue is not None and o.cue_head is not None
                   and start <= o.cue[0] and o.cue[1] <= o.content[0] < end <= o.content[1]
                   and _words_of_others(doc[o.cue_head])]
        if reports:
            j = min(reports, key=lambda j: out[j].content[0])  # the outermost: "called for X and Y", not "Y"
            out[j] = replace(out[j], content=(out[j].content[0], end))
            out[k] = replace(att, content=out[j].content)
    return out


def _words_of_others(cue: Token) -> bool:
    """Whether a cue's content is someone's words, which a denial of the whole clause denies: "say", "accuse",
    "allegations"; not "planned"."""
    lemma = cue.lemma_.lower()
    return lemma in STANCE_NOUNS if cue.pos_ == "NOUN" else lemma in SPEECH_VERBS | _ACCUSING
