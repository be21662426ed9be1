"""The engine: one sans-IO state machine for every vendor. It decides what an answer means and what
to ask next; the client's sync and async loops (songspec._client) only send and sleep.

- `read_submit()`: a submit's answer -> the accepted task, a safe resend after a delay, or an error.
  A submit that may have reached the vendor is never resent: only one that provably never left, or
  that was refused with 429, is (`submit_retries` times at most, 2 by default).
- `read_fetch()`: a fetch's answer -> the results it carries, or why it is unusable. Used by
  `fetch()`, every tick of a wait, and the webhook's confirming fetches alike.
- `PollRun`: the state of one wait over one task or thousands. Each tick asks about every pending
  task once, in as few requests as the vendor allows (its batch endpoint, in chunks of its batch
  limit; else one fetch per task), then sleeps a capped exponential backoff with jitter, longer when
  the vendor sent Retry-After. Transient faults (429, 5xx, 499, 52x, timeouts, resets, unreadable
  bodies) cost a tick, never a task; authentication and balance errors stop the wait. A callback
  `nudge()`s its task: the next tick comes at once and asks only about the nudged tasks.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from ._errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    InsufficientBalanceError,
    OutcomeUnknownError,
    RateLimitedError,
    ServerError,
    TaskFailedError,
    WaitTimeoutError,
)
from ._exchange import Call, Delivery, Exchange, describe_body
from ._timing import Backoff, Clock
from ._types import SubmittedTask, TaskResult, TaskState
from .vendors import Vendor

log = logging.getLogger("songspec")

ProgressCallback = Callable[[TaskResult], None]

SUBMIT_BACKOFF = Backoff(initial=1.0, maximum=20.0, multiplier=2.0, jitter=0.1)
PER_TASK_BACKOFF = Backoff(initial=2.0, maximum=15.0, multiplier=1.5, jitter=0.1)
BATCH_BACKOFF = Backoff(initial=2.0, maximum=5.0, multiplier=1.5, jitter=0.1)
"""Batch ticks are cheap (one request for many tasks), so they stay frequent: lower latency."""
WEBHOOK_BACKOFF = Backoff(initial=120.0, maximum=600.0, multiplier=2.0, jitter=0.1)
"""With callbacks coming, polling is only a safety net for callbacks that never come. The first
tick still asks at once about every task whose callback may already have been missed (one not
submitted through the receiver), so a task that was already done is reported at once."""
NUDGE_GATHER = 0.5
"""After a callback, wait this long for more before the confirming tick (one batch for all)."""
EMPTY_SUCCESS_CONFIRMATIONS = 3


# ---------------------------------------------------------------------------------------- submit
def read_submit(
    vendor: Vendor, exchange: Exchange, *, attempt: int, retries: int, rng: random.Random
) -> SubmittedTask | float:
    """The accepted task, or the seconds to wait before the one kind of resend that is safe.
    Raises OutcomeUnknownError when the vendor may have taken the job, APIError when it refused it."""
    call = exchange.call
    codec = vendor.codec
    log.debug("%s %s -> %s", vendor.name, call.operation, exchange.status or exchange.delivery.value)

    def unknown(cause: str) -> OutcomeUnknownError:
        return OutcomeUnknownError(
            vendor=vendor.name, operation=call.operation, cause=cause, body=call.body(), sent_at=exchange.sent_at
        )

    may_resend = attempt < retries
    if exchange.delivery is Delivery.NOT_SENT:
        if may_resend:
            return SUBMIT_BACKOFF.delay(attempt, rng)
        raise APIConnectionError(
            f"could not connect ({exchange.transport_error}); nothing was sent", vendor=vendor.name, sent=False
        )
    if exchange.delivery is Delivery.NO_ANSWER:
        raise unknown(exchange.transport_error or "no answer")
    assert exchange.status is not None
    if exchange.status == 429:
        # Refused before acceptance: the vendor did not take the job, so a resend cannot double it.
        if may_resend:
            return exchange.retry_after if exchange.retry_after is not None else SUBMIT_BACKOFF.delay(attempt, rng)
        raise codec.error(exchange)
    if exchange.ok:
        if exchange.json_error:
            raise unknown(f"HTTP {exchange.status} with an unreadable answer: {exchange.json_error}")
        refusal = codec.submit_refusal(exchange)  # a 200 that is an error envelope need not fit the model
        if refusal is not None:
            raise refusal
        if exchange.parse_error:
            raise unknown(f"HTTP {exchange.status}, an answer the spec's model cannot read: {exchange.parse_error}")
        task_id = codec.submitted_task_id(exchange)
        if task_id:
            return SubmittedTask(vendor.name, task_id, call.operation, raw=exchange.json)
        raise unknown(f"HTTP {exchange.status} without a task id: {describe_body(exchange.json)}")
    if exchange.status >= 500 or exchange.status == 499:
        raise unknown(f"HTTP {exchange.status}")
    raise codec.error(exchange)


# ---------------------------------------------------------------------------------------- fetch
@dataclass
class FetchReading:
    """What one fetch answer says: results, ids the vendor does not know, or why it is unusable."""

    results: dict[str, TaskResult] = field(default_factory=dict)
    not_found: list[str] = field(default_factory=list)
    error: APIError | None = None
    """The vendor's error answer, if it was one."""
    problem: str | None = None
    """Why this answer carries nothing usable (no answer, unreadable, an error): it costs a tick."""
    retry_after: float | None = None
    delivery: Delivery = Delivery.ANSWERED

    @property
    def fatal(self) -> bool:
        """The wait cannot succeed by waiting longer: the key or the balance must change."""
        return isinstance(self.error, (AuthenticationError, InsufficientBalanceError))

    @property
    def transient(self) -> bool:
        """Asking again may give a different answer."""
        return self.error is None or isinstance(self.error, (RateLimitedError, ServerError))


