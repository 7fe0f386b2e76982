"""Attribution relations in a parsed sentence: cue, source and content, from the dependency parse and a lexicon.

Covered: reporting verbs in any tense and voice ("reports", "previously reported", "said in a report"),
"according to X", closing quote attributions ("..., the message reads"), parenthetical cues ("..., the GUR
summarizes"), agentless passives ("It was also reported that ..."), object cues ("deny arms deliveries"),
topic cues ("GUR reports on ..."), "citing X" relays and several relations in one sentence. Verbs outside the
lexicon count as cues when the learned model (``cue_model.py``, trained on PolNeAR train) says so.
Pure: reads spaCy tokens, returns token-index spans; source resolution happens in ``claims``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .cue_model import load_cue_model, verb_features
from .lexicon import (
    DOCUMENT_CUES,
    DOCUMENT_NOUNS,
    EMPTY_SUBJECTS,
    FRAME_NOUNS,
    IMPRESSION_ADVERBS,
    INSTITUTION_HEADS,
    INTENTION_CUES,
    LIGHT_VERBS,
    NEVER_CUES,
    OBJECT_CUES,
    OPEN_QUOTES,
    QUOTE_MARKS,
    REPORTED_ADVERBS,
    REPORTING_VERBS,
    ROLE_HEADS,
    SEEMING_VERBS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    TOPIC_CUES,
    VAGUE_HEADS,
)

NAME = "claimledger.attribution.v1"

TokRange = tuple[int, int]  # doc token indexes, end exclusive
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_TRIM = {"PUNCT", "SPACE", "CCONJ", "SYM"}
_QUOTES = QUOTE_MARKS
_CLOSE_QUOTES = {"”", '"', "''", "»", "’"}
_AMBIGUOUS = {'"', "''"}
_DOUBLE_CLOSERS = {"”", '"', "''", "»"}
_ADDRESSEE_CUES = {"tell", "inform", "remind", "assure", "ask", "warn", "advise", "brief"}  # whose object is the hearer
# verbs that give the words as said: "wrote on Twitter" is where, "said with a smile" how
_WORDING_VERBS = {"say", "write", "tweet", "post", "add", "declare", "reply", "exclaim", "shout", "joke"}
_TOLD_THINGS = {"story", "tale", "truth", "lie", "joke", "anecdote", "question", "version"}  # "told a different tale"
_OPEN_DOUBLE = {"“", "«", "„", "``"}  # quotation marks that only open (single quotes double as apostrophes)
_CLOSE_DOUBLE = {"”", "»"}
_SINGLE_QUOTES = {"'", "‘", "’"}
_COMPLEMENT_DEPS = {"prep", "oprd", "xcomp", "ccomp", "acomp"}
_CIRCUMSTANCE_PREPS = {"in", "on", "at", "during", "after", "before", "since", "while"}
_RELATIVE = {"which", "that", "who", "whom", "what"}
_COMPLEMENTIZERS = {"that", "whether"}  # open a reported clause the parser hung as an adverbial one
_ASKING_CUES = {"ask", "wonder", "inquire", "question"}  # after which "if" opens the question asked too
_SPEAKER_PRONOUNS = {"he", "she", "it", "they"}
_SHARE_NOUNS = {"proportion", "share", "percentage", "number", "majority", "plurality", "minority", "fraction"}
# What someone issues to speak for them: "issued a statement saying ..." (``_with_issued_statements``)
_ISSUED = {"statement", "release", "letter", "note", "message", "email", "memo", "tweet", "post", "video", "ad",
           "advertisement", "announcement", "communique", "communiqué", "resolution"}


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


def _single(tok: Token) -> bool:
    """Whether a quotation mark is of the single kind; a quotation closes only on a mark of its own kind."""
    return tok.text in _SINGLE_QUOTES


def _reporting_verb(tok: Token) -> bool:
    """A verb of the reporting lexicon, whatever its frame: the cue a quotation or a content may run into."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in REPORTING_VERBS


def _trim(doc: Span, start: int, end: int) -> TokRange | None:
    """Content boundaries as annotators draw them: "that" and a leading conjunction stay; quote marks stay
    balanced (with the comma inside a closing quote); stray punctuation and a sentence-final period go."""
    d = doc.doc
    while start < end and (d[start].is_space or d[start].is_punct and d[start].text not in _QUOTES):
        start += 1
    while end > start and _loose_end(d, start, end):
        end -= 1
    if end <= start:
        return None
    if start > 0 and d[start - 1].text in OPEN_QUOTES and d[start].text not in _QUOTES:
        k = end
        while k < len(d) and k - end < 3 and d[k].is_punct and d[k].text not in _QUOTES:
            k += 1
        if k < len(d) and d[k].text in _CLOSE_QUOTES:
            start, end = start - 1, k + 1  # the quotation with its marks: “We will not retreat,”
    opens = sum(1 for t in d[start:end] if t.text in OPEN_QUOTES)
    closes = _closing_marks(d[start:end])
    straight_close = next((t for t in d[start:end] if t.text == '"'), None)
    if straight_close is not None and not (straight_close.i > start and not d[straight_close.i - 1].whitespace_):
        straight_close = None  # a straight mark closes when it hangs on the word before it: reforms"
    if (closes > opens or straight_close is not None) and start > 0 and d[start - 1].text in OPEN_QUOTES \
            and d[start].text not in _QUOTES:
        start -= 1  # the quotation the content closes opens just before it
        if straight_close is not None:  # counted as an opening mark above; it is the closing one
            closes += 1
        else:
            opens += 1
    first, last = d[start].text, d[end - 1].text
    if first in _QUOTES and last not in _QUOTES:
        # an opening quote whose closing quote lies just outside: take it, with the punctuation inside it
        k = end
        while k < len(d) and k - end < 3 and d[k].is_punct and d[k].text not in _QUOTES:
            k += 1
        if k < len(d) and d[k].text in _QUOTES:
            end = k + 1
        elif opens > closes and not _paired_straight_marks(d, start, end):
            start += 1
    elif opens > closes and last not in _QUOTES and _unclosed_quotation(d, start, end) is not None:
        # a quotation opened inside the content closes just after it: take the punctuation and the quote mark
        k = end
        while k < len(d) and k - end < 3 and d[k].is_punct and d[k].text not in _QUOTES:
            k += 1
        if k < len(d) and d[k].text in _CLOSE_QUOTES:
            end = k + 1
        else:  # the parser cut the clause inside the quotation: the content runs to its closing mark
            close = next((t.i for t in d[end:min(len(d), end + 80)] if t.text in _CLOSE_DOUBLE or "\n" in t.text),
                         None)
            if close is not None and d[close].text in _CLOSE_DOUBLE:
                end = close + 1
    elif last in _QUOTES and first not in _QUOTES and opens < closes + (1 if last in OPEN_QUOTES else 0):
        end -= 1
        while end > start and (d[end - 1].is_punct and d[end - 1].text not in _QUOTES or d[end - 1].is_space):
            end -= 1
    return (start, end) if end > start else None


def _paired_straight_marks(d: Doc, start: int, end: int) -> bool:
    """Whether d[start:end] opens on a straight mark and holds its quotation whole: straight marks open and close in
    turn, so "''I admire the mechanics'' of the plan" is one quotation and a phrase after it. The first mark must
    open (glued to the word after it, not "'' the candidate said"), and no report of the quotation may follow it
    ("''...,'' she said": a content that takes in a cue is a misparse)."""
    marks = [t.i for t in d[start:end] if t.text in _AMBIGUOUS]
    return bool(marks) and marks[0] == start and not d[start].whitespace_ and len(marks) % 2 == 0 \
        and not any(_reporting_verb(t) for t in d[marks[-1]:end])


def _loose_end(d: Doc, start: int, end: int) -> bool:
    """Whether the last token of d[start:end] falls outside a content: space, stray punctuation (not a quote mark,
    a "%" or a bracket the content opened), or a dangling "..., and" that goes with the punctuation before it.
    "(the operator disclosed that a cable snapped)": that bracket closes around the relation, not in it."""
    last = d[end - 1]
    if last.is_space or last.pos_ == "CCONJ" and end - start > 2:
        return True
    if not last.is_punct or last.text in _QUOTES or last.text == "%":
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
        elif t.text in _CLOSE_QUOTES and t.text not in OPEN_QUOTES:
            count += 1
    return count


def _subtree_range(tok: Token, holes: Sequence[Token] = ()) -> TokRange:
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


def _np_left(tok: Token) -> int:
    """Left edge of a noun phrase, without a leading date or preposition the parser hung on it."""
    left = tok.left_edge.i
    d = tok.doc
    while left < tok.i and (d[left].ent_type_ in {"DATE", "TIME"} or d[left].pos_ in {"ADP", "PUNCT", "CCONJ"}):
        left += 1
    return left


def _noun_phrase(tok: Token) -> TokRange:
    """The source's whole noun phrase, appositions and relative clauses included, as annotators mark it:
    "Brian Fallon, the campaign's press secretary,"; resolution still reads only its head."""
    left = _np_left(tok)
    right = tok.right_edge.i + 1
    d = tok.doc
    while right - 1 > tok.i and (d[right - 1].is_space or d[right - 1].text in _QUOTES):
        right -= 1
    if right + 2 < len(d) and d[right].text == "(" and d[right + 2].text == ")" and d[right + 1].is_upper:
        right += 3
    return left, right


def _back_over_joints(doc: Doc, k: int, floor: int) -> int:
    """``k`` moved back, not below ``floor``, over the punctuation, space and joining words before it: a span that
    ends at ``k`` does not end on "..., and" or "supporting Sanders or"."""
    while k > floor and (doc[k - 1].is_punct or doc[k - 1].is_space or doc[k - 1].pos_ in {"CCONJ", "ADP", "SCONJ"}):
        k -= 1
    return k


def _subject_phrase(subj: Token, cue_start: int) -> TokRange:
    """The subject's noun phrase (``_noun_phrase``); one before its cue, or before the verb it is the subject of,
    ends there, whatever the parser hung on it further on: in "Sanders plans to demand X; the end of superdelegates;
    and open primaries" it made "the end" an apposition of "Sanders"."""
    start, end = _noun_phrase(subj)
    limit = min((x for x in (cue_start, subj.head.i) if x > subj.i), default=end)
    if not start < limit < end:
        return start, end
    return start, _back_over_joints(subj.doc, limit, start + 1)


def _conjuncts(tok: Token) -> list[Token]:
    """Coordinated proper-name subjects become separate sources: "Pyongyang and Moscow deny"."""
    conj = [c for c in tok.conjuncts if c.i > tok.i]
    if conj and all(c.pos_ == "PROPN" or c.ent_type_ for c in [tok, *conj]):
        return [tok, *conj]
    return [tok]


def _single_np(tok: Token) -> TokRange:
    left = max(min((c.left_edge.i for c in tok.lefts), default=tok.i), _np_left(tok))
    right = tok.i + 1
    d = tok.doc
    if right + 2 < len(d) and d[right].text == "(" and d[right + 2].text == ")" and d[right + 1].is_upper:
        right += 3
    return left, right


