from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.midi_instrument import MidiInstrument


T = TypeVar("T", bound="MidiData")


@_attrs_define
class MidiData:
    """The MIDI, as in the page's example. `state` is "complete" there; no other value is
    documented.

    """

    state: None | str | Unset = UNSET
    instruments: list[MidiInstrument] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        instruments: list[dict[str, Any]] | None | Unset
        if isinstance(self.instruments, Unset):
            instruments = UNSET
        elif isinstance(self.instruments, list):
            instruments = []
            for instruments_type_0_item_data in self.instruments:
                instruments_type_0_item = instruments_type_0_item_data.to_dict()
                instruments.append(instruments_type_0_item)

        else:
            instruments = self.instruments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if instruments is not UNSET:
            field_dict["instruments"] = instruments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.midi_instrument import MidiInstrument

        d = dict(src_dict)

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_instruments(data: object) -> list[MidiInstrument] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instruments_type_0 = []
                _instruments_type_0 = data
                for instruments_type_0_item_data in _instruments_type_0:
                    instruments_type_0_item = MidiInstrument.from_dict(
                        instruments_type_0_item_data
                    )

                    instruments_type_0.append(instruments_type_0_item)

                return instruments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MidiInstrument] | None | Unset, data)

        instruments = _parse_instruments(d.pop("instruments", UNSET))

        midi_data = cls(
            state=state,
            instruments=instruments,
        )

        midi_data.additional_properties = d
        return midi_data

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
