from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpsampleTagsRequest")


@_attrs_define
class UpsampleTagsRequest:
    """Body of `POST /suno/act/tags` (拓展 style tags)."""

    original_tags: str
    """ The style tags to expand, e.g. `emotional punk`. """

    def to_dict(self) -> dict[str, Any]:
        original_tags = self.original_tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "original_tags": original_tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_tags = d.pop("original_tags")

        upsample_tags_request = cls(
            original_tags=original_tags,
        )

        return upsample_tags_request
