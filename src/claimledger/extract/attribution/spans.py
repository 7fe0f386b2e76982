"""The relation record and the token ranges it is built from: trimming, noun phrases, quotation marks and
the extent of a quotation. The lowest layer of the attribution rules; it reads only the lexicon."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon import (
    CITING_WORDS,
    DASHES,
    DOCUMENT_NOUNS,
    MEDIA_CHANNELS,
    MEDIA_LABELS,
    OCCASION_NOUNS,
    OPEN_QUOTES,
    QUOTE_MARKS,
    REPORTING_VERBS,
)
from ..lexicon import (
    SUBJECT_DEPS as SUBJECT_DEPS,  # read by the rules through this module
)
from .phrase_ends import across_dangling_conjunction, bounds_a_number, floated, joins_nothing

TokRange = tuple[int, int]  # doc token indexes, end exclusive
CLOSE_QUOTES = {"”", '"', "''", "»", "’", "’’"}
AMBIGUOUS_MARKS = {'"', "''"}
DOUBLE_CLOSERS = {"”", '"', "''", "»", "’’"}
OPEN_DOUBLE = {"“", "«", "„", "``"}  # quotation marks that only open (single quotes double as apostrophes)
CLOSE_DOUBLE = {"”", "»", "’’"}  # "’’": two closing single marks typed for a double one
_SINGLE_QUOTES = {"'", "‘", "’"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """One relation found in a sentence; spans are doc token ranges."""

    cue: TokRange | None
    cue_head: int | None
    content: TokRange
    sources: tuple[TokRange, ...]  # one per coordinated source; empty when the text names none
    passive: bool = False  # agentless passive: the source is unattributed
    according: bool = False
    relayer: TokRange | None = None  # "X reported, citing Y": X relays Y
    region: frozenset[int] = frozenset()  # tokens whose quantities and times belong to this relation
    origin: str = ""  # the rule that proposed it ("lexicon", "learned", "quote", ...), read by the relation check
    resumed: TokRange | None = None  # the speaker's quotation that resumes after a sentence of the writer's


def as_clause(verb: Token) -> bool:
    """Whether the verb heads an "as" clause: "as the mayor noted", "as Ms. Ruiz put it"."""
    return any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children)


def closes_without_comma(mark: Token) -> bool:
    """Whether a quotation's closing mark, with no comma before it, ends the quotation where the sentence goes on:
    glued to the word before it, a space after it ("... “the darkest pages in our history” adding that ...")."""
    return mark.text in CLOSE_QUOTES and mark.i > 0 and mark.doc[mark.i - 1].text != "," \
        and not mark.doc[mark.i - 1].whitespace_ and bool(mark.whitespace_)


def is_single_mark(tok: Token) -> bool:
    """Whether a quotation mark is of the single kind; a quotation closes only on a mark of its own kind."""
    return tok.text in _SINGLE_QUOTES


def reporting_verb(tok: Token) -> bool:
    """A verb of the reporting lexicon, whatever its frame: the cue a quotation or a content may run into."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in REPORTING_VERBS


