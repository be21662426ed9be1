"""Vendor errors map onto one short hierarchy, and the API key never shows up anywhere."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

from songspec import (
    AuthenticationError,
    InsufficientBalanceError,
    RateLimitedError,
    ServerError,
    Songspec,
    SongspecError,
    client_for,
)
from songspec._errors import error_for_status
from tests.rig import SENTINEL_KEY, Rig


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (401, AuthenticationError),
        (403, AuthenticationError),
        (402, InsufficientBalanceError),
        (429, RateLimitedError),
        (499, ServerError),
        (500, ServerError),
        (520, ServerError),
        (522, ServerError),
    ],
)
def test_status_codes_map_to_the_hierarchy(status: int, expected: type) -> None:
    assert type(error_for_status(status, "x", vendor="v")) is expected


def test_authentication_error_stops_waiting(vendor: str) -> None:
    rig = Rig(vendor)
    task = rig.fake.create_task()

    def unauthorized(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"message": "bad key"})

    api = Songspec(
        vendor,
        api_key="k",
        base_url="https://vendor.test",
        transport=httpx.MockTransport(unauthorized),
        clock=rig.clock,
    )
    with pytest.raises(AuthenticationError):
        api.wait(task.task_id)
    assert rig.clock.now < 10  # it did not keep polling with a key that cannot work


def _every_error(rig: Rig, vendor: str) -> list[BaseException]:
    """One of each error the wrapper raises while holding the key, caught."""
    caught: list[BaseException] = []

    def catch(action: Callable[[], object]) -> None:
        try:
            action()
        except SongspecError as exc:
            caught.append(exc)
        else:
            raise AssertionError(f"{action} raised nothing")

    rig.fake.faults.script = ["timeout"]
    catch(lambda: rig.api.generate("lo-fi", wait=False))  # OutcomeUnknownError
    rig.fake.faults.script = ["refused", "refused", "refused"]
    catch(lambda: rig.api.generate("lo-fi", wait=False))  # APIConnectionError
    rig.fake.faults.script = ["500", "500", "500", "500"]
    task = rig.fake.create_task(runs_for=900)
    catch(lambda: rig.api.fetch(task.task_id))  # ServerError
    catch(lambda: rig.api.fetch("no-such-task"))  # TaskNotFoundError
    catch(lambda: rig.api.submit({"no_such_field": 1}))  # RequestValidationError
    catch(lambda: rig.api.wait(task.task_id, timeout=30))  # WaitTimeoutError
    catch(lambda: rig.api.wait("../etc"))  # ConfigurationError
    kinds = {type(exc).__name__ for exc in caught}
    assert len(kinds) == 7, kinds
    return caught


def test_key_never_appears_in_logs_reprs_or_errors(vendor: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: songspec, songspec.webhook, httpx, httpcore
    rig = Rig(vendor)  # Rig sends SENTINEL_KEY: the key searched for is the key in use
    seen: list[str] = [
        repr(rig.api),
        str(rig.api),
        repr(rig.api.client),
        repr(client_for(vendor, SENTINEL_KEY, base_url="https://x")),
        repr(vars(rig.api)),
    ]
    for error in _every_error(rig, vendor):
        seen += [str(error), repr(error), repr(vars(error))]
    task = rig.fake.create_task(runs_for=30)
    result = rig.api.wait(task.task_id, timeout=2000)
    seen += [repr(result), repr(result.raw)]
    if rig.api.profile.callback_field:
        with rig.api.webhook(path_token="tok") as hook, httpx.Client() as client:
            client.post(hook.url, json=[1, 2])  # rejected: logged at debug
            client.post(hook.url, json=rig.fake.callback_body(task))
    seen += [record.getMessage() for record in caplog.records]
    assert {record.name.split(".")[0] for record in caplog.records} >= {"songspec", "httpx"}
    leaks = [text[:200] for text in seen if SENTINEL_KEY in text]
    assert not leaks


def test_debug_logs_show_method_url_status_and_masked_bodies(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="songspec.http")
    rig = Rig("ttapi-producer")
    rig.api.submit(rig.api.generation_body("lo-fi"), callback_url="https://hooks.example/SECRET-PATH-TOKEN/")
    [line] = [r.getMessage() for r in caplog.records if r.name == "songspec.http"]
    assert line.startswith("POST https://vendor.test/producer/v1/music ") and "-> 200" in line
    assert '"sound_prompt": "lo-fi"' in line and '"hook_url": "***"' in line
    assert "SECRET-PATH-TOKEN" not in line and SENTINEL_KEY not in line
