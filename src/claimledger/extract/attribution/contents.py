"""What a reporting verb reports: its clause, object or preposition, a quotation after it, and where that
content ends (before the next relation, the next act of its speaker or the end of its clause)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import (
    DOCUMENT_NOUNS,
    EMOTION_VERBS,
    INTENTION_CUES,
    OBJECT_CUES,
    OCCASION_NOUNS,
    OPEN_QUOTES,
    PEOPLE_NOUNS,
    QUOTE_MARKS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    TOPIC_CUES,
)
from .acts import joined_report, speaker_of_a_with
from .cues import ADDRESSEE_CUES, is_cue_verb, that_clause
from .senses import kept_nameless
from .spans import (
    AMBIGUOUS_MARKS,
    CLOSE_QUOTES,
    SUBJECT_DEPS,
    TokRange,
    as_clause,
    closes_without_comma,
    on_a_medium,
    opens_with_aside,
    reporting_participle,
    says_when,
    says_where,
    trim,
)
from .speakers import can_speak, feeling_cause, subject_in_relative_aside, subject_taken_as_object
from .trailing import trailing_position
from .unreported import (
    aside_after_object,
    clause_of_its_own,
    ends_on_speaker,
    inverted_condition,
    named_report,
)

COMPLEMENT_DEPS = {"prep", "oprd", "xcomp", "ccomp", "acomp"}
CIRCUMSTANCE_PREPS = {"in", "on", "at", "during", "after", "before", "since", "while"}
RELATIVE_WORDS = {"which", "that", "who", "whom", "what"}
_COMPLEMENTIZERS = {"that", "whether"}  # open a reported clause the parser hung as an adverbial one
_ASKING_CUES = {"ask", "wonder", "inquire", "question"}  # after which "if" opens the question asked too


def _only_adverbs_between(verb: Token, word: Token) -> bool:
    """Whether only the verb's adverbs stand between it and a later ``word``: "called again for ...", "called
    Wednesday for ..."."""
    between = verb.doc[verb.i + 1:word.i]
    adverbial = {"advmod", "npadvmod"}
    return word.i > verb.i and len(between) <= 3 and all(
        t.head.i == verb.i and t.dep_ in adverbial or t.head.dep_ in adverbial for t in between)


def is_free_relative(verb: Token, obj: Token) -> bool:
    """"what she calls a broken bus network": the object "what" opens the content before its speaker and cue, and
    the name given follows them (``content_segments`` leaves the speaker and cue out of it)."""
    return obj.lower_ == "what" and obj.dep_ == "dobj" and obj.head.i == verb.i and obj.i < verb.i \
        and any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights)


def is_extracted_wh(verb: Token, clause: Token) -> bool:
    """"what the senators said was a land grab", "what the minister says the plan would cost": the clause the cue
    reports, after it, lost its "what" to the front, before the speaker; the content is "what" and the clause
    (``content_segments`` leaves the speaker and cue out of it)."""
    return clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.i > verb.i \
        and any(c.lower_ == "what" and c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.i < verb.i
                for c in clause.children)


def complementizers(verb: Token) -> set[str]:
    """The words that open what ``verb`` reports when the parser hung it as an adverbial clause: "that" and
    "whether", and "if" after a verb of asking ("asked the drivers if they had seen the convoy")."""
    return _COMPLEMENTIZERS | {"if"} if verb.lemma_.lower() in _ASKING_CUES else _COMPLEMENTIZERS


def _opened_by(clause: Token, openers: set[str]) -> bool:
    """Whether a clause opens with nothing or with one of ``openers``, and no other opener: "he would not run",
    "if he was ever bullied" (an adverb after the opener is inside the clause), not "when she arrived"."""
    found = clause_openers(clause)
    if not found:
        return True
    return found[0].lower_ in openers and all(
        g.lower_ in openers or g.dep_ == "advmod" and g.i > found[0].i for g in found)


def clause_openers(clause: Token) -> list[Token]:
    """The words that open a clause before its verb: "that", "whether", "when", "if", ..."""
    return [g for g in clause.children if g.dep_ in {"mark", "advmod"} and g.i < clause.i]


