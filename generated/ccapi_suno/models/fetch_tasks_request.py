from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchTasksRequest")


@_attrs_define
class FetchTasksRequest:
    """Body of the batch fetch (`POST /{platform}/fetch`). Only the caller's tasks among `ids` come
    back; unknown ids are silently left out; an empty list answers `data: []`. `action` is bound
    but not used to filter; the origin server's own struct sends it as `""` when unset.

    """

    ids: list[str]
    """ Task ids, as returned by the submit operations. """
    action: str | Unset = UNSET
    """ `MUSIC`, `LYRICS`, ... or `""`; accepted, not used to filter. """

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        action = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        action = d.pop("action", UNSET)

        fetch_tasks_request = cls(
            ids=ids,
            action=action,
        )

        return fetch_tasks_request
