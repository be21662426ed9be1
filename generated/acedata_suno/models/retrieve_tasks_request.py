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

T = TypeVar("T", bound="RetrieveTasksRequest")


@_attrs_define
class RetrieveTasksRequest:
    """`action: retrieve_batch`: several tasks by id. No limit is documented."""

    ids: list[str]
    """ Task ids. """
    action: Literal["retrieve_batch"] = "retrieve_batch"

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["retrieve_batch"], d.pop("action"))
        if action != "retrieve_batch":
            raise ValueError(
                f"action must match const 'retrieve_batch', got '{action}'"
            )

        ids = cast(list[str], d.pop("ids"))

        retrieve_tasks_request = cls(
            action=action,
            ids=ids,
        )

        return retrieve_tasks_request
