"""The pure pipeline on parsed text: extract -> resolve -> link (within the document) -> grade."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .config import Settings
from .extract.claims import extract_claims
from .extract.lexicon import HONORIFICS, MEDIA_CHANNELS
from .extract.nlp import load_pipeline
from .extract.quantities import extract_quantities
from .extract.role_phrases import full_name_at_end
from .extract.times import extract_times
from .grade.admiralty import grade_claims
from .grade.registry import SourceRegistry, load_registry
from .link.relations import link_within_document
from .model import Analysis, Document, EntityMention
from .resolve.gazetteer import Gazetteer, load_gazetteer
from .resolve.given_names import given_names
from .resolve.match import by_surname, names_a_body, reads_as_person, resolve_mention, surname_mentions

_DURATION = re.compile(r"\b(?:days|weeks|months|years)\b", re.I)
_NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
_CONTENT_POS = {"NOUN", "VERB", "PROPN", "ADJ"}
_NAME_LABELS = {"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"}  # what a person's name is mistaken for
_PLACE_OR_BODY = {"GPE", "LOC", "NORP", "ORG"}


@dataclass(frozen=True)
class Resources:
    """Heavy, shared, read-only things the pipeline needs: loaded once per process."""

    nlp: Language
    gazetteer: Gazetteer
    registry: SourceRegistry


def load_resources(settings: Settings) -> Resources:
    gazetteer = load_gazetteer(tuple(settings.alias_files))
    return Resources(load_pipeline(settings.spacy_model, gazetteer), gazetteer,
                     load_registry(settings.source_registry))


def entity_mentions(doc: Doc, gazetteer: Gazetteer) -> list[EntityMention]:
    out = []
    known_people: set[str] = set()
    for ent, named in _whole_names(doc):
        if ent.label_ in _NUMERIC_LABELS or not ent.text.strip():
            continue
        if ent is named:
            ent = named = _with_given_name(ent)
        eid, name, known = resolve_mention(gazetteer, named.text, ent.label_, named.ent_id_ or None)
        # the gazetteer knows what its entities are, whatever the tagger took them for ("Zelenskiy" as an
        # organisation, "Kherson" as a person); a demonym it matched stays a demonym ("Russian" points at Russia)
        label = known.label if known is not None and (known.label == "PERSON" or ent.label_ != "NORP") \
            else ent.label_
        if label == "PERSON" and ent.text.strip().lower() in MEDIA_CHANNELS:
            label = "ORG"  # "Twitter", which the small model often takes for a person
        elif label == "PERSON" and known is None and not reads_as_person(ent.text.strip()):
            label = _said_to_be(ent) or label  # not "Rafael Grossi, the ... Agency (IAEA) director general,"
        elif known is None and label in _NAME_LABELS:
            ent = _person_closing_entity(ent)
            if reads_as_person(ent.text.strip()):
                # "Natalia Usmanova", which the small model often takes for an organisation: the id a person's has
                label = "PERSON"
                eid, name, known = resolve_mention(gazetteer, ent.text, label, ent.ent_id_ or None)
        if known is not None and known.label == "PERSON":
            known_people.add(eid)
        # the tagger may take the line break after a name into it ("The Kerch Strait\n\n"): the span is the name's
        start = ent.start_char + len(ent.text) - len(ent.text.lstrip())
        words = ent.text.strip()
        out.append(EntityMention(start, start + len(words), words, label, eid, name, known is not None))
    found = by_surname(out, frozenset(known_people))
    return sorted(found + surname_mentions(lone_name_words(doc), found), key=lambda m: m.start)


def lone_name_words(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, text) of the capitalised words the tagger took for names or nouns that stand alone, which may
    be a surname: not "Getty Images", "Victory Day" or a map's legend, but "Ms Tikhanovskaya"."""
    return [(t.idx, t.idx + len(t), t.text) for t in doc if t.pos_ in {"PROPN", "NOUN"} and _capitalised(t)
            and not t.text.isupper() and not _in_a_longer_name(t)]


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha()


