"""A learned choice of where a reported clause starts and ends.

The rules end an indirect content where the parse ends its clause, or at the end of the sentence when the cue comes
first, and start it where the clause starts. News annotators draw those boundaries by meaning: "Clinton wants to
sign up 5 million people, focusing on people under 30" reports a want that ends before the participle, "the FBI
warned officials to boost their security" reports a warning whose content starts at "to", while "pointed out that
one shooting may have more than one victim, so thousands of victims do not mean thousands of shootings" runs on to
the end. This logistic model scores every place the content could end (the rule's own end, each comma, dash, clause
and phrase boundary, the end of the sentence) and every place it could start (the rule's start and each phrase
boundary between the cue and the end), and moves a boundary when its best candidate beats the rule's by a margin
(the model's stored threshold). Quotations keep their marks as boundaries and are never moved. Start and end
features carry their own prefixes, so one weight file holds two models. Trained on the PolNeAR train split only
(``scripts/train_boundary_model.py``, ``docs/models/boundary-model.md``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .attribution import (
    ANSWER_WORDS,
    DISCOURSE_MARKERS,
    Attribution,
    next_act_start,
    object_act_start,
    of_speaking,
    opens_quotation,
    relative_clause_of,
    reporting_participle,
)
from .lexicon import OPEN_QUOTES, QUOTE_MARKS, REPORTING_VERBS
from .linear import LinearModel, bucket, load_linear_model

_CLOSED_CLASSES = {"ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "AUX"}
_DISTANCES = (1, 2, 4, 8, 16)  # how far a candidate lies from the rule's boundary, in tokens
_LENGTHS = (2, 4, 8, 16, 32)  # how long the content would be, in tokens
# A learned start never cuts a word from its noun or number phrase (``start_candidates``): the heads of such phrases,
# and the dependencies of the words that modify them
_PHRASE_HEADS = frozenset({"NUM", "NOUN", "PROPN"})
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "amod", "det", "compound", "poss", "nmod"})
_BREAKS = frozenset({",", ";", "--", "–", "—", "―"})  # punctuation that can close a phrase inside a content


def _is_break(tok: Token) -> bool:
    """A comma, semicolon or dash; a hyphen only with a space beside it ("Rome - The ..."), not inside a word
    ("well-known", "D-Va.")."""
    return tok.text in _BREAKS or tok.text == "-" and bool(tok.whitespace_ or tok.i and tok.doc[tok.i - 1].whitespace_)


def _last_word(sent: Span) -> int:
    end = sent.end
    while end > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    return end


def applies(att: Attribution, sent: Span) -> bool:
    """Indirect contents after or before a cue, inside one sentence and not interrupted by their cue; not a
    one-word answer ("said no") or relative word ("the tanks that Kyiv asked for"), which is whole as it is, nor a
    report signed after a dash ("... - said Kowalski."), which the dash ends, nor a denial of the clause before it
    ("..., a claim the Kremlin denies"), which the comma ends, nor what moved someone ("[The remark] worried
    analysts"), which is its verb's subject whole, nor whom someone supports ("Lindqvist has the support of ..."),
    whole likewise."""
    if att.cue is None or att.origin in {"dash report", "rebuttal", "feeling", "support"}:
        return False
    start, end = att.content
    doc = sent.doc
    if end - start == 1 and (doc[start].lower_ in ANSWER_WORDS or relative_clause_of(doc[start]) is not None):
        return False  # nor the relative word that stands for it: "the tanks that Kyiv has long asked for"
    if start > 0 and doc[start - 1].dep_ == "agent":
        return False  # what a feeling was about, whole: "was irritated by [the US decision to supply ...]"
    return doc[start].text not in OPEN_QUOTES and sent.start <= start and end <= _last_word(sent) \
        and not (start < att.cue[0] < end)


def end_candidates(att: Attribution, sent: Span, root: Token | None = None) -> list[int]:
    """Token offsets the content may end at: the rule's end, the end of the sentence and every boundary after the
    content's root (``root``, when the caller has found it already) before punctuation or before a word that opens
    a phrase of its own, but never just inside an opening quotation mark."""
    doc = sent.doc
    start, rule_end = att.content
    last = _last_word(sent)
    act = next_act_start(att, doc)  # "promised to rebuild the harbor and opened a line": not past "opened"
    if act is not None:
        last = act
    out = {rule_end, last}
    if root is None:
        root = doc[start:rule_end].root
    for end in range(max(start, root.i) + 1, last):  # "that the plan | will fail": no end before the root
        before, after = doc[end - 1], doc[end]
        if before.is_space or opens_quotation(before):
            continue
        if after.is_punct or after.is_space or before.is_punct or after.left_edge.i == end:
            out.add(end)
    return sorted(out)


def _speaker_before_act(att: Attribution, doc: Doc, rule_end: int) -> int | None:
    """Where the source and cue after a content begin (before the marks that set them off), when the next word
    after them is the speaker's next act ("..., she said, citing two pilots", "..., the mayor said, adding ..."):
    a content may run on past its cue ("Lenox was a juggernaut, he said, until it went bankrupt"), not into that
    act."""
    if att.cue is None or att.cue[0] < rule_end:
        return None
    after = max([att.cue[1], *(e for _s, e in att.sources)])
    while after < len(doc) and (doc[after].is_punct or doc[after].is_space):
        after += 1
    if after >= len(doc) or not (reporting_participle(doc[after]) or _as_they_report(doc[after])):
        return None
    k = min([att.cue[0], *(s for s, _e in att.sources if s >= rule_end)])
    while k > rule_end and (doc[k - 1].is_punct or doc[k - 1].is_space):
        k -= 1
    return k


def _as_they_report(mark: Token) -> bool:
    """"..., the adviser said, as he accused Russia of ...": an "as" or "while" whose clause has a pronoun report
    again opens the speaker's next act."""
    verb = mark.head
    return mark.lower_ in {"as", "while"} and mark.dep_ == "mark" and verb.lemma_.lower() in REPORTING_VERBS \
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.i < verb.i for c in verb.children)


