"""Transliteration-aware alias keys and mention resolution."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import EntityMention, stable_id
from .given_names import PLACE_WORDS, given_names

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, GazetteerEntity

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієґї",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
     "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "g", "yi"], strict=True))
# Latin letters that Unicode does not decompose into a base letter and a mark: "Ławrow" ~ "Lavrov".
_UNDECOMPOSED = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
_LETTERS = {**_CYRILLIC, **_UNDECOMPOSED}
# Spelling variants that transliterations of one name differ by; applied to the romanised, lower-cased key.
_FOLDS = (("shch", "sh"), ("kh", "h"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("yi", "i"), ("iy", "i"),
          ("y", "i"), ("j", "i"), ("w", "v"), ("ck", "k"), ("c", "k"), ("q", "k"), ("ph", "f"),
          ("ou", "u"), ("oo", "u"), ("ee", "i"), ("eo", "o"), ("ae", "e"))
# What a key keeps: Latin letters once folded, digits, and the letters of scripts that are not transliterated here:
# Greek, Hebrew, Arabic, Georgian, Hangul (its syllables come apart into jamo under NFKD) and CJK ideographs.
_NON_ALNUM = re.compile(r"[^0-9a-z\u0370-\u03ff\u0590-\u05ff\u0600-\u06ff\u10a0-\u10ff\u1100-\u11ff\u3130-\u318f"
                        r"\u4e00-\u9fff\uac00-\ud7a3]+")
_DOUBLE = re.compile(r"(.)\1+")
_DOUBLE_DIGRAPH = re.compile(r"(zh|sh|ch|kh|ts)\1")
_POSSESSIVE = re.compile(r"['’]s\b")
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")  # "Volodymyr Zelenskiy’s" names Volodymyr Zelenskiy, "Jones’" Jones


@lru_cache(maxsize=1 << 16)  # one document asks for the same names again and again
def alias_key(text: str) -> str:
    """A key under which spelling variants of one name meet: "Geran-2" ~ "Geran 2", "Kyiv" ~ "Kiev"."""
    t = _POSSESSIVE.sub("", text.strip().lower())
    t = "".join(_LETTERS.get(ch, ch) for ch in t)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = _NON_ALNUM.sub("", t)
    t = _DOUBLE_DIGRAPH.sub(r"\1", t)  # Zaporizhzhia ~ Zaporizhia
    for a, b in _FOLDS:
        t = t.replace(a, b)
    return _DOUBLE.sub(r"\1", t)


def usual_label(entity_id: str | None, mentions: Sequence[EntityMention]) -> str | None:
    """The label the recogniser gave an entity most often in a document, the first one on a tie: one name may be
    tagged a person in one sentence and an organisation in the next ("SEACOM"), and keeps one id
    (``local_entity_id``)."""
    labels = Counter(m.label for m in mentions if m.entity_id == entity_id)
    return labels.most_common(1)[0][0] if labels else None


def local_entity_id(text: str) -> str:
    """An id for an entity the gazetteer does not know: stable across documents for the same spelling, whatever the
    recogniser took it for. "Seacom" tagged a person in one sentence and an organisation in the next, or "Downing
    Street" a place here and a building there, is one entity, with one track record."""
    return stable_id(alias_key(text), prefix="ent_")


def resolve_mention(gazetteer: Gazetteer, text: str, label: str,
                    ruler_id: str | None = None) -> tuple[str, str, GazetteerEntity | None]:
    """(entity_id, canonical name, gazetteer entity or None) for one mention."""
    ent = gazetteer.get(ruler_id) if ruler_id else None
    if ent is None:
        ent = gazetteer.lookup(text) or outlet_described(gazetteer, text)
    if ent is None and label == "PERSON":
        ent = _known_person_spelt_otherwise(gazetteer, text)
    if ent is not None:
        return ent.id, ent.name, ent
    name = _without_article(text.strip())
    if label == "PERSON" or " " in name:  # a one-word shop name keeps its "'s": "McDonald's", "Macy's"
        name = _TRAILING_POSSESSIVE.sub("", name)
    return local_entity_id(name), name, None