def read_fetch(vendor: Vendor, exchange: Exchange, asked: list[str]) -> FetchReading:
    reading = FetchReading(retry_after=exchange.retry_after, delivery=exchange.delivery)
    if exchange.delivery is not Delivery.ANSWERED:
        reading.problem = exchange.delivery.value + (
            f" ({exchange.transport_error})" if exchange.transport_error else ""
        )
        return reading
    if not exchange.ok:
        reading.error = vendor.codec.error(exchange)
        reading.problem = str(reading.error)
        if reading.error.code in vendor.codec.unknown_task_codes and len(asked) == 1:
            # The vendor says this id does not exist (and it stores tasks before answering a
            # submit), so waiting longer cannot help.
            reading.not_found = list(asked)
        return reading
    if exchange.json_error:
        reading.problem = exchange.json_error
        return reading
    if exchange.parse_error:
        reading.problem = f"the answer does not fit the spec's model ({exchange.parse_error})"
        return reading
    try:
        found = vendor.codec.fetch_results(exchange, asked)
    except Exception as exc:  # a codec bug or an odd answer costs a tick, never a task
        reading.problem = f"unusable answer {describe_body(exchange.json)} ({type(exc).__name__}: {exc})"
        return reading
    wanted = set(asked)
    reading.results = {task_id: result for task_id, result in found.items() if task_id in wanted}
    return reading


