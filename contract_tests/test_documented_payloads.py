"""Every payload a vendor documents validates against our spec and parses through the generated client.

Fixtures live in contract_tests/fixtures/<vendor>/*.json (format: specs/README.md). A response is
parsed by the generated endpoint module exactly as a live response would be, and must survive the
round trip: to_dict() gives back the documented JSON, so nothing the vendor sent is lost.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.specs import (
    FIXTURES,
    fixture_files,
    fixture_id,
    load_fixture,
    operation,
)
from songspec._specs import callback_body_schema, package_name, schema_validator, vendor_names
from songspec.vendors._vendor import load_body

FIXTURE_FILES = fixture_files()


def validate(vendor: str, schema: dict[str, Any], instance: Any) -> None:
    schema_validator(vendor, schema).validate(instance)


def test_every_vendor_has_documented_payloads() -> None:
    vendors_with_fixtures = {p.name for p in FIXTURES.iterdir() if any(p.glob("*.json"))}
    assert set(vendor_names()) <= vendors_with_fixtures


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=fixture_id)
def test_fixture_is_well_formed(path: Path) -> None:
    fixture = load_fixture(path)
    assert fixture.get("source"), "every fixture says where the payload is documented"
    assert fixture["kind"] in {"request", "response", "callback"}
    operation(path.parent.name, fixture["operation"])  # raises if the operation does not exist


@pytest.mark.parametrize("path", [p for p in FIXTURE_FILES if load_fixture(p)["kind"] == "response"], ids=fixture_id)
def test_documented_response_validates_and_parses(path: Path) -> None:
    vendor, fixture = path.parent.name, load_fixture(path)
    op = operation(vendor, fixture["operation"])
    schema = op.response_schema(fixture["status"])
    assert schema is not None, f"{op} declares no JSON body for status {fixture['status']}"
    validate(vendor, schema, fixture["body"])

    module = op.module()
    client = importlib.import_module(f"{package_name(vendor)}.client").Client(base_url="http://127.0.0.1:9")
    response = module._build_response(client=client, response=httpx.Response(fixture["status"], json=fixture["body"]))
    assert int(response.status_code) == fixture["status"]
    assert response.parsed is not None, f"{op} did not parse a documented {fixture['status']} body"
    assert response.parsed.to_dict() == fixture["body"], "parsing lost or changed part of the payload"


@pytest.mark.parametrize("path", [p for p in FIXTURE_FILES if load_fixture(p)["kind"] == "request"], ids=fixture_id)
def test_documented_request_validates_and_loads(path: Path) -> None:
    vendor, fixture = path.parent.name, load_fixture(path)
    op = operation(vendor, fixture["operation"])
    schema = op.request_schema()
    assert schema is not None
    validate(vendor, schema, fixture["body"])
    assert load_body(op.module(), fixture["body"]).to_dict() == fixture["body"]


@pytest.mark.parametrize("path", [p for p in FIXTURE_FILES if load_fixture(p)["kind"] == "callback"], ids=fixture_id)
def test_documented_callback_validates_and_parses(path: Path) -> None:
    vendor, fixture = path.parent.name, load_fixture(path)
    op = operation(vendor, fixture["operation"])
    schema = callback_body_schema(vendor, op.definition, fixture["callback"])
    assert schema is not None, f"{op} declares no callback {fixture['callback']!r}"
    validate(vendor, schema, fixture["body"])
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        # The generator ignores callbacks, but a callback body that is a named schema has a model.
        class_name = ref.rsplit("/", 1)[1]
        models = importlib.import_module(f"{package_name(vendor)}.models")
        model = getattr(models, class_name, None)
        assert model is not None, f"no generated model {class_name} for the callback body"
        assert model.from_dict(fixture["body"]).to_dict() == fixture["body"]
