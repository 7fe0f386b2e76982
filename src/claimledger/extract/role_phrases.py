"""Role phrases as sources: "the French president", "the President of the United States Joe Biden", "the
spokesman". Which person a role phrase names or refers back to, from the titles the text gives people, from the
gazetteer's offices on the day of publication, and from a name the phrase ends in; and the small helpers the
source resolver shares with it (``sources.py``)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from ..model import EntityMention, Source, SourceKind, TextSpan
from ..resolve.gazetteer import Gazetteer, Tenure
from ..resolve.given_names import given_names
from ..resolve.match import alias_key, names_a_body, reads_as_person, surname_key, usual_label
from .lexicon import HONORIFICS, OCCUPATION_HEADS, PERSON_HEADS, POLITICIAN, ROLE_HEADS


def phrase_head(doc: Doc, start: int, end: int) -> Token:
    """The syntactic head of a phrase; determiners and punctuation the parser hung outside never count. An owner
    marked by "'s" is never the head of what it owns, where the parser made it so ("Moskalyov's then 12-year-old
    daughter Masha", with the daughter hung on her father as an apposition): the head is sought after the mark."""
    for tok in doc[start:end]:
        if tok.pos_ in {"DET", "PUNCT", "ADP", "PART"}:
            continue
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            mark = next((c for c in tok.rights if possessive_mark(c) and c.i + 1 < end), None)
            return phrase_head(doc, mark.i + 1, end) if mark is not None else tok
    return doc[end - 1]


def possessive_mark(tok: Token) -> bool:
    """An "'s" that marks an owner, whatever the tagger made of it (an adverb, now and then, before a noun)."""
    return tok.tag_ == "POS" or tok.lower_ in {"'s", "’s"} and tok.i + 1 < len(tok.doc) \
        and tok.nbor().pos_ not in {"VERB", "AUX"}


def strip_determiner(text: str) -> str:
    """A phrase without the article it opens with: "the Kremlin" is named "Kremlin"."""
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(det):
            return text[len(det):]
    return text


def own_name(doc: Doc, head: Token, start: int) -> str | None:
    """The proper name a source's phrase is headed on, without what the phrase adds to it: "Volodymyr Zelenskiy"
    in "Volodymyr Zelenskiy, the Ukrainian president,"."""
    if head.pos_ != "PROPN":
        return None
    first = head.i
    while first - 1 >= start and doc[first - 1].dep_ == "compound" and (
            doc[first - 1].pos_ == "PROPN" or doc[first - 1].text in given_names()):
        first -= 1  # and a given name the tagger took for an adjective: "Oleksii Vlasenko"
    last = head.i
    while last > first and doc[last].ent_type_ in {"DATE", "TIME"}:
        last -= 1  # "prime minister Viktor Orban Saturday", which the parser heads on the day
    return doc[first:last + 1].text


def mention_source(gazetteer: Gazetteer, mention: EntityMention, span: TextSpan) -> Source:
    speaker = gazetteer.speaker(mention.entity_id)
    if speaker is not None and speaker.id != mention.entity_id:
        return Source(SourceKind.NAMED, span, speaker.name, speaker.id,
                      resolved_from=f"metonym: {mention.text} speaks for {speaker.name}")
    kind = SourceKind.OUTLET if speaker is not None and speaker.type == "outlet" else SourceKind.NAMED
    return Source(kind, span, mention.name, mention.entity_id)


def entity_label(entity_id: str | None, mentions: Sequence[EntityMention], gazetteer: Gazetteer) -> str | None:
    """What an entity is: the gazetteer's label where it knows it, else the label the recogniser gave it most often in
    the document (``usual_label``)."""
    known = gazetteer.get(entity_id)
    return known.label if known is not None else usual_label(entity_id, mentions)


def tokens_under(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens under the characters start:end of a mention or a source span, or None if there are none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


_MINISTRY_WORDS = frozenset({"diplomacy", "ministry"})  # what a minister heads: "the head of Russian diplomacy"


def _role_words(tokens: Iterable[Token], gazetteer: Gazetteer) -> tuple[set[str], set[str]]:
    """The role nouns ("president", "minister") and the other words that qualify them ("foreign") in a title or a
    role phrase, lower-cased; articles, possessive marks and punctuation left out. A word that names a state the
    gazetteer knows stands for the state, "@" and its id, however it is written: "Ukraine's", "Ukrainian" and
    "Україна" are all "@ua"."""
    tokens = list(tokens)
    heads = ROLE_HEADS | OCCUPATION_HEADS
    of_state = {t.i for t in tokens if _of_state(t)}  # "the head of state" is the president: "state" is no qualifier
    # "the head of Russian diplomacy", "the head of the Russian Ministry of Foreign Affairs" are ministers
    ministries = {t.i: m for t in tokens if (m := _headed(t)) is not None and m.lemma_.lower() in _MINISTRY_WORDS}
    headed_words = {m.i for m in ministries.values()}
    roles = {"president" if t.i in of_state else "minister" if t.i in ministries else t.lemma_.lower()
             for t in tokens if t.lemma_.lower() in heads or t.lower_ in heads}
    qualifiers = {_qualifier(t, gazetteer) for t in tokens if t.pos_ in {"ADJ", "PROPN", "NOUN"}
                  and t.lemma_.lower() not in heads and t.lower_ not in heads and t.i not in headed_words
                  and not (t.lower_ == "state" and t.head.head.i in of_state)}
    if any(m.lower_ == "diplomacy" for m in ministries.values()):
        qualifiers.add("foreign")  # a state's diplomacy is its foreign ministry's
    return roles, qualifiers


def _of_state(head: Token) -> bool:
    """"head of state", as news names a president (a monarch, seldom so named, is left to other words)."""
    headed = _headed(head)
    return head.lower_ == "head" and headed is not None and headed.lower_ == "state"


def _headed(head: Token) -> Token | None:
    """What a "head of" or a "chief of" names: "state" in "head of state", "diplomacy" in "the head of Russian
    diplomacy", "Ministry" in "the head of the Hungarian Ministry of Foreign Affairs" (which news translated from
    some languages writes for a minister)."""
    if head.lower_ not in {"head", "chief"}:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


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
    span = tokens_under(doc, mention.start, mention.end)
    if span is None:
        return set(), set()
    name_head = span.root
    tokens = list(doc[name_head.left_edge.i:span.start])
    for tok in name_head.children:
        if tok.dep_ == "appos":
            tokens += list(doc[tok.left_edge.i:tok.right_edge.i + 1])
    if name_head.dep_ == "appos" and name_head.head.lemma_.lower() in ROLE_HEADS:
        owner = name_head.head  # with what the post is of: "the head of the Russian Ministry of Foreign Affairs
        # Sergei Lavrov" is no head of the EC
        tokens += list(doc[owner.left_edge.i:span.start if owner.i < span.start else owner.i + 1])
    return _role_words(tokens, gazetteer)


_WINDOW = 1500  # how many characters back a role phrase looks for the source or person it refers to


def name_closing_role_phrase(doc: Doc, start: int, end: int, head: Token, inside: Sequence[EntityMention]
                              ) -> EntityMention | str | None:
    """The person a role phrase names at its very end, after what the role is of: Joe Biden in "the President of
    the United States Joe Biden", Anatoly Antonov in "Russia's ambassador to the US Anatoly Antonov". The name
    follows a comma, a name, a body's name or a title ("... of Ukraine General Oleksandr Syrski"), never a
    preposition ("a military adviser to Volodymyr Zelenskiy" is the adviser), nor a title right after one ("the
    adviser of President Zelensky"). Unless a comma sets it off, no verb and no other person stands between it and
    the role ("the head of the Commission, who met French President Emmanuel Macron", "the President of the
    Commission, Ursula von der Leyen, and Brazilian leader Lula"). A person mention when the tagger found one; else
    two to four capitalised proper nouns outside every other mention; else None."""
    if head.tag_ in {"NNS", "NNPS"}:
        return None  # "Several African leaders, most notably South Africa's president, Cyril Ramaphosa,"
    last = end
    while last > start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    people = [m for m in inside if m.label == "PERSON" and m.end == doc[last - 1].idx + len(doc[last - 1])]
    others = [m for m in inside if m.label != "PERSON"]  # a first name the tagger left out: "Alar [Karis]"
    name: EntityMention | str | None = None
    first = last
    span = tokens_under(doc, people[0].start, people[0].end) if people else None
    if span is not None and span.start > head.i + 1 and _closes_a_phrase(doc[span.start - 1], inside):
        name, first = people[0], span.start
    else:
        while first > head.i + 1 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() \
                and not _closes_a_phrase(doc[first - 1], others, within=True):
            first -= 1
        # "Minister of Internal Affairs Denys Monastyrsky": the department's words run on into the name
        named_at = full_name_at_end(doc, first, last)
        if named_at is not None:
            name, first = doc[named_at:last].text, named_at
        elif 2 <= last - first <= 4 and _closes_a_phrase(doc[first - 1], others):
            name = doc[first:last].text
    if name is None or doc[first - 1].text == ",":
        return name
    between = doc[head.i + 1:first]
    if len(between) >= 2 and between[0].pos_ == "ADP" and between[-1].lower_ in ROLE_HEADS and all(
            t.lower_ in _POST_WORDS or t.pos_ == "DET" for t in between[1:]):
        return None  # "the adviser of President Zelensky" advises the president, who is named with his own title
    if any(t.pos_ in {"VERB", "AUX"} for t in between) or any(
            m.label == "PERSON" and between.start_char <= m.start < between.end_char for m in inside):
        return None
    return name


def full_name_at_end(doc: Doc, first: int, last: int) -> int | None:
    """Where a person's full name begins inside doc[first:last] when other capitalised words run on into it: the
    first token after ``first`` from which the words read as a person's name (``reads_as_person``), as "Lloyd
    Austin" in "Defense Lloyd Austin". None when no such name ends the run."""
    return next((k for k in range(first + 1, last - 1) if reads_as_person(doc[k:last].text)), None)


def _closes_a_phrase(tok: Token, mentions: Sequence[EntityMention], within: bool = False) -> bool:
    """Whether a name may start after ``tok``: a comma, the last word of one of the ``mentions`` ("... the United
    States| Joe Biden"), of a body's name ("... Security Council| Dmitry Medvedev") or a title ("General|").
    ``within``: any word of a mention counts, for a name walked back word by word."""
    in_mention = any((m.start <= tok.idx < m.end) if within else (m.end == tok.idx + len(tok)) for m in mentions)
    return tok.text == "," or in_mention or tok.lower_ in ROLE_HEADS | _DOMAINS or names_a_body(tok.text)


# what a role is the head of, after which a name closes the phrase: "the head of American diplomacy Antony Blinken",
# "the head of the German government Olaf Scholz"
_DOMAINS = frozenset({"diplomacy", "government", "cabinet", "delegation", "presidency", "opposition"})


# words of a title that rank its role, which the tagger reads as names in "the US Vice President"
_RANKS = frozenset({"vice", "deputy", "prime", "acting", "first", "foreign", "defence", "defense", "interior"})
# ranks below the role they qualify, which a phrase naming the role alone does not fit
_SECOND_RANKS = frozenset({"vice", "deputy"})
_POST_WORDS = ROLE_HEADS | _RANKS  # the words of a post: "Deputy Prime Minister", "the General Ombudsman"


def names_someone(doc: Doc, start: int, end: int, inside: Sequence[EntityMention]) -> bool:
    """A role phrase that carries a name of its own ("the city's mayor, Oleksandr Striuk,"): a person mention, or
    a proper noun that is neither a title word nor part of a place or organisation ("the US President", "the
    Kremlin spokesman" name nobody)."""
    if any(m.label == "PERSON" for m in inside) or any(t.dep_ == "appos" and t.pos_ == "PROPN"
                                                         for t in doc[start:end]):
        return True
    return any(t.pos_ == "PROPN" and t.lemma_.lower() not in ROLE_HEADS and t.lower_ not in _POST_WORDS
               and not any(m.start <= t.idx < m.end for m in inside) for t in doc[start:end])


def same_head(doc: Doc, head: Token, span: TextSpan, history: Sequence[Source], gazetteer: Gazetteer
               ) -> Source | None:
    """"A spokesman for the local police said ... The spokesman specified ...": the latest source within _WINDOW
    with the same head noun is the one meant, named or not, however it was resolved, unless the two name different
    things in their "of" phrases. A word the phrase adds must be in the earlier one or in what that refers to."""
    own = _names_after(head, gazetteer)
    own_words = {t.lower_ for t in doc[head.left_edge.i:head.i]}
    for src in reversed(history):
        if src.span is None or span.start - src.span.end > _WINDOW:
            return None
        earlier = tokens_under(doc, src.span.start, src.span.end)
        if earlier is not None and earlier.root.lemma_.lower() == head.lemma_.lower():
            # "the Ukrainian foreign minister" is not "Ukraine's deputy prime minister" said before, nor "the head of
            # British diplomacy" the head of the Russian foreign ministry
            before = _names_after(earlier.root, gazetteer)
            ranks_dropped = _SECOND_RANKS & ({t.lower_ for t in earlier} - own_words)
            if own and before and own.isdisjoint(before) or ranks_dropped:
                return None  # nor "the head of ..." the deputy head said before
            referred = set((src.name or "").lower().split())  # "the spokeswoman" that is "a police spokeswoman"
            if not _role_words(doc[head.left_edge.i:head.i], gazetteer)[1] <= \
                    _role_words(earlier, gazetteer)[1] | {t.lower_ for t in earlier} | referred:
                return None
            return src if src.kind in {SourceKind.NAMED, SourceKind.OUTLET, SourceKind.VAGUE} else None
    return None


# Prepositions that open a circumstance the parser may hang on a role phrase: "the head of British diplomacy at a
# press conference"; not "in", which may place the post ("the US ambassador in Kyiv").
_CIRCUMSTANCE = frozenset({"at", "during", "after", "before", "since", "while"})


def _without_circumstance(phrase: Span) -> list[Token]:
    """A role phrase's words without a circumstance hung on it (``_CIRCUMSTANCE``)."""
    hung = {t.i for p in phrase if p.dep_ == "prep" and p.lower_ in _CIRCUMSTANCE for t in p.subtree}
    return [t for t in phrase if t.i not in hung]


def _names_after(head: Token, gazetteer: Gazetteer) -> set[str]:
    """The names in a role noun's "of" phrase, a state's as "@" and its id: {"@gb"} for "the head of British
    diplomacy", {"@ua", "luhansk"} for "the governor of Ukraine's Luhansk province"."""
    words = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return {q for t in words if t.pos_ in {"PROPN", "ADJ"}
            and ((q := _qualifier(t, gazetteer)).startswith("@") or t.pos_ == "PROPN")}


def is_person(src: Source, people: Sequence[EntityMention]) -> bool:
    """A named source the text tags as a person: on its own span, or as the person its surname names ("Satter said"
    after "David Satter"), or, for a resolved pronoun, by surname."""
    if src.kind != SourceKind.NAMED or not src.name or src.span is None:
        return False
    if src.resolved_from is None:
        return any(m.start < src.span.end and src.span.start < m.end or m.entity_id == src.entity_id for m in people)
    return any(surname_key(m.name) == surname_key(src.name) for m in people)


def one_of_a_group(head: Token) -> bool:
    """"one of the EU officials", "one of the pilots": a single person out of a group of people."""
    return head.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in PERSON_HEADS for g in c.children) for c in head.children)


