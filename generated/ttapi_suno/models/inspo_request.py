from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.suno_model import SunoModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="InspoRequest")


@_attrs_define
class InspoRequest:
    """A song inspired by one to four reference recordings."""

    mv: SunoModel
    """ The Suno model (`mv`). The current pages list these eight values and default to `chirp-v5`.
     """
    audio_urls: list[str]
    """ One to four publicly reachable audio URLs. """
    prompt: str | Unset = UNSET
    """ Lyrics (custom mode). Required in custom mode unless `instrumental` is true. """
    title: str | Unset = UNSET
    """ Song title (custom mode). At most 80 characters. """
    tags: str | Unset = UNSET
    """ Style or genre (custom mode), e.g. "rock, blues, hip-hop, r&b". """
    negative_tags: str | Unset = UNSET
    """ Styles to keep out of the song (custom mode). """
    style_weight: float | Unset = UNSET
    """ A weight from 0 to 1 (custom mode). """
    weirdness_constraint: float | Unset = UNSET
    """ A weight from 0 to 1 (custom mode). """
    audio_weight: float | Unset = UNSET
    """ A weight from 0 to 1 (custom mode). """
    auto_lyrics: bool | Unset = UNSET
    """ Custom mode only. `true`: TTAPI rewrites the given lyrics creatively (as inspiration mode
    does); `false`: the lyrics are sung as given.
     """
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
        mv = self.mv.value

        audio_urls = self.audio_urls

        prompt = self.prompt

        title = self.title

        tags = self.tags

        negative_tags = self.negative_tags

        style_weight = self.style_weight

        weirdness_constraint = self.weirdness_constraint

        audio_weight = self.audio_weight

        auto_lyrics = self.auto_lyrics

        is_storage = self.is_storage

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mv": mv,
                "audio_urls": audio_urls,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if style_weight is not UNSET:
            field_dict["style_weight"] = style_weight
        if weirdness_constraint is not UNSET:
            field_dict["weirdness_constraint"] = weirdness_constraint
        if audio_weight is not UNSET:
            field_dict["audio_weight"] = audio_weight
        if auto_lyrics is not UNSET:
            field_dict["auto_lyrics"] = auto_lyrics
        if is_storage is not UNSET:
            field_dict["isStorage"] = is_storage
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mv = SunoModel(d.pop("mv"))

        audio_urls = cast(list[str], d.pop("audio_urls"))

        prompt = d.pop("prompt", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        style_weight = d.pop("style_weight", UNSET)

        weirdness_constraint = d.pop("weirdness_constraint", UNSET)

        audio_weight = d.pop("audio_weight", UNSET)

        auto_lyrics = d.pop("auto_lyrics", UNSET)

        is_storage = d.pop("isStorage", UNSET)

        hook_url = d.pop("hookUrl", UNSET)

        inspo_request = cls(
            mv=mv,
            audio_urls=audio_urls,
            prompt=prompt,
            title=title,
            tags=tags,
            negative_tags=negative_tags,
            style_weight=style_weight,
            weirdness_constraint=weirdness_constraint,
            audio_weight=audio_weight,
            auto_lyrics=auto_lyrics,
            is_storage=is_storage,
            hook_url=hook_url,
        )

        return inspo_request
