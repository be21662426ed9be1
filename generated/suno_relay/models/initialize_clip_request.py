from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InitializeClipRequest")


@_attrs_define
class InitializeClipRequest:
    """Body of `POST /suno/uploads/audio/{upload_id}/initialize-clip`: empty (`{}`)."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        initialize_clip_request = cls()

        return initialize_clip_request
