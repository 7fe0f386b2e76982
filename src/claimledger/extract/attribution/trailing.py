"""Where a cue that follows its content closes it: "..., a source said.", "..., said Caddell.", and "The mayor
said the bridge was gone, Reuters reports.", where the parser hung the closing report inside the sentence."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import SPEECH_VERBS
from .cues import is_cue_verb
from .spans import CLOSE_QUOTES, SUBJECT_DEPS, circumstance_of_speaking, opens_quotation
from .speakers import subject_left

_CLOSING_MARKS = frozenset({",", "—", "–"}) | CLOSE_QUOTES  # what may stand between a content and the cue after it


def closing_report(verb: Token, sent: Span) -> Token | None:
    """"The mayor said the bridge was gone, Reuters reports.": the parser hung the closing report on the first
    cue as its complement, and the mayor's clause on the closing report. Returns that clause, which is what the
    mayor said; the closing report reports the whole sentence before its subject."""
    doc = sent.doc
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in SPEECH_VERBS or not is_cue_verb(verb.head) \
            or verb.head.i > verb.i:
        return None
    subj = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
    said = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if said is None and subj is not None:  # both clauses hung on the first cue: "X said Y, the agency reported"
        said = next((c for c in verb.head.children if c.dep_ == "ccomp" and verb.head.i < c.i < subj.i), None)
    if subj is None or said is None or not verb.head.i < said.i < subj.i:
        return None
    left = subj.left_edge.i
    if doc[left - 1].text != "," or verb.i - left > 6:
        return None
    # after the closing verb, only when and where it reported: "..., the state news agency reported on Wednesday."
    if any(not c.is_punct and not circumstance_of_speaking(c) for c in verb.rights) \
            or not all(t.is_punct or t.is_space or verb.is_ancestor(t) for t in doc[verb.i + 1:sent.end]):
        return None
    return said


def trailing_position(verb: Token, sent: Span) -> int | None:
    """"..., a source said." / "..., said Caddell.": the cue closes the sentence after a comma; where the content
    before it ends."""
    doc = sent.doc
    subj_left = subject_left(verb)
    if closing_report(verb, sent) is not None:  # "The mayor said ..., Reuters reports."
        return subj_left
    left = min(verb.left_edge.i, subj_left)
    if left > sent.start and doc[left - 1].text in _CLOSING_MARKS:
        return left
    if left < subj_left and _own_marks(verb, left, subj_left) and not _quoted_after(verb, sent):
        # "... end “the war in Europe,” the adviser said, as he accused ...": the parser gave the cue the marks that
        # close the content and hung the aside after it on the content's verb; the content ends at the subject
        return subj_left
    # "…, but the mayor overruled the request, the clerk added.": the parser made the cue a conjunct of the first
    # clause, or gave it one complement per clause; a subject after a comma at the end of the sentence still
    # closes the sentence
    split = verb.dep_ == "conj" or sum(1 for c in verb.lefts if c.dep_ == "ccomp") >= 2
    if split and sent.start < subj_left < verb.i and doc[subj_left - 1].text == "," \
            and all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1:sent.end]) \
            and verb.i - subj_left - _apposition_length(verb) <= 6:
        return subj_left
    return None


def _own_marks(verb: Token, left: int, subj_left: int) -> bool:
    """Whether everything from ``left`` to the subject is a comma, a dash or a closing mark the verb owns."""
    doc = verb.doc
    return all(doc[k].head.i == verb.i and doc[k].text in _CLOSING_MARKS for k in range(left, subj_left))


def _quoted_after(verb: Token, sent: Span) -> bool:
    """Whether a quotation opens after the verb's phrase in the sentence: ", he said, “and ...”"."""
    return any(opens_quotation(t) for t in sent.doc[verb.right_edge.i + 1:sent.end])


def _apposition_length(verb: Token) -> int:
    """How many tokens of the verb's subject are a name or a post set off by commas after it: ", the regional
    governor, Pavlo Kyrylenko, said" is a subject of three words."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subj is None:
        return 0
    return sum(c.right_edge.i - c.left_edge.i + 1 + (subj.doc[c.left_edge.i - 1].text == ",")
               + (subj.doc[c.right_edge.i + 1].text == ",") for c in subj.rights if c.dep_ == "appos")