def trim(doc: Span, start: int, end: int) -> TokRange | None:
    """Content boundaries as annotators draw them: "that" and a leading conjunction stay; quote marks stay
    balanced (with the comma inside a closing quote); stray punctuation and a sentence-final period go."""
    d = doc.doc
    while start < end and (d[start].is_space or d[start].is_punct and d[start].text not in QUOTE_MARKS):
        start += 1
    while end > start and _loose_end(d, start, end):
        end -= 1
    if end <= start:
        return None
    if start > 0 and d[start - 1].text in OPEN_QUOTES and d[start].text not in QUOTE_MARKS:
        k = end
        while k < len(d) and k - end < 3 and d[k].is_punct and d[k].text not in QUOTE_MARKS:
            k += 1
        if k < len(d) and d[k].text in CLOSE_QUOTES:
            start, end = start - 1, k + 1  # the quotation with its marks: “We will not retreat,”
    opens = sum(1 for t in d[start:end] if t.text in OPEN_QUOTES)
    closes = _closing_marks(d[start:end])
    straight_close = next((t for t in d[start:end] if t.text == '"'), None)
    if straight_close is not None and not (straight_close.i > start and not d[straight_close.i - 1].whitespace_):
        straight_close = None  # a straight mark closes when it hangs on the word before it: reforms"
    if (closes > opens or straight_close is not None) and start > 0 and d[start - 1].text in OPEN_QUOTES \
            and d[start].text not in QUOTE_MARKS:
        start -= 1  # the quotation the content closes opens just before it
        if straight_close is not None:  # counted as an opening mark above; it is the closing one
            closes += 1
        else:
            opens += 1
    first, last = d[start].text, d[end - 1].text
    if first in QUOTE_MARKS and last not in QUOTE_MARKS:
        # an opening quote whose closing quote lies just outside: take it, with the punctuation inside it
        k = end
        while k < len(d) and k - end < 3 and d[k].is_punct and d[k].text not in QUOTE_MARKS:
            k += 1
        if k < len(d) and d[k].text in QUOTE_MARKS:
            end = k + 1
        elif opens > closes and not _paired_straight_marks(d, start, end):
            start += 1
    elif opens > closes and last not in QUOTE_MARKS and unclosed_quotation(d, start, end) is not None:
        # a quotation opened inside the content closes just after it: take the punctuation and the quote mark
        k = end
        while k < len(d) and k - end < 3 and d[k].is_punct and d[k].text not in QUOTE_MARKS:
            k += 1
        if k < len(d) and d[k].text in CLOSE_QUOTES:
            end = k + 1
        else:  # the parser cut the clause inside the quotation: the content runs to its closing mark
            close = next((t.i for t in d[end:min(len(d), end + 80)] if t.text in CLOSE_DOUBLE or "\n" in t.text),
                         None)
            if close is not None and d[close].text in CLOSE_DOUBLE:
                end = close + 1
    elif last in QUOTE_MARKS and first not in QUOTE_MARKS and opens < closes + (1 if last in OPEN_QUOTES else 0):
        end -= 1
        while end > start and (d[end - 1].is_punct and d[end - 1].text not in QUOTE_MARKS or d[end - 1].is_space):
            end -= 1
    return (start, end) if end > start else None


def _paired_straight_marks(d: Doc, start: int, end: int) -> bool:
    """Whether d[start:end] opens on a straight mark and holds its quotation whole: straight marks open and close in
    turn, so "''I admire the mechanics'' of the plan" is one quotation and a phrase after it. The first mark must
    open (glued to the word after it, not "'' the candidate said"), and no report of the quotation may follow it
    ("''...,'' she said": a content that takes in a cue is a misparse)."""
    marks = [t.i for t in d[start:end] if t.text in AMBIGUOUS_MARKS]
    return bool(marks) and marks[0] == start and not d[start].whitespace_ and len(marks) % 2 == 0 \
        and not any(reporting_verb(t) for t in d[marks[-1]:end])


def _loose_end(d: Doc, start: int, end: int) -> bool:
    """Whether the last token of d[start:end] falls outside a content: space, stray punctuation (not a quote mark,
    a "%" or a bracket the content opened), or a dangling "..., and" that goes with the punctuation before it.
    "(the operator disclosed that a cable snapped)": that bracket closes around the relation, not in it."""
    last = d[end - 1]
    if last.is_space or last.pos_ == "CCONJ" and end - start > 2:
        return True
    if not last.is_punct or last.text in QUOTE_MARKS or last.text == "%":
        return False
    return last.text != ")" or not any(t.text == "(" for t in d[start:end - 1])


def _closing_marks(span: Span) -> int:
    """Closing quotation marks in ``span``; a "’" closes only an open "‘", else it is an apostrophe ("States’")."""
    count = single_open = 0
    for t in span:
        if t.text == "‘":
            single_open += 1
        elif t.text == "’":
            if single_open:
                single_open -= 1
                count += 1
        elif t.text in CLOSE_QUOTES and t.text not in OPEN_QUOTES:
            count += 1
    return count


def subtree_range(tok: Token, holes: Sequence[Token] = ()) -> TokRange:
    left, right = tok.left_edge.i, tok.right_edge.i + 1
    for hole in holes:
        hl, hr = hole.left_edge.i, hole.right_edge.i + 1
        if hl <= left < hr:
            left = hr
        elif hl < right <= hr:
            right = hl
        elif left < hl and hr < right:
            # a hole in the middle: keep the side that holds the head word
            if tok.i < hl:
                right = hl
            else:
                left = hr
    return left, right


# Adverbs the parser hangs on a subject that mark the sentence, not the speaker: "even economists who favor the tax",
# "Meanwhile Rihanna", "Elsewhere municipalities". Not "only" or "just", which annotators keep ("only four percent").
_SENTENCE_ADVERBS = frozenset({"even", "meanwhile", "elsewhere", "also", "still"})