def _known_person_spelt_otherwise(gazetteer: Gazetteer, text: str) -> GazetteerEntity | None:
    """A person the gazetteer knows, named with a surname it spells that way and a given name it spells otherwise,
    or misspelt by one letter: "Sergei Ławrow" (the gazetteer has "Ławrow" and "Sergei Lavrov"), "Anthony Blinken";
    a long surname may be one letter off too where the given name fits ("Wołodymyr Zelnski"). Never another of the
    family: "Jill Biden" is not Joe Biden."""
    words = _POSSESSIVE.sub("", text).split()
    if len(words) < 2:
        return None
    surname = alias_key(words[-1])
    hit = gazetteer.by_key.get(surname)
    if hit is None and len(surname) >= 6:  # "Wołodymyr Zelnski": the surname one letter off too, if only one fits
        near = [pid for pid, (surnames, _given) in gazetteer.people.items()
                if any(_within_one_edit(surname, k) for k in surnames)]
        hit = near[0] if len(near) == 1 else None
    keys = gazetteer.people.get(hit) if hit is not None else None  # None: no person of that name
    given = alias_key(words[0])
    return gazetteer.get(hit) if keys is not None and any(_within_one_edit(given, k) for k in keys[1]) else None


def _within_one_edit(a: str, b: str) -> bool:
    """Whether two keys differ by at most one letter added, dropped or changed ("anthony" ~ "antony")."""
    if abs(len(a) - len(b)) > 1 or not a or not b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def _without_article(name: str) -> str:
    """A name without the article the text put before it, so that "the Black Sea" and "Black Sea" meet; a name
    of one word more keeps it ("The Guardian", "The Hague")."""
    words = name.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() == "the" and " " in words[1].strip():
        return words[1].strip()
    return name


# Words that describe a news outlet around its name: "the state-run Belta news agency", "the Reuters agency".
_OUTLET_WORDS = frozenset("news agency service newspaper daily paper broadcaster channel television tv radio network "
                          "wire outlet website portal correspondent correspondents reporter reporters".split())
_OUTLET_TYPES = frozenset({"outlet", "state media"})
# What an outlet is, between its name and its kind: "Tass state news agency", "Rossiya state television"
_OUTLET_QUALIFIERS = frozenset("state state-run state-owned state-controlled official government public".split())


def outlet_named_after(text: str) -> str | None:
    """The name that closes a description of an outlet: "Tass" in "the Russian news agency Tass", "Mediazona" in
    "Russian independent news outlet, Mediazona", "SOTA" in "the Telegram channel SOTA". One to four words after
    the description's last word, itself in lower case, each capitalised: "the news agency of Ukraine" and "The
    Daily Beast Julia Davis" name none."""
    words = text.split()
    last = max((i for i, w in enumerate(words) if w.rstrip(",") in _OUTLET_WORDS), default=None)
    if last is None or not 1 <= len(words) - last - 1 <= 4:
        return None
    name = words[last + 1:]
    return " ".join(name) if all(w[:1].isupper() for w in name) else None


def outlet_described(gazetteer: Gazetteer, text: str) -> GazetteerEntity | None:
    """A known outlet named inside a description of it: "the RIA Novosti news agency", "Tass news agency", "the
    state-run Belta news agency", "Russia's Tass state news agency", "the Russian news agency Tass", and one whose
    reporter speaks for it ("an Ukrinform correspondent"). Only an outlet: "the Ukraine news agency" is no state."""
    after = outlet_named_after(text)
    if after is not None:
        ent = gazetteer.lookup(after)
        return ent if ent is not None and ent.type in _OUTLET_TYPES else None
    words = text.split()
    generic = len(words)
    while generic and (words[generic - 1].lower() in _OUTLET_WORDS
                       or generic < len(words) and words[generic - 1].lower() in _OUTLET_QUALIFIERS):
        generic -= 1
    if generic == len(words):
        return None
    for start in range(min(generic, 4)):  # a few words of description before the name, and no aside
        if start and words[start - 1].endswith(","):
            break
        ent = gazetteer.lookup(" ".join(words[start:generic]))
        if ent is not None:
            return ent if ent.type in _OUTLET_TYPES else None
    return None


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalpha() for ch in w)]


