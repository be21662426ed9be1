from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Music")


@_attrs_define
class Music:
    """One song of a job (camelCase fields). `duration` (seconds) arrives as a string."""

    music_id: str | Unset = UNSET
    """ Use as `music_id` in follow-up jobs. """
    prompt: None | str | Unset = UNSET
    """ The song's lyrics prompt (the request's `prompt`; inferred from the field name, the pages show
    placeholders). """
    title: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    image_large_url: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    duration: float | None | str | Unset = UNSET
    """ Length in seconds, e.g. "211.44" (a number rendered as a string). """
    negative_tags: None | str | Unset = UNSET
    style_weight: float | None | str | Unset = UNSET
    weirdness_constraint: float | None | str | Unset = UNSET
    audio_weight: float | None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    """ ISO-8601 creation time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        image_large_url: None | str | Unset
        if isinstance(self.image_large_url, Unset):
            image_large_url = UNSET
        else:
            image_large_url = self.image_large_url

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        negative_tags: None | str | Unset
        if isinstance(self.negative_tags, Unset):
            negative_tags = UNSET
        else:
            negative_tags = self.negative_tags

        style_weight: float | None | str | Unset
        if isinstance(self.style_weight, Unset):
            style_weight = UNSET
        else:
            style_weight = self.style_weight

        weirdness_constraint: float | None | str | Unset
        if isinstance(self.weirdness_constraint, Unset):
            weirdness_constraint = UNSET
        else:
            weirdness_constraint = self.weirdness_constraint

        audio_weight: float | None | str | Unset
        if isinstance(self.audio_weight, Unset):
            audio_weight = UNSET
        else:
            audio_weight = self.audio_weight

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if music_id is not UNSET:
            field_dict["musicId"] = music_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if image_large_url is not UNSET:
            field_dict["imageLargeUrl"] = image_large_url
        if audio_url is not UNSET:
            field_dict["audioUrl"] = audio_url
        if video_url is not UNSET:
            field_dict["videoUrl"] = video_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_tags is not UNSET:
            field_dict["negativeTags"] = negative_tags
        if style_weight is not UNSET:
            field_dict["styleWeight"] = style_weight
        if weirdness_constraint is not UNSET:
            field_dict["weirdnessConstraint"] = weirdness_constraint
        if audio_weight is not UNSET:
            field_dict["audioWeight"] = audio_weight
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("musicId", UNSET)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        def _parse_image_large_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_large_url = _parse_image_large_url(d.pop("imageLargeUrl", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audioUrl", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("videoUrl", UNSET))

        def _parse_duration(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_negative_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_tags = _parse_negative_tags(d.pop("negativeTags", UNSET))

        def _parse_style_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        style_weight = _parse_style_weight(d.pop("styleWeight", UNSET))

        def _parse_weirdness_constraint(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        weirdness_constraint = _parse_weirdness_constraint(
            d.pop("weirdnessConstraint", UNSET)
        )

        def _parse_audio_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        audio_weight = _parse_audio_weight(d.pop("audioWeight", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        music = cls(
            music_id=music_id,
            prompt=prompt,
            title=title,
            tags=tags,
            image_url=image_url,
            image_large_url=image_large_url,
            audio_url=audio_url,
            video_url=video_url,
            duration=duration,
            negative_tags=negative_tags,
            style_weight=style_weight,
            weirdness_constraint=weirdness_constraint,
            audio_weight=audio_weight,
            created_at=created_at,
        )

        music.additional_properties = d
        return music

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
