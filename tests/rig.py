"""A scripted vendor on a virtual clock for every vendor in the registry, and helpers to feed a
codec real answers (parsed by the generated client, as the wrapper parses them)."""

from __future__ import annotations

import copy
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from songspec import Songspec, VirtualClock
from songspec._exchange import Call, Exchange, read_answer
from songspec.testing import FakeVendor, FaultPlan
from songspec.vendors import get_vendor, vendor_names

SENTINEL_KEY = "sk-test-SENTINEL-do-not-log-4f1c"
"""The key every Rig uses, so a test that searches for it searches for the key actually sent."""

VENDORS = vendor_names()
BATCH_VENDORS = [v for v in VENDORS if get_vendor(v).profile.batch_operation]
CALLBACK_VENDORS = [v for v in VENDORS if get_vendor(v).profile.callback_field]


@pytest.fixture(autouse=True)
def ledger_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test journals into a ledger of its own, never the user's (subprocesses inherit it).

    Autouse in tests/ and contract_tests/: each conftest.py imports it."""
    monkeypatch.setenv("SONGSPEC_LEDGER", str(tmp_path_factory.mktemp("ledger") / "ledger.sqlite3"))


class Rig:
    """A fake vendor and a Songspec talking to it, sharing one virtual clock."""

    def __init__(self, vendor: str, *, faults: FaultPlan | None = None, **fake_options) -> None:
        self.clock = VirtualClock()
        self.fake = FakeVendor(vendor, clock=self.clock, faults=faults, **fake_options)
        self.api = Songspec(
            vendor,
            api_key=SENTINEL_KEY,
            base_url="https://vendor.test",
            transport=self.fake.transport(),
            clock=self.clock,
        )


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "contract_tests" / "fixtures"


def fixture_loader(vendor: str) -> Callable[[str], dict[str, Any]]:
    """fixture(name) -> the documented payload file contract_tests/fixtures/<vendor>/<name>.json."""

    def fixture(name: str) -> dict[str, Any]:
        return json.loads((FIXTURES / vendor / f"{name}.json").read_text(encoding="utf-8"))

    return fixture


def body_loader(vendor: str) -> Callable[[str], Any]:
    """body(name) -> a copy of the `body` of fixture `name` of `vendor`, the test's own to change."""
    fixture = fixture_loader(vendor)

    def body(name: str) -> Any:
        return copy.deepcopy(fixture(name)["body"])

    return body


def load_script(name: str) -> Any:
    """scripts/<name>.py as a module, loaded afresh (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def code_of(argv: list[str]) -> int | str | None:
    """The CLI's exit code: what main() returns, or the code argparse exits with."""
    from songspec.cli import main

    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def answer(
    vendor: str, operation: str, body: Any, status: int = 200, headers: dict[str, str] | None = None
) -> Exchange:
    """An answer to `operation` as the wrapper sees it: the JSON and the generated model for it."""
    spec_vendor = get_vendor(vendor)
    return answer_to(vendor, Call(operation, spec_vendor.endpoint(operation), {}), body, status, headers)


def answer_to(vendor: str, call: Call, body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Exchange:
    """The answer `body` to `call`, read exactly as the wrapper reads it (JSON, then the model)."""
    request = httpx.Request("GET", "https://vendor.test/")
    response = httpx.Response(status, json=body, headers=headers, request=request)
    return read_answer(call, get_vendor(vendor).client("k", base_url="https://vendor.test"), response)


def sent_json(call: Call) -> Any:
    """The JSON body a call sends."""
    return call.module.build_request(**call.kwargs)["json"]


def transport_answering(*bodies: tuple[int, Any], seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    """A transport that answers with (status, json) in turn, repeating the last; records requests in `seen`."""
    queue = list(bodies)

    def handle(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        status, payload = queue.pop(0) if len(queue) > 1 else queue[0]
        return httpx.Response(status, json=payload)

    return httpx.MockTransport(handle)


def assert_matches_response(vendor: str, operation_id: str, payload: Any, status: int = 200) -> None:
    """The payload satisfies the spec's response schema for that operation and status."""
    from contract_tests.specs import operation
    from songspec._specs import schema_validator

    schema = operation(vendor, operation_id).response_schema(status)
    assert schema is not None, f"{vendor} {operation_id} declares no JSON body for {status}"
    problems = schema_validator(vendor, schema).problems(payload, limit=3)
    assert not problems, problems
