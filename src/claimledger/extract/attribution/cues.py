"""Whether a verb is a cue, from the reporting lexicon or the learned cue model, and how far its cue runs
("has said", "did not deny"); and the verbs whose object is the hearer ("told the crowd")."""
from __future__ import annotations

from spacy.tokens import Token

from ..cue_model import load_cue_model, verb_features
from ..lexicon import (
    ARMED_FORCE_HEADS,
    CITING_WORDS,
    CONFIRM_CUES,
    DENY_CUES,
    DOCUMENT_CUES,
    DOCUMENT_NOUNS,
    FORCE_VERBS,
    NEVER_CUES,
    QUOTE_MARKS,
    REPORTING_VERBS,
    SEEMING_VERBS,
    SPEECH_VERBS,
)
from .hearsay import said_of_the_noun_before
from .spans import TokRange, quoted_by
from .speakers import subject_of

# Verbs whose object is the hearer: "told reporters", "warned the council"
ADDRESSEE_CUES = {"tell", "inform", "notify", "remind", "assure", "ask", "warn", "advise", "brief"}


def is_cue_verb(tok: Token) -> bool:
    """A lexicon verb read as a cue; a verb of documents ("shows", "finds") only when a document is its subject;
    not an attack by arms (``armed_attack``), nor a verb of armed forces that is not one of speech."""
    if tok.pos_ not in {"VERB", "AUX"} and not tok.tag_.startswith("VB") and not _verb_read_as_noun(tok):
        return False
    lemma = tok.lemma_.lower()
    if lemma not in REPORTING_VERBS or armed_attack(tok) or armed_defence(tok) or concessive_idiom(tok) \
            or took_lives(tok) or rang(tok) or recalled_home(tok) or appeal_to_readers(tok) \
            or quoted_by(tok) is not None:
        return False  # "cited by AFP" relays the cue it follows
    subj = subject_of(tok)[0] if lemma not in _ARMED_FORCE_CUES or lemma in DOCUMENT_CUES else None
    if lemma not in _ARMED_FORCE_CUES and armed_force(subj):
        return False  # "Russian forces continue their siege", but "the army said", "the regiment called on ..."
    if lemma in DOCUMENT_CUES and lemma not in {"state", "indicate"}:
        return subj is not None and a_document(subj)
    return True


# Nouns for many documents at once, which speak as the documents do: "a new batch of emails showed ..."
_BUNDLES = frozenset({"batch", "set", "series", "trove", "cache", "collection", "copy", "review", "pile", "stack"})


def a_document(noun: Token) -> bool:
    """Whether a noun is a document or a bundle of them ("a batch of State Department emails")."""
    if noun.lemma_.lower() in DOCUMENT_NOUNS:
        return True
    return noun.lemma_.lower() in _BUNDLES and any(
        g.lemma_.lower() in DOCUMENT_NOUNS for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj")


# Verbs of an appeal, and whom it goes to, in a passive with no one asking: "Anyone with information is asked to call
# police", which closes a crime report and reports nothing
_APPEALS = frozenset({"ask", "urge", "encourage", "request", "invite", "advise"})
_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "those"})