def _speaker_behind(noun: Token) -> Token:
    """Who speaks through the noun a participle of saying hangs on: the members of a share ("the share of farmers
    saying ..."), or else the noun itself ("911 calls saying shots were fired", "a new poll showing ...")."""
    if noun.lemma_.lower() in _SHARE_NOUNS:
        members = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
        return members if members is not None else noun
    return noun


def _reporter_of_participle(verb: Token) -> Token | None:
    """The reporting verb a participle after a comma goes with when the parser hung it inside what was reported:
    in "The mayor announced that she had signed the budget, saying it would protect the fleet" and "The minister
    denied the claim that the port would close, explaining that ...", the mayor and the minister say it, not "she"
    or "the port"."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    inner = verb.head
    if inner.lemma_.lower() in REPORTING_VERBS:
        return None
    for outer in list(inner.ancestors)[:3]:
        if outer.lemma_.lower() in REPORTING_VERBS and outer.pos_ == "VERB" and outer.i < inner.i \
                and any(c.dep_ == "nsubj" for c in outer.children):
            return outer
        if outer.dep_ not in {"ccomp", "acl", "conj", "pobj", "prep", "dobj"}:
            break
    return None


def _subject_of(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, is_passive) for a cue verb, climbing coordination (with any verb: "exhorted X and said
    Y"), open complements and adverbial clauses."""
    cur = _reporter_of_participle(verb) or verb
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in _SUBJ), None)
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, False
        if subj is not None:
            if cur is not verb and verb.dep_ == "conj" and cur.dep_ == "ccomp" and cur.head.i < cur.i \
                    and cur.head.lemma_.lower() in SPEECH_VERBS and (subj.lower_ in _SPEAKER_PRONOUNS or (
                        verb.tag_ == cur.head.tag_ and verb.lemma_.lower() in REPORTING_VERBS)):
                # "Rendell said he'd battled pneumonia and called it common", "Ms. Ruiz said the plan was
                # reckless and criticized the council": the parser coordinated the cue with the reported clause,
                # whose pronoun stands for the speaker, or the cue is a report in the speech verb's own tense; the
                # speaker said both
                cur = cur.head
                continue
            if cur is not verb and subj.dep_ == "nsubjpass" and verb.dep_ == "pcomp":
                return subj, False  # "After saying her foot was swollen, she was whisked off": she said it
            if subj.dep_ == "nsubjpass" or subj.dep_ == "nsubj" and any(c.dep_ == "auxpass" for c in cur.children):
                return None, True
            return subj, False  # a relative pronoun ("Kamin, who said ...") is resolved in sources.py
        if any(c.dep_ == "auxpass" for c in cur.children):
            return None, True
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and any(c.dep_ == "expl" for c in cur.head.children):
            attr = next((c for c in cur.head.children if c.dep_ == "attr" and c.i < cur.i), None)
            if attr is not None:
                return attr, False  # "There were emails that night showing that ...": the emails show it
        if cur.dep_ == "conj" and cur.tag_ in {"VBD", "VBZ"} and cur.head.tag_ == "VB" \
                and cur.head.dep_ in {"acl", "xcomp", "advcl", "relcl"}:
            # "The minister built her career on a promise to rebuild the harbor and accused the council of ...": a
            # past tense cannot
            # continue the infinitive the parser joined it to; it continues the finite verb above that
            finite = next((a for a in cur.head.ancestors if a.tag_ in {"VBD", "VBZ", "VBP"}), None)
            if finite is not None:
                cur = finite
                continue
        # "The governor paused, then revealed ...": a finite verb the parser left unlabelled after the first one
        unlabelled = cur.dep_ == "dep" and cur.tag_ in {"VBD", "VBZ"} and cur.head.i < cur.i
        if (cur.dep_ in {"conj", "xcomp", "advcl"} or unlabelled) and cur.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head  # "denied X and called Y": coordinated cues share their speaker
            continue
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.dep_ == "prep" \
                and cur.head.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head.head  # "soared in the polls by saying that ...": the speaker of the act
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VBD" and cur.head.dep_ == "ROOT" and cur.head.pos_ in {"NOUN", "PROPN"} \
                and cur.head.i < cur.i:
            return cur.head, False  # "Maria Lane called Tuesday for ...": a past tense hung on its subject
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            return _speaker_behind(cur.head), False  # "911 calls saying shots were fired", "50 percent saying ..."
        if cur.dep_ == "xcomp" and cur.head.pos_ == "ADJ" and cur.head.dep_ in {"acomp", "oprd"} \
                and cur.head.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head.head  # "voters are more likely to say that ...": the subject of the copula
            continue
        if cur is verb:
            count = next((c for c in verb.children if c.dep_ in {"nummod", "npadvmod"} and c.pos_ == "NUM"
                          and c.i < verb.i), None)
            if count is not None:
                return count, False  # "About 4 in 10 say they want ...": a share of those polled, as a modifier
            absorbed = _absorbed_subject(verb)
            if absorbed is not None:
                return absorbed, False
        break
    return None, False


def _absorbed_subject(verb: Token) -> Token | None:
    """The subject the parser hung as an apposition on the phrase before it: in "Speaking in Harlem, Lopez, without
    naming him, accused ..." and "Asked about the tender, the port director, Anna Berg, suggested ...", the name
    right before a finite verb that has no subject is its speaker. Between the two only commas, the verb's adverbs
    and an aside opened by a preposition may stand."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    doc = verb.doc
    k = verb.i - 1
    while k > verb.sent.start and (doc[k].is_punct or doc[k].head.i == verb.i and doc[k].dep_ == "advmod"):
        k -= 1
    if doc[k].dep_ != "appos":
        aside = doc[k]
        while aside.dep_ != "prep" and aside.head.i != aside.i and k - aside.head.i < 6:
            aside = aside.head
        start = aside.left_edge.i
        if aside.dep_ != "prep" or start == 0 or doc[start - 1].text != ",":
            return None
        k = start - 2  # "Lopez, without naming him, accused": back over the aside and its comma
    name = doc[k] if k >= verb.sent.start else None
    if name is None or name.dep_ != "appos" or not (name.pos_ == "PROPN" or name.ent_type_ == "PERSON"):
        return None
    while name.dep_ == "appos" and name.head.i < name.i and (name.head.dep_ == "appos"
                                                               or name.head.ent_type_ == "PERSON"):
        name = name.head  # "the port director, Anna Berg", "Anna Berg, the port director": the whole name
    return name


def _only_adverbs_between(verb: Token, word: Token) -> bool:
    """Whether only the verb's adverbs stand between it and a later ``word``: "called again for ...", "called
    Wednesday for ..."."""
    between = verb.doc[verb.i + 1:word.i]
    adverbial = {"advmod", "npadvmod"}
    return word.i > verb.i and len(between) <= 3 and all(
        t.head.i == verb.i and t.dep_ in adverbial or t.head.dep_ in adverbial for t in between)


def _free_relative(verb: Token, obj: Token) -> bool:
    """"what she calls a broken bus network": the object "what" opens the content before its speaker and cue, and
    the name given follows them (``content_segments`` leaves the speaker and cue out of it)."""
    return obj.lower_ == "what" and obj.dep_ == "dobj" and obj.head.i == verb.i and obj.i < verb.i \
        and any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights)


def _complementizers(verb: Token) -> set[str]:
    """The words that open what ``verb`` reports when the parser hung it as an adverbial clause: "that" and
    "whether", and "if" after a verb of asking ("asked the drivers if they had seen the convoy")."""
    return _COMPLEMENTIZERS | {"if"} if verb.lemma_.lower() in _ASKING_CUES else _COMPLEMENTIZERS


def _openers(clause: Token) -> list[Token]:
    """The words that open a clause before its verb: "that", "whether", "when", "if", ..."""
    return [g for g in clause.children if g.dep_ in {"mark", "advmod"} and g.i < clause.i]


def _content_of(verb: Token) -> Token | None:
    lemma = verb.lemma_.lower()
    quote = _quote_after(verb)
    if quote is not None:
        return quote
    comp = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i != verb.i), None)
    if comp is not None and comp.i < verb.i:
        later = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if later is not None and (any(t.text in {";", ":", "("} for t in verb.doc[comp.right_edge.i:verb.i])
                                  or any(m.dep_ == "mark" and m.lower_ == "that" for m in later.children)):
            # "It's unlikely; the team says she'll go on", "Claiming ..., Trump told Fox that ...": the clause
            # after the cue is its content
            comp = later
    if comp is not None and (comp.dep_ == "ccomp" or comp.pos_ in {"VERB", "AUX"}
                             and lemma in INTENTION_CUES | {"deny", "admit"}):
        return comp
    marked = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ == "for" and _only_adverbs_between(verb, m)
                           for m in c.children)
                   and any(g.dep_ == "nsubj" for g in c.children)), None)
    if marked is not None:
        return marked  # "is calling for the United States to take a stronger role": who is to do what
    if lemma in REPORTING_VERBS:  # "said in a statement that ...": the clause the parser hung on the statement
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i < verb.i:
                continue
            for noun in prep.subtree:
                clause = next((c for c in noun.children if c.dep_ in {"acl", "relcl", "ccomp"} and c.i > noun.i
                               and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)
                               and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)
                if clause is not None:
                    return clause
        # "said after the convention he would not ...", "tweeted in the early hours that Machado was ...": a
        # reported clause the parser hung as advcl (an adverbial "when" or "if" clause is a circumstance)
        openers = _complementizers(verb)
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                       and any(g.dep_ == "nsubj" for g in c.children)
                       and all(g.lower_ in openers for g in _openers(c))), None)
        if clause is not None:
            return clause
    if lemma in OBJECT_CUES:
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr"}), None)
        if obj is not None:
            return obj
    if lemma in TOPIC_CUES:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "about", "of"}:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _quote_after(verb: Token) -> Token | None:
    """"Trump said, “When people come back ...”": the quotation that follows the cue is its content."""
    doc = verb.doc
    j = verb.i + 1
    if verb.lemma_.lower() in _ADDRESSEE_CUES:
        hearer = next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.left_edge.i == j), None)
        if hearer is not None:
            j = hearer.right_edge.i + 1  # "He tells the crowd: “...”": who is told, then what
    start = j - 1
    while j < len(doc) and j - start <= 2 and doc[j].text in {",", ":"}:
        j += 1
    if j < len(doc) and doc[j].text in OPEN_QUOTES and j > start + 1:
        if doc[j].text in _AMBIGUOUS and not doc[j - 1].whitespace_ and doc[j].whitespace_:
            return None  # "… wish they could say,'' Mr. Rubio said": the mark closes the quotation around the cue
        return doc[j]
    return None


def _quote_extent(open_tok: Token, limit: int = 400) -> TokRange | None:
    """From an opening quote to its closing quote, across sentence ends if the quotation runs on. Only a mark of
    the opening one's kind closes it: "“I watch these things called ‘A Football Life,’ little biographies.”"."""
    doc = open_tok.doc
    single = _single(open_tok)
    for k in range(open_tok.i + 1, min(len(doc), open_tok.i + limit)):
        closes = doc[k].text in _CLOSE_QUOTES and doc[k].text not in _AMBIGUOUS or doc[k].text in _AMBIGUOUS \
            and k > open_tok.i + 1
        if closes and _single(doc[k]) == single:  # a mark of the other kind is a quotation inside this one
            return open_tok.i, k + 1
        if "\n" in doc[k].text:
            return None
    return None


