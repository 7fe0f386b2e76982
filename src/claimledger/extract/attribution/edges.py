"""Where annotators draw a relation's edges, once the rules have found it: a source that owns its cue ends on its
possessive mark ("Trump's criticism"), and a verb cue takes the adverbs before it, the verb that leads into it and
the colon or preposition that opens its content ("also said", "went on to say", "said:", "warned of")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .spans import Attribution, trim, unclosed_quotation


def with_possessive_marks(att: Attribution, doc: Doc) -> Attribution:
    """A source that owns its cue ends on its possessive mark, as annotators mark it: "Trump's criticism of the Fed"
    has the source "Trump's"."""
    sources = tuple((s, e + 1) if e < len(doc) and doc[e].tag_ == "POS" and doc[e].head.i == e - 1
                    and (att.cue is None or att.cue[0] != e) else (s, e) for s, e in att.sources)
    return att if sources == att.sources else replace(att, sources=sources)


def with_cue_edges(att: Attribution, doc: Doc) -> Attribution:
    """A verb cue with the adverbs right before it that its verb governs, and the colon or the preposition right
    after it that opens what it reports, as annotators mark it: "also said", "quickly denied", "said:", "warned
    of"."""
    if att.cue is None or att.cue_head is None or doc[att.cue_head].pos_ not in {"VERB", "AUX"}:
        return att
    start, end = att.cue
    head = att.cue_head
    leading = _leading_verb(doc[head], start)
    if leading is not None:  # "went on to say", "began by saying": the verb that leads into the cue is part of it
        start = leading
    while start > 0 and doc[start - 1].pos_ == "ADV" and doc[start - 1].dep_ in {"advmod", "neg"} \
            and doc[start - 1].head.i == head and not any(s <= start - 1 < e for s, e in att.sources):
        start -= 1
    if end < len(doc) and doc[end].text == ":" and att.content[0] > end:
        end += 1
    elif att.content[0] == end + 1 and end + 1 < len(doc) and doc[end + 1].dep_ == "quantmod" \
            and doc[end].dep_ == "prep" and doc[end].head.i == head and not list(doc[end].children):
        # "said up to 7 bn roubles ...", the "up" hung on the verb: it opens the number, in the content
        return replace(att, cue=(start, end), content=(end, att.content[1]))
    elif att.content[0] == end + 1 and (doc[end].pos_ == "ADP" and doc[end].dep_ == "prep" and doc[end].head.i == head
                                        or doc[end].dep_ == "mark" and doc[end].lower_ == "for"):
        # the preposition between the verb and its content: "talked about the wall", "warned of a recession", and the
        # "for" of "called for Trump to drop out"
        end += 1
    return att if (start, end) == att.cue else replace(att, cue=(start, end))


_LEADING = {"go": ("prt", "on"), "begin": ("prep", "by"), "start": ("prep", "by")}


def _leading_verb(verb: Token, start: int) -> int | None:
    """Where a verb that only leads into the cue starts, when nothing but its particle or preposition stands between
    them: "went on to say", "began by saying"; None otherwise."""
    doc = verb.doc
    link = verb.head if verb.dep_ in {"xcomp", "advcl"} else verb.head.head if verb.dep_ == "pcomp" else None
    if link is None or link.i >= start or link.lemma_.lower() not in _LEADING:
        return None
    dep, word = _LEADING[link.lemma_.lower()]
    joint = next((c for c in link.children if c.dep_ == dep and c.lower_ == word and link.i < c.i < start), None)
    if joint is None or any(not (t.i == joint.i or t.is_space) for t in doc[link.i + 1:start]):
        return None
    return link.i


def without_source_inside(att: Attribution, doc: Doc) -> Attribution:
    """A cue that has its source inside keeps the side of it that holds the cue's word, as annotators mark it: "did
    they note" has the cue "note", "asked by Ingraham on Thursday about" the cue "asked"; a word before the source
    that is no auxiliary, though the parser took it for one, joins the source ("dos Santos says")."""
    if att.cue is None or att.cue_head is None:
        return att
    start, end = att.cue
    inside = [(s, e) for s, e in att.sources if start <= s and e <= end and (s, e) != (start, end)]
    if not inside:
        return att
    first, last = min(s for s, _ in inside), max(e for _, e in inside)
    sources = att.sources
    if att.cue_head >= last:
        if any(t.pos_ not in _BEFORE_SUBJECT or t.pos_ == "AUX" and t.lower_ not in _AUXILIARIES
               for t in doc[start:first]):  # "dos Santos says": a word of the name the parser took for an auxiliary
            sources = tuple((start, e) if s == first else (s, e) for s, e in sources)
        start = last
        while start < att.cue_head and (doc[start].is_punct or doc[start].is_space):
            start += 1
    elif att.cue_head < first:
        end = first
        while end > att.cue_head + 1 and doc[end - 1].pos_ in _BEFORE_AGENT:
            end -= 1
    else:
        return att
    return replace(att, cue=(start, end), sources=sources)


