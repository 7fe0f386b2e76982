"""Relations signed at the edge of a line or a sentence: a speaker's label before a colon ("PENCE: Well, ...",
"Pence: Flowers won't be at debate"), a quotation or report signed after a dash ("― Steve Quinlan", "... - said
Kowalski."), and a cue that closes a sentence with nothing of its own to report ("..., she said.", "..., said Geert
Wilders, founder of ...")."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..lexicon import (
    CLAIM_NOUNS,
    DASHES,
    DOCUMENT_CUES,
    MEDIA_LABELS,
    OCCUPATION_HEADS,
    OPEN_QUOTES,
    PEOPLE_NOUNS,
    QUOTE_MARKS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
)
from ..times import MONTHS
from .cues import a_document, verb_lemma_guess
from .spans import (
    CLOSE_QUOTES,
    Attribution,
    TokRange,
    circumstance_of_speaking,
    ends_line,
    past_spaces,
    reporting_participle,
    says_when,
    start_of_line,
    trim,
)
from .speakers import can_speak

_LABELS = frozenset("""
note update photo photos video watch source sources related correction editor editors read more by via file
breaking exclusive analysis opinion live transcript q a image images credit caption warning background context
explainer timeline factbox summary photograph illustration composite latest updated published posted notes
clarification details resources region letters graph chart table figure copy funding disclosure acknowledgements
acknowledgments
""".split()) | MEDIA_LABELS


def _line_opening_quote(doc: Doc, k: int) -> int | None:
    """The quotation mark that opens the line holding token ``k``, whichever mark the writer typed ("”Fear. ...")."""
    j = start_of_line(doc, k)
    while j < k and doc[j].is_space:
        j += 1
    return j if j < k and doc[j].text in QUOTE_MARKS else None


_INITIAL = re.compile(r"[A-Z]\.")


def dash_attributions(sent: Span) -> list[Attribution]:
    """"“We can build a wall around him.” ― Steve Quinlan": a quotation signed with a dash and a name."""
    doc = sent.doc
    out = []
    for tok in sent:
        glued = len(tok.text) > 1 and tok.text[0] in CLOSE_QUOTES and tok.text[1:] in DASHES  # "”―"
        if tok.text not in DASHES and not glued or tok.i == 0:
            continue
        k = tok.i - 1
        while k > 0 and doc[k].is_space:
            k -= 1
        if doc[k].text not in CLOSE_QUOTES and not glued:
            continue
        j = past_spaces(doc, tok.i + 1)
        name_start = j
        while j < len(doc) and j - name_start < 5 and ((doc[j].is_title or doc[j].text in {".", "-"}
                                                        and j > name_start) and doc[j].pos_ in {"PROPN", "PUNCT"}
                                                       or j > name_start and _INITIAL.fullmatch(doc[j].text)):
            j += 1  # "Julie A. Diaz Martinez", whose initial the tagger may read as a noun
        while j > name_start and doc[j - 1].is_punct:
            j -= 1
        if j - name_start < 1 or _goes_on(doc, j):
            continue
        # the mark that opens the signed line, over the marks of a quotation inside it ("... what he calls “hell” ...")
        opening = _line_opening_quote(doc, k)
        if opening is None:
            opening = next((t.i for t in reversed(doc[max(0, k - 400):k]) if t.text in OPEN_QUOTES), None)
            if opening is None or "\n" in doc[opening:k].text:
                continue
        out.append(Attribution(cue=(tok.i, tok.i + 1), cue_head=tok.i, content=(opening, tok.i if glued else k + 1),
                               sources=((name_start, j),), region=frozenset(range(opening, j))))
    return out


def _goes_on(doc: Doc, end: int) -> bool:
    """Whether the words after a name that follows a quotation and a dash go on into a sentence of which the name
    is the subject or the owner, so that it signs nothing: "“...”- Putin's goal was ...", "“...” - Putin treats ..."."""
    k = past_spaces(doc, end)
    return k < len(doc) and (doc[k].tag_ == "POS" or doc[k].pos_ in {"VERB", "AUX"})


_WHEN_PREPS = frozenset({"on", "in", "at", "during"})  # "- said on Friday the minister", "- said in June ..."
_SETTING_WORDS = _WHEN_PREPS | {"after", "while"}  # where and when a speaker spoke: "- said Wallace in Budapest"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_FINITE_OR_PARTICIPLE = _FINITE | {"VBN"}  # after a dash the tagger often reads "noted" as a participle


# Verbs that sign a report after a dash in news translated from Polish or Ukrainian, besides those of speech: "...
# - assessed CIA director William Burns", "... - believes the analyst", "... - continued the minister".
_SIGNING_VERBS = SPEECH_VERBS | {"assess", "believe", "continue", "conclude", "recall", "assure", "estimate", "quote",
                                 "inform", "indicate"}


def _reporting_after_dash(verb: Token, tags: frozenset[str] = _FINITE) -> bool:
    return verb_lemma_guess(verb) in _SIGNING_VERBS and verb.tag_ in tags


_SIGNERS = PEOPLE_NOUNS | OCCUPATION_HEADS  # "- said the doctor", "- the economist stressed"


def _name_only(doc: Doc, start: int, end: int, most: int = 12) -> bool:
    """Whether doc[start:end] is a short name of a speaker and nothing more: someone who can speak, no verb, no
    clause ("- reported lower revenue" names no one)."""
    words = [t for t in doc[start:end] if not t.is_space]
    return 0 < len(words) <= most and any(can_speak(t) or t.lemma_.lower() in _SIGNERS for t in words) and not any(
        t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" or t.lower_ in {"that", "who", "which"}
        or t.text in QUOTE_MARKS and t.tag_ != "POS" for t in words)  # "the farmers' union" quotes nothing


def _time_of_speaking_at(doc: Doc, k: int) -> bool:
    """Whether a phrase that says when the speaker spoke (``spans.says_when``) starts at ``k``: "last week"."""
    head = doc[k]
    while head.head.i != head.i and head.head.left_edge.i == k:
        head = head.head
    return says_when(head)


def _signer_end(doc: Doc, start: int, last: int, most: int = 12) -> int | None:
    """Where the speaker that signs a report from ``start`` ends, before ``last``: before where or when they spoke
    ("- said Wallace in Budapest", "- said Gina Raimondo last week"), a dash ("..., says UN chief – video") or an
    aside about them ("..., said Ana Berg, who runs the pilots' office") or their next report ("..., noting that
    ..."). None unless that is a name and nothing
    after it but such an aside is a clause."""
    # the speaker's next report, ", noting that ...", is theirs and no clause about them
    last = next((k for k in range(start + 1, last - 1) if doc[k].text == "," and reporting_participle(doc[k + 1])),
                last)
    stop = next((k for k in range(start + 1, last) if doc[k].lower_ in _SETTING_WORDS or doc[k].text in DASHES
                 or _time_of_speaking_at(doc, k)
                 or doc[k].text == "," and k + 1 < last and doc[k + 1].lower_ in {"who", "whose"}), last)
    aside = stop < last and doc[stop].text == ","
    while stop > start and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    if not _name_only(doc, start, stop, most) or not aside and any(
            t.tag_ in {"VBD", "VBZ", "VBP", "MD"} or t.lower_ == "that" for t in doc[stop:last]):
        return None
    return stop


def _past_adverbs(doc: Doc, k: int, end: int) -> int:
    """The first token from k that is no adverb, or k itself if only adverbs follow: "- once again emphasized"."""
    j = k
    while j < end - 1 and j - k < 3 and doc[j].pos_ == "ADV":
        j += 1
    return j if doc[j].pos_ != "ADV" else k


def _before_adverbs(doc: Doc, start: int, end: int) -> int:
    """Where a speaker's name ends before the adverbs that lead to its verb: "the minister once again"."""
    while end - 1 > start and doc[end - 1].pos_ == "ADV":
        end -= 1
    return end


def with_dash_report(found: list[Attribution], sent: Span) -> list[Attribution]:
    """The relations of a sentence with its dash report (``dash_report``), which delimits the report: it replaces
    what the parser read from the signing verb, which misses the line of dialogue before the verb's sentence or
    takes the content for the speaker; and a participle of saying after the signer ("... - said Anna Berg, adding
    that the port would close.") is the signer's next report, whatever subject the parser gave it. A report inside
    the signed one ends at the dash."""
    signed = dash_report(sent)
    if signed is None or signed.cue is None:
        return found
    doc = sent.doc
    cue_at, after = signed.cue[0], signed.sources[0][1] if signed.sources else len(doc)

    def next_report(a: Attribution) -> bool:
        return a.cue is not None and a.cue[0] == after + 1 and doc[after].text == "," \
            and reporting_participle(doc[a.cue[0]])
    signed_end = signed.content[1]  # where the signed line of dialogue ends, before its dash

    def before_the_dash(a: Attribution) -> Attribution:  # "... Putin calculates that time works for him - said X"
        inside = a.content[0] < signed_end < a.content[1] and a.cue is not None and a.cue[1] <= signed_end
        return replace(a, content=(a.content[0], signed_end)) if inside else a
    kept = [replace(a, sources=signed.sources) if next_report(a) else before_the_dash(a) for a in found
            if a.cue is None or not a.cue[0] <= cue_at < a.cue[1]]
    return [*kept, replace(signed, origin="dash report")]


def dash_report(sent: Span) -> Attribution | None:
    """"If the border closes, there will be no trade - said Kowalski.", "... - the minister stressed.": a report
    signed after a spaced dash by a verb of saying and its speaker, as news translated from Polish, Ukrainian or
    Russian writes it. The content runs back to the sentence's start, or to the dash that opens a line of dialogue
    ("- We will not leave. The bridge stays - said the mayor."). Nothing is read where the dash closes an aside
    ("Ms. Ruiz - a former mayor - said that ..."): the rest of the sentence must only name the speaker."""
    doc = sent.doc
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    dashes = [t.i for t in sent if t.text in DASHES and t.i > sent.start + 2 and t.whitespace_
              and (doc[t.i - 1].whitespace_ or doc[t.i - 1].is_space) and t.i < end - 1]
    if not dashes:
        return None
    dash = dashes[-1]
    if any(doc[k].text in DASHES for k in range(sent.start + 1, dash)):
        return None  # the dash closes an aside or a range: "Ms. Ruiz - a former mayor - said ..."
    verb = doc[_past_adverbs(doc, dash + 1, end)]  # "- once again emphasized the president"
    relayer: TokRange | None = None
    if _reporting_after_dash(verb, _FINITE_OR_PARTICIPLE):  # "- said Kowalski", "- said on Friday the minister"
        start = verb.i + 1
        if start < end and doc[start].lower_ in _WHEN_PREPS and start + 1 < end and doc[start + 1].pos_ in {
                "PROPN", "NUM", "NOUN"}:
            start += 2
        if start >= end or doc[start].pos_ == "ADP":
            return None  # "... - said" at the very end names no one
        # "- said Daniel Wolski, quoted (on Sunday) by the Baltic News Service": the agency relays him
        quoted = next((k for k in range(start + 1, end - 2) if doc[k].lower_ in {"quoted", "cited"}), None)
        by = next((k for k in range(quoted + 1, min(quoted + 5, end - 1)) if doc[k].lower_ == "by"), None) \
            if quoted is not None else None
        if quoted is not None and by is not None:
            relayer = (by + 1, end)
        else:
            quoted = None
        stop = _signer_end(doc, start, end if quoted is None else quoted)
        if stop is None:
            return None
        cue, source = (verb.i, verb.i + 1), (start, stop)
    elif end - 1 > dash + 1 and _reporting_after_dash(doc[end - 1]) \
            and _name_only(doc, dash + 1, named := _before_adverbs(doc, dash + 1, end - 1)) \
            and not any(t.is_punct for t in doc[dash + 1:end - 1]) and not _names_the_claim(doc, dash + 1):
        # "- the minister (once again) stressed", but not "... by voters - something new this month, they said",
        # nor "... – a statement the ministry confirmed", an answer to the report (``rebuttals.answered_claim``)
        cue, source = (end - 1, end), (dash + 1, named)
    else:
        return None
    if source[1] <= source[0]:
        return None
    # the content starts at the sentence, or back at the dash that opens its line of dialogue
    opening = start_of_line(doc, sent.start)
    while opening < dash and doc[opening].is_space:
        opening += 1
    first = opening + 1 if doc[opening].text in DASHES else _dialogue_dash(doc, opening, dash) or sent.start
    while first < dash and doc[first].is_space:
        first += 1
    content = trim(sent, first, dash) if first >= sent.start else (first, dash)
    if content is None or content[1] - content[0] < 3:
        return None
    return Attribution(cue=cue, cue_head=cue[0], content=content, sources=(source,), relayer=relayer,
                       region=frozenset(range(content[0], end)))


_SENTENCE_ENDS = frozenset({".", "!", "?", "\"", "”", "»"})


def _dialogue_dash(doc: Doc, opening: int, signing: int) -> int | None:
    """Where a line of dialogue signed at the dash ``signing`` opens inside a paragraph: the word after a dash that
    follows a sentence's end ("... to the EU and NATO."- In short, ... would be terrible news. So the tension is
    dangerous - noted Kwasniewski."), when no report was signed since. The parser may have run the writer's sentence
    into the line of dialogue: the dash still opens it."""
    for k in range(signing - 1, opening, -1):
        word = doc[k]
        if word.text in DASHES and word.whitespace_ and doc[k - 1].text in _SENTENCE_ENDS \
                and doc[k + 1].is_title:
            return k + 1
        if word.text in DASHES and signs_a_report(word):
            return None
    return None


def _names_the_claim(doc: Doc, k: int) -> bool:
    """Whether a phrase at ``k`` opens with a noun for a claim: "a statement", "the claim"."""
    return doc[k].pos_ == "DET" and k + 1 < len(doc) and doc[k + 1].lemma_.lower() in CLAIM_NOUNS


def signs_a_report(dash: Token) -> bool:
    """Whether a spaced dash opens the signature of what comes before it ("... we want it to end - said Putin."), not
    an aside ("Farmers – including in Kansas – are ...") or an editor's note ("[... - ed.]"): a verb of saying
    follows it, alone or after its speaker."""
    doc, end = dash.doc, dash.sent.end
    for k in range(dash.i + 1, min(end, dash.i + 8)):
        if _reporting_after_dash(doc[k], _FINITE_OR_PARTICIPLE):  # "- said Putin", "- the minister stressed"
            return k == _past_adverbs(doc, dash.i + 1, end) or _name_only(doc, dash.i + 1,
                                                                           _before_adverbs(doc, dash.i + 1, k))
    return False


_EVENT_LABELS = frozenset("crisis war conflict invasion talks summit attack attacks strike strikes offensive election "
                          "protest protests riot riots death dead results weather speech recap".split())


def colon_attribution(sent: Span) -> Attribution | None:
    """"PENCE: Well, look, ..." (a transcript) and "Pence: Flowers won't be at debate" (a headline): a short
    name at the start of a line, a colon, and what follows on that line."""
    doc = sent.doc
    toks = [t for t in sent if not t.is_space]
    if not toks or (toks[0].i > 0 and not ends_line(doc[toks[0].i - 1]) and toks[0].i != sent.start):
        return None
    start = toks[0].i + (1 if toks[0].text in OPEN_QUOTES else 0)
    j = start
    while j < len(doc) and j - start < 6 and doc[j].text != ":":
        if doc[j].is_punct and doc[j].text not in {".", "'", "’", "-"} or "\n" in doc[j].text:
            return None
        j += 1
    if j >= len(doc) or doc[j].text != ":" or j == start:
        return None
    glued = [t.i for t in doc[start + 1:j - 1] if t.text == "." and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    if glued:  # "Crisis around Ukraine.Joe Biden: ...": a heading glued to the speaker ends at its full stop
        start = glued[-1] + 1
        if start >= sent.end:
            return None  # the speaker opens the next sentence, which reads it
    name = doc[start:j]
    if not (name[0].is_title or name[0].is_upper) or not any(t.is_alpha for t in name):
        return None
    if {t.lower_ for t in name} & _LABELS or name[0].pos_ in {"VERB", "AUX", "ADV", "DET", "PRON", "ADP"} \
            or any(t.pos_ == "VERB" or t.tag_ == "VBD" for t in name):
        return None  # not "Scott added: ...", whose cue is the verb
    if any(t.like_num for t in name) and any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in MONTHS for t in name):
        return None  # a date opens a picture's caption: "MARCH 13: A baseball sits on the field ..."
    end = j + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    # a name, not an event that names one ("Russia-Ukraine crisis: Putin orders ..."); "Clinton camp:" speaks
    topic = name[-1].lower_ in _EVENT_LABELS
    # a turn in capitals ("PENCE: Well, ..."), not a headline in capitals ("UKRAINE: LEADERS SET TO MEET ...")
    words = [t for t in doc[j + 1:end] if t.is_alpha and len(t) > 1]
    capitals = all(t.is_upper or not t.is_alpha for t in name)
    if capitals and _names_places(name) and not _is_transcript(doc):
        return None  # a place in capitals opens a dateline or a story's kicker ("BEIJING:", "RUSSIA-UKRAINE:")
    if not capitals and _names_places(name) and not _makes_a_clause(doc[j + 1:end]):
        return None  # a place heads a story ("Ukraine: Russian missile strikes reported in Kharkiv"), not a speaker
    in_capitals = capitals and not (words and all(t.is_upper for t in words))
    speaker = in_capitals or any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in name) and not topic \
        or len(name) == 1 and name[0].pos_ == "PROPN"
    if not speaker and j + 1 < end and (doc[j + 1].text in OPEN_QUOTES or doc[j + 1].text == "'"):
        # "Ruiz: 'Never trust the tide.'", "Anna Berg: ‘I’m Tired Of ...’": a quotation after the colon
        speaker = all(t.is_title or t.pos_ == "PROPN" or t.text in {".", "'", "’", "-"} for t in name)
    if not speaker and len(name) == 1 and name[0].is_title and name[0].pos_ == "NOUN":
        # "Sanders: Clinton needs to ...", "Poll: Clinton and Trump in dead heat": one name and a statement
        speaker = any(t.pos_ in {"VERB", "AUX"} for t in doc[j + 1:end])
    if not speaker:
        return None  # "Little Relief for Refugees: ..." is a section heading, not a speaker
    content = trim(sent, j + 1, end)
    if content is None or content[1] - content[0] < 3:
        return None
    if content[1] < end and doc[content[1]].text in {".", "?", "!", "—", "…"}:
        content = (content[0], content[1] + 1)  # an utterance keeps its own closing mark
    turn = all(t.is_upper or not t.is_alpha for t in name) and _is_transcript(doc)
    if turn:
        content = (content[0], _turn_end(doc, content[1]))
    # a transcript's turn is kept as found ("transcript" is no rule the relation check judges)
    return Attribution(cue=(j, j + 1), cue_head=j, content=content, sources=((start, j),),
                       region=frozenset(range(sent.start, sent.end)), origin="transcript" if turn else "colon")


