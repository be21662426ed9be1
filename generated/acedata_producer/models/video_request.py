from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoRequest")


@_attrs_define
class VideoRequest:
    audio_id: str
    """ The song id (`data[].id` of a `generate_music` result). """
    callback_url: str | Unset = UNSET
    """ Inferred: passed by the vendor's generated SDK; not in the API reference; callback body undocumented.
     """
    async_: bool | Unset = UNSET
    """ Inferred: the vendor's MCP server sends `async: true` to this endpoint; the immediate
    answer then carries the task id.
     """

    def to_dict(self) -> dict[str, Any]:
        audio_id = self.audio_id

        callback_url = self.callback_url

        async_ = self.async_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_id": audio_id,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_id = d.pop("audio_id")

        callback_url = d.pop("callback_url", UNSET)

        async_ = d.pop("async", UNSET)

        video_request = cls(
            audio_id=audio_id,
            callback_url=callback_url,
            async_=async_,
        )

        return video_request
