from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clip import Clip
    from ..models.clip_metadata import ClipMetadata


T = TypeVar("T", bound="SunoGeneration")


@_attrs_define
class SunoGeneration:
    """A raw Suno answer (not wrapped in `{code, message, data}`): what stems separation returns, both
    `POST /suno/submit/music` with `task: gen_stem` (`{id, clips, metadata, ...}`) and
    `GET /suno/act/stems/{clip_id}` (`{clips}` only). The clips are queued; read them with
    `get_clips` (feed) or the task that produced them.

    """

    clips: list[Clip]
    id: None | str | Unset = UNSET
    """ Suno's batch id. """
    metadata: ClipMetadata | None | Unset = UNSET
    major_model_version: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    """ ISO-8601 time. """
    batch_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clip_metadata import ClipMetadata

        clips = []
        for clips_item_data in self.clips:
            clips_item = clips_item_data.to_dict()
            clips.append(clips_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ClipMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        major_model_version: None | str | Unset
        if isinstance(self.major_model_version, Unset):
            major_model_version = UNSET
        else:
            major_model_version = self.major_model_version

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        batch_size: int | None | Unset
        if isinstance(self.batch_size, Unset):
            batch_size = UNSET
        else:
            batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clips": clips,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if major_model_version is not UNSET:
            field_dict["major_model_version"] = major_model_version
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.clip import Clip
        from ..models.clip_metadata import ClipMetadata

        d = dict(src_dict)
        clips = []
        _clips = d.pop("clips")
        for clips_item_data in _clips:
            clips_item = Clip.from_dict(clips_item_data)

            clips.append(clips_item)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_metadata(data: object) -> ClipMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ClipMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClipMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_major_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        major_model_version = _parse_major_model_version(
            d.pop("major_model_version", UNSET)
        )

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_batch_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        batch_size = _parse_batch_size(d.pop("batch_size", UNSET))

        suno_generation = cls(
            clips=clips,
            id=id,
            metadata=metadata,
            major_model_version=major_model_version,
            status=status,
            created_at=created_at,
            batch_size=batch_size,
        )

        suno_generation.additional_properties = d
        return suno_generation

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
