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

from ..models.suno_model import SunoModel
from ..models.variation_category import VariationCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemasterRequest")


@_attrs_define
class RemasterRequest:
    """`action: remaster`: regenerate an earlier song of the same account in better quality. `model`: chirp-v4-5-plus or
    later per the guide; `variation_category` from chirp-v5.

    """

    audio_id: str
    """ The source song: a `data[].id` of an earlier result, or the `data.audio_id` of `upload_audio`
    for the `upload_*`, `underpainting`, `overpainting` and `samples` actions.
     """
    action: Literal["remaster"] = "remaster"
    model: SunoModel | Unset = UNSET
    """ The Suno model. Omitted, the server uses `chirp-v4` (every source agrees). Limits differ per
    model: lyrics up to 3000 characters, style up to 200 and title up to 80 for `chirp-v3-5`,
    `chirp-v4` (and `chirp-v3-0`); 5000, 1000 and 100 from `chirp-v4-5` on.
     """
    variation_category: VariationCategory | Unset = UNSET
    """ How far a remaster may move from the original (chirp-v5 and later). """
    callback_url: str | Unset = UNSET
    """ Callback mode: the call answers at once with `{"task_id": ...}` and the finished result is
    POSTed as JSON to this URL. Signing, retries and the expected acknowledgement are not documented.
     """
    async_: bool | Unset = UNSET
    """ Async mode: true makes the call answer at once with `task_id` without a `callback_url`; poll
    `fetch_tasks`. With `callback_url` too, the result is also POSTed there.
     """

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        audio_id = self.audio_id

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        variation_category: str | Unset = UNSET
        if not isinstance(self.variation_category, Unset):
            variation_category = self.variation_category.value

        callback_url = self.callback_url

        async_ = self.async_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "audio_id": audio_id,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if variation_category is not UNSET:
            field_dict["variation_category"] = variation_category
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["remaster"], d.pop("action"))
        if action != "remaster":
            raise ValueError(f"action must match const 'remaster', got '{action}'")

        audio_id = d.pop("audio_id")

        _model = d.pop("model", UNSET)
        model: SunoModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = SunoModel(_model)

        _variation_category = d.pop("variation_category", UNSET)
        variation_category: VariationCategory | Unset
        if isinstance(_variation_category, Unset):
            variation_category = UNSET
        else:
            variation_category = VariationCategory(_variation_category)

        callback_url = d.pop("callback_url", UNSET)

        async_ = d.pop("async", UNSET)

        remaster_request = cls(
            action=action,
            audio_id=audio_id,
            model=model,
            variation_category=variation_category,
            callback_url=callback_url,
            async_=async_,
        )

        return remaster_request
