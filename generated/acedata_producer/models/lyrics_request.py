from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LyricsRequest")


@_attrs_define
class LyricsRequest:
    prompt: str
    """ What the lyrics should be about. """
    callback_url: str | Unset = UNSET
    """ Inferred: passed by the vendor's generated SDK; not in the API reference; callback body undocumented.
     """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        callback_url = d.pop("callback_url", UNSET)

        lyrics_request = cls(
            prompt=prompt,
            callback_url=callback_url,
        )

        return lyrics_request
