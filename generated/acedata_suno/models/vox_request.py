from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoxRequest")


@_attrs_define
class VoxRequest:
    audio_id: str
    """ The source song: a `data[].id` of an earlier result, or the `data.audio_id` of `upload_audio`
    for the `upload_*`, `underpainting`, `overpainting` and `samples` actions.
     """
    vocal_start: float | Unset = UNSET
    """ Start of the vocal range, seconds. """
    vocal_end: float | Unset = UNSET
    """ End of the vocal range, seconds. """
    callback_url: str | Unset = UNSET
    """ Callback mode: the call answers at once with `{"task_id": ...}` and the finished result is
    POSTed as JSON to this URL. Signing, retries and the expected acknowledgement are not documented.
     """
    async_: bool | Unset = UNSET
    """ Async mode: true makes the call answer at once with `task_id` without a `callback_url`; poll
    `fetch_tasks`. With `callback_url` too, the result is also POSTed there.
     """

    def to_dict(self) -> dict[str, Any]:
        audio_id = self.audio_id

        vocal_start = self.vocal_start

        vocal_end = self.vocal_end

        callback_url = self.callback_url

        async_ = self.async_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_id": audio_id,
            }
        )
        if vocal_start is not UNSET:
            field_dict["vocal_start"] = vocal_start
        if vocal_end is not UNSET:
            field_dict["vocal_end"] = vocal_end
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_id = d.pop("audio_id")

        vocal_start = d.pop("vocal_start", UNSET)

        vocal_end = d.pop("vocal_end", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        async_ = d.pop("async", UNSET)

        vox_request = cls(
            audio_id=audio_id,
            vocal_start=vocal_start,
            vocal_end=vocal_end,
            callback_url=callback_url,
            async_=async_,
        )

        return vox_request