def _makes_a_clause(words: Span) -> bool:
    """Whether the words after a label's colon say something: a verb with its own subject among them ("China: NATO
    disregards the facts"), not a story's heading ("Russia: journalist arrested for ...") or a list of names. A
    subordinate clause is not enough ("Kenya: Deadly Start to 2020 As Road Crashes Claim 9 Lives")."""
    inside = range(words.start, words.end)
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"} and t.head.i in inside
               and t.head.dep_ not in {"aux", "auxpass", "advcl", "relcl"} for t in words)


def _names_places(name: Span) -> bool:
    """Whether a label names places only: each word a place, or places joined by hyphens ("RUSSIA-UKRAINE", of which
    the tagger may know one)."""
    places = [t.ent_type_ in {"GPE", "LOC"} for t in name if t.is_alpha]
    return all(places) or any(places) and "-" in name.text and " " not in name.text.strip()


_TURN_PARAGRAPHS = 5  # at most this many paragraphs after a transcript's "NAME:" line go on with its turn
_TURN = re.compile(r"^[\"“']?[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)?:", re.M)


_TRANSCRIPT = "claimledger.transcript"  # the answer, kept on the Doc: its text is read once, not once per label


def _is_transcript(doc: Doc) -> bool:
    """Whether speakers take turns in the text: three lines or more open with a name in capitals and a colon,
    "PENCE: ..." and "WALLACE: ...", not a one-off heading ("FIX IS IN: ...")."""
    known = doc.user_data.get(_TRANSCRIPT)
    if known is None:
        known = doc.user_data[_TRANSCRIPT] = len(_TURN.findall(doc.text)) >= 3
    return bool(known)


