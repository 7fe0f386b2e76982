"""Who a source span refers to: named entities, metonyms, vague sources, pronouns, nominal anaphors and role
phrases ("the French president")."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from ..model import EntityMention, Source, SourceKind, TextSpan
from ..resolve.gazetteer import Gazetteer, Tenure
from ..resolve.match import alias_key, local_entity_id, names_a_body, surname_key, surname_owner
from .lexicon import (
    ANAPHOR_HEADS,
    DOCUMENT_NOUNS,
    INSTITUTION_HEADS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_HEADS,
    VAGUE_HEADS,
)

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
                   history: Sequence[Source], published: dt.date | None = None) -> Source:
    """Resolve the source noun phrase doc[start:end] to a Source. ``history``: earlier sources, oldest first;
    ``published``: the day the document came out, which tells who held a post it names by title."""
    span = _text_span(doc, start, end)
    head = _head(doc, start, end)
    inside = [m for m in mentions if m.start < span.end and span.start < m.end
              and (m.end <= span.end or m.in_gazetteer)]  # an NER span running past the source names nothing
    on_head = [m for m in inside if m.start <= head.idx < m.end]
    if head.lower_ in PRONOUNS:
        return _antecedent(doc, head, mentions, gazetteer, history, span, published)
    if head.lower_ in _RELATIVE and head.head.dep_ == "relcl" and end - start == 1:
        noun = head.head.head
        left, right = noun.left_edge.i, head.head.left_edge.i
        while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
            right -= 1
        if right > left:
            base = resolve_source(doc, left, right, mentions, gazetteer, history, published)
            return Source(base.kind, span, base.name, base.entity_id,
                          resolved_from=f"'{head.text}' refers to {doc[left:right].text}")
    if on_head:
        return _mention_source(gazetteer, on_head[0], span)
    lemma = head.lemma_.lower()
    titled = _person_in_apposition(doc, head, inside) \
        if head.pos_ == "NOUN" or lemma in ROLE_HEADS | PERSON_NOUNS else None
    if titled is not None:  # "Mr Putin's spokesman, Dmitry Peskov,", "Drueke's mother, Lois Drueke,"
        return _mention_source(gazetteer, titled, span)
    if lemma in ROLE_HEADS or head.lower_ in ROLE_HEADS:
        closing = _name_closing_role_phrase(doc, start, end, head, inside)
        if isinstance(closing, EntityMention):
            return _mention_source(gazetteer, closing, span)
        if closing is not None:
            owner = surname_owner(mentions, closing)
            return Source(SourceKind.NAMED, span, owner[1] if owner else closing,
                          owner[0] if owner else local_entity_id("PERSON", closing))
    determiners = {t.lower_ for t in doc[start:head.i]}
    if doc[start].lower_ == "the" and (lemma in ROLE_HEADS or head.lower_ in ROLE_HEADS) \
            and not _names_someone(doc, start, end, inside):
        earlier = _same_head(doc, head, span, history, gazetteer) or _titled_person(
            doc, start, end, inside, mentions, gazetteer, history, published)
        if earlier is not None:
            return Source(earlier.kind, span, earlier.name, earlier.entity_id,
                          resolved_from=f"'{span.text}' refers back to {earlier.name}")
    has_name = any(t.pos_ == "PROPN" for t in doc[start:end])
    if lemma in ANAPHOR_HEADS | DOCUMENT_NOUNS and determiners & {"the", "this", "that", "its", "their"} \
            and not has_name and not inside:
        ant = _same_head(doc, head, span, history, gazetteer) or _from_history(history) \
            or _from_mentions(mentions, gazetteer, span, personal=False)
        if ant is not None:
            return Source(ant.kind, span, ant.name, ant.entity_id,
                          resolved_from=f"'{span.text}' refers back to {ant.name}")
    owned = bool(inside) or has_name
    if lemma in VAGUE_HEADS or head.lower_ in VAGUE_HEADS or (
            (lemma in INSTITUTION_HEADS or head.lower_ in INSTITUTION_HEADS) and not owned):
        return Source(SourceKind.VAGUE, span, span.text, None)
    if owned or head.ent_type_ in {"PERSON", "ORG"} or lemma in INSTITUTION_HEADS | ROLE_HEADS:
        name = _strip_determiner(span.text)
        # a surname the tagger did not mark: "Lind told reporters ..." after "Oksana Lind, head of the board"
        owner = surname_owner(mentions, name) if " " not in name else None
        if owner is not None:
            return Source(SourceKind.NAMED, span, owner[1], owner[0])
        return Source(SourceKind.NAMED, span, name, local_entity_id(head.ent_type_ or "ORG", name))
    return Source(SourceKind.VAGUE, span, span.text, None)


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens under the characters start:end of a mention or a source span, or None if there are none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _owner(doc: Doc, mention: EntityMention) -> bool:
    """A name in the possessive: "Mr Putin's" in "Mr Putin's spokesman"."""
    name = _tokens(doc, mention.start, mention.end)
    return name is not None and (name.root.dep_ == "poss" or name.end < len(doc) and doc[name.end].tag_ == "POS")


def _person_in_apposition(doc: Doc, head: Token, inside: Sequence[EntityMention]) -> EntityMention | None:
    """The person a noun phrase names in apposition to its head noun, not an owner or a complement: Peskov in
    "Mr Putin's spokesman, Dmitry Peskov,", Lois Drueke in "Drueke's mother, Lois Drueke,", nobody in "a military
    adviser to Volodymyr Zelenskiy". Beside a role noun, a name the entity recogniser took for an organisation and
    the gazetteer does not know counts too ("The Ukrainian president, Volodymyr Zelenskiy,")."""
    if head.tag_ in {"NNS", "NNPS"} or any(m.label == "PERSON" and m.start < head.idx and not _owner(doc, m)
                                           for m in inside):
        return None  # "the US senators Lindsey Graham and Richard Blumenthal"; "Andriy Yermak, adviser to ..."
    role = head.lemma_.lower() in ROLE_HEADS | PERSON_NOUNS
    for m in reversed(inside):
        name = _tokens(doc, m.start, m.end)
        if name is None or name.start <= head.i:
            continue
        root = name.root
        beside = root.dep_ in {"appos", "compound"} and root.head.i == head.i  # "spokesman, Dmitry Peskov"
        titled = head.dep_ == "compound" and head.head.i == root.i  # "Ambassador Linda Thomas-Greenfield"
        if m.label == "PERSON" and (beside or titled) or role and m.label == "ORG" and not m.in_gazetteer \
                and root.dep_ == "appos" and root.head.i == head.i:
            return m
    return None


def _role_words(tokens: Iterable[Token], gazetteer: Gazetteer) -> tuple[set[str], set[str]]:
    """The role nouns ("president", "minister") and the other words that qualify them ("foreign") in a title or a
    role phrase, lower-cased; articles, possessive marks and punctuation left out. A word that names a state the
    gazetteer knows stands for the state, "@" and its id, however it is written: "Ukraine's", "Ukrainian" and
    "Україна" are all "@ua"."""
    tokens = list(tokens)
    roles = {t.lemma_.lower() for t in tokens if t.lemma_.lower() in ROLE_HEADS or t.lower_ in ROLE_HEADS}
    qualifiers = {_qualifier(t, gazetteer) for t in tokens if t.pos_ in {"ADJ", "PROPN", "NOUN"}
                  and t.lemma_.lower() not in ROLE_HEADS and t.lower_ not in ROLE_HEADS}
    return roles, qualifiers


def _qualifier(tok: Token, gazetteer: Gazetteer) -> str:
    """A word of a role phrase, or "@" and the id of the state it names, alone or in a name ("United Kingdom")."""
    ent = gazetteer.get(tok.ent_id_)
    if ent is None and tok.ent_type_ in {"GPE", "NORP"}:
        doc, start, end = tok.doc, tok.i, tok.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        ent = gazetteer.lookup(doc[start:end].text)
    ent = ent or gazetteer.lookup(tok.text)
    return "@" + ent.id if ent is not None and ent.type == "state" else tok.lower_


def _titles(doc: Doc, mention: EntityMention, gazetteer: Gazetteer) -> tuple[set[str], set[str]]:
    """The role words the text gives a person where it names them: "Russian President Vladimir Putin", "Oksana
    Markarova, Ukraine's ambassador,", "Ukraine's ambassador, Oksana Markarova"."""
    span = _tokens(doc, mention.start, mention.end)
    if span is None:
        return set(), set()
    name_head = span.root
    tokens = list(doc[name_head.left_edge.i:span.start])
    for tok in name_head.children:
        if tok.dep_ == "appos":
            tokens += list(doc[tok.left_edge.i:tok.right_edge.i + 1])
    if name_head.dep_ == "appos" and name_head.head.lemma_.lower() in ROLE_HEADS:
        owner = name_head.head
        tokens += list(doc[owner.left_edge.i:owner.i + 1])
    return _role_words(tokens, gazetteer)


