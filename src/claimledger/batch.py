"""Analyse many documents on one machine: the pure pipeline in worker processes, results in input order."""
from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from .config import Settings
from .contract import analysis_json, failure_json
from .model import Analysis, Document
from .pipeline import DocumentFailure, Resources, analyze_documents, load_resources

_WORKER: Resources | None = None


def _init(settings: Settings) -> None:
    global _WORKER
    _WORKER = load_resources(settings)


def as_json(result: Analysis | DocumentFailure) -> dict[str, Any]:
    if isinstance(result, DocumentFailure):
        return failure_json(result.document, result.error)
    return analysis_json(result)


def _work(chunk: list[Document]) -> list[dict[str, Any]]:
    assert _WORKER is not None
    return [as_json(a) for a in analyze_documents(chunk, _WORKER)]


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def analyze_many(documents: Iterable[Document], settings: Settings) -> Iterator[tuple[Document, dict[str, Any]]]:
    """(document, contract object) pairs in input order; ``settings.n_process`` worker processes."""
    if settings.n_process <= 1:
        resources = load_resources(settings)
        for chunk in _chunks(documents, settings.batch_size):
            yield from zip(chunk, (as_json(a) for a in analyze_documents(chunk, resources)), strict=True)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ProcessPoolExecutor(settings.n_process, mp_context=ctx, initializer=_init, initargs=(settings,)) as pool:
        pending: list[tuple[list[Document], Any]] = []
        for chunk in _chunks(documents, settings.batch_size):
            pending.append((chunk, pool.submit(_work, chunk)))
            if len(pending) > 2 * settings.n_process:
                done_chunk, fut = pending.pop(0)
                yield from zip(done_chunk, fut.result(), strict=True)
        for done_chunk, fut in pending:
            yield from zip(done_chunk, fut.result(), strict=True)