def _quoted_paragraph(open_tok: Token) -> TokRange | None:
    """'The mayor said: "The levee held. We were lucky.' and a new paragraph that opens with a
    quotation mark: a quotation that runs over paragraphs leaves each one open, as news prints it, and what the
    cue introduces is its first paragraph, without the full stop that ends it."""
    doc = open_tok.doc
    k = next((t.i for t in doc[open_tok.i + 1:open_tok.i + 400] if "\n" in t.text), None)
    if k is None or any(t.text in _QUOTES and _single(t) == _single(open_tok) for t in doc[open_tok.i + 1:k]):
        return None  # no paragraph end near, or a mark of its kind inside the paragraph: not left open
    nxt = next((t for t in doc[k:] if not t.is_space), None)
    if nxt is None or nxt.text not in OPEN_QUOTES:
        return None
    end = k
    while end > open_tok.i + 1 and (doc[end - 1].is_space or doc[end - 1].text == "."):
        end -= 1
    return (open_tok.i, end) if end > open_tok.i + 1 else None


def _is_cue_verb(tok: Token) -> bool:
    if tok.pos_ not in {"VERB", "AUX"} and not tok.tag_.startswith("VB"):
        return False
    lemma = tok.lemma_.lower()
    if lemma not in REPORTING_VERBS:
        return False
    if lemma in DOCUMENT_CUES and lemma not in {"state", "indicate"}:
        subj, _ = _subject_of(tok)
        return subj is not None and subj.lemma_.lower() in DOCUMENT_NOUNS
    return True


def _learned_cue(tok: Token) -> bool:
    """A verb outside the lexicon that the learned model (``cue_model.py``) reads as attributing."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma in NEVER_CUES or tok.lower_ in {"citing", "quoting"}:
        return False  # "citing two officials" is a relay of another cue, not a cue of its own
    if lemma in REPORTING_VERBS and not any(c.dep_ == "ccomp" for c in tok.children):
        return False  # a lexicon verb the rules turned down counts only with a clause: not "He read a book"
    model = load_cue_model()
    return model is not None and model.probability(verb_features(tok)) >= LEARNED_PROPOSAL


# Learned cues are proposed below the cue model's own threshold: the relation check (``relation_model.py``)
# weighs each proposal with its source and content before a claim is made of it.
LEARNED_PROPOSAL = 0.2

_TOPIC_PREPS = {"for", "about", "on", "against", "over", "with"}
_CUE_PREPS = {"point": {"to"}}  # a lexicon verb's own preposition: "The senator pointed to last year's drought"


def _complement_of(verb: Token, learned: bool) -> Token | None:
    """What a cue without a reported clause attributes: its clause, its object, or a prepositional phrase that
    is not a circumstance ("called for new elections"). Lexicon verbs take only topical prepositions, so that
    "measures testify to the depth" stays a description, not a claim."""
    for deps in ({"ccomp", "xcomp"}, {"dobj", "attr", "oprd", "acomp", "dative"}):
        comp = next((c for c in verb.children if c.dep_ in deps and c.i > verb.i), None)
        if comp is not None and comp.dep_ == "dobj" and comp.lemma_.lower() in DOCUMENT_NOUNS \
                and comp.n_rights == 0:
            return None  # "released a report": the report's own words are the claim, not its release
        if comp is not None:
            return comp
    topics = _TOPIC_PREPS | _CUE_PREPS.get(verb.lemma_.lower(), set())
    return next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                 and c.lower_ not in _CIRCUMSTANCE_PREPS and (learned or c.lower_ in topics)
                 and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)), None)


def _infinitive_conjuncts(verb: Token, infinitive: Token) -> list[Token]:
    """Bare verbs the parser hung on a finite cue that can only continue its infinitive: in "She wants to triple
    the program, grow the Peace Corps and create a reserve", "grow" and "create" cannot agree with "wants" (the
    parser makes them its conjuncts, or "grow" a clause of its own), so they are more of what she wants ("and to
    grow" too). Verbs with a subject, an auxiliary or an opening conjunction of their own stay apart."""
    if verb.tag_ not in {"VBZ", "VBD"}:
        return []
    heads = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in {"VB", "VBP"}
             and not any(g.dep_ == "mark" for g in c.children)]
    candidates = {*verb.conjuncts, *heads, *(c for h in heads for c in h.conjuncts)}
    return sorted((c for c in candidates if c.i > infinitive.i and c.tag_ in {"VB", "VBP"} and not any(
        g.dep_ in _SUBJ or g.dep_ == "aux" and g.lower_ != "to" for g in c.children)), key=lambda t: t.i)


def _next_act(verb: Token, after: int) -> Token | None:
    """The first verb after token offset ``after`` that the parser coordinated with ``verb`` (an infinitive
    content or its cue) but that has a tense the infinitive cannot have and no subject of its own: "promised to
    rebuild the harbor and opened a ferry line", "wants to rebuild it and will open a line". It is the speaker's
    next act, not more of what was promised."""
    return next((c for c in verb.conjuncts if c.i > after and (c.tag_ in {"VBD", "VBZ"} or any(
        g.dep_ == "aux" and g.tag_ == "MD" for g in c.children)) and not any(g.dep_ in _SUBJ for g in c.children)),
        None)


def next_act_start(att: Attribution, doc: Doc) -> int | None:
    """Where the speaker's next act (``_next_act``, of the content's verb or of the cue) begins after a to-infinitive
    content, back over the joining words before it: no end of the content lies past it."""
    start, end = att.content
    if doc[start].lower_ != "to" or att.cue_head is None:
        return None
    acts = [a.i for a in (_next_act(doc[start:end].root, end - 1), _next_act(doc[att.cue_head], end - 1))
            if a is not None]
    return _back_over_joints(doc, min(acts), end) if acts else None


def _own_end(verb: Token) -> int:
    """Where a coordinated verb's own phrase ends, without the verbs coordinated after it."""
    return max([verb.i, *(c.right_edge.i for c in verb.children if c.dep_ not in {"conj", "cc"})]) + 1


def _clause_after(doc: Doc, k: int, end: int) -> bool:
    """Whether a clause of its own follows the semicolon at ``k`` (up to the next one or ``end``): "...; they only
    learned later" is the speaker's next statement, "...; the end of superdelegates; and open primaries" is more
    of a list."""
    stop = next((t.i for t in doc[k + 1:end] if t.text == ";"), end)
    return any(t.dep_ in _SUBJ or t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in doc[k + 1:stop])


def _before_next_relation(c_range: TokRange, sent: Span) -> int:
    """Where the speaker's next act begins inside what the parser gave as one content: "it was opposed to the
    test and warned North Korea to refrain", "... not intentional; they only learned ..."."""
    doc = sent.doc
    depth = 0
    for k in range(c_range[0] + 2, c_range[1] - 1):
        if doc[k].text in _QUOTES:
            depth = 0 if doc[k].text in _CLOSE_QUOTES and depth else 1
        if depth:
            continue
        if doc[k].text == ";" and _clause_after(doc, k, c_range[1]) or doc[k].pos_ == "CCONJ" \
                and doc[k + 1].tag_ in {"VBD", "VBZ"} and doc[k + 1].lemma_.lower() in REPORTING_VERBS \
                or doc[k].text == "," and _another_speaker_after(doc[k + 1], c_range[1]):
            return k
    return c_range[1]


def _another_speaker_after(opener: Token, end: int) -> bool:
    """", while 30 percent said they would switch to maize": a clause opened by a contrast whose verb is a
    report with a speaker of its own is another relation, not part of this content."""
    verb = opener.head
    return opener.lower_ in {"while", "whereas", "but", "and", "though", "although"} and verb.i < end \
        and verb.left_edge.i == opener.i and verb.tag_ in {"VBD", "VBZ", "VBP"} \
        and verb.lemma_.lower() in REPORTING_VERBS and any(c.dep_ == "nsubj" for c in verb.children)


def _clause_end(verb: Token, end: int, sent: Span) -> int:
    """Reported speech after its cue runs on to the end of the cue's clause ("..., because Democrats have been
    ...", "..., if they were taxed properly"), which the parser often hangs on the cue instead of the content;
    it stops before another relation ("..., adding that", "according to", "..., he said")."""
    doc = sent.doc
    right = min(verb.right_edge.i + 1, sent.end)
    for k in range(end, right):
        t = doc[k]
        if t.text == ";" or t.lower_ == "according" or t.dep_ in {"nsubj", "nsubjpass"} and t.head.i > k \
                and (_is_cue_verb(t.head) or t.head.lemma_.lower() in REPORTING_VERBS):
            return end
        if t.tag_ == "VBG" and t.head.i == verb.i and t.lemma_.lower() in REPORTING_VERBS:
            return end  # "..., adding that ...": a second relation of the same source
    return max(end, right)


def _block_after(verb: Token) -> TokRange | None:
    """"He said:" at the end of a line: the content is the next paragraph."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or doc[k].text != ":" or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return None
    k += 1
    if k < len(doc) and "\n" not in doc[k].text and "\n" not in doc[k - 1].whitespace_:
        return None
    while k < len(doc) and (doc[k].is_space or "\n" in doc[k].text):
        k += 1
    if k >= len(doc):
        return None
    end = k + 1
    while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return _trim(doc[k:end], k, end)


def _passive_topic(verb: Token) -> Token | None:
    """"The registration issue was first reported by The Washington Post": with an agent and no clause, the
    passive's subject is what the agent reported."""
    if not any(c.dep_ == "agent" for c in verb.children) or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in {"it", "this"}), None)


_ATTITUDE_PREPS = {"of", "about", "over", "on", "for", "toward", "towards", "against", "with"}


def _inner_content(comp: Token) -> Token | None:
    """The part of a complement that is the content, the rest joining the cue: the object of "asked about X",
    the clause of "expressed concern that X", the object of "voiced support for X"."""
    if comp.dep_ == "prep":
        return next((c for c in comp.children if c.dep_ in {"pobj", "pcomp"}), None)
    if comp.dep_ == "dobj" and comp.pos_ == "NOUN":
        clause = next((c for c in comp.children if c.dep_ in {"acl", "ccomp"} and c.i > comp.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is not None:
            return clause
        prep = next((c for c in comp.children if c.dep_ == "prep" and c.i == comp.i + 1
                     and c.lower_ in _ATTITUDE_PREPS), None)
        articles = {c.lower_ for c in comp.children if c.dep_ == "det"}
        definite = bool(articles & {"a", "an", "the", "this", "that"})  # "released a report on X": the report
        # "promoting her plans for X", "references FBI criticism of X": a noun with an owner is what is reported
        owned = any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in comp.children)
        if prep is not None and not definite and not owned:
            return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    return None


def _parenthetical_content(verb: Token) -> Token | None:
    """"Such measures testify to ..., the GUR summarizes" parsed with the cue under the content verb."""
    if verb.dep_ in {"parataxis", "ccomp", "advcl"} and verb.head.i < verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        if not any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
            return verb.head
    if verb.dep_ == "parataxis" and verb.head.i > verb.i and verb.head.pos_ in {"VERB", "AUX"} \
            and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return verb.head  # "But to prevent problems, he said, officials should be vigilant."
    return None


def _as_aside(verb: Token) -> bool:
    """"As the agency noted, ...": a cue in an "as" clause before the clause it attributes, with nothing of its
    own to report."""
    return verb.dep_ == "advcl" and verb.head.i > verb.i and verb.head.pos_ in {"VERB", "AUX"} \
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children) \
        and not any(c.i > verb.i and (c.dep_ in {"ccomp", "dobj", "xcomp"} or c.dep_ == "prep"
                                      and c.lower_ not in _CIRCUMSTANCE_PREPS) for c in verb.children)


