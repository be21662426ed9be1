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

T = TypeVar("T", bound="RetrieveTaskRequest")


@_attrs_define
class RetrieveTaskRequest:
    """`action: retrieve`: one task by its id."""

    id: str
    """ The `task_id` returned by a submit call. """
    action: Literal["retrieve"] = "retrieve"

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
        action = cast(Literal["retrieve"], d.pop("action"))
        if action != "retrieve":
            raise ValueError(f"action must match const 'retrieve', got '{action}'")

        id = d.pop("id")

        retrieve_task_request = cls(
            action=action,
            id=id,
        )

        return retrieve_task_request
