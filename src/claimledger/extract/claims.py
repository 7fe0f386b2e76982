"""Claims from a parsed document: attributions plus source resolution, relays, continuations and outlet notes."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..model import (
    Claim,
    ClaimKind,
    Document,
    EntityMention,
    OutletNote,
    Quantity,
    Relay,
    Source,
    SourceKind,
    Stance,
    TextSpan,
    TimeExpression,
    TimeRole,
    each_speaker_once,
    joined_names,
    same_speaker,
    speakers_of,
    stable_id,
)
from ..resolve.gazetteer import Gazetteer
from .attribution import NAME as ATTRIBUTION_NAME
from .attribution import (
    Attribution,
    before_their_next_reports,
    content_segments,
    find_attributions,
    with_annotators_edges,
)
from .boundary_model import with_learned_boundaries
from .furniture import is_promotion
from .lexicon import (
    ASSESSMENT_CUES,
    CONFIRM_CUES,
    DENY_CUES,
    DOCUMENT_CUES,
    HEDGES,
    OPEN_QUOTES,
    PERSON_HEADS,
    PLAN_WORDS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    UNCONFIRMED_PATTERNS,
)
from .raising import with_raised_subject
from .relation_model import accepted
from .sources import resolve_source
from .spokespeople import carry_principals, with_principal
from .voices import passes_words_on, writers_aside

NAME = "claimledger.claims.v1"
_RELAY_LINE = re.compile(r"[—–-]+\s*(?:writes?|reports?|says?|via|source)\s*:\s*(?P<outlet>[\w.\-/]+\w)\s*$",
                         re.I | re.M)
_TIME_PATH = {"prep", "pobj", "npadvmod", "advmod", "compound", "amod", "det", "nummod", "tmod"}
_UNCONFIRMED = re.compile("|".join(UNCONFIRMED_PATTERNS), re.I)


def _span(doc: Doc, start: int, end: int) -> TextSpan:
    s = doc[start:end]
    return TextSpan(s.start_char, s.end_char, s.text)


def _line_relays(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, Relay]]:
    """"— write: www.radiosvoboda.org" at the end of a line: the outlet relays what that line says."""
    out = []
    for m in _RELAY_LINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        ent = gazetteer.lookup(m.group("outlet"))
        span = TextSpan(m.start("outlet"), m.end("outlet"), m.group("outlet"))
        out.append((line_start, m.start(), Relay(span, ent.name if ent else m.group("outlet"),
                                                 ent.id if ent else None)))
    return out


def _stance(doc: Doc, att: Attribution) -> Stance:
    if att.cue_head is None or att.according:
        return Stance.ASSERTS
    cue = doc[att.cue_head]
    lemma = cue.lemma_.lower()
    negated = _negated(cue) or _unperformed(cue)
    if lemma in DENY_CUES and not negated and not _not_a_denial(cue):
        return Stance.DENIES
    if lemma in CONFIRM_CUES and not negated:
        return Stance.CONFIRMS
    return Stance.ASSERTS


_NOT_DONE = {"refuse", "decline", "fail", "unable"}  # "declined to confirm", "unable to deny": neither done
_NOBODY = {"nobody", "none", "neither"}


def _negated(cue: Token) -> bool:
    """Whether a denial or a confirmation is said not to have been made: "did not confirm", "has yet to confirm",
    "declined to confirm", "was not able to confirm", "Neither the Russians nor the Ukrainians confirm these
    reports", "No official denied it"."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    up = cue
    while up.dep_ in {"xcomp", "acomp"} and up.head.i != up.i:  # "was not able to confirm": the "not" is on "was"
        up = up.head
        if up.lemma_.lower() in _NOT_DONE or any(c.lower_ == "yet" or c.dep_ == "neg" for c in up.children):
            return True
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (subject.lower_ in _NOBODY or any(
        c.lower_ in {"neither", "no"} and c.dep_ in {"preconj", "det"} for c in subject.children))


# not "can": "we can confirm that ..." confirms in the saying
_MODALS = {"must", "should", "would", "could", "might", "may", "will", "shall", "ought", "'ll", "’ll"}
_NOT_YET = {"need", "have", "want", "hope", "plan", "expect", "urge", "ask", "call", "demand", "intend"}


