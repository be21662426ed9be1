from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.music import Music


T = TypeVar("T", bound="JobData")


@_attrs_define
class JobData:
    """A job's details. `musics` is present once the job has produced songs."""

    job_id: str | Unset = UNSET
    action: None | str | Unset = UNSET
    """ The job type, e.g. `music` or `stems-all`. """
    progress: None | str | Unset = UNSET
    """ Percentage as a string, e.g. "100%". """
    mv: None | str | Unset = UNSET
    quota: float | None | str | Unset = UNSET
    """ Quota charged, a string in the examples ("6"). """
    hook_url: None | str | Unset = UNSET
    musics: list[Music] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        progress: None | str | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        mv: None | str | Unset
        if isinstance(self.mv, Unset):
            mv = UNSET
        else:
            mv = self.mv

        quota: float | None | str | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        hook_url: None | str | Unset
        if isinstance(self.hook_url, Unset):
            hook_url = UNSET
        else:
            hook_url = self.hook_url

        musics: list[dict[str, Any]] | None | Unset
        if isinstance(self.musics, Unset):
            musics = UNSET
        elif isinstance(self.musics, list):
            musics = []
            for musics_type_0_item_data in self.musics:
                musics_type_0_item = musics_type_0_item_data.to_dict()
                musics.append(musics_type_0_item)

        else:
            musics = self.musics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if action is not UNSET:
            field_dict["action"] = action
        if progress is not UNSET:
            field_dict["progress"] = progress
        if mv is not UNSET:
            field_dict["mv"] = mv
        if quota is not UNSET:
            field_dict["quota"] = quota
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url
        if musics is not UNSET:
            field_dict["musics"] = musics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.music import Music

        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_progress(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_mv(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mv = _parse_mv(d.pop("mv", UNSET))

        def _parse_quota(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        quota = _parse_quota(d.pop("quota", UNSET))

        def _parse_hook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hook_url = _parse_hook_url(d.pop("hookUrl", UNSET))

        def _parse_musics(data: object) -> list[Music] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                musics_type_0 = []
                _musics_type_0 = data
                for musics_type_0_item_data in _musics_type_0:
                    musics_type_0_item = Music.from_dict(musics_type_0_item_data)

                    musics_type_0.append(musics_type_0_item)

                return musics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Music] | None | Unset, data)

        musics = _parse_musics(d.pop("musics", UNSET))

        job_data = cls(
            job_id=job_id,
            action=action,
            progress=progress,
            mv=mv,
            quota=quota,
            hook_url=hook_url,
            musics=musics,
        )

        job_data.additional_properties = d
        return job_data

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
