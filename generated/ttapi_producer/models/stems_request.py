from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StemsRequest")


@_attrs_define
class StemsRequest:
    """Split a finished song into stems."""

    music_id: str
    """ The parent song's `musicId` (from `data.musics[].musicId` of a finished job). """
    hook_url: str | Unset = UNSET
    """ Callback URL. When set, TTAPI POSTs the job (the same JSON as the fetch response) to it when
    the job succeeds or fails. Signing, retries and timeouts are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
            }
        )
        if hook_url is not UNSET:
            field_dict["hook_url"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        hook_url = d.pop("hook_url", UNSET)

        stems_request = cls(
            music_id=music_id,
            hook_url=hook_url,
        )

        return stems_request
