from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.task_action import TaskAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchTasksRequest")


@_attrs_define
class FetchTasksRequest:
    """Body of `POST /suno/fetch`. Only tasks owned by the caller are returned; unknown ids are
    silently left out; an empty list returns `data: []`. `action` is accepted but new-api does not
    filter by it.

    """

    ids: list[str]
    """ Task ids (`data` of a submit response). """
    action: TaskAction | Unset = UNSET
    """ The task kind. """

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

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

        _action = d.pop("action", UNSET)
        action: TaskAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = TaskAction(_action)

        fetch_tasks_request = cls(
            ids=ids,
            action=action,
        )

        return fetch_tasks_request
