"""The songspec command line. Heavy modules are imported inside the commands, so --help is instant.

Exit codes: 0 done; 2 usage error (a bad option, vendor, key variable, base URL or body: fix the
command); 3 the vendor refused or failed (auth, balance, invalid request, server error, outcome
unknown); 4 timed out (the task ids are printed: `songspec wait` resumes); 5 a task failed; 6 a
download failed (the results were printed first); 130 interrupted; 143 terminated.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from songspec._completion import SHELLS

EXIT_OK, EXIT_USAGE, EXIT_VENDOR, EXIT_TIMEOUT, EXIT_TASK_FAILED = 0, 2, 3, 4, 5
EXIT_DOWNLOAD, EXIT_INTERRUPTED, EXIT_TERMINATED = 6, 130, 143

EPILOG = """exit codes: 0 done, 2 usage error, 3 vendor error (auth, balance, invalid request, server
error, outcome unknown), 4 timed out (resume with `songspec wait`), 5 a task failed, 6 a download
failed (results printed first), 130 interrupted, 143 terminated.
API keys are read from environment variables only (see `songspec vendors`); SONGSPEC_BASE_URL
sets the base URL where a vendor has no fixed one, SONGSPEC_<VENDOR>_BASE_URL any vendor's
(--base-url overrides both)."""


def _seconds(text: str) -> float:
    """A number of seconds: finite and not negative (`nan` would wait forever)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: give a finite number of seconds, 0 or more")
    return value


def _scale(text: str) -> float:
    """A time multiplier: finite and above 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: give a finite number above 0")
    return value


def _whole_number(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{text!r}: give a number of {minimum} or more")
        return value

    return parse


_positive_int = _whole_number(1)


def _utf8(text: str, option: str) -> str:
    """An argument as text that can travel: bytes that were not UTF-8 on the command line are refused."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{option}: not UTF-8 text (check the terminal's or the script's encoding)") from None
    return text


