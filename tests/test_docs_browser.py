"""The offline reference docs (`make docs`) in a real browser: headless Chromium opens every vendor
page and the index from a server on 127.0.0.1 and we check that

1. every operation's `summary` from the spec is in the rendered text after Redoc's JS ran, with no
   uncaught JS exception and no console error;
2. no request left the machine: every URL the pages requested (DevTools Network events of the page
   and its workers) is 127.0.0.1 / localhost / data: / blob: / about:, and Chromium's own net-log
   (all traffic of the whole browser) shows no connection and no name lookup for any other host;
3. a screenshot of each page (site/screens/<page>.png, 1400x900) is not blank.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: NUL-separated
JSON on fds 3/4), so no websocket library and no port are needed. scripts/ensure_chromium.sh
installs Debian's `chromium` when it is missing; if that fails the test FAILS. Set
SONGSPEC_SKIP_BROWSER=1 to skip it explicitly (e.g. on a machine without apt).

Chromium is started as /usr/lib/chromium/chromium, the binary behind Debian's /usr/bin/chromium
wrapper: the wrapper sources /etc/chromium.d/, which exports Google API keys and adds
--enable-remote-extensions, i.e. more background traffic to Google. Even the bare binary contacts
Google from the browser process (component updater, Gaia account list), whatever the
--disable-* flags say, so --host-resolver-rules maps every host but 127.0.0.1/localhost to
"not found": those requests fail inside Chromium before any DNS query or connection, and check 2
proves it from the net-log.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import functools
import http.server
import importlib.util
import ipaddress
import json
import os
import re
import select
import shutil
import struct
import subprocess
import tempfile
import threading
import time
import urllib.parse
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from songspec._catalog import catalog
from songspec._specs import vendor_names

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
SCREENS = SITE / "screens"
ENSURE_CHROMIUM = ROOT / "scripts" / "ensure_chromium.sh"
WINDOW = (1400, 900)
PAGE_TIMEOUT = 20.0  # seconds for one page to load and show every summary (about 2 s each)
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about", "file", "chrome-error", "devtools"}

CHROMIUM_FLAGS = [
    # required by the brief
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # fewer background services (each one is a request to Google otherwise)
    "--disable-extensions",
    "--disable-default-apps",
    "--no-default-browser-check",
    "--disable-client-side-phishing-detection",
    "--disable-domain-reliability",
    "--disable-breakpad",
    "--metrics-recording-only",
    "--no-pings",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter",
    "--mute-audio",
    "--hide-scrollbars",
    # the safety net: nothing but loopback resolves, so nothing can connect anywhere else
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    f"--window-size={WINDOW[0]},{WINDOW[1]}",
]


def _load_build_docs() -> Any:
    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------ DevTools protocol over a pipe


class CDPError(RuntimeError):
    pass


class Chromium:
    """Headless Chromium driven through --remote-debugging-pipe (fd 3: commands in, fd 4: out)."""

    def __init__(self, binary: str, profile: Path, netlog: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def child_fds() -> None:  # runs in the child between fork and exec
            a = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        args = [
            binary,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--log-net-log={netlog}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        self.proc = subprocess.Popen(
            args,
            preexec_fn=child_fds,
            close_fds=False,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read(self, timeout: float) -> dict[str, Any] | None:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_chrome], [], [], max(0.0, timeout))
            if not ready:
                return None
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                raise CDPError(f"Chromium closed the DevTools pipe:\n{err[-3000:]}")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        return self._next_id

    def call(self, method: str, params: dict | None = None, session: str | None = None, timeout=15.0) -> dict[str, Any]:
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            message = self._read(deadline - time.monotonic())
            if message is None:
                raise CDPError(f"{method}: no answer within {timeout} s")
            if message.get("id") == wanted:
                if "error" in message:
                    raise CDPError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._record(message)

    def pump(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            message = self._read(remaining)
            if message is not None:
                self._record(message)

    def _record(self, message: dict[str, Any]) -> None:
        if "method" not in message:
            return  # answer to a fire-and-forget send()
        self.events.append(message)
        if message["method"] == "Target.attachedToTarget":
            # A worker of the page (Redoc runs its search index in blob: workers): watch its
            # network too. Fire-and-forget: answers are ignored.
            session = message["params"]["sessionId"]
            self.send("Network.enable", session=session)
            self.send("Runtime.runIfWaitingForDebugger", session=session)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.call("Browser.close", timeout=5)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            with contextlib.suppress(OSError):
                os.close(fd)


# ----------------------------------------------------------------------------- page inspection


@dataclass
class PageVisit:
    name: str
    url: str
    text: str = ""
    requests: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    screenshot: Path | None = None
    seconds: float = 0.0


@dataclass
class BrowserRun:
    visits: dict[str, PageVisit]
    netlog: dict[str, Any]
    seconds: float


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _summaries(vendor: str) -> list[str]:
    (summary,) = [v for v in catalog() if v.name == vendor]
    return [op.summary for op in summary.operations if op.summary]


def _session_events(events: list[dict], sessions: set[str]) -> Iterator[dict]:
    for event in events:
        if event.get("sessionId") in sessions:
            yield event


# Routes of the sidebar menu. Redoc 3 shows the overview at "/" and one tag (with its operations and
# their summaries) per route "#/<tag>"; the sidebar expands the current tag's operations.
_MENU_ROUTES_JS = """[...new Set([...document.querySelectorAll(
    '[data-component-name^="Menu/"] a[href], nav a[href]')].map(a => a.getAttribute('href')))]"""


def _evaluate(browser: Chromium, session: str, expression: str) -> Any:
    result = browser.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
    if "exceptionDetails" in result:
        raise CDPError(f"{expression[:60]}...: {result['exceptionDetails'].get('text')}")
    return result["result"].get("value")


def _settled_text(browser: Chromium, session: str, deadline: float) -> str:
    """The page's rendered text (innerText) once two readings 200 ms apart agree."""
    previous = None
    while True:
        text = _normalise(_evaluate(browser, session, "document.body ? document.body.innerText : ''"))
        if (text and text == previous) or time.monotonic() > deadline:
            return text
        previous = text
        browser.pump(0.2)


