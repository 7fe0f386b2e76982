"""Quotations: a quotation with its speaker after it, quotations split by their cue, and the content segments a
relation spans once its quotations are joined (quotations that go on past their cue's sentence: ``continued``)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..lexicon import DOCUMENT_CUES, DOCUMENT_NOUNS, OPEN_QUOTES, QUOTE_MARKS, REPORTING_VERBS, SPEECH_VERBS
from .cues import ADDRESSEE_CUES, verb_lemma_guess
from .spans import (
    AMBIGUOUS_MARKS,
    CLOSE_DOUBLE,
    CLOSE_QUOTES,
    DOUBLE_CLOSERS,
    OPEN_DOUBLE,
    Attribution,
    TokRange,
    as_clause,
    is_single_mark,
    noun_phrase,
    opens_quotation,
    quote_extent,
    reporting_participle,
    reporting_verb,
    single_np,
    trim,
    unclosed_quotation,
)

# verbs that give the words as said: "wrote on Twitter" is where, "said with a smile" how
_WORDING_VERBS = {"say", "write", "tweet", "post", "add", "declare", "reply", "exclaim", "shout", "joke"}
_TOLD_THINGS = {"story", "tale", "truth", "lie", "joke", "anecdote", "question", "version"}  # "told a different tale"

def superseded_by_quotation(att: Attribution, quoted: Attribution, doc: Doc) -> bool:
    """Whether the quotation that closes just before its speaker and cue is the content of ``att``'s cue in place
    of what the rules found from the parse. Where the quotation opened in an earlier sentence, the parser hangs
    it apart: in "“... but nobody answered,” he told the radio station." the rules make the hearer the content, and
    in "“... We will stay, and I think if we hold the bridge, we can go home,” the sergeant said." a clause inside
    the quotation."""
    if att.cue_head != quoted.cue_head or quoted.cue is None or quoted.cue[0] < quoted.content[1]:
        return False
    # '"...," the regional council leader Ana Ruiz wrote on Facebook', and '"...," Ana Ruiz, who leads the regional
    # council, wrote on Facebook': the speaker's name, and an aside between commas
    named = bool(quoted.sources) and quoted.sources[0][0] - quoted.content[1] <= 1 \
        and (quoted.sources[-1][1] == quoted.cue[0]
             or quoted.sources[-1][1] < len(doc) and doc[quoted.sources[-1][1]].text == ","
             and doc[quoted.cue[0] - 1].text == ",")
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
    return root.head.i == att.cue_head and doc[att.cue_head].lemma_.lower() in ADDRESSEE_CUES \
        and root.dep_ in {"dobj", "dative"} and root.pos_ in {"PROPN", "NOUN", "PRON"} \
        and root.lemma_.lower() not in _TOLD_THINGS \
        and att.content[1] <= root.right_edge.i + 1  # "asked her to call": what she was asked is the content


def to_quotation_end(att: Attribution, sent: Span) -> Attribution:
    """A content after its cue that opens a quotation and stops before the quotation closes runs on to the
    closing mark, across sentences if the quotation does ('Trump told reporters that "they hit Matt ... . What
    they are doing is gaming the system."'): the parse ends the clause at the sentence, the speaker did not."""
    doc = sent.doc
    start, end = att.content
    if att.cue is None or start < att.cue[1]:
        return att
    if start - 1 >= att.cue[1] and opens_quotation(doc[start - 1]):
        start -= 1  # the parser hung the opening mark on the cue: 'told his audience, “What has happened ...'
    pending = unclosed_quotation(doc, start, end)
    if pending is None or not any(not t.is_punct and not t.is_space for t in doc[pending + 1:end]):
        return att
    extent = quote_extent(doc[pending])
    if extent is None or extent[1] <= end:
        return att
    return replace(att, content=(start, extent[1]))


# Prepositions a short speaker's phrase between a closing mark and its cue may hold: "representatives of the plant
# said", "a spokesman for the ministry said".
_SPEAKER_PREPS = frozenset({"of", "for", "at"})


def _object_of_preposition(toks: list[Token], k: int, start: int) -> bool:
    """Whether the noun ``toks[k]`` of a speaker's phrase follows one of ``_SPEAKER_PREPS``, an article between."""
    before = k - 1 if k - 1 > start and toks[k - 1].pos_ == "DET" else k
    return before - 1 >= start and toks[before - 1].lower_ in _SPEAKER_PREPS


def _unclosed_opener(toks: list[Token], openers: frozenset[str] | set[str]) -> Token | None:
    """The last opening mark among ``toks`` that no curly closing mark after it closes: in "“... this axis of
    “evil”: from Belarus ..., they made a mistake,” Lukashenko said" the quotation opens before "The world", not at
    "evil", whose own marks are a pair."""
    closed = 0
    for t in reversed(toks):
        if t.text == "”":
            closed += 1
        elif t.text in openers:
            if t.text == "“" and closed:
                closed -= 1
                continue
            return t
    return None


def quote_attribution(sent: Span) -> Attribution | None:
    """"“...,” the statement reads." / "\"...\", he said": a closing quote, a short source, a reporting verb."""
    toks = list(sent)
    for k, tok in enumerate(toks):
        if tok.text not in CLOSE_QUOTES or k == 0 or tok.text in AMBIGUOUS_MARKS and opens_quotation(tok):
            continue  # "But he added, ''I think ...'': a straight mark with a space before it opens
        # a double closing mark closes a double opening one: "“... promised ‘help within days,’ ...,” the mayor said"
        openers = OPEN_QUOTES - {"‘"} if tok.text in DOUBLE_CLOSERS else OPEN_QUOTES
        opening = _unclosed_opener(toks[:k], openers)
        if opening is None:  # "Probably not," Ms. Moore said: the quotation opened in an earlier sentence
            doc = sent.doc
            before = list(doc[max(0, sent.start - 200):sent.start])
            line = max((n + 1 for n, t in enumerate(before) if "\n" in t.text), default=0)
            back = _unclosed_opener(before[line:], openers)
            opening = back if back is not None \
                and (back.text not in AMBIGUOUS_MARKS or opens_quotation(back)) else None
        if opening is None:
            continue
        j = k + 1
        if j < len(toks) and toks[j].text == ",":
            j += 1
        inverted = _inverted_source(toks, j)
        if inverted is not None:  # "“...,” said Charlie King, a New York Democrat."
            content = trim(sent, opening.i, tok.i + 1)
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
            elif toks[j].lower_ in _SPEAKER_PREPS and j > start_np and j + 1 < len(toks) \
                    and toks[j + 1].pos_ in {"DET", "PROPN", "NOUN", "ADJ"}:
                j += 1  # "representatives of the plant said", "a spokesman for the ministry said"
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
        if verb_lemma_guess(cue) not in REPORTING_VERBS and j - 1 > start_np \
                and verb_lemma_guess(toks[j - 1]) in REPORTING_VERBS and toks[j - 1].pos_ == "NOUN" \
                and not _object_of_preposition(toks, j - 1, start_np):
            # not "the head of state summed up", "the rest of the states"
            j = src_end = j - 1  # "“...,” the email read.": the tagger read the verb as a noun
            cue = toks[j]
        if verb_lemma_guess(cue) not in REPORTING_VERBS:
            late = _late_cue(toks, start_np)
            if late is None:
                continue
            j, src_end = late
            cue = toks[j]
        lemma = verb_lemma_guess(cue)
        if lemma in DOCUMENT_CUES and lemma not in {"state", "indicate"} and \
                toks[j - 1].lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        content = trim(sent, opening.i, tok.i + 1)
        if content is None:
            return None
        return Attribution(cue=(cue.i, cue.i + 1), cue_head=cue.i, content=content,
                           sources=((toks[start_np].i, toks[src_end - 1].i + 1),),
                           region=frozenset(range(sent.start, sent.end)))
    return None


def _late_cue(toks: list[Token], start: int) -> tuple[int, int] | None:
    """"“...,” Texas delegate Bill Eastland, wearing a cowboy hat, said matter-of-factly": a name, an aside
    between commas, then the reporting verb; or a description, and the name between commas ("“...,” the head of the
    rescue service, Anna Berg, told the channel"). -> (cue index, end of the source's name) in ``toks``."""
    if toks[start].pos_ not in {"PROPN", "DET", "NOUN", "ADJ"} or not toks[start].is_title \
            and toks[start].lower_ not in {"the", "a", "an"}:  # "the head of the ..., Pirhossein Koolivand, told"
        return None
    name_end = None
    for j in range(start + 1, min(len(toks), start + 30)):
        t = toks[j]
        if t.text in QUOTE_MARKS or t.text in {".", ";", "?", "!"}:
            return None
        if t.text == "," and name_end is None:
            name_end = j
        if t.tag_ in {"VBD", "VBZ"} and verb_lemma_guess(t) in REPORTING_VERBS - DOCUMENT_CUES \
                and toks[j - 1].text == ",":
            if not toks[start].is_title:  # a description runs on to the name set off after it, and its comma
                return j, j
            return j, name_end if name_end is not None else j - 1
    return None


def _inverted_source(toks: list[Token], j: int) -> TokRange | None:
    """The source after an inverted cue: "said Charlie King, a prominent Democrat"."""
    if j >= len(toks) or verb_lemma_guess(toks[j]) not in (REPORTING_VERBS - DOCUMENT_CUES) | {"read"}:
        return None  # "“...,” read the email": of the document cues, only "read" comes before its source
    name = next((t for t in toks[j + 1:j + 8] if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == toks[j].i), None)
    if name is not None:
        return noun_phrase(name)
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
        while m < len(toks) and toks[m].text not in QUOTE_MARKS and toks[m].text not in {".", ";", "?", "!"}:
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
    elsewhere (on the relative clause's verb); the noun with what precedes it (``single_np``), not its aside."""
    if k >= len(toks) or toks[k].lower_ not in {"the", "a", "an"} or toks[k].dep_ != "det":
        return None
    noun = toks[k].head
    if noun.pos_ not in {"NOUN", "PROPN"} or not 0 < noun.i - toks[k].i <= 4:
        return None
    return single_np(noun)


def to_closing_quote(att: Attribution, sent: Span) -> Attribution:
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
    if doc[k].text not in CLOSE_QUOTES:
        return att
    single = is_single_mark(doc[k])
    # the nearest mark of the closing mark's kind: "“In 2011 he said, ‘Our approach failed,’” Mitchell recalled"
    opening = next((t.i for t in reversed(doc[sent.start:start + 1])
                    if t.text in QUOTE_MARKS and is_single_mark(t) == single), None)
    if opening is None:  # "The mayor lamented the budget: “There’s just no money left,” she said"
        opening = next((t.i for t in doc[start:k] if t.text in OPEN_QUOTES and is_single_mark(t) == single
                        and t.i > start and doc[t.i - 1].text == ":"), None)
    if opening is None or doc[opening].text not in OPEN_QUOTES \
            or any(t.text in QUOTE_MARKS and is_single_mark(t) == single for t in doc[opening + 1:k]):
        return att  # no opening mark in the sentence, or a quotation of the same kind inside: not one quotation
    return replace(att, content=(opening, k + 1 if end <= limit else end))


def with_quote_start(att: Attribution, sent: Span) -> Attribution:
    """"“It makes no sense. The model fails,” he said.": the parser starts the cue's sentence inside the
    quotation, so content that closes a quote it never opened runs back to the opening mark."""
    doc = sent.doc
    start, end = att.content
    first = next((t for t in doc[sent.start:start + 1] if not t.is_space), None)
    if first is None or first.i != start or doc[start].text in OPEN_QUOTES:
        return att
    span = doc[start:min(end + 2, len(doc))]
    opens = sum(1 for t in span if t.text in OPEN_DOUBLE)
    closes = sum(1 for t in span if t.text in CLOSE_DOUBLE)
    straight = sum(1 for t in doc[start:end] if t.text in AMBIGUOUS_MARKS)
    after = next((t for t in doc[end:min(end + 2, len(doc))] if t.text in AMBIGUOUS_MARKS), None)
    if after is not None and not doc[after.i - 1].whitespace_ and not doc[after.i - 1].is_space:
        straight += 1  # "... Let's move on,'' said Smith": a straight mark glued to the content closes it
    if closes <= opens and straight % 2 == 0:
        return att
    wanted = OPEN_DOUBLE if closes > opens else AMBIGUOUS_MARKS
    k = start - 1
    while k >= 0 and start - k < 400 and "\n" not in doc[k].text:
        if doc[k].text in wanted:
            content = trim(sent, k, end) or (k, end)
            return replace(att, content=content)
        if doc[k].text in CLOSE_DOUBLE or wanted is AMBIGUOUS_MARKS and doc[k].text in AMBIGUOUS_MARKS:
            return att
        k -= 1
    return att


DISCOURSE_MARKERS = {"and", "but", "so", "yet", "however", "still", "meanwhile", "moreover", "also", "instead",
                     "nevertheless", "nonetheless", "indeed", "further", "furthermore", "besides", "rather"}


def without_discourse_marker(att: Attribution, sent: Span) -> Attribution:
    """A content that opens its sentence leaves out the connective that ties the sentence to the one before:
    "And Mrs. Clinton now holds ..., according to X" -> "Mrs. Clinton now holds ..."; when the cue interrupts
    the content, only a bare conjunction ("And in recent days, advisers say, ..."). An adverb that grades the
    word after it ("However costly the repairs, ...") is part of the clause, not a connective, and "but" before a
    verb of speech or "according to" that closes the content is the speaker's own turn ("But the new plan is still
    tilted toward the rich, the Tax Foundation said"), as annotators mark it."""
    doc = sent.doc
    start, end = att.content
    if start != sent.start or att.cue is None or end - start < 4:
        return att
    if att.cue[0] < end and not (start < att.cue[0] and doc[start].pos_ == "CCONJ" and doc[start + 1].text != ","):
        return att  # "But in recent days, advisers say, the president ...": only a bare conjunction goes
    k = start
    degree = doc[k].pos_ == "ADV" and doc[k].head.pos_ in {"ADJ", "ADV"} and doc[k].head.i == k + 1
    spoken = att.cue_head is not None and doc[att.cue_head].lemma_.lower() in SPEECH_VERBS | {"according"} \
        and att.cue[0] >= end  # closing the content: "But ..., he said."
    if doc[k].lower_ in DISCOURSE_MARKERS and doc[k].pos_ in {"CCONJ", "ADV"} and not degree \
            and not (doc[k].lower_ == "but" and spoken):
        k += 1
        if doc[k].text == ",":
            k += 1
    if k == start:
        return att
    return replace(att, content=(k, end))


def _another_report(span: Span, cue: TokRange) -> bool:
    """Whether ``span`` holds a reporting verb outside ``cue``: in "“...,” she said, adding, “...”" each quotation
    has its own cue, and neither is the other's."""
    return any(reporting_verb(t) and not cue[0] <= t.i < cue[1] for t in span)


def with_split_quote(att: Attribution, sent: Span) -> Attribution:
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
        if k >= sent.start and doc[k].text in CLOSE_QUOTES and not _another_report(doc[k + 1:att.cue[1]], att.cue):
            opening = next((t.i for t in reversed(doc[max(0, k - 300):k]) if t.text in OPEN_QUOTES), None)
            if opening is not None and "\n" not in doc[opening:k].text:
                start = opening
        elif start - 1 == right and doc[right].text == "," and _goes_on_in_lower_case(doc, start, end) \
                and _set_off(att, doc, left, right):
            opening = _opening_fragment(doc, sent, left, att.cue)
            start = start if opening is None else opening
    elif end <= left and doc[end - 1].text in CLOSE_QUOTES:  # the quote before the cue: look for one after
        k = right
        while k < sent.end and k - right < 12 and doc[k].text not in OPEN_QUOTES and "\n" not in doc[k].text:
            k += 1
        if k < sent.end and doc[k].text in OPEN_QUOTES and doc[k - 1].text in {",", ":", "—", "–"} \
                and not _another_report(doc[att.cue[0]:k], att.cue):
            extent = quote_extent(doc[k])
            if extent is not None:
                end = extent[1]
    if (start, end) == att.content:
        return att
    return replace(att, content=(start, end))


def _goes_on_in_lower_case(doc: Doc, start: int, end: int) -> bool:
    """Whether the quotation opened at ``start`` begins with a word in lower case, so that it finishes a sentence
    begun before its speaker: "The new levy, the mayor said, “will pay for the bridge.”". (A quotation straight
    after its cue, "Lee attacked “the levy”", is what the cue took, and the caller leaves it alone.)"""
    word = next((t for t in doc[start + 1:end] if not (t.is_punct or t.is_space)), None)
    return word is not None and word.text[0].islower()


def _set_off(att: Attribution, doc: Doc, left: int, right: int) -> bool:
    """Whether doc[left:right] is the speaker and the cue alone ("the mayor said", "the mayor also said"), with no
    words of the writer's between them ("she sent an email saying")."""
    own = {k for r in (att.cue, *att.sources) if r is not None for k in range(*r)}
    return all(k in own or doc[k].pos_ in {"ADV", "PART"} or doc[k].is_space for k in range(left, right))


def _opening_fragment(doc: Doc, sent: Span, left: int, cue: TokRange) -> int | None:
    """Where the words that open a sentence split by its speaker start, when a comma sets the speaker off ("The new
    levy, the mayor said, “will pay ...”": "The new levy"): from the sentence's start, or from the last quotation
    mark, colon, semicolon or line break before the speaker, or after the last conjunction that follows a comma
    there. None when nothing is there, when a lone connective is ("But, she said, “..."), or when the words hold a
    reporting verb of their own."""
    k = left - 1
    if k <= sent.start or doc[k].text != ",":
        return None
    first = k
    while first > sent.start and not (doc[first - 1].text in QUOTE_MARKS or doc[first - 1].text in {";", ":"}
                                      or "\n" in doc[first - 1].text):
        first -= 1
    joint = next((j for j in range(k - 1, first, -1) if doc[j].pos_ == "CCONJ" and doc[j - 1].text == ","), None)
    if joint is not None:  # "The hall was full, and by noon, he said, “the doors were shut.”": the last clause only
        first = joint + 1
    while first < k and (doc[first].is_space or doc[first].is_punct):
        first += 1
    if first >= k or k - first == 1 and doc[first].lower_ in DISCOURSE_MARKERS \
            or _another_report(doc[first:k], cue):
        return None
    return first


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
    two pieces; so does a content that runs on into the next paragraph, one piece a paragraph. One piece, the
    content itself, when nothing interrupts it."""
    # a content widened over its resumed piece already holds it
    resumed = (att.resumed,) if att.resumed is not None and att.resumed[0] >= att.content[1] else ()
    pieces = tuple(piece for whole in (*_around_cue(att, doc), *resumed) for piece in _by_paragraph(whole, doc))
    return tuple(_before_its_agent(piece, att, doc) for piece in pieces)


def _before_its_agent(piece: TokRange, att: Attribution, doc: Doc) -> TokRange:
    """A piece that ends on the relation's own source ends before it, and before the "by" or "from" that
    introduces it: "called the Holodomor by Ukrainians" reports "the Holodomor". A content never holds its own
    source."""
    start, end = piece
    source = next((s for s in att.sources if start < s[0] < end <= s[1]), None)
    if source is None:
        return piece
    cut = source[0]
    while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].is_space
                           or doc[cut - 1].pos_ == "ADP" and doc[cut - 1].lower_ in {"by", "from"}):
        cut -= 1
    return (start, cut) if cut > start else piece


def _around_cue(att: Attribution, doc: Doc) -> tuple[TokRange, ...]:
    if att.cue is None:
        return (att.content,)
    inner = [r for r in (att.cue, *att.sources) if att.content[0] <= r[0] and r[1] < att.content[1]]
    if not inner or not any(r == att.cue for r in inner):
        return (att.content,)
    hole = (min(r[0] for r in inner), max(r[1] for r in inner))
    head = doc[att.cue_head] if att.cue_head is not None else None
    if head is not None and as_clause(head):
        # "The bridge, as the mayor noted on Monday, is safe.": the whole aside is the hole
        hole = (min(hole[0], head.left_edge.i), max(hole[1], head.right_edge.i + 1))
    if doc[att.content[0]].text in OPEN_QUOTES:
        hole = (hole[0], _resumed_quotation(doc, hole[1], att.content[1]))
    pieces = []
    for start, end in ((att.content[0], hole[0]), (hole[1], att.content[1])):
        while start < end and (doc[start].is_space or doc[start].is_punct and doc[start].text not in QUOTE_MARKS):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_MARKS):
            end -= 1
        if end > start:
            pieces.append((start, end))
    return tuple(pieces) or (att.content,)


def _by_paragraph(piece: TokRange, doc: Doc) -> tuple[TokRange, ...]:
    """A piece split at the line breaks inside it, without the breaks; a paragraph that is no quotation ends
    without its sentence's closing mark, as ``trim`` ends a content."""
    out = []
    start = piece[0]
    for k in range(piece[0], piece[1]):
        if doc[k].is_space and "\n" in doc[k].text:
            end = k
            while end > start and doc[start].text not in QUOTE_MARKS and doc[end - 1].is_punct \
                    and doc[end - 1].text not in QUOTE_MARKS:
                end -= 1
            if end > start:
                out.append((start, end))
            start = k + 1
    if piece[1] > start:
        out.append((start, piece[1]))
    return tuple(out) or (piece,)


def _only_signs(cue: Token, toks: list[Token]) -> bool:
    """Whether a sentence says no more than who said the quotation before it: a verb of saying with nothing after
    it but marks, or a participle of saying that opens the speaker's next report (", adding she was not afraid")."""
    after = [t for t in toks if t.i > cue.i and not t.is_punct]
    return verb_lemma_guess(cue) in SPEECH_VERBS and (not after or reporting_participle(after[0]))


def quote_before_sentence(sent: Span) -> Attribution | None:
    """"“You winning?” she said.": the parser ends the sentence at the question mark inside the quote."""
    doc = sent.doc
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 2 or sent.start == 0:
        return None
    k = sent.start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if doc[k].text not in CLOSE_QUOTES:
        return None
    # a quotation that closed its paragraph is signed by the next only where that says no more than who said it
    # ("“...”  /  Roesler said."), not by "The navy defended its actions, saying ..."
    new_line = "\n" in doc[k].whitespace_ or "\n" in doc[k + 1:sent.start].text
    j = 0
    while j < len(toks) and j < 5 and (toks[j].pos_ in {"DET", "PROPN", "NOUN", "ADJ", "PRON"}
                                       or toks[j].text in {"'s", "’s"}):
        j += 1
    if j == 0 or j >= len(toks) or verb_lemma_guess(toks[j]) not in REPORTING_VERBS:
        if j == 0 and len(toks) > 1 and verb_lemma_guess(toks[0]) in REPORTING_VERBS \
                and toks[1].pos_ in {"PROPN", "NOUN", "DET", "PRON", "ADJ"}:  # "said Caddell", not "Asked to which ..."
            cue, src = toks[0], (toks[1].i, toks[1].i + 1)
            while src[1] < sent.end and doc[src[1]].pos_ == "PROPN":
                src = (src[0], src[1] + 1)
        else:
            return None
    else:
        cue, src = toks[j], (toks[0].i, toks[j - 1].i + 1)
    if new_line and not _only_signs(cue, toks):
        return None
    opening = next((t for t in reversed(doc[max(0, k - 300):k]) if t.text in OPEN_QUOTES and t.text != '"'
                    or t.text == '"'), None)
    if opening is None:
        return None
    content = trim(sent, opening.i, k + 1)
    if content is None:
        return None
    return Attribution(cue=(cue.i, cue.i + 1), cue_head=cue.i, content=content, sources=(src,),
                       region=frozenset(range(sent.start, sent.end)))


def speakers_outside_quotations(found: list[Attribution], doc: Doc) -> list[Attribution]:
    """A source inside a quotation that closes before its cue is no speaker of that cue, but what the quotation says
    about: in "Zakharova said: “..., the European Union has confirmed ...,” referring to ..." and "He called Orozco
    “the scum of the earth” and an “idiot,” pointing to ..." the speaker of the relation whose content holds the
    quotation speaks. A quotation that is the source itself ("“Ike” said ...") stays, and so does a source no
    other relation gives a speaker for."""
    out = []
    for att in found:
        quote = _quotation_around(doc, *att.sources[0], att.cue[0]) if att.cue is not None and len(att.sources) == 1 \
            else None
        holder = None if quote is None else next(
            (o for o in found if o is not att and o.sources and o.content[0] <= quote[0] and quote[1] <= o.content[1]
             and not any(o.content[0] <= start < o.content[1] for start, _end in o.sources)), None)
        out.append(att if holder is None else replace(att, sources=holder.sources))
    return out


def _quotation_around(doc: Doc, start: int, end: int, cue_start: int) -> TokRange | None:
    """The quotation, opened in the source's sentence, that holds the source doc[start:end] and more besides and
    closes before the cue."""
    for k in range(start - 1, doc[start].sent.start - 1, -1):
        if doc[k].text in QUOTE_MARKS:
            extent = quote_extent(doc[k]) if opens_quotation(doc[k]) else None
            ok = extent is not None and end < extent[1] <= cue_start and (start - extent[0] > 1 or extent[1] - end > 1)
            return extent if ok else None
    return None
