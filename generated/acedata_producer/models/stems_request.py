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

T = TypeVar("T", bound="StemsRequest")


@_attrs_define
class StemsRequest:
    """`action: stems`: split an earlier song into stems. The result item carries `stems_url`
    (a zip) instead of `audio_url`.

    """

    audio_id: str
    """ The reference song: a `data[].id` of an earlier result, or for the `upload_*` actions the
    `data.audio_id` returned by `upload_audio`.
     """
    action: Literal["stems"] = "stems"
    callback_url: str | Unset = UNSET
    """ Callback mode: the call answers at once with `{"task_id": ...}` and the finished result is
    POSTed as JSON to this URL. Signing, retries and the expected acknowledgement are not documented.
     """
    async_: bool | Unset = UNSET
    """ Async mode: true makes the call answer at once with the task id, without a `callback_url`;
    poll `fetch_tasks` for the result. Omitted or false (and no `callback_url`) keeps the
    connection open until the song is finished.
     """

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        audio_id = self.audio_id

        callback_url = self.callback_url

        async_ = self.async_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "audio_id": audio_id,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["stems"], d.pop("action"))
        if action != "stems":
            raise ValueError(f"action must match const 'stems', got '{action}'")

        audio_id = d.pop("audio_id")

        callback_url = d.pop("callback_url", UNSET)

        async_ = d.pop("async", UNSET)

        stems_request = cls(
            action=action,
            audio_id=audio_id,
            callback_url=callback_url,
            async_=async_,
        )

        return stems_request
