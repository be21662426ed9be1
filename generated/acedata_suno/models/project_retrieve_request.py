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

T = TypeVar("T", bound="ProjectRetrieveRequest")


@_attrs_define
class ProjectRetrieveRequest:
    """`action: retrieve` (synchronous): the project with its full `state`."""

    id: str
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

        project_retrieve_request = cls(
            action=action,
            id=id,
        )

        return project_retrieve_request
