"""Find and read the bundled OpenAPI descriptions (generated/openapi/<vendor>.json, the JSON twin of
the <vendor>.yaml bundle that the generator and openapi-spec-validator read; `make generate` writes
both). The wrapper and the docs read the JSON; Prism gets a copy without callbacks (songspec._mock).

In a source checkout they are read from generated/openapi/; in an installed wheel they ship inside
the package as songspec/_specs/ (see pyproject.toml).
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._schema import SchemaCheck

_CHECKOUT_DIR = Path(__file__).resolve().parents[2] / "generated" / "openapi"


def specs_dir() -> Path:
    if _CHECKOUT_DIR.is_dir():
        return _CHECKOUT_DIR
    return Path(str(resources.files("songspec") / "_specs"))


def vendor_names() -> list[str]:
    """Every vendor with a bundled spec, e.g. ['acedata-producer', ..., 'ttapi-producer']."""
    return sorted(p.stem for p in specs_dir().glob("*.json"))


def spec_path(vendor: str) -> Path:
    path = specs_dir() / f"{vendor}.json"
    if not path.is_file():
        known = ", ".join(vendor_names()) or "none"
        raise LookupError(f"no API description for vendor {vendor!r} (known: {known})")
    return path


@functools.cache
def load_spec(vendor: str) -> dict[str, Any]:
    """The bundled spec as a dict (cached; treat it as read-only)."""
    spec: dict[str, Any] = json.loads(spec_path(vendor).read_text(encoding="utf-8"))
    return spec


def without_callbacks(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy with every `callbacks` and `webhooks` removed.

    Prism performs declared callbacks for real, POSTing to whatever URL a request body names; under
    fuzzing that could be any address. The copy handed to a mock server must never have them.
    """

    stripped: dict[str, Any] = without_keys(spec, {"callbacks", "webhooks"})
    return stripped


def without_keys(node: Any, keys: set[str]) -> Any:
    """A deep copy of a spec or schema with every object member named in `keys` left out."""
    if isinstance(node, dict):
        return {k: without_keys(v, keys) for k, v in node.items() if k not in keys}
    if isinstance(node, list):
        return [without_keys(v, keys) for v in node]
    return node


def package_name(vendor: str) -> str:
    """The generated client package for a vendor: songspec.clients.<the folder name with '_' for '-'>
    (scripts/generate.py writes generated/<that name>/ and links it there), e.g. 'ttapi-producer' ->
    'songspec.clients.ttapi_producer'."""
    return "songspec.clients." + vendor.replace("-", "_")


HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local $refs (bundled files only have local ones)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def iter_operations(vendor: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation object) for every operation of a vendor's spec, in spec order."""
    for path, item in load_spec(vendor)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def find_operation(vendor: str, operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(path, method, operation object) of the operation with this operationId; LookupError if none."""
    for path, method, operation in iter_operations(vendor):
        if operation.get("operationId") == operation_id:
            return path, method, operation
    raise LookupError(f"{vendor} has no operation named {operation_id!r}")


def json_body_schema(vendor: str, body: Any) -> dict[str, Any]:
    """The application/json schema of a request body object (or a $ref to one)."""
    schema: dict[str, Any] = resolve(load_spec(vendor), body)["content"]["application/json"]["schema"]
    return schema


def endpoint_module(vendor: str, operation_id: str) -> ModuleType:
    """The generated endpoint module, e.g. songspec.clients.ttapi_producer.api.music.generate_music. The folder in
    between is the operation's first tag, as the generator names it."""
    _path, _method, operation = find_operation(vendor, operation_id)
    tag = _module_name((operation.get("tags") or ["default"])[0])
    return importlib.import_module(f"{package_name(vendor)}.api.{tag}.{operation_id}")


def _module_name(tag: str) -> str:
    """openapi-python-client's module name for a tag (snake case)."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", tag)
    return re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()


def schema_validator(
    vendor: str, schema: dict[str, Any], *, open_enums: bool = False, check_formats: bool = False
) -> SchemaCheck:
    """A JSON Schema 2020-12 check for a schema taken from the vendor's spec.

    The spec's components ride along so local "#/components/..." refs resolve. open_enums drops
    every `enum`: for what a vendor sends, where shape matters and a new state must not be rejected.
    check_formats enforces `format: uri` (an absolute http(s) URL): for what we send.
    """
    from ._checks import is_web_uri
    from ._schema import SchemaCheck

    wrapper: dict[str, Any] = {"components": load_spec(vendor).get("components", {}), "allOf": [schema]}
    if open_enums:
        wrapper = without_keys(wrapper, {"enum"})
    return SchemaCheck(wrapper, formats={"uri": is_web_uri} if check_formats else None)


def callback_body_schema(vendor: str, operation: dict[str, Any], field: str) -> dict[str, Any]:
    """The JSON body schema of the callback an operation declares under `callbacks[field]`."""
    spec = load_spec(vendor)
    [path_item] = resolve(spec, operation["callbacks"][field]).values()
    return json_body_schema(vendor, resolve(spec, path_item)["post"]["requestBody"])