_WINDOW = 1500  # how many characters back a role phrase looks for the source or person it refers to


def _name_closing_role_phrase(doc: Doc, start: int, end: int, head: Token, inside: Sequence[EntityMention]
                              ) -> EntityMention | str | None:
    """The person a role phrase names at its very end, after what the role is of: Joe Biden in "the President of
    the United States Joe Biden", Anatoly Antonov in "Russia's ambassador to the US Anatoly Antonov". The name
    follows a comma, a name, a body's name or a title ("... of Ukraine General Oleksandr Syrski"), never a
    preposition ("a military adviser to Volodymyr Zelenskiy" is the adviser). Unless a comma sets it off, no verb
    and no other person stands between it and the role ("the head of the Commission, who met French President
    Emmanuel Macron", "the President of the Commission, Ursula von der Leyen, and Brazilian leader Lula"). A person
    mention when the tagger found one; else two to four capitalised proper nouns outside every other mention;
    else None."""
    if head.tag_ in {"NNS", "NNPS"}:
        return None  # "Several African leaders, most notably South Africa's president, Cyril Ramaphosa,"
    last = end
    while last > start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    people = [m for m in inside if m.label == "PERSON" and m.end == doc[last - 1].idx + len(doc[last - 1])]
    others = [m for m in inside if m.label != "PERSON"]  # a first name the tagger left out: "Alar [Karis]"
    name: EntityMention | str | None = None
    first = last
    span = _tokens(doc, people[0].start, people[0].end) if people else None
    if span is not None and span.start > head.i + 1 and _closes_a_phrase(doc[span.start - 1], inside):
        name, first = people[0], span.start
    else:
        while first > head.i + 1 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() \
                and not _closes_a_phrase(doc[first - 1], others, within=True):
            first -= 1
        if 2 <= last - first <= 4 and _closes_a_phrase(doc[first - 1], others):
            name = doc[first:last].text
    if name is None or doc[first - 1].text == ",":
        return name
    between = doc[head.i + 1:first]
    if any(t.pos_ in {"VERB", "AUX"} for t in between) or any(
            m.label == "PERSON" and between.start_char <= m.start < between.end_char for m in inside):
        return None
    return name


