"""Relations not headed by a reporting verb: stance nouns ("her criticism of the plan") and adjectives,
light verbs ("raised concerns about"), hedges ("reportedly"), findings of documents and polls, and "according to
X". Relations signed at a line's or a sentence's edge are in ``signatures``."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import (
    CITING_WORDS,
    DOCUMENT_NOUNS,
    FRAME_NOUNS,
    IMPRESSION_ADVERBS,
    LIGHT_VERBS,
    OCCUPATION_HEADS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    QUOTE_MARKS,
    REPORTED_ADVERBS,
    REPORTING_VERBS,
    ROLE_HEADS,
    SEEMING_VERBS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
)
from .citing import citing_at_start
from .contents import ATTITUDE_PREPS, TOPIC_PREPS, could_be_topic
from .cues import armed_attack, armed_defence, cue_range_of
from .spans import (
    SUBJECT_DEPS,
    Attribution,
    TokRange,
    noun_phrase,
    quoted_aside,
    quoted_by,
    says_when,
    seen_by,
    sentence_before,
    single_np,
    trim,
)
from .speakers import can_speak, cited_after_according, cited_party, subject_of


def topic_noun_cue(tok: Token) -> Attribution | None:
    """Headline style "GUR reports on Russia's plans ...", where the tagger reads "reports" as a noun."""
    if tok.lemma_.lower() not in {"report", "claim", "statement"} or tok.pos_ != "NOUN":
        return None
    src = next((c for c in tok.children if c.dep_ in {"compound", "poss"} and (c.pos_ == "PROPN" or c.ent_type_)),
               None)
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "about"}), None)
    if src is None or prep is None:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    content = trim(tok.sent, pobj.left_edge.i, pobj.right_edge.i + 1)
    if content is None:
        return None
    region = frozenset(range(tok.left_edge.i, tok.right_edge.i + 1))
    return Attribution(cue=(tok.i, tok.i + 1), cue_head=tok.i, content=content, sources=(single_np(src),),
                       region=region, origin="topic noun")


def _content_after(comp: Token, cue_end: int) -> tuple[int, TokRange] | None:
    """(end of the cue, content) for the complement of a noun or adjective cue: a preposition joins the cue
    ("criticism of", "critical of") and its object is the content; a clause is the content as it stands."""
    if comp.dep_ == "prep":
        cue_end = comp.i + 1
        comp = next(g for g in comp.children if g.dep_ in {"pobj", "pcomp"})
    content = trim(comp.sent, comp.left_edge.i, comp.right_edge.i + 1)
    return None if content is None else (cue_end, content)


_TIMES = {"DATE", "TIME"}  # "This week's announcement by Yury Borisov": a time owns no stance


def stance_noun_cue(tok: Token) -> Attribution | None:
    """"Trump's criticism of the Fed", "his support for the bill", "Clinton's claim that ...": a speech or
    attitude noun with its owner as the source and its complement as the content."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in STANCE_NOUNS or armed_attack(tok) or armed_defence(tok):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i and c.ent_type_ not in _TIMES
                  or c.dep_ == "compound" and c.i < tok.i and (c.pos_ == "PROPN" or c.ent_type_)), None) \
        or _owner_after(tok)
    comp = next((c for c in tok.children if c.i > tok.i and (
        c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        or c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPS | {"to"}
        and any(g.dep_ in {"pobj", "pcomp"} and g.lower_ != "behalf" for g in c.children)
        and not any(t.text == "," for t in tok.doc[tok.i + 1:c.i])  # "opinion in Gresham v. Azar, on behalf of"
        or c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))), None)
    found = _content_after(comp, tok.i + 1) if comp is not None else None
    if comp is None or found is None:
        return None
    cue_end, content = found
    if (owner is None or owner.dep_ == "pobj" and owner.head.lower_ == "by") and comp.dep_ == "prep":
        return None  # "the criticism of the contract", "calls by officials on the front lines": only a clause
    # "fears that the plant will close": nobody named holds them, and the relation has no source
    sources = () if owner is None else \
        ((owner.left_edge.i, owner.i + 1) if owner.dep_ == "poss" else single_np(owner),)
    return Attribution(cue=(tok.i, cue_end), cue_head=tok.i, content=content, sources=sources,
                       region=frozenset(range(tok.left_edge.i, tok.right_edge.i + 1)),
                       origin="stance noun" if owner is not None else "unowned noun")


