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

T = TypeVar("T", bound="ProjectRenderRequest")


@_attrs_define
class ProjectRenderRequest:
    """`action: render` (asynchronous): export a saved version as one song; without `start_beats`/`end_beats` from the
    first to the last audible clip.

    """

    id: str
    action: Literal["render"] = "render"
    version_id: str | Unset = UNSET
    title: str | Unset = UNSET
    lyrics: str | Unset = UNSET
    start_beats: float | Unset = UNSET
    end_beats: float | Unset = UNSET
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

        version_id = self.version_id

        title = self.title

        lyrics = self.lyrics

        start_beats = self.start_beats

        end_beats = self.end_beats

        async_ = self.async_

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if title is not UNSET:
            field_dict["title"] = title
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if start_beats is not UNSET:
            field_dict["start_beats"] = start_beats
        if end_beats is not UNSET:
            field_dict["end_beats"] = end_beats
        if async_ is not UNSET:
            field_dict["async"] = async_
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["render"], d.pop("action"))
        if action != "render":
            raise ValueError(f"action must match const 'render', got '{action}'")

        id = d.pop("id")

        version_id = d.pop("version_id", UNSET)

        title = d.pop("title", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        start_beats = d.pop("start_beats", UNSET)

        end_beats = d.pop("end_beats", UNSET)

        async_ = d.pop("async", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        project_render_request = cls(
            action=action,
            id=id,
            version_id=version_id,
            title=title,
            lyrics=lyrics,
            start_beats=start_beats,
            end_beats=end_beats,
            async_=async_,
            callback_url=callback_url,
        )

        return project_render_request