ANSWER_WORDS = frozenset({"yes", "no", "so"})  # said as a whole answer: "the mayor said no."


def _answer_after(verb: Token) -> Token | None:
    """"Yes", "no" or "so" said as a whole answer ("72 percent said yes while ...", "the mayor said no.", "half
    said so in May"): the word right after a verb of saying, ending the clause, not "said no to the war"."""
    doc = verb.doc
    if verb.lemma_.lower() != "say" or verb.i + 1 >= len(doc):
        return None
    word = doc[verb.i + 1]
    if word.lower_ not in ANSWER_WORDS or word.head.i != verb.i or word.dep_ not in {"intj", "advmod", "dobj"} \
            or word.n_lefts + word.n_rights:
        return None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and not after.is_punct and after.dep_ not in {"mark", "cc"} \
            and not (after.dep_ == "prep" and after.lower_ != "to"):
        return None  # "said yes while 48 percent ...", "said so in May", but not "said no to the war"
    return word


def _complementizer(that: Token) -> bool:
    """Whether a "that" opening a clause after a noun is the complementizer the parser took for a relative pronoun:
    marked as such, or, after an occasion, the object of a verb that has an object of its own ("said at a briefing
    that the US had sent a number of the missiles", not "at a briefing that she gave"; not after "the message that
    Biden sent the world", whose verb's second object is its receiver)."""
    return that.dep_ == "mark" or that.dep_ == "dobj" and that.head.head.lemma_.lower() in OCCASION_NOUNS and any(
        c.dep_ in {"dobj", "attr", "ccomp"} and c.i != that.i for c in that.head.children)


def object_tail(verb: Token, obj: Token) -> list[Token]:
    """The complements after a cue's object that belong to what it reports ("cited the remarks as examples of ...",
    "called the report a fabrication"): not a circumstance, nor an aside after the object (``aside_after_object``)."""
    return [c for c in verb.rights if c.i > obj.i and c.dep_ in COMPLEMENT_DEPS and c.lower_ not in CIRCUMSTANCE_PREPS
            and not (c.dep_ == "ccomp" and aside_after_object(c, verb))]


