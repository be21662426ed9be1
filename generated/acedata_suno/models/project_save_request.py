from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_state import ProjectState


T = TypeVar("T", bound="ProjectSaveRequest")


@_attrs_define
class ProjectSaveRequest:
    """`action: save` (synchronous): the complete state. `version_id` may be omitted only on the first save; a stale one
    gives 409.

    """

    id: str
    state: ProjectState
    """ The editable project state, e.g. `{"tracks": [], "timing": {"bps": 2}}` (bps: beats per second, default 2 =
    120 BPM). """
    action: Literal["save"] = "save"
    version_id: str | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        id = self.id

        state = self.state.to_dict()

        version_id = self.version_id

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
                "state": state,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_state import ProjectState

        d = dict(src_dict)
        action = cast(Literal["save"], d.pop("action"))
        if action != "save":
            raise ValueError(f"action must match const 'save', got '{action}'")

        id = d.pop("id")

        state = ProjectState.from_dict(d.pop("state"))

        version_id = d.pop("version_id", UNSET)

        title = d.pop("title", UNSET)

        project_save_request = cls(
            action=action,
            id=id,
            state=state,
            version_id=version_id,
            title=title,
        )

        return project_save_request
