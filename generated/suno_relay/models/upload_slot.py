from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_slot_fields_type_0 import UploadSlotFieldsType0


T = TypeVar("T", bound="UploadSlot")


@_attrs_define
class UploadSlot:
    """Answer of `POST /suno/uploads/audio`: the upload's `id`, and the S3 form to send the file to
    (POST `url` with `fields` and the file). Suno's raw answer.

    """

    id: None | str | Unset = UNSET
    """ The upload id, used in the next steps. """
    url: None | str | Unset = UNSET
    """ The S3 URL to POST the file to (Suno's storage, not the relay). """
    fields: None | Unset | UploadSlotFieldsType0 = UNSET
    """ The S3 form fields to send with the file. """
    is_file_uploaded: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.upload_slot_fields_type_0 import UploadSlotFieldsType0

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, UploadSlotFieldsType0):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        is_file_uploaded: bool | None | Unset
        if isinstance(self.is_file_uploaded, Unset):
            is_file_uploaded = UNSET
        else:
            is_file_uploaded = self.is_file_uploaded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if fields is not UNSET:
            field_dict["fields"] = fields
        if is_file_uploaded is not UNSET:
            field_dict["is_file_uploaded"] = is_file_uploaded

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.upload_slot_fields_type_0 import UploadSlotFieldsType0

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_fields(data: object) -> None | Unset | UploadSlotFieldsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_0 = UploadSlotFieldsType0.from_dict(data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UploadSlotFieldsType0, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        def _parse_is_file_uploaded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_file_uploaded = _parse_is_file_uploaded(d.pop("is_file_uploaded", UNSET))

        upload_slot = cls(
            id=id,
            url=url,
            fields=fields,
            is_file_uploaded=is_file_uploaded,
        )

        upload_slot.additional_properties = d
        return upload_slot

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
