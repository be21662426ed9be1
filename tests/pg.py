"""A throwaway PostgreSQL server for the tests, from Debian's package.

`postgres_server` (session fixture) finds initdb/postgres under /usr/lib/postgresql/*/bin; when they
are missing, scripts/ensure_postgres.sh installs Debian's `postgresql` (apt-get), and if that fails
the test FAILS (set SONGSPEC_SKIP_POSTGRES=1 to skip it explicitly, e.g. on a machine without apt).

The server:
- runs as the `postgres` user (`runuser -u postgres --`) when we are root (PostgreSQL refuses to
  run as root), as ourselves otherwise;
- lives in a fresh temporary directory (data dir, unix socket, log), removed afterwards;
- listens on 127.0.0.1 only, on a free port; trust auth for local and 127.0.0.1/32 only;
- dies with the test process: stopped in the fixture's finaliser (`pg_ctl stop -m immediate`, then
  SIGKILL to the postmaster's PID if it is still there), and, should pytest itself be killed, the
  kernel sends SIGTERM to runuser (PR_SET_PDEATHSIG), which takes the server down with it;
- fsync off: it holds nothing worth keeping.

Use `server.new_database()` for a fresh, empty database per test.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENSURE_POSTGRES = ROOT / "scripts" / "ensure_postgres.sh"
START_TIMEOUT = 60.0  # seconds for initdb + the first accepted connection
STOP_TIMEOUT = 20.0
TEMP_PREFIX = "songspec-pg-"
PR_SET_PDEATHSIG = 1


def _find_bin_dir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True):
        path = Path(candidate)
        if all(os.access(path / tool, os.X_OK) for tool in ("initdb", "pg_ctl", "postgres")):
            return path
    return None


def _version_key(path: str) -> tuple[int, ...]:
    version = Path(path).parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def ensure_postgres_bin() -> Path:
    """The bin dir of Debian's PostgreSQL; installs the package when missing, FAILS if it cannot."""
    found = _find_bin_dir()
    if found is not None:
        return found
    result = subprocess.run([str(ENSURE_POSTGRES)], capture_output=True, text=True, timeout=900)
    found = _find_bin_dir()
    if result.returncode != 0 or found is None:
        pytest.fail(
            "PostgreSQL is needed to test the PostgreSQL ledger and could not be installed by "
            f"scripts/ensure_postgres.sh:\n{result.stderr}\n"
            "Install Debian's `postgresql` package, or set SONGSPEC_SKIP_POSTGRES=1 to skip this "
            "test explicitly.",
            pytrace=False,
        )
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the test process dies (runuser passes it on)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _pid_alive(pid: int) -> bool:
    """True if the process runs (a zombie, dead but not yet reaped by its parent, is not alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc: trust kill(0)
    return stat.rsplit(")", 1)[-1].split()[0] not in ("Z", "X")


def _sweep_stale_dirs() -> None:
    """Remove temp dirs left by a test process that was killed (its PID in owner.pid is gone)."""
    for path in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        owner = path / "owner.pid"
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue  # not ours, or another run still setting up: leave it alone
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(path, ignore_errors=True)


@dataclass
class PostgresServer:
    bin_dir: Path
    root: Path
    port: int = 0
    pid: int | None = None
    proc: subprocess.Popen[bytes] | None = None
    as_postgres: list[str] = field(default_factory=list)
    seconds_to_start: float = 0.0

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "postgres.log"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def new_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(self.url(), autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # name is ours: t_ + hex
        return self.url(name)

    def _run(self, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_postgres, *args], capture_output=True, text=True, timeout=timeout, check=False)

    def start(self) -> None:
        started = time.monotonic()
        initdb = self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--no-instructions",
            timeout=START_TIMEOUT,
        )
        if initdb.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{initdb.stdout}\n{initdb.stderr}")
        # Trust for the unix socket in our temp dir and 127.0.0.1 only: nothing else can connect.
        (self.data / "pg_hba.conf").write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n")
        if self.as_postgres:
            shutil.chown(self.data / "pg_hba.conf", "postgres", "postgres")
        for _attempt in range(3):  # a free port can be taken between our probe and the bind
            self.port = _free_port()
            if self._start_server(started):
                self.seconds_to_start = time.monotonic() - started
                return
        raise RuntimeError(f"PostgreSQL did not start; log:\n{self.log.read_text(errors='replace')[-4000:]}")

    def _start_server(self, started: float) -> bool:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [
                    *self.as_postgres,
                    str(self.bin_dir / "postgres"),
                    "-D",
                    str(self.data),
                    "-p",
                    str(self.port),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    f"unix_socket_directories={self.root}",
                    "-c",
                    "fsync=off",
                    "-c",
                    "full_page_writes=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "max_connections=40",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent,
            )
        import psycopg

        while time.monotonic() - started < START_TIMEOUT:
            if self.proc.poll() is not None:
                return False  # e.g. the port was taken; the log says why
            try:
                with psycopg.connect(self.url(), connect_timeout=2) as conn:
                    conn.execute("SELECT 1")
            except psycopg.OperationalError:
                time.sleep(0.1)
                continue
            self.pid = int((self.data / "postmaster.pid").read_text().split()[0])
            return True
        self.stop()
        raise RuntimeError(f"PostgreSQL did not accept connections in {START_TIMEOUT:.0f} s")

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            with contextlib.suppress(subprocess.TimeoutExpired, OSError):
                self._run(
                    str(self.bin_dir / "pg_ctl"),
                    "stop",
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "-w",
                    timeout=STOP_TIMEOUT,
                )
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                if self.pid is not None and _pid_alive(self.pid):
                    os.kill(self.pid, signal.SIGKILL)
                self.proc.kill()
                self.proc.wait(timeout=STOP_TIMEOUT)
        self.proc = None


@contextlib.contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    bin_dir = ensure_postgres_bin()
    _sweep_stale_dirs()
    root = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    (root / "owner.pid").write_text(str(os.getpid()))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    server = PostgresServer(bin_dir=bin_dir, root=root, as_postgres=as_postgres)
    try:
        server.start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if os.environ.get("SONGSPEC_SKIP_POSTGRES") == "1":
        pytest.skip("SONGSPEC_SKIP_POSTGRES=1: the PostgreSQL ledger tests are skipped on request")
    with running_postgres() as server:
        yield server
