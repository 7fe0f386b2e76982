"""What a pronoun that opens its sentence refers back to: the subject of the sentence before, when it is of the
kind the pronoun stands for ("The report covers 15 months. It also documents ...", "Democrats are focused on
inflation. They argue ...", "Ukraine's president, Volodymyr Zelenskiy, visited Odesa. He insisted ..."). Used by
the pronoun resolver (``sources.py``)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import EntityMention, Source, TextSpan
from ..resolve.gazetteer import Gazetteer, GazetteerEntity
from ..resolve.match import surname_key
from .attribution import start_of_line, unclosed_quotation
from .groups import is_group
from .lexicon import (
    ANAPHOR_HEADS,
    DOCUMENT_CUES,
    DOCUMENT_NOUNS,
    INSTITUTION_HEADS,
    PEOPLE_NOUNS,
    PERSON_HEADS,
    PRONOUNS,
    SPEECH_VERBS,
)
from .owners import named_by_owner
from .role_phrases import tokens_under
from .voices import MENTION_WINDOW, inside_quotation


def _subject_before(doc: Doc, pron: Token) -> Token | None:
    """The subject of the last main clause of the sentence before the pronoun's (or before ``pron``, a quotation's
    opening mark): in "Russia holds the south, but Kyiv has said ...", Kyiv."""
    if pron.sent.start == 0:
        return None
    before = doc[pron.sent.start - 1].sent
    root = before.root
    if root.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > root.i
                                               and doc[c.i - 1].text == "," for c in root.children):
        return root  # "The German chancellor, Olaf Scholz, conceded ...", the parser heading it on the chancellor
    relayed = _relayed_clause(root)
    if relayed is not None:
        root = relayed  # "The ministry closed the port, Reuters reported. It said ...": the ministry
    clauses = [root, *[c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]]
    return next((c for v in reversed(clauses) for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _relayed_clause(root: Token) -> Token | None:
    """The clause an outlet's trailing "reported" relays ("The ministry closed the port, Reuters reported."): the
    outlet relays it and speaks no further, so what the sentence is about is the clause's subject."""
    if root.lemma_.lower() != "report":
        return None
    outlet = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    clause = next((c for c in root.children if c.dep_ in {"ccomp", "parataxis"} and c.i < root.i), None)
    if outlet is None or clause is None or outlet.i < clause.i:
        return None
    return clause if outlet.ent_type_ == "ORG" or outlet.lemma_.lower() in {"media", "agency"} else None


# What may stand before a sentence's subject without changing what the subject is about: "Four years later, it
# declared ...", "On Monday, it said ..."
_FRONTED_ADJUNCTS = frozenset({"prep", "advmod", "npadvmod", "punct"})


def _opens_its_sentence(pron: Token) -> bool:
    """Whether a pronoun is the first word of its sentence, or the main clause's subject after a fronted time or
    place set off by a comma, or reports the sentence from an aside set off by commas (``_speaks_from_an_aside``)."""
    sent = pron.sent
    if pron.i == sent.start or _speaks_from_an_aside(pron):
        return True
    return pron.dep_ in {"nsubj", "nsubjpass"} and pron.head.i == sent.root.i and pron.doc[pron.i - 1].text == "," \
        and all(c.dep_ in _FRONTED_ADJUNCTS for c in sent.root.children if c.i < pron.i) \
        and sent.root.left_edge.i == sent.start