def _word(tok: Token | None) -> str:
    if tok is None:
        return "EOS"
    return tok.lower_ if tok.is_punct or tok.pos_ in _CLOSED_CLASSES else tok.pos_


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every candidate boundary of one relation shares, read once per relation."""

    last: int  # the sentence's last token offset, before trailing space
    root: Token  # the rule content's root
    kind: str  # what the rule's content is to its cue: "dobj/NOUN/cue", "ccomp/VERB/cue", ...
    quotes: list[int]  # quotes[k]: quotation marks in doc[start:start + k]
    parens: list[int]  # parens[k]: "(" minus ")" in doc[start:start + k]
    breaks: list[int]  # breaks[k]: commas, semicolons and dashes in doc[start:start + k]
    root_edge: int  # where the rule's content root's subtree ends
    other_cues: list[int]  # where the sentence's other relations' cues start


def _kind(att: Attribution, root: Token) -> str:
    on_cue = att.cue_head is not None and root.head.i == att.cue_head
    return f"{root.dep_}/{root.pos_}/{'cue' if on_cue else 'other'}"


def content_kind(att: Attribution, doc: Doc) -> str:
    """The rule content's root as its dependency, part of speech and whether it hangs on the cue: an object noun
    ("supported Democrats during his time on MSNBC") ends sooner than a reported clause."""
    return _kind(att, doc[att.content[0]:att.content[1]].root)


def _reading(att: Attribution, sent: Span, siblings: list[Attribution]) -> _Reading:
    doc = sent.doc
    start, rule_end = att.content
    quotes, parens, breaks = [0], [0], [0]
    for tok in doc[start:max(rule_end, sent.end)]:
        quotes.append(quotes[-1] + (tok.text in QUOTE_MARKS))
        parens.append(parens[-1] + (tok.text == "(") - (tok.text == ")"))
        breaks.append(breaks[-1] + _is_break(tok))
    root = doc[start:rule_end].root  # found once: Span.root walks every token's heads
    return _Reading(_last_word(sent), root, _kind(att, root), quotes, parens, breaks, root.right_edge.i + 1,
                    [o.cue[0] for o in siblings if o is not att and o.cue is not None])


def _attachment(after: Token, end: int) -> Token:
    """The token through which the phrase that starts at ``after`` hangs on what lies before ``end``: climb from
    ``after`` while the head is still at or past ``end``."""
    tok = after
    while tok.head.i >= end and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _end_features(att: Attribution, sent: Span, end: int, reading: _Reading) -> list[str]:
    """Feature names of ending ``att``'s content at token offset ``end`` (exclusive)."""
    doc = sent.doc
    start, rule_end = att.content
    last = reading.last
    before = doc[end - 1]
    after = doc[end] if end < sent.end and not doc[end].is_space else None
    after2 = doc[end + 1] if after is not None and end + 1 < sent.end else None
    where = "at" if end == rule_end else "before" if end < rule_end else "after"
    origin = att.origin or "other"
    lemma = doc[att.cue_head].lemma_.lower() if att.cue_head is not None else "-"
    at_end = end == last
    feats = ["end", f"rel={where}", f"rel={where}|o={origin}", f"prev={_word(before)}", f"prevdep={before.dep_}",
             f"next={_word(after)}", f"nextdep={after.dep_ if after is not None else 'EOS'}",
             f"prev={_word(before)}|next={_word(after)}", f"next={_word(after)}|next2={_word(after2)}",
             f"sent_end={at_end}", f"l={lemma}|rel={where}", f"o={origin}|se={at_end}", f"l={lemma}|se={at_end}"]
    if end != rule_end:
        feats.append(f"dist={where}{bucket(abs(end - rule_end), _DISTANCES)}")
    if end == last - 1 and doc[last - 1].is_punct:
        feats.append("before_final_punct")
    feats.append(f"quotes_odd={reading.quotes[end - start] % 2}")
    breaks = min(reading.breaks[end - start], 3)  # how many phrases the content would run over
    crossed = min(abs(reading.breaks[end - start] - reading.breaks[rule_end - start]), 3)  # ... more or fewer
    feats += [f"breaks={breaks}", f"k={reading.kind}|breaks={breaks}",
              f"k={reading.kind}|len={bucket(end - start, _LENGTHS)}", f"rel={where}|crossed={crossed}"]
    if reading.parens[end - start]:
        feats.append("paren_open")
    if end == reading.root_edge:
        feats.append("root_subtree_end")
    if after is not None:
        feats.append(f"nexthead_in={start <= after.head.i < end}|dep={after.dep_}")
        # what the next phrase hangs on: the cue ("supported Democrats during his time"), the content, or beyond
        on = "cue" if after.head.i == att.cue_head else "in" if start <= after.head.i < end else "out"
        feats += [f"next_on={on}|{after.dep_}", f"k={reading.kind}|next_on={on}"]
        hook = _attachment(after, end)  # "remarks | Trump had made": the phrase hangs on "remarks", not on "made"
        on = ("root" if hook.head.i == hook.i else "cue" if hook.head.i == att.cue_head
              else "in" if start <= hook.head.i < end else "out")
        feats += [f"attach={on}|{hook.dep_}", f"k={reading.kind}|attach={on}"]
        if after.is_punct and after2 is not None:
            # ", who is 70": the word after the comma, and what its head is to the sentence (a relative clause)
            joint = after2.head.dep_ if after2.head.i != after2.i else "root"
            feats += [f"punct+dep={after.text}|{after2.dep_}",
                      f"after_punct_dep={after2.dep_}|head_in={start <= after2.head.i < end}",
                      f"o={origin}|after_punct={after2.dep_}", f"punct+head={after.text}|{after2.dep_}|{joint}",
                      f"k={reading.kind}|punct+head={after.text}|{joint}"]
    if any(rule_end <= c < end for c in reading.other_cues):
        feats.append("crosses_cue")
    if any(end <= c < rule_end for c in reading.other_cues):
        feats.append("stops_before_cue")
    if att.cue is not None and end <= att.cue[0] < rule_end:
        feats.append("before_own_cue")
    return ["e:" + f for f in feats]


