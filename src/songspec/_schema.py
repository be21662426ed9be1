"""JSON Schema 2020-12 checks of bodies against a schema taken from a vendor's spec, with messages
that name the field to change.

The validator is jsonschema-rs (a compiled library): it loads in a few milliseconds, where the
pure-Python `jsonschema` package took longer to import than the rest of the first call together.
Everything that validates a body (requests before they are sent, callbacks, the sandbox, the tests,
the docs) goes through `SchemaCheck`, so they all say the same thing in the same words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MAX_MESSAGE = 160


class SchemaCheck:
    """One compiled check. `formats` maps a format name to a predicate, and only those formats are
    checked (for what we send: `uri` is an absolute http(s) URL)."""

    def __init__(self, schema: dict[str, Any], *, formats: dict[str, Callable[[str], bool]] | None = None) -> None:
        import jsonschema_rs  # deferred: keeps `songspec --help` fast

        self._validator = jsonschema_rs.Draft202012Validator(
            schema, formats=formats or {}, validate_formats=bool(formats), ignore_unknown_formats=True
        )

    def problems(self, instance: Any, limit: int | None = None) -> list[str]:
        """'where: what is wrong' for each problem, ordered by where; [] when the instance is valid.
        For a oneOf whose variants carry a const tag (AceData's `action`), the problems of the one
        variant whose tag matched, not "is not valid under any of the schemas"."""
        try:
            leaves = [leaf for error in self._validator.iter_errors(instance) for leaf in _variant_errors(error)]
        except ValueError as exc:  # a value JSON cannot carry (requests are checked for these first, by field)
            return [f"body: {exc}"]
        leaves.sort(key=lambda e: [str(p) for p in e.instance_path])
        return [describe(e) for e in leaves[:limit]]

    def first_problem(self, instance: Any) -> str | None:
        found = self.problems(instance, limit=1)
        return found[0] if found else None

    def is_valid(self, instance: Any) -> bool:
        return not self.problems(instance, limit=1)

    def validate(self, instance: Any) -> None:
        """Raises ValueError listing up to five problems."""
        found = self.problems(instance, limit=5)
        if found:
            raise ValueError("; ".join(found))


def describe(error: Any) -> str:
    where = "/".join(str(p) for p in error.instance_path) or "body"
    message = str(error.message)
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE] + "..."
    return f"{where}: {message}"


def _variant_errors(error: Any) -> list[Any]:
    context = getattr(error.kind, "context", None)
    if type(error.kind).__name__ in ("OneOfNotValid", "AnyOf") and context:
        matched = [variant for variant in context if not any(type(e.kind).__name__ == "Constant" for e in variant)]
        if len(matched) == 1:
            return [leaf for sub in matched[0] for leaf in _variant_errors(sub)]
    return [error]
