"""The generated client calls every operation against a Prism mock of its spec and parses the answer.

Request bodies are the operation's first named example (every operation must have one), parameters
come from their examples. This proves client, spec and mock agree on paths, methods, auth and bodies.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest

from contract_tests.specs import Operation, all_operations, auth_headers
from songspec._specs import package_name
from songspec.vendors._vendor import load_body

OPERATIONS = all_operations()


def parameter_value(parameter: dict[str, Any]) -> Any:
    schema = parameter.get("schema", {})
    for candidate in (parameter.get("example"), *(schema.get("examples") or [None])[:1], schema.get("default")):
        if candidate is not None:
            return candidate
    if schema.get("enum"):
        return schema["enum"][0]
    raise AssertionError(f"parameter {parameter['name']} needs an example")


def call_arguments(op: Operation) -> dict[str, Any]:
    module = op.module()
    signature = inspect.signature(module.sync_detailed)
    by_normalized_name = {name.replace("_", "").lower(): name for name in signature.parameters}
    arguments: dict[str, Any] = {}
    for parameter in op.parameters():
        python_name = by_normalized_name[parameter["name"].replace("_", "").replace("-", "").lower()]
        arguments[python_name] = parameter_value(parameter)
    if op.request_schema() is not None:
        examples = op.request_examples()
        assert examples, f"{op} needs a named request example"
        arguments["body"] = load_body(module, next(iter(examples.values())))
    return arguments


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
def test_generated_client_calls_operation_against_mock(op: Operation, mocks) -> None:
    mock = mocks[op.vendor]
    client_module = importlib.import_module(f"{package_name(op.vendor)}.client")
    client = client_module.Client(base_url=mock.url, headers=auth_headers(op.vendor), raise_on_unexpected_status=True)
    with client:
        response = op.module().sync_detailed(client=client, **call_arguments(op))
    assert 200 <= int(response.status_code) < 300, response.content[:500]
    assert response.parsed is not None
    assert hasattr(response.parsed, "to_dict") or isinstance(response.parsed, (list, dict, str))
