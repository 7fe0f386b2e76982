"""Who a source span refers to: named entities, metonyms, vague sources, pronouns, nominal anaphors and role
phrases ("the French president", resolved in ``role_phrases.py``)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial

from spacy.tokens import Doc, Token

from ..model import EntityMention, Source, SourceKind, TextSpan
from ..resolve.gazetteer import Gazetteer
from ..resolve.match import (
    local_entity_id,
    names_a_body,
    outlet_described,
    outlet_named_after,
    reads_as_person,
    surname_key,
    surname_owner,
    written_as_name,
)
from .appositions import aside_start, name_set_off, named_in_apposition, person_closing, post_holder
from .documents import a_person_spoke_last, an_act_of, issuing_body, named_owner_before
from .groups import (
    is_group,
    mentioned_source,
    noun_phrase_end,
    part_of_a_group,
    plural_noun,
    recent_group,
    several_only,
    unnamed_people,
)
from .lexicon import (
    ANAPHOR_HEADS,
    DOCUMENT_NOUNS,
    FEMININE_PRONOUNS,
    INSTITUTION_HEADS,
    MASCULINE_PRONOUNS,
    OCCUPATION_HEADS,
    PEOPLE_NOUNS,
    PERSON_HEADS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    ROLE_HEADS,
    SPEECH_VERBS,
    UNNAMED_WORDS,
    VAGUE_HEADS,
)
from .owners import OWNED_GROUPS, leaders_state, owned_source, owning_pronoun, state_body
from .pronoun_fit import addressed, called_otherwise, other_gender, reporting_speaker, spoken_of_in_relative
from .role_phrases import (
    a_post_with_article,
    entity_label,
    is_person,
    mention_source,
    name_closing_role_phrase,
    names_someone,
    one_of_a_group,
    own_name,
    phrase_head,
    same_head,
    strip_determiner,
    titled_person,
    titled_person_after,
    tokens_under,
)
from .spokespeople import speaking_for, spoken_for
from .topics import country_body, person_noun_before, previous_group, previous_person, previous_state, previous_topic
from .voices import (
    MENTION_WINDOW,
    in_someones_voice,
    inside_quotation,
    quotation_before,
    reported_before,
    signed_off,
    unquoted_near,
)

_PERSONAL = {"he", "she", "his", "her", "him", "i"}
# Documents nobody issues as their own words: "The video shows him ...", "the poll found ..." refer back only to an
# earlier video or poll, never to whoever spoke last, as "the statement" or "the letter" do.
_RECORDINGS = {"video", "footage", "photo", "photograph", "image", "recording", "poll", "survey", "study", "analysis",
               "data", "figure", "result", "estimate", "tally", "average", "record"}
# Nominal anaphors that stand for a body ("the ministry", "the company", "the outlet"): they refer back only to a body.
_BODY_ANAPHORS = ANAPHOR_HEADS - DOCUMENT_NOUNS - {"spokesman", "spokeswoman", "spokesperson"}
_OWNED_HEADS = _BODY_ANAPHORS | OWNED_GROUPS  # what a possessive pronoun may own: "its ministry", "his lawyer"
_OUTLET_ANAPHORS = {"outlet", "newspaper", "publication"}
# Bodies an outlet can be called: "the agency" after "Reuters reported", "the company" after "the BBC said".
_OUTLET_FITS = _OUTLET_ANAPHORS | {"agency", "company", "group", "organisation", "organization", "service", "team",
                                   "monitor"}
# Bodies a country cannot be called: "the organization" is not Russia, though a ministry may speak for it.
_NOT_A_COUNTRY = {"organisation", "organization", "group", "company", "institute", "committee", "team", "monitor",
                  "mission", "body", "outlet", "newspaper", "publication", "council", "department"}
# What a government is called by name, as the first five letters of a word: a country, or a name that says it is
# one ("the Australian government", "the Biden administration", "the Kremlin").
_GOVERNMENT_WORDS = {"gover", "admin", "cabin", "kreml", "white", "downi", "minis"}
# Bodies that a word before them names by their remit ("the economy ministry", "the state emergency service").
_PORTFOLIO_BODIES = frozenset("ministry department office service agency committee council directorate body".split())
# Words before a body's noun that say nothing of which body it is: "the same ministry", "the state agency".
_ANY_BODY = frozenset("same new former local national federal state main own other relevant top senior".split())

_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
# Words (their first five letters) of a public body's name, which "the company" never refers back to.
_PUBLIC_WORDS = {"gover", "minis", "depar", "offic", "agenc", "counc", "commi", "parli", "senat", "congr", "polic",
                 "army", "navy", "fleet", "force", "milit", "court"}
_STATE_NOUNS = {"country", "nation", "state"}  # what "the country's ..." owns is the state's


def _text_span(doc: Doc, start: int, end: int) -> TextSpan:
    span = doc[start:end]
    return TextSpan(span.start_char, span.end_char, span.text)


def resolve_source(doc: Doc, start: int, end: int, mentions: Sequence[EntityMention], gazetteer: Gazetteer,
                   history: Sequence[Source], published: dt.date | None = None) -> Source:
    """Resolve the source noun phrase doc[start:end] to a Source. ``history``: earlier sources, oldest first;
    ``published``: the day the document came out, which tells who held a post it names by title."""
    span = _text_span(doc, start, end)
    head = phrase_head(doc, start, end)
    # an NER span running past the source names something else ("Twitter, Zelenskiy"); a post alone ("the Pope") none
    inside = [m for m in mentions if m.start < span.end and span.start < m.end
              and (span.start <= m.start and m.end <= span.end or m.in_gazetteer) and not a_post_with_article(doc, m)]
    # lower-case words the gazetteer does not know name nothing: "Russia's navy" and "Ukraine's navy" are two
    on_head = [m for m in inside if m.start <= head.idx < m.end and written_as_name(m)]
    if head.lower_ in PRONOUNS:
        return _antecedent(doc, head, mentions, gazetteer, history, span, published)
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and end - start == 1:
        noun = _person_described(head.head.head) if head.lower_ == "who" else head.head.head
        left, right = noun.left_edge.i, head.head.left_edge.i
        if noun.i != head.head.head.i:  # the person inside the phrase the parser hung the clause on
            right = min(right, noun.right_edge.i + 1 - (doc[noun.right_edge.i].tag_ == "POS"))
        while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
            right -= 1
        if right > left:
            base = resolve_source(doc, left, right, mentions, gazetteer, history, published)
            return Source(base.kind, span, base.name, base.entity_id,
                          resolved_from=f"'{head.text}' refers to {doc[left:right].text}")
    if end - start > 1 and doc[start].lower_ == "whose" and doc[start].head.i == head.i:
        # "a country whose leader claims ...": the leader of whatever the clause is about, no one named "whose leader"
        base = resolve_source(doc, start + 1, end, mentions, gazetteer, history, published)
        return Source(base.kind, span, base.name, base.entity_id, base.resolved_from)
    aside = aside_start(doc, start, end)
    if aside is not None:  # what an aside adds about the source does not tell who it is
        base = resolve_source(doc, start, aside, mentions, gazetteer, history, published)
        return Source(base.kind, span, base.name, base.entity_id, base.resolved_from)
    named = name_set_off(doc, start, end, mentions)
    if named is not None:  # "Andriy Zagorodnyuk - Ukraine's former defence minister -", "Gen Milley - ..."
        base = resolve_source(doc, start, named, mentions, gazetteer, history, published)
        return Source(base.kind, span, base.name, base.entity_id, base.resolved_from)
    if part_of_a_group(head):  # "70 percent of Republicans", "a majority of Germans": no one who speaks
        return Source(SourceKind.VAGUE, span, span.text, None)
    holder = post_holder(doc, head, inside, on_head[0]) if on_head else None
    if holder is not None:  # "said the Minister of Foreign Affairs Liz Truss", the post read as an organisation
        return mention_source(gazetteer, holder, span)
    if on_head:
        return mentioned_source(doc, start, head, on_head[0], gazetteer, span)
    if (body := country_body(doc, span, start, end, head, mentions, gazetteer)) is not None:  # "the country's ..."
        return body
    issuer = issuing_body(head, inside)
    if issuer is not None:  # "The EU statement said ...": the EU's
        base = mention_source(gazetteer, issuer, span)
        return Source(base.kind, span, base.name, base.entity_id, resolved_from=f"'{span.text}' is {base.name}'s")
    lemma = head.lemma_.lower()
    titled = named_in_apposition(doc, head, inside) if head.pos_ == "NOUN" or lemma in PERSON_HEADS else None
    if titled is not None:  # "Mr Putin's spokesman, Dmitry Peskov,", "Drueke's mother, Lois Drueke,"
        return mention_source(gazetteer, titled, span)
    if lemma in ROLE_HEADS or head.lower_ in ROLE_HEADS:
        closing = name_closing_role_phrase(doc, start, end, head, inside)
        if isinstance(closing, EntityMention):
            return mention_source(gazetteer, closing, span)
        if closing is not None:  # two words or more: a full name, the gazetteer's where it knows it ("XI Jinping")
            known = _known_name(span, closing, mentions, gazetteer, people_only=True)
            return known or Source(SourceKind.NAMED, span, closing, local_entity_id(closing))
    determiners = {t.lower_ for t in doc[start:head.i]}
    state_owned = doc[start].ent_type_ == "GPE" and start + 1 < end and doc[start + 1].tag_ == "POS"  # "Ukraine's"
    if (doc[start].lower_ == "the" or state_owned) and (lemma in ROLE_HEADS | OCCUPATION_HEADS or head.lower_ in
                                                        ROLE_HEADS) and not names_someone(doc, start, end, inside):
        # "the senators" are the senators named before, never one of them: "The presidents" after Macron are not he
        earlier = several_only(doc, same_head(doc, head, span, history, gazetteer)) if plural_noun(head) \
            else same_head(doc, head, span, history, gazetteer) or titled_person(
                doc, start, end, inside, mentions, gazetteer, history, published) or titled_person_after(
                doc, start, end, inside, mentions, gazetteer, published)
        if earlier is not None:  # "refers to" a person named after it ("The US Secretary of State ... Blinken")
            back = " back" if earlier.span is None or earlier.span.start < span.start else ""
            return Source(earlier.kind, span, earlier.name, earlier.entity_id,
                          resolved_from=f"'{span.text}' refers{back} to {earlier.name}")
    principal = spoken_for(head, inside)
    if principal is not None:  # "A State Department spokesperson" speaks for the State Department
        return speaking_for(mention_source(gazetteer, principal, span), principal.text, span)
    has_name = any(t.pos_ == "PROPN" for t in doc[start:end])
    state = previous_state(doc, head, mentions, gazetteer) if determiners == {"the"} and not has_name and not inside \
        else None
    if state is not None:  # "Russia released a list ... The country said ...": Russia
        return Source(SourceKind.NAMED, span, state[0].name, state[0].id,
                      resolved_from=f"'{span.text}' refers back to {state[1]}")
    owned_body = _owners_body(doc, head, start, end, mentions, gazetteer, history, published) \
        if lemma in _OWNED_HEADS and not inside \
        else state_body(doc, start, end, head, inside, gazetteer, span) or leaders_state(end, head, inside, gazetteer,
                                                                                          span)
    if owned_body is not None:
        return owned_body
    # "the president's office" is the president's, whoever the president is ("the country's government" refers back)
    owner_noun = any(c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} and c.lemma_.lower() not in _STATE_NOUNS
                     for c in head.children)
    if lemma in ANAPHOR_HEADS | DOCUMENT_NOUNS and determiners & {"the", "this", "that", "its", "their"} \
            and not has_name and not inside and not owner_noun and not an_act_of(head):
        ant = same_head(doc, head, span, history, gazetteer) or (
            named_owner_before(doc, head, mentions, gazetteer) if lemma in DOCUMENT_NOUNS else None)
        if ant is None and lemma not in _RECORDINGS:
            skip = _not_a_body(doc, head, mentions, gazetteer) if lemma in _BODY_ANAPHORS else None
            ant = (_last_outlet(mentions, gazetteer, span) if lemma in _OUTLET_ANAPHORS else None) \
                or _from_history(history, skip)
            if ant is not None and lemma in DOCUMENT_NOUNS and a_person_spoke_last(ant, mentions, gazetteer):
                ant = None  # "Alamdari said ... The report said ...": a report the text names no issuer of
            elif ant is None:
                ant = _from_mentions(mentions, gazetteer, span, personal=False)
                if ant is not None and skip is not None and skip(ant):
                    ant = None  # the nearest organisation named is no body of the kind meant either
        if ant is not None:
            return Source(ant.kind, span, ant.name, ant.entity_id,
                          resolved_from=f"'{span.text}' refers back to {ant.name}")
    owned = bool(inside) or has_name
    named_after = outlet_named_after(span.text) if owned else None  # "the pro-war Telegram channel Rybar": Rybar
    if (lemma in VAGUE_HEADS or head.lower_ in VAGUE_HEADS) and named_after is None or determiners & UNNAMED_WORDS or (
            (lemma in INSTITUTION_HEADS or head.lower_ in INSTITUTION_HEADS) and not owned) \
            or named_after is None and unnamed_people(doc, start, end, head, inside):
        return Source(SourceKind.VAGUE, span, span.text, None)
    if owned or head.ent_type_ in {"PERSON", "ORG"} or lemma in INSTITUTION_HEADS | ROLE_HEADS:
        name = strip_determiner(span.text)
        own = own_name(doc, head, start)
        if own is not None and own != name:  # "Volodymyr Zelenskiy, the Ukrainian president," with no entity on it
            known = _known_name(span, own, mentions, gazetteer, people_only=False)
            if known is not None:
                return known
            if reads_as_person(own):  # "Ukraine's Minister of Internal Affairs Denys Monastyrsky", with no entity
                return Source(SourceKind.NAMED, span, own, local_entity_id(own))
            if any(c.dep_ == "appos" for c in head.children):
                name = own  # "Oksana Lind, the port's director," is Oksana Lind
        known = _known_name(span, name, mentions, gazetteer, people_only=False)
        name = named_after or name
        mention = next((m for m in inside if name in {m.text, m.name}), None)
        if known is None and mention is not None:  # "Russian scholar and former Moscow correspondent David Satter"
            return mention_source(gazetteer, mention, span)  # is the David Satter the document names there
        closing = person_closing(doc, start, end, head, inside) if known is None and mention is None else None
        if closing is not None:  # "Colts interim coach Bruce Arians", with "Colts" for the phrase's head
            return mention_source(gazetteer, closing, span)
        return known or Source(SourceKind.NAMED, span, name, local_entity_id(name))
    if head.text[:1].isupper() and head.pos_ in {"NOUN", "ADJ"}:
        # a name the tagger took for a word ("Zelenskyy argued ...", with "Zelenskyy" a noun and no entity)
        found = _known_name(span, strip_determiner(span.text), mentions, gazetteer, people_only=True)
        if found is not None:
            return found
    return Source(SourceKind.VAGUE, span, span.text, None)


def _person_described(noun: Token) -> Token:
    """The person a "who" stands for when the parser hung it on a noun inside an apposition that describes them:
    "Oksana Lys, a member of the mission, who ..." is Oksana Lys, not the mission. Otherwise the noun itself."""
    up, through_apposition = noun, False
    while up.ent_type_ != "PERSON" and up.dep_ in {"pobj", "appos"}:
        through_apposition |= up.dep_ == "appos"
        up = up.head.head if up.dep_ == "pobj" else up.head
    if through_apposition and up.ent_type_ == "PERSON" and up.i != noun.i:
        return up
    return _owner_or_member(noun) or noun


def _owner_or_member(noun: Token) -> Token | None:
    """Who a "who" stands for when the parser hung it on a thing that is someone's: "Mr Heappey's remarks, who also
    told ..." is Mr Heappey, "the backing of leading Greens, who argue ..." the Greens, "comments made by unnamed
    officials to the Financial Times who noted ..." the officials."""
    if noun.ent_type_ or noun.lemma_.lower() in PERSON_HEADS | PEOPLE_NOUNS | VAGUE_HEADS or noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ in {"PERSON", "ORG", "NORP"}), None)
    if owner is None:  # "the backing of leading Greens", "comments made by unnamed officials"
        links = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"] + [
            a for c in noun.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"]
        owner = next((g for c in links for g in c.children if g.dep_ == "pobj" and (
            g.ent_type_ in {"PERSON", "ORG", "NORP"} or g.lemma_.lower() in PERSON_HEADS | PEOPLE_NOUNS)), None)
    return owner