def _np_left(tok: Token) -> int:
    """Left edge of a noun phrase, without a leading date, preposition, sentence adverb or space the parser hung
    on it."""
    left = tok.left_edge.i
    d = tok.doc
    while left < tok.i and (d[left].ent_type_ in {"DATE", "TIME"} or d[left].pos_ in {"ADP", "PUNCT", "CCONJ", "SPACE"}
                            or d[left].lower_ in _SENTENCE_ADVERBS) and not bounds_a_number(d[left]):
        left += 1
    return left


def opens_with_aside(verb: Token, clause: Token) -> bool:
    """Whether a clause the parser gave a cue as its complement opens, right after a comma, with an adverbial clause of
    its own that runs on into it: "“...,” the official said, while expressing optimism that Kyiv would ...",
    whose "that" clause is what the optimism is about, not what was said."""
    doc = clause.doc
    first = doc[clause.left_edge.i]
    if first.dep_ != "mark" or first.head.dep_ != "advcl" or first.head.head.i != clause.i:
        return False
    # an aside closed by a comma or a dash leaves the clause after it the content: "Several experts cautioned, as
    # did the campaign itself, that ...", "asked him then, if you do end up endorsing her, what happens to me?"
    closers = {",", ";"} | DASHES
    last = first.head.right_edge.i
    closed = doc[last].text in closers or last + 1 < len(doc) and doc[last + 1].text in closers
    return first.i > verb.i + 1 and doc[first.i - 1].text == "," and not closed


def object_left_over(subj: Token) -> bool:
    """Whether a second subject the parser gave a verb follows a verb or a preposition that lacks its object: in
    "The family of a man sentenced for fighting Russian forces have said ...", "Russian forces"."""
    first = subj.left_edge.i
    if first == 0:
        return False
    prev = subj.doc[first - 1]
    return prev.pos_ == "ADP" or prev.pos_ == "VERB" and not any(c.dep_ in {"dobj", "pobj"} for c in prev.children)


def noun_phrase(tok: Token) -> TokRange:
    """The source's whole noun phrase, appositions and relative clauses included, as annotators mark it:
    "Brian Fallon, the campaign's press secretary,"; resolution still reads only its head."""
    left = _np_left(tok)
    right = tok.right_edge.i + 1
    d = tok.doc
    if tok.dep_ in SUBJECT_DEPS:  # the object the parser made a second subject belongs to the phrase it ends
        right = next((c.right_edge.i + 1 for c in tok.head.children if c.dep_ in SUBJECT_DEPS and c.i != tok.i
                      and c.left_edge.i == right and object_left_over(c)), right)
    doing = _what_they_were_doing(tok)
    if doing is not None:  # "Trump, speaking to a veterans group in Virginia,": where the speaker was, not who
        right = min(right, doing.left_edge.i)
    seen_as = as_phrase(tok) if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None
    if seen_as is not None:  # "was seen by some as a demotion": what they saw it as is the verb's, not who they are
        right = min(right, seen_as.i)
    while right - 1 > tok.i and (d[right - 1].is_space or d[right - 1].text in QUOTE_MARKS
                                 and not _closes_its_own(d, left, right - 1) or d[right - 1].text in
                                 DASHES and not any(t.text in DASHES for t in d[left:right - 1])):
        right -= 1  # "- according to the former minister - the ...": a dash that closes no aside of the phrase's own
    if right - 1 > tok.i and d[right - 1].text == "," and not any(t.text == "," for t in d[left:right - 1]):
        right -= 1  # "said Ortiz, speaking of ...": a comma the parser hung on a name closes no apposition
    if right < len(d) and d[right].text in QUOTE_MARKS and _closes_its_own(d, left, right):
        right += 1  # the mark that closes a quoted name in the phrase, which the parser hung elsewhere
    if right + 2 < len(d) and d[right].text == "(" and d[right + 2].text == ")" and d[right + 1].is_upper:
        right += 3
    elif right < len(d) and d[right].text == ")" and d[left:right].text.count("(") > d[left:right].text.count(")"):
        right += 1  # "the Nordic Development Bank (NDB)": the closing bracket the parser hung on the verb
    when = _time_of_speaking(tok, right)
    if when is not None:  # "said Antony Blinken during the meeting", "warned Charles Michel yesterday"
        cut = when.left_edge.i
        while cut > tok.i + 1 and d[cut - 1].text not in {")", "]"} | CLOSE_QUOTES and (
                d[cut - 1].is_punct or d[cut - 1].is_space) and not (
                d[cut - 1].text == "," and any(t.text == "," for t in d[left:cut - 1])):
            cut -= 1  # "The Central Intelligence Agency (CIA) in the summer" keeps its bracket, "Ana Ruiz, an
            # aide, on Monday" the comma that closes the apposition
        right = min(right, cut)
    cites = next((c for c in tok.children if c.i > tok.i and c.lower_ in CITING_WORDS), None) or quoted_aside(tok)
    if cites is not None:  # "U.K. officials citing data from Kyiv", "Oleksy Danilov, quoted by Interfax"
        right = back_over_joints(d, cites.left_edge.i, tok.i + 1)
    if right - 2 > left and d[right - 1].lower_ in MEDIA_LABELS and d[right - 2].text in DASHES:
        # a headline's label: "..., says Ana Berg – video", whether the parser heads the phrase on the name or on it
        right = back_over_joints(d, right - 2, left + 1)
    while right - 1 > tok.i and (floated(d[right - 1], left) or d[right - 1].is_space and floated(d[right], left)):
        right -= 1  # "Bush, Christie and Kasich all", "The lawyers also": what the sentence says of them, not who
    if right - 1 > tok.i and joins_nothing(d[right - 1]):
        right = across_dangling_conjunction(tok, left, right - 1)
    return left, right


