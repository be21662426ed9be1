from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StemsRequest")


@_attrs_define
class StemsRequest:
    """Split a song into vocals and accompaniment."""

    music_id: str
    """ A song's `musicId` (from `data.musics[].musicId` of a finished job, or `data.music_id` of an upload). """
    is_storage: bool | Unset = UNSET
    """ `true`: TTAPI stores the files and returns its CDN URLs; `false`: the upstream (official)
    URLs are returned.
     """
    hook_url: str | Unset = UNSET
    """ Callback URL (camelCase `hookUrl`, unlike Producer's `hook_url`). When set, TTAPI POSTs the
    job, the same JSON as the fetch result, to it when the job succeeds or fails. Signing,
    retries and timeouts are not documented.
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
            field_dict["isStorage"] = is_storage
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        is_storage = d.pop("isStorage", UNSET)

        hook_url = d.pop("hookUrl", UNSET)

        stems_request = cls(
            music_id=music_id,
            is_storage=is_storage,
            hook_url=hook_url,
        )

        return stems_request
