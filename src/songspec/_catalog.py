"""A summary of each vendor, read from its bundled spec: what `songspec vendors`, the docs index and
the table in specs/README.md show. Derived, never hand-written, so it cannot drift from the specs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ._specs import iter_operations, load_spec, vendor_names

DOC_STATUSES = ("confirmed", "inferred", "unavailable")


@dataclass(frozen=True)
class OperationSummary:
    operation_id: str
    method: str
    path: str
    summary: str
    doc_status: str


@dataclass(frozen=True)
class VendorSummary:
    name: str
    title: str
    base_urls: tuple[str, ...]
    auth: str
    operations: tuple[OperationSummary, ...]
    batch_fetch: str | None
    callback_fields: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def counts_text(self) -> str:
        return " / ".join(str(self.counts.get(status, 0)) for status in DOC_STATUSES)


def _auth(spec: dict) -> str:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    described = []
    for requirement in spec.get("security", []):
        for name in requirement:
            scheme = schemes[name]
            if scheme["type"] == "apiKey":
                described.append(f"header `{scheme['name']}: <key>` (no prefix)")
            elif scheme["type"] == "http" and scheme.get("scheme", "").lower() == "bearer":
                described.append("`Authorization: Bearer <key>`")
            else:
                described.append(scheme["type"])
    return " or ".join(described) or "none"


def summarize(vendor: str) -> VendorSummary:
    spec = load_spec(vendor)
    operations = []
    batch_fetch = None
    callbacks: set[str] = set()
    for path, method, op in iter_operations(vendor):
        operations.append(
            OperationSummary(
                op["operationId"], method.upper(), path, op.get("summary", ""), op.get("x-doc-status", "?")
            )
        )
        roles = op.get("x-songspec-role", [])
        if "batch-fetch" in ([roles] if isinstance(roles, str) else roles):
            batch_fetch = op["operationId"]
        callbacks.update(op.get("callbacks", {}))
    servers = tuple(
        "(you supply it)" if server.get("variables") and server["url"].startswith("{") else server["url"]
        for server in spec.get("servers", [])
    )
    return VendorSummary(
        name=vendor,
        title=spec["info"]["title"],
        base_urls=servers,
        auth=_auth(spec),
        operations=tuple(operations),
        batch_fetch=batch_fetch,
        callback_fields=tuple(sorted(callbacks)),
        counts=dict(Counter(op.doc_status for op in operations)),
    )


def catalog() -> list[VendorSummary]:
    return [summarize(vendor) for vendor in vendor_names()]
