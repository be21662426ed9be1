from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.song_state import SongState
from ..types import UNSET, Unset

T = TypeVar("T", bound="StemsResult")


@_attrs_define
class StemsResult:
    """The result item of `action: stems`. It has no `id` or `audio_url`; the stems are in a zip at `stems_url`."""

    stems_url: str
    """ URL of a zip with the stems (platform.cdn.acedata.cloud/producer/<task_id>.zip). """
    title: None | str | Unset = UNSET
    lyric: None | str | Unset = UNSET
    """ "" in the example. """
    model: None | str | Unset = UNSET
    """ "" in the example. """
    progress: None | str | Unset = UNSET
    state: None | SongState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stems_url = self.stems_url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        lyric: None | str | Unset
        if isinstance(self.lyric, Unset):
            lyric = UNSET
        else:
            lyric = self.lyric

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stems_url": stems_url,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if lyric is not UNSET:
            field_dict["lyric"] = lyric
        if model is not UNSET:
            field_dict["model"] = model
        if progress is not UNSET:
            field_dict["progress"] = progress
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stems_url = d.pop("stems_url")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_lyric(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyric = _parse_lyric(d.pop("lyric", UNSET))

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

        stems_result = cls(
            stems_url=stems_url,
            title=title,
            lyric=lyric,
            model=model,
            progress=progress,
            state=state,
        )

        stems_result.additional_properties = d
        return stems_result

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
