"""Songspec and AsyncSongspec: submit once, wait efficiently, get tracks.

The decisions are the engine's (songspec._engine); these classes only send, sleep and hand over.
"""

from __future__ import annotations

import functools
import logging
import os
import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, overload

from ._checks import check_base_url, check_key
from ._engine import FetchReading, Listener, PollRun, ProgressCallback, read_fetch, read_submit
from ._errors import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    OutcomeUnknownError,
    ServerError,
    TaskNotFoundError,
)
from ._exchange import Call, Delivery, asend, send
from ._timing import SYSTEM_CLOCK, Backoff, Clock
from ._types import SubmittedTask, TaskResult
from .vendors import Vendor, get_vendor

if TYPE_CHECKING:
    import httpx

    from songspec.clients import (
        acedata_producer,
        acedata_suno,
        ccapi_producer,
        ccapi_suno,
        deerapi_suno,
        suno_relay,
        ttapi_producer,
        ttapi_suno,
    )

    from ._ledger import Entry, Ledger
    from ._webhook import AsyncWebhookReceiver, WebhookReceiver

log = logging.getLogger("songspec")

DEFAULT_WAIT_TIMEOUT = 600.0
FETCH_ATTEMPTS = 4
BASE_URL_ENV = "SONGSPEC_BASE_URL"


def _task_id(task: str | SubmittedTask) -> str:
    task_id = task.task_id if isinstance(task, SubmittedTask) else task
    if (
        not isinstance(task_id, str)
        or not task_id.strip()
        or task_id.strip(".") == ""
        or any(c in task_id for c in "/\\\r\n\t")
    ):
        raise ConfigurationError(f"{task_id!r} is not a task id (give the id the vendor returned)")
    return task_id