def _closes_a_phrase(tok: Token, mentions: Sequence[EntityMention], within: bool = False) -> bool:
    """Whether a name may start after ``tok``: a comma, the last word of one of the ``mentions`` ("... the United
    States| Joe Biden"), of a body's name ("... Security Council| Dmitry Medvedev") or a title ("General|").
    ``within``: any word of a mention counts, for a name walked back word by word."""
    in_mention = any((m.start <= tok.idx < m.end) if within else (m.end == tok.idx + len(tok)) for m in mentions)
    return tok.text == "," or in_mention or tok.lower_ in ROLE_HEADS or names_a_body(tok.text)


def _names_someone(doc: Doc, start: int, end: int, inside: Sequence[EntityMention]) -> bool:
    """A role phrase that carries a name of its own ("the city's mayor, Oleksandr Striuk,"): a person mention, or
    a proper noun that is neither a title word nor part of a place or organisation ("the US President", "the
    Kremlin spokesman" name nobody)."""
    if any(m.label == "PERSON" for m in inside) or any(t.dep_ == "appos" and t.pos_ == "PROPN"
                                                         for t in doc[start:end]):
        return True
    return any(t.pos_ == "PROPN" and t.lemma_.lower() not in ROLE_HEADS and t.lower_ not in ROLE_HEADS
               and not any(m.start <= t.idx < m.end for m in inside) for t in doc[start:end])


