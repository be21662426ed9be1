from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.song_state import SongState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.song_concat_history_type_0_item import SongConcatHistoryType0Item


T = TypeVar("T", bound="Song")


@_attrs_define
class Song:
    """One generated song. Its `id` is the `audio_id` of later calls (extend, cover, stems, persona,
    mp4, wav, midi, vox, timing). While a task runs, `audio_url` may already hold a streaming
    preview: only `state: succeeded` makes it final.

    """

    id: str | Unset = UNSET
    """ Song id (a UUID). """
    title: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    """ Cover image URL. """
    image_large_url: None | str | Unset = UNSET
    """ Large cover image URL. """
    lyric: None | str | Unset = UNSET
    """ The lyrics. """
    audio_url: None | str | Unset = UNSET
    """ MP3 URL; a preview until `state` is `succeeded`. """
    video_url: None | str | Unset = UNSET
    """ MP4 URL, or "" when there is none yet. """
    created_at: None | str | Unset = UNSET
    """ ISO-8601 time, e.g. 2025-06-17T15:59:32.468Z. """
    model: None | str | Unset = UNSET
    """ The model as Suno names it internally (`chirp-auk`, `chirp-v3.5`), not the request enum. """
    state: None | SongState | Unset = UNSET
    prompt: None | str | Unset = UNSET
    style: None | str | Unset = UNSET
    duration: float | None | str | Unset = UNSET
    """ Length in seconds (a float in the guide, an integer in the platform spec). Absent until the song is
    finished. """
    concat_history: list[SongConcatHistoryType0Item] | None | Unset = UNSET
    """ For `concat` and `replace_section` results, the segments the song was built from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, SongState):
            state = self.state.value
        else:
            state = self.state

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        concat_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.concat_history, Unset):
            concat_history = UNSET
        elif isinstance(self.concat_history, list):
            concat_history = []
            for concat_history_type_0_item_data in self.concat_history:
                concat_history_type_0_item = concat_history_type_0_item_data.to_dict()
                concat_history.append(concat_history_type_0_item)

        else:
            concat_history = self.concat_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image_large_url is not UNSET:
            field_dict["image_large_url"] = image_large_url
        if lyric is not UNSET:
            field_dict["lyric"] = lyric
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if model is not UNSET:
            field_dict["model"] = model
        if state is not UNSET:
            field_dict["state"] = state
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if style is not UNSET:
            field_dict["style"] = style
        if duration is not UNSET:
            field_dict["duration"] = duration
        if concat_history is not UNSET:
            field_dict["concat_history"] = concat_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.song_concat_history_type_0_item import SongConcatHistoryType0Item

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_image_large_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_large_url = _parse_image_large_url(d.pop("image_large_url", UNSET))

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

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        def _parse_duration(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_concat_history(
            data: object,
        ) -> list[SongConcatHistoryType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                concat_history_type_0 = []
                _concat_history_type_0 = data
                for concat_history_type_0_item_data in _concat_history_type_0:
                    concat_history_type_0_item = SongConcatHistoryType0Item.from_dict(
                        concat_history_type_0_item_data
                    )

                    concat_history_type_0.append(concat_history_type_0_item)

                return concat_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SongConcatHistoryType0Item] | None | Unset, data)

        concat_history = _parse_concat_history(d.pop("concat_history", UNSET))

        song = cls(
            id=id,
            title=title,
            image_url=image_url,
            image_large_url=image_large_url,
            lyric=lyric,
            audio_url=audio_url,
            video_url=video_url,
            created_at=created_at,
            model=model,
            state=state,
            prompt=prompt,
            style=style,
            duration=duration,
            concat_history=concat_history,
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