def content_of(verb: Token) -> Token | None:
    lemma = verb.lemma_.lower()
    quote = quote_after(verb)
    if quote is not None:
        return quote
    answer = _answer_after(verb)
    if answer is not None:
        return answer
    cause = feeling_cause(verb)
    if cause is not None:  # "Dock workers were alarmed by the plan": what they felt it about, whatever clause the
        return cause  # parser hung on the verb ("impressed by the mayor, who spoke out ...")
    comp = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i != verb.i), None)
    hung = None if comp is not None else that_clause(verb) if verb.pos_ == "NOUN" else _told_that(verb)
    if hung is not None:  # a that-clause the parser hung on a noun: the verb the tagger took for one, or the hearer
        return hung
    if comp is not None and comp.i < verb.i:
        later = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        between = verb.doc[comp.right_edge.i:verb.i]
        if later is not None and (any(t.text in {";", ":", "(", "—", "–"} for t in between)
                                  or not any(t.is_punct for t in between)
                                  or any(m.dep_ == "mark" and m.lower_ == "that" for m in later.children)
                                  or subject_in_relative_aside(verb) is not None
                                  or named_report(comp) or ends_on_speaker(comp, verb)
                                  or any(m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCE_MARKS for m in comp.children)):
            # "It's unlikely; the team says she'll go on", "In the south — where Kyiv has vowed ... — the authorities
            # said ...", "He criticized the plan said she ...", "Claiming ..., Trump told Fox that ...", "Berg, who
            # chairs the board, said she ...", "Berg told reporters that ..., she believes it is ...", "In a statement
            # released after the senator quit, Cruz said he ...": the clause after the cue is its content
            comp = later
        elif any(t.text == ":" for t in between) and any(
                c.dep_ in {"xcomp", "dobj"} and c.i > verb.i for c in verb.children):
            # "‘It’s tense’: Ukrainian soldiers dismiss any suggestion ...", a headline's label before the colon:
            # the cue reports what follows it
            comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        elif clause_of_its_own(comp, verb):
            comp = None
    if comp is not None and not kept_nameless(comp) and (comp.dep_ == "ccomp" or comp.pos_ in {"VERB", "AUX"}
                                                         and lemma in INTENTION_CUES | {"deny", "admit"}) \
            and not (comp.i > verb.i and (inverted_condition(comp) or opens_with_aside(verb, comp)
                                          or aside_after_object(comp, verb))):
        return comp
    marked = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ == "for" and _only_adverbs_between(verb, m)
                           for m in c.children)
                   and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
    if marked is not None:
        # "is calling for the United States to take a stronger role", "called for her messages to be made
        # public": who is to do what, or what is to be done
        return marked
    if lemma in REPORTING_VERBS:  # "said in a statement that ...": the clause the parser hung on the statement
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i < verb.i:
                continue
            for noun in prep.subtree:
                if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
                    continue  # "reiterated calls ..., following Joe Biden's comment that ...": another's words
                clause = next((c for c in noun.children if c.dep_ in {"acl", "relcl", "ccomp"} and c.i > noun.i
                               and any(m.lower_ == "that" and m.i < c.i and _complementizer(m) for m in c.children)
                               and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
                if clause is not None:
                    return clause
        # "said after the convention he would not ...", "tweeted in the early hours that Machado was ...": a
        # reported clause the parser hung as advcl (an adverbial "when" or "if" clause is a circumstance)
        openers = complementizers(verb)
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                       and any(g.dep_ in SUBJECT_DEPS for g in c.children)
                       and _opened_by(c, openers)), None)
        if clause is not None:
            return clause
    if lemma in OBJECT_CUES:
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr"}), None)
        if obj is not None:
            return obj
    if lemma in TOPIC_CUES:
        for prep in verb.rights:  # not a partitive before it: "Of the 23 pirates arrested, 12 are reported to be ..."
            if prep.dep_ == "prep" and prep.lower_ in {"on", "about", "of"} and could_be_topic(prep):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _told_that(verb: Token) -> Token | None:
    """What a verb of telling reports where the parser hung it on the hearer, closing the hearer's phrase: "has
    informed customers that prices may rise"; not a result, "tells so many lies that ..."."""
    telling = verb.lemma_.lower() in ADDRESSEE_CUES
    return next((k for c in verb.children if telling and c.dep_ == "dobj" for k in [that_clause(c)]
                 if k is not None and k.right_edge.i == c.right_edge.i
                 and not any(g.lower_ in {"so", "such"} for g in verb.doc[c.left_edge.i:k.left_edge.i])), None)


def quote_after(verb: Token) -> Token | None:
    """"Trump said, “When people come back ...”": the quotation that follows the cue is its content."""
    doc = verb.doc
    j = verb.i + 1
    if verb.lemma_.lower() in ADDRESSEE_CUES:
        hearer = next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.left_edge.i == j), None)
        if hearer is not None:
            j = hearer.right_edge.i + 1  # "He tells the crowd: “...”": who is told, then what
    start = j - 1
    while j < len(doc) and j - start <= 2 and doc[j].text in {",", ":"}:
        j += 1
    if j < len(doc) and doc[j].text in OPEN_QUOTES and j > start + 1:
        if doc[j].text in AMBIGUOUS_MARKS and not doc[j - 1].whitespace_ and doc[j].whitespace_:
            return None  # "… wish they could say,'' Mr. Rubio said": the mark closes the quotation around the cue
        return doc[j]
    return None


