"""Full names the entity recogniser took for something else: "Natalia Usmanova" as an organisation.

The small English model often tags a Slavic or other foreign name as an organisation or a place; a pronoun then
cannot refer back to that person, and the nearest name it can take may be someone only mentioned. A name of two or
three capitalised words that opens with a given name (``data/given_names.txt``, curated for claimledger) and ends
in no word of a body or a place reads as a person (``match.reads_as_person``). A given name also tells, for most
names, whether the press writes "he" or "she" for its bearer (``data/name_pronouns.txt``, ``pronoun_of``), so that
"she said" is never Vladimir Putin.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Last words of names that open with a given name and still name no one: "Victoria Station", "Alexander Hospital".
PLACE_WORDS = frozenset("""
street road avenue square bridge river lake falls park station airport port memorial hospital college school hall
tower centre center palace cathedral island islands bay mountains valley county city town village garden gardens
corps empire democrats republicans prize award cup stadium arena line canal dam plant mine fields
""".split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of both lists: those that tell a pronoun are given names too."""
    text = resources.files("claimledger.resolve").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split()) \
        | frozenset(_name_pronouns())


@lru_cache(maxsize=1)
def _name_pronouns() -> dict[str, str]:
    text = resources.files("claimledger.resolve").joinpath("data/name_pronouns.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        pronoun, sep, names = line.partition(":")
        if sep and pronoun in {"he", "she"}:
            out.update((name, pronoun) for name in names.split())
    return out


def pronoun_of(name: str) -> str | None:
    """"he" or "she" for a full name that opens with a given name the list knows ("Vladimir Putin": "he"), else
    None (a surname alone, or a given name borne by men and women alike)."""
    words = name.split()
    return _name_pronouns().get(words[0]) if len(words) >= 2 else None
