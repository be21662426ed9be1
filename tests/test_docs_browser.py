"""The offline reference docs (`make docs`) in a real browser: Playwright drives Debian's Chromium
(/usr/bin/chromium) over pages served from 127.0.0.1, and we check that

1. every operation's `summary` from the spec is in the rendered text after Redoc's JS ran, with no
   uncaught JS exception and no console error; an operation shows its Python sample; each vendor
   page's back link leads to the index;
2. the library reference (pdoc, also opened from disk as a file) shows every public name of
   `songspec`, and the CLI page every command;
3. no request left the machine: every request the pages make goes through a route that lets only
   127.0.0.1 / localhost / data: / blob: / file: through and aborts (and counts) anything else, and
   Chromium's own net-log (all traffic of the whole browser) shows no connection and no name lookup
   for any other host;
4. a screenshot of each page (site/screens/<page>.png, 1400x900) is not blank.

No browser is downloaded: scripts/ensure_chromium.sh installs Debian's `chromium` by apt when it is
missing (if that fails the test FAILS; set SONGSPEC_SKIP_BROWSER=1 to skip it explicitly), and
Playwright is pointed at it with executable_path. Even with every --disable-* flag Chromium contacts
Google from the browser process (component updater, account list), so --host-resolver-rules maps
every host but 127.0.0.1/localhost to "not found": those requests fail inside Chromium before any
DNS query or connection, and check 3 proves it from the net-log.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import ipaddress
import json
import os
import re
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
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

import songspec
from songspec._catalog import catalog
from songspec._specs import vendor_names
from tests.rig import load_script

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
SCREENS = SITE / "screens"
ENSURE_CHROMIUM = ROOT / "scripts" / "ensure_chromium.sh"
CHROMIUM = os.environ.get("SONGSPEC_CHROMIUM", "/usr/bin/chromium")
WINDOW = (1400, 900)
PAGE_TIMEOUT = 20.0  # seconds for one page to load and show every summary (about 2 s each)
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about", "file", "chrome-error", "devtools"}
PYTHON_TAB = "Python (songspec)"

CHROMIUM_FLAGS = [
    # what this machine needs
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
]


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
    python_sample: str = ""  # the text of the first operation's Python tab (vendor pages)
    back_link_target: str = ""  # where the back link led (vendor and reference pages)
    back_link_text: str = ""  # what that page showed
    seconds: float = 0.0

    def record_console(self, message: Any) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)


@dataclass
class BrowserRun:
    visits: dict[str, PageVisit]
    routed: list[str]  # every request the route saw
    aborted: list[str]  # the non-local ones it aborted
    netlog: dict[str, Any]
    seconds: float


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _summaries(vendor: str) -> list[str]:
    (summary,) = [v for v in catalog() if v.name == vendor]
    return [op.summary for op in summary.operations if op.summary]


def _is_local(url: str) -> bool:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme in LOCAL_SCHEMES:
        return True
    return parsed.scheme in ("http", "https", "ws", "wss") and parsed.hostname in LOCAL_HOSTS


# Routes of the sidebar menu. Redoc 3 shows the overview at "/" and one tag (with its operations and
# their summaries) per route "#/<tag>"; the sidebar expands the current tag's operations.
_MENU_ROUTES_JS = """[...new Set([...document.querySelectorAll(
    '[data-component-name^="Menu/"] a[href], nav a[href]')].map(a => a.getAttribute('href')))]"""


def _settled_text(page: Any, deadline: float) -> str:
    """The page's rendered text (innerText) once two readings 200 ms apart agree."""
    previous = None
    while True:
        text = _normalise(page.evaluate("document.body ? document.body.innerText : ''"))
        if (text and text == previous) or time.monotonic() > deadline:
            return text
        previous = text
        page.wait_for_timeout(200)


def _walk_menu(page: Any, name: str, expected: list[str], seen: str, deadline: float) -> str:
    """Follow the sidebar routes (breadth first, re-reading the menu after each step) until every
    expected summary was shown."""
    wanted = {_normalise(s) for s in expected}
    visited: set[str] = {"/", ""}
    queue: list[str] = []
    first_route = True
    while wanted - {w for w in wanted if w in seen} and time.monotonic() < deadline:
        queue += [
            r
            for r in page.evaluate(_MENU_ROUTES_JS) or []
            if r not in visited and r not in queue and not re.match(r"^[a-z][a-z0-9+.-]*:|^index\.html$", r)
        ]
        if not queue:
            break
        route = queue.pop(0)
        visited.add(route)
        fragment = route if route.startswith("#") else "#" + route
        page.evaluate(f"location.hash = {json.dumps(fragment)}")
        page.wait_for_timeout(150)
        seen += "\n" + _settled_text(page, deadline)
        if first_route:
            page.screenshot(path=SCREENS / f"{name}.operations.png")
            first_route = False
    return seen