def _topic_noun_cue(tok: Token) -> Attribution | None:
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
    content = _trim(tok.sent, pobj.left_edge.i, pobj.right_edge.i + 1)
    if content is None:
        return None
    region = frozenset(range(tok.left_edge.i, tok.right_edge.i + 1))
    return Attribution(cue=(tok.i, tok.i + 1), cue_head=tok.i, content=content, sources=(_single_np(src),),
                       region=region, origin="topic noun")


def _content_after(comp: Token, cue_end: int) -> tuple[int, TokRange] | None:
    """(end of the cue, content) for the complement of a noun or adjective cue: a preposition joins the cue
    ("criticism of", "critical of") and its object is the content; a clause is the content as it stands."""
    if comp.dep_ == "prep":
        cue_end = comp.i + 1
        comp = next(g for g in comp.children if g.dep_ in {"pobj", "pcomp"})
    content = _trim(comp.sent, comp.left_edge.i, comp.right_edge.i + 1)
    return None if content is None else (cue_end, content)


def _stance_noun_cue(tok: Token) -> Attribution | None:
    """"Trump's criticism of the Fed", "his support for the bill", "Clinton's claim that ...": a speech or
    attitude noun with its owner as the source and its complement as the content."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in STANCE_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i
                  or c.dep_ == "compound" and c.i < tok.i and (c.pos_ == "PROPN" or c.ent_type_)), None)
    comp = next((c for c in tok.children if c.i > tok.i and (
        c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        or c.dep_ == "prep" and c.lower_ in _ATTITUDE_PREPS | {"to"}
        and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
        or c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))), None)
    found = _content_after(comp, tok.i + 1) if comp is not None else None
    if comp is None or found is None:
        return None
    cue_end, content = found
    if owner is None and comp.dep_ == "prep":
        return None  # "the criticism of the contract": without an owner, only a clause makes it a claim
    # "fears that the plant will close": nobody named holds them, and the relation has no source
    sources = () if owner is None else \
        ((owner.left_edge.i, owner.i + 1) if owner.dep_ == "poss" else _single_np(owner),)
    return Attribution(cue=(tok.i, cue_end), cue_head=tok.i, content=content, sources=sources,
                       region=frozenset(range(tok.left_edge.i, tok.right_edge.i + 1)),
                       origin="stance noun" if owner is not None else "unowned noun")


def _light_verb_cue(tok: Token) -> Attribution | None:
    """"Cruz made the case that ...", "Trump took aim at the Fed", "Democrats raised questions about ...": a
    light verb whose object is a speech or attitude noun is a cue; the noun's complement is the content."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in LIGHT_VERBS:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.lemma_.lower() not in STANCE_NOUNS | FRAME_NOUNS:
        return None
    subj, _passive = _subject_of(tok)
    if subj is None:
        return None
    comp = next((c for c in obj.children if c.i > obj.i and (
        c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        or c.dep_ == "prep" and c.lower_ in _ATTITUDE_PREPS | {"to", "at"}
        and any(g.dep_ in {"pobj", "pcomp"} for g in c.children))), None)
    if comp is None:
        comp = next((c for c in tok.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in _TOPIC_PREPS | {"at"}
                     and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)), None)
    found = _content_after(comp, obj.i + 1) if comp is not None else None
    if found is None or subj.i >= found[1][0]:
        return None
    cue_end, content = found
    cue = _cue_range(tok)
    return Attribution(cue=(cue[0], max(cue[1], cue_end)), cue_head=tok.i, content=content,
                       sources=(_noun_phrase(subj),), region=frozenset(range(tok.left_edge.i, tok.right_edge.i + 1)),
                       origin="light verb")


def _hedge_cue(tok: Token) -> Attribution | None:
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
    start = left if left < tok.i and _trim(tok.sent, left, tok.i) is not None else tok.i + 1
    content = _trim(tok.sent, start, right)
    if content is None or content[1] - content[0] < 2:
        return None
    return Attribution(cue=(tok.i, tok.i + 1), cue_head=tok.i, content=content, sources=(),
                       region=frozenset(range(clause.left_edge.i, right)), origin="hedge")


def _stance_adjective_cue(tok: Token) -> Attribution | None:
    """"Graham has been critical of Trump", "they were sure that ...": an attitude adjective after "be", with
    the subject as the source and the adjective's complement as the content."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.lemma_.lower() not in STANCE_ADJECTIVES:
        return None
    verb = tok.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.lower_ in {"i", "we", "you", "it", "this", "that"}:
        return None
    comp = next((c for c in tok.children if c.i > tok.i and (
        c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "prep" and c.lower_ in _ATTITUDE_PREPS | {"to", "that"}
        and any(g.dep_ in {"pobj", "pcomp"} for g in c.children))), None)
    found = _content_after(comp, tok.i + 1) if comp is not None else None
    if found is None:
        return None
    cue_end, content = found
    cue_start = min([verb.i] + [c.i for c in verb.children if c.dep_ in {"aux", "neg"} and c.i > subj.i])
    return Attribution(cue=(cue_start, cue_end), cue_head=tok.i, content=content, sources=(_noun_phrase(subj),),
                       region=frozenset(range(verb.left_edge.i, verb.right_edge.i + 1)), origin="stance adjective")


def _own_claim(verb: Token, content: Token) -> bool:
    """"I think the majority knows better" in an op-ed or a transcript: a first-person cue heads its sentence,
    its clause follows it, and no quotation is open before it."""
    sent = verb.sent
    return verb.dep_ == "ROOT" and content.i > verb.i \
        and not any(t.text in _QUOTES for t in sent.doc[sent.start:verb.i])


def _said_aloud(verb: Token, content: Token) -> bool:
    """"I laughed and said, “I don't believe it.”": a speech verb before the quotation it introduces."""
    return content.text in OPEN_QUOTES and content.i > verb.i and verb.lemma_.lower() in SPEECH_VERBS


def _citing(verb: Token) -> Token | None:
    for c in verb.children:
        if c.lower_ in {"citing", "quoting"}:
            obj = next((g for g in c.children if g.dep_ in {"dobj", "pobj"}), None)
            if obj is not None and _can_speak(obj):
                return obj
    return None


def _can_speak(tok: Token) -> bool:
    """Whether a cited noun can be a source: a person, body or document ("citing two officials", "citing a
    report"), not a reason ("Citing an unfounded conspiracy theory, Trump accused ...")."""
    return tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or tok.pos_ in {"PROPN", "PRON"} \
        or tok.lemma_.lower() in VAGUE_HEADS | DOCUMENT_NOUNS | ROLE_HEADS | INSTITUTION_HEADS


def _subject_left(verb: Token) -> int:
    subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    return subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i


def _trailing_position(verb: Token, sent: Span) -> int | None:
    """"..., a source said." / "..., said Caddell.": the cue closes the sentence after a comma; where the content
    before it ends."""
    doc = sent.doc
    subj_left = _subject_left(verb)
    left = min(verb.left_edge.i, subj_left)
    if left > sent.start and doc[left - 1].text in {",", "—", "–"} | _CLOSE_QUOTES:
        return left
    # "…, but the mayor overruled the request, the clerk added.": the parser made the cue a conjunct of the first
    # clause, or gave it one complement per clause; a subject after a comma at the end of the sentence still
    # closes the sentence
    split = verb.dep_ == "conj" or sum(1 for c in verb.lefts if c.dep_ == "ccomp") >= 2
    if split and sent.start < subj_left < verb.i and doc[subj_left - 1].text == "," \
            and all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1:sent.end]) \
            and verb.i - subj_left <= 6:
        return subj_left
    return None


def _citing_at_start(content: TokRange, sent: Span) -> tuple[Token | None, TokRange]:
    """"reported, citing two officials, that ...": the parser often hangs "citing" inside the content."""
    doc = sent.doc
    first = doc[content[0]]
    if first.lower_ not in {"citing", "quoting"}:
        return None, content
    obj = next((g for g in first.children if g.dep_ in {"dobj", "pobj"}), None)
    if obj is None or not _can_speak(obj):
        return None, content
    trimmed = _trim(sent, obj.right_edge.i + 1, content[1])
    return (obj, trimmed) if trimmed else (None, content)


def _cue_range(verb: Token) -> TokRange:
    """The cue: the verb with its auxiliaries, particles and a "that" it governs."""
    parts = [verb.i]
    for c in verb.children:
        if c.dep_ in {"aux", "auxpass", "neg", "prt"} and abs(c.i - verb.i) <= 3:
            parts.append(c.i)
        if c.dep_ in {"nsubjpass", "nsubj"} and c.lower_ == "it" and c.i < verb.i and verb.i - c.i <= 4 \
                and any(a.dep_ == "auxpass" for a in verb.children):
            parts.append(c.i)  # "It was reported"
    return min(parts), max(parts) + 1