def _owner_after(noun: Token) -> Token | None:
    """Who holds a stance named after the noun: "warnings from his attorney that ...", "criticism from
    Republicans over ...", "the announcement by Yury Borisov that ..." (a person, a body or a role; "support from
    the start" names no one)."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by"} and c.i > noun.i),
                None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return None
    return pobj if can_speak(pobj) or any(c.dep_ == "poss" for c in pobj.children) else None  # "from his attorney"


_MADE_PLAIN = {"clear", "plain"}


def _made_clear(tok: Token) -> Attribution | None:
    """"Clinton made it clear to House Democrats that she has their backs", "The mayor made clear the port would
    stay open": to make a thing clear is to state it. The cue runs from the verb to the adjective, and the clause
    the parser hangs on either is the content."""
    adj = next((c for c in tok.children if c.i > tok.i and c.lower_ in _MADE_PLAIN and c.pos_ == "ADJ"), None)
    if adj is None:
        return None
    clause = next((c for c in (*adj.children, *tok.children) if c.i > adj.i and c.dep_ in {"advcl", "ccomp"}
                   and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
    subj, _passive = subject_of(tok)
    if clause is None or subj is None:
        return None
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
    start = mark.i if mark is not None else clause.left_edge.i
    if start <= adj.i:
        return None
    cue = cue_range_of(tok)
    return Attribution(cue=(cue[0], adj.i + 1), cue_head=tok.i, content=(start, clause.right_edge.i + 1),
                       sources=(noun_phrase(subj),), region=frozenset(range(tok.left_edge.i, tok.right_edge.i + 1)),
                       origin="light verb")


# Nouns whose topic follows "at": aimed ("took aim at", "took a swipe at", "levelled criticism at") or felt
# ("expressed concern at", "voiced anger at"); after any other a phrase with "at" says where or when.
_TOPIC_AFTER_AT = frozenset("""aim swipe shot shots jab jabs dig digs criticism insults barbs potshots broadside concern
concerns anger alarm dismay outrage frustration surprise disappointment regret satisfaction""".split())


def light_verb_cue(tok: Token) -> Attribution | None:
    """"Cruz made the case that ...", "Trump took aim at the Fed", "Democrats raised questions about ...": a
    light verb whose object is a speech or attitude noun is a cue; the noun's complement is the content. So is
    "made it clear that ..."."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in LIGHT_VERBS:
        return None
    if tok.lemma_.lower() == "make":
        made_clear = _made_clear(tok)
        if made_clear is not None:
            return made_clear
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.lemma_.lower() not in STANCE_NOUNS | FRAME_NOUNS:
        return None
    subj, _passive = subject_of(tok)
    if subj is None:
        return None
    received = _support_received(tok, obj, subj)
    if received is not None:
        return received
    at = {"at"} if obj.lemma_.lower() in _TOPIC_AFTER_AT else set()  # "took aim at", not "shared views at a rally"
    comp = next((c for c in obj.children if c.i > obj.i and (
        c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        or c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPS | {"to"} | at and could_be_topic(c)
        and any(g.dep_ in {"pobj", "pcomp"} for g in c.children))), None)
    if comp is None:
        comp = next((c for c in tok.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in TOPIC_PREPS | at
                     and could_be_topic(c) and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)), None)
        if comp is not None and any(c.dep_ == "prep" and obj.i < c.i < comp.i and not says_when(c)
                                    and not any(g.ent_type_ in {"GPE", "LOC"} for g in c.children)
                                    for c in tok.children):
            comp = None  # "shared these views at the anniversary ... on the theme": not over the occasion; "raised
            # fears in Moldova over ..." and "took a stand on Friday against ..." run over a place or a day
    found = _content_after(comp, obj.i + 1) if comp is not None else None
    if found is None or subj.i >= found[1][0]:
        return None
    cue_end, content = found
    cue = cue_range_of(tok)
    return Attribution(cue=(cue[0], max(cue[1], cue_end)), cue_head=tok.i, content=content,
                       sources=(noun_phrase(subj),), region=frozenset(range(tok.left_edge.i, tok.right_edge.i + 1)),
                       origin="light verb")


_RECEIVED_NOUNS = frozenset({"support", "endorsement"})  # stance nouns a holder receives


def _support_received(tok: Token, obj: Token, subj: Token) -> Attribution | None:
    """"Clinton has the support of women and older voters", "Bradley had the full support of the conservative
    movement": who gives the support is the source, and whom they support the content, around the cue."""
    if tok.lemma_.lower() not in {"have", "draw"} or obj.lemma_.lower() not in _RECEIVED_NOUNS or subj.i > tok.i:
        return None
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} and c.i > obj.i), None)
    giver = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or giver is None:
        return None
    content, source = noun_phrase(subj), noun_phrase(giver)
    # a share of those polled ("has support from 52 percent of voters", "has 5 percent support of the black vote")
    # is a poll's figure, which the check judges as it judges other light verbs
    share = any(t.like_num or t.lower_ in {"percent", "%"} for t in tok.doc[tok.i:source[1]])
    return Attribution(cue=(cue_range_of(tok)[0], prep.i + 1), cue_head=tok.i, content=content, sources=(source,),
                       region=frozenset(range(content[0], tok.right_edge.i + 1)),
                       origin="light verb" if share else "support")