_GENERIC_ROLES = frozenset({"head", "leader", "chief"})  # "the Belarusian leader" fits any title
# what a minister or a secretary is in charge of, as a title names it
_PORTFOLIOS = frozenset("""
foreign defence defense interior home health finance treasury justice economy economic energy agriculture education
culture transport infrastructure environment labour labor trade digital
""".split())


def titled_person(doc: Doc, start: int, end: int, inside: Sequence[EntityMention],
                   mentions: Sequence[EntityMention], gazetteer: Gazetteer, history: Sequence[Source],
                   published: dt.date | None) -> Source | None:
    """The person a definite role phrase ("the French president", "the minister") refers back to, within _WINDOW
    characters. First the latest person quoted there, then the latest person named there, whose title fits the
    phrase: the text gave them that role ("Russian President Vladimir Putin", or an earlier "the Russian president"
    resolved to them) and no qualifier that contradicts it. Failing that, a bare phrase ("the president", "the
    minister") may stand for the latest person quoted if the text never gave them a title, and a bare occupation
    ("the politician", "the expert") for the latest person quoted whom the text gave no post, unless the
    occupation is a politician's. A phrase that
    describes rather than refers ("the governor of Zaporizhzhia", "the country's space chief", "the Kremlin
    spokesman", "the former president") needs a fitting title. None when nobody fits: "the regional governor
    said" opening a story names a new source."""
    roles, qualifiers = _role_words(_without_circumstance(doc[start:end]), gazetteer)
    at = doc[start].idx
    people = [m for m in mentions if m.label == "PERSON" and m.end <= at]
    speakers: list[Source] = []  # the people quoted within _WINDOW, latest first
    for src in reversed(history):
        if src.span is not None and at - src.span.end > _WINDOW:
            break
        if is_person(src, people):
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
        phrase = tokens_under(doc, src.span.start, src.span.end) if src.span is not None and src.resolved_from else None
        if phrase is not None and src.name and phrase.root.lemma_.lower() in ROLE_HEADS:
            learn(src.name, _role_words(phrase, gazetteer))
    describes = _describes(doc, start, end, inside, qualifiers)

    def titled(name: str, entity_id: str | None) -> bool:
        return _fits(roles, qualifiers, describes, known.get(surname_key(name), (set(), set())), entity_id, gazetteer)

    for src in speakers:
        if titled(src.name or "", src.entity_id):
            return src
    for m in nearby:
        if titled(m.name, m.entity_id):
            return mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    if published is not None:  # a post the text never gave them: "Emmanuel Macron said ... The French president"
        # the post tells a person too where the tagger took the name for an organisation ("Zelenskiy", "Lavrov")
        for src in reversed(history):
            if src.span is not None and at - src.span.end > _WINDOW:
                break
            if src.kind == SourceKind.NAMED and _in_office(gazetteer, src.name or "", roles, qualifiers, published):
                return src
        for m in reversed(mentions):  # in the text's order: the walk back ends at the window's edge
            if m.end > at:
                continue
            if at - m.end > _WINDOW:
                break
            named = m.label == "PERSON" or m.label == "ORG" and not m.in_gazetteer
            if named and _in_office(gazetteer, m.name, roles, qualifiers, published):
                return mention_source(gazetteer, m, TextSpan(m.start, m.end, m.text))
    if not describes and not qualifiers and roles and roles <= OCCUPATION_HEADS:
        # "... - said the politician": the latest person quoted; an expert or an analyst holds no post, neither one
        # the text gave them nor one the gazetteer records
        return next((src for src in speakers if POLITICIAN in roles or not _holds_a_post(src, known, gazetteer)),
                    None)
    if speakers and not describes and not qualifiers and not known.get(surname_key(speakers[0].name or ""),
                                                                        (set(), set()))[0]:
        return speakers[0]
    return None