def _same_head(doc: Doc, head: Token, span: TextSpan, history: Sequence[Source], gazetteer: Gazetteer
               ) -> Source | None:
    """"A spokesman for the local police said ... The spokesman specified ...": the latest source within _WINDOW
    with the same head noun is the one meant, named or not, however it was resolved."""
    for src in reversed(history):
        if src.span is None or span.start - src.span.end > _WINDOW:
            return None
        earlier = _tokens(doc, src.span.start, src.span.end)
        if earlier is not None and earlier.root.lemma_.lower() == head.lemma_.lower():
            # "the Ukrainian foreign minister" is not "Ukraine's deputy prime minister" said before
            if not _role_words(doc[head.left_edge.i:head.i], gazetteer)[1] <= \
                    _role_words(earlier, gazetteer)[1] | {t.lower_ for t in earlier}:
                return None
            return src if src.kind in {SourceKind.NAMED, SourceKind.OUTLET, SourceKind.VAGUE} else None
    return None


def _is_person(src: Source, people: Sequence[EntityMention]) -> bool:
    """A named source the text tags as a person: on its own span, or, for a resolved pronoun, by surname."""
    if src.kind != SourceKind.NAMED or not src.name or src.span is None:
        return False
    if src.resolved_from is None:
        return any(m.start < src.span.end and src.span.start < m.end for m in people)
    return any(surname_key(m.name) == surname_key(src.name) for m in people)


_GENERIC_ROLES = frozenset({"head", "leader", "chief"})  # "the Belarusian leader" fits any title


def _titled_person(doc: Doc, start: int, end: int, inside: Sequence[EntityMention],
                   mentions: Sequence[EntityMention], gazetteer: Gazetteer, history: Sequence[Source],
                   published: dt.date | None) -> Source | None:
    """The person a definite role phrase ("the French president", "the minister") refers back to, within _WINDOW
    characters. First the latest person quoted there, then the latest person named there, whose title fits the
    phrase: the text gave them that role ("Russian President Vladimir Putin", or an earlier "the Russian president"
    resolved to them) and no qualifier that contradicts it. Failing that, a bare phrase ("the president", "the
    minister") may stand for the latest person quoted if the text never gave them a title. A phrase that
    describes rather than refers ("the governor of Zaporizhzhia", "the country's space chief", "the Kremlin
    spokesman", "the former president") needs a fitting title. None when nobody fits: "the regional governor
    said" opening a story names a new source."""
    roles, qualifiers = _role_words(doc[start:end], gazetteer)
    at = doc[start].idx
    people = [m for m in mentions if m.label == "PERSON" and m.end <= at]
    speakers: list[Source] = []  # the people quoted within _WINDOW, latest first
    for src in reversed(history):
        if src.span is not None and at - src.span.end > _WINDOW:
            break
        if _is_person(src, people):
            speakers.append(src)
    nearby = [m for m in reversed(people) if at - m.end <= _WINDOW]  # the people named within _WINDOW, latest first
    # what the text has said each of them is, up to here: titles where they are named, and role phrases already
    # resolved to them ("the Russian president" -> Putin)
    known: dict[str, tuple[set[str], set[str]]] = {
        surname_key(name): (set(), set()) for name in [src.name or "" for src in speakers] + [m.name for m in nearby]}

    def learn(name: str, words: tuple[set[str], set[str]]) -> None:
        entry = known.get(surname_key(name))
        if entry is not None:
            entry[0].update(words[0])
            entry[1].update(words[1])

    for m in people:
        if surname_key(m.name) in known:
            learn(m.name, _titles(doc, m, gazetteer))
    for src in history:
        phrase = _tokens(doc, src.span.start, src.span.end) if src.span is not None and src.resolved_from else None
        if phrase is not None and src.name and phrase.root.lemma_.lower() in ROLE_HEADS:
            learn(src.name, _role_words(phrase, gazetteer))
    role_head = _head(doc, start, end)
    describes = any(m.label not in {"GPE", "NORP", "LOC"} for m in inside) or "former" in qualifiers \
        or any(c.dep_ in {"prep", "poss"} for c in role_head.children)

    def titled(name: str) -> bool:
        their_roles, their_qualifiers = known.get(surname_key(name), (set(), set()))
        if not their_roles or not (roles & their_roles or roles & _GENERIC_ROLES and not describes):
            return False
        if "former" in qualifiers and "former" not in their_qualifiers:
            return False
        return not qualifiers - {"former"} or not their_qualifiers or bool(qualifiers & their_qualifiers)

    for src in speakers:
        if titled(src.name or ""):
            return src
    for m in nearby:
        if titled(m.name):
            return _mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    if published is not None:  # a post the text never gave them: "Emmanuel Macron said ... The French president"
        # the post tells a person too where the tagger took the name for an organisation ("Zelenskiy", "Lavrov")
        for src in reversed(history):
            if src.span is not None and at - src.span.end > _WINDOW:
                break
            if src.kind == SourceKind.NAMED and _in_office(gazetteer, src.name or "", roles, qualifiers, published):
                return src
        for m in reversed(mentions):
            named = m.label == "PERSON" or m.label == "ORG" and not m.in_gazetteer
            if named and m.end <= at and at - m.end <= _WINDOW \
                    and _in_office(gazetteer, m.name, roles, qualifiers, published):
                return _mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    if speakers and not describes and not qualifiers and not known.get(surname_key(speakers[0].name or ""),
                                                                        (set(), set()))[0]:
        return speakers[0]
    return None