def _unperformed(cue: Token) -> bool:
    """Whether a denial or a confirmation is only wanted, foreseen or imagined, not made: "The United States must
    admit that ...", "Moscow will deny it", "urged Kyiv to confirm", "would have to acknowledge"."""
    up = cue
    while True:
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in up.children):
            return True
        if up.dep_ not in {"xcomp", "acomp"} or up.head.i == up.i:
            return False
        up = up.head
        if up.lemma_.lower() in _NOT_YET:
            return True


# What is granted or asked for, which a verb of denial refuses rather than denies: "deny Russian ships access to
# the ports", "rejected an appeal by Trump", "rejected the Soviets' request".
_GRANTED = frozenset({"access", "entry", "permission", "visa", "passage", "request", "appeal", "application", "bail",
                      "asylum", "membership"})
# What is put forward to be done, which "reject", "dismiss" or "rebuff" turns down: "rejected the plan", "rejected
# calls for Serbia to join the sanctions", "rejected such behaviour"; not "rejected the claim".
_PROPOSED = frozenset({"plan", "proposal", "demand", "call", "offer", "negotiation", "talk", "deal", "overture",
                       "attempt", "bid", "initiative", "ultimatum", "behavior", "behaviour", "path", "limit"})
_PROPOSING = frozenset({"call", "propose", "offer", "demand", "urge"})  # verbs that put something forward


def _not_a_denial(cue: Token) -> bool:
    """A verb of denial that denies nothing: "Zelensky dismissed two senior officials", dismissed from office; "denied
    Putin one of his war aims", withheld from someone, with two objects; "deny Russian ships access", refused;
    "rejected the plan", turned down."""
    objects = [c for c in cue.children if c.dep_ in {"dobj", "dative"}]
    if len(objects) == 1 and objects[0].lower_ in {"which", "that"} and cue.dep_ == "relcl" \
            and cue.lemma_.lower() in {"reject", "dismiss", "rebuff"}:
        # what "which" stands for, and what that hangs on: "among other demands, which NATO has rejected", "called
        # for a freezing of hostilities, which both sides rejected"
        return any(t.lemma_.lower() in (_PROPOSED | _GRANTED if t.pos_ == "NOUN" else _PROPOSING)
                   for t in (cue.head, *cue.head.ancestors) if t.pos_ in {"NOUN", "VERB"})
    if len(objects) > 1 or objects and objects[0].lemma_.lower() in _GRANTED:
        return True
    if cue.lemma_.lower() in {"reject", "dismiss", "rebuff"} and objects and objects[0].lemma_.lower() in _PROPOSED:
        return True  # turned down, not denied
    return cue.lemma_.lower() == "dismiss" and bool(objects) and (
        objects[0].ent_type_ == "PERSON" or objects[0].lemma_.lower() in PERSON_HEADS)


def _hedged(doc: Doc, att: Attribution, tail_end: int) -> bool:
    tokens = list(doc[att.content[0]:max(att.content[1], tail_end)])
    if att.cue_head is not None:
        tokens.append(doc[att.cue_head])
    return any(_hedges(t) for t in tokens)


def _hedges(token: Token) -> bool:
    """A word that hedges what it belongs to: "may", "reportedly", "suspected" attackers; not a name or a noun (the
    suspect of a crime is a person, not a doubt)."""
    return (token.lemma_.lower() in HEDGES or token.lower_ in HEDGES) and token.pos_ not in {"PROPN", "NOUN"}


def _kind(doc: Doc, att: Attribution) -> ClaimKind:
    content = doc[att.content[0]:att.content[1]]
    cue_lemma = doc[att.cue_head].lemma_.lower() if att.cue_head is not None else ""
    if cue_lemma in ASSESSMENT_CUES or any(t.lemma_ in {"appear", "seem", "testify", "indicate", "show"}
                                           and t.dep_ in {"ROOT", "ccomp"} or t.lemma_ in {"appear", "seem"}
                                           for t in content):
        return ClaimKind.ASSESSMENT
    if any(t.lemma_.lower() in PLAN_WORDS for t in content) or any(
            t.lower_ in {"will", "'ll", "shall"} and t.dep_ == "aux" for t in content):
        return ClaimKind.PLAN
    return ClaimKind.EVENT


