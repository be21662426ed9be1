"""Submitting costs money: a submit is sent again only when it provably never reached the vendor
(connection refused) or the vendor refused it with 429 before accepting it. Anything else after the
request left raises OutcomeUnknownError and is never resent."""

from __future__ import annotations

import pytest

from songspec import APIConnectionError, OutcomeUnknownError, RateLimitedError, RequestValidationError
from songspec.testing import FaultPlan
from tests.rig import Rig


def rig_with(vendor: str, *script: str | None) -> Rig:
    return Rig(vendor, faults=FaultPlan(on_submit=True, script=list(script)))


def test_refused_connection_is_retried_and_creates_one_task(vendor: str) -> None:
    rig = rig_with(vendor, "refused", "refused")
    task = rig.api.generate("lo-fi piano", wait=False)
    assert task.task_id in rig.fake.tasks
    assert len(rig.fake.tasks) == 1


def test_refused_every_time_gives_up_without_creating_anything(vendor: str) -> None:
    rig = rig_with(vendor, "refused", "refused", "refused")
    with pytest.raises(APIConnectionError, match="nothing was sent") as raised:
        rig.api.generate("lo-fi piano", wait=False)
    assert raised.value.sent is False
    assert rig.fake.tasks == {}


def test_429_is_waited_out_with_retry_after_then_sent_once_more(vendor: str) -> None:
    rig = rig_with(vendor, "429")
    rig.api.generate("lo-fi piano", wait=False)
    assert rig.clock.now >= rig.fake.faults.retry_after
    assert len(rig.fake.tasks) == 1


def test_429_every_time_surfaces_rate_limited(vendor: str) -> None:
    rig = rig_with(vendor, "429", "429", "429")
    with pytest.raises(RateLimitedError) as raised:
        rig.api.generate("lo-fi piano", wait=False)
    assert raised.value.retry_after == rig.fake.faults.retry_after
    assert rig.fake.tasks == {}


@pytest.mark.parametrize("fault", ["timeout", "reset", "500", "502", "503", "499", "522"])
def test_lost_answer_is_never_resent(vendor: str, fault: str) -> None:
    rig = rig_with(vendor, fault)
    with pytest.raises(OutcomeUnknownError) as raised:
        rig.api.generate("lo-fi piano", wait=False)
    assert rig.fake.stats.submits == 1, "the submit was sent more than once"
    assert len(rig.fake.tasks) == 1  # the vendor did create (and charge for) the job
    error = raised.value
    assert error.vendor == vendor and error.body  # what is needed to reconcile
    assert "NOT retried" in str(error)


def test_invalid_body_fails_before_anything_is_sent(vendor: str) -> None:
    rig = Rig(vendor)
    with pytest.raises(RequestValidationError):
        rig.api.submit({"no_such_field_anywhere": 1})
    with pytest.raises(RequestValidationError):
        rig.api.submit(rig.api.generation_body("x", None, {"no_such_field_anywhere": True}))
    assert rig.fake.stats.requests == 0