def find_attributions(sent: Span) -> list[Attribution]:
    found: list[Attribution] = []
    doc = sent.doc
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            att = _according(tok, sent)
            if att is not None:
                found.append(replace(att, origin="according"))
            continue
        learned = False
        if not _is_cue_verb(tok):
            noun = _topic_noun_cue(tok) or _stance_noun_cue(tok) or _stance_adjective_cue(tok) or _hedge_cue(tok)
            if noun is not None:
                found.append(noun)
                continue
            light = _light_verb_cue(tok)
            if light is not None:
                found.append(light)
                continue
            if not _learned_cue(tok):
                continue
            learned = True
        block = _block_after(tok)
        if block is not None:  # "The New York Times reports:" and the quoted paragraph below it
            subj, _passive = _subject_of(tok)
            if subj is not None and subj.lower_ not in {"i", "we", "you"}:
                found.append(Attribution(cue=_cue_range(tok), cue_head=tok.i, content=block,
                                         sources=(_noun_phrase(subj),), region=frozenset(range(*block)),
                                         origin="block"))
            continue
        content_tok = _content_of(tok) or _passive_topic(tok)
        cue_range = _cue_range(tok)
        if content_tok is None:
            content_tok = _complement_of(tok, learned)
            inner = _inner_content(content_tok) if content_tok is not None else None
            if inner is not None and content_tok is not None:  # "asked about X", "expressed concern that X"
                cue_range = (cue_range[0], max(cue_range[1], content_tok.i + 1, inner.left_edge.i))
                content_tok = inner
        holes: list[Token] = []
        aside = left_open = False
        if content_tok is None:
            # "As the Washington Post observed, Republicans control both chambers.": the clause after the aside
            aside = _as_aside(tok)
            content_tok = tok.head if aside else _parenthetical_content(tok)
            holes = [tok]
            if content_tok is None:
                continue
        if content_tok.i == tok.i:
            continue
        free_relative = _free_relative(tok, content_tok)  # "what she calls a broken bus network"
        if aside:  # the attributed clause after "As X noted,", without the aside
            c_range = (tok.right_edge.i + 1, content_tok.right_edge.i + 1)
        elif holes and content_tok.i > tok.i:  # a cue inside its content: the pieces come from content_segments
            c_range = (content_tok.left_edge.i, content_tok.right_edge.i + 1)
        else:
            c_range = _subtree_range(content_tok, holes) if holes else _subtree_range(content_tok)
        if content_tok.dep_ == "advcl" and content_tok.head.i == tok.i:  # the circumstance before it is the cue's
            subj_of_clause = next((g for g in content_tok.children if g.dep_ == "nsubj"), None)
            # "that Machado was ..." keeps its "that"
            openers = _complementizers(tok)
            opener = next((g for g in _openers(content_tok) if g.lower_ in openers), None)
            if opener is not None:
                c_range = (max(c_range[0], opener.i), c_range[1])
            elif subj_of_clause is not None:
                c_range = (max(c_range[0], subj_of_clause.left_edge.i), c_range[1])
        if content_tok.dep_ in {"dobj", "attr", "dative"} and content_tok.head.i == tok.i:
            # "cited the remarks as examples of ...", "called the report a fabrication": the whole complement
            tail = [c for c in tok.rights if c.i > content_tok.i and c.dep_ in _COMPLEMENT_DEPS
                    and c.lower_ not in _CIRCUMSTANCE_PREPS]
            names = [c for c in tok.rights if c.dep_ == "oprd"] if free_relative else []
            if len(names) > 1:
                # "fixing what she calls a broken bus network the center of her campaign": the parser gave the cue
                # the object complement of the verb around it too; the name she gives ends where that one begins
                c_range = (c_range[0], max(c_range[1], names[1].left_edge.i))
                tail = []
            if tail:
                c_range = (c_range[0], max(c_range[1], max(c.right_edge.i for c in tail) + 1))
        if content_tok.dep_ == "xcomp" and content_tok.head.i == tok.i:
            obj = next((c for c in tok.children if c.dep_ in {"dobj", "dative"} and tok.i < c.i < content_tok.i), None)
            if obj is None:  # "called on police to release": the object of the cue's particle
                obj = next((g for c in tok.children if c.dep_ in {"prt", "prep"} and tok.i < c.i < content_tok.i
                            for g in c.children if g.dep_ == "pobj" and g.i < content_tok.i), None)
            if obj is not None:  # "urged Republicans to join": who is urged belongs to what is urged
                c_range = (obj.left_edge.i, c_range[1])
            more = _infinitive_conjuncts(tok, content_tok)
            if more:  # "wants to triple the program, grow the Peace Corps and create a reserve"
                c_range = (c_range[0], max(c_range[1], *(_own_end(c) for c in more)))
            act = _next_act(content_tok, content_tok.i)
            if act is not None:  # "promised to rebuild the harbor and opened a ferry line"
                c_range = (c_range[0], min(c_range[1], act.left_edge.i))
        if content_tok.text in OPEN_QUOTES and content_tok.i > tok.i:
            extent = _quote_extent(content_tok)
            left_open = extent is None
            extent = extent or _quoted_paragraph(content_tok)
            if extent is None:
                continue
            c_range = extent
        trailing_at = _trailing_position(tok, sent) if content_tok.i < tok.i else None
        if trailing_at is not None:
            c_range = (sent.start, trailing_at)
        elif content_tok.dep_ == "ccomp" and content_tok.i > tok.i and not holes:
            c_range = (c_range[0], _clause_end(tok, c_range[1], sent))
        if content_tok.i > tok.i and content_tok.text not in OPEN_QUOTES:
            c_range = (c_range[0], _before_next_relation(c_range, sent))
        # a paragraph of a quotation left open keeps its opening mark, which has no closing one to pair with
        content = c_range if left_open else _trim(sent, c_range[0], c_range[1])
        if content is None:
            continue
        subj, passive = _subject_of(tok)
        cited = _citing(tok)
        if cited is None:
            cited, content = _citing_at_start(content, sent)
        relayer: TokRange | None = None
        if cited is not None and subj is not None:
            relayer, subj = _noun_phrase(subj), cited
        if tok.dep_ == "relcl" and subj is not None and doc[content[0]].lower_ in _RELATIVE \
                and content[0] < subj.i and tok.i < content[1]:
            holes = [tok]  # "changes, which officials said will go into effect": "which" and its clause
            if content[0] > 0 and doc[content[0] - 1].text == ",":  # the aside ends at its closing comma
                comma = next((k for k in range(tok.i + 1, content[1]) if doc[k].text == ","), None)
                if comma is not None:
                    content = _trim(sent, content[0], comma) or content
        if subj is not None and content[0] <= subj.i < content[1] and not (holes and subj.head.i == tok.i) \
                and not (free_relative and subj.head.i == tok.i):
            continue  # the "subject" sits inside the content: a misparse, not a source
        if subj is not None and subj.lower_ in {"i", "we", "you", "me", "us"} and not _own_claim(tok, content_tok) \
                and not _said_aloud(tok, content_tok):
            # "“I think ...,” the mayor said": the speaker's own words, part of the claim around them; but "I laughed
            # and said, “I don't believe it.”" reports what the writer said
            continue
        sources: tuple[TokRange, ...] = ()
        if subj is not None:
            conj = _conjuncts(subj)
            sources = tuple(_single_np(c) for c in conj) if len(conj) > 1 or subj.i == tok.head.i \
                else (_subject_phrase(subj, cue_range[0]),)
        elif not passive:
            continue  # an imperative or a fragment: no speaker and not a passive report
        region_root = tok if not holes else content_tok
        region = set(range(region_root.left_edge.i, region_root.right_edge.i + 1))
        # a learned cue in a relative clause ("the year when the governor painted his rival as ...") is judged
        # apart from the others, with weights of its own
        origin = "lexicon" if not learned else "learned relative" if tok.dep_ == "relcl" else "learned"
        found.append(Attribution(cue=cue_range, cue_head=tok.i, content=content, sources=sources, passive=passive,
                                 relayer=relayer, region=frozenset(region), origin=origin))
    colon = _colon_attribution(sent)
    if colon is not None and colon.cue is not None and all(a.cue is not None and a.cue[0] > colon.cue[0]
                                                           for a in found):
        # "PENCE: Well, Clinton thinks ...": the speaker's line, whatever it contains
        found.append(replace(colon, origin="colon"))
    found.extend(replace(a, origin="dash") for a in _dash_attributions(sent))
    if not found:
        in_document = _in_document(sent) or _in_poll_at_end(sent)
        if in_document is not None:
            found.append(replace(in_document, origin="document"))
    quoted = _quote_attribution(sent) or _quote_before_sentence(sent)
    if quoted is not None:
        found = [a for a in found if not _superseded_by_quotation(a, quoted, doc)]
    if quoted is not None and not any(a.cue and a.cue[0] <= quoted.cue_head < a.cue[1] for a in found):  # type: ignore[operator]
        found = [a for a in found if not (a.content[0] < quoted.content[1] and quoted.content[0] < a.content[1]
                                          and a.cue and quoted.content[0] <= a.cue[0] < quoted.content[1])]
        found.append(replace(quoted, origin="quote"))
    if not found:
        trailing = _trailing_cue(sent)
        if trailing is not None:
            found.append(replace(trailing, origin="trailing"))
    # "“...,” Clinton said, referencing a super PAC. “...”": the quotation that resumes after the sentence goes on
    # the last content before its cue, not on a relation in the speaker's aside
    before = [k for k, a in enumerate(found) if a.cue is not None and a.content[1] <= a.cue[0]]
    if before:
        found[before[-1]] = _with_resumed_quote(found[before[-1]], sent)
    found = [_without_discourse_marker(_with_split_quote(_with_quote_start(_to_closing_quote(a, sent), sent), sent),
                                       sent) for a in _with_issued_statements(_with_seeming_speakers(found, sent), doc)]
    return _carve_regions([_to_quotation_end(a, sent) for a in found])


def _superseded_by_quotation(att: Attribution, quoted: Attribution, doc: Doc) -> bool:
    """Whether the quotation that closes just before its speaker and cue is the content of ``att``'s cue in place
    of what the rules found from the parse. Where the quotation opened in an earlier sentence, the parser hangs
    it apart: in "“... but nobody answered,” he told the radio station." the rules make the hearer the content, and
    in "“... We will stay, and I think if we hold the bridge, we can go home,” the sergeant said." a clause inside
    the quotation."""
    if att.cue_head != quoted.cue_head or quoted.cue is None or quoted.cue[0] < quoted.content[1]:
        return False
    named = bool(quoted.sources) and quoted.sources[0][0] - quoted.content[1] <= 1 \
        and quoted.sources[-1][1] == quoted.cue[0]  # '"...," the regional council leader Ana Ruiz wrote on Facebook'
    if quoted.cue[0] - quoted.content[1] > 4 and not named:
        return False
    if quoted.content[0] <= att.content[0] and att.content[1] <= quoted.content[1]:
        return att.content != quoted.content
    if att.content[0] < (att.cue or att.content)[1]:
        return False
    root = doc[att.content[0]:att.content[1]].root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == att.cue_head \
            and doc[att.cue_head].lemma_.lower() in _WORDING_VERBS:
        return True  # "“...!” Mr. Lane wrote on Twitter.", "“...,” she said with a smile": where or how, not what
    return root.head.i == att.cue_head and doc[att.cue_head].lemma_.lower() in _ADDRESSEE_CUES \
        and root.dep_ in {"dobj", "dative"} and root.pos_ in {"PROPN", "NOUN", "PRON"} \
        and root.lemma_.lower() not in _TOLD_THINGS \
        and att.content[1] <= root.right_edge.i + 1  # "asked her to call": what she was asked is the content


def _with_issued_statements(found: list[Attribution], doc: Doc) -> list[Attribution]:
    """"The campaign issued a statement saying that ...": one relation, whose cue runs from the issuing verb to the
    verb of saying, whose source is who issued the statement and whose content is what the statement says. The rules
    propose two, the statement as what was issued and the statement as the speaker; they are joined."""
    by_head = {a.cue_head: k for k, a in enumerate(found) if a.cue is not None and a.cue_head is not None}
    out = list(found)
    dropped: set[int] = set()
    for k, said in enumerate(found):
        if said.cue is None or said.cue_head is None:
            continue
        verb = doc[said.cue_head]
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "dobj" or noun.lemma_.lower() not in _ISSUED \
                or said.content[0] <= verb.i:
            continue
        k_issued = by_head.get(noun.head.i)
        if k_issued is None or k_issued in dropped:
            continue
        issued = found[k_issued]
        if issued.cue is None or not issued.sources:
            continue
        out[k_issued] = replace(said, cue=(issued.cue[0], said.cue[1]), sources=issued.sources,
                                relayer=issued.relayer, region=issued.region | said.region)
        dropped.add(k)
    return [a for k, a in enumerate(out) if k not in dropped]