def end_options(att: Attribution, sent: Span, siblings: list[Attribution]) -> list[tuple[int, list[str]]]:
    """Each candidate end (``end_candidates``) with its feature names."""
    reading = _reading(att, sent, siblings)
    return [(end, _end_features(att, sent, end, reading)) for end in end_candidates(att, sent, reading.root)]


def _cut_from_its_head(doc: Doc, rule_start: int, start: int) -> bool:
    """Whether the word at ``start`` hangs on a noun or number between the rule's start and it ("bn" in "up to 7 bn
    roubles", read as a modifier of the 7)."""
    head = doc[start].head
    return rule_start <= head.i < start and head.pos_ in _PHRASE_HEADS


def start_candidates(att: Attribution, sent: Span) -> list[int]:
    """Token offsets the content may start at: the rule's start and every phrase or punctuation boundary between
    the cue, source or sentence start before it and the content's end."""
    doc = sent.doc
    rule_start, end = att.content
    limits = [b for _a, b in (att.cue, *att.sources) if b <= end] if att.cue is not None else []
    floor = max([sent.start, *limits])
    if rule_start == floor + 1 and doc[floor].lower_ in DISCOURSE_MARKERS and doc[floor].pos_ == "CCONJ":
        floor = rule_start  # the connective the rules left out stays out ("But the road ..., the mayor said")
    out = {rule_start}
    if doc[rule_start].lower_ == "that" and doc[rule_start].dep_ == "mark" and floor < rule_start \
            and all(t.ent_type_ in {"DATE", "TIME"} or t.is_punct or t.is_space for t in doc[floor:rule_start]):
        floor = rule_start  # "repeated last week that ...": the time before the "that" is the cue's
    reach = -1  # the furthest word that a modifier from the rule's start on hangs on
    for start in range(floor, end):
        tok = doc[start]
        inside = start > rule_start and (reach >= start or _cut_from_its_head(doc, rule_start, start))
        if start >= rule_start and tok.dep_ in _MODIFIER_DEPS:
            reach = max(reach, tok.head.i)
        if tok.is_space or tok.is_punct and tok.text not in OPEN_QUOTES:
            continue
        if inside:
            continue  # "up to 7 bn roubles": not from inside the number or noun phrase the rule's start opens
        if start == floor or doc[start - 1].is_punct or tok.left_edge.i == start:
            out.add(start)
    return sorted(out)