class _VersionAction(argparse.Action):
    """--version, reading the package metadata only when asked (importlib.metadata is slow to load,
    and --help and every other command would pay for it)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(
            option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help="show the version and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        import songspec

        sys.stdout.write(f"songspec {songspec.__version__}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="songspec",
        description="Make songs with Producer and Suno resellers' APIs.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="debug logging of requests and responses (keys redacted)"
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    generate = commands.add_parser(
        "generate",
        help="submit one song job (and wait for it)",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    generate.add_argument(
        "--vendor", required=True, help="spec folder name, e.g. ttapi-producer (see `songspec vendors`)"
    )
    generate.add_argument("--base-url", help=BASE_URL_HELP)
    what = generate.add_mutually_exclusive_group(required=True)
    what.add_argument("--prompt", help="what the song should sound like")
    what.add_argument("--lyrics", metavar="FILE", help="a file with the lyrics ('-' for standard input)")
    generate.add_argument("--style", help="with --lyrics: the sound/style prompt")
    generate.add_argument(
        "--set",
        dest="options",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="any other request field, VALUE parsed as JSON when it can be (repeatable)",
    )
    generate.add_argument(
        "--wait", action=argparse.BooleanOptionalAction, default=True, help="wait for the tracks (default)"
    )
    _wait_options(generate)

    status = commands.add_parser(
        "status", help="show tasks' current state", usage="songspec status [--vendor] VENDOR TASK_ID [TASK_ID ...]"
    )
    _vendor_and_ids(status)
    status.add_argument("--base-url", help=BASE_URL_HELP)
    status.add_argument("--json", action="store_true", help="print one JSON list of results")

    wait = commands.add_parser(
        "wait",
        help="wait for submitted tasks (resume after a timeout)",
        usage="songspec wait [--vendor] VENDOR TASK_ID [TASK_ID ...] [options]",
    )
    _vendor_and_ids(wait)
    wait.add_argument("--base-url", help=BASE_URL_HELP)
    _wait_options(wait)

    tasks = commands.add_parser(
        "tasks", help="list the journaled tasks (the ledger, $SONGSPEC_LEDGER): state, age, vendor"
    )
    tasks.add_argument("--vendor", help="only this vendor's")
    tasks.add_argument(
        "--state",
        action="append",
        metavar="STATE",
        help="only these states (repeatable): sending, accepted, outcome_unknown, refused, queued, running, "
        "unknown, succeeded, failed; 'unfinished' and 'reconcile' name the groups",
    )
    tasks.add_argument(
        "--limit", type=_whole_number(0), default=50, help="at most this many, newest first (default 50)"
    )
    tasks.add_argument("--json", action="store_true", help="one JSON document: a list of entries")

    resume = commands.add_parser(
        "resume", help="wait for every journaled task that was accepted but never finished (batched)"
    )
    resume.add_argument("--vendor", help="only this vendor's")
    _wait_options(resume)

    completion = commands.add_parser(
        "completion",
        help='print a shell completion script: eval "$(songspec completion bash)" (or zsh; fish: | source)',
    )
    completion.add_argument("shell", choices=SHELLS)

    vendors = commands.add_parser("vendors", help="list vendors: base URL, auth, key variable, operations")
    vendors.add_argument("--json", action="store_true")

    mock = commands.add_parser("mock", help="serve a Prism mock of a vendor on 127.0.0.1 until Ctrl-C")
    _vendor_only(mock)
    mock.add_argument(
        "--dynamic", action="store_true", help="generate answers from the schemas instead of the examples"
    )

    sandbox = commands.add_parser(
        "sandbox",
        help="serve a working emulation of a vendor on 127.0.0.1 (tasks that take time, callbacks, audio)",
        description="Serve a stateful emulation of VENDOR's API on 127.0.0.1 and a free port (the URL is printed "
        "on standard output) until Ctrl-C or SIGTERM: each submit creates a task that is queued, runs and "
        "finishes over a few seconds; succeeded tracks point at short WAV files the sandbox serves; callbacks "
        "go to loopback URLs only; every request and answer is checked against the spec. Any non-empty API "
        "key is accepted.",
    )
    _vendor_only(sandbox)
    sandbox.add_argument(
        "--time-scale",
        type=_scale,
        default=1.0,
        help="multiply task times (1 s queued, 3 s running) by this (default 1)",
    )
    sandbox.add_argument("--fail-rate", type=float, default=0.0, help="share of tasks that fail (0 to 1; default 0)")
    sandbox.add_argument("--fault-rate", type=float, default=0.0, help="share of answers faulted (0 to 1; default 0)")
    sandbox.add_argument(
        "--faults",
        metavar="KINDS",
        help="comma-separated faults to draw from (default all): 429,500,502,503,499,522,timeout,reset,"
        "malformed_json,unknown_state,missing_fields",
    )
    sandbox.add_argument("--faults-on-submit", action="store_true", help="fault submits too (default: fetches only)")
    sandbox.add_argument("--quiet", action="store_true", help="log only problems, not every request")
    return parser


BASE_URL_HELP = (
    "the vendor's API root; or SONGSPEC_<VENDOR>_BASE_URL (e.g. SONGSPEC_SUNO_RELAY_BASE_URL), or "
    "SONGSPEC_BASE_URL for a vendor without a fixed address"
)


def _vendor_and_ids(parser: argparse.ArgumentParser) -> None:
    """`--vendor V ID...` as in generate, or the shorter `V ID...`: the same everywhere."""
    parser.add_argument("--vendor", dest="vendor_option", metavar="VENDOR", help="spec folder name (songspec vendors)")
    parser.add_argument("items", nargs="+", metavar="[VENDOR] TASK_ID")


def _vendor_only(parser: argparse.ArgumentParser) -> None:
    """`VENDOR` or `--vendor VENDOR`, as everywhere else."""
    parser.add_argument("vendor_positional", nargs="?", metavar="VENDOR")
    parser.add_argument("--vendor", dest="vendor_option", metavar="VENDOR", help="spec folder name (songspec vendors)")


def _resolve_vendor(args: argparse.Namespace) -> None:
    if not hasattr(args, "vendor_positional"):
        return
    chosen = [v for v in (args.vendor_positional, args.vendor_option) if v]
    if len(set(chosen)) != 1:
        raise UsageError("give the vendor once: VENDOR or --vendor VENDOR")
    args.vendor = chosen[0]


def _resolve_vendor_and_ids(args: argparse.Namespace) -> None:
    items = list(args.items)
    if args.vendor_option:
        args.vendor, args.task_ids = args.vendor_option, items
    else:
        args.vendor, args.task_ids = items[0], items[1:]
    if not args.task_ids:
        raise UsageError("give the vendor (--vendor or first) and at least one TASK_ID")


def _wait_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--timeout", type=_seconds, default=600.0, help="seconds to wait (default 600)")
    parser.add_argument("--download", metavar="DIR", help="save each track's audio into DIR")
    parser.add_argument("--max-bytes", type=_positive_int, default=200 * 1024 * 1024, help="download size cap per file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


# --------------------------------------------------------------------------------------- output
def _print_results(results: list[Any], as_json: bool) -> None:
    """--json: always one JSON list of result objects ({vendor, task_id, state, ...}), whatever the count.
    Otherwise what the vendor wrote (titles, reasons, URLs) is shown with control characters escaped."""
    from songspec._display import printable as clean

    if as_json:
        print(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
        return
    for result in results:
        print(f"{result.task_id}  {result.state}" + (f"  ({clean(result.reason)})" if result.reason else ""))
        if result.succeeded and not result.tracks:
            print("  (the vendor reported success but sent no tracks)")
        for track in result.tracks:
            duration = f"{track.duration:.1f}s" if track.duration is not None else "?"
            print(f"  {clean(track.title) or '(untitled)'}  {duration}  {clean(track.audio_url) or '-'}")


# --------------------------------------------------------------------------------------- commands
def _api(vendor: str, base_url: str | None) -> Any:
    from songspec import Songspec

    return Songspec(vendor, base_url=base_url)


def _field_types(api: Any, operation: str) -> dict[str, set[str]]:
    """field -> the JSON types the spec allows for it in this operation's body (every oneOf variant)."""
    schema = api._vendor.request_schema(operation) or {}
    from songspec._specs import load_spec, resolve

    spec = load_spec(api.vendor)
    types: dict[str, set[str]] = {}

    def visit(node: Any) -> None:
        node = resolve(spec, node)
        if not isinstance(node, dict):
            return
        for name, prop in (node.get("properties") or {}).items():
            prop = resolve(spec, prop)
            kinds = prop.get("type") or [t for v in prop.get("anyOf", []) for t in [resolve(spec, v).get("type")] if t]
            kinds = kinds if isinstance(kinds, list) else [kinds]
            types.setdefault(name, set()).update(k for k in kinds if isinstance(k, str))
        for key in ("oneOf", "anyOf", "allOf"):
            for variant in node.get(key, []):
                visit(variant)

    visit(schema)
    return types


