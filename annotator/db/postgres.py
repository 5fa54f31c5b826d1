"""PostgreSQL behind the same surface the tool uses of sqlite-utils' Database.

The domain, analysis, exchange, corpus and sync code write SQLite SQL and call
``db.execute``, ``db.query``, ``db["table"].insert/upsert/create/...``, ``db.conn`` and
``db.atomic()``. :class:`PostgresDatabase` offers exactly that surface over one psycopg
connection (one per thread, as with SQLite): statements are translated once each
(db/translate.py), results come back as SQLite gives them (integers for truth values and
whole sums, JSON as compact text), and PostgreSQL's errors are raised as the ``sqlite3``
exception classes every caller already handles (the original is ``__cause__``).

Only what translation cannot express lives here: SQLite trigger bodies become PL/pgSQL,
``ATTACH`` of a SQLite file becomes a temporary copy of its tables (COPY), PRAGMAs become
their meaning, and the full-text column (db/fts.py searches it).
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql as pgsql
from psycopg.adapt import Loader

from annotator.db.translate import HIDDEN_COLUMNS, Untranslatable, translate

SCHEMES = ("postgresql://", "postgres://")
WRITER_LOCK = 0x616E6E6F  # the advisory lock every writer takes: BEGIN IMMEDIATE's meaning
LOCK_TIMEOUT_MS = 30_000
FTS_COLUMN = "text_search"
FTS_CONFIG = "simple"
# Characters SQLite's unicode61 tokenizer splits words at but PostgreSQL's parser may
# count as letters (in a database whose locale is C every non-ASCII character is one):
# quotes, dashes, bullets, symbols and odd spaces become spaces before indexing.
FTS_SEPARATORS = ("\u201c\u201d\u2018\u2019\u201a\u201e\u00ab\u00bb\u2039\u203a"
                  "\u2010\u2011\u2012\u2013\u2014\u2015\u2026\u2022\u00b7\u2032\u2033"
                  "\u00a1\u00bf\u00a7\u00b6\u2020\u2021\u2030\u00b0\u00d7\u00f7\u00a9"
                  "\u00ae\u2122\u20ac\u00a3\u00a5\u00a2\u00a0\u200b\u2009\u202f\u3000"
                  "\u00b4\u02bc\u2212\ufeff")

_TYPES = {str: "TEXT", int: "BIGINT", float: "DOUBLE PRECISION", bytes: "BYTEA"}
_SQLITE_TYPES = {"TEXT": "TEXT", "INTEGER": "BIGINT", "INT": "BIGINT", "REAL": "DOUBLE PRECISION",
                 "FLOAT": "DOUBLE PRECISION", "BLOB": "BYTEA", "": "TEXT"}

# Functions the translated SQL calls (db/translate.py): a value in a JSON object written as
# SQLite writes it (a whole float keeps its ".0").
COMPAT_FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION annotator_json(value anyelement) RETURNS json
       LANGUAGE sql IMMUTABLE AS $$ SELECT to_json(value) $$""",
    """CREATE OR REPLACE FUNCTION annotator_json(value text) RETURNS json
       LANGUAGE sql IMMUTABLE AS $$ SELECT to_json(value) $$""",
    """CREATE OR REPLACE FUNCTION annotator_json(value json) RETURNS json
       LANGUAGE sql IMMUTABLE AS $$ SELECT value $$""",
    # SQLite sums truth values as the integers they are there
    """CREATE OR REPLACE FUNCTION annotator_add_truth(total bigint, value boolean)
       RETURNS bigint LANGUAGE sql IMMUTABLE AS
       $$ SELECT coalesce(total, 0) + CASE WHEN value THEN 1 ELSE 0 END $$""",
    """CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = annotator_add_truth,
       STYPE = bigint)""",
    # tsvector @@ tsquery as a function sqlglot passes through; inlined, so the GIN index
    # still serves it (db/fts.py)
    """CREATE OR REPLACE FUNCTION annotator_match(document tsvector, query tsquery)
       RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT document @@ query $$""",
    """CREATE OR REPLACE FUNCTION annotator_json(value double precision) RETURNS json
       LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN value = trunc(value)
         AND abs(value) < 1e15 THEN (trunc(value)::bigint::text || '.0')::json
         ELSE to_json(value) END $$""",
]


def is_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(SCHEMES)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