def _start_features(att: Attribution, sent: Span, start: int, root_edge: int) -> list[str]:
    """Feature names of starting ``att``'s content at token offset ``start``."""
    doc = sent.doc
    rule_start, end = att.content
    first = doc[start]
    before = doc[start - 1] if start > sent.start else None
    where = "at" if start == rule_start else "before" if start < rule_start else "after"
    origin = att.origin or "other"
    cue = doc[att.cue_head] if att.cue_head is not None else None
    lemma = cue.lemma_.lower() if cue is not None else "-"
    adjacent = att.cue is not None and start == att.cue[1]
    feats = ["start", f"rel={where}", f"rel={where}|o={origin}", f"first={_word(first)}", f"firstdep={first.dep_}",
             f"prev={_word(before)}", f"prev={_word(before)}|first={_word(first)}", f"l={lemma}|rel={where}",
             f"l={lemma}|first={_word(first)}", f"adjacent={adjacent}", f"o={origin}|adjacent={adjacent}",
             f"sent_start={start == sent.start}", f"first={_word(first)}|dep={first.dep_}"]
    if start != rule_start:
        feats.append(f"dist={where}{bucket(abs(start - rule_start), _DISTANCES)}")
    if cue is not None:
        feats.append(f"head_is_cue={first.head.i == cue.i}|dep={first.dep_}")
        if first.head.i == cue.i:
            feats.append(f"l={lemma}|child={first.dep_}")
    if start == root_edge:
        feats.append("root_subtree_start")
    return ["s:" + f for f in feats]


def start_options(att: Attribution, sent: Span) -> list[tuple[int, list[str]]]:
    """Each candidate start (``start_candidates``) with its feature names."""
    start, end = att.content
    root_edge = sent.doc[start:end].root.left_edge.i
    return [(s, _start_features(att, sent, s, root_edge)) for s in start_candidates(att, sent)]


def load_boundary_model() -> LinearModel | None:
    """The bundled model, or None if the package was built without it."""
    return load_linear_model("boundary_model.json")


def _choice(model: LinearModel, rule: int, options: list[tuple[int, list[str]]]) -> int:
    """The option the model prefers over the rule's by more than the model's margin (its stored threshold, chosen
    in training), else the rule's."""
    best, best_p, rule_p = rule, -1.0, 0.0
    for offset, feats in options:
        p = model.probability(feats)
        if offset == rule:
            rule_p = p
        if p > best_p:
            best, best_p = offset, p
    return best if best != rule and best_p > rule_p + model.threshold else rule


