from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.suno_model import SunoModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceSectionRequest")


@_attrs_define
class ReplaceSectionRequest:
    """Replace the part of a song between `infill_start_s` and `infill_end_s` with `infill_lyrics`;
    `prompt` carries the lyrics around the new part as context.

    """

    music_id: str
    """ A song's `musicId` (from `data.musics[].musicId` of a finished job, or `data.music_id` of an upload). """
    infill_start_s: float
    """ A time in seconds. """
    infill_end_s: float
    """ A time in seconds. """
    mv: SunoModel
    """ The Suno model (`mv`). The current pages list these eight values and default to `chirp-v5`.
     """
    prompt: str | Unset = UNSET
    """ The context lyrics (the original lyrics before and after the new part, with it). """
    infill_lyrics: str | Unset = UNSET
    """ The new lyrics for the replaced part. """
    title: str | Unset = UNSET
    """ Song title (custom mode). At most 80 characters. """
    tags: str | Unset = UNSET
    """ Style or genre (custom mode), e.g. "rock, blues, hip-hop, r&b". """
    negative_tags: str | Unset = UNSET
    """ Styles to keep out of the song (custom mode). """
    is_storage: bool | Unset = UNSET
    """ `true`: TTAPI stores the files and returns its CDN URLs; `false`: the upstream (official)
    URLs are returned.
     """
    hook_url: str | Unset = UNSET
    """ Callback URL (camelCase `hookUrl`, unlike Producer's `hook_url`). When set, TTAPI POSTs the
    job, the same JSON as the fetch result, to it when the job succeeds or fails. Signing,
    retries and timeouts are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        infill_start_s = self.infill_start_s

        infill_end_s = self.infill_end_s

        mv = self.mv.value

        prompt = self.prompt

        infill_lyrics = self.infill_lyrics

        title = self.title

        tags = self.tags

        negative_tags = self.negative_tags

        is_storage = self.is_storage

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
                "infill_start_s": infill_start_s,
                "infill_end_s": infill_end_s,
                "mv": mv,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if infill_lyrics is not UNSET:
            field_dict["infill_lyrics"] = infill_lyrics
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if is_storage is not UNSET:
            field_dict["isStorage"] = is_storage
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        infill_start_s = d.pop("infill_start_s")

        infill_end_s = d.pop("infill_end_s")

        mv = SunoModel(d.pop("mv"))

        prompt = d.pop("prompt", UNSET)

        infill_lyrics = d.pop("infill_lyrics", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        is_storage = d.pop("isStorage", UNSET)

        hook_url = d.pop("hookUrl", UNSET)

        replace_section_request = cls(
            music_id=music_id,
            infill_start_s=infill_start_s,
            infill_end_s=infill_end_s,
            mv=mv,
            prompt=prompt,
            infill_lyrics=infill_lyrics,
            title=title,
            tags=tags,
            negative_tags=negative_tags,
            is_storage=is_storage,
            hook_url=hook_url,
        )

        return replace_section_request