def stranded_subject(verb: Token, clause: Token) -> Token | None:
    """The subject the parser cut from a reported clause and hung on the cue as its object: "the chat" in "told
    Russian news agencies the chat with Biden was “balanced”", whose first object is who was told. None when the
    clause has a subject or an opener of its own, or the only object of a verb of telling is its hearer."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    if len(objects) < (2 if verb.lemma_.lower() in ADDRESSEE_CUES else 1):
        return None
    return objects[-1] if objects[-1].right_edge.i + 1 == clause.left_edge.i else None


TOPIC_PREPS = {"for", "about", "on", "against", "over", "with"}
# A lexicon verb's own preposition: "The senator pointed to last year's drought", "did not respond to requests for
# comment".
_CUE_PREPS = {"point": {"to"}, "respond": {"to"}, "reply": {"to"}, "accuse": {"of"}}


def complement_of(verb: Token, learned: bool) -> Token | None:
    """What a cue without a reported clause attributes: its clause, its object, or a prepositional phrase that
    is not a circumstance ("called for new elections"). Lexicon verbs take only topical prepositions, so that
    "measures testify to the depth" stays a description, not a claim."""
    for deps in ({"ccomp", "xcomp"}, {"dobj", "attr", "oprd", "acomp", "dative"}):
        comp = next((c for c in verb.children if c.dep_ in deps and c.i > verb.i), None)
        if comp is not None and _hearer(verb, comp) and parenthetical_content(verb) is not None:
            return None  # "..., Carter told a Senate panel": what he told it is the clause the cue closes
        if comp is not None and comp.dep_ == "dobj" and comp.lemma_.lower() in DOCUMENT_NOUNS \
                and comp.n_rights == 0:
            return None  # "released a report": the report's own words are the claim, not its release
        if comp is not None and comp.dep_ == "ccomp" and opens_with_aside(verb, comp):
            return None
        if comp is not None and comp.dep_ == "ccomp" and aside_after_object(comp, verb):
            continue  # "opposes the teaching of evolution (even though ...)": the object
        if comp is not None:
            return comp
    topics = TOPIC_PREPS | _CUE_PREPS.get(verb.lemma_.lower(), set())
    # not after a comma: "were called to a store shortly before noon, for a report of a shoplifter" is why
    return next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                 and c.lower_ not in CIRCUMSTANCE_PREPS and (learned or c.lower_ in topics) and could_be_topic(c)
                 and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
                 and not any(t.text == "," for t in verb.doc[verb.i + 1:c.i])), None)


def could_be_topic(prep: Token) -> bool:
    """Whether a cue's prepositional phrase may say what was said, rather than where or when it was: not "wrote on
    Telegram", "warned on Monday" or "made the decision ... on July 17"."""
    return not on_a_medium(prep) and not says_when(prep)


def _clause_after(doc: Doc, k: int, end: int) -> bool:
    """Whether a clause of its own follows the semicolon at ``k`` (up to the next one or ``end``): "...; they only
    learned later" is the speaker's next statement, "...; the end of superdelegates; and open primaries" is more
    of a list."""
    stop = next((t.i for t in doc[k + 1:end] if t.text == ";"), end)
    return any(t.dep_ in SUBJECT_DEPS or t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in doc[k + 1:stop])


def before_next_relation(c_range: TokRange, sent: Span) -> int:
    """Where the speaker's next act begins inside what the parser gave as one content: "it was opposed to the
    test and warned North Korea to refrain", "... not intentional; they only learned ..."."""
    doc = sent.doc
    depth = 0
    for k in range(c_range[0], c_range[1] - 1):  # a quotation's marks counted from the content's first word
        if doc[k].text in QUOTE_MARKS:
            depth = 0 if doc[k].text in CLOSE_QUOTES and depth else 1
        if depth or k < c_range[0] + 2:
            continue
        if doc[k].text == ";" and _clause_after(doc, k, c_range[1]) or doc[k].pos_ == "CCONJ" \
                and (doc[k + 1].tag_ in {"VBD", "VBZ"} and doc[k + 1].lemma_.lower() in REPORTING_VERBS
                     or joined_report(doc, k, c_range[0], c_range[1])) \
                or doc[k].text == "," and (_another_speaker_after(doc[k + 1], c_range[1])
                                           or _report_after(doc[k + 1])) \
                or doc[k].pos_ == "CCONJ" and _another_speaker_after(doc[k], c_range[1]):
            return k
        if closes_without_comma(doc[k]) and _report_after(doc[k + 1]):
            return k + 1  # "... “the darkest pages in our history” adding that ...": the mark closes the content
    for verb in doc[c_range[0] + 2:sent.end]:  # "... sending troops to Ukraine and Cameron said it was up to ..."
        speaker = subject_taken_as_object(verb) if verb.lemma_.lower() in REPORTING_VERBS else None
        joint = next((c.i for c in speaker.head.children if c.dep_ == "cc"), 0) if speaker is not None else 0
        if c_range[0] + 1 < joint < c_range[1]:
            return joint
    return c_range[1]


