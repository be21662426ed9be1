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

T = TypeVar("T", bound="ProjectGenerateTrackRequest")


@_attrs_define
class ProjectGenerateTrackRequest:
    """`action: generate_track` (asynchronous): track candidates for a range of the project."""

    id: str
    render_audio_id: str
    """ A completed export of the project. """
    stem_control_tags: Any
    """ Undocumented type (named only). """
    source_audio_id: str
    action: Literal["generate_track"] = "generate_track"
    version_id: str | Unset = UNSET
    batch_size: int | Unset = UNSET
    """ Candidates to make, 1 to 4 (server default 2). """
    start_seconds: float | Unset = UNSET
    end_seconds: float | Unset = UNSET
    model: str | Unset = UNSET
    """ A public model name: chirp-v3-5, chirp-v4, chirp-v4-5, chirp-v4-5-plus, chirp-v5, chirp-v5-5, chirp-v6,
    chirp-v6-wild or chirp-v6-mini. """
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

        render_audio_id = self.render_audio_id

        stem_control_tags = self.stem_control_tags

        source_audio_id = self.source_audio_id

        version_id = self.version_id

        batch_size = self.batch_size

        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        model = self.model

        async_ = self.async_

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
                "render_audio_id": render_audio_id,
                "stem_control_tags": stem_control_tags,
                "source_audio_id": source_audio_id,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if start_seconds is not UNSET:
            field_dict["start_seconds"] = start_seconds
        if end_seconds is not UNSET:
            field_dict["end_seconds"] = end_seconds
        if model is not UNSET:
            field_dict["model"] = model
        if async_ is not UNSET:
            field_dict["async"] = async_
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["generate_track"], d.pop("action"))
        if action != "generate_track":
            raise ValueError(
                f"action must match const 'generate_track', got '{action}'"
            )

        id = d.pop("id")

        render_audio_id = d.pop("render_audio_id")

        stem_control_tags = d.pop("stem_control_tags")

        source_audio_id = d.pop("source_audio_id")

        version_id = d.pop("version_id", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        start_seconds = d.pop("start_seconds", UNSET)

        end_seconds = d.pop("end_seconds", UNSET)

        model = d.pop("model", UNSET)

        async_ = d.pop("async", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        project_generate_track_request = cls(
            action=action,
            id=id,
            render_audio_id=render_audio_id,
            stem_control_tags=stem_control_tags,
            source_audio_id=source_audio_id,
            version_id=version_id,
            batch_size=batch_size,
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            model=model,
            async_=async_,
            callback_url=callback_url,
        )

        return project_generate_track_request
