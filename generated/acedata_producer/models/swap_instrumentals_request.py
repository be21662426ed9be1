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

from ..models.producer_model import ProducerModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapInstrumentalsRequest")


@_attrs_define
class SwapInstrumentalsRequest:
    """`action: swap_instrumentals`: a new accompaniment (styled by `prompt`) under the vocals of an earlier song."""

    audio_id: str
    """ The reference song: a `data[].id` of an earlier result, or for the `upload_*` actions the
    `data.audio_id` returned by `upload_audio`.
     """
    action: Literal["swap_instrumentals"] = "swap_instrumentals"
    model: ProducerModel | Unset = UNSET
    """ The FUZZ model that makes the song. When omitted the server picks its default (see
    x-decision); this spec declares none so that the client does not send one.
     """
    prompt: str | Unset = UNSET
    """ Inspiration-mode prompt: what the song should be about, or its style (`swap_instrumentals`
    uses it for the new accompaniment). The platform reference says it "should not exceed 200
    characters".
     """
    lyric: str | Unset = UNSET
    """ The song's lyrics. Section tags such as `[Verse]`, `[Chorus]` and `[Bridge]` go inside the
    text. Used in custom mode (`custom: true`).
     """
    custom: bool | Unset = UNSET
    """ true generates from `lyric` and `title` (custom mode); false (the default) from `prompt`. """
    title: str | Unset = UNSET
    """ Song title. """
    instrumental: bool | Unset = UNSET
    """ true makes a song without vocals (lyric-free mode). Default false. """
    seed: str | Unset = UNSET
    """ Random seed, sent as a string (results report it as a string of digits). """
    cover_strength: float | Unset = UNSET
    """ How closely the kept part follows the original in a swap (`swap_vocals`,
    `swap_instrumentals`), 0.2 to 1. Default 1.
     """
    lyrics_strength: float | Unset = UNSET
    """ How strongly the lyrics steer the audio, 0 to 1. Default 0.7. """
    sound_strength: float | Unset = UNSET
    """ How strongly the sound prompt steers the audio, 0.2 to 1. Default 0.7. """
    weirdness: float | Unset = UNSET
    """ Style unusualness, 0 to 1. Default 0.5. """
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

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        prompt = self.prompt

        lyric = self.lyric

        custom = self.custom

        title = self.title

        instrumental = self.instrumental

        seed = self.seed

        cover_strength = self.cover_strength

        lyrics_strength = self.lyrics_strength

        sound_strength = self.sound_strength

        weirdness = self.weirdness

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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if lyric is not UNSET:
            field_dict["lyric"] = lyric
        if custom is not UNSET:
            field_dict["custom"] = custom
        if title is not UNSET:
            field_dict["title"] = title
        if instrumental is not UNSET:
            field_dict["instrumental"] = instrumental
        if seed is not UNSET:
            field_dict["seed"] = seed
        if cover_strength is not UNSET:
            field_dict["cover_strength"] = cover_strength
        if lyrics_strength is not UNSET:
            field_dict["lyrics_strength"] = lyrics_strength
        if sound_strength is not UNSET:
            field_dict["sound_strength"] = sound_strength
        if weirdness is not UNSET:
            field_dict["weirdness"] = weirdness
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["swap_instrumentals"], d.pop("action"))
        if action != "swap_instrumentals":
            raise ValueError(
                f"action must match const 'swap_instrumentals', got '{action}'"
            )

        audio_id = d.pop("audio_id")

        _model = d.pop("model", UNSET)
        model: ProducerModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = ProducerModel(_model)

        prompt = d.pop("prompt", UNSET)

        lyric = d.pop("lyric", UNSET)

        custom = d.pop("custom", UNSET)

        title = d.pop("title", UNSET)

        instrumental = d.pop("instrumental", UNSET)

        seed = d.pop("seed", UNSET)

        cover_strength = d.pop("cover_strength", UNSET)

        lyrics_strength = d.pop("lyrics_strength", UNSET)

        sound_strength = d.pop("sound_strength", UNSET)

        weirdness = d.pop("weirdness", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        async_ = d.pop("async", UNSET)

        swap_instrumentals_request = cls(
            action=action,
            audio_id=audio_id,
            model=model,
            prompt=prompt,
            lyric=lyric,
            custom=custom,
            title=title,
            instrumental=instrumental,
            seed=seed,
            cover_strength=cover_strength,
            lyrics_strength=lyrics_strength,
            sound_strength=sound_strength,
            weirdness=weirdness,
            callback_url=callback_url,
            async_=async_,
        )

        return swap_instrumentals_request
