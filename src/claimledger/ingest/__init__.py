"""Ingest: turn files, URLs, feeds and JSONL archives into Documents, refusing bad input with clear errors."""
