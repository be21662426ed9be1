"""Run a Prism mock of a vendor's spec on 127.0.0.1 and a free port.

Used by the contract tests and `songspec mock`. The spec handed to Prism has its
callbacks stripped (Prism would otherwise POST to URLs taken from request bodies), and Prism only
ever binds to the loopback interface.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from ._specs import load_spec, without_callbacks

_REPO_ROOT = Path(__file__).resolve().parents[2]
LOOPBACK = "127.0.0.1"


class MockServerError(RuntimeError):
    """Prism could not be found or did not start."""


def _prism_command() -> list[str]:
    local = _REPO_ROOT / "node_modules" / ".bin" / "prism"
    if local.exists():
        return [str(local)]
    found = shutil.which("prism")
    if found:
        return [found]
    raise MockServerError(
        "songspec mock needs Prism (a Node program), which is not installed here: in a songspec checkout "
        "`make setup` installs the pinned one; elsewhere `npm install -g @stoplight/prism-cli@5.14.2` puts "
        "`prism` on PATH. `songspec sandbox VENDOR` needs nothing but Python."
    )


def free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago (the caller retries if it is taken by then)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


class PrismMock:
    """Context manager: `with PrismMock("ttapi-producer") as mock: mock.url`.

    dynamic=False answers with the spec's first example for the lowest 2xx (deterministic);
    dynamic=True makes Prism generate bodies from the schemas.
    """

    def __init__(self, vendor: str, *, dynamic: bool = False, startup_timeout: float = 60.0) -> None:
        self.vendor = vendor
        self.dynamic = dynamic
        self.startup_timeout = startup_timeout
        self.port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._workdir: tempfile.TemporaryDirectory[str] | None = None
        self.spec_file: Path | None = None

    @property
    def url(self) -> str:
        if self.port is None:
            raise MockServerError("the mock server is not running")
        return f"http://{LOOPBACK}:{self.port}"

    def __enter__(self) -> PrismMock:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        self._workdir = tempfile.TemporaryDirectory(prefix=f"songspec-prism-{self.vendor}-")
        spec_file = self.spec_file = Path(self._workdir.name) / f"{self.vendor}.json"
        spec_file.write_text(
            json.dumps(without_callbacks(load_spec(self.vendor)), ensure_ascii=False), encoding="utf-8"
        )
        last_error = ""
        for _attempt in range(3):  # a free port can be taken between free_port() and Prism's bind
            self.port = free_port()
            log_path = Path(self._workdir.name) / f"prism-{self.port}.log"
            command = [*_prism_command(), "mock", str(spec_file), "--host", LOOPBACK, "--port", str(self.port)]
            if self.dynamic:
                command += ["--dynamic", "--seed", "1", "--json-schema-faker-fillProperties=false"]
            with log_path.open("wb") as log:
                self._process = subprocess.Popen(
                    command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
                )
            if self._wait_until_ready():
                return
            last_error = log_path.read_text(errors="replace")[-2000:]
            self._kill()
        self.stop()
        raise MockServerError(f"Prism did not start for {self.vendor}:\n{last_error}")

    def _wait_until_ready(self) -> bool:
        assert self._process is not None and self.port is not None
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return False
            try:
                with socket.create_connection((LOOPBACK, self.port), timeout=0.5) as sock:
                    # Prism accepts connections slightly before its router is ready: ask for a page.
                    sock.sendall(b"GET /__songspec_ready HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    if sock.recv(12).startswith(b"HTTP/1."):
                        return True
            except OSError:
                pass
            time.sleep(0.1)
        return False

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)

    def stop(self) -> None:
        self._kill()
        self.port = None
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None
            self.spec_file = None
