from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitData")


@_attrs_define
class SubmitData:
    """Holds the new job's id under `jobId` or `job_id`."""

    jobId: str | Unset = UNSET
    """ The job id (older pages, response guide). """
    job_id: str | Unset = UNSET
    """ The job id as the current reference pages spell it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobId = self.jobId

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobId is not UNSET:
            field_dict["jobId"] = jobId
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        jobId = d.pop("jobId", UNSET)

        job_id = d.pop("job_id", UNSET)

        submit_data = cls(
            jobId=jobId,
            job_id=job_id,
        )

        submit_data.additional_properties = d
        return submit_data

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
