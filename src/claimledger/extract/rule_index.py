"""Token rules matched through an index of the values their first token must have, instead of spaCy's ``Matcher``.

spaCy's ``Matcher`` tries every rule at every token. en_core_web_sm's ``attribute_ruler`` holds 179 rules (a tag gives
a part of speech and morphology, "gets" tagged VBZ has the lemma "get", "i" as a subject is nominative, ...), and
on news that costs about a tenth of the whole analysis, more than all of claimledger's own components; the
gazetteer's ruler holds 62 rules for names written in capitals ("DPRK", "ROK"), which the phrase matcher, reading
lower case, cannot hold. Every one of these rules is a few tokens, and each token's test is an equality, a set, a
set to avoid or a regular expression over its text, lower-case form, tag, dependency label or whether it is a
space. ``RuleIndex`` files each rule under one value its first token must have, so a token is tested only against
the rules filed under its own values (and the few rules with none), and finds the matches the ``Matcher`` finds.
``index_attribute_ruler`` and ``index_entity_ruler`` make a ruler read its rules through the index; a ruler with a
rule of a shape the index does not read (an operator, another attribute) keeps its ``Matcher``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import chain
from types import MethodType
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.tokens import Doc

# the attributes a test may read, as columns of ``Doc.to_array``, the most telling first: a rule is filed under the
# first of them its first token names values of
_ATTRS = {"ORTH": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = list(_ATTRS)
Row = Sequence[int]
Test = Callable[[Row, Any], bool]
Pattern = list[dict[str, object]]


class Unreadable(Exception):
    """A rule of a shape the index does not read."""


def _value_test(column: int, spec: object, strings: Any) -> tuple[Test, set[int] | None]:
    """A test of one attribute of a token's row, and the values it accepts where it names them."""
    if isinstance(spec, bool):
        wanted = int(spec)
        return (lambda row, _s: row[column] == wanted), {wanted}
    if isinstance(spec, str):
        h = strings[spec]
        return (lambda row, _s: row[column] == h), {h}
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN" and isinstance(arg, list):
            inside = {strings[v] for v in arg}
            return (lambda row, _s: row[column] in inside), inside
        if op == "NOT_IN" and isinstance(arg, list):
            outside = {strings[v] for v in arg}
            return (lambda row, _s: row[column] not in outside), None
        if op == "REGEX" and isinstance(arg, str):
            pattern = re.compile(arg)
            return (lambda row, s: pattern.search(s[row[column]]) is not None), None
    raise Unreadable(spec)


def _token_test(spec: dict[str, object], strings: Any) -> tuple[Test, tuple[int, set[int]] | None]:
    """A test of a token's row for one token of a rule, and the most telling (column, values) it names, if any."""
    if not spec or set(spec) - set(_ATTRS):
        raise Unreadable(spec)
    tests: list[Test] = []
    keys: list[tuple[int, set[int]]] = []
    for name, value in spec.items():
        column = _COLUMNS.index(name)
        test, values = _value_test(column, value, strings)
        tests.append(test)
        if values is not None:
            keys.append((column, values))
    key = min(keys, key=lambda k: k[0]) if keys else None
    if len(tests) == 1:
        return tests[0], key
    return (lambda row, s: all(t(row, s) for t in tests)), key


class RuleIndex:
    """Rules, (match id, patterns) each, filed under a value of their first token, with the tests of their tokens."""

    def __init__(self, rules: Sequence[tuple[int, Sequence[Pattern]]], strings: Any) -> None:
        self.filed: dict[tuple[int, int], list[tuple[int, int, list[Test]]]] = defaultdict(list)
        self.unfiled: list[tuple[int, int, list[Test]]] = []
        for order, (match_id, patterns) in enumerate(rules):
            for pattern in patterns:
                if not isinstance(pattern, list) or not pattern or any("OP" in t for t in pattern):
                    raise Unreadable(pattern)
                tests = [_token_test(spec, strings) for spec in pattern]
                rule = (order, match_id, [t for t, _ in tests])
                key = tests[0][1]
                if key is None:
                    self.unfiled.append(rule)
                    continue
                column, values = key
                for value in values:
                    self.filed[column, value].append(rule)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) of each match, once, by start, then by the rule's place in ``rules``."""
        rows = doc.to_array([_ATTRS[c] for c in _COLUMNS]).tolist()
        strings = doc.vocab.strings
        n = len(rows)
        filed, unfiled = self.filed, self.unfiled
        found: set[tuple[int, int, int, int]] = set()
        for i, row in enumerate(rows):
            rules = chain.from_iterable(filed.get((column, value), ()) for column, value in enumerate(row))
            for order, match_id, tests in chain(rules, unfiled):
                end = i + len(tests)
                if tests[0](row, strings) and (end == i + 1 or end <= n and all(
                        test(rows[i + k], strings) for k, test in enumerate(tests) if k)):
                    found.add((i, order, end, match_id))
        return [(match_id, start, end) for start, _order, end, match_id in sorted(found)]


def _ruler_rules(ruler: Any) -> list[tuple[int, list[Pattern]]]:
    """(match id, patterns) for each of an ``AttributeRuler``'s rules, in the order ``AttributeRuler.add`` numbered
    them."""
    strings = ruler.vocab.strings
    rules = []
    for number in range(len(ruler.attrs)):
        match_id = strings[str(number)]
        stored = ruler.matcher.get(match_id)
        if stored is None:
            raise Unreadable(number)
        rules.append((match_id, [list(p) for p in stored[1]]))
    return rules


def index_attribute_ruler(ruler: Any) -> bool:
    """Match an ``AttributeRuler``'s rules through the index from now on, giving its own ``set_annotations`` what
    ``AttributeRuler.match`` gives: (rule number, match id, start, end), sorted, so that a later rule overrides an
    earlier one. False, leaving the ruler as it was, for rules the index cannot read."""
    try:
        index = RuleIndex(_ruler_rules(ruler), ruler.vocab.strings)
    except Unreadable:
        return False
    number = {ruler.vocab.strings[str(n)]: n for n in range(len(ruler.attrs))}

    def match(_self: Any, doc: Doc) -> list[tuple[int, int, int, int]]:
        return sorted((number[m], m, start, end) for m, start, end in index(doc))

    ruler.match = MethodType(match, ruler)
    return True


def index_entity_ruler(ruler: Any) -> bool:
    """Match an ``EntityRuler``'s token rules through the index from now on (its phrases keep their phrase
    matcher), once all its rules are added; its own ``set_annotations`` gets what ``EntityRuler.match`` gives: the
    matches of both, once each, the longest first and, among as long, the last. False, leaving the ruler as it
    was, for rules the index cannot read."""
    strings = ruler.nlp.vocab.strings
    try:
        index = RuleIndex([(strings.add(label), list(patterns)) for label, patterns in ruler.token_patterns.items()],
                          strings)
    except Unreadable:
        return False

    def match(self: Any, doc: Doc) -> list[tuple[int, int, int]]:
        found = {(m, start, end) for m, start, end in chain(index(doc), self.phrase_matcher(doc)) if start != end}
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    ruler.match = MethodType(match, ruler)
    return True