def _a_share(subject: Token) -> bool:
    """Whether a subject is a share of people, the respondents of a poll whose findings run on ("... 39 percent
    blame his supporters and 22 percent say he is not responsible")."""
    return subject.like_num or any(c.dep_ == "nummod" for c in subject.children)


def _report_after(word: Token) -> bool:
    """", adding that ...", ", saying ...", ", according to ...": a participle of reporting set off by a comma, or
    an "according to", opens another relation, not more of this content."""
    return reporting_participle(word) and word.dep_ == "advcl" \
        or word.lower_ == "according" and word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "to"


def _another_speaker_after(opener: Token, end: int) -> bool:
    """", while 30 percent said they would switch to maize", ", and a police official told CNN that ...": a clause
    opened by a contrast or a conjunction whose verb is a report with a speaker of its own is another relation, not
    part of this content; so is one opened by "with" (``acts.speaker_of_a_with``)."""
    if opener.lower_ == "with":
        return speaker_of_a_with(opener, end)
    verb: Token | None = opener.head
    if opener.dep_ == "cc":  # the parser hangs "and" on the clause before and makes the report its conjunct (or
        # a second clause of the cue, its speaker right after the "and"): a speech with a speaker named ("and a
        # police official told ...", not "and I want ..." inside a quotation or "and its armed forces showed ...")
        verb = next((c for c in opener.head.children if c.dep_ == "conj" and c.i > opener.i
                     and c.left_edge.i == opener.i + 1 and c.lemma_.lower() in SPEECH_VERBS
                     and any(g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"} and not _a_share(g)
                             for g in c.children)), None)
        subject = next((t for t in opener.doc[opener.i + 1:min(end, opener.i + 12)]  # a noun phrase's head, not far
                        if t.dep_ == "nsubj" and t.left_edge.i == opener.i + 1
                        and t.pos_ in {"NOUN", "PROPN"} and t.head.i > t.i and not _a_share(t)), None) \
            if verb is None else None
        if subject is not None and subject.head.lemma_.lower() in SPEECH_VERBS:
            verb = subject.head
    elif verb is not None and verb.left_edge.i != opener.i:
        return False
    return verb is not None and opener.lower_ in {"while", "whereas", "but", "and", "though", "although"} \
        and verb.i < end and verb.tag_ in {"VBD", "VBZ", "VBP"} and verb.lemma_.lower() in REPORTING_VERBS \
        and any(c.dep_ == "nsubj" for c in verb.children)


def clause_end(verb: Token, end: int, sent: Span) -> int:
    """Reported speech after its cue runs on to the end of the cue's clause ("..., because Democrats have been
    ...", "..., if they were taxed properly"), which the parser often hangs on the cue instead of the content;
    it stops before another relation ("..., adding that", "according to", "..., he said")."""
    doc = sent.doc
    right = min(verb.right_edge.i + 1, sent.end)
    for k in range(end, right):
        t = doc[k]
        if t.text == ";" or t.lower_ == "according" or t.dep_ in {"nsubj", "nsubjpass"} and t.head.i > k \
                and (is_cue_verb(t.head) or t.head.lemma_.lower() in REPORTING_VERBS):
            return end
        if reporting_participle(t) and t.head.i == verb.i:
            return end  # "..., adding that ...": a second relation of the same source
    return max(end, right)


def block_after(verb: Token) -> TokRange | None:
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
    return trim(doc[k:end], k, end)


