"""The analyst's desk: a FastAPI app with a JSON API and server-rendered pages."""
from .app import create_app

__all__ = ["create_app"]