def _with_seeming_speakers(found: list[Attribution], sent: Span) -> list[Attribution]:
    """"Cruz seemed to blame the network", "Obama appeared to recognize that ...", "The mayor appeared pleased
    with ...": when what seems is itself a cue with a source, the subject is that cue's source and "seemed to
    blame" its cue; the impression is no relation of its own. "Turnout seemed to rise" (no cue inside) stays one:
    the writer's hedge, or a raising verb (``raising.py``)."""
    doc = sent.doc
    heads = [(k, doc[a.cue_head]) for k, a in enumerate(found) if a.cue_head is not None]
    seeming = [(k, tok) for k, tok in heads if tok.lemma_.lower() in SEEMING_VERBS]
    if not seeming:
        return found
    by_head = {a.cue_head: k for k, a in enumerate(found) if a.cue is not None and a.sources}
    out = list(found)
    dropped: set[int] = set()
    for k, tok in seeming:
        inner = next((by_head[c.i] for c in tok.children if c.dep_ in {"xcomp", "acomp"} and c.i in by_head), None)
        if inner is None or not any(c.dep_ == "nsubj" and c.lower_ not in EMPTY_SUBJECTS for c in tok.children):
            continue
        cue = found[inner].cue
        assert cue is not None  # by_head holds only relations with a cue
        out[inner] = replace(found[inner], cue=(min(cue[0], tok.i), cue[1]))
        dropped.add(k)  # the impression itself
    return [a for k, a in enumerate(out) if k not in dropped]


def opens_quotation(tok: Token) -> bool:
    """A straight double mark opens a quotation when a space or a line break comes before it and none after;
    curly and doubled marks say which they are."""
    if tok.text in _AMBIGUOUS:
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        return (before is None or before.is_space or bool(before.whitespace_)) and not tok.whitespace_
    return tok.text in _OPEN_DOUBLE


def _unclosed_quotation(doc: Doc, start: int, end: int) -> int | None:
    """The double quotation mark in doc[start:end] that opens a quotation not closed before ``end``, if any."""
    pending: int | None = None
    for tok in doc[start:end]:
        if tok.text not in _QUOTES or tok.text in _SINGLE_QUOTES:
            continue
        if pending is None and opens_quotation(tok):
            pending = tok.i
        elif pending is not None:
            pending = None
    return pending


def _to_quotation_end(att: Attribution, sent: Span) -> Attribution:
    """A content after its cue that opens a quotation and stops before the quotation closes runs on to the
    closing mark, across sentences if the quotation does ('Trump told reporters that "they hit Matt ... . What
    they are doing is gaming the system."'): the parse ends the clause at the sentence, the speaker did not."""
    doc = sent.doc
    start, end = att.content
    if att.cue is None or start < att.cue[1]:
        return att
    if start - 1 >= att.cue[1] and opens_quotation(doc[start - 1]):
        start -= 1  # the parser hung the opening mark on the cue: 'told his audience, “What has happened ...'
    pending = _unclosed_quotation(doc, start, end)
    if pending is None or not any(not t.is_punct and not t.is_space for t in doc[pending + 1:end]):
        return att
    extent = _quote_extent(doc[pending])
    if extent is None or extent[1] <= end:
        return att
    return replace(att, content=(start, extent[1]))


def _quote_attribution(sent: Span) -> Attribution | None:
    """"“...,” the statement reads." / "\"...\", he said": a closing quote, a short source, a reporting verb."""
    toks = list(sent)
    for k, tok in enumerate(toks):
        if tok.text not in _CLOSE_QUOTES or k == 0 or tok.text in _AMBIGUOUS and opens_quotation(tok):
            continue  # "But he added, ''I think ...'': a straight mark with a space before it opens
        # a double closing mark closes a double opening one: "“... promised ‘help within days,’ ...,” the mayor said"
        openers = OPEN_QUOTES - {"‘"} if tok.text in _DOUBLE_CLOSERS else OPEN_QUOTES
        opening = next((t for t in reversed(toks[:k]) if t.text in openers and t.i < tok.i), None)
        if opening is None:  # "Probably not," Ms. Moore said: the quotation opened in an earlier sentence
            doc = sent.doc
            back = next((t for t in reversed(doc[max(0, sent.start - 200):sent.start])
                         if t.text in openers or "\n" in t.text), None)
            opening = back if back is not None and back.text in openers \
                and (back.text not in _AMBIGUOUS or opens_quotation(back)) else None
        if opening is None:
            continue
        j = k + 1
        if j < len(toks) and toks[j].text == ",":
            j += 1
        inverted = _inverted_source(toks, j)
        if inverted is not None:  # "“...,” said Charlie King, a New York Democrat."
            content = _trim(sent, opening.i, tok.i + 1)
            if content is None:
                return None
            return Attribution(cue=(toks[j].i, toks[j].i + 1), cue_head=toks[j].i, content=content,
                               sources=(inverted,), region=frozenset(range(sent.start, sent.end)))
        start_np = j
        while j < len(toks) and j - start_np < 8:
            if toks[j].pos_ in {"DET", "PROPN", "NOUN", "ADJ", "PRON"} or toks[j].text in {"'s", "’s"} \
                    or toks[j].is_title and toks[j].is_alpha and j + 1 < len(toks) and toks[j + 1].pos_ in {
                        "PROPN", "NOUN"}:  # "Tulsa police Chief Anna Moor said", the tagger's verb "Tulsa"
                j += 1
            elif toks[j].text == "(" and j > start_np:  # "Rep. Elijah E. Cummings (D-Md.) said"
                close = next((m for m in range(j + 1, min(j + 6, len(toks))) if toks[m].text == ")"), None)
                if close is None:
                    break
                j = close + 1
            else:
                break
        if j >= len(toks) or j == start_np:
            continue
        cue = toks[j]
        src_end = j
        if _verb_lemma_guess(cue) not in REPORTING_VERBS and j - 1 > start_np \
                and _verb_lemma_guess(toks[j - 1]) in REPORTING_VERBS and toks[j - 1].pos_ == "NOUN":
            j = src_end = j - 1  # "“...,” the email read.": the tagger read the verb as a noun
            cue = toks[j]
        if _verb_lemma_guess(cue) not in REPORTING_VERBS:
            late = _late_cue(toks, start_np)
            if late is None:
                continue
            j, src_end = late
            cue = toks[j]
        lemma = _verb_lemma_guess(cue)
        if lemma in DOCUMENT_CUES and lemma not in {"state", "indicate"} and \
                toks[j - 1].lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        content = _trim(sent, opening.i, tok.i + 1)
        if content is None:
            return None
        return Attribution(cue=(cue.i, cue.i + 1), cue_head=cue.i, content=content,
                           sources=((toks[start_np].i, toks[src_end - 1].i + 1),),
                           region=frozenset(range(sent.start, sent.end)))
    return None


def _late_cue(toks: list[Token], start: int) -> tuple[int, int] | None:
    """"“...,” Texas delegate Bill Eastland, wearing a cowboy hat, said matter-of-factly": a name, an aside
    between commas, then the reporting verb. -> (cue index, end of the source's name) in ``toks``."""
    if toks[start].pos_ not in {"PROPN", "DET", "NOUN", "ADJ"} or not toks[start].is_title:
        return None
    name_end = None
    for j in range(start + 1, min(len(toks), start + 30)):
        t = toks[j]
        if t.text in _QUOTES or t.text in {".", ";", "?", "!"}:
            return None
        if t.text == "," and name_end is None:
            name_end = j
        if t.tag_ in {"VBD", "VBZ"} and _verb_lemma_guess(t) in REPORTING_VERBS - DOCUMENT_CUES \
                and toks[j - 1].text == ",":
            return j, name_end if name_end is not None else j - 1
    return None


def _inverted_source(toks: list[Token], j: int) -> TokRange | None:
    """The source after an inverted cue: "said Charlie King, a prominent Democrat"."""
    if j >= len(toks) or _verb_lemma_guess(toks[j]) not in (REPORTING_VERBS - DOCUMENT_CUES) | {"read"}:
        return None  # "“...,” read the email": of the document cues, only "read" comes before its source
    name = next((t for t in toks[j + 1:j + 8] if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == toks[j].i), None)
    if name is not None:
        return _noun_phrase(name)
    # "said David Brock, a Clinton confidant who heads ...": the parser lost the name; take it and its aside
    k = j + 1
    while k < len(toks) and k - j <= 4 and toks[k].pos_ in {"ADJ", "NOUN", "VERB"} and toks[k].is_lower:
        k += 1  # "said retired harbor pilot Anna Berg": a title before the name
    if k > j + 1 and (k >= len(toks) or toks[k].pos_ != "PROPN"):
        k = j + 1
    while k < len(toks) and (toks[k].pos_ == "PROPN" or k == j + 1 and _mistagged_name(toks, k)) and k - j <= 8:
        k += 1
    if k == j + 1:
        return _described_source(toks, j + 1)
    end = k
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].pos_ != "VERB":
        # "said Anna Berg, a port official who ...": the aside describes the name; "said Berg, explaining that
        # ..." goes on with what she did
        m = k + 1
        while m < len(toks) and toks[m].text not in _QUOTES and toks[m].text not in {".", ";", "?", "!"}:
            m += 1
        if m > k + 1 and (m == len(toks) or toks[m].text in {".", "?", "!"} or toks[m].text in OPEN_QUOTES):
            end = m - 1 if toks[m - 1].text == "," else m
    return toks[j + 1].i, toks[end - 1].i + 1


def _mistagged_name(toks: list[Token], k: int) -> bool:
    """"“...,” said Ortiz, explaining ...": a capitalised word alone after an inverted cue, which the tagger read
    as an adverb or a noun, is a surname. Days and months are times, and a word that goes on into a phrase is
    not a name alone."""
    tok = toks[k]
    after = toks[k + 1].text if k + 1 < len(toks) else "."
    return tok.is_title and tok.is_alpha and not tok.is_stop and tok.pos_ != "PRON" \
        and tok.ent_type_ not in {"DATE", "TIME"} and after in {",", ".", ";", "!", "?"}


def _described_source(toks: list[Token], k: int) -> TokRange | None:
    """"“...,” said the woman, who ...": an article and its noun after an inverted cue, which the parser hung
    elsewhere (on the relative clause's verb); the noun with what precedes it (``_single_np``), not its aside."""
    if k >= len(toks) or toks[k].lower_ not in {"the", "a", "an"} or toks[k].dep_ != "det":
        return None
    noun = toks[k].head
    if noun.pos_ not in {"NOUN", "PROPN"} or not 0 < noun.i - toks[k].i <= 4:
        return None
    return _single_np(noun)


_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "thought": "think",
              "found": "find", "knew": "know", "heard": "hear", "read": "read", "reads": "read"}


_LABELS = frozenset("""
note update photo photos video watch source sources related correction editor editors read more by via file
breaking exclusive analysis opinion live transcript q a image images credit caption warning background context
explainer timeline factbox summary
""".split())


_DASHES = {"―", "—", "–", "--", "-"}


def _ends_line(tok: Token) -> bool:
    """Whether a line break comes in or right after the token."""
    return "\n" in tok.text or "\n" in tok.whitespace_