def _python_sample(page: Any, name: str) -> str:
    """Open the first tag with operations and return the text of its first request-sample panel
    showing the Python sample (the first language, so the one Redoc selects)."""
    routes = [r for r in page.evaluate(_MENU_ROUTES_JS) or [] if r.startswith("/") and len(r) > 1]
    page.evaluate(f"location.hash = {json.dumps('#' + routes[0])}")
    _settled_text(page, time.monotonic() + 5)  # Redoc re-renders the route; let it finish
    panel = page.locator('[data-component-name="Panel/Panel"]', has_text=PYTHON_TAB).first
    for _attempt in range(3):  # an element can still be swapped out under us once
        try:
            text = panel.inner_text(timeout=5000)
            panel.screenshot(path=SCREENS / f"{name}.python.png", timeout=5000)
            return text
        except PlaywrightError:
            page.wait_for_timeout(300)
    return ""  # no such panel: test_vendor_page_shows_a_python_sample says so


def _follow_back_link(page: Any, visit: PageVisit) -> None:
    link = page.locator("a", has_text="songspec API reference").first
    page.remove_listener("console", visit.record_console)  # what the target logs is not this page's
    try:
        link.click(timeout=5000)
        page.wait_for_load_state("load")
        visit.back_link_text = _normalise(page.locator("body").inner_text(timeout=5000))
        visit.back_link_target = page.url
    except PlaywrightError as error:  # no link, or a target that keeps navigating
        visit.back_link_target = f"(no back link that works: {error.message.splitlines()[0]})"


def _visit(context: Any, name: str, url: str, kind: str) -> PageVisit:
    """Open one page, let it render (walking a vendor page's menu until every summary was shown),
    screenshot it, try its Python sample and its back link, and collect its requests, exceptions
    and console errors."""
    visit = PageVisit(name, url)
    started = time.monotonic()
    deadline = started + PAGE_TIMEOUT
    page = context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT * 1000)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("pageerror", lambda error: visit.exceptions.append(str(error)))
    page.on("console", visit.record_console)
    page.goto(url, wait_until="load")
    seen = _settled_text(page, deadline)
    visit.screenshot = SCREENS / f"{name}.png"
    page.screenshot(path=visit.screenshot)
    if kind == "vendor":
        visit.text = _walk_menu(page, name, _summaries(name), seen, deadline)
        visit.python_sample = _python_sample(page, name)
    else:
        visit.text = seen
    if kind in ("vendor", "reference"):
        _follow_back_link(page, visit)
    page.close()
    visit.seconds = time.monotonic() - started
    return visit


# ------------------------------------------------------------------------------------- fixtures


def _ensure_chromium() -> str:
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
    return CHROMIUM


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
    return load_script("build_docs").build(SITE)


@pytest.fixture(scope="module")
def browser_run(built_site: list[Path]) -> Iterator[BrowserRun]:
    if os.environ.get("SONGSPEC_SKIP_BROWSER") == "1":
        pytest.skip("SONGSPEC_SKIP_BROWSER=1: the browser test of the docs is skipped on request")

    executable = _ensure_chromium()
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="songspec-chromium-"))
    netlog_path = work / "netlog.json"
    SCREENS.mkdir(parents=True, exist_ok=True)
    visits: dict[str, PageVisit] = {}
    routed: list[str] = []
    aborted: list[str] = []

    def only_loopback(route: Any) -> None:
        url = route.request.url
        routed.append(url)
        if _is_local(url):
            route.continue_()
        else:
            aborted.append(url)
            route.abort("blockedbyclient")

    try:
        with _serve(SITE) as base, sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(work / "profile"),  # a fresh user-data dir
                executable_path=executable,
                headless=True,
                args=[*CHROMIUM_FLAGS, f"--log-net-log={netlog_path}"],
                viewport={"width": WINDOW[0], "height": WINDOW[1]},
            )
            try:
                context.route("**/*", only_loopback)
                pages = [(p.relative_to(SITE).as_posix(), p) for p in built_site]
                for relative, page in pages:
                    name = "api" if relative.startswith("api/") else page.stem
                    kind = "vendor" if name in vendor_names() else ("reference" if name in ("api", "cli") else "index")
                    visits[name] = _visit(context, name, f"{base}/{relative}", kind)
                # The library reference also works opened from disk, as a file.
                library = SITE / "api" / "songspec.html"
                visits["api-file"] = _visit(context, "api-file", library.as_uri(), "reference")
            finally:
                context.close()
        netlog = json.loads(netlog_path.read_text(encoding="utf-8"))
        run = BrowserRun(visits, routed, aborted, netlog, time.monotonic() - started)
        print(
            f"\nbrowser: {len(visits)} pages in {run.seconds:.1f} s ("
            + ", ".join(f"{v.name} {v.seconds:.1f} s" for v in visits.values())
            + ")"
        )
        yield run
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("vendor", vendor_names())
def test_vendor_page_shows_every_operation(browser_run: BrowserRun, vendor: str) -> None:
    visit = browser_run.visits[vendor]
    missing = [s for s in _summaries(vendor) if _normalise(s) not in visit.text]
    assert not missing, f"{vendor}.html does not show these operation summaries: {missing}"
    assert not visit.exceptions, f"{vendor}.html threw: {visit.exceptions}"
    assert not visit.console_errors, f"{vendor}.html logged errors: {visit.console_errors}"


