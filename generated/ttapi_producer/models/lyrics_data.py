from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LyricsData")


@_attrs_define
class LyricsData:
    """The lyrics job's id and, when the vendor answers synchronously, the lyrics."""

    jobId: str | Unset = UNSET
    job_id: str | Unset = UNSET
    title: None | str | Unset = UNSET
    lyrics: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobId = self.jobId

        job_id = self.job_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobId is not UNSET:
            field_dict["jobId"] = jobId
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if title is not UNSET:
            field_dict["title"] = title
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        jobId = d.pop("jobId", UNSET)

        job_id = d.pop("job_id", UNSET)

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

        lyrics_data = cls(
            jobId=jobId,
            job_id=job_id,
            title=title,
            lyrics=lyrics,
        )

        lyrics_data.additional_properties = d
        return lyrics_data

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
