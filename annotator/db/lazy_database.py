"""A SQLite connection whose sqlite-utils ``Database`` is made the first time it is needed.

Importing sqlite-utils costs about 0.1 s at every start (it brings click, dateutil and
pluggy). The labeling screen's first sentence is read with plain SELECTs, so
:class:`LazyDatabase` answers those on the connection itself and imports sqlite-utils only
for anything else (a write, ``db["table"]``, ``table_names()`` ...); the UI makes it once
the first sentence is on screen, while the analyst reads. Every statement behaves as
through sqlite-utils: the ones answered here (SELECT, PRAGMA, BEGIN/COMMIT/ROLLBACK,
SAVEPOINT/RELEASE) never open the implicit transaction that sqlite-utils commits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

# statements sqlite-utils passes straight to the connection: none opens an implicit
# transaction (Python's sqlite3 opens one only before INSERT/UPDATE/DELETE/REPLACE)
PLAIN = frozenset({"select", "pragma", "begin", "commit", "end", "rollback", "savepoint",
                   "release"})


def _first_word(sql: str) -> str:
    return sql.lstrip().split(None, 1)[0].lower() if sql.strip() else ""


class LazyDatabase:
    """Stands for ``sqlite_utils.Database(conn, execute_plugins=False)``."""

    engine = "sqlite"
    # called after each commit ``write`` makes (db/checkpoint.py sets it); a class attribute,
    # so looking it up never reaches sqlite-utils through __getattr__
    committed: Callable[[], None] | None = None

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._database: Database | None = None
        # what sqlite-utils' Database sets on a connection it wraps: triggers fire
        # triggers, and REPLACE fires delete triggers (the counts kept by triggers rely on it)
        conn.execute("PRAGMA recursive_triggers=on;")

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @conn.setter
    def conn(self, conn: sqlite3.Connection) -> None:  # a benchmark wraps it to time commits
        self._conn = conn
        if self._database is not None:
            self._database.conn = conn

    @property
    def database(self) -> Database:
        """The sqlite-utils Database on this connection (imported and made on first use)."""
        if self._database is None:
            from sqlite_utils import Database

            self._database = Database(self._conn, execute_plugins=False,
                                      recursive_triggers=False)  # already set above
        return self._database

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        database = self._database
        if database is None:
            if _first_word(sql) in PLAIN:
                if parameters is None:
                    return self._conn.execute(sql)
                return self._conn.execute(sql, parameters)
            return self.database.execute(sql, parameters)
        if not database._tracer and self._conn.in_transaction:
            # inside a transaction sqlite-utils' execute is the connection's (it commits only
            # a statement that opened a transaction itself): a save's five statements
            if parameters is None:
                return self._conn.execute(sql)
            return self._conn.execute(sql, parameters)
        return database.execute(sql, parameters)

    def query(self, sql: str, params: Any = None):
        """Rows as dicts, as sqlite-utils' ``query``; a SELECT is answered here (``annotator
        stats`` then starts without importing sqlite-utils), anything else by it."""
        if self._database is None and _first_word(sql) == "select":
            cursor = self._conn.execute(sql, params) if params is not None \
                else self._conn.execute(sql)
            keys = [column[0] for column in cursor.description]
            if len(set(keys)) == len(keys):
                return (dict(zip(keys, row, strict=True)) for row in cursor)
            cursor.close()  # a name used twice: sqlite-utils' renaming (id, id_2)
        return self.database.query(sql, params)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
        else:
            self._conn.close()

    def __getitem__(self, name: str):
        return self.database[name]

    def __enter__(self) -> LazyDatabase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("_conn", "_database"):
            raise AttributeError(name)
        return getattr(self.database, name)
