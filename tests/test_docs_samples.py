"""The Python samples on the reference pages (scripts/build_docs.py, python_sample) run as printed:
for every operation of every vendor, the sample is executed with only the network replaced, and it
sends the documented request (method, path, query and the first request example as its body).
And the spec copy the pages render keeps no internal path. No browser, no Redocly: fast."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

import songspec
from songspec._specs import iter_operations, load_spec, resolve, vendor_names
from tests.rig import load_script

build_docs = load_script("build_docs")
OPERATIONS = [(v, path, method) for v in vendor_names() for path, method, _ in iter_operations(v)]


@pytest.mark.parametrize(("vendor", "path", "method"), OPERATIONS, ids=[f"{v}:{m}:{p}" for v, p, m in OPERATIONS])
def test_sample_sends_the_documented_request(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vendor: str, path: str, method: str
) -> None:
    sent: list[httpx.Request] = []

    def vendor_answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418)  # undeclared: the generated client returns it unparsed

    real_client_for = songspec.client_for

    def client_for(name: str, **kwargs: Any) -> Any:
        transport = httpx.MockTransport(vendor_answer)
        return real_client_for(name, api_key="test-key", httpx_args={"transport": transport}, **kwargs)

    monkeypatch.setattr(songspec, "client_for", client_for)
    sample = build_docs.python_sample(vendor, path, method)
    exec(compile(sample, f"<sample {vendor} {method} {path}>", "exec"), {})

    assert len(sent) == 1, "the sample should send exactly one request"
    request = sent[0]
    spec = load_spec(vendor)
    operation = spec["paths"][path][method]
    assert request.method == method.upper()
    template = re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(path)) + "$"
    assert re.search(template, request.url.path), f"sent {request.url.path}, documented {path}"
    for parameter in (resolve(spec, p) for p in operation.get("parameters", [])):
        if parameter["in"] == "query" and parameter.get("required"):
            assert parameter["name"] in request.url.params, f"query parameter {parameter['name']} not sent"
    if "requestBody" in operation:
        assert json.loads(request.content) == build_docs._first_request_example(spec, operation)
    assert capsys.readouterr().out.startswith("418"), "the sample prints the status and the parsed answer"


@pytest.mark.parametrize("vendor", vendor_names())
def test_rendered_spec_has_a_sample_on_every_operation_and_no_internal_path(vendor: str) -> None:
    spec = build_docs.docs_spec(vendor)
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in build_docs.HTTP_METHODS:
                (sample,) = operation["x-codeSamples"]
                assert sample["lang"] == "Python" and "from songspec import client_for" in sample["source"], (
                    path,
                    method,
                )
    build_docs.check_no_internal_paths(json.dumps(spec, ensure_ascii=False))


def test_public_source_links() -> None:
    """Captured pages become their public address; GitHub references become blob links; fact
    sheets (no public home) are named, never given as a path."""
    assert build_docs.publicise("see `shared/vendor-docs/004_58766f706bd02ead.txt`", markdown=True) == (
        "see [docs-zh.mjapiapp.com](https://docs-zh.mjapiapp.com/api/producer-api)"
    )
    assert build_docs.source_markdown(
        "gcui-art/suno-api@a2e6a823428903af715d3835d1cb44ffa336021d:src/lib/SunoApi.ts"
    ) == (
        "[gcui-art/suno-api: src/lib/SunoApi.ts](https://github.com/gcui-art/suno-api/blob/"
        "a2e6a823428903af715d3835d1cb44ffa336021d/src/lib/SunoApi.ts)"
    )
    fact_sheet = build_docs.publicise("shared/vendors/suno-relay.md#5-fetch-taskdto (NA)", markdown=True)
    assert "shared/" not in fact_sheet and "Suno relay" in fact_sheet
    with pytest.raises(build_docs.InternalPathError):
        build_docs.check_no_internal_paths("<p>shared/vendor-docs/000_555d0f4c95f04acb.txt</p>")
