"""Whom a cue's speaker cites: "reported, citing two officials", "learned from the press service", wherever the
parser hung the participle of citing (on the cue, at the content's start, after the content)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import CITING_WORDS
from .spans import TokRange, trim
from .speakers import cited_party

# Verbs of being told: who told it speaks, whoever learned it relays ("..., BelTA learned from the press service of the
# ministry", "Interfax heard from a source in the ministry that ...").
_TOLD_VERBS = frozenset({"learn", "hear"})


def citing(verb: Token, content: Token) -> Token | None:
    """Whom a cue's speaker cites: "reported, citing two officials", "learned from the press service". What was
    learned from someone is a clause or the verb's object ("learned from the ministry the names of the envoys"); in
    "hearing from business supporters who share labor's antipathy for the tax" the parse made "antipathy" the
    content, and no one's words are reported."""
    told = verb.lemma_.lower() in _TOLD_VERBS and (content.pos_ in {"VERB", "AUX"} or content.dep_ == "dobj")
    return next((cited for c in verb.children if (c.lower_ in CITING_WORDS or told and c.lower_ == "from"
                                                  and c.dep_ == "prep") and (cited := cited_party(c)) is not None),
                None)


def citing_at_start(content: TokRange, sent: Span) -> tuple[Token | None, TokRange]:
    """"reported, citing two officials, that ...": the parser often hangs "citing" inside the content."""
    doc = sent.doc
    first = doc[content[0]]
    obj = cited_party(first) if first.lower_ in CITING_WORDS else None
    if obj is None:
        return None, content
    trimmed = trim(sent, obj.right_edge.i + 1, content[1])
    return (obj, trimmed) if trimmed else (None, content)


def citing_after(content: TokRange, sent: Span) -> Token | None:
    """"reported that the drills would start, citing the defence ministry": whom a participle of citing right after
    the content names, when the parser hung it on the content's verb rather than on the cue."""
    doc = sent.doc
    k = content[1]
    while k < sent.end and doc[k].text == ",":
        k += 1
    if k >= sent.end or doc[k].lower_ not in CITING_WORDS or not content[0] <= doc[k].head.i < content[1]:
        return None
    return cited_party(doc[k])
