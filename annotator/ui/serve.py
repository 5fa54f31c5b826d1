"""``annotator serve``: the labeling app in web browsers, through textual-serve.

Each browser tab is one session: textual-serve starts ``annotator label`` in its own
process for every websocket and relays the terminal to xterm.js in the page. The sessions
write to one database like reviewers in terminals do (each process its own connection,
``BEGIN IMMEDIATE``, WAL), so the same promises hold.

What this adds to textual-serve's Server:

* the reviewer: ``/?reviewer=NAME`` gives the name (checked, then handed to the session as
  ``ANNOTATOR_REVIEWER``); without it the app asks for it first;
* a one-time ticket per page load: the page's websocket URL is ``/ws/<ticket>``, which
  carries the reviewer to the session and is refused if unknown, used or stale;
* a token, required on every request when set (always, for a non-local bind): ``?token=``
  on the first request, then an HttpOnly same-site cookie for the page's own requests;
* a websocket whose Origin is another site is refused (a page elsewhere cannot drive a
  session through the user's browser);
* URLs built from the request's host (or ``public_url``), so an SSH tunnel or a reverse
  proxy on another port works; a page without Google's web font, so nothing is fetched
  from outside.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import secrets
import shlex
import signal
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from annotator.base.errors import AnnotatorError
from annotator.base.locations import database_target
from annotator.base.names import check_reviewer

TEMPLATES = Path(__file__).resolve().parent / "web"
COOKIE = "annotator_token"
TICKET_SECONDS = 300  # a page must open its websocket within this long of loading
LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine (127.0.0.0/8, ::1, localhost)."""
    if host in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class BindPlan:
    host: str
    port: int
    token: str | None
    token_made: bool = False  # made up here (print it), not given by the user


def plan_bind(host: str, port: int, *, allow_remote: bool, token: str | None) -> BindPlan:
    """Where to listen and which token to ask for: a non-local address only with
    ``allow_remote``, and then always with a token (a fresh random one if none is given)."""
    if not 0 <= port <= 65535:
        raise AnnotatorError(f"port {port} is not a port number (0-65535)")
    token = (token or "").strip() or None
    if token is not None and len(token) < 16:
        raise AnnotatorError("the token must be at least 16 characters")
    if is_loopback(host):
        return BindPlan(host, port, token)
    if not allow_remote:
        raise AnnotatorError(
            f"refusing to listen on {host}: anyone who can reach it could label as anyone. "
            "Use an SSH tunnel to 127.0.0.1 (see the README), or pass --allow-remote "
            "(a token is then required)")
    if token is None:
        return BindPlan(host, port, secrets.token_urlsafe(24), token_made=True)
    return BindPlan(host, port, token)


@dataclass
class Ticket:
    reviewer: str | None
    expires: float


@dataclass
class Tickets:
    """One-time websocket tickets handed out with each page."""

    seconds: float = TICKET_SECONDS
    issued: dict[str, Ticket] = field(default_factory=dict)

    def issue(self, reviewer: str | None) -> str:
        now = time.monotonic()
        for key in [k for k, t in self.issued.items() if t.expires < now]:
            del self.issued[key]
        key = secrets.token_urlsafe(18)
        self.issued[key] = Ticket(reviewer, now + self.seconds)
        return key

    def redeem(self, key: str) -> Ticket | None:
        ticket = self.issued.pop(key, None)
        if ticket is None or ticket.expires < time.monotonic():
            return None
        return ticket


class SessionService(AppService):
    """One browser tab's app process, with the tab's reviewer in its environment."""

    def __init__(self, *args: Any, reviewer: str | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reviewer = reviewer

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width, height)
        # the server's own ANNOTATOR_REVIEWER must not name every browser's reviewer
        environment.pop("ANNOTATOR_REVIEWER", None)
        if self.reviewer:
            environment["ANNOTATOR_REVIEWER"] = self.reviewer
        return environment


def session_command(db_path: Path) -> str:
    """The shell command textual-serve runs for each tab."""
    target = getattr(db_path, "url", str(db_path))  # a server's URL keeps its password
    return shlex.join([sys.executable, "-m", "annotator", "--db", target, "label",
                       "--ask-reviewer"])


