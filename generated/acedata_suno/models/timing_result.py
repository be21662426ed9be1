from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aligned_word import AlignedWord


T = TypeVar("T", bound="TimingResult")


@_attrs_define
class TimingResult:
    aligned_words: list[AlignedWord] | Unset = UNSET
    waveform_data: list[float] | Unset = UNSET
    hoot_cer: float | None | Unset = UNSET
    is_streamed: bool | None | Unset = UNSET
    audio_id: None | str | Unset = UNSET
    """ Only in the OpenAPI files' example, a copy of the upload example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aligned_words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aligned_words, Unset):
            aligned_words = []
            for aligned_words_item_data in self.aligned_words:
                aligned_words_item = aligned_words_item_data.to_dict()
                aligned_words.append(aligned_words_item)

        waveform_data: list[float] | Unset = UNSET
        if not isinstance(self.waveform_data, Unset):
            waveform_data = self.waveform_data

        hoot_cer: float | None | Unset
        if isinstance(self.hoot_cer, Unset):
            hoot_cer = UNSET
        else:
            hoot_cer = self.hoot_cer

        is_streamed: bool | None | Unset
        if isinstance(self.is_streamed, Unset):
            is_streamed = UNSET
        else:
            is_streamed = self.is_streamed

        audio_id: None | str | Unset
        if isinstance(self.audio_id, Unset):
            audio_id = UNSET
        else:
            audio_id = self.audio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aligned_words is not UNSET:
            field_dict["aligned_words"] = aligned_words
        if waveform_data is not UNSET:
            field_dict["waveform_data"] = waveform_data
        if hoot_cer is not UNSET:
            field_dict["hoot_cer"] = hoot_cer
        if is_streamed is not UNSET:
            field_dict["is_streamed"] = is_streamed
        if audio_id is not UNSET:
            field_dict["audio_id"] = audio_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aligned_word import AlignedWord

        d = dict(src_dict)
        _aligned_words = d.pop("aligned_words", UNSET)
        aligned_words: list[AlignedWord] | Unset = UNSET
        if _aligned_words is not UNSET:
            aligned_words = []
            for aligned_words_item_data in _aligned_words:
                aligned_words_item = AlignedWord.from_dict(aligned_words_item_data)

                aligned_words.append(aligned_words_item)

        waveform_data = cast(list[float], d.pop("waveform_data", UNSET))

        def _parse_hoot_cer(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hoot_cer = _parse_hoot_cer(d.pop("hoot_cer", UNSET))

        def _parse_is_streamed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_streamed = _parse_is_streamed(d.pop("is_streamed", UNSET))

        def _parse_audio_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_id = _parse_audio_id(d.pop("audio_id", UNSET))

        timing_result = cls(
            aligned_words=aligned_words,
            waveform_data=waveform_data,
            hoot_cer=hoot_cer,
            is_streamed=is_streamed,
            audio_id=audio_id,
        )

        timing_result.additional_properties = d
        return timing_result

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
