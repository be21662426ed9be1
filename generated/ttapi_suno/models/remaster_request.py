from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.remaster_model import RemasterModel
from ..models.variation_category import VariationCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemasterRequest")


@_attrs_define
class RemasterRequest:
    """Remaster a song."""

    music_id: str
    """ A song's `musicId` (from `data.musics[].musicId` of a finished job, or `data.music_id` of an upload). """
    mv: RemasterModel
    """ The models remaster accepts. """
    variation_category: VariationCategory | Unset = UNSET
    """ How much the song is changed. """
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

        mv = self.mv.value

        variation_category: str | Unset = UNSET
        if not isinstance(self.variation_category, Unset):
            variation_category = self.variation_category.value

        is_storage = self.is_storage

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
                "mv": mv,
            }
        )
        if variation_category is not UNSET:
            field_dict["variation_category"] = variation_category
        if is_storage is not UNSET:
            field_dict["isStorage"] = is_storage
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        mv = RemasterModel(d.pop("mv"))

        _variation_category = d.pop("variation_category", UNSET)
        variation_category: VariationCategory | Unset
        if isinstance(_variation_category, Unset):
            variation_category = UNSET
        else:
            variation_category = VariationCategory(_variation_category)

        is_storage = d.pop("isStorage", UNSET)

        hook_url = d.pop("hookUrl", UNSET)

        remaster_request = cls(
            music_id=music_id,
            mv=mv,
            variation_category=variation_category,
            is_storage=is_storage,
            hook_url=hook_url,
        )

        return remaster_request