def passive_topic(verb: Token) -> Token | None:
    """"The registration issue was first reported by The Washington Post": with an agent and no clause, the
    passive's subject is what the agent reported. Not with a verb of feeling, whose agent is no speaker: "The
    council was impressed by the mayor"."""
    if not any(c.dep_ == "agent" for c in verb.children) or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children) \
            or verb.lemma_.lower() in EMOTION_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in {"it", "this"}), None)


ATTITUDE_PREPS = {"of", "about", "over", "on", "for", "toward", "towards", "against", "with"}


def inner_content(comp: Token) -> Token | None:
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
                     and c.lower_ in ATTITUDE_PREPS), None)
        articles = {c.lower_ for c in comp.children if c.dep_ == "det"}
        definite = bool(articles & {"a", "an", "the", "this", "that"})  # "released a report on X": the report
        # "promoting her plans for X", "references FBI criticism of X": a noun with an owner is what is reported
        owned = any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in comp.children)
        if prep is not None and not definite and not owned:
            return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    return None


def phrasing_it(verb: Token) -> Token | None:
    """The "it" of "as the mayor put it": an aside that says whose words the clause around it gives, whose "it"
    is that clause and not a thing reported."""
    if verb.lemma_.lower() != "put" or not as_clause(verb):
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ == "it"), None)


def _own_complements(verb: Token, deps: set[str]) -> list[Token]:
    """The complements of ``deps`` the verb has, leaving out the "it" of "as X put it"."""
    it = phrasing_it(verb)
    return [c for c in verb.children if c.dep_ in deps and (it is None or c.i != it.i) and not _hearer(verb, c)]


# Who is told besides a person, a body or an outlet (``can_speak``): those gathered to listen
_LISTENERS = frozenset({"panel", "committee", "audience", "crowd", "jury", "court", "hearing", "congregation"})
_NOT_TOLD = frozenset({"it", "this", "that", "what", "which", "something", "anything", "everything", "nothing"})


def _hearer(verb: Token, obj: Token) -> bool:
    """Whether ``obj`` is who was told, by a verb whose object is the hearer (``cues.ADDRESSEE_CUES``: "told",
    "warned", "assured", ...) that the parser hung after the sentence it closes ("..., Carter told a Senate panel"),
    not what was told ("told the story", "told it"). Elsewhere the one told stays in the content, as annotators mark
    it ("tells his supporters to vote", "he told me")."""
    lemma = obj.lemma_.lower()
    return verb.lemma_.lower() in ADDRESSEE_CUES and obj.dep_ in {"dobj", "dative"} and obj.lower_ not in _NOT_TOLD \
        and verb.dep_ in {"conj", "parataxis"} and verb.head.i < verb.i \
        and (can_speak(obj) or lemma in PEOPLE_NOUNS | OCCASION_NOUNS | _LISTENERS) \
        and not any(c.dep_ == "prep" and c.lower_ == "about" for c in (*verb.children, *obj.children))  # "told X about"


def parenthetical_content(verb: Token) -> Token | None:
    """"Such measures testify to ..., the GUR summarizes" parsed with the cue under the content verb."""
    if verb.dep_ in {"parataxis", "ccomp", "advcl"} and verb.head.i < verb.i and verb.head.pos_ in {"VERB", "AUX"} \
            and not _circumstance(verb):
        if not _own_complements(verb, {"ccomp", "dobj"}):
            return verb.head
    if verb.dep_ == "parataxis" and verb.head.i > verb.i and verb.head.pos_ in {"VERB", "AUX"} \
            and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return verb.head  # "But to prevent problems, he said, officials should be vigilant."
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in {"VERB", "AUX"} \
            and subj is not None and can_speak(subj) \
            and not _own_complements(verb, {"ccomp", "dobj", "xcomp"}) and trailing_position(verb, verb.sent):
        return verb.head  # "Attacks killed 21 and injured 27, the governor, Pavlo Kyrylenko, said." read as one
        # more act of the attacks
    head = verb.head
    if verb.dep_ == "parataxis" and head.dep_ == "ROOT" and head.pos_ == "NOUN" and head.i > verb.i \
            and _between_commas(verb) \
            and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        # "The new timetable, she said, cuts the night crossings", with "cuts" read as a noun and the sentence's
        # root: the sentence around the aside
        return head
    return None