def _known_name(span: TextSpan, name: str, mentions: Sequence[EntityMention], gazetteer: Gazetteer,
                people_only: bool) -> Source | None:
    """The source a name stands for where the tagger found no entity on it: one the gazetteer knows ("Ławrow", "the
    state-run Belta news agency"; only a person if ``people_only``), or else a surname of someone the document
    names in full ("Lind told reporters ..." after "Oksana Lind, head of the board")."""
    known = gazetteer.lookup(name) or (None if people_only else outlet_described(gazetteer, name))
    if known is not None and (known.label == "PERSON" or not people_only):
        return mention_source(gazetteer, EntityMention(span.start, span.end, span.text, known.label, known.id,
                                                       known.name, True), span)
    owner = surname_owner(mentions, name) if " " not in name else None
    return Source(SourceKind.NAMED, span, owner[1], owner[0]) if owner is not None else None


def _could_be_someone(doc: Doc, src: Source, mentions: Sequence[EntityMention], people: Sequence[EntityMention],
                      gazetteer: Gazetteer) -> bool:
    """Whether a source may be the "he" or "she" that refers back to it: a person the tagger found, a role or a
    person noun ("the analyst"), or a name of one to four capitalised words ("Scholz", "Anna Berg") that is neither
    an acronym, a body's name, a place nor one the gazetteer knows ("RIA", "Armed Forces of Ukraine", "Latvia",
    "Russia"), and has no digit ("Nord Stream 2"). ``people``: the person mentions before the pronoun."""
    if is_person(src, people):
        return True
    known = gazetteer.get(src.entity_id)
    if known is not None:
        return known.label == "PERSON"
    if src.span is None:
        return False
    if any(m.label in {"GPE", "LOC"} and m.start <= src.span.start and src.span.end <= m.end for m in mentions) \
            and surname_owner(mentions, src.name or "") is None:
        return False  # a place, unless the tagger took a surname for one: "Scholz" after "Olaf Scholz"
    phrase = tokens_under(doc, src.span.start, src.span.end)
    if phrase is not None and (phrase.root.lemma_.lower() in PERSON_HEADS):
        return True
    words = (src.name or "").split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and not any(ch.isdigit() for ch in w) for w in words) \
        and not (len(words) == 1 and words[0].isupper()) and not names_a_body(src.name or "")