def _in_office(gazetteer: Gazetteer, name: str, roles: set[str], qualifiers: set[str], day: dt.date) -> bool:
    """Whether the person ``name`` held, on ``day``, a post the gazetteer records and the role phrase fits: its
    roles are the post's ("the Russian president", not "the deputy prime minister" for the prime minister), its
    other words are the post's words or its state's, and it says "former" exactly when the term had ended."""
    tenures = [t for t in gazetteer.tenures_of(name) if _same_holder(t, name) and t.start <= day]
    holding = {(t.of, t.titles) for t in tenures if t.held_on(day)}  # Putin is no former president in 2022
    for tenure in tenures:
        if ("former" in qualifiers) == ((tenure.of, tenure.titles) in holding):
            continue
        # the words naming the post's state or body: "@ua" for "Ukrainian", "nato" and "u.n." as they are written
        words = {w for w in qualifiers - {"former"} if w != f"@{tenure.of}" and not _names(gazetteer, w, tenure.of)}
        for title in tenure.titles:
            title_roles = {w for w in title if w in ROLE_HEADS}
            if roles and roles <= title_roles and words <= set(title) - title_roles:
                return True
    return False


def _names(gazetteer: Gazetteer, word: str, entity_id: str | None) -> bool:
    found = gazetteer.lookup(word) if entity_id else None
    return found is not None and found.id == entity_id


def _same_holder(tenure: Tenure, name: str) -> bool:
    """Whether a name with the holder's surname is the holder: "Johnson" and "Boris Johnson" may be, "Gary
    Johnson" is not. A first word that is not an honorific must be one of the holder's names."""
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 2 or words[0].lower() in _HONORIFICS:
        return True
    return alias_key(words[0]) in {alias_key(w) for w in tenure.holder.split()}


def _strip_determiner(text: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(det):
            return text[len(det):]
    return text


def _could_be_someone(doc: Doc, src: Source, mentions: Sequence[EntityMention], gazetteer: Gazetteer) -> bool:
    """Whether a source may be the "he" or "she" that refers back to it: a person the tagger found, a role or a
    person noun ("the analyst"), or a name of one to four capitalised words ("Scholz", "Anna Berg") that is neither
    an acronym, a body's name, a place nor one the gazetteer knows ("RIA", "Armed Forces of Ukraine", "Latvia",
    "Russia"), and has no digit ("Nord Stream 2")."""
    if _is_person(src, [m for m in mentions if m.label == "PERSON"]):
        return True
    known = gazetteer.get(src.entity_id)
    if known is not None:
        return known.label == "PERSON"
    if src.span is None:
        return False
    if any(m.label in {"GPE", "LOC"} and m.start <= src.span.start and src.span.end <= m.end for m in mentions) \
            and surname_owner(mentions, src.name or "") is None:
        return False  # a place, unless the tagger took a surname for one: "Scholz" after "Olaf Scholz"
    phrase = _tokens(doc, src.span.start, src.span.end)
    if phrase is not None and (phrase.root.lemma_.lower() in ROLE_HEADS | PERSON_NOUNS):
        return True
    words = (src.name or "").split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and not any(ch.isdigit() for ch in w) for w in words) \
        and not (len(words) == 1 and words[0].isupper()) and not names_a_body(src.name or "")