def _line_opening_quote(doc: Doc, k: int) -> int | None:
    """The quotation mark that opens the line holding token ``k``, whichever mark the writer typed ("”Fear. ...")."""
    j = k
    while j > 0 and k - j < 400 and not _ends_line(doc[j - 1]):
        j -= 1
    while j < k and doc[j].is_space:
        j += 1
    return j if j < k and doc[j].text in _QUOTES else None


def _dash_attributions(sent: Span) -> list[Attribution]:
    """"“We can build a wall around him.” ― Steve Quinlan": a quotation signed with a dash and a name."""
    doc = sent.doc
    out = []
    for tok in sent:
        glued = len(tok.text) > 1 and tok.text[0] in _CLOSE_QUOTES and tok.text[1:] in _DASHES  # "”―"
        if tok.text not in _DASHES and not glued or tok.i == 0:
            continue
        k = tok.i - 1
        while k > 0 and doc[k].is_space:
            k -= 1
        if doc[k].text not in _CLOSE_QUOTES and not glued:
            continue
        j = tok.i + 1
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        name_start = j
        while j < len(doc) and j - name_start < 5 and (doc[j].is_title or doc[j].text in {".", "-"}
                                                       and j > name_start) and doc[j].pos_ in {"PROPN", "PUNCT"}:
            j += 1
        while j > name_start and doc[j - 1].is_punct:
            j -= 1
        if j - name_start < 1:
            continue
        opening = next((t.i for t in reversed(doc[max(0, k - 400):k]) if t.text in OPEN_QUOTES), None)
        if opening is None or "\n" in doc[opening:k].text:
            opening = _line_opening_quote(doc, k)
            if opening is None:
                continue
        out.append(Attribution(cue=(tok.i, tok.i + 1), cue_head=tok.i, content=(opening, tok.i if glued else k + 1),
                               sources=((name_start, j),), region=frozenset(range(opening, j))))
    return out


_FINDING_NOUNS = DOCUMENT_NOUNS | frozenset("poll polls survey surveys interview interviews speech memo filing "
                                           "lawsuit complaint indictment ruling book column op-ed editorial".split())


def _in_document(sent: Span) -> Attribution | None:
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
    content = _trim(sent, k + 1, sent.end)
    if content is None or content[1] - content[0] < 4:
        return None
    return Attribution(cue=(first.i, first.i + 1), cue_head=first.i, content=content,
                       sources=((first.i + 1, pobj.right_edge.i + 1),), region=frozenset(range(sent.start, sent.end)))


_POLL_NOUNS = frozenset({"poll", "survey", "average"})


def _in_poll_at_end(sent: Span) -> Attribution | None:
    """"Trump has a decisive lead in the polls": a standing read from the poll that closes the sentence. The
    clause before it is the content, the poll its source."""
    preps = [t for t in sent if t.lower_ == "in" and t.dep_ == "prep"]
    if not preps:
        return None
    words = [t for t in sent if not t.is_space and not (t.is_punct and t.text not in _QUOTES)]
    for prep in preps:
        if prep.i == words[0].i:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in _POLL_NOUNS or pobj.right_edge.i != words[-1].i:
            continue
        content = _trim(sent, words[0].i, prep.i)
        if content is None or content[1] - content[0] < 3:
            return None
        return Attribution(cue=(prep.i, prep.i + 1), cue_head=prep.i, content=content,
                           sources=((prep.i + 1, pobj.right_edge.i + 1),),
                           region=frozenset(range(sent.start, sent.end)))
    return None


def _colon_attribution(sent: Span) -> Attribution | None:
    """"PENCE: Well, look, ..." (a transcript) and "Pence: Flowers won't be at debate" (a headline): a short
    name at the start of a line, a colon, and what follows on that line."""
    doc = sent.doc
    toks = [t for t in sent if not t.is_space]
    if not toks or (toks[0].i > 0 and not _ends_line(doc[toks[0].i - 1]) and toks[0].i != sent.start):
        return None
    start = toks[0].i + (1 if toks[0].text in OPEN_QUOTES else 0)
    j = start
    while j < len(doc) and j - start < 6 and doc[j].text != ":":
        if doc[j].is_punct and doc[j].text not in {".", "'", "’", "-"} or "\n" in doc[j].text:
            return None
        j += 1
    if j >= len(doc) or doc[j].text != ":" or j == start:
        return None
    name = doc[start:j]
    if not (name[0].is_title or name[0].is_upper) or not any(t.is_alpha for t in name):
        return None
    if {t.lower_ for t in name} & _LABELS or name[0].pos_ in {"VERB", "AUX", "ADV", "DET", "PRON", "ADP"} \
            or any(t.pos_ == "VERB" or t.tag_ == "VBD" for t in name):
        return None  # not "Scott added: ...", whose cue is the verb
    end = j + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    speaker = all(t.is_upper or not t.is_alpha for t in name) or any(
        t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in name) or len(name) == 1 and name[0].pos_ == "PROPN"
    if not speaker and j + 1 < end and (doc[j + 1].text in OPEN_QUOTES or doc[j + 1].text == "'"):
        # "Ruiz: 'Never trust the tide.'", "Anna Berg: ‘I’m Tired Of ...’": a quotation after the colon
        speaker = all(t.is_title or t.pos_ == "PROPN" or t.text in {".", "'", "’", "-"} for t in name)
    if not speaker and len(name) == 1 and name[0].is_title and name[0].pos_ == "NOUN":
        # "Sanders: Clinton needs to ...", "Poll: Clinton and Trump in dead heat": one name and a statement
        speaker = any(t.pos_ in {"VERB", "AUX"} for t in doc[j + 1:end])
    if not speaker:
        return None  # "Little Relief for Refugees: ..." is a section heading, not a speaker
    content = _trim(sent, j + 1, end)
    if content is None or content[1] - content[0] < 3:
        return None
    if content[1] < end and doc[content[1]].text in {".", "?", "!", "—", "…"}:
        content = (content[0], content[1] + 1)  # an utterance keeps its own closing mark
    return Attribution(cue=(j, j + 1), cue_head=j, content=content, sources=((start, j),),
                       region=frozenset(range(sent.start, sent.end)))


def _to_closing_quote(att: Attribution, sent: Span) -> Attribution:
    """"“We hoped for leadership, in the way he would have done it,” said Smith": the parser hangs part of the
    quotation on the cue, but everything from the opening mark to the closing mark before the cue is what Smith
    said, a quotation of the other kind inside it included ("“It feels like, ‘Meh, later,’” he said")."""
    doc = sent.doc
    start, end = att.content
    if att.cue is None or start >= att.cue[0]:
        return att
    limit = min([att.cue[0], *(a for a, _b in att.sources if start < a <= att.cue[0])])  # "…,’” he said"
    k = limit - 1
    while k > start and (doc[k].is_space or doc[k].text == ","):
        k -= 1
    if doc[k].text not in _CLOSE_QUOTES:
        return att
    single = _single(doc[k])
    # the nearest mark of the closing mark's kind: "“In 2011 he said, ‘Our approach failed,’” Mitchell recalled"
    opening = next((t.i for t in reversed(doc[sent.start:start + 1]) if t.text in _QUOTES and _single(t) == single),
                   None)
    if opening is None:  # "The mayor lamented the budget: “There’s just no money left,” she said"
        opening = next((t.i for t in doc[start:k] if t.text in OPEN_QUOTES and _single(t) == single
                        and t.i > start and doc[t.i - 1].text == ":"), None)
    if opening is None or doc[opening].text not in OPEN_QUOTES \
            or any(t.text in _QUOTES and _single(t) == single for t in doc[opening + 1:k]):
        return att  # no opening mark in the sentence, or a quotation of the same kind inside: not one quotation
    return replace(att, content=(opening, k + 1 if end <= limit else end))


def _with_quote_start(att: Attribution, sent: Span) -> Attribution:
    """"“It makes no sense. The model fails,” he said.": the parser starts the cue's sentence inside the
    quotation, so content that closes a quote it never opened runs back to the opening mark."""
    doc = sent.doc
    start, end = att.content
    first = next((t for t in doc[sent.start:start + 1] if not t.is_space), None)
    if first is None or first.i != start or doc[start].text in OPEN_QUOTES:
        return att
    span = doc[start:min(end + 2, len(doc))]
    opens = sum(1 for t in span if t.text in _OPEN_DOUBLE)
    closes = sum(1 for t in span if t.text in _CLOSE_DOUBLE)
    straight = sum(1 for t in doc[start:end] if t.text in _AMBIGUOUS)
    after = next((t for t in doc[end:min(end + 2, len(doc))] if t.text in _AMBIGUOUS), None)
    if after is not None and not doc[after.i - 1].whitespace_ and not doc[after.i - 1].is_space:
        straight += 1  # "... Let's move on,'' said Smith": a straight mark glued to the content closes it
    if closes <= opens and straight % 2 == 0:
        return att
    wanted = _OPEN_DOUBLE if closes > opens else _AMBIGUOUS
    k = start - 1
    while k >= 0 and start - k < 400 and "\n" not in doc[k].text:
        if doc[k].text in wanted:
            content = _trim(sent, k, end) or (k, end)
            return replace(att, content=content)
        if doc[k].text in _CLOSE_DOUBLE or wanted is _AMBIGUOUS and doc[k].text in _AMBIGUOUS:
            return att
        k -= 1
    return att


DISCOURSE_MARKERS = {"and", "but", "so", "yet", "however", "still", "meanwhile", "moreover", "also", "instead",
                     "nevertheless", "nonetheless", "indeed", "further", "furthermore", "besides", "rather"}


def _without_discourse_marker(att: Attribution, sent: Span) -> Attribution:
    """A content that opens its sentence leaves out the connective that ties the sentence to the one before:
    "And Mrs. Clinton now holds ..., according to X" -> "Mrs. Clinton now holds ..."; when the cue interrupts
    the content, only a bare conjunction ("But ..., advisers say, ..."). An adverb that grades the
    word after it ("However costly the repairs, ...") is part of the clause, not a connective."""
    doc = sent.doc
    start, end = att.content
    if start != sent.start or att.cue is None or end - start < 4:
        return att
    if att.cue[0] < end and not (start < att.cue[0] and doc[start].pos_ == "CCONJ" and doc[start + 1].text != ","):
        return att  # "But in recent days, advisers say, the president ...": only a bare conjunction goes
    k = start
    degree = doc[k].pos_ == "ADV" and doc[k].head.pos_ in {"ADJ", "ADV"} and doc[k].head.i == k + 1
    if doc[k].lower_ in DISCOURSE_MARKERS and doc[k].pos_ in {"CCONJ", "ADV"} and not degree:
        k += 1
        if doc[k].text == ",":
            k += 1
    if k == start:
        return att
    return replace(att, content=(k, end))


def _another_report(span: Span, cue: TokRange) -> bool:
    """Whether ``span`` holds a reporting verb outside ``cue``: in "“...,” she said, adding, “...”" each quotation
    has its own cue, and neither is the other's."""
    return any(_reporting_verb(t) and not cue[0] <= t.i < cue[1] for t in span)


