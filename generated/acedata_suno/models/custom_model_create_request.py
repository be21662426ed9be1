from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomModelCreateRequest")


@_attrs_define
class CustomModelCreateRequest:
    """`action: create`: learn a model from 6 to 24 authorised tracks (asynchronous; 10 credits when it succeeds)."""

    name: str
    audio_urls: list[str]
    """ 6 to 24 stylistically consistent tracks you have the rights to (24 recommended). """
    action: Literal["create"] = "create"
    callback_url: str | Unset = UNSET
    """ Callback mode: the call answers at once with `{"task_id": ...}` and the finished result is
    POSTed as JSON to this URL. Signing, retries and the expected acknowledgement are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        name = self.name

        audio_urls = self.audio_urls

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "name": name,
                "audio_urls": audio_urls,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["create"], d.pop("action"))
        if action != "create":
            raise ValueError(f"action must match const 'create', got '{action}'")

        name = d.pop("name")

        audio_urls = cast(list[str], d.pop("audio_urls"))

        callback_url = d.pop("callback_url", UNSET)

        custom_model_create_request = cls(
            action=action,
            name=name,
            audio_urls=audio_urls,
            callback_url=callback_url,
        )

        return custom_model_create_request