def _from_history(history: Sequence[Source]) -> Source | None:
    """The latest named source; persons and organisations are not told apart here."""
    for src in reversed(history):
        if src.kind not in {SourceKind.NAMED, SourceKind.OUTLET} or src.entity_id is None:
            continue
        return src
    return None


def _from_mentions(mentions: Sequence[EntityMention], gazetteer: Gazetteer, span: TextSpan,
                   personal: bool, ruled_out: frozenset[str] = frozenset()) -> Source | None:
    """The nearest earlier person (for he/she) or organisation mention, within a few sentences; none of the
    people ``ruled_out`` (``surname_key``)."""
    wanted = {"PERSON"} if personal else {"ORG"}
    for m in reversed(mentions):
        if m.end > span.start or span.start - m.end > 600:
            continue
        if m.label in wanted and surname_key(m.name) not in ruled_out:
            return _mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    return None


_SPEAKER_WINDOW = 600  # characters back, about a paragraph, that "he said" looks for the person last quoted
_FEMININE, _MASCULINE = frozenset({"she", "her"}), frozenset({"he", "his"})
_PARAGRAPH = 400  # tokens back that a pronoun looks for the quotation mark that opened its quotation
_GENDER_WINDOW = 5000  # characters back that an honorific or an earlier he or she tells a person's gender
_HONORIFICS = {"mr": _MASCULINE, "mr.": _MASCULINE, "ms": _FEMININE, "ms.": _FEMININE, "mrs": _FEMININE,
               "mrs.": _FEMININE, "miss": _FEMININE}


def _called_otherwise(doc: Doc, pron: Token, people: Sequence[EntityMention], history: Sequence[Source]) -> set[str]:
    """The people (``surname_key``) the text has already shown not to be this pronoun: "Mr. Sunak" is not a she,
    and a source resolved from "she" is not a he."""
    other = _MASCULINE if pron.lower_ in _FEMININE else _FEMININE
    since = doc[pron.i].idx - _GENDER_WINDOW
    keys: set[str] = set()
    for src in reversed(history):
        if src.span is not None and src.span.start < since:
            break
        if src.span is not None and src.span.text.lower() in other and src.resolved_from:
            keys.add(surname_key(src.name or ""))
    for m in people:
        if m.start < since:
            continue
        name = _tokens(doc, m.start, m.end)
        if name is not None and (_HONORIFICS.get(name[0].lower_) == other
                                 or name.start > 0 and _HONORIFICS.get(doc[name.start - 1].lower_) == other):
            keys.add(surname_key(m.name))
    return keys


def _inside_quotation(doc: Doc, pron: Token) -> bool:
    """Whether a quotation opened earlier in the pronoun's paragraph (up to _PARAGRAPH tokens back) is still open at
    the pronoun."""
    opened = closed = straight = 0
    for tok in reversed(doc[max(0, pron.i - _PARAGRAPH):pron.i]):
        if "\n" in tok.text or "\n" in tok.whitespace_:
            break
        opened += tok.text.count("“") + tok.text.count("«") + (tok.text == "``")
        closed += tok.text.count("”") + tok.text.count("»") + (tok.text == "''")
        straight += tok.text.count('"')
    return opened > closed or straight % 2 == 1


def _reported_before(pron: Token) -> set[int]:
    """The tokens of what a trailing cue reports: in "For Putin, regaining control is a priority, he pointed out",
    the clause before "he"."""
    cue = pron.head
    out: set[int] = set()
    for child in cue.children:
        if child.dep_ in {"ccomp", "parataxis", "dobj", "xcomp"} and child.i < pron.i:
            out.update(range(child.left_edge.i, child.right_edge.i + 1))
    return out


