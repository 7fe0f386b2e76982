"""Who a source's phrase names beside its head noun: the person in apposition to a post or a kin noun ("Mr Putin's
spokesman, Dmitry Peskov,"), the holder of a post the entity recogniser read as an organisation, and where an
aside about the source or a dash after its name begins."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import EntityMention
from ..resolve.match import reads_as_person
from .attribution import SEEN_PARTICIPLES
from .groups import plural_noun
from .lexicon import DASHES, PERSON_HEADS, RELATIVE_PRONOUNS, ROLE_HEADS
from .role_phrases import possessive_mark, tokens_under

_NAMING_PARTICIPLES = frozenset({"call", "dub", "know", "name", "nickname"})


def _owner(doc: Doc, mention: EntityMention) -> bool:
    """A name in the possessive: "Mr Putin's" in "Mr Putin's spokesman", the mark inside the name or after it."""
    name = tokens_under(doc, mention.start, mention.end)
    return name is not None and (name.root.dep_ == "poss" or possessive_mark(name[-1])
                                 or name.end < len(doc) and possessive_mark(doc[name.end]))


def _called(name: Token, head: Token) -> bool:
    """Whether ``name`` is what a participle of naming calls ``head``: "a sergeant known as Ticha", "an amateur
    photographer named Jerry Tibbs", "a restoration company called Heritage Properties". Only right after the head:
    in "a student at the faculty, also known as Smolny College" the faculty is so called, whatever the parse says."""
    verb = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else name.head
    return name.dep_ in {"pobj", "oprd", "dobj", "attr"} and verb.dep_ == "acl" and verb.head.i == head.i \
        and verb.tag_ in {"VBN", "VBD"} and verb.lemma_.lower() in _NAMING_PARTICIPLES \
        and all(t.is_punct or t.pos_ == "ADV" for t in head.doc[head.i + 1:verb.i])


def named_in_apposition(doc: Doc, head: Token, inside: Sequence[EntityMention]) -> EntityMention | None:
    """The person a noun phrase names in apposition to its head noun, not an owner or a complement: Peskov in
    "Mr Putin's spokesman, Dmitry Peskov,", Lois Drueke in "Drueke's mother, Lois Drueke,", nobody in "a military
    adviser to Volodymyr Zelenskiy". Beside a role noun, a name the entity recogniser took for an organisation and
    the gazetteer does not know counts too ("The Ukrainian president, Volodymyr Zelenskiy,"); beside any other
    noun, an organisation ("Ukraine's domestic intelligence service, the SBU,"). A name a participle gives the head
    counts as one in apposition: Ticha in "a sergeant known as Ticha"."""
    if plural_noun(head) or any(m.label == "PERSON" and m.start < head.idx and not _owner(doc, m) for m in inside):
        return None  # "the US senators Lindsey Graham and Richard Blumenthal"; "Andriy Yermak, adviser to ..."
    role = head.lemma_.lower() in PERSON_HEADS
    for m in reversed(inside):
        name = tokens_under(doc, m.start, m.end)
        if name is None or name.start <= head.i:
            continue
        root = name.root
        beside = root.dep_ in {"appos", "compound"} and root.head.i == head.i  # "spokesman, Dmitry Peskov"
        titled = head.dep_ == "compound" and head.head.i == root.i  # "Ambassador Linda Thomas-Greenfield"
        if m.label in {"PERSON", "ORG"} and _called(root, head):
            return m
        if m.label == "PERSON" and (beside or titled) or m.label == "ORG" and (not m.in_gazetteer or not role) \
                and root.dep_ == "appos" and root.head.i == head.i:
            return m
    return None


def post_holder(doc: Doc, head: Token, inside: Sequence[EntityMention], on_head: EntityMention) -> EntityMention | None:
    """The person named in apposition to a post that the entity recogniser read, with its portfolio, as an
    organisation the gazetteer does not know: Liz Truss in "said the Minister of Foreign Affairs Liz Truss"."""
    if on_head.label == "PERSON" or on_head.in_gazetteer or head.lemma_.lower() not in ROLE_HEADS:
        return None
    person = named_in_apposition(doc, head, inside)
    return person if person is not None and person.label == "PERSON" else None


def aside_start(doc: Doc, start: int, end: int) -> int | None:
    """Where an aside about the source in doc[start:end] begins, before the marks that open it: a relative clause set
    off by a comma ("The Russian president, who has portrayed ...,"), a participle of obtaining or seeing a document
    ("The letter to Biden, obtained first by Fox News Digital,"), or dashes ("Some politicians – further ... –")."""
    for k in range(start + 1, end - 1):
        relative = doc[k].text == "," and doc[k + 1].lower_ in RELATIVE_PRONOUNS and doc[k + 1].head.dep_ == "relcl" \
            and start <= doc[k + 1].head.head.i < k
        seen = doc[k].lower_ in SEEN_PARTICIPLES and doc[k].dep_ == "acl" and start <= doc[k].head.i < k
        dashed = doc[k].text in {"–", "—", "―"} and any(t.text == doc[k].text for t in doc[k + 1:end])
        if relative or seen or dashed:
            while k - 1 > start and doc[k - 1].is_punct:
                k -= 1
            return k
    return None


def name_set_off(doc: Doc, start: int, end: int, mentions: Sequence[EntityMention]) -> int | None:
    """Where a person's name that opens a source's phrase ends, when a dash or a bracket sets off what follows it
    ("Andriy Zagorodnyuk - Ukraine's former defence minister"), which the parser may have made the phrase's head.
    None when the phrase opens with no such name."""
    cut = next((t.i for t in doc[start + 1:end] if t.text == "(" or t.text in DASHES and t.whitespace_
                 and doc[t.i - 1].whitespace_), None)
    if cut is None:
        return None
    last = doc[cut - 1]
    person = any(m.label == "PERSON" and m.start <= last.idx < m.end for m in mentions)
    return cut if person or reads_as_person(doc[start:cut].text) else None


def person_closing(doc: Doc, start: int, end: int, head: Token, inside: Sequence[EntityMention]
                   ) -> EntityMention | None:
    """The person named at the end of a source's phrase as who its head is: "Colts interim coach Bruce Arians",
    parsed with "Colts" for its head, "Russian former officer and an avid Kremlin critic Igor Girkin", "head of the
    Kharkiv region Oleh Synahubow". The name must be reached from the head by appositions and compounds alone, so
    a person the phrase names after a preposition or an "and" is someone else: "a military adviser to Volodymyr
    Zelenskiy", "a representative for Mr. Jackman", "producers Craig Zadan and Neil Meron"; so is one named after
    people in the plural ("researchers at Google and the security firm Cisco Talos", the firm tagged a person)."""
    if head.tag_ == "NNS" and head.is_lower:
        return None  # several people, one of them named: "Several African leaders, most notably ..., Cyril Ramaphosa"
    last = end
    while last > start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    closing = next((m for m in inside if m.label == "PERSON" and m.end == doc[last - 1].idx + len(doc[last - 1])
                    and m.start > doc[start].idx), None)
    if closing is None:
        return None
    name = tokens_under(doc, closing.start, closing.end)
    if name is None:
        return None
    up = name.root
    while up.i != head.i:
        # two posts of one person are joined by an "and", the parser joining the name, with its second post, to
        # the first ("officer and an avid Kremlin critic Igor Girkin"); a name with no post of its own is another
        # person ("producers Craig Zadan and Neil Meron")
        joined_posts = up.dep_ == "conj" and any(
            c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and not c.ent_type_ for c in up.children)
        if up.dep_ not in {"appos", "compound", "nmod"} and not joined_posts or up.head.i == up.i \
                or not start <= up.head.i < end:
            return None
        up = up.head
    return closing