# The last word of a body's name, which is no one's surname: "Democratic Party" and "the party", "The New York
# Times" and "Times" are not a person and their surname.
_BODY_WORDS = frozenset("""
party union times post news council ministry agency bank group company corp inc committee court army forces command
service office department journal street university institute foundation association front guard fleet navy church
house senate parliament assembly commission network channel tv radio press club league alliance treaty agreement
accord act pact summit fund program programme project plan initiative mission operation forum organization
organisation corporation federation republic state states kingdom administration headquarters representatives
congress duma rada knesset bundestag sejm cabinet government
""".split())
_NAMED_LABELS = frozenset({"PERSON", "ORG"})  # the small English model often tags a foreign name as an organisation


def surname_key(name: str) -> str:
    """The key people are told apart by: the last word of a name as ``alias_key`` spells it, so that "Vladimir
    Putin’s", "Putin" and "Mr Putin" meet, and so do "Zelensky" and "Zelenskiy"; "" for a name with no word."""
    words = _words(name)
    return alias_key(words[-1]) if words else ""


def written_as_name(m: EntityMention) -> bool:
    """Whether a mention names something: one the gazetteer knows, or not written all in lower case ("navy",
    "treasury" are words the tagger took for names)."""
    return m.in_gazetteer or not m.text.islower()


def names_a_body(name: str) -> bool:
    """Whether a name ends in a word only a body's name ends in: "the UN Security Council", "World Food Programme"."""
    words = _words(name)
    return bool(words) and words[-1].strip(".,;:'’\"").lower() in _BODY_WORDS


def _name_words(text: str) -> list[str] | None:
    """The words of a name that reads as someone's full name: two or three capitalised words, the last no body's
    word; None otherwise."""
    words = _words(text)
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or names_a_body(text):
        return None
    return words


def reads_as_person(text: str) -> bool:
    """Whether a name the entity recogniser took for something else reads as a person's full name (``_name_words``)
    whose first word is a given name ("Natalia Usmanova") and whose last names no place ("Alexander Hospital")."""
    words = _name_words(text)
    return words is not None and all(w.replace("-", "").isalpha() for w in words) and words[0] in given_names() \
        and words[-1].lower() not in PLACE_WORDS


def _full_name(m: EntityMention) -> str | None:
    """The surname key of a mention that reads as someone's full name (``_name_words``); None otherwise."""
    return surname_key(m.text) if m.label in _NAMED_LABELS and _name_words(m.text) is not None else None


def _people_by_surname(mentions: Sequence[EntityMention]) -> dict[str, dict[str, str]]:
    """Surname key -> entity id -> the shortest name written for it, over the full names among the mentions."""
    full: dict[str, dict[str, str]] = {}
    for m in mentions:
        key = _full_name(m)
        if key is None:
            continue
        name = _TRAILING_POSSESSIVE.sub("", m.name)  # "Vladimir Putin’s" names Vladimir Putin
        for k in (key, _family_name_first(m)):
            if k:
                names = full.setdefault(k, {})
                names[m.entity_id] = min(names.get(m.entity_id, name), name, key=len)
    return full


# Family names that Chinese and Korean names open with, as the press writes them: "Wang Yi", "Kim Jong Un".
_FAMILY_NAMES_FIRST = frozenset("""xi wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo
liang song zheng xie han tang feng deng cao peng zeng qin jiang wen kim moon yoon lee park choi""".split())


def _family_name_first(m: EntityMention) -> str:
    """The key of the family name that opens a Chinese or Korean person's name of two or three words, by which the
    press names them after ("Wang Yi", then "Wang said ..."); "" for any other name."""
    words = _words(m.text)
    family = m.label == "PERSON" and 2 <= len(words) <= 3 and words[0].lower() in _FAMILY_NAMES_FIRST
    return alias_key(words[0]) if family else ""


def _one_word(name: str) -> bool:
    words = _words(name)
    return len(words) == 1 and words[0][:1].isupper()