_BEFORE_AGENT = {"ADP", "ADV", "PUNCT", "SPACE", "CCONJ"}
_BEFORE_SUBJECT = {"AUX", "PART", "ADV", "SCONJ", "VERB"}
_AUXILIARIES = frozenset("""
do does did have has had will would shall should can could may might must is are was were am be been being
""".split())


def with_antecedent_content(att: Attribution, doc: Doc) -> Attribution:
    """A content that is only the relative word standing for it is the noun phrase the word stands for: in "will
    not provide the battle tanks that Kyiv has long asked for" Kyiv asked for the battle tanks."""
    start, end = att.content
    clause = relative_clause_of(doc[start]) if end - start == 1 else None
    if clause is None:
        return att
    noun = clause.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i >= start:
        return att
    return replace(att, content=(noun.left_edge.i, noun.i + 1))


def relative_clause_of(word: Token) -> Token | None:
    """The relative clause whose relative word ``word`` is, as its object or its preposition's: "the tanks [that]
    Kyiv has long asked for"; None for any other word ("ruled that out")."""
    clause = word.head.head if word.head.dep_ == "prep" else word.head
    return clause if word.lower_ in {"that", "which", "whom"} and clause.dep_ == "relcl" and clause.i > word.i \
        else None


def with_annotators_edges(att: Attribution, doc: Doc) -> Attribution:
    """The relation's edges as annotators draw them, once the rules and the models have found it: the cue's
    (``with_cue_edges``, ``without_source_inside``) and a content that is only a relative word
    (``with_antecedent_content``)."""
    return with_antecedent_content(without_source_inside(with_cue_edges(att, doc), doc), doc)


def before_their_next_reports(atts: list[Attribution], doc: Doc) -> list[Attribution]:
    """A content ends where its speaker's next report, joined to it by "and" or "but", begins, though the parser hung
    that report inside it: in "Graham said she was impressed with the children, but lamented that ..." Graham said
    "she was impressed with the children", and "lamented" reports the rest."""
    return [_before_next_report(att, atts, doc) for att in atts]


def _before_next_report(att: Attribution, atts: list[Attribution], doc: Doc) -> Attribution:
    start, end = att.content
    if not att.sources or att.cue is None or att.cue[1] > start:
        return att
    joints = [joint for other in atts if other is not att and other.sources == att.sources
              and other.cue is not None and other.cue_head is not None and start < other.cue[0] < end
              for joint in [_joining_word(doc[other.cue_head], other.cue[0], att)] if joint is not None]
    if not joints:
        return att
    cut = min(joints)
    if unclosed_quotation(doc, start, cut) is not None:
        return att  # the joint is quoted: 'approached her “and said, ...”' is the speaker's quotation
    if cut > start and doc[cut - 1].text == ",":
        cut -= 1
    content = trim(doc[:], start, cut)
    return att if content is None else replace(att, content=content)


def _joining_word(verb: Token, cue_start: int, att: Attribution) -> int | None:
    """Where the "and" or "but" inside the relation's content stands that joins the report ``verb`` heads to the
    relation's cue or to a verb of its content, with nothing but adverbs and auxiliaries between it and the report's
    cue ("and later said")."""
    start = att.content[0]
    if verb.dep_ != "conj" or not (start <= verb.head.i < verb.i or verb.head.i == att.cue_head):
        return None
    joint = next((c for c in verb.head.children if c.dep_ == "cc" and c.lower_ in {"and", "but"}
                  and max(verb.head.i, start) < c.i < cue_start), None)
    if joint is None or any(t.pos_ not in {"ADV", "AUX", "PART"} for t in verb.doc[joint.i + 1:cue_start]):
        return None
    return joint.i