def as_phrase(tok: Token) -> Token | None:
    """The "as" phrase the parser hung on ``tok`` after it: "seen by some as a demotion"."""
    return next((c for c in tok.children if c.i > tok.i and c.dep_ == "prep" and c.lower_ == "as"), None)


def _closes_its_own(doc: Doc, left: int, mark: int) -> bool:
    """Whether the quotation mark at ``mark`` closes one opened inside doc[left:mark]: "director of the group
    “Reporters Without Borders”" keeps its closing mark."""
    marks = [t.text for t in doc[left:mark] if t.text in QUOTE_MARKS]
    if doc[mark].text in AMBIGUOUS_MARKS:
        return marks.count(doc[mark].text) % 2 == 1
    return doc[mark].text in CLOSE_QUOTES and any(m in OPEN_QUOTES for m in marks) and sum(
        m in OPEN_QUOTES for m in marks) > sum(m in CLOSE_DOUBLE for m in marks)


def _what_they_were_doing(tok: Token) -> Token | None:
    """A participle set off by a comma after a name or after its apposition, which says what the speaker was doing:
    "Sen. Ana Ruiz, speaking at a rally in Tampa,", "Dan Ortiz, the party's director, eyeing the next vote". Not a
    participle of a noun deeper in the phrase ("author of a book calling for ...")."""
    doc = tok.doc
    for head in (tok, *(c for c in tok.children if c.dep_ == "appos" and c.i > tok.i)):
        for c in head.children:
            if c.dep_ in {"acl", "advcl"} and c.tag_ == "VBG" and c.i > head.i and c.left_edge.i > 0 \
                    and doc[c.left_edge.i - 1].text == "," and c.lower_ not in _NOT_DOING:
                return c
    return None


# participles that say who someone is, not what they were doing: "a lawyer representing the family"
_NOT_DOING = frozenset({"representing", "including", "leading", "heading", "running", "owning", "according"})
_CIRCUMSTANCE_WORDS = frozenset({"during", "after", "before", "following"})
_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later"})


def says_when(c: Token) -> bool:
    """Whether the phrase headed by ``c`` says when something was said: "during the meeting", "on Sunday",
    "yesterday", "last week" (not "the British weekly", a name's word the recogniser reads as a date)."""
    if c.dep_ == "prep":
        return c.lower_ in _CIRCUMSTANCE_WORDS or c.lower_ in {"on", "in", "at"} and any(
            g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children)
    return c.dep_ in {"npadvmod", "advmod"} and (c.lower_ in _DAY_WORDS or c.ent_type_ in {"DATE", "TIME"})