def appeal_to_readers(tok: Token) -> bool:
    """Whether ``tok`` is a passive verb of asking that asks anyone at all to do something, with no one named asking:
    "Anyone with information is asked to contact the harbour police", "Those who saw the crash are urged to call"."""
    if tok.lemma_.lower() not in _APPEALS or not any(c.dep_ == "auxpass" for c in tok.children) \
            or any(c.dep_ == "agent" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.lower_ in _ANYONE and any(c.dep_ == "xcomp" for c in tok.children)


# "That said, ...", "Having said that, ...": a writer's concession before a comma, no one's report
_CONCESSIVE_IDIOMS = frozenset({("that", "said"), ("that", "being", "said"), ("having", "said", "that"),
                                ("with", "that", "said"), ("that", "having", "been", "said"), ("all", "that", "said")})


def concessive_idiom(tok: Token) -> bool:
    """Whether ``tok`` is the verb of an idiom of concession that opens its sentence, before a comma: "That said,
    the port stays open", "Having said that, ..." (after "But" or "And" too)."""
    if tok.lower_ != "said" or tok.i - tok.sent.start > 8:
        return False
    words = [t for t in tok.doc[tok.sent.start:tok.i + 4] if not t.is_space]
    while words and words[0].lower_ in {"but", "and", "yet"}:
        words = words[1:]
    comma = next((k for k, t in enumerate(words[:6]) if t.text == ","), None)
    return comma is not None and any(t.i == tok.i for t in words[:comma]) \
        and tuple(t.lower_ for t in words[:comma]) in _CONCESSIVE_IDIOMS


def _verb_read_as_noun(tok: Token) -> bool:
    """A word the tagger took for a noun that the parser gave a subject and a clause or an infinitive, as only a
    verb has them: "Leaked documents show he took a loss", "The campaign plans to send him to Ohio", "The agency's
    envoy reports that ...", with "show", "plans" and "reports" nouns (the last clause hung on it as a noun's)."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return False
    return that_clause(tok) is not None or any(c.i > tok.i and (c.dep_ == "ccomp" or c.dep_ in {"xcomp", "acl"} and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in tok.children)


def learned_cue(tok: Token) -> bool:
    """A verb outside the lexicon that the learned model (``cue_model.py``) reads as attributing; never an act of
    force, nor anything armed forces do."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma in NEVER_CUES or tok.lower_ in CITING_WORDS or quoted_by(tok) is not None:
        return False  # "citing two officials", "quoted by AFP" relay another cue and are no cue of their own
    if lemma in FORCE_VERBS or concessive_idiom(tok):
        return False
    if lemma in REPORTING_VERBS and not any(c.dep_ == "ccomp" for c in tok.children):
        return False  # a lexicon verb the rules turned down counts only with a clause: not "He read a book"
    model = load_cue_model()
    return model is not None and model.probability(verb_features(tok)) >= LEARNED_PROPOSAL \
        and not armed_force(subject_of(tok)[0])


# What armed forces do that is a report: speak, deny, confirm, call for, publish.
_ARMED_FORCE_CUES = SPEECH_VERBS | DENY_CUES | CONFIRM_CUES | {"call", "urge", "demand", "accuse", "publish", "post"}


def armed_force(tok: Token | None) -> bool:
    """Troops, forces, an army or a unit: "Russian forces", "the 155th brigade", "Ukraine's army"."""
    return tok is not None and tok.lemma_.lower() in ARMED_FORCE_HEADS


_PLACES = {"GPE", "LOC", "FAC"}
# What is attacked by hand or by arms, not by words: a building, a vehicle, a site ("attacked a police station")
_STRUCK_THINGS = frozenset("""
building station shop store ship vessel boat truck car bus train infrastructure port convoy depot plant house
home embassy base bridge airport checkpoint barracks facility
""".split())
# Who attack by hand or by arms ("pirates attacked the tanker", "rioters attacked the ministry")
_ASSAILANTS = frozenset("pirate rioter gunman attacker raider hacker mob assailant terrorist".split())
# What one attacks with that is no word ("attacked police with rocks and flares")
_WEAPONS = frozenset("rock stone flare knife gun rifle rocket missile drone grenade bomb machete stick bat".split())


def armed_attack(word: Token) -> bool:
    """An attack by arms or by hand, not by words: by a country on a place ("Russia attacked Ukraine", "Iran's attack
    on Israel"), by armed forces ("Russian forces attacked the depot"), by assailants ("pirates attacked the
    tanker"), on a building or a vehicle ("youths attacked a police station") or with a weapon ("attacked police
    with rocks"). "The senator attacked the bill" and "Trump attacked Machado" are speech, whatever the tagger makes
    of the name."""
    if word.lemma_.lower() != "attack":
        return False
    if word.pos_ == "NOUN":
        target = next((g for c in word.children if c.dep_ == "prep" and c.lower_ == "on"
                       for g in c.children if g.dep_ == "pobj"), None)
        attacker = next((c for c in word.children if c.dep_ == "poss"), None)
    else:
        target = next((c for c in word.children if c.dep_ == "dobj"), None)
        attacker = subject_of(word)[0]
    armed_with = any(g.lemma_.lower() in _WEAPONS for c in word.children if c.dep_ == "prep" and c.lower_ == "with"
                     for g in c.children if g.dep_ == "pobj")
    return armed_force(attacker) or armed_with or attacker is not None and (
        attacker.lemma_.lower() in _ASSAILANTS or attacker.ent_type_ == "GPE" and target is not None
        and target.ent_type_ in _PLACES) or target is not None and any(
        t.lemma_.lower() in _STRUCK_THINGS for t in (target, *target.conjuncts))


# What one defends by arms: a place, a line or a seat ("defend our land", "defending the party's majorities")
_HELD_GROUND = frozenset("""
land territory city town village country homeland border frontier base airspace sky coast flank line front soil
capital region seat majority
""".split())
_REFLEXIVES = {"itself", "themselves", "ourselves"}


def armed_defence(word: Token) -> bool:
    """A defence by arms, not by words: "We will defend our land", "troops defended Mariupol", "Ukraine defends
    itself", "as Ukraine defends in the east", "Nato defences on the eastern flank". "Biden defended his decision"
    and "Schilling defended himself against accusations" are speech."""
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN":
        return lemma in {"defence", "defense"} and word.tag_ == "NNS"
    if lemma != "defend":
        return False
    held = next((c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if held is None:
        return word.dep_ not in {"relcl", "acl"} and not any(c.dep_ in {"ccomp", "xcomp"} for c in word.children)
    if held.lower_ in _REFLEXIVES:
        subj = subject_of(word)[0]
        return armed_force(subj) or subj is not None and subj.ent_type_ in {"GPE", "NORP"}
    return held.ent_type_ in _PLACES or held.lemma_.lower() in _HELD_GROUND


def took_lives(word: Token) -> bool:
    """A claim on lives, which takes them: "the war has claimed about 14,000 lives", "the fire claimed the life of
    a guard", "the disease claimed more victims"."""
    return word.lemma_.lower() == "claim" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in {"life", "victim"} for c in word.children)


# Whom one rings or sends for, named by a common noun
_CALLED_OUT = frozenset({"police", "ambulance", "authority", "firefighter", "mother", "father", "mom", "dad", "wife",
                         "husband", "friend", "son", "daughter", "parent", "family", "lawyer", "doctor", "office"})
# What may follow whom one calls when one calls them something: a name, a word for them, a quotation
_NAMING_NEXT = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})


