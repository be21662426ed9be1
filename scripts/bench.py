"""Polling benchmarks and fault runs against scripted vendors (songspec.testing.FakeVendor).

    python scripts/bench.py            # scenarios batch, per_task, naive_3s, webhook, then webhook_load
    python scripts/bench.py --faults   # per vendor: 1000 waits and 1000 submits through 30% faulted
                                       # answers, then one 50 MB answer; exit 1 on a lost, duplicate or
                                       # wrong outcome, a crash, a second job, or the big answer read
    python scripts/bench.py --load     # only webhook_load: the real receiver over loopback (below)
    ... --readme                       # also rewrite README.md's table from this run's figures

Vendor time runs on a virtual clock (minutes of waiting take milliseconds), so the figures count
requests and vendor-time latency exactly; cpu_s is the real CPU the wrapper spent. In the webhook
scenario the scripted vendor calls the real receiver's `deliver` (what its HTTP handler calls) one
second after each task ends, on the same virtual clock; latency is from the callback's arrival to
the task being reported. Every scenario drives the real wrapper code (Songspec.wait / wait_many /
WebhookReceiver).

`webhook_load` is the one real-time scenario: the receiver's kept server (uvicorn, 127.0.0.1, a free
port) takes 1000 concurrent valid callbacks from a separate process while 150 slow connections are
held open (50 dripping their headers, 50 their body, 50 silent), then a replay of every callback. It
reports the share answered (and within 5 s), p50/p99 answer times, confirming fetches per task (ids
asked / tasks, and requests / tasks), what the replays cost, crashes (exceptions in the server or
the wait), and whether the slow connections were still held when the burst ended and then cut by
the receiver's deadlines. It stops by itself (about 20 s) and sends nothing beyond loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import json
import logging
import multiprocessing
import random
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from songspec import Songspec, SongspecError, TaskResult, VirtualClock
from songspec._engine import BATCH_BACKOFF, PER_TASK_BACKOFF, WEBHOOK_BACKOFF
from songspec._timing import SystemClock
from songspec.testing import FAULT_KINDS, FakeVendor, Fault, FaultPlan
from songspec.vendors import get_vendor, vendor_names

VENDORS = vendor_names()
CALLBACK_DELAY = 1.0

TASKS = 1000
SEED = 20261121
NAIVE_INTERVAL = 3.0


def durations(rng: random.Random) -> float:
    """Vendor run times spread over minutes: 30 s to 4 min, most around 1-2 min."""
    return min(240.0, max(30.0, rng.lognormvariate(4.4, 0.45)))


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def rig(vendor: str, **fake_options: Any) -> tuple[VirtualClock, FakeVendor, Songspec]:
    clock = VirtualClock()
    fake = FakeVendor(vendor, clock=clock, queued_for=5.0, runs_for=durations, seed=SEED, **fake_options)
    api = Songspec(
        vendor,
        api_key="bench",
        base_url="https://vendor.test",
        transport=fake.transport(),
        clock=clock,
        rng=random.Random(SEED),
        ledger="off",  # the figures are the wrapper's; the ledger's disk writes are measured elsewhere
    )
    return clock, fake, api


def line(
    scenario: str,
    vendor: str,
    requests: int,
    latencies: list[float],
    interval: float | None,
    resolved: Counter[str],
    cpu: float,
    clock: str,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "scenario": scenario,
        "vendor": vendor,
        "tasks": TASKS,
        "requests": requests,
        "requests_per_task": round(requests / TASKS, 3),
        "latency_p50_s": round(percentile(latencies, 0.50), 3),
        "latency_p95_s": round(percentile(latencies, 0.95), 3),
        "poll_interval_s": interval,
        "lost": TASKS - len(resolved),
        "duplicates": sum(n - 1 for n in resolved.values() if n > 1),
        "cpu_s": round(cpu, 3),
        "clock": clock,
        **extra,
    }


def scenario_batch(vendor: str) -> dict[str, Any]:
    clock, fake, api = rig(vendor)
    tasks = [fake.create_task() for _ in range(TASKS)]
    reported: dict[str, float] = {}
    resolved: Counter[str] = Counter()

    def progress(result: TaskResult) -> None:
        if result.done:
            reported[result.task_id] = clock.now
            resolved[result.task_id] += 1

    cpu = time.process_time()
    api.wait_many([t.task_id for t in tasks], timeout=3600, on_progress=progress)
    cpu = time.process_time() - cpu
    latencies = [reported[t.task_id] - t.finishes_at for t in tasks if t.task_id in reported]
    return line(
        "batch",
        vendor,
        fake.stats.fetch_requests,
        latencies,
        BATCH_BACKOFF.maximum,
        resolved,
        cpu,
        "virtual",
        batch_limit=api.profile.batch_limit,
    )


def per_task_loop(vendor: str, scenario: str, wait_one) -> dict[str, Any]:
    """Each task waited for on its own (independent waiters), each on the shared vendor clock."""
    clock, fake, api = rig(vendor)
    tasks = [fake.create_task() for _ in range(TASKS)]
    latencies: list[float] = []
    resolved: Counter[str] = Counter()
    cpu = time.process_time()
    for task in tasks:
        clock.now = 0.0  # every waiter starts when its task starts
        result = wait_one(api, clock, task.task_id)
        if result is not None and result.done:
            resolved[task.task_id] += 1
            latencies.append(clock.now - task.finishes_at)
    cpu = time.process_time() - cpu
    interval = PER_TASK_BACKOFF.maximum if scenario == "per_task" else NAIVE_INTERVAL
    return line(scenario, vendor, fake.stats.fetch_requests, latencies, interval, resolved, cpu, "virtual")


def wait_with_backoff(api: Songspec, clock: VirtualClock, task_id: str) -> TaskResult:
    return api.wait(task_id, timeout=3600)


def wait_naive_3s(api: Songspec, clock: VirtualClock, task_id: str) -> TaskResult | None:
    """How the official SDKs poll: fetch every 3 seconds until done."""
    while clock.now < 3600:
        result = api.fetch(task_id)
        if result.done:
            return result
        clock.sleep(NAIVE_INTERVAL)
    return None


def scenario_webhook(vendor: str, tasks_count: int = TASKS) -> dict[str, Any]:
    clock, fake, api = rig(vendor)
    hook = api.webhook(path_token="bench")  # not started: the vendor calls hook.deliver directly
    arrived: dict[str, float] = {}
    reported: dict[str, float] = {}
    resolved: Counter[str] = Counter()

    def deliver(body: Any) -> object:
        arrived[api._vendor.codec.callback_result(body).task_id] = clock.now
        return hook.deliver(body)

    def progress(result: TaskResult) -> None:
        if result.done:
            reported[result.task_id] = clock.now
            resolved[result.task_id] += 1

    tasks = [fake.create_task() for _ in range(tasks_count)]
    hook.expect([t.task_id for t in tasks])  # as when they are submitted with callback_url=hook.url
    fake.call_back(deliver, delay=CALLBACK_DELAY)
    cpu = time.process_time()
    api.wait_many([t.task_id for t in tasks], timeout=3600, on_progress=progress, webhook=hook)
    cpu = time.process_time() - cpu
    latencies = [reported[i] - arrived[i] for i in reported if i in arrived]
    result = line(
        "webhook",
        vendor,
        fake.stats.fetch_requests,
        latencies,
        WEBHOOK_BACKOFF.maximum,
        resolved,
        cpu,
        "virtual",
        callbacks=hook.stats["200"],
        reported_before_callback=sum(1 for i in reported if i not in arrived or reported[i] < arrived[i]),
    )
    result.update(tasks=tasks_count, requests_per_task=round(fake.stats.fetch_requests / tasks_count, 3))
    result["lost"] = tasks_count - len(resolved)
    return result


# ---------------------------------------------------------------------------------------- webhook_load
LOAD_CALLBACKS = 1000
LOAD_SLOW = 150
LOAD_TOKEN = "bench-load-token"
LOAD_VENDORS = ["acedata-producer", "ttapi-producer"]  # one with a batch endpoint, one without


async def _exchange(port: int, request: bytes) -> tuple[int, float]:
    """Send one request on a fresh connection; (status or 0 if unanswered, seconds to the answer)."""
    started = time.perf_counter()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(request)
        await writer.drain()
        status_line = await reader.readline()
        elapsed = time.perf_counter() - started
        writer.close()
        parts = status_line.split()
        return (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0), elapsed
    except OSError:
        return 0, time.perf_counter() - started


async def _drip(writer: asyncio.StreamWriter, data: bytes, every: float, stop: asyncio.Event) -> None:
    for i in range(len(data)):
        if stop.is_set() or writer.is_closing():
            return
        writer.write(data[i : i + 1])
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)


async def _load_client(port: int, bodies: list[bytes]) -> dict[str, Any]:
    """The callers, in their own process: slow connections first, then the burst."""
    path = f"/{LOAD_TOKEN}/"
    head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    stop = asyncio.Event()
    slow: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    drips = []
    for i in range(LOAD_SLOW):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        slow.append((reader, writer))
        if i % 3 == 0:  # headers, one byte a second
            drips.append(asyncio.create_task(_drip(writer, (head + "\r\n").encode(), 1.0, stop)))
        elif i % 3 == 1:  # complete headers, then the body one byte a second
            writer.write((head + "Content-Length: 4096\r\n\r\n").encode())
            drips.append(asyncio.create_task(_drip(writer, b"{" + b" " * 4095, 1.0, stop)))
        # else: connected, silent
    await asyncio.sleep(0.5)
    requests = [(head + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body for body in bodies]
    started = time.perf_counter()
    burst = await asyncio.gather(*(_exchange(port, r) for r in requests))
    burst_s = time.perf_counter() - started
    held = sum(1 for reader, writer in slow if not reader.at_eof() and not writer.is_closing())
    replay = await asyncio.gather(*(_exchange(port, r) for r in requests))
    # the receiver's deadlines (10 s for headers, 10 s for a body) must cut every slow connection
    cut_started = time.perf_counter()
    stop.set()
    await asyncio.gather(*drips)

    async def closed(reader: asyncio.StreamReader) -> bool:
        try:
            while await asyncio.wait_for(reader.read(65536), 15):
                pass
            return True
        except (TimeoutError, OSError):
            return False

    cut = await asyncio.gather(*(closed(reader) for reader, _ in slow))
    cut_s = time.perf_counter() - cut_started
    for _, writer in slow:
        writer.close()
    return {
        "statuses": [status for status, _ in burst],
        "times": [t for _, t in burst],
        "burst_s": burst_s,
        "slow_held_during_burst": held,
        "replay_statuses": [status for status, _ in replay],
        "slow_cut": sum(cut),
        "slow_cut_after_s": cut_s,
    }


def _load_client_process(port: int, bodies: list[bytes], out: Any) -> None:
    out.put(asyncio.run(_load_client(port, bodies)))


class _Crashes(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage()[:200])


def scenario_webhook_load(vendor: str) -> dict[str, Any]:
    fake = FakeVendor(vendor, clock=SystemClock(), queued_for=0.0, runs_for=0.0, seed=SEED)
    api = Songspec(vendor, api_key="bench", base_url="https://vendor.test", transport=fake.transport(), ledger="off")
    crashes = _Crashes()
    for name in ("uvicorn", "songspec", "asyncio"):
        logging.getLogger(name).addHandler(crashes)
    rss_before = _rss_mib()
    try:
        with api.webhook(path_token=LOAD_TOKEN) as hook:
            tasks = [fake.create_task(runs_for=0) for _ in range(LOAD_CALLBACKS)]
            hook.expect([t.task_id for t in tasks])  # as when submitted with callback_url=hook.url
            bodies = [json.dumps(fake.callback_body(t)).encode() for t in tasks]
            waited: dict[str, Any] = {}

            def wait() -> None:
                try:
                    waited["results"] = hook.wait([t.task_id for t in tasks], timeout=60)
                except Exception as exc:  # a crash is what this run looks for
                    crashes.records.append(f"wait: {type(exc).__name__}: {exc}"[:200])

            waiter = threading.Thread(target=wait)
            waiter.start()
            context = multiprocessing.get_context("spawn")
            out = context.Queue()
            client = context.Process(target=_load_client_process, args=(hook.port, bodies, out))
            client.start()
            report = out.get(timeout=120)
            client.join(30)
            waiter.join(60)
            fetches, ids_asked = fake.stats.fetch_requests, fake.stats.ids_asked
            stats = dict(hook.stats)
    finally:
        for name in ("uvicorn", "songspec", "asyncio"):
            logging.getLogger(name).removeHandler(crashes)
    statuses, times = report["statuses"], report["times"]
    answered = [t for s, t in zip(statuses, times, strict=True) if s == 200]
    results = waited.get("results", {})
    return {
        "scenario": "webhook_load",
        "vendor": vendor,
        "callbacks": LOAD_CALLBACKS,
        "slow_connections": LOAD_SLOW,
        "slow_held_during_burst": report["slow_held_during_burst"],
        "answered_share": round(len(answered) / LOAD_CALLBACKS, 4),
        "answered_within_5s_share": round(sum(1 for t in answered if t <= 5.0) / LOAD_CALLBACKS, 4),
        "answer_p50_s": round(percentile(times, 0.50), 3),
        "answer_p99_s": round(percentile(times, 0.99), 3),
        "burst_s": round(report["burst_s"], 3),
        "statuses": dict(Counter(str(s) for s in statuses)),
        "resolved": sum(1 for r in results.values() if r.done),
        "confirming_ids_per_task": round(ids_asked / LOAD_CALLBACKS, 3),
        "confirming_requests_per_task": round(fetches / LOAD_CALLBACKS, 3),
        "replays_answered_share": round(report["replay_statuses"].count(200) / LOAD_CALLBACKS, 4),
        "replay_fetches": fake.stats.fetch_requests - fetches,
        "receiver_stats": stats,
        "slow_cut": report["slow_cut"],
        "slow_cut_after_s": round(report["slow_cut_after_s"], 1),
        "crashes": len(crashes.records),
        "crash_samples": crashes.records[:3],
        "rss_growth_mib": round(_rss_mib() - rss_before, 1),
        "clock": "real",
    }


def _rss_mib() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for entry in status:
                if entry.startswith("VmRSS:"):
                    return int(entry.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def run_load(vendors: list[str]) -> int:
    failed = False
    for vendor in vendors:
        row = scenario_webhook_load(vendor)
        print(json.dumps(row), flush=True)
        failed |= bool(row["crashes"]) or row["answered_share"] < 1.0
    return 1 if failed else 0


def run_benchmarks() -> int:
    for vendor in VENDORS:
        for row in benchmark_rows(vendor):
            ROWS.append(row)
            print(json.dumps(row), flush=True)
    return run_load(LOAD_VENDORS)  # real time, printed only (the README's table is the virtual-clock runs')


ROWS: list[dict[str, Any]] = []


def benchmark_rows(vendor: str) -> list[dict[str, Any]]:
    """Every scenario that applies to the vendor (batch and webhook only where it has them)."""
    profile = get_vendor(vendor).profile
    rows = []
    if profile.batch_operation:
        rows.append(scenario_batch(vendor))
    rows.append(per_task_loop(vendor, "per_task", wait_with_backoff))
    rows.append(per_task_loop(vendor, "naive_3s", wait_naive_3s))
    if profile.callback_field:
        rows.append(scenario_webhook(vendor))
        if profile.batch_operation:
            rows.append(scenario_webhook(vendor, 10 * TASKS))
    return rows


def run_faults(rate: float) -> int:
    """Waiting through faulted fetches, then submitting through faulted submits."""
    failed = False
    for vendor in VENDORS:
        clock, fake, api = rig(vendor, faults=FaultPlan(rate=rate, kinds=FAULT_KINDS))
        tasks = [fake.create_task() for _ in range(TASKS)]
        resolved: Counter[str] = Counter()
        crashes: list[str] = []
        cpu = time.process_time()
        try:
            results = api.wait_many(
                [t.task_id for t in tasks],
                timeout=7200,
                on_progress=lambda r, seen=resolved: r.done and seen.update([r.task_id]),
            )
        except Exception as exc:  # a crash is exactly what this run looks for
            crashes.append(f"{type(exc).__name__}: {exc}"[:200])
            results = {}
        cpu = time.process_time() - cpu
        wrong = [t.task_id for t in tasks if t.task_id in results and results[t.task_id].succeeded == t.fails]
        report = {
            "vendor": vendor,
            "phase": "wait",
            "tasks": TASKS,
            "fault_rate": round(sum(fake.stats.faults.values()) / max(1, fake.stats.fetch_requests), 3),
            "requests": fake.stats.fetch_requests,
            "resolved": len(results),
            "lost": TASKS - len(results),
            "duplicates": sum(n - 1 for n in resolved.values() if n > 1),
            "wrong_outcome": len(wrong),
            "crashes": len(crashes),
            "faults": dict(sorted(fake.stats.faults.items())),
            "virtual_s": round(clock.now, 1),
            "cpu_s": round(cpu, 3),
        }
        print(json.dumps(report), flush=True)
        ROWS.append(report)
        failed |= bool(report["lost"] or report["duplicates"] or report["crashes"] or report["wrong_outcome"])

        clock, fake, api = rig(vendor, faults=FaultPlan(rate=rate, kinds=(*FAULT_KINDS, Fault.REFUSED), on_submit=True))
        outcomes: Counter[str] = Counter()
        created_per_submit: list[int] = []
        for _ in range(TASKS):
            before = len(fake.tasks)
            try:
                api.generate("bench", wait=False)
                outcomes["accepted"] += 1
            except SongspecError as exc:
                outcomes[type(exc).__name__] += 1
            except Exception as exc:
                outcomes["crash:" + type(exc).__name__] += 1
            created_per_submit.append(len(fake.tasks) - before)
        report = {
            "vendor": vendor,
            "phase": "submit",
            "tasks": TASKS,
            "fault_rate": round(sum(fake.stats.faults.values()) / max(1, fake.stats.requests), 3),
            "accepted": outcomes["accepted"],
            "outcome_unknown": outcomes["OutcomeUnknownError"],
            "refused_or_rate_limited": outcomes["APIConnectionError"] + outcomes["RateLimitedError"],
            "duplicates": sum(1 for n in created_per_submit if n > 1),
            "crashes": sum(n for k, n in outcomes.items() if k.startswith("crash:")),
            "jobs_created": len(fake.tasks),
        }
        print(json.dumps(report), flush=True)
        ROWS.append(report)
        failed |= bool(report["duplicates"] or report["crashes"])
    oversized = oversized_answer()
    print(json.dumps(oversized), flush=True)
    failed |= oversized["outcome"] == "read"
    return 1 if failed else 0


OVERSIZED = """
import resource, httpx
from songspec import Songspec, SongspecError, VirtualClock
from songspec._exchange import MAX_ANSWER_BYTES