def _attach(doc: Doc, items: Sequence[Quantity | TimeExpression | EntityMention], region: set[int],
            exclude: list[TextSpan]) -> list[int]:
    """Indexes of items whose first character falls in the region's tokens and outside the excluded spans."""
    if not region:
        return []
    lo, hi = doc[min(region)].idx, doc[max(region)].idx + len(doc[max(region)])
    out = []
    for i, it in enumerate(items):
        if not (lo <= it.start < hi) or any(x.start <= it.start < x.end for x in exclude):
            continue
        tok = doc.char_span(it.start, it.end, alignment_mode="expand")
        if tok is not None and tok.start in region:
            out.append(i)
    return out


def _time_roles(doc: Doc, att: Attribution, times: Sequence[TimeExpression], idx: list[int]
                ) -> dict[int, TimeRole]:
    """A time that modifies the cue rather than the content, or stands between the two, dates the statement: role
    'report'."""
    roles: dict[int, TimeRole] = {}
    if att.cue_head is None:
        return roles
    c0, c1 = att.content
    for i in idx:
        t = times[i]
        if t.role != TimeRole.EVENT:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or c0 <= span.start < c1:
            continue
        if att.cue is not None and att.cue[1] <= span.start and span.end <= c0:
            roles[i] = TimeRole.REPORT  # "said on Friday it had ...", however the parser hung "on Friday"
            continue
        tok = span.root
        for _ in range(6):
            if tok.i == att.cue_head:
                roles[i] = TimeRole.REPORT
                break
            if c0 <= tok.i < c1 or tok.head.i == tok.i or tok.dep_ not in _TIME_PATH:
                break
            tok = tok.head
            if tok.lemma_ in {"report", "statement", "release"} and tok.head.i == att.cue_head:
                roles[i] = TimeRole.REPORT
                break
    return roles


def _paragraph_break(text: str, a: int, b: int) -> bool:
    return "\n" in text[a:b]


def extract_claims(doc: Doc, document: Document, gazetteer: Gazetteer, mentions: Sequence[EntityMention],
                   quantities: Sequence[Quantity], times: list[TimeExpression]
                   ) -> tuple[list[Claim], list[OutletNote], dict[str, set[str]]]:
    """Claims, the outlet's notes, and nested relays (outer claim id -> inner claim ids). Pure."""
    text = document.text
    relays = _line_relays(text, gazetteer)
    history: list[Source] = []
    claims: list[Claim] = []
    notes: list[OutletNote] = []
    nested: dict[str, set[str]] = {}
    prev_sent: Span | None = None
    prev_claims: list[Claim] = []
    prev_opened_chain = False
    joint: tuple[Source, ...] = ()  # the speakers of the latest claim, if it was a joint report
    for sent in doc.sents:
        words = sent.text  # built once: each Span.text joins the sentence's tokens again
        if not words.strip() or is_promotion(words):
            continue
        proposed = find_attributions(sent)
        # the cue's edges as annotators draw them ("also said", "said:") once the check and the boundary model, which
        # learned from the rules' own cues, have judged the relation
        atts = before_their_next_reports([with_annotators_edges(with_raised_subject(a, sent), doc)
                                          for a in with_learned_boundaries(accepted(proposed, sent), sent)], doc)
        sent_claims: list[Claim] = []
        note_match = _UNCONFIRMED.search(words)
        for att in atts:
            sent_claims.append(_claim_for(doc, document, sent, att, atts, gazetteer, mentions, quantities, times,
                                          history, relays, joint))
        sent_claims = _one_per_id(sent_claims)
        if not atts and note_match is None:
            headline = _relayed_headline(doc, document, sent, relays, mentions, quantities, times)
            if headline is not None:
                sent_claims.append(headline)
        if not proposed and not sent_claims and note_match is None and prev_sent is not None and prev_claims \
                and sent.start_char >= prev_claims[-1].content.end \
                and (_opens_with_pronoun(sent) or prev_claims[-1].cue is None and prev_opened_chain) \
                and _frames_a_passage(doc, prev_claims[-1]) \
                and not _paragraph_break(text, prev_sent.start_char + len(prev_sent.text.rstrip()), sent.start_char) \
                and _has_verb(sent):
            sent_claims.append(_continuation(doc, document, sent, prev_claims[-1], mentions, quantities, times))
        if note_match is not None:
            targets = sent_claims or _same_origin_run(claims)
            span = TextSpan(sent.start_char, sent.end_char, words.strip())
            span = TextSpan(sent.start_char, sent.start_char + len(span.text), span.text)
            notes.append(OutletNote(span, "unconfirmed", tuple(c.id for c in targets)))
        for c in sent_claims:
            if c.cue is not None and c.source.kind != SourceKind.UNATTRIBUTED:
                history.extend(speakers_of(c))
                joint = speakers_of(c) if c.co_sources else ()
        heads = [doc[a.cue_head] for a in atts if a.cue_head is not None and not a.according]
        silent = frozenset(h.idx for h in heads if not passes_words_on(h))
        sent_claims = _mark_nested(sent_claims, nested, silent, frozenset(h.idx for h in heads if writers_aside(h)))
        prev_opened_chain = bool(sent_claims) and sent_claims[-1].cue is None and _opens_with_pronoun(sent)
        claims.extend(sent_claims)
        if sent_claims:
            prev_claims = sent_claims
        elif note_match is not None or not _has_verb(sent):
            prev_claims = []
        prev_sent = sent
    notes_by_claim: dict[str, list[str]] = {}
    for note in notes:
        for cid in note.applies_to:
            notes_by_claim.setdefault(cid, []).append(note.span.text)
    claims = [replace(c, outlet_notes=tuple(notes_by_claim.get(c.id, ())))
              for c in carry_principals(_outside_quotations(claims))]
    kept = {c.id for c in claims}
    nested = {outer: inner & kept for outer, inner in nested.items() if outer in kept and inner & kept}
    return claims, notes, nested