def _past_its_cue(att: Attribution, doc: Doc, rule_end: int) -> tuple[int, int] | None:
    """For a content the rule ended before its cue: the cue's start and the first word after the cue and its source
    that is no mark and does not say where or in what the speaker spoke. An end between the two would take in the
    cue with no word of the content's own after it: "..., Khrenin said on 16 August, BelTA has learned." may not
    take in "BelTA has learned", nor "..., the company was quoted as saying in an official statement" its last
    words."""
    if att.cue is None or att.cue[0] < rule_end:
        return None
    after = max([att.cue[1], *(e for s, e in att.sources if s >= rule_end)])
    occasions = {k for c in doc[att.cue[0]:att.cue[1]] for g in c.children
                 if g.i >= after and of_speaking(g, True) for k in range(g.left_edge.i, g.right_edge.i + 1)}
    first = next((t.i for t in doc[after:] if not (t.is_punct or t.is_space or t.i in occasions)), len(doc))
    return att.cue[0], first


_JOINTS = frozenset({"and", "but", ",", ";", "while", "whereas"})
_PHRASE_OPENERS = frozenset({"DET", "PROPN", "NOUN", "PRON", "ADJ"})  # not "looted, ...", nor a poll's share


def _next_speaker_at(att: Attribution, siblings: list[Attribution], doc: Doc, end: int) -> int:
    """Where the rule's content ends when another relation's speaker follows it with only a joining word between
    ("said two ships had sunk and the coast guard said a third was missing"): no learned end runs into that
    speaker's report, however the parser hung it. The speaker's phrase must open on a noun phrase's word, after a
    joining word or with a capital, as a misread one may not ("... taken over and looted, eerie video ... showed"
    and "... to watch almost all of them falter - believes", with "looted" and "falter" read as speakers)."""
    return min((end for o in siblings if o is not att and o.cue is not None and o.cue[0] > end
                for s, _e in o.sources[:1] if end <= s < o.cue[0] and doc[s].pos_ in _PHRASE_OPENERS
                and (s > end or doc[s].is_title) and all(t.lower_ in _JOINTS for t in doc[end:s])), default=len(doc))


def learned_span(att: Attribution, sent: Span, siblings: list[Attribution], model: LinearModel) -> tuple[int, int]:
    """The content's start and end as the model reads them, each chosen with the rule's other boundary fixed. A
    learned end never runs over a coordinated cue of another relation kept after the rule's end: "said the dam
    was safe and warned residents ..." reports the warning apart; nor, after an object, over the speaker's next act
    ("blamed NATO for the war and criticised the West", ``object_act_start``)."""
    start, end = att.content
    doc = sent.doc
    stop = min((o.cue[0] for o in siblings if o is not att and o.cue is not None and o.cue[0] >= end
                and o.cue_head is not None and doc[o.cue_head].dep_ == "conj"), default=len(doc))
    act = object_act_start(att, doc)
    stop = min(stop, _next_speaker_at(att, siblings, doc, end), len(doc) if act is None else act)
    speaker_at = _speaker_before_act(att, doc, end)
    if speaker_at is not None:  # "The levy had failed, she said, citing ...": not past the speaker's next act
        stop = min(stop, speaker_at)
    cue_at, own = _past_its_cue(att, doc, end) or (len(doc), len(doc))
    new_end = _choice(model, end, [(e, f) for e, f in end_options(att, sent, siblings)
                                   if e <= stop and not cue_at < e <= own])
    new_start = _choice(model, start, start_options(att, sent))
    return (new_start, new_end) if new_start < new_end else (start, end)


def with_learned_boundaries(atts: list[Attribution], sent: Span) -> list[Attribution]:
    """The relations with their indirect contents started and ended where the model reads them; unchanged when
    no model is bundled."""
    model = load_boundary_model()
    if model is None:
        return atts
    out = []
    for att in atts:
        if applies(att, sent):
            span = learned_span(att, sent, atts, model)
            if span != att.content:
                att = replace(att, content=span)
        out.append(att)
    return out
