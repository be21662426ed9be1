"""The scripted vendor (songspec.testing) speaks each vendor's documented format: every answer it
gives validates against the vendor's spec, so tests and benchmarks run on realistic payloads."""

from __future__ import annotations

from songspec import TaskState, VirtualClock
from songspec.testing import FakeVendor
from tests.rig import assert_matches_response


def test_submit_and_fetch_answers_match_the_spec_in_every_state(vendor: str) -> None:
    fake = FakeVendor(vendor, clock=VirtualClock(), queued_for=5, runs_for=30)
    sim, profile = fake.simulator, fake.vendor.profile
    assert_matches_response(vendor, profile.submit_operation, sim.submit_answer("task-1"))
    done = fake.create_task(runs_for=10)
    failed = fake.create_task(runs_for=10, fails=True)
    seen = set()
    for when in (0.0, 10.0, 40.0):
        fake.clock.sleep(when - fake.clock.monotonic())
        for task in (done, failed):
            record = fake.record(task)
            seen.add(task.state_at(fake.clock.monotonic())[0])
            answer = sim.fetch_answer([record], batch=False)
            assert_matches_response(vendor, profile.fetch_operation, answer)
        if profile.batch_operation:
            batch = sim.fetch_answer([fake.record(done), fake.record(failed)], batch=True)
            assert_matches_response(vendor, profile.batch_operation, batch)
    assert seen == {TaskState.QUEUED, TaskState.RUNNING, TaskState.SUCCEEDED, TaskState.FAILED}
