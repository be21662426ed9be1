"""The task ledger: every paid submit is written down before it is sent, and every answer after it.

`open_ledger()` picks the store from `SONGSPEC_LEDGER`:

    unset or ""                      SQLite in platformdirs.user_data_dir("songspec")/ledger.sqlite3
    "off"                            NullLedger: records nothing, lists nothing
    a path, or sqlite:///abs/path    SQLite there
    postgresql://... / postgres://   PostgreSQL through psycopg 3 (the `postgres` extra)

The stores, their tables and the states an entry goes through are described in
songspec._ledger_sql (SQLite and the SQL both stores share) and songspec._ledger_postgres.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ._errors import ConfigurationError
from ._ledger_sql import (
    ENV_VAR,
    FINAL_STATES,
    SCHEMA_VERSION,
    SUBMIT_STATES,
    TASK_STATES,
    UNFINISHED_STATES,
    Clock,
    Entry,
    Event,
    Ledger,
    NullLedger,
    SqliteLedger,
    redact_body,
    redact_url,
)

__all__ = [
    "FINAL_STATES",
    "SCHEMA_VERSION",
    "SUBMIT_STATES",
    "TASK_STATES",
    "UNFINISHED_STATES",
    "Entry",
    "Event",
    "Ledger",
    "NullLedger",
    "SqliteLedger",
    "default_sqlite_path",
    "open_ledger",
    "redact_body",
    "redact_url",
]


# ---------------------------------------------------------------------------------------- open

_ACCEPTED_FORMS = (
    f"{ENV_VAR} must be empty (SQLite in the user data directory), 'off', a file path, "
    "'sqlite:///absolute/path', or 'postgresql://...' / 'postgres://...'"
)
_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def default_sqlite_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("songspec")) / "ledger.sqlite3"


def open_ledger(setting: str | None = None, *, clock: Clock | None = None) -> Ledger:
    """The ledger `setting` (default: $SONGSPEC_LEDGER) names; see the module docstring."""
    if setting is None:
        setting = os.environ.get(ENV_VAR)
    setting = (setting or "").strip()
    if not setting:
        return SqliteLedger(default_sqlite_path(), clock=clock)
    if setting.lower() == "off":
        return NullLedger()
    match = _URL_SCHEME.match(setting)
    if match is None:
        return SqliteLedger(setting, clock=clock)
    scheme = match.group(1).lower()
    if scheme == "sqlite":
        path = setting[len("sqlite://") :]
        if not path.startswith("/") or path == "/":
            raise ConfigurationError(
                f"{ENV_VAR}: a sqlite URL needs an absolute path (sqlite:///abs/path). {_ACCEPTED_FORMS}"
            )
        return SqliteLedger(path, clock=clock)
    if scheme in ("postgresql", "postgres"):
        try:
            from ._ledger_postgres import PostgresLedger
        except ImportError as exc:
            raise ConfigurationError(
                f"{ENV_VAR} names a PostgreSQL database but psycopg is not installed: pip install 'songspec[postgres]'"
            ) from exc
        return PostgresLedger(setting, clock=clock)
    raise ConfigurationError(f"{ENV_VAR}: unknown scheme {scheme!r}. {_ACCEPTED_FORMS}")