def _in_a_longer_name(tok: Token) -> bool:
    """Whether a capitalised word stands beside another, but for an honorific before it."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return before is not None and _capitalised(before) and before.lower_.rstrip(".") not in HONORIFICS \
        or after is not None and _capitalised(after)


def _with_given_name(ent: Span) -> Span:
    """A name with the given name the tagger left out of it, which makes it a person's: "Oleksii Vlasenko", where
    the small model tagged "Vlasenko" alone, and as a place. Not a name the gazetteer matched: "George Washington
    University" is none of George's."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or ent.ent_id_ or before.ent_type_ or before.dep_ != "compound" \
            or not ent.start <= before.head.i < ent.end or not before.is_title or before.text not in given_names():
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label="PERSON")


# What a name the tagger took for a person may be said to be, in apposition ("Maxar, the company that took the
# pictures,") or as the noun it names ("the Sulina canal"), and the label that makes it.
_PLACE_NOUNS = {"city": "GPE", "town": "GPE", "village": "GPE", "port": "GPE", "region": "GPE", "district": "GPE",
                "canal": "LOC", "river": "LOC", "route": "LOC", "airport": "FAC", "bridge": "FAC", "plant": "FAC"}
_SAID_NOUNS = {**dict.fromkeys("company firm agency organisation organization outlet newspaper channel platform "
                               "group".split(), "ORG"), **_PLACE_NOUNS}


def _said_to_be(ent: Span) -> str | None:
    """The label of a name the tagger took for a person that the text says is a body or a place: "Maxar, the
    company that took the pictures, said ...", "along the Sulina route", "the Hostomel airport"."""
    root = ent.root
    said = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)  # the first apposition
    # only: "Petro Andryushchenko, an adviser to the mayor of Mariupol, the besieged port city," is the adviser
    if said is not None and said.lemma_.lower() in _SAID_NOUNS:
        return _SAID_NOUNS[said.lemma_.lower()]
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in _PLACE_NOUNS:
        return _PLACE_NOUNS[root.head.lemma_.lower()]
    return _named_as_a_place_or_body(ent.text)


def _named_as_a_place_or_body(name: str) -> str | None:
    """The label of a name that ends in a word no one's name ends in: "Sam's Club" is a body, "Fairview Southdale
    Hospital" a building, "Hennepin County" a place."""
    if names_a_body(name):
        return "ORG"
    words = name.split()
    return _NAME_END_LABELS.get(words[-1].lower()) if words else None


_NAME_END_LABELS = {**_PLACE_NOUNS, "county": "GPE",
                    **dict.fromkeys("lake bay island islands mountains valley falls".split(), "LOC"),
                    **dict.fromkeys("street road avenue square station hospital college school hall tower centre "
                                    "center palace cathedral stadium arena".split(), "FAC")}


def _whole_names(doc: Doc) -> list[tuple[Span, Span]]:
    """The document's entities, each with the span that names it, and a name cut short at "of", "for" or "and"
    joined to the name right after it: the gazetteer's ruler tags "Ukraine" in "the Supreme Council of Ukraine"
    before the entity recogniser runs, whose entity then ends at "of" ("the Supreme Council of"; "the Mercator
    Institute for" China Studies, "Article 51 of the Charter of the" United Nations), and the recogniser itself
    cuts "the Department of Fisheries and" from "Oceans". A state so joined to a state is that state, named by the
    second ("the Republic of Belarus")."""
    ents = list(doc.ents)
    out = []
    i = 0
    while i < len(ents):
        ent, named, i = ents[i], ents[i], i + 1
        while i < len(ents) and ents[i].start == ent.end and _cut_short(ent) and ent.label_ not in _NUMERIC_LABELS \
                and ents[i].label_ in _PLACE_OR_BODY:
            after = ents[i]
            if ent[-1].lower_ in _AND and ent.label_ == after.label_ == "GPE":
                break  # "the Democratic Republic of the Congo and Colombia": two states
            state_of_a_state = ent.label_ == after.label_ == "GPE"
            ent = Span(doc, ent.start, after.end, label=ent.label_)
            named = after if state_of_a_state else ent
            i += 1
        end = ent.end
        if len(ent) > 1 and ent[-1].lower_ in _AND:  # a name never ends on "and" ("Vkusno &"), nor on the comma
            end -= 1  # before it
            while end - ent.start > 1 and doc[end - 1].text == ",":
                end -= 1
        opened = next((t.i for t in reversed(doc[ent.start + 1:end]) if t.text == "("), None)
        if opened is not None and not any(t.text == ")" for t in doc[opened:end]):
            end = opened  # nor inside a bracket it leaves open: "the Council of Europe (" or "... Conference (BSPC"
        if end < ent.end:
            ent = named = Span(doc, ent.start, end, label=ent.label_)
        out.append((ent, named))
    return out


