"""Clauses the parser hung on a cue that the cue does not report, or that tell which of two clauses it reports:
a sentence of its own after a semicolon, an aside after the cue's object, a condition, another speaker's report."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import QUOTE_MARKS, SPEECH_VERBS
from .cues import ADDRESSEE_CUES
from .spans import SUBJECT_DEPS, Attribution
from .speakers import absorbed_subject


def clause_of_its_own(comp: Token, verb: Token) -> bool:
    """Whether a clause the parser hung on a later cue, across a semicolon, is a sentence of its own: the cue has an
    object of its own after it that is not its hearer ("The crisis turned the tables; the Germans pointed the
    finger at weaker countries"), where a report of the clause before it would have none ("Prices will rise; the
    minister told reporters")."""
    between = verb.doc[comp.right_edge.i:verb.i]
    return any(t.text == ";" for t in between) and verb.lemma_.lower() not in ADDRESSEE_CUES and any(
        c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


_CONCESSIVE_MARKS = frozenset({"although", "though", "because", "since", "unless", "until", "whereas", "while"})


def aside_after_object(comp: Token, verb: Token) -> bool:
    """Whether a clause the parser gave a cue as its complement, after the cue's object, opens on a word of
    concession, cause or time, an aside of the writer's or a circumstance: "He opposes the teaching of evolution
    in biology classes (even though evolution is a bedrock of biology)" opposes the teaching; or on a relative
    pronoun, which makes it a clause about the object: "a court ordered his extradition to India which he has
    contested" ordered the extradition."""
    if not any(c.dep_ == "dobj" and verb.i < c.i < comp.i for c in verb.children):
        return False
    if any(m.dep_ == "mark" and m.lower_ in _CONCESSIVE_MARKS for m in comp.children):
        return True
    before, first = comp.doc[comp.left_edge.i - 1], comp.doc[comp.left_edge.i]  # the object stands before the clause
    # not a question, which a cue with a hearer may report ("can't tell you which answer ...") and a colon or a
    # quotation may open (": “Who gives us the best chance to win?”")
    return first.text in {"which", "who", "whom"} and first.head.i == comp.i \
        and first.dep_ in {"dobj", "nsubj", "nsubjpass"} and verb.lemma_.lower() not in ADDRESSEE_CUES \
        and before.text != ":" and not before.is_quote


def inverted_condition(clause: Token) -> bool:
    """Whether a clause the parser gave a cue as its complement is a condition opened by an inverted auxiliary:
    "warned of consequences should China arm Russia" warns of the consequences, on that condition. (Before its
    cue such a clause opens the content: "Had the plan passed, the port would be open, they argue.")"""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in {"should", "had", "were"} and first.head.i == clause.i and any(
        c.dep_ in SUBJECT_DEPS and c.i > first.i for c in clause.children)


def ends_on_speaker(clause: Token, verb: Token) -> bool:
    """Whether a clause before the cue ends on the speaker the parser hung inside it: "It comes as the governor of
    Luhansk, Serhiy Haidai, said Russians were in control ...", where the clause after the cue is what was said."""
    speaker = absorbed_subject(verb)
    return speaker is not None and clause.left_edge.i <= speaker.i <= clause.right_edge.i


def named_report(clause: Token) -> bool:
    """Whether a clause is a speech by someone named, outside any quotation: "Kuleba told reporters that ...", not
    "“I never said that,” ...", whose "said" is the quoted speaker's."""
    return clause.lemma_.lower() in SPEECH_VERBS and clause.left_edge.text not in QUOTE_MARKS \
        and any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN" for c in clause.children)


def relative_clause_after(att: Attribution, doc: Doc) -> bool:
    """Whether what follows the cue is only a relative clause set off by a comma right after it: in
    "Kadyrov also spoke, who stated that ..." and "Smith added, who had 352 yards rushing" the "who" clause says more
    about Kadyrov or Smith, not what was said (its own cue, "stated", reports for itself), though the parser may
    hang it on the cue as its complement. "He asked who was responsible" has no comma and asks it."""
    if att.cue is None or att.content[0] != att.cue[1] + 1:
        return False
    first = doc[att.content[0]]
    return first.lower_ in {"who", "which"} and doc[first.i - 1].text == "," \
        and (first.dep_ in SUBJECT_DEPS or first.head.dep_ == "relcl")
