"""Where a reported infinitive, clause or object ends because the speaker's next act begins: the verbs the parser
coordinated with the content that are more of it ("wants to triple the program, grow the Peace Corps and ..."),
and those that are the speaker's next act or report ("promised to rebuild the harbor and opened a ferry line",
"said that the talks would go on and warned against ...", "condemned the attack and sent aid")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import REPORTING_VERBS, SPEECH_VERBS
from .spans import SUBJECT_DEPS, Attribution, back_over_joints
from .speakers import verb_tense


def infinitive_conjuncts(verb: Token, infinitive: Token) -> list[Token]:
    """Bare verbs the parser hung on a finite cue that can only continue its infinitive: in "She wants to triple
    the program, grow the Peace Corps and create a reserve", "grow" and "create" cannot agree with "wants" (the
    parser makes them its conjuncts, or "grow" a clause of its own), so they are more of what she wants ("and to
    grow" too). Verbs with a subject, an auxiliary or an opening conjunction of their own stay apart."""
    if verb.tag_ not in {"VBZ", "VBD"}:
        return []
    heads = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in {"VB", "VBP"}
             and not any(g.dep_ == "mark" for g in c.children)]
    candidates = {*verb.conjuncts, *heads, *(c for h in heads for c in h.conjuncts)}
    return sorted((c for c in candidates if c.i > infinitive.i and c.tag_ in {"VB", "VBP"} and not any(
        g.dep_ in SUBJECT_DEPS or g.dep_ == "aux" and g.lower_ != "to" for g in c.children)), key=lambda t: t.i)


