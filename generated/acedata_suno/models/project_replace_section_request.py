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

T = TypeVar("T", bound="ProjectReplaceSectionRequest")


@_attrs_define
class ProjectReplaceSectionRequest:
    """`action: replace_section` (asynchronous): two local replacement candidates for `start_seconds`..`end_seconds` of the
    source audio.

    """

    id: str
    source_audio_id: str
    start_seconds: float
    end_seconds: float
    action: Literal["replace_section"] = "replace_section"
    version_id: str | Unset = UNSET
    model: str | Unset = UNSET
    """ A public model name: chirp-v3-5, chirp-v4, chirp-v4-5, chirp-v4-5-plus, chirp-v5, chirp-v5-5, chirp-v6,
    chirp-v6-wild or chirp-v6-mini. """
    replacement_lyrics: str | Unset = UNSET
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

        source_audio_id = self.source_audio_id

        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        version_id = self.version_id

        model = self.model

        replacement_lyrics = self.replacement_lyrics

        async_ = self.async_

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
                "source_audio_id": source_audio_id,
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if model is not UNSET:
            field_dict["model"] = model
        if replacement_lyrics is not UNSET:
            field_dict["replacement_lyrics"] = replacement_lyrics
        if async_ is not UNSET:
            field_dict["async"] = async_
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["replace_section"], d.pop("action"))
        if action != "replace_section":
            raise ValueError(
                f"action must match const 'replace_section', got '{action}'"
            )

        id = d.pop("id")

        source_audio_id = d.pop("source_audio_id")

        start_seconds = d.pop("start_seconds")

        end_seconds = d.pop("end_seconds")

        version_id = d.pop("version_id", UNSET)

        model = d.pop("model", UNSET)

        replacement_lyrics = d.pop("replacement_lyrics", UNSET)

        async_ = d.pop("async", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        project_replace_section_request = cls(
            action=action,
            id=id,
            source_audio_id=source_audio_id,
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            version_id=version_id,
            model=model,
            replacement_lyrics=replacement_lyrics,
            async_=async_,
            callback_url=callback_url,
        )

        return project_replace_section_request
