"""Who speaks for a cue: the subject of a reporting verb, found through coordination, appositions, shares
("the proportion of voters saying"), participles hung inside a report, and "citing X" relays."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..documents import an_act_of
from ..lexicon import (
    ANAPHOR_HEADS,
    CITING_WORDS,
    DOCUMENT_NOUNS,
    EMOTION_VERBS,
    EMPTY_SUBJECTS,
    EVENT_NOUNS,
    FAMILY_NOUNS,
    INSTITUTION_HEADS,
    OCCASION_NOUNS,
    OCCUPATION_HEADS,
    OF_A_MIND_VERBS,
    OPEN_QUOTES,
    PEOPLE_NOUNS,
    REPORTING_VERBS,
    ROLE_HEADS,
    SPEECH_VERBS,
    VAGUE_HEADS,
)
from .controllers import hung_on_its_subject, object_controller
from .hearsay import said_of_the_noun_before
from .questioned import accused_in_a_headline, asked_of_the_answerer
from .spans import (
    CLOSE_QUOTES,
    SUBJECT_DEPS,
    TokRange,
    agent_of,
    closes_without_comma,
    object_left_over,
    opens_with_aside,
    trim,
)

_SPEAKER_PRONOUNS = {"he", "she", "it", "they"}
_SHARE_NOUNS = {"proportion", "share", "percentage", "number", "majority", "plurality", "minority", "fraction"}
_WORDED_THINGS = {"sign", "placard", "banner", "poster", "call", "ticket", "paperwork", "label"}  # "a sign saying"


def _speaker_behind(noun: Token) -> Token:
    """Who speaks through the noun a participle of saying hangs on: the members of a share ("the share of farmers
    saying ..."), or else the noun itself ("911 calls saying shots were fired", "a new poll showing ...")."""
    if noun.lemma_.lower() in _SHARE_NOUNS:
        members = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
        return members if members is not None else noun
    return noun


def _set_off_before(tok: Token) -> bool:
    """Whether a comma or the dash closing an aside ("by 9 May – when ... – saying") comes just before the token, or
    a quotation's closing mark, after a comma or not (""would stay open," adding ...", "... is “comparable to the
    darkest pages” adding ...": a mark glued to the word before it and not to the token)."""
    doc, before = tok.doc, tok.doc[tok.i - 1].text if tok.i > 0 else ""
    if before == "," or before in {"–", "—", "―"} and any(t.text == before for t in doc[tok.sent.start:tok.i - 1]):
        return True
    return tok.i > 1 and doc[tok.i - 1].text in CLOSE_QUOTES and (
        doc[tok.i - 2].text == "," or closes_without_comma(doc[tok.i - 1]))


def _reporter_of_participle(verb: Token) -> Token | None:
    """The reporting verb a participle after a comma goes with when the parser hung it inside what was reported:
    in "The mayor announced that she had signed the budget, saying ..." and "The minister denied the claim that the
    port would close, explaining that ...", the mayor and the minister say it, not "she" or "the port"; in "The fleet
    will be ready, the admiral said, warning that ..." the admiral warns, though the parser hung "warning" on "be"."""
    if verb.tag_ != "VBG" or not _set_off_before(verb):
        return None
    said = verb.doc[verb.i - 2] if verb.i > 1 and verb.doc[verb.i - 1].text == "," else None
    if said is not None and said.pos_ == "VERB" and said.lemma_.lower() in SPEECH_VERBS and verb.head is not said \
            and any(c.dep_ == "nsubj" and c.i < said.i for c in said.children):
        return said
    if verb.dep_ != "advcl":
        return None
    inner = verb.head
    if inner.lemma_.lower() in REPORTING_VERBS:
        # "Ruiz said Ortiz believes the plan will fail, arguing ...": Ortiz argues; but in "Ruiz said she believes
        # ..., arguing ..." Ruiz does
        speaker = _reporter_of_pronoun(inner)
        return speaker if speaker is not inner else None
    for outer in list(inner.ancestors)[:3]:
        if outer.lemma_.lower() in REPORTING_VERBS and outer.pos_ == "VERB" and outer.i < inner.i \
                and any(c.dep_ == "nsubj" for c in outer.children):
            return _reporter_of_pronoun(outer)
        if outer.dep_ not in {"ccomp", "acl", "conj", "pobj", "prep", "dobj"}:
            break
    return None


def _reporter_of_pronoun(verb: Token) -> Token:
    """The speech verb whose speaker a pronoun subject of ``verb`` stands for, when ``verb`` is what that speaker
    reported ("Clinton told the crowd that she believes ..., saying ...": Clinton says it); else ``verb``."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    outer = verb.head
    if subj is not None and subj.lower_ in _SPEAKER_PRONOUNS and verb.dep_ == "ccomp" and outer.i < verb.i \
            and outer.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "nsubj" for c in outer.children):
        return outer
    return verb


def _joined_to_reported_clause(verb: Token, clause: Token, subj: Token | None) -> bool:
    """Whether the parser coordinated the cue ``verb`` with ``clause``, which a reporting verb before it reports, so
    that the speaker said both: the clause has no subject to speak for it ("Clark said there were two more votes
    to win but said ..."), its subject is a pronoun standing for the speaker ("Rendell said he'd battled pneumonia
    and called it common"), or the cue is a report in the reporting verb's own tense ("Ms. Ruiz said the plan was
    reckless and criticized the council", "Mr. Putin forecast that the slumping economy would soon rebound and
    praised ...", "Striuk estimated that about 13,000 people remained ... but said ..."); not, after a verb of
    reporting that is no verb of speech, in a clause that tells how or why something happened."""
    head = clause.head
    lemma = head.lemma_.lower()
    reported = clause.dep_ == "ccomp" or clause.dep_ == "advcl" and any(
        c.lower_ == "that" and c.dep_ in {"mark", "advmod"} and c.i < clause.i for c in clause.children)
    if verb.dep_ != "conj" or not reported or head.i > clause.i or lemma not in REPORTING_VERBS \
            or lemma not in SPEECH_VERBS and any(c.tag_ == "WRB" and c.i < clause.i for c in clause.children):
        return False  # a "that" clause may hang as adverbial: "Trump tweeted that Machado was ... and urged ..."; "One
        # student described how Kropachev interrupted a meeting and hinted ...": Kropachev hinted, in what was told
    if subj is not None and clause.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in clause.children):
        return False  # "Ito wrote that Sato said X and said Y": Sato said both
    # a participle with no auxiliary is a past tense the tagger misread ("Trump tweeted that ...")
    tense = "VBD" if head.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in head.children) else head.tag_
    return subj is None or subj.lower_ in _SPEAKER_PRONOUNS \
        or (verb.tag_ == tense and verb.lemma_.lower() in REPORTING_VERBS)


def verb_tense(verb: Token) -> str:
    """The tag of a verb's first auxiliary before it, or its own: the tense a speaker's verbs share."""
    return next((a.tag_ for a in verb.children if a.dep_ in {"aux", "auxpass"} and a.i < verb.i), verb.tag_)


def _reporter_over(verb: Token, clause: Token) -> Token | None:
    """The speech verb whose reported clause holds ``clause``, deeper than its own verb, when the parser
    coordinated the cue ``verb`` with ``clause`` but the cue is the speaker's next report: "He said things that unite
    the country are more than those that divide it and urged them to ...", "urged" hung on "divide". As in
    ``acts.cue_act``: the cue follows "and" or "but", is a reporting verb in the speech verb's tense, and no verb of
    the clause before it has that tense."""
    doc = verb.doc
    if verb.dep_ != "conj" or clause.dep_ == "ccomp" or verb.lemma_.lower() not in REPORTING_VERBS \
            or doc[verb.left_edge.i - 1].lower_ not in {"and", "but"}:
        return None
    node = clause
    for _ in range(4):
        if node.dep_ == "ccomp" or node.head.i == node.i:
            break
        node = node.head
    speech = node.head
    said = verb_tense(speech)
    if node.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS or speech.i > node.left_edge.i \
            or verb_tense(verb) != said or said not in {"VBD", "VBZ"}:
        return None
    between = doc[node.left_edge.i:verb.left_edge.i]
    if any(verb_tense(v) == said for v in between if v.pos_ in {"VERB", "AUX"} and v.dep_ not in {"aux", "auxpass"}):
        return None
    return speech


def _quoted_title(subj: Token) -> bool:
    """Whether a subject after its verb stands inside quotation marks: a title, not a speaker ('“...,” Ana Ruiz,
    the mayor, said on “Harbor Talk.”', where the parser made the show the subject)."""
    doc = subj.doc
    verb = subj.head
    if subj.i < verb.i:
        return False
    start, end = subj.left_edge.i, subj.right_edge.i + 1
    opened = any(t.text in OPEN_QUOTES for t in doc[max(verb.i + 1, start - 2):start])
    closed = any(t.text in CLOSE_QUOTES for t in doc[end:min(end + 3, len(doc))])
    return opened and closed


def _has_contracted(verb: Token, subj: Token) -> bool:
    """Whether the "'s" the parser read as a passive's "is" stands for "has": "he's said he will fight", "Haugland,
    who's argued for years that ...", but not "it's said that ..." or "he's said to be ill"."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    return aux is not None and aux.lower_ in {"'s", "’s"} and aux.i == subj.i + 1 \
        and subj.lower_ not in EMPTY_SUBJECTS | {"that", "this"} and not any(c.dep_ == "xcomp" for c in verb.children)


# adjectives after which "it is ... to say" stands for the infinitive, not for someone ("ready" and "willing" leave
# "it" the body that is ready)
_EXTRAPOSING = frozenset("""
hard difficult easy impossible possible important necessary painful early premature fair safe interesting tempting
tough crucial essential vital useful helpful sad striking notable worth remarkable fascinating reasonable
""".split())


def _inverted_speaker(verb: Token) -> Token | None:
    """The name after a verb of saying that closes a headline ("Russia pushes to block off Lysychansk, says
    Ukraine" above its paragraph), which the parser left unlabelled ("dep") and not the subject: the verb follows a
    comma and the name's phrase ends the sentence."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    name = next((c for c in verb.children if c.i == verb.i + 1 and c.dep_ == "dep" and c.pos_ == "PROPN"), None)
    if name is None:
        return None
    rest = doc[name.i + 1:verb.sent.end]
    return name if all(t.is_space or t.is_punct or t.pos_ in {"PROPN", "PART"} and t.head.i >= name.i
                       for t in rest) else None


def _next_report(verb: Token) -> bool:
    """"“...,” she said in Parliament, then immediately added: “...”": a verb of speech with no subject, set off by
    a comma after another, that the parser made the clause the first reports; it is the same speaker's next report."""
    doc = verb.doc
    return verb.dep_ == "ccomp" and verb.tag_ in {"VBD", "VBZ"} and verb.lemma_.lower() in SPEECH_VERBS \
        and verb.head.lemma_.lower() in SPEECH_VERBS and verb.head.i < verb.i and verb.left_edge.i > 0 \
        and doc[verb.left_edge.i - 1].text == "," and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _subject_of_aside_before(verb: Token) -> Token | None:
    """"Johnson, writing in the Sunday Times, said ...": the speaker the parser hung on the participle of an aside
    between the speaker and the cue, the cue left with no subject of its own."""
    aside = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in {"VBG", "VBN"}
                  and verb.doc[c.i - 1].text == ","), None)
    if aside is None:
        return None
    return next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)


# Verbs that take their hearer as object in the active voice: without one, "told that ..." is a passive.
_HEARER_VERBS = frozenset({"tell", "inform", "notify", "remind", "brief"})


def _active(verb: Token) -> bool:
    """Whether a verb is in the active voice: neither a passive auxiliary nor a bare past participle, nor a verb of
    telling with nobody told, which shares the passive before it ("had been contacted by a caller and told that
    ...")."""
    hearer = verb.lemma_.lower() not in _HEARER_VERBS or any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    return verb.tag_ != "VBN" and hearer and not any(c.dep_ == "auxpass" for c in verb.children)


def feeling_cause(verb: Token) -> Token | None:
    """What moved the passive subject of a verb of feeling: the object or clause of its "by" ("were alarmed by the
    plan", "have been startled by what some call ..."). Its agent is no speaker; the one who felt it is."""
    if verb.lemma_.lower() not in EMOTION_VERBS or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ in {"pobj", "pcomp"}),
                None)