def _outside_quotations(claims: list[Claim]) -> list[Claim]:
    """A cue inside someone's direct quotation is part of what they said: "“Nobody wants to bus their kids,”
    Hester said" is Hester's claim, not a claim by "Nobody"."""
    pieces = sorted((s, _quotation_end(c, s, e), k) for k, c in enumerate(claims)
                    if c.cue is not None and c.content.text.startswith(tuple(OPEN_QUOTES))
                    for s, e in c.content_segments or ((c.content.start, c.content.end),))
    starts = [s for s, _e, _k in pieces]
    # over the pieces that start before a point: the furthest end, and the furthest end of another claim's piece
    best: list[tuple[int, int, int]] = []  # (furthest end, its claim, furthest end among the other claims)
    for _s, e, k in pieces:
        top, owner, runner_up = best[-1] if best else (-1, -1, -1)
        if e > top:
            top, owner, runner_up = e, k, top if owner != k else runner_up
        elif k != owner:
            runner_up = max(runner_up, e)
        best.append((top, owner, runner_up))

    def quoted_by_another(pos: int, k: int) -> bool:
        n = bisect_left(starts, pos)  # the pieces that start before pos
        if n == 0:
            return False
        top, owner, runner_up = best[n - 1]
        return (top if owner != k else runner_up) > pos

    return [c for k, c in enumerate(claims) if c.cue is None or not quoted_by_another(c.cue.start, k)]


# The double mark that closes a quotation opened by each double mark.
_CLOSING_MARK = {"“": "”", '"': '"', "«": "»", "„": "“"}


def _quotation_end(claim: Claim, start: int, end: int) -> int:
    """Where the quotation that opens a piece of a claim's content closes, within the piece: a content that runs on
    past its quotation ("“...,” he said in an address on Friday, Reuters reported.") quotes only up to the mark."""
    text = claim.content.text[start - claim.content.start:end - claim.content.start]
    closing = _CLOSING_MARK.get(text[:1])
    at = text.find(closing, 1) if closing else -1
    return start + at + 1 if at > 0 else end


_SPOKEN = SPEECH_VERBS | DOCUMENT_CUES  # cues of speech or of a document: "said", "reported", "shows"


def _frames_a_passage(doc: Doc, claim: Claim) -> bool:
    """Claims whose source the following cue-less sentences may go on with: "according to X" frames a passage,
    and an unnamed source is reported in summary; after "X said ..." a reporter repeats the cue when X goes on. A
    pronoun left without an antecedent is no unnamed source: "she decided ..." is someone's act, not a summary.
    Nor is a relative pronoun: its clause says something in passing about whoever it hangs on ("a voter, who
    backed Edwards years ago, ..."), and the writer goes on in the writer's own voice. An unnamed source frames a
    passage only by speaking: after "The number is expected to double" the writer goes on."""
    unnamed = claim.source.kind in {SourceKind.VAGUE, SourceKind.UNATTRIBUTED} and not (
        claim.source.span is not None and claim.source.span.text.lower() in PRONOUNS | RELATIVE_PRONOUNS)
    if claim.cue is None or claim.cue.text.lower().startswith("according"):
        return True
    words = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    return unnamed and words is not None and any(t.lemma_.lower() in _SPOKEN for t in words)