def prep_of(c: Token, preps: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether ``c`` is one of the prepositions ``preps`` with one of ``nouns`` for its object: "on Telegram", "at a
    briefing", "in a statement"."""
    return c.dep_ == "prep" and c.lower_ in preps and any(
        g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in c.children)


def on_a_medium(prep: Token) -> bool:
    """"on Twitter", "on Telegram", "on the air": where something was said, not what it was about."""
    return prep_of(prep, frozenset({"on"}), MEDIA_CHANNELS)


def says_where(c: Token) -> bool:
    """Whether the phrase headed by ``c`` says where something was said: "in a statement", "at a briefing", "on
    Telegram"."""
    return on_a_medium(c) or prep_of(c, frozenset({"in", "on", "at", "during"}), DOCUMENT_NOUNS | OCCASION_NOUNS)


def circumstance_of_speaking(phrase: Token) -> bool:
    """Whether a phrase hung on a verb of speech says when, where or how it spoke, not what about: "on Friday", "in a
    statement", "at a briefing", "on Facebook", "later"; not "insists on holding talks", "said a lot"."""
    return phrase.dep_ == "advmod" and phrase.pos_ == "ADV" or says_when(phrase) or says_where(phrase)


def _says_at_what(c: Token) -> bool:
    """Whether the phrase headed by ``c`` names the occasion a named speaker spoke at: "in his meeting with
    parliamentary leaders", "at a briefing", "in an interview". After a common noun such a phrase says which ones
    are meant ("many people at his rallies"), and stays."""
    return prep_of(c, frozenset({"in", "at", "during"}), OCCASION_NOUNS | _SPOKEN_IN)


def _says_in_what(c: Token) -> bool:
    """Whether the phrase headed by ``c`` names a text or a talk the speaker spoke in, whoever the speaker: "in a
    Facebook post", "in its statement", "in a televised address". With "the" it may say which ones are meant ("the
    soldiers in the video"), and where people gather, who ("many people at his rallies"): both stay."""
    return c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _SPOKEN_IN and any(
            d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in {"a", "an"} for d in g.children)
        for g in c.children)


# what a speaker speaks in; not "poll", "study" or "data", which say who was counted ("most respondents in a poll")
_SPOKEN_IN = frozenset("""
statement post message letter note release communique communiqué announcement tweet video email memo
interview speech address call briefing appearance remark comment
""".split())


def reporting_participle(word: Token) -> bool:
    """Whether ``word`` is a participle of reporting or citing: "adding", "saying", "citing" in "..., she said,
    adding that ...", which opens the speaker's next act."""
    return word.tag_ == "VBG" and (word.lower_ in CITING_WORDS or word.lemma_.lower() in REPORTING_VERBS)


def _time_of_speaking(tok: Token, right: int) -> Token | None:
    """When a speaker spoke, or at what occasion a named one did ("Putin in his meeting with parliamentary
    leaders"), which the parser hung on the phrase that names them: "during the meeting" in "said
    Antony Blinken during the meeting", "yesterday" in "warned Charles Michel yesterday", "last week" in "the leader
    of China Xi Jinping last week called ...", "on Sunday" in "Ukraine's ambassador to the U.S. on Sunday said". The
    phrase, up to ``right``, ends before it: right after a name, or at the phrase's end. A place stays part of it
    ("Republicans on the committee", "Dan Ruiz at the Review")."""
    doc = tok.doc
    for t in doc[tok.left_edge.i:right]:
        if t.i != tok.i and t.pos_ != "PROPN":
            continue
        named = t.pos_ == "PROPN"
        for c in t.children:
            if c.i <= t.i or not of_speaking(c, named):
                continue
            # the phrases after it may say more of the same: "in a Telegram message on Wednesday"
            rest = [x for x in t.children if x.i >= c.i and x.left_edge.i < right and not x.is_punct]
            end = right  # not counting the marks the parser hung on the phrase after it: '... "Do Rzeczy" announced'
            while end - 1 > c.i and doc[end - 1].text in QUOTE_MARKS and doc[end - 1].head.i == t.i:
                end -= 1
            if named and c.left_edge.i == t.i + 1 or all(of_speaking(x, named) for x in rest) and max(
                    x.right_edge.i for x in rest) + 1 >= end > c.left_edge.i:
                return c
    return None


def of_speaking(c: Token, named: bool) -> bool:
    """Whether the phrase headed by ``c`` says when, in what or, after a name, at what occasion someone spoke."""
    return says_when(c) or _says_in_what(c) or named and _says_at_what(c)