def previous_topic(doc: Doc, pron: Token, mentions: Sequence[EntityMention]) -> Token | None:
    """What an "it" that opens its sentence (``_opens_its_sentence``) most likely is: the singular subject of the
    sentence before, in the same paragraph, when that is a body, a place or a document and no person ("The report
    covers 15 months. It also documents ...", "Europol published its figures. It said ..."), or what the "it" that
    opens that sentence is, in this paragraph or the one before."""
    sent = pron.sent
    if not _opens_its_sentence(pron) or sent.start == 0:
        return None
    subj = _subject_before(doc, pron)
    across = "\n" in doc[doc[sent.start - 1].sent.start:sent.start].text  # a paragraph break before it
    if subj is not None and subj.lower_ == "it" and not across and pron.head.lemma_.lower() in DOCUMENT_CUES:
        # "It was the first time the document had been revised. It states: ...": the document the sentence
        # before was about, behind its empty "it"
        subj = next((t for t in reversed(doc[subj.sent.start:subj.sent.end]) if t.dep_ in {"nsubj", "nsubjpass"}
                     and t.lemma_.lower() in DOCUMENT_NOUNS), None)
    if subj is not None and subj.lower_ == "it" and _opens_its_sentence(subj):
        # the "it" before it, whatever that was, in this paragraph or opening the one before: "India has resisted
        # ... It has abstained ... [new paragraph] It has also defended ..."
        return previous_topic(doc, subj, mentions)
    if across or subj is None or subj.tag_ not in {"NN", "NNP"} or subj.lower_ in PRONOUNS:
        return None
    m = [x for x in mentions if x.start <= subj.idx < x.end]
    if m:
        return subj if m[0].label in {"ORG", "GPE", "NORP"} else None
    lemma = subj.lemma_.lower()
    return subj if lemma in DOCUMENT_NOUNS | INSTITUTION_HEADS | ANAPHOR_HEADS else None


def previous_group(doc: Doc, pron: Token, mentions: Sequence[EntityMention]) -> Token | None:
    """The subject of the sentence before a "they", when it is a group (``groups.is_group``): "Democrats are
    increasingly focused on inflation. They argue ...", "In a statement, Aslin's family asked for privacy. “...,”
    they said."."""
    subj = _subject_before(doc, pron)
    return subj if subj is not None and is_group(subj, mentions) else None


def previous_person(doc: Doc, pron: Token, people: Sequence[EntityMention], ruled_out: frozenset[str],
                    history: Sequence[Source]) -> EntityMention | None:
    """"Ukraine's president, Volodymyr Zelenskiy, visited Odesa. He insisted ...": the person named as subject of
    the sentence before a he or she that opens its own ("But he", "Later he", "During his visit, he" too) or signs a
    quotation that does ("Zelensky was asked ...  “Of course, ...,” he replied."), unless ``ruled_out`` (surname
    keys); the subject's name in apposition counts. Not where that sentence quotes someone else (a source in
    ``history``): "According to the head of the CIA, Putin miscalculated. He also said ..." is the head."""
    first = _signed_quotation(doc, pron) or pron  # "Zelensky was asked ...  “Of course, I want ...,” he replied."
    sent = first.sent
    if any(t.pos_ not in {"PUNCT", "SPACE", "CCONJ", "ADV"} for t in doc[sent.start:first.i]) \
            and not _opens_its_sentence(first):  # "During his visit, he announced ...", "Russia, he said, has ..."
        return None
    subj = _subject_before(doc, first)
    if subj is None or any(c.dep_ == "conj" for c in subj.children):
        return None  # "Olaf Berg and Jill Berg met ...": two people, and a he or she is one of them
    before = doc[sent.start - 1].sent
    quoted = [src.span for src in history if src.span is not None
              and before.start_char <= src.span.start < before.end_char]
    for m in people:
        name = tokens_under(doc, m.start, m.end)
        if name is not None and (name.root.i == subj.i or name.root.dep_ == "appos" and name.root.head.i == subj.i) \
                and surname_key(m.name) not in ruled_out \
                and all(span.start <= m.start and m.end <= span.end for span in quoted):
            return m
    return None


def _speaks_from_an_aside(pron: Token) -> bool:
    """Whether a pronoun reports its sentence from an aside set off by commas ("Russia's leadership, he said, was
    telling you ...", "The economy, it said, shrank"), where it speaks as one that opens the sentence would."""
    doc, verb = pron.doc, pron.head
    return pron.dep_ == "nsubj" and verb.i == pron.i + 1 and verb.lemma_.lower() in SPEECH_VERBS \
        and doc[pron.i - 1].text == "," and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def _signed_quotation(doc: Doc, pron: Token) -> Token | None:
    """The opening mark of the quotation that ``pron`` signs ("“...,” he replied"), within its paragraph."""
    k = pron.i - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].text not in {"”", '"'}:
        return None
    opening = unclosed_quotation(doc, start_of_line(doc, k), k)
    return doc[opening] if opening is not None else None


_COUNTRY_NOUNS = frozenset({"country", "nation"})


