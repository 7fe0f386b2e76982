"""``find_attributions``: every relation in one sentence, from the rules of the modules beside this one, and
the passes that settle them against each other (issued statements, seeming speakers, one region per token)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..lexicon import (
    CITING_WORDS,
    EMPTY_SUBJECTS,
    HONORIFICS,
    OPEN_QUOTES,
    ROLE_HEADS,
    SEEMING_VERBS,
    SPEECH_VERBS,
)
from .acts import cue_act, infinitive_conjuncts, next_act, own_end
from .citing import citing, citing_after, citing_at_start
from .contents import (
    RELATIVE_WORDS,
    as_aside,
    as_aside_in_subject,
    before_next_relation,
    block_after,
    clause_end,
    clause_openers,
    complement_of,
    complementizers,
    content_of,
    could_be_topic,
    inner_content,
    is_extracted_wh,
    is_free_relative,
    object_tail,
    own_claim,
    parenthetical_content,
    passive_topic,
    past_when_said,
    phrasing_it,
    said_aloud,
    stranded_subject,
)
from .continued import with_clause_after_aside, with_quotation_after_colon, with_quoted_paragraphs, with_resumed_quote
from .controllers import hung_on_its_subject
from .cues import cue_range_of, is_cue_verb, learned_cue
from .edges import with_possessive_marks
from .events import said_by_an_event, without_a_raising_thing
from .feelings import felt_by, moved_one
from .frames import (
    according_to,
    document_attribution,
    hedge_cue,
    in_poll_at_end,
    light_verb_cue,
    stance_adjective_cue,
    stance_noun_cue,
    topic_noun_cue,
)
from .questioned import accused_in_a_headline
from .quotations import (
    quote_attribution,
    quote_before_sentence,
    speakers_outside_quotations,
    superseded_by_quotation,
    to_closing_quote,
    to_quotation_end,
    with_quote_start,
    with_split_quote,
    without_discourse_marker,
)
from .rebuttals import answered_claim, to_the_report_answered
from .senses import another_sense
from .signatures import (
    colon_attribution,
    dash_attributions,
    inverted_trailing_cue,
    missed_closing_cue,
    with_dash_report,
)
from .spans import (
    SUBJECT_DEPS,
    Attribution,
    TokRange,
    agent_of,
    as_phrase,
    conjuncts,
    noun_phrase,
    opens_quotation,
    quote_extent,
    quoted_aside,
    quoted_by,
    quoted_paragraph,
    seen_by,
    sentence_before,
    single_np,
    start_of_line,
    subject_phrase,
    subtree_range,
    trim,
)
from .speakers import (
    before_hung_speaker,
    quoted_speaker,
    subject_of,
)
from .trailing import closing_report, trailing_position
from .unreported import relative_clause_after

NAME = "claimledger.attribution.v1"

# What someone issues to speak for them: "issued a statement saying ..." (``_with_issued_statements``)
_ISSUED = {"statement", "release", "letter", "note", "message", "email", "memo", "tweet", "post", "video", "ad",
           "advertisement", "announcement", "communique", "communiqué", "resolution"}


def find_attributions(sent: Span) -> list[Attribution]:
    """Every relation the rules propose in one parsed sentence, as token ranges of its doc, each marked with the
    rule that proposed it; the relation check and the boundary model (in ``claims``) judge them after."""
    found: list[Attribution] = []
    doc = sent.doc
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            att = according_to(tok, sent)
            if att is not None:
                found.append(att if att.origin else replace(att, origin="according"))
            continue
        learned = False
        if not is_cue_verb(tok):
            noun = topic_noun_cue(tok) or stance_noun_cue(tok) or stance_adjective_cue(tok) or hedge_cue(tok) \
                or felt_by(tok)
            if noun is not None:
                found.append(noun)
                continue
            light = light_verb_cue(tok)
            if light is not None:
                found.append(light)
                continue
            if not learned_cue(tok) or moved_one(tok) is not None:
                continue
            learned = True
        if _on_condition(tok):
            continue
        answered = answered_claim(tok, sent)
        if answered is not None:  # "..., a claim the Kremlin denies."
            found.append(answered)
            continue
        block = block_after(tok)
        if block is not None:  # "The New York Times reports:" and the quoted paragraph below it
            subj, _passive = subject_of(tok)
            if subj is not None and subj.lower_ not in {"i", "we", "you"}:
                found.append(Attribution(cue=cue_range_of(tok), cue_head=tok.i, content=block,
                                         sources=(noun_phrase(subj),), region=frozenset(range(*block)),
                                         origin="block"))
            continue
        cue_range = cue_range_of(tok)
        it = phrasing_it(tok)
        content_tok = None if it is not None else content_of(tok) or passive_topic(tok)
        if it is not None:  # "As Ms. Rossi put it, the port is finished.": the cue is "put it", the content the clause
            cue_range = (cue_range[0], max(cue_range[1], it.i + 1))
        elif content_tok is None:
            content_tok = complement_of(tok, learned)
            if content_tok is not None and another_sense(tok, content_tok):
                continue  # "added Zelenskyy to the list", "continues to trail Clinton": no report
            inner = inner_content(content_tok) if content_tok is not None else None
            if inner is not None and content_tok is not None:  # "asked about X", "expressed concern that X"
                cue_range = (cue_range[0], max(cue_range[1], content_tok.i + 1, inner.left_edge.i))
                content_tok = inner
        holes: list[Token] = []
        aside = left_open = False
        if content_tok is None:
            # "As the Washington Post observed, Republicans control both chambers.": the clause after the aside
            aside = as_aside(tok)
            content_tok = tok.head if aside else parenthetical_content(tok) or as_aside_in_subject(tok)
            holes = [tok]
            if content_tok is None:
                continue
        if content_tok.i == tok.i:
            continue
        reported = closing_report(content_tok, sent)
        if reported is not None and content_tok.head.i == tok.i:  # "The mayor said X, Reuters reports.": X
            content_tok = reported
        # "what she calls a broken bus network", "what the senators said was a land grab"
        free_relative = is_free_relative(tok, content_tok) or is_extracted_wh(tok, content_tok)
        if aside and any(c.dep_ in SUBJECT_DEPS and c.i < tok.left_edge.i for c in content_tok.children):
            # "The ferry plan, as the mayor noted, was dropped.": the clause around the aside, which is its hole
            c_range = (content_tok.left_edge.i, content_tok.right_edge.i + 1)
        elif aside:  # the attributed clause after "As X noted,", without the aside
            c_range = (tok.right_edge.i + 1, content_tok.right_edge.i + 1)
        elif holes and content_tok.i > tok.i:  # a cue inside its content: the pieces come from content_segments
            c_range = (content_tok.left_edge.i, content_tok.right_edge.i + 1)
        else:
            c_range = subtree_range(content_tok, holes) if holes else subtree_range(content_tok)
        if content_tok.dep_ == "advcl" and content_tok.head.i == tok.i:  # the circumstance before it is the cue's
            subj_of_clause = next((g for g in content_tok.children if g.dep_ in SUBJECT_DEPS), None)
            # "that Machado was ..." keeps its "that"
            openers = complementizers(tok)
            opener = next((g for g in clause_openers(content_tok) if g.lower_ in openers), None)
            if opener is not None:
                c_range = (max(c_range[0], opener.i), c_range[1])
            elif subj_of_clause is not None:
                c_range = (max(c_range[0], subj_of_clause.left_edge.i), c_range[1])
        if content_tok.dep_ in {"dobj", "attr", "dative"} and content_tok.head.i == tok.i:
            # "cited the remarks as examples of ...", "called the report a fabrication": the whole complement
            tail = object_tail(tok, content_tok)
            names = [c for c in tok.rights if c.dep_ == "oprd"] if free_relative else []
            if len(names) > 1:
                # "fixing what she calls a broken bus network the center of her campaign": the parser gave the cue
                # the object complement of the verb around it too; the name she gives ends where that one begins
                c_range = (c_range[0], max(c_range[1], names[1].left_edge.i))
                tail = []
            if tail:
                c_range = (c_range[0], max(c_range[1], max(c.right_edge.i for c in tail) + 1))
        seen_as = _seen_as(tok) if content_tok.dep_ == "nsubjpass" and content_tok.head.i == tok.i else None
        if seen_as is not None:  # "was seen by some as a demotion": the subject and what it was seen as, around
            # the cue and its agent (``content_segments``)
            c_range = (c_range[0], max(c_range[1], seen_as.right_edge.i + 1))
        accused = _accused(tok) if content_tok.i > tok.i else None
        if accused is not None:  # "Mr. Quiros was accused of using ...": who is accused, and of what, around the cue
            c_range = (min(c_range[0], accused.left_edge.i), c_range[1])
        if content_tok.dep_ == "xcomp" and content_tok.head.i == tok.i:
            obj = next((c for c in tok.children if c.dep_ in {"dobj", "dative"} and tok.i < c.i < content_tok.i), None)
            if obj is None:  # "called on police to release": the object of the cue's particle
                obj = next((g for c in tok.children if c.dep_ in {"prt", "prep"} and tok.i < c.i < content_tok.i
                            and could_be_topic(c)  # not "claimed in recent days to have ..."
                            for g in c.children if g.dep_ == "pobj" and g.i < content_tok.i), None)
            if obj is not None:  # "urged Republicans to join": who is urged belongs to what is urged
                c_range = (obj.left_edge.i, c_range[1])
            more = infinitive_conjuncts(tok, content_tok)
            if more:  # "wants to triple the program, grow the Peace Corps and create a reserve"
                c_range = (c_range[0], max(c_range[1], *(own_end(c) for c in more)))
            act = next_act(content_tok, content_tok.i)
            if act is not None:  # "promised to rebuild the harbor and opened a ferry line"
                c_range = (c_range[0], min(c_range[1], act.left_edge.i))
        if content_tok.text in OPEN_QUOTES and content_tok.i > tok.i:
            extent = quote_extent(content_tok)
            left_open = extent is None
            extent = extent or quoted_paragraph(content_tok)
            if extent is None:
                continue
            c_range = extent
        trailing_at = trailing_position(tok, sent) if content_tok.i < tok.i \
            and not _relative_object(tok, content_tok) else None
        if trailing_at is not None:
            c_range = (sent.start, trailing_at)
        elif content_tok.dep_ == "ccomp" and content_tok.i > tok.i and not holes:
            stranded = stranded_subject(tok, content_tok)
            c_range = (stranded.left_edge.i if stranded is not None else c_range[0], clause_end(tok, c_range[1], sent))
            act = cue_act(tok, content_tok)
            if act is not None:  # "denies that it was a genocide and goes to great lengths to ..."
                c_range = (c_range[0], min(c_range[1], act.left_edge.i))
        if content_tok.i > tok.i and content_tok.text not in OPEN_QUOTES:
            c_range = (c_range[0], before_next_relation(c_range, sent))
        # a paragraph of a quotation left open keeps its opening mark, which has no closing one to pair with
        content = c_range if left_open else trim(sent, c_range[0], c_range[1])
        if content is None:
            continue
        if content_tok.dep_ == "ccomp" and content_tok.head.i == tok.i:
            content = past_when_said(content, content_tok, cue_range[1])
        subj, passive = subject_of(tok)
        cited = citing(tok, content_tok)
        if cited is None:
            cited, content = citing_at_start(content, sent)
        if cited is None and content[0] > tok.i:
            cited = citing_after(content, sent)  # "reported that ..., citing the ministry", hung on the content
        relayer: TokRange | None = None
        if cited is not None and subj is not None and not _cites_in_support(subj):
            relayer, subj = noun_phrase(subj), cited
        participle = quoted_aside(subj) or quoted_aside(tok) if subj is not None and relayer is None else None
        quoting = quoted_by(participle) if participle is not None else None
        if quoting is not None:
            relayer = noun_phrase(quoting)  # "said the minister, quoted by Interfax": the agency relays him
        elif relayer is None and subj is not None and (seen := seen_by(subj)) is not None:
            relayer = noun_phrase(seen)  # "The letter, obtained by Fox News, says ...": the outlet relays it
        if tok.dep_ == "relcl" and subj is not None and doc[content[0]].lower_ in RELATIVE_WORDS \
                and content[0] < subj.i and tok.i < content[1]:
            holes = [tok]  # "changes, which officials said will go into effect": "which" and its clause
            if content[0] > 0 and doc[content[0] - 1].text == ",":  # the aside ends at its closing comma
                comma = next((k for k in range(tok.i + 1, content[1]) if doc[k].text == ","), None)
                if comma is not None:
                    content = trim(sent, content[0], comma) or content
        if subj is not None and content_tok.i < tok.i:
            content = before_hung_speaker(content, subj, tok, sent)
        if subj is not None and content[0] <= subj.i < content[1] and not (holes and subj.head.i == tok.i) \
                and not (free_relative and subj.head.i == tok.i) and seen_as is None:
            continue  # the "subject" sits inside the content: a misparse, not a source
        if subj is not None and tok.i < subj.i < content[0] and doc[content[0]].lower_ in {"who", "whom", "whose"} \
                and noun_phrase(subj)[1] in {content[0], content[0] - 1}:
            continue  # "We are impressed by the mayor, who spoke out ...": an aside about the source, not its words
        if subj is not None and subj.tag_ == "PRP" and subj.lower_ in {"i", "we", "you", "me", "us"} \
                and not own_claim(tok, content_tok) and not said_aloud(tok, content_tok):
            # "“I think ...,” the mayor said": the speaker's own words, part of the claim around them; but "I laughed
            # and said, “I don't believe it.”" reports what the writer said
            continue
        sources: tuple[TokRange, ...] = ()
        if subj is not None:
            conj = conjuncts(subj)
            # a speaker between the cue and the content ends where the content starts ("heard from a source in the
            # ministry that ...")
            limit = content[0] if tok.i < subj.i < content[0] else cue_range[0]
            sources = tuple(single_np(c) for c in conj) if len(conj) > 1 or subj.i == tok.head.i and \
                hung_on_its_subject(tok) is None else (subject_phrase(subj, limit),)  # "Olaf Scholz, ..., conceded"
        elif not passive:
            continue  # an imperative or a fragment: no speaker and not a passive report
        region_root = tok if not holes else content_tok
        region = set(range(region_root.left_edge.i, region_root.right_edge.i + 1))
        # a learned cue in a relative clause ("the year when the governor painted his rival as ...") is judged
        # apart from the others, with weights of its own
        origin = "lexicon" if not learned else "learned relative" if tok.dep_ == "relcl" else "learned"
        found.append(Attribution(cue=cue_range, cue_head=tok.i, content=content, sources=sources, passive=passive,
                                 relayer=relayer, region=frozenset(region), origin=origin))
    colon = colon_attribution(sent)
    if colon is not None and colon.cue is not None and all(a.cue is not None and a.cue[0] > colon.cue[0]
                                                           for a in found):
        # "PENCE: Well, Clinton thinks ...": the speaker's line, whatever it contains
        found.append(colon)
    found.extend(replace(a, origin="dash") for a in dash_attributions(sent))
    found = with_dash_report(found, sent)
    if not found:
        in_document = document_attribution(sent) or in_poll_at_end(sent)
        if in_document is not None:
            found.append(replace(in_document, origin="document"))
    quoted = quote_attribution(sent) or quote_before_sentence(sent)
    if quoted is not None:
        superseded = [a for a in found if superseded_by_quotation(a, quoted, doc)]
        found = [a for a in found if a not in superseded]
        # the parse's speaker, with the aside that describes it, where it opens where the quotation's does and
        # runs on past it: '"...," Ana Ruiz, the head of the council, told Reuters'
        quoted = next((replace(quoted, sources=a.sources) for a in superseded
                       if a.sources and quoted.sources and a.sources[0][0] == quoted.sources[0][0]
                       and a.sources[0][1] > quoted.sources[0][1]), quoted)
    if quoted is not None and not any(a.cue and a.cue[0] <= quoted.cue_head < a.cue[1] for a in found):  # type: ignore[operator]
        found = [a for a in found if not (a.content[0] < quoted.content[1] and quoted.content[0] < a.content[1]
                                          and a.cue and quoted.content[0] <= a.cue[0] < quoted.content[1])]
        found.append(replace(quoted, origin="quote"))
    trailing = missed_closing_cue(sent, found)
    if trailing is not None:
        found.append(replace(trailing, origin="trailing"))
    inverted = inverted_trailing_cue(sent)
    if inverted is not None and not any(a.cue is not None and a.cue_head == inverted.cue_head for a in found):
        found.append(replace(inverted, origin="trailing"))
    # "“...,” Clinton said, referencing a super PAC. “...”": the quotation that resumes after the sentence goes on
    # the last content before its cue, not on a relation in the speaker's aside, nor on what moved someone
    before = [k for k, a in enumerate(found) if a.cue and a.content[1] <= a.cue[0] and a.origin != "feeling"]
    if before:
        found[before[-1]] = with_resumed_quote(found[before[-1]], sent)
    after = [k for k, a in enumerate(found) if a.cue is not None and a.content[0] >= a.cue[1]]
    if after:
        last = max(after, key=lambda k: found[k].content[1])
        found[last] = with_quoted_paragraphs(with_quotation_after_colon(found[last], sent), sent)
    found = _with_issued_statements(_with_seeming_speakers(_with_quoted_speakers(found, doc), sent), doc)
    found = [without_discourse_marker(with_split_quote(with_quote_start(to_closing_quote(a, sent), sent), sent),
                                       sent) for a in found]
    found = [without_a_raising_thing(_without_opening_mark(a, doc), doc) for a in found
             if not (said_by_an_event(a, doc) or relative_clause_after(a, doc))
             and not _inside_an_attitude_cue(a, found) and not _the_relay_itself(a, found, doc)]
    found = speakers_outside_quotations(_before_their_own_reports(found, doc), doc)
    found = [with_possessive_marks(_said_before(to_quotation_end(a, sent), sent), doc) for a in found]
    found = [with_clause_after_aside(a, sent, found) for a in found]
    return _carve_regions(to_the_report_answered(found, doc))


def _on_condition(verb: Token) -> bool:
    """"If confirmed, it would be the first spillover ...": a participle of reporting that states a condition,
    with no subject of its own, reports nothing: nobody has confirmed anything."""
    return verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)


def _before_their_own_reports(found: list[Attribution], doc: Doc) -> list[Attribution]:
    """A source ends before a relative clause in it that makes a report of its own: "said Ana Berg, a member of the
    board, who pointed out that ..." is Ana Berg's, and "who pointed out" a second relation, of the same Ana Berg.
    A relative clause that says who the source is ("Chris Cox, who runs the lobbying arm,", "sources who saw the
    letter") stays in it, and so does one inside a content's hole, which is cut whole."""
    relatives = [(o.sources[0][0], o.cue[0]) for o in found if o.sources and o.cue is not None
                 and doc[o.sources[0][0]].lower_ in {"who", "which"} and o.sources[0][0] < o.cue[0]
                 and o.sources[0][0] > 0]
    out = []
    for att in found:
        last = att.resumed[1] if att.resumed is not None else att.content[1]
        sources = []
        for start, end in att.sources:
            # "sources who saw it" say who; a name needs no comma ("Defense Minister Oleksiy Reznikov who said ..."),
            # but only the name that heads the source, not one in what it adds ("a former senator from Minnesota who
            # is supporting Mr. Rubio", "the ex-wife of Alan Grayson who filed ...")
            inner = [k for k, cue in relatives if start < k and cue < end and (
                doc[k - 1].text == "," or _one_named(doc[k - 1]) and _heads(doc[k - 1], doc[start:end].root))]
            if not inner or att.content[0] < start and end < last:  # "“...,” said X, who ..., “...”": in its hole
                sources.append((start, end))
                continue
            cut = min(inner)
            while cut > start + 1 and (doc[cut - 1].text == "," or doc[cut - 1].is_space):
                cut -= 1
            sources.append((start, cut))
        out.append(replace(att, sources=tuple(sources)) if tuple(sources) != att.sources else att)
    return out


def _heads(name: Token, root: Token) -> bool:
    """Whether ``name`` heads the phrase whose root is ``root``, or stands in apposition to its head ("the harbor
    master Tomas Berg")."""
    return name.i == root.i or name.dep_ == "appos" and name.head.i == root.i


def _one_named(tok: Token) -> bool:
    """Whether ``tok`` ends one person's or body's name, which a relative clause never tells apart from others
    ("Defense Minister Oleksiy Reznikov who said ..."; "Russians who want democracy" are some Russians)."""
    return tok.tag_ == "NNP" and tok.ent_type_ != "NORP"


def _without_opening_mark(att: Attribution, doc: Doc) -> Attribution:
    """A cue never ends on the quotation mark that opens what it reports: "denounced as “barbarism”", "would not
    respond to “megaphone diplomacy”" (the parser hangs the mark on the preposition)."""
    if att.cue is None:
        return att
    start, end = att.cue
    while end - start > 1 and opens_quotation(doc[end - 1]):
        end -= 1
    return att if end == att.cue[1] else replace(att, cue=(start, end))


def _inside_an_attitude_cue(att: Attribution, found: list[Attribution]) -> bool:
    """"to stress" inside "was quick to stress that ...", reporting the same clause: one relation, not two."""
    return att.cue is not None and any(o.origin == "stance adjective" and o.cue is not None
                                       and o.cue[0] < att.cue[0] < o.cue[1] and o.content == att.content
                                       for o in found)


def _cites_in_support(subj: Token) -> bool:
    """Whether the subject of "X said ..., citing Y" is a person, who cites Y in support of their own words
    ("“...,” she added, citing the farmers who had left the valley", "Mr. Erdogan delayed the plan, citing Kurdish
    militants", "the minister said, citing ..."), not an outlet or a body that passes Y's on ("the agency reported,
    citing two officials"). A person is a pronoun, or a phrase with an honorific or an office."""
    return subj.lower_ in {"he", "she", "i", "we"} or subj.lemma_.lower() in ROLE_HEADS or any(
        t.lower_ in HONORIFICS or t.lemma_.lower() in ROLE_HEADS for t in subj.lefts)


def _the_relay_itself(att: Attribution, found: list[Attribution], doc: Doc) -> bool:
    """"Two volunteers died, the agency reported, citing a regional official.": "citing" names the source of the
    agency's report, which relays it; it is not a claim of its own that the official was cited. A citing relation
    whose content is the source of a relayed report in its sentence is that relay, already recorded."""
    if att.cue_head is None or doc[att.cue_head].lower_ not in CITING_WORDS:
        return False
    start, end = att.content
    return any(other.relayer is not None and other.sources and other.sources[0][0] < end
               and start < other.sources[0][1] for other in found if other is not att)


def _said_before(att: Attribution, sent: Span) -> Attribution:
    """"Russia must end the war at once.  /  Juri Ratas said this at a briefing in Kyiv.": a paragraph that opens
    on a verb of saying whose object is a bare "this" reports the sentence before, as news agencies open a report
    with the statement and name its speaker after it. Not "I write this because ...", nor "he said this, he tweeted
    that" inside a sentence. Unchecked, as "That's according to X" is (origin "sentence before")."""
    if not _says_this(att, sent.doc) or sent.start == 0 or start_of_line(sent.doc, sent.start) != sent.start:
        return att
    content = sentence_before(sent)
    return att if content is None else replace(att, content=content, origin="sentence before")


def _says_this(att: Attribution, doc: Doc) -> bool:
    """Whether a named speaker's main verb of saying has a bare "this" for its object (the content may run on over
    where and when it was said); a main verb under a closing "..., Ukrinform reports." counts too."""
    if att.cue_head is None or not att.sources or doc[att.sources[0][0]].lower_ in {"i", "we"}:
        return False
    this, cue = doc[att.content[0]], doc[att.cue_head]
    main = cue.dep_ == "ROOT" or cue.dep_ == "ccomp" and cue.head.i > cue.i and cue.head.lemma_.lower() in {
        "report", "learn"}
    return main and this.lower_ == "this" and this.dep_ == "dobj" and this.head.i == cue.i \
        and not any(this.children) and cue.lemma_.lower() in SPEECH_VERBS - {"write"}


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


def _with_quoted_speakers(found: list[Attribution], doc: Doc) -> list[Attribution]:
    """"Tass quoted the governor as saying that ...": the governor says it, and Tass's own relation, whose content
    holds the saying, relays it. Where the saying has no content of its own ("“...,” Tass cited the source as
    saying.") it says what Tass's relation reports, and Tass relays it. "The governor was quoted (by Tass) as saying
    ..." is one relation of the governor's, its cue running from "quoted" to "saying", relayed by the agent."""
    by_head = {a.cue_head: k for k, a in enumerate(found) if a.cue is not None and a.cue_head is not None}
    out = list(found)
    dropped: set[int] = set()
    for k, outer in enumerate(found):
        if outer.cue_head is None:
            continue
        act = doc[outer.cue_head]
        quoted = next(((g, who) for c in act.children if c.dep_ == "prep" and c.lower_ == "as"
                       for g in c.children if (who := quoted_speaker(g)) is not None), None)
        if quoted is None:
            continue
        saying, speaker = quoted
        inner = by_head.get(saying.i)
        if speaker.dep_ == "nsubjpass":  # "was quoted (by Tass) as saying"
            agent = agent_of(act)
            cue = (min(outer.cue[0] if outer.cue else act.i, act.i), saying.i + 1)
            relayer = noun_phrase(agent) if agent is not None else None
            if inner is None or outer.content[1] <= act.i and not any(
                    c.dep_ in {"ccomp", "xcomp"} for c in saying.children):
                # "“...,” she was quoted as saying (telling the TV).": the quotation before is what she said
                out[k] = Attribution(cue=cue, cue_head=saying.i, content=outer.content, sources=(noun_phrase(speaker),),
                                     relayer=relayer, region=outer.region, origin="quoted as saying")
                if inner is not None:
                    dropped.add(inner)
            else:
                out[inner] = replace(found[inner], cue=cue, relayer=relayer)
                dropped.add(k)
        elif inner is None and speaker.dep_ == "dobj":  # "“...,” Tass cited the source as saying."
            out.append(Attribution(cue=(saying.i, saying.i + 1), cue_head=saying.i, content=outer.content,
                                   sources=(noun_phrase(speaker),), relayer=outer.sources[0] if outer.sources else None,
                                   region=outer.region, origin="quoted as saying"))
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


def _accused(verb: Token) -> Token | None:
    """The subject of a passive accusation, whom it accuses ("Mr. Quiros was accused of using ...", "Russia accused
    of shelling ..."), which annotators mark as part of what is alleged; None otherwise."""
    if verb.lemma_.lower() != "accuse" or not (any(c.dep_ == "auxpass" for c in verb.children)
                                               or accused_in_a_headline(verb)):
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"} and c.i < verb.i), None)


def _relative_object(cue: Token, word: Token) -> bool:
    """The relative pronoun a cue of naming in a relative clause takes as its object: "the council, which he
    described as “a club of cowards”", "NAFTA, which Trump had called a “disaster”", names the council or NAFTA, not
    the sentence around it. Without a name given ("the attack, which the navy had announced by saying ..."), what
    the cue reports is that sentence."""
    return cue.dep_ == "relcl" and word.head.i == cue.i and word.dep_ == "dobj" and word.lower_ in {"which", "whom"} \
        and any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in cue.rights)


def _seen_as(verb: Token) -> Token | None:
    """The "as" phrase of a passive with an agent, "was seen by some as a demotion", whether the parser hung it on
    the verb or on the agent."""
    agent = agent_of(verb)
    return next((p for h in (verb, agent) if (p := as_phrase(h)) is not None), None) if agent is not None else None
