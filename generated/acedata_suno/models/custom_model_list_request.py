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

T = TypeVar("T", bound="CustomModelListRequest")


@_attrs_define
class CustomModelListRequest:
    """`action: retrieve_batch`: list models, paginated."""

    action: Literal["retrieve_batch"] = "retrieve_batch"
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    status: str | Unset = UNSET
    """ Filter by status (`ready` in the example; `queued` is the other named value). """

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        limit = self.limit

        offset = self.offset

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["retrieve_batch"], d.pop("action"))
        if action != "retrieve_batch":
            raise ValueError(
                f"action must match const 'retrieve_batch', got '{action}'"
            )

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        status = d.pop("status", UNSET)

        custom_model_list_request = cls(
            action=action,
            limit=limit,
            offset=offset,
            status=status,
        )

        return custom_model_list_request