class AnnotatorServer(Server):
    def __init__(self, db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8000,
                 token: str | None = None, public_url: str | None = None,
                 command: str | None = None, title: str = "annotator") -> None:
        self.db_path = database_target(db_path)
        super().__init__(command or session_command(self.db_path), host=host, port=port,
                         title=title, public_url=public_url, templates_path=str(TEMPLATES))
        self.fixed_public_url = public_url.rstrip("/") if public_url else None
        self.token = token
        self.tickets = Tickets()

    # the aiohttp application -----------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self.guard)
        app.router.add_get("/ws/{ticket}", self.handle_session, name="session")
        return app

    @web.middleware
    async def guard(self, request: web.Request, handler):
        """The token on every request when one is set; same-site websockets only."""
        if self.token is not None:
            given = request.query.get("token") or request.cookies.get(COOKIE) or ""
            if not hmac.compare_digest(given.encode(), self.token.encode()):
                raise web.HTTPForbidden(text="annotator: a valid token is needed "
                                             "(open the address printed by annotator serve)\n")
        if request.path.startswith("/ws") and not self.same_origin(request):
            raise web.HTTPForbidden(text="annotator: websocket from another site refused\n")
        response = await handler(request)
        if self.token is not None and request.query.get("token"):
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="Strict",
                                secure=self.base_url(request).startswith("https"))
        return response

    def same_origin(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        if not origin:
            return True  # not a browser page (a browser always sends Origin on websockets)
        allowed = {request.host}
        if self.fixed_public_url:
            allowed.add(urlsplit(self.fixed_public_url).netloc)
        return urlsplit(origin).netloc in allowed

    def base_url(self, request: web.Request) -> str:
        """Where the browser reached us: the given public URL, else the request's host (an
        SSH tunnel's local port, a proxy's Host and X-Forwarded-Proto)."""
        if self.fixed_public_url:
            return self.fixed_public_url
        scheme = request.headers.get("X-Forwarded-Proto", request.scheme).split(",")[0].strip()
        return f"{scheme}://{request.host}"

    async def handle_index(self, request: web.Request) -> web.Response:
        try:
            given = request.query.get("reviewer")
            reviewer = check_reviewer(given) if given is not None else None
        except AnnotatorError as exc:
            raise web.HTTPBadRequest(text=f"annotator: ?reviewer=: {exc}\n") from None
        ticket = self.tickets.issue(reviewer)
        base = self.base_url(request)
        websocket = ("wss:" if base.startswith("https") else "ws:") + base.split(":", 1)[1]
        context = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": f"{websocket}/ws/{ticket}",
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": self.title},
            "reviewer": reviewer,
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        response.headers["Cache-Control"] = "no-store"  # each load needs a fresh ticket
        return response

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPNotFound(text="annotator: open the page; it opens its own session\n")

    async def handle_session(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's websocket handler, with the ticket's reviewer for the session."""
        ticket = self.tickets.redeem(request.match_info["ticket"])
        if ticket is None:
            raise web.HTTPForbidden(text="annotator: this page has expired; reload it\n")
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        service: SessionService | None = None
        try:
            await websocket.prepare(request)
            service = SessionService(
                self.command, write_bytes=websocket.send_bytes,
                write_str=websocket.send_str, close=websocket.close,
                download_manager=self.download_manager, debug=self.debug,
                reviewer=ticket.reviewer)
            await service.start(width, height)
            try:
                await self._process_messages(websocket, service)
            finally:
                await service.stop()
        except asyncio.CancelledError:
            await websocket.close()
        finally:
            if service is not None:
                await service.stop()
        return websocket

    async def on_startup(self, app: web.Application) -> None:
        """textual-serve prints its logo here, before the port is bound; the banner waits
        for the socket (see :meth:`serve`)."""

    def serve(self, debug: bool = False) -> None:
        """textual-serve's serve(), with the address printed once it is listening."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.add_signal_handler(signal.SIGINT, self.request_exit)
            loop.add_signal_handler(signal.SIGTERM, self.request_exit)
        except NotImplementedError:  # pragma: no cover (Windows)
            pass
        web.run_app(self._make_app(), host=self.host, port=self.port, handle_signals=False,
                    loop=loop, print=lambda _message: self.print_banner())

    def print_banner(self) -> None:
        for line in self.banner():
            self.console.print(line, highlight=False, markup=False, soft_wrap=True)

    def banner(self) -> list[str]:
        shown = self.fixed_public_url or f"http://{self.host_for_url()}:{self.port}"
        address = f"{shown}/" + (f"?token={self.token}" if self.token else "")
        return [f"annotator: serving {self.db_path} on {address}",
                "open it in a browser; add reviewer=NAME to the address to skip the name "
                "prompt; Ctrl+C stops"]

    def host_for_url(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host


def serve(db_path: str | Path, plan: BindPlan, *, public_url: str | None = None,
          extra: Mapping[str, Any] | None = None) -> None:
    """Run the server until Ctrl+C (or SIGTERM)."""
    server = AnnotatorServer(db_path, host=plan.host, port=plan.port, token=plan.token,
                             public_url=public_url, **(extra or {}))
    server.serve()
