from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadedAudio")


@_attrs_define
class UploadedAudio:
    audio_id: str | Unset = UNSET
    """ The id to pass as `audio_id` with the `upload_*` actions (or cover/extend). """
    lyric: None | str | Unset = UNSET
    """ A transcription of the audio with style tags. """
    audio_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_id = self.audio_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_id is not UNSET:
            field_dict["audio_id"] = audio_id
        if lyric is not UNSET:
            field_dict["lyric"] = lyric
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_id = d.pop("audio_id", UNSET)

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

        uploaded_audio = cls(
            audio_id=audio_id,
            lyric=lyric,
            audio_url=audio_url,
        )

        uploaded_audio.additional_properties = d
        return uploaded_audio

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
