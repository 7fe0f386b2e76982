"""Attribution relations in a parsed sentence: cue, source and content, from the dependency parse and a lexicon.

Covered: reporting verbs in any tense and voice ("reports", "previously reported", "said in a report"),
"according to X", closing quote attributions ("..., the message reads"), parenthetical cues ("..., the GUR
summarizes"), agentless passives ("It was also reported that ..."), object cues ("deny arms deliveries"),
topic cues ("GUR reports on ..."), "citing X" relays and several relations in one sentence. Verbs outside the
lexicon count as cues when the learned model (``cue_model.py``, trained on PolNeAR train) says so.
Pure: reads spaCy tokens, returns token-index spans; source resolution happens in ``claims``.

The rules live in layers, each module reading only those listed before it:

- ``spans``: the relation record (``Attribution``) and token ranges: trimming, noun phrases, quotation extents;
- ``edges``: where annotators draw a relation's edges once it is found ("also said", "Trump's");
- ``speakers``: who speaks for a cue;
- ``citing``: whom a cue's speaker cites ("reported, citing two officials");
- ``cues``: whether a verb is a cue and how far its cue runs;
- ``trailing``: where a cue that follows its content closes it ("..., a source said.");
- ``contents``: what a cue reports and where that content ends;
- ``frames``: relations not headed by a reporting verb;
- ``quotations``: quotations split by their cue or signed after it, and the segments of a content;
- ``continued``: quotations resumed or continued past their cue's sentence;
- ``rebuttals``: denials and confirmations of the clause before a comma ("..., a claim the Kremlin denies");
- ``feelings``: verbs of feeling in the active voice ("The remark worried analysts": the analysts' reaction);
- ``events``: what events and things do not say ("the blockade threatens ...", "a drop in exports raised fears");
- ``relations``: ``find_attributions``, which runs them all over a sentence.
"""
from .acts import next_act_start, object_act_start
from .contents import ANSWER_WORDS
from .cues import LEARNED_PROPOSAL
from .edges import before_their_next_reports, relative_clause_of, with_annotators_edges
from .events import raised_by_a_thing
from .quotations import DISCOURSE_MARKERS, content_segments
from .relations import NAME, find_attributions
from .signatures import signs_a_report
from .spans import (
    SEEN_PARTICIPLES,
    Attribution,
    TokRange,
    ends_line,
    of_speaking,
    opens_quotation,
    reporting_participle,
    start_of_line,
    unclosed_quotation,
)
from .speakers import quoted_speaker
from .trailing import closing_report

__all__ = [
    "ANSWER_WORDS",
    "DISCOURSE_MARKERS",
    "LEARNED_PROPOSAL",
    "NAME",
    "SEEN_PARTICIPLES",
    "Attribution",
    "TokRange",
    "before_their_next_reports",
    "closing_report",
    "content_segments",
    "ends_line",
    "find_attributions",
    "next_act_start",
    "object_act_start",
    "of_speaking",
    "opens_quotation",
    "quoted_speaker",
    "raised_by_a_thing",
    "reporting_participle",
    "signs_a_report",
    "start_of_line",
    "unclosed_quotation",
    "relative_clause_of",
    "with_annotators_edges",
]
