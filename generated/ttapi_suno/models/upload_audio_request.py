from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadAudioRequest")


@_attrs_define
class UploadAudioRequest:
    """Bring your own audio (by a public URL) for later jobs."""

    audio_url: str
    """ A publicly reachable audio URL. """
    is_async: bool | Unset = False
    """ `false` (default): the call waits and answers with `data.music_id` (slow); `true`: asynchronous. """
    hook_url: str | Unset = UNSET
    """ Callback URL (camelCase `hookUrl`, unlike Producer's `hook_url`). When set, TTAPI POSTs the
    job, the same JSON as the fetch result, to it when the job succeeds or fails. Signing,
    retries and timeouts are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        is_async = self.is_async

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if is_async is not UNSET:
            field_dict["is_async"] = is_async
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        is_async = d.pop("is_async", UNSET)

        hook_url = d.pop("hookUrl", UNSET)

        upload_audio_request = cls(
            audio_url=audio_url,
            is_async=is_async,
            hook_url=hook_url,
        )

        return upload_audio_request
