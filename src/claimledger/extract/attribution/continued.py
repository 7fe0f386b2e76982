"""Quotations that go on past their cue's sentence: resumed right after it or after one sentence of the writer's,
continued over the paragraphs that follow, or opened after a colon that ends the cue's sentence."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..lexicon import DASHES, OPEN_QUOTES, QUOTE_MARKS, SPEECH_VERBS
from .spans import (
    Attribution,
    TokRange,
    closes_a_sentence,
    ends_line,
    opens_quotation,
    paragraph_left_open,
    past_spaces,
    quote_extent,
    reporting_verb,
    subtree_range,
)
from .speakers import after_comma_and


def with_resumed_quote(att: Attribution, sent: Span) -> Attribution:
    """"“We hold,” she said. “Nobody retreats.”": the quotation that resumes right after the cue's sentence
    belongs to the same claim, so the content runs on to its end, and so do quotations that make up the next
    paragraphs whole, as a speaker's quotation continues in news ("“...,” Barkley said.\n\n“And ...”"). A
    quotation that ends on a comma is someone's of its own ("“...,” Lee added") and stays apart, unless the speaker
    closed the sentence before it and the writer finishes its own ("“...,” said Lee, an adviser. “We could win
    by June,” which votes last.")."""
    doc = sent.doc
    k = sent.end
    if att.cue is None or att.content[1] > att.cue[0]:
        return att
    if opens_quotation(doc[k - 1]) and k >= 2 and doc[k - 2].text in {".", "!", "?"}:
        k -= 1  # the parser hung the next quotation's opening mark on this sentence's end
    j = past_spaces(doc, k)
    if j < len(doc) and doc[j].text in OPEN_QUOTES and "\n" not in doc[k - 1].text:  # in the same paragraph
        extent = _quotation_at(doc, j)
        if extent is None or _signed_after(doc, extent[1]) or not (
                _ends_a_sentence(doc, extent)
                or _speaker_closes_sentence(att, doc, k) and _a_sentence_the_writer_finishes(doc, extent)):
            return att
        att, k = replace(att, content=(att.content[0], extent[1])), extent[1]
    elif j < len(doc) and "\n" not in doc[k - 1].text:
        return _resumed_after_aside(att, doc, j)
    return _with_paragraph_quotes(att, doc, k)


def _speaker_closes_sentence(att: Attribution, doc: Doc, k: int) -> bool:
    """Whether a quotation opens ``att``'s content and its cue and source close its sentence, which ends at token
    ``k`` ("“...,” said Ann Lee, an adviser to the mayor."), with nothing of the writer's after them."""
    if att.cue is None or doc[att.content[0]].text not in OPEN_QUOTES:
        return False
    last = max(r[1] for r in (att.cue, *att.sources))
    return all(t.is_punct or t.is_space for t in doc[last:k])


def _a_sentence_the_writer_finishes(doc: Doc, extent: TokRange) -> bool:
    """Whether the quotation doc[extent], closed mid-sentence, opens a sentence of the speaker's (a capital and a
    verb: no quoted phrase such as “cross-sell”) that the writer finishes with no cue or quotation of their own
    ("“We can win it all the way to June,” which votes last."), so that the quotation is no other speaker's."""
    words = [t for t in doc[extent[0]:extent[1]] if not (t.is_punct or t.is_space)]
    if not words or not words[0].text[0].isupper() or not any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False
    for tok in doc[extent[1]:extent[1] + 60]:
        if tok.text in {".", "!", "?"} or "\n" in tok.text:
            return True
        if tok.text in QUOTE_MARKS or reporting_verb(tok) or tok.lemma_.lower() in SPEECH_VERBS:
            return False
    return False


def _quotation_at(doc: Doc, j: int) -> TokRange | None:
    """The quotation opened at ``j``: to its closing mark or, left open, to the end of its paragraph."""
    return quote_extent(doc[j]) or _open_to_paragraph_end(doc, j)


def _ends_a_sentence(doc: Doc, extent: TokRange) -> bool:
    """Whether the quotation doc[extent] ends on a sentence's mark, inside its closing mark or left open."""
    return doc[extent[1] - 1].text[-1] in ".!?…" or closes_a_sentence(doc, extent)


def _open_to_paragraph_end(doc: Doc, j: int) -> TokRange | None:
    """A quotation opened at ``j`` that runs to the end of its paragraph unclosed, as a quotation going on into the
    next paragraph is written ("“But ... around the world.\n\n“I'm not ..."), ending on a sentence's mark."""
    k = paragraph_left_open(doc[j])
    if k is None:
        return None
    while k - 1 > j and doc[k - 1].is_space:
        k -= 1
    return (j, k) if doc[k - 1].text[-1] in ".!?…" else None


_ASIDE_LENGTH = 40  # the longest sentence of the writer's a quotation may resume after, in tokens


def _resumed_after_aside(att: Attribution, doc: Doc, j: int) -> Attribution:
    """"“I'm better with my hands,” said Ana Ruiz. She has run the line for 20 years. “But I like the work.”": the
    speaker's quotation resumes after one sentence of the writer's in the same paragraph, a sentence with no
    quotation and no speech verb of its own; the resumed quotation is a piece of the same content."""
    if doc[att.content[0]].text not in OPEN_QUOTES:
        return att
    aside = doc[j].sent
    if aside.start != j or len(aside) > _ASIDE_LENGTH:
        return att
    if any(t.text in QUOTE_MARKS or ends_line(t) and t.i < aside.end - 1
           or t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in aside):
        return att
    if ends_line(doc[aside.end - 1]):
        return att
    k = past_spaces(doc, aside.end)
    if k >= len(doc) or not opens_quotation(doc[k]):
        return att
    extent = _quotation_at(doc, k)
    if extent is None or not _ends_a_sentence(doc, extent) or _signed_after(doc, extent[1]):
        return att
    return replace(att, resumed=extent)


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


_PARAGRAPHS_CONTINUED = 3  # at most this many quoted paragraphs continue a quotation


def _with_paragraph_quotes(att: Attribution, doc: Doc, k: int) -> Attribution:
    """The content of a quotation run on through the paragraphs after token ``k`` that are one quotation each,
    closed on a sentence's mark: they continue the speaker's quotation. Only a content that is a quotation
    continues."""
    if doc[att.content[0]].text not in OPEN_QUOTES or att.cue is None or not doc[att.cue[0]].is_alpha:
        return att  # a quotation signed "― Name" stands alone: the next one is signed by its own writer
    return _run_on_through_paragraphs(att, doc, k)


def with_quoted_paragraphs(att: Attribution, sent: Span) -> Attribution:
    """"Carter said that the region would not be abandoned.\n\n“That's because ...”": a speech verb's reported
    clause that closes its paragraph goes on through the paragraphs after it that are one quotation each."""
    doc = sent.doc
    if att.cue is None or att.cue_head is None or doc[att.cue_head].lemma_.lower() not in SPEECH_VERBS \
            or att.content[0] < att.cue[1]:
        return att
    if any(not (t.is_punct or t.is_space) for t in doc[att.content[1]:sent.end]):
        return att
    return _run_on_through_paragraphs(att, doc, sent.end)


def with_quotation_after_colon(att: Attribution, sent: Span) -> Attribution:
    """"recalled the pay freeze: “I saw how hard it was ...”", "Dr. Ward stated:\n\n“The department ...”": a
    content after its cue that stops at a colon goes on through the quotation the colon introduces, and through the
    quoted paragraphs after it."""
    doc = sent.doc
    if att.cue is None or att.content[0] < att.cue[1]:
        return att
    k = att.content[1]
    while k < len(doc) and k - att.content[1] < 2 and doc[k].is_punct and doc[k].text not in QUOTE_MARKS | {":"}:
        k += 1
    if k >= len(doc) or doc[k].text != ":":
        return att
    j = k + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    if j >= len(doc) or not opens_quotation(doc[j]):
        return att
    extent = _quotation_at(doc, j)
    if extent is None or _signed_after(doc, extent[1]):
        return att
    return _run_on_through_paragraphs(replace(att, content=(att.content[0], extent[1])), doc, extent[1])


def _run_on_through_paragraphs(att: Attribution, doc: Doc, k: int) -> Attribution:
    end = att.content[1]
    for _ in range(_PARAGRAPHS_CONTINUED):
        j = k
        while j < len(doc) and doc[j].is_space:
            j += 1
        if not any(ends_line(t) for t in doc[k - 1:j]) or j >= len(doc) or not opens_quotation(doc[j]):
            break
        extent = _quotation_at(doc, j)
        if extent is None or not _ends_a_sentence(doc, extent):
            break
        after = extent[1]
        if after < len(doc) and not doc[after].is_space and not ends_line(doc[after - 1]):
            break  # the paragraph goes on after the quotation: it is not the speaker's quotation alone
        signed = next((t for t in doc[after:after + 4] if not t.is_space), None)
        if signed is not None and signed.text in DASHES:
            break  # "“...”\n― Name": signed by someone else
        end = k = extent[1]
    return att if end == att.content[1] else replace(att, content=(att.content[0], end))


def with_clause_after_aside(att: Attribution, sent: Span, found: list[Attribution]) -> Attribution:
    """"The depot will reopen in May, the council said, and its buses will run at night.": a clause joined by "and" or
    "but" to a cue that interrupts its content goes on with the content, a piece after the aside. Not a clause that
    reports something of its own ("..., she said, but cautioned that ..."), and after a quotation only one that
    quotes too: "“Follow me,” he said, and the boys ran after him" goes on in the writer's words."""
    doc = sent.doc
    if att.cue_head is None or att.cue is None or att.resumed is not None or att.content[1] > att.cue[0] \
            or not _aside_after(doc, att):
        return att
    verb = doc[att.cue_head]
    if not reporting_verb(verb) or att.according:
        return att  # "..., according to a tally, but ...", "..., courts are ordering, and ...": the writer's words
    after = max([att.cue[1], *(e for _, e in att.sources)])
    # the parser joins the clause to the cue, or to the content's own head ("..., he said, but ...")
    joined = next((c for head in (verb, doc[att.content[0]:att.content[1]].root) for c in head.rights
                   if c.dep_ == "conj" and c.i > after and c.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}), None)
    if joined is None or not after_comma_and(joined) or joined.left_edge.i - 1 <= after:
        return att
    start, end = joined.left_edge.i - 1, subtree_range(joined)[1]  # "and" or "but" opens the piece
    clause = doc[start:end]
    if any(a.cue is not None and start <= a.cue[0] < end for a in found):
        return att  # "..., she said, but cautioned that ...": a report of its own
    if doc[att.content[0]].text in OPEN_QUOTES and not any(t.text in QUOTE_MARKS for t in clause):
        return att
    opening = next((t for t in clause if opens_quotation(t)), None)
    extent = quote_extent(opening) if opening is not None else None
    if extent is not None and extent[1] > end:
        end = extent[1]  # the quotation the clause opens runs to its closing mark ("..., and “... . ...”")
    elif extent is None:
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1
    return replace(att, resumed=(start, end)) if end > start else att


def _aside_after(doc: Doc, att: Attribution) -> bool:
    """Whether a comma closes the content right before its source and cue: the cue is an aside in it."""
    first = min([att.cue[0], *(s for s, _ in att.sources)]) if att.cue is not None else att.content[1]
    between = doc[att.content[1]:first]
    return all(t.is_punct or t.is_space for t in between) \
        and any(t.text == "," for t in doc[max(att.content[1] - 2, 0):first])

