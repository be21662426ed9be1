from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vox_data_wave_response_type_0 import VoxDataWaveResponseType0


T = TypeVar("T", bound="VoxData")


@_attrs_define
class VoxData:
    """The extracted voice segment. `id` is the `vox_audio_id` for `create_persona`."""

    id: str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Suno's state of the segment; the page shows a placeholder, no values. """
    source_clip_id: None | str | Unset = UNSET
    vocal_start_s: float | None | str | Unset = UNSET
    vocal_end_s: float | None | str | Unset = UNSET
    wave_response: None | Unset | VoxDataWaveResponseType0 = UNSET
    """ Waveform data; its fields are not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vox_data_wave_response_type_0 import VoxDataWaveResponseType0

        id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        source_clip_id: None | str | Unset
        if isinstance(self.source_clip_id, Unset):
            source_clip_id = UNSET
        else:
            source_clip_id = self.source_clip_id

        vocal_start_s: float | None | str | Unset
        if isinstance(self.vocal_start_s, Unset):
            vocal_start_s = UNSET
        else:
            vocal_start_s = self.vocal_start_s

        vocal_end_s: float | None | str | Unset
        if isinstance(self.vocal_end_s, Unset):
            vocal_end_s = UNSET
        else:
            vocal_end_s = self.vocal_end_s

        wave_response: dict[str, Any] | None | Unset
        if isinstance(self.wave_response, Unset):
            wave_response = UNSET
        elif isinstance(self.wave_response, VoxDataWaveResponseType0):
            wave_response = self.wave_response.to_dict()
        else:
            wave_response = self.wave_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if source_clip_id is not UNSET:
            field_dict["source_clip_id"] = source_clip_id
        if vocal_start_s is not UNSET:
            field_dict["vocal_start_s"] = vocal_start_s
        if vocal_end_s is not UNSET:
            field_dict["vocal_end_s"] = vocal_end_s
        if wave_response is not UNSET:
            field_dict["wave_response"] = wave_response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vox_data_wave_response_type_0 import VoxDataWaveResponseType0

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_source_clip_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_clip_id = _parse_source_clip_id(d.pop("source_clip_id", UNSET))

        def _parse_vocal_start_s(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        vocal_start_s = _parse_vocal_start_s(d.pop("vocal_start_s", UNSET))

        def _parse_vocal_end_s(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        vocal_end_s = _parse_vocal_end_s(d.pop("vocal_end_s", UNSET))

        def _parse_wave_response(
            data: object,
        ) -> None | Unset | VoxDataWaveResponseType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wave_response_type_0 = VoxDataWaveResponseType0.from_dict(data)

                return wave_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoxDataWaveResponseType0, data)

        wave_response = _parse_wave_response(d.pop("wave_response", UNSET))

        vox_data = cls(
            id=id,
            status=status,
            source_clip_id=source_clip_id,
            vocal_start_s=vocal_start_s,
            vocal_end_s=vocal_end_s,
            wave_response=wave_response,
        )

        vox_data.additional_properties = d
        return vox_data

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
