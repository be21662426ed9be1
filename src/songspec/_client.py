"""Songspec and AsyncSongspec: submit once, wait efficiently, get tracks."""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Iterable
from typing import Any

import httpx

from ._errors import (
    InvalidRequestError,
    OutcomeUnknownError,
    RateLimitedError,
    ServerError,
    SongspecError,
    TaskFailedError,
)
from ._exchange import Call, Delivery, Exchange, asend, describe_body, send
from ._polling import PollRun, ProgressCallback, run_async, run_sync
from ._timing import SYSTEM_CLOCK, Backoff, Clock
from ._types import SubmittedTask, TaskResult
from .vendors import VendorAdapter, adapter_for

log = logging.getLogger("songspec")

DEFAULT_WAIT_TIMEOUT = 600.0
SUBMIT_BACKOFF = Backoff(initial=1.0, maximum=20.0, multiplier=2.0, jitter=0.1)
FETCH_ATTEMPTS = 4


class _Core:
    """Everything but the I/O, shared by the sync and async clients."""

    def __init__(
        self,
        vendor: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 60.0,
        submit_retries: int = 2,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.adapter: VendorAdapter = adapter_for(vendor)
        self.vendor = self.adapter.name
        key = api_key if api_key is not None else os.environ.get(self.adapter.api_key_env)
        if not key:
            raise SongspecError(f"no API key for {self.vendor}: pass api_key= or set {self.adapter.api_key_env}")
        self.base_url = base_url or self.adapter.default_base_url
        if not self.base_url:
            raise SongspecError(f"{self.vendor} has no fixed address: pass base_url= (your reseller's API root)")
        httpx_args: dict[str, Any] = {"transport": transport} if transport is not None else {}
        http_timeout = (
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout, connect=min(10.0, timeout))
        )
        self.client = self.adapter.client(key, base_url=self.base_url, timeout=http_timeout, httpx_args=httpx_args)
        self.submit_retries = submit_retries
        self.clock = clock or SYSTEM_CLOCK
        self.rng = rng or random.Random()

    def __repr__(self) -> str:  # never the key
        return f"{type(self).__name__}(vendor={self.vendor!r}, base_url={self.base_url!r})"

    # ------------------------------------------------------------------ submit
    def _submit_call(self, body: dict[str, Any] | None, operation: str | None, callback_url: str | None) -> Call:
        operation = operation or self.adapter.submit_operation
        payload = dict(body or {})
        if callback_url is not None:
            if not self.adapter.callback_field:
                raise InvalidRequestError("this vendor documents no callback", vendor=self.vendor)
            payload[self.adapter.callback_field] = callback_url
        return self.adapter.submit_call(operation, payload)

    def _submit_outcome(self, exchange: Exchange, attempt: int) -> SubmittedTask | float:
        """A SubmittedTask, or the seconds to wait before the one kind of resend that is safe."""
        call = exchange.call
        body = call.kwargs["body"].to_dict() if "body" in call.kwargs else {}  # exactly what was sent
        log.debug("%s %s -> %s", self.vendor, call.operation, exchange.status or exchange.delivery.value)
        if exchange.delivery is Delivery.NOT_SENT:
            if attempt < self.submit_retries:
                return SUBMIT_BACKOFF.delay(attempt, self.rng)
            raise ServerError(f"could not connect ({exchange.transport_error}); nothing was sent", vendor=self.vendor)
        if exchange.delivery is Delivery.NO_ANSWER:
            raise OutcomeUnknownError(
                vendor=self.vendor,
                operation=call.operation,
                cause=exchange.transport_error or "no answer",
                body=body,
                sent_at=exchange.sent_at,
            )
        assert exchange.status is not None
        if exchange.status == 429:
            # Rejected before acceptance: the vendor did not take the job, so a resend cannot double it.
            error = self.adapter.error_from(exchange)
            if attempt < self.submit_retries:
                return (
                    exchange.retry_after
                    if exchange.retry_after is not None
                    else SUBMIT_BACKOFF.delay(attempt, self.rng)
                )
            raise error
        if exchange.ok:
            rejection = self.adapter.submit_rejection(exchange)
            if rejection is not None:
                raise rejection
            task_id = self.adapter.task_id_from_submit(exchange) if exchange.json_error is None else None
            if task_id:
                return SubmittedTask(self.vendor, task_id, call.operation, raw=exchange.json)
            cause = exchange.json_error or f"HTTP {exchange.status} without a task id: {describe_body(exchange.json)}"
            raise OutcomeUnknownError(
                vendor=self.vendor, operation=call.operation, cause=cause, body=body, sent_at=exchange.sent_at
            )
        if exchange.status >= 500 or exchange.status == 499:
            raise OutcomeUnknownError(
                vendor=self.vendor,
                operation=call.operation,
                cause=f"HTTP {exchange.status}",
                body=body,
                sent_at=exchange.sent_at,
            )
        raise self.adapter.error_from(exchange)

    # ------------------------------------------------------------------ fetch
    def _fetch_outcome(self, exchange: Exchange, task_id: str) -> TaskResult | float:
        """The result, or the seconds to wait before asking again (transient fault)."""
        retry = exchange.retry_after if exchange.retry_after is not None else 1.0
        if exchange.delivery is not Delivery.ANSWERED or exchange.json_error:
            return retry
        if not exchange.ok:
            error = self.adapter.error_from(exchange)
            if isinstance(error, (RateLimitedError, ServerError)):
                return retry
            raise error
        found = self.adapter.results_from_fetch(exchange, [task_id])
        if task_id not in found:
            raise InvalidRequestError(
                f"the vendor does not know task {task_id}", vendor=self.vendor, code="task_not_found"
            )
        return found[task_id]

    def _poll_run(
        self,
        task_ids: Iterable[str],
        timeout: float,
        on_progress: ProgressCallback | None,
        raise_on_failure: bool,
        use_batch: bool,
        backoff: Backoff | None,
    ) -> PollRun:
        ids = [task.task_id if isinstance(task, SubmittedTask) else str(task) for task in task_ids]
        if not ids:
            raise InvalidRequestError("no task ids to wait for", vendor=self.vendor)
        return PollRun(
            self.adapter,
            ids,
            timeout=timeout,
            clock=self.clock,
            backoff=backoff,
            use_batch=use_batch,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
            rng=self.rng,
        )