# -- results as SQLite gives them ------------------------------------------------------


class _JsonText(Loader):
    """JSON from PostgreSQL as the compact text SQLite's json functions write."""

    def load(self, data: Any) -> str:
        return json.dumps(json.loads(bytes(data)), ensure_ascii=False, separators=(",", ":"))


class _Number(Loader):
    """A numeric (PostgreSQL's sum of integers) as int when whole, as SQLite returns it."""

    def load(self, data: Any) -> int | float:
        value = Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)


class OperationalError(sqlite3.OperationalError):
    """A PostgreSQL error caught where SQLite's would be (see the module docstring)."""


class IntegrityError(sqlite3.IntegrityError):
    pass


class DatabaseError(sqlite3.DatabaseError):
    pass


def _as_sqlite_error(exc: psycopg.Error) -> sqlite3.Error:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, psycopg.errors.ForeignKeyViolation):
        return IntegrityError(f"FOREIGN KEY constraint failed ({text})")
    if isinstance(exc, psycopg.errors.UniqueViolation):
        return IntegrityError(f"UNIQUE constraint failed ({text})")
    if isinstance(exc, psycopg.errors.NotNullViolation):
        return IntegrityError(f"NOT NULL constraint failed ({text})")
    if isinstance(exc, psycopg.IntegrityError):
        return IntegrityError(text)
    if isinstance(exc, (psycopg.errors.LockNotAvailable, psycopg.errors.DeadlockDetected)):
        return OperationalError(f"database is locked ({text})")
    if isinstance(exc, psycopg.errors.UndefinedTable):
        return OperationalError(f"no such table ({text})")
    if isinstance(exc, psycopg.errors.UndefinedColumn):
        return OperationalError(f"no such column ({text})")
    if isinstance(exc, psycopg.OperationalError):
        return OperationalError(text)
    return DatabaseError(text)


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except psycopg.Error as exc:
        raise _as_sqlite_error(exc) from exc


class Cursor:
    """The result of one statement, shaped like sqlite3's cursor. Columns PostgreSQL alone
    has (``rowid``, the full-text column) are left out of ``SELECT *``."""

    def __init__(self, cursor: psycopg.Cursor | None, star: bool = False):
        self._cursor = cursor
        self._drop: list[int] = []
        description = cursor.description if cursor is not None else None
        if star and description:
            self._drop = [i for i, column in enumerate(description)
                          if column.name in HIDDEN_COLUMNS]
        self.description = None if description is None else [
            (c.name, None, None, None, None, None, None)
            for i, c in enumerate(description) if i not in self._drop]

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount if self._cursor is not None else -1

    lastrowid = None

    def _shape(self, row: tuple | None) -> tuple | None:
        if row is None or not self._drop:
            return row
        return tuple(v for i, v in enumerate(row) if i not in self._drop)

    def fetchone(self) -> tuple | None:
        if self._cursor is None or self._cursor.description is None:
            return None
        with _errors():
            return self._shape(self._cursor.fetchone())

    def fetchall(self) -> list[tuple]:
        if self._cursor is None or self._cursor.description is None:
            return []
        with _errors():
            return [self._shape(row) for row in self._cursor.fetchall()]

    def fetchmany(self, size: int = 1) -> list[tuple]:
        if self._cursor is None or self._cursor.description is None:
            return []
        with _errors():
            return [self._shape(row) for row in self._cursor.fetchmany(size)]

    def __iter__(self) -> Iterator[tuple]:
        while True:
            rows = self.fetchmany(500)
            if not rows:
                return
            yield from rows

    def close(self) -> None:
        if self._cursor is not None:
            self._cursor.close()


class Connection:
    """``db.conn``: what the code uses of sqlite3's connection."""

    def __init__(self, db: PostgresDatabase):
        self._db = db

    @property
    def in_transaction(self) -> bool:
        return self._db.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Any = None) -> Cursor:
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor:
        return self._db.executemany(sql, rows)

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        """As sqlite3's connection: commit the open transaction, or roll it back."""
        if kind is None:
            self.commit()
        else:
            self.rollback()

    def commit(self) -> None:
        if self.in_transaction:
            self._db.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self._db.execute("ROLLBACK")

    def close(self) -> None:
        self._db.close()

    @property
    def total_changes(self) -> int:  # not kept by PostgreSQL; callers use rowcount
        return 0


# -- the database ----------------------------------------------------------------------

