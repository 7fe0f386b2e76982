"""Stories over the stored documents: one grouping, with stable ids, for `claimledger stories` and for export."""
from __future__ import annotations

from typing import Any

from ..model import stable_id
from .repo import Store


def story_groups(store: Store) -> list[tuple[str, list[dict[str, Any]]]]:
    """(story id, documents) for every story among the stored documents; the id is a hash of its members, so it
    stays the same while the story does. Documents in other languages join by the multilingual embedding."""
    from ..link.embed import multilingual_embedder
    from ..link.language import guess_language
    from ..link.stories import cluster_stories

    docs = list(store.iter_documents(with_text=True))
    texts = [d.pop("text") for d in docs]
    languages = [guess_language(t) for t in texts]
    embedder = multilingual_embedder() if set(languages) - {"und", "en"} else None
    vectors = embedder.embed(texts) if embedder is not None else None
    out = []
    for group in cluster_stories(texts, languages=languages, vectors=vectors):
        members = [docs[i] for i in group]
        out.append((stable_id(*sorted(m["id"] for m in members), prefix="sty_"), members))
    return out


def story_of_documents(store: Store) -> dict[str, str]:
    """Document id -> story id."""
    return {doc["id"]: story_id for story_id, members in story_groups(store) for doc in members}
