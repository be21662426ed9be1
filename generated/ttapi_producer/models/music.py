from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Music")


@_attrs_define
class Music:
    """One generated song. `durations` (seconds) and `seed` arrive as strings."""

    music_id: str | Unset = UNSET
    """ Use as `music_id` in follow-up jobs. """
    title: None | str | Unset = UNSET
    lyrics: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    image_id: None | str | Unset = UNSET
    topic: None | str | Unset = UNSET
    sound: None | str | Unset = UNSET
    seed: float | None | str | Unset = UNSET
    """ Seed; a string in every example. """
    durations: float | None | str | Unset = UNSET
    """ Length in seconds, e.g. "199.13433106575962" (a number rendered as a string). """
    created_at: None | str | Unset = UNSET
    """ ISO-8601 creation time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        lyrics: None | str | Unset
        if isinstance(self.lyrics, Unset):
            lyrics = UNSET
        else:
            lyrics = self.lyrics

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

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

        image_id: None | str | Unset
        if isinstance(self.image_id, Unset):
            image_id = UNSET
        else:
            image_id = self.image_id

        topic: None | str | Unset
        if isinstance(self.topic, Unset):
            topic = UNSET
        else:
            topic = self.topic

        sound: None | str | Unset
        if isinstance(self.sound, Unset):
            sound = UNSET
        else:
            sound = self.sound

        seed: float | None | str | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        durations: float | None | str | Unset
        if isinstance(self.durations, Unset):
            durations = UNSET
        else:
            durations = self.durations

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
        if title is not UNSET:
            field_dict["title"] = title
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if audio_url is not UNSET:
            field_dict["audioUrl"] = audio_url
        if video_url is not UNSET:
            field_dict["videoUrl"] = video_url
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if topic is not UNSET:
            field_dict["topic"] = topic
        if sound is not UNSET:
            field_dict["sound"] = sound
        if seed is not UNSET:
            field_dict["seed"] = seed
        if durations is not UNSET:
            field_dict["durations"] = durations
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("musicId", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_lyrics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics = _parse_lyrics(d.pop("lyrics", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

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

        def _parse_image_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_id = _parse_image_id(d.pop("imageId", UNSET))

        def _parse_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        topic = _parse_topic(d.pop("topic", UNSET))

        def _parse_sound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sound = _parse_sound(d.pop("sound", UNSET))

        def _parse_seed(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_durations(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        durations = _parse_durations(d.pop("durations", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        music = cls(
            music_id=music_id,
            title=title,
            lyrics=lyrics,
            image_url=image_url,
            audio_url=audio_url,
            video_url=video_url,
            image_id=image_id,
            topic=topic,
            sound=sound,
            seed=seed,
            durations=durations,
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
