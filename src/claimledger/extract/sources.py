"""Who a source span refers to: named entities, metonyms, vague sources, pronouns and nominal anaphors."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import EntityMention, Source, SourceKind, TextSpan
from ..resolve.gazetteer import Gazetteer
from ..resolve.match import local_entity_id
from .lexicon import ANAPHOR_HEADS, DOCUMENT_NOUNS, INSTITUTION_HEADS, PRONOUNS, ROLE_HEADS, VAGUE_HEADS

_PERSONAL = {"he", "she", "his", "her", "i"}
_RELATIVE = {"who", "which", "that"}
_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}


def _head(doc: Doc, start: int, end: int) -> Token:
    """The syntactic head of a phrase; determiners and punctuation the parser hung outside never count."""
    for tok in doc[start:end]:
        if tok.pos_ in {"DET", "PUNCT", "ADP", "PART"}:
            continue
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


def _text_span(doc: Doc, start: int, end: int) -> TextSpan:
    span = doc[start:end]
    return TextSpan(span.start_char, span.end_char, span.text)


def _mention_source(gazetteer: Gazetteer, mention: EntityMention, span: TextSpan) -> Source:
    speaker = gazetteer.speaker(mention.entity_id)
    if speaker is not None and speaker.id != mention.entity_id:
        return Source(SourceKind.NAMED, span, speaker.name, speaker.id,
                      resolved_from=f"metonym: {mention.text} speaks for {speaker.name}")
    kind = SourceKind.OUTLET if speaker is not None and speaker.type == "outlet" else SourceKind.NAMED
    return Source(kind, span, mention.name, mention.entity_id)


def resolve_source(doc: Doc, start: int, end: int, mentions: Sequence[EntityMention], gazetteer: Gazetteer,
                   history: Sequence[Source]) -> Source:
    """Resolve the source noun phrase doc[start:end] to a Source. ``history``: earlier sources, oldest first."""
    span = _text_span(doc, start, end)
    head = _head(doc, start, end)
    inside = [m for m in mentions if m.start < span.end and span.start < m.end
              and (m.end <= span.end or m.in_gazetteer)]  # an NER span running past the source names nothing
    on_head = [m for m in inside if m.start <= head.idx < m.end]
    if head.lower_ in PRONOUNS:
        return _antecedent(doc, head, mentions, gazetteer, history, span)
    if head.lower_ in _RELATIVE and head.head.dep_ == "relcl" and end - start == 1:
        noun = head.head.head
        left, right = noun.left_edge.i, head.head.left_edge.i
        while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
            right -= 1
        if right > left:
            base = resolve_source(doc, left, right, mentions, gazetteer, history)
            return Source(base.kind, span, base.name, base.entity_id,
                          resolved_from=f"'{head.text}' refers to {doc[left:right].text}")
    if on_head:
        return _mention_source(gazetteer, on_head[0], span)
    lemma = head.lemma_.lower()
    determiners = {t.lower_ for t in doc[start:head.i]}
    has_name = any(t.pos_ == "PROPN" for t in doc[start:end])
    if lemma in ANAPHOR_HEADS | DOCUMENT_NOUNS and determiners & {"the", "this", "that", "its", "their"} \
            and not has_name and not inside:
        ant = _from_history(history) or _from_mentions(mentions, gazetteer, span, personal=False)
        if ant is not None:
            return Source(ant.kind, span, ant.name, ant.entity_id,
                          resolved_from=f"'{span.text}' refers back to {ant.name}")
    owned = bool(inside) or has_name
    if lemma in VAGUE_HEADS or head.lower_ in VAGUE_HEADS or (
            (lemma in INSTITUTION_HEADS or head.lower_ in INSTITUTION_HEADS) and not owned):
        return Source(SourceKind.VAGUE, span, span.text, None)
    if owned or head.ent_type_ in {"PERSON", "ORG"} or lemma in INSTITUTION_HEADS | ROLE_HEADS:
        name = _strip_determiner(span.text)
        return Source(SourceKind.NAMED, span, name, local_entity_id(head.ent_type_ or "ORG", name))
    return Source(SourceKind.VAGUE, span, span.text, None)


def _strip_determiner(text: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(det):
            return text[len(det):]
    return text


def _from_history(history: Sequence[Source]) -> Source | None:
    """The latest named source; persons and organisations are not told apart here."""
    for src in reversed(history):
        if src.kind not in {SourceKind.NAMED, SourceKind.OUTLET} or src.entity_id is None:
            continue
        return src
    return None


def _from_mentions(mentions: Sequence[EntityMention], gazetteer: Gazetteer, span: TextSpan,
                   personal: bool) -> Source | None:
    """The nearest earlier person (for he/she) or organisation mention, within a few sentences."""
    wanted = {"PERSON"} if personal else {"ORG"}
    for m in reversed(mentions):
        if m.end > span.start or span.start - m.end > 600:
            continue
        if m.label in wanted:
            return _mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    return None


def _antecedent(doc: Doc, pron: Token, mentions: Sequence[EntityMention], gazetteer: Gazetteer,
                history: Sequence[Source], span: TextSpan) -> Source:
    """A pronoun source: first a subject earlier in the same sentence, then the latest named source."""
    personal = pron.lower_ in _PERSONAL
    for tok in reversed(list(doc[pron.sent.start:pron.i])):
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lower_ in PRONOUNS:
            continue
        m = [x for x in mentions if x.start <= tok.idx < x.end]
        ok = (m and (m[0].label == "PERSON") == personal) or (
            not personal and tok.lemma_.lower() in ANAPHOR_HEADS)
        if ok:
            if m:
                base = _mention_source(gazetteer, m[0], span)
                return Source(base.kind, span, base.name, base.entity_id,
                              resolved_from=f"'{pron.text}' refers to {m[0].text}")
            np_start = tok.left_edge.i
            return Source(SourceKind.NAMED, span, doc[np_start:tok.i + 1].text, None,
                          resolved_from=f"'{pron.text}' refers to {doc[np_start:tok.i + 1].text}")
    ant = _from_mentions(mentions, gazetteer, span, personal) if personal else None
    ant = ant or _from_history(history) or _from_mentions(mentions, gazetteer, span, personal)
    if ant is not None:
        return Source(ant.kind, span, ant.name, ant.entity_id,
                      resolved_from=f"'{pron.text}' refers back to {ant.name}")
    return Source(SourceKind.VAGUE, span, span.text, None, resolved_from="pronoun without an antecedent")
