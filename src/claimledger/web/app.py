"""App factory: settings in, FastAPI app out. Nothing is built at import time."""
from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..config import Settings
from ..errors import ClaimLedgerError, NotFound
from ..grade.registry import load_registry
from ..resolve.gazetteer import load_gazetteer
from ..store.desk import Desk
from ..store.repo import Store
from .api import router as api_router
from .auth import CSRF_COOKIE, LOCAL, TOKEN_COOKIE, Principal, check_bind, lookup, parse_tokens
from .pages import router as page_router

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


@dataclass
class DeskState:
    desk: Desk
    tokens: dict[str, Principal]
    templates: Jinja2Templates


def error_response(status: int, code: str, message: str) -> JSONResponse:
    """The one JSON error shape: {"error": {"code", "message"}}."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def create_app(settings: Settings, tokens: str | None = None) -> FastAPI:
    store = Store.open(settings.db)
    desk = Desk(store, load_gazetteer(tuple(settings.alias_files)), load_registry(settings.source_registry))
    token_map = parse_tokens(tokens)
    tpl_dir = Path(str(resources.files("claimledger.web").joinpath("templates")))
    templates = Jinja2Templates(directory=str(tpl_dir))
    app = FastAPI(title="claimledger", version="0.1.0", docs_url=None, redoc_url=None,
                  description="A ledger of attributed, graded claims from news reports.")
    app.state.cl = DeskState(desk, token_map, templates)
    app.mount("/static", StaticFiles(directory=str(resources.files("claimledger.web").joinpath("static"))),
              name="static")

    @app.middleware("http")
    async def security(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        state: DeskState = request.app.state.cl
        principal: Principal | None = LOCAL
        if state.tokens:
            bearer = request.headers.get("authorization", "")
            presented = bearer[7:] if bearer.lower().startswith("bearer ") else request.cookies.get(TOKEN_COOKIE)
            principal = lookup(state.tokens, presented)
            open_paths = ("/login", "/static/")
            if principal is None and not request.url.path.startswith(open_paths):
                if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
                    response: Response = error_response(401, "unauthorized", "an API token is required")
                else:
                    response = RedirectResponse("/login", status_code=303)
                return _harden(response)
        request.state.principal = principal
        request.state.csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
        response = await call_next(request)
        if CSRF_COOKIE not in request.cookies:
            response.set_cookie(CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict")
        return _harden(response)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error_response(404, "not_found", str(exc))

    @app.exception_handler(ClaimLedgerError)
    async def bad_input(request: Request, exc: ClaimLedgerError) -> Response:
        return error_response(400, "bad_request", str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return error_response(422, "invalid", f"{where}: {first.get('msg', 'invalid input')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        codes = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                 409: "conflict"}
        return error_response(exc.status_code, codes.get(exc.status_code, "error"), str(exc.detail))

    app.include_router(api_router)
    app.include_router(page_router)
    return app


def _harden(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def check_settings(host: str, tokens: str | None) -> None:
    """Refuse to serve beyond loopback without tokens (raises ConfigError)."""
    check_bind(host, parse_tokens(tokens))
