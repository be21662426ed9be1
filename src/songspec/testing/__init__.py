"""Testing tools: a scripted vendor for tests and benchmarks. FakeVendor speaks one vendor's wire
format (its simulator, songspec.testing.simulators) over httpx.MockTransport, walks tasks through
realistic states on a clock, and injects faults at exact rates.

    clock = VirtualClock()
    fake = FakeVendor("ttapi-producer", clock=clock)
    api = Songspec("ttapi-producer", api_key="test", transport=fake.transport(), clock=clock)
    result = api.generate("lo-fi piano")        # minutes of vendor time, milliseconds of yours
"""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import httpx

from .._timing import Clock, VirtualClock
from .._types import TaskState
from ..vendors import get_vendor
from .simulators import Simulator, simulator_for


class Fault(StrEnum):
    """What can go wrong with one answer."""

    RATE_LIMITED = "429"
    SERVER_500 = "500"
    BAD_GATEWAY = "502"
    UNAVAILABLE = "503"
    CLIENT_CLOSED = "499"
    CLOUDFLARE_522 = "522"
    TIMEOUT = "timeout"
    """The request reached the vendor (a submit creates its job); the answer is lost."""
    RESET = "reset"
    MALFORMED_JSON = "malformed_json"
    UNKNOWN_STATE = "unknown_state"
    MISSING_FIELDS = "missing_fields"
    REFUSED = "refused"
    """The connection is refused before anything is sent."""


FAULT_KINDS: tuple[Fault, ...] = tuple(f for f in Fault if f is not Fault.REFUSED)
"""Every fault that happens after a connection was made."""
_SERVER_ERRORS = {Fault.SERVER_500, Fault.BAD_GATEWAY, Fault.UNAVAILABLE, Fault.CLIENT_CLOSED, Fault.CLOUDFLARE_522}


@dataclass
class FakeTask:
    task_id: str
    created: float
    queued_for: float
    runs_for: float
    fails: bool = False
    fail_reason: str = "simulated failure: content policy"

    @property
    def finishes_at(self) -> float:
        return self.created + self.queued_for + self.runs_for

    def state_at(self, now: float) -> tuple[TaskState, float]:
        if now < self.created + self.queued_for:
            return TaskState.QUEUED, 0.0
        if now < self.finishes_at:
            return TaskState.RUNNING, min(99.0, 100.0 * (now - self.created - self.queued_for) / self.runs_for)
        return (TaskState.FAILED if self.fails else TaskState.SUCCEEDED), 100.0


@dataclass
class FaultPlan:
    """Fault a share `rate` of the responses, drawn from `kinds`. `script` lists faults (or None for
    a normal answer) for the next requests in order, before `rate` applies: deterministic tests use it."""

    rate: float = 0.0
    kinds: tuple[Fault | str, ...] = FAULT_KINDS
    on_submit: bool = False
    retry_after: float = 2.0
    script: list[Fault | str | None] = field(default_factory=list)


@dataclass
class FakeStats:
    requests: int = 0
    submits: int = 0
    fetch_requests: int = 0
    ids_asked: int = 0
    faults: Counter[str] = field(default_factory=Counter)


