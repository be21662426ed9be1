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

T = TypeVar("T", bound="ProjectUploadRequest")


@_attrs_define
class ProjectUploadRequest:
    """`action: upload` (asynchronous): an HTTPS audio URL made into a project asset; the task's
    `response.data.candidate.audio_id` is its id.

    """

    id: str
    audio_url: str
    action: Literal["upload"] = "upload"
    version_id: str | Unset = UNSET
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

        audio_url = self.audio_url

        version_id = self.version_id

        async_ = self.async_

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
                "audio_url": audio_url,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if async_ is not UNSET:
            field_dict["async"] = async_
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["upload"], d.pop("action"))
        if action != "upload":
            raise ValueError(f"action must match const 'upload', got '{action}'")

        id = d.pop("id")

        audio_url = d.pop("audio_url")

        version_id = d.pop("version_id", UNSET)

        async_ = d.pop("async", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        project_upload_request = cls(
            action=action,
            id=id,
            audio_url=audio_url,
            version_id=version_id,
            async_=async_,
            callback_url=callback_url,
        )

        return project_upload_request
