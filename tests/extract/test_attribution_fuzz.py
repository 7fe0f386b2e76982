"""Texts pieced together at random from the marks and words that attribution rules key on: each one analyses
without an error, and every claim's spans are the text's own characters."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

_PIECES = ["-", "–", "—", "―", "--", "- said", "- said on Friday", "said", "says", "told", "stressed", "adding",
           "warning", "according to", "quoted by", "cited by", "on Friday", "has learned", "the minister", "Kowalski",
           "Oksana Lind", "Lind", "he", "that", "The talks failed", "the port will close", ".", ",", ":", "\"", "“",
           "”", "''", "(BelTA)", "MINSK, 21 July", "\n", "\n\n", ".-", "which", "who"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.sampled_from([" ", ""]))
@example(["The talks failed", "the port will close", "- said"], " ")  # a signature cut off at the end of the text
@example(["“", "The talks failed", "―", "”", "said", "Oksana Lind"], " ")  # a named speaker ending the text
def test_random_attribution_texts_analyse_with_spans_of_their_own(analyze, pieces, glue):
    text = glue.join(pieces)
    analysis = analyze(text)
    for claim in analysis.claims:
        assert text[claim.content.start:claim.content.end] == claim.content.text
        for span in (claim.cue, claim.source.span, *(r.span for r in claim.relayed_by)):
            assert span is None or text[span.start:span.end] == span.text