def rang(word: Token) -> bool:
    """"call" with one object, a person, a number or someone sent for, and nothing it calls them: a telephone call
    or a summons, no report ("Obama called Sanders shortly after the winner was declared", "she called police to her
    apartment", "someone called 911", "the mayor called him again yesterday"; but "called him a liar", "called
    Merkel “the Chancellor”", "called Mr. Yanukovych, a former ...", "called them on it", "called an emergency
    session", "called for", "called on")."""
    if word.lemma_.lower() != "call" or any(c.dep_ in {"oprd", "ccomp", "xcomp", "acomp", "attr", "prt", "dative"}
                                             or c.dep_ == "prep" and c.lower_ == "on" and not any(
                                                 o.ent_type_ in {"DATE", "TIME"} for o in c.children)
                                             for c in word.children):
        return False
    objects = [c for c in word.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    if not (obj.tag_ == "PRP" and obj.lower_ != "it" or obj.pos_ == "PROPN" or obj.like_num
            or obj.lemma_.lower() in _CALLED_OUT):
        return False
    if obj.right_edge.i != obj.i:
        return False  # what the object is called may hang on it: "Mr. Yanukovych, a former ...", "Merkel “...”"
    doc = word.doc
    if any(t.is_quote for t in doc[word.left_edge.i:word.right_edge.i + 1]) \
            or any(t.is_quote for t in doc[obj.i + 1:min(obj.i + 7, word.sent.end)]):
        return False  # "calling him, among other things, “a failed candidate.”", where the parser may hang it elsewhere
    nxt = doc[obj.i + 1] if obj.i + 1 < word.sent.end else None
    return nxt is None or not (nxt.pos_ in _NAMING_NEXT and nxt.ent_type_ not in {"DATE", "TIME"})


# Whom a state recalls home, which it does not remember aloud
_RECALLED_HOME = frozenset({"ambassador", "envoy", "diplomat", "consul", "staff", "personnel"})


def recalled_home(word: Token) -> bool:
    """"Belarus recalled its UK ambassador", "Several western countries recalled their ambassadors": a summons
    home, no memory told ("She recalled the fear in the shelters", "recalled his years as ambassador")."""
    return word.lemma_.lower() == "recall" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _RECALLED_HOME for c in word.children)


RAISING_ADJECTIVES = frozenset({"certain", "sure", "likely", "unlikely", "bound"})  # "is sure to face questions"


def raising_cue(tok: Token) -> bool:
    """A cue whose subject belongs to what is reported (``raising.py``): an agentless passive ("is expected", "was
    instructed"), a verb of appearance or an adjective of likelihood after "be"."""
    if tok.lemma_.lower() in SEEMING_VERBS or tok.dep_ == "acomp" and tok.lemma_.lower() in RAISING_ADJECTIVES \
            or said_of_the_noun_before(tok):
        return True
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children)


# Learned cues are proposed below the cue model's own threshold: the relation check (``relation_model.py``)
# weighs each proposal with its source and content before a claim is made of it.
LEARNED_PROPOSAL = 0.2


def cue_range_of(verb: Token) -> TokRange:
    """The cue: the verb with its auxiliaries, particles and a "that" it governs; not an auxiliary outside the
    quotation that opens at the verb ("was “telling you that ...”")."""
    parts = [verb.i]
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in {"aux", "auxpass", "neg", "prt"} and abs(c.i - verb.i) <= 3 \
                and not any(t.text in QUOTE_MARKS for t in doc[min(c.i, verb.i) + 1:max(c.i, verb.i)]):
            parts.append(c.i)
        if c.dep_ in {"nsubjpass", "nsubj"} and c.lower_ == "it" and c.i < verb.i and verb.i - c.i <= 4 \
                and any(a.dep_ == "auxpass" for a in verb.children):
            parts.append(c.i)  # "It was reported"
    return min(parts), max(parts) + 1


_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "thought": "think",
              "found": "find", "knew": "know", "heard": "hear", "read": "read", "reads": "read"}


def verb_lemma_guess(tok: Token) -> str:
    low = tok.lower_
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for cand in (tok.lemma_.lower(), low, low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else "",
                 low[:-1] if low.endswith("ed") else ""):
        if cand in REPORTING_VERBS:
            return cand
    return tok.lemma_.lower()


def that_clause(noun: Token) -> Token | None:
    """A clause opened by the complementizer "that" that the parser hung after ``noun`` as a noun's own (``acl``,
    ``relcl``) where a verb's is meant: what a verb the tagger took for a noun reports ("The envoy reports that
    ..."), or what a hearer is told ("informed customers that prices may rise")."""
    return next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.i > noun.i
                 and c.left_edge.dep_ == "mark" and c.left_edge.lower_ == "that"), None)
