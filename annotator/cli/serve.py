"""``annotator serve``: the labeling app in web browsers, one session per tab."""

from __future__ import annotations

import os
from pathlib import Path

import click

from annotator.cli import output as tty
from annotator.cli.common import db_option, handle_errors, resolve_db

TOKEN_ENV = "ANNOTATOR_SERVE_TOKEN"


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this machine (127.0.0.1, ::1, "
                   "localhost) needs --allow-remote.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--allow-remote", is_flag=True,
              help="Allow a non-local --host; every request then needs the token.")
@click.option("--token", default=None, metavar="TOKEN",
              help=f"Require this token (16+ characters) on every request, also on "
                   f"127.0.0.1 (default: ${TOKEN_ENV}; with --allow-remote and no token, a "
                   "random one is made and printed).")
@click.option("--public-url", default=None, metavar="URL",
              help="The address browsers use, when a proxy serves this under another "
                   "host or scheme (default: the address each request came to).")
@handle_errors
def serve(db_path: Path | None, host: str, port: int, allow_remote: bool, token: str | None,
          public_url: str | None) -> None:
    """Serve the labeling app to web browsers (textual-serve), for colleagues who do not
    use a terminal.

    Every browser tab is its own session of `annotator label` on this database, with the
    same keys and the same storage promises as a terminal. Open the printed address; add
    reviewer=NAME to it (http://127.0.0.1:8000/?reviewer=ana) or type the name when the
    page asks. It listens on 127.0.0.1 only, unless --allow-remote; see the README for an
    SSH tunnel or a reverse proxy.
    """
    from annotator.cli.label import ingest_seeds_if_empty
    from annotator.ui.serve import plan_bind
    from annotator.ui.serve import serve as run

    plan = plan_bind(host, port, allow_remote=allow_remote,
                     token=token or os.environ.get(TOKEN_ENV), public_url=public_url)
    path = resolve_db(db_path).resolve()
    ingest_seeds_if_empty(path)  # made, migrated and seeded once, before any tab opens
    if plan.token_made:
        wildcard = host in ("0.0.0.0", "::", "[::]")
        tty.echo(f"annotator: listening on {host} with a new token: give colleagues the "
                   "address below with its token"
                   + (f" (this machine's name or address in place of {host})"
                      if wildcard else "")
                   + f"; set --token or ${TOKEN_ENV} to keep one across restarts", err=True)
    run(path, plan, public_url=public_url)