class Songspec(_Core):
    """A vendor's API, ready to use: `Songspec("ttapi-producer")` reads TTAPI_API_KEY.

    `submit` sends a job once; `wait` / `wait_many` poll until done; `generate` does both.
    `client` is the vendor's generated, authenticated client for everything else.
    """

    def __enter__(self) -> Songspec:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.get_httpx_client().close()

    def submit(
        self, body: dict[str, Any] | None = None, *, operation: str | None = None, callback_url: str | None = None
    ) -> SubmittedTask:
        """Send one job. Validated against the spec first; resent only if it provably never
        reached the vendor or was refused with 429. Raises OutcomeUnknownError otherwise."""
        call = self._submit_call(body, operation, callback_url)
        attempt = 0
        while True:
            outcome = self._submit_outcome(send(self.client, call), attempt)
            if isinstance(outcome, SubmittedTask):
                return outcome
            attempt += 1
            self.clock.sleep(outcome)

    def fetch(self, task_id: str) -> TaskResult:
        """The task's current state (transient faults retried, honouring Retry-After)."""
        for attempt in range(FETCH_ATTEMPTS):
            outcome = self._fetch_outcome(send(self.client, self.adapter.fetch_call(task_id)), task_id)
            if isinstance(outcome, TaskResult):
                return outcome
            if attempt + 1 < FETCH_ATTEMPTS:
                self.clock.sleep(outcome)
        raise ServerError(f"no usable answer about task {task_id} after {FETCH_ATTEMPTS} attempts", vendor=self.vendor)

    def wait(
        self,
        task: str | SubmittedTask,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        backoff: Backoff | None = None,
    ) -> TaskResult:
        """Poll one task until it succeeds or fails (a failed task is returned, not raised, unless
        raise_on_failure). Raises WaitTimeoutError, carrying the id, at the deadline."""
        run = self._poll_run([task], timeout, on_progress, raise_on_failure, False, backoff)
        return next(iter(run_sync(run, self.client).values()))

    def wait_many(
        self,
        tasks: Iterable[str | SubmittedTask],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        use_batch: bool = True,
        backoff: Backoff | None = None,
    ) -> dict[str, TaskResult]:
        """Wait for many tasks with one request per tick (the vendor's batch endpoint) where the
        vendor has one. Returns {task_id: result} in the order given."""
        return run_sync(self._poll_run(tasks, timeout, on_progress, raise_on_failure, use_batch, backoff), self.client)

    def generate(
        self,
        prompt: str | None = None,
        *,
        lyrics: str | None = None,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Any,
    ) -> TaskResult | SubmittedTask:
        """Submit the vendor's main generation job and (by default) wait for its tracks."""
        task = self.submit(self.adapter.generation_body(prompt, lyrics, options))
        if not wait:
            return task
        return self.wait(task, timeout=timeout, on_progress=on_progress, raise_on_failure=raise_on_failure)

    def webhook(self, **kwargs: Any) -> Any:
        """A WebhookReceiver bound to 127.0.0.1 (see songspec.WebhookReceiver)."""
        from ._webhook import WebhookReceiver

        return WebhookReceiver(self, **kwargs)


