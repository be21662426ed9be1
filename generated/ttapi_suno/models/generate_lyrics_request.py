from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.lyrics_model import LyricsModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateLyricsRequest")


@_attrs_define
class GenerateLyricsRequest:
    """Lyrics from a prompt."""

    prompt: str
    """ What the lyrics should be about. """
    lyrics_model: LyricsModel | Unset = UNSET
    """ The lyrics model. """
    hook_url: str | Unset = UNSET
    """ Callback URL (camelCase `hookUrl`, unlike Producer's `hook_url`). When set, TTAPI POSTs the
    job, the same JSON as the fetch result, to it when the job succeeds or fails. Signing,
    retries and timeouts are not documented.
     """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        lyrics_model: str | Unset = UNSET
        if not isinstance(self.lyrics_model, Unset):
            lyrics_model = self.lyrics_model.value

        hook_url = self.hook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if lyrics_model is not UNSET:
            field_dict["lyrics_model"] = lyrics_model
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _lyrics_model = d.pop("lyrics_model", UNSET)
        lyrics_model: LyricsModel | Unset
        if isinstance(_lyrics_model, Unset):
            lyrics_model = UNSET
        else:
            lyrics_model = LyricsModel(_lyrics_model)

        hook_url = d.pop("hookUrl", UNSET)

        generate_lyrics_request = cls(
            prompt=prompt,
            lyrics_model=lyrics_model,
            hook_url=hook_url,
        )

        return generate_lyrics_request
