"""Mends to the parse where the small English model reliably goes wrong on news phrasing, applied once after it so
that every rule reads the same tree.

A report whose subject is a run of nouns ("Federal Election Commission records show", "the document notes") is
parsed as a verb with no subject and the nouns as its compounds: the last noun becomes its subject again, with the
words before it as its own modifiers; set off by commas inside the sentence it reports, it is an aside to it. A
reporting participle after a comma ("..., noting the Kremlin leadership have denied ...") may come out as the
subject of the verb it reports, with the speaker of that verb as its object: the participle takes the verb back as
what it reports, and the object becomes the verb's subject. A participle that opens the sentence may come out as
the reporting verb's subject, with the speaker an apposition inside it: the speaker becomes the subject again. A
cue set off by commas inside the clause it reports with its speaker after it ("The harbour, said the mayor, would
close in May") may come out as the sentence's root with the clause's subject for its own: the clause becomes the
root again, with its subject, and the cue an aside to it, as in "The harbour, the mayor said, would close". A cue
that closes the sentence after a comma with its speaker after it ("..., explained Ejdus.") may come out as a
conjunct of the sentence's verb with the speaker its object: the cue becomes the root, reporting the sentence
before it, and the speaker its subject, as in "..., said Ejdus."."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .attribution.speakers import can_speak
from .lexicon import REPORTING_VERBS, SPEECH_VERBS, SUBJECT_DEPS

_SUBJECTS = SUBJECT_DEPS | {"expl"}  # "it" or "there" holds a verb's subject place too
_TOLD_WHO = frozenset({"tell"})  # whose object is who hears it: "..., told Reuters."


@Language.component("claimledger_mend_parse")
def mend_parse(doc: Doc) -> Doc:
    """The parsed document with each report's lost subject given back (``_compound_subject``) and each reporting
    participle read as a subject put back over the clause it reports (``_participle_as_subject``) or set aside for
    the speaker it swallowed (``_speaker_after_opening_participle``)."""
    for participle in doc:
        verb = _reporting_subject_of(participle)
        if verb is None:
            continue
        reported = _participle_as_subject(participle, verb)
        swallowed = _speaker_after_opening_participle(participle, verb) if reported is None else None
        if reported is not None:
            speaker = next(c for c in participle.children if c.dep_ == "dobj")
            participle.head, participle.dep_ = reported.head, "advcl"
            reported.head, reported.dep_ = participle, "ccomp"
            speaker.head, speaker.dep_ = reported, "nsubj"
        elif swallowed is not None:
            participle.dep_ = "advcl"
            swallowed.head, swallowed.dep_ = verb, "nsubj"
    for verb in doc:
        head = _compound_subject(verb)
        if head is None:
            continue
        for left in list(verb.lefts):
            if left.i < head.i and left.dep_ in {"compound", "det", "amod", "poss", "nmod", "nummod"}:
                left.head = head
        head.dep_ = "nsubj"
        if head.pos_ == "VERB":  # "records" read as a verb in "F.A.A. records show"
            head.pos_, head.tag_ = "NOUN", "NNS" if head.lower_.endswith("s") else "NN"
        root = verb.sent.root
        if root.i > verb.i + 1 and head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == "," \
                and doc[verb.i + 1].text == ",":
            verb.head, verb.dep_ = root, "parataxis"  # "Over that stretch, F.A.A. records show, the jet flew ..."
    for verb in doc:
        closing = _speaker_taken_as_object(verb)
        if closing is not None:  # "..., explained Ejdus.": read as "..., said Ejdus."
            reported, speaker = closing
            if reported.head.i != verb.i:
                for mark in [c for c in reported.children if c.i > verb.i]:
                    mark.head = verb  # the full stop closes the report, not the clause it reports
                verb.head, verb.dep_ = verb, "ROOT"
                reported.head, reported.dep_ = verb, "ccomp"
            speaker.dep_ = "nsubj"
    for verb in doc:
        inner = _speaker_set_off_after(verb)
        if inner is not None:  # "The harbour, said the mayor, would close in May": the mayor said it
            reported, speaker = inner  # read as "The harbour, the mayor said, would close in May"
            subject = next(c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i)
            subject.head, speaker.head, speaker.dep_ = reported, verb, "nsubj"
            if verb.dep_ == "ROOT":  # the clause becomes the root, with what followed it under the cue
                for c in [c for c in verb.children if c.i > speaker.right_edge.i and c is not reported]:
                    c.head = reported
                reported.head, reported.dep_, verb.head, verb.dep_ = reported, "ROOT", reported, "parataxis"
    return doc


def _speaker_set_off_after(verb: Token) -> tuple[Token, Token] | None:
    """(the clause, the speaker) of a report set off by commas inside the clause it reports, the speaker after the
    cue, where the parser made the clause's subject the cue's, and the speaker the clause's subject or a second one
    of the cue's: "The harbour, said the mayor, would close in May". Not a report in order after an aside ("Ola
    Berg, a councillor, said the ferry, run by the county, was slow")."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i < 2 \
            or verb.doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None) \
        if verb.dep_ == "ROOT" else verb.head if verb.dep_ == "parataxis" and verb.head.i > verb.i else None
    if subject is None or reported is None or subject.right_edge.i < verb.i - 2 or any(
            t.dep_ in {"appos", "relcl", "acl", "amod"} and t.i > subject.i and t.right_edge.i >= verb.i - 2
            and t.left_edge.i > 0 and verb.doc[t.left_edge.i - 1].text == "," for t in subject.subtree):
        return None  # "Laura Garavani, a senator ..., said the interview, conducted by ..., was ...": in order
    speaker = next((c for h in (reported, verb) for c in h.children if c.dep_ in {"nsubj", "attr"}
                    and c.left_edge.i == verb.i + 1
                    and (h is verb) == all(g.dep_ not in SUBJECT_DEPS for g in reported.children)), None)
    doc = verb.doc
    if speaker is None or "," not in {t.text for t in doc[speaker.right_edge.i:speaker.right_edge.i + 2]}:
        return None
    return reported, speaker


