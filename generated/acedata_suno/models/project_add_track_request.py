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

T = TypeVar("T", bound="ProjectAddTrackRequest")


@_attrs_define
class ProjectAddTrackRequest:
    """`action: add_track` (asynchronous): existing audio as a new track."""

    id: str
    audio_id: str
    action: Literal["add_track"] = "add_track"
    version_id: str | Unset = UNSET
    name: str | Unset = UNSET
    async_: bool | Unset = UNSET
    """ Async mode: true makes the call answer at once with `task_id` without a `callback_url`; poll
    `fetch_tasks`. With `callback_url` too, the result is also POSTed there.
     """
    callback_url: str | Unset = UNSET
    """ Callback mode: the call answers at once with `{"task_id": ...}` and the finished result is
    POSTed as JSON to this URL. Signing, retries and the expected acknowledgement are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        id = self.id

        audio_id = self.audio_id

        version_id = self.version_id

        name = self.name

        async_ = self.async_

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
                "audio_id": audio_id,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if name is not UNSET:
            field_dict["name"] = name
        if async_ is not UNSET:
            field_dict["async"] = async_
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["add_track"], d.pop("action"))
        if action != "add_track":
            raise ValueError(f"action must match const 'add_track', got '{action}'")

        id = d.pop("id")

        audio_id = d.pop("audio_id")

        version_id = d.pop("version_id", UNSET)

        name = d.pop("name", UNSET)

        async_ = d.pop("async", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        project_add_track_request = cls(
            action=action,
            id=id,
            audio_id=audio_id,
            version_id=version_id,
            name=name,
            async_=async_,
            callback_url=callback_url,
        )

        return project_add_track_request
