"""The webhook receiver: binds to loopback, resolves waiting tasks from callbacks (after a confirming
fetch), and rejects what it should: 400 malformed or off-schema, 404 wrong token or unknown task,
405 not POST, 413 too large."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from songspec import AsyncSongspec, Backoff, Songspec, SongspecError, VirtualClock, _engine
from songspec._timing import SystemClock
from songspec.testing import FakeVendor
from tests.rig import CALLBACK_VENDORS, Rig

pytestmark = pytest.mark.parametrize("vendor", CALLBACK_VENDORS)


def live_pair(vendor: str) -> tuple[FakeVendor, Songspec]:
    fake = FakeVendor(vendor, clock=SystemClock(), queued_for=0.05, runs_for=0.2)
    api = Songspec(vendor, api_key="k", base_url="https://vendor.test", transport=fake.transport())
    return fake, api


def deliver_later(url: str, bodies: list, delay: float = 0.4) -> threading.Thread:
    statuses: list[int] = []

    def run() -> None:
        time.sleep(delay)
        with httpx.Client() as client:
            for body in bodies:
                statuses.append(client.post(url, json=body).status_code)

    thread = threading.Thread(target=run)
    thread.statuses = statuses  # type: ignore[attr-defined]
    thread.start()
    return thread


def test_callback_resolves_the_task_after_a_confirming_fetch(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # No safety-net poll within the test: only the callback can end this wait.
    monkeypatch.setattr(_engine, "WEBHOOK_BACKOFF", Backoff(initial=3600, maximum=3600))
    fake, api = live_pair(vendor)
    with api.webhook(path_token="s3cret") as hook:
        assert hook.url.startswith("http://127.0.0.1:") and "/s3cret/" in hook.url
        task = api.generate("lo-fi", wait=False)
        job = fake.tasks[task.task_id]
        job.runs_for = 3600  # still running at the wait's first tick
        fetches_before = fake.stats.fetch_requests

        def call_back_once_done() -> None:
            while fake.stats.fetch_requests == fetches_before:  # the wait's first tick
                time.sleep(0.01)
            job.runs_for = 0  # the job finishes at the vendor, which calls back
            with httpx.Client() as client:
                statuses.append(client.post(hook.url, json=fake.callback_body(fake.tasks[task.task_id])).status_code)

        statuses: list[int] = []
        caller = threading.Thread(target=call_back_once_done)
        caller.start()
        results = hook.wait([task], timeout=30)
        caller.join()
    assert statuses == [200]
    assert results[task.task_id].succeeded and results[task.task_id].tracks
    # The wait's first tick (the task is still running), then one confirming fetch for the callback.
    assert fake.stats.fetch_requests - fetches_before == 2


def test_bad_callbacks_are_rejected_with_the_right_status(vendor: str) -> None:
    fake, api = live_pair(vendor)
    with api.webhook(path_token="tok", max_body_bytes=10_000) as hook:
        other = fake.create_task(runs_for=0)
        hook.expect(["someone-else"])
        with httpx.Client() as client:
            assert client.post(hook.url.replace("/tok/", "/wrong/"), json={}).status_code == 404
            assert client.post(hook.url, content=b"{not json").status_code == 400
            assert client.post(hook.url, json=[1, 2, 3]).status_code == 400
            assert client.post(hook.url, content=b"x" * 20_000).status_code == 413
            assert client.post(hook.url, json=fake.callback_body(other)).status_code == 404  # nobody waits for it
            assert client.get(hook.url).status_code == 405
        assert hook.stats["200"] == 0


def virtual_pair(vendor: str) -> tuple[FakeVendor, Songspec, VirtualClock]:
    rig = Rig(vendor, queued_for=5, runs_for=60)
    return rig.fake, rig.api, rig.clock


def test_without_callbacks_the_receiver_falls_back_to_a_slow_poll(vendor: str) -> None:
    fake, api, clock = virtual_pair(vendor)
    hook = api.webhook()  # never started: no callback can come
    task = api.generate("lo-fi", wait=False)
    results = hook.wait([task], timeout=3600)
    assert results[task.task_id].succeeded
    # Asked at once (still running), then again only when the safety-net backoff came round.
    assert fake.stats.fetch_requests == 2
    assert clock.now >= _engine.WEBHOOK_BACKOFF.initial * (1 - _engine.WEBHOOK_BACKOFF.jitter)


def test_a_task_already_done_is_reported_at_once(vendor: str) -> None:
    fake, api, clock = virtual_pair(vendor)
    hook = api.webhook()
    task = fake.create_task(runs_for=1)
    clock.sleep(30)  # done at the vendor before anyone waits; its callback went elsewhere
    results = hook.wait([task.task_id], timeout=3600)
    assert results[task.task_id].succeeded and clock.now == 30
    assert fake.stats.fetch_requests == 1


def test_a_callback_before_the_wait_is_remembered(vendor: str) -> None:
    fake, api, clock = virtual_pair(vendor)
    with api.webhook() as hook:
        task = api.submit(api.generation_body("lo-fi"), callback_url=hook.url)
        clock.sleep(70)  # the task ends and calls back before anyone waits for it
        with httpx.Client() as client:
            assert client.post(hook.url, json=fake.callback_body(fake.tasks[task.task_id])).status_code == 200
        results = hook.wait([task], timeout=3600)
    assert results[task.task_id].succeeded
    assert fake.stats.fetch_requests == 1  # one confirming fetch; no poll
    assert clock.now < 70 + 1 + _engine.NUDGE_GATHER


def test_receiver_refuses_to_bind_beyond_loopback_unless_told(vendor: str) -> None:
    _, api = live_pair(vendor)
    with pytest.raises(SongspecError, match="refusing to bind"):
        api.webhook(host="0.0.0.0")


def test_callback_with_a_state_the_spec_does_not_list_is_accepted(vendor: str) -> None:
    fake, api = live_pair(vendor)
    with api.webhook() as hook:
        task = api.generate("lo-fi", wait=False)
        hook.expect([task])
        time.sleep(0.3)  # finished at the vendor, so the body carries states
        body = fake._with_unknown_state(fake.callback_body(fake.tasks[task.task_id]))
        assert "SIMULATED_NEW_STATE" in str(body)
        with httpx.Client() as client:
            assert client.post(hook.url, json=body).status_code == 200


def test_async_wait_is_nudged_by_callbacks_in_virtual_time(vendor: str) -> None:
    clock = VirtualClock()
    fake = FakeVendor(vendor, clock=clock, queued_for=5, runs_for=60)
    api = AsyncSongspec(vendor, api_key="k", base_url="https://vendor.test", transport=fake.transport(), clock=clock)
    hook = api.webhook()  # not started: the scripted vendor calls hook.deliver, as the HTTP handler does
    tasks = [fake.create_task(runs_for=60 + i) for i in range(3)]
    hook.expect([t.task_id for t in tasks])  # as if submitted with callback_url=hook.url
    fake.call_back(hook.deliver, delay=1.0)
    results = asyncio.run(hook.wait([t.task_id for t in tasks], timeout=3600))
    assert all(r.succeeded for r in results.values())
    # Reported within a second or so of the last callback, long before the safety-net poll (120 s),
    # with confirming fetches only (no initial poll: their callbacks were sure to come here).
    assert clock.now < 5 + 62 + 1 + 1 + _engine.NUDGE_GATHER
    assert fake.stats.fetch_requests <= len(tasks)