def _with_split_quote(att: Attribution, sent: Span) -> Attribution:
    """"“What we owe them,” Mr. Obama said, “is honesty.”": a quotation split by its cue is one content, on
    both sides of the cue and source (``content_segments`` gives the two pieces)."""
    if att.cue is None:
        return att
    doc = sent.doc
    speaker = [att.cue[0], att.cue[1]] + [x for r in att.sources for x in r]
    left, right = min(speaker), max(speaker)
    start, end = att.content
    if start >= right and doc[start].text in OPEN_QUOTES:  # the quote after the cue: look for one before
        k = left - 1
        while k >= sent.start and (doc[k].text in {",", "—", "–"} or doc[k].is_space):
            k -= 1
        if k >= sent.start and doc[k].text in _CLOSE_QUOTES and not _another_report(doc[k + 1:att.cue[1]], att.cue):
            opening = next((t.i for t in reversed(doc[max(0, k - 300):k]) if t.text in OPEN_QUOTES), None)
            if opening is not None and "\n" not in doc[opening:k].text:
                start = opening
    elif end <= left and doc[end - 1].text in _CLOSE_QUOTES:  # the quote before the cue: look for one after
        k = right
        while k < sent.end and k - right < 12 and doc[k].text not in OPEN_QUOTES and "\n" not in doc[k].text:
            k += 1
        if k < sent.end and doc[k].text in OPEN_QUOTES and doc[k - 1].text in {",", ":", "—", "–"} \
                and not _another_report(doc[att.cue[0]:k], att.cue):
            extent = _quote_extent(doc[k])
            if extent is not None:
                end = extent[1]
    if (start, end) == att.content:
        return att
    return replace(att, content=(start, end))


def _resumed_quotation(doc: Doc, start: int, end: int) -> int:
    """Where a quotation interrupted by its cue resumes: "“We hold,” she said, clapping. “Nobody retreats.”" goes on
    at the second opening mark; what lies between is the reporter's. A conjunction before the mark stays with the
    quotation ("he said, but “…”"), and so does a continuation that opens no new quotation."""
    k = start
    while k < end and (doc[k].is_space or doc[k].is_punct and doc[k].text not in OPEN_QUOTES):
        k += 1
    if k >= end or doc[k].text in OPEN_QUOTES or doc[k].pos_ == "CCONJ":
        return start
    quote = next((t.i for t in doc[k:end] if t.text in OPEN_QUOTES), None)
    return quote if quote is not None else start


def content_segments(att: Attribution, doc: Doc) -> tuple[TokRange, ...]:
    """The content without the cue and source that interrupt it: "“We hold,” she said, “nobody retreats.”" has
    two pieces. One piece, the content itself, when nothing interrupts it."""
    if att.cue is None:
        return (att.content,)
    inner = [r for r in (att.cue, *att.sources) if att.content[0] < r[0] and r[1] < att.content[1]]
    if not inner or not any(r == att.cue for r in inner):
        return (att.content,)
    hole = (min(r[0] for r in inner), max(r[1] for r in inner))
    if doc[att.content[0]].text in OPEN_QUOTES:
        hole = (hole[0], _resumed_quotation(doc, hole[1], att.content[1]))
    pieces = []
    for start, end in ((att.content[0], hole[0]), (hole[1], att.content[1])):
        while start < end and (doc[start].is_space or doc[start].is_punct and doc[start].text not in _QUOTES):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text not in _QUOTES):
            end -= 1
        if end > start:
            pieces.append((start, end))
    return tuple(pieces) or (att.content,)


def _with_resumed_quote(att: Attribution, sent: Span) -> Attribution:
    """"“We hold,” she said. “Nobody retreats.”": the quotation that resumes right after the cue's sentence
    belongs to the same claim, so the content runs on to its end, and so do quotations that make up the next
    paragraphs whole, as a speaker's quotation continues in news ("“...,” Barkley said.\n\n“And ...”"). A
    quotation that ends on a comma is someone's of its own ("“...,” Lee added") and stays apart."""
    doc = sent.doc
    k = sent.end
    if att.cue is None or att.content[1] > att.cue[0]:
        return att
    if doc[k - 1].text in OPEN_QUOTES and k >= 2 and doc[k - 2].text in {".", "!", "?"}:
        k -= 1  # the parser hung the next quotation's opening mark on this sentence's end
    j = k
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    if j < len(doc) and doc[j].text in OPEN_QUOTES and "\n" not in doc[k - 1].text:  # in the same paragraph
        extent = _quote_extent(doc[j])
        if extent is None or not _closes_a_sentence(doc, extent) or _signed_after(doc, extent[1]):
            return att
        att, k = replace(att, content=(att.content[0], extent[1])), extent[1]
    return _with_paragraph_quotes(att, doc, k)


def _signed_after(doc: Doc, k: int) -> bool:
    """Whether a speech verb follows the quotation that closes at token ``k`` in its own sentence ("“...!” wrote a
    reader from Ohio", "“...?” she asked"): that quotation has a speaker of its own."""
    for tok in doc[k:k + 8]:
        if tok.is_sent_start and not (tok.i == k and tok.is_lower) or "\n" in tok.text \
                or tok.text in {".", "!", "?"} or tok.text in OPEN_QUOTES:
            return False  # the next sentence, unless the parser split the signature off ("!'' wrote a reader")
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _closes_a_sentence(doc: Doc, extent: TokRange) -> bool:
    """Whether the quotation doc[extent] ends on a sentence's own mark ("“... this week.”"), not on the comma
    before an attribution of its own ("“...,” Lee added")."""
    k = extent[1] - 2
    while k > extent[0] and doc[k].text in _QUOTES:
        k -= 1
    return doc[k].text in _DASHES or doc[k].text[-1] in ".!?…"  # "I." and "..." end on a stop


_PARAGRAPHS_CONTINUED = 3  # at most this many quoted paragraphs continue a quotation


def _with_paragraph_quotes(att: Attribution, doc: Doc, k: int) -> Attribution:
    """The content of a quotation run on through the paragraphs after token ``k`` that are one quotation each,
    closed on a sentence's mark: they continue the speaker's quotation. Only a content that is a quotation
    continues."""
    if doc[att.content[0]].text not in OPEN_QUOTES or att.cue is None or not doc[att.cue[0]].is_alpha:
        return att  # a quotation signed "― Name" stands alone: the next one is signed by its own writer
    end = att.content[1]
    for _ in range(_PARAGRAPHS_CONTINUED):
        j = k
        while j < len(doc) and doc[j].is_space:
            j += 1
        if not any(_ends_line(t) for t in doc[k - 1:j]) or j >= len(doc) or not opens_quotation(doc[j]):
            break
        extent = _quote_extent(doc[j])
        if extent is None or not _closes_a_sentence(doc, extent):
            break
        after = extent[1]
        if after < len(doc) and not doc[after].is_space and not _ends_line(doc[after - 1]):
            break  # the paragraph goes on after the quotation: it is not the speaker's quotation alone
        signed = next((t for t in doc[after:after + 4] if not t.is_space), None)
        if signed is not None and signed.text in _DASHES:
            break  # "“...”\n― Name": signed by someone else
        end = k = extent[1]
    return att if end == att.content[1] else replace(att, content=(att.content[0], end))


def _quote_before_sentence(sent: Span) -> Attribution | None:
    """"“You winning?” she said.": the parser ends the sentence at the question mark inside the quote."""
    doc = sent.doc
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 2 or sent.start == 0:
        return None
    k = sent.start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if doc[k].text not in _CLOSE_QUOTES or "\n" in doc[k].whitespace_:
        return None
    j = 0
    while j < len(toks) and j < 5 and (toks[j].pos_ in {"DET", "PROPN", "NOUN", "ADJ", "PRON"}
                                       or toks[j].text in {"'s", "’s"}):
        j += 1
    if j == 0 or j >= len(toks) or _verb_lemma_guess(toks[j]) not in REPORTING_VERBS:
        if j == 0 and len(toks) > 1 and _verb_lemma_guess(toks[0]) in REPORTING_VERBS:  # "said Caddell"
            cue, src = toks[0], (toks[1].i, toks[1].i + 1)
            while src[1] < sent.end and doc[src[1]].pos_ == "PROPN":
                src = (src[0], src[1] + 1)
        else:
            return None
    else:
        cue, src = toks[j], (toks[0].i, toks[j - 1].i + 1)
    opening = next((t for t in reversed(doc[max(0, k - 300):k]) if t.text in OPEN_QUOTES and t.text != '"'
                    or t.text == '"'), None)
    if opening is None:
        return None
    content = _trim(sent, opening.i, k + 1)
    if content is None:
        return None
    return Attribution(cue=(cue.i, cue.i + 1), cue_head=cue.i, content=content, sources=(src,),
                       region=frozenset(range(sent.start, sent.end)))


def _verb_lemma_guess(tok: Token) -> str:
    low = tok.lower_
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for cand in (tok.lemma_.lower(), low, low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else "",
                 low[:-1] if low.endswith("ed") else ""):
        if cand in REPORTING_VERBS:
            return cand
    return tok.lemma_.lower()


def _trailing_cue(sent: Span) -> Attribution | None:
    """"..., the GUR summarizes." when the tagger misreads the rare verb as a noun, and "People like Mr. Ortega,
    she said." when the parser finds no clause for the verb to report."""
    doc = sent.doc
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text != ",":
        end -= 1
    if end - sent.start < 4:
        return None
    cue = doc[end - 1]
    if cue.pos_ == "ADV" and end - 2 > sent.start:
        cue = doc[end - 2]
    lemma = _verb_lemma_guess(cue)
    if lemma not in REPORTING_VERBS or cue.pos_ in {"VERB", "AUX"} and (
            lemma not in SPEECH_VERBS | {"think"} or cue.tag_ not in {"VBD", "VBZ", "VBP"}
            or any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in cue.children)):
        return None  # a verb counts when the parser gave it nothing to report: "Too little and too late, he said."
    j = cue.i - 1
    while j > sent.start and (doc[j].pos_ in {"PROPN", "NOUN", "ADJ", "DET", "PRON"} or doc[j].text == "'s"):
        j -= 1
    if doc[j].text != "," or j + 1 >= cue.i or cue.i - j > 7:
        return None
    if doc[j + 1].lower_ in {"which", "who", "that"}:
        return None
    content = _trim(sent, sent.start, j)
    if content is None:
        return None
    return Attribution(cue=(cue.i, cue.i + 1), cue_head=cue.i, content=content, sources=((j + 1, cue.i),),
                       region=frozenset(range(sent.start, sent.end)))


def _according(tok: Token, sent: Span) -> Attribution | None:
    doc = sent.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in list(to.children) + list(tok.children) if c.dep_ == "pobj"), None)
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
    content = _trim(sent, left, right)
    if content is None:
        return None
    region = frozenset(range(clause.left_edge.i, clause.right_edge.i + 1))
    return Attribution(cue=(tok.i, tok.i + 2), cue_head=tok.i, content=content, sources=(_noun_phrase(pobj),),
                       according=True, region=region)


def _carve_regions(found: list[Attribution]) -> list[Attribution]:
    """Each relation keeps only the tokens that no nested relation in the same sentence claims."""
    if len(found) < 2:
        return found
    out = []
    for att in found:
        region = set(att.region)
        for other in found:
            if other is att or not other.region or not (other.region < att.region):
                continue
            region -= other.region
        out.append(replace(att, region=frozenset(region)))
    return out