_PRAGMA_TABLE_INFO = re.compile(r"^\s*PRAGMA\s+table_info\(\s*\[?\"?([\w.]+?)\"?\]?\s*\)\s*$",
                                re.IGNORECASE)
_ATTACH = re.compile(r"^\s*ATTACH\s+DATABASE\s+\?\s+AS\s+(\w+)\s*$", re.IGNORECASE)
_DETACH = re.compile(r"^\s*DETACH\s+DATABASE\s+(\w+)\s*$", re.IGNORECASE)
_BEGIN = re.compile(r"^\s*BEGIN(\s+(IMMEDIATE|DEFERRED|EXCLUSIVE))?(\s+TRANSACTION)?\s*$",
                    re.IGNORECASE)
_PASS = re.compile(r"^\s*(COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|BEGIN\s+ISOLATION)\b",
                   re.IGNORECASE)
_TRIGGER = re.compile(
    r"^\s*CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?\[?(\w+)\]?\s+(BEFORE|AFTER)\s+"
    r"(INSERT|UPDATE|DELETE)(?:\s+OF\s+[\w\s,\[\]]+?)?\s+ON\s+\[?(\w+)\]?\s+"
    r"(?:FOR\s+EACH\s+ROW\s+)?(?:WHEN\s+(.*?)\s+)?BEGIN\b(.*)\bEND\s*;?\s*$",
    re.IGNORECASE | re.DOTALL)
_DROP_TRIGGER = re.compile(r"^\s*DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?\[?(\w+)\]?\s*$",
                           re.IGNORECASE)


