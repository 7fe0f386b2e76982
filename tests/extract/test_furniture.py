"""A newsletter promotion left in an article's text reports nothing: sentences written for these tests."""
from __future__ import annotations

import pytest

from claimledger.extract.furniture import is_promotion

_PROMOTION = ("skip past newsletter promotion Sign up to Harbour Brief Free weekly newsletter The editors round up "
              "the port news, telling you what moved and why Enter your email address")


@pytest.mark.parametrize("sentence", [
    _PROMOTION,
    "Sign up for our daily email alerts on the ferry strike.",
    "Subscribe to the Coastline newsletter, delivered to your inbox every Friday.",
])
def test_a_call_to_sign_up_for_a_newsletter_is_a_promotion(sentence):
    assert is_promotion(sentence)


@pytest.mark.parametrize("sentence", [
    "Some 10,000 readers signed up for the newsletter, the editor said.",
    "Sign up to the ferry union, the organisers urged the crews on Monday.",
])
def test_a_sentence_that_only_mentions_signing_up_is_no_promotion(sentence):
    assert not is_promotion(sentence)


def test_a_promotion_makes_no_claim_and_the_sentences_around_it_still_do(analyze):
    text = (f"The harbour master said the quay would reopen on Monday.\n\n{_PROMOTION}.\n\n"
            "Some 10,000 readers signed up for the newsletter, the editor said.")
    claims = analyze(text).claims
    assert [c.source.span.text for c in claims] == ["The harbour master", "the editor"]
