"""A summary of each vendor, read from its bundled spec: what `songspec vendors`, the docs index and
the table in specs/README.md show. Derived, never hand-written, so it cannot drift from the specs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ._specs import iter_operations, vendor_names
from .vendors._profile import read_profile

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
    """The spec's servers; () for an API whose host each reseller supplies."""
    auth: str
    key_env: str
    operations: tuple[OperationSummary, ...]
    batch_fetch: str | None
    callback_fields: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def counts_text(self) -> str:
        return " / ".join(str(self.counts.get(status, 0)) for status in DOC_STATUSES)


def summarize(vendor: str) -> VendorSummary:
    profile = read_profile(vendor)
    operations = []
    callbacks: set[str] = set()
    for path, method, op in iter_operations(vendor):
        operations.append(
            OperationSummary(
                op["operationId"], method.upper(), path, op.get("summary", ""), op.get("x-doc-status", "?")
            )
        )
        callbacks.update(op.get("callbacks", {}))
    return VendorSummary(
        name=vendor,
        title=profile.title,
        base_urls=profile.base_urls,
        auth=profile.auth_text,
        key_env=profile.key_env,
        operations=tuple(operations),
        batch_fetch=profile.batch_operation,
        callback_fields=tuple(sorted(callbacks)),
        counts=dict(Counter(op.doc_status for op in operations)),
    )


def catalog() -> list[VendorSummary]:
    return [summarize(vendor) for vendor in vendor_names()]
