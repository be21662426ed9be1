from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomModelDeleteRequest")


@_attrs_define
class CustomModelDeleteRequest:
    """`action: delete`: archive a model (repeatable, free)."""

    id: str
    action: Literal["delete"] = "delete"

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["delete"], d.pop("action"))
        if action != "delete":
            raise ValueError(f"action must match const 'delete', got '{action}'")

        id = d.pop("id")

        custom_model_delete_request = cls(
            action=action,
            id=id,
        )

        return custom_model_delete_request
