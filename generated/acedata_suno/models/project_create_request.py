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

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCreateRequest")


@_attrs_define
class ProjectCreateRequest:
    """`action: create` (synchronous): an empty project; `data.id` is its id."""

    action: Literal["create"] = "create"
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["create"], d.pop("action"))
        if action != "create":
            raise ValueError(f"action must match const 'create', got '{action}'")

        title = d.pop("title", UNSET)

        project_create_request = cls(
            action=action,
            title=title,
        )

        return project_create_request