def hedge_cue(tok: Token) -> Attribution | None:
    """"Russia reportedly moved the launchers", "The plan seems unworkable", "It appears that ...": the writer's
    hedged report or impression, with no source named. The content is the clause around the hedge."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in REPORTED_ADVERBS | IMPRESSION_ADVERBS and tok.dep_ == "advmod" \
            and tok.head.pos_ in {"VERB", "AUX"}:
        clause = tok.head
    elif lemma in SEEMING_VERBS and tok.pos_ in {"VERB", "AUX"} and (lemma == "seem" or any(
            c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in tok.children)) and any(
            c.dep_ in {"xcomp", "ccomp", "acomp", "attr", "oprd"} or c.dep_ == "prep" and c.lower_ == "like"
            for c in tok.children):
        clause = tok
    else:
        return None
    if clause.dep_ not in {"ROOT", "conj", "ccomp"}:
        return None
    left, right = clause.left_edge.i, clause.right_edge.i + 1
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subj is not None and subj.lower_ == "it" and clause is tok:
        left = subj.i + 1  # "It seems the view of her is awful": the content is what seems
    start = left if left < tok.i and trim(tok.sent, left, tok.i) is not None else tok.i + 1
    content = trim(tok.sent, start, right)
    if content is None or content[1] - content[0] < 2:
        return None
    return Attribution(cue=(tok.i, tok.i + 1), cue_head=tok.i, content=content, sources=(),
                       region=frozenset(range(clause.left_edge.i, right)), origin="hedge")


def stance_adjective_cue(tok: Token) -> Attribution | None:
    """"Graham has been critical of Trump", "they were sure that ...": an attitude adjective after "be", with
    the subject as the source and the adjective's complement as the content."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.lemma_.lower() not in STANCE_ADJECTIVES:
        return None
    verb = tok.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.lower_ in {"i", "we", "you", "it", "this", "that"}:
        return None
    comp = next((c for c in tok.children if c.i > tok.i and (
        c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPS | {"to", "that"}
        and any(g.dep_ in {"pobj", "pcomp"} for g in c.children))), None)
    found = _content_after(comp, tok.i + 1) if comp is not None else None
    if found is None:
        return None
    cue_end, content = found
    said = _verb_of_saying_after(comp) if comp is not None else None
    if said is not None:  # "was quick to point out that ...": the cue runs to the verb, its clause is the content
        cue_end, content = said
    cue_start = min([verb.i] + [c.i for c in verb.children if c.dep_ in {"aux", "neg"} and c.i > subj.i])
    return Attribution(cue=(cue_start, cue_end), cue_head=tok.i, content=content, sources=(noun_phrase(subj),),
                       region=frozenset(range(verb.left_edge.i, verb.right_edge.i + 1)), origin="stance adjective")


def _verb_of_saying_after(comp: Token) -> tuple[int, TokRange] | None:
    """(end of the cue, content) when an attitude adjective's complement is a verb of saying with a clause of its
    own: "quick to stress that ...", "eager to point out that ..." (PolNeAR marks "was quick to point out")."""
    if comp.dep_ != "xcomp" or comp.lemma_.lower() not in REPORTING_VERBS:
        return None
    clause = next((c for c in comp.children if c.dep_ == "ccomp" and c.i > comp.i), None)
    content = trim(comp.sent, clause.left_edge.i, clause.right_edge.i + 1) if clause is not None else None
    return None if content is None else (cue_range_of(comp)[1], content)


_FINDING_NOUNS = DOCUMENT_NOUNS | frozenset("poll polls survey surveys interview interviews speech memo filing "
                                           "lawsuit complaint indictment ruling book column op-ed editorial".split())