class PostgresDatabase:
    """One connection to a PostgreSQL database, used as the code uses sqlite-utils'."""

    engine = "postgresql"

    def __init__(self, url: str):
        self.url = url
        self.name = redact(url)
        try:
            self.raw = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise _as_sqlite_error(exc) from exc
        for oid_name in ("json", "jsonb"):
            self.raw.adapters.register_loader(oid_name, _JsonText)
        self.raw.adapters.register_loader("numeric", _Number)
        self.conn = Connection(self)
        self._attached: set[str] = set()
        self._keys: dict[str, list[str]] = {}
        with _errors():
            self.raw.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
            self.raw.execute("SET TIME ZONE 'UTC'")

    @property
    def lost(self) -> bool:
        """The connection died under us (a server restart, a network cut,
        pg_terminate_backend): nothing more can go through it."""
        return self.raw.closed or self.raw.broken

    def reconnect(self) -> None:
        """A new connection in place of a lost one (db.problems.recover calls it before
        the next change); what was not committed was lost with the old one. Raises as
        connecting does when the server is still out of reach."""
        with contextlib.suppress(psycopg.Error):
            self.raw.close()
        self.__init__(self.url)

    # the sqlite-utils surface

    def __getitem__(self, name: str) -> Table:
        return Table(self, name)

    def table(self, name: str) -> Table:
        return Table(self, name)

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self.raw.close()

    def table_names(self) -> list[str]:
        return [name for (name,) in self.raw.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "ORDER BY tablename")]

    def view_names(self) -> list[str]:
        return [name for (name,) in self.raw.execute(
            "SELECT viewname FROM pg_views WHERE schemaname = current_schema() "
            "ORDER BY viewname")]

    def query(self, sql: str, params: Any = None) -> Iterator[dict]:
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description or []]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction, or a savepoint inside one (as sqlite-utils' ``atomic``)."""
        if self.conn.in_transaction:
            name = f"annotator_{threading.get_ident()}_{id(self)}"
            self.raw.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.raw.execute(f"ROLLBACK TO SAVEPOINT {name}")
                raise
            else:
                self.raw.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.raw.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.raw.execute("ROLLBACK")
            raise
        else:
            self.raw.execute("COMMIT")

    @contextlib.contextmanager
    def ensure_autocommit_on(self) -> Iterator[None]:
        yield

    # statements

    def translated(self, sql: str) -> str:
        return _translate(sql, frozenset(self._attached), self.primary_key)

    def execute(self, sql: str, params: Any = None) -> Cursor:
        special = self._special(sql, params)
        if special is not None:
            return special
        text = self._translated_or_fail(sql)
        with _errors():  # a closed connection fails at cursor(): the same error
            cursor = self.raw.cursor()
            cursor.execute(text, _params(params))
        return Cursor(cursor, star=_has_star(text))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor:
        text = self._translated_or_fail(sql)
        with _errors():
            cursor = self.raw.cursor()
            cursor.executemany(text, [_params(row) for row in rows])
        return Cursor(cursor)

    def executescript(self, script: str) -> None:
        for statement in script.split(";"):
            if statement.strip():
                self.execute(statement)

    def _translated_or_fail(self, sql: str) -> str:
        try:
            return self.translated(sql)
        except (Untranslatable, Exception) as exc:  # sqlglot's parse errors too
            if isinstance(exc, sqlite3.Error):
                raise
            raise DatabaseError(f"statement not translated for PostgreSQL ({exc})") from exc

    def _special(self, sql: str, params: Any) -> Cursor | None:
        """Statements that mean something other than their text on PostgreSQL."""
        match = _BEGIN.match(sql)
        if match:
            with _errors():
                if (match.group(2) or "").upper() in ("IMMEDIATE", "EXCLUSIVE"):
                    self.raw.execute("BEGIN")  # READ COMMITTED: after the lock, all is seen
                    try:
                        self.raw.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
                    except psycopg.Error:
                        # the writer's turn never came (lock_timeout): leave no aborted
                        # transaction behind, so the next key can try again
                        with contextlib.suppress(psycopg.Error):
                            self.raw.execute("ROLLBACK")
                        raise
                else:  # SQLite's deferred transaction reads one snapshot
                    self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            return Cursor(None)
        if _PASS.match(sql):
            with _errors():
                self.raw.execute(sql)
            return Cursor(None)
        match = _PRAGMA_TABLE_INFO.match(sql)
        if match:
            return self._table_info(match.group(1))
        if sql.lstrip().upper().startswith("PRAGMA"):
            return Cursor(None)  # durability, timeouts and keys are PostgreSQL's own
        match = _ATTACH.match(sql)
        if match:
            self.attach(match.group(1), _file_of(params))
            return Cursor(None)
        match = _DETACH.match(sql)
        if match:
            self.detach(match.group(1))
            return Cursor(None)
        match = _TRIGGER.match(sql)
        if match:
            self._create_trigger(*match.groups())
            return Cursor(None)
        match = _DROP_TRIGGER.match(sql)
        if match:
            self._drop_trigger(match.group(1), must_exist="IF EXISTS" not in sql.upper())
            return Cursor(None)
        return None

    def primary_key(self, table: str) -> list[str]:
        if table not in self._keys:
            rows = self.raw.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(%s) "
                "AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)",
                [_qualified(table)]).fetchall()
            self._keys[table] = [name for (name,) in rows]
        return self._keys[table]

    def columns(self, table: str) -> list[tuple[str, str, bool]]:
        """(name, type, not null) of each column the tool sees, in order."""
        rows = self.raw.execute(
            "SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute "
            "WHERE attrelid = to_regclass(%s) AND attnum > 0 AND NOT attisdropped "
            "ORDER BY attnum", [_qualified(table)]).fetchall()
        return [row for row in rows if row[0] not in HIDDEN_COLUMNS]

    def _table_info(self, table: str) -> Cursor:
        if "." in table:
            alias, name = table.split(".", 1)
            table = f'pg_temp."{alias}__{name}"' if alias in self._attached else name
        keys = self.primary_key(table)
        rows = [(cid, name, kind.upper(), int(notnull), None,
                 keys.index(name) + 1 if name in keys else 0)
                for cid, (name, kind, notnull) in enumerate(self.columns(table))]
        return _Rows(rows, ["cid", "name", "type", "notnull", "dflt_value", "pk"])

    # SQLite trigger -> PL/pgSQL

    def _create_trigger(self, name: str, when: str, event: str, table: str,
                        condition: str | None, body: str) -> None:
        statements = [self.translated(s) for s in _split_statements(body)]
        code = ";\n".join(statements) + ";"
        if condition:
            test = self.translated(f"SELECT {condition}")
            test = re.sub(r"^SELECT\s+", "", test, count=1)
            if test.startswith("CAST(") and test.endswith(" AS INT)"):
                test = test[len("CAST("):-len(" AS INT)")]
            code = f"IF {test} THEN\n{code}\nEND IF;"
        function = f"{name}_fn"
        returned = "OLD" if event.upper() == "DELETE" else "NEW"
        with _errors():
            self.raw.execute(
                f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$fn$ BEGIN\n{code}\nRETURN {returned}; END $fn$")
            self.raw.execute(
                f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION {function}()")

    def _drop_trigger(self, name: str, *, must_exist: bool) -> None:
        """SQLite names a trigger alone; PostgreSQL by its table (and here its function)."""
        with _errors():
            row = self.raw.execute(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = %s AND NOT t.tgisinternal", [name]).fetchone()
            if row is None:
                if must_exist:
                    raise OperationalError(f"no such trigger: {name}")
                return
            self.raw.execute(pgsql.SQL("DROP TRIGGER {} ON {}").format(
                pgsql.Identifier(name), pgsql.Identifier(row[0])))
            self.raw.execute(pgsql.SQL("DROP FUNCTION IF EXISTS {}()").format(
                pgsql.Identifier(f"{name}_fn")))

    # ATTACH: another SQLite file's tables, copied into this session's temporary schema

    def attach(self, alias: str, path: Path) -> None:
        """Copy every table of the SQLite file at ``path`` to ``pg_temp.<alias>__<table>``
        (with its rowid), so the SQL written for ATTACH reads ``<alias>.<table>``."""
        source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            tables = [name for (name,) in source.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_fts%' AND sql NOT LIKE '%VIRTUAL TABLE%'")]
            for table in tables:
                self._copy_in(source, alias, table)
        finally:
            source.close()
        self._attached.add(alias)

    def _copy_in(self, source: sqlite3.Connection, alias: str, table: str) -> None:
        info = source.execute(f"PRAGMA table_info([{table}])").fetchall()
        without_rowid = not _has_rowid(source, table)
        names = [row[1] for row in info]
        kinds = [_SQLITE_TYPES.get((row[2] or "").upper().split("(")[0], "TEXT") for row in info]
        target = pgsql.Identifier(f"{alias}__{table}")
        columns = [pgsql.SQL("{} {}").format(pgsql.Identifier(n), pgsql.SQL(k))
                   for n, k in zip(names, kinds, strict=True)]
        if "rowid" not in names:
            columns.append(pgsql.SQL("rowid BIGINT"))
        with _errors():
            self.raw.execute(pgsql.SQL("DROP TABLE IF EXISTS pg_temp.{}").format(target))
            self.raw.execute(pgsql.SQL("CREATE TEMP TABLE {} ({})").format(
                target, pgsql.SQL(", ").join(columns)))
            selected = ", ".join(f"[{n}]" for n in names)
            rowid = "NULL" if without_rowid or "rowid" in names else "rowid"
            copied = names + ([] if "rowid" in names else ["rowid"])
            with self.raw.cursor().copy(pgsql.SQL("COPY pg_temp.{} ({}) FROM STDIN").format(
                    target, pgsql.SQL(", ").join(map(pgsql.Identifier, copied)))) as copy:
                for row in source.execute(f"SELECT {selected}, {rowid} FROM [{table}]"):
                    copy.write_row([_copyable(v, k) for v, k in
                                    zip(row, kinds + ["BIGINT"], strict=False)])

    def detach(self, alias: str) -> None:
        with _errors():
            for (name,) in self.raw.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = "
                    "(SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema()) "
                    "AND tablename LIKE %s", [alias + "\\_\\_%"]).fetchall():
                self.raw.execute(pgsql.SQL("DROP TABLE IF EXISTS pg_temp.{}").format(
                    pgsql.Identifier(name)))
        self._attached.discard(alias)

    def missing_functions(self) -> bool:
        """Are the functions translated SQL calls missing (a new database, or one made by
        an earlier version)?"""
        have = self.raw.execute(
            "SELECT count(*) FROM pg_proc WHERE (proname IN ('annotator_json', "
            "'annotator_match', 'annotator_add_truth') OR proname = 'sum' AND "
            "proargtypes = '16') AND pronamespace = current_schema()::regnamespace").fetchone()[0]
        return have < len(COMPAT_FUNCTIONS)

    def ensure_functions(self) -> None:
        """Make the functions translated SQL calls (inside the caller's write)."""
        with _errors():
            for statement in COMPAT_FUNCTIONS:
                self.raw.execute(statement)


class _Rows(Cursor):
    """Rows made here (PRAGMA answers), shaped as a cursor."""

    def __init__(self, rows: list[tuple], names: list[str]):
        self._rows = list(rows)
        self.description = [(n, None, None, None, None, None, None) for n in names]
        self._drop = []

    @property
    def rowcount(self) -> int:
        return len(self._rows)

    def fetchone(self):
        return self._rows.pop(0) if self._rows else None

    def fetchall(self):
        rows, self._rows = self._rows, []
        return rows

    def fetchmany(self, size: int = 1):
        rows, self._rows = self._rows[:size], self._rows[size:]
        return rows

    def close(self) -> None:
        self._rows = []


class Table:
    """``db["name"]``: the sqlite-utils table operations the tool uses."""

    def __init__(self, db: PostgresDatabase, name: str):
        self.db = db
        self.name = name
        self.last_pk: Any = None
        self.last_rowid: int | None = None

    def exists(self) -> bool:
        return self.name in self.db.table_names()

    @property
    def pks(self) -> list[str]:
        return self.db.primary_key(self.name) or ["rowid"]

    @property
    def columns_dict(self) -> dict[str, str]:
        return {name: kind for name, kind, _ in self.db.columns(self.name)}

    def create(self, columns: dict[str, Any], pk: Any = None, foreign_keys: Any = (),
               not_null: Iterable[str] = (), **_: Any) -> Table:
        keys = [pk] if isinstance(pk, str) else list(pk or [])
        not_null = set(not_null)
        parts = []
        for name, kind in columns.items():
            sql_type = _TYPES.get(kind, "TEXT")
            if keys == [name] and kind is int:  # SQLite's INTEGER PRIMARY KEY numbers rows
                parts.append(f'"{name}" BIGINT GENERATED BY DEFAULT AS IDENTITY')
                continue
            collate = ' COLLATE "C"' if sql_type == "TEXT" else ""
            null = " NOT NULL" if name in not_null else ""
            parts.append(f'"{name}" {sql_type}{collate}{null}')
        parts.append("rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE")
        if keys:
            parts.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in keys) + ")")
        for column, other, other_column in foreign_keys or ():
            parts.append(f'FOREIGN KEY ("{column}") REFERENCES "{other}" ("{other_column}")')
        with _errors():
            self.db.raw.execute(f'CREATE TABLE "{self.name}" ({", ".join(parts)})')
        self.db._keys.pop(self.name, None)
        return self

    def create_index(self, columns: Sequence[str], index_name: str | None = None,
                     unique: bool = False, if_not_exists: bool = False, **_: Any) -> Table:
        name = index_name or "idx_{}_{}".format(self.name.replace(" ", "_"), "_".join(columns))
        with _errors():
            self.db.raw.execute(
                f'CREATE {"UNIQUE " if unique else ""}INDEX '
                f'{"IF NOT EXISTS " if if_not_exists else ""}"{name}" ON "{self.name}" ('
                + ", ".join(f'"{c}"' for c in columns) + ")")
        return self

    def add_column(self, name: str, kind: Any = str, **_: Any) -> Table:
        sql_type = _TYPES.get(kind, "TEXT")
        collate = ' COLLATE "C"' if sql_type == "TEXT" else ""
        with _errors():
            self.db.raw.execute(
                f'ALTER TABLE "{self.name}" ADD COLUMN "{name}" {sql_type}{collate}')
        return self

    def enable_fts(self, columns: Sequence[str], **_: Any) -> Table:
        """Full-text search on PostgreSQL: a generated tsvector column with a GIN index
        (db/fts.py queries it)."""
        unicode = self.db.raw.execute(
            "SELECT collname FROM pg_collation WHERE collname IN ('und-x-icu', 'C.utf8') "
            "ORDER BY collname = 'und-x-icu' DESC LIMIT 1").fetchone()
        if unicode:  # words as SQLite's unicode61 sees them: runs of letters and digits
            document = " || ' ' || ".join(
                f"regexp_replace(coalesce(\"{c}\", '') COLLATE \"{unicode[0]}\", "
                "'[^[:alnum:]]+', ' ', 'g')" for c in columns)
        else:
            spaces = " " * len(FTS_SEPARATORS)
            document = " || ' ' || ".join(
                f"translate(coalesce(\"{c}\", ''), '{FTS_SEPARATORS}', '{spaces}')"
                for c in columns)
        with _errors():
            self.db.raw.execute(
                f'ALTER TABLE "{self.name}" ADD COLUMN {FTS_COLUMN} tsvector GENERATED ALWAYS AS '
                f"(to_tsvector('{FTS_CONFIG}', {document})) STORED")
            self.db.raw.execute(f'CREATE INDEX "{self.name}_{FTS_COLUMN}" ON "{self.name}" '
                                f"USING GIN ({FTS_COLUMN})")
        return self

    def _insert(self, record: dict, conflict: str) -> Table:
        names = list(record)
        keys = self.db.primary_key(self.name)
        returning = keys or ["rowid"]
        sql = (f'INSERT INTO "{self.name}" (' + ", ".join(f'"{n}"' for n in names)
               + ") VALUES (" + ", ".join(["%s"] * len(names)) + ")" + conflict
               + " RETURNING " + ", ".join(f'"{k}"' for k in returning) + ", rowid")
        with _errors():
            row = self.db.raw.execute(sql, [record[n] for n in names]).fetchone()
        if row is not None:
            values = row[:-1]
            self.last_pk = values[0] if len(values) == 1 else tuple(values)
            self.last_rowid = row[-1]
        return self

    def insert(self, record: dict, pk: Any = None, ignore: bool = False, replace: bool = False,
               **_: Any) -> Table:
        if replace:
            return self.upsert(record, pk=pk)
        return self._insert(record, " ON CONFLICT DO NOTHING" if ignore else "")

    def upsert(self, record: dict, pk: Any = None, **_: Any) -> Table:
        keys = [pk] if isinstance(pk, str) else list(pk or self.db.primary_key(self.name))
        changed = [n for n in record if n not in keys]
        action = ("DO UPDATE SET " + ", ".join(f'"{n}" = excluded."{n}"' for n in changed)
                  if changed else "DO NOTHING")
        target = "(" + ", ".join(f'"{k}"' for k in keys) + ")"
        return self._insert(record, f" ON CONFLICT {target} {action}")

    def insert_all(self, records: Iterable[dict], **kwargs: Any) -> Table:
        for record in records:
            self.insert(record, **kwargs)
        return self

    def upsert_all(self, records: Iterable[dict], **kwargs: Any) -> Table:
        for record in records:
            self.upsert(record, **kwargs)
        return self

    def rows_where(self, where: str | None = None, where_args: Any = None,
                   order_by: str | None = None, **_: Any) -> Iterator[dict]:
        sql = f'SELECT * FROM "{self.name}"' + (f" WHERE {where}" if where else "") + (
            f" ORDER BY {order_by}" if order_by else "")
        return self.db.query(sql, where_args)

    @property
    def count(self) -> int:
        return self.db.execute(f'SELECT count(*) FROM "{self.name}"').fetchone()[0]


# -- helpers ---------------------------------------------------------------------------

_cache: dict[tuple[str, frozenset[str]], str] = {}
_cache_lock = threading.Lock()


def _translate(sql: str, attached: frozenset[str], keys) -> str:
    key = (sql, attached)
    found = _cache.get(key)
    if found is None:
        found = translate(sql, attached=attached, keys=keys)
        with _cache_lock:
            if len(_cache) > 5000:
                _cache.clear()
            _cache[key] = found
    return found


def _params(params: Any) -> Any:
    if params is None:
        return None
    if isinstance(params, dict):
        return params
    return list(params)


def _has_star(text: str) -> bool:
    return "*" in text and bool(re.search(r"SELECT\s+(DISTINCT\s+)?(\w+\.)?\*", text))


def _file_of(params: Any) -> Path:
    value = params[0] if isinstance(params, (list, tuple)) else params
    value = str(value)
    if value.startswith("file:"):
        from urllib.parse import unquote, urlparse

        value = unquote(urlparse(value).path)
    return Path(value)


def _qualified(table: str) -> str:
    return table if "." in table else f'"{table}"'


def _has_rowid(source: sqlite3.Connection, table: str) -> bool:
    try:
        source.execute(f"SELECT rowid FROM [{table}] LIMIT 0")
        return True
    except sqlite3.OperationalError:
        return False


def _copyable(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "TEXT" and not isinstance(value, str):
        return str(value)
    if kind == "BIGINT" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _split_statements(body: str) -> list[str]:
    """A trigger body's statements (the tool's bodies hold no ';' inside strings)."""
    return [part.strip() for part in body.split(";") if part.strip()]
