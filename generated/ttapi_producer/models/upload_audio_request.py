from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadAudioRequest")


@_attrs_define
class UploadAudioRequest:
    """Upload your own audio (by URL) so later jobs can use it. Free."""

    audio_url: str
    """ Where TTAPI downloads the audio from. """
    hook_url: str | Unset = UNSET
    """ Callback URL. When set, TTAPI POSTs the job (the same JSON as the fetch response) to it when
    the job succeeds or fails. Signing, retries and timeouts are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if hook_url is not UNSET:
            field_dict["hook_url"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        hook_url = d.pop("hook_url", UNSET)

        upload_audio_request = cls(
            audio_url=audio_url,
            hook_url=hook_url,
        )

        return upload_audio_request