def _recent_speaker(doc: Doc, pron: Token, people: Sequence[EntityMention], ruled_out: frozenset[str],
                    gazetteer: Gazetteer, history: Sequence[Source]) -> Source | None:
    """"Skibitsky said ... He warned that ...": the person a he or she most likely is, from the people named
    earlier in its own sentence outside what it reports ("In a statement by the prime minister, Mateusz
    Morawiecki, he said: ..."), then from the sources within _SPEAKER_WINDOW characters: the latest that is a
    person (tagged as one, a role or a person noun in the singular such as "the analyst", or itself a he or she).
    People only mentioned in what was said ("For Putin, regaining control is a priority, he pointed out") are
    passed over, and so is anyone ``ruled_out`` (``_called_otherwise``). ``people``: the person mentions before
    the pronoun."""
    at = doc[pron.i].idx
    reported = _reported_before(pron)
    sentence_start = doc[pron.sent.start].idx
    for m in reversed(people):
        if m.start < sentence_start:
            break
        name = _tokens(doc, m.start, m.end)
        if name is not None and name.root.i not in reported and surname_key(m.name) not in ruled_out:
            return _mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    for src in reversed(history):
        if src.span is None or at - src.span.end > _SPEAKER_WINDOW:
            return None
        if src.kind not in {SourceKind.NAMED, SourceKind.VAGUE} or surname_key(src.name or "") in ruled_out:
            continue
        phrase = _tokens(doc, src.span.start, src.span.end)
        head = phrase.root if phrase is not None else None
        singular_person = head is not None and head.tag_ in {"NN", "NNP"} and (
            head.lemma_.lower() in ROLE_HEADS or head.lemma_.lower() in PERSON_NOUNS)
        if _is_person(src, people) or singular_person or src.span.text.lower() in _FEMININE | _MASCULINE:
            return src
    return None


def _antecedent(doc: Doc, pron: Token, mentions: Sequence[EntityMention], gazetteer: Gazetteer,
                history: Sequence[Source], span: TextSpan, published: dt.date | None) -> Source:
    """A pronoun source: first a subject earlier in the same sentence; for he or she, then the latest person
    quoted just before (``_recent_speaker``), then the nearest person named; then the latest named source."""
    personal = pron.lower_ in _PERSONAL
    for tok in reversed(list(doc[pron.sent.start:pron.i])):
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lower_ in PRONOUNS:
            continue
        m = [x for x in mentions if x.start <= tok.idx < x.end]
        if personal and not m and tok.lemma_.lower() in ROLE_HEADS:
            # "The French president has said he will ask ...": he is the president, whoever the president is;
            # "the President of Ukraine Volodymyr Zelensky" names him
            last = min(tok.right_edge.i + 1, pron.i)
            base = resolve_source(doc, tok.left_edge.i, last, mentions, gazetteer, history, published)
            how = f"'{pron.text}' refers to {doc[tok.left_edge.i:last].text}"
            return Source(base.kind, span, base.name, base.entity_id,
                          resolved_from=f"{how}; {base.resolved_from}" if base.resolved_from else how)
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
    if personal:  # inside a quotation, "he" is someone the speaker talks about, not the speaker
        people = [m for m in mentions if m.label == "PERSON" and m.end <= pron.idx]
        ruled_out = frozenset(_called_otherwise(doc, pron, people, history))
        speaker = None if _inside_quotation(doc, pron) else _recent_speaker(doc, pron, people, ruled_out, gazetteer,
                                                                             history)
        latest = _from_history(history)
        ant = speaker or _from_mentions(mentions, gazetteer, span, True, ruled_out) or (
            latest if latest is not None and _could_be_someone(doc, latest, mentions, gazetteer) else None)
    else:
        ant = _from_history(history) or _from_mentions(mentions, gazetteer, span, False)
    if ant is not None:
        return Source(ant.kind, span, ant.name, ant.entity_id,
                      resolved_from=f"'{pron.text}' refers back to {ant.name}")
    return Source(SourceKind.VAGUE, span, span.text, None, resolved_from="pronoun without an antecedent")
