"""Waiting for tasks: one engine for one task or thousands, sync or async.

Each tick asks about every pending task once, in as few requests as the vendor allows (its batch
endpoint, in chunks of its batch limit; else one fetch per task), then sleeps a capped exponential
backoff with jitter, longer when the vendor sent Retry-After. Transient faults (429, 5xx, 499, 52x,
timeouts, resets, unreadable bodies) cost a tick, never a task. Authentication and balance errors
stop the wait: they do not fix themselves.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Iterable
from typing import Any

from ._errors import AuthenticationError, InsufficientBalanceError, TaskFailedError, WaitTimeoutError
from ._exchange import Delivery, Exchange, asend, describe_body, send
from ._timing import Backoff, Clock
from ._types import TaskResult, TaskState
from .vendors import VendorAdapter

log = logging.getLogger("songspec")

ProgressCallback = Callable[[TaskResult], None]

PER_TASK_BACKOFF = Backoff(initial=2.0, maximum=15.0, multiplier=1.5, jitter=0.1)
BATCH_BACKOFF = Backoff(initial=2.0, maximum=5.0, multiplier=1.5, jitter=0.1)
"""Batch ticks are cheap (one request for many tasks), so they stay frequent: lower latency."""
EMPTY_SUCCESS_CONFIRMATIONS = 3


class PollRun:
    """The state of one wait; the sync and async loops below only do the I/O and the sleeping."""

    def __init__(
        self,
        adapter: VendorAdapter,
        task_ids: Iterable[str],
        *,
        timeout: float,
        clock: Clock,
        backoff: Backoff | None = None,
        use_batch: bool = True,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        rng: random.Random | None = None,
    ) -> None:
        self.adapter = adapter
        self.pending: dict[str, None] = dict.fromkeys(task_ids)
        self.task_ids = list(self.pending)
        self.use_batch = use_batch and adapter.batch_operation is not None
        self.backoff = backoff or (BATCH_BACKOFF if self.use_batch else PER_TASK_BACKOFF)
        self.clock = clock
        self.started = clock.monotonic()
        self.deadline = self.started + timeout
        self.on_progress = on_progress
        self.raise_on_failure = raise_on_failure
        self.rng = rng or random.Random()
        self.results: dict[str, TaskResult] = {}
        self.last_seen: dict[str, TaskResult] = {}
        self.tick = 0
        self.requests = 0
        self._retry_after: float | None = None
        self._empty_successes: dict[str, int] = {}

    @property
    def finished(self) -> bool:
        return not self.pending

    def calls(self) -> list[tuple[Any, list[str]]]:
        return self.adapter.fetch_calls(list(self.pending), use_batch=self.use_batch)

    def absorb(self, exchange: Exchange, asked: list[str]) -> None:
        self.requests += 1
        if exchange.delivery is not Delivery.ANSWERED:
            log.debug(
                "%s %s: %s; retrying next tick", self.adapter.name, exchange.call.operation, exchange.delivery.value
            )
            return
        if exchange.retry_after is not None:
            self._retry_after = max(self._retry_after or 0.0, exchange.retry_after)
        if not exchange.ok:
            error = self.adapter.error_from(exchange)
            if isinstance(error, (AuthenticationError, InsufficientBalanceError)):
                raise error
            if error.code in self.adapter.unknown_task_codes and len(asked) == 1 and asked[0] in self.pending:
                # The vendor says this id does not exist (and it stores tasks before answering a
                # submit), so waiting longer cannot help: report it instead of polling to the deadline.
                self._observe(
                    asked[0],
                    TaskResult(
                        self.adapter.name,
                        asked[0],
                        TaskState.FAILED,
                        reason=f"the vendor does not know this task ({error.code})",
                        raw_state=error.code,
                        raw=exchange.json,
                    ),
                )
                return
            log.debug("%s %s: %s; retrying next tick", self.adapter.name, exchange.call.operation, error)
            return
        if exchange.json_error:
            log.debug("%s %s: %s; retrying next tick", self.adapter.name, exchange.call.operation, exchange.json_error)
            return
        try:
            found = self.adapter.results_from_fetch(exchange, asked)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            log.debug("%s: unusable answer %s (%s)", self.adapter.name, describe_body(exchange.json), exc)
            return
        for task_id, result in found.items():
            if task_id in self.pending:
                self._observe(task_id, result)

    def _observe(self, task_id: str, result: TaskResult) -> None:
        if result.succeeded and not result.tracks and self.adapter.expects_tracks:
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
        remaining = self.deadline - self.clock.monotonic()
        return max(0.0, min(delay, remaining))

    def check_deadline(self) -> None:
        now = self.clock.monotonic()
        if self.pending and now >= self.deadline:
            raise WaitTimeoutError(
                vendor=self.adapter.name,
                task_ids=list(self.pending),
                last=dict(self.last_seen),
                waited=now - self.started,
            )

    def ordered_results(self) -> dict[str, TaskResult]:
        return {task_id: self.results[task_id] for task_id in self.task_ids}


def run_sync(run: PollRun, client: Any) -> dict[str, TaskResult]:
    while True:
        for call, asked in run.calls():
            run.absorb(send(client, call), asked)
        if run.finished:
            return run.ordered_results()
        run.check_deadline()
        run.clock.sleep(run.next_delay())
        run.check_deadline()


async def run_async(run: PollRun, client: Any, *, concurrency: int = 16) -> dict[str, TaskResult]:
    limit = asyncio.Semaphore(concurrency)

    async def ask(call: Any, asked: list[str]) -> tuple[Exchange, list[str]]:
        async with limit:
            return await asend(client, call), asked

    while True:
        for exchange, asked in await asyncio.gather(*(ask(call, asked) for call, asked in run.calls())):
            run.absorb(exchange, asked)
        if run.finished:
            return run.ordered_results()
        run.check_deadline()
        await run.clock.asleep(run.next_delay())
        run.check_deadline()
