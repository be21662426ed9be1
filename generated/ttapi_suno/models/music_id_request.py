from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MusicIdRequest")


@_attrs_define
class MusicIdRequest:
    """One song by its `music_id`, and an optional callback."""

    music_id: str
    """ A song's `musicId` (from `data.musics[].musicId` of a finished job, or `data.music_id` of an upload). """
    hook_url: str | Unset = UNSET
    """ Callback URL (camelCase `hookUrl`, unlike Producer's `hook_url`). When set, TTAPI POSTs the
    job, the same JSON as the fetch result, to it when the job succeeds or fails. Signing,
    retries and timeouts are not documented.
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
            field_dict["hookUrl"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        hook_url = d.pop("hookUrl", UNSET)

        music_id_request = cls(
            music_id=music_id,
            hook_url=hook_url,
        )

        return music_id_request
