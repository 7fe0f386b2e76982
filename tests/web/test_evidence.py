"""The claim page's evidence: the source, cue and content marked in the document text."""
from __future__ import annotations

from claimledger.web.pages import content_words, evidence_marks, highlight

TEXT = "Intro. “We hold,” she said, “nobody retreats.” End."


def _claim(segments: list[list[int]] | None) -> dict:
    start, end = TEXT.index("“We"), TEXT.index(" End")
    content = {"start": start, "end": end, "text": TEXT[start:end]}
    if segments is not None:
        content["segments"] = segments
    src = TEXT.index("she")
    cue = TEXT.index("said")
    return {"source": {"start": src, "end": src + 3}, "cue": {"start": cue, "end": cue + 4}, "content": content}


def _pieces() -> list[list[int]]:
    first = [TEXT.index("“We"), TEXT.index(" she")]
    second = [TEXT.index("“nobody"), TEXT.index(" End")]
    return [first, second]


def test_a_source_and_cue_inside_the_content_they_interrupt_stay_marked():
    marked = [(piece, cls) for piece, cls in highlight(TEXT, evidence_marks(_claim(_pieces()))) if cls]
    assert marked == [("“We hold,”", "content"), ("she", "src"), ("said", "cue"), ("“nobody retreats.”", "content")]


def test_marks_listed_first_win_where_spans_overlap_and_the_text_is_whole():
    segments = highlight(TEXT, evidence_marks(_claim(None)))
    assert "".join(piece for piece, _cls in segments) == TEXT
    assert ("she", "src") in segments and ("said", "cue") in segments


def test_the_words_reported_leave_out_the_source_and_cue_that_interrupt_them():
    assert content_words(_claim(_pieces()), TEXT) == "“We hold,” … “nobody retreats.”"
    assert content_words(_claim(None), TEXT) == "“We hold,” she said, “nobody retreats.”"


def test_words_reported_without_the_writers_quotation_marks_are_put_in_them():
    claim = {"content": {"start": 0, "end": 6, "text": "Intro."}}
    assert content_words(claim, TEXT) == "“Intro.”"


def test_a_text_with_nothing_to_mark_is_one_plain_piece():
    assert highlight("plain", [(None, None, "src"), (3, 3, "cue")]) == [("plain", "")]