def document_attribution(sent: Span) -> Attribution | None:
    """"In the latest poll, Clinton led Trump by 5 points": a finding framed by the document it comes from."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ not in {"in", "on"} or first.dep_ != "prep":
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in _FINDING_NOUNS:
        return None
    k = pobj.right_edge.i + 1
    if k >= sent.end or sent.doc[k].text != ",":
        return None
    content = trim(sent, k + 1, sent.end)
    if content is None or content[1] - content[0] < 4:
        return None
    return Attribution(cue=(first.i, first.i + 1), cue_head=first.i, content=content,
                       sources=((first.i + 1, pobj.right_edge.i + 1),), region=frozenset(range(sent.start, sent.end)))


_POLL_NOUNS = frozenset({"poll", "survey", "average"})


def in_poll_at_end(sent: Span) -> Attribution | None:
    """"Trump has a decisive lead in the polls": a standing read from the poll that closes the sentence. The
    clause before it is the content, the poll its source."""
    preps = [t for t in sent if t.lower_ == "in" and t.dep_ == "prep"]
    if not preps:
        return None
    words = [t for t in sent if not t.is_space and not (t.is_punct and t.text not in QUOTE_MARKS)]
    for prep in preps:
        if prep.i == words[0].i:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in _POLL_NOUNS or pobj.right_edge.i != words[-1].i:
            continue
        content = trim(sent, words[0].i, prep.i)
        if content is None or content[1] - content[0] < 3:
            return None
        return Attribution(cue=(prep.i, prep.i + 1), cue_head=prep.i, content=content,
                           sources=((prep.i + 1, pobj.right_edge.i + 1),),
                           region=frozenset(range(sent.start, sent.end)))
    return None


def according_to(tok: Token, sent: Span) -> Attribution | None:
    doc = sent.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in list(to.children) + list(tok.children) if c.dep_ == "pobj"), None) \
        or next((c for c in to.children if c.dep_ == "pcomp"), None)  # "according to show insiders", "show" a verb
    if pobj is None:
        return None
    clause = tok.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    phrase_end = pobj.right_edge.i + 1
    if clause.i == tok.i or tok.left_edge.i <= clause.i < phrase_end:
        # "according to X" hangs off nothing useful: the rest of the sentence is the content
        left, right = (phrase_end, sent.end) if tok.i - sent.start < sent.end - phrase_end else (sent.start, tok.i)
    else:
        left, right = clause.left_edge.i, clause.right_edge.i + 1
        if left <= tok.i < right:
            if clause.i > phrase_end or clause.i >= tok.i and clause.i >= phrase_end:
                left = max(left, phrase_end)
            else:
                right = min(right, tok.i)
    closing = all(t.is_punct or t.is_space for t in doc[phrase_end:sent.end])
    if closing and tok.i > sent.start and doc[tok.i - 1].text == "," and left > sent.start:
        # "The population stood at 200,000 and has since grown to 2.3 million, according to X": the parser hangs
        # the phrase on the last conjunct, but it closes the sentence and sources all of it
        left, right = sent.start, tok.i - 1
    before = _sentence_before(tok, sent)
    content = before or trim(sent, left, right)
    if content is None:
        return _sourced_to_comma(tok, pobj, sent)
    region = frozenset(range(clause.left_edge.i, clause.right_edge.i + 1))
    source = noun_phrase(pobj)
    split = [c for c in to.children if c.dep_ == "pobj" and c.i > pobj.i]
    if split and all(doc[k].text == "-" or doc[k].dep_ == "pobj" for k in range(pobj.i, split[-1].i)):
        # "according to ex-President of Poland ...": the parser made each piece of the hyphenated word an object
        pobj = split[-1]
        source = (source[0], noun_phrase(pobj)[1])
    cited = _cited_through(source, pobj)
    participle = quoted_aside(pobj) if cited is None else None
    quoting = quoted_by(participle) if participle is not None else None  # "according to sources cited by El País"
    if quoting is None and cited is None:
        quoting = seen_by(pobj)  # "according to a government document reviewed by The Post"
    if before is None:
        source, content = _apposition_after(source, content, sent)
    if cited is not None and doc[content[0]].lower_ in CITING_WORDS:
        content = citing_at_start(content, sent)[1]  # "According to Reuters, citing two officials, the ..."
    return Attribution(cue=(tok.i, tok.i + 2), cue_head=tok.i, content=content,
                       sources=(source,) if cited is None else (noun_phrase(cited),),
                       relayer=source if cited is not None else None if quoting is None else noun_phrase(quoting),
                       according=True, region=region,
                       # unchecked: the check learned only contents inside their cue's sentence
                       origin="" if before is None else "sentence before")


def _apposition_after(source: TokRange, content: TokRange, sent: Span) -> tuple[TokRange, TokRange]:
    """"According to MyBroadband, the largest IT website in South Africa, the problem was ...": a noun phrase
    between commas with no verb, before the clause's subject, describes the source (the parser hung it on the
    clause). A name there is the subject itself ("According to the summary, Cheryl Mills, a top aide, sent ..."),
    and so is one right after it ("According to a spokesperson, the UN secretary general, António Guterres, ...")."""
    doc = sent.doc
    if content[0] != source[1] + 1 or doc[source[1]].text != ",":
        return source, content
    comma = next((k for k in range(content[0] + 1, content[1] - 1) if doc[k].text == ","), None)
    name_end = _holders_name(doc[source[0]:source[1]], doc[content[0]:comma]) if comma is not None else None
    if comma is not None and name_end is not None:
        # "According to the governor, Oleksandr Starukh, Russian forces have ...": the post's holder
        rest = trim(sent, comma + 1, content[1])
        if rest is not None and doc[rest[0]].pos_ not in {"VERB", "AUX"} \
                and any(t.pos_ in {"VERB", "AUX"} for t in doc[rest[0]:rest[1]]):  # a clause follows
            return (source[0], name_end), rest
    if comma is None or doc[content[0]].lower_ not in {"the", "a", "an"} or doc[comma + 1].pos_ == "PROPN" \
            or any(t.pos_ in {"VERB", "AUX"} for t in doc[content[0]:comma]):
        return source, content
    if not any(t.dep_ in SUBJECT_DEPS and t.head.pos_ in {"VERB", "AUX"} and t.head.i > comma
               for t in doc[comma + 1:content[1]]):
        return source, content
    rest = trim(sent, comma + 1, content[1])
    return ((source[0], comma), rest) if rest is not None else (source, content)


_HOLDERS = ROLE_HEADS | OCCUPATION_HEADS | PERSON_NOUNS | PEOPLE_NOUNS  # nouns for a person a name may follow


def _holders_name(phrase: Span, name: Span) -> int | None:
    """Where the name ends, when ``name``, set off by commas after ``phrase``, is a person's name (with a "who"
    clause about them, or none, which is no part of it) and ``phrase`` a person's post or occupation, whose holder it
    names; after a document ("According to the summary, Cheryl Mills, ...") a name is what the document says
    something of."""
    words = next((k for k, t in enumerate(name) if t.pos_ != "PROPN"), len(name))
    if 1 < words <= 4 and (words == len(name) or name[words].lower_ == "who") \
            and phrase.root.lemma_.lower() in _HOLDERS:
        return name.start + words
    return None


_IS = {"is", "was", "'s", "’s"}


def _sentence_before(tok: Token, sent: Span) -> TokRange | None:
    """"The convoy reached the border on Friday. That's according to the border guard.": what the guard says is
    the sentence before."""
    words = [t for t in sent.doc[sent.start:tok.i] if not t.is_space]
    if len(words) != 2 or words[0].lower_ not in {"that", "this"} or words[1].lower_ not in _IS:
        return None
    return sentence_before(sent)


def _cited_through(source: TokRange, pobj: Token) -> Token | None:
    """"according to Reuters citing two officials": the officials speak and Reuters relays them, as in "Reuters
    reported, citing two officials, ..."."""
    doc = pobj.doc
    at = source[1] + 1 if source[1] + 1 < len(doc) and doc[source[1]].text == "," else source[1]
    according = cited_after_according(doc[at]) if at < len(doc) else None
    if according is None or according.i != pobj.i:
        return None
    return cited_party(doc[at])


def _sourced_to_comma(tok: Token, pobj: Token, sent: Span) -> Attribution | None:
    """"According to the host Ana Ruiz, the plan reeks of fear": the parser swallowed the sentence into the source's
    phrase, leaving nothing for a content; the source ends at the first comma after its head, the rest is the
    content."""
    doc = sent.doc
    comma = next((t.i for t in doc[pobj.i + 1:sent.end] if t.text == ","), None)
    if comma is None or tok.i != sent.start:
        return None
    source = (max(tok.i + 2, pobj.left_edge.i), min(pobj.i + 1, comma))
    holder_ends = next((t.i for t in doc[comma + 1:sent.end] if t.text == ","), None)
    name_end = _holders_name(doc[source[0]:source[1]], doc[comma + 1:holder_ends]) if holder_ends is not None \
        else None
    if holder_ends is not None and name_end is not None:
        source, comma = (source[0], name_end), holder_ends  # "According to the spokesman, Ivan Petrov, the ..."
    content = trim(sent, comma + 1, sent.end)
    if content is None:
        return None
    return Attribution(cue=(tok.i, tok.i + 2), cue_head=tok.i, content=content, sources=(source,), according=True,
                       region=frozenset(range(sent.start, sent.end)))
