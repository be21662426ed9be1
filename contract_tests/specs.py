"""What the contract tests know about each vendor, read from the specs themselves.

Adding a vendor needs no change here: a spec folder, its codegen config and its fixtures are enough.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from songspec._specs import endpoint_module, iter_operations, load_spec, resolve, vendor_names

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass(frozen=True)
class Operation:
    vendor: str
    method: str
    path: str
    operation_id: str
    definition: dict[str, Any]

    def __str__(self) -> str:
        return f"{self.vendor}:{self.operation_id}"

    @property
    def spec(self) -> dict[str, Any]:
        return load_spec(self.vendor)

    def module(self) -> ModuleType:
        return endpoint_module(self.vendor, self.operation_id)

    def parameters(self) -> list[dict[str, Any]]:
        path_item = self.spec["paths"][self.path]
        params = [*path_item.get("parameters", []), *self.definition.get("parameters", [])]
        return [resolve(self.spec, p) for p in params]

    def request_schema(self) -> dict[str, Any] | None:
        body = resolve(self.spec, self.definition.get("requestBody"))
        if not body:
            return None
        return body["content"]["application/json"]["schema"]

    def request_examples(self) -> dict[str, Any]:
        body = resolve(self.spec, self.definition.get("requestBody")) or {}
        media = body.get("content", {}).get("application/json", {})
        examples = {name: resolve(self.spec, ex)["value"] for name, ex in media.get("examples", {}).items()}
        if "example" in media:
            examples["example"] = media["example"]
        return examples

    def response_schema(self, status: int | str) -> dict[str, Any] | None:
        responses = self.definition["responses"]
        response = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
        response = resolve(self.spec, response)
        if response is None:
            return None
        return response.get("content", {}).get("application/json", {}).get("schema")


def operations(vendor: str) -> Iterator[Operation]:
    for path, method, definition in iter_operations(vendor):
        yield Operation(vendor, method, path, definition["operationId"], definition)


def operation_definitions(vendor: str) -> dict[str, dict[str, Any]]:
    """operationId -> the operation object as the spec writes it (x-doc-status, tags, ...)."""
    return {op.operation_id: op.definition for op in operations(vendor)}


def all_operations() -> list[Operation]:
    return [op for vendor in vendor_names() for op in operations(vendor)]


def operation(vendor: str, operation_id: str) -> Operation:
    for op in operations(vendor):
        if op.operation_id == operation_id:
            return op
    raise LookupError(f"{vendor} has no operation {operation_id!r}")


def auth_headers(vendor: str, key: str = "songspec-test-key") -> dict[str, str]:
    """Headers that satisfy the spec's security scheme (Prism only checks that they are present)."""
    spec = load_spec(vendor)
    [requirement] = spec.get("security", [{}])[:1] or [{}]
    for name in requirement:
        scheme = spec["components"]["securitySchemes"][name]
        if scheme["type"] == "apiKey" and scheme["in"] == "header":
            return {scheme["name"]: key}
        if scheme["type"] == "http" and scheme["scheme"].lower() == "bearer":
            return {"Authorization": f"Bearer {key}"}
    return {}


def fixture_files(vendor: str | None = None) -> list[Path]:
    pattern = f"{vendor}/*.json" if vendor else "*/*.json"
    return sorted(FIXTURES.glob(pattern))


def load_fixture(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def fixture_id(path: Path) -> str:
    """A fixture's test id: <vendor>/<name>."""
    return f"{path.parent.name}/{path.stem}"


def assert_meets_expectation(result: Any, expect: dict[str, Any]) -> None:
    """A fetch fixture's `expect` (specs/README.md): the state the wrapper must reach, and what the
    result must carry (a number of tracks, lyrics, audio URLs, the vendor's reason)."""
    from songspec import TaskState

    assert result.state is TaskState(expect["state"]), result
    if "tracks" in expect:
        assert len(result.tracks) == expect["tracks"], result.tracks
    if "lyrics" in expect:
        assert [track.lyrics for track in result.tracks] == [expect["lyrics"]], result.tracks
    if expect.get("audio"):
        assert result.tracks and all(track.audio_url for track in result.tracks), result.tracks
    if "reason" in expect:
        assert result.reason == expect["reason"]
