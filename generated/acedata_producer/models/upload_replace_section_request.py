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

T = TypeVar("T", bound="UploadReplaceSectionRequest")


@_attrs_define
class UploadReplaceSectionRequest:
    """`action: upload_replace_section`: replace a section of a song registered with `upload_audio`."""

    audio_id: str
    """ The reference song: a `data[].id` of an earlier result, or for the `upload_*` actions the
    `data.audio_id` returned by `upload_audio`.
     """
    replace_section_start: float
    """ Start of the section to replace, in seconds. Must be before `replace_section_end` (not checked here). """
    action: Literal["upload_replace_section"] = "upload_replace_section"
    replace_section_end: float | Unset = UNSET
    """ End of the section to replace, in seconds. Must be after `replace_section_start` (not checked
    here). Optional: omitted, the section runs to the end of the song (inferred from TTAPI's twin
    field, see x-decision).
     """
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

        replace_section_start = self.replace_section_start

        replace_section_end = self.replace_section_end

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        prompt = self.prompt

        lyric = self.lyric

        custom = self.custom

        title = self.title

        instrumental = self.instrumental

        seed = self.seed

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
                "replace_section_start": replace_section_start,
            }
        )
        if replace_section_end is not UNSET:
            field_dict["replace_section_end"] = replace_section_end
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
        action = cast(Literal["upload_replace_section"], d.pop("action"))
        if action != "upload_replace_section":
            raise ValueError(
                f"action must match const 'upload_replace_section', got '{action}'"
            )

        audio_id = d.pop("audio_id")

        replace_section_start = d.pop("replace_section_start")

        replace_section_end = d.pop("replace_section_end", UNSET)

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

        lyrics_strength = d.pop("lyrics_strength", UNSET)

        sound_strength = d.pop("sound_strength", UNSET)

        weirdness = d.pop("weirdness", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        async_ = d.pop("async", UNSET)

        upload_replace_section_request = cls(
            action=action,
            audio_id=audio_id,
            replace_section_start=replace_section_start,
            replace_section_end=replace_section_end,
            model=model,
            prompt=prompt,
            lyric=lyric,
            custom=custom,
            title=title,
            instrumental=instrumental,
            seed=seed,
            lyrics_strength=lyrics_strength,
            sound_strength=sound_strength,
            weirdness=weirdness,
            callback_url=callback_url,
            async_=async_,
        )

        return upload_replace_section_request
