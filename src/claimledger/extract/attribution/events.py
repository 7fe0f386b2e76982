"""What events and things do not say, though the parser gives them a verb of speech: "the blockade threatens to
cause a famine", "a steep drop in grain exports raised fears of food shortages". Pure functions of the parse."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..lexicon import DOCUMENT_NOUNS, EVENT_NOUNS, FRAME_NOUNS, STANCE_NOUNS
from .cues import raising_cue
from .spans import Attribution
from .speakers import can_speak

# What a report raises, and an event as well: "raised fears of shortages", "raising questions about"
_RAISED_WORRIES = frozenset("fear concern question doubt alarm speculation worry".split())
# Changes that bring fears about: "a steep drop in grain exports raised fears of ..."
_CHANGE_NOUNS = frozenset("drop fall rise increase decrease decline surge slump jump shortage loss spike".split())
# Things said, which raise fears by what they say and not by saying it ("Trump's decision ... raises questions")
_SAID_THINGS = (STANCE_NOUNS | FRAME_NOUNS) - DOCUMENT_NOUNS


def said_by_an_event(att: Attribution, doc: Doc) -> bool:
    """"the blockade threatens to cause a famine", "The strikes raised concerns about ...": an event does not speak.
    A raising cue keeps its subject as part of what is reported ("the counteroffensive appears to have stalled")."""
    if not att.sources or att.cue_head is None or raising_cue(doc[att.cue_head]):
        return False
    return doc[att.sources[0][0]:att.sources[0][1]].root.lemma_.lower() in EVENT_NOUNS


def without_a_raising_thing(att: Attribution, doc: Doc) -> Attribution:
    """Fears, questions or doubts raised by something that cannot speak (``raised_by_a_thing``) are raised with no
    source, as annotators mark them: in "Remarks on the plan raise questions about possible conflicts" nobody is
    named asking."""
    if not att.sources or att.cue_head is None or not raised_by_a_thing(doc[att.cue_head],
                                                                         doc[att.sources[0][0]:att.sources[0][1]].root):
        return att
    return replace(att, sources=(), passive=True)


def raised_by_a_thing(verb: Token, subj: Token) -> bool:
    """Whether fears, questions or doubts are raised by something that cannot speak, the writer's account of what
    it brought about and no report: by a change or something said ("a steep drop in grain exports raised fears of
    ...", "Trump's decision not to come clean raises questions about ..."), by what the clause before a participle
    tells ("supermarkets are running out of mustard, raising questions about ...") or by the thing or day a "which"
    stands for ("..., which raises fears that ..."). A person, a body or a report raises them by speaking."""
    if verb.lemma_.lower() != "raise" or not any(c.dep_ == "dobj" and c.lemma_.lower() in _RAISED_WORRIES
                                                 for c in verb.children):
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and not any(c.dep_ in {"mark", "prep"} for c in verb.children if c.i < verb.i):
        return True  # no "while raising": what the clause before it tells raises them
    relative = verb.dep_ == "relcl" and subj.lower_ in {"which", "that"}  # "activists who raised concerns" speak
    thing = verb.head if relative else subj
    lemma = thing.lemma_.lower()
    return thing.ent_type_ in {"DATE", "TIME"} or relative and not can_speak(thing) \
        or lemma in _CHANGE_NOUNS | _SAID_THINGS