def previous_state(doc: Doc, noun: Token, mentions: Sequence[EntityMention], gazetteer: Gazetteer
                   ) -> tuple[GazetteerEntity, str] | None:
    """The state "the country" refers back to, and the words that named it: the one state named before it in its own
    sentence, else the subject of the sentence before when it is a state ("Russia released a list of 963 Americans
    ... The country said it would retaliate"), else the state named most often within ``MENTION_WINDOW`` characters
    before it, the latest of those at a tie. A city or a building that speaks for a state is that state ("the
    Kremlin"); its people are not ("963 Americans"). None for any other noun."""
    if noun.lemma_.lower() not in _COUNTRY_NOUNS:
        return None
    states = [(m, ent) for m in mentions if m.label != "NORP"
              and (ent := gazetteer.speaker(m.entity_id)) is not None and ent.type == "state"]
    in_sentence = {ent.id: (ent, m.text) for m, ent in states if noun.sent.start_char <= m.start and m.end <= noun.idx}
    if len(in_sentence) == 1:  # "ships reaching Ukraine ports ..., citing the country's infrastructure ministry"
        return next(iter(in_sentence.values()))
    subject = _subject_before(doc, noun)
    if subject is not None:
        named = next(((ent, m.text) for m, ent in states if m.start <= subject.idx < m.end), None)
        if named is not None:
            return named
    near = [(m, ent) for m, ent in states if m.end <= noun.idx and noun.idx - m.end <= MENTION_WINDOW]
    if not near:
        return None
    counts = Counter(ent.id for _m, ent in near)
    m, ent = max(reversed(near), key=lambda pair: counts[pair[1].id])
    return ent, m.text


_PERSON_NOUNS = PERSON_HEADS | PEOPLE_NOUNS  # "a California lawmaker", "the mother"
# Heads of a phrase owned by "the country" that the country itself speaks through ("the country's government" is the
# state), by their first five letters
_THE_STATE_ITSELF = {"gover", "admin", "cabin", "leade", "autho", "peopl", "citiz"}


def country_body(doc: Doc, span: TextSpan, start: int, end: int, head: Token, mentions: Sequence[EntityMention],
                 gazetteer: Gazetteer) -> Source | None:
    """The source ``span`` (doc[start:end], headed by ``head``) where it is a body that "the country's" owns, named
    by the state it refers back to (``previous_state``), as ``owners.owned_source`` names a body "its" owns:
    "Germany has moved closer to gas rationing. The country's economic ministry said ..." is Germany's economic
    ministry, the body the gazetteer knows by that name or one of its own. None for any other phrase, for a person
    ("the country's defence minister, Oleksiy Reznikov") and for the state speaking itself ("the country's
    government")."""
    if end - start < 4 or doc[start].lower_ != "the" or doc[start + 2].tag_ != "POS":
        return None
    words = doc[start + 3:end]
    if head.lemma_.lower() in _PERSON_NOUNS or head.lower_[:5] in _THE_STATE_ITSELF \
            or head.pos_ not in {"NOUN", "PROPN"} or any(m.start < words.end_char and words.start_char < m.end
                                                         and (m.label == "PERSON" or m.in_gazetteer) for m in mentions):
        return None
    state = previous_state(doc, doc[start + 1], mentions, gazetteer)
    if state is None:
        return None
    return named_by_owner(f"{state[0].name}{doc[start + 2].text} {words.text}", span, gazetteer,
                          f"'{doc[start:start + 2].text}' refers back to {state[1]}", of_its_own=True)


def person_noun_before(doc: Doc, pron: Token, people: Sequence[EntityMention]) -> Token | None:
    """The one person a sentence speaks of by a title or a calling, and names nowhere, before a his or her in it:
    "A convoy gathered outside a California lawmaker's house to protest against her support of a bill" is the
    lawmaker's support, not that of a woman named paragraphs before."""
    sent = pron.sent
    if pron.lower_ not in {"his", "her"} or any(sent.start_char <= m.start < pron.idx for m in people) \
            or inside_quotation(doc, pron):
        return None
    found = [t for t in doc[sent.start:pron.i] if t.tag_ == "NN" and t.lemma_.lower() in _PERSON_NOUNS
             and not t.ent_type_
             and not any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON" for c in t.children)
             and not inside_quotation(doc, t)]
    return found[0] if len(found) == 1 else None