class FakeVendor:
    def __init__(
        self,
        vendor: str,
        *,
        clock: Clock | None = None,
        queued_for: float = 5.0,
        runs_for: Callable[[random.Random], float] | float = 40.0,
        fail_rate: float = 0.0,
        faults: FaultPlan | None = None,
        seed: int = 0,
        on_created: Callable[[FakeTask], None] | None = None,
        on_fetch: Callable[[list[str]], None] | None = None,
        new_task_id: Callable[[int], str] | None = None,
    ) -> None:
        self.vendor = get_vendor(vendor)
        self.simulator: Simulator = simulator_for(self.vendor)
        self.clock = clock or VirtualClock()
        self.queued_for = queued_for
        self.runs_for = runs_for
        self.fail_rate = fail_rate
        self.faults = faults or FaultPlan()
        self.rng = random.Random(seed)
        self.tasks: dict[str, FakeTask] = {}
        self.stats = FakeStats()
        self.on_created = on_created
        self.on_fetch = on_fetch
        self.new_task_id = new_task_id or "fake-{:06d}".format
        """The id of the n-th task created (1, 2, ...): fake-000001 unless given."""
        self._ids = itertools.count(1)
        self._fault_debt = 0.0

    # ------------------------------------------------------------------ tasks
    def create_task(self, *, runs_for: float | None = None, fails: bool | None = None) -> FakeTask:
        task_id = self.new_task_id(next(self._ids))
        if runs_for is None:
            runs_for = self.runs_for(self.rng) if callable(self.runs_for) else self.runs_for
        if fails is None:
            fails = self.rng.random() < self.fail_rate
        task = FakeTask(task_id, self.clock.monotonic(), self.queued_for, runs_for, fails)
        self.tasks[task_id] = task
        if self.on_created is not None:
            self.on_created(task)
        return task

    def record(self, task: FakeTask) -> dict[str, Any]:
        state, progress = task.state_at(self.clock.monotonic())
        return self.simulator.record(
            task.task_id, state, progress, task.fail_reason if state is TaskState.FAILED else None
        )

    def callback_body(self, task: FakeTask) -> Any:
        return self.simulator.callback_body(self.record(task))

    def call_back(self, deliver: Callable[[Any], object], *, delay: float = 1.0) -> None:
        """Deliver each task's callback body to `deliver` (a WebhookReceiver's `deliver`, say)
        `delay` seconds after the task ends, on this vendor's VirtualClock: tasks created so far and
        later alike. Simulates the vendor calling back without sockets, so a run stays in virtual time."""
        clock = self.clock
        if not isinstance(clock, VirtualClock):
            raise TypeError("call_back needs a VirtualClock (real-time callbacks go over HTTP)")

        def schedule(task: FakeTask) -> None:
            clock.call_at(task.finishes_at + delay, lambda: deliver(self.callback_body(task)))

        for task in self.tasks.values():
            schedule(task)
        previous = self.on_created

        def on_created(task: FakeTask) -> None:
            schedule(task)
            if previous is not None:
                previous(task)

        self.on_created = on_created

    # ------------------------------------------------------------------ HTTP
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
        return httpx.Response(
            status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **(headers or {})}
        )

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.stats.requests += 1
        route = self.simulator.route(request)
        if route is None:
            return self._json(404, {"message": f"no route {request.method} {request.url.path}"})
        kind, ids = route
        fault = self._draw_fault(kind)
        if fault:
            self.stats.faults[fault] += 1
            early = self._early_fault(fault, request)
            if early is not None:
                return early
        if kind == "submit":
            self.stats.submits += 1
            task = self.create_task()
            if fault in ("timeout", "reset"):  # the job was created; the answer is lost
                raise self._transport_fault(fault, request)
            if fault in _SERVER_ERRORS:
                return self._json(int(fault), {"message": "simulated server error"})
            return self._json(200, self.simulator.submit_answer(task.task_id))
        self.stats.fetch_requests += 1
        self.stats.ids_asked += len(ids)
        if self.on_fetch is not None:
            self.on_fetch(ids)
        if fault in ("timeout", "reset"):
            raise self._transport_fault(fault, request)
        if fault in _SERVER_ERRORS:
            return self._json(int(fault), {"message": "simulated server error"})
        records = [self.record(self.tasks[task_id]) for task_id in ids if task_id in self.tasks]
        if fault == "unknown_state":
            records = [self._with_unknown_state(r) for r in records]
        if fault == "missing_fields":
            records = [{k: v for k, v in r.items() if k not in ("data", "clips", "songs", "musics")} for r in records]
        if kind == "fetch" and not records:
            return self._json(*self.simulator.not_found())
        answer = self.simulator.fetch_answer(records, batch=(kind == "batch"))
        if fault == "malformed_json":
            return httpx.Response(
                200, content=json.dumps(answer).encode()[:-7], headers={"content-type": "application/json"}
            )
        return self._json(200, answer)

    def _draw_fault(self, kind: str) -> Fault | str | None:
        if self.faults.script:
            return self.faults.script.pop(0)
        if self.faults.rate <= 0 or (kind == "submit" and not self.faults.on_submit):
            return None
        # Error diffusion rather than a coin flip: exactly `rate` of the answers are faulted, so a
        # run of a few hundred requests cannot come out under the rate it claims.
        self._fault_debt += self.faults.rate
        if self._fault_debt < 1.0:
            return None
        self._fault_debt -= 1.0
        return self.rng.choice(self.faults.kinds)

    def _early_fault(self, fault: Fault | str, request: httpx.Request) -> httpx.Response | None:
        """Faults that happen before the vendor does anything."""
        if fault == "429":
            return self._json(429, {"message": "rate limited"}, {"Retry-After": f"{self.faults.retry_after:g}"})
        if fault == "refused":
            raise httpx.ConnectError("connection refused", request=request)
        return None

    def _transport_fault(self, fault: Fault | str, request: httpx.Request) -> Exception:
        if fault == "timeout":
            return httpx.ReadTimeout("simulated read timeout", request=request)
        return httpx.RemoteProtocolError("simulated connection reset", request=request)

    def _with_unknown_state(self, record: dict[str, Any]) -> dict[str, Any]:
        text = json.dumps(record)
        for raw in self.simulator.states.values():
            text = text.replace(json.dumps(raw), json.dumps("SIMULATED_NEW_STATE"))
        changed: dict[str, Any] = json.loads(text)
        return changed


__all__ = ["FAULT_KINDS", "FakeTask", "FakeVendor", "Fault", "FaultPlan", "VirtualClock"]