def _parse_value(field: str, text: str, types: dict[str, set[str]]) -> Any:
    """VALUE as the spec types FIELD: a string field keeps `2024` as "2024"; numbers, booleans,
    arrays and objects are read as JSON; an unknown field is a usage error."""
    if field not in types:
        known = ", ".join(sorted(types)) or "none"
        raise UsageError(f"--set {field}: the request has no such field (fields: {known})")
    allowed = types[field]
    if allowed <= {"string", "null"} or (not allowed and not text.strip().startswith(("{", "["))):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        if "string" in allowed:
            return text
        raise UsageError(f"--set {field}={text!r}: expected {' or '.join(sorted(allowed))}") from None
    if isinstance(value, str) or "string" not in allowed:
        return value
    # A string field that could also be something else: keep the text unless JSON gave an allowed type.
    kind = {bool: "boolean", int: "integer", float: "number", list: "array", dict: "object"}.get(type(value))
    return value if kind in allowed or (kind == "integer" and "number" in allowed) else text


def _read_lyrics(path: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"--lyrics {path}: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"--lyrics {path}: not UTF-8 text (save it as UTF-8)") from None


def _finish(results: list[Any], args: argparse.Namespace) -> int:
    """Print every result first (the track URLs are never lost to a failed download), then
    download each track, reporting a failure per track and carrying on."""
    _print_results(results, args.json)
    failed_downloads = 0
    if args.download:
        from songspec import DownloadError
        from songspec._download import download_track

        for result in results:
            for track in result.tracks:
                try:
                    path = download_track(track, args.download, max_bytes=args.max_bytes)
                except DownloadError as exc:
                    failed_downloads += 1
                    print(f"songspec: download of track {track.id} failed: {exc}", file=sys.stderr)
                else:
                    print(f"saved {path}", file=sys.stderr)
    if any(r.failed for r in results):
        return EXIT_TASK_FAILED
    return EXIT_DOWNLOAD if failed_downloads else EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    if args.style and args.prompt:
        raise UsageError("--style goes with --lyrics (with --prompt, put the style in the prompt)")
    lyrics = _read_lyrics(args.lyrics) if args.lyrics else None
    for option, value in (("--prompt", args.prompt), ("--style", args.style), *(("--set", v) for v in args.options)):
        if value is not None:
            _utf8(value, option)
    api = _api(args.vendor, args.base_url)
    types = _field_types(api, api.profile.submit_operation)
    options: dict[str, Any] = {}
    for item in args.options:
        field, sep, value = item.partition("=")
        if not sep or not field:
            raise UsageError(f"--set takes FIELD=VALUE, got {item!r}")
        options[field] = _parse_value(field, value, types)
    body = api.generation_body(args.prompt if args.prompt else args.style, lyrics, options)
    task = api.submit(body)
    print(f"submitted {task.vendor} task {task.task_id}", file=sys.stderr)
    if not args.wait:
        submitted = {"vendor": task.vendor, "task_id": task.task_id, "state": "submitted"}
        print(json.dumps([submitted]) if args.json else task.task_id)
        return EXIT_OK
    from songspec._display import TaskDisplay

    with TaskDisplay([task.task_id]) as display:
        result = api.wait(task, timeout=args.timeout, on_progress=display.update)
    return _finish([result], args)


def cmd_status(args: argparse.Namespace) -> int:
    _resolve_vendor_and_ids(args)
    api = _api(args.vendor, args.base_url)
    results = [api.fetch(task_id) for task_id in args.task_ids]
    _print_results(results, args.json)
    return EXIT_OK


def cmd_wait(args: argparse.Namespace) -> int:
    from songspec._display import TaskDisplay

    _resolve_vendor_and_ids(args)
    api = _api(args.vendor, args.base_url)
    with TaskDisplay(args.task_ids) as display:
        results = api.wait_many(args.task_ids, timeout=args.timeout, on_progress=display.update)
    return _finish(list(results.values()), args)


def cmd_vendors(args: argparse.Namespace) -> int:
    from songspec._catalog import catalog
    from songspec.vendors import vendor_names

    wrapped = set(vendor_names())

    rows: list[dict[str, Any]] = []
    for vendor in catalog():
        key_env = vendor.key_env
        rows.append(
            {
                "vendor": vendor.name,
                "title": vendor.title,
                "base_urls": list(vendor.base_urls),
                "auth": vendor.auth,
                "api_key_env": key_env,
                "wrapper": vendor.name in wrapped,
                "batch_fetch": vendor.batch_fetch,
                "callback_fields": list(vendor.callback_fields),
                "counts": vendor.counts,
                "operations": [
                    {"operation": o.operation_id, "method": o.method, "path": o.path, "status": o.doc_status}
                    for o in vendor.operations
                ],
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    for row in rows:
        print(f"{row['vendor']}  ({row['title']})")
        print(f"  base URL   {', '.join(row['base_urls']) or 'yours: --base-url or SONGSPEC_BASE_URL'}")
        key = f"key from ${row['api_key_env']}" + ("" if row["wrapper"] else "; generated client only (no wrapper yet)")
        print(f"  auth       {row['auth']}, {key}")
        print(f"  batch      {row['batch_fetch'] or 'no'}   callback  {', '.join(row['callback_fields']) or 'none'}")
        for op in row["operations"]:
            print(f"    {op['status']:<11} {op['method']:<5} {op['path']:<34} {op['operation']}")
        print()
    return EXIT_OK


def _age(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f}{unit}"
    return f"{seconds:.0f}s"


def cmd_tasks(args: argparse.Namespace) -> int:
    import time

    from songspec._display import printable
    from songspec._ledger import open_ledger
    from songspec._ledger_sql import FINAL_STATES, RECONCILE_STATES, STATE_GROUPS, SUBMIT_STATES, TASK_STATES

    states: list[str] | None = None
    if args.state:
        known = SUBMIT_STATES | TASK_STATES | FINAL_STATES
        states = []
        for state in args.state:
            if state not in known and state not in STATE_GROUPS:
                names = ", ".join([*sorted(known), *STATE_GROUPS])
                raise UsageError(f"--state {state!r}: give one of {names}")
            states += STATE_GROUPS.get(state, [state])
    with open_ledger() as ledger:
        entries = ledger.entries(vendor=args.vendor, states=states, limit=args.limit)
    if args.json:
        print(json.dumps([dataclasses.asdict(entry) for entry in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not entries:
        print("no journaled tasks" + (f" for {args.vendor}" if args.vendor else ""), file=sys.stderr)
        return EXIT_OK
    now = time.time()
    for entry in entries:
        what = printable(entry.task_id) if entry.task_id else "(no task id)"
        line = f"{entry.state:<16} {_age(now - entry.created_at):>5}  {entry.vendor:<17} {what}"
        if entry.state in RECONCILE_STATES:
            line += "  <- may be accepted and charged: look for it at the vendor before resubmitting"
        elif entry.reason and entry.state in ("refused", "failed"):
            line += f"  ({printable(entry.reason)[:80]})"
        print(line)
    return EXIT_OK


def cmd_resume(args: argparse.Namespace) -> int:
    from songspec._ledger import open_ledger
    from songspec._ledger_sql import RECONCILE_STATES

    with open_ledger() as ledger:
        unfinished = ledger.unfinished(args.vendor)
        to_reconcile = ledger.entries(vendor=args.vendor, states=list(RECONCILE_STATES))
    by_vendor: dict[tuple[str, str | None], list[str]] = {}
    for entry in unfinished:
        if entry.task_id:
            by_vendor.setdefault((entry.vendor, entry.base_url), []).append(entry.task_id)
    if to_reconcile:
        print(
            f"{len(to_reconcile)} submit(s) may have been accepted without an answer: "
            "`songspec tasks --state reconcile` lists them (never resent automatically)",
            file=sys.stderr,
        )
    if not by_vendor:
        print("nothing to resume", file=sys.stderr)
        return EXIT_OK
    results = []
    for (vendor, base_url), task_ids in by_vendor.items():
        print(f"resuming {len(task_ids)} {vendor} task(s)", file=sys.stderr)
        from songspec._display import TaskDisplay

        api = _api(vendor, base_url)
        with TaskDisplay(task_ids) as display:
            results += list(api.wait_many(task_ids, timeout=args.timeout, on_progress=display.update).values())
    return _finish(results, args)


def cmd_completion(args: argparse.Namespace) -> int:
    from songspec._completion import script
    from songspec.vendors import vendor_names

    print(script(args.shell, build_parser(), vendor_names()), end="")
    return EXIT_OK


def cmd_mock(args: argparse.Namespace) -> int:
    import time

    from songspec import PrismMock

    with PrismMock(args.vendor, dynamic=args.dynamic) as mock:
        print(mock.url, flush=True)
        print(f"Prism mock of {args.vendor} on {mock.url} (callbacks stripped); Ctrl-C to stop", file=sys.stderr)
        while True:
            time.sleep(3600)


def cmd_sandbox(args: argparse.Namespace) -> int:
    import logging
    import time

    from songspec.testing import FAULT_KINDS, Fault, FaultPlan
    from songspec.testing.sandbox import Sandbox

    if not 0 <= args.fail_rate <= 1 or not 0 <= args.fault_rate <= 1:
        raise UsageError("--fail-rate and --fault-rate are shares between 0 and 1")
    kinds: tuple[Fault, ...] = FAULT_KINDS
    if args.faults:
        try:
            kinds = tuple(Fault(kind.strip()) for kind in args.faults.split(",") if kind.strip())
        except ValueError as exc:
            raise UsageError(f"--faults: {exc}; known: {', '.join(FAULT_KINDS)}") from None
        if Fault.REFUSED in kinds or not kinds:
            raise UsageError(f"--faults takes some of: {', '.join(FAULT_KINDS)}")
    faults = FaultPlan(rate=args.fault_rate, kinds=kinds, on_submit=args.faults_on_submit)
    logging.getLogger("songspec.sandbox").setLevel(logging.WARNING if args.quiet else logging.INFO)
    parent = os.getppid()
    with Sandbox(args.vendor, time_scale=args.time_scale, fail_rate=args.fail_rate, faults=faults) as sandbox:
        print(sandbox.url, flush=True)
        print(
            f"sandbox of {args.vendor} on {sandbox.url}: any non-empty key works (e.g. "
            f"{sandbox.vendor.profile.key_env}=sandbox); callbacks to loopback URLs only; Ctrl-C to stop",
            file=sys.stderr,
            flush=True,
        )
        # Ctrl-C and SIGTERM unwind through the `with` (main() maps them to 130 and 143).
        while os.getppid() == parent:  # re-parented: the parent died, and so do we
            time.sleep(0.5)
    return EXIT_OK


class UsageError(Exception):
    pass


class _RedactKeys:
    """A logging filter that blanks every configured API key, whatever a log line contains."""

    def __init__(self) -> None:
        from songspec._catalog import catalog

        self.keys = [k for k in (os.environ.get(v.key_env) for v in catalog()) if k]

    def filter(self, record: Any) -> bool:
        message = record.getMessage()
        if any(key in message for key in self.keys):
            for key in self.keys:
                message = message.replace(key, "***")
            record.msg, record.args = message, ()
        return True


def _configure_logging(verbose: bool) -> None:
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    if verbose:
        handler.addFilter(_RedactKeys())
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, handlers=[handler], force=True)
    if verbose:
        # httpx logs each request line at INFO; httpcore's wire-level DEBUG could show headers, so it stays quiet.
        logging.getLogger("httpcore").setLevel(logging.INFO)


COMMANDS = {
    "generate": cmd_generate,
    "status": cmd_status,
    "wait": cmd_wait,
    "tasks": cmd_tasks,
    "resume": cmd_resume,
    "vendors": cmd_vendors,
    "completion": cmd_completion,
    "mock": cmd_mock,
    "sandbox": cmd_sandbox,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # bare `songspec`: the help, not an error
        parser.print_help()
        return EXIT_OK
    _configure_logging(args.verbose)
    import signal

    from songspec import (
        APIError,
        ConfigurationError,
        OutcomeUnknownError,
        RequestValidationError,
        SongspecError,
        TaskFailedError,
        WaitTimeoutError,
    )
    from songspec._mock import MockServerError

    def terminated(signum: int, frame: Any) -> None:
        raise _Terminated  # unwinds: context managers stop what they started (the mock's Prism)

    signal.signal(signal.SIGTERM, terminated)
    try:
        _resolve_vendor(args)
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not as a warning at exit
        return code
    except BrokenPipeError:
        # `songspec vendors | head -1`: the reader left; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except UsageError as exc:
        parser.error(str(exc))
    except (ConfigurationError, RequestValidationError) as exc:
        print(f"songspec: {_for_the_cli(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except WaitTimeoutError as exc:
        print(f"songspec: {exc}", file=sys.stderr)
        if getattr(args, "json", False):
            print(json.dumps([{"vendor": exc.vendor, "task_id": i, "state": "timed_out"} for i in exc.task_ids]))
        else:
            print(" ".join(exc.task_ids))
        return EXIT_TIMEOUT
    except TaskFailedError as exc:
        print(f"songspec: {exc}", file=sys.stderr)
        return EXIT_TASK_FAILED
    except MockServerError as exc:
        print(f"songspec: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (APIError, OutcomeUnknownError, SongspecError, OSError) as exc:
        print(f"songspec: {exc}", file=sys.stderr)
        return EXIT_VENDOR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except _Terminated:
        return EXIT_TERMINATED
    return EXIT_OK


class _Terminated(BaseException):
    """SIGTERM, raised where the program is so that cleanup runs."""


def _for_the_cli(message: str) -> str:
    """Library wording -> the CLI option or variable to use."""
    return (
        message.replace(" (or pass api_key=)", "")
        .replace(" (or pass base_url=)", " (or pass --base-url)")
        .replace("base_url=", "--base-url")
        .replace("api_key=", "the key variable")
    )


if __name__ == "__main__":
    sys.exit(main())