class AsyncSongspec(_Core):
    """The asyncio twin of Songspec, with the same methods as coroutines."""

    async def __aenter__(self) -> AsyncSongspec:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()

    async def submit(
        self, body: dict[str, Any] | None = None, *, operation: str | None = None, callback_url: str | None = None
    ) -> SubmittedTask:
        call = self._submit_call(body, operation, callback_url)
        attempt = 0
        while True:
            outcome = self._submit_outcome(await asend(self.client, call), attempt)
            if isinstance(outcome, SubmittedTask):
                return outcome
            attempt += 1
            await self.clock.asleep(outcome)

    async def fetch(self, task_id: str) -> TaskResult:
        for attempt in range(FETCH_ATTEMPTS):
            outcome = self._fetch_outcome(await asend(self.client, self.adapter.fetch_call(task_id)), task_id)
            if isinstance(outcome, TaskResult):
                return outcome
            if attempt + 1 < FETCH_ATTEMPTS:
                await self.clock.asleep(outcome)
        raise ServerError(f"no usable answer about task {task_id} after {FETCH_ATTEMPTS} attempts", vendor=self.vendor)

    async def wait(
        self,
        task: str | SubmittedTask,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        backoff: Backoff | None = None,
    ) -> TaskResult:
        run = self._poll_run([task], timeout, on_progress, raise_on_failure, False, backoff)
        return next(iter((await run_async(run, self.client)).values()))

    async def wait_many(
        self,
        tasks: Iterable[str | SubmittedTask],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        use_batch: bool = True,
        backoff: Backoff | None = None,
    ) -> dict[str, TaskResult]:
        return await run_async(
            self._poll_run(tasks, timeout, on_progress, raise_on_failure, use_batch, backoff), self.client
        )

    async def generate(
        self,
        prompt: str | None = None,
        *,
        lyrics: str | None = None,
        wait: bool = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Any,
    ) -> TaskResult | SubmittedTask:
        task = await self.submit(self.adapter.generation_body(prompt, lyrics, options))
        if not wait:
            return task
        return await self.wait(task, timeout=timeout, on_progress=on_progress, raise_on_failure=raise_on_failure)


def client_for(vendor: str, api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any) -> Any:
    """The vendor's generated AuthenticatedClient with the right base URL, header name and prefix
    (TTAPI: `TT-API-KEY` without Bearer; the others: `Authorization: Bearer`)."""
    adapter = adapter_for(vendor)
    key = api_key if api_key is not None else os.environ.get(adapter.api_key_env)
    if not key:
        raise SongspecError(f"no API key for {adapter.name}: pass api_key= or set {adapter.api_key_env}")
    return adapter.client(key, base_url=base_url, **kwargs)


__all__ = ["AsyncSongspec", "Songspec", "TaskFailedError", "client_for"]