_AND = frozenset({"and", "&"})
_JOINING_WORDS = frozenset({"of", "for"}) | _AND


def _cut_short(ent: Span) -> bool:
    """Whether a name of more than one word ends on a word that joins it to more: "of", "for", "and", "of the"."""
    last = ent[-1].lower_
    return len(ent) > 1 and last in _JOINING_WORDS or last == "the" and len(ent) > 2 and ent[-2].lower_ in {"of", "for"}


def _person_closing_entity(ent: Span) -> Span:
    """The person's full name at the end of an entity that runs on into it from the department of a title or from a
    body's name: "Secretary of Defense Lloyd Austin" gives "Defense Lloyd Austin" to the small model, as one
    organisation, and "deputy chairman of Russia’s Security Council Dmitry Medvedev" gives "Security Council Dmitry
    Medvedev". Other entities come back as they are."""
    named_at = full_name_at_end(ent.doc, ent.start, ent.end)
    if named_at is None:
        return ent
    after_title = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "of"
    return ent.doc[named_at:ent.end] if after_title or names_a_body(ent.doc[ent.start:named_at].text) else ent


def analyze_parsed(doc: Doc, document: Document, gazetteer: Gazetteer, registry: SourceRegistry) -> Analysis:
    """Everything claimledger reads in one parsed document. Pure: no I/O, no database."""
    mentions = entity_mentions(doc, gazetteer)
    times = extract_times(document.text, document.published)
    dated = [(t.start, t.end) for t in times if any(ch.isdigit() for ch in t.text) and not _DURATION.search(t.text)]
    quantities = extract_quantities(doc, dated)
    claims, notes, nested = extract_claims(doc, document, gazetteer, mentions, quantities, times)
    lemmas = {}
    for c in claims:
        span = doc.char_span(c.content.start, c.content.end, alignment_mode="expand")
        lemmas[c.id] = [t.lemma_.lower() for t in span if t.pos_ in _CONTENT_POS] if span is not None else []
    relations = link_within_document(claims, lemmas, mentions, gazetteer, nested)
    grades = grade_claims(claims, relations, mentions, gazetteer, registry, document.id)
    return Analysis(document=document, entities=tuple(mentions), quantities=tuple(quantities), times=tuple(times),
                    claims=tuple(claims), relations=tuple(relations), grades=grades, notes=tuple(notes))


def analyze_documents(documents: Iterable[Document], resources: Resources, batch_size: int = 64
                      ) -> Iterator[Analysis | DocumentFailure]:
    """Analyse documents in order in this process, parsing them in spaCy batches.

    A document the rules cannot handle is not dropped: it comes back as a DocumentFailure with the reason.
    """
    docs = list(documents) if not isinstance(documents, list) else documents
    for document, parsed in zip(docs, resources.nlp.pipe((d.text for d in docs), batch_size=batch_size),
                                strict=True):
        try:
            yield analyze_parsed(parsed, document, resources.gazetteer, resources.registry)
        except Exception as exc:  # the policy: record and go on; callers decide whether to stop
            yield DocumentFailure(document, f"{type(exc).__name__}: {exc}")


@dataclass(frozen=True)
class DocumentFailure:
    """A document the pipeline could not analyse, and why."""

    document: Document
    error: str


def analyze_text(text: str, resources: Resources, **metadata: object) -> Analysis:
    """One text in, one Analysis out: the library's shortest path."""
    document = Document(text=text, **metadata)  # type: ignore[arg-type]
    return analyze_parsed(resources.nlp(text), document, resources.gazetteer, resources.registry)
