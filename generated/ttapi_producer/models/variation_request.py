from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VariationRequest")


@_attrs_define
class VariationRequest:
    """A new song with a similar effect, from the parent song's seed."""

    music_id: str
    """ The parent song's `musicId` (from `data.musics[].musicId` of a finished job). """
    is_storage: bool | Unset = UNSET
    """ true stores the files on TTAPI's storage; false (default) returns the upstream (official) URLs. """
    hook_url: str | Unset = UNSET
    """ Callback URL. When set, TTAPI POSTs the job (the same JSON as the fetch response) to it when
    the job succeeds or fails. Signing, retries and timeouts are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        is_storage = self.is_storage

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
            }
        )
        if is_storage is not UNSET:
            field_dict["is_storage"] = is_storage
        if hook_url is not UNSET:
            field_dict["hook_url"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        is_storage = d.pop("is_storage", UNSET)

        hook_url = d.pop("hook_url", UNSET)

        variation_request = cls(
            music_id=music_id,
            is_storage=is_storage,
            hook_url=hook_url,
        )

        return variation_request