def _describes(doc: Doc, start: int, end: int, inside: Sequence[EntityMention], qualifiers: set[str]) -> bool:
    """Whether a role phrase describes rather than refers: "the governor of Zaporizhzhia", "the country's space chief",
    "the Kremlin spokesman", "the former president"."""
    role_head = phrase_head(doc, start, end)
    return any(m.label not in {"GPE", "NORP", "LOC"} for m in inside) or "former" in qualifiers \
        or any(c.dep_ in {"prep", "poss"} for c in role_head.children) and not _of_state(role_head)


def _fits(roles: set[str], qualifiers: set[str], describes: bool, theirs: tuple[set[str], set[str]],
          entity_id: str | None, gazetteer: Gazetteer) -> bool:
    """Whether a role phrase's words fit the title the text gave a person (``theirs``: its roles and qualifiers)."""
    their_roles, their_qualifiers = theirs
    if not their_roles or not (roles & their_roles or roles & _GENERIC_ROLES and not describes):
        return False
    if ("former" in qualifiers) != ("former" in their_qualifiers):
        return False  # "Ukraine's health minister" is not "Ukraine's former defence minister" named before
    if _SECOND_RANKS & ((their_roles | their_qualifiers) ^ (roles | qualifiers)):
        return False  # "the head of the Indian government" is no deputy head named before, nor the other way round
    # "President Vladimir Putin" is not "the US president", nor "British Prime Minister Boris Johnson" "the Polish
    # prime minister": the state the text or the gazetteer gives them
    states = {q[1:] for q in qualifiers if q.startswith("@")}
    their_states = {q[1:] for q in their_qualifiers if q.startswith("@")} or {gazetteer.family_of(entity_id)} - {None}
    if states and their_states and states.isdisjoint(their_states):
        return False
    # a portfolio fits only the same: "the Estonian health minister" is no Estonian foreign minister
    portfolio, their_portfolio = qualifiers & _PORTFOLIOS, their_qualifiers & _PORTFOLIOS
    if portfolio and their_portfolio and portfolio.isdisjoint(their_portfolio):
        return False
    return not their_qualifiers or not qualifiers - {"former"} or bool(qualifiers & their_qualifiers)


