"""Whose voice a pronoun speaks in: words the text gives someone (a quotation, a line of dialogue opened or signed by
a dash, words after a colon) or the writer's own; and whose voice a report set off inside another is in. Pure:
reads spaCy tokens."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import EntityMention
from .attribution import ends_line, raised_by_a_thing, signs_a_report, start_of_line
from .lexicon import DASHES, DENY_CUES, QUOTE_MARKS, SPEECH_VERBS

PARAGRAPH = 400  # tokens back that a pronoun looks for the quotation mark that opened its quotation
MENTION_WINDOW = 600  # characters back that a pronoun looks for a person or body named before it


def inside_quotation(doc: Doc, pron: Token) -> bool:
    """Whether a quotation opened earlier in the pronoun's paragraph (up to PARAGRAPH tokens back) is still open at
    the pronoun."""
    opened = closed = straight = 0
    for tok in reversed(doc[max(0, pron.i - PARAGRAPH):pron.i]):
        if "\n" in tok.text or "\n" in tok.whitespace_:
            break
        opened += tok.text.count("“") + tok.text.count("«") + (tok.text == "``")
        closed += tok.text.count("”") + tok.text.count("»") + (tok.text == "''")
        straight += tok.text.count('"')
    return opened > closed or straight % 2 == 1


def in_someones_voice(doc: Doc, pron: Token) -> bool:
    """Whether a pronoun stands in words the text gives someone: inside quotation marks, on a line of dialogue
    opened by a dash or signed after one ("- As for Donbas, we hoped ... - he said.", not a dash that opens an
    aside: "We hoped – and still hope – ..."), or after a colon earlier in its paragraph ("Putin said: Today we
    hear ..."). A "we" or an "I" elsewhere is the writer's."""
    if inside_quotation(doc, pron):
        return True
    for tok in doc[pron.i + 1:min(len(doc), pron.i + PARAGRAPH)]:  # "... we want it to end - said Putin."
        if ends_line(tok) or tok.text in {"“", "«"}:
            break
        if tok.text in {"”", "»"}:  # a quotation opened in a paragraph before closes after the pronoun
            return True
        if tok.text in DASHES and tok.whitespace_ and (doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space) \
                and signs_a_report(tok):
            return True
    line = doc[start_of_line(doc, pron.i, PARAGRAPH):pron.i]
    opening = next((t for t in line if not t.is_space), None)
    return any(t.text == ":" for t in line) or opening is not None and opening.text[:1] in DASHES


def unquoted_near(doc: Doc, pron: Token, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """The mentions a "he" or "she" outside quotation marks may refer back to: not a person named only inside words
    the text gives someone, whom the speaker talks about ("“... Pre-Covid we were looking at ...” He also said ...":
    the tagger took "Pre-Covid" for a person)."""
    out = []
    for m in mentions:
        if m.label == "PERSON" and 0 <= pron.idx - m.end <= MENTION_WINDOW:
            words = doc.char_span(m.start, m.end, alignment_mode="expand")
            if words is not None and inside_quotation(doc, words[0]):
                continue
        out.append(m)
    return out


def reported_before(pron: Token) -> set[int]:
    """The tokens of the clauses a trailing cue reports before its pronoun subject: in "For Putin, regaining control
    is a priority, he pointed out", the clause before "he" (with ``quotation_before``, what the pronoun reports)."""
    cue = pron.head
    out: set[int] = set()
    for child in cue.children:
        if child.dep_ in {"ccomp", "parataxis", "dobj", "xcomp"} and child.i < pron.i:
            out.update(range(child.left_edge.i, child.right_edge.i + 1))
    return out


def signed_off(pron: Token) -> set[int]:
    """The clause a pronoun and its cue sign off at the end of the sentence: in "While Ukraine faces similar
    problems, it compensates with volunteers, they said." the clause before "they", whose subjects are what they
    talk about; nothing where the sentence goes on after the cue."""
    cue = pron.head
    if cue.i < pron.i or not all(t.is_punct or t.is_space for t in pron.doc[cue.i + 1:pron.sent.end]):
        return set()
    return reported_before(pron)


def quotation_before(pron: Token) -> set[int]:
    """The tokens of the quotation that closes just before the pronoun, which signs it: "“Tak tochno,” he replied",
    however it was parsed."""
    out: set[int] = set()
    doc, k = pron.doc, pron.i - 1
    while k > pron.sent.start and doc[k].is_punct and doc[k].text not in QUOTE_MARKS:
        k -= 1
    if k > pron.sent.start and doc[k].text in QUOTE_MARKS:  # a quotation closes just before the pronoun
        opening = next((t.i for t in reversed(doc[pron.sent.start:k]) if t.text in QUOTE_MARKS), None)
        if opening is not None:
            out.update(range(opening, k + 1))
    return out


# Verbs that pass on someone else's words, besides the verbs of speech: "BelTA has learned", "quoted by Interfax"
_PASSING_ON = frozenset({"learn", "quote", "cite", "recall", "point", "inform", "speak", "describe", "publish",
                         "file", "accuse", "show", "find", "continue"})
_RELAYING = SPEECH_VERBS | _PASSING_ON


def passes_words_on(cue: Token) -> bool:
    """Whether a cue can relay what it holds: a verb of speech or of passing words on, and no verb of denial."""
    lemma = cue.lemma_.lower()
    return lemma in _RELAYING and lemma not in DENY_CUES


def writers_aside(cue: Token) -> bool:
    """Whether a cue speaks in a relative clause set off by a comma, with a speaker named in it: "Russia's defence
    ministry said the drills answered threats by Western officials, which Kremlin spokesperson Dmitry Peskov said
    had reached ...", "Russia accused Ukraine of an attack, for which Kyiv denied responsibility". The writer
    adds what Peskov or Kyiv said; the report around it does not pass it on. So are fears a "which" raises ("...
    accused the army of shelling their territories, which raises fears that ...")."""
    first = cue.left_edge
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return cue.dep_ == "relcl" and first.i > 0 and cue.doc[first.i - 1].text == "," and subj is not None and (
        subj.pos_ in {"PROPN", "NOUN"} or raised_by_a_thing(cue, subj))
