"""The task ledger on PostgreSQL (SONGSPEC_LEDGER=postgresql://...), through psycopg 3.

Install with the `postgres` extra (`pip install 'songspec[postgres]'`). Same SQL and behaviour as
the SQLite ledger (`_ledger_sql._SqlLedger`); the tables live in their own schema, `songspec`, so they
cannot collide with the application's tables in a shared database. The schema is created on first
open under an advisory lock (several workers may start at once) and its version is kept in
`songspec.ledger_meta`. The connection URL may hold a password: it is never put in a repr or a
message by this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from ._errors import ConfigurationError
from ._ledger_sql import _SCHEMA, ENV_VAR, SCHEMA_VERSION, Clock, _Cursor, _SqlLedger, check_version

# Any constant: two songspec processes creating the schema at once take turns on it.
_SCHEMA_LOCK_KEY = 0x50_6E_67_53_70_65_63  # "songSpec"-ish
CONNECT_TIMEOUT_S = 10


class PostgresLedger(_SqlLedger):
    dialect = "postgres"

    def __init__(self, url: str, *, clock: Clock | None = None) -> None:
        super().__init__(clock)
        self._url = url
        try:
            params = conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise ConfigurationError(f"{ENV_VAR}: not a valid PostgreSQL URL ({type(exc).__name__})") from None
        self._where = f"{params.get('host', 'localhost')}:{params.get('port', 5432)}/{params.get('dbname', '')}"
        self._connect_kwargs: dict[str, Any] = {"autocommit": True, "application_name": "songspec-ledger"}
        if "connect_timeout" not in params:
            self._connect_kwargs["connect_timeout"] = CONNECT_TIMEOUT_S
        self._conn: psycopg.Connection[Any] | None = None
        self._closed = False
        self._connect()
        self._migrate()

    def _connect(self) -> psycopg.Connection[Any]:
        self._conn = psycopg.connect(self._url, **self._connect_kwargs)
        return self._conn

    def _migrate(self) -> None:
        # Fast path, no DDL and no lock: the schema is there and current (also works for a role
        # that may use the songspec schema but not create one).
        if self._schema_version() == SCHEMA_VERSION:
            return
        with self._transaction() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK_KEY,))
            cur.execute("CREATE SCHEMA IF NOT EXISTS songspec")
            cur.execute("CREATE TABLE IF NOT EXISTS songspec.ledger_meta (version INTEGER NOT NULL)")
            cur.execute("SELECT max(version) FROM songspec.ledger_meta")
            version = check_version(cur.fetchone()[0] or 0, f"at {self._where}")
            if version < 1:
                for statement in _SCHEMA:
                    cur.execute(self._sql(statement))
                cur.execute("INSERT INTO songspec.ledger_meta (version) VALUES (%s)", (SCHEMA_VERSION,))

    def _schema_version(self) -> int:
        with self._transaction() as cur:
            cur.execute("SELECT to_regclass('songspec.ledger_meta') IS NOT NULL")
            if not cur.fetchone()[0]:
                return 0
            cur.execute("SELECT max(version) FROM songspec.ledger_meta")
            return check_version(cur.fetchone()[0] or 0, f"at {self._where}")

    @contextmanager
    def _transaction(self) -> Iterator[_Cursor]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the ledger is closed")
            conn = self._conn
            if conn is None or conn.broken or conn.closed:
                # The server restarted or the network dropped since the last call: a new connection
                # for this call. (A call that failed mid-way raised; it is never replayed.)
                conn = self._connect()
            with conn.transaction(), conn.cursor() as cur:
                yield cur

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __repr__(self) -> str:
        return f"PostgresLedger({self._where!r})"
