"""The site's own furniture left in an article's text: a newsletter promotion ("Sign up to Harbour Brief, our free
weekly newsletter: the editors round up the port news, telling you what moved and why. Enter your email"). Such a
sentence is the outlet selling itself, and its verbs of telling report nothing. Pure."""
from __future__ import annotations

import re

# A promotion opens on its call to sign up and names what one signs up for
_OPENS_A_PROMOTION = re.compile(r"^\W*(skip past newsletter promotion\b|sign up (to|for)\b|subscribe to\b)", re.I)
_SIGNED_UP_FOR = re.compile(r"\b(newsletters?|e-?mails?|inbox|alerts)\b", re.I)


def is_promotion(sentence: str) -> bool:
    """Whether a sentence is a newsletter promotion from its first word: a call to sign up or subscribe, to a
    newsletter, an email or alerts. A sentence that only mentions one ("Some 10,000 readers signed up for the
    newsletter, the editor said") reports as any other."""
    return bool(_OPENS_A_PROMOTION.match(sentence)) and bool(_SIGNED_UP_FOR.search(sentence))