@pytest.mark.parametrize("vendor", vendor_names())
def test_vendor_page_shows_a_python_sample(browser_run: BrowserRun, vendor: str) -> None:
    sample = browser_run.visits[vendor].python_sample
    assert "from songspec import client_for" in sample, f"{vendor}.html shows no songspec sample: {sample!r}"
    assert f'client_for("{vendor}"' in sample and ".sync_detailed(" in sample, sample


@pytest.mark.parametrize("page", [*vendor_names(), "api", "api-file", "cli"])
def test_back_link_leads_to_the_index(browser_run: BrowserRun, page: str) -> None:
    visit = browser_run.visits[page]
    target = urllib.parse.urlsplit(visit.back_link_target)
    assert target.path.endswith("/index.html") and "/api/" not in target.path, visit.back_link_target
    assert "songspec API reference" in visit.back_link_text, f"{page}: the back link led to {visit.back_link_target}"


def test_index_lists_every_vendor_and_the_python_reference(browser_run: BrowserRun) -> None:
    visit = browser_run.visits["index"]
    for vendor in catalog():
        assert _normalise(vendor.title) in visit.text, f"index.html does not show {vendor.title}"
        assert (SITE / f"{vendor.name}.html").is_file()
    assert "Library reference" in visit.text and "Command line" in visit.text
    assert not visit.exceptions and not visit.console_errors


@pytest.mark.parametrize("page", ["api", "api-file"])
def test_library_reference_shows_the_public_api(browser_run: BrowserRun, page: str) -> None:
    visit = browser_run.visits[page]
    missing = [name for name in songspec.__all__ if name not in visit.text]
    assert not missing, f"the library reference does not show {missing}"
    assert not visit.exceptions and not visit.console_errors, (visit.exceptions, visit.console_errors)


def test_cli_page_shows_every_command(browser_run: BrowserRun) -> None:
    from songspec.cli import build_parser

    visit = browser_run.visits["cli"]
    commands = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction").choices
    for command in ["songspec", *(f"songspec {c}" for c in commands)]:
        assert f"{command} --help" in visit.text, f"cli.html has no section for {command}"
    assert "usage: songspec generate" in visit.text


@pytest.mark.parametrize("page", [*vendor_names(), "index", "api", "cli"])
def test_page_requests_stay_local(browser_run: BrowserRun, page: str) -> None:
    visit = browser_run.visits[page]
    assert visit.requests, f"no request recorded for {page} (is the request listener on?)"
    remote = sorted({url for url in visit.requests if not _is_local(url)})
    assert not remote, f"{page} requested remote URLs (the docs must work offline): {remote}"


def test_no_request_passed_the_loopback_route(browser_run: BrowserRun) -> None:
    """Every request went through the route; the ones not to 127.0.0.1 were aborted and counted."""
    assert browser_run.routed, "the route saw no request (is it installed?)"
    assert not browser_run.aborted, f"{len(browser_run.aborted)} non-loopback requests: {browser_run.aborted}"


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


@pytest.mark.parametrize("page", [*vendor_names(), "index", "api", "cli"])
def test_screenshot_is_not_blank(browser_run: BrowserRun, page: str) -> None:
    shot = browser_run.visits[page].screenshot
    assert shot is not None and shot.is_file()
    assert not _png_is_blank(shot.read_bytes()), f"{shot} is blank: the page did not render"


def test_no_remote_markup_left(built_site: list[Path]) -> None:
    """The static checks build_docs.py applies, re-run on what is on disk."""
    build_docs = load_script("build_docs")
    for page in [*built_site, *(SITE / "api").rglob("*.html")]:
        text = page.read_text(encoding="utf-8")
        build_docs.check_offline(text)
        build_docs.check_no_internal_paths(text)
        assert not re.search(r"<script[^>]+src=[\"']?(?:https?:)?//", text, re.I), page