def _screenshot(browser: Chromium, session: str, path: Path) -> Path:
    shot = browser.call("Page.captureScreenshot", {"format": "png"}, session=session)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def _visit(browser: Chromium, name: str, url: str, expected: list[str]) -> PageVisit:
    """Open one page, walk its menu routes until every expected text was rendered, screenshot it,
    and collect its requests, exceptions and console errors."""
    visit = PageVisit(name, url)
    started = time.monotonic()
    deadline = started + PAGE_TIMEOUT
    first_event = len(browser.events)
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Network.enable", "Page.enable", "Runtime.enable"):
        browser.call(domain, session=session)
    browser.call(
        "Target.setAutoAttach",
        {"autoAttach": True, "waitForDebuggerOnStart": False, "flatten": True},
        session=session,
    )
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        {"width": WINDOW[0], "height": WINDOW[1], "deviceScaleFactor": 1, "mobile": False},
        session=session,
    )
    browser.call("Page.navigate", {"url": url}, session=session)
    while not any(
        e.get("sessionId") == session and e["method"] == "Page.loadEventFired" for e in browser.events[first_event:]
    ):
        if time.monotonic() > deadline:
            raise CDPError(f"{url}: no load event within {PAGE_TIMEOUT} s")
        browser.pump(0.1)

    wanted = {_normalise(s) for s in expected}
    seen = _settled_text(browser, session, deadline)
    visit.screenshot = _screenshot(browser, session, SCREENS / f"{name}.png")
    # Walk the menu (breadth first, re-reading it after each step) until every summary was shown.
    visited: set[str] = {"/", ""}
    queue: list[str] = []
    first_route = True
    while wanted - {w for w in wanted if w in seen} and time.monotonic() < deadline:
        queue += [
            r
            for r in _evaluate(browser, session, _MENU_ROUTES_JS) or []
            if r not in visited and r not in queue and not re.match(r"^[a-z][a-z0-9+.-]*:", r)
        ]
        if not queue:
            break
        route = queue.pop(0)
        visited.add(route)
        fragment = route if route.startswith("#") else "#" + route
        _evaluate(browser, session, f"location.hash = {json.dumps(fragment)}")
        browser.pump(0.15)
        seen += "\n" + _settled_text(browser, session, deadline)
        if first_route:
            _screenshot(browser, session, SCREENS / f"{name}.operations.png")
            first_route = False
    visit.text = seen

    sessions = {session} | {
        e["params"]["sessionId"] for e in browser.events[first_event:] if e["method"] == "Target.attachedToTarget"
    }
    for event in _session_events(browser.events[first_event:], sessions):
        params = event["params"]
        if event["method"] == "Network.requestWillBeSent":
            visit.requests.append(params["request"]["url"])
        elif event["method"] == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            visit.exceptions.append(details.get("exception", {}).get("description") or details.get("text", "?"))
        elif event["method"] == "Runtime.consoleAPICalled" and params["type"] == "error":
            visit.console_errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
    browser.call("Target.closeTarget", {"targetId": target})
    visit.seconds = time.monotonic() - started
    return visit


