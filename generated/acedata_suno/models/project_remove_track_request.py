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

T = TypeVar("T", bound="ProjectRemoveTrackRequest")


@_attrs_define
class ProjectRemoveTrackRequest:
    """`action: remove_track` (synchronous): delete a track (fields inferred, no example)."""

    id: str
    track_id: str
    action: Literal["remove_track"] = "remove_track"
    version_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        id = self.id

        track_id = self.track_id

        version_id = self.version_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
                "track_id": track_id,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["remove_track"], d.pop("action"))
        if action != "remove_track":
            raise ValueError(f"action must match const 'remove_track', got '{action}'")

        id = d.pop("id")

        track_id = d.pop("track_id")

        version_id = d.pop("version_id", UNSET)

        project_remove_track_request = cls(
            action=action,
            id=id,
            track_id=track_id,
            version_id=version_id,
        )

        return project_remove_track_request
