from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConcatRequest")


@_attrs_define
class ConcatRequest:
    """Body of `POST /suno/submit/concat`: merge the result of an `extend` (`is_infill: false`) or an
    `infill` (`is_infill: true`) into one full song.

    """

    clip_id: str
    """ The last clip of the extend or infill chain. """
    is_infill: bool | Unset = UNSET
    """ true after an `infill`, false after an `extend`. """

    def to_dict(self) -> dict[str, Any]:
        clip_id = self.clip_id

        is_infill = self.is_infill

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clip_id": clip_id,
            }
        )
        if is_infill is not UNSET:
            field_dict["is_infill"] = is_infill

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clip_id = d.pop("clip_id")

        is_infill = d.pop("is_infill", UNSET)

        concat_request = cls(
            clip_id=clip_id,
            is_infill=is_infill,
        )

        return concat_request