def _opens_with_pronoun(sent: Span) -> bool:
    """A chain of unattributed sentences continues a source only when it opens with a pronoun for what the
    source talked about ("They took part in battles ..."). "He ..." and "She ..." after a quotation are the
    reporter describing the speaker, not the speaker going on; so, mostly, are "It ...", an empty subject ("It is
    unclear whether ...", "It takes 1,237 delegates to win") or the thing the writer goes on describing, and
    "This ...", the writer's word on what was just reported ("This is not uncommon in a primary")."""
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    return first is not None and first.lower_ in {"they", "these", "those"} \
        and first.dep_ in {"nsubj", "nsubjpass"}


def _has_verb(sent: Span) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in sent) and len(sent) > 3


def _one_per_id(claims: list[Claim]) -> list[Claim]:
    """One claim per id. Two rules can read the same report from one cue word ("sounded" and "sounded keenly
    aware of", with the same speaker and content): that is one claim, with the longer cue."""
    best: dict[str, Claim] = {}
    for c in claims:
        kept = best.get(c.id)
        if kept is None or _cue_length(c) > _cue_length(kept):
            best[c.id] = c
    return [c for c in claims if best[c.id] is c]


def _holds_cue(outer: Claim, inner: Claim) -> bool:
    return inner.cue is not None and outer.content.start <= inner.cue.start < outer.content.end


def _cue_length(claim: Claim) -> int:
    return claim.cue.end - claim.cue.start if claim.cue is not None else 0


def _same_origin_run(claims: list[Claim]) -> list[Claim]:
    """The latest claims that share the last claim's source: what "this information" refers to."""
    if not claims:
        return []
    key = claims[-1].source.entity_id or claims[-1].source.name
    run = []
    for c in reversed(claims):
        if (c.source.entity_id or c.source.name) != key:
            break
        run.append(c)
    return list(reversed(run))


def _mark_nested(sent_claims: list[Claim], nested: dict[str, set[str]], silent: frozenset[int] = frozenset(),
                 asides: frozenset[int] = frozenset()) -> list[Claim]:
    """"Reuters reported that the minister said X": the minister's claim is relayed by Reuters. No one relays
    their own words, nor those of whoever shares their cue: in "Szabo used the interview to call for talks" Szabo
    speaks through both cues, and in "Oslo and London have pledged aid and have announced deliveries" neither city
    relays the other. Only a verb of speech or of passing words on relays (``silent``: the character offsets of
    the cues that do not): "..., which Oslo rejected" does not pass on what it rejects, nor "Moscow banned dozens
    of British journalists in what the foreign ministry said was a response" what the ministry said; nor is the
    writer's aside (``asides``: the offsets of cues in ``voices.writers_aside``). Where
    each content holds the other's cue ("Lee told them that ..., according to Ash", the parse running Lee's content
    on over "according to"), the relay is the one whose content holds where the other's content starts: Ash. The
    relays of the outer claim follow its source, nearest to the speaker first."""
    out = []
    for inner in sent_claims:
        relays = list(inner.relayed_by)
        for outer in sent_claims:
            if inner is outer or inner.cue is None or outer.stance == Stance.DENIES or _cue_at(outer, silent) \
                    or _cue_at(inner, asides) or any(
                    c.cue == outer.cue and any(same_speaker(inner.source, s) for s in speakers_of(c))
                    for c in sent_claims):
                continue
            if _holds_cue(inner, outer) and not outer.content.start <= inner.content.start < outer.content.end:
                continue
            if _holds_cue(outer, inner):
                nested.setdefault(outer.id, set()).add(inner.id)
                if outer.source.kind != SourceKind.UNATTRIBUTED:
                    relays.append(Relay(outer.source.span, outer.source.name or "", outer.source.entity_id))
                # and whoever relays the outer claim relays this one too: "Makei said ..., BelTA learned from the
                # ministry's press service"
                relays.extend(r for r in outer.relayed_by if all(r.name != x.name for x in relays))
        out.append(replace(inner, relayed_by=tuple(relays)) if len(relays) != len(inner.relayed_by) else inner)
    return out