def _bare_mark(tok: Token) -> bool:  # no subject, whatever the parser says ("James [Heappey] has said": "]")
    return len(tok) == 1 and tok.text in ".,;:!?()[]{}" and not tok.n_lefts + tok.n_rights  # not "Sens. Rand Paul"


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, is_passive) for a cue verb, climbing coordination (with any verb: "exhorted X and said
    Y"), open complements and adverbial clauses."""
    according = cited_after_according(verb) or quoted_speaker(verb) or _inverted_speaker(verb)
    if according is not None:
        return according, False
    if asked_of_the_answerer(verb) or accused_in_a_headline(verb) or said_of_the_noun_before(verb):
        return None, True
    cur = verb
    joined = False  # whether the last step of the climb came up a coordination
    for _ in range(4):
        # a participle after a cue that the parser hung inside what was reported, the cue itself or a verb the
        # climb reached from ("..., Sanders said, going on to say that ..."): the reporting verb's speaker
        cur = _reporter_of_participle(cur) or cur
        if cur.dep_ == "advcl" and cur.head.dep_ == "ccomp" and opens_with_aside(cur.head.head, cur.head) \
                and cur.left_edge.i == cur.head.left_edge.i:
            cur = cur.head.head  # "the official said, while expressing optimism that Kyiv would ...": the official
        subjects = [c for c in cur.children if c.dep_ in SUBJECT_DEPS and not _quoted_title(c) and not _bare_mark(c)]
        # two subjects are a misparse of a label before a colon ("The Latest: Trump urges ..."): the nearer before
        # the cue speaks ("Ryan, despite admitting that ..., the victims need ...": Ryan admits it), unless a verb
        # or a preposition right before it leaves it their object ("The family of a man sentenced for fighting
        # Russian forces have said ...": the family)
        before = [c for c in subjects if c.i < verb.i and not object_left_over(c)] or \
            [c for c in subjects if c.i < verb.i]
        subj = max(before, key=lambda c: c.i) if len(subjects) > 1 and all(c.i < cur.i for c in subjects) and before \
            else next(iter(subjects), None)
        if subj is None and cur is verb:
            subj = _subject_of_aside_before(verb)
        if joined and cur.dep_ == "ROOT" and subj is not None and subj.dep_ == "nsubjpass" and _active(verb) \
                and subj.lemma_.lower() not in EVENT_NOUNS:
            return subj, False  # "The mayor was booed by protesters and said ...": the mayor said it; not a passive
            # inside what was reported ("demanded that sanctions be lifted and said ..."), nor an event, which does not
            # speak ("Such an attack would be organized by nationalists ..., but want to ...")
        if cur is verb and subj is not None and subj.dep_ == "nsubjpass" and verb.lemma_.lower() in OF_A_MIND_VERBS:
            return subj, False  # "Policymakers have been startled by ...", "Ms. Berg is convinced that ...": who feels
        agent = agent_of(cur)
        if agent is not None:
            return agent, False
        if cur is not verb and _joined_to_reported_clause(verb, cur, subj) or subj is None and _next_report(cur):
            cur = cur.head
            continue
        reporter = _reporter_over(verb, cur) if cur.i == verb.head.i != verb.i else None
        if reporter is not None:
            cur = reporter
            continue
        if subj is not None:
            if cur is not verb and subj.lower_ == "it" and cur.lemma_ == "be" \
                    and any(c.dep_ == "acomp" and c.lemma_.lower() in _EXTRAPOSING for c in cur.children):
                return None, True  # "It is hard to say whether ...": the "it" stands for what follows, nobody says it
            if cur is not verb and subj.dep_ == "nsubjpass" and verb.dep_ == "pcomp":
                return subj, False  # "After saying her foot was swollen, she was whisked off": she said it
            if _has_contracted(cur, subj):
                return subj, False
            if (subj.dep_ == "nsubjpass" or subj.dep_ == "nsubj" and any(c.dep_ == "auxpass" for c in cur.children)) \
                    and not (verb.dep_ == "xcomp" and cur.lemma_ in {"set", "schedule", "slate", "poise"}):
                return None, True  # but "The minister is set to say ..." is the minister's
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
            # past tense cannot continue the infinitive the parser joined it to; it continues the finite verb above
            finite = next((a for a in cur.head.ancestors if a.tag_ in {"VBD", "VBZ", "VBP"}), None)
            if finite is not None:
                cur = finite
                continue
        if (held := object_controller(cur)) is not None:  # "left many nations feeling that ...": the nations
            return held, False
        # "The governor paused, then revealed ...": a finite verb the parser left unlabelled after the first one
        unlabelled = cur.dep_ == "dep" and cur.tag_ in {"VBD", "VBZ"} and cur.head.i < cur.i
        stolen = subject_taken_as_object(cur)
        if stolen is not None:
            return stolen, False
        if (cur.dep_ in {"conj", "xcomp", "advcl"} or unlabelled) and cur.head.pos_ in {"VERB", "AUX"}:
            joined = cur.dep_ == "conj" or unlabelled
            cur = cur.head  # "denied X and called Y": coordinated cues share their speaker
            continue
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.dep_ == "prep":
            act = cur.head.head
            if act.pos_ == "ADV" and act.dep_ == "advmod":
                act = act.head  # "refuses to name anyone, aside from saying that ...": "aside" hangs on the act
            if act.pos_ in {"VERB", "AUX"}:
                cur = act  # "soared in the polls by saying that ...": the speaker of the act
                continue
        if (hung := hung_on_its_subject(cur)) is not None:  # "Maria Lane called Tuesday for ...", "DJI ...,
            return hung, False  # announced in April it was pulling out": a main verb hung on its subject
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.lemma_.lower() in OCCASION_NOUNS \
                and cur.head.dep_ == "pobj" and cur.head.head.dep_ == "prep" \
                and cur.head.head.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head.head.head  # "she said at a news conference announcing that ...": she announced it
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ == "NOUN" and not can_speak(cur.head) \
                and cur.head.lemma_.lower() not in _WORDED_THINGS and (
                cur.head.dep_ == "pobj" and cur.head.head.dep_ == "prep" and cur.head.head.head.pos_ == "VERB"
                and verb.lemma_.lower() in SPEECH_VERBS or cur.head.dep_ == "dobj" and cur.head.head.pos_ == "VERB"):
            cur = cur.head.head.head if cur.head.dep_ == "pobj" else cur.head.head  # "He thanked the US for the new
            # funding saying ...", "Carson rejected the notion ..., saying ...": he says it, not the funding or notion
            continue
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
            absorbed = absorbed_subject(verb) or subject_in_relative_aside(verb) or _absorbed_role(verb)
            if absorbed is not None:
                return absorbed, False
        break
    return None, False


def absorbed_subject(verb: Token) -> Token | None:
    """The subject the parser hung as an apposition on the phrase before it: in "Speaking in Harlem, Lopez, without
    naming him, accused ..." and "Asked about the tender, the port director, Anna Berg, suggested ...", the name
    right before a finite verb that has no subject is its speaker. Between the two only commas, the verb's adverbs,
    an age and an aside opened by a preposition may stand; or the name comes with its role ("On a call with reporters,
    Maj. Lena Ortiz, a spokeswoman in Kabul, said ...", where the parser hung the name on "reporters")."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    doc = verb.doc
    k = verb.i - 1
    while k > verb.sent.start and (doc[k].is_punct or doc[k].head.i == verb.i and doc[k].dep_ == "advmod"):
        k -= 1
    if doc[k].like_num and doc[k].dep_ == "appos" and doc[k].head.i < k:
        k = doc[k].head.i  # an age between commas ("As part of the deal, Ana Berg, 44, said ..."): the name before it
    name = doc[k] if doc[k].dep_ == "appos" else _name_before_aside(doc[k]) or _name_before_role(doc[k])
    if name is not None and name.dep_ == "appos" and name.pos_ != "PROPN" and name.ent_type_ != "PERSON":
        name = _name_before_role(name)
    if name is None or name.i < verb.sent.start or not (name.pos_ == "PROPN" or name.ent_type_ == "PERSON"):
        return None
    while name.dep_ == "appos" and name.head.i < name.i and (
            name.head.dep_ == "appos" and (name.head.lemma_.lower() in ROLE_HEADS | PEOPLE_NOUNS
                                           or name.head.ent_type_ in {"", "PERSON"})
            or name.head.ent_type_ == "PERSON"):
        # "the port director, Anna Berg", "Anna Berg, the port director": the whole name; not the outlet the
        # fronted phrase names before it ("In a letter obtained by the website Gazeta.ru, Russia's foreign minister,
        # Sergei Lavrov, said ...")
        name = name.head
    return _described_by_post(name) or name


def _described_by_post(name: Token) -> Token | None:
    """The person whose post a name completes: Podolyak, not Zelenskiy, in "Mykhailo Podolyak, an adviser to
    Ukraine's president, Volodymyr Zelenskiy, said ...", the name hung on the president an adviser is adviser to."""
    up = name.head if name.dep_ == "appos" else None
    if up is None or up.dep_ != "pobj" or up.head.lower_ not in {"to", "of", "for"}:
        return None
    post = up.head.head
    if post.dep_ != "appos" or post.lemma_.lower() not in ROLE_HEADS | PEOPLE_NOUNS or post.head.i >= post.i:
        return None
    person = post.head
    return person if person.pos_ == "PROPN" or person.ent_type_ == "PERSON" else None


# A post or a body that speaks for itself ("the mayor of the city", "the regional authorities"), and the nouns for
# people an apposition may describe rather than speak for ("Ukraine's president, Volodymyr Zelenskiy").
_SPEAKING_POSTS = ROLE_HEADS | INSTITUTION_HEADS
_DESCRIBED_PEOPLE = ROLE_HEADS | PEOPLE_NOUNS


def _absorbed_role(verb: Token) -> Token | None:
    """A speaker named by a role or a body at the end of the clause reported, which the parser hung as an
    apposition on the clause's last noun: "Mass kidnappings have been occurring in Melitopol, the mayor of the
    city said." (the mayor, not Melitopol's apposition). The phrase runs from a comma to the cue."""
    doc = verb.doc
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    k = verb.i - 1
    while k > verb.sent.start and doc[k].text == ",":
        k -= 1
    role = doc[k]
    while role.dep_ != "appos" and role.head.i < role.i and k - role.head.i < 12:
        role = role.head
    if role.dep_ != "appos" or role.right_edge.i != k or not hung_on_a_place(role) \
            or any(c.dep_ == "conj" for c in role.children):  # "the Prime Minister of Great Britain Boris Johnson",
        return None  # the name read as a second speaker
    return role if role.lemma_.lower() in _SPEAKING_POSTS or role.lower_ in ROLE_HEADS else None


def hung_on_a_place(phrase: Token) -> bool:
    """Whether an apposition set off by a comma hangs on a place or a thing, not on a person or a post it could
    describe: "in Melitopol, the mayor of the city", "in Yaroviv, the Lviv regional governor, Maksym Kozytskyy";
    not "Pavlo Kyrylenko, governor of Donetsk" or "Ukraine's president, Volodymyr Zelenskiy"."""
    noun = phrase.head
    return phrase.left_edge.i > 0 and phrase.doc[phrase.left_edge.i - 1].text == "," \
        and noun.ent_type_ not in {"PERSON", "NORP"} and noun.lemma_.lower() not in _DESCRIBED_PEOPLE \
        and noun.lower_ not in ROLE_HEADS


def before_hung_speaker(content: TokRange, subj: Token, cue: Token, sent: Span) -> TokRange:
    """A content before its cue, without the speaker the parser hung on its last place ("... in Melitopol, the
    mayor of the city said.", ``_absorbed_role`` and ``absorbed_subject``): it ends at the comma before the
    speaker, when only commas stand between the speaker and the cue and the cue reports no clause after it."""
    doc = cue.doc
    if subj.dep_ != "appos" or not content[0] <= subj.i < content[1] or content[0] >= subj.left_edge.i - 1 \
            or not all(t.text == "," for t in doc[subj.right_edge.i + 1:cue.i]) or not hung_on_a_place(subj) \
            or any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return content
    return trim(sent, content[0], subj.left_edge.i - 1) or content


def subject_in_relative_aside(verb: Token) -> Token | None:
    """The speaker the parser gave to a relative clause between commas that it read as the clause reported: in
    "Ana Berg, who chairs the board, said ..." or "Ana Berg, whose firm, Nordhaven, builds ferries, said ...",
    the cue has no subject, and "Berg" is the subject of "chairs" or "builds", a clause hung under the cue before
    it. The name (or a noun that can speak) stands right before the comma that opens the aside, an adverb set off
    by commas aside ("Berg, meanwhile, who ...")."""
    doc, sent = verb.doc, verb.sent
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i - 1 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    relative = next((t for t in doc[sent.start:verb.i] if t.lower_ in {"who", "whose"}), None)
    if relative is None or relative.i - 2 < sent.start or doc[relative.i - 1].text != ",":
        return None
    k = relative.i - 2
    if doc[k].pos_ == "ADV" and k - 2 >= sent.start and doc[k - 1].text == ",":
        k -= 2
    name = doc[k]
    if name.dep_ not in SUBJECT_DEPS or name.head.i >= verb.i or verb not in name.ancestors or name.pos_ == "PRON" \
            or not (can_speak(name) or name.is_title and name.pos_ == "NOUN"):
        return None  # a capitalised noun is a name the tagger missed ("Sanders, meanwhile, who ...")
    return name


def _name_before_aside(last: Token) -> Token | None:
    """"Lopez, without naming him, accused": the apposed name before an aside opened by a preposition."""
    doc = last.doc
    aside = last
    while aside.dep_ != "prep" and aside.head.i != aside.i and last.i - aside.head.i < 6:
        aside = aside.head
    start = aside.left_edge.i
    if aside.dep_ != "prep" or start < 2 or doc[start - 1].text != ",":
        return None
    name = doc[start - 2]
    return name if name.dep_ == "appos" else None


def _name_before_role(last: Token) -> Token | None:
    """The name a role in apposition follows, the role ending at ``last`` ("Lena Ortiz, a spokeswoman in Kabul,",
    "Senator Ana Ruiz, the minority leader,"), made an apposition or a conjunct of the phrase before it."""
    role = last
    while role.dep_ != "appos" and role.head.i != role.i and last.i - role.head.i < 6:
        role = role.head
    if role.dep_ != "appos" or role.right_edge.i != last.i or role.pos_ not in {"NOUN", "PROPN"}:
        return None
    name = role.head
    comma = role.left_edge.i - 1
    if name.i >= role.i or comma <= name.i or role.doc[comma].text != "," or name.dep_ not in {"appos", "conj"}:
        return None
    return name if name.pos_ == "PROPN" or name.ent_type_ == "PERSON" else None


def cited_after_according(participle: Token) -> Token | None:
    """The object of "according to" just before a "citing" or "quoting": in "according to Reuters citing two
    officials" Reuters cites them, however the parser hung the participle (on "according", on the object, or on
    the sentence's verb), and with a comma before it."""
    doc = participle.doc
    if participle.lower_ not in CITING_WORDS or participle.i < 3:
        return None
    before = doc[participle.i - 2] if doc[participle.i - 1].text == "," else doc[participle.i - 1]
    for tok in (before, *before.ancestors):
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            return tok
    return None


def cited_party(participle: Token) -> Token | None:
    """Whom a "citing" or "quoting" cites, if they can speak: "two officials" or "a harbour pilot" in "citing two
    officials", not "an unfounded conspiracy theory"."""
    obj = next((g for g in participle.children if g.dep_ in {"dobj", "pobj"}), None)
    return obj if obj is not None and (can_speak(obj) or obj.lemma_.lower() in PEOPLE_NOUNS or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)) else None  # "his grandson Nick Jones"