def _one_person(people: dict[str, dict[str, str]], name: str) -> tuple[str, str] | None:
    """(entity id, full name) of the one person whose surname a one-word capitalised ``name`` is; else None."""
    if not _one_word(name):
        return None
    owners = people.get(surname_key(name), {})
    if len(owners) > 1 and _one_given_name(list(owners.values())):
        # one person written two ways: "Leo Varadkar" and "Taoiseach Leo Varadkar", "David Cameron" and "D. Cameron"
        return min(owners.items(), key=lambda o: (len(_given(o[1])) < 2, len(o[1])))
    return next(iter(owners.items())) if len(owners) == 1 else None


def _given(name: str) -> str:
    """The word before the surname of a full name, as a key: "leo" in "Taoiseach Leo Varadkar", "d" in "D. Cameron"."""
    words = _words(name)
    return alias_key(words[-2]) if len(words) >= 2 else ""


def _one_given_name(names: list[str]) -> bool:
    """Whether full names of one surname all have one given name, or its initial."""
    given = [_given(n) for n in names]
    full = {g for g in given if len(g) > 1}
    if not full:
        return len(set(given)) == 1 and given[0] != ""
    return len(full) == 1 and all(g and next(iter(full)).startswith(g) for g in given)


def surname_owner(mentions: Sequence[EntityMention], name: str) -> tuple[str, str] | None:
    """(entity id, full name) of the one person the mentions name in full with the one word ``name`` as surname
    ("Lind" after "Oksana Lind"); None when there is no such person, or two ("Joe Biden", "Hunter Biden")."""
    return _one_person(_people_by_surname(mentions), name) if _one_word(name) else None


def by_surname(mentions: Sequence[EntityMention], known_people: frozenset[str] = frozenset()) -> list[EntityMention]:
    """The mentions of a name, one word long, that the gazetteer knows as no person (``known_people``: the ids
    of those it knows as people), given the id and name of the one person the same document names in full with
    that word as surname: "Oleksiy Danilov, secretary of the council, said ..." and then "Danilov called it
    untrue" are one source (``surname_owner``), and so are "Anna Wagner, a lawyer, said ..." and "Wagner added
    ...", whatever group the gazetteer calls Wagner."""
    people = _people_by_surname(mentions)
    person_ids = {m.entity_id for m in mentions if m.label == "PERSON"}
    person_surnames = {surname_key(m.text) for m in mentions if m.label == "PERSON" and _name_words(m.text)}
    out = []
    for m in mentions:
        # a place or a thing only the tagger knows may be a surname too ("Haidai repeated that claim" after "Serhiy
        # Haidai", "Hjelm" tagged a product)
        surname_like = m.label in _NAMED_LABELS or not m.in_gazetteer
        owner = _one_person(people, m.text) if surname_like and m.entity_id not in known_people else None
        if owner is not None and m.in_gazetteer and owner[0] not in person_ids:
            owner = None  # a body the gazetteer knows stays that body after a name only the tagger took for one:
            # "Nato" after "Nordic Nato"
        if owner is not None and owner[0] != m.entity_id:  # the surname of a person is that person, whatever the
            # tagger made of it
            person = owner[0] in person_ids or surname_key(m.text) in person_surnames  # the tagger named them so
            m = replace(m, entity_id=owner[0], name=owner[1], label="PERSON" if person else m.label,
                        in_gazetteer=owner[0] in known_people)
        out.append(m)
    return out


def surname_mentions(words: Sequence[tuple[int, int, str]], mentions: Sequence[EntityMention]
                     ) -> list[EntityMention]:
    """Mentions for the bare surnames the entity recogniser left untagged, of the one person the document named in
    full before (``_one_person``): "Janet Yellen said ... Yellen is currently in Tokyo, where she met ...".
    ``words``: (start, end, text) of the capitalised words the tagger took for names or nouns."""
    persons = [m for m in mentions if m.label == "PERSON"]
    people = _people_by_surname(persons)
    first = {m.entity_id: m.start for m in reversed(persons)}  # where each person is first named
    known = {m.entity_id: m.in_gazetteer for m in persons}
    taken = {k for m in mentions for k in range(m.start, m.end)}
    out = []
    for start, end, text in words:
        owner = _one_person(people, text)
        if owner is None or first.get(owner[0], end) >= start or start in taken or end - 1 in taken:
            continue
        out.append(EntityMention(start, end, text, "PERSON", owner[0], owner[1], known[owner[0]]))
    return out
