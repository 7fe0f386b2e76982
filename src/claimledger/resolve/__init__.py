"""Resolve mentions to canonical entities through the curated gazetteer."""
from .gazetteer import Gazetteer, GazetteerEntity, load_gazetteer
from .match import alias_key, resolve_mention

__all__ = ["Gazetteer", "GazetteerEntity", "alias_key", "load_gazetteer", "resolve_mention"]
