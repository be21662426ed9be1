"""The task ledger's stores: every paid submit is written down before it is sent, and every answer
after it. Which store `SONGSPEC_LEDGER` picks is `songspec._ledger.open_ledger`'s business.

Both stores run the same SQL (see `_DIALECTS` for the few differences) on two tables:

    entries   one row per submit (or per task id resumed by hand): vendor, operation, base_url, the
              body as sent (secrets masked, URLs stripped of credentials and query strings), state,
              task id, reason, raw vendor state, progress, final result, created/updated times
    events    one row per state change of an entry: entry id, time, state, detail

Entry states, in order:

    sending -> accepted | outcome_unknown | refused        (the submit; journaled before sending)
    accepted -> queued | running | unknown -> succeeded | failed    (the task, from fetches)

`succeeded` and `failed` are final: later task_state()/task_finished() calls for that task change
nothing. `unfinished()` is every entry with a task id that is not final; an entry left in `sending`
(the process died mid-request) or `outcome_unknown` is NOT unfinished, it is for the user to
reconcile at the vendor (list it with `entries(states=RECONCILE_STATES)`).

Every write is one short transaction, so several processes (SQLite: on one machine; PostgreSQL:
anywhere) can share one ledger. API keys are never given to the ledger.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

from ._checks import url_host
from ._errors import ConfigurationError

__all__ = [
    "FINAL_STATES",
    "RECONCILE_STATES",
    "SCHEMA_VERSION",
    "STATE_GROUPS",
    "SUBMIT_STATES",
    "TASK_STATES",
    "UNFINISHED_STATES",
    "Entry",
    "Event",
    "Ledger",
    "NullLedger",
    "SqliteLedger",
    "redact_body",
    "redact_url",
]

ENV_VAR = "SONGSPEC_LEDGER"
SCHEMA_VERSION = 1
SECRET_MASK = "***"

SUBMIT_STATES = frozenset({"sending", "accepted", "outcome_unknown", "refused"})
TASK_STATES = frozenset({"queued", "running", "unknown"})
FINAL_STATES = frozenset({"succeeded", "failed"})
UNFINISHED_STATES = ("accepted", "queued", "running", "unknown")
RECONCILE_STATES = ("sending", "outcome_unknown")
"""Submits that may have been accepted and charged: look for them at the vendor before resubmitting."""
STATE_GROUPS = {"unfinished": UNFINISHED_STATES, "reconcile": RECONCILE_STATES}

Clock = Callable[[], float]


@dataclass(frozen=True)
class Entry:
    """One journaled submit (or one task resumed by id), as it stands now."""

    id: str
    vendor: str
    operation: str | None
    base_url: str | None
    body: dict[str, Any]
    state: str
    task_id: str | None
    reason: str | None
    raw_state: str | None
    progress: float | None
    result: dict[str, Any] | None
    created_at: float
    updated_at: float

    @property
    def finished(self) -> bool:
        return self.state in FINAL_STATES


@dataclass(frozen=True)
class Event:
    """One state change of an entry (the `events` table)."""

    entry_id: str
    at: float
    state: str
    detail: str | None


class Ledger(Protocol):
    def begin_submit(
        self,
        *,
        vendor: str,
        operation: str,
        body: Mapping[str, Any],
        base_url: str | None,
        secret_fields: Iterable[str] = (),
    ) -> str: ...
    def submit_accepted(self, entry_id: str, task_id: str) -> None: ...
    def submit_unknown(self, entry_id: str, reason: str) -> None: ...
    def submit_refused(self, entry_id: str, reason: str) -> None: ...
    def task_state(
        self,
        vendor: str,
        task_id: str,
        state: str,
        *,
        raw_state: str | None = None,
        progress: float | None = None,
    ) -> None: ...
    def task_finished(self, vendor: str, task_id: str, state: str, result: Mapping[str, Any]) -> None: ...
    def entries(
        self,
        *,
        vendor: str | None = None,
        states: Iterable[str] | None = None,
        older_than: float | None = None,
        newer_than: float | None = None,
        limit: int | None = None,
    ) -> list[Entry]: ...
    def unfinished(self, vendor: str | None = None) -> list[Entry]: ...
    def history(self, entry_id: str) -> list[Event]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


# ------------------------------------------------------------------------------------ redaction

_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s\"'<>]+")


def redact_url(url: str) -> str:
    """scheme://host[:port]/path: no user:password@, no ?query, no #fragment (they can hold tokens)."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return SECRET_MASK  # unparseable: keep nothing rather than something that may be a secret
    netloc = f"{url_host(host)}:{port}" if port is not None else url_host(host)
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _redact_text(text: str) -> str:
    return _URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)), text)


