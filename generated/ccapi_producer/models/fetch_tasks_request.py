from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchTasksRequest")


@_attrs_define
class FetchTasksRequest:
    """The tasks to read. **Body inferred**: CCAPI does not show it; new-api (CCAPI's platform) binds
    `{"ids": [...], "action": "..."}` for its batch task fetch and answers only the caller's tasks
    among `ids`.

    """

    ids: list[str]
    """ CCAPI task ids (`task_...`), as returned by the submit operations. """
    action: str | Unset = UNSET
    """ A task action such as `MUSIC`. new-api reads it but does not filter by it. """

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
