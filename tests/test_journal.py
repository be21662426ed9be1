"""A paid task is never lost: every submit is journaled before it is sent, every answer after it,
and `resume()` finishes what an earlier process left unfinished."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from songspec import AsyncSongspec, OutcomeUnknownError, RequestValidationError, Songspec, TaskState, VirtualClock
from songspec._ledger import open_ledger
from songspec.testing import FakeVendor, FaultPlan
from tests.rig import CALLBACK_VENDORS


def pair(vendor: str, ledger: Path, fake: FakeVendor | None = None) -> tuple[FakeVendor, Songspec]:
    fake = fake or FakeVendor(vendor, clock=VirtualClock(), queued_for=5, runs_for=60)
    api = Songspec(
        vendor,
        api_key="k",
        base_url="https://vendor.test",
        transport=fake.transport(),
        clock=fake.clock,
        ledger=str(ledger),
    )
    return fake, api


def test_a_submit_is_journaled_before_it_is_sent(vendor: str, tmp_path: Path) -> None:
    fake, api = pair(vendor, tmp_path / "l.sqlite3")
    seen_while_sending: list[list[str]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not seen_while_sending:
            seen_while_sending.append([e.state for e in api.ledger.entries(vendor=vendor)])
        return fake.handle(request)

    api.client.get_httpx_client()._transport = httpx.MockTransport(handle)
    task = api.generate("lo-fi", wait=False)
    assert seen_while_sending == [["sending"]]  # on disk before the vendor saw anything
    [entry] = api.ledger.entries(vendor=vendor)
    assert entry.state == "accepted" and entry.task_id == task.task_id and entry.body


def test_outcome_unknown_and_refused_submits_are_recorded(vendor: str, tmp_path: Path) -> None:
    fake, api = pair(vendor, tmp_path / "l.sqlite3")
    fake.faults = FaultPlan(on_submit=True, script=["timeout"])
    with pytest.raises(OutcomeUnknownError):
        api.generate("lo-fi", wait=False)
    [unknown] = api.unreconciled()
    assert unknown.state == "outcome_unknown" and "ReadTimeout" in (unknown.reason or "")
    with pytest.raises(RequestValidationError):  # refused before sending: nothing to journal
        api.submit({"no_such_field": 1})
    assert len(api.ledger.entries(vendor=vendor)) == 1


def test_resume_finishes_what_another_process_left(vendor: str, tmp_path: Path) -> None:
    ledger = tmp_path / "l.sqlite3"
    fake, first = pair(vendor, ledger)
    tasks = [first.generate("lo-fi", wait=False) for _ in range(3)]
    first.close()  # the process dies here: nobody waits for the three paid tasks
    _, second = pair(vendor, ledger, fake)  # a new process, the same ledger and vendor
    assert sorted(e.task_id or "" for e in second.ledger.unfinished(vendor)) == sorted(t.task_id for t in tasks)
    results = second.resume(timeout=3600)
    assert sorted(results) == sorted(t.task_id for t in tasks) and all(r.succeeded for r in results.values())
    assert second.ledger.unfinished(vendor) == []
    finished = {e.task_id: e for e in second.ledger.entries(vendor=vendor)}
    assert all(e.state == "succeeded" and e.result and e.result["tracks"] for e in finished.values())
    assert second.resume() == {}  # nothing left


def test_async_resume(vendor: str, tmp_path: Path) -> None:
    ledger = tmp_path / "l.sqlite3"
    fake, first = pair(vendor, ledger)
    task = first.generate("lo-fi", wait=False)
    api = AsyncSongspec(
        vendor,
        api_key="k",
        base_url="https://vendor.test",
        transport=fake.transport(),
        clock=fake.clock,
        ledger=str(ledger),
    )
    results = asyncio.run(api.resume(timeout=3600))
    assert results[task.task_id].succeeded


def test_an_interrupted_wait_names_the_paid_task(vendor: str, tmp_path: Path) -> None:
    fake, api = pair(vendor, tmp_path / "l.sqlite3")

    def interrupt(result: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as raised:
        api.generate("lo-fi", on_progress=interrupt)
    [task_id] = raised.value.task_ids  # type: ignore[attr-defined]
    assert task_id in fake.tasks
    assert any(task_id in note and "songspec wait" in note for note in raised.value.__notes__)
    assert [e.task_id for e in api.ledger.unfinished(vendor)] == [task_id]


@pytest.mark.parametrize("vendor", CALLBACK_VENDORS)
def test_the_callback_url_is_never_stored(vendor: str, tmp_path: Path) -> None:
    _, api = pair(vendor, tmp_path / "l.sqlite3")
    api.submit(api.generation_body("lo-fi"), callback_url="https://hooks.example/SECRET-TOKEN/cb")
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"lo-fi" in raw  # the submit was journaled there (so the next line looks at something)
    assert b"SECRET-TOKEN" not in raw


def test_the_ledger_can_be_turned_off(vendor: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SONGSPEC_LEDGER", "off")
    fake = FakeVendor(vendor, clock=VirtualClock())
    api = Songspec(vendor, api_key="k", base_url="https://vendor.test", transport=fake.transport(), clock=fake.clock)
    assert api.generate("lo-fi").state is TaskState.SUCCEEDED
    assert api.ledger.entries() == [] and open_ledger("off").unfinished() == []