def _turn_end(doc: Doc, end: int) -> int:
    """Where a transcript speaker's turn ("PENCE: Well, look, ...") ends when it runs on past its first line: the
    paragraphs after it are the same speaker's until one opens with a speaker of its own ("WALLACE: ...") or a
    stage note ("(CROSSTALK.)")."""
    for _ in range(_TURN_PARAGRAPHS):
        k = end
        while k < len(doc) and (doc[k].is_space or doc[k].is_punct and doc[k].text not in OPEN_QUOTES | {"("}):
            k += 1  # the line break, and the quotation mark the line before left open
        if k >= len(doc) or not any(ends_line(t) for t in doc[end - 1:k]):
            break
        first = k + 1 if doc[k].text in OPEN_QUOTES else k
        line_end = first
        while line_end < len(doc) and not ends_line(doc[line_end]):
            line_end += 1
        if first >= len(doc) or doc[first].text == "(" or any(t.text == ":" for t in doc[first:first + 6]
                                                              if t.i < line_end):
            break
        end = line_end if line_end < len(doc) and doc[line_end].is_space else min(line_end + 1, len(doc))
        while end > first and (doc[end - 1].is_space or doc[end - 1].text in QUOTE_MARKS):
            end -= 1
    return end


def _before_circumstance(sent: Span, end: int) -> int:
    """Where a closing verb of speech ends before the phrases that say where, how or when it spoke ("..., they said
    in a statement on January 1."): the end of the verb whose phrases alone run to ``end``; ``end`` otherwise."""
    doc = sent.doc
    for k in range(end - 2, max(sent.start, end - 12), -1):
        verb = doc[k]
        if verb.tag_ not in {"VBD", "VBZ"} or verb_lemma_guess(verb) not in SPEECH_VERBS:
            continue
        tail = doc[k + 1:end]
        if all(verb.is_ancestor(t) and (t.head.i != k or circumstance_of_speaking(t)) for t in tail):
            return k + 1
        return end
    return end