def _speaker_taken_as_object(verb: Token) -> tuple[Token, Token] | None:
    """(what it reports, the speaker) of a cue after a comma that closes the sentence with a name, where the parser
    made the name its object, and the cue either the root with the clause before it as its complement or a
    conjunct of that clause (or left unlabelled under it): "Serbia's record has pushed the country away from EU
    integration, explained Ejdus.", "..., reported the Washington Examiner.", "..., warned the minister.". Not a
    cue with a subject or anything else after it ("..., and told Reuters ...")."""
    doc = verb.doc
    if verb.lemma_.lower() not in SPEECH_VERBS - _TOLD_WHO or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i < 2 \
            or doc[verb.i - 1].text != ",":
        return None
    root = verb.sent.root
    if verb.i == root.i:
        reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    else:
        up = verb
        while up.dep_ in {"conj", "dep"} and up.i != root.i:
            up = up.head
        reported = root if up.i == root.i and root.i < verb.i and not any(
            c.dep_ == "cc" for c in verb.head.children if verb.head.i < c.i < verb.i) else None
    if reported is None:
        return None
    words = [c for c in verb.children if not c.is_punct and c.i != reported.i]
    if len(words) != 1 or words[0].dep_ not in {"dobj", "npadvmod", "attr", "oprd"}:
        return None
    speaker = words[0]
    between = doc[verb.i + 1:speaker.left_edge.i]
    after = doc[speaker.right_edge.i + 1:verb.sent.end]
    # a name, or a noun that can speak: "..., explained the analyst.", "..., said the council."
    if not can_speak(speaker) or not all(t.is_punct for t in between) \
            or not all(t.is_punct or t.is_space for t in after):
        return None
    return reported, speaker


def _reporting_subject_of(participle: Token) -> Token | None:
    """The verb after it that a participle is the only subject of, as the parser read it: the misparse both mends
    below start from."""
    verb = participle.head
    if participle.dep_ != "csubj" or participle.tag_ != "VBG" or verb.i < participle.i \
            or any(c.dep_ in _SUBJECTS and c.i != participle.i for c in verb.children):
        return None
    return verb


def _participle_as_subject(participle: Token, verb: Token) -> Token | None:
    """"The report finds ..., noting the Kremlin leadership have denied ...": the parser made "noting" the subject of
    "denied" (``verb``) and the leadership its object. Returns the verb the participle reports, where the
    participle is a verb of reporting after a comma and its object stands right before that verb's own words."""
    if participle.lemma_.lower() not in REPORTING_VERBS or participle.i == 0 \
            or participle.doc[participle.i - 1].text != "," or verb.head.i == verb.i:
        return None
    obj = next((c for c in participle.children if c.dep_ == "dobj"), None)
    return verb if obj is not None and obj.right_edge.i < verb.i else None


def _speaker_after_opening_participle(participle: Token, verb: Token) -> Token | None:
    """"Telling residents to stay away from the dumps, the deputy head of the council, Yuri Sobolevsky, said ...": the
    parser made the participle that opens the sentence the subject of the reporting verb (``verb``), and the
    speaker an apposition inside it. Returns the speaker, the noun phrase after the participle's comma that runs up
    to the verb."""
    if participle.i != participle.sent.start or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    doc = participle.doc
    for word in doc[participle.i + 1:verb.i]:
        if word.dep_ == "appos" and word.pos_ in {"NOUN", "PROPN"} and doc[word.left_edge.i - 1].text == "," \
                and all(t.is_punct for t in doc[word.right_edge.i + 1:verb.i]):
            return word
    return None


def _compound_subject(verb: Token) -> Token | None:
    """The noun right before a reporting verb with no subject that the parser made its compound."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS or verb.i == 0 \
            or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.head.i != verb.i or before.dep_ != "compound" or not before.is_alpha and before.pos_ != "PROPN":
        return None
    return before