# ---------------------------------------------------------------------------------------- waiting
class PollRun:
    """The state of one wait; the client's loops only do the I/O and the sleeping."""

    def __init__(
        self,
        vendor: Vendor,
        task_ids: Iterable[str],
        *,
        timeout: float,
        clock: Clock,
        backoff: Backoff | None = None,
        use_batch: bool = True,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        rng: random.Random | None = None,
        callbacks: bool = False,
    ) -> None:
        self.vendor = vendor
        self.pending: dict[str, None] = dict.fromkeys(task_ids)
        self.task_ids = list(self.pending)
        self.use_batch = use_batch and vendor.profile.batch_operation is not None
        default = WEBHOOK_BACKOFF if callbacks else (BATCH_BACKOFF if self.use_batch else PER_TASK_BACKOFF)
        self.backoff = backoff or default
        self.clock = clock
        self.started = clock.monotonic()
        self.deadline = self.started + timeout
        self.on_progress = on_progress
        self.raise_on_failure = raise_on_failure
        self.rng = rng or random.Random()
        self.results: dict[str, TaskResult] = {}
        self.last_seen: dict[str, TaskResult] = {}
        self.tick = 0
        self._retry_after: float | None = None
        self._empty_successes: dict[str, int] = {}
        self._due: dict[str, None] = {}
        self._trusted: set[str] = set()
        self._lock = threading.Lock()
        self.wake: Callable[[], None] = lambda: None
        """Set by the loop: interrupts its sleep (thread-safe)."""

    @property
    def finished(self) -> bool:
        return not self.pending

    # ------------------------------------------------------------------ callbacks
    def nudge(self, task_ids: Iterable[str]) -> None:
        """Tasks a callback says have changed: the next tick asks about them at once (ids this run
        is not waiting for are ignored). Thread-safe."""
        with self._lock:
            mine = [task_id for task_id in task_ids if task_id in self.pending]
            self._due.update(dict.fromkeys(mine))
        if mine:
            self.wake()

    def trust_callbacks(self, task_ids: Iterable[str]) -> None:
        """Tasks whose callbacks are sure to reach the listener (submitted with its URL, early
        callbacks remembered): the first tick need not ask about them."""
        with self._lock:
            self._trusted.update(task_ids)

    @property
    def nudged(self) -> bool:
        with self._lock:
            return bool(self._due)

    # ------------------------------------------------------------------ ticks
    def calls(self) -> list[tuple[Call, list[str]]]:
        """The requests of the next tick: the nudged tasks if any, else every pending task."""
        with self._lock:
            due = [task_id for task_id in self._due if task_id in self.pending]
            self._due.clear()
            if not due and self.tick == 0 and self._trusted:
                due = [task_id for task_id in self.pending if task_id not in self._trusted]
                if not due:
                    return []
        return self.vendor.fetch_calls(due or list(self.pending), use_batch=self.use_batch)

    def absorb(self, exchange: Exchange, asked: list[str]) -> None:
        reading = read_fetch(self.vendor, exchange, asked)
        if reading.retry_after is not None:
            self._retry_after = max(self._retry_after or 0.0, reading.retry_after)
        if reading.fatal:
            assert reading.error is not None
            raise reading.error
        for task_id in reading.not_found:
            if task_id in self.pending:
                self._observe(
                    task_id,
                    TaskResult(
                        self.vendor.name,
                        task_id,
                        TaskState.FAILED,
                        reason=f"the vendor does not know this task ({reading.error.code if reading.error else '?'})",
                        raw_state=reading.error.code if reading.error else None,
                        raw=exchange.json,
                    ),
                )
        if reading.problem:
            log.debug("%s %s: %s; asking again next tick", self.vendor.name, exchange.call.operation, reading.problem)
        for task_id, result in reading.results.items():
            if task_id in self.pending:
                self._observe(task_id, result)

    def _observe(self, task_id: str, result: TaskResult) -> None:
        if result.succeeded and not result.tracks and self.vendor.codec.expects_tracks:
            # A success without songs is usually a partial record (a field dropped on the way):
            # ask again, and accept it only if the vendor keeps saying so.
            seen = self._empty_successes[task_id] = self._empty_successes.get(task_id, 0) + 1
            if seen < EMPTY_SUCCESS_CONFIRMATIONS:
                self.last_seen[task_id] = result
                return
        previous = self.last_seen.get(task_id)
        self.last_seen[task_id] = result
        changed = previous is None or (previous.state, previous.progress) != (result.state, result.progress)
        if self.on_progress is not None and changed:
            self.on_progress(result)
        if result.done:
            del self.pending[task_id]
            self.results[task_id] = result
            if result.failed and self.raise_on_failure:
                raise TaskFailedError(result)

    def next_delay(self) -> float:
        """Seconds to sleep before the next tick (never past the deadline)."""
        delay = self.backoff.delay(self.tick, self.rng)
        self.tick += 1
        if self._retry_after is not None:
            delay = max(delay, self._retry_after)
            self._retry_after = None
        return self._capped(delay)

    def gather_delay(self) -> float:
        """After a nudge: a short pause so callbacks arriving together share one confirming tick."""
        return self._capped(max(NUDGE_GATHER, self._retry_after or 0.0))

    def _capped(self, delay: float) -> float:
        remaining = self.deadline - self.clock.monotonic()
        return max(0.0, min(delay, remaining))

    def request_deadline(self) -> float:
        """The wait's deadline as a time.monotonic() value: no request may outlast it."""
        return time.monotonic() + max(0.0, self.deadline - self.clock.monotonic())

    def check_deadline(self) -> None:
        now = self.clock.monotonic()
        if self.pending and now >= self.deadline:
            raise WaitTimeoutError(
                vendor=self.vendor.name,
                task_ids=list(self.pending),
                last=dict(self.last_seen),
                waited=now - self.started,
            )

    def ordered_results(self) -> dict[str, TaskResult]:
        return {task_id: self.results[task_id] for task_id in self.task_ids}


class Listener(Protocol):
    """Something that nudges runs (a webhook receiver): the client attaches each run while it waits."""

    def attach(self, run: PollRun) -> None: ...
    def detach(self, run: PollRun) -> None: ...
