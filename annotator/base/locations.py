"""Where the database and the exports go when the user does not say, and who is labeling.

The tool runs from a checkout (an editable install) as well as from a wheel installed in
site-packages, where nothing may be written beside the package. So the database is, in order:

1. ``--db`` (the CLI handles it) or ``ANNOTATOR_DB``;
2. a project folder made by ``annotator init``, found by walking up from the current folder
   to the nearest ``annotator.toml``: ``annotator.db`` there;
3. the checkout the package runs from (its parent folder holds this project's
   ``pyproject.toml``, ``data/`` and ``seeds/``): ``data/annotator.db``, as always;
4. the user's data folder (``platformdirs``, e.g. ``~/.local/share/annotator``).

Exports follow the same order from 2 on: the project's ``exports/``, the checkout's
``exports/``, or ``exports/`` in the user's data folder. A project folder wins over the
checkout because it is the more specific choice: the user made it and is standing in it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_MARKER = "annotator.toml"
PROJECT_DATABASE = "annotator.db"
EXPORTS = "exports"

# annotator/base/locations.py -> annotator/
PACKAGE_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Home:
    """The folder that holds the database and the exports when nothing else names them."""

    kind: str  # "project", "checkout" or "user"
    folder: Path
    database: Path
    exports: Path
    why: str  # how it was chosen, in words for the user


@dataclass(frozen=True)
class Location:
    """A path and how it was chosen; ``implicit`` when the user did not name it."""

    path: Path | ServerDatabase
    why: str
    implicit: bool


SERVER_SCHEMES = ("postgresql://", "postgres://")


class ServerDatabase(str):
    """A database on a PostgreSQL server, named by URL: it stands where a file's Path
    does (``--db``, ``ANNOTATOR_DB``), so it answers the few questions asked of one.
    ``str()`` leaves out a password (messages); ``url`` keeps it (connecting)."""

    @property
    def url(self) -> str:
        return str.__str__(self)

    def __str__(self) -> str:
        import re

        return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", self.url)

    @property
    def name(self) -> str:
        """The database's name (what a file's name is to a path)."""
        from urllib.parse import urlsplit

        return urlsplit(self.url).path.lstrip("/") or self.url

    def exists(self) -> bool:  # a server's database is made by its administrator
        return True

    def is_dir(self) -> bool:
        return False

    def resolve(self) -> ServerDatabase:
        return self


def is_server(target: object) -> bool:
    """Does ``target`` name a database on a server (a postgresql:// URL)?"""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def database_target(text: str | Path) -> Path | ServerDatabase:
    """What ``--db`` or ``ANNOTATOR_DB`` names: a server's database, or a file."""
    if isinstance(text, ServerDatabase):
        return text
    if is_server(str(text)):
        return ServerDatabase(str(text))
    return Path(text)


def find_project(start: Path | None = None) -> Path | None:
    """The nearest folder at or above ``start`` (default: the current one) with the marker."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / PROJECT_MARKER).is_file():
            return folder
    return None


def checkout_root(package_dir: Path | None = None) -> Path | None:
    """The checkout the package runs from, or None when it is installed (site-packages)."""
    root = (package_dir or PACKAGE_DIR).parent
    if not ((root / "data").is_dir() and (root / "seeds").is_dir()):
        return None
    import tomllib  # only here: an installed copy never reads TOML to start

    try:
        with open(root / "pyproject.toml", "rb") as handle:
            name = tomllib.load(handle).get("project", {}).get("name")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return root if name == "annotator" else None


def user_folder() -> Path:
    """The platform's per-user data folder for annotator (not created here)."""
    from platformdirs import user_data_path

    return user_data_path("annotator", appauthor=False)


def home(cwd: Path | None = None) -> Home:
    """The project folder, else the checkout, else the user's data folder."""
    project = find_project(cwd)
    if project is not None:
        return Home("project", project, project / PROJECT_DATABASE, project / EXPORTS,
                    f"project folder {project}")
    root = checkout_root()
    if root is not None:
        return Home("checkout", root, root / "data" / "annotator.db", root / EXPORTS,
                    f"running from the checkout {root}")
    folder = user_folder()
    return Home("user", folder, folder / "annotator.db", folder / EXPORTS,
                "no --db, ANNOTATOR_DB or project folder")


def database_location(cwd: Path | None = None) -> Location:
    """``ANNOTATOR_DB`` if set, else the home's database."""
    env = os.environ.get("ANNOTATOR_DB")
    if env:
        return Location(database_target(env), "ANNOTATOR_DB", implicit=False)
    chosen = home(cwd)
    return Location(chosen.database, chosen.why, implicit=True)


def exports_location(cwd: Path | None = None) -> Location:
    """The folder for exports that are not given a file name."""
    chosen = home(cwd)
    return Location(chosen.exports, chosen.why, implicit=True)


def default_db_path() -> Path:
    """The database when no ``--db`` is given (see the module docstring for the order)."""
    return database_location().path


def default_reviewer() -> str:
    """``ANNOTATOR_REVIEWER``, else the login name."""
    env = os.environ.get("ANNOTATOR_REVIEWER")
    if env:
        return env
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no passwd entry (containers): fall back to a fixed name
        return "reviewer"