_QUOTING_VERBS = frozenset({"quote", "cite"})


def quoted_speaker(verb: Token) -> Token | None:
    """Who says it in "Tass quoted the governor as saying ..." (the governor, whom the agency relays) and in "The
    governor was quoted as saying ...": the object, or the passive subject, of the quoting verb of the "as"."""
    if verb.dep_ != "pcomp" or verb.lemma_.lower() not in {"say", "tell"} or verb.head.lower_ != "as":
        return None
    act = verb.head.head
    if act.lemma_.lower() not in _QUOTING_VERBS or verb.head.dep_ != "prep":
        return None
    speaker = next((c for c in act.children if c.dep_ == "dobj" and c.i < verb.i), None) \
        or next((c for c in act.children if c.dep_ == "nsubjpass"), None)
    return speaker if speaker is not None and can_speak(speaker) else None


def subject_taken_as_object(verb: Token) -> Token | None:
    """The subject of a coordinated verb that the parser joined to the object or the complement of the verb before
    instead: in "Officials could not confirm the attack and the ministry did not respond to ..." it made "the
    ministry" a second thing not confirmed and left "respond" without a subject; in "The county is 43 percent black,
    and numerous polls and surveys have found ..." the polls and surveys a second thing the county is. The noun must
    end right before the verb's own words, be able to speak and be no name joined to a name of its kind; "did not" or
    a finite tense says a clause of its own begins."""
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"} or not (
            verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.i < verb.i for c in verb.children)):
        return None
    k = verb.left_edge.i - 1
    if k <= verb.head.i or verb.doc[k + 1].is_punct:
        return None
    chain = [verb.doc[k]]  # the noun, and the conjuncts up to the object the parser joined it to
    while chain[-1].dep_ == "conj" and len(chain) < 8:
        chain.append(chain[-1].head)
    first = chain[-1]
    if len(chain) < 2 or first.dep_ not in {"dobj", "pobj", "attr", "acomp"} \
            or not any(c.dep_ == "cc" for t in chain[1:] for c in t.children):
        return None
    # the subject opens after ", and" where a conjunct does: "... is 43 percent black, and numerous polls and surveys
    # have found ..." (the polls and surveys), else it is the noun before the verb
    noun = next((t for t in chain[:-1] if after_comma_and(t)), chain[0])
    if noun.ent_type_ and noun.ent_type_ == first.ent_type_:
        return None  # like joined to like: "a group chaired by Yermak and McFaul suggested ..." stays the group's
    return noun if can_speak(noun) else None


def after_comma_and(tok: Token) -> bool:
    """Whether ``tok``'s phrase opens after ", and" or ", but", where a clause of its own may begin."""
    k = tok.left_edge.i
    return k > 1 and tok.doc[k - 1].lower_ in {"and", "but"} and tok.doc[k - 2].text == ","


# Heads of a phrase for someone or something that can be a source: "the newspaper reported", "the group said",
# "the economist explained"
_SPEAKING_HEADS = VAGUE_HEADS | DOCUMENT_NOUNS | ROLE_HEADS | OCCUPATION_HEADS | INSTITUTION_HEADS | ANAPHOR_HEADS \
    | FAMILY_NOUNS


def can_speak(tok: Token) -> bool:
    """Whether a cited noun can be a source: a person, body or document ("citing two officials", "citing a
    report"), not a reason ("Citing an unfounded conspiracy theory, Trump accused ...")."""
    if an_act_of(tok):
        return False  # "citing the release of political prisoners", "citing his record of votes": no document
    return tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or tok.pos_ in {"PROPN", "PRON"} \
        or tok.lemma_.lower() in _SPEAKING_HEADS


def subject_left(verb: Token) -> int:
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i