def redact_body(body: Mapping[str, Any], secret_fields: Iterable[str] = ()) -> dict[str, Any]:
    """A copy of `body` safe to store: every key named in `secret_fields` (at any depth) becomes
    "***", and every URL in a string keeps only scheme, host, port and path."""
    secrets = frozenset(secret_fields)

    def clean(value: Any) -> Any:
        if isinstance(value, Mapping):
            return {str(k): (SECRET_MASK if k in secrets else clean(v)) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [clean(v) for v in value]
        if isinstance(value, str):
            return _redact_text(value)
        return value

    cleaned = clean(body)
    assert isinstance(cleaned, dict)
    return cleaned


def _dumps(value: Any) -> str:
    # Strict on purpose: a body that is not plain JSON is a bug in the caller, not something to guess at.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _new_id() -> str:
    return uuid.uuid4().hex


# -------------------------------------------------------------------------------------- the SQL

# The only differences between the two engines. SQL below is written with "?" placeholders and
# {real}/{serial} type slots; PostgreSQL swaps "?" for "%s" and keeps its tables in a schema.
_DIALECTS: dict[str, dict[str, str]] = {
    "sqlite": {
        "real": "REAL",
        "serial": "INTEGER PRIMARY KEY AUTOINCREMENT",
        "entries": "entries",
        "events": "events",
        "for_update": "",
    },
    "postgres": {
        "real": "DOUBLE PRECISION",
        "serial": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        "entries": "songspec.entries",
        "events": "songspec.events",
        "for_update": " FOR UPDATE",
    },
}

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS {entries} (
        seq {serial},
        id TEXT NOT NULL UNIQUE,
        vendor TEXT NOT NULL,
        operation TEXT,
        base_url TEXT,
        body TEXT NOT NULL,
        state TEXT NOT NULL,
        task_id TEXT,
        reason TEXT,
        raw_state TEXT,
        progress {real},
        result TEXT,
        created_at {real} NOT NULL,
        updated_at {real} NOT NULL
    )""",
    # One entry per task: a task id typed by hand in two processes at once still makes one entry.
    "CREATE UNIQUE INDEX IF NOT EXISTS entries_vendor_task ON {entries} (vendor, task_id)",
    "CREATE INDEX IF NOT EXISTS entries_state ON {entries} (state, created_at)",
    "CREATE INDEX IF NOT EXISTS entries_created ON {entries} (created_at)",
    """CREATE TABLE IF NOT EXISTS {events} (
        seq {serial},
        entry_id TEXT NOT NULL REFERENCES {entries} (id),
        at {real} NOT NULL,
        state TEXT NOT NULL,
        detail TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS events_entry ON {events} (entry_id, seq)",
]

_COLUMNS = (
    "id, vendor, operation, base_url, body, state, task_id, reason, raw_state, progress, result, created_at, updated_at"
)


def _entry(row: Sequence[Any]) -> Entry:
    (id_, vendor, operation, base_url, body, state, task_id, reason, raw_state, progress, result, created, updated) = (
        row
    )
    return Entry(
        id=id_,
        vendor=vendor,
        operation=operation or None,
        base_url=base_url,
        body=json.loads(body) if body else {},
        state=state,
        task_id=task_id,
        reason=reason,
        raw_state=raw_state,
        progress=None if progress is None else float(progress),
        result=None if result is None else json.loads(result),
        created_at=float(created),
        updated_at=float(updated),
    )


class _Cursor(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


def check_version(version: int, where: str) -> int:
    """The ledger's schema version, if this songspec can read it."""
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"the ledger {where} has schema version {version}; this songspec knows up to {SCHEMA_VERSION}: upgrade songspec"
        )
    return version


class _SqlLedger:
    """The ledger's logic on any DB-API cursor; subclasses provide `_transaction()` and the dialect."""

    dialect = "sqlite"

    def __init__(self, clock: Clock | None = None) -> None:
        self._clock: Clock = clock or time.time
        self._lock = threading.Lock()  # one connection per ledger, shared by the client's threads
        self._sql_cache: dict[str, str] = {}

    # subclasses ---------------------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[_Cursor]:  # pragma: no cover - abstract
        raise NotImplementedError
        yield

    def close(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _sql(self, template: str) -> str:
        sql = self._sql_cache.get(template)
        if sql is None:
            sql = template.format(**_DIALECTS[self.dialect])
            if self.dialect == "postgres":
                sql = sql.replace("?", "%s")
            self._sql_cache[template] = sql
        return sql

    def _run(self, cur: _Cursor, template: str, *params: Any) -> None:
        cur.execute(self._sql(template), params)

    def _event(self, cur: _Cursor, entry_id: str, now: float, state: str, detail: str | None) -> None:
        self._run(
            cur, "INSERT INTO {events} (entry_id, at, state, detail) VALUES (?, ?, ?, ?)", entry_id, now, state, detail
        )

    # writes -------------------------------------------------------------------------------
    def begin_submit(
        self,
        *,
        vendor: str,
        operation: str,
        body: Mapping[str, Any],
        base_url: str | None,
        secret_fields: Iterable[str] = (),
    ) -> str:
        stored = _dumps(redact_body(body, secret_fields))
        entry_id = _new_id()
        now = self._clock()
        with self._transaction() as cur:
            self._run(
                cur,
                "INSERT INTO {entries} (id, vendor, operation, base_url, body, state, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, 'sending', ?, ?)",
                entry_id,
                vendor,
                operation,
                None if base_url is None else redact_url(base_url),
                stored,
                now,
                now,
            )
            self._event(cur, entry_id, now, "sending", operation)
        return entry_id

    def _submit_outcome(self, entry_id: str, state: str, *, task_id: str | None, reason: str | None) -> None:
        now = self._clock()
        with self._transaction() as cur:
            self._run(cur, "SELECT vendor, state FROM {entries} WHERE id = ?{for_update}", entry_id)
            row = cur.fetchone()
            if row is None:
                raise KeyError(f"no ledger entry {entry_id!r}")
            vendor = row[0]
            adopted = None if task_id is None else self._adopt_resumed_entry(cur, vendor, task_id, entry_id)
            self._run(
                cur,
                "UPDATE {entries} SET state = ?, task_id = COALESCE(?, task_id), reason = ?, updated_at = ? WHERE id = ?",
                state,
                task_id,
                reason,
                now,
                entry_id,
            )
            self._event(cur, entry_id, now, state, task_id if task_id is not None else reason)
            if adopted is not None and adopted[0] != "accepted":
                # the resume got further than "accepted": keep what it learnt
                self._run(
                    cur,
                    "UPDATE {entries} SET state = ?, reason = ?, raw_state = ?, progress = ?, result = ? WHERE id = ?",
                    *adopted,
                    entry_id,
                )

    def _adopt_resumed_entry(self, cur: _Cursor, vendor: str, task_id: str, entry_id: str) -> tuple[Any, ...] | None:
        """If the task id already has an entry made by a resume by id (no submit behind it), fold it
        into this one so (vendor, task_id) stays unique; return its (state, reason, raw_state,
        progress, result). Another submit with the same task id is an error (never merged)."""
        self._run(
            cur,
            "SELECT id, operation, state, reason, raw_state, progress, result FROM {entries}"
            " WHERE vendor = ? AND task_id = ? AND id <> ?{for_update}",
            vendor,
            task_id,
            entry_id,
        )
        other = cur.fetchone()
        if other is None:
            return None
        if other[1]:
            raise ValueError(f"{vendor} task {task_id!r} is already journaled for another submit (entry {other[0]})")
        self._run(cur, "UPDATE {events} SET entry_id = ? WHERE entry_id = ?", entry_id, other[0])
        self._run(cur, "DELETE FROM {entries} WHERE id = ?", other[0])
        return tuple(other[2:])

    def submit_accepted(self, entry_id: str, task_id: str) -> None:
        if not task_id:
            raise ValueError("submit_accepted needs the vendor's task id")
        self._submit_outcome(entry_id, "accepted", task_id=task_id, reason=None)

    def submit_unknown(self, entry_id: str, reason: str) -> None:
        self._submit_outcome(entry_id, "outcome_unknown", task_id=None, reason=reason)

    def submit_refused(self, entry_id: str, reason: str) -> None:
        self._submit_outcome(entry_id, "refused", task_id=None, reason=reason)

    def _task_entry(self, cur: _Cursor, vendor: str, task_id: str, now: float) -> tuple[str, str, str | None]:
        """(id, state, raw_state) of the task's entry, locked; made first if the task was never journaled."""
        new_id = _new_id()
        self._run(
            cur,
            "INSERT INTO {entries} (id, vendor, operation, base_url, body, state, task_id, created_at, updated_at)"
            " VALUES (?, ?, NULL, NULL, '{{}}', 'accepted', ?, ?, ?) ON CONFLICT (vendor, task_id) DO NOTHING",
            new_id,
            vendor,
            task_id,
            now,
            now,
        )
        self._run(
            cur,
            "SELECT id, state, raw_state FROM {entries} WHERE vendor = ? AND task_id = ?{for_update}",
            vendor,
            task_id,
        )
        entry_id, state, raw_state = cur.fetchone()
        if entry_id == new_id:
            self._event(cur, entry_id, now, "accepted", "resumed by task id (no journaled submit)")
        return entry_id, state, raw_state

    def task_state(
        self,
        vendor: str,
        task_id: str,
        state: str,
        *,
        raw_state: str | None = None,
        progress: float | None = None,
    ) -> None:
        if state not in TASK_STATES:
            raise ValueError(f"task_state takes one of {sorted(TASK_STATES)}, not {state!r}")
        now = self._clock()
        with self._transaction() as cur:
            entry_id, old_state, old_raw = self._task_entry(cur, vendor, task_id, now)
            if old_state in FINAL_STATES:
                return  # a late poll answer never reopens a finished task
            self._run(
                cur,
                "UPDATE {entries} SET state = ?, raw_state = COALESCE(?, raw_state), progress = COALESCE(?, progress),"
                " updated_at = ? WHERE id = ?",
                state,
                raw_state,
                progress,
                now,
                entry_id,
            )
            if state != old_state or (raw_state is not None and raw_state != old_raw):
                detail = raw_state if progress is None else f"{raw_state or state} {progress:g}"
                self._event(cur, entry_id, now, state, detail)

    def task_finished(self, vendor: str, task_id: str, state: str, result: Mapping[str, Any]) -> None:
        if state not in FINAL_STATES:
            raise ValueError(f"task_finished takes one of {sorted(FINAL_STATES)}, not {state!r}")
        stored = _dumps(dict(result))
        now = self._clock()
        with self._transaction() as cur:
            entry_id, old_state, _ = self._task_entry(cur, vendor, task_id, now)
            if old_state in FINAL_STATES:
                return  # first final answer wins (two resumers may both see the end)
            reason = result.get("reason") if isinstance(result.get("reason"), str) else None
            self._run(
                cur,
                "UPDATE {entries} SET state = ?, result = ?, reason = COALESCE(?, reason), updated_at = ? WHERE id = ?",
                state,
                stored,
                reason,
                now,
                entry_id,
            )
            self._event(cur, entry_id, now, state, reason)

    # reads --------------------------------------------------------------------------------
    def entries(
        self,
        *,
        vendor: str | None = None,
        states: Iterable[str] | None = None,
        older_than: float | None = None,
        newer_than: float | None = None,
        limit: int | None = None,
    ) -> list[Entry]:
        """Entries, newest first. older_than/newer_than are unix times compared with created_at."""
        where: list[str] = []
        params: list[Any] = []
        if vendor is not None:
            where.append("vendor = ?")
            params.append(vendor)
        if states is not None:
            wanted = sorted(set(states))
            if not wanted:
                return []
            where.append(f"state IN ({', '.join('?' for _ in wanted)})")
            params.extend(wanted)
        if older_than is not None:
            where.append("created_at < ?")
            params.append(older_than)
        if newer_than is not None:
            where.append("created_at > ?")
            params.append(newer_than)
        sql = f"SELECT {_COLUMNS} FROM {{entries}}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at DESC, seq DESC"
        if limit is not None:
            if limit < 0:
                raise ValueError("limit must be >= 0")
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._select(sql, params)

    def unfinished(self, vendor: str | None = None) -> list[Entry]:
        """Tasks the vendor accepted that have no final result yet, oldest first (resume order)."""
        marks = ", ".join("?" for _ in UNFINISHED_STATES)
        sql = f"SELECT {_COLUMNS} FROM {{entries}} WHERE task_id IS NOT NULL AND state IN ({marks})"
        params: list[Any] = list(UNFINISHED_STATES)
        if vendor is not None:
            sql += " AND vendor = ?"
            params.append(vendor)
        return self._select(sql + " ORDER BY created_at, seq", params)

    def history(self, entry_id: str) -> list[Event]:
        """Every state change of one entry, oldest first."""
        with self._transaction() as cur:
            self._run(cur, "SELECT entry_id, at, state, detail FROM {events} WHERE entry_id = ? ORDER BY seq", entry_id)
            rows = cur.fetchall()
        return [Event(entry_id=r[0], at=float(r[1]), state=r[2], detail=r[3]) for r in rows]

    def _select(self, template: str, params: Sequence[Any]) -> list[Entry]:
        with self._transaction() as cur:
            cur.execute(self._sql(template), params)
            rows = cur.fetchall()
        return [_entry(r) for r in rows]

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


# ----------------------------------------------------------------------------------------- SQLite


class SqliteLedger(_SqlLedger):
    """The ledger in one SQLite file: WAL, a busy timeout, one short IMMEDIATE transaction per write.

    Safe for many processes on one machine (not on a network file system: WAL needs shared memory).
    """

    dialect = "sqlite"
    BUSY_TIMEOUT_MS = 30_000

    def __init__(self, path: str | os.PathLike[str], *, clock: Clock | None = None) -> None:
        super().__init__(clock)
        self.path = Path(path).expanduser()
        if self.path.is_dir():
            raise ConfigurationError(f"{ENV_VAR}: {self.path} is a directory; give a file path for the SQLite ledger")
        if not self.path.parent.exists():
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Create the file 0600 ourselves: SQLite gives the -wal and -shm files the same mode.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            self.path,
            timeout=self.BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,  # we issue BEGIN IMMEDIATE / COMMIT ourselves
            check_same_thread=False,  # guarded by self._lock
        )
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {self.BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a journaled submit survives a power cut, not only a killed process.
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except BaseException:
            self._conn.close()
            self._conn = None
            raise

    def _migrate(self) -> None:
        with self._transaction() as cur:
            version = check_version(cur.execute("PRAGMA user_version").fetchone()[0], str(self.path))
            if version < 1:
                for statement in _SCHEMA:
                    cur.execute(self._sql(statement))
                cur.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _transaction(self) -> Iterator[_Cursor]:
        with self._lock:
            if self._conn is None:
                raise RuntimeError("the ledger is closed")
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            else:
                cur.execute("COMMIT")
            finally:
                cur.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __repr__(self) -> str:
        return f"SqliteLedger({str(self.path)!r})"


# ------------------------------------------------------------------------------------------- off


class NullLedger:
    """SONGSPEC_LEDGER=off: every write is accepted and forgotten, every list is empty."""

    def begin_submit(
        self,
        *,
        vendor: str,
        operation: str,
        body: Mapping[str, Any],
        base_url: str | None,
        secret_fields: Iterable[str] = (),
    ) -> str:
        return _new_id()

    def submit_accepted(self, entry_id: str, task_id: str) -> None:
        pass

    def submit_unknown(self, entry_id: str, reason: str) -> None:
        pass

    def submit_refused(self, entry_id: str, reason: str) -> None:
        pass

    def task_state(
        self,
        vendor: str,
        task_id: str,
        state: str,
        *,
        raw_state: str | None = None,
        progress: float | None = None,
    ) -> None:
        pass

    def task_finished(self, vendor: str, task_id: str, state: str, result: Mapping[str, Any]) -> None:
        pass

    def entries(
        self,
        *,
        vendor: str | None = None,
        states: Iterable[str] | None = None,
        older_than: float | None = None,
        newer_than: float | None = None,
        limit: int | None = None,
    ) -> list[Entry]:
        return []

    def unfinished(self, vendor: str | None = None) -> list[Entry]:
        return []

    def history(self, entry_id: str) -> list[Event]:
        return []

    def close(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        pass

    def __repr__(self) -> str:
        return "NullLedger()"