def next_act(verb: Token, after: int) -> Token | None:
    """The first verb after token offset ``after`` that the parser coordinated with ``verb`` (an infinitive
    content or its cue) but that has a tense the infinitive cannot have and no subject of its own: "promised to
    rebuild the harbor and opened a ferry line", "wants to rebuild it and will open a line". It is the speaker's
    next act, not more of what was promised."""
    return next((c for c in verb.conjuncts if c.i > after and (c.tag_ in {"VBD", "VBZ"} or any(
        g.dep_ == "aux" and g.tag_ == "MD" for g in c.children))
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)


# The words of a verb's own that may stand between a joining word and the verb: "and has also sent"
_BEFORE_A_VERB = frozenset({"aux", "auxpass", "advmod", "neg"})


def object_act_start(att: Attribution, doc: Doc) -> int | None:
    """Where the speaker's next act after a content that is the cue's object begins, at its "and" or "but": "blamed
    NATO for the war and criticised the West", "condemned the attack and sent aid" report what was blamed or
    condemned, not what was done next. The act is a verb the parser coordinated with the cue, right after the
    joining word (and any auxiliaries and adverbs of its own), in the past or present tense. A modal may go on with
    what was sought ("seeks $1 trillion in revenue and would leave the rest alone")."""
    if att.cue_head is None:
        return None
    cue = doc[att.cue_head]
    root = doc[att.content[0]:att.content[1]].root
    if root.dep_ != "dobj" or root.head != cue:
        return None
    for verb in cue.conjuncts:
        joint = verb.i - 1
        while joint > root.right_edge.i and doc[joint].head == verb and doc[joint].dep_ in _BEFORE_A_VERB:
            joint -= 1
        if joint > root.right_edge.i and doc[joint].dep_ == "cc" \
                and doc[joint].lower_ in {"and", "but"} and verb_tense(verb) in {"VBD", "VBZ", "VBP"}:
            return joint
    return None


def cue_act(cue: Token, verb: Token) -> Token | None:
    """The first verb the parser coordinated with a reported clause's verb that is the speaker's next report
    instead: a verb of reporting right after "and" or "but" (after "or" it offers what else the clause may say),
    with no subject of its own, and in the tense of the cue, which no verb of the clause before it has ("said that
    the talks would go on and warned against ...", "noted that it would have been his birthday and asked ...").
    Where a verb of the clause shares that tense the sentence cannot tell ("said he believes Obama was born there
    and was qualified"), and any other verb may go on with the clause's subject ("said the US would provide $300m
    and had approved a sale of ammunition", "said the plan would fall short but still added up to ...")."""
    said = verb_tense(cue)
    if said not in {"VBD", "VBZ", "VBP", "VBG"}:
        return None
    doc = verb.doc
    for c in verb.conjuncts:
        start = c.left_edge.i
        if c.i > verb.i and verb_tense(c) == said and doc[start - 1].lower_ in {"and", "but"} \
                and c.lemma_.lower() in REPORTING_VERBS and not any(g.dep_ == "prt" for g in c.children) \
                and not any(g.dep_ in SUBJECT_DEPS | {"expl"} for g in c.children) \
                and not any(verb_tense(v) == said for v in doc[verb.left_edge.i:start]
                            if v.pos_ in {"VERB", "AUX"} and v.dep_ not in {"aux", "auxpass"}):
            return c
    return None


def next_act_start(att: Attribution, doc: Doc) -> int | None:
    """Where the speaker's next act (``next_act``, of the content's verb or of the cue, or ``cue_act``) begins after
    a to-infinitive or a reported clause, back over the joining words before it: no end of the content lies past
    it."""
    start, end = att.content
    if att.cue_head is None:
        return None
    if doc[start].lower_ != "to":
        root = doc[start:end].root
        act = cue_act(doc[att.cue_head], root) if root.dep_ == "ccomp" and root.head.i == att.cue_head else None
        return back_over_joints(doc, act.left_edge.i, start) if act is not None else None
    acts = [a.i for a in (next_act(doc[start:end].root, end - 1), next_act(doc[att.cue_head], end - 1))
            if a is not None]
    return back_over_joints(doc, min(acts), end) if acts else None


def own_end(verb: Token) -> int:
    """Where a coordinated verb's own phrase ends, without the verbs coordinated after it."""
    return max([verb.i, *(c.right_edge.i for c in verb.children if c.dep_ not in {"conj", "cc"})]) + 1


def joined_report(doc: Doc, joint: int, start: int, end: int) -> bool:
    """"has acknowledged that ..., but has asserted that ...", "initially reported ... but later said ...": after
    "and" or "but", auxiliaries and adverbs lead into a verb of reporting with a clause of its own and no subject
    that the parser coordinated with the cue, before the content: the speaker's next report, not more of this
    content. One joined to a verb inside the content goes on with it ("said she hoped ... and then would continue
    ..."), and so does one with no clause ("says it would depress revenue ..., but would eventually add $84
    billion")."""
    k = joint + 1
    while k < end and doc[k].dep_ in {"aux", "advmod", "neg"} and doc[k].head.i >= joint and k - joint <= 3:
        k += 1
    verb = doc[k] if k < end else None
    return verb is not None and k > joint + 1 and doc[joint].lower_ in {"and", "but"} and verb.dep_ == "conj" \
        and verb.lemma_.lower() in REPORTING_VERBS and verb.head.i < start \
        and any(c.dep_ == "ccomp" for c in verb.children) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


# Words for a share of people, whose answers are a poll's findings ("with about half of the respondents saying ...")
_SHARES = frozenset({"percent", "half", "third", "quarter", "majority", "most", "many", "some", "all"})


def speaker_of_a_with(opener: Token, end: int) -> bool:
    """Whether "with" opens a speaker's own report after a comma, before ``end``: "described the trial as a “sham”,
    with one MP saying the men were being held as hostages" (another relation, not more of this content); a poll's
    share of respondents ("with about half of them saying ...") goes on with the poll's findings."""
    return opener.lower_ == "with" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i < end and c.lemma_.lower() in SPEECH_VERBS
        and any(g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"} and g.lemma_.lower() not in _SHARES
                for g in c.children) for c in opener.children)