def _api_key(vendor: Vendor, api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(vendor.profile.key_env)
    if not key:
        raise ConfigurationError(f"no API key for {vendor.name}: set {vendor.profile.key_env} (or pass api_key=)")
    return check_key(key, "api_key=" if api_key is not None else vendor.profile.key_env)


def _base_url(vendor: Vendor, base_url: str | None) -> str:
    """base_url=, else SONGSPEC_<VENDOR>_BASE_URL, else the spec's server; SONGSPEC_BASE_URL only for
    a vendor without one (a relay). A shared variable must never send a vendor's key elsewhere."""
    if base_url:
        return check_base_url(base_url, "base_url=")
    variables = [f"SONGSPEC_{vendor.name.upper().replace('-', '_')}_BASE_URL"]
    if not vendor.profile.base_url:
        variables.append(BASE_URL_ENV)
    for variable in variables:
        from_env = os.environ.get(variable)
        if from_env:
            return check_base_url(from_env, variable)
    if not vendor.profile.base_url:
        raise ConfigurationError(
            f"{vendor.name} has no fixed address: set {BASE_URL_ENV} to your reseller's API root (or pass base_url=)"
        )
    return vendor.profile.base_url


@dataclass(frozen=True)
class _ClientArgs:
    """What the generated client is built from on first use; never shows the key."""

    key: str = field(repr=False)
    timeout: float | httpx.Timeout
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None


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
        ledger: Ledger | str | None = None,
    ) -> None:
        self._vendor = get_vendor(vendor)
        self.vendor = self._vendor.name
        self.profile = self._vendor.profile
        key = _api_key(self._vendor, api_key)
        self.base_url = _base_url(self._vendor, base_url)
        self._client_args = _ClientArgs(key, timeout, transport)
        self.submit_retries = submit_retries
        self.clock = clock or SYSTEM_CLOCK
        self.rng = rng or random.Random()
        self._receivers: list[WebhookReceiver | AsyncWebhookReceiver] = []
        self._owns_ledger = ledger is None or isinstance(ledger, str)
        if ledger is None or isinstance(ledger, str):
            from ._ledger import open_ledger

            ledger = open_ledger(ledger)  # None: $SONGSPEC_LEDGER, else SQLite in the user data dir
        self.ledger: Ledger = ledger
        """Every submit is journaled here before it is sent, and every state after it."""

    def __repr__(self) -> str:  # never the key
        return f"{type(self).__name__}(vendor={self.vendor!r}, base_url={self.base_url!r})"

    @functools.cached_property
    def client(self) -> Any:
        """The vendor's generated, authenticated client (for operations the wrapper does not cover).
        Built on first use, so creating a Songspec and checking a body load no HTTP machinery."""
        import httpx

        args = self._client_args
        timeout = args.timeout
        http_timeout = (
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout, connect=min(10.0, timeout))
        )
        httpx_args: dict[str, Any] = {"transport": args.transport} if args.transport is not None else {}
        return self._vendor.client(args.key, base_url=self.base_url, timeout=http_timeout, httpx_args=httpx_args)

    def _built_client(self) -> Any:
        """The generated client if one was built (closing must not build one)."""
        return self.__dict__.get("client")

    def generation_body(
        self, prompt: str | None = None, lyrics: str | None = None, options: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The body `generate()` sends for these arguments (the spec's prompt and lyrics fields)."""
        return self._vendor.codec.generation_body(prompt, lyrics, options or {})

    def _submit_call(self, body: dict[str, Any] | None, operation: str | None, callback_url: str | None) -> Call:
        operation = operation or self.profile.submit_operation
        payload = dict(body or {}) if body is None or isinstance(body, dict) else body
        if callback_url is not None:
            if not self.profile.callback_field:
                raise ConfigurationError(f"{self.vendor} documents no callback: drop callback_url")
            payload[self.profile.callback_field] = callback_url
        return self._vendor.submit_call(operation, payload)

    def _journal(self, call: Call) -> str:
        """Write the submit down before it is sent (the callback URL, which may hold a token, masked)."""
        body = call.body()
        secret = [self.profile.callback_field] if self.profile.callback_field else []
        return self.ledger.begin_submit(
            vendor=self.vendor, operation=call.operation, body=body, base_url=self.base_url, secret_fields=secret
        )

    def _journal_failure(self, entry: str, error: BaseException) -> None:
        if isinstance(error, OutcomeUnknownError):
            self.ledger.submit_unknown(entry, error.cause)
        elif isinstance(error, APIError) or (isinstance(error, APIConnectionError) and not error.sent):
            self.ledger.submit_refused(entry, str(error))
        else:
            # Ctrl-C or a crash while the request was in flight: the entry stays "sending".
            error.add_note(
                f"songspec: the {self.vendor} submit may have reached the vendor (journal entry {entry}); "
                "check `songspec tasks --state reconcile` and the vendor's task list before submitting again"
            )
            log.warning("%s submit interrupted in flight (journal entry %s): reconcile it", self.vendor, entry)

    def _record(self, result: TaskResult) -> None:
        if result.done:
            self.ledger.task_finished(self.vendor, result.task_id, str(result.state), result.to_dict())
        else:
            self.ledger.task_state(
                self.vendor, result.task_id, str(result.state), raw_state=result.raw_state, progress=result.progress
            )

    def _recording(self, on_progress: ProgressCallback | None) -> ProgressCallback:
        def observe(result: TaskResult) -> None:
            self._record(result)
            if on_progress is not None:
                on_progress(result)

        return observe

    def _accepted(self, task: SubmittedTask, call: Call) -> SubmittedTask:
        log.info("%s accepted task %s (%s)", self.vendor, task.task_id, call.operation)
        callback = call.body().get(self.profile.callback_field or "") if self._receivers else None
        for receiver in self._receivers:
            if isinstance(callback, str) and callback.startswith(receiver.url):
                receiver.expect([task.task_id])  # its callback may come before anyone waits for it
        return task

    @staticmethod
    def _receiver_options(arguments: dict[str, Any]) -> dict[str, Any]:
        """webhook()'s keyword arguments, passed on to the receiver as they are."""
        names = (
            "host",
            "port",
            "path_token",
            "public_url",
            "max_body_bytes",
            "allow_non_loopback",
            "header_timeout",
            "body_timeout",
            "max_pending",
            "backlog",
        )
        return {name: arguments[name] for name in names}

    def _note_task(self, exc: BaseException, task: SubmittedTask) -> None:
        """The paid task an interrupted wait was for: on the exception, in the log (and in the ledger)."""
        if getattr(exc, "task_ids", None) is None:
            exc.task_ids = [task.task_id]  # type: ignore[attr-defined]
        exc.add_note(
            f"songspec: {self.vendor} task {task.task_id} was accepted (and paid for); "
            f"resume with `songspec wait {self.vendor} {task.task_id}` or `songspec resume`"
        )
        log.warning("%s task %s was accepted; the wait ended with %s", self.vendor, task.task_id, type(exc).__name__)

    def unreconciled(self) -> list[Entry]:
        """Submits whose outcome is unknown (or that were interrupted mid-send): they may have been
        accepted and charged. Look for them at the vendor (`created_at`, `body`); never resend blindly."""
        from ._ledger_sql import RECONCILE_STATES

        return self.ledger.entries(vendor=self.vendor, states=list(RECONCILE_STATES))

    def _unfinished_ids(self) -> list[str]:
        return [entry.task_id for entry in self.ledger.unfinished(self.vendor) if entry.task_id]

    def _fetch_outcome(self, reading: FetchReading, task_id: str) -> TaskResult | float:
        """The result, or the seconds to wait before asking again (a transient fault)."""
        if reading.fatal or (reading.error is not None and not reading.transient and not reading.not_found):
            assert reading.error is not None
            raise reading.error
        if task_id in reading.results:
            return reading.results[task_id]
        if reading.not_found or reading.problem is None:
            # The vendor answered, and not about this task: it does not know it.
            error = reading.error
            raise TaskNotFoundError(
                task_id,
                vendor=self.vendor,
                status_code=error.status_code if error else None,
                code=error.code if error else None,
                body=error.body if error else None,
            )
        return reading.retry_after if reading.retry_after is not None else 1.0

    def _fetch_failure(self, reading: FetchReading | None, task_id: str) -> Exception:
        if reading is not None and reading.error is not None:
            return reading.error
        if reading is not None and reading.delivery is not Delivery.ANSWERED:
            return APIConnectionError(
                f"no answer about task {task_id} after {FETCH_ATTEMPTS} attempts ({reading.problem})",
                vendor=self.vendor,
                sent=reading.delivery is Delivery.NO_ANSWER,
            )
        problem = reading.problem if reading is not None else "nothing asked"
        return ServerError(
            f"no usable answer about task {task_id} after {FETCH_ATTEMPTS} attempts: {problem}", vendor=self.vendor
        )

    def _poll_run(
        self,
        tasks: Iterable[str | SubmittedTask],
        timeout: float,
        on_progress: ProgressCallback | None,
        raise_on_failure: bool,
        use_batch: bool,
        backoff: Backoff | None,
        callbacks: bool = False,
    ) -> PollRun:
        ids = [_task_id(task) for task in tasks]
        if not ids:
            raise ConfigurationError("no task ids to wait for")
        if timeout != timeout or timeout < 0:  # NaN or negative
            raise ConfigurationError(f"timeout must be a number of seconds >= 0, not {timeout!r}")
        return PollRun(
            self._vendor,
            ids,
            timeout=timeout,
            clock=self.clock,
            backoff=backoff,
            use_batch=use_batch,
            on_progress=self._recording(on_progress),
            raise_on_failure=raise_on_failure,
            rng=self.rng,
            callbacks=callbacks,
        )


class Songspec(_Core):
    """A vendor's API, ready to use: `Songspec("ttapi-producer")` reads the key from the variable
    its spec names (`songspec vendors` lists them).

    `submit` sends a job once; `wait` / `wait_many` poll until done; `generate` does both.
    `client` is the vendor's generated, authenticated client for everything else.
    """

    def __enter__(self) -> Songspec:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        client = self._built_client()
        if client is not None:
            client.get_httpx_client().close()
        if self._owns_ledger:
            self.ledger.close()

    def submit(
        self, body: dict[str, Any] | None = None, *, operation: str | None = None, callback_url: str | None = None
    ) -> SubmittedTask:
        """Send one job. Validated against the spec first; resent only if it provably never
        reached the vendor or was refused with 429. Raises OutcomeUnknownError otherwise."""
        call = self._submit_call(body, operation, callback_url)
        entry = self._journal(call)
        attempt = 0
        try:
            while True:
                outcome = read_submit(
                    self._vendor, send(self.client, call), attempt=attempt, retries=self.submit_retries, rng=self.rng
                )
                if isinstance(outcome, SubmittedTask):
                    self.ledger.submit_accepted(entry, outcome.task_id)
                    return self._accepted(outcome, call)
                attempt += 1
                self.clock.sleep(outcome)
        except BaseException as exc:
            self._journal_failure(entry, exc)
            raise

    def fetch(self, task: str | SubmittedTask) -> TaskResult:
        """The task's current state (transient faults retried, honouring Retry-After)."""
        task_id = _task_id(task)
        reading: FetchReading | None = None
        for attempt in range(FETCH_ATTEMPTS):
            reading = read_fetch(self._vendor, send(self.client, self._vendor.fetch_call(task_id)), [task_id])
            outcome = self._fetch_outcome(reading, task_id)
            if isinstance(outcome, TaskResult):
                self._record(outcome)
                return outcome
            if attempt + 1 < FETCH_ATTEMPTS:
                self.clock.sleep(outcome)
        raise self._fetch_failure(reading, task_id)

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
        return next(iter(self._run(run).values()))

    def wait_many(
        self,
        tasks: Iterable[str | SubmittedTask],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        use_batch: bool = True,
        backoff: Backoff | None = None,
        webhook: Listener | None = None,
    ) -> dict[str, TaskResult]:
        """Wait for many tasks with one request per tick (the vendor's batch endpoint) where the
        vendor has one. With `webhook`, its callbacks trigger the ticks and polling is a slow safety
        net. Returns {task_id: result} in the order given."""
        run = self._poll_run(tasks, timeout, on_progress, raise_on_failure, use_batch, backoff, webhook is not None)
        return self._run(run, webhook)

    def resume(
        self, *, timeout: float = DEFAULT_WAIT_TIMEOUT, on_progress: ProgressCallback | None = None
    ) -> dict[str, TaskResult]:
        """Wait for every task the ledger holds as accepted but unfinished for this vendor (batched
        where the vendor can) and record the results. `unreconciled()` lists what cannot be resumed."""
        ids = self._unfinished_ids()
        return self.wait_many(ids, timeout=timeout, on_progress=on_progress) if ids else {}

    def _run(self, run: PollRun, listener: Listener | None = None) -> dict[str, TaskResult]:
        wakeup = threading.Event()
        run.wake = wakeup.set
        if listener is not None:
            listener.attach(run)
        try:
            while True:
                wakeup.clear()
                for call, asked in run.calls():
                    run.absorb(send(self.client, call, deadline=run.request_deadline()), asked)
                if run.finished:
                    return run.ordered_results()
                run.check_deadline()
                if run.nudged:
                    self.clock.sleep(run.gather_delay())
                else:
                    self.clock.sleep(run.next_delay(), wakeup)
                    if run.nudged:
                        self.clock.sleep(run.gather_delay())
                run.check_deadline()
        finally:
            if listener is not None:
                listener.detach(run)

    @overload
    def generate(
        self,
        prompt: str | None = None,
        *,
        lyrics: str | None = None,
        wait: Literal[True] = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Any,
    ) -> TaskResult: ...
    @overload
    def generate(
        self,
        prompt: str | None = None,
        *,
        lyrics: str | None = None,
        wait: Literal[False],
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Any,
    ) -> SubmittedTask: ...
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
        """Submit the vendor's main generation job and (by default) wait for its tracks. Whatever ends
        the wait early (an error, Ctrl-C), the exception names the paid task and how to resume."""
        task = self.submit(self.generation_body(prompt, lyrics, options))
        if not wait:
            return task
        try:
            return self.wait(task, timeout=timeout, on_progress=on_progress, raise_on_failure=raise_on_failure)
        except BaseException as exc:
            self._note_task(exc, task)
            raise

    def webhook(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        path_token: str | None = None,
        public_url: str | None = None,
        max_body_bytes: int = 1_048_576,
        allow_non_loopback: bool = False,
        header_timeout: float = 10.0,
        body_timeout: float = 10.0,
        max_pending: int = 2048,
        backlog: int = 2048,
    ) -> WebhookReceiver:
        """A receiver for the vendor's callbacks, bound to 127.0.0.1 (see songspec.WebhookReceiver)."""
        from ._webhook import WebhookReceiver

        receiver = WebhookReceiver(self._vendor, self.wait_many, **self._receiver_options(locals()))
        self._receivers.append(receiver)
        return receiver


class AsyncSongspec(_Core):
    """The asyncio twin of Songspec, with the same methods as coroutines."""

    async def __aenter__(self) -> AsyncSongspec:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        client = self._built_client()
        if client is not None:
            await client.get_async_httpx_client().aclose()
        if self._owns_ledger:
            self.ledger.close()

    async def submit(
        self, body: dict[str, Any] | None = None, *, operation: str | None = None, callback_url: str | None = None
    ) -> SubmittedTask:
        call = self._submit_call(body, operation, callback_url)
        entry = self._journal(call)
        attempt = 0
        try:
            while True:
                outcome = read_submit(
                    self._vendor,
                    await asend(self.client, call),
                    attempt=attempt,
                    retries=self.submit_retries,
                    rng=self.rng,
                )
                if isinstance(outcome, SubmittedTask):
                    self.ledger.submit_accepted(entry, outcome.task_id)
                    return self._accepted(outcome, call)
                attempt += 1
                await self.clock.asleep(outcome)
        except BaseException as exc:
            self._journal_failure(entry, exc)
            raise

    async def fetch(self, task: str | SubmittedTask) -> TaskResult:
        task_id = _task_id(task)
        reading: FetchReading | None = None
        for attempt in range(FETCH_ATTEMPTS):
            reading = read_fetch(self._vendor, await asend(self.client, self._vendor.fetch_call(task_id)), [task_id])
            outcome = self._fetch_outcome(reading, task_id)
            if isinstance(outcome, TaskResult):
                self._record(outcome)
                return outcome
            if attempt + 1 < FETCH_ATTEMPTS:
                await self.clock.asleep(outcome)
        raise self._fetch_failure(reading, task_id)

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
        return next(iter((await self._run(run)).values()))

    async def wait_many(
        self,
        tasks: Iterable[str | SubmittedTask],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        use_batch: bool = True,
        backoff: Backoff | None = None,
        webhook: Listener | None = None,
    ) -> dict[str, TaskResult]:
        run = self._poll_run(tasks, timeout, on_progress, raise_on_failure, use_batch, backoff, webhook is not None)
        return await self._run(run, webhook)

    async def resume(
        self, *, timeout: float = DEFAULT_WAIT_TIMEOUT, on_progress: ProgressCallback | None = None
    ) -> dict[str, TaskResult]:
        """Wait for every unfinished task the ledger holds for this vendor; see Songspec.resume."""
        ids = self._unfinished_ids()
        return await self.wait_many(ids, timeout=timeout, on_progress=on_progress) if ids else {}

    async def _run(
        self, run: PollRun, listener: Listener | None = None, *, concurrency: int = 16
    ) -> dict[str, TaskResult]:
        import asyncio

        loop = asyncio.get_running_loop()
        wakeup = asyncio.Event()
        limit = asyncio.Semaphore(concurrency)

        def wake() -> None:
            try:
                same_thread = asyncio.get_running_loop() is loop
            except RuntimeError:
                same_thread = False
            if same_thread:
                wakeup.set()
            else:
                loop.call_soon_threadsafe(wakeup.set)

        async def ask(call: Call, asked: list[str]) -> tuple[Any, list[str]]:
            async with limit:
                return await asend(self.client, call, deadline=run.request_deadline()), asked

        run.wake = wake
        if listener is not None:
            listener.attach(run)
        try:
            while True:
                wakeup.clear()
                for exchange, asked in await asyncio.gather(*(ask(call, asked) for call, asked in run.calls())):
                    run.absorb(exchange, asked)
                if run.finished:
                    return run.ordered_results()
                run.check_deadline()
                if run.nudged:
                    await self.clock.asleep(run.gather_delay())
                else:
                    await self.clock.asleep(run.next_delay(), wakeup)
                    if run.nudged:
                        await self.clock.asleep(run.gather_delay())
                run.check_deadline()
        finally:
            if listener is not None:
                listener.detach(run)

    @overload
    async def generate(
        self,
        prompt: str | None = None,
        *,
        lyrics: str | None = None,
        wait: Literal[True] = True,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Any,
    ) -> TaskResult: ...
    @overload
    async def generate(
        self,
        prompt: str | None = None,
        *,
        lyrics: str | None = None,
        wait: Literal[False],
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Any,
    ) -> SubmittedTask: ...
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
        task = await self.submit(self.generation_body(prompt, lyrics, options))
        if not wait:
            return task
        try:
            return await self.wait(task, timeout=timeout, on_progress=on_progress, raise_on_failure=raise_on_failure)
        except BaseException as exc:
            self._note_task(exc, task)
            raise

    def webhook(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        path_token: str | None = None,
        public_url: str | None = None,
        max_body_bytes: int = 1_048_576,
        allow_non_loopback: bool = False,
        header_timeout: float = 10.0,
        body_timeout: float = 10.0,
        max_pending: int = 2048,
        backlog: int = 2048,
    ) -> AsyncWebhookReceiver:
        """A receiver for the vendor's callbacks whose `wait` is a coroutine."""
        from ._webhook import AsyncWebhookReceiver

        receiver = AsyncWebhookReceiver(self._vendor, self.wait_many, **self._receiver_options(locals()))
        self._receivers.append(receiver)
        return receiver


@overload
def client_for(
    vendor: Literal["acedata-producer"], api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any
) -> acedata_producer.AuthenticatedClient: ...
@overload
def client_for(
    vendor: Literal["acedata-suno"], api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any
) -> acedata_suno.AuthenticatedClient: ...
@overload
def client_for(
    vendor: Literal["ccapi-producer"], api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any
) -> ccapi_producer.AuthenticatedClient: ...
@overload
def client_for(
    vendor: Literal["ccapi-suno"], api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any
) -> ccapi_suno.AuthenticatedClient: ...
@overload
def client_for(
    vendor: Literal["deerapi-suno"], api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any
) -> deerapi_suno.AuthenticatedClient: ...
@overload
def client_for(
    vendor: Literal["suno-relay"], api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any
) -> suno_relay.AuthenticatedClient: ...
@overload
def client_for(
    vendor: Literal["ttapi-producer"], api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any
) -> ttapi_producer.AuthenticatedClient: ...
@overload
def client_for(
    vendor: Literal["ttapi-suno"], api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any
) -> ttapi_suno.AuthenticatedClient: ...
@overload
def client_for(vendor: str, api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any) -> Any: ...
def client_for(vendor: str, api_key: str | None = None, *, base_url: str | None = None, **kwargs: Any) -> Any:
    """The vendor's generated AuthenticatedClient with the base URL, header name and prefix its spec
    declares (a bare key header for some vendors, `Authorization: Bearer` for others)."""
    spec_vendor = get_vendor(vendor)
    return spec_vendor.client(_api_key(spec_vendor, api_key), base_url=_base_url(spec_vendor, base_url), **kwargs)


__all__ = ["AsyncSongspec", "Songspec", "client_for"]