# ------------------------------------------------------------------------------------- fixtures


def _chromium_binary() -> str:
    """Run scripts/ensure_chromium.sh (installs Debian's chromium if missing); FAIL if it cannot."""
    result = subprocess.run([str(ENSURE_CHROMIUM)], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        pytest.fail(
            "Chromium is needed to test the docs in a browser and could not be installed by "
            f"scripts/ensure_chromium.sh:\n{result.stderr}\n"
            "Install Debian's `chromium` package, or set SONGSPEC_SKIP_BROWSER=1 to skip this "
            "test explicitly.",
            pytrace=False,
        )
    wrapper = result.stdout.strip().splitlines()[-1]
    if override := os.environ.get("SONGSPEC_CHROMIUM"):
        return override
    real = Path("/usr/lib/chromium/chromium")  # behind Debian's wrapper; see the module docstring
    return str(real) if real.is_file() and os.access(real, os.X_OK) else wrapper


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def _serve(directory: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def built_site() -> list[Path]:
    return _load_build_docs().build(SITE)


@pytest.fixture(scope="module")
def browser_run(built_site: list[Path]) -> Iterator[BrowserRun]:
    if os.environ.get("SONGSPEC_SKIP_BROWSER") == "1":
        pytest.skip("SONGSPEC_SKIP_BROWSER=1: the browser test of the docs is skipped on request")
    binary = _chromium_binary()
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="songspec-chromium-"))
    netlog_path = work / "netlog.json"
    visits: dict[str, PageVisit] = {}
    try:
        with _serve(SITE) as base:
            browser = Chromium(binary, work / "profile", netlog_path)
            try:
                browser.call("Browser.getVersion", timeout=30)
                for page in built_site:
                    name = page.stem
                    expected = _summaries(name) if name != "index" else []
                    visits[name] = _visit(browser, name, f"{base}/{page.name}", expected)
            finally:
                browser.close()
        netlog = json.loads(netlog_path.read_text(encoding="utf-8"))
        run = BrowserRun(visits, netlog, time.monotonic() - started)
        print(
            f"\nbrowser: {len(visits)} pages in {run.seconds:.1f} s ("
            + ", ".join(f"{v.name} {v.seconds:.1f} s" for v in visits.values())
            + ")"
        )
        yield run
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------------------------------- tests


def _is_local(url: str) -> bool:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme in LOCAL_SCHEMES:
        return True
    return parsed.scheme in ("http", "https", "ws", "wss") and parsed.hostname in LOCAL_HOSTS


@pytest.mark.parametrize("vendor", vendor_names())
def test_vendor_page_shows_every_operation(browser_run: BrowserRun, vendor: str) -> None:
    visit = browser_run.visits[vendor]
    missing = [s for s in _summaries(vendor) if _normalise(s) not in visit.text]
    assert not missing, f"{vendor}.html does not show these operation summaries: {missing}"
    assert not visit.exceptions, f"{vendor}.html threw: {visit.exceptions}"
    assert not visit.console_errors, f"{vendor}.html logged errors: {visit.console_errors}"


def test_index_lists_every_vendor(browser_run: BrowserRun) -> None:
    visit = browser_run.visits["index"]
    for vendor in catalog():
        assert _normalise(vendor.title) in visit.text, f"index.html does not show {vendor.title}"
        assert (SITE / f"{vendor.name}.html").is_file()
    assert not visit.exceptions and not visit.console_errors