def missed_closing_cue(sent: Span, found: list[Attribution]) -> Attribution | None:
    """A relation the parse missed, given the relations ``found`` in the sentence: where it found none, a cue that
    closes the sentence (``_closing_cue``) or a naming the tagger read as a participle (``misread_naming``); where
    it found only relations inside what a cue closing the sentence reports, that cue, if a verb, not a noun the
    tagger may have misread ("Two top commanders of fighters who defended the plant have been transferred to
    Russia, Russia's state news agency TASS reported.", the agency hung on the commanders)."""
    closing = _closing_cue(sent)
    if not found:
        return closing or misread_naming(sent)
    if closing is None or closing.cue_head is None or sent.doc[closing.cue_head].pos_ != "VERB" \
            or any(a.cue is None or a.cue[1] > closing.content[1] for a in found):
        return None
    return closing


def _closing_cue(sent: Span) -> Attribution | None:
    """"..., the GUR summarizes." when the tagger misreads the rare verb as a noun, and "People like Mr. Ortega,
    she said." when the parser finds no clause for the verb to report. Never where a quotation closes the sentence
    after it, which holds the words ("... if they have the right equipment, the right support.”")."""
    doc = sent.doc
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text != ",":
        end -= 1
    if any(t.is_quote for t in doc[end:sent.end]):
        return None
    while end - 1 > sent.start and doc[end - 1].ent_type_ in {"DATE", "TIME"} and doc[end - 1].head.i < end - 1:
        end -= 1  # "..., the agency reported on Friday.": when it was said
    if end - 1 > sent.start and doc[end - 1].lower_ == "on" and end < sent.end and doc[end].ent_type_ == "DATE":
        end -= 1
    end = _before_circumstance(sent, end)
    if end - sent.start < 4:
        return None
    cue = doc[end - 1]
    if cue.pos_ == "ADV" and end - 2 > sent.start:
        cue = doc[end - 2]
    lemma = verb_lemma_guess(cue)
    # the parser may read "the agency reported" as an agency that was reported, a participle hung on the noun
    participle = cue.tag_ == "VBN" and cue.dep_ in {"acl", "relcl"} and cue.head.i < cue.i
    # a verb of documents closes a sentence after a document: "..., county tax records show."
    said = lemma in SPEECH_VERBS | {"think"} or lemma in DOCUMENT_CUES and a_document(doc[cue.i - 1])
    # a clause the parser hung on the verb before it, with no speaker, is what the sentence's closing phrase
    # reports ("Rescue workers have recovered 29 bodies in the city of Kremenchuk, Ukraine's state emergency service
    # said.", the service hung on the city)
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    if lemma not in REPORTING_VERBS or cue.pos_ in {"VERB", "AUX"} and (
            not said or cue.tag_ not in {"VBD", "VBZ", "VBP"} and not participle
            or any(c.dep_ in {"ccomp", "xcomp", "dobj"} and (c.i > cue.i or has_subject) for c in cue.children)):
        return None  # a verb counts when the parser gave it nothing to report: "Too little and too late, he said."
    # the speaker may have an owner ("Russia’s state news agency TASS reported"), and a verb's hyphened words ("the
    # state-controlled TASS news agency reported"); a noun misread as a cue is kept to plain words
    verb = cue.pos_ in {"VERB", "AUX"}
    j = cue.i - 1
    while j > sent.start and (doc[j].pos_ in {"PROPN", "NOUN", "ADJ", "DET", "PRON"} or doc[j].text == "'s"
                              or doc[j].tag_ == "POS"
                              or verb and (doc[j].text == "-" or doc[j].tag_ == "VBN" and doc[j].dep_ == "amod")
                              or verb and doc[j].lower_ in {"of", "for"} and doc[j - 1].pos_ in {"NOUN", "PROPN"}):
        j -= 1  # "the governor of Ukraine's Luhansk region said", "Germany's ministry for economic affairs announced"
    if doc[j].text != "," or j + 1 >= cue.i or cue.i - j > 9:
        return None
    if doc[j + 1].lower_ in {"which", "who", "that"}:
        return None
    content = trim(sent, sent.start, j)
    if content is None:
        return None
    return Attribution(cue=(cue.i, cue.i + 1), cue_head=cue.i, content=content, sources=((j + 1, cue.i),),
                       region=frozenset(range(sent.start, sent.end)))