_AHEAD = 600  # how many characters after a role phrase that refers back to nobody its holder may be named


def titled_person_after(doc: Doc, start: int, end: int, inside: Sequence[EntityMention],
                        mentions: Sequence[EntityMention], gazetteer: Gazetteer, published: dt.date | None
                        ) -> Source | None:
    """The person a definite role phrase that refers back to nobody names right after it, as news opens on a post and
    names its holder a sentence later ("The US Secretary of State has condemned the attack ... In a statement, Antony
    Blinken said ..."): the first person named within _AHEAD characters, if the title the text gives them where it
    names them fits the phrase or the gazetteer's offices say they held the post on the day of publication. None
    otherwise: "the regional governor said ... Zelenskiy said ..." names no governor, and "the General Ombudsman",
    which the entity recogniser may take for a name, is a post."""
    after = doc[end - 1].idx + len(doc[end - 1].text)
    person = next((m for m in mentions if m.label == "PERSON" and m.start >= after), None)
    if person is None or person.start - after > _AHEAD or _a_bare_post(person):
        return None
    roles, qualifiers = _role_words(_without_circumstance(doc[start:end]), gazetteer)
    fits = _fits(roles, qualifiers, _describes(doc, start, end, inside, qualifiers), _titles(doc, person, gazetteer),
                 person.entity_id, gazetteer)
    if fits or published is not None and _in_office(gazetteer, person.name, roles, qualifiers, published):
        return mention_source(gazetteer, person, TextSpan(person.start, person.end, person.text))
    return None