SIZE = 50 * 1024 * 1024

def stream():
    sent = 0
    while sent < SIZE:
        yield b" " * 65536
        sent += 65536

def handle(request):
    return httpx.Response(200, headers={"content-type": "application/json"}, content=stream())

api = Songspec("ttapi-producer", api_key="bench-oversized", transport=httpx.MockTransport(handle),
               clock=VirtualClock(), ledger="off")
try:
    api.fetch("job-1")
    outcome = "read"
except SongspecError as exc:
    outcome = type(exc).__name__
print(SIZE, MAX_ANSWER_BYTES, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, outcome)
"""


def oversized_answer() -> dict[str, Any]:
    """A 50 MB answer to a fetch, in a fresh process: refused at the cap; peak memory reported."""
    import subprocess

    out = subprocess.run([sys.executable, "-c", OVERSIZED], capture_output=True, text=True, check=True).stdout.split()
    size, cap, peak_mb, outcome = int(out[0]), int(out[1]), int(out[2]), out[3]
    return {
        "scenario": "oversized_answer",
        "answer_bytes": size,
        "cap_bytes": cap,
        "peak_rss_mb": peak_mb,
        "outcome": outcome,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--faults", action="store_true", help="run the fault injection instead of the benchmarks")
    parser.add_argument("--fault-rate", type=float, default=0.3)
    parser.add_argument("--readme", action="store_true", help="rewrite README.md's figures from this run")
    parser.add_argument("--load", action="store_true", help="run only webhook_load (real time, loopback)")
    parser.add_argument(
        "--vendor", action="append", help=f"with --load: these vendors (default: {', '.join(LOAD_VENDORS)})"
    )
    args = parser.parse_args(argv)
    if args.load:
        return run_load(args.vendor or LOAD_VENDORS)
    code = run_faults(args.fault_rate) if args.faults else run_benchmarks()
    if args.readme:
        write_readme("faults" if args.faults else "bench", ROWS, code)
    return code


README = Path(__file__).resolve().parent.parent / "README.md"


def write_readme(section: str, rows: list[dict[str, Any]], code: int) -> None:
    """Replace README.md's <!-- section:start --> ... <!-- section:end --> table with this run's rows."""
    today = datetime.date.today().isoformat()
    if section == "bench":
        lines = [
            f"Figures from `make bench` on the 2-core machine ({today}, seed {SEED}):",
            "",
            "| scenario | vendor | tasks | requests / task | latency p50 (s) | latency p95 (s) | lost | duplicates | cpu (s) |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for r in rows:
            lines.append(
                f"| `{r['scenario']}` | {r['vendor']} | {r['tasks']} | {r['requests_per_task']} | {r['latency_p50_s']} "
                f"| {r['latency_p95_s']} | {r['lost']} | {r['duplicates']} | {r['cpu_s']} |"
            )
    else:
        lines = [
            f"Figures from `make faults` ({today}, exit code {code}):",
            "",
            "| vendor | phase | tasks | fault rate | resolved / accepted | lost | duplicates | wrong outcome | crashes | outcome unknown |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in rows:
            if r["phase"] == "wait":
                lines.append(
                    f"| {r['vendor']} | wait | {r['tasks']} | {r['fault_rate']} | {r['resolved']} | {r['lost']} "
                    f"| {r['duplicates']} | {r['wrong_outcome']} | {r['crashes']} | - |"
                )
            else:
                lines.append(
                    f"| {r['vendor']} | submit | {r['tasks']} | {r['fault_rate']} | {r['accepted']} | - "
                    f"| {r['duplicates']} (jobs created: {r['jobs_created']}) | - | {r['crashes']} | {r['outcome_unknown']} |"
                )
    text = README.read_text(encoding="utf-8")
    start, end = f"<!-- {section}:start -->\n", f"<!-- {section}:end -->"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    README.write_text(head + start + "\n".join(lines) + "\n" + end + tail, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