def _cue_at(claim: Claim, offsets: frozenset[int]) -> bool:
    """Whether the claim's cue holds a word at one of the character ``offsets``."""
    return claim.cue is not None and any(claim.cue.start <= k < claim.cue.end for k in offsets)


def _relayed_headline(doc: Doc, document: Document, sent: Span, relays: list[tuple[int, int, Relay]],
                      mentions: Sequence[EntityMention], quantities: Sequence[Quantity],
                      times: Sequence[TimeExpression]) -> Claim | None:
    """"“Kremlin prepares a new wave”, — write: www.rferl.org": the outlet's own headline claim."""
    for line_start, line_end, relay in relays:
        if not (line_start <= sent.start_char < line_end) or relay.span is None:
            continue
        end = sent.end
        while end > sent.start and doc[end - 1].idx >= line_end:
            end -= 1
        start = sent.start
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end - start < 3:
            return None
        content = _span(doc, start, end)
        cue_at = document.text.rfind(":", line_start, relay.span.start)
        dash = max(document.text.rfind(ch, line_start, cue_at) for ch in "—–-")
        cue = TextSpan(dash, cue_at + 1, document.text[dash:cue_at + 1]) if dash >= 0 and cue_at > dash else None
        src = Source(SourceKind.OUTLET, relay.span, relay.name, relay.entity_id)
        region = set(range(start, end))
        return Claim(
            id=_claim_id(document, content, cue, src), sentence=(sent.start_char, sent.end_char), source=src,
            cue=cue, content=content, stance=Stance.ASSERTS, hedged=False, kind=ClaimKind.EVENT,
            quantities=tuple(_attach(doc, quantities, region, [])), times=tuple(_attach(doc, times, region, [])),
            entities=tuple(_attach(doc, mentions, region, [])), extractor=NAME)
    return None


def _claim_id(document: Document, content: TextSpan, cue: TextSpan | None, source: Source) -> str:
    return stable_id(document.id, content.start, content.end, cue.start if cue else -1,
                     source.span.start if source.span else -1, ATTRIBUTION_NAME, prefix="clm_")


