"""Waiting: a task is walked through the vendor's real states and comes back as tracks."""

from __future__ import annotations

import asyncio

import pytest

from songspec import AsyncSongspec, TaskFailedError, TaskState, WaitTimeoutError, parse_progress
from songspec.testing import FaultPlan
from tests.rig import BATCH_VENDORS, Rig


def test_generate_walks_a_task_to_its_tracks(rig: Rig) -> None:
    seen: list[TaskState] = []
    result = rig.api.generate("lo-fi piano", on_progress=lambda r: seen.append(r.state))
    assert result.succeeded and result.task_id in rig.fake.tasks
    assert result.tracks and result.tracks[0].audio_url
    assert isinstance(result.tracks[0].duration, float)
    assert seen[0] in (TaskState.QUEUED, TaskState.RUNNING) and seen[-1] is TaskState.SUCCEEDED
    assert rig.fake.stats.submits == 1


def test_progress_is_reported_between_0_and_100(rig: Rig) -> None:
    task = rig.fake.create_task(runs_for=60)
    progress: list[float] = []
    rig.api.wait(task.task_id, on_progress=lambda r: r.progress is not None and progress.append(r.progress))
    assert progress == sorted(progress) and progress[-1] == 100.0
    assert all(0 <= p <= 100 for p in progress)


def test_a_failed_task_is_returned_with_the_vendors_reason(rig: Rig) -> None:
    task = rig.fake.create_task(fails=True)
    result = rig.api.wait(task.task_id)
    assert result.state is TaskState.FAILED
    assert result.reason and "simulated failure" in result.reason


def test_a_failed_task_raises_when_asked(rig: Rig) -> None:
    task = rig.fake.create_task(fails=True)
    with pytest.raises(TaskFailedError) as raised:
        rig.api.wait(task.task_id, raise_on_failure=True)
    assert raised.value.result.task_id == task.task_id


def test_timeout_carries_the_task_id_and_waiting_can_resume(rig: Rig) -> None:
    task = rig.fake.create_task(runs_for=900)
    with pytest.raises(WaitTimeoutError) as raised:
        rig.api.wait(task.task_id, timeout=120)
    assert raised.value.task_ids == [task.task_id]
    assert 120 <= rig.clock.now < 125  # the deadline is honoured, not overshot by a long sleep
    assert rig.api.wait(raised.value.task_ids[0], timeout=1200).succeeded


def test_backoff_grows_and_is_capped(rig: Rig) -> None:
    task = rig.fake.create_task(runs_for=600)
    rig.api.wait(task.task_id, timeout=2000)
    fetches = rig.fake.stats.fetch_requests
    # Fixed 3 s polling would take ~200 requests over 605 s; capped backoff (2 s -> 15 s) far fewer.
    assert 35 <= fetches <= 60


def test_unknown_state_means_not_finished(rig: Rig) -> None:
    codec = rig.fake.vendor.codec
    assert codec.state("SOMETHING_NEW") is TaskState.UNKNOWN
    assert not TaskState.UNKNOWN.is_terminal


def test_async_wait_many(vendor: str) -> None:
    rig = Rig(vendor)
    tasks = [rig.fake.create_task(runs_for=30 + i) for i in range(5)]
    api = AsyncSongspec(
        vendor, api_key="k", base_url="https://vendor.test", transport=rig.fake.transport(), clock=rig.clock
    )
    results = asyncio.run(api.wait_many([t.task_id for t in tasks]))
    assert list(results) == [t.task_id for t in tasks]
    assert all(r.succeeded for r in results.values())


@pytest.mark.parametrize("vendor", BATCH_VENDORS)
def test_batch_poller_asks_about_all_tasks_in_one_request_per_tick(vendor: str) -> None:
    rig = Rig(vendor)
    tasks = [rig.fake.create_task(runs_for=20 + i % 40) for i in range(120)]
    results = rig.api.wait_many(t.task_id for t in tasks)
    assert len(results) == 120 and all(r.succeeded for r in results.values())
    limit = rig.api.profile.batch_limit
    chunks_per_tick = -(-120 // limit)
    assert rig.fake.stats.fetch_requests <= chunks_per_tick * 40  # ~ticks, not ticks x tasks
    assert rig.fake.stats.ids_asked < 120 * 40


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("20%", 20.0), ("100%", 100.0), (35, 35.0), ("0.35", 35.0), (None, None), ("n/a", None), ("250%", 100.0)],
)
def test_progress_strings_are_parsed(raw: object, expected: float | None) -> None:
    assert parse_progress(raw) == expected


def test_async_generate_submits_once_and_returns_tracks(vendor: str) -> None:
    rig = Rig(vendor)
    api = AsyncSongspec(
        vendor, api_key="k", base_url="https://vendor.test", transport=rig.fake.transport(), clock=rig.clock
    )
    result = asyncio.run(api.generate("lo-fi piano"))
    assert result.succeeded and result.tracks
    assert rig.fake.stats.submits == 1


def test_retry_after_on_a_fetch_is_waited_out(vendor: str) -> None:
    rig = Rig(vendor, faults=FaultPlan(script=["429"], retry_after=40.0))
    task = rig.fake.create_task(runs_for=5)
    answered_at: list[float] = []  # the 429 at t=0 is answered before the fetch is served
    rig.fake.on_fetch = lambda ids: answered_at.append(rig.clock.now)
    assert rig.api.wait(task.task_id).succeeded
    assert rig.fake.stats.faults["429"] == 1
    assert answered_at[0] >= 40.0  # the vendor said 40 s; backoff alone would be ~2 s


def test_the_readers_take_a_generated_models_unset_as_missing() -> None:
    # Each generated package has its own falsy Unset; str() of one is its repr and "0x..." in it
    # once read as progress 0.
    from songspec._types import as_float, as_text
    from songspec.clients.suno_relay.types import UNSET as RELAY_UNSET
    from songspec.clients.ttapi_producer.types import UNSET as TTAPI_UNSET

    for unset in (RELAY_UNSET, TTAPI_UNSET):
        assert (as_text(unset), as_float(unset), parse_progress(unset)) == (None, None, None)