def _a_bare_post(mention: EntityMention) -> bool:
    """Whether a name the entity recogniser found is a post alone: "the Pope", "the General Ombudsman"."""
    return all(w.lower() in _POST_WORDS for w in mention.text.split())


def a_post_with_article(doc: Doc, mention: EntityMention) -> bool:
    """Whether a name the entity recogniser found is a post alone after an article, a role phrase: "the Pope told
    a delegation". Not a headline's "POPE SAYS ...", which stands for whoever the story names."""
    if not _a_bare_post(mention):
        return False
    name = tokens_under(doc, mention.start, mention.end)
    return name is not None and name.start > 0 and doc[name.start - 1].lower_ in {"the", "a"}


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


def _holds_a_post(src: Source, known: dict[str, tuple[set[str], set[str]]], gazetteer: Gazetteer) -> bool:
    """Whether the text gave a source a post (``known``: surname key -> the roles and qualifiers the text gave) or
    the gazetteer records one for them."""
    name = src.name or ""
    return bool(known.get(surname_key(name), (set(), set()))[0] & ROLE_HEADS) or any(
        _same_holder(t, name) for t in gazetteer.tenures_of(name))


def _same_holder(tenure: Tenure, name: str) -> bool:
    """Whether a name with the holder's surname is the holder: "Johnson" and "Boris Johnson" may be, "Gary
    Johnson" is not. A first word that is not an honorific must be one of the holder's names."""
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 2 or words[0].lower() in HONORIFICS:
        return True
    return alias_key(words[0]) in {alias_key(w) for w in tenure.holder.split()}