def misread_naming(sent: Span) -> Attribution | None:
    """"One lawmaker called Trump “the orange prince ...”", "Beruff, a Scott ally, called Florida’s standards
    “strong.”": in a sentence with no verb of its own, the tagger read the past tense of "call" as a participle hung
    on the noun before it ("a lawmaker called Trump", one so named). What follows it is named, and the noun names
    it: the speaker is the noun's phrase, the content what follows the verb, which must hold a quotation."""
    doc = sent.doc
    root = sent.root
    verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() == "call"
                 and c.i > root.i), None)
    if verb is None or root.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.i != verb.i and t.dep_ not in {"relcl", "acl", "amod", "aux", "auxpass"}
           and not verb.left_edge.i <= t.i <= verb.right_edge.i for t in sent):
        return None
    before = [t for t in doc[root.left_edge.i:verb.i] if not (t.is_punct or t.is_space)]
    if not before or root.left_edge.i != sent.start and not doc[sent.start].is_punct \
            or any(t.head.i != root.i and not root.is_ancestor(t) for t in before):
        return None
    content = trim(sent, verb.i + 1, sent.end)
    # what is named comes first and the quotation closes the sentence: not "A group called “Citizens for Trump”
    # met on Friday.", nor a caption, "A group called “Citizens for Trump”."
    if content is None or doc[content[0]].is_quote or not any(t.is_quote for t in doc[content[0]:content[1]]) \
            or not any(t.is_quote for t in doc[max(content[0], content[1] - 2):content[1]]):
        return None
    return Attribution(cue=(verb.i, verb.i + 1), cue_head=verb.i, content=content,
                       sources=((root.left_edge.i, verb.i),), region=frozenset(range(sent.start, sent.end)))


def inverted_trailing_cue(sent: Span) -> Attribution | None:
    """"The vote signals the end of the pact, said Ana Berg, head of the port authority.": a verb of saying after a
    comma, with its speaker after it and nothing else to the sentence's end, where the parser gave the verb nothing
    to report (it read "signals" as a noun, or joined the verb to the clause before as a conjunct). The content
    runs from the sentence's start to the comma."""
    doc = sent.doc
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    comma = next((t.i for t in sent if t.text == "," and sent.start + 3 <= t.i < end - 2
                  and _reporting_after_dash(doc[t.i + 1])), None)
    if comma is None:
        return None
    verb = doc[comma + 1]
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children) \
            or not any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return None
    # a name and its role: "Ana Berg, head of the harbour authority of the Free City of Gdansk"
    stop = _signer_end(doc, verb.i + 1, end, most=20)
    if stop is None:
        return None
    content = trim(sent, sent.start, comma)
    if content is None or content[1] - content[0] < 3:
        return None
    return Attribution(cue=(verb.i, verb.i + 1), cue_head=verb.i, content=content, sources=((verb.i + 1, stop),),
                       region=frozenset(range(sent.start, sent.end)))