# Words that open a clause saying when, why or on what condition the clause around it holds.
_CIRCUMSTANCE_MARKS = frozenset({"after", "before", "because", "since", "until", "once", "when", "whenever", "while",
                                 "if", "unless", "although", "though"})


def _circumstance(verb: Token) -> bool:
    """Whether the verb's clause is a circumstance of the clause it hangs on, not an aside about whose words it is:
    "The reviews were conducted after the board heard from the complainants"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in verb.children)


def _between_commas(verb: Token) -> bool:
    """Whether the verb's clause is set off by commas, which the parser may have hung on the verb itself."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    left -= doc[left].text != ","
    right += doc[right].text != ","
    return left >= 0 and right < len(doc) and doc[left].text == "," and doc[right].text == ","


# Verbs of speaking that name no words: "As Whiteside talked, the daughter sobbed" says when, not what was said.
_WHILE_SPEAKING = {"speak", "talk", "testify", "chat", "address", "listen"}


def as_aside(verb: Token) -> bool:
    """"As the agency noted, ...": a cue in an "as" clause before the clause it attributes, with nothing of its
    own to report ("As the mayor put it, ..." reports nothing but the clause). Not "As he spoke, ...", a time."""
    return verb.dep_ == "advcl" and verb.head.i > verb.i and verb.head.pos_ in {"VERB", "AUX"} \
        and verb.lemma_.lower() not in _WHILE_SPEAKING \
        and as_clause(verb) and not any(c.i > verb.i for c in _own_complements(verb, {"ccomp", "dobj", "xcomp"})) \
        and not any(c.i > verb.i and c.dep_ == "prep" and c.lower_ not in CIRCUMSTANCE_PREPS for c in verb.children)


def as_aside_in_subject(verb: Token) -> Token | None:
    """"The bridge, as the mayor noted, is safe.": an "as" aside the parser hung on the subject; the clause that
    subject opens, with the aside a hole in it."""
    subject = verb.head
    if verb.dep_ != "advcl" or subject.dep_ not in {"nsubj", "nsubjpass"} or subject.i > verb.i \
            or not as_clause(verb):
        return None
    clause = subject.head
    if clause.i < verb.i or clause.pos_ not in {"VERB", "AUX"} \
            or any(c.i > verb.i for c in _own_complements(verb, {"ccomp", "dobj", "xcomp"})):
        return None
    return clause


def own_claim(verb: Token, content: Token) -> bool:
    """"I think the majority knows better" in an op-ed or a transcript: a first-person cue heads its sentence,
    its clause follows it, and no quotation is open before it."""
    sent = verb.sent
    return verb.dep_ == "ROOT" and content.i > verb.i \
        and not any(t.text in QUOTE_MARKS for t in sent.doc[sent.start:verb.i])


def said_aloud(verb: Token, content: Token) -> bool:
    """"I laughed and said, “I don't believe it.”": a speech verb before the quotation it introduces."""
    return content.text in OPEN_QUOTES and content.i > verb.i and verb.lemma_.lower() in SPEECH_VERBS


def past_when_said(content: TokRange, clause: Token, cue_end: int) -> TokRange:
    """"The ministry said on Thursday it had taken the bridge", "... said on Telegram it had ...": a time or a place
    of speaking right after the cue, which the parser hung on the reported clause, says when or where it was said,
    not what; the content starts after it, where the clause's subject does."""
    doc = clause.doc
    if content[0] != cue_end:
        return content
    when = next((c for c in clause.children if c.left_edge.i == content[0] and (says_when(c) or says_where(c))),
                None)
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if when is None or subj is None:
        return content
    start = when.right_edge.i + 1
    while start < content[1] and doc[start].text == ",":
        start += 1
    return (start, content[1]) if start <= subj.left_edge.i else content
