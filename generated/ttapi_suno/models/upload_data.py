from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadData")


@_attrs_define
class UploadData:
    """The uploaded song's `music_id` (a synchronous upload). What an asynchronous upload
    (`is_async: true`) answers is not documented; a job id would arrive as `jobId` or `job_id`,
    as every other submit's does (inferred).

    """

    music_id: str | Unset = UNSET
    jobId: str | Unset = UNSET
    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        jobId = self.jobId

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if music_id is not UNSET:
            field_dict["music_id"] = music_id
        if jobId is not UNSET:
            field_dict["jobId"] = jobId
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id", UNSET)

        jobId = d.pop("jobId", UNSET)

        job_id = d.pop("job_id", UNSET)

        upload_data = cls(
            music_id=music_id,
            jobId=jobId,
            job_id=job_id,
        )

        upload_data.additional_properties = d
        return upload_data

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