def _claim_for(doc: Doc, document: Document, sent: Span, att: Attribution, all_atts: list[Attribution],
               gazetteer: Gazetteer, mentions: Sequence[EntityMention], quantities: Sequence[Quantity],
               times: list[TimeExpression], history: list[Source],
               relays: list[tuple[int, int, Relay]], joint: tuple[Source, ...] = ()) -> Claim:
    pieces = content_segments(att, doc)
    # one piece: the content without a source and cue that opened or closed it ("He said, that ...")
    content = _span(doc, *pieces[0]) if len(pieces) == 1 else \
        _span(doc, att.content[0], max(att.resumed[1], att.content[1]) if att.resumed else att.content[1])
    cue = _span(doc, *att.cue) if att.cue else None
    segments = tuple((doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in pieces) if len(pieces) > 1 \
        else ()
    if att.sources:
        sources = [_resolved(doc, s, e, mentions, gazetteer, history, document) for s, e in att.sources]
    else:
        sources = [Source(SourceKind.UNATTRIBUTED)]
    if joint and len(sources) == 1 and sources[0].span is not None and sources[0].span.text.lower() == "they" \
            and any(same_speaker(sources[0], s) for s in joint):
        sources = _joint_they(sources[0], joint)
    context = None
    if att.passive and history:
        prior = history[-1]
        context = Source(prior.kind, None, prior.name, prior.entity_id,
                         resolved_from="agentless passive: the nearest earlier source, for context only")
    relayed: list[Relay] = []
    for line_start, line_end, relay in relays:
        if line_start <= sent.start_char < line_end:
            relayed.append(relay)
    if att.relayer is not None:
        rs = resolve_source(doc, att.relayer[0], att.relayer[1], mentions, gazetteer, history, document.published)
        relayed.append(Relay(rs.span, rs.name or "", rs.entity_id))
    sources = each_speaker_once([_not_its_own_relay(src, relayed) for src in sources], document.text)
    region = set(att.region) | set(range(att.content[0], att.content[1])) if len(all_atts) > 1 \
        else set(range(sent.start, sent.end))
    source_spans = [s.span for s in sources if s.span is not None]
    q_idx = _attach(doc, quantities, region, source_spans)
    t_idx = _attach(doc, times, region, source_spans)
    e_idx = _attach(doc, mentions, region, source_spans)
    for i, role in _time_roles(doc, att, times, t_idx).items():
        times[i] = replace(times[i], role=role)
    tail_end = sent.end if att is all_atts[-1] else att.content[1]
    stance, hedged, kind = _stance(doc, att), _hedged(doc, att, tail_end), _kind(doc, att)
    # a joint report ("Mr. Grassley and Mr. Leahy said ...") is one claim, made by all its speakers: annotators mark
    # one attribution, and a denial by two governments in one breath is one denial, not two
    return Claim(
        id=_claim_id(document, content, cue, sources[0]), sentence=(sent.start_char, sent.end_char),
        source=sources[0], co_sources=tuple(sources[1:]), cue=cue, content=content, stance=stance, hedged=hedged,
        kind=kind, relayed_by=tuple(relayed), quantities=tuple(q_idx), times=tuple(t_idx), entities=tuple(e_idx),
        context_source=context, extractor=NAME, content_segments=segments)


def _resolved(doc: Doc, start: int, end: int, mentions: Sequence[EntityMention], gazetteer: Gazetteer,
              history: list[Source], document: Document) -> Source:
    """The source of a token range, resolved without the possessive mark that ends it when it owns what follows
    ("Trump's criticism"); the mark stays in its span, and in a name that is spoken for ("McDonald's said")."""
    owns = end < len(doc) and doc[end].pos_ not in {"VERB", "AUX"}
    owner_end = end - 1 if owns and end - start > 1 and doc[end - 1].tag_ == "POS" else end
    src = with_principal(doc, start, owner_end, resolve_source(doc, start, owner_end, mentions, gazetteer, history,
                                                              document.published), mentions, gazetteer)
    owner, mark = doc[owner_end - 1], doc[end - 1]
    if owner_end != end and src.span is not None and src.span.end == owner.idx + len(owner.text):
        mark_end = mark.idx + len(mark.text)
        src = replace(src, span=TextSpan(src.span.start, mark_end, doc.text[src.span.start:mark_end]))
    return src


def _joint_they(pronoun: Source, joint: tuple[Source, ...]) -> list[Source]:
    """"Pyongyang and Moscow denied the deliveries. They said ...": a "they" that refers back to a speaker of the
    joint report just made refers back to all its speakers, and the claim is theirs jointly."""
    how = f"'{pronoun.span.text if pronoun.span else ''}' refers back to {joined_names([s.name for s in joint])}"
    return [Source(s.kind, pronoun.span, s.name, s.entity_id, resolved_from=how) for s in joint]


def _not_its_own_relay(src: Source, relayed: Sequence[Relay]) -> Source:
    """A source that refers back to the outlet relaying its claim refers back to the wrong one: in "..., the Kyiv
    Independent reported, citing the country's infrastructure ministry" the ministry is not the newspaper. It is
    left unresolved."""
    if src.resolved_from is None or src.span is None or src.entity_id is None \
            or not any(r.entity_id == src.entity_id for r in relayed):
        return src
    return Source(SourceKind.VAGUE, src.span, src.span.text, None, resolved_from="refers back to its own relay")


def _continuation(doc: Doc, document: Document, sent: Span, prev: Claim, mentions: Sequence[EntityMention],
                  quantities: Sequence[Quantity], times: Sequence[TimeExpression]) -> Claim:
    """A sentence with no cue that goes on from an attributed one in the same paragraph keeps its source."""
    start, end = sent.start, sent.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    content = _span(doc, start, end)
    src = replace(prev.source, resolved_from="continues the attribution of the previous sentence")
    region = set(range(sent.start, sent.end))
    hedged = any(_hedges(t) for t in sent)
    kind = ClaimKind.PLAN if any(t.lemma_.lower() in PLAN_WORDS for t in sent) else ClaimKind.EVENT
    return Claim(
        id=_claim_id(document, content, None, src), sentence=(sent.start_char, sent.end_char), source=src,
        co_sources=prev.co_sources, cue=None, content=content, stance=Stance.ASSERTS, hedged=hedged, kind=kind,
        relayed_by=prev.relayed_by,
        quantities=tuple(_attach(doc, quantities, region, [])), times=tuple(_attach(doc, times, region, [])),
        entities=tuple(sorted(set(_attach(doc, mentions, region, [])) | set(prev.entities))), extractor=NAME)
