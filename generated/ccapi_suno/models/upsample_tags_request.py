from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpsampleTagsRequest")


@_attrs_define
class UpsampleTagsRequest:
    """Body of `POST /suno/submit/UPSAMPLE_TAGS`, the style tags to expand."""

    tags: str
    """ Style tags, comma-separated, e.g. `jazz, smooth, saxophone`. """

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tags = d.pop("tags")

        upsample_tags_request = cls(
            tags=tags,
        )

        return upsample_tags_request
