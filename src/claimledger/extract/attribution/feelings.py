"""A verb of feeling in the active voice reports a reaction: in "The remark worried analysts" the analysts are the
source, how they took it the cue, and the remark what they reacted to; in "It amazes me that ..." the clause. The
subject is what moved them, not a speaker. (The passive, "Analysts were worried by the remark", is read by
``speakers.subject_of``, for which the passive subject of a verb of feeling or belief speaks, and by
``speakers.feeling_cause``.)"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import DOCUMENT_NOUNS, EMOTION_VERBS, OPEN_QUOTES, PEOPLE_NOUNS
from .cues import cue_range_of
from .spans import Attribution, noun_phrase, subtree_range, trim
from .speakers import can_speak

# Verbs of feeling that as often mean an act on someone: "encouraged people to leave", "moved troops", "touched
# the wreck", "reassured Egypt over grain supplies", "the case concerns two ships"; or of pain: "the ankle bothered
# him"
_ACTS = frozenset({"encourage", "inspire", "move", "touch", "reassure", "concern", "bother"})
# Verbs of feeling with other senses, whose object must be someone: "upset the balance", "satisfy the demand",
# "disturbed the soil", "rattled the windows", "impressed a seal", "excited the atoms"
_OTHER_SENSES = frozenset({"upset", "satisfy", "disturb", "rattle", "please", "impress", "trouble", "excite"})
# Who may be moved, besides a person, a body or a people (``can_speak``): "worried many", "angered some"
_SOME = frozenset({"many", "some", "others", "most", "few", "everyone", "everybody", "anyone", "nobody"})
_THINGS = frozenset({"it", "this", "that", "these", "those", "which", "what", "itself"})
_PERSONS = frozenset({"i", "we", "you", "he", "she", "they", "who"})


def felt_by(verb: Token) -> Attribution | None:
    """The reaction an active verb of feeling reports: who was moved is the source, what moved them the content."""
    moved = moved_one(verb)
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"} and c.i < verb.i), None)
    if moved is None or subj is None or _someone(subj) \
            or _named(subj) and (_named(moved) or verb.lemma_.lower() == "upset"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" or subj.lower_ == "it" and c.dep_ == "xcomp"
                   if c.i > moved.i), None) or _clause_hung_on(moved)
    if clause is not None:  # "It amazes me that ...", "will worry Moscow that Trump cannot be trusted": the clause
        content = subtree_range(clause)
    elif subj.lower_ == "it":
        return None  # "It worried them": what "it" is lies elsewhere
    elif verb.dep_ == "relcl" and subj.tag_ == "WDT" and verb.head.i < subj.i:
        # "Trump's comments, which have angered many Republicans,": what "which" stands for, before the clause
        content = trim(verb.sent, verb.head.left_edge.i, verb.left_edge.i) or subtree_range(subj)
    elif subj.tag_ in {"WDT", "WP"}:
        return None
    else:
        content = subtree_range(subj)
    if content[0] <= verb.i < content[1]:
        return None  # the parser hung the verb inside its own subject
    doc = verb.doc
    start, end = noun_phrase(moved)
    if clause is not None:
        end = min(end, clause.left_edge.i)
    means = next((t for t in moved.subtree if t.dep_ == "prep" and t.lower_ in {"with", "by"} and t.i > moved.i), None)
    if means is not None:  # "offended women and veterans with his insults": the insults moved them
        end = min(end, means.i)
    end = next((t.i for t in doc[moved.i:end] if t.text == ":" or t.text in OPEN_QUOTES), end)  # "Shaw: “...”"
    return Attribution(cue=cue_range_of(verb), cue_head=verb.i, content=content, sources=((start, end),),
                       region=frozenset(range(verb.left_edge.i, verb.right_edge.i + 1)), origin="feeling")


def _clause_hung_on(moved: Token) -> Token | None:
    """A that-clause the parser took for a relative clause of the one moved ("will worry the nurses that the shift is
    gone"): its "that" joins it, where a relative "that" would be its subject or object."""
    return next((c for c in moved.rights if c.dep_ == "relcl" and c.left_edge.lower_ == "that"
                 and c.left_edge.dep_ == "mark"), None)


def moved_one(verb: Token) -> Token | None:
    """Who an active verb of feeling moves: its object, where that can feel. A person who "upset" or "stunned"
    another did something to them, and is no more their speaker than what moved them is."""
    if verb.lemma_.lower() not in EMOTION_VERBS - _ACTS or verb.pos_ != "VERB" \
            or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    moved = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and _can_be_moved(c, verb)), None)
    if moved is None or any(t.is_punct for t in verb.doc[verb.i + 1:moved.left_edge.i]):
        return None  # "the consequences are horrifying: a risk of ...", an adjective before a list
    return moved


def _can_be_moved(tok: Token, verb: Token) -> bool:
    """Whether an object can feel: whatever a verb that only speaks of feeling takes ("alarmed the fishermen"), but
    for a verb with other senses a person, a body, a people or "many"; never a thing or a document."""
    if tok.lower_ in _THINGS or tok.lemma_.lower() in DOCUMENT_NOUNS or tok.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    return verb.lemma_.lower() not in _OTHER_SENSES or tok.lower_ in _SOME or tok.lemma_.lower() in PEOPLE_NOUNS \
        or can_speak(tok)


def _someone(subj: Token) -> bool:
    """Whether the subject is a person, who does something to the one moved ("Ryan stunned Republicans", "he upset
    the incumbent", beat him) rather than being what moved them; or "what", which says nothing of what it was."""
    return subj.lower_ in _PERSONS | {"what"} or subj.ent_type_ == "PERSON" \
        or subj.pos_ == "PROPN" and not subj.ent_type_  # a name the tagger knew no kind for: "Prigozhin shocked ..."


def _named(tok: Token) -> bool:
    """A named body or place: one that "shocked" another named one beat it ("Boston College shocked Harvard"), and
    one that "upset" anybody, as a team or a candidate does ("Ruiz upset the sitting mayor")."""
    return tok.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"} or tok.pos_ == "PROPN"