def quoted_aside(tok: Token) -> Token | None:
    """The participle of "the minister, quoted by Interfax," in the phrase of ``tok``, if there is one; of a verb,
    the one hung on the verb itself ("..., state television reported, quoted by AFP")."""
    if tok.pos_ in {"VERB", "AUX"}:
        return next((c for c in tok.rights if c.dep_ == "advcl" and quoted_by(c) is not None), None)
    return next((c for c in tok.subtree if c.i > tok.i and quoted_by(c) is not None), None)


def quoted_by(participle: Token) -> Token | None:
    """The outlet in "the minister, quoted by Interfax," and "officials cited by Reuters": the agent of a participle
    of quoting after a speaker, set off by a comma or right after the speaker's noun."""
    if participle.dep_ not in {"acl", "advcl"} or participle.lower_ not in {"quoted", "cited"} or participle.i == 0 \
            or participle.doc[participle.i - 1].text != "," and participle.head.i != participle.i - 1:
        return None
    return agent_of(participle)


_ACTIVE_FORMS = frozenset({"VB", "VBZ", "VBP", "VBG"})  # a base, present or -ing form: a passive's verb is a participle


def agent_of(verb: Token) -> Token | None:
    """Who did it, in a passive: "Interfax" in "quoted by Interfax", "some" in "was seen by some as ...". Not a "by"
    the parser made the agent of a verb in a form no passive takes: "did not repeat the claim by the mayor"."""
    if verb.tag_ in _ACTIVE_FORMS and not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


# Participles of getting hold of a document, whose agent relays it: "a letter obtained by Fox News", "Kremlin papers
# seen by the Guardian", "satellite imagery reviewed by CNN".
SEEN_PARTICIPLES = frozenset({"obtained", "seen", "reviewed"})
_RECORDS = DOCUMENT_NOUNS | {"paper", "correspondence", "imagery", "file", "copy", "draft", "cable", "dossier"}


def seen_by(noun: Token) -> Token | None:
    """The outlet that obtained or saw the document ``noun`` heads, which relays it. The source stays the document,
    and its span keeps the participle, as annotators mark it."""
    if noun.lemma_.lower() not in _RECORDS:
        return None
    for c in noun.subtree:  # "Kremlin papers from early 2016 seen by the Guardian", the parser hanging it on the year
        if c.dep_ == "acl" and c.lower_ in SEEN_PARTICIPLES and c.i > noun.i:
            outlet = agent_of(c)
            if outlet is not None and (outlet.pos_ == "PROPN" or outlet.ent_type_ in {"ORG", "PERSON"}):
                return outlet
    return None


def back_over_joints(doc: Doc, k: int, floor: int) -> int:
    """``k`` moved back, not below ``floor``, over the punctuation, space and joining words before it: a span that
    ends at ``k`` does not end on "..., and" or "supporting Sanders or"."""
    while k > floor and (doc[k - 1].is_punct or doc[k - 1].is_space or doc[k - 1].pos_ in {"CCONJ", "ADP", "SCONJ"}):
        k -= 1
    return k


def subject_phrase(subj: Token, cue_start: int) -> TokRange:
    """The subject's noun phrase (``noun_phrase``); one before its cue, or before the verb it is the subject of,
    ends there, whatever the parser hung on it further on: in "Sanders plans to demand X; the end of superdelegates;
    and open primaries" it made "the end" an apposition of "Sanders"."""
    start, end = noun_phrase(subj)
    limit = min((x for x in (cue_start, subj.head.i) if x > subj.i), default=end)
    if not start < limit < end:
        return start, end
    return start, back_over_joints(subj.doc, limit, start + 1)


def conjuncts(tok: Token) -> list[Token]:
    """Coordinated proper-name subjects become separate sources: "Pyongyang and Moscow deny"."""
    conj = [c for c in tok.conjuncts if c.i > tok.i]
    if conj and all(c.pos_ == "PROPN" or c.ent_type_ for c in [tok, *conj]):
        return [tok, *conj]
    return [tok]


def single_np(tok: Token) -> TokRange:
    left = max(min((c.left_edge.i for c in tok.lefts), default=tok.i), _np_left(tok))
    right = tok.i + 1
    d = tok.doc
    if right + 2 < len(d) and d[right].text == "(" and d[right + 2].text == ")" and d[right + 1].is_upper:
        right += 3
    return left, right


