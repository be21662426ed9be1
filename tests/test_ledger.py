"""The task ledger (`songspec._ledger`): the same behavioural tests on SQLite and on a real
PostgreSQL server (tests/pg.py starts one from Debian's package), plus each store's own promises.

What it promises, one test (or more) each:
- a submit is journaled before sending, then accepted / outcome_unknown / refused, and each state
  change after that is a row of history;
- secret fields and URL credentials/query strings never reach the storage (checked on the raw
  rows and, for SQLite, the raw file bytes);
- `unfinished()` is exactly the accepted tasks without a final result;
- a task id nobody journaled (resumed by hand) gets one entry, never two;
- several processes writing at once lose no entry and duplicate none;
- SQLite: WAL, busy timeout, user_version, 0700 directory and 0600 files;
- open_ledger() understands every documented SONGSPEC_LEDGER form and rejects the rest.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from songspec import _ledger
from songspec._ledger import SCHEMA_VERSION, Ledger, NullLedger, SqliteLedger, open_ledger
from tests import pg

postgres_server = pg.postgres_server  # the session fixture, used through ledger_url

ROOT = Path(__file__).resolve().parent.parent
VENDOR = "acedata-producer"
WORKERS = 4
SUBMITS_PER_WORKER = 50
JOIN_TIMEOUT = 120.0


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(params=["sqlite", "postgres"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "ledger-dir" / "ledger.sqlite3")
    server: pg.PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ledger(ledger_url: str, clock: FakeClock) -> Iterator[Ledger]:
    with open_ledger(ledger_url, clock=clock) as opened:
        yield opened


def _submit(ledger: Ledger, **body: Any) -> str:
    return ledger.begin_submit(vendor=VENDOR, operation="generate", body=body or {"prompt": "lo-fi"}, base_url=None)


def _raw_storage(url: str) -> str:
    """Everything the store holds, as text: the raw rows, and for SQLite the file bytes too."""
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url) as conn:
            rows = conn.execute(
                "SELECT row_to_json(e)::text FROM songspec.entries e"
                " UNION ALL SELECT row_to_json(v)::text FROM songspec.events v"
            ).fetchall()
        return "\n".join(r[0] for r in rows)
    path = Path(url)
    parts = [p.read_bytes().decode("latin-1") for p in (path, Path(f"{url}-wal")) if p.exists()]
    with sqlite3.connect(path) as conn:
        for table in ("entries", "events"):
            parts.extend(repr(r) for r in conn.execute(f"SELECT * FROM {table}"))
    return "\n".join(parts)


# ----------------------------------------------------------------------------- the life of a task


def test_a_submit_is_journaled_before_sending_then_followed_to_its_result(ledger: Ledger, clock: FakeClock) -> None:
    entry_id = ledger.begin_submit(
        vendor=VENDOR,
        operation="generate",
        body={"prompt": "lo-fi piano", "model": "FUZZ-2.0"},
        base_url="https://api.acedata.cloud",
    )
    [entry] = ledger.entries()
    assert (entry.id, entry.state, entry.task_id, entry.operation) == (entry_id, "sending", None, "generate")
    assert entry.body == {"prompt": "lo-fi piano", "model": "FUZZ-2.0"}
    assert entry.base_url == "https://api.acedata.cloud"
    assert entry.created_at == entry.updated_at == clock.now
    assert ledger.unfinished() == []  # not accepted yet: nothing to wait for

    clock.advance(1)
    ledger.submit_accepted(entry_id, "task-1")
    clock.advance(5)
    ledger.task_state(VENDOR, "task-1", "queued", raw_state="pending")
    clock.advance(5)
    ledger.task_state(VENDOR, "task-1", "running", raw_state="processing", progress=0.4)
    [waiting] = ledger.unfinished()
    assert (waiting.id, waiting.state, waiting.raw_state, waiting.progress) == (entry_id, "running", "processing", 0.4)

    clock.advance(30)
    result = {"tracks": [{"id": "t1", "audio_url": "https://cdn.example/t1.mp3", "duration": 61.5}]}
    ledger.task_finished(VENDOR, "task-1", "succeeded", result)
    [done] = ledger.entries()
    assert (done.state, done.task_id, done.result) == ("succeeded", "task-1", result)
    assert done.created_at == 1_800_000_000.0 and done.updated_at == clock.now
    assert ledger.unfinished() == []
    history = ledger.history(entry_id)
    assert [e.state for e in history] == ["sending", "accepted", "queued", "running", "succeeded"]
    assert [e.at - history[0].at for e in history] == [0, 1, 6, 11, 41]


def test_outcome_unknown_and_refused_submits_are_kept_with_their_reason(ledger: Ledger) -> None:
    unknown = _submit(ledger, prompt="a")
    refused = _submit(ledger, prompt="b")
    ledger.submit_unknown(unknown, "read timeout after sending")
    ledger.submit_refused(refused, "connection refused")
    by_id = {e.id: e for e in ledger.entries()}
    assert (by_id[unknown].state, by_id[unknown].reason) == ("outcome_unknown", "read timeout after sending")
    assert (by_id[refused].state, by_id[refused].reason) == ("refused", "connection refused")
    assert [e.id for e in ledger.entries(states=["outcome_unknown"])] == [unknown]
    assert ledger.unfinished() == []
    assert [e.state for e in ledger.history(unknown)] == ["sending", "outcome_unknown"]
    # reconciled later: the user found the job at the vendor
    ledger.submit_accepted(unknown, "found-it")
    assert [e.task_id for e in ledger.unfinished()] == ["found-it"]


def test_a_task_id_typed_by_hand_gets_one_entry(ledger: Ledger) -> None:
    ledger.task_state(VENDOR, "typed-1", "queued")
    ledger.task_state(VENDOR, "typed-1", "running", progress=0.5)
    ledger.task_finished("deerapi-suno", "typed-2", "failed", {"reason": "content policy"})
    entries = {e.task_id: e for e in ledger.entries()}
    assert set(entries) == {"typed-1", "typed-2"}
    one, two = entries["typed-1"], entries["typed-2"]
    assert (one.vendor, one.operation, one.body, one.state, one.progress) == (VENDOR, None, {}, "running", 0.5)
    assert (two.vendor, two.state, two.reason, two.result) == (
        "deerapi-suno",
        "failed",
        "content policy",
        {"reason": "content policy"},
    )
    assert [e.task_id for e in ledger.unfinished()] == ["typed-1"]
    assert [e.state for e in ledger.history(one.id)] == ["accepted", "queued", "running"]
    # the same id at another vendor is another task
    ledger.task_state("ccapi-producer", "typed-1", "queued")
    assert len(ledger.entries()) == 3


def test_a_submit_accepted_after_a_resume_by_id_merges_into_one_entry(ledger: Ledger) -> None:
    entry_id = _submit(ledger, prompt="x")
    ledger.task_state(VENDOR, "T", "running", progress=0.3)  # another process resumed "T" first
    ledger.submit_accepted(entry_id, "T")
    [entry] = ledger.entries()
    assert (entry.id, entry.task_id, entry.state, entry.progress, entry.body) == (
        entry_id,
        "T",
        "running",
        0.3,
        {"prompt": "x"},
    )
    assert sorted(e.state for e in ledger.history(entry_id)) == sorted(["sending", "accepted", "running", "accepted"])


def test_two_submits_never_share_a_task_id(ledger: Ledger) -> None:
    first, second = _submit(ledger, n=1), _submit(ledger, n=2)
    ledger.submit_accepted(first, "T")
    with pytest.raises(ValueError, match="already journaled"):
        ledger.submit_accepted(second, "T")
    assert {e.id: (e.state, e.task_id) for e in ledger.entries()} == {
        first: ("accepted", "T"),
        second: ("sending", None),
    }


def test_a_finished_task_stays_finished(ledger: Ledger) -> None:
    entry_id = _submit(ledger)
    ledger.submit_accepted(entry_id, "T")
    ledger.task_finished(VENDOR, "T", "succeeded", {"tracks": [1]})
    ledger.task_state(VENDOR, "T", "running")  # a late poll answer
    ledger.task_finished(VENDOR, "T", "failed", {"reason": "late"})  # a second resumer
    [entry] = ledger.entries()
    assert (entry.state, entry.result) == ("succeeded", {"tracks": [1]})
    assert [e.state for e in ledger.history(entry_id)] == ["sending", "accepted", "succeeded"]


def test_only_state_changes_make_history(ledger: Ledger) -> None:
    entry_id = _submit(ledger)
    ledger.submit_accepted(entry_id, "T")
    for progress in (0.1, 0.2, 0.3):
        ledger.task_state(VENDOR, "T", "running", raw_state="processing", progress=progress)
    assert [e.state for e in ledger.history(entry_id)] == ["sending", "accepted", "running"]
    assert ledger.entries()[0].progress == 0.3


def test_unfinished_is_exactly_the_accepted_tasks_without_a_result(ledger: Ledger, clock: FakeClock) -> None:
    states: dict[str, str] = {}
    for name in (
        "sending",
        "unknown_outcome",
        "refused",
        "accepted",
        "queued",
        "running",
        "unknown",
        "succeeded",
        "failed",
    ):
        clock.advance(1)
        entry_id = _submit(ledger, name=name)
        states[entry_id] = name
        if name == "sending":
            continue
        if name == "unknown_outcome":
            ledger.submit_unknown(entry_id, "timeout")
            continue
        if name == "refused":
            ledger.submit_refused(entry_id, "429 before accepting")
            continue
        ledger.submit_accepted(entry_id, f"task-{name}")
        if name in ("queued", "running", "unknown"):
            ledger.task_state(VENDOR, f"task-{name}", name)
        elif name in ("succeeded", "failed"):
            ledger.task_state(VENDOR, f"task-{name}", "running")
            ledger.task_finished(VENDOR, f"task-{name}", name, {})
    unfinished = ledger.unfinished()
    assert [states[e.id] for e in unfinished] == ["accepted", "queued", "running", "unknown"]  # oldest first
    assert all(not e.finished for e in unfinished)
    assert ledger.unfinished(vendor="suno-relay") == []


def test_entries_filters_and_order(ledger: Ledger, clock: FakeClock) -> None:
    made = []
    for i, vendor in enumerate(["ttapi-producer", VENDOR, "ttapi-producer", VENDOR]):
        clock.now = 1000.0 + i * 100
        made.append(ledger.begin_submit(vendor=vendor, operation="generate", body={"i": i}, base_url=None))
    ledger.submit_refused(made[1], "no")
    assert [e.id for e in ledger.entries()] == made[::-1]  # newest first
    assert [e.id for e in ledger.entries(vendor=VENDOR)] == [made[3], made[1]]
    assert [e.id for e in ledger.entries(states=["refused"])] == [made[1]]
    assert [e.id for e in ledger.entries(states=["sending", "refused"], vendor=VENDOR)] == [made[3], made[1]]
    assert ledger.entries(states=[]) == []
    assert [e.id for e in ledger.entries(older_than=1200.0)] == [made[1], made[0]]
    assert [e.id for e in ledger.entries(newer_than=1100.0)] == [made[3], made[2]]
    assert [e.id for e in ledger.entries(newer_than=1000.0, older_than=1300.0)] == [made[2], made[1]]
    assert [e.id for e in ledger.entries(limit=2)] == [made[3], made[2]]
    assert ledger.entries(limit=0) == []


def test_bad_calls_are_refused(ledger: Ledger) -> None:
    with pytest.raises(ValueError, match="queued"):
        ledger.task_state(VENDOR, "T", "succeeded")
    with pytest.raises(ValueError, match="succeeded"):
        ledger.task_finished(VENDOR, "T", "running", {})
    with pytest.raises(KeyError):
        ledger.submit_accepted("no-such-entry", "T")
    with pytest.raises(TypeError):
        ledger.begin_submit(vendor=VENDOR, operation="generate", body={"when": object()}, base_url=None)
    assert ledger.entries() == []  # nothing half-written


def test_the_ledger_survives_closing_and_reopening(ledger_url: str) -> None:
    with open_ledger(ledger_url) as first:
        entry_id = _submit(first)
        first.submit_accepted(entry_id, "T")
    with open_ledger(ledger_url) as second:
        assert [e.task_id for e in second.unfinished()] == ["T"]
        second.task_finished(VENDOR, "T", "succeeded", {})
        assert second.unfinished() == []


def test_threads_sharing_one_ledger(ledger: Ledger) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(20):
                entry_id = _submit(ledger, thread=n, i=i)
                ledger.submit_accepted(entry_id, f"t{n}-{i}")
                ledger.task_state(VENDOR, f"t{n}-{i}", "running")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert len(ledger.unfinished()) == 80


# ---------------------------------------------------------------------------------------- secrets


def test_secret_fields_and_url_credentials_never_reach_the_storage(ledger_url: str) -> None:
    body = {
        "prompt": "lo-fi, see https://ref.example/song?sig=PROMPT-SIG-1 for the vibe",
        "webhook_secret": "TOP-SECRET-1",
        "callback_url": "https://cb-user:CB-PASS-1@hooks.example:8443/songspec/hook?token=CB-TOKEN-1#frag-SECRET",
        "options": {"webhook_secret": "TOP-SECRET-2", "keep": 3, "list": [{"webhook_secret": "TOP-SECRET-3"}]},
    }
    with open_ledger(ledger_url) as ledger:
        entry_id = ledger.begin_submit(
            vendor=VENDOR,
            operation="generate",
            body=body,
            base_url="https://proxy-user:BASE-PASS-1@relay.example/v1?key=BASE-KEY-1",
            secret_fields=["webhook_secret"],
        )
        [entry] = ledger.entries()
        raw = _raw_storage(ledger_url)  # before close: for SQLite the rows are still in the WAL
    assert entry.body == {
        "prompt": "lo-fi, see https://ref.example/song for the vibe",
        "webhook_secret": "***",
        "callback_url": "https://hooks.example:8443/songspec/hook",
        "options": {"webhook_secret": "***", "keep": 3, "list": [{"webhook_secret": "***"}]},
    }
    assert entry.base_url == "https://relay.example/v1"
    assert entry_id in raw and "hooks.example:8443/songspec/hook" in raw  # the dump did see the rows
    for secret in (
        "TOP-SECRET",
        "CB-PASS",
        "CB-TOKEN",
        "frag-SECRET",
        "PROMPT-SIG",
        "BASE-PASS",
        "BASE-KEY",
        "cb-user",
        "proxy-user",
    ):
        assert secret not in raw, secret
    assert body["webhook_secret"] == "TOP-SECRET-1"  # the caller's body is left alone


def test_redact_url_keeps_scheme_host_port_and_path() -> None:
    assert _ledger.redact_url("http://u:p@[::1]:8080/a/b?x=1#y") == "http://[::1]:8080/a/b"
    assert _ledger.redact_url("https://example.com") == "https://example.com"
    assert _ledger.redact_url("https://example.com:99999/x") == "***"  # unparseable port: keep nothing


# ------------------------------------------------------------------------------ several processes


def _submit_worker(url: str, worker: int, count: int, start: Any) -> None:
    """One process: open the ledger (a fresh one: the schema is created by whoever comes first),
    then submit and follow `count` tasks as fast as it can."""
    if not start.wait(60):
        raise SystemExit("start signal never came")
    with open_ledger(url) as ledger:
        for i in range(count):
            entry_id = ledger.begin_submit(
                vendor=VENDOR, operation="generate", body={"worker": worker, "i": i}, base_url=None
            )
            task_id = f"task-{worker}-{i}"
            ledger.submit_accepted(entry_id, task_id)
            ledger.task_state(VENDOR, task_id, "running")
            if i % 2:
                ledger.task_finished(VENDOR, task_id, "succeeded", {"i": i})


def test_several_processes_lose_no_entry_and_duplicate_none(ledger_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    procs = [
        context.Process(target=_submit_worker, args=(ledger_url, w, SUBMITS_PER_WORKER, start), daemon=True)
        for w in range(WORKERS)
    ]
    for proc in procs:
        proc.start()
    started = time.monotonic()
    start.set()
    try:
        for proc in procs:
            proc.join(timeout=max(0.1, JOIN_TIMEOUT - (time.monotonic() - started)))
    finally:
        stuck = [p for p in procs if p.is_alive()]
        for proc in stuck:
            proc.kill()
            proc.join(10)
    assert not stuck, f"{len(stuck)} writer processes did not finish within {JOIN_TIMEOUT:.0f} s"
    assert [p.exitcode for p in procs] == [0] * WORKERS

    with open_ledger(ledger_url) as ledger:
        entries = ledger.entries()
        seen = Counter((e.body["worker"], e.body["i"]) for e in entries)
        expected = {(w, i) for w in range(WORKERS) for i in range(SUBMITS_PER_WORKER)}
        assert set(seen) == expected, f"lost: {sorted(expected - set(seen))[:5]}"
        assert all(n == 1 for n in seen.values()), f"duplicated: {[k for k, n in seen.items() if n > 1][:5]}"
        assert Counter(e.task_id for e in entries).most_common(1)[0][1] == 1
        for e in entries:
            assert e.state == ("succeeded" if e.body["i"] % 2 else "running"), e
        assert len(ledger.unfinished()) == WORKERS * SUBMITS_PER_WORKER // 2
        sample = entries[0]
        expected_history = ["sending", "accepted", "running"] + (["succeeded"] if sample.body["i"] % 2 else [])
        assert [ev.state for ev in ledger.history(sample.id)] == expected_history


# ----------------------------------------------------------------------------------------- SQLite


def test_sqlite_file_settings(tmp_path: Path) -> None:
    path = tmp_path / "private" / "ledger.sqlite3"
    with open_ledger(str(path)) as ledger:
        assert isinstance(ledger, SqliteLedger)
        _submit(ledger)  # the -wal and -shm files exist while it is open
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert ledger._conn is not None
        assert ledger._conn.execute("PRAGMA busy_timeout").fetchone()[0] == SqliteLedger.BUSY_TIMEOUT_MS


def test_sqlite_refuses_a_ledger_from_a_newer_songspec(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    open_ledger(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RuntimeError, match="upgrade songspec"):
        open_ledger(str(path))


# ------------------------------------------------------------------------------------ open_ledger


def test_open_ledger_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_dir", lambda appname: str(tmp_path / "data" / appname))
    monkeypatch.delenv("SONGSPEC_LEDGER", raising=False)
    default = tmp_path / "data" / "songspec" / "ledger.sqlite3"
    with open_ledger() as ledger:
        assert isinstance(ledger, SqliteLedger) and ledger.path == default
    monkeypatch.setenv("SONGSPEC_LEDGER", "")
    with open_ledger() as ledger:
        assert isinstance(ledger, SqliteLedger) and ledger.path == default

    monkeypatch.setenv("SONGSPEC_LEDGER", str(tmp_path / "env.sqlite3"))
    with open_ledger() as ledger:
        assert isinstance(ledger, SqliteLedger) and ledger.path == tmp_path / "env.sqlite3"
    with open_ledger(f"sqlite://{tmp_path}/url.sqlite3") as ledger:
        assert isinstance(ledger, SqliteLedger) and ledger.path == tmp_path / "url.sqlite3"
    monkeypatch.chdir(tmp_path)
    with open_ledger("relative.sqlite3") as ledger:
        assert isinstance(ledger, SqliteLedger)
    assert (tmp_path / "relative.sqlite3").is_file()

    for off in ("off", "OFF", " off "):
        with open_ledger(off) as ledger:
            assert isinstance(ledger, NullLedger)
            entry_id = ledger.begin_submit(vendor=VENDOR, operation="generate", body={}, base_url=None)
            assert len(entry_id) == 32
            ledger.submit_accepted(entry_id, "T")
            ledger.task_state(VENDOR, "T", "running")
            ledger.task_finished(VENDOR, "T", "succeeded", {})
            assert ledger.entries() == [] and ledger.unfinished() == [] and ledger.history(entry_id) == []

    for bad in ("mysql://db/ledger", "sqlite://relative.sqlite3", "file:///tmp/x", "sqlite:///"):
        with pytest.raises(ValueError, match="SONGSPEC_LEDGER") as info:
            open_ledger(bad)
        assert "postgresql://" in str(info.value) and "off" in str(info.value)
    with pytest.raises(ValueError, match="directory"):
        open_ledger(str(tmp_path))


def test_open_ledger_postgres_urls(postgres_server: pg.PostgresServer) -> None:
    url = postgres_server.new_database()
    for form in (url, url.replace("postgresql://", "postgres://", 1)):
        with open_ledger(form) as ledger:
            assert type(ledger).__name__ == "PostgresLedger"
            assert "postgres@" not in repr(ledger)
    import psycopg

    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT max(version) FROM songspec.ledger_meta").fetchone() == (SCHEMA_VERSION,)


def test_postgres_refuses_a_ledger_from_a_newer_songspec(postgres_server: pg.PostgresServer) -> None:
    import psycopg

    url = postgres_server.new_database()
    open_ledger(url).close()
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO songspec.ledger_meta (version) VALUES (%s)", (SCHEMA_VERSION + 1,))
    with pytest.raises(RuntimeError, match="upgrade songspec"):
        open_ledger(url)


def test_postgres_reconnects_after_losing_its_connection(postgres_server: pg.PostgresServer) -> None:
    """The call that meets the dead connection fails (it is never replayed: a write may or may not
    have landed); the next call opens a new connection."""
    import psycopg

    url = postgres_server.new_database()
    with open_ledger(url) as ledger:
        entry_id = _submit(ledger)
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = 'songspec-ledger' AND pid <> pg_backend_pid()"
            )
        with pytest.raises(psycopg.OperationalError):
            ledger.submit_accepted(entry_id, "T")
        ledger.submit_accepted(entry_id, "T")
        assert [e.task_id for e in ledger.unfinished()] == ["T"]


# ------------------------------------------------------------------------- the PostgreSQL server


def _processes_mentioning(text: str) -> list[int]:
    """Live processes whose command line contains `text` (zombies excluded)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in cmdline and pg._pid_alive(int(proc.name)):
            found.append(int(proc.name))
    return found


def test_the_postgres_server_dies_with_the_test_process() -> None:
    """A child Python starts a server through tests/pg.py and is SIGKILLed: no finaliser runs,
    and still the postmaster must be gone (PR_SET_PDEATHSIG -> runuser -> postgres)."""
    if os.environ.get("SONGSPEC_SKIP_POSTGRES") == "1":
        pytest.skip("SONGSPEC_SKIP_POSTGRES=1")
    script = (
        "import json, sys, time\n"
        "from tests import pg\n"
        "cm = pg.running_postgres(); server = cm.__enter__()\n"
        "print(json.dumps({'pid': server.pid, 'root': str(server.root), 'port': server.port}), flush=True)\n"
        "time.sleep(120)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        info = json.loads(child.stdout.readline())
    finally:
        child.kill()
        child.wait(10)
    pid, root = info["pid"], Path(info["root"])
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and (pg._pid_alive(pid) or _processes_mentioning(str(root))):
            time.sleep(0.1)
        alive = pg._pid_alive(pid)
        if alive:
            os.kill(pid, signal.SIGKILL)
        assert not alive, "the PostgreSQL server outlived the process that started it"
        assert _processes_mentioning(str(root)) == [], "runuser or a backend outlived the test process"
    finally:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
