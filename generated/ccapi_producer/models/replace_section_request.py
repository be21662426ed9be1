from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceSectionRequest")


@_attrs_define
class ReplaceSectionRequest:
    """Replace the section of a finished clip from `starts` to `ends`; without `ends` the
    replacement runs to the end of the audio (documented by CCAPI). The clip-id field name and the
    field types are not documented: `clip_id` as in the STEMS body, numbers (seconds) as on TTAPI's
    `/producer/v1/replace`, and the optional creative fields under the Generate Music body's names.

    """

    clip_id: str
    """ A Producer clip id: `data.data.clips[].clip_id` of a finished task (a UUID in every example).
    This is the upstream clip's id, not CCAPI's `task_...` id.
     """
    starts: float
    """ Replacement starts at this second, e.g. 30.01. """
    ends: float | Unset = UNSET
    """ Replacement ends at this second; omit to replace to the end of the audio. """
    prompt: str | Unset = UNSET
    """ What the song should be, in words (the Generate Music body's `prompt`). """
    style: str | Unset = UNSET
    """ Comma-separated style tags, e.g. "pop, upbeat, summer" (the Generate Music body's `style`). """
    title: str | Unset = UNSET
    """ Song title. """
    make_instrumental: bool | Unset = UNSET
    """ Generate an instrumental (no vocals). """

    def to_dict(self) -> dict[str, Any]:
        clip_id = self.clip_id

        starts = self.starts

        ends = self.ends

        prompt = self.prompt

        style = self.style

        title = self.title

        make_instrumental = self.make_instrumental

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clip_id": clip_id,
                "starts": starts,
            }
        )
        if ends is not UNSET:
            field_dict["ends"] = ends
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if style is not UNSET:
            field_dict["style"] = style
        if title is not UNSET:
            field_dict["title"] = title
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clip_id = d.pop("clip_id")

        starts = d.pop("starts")

        ends = d.pop("ends", UNSET)

        prompt = d.pop("prompt", UNSET)

        style = d.pop("style", UNSET)

        title = d.pop("title", UNSET)

        make_instrumental = d.pop("make_instrumental", UNSET)

        replace_section_request = cls(
            clip_id=clip_id,
            starts=starts,
            ends=ends,
            prompt=prompt,
            style=style,
            title=title,
            make_instrumental=make_instrumental,
        )

        return replace_section_request
