from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.song_state import SongState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Song")


@_attrs_define
class Song:
    """One generated song. Its `id` is usable as `audio_id` in later calls."""

    id: str | Unset = UNSET
    """ Song id (a UUID); the `audio_id` for cover, extend, stems, videos, wav. """
    title: str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    """ Cover image URL. """
    image_id: None | str | Unset = UNSET
    """ Cover image id (equal to `id` in every example). """
    lyric: None | str | Unset = UNSET
    """ Lyrics; `[Instrumental]` for a prompt-mode instrumental. """
    audio_url: None | str | Unset = UNSET
    """ Audio file URL (`.m4a` or `.mp3`). While a task is still running this may already hold
    an intermediate streaming preview; only a finished task's URL is final.
     """
    video_url: None | str | Unset = UNSET
    """ Video URL; null in every example (use `generate_video`). """
    topic: None | str | Unset = UNSET
    """ Undocumented; null in every example. """
    seed: float | None | str | Unset = UNSET
    """ The seed, sent as a string of digits. """
    sound: None | str | Unset = UNSET
    """ The prompt or style text; often "". """
    created_at: None | str | Unset = UNSET
    """ ISO-8601 time with microseconds and Z, e.g. 2025-12-30T17:18:23.232911Z. """
    model: None | str | Unset = UNSET
    """ The model that made the song. Not always the one requested (a `FUZZ-2.0 Pro` variation
    came back as `FUZZ-2.0`), so it is a plain string, not ProducerModel.
     """
    progress: None | str | Unset = UNSET
    """ Progress such as "100%". """
    state: None | SongState | Unset = UNSET
    duration: float | None | str | Unset = UNSET
    """ Length in seconds, sent as a string holding a float (e.g. "181.3014058956916"). """
    style: None | str | Unset = UNSET
    """ Listed by the vendor's OpenAPI file; never seen in an example. """
    prompt: None | str | Unset = UNSET
    """ Listed by the vendor's OpenAPI file; never seen in an example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        image_id: None | str | Unset
        if isinstance(self.image_id, Unset):
            image_id = UNSET
        else:
            image_id = self.image_id

        lyric: None | str | Unset
        if isinstance(self.lyric, Unset):
            lyric = UNSET
        else:
            lyric = self.lyric

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

        topic: None | str | Unset
        if isinstance(self.topic, Unset):
            topic = UNSET
        else:
            topic = self.topic

        seed: float | None | str | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        sound: None | str | Unset
        if isinstance(self.sound, Unset):
            sound = UNSET
        else:
            sound = self.sound

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        progress: None | str | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, SongState):
            state = self.state.value
        else:
            state = self.state

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if lyric is not UNSET:
            field_dict["lyric"] = lyric
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if topic is not UNSET:
            field_dict["topic"] = topic
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sound is not UNSET:
            field_dict["sound"] = sound
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if model is not UNSET:
            field_dict["model"] = model
        if progress is not UNSET:
            field_dict["progress"] = progress
        if state is not UNSET:
            field_dict["state"] = state
        if duration is not UNSET:
            field_dict["duration"] = duration
        if style is not UNSET:
            field_dict["style"] = style
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_image_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_id = _parse_image_id(d.pop("image_id", UNSET))

        def _parse_lyric(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyric = _parse_lyric(d.pop("lyric", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        topic = _parse_topic(d.pop("topic", UNSET))

        def _parse_seed(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_sound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sound = _parse_sound(d.pop("sound", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_progress(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_state(data: object) -> None | SongState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = SongState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SongState | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_duration(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        song = cls(
            id=id,
            title=title,
            image_url=image_url,
            image_id=image_id,
            lyric=lyric,
            audio_url=audio_url,
            video_url=video_url,
            topic=topic,
            seed=seed,
            sound=sound,
            created_at=created_at,
            model=model,
            progress=progress,
            state=state,
            duration=duration,
            style=style,
            prompt=prompt,
        )

        song.additional_properties = d
        return song

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