def _a_person(src: Source, people: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether a source is a person: one the gazetteer knows as one, or else one the tagger found (``people``, their
    entity ids: "Govor" after "Alexander Govor"; not "President Volodymyr Zelensky's office", which only names
    one), or a post no name was found for ("the former congressman")."""
    known = gazetteer.get(src.entity_id)
    if known is not None:
        return known.label == "PERSON"
    last = (src.name or "").lower().split()[-1:]
    return src.entity_id in people or bool(last) and last[0] in PERSON_HEADS


def _owners_body(doc: Doc, head: Token, start: int, end: int, mentions: Sequence[EntityMention],
                 gazetteer: Gazetteer, history: Sequence[Source], published: dt.date | None) -> Source | None:
    """"Its defence ministry" after Russia, "his lawyer" after Moskalyov: what the owner the possessive pronoun
    refers back to owns (``owners.owned_source``)."""
    poss = owning_pronoun(head, start)
    if poss is None:
        return None
    owner = _antecedent(doc, poss, mentions, gazetteer, history, _text_span(doc, poss.i, poss.i + 1), published)
    return owned_source(owner, poss, doc[poss.i + 1:end].text, _text_span(doc, start, end), gazetteer)


def _not_a_body(doc: Doc, head: Token, mentions: Sequence[EntityMention], gazetteer: Gazetteer
                ) -> Callable[[Source], bool]:
    """Which earlier sources the body anaphor ``head`` cannot refer back to: all but outlets, bodies and places the
    gazetteer or the tagger knows, and phrases headed by a body's noun. "The ministry said" after "Shoigu said" is
    not Shoigu, and after "the image released by the sheriff's office" not the image; "the newspaper" is only an
    outlet; "the economy ministry" is none whose name does not say its remit (``_remit``)."""
    body_ids = {m.entity_id for m in mentions if m.label in _ORG_LABELS}
    remit = _remit(head)
    lemma = head.lemma_.lower()
    outlets_only = lemma in _OUTLET_ANAPHORS

    def ruled_out(src: Source) -> bool:
        words = {w[:5] for w in (src.name or "").lower().split()}
        if remit and not remit & words:
            return True
        if src.kind == SourceKind.OUTLET or outlets_only:
            return src.kind != SourceKind.OUTLET or lemma not in _OUTLET_FITS  # "the ministry" is no newspaper
        label = entity_label(src.entity_id, mentions, gazetteer)
        if label == "PERSON" or label == "GPE" and lemma in _NOT_A_COUNTRY:
            return True
        if lemma == "government" and label != "GPE" and not words & _GOVERNMENT_WORDS:
            return True  # "the government" is not Uniper, nor a privacy policy
        if lemma == "company" and (label in {"GPE", "NORP"} or words & _PUBLIC_WORDS):
            return True  # "the company" is not the Foreign Office, the 5th Fleet or "Indians"
        if gazetteer.get(src.entity_id) is not None:  # then ``label`` is the gazetteer's
            return label not in _ORG_LABELS
        phrase = tokens_under(doc, src.span.start, src.span.end) if src.span is not None else None
        if phrase is not None and phrase.root.lemma_.lower() in PERSON_HEADS:
            return True  # "Its director, Ilze Ozola,", whatever the tagger took the name for
        if src.entity_id in body_ids:
            return False
        return phrase is None or phrase.root.lemma_.lower() not in _BODY_ANAPHORS | INSTITUTION_HEADS
    return ruled_out


def _remit(head: Token) -> set[str]:
    """What a body's noun says of which body it is, as the first five letters of each word before it: "econo" in
    "the economy ministry", "emerg" in "the state emergency service" ("state" says nothing). Empty for a body owned
    by a possessive ("its defence ministry", whose owner says which) and for nouns that name no remit ("the
    company")."""
    if head.lemma_.lower() not in _PORTFOLIO_BODIES or any(c.dep_ == "poss" for c in head.children):
        return set()
    return {c.lower_[:5] for c in head.children if c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "ADJ"}
            and c.lower_ not in _ANY_BODY}


def _last_outlet(mentions: Sequence[EntityMention], gazetteer: Gazetteer, span: TextSpan) -> Source | None:
    """The outlet named last before ``span``, quoted or not: "the newspaper" after "a New York Times investigation
    found ..." is The New York Times."""
    for m in reversed(mentions):
        if m.end <= span.start:
            speaker = gazetteer.speaker(m.entity_id)
            if speaker is not None and speaker.type == "outlet":
                return mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    return None


def _from_history(history: Sequence[Source], skip: Callable[[Source], bool] | None = None) -> Source | None:
    """The latest named source, but none ``skip`` rules out; persons and organisations are not told apart here."""
    for src in reversed(history):
        if src.kind not in {SourceKind.NAMED, SourceKind.OUTLET} or src.entity_id is None \
                or skip is not None and skip(src):
            continue
        return src
    return None


def _from_mentions(mentions: Sequence[EntityMention], gazetteer: Gazetteer, span: TextSpan,
                   personal: bool, ruled_out: frozenset[str] = frozenset(), before: int | None = None
                   ) -> Source | None:
    """The nearest earlier person (for he/she) or organisation mention, within a few sentences; none of the
    people ``ruled_out`` (``surname_key``), and none after character ``before`` (where what the pronoun's cue
    reports begins: in "“Tak tochno,” he replied" the reply names nobody who replied)."""
    wanted = {"PERSON"} if personal else {"ORG"}
    limit = span.start if before is None else min(before, span.start)
    for m in reversed(mentions):
        if m.end > limit or span.start - m.end > MENTION_WINDOW:
            continue
        if m.label in wanted and surname_key(m.name) not in ruled_out:
            return mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    return None


_SPEAKER_WINDOW = 600  # characters back, about a paragraph, that "he said" looks for the person last quoted


def _recent_speaker(doc: Doc, pron: Token, people: Sequence[EntityMention], ruled_out: frozenset[str],
                    gazetteer: Gazetteer, history: Sequence[Source], reported: set[int]) -> Source | None:
    """"Skibitsky said ... He warned that ...": the person a he or she most likely is, from the people named
    earlier in its own sentence outside what it reports ("In a statement by the prime minister, Mateusz
    Morawiecki, he said: ..."), then from the sources within _SPEAKER_WINDOW characters: the latest that is a
    person (tagged as one, a role or a person noun in the singular such as "the analyst", or itself a he or she).
    People only mentioned in what was said ("For Putin, regaining control is a priority, he pointed out") are
    passed over, and so is anyone ``ruled_out`` (``pronoun_fit.called_otherwise``). ``people``: the person
    mentions before the pronoun; ``reported``: the tokens of what it reports (``voices.reported_before``,
    ``quotation_before``)."""
    at = doc[pron.i].idx
    sentence_start = doc[pron.sent.start].idx
    for m in reversed(people):
        if m.start < sentence_start:
            break
        name = tokens_under(doc, m.start, m.end)
        if name is not None and name.root.i not in reported and surname_key(m.name) not in ruled_out:
            return mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    for src in reversed(history):
        if src.span is None or at - src.span.end > _SPEAKER_WINDOW:
            return None
        if src.kind not in {SourceKind.NAMED, SourceKind.VAGUE} or surname_key(src.name or "") in ruled_out:
            continue
        phrase = tokens_under(doc, src.span.start, src.span.end)
        head = phrase.root if phrase is not None else None
        # "the analyst"; a name the tagger missed, with its role beside it ("Felix Annancy, the Bishop of Accra,")
        singular_person = head is not None and (any(t.tag_ in {"NN", "NNP"} and t.lemma_.lower() in PERSON_HEADS
                                                    for t in (head, *(c for c in head.children if c.dep_ == "appos")))
                                                or one_of_a_group(head))
        if is_person(src, people) or singular_person or src.span.text.lower() in FEMININE_PRONOUNS | MASCULINE_PRONOUNS:
            return src
    return None


def _talked_about(subject: Token, pron: Token, reported: set[int], history: Sequence[Source]) -> bool:
    """Whether ``subject`` is the subject of the clause a he or she signs after a comma, and so whom the pronoun
    talks about, where someone was quoted within _SPEAKER_WINDOW characters before ("Berg said the ferry sank. The
    mayor had died of his injuries, he added."), not a speaker the parser hung in that clause ("Mr. Okafor recently
    declared that ...: “...,” he said"). With nobody quoted before, the subject is the one speaking of themselves:
    "One of the harbour pilots, Anna Berg, had seen the ship leave, she said"."""
    if subject.i not in reported or pron.i == 0 or pron.doc[pron.i - 1].text != "," \
            or subject.head.lemma_.lower() in SPEECH_VERBS:
        return False
    at = pron.doc[pron.i].idx
    for src in reversed(history):  # in the text's order: the walk back ends at the window's edge
        if src.span is None or src.span.end > at:
            continue
        return at - src.span.end <= _SPEAKER_WINDOW
    return False


def _reported_apart(subject: Token, pron: Token) -> bool:
    """Whether ``subject`` is the subject of a clause that a verb of reporting with a subject of its own reports,
    and ``pron`` stands outside that clause and speaks for another verb: what someone reported is about the
    subject, which is not who speaks next."""
    clause = next((a for a in subject.ancestors if a.dep_ == "ccomp" and a.head.lemma_.lower() in REPORTING_VERBS
                   and any(c.dep_ in {"nsubj", "nsubjpass"} for c in a.head.children)), None)
    if clause is None or clause.left_edge.i <= pron.i <= clause.right_edge.i:
        return False
    own_verb = next((a for a in pron.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return clause.head != own_verb  # "Russia has banned ..., its foreign ministry said": Russia's


def _refers_to(doc: Doc, pron: Token, noun: Token, mentions: Sequence[EntityMention], gazetteer: Gazetteer,
               history: Sequence[Source], span: TextSpan, published: dt.date | None, back: bool = False) -> Source:
    """The pronoun source ``span`` resolved as the noun phrase headed by ``noun``, which it refers (back) to."""
    end = noun_phrase_end(noun)
    if end > noun.i + 1 and doc[end - 1].tag_ == "POS":
        end -= 1  # "a lawmaker's house": the lawmaker
    base = next((src for src in reversed(history) if src.span is not None  # a source resolved before
                 and src.span.start <= noun.idx < src.span.end), None) \
        or resolve_source(doc, noun.left_edge.i, end, mentions, gazetteer, history, published)
    how = f"'{pron.text}' refers{' back' if back else ''} to {doc[noun.left_edge.i:end].text}"
    return Source(base.kind, span, base.name, base.entity_id,
                  resolved_from=f"{how}; {base.resolved_from}" if base.resolved_from else how)


def _antecedent(doc: Doc, pron: Token, mentions: Sequence[EntityMention], gazetteer: Gazetteer,
                history: Sequence[Source], span: TextSpan, published: dt.date | None) -> Source:
    """A pronoun source: first a subject earlier in the same sentence; for he or she, then the latest person
    quoted just before (``_recent_speaker``), then the nearest person named; then the latest named source."""
    personal = pron.lower_ in _PERSONAL
    plural = pron.lower_ in {"they", "them"}
    signed = quotation_before(pron) | (signed_off(pron) if plural else set())
    reported = reported_before(pron) | signed
    spoken_of = spoken_of_in_relative(pron)  # "Mr. Lucyszyn, whom he described as ...": not he
    if (reporter := reporting_speaker(pron, mentions)) is not None:  # "He added he told Biden ..., which he said ..."
        return _refers_to(doc, pron, reporter, mentions, gazetteer, history, span, published)
    same = None  # the same he or she as the subject of an earlier clause, no quotation between
    for tok in reversed(list(doc[pron.sent.start:pron.i])):
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.i in signed or personal and (
                _talked_about(tok, pron, reported, history) or tok == spoken_of):
            continue  # "“Klein was wrong,” she said": who is talked about in what she says is not she
        if tok.lower_ in PRONOUNS:
            same = tok if same is None and personal and tok.lower_ == pron.lower_ and not any(
                q.is_quote for q in doc[tok.i:pron.i]) else same
            continue
        if not personal and _reported_apart(tok, pron):
            continue  # "The UN found that Russia executed prisoners, but ... it has said ...": the UN
        m = [x for x in mentions if x.start <= tok.idx < x.end] or [
            x for c in tok.children if c.dep_ == "appos" for x in mentions if x.start <= c.idx < x.end]  # "One of
        # Germany's largest energy providers, Uniper, has used up ..., it said": the name in apposition
        if plural and tok.i not in reported and not tok.left_edge.i <= pron.i <= tok.right_edge.i \
                and is_group(tok, m):
            return _refers_to(doc, pron, tok, mentions, gazetteer, history, span, published)  # "Activists
            # accused police as they disputed the election": the activists
        if personal and not m and tok.lemma_.lower() in ROLE_HEADS:
            # "The French president has said he will ask ...": he is the president, whoever the president is;
            # "the President of Ukraine Volodymyr Zelensky" names him
            last = min(tok.right_edge.i + 1, pron.i)
            base = resolve_source(doc, tok.left_edge.i, last, mentions, gazetteer, history, published)
            how = f"'{pron.text}' refers to {doc[tok.left_edge.i:last].text}"
            return Source(base.kind, span, base.name, base.entity_id,
                          resolved_from=f"{how}; {base.resolved_from}" if base.resolved_from else how)
        ok = (m and (m[0].label == "PERSON") == personal and not other_gender(pron, m[0].text)) or (
            not personal and tok.lemma_.lower() in ANAPHOR_HEADS)  # "Catherine Gomes lived there, he said": not she
        if ok:
            if m:
                base = mention_source(gazetteer, m[0], span)
                return Source(base.kind, span, base.name, base.entity_id,
                              resolved_from=f"'{pron.text}' refers to {m[0].text}")
            np_start = tok.left_edge.i
            return Source(SourceKind.NAMED, span, doc[np_start:tok.i + 1].text, None,
                          resolved_from=f"'{pron.text}' refers to {doc[np_start:tok.i + 1].text}")
    if pron.lower_ in {"we", "i"} and not in_someones_voice(doc, pron):  # "We must ..." in an op-ed: the writer
        return Source(SourceKind.VAGUE, span, span.text, None, resolved_from="pronoun without an antecedent")
    if personal:  # inside a quotation, "he" is someone the speaker talks about, not the speaker
        people = [m for m in mentions if m.label == "PERSON" and m.end <= pron.idx]
        ruled_out = frozenset(called_otherwise(doc, pron, people, history) | addressed(pron, mentions))
        if same is not None:  # whom the sentence is about, not whom it names between ("he bragged about King and he")
            base = _antecedent(doc, same, mentions, gazetteer, history, _text_span(doc, same.i, same.i + 1), published)
            if surname_key(base.name or "") not in ruled_out:
                return Source(base.kind, span, base.name, base.entity_id,
                              resolved_from=f"'{pron.text}' is the '{same.text}' before it; {base.resolved_from}")
        noun = person_noun_before(doc, pron, people)
        if noun is not None:
            return _refers_to(doc, pron, noun, mentions, gazetteer, history, span, published)
        subject = previous_person(doc, pron, people, ruled_out, history)
        quoted = inside_quotation(doc, pron)
        speaker = mention_source(gazetteer, subject, TextSpan(subject.start, subject.end, subject.text)) \
            if subject is not None else None if quoted else _recent_speaker(
                doc, pron, people, ruled_out, gazetteer, history, reported)
        # inside a quotation, the latest person quoted is the one speaking, never the "he" they talk about; outside
        # one, a person named only inside a quotation is talked about, not speaking
        latest = _from_history(history) if not quoted else None
        before = doc[min(reported)].idx if reported else None
        ant = speaker or _from_mentions(mentions if quoted else unquoted_near(doc, pron, mentions), gazetteer, span,
                                        True, ruled_out, before) or (
            latest if latest is not None and surname_key(latest.name or "") not in ruled_out
            and _could_be_someone(doc, latest, mentions, people, gazetteer) else None)
    else:
        topic = previous_topic(doc, pron, mentions) if pron.lower_ in {"it", "its"} else \
            previous_group(doc, pron, mentions) if plural else None
        if topic is not None:  # "The report covers 15 months. It also documents ...": the report
            return _refers_to(doc, pron, topic, mentions, gazetteer, history, span, published, back=True)
        group = recent_group(doc, pron, mentions, gazetteer, history) if plural else None
        if group is not None:  # "Western officials fear ... , they worry": the officials
            return Source(group.kind, span, group.name, group.entity_id,
                          resolved_from=f"'{pron.text}' refers back to {group.name}")
        person_ids = frozenset(m.entity_id for m in mentions if m.label == "PERSON" and m.end <= pron.idx)
        # "it" is no person quoted before it
        skip = partial(_a_person, people=person_ids, gazetteer=gazetteer) if pron.lower_ in {"it", "its"} else None
        ant = _from_history(history, skip) or _from_mentions(mentions, gazetteer, span, False)
        if plural and ant is not None and _a_person(ant, person_ids, gazetteer) and several_only(doc, ant) is None:
            ant = None  # "Sashko says he and Antonina ... And they helped ...": not Sashko alone, whoever they are
    if ant is not None:
        return Source(ant.kind, span, ant.name, ant.entity_id, resolved_from=f"'{pron.text}' refers back to {ant.name}")
    return Source(SourceKind.VAGUE, span, span.text, None, resolved_from="pronoun without an antecedent")