@pytest.mark.parametrize("page", [*vendor_names(), "index"])
def test_page_requests_stay_local(browser_run: BrowserRun, page: str) -> None:
    visit = browser_run.visits[page]
    assert visit.requests, f"no request recorded for {page}.html (is the Network domain on?)"
    remote = sorted({url for url in visit.requests if not _is_local(url)})
    assert not remote, f"{page}.html requested remote URLs (the docs must work offline): {remote}"


def _loopback(address: str) -> bool:
    host = address.rsplit(":", 1)[0].strip("[]")
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def test_nothing_left_the_machine(browser_run: BrowserRun) -> None:
    """The whole browser's net-log: page-initiated URL requests are all local; requests Chromium
    makes for itself (update checks, account list) never resolved a name nor opened a connection;
    every TCP connection and every UDP datagram went to a loopback address."""
    netlog = browser_run.netlog
    names = {v: k for k, v in netlog["constants"]["logEventTypes"].items()}
    sources = {v: k for k, v in netlog["constants"]["logSourceType"].items()}
    page_remote, internal_blocked, connects, resolved = set(), set(), set(), set()
    udp_remote_sources, udp_sent_sources = set(), set()
    for event in netlog["events"]:
        kind = names.get(event["type"], "?")
        params = event.get("params") or {}
        udp = sources.get(event["source"]["type"], "").startswith("UDP")
        if udp and kind in ("UDP_CONNECT", "SOCKET_CONNECT") and "address" in params:
            if not _loopback(params["address"]):
                udp_remote_sources.add(event["source"]["id"])
        elif udp and kind == "UDP_BYTES_SENT":
            udp_sent_sources.add(event["source"]["id"])
        elif kind == "URL_REQUEST_START_JOB" and "url" in params:
            if not _is_local(params["url"]):
                if params.get("initiator") == "not an origin":
                    internal_blocked.add(params["url"].split("?")[0])
                else:
                    page_remote.add(params["url"])
        elif kind in ("TCP_CONNECT_ATTEMPT", "SOCKET_CONNECT") and "address" in params:
            connects.add(params["address"])
        elif kind == "TCP_CONNECT" and "remote_address" in params:
            connects.add(params["remote_address"])
        elif kind == "HOST_RESOLVER_MANAGER_JOB" and "host" in params:
            host = urllib.parse.urlsplit(params["host"]).hostname or params["host"]
            if host not in LOCAL_HOSTS:
                resolved.add(host)
    if internal_blocked:
        print(f"\nChromium's own requests, blocked before DNS: {sorted(internal_blocked)}")
    assert not page_remote, f"pages requested remote URLs: {sorted(page_remote)}"
    tcp_remote = sorted(a for a in connects if not _loopback(a))
    assert not tcp_remote, f"connections to non-loopback addresses: {tcp_remote}"
    # Chromium "connects" a UDP socket to a public IPv6 address to test reachability; connect()
    # on UDP sends nothing, so only a datagram actually sent would count.
    assert not (udp_remote_sources & udp_sent_sources), "UDP datagrams sent off the machine"
    assert not resolved, f"host names looked up (DNS would leave the machine): {sorted(resolved)}"


def _png_is_blank(png: bytes) -> bool:
    """True if a PNG is one flat colour: after PNG filtering, a flat image is (almost) all zeros."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    data, pos = b"", 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        if kind == b"IDAT":
            data += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(data)
    nonzero = len(raw) - raw.count(0)
    return nonzero < len(raw) // 200  # under 0.5 % of the bytes vary


@pytest.mark.parametrize("page", [*vendor_names(), "index"])
def test_screenshot_is_not_blank(browser_run: BrowserRun, page: str) -> None:
    shot = browser_run.visits[page].screenshot
    assert shot is not None and shot.is_file()
    assert not _png_is_blank(shot.read_bytes()), f"{shot} is blank: the page did not render"


def test_no_remote_markup_left(built_site: list[Path]) -> None:
    """The static check build_docs.py applies, re-run on what is on disk."""
    build_docs = _load_build_docs()
    for page in built_site:
        build_docs.check_offline(page.read_text(encoding="utf-8"))
        assert not re.search(r"<script[^>]+src=", page.read_text(encoding="utf-8"), re.I), page