def quote_extent(open_tok: Token, limit: int = 400) -> TokRange | None:
    """From an opening quote to its closing quote, across sentence ends if the quotation runs on. Only a mark of
    the opening one's kind closes it: "“I watch these things called ‘A Football Life,’ little biographies.”"."""
    doc = open_tok.doc
    single = is_single_mark(open_tok)
    for k in range(open_tok.i + 1, min(len(doc), open_tok.i + limit)):
        closes = doc[k].text in CLOSE_QUOTES and doc[k].text not in AMBIGUOUS_MARKS or doc[k].text in AMBIGUOUS_MARKS \
            and k > open_tok.i + 1
        if closes and is_single_mark(doc[k]) == single:  # a mark of the other kind is a quotation inside this one
            return open_tok.i, k + 1
        if "\n" in doc[k].text:
            return None
    return None


def paragraph_left_open(open_tok: Token, limit: int = 400) -> int | None:
    """Where the paragraph ends that a quotation opened at ``open_tok`` runs to without a closing mark of its kind:
    the line break after it, or the end of the text; None when such a mark comes first, or no end within ``limit``
    tokens."""
    doc = open_tok.doc
    kind = is_single_mark(open_tok)
    for tok in doc[open_tok.i + 1:open_tok.i + limit]:
        if "\n" in tok.text:
            return tok.i
        if tok.text in QUOTE_MARKS and is_single_mark(tok) == kind:
            return None
    return len(doc) if len(doc) < open_tok.i + limit else None


def quoted_paragraph(open_tok: Token) -> TokRange | None:
    """'The mayor said: "The levee held. We were lucky.' and a new paragraph that opens with a
    quotation mark: a quotation that runs over paragraphs leaves each one open, as news prints it, and what the
    cue introduces is its first paragraph, without the full stop that ends it."""
    doc = open_tok.doc
    k = paragraph_left_open(open_tok)
    if k is None:
        return None
    nxt = next((t for t in doc[k:] if not t.is_space), None)
    if nxt is None or nxt.text not in OPEN_QUOTES:
        return None
    end = k
    while end > open_tok.i + 1 and (doc[end - 1].is_space or doc[end - 1].text == "."):
        end -= 1
    return (open_tok.i, end) if end > open_tok.i + 1 else None


def opens_quotation(tok: Token) -> bool:
    """A straight double mark opens a quotation when a space or a line break comes before it and none after;
    curly and doubled marks say which they are."""
    if tok.text in AMBIGUOUS_MARKS:
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        return (before is None or before.is_space or bool(before.whitespace_)) and not tok.whitespace_
    return tok.text in OPEN_DOUBLE


def unclosed_quotation(doc: Doc, start: int, end: int) -> int | None:
    """The double quotation mark in doc[start:end] that opens a quotation not closed before ``end``, if any."""
    pending: int | None = None
    for tok in doc[start:end]:
        if tok.text not in QUOTE_MARKS or tok.text in _SINGLE_QUOTES:
            continue
        if pending is None and opens_quotation(tok):
            pending = tok.i
        elif pending is not None:
            pending = None
    return pending


def past_spaces(doc: Doc, k: int) -> int:
    """The first token from ``k`` on that is no space within the line: a space holding a line break stops it."""
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    return k


def ends_line(tok: Token) -> bool:
    """Whether a line break comes in or right after the token."""
    return "\n" in tok.text or "\n" in tok.whitespace_


def start_of_line(doc: Doc, k: int, limit: int = 400) -> int:
    """The first token of the line (the paragraph) that holds token ``k``, at most ``limit`` tokens back."""
    j = k
    while j > 0 and k - j < limit and not ends_line(doc[j - 1]):
        j -= 1
    return j


def closes_a_sentence(doc: Doc, extent: TokRange) -> bool:
    """Whether the quotation doc[extent] ends on a sentence's own mark ("“... this week.”"), not on the comma
    before an attribution of its own ("“...,” Lee added")."""
    k = extent[1] - 2
    while k > extent[0] and doc[k].text in QUOTE_MARKS:
        k -= 1
    return doc[k].text in DASHES or doc[k].text[-1] in ".!?…"  # "I." and "..." end on a stop


def sentence_before(sent: Span) -> TokRange | None:
    """The sentence before ``sent``, trimmed as a content; past blank lines, and past a closing mark the parser set
    apart as a sentence of its own (the whole quotation is taken)."""
    doc = sent.doc
    end = sent.start
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    before = doc[end - 1].sent if end > 0 else None
    while before is not None and not any(t.is_alpha for t in before):
        before = doc[before.start - 1].sent if before.start > 0 else None
    return trim(before, before.start, end) if before is not None else None
